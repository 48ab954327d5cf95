// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>

#include <condition_variable>
#include <deque>
#include <mutex>
#include <thread>

namespace Haul {

class FileHasher;

// Feeds a FileHasher on a thread of its own, so the whole-file SHA-256 runs
// beside the write and the per-block hashes instead of after them: on a fast
// link the engine thread is CPU-bound and the machine has more than one core.
// Chunks are hashed in the order given; wait() returns once all of them are.
// update() blocks while more than MaxQueuedBytes wait, so memory stays bounded
// when hashing is the slower side.
class HashThread
{
public:
    explicit HashThread(FileHasher *hasher);
    ~HashThread();
    HashThread(const HashThread &) = delete;
    HashThread &operator=(const HashThread &) = delete;

    static constexpr qsizetype MaxQueuedBytes = 4 * 1024 * 1024;

    void update(const QByteArray &chunk); // implicitly shared, not copied
    void wait();

private:
    void run();

    FileHasher *m_hasher;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    std::condition_variable m_idle;  // also: room in the queue
    std::deque<QByteArray> m_queue;
    qsizetype m_queuedBytes = 0;
    bool m_busy = false;
    bool m_stop = false;
    std::thread m_thread;
};

} // namespace Haul
