// SPDX-License-Identifier: MIT
#include "queuerow.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QStringList>
#include <QVariant>

namespace Haul::QueueRow {

namespace {

// The highest QueueItem::State value stored; raise it when the enum grows.
constexpr int MaxState = int(QueueItem::State::Failed);
// DownloadOptions::connections' upper bound.
constexpr int MaxConnections = 16;

const char *const ColumnNames[ColumnCount] = {
    "id",           "url",       "folder",        "file_name",  "state",       "expected_sha256", "bytes_done",
    "high_water",   "total",     "attempts",      "next_retry_at", "sha256",   "tree_hash",       "verified",
    "error",        "error_kind", "etag",         "last_modified", "added_at", "finished_at",     "history",
    "rate_limit",   "connections",
};

QString columnList()
{
    QStringList names;
    for (const char *name : ColumnNames)
        names << QString::fromLatin1(name);
    return names.join(u", ");
}

QVariant msecs(const QDateTime &t)
{
    return t.isValid() ? QVariant(t.toMSecsSinceEpoch()) : QVariant();
}

QDateTime dateTime(const QVariant &v)
{
    return v.isNull() ? QDateTime() : QDateTime::fromMSecsSinceEpoch(v.toLongLong(), Qt::UTC);
}

QString historyJson(const QList<AttemptRecord> &history)
{
    QJsonArray array;
    for (const AttemptRecord &r : history) {
        array.append(QJsonObject{
            {QStringLiteral("t"), r.startedAt.isValid() ? QJsonValue(r.startedAt.toUTC().toString(Qt::ISODateWithMs))
                                                        : QJsonValue()},
            {QStringLiteral("status"), r.httpStatus},
            {QStringLiteral("bytes"), qint64(r.bytes)},
            {QStringLiteral("outcome"), r.outcome},
        });
    }
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

bool parseHistory(const QString &json, QList<AttemptRecord> *history)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError || !doc.isArray())
        return false;
    const QJsonArray array = doc.array();
    for (const QJsonValue &v : array) {
        const QJsonObject o = v.toObject();
        AttemptRecord r;
        const QString t = o.value(u"t").toString();
        if (!t.isEmpty())
            r.startedAt = QDateTime::fromString(t, Qt::ISODateWithMs).toUTC();
        r.httpStatus = o.value(u"status").toInt();
        r.bytes = quint64(o.value(u"bytes").toInteger());
        r.outcome = o.value(u"outcome").toString();
        history->append(r);
    }
    return true;
}

} // namespace

QString selectSql()
{
    // Ties (positions are not rewritten for rows left out of a saveOrder) go by id.
    return QStringLiteral("SELECT %1 FROM items ORDER BY position, id").arg(columnList());
}

// An upsert: a replaced item keeps its place in the queue, a new one goes last.
QString upsertSql()
{
    QStringList marks, updates;
    for (int c = 0; c < ColumnCount; ++c) {
        marks << QStringLiteral("?");
        if (c != ColId)
            updates << QStringLiteral("%1 = excluded.%1").arg(QString::fromLatin1(ColumnNames[c]));
    }
    return QStringLiteral("INSERT INTO items (%1, position) VALUES (%2, ?) ON CONFLICT(id) DO UPDATE SET %3")
        .arg(columnList(), marks.join(u", "), updates.join(u", "));
}

void bindItem(QSqlQuery &q, const QueueItem &item, qint64 position)
{
    q.bindValue(ColId, item.id);
    q.bindValue(ColUrl, item.url.toString(QUrl::FullyEncoded));
    q.bindValue(ColFolder, item.folder);
    q.bindValue(ColFileName, item.fileName);
    q.bindValue(ColState, int(item.state));
    q.bindValue(ColExpectedSha256, QString::fromLatin1(item.expectedSha256));
    q.bindValue(ColBytesDone, qint64(item.bytesDone));
    q.bindValue(ColHighWater, qint64(item.highWater));
    q.bindValue(ColTotal, item.total);
    q.bindValue(ColAttempts, item.attempts);
    q.bindValue(ColNextRetryAt, msecs(item.nextRetryAt));
    q.bindValue(ColSha256, QString::fromLatin1(item.sha256));
    q.bindValue(ColTreeHash, item.treeHash);
    q.bindValue(ColVerified, item.verified ? 1 : 0);
    q.bindValue(ColError, item.error);
    q.bindValue(ColErrorKind, item.errorKind);
    q.bindValue(ColEtag, item.etag);
    q.bindValue(ColLastModified, item.lastModified);
    q.bindValue(ColAddedAt, msecs(item.addedAt));
    q.bindValue(ColFinishedAt, msecs(item.finishedAt));
    q.bindValue(ColHistory, historyJson(item.history));
    q.bindValue(ColRateLimit, item.rateLimit);
    q.bindValue(ColConnections, qBound(0, item.connections, MaxConnections));
    q.bindValue(ColumnCount, position);
}

bool readItem(const QSqlQuery &q, QueueItem *item, QString *why, bool *historyLost)
{
    *historyLost = false;
    item->id = q.value(ColId).toInt();
    if (item->id <= 0) {
        *why = QStringLiteral("invalid id");
        return false;
    }
    const QString urlText = q.value(ColUrl).toString();
    item->url = QUrl(urlText);
    if (urlText.isEmpty() || !item->url.isValid()) {
        *why = QStringLiteral("invalid URL \"%1\"").arg(urlText);
        return false;
    }
    bool ok = false;
    const int state = q.value(ColState).toInt(&ok);
    if (!ok || state < 0 || state > MaxState) {
        *why = QStringLiteral("invalid state %1").arg(q.value(ColState).toString());
        return false;
    }
    item->state = QueueItem::State(state);
    item->folder = q.value(ColFolder).toString();
    item->fileName = q.value(ColFileName).toString();
    item->expectedSha256 = q.value(ColExpectedSha256).toString().toLatin1();
    item->bytesDone = quint64(q.value(ColBytesDone).toLongLong());
    item->highWater = quint64(q.value(ColHighWater).toLongLong());
    item->total = q.value(ColTotal).toLongLong();
    item->attempts = q.value(ColAttempts).toInt();
    item->nextRetryAt = dateTime(q.value(ColNextRetryAt));
    item->sha256 = q.value(ColSha256).toString().toLatin1();
    item->treeHash = q.value(ColTreeHash).toString();
    item->verified = q.value(ColVerified).toInt() != 0;
    item->error = q.value(ColError).toString();
    item->errorKind = q.value(ColErrorKind).toInt();
    item->etag = q.value(ColEtag).toByteArray();
    item->lastModified = q.value(ColLastModified).toByteArray();
    item->addedAt = dateTime(q.value(ColAddedAt));
    item->finishedAt = dateTime(q.value(ColFinishedAt));
    item->rateLimit = qMax<qint64>(0, q.value(ColRateLimit).toLongLong());
    // Stored as the item holds it, 0 for "the queue's default". Rows from before
    // per-item connections hold the column's 1: they were one-connection downloads and
    // stay so (the user can raise it), since a 1 the user chose must come back as 1.
    // Anything out of range follows the default.
    const int connections = q.value(ColConnections).toInt(&ok);
    item->connections = ok && connections >= 0 && connections <= MaxConnections ? connections : 0;
    // A damaged history costs the details pane, not the download.
    if (!parseHistory(q.value(ColHistory).toString(), &item->history)) {
        *historyLost = true;
        item->history.clear();
    }
    return true;
}

} // namespace Haul::QueueRow
