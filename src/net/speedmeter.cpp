// SPDX-License-Identifier: MIT
#include "speedmeter.h"

namespace Haul {

void SpeedMeter::reset()
{
    m_samples.clear();
    m_rate = 0;
}

void SpeedMeter::addSample(quint64 total)
{
    if (!m_clock.isValid())
        m_clock.start();
    addSample(total, m_clock.elapsed());
}

void SpeedMeter::addSample(quint64 total, qint64 nowMs)
{
    if (!m_samples.isEmpty() && total < m_samples.last().total) {
        // A restart from zero: old samples, and the rate taken from them, describe another stream.
        m_samples.clear();
        m_rate = 0;
    }
    m_samples.append({nowMs, total});
    while (m_samples.size() > 2 && nowMs - m_samples.at(1).ms >= m_windowMs)
        m_samples.removeFirst();
    const Sample &first = m_samples.first();
    const qint64 span = nowMs - first.ms;
    m_rate = span > 0 ? double(total - first.total) * 1000.0 / double(span) : m_rate;
}

double SpeedMeter::etaSeconds(quint64 remaining) const
{
    if (remaining == 0)
        return 0;
    return m_rate > 0 ? double(remaining) / m_rate : -1;
}

} // namespace Haul
