// SPDX-License-Identifier: MIT
#pragma once

#include <QElapsedTimer>
#include <QList>

namespace Haul {

// Bytes per second over a sliding window of a few seconds: steady figures
// for speed and ETA without the jumps of per-chunk rates.
class SpeedMeter
{
public:
    explicit SpeedMeter(qint64 windowMs = 3000) : m_windowMs(windowMs) { }

    void reset();
    // `total` is a running byte count (for example the valid length).
    void addSample(quint64 total, qint64 nowMs);
    void addSample(quint64 total);
    double bytesPerSecond() const { return m_rate; }
    // Seconds to go for `remaining` bytes, or -1 when unknown.
    double etaSeconds(quint64 remaining) const;

private:
    struct Sample { qint64 ms; quint64 total; };
    qint64 m_windowMs;
    QList<Sample> m_samples;
    double m_rate = 0;
    QElapsedTimer m_clock;
};

} // namespace Haul
