// SPDX-License-Identifier: MIT
#include "checkpointer.h"

#include "controlfile.h"
#include "partfile.h"

namespace Haul {

void Checkpointer::trace(const char *event) const
{
    if (m_trace)
        m_trace(event);
}

bool Checkpointer::write(const QByteArray &bytes, QString *error)
{
    m_written = true;
    trace("checkpoint");
    QString why;
    if (!PartFile::writeAtomically(controlTmpPath(m_dest), controlPath(m_dest), bytes, &why)) {
        if (error)
            *error = QStringLiteral("cannot save checkpoint: %1").arg(why);
        return false;
    }
    return true;
}

void Checkpointer::writeInBackground(int partHandle, const QByteArray &bytes)
{
    finish(nullptr);
    m_written = true;
    // The bytes describe what was written before this call; the sync flushes at least those.
    m_job = std::async(std::launch::async, [this, partHandle, bytes]() -> QString {
        trace("sync");
        if (!PartFile::syncHandle(partHandle))
            return QStringLiteral("cannot sync %1").arg(partPath(m_dest));
        QString error;
        return write(bytes, &error) ? QString() : error;
    });
}

bool Checkpointer::isDone() const
{
    return m_job.valid() && m_job.wait_for(std::chrono::seconds(0)) == std::future_status::ready;
}

bool Checkpointer::finish(QString *error)
{
    if (!m_job.valid())
        return true;
    const QString failure = m_job.get();
    if (failure.isEmpty())
        return true;
    if (error)
        *error = failure;
    return false;
}

} // namespace Haul
