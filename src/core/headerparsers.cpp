// SPDX-License-Identifier: MIT
#include "headerparsers.h"

#include "bytes.h"

#include <QByteArray>
#include <QList>

#include <array>
#include <charconv>
#include <cmath>
#include <limits>

namespace Haul {

namespace {

using namespace Bytes;

bool allAsciiDigits(QByteArrayView text)
{
    if (text.isEmpty())
        return false;
    for (char c : text) {
        if (!isAsciiDigit(c))
            return false;
    }
    return true;
}

// ASCII digits into a u64; nullopt when empty, not digits or too large.
std::optional<quint64> toU64(QByteArrayView text)
{
    if (!allAsciiDigits(text))
        return std::nullopt;
    quint64 value = 0;
    for (char c : text) {
        const quint64 digit = quint64(c - '0');
        if (value > (std::numeric_limits<quint64>::max() - digit) / 10)
            return std::nullopt;
        value = value * 10 + digit;
    }
    return value;
}

// A small non-negative date field; the bound keeps int arithmetic safe, and
// anything that large is rejected later as an invalid date anyway.
std::optional<int> toSmallInt(QByteArrayView text)
{
    if (text.size() > 9)
        return std::nullopt;
    const auto value = toU64(text);
    if (!value)
        return std::nullopt;
    return int(*value);
}

// A numeric zone: an optional sign then digits (e.g. "+0100", "-0500").
std::optional<int> toSignedZone(QByteArrayView text)
{
    bool negative = false;
    if (!text.isEmpty() && (text.front() == '+' || text.front() == '-')) {
        negative = text.front() == '-';
        text = text.sliced(1);
    }
    const auto value = toSmallInt(text);
    if (!value)
        return std::nullopt;
    return negative ? -*value : *value;
}

QList<QByteArray> splitOnSpace(QByteArrayView text)
{
    QList<QByteArray> words;
    qsizetype i = 0;
    while (i < text.size()) {
        while (i < text.size() && isAsciiSpace(text.at(i)))
            ++i;
        const qsizetype start = i;
        while (i < text.size() && !isAsciiSpace(text.at(i)))
            ++i;
        if (i > start)
            words.append(text.sliced(start, i - start).toByteArray());
    }
    return words;
}

constexpr std::array<const char *, 24> monthNames = {
    "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
    "january", "february", "march", "april", "may", "june", "july", "august",
    "september", "october", "november", "december",
};

constexpr std::array<const char *, 7> dayNames = { "mon", "tue", "wed", "thu", "fri", "sat", "sun" };

// Named zones in the ±hhmm notation of RFC 2822 (§8.5: named US zones).
struct NamedZone
{
    const char *name;
    int hhmm;
};
constexpr std::array<NamedZone, 14> namedZones = { {
    { "UT", 0 }, { "UTC", 0 }, { "GMT", 0 }, { "Z", 0 },
    { "AST", -400 }, { "ADT", -300 }, { "EST", -500 }, { "EDT", -400 },
    { "CST", -600 }, { "CDT", -500 }, { "MST", -700 }, { "MDT", -600 },
    { "PST", -800 }, { "PDT", -700 },
} };

int monthIndex(const QByteArray &lowered)
{
    for (size_t i = 0; i < monthNames.size(); ++i) {
        if (lowered == monthNames[i])
            return int(i % 12) + 1;
    }
    return 0;
}

bool isDayName(const QByteArray &lowered)
{
    for (const char *day : dayNames) {
        if (lowered == day)
            return true;
    }
    return false;
}

void chopTrailingComma(QByteArray &word)
{
    if (word.endsWith(','))
        word.chop(1);
}

// §8.5 step 2: the lenient RFC 2822 reading pyhaul gets from Python's email
// date parser, which also covers IMF-fixdate, RFC 850 and asctime by shuffling
// the fields it finds. Returns the instant in UTC; a date without a usable zone
// is UTC. Invalid calendar values give nullopt.
std::optional<QDateTime> parseHttpDate(QByteArrayView text)
{
    QList<QByteArray> data = splitOnSpace(text);
    if (data.isEmpty())
        return std::nullopt;

    // A leading weekday (with or without comma) is skipped and never checked.
    if (data[0].endsWith(',') || isDayName(data[0].toLower())) {
        data.removeFirst();
    } else {
        const qsizetype comma = data[0].lastIndexOf(',');
        if (comma >= 0)
            data[0] = data[0].mid(comma + 1);
    }

    // RFC 850: "21-Oct-15 07:28:30 GMT".
    if (data.size() == 3) {
        const QList<QByteArray> parts = data[0].split('-');
        if (parts.size() == 3)
            data = parts + data.mid(1);
    }
    // Four fields: either "… 07:28:30+0100"-style glued zone, or no zone.
    if (data.size() == 4) {
        const QByteArray last = data[3];
        qsizetype sign = last.indexOf('+');
        if (sign == -1)
            sign = last.indexOf('-');
        if (sign > 0) {
            data[3] = last.left(sign);
            data.append(last.mid(sign));
        } else {
            data.append(QByteArray());
        }
    }
    if (data.size() < 5)
        return std::nullopt;

    QByteArray dd = data[0];
    QByteArray mm = data[1].toLower();
    QByteArray yy = data[2];
    QByteArray tm = data[3];
    QByteArray tz = data[4];
    if (dd.isEmpty() || mm.isEmpty() || yy.isEmpty())
        return std::nullopt;

    // asctime puts the month first.
    int month = monthIndex(mm);
    if (month == 0) {
        std::swap(dd, mm);
        mm = mm.toLower();
        month = monthIndex(mm);
        if (month == 0)
            return std::nullopt;
    }
    chopTrailingComma(dd);
    // asctime also puts the time before the year.
    if (yy.indexOf(':') > 0)
        std::swap(yy, tm);
    if (yy.endsWith(',')) {
        yy.chop(1);
        if (yy.isEmpty())
            return std::nullopt;
    }
    if (yy.isEmpty() || !isAsciiDigit(yy.front()))
        std::swap(yy, tz);
    chopTrailingComma(tm);

    QList<QByteArray> clock = tm.split(':');
    if (clock.size() == 1 && tm.contains('.'))
        clock = tm.split('.');
    if (clock.size() == 2)
        clock.append("0");
    if (clock.size() != 3)
        return std::nullopt;

    auto year = toSmallInt(yy);
    const auto day = toSmallInt(dd);
    const auto hour = toSmallInt(clock[0]);
    const auto minute = toSmallInt(clock[1]);
    const auto second = toSmallInt(clock[2]);
    if (!year || !day || !hour || !minute || !second)
        return std::nullopt;
    // Two-digit years: 00-68 → 20xx, 69-99 → 19xx.
    if (*year < 100)
        *year += *year > 68 ? 1900 : 2000;

    std::optional<int> hhmm;
    const QByteArray zone = tz.toUpper();
    for (const NamedZone &named : namedZones) {
        if (zone == named.name)
            hhmm = named.hhmm;
    }
    if (!hhmm) {
        hhmm = toSignedZone(zone);
        // "-0000" means "zone unknown" in RFC 2822, i.e. no zone.
        if (hhmm && *hhmm == 0 && zone.startsWith('-'))
            hhmm.reset();
    }
    int offsetSeconds = 0;
    if (hhmm) {
        const int magnitude = std::abs(*hhmm);
        offsetSeconds = (magnitude / 100) * 3600 + (magnitude % 100) * 60;
        if (*hhmm < 0)
            offsetSeconds = -offsetSeconds;
        // Python's fixed-offset zones must be within a day.
        if (std::abs(offsetSeconds) >= 24 * 3600)
            return std::nullopt;
    }

    // The ranges Python's datetime accepts; QDate checks the day per month.
    if (*year < 1 || *year > 9999 || *hour > 23 || *minute > 59 || *second > 59)
        return std::nullopt;
    const QDate date(*year, month, *day);
    if (!date.isValid())
        return std::nullopt;
    const QDateTime local(date, QTime(*hour, *minute, *second), Qt::UTC);
    return local.addSecs(-offsetSeconds);
}

} // namespace

std::optional<quint64> parseContentLength(QByteArrayView value)
{
    // §4.4: "1234, 1234" is one value; "10, 11" (or "10,,11") is unknown.
    const QByteArrayView text = value.trimmed();
    std::optional<QByteArrayView> piece;
    qsizetype start = 0;
    while (start <= text.size()) {
        qsizetype comma = text.indexOf(',', start);
        if (comma < 0)
            comma = text.size();
        const QByteArrayView current = text.sliced(start, comma - start).trimmed();
        start = comma + 1;
        if (current.isEmpty())
            continue;
        if (!allAsciiDigits(current))
            return std::nullopt;
        if (piece && *piece != current)
            return std::nullopt;
        piece = current;
    }
    if (!piece)
        return std::nullopt;
    return toU64(*piece);
}

std::optional<double> parseRetryAfter(QByteArrayView value, const QDateTime &now)
{
    const QByteArrayView text = value.trimmed();
    if (text.isEmpty())
        return std::nullopt;

    // §8.5: a date first, then a plain count.
    if (const auto when = parseHttpDate(text)) {
        const double seconds = double(now.msecsTo(*when)) / 1000.0;
        return seconds > 0 ? seconds : 0.0;
    }
    if (!allAsciiDigits(text))
        return std::nullopt;
    // No cap (§8.5): "99999999999999999999" is 1e20. Only a count too large
    // for a double at all is refused.
    double seconds = 0;
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), seconds);
    if (error != std::errc() || end != text.data() + text.size() || !std::isfinite(seconds))
        return std::nullopt;
    return seconds;
}

} // namespace Haul
