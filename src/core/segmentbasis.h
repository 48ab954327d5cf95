// SPDX-License-Identifier: MIT
#pragma once

#include "byteranges.h"
#include "etag.h"
#include "httpheaders.h"

#include <QMetaType>
#include <QString>

namespace Haul {

// Why a download runs on one connection although more were asked for.
enum class SplitRefusal {
    None,
    NoRanges,      // the server answered 200: it does not serve byte ranges
    UnknownSize,   // no total length to divide
    NoValidator,   // neither a strong ETag nor Last-Modified to guard the ranges
    TooSmall,      // less left than two pieces of the minimum size
    RangesStopped, // the server stopped honouring ranges on the extra connections
};

// What the first response of an attempt established, against which every other
// connection's response is checked before a byte of it is written.
struct SegmentBasis
{
    quint64 from = 0;        // part offset where the first response's body goes
    quint64 extent = 0;      // part-file length
    quint64 start = 0;       // the resource byte at part offset 0
    ByteRanges done;         // spans beyond `from` already on disk
    ETag etag;               // strong, or absent (then lastModified guards)
    QByteArray lastModified;
    QByteArray contentEncoding;

    // The If-Range value for another connection: the strong ETag, else the date.
    QByteArray ifRange() const;
    // Headers for the bounded request of part bytes [first, last].
    HttpHeaders requestHeaders(const HttpHeaders &caller, quint64 first, quint64 last) const;

    enum class Verdict {
        Accept,     // exactly the bytes asked for, of the same version
        Changed,    // another version of the resource: everything must start over
        NotHonored, // the range was ignored or mislabelled: drop this connection
        Retry,      // a transient answer (503, 429...): try this piece again later
        Fatal,      // an error status that more connections will not cure
    };
    Verdict check(int status, const HttpHeaders &headers, quint64 first, quint64 last, QString *why) const;
};

} // namespace Haul

Q_DECLARE_METATYPE(Haul::SplitRefusal)
