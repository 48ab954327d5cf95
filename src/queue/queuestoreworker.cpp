// SPDX-License-Identifier: MIT
#include "queuestoreworker.h"

#include "queuestore.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimer>
#include <QVariant>
#include <atomic>

Q_LOGGING_CATEGORY(lcStore, "haul.queue.store", QtWarningMsg)

namespace Haul {

namespace {

constexpr int DefaultBatchIntervalMs = 250;
// The highest QueueItem::State value stored; raise it when the enum grows.
constexpr int MaxState = int(QueueItem::State::Failed);

// The columns of one item, in the order bindItem() and readItem() use.
enum Column {
    ColId,
    ColUrl,
    ColFolder,
    ColFileName,
    ColState,
    ColExpectedSha256,
    ColBytesDone,
    ColHighWater,
    ColTotal,
    ColAttempts,
    ColNextRetryAt,
    ColSha256,
    ColTreeHash,
    ColVerified,
    ColError,
    ColErrorKind,
    ColEtag,
    ColLastModified,
    ColAddedAt,
    ColFinishedAt,
    ColHistory,
    ColumnCount
};

const char *const ColumnNames[ColumnCount] = {
    "id",           "url",       "folder",        "file_name",  "state",       "expected_sha256", "bytes_done",
    "high_water",   "total",     "attempts",      "next_retry_at", "sha256",   "tree_hash",       "verified",
    "error",        "error_kind", "etag",         "last_modified", "added_at", "finished_at",     "history",
};

QString columnList()
{
    QStringList names;
    for (const char *name : ColumnNames)
        names << QString::fromLatin1(name);
    return names.join(u", ");
}

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
    q.bindValue(ColumnCount, position);
}

QString nativePath(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

} // namespace

QueueStoreWorker::QueueStoreWorker(QObject *parent)
    : QObject(parent), m_connectionName([] {
          static std::atomic<int> counter{0};
          return QStringLiteral("haul-queuestore-%1").arg(++counter);
      }()),
      m_batchTimer(new QTimer(this)) // a child: moves to the store's thread with the worker
{
    m_batchTimer->setSingleShot(true);
    m_batchTimer->setInterval(DefaultBatchIntervalMs);
    connect(m_batchTimer, &QTimer::timeout, this, &QueueStoreWorker::commitPending);
}

QueueStoreWorker::~QueueStoreWorker()
{
    closeDatabase();
}

template <typename Body>
bool QueueStoreWorker::inTransaction(const char *what, Body body)
{
    if (!m_usable) {
        // Once per open: a queue without a database would otherwise warn on every progress batch.
        if (!m_warnedUnusable)
            qCWarning(lcStore) << "no usable database; ignoring" << what << "and later writes";
        else
            qCDebug(lcStore) << "no usable database; ignoring" << what;
        m_warnedUnusable = true;
        return false;
    }
    if (!m_db.transaction()) {
        qCWarning(lcStore) << what << ": cannot begin a transaction:" << m_db.lastError().text();
        return false;
    }
    if (!body()) {
        m_db.rollback();
        return false;
    }
    if (!m_db.commit()) {
        qCWarning(lcStore) << what << ": commit failed:" << m_db.lastError().text();
        m_db.rollback();
        return false;
    }
    emit committed();
    return true;
}

void QueueStoreWorker::open(const QString &path)
{
    close(); // a second open() first finishes with the previous file
    m_path = path;
    m_warnedUnusable = false;

    const QString folder = QFileInfo(path).absolutePath();
    if (!QDir().mkpath(folder)) {
        emit problem(tr("The download queue cannot be saved: the folder %1 could not be created. Haul keeps "
                        "working, but changes to the queue will be lost when it quits.")
                         .arg(nativePath(folder)));
        emit loaded({}, 0);
        return;
    }

    QElapsedTimer timer;
    timer.start();
    QList<QueueItem> items;
    int maxId = 0;
    QString detail;
    OpenResult result = openDatabase(path, &detail);
    if (result == OpenResult::Ok && !loadItems(&items, &maxId, &detail)) {
        closeDatabase();
        result = OpenResult::Damaged;
    }
    if (result == OpenResult::Damaged || result == OpenResult::TooNew) {
        qCWarning(lcStore) << "moving aside" << path << ":" << detail;
        const QString aside = moveAside(path);
        if (aside.isEmpty()) {
            emit problem(tr("The download queue %1 cannot be used (%2) and could not be moved aside. Haul keeps "
                            "working, but changes to the queue will be lost when it quits.")
                             .arg(nativePath(path), detail));
            emit loaded({}, 0);
            return;
        }
        if (result == OpenResult::TooNew)
            emit problem(tr("The download queue was saved by a newer version of Haul (%1). It was kept as %2 and a "
                            "new, empty queue was started.")
                             .arg(detail, nativePath(aside)));
        else // SQLite's words are for the log, not the user
            emit problem(tr("The download queue was damaged and could not be read. It was kept as %1 and a new, "
                            "empty queue was started.")
                             .arg(nativePath(aside)));
        items.clear();
        result = openDatabase(path, &detail);
        if (result == OpenResult::Ok && !loadItems(&items, &maxId, &detail)) {
            closeDatabase();
            result = OpenResult::CannotWrite;
        }
    }
    if (result != OpenResult::Ok) {
        qCWarning(lcStore) << "no database at" << path << ":" << detail;
        emit problem(tr("The download queue cannot be saved to %1 (%2). Haul keeps working, but changes to the "
                        "queue will be lost when it quits.")
                         .arg(nativePath(path), detail));
        emit loaded({}, 0);
        return;
    }
    m_usable = true;
    qCInfo(lcStore) << "loaded" << items.size() << "items from" << path << "in" << timer.elapsed() << "ms";
    emit loaded(items, maxId);
}

void QueueStoreWorker::setBatchIntervalMs(int ms)
{
    m_batchTimer->setInterval(qMax(0, ms));
}

void QueueStoreWorker::addItems(const QList<QueueItem> &items)
{
    // The added state is newer than any save still waiting for the batch.
    for (const QueueItem &item : items) {
        if (m_pending.remove(item.id))
            m_pendingOrder.removeOne(item.id);
    }
    inTransaction("add", [&] { return writeItems(items); });
}

void QueueStoreWorker::saveItem(const QueueItem &item)
{
    if (!m_pending.contains(item.id))
        m_pendingOrder.append(item.id);
    m_pending.insert(item.id, item); // latest wins
    if (!m_batchTimer->isActive())
        m_batchTimer->start();
}

void QueueStoreWorker::removeItems(const QList<int> &ids)
{
    // A save still waiting must not bring a removed item back with the next batch.
    for (int id : ids) {
        if (m_pending.remove(id))
            m_pendingOrder.removeOne(id);
    }
    inTransaction("remove", [&] {
        QSqlQuery q(m_db);
        q.prepare(QStringLiteral("DELETE FROM items WHERE id = ?"));
        for (int id : ids) {
            q.bindValue(0, id);
            if (!q.exec()) {
                qCWarning(lcStore) << "remove failed:" << q.lastError().text();
                return false;
            }
        }
        return true;
    });
}

void QueueStoreWorker::saveOrder(const QList<int> &ids)
{
    const bool ok = inTransaction("order", [&] {
        QSqlQuery q(m_db);
        q.prepare(QStringLiteral("UPDATE items SET position = ? WHERE id = ?"));
        for (int i = 0; i < ids.size(); ++i) {
            q.bindValue(0, i);
            q.bindValue(1, ids.at(i));
            if (!q.exec()) {
                qCWarning(lcStore) << "saving the order failed:" << q.lastError().text();
                return false;
            }
        }
        return true;
    });
    if (ok)
        m_nextPosition = qMax(m_nextPosition, qint64(ids.size()));
}

void QueueStoreWorker::commitPending()
{
    m_batchTimer->stop();
    if (m_pending.isEmpty())
        return;
    QList<QueueItem> batch;
    batch.reserve(m_pendingOrder.size());
    for (int id : std::as_const(m_pendingOrder))
        batch.append(m_pending.value(id));
    m_pending.clear();
    m_pendingOrder.clear();
    // Not retried on failure: every save carries the whole item, so the next one repairs it.
    inTransaction("save", [&] { return writeItems(batch); });
}

void QueueStoreWorker::close()
{
    commitPending();
    closeDatabase();
    m_usable = false;
}

QueueStoreWorker::OpenResult QueueStoreWorker::openDatabase(const QString &path, QString *detail)
{
    detail->clear();
    const bool existed = QFileInfo::exists(path);
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    m_db.setDatabaseName(path);
    int version = 0;
    if (existed) {
        // Checked read-only: closing a read-write connection may checkpoint or drop the -wal,
        // and a file that is moved aside must stay exactly as it was found.
        m_db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        const OpenResult checked = m_db.open() ? checkDatabase(&version, detail) : OpenResult::Damaged;
        if (checked != OpenResult::Ok) {
            if (detail->isEmpty())
                *detail = m_db.lastError().text();
            closeDatabase();
            return checked;
        }
        m_db.close();
        m_db.setConnectOptions();
    }
    if (!m_db.open()) {
        *detail = m_db.lastError().text();
        closeDatabase();
        return existed ? OpenResult::Damaged : OpenResult::CannotWrite;
    }

    // WAL: readers never block the writer, and a commit is one append to the log.
    QVariant value;
    QString why;
    if (!queryValue(QStringLiteral("PRAGMA journal_mode=WAL"), &value, &why)
        || value.toString().compare(u"wal", Qt::CaseInsensitive) != 0)
        qCWarning(lcStore) << "WAL could not be enabled for" << path << "; continuing with journal mode"
                           << value.toString() << why;
    // FULL: batches are rare, so the fsync per commit is cheap, and a committed entry survives a reboot.
    if (!exec(QStringLiteral("PRAGMA synchronous=FULL"), &why))
        qCWarning(lcStore) << "synchronous=FULL failed:" << why;

    if (!migrate(version, detail)) {
        closeDatabase();
        return OpenResult::CannotWrite;
    }
    return OpenResult::Ok;
}

void QueueStoreWorker::closeDatabase()
{
    if (!m_db.isValid())
        return;
    m_db.close();
    m_db = QSqlDatabase(); // no handle may remain when the connection is removed
    QSqlDatabase::removeDatabase(m_connectionName);
}

bool QueueStoreWorker::exec(const QString &sql, QString *detail)
{
    QSqlQuery q(m_db);
    if (q.exec(sql))
        return true;
    *detail = q.lastError().text();
    return false;
}

QueueStoreWorker::OpenResult QueueStoreWorker::checkDatabase(int *version, QString *detail)
{
    QVariant value;
    if (!queryValue(QStringLiteral("PRAGMA quick_check"), &value, detail))
        return OpenResult::Damaged;
    if (value.toString() != u"ok") {
        *detail = value.toString();
        return OpenResult::Damaged;
    }
    if (!queryValue(QStringLiteral("PRAGMA user_version"), &value, detail))
        return OpenResult::Damaged;
    *version = value.toInt();
    if (*version > QueueStore::SchemaVersion) {
        *detail = tr("format %1, this version reads up to %2").arg(*version).arg(QueueStore::SchemaVersion);
        return OpenResult::TooNew;
    }
    return OpenResult::Ok;
}

bool QueueStoreWorker::queryValue(const QString &sql, QVariant *value, QString *detail)
{
    QSqlQuery q(m_db);
    if (q.exec(sql) && q.next()) {
        *value = q.value(0);
        return true;
    }
    *detail = q.lastError().isValid() ? q.lastError().text() : QStringLiteral("no result");
    *value = QVariant();
    return false;
}

bool QueueStoreWorker::migrate(int from, QString *detail)
{
    for (int version = from + 1; version <= QueueStore::SchemaVersion; ++version) {
        if (!m_db.transaction()) {
            *detail = m_db.lastError().text();
            return false;
        }
        bool ok = false;
        switch (version) {
        case 1:
            ok = migrateTo1(detail);
            break;
        case 2:
            ok = migrateTo2(detail);
            break;
        }
        // user_version is in the file header, written by the same transaction.
        ok = ok && exec(QStringLiteral("PRAGMA user_version = %1").arg(version), detail);
        if (ok && !m_db.commit()) {
            *detail = m_db.lastError().text();
            ok = false;
        }
        if (!ok) {
            m_db.rollback();
            qCWarning(lcStore) << "migration to version" << version << "failed:" << *detail;
            return false;
        }
        qCInfo(lcStore) << "migrated" << m_path << "to version" << version;
    }
    return true;
}

bool QueueStoreWorker::migrateTo1(QString *detail)
{
    // Text and blob columns take NULL: Qt binds a null QString as NULL, and it reads back empty.
    return exec(QStringLiteral("CREATE TABLE items ("
                               "id INTEGER PRIMARY KEY NOT NULL,"
                               "position INTEGER NOT NULL,"
                               "url TEXT NOT NULL,"
                               "folder TEXT,"
                               "file_name TEXT,"
                               "state INTEGER NOT NULL DEFAULT 0,"
                               "expected_sha256 TEXT,"
                               "bytes_done INTEGER NOT NULL DEFAULT 0,"
                               "high_water INTEGER NOT NULL DEFAULT 0,"
                               "total INTEGER NOT NULL DEFAULT -1,"
                               "attempts INTEGER NOT NULL DEFAULT 0,"
                               "next_retry_at INTEGER,"
                               "sha256 TEXT,"
                               "tree_hash TEXT,"
                               "verified INTEGER NOT NULL DEFAULT 0,"
                               "error TEXT,"
                               "error_kind INTEGER NOT NULL DEFAULT 0,"
                               "etag BLOB,"
                               "last_modified BLOB,"
                               "added_at INTEGER,"
                               "finished_at INTEGER,"
                               "history TEXT NOT NULL DEFAULT '[]')"),
                detail);
}

bool QueueStoreWorker::migrateTo2(QString *detail)
{
    // connections: for segmented downloads. meta.max_id: the largest id ever stored, so
    // removing the last item does not let its id be given out again.
    return exec(QStringLiteral("ALTER TABLE items ADD COLUMN connections INTEGER NOT NULL DEFAULT 1"), detail)
        && exec(QStringLiteral("CREATE TABLE meta (key TEXT PRIMARY KEY NOT NULL, value NOT NULL)"), detail)
        && exec(QStringLiteral("INSERT INTO meta (key, value) SELECT 'max_id', COALESCE(MAX(id), 0) FROM items"),
                detail);
}

bool QueueStoreWorker::loadItems(QList<QueueItem> *items, int *maxId, QString *detail)
{
    {
        QSqlQuery q(m_db);
        q.setForwardOnly(true);
        if (!q.exec(selectSql())) {
            *detail = q.lastError().text();
            return false;
        }
        while (q.next()) {
            QueueItem item;
            QString why;
            if (readItem(q, &item, &why))
                items->append(item);
            else
                qCWarning(lcStore) << "skipping unreadable row" << q.value(ColId).toString() << "in" << m_path << ":"
                                   << why;
        }
        if (q.lastError().isValid()) { // next() also stops at a damaged page
            *detail = q.lastError().text();
            return false;
        }
    }
    QSqlQuery q(m_db);
    // Skipped rows count too: their ids are still taken.
    if (!q.exec(QStringLiteral("SELECT MAX(COALESCE((SELECT CAST(value AS INTEGER) FROM meta WHERE key = 'max_id'), 0),"
                               " COALESCE((SELECT MAX(id) FROM items), 0)),"
                               " COALESCE((SELECT MAX(position) FROM items), -1) + 1"))
        || !q.next()) {
        *detail = q.lastError().text();
        return false;
    }
    *maxId = q.value(0).toInt();
    m_nextPosition = q.value(1).toLongLong();
    return true;
}

bool QueueStoreWorker::readItem(const QSqlQuery &q, QueueItem *item, QString *why) const
{
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
    // A damaged history costs the details pane, not the download.
    if (!parseHistory(q.value(ColHistory).toString(), &item->history)) {
        qCWarning(lcStore) << "unreadable history of item" << item->id << "in" << m_path;
        item->history.clear();
    }
    return true;
}

QString QueueStoreWorker::moveAside(const QString &path) const
{
    const QString stamp = QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    QString aside = path + QStringLiteral(".corrupt-") + stamp;
    for (int n = 2; QFileInfo::exists(aside) || QFileInfo::exists(aside + QStringLiteral("-wal")); ++n)
        aside = path + QStringLiteral(".corrupt-") + stamp + QLatin1Char('-') + QString::number(n);
    if (!QFile::rename(path, aside)) {
        qCWarning(lcStore) << "could not move" << path << "to" << aside;
        return {};
    }
    for (const QString &suffix : {QStringLiteral("-wal"), QStringLiteral("-shm")}) {
        if (!QFileInfo::exists(path + suffix))
            continue;
        // The log must go with its database: left behind it would be replayed into the fresh one.
        if (!QFile::rename(path + suffix, aside + suffix)) {
            qCWarning(lcStore) << "could not move" << path + suffix << "; removing it";
            QFile::remove(path + suffix);
        }
    }
    return aside;
}

bool QueueStoreWorker::writeItems(const QList<QueueItem> &items)
{
    int top = 0;
    {
        QSqlQuery q(m_db);
        if (!q.prepare(upsertSql())) {
            qCWarning(lcStore) << "cannot prepare the item upsert:" << q.lastError().text();
            return false;
        }
        for (const QueueItem &item : items) {
            if (item.id <= 0) {
                qCWarning(lcStore) << "not storing an item without an id:" << item.url;
                continue;
            }
            bindItem(q, item, m_nextPosition++);
            if (!q.exec()) {
                qCWarning(lcStore) << "storing item" << item.id << "failed:" << q.lastError().text();
                return false;
            }
            top = qMax(top, item.id);
        }
    }
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE meta SET value = MAX(CAST(value AS INTEGER), ?) WHERE key = 'max_id'"));
    q.bindValue(0, top);
    if (!q.exec()) {
        qCWarning(lcStore) << "updating max_id failed:" << q.lastError().text();
        return false;
    }
    return true;
}

} // namespace Haul
