// SPDX-License-Identifier: MIT
#include "queueschema.h"

#include "queuestore.h"
#include "queuestorelog.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace Haul {

QueueSchema::QueueSchema(QSqlDatabase &db) : m_db(db) {}

QueueSchema::Check QueueSchema::check(int *version, QString *detail) const
{
    QVariant value;
    if (!queryValue(QStringLiteral("PRAGMA quick_check"), &value, detail))
        return Check::Damaged;
    if (value.toString() != u"ok") {
        *detail = value.toString();
        return Check::Damaged;
    }
    if (!queryValue(QStringLiteral("PRAGMA user_version"), &value, detail))
        return Check::Damaged;
    *version = value.toInt();
    return *version > QueueStore::SchemaVersion ? Check::TooNew : Check::Ok;
}

bool QueueSchema::migrate(int from, QString *detail)
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
        case 3:
            ok = migrateTo3(detail);
            break;
        case 4:
            ok = migrateTo4(detail);
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
        qCInfo(lcStore) << "migrated" << m_db.databaseName() << "to version" << version;
    }
    return true;
}

bool QueueSchema::migrateTo1(QString *detail) const
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

bool QueueSchema::migrateTo2(QString *detail) const
{
    // connections: for segmented downloads. meta.max_id: the largest id ever stored, so
    // removing the last item does not let its id be given out again.
    return exec(QStringLiteral("ALTER TABLE items ADD COLUMN connections INTEGER NOT NULL DEFAULT 1"), detail)
        && exec(QStringLiteral("CREATE TABLE meta (key TEXT PRIMARY KEY NOT NULL, value NOT NULL)"), detail)
        && exec(QStringLiteral("INSERT INTO meta (key, value) SELECT 'max_id', COALESCE(MAX(id), 0) FROM items"),
                detail);
}

bool QueueSchema::migrateTo3(QString *detail) const
{
    // rate_limit: a speed limit of the item's own, bytes per second (0: none).
    return exec(QStringLiteral("ALTER TABLE items ADD COLUMN rate_limit INTEGER NOT NULL DEFAULT 0"), detail);
}

bool QueueSchema::migrateTo4(QString *detail) const
{
    // connections now means something (segmented downloads): 0 follows the settings.
    // Nothing wrote it before, so every row still holds v2's default of 1.
    return exec(QStringLiteral("UPDATE items SET connections = 0"), detail);
}

bool QueueSchema::readCounters(int *maxId, qint64 *nextPosition, QString *detail) const
{
    QSqlQuery q(m_db);
    // Rows that could not be read count too: their ids are still taken.
    if (!q.exec(QStringLiteral("SELECT MAX(COALESCE((SELECT CAST(value AS INTEGER) FROM meta WHERE key = 'max_id'), 0),"
                               " COALESCE((SELECT MAX(id) FROM items), 0)),"
                               " COALESCE((SELECT MAX(position) FROM items), -1) + 1"))
        || !q.next()) {
        *detail = q.lastError().text();
        return false;
    }
    *maxId = q.value(0).toInt();
    *nextPosition = q.value(1).toLongLong();
    return true;
}

bool QueueSchema::raiseMaxId(int id, QString *detail) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE meta SET value = MAX(CAST(value AS INTEGER), ?) WHERE key = 'max_id'"));
    q.bindValue(0, id);
    if (q.exec())
        return true;
    *detail = q.lastError().text();
    return false;
}

bool QueueSchema::exec(const QString &sql, QString *detail) const
{
    QSqlQuery q(m_db);
    if (q.exec(sql))
        return true;
    *detail = q.lastError().text();
    return false;
}

bool QueueSchema::queryValue(const QString &sql, QVariant *value, QString *detail) const
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

} // namespace Haul
