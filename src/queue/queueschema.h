// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

class QSqlDatabase;
class QVariant;

namespace Haul {

// The tables of the queue database and their versions: what a file holds, the
// migrations up to QueueStore::SchemaVersion (counted in PRAGMA user_version), and
// meta.max_id. Works on an open connection that QueueStoreWorker owns; it holds a
// reference, not a handle, so nothing of it outlives the connection.
class QueueSchema
{
public:
    enum class Check { Ok, Damaged, TooNew };

    explicit QueueSchema(QSqlDatabase &db);

    // quick_check, then the file's version into *version. Damaged: *detail says why,
    // or is empty when SQLite gave no words. TooNew: *version is above SchemaVersion.
    Check check(int *version, QString *detail) const;
    // From version `from` up to SchemaVersion, one transaction a step.
    bool migrate(int from, QString *detail);
    // The largest id ever stored and the position after the last row.
    bool readCounters(int *maxId, qint64 *nextPosition, QString *detail) const;
    // Raises meta.max_id to id, within the caller's transaction.
    bool raiseMaxId(int id, QString *detail) const;

    // One statement.
    bool exec(const QString &sql, QString *detail) const;
    // The first value of a statement's first row.
    bool queryValue(const QString &sql, QVariant *value, QString *detail) const;

private:
    bool migrateTo1(QString *detail) const;
    bool migrateTo2(QString *detail) const;
    bool migrateTo3(QString *detail) const;
    bool migrateTo4(QString *detail) const;

    QSqlDatabase &m_db;
};

} // namespace Haul
