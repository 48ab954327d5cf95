// SPDX-License-Identifier: MIT
#include "downloadhasher.h"

#include "blockhasher.h"
#include "controlfile.h"
#include "filehasher.h"
#include "hashthread.h"

#include <QFile>

namespace Haul {

namespace {
constexpr qsizetype ReadChunk = 4 * 1024 * 1024;
// Below this a second thread costs more than it saves.
constexpr quint64 ThreadAfter = 8 * 1024 * 1024;
} // namespace

DownloadHasher::DownloadHasher()
    : m_blocks(std::make_unique<BlockHasher>(DefaultBlockSize)), m_file(std::make_unique<FileHasher>())
{
}

DownloadHasher::~DownloadHasher()
{
    m_thread.reset(); // joins before m_file goes
}

FileHasher &DownloadHasher::file()
{
    if (m_thread)
        m_thread->wait();
    return *m_file;
}

void DownloadHasher::restart(quint64 blockSize)
{
    m_blocks = std::make_unique<BlockHasher>(blockSize);
    file().reset();
    m_fileStateValid = true;
    m_sinceRestart = 0;
}

void DownloadHasher::resume(quint64 blockSize, const QList<QByteArray> &digests, QByteArrayView fileState, quint64 cursor)
{
    m_blocks = std::make_unique<BlockHasher>(blockSize, digests);
    file().reset();
    // At byte 0 there is nothing to restore.
    m_fileStateValid = cursor == 0 || file().restoreState(fileState, cursor);
    m_sinceRestart = 0;
}

bool DownloadHasher::readInto(const QString &partPath, quint64 offset, quint64 length, bool blocks)
{
    if (length == 0)
        return true;
    QFile part(partPath);
    if (!part.open(QIODevice::ReadOnly) || !part.seek(qint64(offset)))
        return false;
    QByteArray buffer(ReadChunk, Qt::Uninitialized);
    while (length > 0) {
        const qint64 n = part.read(buffer.data(), qint64(qMin<quint64>(length, ReadChunk)));
        if (n <= 0)
            return false;
        if (blocks)
            m_blocks->update(buffer.constData(), n);
        file().update(buffer.constData(), n);
        length -= quint64(n);
    }
    return true;
}

bool DownloadHasher::verifyTail(const QString &partPath, quint64 cursor, const QByteArray &tailHash, QString *message)
{
    const quint64 hashed = m_blocks->hashedLength(); // the digest count, not cursor / B (§6.5)
    if (cursor <= hashed)
        return true;
    const quint64 tailLength = cursor - hashed;
    QFile part(partPath);
    QByteArray tail;
    if (part.open(QIODevice::ReadOnly) && part.seek(qint64(hashed)))
        tail = part.read(qint64(tailLength));
    if (quint64(tail.size()) != tailLength) {
        *message = QStringLiteral("could not re-read %1 byte tail for hashing").arg(tailLength);
        return false;
    }
    if (!tailHash.isEmpty()) {
        BlockHasher check(m_blocks->blockSize());
        check.update(tail.constData(), tail.size());
        if (check.tailHash() != tailHash) {
            *message = QStringLiteral("integrity error: local tail corruption detected");
            return false;
        }
    }
    m_blocks->update(tail.constData(), tail.size());
    return true;
}

bool DownloadHasher::rehashPrefix(const QString &partPath, quint64 length)
{
    file().reset();
    m_fileStateValid = readInto(partPath, 0, length, false);
    return m_fileStateValid;
}

bool DownloadHasher::hashFile(const QString &partPath, quint64 length, quint64 blockSize)
{
    restart(blockSize);
    m_fileStateValid = readInto(partPath, 0, length, true);
    return m_fileStateValid;
}

void DownloadHasher::update(QByteArrayView chunk, const QByteArray *shared)
{
    m_blocks->update(chunk.data(), chunk.size());
    m_sinceRestart += quint64(chunk.size());
    if (!m_thread && m_sinceRestart >= ThreadAfter)
        m_thread = std::make_unique<HashThread>(m_file.get());
    if (m_thread)
        m_thread->update(shared ? *shared : chunk.toByteArray());
    else
        m_file->update(chunk.data(), chunk.size());
}

quint64 DownloadHasher::blockSize() const
{
    return m_blocks->blockSize();
}

const QList<QByteArray> &DownloadHasher::digests() const
{
    return m_blocks->digests();
}

QByteArray DownloadHasher::tailHash() const
{
    return m_blocks->tailHash();
}

QByteArray DownloadHasher::fileState()
{
    return m_fileStateValid ? file().saveState() : QByteArray();
}

QString DownloadHasher::treeHash()
{
    return m_blocks->finish();
}

QByteArray DownloadHasher::sha256Hex()
{
    return file().hexDigest();
}

} // namespace Haul
