// SPDX-License-Identifier: MIT
#include "enginethread.h"

#include <QCoreApplication>
#include <QMutex>
#include <QThread>

namespace Haul {

namespace {

class Holder
{
public:
    ~Holder() { stop(); }

    QObject *context()
    {
        QMutexLocker lock(&m_mutex);
        if (!m_thread) {
            m_thread = new QThread;
            m_thread->setObjectName(QStringLiteral("haul-engine"));
            m_context = new QObject;
            m_context->moveToThread(m_thread);
            QObject::connect(m_thread, &QThread::finished, m_context, &QObject::deleteLater);
            m_thread->start();
            if (auto *app = QCoreApplication::instance())
                QObject::connect(app, &QCoreApplication::aboutToQuit, app, [this] { stop(); }, Qt::DirectConnection);
        }
        return m_context;
    }

    void drain()
    {
        QMutexLocker lock(&m_mutex);
        if (m_thread && m_thread->isRunning() && QThread::currentThread() != m_thread)
            QMetaObject::invokeMethod(m_context, [] { }, Qt::BlockingQueuedConnection);
    }

    void stop()
    {
        drain(); // queued checkpoints are written before the loop ends
        QMutexLocker lock(&m_mutex);
        if (!m_thread)
            return;
        m_thread->quit();
        m_thread->wait();
        delete m_thread;
        m_thread = nullptr;
        m_context = nullptr;
    }

private:
    QMutex m_mutex;
    QThread *m_thread = nullptr;
    QObject *m_context = nullptr;
};

Q_GLOBAL_STATIC(Holder, holder)

} // namespace

QObject *EngineThread::context()
{
    return holder()->context();
}

void EngineThread::drain()
{
    if (!holder.isDestroyed())
        holder()->drain();
}

} // namespace Haul
