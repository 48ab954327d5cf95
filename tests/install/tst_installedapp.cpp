// SPDX-License-Identifier: MIT
// The binaries from the .deb, unpacked by the install_package fixture (dpkg-deb -x,
// no real install): haul-cli reports its version and downloads, through a cut
// connection and a resume, from a local fault-injecting server; haul starts
// offscreen with its own profile, loads its QML without a single warning,
// downloads what it is given and quits when `haul --quit` asks it to.
#include "testserver.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

#ifndef HAUL_INSTALL_ROOT
#  error "HAUL_INSTALL_ROOT must name the unpacked package root"
#endif

using Haul::Test::Fault;
using Haul::Test::TestServer;

namespace {

constexpr int Bound = 30000;

QString installed(const QString &name)
{
    return QStringLiteral(HAUL_INSTALL_ROOT "/usr/bin/") + name;
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// Waits with the event loop running: the test server lives in this thread.
bool waitForExit(QProcess &p, int timeoutMs = Bound)
{
    if (p.state() == QProcess::NotRunning)
        return true;
    QSignalSpy finished(&p, &QProcess::finished);
    return finished.wait(timeoutMs) || p.state() == QProcess::NotRunning;
}

std::unique_ptr<QProcess> start(const QString &program, const QStringList &args)
{
    auto p = std::make_unique<QProcess>();
    p->setProgram(program);
    p->setArguments(args);
    p->setProcessChannelMode(QProcess::SeparateChannels);
    p->start();
    return p;
}

// What a QML engine says when a file, import, type or binding goes wrong.
const QRegularExpression QmlTrouble(QStringLiteral(
    R"(qrc:/|\.qml:\d+|QQml|QQuick|is not installed|is not a type|unavailable|ReferenceError|TypeError|)"
    R"(Cannot assign|Unable to assign|failed to load|Binding loop|Cannot read property|Failed to load)"));

} // namespace

class TestInstalledApp : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        for (const QString &name : {QStringLiteral("haul"), QStringLiteral("haul-cli")}) {
            const QFileInfo exe(installed(name));
            QVERIFY2(exe.isFile() && exe.isExecutable(), qPrintable(exe.filePath() + " is missing: run the install_package test first"));
        }
    }

    void cliVersion()
    {
        auto cli = start(installed(QStringLiteral("haul-cli")), {QStringLiteral("--version")});
        QVERIFY(waitForExit(*cli));
        QCOMPARE(cli->exitStatus(), QProcess::NormalExit);
        QCOMPARE(cli->exitCode(), 0);
        QCOMPARE(cli->readAllStandardOutput().trimmed(), QByteArray("haul-cli " HAUL_TEST_VERSION));
    }

    void cliDownloadsAndResumes()
    {
        TestServer server;
        QVERIFY(server.listen());
        const QByteArray body = TestServer::patternBody(3 * 1024 * 1024 + 123, 7);
        const QByteArray sha = QCryptographicHash::hash(body, QCryptographicHash::Sha256).toHex();
        server.setResource(QStringLiteral("/file.bin"), body, "\"v1\"");
        server.addFault(QStringLiteral("/file.bin"), Fault::truncate(1024 * 1024)); // cut once, then resumed
        QTemporaryDir dir;
        QVERIFY(dir.isValid());

        auto cli = start(installed(QStringLiteral("haul-cli")),
                         {QStringLiteral("-d"), dir.path(), QStringLiteral("--sha256"), QString::fromLatin1(sha),
                          QStringLiteral("--json"), QStringLiteral("--max-wait"), QStringLiteral("1"),
                          server.url(QStringLiteral("/file.bin")).toString()});
        QVERIFY(waitForExit(*cli));
        const QByteArray err = cli->readAllStandardError();
        QVERIFY2(cli->exitStatus() == QProcess::NormalExit && cli->exitCode() == 0, err.constData());

        QCOMPARE(readFile(dir.filePath(QStringLiteral("file.bin"))), body);
        const QJsonObject result = QJsonDocument::fromJson(cli->readAllStandardOutput().trimmed()).object();
        QCOMPARE(result.value(QStringLiteral("status")).toString(), QStringLiteral("complete"));
        QCOMPARE(result.value(QStringLiteral("sha256")).toString(), QString::fromLatin1(sha));
        const auto requests = server.requestsFor(QStringLiteral("/file.bin"));
        QVERIFY(requests.size() >= 2);
        QVERIFY2(requests.last().header("range").startsWith("bytes="), "the second attempt did not resume");
    }

    void appLoadsQmlOffscreenAndQuits()
    {
        TestServer server;
        QVERIFY(server.listen());
        const QByteArray body = TestServer::patternBody(256 * 1024, 3);
        server.setResource(QStringLiteral("/gui.bin"), body, "\"g\"");

        QTemporaryDir profile;
        QVERIFY(profile.isValid());
        const QString downloads = profile.filePath(QStringLiteral("Downloads"));
        QVERIFY(QDir().mkpath(downloads));
        {
            QSettings settings(profile.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
            settings.setValue(QStringLiteral("downloads/folder"), downloads);
            settings.setValue(QStringLiteral("window/closeToTray"), false);
        }

        // A download, so the list builds a row delegate and the details bindings run.
        auto haul = start(installed(QStringLiteral("haul")),
                          {QStringLiteral("--profile"), profile.path(), server.url(QStringLiteral("/gui.bin")).toString()});
        QVERIFY(haul->waitForStarted(10000));
        const QString dest = QDir(downloads).filePath(QStringLiteral("gui.bin"));
        QTRY_VERIFY_WITH_TIMEOUT(readFile(dest) == body || haul->state() != QProcess::Running, Bound);
        QVERIFY2(haul->state() == QProcess::Running, haul->readAllStandardError().constData());
        QCOMPARE(readFile(dest), body);

        auto quit = start(installed(QStringLiteral("haul")), {QStringLiteral("--profile"), profile.path(), QStringLiteral("--quit")});
        QVERIFY(waitForExit(*quit));
        QCOMPARE(quit->exitCode(), 0);
        QVERIFY(waitForExit(*haul));
        QCOMPARE(haul->exitStatus(), QProcess::NormalExit);
        QCOMPARE(haul->exitCode(), 0);

        const QString err = QString::fromLocal8Bit(haul->readAllStandardError());
        if (!err.isEmpty())
            qInfo().noquote() << "haul's stderr:\n" + err;
        QVERIFY2(!QmlTrouble.match(err).hasMatch(), qPrintable(QStringLiteral("QML problems on stderr:\n") + err));
    }

    void appVersion()
    {
        auto haul = start(installed(QStringLiteral("haul")), {QStringLiteral("--version")});
        QVERIFY(waitForExit(*haul));
        QCOMPARE(haul->exitCode(), 0);
        QVERIFY2(haul->readAllStandardOutput().contains(HAUL_TEST_VERSION), "haul --version does not print the project version");
    }
};

QTEST_GUILESS_MAIN(TestInstalledApp)
#include "tst_installedapp.moc"
