// SPDX-License-Identifier: MIT
#pragma once

#include "download.h"

namespace Haul::Test {

// Retries in milliseconds, so a test of the queue never waits for a backoff.
inline DownloadOptions quickOptions(int maxRetries = 2)
{
    DownloadOptions o;
    o.retry.initialDelay = 0.01;
    o.retry.maxWait = 0.05;
    o.retry.maxRetries = maxRetries;
    return o;
}

} // namespace Haul::Test
