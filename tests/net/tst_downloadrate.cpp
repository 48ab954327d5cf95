// SPDX-License-Identifier: MIT
// Speed limits: a Download reads no faster than its limiters allow, alone or
// sharing one limit with others. The bounds are loose on the slow side (a busy
// machine may be slower); never faster than the limit is the behaviour tested.
#include "downloadtestsupport.h"

#include <QElapsedTimer>
#include <QTest>

using Haul::Download;
using Haul::DownloadOptions;
using Haul::RateLimiter;
using namespace Haul::Test;

class TestDownloadRate : public QObject
{
    Q_OBJECT

private slots:
    void perDownloadLimit()
    {
        Env env;
        QVERIFY(env.init());
        const QByteArray body = TestServer::patternBody(3 * MiB);
        env.server.setResource("/r", body, "\"v1\"");
        DownloadOptions o = fastOptions();
        o.rateLimit = 2 * MiB; // 1.5 s for the body, the first 0.1 s of burst aside
        Download d(&env.manager, env.server.url("/r"), env.path("r.bin"), o);
        Recorder rec(&d);
        QElapsedTimer clock;
        clock.start();
        d.start();
        WAIT_SUCCESS(rec);
        const qint64 ms = clock.elapsed();
        QVERIFY2(ms >= 1300, qPrintable(QStringLiteral("%1 ms: faster than the limit").arg(ms)));
        COMPARE_BYTES(readFile(env.path("r.bin")), body);
    }

    // Eight connections draw on the same budget: the limit is the file's, not each one's.
    void segmentedDownloadKeepsItsLimit()
    {
        Env env;
        QVERIFY(env.init());
        const QByteArray body = TestServer::patternBody(3 * MiB, 3);
        env.server.setResource("/s", body, "\"v1\"");
        DownloadOptions o = fastOptions();
        o.connections = 8;
        o.rateLimit = 2 * MiB;
        Download d(&env.manager, env.server.url("/s"), env.path("s.bin"), o);
        Recorder rec(&d);
        QSignalSpy connections(&d, &Download::connectionsChanged);
        QElapsedTimer clock;
        clock.start();
        d.start();
        WAIT_SUCCESS(rec);
        const qint64 ms = clock.elapsed();
        QVERIFY2(ms >= 1300, qPrintable(QStringLiteral("%1 ms: faster than the limit").arg(ms)));
        QVERIFY(!connections.isEmpty());
        QVERIFY(connections.first().at(0).toInt() > 1); // it really was split
        COMPARE_BYTES(readFile(env.path("s.bin")), body);
    }

    void sharedLimit()
    {
        Env env;
        QVERIFY(env.init());
        const QByteArray a = TestServer::patternBody(1536 * KiB, 1);
        const QByteArray b = TestServer::patternBody(1536 * KiB, 2);
        env.server.setResource("/a", a, "\"a\"");
        env.server.setResource("/b", b, "\"b\"");
        DownloadOptions o = fastOptions();
        o.sharedLimit = std::make_shared<RateLimiter>(2 * MiB); // 3 MiB in all: 1.5 s
        Download da(&env.manager, env.server.url("/a"), env.path("a.bin"), o);
        Download db(&env.manager, env.server.url("/b"), env.path("b.bin"), o);
        Recorder ra(&da), rb(&db);
        QElapsedTimer clock;
        clock.start();
        da.start();
        db.start();
        WAIT_SUCCESS(ra);
        WAIT_SUCCESS(rb);
        const qint64 ms = clock.elapsed();
        QVERIFY2(ms >= 1300, qPrintable(QStringLiteral("%1 ms: together faster than the shared limit").arg(ms)));
        COMPARE_BYTES(readFile(env.path("a.bin")), a);
        COMPARE_BYTES(readFile(env.path("b.bin")), b);
    }

    // A limited download is not mistaken for a stalled one.
    void slowIsNotStalled()
    {
        Env env;
        QVERIFY(env.init());
        const QByteArray body = TestServer::patternBody(200 * KiB);
        env.server.setResource("/s", body, "\"v1\"");
        DownloadOptions o = fastOptions();
        o.rateLimit = 100 * 1000; // about 2 s
        o.stallTimeoutMs = 500;
        o.retry.maxRetries = 0;
        Download d(&env.manager, env.server.url("/s"), env.path("s.bin"), o);
        Recorder rec(&d);
        d.start();
        WAIT_SUCCESS(rec);
        QVERIFY2(rec.attemptFailed.isEmpty(), qPrintable(rec.describe()));
        COMPARE_BYTES(readFile(env.path("s.bin")), body);
    }
};

QTEST_GUILESS_MAIN(TestDownloadRate)
#include "tst_downloadrate.moc"
