// SPDX-License-Identifier: MIT
// haul-cli end to end against a real nginx: plain downloads, --dir with several
// URLs, an interrupted rate-limited download resumed by the same command, 404.
// A missing nginx fails the test (with the install hint), it never skips.
#include "clitesthelpers.h"
#include "nginxserver.h"
#include "testserver.h"

#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <memory>

#include <signal.h>
#include <sys/types.h>

using namespace Haul;
using namespace Haul::Test;

namespace {

constexpr qint64 BigSize = 20 * 1024 * 1024;
constexpr qint64 SmallSize = 1234;

bool writeFile(const QString &path, const QByteArray &data)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(data) == data.size();
}

struct LogEntry
{
    int status = 0;
    qint64 bytes = -1;
};

} // namespace

class CliNginxTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void download();
    void dirModeWithJson();
    void interruptAndResume();
    void segmented();
    void notFound();

private:
    QString url(const QString &path) const { return m_nginx.url(path).toString(); }
    QString work(const QString &name) const { return m_work->filePath(name); }
    // The access log of the /slow/ location, in the "combined" format.
    QList<LogEntry> slowLog() const;

    QTemporaryDir m_root;
    QTemporaryDir m_logs;
    NginxServer m_nginx;
    QByteArray m_big;
    QByteArray m_small;
    std::unique_ptr<QTemporaryDir> m_work;
};

void CliNginxTest::initTestCase()
{
    QVERIFY(m_root.isValid());
    QVERIFY(m_logs.isValid());
    m_big = TestServer::patternBody(BigSize, 5);
    m_small = TestServer::patternBody(SmallSize, 6);
    QVERIFY(writeFile(m_root.filePath(QStringLiteral("big.bin")), m_big));
    QVERIFY(writeFile(m_root.filePath(QStringLiteral("small.txt")), m_small));
    QVERIFY(QDir(m_root.path()).mkdir(QStringLiteral("slow")));
    QVERIFY(writeFile(m_root.filePath(QStringLiteral("slow/big.bin")), m_big));

    // /slow/ sends a fresh download ("Range: bytes=0-") at 2 MiB/s, so it can be interrupted
    // mid-way, and a resumed one at full speed.
    const QString config = NginxServer::resumeTestLocation(QStringLiteral("/slow/"), QStringLiteral("2m"),
                                                           m_logs.filePath(QStringLiteral("slow.log")));
    if (!m_nginx.start(m_root.path(), config))
        QFAIL(qPrintable(m_nginx.errorString()));
}

void CliNginxTest::init()
{
    m_work = std::make_unique<QTemporaryDir>();
    QVERIFY(m_work->isValid());
    QVERIFY2(m_nginx.isRunning(), qPrintable(m_nginx.errorLog()));
}

void CliNginxTest::cleanup()
{
    m_work.reset();
}

QList<LogEntry> CliNginxTest::slowLog() const
{
    static const QRegularExpression line(QStringLiteral("\"GET /slow/big\\.bin HTTP/1\\.1\" (\\d{3}) (\\d+)"));
    QList<LogEntry> entries;
    for (const QString &text : QString::fromUtf8(readAll(m_logs.filePath(QStringLiteral("slow.log")))).split(u'\n')) {
        if (const auto m = line.match(text); m.hasMatch())
            entries.append({m.captured(1).toInt(), m.captured(2).toLongLong()});
    }
    return entries;
}

void CliNginxTest::download()
{
    const CliResult r = runCli({QStringLiteral("-o"), QStringLiteral("big.bin"), QStringLiteral("--json"), url(QStringLiteral("/big.bin"))},
                               m_work->path());
    QVERIFY2(r.finished && r.exitStatus == QProcess::NormalExit && r.exitCode == 0, qPrintable(r.describe()));
    QVERIFY(readAll(work(QStringLiteral("big.bin"))) == m_big); // QCOMPARE would print megabytes
    QCOMPARE(entriesOf(m_work->path()), QStringList{QStringLiteral("big.bin")});
    const QList<QJsonObject> lines = r.json();
    QCOMPARE(lines.size(), 1);
    QCOMPARE(lines.first().value(QStringLiteral("status")).toString(), QStringLiteral("complete"));
    QCOMPARE(lines.first().value(QStringLiteral("bytes")).toInteger(), BigSize);
    QCOMPARE(lines.first().value(QStringLiteral("sha256")).toString(), sha256Hex(m_big));
    QCOMPARE(lines.first().value(QStringLiteral("tree_hash")).toString(), treeHashOf(m_big));
    QVERIFY(lines.first().value(QStringLiteral("tree_hash")).toString().endsWith(QLatin1String("-3"))); // 8 MiB blocks
    QCOMPARE(lines.first().value(QStringLiteral("attempts")).toInt(), 1);
}

void CliNginxTest::dirModeWithJson()
{
    const CliResult r = runCli({QStringLiteral("-d"), QStringLiteral("out"), QStringLiteral("--json"), url(QStringLiteral("/big.bin")),
                                url(QStringLiteral("/small.txt"))},
                               m_work->path());
    QVERIFY2(r.finished && r.exitStatus == QProcess::NormalExit && r.exitCode == 0, qPrintable(r.describe()));
    QVERIFY(readAll(work(QStringLiteral("out/big.bin"))) == m_big);
    QCOMPARE(readAll(work(QStringLiteral("out/small.txt"))), m_small);
    QCOMPARE(entriesOf(work(QStringLiteral("out"))), (QStringList{QStringLiteral("big.bin"), QStringLiteral("small.txt")}));

    const QList<QJsonObject> lines = r.json();
    QCOMPARE(lines.size(), 2);
    QHash<QString, QJsonObject> byName;
    for (const QJsonObject &o : lines)
        byName.insert(QFileInfo(o.value(QStringLiteral("dest")).toString()).fileName(), o);
    QCOMPARE(byName.value(QStringLiteral("big.bin")).value(QStringLiteral("sha256")).toString(), sha256Hex(m_big));
    QCOMPARE(byName.value(QStringLiteral("small.txt")).value(QStringLiteral("sha256")).toString(), sha256Hex(m_small));
    QCOMPARE(byName.value(QStringLiteral("small.txt")).value(QStringLiteral("bytes")).toInteger(), SmallSize);
    QCOMPARE(byName.value(QStringLiteral("small.txt")).value(QStringLiteral("tree_hash")).toString(), treeHashOf(m_small));
    QCOMPARE(QFileInfo(byName.value(QStringLiteral("big.bin")).value(QStringLiteral("dest")).toString()).canonicalFilePath(),
             QFileInfo(work(QStringLiteral("out/big.bin"))).canonicalFilePath());
    QCOMPARE(byName.value(QStringLiteral("small.txt")).value(QStringLiteral("status")).toString(), QStringLiteral("complete"));
}

void CliNginxTest::interruptAndResume()
{
    const QStringList command{QStringLiteral("-o"), QStringLiteral("big.bin"), QStringLiteral("--json"), url(QStringLiteral("/slow/big.bin"))};
    const QString dest = work(QStringLiteral("big.bin"));

    const auto process = startCli(command, m_work->path());
    QVERIFY(process->state() == QProcess::Running);
    QTRY_VERIFY_WITH_TIMEOUT(checkpointCursor(dest) > 0, 15000);
    QCOMPARE(::kill(pid_t(process->processId()), SIGINT), 0);
    const CliResult interrupted = collect(*process, waitForCli(*process, 20000));
    QVERIFY2(interrupted.finished && interrupted.exitStatus == QProcess::NormalExit && interrupted.exitCode == 130,
             qPrintable(interrupted.describe()));

    // In between: the part file and a checkpoint that matches it.
    QString error;
    const auto ctrl = readControlFile(dest, &error);
    QVERIFY2(ctrl, qPrintable(error));
    const quint64 cursor = ctrl->start + ctrl->cursor;
    QVERIFY2(cursor > 0 && cursor < quint64(BigSize), qPrintable(QString::number(cursor)));
    QVERIFY(ctrl->etag.isStrong()); // nginx's ETag guards the resume with If-Range
    QVERIFY(QFile::exists(partPath(dest)));
    QVERIFY(!QFile::exists(dest));
    QVERIFY(readAll(partPath(dest)).left(qsizetype(cursor)) == m_big.left(qsizetype(cursor)));

    const CliResult rerun = runCli(command, m_work->path(), 60000);
    QVERIFY2(rerun.finished && rerun.exitStatus == QProcess::NormalExit && rerun.exitCode == 0, qPrintable(rerun.describe()));
    QVERIFY(readAll(dest) == m_big);
    QCOMPARE(entriesOf(m_work->path()), QStringList{QStringLiteral("big.bin")});
    QCOMPARE(rerun.json().value(0).value(QStringLiteral("sha256")).toString(), sha256Hex(m_big));

    // nginx logs a request once it is over, possibly after haul-cli has exited.
    QTRY_COMPARE_WITH_TIMEOUT(slowLog().size(), 2, 10000);
    const QList<LogEntry> log = slowLog();
    qInfo("checkpoint at %llu; nginx answered %d with %lld bytes, then %d with %lld bytes", cursor, log.at(0).status,
          log.at(0).bytes, log.at(1).status, log.at(1).bytes);
    const auto resumed = std::find_if(log.cbegin(), log.cend(), [&](const LogEntry &e) {
        return e.bytes == BigSize - qint64(cursor);
    });
    QVERIFY2(resumed != log.cend(), qPrintable(QStringLiteral("no response of %1 bytes in the log").arg(BigSize - qint64(cursor))));
    QCOMPARE(resumed->status, 206); // only the rest was sent again
    const qint64 total = log.at(0).bytes + log.at(1).bytes;
    QVERIFY2(total < BigSize + BigSize / 2, qPrintable(QString::number(total)));
}

// -x 4 against a real server: nginx answers every bounded range with 206. The first
// response ("bytes=0-") is slow here and the others are not, so the fast
// connections finish their pieces and split what the slow one still holds.
void CliNginxTest::segmented()
{
    const qsizetype before = slowLog().size(); // the log is shared with interruptAndResume()
    const CliResult r = runCli({QStringLiteral("-x"), QStringLiteral("4"), QStringLiteral("-o"), QStringLiteral("big.bin"),
                                QStringLiteral("--json"), url(QStringLiteral("/slow/big.bin"))},
                               m_work->path(), 60000);
    QVERIFY2(r.finished && r.exitStatus == QProcess::NormalExit && r.exitCode == 0, qPrintable(r.describe()));
    QVERIFY(readAll(work(QStringLiteral("big.bin"))) == m_big);
    QCOMPARE(entriesOf(m_work->path()), QStringList{QStringLiteral("big.bin")});
    const QJsonObject line = r.json().value(0);
    QCOMPARE(line.value(QStringLiteral("sha256")).toString(), sha256Hex(m_big));
    QCOMPARE(line.value(QStringLiteral("tree_hash")).toString(), treeHashOf(m_big));
    QCOMPARE(line.value(QStringLiteral("attempts")).toInt(), 1);

    QTRY_VERIFY_WITH_TIMEOUT(slowLog().size() >= before + 4, 10000);
    const QList<LogEntry> log = slowLog().mid(before);
    qint64 total = 0;
    for (const LogEntry &e : log) {
        QCOMPARE(e.status, 206);
        total += e.bytes;
    }
    // Only the first, open-ended response is cut short when its piece ends.
    QVERIFY2(total < BigSize + BigSize / 4, qPrintable(QStringLiteral("%1 bytes sent for %2").arg(total).arg(BigSize)));
}

void CliNginxTest::notFound()
{
    const CliResult r = runCli({QStringLiteral("--json"), url(QStringLiteral("/missing.bin"))}, m_work->path());
    QVERIFY2(r.finished && r.exitStatus == QProcess::NormalExit && r.exitCode == 1, qPrintable(r.describe()));
    QVERIFY2(r.err.contains("404"), r.err.constData());
    QCOMPARE(entriesOf(m_work->path()), QStringList());
    QCOMPARE(r.json().value(0).value(QStringLiteral("status")).toString(), QStringLiteral("failed"));
}

QTEST_GUILESS_MAIN(CliNginxTest)
#include "tst_clinginx.moc"
