// SPDX-License-Identifier: MIT
// The resume core fed with bytes: spec §12 checklist lines that apply to one connection,
// and the §13 deviations Haul makes on purpose.
#include "controlfile.h"
#include "enginetestdata.h"
#include "pyhaulgolden.h"
#include "resumeengine.h"
#include "testfiles.h"

#include <QCryptographicHash>
#include <QDeadlineTimer>
#include <QFile>
#include <QMutex>
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

HttpHeaders partial(quint64 first, quint64 last, const QByteArray &total, const QByteArray &etag = "\"v1\"")
{
    HttpHeaders h{{"Content-Range", "bytes " + QByteArray::number(first) + '-' + QByteArray::number(last) + '/' + total}};
    if (!etag.isEmpty())
        h.append("ETag", etag);
    return h;
}

HttpHeaders full(qsizetype length, const QByteArray &etag = "\"v1\"")
{
    HttpHeaders h{{"Content-Length", QByteArray::number(length)}};
    if (!etag.isEmpty())
        h.append("ETag", etag);
    return h;
}

// Feeds a body in chunks; stops early when the engine stops.
ResumeEngine::Step feed(ResumeEngine &e, const QByteArray &body, qsizetype chunk = 65536)
{
    for (qsizetype i = 0; i < body.size(); i += chunk) {
        const auto s = e.onBody(QByteArrayView(body).sliced(i, qMin(chunk, body.size() - i)));
        if (s != ResumeEngine::Step::Continue)
            return s;
    }
    return ResumeEngine::Step::Continue;
}

struct Attempt
{
    HttpHeaders request;
    ResumeEngine::Step step = ResumeEngine::Step::Failed;
};

// One attempt: begin, response head, body, then a clean end or a transport error.
Attempt run(ResumeEngine &e, int status, const HttpHeaders &headers, const QByteArray &body,
            bool cutOff = false, qsizetype chunk = 65536, const HttpHeaders &caller = {})
{
    Attempt a;
    if (e.begin())
        return a;
    a.request = e.requestHeaders(caller);
    a.step = e.onResponse(status, headers);
    if (a.step != ResumeEngine::Step::Continue)
        return a;
    a.step = feed(e, body, chunk);
    if (a.step != ResumeEngine::Step::Continue)
        return a;
    a.step = cutOff ? e.onTransportError(Failure::make(ErrorKind::Transport, QStringLiteral("reset by peer"))) : e.onEnd();
    return a;
}

} // namespace

class TestResumeEngine : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_dest;

    EngineOptions opts(quint64 checkpointBytes = 1024 * 1024)
    {
        EngineOptions o;
        o.checkpointBytes = checkpointBytes;
        o.checkpointIntervalMs = 0;
        o.backgroundCheckpoints = false; // exact cadence; backgroundCheckpoints() covers the default
        return o;
    }
    std::optional<ControlFile> ctrl(ControlFile::ReadMode mode = ControlFile::ReadMode::Haul) const
    {
        return ControlFile::decode(readFile(controlPath(m_dest)), nullptr, mode);
    }
    // The spec's "resume fixture": part holds the first n bytes, ctrl says cursor n.
    void resumeFixture(const QByteArray &content, quint64 n, const ETag &etag = ETag::strong(QStringLiteral("test")),
                       quint64 blockSize = DefaultBlockSize)
    {
        QVERIFY(writeFile(partPath(m_dest), content.left(qsizetype(n))));
        ControlFile c;
        c.cursor = n;
        c.blockSize = blockSize;
        c.extent = quint64(content.size());
        c.reportedLength = quint64(content.size());
        c.etag = etag;
        BlockHasher h(blockSize);
        h.update(content.constData(), qsizetype(n));
        c.digests = h.digests();
        c.tailHash = h.tailHash();
        QVERIFY(writeFile(controlPath(m_dest), c.encode()));
    }
    bool sidecarsGone() const
    {
        return !QFile::exists(partPath(m_dest)) && !QFile::exists(controlPath(m_dest)) && !QFile::exists(controlTmpPath(m_dest));
    }

private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_dest = m_dir.filePath(QStringLiteral("out-%1.bin").arg(QString::fromLatin1(QTest::currentTestFunction())));
    }

    // HP-1, HP-2, HP-6
    void freshPartialContent()
    {
        const QByteArray body = pattern(3 * 1024 * 1024 + 5);
        ResumeEngine e(m_dest, TestUrl, opts());
        const Attempt a = run(e, 206, partial(0, quint64(body.size() - 1), QByteArray::number(body.size())), body);
        QCOMPARE(a.request.value("range"), QByteArray("bytes=0-"));
        QVERIFY(!a.request.contains("if-range"));
        QCOMPARE(a.request.value("accept-encoding"), QByteArray("identity"));
        QCOMPARE(a.request.value("cache-control"), QByteArray("no-store, no-transform"));
        QCOMPARE(a.step, ResumeEngine::Step::Complete);
        QCOMPARE(readFile(m_dest), body);
        QVERIFY(sidecarsGone());
        QCOMPARE(e.progress().bytesRead, quint64(body.size()));
        QCOMPARE(e.progress().validLength, quint64(body.size()));
        QCOMPARE(e.progress().reportedLength, std::optional<quint64>(body.size()));
        QCOMPARE(e.result().treeHash, treeOf(body));
        QCOMPARE(e.result().sha256, flatSha(body));
        QCOMPARE(e.result().size, quint64(body.size()));
        QCOMPARE(e.result().etag, ETag::strong(QStringLiteral("v1")));
    }

    // §6.3 vectors through the whole engine (HP-6).
    void treeHashVectors()
    {
        const QByteArray body = pattern(20 * 1024 * 1024);
        ResumeEngine e(m_dest, TestUrl, opts(64 * 1024 * 1024));
        QCOMPARE(run(e, 200, full(body.size()), body, false, 1 << 20).step, ResumeEngine::Step::Complete);
        QCOMPARE(e.result().treeHash, QStringLiteral("d4ed6218fc0244e85cf63875f5b601fd4719cfde224c667a1e590d54c88e6a8f-3"));
        QCOMPARE(e.result().sha256, QByteArray("7b7b4c5fe51b7696bbd807e6e17c4dacd68bf647bd28fee0dd3511da98b6b005"));
    }

    // HP-3, HP-7: tiny chunks and a tiny checkpoint interval.
    void tinyChunksAndCheckpoints()
    {
        const QByteArray body = pattern(200);
        int checkpoints = 0;
        EngineOptions o = opts(8);
        o.trace = [&](const char *ev) { checkpoints += qstrcmp(ev, "checkpoint") == 0; };
        ResumeEngine traced(m_dest, TestUrl, o);
        QCOMPARE(run(traced, 206, partial(0, 199, "200"), body, false, 5).step, ResumeEngine::Step::Complete);
        QCOMPARE(readFile(m_dest), body);
        QCOMPARE(checkpoints, 200 / 10); // every 2nd 5-byte chunk reaches 8 unsaved bytes
    }

    // HP-8: a control file exists while the body streams.
    void checkpointVisibleDuringDownload()
    {
        const QByteArray body = pattern(500);
        ResumeEngine e(m_dest, TestUrl, opts(50));
        QVERIFY(!e.begin());
        QCOMPARE(e.onResponse(206, partial(0, 499, "500")), ResumeEngine::Step::Continue);
        QCOMPARE(e.onBody(QByteArrayView(body).first(60)), ResumeEngine::Step::Continue);
        const auto c = ctrl();
        QVERIFY(c);
        QCOMPARE(c->cursor, 60u);
        QCOMPARE(c->extent, std::optional<quint64>(500));
        QCOMPARE(feed(e, body.mid(60)), ResumeEngine::Step::Continue);
        QCOMPARE(e.onEnd(), ResumeEngine::Step::Complete);
    }

    // HP-4, CH-1
    void unknownTotal()
    {
        const QByteArray body = pattern(1000);
        ResumeEngine e(m_dest, TestUrl, opts());
        QCOMPARE(run(e, 206, partial(0, 999, "*"), body).step, ResumeEngine::Step::Complete);
        QCOMPARE(readFile(m_dest), body);
        QCOMPARE(e.progress().reportedLength, std::nullopt);
    }

    // CH-4 deviation (§13 G8): "first-last/*" promises last-first+1 bytes.
    void unknownTotalEndsEarly()
    {
        const QByteArray body = pattern(1000);
        ResumeEngine e(m_dest, TestUrl, opts());
        const Attempt a = run(e, 206, partial(0, 999, "*"), body.left(400));
        QCOMPARE(a.step, ResumeEngine::Step::Failed);
        QCOMPARE(e.failure().kind, ErrorKind::Partial);
        QVERIFY(!QFile::exists(m_dest));
        QCOMPARE(ctrl()->cursor, 400u);
        const Attempt b = run(e, 206, partial(400, 999, "*"), body.mid(400));
        QCOMPARE(b.request.value("range"), QByteArray("bytes=400-"));
        QCOMPARE(b.step, ResumeEngine::Step::Complete);
        QCOMPARE(readFile(m_dest), body);
    }

    // HP-5, HP-10, CH-2
    void plainOk_data()
    {
        QTest::addColumn<int>("size");
        QTest::addColumn<bool>("withLength");
        QTest::newRow("sized") << 4096 << true;
        QTest::newRow("chunked") << 4096 << false;
        QTest::newRow("empty") << 0 << true;
    }
    void plainOk()
    {
        QFETCH(int, size);
        QFETCH(bool, withLength);
        const QByteArray body = pattern(size);
        ResumeEngine e(m_dest, TestUrl, opts());
        const HttpHeaders h = withLength ? full(size) : HttpHeaders{{"ETag", "\"v1\""}};
        QCOMPARE(run(e, 200, h, body).step, ResumeEngine::Step::Complete);
        QCOMPARE(readFile(m_dest), body);
        QCOMPARE(e.result().treeHash, size == 0 ? QStringLiteral("empty-0") : treeOf(body));
        QVERIFY(sidecarsGone());
    }

    // TR-1, TR-2, TR-3: truncated attempts advance the checkpoint and then complete.
    void truncatedThenResumed()
    {
        const QByteArray body = pattern(5 * 1024 * 1024 + 77);
        const QByteArray total = QByteArray::number(body.size());
        ResumeEngine e(m_dest, TestUrl, opts());
        const qsizetype cut1 = 1536 * 1024 + 3, cut2 = 3 * 1024 * 1024 + 9;

        Attempt a = run(e, 206, partial(0, quint64(body.size() - 1), total), body.left(cut1), true);
        QCOMPARE(a.step, ResumeEngine::Step::Failed);
        QCOMPARE(e.failure().kind, ErrorKind::Partial);
        QVERIFY(e.failure().transient);
        QVERIFY(e.failure().message.startsWith(QLatin1String("connection lost during stream")));
        QVERIFY(!QFile::exists(m_dest));
        QCOMPARE(ctrl()->cursor, quint64(cut1)); // CO-3: unsaved bytes were checkpointed

        a = run(e, 206, partial(quint64(cut1), quint64(body.size() - 1), total), body.mid(cut1, cut2 - cut1), true);
        QCOMPARE(a.request.value("range"), "bytes=" + QByteArray::number(cut1) + '-');
        QCOMPARE(a.request.value("if-range"), QByteArray("\"v1\""));
        QCOMPARE(ctrl()->cursor, quint64(cut2));

        a = run(e, 206, partial(quint64(cut2), quint64(body.size() - 1), total), body.mid(cut2));
        QCOMPARE(a.step, ResumeEngine::Step::Complete);
        QCOMPARE(readFile(m_dest), body);
        QCOMPARE(e.result().treeHash, treeOf(body));
        QCOMPARE(e.result().sha256, flatSha(body)); // the running SHA-256 survived two resumes
        QCOMPARE(e.progress().highWater, quint64(body.size()));
    }

    // The whole-file SHA-256 survives a new process: only the control file carries it.
    void sha256StateSurvivesRestart()
    {
        const QByteArray body = pattern(2 * 1024 * 1024 + 1);
        {
            ResumeEngine e(m_dest, TestUrl, opts());
            run(e, 206, partial(0, quint64(body.size() - 1), QByteArray::number(body.size())), body.left(1234567), true);
            QVERIFY(!ctrl()->sha256State.isEmpty());
        }
        ResumeEngine e(m_dest, TestUrl, opts());
        QCOMPARE(run(e, 206, partial(1234567, quint64(body.size() - 1), QByteArray::number(body.size())), body.mid(1234567)).step,
                 ResumeEngine::Step::Complete);
        QCOMPARE(e.result().sha256, flatSha(body));
    }

    // TR-4, TR-5: resume fixture; junk after the cursor is overwritten.
    void resumeFromFixture()
    {
        const QByteArray content = "0123456789";
        resumeFixture(content, 5);
        QVERIFY(writeFile(partPath(m_dest), "01234JUNKJUNKJUNK"));
        ResumeEngine e(m_dest, TestUrl, opts());
        const Attempt a = run(e, 206, partial(5, 9, "10", "\"test\""), content.mid(5));
        QCOMPARE(a.request.value("range"), QByteArray("bytes=5-"));
        QCOMPARE(a.request.value("if-range"), QByteArray("\"test\""));
        QCOMPARE(a.step, ResumeEngine::Step::Complete);
        QCOMPARE(readFile(m_dest), content);
        // No running SHA-256 in a pyhaul-made checkpoint: the prefix was re-read once.
        QCOMPARE(e.result().sha256, flatSha(content));
    }

    // TR-6: a lying total leaves a partial; a truthful retry completes.
    void lyingTotal()
    {
        const QByteArray body = pattern(1000);
        ResumeEngine e(m_dest, TestUrl, opts());
        Attempt a = run(e, 206, partial(0, 1999, "2000"), body);
        QCOMPARE(e.failure().kind, ErrorKind::Partial);
        QCOMPARE(e.failure().message, QStringLiteral("stream ended before extent reached"));
        a = run(e, 200, full(body.size()), body);
        QCOMPARE(a.step, ResumeEngine::Step::Complete);
        QCOMPARE(readFile(m_dest), body);
        QCOMPARE(e.result().treeHash, treeOf(body));
    }

    // TR-8: a 206 covering part of the remainder.
    void shortRange()
    {
        ResumeEngine e(m_dest, TestUrl, opts());
        QCOMPARE(run(e, 206, partial(0, 4, "10"), "01234").step, ResumeEngine::Step::Failed);
        QCOMPARE(e.failure().message, QStringLiteral("stream ended before extent reached"));
        QCOMPARE(ctrl()->cursor, 5u);
        QCOMPARE(ctrl()->extent, std::optional<quint64>(10));
    }

    // TR-9: a resume with an empty body.
    void emptyResumeBody()
    {
        resumeFixture("0123456789", 5);
        ResumeEngine e(m_dest, TestUrl, opts());
        QCOMPARE(run(e, 206, partial(5, 9, "10", "\"test\""), QByteArray()).step, ResumeEngine::Step::Failed);
        QCOMPARE(e.failure().kind, ErrorKind::Partial);
        QCOMPARE(e.progress().validLength, 5u);
        QCOMPARE(e.progress().bytesRead, 0u);
    }

    // TR-10: killed before the first checkpoint: a pre-sized part and no ctrl; next run starts at 0.
    void killedBeforeFirstCheckpoint()
    {
        const QByteArray body = pattern(4096);
        {
            ResumeEngine e(m_dest, TestUrl, opts());
            QVERIFY(!e.begin());
            QCOMPARE(e.onResponse(206, partial(0, 4095, "4096")), ResumeEngine::Step::Continue);
            QCOMPARE(e.onBody(QByteArrayView(body).first(100)), ResumeEngine::Step::Continue);
        } // the process "dies": no abort(), no end
        QCOMPARE(QFileInfo(partPath(m_dest)).size(), 4096);
        QVERIFY(!QFile::exists(controlPath(m_dest)));
        ResumeEngine e(m_dest, TestUrl, opts());
        const Attempt a = run(e, 206, partial(0, 4095, "4096"), body);
        QCOMPARE(a.request.value("range"), QByteArray("bytes=0-"));
        QCOMPARE(readFile(m_dest), body);
    }

    // ET-1, ET-2, ET-3
    void noOrWeakStoredETag_data()
    {
        QTest::addColumn<ETag>("stored");
        QTest::newRow("none") << ETag();
        QTest::newRow("weak") << ETag::weak(QStringLiteral("v1"));
    }
    void noOrWeakStoredETag()
    {
        QFETCH(ETag, stored);
        resumeFixture("0123456789", 5, stored);
        if (stored.isWeak())
            QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("weak")));
        ResumeEngine e(m_dest, TestUrl, opts());
        const Attempt a = run(e, 206, partial(5, 9, "10", "\"strong-new\""), "56789");
        QVERIFY(!a.request.contains("if-range"));
        QCOMPARE(a.step, ResumeEngine::Step::Complete);
        QCOMPARE(readFile(m_dest), QByteArray("0123456789"));
    }

    // ET-4, ET-6, and §13 G12: a changed strong ETag on 206 resets the checkpoint.
    void etagMismatch_data()
    {
        QTest::addColumn<QByteArray>("received");
        QTest::newRow("other") << QByteArray("\"new\"");
        QTest::newRow("weak of same") << QByteArray("W/\"test\"");
    }
    void etagMismatch()
    {
        QFETCH(QByteArray, received);
        resumeFixture("0123456789", 5);
        ResumeEngine e(m_dest, TestUrl, opts());
        QCOMPARE(run(e, 206, partial(5, 9, "10", received), "XXXXX").step, ResumeEngine::Step::Failed);
        QCOMPARE(e.failure().kind, ErrorKind::ServerMisconfigured);
        QVERIFY(e.failure().message.contains(QLatin1String("ETag mismatch")));
        QVERIFY(!e.failure().transient);
        QCOMPARE(readFile(partPath(m_dest)), QByteArray("01234")); // nothing written
        QCOMPARE(ctrl()->cursor, 0u);                               // G12: next run starts clean
        QCOMPARE(run(e, 200, full(3), "new").request.value("range"), QByteArray("bytes=0-"));
        QCOMPARE(readFile(m_dest), QByteArray("new"));
    }

    // ET-5, F-1, F-2, F-9: a 200 to a resume restarts from zero with 8 MiB blocks.
    void restartOn200_data()
    {
        QTest::addColumn<QByteArray>("fresh");
        QTest::newRow("larger") << QByteArray("new content, longer than before");
        QTest::newRow("smaller") << QByteArray("tiny");
    }
    void restartOn200()
    {
        QFETCH(QByteArray, fresh);
        resumeFixture("0123456789ABCDEFGHIJ", 15, ETag::strong(QStringLiteral("old")), 10);
        EngineOptions o = opts(4);
        ResumeEngine e(m_dest, TestUrl, o);
        QVERIFY(!e.begin());
        QCOMPARE(e.onResponse(200, full(fresh.size(), "\"new\"")), ResumeEngine::Step::Continue);
        QCOMPARE(ctrl()->cursor, 0u); // §13 G18: reset before the first byte lands
        QCOMPARE(ctrl()->etag, ETag::strong(QStringLiteral("new")));
        QCOMPARE(e.onBody(fresh), ResumeEngine::Step::Continue);
        QCOMPARE(ctrl()->blockSize, DefaultBlockSize); // F-9
        QCOMPARE(e.onEnd(), ResumeEngine::Step::Complete);
        QCOMPARE(readFile(m_dest), fresh);
        QCOMPARE(e.result().etag, ETag::strong(QStringLiteral("new")));
    }

    // F-3: no Content-Length while the old part is longer: trimmed at the end.
    void restartWithoutLength()
    {
        resumeFixture(pattern(100), 60);
        QVERIFY(writeFile(partPath(m_dest), pattern(100)));
        ResumeEngine e(m_dest, TestUrl, opts());
        QCOMPARE(run(e, 200, HttpHeaders{}, "short body").step, ResumeEngine::Step::Complete);
        QCOMPARE(readFile(m_dest), QByteArray("short body"));
    }

    // F-4, F-5
    void truncated200Restarts()
    {
        const QByteArray body = pattern(3 * 1024 * 1024);
        ResumeEngine e(m_dest, TestUrl, opts());
        QCOMPARE(run(e, 200, full(body.size(), ""), body.left(2 * 1024 * 1024 + 1), true).step, ResumeEngine::Step::Failed);
        QCOMPARE(e.failure().kind, ErrorKind::Partial);
        QVERIFY(!QFile::exists(m_dest));
        const Attempt a = run(e, 200, full(body.size(), ""), body);
        QCOMPARE(a.request.value("range"), QByteArray("bytes=2097153-"));
        QVERIFY(!a.request.contains("if-range")); // no ETag, nothing to guard with
        QCOMPARE(a.step, ResumeEngine::Step::Complete);
        QCOMPARE(readFile(m_dest), body);
        QCOMPARE(e.result().sha256, flatSha(body));
    }

    // F-6, F-7, F-8: the mislabelled 206.
    void mislabelled206()
    {
        resumeFixture("0123456789", 5);
        ResumeEngine e(m_dest, TestUrl, opts());
        HttpHeaders h = partial(0, 9, "10", "\"test\"");
        h.append("Content-Length", "10");
        QCOMPARE(run(e, 206, h, "abcdefghij").step, ResumeEngine::Step::Complete);
        QCOMPARE(readFile(m_dest), QByteArray("abcdefghij"));
    }
    void wrongStart()
    {
        resumeFixture("0123456789", 5);
        ResumeEngine e(m_dest, TestUrl, opts());
        QCOMPARE(run(e, 206, partial(0, 4, "10", "\"test\""), "01234").step, ResumeEngine::Step::Failed);
        QCOMPARE(e.failure().kind, ErrorKind::ServerMisconfigured);
        QCOMPARE(e.failure().message, QStringLiteral("Content-Range start 0 != requested 5"));
        QCOMPARE(ctrl()->cursor, 5u); // checkpoint unchanged
    }
    void freshWrongStart()
    {
        ResumeEngine e(m_dest, TestUrl, opts());
        QCOMPARE(run(e, 206, partial(5, 9, "10"), "56789").step, ResumeEngine::Step::Failed);
        QCOMPARE(e.failure().kind, ErrorKind::ServerMisconfigured);
        QVERIFY(!QFile::exists(partPath(m_dest)));
    }

    // F-10
    void emptyRestart()
    {
        resumeFixture("0123456789", 5);
        ResumeEngine e(m_dest, TestUrl, opts());
        QCOMPARE(run(e, 200, full(0), QByteArray()).step, ResumeEngine::Step::Complete);
        QCOMPARE(readFile(m_dest), QByteArray());
        QVERIFY(QFile::exists(m_dest));
        QCOMPARE(e.result().treeHash, QStringLiteral("empty-0"));
    }

    // 416 at the total means complete (trimmed, re-hashed).
    void rangeNotSatisfiableComplete()
    {
        const QByteArray content = "0123456789";
        resumeFixture(content, 10);
        QVERIFY(writeFile(partPath(m_dest), content + "JUNK"));
        ResumeEngine e(m_dest, TestUrl, opts());
        QCOMPARE(run(e, 416, HttpHeaders{{"Content-Range", "bytes */10"}}, QByteArray()).step, ResumeEngine::Step::Complete);
        QCOMPARE(readFile(m_dest), content);
        QCOMPARE(e.result().treeHash, treeOf(content));
        QCOMPARE(e.result().sha256, flatSha(content));
        QVERIFY(sidecarsGone());
    }

    // R-8 (deviation §13 G6): anything else resets the checkpoint.
    void rangeNotSatisfiableReset_data()
    {
        QTest::addColumn<QByteArray>("contentRange");
        QTest::addColumn<int>("partSize");
        QTest::newRow("shrank") << QByteArray("bytes */5") << 10;
        QTest::newRow("no content-range") << QByteArray() << 10;
        QTest::newRow("satisfied form") << QByteArray("bytes 0-4/10") << 10;
        QTest::newRow("short part") << QByteArray("bytes */10") << 8;
    }
    void rangeNotSatisfiableReset()
    {
        QFETCH(QByteArray, contentRange);
        QFETCH(int, partSize);
        resumeFixture("0123456789", 10, ETag::strong(QStringLiteral("test")), 4);
        {
            // a checkpoint with block size 4 and start kept by the reset
            QFile::resize(partPath(m_dest), partSize);
        }
        ResumeEngine e(m_dest, TestUrl, opts());
        QVERIFY(!e.begin());
        if (partSize < 10) {
            // §13 G4/G6: a short part is never trusted: the request starts from 0 at once.
            QCOMPARE(e.requestHeaders().value("range"), QByteArray("bytes=0-"));
            return;
        }
        HttpHeaders h;
        if (!contentRange.isEmpty())
            h.append("Content-Range", contentRange);
        QCOMPARE(e.onResponse(416, h), ResumeEngine::Step::Failed);
        QCOMPARE(e.failure().kind, ErrorKind::Partial);
        QCOMPARE(e.failure().message, QStringLiteral("416 Range Not Satisfiable — checkpoint reset"));
        QCOMPARE(e.progress().validLength, 0u);
        const auto c = ctrl();
        QVERIFY(c);
        QCOMPARE(c->cursor, 0u);
        QCOMPARE(c->blockSize, 4u);
        QVERIFY(!c->etag.isPresent());
        QVERIFY(c->digests.isEmpty());
    }

    // R-6 and the §13 G13 deviation for empty resources.
    void rangeNotSatisfiableUnparseable()
    {
        resumeFixture("0123456789", 5);
        ResumeEngine e(m_dest, TestUrl, opts());
        QCOMPARE(run(e, 416, HttpHeaders{{"Content-Range", "bytes */0"}}, QByteArray()).step, ResumeEngine::Step::Failed);
        QCOMPARE(e.failure().kind, ErrorKind::Partial); // the resource became empty: reset, then download it
        QCOMPARE(ctrl()->cursor, 0u);
        QCOMPARE(run(e, 416, HttpHeaders{{"Content-Range", "bytes garbage"}}, QByteArray()).step, ResumeEngine::Step::Failed);
        QCOMPARE(e.failure().kind, ErrorKind::ContentRange);
    }
    void emptyResourceOnRangeServer()
    {
        ResumeEngine e(m_dest, TestUrl, opts());
        QCOMPARE(run(e, 416, HttpHeaders{{"Content-Range", "bytes */0"}}, QByteArray()).step, ResumeEngine::Step::Complete);
        QVERIFY(QFile::exists(m_dest));
        QCOMPARE(QFileInfo(m_dest).size(), 0);
        QCOMPARE(e.result().treeHash, QStringLiteral("empty-0"));
        QCOMPARE(e.result().sha256, flatSha(QByteArray()));
    }

    // CR-4
    void badPartialResponses_data()
    {
        QTest::addColumn<QByteArray>("contentRange");
        QTest::addColumn<int>("kind");
        QTest::newRow("missing") << QByteArray() << int(ErrorKind::ServerMisconfigured);
        QTest::newRow("items") << QByteArray("items 0-1/2") << int(ErrorKind::ContentRange);
        QTest::newRow("unsatisfied") << QByteArray("bytes */10") << int(ErrorKind::ServerMisconfigured);
    }
    void badPartialResponses()
    {
        QFETCH(QByteArray, contentRange);
        QFETCH(int, kind);
        ResumeEngine e(m_dest, TestUrl, opts());
        HttpHeaders h;
        if (!contentRange.isEmpty())
            h.append("Content-Range", contentRange);
        QCOMPARE(run(e, 206, h, "01").step, ResumeEngine::Step::Failed);
        QCOMPARE(int(e.failure().kind), kind);
        QVERIFY(!e.failure().transient);
        QVERIFY(!QFile::exists(partPath(m_dest)));
    }

    // ET-8, HD-1..HD-4 with the §13 G10 deviation: the engine owns range headers.
    void requestHeaderMerge()
    {
        resumeFixture("0123456789", 5, ETag::strong(QStringLiteral("v1")));
        ResumeEngine e(m_dest, TestUrl, opts());
        QVERIFY(!e.begin());
        const HttpHeaders caller{{"User-Agent", "ua/1"}, {"range", "bytes=0-1"}, {"accept-encoding", "gzip"},
                                 {"If-Range", "\"user\""}, {"Cache-Control", "max-age=0"}, {"TE", "trailers"},
                                 {"Authorization", "Bearer x"}, {"X-Custom", "42"}};
        const HttpHeaders h = e.requestHeaders(caller);
        QCOMPARE(h.value("user-agent"), QByteArray("ua/1"));
        QCOMPARE(h.value("authorization"), QByteArray("Bearer x"));
        QCOMPARE(h.value("x-custom"), QByteArray("42"));
        QCOMPARE(h.value("accept-encoding"), QByteArray("identity"));
        QCOMPARE(h.value("range"), QByteArray("bytes=5-"));
        QCOMPARE(h.value("if-range"), QByteArray("\"v1\""));
        QCOMPARE(h.value("cache-control"), QByteArray("max-age=0"));
        QVERIFY(!h.contains("te"));
        int ranges = 0;
        for (const auto &f : h.fields())
            ranges += f.first.compare("range", Qt::CaseInsensitive) == 0;
        QCOMPARE(ranges, 1);

        // Without a strong stored ETag the caller's If-Range is still dropped (G10).
        resumeFixture("0123456789", 5, ETag());
        QVERIFY(!e.begin());
        QVERIFY(!e.requestHeaders(caller).contains("if-range"));
    }

    // CE-1 and §13 G9: encoded bytes are stored raw, and never spliced onto other bytes.
    void contentEncoding()
    {
        const QByteArray gz = pattern(300);
        HttpHeaders h = full(gz.size());
        h.append("Content-Encoding", "gzip");
        ResumeEngine e(m_dest, TestUrl, opts());
        QCOMPARE(run(e, 200, h, gz).step, ResumeEngine::Step::Complete);
        QCOMPARE(readFile(m_dest), gz);
        QCOMPARE(e.result().contentEncoding, QByteArray("gzip"));

        resumeFixture("0123456789", 5);
        HttpHeaders p = partial(5, 9, "10", "\"test\"");
        p.append("Content-Encoding", "gzip");
        QCOMPARE(run(e, 206, p, "56789").step, ResumeEngine::Step::Failed);
        QCOMPARE(e.failure().kind, ErrorKind::ServerMisconfigured);
        QCOMPARE(ctrl()->cursor, 0u);
    }

    // CF-4, CF-8 with §13 G3: tail corruption rewinds to the last good block and recovers.
    void tailCorruption()
    {
        const QByteArray content = "0123456789ABCDEFGHIJ";
        resumeFixture(content, 15, ETag::strong(QStringLiteral("v1")), 10);
        QVERIFY(writeFile(partPath(m_dest), "0123456789AXCXE"));
        ResumeEngine e(m_dest, TestUrl, opts());
        QCOMPARE(run(e, 206, partial(15, 19, "20"), "FGHIJ").step, ResumeEngine::Step::Failed);
        QCOMPARE(e.failure().kind, ErrorKind::ControlFile);
        QVERIFY(e.failure().message.startsWith(QLatin1String("integrity error: local tail corruption detected")));
        QVERIFY(e.failure().transient);
        QCOMPARE(ctrl()->cursor, 10u);
        const Attempt a = run(e, 206, partial(10, 19, "20"), content.mid(10));
        QCOMPARE(a.request.value("range"), QByteArray("bytes=10-"));
        QCOMPARE(a.step, ResumeEngine::Step::Complete);
        QCOMPARE(readFile(m_dest), content);
        QCOMPARE(e.result().treeHash, QStringLiteral("ff82d253b067ef824b35075fcb2ee2dc18b7ef6abf4fb3f6f0bd690ad656e945-2"));
        QCOMPARE(e.result().sha256, QByteArray("aa394019212b6c234eda06399390d4b14a2645b476bdf5b83ca7ee3afae1e4fa"));
    }

    // CF-5 with §13 G4: a part shorter than its checkpoint is never resumed.
    void shortPartRestarts()
    {
        resumeFixture("0123456789ABCDEFGHIJ", 15, ETag::strong(QStringLiteral("v1")), 10);
        QVERIFY(writeFile(partPath(m_dest), "0123456789AB"));
        ResumeEngine e(m_dest, TestUrl, opts());
        QVERIFY(!e.begin());
        QCOMPARE(e.requestHeaders().value("range"), QByteArray("bytes=0-"));
        QFile::remove(partPath(m_dest)); // G5: orphan control file
        QVERIFY(!e.begin());
        QCOMPARE(e.requestHeaders().value("range"), QByteArray("bytes=0-"));
    }

    // CF-7: an unreadable checkpoint means a fresh start that reuses the part.
    void invalidControlFile()
    {
        QVERIFY(writeFile(partPath(m_dest), "stale bytes here"));
        QVERIFY(writeFile(controlPath(m_dest), "INVALID"));
        ResumeEngine e(m_dest, TestUrl, opts());
        const Attempt a = run(e, 200, full(3), "abc");
        QCOMPARE(a.request.value("range"), QByteArray("bytes=0-"));
        QCOMPARE(readFile(m_dest), QByteArray("abc"));
    }

    // CO-1, CO-2, CO-5: sync before each checkpoint, exactly every 1 MiB at 64 KiB chunks.
    void durabilityOrder()
    {
        QStringList events;
        EngineOptions o = opts(1024 * 1024);
        o.trace = [&](const char *ev) { events << QString::fromLatin1(ev); };
        ResumeEngine e(m_dest, TestUrl, o);
        const QByteArray body = pattern(2 * 1024 * 1024 + 100);
        QCOMPARE(run(e, 206, partial(0, quint64(body.size() - 1), QByteArray::number(body.size())), body).step,
                 ResumeEngine::Step::Complete);
        const QStringList expected{QStringLiteral("sync"), QStringLiteral("checkpoint"), QStringLiteral("sync"),
                                   QStringLiteral("checkpoint"), QStringLiteral("sync"), QStringLiteral("rename"),
                                   QStringLiteral("remove-ctrl")};
        QCOMPARE(events, expected);
    }

    // A download done before its first checkpoint has no control file to delete, and
    // does not unlink names that are not there; a .tmp left by a crash still goes.
    void noSidecarsNoUnlinks()
    {
        QStringList events;
        EngineOptions o = opts(1024 * 1024);
        o.trace = [&](const char *ev) { events << QString::fromLatin1(ev); };
        const QByteArray body = pattern(100 * 1024);
        {
            ResumeEngine e(m_dest, TestUrl, o);
            QCOMPARE(run(e, 200, full(body.size()), body).step, ResumeEngine::Step::Complete);
        }
        QCOMPARE(events, QStringList({QStringLiteral("sync"), QStringLiteral("rename")}));
        QCOMPARE(readFile(m_dest), body);

        QVERIFY(QFile::remove(m_dest));
        events.clear();
        QFile stale(controlTmpPath(m_dest));
        QVERIFY(stale.open(QIODevice::WriteOnly));
        stale.write("half a checkpoint");
        stale.close();
        {
            ResumeEngine e(m_dest, TestUrl, o);
            QCOMPARE(run(e, 200, full(body.size()), body).step, ResumeEngine::Step::Complete);
        }
        QCOMPARE(events.last(), QStringLiteral("remove-ctrl"));
        QVERIFY(!QFile::exists(controlTmpPath(m_dest)));
        QCOMPARE(readFile(m_dest), body);
    }

    // CO-4 (async-engine behaviour): an abort saves everything written.
    void abortSavesProgress()
    {
        const QByteArray body = pattern(3 * 1024 * 1024);
        ResumeEngine e(m_dest, TestUrl, opts());
        QVERIFY(!e.begin());
        QCOMPARE(e.onResponse(206, partial(0, quint64(body.size() - 1), QByteArray::number(body.size()))), ResumeEngine::Step::Continue);
        QCOMPARE(feed(e, body.left(1536 * 1024)), ResumeEngine::Step::Continue);
        QCOMPARE(e.abort(Failure::make(ErrorKind::Cancelled, QStringLiteral("cancelled"))), ResumeEngine::Step::Failed);
        QCOMPARE(ctrl()->cursor, quint64(1536 * 1024));
        QCOMPARE(e.failure().kind, ErrorKind::Cancelled);
    }

    // The default: periodic checkpoints are synced and written on a helper thread while
    // the body streams; each still follows its data sync and claims only synced bytes.
    void backgroundCheckpoints()
    {
        QMutex mutex;
        QStringList events;
        EngineOptions o;
        o.checkpointBytes = 64 * 1024;
        o.checkpointIntervalMs = 0;
        o.trace = [&](const char *ev) {
            QMutexLocker lock(&mutex);
            events << QString::fromLatin1(ev);
        };
        QVERIFY(o.backgroundCheckpoints);
        const QByteArray body = pattern(8 * 1024 * 1024);
        ResumeEngine e(m_dest, TestUrl, o);
        QVERIFY(!e.begin());
        QCOMPARE(e.onResponse(206, partial(0, quint64(body.size() - 1), QByteArray::number(body.size()))), ResumeEngine::Step::Continue);
        qsizetype fed = 0;
        QDeadlineTimer deadline(20000);
        while (!QFile::exists(controlPath(m_dest)) && fed < body.size() / 2 && !deadline.hasExpired()) {
            QCOMPARE(e.onBody(QByteArrayView(body).sliced(fed, 4096)), ResumeEngine::Step::Continue);
            fed += 4096;
        }
        QTRY_VERIFY(QFile::exists(controlPath(m_dest)));
        const auto c = ctrl();
        QVERIFY(c);
        QVERIFY(c->cursor > 0 && c->cursor <= quint64(fed));
        QCOMPARE(readFile(partPath(m_dest)).left(qsizetype(c->cursor)), body.left(qsizetype(c->cursor)));
        QCOMPARE(feed(e, body.mid(fed), 4096), ResumeEngine::Step::Continue);
        QCOMPARE(e.onEnd(), ResumeEngine::Step::Complete);
        QCOMPARE(readFile(m_dest), body);
        QCOMPARE(e.result().sha256, flatSha(body));
        QMutexLocker lock(&mutex);
        for (qsizetype i = 0; i < events.size(); ++i) {
            if (events.at(i) == QLatin1String("checkpoint"))
                QCOMPARE(events.at(i - 1), QStringLiteral("sync"));
        }
        QVERIFY(events.count(QStringLiteral("checkpoint")) >= 1);
        QCOMPARE(events.mid(events.size() - 3),
                 QStringList({QStringLiteral("sync"), QStringLiteral("rename"), QStringLiteral("remove-ctrl")}));
    }

    // Checkpoints by time as well as bytes (issue: at most about a second lost).
    void checkpointByTime()
    {
        EngineOptions o = opts(1ull << 40);
        o.checkpointIntervalMs = 5;
        ResumeEngine e(m_dest, TestUrl, o);
        QVERIFY(!e.begin());
        QCOMPARE(e.onResponse(200, full(1 << 20)), ResumeEngine::Step::Continue);
        QDeadlineTimer deadline(10000);
        qsizetype sent = 0;
        while (!QFile::exists(controlPath(m_dest)) && !deadline.hasExpired() && sent < (1 << 20)) {
            QCOMPARE(e.onBody(QByteArrayView("x", 1)), ResumeEngine::Step::Continue);
            ++sent;
        }
        QVERIFY(QFile::exists(controlPath(m_dest)));
        QCOMPARE(ctrl()->cursor, quint64(sent));
    }

    // PS-3: resume progress counters with block size 10.
    void resumeProgressCounters()
    {
        const QByteArray content = "0123456789ABCDEFGHIJ";
        resumeFixture(content, 15, ETag::strong(QStringLiteral("v1")), 10);
        ResumeEngine e(m_dest, TestUrl, opts());
        QVERIFY(!e.begin());
        QCOMPARE(e.onResponse(206, partial(15, 19, "20")), ResumeEngine::Step::Continue);
        const QList<QList<quint64>> expected{{17, 2, 1}, {19, 4, 1}, {20, 5, 2}};
        const QList<QByteArray> chunks{"FG", "HI", "J"};
        for (int i = 0; i < chunks.size(); ++i) {
            QCOMPARE(e.onBody(chunks.at(i)), ResumeEngine::Step::Continue);
            QCOMPARE(e.progress().validLength, expected.at(i).at(0));
            QCOMPARE(e.progress().bytesRead, expected.at(i).at(1));
            QCOMPARE(quint64(e.progress().blocks), expected.at(i).at(2));
        }
    }

    // pyhaul → Haul: resume from the golden checkpoint of spec §2.10 example B.
    void resumesPyhaulCheckpoint()
    {
        namespace B = Haul::Test::PyhaulExampleB;
        const QByteArray golden = B::controlFile();
        QCOMPARE(golden.size(), 179);
        QVERIFY(writeFile(controlPath(m_dest), golden));
        QVERIFY(writeFile(partPath(m_dest), "0123456789ABCDE"));
        ResumeEngine e(m_dest, TestUrl, opts());
        const Attempt a = run(e, 206, partial(15, 19, "20"), "FGHIJ");
        QCOMPARE(a.request.value("range"), QByteArray("bytes=15-"));
        QCOMPARE(a.request.value("if-range"), QByteArray("\"v1\""));
        QCOMPARE(a.step, ResumeEngine::Step::Complete);
        QCOMPARE(readFile(m_dest), QByteArray("0123456789ABCDEFGHIJ"));
        QCOMPARE(e.result().treeHash, QStringLiteral("ff82d253b067ef824b35075fcb2ee2dc18b7ef6abf4fb3f6f0bd690ad656e945-2"));
        QCOMPARE(e.result().sha256, QByteArray("aa394019212b6c234eda06399390d4b14a2645b476bdf5b83ca7ee3afae1e4fa"));
    }

    // Haul → pyhaul: pyhaul's exact reader accepts Haul's checkpoint and sees the same state.
    void pyhaulReadsHaulCheckpoint()
    {
        const QByteArray content = pattern(100);
        EngineOptions o = opts(1);
        o.blockSize = 10;
        ResumeEngine e(m_dest, TestUrl, o);
        // "a" is an ETag whose plain pyhaul layout would hit the §2.7 defect.
        QCOMPARE(run(e, 206, partial(0, 99, "100", "\"a\""), content.left(37), true).step, ResumeEngine::Step::Failed);
        const auto strict = ctrl(ControlFile::ReadMode::StrictPyhaul);
        QVERIFY(strict);
        QCOMPARE(strict->cursor, 37u);
        QCOMPARE(strict->blockSize, 10u);
        QCOMPARE(strict->digests.size(), 3);
        BlockHasher h(10);
        h.update(content.constData(), 37);
        QCOMPARE(strict->digests, h.digests());
        QCOMPARE(strict->tailHash, h.tailHash());
        QCOMPARE(strict->etag, ETag::strong(QStringLiteral("a")));
    }

    // §13 G22: a checkpoint from another URL is not resumed.
    void otherUrlStartsOver()
    {
        const QByteArray body = pattern(3000);
        {
            ResumeEngine e(m_dest, TestUrl, opts(1));
            run(e, 206, partial(0, 2999, "3000"), body.left(1000), true);
        }
        ResumeEngine other(m_dest, QUrl(QStringLiteral("http://127.0.0.1:1/other.bin")), opts());
        QVERIFY(!other.begin());
        QCOMPARE(other.requestHeaders().value("range"), QByteArray("bytes=0-"));
        ResumeEngine same(m_dest, TestUrl, opts());
        QVERIFY(!same.begin());
        QCOMPARE(same.requestHeaders().value("range"), QByteArray("bytes=1000-"));
    }

    // §13 G28: two downloads never write the same part file; the second is refused
    // before it writes anything and the first completes intact.
    void secondWriterRefused()
    {
        const QByteArray body = pattern(3000);
        ResumeEngine first(m_dest, TestUrl, opts());
        QVERIFY(!first.begin());
        QCOMPARE(first.onResponse(200, full(body.size())), ResumeEngine::Step::Continue);
        QCOMPARE(first.onBody(QByteArrayView(body).first(1000)), ResumeEngine::Step::Continue);

        ResumeEngine second(m_dest, QUrl(QStringLiteral("http://127.0.0.1:1/mirror/f.bin")), opts());
        QVERIFY(!second.begin());
        QCOMPARE(second.onResponse(200, full(body.size())), ResumeEngine::Step::Failed);
        QCOMPARE(second.failure().kind, ErrorKind::Destination);
        QVERIFY(second.failure().message.contains(QLatin1String("another download")));

        QCOMPARE(feed(first, body.mid(1000)), ResumeEngine::Step::Continue);
        QCOMPARE(first.onEnd(), ResumeEngine::Step::Complete);
        QCOMPARE(readFile(m_dest), body);
    }

    // §13 G7: more bytes than announced are refused.
    void overlongBody()
    {
        ResumeEngine e(m_dest, TestUrl, opts());
        QCOMPARE(run(e, 200, full(10), "0123456789EXTRA").step, ResumeEngine::Step::Failed);
        QCOMPARE(e.failure().kind, ErrorKind::ServerMisconfigured);
        QVERIFY(!QFile::exists(m_dest));
        QCOMPARE(ctrl()->cursor, 10u);
    }

    // §13 G29: a length the disk cannot hold fails before anything is written.
    void absurdLength()
    {
        ResumeEngine e(m_dest, TestUrl, opts());
        QCOMPARE(run(e, 200, full(qsizetype(1) << 60), "x").step, ResumeEngine::Step::Failed);
        QCOMPARE(e.failure().kind, ErrorKind::Io);
        QVERIFY(e.failure().message.contains(QLatin1String("not enough disk space")));
        QVERIFY(!QFile::exists(partPath(m_dest)));
    }

    // Expected SHA-256: verified on success; a mismatch leaves no destination and no sidecars.
    void expectedChecksum()
    {
        const QByteArray body = pattern(5000);
        EngineOptions o = opts();
        o.expectedSha256 = flatSha(body).toUpper();
        ResumeEngine good(m_dest, TestUrl, o);
        QCOMPARE(run(good, 200, full(body.size()), body).step, ResumeEngine::Step::Complete);
        QVERIFY(good.result().verified);

        QFile::remove(m_dest);
        o.expectedSha256 = QByteArray(64, 'a');
        ResumeEngine bad(m_dest, TestUrl, o);
        QCOMPARE(run(bad, 200, full(body.size()), body).step, ResumeEngine::Step::Failed);
        QCOMPARE(bad.failure().kind, ErrorKind::ChecksumMismatch);
        QVERIFY(!bad.failure().transient);
        QVERIFY(!QFile::exists(m_dest));
        QVERIFY(sidecarsGone());
    }

    // RD-1, RD-2, RD-3, ST-2: statuses other than 200/206/416.
    void otherStatuses_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("location");
        QTest::addColumn<QStringList>("fragments");
        QTest::addColumn<bool>("transient");
        for (int s : {301, 302, 303, 307, 308})
            QTest::addRow("%d", s) << s << QByteArray("/final") << QStringList{QString::number(s), QStringLiteral("\"/final\""),
                                                                             QStringLiteral("were not followed"), QStringLiteral("redirect")} << false;
        QTest::newRow("302 no location") << 302 << QByteArray() << QStringList{QStringLiteral("another URL")} << false;
        QTest::newRow("418") << 418 << QByteArray() << QStringList{QStringLiteral("unexpected HTTP 418")} << false;
        QTest::newRow("404") << 404 << QByteArray() << QStringList{QStringLiteral("unexpected HTTP 404")} << false;
        for (int s : {408, 425, 429, 500, 502, 503, 504, 520, 522, 524})
            QTest::addRow("transient %d", s) << s << QByteArray() << QStringList{QString::number(s)} << true;
        for (int s : {501, 505, 521, 523, 530})
            QTest::addRow("permanent %d", s) << s << QByteArray() << QStringList{QString::number(s)} << false;
    }
    void otherStatuses()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, location);
        QFETCH(QStringList, fragments);
        QFETCH(bool, transient);
        HttpHeaders h{{"Retry-After", "7"}};
        if (!location.isEmpty())
            h.append("Location", location);
        ResumeEngine e(m_dest, TestUrl, opts());
        QCOMPARE(run(e, status, h, QByteArray()).step, ResumeEngine::Step::Failed);
        QCOMPARE(e.failure().kind, ErrorKind::UnexpectedStatus);
        QCOMPARE(e.failure().httpStatus, status);
        for (const QString &f : fragments)
            QVERIFY2(e.failure().message.contains(f), qPrintable(e.failure().message));
        QCOMPARE(e.failure().transient, transient);
        QCOMPARE(e.failure().headers.value("RETRY-AFTER"), QByteArray("7"));
        if (transient)
            QCOMPARE(e.failure().retryAfter, std::optional<double>(7));
        QVERIFY(!QFile::exists(partPath(m_dest)));
    }

    // Connection failures before the body are partial (retryable); TLS failures are not.
    void transportBeforeBody()
    {
        ResumeEngine e(m_dest, TestUrl, opts());
        QVERIFY(!e.begin());
        Failure refused = Failure::make(ErrorKind::Transport, QStringLiteral("refused"));
        refused.transient = true; // connection-class
        QCOMPARE(e.onTransportError(refused), ResumeEngine::Step::Failed);
        QCOMPARE(e.failure().kind, ErrorKind::Partial);
        QVERIFY(e.failure().message.startsWith(QLatin1String("connection error")));
        QVERIFY(!e.begin());
        QCOMPARE(e.onTransportError(Failure::make(ErrorKind::Tls, QStringLiteral("bad certificate"))), ResumeEngine::Step::Failed);
        QCOMPARE(e.failure().kind, ErrorKind::Tls);
        QVERIFY(!e.failure().transient);
    }

    // DE-9, URL-1: preflight and URL check run before any request.
    void preflightBeforeRequest()
    {
        ResumeEngine longName(m_dir.filePath(QString(250, QLatin1Char('n'))), TestUrl, opts());
        const auto f = longName.begin();
        QVERIFY(f);
        QCOMPARE(f->kind, ErrorKind::Destination);
        for (const char *bad : {"ftp://h/x", "file:///etc/passwd", "javascript:alert(1)", "http://", "", "example.com/file"}) {
            ResumeEngine e(m_dest, QUrl(QString::fromLatin1(bad)), opts());
            const auto u = e.begin();
            QVERIFY2(u && u->kind == ErrorKind::InvalidUrl, bad);
        }
    }
};

QTEST_GUILESS_MAIN(TestResumeEngine)
#include "tst_resumeengine.moc"
