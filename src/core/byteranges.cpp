// SPDX-License-Identifier: MIT
#include "byteranges.h"

#include "bytes.h"

#include <algorithm>

namespace Haul {

void ByteRanges::add(quint64 begin, quint64 end)
{
    if (begin >= end)
        return;
    // First span that ends at or after `begin` (touching spans merge).
    auto first = std::lower_bound(m_spans.begin(), m_spans.end(), begin,
                                  [](const ByteSpan &s, quint64 value) { return s.end < value; });
    auto last = first;
    while (last != m_spans.end() && last->begin <= end) {
        begin = qMin(begin, last->begin);
        end = qMax(end, last->end);
        ++last;
    }
    const qsizetype at = first - m_spans.begin();
    m_spans.erase(first, last);
    m_spans.insert(at, ByteSpan{begin, end});
}

void ByteRanges::remove(quint64 begin, quint64 end)
{
    if (begin >= end)
        return;
    QList<ByteSpan> kept;
    kept.reserve(m_spans.size() + 1);
    for (const ByteSpan &s : std::as_const(m_spans)) {
        if (s.end <= begin || s.begin >= end) {
            kept.append(s);
            continue;
        }
        if (s.begin < begin)
            kept.append({s.begin, begin});
        if (s.end > end)
            kept.append({end, s.end});
    }
    m_spans = std::move(kept);
}

void ByteRanges::removeBelow(quint64 offset)
{
    while (!m_spans.isEmpty() && m_spans.first().end <= offset)
        m_spans.removeFirst();
    if (!m_spans.isEmpty() && m_spans.first().begin < offset)
        m_spans.first().begin = offset;
}

quint64 ByteRanges::total() const
{
    quint64 sum = 0;
    for (const ByteSpan &s : m_spans)
        sum += s.size();
    return sum;
}

quint64 ByteRanges::coveredUntil(quint64 offset) const
{
    for (const ByteSpan &s : m_spans) {
        if (s.begin > offset)
            break;
        if (offset < s.end)
            return s.end;
    }
    return offset;
}

QList<ByteSpan> ByteRanges::gaps(quint64 from, quint64 to) const
{
    QList<ByteSpan> out;
    quint64 at = from;
    for (const ByteSpan &s : m_spans) {
        if (s.end <= at)
            continue;
        if (s.begin >= to)
            break;
        if (s.begin > at)
            out.append({at, s.begin});
        at = qMax(at, s.end);
    }
    if (at < to)
        out.append({at, to});
    return out;
}

QByteArray ByteRanges::encode() const
{
    QByteArray out;
    out.reserve(m_spans.size() * 16);
    for (const ByteSpan &s : m_spans) {
        Bytes::appendLe(out, s.begin, 8);
        Bytes::appendLe(out, s.end, 8);
    }
    return out;
}

std::optional<ByteRanges> ByteRanges::decode(QByteArrayView bytes, quint64 limit)
{
    if (bytes.isEmpty() || bytes.size() % 16 != 0)
        return std::nullopt;
    ByteRanges r;
    quint64 previousEnd = 0;
    for (qsizetype at = 0; at < bytes.size(); at += 16) {
        const quint64 begin = Bytes::readLe(bytes, at, 8);
        const quint64 end = Bytes::readLe(bytes, at + 8, 8);
        // Adjacent spans would have been merged: their presence means a foreign writer.
        if (begin >= end || end > limit || (at > 0 && begin <= previousEnd))
            return std::nullopt;
        r.m_spans.append({begin, end});
        previousEnd = end;
    }
    return r;
}

} // namespace Haul
