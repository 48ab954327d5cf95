// SPDX-License-Identifier: MIT
// The real haul-cli binary against TestServer: exit codes, files, --json lines,
// retries, checksums, naming, headers, stalls, resuming and signals.
#include "clitesthelpers.h"
#include "testserver.h"

#include <QElapsedTimer>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

#include <signal.h>
#include <sys/types.h>

using namespace Haul;
using namespace Haul::Test;
Q_DECLARE_METATYPE(Haul::Test::Fault)

namespace {

constexpr int RunTimeoutMs = 30000;
constexpr qint64 Size = 300000;
const QString Hint = QStringLiteral("Try 'haul-cli --help'.");

} // namespace

class CliRunTest : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void downloadWithJson();
    void plainAndQuietOutput();
    void helpAndVersion_data();
    void helpAndVersion();
    void usageErrors_data();
    void usageErrors();
    void notFound();
    void retryAfterThenSuccess();
    void retriesExhausted_data();
    void retriesExhausted();
    void checksumMismatch();
    void checksumMatch();
    void dirUsesContentDisposition();
    void severalUrls_data();
    void severalUrls();
    void headersReachServer();
    void stallTimeoutRetries();
    void rerunResumes();
    void signalSavesCheckpoint_data();
    void signalSavesCheckpoint();
    void signalWhileWaitingToRetry();

private:
    QString path(const QString &name) const { return m_dir->filePath(name); }
    QString url(const QString &serverPath) const { return m_server->url(serverPath).toString(); }
    CliResult run(const QStringList &arguments, int timeoutMs = RunTimeoutMs) const
    {
        return runCli(arguments, m_dir->path(), timeoutMs);
    }

    std::unique_ptr<TestServer> m_server;
    std::unique_ptr<QTemporaryDir> m_dir;
    QByteArray m_body;
};

#define VERIFY_EXIT(result, code)                                                                                \
    QVERIFY2((result).finished && (result).exitStatus == QProcess::NormalExit && (result).exitCode == (code),     \
             qPrintable((result).describe()))

void CliRunTest::init()
{
    m_server = std::make_unique<TestServer>();
    QVERIFY2(m_server->listen(), qPrintable(m_server->errorString()));
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_body = TestServer::patternBody(Size);
    m_server->setResource(QStringLiteral("/f.bin"), m_body, "\"v1\"");
}

void CliRunTest::cleanup()
{
    m_server.reset();
    m_dir.reset();
}

void CliRunTest::downloadWithJson()
{
    const QString dest = path(QStringLiteral("out.bin"));
    const CliResult r = run({QStringLiteral("-o"), QStringLiteral("out.bin"), QStringLiteral("--json"), url(QStringLiteral("/f.bin"))});
    VERIFY_EXIT(r, 0);
    QCOMPARE(readAll(dest), m_body);
    QCOMPARE(entriesOf(m_dir->path()), QStringList{QStringLiteral("out.bin")}); // no sidecars left

    const QList<QJsonObject> lines = r.json();
    QCOMPARE(lines.size(), 1);
    const QJsonObject o = lines.first();
    const QStringList keys = o.keys();
    QCOMPARE(QSet<QString>(keys.cbegin(), keys.cend()),
             (QSet<QString>{QStringLiteral("url"), QStringLiteral("dest"), QStringLiteral("status"), QStringLiteral("bytes"),
                            QStringLiteral("sha256"), QStringLiteral("tree_hash"), QStringLiteral("attempts"), QStringLiteral("error")}));
    QCOMPARE(o.value(QStringLiteral("url")).toString(), m_server->url(QStringLiteral("/f.bin")).toString(QUrl::FullyEncoded));
    QCOMPARE(QFileInfo(o.value(QStringLiteral("dest")).toString()).canonicalFilePath(), QFileInfo(dest).canonicalFilePath());
    QVERIFY(QFileInfo(o.value(QStringLiteral("dest")).toString()).isAbsolute());
    QCOMPARE(o.value(QStringLiteral("status")).toString(), QStringLiteral("complete"));
    QCOMPARE(o.value(QStringLiteral("bytes")).toInteger(), Size);
    QCOMPARE(o.value(QStringLiteral("sha256")).toString(), sha256Hex(m_body));
    const QString tree = o.value(QStringLiteral("tree_hash")).toString();
    QVERIFY2(QRegularExpression(QStringLiteral("^[0-9a-f]{64}-1$")).match(tree).hasMatch(), qPrintable(tree));
    QCOMPARE(tree, treeHashOf(m_body));
    QCOMPARE(o.value(QStringLiteral("attempts")).toInt(), 1);
    QVERIFY(o.value(QStringLiteral("error")).isNull());

    QCOMPARE(m_server->requestCount(), 1);
    const RecordedRequest request = m_server->request(0);
    QCOMPARE(request.header("range"), QByteArray("bytes=0-")); // §3.1: even a fresh download asks for a range
    QCOMPARE(request.header("accept-encoding"), QByteArray("identity"));
    QVERIFY2(request.header("user-agent").startsWith("haul-cli/"), request.header("user-agent").constData());
}

void CliRunTest::plainAndQuietOutput()
{
    // Without --json nothing goes to stdout; the summary goes to stderr.
    const CliResult plain = run({QStringLiteral("-o"), QStringLiteral("a.bin"), url(QStringLiteral("/f.bin"))});
    VERIFY_EXIT(plain, 0);
    QVERIFY(plain.out.isEmpty());
    QVERIFY2(plain.err.contains("done: a.bin"), plain.err.constData());
    QVERIFY2(plain.err.contains(sha256Hex(m_body).toLatin1()), plain.err.constData());

    // --quiet: errors only, so a success prints nothing at all.
    const CliResult quiet = run({QStringLiteral("-q"), QStringLiteral("-o"), QStringLiteral("b.bin"), url(QStringLiteral("/f.bin"))});
    VERIFY_EXIT(quiet, 0);
    QVERIFY(quiet.out.isEmpty());
    QVERIFY2(quiet.err.isEmpty(), quiet.err.constData());
    QCOMPARE(readAll(path(QStringLiteral("b.bin"))), m_body);
}

void CliRunTest::helpAndVersion_data()
{
    QTest::addColumn<QString>("option");
    QTest::addColumn<QString>("pattern");
    QTest::newRow("--help") << QStringLiteral("--help") << QStringLiteral("^Usage: .*--sha256.*--limit-rate");
    QTest::newRow("--version") << QStringLiteral("--version") << QStringLiteral("^haul-cli \\d+\\.\\d+\\.\\d+\\n$");
}

void CliRunTest::helpAndVersion()
{
    QFETCH(QString, option);
    QFETCH(QString, pattern);
    const CliResult r = run({option});
    VERIFY_EXIT(r, 0);
    const QRegularExpression re(pattern, QRegularExpression::DotMatchesEverythingOption);
    QVERIFY2(re.match(QString::fromUtf8(r.out)).hasMatch(), r.out.constData());
    QVERIFY(r.err.isEmpty());
    QVERIFY(entriesOf(m_dir->path()).isEmpty());
}

void CliRunTest::usageErrors_data()
{
    // %1 and %2 stand for server URLs (the server only exists from init()).
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("reason");
    const QString u1 = QStringLiteral("%1"), u2 = QStringLiteral("%2");
    QTest::newRow("no URL") << QStringList{QStringLiteral("--json")} << QStringLiteral("no URL");
    QTest::newRow("ftp scheme") << QStringList{QStringLiteral("ftp://127.0.0.1/f.bin")} << QStringLiteral("unsupported URL scheme ftp");
    QTest::newRow("no scheme") << QStringList{QStringLiteral("example.com/f.bin")} << QStringLiteral("unsupported URL scheme");
    QTest::newRow("-o with two URLs") << QStringList{QStringLiteral("-o"), QStringLiteral("x.bin"), u1, u2} << QStringLiteral("exactly one URL");
    QTest::newRow("unknown option") << QStringList{QStringLiteral("--frobnicate"), u1} << QStringLiteral("frobnicate");
    QTest::newRow("bad -x") << QStringList{QStringLiteral("-x"), QStringLiteral("17"), u1} << QStringLiteral("--connections");
    // Destinations root cannot write either: /proc refuses new files whoever asks.
    QTest::newRow("read-only -o") << QStringList{QStringLiteral("-o"), QStringLiteral("/proc/haul-test/x"), u1} << QStringLiteral("not writable");
    QTest::newRow("read-only -d") << QStringList{QStringLiteral("-d"), QStringLiteral("/proc"), u1, u2} << QStringLiteral("not writable");
    QTest::newRow("-d is a file") << QStringList{QStringLiteral("-d"), QStringLiteral("/proc/version"), u1} << QStringLiteral("not a folder");
    QTest::newRow("-o is a folder") << QStringList{QStringLiteral("-o"), QStringLiteral("."), u1} << QStringLiteral("is a folder");
}

void CliRunTest::usageErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, reason);
    for (QString &a : arguments) {
        if (a == QLatin1String("%1"))
            a = url(QStringLiteral("/f.bin"));
        else if (a == QLatin1String("%2"))
            a = url(QStringLiteral("/g.bin"));
    }
    const CliResult r = run(arguments);
    VERIFY_EXIT(r, 2);
    QVERIFY2(r.out.isEmpty(), r.out.constData());
    const QStringList lines = r.errLines();
    // Exactly one line with the reason, optionally followed by the --help hint.
    QVERIFY2(lines.size() == 1 || (lines.size() == 2 && lines.at(1) == Hint), qPrintable(r.describe()));
    QVERIFY2(lines.first().startsWith(QLatin1String("haul-cli: ")), qPrintable(lines.first()));
    QVERIFY2(lines.first().contains(reason), qPrintable(lines.first()));
    QCOMPARE(entriesOf(m_dir->path()), QStringList());
    QCOMPARE(m_server->requestCount(), 0); // refused before anything was sent
}

void CliRunTest::notFound()
{
    // One good file and one 404: the good one is kept, the run still fails.
    const CliResult r = run({QStringLiteral("-d"), QStringLiteral("out"), QStringLiteral("--json"), url(QStringLiteral("/f.bin")),
                             url(QStringLiteral("/missing.bin"))});
    VERIFY_EXIT(r, 1);
    QVERIFY2(r.err.contains("haul-cli: missing.bin: ") && r.err.contains("404"), r.err.constData());
    QCOMPARE(m_server->requestsFor(QStringLiteral("/missing.bin")).size(), 1); // a 404 is not retried
    QCOMPARE(entriesOf(path(QStringLiteral("out"))), QStringList{QStringLiteral("f.bin")});
    QCOMPARE(readAll(path(QStringLiteral("out/f.bin"))), m_body);
    const QList<QJsonObject> lines = r.json();
    QCOMPARE(lines.size(), 2);
    const QJsonObject failed = lines.at(0).value(QStringLiteral("status")) == QStringLiteral("failed") ? lines.at(0) : lines.at(1);
    QCOMPARE(failed.value(QStringLiteral("url")).toString(), url(QStringLiteral("/missing.bin")));
    QCOMPARE(failed.value(QStringLiteral("status")).toString(), QStringLiteral("failed"));
    QVERIFY(failed.value(QStringLiteral("error")).toString().contains(QLatin1String("404")));
    QCOMPARE(failed.value(QStringLiteral("bytes")).toInteger(), 0);
    QVERIFY(failed.value(QStringLiteral("sha256")).isNull());
    QCOMPARE(failed.value(QStringLiteral("attempts")).toInt(), 1);
}

void CliRunTest::retryAfterThenSuccess()
{
    // Retry-After: 30 capped by --max-wait 1: the test would time out if the cap were ignored.
    m_server->addFault(QStringLiteral("/f.bin"), Fault::forcedStatus(503, {{"Retry-After", "30"}}));
    QList<qint64> arrivals;
    QElapsedTimer clock;
    clock.start();
    connect(m_server.get(), &TestServer::requestReceived, this, [&] { arrivals.append(clock.elapsed()); });

    const CliResult r = run({QStringLiteral("-o"), QStringLiteral("out.bin"), QStringLiteral("--json"), QStringLiteral("--max-wait"),
                             QStringLiteral("1"), url(QStringLiteral("/f.bin"))}, 20000);
    VERIFY_EXIT(r, 0);
    QCOMPARE(readAll(path(QStringLiteral("out.bin"))), m_body);
    QCOMPARE(m_server->requestCount(), 2);
    QCOMPARE(m_server->request(0).responseStatus, 503);
    QCOMPARE(m_server->request(1).responseStatus, 206);
    QCOMPARE(arrivals.size(), 2);
    const qint64 gap = arrivals.at(1) - arrivals.at(0);
    QVERIFY2(gap >= 900 && gap < 10000, qPrintable(QString::number(gap)));
    const QList<QJsonObject> lines = r.json();
    QCOMPARE(lines.size(), 1);
    QCOMPARE(lines.first().value(QStringLiteral("status")).toString(), QStringLiteral("complete"));
    QCOMPARE(lines.first().value(QStringLiteral("attempts")).toInt(), 2);
    QVERIFY2(r.err.contains("503"), r.err.constData());
}

void CliRunTest::retriesExhausted_data()
{
    // Every attempt fails without progress, so each retry uses the budget.
    QTest::addColumn<Fault>("fault");
    QTest::addColumn<int>("maxRequests");
    QTest::newRow("503 every time") << Fault::forcedStatus(503) << 2;
    // Qt 6.4's HTTP channel silently resends a GET whose connection closes before the body
    // starts (QHttpNetworkConnectionChannel's reconnectAttempts), at random depending on
    // whether the close is seen with the head: haul counts 2 attempts, the server may see more.
    QTest::newRow("cut before the first body byte") << Fault::truncate(0) << 6;
}

void CliRunTest::retriesExhausted()
{
    QFETCH(Fault, fault);
    QFETCH(int, maxRequests);
    m_server->addFault(QStringLiteral("/f.bin"), fault, Fault::Forever);
    const QString dest = path(QStringLiteral("out.bin"));
    const CliResult r = run({QStringLiteral("-o"), QStringLiteral("out.bin"), QStringLiteral("--json"), QStringLiteral("--retries"),
                             QStringLiteral("1"), QStringLiteral("--max-wait"), QStringLiteral("0"), url(QStringLiteral("/f.bin"))});
    VERIFY_EXIT(r, 1);
    QVERIFY(!QFile::exists(dest));
    // --retries 1: the first attempt and one retry.
    const QList<QJsonObject> lines = r.json();
    QCOMPARE(lines.size(), 1);
    QCOMPARE(lines.first().value(QStringLiteral("status")).toString(), QStringLiteral("failed"));
    QCOMPARE(lines.first().value(QStringLiteral("attempts")).toInt(), 2);
    QVERIFY(!lines.first().value(QStringLiteral("error")).toString().isEmpty());
    QVERIFY2(r.err.contains("haul-cli: out.bin: "), r.err.constData());
    QVERIFY2(r.err.contains("2 attempt"), r.err.constData());
    QVERIFY2(m_server->requestCount() >= 2 && m_server->requestCount() <= maxRequests,
             qPrintable(QString::number(m_server->requestCount())));
}

void CliRunTest::checksumMismatch()
{
    const QString wrong(64, QLatin1Char('0'));
    const CliResult r = run({QStringLiteral("-o"), QStringLiteral("out.bin"), QStringLiteral("--json"), QStringLiteral("--sha256"), wrong,
                             url(QStringLiteral("/f.bin"))});
    VERIFY_EXIT(r, 3);
    QVERIFY2(r.err.contains("SHA-256 mismatch"), r.err.constData());
    QVERIFY2(r.err.contains(sha256Hex(m_body).toLatin1()), r.err.constData()); // says what it got
    QCOMPARE(entriesOf(m_dir->path()), QStringList()); // no destination, no .part, no .part.ctrl
    QCOMPARE(m_server->requestCount(), 1); // a mismatch is not retried
    const QList<QJsonObject> lines = r.json();
    QCOMPARE(lines.size(), 1);
    QCOMPARE(lines.first().value(QStringLiteral("status")).toString(), QStringLiteral("failed"));
}

void CliRunTest::checksumMatch()
{
    // Upper-case hex is accepted.
    const QString expected = sha256Hex(m_body).toUpper();
    const CliResult r = run({QStringLiteral("-o"), QStringLiteral("out.bin"), QStringLiteral("--json"), QStringLiteral("--sha256"),
                             expected, url(QStringLiteral("/f.bin"))});
    VERIFY_EXIT(r, 0);
    QCOMPARE(readAll(path(QStringLiteral("out.bin"))), m_body);
    QVERIFY2(r.err.contains("(verified)"), r.err.constData());
    QCOMPARE(r.json().value(0).value(QStringLiteral("sha256")).toString(), expected.toLower());
}

void CliRunTest::dirUsesContentDisposition()
{
    Resource resource;
    resource.body = m_body;
    resource.etag = "\"cd\"";
    resource.contentDisposition = "attachment; filename=\"report 2024.pdf\"";
    m_server->setResource(QStringLiteral("/download"), resource);
    // A folder that does not exist yet is created.
    const CliResult r = run({QStringLiteral("-d"), QStringLiteral("sub/deeper"), QStringLiteral("--json"),
                             url(QStringLiteral("/download?id=7"))});
    VERIFY_EXIT(r, 0);
    const QString dest = path(QStringLiteral("sub/deeper/report 2024.pdf"));
    QCOMPARE(readAll(dest), m_body);
    QCOMPARE(entriesOf(path(QStringLiteral("sub/deeper"))), QStringList{QStringLiteral("report 2024.pdf")});
    QCOMPARE(QFileInfo(r.json().value(0).value(QStringLiteral("dest")).toString()).canonicalFilePath(),
             QFileInfo(dest).canonicalFilePath());
    QCOMPARE(m_server->requestCount(), 1);
}

void CliRunTest::severalUrls_data()
{
    QTest::addColumn<int>("jobs");
    QTest::addColumn<int>("expectedConcurrency");
    QTest::newRow("-j 1") << 1 << 1;
    QTest::newRow("-j 2") << 2 << 2;
}

void CliRunTest::severalUrls()
{
    QFETCH(int, jobs);
    QFETCH(int, expectedConcurrency);
    // Throttled so each transfer takes about half a second and overlap shows.
    const QByteArray a = TestServer::patternBody(200000, 11), b = TestServer::patternBody(150000, 12);
    m_server->setResource(QStringLiteral("/a.bin"), a, "\"a\"");
    m_server->setResource(QStringLiteral("/b.bin"), b, "\"b\"");
    m_server->addFault(QStringLiteral("/a.bin"), Fault::throttle(400000));
    m_server->addFault(QStringLiteral("/b.bin"), Fault::throttle(300000));
    int open = 0, maxOpen = 0;
    connect(m_server.get(), &TestServer::requestReceived, this, [&] { maxOpen = qMax(maxOpen, ++open); });
    connect(m_server.get(), &TestServer::responseFinished, this, [&] { --open; });

    const CliResult r = run({QStringLiteral("-d"), QStringLiteral("out"), QStringLiteral("-j"), QString::number(jobs),
                             QStringLiteral("--json"), url(QStringLiteral("/a.bin")), url(QStringLiteral("/b.bin"))});
    VERIFY_EXIT(r, 0);
    QCOMPARE(readAll(path(QStringLiteral("out/a.bin"))), a);
    QCOMPARE(readAll(path(QStringLiteral("out/b.bin"))), b);
    QCOMPARE(entriesOf(path(QStringLiteral("out"))), (QStringList{QStringLiteral("a.bin"), QStringLiteral("b.bin")}));
    QCOMPARE(maxOpen, expectedConcurrency);

    const QList<QJsonObject> lines = r.json();
    QCOMPARE(lines.size(), 2);
    QHash<QString, QString> shaByName;
    for (const QJsonObject &o : lines) {
        QCOMPARE(o.value(QStringLiteral("status")).toString(), QStringLiteral("complete"));
        shaByName.insert(QFileInfo(o.value(QStringLiteral("dest")).toString()).fileName(), o.value(QStringLiteral("sha256")).toString());
    }
    QCOMPARE(shaByName.value(QStringLiteral("a.bin")), sha256Hex(a));
    QCOMPARE(shaByName.value(QStringLiteral("b.bin")), sha256Hex(b));
}

void CliRunTest::headersReachServer()
{
    const CliResult r = run({QStringLiteral("-o"), QStringLiteral("out.bin"), QStringLiteral("-H"), QStringLiteral("X-Token: secret value"),
                             QStringLiteral("--header"), QStringLiteral("Accept-Language:de"), QStringLiteral("-A"),
                             QStringLiteral("MyAgent/2.0 (test)"), url(QStringLiteral("/f.bin"))});
    VERIFY_EXIT(r, 0);
    QCOMPARE(m_server->requestCount(), 1);
    const RecordedRequest request = m_server->request(0);
    QCOMPARE(request.header("x-token"), QByteArray("secret value"));
    QCOMPARE(request.header("accept-language"), QByteArray("de"));
    QCOMPARE(request.header("user-agent"), QByteArray("MyAgent/2.0 (test)"));
}

void CliRunTest::stallTimeoutRetries()
{
    // The first response stops after 64 KiB and keeps the connection open.
    m_server->addFault(QStringLiteral("/f.bin"), Fault::stall(65536));
    const CliResult r = run({QStringLiteral("-o"), QStringLiteral("out.bin"), QStringLiteral("--json"), QStringLiteral("--stall-timeout"),
                             QStringLiteral("1"), url(QStringLiteral("/f.bin"))}, 20000);
    VERIFY_EXIT(r, 0);
    QCOMPARE(readAll(path(QStringLiteral("out.bin"))), m_body);
    QCOMPARE(m_server->requestCount(), 2);
    // The stalled attempt made progress: it is resumed where it stopped, at once.
    QCOMPARE(m_server->request(1).header("range"), QByteArray("bytes=65536-"));
    QCOMPARE(r.json().value(0).value(QStringLiteral("attempts")).toInt(), 2);
    QVERIFY2(r.err.contains("no data received"), r.err.constData());
}

void CliRunTest::rerunResumes()
{
    // First run: cut at 100000 bytes; the immediate resume (progress was made, so it does not
    // count against --retries) gets a 503, and --retries 0 gives up. The 503 is "forever" because
    // Qt may silently resend the cut request (see retriesExhausted); haul-cli never uses that reply.
    m_server->addFault(QStringLiteral("/f.bin"), Fault::truncate(100000));
    m_server->addFault(QStringLiteral("/f.bin"), Fault::forcedStatus(503), Fault::Forever);
    const QStringList command{QStringLiteral("-o"), QStringLiteral("out.bin"), QStringLiteral("--json"), QStringLiteral("--retries"),
                              QStringLiteral("0"), QStringLiteral("--max-wait"), QStringLiteral("0"), url(QStringLiteral("/f.bin"))};
    const QString dest = path(QStringLiteral("out.bin"));

    const CliResult first = run(command);
    VERIFY_EXIT(first, 1);
    QCOMPARE(first.json().value(0).value(QStringLiteral("attempts")).toInt(), 2);
    QVERIFY(!QFile::exists(dest));
    QVERIFY(QFile::exists(partPath(dest)));
    QCOMPARE(checkpointCursor(dest), quint64(100000));
    const int firstRequests = m_server->requestCount();
    QVERIFY2(firstRequests >= 2 && firstRequests <= 4, qPrintable(QString::number(firstRequests)));
    QCOMPARE(m_server->lastRequest().header("range"), QByteArray("bytes=100000-")); // the second attempt

    m_server->clearFaults();
    const CliResult second = run(command);
    VERIFY_EXIT(second, 0);
    QCOMPARE(readAll(dest), m_body);
    QCOMPARE(m_server->requestCount(), firstRequests + 1);
    const RecordedRequest resumed = m_server->request(firstRequests);
    QCOMPARE(resumed.header("range"), QByteArray("bytes=100000-"));
    QCOMPARE(resumed.header("if-range"), QByteArray("\"v1\""));
    QCOMPARE(resumed.responseStatus, 206);
    QCOMPARE(entriesOf(m_dir->path()), QStringList{QStringLiteral("out.bin")});
    QCOMPARE(second.json().value(0).value(QStringLiteral("sha256")).toString(), sha256Hex(m_body));
    QCOMPARE(second.json().value(0).value(QStringLiteral("attempts")).toInt(), 1);
}

void CliRunTest::signalSavesCheckpoint_data()
{
    QTest::addColumn<int>("signalNumber");
    QTest::newRow("SIGINT") << int(SIGINT);
    QTest::newRow("SIGTERM") << int(SIGTERM);
}

void CliRunTest::signalSavesCheckpoint()
{
    QFETCH(int, signalNumber);
    constexpr qint64 BigSize = 4 * 1024 * 1024;
    const QByteArray big = TestServer::patternBody(BigSize, 7);
    m_server->setResource(QStringLiteral("/big.bin"), big, "\"big\"");
    m_server->addFault(QStringLiteral("/big.bin"), Fault::throttle(1024 * 1024)); // about 4 s in all
    const QStringList command{QStringLiteral("-o"), QStringLiteral("big.bin"), url(QStringLiteral("/big.bin"))};
    const QString dest = path(QStringLiteral("big.bin"));

    const auto process = startCli(command, m_dir->path());
    QVERIFY(process->state() == QProcess::Running);
    // The CLI checkpoints about once a second while bytes arrive.
    QTRY_VERIFY_WITH_TIMEOUT(checkpointCursor(dest) > 0, 15000);
    QCOMPARE(::kill(pid_t(process->processId()), signalNumber), 0);
    const CliResult interrupted = collect(*process, waitForCli(*process, 20000));
    VERIFY_EXIT(interrupted, 130);
    QVERIFY2(interrupted.err.contains("interrupted"), interrupted.err.constData());

    QString error;
    const auto ctrl = readControlFile(dest, &error);
    QVERIFY2(ctrl, qPrintable(error));
    const quint64 cursor = ctrl->start + ctrl->cursor;
    QVERIFY(cursor > 0);
    QVERIFY2(cursor < quint64(BigSize), qPrintable(QString::number(cursor)));
    QVERIFY(!QFile::exists(dest));
    QCOMPARE(readAll(partPath(dest)).left(qsizetype(cursor)), big.left(qsizetype(cursor)));
    QCOMPARE(m_server->requestCount(), 1);

    const CliResult rerun = run(command);
    VERIFY_EXIT(rerun, 0);
    QCOMPARE(readAll(dest), big);
    QCOMPARE(m_server->requestCount(), 2);
    QCOMPARE(m_server->request(1).header("range"), QStringLiteral("bytes=%1-").arg(cursor).toLatin1());
    QCOMPARE(entriesOf(m_dir->path()), QStringList{QStringLiteral("big.bin")});
}

void CliRunTest::signalWhileWaitingToRetry()
{
    // Ctrl+C during a 30 s Retry-After wait ends the run at once, with 130.
    m_server->addFault(QStringLiteral("/f.bin"), Fault::forcedStatus(503, {{"Retry-After", "30"}}));
    const auto process = startCli({QStringLiteral("-o"), QStringLiteral("out.bin"), url(QStringLiteral("/f.bin"))}, m_dir->path());
    QByteArray err;
    QTRY_VERIFY_WITH_TIMEOUT((err += process->readAllStandardError()).contains("retrying in"), 10000);
    QElapsedTimer clock;
    clock.start();
    QCOMPARE(::kill(pid_t(process->processId()), SIGINT), 0);
    const CliResult r = collect(*process, waitForCli(*process, 10000));
    VERIFY_EXIT(r, 130);
    QVERIFY2(clock.elapsed() < 5000, qPrintable(QString::number(clock.elapsed())));
    QCOMPARE(m_server->requestCount(), 1);
    QVERIFY(!QFile::exists(path(QStringLiteral("out.bin"))));
}

QTEST_GUILESS_MAIN(CliRunTest)
#include "tst_clirun.moc"
