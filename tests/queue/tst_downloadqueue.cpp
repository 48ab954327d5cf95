// SPDX-License-Identifier: MIT
// DownloadQueue: at most N at once (HP-9), in order, independent outcomes, cancel-all saves.
#include "downloadqueue.h"
#include "testserver.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Haul;
using Haul::Test::Fault;
using Haul::Test::TestServer;

namespace {

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

DownloadOptions quickOptions()
{
    DownloadOptions o;
    o.retry.initialDelay = 0.01;
    o.retry.maxWait = 0.05;
    o.retry.maxRetries = 2;
    return o;
}

} // namespace

class TestDownloadQueue : public QObject
{
    Q_OBJECT

private slots:
    void limitsDownloadsAtOnce()
    {
        TestServer server;
        QVERIFY(server.listen());
        QTemporaryDir dir;
        QList<QByteArray> bodies;
        for (int i = 0; i < 7; ++i) {
            bodies << TestServer::patternBody(256 * 1024, quint32(i + 1));
            const QString path = QStringLiteral("/f%1").arg(i);
            server.setResource(path, bodies.last(), "\"v\"");
            server.addFault(path, Fault::throttle(2 * 1024 * 1024));
        }
        DownloadQueue queue;
        queue.setMaxActive(3);
        int running = 0, most = 0;
        QList<int> order;
        connect(&queue, &DownloadQueue::started, this, [&](int id) {
            order << id;
            most = qMax(most, ++running);
        });
        connect(&queue, &DownloadQueue::finished, this, [&](int, const Result &) { --running; });
        int mostConnections = 0;
        connect(&server, &TestServer::requestReceived, this,
                [&](int) { mostConnections = qMax(mostConnections, server.openConnectionCount()); });
        for (int i = 0; i < bodies.size(); ++i)
            queue.add(server.url(QStringLiteral("/f%1").arg(i)), dir.filePath(QStringLiteral("f%1").arg(i)), quickOptions());
        QSignalSpy all(&queue, &DownloadQueue::allFinished);
        queue.start();
        QVERIFY(all.wait(30000));
        QCOMPARE(most, 3);
        QVERIFY2(mostConnections <= 3, qPrintable(QString::number(mostConnections)));
        QCOMPARE(order, QList<int>({0, 1, 2, 3, 4, 5, 6}));
        for (int i = 0; i < bodies.size(); ++i)
            QCOMPARE(readFile(dir.filePath(QStringLiteral("f%1").arg(i))), bodies.at(i));
        QVERIFY(queue.isFinished());
        QCOMPARE(queue.activeCount(), 0);
    }

    void oneAtATimeKeepsOrder()
    {
        TestServer server;
        QVERIFY(server.listen());
        QTemporaryDir dir;
        for (int i = 0; i < 4; ++i)
            server.setResource(QStringLiteral("/o%1").arg(i), TestServer::patternBody(1000 + i, quint32(i)), "\"v\"");
        DownloadQueue queue;
        queue.setMaxActive(1);
        for (int i = 0; i < 4; ++i)
            queue.add(server.url(QStringLiteral("/o%1").arg(i)), dir.filePath(QStringLiteral("o%1").arg(i)), quickOptions());
        QSignalSpy all(&queue, &DownloadQueue::allFinished);
        queue.start();
        QVERIFY(all.wait(20000));
        QCOMPARE(server.requestCount(), 4);
        for (int i = 0; i < 4; ++i)
            QCOMPARE(server.request(i).path, QStringLiteral("/o%1").arg(i));
    }

    void failuresAreIndependent()
    {
        TestServer server;
        QVERIFY(server.listen());
        QTemporaryDir dir;
        const QByteArray body = TestServer::patternBody(5000);
        server.setResource(QStringLiteral("/good"), body, "\"v\"");
        DownloadQueue queue;
        const int missing = queue.add(server.url(QStringLiteral("/missing")), dir.filePath(QStringLiteral("m")), quickOptions());
        const int good = queue.add(server.url(QStringLiteral("/good")), dir.filePath(QStringLiteral("g")), quickOptions());
        QSignalSpy failed(&queue, &DownloadQueue::failed);
        QSignalSpy finished(&queue, &DownloadQueue::finished);
        QSignalSpy all(&queue, &DownloadQueue::allFinished);
        queue.start();
        QVERIFY(all.wait(20000));
        QCOMPARE(failed.size(), 1);
        QCOMPARE(failed.at(0).at(0).toInt(), missing);
        QCOMPARE(failed.at(0).at(1).value<Failure>().httpStatus, 404);
        QCOMPARE(finished.size(), 1);
        QCOMPARE(finished.at(0).at(0).toInt(), good);
        QCOMPARE(readFile(dir.filePath(QStringLiteral("g"))), body);
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("m"))));
    }

    void cancelAllSavesProgress()
    {
        TestServer server;
        QVERIFY(server.listen());
        QTemporaryDir dir;
        for (int i = 0; i < 3; ++i) {
            server.setResource(QStringLiteral("/c%1").arg(i), TestServer::patternBody(8 * 1024 * 1024, quint32(i)), "\"v\"");
            server.addFault(QStringLiteral("/c%1").arg(i), Fault::throttle(512 * 1024));
        }
        DownloadQueue queue;
        queue.setMaxActive(2);
        DownloadOptions o = quickOptions();
        o.engine.checkpointIntervalMs = 100;
        for (int i = 0; i < 3; ++i)
            queue.add(server.url(QStringLiteral("/c%1").arg(i)), dir.filePath(QStringLiteral("c%1").arg(i)), o);
        QSignalSpy failed(&queue, &DownloadQueue::failed);
        QSignalSpy all(&queue, &DownloadQueue::allFinished);
        queue.start();
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(controlPath(dir.filePath(QStringLiteral("c0"))))
                                     && QFile::exists(controlPath(dir.filePath(QStringLiteral("c1")))), 20000);
        queue.cancelAll();
        QVERIFY(all.count() == 1 || all.wait(20000));
        QCOMPARE(failed.size(), 3);
        for (const auto &args : failed)
            QCOMPARE(args.at(1).value<Failure>().kind, ErrorKind::Cancelled);
        for (int i = 0; i < 2; ++i) {
            const QString dest = dir.filePath(QStringLiteral("c%1").arg(i));
            QFile ctrl(controlPath(dest));
            QVERIFY(ctrl.open(QIODevice::ReadOnly));
            const auto c = ControlFile::decode(ctrl.readAll());
            QVERIFY(c && c->cursor > 0);
            QVERIFY(!QFile::exists(dest));
        }
        QVERIFY(server.requestsFor(QStringLiteral("/c2")).isEmpty()); // never started, nothing sent
    }

    void emptyQueueFinishesAtOnce()
    {
        DownloadQueue queue;
        QSignalSpy all(&queue, &DownloadQueue::allFinished);
        queue.start();
        QCOMPARE(all.size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestDownloadQueue)
#include "tst_downloadqueue.moc"
