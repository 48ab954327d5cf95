// SPDX-License-Identifier: MIT
#pragma once

#include "queueitem.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QSqlDatabase>
#include <QString>

class QTimer;

namespace Haul {

// The database side of QueueStore: lives on the store's thread and is only ever
// called there (QueueStore posts every call), so it needs no locking. It opens,
// checks and moves aside the file, batches and commits the writes; QueueSchema
// knows the tables, QueueRow how an item is stored in them.
class QueueStoreWorker : public QObject
{
    Q_OBJECT

public:
    explicit QueueStoreWorker(QObject *parent = nullptr);
    ~QueueStoreWorker() override;

    void open(const QString &path);
    void setBatchIntervalMs(int ms);
    void addItems(const QList<Haul::QueueItem> &items);
    void saveItem(const Haul::QueueItem &item);
    void removeItems(const QList<int> &ids);
    void saveOrder(const QList<int> &ids);
    // Commits the coalesced saves now (flush, close, the batch timer).
    void commitPending();
    // Commits what is pending and closes the database.
    void close();

Q_SIGNALS:
    void loaded(const QList<Haul::QueueItem> &items, int maxId);
    void problem(const QString &message);
    void committed();

private:
    enum class OpenResult { Ok, Damaged, TooNew, CannotWrite };

    OpenResult openDatabase(const QString &path, QString *detail);
    OpenResult checkDatabase(int *version, QString *detail);
    void closeDatabase();
    bool loadItems(QList<QueueItem> *items, int *maxId, QString *detail);
    QString moveAside(const QString &path) const;

    // Runs body in one transaction and emits committed() when it commits.
    template <typename Body>
    bool inTransaction(const char *what, Body body);
    bool writeItems(const QList<QueueItem> &items);

    const QString m_connectionName; // unique per instance: several stores in one process
    QSqlDatabase m_db;
    QString m_path;
    bool m_usable = false;          // false: no database, writes are dropped
    bool m_warnedUnusable = false;
    qint64 m_nextPosition = 0;      // new rows go last; gaps are harmless
    QHash<int, QueueItem> m_pending;
    QList<int> m_pendingOrder;      // first-save order, so new rows keep it
    QTimer *m_batchTimer;
};

} // namespace Haul
