// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArrayView>
#include <QString>

namespace Haul {

// The data file of a download ("<dest>.part"): positioned writes that never
// come back short, pre-allocation and data syncs (spec §5.1, §5.2).
class PartFile
{
public:
    PartFile() = default;
    ~PartFile();
    PartFile(const PartFile &) = delete;
    PartFile &operator=(const PartFile &) = delete;

    // Opens read-write, creating the file and its folder, never truncating.
    bool open(const QString &path);
    // An exclusive lock held until close(), so two downloads (in this process or
    // another) never write the same part file (§13 G28). False when it is taken.
    bool tryLock();
    bool isOpen() const { return m_fd >= 0; }
    void close();

    // Sizes the file to exactly `size` (shrink first, then fallocate where the
    // file system supports it, else a sparse extension).
    bool resize(quint64 size);
    bool seek(quint64 offset);
    bool write(QByteArrayView data);
    // Writes at `offset` (segmented downloads write several places in turn).
    bool writeAt(quint64 offset, QByteArrayView data) { return (m_pos == offset || seek(offset)) && write(data); }
    // Reads exactly `length` bytes at `offset` back into `out`.
    bool readAt(quint64 offset, qsizetype length, QByteArray &out);
    // fdatasync (fsync / FlushFileBuffers where there is none).
    bool sync();
    // Asks the kernel to start writing [offset, offset + length) to disk now, without
    // waiting (Linux); later syncs then find little left to flush. A hint only.
    void startWriteback(quint64 offset, quint64 length);

    quint64 position() const { return m_pos; }
    int handle() const { return m_fd; }
    // fdatasync of a handle, safe from another thread while this one writes.
    static bool syncHandle(int fd);
    QString errorString() const { return m_error; }
    bool diskFull() const { return m_diskFull; }

    static qint64 sizeOf(const QString &path); // -1 when missing
    // Bytes an unprivileged user may still write in `folder`'s file system; -1 when unknown.
    static qint64 freeSpace(const QString &folder);
    // Atomically replaces `to` by `from` (rename / MoveFileEx) and syncs the folder.
    static bool replace(const QString &from, const QString &to, QString *error = nullptr);
    // Writes `data` to `tmp`, syncs it, renames it over `target` (spec §5.4).
    static bool writeAtomically(const QString &tmp, const QString &target, QByteArrayView data,
                                QString *error = nullptr);
    static bool syncFolderOf(const QString &path);

private:
    bool fail(const QString &what);

    int m_fd = -1;
    quint64 m_pos = 0;
    QString m_path;
    QString m_error;
    bool m_diskFull = false;
};

} // namespace Haul
