// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>
#include <memory>

namespace Haul {

class BlockHasher;
class FileHasher;
class HashThread;

// Everything one download hashes: the per-block digests and tree hash of §6
// (pyhaul's) and the plain SHA-256 of the whole file (Haul's), kept in step with
// the part file's cursor. The whole-file hash moves to a thread of its own once
// a body is large enough to be worth it.
class DownloadHasher
{
public:
    DownloadHasher();
    ~DownloadHasher();
    DownloadHasher(const DownloadHasher &) = delete;
    DownloadHasher &operator=(const DownloadHasher &) = delete;

    // From byte 0.
    void restart(quint64 blockSize);
    // After `digests` complete blocks, with the whole-file state saved at `cursor`
    // (empty or invalid: no whole-file state, see hasFileState()).
    void resume(quint64 blockSize, const QList<QByteArray> &digests, QByteArrayView fileState, quint64 cursor);

    // §6.5: re-reads part[k·B, cursor) — at most one block — checks it against
    // tailHash (when there is one) and continues hashing from it.
    bool verifyTail(const QString &partPath, quint64 cursor, const QByteArray &tailHash, QString *message);
    // The whole-file state of a checkpoint without one (pyhaul's): one read of part[0, length).
    bool hasFileState() const { return m_fileStateValid; }
    bool rehashPrefix(const QString &partPath, quint64 length);
    // Both hashes of part[0, length) from scratch (§6.6).
    bool hashFile(const QString &partPath, quint64 length, quint64 blockSize);

    // `shared`, when given, holds the same bytes and is handed to the hash thread uncopied.
    void update(QByteArrayView chunk, const QByteArray *shared = nullptr);

    quint64 blockSize() const;
    const QList<QByteArray> &digests() const;
    QByteArray tailHash() const;
    QByteArray fileState();   // for the control file; empty without a valid state
    QString treeHash();       // closes the last block: call once, at the end
    QByteArray sha256Hex();

private:
    bool readInto(const QString &partPath, quint64 offset, quint64 length, bool blocks);
    FileHasher &file(); // waits for the hash thread

    std::unique_ptr<BlockHasher> m_blocks;
    std::unique_ptr<FileHasher> m_file;
    std::unique_ptr<HashThread> m_thread;
    quint64 m_sinceRestart = 0;
    bool m_fileStateValid = true;
};

} // namespace Haul
