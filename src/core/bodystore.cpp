// SPDX-License-Identifier: MIT
#include "bodystore.h"

#include "controlfile.h"
#include "engineoptions.h"
#include "partfile.h"
#include "progress.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>

#include <algorithm>
#include <limits>

#include <openssl/evp.h>

Q_DECLARE_LOGGING_CATEGORY(lcCore)

namespace Haul {

namespace {

constexpr quint64 WritebackStep = 8 * 1024 * 1024;

} // namespace

BodyStore::BodyStore(const QString &dest, const QUrl &url, const EngineOptions &options, ControlFile &checkpoint,
                     Progress &progress, const QByteArray &lastModified)
    : m_dest(dest), m_url(url), m_options(options), m_checkpoint(checkpoint), m_progress(progress),
      m_lastModified(lastModified), m_part(std::make_unique<PartFile>()), m_checkpointer(dest, options.trace)
{
}

BodyStore::~BodyStore()
{
    finishBackgroundCheckpoint();
}

void BodyStore::trace(const char *event) const
{
    if (m_options.trace)
        m_options.trace(event);
}

bool BodyStore::fail(const QString &error)
{
    m_error = error;
    return false;
}

QByteArray BodyStore::sourceId() const
{
    const QByteArray url = m_url.toEncoded();
    unsigned char md[EVP_MAX_MD_SIZE];
    unsigned int len = 0;
    EVP_Digest(url.constData(), size_t(url.size()), md, &len, EVP_sha256(), nullptr);
    return QByteArray(reinterpret_cast<const char *>(md), int(len));
}

bool BodyStore::reset()
{
    m_segmented = false;
    m_sinceWriteback = 0;
    m_unsaved = 0;
    return close();
}

bool BodyStore::findSidecars()
{
    m_hadCheckpoint = QFile::exists(controlPath(m_dest));
    m_sidecarsFound = m_hadCheckpoint || QFileInfo::exists(controlTmpPath(m_dest));
    return m_hadCheckpoint;
}

void BodyStore::noteProgress()
{
    m_progress.validLength = m_checkpoint.cursor + m_checkpoint.completed.total();
    m_progress.highWater = qMax(m_progress.highWater, m_progress.validLength);
}

std::optional<Failure> BodyStore::open(std::optional<quint64> extent, quint64 position)
{
    const QString path = partPath(m_dest);
    if (m_options.checkFreeSpace && extent && *extent > 0) {
        // §13 G29: a lying length must not fill the disk; fail early with a clear message.
        const qint64 have = qMax<qint64>(PartFile::sizeOf(path), 0);
        const qint64 need = qint64(*extent) - have;
        QString folder = QFileInfo(path).absolutePath();
        while (!QFileInfo(folder).isDir() && QFileInfo(folder).absolutePath() != folder)
            folder = QFileInfo(folder).absolutePath();
        const qint64 free = need > 0 ? PartFile::freeSpace(folder) : -1;
        if (free >= 0 && free < need)
            return Failure::make(ErrorKind::Io, QStringLiteral("not enough disk space: %1 needs %2 bytes, %3 free")
                                                    .arg(QDir::toNativeSeparators(m_dest)).arg(need).arg(free));
    }
    if (!m_part->open(path))
        return Failure::make(ErrorKind::Destination, m_part->errorString());
    if (!m_part->tryLock())
        return Failure::make(ErrorKind::Destination, QStringLiteral("another download is already writing %1")
                                                         .arg(QDir::toNativeSeparators(m_dest)));
    if (extent && *extent > 0 && !m_part->resize(*extent))
        return Failure::make(ErrorKind::Io, writeError());
    if (!m_part->seek(position))
        return Failure::make(ErrorKind::Io, m_part->errorString());
    m_writebackFrom = position;
    m_sinceCheckpoint.start();
    return std::nullopt;
}

bool BodyStore::holdsCheckpoint()
{
    const QString part = partPath(m_dest);
    if (PartFile::sizeOf(part) < qint64(m_checkpoint.cursor))
        return false;
    const QList<QByteArray> stored = m_checkpoint.digests;
    if (!m_hashes.hashFile(part, m_checkpoint.cursor, m_checkpoint.blockSize))
        return false;
    const QList<QByteArray> &computed = m_hashes.digests();
    bool consistent = stored.size() <= computed.size();
    for (qsizetype i = 0; consistent && i < stored.size(); ++i)
        consistent = stored.at(i) == computed.at(i);
    return consistent;
}

bool BodyStore::write(QByteArrayView chunk, const QByteArray *shared)
{
    if (!m_part->writeAt(m_checkpoint.cursor, chunk))
        return fail(writeError());
    m_hashes.update(chunk, shared);
    const quint64 n = quint64(chunk.size());
    m_checkpoint.cursor += n;
    m_unsaved += n;
    m_progress.bytesRead += n;
    if (!m_checkpoint.completed.isEmpty()) {
        // Written over by this stream on one connection, or next to it on several.
        if (!m_segmented)
            m_checkpoint.completed.removeBelow(m_checkpoint.cursor);
        else if (!absorb(4 * n))
            return fail(m_part->errorString());
    }
    noteProgress();
    m_progress.blocks = int(m_hashes.digests().size());
    // A durable download is bound by the disk: keep it busy from the first
    // megabytes instead of leaving everything to the next sync.
    if (m_checkpoint.cursor >= m_writebackFrom + WritebackStep) {
        m_part->startWriteback(m_writebackFrom, m_checkpoint.cursor - m_writebackFrom);
        m_writebackFrom = m_checkpoint.cursor;
    }
    return true;
}

bool BodyStore::writeAt(quint64 offset, const QByteArray &chunk)
{
    if (!m_part->writeAt(offset, chunk))
        return fail(writeError());
    const quint64 n = quint64(chunk.size());
    m_checkpoint.completed.add(offset, offset + n);
    m_unsaved += n;
    m_progress.bytesRead += n;
    noteProgress();
    m_sinceWriteback += n;
    if (m_sinceWriteback >= WritebackStep) {
        m_part->startWriteback(0, 0); // the whole file: the pieces are all over it
        m_sinceWriteback = 0;
    }
    return true;
}

bool BodyStore::absorbAll()
{
    if (!absorb(std::numeric_limits<quint64>::max()))
        return fail(m_part->errorString());
    return true;
}

bool BodyStore::absorb(quint64 budget)
{
    constexpr qsizetype ReadStep = 1024 * 1024;
    m_checkpoint.completed.removeBelow(m_checkpoint.cursor);
    while (budget > 0 && !m_checkpoint.completed.isEmpty()) {
        const ByteSpan first = m_checkpoint.completed.spans().first();
        if (first.begin != m_checkpoint.cursor)
            break;
        const qsizetype n = qsizetype(std::min<quint64>({first.size(), budget, quint64(ReadStep)}));
        QByteArray bytes;
        if (!m_part->readAt(m_checkpoint.cursor, n, bytes))
            return false;
        m_hashes.update(bytes, &bytes);
        m_checkpoint.cursor += quint64(n);
        m_checkpoint.completed.removeBelow(m_checkpoint.cursor);
        budget -= quint64(n);
    }
    m_progress.blocks = int(m_hashes.digests().size());
    return true;
}

bool BodyStore::checkpointIfDue()
{
    if (m_checkpointer.isDone() && !finishBackgroundCheckpoint())
        return false;
    // Several connections: about one block each may be lost to a crash, no more.
    const quint64 dueBytes = m_segmented ? qMin(m_options.checkpointBytes,
                                                m_checkpoint.blockSize * quint64(qMax(1, m_options.connections)))
                                         : m_options.checkpointBytes;
    const bool dueByBytes = m_unsaved >= dueBytes;
    const bool dueByTime = m_options.checkpointIntervalMs > 0 && m_sinceCheckpoint.elapsed() >= m_options.checkpointIntervalMs;
    if (dueByBytes || dueByTime) {
        if (m_options.backgroundCheckpoints) {
            // One at a time: while the disk is still flushing, the next one waits.
            if (!m_checkpointer.isRunning()) {
                m_checkpointer.writeInBackground(m_part->handle(), prepareCheckpoint());
                m_hadCheckpoint = true;
                m_unsaved = 0;
                m_sinceCheckpoint.restart();
            }
        } else if (!syncAndCheckpoint()) {
            return false;
        }
    }
    return true;
}

bool BodyStore::sync()
{
    if (!finishBackgroundCheckpoint())
        return false;
    trace("sync");
    if (!m_part->sync())
        return fail(m_part->errorString());
    return true;
}

bool BodyStore::syncAndCheckpoint()
{
    return sync() && writeCheckpoint();
}

bool BodyStore::finishBackgroundCheckpoint()
{
    QString error;
    if (m_checkpointer.finish(&error))
        return true;
    qCWarning(lcCore) << error;
    return fail(error);
}

QByteArray BodyStore::prepareCheckpoint()
{
    m_checkpoint.tailHash = m_hashes.tailHash();
    m_checkpoint.digests = m_hashes.digests();
    // Nothing to carry at byte 0: a reset checkpoint stays as small as pyhaul's.
    m_checkpoint.sha256State = m_checkpoint.cursor > 0 ? m_hashes.fileState() : QByteArray();
    m_checkpoint.source = sourceId();
    m_checkpoint.lastModified = m_checkpoint.completed.isEmpty() || m_checkpoint.etag.usableForRange()
        ? QByteArray() : m_lastModified;
    return m_checkpoint.encode();
}

bool BodyStore::writeCheckpoint()
{
    if (!m_checkpointer.write(prepareCheckpoint(), &m_error)) {
        qCWarning(lcCore) << m_error;
        return false;
    }
    m_hadCheckpoint = true;
    m_unsaved = 0;
    m_sinceCheckpoint.restart();
    return true;
}

bool BodyStore::writeResetCheckpoint(const ETag &etag)
{
    finishBackgroundCheckpoint(); // one under way must not land after the reset
    // §2.9: start and block size survive a reset; everything else is emptied.
    ControlFile reset;
    reset.start = m_checkpoint.start;
    reset.blockSize = m_checkpoint.blockSize;
    reset.etag = etag;
    m_checkpoint = reset;
    m_hashes.restart(reset.blockSize);
    m_progress.validLength = 0;
    m_progress.blocks = 0;
    return writeCheckpoint();
}

void BodyStore::saveUnsaved()
{
    finishBackgroundCheckpoint();
    if (m_part->isOpen() && m_unsaved > 0)
        syncAndCheckpoint();
}

bool BodyStore::close()
{
    const bool finished = finishBackgroundCheckpoint(); // its fd must stay open until it is done
    if (m_part->isOpen())
        m_part->close();
    return finished;
}

bool BodyStore::trim(quint64 size)
{
    close();
    const QString part = partPath(m_dest);
    if (PartFile::sizeOf(part) > qint64(size)) {
        PartFile trim;
        if (!trim.open(part) || !trim.resize(size))
            return fail(trim.errorString());
    }
    return true;
}

void BodyStore::discard()
{
    QFile::remove(partPath(m_dest));
    QFile::remove(controlPath(m_dest));
}

bool BodyStore::publish()
{
    trace("rename");
    QString error;
    if (!PartFile::replace(partPath(m_dest), m_dest, &error))
        return fail(error);
    PartFile::syncFolderOf(m_dest);
    // An unlink of a name that is not there still locks the folder for writing,
    // which every other download finishing in it then waits for.
    if (m_sidecarsFound || m_checkpointer.hasWritten()) {
        trace("remove-ctrl");
        QFile::remove(controlPath(m_dest));
        QFile::remove(controlTmpPath(m_dest));
    }
    return true;
}

QString BodyStore::writeError() const
{
    return m_part->diskFull() ? QStringLiteral("disk full: %1").arg(m_part->errorString()) : m_part->errorString();
}

} // namespace Haul
