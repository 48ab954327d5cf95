// SPDX-License-Identifier: MIT
#include "itemevents.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace Haul::ItemEvents {

namespace {

AttemptRecord *lastAttempt(QueueItem &item)
{
    return item.history.isEmpty() ? nullptr : &item.history.last();
}

} // namespace

void attemptStarted(QueueItem &item, int attempts)
{
    item.history.append({QDateTime::currentDateTimeUtc(), 0, 0, QString()});
    while (item.history.size() > QueueItem::MaxHistory)
        item.history.removeFirst();
    item.attempts = attempts;
    item.nextRetryAt = QDateTime();
    item.state = QueueItem::State::Connecting;
}

void responseReceived(QueueItem &item, int status, const HttpHeaders &headers)
{
    if (AttemptRecord *last = lastAttempt(item))
        last->httpStatus = status;
    if (status == 200 || status == 206) {
        item.etag = headers.value("etag").value_or(QByteArray());
        item.lastModified = headers.value("last-modified").value_or(QByteArray());
    }
}

void connectionsChanged(QueueItem &item, int connections, int refusal)
{
    item.activeConnections = connections;
    item.splitRefusal = refusal;
}

void destinationResolved(QueueItem &item, const QString &dest)
{
    const QFileInfo info(dest);
    item.folder = info.path();
    item.fileName = info.fileName();
}

void progressed(QueueItem &item, const Progress &p)
{
    item.bytesDone = p.validLength;
    item.highWater = qMax(item.highWater, qMax(p.validLength, p.highWater));
    if (p.reportedLength)
        item.total = qint64(*p.reportedLength);
    item.bytesPerSecond = p.bytesPerSecond;
    if (AttemptRecord *last = lastAttempt(item))
        last->bytes = p.bytesRead;
    if (item.state == QueueItem::State::Downloading && item.total > 0 && item.bytesDone >= quint64(item.total))
        item.state = QueueItem::State::Verifying; // every byte is in: final sync, digest check, rename
}

void attemptFailed(QueueItem &item, const Failure &f, int attempts, double retryIn)
{
    item.attempts = attempts;
    if (AttemptRecord *last = lastAttempt(item)) {
        last->outcome = f.message;
        if (!last->httpStatus && f.httpStatus)
            last->httpStatus = f.httpStatus;
    }
    item.error = f.message;
    item.errorKind = int(f.kind);
    if (retryIn >= 0)
        item.nextRetryAt = QDateTime::currentDateTimeUtc().addMSecs(qint64(retryIn * 1000));
}

void completed(QueueItem &item, const Result &r, int attempts)
{
    item.attempts = attempts;
    item.state = QueueItem::State::Complete;
    if (!r.dest.isEmpty())
        destinationResolved(item, r.dest);
    item.sha256 = r.sha256;
    item.treeHash = r.treeHash;
    item.verified = r.verified;
    item.total = qint64(r.size);
    item.bytesDone = r.size;
    item.highWater = qMax<quint64>(item.highWater, r.size);
    item.bytesPerSecond = 0;
    item.finishedAt = QDateTime::currentDateTimeUtc();
    item.error.clear();
    item.errorKind = 0;
    item.nextRetryAt = QDateTime();
    if (AttemptRecord *last = lastAttempt(item))
        last->outcome = QCoreApplication::translate("ItemEvents", "complete");
}

void stopped(QueueItem &item, int attempts, QueueItem::State state)
{
    item.attempts = attempts;
    if (AttemptRecord *last = lastAttempt(item); last && last->outcome.isEmpty())
        last->outcome = QCoreApplication::translate("ItemEvents", "stopped");
    item.state = state;
    item.bytesPerSecond = 0;
    item.nextRetryAt = QDateTime();
}

void failed(QueueItem &item, const Failure &f, int attempts)
{
    item.attempts = attempts;
    item.state = QueueItem::State::Failed;
    item.error = f.message;
    item.errorKind = int(f.kind);
    item.bytesPerSecond = 0;
    item.nextRetryAt = QDateTime();
    if (AttemptRecord *last = lastAttempt(item); last && last->outcome.isEmpty())
        last->outcome = f.message;
}

} // namespace Haul::ItemEvents
