// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <optional>

namespace Haul {

// A half-open range of part-file offsets, [begin, end).
struct ByteSpan
{
    quint64 begin = 0;
    quint64 end = 0;

    quint64 size() const { return end - begin; }
    bool operator==(const ByteSpan &other) const = default;
};

// A set of byte offsets kept as sorted, disjoint, non-adjacent spans: the
// completed parts of a segmented download beyond its contiguous prefix.
class ByteRanges
{
public:
    ByteRanges() = default;

    void add(quint64 begin, quint64 end);
    void remove(quint64 begin, quint64 end);
    // Forgets every offset below `offset`.
    void removeBelow(quint64 offset);
    void clear() { m_spans.clear(); }

    bool isEmpty() const { return m_spans.isEmpty(); }
    const QList<ByteSpan> &spans() const { return m_spans; }
    quint64 total() const;
    // The end of the span that contains `offset`, or `offset` when none does.
    quint64 coveredUntil(quint64 offset) const;
    // What [from, to) still lacks.
    QList<ByteSpan> gaps(quint64 from, quint64 to) const;

    // Control-file value (§2.11 extension): u64 LE begin, u64 LE end per span.
    QByteArray encode() const;
    // nullopt unless the spans are non-empty, sorted, disjoint and below `limit`.
    static std::optional<ByteRanges> decode(QByteArrayView bytes, quint64 limit);

    bool operator==(const ByteRanges &other) const = default;

private:
    QList<ByteSpan> m_spans;
};

} // namespace Haul
