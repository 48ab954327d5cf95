// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QString>
#include <functional>
#include <future>

namespace Haul {

// Writes one download's control file (spec §5.4): atomically through the .tmp
// file, always after the data it claims was synced. A periodic checkpoint can
// run on a helper thread — sync, then write — while the body keeps streaming;
// at most one is under way at a time.
class Checkpointer
{
public:
    using Trace = std::function<void(const char *event)>;

    Checkpointer(const QString &dest, Trace trace) : m_dest(dest), m_trace(std::move(trace)) { }
    ~Checkpointer() { finish(nullptr); }
    Checkpointer(const Checkpointer &) = delete;
    Checkpointer &operator=(const Checkpointer &) = delete;

    // Now, on this thread; the caller has synced the data (§5.4 step 1).
    bool write(const QByteArray &bytes, QString *error);
    // Syncs the part file's handle, then writes `bytes`, on a helper thread.
    void writeInBackground(int partHandle, const QByteArray &bytes);

    // Whether this object ever wrote (or began to write) a control file.
    bool hasWritten() const { return m_written; }
    bool isRunning() const { return m_job.valid(); }
    bool isDone() const;
    // Waits for the background checkpoint; false (with *error) if it failed.
    bool finish(QString *error);

private:
    void trace(const char *event) const;

    QString m_dest;
    Trace m_trace;
    std::future<QString> m_job; // error text, empty on success
    bool m_written = false;
};

} // namespace Haul
