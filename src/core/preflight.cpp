// SPDX-License-Identifier: MIT
#include "preflight.h"

#include <QDir>
#include <QFileInfo>
#include <QTemporaryFile>

#ifdef Q_OS_WIN
#  include <windows.h>
#else
#  include <unistd.h>
#endif

namespace Haul {

namespace {

// The nearest folder that exists: limits are asked of the file system holding it (§9.1).
QString nearestExistingFolder(const QString &dest)
{
    QString dir = QFileInfo(dest).absolutePath();
    while (!QFileInfo(dir).isDir()) {
        const QString up = QFileInfo(dir).absolutePath();
        if (up == dir)
            break;
        dir = up;
    }
    return dir;
}

qint64 systemNameMax(const QString &folder)
{
#ifdef Q_OS_WIN
    const QString root = QDir::toNativeSeparators(QFileInfo(folder).absoluteFilePath().left(3));
    DWORD maxComponent = 0;
    if (GetVolumeInformationW(reinterpret_cast<const wchar_t *>(root.utf16()), nullptr, 0, nullptr, &maxComponent, nullptr, nullptr, 0))
        return qint64(maxComponent);
    return 255;
#else
    const long v = ::pathconf(QFile::encodeName(folder).constData(), _PC_NAME_MAX);
    return v > 0 ? qint64(v) : 255;
#endif
}

qint64 systemPathMax(const QString &folder)
{
#ifdef Q_OS_WIN
    Q_UNUSED(folder);
    return 32767;
#else
    const long v = ::pathconf(QFile::encodeName(folder).constData(), _PC_PATH_MAX);
    return v > 0 ? qint64(v) : 4096;
#endif
}

qint64 nameLength(const QString &name)
{
#if defined(Q_OS_WIN)
    return name.size(); // UTF-16 code units
#elif defined(Q_OS_DARWIN)
    return name.normalized(QString::NormalizationForm_D).toUtf8().size(); // APFS stores NFD
#else
    return QFile::encodeName(name).size();
#endif
}

Failure destinationFailure(const QString &message)
{
    return Failure::make(ErrorKind::Destination, message);
}

} // namespace

std::optional<Failure> checkDestinationPath(const QString &dest, PathLimits limits)
{
    if (dest.isEmpty() || dest.endsWith(QLatin1Char('/')) || QFileInfo(dest).fileName().isEmpty())
        return destinationFailure(QStringLiteral("destination is not a file name: %1").arg(dest));
    if (dest.contains(QChar(0)))
        return destinationFailure(QStringLiteral("destination contains a NUL character"));

    const QString folder = nearestExistingFolder(dest);
    const qint64 nameMax = limits.nameMax >= 0 ? limits.nameMax : systemNameMax(folder);
    const qint64 pathMax = limits.pathMax >= 0 ? limits.pathMax : systemPathMax(folder);
    const QString longest = dest + LongestSidecarSuffix.toString();
    const QString tooLong = QStringLiteral("destination path is too long for sidecar files: %1").arg(dest);

    if (nameLength(QFileInfo(longest).fileName()) > nameMax)
        return destinationFailure(tooLong);
#ifdef Q_OS_WIN
    const qint64 pathLength = QDir::toNativeSeparators(QFileInfo(longest).absoluteFilePath()).size() + 4; // \\?\ prefix
    if (pathLength > pathMax)
        return destinationFailure(tooLong);
#else
    // PATH_MAX counts the terminating NUL (§13 G16).
    if (QFile::encodeName(longest).size() >= pathMax)
        return destinationFailure(tooLong);
#endif
    return std::nullopt;
}

std::optional<Failure> checkDestinationUsable(const QString &dest, PathLimits limits)
{
    if (auto failure = checkDestinationPath(dest, limits))
        return failure;
    const QFileInfo info(dest);
    if (info.isDir())
        return destinationFailure(QStringLiteral("destination is a folder: %1").arg(QDir::toNativeSeparators(dest)));
    // Missing folders can be created only below an existing folder: stopping at the first
    // thing that exists catches a parent that is a regular file (or a dangling link),
    // which nearestExistingFolder() would silently step over.
    QString folder = info.absolutePath();
    for (QFileInfo at(folder); !at.exists() && !at.isSymLink(); at = QFileInfo(folder)) {
        const QString up = at.absolutePath();
        if (up == folder)
            break;
        folder = up;
    }
    if (!QFileInfo(folder).isDir())
        return destinationFailure(QStringLiteral("not a folder: %1").arg(QDir::toNativeSeparators(folder)));
    // The only reliable test of writability (ACLs, read-only mounts, root on RO media) is to try.
    QTemporaryFile probe(folder + QStringLiteral("/.haul-probe-XXXXXX"));
    if (!probe.open())
        return destinationFailure(QStringLiteral("folder is not writable: %1").arg(QDir::toNativeSeparators(folder)));
    return std::nullopt;
}

std::optional<Failure> checkUrl(const QUrl &url)
{
    if (url.isEmpty())
        return Failure::make(ErrorKind::InvalidUrl, QStringLiteral("no URL given"));
    if (!url.isValid())
        return Failure::make(ErrorKind::InvalidUrl, QStringLiteral("invalid URL: %1").arg(url.errorString()));
    const QString scheme = url.scheme().toLower();
    if (scheme != QLatin1String("http") && scheme != QLatin1String("https")) {
        const QString shown = scheme.isEmpty() ? QStringLiteral("(none)") : scheme;
        return Failure::make(ErrorKind::InvalidUrl,
                             QStringLiteral("unsupported URL scheme %1: expected http or https").arg(shown));
    }
    if (url.host().isEmpty())
        return Failure::make(ErrorKind::InvalidUrl, QStringLiteral("URL is missing a host"));
    return std::nullopt;
}

} // namespace Haul
