// SPDX-License-Identifier: MIT
#include "singleinstance.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocalServer>
#include <QLocalSocket>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QtEndian>

#include <memory>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#include <unistd.h>
#endif

using Haul::SingleInstance;

namespace {

constexpr int HelperTimeoutMs = 15000;

// The wire format, written by hand so the tests can send what a broken or
// hostile client would: big-endian length, then JSON {"v":1,"args":[...]}.
QByteArray frame(const QByteArray &payload)
{
    QByteArray bytes(4, Qt::Uninitialized);
    qToBigEndian<quint32>(quint32(payload.size()), bytes.data());
    return bytes + payload;
}

QByteArray messageFrame(const QStringList &args, int version = 1)
{
    const QJsonObject message{{"v", version}, {"args", QJsonArray::fromStringList(args)}};
    return frame(QJsonDocument(message).toJson(QJsonDocument::Compact));
}

// URLs a second `haul` could be started with: spaces, non-ASCII, an empty one.
const QStringList TrickyArgs{
    QStringLiteral("https://example.com/a file with spaces.iso"),
    QStringLiteral("https://例え.jp/ダウンロード/файл.zip?q=ü&x=1#frag"),
    QStringLiteral("  leading and trailing  "),
    QString(),
    QStringLiteral("emoji 🚀 and \"quotes\" and \\backslash"),
    QStringLiteral("--minimized"),
};

} // namespace

class TestSingleInstance : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void keyIsStablePerProfile();
    void keyDiffersBetweenProfiles();
    void firstListenSucceeds();
    void socketIsPrivateToUser();
    void secondListenFailsWhileFirstRuns();
    void sendDeliversExactArgs();
    void receivesFromAnotherProcess();
    void sendFailsFastWithoutServer();
    void sendFailsWithoutAck();
    void staleSocketIsTakenOver();
    void garbageIsDropped_data();
    void garbageIsDropped();
    void partialWritesAreReassembled();

private:
    // Starts `singleinstancehelper args...`; its stderr goes to ours.
    QProcess *startHelper(const QStringList &args);
    // Starts a serving helper and waits until it listens; socketPath receives its socket.
    QProcess *startServingHelper(QString *socketPath);
    // A valid message over a raw socket, checking the ack and the signal.
    void sendRawValidMessage(SingleInstance &server, const QStringList &args);

    std::unique_ptr<QTemporaryDir> m_profile;
    QString m_key;
    QList<QProcess *> m_helpers;
};

void TestSingleInstance::init()
{
    // A fresh profile folder per test: its own key, so no test sees another's socket.
    m_profile = std::make_unique<QTemporaryDir>();
    QVERIFY(m_profile->isValid());
    m_key = SingleInstance::keyFor(m_profile->path());
    QVERIFY(!m_key.isEmpty());
}

void TestSingleInstance::cleanup()
{
    for (QProcess *helper : std::as_const(m_helpers)) {
        if (helper->state() != QProcess::NotRunning) {
            helper->closeWriteChannel(); // "serve" quits, its QLocalServer removes the socket
            if (!helper->waitForFinished(HelperTimeoutMs))
                helper->kill();
            helper->waitForFinished();
        }
        delete helper;
    }
    m_helpers.clear();
    m_profile.reset();
}

QProcess *TestSingleInstance::startHelper(const QStringList &args)
{
    auto *helper = new QProcess;
    m_helpers.append(helper);
    helper->setProcessChannelMode(QProcess::ForwardedErrorChannel);
    helper->start(QStringLiteral(HAUL_SINGLEINSTANCE_HELPER), args);
    return helper;
}

QProcess *TestSingleInstance::startServingHelper(QString *socketPath)
{
    QProcess *helper = startHelper({"serve", m_key});
    [&] {
        QVERIFY2(helper->waitForStarted(HelperTimeoutMs), qPrintable(helper->errorString()));
        QTRY_VERIFY_WITH_TIMEOUT(helper->canReadLine() || helper->state() == QProcess::NotRunning,
                                 HelperTimeoutMs);
        const QString line = QString::fromUtf8(helper->readLine()).trimmed();
        QVERIFY2(line.startsWith("listening /"), qPrintable(line));
        *socketPath = line.mid(QLatin1String("listening ").size());
    }();
    return helper;
}

void TestSingleInstance::sendRawValidMessage(SingleInstance &server, const QStringList &args)
{
    QSignalSpy received(&server, &SingleInstance::messageReceived);
    const auto *localServer = server.findChild<QLocalServer *>();
    QVERIFY(localServer);
    QLocalSocket client;
    client.connectToServer(localServer->serverName());
    QVERIFY(client.waitForConnected(HelperTimeoutMs));
    client.write(messageFrame(args));
    QTRY_COMPARE(received.size(), 1);
    QCOMPARE(received.first().first().toStringList(), args);
    QTRY_VERIFY(client.bytesAvailable() >= 1);
    QCOMPARE(client.readAll(), QByteArray("\x06"));
}

void TestSingleInstance::keyIsStablePerProfile()
{
    const QString key = SingleInstance::keyFor(m_profile->path());
    QVERIFY2(QRegularExpression("^haul-[0-9a-f]{16}$").match(key).hasMatch(), qPrintable(key));
    QCOMPARE(SingleInstance::keyFor(m_profile->path()), key);
    // The same folder however it is spelled.
    QCOMPARE(SingleInstance::keyFor(m_profile->path() + "/"), key);
    QCOMPARE(SingleInstance::keyFor(m_profile->path() + "/sub/.."), key);
    QVERIFY(QDir(m_profile->path()).mkdir("sub"));
    QCOMPARE(SingleInstance::keyFor(m_profile->filePath("sub/../.")), key);
    const QString before = QDir::currentPath();
    QVERIFY(QDir::setCurrent(m_profile->path()));
    QCOMPARE(SingleInstance::keyFor("sub/.."), key);
    QVERIFY(QDir::setCurrent(before));
#ifdef Q_OS_UNIX
    QTemporaryDir links;
    QVERIFY(links.isValid());
    QVERIFY(QFile::link(m_profile->path(), links.filePath("profile-link")));
    QCOMPARE(SingleInstance::keyFor(links.filePath("profile-link")), key);
    // A folder not created yet, reached through the link: the same key as the real path.
    QCOMPARE(SingleInstance::keyFor(links.filePath("profile-link/new/deeper")),
             SingleInstance::keyFor(m_profile->filePath("new/deeper")));
#endif
}

void TestSingleInstance::keyDiffersBetweenProfiles()
{
    QTemporaryDir other;
    QVERIFY(other.isValid());
    const QString key = SingleInstance::keyFor(m_profile->path());
    QVERIFY(SingleInstance::keyFor(other.path()) != key);
    QVERIFY(SingleInstance::keyFor(m_profile->filePath("nested")) != key);
    // Not created yet: still a key, and the same one once the folder exists.
    const QString future = m_profile->filePath("later");
    const QString futureKey = SingleInstance::keyFor(future);
    QVERIFY(futureKey != key);
    QVERIFY(QDir().mkdir(future));
    QCOMPARE(SingleInstance::keyFor(future), futureKey);
}

void TestSingleInstance::firstListenSucceeds()
{
    QString socketPath;
    {
        SingleInstance instance(m_key);
        QVERIFY2(instance.listen(), qPrintable(instance.errorString()));
        QVERIFY(instance.errorString().isEmpty());
        QVERIFY(instance.listen()); // already listening: still fine
        const auto *server = instance.findChild<QLocalServer *>();
        QVERIFY(server);
        QVERIFY(server->isListening());
        socketPath = server->fullServerName();
        QVERIFY(socketPath.endsWith("/" + m_key));
        QVERIFY(QFileInfo::exists(socketPath));
        sendRawValidMessage(instance, {});
        if (QTest::currentTestFailed())
            return;
    }
    // A clean exit leaves nothing behind.
    QVERIFY(!QFileInfo::exists(socketPath));
}

void TestSingleInstance::socketIsPrivateToUser()
{
#ifdef Q_OS_UNIX
    SingleInstance instance(m_key);
    QVERIFY2(instance.listen(), qPrintable(instance.errorString()));
    const auto *server = instance.findChild<QLocalServer *>();
    QVERIFY(server);
    const QByteArray path = QFile::encodeName(server->fullServerName());
    struct stat info = {};
    QCOMPARE(::stat(path.constData(), &info), 0);
    QVERIFY(S_ISSOCK(info.st_mode));
    QCOMPARE(info.st_uid, ::getuid());
    QVERIFY2((info.st_mode & (S_IRWXG | S_IRWXO)) == 0,
             qPrintable(QString::number(info.st_mode & 07777, 8)));
#else
    QSKIP("Unix permission bits");
#endif
}

void TestSingleInstance::secondListenFailsWhileFirstRuns()
{
    SingleInstance first(m_key);
    QVERIFY2(first.listen(), qPrintable(first.errorString()));

    SingleInstance second(m_key);
    QVERIFY(!second.listen());
    QVERIFY(!second.errorString().isEmpty());
    QVERIFY(!second.findChild<QLocalServer *>());

    // The same from another process.
    QProcess *other = startHelper({"listen", m_key});
    QVERIFY(other->waitForStarted(HelperTimeoutMs));
    QTRY_COMPARE_WITH_TIMEOUT(other->state(), QProcess::NotRunning, HelperTimeoutMs);
    QCOMPARE(other->exitCode(), 2);
    QVERIFY(other->readAll().startsWith("failed "));

    // And the attempts left the first instance's socket alone.
    QSignalSpy received(&first, &SingleInstance::messageReceived);
    QProcess *sender = startHelper({"send", m_key, "5000", "https://example.com/after"});
    QVERIFY(sender->waitForStarted(HelperTimeoutMs));
    QTRY_COMPARE_WITH_TIMEOUT(received.size(), 1, HelperTimeoutMs);
    QCOMPARE(received.first().first().toStringList(), QStringList{"https://example.com/after"});
    QTRY_COMPARE_WITH_TIMEOUT(sender->state(), QProcess::NotRunning, HelperTimeoutMs);
    QCOMPARE(sender->exitCode(), 0);
}

void TestSingleInstance::sendDeliversExactArgs()
{
    QString socketPath;
    QProcess *server = startServingHelper(&socketPath);
    if (QTest::currentTestFailed())
        return;

    SingleInstance client(m_key);
    QVERIFY2(client.sendToRunning(TrickyArgs), qPrintable(client.errorString()));
    // sendToRunning returned after the ack, so the message was already printed.
    QTRY_VERIFY_WITH_TIMEOUT(server->canReadLine(), HelperTimeoutMs);
    QByteArray line = server->readLine().trimmed();
    QVERIFY2(line.startsWith("message "), line.constData());
    QCOMPARE(QVariant(QJsonDocument::fromJson(line.mid(8)).array().toVariantList()).toStringList(),
             TrickyArgs);

    // No arguments: "show your window".
    QVERIFY2(client.sendToRunning({}), qPrintable(client.errorString()));
    QTRY_VERIFY_WITH_TIMEOUT(server->canReadLine(), HelperTimeoutMs);
    line = server->readLine().trimmed();
    QCOMPARE(line, QByteArray("message []"));
}

void TestSingleInstance::receivesFromAnotherProcess()
{
    SingleInstance server(m_key);
    QVERIFY2(server.listen(), qPrintable(server.errorString()));
    QSignalSpy received(&server, &SingleInstance::messageReceived);

    QProcess *sender = startHelper(QStringList{"send", m_key, "5000"} + TrickyArgs);
    QVERIFY(sender->waitForStarted(HelperTimeoutMs));
    QTRY_COMPARE_WITH_TIMEOUT(received.size(), 1, HelperTimeoutMs);
    QCOMPARE(received.first().first().toStringList(), TrickyArgs);
    QTRY_COMPARE_WITH_TIMEOUT(sender->state(), QProcess::NotRunning, HelperTimeoutMs);
    QCOMPARE(sender->exitStatus(), QProcess::NormalExit);
    QCOMPARE(sender->exitCode(), 0); // it saw the ack
}

void TestSingleInstance::sendFailsFastWithoutServer()
{
    SingleInstance client(m_key);
    QElapsedTimer timer;
    timer.start();
    QVERIFY(!client.sendToRunning({"https://example.com/a"}, 5000));
    QVERIFY2(timer.elapsed() < 2000, qPrintable(QString::number(timer.elapsed())));
    QVERIFY(!client.errorString().isEmpty());
}

// Something listens but never answers (a hung instance): false after the timeout.
void TestSingleInstance::sendFailsWithoutAck()
{
    QString name;
    {
        SingleInstance resolver(m_key);
        QVERIFY2(resolver.listen(), qPrintable(resolver.errorString()));
        name = resolver.findChild<QLocalServer *>()->serverName();
    }
    QLocalServer mute;
    QVERIFY2(mute.listen(name), qPrintable(mute.errorString()));

    SingleInstance client(m_key);
    QElapsedTimer timer;
    timer.start();
    QVERIFY(!client.sendToRunning({"https://example.com/a"}, 300));
    const qint64 elapsed = timer.elapsed();
    QVERIFY2(elapsed >= 250 && elapsed < 3000, qPrintable(QString::number(elapsed)));
    QVERIFY(!client.errorString().isEmpty());

    // It did send the whole message before waiting.
    QTRY_VERIFY(mute.hasPendingConnections());
    QLocalSocket *peer = mute.nextPendingConnection();
    QTRY_COMPARE(peer->bytesAvailable(), qint64(messageFrame({"https://example.com/a"}).size()));
    QCOMPARE(peer->readAll(), messageFrame({"https://example.com/a"}));

    // Something answers, so it is not stale: listen() must not take it over.
    SingleInstance usurper(m_key);
    QVERIFY(!usurper.listen());
    QVERIFY(mute.isListening());
}

void TestSingleInstance::staleSocketIsTakenOver()
{
    QString socketPath;
    QProcess *crashed = startServingHelper(&socketPath);
    if (QTest::currentTestFailed())
        return;
    crashed->kill(); // SIGKILL: no cleanup, like a crash
    QVERIFY(crashed->waitForFinished(HelperTimeoutMs));
    QVERIFY2(QFileInfo::exists(socketPath), "the crash should leave its socket file behind");

    SingleInstance client(m_key);
    QElapsedTimer timer;
    timer.start();
    QVERIFY(!client.sendToRunning({"https://example.com/a"}, 5000));
    QVERIFY2(timer.elapsed() < 2000, qPrintable(QString::number(timer.elapsed())));

    SingleInstance successor(m_key);
    QVERIFY2(successor.listen(), qPrintable(successor.errorString()));
    QCOMPARE(successor.findChild<QLocalServer *>()->fullServerName(), socketPath);

    QSignalSpy received(&successor, &SingleInstance::messageReceived);
    QProcess *sender = startHelper({"send", m_key, "5000", "https://example.com/b"});
    QVERIFY(sender->waitForStarted(HelperTimeoutMs));
    QTRY_COMPARE_WITH_TIMEOUT(received.size(), 1, HelperTimeoutMs);
    QCOMPARE(received.first().first().toStringList(), QStringList{"https://example.com/b"});
    QTRY_COMPARE_WITH_TIMEOUT(sender->state(), QProcess::NotRunning, HelperTimeoutMs);
    QCOMPARE(sender->exitCode(), 0);
}

void TestSingleInstance::garbageIsDropped_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("reason"); // the server's warning; empty: the client hangs up

    QByteArray oversized(4, Qt::Uninitialized);
    qToBigEndian<quint32>(1024 * 1024 + 1, oversized.data());
    QByteArray truncated(4, Qt::Uninitialized);
    qToBigEndian<quint32>(100, truncated.data());
    truncated += "{\"v\":1,";

    QTest::newRow("http request") << QByteArray("GET / HTTP/1.1\r\nHost: haul\r\n\r\n")
                                  << "message too large";
    QTest::newRow("length over 1 MiB, no body") << oversized << "message too large";
    QTest::newRow("all ones") << QByteArray(64, '\xff') << "message too large";
    QTest::newRow("not json") << frame("hello") << "malformed message";
    QTest::newRow("json array") << frame("[\"https://example.com/a\"]") << "malformed message";
    QTest::newRow("wrong version") << messageFrame({"https://example.com/a"}, 99)
                                   << "malformed message";
    QTest::newRow("args not strings") << frame("{\"v\":1,\"args\":[\"a\",1]}") << "malformed message";
    QTest::newRow("args missing") << frame("{\"v\":1}") << "malformed message";
    QTest::newRow("empty frame") << frame("") << "malformed message";
    QTest::newRow("bytes after the message") << messageFrame({"https://example.com/a"}) + "xx"
                                             << "bytes after the message";
    QTest::newRow("truncated, then hang up") << truncated << QString();
    QTest::newRow("connect and hang up") << QByteArray() << QString();
}

void TestSingleInstance::garbageIsDropped()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, reason);

    SingleInstance server(m_key);
    QVERIFY2(server.listen(), qPrintable(server.errorString()));
    QSignalSpy received(&server, &SingleInstance::messageReceived);

    if (!reason.isEmpty())
        QTest::ignoreMessage(QtWarningMsg, qPrintable("single instance: dropped a connection: " + reason));
    QLocalSocket raw;
    raw.connectToServer(server.findChild<QLocalServer *>()->serverName());
    QVERIFY(raw.waitForConnected(HelperTimeoutMs));
    QTRY_COMPARE(server.findChildren<QLocalSocket *>().size(), 1); // accepted
    raw.write(bytes);
    if (reason.isEmpty()) {
        QVERIFY(raw.waitForBytesWritten(HelperTimeoutMs) || bytes.isEmpty());
        raw.disconnectFromServer();
        // The server sees the hang-up and forgets the connection.
        QTRY_VERIFY(server.findChildren<QLocalSocket *>().isEmpty());
    } else {
        QTRY_COMPARE(raw.state(), QLocalSocket::UnconnectedState); // the server hung up
        QCOMPARE(raw.readAll(), QByteArray()); // no ack
    }
    QCOMPARE(received.size(), 0);

    // The server is still there and still works.
    sendRawValidMessage(server, {"https://example.com/after-garbage"});
    if (QTest::currentTestFailed())
        return;
    QProcess *sender = startHelper({"send", m_key, "5000", "https://example.com/from-process"});
    QVERIFY(sender->waitForStarted(HelperTimeoutMs));
    QTRY_COMPARE_WITH_TIMEOUT(sender->state(), QProcess::NotRunning, HelperTimeoutMs);
    QCOMPARE(sender->exitCode(), 0);
}

// The server reads what arrives and waits for the rest; no message and no ack early.
void TestSingleInstance::partialWritesAreReassembled()
{
    SingleInstance server(m_key);
    QVERIFY2(server.listen(), qPrintable(server.errorString()));
    QSignalSpy received(&server, &SingleInstance::messageReceived);

    QLocalSocket raw;
    raw.connectToServer(server.findChild<QLocalServer *>()->serverName());
    QVERIFY(raw.waitForConnected(HelperTimeoutMs));
    const QByteArray bytes = messageFrame(TrickyArgs);
    for (qsizetype i = 0; i + 1 < bytes.size(); ++i) {
        raw.write(bytes.mid(i, 1));
        QVERIFY(raw.waitForBytesWritten(HelperTimeoutMs));
        QCoreApplication::processEvents();
        QCOMPARE(received.size(), 0);
        QCOMPARE(raw.bytesAvailable(), 0);
    }
    raw.write(bytes.right(1));
    QTRY_COMPARE(received.size(), 1);
    QCOMPARE(received.first().first().toStringList(), TrickyArgs);
    QTRY_VERIFY(raw.bytesAvailable() >= 1);
    QCOMPARE(raw.readAll(), QByteArray("\x06"));
}

QTEST_GUILESS_MAIN(TestSingleInstance)
#include "tst_singleinstance.moc"
