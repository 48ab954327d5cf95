// SPDX-License-Identifier: MIT
#include "contentrange.h"

#include <QTest>

using Haul::ContentRange;

class TestContentRange : public QObject
{
    Q_OBJECT

private slots:
    void accepted_data();
    void accepted();
    void rejected_data();
    void rejected();
    void unitIsCaseInsensitive_data();
    void unitIsCaseInsensitive();
    void derivedValues();
    void sixtyFourBitLimits_data();
    void sixtyFourBitLimits();
    void zeroTotal_data();
    void zeroTotal();

private:
    void addRangeColumns();
    void checkRange(const std::optional<ContentRange> &range);
};

void TestContentRange::addRangeColumns()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<bool>("unsatisfied");
    QTest::addColumn<quint64>("first");
    QTest::addColumn<quint64>("last");
    QTest::addColumn<qint64>("total"); // -1 for "*"
}

void TestContentRange::checkRange(const std::optional<ContentRange> &range)
{
    QFETCH(bool, unsatisfied);
    QFETCH(quint64, first);
    QFETCH(quint64, last);
    QFETCH(qint64, total);

    QVERIFY(range.has_value());
    QCOMPARE(range->unsatisfied, unsatisfied);
    QCOMPARE(range->first, first);
    QCOMPARE(range->last, last);
    if (total < 0) {
        QVERIFY(!range->total.has_value());
    } else {
        QVERIFY(range->total.has_value());
        QCOMPARE(*range->total, quint64(total));
    }
}

void TestContentRange::accepted_data()
{
    addRangeColumns();
    // §4.3 "Accepted" list.
    QTest::newRow("plain") << QByteArray("bytes 0-499/1000") << false << 0ull << 499ull << 1000ll;
    QTest::newRow("unknown total") << QByteArray("bytes 0-499/*") << false << 0ull << 499ull << -1ll;
    QTest::newRow("outer spaces") << QByteArray("  bytes 0-499/1000  ") << false << 0ull << 499ull << 1000ll;
    QTest::newRow("two spaces after unit") << QByteArray("bytes  0-499/1000") << false << 0ull << 499ull << 1000ll;
    QTest::newRow("equals sign") << QByteArray("bytes=0-499/1000") << false << 0ull << 499ull << 1000ll;
    QTest::newRow("no unit") << QByteArray("0-499/1000") << false << 0ull << 499ull << 1000ll;
    QTest::newRow("unit glued") << QByteArray("bytes0-1/2") << false << 0ull << 1ull << 2ll;
    QTest::newRow("spaced equals") << QByteArray("bytes  =  0-1/2") << false << 0ull << 1ull << 2ll;
    QTest::newRow("leading zeros") << QByteArray("bytes 00-01/02") << false << 0ull << 1ull << 2ll;
    QTest::newRow("tab after unit") << QByteArray("bytes\t0-1/2") << false << 0ull << 1ull << 2ll;
    QTest::newRow("spaces around slash, star") << QByteArray("bytes 0-1 / *") << false << 0ull << 1ull << -1ll;
    QTest::newRow("spaces around dash") << QByteArray("bytes 0 - 1/2") << false << 0ull << 1ull << 2ll;
    QTest::newRow("unsatisfied") << QByteArray("bytes */1000") << true << 0ull << 0ull << 1000ll;
    QTest::newRow("unsatisfied equals") << QByteArray("bytes=*/1000") << true << 0ull << 0ull << 1000ll;
    QTest::newRow("unsatisfied no unit") << QByteArray("*/1000") << true << 0ull << 0ull << 1000ll;
    QTest::newRow("unsatisfied spaced") << QByteArray("bytes * / 1000") << true << 0ull << 0ull << 1000ll;
    // Inconsistent but accepted: last >= total is not checked.
    QTest::newRow("last equals total") << QByteArray("bytes 5-5/5") << false << 5ull << 5ull << 5ll;
    QTest::newRow("last beyond total") << QByteArray("bytes 3-9/5") << false << 3ull << 9ull << 5ll;
}

void TestContentRange::accepted()
{
    QFETCH(QByteArray, input);
    checkRange(ContentRange::parse(input));
    if (QTest::currentTestFailed())
        return;
    // Accepted values never depend on allowZeroTotal.
    checkRange(ContentRange::parse(input, true));
}

void TestContentRange::rejected_data()
{
    QTest::addColumn<QByteArray>("input");
    // §4.3 "Rejected" list (minus the unit-case pair, see unitIsCaseInsensitive).
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("blank") << QByteArray("   \t ");
    QTest::newRow("items") << QByteArray("items 0-499/1000");
    QTest::newRow("Items unsatisfied") << QByteArray("Items */2");
    QTest::newRow("none") << QByteArray("none 0-1/2");
    QTest::newRow("first > last") << QByteArray("bytes 500-499/1000");
    QTest::newRow("negative first") << QByteArray("bytes -1-499/1000");
    QTest::newRow("letters first") << QByteArray("bytes abc-499/1000");
    QTest::newRow("letters last") << QByteArray("bytes 0-xyz/1000");
    QTest::newRow("letters total") << QByteArray("bytes 0-499/abc");
    QTest::newRow("list") << QByteArray("bytes 0-499/1000, 500-999/1000");
    QTest::newRow("no total") << QByteArray("bytes 0-499");
    QTest::newRow("no dash") << QByteArray("bytes 0/1000");
    QTest::newRow("dash only") << QByteArray("bytes -/1000");
    QTest::newRow("no last") << QByteArray("bytes 0-/1000");
    QTest::newRow("no range") << QByteArray("bytes /1000");
    QTest::newRow("space inside number") << QByteArray("bytes 0-49 9/1000");
    QTest::newRow("unsatisfied zero total") << QByteArray("bytes */0");
    QTest::newRow("zero total") << QByteArray("bytes 0-1/0");
    QTest::newRow("negative total") << QByteArray("bytes 0-499/-1");
    QTest::newRow("star first") << QByteArray("bytes *-499/1000");
    QTest::newRow("star last") << QByteArray("bytes 0-*/1000");
    QTest::newRow("true") << QByteArray("true");
    QTest::newRow("octets") << QByteArray("octets 0-1/2");
    // Our C++ deviations (§4.3): ASCII digits only.
    QTest::newRow("Arabic-Indic digits") << QByteArray("bytes \xd9\xa0-\xd9\xa1/\xd9\xa2");
    QTest::newRow("fullwidth digits") << QByteArray("bytes \xef\xbc\x90-\xef\xbc\x91/\xef\xbc\x92");
    QTest::newRow("superscript two total") << QByteArray("bytes 0-1/\xc2\xb2");
    // Further malformed shapes.
    QTest::newRow("plus sign") << QByteArray("bytes +0-1/2");
    QTest::newRow("trailing garbage") << QByteArray("bytes 0-1/2x");
    QTest::newRow("trailing garbage after star") << QByteArray("bytes 0-1/*x");
    QTest::newRow("unsatisfied star total") << QByteArray("bytes */*");
    QTest::newRow("two equals") << QByteArray("bytes==0-1/2");
    QTest::newRow("unit only") << QByteArray("bytes");
    QTest::newRow("decimal") << QByteArray("bytes 0-1.5/2");
}

void TestContentRange::rejected()
{
    QFETCH(QByteArray, input);
    QVERIFY(!ContentRange::parse(input).has_value());
}

void TestContentRange::unitIsCaseInsensitive_data()
{
    addRangeColumns();
    // Deviation (§13 G13, documented in contentrange.h): pyhaul rejects these
    // (§4.3 lists them as rejected, CR-3); HTTP units are case-insensitive, so
    // Haul accepts them.
    QTest::newRow("Bytes") << QByteArray("Bytes 0-1/2") << false << 0ull << 1ull << 2ll;
    QTest::newRow("BYTES") << QByteArray("BYTES 0-1/2") << false << 0ull << 1ull << 2ll;
    QTest::newRow("bYtEs unsatisfied") << QByteArray("bYtEs */7") << true << 0ull << 0ull << 7ll;
}

void TestContentRange::unitIsCaseInsensitive()
{
    QFETCH(QByteArray, input);
    checkRange(ContentRange::parse(input));
}

void TestContentRange::derivedValues()
{
    // CR-2.
    const auto satisfied = ContentRange::parse("bytes 100-199/1000");
    QVERIFY(satisfied);
    QVERIFY(!satisfied->unsatisfied);
    QCOMPARE(satisfied->length(), 100ull);
    QCOMPARE(satisfied->total, std::optional<quint64>(1000));

    const auto unsatisfied = ContentRange::parse("bytes */1000");
    QVERIFY(unsatisfied);
    QVERIFY(unsatisfied->unsatisfied);
    QCOMPARE(unsatisfied->length(), 0ull);
    QCOMPARE(unsatisfied->total, std::optional<quint64>(1000));

    const auto unknownTotal = ContentRange::parse("bytes 0-99/*");
    QVERIFY(unknownTotal);
    QVERIFY(!unknownTotal->unsatisfied);
    QVERIFY(!unknownTotal->total.has_value());
    QCOMPARE(unknownTotal->length(), 100ull);

    const auto single = ContentRange::parse("bytes 7-7/8");
    QVERIFY(single);
    QCOMPARE(single->length(), 1ull);
}

void TestContentRange::sixtyFourBitLimits_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<bool>("accepted");

    // 18446744073709551615 is the largest u64; one more must be an error.
    QTest::newRow("max last and total")
        << QByteArray("bytes 18446744073709551614-18446744073709551614/18446744073709551615") << true;
    QTest::newRow("max total unsatisfied") << QByteArray("bytes */18446744073709551615") << true;
    QTest::newRow("max with leading zeros") << QByteArray("bytes 0-1/00018446744073709551615") << true;
    QTest::newRow("first overflows") << QByteArray("bytes 18446744073709551616-18446744073709551616/*") << false;
    QTest::newRow("last overflows") << QByteArray("bytes 0-18446744073709551616/*") << false;
    QTest::newRow("total overflows") << QByteArray("bytes 0-1/18446744073709551616") << false;
    QTest::newRow("unsatisfied total overflows") << QByteArray("bytes */18446744073709551616") << false;
    QTest::newRow("far beyond 64 bits") << QByteArray("bytes 0-1/99999999999999999999999999") << false;
}

void TestContentRange::sixtyFourBitLimits()
{
    QFETCH(QByteArray, input);
    QFETCH(bool, accepted);
    const auto range = ContentRange::parse(input);
    QCOMPARE(range.has_value(), accepted);
    if (accepted)
        QCOMPARE(*range->total, std::numeric_limits<quint64>::max());
}

void TestContentRange::zeroTotal_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<bool>("acceptedWhenAllowed");

    // §13 G13: an empty resource on a range-capable server says "bytes */0".
    QTest::newRow("bytes */0") << QByteArray("bytes */0") << true;
    QTest::newRow("*/0") << QByteArray("*/0") << true;
    QTest::newRow("bytes=*/00") << QByteArray("bytes=*/00") << true;
    // A satisfied range can never be inside an empty resource.
    QTest::newRow("bytes 0-1/0") << QByteArray("bytes 0-1/0") << false;
    QTest::newRow("bytes 0-0/0") << QByteArray("bytes 0-0/0") << false;
}

void TestContentRange::zeroTotal()
{
    QFETCH(QByteArray, input);
    QFETCH(bool, acceptedWhenAllowed);

    QVERIFY(!ContentRange::parse(input).has_value());
    const auto range = ContentRange::parse(input, true);
    QCOMPARE(range.has_value(), acceptedWhenAllowed);
    if (acceptedWhenAllowed) {
        QVERIFY(range->unsatisfied);
        QCOMPARE(range->total, std::optional<quint64>(0));
        QCOMPARE(range->length(), 0ull);
    }
}

QTEST_GUILESS_MAIN(TestContentRange)
#include "tst_contentrange.moc"
