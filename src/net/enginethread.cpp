// SPDX-License-Identifier: MIT
#include "enginethread.h"

#include <QCoreApplication>
#include <QList>
#include <QMutex>
#include <QThread>

namespace Haul {

namespace {

class Pool
{
public:
    ~Pool() { stop(); }

    QObject *context()
    {
        QMutexLocker lock(&m_mutex);
        if (m_threads.isEmpty()) {
            // Not one per core: a thread spends most of a small file waiting in fdatasync,
            // so as many as files that usually run at once (1000 × 100 KiB, 8 at once, on
            // 2 cores: 2 threads 1.05-1.28 s, 8 threads 0.67-0.84 s). Idle ones cost nothing.
            constexpr int count = 8;
            for (int i = 0; i < count; ++i) {
                auto *thread = new QThread;
                thread->setObjectName(QStringLiteral("haul-engine-%1").arg(i));
                auto *context = new QObject;
                context->moveToThread(thread);
                thread->start();
                m_threads.append(thread);
                m_contexts.append(context);
            }
            if (auto *app = QCoreApplication::instance())
                QObject::connect(app, &QCoreApplication::aboutToQuit, app, [this] { stop(); }, Qt::DirectConnection);
        }
        return m_contexts.at(m_next++ % m_contexts.size());
    }

    void drain(QObject *context)
    {
        QMutexLocker lock(&m_mutex);
        const qsizetype i = m_contexts.indexOf(context);
        if (i < 0)
            return;
        QThread *thread = m_threads.at(i);
        if (thread->isRunning() && QThread::currentThread() != thread)
            QMetaObject::invokeMethod(context, [] { }, Qt::BlockingQueuedConnection);
    }

    void stop()
    {
        const QList<QObject *> contexts = [this] {
            QMutexLocker lock(&m_mutex);
            return m_contexts;
        }();
        for (QObject *context : contexts)
            drain(context); // queued checkpoints are written before the loops end
        QMutexLocker lock(&m_mutex);
        for (QThread *thread : std::as_const(m_threads)) {
            thread->quit();
            thread->wait();
        }
        qDeleteAll(m_contexts); // their threads have finished
        qDeleteAll(m_threads);
        m_contexts.clear();
        m_threads.clear();
    }

private:
    QMutex m_mutex;
    QList<QThread *> m_threads;
    QList<QObject *> m_contexts;
    quint64 m_next = 0;
};

Q_GLOBAL_STATIC(Pool, pool)

} // namespace

QObject *EngineThread::context()
{
    return pool()->context();
}

void EngineThread::drain(QObject *context)
{
    if (!pool.isDestroyed())
        pool()->drain(context);
}

} // namespace Haul
