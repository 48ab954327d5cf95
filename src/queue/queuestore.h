// SPDX-License-Identifier: MIT
#pragma once

#include "queueitem.h"

#include <QList>
#include <QObject>
#include <QString>
#include <memory>

class QThread;

namespace Haul {

class QueueStoreWorker;

// The queue's list in SQLite (Qt Sql, WAL), written on a worker thread in batched
// transactions: the GUI thread never waits for the disk. The database is the truth
// about the list; the control files beside each download are the truth about bytes.
//
// Structural changes (add, remove, order) are committed at once; item updates
// (progress, state) are coalesced per id and committed together every
// batchIntervalMs. A corrupt, unreadable or too-new database is moved aside
// (renamed to "<file>.corrupt-<UTC timestamp>", with its -wal and -shm) and a fresh
// one started; problem() says so in words and nothing crashes.
class QueueStore : public QObject
{
    Q_OBJECT

public:
    static constexpr int SchemaVersion = 4;

    explicit QueueStore(QObject *parent = nullptr);
    // Commits whatever is pending, then stops the worker.
    ~QueueStore() override;

    // Opens (creating folders and the file as needed) and loads on the worker;
    // loaded() follows, always exactly once per open(), also after a problem.
    void open(const QString &path);
    QString path() const { return m_path; }

    void setBatchIntervalMs(int ms);

    // Inserts or replaces the item (by id). saveItem is coalesced; addItems commits now.
    void addItems(const QList<Haul::QueueItem> &items);
    void saveItem(const Haul::QueueItem &item);
    void removeItems(const QList<int> &ids);
    // The queue's order: ids first to last (positions are stored per row).
    void saveOrder(const QList<int> &ids);

    // Blocks until everything sent so far is committed (tests, shutdown).
    void flush();

Q_SIGNALS:
    // Items in their saved order. maxId: the largest id ever used (new ids go above it).
    void loaded(const QList<Haul::QueueItem> &items, int maxId);
    // Something the user should know, in words (e.g. "The queue database was damaged…").
    void problem(const QString &message);
    // A batch was committed (tests and benchmarks wait for it).
    void committed();

private:
    QString m_path;
    QThread *m_thread;
    QueueStoreWorker *m_worker;
};

} // namespace Haul
