// SPDX-License-Identifier: MIT
#include "linkparser.h"

#include <QCoreApplication>
#include <QMimeData>
#include <QRegularExpression>
#include <QSet>
#include <QStringDecoder>

#include <algorithm>

namespace Haul {

namespace {

bool isDownloadable(const QUrl &url)
{
    const QString scheme = url.scheme();
    return url.isValid() && (scheme == u"http" || scheme == u"https") && !url.host().isEmpty();
}

// Splits at CRLF, LF and a lone CR (old Mac text), so line numbers match what an
// editor shows whatever the paste came from.
QStringList splitLines(QStringView text)
{
    QStringList lines;
    qsizetype start = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c != u'\n' && c != u'\r')
            continue;
        lines.append(text.mid(start, i - start).toString());
        if (c == u'\r' && i + 1 < text.size() && text.at(i + 1) == u'\n')
            ++i;
        start = i + 1;
    }
    if (start < text.size())
        lines.append(text.mid(start).toString());
    return lines;
}

// Why the first word of an Add-dialog line is not a downloadable URL; empty: it is.
QString urlError(const QString &text, const QUrl &url)
{
    if (!url.isValid())
        return QCoreApplication::translate("LinkParser", "This is not a valid URL");

    // "example.com/file.iso" parses as a relative URL and "localhost:8080/x" as
    // scheme "localhost": both are a missing scheme. Guessing http would silently
    // downgrade a link the user meant as https, so ask instead.
    static const QRegularExpression hostAndPort(QStringLiteral("^[^/:?#]+:\\d+(?:[/?#]|$)"));
    if (url.scheme().isEmpty() || (!text.contains(u"://") && hostAndPort.match(text).hasMatch()))
        return QCoreApplication::translate("LinkParser", "Add http:// or https:// at the start");

    const QString scheme = url.scheme();
    if (scheme != u"http" && scheme != u"https")
        return QCoreApplication::translate("LinkParser", "%1 is not supported; use http or https")
            .arg(scheme);
    if (url.host().isEmpty())
        return QCoreApplication::translate("LinkParser", "The URL has no host name");
    return {};
}

bool isSha256Hex(QStringView word)
{
    if (word.size() != 64)
        return false;
    return std::all_of(word.begin(), word.end(), [](QChar c) {
        return (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f') || (c >= u'A' && c <= u'F');
    });
}

// Where a URL in running text ends: whitespace, and the quotes and angle brackets
// people (and mail clients: <https://...>) put around links.
bool endsUrl(QChar c)
{
    if (c.isSpace() || c.category() == QChar::Other_Control)
        return true;
    switch (c.unicode()) {
    case u'"':
    case u'\'':
    case u'`':
    case u'<':
    case u'>':
    case u'\u201C': // “
    case u'\u201D': // ”
    case u'\u2018': // ‘
    case u'\u2019': // ’
    case u'\u00AB': // «
    case u'\u00BB': // »
        return true;
    default:
        return false;
    }
}

// "see https://x.org/a." or "(https://x.org/a)": the sentence's punctuation is not
// part of the link, but Wikipedia's "/Foo_(bar)" is, so brackets go only when unbalanced.
QStringView trimTrailingPunctuation(QStringView candidate)
{
    static const QString alwaysTrailing = QStringLiteral(".,;:!?");
    while (!candidate.isEmpty()) {
        const QChar last = candidate.back();
        if (alwaysTrailing.contains(last)) {
            candidate.chop(1);
            continue;
        }
        QChar open;
        if (last == u')')
            open = u'(';
        else if (last == u']')
            open = u'[';
        else if (last == u'}')
            open = u'{';
        else
            break;
        if (candidate.count(last) <= candidate.count(open))
            break;
        candidate.chop(1);
    }
    return candidate;
}

// Firefox and Chromium send UTF-16LE without a BOM; some senders add one, and
// a few non-browser apps put UTF-8 under the same name.
QString decodeUtf16(const QByteArray &data)
{
    if (data.startsWith("\xFF\xFE"))
        return QStringDecoder(QStringDecoder::Utf16LE)(data.mid(2));
    if (data.startsWith("\xFE\xFF"))
        return QStringDecoder(QStringDecoder::Utf16BE)(data.mid(2));
    if (data.size() % 2 != 0 || !data.contains('\0'))
        return QString::fromUtf8(data);
    return QStringDecoder(QStringDecoder::Utf16LE)(data);
}

// _NETSCAPE_URL is Latin-1 from old senders and UTF-8 from current ones.
QString decodeUtf8OrLatin1(const QByteArray &data)
{
    QStringDecoder decoder(QStringDecoder::Utf8);
    QString text = decoder(data);
    if (decoder.hasError())
        return QString::fromLatin1(data);
    return text;
}

class UrlCollector
{
public:
    void add(const QUrl &url)
    {
        if (!isDownloadable(url) || m_seen.contains(url))
            return;
        m_seen.insert(url);
        m_urls.append(url);
    }
    QList<QUrl> urls() const { return m_urls; }

private:
    QList<QUrl> m_urls;
    QSet<QUrl> m_seen;
};

// RFC 2483: one URI per line, '#' lines are comments.
QList<QUrl> urlsFromUriList(const QByteArray &data)
{
    UrlCollector collector;
    for (const QString &line : splitLines(QString::fromUtf8(data))) {
        const QString uri = line.trimmed();
        if (uri.isEmpty() || uri.startsWith(u'#'))
            continue;
        collector.add(QUrl(uri, QUrl::TolerantMode));
    }
    return collector.urls();
}

// text/x-moz-url: URL and title on alternate lines; only the even lines are URLs
// (a title may itself look like a URL).
QList<QUrl> urlsFromMozUrl(const QString &text)
{
    UrlCollector collector;
    const QStringList lines = text.split(u'\n');
    for (qsizetype i = 0; i < lines.size(); i += 2) {
        QString line = lines.at(i).trimmed();
        line.remove(QChar(0)); // a trailing NUL terminator from some senders
        if (!line.isEmpty())
            collector.add(QUrl(line, QUrl::TolerantMode));
    }
    return collector.urls();
}

const QByteArray *findFormat(const QHash<QString, QByteArray> &formats, QStringView name)
{
    for (auto it = formats.cbegin(); it != formats.cend(); ++it) {
        if (it.key().compare(name, Qt::CaseInsensitive) == 0)
            return &it.value();
    }
    return nullptr;
}

} // namespace

QList<ParsedLink> LinkParser::parseLines(const QString &text)
{
    static const QRegularExpression whitespace(QStringLiteral("\\s+"));

    QList<ParsedLink> links;
    const QStringList lines = splitLines(text);
    for (qsizetype i = 0; i < lines.size(); ++i) {
        ParsedLink link;
        link.line = int(i + 1);
        link.text = lines.at(i).trimmed();
        if (link.text.isEmpty() || link.text.startsWith(u'#'))
            continue;

        const QStringList words = link.text.split(whitespace, Qt::SkipEmptyParts);
        const QString &urlText = words.at(0);
        const QUrl url(urlText, QUrl::StrictMode);
        link.error = urlError(urlText, url);
        if (link.error.isEmpty() && words.size() > 1) {
            if (!isSha256Hex(words.at(1))) {
                link.error = QCoreApplication::translate(
                                 "LinkParser", "“%1” is not a SHA-256 checksum (64 hexadecimal digits)")
                                 .arg(words.at(1));
            } else if (words.size() > 2) {
                link.error = QCoreApplication::translate("LinkParser",
                                                         "Unexpected text after the checksum: “%1”")
                                 .arg(words.mid(2).join(u' '));
            } else {
                link.sha256 = words.at(1).toLatin1().toLower();
            }
        }
        if (link.error.isEmpty())
            link.url = url;
        else
            link.sha256.clear();
        links.append(link);
    }
    return links;
}

QList<QUrl> LinkParser::urlsFromText(const QString &text)
{
    static const QRegularExpression start(QStringLiteral("https?://"),
                                          QRegularExpression::CaseInsensitiveOption);
    UrlCollector collector;
    qsizetype from = 0;
    while (from < text.size()) {
        const QRegularExpressionMatch match = start.match(text, from);
        if (!match.hasMatch())
            break;
        const qsizetype begin = match.capturedStart();
        qsizetype end = match.capturedEnd();
        while (end < text.size() && !endsUrl(text.at(end)))
            ++end;
        from = end;
        // "xhttp://" or "rehttps://" is a word that happens to contain the letters.
        if (begin > 0 && text.at(begin - 1).isLetterOrNumber())
            continue;
        const QStringView candidate =
            trimTrailingPunctuation(QStringView(text).mid(begin, end - begin));
        // Tolerant: a pasted "a|b" or "{x}" is what the user sees in a browser's
        // address bar; QUrl percent-encodes it as the browser would.
        collector.add(QUrl(candidate.toString(), QUrl::TolerantMode));
    }
    return collector.urls();
}

QList<QUrl> LinkParser::urlsFromMime(const QHash<QString, QByteArray> &formats)
{
    // The richest format with a usable URL wins: uri-list and x-moz-url carry
    // exactly the dragged link(s), plain text may carry a whole selection.
    if (const QByteArray *uriList = findFormat(formats, u"text/uri-list")) {
        const QList<QUrl> urls = urlsFromUriList(*uriList);
        if (!urls.isEmpty())
            return urls;
    }
    if (const QByteArray *mozUrl = findFormat(formats, u"text/x-moz-url")) {
        const QList<QUrl> urls = urlsFromMozUrl(decodeUtf16(*mozUrl));
        if (!urls.isEmpty())
            return urls;
    }
    if (const QByteArray *mozUrlData = findFormat(formats, u"text/x-moz-url-data")) {
        const QList<QUrl> urls = urlsFromMozUrl(decodeUtf16(*mozUrlData));
        if (!urls.isEmpty())
            return urls;
    }
    if (const QByteArray *netscapeUrl = findFormat(formats, u"_NETSCAPE_URL")) {
        const QList<QUrl> urls = urlsFromMozUrl(decodeUtf8OrLatin1(*netscapeUrl));
        if (!urls.isEmpty())
            return urls;
    }
    for (const auto name : {u"text/plain;charset=utf-8", u"text/plain"}) {
        if (const QByteArray *plain = findFormat(formats, name)) {
            const QList<QUrl> urls = urlsFromText(QString::fromUtf8(*plain));
            if (!urls.isEmpty())
                return urls;
        }
    }
    if (const QByteArray *unicode = findFormat(formats, u"text/unicode"))
        return urlsFromText(decodeUtf16(*unicode));
    return {};
}

QList<QUrl> LinkParser::urlsFromMime(const QMimeData *mime)
{
    if (!mime)
        return {};
    QHash<QString, QByteArray> formats;
    const QStringList names = mime->formats();
    for (const QString &name : names)
        formats.insert(name, mime->data(name));
    QList<QUrl> urls = urlsFromMime(formats);
    if (!urls.isEmpty())
        return urls;

    // Platform formats Qt only exposes as urls() (e.g. Windows' UniformResourceLocatorW).
    UrlCollector collector;
    const QList<QUrl> mimeUrls = mime->urls();
    for (const QUrl &url : mimeUrls)
        collector.add(url);
    return collector.urls();
}

} // namespace Haul
