// SPDX-License-Identifier: MIT
#include "segmentplan.h"

#include <algorithm>

namespace Haul {

SegmentPlan::SegmentPlan(quint64 from, quint64 extent, const ByteRanges &done, quint64 pieceSize, quint64 minPiece)
    : m_pieceSize(qMax<quint64>(pieceSize, 1)), m_minPiece(qMax<quint64>(minPiece, 1))
{
    for (const ByteSpan &gap : done.gaps(from, extent))
        m_unowned.add(gap.begin, gap.end);
}

quint64 SegmentPlan::pieceSizeFor(quint64 bytes, int connections, quint64 minPiece)
{
    constexpr quint64 MiB = 1024 * 1024;
    // At most one block: the prefix grows steadily, so little is left to hash at
    // the end, and the last pieces split finely. The price is one request per
    // piece, an idle round trip each: connections on a long one ask for more
    // (claimAt's `size`).
    constexpr quint64 MaxPiece = 8 * MiB;
    // Below that, about eight pieces per connection.
    const quint64 share = bytes / quint64(qMax(1, connections) * 8);
    const quint64 rounded = share / MiB * MiB;
    return std::clamp<quint64>(rounded, minPiece, qMax(minPiece, MaxPiece));
}

std::optional<SegmentPlan::Piece> SegmentPlan::claimAt(int connection, quint64 pos, quint64 size)
{
    release(connection);
    const quint64 want = std::clamp(size, m_pieceSize, qMax(m_pieceSize, MaxRequestedPiece));
    for (const ByteSpan &gap : m_unowned.spans()) {
        if (gap.begin > pos)
            break;
        if (gap.begin == pos) {
            // A short remainder is not left behind on its own.
            quint64 end = gap.end - pos <= want + m_minPiece ? gap.end : pos + want;
            const Piece p{pos, end};
            m_unowned.remove(p.pos, p.end);
            m_pieces.insert(connection, p);
            return p;
        }
    }
    return std::nullopt;
}

std::optional<SegmentPlan::Piece> SegmentPlan::assign(int connection, quint64 size)
{
    release(connection);
    if (!m_unowned.isEmpty())
        return claimAt(connection, m_unowned.spans().first().begin, size);
    int victim = -1;
    quint64 most = 0;
    quint64 victimPos = 0;
    for (auto it = m_pieces.cbegin(); it != m_pieces.cend(); ++it) {
        const quint64 left = it.value().remaining();
        // Ties go to the lowest offset: the plan does not depend on hash order.
        if (left > most || (left == most && left > 0 && it.value().pos < victimPos)) {
            most = left;
            victim = it.key();
            victimPos = it.value().pos;
        }
    }
    if (victim < 0 || most < 2 * m_minPiece)
        return std::nullopt;
    Piece &v = m_pieces[victim];
    const quint64 mid = v.pos + most / 2;
    const Piece taken{mid, v.end};
    v.end = mid;
    m_pieces.insert(connection, taken);
    return taken;
}

void SegmentPlan::advance(int connection, quint64 bytes)
{
    const auto it = m_pieces.find(connection);
    if (it != m_pieces.end())
        it->pos = qMin(it->end, it->pos + bytes);
}

void SegmentPlan::release(int connection)
{
    const auto it = m_pieces.constFind(connection);
    if (it == m_pieces.cend())
        return;
    m_unowned.add(it->pos, it->end);
    m_pieces.erase(it);
}

std::optional<SegmentPlan::Piece> SegmentPlan::piece(int connection) const
{
    const auto it = m_pieces.constFind(connection);
    if (it == m_pieces.cend())
        return std::nullopt;
    return *it;
}

bool SegmentPlan::finished() const
{
    if (!m_unowned.isEmpty())
        return false;
    return std::all_of(m_pieces.cbegin(), m_pieces.cend(), [](const Piece &p) { return p.remaining() == 0; });
}

} // namespace Haul
