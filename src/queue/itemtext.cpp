// SPDX-License-Identifier: MIT
#include "itemtext.h"

#include "failure.h"
#include "segmentbasis.h"

#include <QCoreApplication>
#include <QLocale>
#include <QMimeDatabase>
#include <cmath>

namespace Haul::ItemText {

namespace {

// The context is the one lupdate gives tr() here: the enclosing namespace.
QString tr(const char *text, const char *comment = nullptr, int n = -1)
{
    return QCoreApplication::translate("Haul::ItemText", text, comment, n);
}

int lastStatus(const QueueItem &item)
{
    for (auto it = item.history.crbegin(); it != item.history.crend(); ++it) {
        if (it->httpStatus)
            return it->httpStatus;
    }
    return 0;
}

QString statusReason(int status)
{
    switch (status) {
    case 401: return tr("login required (401)");
    case 403: return tr("access denied (403)");
    case 404: return tr("not found (404)");
    case 410: return tr("gone from the server (410)");
    case 408: return tr("server timed out (408)");
    case 429: return tr("too many requests (429)");
    case 500: return tr("server error (500)");
    case 502: return tr("bad gateway (502)");
    case 503: return tr("server busy (503)");
    case 504: return tr("gateway timed out (504)");
    default: return tr("server answered %1").arg(status);
    }
}

} // namespace

QString displayName(const QueueItem &item)
{
    if (!item.fileName.isEmpty())
        return item.fileName;
    const QString last = item.url.fileName();
    return last.isEmpty() ? item.url.host() : last;
}

QString reasonText(const QueueItem &item)
{
    switch (ErrorKind(item.errorKind)) {
    case ErrorKind::None:
        return QString();
    case ErrorKind::UnexpectedStatus:
        if (const int status = lastStatus(item))
            return statusReason(status);
        return tr("unexpected answer from the server");
    case ErrorKind::Partial:
    case ErrorKind::Transport:
        return tr("connection lost");
    case ErrorKind::Stalled:
        return tr("no data received");
    case ErrorKind::Tls:
        return tr("secure connection failed");
    case ErrorKind::ServerMisconfigured:
    case ErrorKind::ContentRange:
        return tr("the server sent something inconsistent");
    case ErrorKind::ControlFile:
        return tr("saved progress did not match; starting over");
    case ErrorKind::ChecksumMismatch:
        return tr("checksum mismatch");
    case ErrorKind::InvalidUrl:
    case ErrorKind::Destination:
    case ErrorKind::Io:
        return item.error; // the path or the disk's own words matter here
    case ErrorKind::Cancelled:
        return tr("stopped");
    case ErrorKind::FileExists:
        return tr("a file with this name exists");
    }
    return item.error;
}

QString stateText(const QueueItem &item, const QDateTime &now)
{
    using S = QueueItem::State;
    switch (item.state) {
    case S::Queued: return tr("Queued");
    case S::Connecting: return tr("Connecting…");
    case S::Downloading: return tr("Downloading");
    case S::Paused: return tr("Paused");
    case S::Verifying: return tr("Verifying…");
    case S::WaitingToRetry: {
        const qint64 left = item.nextRetryAt.isValid() ? qMax<qint64>(0, (now.msecsTo(item.nextRetryAt) + 999) / 1000) : 0;
        const QString reason = reasonText(item);
        const QString wait = left > 0 ? tr("Waiting to retry in %1").arg(duration(double(left))) : tr("Retrying now");
        return reason.isEmpty() ? wait : tr("%1 — %2").arg(wait, reason);
    }
    case S::Complete:
        if (!item.expectedSha256.isEmpty())
            return item.verified ? tr("Complete · Verified") : tr("Complete · Checksum mismatch");
        return tr("Complete");
    case S::Failed: {
        const QString reason = reasonText(item);
        return reason.isEmpty() ? tr("Failed") : tr("Failed — %1").arg(reason);
    }
    }
    return QString();
}

QString size(qint64 bytes)
{
    return QLocale().formattedDataSize(qMax<qint64>(0, bytes), 1, QLocale::DataSizeIecFormat);
}

QString speed(double bytesPerSecond)
{
    return tr("%1/s").arg(size(qint64(bytesPerSecond)));
}

QString sizeText(const QueueItem &item)
{
    const qint64 done = qint64(item.highWater);
    if (item.state == QueueItem::State::Complete)
        return size(item.total >= 0 ? item.total : done);
    if (item.total >= 0)
        return tr("%1 of %2").arg(size(qMin(done, item.total)), size(item.total));
    return done > 0 ? size(done) : QString();
}

double etaSeconds(const QueueItem &item)
{
    if (item.total < 0 || item.bytesPerSecond < 1 || item.state != QueueItem::State::Downloading)
        return -1;
    const double left = double(item.total) - double(item.bytesDone);
    return left <= 0 ? 0 : left / item.bytesPerSecond;
}

QString duration(double seconds)
{
    if (seconds < 0 || !std::isfinite(seconds))
        return QString();
    const qint64 s = qint64(std::ceil(seconds));
    if (s < 60)
        return tr("%Ln s", "seconds", int(qMax<qint64>(1, s)));
    if (s < 3600)
        return tr("%Ln min", "minutes", int((s + 30) / 60));
    const qint64 h = s / 3600, m = (s % 3600 + 30) / 60;
    if (h >= 24)
        return tr("%Ln d", "days", int((h + 12) / 24));
    return m ? tr("%L1 h %L2 min").arg(h).arg(m) : tr("%Ln h", "hours", int(h));
}

QString eta(double seconds)
{
    const QString d = duration(seconds);
    return d.isEmpty() ? d : tr("~%1", "about this long left").arg(d);
}

QString checksumState(const QueueItem &item)
{
    if (item.expectedSha256.isEmpty())
        return QStringLiteral("none");
    if (item.state != QueueItem::State::Complete && ErrorKind(item.errorKind) != ErrorKind::ChecksumMismatch)
        return QStringLiteral("pending");
    return item.verified ? QStringLiteral("verified") : QStringLiteral("mismatch");
}

QString splitRefusalText(int refusal)
{
    switch (SplitRefusal(refusal)) {
    case SplitRefusal::None:
        return QString();
    case SplitRefusal::NoRanges:
        return tr("the server does not accept byte ranges");
    case SplitRefusal::UnknownSize:
        return tr("the server does not say how large the file is");
    case SplitRefusal::NoValidator:
        return tr("the server gives no ETag or date that could keep the parts consistent");
    case SplitRefusal::TooSmall:
        return tr("the file is too small to split");
    case SplitRefusal::RangesStopped:
        return tr("the server stopped honouring byte ranges");
    }
    return QString();
}

QString connectionCount(int n)
{
    // English has no catalogue: the singular must be a string of its own.
    return n == 1 ? tr("1 connection") : tr("%Ln connections", nullptr, n);
}

QString connectionsText(const QueueItem &item)
{
    // After the download the reason for a single connection still stands.
    const int n = item.activeConnections > 0 ? item.activeConnections : (item.splitRefusal ? 1 : 0);
    if (n == 0)
        return QString();
    const QString count = connectionCount(n);
    const QString why = splitRefusalText(item.splitRefusal);
    return why.isEmpty() ? count : tr("%1 — %2").arg(count, why);
}

QString fileKind(const QString &fileName)
{
    static const QMimeDatabase db;
    const QMimeType mime = db.mimeTypeForFile(fileName, QMimeDatabase::MatchExtension);
    const QString name = mime.name();
    if (name.startsWith(u"video/"))
        return QStringLiteral("video");
    if (name.startsWith(u"audio/"))
        return QStringLiteral("audio");
    if (name.startsWith(u"image/"))
        return QStringLiteral("image");
    if (mime.inherits(QStringLiteral("application/x-cd-image")) || name.contains(u"disk-image"))
        return QStringLiteral("disk-image");
    if (name == u"application/vnd.debian.binary-package" || name == u"application/x-rpm"
        || name == u"application/x-msi" || name == u"application/x-ms-dos-executable"
        || name == u"application/vnd.android.package-archive" || name == u"application/x-apple-diskimage")
        return QStringLiteral("package");
    if (mime.inherits(QStringLiteral("application/zip")) || mime.inherits(QStringLiteral("application/x-tar"))
        || name.contains(u"compressed") || name == u"application/gzip" || name == u"application/x-xz"
        || name == u"application/x-bzip2" || name == u"application/zstd" || name == u"application/x-7z-compressed"
        || name == u"application/vnd.rar")
        return QStringLiteral("archive");
    if (name == u"application/pdf" || name.startsWith(u"application/vnd.oasis") || name.contains(u"document")
        || name.contains(u"msword") || name.contains(u"spreadsheet") || name.contains(u"presentation"))
        return QStringLiteral("document");
    if (name.startsWith(u"text/") || mime.inherits(QStringLiteral("text/plain")))
        return QStringLiteral("code");
    return QStringLiteral("file");
}

} // namespace Haul::ItemText
