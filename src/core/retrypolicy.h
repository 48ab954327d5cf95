// SPDX-License-Identifier: MIT
#pragma once

#include "failure.h"

#include <QRandomGenerator>
#include <optional>

namespace Haul {

// When to try again, shared by haul-cli, the app and library users.
// Partial and transient failures are retried with capped exponential backoff
// and jitter, honouring Retry-After (capped); permanent ones stop at once.
// An attempt that moved the download forward (a stall or a cut connection after
// new bytes) does not use up the budget and is retried without waiting:
// a slow or flaky server is not a failed download.
struct RetryPolicy
{
    int maxRetries = 20;          // attempts without progress after the first
    double initialDelay = 1.0;    // seconds; doubled per attempt without progress
    double maxWait = 60.0;        // cap on any one wait, backoff or Retry-After
    double jitter = 0.25;         // +/- this fraction of the backoff

    static bool isRetryable(const Failure &failure);

    // Seconds to wait before the next attempt, or nullopt to give up.
    // retriesUsed counts earlier attempts that made no progress.
    std::optional<double> nextDelay(const Failure &failure, int retriesUsed, bool madeProgress,
                                    QRandomGenerator *random = QRandomGenerator::global()) const;
};

} // namespace Haul
