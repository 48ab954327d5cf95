// SPDX-License-Identifier: MIT
#pragma once

#include "download.h"
#include "managerpool.h"
#include "queueitem.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QUrl>
#include <functional>
#include <memory>
#include <vector>

class QNetworkAccessManager;

namespace Haul {

class QueueStore;

// The list of downloads and the policy over it: start order, a limit on how many
// run at once (like a semaphore), pause/resume/remove, moving, retrying now.
// Retries themselves follow each item's RetryPolicy inside its Download; an item
// waiting to retry keeps its slot. What each download event means for its item
// is ItemEvents'; the network managers come from a ManagerPool.
//
// Every change is reported by id (itemChanged, ...) and, with a store, saved.
class DownloadQueue : public QObject
{
    Q_OBJECT

public:
    explicit DownloadQueue(QObject *parent = nullptr);
    ~DownloadQueue() override;

    void setMaxActive(int count);
    int maxActive() const { return m_maxActive; }
    // Called for each new manager (proxy, TLS configuration, ...).
    void setManagerSetup(std::function<void(QNetworkAccessManager *)> setup) { m_managers.setSetup(std::move(setup)); }
    // What every item added without its own options starts with (headers, retries,
    // timeouts, limits, what to do with an existing file); the item's expected
    // SHA-256 goes on top.
    void setBaseOptions(const DownloadOptions &options) { m_base = options; }
    const DownloadOptions &baseOptions() const { return m_base; }
    // Not owned. Every later change is saved there.
    void setStore(QueueStore *store) { m_store = store; }

    // A download with its own options: dest is the file, or with
    // options.nameFromResponse the folder. Returns the item's id.
    int add(const QUrl &url, const QString &dest, const DownloadOptions &options);
    // Items into item.folder, named by the server unless item.fileName is set, each
    // Queued or Paused as given. Ids are assigned; returns them.
    QList<int> add(QList<QueueItem> items);
    // Items from the store, in order. Those that were running are queued again and
    // resume from their checkpoints once the queue starts. maxId: ids go above it.
    void restore(const QList<QueueItem> &items, int maxId);

    int count() const { return int(m_entries.size()); }
    const QueueItem &at(int index) const;
    const QueueItem *item(int id) const;
    int indexOf(int id) const;
    // The running download of an item, or nullptr.
    Download *download(int id) const;
    int activeCount() const;
    // Nothing is queued or running (after cancelAll: nothing is running).
    bool isFinished() const;
    bool isRunning() const { return m_running; }

public Q_SLOTS:
    // The queue starts stopped: nothing is sent before this.
    void start();
    void pause(int id);
    // A paused or failed item goes back into the queue.
    void resume(int id);
    // Waiting to retry: now. Failed or paused: back into the queue.
    void retryNow(int id);
    // Stops the item if it runs (saving its checkpoint) and forgets it. With
    // deletePartial its .part and control files go too; a complete file never does.
    void remove(int id, bool deletePartial = false);
    void move(int id, int toIndex);
    void moveUp(int id);
    void moveDown(int id);
    void pauseAll();
    void resumeAll();
    // The item's own speed limit in bytes per second (0: none); a running download feels it at once.
    void setRateLimit(int id, qint64 bytesPerSecond);
    // The item's own connections for its file, 1-16; 0: the queue's default. Applies
    // from the item's next start: a running download keeps the connections it has.
    void setConnections(int id, int connections);
    // After "a file with that name exists": replace it, or keep both (a numbered name).
    void resolveExisting(int id, bool overwrite);
    // Stops everything (quitting): running downloads save their checkpoints and
    // keep their state, so they resume when restored. Queued items report
    // failed(Cancelled) and stay queued. stopped() follows.
    void cancelAll();

Q_SIGNALS:
    void itemsInserted(int first, int count); // already in the list at first..first+count-1
    void itemRemoved(int id);                 // already gone
    void itemMoved(int id, int toIndex);      // already moved
    void itemChanged(int id);                 // state, progress, names, digests ...

    void started(int id);
    void destinationResolved(int id, const QString &dest);
    // How many connections carry the file, and why not more (SplitRefusal::None: no reason).
    void connectionsChanged(int id, int connections, Haul::SplitRefusal why);
    void progressChanged(int id, const Haul::Progress &progress);
    void attemptFailed(int id, const Haul::Failure &failure, int attempt, double retryInSeconds);
    void finished(int id, const Haul::Result &result);
    void failed(int id, const Haul::Failure &failure);
    void allFinished();
    // After cancelAll(): no download runs any more; every checkpoint is saved.
    void stopped();

private:
    struct Entry;

    Entry *entry(int id) const { return m_byId.value(id); }
    void insertEntries(std::vector<std::unique_ptr<Entry>> entries);
    void schedule();
    void startEntry(Entry &e);
    void connectDownload(Entry &e);
    void onStateChanged(Entry &e, Download::State state);
    void onProgress(Entry &e, const Progress &p);
    void onAttemptFailed(Entry &e, const Failure &f, int attempt, double retryIn);
    void onFinished(Entry &e, const Result &r);
    void onFailed(Entry &e, const Failure &f);
    void releaseDownload(Entry &e);
    int attempts(const Entry &e) const; // over the item's life, the running attempt included
    void finishRemoval(int id);
    void setState(Entry &e, QueueItem::State state);
    void changed(Entry &e, bool save = true);
    void saveOrder();
    void checkIdle();

    std::vector<std::unique_ptr<Entry>> m_entries; // in start order
    QHash<int, Entry *> m_byId;
    ManagerPool m_managers;
    DownloadOptions m_base;
    QueueStore *m_store = nullptr;
    int m_maxActive = 3;
    int m_maxId = 0;
    int m_live = 0; // items with a Download object
    bool m_running = false;
    bool m_cancelling = false;
    bool m_scheduleQueued = false;
};

} // namespace Haul
