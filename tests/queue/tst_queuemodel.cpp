// SPDX-License-Identifier: MIT
// QueueModel: a correct list model over the queue (QAbstractItemModelTester),
// coalesced updates, high-water progress and the words a user reads, connections
// included.
#include "downloadqueue.h"
#include "itemtext.h"
#include "queuemodel.h"
#include "queuetestsupport.h"
#include "testserver.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Haul;
using Haul::Test::Fault;
using Haul::Test::quickOptions;
using Haul::Test::TestServer;

namespace {

QueueItem itemFor(const QString &url, const QString &folder, QueueItem::State state = QueueItem::State::Queued)
{
    QueueItem item;
    item.url = QUrl(url);
    item.folder = folder;
    item.state = state;
    return item;
}

QList<int> queueIds(const DownloadQueue &queue)
{
    QList<int> ids;
    for (int i = 0; i < queue.count(); ++i)
        ids << queue.at(i).id;
    return ids;
}

QList<int> modelIds(const QueueModel &model)
{
    QList<int> ids;
    for (int row = 0; row < model.rowCount(); ++row)
        ids << model.index(row).data(QueueModel::IdRole).toInt();
    return ids;
}

} // namespace

class TestQueueModel : public QObject
{
    Q_OBJECT

private slots:
    void followsQueueStructure()
    {
        DownloadQueue queue; // never started: nothing is sent
        QueueModel model;
        model.setQueue(&queue);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy count(&model, &QueueModel::countChanged);

        QList<QueueItem> items;
        for (int i = 0; i < 6; ++i)
            items << itemFor(QStringLiteral("http://127.0.0.1:9/f%1.iso").arg(i), QStringLiteral("/tmp"));
        const QList<int> ids = queue.add(items);
        QCOMPARE(ids.size(), 6);
        QCOMPARE(model.rowCount(), 6);
        QCOMPARE(count.size(), 1);
        QCOMPARE(modelIds(model), ids);

        queue.move(ids.at(0), 4);
        QCOMPARE(modelIds(model), queueIds(queue));
        queue.move(ids.at(5), 0);
        QCOMPARE(modelIds(model), queueIds(queue));
        queue.moveUp(ids.at(3));
        queue.moveDown(ids.at(1));
        QCOMPARE(modelIds(model), queueIds(queue));
        queue.remove(ids.at(2));
        QCOMPARE(model.rowCount(), 5);
        QCOMPARE(modelIds(model), queueIds(queue));
        QCOMPARE(model.rowOf(ids.at(2)), -1);
        QCOMPARE(model.idAt(model.rowOf(ids.at(4))), ids.at(4));

        const QModelIndex first = model.index(0);
        QCOMPARE(first.data(QueueModel::FileNameRole).toString(), QStringLiteral("f5.iso"));
        QCOMPARE(first.data(QueueModel::StateNameRole).toString(), QStringLiteral("queued"));
        QCOMPARE(first.data(QueueModel::StateTextRole).toString(), QStringLiteral("Queued"));
        QCOMPARE(first.data(QueueModel::ProgressRole).toDouble(), -1.0); // size unknown yet
        QCOMPARE(first.data(QueueModel::FileKindRole).toString(), QStringLiteral("disk-image"));
        QCOMPARE(first.data(QueueModel::ChecksumStateRole).toString(), QStringLiteral("none"));
        const QVariantMap map = model.get(0);
        QCOMPARE(map.value(QStringLiteral("fileName")).toString(), QStringLiteral("f5.iso"));
        QCOMPARE(map.value(QStringLiteral("url")).toString(), QStringLiteral("http://127.0.0.1:9/f5.iso"));
        QVERIFY(map.value(QStringLiteral("canPause")).toBool());
        QVERIFY(!map.value(QStringLiteral("canResume")).toBool());
    }

    void coalescesChangesIntoRanges()
    {
        DownloadQueue queue;
        QueueModel model;
        model.setQueue(&queue);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QList<QueueItem> items;
        for (int i = 0; i < 100; ++i)
            items << itemFor(QStringLiteral("http://127.0.0.1:9/f%1").arg(i), QStringLiteral("/tmp"));
        const QList<int> ids = queue.add(items);
        model.refresh();
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        for (int round = 0; round < 3; ++round) { // the same rows many times: still one report each
            for (int i = 10; i < 20; ++i) {
                queue.pause(ids.at(i));
                queue.resume(ids.at(i));
            }
        }
        for (int i = 40; i < 45; ++i)
            queue.pause(ids.at(i));
        queue.pause(ids.at(99));
        QCOMPARE(changed.size(), 0); // nothing yet: changes wait for the refresh
        QVERIFY(changed.wait(2000)); // the refresh timer reports them
        QCOMPARE(changed.size(), 3);
        QList<QPair<int, int>> ranges;
        for (const auto &args : changed)
            ranges << qMakePair(args.at(0).toModelIndex().row(), args.at(1).toModelIndex().row());
        std::sort(ranges.begin(), ranges.end());
        QCOMPARE(ranges, (QList<QPair<int, int>>{{10, 19}, {40, 44}, {99, 99}}));
        QCOMPARE(model.index(40).data(QueueModel::StateTextRole).toString(), QStringLiteral("Paused"));
        QCOMPARE(model.index(10).data(QueueModel::StateTextRole).toString(), QStringLiteral("Queued"));
    }

    void totalsCountStates()
    {
        DownloadQueue queue;
        QueueModel model;
        model.setQueue(&queue);
        QList<QueueItem> items;
        for (int i = 0; i < 5; ++i)
            items << itemFor(QStringLiteral("http://127.0.0.1:9/f%1").arg(i), QStringLiteral("/tmp"));
        items[3].state = QueueItem::State::Paused;
        queue.add(items);
        QueueItem done = itemFor(QStringLiteral("http://127.0.0.1:9/done"), QStringLiteral("/tmp"), QueueItem::State::Complete);
        done.id = 1000;
        done.total = 10;
        done.highWater = done.bytesDone = 10;
        queue.restore({done}, 1000);
        model.refresh();
        QCOMPARE(model.queuedCount(), 4);
        QCOMPARE(model.doneCount(), 1);
        QCOMPARE(model.activeCount(), 0);
        QCOMPARE(model.rowCount(), 6);
        QCOMPARE(model.index(5).data(QueueModel::ProgressRole).toDouble(), 1.0);
        QCOMPARE(model.index(5).data(QueueModel::StateTextRole).toString(), QStringLiteral("Complete"));
    }

    void progressIsTheHighWaterMark()
    {
        // The first attempt is cut at 2 MiB; the retry is answered with 200 and the
        // whole body, so the file restarts from byte 0 (§4.5). Bytes done rewinds;
        // the progress users see must not.
        TestServer server;
        QVERIFY(server.listen());
        const QByteArray body = TestServer::patternBody(2 * 1024 * 1024);
        server.setResource(QStringLiteral("/f"), body, "\"v1\"");
        server.addFault(QStringLiteral("/f"), {.truncateAfter = 512 * 1024, .throttleBytesPerSecond = 4 * 1024 * 1024});
        // Slow enough that progress is reported well before the restart passes 512 KiB again.
        server.addFault(QStringLiteral("/f"), {.ignoreRange = true, .throttleBytesPerSecond = 1024 * 1024});
        QTemporaryDir dir;
        DownloadQueue queue;
        queue.setBaseOptions(quickOptions(3));
        QueueModel model;
        model.setRefreshIntervalMs(5);
        model.setQueue(&queue);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QList<double> seen;
        quint64 mostDone = 0;
        bool rewound = false;
        connect(&model, &QAbstractItemModel::dataChanged, this, [&](const QModelIndex &from) {
            seen << from.data(QueueModel::ProgressRole).toDouble();
        });
        connect(&queue, &DownloadQueue::progressChanged, this, [&](int, const Progress &p) {
            rewound = rewound || p.validLength < mostDone;
            mostDone = qMax(mostDone, p.validLength);
        });
        const int id = queue.add({itemFor(server.url(QStringLiteral("/f")).toString(), dir.path())}).first();
        QSignalSpy finished(&queue, &DownloadQueue::finished);
        queue.start();
        QVERIFY(finished.wait(20000));
        model.refresh();
        QVERIFY2(rewound, "the retry did not rewind: the test proves nothing");
        QVERIFY(seen.size() > 3);
        for (qsizetype i = 1; i < seen.size(); ++i)
            QVERIFY2(seen.at(i) >= seen.at(i - 1), qPrintable(QStringLiteral("progress went from %1 to %2").arg(seen.at(i - 1)).arg(seen.at(i))));
        QCOMPARE(seen.last(), 1.0);
        const QueueItem *item = queue.item(id);
        QCOMPARE(item->state, QueueItem::State::Complete);
        QCOMPARE(item->attempts, 2);
        QCOMPARE(item->history.size(), 2);
        QCOMPARE(item->history.at(0).httpStatus, 206); // "Range: bytes=0-" from the start (§3.1)
        QCOMPARE(item->history.at(0).bytes, quint64(512 * 1024));
        QCOMPARE(item->history.at(1).httpStatus, 200); // the Range was ignored
        QCOMPARE(item->history.at(1).bytes, quint64(body.size()));
        QCOMPARE(item->history.at(1).outcome, QStringLiteral("complete"));
        QCOMPARE(item->etag, QByteArray("\"v1\""));
        QFile f(dir.filePath(QStringLiteral("f")));
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(f.readAll() == body);
        const QModelIndex row = model.index(0);
        QCOMPARE(row.data(QueueModel::SizeTextRole).toString(), QStringLiteral("2.0 MiB"));
        QCOMPARE(row.data(QueueModel::HistoryRole).toList().size(), 2);
    }

    // The item's setting and, once it runs, how many connections carry it and why not more.
    void connectionsRoles()
    {
        TestServer server;
        QVERIFY(server.listen());
        const QByteArray body = TestServer::patternBody(8 * 1024 * 1024, 5);
        server.setResource(QStringLiteral("/split"), body, "\"v\"");
        server.addFault(QStringLiteral("/split"), Fault::throttle(4 * 1024 * 1024), Fault::Forever);
        server.setResource(QStringLiteral("/whole"), body, "\"w\"");
        server.addFault(QStringLiteral("/whole"), {.ignoreRange = true}, Fault::Forever);
        QTemporaryDir dir;
        DownloadQueue queue;
        DownloadOptions o = quickOptions();
        o.connections = 4;
        queue.setBaseOptions(o);
        QueueModel model;
        model.setRefreshIntervalMs(5);
        model.setQueue(&queue);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QList<QueueItem> items = {itemFor(server.url(QStringLiteral("/split")).toString(), dir.path()),
                                  itemFor(server.url(QStringLiteral("/whole")).toString(), dir.path())};
        const QList<int> ids = queue.add(items);
        const QModelIndex split = model.index(0);
        const QModelIndex whole = model.index(1);
        QCOMPARE(split.data(QueueModel::ConnectionsRole).toInt(), 0); // the queue's default
        QCOMPARE(split.data(QueueModel::ConnectionsTextRole).toString(), QString()); // nothing runs yet
        QCOMPARE(model.get(0).value(QStringLiteral("connections")).toInt(), 0);
        QVERIFY(model.get(0).contains(QStringLiteral("connectionsText")));

        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        queue.setConnections(ids.at(0), 3);
        QVERIFY(changed.wait(2000));
        QCOMPARE(split.data(QueueModel::ConnectionsRole).toInt(), 3);

        // The words are ItemText's (tested with it); here: they reach the row, live.
        QString seen;
        connect(&model, &QAbstractItemModel::dataChanged, this, [&](const QModelIndex &from, const QModelIndex &to) {
            if (from.row() <= 0 && to.row() >= 0 && seen.isEmpty())
                seen = split.data(QueueModel::ConnectionsTextRole).toString();
        });
        queue.start();
        QTRY_VERIFY_WITH_TIMEOUT(!seen.isEmpty(), 15000);
        QCOMPARE(queue.item(ids.at(0))->activeConnections, 3);
        QVERIFY2(seen.startsWith(u'3'), qPrintable(seen));
        QTRY_COMPARE_WITH_TIMEOUT(queue.item(ids.at(1))->state, QueueItem::State::Complete, 20000);
        // The reason stays in the details after the download.
        const QString why = whole.data(QueueModel::ConnectionsTextRole).toString();
        QVERIFY2(why.startsWith(u'1') && why.endsWith(ItemText::splitRefusalText(int(SplitRefusal::NoRanges))),
                 qPrintable(why));
        QCOMPARE(whole.data(QueueModel::ConnectionsRole).toInt(), 0);
        QTRY_COMPARE_WITH_TIMEOUT(queue.item(ids.at(0))->state, QueueItem::State::Complete, 20000);
        QCOMPARE(split.data(QueueModel::ConnectionsTextRole).toString(), QString()); // nothing to explain
    }

    void waitingToRetryCountsDownAndRetryNowGoes()
    {
        TestServer server;
        QVERIFY(server.listen());
        server.setResource(QStringLiteral("/busy"), TestServer::patternBody(1000), "\"v\"");
        server.addFault(QStringLiteral("/busy"), Fault::forcedStatus(503, {{"Retry-After", "30"}}));
        QTemporaryDir dir;
        DownloadQueue queue;
        DownloadOptions o = quickOptions(3);
        o.retry.maxWait = 60;
        queue.setBaseOptions(o);
        QueueModel model;
        model.setQueue(&queue);
        const int id = queue.add({itemFor(server.url(QStringLiteral("/busy")).toString(), dir.path())}).first();
        QSignalSpy attemptFailed(&queue, &DownloadQueue::attemptFailed);
        queue.start();
        QVERIFY(attemptFailed.wait(10000));
        model.refresh();
        const QModelIndex row = model.index(0);
        QCOMPARE(row.data(QueueModel::StateNameRole).toString(), QStringLiteral("waiting"));
        const QString text = row.data(QueueModel::StateTextRole).toString();
        QVERIFY2(text.startsWith(QStringLiteral("Waiting to retry in ")) && text.endsWith(QStringLiteral(" s — server busy (503)")),
                 qPrintable(text));
        QCOMPARE(queue.activeCount(), 1); // it keeps its slot while it waits
        QSignalSpy finished(&queue, &DownloadQueue::finished);
        queue.retryNow(id);
        QVERIFY(finished.wait(10000)); // long before the 30 s the server asked for
        QCOMPARE(server.requestCount(), 2);
        QCOMPARE(queue.item(id)->attempts, 2);
    }
};

QTEST_GUILESS_MAIN(TestQueueModel)
#include "tst_queuemodel.moc"
