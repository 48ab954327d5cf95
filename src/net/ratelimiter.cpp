// SPDX-License-Identifier: MIT
#include "ratelimiter.h"

#include <limits>

namespace Haul {

namespace {
// A tenth of a second of burst keeps the rate even over short windows, yet lets
// reads stay large enough to be cheap.
constexpr qint64 BurstDivisor = 10;
constexpr qint64 MinBurst = 16 * 1024;
} // namespace

RateLimiter::RateLimiter(qint64 bytesPerSecond)
{
    setRate(bytesPerSecond);
}

void RateLimiter::setRate(qint64 bytesPerSecond)
{
    m_rate = qMax<qint64>(0, bytesPerSecond);
    m_burst = qMax(MinBurst, m_rate / BurstDivisor);
    m_tokens = double(m_burst);
    m_lastMs = -1;
}

qint64 RateLimiter::now()
{
    if (!m_clock.isValid())
        m_clock.start();
    return m_clock.elapsed();
}

void RateLimiter::refill(qint64 nowMs)
{
    if (m_lastMs >= 0 && nowMs > m_lastMs)
        m_tokens = qMin(double(m_burst), m_tokens + double(m_rate) * double(nowMs - m_lastMs) / 1000.0);
    if (m_lastMs < 0 || nowMs > m_lastMs)
        m_lastMs = nowMs;
}

qint64 RateLimiter::available(qint64 nowMs)
{
    if (!isLimited())
        return std::numeric_limits<qint64>::max();
    refill(nowMs);
    return qint64(m_tokens);
}

void RateLimiter::consume(qint64 bytes, qint64 nowMs)
{
    if (!isLimited())
        return;
    refill(nowMs);
    m_tokens -= double(bytes); // may go below zero: the debt is paid before the next read
}

qint64 RateLimiter::msUntil(qint64 bytes, qint64 nowMs)
{
    if (!isLimited())
        return 0;
    refill(nowMs);
    const double want = double(qMin(bytes, m_burst));
    if (m_tokens >= want)
        return 0;
    return qMax<qint64>(1, qint64((want - m_tokens) * 1000.0 / double(m_rate) + 0.999));
}

qint64 RateLimits::available()
{
    qint64 allowed = m_own->available();
    if (m_shared)
        allowed = qMin(allowed, m_shared->available());
    return allowed;
}

void RateLimits::consume(qint64 bytes)
{
    m_own->consume(bytes);
    if (m_shared)
        m_shared->consume(bytes);
}

qint64 RateLimits::msUntil(qint64 bytes)
{
    qint64 wait = m_own->msUntil(bytes);
    if (m_shared)
        wait = qMax(wait, m_shared->msUntil(bytes));
    return wait;
}

qint64 RateLimits::rate() const
{
    qint64 rate = m_own->isLimited() ? m_own->rate() : 0;
    if (m_shared && m_shared->isLimited())
        rate = rate > 0 ? qMin(rate, m_shared->rate()) : m_shared->rate();
    return rate;
}

} // namespace Haul
