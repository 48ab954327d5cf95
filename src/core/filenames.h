// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArrayView>
#include <QString>
#include <QUrl>

namespace Haul {

// The file name a server suggests in Content-Disposition (RFC 6266: filename*
// with RFC 8187 UTF-8/ISO-8859-1 percent-encoding wins over filename; quoted
// strings unescaped), reduced by safeFileName(). Empty when there is none or
// nothing safe remains.
QString fileNameFromContentDisposition(QByteArrayView value);

// The last non-empty segment of the URL path, percent-decoded and made safe;
// "index.html" when there is none.
QString fileNameFromUrl(const QUrl &url);

// A single path component that can never escape its folder or misbehave on any
// of Windows, macOS and Linux: the last segment after / or \ only; control
// characters and <>:"/\|?* replaced by '_'; leading dots and trailing dots and
// spaces removed; Windows device names (CON, NUL, COM1…) prefixed with '_';
// "." and ".." rejected; at most 200 UTF-8 bytes (keeping the extension).
// Empty when nothing usable remains.
QString safeFileName(const QString &candidate);

// "name (n).ext" for a name that is taken: the number goes before the extension,
// a double one such as ".tar.gz" included ("a.tar.gz" → "a (2).tar.gz").
QString numberedFileName(const QString &name, int n);

} // namespace Haul
