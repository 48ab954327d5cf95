// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>
#include <QUrl>

class QMimeData;

namespace Haul {

// One line of the Add dialog: "URL" or "URL  SHA256HEX".
struct ParsedLink
{
    int line = 0;           // 1-based line number in the text
    QString text;           // the line as typed, trimmed
    QUrl url;               // valid only when error is empty
    QByteArray sha256;      // lower-case hex, or empty
    QString error;          // why the line is unusable, in words (tr); empty: fine

    bool isValid() const { return error.isEmpty(); }
};

// Turns what users paste, type and drop into download URLs. Only http and https
// are downloadable; anything else is reported, never silently dropped.
class LinkParser
{
public:
    // The Add dialog: one link per line, optionally followed by whitespace and a
    // 64-digit SHA-256. Blank lines and lines starting with '#' are skipped.
    static QList<ParsedLink> parseLines(const QString &text);

    // Every http(s) URL in free text (a paste of a web page, a chat message...),
    // in order, without duplicates.
    static QList<QUrl> urlsFromText(const QString &text);

    // A drop or a paste: text/uri-list (RFC 2483: CRLF lines, '#' comments),
    // text/x-moz-url (UTF-16: URL and title on alternate lines), text/plain
    // (and text/unicode, UTF-16), then QMimeData's own urls. The richest format
    // present wins; results are http(s) only, in order, without duplicates.
    static QList<QUrl> urlsFromMime(const QHash<QString, QByteArray> &formats);
    static QList<QUrl> urlsFromMime(const QMimeData *mime);
};

} // namespace Haul
