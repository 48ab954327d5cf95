// SPDX-License-Identifier: MIT
#include "hashthread.h"

#include "filehasher.h"

namespace Haul {

HashThread::HashThread(FileHasher *hasher) : m_hasher(hasher), m_thread([this] { run(); }) { }

HashThread::~HashThread()
{
    {
        std::lock_guard lock(m_mutex);
        m_stop = true;
    }
    m_wake.notify_one();
    m_thread.join();
}

void HashThread::update(const QByteArray &chunk)
{
    {
        std::unique_lock lock(m_mutex);
        m_idle.wait(lock, [this] { return m_queuedBytes < MaxQueuedBytes; });
        m_queue.push_back(chunk);
        m_queuedBytes += chunk.size();
    }
    m_wake.notify_one();
}

void HashThread::wait()
{
    std::unique_lock lock(m_mutex);
    m_idle.wait(lock, [this] { return m_queue.empty() && !m_busy; });
}

void HashThread::run()
{
    std::unique_lock lock(m_mutex);
    for (;;) {
        m_wake.wait(lock, [this] { return m_stop || !m_queue.empty(); });
        if (m_queue.empty() && m_stop)
            return;
        const QByteArray chunk = std::move(m_queue.front());
        m_queue.pop_front();
        m_busy = true;
        lock.unlock();
        m_hasher->update(chunk.constData(), chunk.size());
        lock.lock();
        m_busy = false;
        m_queuedBytes -= chunk.size();
        m_idle.notify_all();
    }
}

} // namespace Haul
