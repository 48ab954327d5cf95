// SPDX-License-Identifier: MIT
// DownloadQueue: at most N at once (HP-9), in order, independent outcomes, cancel-all saves,
// per-item speed limits and connections.
#include "downloadqueue.h"
#include "queuestore.h"
#include "testfiles.h"
#include "queuetestsupport.h"
#include "testserver.h"

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Haul;
using Haul::Test::Fault;
using Haul::Test::quickOptions;
using Haul::Test::readFile;
using Haul::Test::TestServer;

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
        QList<int> ids;
        for (int i = 0; i < bodies.size(); ++i)
            ids << queue.add(server.url(QStringLiteral("/f%1").arg(i)), dir.filePath(QStringLiteral("f%1").arg(i)), quickOptions());
        QSignalSpy all(&queue, &DownloadQueue::allFinished);
        queue.start();
        QVERIFY(all.wait(30000));
        QCOMPARE(most, 3);
        QVERIFY2(mostConnections <= 3, qPrintable(QString::number(mostConnections)));
        QCOMPARE(order, ids);
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

    void pauseSavesAndResumeContinues()
    {
        TestServer server;
        QVERIFY(server.listen());
        QTemporaryDir dir;
        const QByteArray body = TestServer::patternBody(4 * 1024 * 1024);
        server.setResource(QStringLiteral("/p"), body, "\"v\"");
        server.addFault(QStringLiteral("/p"), Fault::throttle(1024 * 1024));
        DownloadQueue queue;
        DownloadOptions o = quickOptions();
        o.engine.checkpointIntervalMs = 100;
        queue.setBaseOptions(o);
        QueueItem item;
        item.url = server.url(QStringLiteral("/p"));
        item.folder = dir.path();
        const int id = queue.add({item}).first();
        queue.start();
        const QString dest = dir.filePath(QStringLiteral("p"));
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(controlPath(dest)), 20000);
        QSignalSpy changed(&queue, &DownloadQueue::itemChanged);
        queue.pause(id);
        QTRY_COMPARE_WITH_TIMEOUT(queue.item(id)->state, QueueItem::State::Paused, 10000);
        QCOMPARE(queue.activeCount(), 0);
        QVERIFY(!QFile::exists(dest));
        const quint64 done = queue.item(id)->bytesDone;
        QVERIFY(done > 0 && done < quint64(body.size()));
        QCOMPARE(queue.item(id)->history.last().outcome, QStringLiteral("stopped"));

        QSignalSpy finished(&queue, &DownloadQueue::finished);
        queue.resume(id);
        QVERIFY(finished.wait(20000));
        QCOMPARE(readFile(dest), body);
        const auto requests = server.requestsFor(QStringLiteral("/p"));
        QCOMPARE(requests.size(), 2);
        QVERIFY(requests.at(1).header("range").startsWith("bytes="));
        QVERIFY(requests.at(1).header("range") != "bytes=0-");
        QCOMPARE(queue.item(id)->state, QueueItem::State::Complete);
        QCOMPARE(queue.item(id)->sha256, QCryptographicHash::hash(body, QCryptographicHash::Sha256).toHex());
    }

    void pausedItemsWaitAndQueuedOnesTakeTheSlot()
    {
        TestServer server;
        QVERIFY(server.listen());
        QTemporaryDir dir;
        QList<QueueItem> items;
        for (int i = 0; i < 3; ++i) {
            server.setResource(QStringLiteral("/w%1").arg(i), TestServer::patternBody(2000, quint32(i)), "\"v\"");
            QueueItem item;
            item.url = server.url(QStringLiteral("/w%1").arg(i));
            item.folder = dir.path();
            items << item;
        }
        items[0].state = QueueItem::State::Paused; // "add paused"
        DownloadQueue queue;
        queue.setMaxActive(1);
        queue.setBaseOptions(quickOptions());
        const QList<int> ids = queue.add(items);
        QCOMPARE(queue.item(ids.at(0))->state, QueueItem::State::Paused);
        QSignalSpy all(&queue, &DownloadQueue::allFinished);
        queue.start();
        QVERIFY(all.wait(20000));
        QCOMPARE(queue.item(ids.at(0))->state, QueueItem::State::Paused);
        QCOMPARE(queue.item(ids.at(1))->state, QueueItem::State::Complete);
        QCOMPARE(queue.item(ids.at(2))->state, QueueItem::State::Complete);
        QVERIFY(server.requestsFor(QStringLiteral("/w0")).isEmpty());
        queue.resumeAll();
        QTRY_COMPARE_WITH_TIMEOUT(queue.item(ids.at(0))->state, QueueItem::State::Complete, 20000);
    }

    void movedItemStartsFirst()
    {
        TestServer server;
        QVERIFY(server.listen());
        QTemporaryDir dir;
        QList<QueueItem> items;
        for (int i = 0; i < 3; ++i) {
            server.setResource(QStringLiteral("/m%1").arg(i), TestServer::patternBody(1000, quint32(i)), "\"v\"");
            QueueItem item;
            item.url = server.url(QStringLiteral("/m%1").arg(i));
            item.folder = dir.path();
            items << item;
        }
        DownloadQueue queue;
        queue.setMaxActive(1);
        queue.setBaseOptions(quickOptions());
        const QList<int> ids = queue.add(items);
        queue.move(ids.at(2), 0);
        QCOMPARE(queue.indexOf(ids.at(2)), 0);
        QSignalSpy all(&queue, &DownloadQueue::allFinished);
        queue.start();
        QVERIFY(all.wait(20000));
        QCOMPARE(server.request(0).path, QStringLiteral("/m2"));
        QCOMPARE(server.request(1).path, QStringLiteral("/m0"));
        QCOMPARE(server.request(2).path, QStringLiteral("/m1"));
    }

    void removeRunningItemDeletesPartialData()
    {
        TestServer server;
        QVERIFY(server.listen());
        QTemporaryDir dir;
        server.setResource(QStringLiteral("/r"), TestServer::patternBody(8 * 1024 * 1024), "\"v\"");
        server.addFault(QStringLiteral("/r"), Fault::throttle(512 * 1024));
        DownloadQueue queue;
        DownloadOptions o = quickOptions();
        o.engine.checkpointIntervalMs = 100;
        queue.setBaseOptions(o);
        QueueItem item;
        item.url = server.url(QStringLiteral("/r"));
        item.folder = dir.path();
        const int id = queue.add({item}).first();
        queue.start();
        const QString dest = dir.filePath(QStringLiteral("r"));
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(controlPath(dest)), 20000);
        QSignalSpy removed(&queue, &DownloadQueue::itemRemoved);
        queue.remove(id, true);
        QVERIFY(removed.size() == 1 || removed.wait(10000));
        QCOMPARE(removed.at(0).at(0).toInt(), id);
        QCOMPARE(queue.count(), 0);
        QVERIFY(!queue.item(id));
        QTRY_VERIFY_WITH_TIMEOUT(!QFile::exists(partPath(dest)) && !QFile::exists(controlPath(dest)), 5000);
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files).size(), 0);
    }

    void existingFilePolicies()
    {
        TestServer server;
        QVERIFY(server.listen());
        QTemporaryDir dir;
        const QByteArray body = TestServer::patternBody(3000);
        server.setResource(QStringLiteral("/report.pdf"), body, "\"v\"");
        const QString taken = dir.filePath(QStringLiteral("report.pdf"));
        QFile old(taken);
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write("the user's own file");
        old.close();

        DownloadQueue queue;
        DownloadOptions o = quickOptions();
        o.existingFile = DownloadOptions::ExistingFile::Rename;
        queue.setBaseOptions(o);
        QueueItem item;
        item.url = server.url(QStringLiteral("/report.pdf"));
        item.folder = dir.path();
        const int renamed = queue.add({item}).first();
        QSignalSpy finished(&queue, &DownloadQueue::finished);
        queue.start();
        QVERIFY(finished.wait(20000));
        QCOMPARE(queue.item(renamed)->fileName, QStringLiteral("report (1).pdf"));
        QCOMPARE(readFile(dir.filePath(QStringLiteral("report (1).pdf"))), body);
        QCOMPARE(readFile(taken), QByteArray("the user's own file"));

        o.existingFile = DownloadOptions::ExistingFile::Refuse; // "ask"
        queue.setBaseOptions(o);
        QSignalSpy failed(&queue, &DownloadQueue::failed);
        const int asked = queue.add({item}).first();
        QVERIFY(failed.wait(20000));
        QCOMPARE(failed.at(0).at(1).value<Failure>().kind, ErrorKind::FileExists);
        QCOMPARE(queue.item(asked)->state, QueueItem::State::Failed);
        QCOMPARE(readFile(taken), QByteArray("the user's own file"));
        queue.resolveExisting(asked, true); // overwrite
        QVERIFY(finished.wait(20000));
        QCOMPARE(queue.item(asked)->fileName, QStringLiteral("report.pdf"));
        QCOMPARE(readFile(taken), body);
    }

    void restoredRunningItemsResume()
    {
        TestServer server;
        QVERIFY(server.listen());
        QTemporaryDir dir;
        const QByteArray body = TestServer::patternBody(4 * 1024 * 1024);
        server.setResource(QStringLiteral("/s"), body, "\"v\"");
        server.addFault(QStringLiteral("/s"), Fault::throttle(1024 * 1024));
        QueueItem saved;
        {
            DownloadQueue first;
            DownloadOptions o = quickOptions();
            o.engine.checkpointIntervalMs = 100;
            first.setBaseOptions(o);
            QueueItem item;
            item.url = server.url(QStringLiteral("/s"));
            item.folder = dir.path();
            const int id = first.add({item}).first();
            first.start();
            QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(controlPath(dir.filePath(QStringLiteral("s")))), 20000);
            QSignalSpy stopped(&first, &DownloadQueue::stopped);
            first.cancelAll(); // quitting
            QVERIFY(stopped.size() == 1 || stopped.wait(10000));
            saved = *first.item(id);
        }
        QCOMPARE(saved.state, QueueItem::State::Downloading); // what the store keeps
        QCOMPARE(saved.fileName, QStringLiteral("s"));

        DownloadQueue second;
        second.setBaseOptions(quickOptions());
        second.restore({saved}, saved.id);
        QCOMPARE(second.item(saved.id)->state, QueueItem::State::Queued);
        QSignalSpy finished(&second, &DownloadQueue::finished);
        second.start();
        QVERIFY(finished.wait(20000));
        QCOMPARE(readFile(dir.filePath(QStringLiteral("s"))), body);
        const auto requests = server.requestsFor(QStringLiteral("/s"));
        QCOMPARE(requests.size(), 2);
        QVERIFY(requests.at(1).header("range") != "bytes=0-");
        QueueItem another = saved;
        another.state = QueueItem::State::Paused;
        QCOMPARE(second.add({another}).first(), saved.id + 1); // new ids go above restored ones
    }

    void itemSpeedLimitAppliesAndChangesLive()
    {
        TestServer server;
        QVERIFY(server.listen());
        QTemporaryDir dir;
        const QByteArray small = TestServer::patternBody(192 * 1024, 1);
        const QByteArray big = TestServer::patternBody(1024 * 1024, 2);
        server.setResource(QStringLiteral("/slow"), small, "\"v\"");
        server.setResource(QStringLiteral("/freed"), big, "\"v\"");
        DownloadQueue queue;
        queue.setBaseOptions(quickOptions());
        QueueItem item;
        item.url = server.url(QStringLiteral("/slow"));
        item.folder = dir.path();
        item.rateLimit = 64 * 1024;
        QueueItem other = item;
        other.url = server.url(QStringLiteral("/freed"));
        other.rateLimit = 16 * 1024; // a minute at this rate
        const QList<int> ids = queue.add({item, other});
        QSignalSpy finished(&queue, &DownloadQueue::finished);
        QElapsedTimer clock;
        clock.start();
        queue.start();
        QTRY_VERIFY_WITH_TIMEOUT(queue.item(ids.at(1))->bytesDone > 0, 20000);
        queue.setRateLimit(ids.at(1), 0); // lifted while it runs
        QCOMPARE(queue.item(ids.at(1))->rateLimit, 0);
        QTRY_COMPARE_WITH_TIMEOUT(queue.item(ids.at(1))->state, QueueItem::State::Complete, 15000);
        QTRY_COMPARE_WITH_TIMEOUT(queue.item(ids.at(0))->state, QueueItem::State::Complete, 20000);
        // 192 KiB at 64 KiB/s, less its 16 KiB burst, is 2.75 s; unlimited it takes milliseconds.
        QVERIFY2(clock.elapsed() >= 2000, qPrintable(QString::number(clock.elapsed())));
        QCOMPARE(readFile(dir.filePath(QStringLiteral("slow"))), small);
        QCOMPARE(readFile(dir.filePath(QStringLiteral("freed"))), big);
    }

    // An item's own connections beat the queue's, are saved, and reach the next
    // Download; the running one keeps its own.
    void itemConnectionsApplyFromTheNextStart()
    {
        TestServer server;
        QVERIFY(server.listen());
        QTemporaryDir dir;
        const QByteArray body = TestServer::patternBody(16 * 1024 * 1024, 3);
        server.setResource(QStringLiteral("/split"), body, "\"v\"");
        server.addFault(QStringLiteral("/split"), Fault::throttle(4 * 1024 * 1024), Fault::Forever);
        const QString db = dir.filePath(QStringLiteral("queue.db"));
        auto store = std::make_unique<QueueStore>();
        QSignalSpy loaded(store.get(), &QueueStore::loaded);
        store->open(db);
        QVERIFY(loaded.wait(10000));
        DownloadQueue queue;
        queue.setBaseOptions(quickOptions()); // one connection
        queue.setStore(store.get());
        QueueItem item;
        item.url = server.url(QStringLiteral("/split"));
        item.folder = dir.path();
        item.state = QueueItem::State::Paused;
        const int id = queue.add({item}).first();
        QCOMPARE(queue.item(id)->connections, 0);

        QSignalSpy changed(&queue, &DownloadQueue::itemChanged);
        queue.setConnections(id, 3);
        QCOMPARE(queue.item(id)->connections, 3);
        QCOMPARE(changed.size(), 1);
        queue.setConnections(id, 3); // no change, no report
        QCOMPARE(changed.size(), 1);
        queue.setConnections(id, 99);
        QCOMPARE(queue.item(id)->connections, 16);
        queue.setConnections(id, -1);
        QCOMPARE(queue.item(id)->connections, 0); // back to the queue's
        queue.setConnections(id, 3);
        queue.setConnections(id + 100, 5); // unknown: ignored
        QCOMPARE(changed.size(), 4);

        QSignalSpy connections(&queue, &DownloadQueue::connectionsChanged);
        queue.start();
        queue.resume(id);
        QTRY_VERIFY_WITH_TIMEOUT(!connections.isEmpty(), 15000);
        QCOMPARE(connections.first().at(0).toInt(), id);
        QCOMPARE(connections.first().at(1).toInt(), 3);
        QCOMPARE(connections.first().at(2).value<SplitRefusal>(), SplitRefusal::None);
        QCOMPARE(queue.item(id)->activeConnections, 3);

        // While it runs: saved, but the Download goes on as it started.
        Download *running = queue.download(id);
        QVERIFY(running);
        queue.setConnections(id, 2);
        QCOMPARE(queue.item(id)->connections, 2);
        QCOMPARE(queue.download(id), running);
        QCOMPARE(queue.item(id)->activeConnections, 3);

        // The next start takes the new number.
        queue.pause(id);
        QTRY_COMPARE_WITH_TIMEOUT(queue.item(id)->state, QueueItem::State::Paused, 10000);
        QVERIFY2(queue.item(id)->bytesDone < quint64(body.size()) / 2, "too fast: the test proves nothing");
        connections.clear();
        queue.resume(id);
        QTRY_VERIFY_WITH_TIMEOUT(!connections.isEmpty(), 15000);
        QCOMPARE(connections.first().at(1).toInt(), 2);
        QTRY_COMPARE_WITH_TIMEOUT(queue.item(id)->state, QueueItem::State::Complete, 30000);
        QCOMPARE(readFile(dir.filePath(QStringLiteral("split"))), body);

        // What the next run of the app restores.
        queue.setStore(nullptr);
        store.reset(); // commits everything
        QueueStore again;
        QSignalSpy reloaded(&again, &QueueStore::loaded);
        again.open(db);
        QVERIFY(reloaded.wait(10000));
        const auto items = reloaded.first().at(0).value<QList<QueueItem>>();
        QCOMPARE(items.size(), 1);
        QCOMPARE(items.first().connections, 2);
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
