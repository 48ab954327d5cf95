// SPDX-License-Identifier: MIT
#include "filenames.h"

#include "bytes.h"

#include <QStringDecoder>

#include <algorithm>
#include <array>
#include <optional>

namespace Haul {

namespace {

using namespace Bytes;

constexpr qsizetype maxNameBytes = 200;
// Longer "extensions" are just part of a long name and may be cut.
constexpr qsizetype maxExtensionBytes = 32;

std::optional<QString> decodeUtf8Strict(QByteArrayView bytes)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = decoder.decode(bytes);
    if (decoder.hasError())
        return std::nullopt;
    return text;
}

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

// RFC 8187 ext-value: charset'language'pct-encoded. Only UTF-8 and
// ISO-8859-1 are required by the RFC, and only those are trusted here.
std::optional<QString> decodeExtValue(QByteArrayView value)
{
    const qsizetype firstQuote = value.indexOf('\'');
    if (firstQuote < 0)
        return std::nullopt;
    const qsizetype secondQuote = value.indexOf('\'', firstQuote + 1);
    if (secondQuote < 0)
        return std::nullopt;
    const QByteArrayView charset = value.first(firstQuote).trimmed();
    const QByteArrayView encoded = value.sliced(secondQuote + 1);

    QByteArray raw;
    raw.reserve(encoded.size());
    for (qsizetype i = 0; i < encoded.size(); ++i) {
        const char c = encoded.at(i);
        if (c != '%') {
            raw.append(c);
            continue;
        }
        if (i + 2 >= encoded.size())
            return std::nullopt;
        const int high = hexValue(encoded.at(i + 1));
        const int low = hexValue(encoded.at(i + 2));
        if (high < 0 || low < 0)
            return std::nullopt;
        raw.append(char(high * 16 + low));
        i += 2;
    }

    if (charset.compare("UTF-8", Qt::CaseInsensitive) == 0)
        return decodeUtf8Strict(raw);
    if (charset.compare("ISO-8859-1", Qt::CaseInsensitive) == 0)
        return QString::fromLatin1(raw);
    return std::nullopt;
}

// A plain filename parameter is Latin-1 by the RFCs, but many servers send
// raw UTF-8; take UTF-8 when the bytes are valid UTF-8.
QString decodePlainValue(QByteArrayView value)
{
    if (const auto utf8 = decodeUtf8Strict(value))
        return *utf8;
    return QString::fromLatin1(value);
}

struct DispositionNames
{
    std::optional<QByteArray> plain;    // filename=
    std::optional<QByteArray> extended; // filename*=
};

// A lenient RFC 6266 parameter scanner: the disposition type may be missing,
// values are tokens or quoted strings (backslash escapes), an unterminated
// quote runs to the end, and the first occurrence of each name counts.
DispositionNames scanDisposition(QByteArrayView value)
{
    DispositionNames names;
    const qsizetype size = value.size();
    qsizetype i = 0;
    const qsizetype firstSemicolon = value.indexOf(';');
    const QByteArrayView head = value.first(firstSemicolon < 0 ? size : firstSemicolon);
    if (!head.contains('='))
        i = head.size();

    while (i < size) {
        while (i < size && (value.at(i) == ';' || isAsciiSpace(value.at(i))))
            ++i;
        const qsizetype nameStart = i;
        while (i < size && value.at(i) != '=' && value.at(i) != ';')
            ++i;
        const QByteArray name = value.sliced(nameStart, i - nameStart).trimmed().toByteArray().toLower();
        if (i >= size || value.at(i) == ';')
            continue;
        ++i; // '='
        while (i < size && isAsciiSpace(value.at(i)))
            ++i;

        QByteArray parameter;
        if (i < size && value.at(i) == '"') {
            ++i;
            while (i < size && value.at(i) != '"') {
                if (value.at(i) == '\\' && i + 1 < size)
                    ++i;
                parameter.append(value.at(i));
                ++i;
            }
            // Skip the closing quote and anything up to the next parameter.
            while (i < size && value.at(i) != ';')
                ++i;
        } else {
            const qsizetype valueStart = i;
            while (i < size && value.at(i) != ';')
                ++i;
            parameter = value.sliced(valueStart, i - valueStart).trimmed().toByteArray();
        }

        if (name == "filename" && !names.plain)
            names.plain = parameter;
        else if (name == "filename*" && !names.extended)
            names.extended = parameter;
    }
    return names;
}

bool isReplacedCodePoint(char32_t ucs)
{
    if (ucs < 0x20 || (ucs >= 0x7F && ucs <= 0x9F))
        return true; // C0, DEL, C1 controls
    switch (ucs) {
    case U'<': case U'>': case U':': case U'"': case U'/': case U'\\': case U'|': case U'?': case U'*':
        return true; // reserved on Windows (':' also on macOS)
    case 0x061C: case 0x200E: case 0x200F: // bidi marks
    case 0x2028: case 0x2029:              // line and paragraph separators
    case 0xFEFF:                           // BOM / zero width no-break space
        return true;
    default:
        break;
    }
    // Bidi embeddings, overrides (U+202E "RTL override" spoofs extensions)
    // and isolates.
    return (ucs >= 0x202A && ucs <= 0x202E) || (ucs >= 0x2066 && ucs <= 0x2069);
}

QString replaceUnsafeCharacters(const QString &name)
{
    QString out;
    out.reserve(name.size());
    for (qsizetype i = 0; i < name.size(); ++i) {
        const QChar c = name.at(i);
        if (c.isHighSurrogate() && i + 1 < name.size() && name.at(i + 1).isLowSurrogate()) {
            out.append(c);
            out.append(name.at(++i));
        } else if (c.isSurrogate()) {
            out.append(u'_'); // unpaired: not encodable as UTF-8
        } else if (isReplacedCodePoint(c.unicode())) {
            out.append(u'_');
        } else {
            out.append(c);
        }
    }
    return out;
}

// Leading dots would hide the file (or make "." / ".."); trailing dots and
// spaces are silently dropped by Windows. Leading spaces go too: they are
// invisible in listings and never intended.
QString stripEnds(const QString &name)
{
    qsizetype begin = 0;
    qsizetype end = name.size();
    while (begin < end && (name.at(begin) == u'.' || name.at(begin) == u' '))
        ++begin;
    while (end > begin && (name.at(end - 1) == u'.' || name.at(end - 1) == u' '))
        --end;
    return name.mid(begin, end - begin);
}

bool isWindowsDeviceName(const QString &name)
{
    // Windows resolves "con", "con.txt" and "con .tar.gz" alike: the part
    // before the first dot, trailing spaces ignored, any case.
    QString base = name.left(name.indexOf(u'.'));
    while (base.endsWith(u' '))
        base.chop(1);
    base = base.toUpper();
    static const std::array<QStringView, 6> fixed = {
        u"CON", u"PRN", u"AUX", u"NUL", u"CONIN$", u"CONOUT$",
    };
    for (QStringView device : fixed) {
        if (base == device)
            return true;
    }
    if (base.size() == 4 && (base.startsWith(u"COM") || base.startsWith(u"LPT"))) {
        const QChar n = base.at(3);
        // COM0-9/LPT0-9, and the superscript digits Windows also treats as devices.
        return (n >= u'0' && n <= u'9') || n == u'\u00B9' || n == u'\u00B2' || n == u'\u00B3';
    }
    return false;
}

qsizetype utf8Size(QStringView text)
{
    return text.toUtf8().size();
}

// Keeps whole code points of `text` within `budget` UTF-8 bytes.
QString leftUtf8(const QString &text, qsizetype budget)
{
    qsizetype used = 0;
    qsizetype i = 0;
    while (i < text.size()) {
        const qsizetype units = text.at(i).isHighSurrogate() && i + 1 < text.size() ? 2 : 1;
        const qsizetype bytes = utf8Size(QStringView(text).sliced(i, units));
        if (used + bytes > budget)
            break;
        used += bytes;
        i += units;
    }
    return text.left(i);
}

QString limitLength(const QString &name)
{
    if (utf8Size(name) <= maxNameBytes)
        return name;
    QString stem = name;
    QString extension;
    const qsizetype dot = name.lastIndexOf(u'.');
    if (dot > 0 && utf8Size(QStringView(name).sliced(dot)) <= maxExtensionBytes) {
        stem = name.left(dot);
        extension = name.sliced(dot);
    }
    return leftUtf8(stem, maxNameBytes - utf8Size(extension)) + extension;
}

} // namespace

QString fileNameFromContentDisposition(QByteArrayView value)
{
    const DispositionNames names = scanDisposition(value.trimmed());
    // RFC 6266 §4.3: filename* wins; fall back to filename when it cannot be
    // decoded or leaves nothing safe.
    if (names.extended) {
        if (const auto decoded = decodeExtValue(*names.extended)) {
            const QString safe = safeFileName(*decoded);
            if (!safe.isEmpty())
                return safe;
        }
    }
    if (names.plain)
        return safeFileName(decodePlainValue(*names.plain));
    return QString();
}

QString fileNameFromUrl(const QUrl &url)
{
    // Split the encoded path so an encoded %2F stays inside its segment.
    const QStringList segments = url.path(QUrl::FullyEncoded).split(u'/', Qt::SkipEmptyParts);
    if (!segments.isEmpty()) {
        const QString decoded = QUrl::fromPercentEncoding(segments.last().toUtf8());
        const QString safe = safeFileName(decoded);
        if (!safe.isEmpty())
            return safe;
    }
    return QStringLiteral("index.html");
}

QString safeFileName(const QString &candidate)
{
    // Only the last component: "../../etc/passwd" and "C:\x" can't pick a folder.
    const qsizetype cut = std::max(candidate.lastIndexOf(u'/'), candidate.lastIndexOf(u'\\'));
    QString name = stripEnds(replaceUnsafeCharacters(candidate.sliced(cut + 1)));
    if (name.isEmpty())
        return QString();
    if (isWindowsDeviceName(name))
        name.prepend(u'_');
    // Cutting can leave a trailing dot or space of the stem at the end.
    return stripEnds(limitLength(name));
}

QString numberedFileName(const QString &name, int n)
{
    static const QStringList doubleExtensions = {QStringLiteral(".tar.gz"), QStringLiteral(".tar.bz2"),
                                                 QStringLiteral(".tar.xz"), QStringLiteral(".tar.zst")};
    qsizetype cut = -1;
    for (const QString &ext : doubleExtensions) {
        if (name.size() > ext.size() && name.endsWith(ext, Qt::CaseInsensitive)) {
            cut = name.size() - ext.size();
            break;
        }
    }
    if (cut < 0) {
        cut = name.lastIndexOf(u'.');
        if (cut <= 0) // no extension, or a dot file such as ".profile"
            cut = name.size();
    }
    return name.left(cut) + QStringLiteral(" (%1)").arg(n) + name.mid(cut);
}

} // namespace Haul
