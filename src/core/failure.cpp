// SPDX-License-Identifier: MIT
#include "failure.h"

namespace Haul {

QString errorKindName(ErrorKind kind)
{
    switch (kind) {
    case ErrorKind::None: return QStringLiteral("none");
    case ErrorKind::Partial: return QStringLiteral("partial");
    case ErrorKind::UnexpectedStatus: return QStringLiteral("unexpected-status");
    case ErrorKind::ServerMisconfigured: return QStringLiteral("server-misconfigured");
    case ErrorKind::ContentRange: return QStringLiteral("content-range");
    case ErrorKind::Destination: return QStringLiteral("destination");
    case ErrorKind::ControlFile: return QStringLiteral("control-file");
    case ErrorKind::InvalidUrl: return QStringLiteral("invalid-url");
    case ErrorKind::Tls: return QStringLiteral("tls");
    case ErrorKind::Transport: return QStringLiteral("transport");
    case ErrorKind::Io: return QStringLiteral("io");
    case ErrorKind::ChecksumMismatch: return QStringLiteral("checksum-mismatch");
    case ErrorKind::Stalled: return QStringLiteral("stalled");
    case ErrorKind::Cancelled: return QStringLiteral("cancelled");
    case ErrorKind::FileExists: return QStringLiteral("file-exists");
    }
    return QString();
}

Failure Failure::make(ErrorKind kind, const QString &message)
{
    Failure f;
    f.kind = kind;
    f.message = message;
    f.transient = kind == ErrorKind::Partial || kind == ErrorKind::Stalled;
    return f;
}

bool isTransientStatus(int status)
{
    switch (status) {
    case 408: case 425: case 429: case 500: case 502: case 503: case 504: case 520: case 522: case 524:
        return true;
    default:
        return false;
    }
}

} // namespace Haul
