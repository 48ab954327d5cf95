// SPDX-License-Identifier: MIT
#pragma once

#include "httpheaders.h"

#include <QMetaType>
#include <QString>
#include <optional>

namespace Haul {

// What ended an attempt (spec §8, plus the adapter's own kinds).
enum class ErrorKind {
    None,
    Partial,             // interrupted or short; the next attempt resumes (PartialHaulError)
    UnexpectedStatus,    // a status other than 200/206/416 (§4.9)
    ServerMisconfigured, // a response that contradicts the request (§4.5 rows 4, 6, 8, 9; G7, G9)
    ContentRange,        // unparseable Content-Range (§4.3)
    Destination,         // unusable destination path (§9.1, permissions, read-only folder)
    ControlFile,         // local data does not match its checkpoint (§6.5)
    InvalidUrl,          // §9.2
    Tls,                 // certificate or handshake failure
    Transport,           // another network failure before the body
    Io,                  // local disk failure: full disk, write error
    ChecksumMismatch,    // the whole file's SHA-256 is not the expected one
    Stalled,             // no body bytes for the stall timeout
    Cancelled,           // stopped by the user; progress saved
    FileExists,          // the destination exists and the caller asked not to replace it
};

QString errorKindName(ErrorKind kind);

struct Failure
{
    ErrorKind kind = ErrorKind::None;
    QString message;
    int httpStatus = 0;                 // UnexpectedStatus only
    bool transient = false;             // worth retrying as it is
    std::optional<double> retryAfter;   // seconds, from Retry-After
    HttpHeaders headers;                // response headers, when there was a response

    bool isNull() const { return kind == ErrorKind::None; }
    static Failure make(ErrorKind kind, const QString &message);
};

// §8.4: 408, 425, 429, 500, 502, 503, 504, 520, 522, 524.
bool isTransientStatus(int status);

} // namespace Haul

Q_DECLARE_METATYPE(Haul::Failure)
