// SPDX-License-Identifier: MIT
#include "etag.h"

namespace Haul {

namespace {

// §4.2 step 5: a bare (unquoted) token may hold non-ASCII but no separators,
// controls or DEL.
bool isBareTokenChar(QChar c)
{
    const char16_t u = c.unicode();
    return u >= 0x20 && u != 0x7F && u != u' ' && u != u'"' && u != u',';
}

// §4.2 step 4: the whole remainder must be one quoted string. Returns false on
// a missing closing quote, an unescaped quote before the end or a lone
// trailing backslash.
bool unquote(QStringView quoted, QString *opaque)
{
    Q_ASSERT(quoted.startsWith(u'"'));
    QString out;
    out.reserve(quoted.size());
    const qsizetype end = quoted.size();
    for (qsizetype i = 1; i < end; ++i) {
        const QChar c = quoted.at(i);
        if (c == u'\\') {
            if (++i >= end)
                return false;
            out.append(quoted.at(i));
        } else if (c == u'"') {
            if (i != end - 1)
                return false;
            *opaque = out;
            return true;
        } else {
            out.append(c);
        }
    }
    return false;
}

QString escaped(const QString &opaque)
{
    // §2.3.1: backslashes first, then quotes.
    QString out = opaque;
    out.replace(u'\\', QStringLiteral("\\\\"));
    out.replace(u'"', QStringLiteral("\\\""));
    return out;
}

} // namespace

ETag ETag::parse(QStringView value)
{
    QStringView rest = value.trimmed();
    if (rest.isEmpty())
        return {};
    if (rest == u"*")
        return wildcard();

    bool weakTag = false;
    if (rest.startsWith(u"W/") || rest.startsWith(u"w/")) {
        weakTag = true;
        rest = rest.mid(2);
        while (!rest.isEmpty() && rest.front().isSpace())
            rest = rest.mid(1);
        if (rest.isEmpty())
            return {};
    }

    QString opaqueText;
    if (rest.startsWith(u'"')) {
        if (!unquote(rest, &opaqueText))
            return {};
    } else {
        for (QChar c : rest) {
            if (!isBareTokenChar(c))
                return {};
        }
        opaqueText = rest.toString();
    }

    // §4.2 step 6: W/"" carries nothing to compare.
    if (weakTag)
        return weak(opaqueText);
    return strong(opaqueText);
}

ETag ETag::strong(const QString &opaque)
{
    return ETag(Kind::Strong, opaque);
}

ETag ETag::weak(const QString &opaque)
{
    // A weak tag with an empty opaque has no canonical form (§2.3.1) and
    // parses as absent (§4.2 step 6), so it is absent here too.
    if (opaque.isEmpty())
        return {};
    return ETag(Kind::Weak, opaque);
}

ETag ETag::wildcard()
{
    return ETag(Kind::Wildcard, QString());
}

QString ETag::canonical() const
{
    switch (m_kind) {
    case Kind::Absent:
        return QString();
    case Kind::Wildcard:
        return QStringLiteral("*");
    case Kind::Strong:
        return u'"' + escaped(m_opaque) + u'"';
    case Kind::Weak:
        return QStringLiteral("W/\"") + escaped(m_opaque) + u'"';
    }
    return QString();
}

bool ETag::strongMatch(const ETag &other) const
{
    return isStrong() && other.isStrong() && m_opaque == other.m_opaque;
}

bool ETag::weakMatch(const ETag &other) const
{
    const auto comparable = [](const ETag &tag) { return tag.isStrong() || tag.isWeak(); };
    return comparable(*this) && comparable(other) && m_opaque == other.m_opaque;
}

} // namespace Haul
