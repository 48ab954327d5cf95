// SPDX-License-Identifier: MIT
// The resume core with bytes arriving at several offsets (segmented downloads):
// the cursor stays the contiguous prefix and is hashed as it grows, the other
// spans are checkpointed beside it (tag 131) and resumed, pyhaul's reader
// accepts every such checkpoint, and the digests come out exactly as for one
// connection.
#include "controlfile.h"
#include "enginetestdata.h"
#include "resumeengine.h"
#include "testfiles.h"

#include <QCryptographicHash>
#include <QTemporaryDir>
#include <QTest>

using namespace Haul;
using Haul::Test::flatSha;
using Haul::Test::pattern;
using Haul::Test::readFile;
using Haul::Test::treeOf;
using Haul::Test::writeFile;

namespace {

const QUrl TestUrl(QStringLiteral("http://127.0.0.1:1/f.bin"));
constexpr quint64 Block = 64 * 1024;

HttpHeaders partial(quint64 first, quint64 total, const QByteArray &etag = "\"v1\"", const QByteArray &modified = {})
{
    HttpHeaders h{{"Content-Range", "bytes " + QByteArray::number(first) + '-' + QByteArray::number(total - 1) + '/'
                                        + QByteArray::number(total)}};
    if (!etag.isEmpty())
        h.append("ETag", etag);
    if (!modified.isEmpty())
        h.append("Last-Modified", modified);
    return h;
}

EngineOptions options()
{
    EngineOptions o;
    o.blockSize = Block;
    o.connections = 4;
    o.checkpointIntervalMs = 0;
    o.backgroundCheckpoints = false;
    return o;
}

// Writes [begin, end) of body at its offset, in chunks.
ResumeEngine::Step writeSpan(ResumeEngine &e, const QByteArray &body, quint64 begin, quint64 end, qsizetype chunk = 40000)
{
    for (quint64 at = begin; at < end; at += quint64(chunk)) {
        const qsizetype n = qsizetype(qMin<quint64>(quint64(chunk), end - at));
        const auto s = e.onBodyAt(at, body.mid(qsizetype(at), n));
        if (s != ResumeEngine::Step::Continue)
            return s;
    }
    return ResumeEngine::Step::Continue;
}

} // namespace

class TestSegmentedEngine : public QObject
{
    Q_OBJECT

private slots:
    void interleavedWritesHashLikeOneStream()
    {
        QTemporaryDir dir;
        const QString dest = dir.filePath(QStringLiteral("f.bin"));
        const QByteArray body = pattern(qsizetype(20 * Block + 777));
        const quint64 n = quint64(body.size());
        ResumeEngine e(dest, TestUrl, options());
        QVERIFY(!e.begin());
        QCOMPARE(e.onResponse(206, partial(0, n)), ResumeEngine::Step::Continue);
        const auto b = e.segmentBasis();
        QVERIFY(b);
        QCOMPARE(b->from, quint64(0));
        QCOMPARE(b->extent, n);
        QCOMPARE(b->ifRange(), QByteArray("\"v1\""));
        // Four pieces, their chunks interleaved as four connections would deliver them.
        const quint64 q = n / 4;
        const quint64 bounds[] = {0, q, 2 * q, 3 * q, n};
        quint64 pos[4] = {bounds[0], bounds[1], bounds[2], bounds[3]};
        for (bool more = true; more;) {
            more = false;
            for (int c : {2, 0, 3, 1}) {
                if (pos[c] >= bounds[c + 1])
                    continue;
                const quint64 end = qMin(pos[c] + 50000, bounds[c + 1]);
                QCOMPARE(writeSpan(e, body, pos[c], end), ResumeEngine::Step::Continue);
                pos[c] = end;
                more = true;
            }
        }
        QCOMPARE(e.progress().validLength, n);
        QCOMPARE(e.onSegmentsEnd(), ResumeEngine::Step::Complete);
        QCOMPARE(readFile(dest), body);
        QCOMPARE(e.result().sha256, flatSha(body));
        QCOMPARE(e.result().treeHash, treeOf(body, Block));
        QVERIFY(!QFile::exists(controlPath(dest)));
    }

    void checkpointHoldsPrefixAndSpans()
    {
        QTemporaryDir dir;
        const QString dest = dir.filePath(QStringLiteral("f.bin"));
        const QByteArray body = pattern(qsizetype(16 * Block));
        const quint64 n = quint64(body.size());
        {
            ResumeEngine e(dest, TestUrl, options());
            QVERIFY(!e.begin());
            QCOMPARE(e.onResponse(206, partial(0, n)), ResumeEngine::Step::Continue);
            QCOMPARE(writeSpan(e, body, 0, 3 * Block + 5), ResumeEngine::Step::Continue);
            QCOMPARE(writeSpan(e, body, 8 * Block, 10 * Block), ResumeEngine::Step::Continue);
            QCOMPARE(writeSpan(e, body, 12 * Block + 1, 13 * Block), ResumeEngine::Step::Continue);
            QCOMPARE(e.abort(Failure::make(ErrorKind::Cancelled, QStringLiteral("stop"))), ResumeEngine::Step::Failed);
        }
        const QByteArray bytes = readFile(controlPath(dest));
        const auto ctrl = ControlFile::decode(bytes);
        QVERIFY(ctrl);
        QCOMPARE(ctrl->cursor, 3 * Block + 5);
        QCOMPARE(ctrl->digests.size(), 3);
        QCOMPARE(ctrl->completed.spans(), (QList<ByteSpan>{{8 * Block, 10 * Block}, {12 * Block + 1, 13 * Block}}));
        QCOMPARE(ctrl->extent, std::optional<quint64>(n));
        // pyhaul reads the same cursor, digests and tail and skips the rest.
        const auto strict = ControlFile::decode(bytes, nullptr, ControlFile::ReadMode::StrictPyhaul);
        QVERIFY(strict);
        QCOMPARE(strict->cursor, ctrl->cursor);
        QCOMPARE(strict->digests, ctrl->digests);
        QCOMPARE(strict->tailHash, ctrl->tailHash);
        QCOMPARE(QFileInfo(partPath(dest)).size(), qint64(n)); // preallocated

        // The next attempt resumes every segment: the prefix by Range, the spans from the checkpoint.
        ResumeEngine e(dest, TestUrl, options());
        QVERIFY(!e.begin());
        QCOMPARE(e.requestHeaders().value("range"), std::optional<QByteArray>("bytes=196613-"));
        QCOMPARE(e.progress().validLength, 3 * Block + 5 + 3 * Block - 1);
        QCOMPARE(e.onResponse(206, partial(3 * Block + 5, n)), ResumeEngine::Step::Continue);
        const auto b = e.segmentBasis();
        QVERIFY(b);
        QCOMPARE(b->from, 3 * Block + 5);
        QCOMPARE(b->done, ctrl->completed);
        for (const ByteSpan &gap : b->done.gaps(b->from, n))
            QCOMPARE(writeSpan(e, body, gap.begin, gap.end), ResumeEngine::Step::Continue);
        QCOMPARE(e.onSegmentsEnd(), ResumeEngine::Step::Complete);
        QCOMPARE(readFile(dest), body);
        QCOMPARE(e.result().sha256, flatSha(body));
        QCOMPARE(e.result().treeHash, treeOf(body, Block));
    }

    // With one connection the spans are simply written over (the same version).
    void oneConnectionWritesOverSpans()
    {
        QTemporaryDir dir;
        const QString dest = dir.filePath(QStringLiteral("f.bin"));
        const QByteArray body = pattern(qsizetype(8 * Block));
        const quint64 n = quint64(body.size());
        {
            ResumeEngine e(dest, TestUrl, options());
            QVERIFY(!e.begin());
            QCOMPARE(e.onResponse(206, partial(0, n)), ResumeEngine::Step::Continue);
            QCOMPARE(writeSpan(e, body, 0, Block), ResumeEngine::Step::Continue);
            QCOMPARE(writeSpan(e, body, 4 * Block, 5 * Block), ResumeEngine::Step::Continue);
            e.abort(Failure::make(ErrorKind::Cancelled, QStringLiteral("stop")));
        }
        ResumeEngine e(dest, TestUrl, options());
        QVERIFY(!e.begin());
        QCOMPARE(e.onResponse(206, partial(Block, n)), ResumeEngine::Step::Continue);
        QCOMPARE(e.onBody(body.mid(qsizetype(Block))), ResumeEngine::Step::Continue);
        QCOMPARE(e.progress().validLength, n);
        QCOMPARE(e.onEnd(), ResumeEngine::Step::Complete);
        QCOMPARE(readFile(dest), body);
        QCOMPARE(e.result().treeHash, treeOf(body, Block));
    }

    void lastModifiedGuardsSpans_data()
    {
        QTest::addColumn<QByteArray>("secondDate");
        QTest::addColumn<bool>("kept");
        QTest::newRow("same date") << QByteArray("Tue, 15 Nov 1994 08:12:31 GMT") << true;
        QTest::newRow("other date") << QByteArray("Wed, 16 Nov 1994 08:12:31 GMT") << false;
        QTest::newRow("no date") << QByteArray() << false;
    }

    void lastModifiedGuardsSpans()
    {
        QFETCH(QByteArray, secondDate);
        QFETCH(bool, kept);
        QTemporaryDir dir;
        const QString dest = dir.filePath(QStringLiteral("f.bin"));
        const QByteArray body = pattern(qsizetype(8 * Block));
        const quint64 n = quint64(body.size());
        const QByteArray date = "Tue, 15 Nov 1994 08:12:31 GMT";
        {
            ResumeEngine e(dest, TestUrl, options());
            QVERIFY(!e.begin());
            QCOMPARE(e.onResponse(206, partial(0, n, {}, date)), ResumeEngine::Step::Continue);
            const auto b = e.segmentBasis();
            QVERIFY(b);
            QCOMPARE(b->ifRange(), date);
            QCOMPARE(writeSpan(e, body, 0, Block), ResumeEngine::Step::Continue);
            QCOMPARE(writeSpan(e, body, 4 * Block, 5 * Block), ResumeEngine::Step::Continue);
            e.abort(Failure::make(ErrorKind::Cancelled, QStringLiteral("stop")));
        }
        QCOMPARE(ControlFile::decode(readFile(controlPath(dest)))->lastModified, date);
        ResumeEngine e(dest, TestUrl, options());
        QVERIFY(!e.begin());
        QCOMPARE(e.onResponse(206, partial(Block, n, {}, secondDate)), ResumeEngine::Step::Continue);
        const auto b = e.segmentBasis();
        QCOMPARE(b.has_value(), !secondDate.isEmpty());
        QCOMPARE(e.progress().validLength, kept ? 2 * Block : Block);
    }

    void refusals()
    {
        QTemporaryDir dir;
        const QByteArray body = pattern(1000);
        SplitRefusal why = SplitRefusal::None;
        {
            ResumeEngine e(dir.filePath(QStringLiteral("a")), TestUrl, options());
            QVERIFY(!e.begin());
            QCOMPARE(e.onResponse(200, HttpHeaders{{"Content-Length", "1000"}, {"ETag", "\"v1\""}}), ResumeEngine::Step::Continue);
            QVERIFY(!e.segmentBasis(&why));
            QCOMPARE(why, SplitRefusal::NoRanges);
        }
        {
            ResumeEngine e(dir.filePath(QStringLiteral("b")), TestUrl, options());
            QVERIFY(!e.begin());
            QCOMPARE(e.onResponse(206, HttpHeaders{{"Content-Range", "bytes 0-999/*"}, {"ETag", "\"v1\""}}),
                     ResumeEngine::Step::Continue);
            QVERIFY(!e.segmentBasis(&why));
            QCOMPARE(why, SplitRefusal::UnknownSize);
        }
        {
            ResumeEngine e(dir.filePath(QStringLiteral("c")), TestUrl, options());
            QVERIFY(!e.begin());
            QCOMPARE(e.onResponse(206, partial(0, 1000, "W/\"v1\"")), ResumeEngine::Step::Continue);
            QVERIFY(!e.segmentBasis(&why));
            QCOMPARE(why, SplitRefusal::NoValidator);
        }
    }

    void bytesOutsideTheFileAreRefused()
    {
        QTemporaryDir dir;
        const QString dest = dir.filePath(QStringLiteral("f.bin"));
        ResumeEngine e(dest, TestUrl, options());
        QVERIFY(!e.begin());
        QCOMPARE(e.onResponse(206, partial(0, 1000)), ResumeEngine::Step::Continue);
        QCOMPARE(e.onBodyAt(990, pattern(20)), ResumeEngine::Step::Failed);
        QCOMPARE(e.failure().kind, ErrorKind::ServerMisconfigured);
        QVERIFY(!QFile::exists(dest));
    }

    void missingBytesAtTheEndAreNotAFile()
    {
        QTemporaryDir dir;
        const QString dest = dir.filePath(QStringLiteral("f.bin"));
        const QByteArray body = pattern(qsizetype(4 * Block));
        ResumeEngine e(dest, TestUrl, options());
        QVERIFY(!e.begin());
        QCOMPARE(e.onResponse(206, partial(0, quint64(body.size()))), ResumeEngine::Step::Continue);
        QCOMPARE(writeSpan(e, body, 0, Block), ResumeEngine::Step::Continue);
        QCOMPARE(writeSpan(e, body, 2 * Block, 4 * Block), ResumeEngine::Step::Continue);
        QCOMPARE(e.onSegmentsEnd(), ResumeEngine::Step::Failed);
        QCOMPARE(e.failure().kind, ErrorKind::Partial);
        QVERIFY(!QFile::exists(dest));
        const auto ctrl = ControlFile::decode(readFile(controlPath(dest)));
        QVERIFY(ctrl);
        QCOMPARE(ctrl->cursor, Block);
        QCOMPARE(ctrl->completed.spans(), (QList<ByteSpan>{{2 * Block, 4 * Block}}));
    }

    void abandonResetsTheCheckpoint()
    {
        QTemporaryDir dir;
        const QString dest = dir.filePath(QStringLiteral("f.bin"));
        const QByteArray body = pattern(qsizetype(4 * Block));
        ResumeEngine e(dest, TestUrl, options());
        QVERIFY(!e.begin());
        QCOMPARE(e.onResponse(206, partial(0, quint64(body.size()))), ResumeEngine::Step::Continue);
        QCOMPARE(writeSpan(e, body, 0, Block + 3), ResumeEngine::Step::Continue);
        QCOMPARE(writeSpan(e, body, 2 * Block, 3 * Block), ResumeEngine::Step::Continue);
        QCOMPARE(e.abandon(QStringLiteral("the file changed")), ResumeEngine::Step::Failed);
        QCOMPARE(e.failure().kind, ErrorKind::Partial);
        QVERIFY(e.failure().transient);
        const auto ctrl = ControlFile::decode(readFile(controlPath(dest)));
        QVERIFY(ctrl);
        QCOMPARE(ctrl->cursor, quint64(0));
        QVERIFY(ctrl->completed.isEmpty());
        QVERIFY(!ctrl->etag.isPresent());
    }

    // §2.7/§2.11: whatever the spans, pyhaul's reader never meets the no-padding layout.
    void everySpanCountStaysReadableByPyhaul()
    {
        for (int count = 0; count < 12; ++count) {
            for (const QString &etag : {QStringLiteral("v1"), QStringLiteral("abcdefghi"), QString()}) {
                ControlFile c;
                c.cursor = 100;
                c.blockSize = 64;
                c.extent = 100000;
                c.reportedLength = 100000;
                if (!etag.isEmpty())
                    c.etag = ETag::strong(etag);
                c.tailHash = QByteArray(32, 't');
                c.digests = {QByteArray(32, 'd')};
                c.source = QByteArray(32, 's');
                for (int i = 0; i < count; ++i)
                    c.completed.add(quint64(1000 + 100 * i), quint64(1050 + 100 * i));
                const QByteArray bytes = c.encode();
                const auto strict = ControlFile::decode(bytes, nullptr, ControlFile::ReadMode::StrictPyhaul);
                QVERIFY2(strict, qPrintable(QStringLiteral("%1 spans, etag %2").arg(count).arg(etag)));
                QCOMPARE(strict->tailHash, c.tailHash);
                QCOMPARE(ControlFile::decode(bytes), std::optional<ControlFile>(c));
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestSegmentedEngine)
#include "tst_segmentedengine.moc"
