// SPDX-License-Identifier: MIT
#pragma once

#include <QElapsedTimer>
#include <QtGlobal>
#include <memory>

namespace Haul {

// A token bucket in bytes per second. A Download reads from its reply only
// what its limiters allow, so Qt's bounded read buffer fills and the socket
// itself slows down: back-pressure, not reading and sleeping. One limiter can
// be shared by several downloads on the same thread (a global limit).
class RateLimiter
{
public:
    explicit RateLimiter(qint64 bytesPerSecond = 0);

    void setRate(qint64 bytesPerSecond);
    qint64 rate() const { return m_rate; }
    bool isLimited() const { return m_rate > 0; }

    // Bytes that may be taken now (a large number when unlimited).
    qint64 available(qint64 nowMs);
    void consume(qint64 bytes, qint64 nowMs);
    // Milliseconds until at least `bytes` (capped at the burst) are available.
    qint64 msUntil(qint64 bytes, qint64 nowMs);

    // The same with this limiter's own monotonic clock.
    qint64 available() { return available(now()); }
    void consume(qint64 bytes) { consume(bytes, now()); }
    qint64 msUntil(qint64 bytes) { return msUntil(bytes, now()); }

private:
    void refill(qint64 nowMs);
    qint64 now();

    qint64 m_rate = 0;
    qint64 m_burst = 0;
    double m_tokens = 0;
    qint64 m_lastMs = -1;
    QElapsedTimer m_clock;
};

// The limits one download obeys: its own and, optionally, one it shares with
// others (a global limit). Every connection of the download draws on both.
class RateLimits
{
public:
    RateLimits(RateLimiter *own, std::shared_ptr<RateLimiter> shared) : m_own(own), m_shared(std::move(shared)) { }

    qint64 available();
    void consume(qint64 bytes);
    qint64 msUntil(qint64 bytes);
    // The tighter of the two rates; 0 when neither limits.
    qint64 rate() const;

private:
    RateLimiter *m_own;
    std::shared_ptr<RateLimiter> m_shared;
};

} // namespace Haul
