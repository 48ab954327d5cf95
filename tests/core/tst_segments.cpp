// SPDX-License-Identifier: MIT
// The pure logic of segmented downloads: the span set the control file keeps
// (tag 131), the plan that hands pieces to connections and splits them at the
// end, and the check every other connection's response passes before a byte
// of it is written.
#include "byteranges.h"
#include "segmentbasis.h"
#include "segmentplan.h"

#include <QTest>

using namespace Haul;

namespace {

constexpr quint64 MiB = 1024 * 1024;

QList<ByteSpan> spans(std::initializer_list<ByteSpan> list) { return QList<ByteSpan>(list); }

SegmentBasis basis()
{
    SegmentBasis b;
    b.from = 0;
    b.extent = 1000;
    b.etag = ETag::strong(QStringLiteral("v1"));
    return b;
}

HttpHeaders partial(quint64 first, quint64 last, const QByteArray &total = "1000", const QByteArray &etag = "\"v1\"")
{
    HttpHeaders h{{"Content-Range", "bytes " + QByteArray::number(first) + '-' + QByteArray::number(last) + '/' + total}};
    if (!etag.isEmpty())
        h.append("ETag", etag);
    return h;
}

} // namespace

class TestSegments : public QObject
{
    Q_OBJECT

private slots:
    void rangesMergeAndSplit()
    {
        ByteRanges r;
        r.add(10, 20);
        r.add(30, 40);
        QCOMPARE(r.spans(), spans({{10, 20}, {30, 40}}));
        r.add(20, 30); // touching spans merge into one
        QCOMPARE(r.spans(), spans({{10, 40}}));
        r.add(5, 12);
        r.add(50, 60);
        r.add(0, 0); // empty: ignored
        QCOMPARE(r.spans(), spans({{5, 40}, {50, 60}}));
        QCOMPARE(r.total(), quint64(45));
        QCOMPARE(r.coveredUntil(7), quint64(40));
        QCOMPARE(r.coveredUntil(45), quint64(45));
        QCOMPARE(r.gaps(0, 70), spans({{0, 5}, {40, 50}, {60, 70}}));
        QCOMPARE(r.gaps(10, 55), spans({{40, 50}}));
        r.remove(20, 52);
        QCOMPARE(r.spans(), spans({{5, 20}, {52, 60}}));
        r.removeBelow(10);
        QCOMPARE(r.spans(), spans({{10, 20}, {52, 60}}));
        r.removeBelow(55);
        QCOMPARE(r.spans(), spans({{55, 60}}));
    }

    void rangesCodec()
    {
        ByteRanges r;
        r.add(8, 16);
        r.add(100, 1 << 20);
        const QByteArray bytes = r.encode();
        QCOMPARE(bytes.size(), 32);
        QCOMPARE(bytes.left(8), QByteArray("\x08\0\0\0\0\0\0\0", 8));
        QCOMPARE(ByteRanges::decode(bytes, 1 << 20), std::optional<ByteRanges>(r));
        QVERIFY(!ByteRanges::decode(bytes, (1 << 20) - 1)); // beyond the file
        QVERIFY(!ByteRanges::decode(bytes.left(31), 1 << 20));
        QVERIFY(!ByteRanges::decode(QByteArray(), 1 << 20));
        ByteRanges reversed;
        reversed.add(100, 200);
        QByteArray swapped = reversed.encode().mid(8, 8) + reversed.encode().left(8);
        QVERIFY(!ByteRanges::decode(swapped, 1000)); // begin >= end
        QByteArray unsorted = r.encode().mid(16) + r.encode().left(16);
        QVERIFY(!ByteRanges::decode(unsorted, 1 << 20));
    }

    void planHandsOutLowestFirst()
    {
        SegmentPlan plan(0, 100 * MiB, {}, 10 * MiB, MiB);
        QCOMPARE(plan.claimAt(0, 0), std::optional<SegmentPlan::Piece>({0, 10 * MiB}));
        QCOMPARE(plan.assign(1), std::optional<SegmentPlan::Piece>({10 * MiB, 20 * MiB}));
        QCOMPARE(plan.assign(2), std::optional<SegmentPlan::Piece>({20 * MiB, 30 * MiB}));
        QVERIFY(!plan.claimAt(3, 15 * MiB)); // owned
        plan.advance(0, 10 * MiB);
        QCOMPARE(plan.piece(0)->remaining(), quint64(0));
        // Straight on when the next bytes are free; the prefix connection moves on.
        QCOMPARE(plan.claimAt(0, 10 * MiB), std::nullopt);
        QCOMPARE(plan.assign(0), std::optional<SegmentPlan::Piece>({30 * MiB, 40 * MiB}));
        QVERIFY(!plan.finished());
    }

    void planKeepsNoSlivers()
    {
        // A remainder under pieceSize + minPiece goes with the last piece.
        SegmentPlan plan(0, 10 * MiB + 512 * 1024, {}, 10 * MiB, MiB);
        QCOMPARE(plan.assign(0), std::optional<SegmentPlan::Piece>({0, 10 * MiB + 512 * 1024}));
        QVERIFY(!plan.assign(1) || plan.piece(1)->remaining() >= MiB);
    }

    void planSplitsTheLargestAtTheEnd()
    {
        SegmentPlan plan(0, 16 * MiB, {}, 8 * MiB, MiB);
        QCOMPARE(plan.assign(0), std::optional<SegmentPlan::Piece>({0, 8 * MiB}));
        QCOMPARE(plan.assign(1), std::optional<SegmentPlan::Piece>({8 * MiB, 16 * MiB}));
        plan.advance(0, 2 * MiB);
        plan.advance(1, 6 * MiB);
        // Nothing unowned: connection 2 takes the second half of connection 0's remaining 6 MiB.
        QCOMPARE(plan.assign(2), std::optional<SegmentPlan::Piece>({5 * MiB, 8 * MiB}));
        QCOMPARE(plan.piece(0), std::optional<SegmentPlan::Piece>({2 * MiB, 5 * MiB}));
        plan.advance(1, 2 * MiB); // done
        QCOMPARE(plan.assign(1), std::optional<SegmentPlan::Piece>({3 * MiB + 512 * 1024, 5 * MiB}));
        // Below two minimum pieces nothing is split any more.
        plan.advance(2, 2 * MiB);
        plan.advance(0, MiB + 512 * 1024);
        plan.advance(1, MiB);
        QVERIFY(!plan.assign(3));
        plan.advance(2, MiB);
        plan.advance(1, 512 * 1024);
        QVERIFY(plan.finished());
    }

    void planReleasesAndSkipsDone()
    {
        ByteRanges done;
        done.add(4 * MiB, 6 * MiB);
        SegmentPlan plan(MiB, 8 * MiB, done, 2 * MiB, MiB);
        QCOMPARE(plan.unownedBytes(), quint64(5 * MiB));
        QCOMPARE(plan.claimAt(0, MiB), std::optional<SegmentPlan::Piece>({MiB, 4 * MiB})); // 3 MiB < 2 + 1: whole
        QCOMPARE(plan.assign(1), std::optional<SegmentPlan::Piece>({6 * MiB, 8 * MiB}));
        plan.advance(1, MiB);
        plan.release(1); // a failed connection gives its unread bytes back
        QCOMPARE(plan.unownedBytes(), quint64(MiB));
        QCOMPARE(plan.assign(2), std::optional<SegmentPlan::Piece>({7 * MiB, 8 * MiB}));
    }

    // A connection on a long round trip asks for more than the usual piece; never
    // less than it, and never more than MaxRequestedPiece.
    void planGivesLargerPiecesOnRequest()
    {
        SegmentPlan plan(0, 1024 * MiB, {}, 8 * MiB, MiB);
        QCOMPARE(plan.assign(0, 40 * MiB), std::optional<SegmentPlan::Piece>({0, 40 * MiB}));
        QCOMPARE(plan.assign(1, MiB), std::optional<SegmentPlan::Piece>({40 * MiB, 48 * MiB}));
        QCOMPARE(plan.assign(2), std::optional<SegmentPlan::Piece>({48 * MiB, 56 * MiB}));
        QCOMPARE(plan.assign(3, 4096 * MiB),
                 std::optional<SegmentPlan::Piece>({56 * MiB, 56 * MiB + SegmentPlan::MaxRequestedPiece}));
        // No sliver is left behind a large piece either.
        SegmentPlan tail(0, 40 * MiB + 512 * 1024, {}, 8 * MiB, MiB);
        QCOMPARE(tail.assign(0, 40 * MiB), std::optional<SegmentPlan::Piece>({0, 40 * MiB + 512 * 1024}));
    }

    void pieceSizes()
    {
        QCOMPARE(SegmentPlan::pieceSizeFor(2048 * MiB, 8, MiB), 8 * MiB); // one block at most
        QCOMPARE(SegmentPlan::pieceSizeFor(160 * MiB, 4, MiB), 5 * MiB);
        QCOMPARE(SegmentPlan::pieceSizeFor(64 * MiB, 8, MiB), MiB);
        QCOMPARE(SegmentPlan::pieceSizeFor(3 * MiB, 16, MiB), MiB);
    }

    void requestHeaders()
    {
        SegmentBasis b = basis();
        b.start = 100;
        const HttpHeaders caller{{"User-Agent", "ua"}, {"Range", "bytes=0-1"}, {"If-Range", "\"x\""}, {"TE", "gzip"}};
        const HttpHeaders h = b.requestHeaders(caller, 10, 19);
        QCOMPARE(h.value("range"), std::optional<QByteArray>("bytes=110-119"));
        QCOMPARE(h.value("if-range"), std::optional<QByteArray>("\"v1\""));
        QCOMPARE(h.value("accept-encoding"), std::optional<QByteArray>("identity"));
        QCOMPARE(h.value("user-agent"), std::optional<QByteArray>("ua"));
        QVERIFY(!h.contains("te"));
        b.etag = ETag();
        b.lastModified = "Tue, 15 Nov 1994 08:12:31 GMT";
        QCOMPARE(b.requestHeaders({}, 0, 9).value("if-range"), std::optional<QByteArray>(b.lastModified));
    }

    void checkResponses_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<HttpHeaders>("headers");
        QTest::addColumn<int>("verdict");
        using V = SegmentBasis::Verdict;
        QTest::newRow("exact") << 206 << partial(100, 199) << int(V::Accept);
        QTest::newRow("no etag on the 206") << 206 << partial(100, 199, "1000", "") << int(V::Accept);
        QTest::newRow("total unknown") << 206 << partial(100, 199, "*") << int(V::Accept);
        QTest::newRow("other start") << 206 << partial(0, 199) << int(V::NotHonored);
        QTest::newRow("shorter") << 206 << partial(100, 150) << int(V::NotHonored);
        QTest::newRow("longer") << 206 << partial(100, 999) << int(V::NotHonored);
        QTest::newRow("no content-range") << 206 << HttpHeaders{{"ETag", "\"v1\""}} << int(V::NotHonored);
        QTest::newRow("other size") << 206 << partial(100, 199, "2000") << int(V::Changed);
        QTest::newRow("other etag") << 206 << partial(100, 199, "1000", "\"v2\"") << int(V::Changed);
        QTest::newRow("200 same etag") << 200 << HttpHeaders{{"ETag", "\"v1\""}} << int(V::NotHonored);
        QTest::newRow("200 new etag") << 200 << HttpHeaders{{"ETag", "\"v2\""}} << int(V::Changed);
        QTest::newRow("416") << 416 << HttpHeaders{{"Content-Range", "bytes */500"}} << int(V::Changed);
        QTest::newRow("503") << 503 << HttpHeaders{} << int(V::Retry);
        QTest::newRow("429") << 429 << HttpHeaders{} << int(V::Retry);
        QTest::newRow("404") << 404 << HttpHeaders{} << int(V::Fatal);
        HttpHeaders gz = partial(100, 199);
        gz.append("Content-Encoding", "gzip");
        QTest::newRow("other encoding") << 206 << gz << int(V::NotHonored);
    }

    void checkResponses()
    {
        QFETCH(int, status);
        QFETCH(HttpHeaders, headers);
        QFETCH(int, verdict);
        QString why;
        QCOMPARE(int(basis().check(status, headers, 100, 199, &why)), verdict);
        QCOMPARE(why.isEmpty(), verdict == int(SegmentBasis::Verdict::Accept));
    }

    void lastModifiedGuards()
    {
        SegmentBasis b = basis();
        b.etag = ETag();
        b.lastModified = "Tue, 15 Nov 1994 08:12:31 GMT";
        HttpHeaders same = partial(100, 199, "1000", "");
        same.append("Last-Modified", b.lastModified);
        HttpHeaders later = partial(100, 199, "1000", "");
        later.append("Last-Modified", "Wed, 16 Nov 1994 08:12:31 GMT");
        QCOMPARE(b.check(206, same, 100, 199, nullptr), SegmentBasis::Verdict::Accept);
        QCOMPARE(b.check(206, later, 100, 199, nullptr), SegmentBasis::Verdict::Changed);
    }
};

QTEST_GUILESS_MAIN(TestSegments)
#include "tst_segments.moc"
