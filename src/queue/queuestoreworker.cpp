// SPDX-License-Identifier: MIT
#include "queuestoreworker.h"

#include "queuerow.h"
#include "queueschema.h"
#include "queuestore.h"
#include "queuestorelog.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimer>
#include <QVariant>
#include <atomic>

Q_LOGGING_CATEGORY(lcStore, "haul.queue.store", QtWarningMsg)

namespace Haul {

namespace {

constexpr int DefaultBatchIntervalMs = 250;

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

    QueueSchema schema(m_db);
    // WAL: readers never block the writer, and a commit is one append to the log.
    QVariant value;
    QString why;
    if (!schema.queryValue(QStringLiteral("PRAGMA journal_mode=WAL"), &value, &why)
        || value.toString().compare(u"wal", Qt::CaseInsensitive) != 0)
        qCWarning(lcStore) << "WAL could not be enabled for" << path << "; continuing with journal mode"
                           << value.toString() << why;
    // FULL: batches are rare, so the fsync per commit is cheap, and a committed entry survives a reboot.
    if (!schema.exec(QStringLiteral("PRAGMA synchronous=FULL"), &why))
        qCWarning(lcStore) << "synchronous=FULL failed:" << why;

    if (!schema.migrate(version, detail)) {
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

QueueStoreWorker::OpenResult QueueStoreWorker::checkDatabase(int *version, QString *detail)
{
    const QueueSchema::Check check = QueueSchema(m_db).check(version, detail);
    if (check == QueueSchema::Check::TooNew) {
        *detail = tr("format %1, this version reads up to %2").arg(*version).arg(QueueStore::SchemaVersion);
        return OpenResult::TooNew;
    }
    return check == QueueSchema::Check::Ok ? OpenResult::Ok : OpenResult::Damaged;
}

bool QueueStoreWorker::loadItems(QList<QueueItem> *items, int *maxId, QString *detail)
{
    {
        QSqlQuery q(m_db);
        q.setForwardOnly(true);
        if (!q.exec(QueueRow::selectSql())) {
            *detail = q.lastError().text();
            return false;
        }
        while (q.next()) {
            QueueItem item;
            QString why;
            bool historyLost = false;
            const bool readable = QueueRow::readItem(q, &item, &why, &historyLost);
            if (historyLost)
                qCWarning(lcStore) << "unreadable history of item" << item.id << "in" << m_path;
            if (readable)
                items->append(item);
            else
                qCWarning(lcStore) << "skipping unreadable row" << q.value(QueueRow::ColId).toString() << "in"
                                   << m_path << ":" << why;
        }
        if (q.lastError().isValid()) { // next() also stops at a damaged page
            *detail = q.lastError().text();
            return false;
        }
    }
    return QueueSchema(m_db).readCounters(maxId, &m_nextPosition, detail);
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
        if (!q.prepare(QueueRow::upsertSql())) {
            qCWarning(lcStore) << "cannot prepare the item upsert:" << q.lastError().text();
            return false;
        }
        for (const QueueItem &item : items) {
            if (item.id <= 0) {
                qCWarning(lcStore) << "not storing an item without an id:" << item.url;
                continue;
            }
            QueueRow::bindItem(q, item, m_nextPosition++);
            if (!q.exec()) {
                qCWarning(lcStore) << "storing item" << item.id << "failed:" << q.lastError().text();
                return false;
            }
            top = qMax(top, item.id);
        }
    }
    QString why;
    if (!QueueSchema(m_db).raiseMaxId(top, &why)) {
        qCWarning(lcStore) << "updating max_id failed:" << why;
        return false;
    }
    return true;
}

} // namespace Haul
