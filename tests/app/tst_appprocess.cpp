// SPDX-License-Identifier: MIT
// The real `haul` binary, offscreen, with its own --profile: it downloads what it
// is given, takes links from a second `haul URL`, quits on `haul --quit`, and after
// a SIGKILL mid-download (over several connections, Settings' default) restarts
// with every queue entry and resumes from the checkpoint to the exact bytes.
#include "controlfile.h"
#include "testfiles.h"
#include "testserver.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSettings>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

#ifndef HAUL_APP_PATH
#  error "HAUL_APP_PATH must name the haul binary"
#endif

using Haul::Test::Fault;
using Haul::Test::readFile;
using Haul::Test::TestServer;

namespace {

constexpr int Bound = 30000;

// A profile whose downloads go to its own folder.
struct Profile
{
    QTemporaryDir dir;
    QString downloads() const { return dir.filePath(QStringLiteral("Downloads")); }
    QString path() const { return dir.path(); }

    Profile()
    {
        QDir().mkpath(downloads());
        QSettings settings(dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
        settings.setValue(QStringLiteral("downloads/folder"), downloads());
        settings.setValue(QStringLiteral("window/closeToTray"), false);
    }
};

std::unique_ptr<QProcess> startHaul(const Profile &profile, const QStringList &args)
{
    auto p = std::make_unique<QProcess>();
    p->setProgram(QStringLiteral(HAUL_APP_PATH));
    p->setArguments(QStringList{QStringLiteral("--profile"), profile.path()} + args);
    p->setProcessChannelMode(QProcess::ForwardedErrorChannel);
    p->start();
    p->waitForStarted(10000);
    return p;
}

// Waits with the event loop running: the test server lives in this process.
bool waitForExit(QProcess &p, int timeoutMs = Bound)
{
    if (p.state() == QProcess::NotRunning)
        return true;
    QSignalSpy finished(&p, &QProcess::finished);
    return finished.wait(timeoutMs) || p.state() == QProcess::NotRunning;
}

// The queue as the database has it: url per row, in order.
QStringList savedUrls(const QString &profile)
{
    QStringList urls;
    {
        auto db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("peek"));
        db.setDatabaseName(QDir(profile).filePath(QStringLiteral("queue.db")));
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (db.open()) {
            QSqlQuery q(QStringLiteral("SELECT url FROM items ORDER BY position"), db);
            while (q.next())
                urls << q.value(0).toString();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("peek"));
    return urls;
}

quint64 checkpointCursor(const QString &dest)
{
    const auto c = Haul::ControlFile::decode(readFile(Haul::controlPath(dest)));
    return c ? c->cursor : 0;
}

} // namespace

class TestAppProcess : public QObject
{
    Q_OBJECT

private slots:
    void downloadsHandsOverAndQuits()
    {
        TestServer server;
        QVERIFY(server.listen());
        const QByteArray one = TestServer::patternBody(300 * 1024, 1);
        const QByteArray two = TestServer::patternBody(200 * 1024, 2);
        server.setResource(QStringLiteral("/one.bin"), one, "\"1\"");
        server.setResource(QStringLiteral("/two.bin"), two, "\"2\"");
        Profile profile;

        auto haul = startHaul(profile, {server.url(QStringLiteral("/one.bin")).toString()});
        QVERIFY(haul->state() == QProcess::Running);
        const QString first = QDir(profile.downloads()).filePath(QStringLiteral("one.bin"));
        QTRY_VERIFY_WITH_TIMEOUT(readFile(first) == one, Bound);

        // A second start hands its link to the running one and exits 0.
        auto second = startHaul(profile, {server.url(QStringLiteral("/two.bin")).toString()});
        QVERIFY(waitForExit(*second));
        QCOMPARE(second->exitStatus(), QProcess::NormalExit);
        QCOMPARE(second->exitCode(), 0);
        QVERIFY(haul->state() == QProcess::Running);
        const QString secondFile = QDir(profile.downloads()).filePath(QStringLiteral("two.bin"));
        QTRY_VERIFY_WITH_TIMEOUT(readFile(secondFile) == two, Bound);
        QCOMPARE(savedUrls(profile.path()).size(), 2);

        auto quit = startHaul(profile, {QStringLiteral("--quit")});
        QVERIFY(waitForExit(*quit));
        QCOMPARE(quit->exitCode(), 0);
        QVERIFY(waitForExit(*haul));
        QCOMPARE(haul->exitStatus(), QProcess::NormalExit);
        QCOMPARE(haul->exitCode(), 0);
        QCOMPARE(server.requestsFor(QStringLiteral("/one.bin")).size(), 1);
        QCOMPARE(server.requestsFor(QStringLiteral("/two.bin")).size(), 1);

        // Nobody runs now: --quit says so.
        auto nobody = startHaul(profile, {QStringLiteral("--quit")});
        QVERIFY(waitForExit(*nobody));
        QCOMPARE(nobody->exitCode(), 1);
    }

    void sigkillLosesNoEntryAndResumes()
    {
        TestServer server;
        QVERIFY(server.listen());
        const QByteArray big = TestServer::patternBody(6 * 1024 * 1024, 3);
        const QByteArray small = TestServer::patternBody(64 * 1024, 4);
        server.setResource(QStringLiteral("/big.iso"), big, "\"b\"");
        server.setResource(QStringLiteral("/small.txt"), small, "\"s\"");
        // Every request: the file goes over Settings' default of four connections, each
        // throttled, so it is still running at the kill (about 6 s in all).
        server.addFault(QStringLiteral("/big.iso"), Fault::throttle(256 * 1024), Fault::Forever);
        Profile profile;
        const QString bigDest = QDir(profile.downloads()).filePath(QStringLiteral("big.iso"));

        auto haul = startHaul(profile, {server.url(QStringLiteral("/big.iso")).toString()});
        QTRY_VERIFY_WITH_TIMEOUT(checkpointCursor(bigDest) > 0, Bound);
        // Added through a second instance just before the kill: it must survive too.
        {
            auto second = startHaul(profile, {server.url(QStringLiteral("/small.txt")).toString()});
            QVERIFY(waitForExit(*second));
            QCOMPARE(second->exitCode(), 0);
        }
        const quint64 cursorAtKill = checkpointCursor(bigDest);
        const qsizetype requestsBeforeKill = server.requestsFor(QStringLiteral("/big.iso")).size();
        QVERIFY2(requestsBeforeKill >= 2, "one connection: the kill did not hit a segmented download");
        haul->kill(); // SIGKILL: no handler runs
        QVERIFY(waitForExit(*haul));
        QCOMPARE(haul->exitStatus(), QProcess::CrashExit);
        QVERIFY(!QFile::exists(bigDest));
        QCOMPARE(savedUrls(profile.path()),
                 QStringList({server.url(QStringLiteral("/big.iso")).toString(), server.url(QStringLiteral("/small.txt")).toString()}));

        // Start again with nothing on the command line: the queue comes back and finishes.
        auto again = startHaul(profile, {});
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(bigDest), Bound);
        QVERIFY(readFile(bigDest) == big);
        QTRY_VERIFY_WITH_TIMEOUT(readFile(QDir(profile.downloads()).filePath(QStringLiteral("small.txt"))) == small, Bound);
        const auto requests = server.requestsFor(QStringLiteral("/big.iso"));
        QVERIFY(requests.size() > requestsBeforeKill);
        const QByteArray range = requests.last().header("range");
        QVERIFY2(range.startsWith("bytes="), range.constData());
        const quint64 resumedAt = range.mid(6, range.indexOf('-') - 6).toULongLong();
        // Resumed from the checkpoint it had (or a later one), not from zero.
        QVERIFY2(resumedAt >= cursorAtKill && resumedAt > 0,
                 qPrintable(QStringLiteral("resumed at %1, checkpoint was %2").arg(resumedAt).arg(cursorAtKill)));
        QCOMPARE(savedUrls(profile.path()).size(), 2);

        auto quit = startHaul(profile, {QStringLiteral("--quit")});
        QVERIFY(waitForExit(*quit));
        QVERIFY(waitForExit(*again));
        QCOMPARE(again->exitCode(), 0);
    }

    void damagedDatabaseStartsFresh()
    {
        TestServer server;
        QVERIFY(server.listen());
        const QByteArray body = TestServer::patternBody(10 * 1024, 5);
        server.setResource(QStringLiteral("/after.bin"), body, "\"a\"");
        Profile profile;
        QFile db(profile.dir.filePath(QStringLiteral("queue.db")));
        QVERIFY(db.open(QIODevice::WriteOnly));
        db.write(QByteArray(4096, '\x5a'));
        db.close();
        auto haul = startHaul(profile, {server.url(QStringLiteral("/after.bin")).toString()});
        QTRY_VERIFY_WITH_TIMEOUT(readFile(QDir(profile.downloads()).filePath(QStringLiteral("after.bin"))) == body, Bound);
        const QStringList aside = QDir(profile.path()).entryList({QStringLiteral("queue.db.corrupt-*")}, QDir::Files);
        QCOMPARE(aside.size(), 1);
        QCOMPARE(readFile(QDir(profile.path()).filePath(aside.first())), QByteArray(4096, '\x5a'));
        auto quit = startHaul(profile, {QStringLiteral("--quit")});
        QVERIFY(waitForExit(*quit));
        QVERIFY(waitForExit(*haul));
        QCOMPARE(haul->exitCode(), 0);
    }
};

QTEST_GUILESS_MAIN(TestAppProcess)
#include "tst_appprocess.moc"
