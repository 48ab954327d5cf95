// SPDX-License-Identifier: MIT
#include "downloadqueue.h"

#include "controlfile.h"
#include "itemevents.h"
#include "queuestore.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <algorithm>
#include <optional>

Q_LOGGING_CATEGORY(lcQueue, "haul.queue", QtWarningMsg)

namespace Haul {

namespace {

// Progress is saved at most this often per item; state changes at once.
constexpr qint64 ProgressSaveIntervalMs = 1000;

} // namespace

struct DownloadQueue::Entry
{
    QueueItem item;
    Download *download = nullptr;           // while running or waiting to retry
    std::optional<DownloadOptions> options; // its own, instead of the queue's base
    std::optional<DownloadOptions::ExistingFile> existingOverride;
    int slot = -1;
    int attemptsBefore = 0;                 // item.attempts when this Download started
    qint64 lastSaveMs = 0;
    bool pausing = false;
    bool removing = false;
    bool deletePartial = false;
};

DownloadQueue::DownloadQueue(QObject *parent) : QObject(parent), m_managers(this) { }

DownloadQueue::~DownloadQueue()
{
    // Downloads go before the managers they borrow.
    for (const auto &e : m_entries) {
        if (e->download) {
            disconnect(e->download, nullptr, this, nullptr);
            delete e->download;
        }
    }
}

void DownloadQueue::setMaxActive(int count)
{
    m_maxActive = qMax(1, count);
    schedule();
}

const QueueItem &DownloadQueue::at(int index) const
{
    return m_entries.at(size_t(index))->item;
}

const QueueItem *DownloadQueue::item(int id) const
{
    const Entry *e = entry(id);
    return e ? &e->item : nullptr;
}

int DownloadQueue::indexOf(int id) const
{
    for (int i = 0; i < count(); ++i) {
        if (m_entries.at(size_t(i))->item.id == id)
            return i;
    }
    return -1;
}

Download *DownloadQueue::download(int id) const
{
    const Entry *e = entry(id);
    return e ? e->download : nullptr;
}

int DownloadQueue::activeCount() const
{
    return m_live;
}

bool DownloadQueue::isFinished() const
{
    if (m_live > 0)
        return false;
    if (m_cancelling)
        return true;
    return std::none_of(m_entries.cbegin(), m_entries.cend(),
                        [](const auto &e) { return e->item.state == QueueItem::State::Queued; });
}

int DownloadQueue::add(const QUrl &url, const QString &dest, const DownloadOptions &options)
{
    auto e = std::make_unique<Entry>();
    e->item.id = ++m_maxId;
    e->item.url = url;
    e->item.addedAt = QDateTime::currentDateTimeUtc();
    e->item.expectedSha256 = options.expectedSha256.toLower();
    if (options.nameFromResponse) {
        e->item.folder = dest;
    } else {
        const QFileInfo info(dest);
        e->item.folder = info.path();
        e->item.fileName = info.fileName();
    }
    e->options = options;
    const QueueItem item = e->item;
    std::vector<std::unique_ptr<Entry>> entries;
    entries.push_back(std::move(e));
    insertEntries(std::move(entries));
    if (m_store)
        m_store->addItems({item});
    schedule();
    return item.id;
}

QList<int> DownloadQueue::add(QList<QueueItem> items)
{
    QList<int> ids;
    std::vector<std::unique_ptr<Entry>> entries;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (QueueItem &item : items) {
        item.id = ++m_maxId;
        if (!item.addedAt.isValid())
            item.addedAt = now;
        if (item.state != QueueItem::State::Paused)
            item.state = QueueItem::State::Queued;
        item.expectedSha256 = item.expectedSha256.toLower();
        ids << item.id;
        auto e = std::make_unique<Entry>();
        e->item = item;
        entries.push_back(std::move(e));
    }
    if (entries.empty())
        return ids;
    insertEntries(std::move(entries));
    if (m_store)
        m_store->addItems(items);
    schedule();
    return ids;
}

void DownloadQueue::restore(const QList<QueueItem> &items, int maxId)
{
    std::vector<std::unique_ptr<Entry>> entries;
    m_maxId = qMax(m_maxId, maxId);
    for (const QueueItem &saved : items) {
        if (m_byId.contains(saved.id) || saved.id <= 0) {
            qCWarning(lcQueue) << "skipping a restored item with a duplicate or invalid id" << saved.id;
            continue;
        }
        auto e = std::make_unique<Entry>();
        e->item = saved;
        e->item.bytesPerSecond = 0;
        if (e->item.isActive()) {
            // It was running when Haul stopped: its checkpoint says where to resume.
            e->item.state = QueueItem::State::Queued;
            e->item.nextRetryAt = QDateTime();
        }
        m_maxId = qMax(m_maxId, saved.id);
        entries.push_back(std::move(e));
    }
    if (!entries.empty())
        insertEntries(std::move(entries));
    schedule();
}

void DownloadQueue::insertEntries(std::vector<std::unique_ptr<Entry>> entries)
{
    const int first = count();
    const int n = int(entries.size());
    for (auto &e : entries) {
        m_byId.insert(e->item.id, e.get());
        m_entries.push_back(std::move(e));
    }
    emit itemsInserted(first, n);
}

void DownloadQueue::start()
{
    m_running = true;
    m_cancelling = false;
    schedule();
    checkIdle();
}

void DownloadQueue::schedule()
{
    m_scheduleQueued = false;
    if (!m_running || m_cancelling)
        return;
    for (int i = 0; i < count() && m_live < m_maxActive; ++i) {
        Entry &e = *m_entries.at(size_t(i));
        if (e.item.state == QueueItem::State::Queued && !e.download)
            startEntry(e);
    }
}

void DownloadQueue::startEntry(Entry &e)
{
    DownloadOptions o = e.options ? *e.options : m_base;
    if (!e.item.expectedSha256.isEmpty())
        o.expectedSha256 = e.item.expectedSha256;
    if (e.item.rateLimit > 0)
        o.rateLimit = e.item.rateLimit;
    if (e.item.connections > 0)
        o.connections = e.item.connections;
    QString dest;
    if (e.item.fileName.isEmpty()) {
        o.nameFromResponse = true;
        dest = e.item.folder;
        if (e.existingOverride)
            o.existingFile = *e.existingOverride;
    } else {
        o.nameFromResponse = false;
        dest = e.item.dest();
    }
    e.download = new Download(m_managers.acquire(&e.slot), e.item.url, dest, o);
    ++m_live;
    e.attemptsBefore = e.item.attempts;
    e.item.error.clear();
    e.item.errorKind = 0;
    connectDownload(e);
    const int id = e.item.id;
    emit started(id);
    if (Entry *still = entry(id); still && still->download)
        still->download->start();
}

void DownloadQueue::connectDownload(Entry &started)
{
    Download *d = started.download;
    const int id = started.item.id;
    // Handlers look the entry up by id: another handler may have removed it.
    connect(d, &Download::stateChanged, this, [this, id](Download::State s) {
        if (Entry *e = entry(id))
            onStateChanged(*e, s);
    });
    connect(d, &Download::responseReceived, this, [this, id](int status, const HttpHeaders &headers) {
        Entry *e = entry(id);
        if (!e)
            return;
        ItemEvents::responseReceived(e->item, status, headers);
        changed(*e, false);
    });
    connect(d, &Download::connectionsChanged, this, [this, id](int connections, SplitRefusal why) {
        Entry *e = entry(id);
        if (!e)
            return;
        ItemEvents::connectionsChanged(e->item, connections, int(why));
        changed(*e, false);
        emit connectionsChanged(id, connections, why);
    });
    connect(d, &Download::destinationResolved, this, [this, id](const QString &dest) {
        Entry *e = entry(id);
        if (!e)
            return;
        ItemEvents::destinationResolved(e->item, dest);
        changed(*e);
        emit destinationResolved(id, dest);
    });
    connect(d, &Download::progressChanged, this, [this, id](const Progress &p) {
        if (Entry *e = entry(id))
            onProgress(*e, p);
    });
    connect(d, &Download::attemptFailed, this, [this, id](const Failure &f, int attempt, double retryIn) {
        if (Entry *e = entry(id))
            onAttemptFailed(*e, f, attempt, retryIn);
    });
    connect(d, &Download::finished, this, [this, id](const Result &r) {
        if (Entry *e = entry(id))
            onFinished(*e, r);
    });
    connect(d, &Download::failed, this, [this, id](const Failure &f) {
        if (Entry *e = entry(id))
            onFailed(*e, f);
    });
}

void DownloadQueue::onStateChanged(Entry &e, Download::State state)
{
    switch (state) {
    case Download::State::Connecting:
        ItemEvents::attemptStarted(e.item, attempts(e));
        changed(e);
        break;
    case Download::State::Downloading:
        setState(e, QueueItem::State::Downloading);
        break;
    case Download::State::WaitingToRetry:
        setState(e, QueueItem::State::WaitingToRetry);
        break;
    case Download::State::Idle:
    case Download::State::Complete:
    case Download::State::Failed:
        break; // finished() and failed() say more
    }
}

void DownloadQueue::onProgress(Entry &e, const Progress &p)
{
    ItemEvents::progressed(e.item, p);
    const int id = e.item.id;
    emit progressChanged(id, p);
    if (Entry *still = entry(id)) {
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        const bool save = now - still->lastSaveMs >= ProgressSaveIntervalMs;
        changed(*still, save);
    }
}

void DownloadQueue::onAttemptFailed(Entry &e, const Failure &f, int attempt, double retryIn)
{
    ItemEvents::attemptFailed(e.item, f, e.attemptsBefore + attempt, retryIn);
    const int id = e.item.id;
    changed(e);
    emit attemptFailed(id, f, attempt, retryIn);
}

void DownloadQueue::onFinished(Entry &e, const Result &r)
{
    const int id = e.item.id;
    ItemEvents::completed(e.item, r, attempts(e));
    releaseDownload(e);
    changed(e);
    emit finished(id, r);
    QMetaObject::invokeMethod(this, &DownloadQueue::schedule, Qt::QueuedConnection);
    checkIdle();
}

void DownloadQueue::onFailed(Entry &e, const Failure &f)
{
    const int id = e.item.id;
    const int total = attempts(e);
    releaseDownload(e);
    if (e.removing) {
        finishRemoval(id);
    } else if (f.kind == ErrorKind::Cancelled) {
        // Quitting keeps the state it had, so it resumes when restored.
        ItemEvents::stopped(e.item, total, e.pausing || !m_cancelling ? QueueItem::State::Paused : e.item.state);
        e.pausing = false;
        changed(e);
    } else {
        ItemEvents::failed(e.item, f, total);
        changed(e);
    }
    emit failed(id, f);
    QMetaObject::invokeMethod(this, &DownloadQueue::schedule, Qt::QueuedConnection);
    checkIdle();
}

int DownloadQueue::attempts(const Entry &e) const
{
    return e.attemptsBefore + (e.download ? e.download->attempts() : 0);
}

void DownloadQueue::releaseDownload(Entry &e)
{
    if (!e.download)
        return;
    disconnect(e.download, nullptr, this, nullptr);
    // Not now: we may be inside one of its signals.
    e.download->deleteLater();
    e.download = nullptr;
    m_managers.release(e.slot);
    e.slot = -1;
    --m_live;
    e.item.bytesPerSecond = 0;
    e.item.activeConnections = 0;
}

void DownloadQueue::finishRemoval(int id)
{
    const int index = indexOf(id);
    if (index < 0)
        return;
    Entry &e = *m_entries.at(size_t(index));
    if (e.deletePartial && e.item.state != QueueItem::State::Complete && !e.item.fileName.isEmpty()) {
        const QString dest = e.item.dest();
        for (const QString &path : {partPath(dest), controlPath(dest), controlPath(dest) + QStringLiteral(".tmp")}) {
            if (QFile::exists(path) && !QFile::remove(path))
                qCWarning(lcQueue) << "could not delete" << path;
        }
    }
    m_byId.remove(id);
    m_entries.erase(m_entries.begin() + index);
    if (m_store)
        m_store->removeItems({id});
    emit itemRemoved(id);
}

void DownloadQueue::setState(Entry &e, QueueItem::State state)
{
    if (e.item.state == state)
        return;
    e.item.state = state;
    changed(e);
}

void DownloadQueue::changed(Entry &e, bool save)
{
    if (save && m_store) {
        m_store->saveItem(e.item);
        e.lastSaveMs = QDateTime::currentMSecsSinceEpoch();
    }
    emit itemChanged(e.item.id);
}

void DownloadQueue::saveOrder()
{
    if (!m_store)
        return;
    QList<int> ids;
    ids.reserve(qsizetype(m_entries.size()));
    for (const auto &e : std::as_const(m_entries))
        ids << e->item.id;
    m_store->saveOrder(ids);
}

void DownloadQueue::checkIdle()
{
    if (m_cancelling && m_live == 0)
        emit stopped();
    if (isFinished())
        emit allFinished();
}

void DownloadQueue::pause(int id)
{
    Entry *e = entry(id);
    if (!e)
        return;
    if (e->download) {
        e->pausing = true;
        e->download->cancel(); // failed(Cancelled) follows, now or once the checkpoint is saved
    } else if (e->item.state == QueueItem::State::Queued) {
        setState(*e, QueueItem::State::Paused);
        checkIdle();
    }
}

void DownloadQueue::resume(int id)
{
    Entry *e = entry(id);
    if (!e || e->download)
        return;
    if (e->item.state != QueueItem::State::Paused && e->item.state != QueueItem::State::Failed)
        return;
    e->item.state = QueueItem::State::Queued;
    e->item.error.clear();
    e->item.errorKind = 0;
    changed(*e);
    schedule();
}

void DownloadQueue::retryNow(int id)
{
    Entry *e = entry(id);
    if (!e)
        return;
    if (e->download && e->item.state == QueueItem::State::WaitingToRetry)
        e->download->retryNow();
    else
        resume(id);
}

void DownloadQueue::remove(int id, bool deletePartial)
{
    Entry *e = entry(id);
    if (!e || e->removing)
        return;
    e->deletePartial = deletePartial;
    if (e->download) {
        e->removing = true;
        e->download->cancel();
        return;
    }
    finishRemoval(id);
    checkIdle();
}

void DownloadQueue::move(int id, int toIndex)
{
    const int from = indexOf(id);
    if (from < 0)
        return;
    toIndex = qBound(0, toIndex, count() - 1);
    if (from == toIndex)
        return;
    if (from < toIndex)
        std::rotate(m_entries.begin() + from, m_entries.begin() + from + 1, m_entries.begin() + toIndex + 1);
    else
        std::rotate(m_entries.begin() + toIndex, m_entries.begin() + from, m_entries.begin() + from + 1);
    saveOrder();
    emit itemMoved(id, toIndex);
    schedule();
}

void DownloadQueue::moveUp(int id)
{
    const int from = indexOf(id);
    if (from > 0)
        move(id, from - 1);
}

void DownloadQueue::moveDown(int id)
{
    const int from = indexOf(id);
    if (from >= 0 && from + 1 < count())
        move(id, from + 1);
}

void DownloadQueue::pauseAll()
{
    QList<int> ids;
    for (const auto &e : std::as_const(m_entries))
        ids << e->item.id;
    for (int id : std::as_const(ids))
        pause(id);
}

void DownloadQueue::resumeAll()
{
    for (const auto &e : std::as_const(m_entries)) {
        if (e->item.state == QueueItem::State::Paused) {
            e->item.state = QueueItem::State::Queued;
            changed(*e);
        }
    }
    schedule();
}

void DownloadQueue::setRateLimit(int id, qint64 bytesPerSecond)
{
    Entry *e = entry(id);
    if (!e || e->item.rateLimit == qMax<qint64>(0, bytesPerSecond))
        return;
    e->item.rateLimit = qMax<qint64>(0, bytesPerSecond);
    if (e->download)
        e->download->setRateLimit(e->item.rateLimit > 0 ? e->item.rateLimit : (e->options ? *e->options : m_base).rateLimit);
    changed(*e);
}

void DownloadQueue::setConnections(int id, int connections)
{
    Entry *e = entry(id);
    const int n = qBound(0, connections, 16); // DownloadOptions::connections' range; 0: the default
    if (!e || e->item.connections == n)
        return;
    // Not passed to a running Download: its pieces are planned for the connections it
    // started with. The change waits for its next start (after a pause, a failure or a
    // restart of Haul).
    e->item.connections = n;
    changed(*e);
}

void DownloadQueue::resolveExisting(int id, bool overwrite)
{
    Entry *e = entry(id);
    if (!e)
        return;
    e->existingOverride = overwrite ? DownloadOptions::ExistingFile::Overwrite : DownloadOptions::ExistingFile::Rename;
    resume(id);
}

void DownloadQueue::cancelAll()
{
    m_cancelling = true;
    QList<int> ids;
    for (const auto &e : std::as_const(m_entries))
        ids << e->item.id;
    for (int id : std::as_const(ids)) {
        Entry *e = entry(id);
        if (!e)
            continue;
        if (e->download)
            e->download->cancel();
        else if (e->item.state == QueueItem::State::Queued)
            emit failed(id, Failure::make(ErrorKind::Cancelled, QCoreApplication::translate("DownloadQueue", "cancelled")));
    }
    checkIdle();
}

} // namespace Haul
