// SPDX-License-Identifier: MIT
// AppController: settings reach the queue (limits, retries, the file-exists
// answer, the speed limit, connections, live), an item's own connections are
// kept, and the Add dialog's lines become items
// with their checksums; unusable lines add nothing.
#include "appcontroller.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Haul;

class TestAppController : public QObject
{
    Q_OBJECT

private slots:
    void settingsReachTheQueue()
    {
        QTemporaryDir profile;
        AppController app(profile.path());
        AppSettings *s = app.settings();
        QCOMPARE(app.queue()->maxActive(), 3); // the defaults
        QCOMPARE(app.queue()->baseOptions().existingFile, DownloadOptions::ExistingFile::Rename);
        QVERIFY(app.queue()->baseOptions().sharedLimit);
        QVERIFY(!app.queue()->baseOptions().sharedLimit->isLimited());

        s->setMaxActive(5);
        s->setRetries(7);
        s->setExistingFile(QStringLiteral("ask"));
        s->setSpeedLimit(512);
        QCOMPARE(app.queue()->baseOptions().connections, 4); // the default
        s->setConnectionsPerDownload(6);
        QCOMPARE(app.queue()->maxActive(), 5);
        QCOMPARE(app.queue()->baseOptions().connections, 6);
        QCOMPARE(app.queue()->baseOptions().retry.maxRetries, 7);
        QCOMPARE(app.queue()->baseOptions().existingFile, DownloadOptions::ExistingFile::Refuse);
        const auto limit = app.queue()->baseOptions().sharedLimit;
        QCOMPARE(limit->rate(), 512 * 1024);
        s->setSpeedLimit(0);
        QVERIFY(!limit->isLimited()); // the same limiter: running downloads are freed too
        QVERIFY(app.queue()->baseOptions().headers.value("user-agent").value_or(QByteArray()).startsWith("Haul/"));

        // Kept in the profile.
        AppController again(profile.path());
        QCOMPARE(again.settings()->maxActive(), 5);
        QCOMPARE(again.settings()->existingFile(), QStringLiteral("ask"));
        QCOMPARE(again.settings()->connectionsPerDownload(), 6);
        QCOMPARE(again.queue()->baseOptions().connections, 6);

        // Bounded as the engine is.
        s->setConnectionsPerDownload(40);
        QCOMPARE(s->connectionsPerDownload(), 16);
        s->setConnectionsPerDownload(0);
        QCOMPARE(s->connectionsPerDownload(), 1);
        QCOMPARE(app.queue()->baseOptions().connections, 1);
    }

    // The details pane's number reaches the item, and the store.
    void itemConnectionsReachTheQueue()
    {
        QTemporaryDir profile;
        {
            AppController app(profile.path());
            app.start();
            QTRY_VERIFY(!app.isLoading());
            QCOMPARE(app.addLines(QStringLiteral("http://127.0.0.1:9/a.iso\n"), profile.path(), true), 1);
            const int id = app.queue()->at(0).id;
            QCOMPARE(app.queue()->at(0).connections, 0); // Settings' number
            app.setConnections(id, 8);
            QCOMPARE(app.queue()->at(0).connections, 8);
            QCOMPARE(app.model()->index(0).data(QueueModel::ConnectionsRole).toInt(), 8);
            app.store()->flush();
        }
        AppController again(profile.path());
        again.start();
        QTRY_VERIFY(!again.isLoading());
        QCOMPARE(again.queue()->count(), 1);
        QCOMPARE(again.queue()->at(0).connections, 8);
    }

    void addLinesKeepsChecksumsAndSkipsBadLines()
    {
        QTemporaryDir profile;
        AppController app(profile.path());
        app.start();
        QTRY_VERIFY(!app.isLoading());
        const QString sha(64, u'A');
        const QString text = QStringLiteral("http://127.0.0.1:9/a.iso  %1\nftp://example.com/b\nnot a link\nhttps://127.0.0.1:9/c.zip\n").arg(sha);
        const QVariantList parsed = app.parseLines(text);
        QCOMPARE(parsed.size(), 4);
        QCOMPARE(parsed.at(1).toMap().value(QStringLiteral("valid")).toBool(), false);
        QCOMPARE(parsed.at(0).toMap().value(QStringLiteral("sha256")).toString(), sha.toLower());

        QCOMPARE(app.addLines(text, profile.filePath(QStringLiteral("dl")), true), 2);
        QCOMPARE(app.queue()->count(), 2);
        const QueueItem &first = app.queue()->at(0);
        QCOMPARE(first.url, QUrl(QStringLiteral("http://127.0.0.1:9/a.iso")));
        QCOMPARE(first.expectedSha256, sha.toLower().toLatin1());
        QCOMPARE(first.folder, profile.filePath(QStringLiteral("dl")));
        QCOMPARE(first.state, QueueItem::State::Paused); // "add paused": nothing is sent
        QVERIFY(app.queue()->at(1).expectedSha256.isEmpty());
        QCOMPARE(app.model()->rowCount(), 2);

        QSignalSpy added(&app, &AppController::added);
        QCOMPARE(app.addUrls({QStringLiteral("file:///etc/passwd")}), 0);
        QCOMPARE(added.size(), 1);
        QCOMPARE(app.queue()->count(), 2);

        app.remove({first.id}, false);
        QCOMPARE(app.queue()->count(), 1);
    }
};

QTEST_GUILESS_MAIN(TestAppController)
#include "tst_appcontroller.moc"
