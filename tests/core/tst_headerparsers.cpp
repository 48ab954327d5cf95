// SPDX-License-Identifier: MIT
#include "headerparsers.h"
#include "httpheaders.h"

#include <QLocale>
#include <QTest>
#include <QTimeZone>

using namespace Haul;

namespace {

// The reference instant of spec §8.5.
QDateTime referenceNow()
{
    return QDateTime(QDate(2015, 10, 21), QTime(7, 28), Qt::UTC);
}

// An IMF-fixdate for an instant, built independently of the parser.
QByteArray imfFixdate(const QDateTime &when)
{
    return QLocale::c().toString(when.toUTC(), u"ddd, dd MMM yyyy hh:mm:ss 'GMT'").toLatin1();
}

} // namespace

class TestHeaderParsers : public QObject
{
    Q_OBJECT

private slots:
    void contentLength_data();
    void contentLength();
    void contentLengthNullView();

    void retryAfter_data();
    void retryAfter();
    void retryAfterNullView();
    void retryAfterRelativeDates_data();
    void retryAfterRelativeDates();
    void retryAfterIndependentOfNowTimeSpec();

    void headersCaseInsensitiveFirstOccurrence();
    void headersTrimValues();
    void headersSetAndRemove();
};

void TestHeaderParsers::contentLength_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<bool>("known");
    QTest::addColumn<quint64>("value");

    // §4.4 OK list.
    QTest::newRow("42") << QByteArray("42") << true << 42ull;
    QTest::newRow("spaced 99") << QByteArray("  99  ") << true << 99ull;
    QTest::newRow("repeated with space") << QByteArray("1234, 1234") << true << 1234ull;
    QTest::newRow("repeated no space") << QByteArray("1234,1234") << true << 1234ull;
    QTest::newRow("three times") << QByteArray("1000, 1000, 1000") << true << 1000ull;
    QTest::newRow("leading zeros") << QByteArray("007") << true << 7ull;
    QTest::newRow("zero") << QByteArray("0") << true << 0ull;
    QTest::newRow("empty pieces dropped") << QByteArray(",42,") << true << 42ull;
    QTest::newRow("u64 max") << QByteArray("18446744073709551615") << true << 18446744073709551615ull;

    // §4.4 unknown list.
    QTest::newRow("empty") << QByteArray("") << false << 0ull;
    QTest::newRow("blank") << QByteArray("   ") << false << 0ull;
    QTest::newRow("abc") << QByteArray("abc") << false << 0ull;
    QTest::newRow("12a") << QByteArray("12a") << false << 0ull;
    QTest::newRow("12 34") << QByteArray("12 34") << false << 0ull;
    QTest::newRow("+12") << QByteArray("+12") << false << 0ull;
    QTest::newRow("-5") << QByteArray("-5") << false << 0ull;
    QTest::newRow("1.5") << QByteArray("1.5") << false << 0ull;
    QTest::newRow("1, 2") << QByteArray("1, 2") << false << 0ull;
    QTest::newRow("10, 11") << QByteArray("10, 11") << false << 0ull;
    QTest::newRow("10,,11") << QByteArray("10,,11") << false << 0ull;
    QTest::newRow("commas only") << QByteArray(" , ,") << false << 0ull;
    // G14: pyhaul crashes on these; ASCII digits only here.
    QTest::newRow("superscript two UTF-8") << QByteArray("\xc2\xb2") << false << 0ull;
    QTest::newRow("superscript two Latin-1") << QByteArray("\xb2") << false << 0ull;
    QTest::newRow("Arabic-Indic 45") << QByteArray("\xd9\xa4\xd9\xa5") << false << 0ull;
    QTest::newRow("beyond u64") << QByteArray("18446744073709551616") << false << 0ull;
}

void TestHeaderParsers::contentLength()
{
    QFETCH(QByteArray, input);
    QFETCH(bool, known);
    QFETCH(quint64, value);

    const auto length = parseContentLength(input);
    QCOMPARE(length.has_value(), known);
    if (known)
        QCOMPARE(*length, value);
}

void TestHeaderParsers::contentLengthNullView()
{
    // A missing header reaches the parser as a null view.
    QVERIFY(!parseContentLength(QByteArrayView()).has_value());
}

void TestHeaderParsers::retryAfter_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<bool>("known");
    QTest::addColumn<double>("seconds");

    // §8.5 table, now = 2015-10-21 07:28:00 UTC.
    QTest::newRow("120") << QByteArray("120") << true << 120.0;
    QTest::newRow("spaced 120") << QByteArray(" 120 ") << true << 120.0;
    QTest::newRow("0") << QByteArray("0") << true << 0.0;
    QTest::newRow("999999") << QByteArray("999999") << true << 999999.0;
    QTest::newRow("1e20, no cap") << QByteArray("99999999999999999999") << true << 1e20;
    QTest::newRow("+5") << QByteArray("+5") << false << 0.0;
    QTest::newRow("-5") << QByteArray("-5") << false << 0.0;
    QTest::newRow("1.5") << QByteArray("1.5") << false << 0.0;
    QTest::newRow("1e3") << QByteArray("1e3") << false << 0.0;
    QTest::newRow("10 20") << QByteArray("10 20") << false << 0.0;
    QTest::newRow("garbage") << QByteArray("garbage") << false << 0.0;
    QTest::newRow("empty") << QByteArray("") << false << 0.0;
    QTest::newRow("blank") << QByteArray("   ") << false << 0.0;
    QTest::newRow("IMF-fixdate") << QByteArray("Wed, 21 Oct 2015 07:28:30 GMT") << true << 30.0;
    QTest::newRow("RFC 850") << QByteArray("Wednesday, 21-Oct-15 07:28:30 GMT") << true << 30.0;
    QTest::newRow("asctime") << QByteArray("Wed Oct 21 07:28:30 2015") << true << 30.0;
    QTest::newRow("no weekday") << QByteArray("21 Oct 2015 07:28:30 GMT") << true << 30.0;
    QTest::newRow("wrong weekday ignored") << QByteArray("Thu, 21 Oct 2015 07:28:30 GMT") << true << 30.0;
    QTest::newRow("no zone is UTC") << QByteArray("Wed, 21 Oct 2015 07:28:30") << true << 30.0;
    QTest::newRow("-0000 is UTC") << QByteArray("Wed, 21 Oct 2015 07:28:30 -0000") << true << 30.0;
    QTest::newRow("+0100 is past") << QByteArray("Wed, 21 Oct 2015 07:28:30 +0100") << true << 0.0;
    QTest::newRow("PST") << QByteArray("Wed, 21 Oct 2015 07:28:30 PST") << true << 28830.0;
    QTest::newRow("past") << QByteArray("Wed, 21 Oct 2015 07:27:00 GMT") << true << 0.0;
    QTest::newRow("invalid day") << QByteArray("Wed, 32 Oct 2015 07:28:30 GMT") << false << 0.0;

    // RA-1 / RA-2 fixed values.
    QTest::newRow("RA-1 not a number or date") << QByteArray("not-a-number-or-date") << false << 0.0;
    QTest::newRow("RA-2 45") << QByteArray("45") << true << 45.0;
    QTest::newRow("RA-2 spaced 90") << QByteArray("  90  ") << true << 90.0;

    // Every zone the table promises (07:28:30 local is 30 s + offset ahead).
    QTest::newRow("UT") << QByteArray("Wed, 21 Oct 2015 07:28:30 UT") << true << 30.0;
    QTest::newRow("UTC") << QByteArray("Wed, 21 Oct 2015 07:28:30 UTC") << true << 30.0;
    QTest::newRow("Z") << QByteArray("Wed, 21 Oct 2015 07:28:30 Z") << true << 30.0;
    QTest::newRow("gmt lower-case") << QByteArray("Wed, 21 Oct 2015 07:28:30 gmt") << true << 30.0;
    QTest::newRow("+0000") << QByteArray("Wed, 21 Oct 2015 07:28:30 +0000") << true << 30.0;
    QTest::newRow("-0130") << QByteArray("Wed, 21 Oct 2015 07:28:30 -0130") << true << 5430.0;
    QTest::newRow("-0500 glued to time")
        << QByteArray("21 Oct 2015 07:28:30-0500") << true << 18030.0;
    QTest::newRow("+0100 later time") << QByteArray("Wed, 21 Oct 2015 08:29:00 +0100") << true << 60.0;
    QTest::newRow("EST") << QByteArray("Wed, 21 Oct 2015 07:28:30 EST") << true << 18030.0;
    QTest::newRow("EDT") << QByteArray("Wed, 21 Oct 2015 07:28:30 EDT") << true << 14430.0;
    QTest::newRow("CST") << QByteArray("Wed, 21 Oct 2015 07:28:30 CST") << true << 21630.0;
    QTest::newRow("CDT") << QByteArray("Wed, 21 Oct 2015 07:28:30 CDT") << true << 18030.0;
    QTest::newRow("MST") << QByteArray("Wed, 21 Oct 2015 07:28:30 MST") << true << 25230.0;
    QTest::newRow("MDT") << QByteArray("Wed, 21 Oct 2015 07:28:30 MDT") << true << 21630.0;
    QTest::newRow("PDT") << QByteArray("Wed, 21 Oct 2015 07:28:30 PDT") << true << 25230.0;
    QTest::newRow("unknown zone name is UTC") << QByteArray("Wed, 21 Oct 2015 07:28:30 XYZ") << true << 30.0;

    // RFC 850 two-digit years: 00-68 → 20xx, 69-99 → 19xx.
    QTest::newRow("RFC 850 year 16 is 2016")
        << QByteArray("Friday, 21-Oct-16 07:28:30 GMT") << true << (366.0 * 86400 + 30);
    QTest::newRow("RFC 850 year 68 is 2068")
        << QByteArray("Sunday, 21-Oct-68 07:28:00 GMT") << true
        << double(referenceNow().secsTo(QDateTime(QDate(2068, 10, 21), QTime(7, 28), Qt::UTC)));
    QTest::newRow("RFC 850 year 69 is 1969 (past)")
        << QByteArray("Tuesday, 21-Oct-69 07:28:30 GMT") << true << 0.0;
    QTest::newRow("RFC 850 year 99 is 1999 (past)")
        << QByteArray("Thursday, 21-Oct-99 07:28:30 GMT") << true << 0.0;
    QTest::newRow("RFC 2822 two-digit year") << QByteArray("Wed, 21 Oct 15 07:28:30 GMT") << true << 30.0;

    // Other lenient shapes of the same date parser.
    QTest::newRow("asctime next day") << QByteArray("Thu Oct 22 07:28:00 2015") << true << 86400.0;
    QTest::newRow("asctime padded day") << QByteArray("Sun Nov  1 07:28:00 2015") << true << 11.0 * 86400;
    QTest::newRow("no seconds") << QByteArray("Wed, 21 Oct 2015 07:29 GMT") << true << 60.0;
    QTest::newRow("full month name") << QByteArray("21 October 2015 07:28:30 GMT") << true << 30.0;
    QTest::newRow("no space after comma") << QByteArray("Wed,21 Oct 2015 07:28:30 GMT") << true << 30.0;
    QTest::newRow("day after month") << QByteArray("Oct 21 2015 07:28:30 GMT") << true << 30.0;
    QTest::newRow("surrounding blanks") << QByteArray("  Wed, 21 Oct 2015 07:28:30 GMT \t") << true << 30.0;

    // Invalid calendar or clock values.
    QTest::newRow("29 Feb in a common year") << QByteArray("Sun, 29 Feb 2015 07:28:30 GMT") << false << 0.0;
    QTest::newRow("hour 24") << QByteArray("Wed, 21 Oct 2015 24:00:00 GMT") << false << 0.0;
    QTest::newRow("minute 60") << QByteArray("Wed, 21 Oct 2015 07:60:00 GMT") << false << 0.0;
    QTest::newRow("second 60") << QByteArray("Wed, 21 Oct 2015 07:28:60 GMT") << false << 0.0;
    QTest::newRow("day 0") << QByteArray("Wed, 0 Oct 2015 07:28:30 GMT") << false << 0.0;
    QTest::newRow("unknown month") << QByteArray("Wed, 21 Foo 2015 07:28:30 GMT") << false << 0.0;
    QTest::newRow("no time") << QByteArray("Wed, 21 Oct 2015") << false << 0.0;
    QTest::newRow("bad time") << QByteArray("Wed, 21 Oct 2015 7h28 GMT") << false << 0.0;
    QTest::newRow("zone beyond a day") << QByteArray("Wed, 21 Oct 2015 07:28:30 +9999") << false << 0.0;

    // G14: ASCII digits only.
    QTest::newRow("superscript two") << QByteArray("\xc2\xb2") << false << 0.0;
    QTest::newRow("Arabic-Indic 45") << QByteArray("\xd9\xa4\xd9\xa5") << false << 0.0;
    // Far too large for a double: unparseable rather than infinite.
    QTest::newRow("beyond double") << QByteArray(400, '9') << false << 0.0;
}

void TestHeaderParsers::retryAfter()
{
    QFETCH(QByteArray, input);
    QFETCH(bool, known);
    QFETCH(double, seconds);

    const auto result = parseRetryAfter(input, referenceNow());
    QCOMPARE(result.has_value(), known);
    if (known)
        QCOMPARE(*result, seconds);
}

void TestHeaderParsers::retryAfterNullView()
{
    // RA-1 / RA-2: absent → none.
    QVERIFY(!parseRetryAfter(QByteArrayView(), referenceNow()).has_value());
}

void TestHeaderParsers::retryAfterRelativeDates_data()
{
    QTest::addColumn<qint64>("offsetSeconds");
    QTest::addColumn<double>("seconds");

    // RA-2: dates relative to now, written as IMF-fixdate.
    QTest::newRow("37 s ahead") << 37ll << 37.0;
    QTest::newRow("60 s in the past") << -60ll << 0.0;
    QTest::newRow("999999 s ahead") << 999999ll << 999999.0;
    QTest::newRow("now") << 0ll << 0.0;
}

void TestHeaderParsers::retryAfterRelativeDates()
{
    QFETCH(qint64, offsetSeconds);
    QFETCH(double, seconds);

    const QByteArray date = imfFixdate(referenceNow().addSecs(offsetSeconds));
    const auto result = parseRetryAfter(date, referenceNow());
    QVERIFY2(result.has_value(), date.constData());
    QCOMPARE(*result, seconds);
}

void TestHeaderParsers::retryAfterIndependentOfNowTimeSpec()
{
    // The same instant expressed with an offset must give the same answer.
    const QDateTime shifted = referenceNow().toTimeZone(QTimeZone(2 * 3600));
    QCOMPARE(parseRetryAfter("Wed, 21 Oct 2015 07:28:30 GMT", shifted), std::optional<double>(30.0));
    // Sub-second "now" is kept: the result is a double.
    const QDateTime later = referenceNow().addMSecs(500);
    QCOMPARE(parseRetryAfter("Wed, 21 Oct 2015 07:28:30 GMT", later), std::optional<double>(29.5));
}

void TestHeaderParsers::headersCaseInsensitiveFirstOccurrence()
{
    const HttpHeaders headers {
        { "ETag", "\"first\"" },
        { "content-range", "bytes 0-1/2" },
        { "etag", "\"second\"" },
    };
    QCOMPARE(headers.value("etag"), std::optional<QByteArray>("\"first\""));
    QCOMPARE(headers.value("ETAG"), std::optional<QByteArray>("\"first\""));
    QCOMPARE(headers.value("Content-Range"), std::optional<QByteArray>("bytes 0-1/2"));
    QVERIFY(headers.contains("CONTENT-RANGE"));
    QVERIFY(!headers.contains("Content-Length"));
    QVERIFY(!headers.value("Retry-After").has_value());
    QCOMPARE(headers.size(), 3);
}

void TestHeaderParsers::headersTrimValues()
{
    const HttpHeaders headers {
        { " Retry-After ", "  120 \t" },
        { "X-Empty", "   " },
    };
    QCOMPARE(headers.value("retry-after"), std::optional<QByteArray>("120"));
    // Present but blank is not absent.
    QCOMPARE(headers.value("x-empty"), std::optional<QByteArray>(QByteArray()));
    QVERIFY(headers.contains("X-EMPTY"));
    // The raw field list is not rewritten.
    QCOMPARE(headers.fields().at(0).second, QByteArray("  120 \t"));
}

void TestHeaderParsers::headersSetAndRemove()
{
    HttpHeaders headers;
    QVERIFY(headers.isEmpty());
    headers.append("Accept-Encoding", "gzip");
    headers.append("Range", "bytes=0-9");
    headers.append("accept-encoding", "br");

    headers.set("ACCEPT-ENCODING", "identity");
    QCOMPARE(headers.size(), 2);
    QCOMPARE(headers.value("Accept-Encoding"), std::optional<QByteArray>("identity"));
    QCOMPARE(headers.fields().last(), HttpHeaders::Field("ACCEPT-ENCODING", "identity"));
    QCOMPARE(headers.fields().first(), HttpHeaders::Field("Range", "bytes=0-9"));

    headers.remove("range");
    QCOMPARE(headers.size(), 1);
    QVERIFY(!headers.contains("Range"));
    headers.remove("not-there");
    QCOMPARE(headers.size(), 1);
}

QTEST_GUILESS_MAIN(TestHeaderParsers)
#include "tst_headerparsers.moc"
