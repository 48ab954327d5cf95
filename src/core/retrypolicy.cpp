// SPDX-License-Identifier: MIT
#include "retrypolicy.h"

#include <cmath>

namespace Haul {

bool RetryPolicy::isRetryable(const Failure &failure)
{
    switch (failure.kind) {
    case ErrorKind::Partial:
    case ErrorKind::Stalled:
        return true;
    case ErrorKind::UnexpectedStatus:
    case ErrorKind::ControlFile:
    case ErrorKind::Transport: // a connection-class failure (timeout, refused) is worth another try
        return failure.transient;
    default:
        return false; // 404s, misconfigured servers, checksum mismatches, local errors: retrying won't help
    }
}

std::optional<double> RetryPolicy::nextDelay(const Failure &failure, int retriesUsed, bool madeProgress,
                                             QRandomGenerator *random) const
{
    if (!isRetryable(failure))
        return std::nullopt;
    const double cap = qMax(0.0, maxWait);
    if (madeProgress && !failure.retryAfter)
        return 0.0;
    if (!madeProgress && retriesUsed >= maxRetries)
        return std::nullopt;
    double delay = madeProgress ? 0.0 : qMin(initialDelay * std::pow(2.0, qMin(retriesUsed, 30)), cap);
    // Jitter the capped wait (and cap again): clients that have all reached the cap
    // must still spread out, which jittering before the cap would not do.
    if (delay > 0 && jitter > 0 && random)
        delay = qMin(delay * (1.0 + jitter * (2.0 * random->generateDouble() - 1.0)), cap);
    if (failure.retryAfter)
        delay = qMax(delay, qMin(*failure.retryAfter, cap));
    return delay;
}

} // namespace Haul
