// SPDX-License-Identifier: MIT
#include "contentrange.h"

#include "bytes.h"

#include <limits>

namespace Haul {

namespace {

using namespace Bytes;

bool startsWithNoCase(QByteArrayView text, QByteArrayView prefix)
{
    return text.size() >= prefix.size()
        && text.first(prefix.size()).compare(prefix, Qt::CaseInsensitive) == 0;
}

// A cursor over the trimmed value; every method either consumes what it
// names or leaves the position alone.
class Scanner
{
public:
    explicit Scanner(QByteArrayView text) : m_text(text) { }

    bool atEnd() const { return m_pos == m_text.size(); }
    QByteArrayView rest() const { return m_text.sliced(m_pos); }

    void skipSpace()
    {
        while (!atEnd() && isAsciiSpace(m_text.at(m_pos)))
            ++m_pos;
    }

    bool take(char c)
    {
        if (atEnd() || m_text.at(m_pos) != c)
            return false;
        ++m_pos;
        return true;
    }

    void skip(qsizetype n) { m_pos += n; }

    // One or more ASCII digits that fit in 64 bits (§4.3 C++ deviation).
    std::optional<quint64> number()
    {
        qsizetype pos = m_pos;
        quint64 value = 0;
        while (pos < m_text.size() && isAsciiDigit(m_text.at(pos))) {
            const quint64 digit = quint64(m_text.at(pos) - '0');
            if (value > (std::numeric_limits<quint64>::max() - digit) / 10)
                return std::nullopt;
            value = value * 10 + digit;
            ++pos;
        }
        if (pos == m_pos)
            return std::nullopt;
        m_pos = pos;
        return value;
    }

private:
    QByteArrayView m_text;
    qsizetype m_pos = 0;
};

} // namespace

std::optional<ContentRange> ContentRange::parse(QByteArrayView value, bool allowZeroTotal)
{
    const QByteArrayView text = value.trimmed();
    if (text.isEmpty())
        return std::nullopt;
    // §4.3 steps 2-3: other units and multipart-style lists are never ours.
    if (startsWithNoCase(text, "items") || startsWithNoCase(text, "none"))
        return std::nullopt;
    if (text.contains(','))
        return std::nullopt;

    Scanner in(text);
    // Optional unit prefix: "bytes", whitespace, at most one '=' or space,
    // whitespace. Case-insensitive unit is our deviation (§13 G13).
    if (startsWithNoCase(text, "bytes")) {
        in.skip(5);
        in.skipSpace();
        in.take('=');
        in.skipSpace();
    }

    ContentRange range;
    if (in.take('*')) {
        in.skipSpace();
        if (!in.take('/'))
            return std::nullopt;
        in.skipSpace();
        const auto total = in.number();
        if (!total || !in.atEnd())
            return std::nullopt;
        // "bytes */0" is an error for pyhaul; an empty resource for us when
        // the caller asks (§13 G13).
        if (*total == 0 && !allowZeroTotal)
            return std::nullopt;
        range.unsatisfied = true;
        range.total = *total;
        return range;
    }

    const auto first = in.number();
    if (!first)
        return std::nullopt;
    in.skipSpace();
    if (!in.take('-'))
        return std::nullopt;
    in.skipSpace();
    const auto last = in.number();
    if (!last)
        return std::nullopt;
    in.skipSpace();
    if (!in.take('/'))
        return std::nullopt;
    in.skipSpace();
    if (in.take('*')) {
        if (!in.atEnd())
            return std::nullopt;
    } else {
        const auto total = in.number();
        if (!total || *total == 0 || !in.atEnd())
            return std::nullopt;
        range.total = *total;
    }
    if (*first > *last)
        return std::nullopt;
    // last >= total is deliberately not checked (§4.3: pyhaul accepts it).
    range.first = *first;
    range.last = *last;
    return range;
}

} // namespace Haul
