// SPDX-License-Identifier: MIT
#include "queuestore.h"

#include "queuestoreworker.h"

#include <QThread>

namespace Haul {

QueueStore::QueueStore(QObject *parent)
    : QObject(parent), m_thread(new QThread(this)), m_worker(new QueueStoreWorker)
{
    qRegisterMetaType<Haul::QueueItem>();
    qRegisterMetaType<QList<Haul::QueueItem>>();
    m_thread->setObjectName(QStringLiteral("haul-queuestore"));
    m_worker->moveToThread(m_thread);
    // The worker (and its timer) are destroyed on their own thread, as it ends.
    connect(m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    // Queued: emitted on the worker thread, delivered on this object's.
    connect(m_worker, &QueueStoreWorker::loaded, this, &QueueStore::loaded);
    connect(m_worker, &QueueStoreWorker::problem, this, &QueueStore::problem);
    connect(m_worker, &QueueStoreWorker::committed, this, &QueueStore::committed);
    m_thread->start();
}

QueueStore::~QueueStore()
{
    QueueStoreWorker *worker = m_worker;
    QMetaObject::invokeMethod(m_worker, [worker] { worker->close(); }, Qt::BlockingQueuedConnection);
    m_thread->quit();
    m_thread->wait();
    m_worker = nullptr; // deleted by the thread's finished()
}

void QueueStore::open(const QString &path)
{
    m_path = path;
    QueueStoreWorker *worker = m_worker;
    QMetaObject::invokeMethod(m_worker, [worker, path] { worker->open(path); }, Qt::QueuedConnection);
}

void QueueStore::setBatchIntervalMs(int ms)
{
    QueueStoreWorker *worker = m_worker;
    QMetaObject::invokeMethod(m_worker, [worker, ms] { worker->setBatchIntervalMs(ms); }, Qt::QueuedConnection);
}

void QueueStore::addItems(const QList<Haul::QueueItem> &items)
{
    QueueStoreWorker *worker = m_worker;
    QMetaObject::invokeMethod(m_worker, [worker, items] { worker->addItems(items); }, Qt::QueuedConnection);
}

void QueueStore::saveItem(const Haul::QueueItem &item)
{
    QueueStoreWorker *worker = m_worker;
    QMetaObject::invokeMethod(m_worker, [worker, item] { worker->saveItem(item); }, Qt::QueuedConnection);
}

void QueueStore::removeItems(const QList<int> &ids)
{
    QueueStoreWorker *worker = m_worker;
    QMetaObject::invokeMethod(m_worker, [worker, ids] { worker->removeItems(ids); }, Qt::QueuedConnection);
}

void QueueStore::saveOrder(const QList<int> &ids)
{
    QueueStoreWorker *worker = m_worker;
    QMetaObject::invokeMethod(m_worker, [worker, ids] { worker->saveOrder(ids); }, Qt::QueuedConnection);
}

void QueueStore::flush()
{
    // Calls are queued in order, so once this one has run, everything before it has too.
    QueueStoreWorker *worker = m_worker;
    QMetaObject::invokeMethod(m_worker, [worker] { worker->commitPending(); }, Qt::BlockingQueuedConnection);
}

} // namespace Haul
