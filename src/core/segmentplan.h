// SPDX-License-Identifier: MIT
#pragma once

#include "byteranges.h"

#include <QHash>
#include <optional>

namespace Haul {

// Who fetches which bytes of a segmented download (pure logic). Each
// connection owns at most one piece [pos, end); the bytes it reads move `pos`.
//
// Work is handed out lowest offset first in pieces of at most `pieceSize`, so
// the contiguous prefix from byte 0 — the part that can be hashed and that
// pyhaul can resume — keeps growing while the download runs. Once nothing is
// unowned, a connection that needs work takes the second half of the piece
// with the most left to read (dynamic splitting, as IDM and XDM do), never
// leaving either half smaller than `minPiece`, so every connection stays busy
// to the end.
class SegmentPlan
{
public:
    struct Piece
    {
        quint64 pos = 0;
        quint64 end = 0;
        quint64 remaining() const { return end - pos; }
        bool operator==(const Piece &other) const = default;
    };

    // Everything in [from, extent) that `done` does not already hold is to fetch.
    SegmentPlan(quint64 from, quint64 extent, const ByteRanges &done, quint64 pieceSize, quint64 minPiece);

    // The piece that starts exactly at `pos` (a response already under way, or
    // the bytes right after a finished piece); nullopt when `pos` is not unowned.
    // `size`, when larger than pieceSize(), is how much this connection wants.
    std::optional<Piece> claimAt(int connection, quint64 pos, quint64 size = 0);
    // New work for a connection, lowest unowned offset first (up to `size`, as
    // for claimAt), else half of the largest piece; nullopt when nothing is
    // worth taking.
    std::optional<Piece> assign(int connection, quint64 size = 0);
    // `connection` read `bytes` more of its piece (never past its end).
    void advance(int connection, quint64 bytes);
    // Its unread bytes go back to the unowned gaps (a failed or retired connection).
    void release(int connection);

    std::optional<Piece> piece(int connection) const;
    // Every byte is read.
    bool finished() const;
    quint64 unownedBytes() const { return m_unowned.total(); }
    quint64 pieceSize() const { return m_pieceSize; }
    // The usual piece size for `connections` sharing `bytes`: at most one block
    // (8 MiB), about eight pieces per connection below that.
    static quint64 pieceSizeFor(quint64 bytes, int connections, quint64 minPiece);
    // The most one connection may ask for at once, however long its round trip.
    static constexpr quint64 MaxRequestedPiece = 128ull * 1024 * 1024;

private:
    QHash<int, Piece> m_pieces;
    ByteRanges m_unowned;
    quint64 m_pieceSize;
    quint64 m_minPiece;
};

} // namespace Haul
