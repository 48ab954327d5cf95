// SPDX-License-Identifier: MIT
// Integration tests of Haul::Download against the in-process fault-injecting
// TestServer: the happy path, resuming after a cut or a stall, a changed ETag,
// an ignored Range, 416, retryable and permanent statuses, and the checksum.
// Fixtures and macros: downloadtestsupport.h.
#include "downloadtestsupport.h"

#include <QElapsedTimer>

using Haul::Download;
using Haul::DownloadOptions;
using Haul::ErrorKind;
using Haul::Failure;
using Haul::Result;
using namespace Haul::Test;

class TestDownload : public QObject
{
    Q_OBJECT

private slots:
    void plainDownload();
    void truncatedResumes_data();
    void truncatedResumes();
    void stall_data();
    void stall();
    void etagChangeRestarts();
    void rangeIgnoredOnResume();
    void shrunkResourceGets416_data();
    void shrunkResourceGets416();
    void retryAfter();
    void permanentStatus_data();
    void permanentStatus();
    void checksum_data();
    void checksum();
};

// 1. One clean 206 covering everything.
void TestDownload::plainDownload()
{
    Env env;
    QVERIFY(env.init());
    const QByteArray body = TestServer::patternBody(5 * MiB + 123);
    env.server.setResource("/file.bin", body, "\"v1\"");
    const QString dest = env.path("file.bin");

    Download d(&env.manager, env.server.url("/file.bin"), dest, fastOptions());
    Recorder rec(&d);
    QCOMPARE(d.state(), Download::State::Idle);
    d.start();
    WAIT_SUCCESS(rec);

    const Result r = rec.result();
    QCOMPARE(r.dest, dest);
    QCOMPARE(r.size, quint64(body.size()));
    QCOMPARE(r.sha256, sha256Hex(body));
    QCOMPARE(r.treeHash, singleBlockTreeHash(body));
    QCOMPARE(r.etag.canonical(), QStringLiteral("\"v1\""));
    QCOMPARE(r.contentType, QByteArray("application/octet-stream"));
    QVERIFY(r.contentEncoding.isEmpty());
    QVERIFY(!r.verified);
    COMPARE_BYTES(readFile(dest), body);
    QCOMPARE(listing(env.dir.path()), QStringList{QStringLiteral("file.bin")}); // no part, ctrl or ctrl.tmp
    QCOMPARE(d.attempts(), 1);
    QCOMPARE(d.state(), Download::State::Complete);
    QVERIFY(rec.attemptFailed.isEmpty());

    QVERIFY(!rec.progress.isEmpty());
    QCOMPARE(rec.progress.last().validLength, quint64(body.size()));
    QCOMPARE(rec.progress.last().highWater, quint64(body.size()));
    QCOMPARE(rec.progress.last().reportedLength, std::optional<quint64>(body.size()));
    QCOMPARE(d.progress().validLength, quint64(body.size()));

    QCOMPARE(env.server.requestCount(), 1);
    const RecordedRequest q = env.req(0);
    QCOMPARE(q.method, QByteArray("GET"));
    QCOMPARE(q.header("Accept-Encoding"), QByteArray("identity"));
    QCOMPARE(q.header("Range"), QByteArray("bytes=0-"));
    QCOMPARE(q.header("Cache-Control"), QByteArray("no-store, no-transform"));
    QVERIFY(!q.hasHeader("If-Range"));
    QCOMPARE(q.responseStatus, 206);
}

// 2. A cut connection: every byte received is checkpointed (§5.5, G20), so the
// next request asks for exactly the rest, guarded by the ETag.
void TestDownload::truncatedResumes_data()
{
    QTest::addColumn<qint64>("cut");
    // Within readBufferSize: exact offsets.
    QTest::newRow("before the first checkpoint") << qint64(100000);
    QTest::newRow("on a checkpoint boundary") << qint64(512 * KiB);
    QTest::newRow("between checkpoints") << qint64(700 * KiB + 7);
    QTest::newRow("at the read buffer size") << qint64(1 * MiB);
    // Beyond it: Qt may keep back a tail (QtTailLoss).
    QTest::newRow("just past the read buffer size") << qint64(1 * MiB + 5);
    QTest::newRow("between later checkpoints") << qint64(2 * MiB + 300 * KiB + 7);
    QTest::newRow("one byte short") << qint64(4 * MiB - 1);
}

void TestDownload::truncatedResumes()
{
    QFETCH(qint64, cut);
    Env env;
    QVERIFY(env.init());
    const QByteArray body = TestServer::patternBody(4 * MiB);
    env.server.setResource("/f", body, "\"v1\"");
    env.server.addFault("/f", Fault::truncate(cut));
    const QString dest = env.path("f.bin");

    DownloadOptions options = fastOptions();
    options.engine.checkpointBytes = 256 * KiB;
    options.engine.checkpointIntervalMs = 0;
    Download d(&env.manager, env.server.url("/f"), dest, options);
    Recorder rec(&d);
    d.start();
    WAIT_SUCCESS(rec);

    QCOMPARE(rec.attemptFailed.size(), 1);
    QCOMPARE(rec.attemptFailure(0).kind, ErrorKind::Partial);
    QCOMPARE(rec.attemptFailed.at(0).at(1).toInt(), 1);
    QCOMPARE(rec.retryIn(0), 0.0); // the attempt made progress: no wait (RetryPolicy)
    QCOMPARE(d.attempts(), 2);

    QCOMPARE(env.server.requestCount(), 2);
    QCOMPARE(env.req(0).header("Range"), QByteArray("bytes=0-"));
    VERIFY_RESUME(rec, 0, env.req(1), cut);
    QCOMPARE(env.req(1).header("If-Range"), QByteArray("\"v1\""));
    QCOMPARE(env.req(1).header("Accept-Encoding"), QByteArray("identity"));
    QCOMPARE(env.req(1).responseStatus, 206);

    COMPARE_BYTES(readFile(dest), body);
    QCOMPARE(rec.result().sha256, sha256Hex(body));
    QCOMPARE(rec.result().treeHash, singleBlockTreeHash(body));
    QCOMPARE(listing(env.dir.path()), QStringList{QStringLiteral("f.bin")});
}

// 3. No bytes for stallTimeoutMs ends the attempt as Stalled. A stall after
// progress costs no retry; a stall before any byte does.
void TestDownload::stall_data()
{
    QTest::addColumn<qint64>("stallAfter");
    QTest::addColumn<bool>("succeeds");
    QTest::newRow("after progress: free retry") << qint64(1 * MiB + 17) << true;
    QTest::newRow("before any byte: budget used") << qint64(0) << false;
}

void TestDownload::stall()
{
    QFETCH(qint64, stallAfter);
    QFETCH(bool, succeeds);
    Env env;
    QVERIFY(env.init());
    const QByteArray body = TestServer::patternBody(3 * MiB);
    env.server.setResource("/s", body, "\"v1\"");
    env.server.addFault("/s", Fault::stall(stallAfter));
    const QString dest = env.path("s.bin");

    DownloadOptions options = fastOptions();
    options.stallTimeoutMs = 300;
    options.retry.maxRetries = 0;
    Download d(&env.manager, env.server.url("/s"), dest, options);
    Recorder rec(&d);
    d.start();

    if (!succeeds) {
        WAIT_FAILURE(rec, ErrorKind::Stalled);
        QCOMPARE(d.attempts(), 1);
        QCOMPARE(env.server.requestCount(), 1);
        QCOMPARE(d.state(), Download::State::Failed);
        return;
    }
    WAIT_SUCCESS(rec);
    QCOMPARE(rec.attemptFailed.size(), 1);
    QCOMPARE(Haul::errorKindName(rec.attemptFailure(0).kind), Haul::errorKindName(ErrorKind::Stalled));
    QCOMPARE(rec.retryIn(0), 0.0);
    QCOMPARE(d.attempts(), 2);
    QCOMPARE(env.server.requestCount(), 2);
    // No close: every byte sent reached the engine, and abort() checkpointed them all.
    QCOMPARE(rec.held.at(0), quint64(stallAfter));
    VERIFY_RESUME(rec, 0, env.req(1), stallAfter);
    QCOMPARE(env.req(1).header("If-Range"), QByteArray("\"v1\""));
    COMPARE_BYTES(readFile(dest), body);
    QCOMPARE(listing(env.dir.path()), QStringList{QStringLiteral("s.bin")});
}

// 4. The resource changes between attempts: If-Range carries the old ETag, the
// server answers 200 with the new version, and only the new bytes end up on disk.
void TestDownload::etagChangeRestarts()
{
    Env env;
    QVERIFY(env.init());
    const QByteArray oldBody = TestServer::patternBody(4 * MiB, 1);
    const QByteArray newBody = TestServer::patternBody(3 * MiB + 77, 2);
    const qint64 cut = 700 * KiB + 5;
    env.server.setResource("/e", oldBody, "\"v1\"");
    env.server.addFault("/e", Fault::truncate(cut));
    const QString dest = env.path("e.bin");

    Download d(&env.manager, env.server.url("/e"), dest, fastOptions());
    Recorder rec(&d);
    connect(&d, &Download::attemptFailed, &env.server, [&env, &newBody](const Failure &, int attempt) {
        if (attempt == 1)
            env.server.setResource("/e", newBody, "\"v2\"");
    });
    d.start();
    WAIT_SUCCESS(rec);

    QCOMPARE(env.server.requestCount(), 2);
    VERIFY_RESUME(rec, 0, env.req(1), cut);
    QCOMPARE(env.req(1).header("If-Range"), QByteArray("\"v1\""));
    QCOMPARE(env.req(1).responseStatus, 200);
    COMPARE_BYTES(readFile(dest), newBody);
    QCOMPARE(rec.result().sha256, sha256Hex(newBody));
    QCOMPARE(rec.result().size, quint64(newBody.size()));
    QCOMPARE(rec.result().etag.canonical(), QStringLiteral("\"v2\""));
    QCOMPARE(d.attempts(), 2);
    QCOMPARE(listing(env.dir.path()), QStringList{QStringLiteral("e.bin")});
}

// 5. A resume answered with 200 and the whole body: start over from byte 0.
void TestDownload::rangeIgnoredOnResume()
{
    Env env;
    QVERIFY(env.init());
    const QByteArray body = TestServer::patternBody(2 * MiB + 3);
    const qint64 cut = 700 * KiB;
    env.server.setResource("/r", body, "\"v1\"");
    env.server.addFault("/r", Fault::truncate(cut));
    env.server.addFault("/r", Fault{.ignoreRange = true});
    const QString dest = env.path("r.bin");

    Download d(&env.manager, env.server.url("/r"), dest, fastOptions());
    Recorder rec(&d);
    d.start();
    WAIT_SUCCESS(rec);

    QCOMPARE(env.server.requestCount(), 2);
    VERIFY_RESUME(rec, 0, env.req(1), cut);
    QCOMPARE(env.req(1).responseStatus, 200);
    COMPARE_BYTES(readFile(dest), body);
    QCOMPARE(rec.result().sha256, sha256Hex(body));
    QCOMPARE(d.attempts(), 2);
    QCOMPARE(listing(env.dir.path()), QStringList{QStringLiteral("r.bin")});
}

// 6. The resource shrank below the cursor: 416 resets the checkpoint (§4.5 row 3)
// and the next attempt fetches the new body from byte 0.
void TestDownload::shrunkResourceGets416_data()
{
    QTest::addColumn<QByteArray>("etag");
    QTest::newRow("same ETag") << QByteArray("\"v1\"");
    QTest::newRow("no ETag") << QByteArray();
}

void TestDownload::shrunkResourceGets416()
{
    QFETCH(QByteArray, etag);
    Env env;
    QVERIFY(env.init());
    const QByteArray oldBody = TestServer::patternBody(2 * MiB, 1);
    const QByteArray newBody = TestServer::patternBody(300 * KiB + 3, 3);
    const qint64 cut = 900 * KiB;
    env.server.setResource("/k", oldBody, etag);
    env.server.addFault("/k", Fault::truncate(cut));
    const QString dest = env.path("k.bin");

    Download d(&env.manager, env.server.url("/k"), dest, fastOptions());
    Recorder rec(&d);
    connect(&d, &Download::attemptFailed, &env.server, [&](const Failure &, int attempt) {
        if (attempt == 1)
            env.server.setResource("/k", newBody, etag);
    });
    d.start();
    WAIT_SUCCESS(rec);

    QVERIFY2(env.server.requestCount() == 3, qPrintable(rec.describe()));
    VERIFY_RESUME(rec, 0, env.req(1), cut);
    QCOMPARE(env.req(1).header("If-Range"), etag.isEmpty() ? QByteArray() : etag);
    QCOMPARE(env.req(1).responseStatus, 416);
    QCOMPARE(env.req(2).header("Range"), QByteArray("bytes=0-"));
    QVERIFY(!env.req(2).hasHeader("If-Range"));
    QCOMPARE(env.req(2).responseStatus, 206);

    QCOMPARE(rec.attemptFailed.size(), 2);
    QCOMPARE(rec.attemptFailure(1).kind, ErrorKind::Partial);
    QVERIFY2(rec.attemptFailure(1).message.contains(u"416"), qPrintable(rec.attemptFailure(1).message));
    QCOMPARE(rec.checkpointed.at(1), std::optional<quint64>(0)); // the reset checkpoint (§2.9)
    COMPARE_BYTES(readFile(dest), newBody);
    QCOMPARE(rec.result().sha256, sha256Hex(newBody));
    QCOMPARE(d.attempts(), 3);
    QCOMPARE(listing(env.dir.path()), QStringList{QStringLiteral("k.bin")});
}

// 7a. 503 with Retry-After: the wait honours it (capped by maxWait), then success.
void TestDownload::retryAfter()
{
    Env env;
    QVERIFY(env.init());
    const QByteArray body = TestServer::patternBody(256 * KiB);
    env.server.setResource("/busy", body, "\"v1\"");
    env.server.addFault("/busy", Fault::forcedStatus(503, {{"Retry-After", "1"}}));
    const QString dest = env.path("busy.bin");

    DownloadOptions options = fastOptions();
    options.retry.maxWait = 1;
    Download d(&env.manager, env.server.url("/busy"), dest, options);
    Recorder rec(&d);
    QElapsedTimer clock;
    clock.start();
    d.start();
    QTRY_COMPARE_WITH_TIMEOUT(rec.attemptFailed.size(), 1, Bound);
    QCOMPARE(d.state(), Download::State::WaitingToRetry);
    WAIT_SUCCESS(rec);

    const Failure f = rec.attemptFailure(0);
    QCOMPARE(f.kind, ErrorKind::UnexpectedStatus);
    QCOMPARE(f.httpStatus, 503);
    QVERIFY(f.transient);
    QCOMPARE(f.retryAfter, std::optional<double>(1.0));
    QVERIFY2(rec.retryIn(0) >= 1.0, qPrintable(rec.describe()));
    QVERIFY2(clock.elapsed() >= 900, qPrintable(QString::number(clock.elapsed()))); // it really waited (coarse timer: -5 %)
    QCOMPARE(d.attempts(), 2);
    QCOMPARE(env.server.requestCount(), 2);
    QCOMPARE(env.req(1).header("Range"), QByteArray("bytes=0-"));
    COMPARE_BYTES(readFile(dest), body);
    QCOMPARE(listing(env.dir.path()), QStringList{QStringLiteral("busy.bin")});
}

// 7b. A permanent status fails at once and leaves nothing behind.
void TestDownload::permanentStatus_data()
{
    QTest::addColumn<int>("status");
    QTest::newRow("404 (no resource)") << 404;
    QTest::newRow("403 (forced)") << 403;
    QTest::newRow("501 (not transient)") << 501;
}

void TestDownload::permanentStatus()
{
    QFETCH(int, status);
    Env env;
    QVERIFY(env.init());
    if (status != 404) {
        env.server.setResource("/p", TestServer::patternBody(1000), "\"v1\"");
        env.server.addFault("/p", Fault::forcedStatus(status), Fault::Forever);
    }
    const QString dest = env.path("p.bin");

    Download d(&env.manager, env.server.url("/p"), dest, fastOptions());
    Recorder rec(&d);
    d.start();
    WAIT_FAILURE(rec, ErrorKind::UnexpectedStatus);
    QCOMPARE(rec.failure().httpStatus, status);
    QVERIFY(!rec.failure().transient);
    QCOMPARE(d.lastFailure().httpStatus, status);
    QCOMPARE(d.attempts(), 1);
    QCOMPARE(d.state(), Download::State::Failed);
    QCOMPARE(env.server.requestCount(), 1);
    for (qsizetype i = 0; i < rec.attemptFailed.size(); ++i)
        QVERIFY2(rec.retryIn(int(i)) < 0, qPrintable(rec.describe())); // no retry was announced
    QCOMPARE(listing(env.dir.path()), QStringList());
}

// 14. expectedSha256 is checked before the destination appears.
void TestDownload::checksum_data()
{
    QTest::addColumn<QString>("expect");
    QTest::addColumn<bool>("succeeds");
    const QByteArray body = TestServer::patternBody(700 * KiB);
    QTest::newRow("match") << QString::fromLatin1(sha256Hex(body)) << true;
    QTest::newRow("match, upper case") << QString::fromLatin1(sha256Hex(body).toUpper()) << true;
    QTest::newRow("mismatch") << QString::fromLatin1(sha256Hex("something else")) << false;
}

void TestDownload::checksum()
{
    QFETCH(QString, expect);
    QFETCH(bool, succeeds);
    Env env;
    QVERIFY(env.init());
    const QByteArray body = TestServer::patternBody(700 * KiB);
    env.server.setResource("/sum", body, "\"v1\"");
    const QString dest = env.path("sum.bin");

    DownloadOptions options = fastOptions();
    options.expectedSha256 = expect.toLatin1();
    Download d(&env.manager, env.server.url("/sum"), dest, options);
    Recorder rec(&d);
    d.start();
    if (succeeds) {
        WAIT_SUCCESS(rec);
        QVERIFY(rec.result().verified);
        QCOMPARE(rec.result().sha256, sha256Hex(body));
        COMPARE_BYTES(readFile(dest), body);
        return;
    }
    WAIT_FAILURE(rec, ErrorKind::ChecksumMismatch);
    QCOMPARE(d.attempts(), 1);
    QCOMPARE(env.server.requestCount(), 1);
    QVERIFY(!QFile::exists(dest));
    QCOMPARE(listing(env.dir.path()), QStringList()); // wrong bytes are not kept either
}

QTEST_GUILESS_MAIN(TestDownload)
#include "tst_download.moc"
