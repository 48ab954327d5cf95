// SPDX-License-Identifier: MIT
#include "partfile.h"

#include <QDir>
#include <QFileInfo>
#include <QStorageInfo>

#include <cerrno>
#include <cstring>
#include <fcntl.h>

#ifdef Q_OS_WIN
#  include <io.h>
#  include <windows.h>
#  include <sys/stat.h>
#else
#  include <sys/file.h>
#  include <sys/stat.h>
#  include <sys/statvfs.h>
#  include <unistd.h>
#endif

namespace Haul {

namespace {

QString errnoText(int err) { return QString::fromLocal8Bit(std::strerror(err)); }

#ifdef Q_OS_WIN
int openFd(const QString &path) { return _wopen(reinterpret_cast<const wchar_t *>(path.utf16()), _O_RDWR | _O_CREAT | _O_BINARY, _S_IREAD | _S_IWRITE); }
#else
int openFd(const QString &path) { return ::open(QFile::encodeName(path).constData(), O_RDWR | O_CREAT | O_CLOEXEC, 0644); }
#endif

bool syncFd(int fd)
{
#if defined(Q_OS_WIN)
    return FlushFileBuffers(reinterpret_cast<HANDLE>(_get_osfhandle(fd)));
#elif defined(Q_OS_DARWIN)
    return ::fsync(fd) == 0; // F_FULLFSYNC would also flush the drive cache, at a large cost (§5.7)
#else
    return ::fdatasync(fd) == 0;
#endif
}

} // namespace

PartFile::~PartFile()
{
    close();
}

bool PartFile::fail(const QString &what)
{
    const int err = errno;
    m_diskFull = err == ENOSPC;
#ifdef EDQUOT
    m_diskFull = m_diskFull || err == EDQUOT;
#endif
    m_error = QStringLiteral("%1 %2: %3").arg(what, QDir::toNativeSeparators(m_path), errnoText(err));
    return false;
}

bool PartFile::open(const QString &path)
{
    close();
    m_path = path;
    m_pos = 0;
    m_diskFull = false;
    const QString folder = QFileInfo(path).absolutePath();
    if (!QDir().mkpath(folder)) {
        m_error = QStringLiteral("cannot create folder %1").arg(QDir::toNativeSeparators(folder));
        return false;
    }
    m_fd = openFd(path);
    if (m_fd < 0)
        return fail(QStringLiteral("cannot open"));
    return true;
}

bool PartFile::tryLock()
{
#ifdef Q_OS_WIN
    OVERLAPPED overlapped {};
    const HANDLE handle = reinterpret_cast<HANDLE>(_get_osfhandle(m_fd));
    return LockFileEx(handle, LOCKFILE_EXCLUSIVE_LOCK | LOCKFILE_FAIL_IMMEDIATELY, 0, MAXDWORD, MAXDWORD, &overlapped);
#else
    // flock locks belong to this open file description: a second open, even in
    // this process, cannot take it. Released by close().
    return ::flock(m_fd, LOCK_EX | LOCK_NB) == 0;
#endif
}

void PartFile::close()
{
    if (m_fd >= 0) {
#ifdef Q_OS_WIN
        ::_close(m_fd);
#else
        ::close(m_fd);
#endif
        m_fd = -1;
    }
}

bool PartFile::resize(quint64 size)
{
#ifdef Q_OS_WIN
    if (_chsize_s(m_fd, qint64(size)) != 0)
        return fail(QStringLiteral("cannot resize"));
    return true;
#else
    struct stat st {};
    if (::fstat(m_fd, &st) != 0)
        return fail(QStringLiteral("cannot stat"));
    if (quint64(st.st_size) == size)
        return true;
    if (quint64(st.st_size) > size) {
        if (::ftruncate(m_fd, off_t(size)) != 0)
            return fail(QStringLiteral("cannot shrink"));
        return true;
    }
#  if defined(Q_OS_LINUX)
    const int rc = ::posix_fallocate(m_fd, 0, off_t(size));
    if (rc == 0)
        return true;
    if (rc != EINVAL && rc != EOPNOTSUPP && rc != ENOSYS) {
        errno = rc;
        return fail(QStringLiteral("cannot allocate"));
    }
#  elif defined(Q_OS_DARWIN)
    fstore_t store { F_ALLOCATECONTIG | F_ALLOCATEALL, F_PEOFPOSMODE, 0, off_t(size - quint64(st.st_size)), 0 };
    if (::fcntl(m_fd, F_PREALLOCATE, &store) == -1) {
        store.fst_flags = F_ALLOCATEALL;
        ::fcntl(m_fd, F_PREALLOCATE, &store);
    }
#  endif
    if (::ftruncate(m_fd, off_t(size)) != 0)
        return fail(QStringLiteral("cannot extend"));
    return true;
#endif
}

bool PartFile::seek(quint64 offset)
{
#ifdef Q_OS_WIN
    if (_lseeki64(m_fd, qint64(offset), SEEK_SET) < 0)
#else
    if (::lseek(m_fd, off_t(offset), SEEK_SET) < 0)
#endif
        return fail(QStringLiteral("cannot seek in"));
    m_pos = offset;
    return true;
}

bool PartFile::write(QByteArrayView data)
{
    // §13 G17: a short write must never be counted as written.
    const char *p = data.data();
    qsizetype left = data.size();
    while (left > 0) {
#ifdef Q_OS_WIN
        const int n = ::_write(m_fd, p, unsigned(qMin<qsizetype>(left, 1 << 30)));
#else
        const ssize_t n = ::write(m_fd, p, size_t(left));
#endif
        if (n < 0) {
            if (errno == EINTR)
                continue;
            return fail(QStringLiteral("cannot write"));
        }
        if (n == 0) {
            errno = ENOSPC;
            return fail(QStringLiteral("cannot write"));
        }
        p += n;
        left -= n;
        m_pos += quint64(n);
    }
    return true;
}

bool PartFile::readAt(quint64 offset, qsizetype length, QByteArray &out)
{
    out.resize(length);
    if (!seek(offset))
        return false;
    char *p = out.data();
    qsizetype left = length;
    while (left > 0) {
#ifdef Q_OS_WIN
        const int n = ::_read(m_fd, p, unsigned(qMin<qsizetype>(left, 1 << 30)));
#else
        const ssize_t n = ::read(m_fd, p, size_t(left));
#endif
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0) {
            if (n == 0)
                errno = EIO; // shorter than the data it claims to hold
            return fail(QStringLiteral("cannot read"));
        }
        p += n;
        left -= n;
        m_pos += quint64(n);
    }
    return true;
}

void PartFile::startWriteback(quint64 offset, quint64 length)
{
#if defined(Q_OS_LINUX)
    ::sync_file_range(m_fd, off64_t(offset), off64_t(length), SYNC_FILE_RANGE_WRITE);
#else
    Q_UNUSED(offset);
    Q_UNUSED(length);
#endif
}

qint64 PartFile::freeSpace(const QString &folder)
{
#ifdef Q_OS_WIN
    // QStorageInfo there is a cheap call to GetDiskFreeSpaceEx.
    const QStorageInfo storage(folder);
    return storage.isValid() ? storage.bytesAvailable() : -1;
#else
    // Not QStorageInfo: it reads the whole mount table first, which costs more than
    // downloading a small file.
    struct statvfs fs;
    if (::statvfs(QFile::encodeName(folder).constData(), &fs) != 0)
        return -1;
    return qint64(fs.f_bavail) * qint64(fs.f_frsize);
#endif
}

bool PartFile::syncHandle(int fd)
{
    return fd >= 0 && syncFd(fd);
}

bool PartFile::sync()
{
    if (!syncFd(m_fd))
        return fail(QStringLiteral("cannot sync"));
    return true;
}

qint64 PartFile::sizeOf(const QString &path)
{
    const QFileInfo info(path);
    return info.exists() && info.isFile() ? info.size() : -1;
}

bool PartFile::syncFolderOf(const QString &path)
{
#ifdef Q_OS_WIN
    Q_UNUSED(path);
    return true; // NTFS journals renames; there is no folder handle to flush
#else
    const int fd = ::open(QFile::encodeName(QFileInfo(path).absolutePath()).constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return false;
    const bool ok = ::fsync(fd) == 0;
    ::close(fd);
    return ok;
#endif
}

bool PartFile::replace(const QString &from, const QString &to, QString *error)
{
#ifdef Q_OS_WIN
    const bool ok = MoveFileExW(reinterpret_cast<const wchar_t *>(from.utf16()), reinterpret_cast<const wchar_t *>(to.utf16()),
                                MOVEFILE_REPLACE_EXISTING | MOVEFILE_WRITE_THROUGH);
    if (!ok && error)
        *error = QStringLiteral("cannot rename %1 to %2 (error %3)").arg(from, to).arg(GetLastError());
    return ok;
#else
    if (::rename(QFile::encodeName(from).constData(), QFile::encodeName(to).constData()) != 0) {
        if (error)
            *error = QStringLiteral("cannot rename %1 to %2: %3").arg(from, to, errnoText(errno));
        return false;
    }
    return true;
#endif
}

bool PartFile::writeAtomically(const QString &tmp, const QString &target, QByteArrayView data, QString *error)
{
    PartFile file;
#ifdef Q_OS_WIN
    const int fd = _wopen(reinterpret_cast<const wchar_t *>(tmp.utf16()), _O_WRONLY | _O_CREAT | _O_TRUNC | _O_BINARY, _S_IREAD | _S_IWRITE);
#else
    const int fd = ::open(QFile::encodeName(tmp).constData(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
#endif
    file.m_path = tmp;
    if (fd < 0) {
        file.fail(QStringLiteral("cannot create"));
        if (error)
            *error = file.m_error;
        return false;
    }
    file.m_fd = fd;
    // fsync, not fdatasync: the new file's size is metadata that must be durable too.
#ifdef Q_OS_WIN
    const bool synced = file.write(data) && syncFd(fd);
#else
    const bool synced = file.write(data) && (::fsync(fd) == 0 || file.fail(QStringLiteral("cannot sync")));
#endif
    file.close();
    if (!synced) {
        if (error)
            *error = file.m_error;
        return false;
    }
    return replace(tmp, target, error);
}

} // namespace Haul
