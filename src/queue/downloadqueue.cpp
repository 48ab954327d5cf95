// SPDX-License-Identifier: MIT
#include "downloadqueue.h"

#include <QNetworkAccessManager>

namespace Haul {

struct DownloadQueue::Item
{
    std::unique_ptr<Download> download;
    int slot = -1;
    bool done = false;
};

DownloadQueue::DownloadQueue(QObject *parent) : QObject(parent) { }

DownloadQueue::~DownloadQueue()
{
    m_items.clear(); // downloads go before the managers they borrow
}

void DownloadQueue::setMaxActive(int count)
{
    m_maxActive = qMax(1, count);
    schedule();
}

int DownloadQueue::add(const QUrl &url, const QString &dest, const DownloadOptions &options)
{
    const int id = int(m_items.size());
    auto item = std::make_shared<Item>();
    // The manager is assigned when the item starts; until then the download has none.
    item->download = std::make_unique<Download>(nullptr, url, dest, options);
    Download *d = item->download.get();
    connect(d, &Download::progressChanged, this, [this, id](const Progress &p) { emit progressChanged(id, p); });
    connect(d, &Download::attemptFailed, this,
            [this, id](const Failure &f, int attempt, double retryIn) { emit attemptFailed(id, f, attempt, retryIn); });
    connect(d, &Download::finished, this, [this, id](const Result &r) {
        onItemDone(id);
        emit finished(id, r);
        if (isFinished())
            emit allFinished();
    });
    connect(d, &Download::failed, this, [this, id](const Failure &f) {
        onItemDone(id);
        emit failed(id, f);
        if (isFinished())
            emit allFinished();
    });
    m_items.append(item);
    schedule();
    return id;
}

Download *DownloadQueue::download(int id) const
{
    return id >= 0 && id < m_items.size() ? m_items.at(id)->download.get() : nullptr;
}

int DownloadQueue::activeCount() const
{
    return int(std::count(m_slotBusy.cbegin(), m_slotBusy.cend(), true));
}

void DownloadQueue::start()
{
    m_running = true;
    schedule();
    if (m_items.isEmpty())
        emit allFinished();
}

QNetworkAccessManager *DownloadQueue::freeManager(int *slot)
{
    for (int i = 0; i < m_slotBusy.size(); ++i) {
        if (!m_slotBusy.at(i)) {
            *slot = i;
            return m_managers.at(i);
        }
    }
    auto *manager = new QNetworkAccessManager(this);
    if (m_setup)
        m_setup(manager);
    m_managers.append(manager);
    m_slotBusy.append(false);
    *slot = int(m_managers.size() - 1);
    return manager;
}

void DownloadQueue::schedule()
{
    if (!m_running || m_cancelling)
        return;
    while (m_next < m_items.size() && activeCount() < m_maxActive) {
        const int id = m_next++;
        Item &item = *m_items.at(id);
        QNetworkAccessManager *manager = freeManager(&item.slot);
        m_slotBusy[item.slot] = true;
        item.download->setManager(manager);
        emit started(id);
        item.download->start();
    }
}

void DownloadQueue::onItemDone(int id)
{
    Item &item = *m_items.at(id);
    if (item.done)
        return;
    item.done = true;
    ++m_done;
    if (item.slot >= 0)
        m_slotBusy[item.slot] = false;
    // Not from inside the download's own signal: its attempt is still unwinding.
    QMetaObject::invokeMethod(this, &DownloadQueue::schedule, Qt::QueuedConnection);
}

void DownloadQueue::cancelAll()
{
    m_cancelling = true;
    // Copies: a cancel may finish an item synchronously.
    const auto items = m_items;
    for (const auto &item : items) {
        if (!item->done)
            item->download->cancel();
    }
}

} // namespace Haul
