// SPDX-License-Identifier: MIT
// Crash safety of haul-cli: SIGKILL in the middle of a large download leaves a
// valid checkpoint that describes bytes really on disk, and the same command
// run again fetches only what came after that checkpoint.
#include "clitesthelpers.h"
#include "testserver.h"

#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <memory>

using namespace Haul;
using namespace Haul::Test;

namespace {

constexpr qint64 Size = 64 * 1024 * 1024;
constexpr qint64 Rate = 12 * 1024 * 1024; // over 5 s for the whole body
const QString Path = QStringLiteral("/large.bin");

} // namespace

class CliCrashTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void killAndRerun_data();
    void killAndRerun();
    void killSegmentedAndRerun();

private:
    QByteArray m_body;
};

void CliCrashTest::initTestCase()
{
    m_body = TestServer::patternBody(Size, 99);
    QCOMPARE(m_body.size(), Size);
}

void CliCrashTest::killAndRerun_data()
{
    // Killed right after the Nth distinct checkpoint was seen on disk: different cursors,
    // different amounts of unsaved data after them.
    QTest::addColumn<int>("checkpoints");
    QTest::newRow("after the first checkpoint") << 1;
    QTest::newRow("after the second checkpoint") << 2;
    QTest::newRow("after the third checkpoint") << 3;
}

void CliCrashTest::killAndRerun()
{
    QFETCH(int, checkpoints);
    TestServer server;
    QVERIFY2(server.listen(), qPrintable(server.errorString()));
    server.setResource(Path, m_body, "\"large-v1\"");
    server.addFault(Path, Fault::throttle(Rate)); // the first run only
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString dest = dir.filePath(QStringLiteral("large.bin"));
    const QStringList command{QStringLiteral("-o"), QStringLiteral("large.bin"), QStringLiteral("--json"), server.url(Path).toString()};

    const auto process = startCli(command, dir.path());
    QVERIFY(process->state() == QProcess::Running);
    QSet<quint64> seen;
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            if (const quint64 c = checkpointCursor(dest); c > 0)
                seen.insert(c);
            return seen.size() >= checkpoints;
        }(),
        20000);
    QVERIFY2(process->state() == QProcess::Running, "haul-cli ended before it could be killed");
    process->kill(); // SIGKILL: no handler runs, no last checkpoint
    QVERIFY(waitForCli(*process, 10000));
    QCOMPARE(process->exitStatus(), QProcess::CrashExit);
    QCOMPARE(server.requestCount(), 1);

    // The checkpoint on disk is whole and tells the truth about the part file.
    QString error;
    const auto ctrl = readControlFile(dest, &error);
    QVERIFY2(ctrl, qPrintable(error));
    QCOMPARE(ctrl->start, quint64(0));
    const quint64 cursor = ctrl->cursor;
    QVERIFY(seen.contains(cursor) || cursor > *std::max_element(seen.cbegin(), seen.cend()));
    QVERIFY2(cursor > 0 && cursor < quint64(Size), qPrintable(QString::number(cursor)));
    QCOMPARE(ctrl->etag.canonical(), QStringLiteral("\"large-v1\""));
    QCOMPARE(ctrl->extent, std::optional<quint64>(quint64(Size)));
    const QByteArray part = readAll(partPath(dest));
    QVERIFY2(quint64(part.size()) >= cursor, qPrintable(QStringLiteral("%1 < %2").arg(part.size()).arg(cursor)));
    QVERIFY(part.left(qsizetype(cursor)) == m_body.left(qsizetype(cursor))); // QCOMPARE would print megabytes
    // One digest per completed block, each of the block really on disk.
    const quint64 blockSize = ctrl->blockSize;
    QCOMPARE(quint64(ctrl->digests.size()), cursor / blockSize);
    for (qsizetype i = 0; i < ctrl->digests.size(); ++i)
        QCOMPARE(ctrl->digests.at(i), sha256Of(QByteArrayView(part).sliced(i * qsizetype(blockSize), qsizetype(blockSize))));
    QVERIFY(!QFile::exists(dest));
    // pyhaul could resume it too: its exact reader accepts the file and sees the same state.
    QFile ctrlFile(controlPath(dest));
    QVERIFY(ctrlFile.open(QIODevice::ReadOnly));
    const auto asPyhaul = ControlFile::decode(ctrlFile.readAll(), &error, ControlFile::ReadMode::StrictPyhaul);
    QVERIFY2(asPyhaul, qPrintable(error));
    QCOMPARE(asPyhaul->cursor, cursor);
    QCOMPARE(asPyhaul->digests, ctrl->digests);
    QCOMPARE(asPyhaul->tailHash, ctrl->tailHash);
    qInfo("killed with the checkpoint at %llu of %lld bytes", cursor, Size);

    // The same command again: one request for exactly the rest, then the right file.
    const CliResult rerun = runCli(command, dir.path(), 60000);
    QVERIFY2(rerun.finished && rerun.exitStatus == QProcess::NormalExit && rerun.exitCode == 0, qPrintable(rerun.describe()));
    QCOMPARE(server.requestCount(), 2);
    const RecordedRequest resumed = server.request(1);
    QCOMPARE(resumed.header("range"), QStringLiteral("bytes=%1-").arg(cursor).toLatin1());
    QCOMPARE(resumed.header("if-range"), QByteArray("\"large-v1\""));
    QCOMPARE(resumed.responseStatus, 206); // re-fetched: Size - cursor bytes, nothing before the checkpoint
    QVERIFY(readAll(dest) == m_body);
    QCOMPARE(entriesOf(dir.path()), QStringList{QStringLiteral("large.bin")});
    const QJsonObject line = rerun.json().value(0);
    QCOMPARE(line.value(QStringLiteral("status")).toString(), QStringLiteral("complete"));
    QCOMPARE(line.value(QStringLiteral("bytes")).toInteger(), Size);
    QCOMPARE(line.value(QStringLiteral("sha256")).toString(), sha256Hex(m_body));
    QCOMPARE(line.value(QStringLiteral("tree_hash")).toString(), treeHashOf(m_body));
}

// Four connections: the checkpoint holds the prefix as pyhaul's cursor and the
// other connections' spans beside it; every one of them is on disk, pyhaul's
// reader accepts the file, and the rerun asks only for the gaps.
void CliCrashTest::killSegmentedAndRerun()
{
    TestServer server;
    QVERIFY2(server.listen(), qPrintable(server.errorString()));
    server.setResource(Path, m_body, "\"large-v1\"");
    server.addFault(Path, Fault::throttle(Rate / 4), Fault::Forever);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString dest = dir.filePath(QStringLiteral("large.bin"));
    const QStringList command{QStringLiteral("-x"), QStringLiteral("4"), QStringLiteral("-o"), QStringLiteral("large.bin"),
                              QStringLiteral("--json"), server.url(Path).toString()};

    const auto process = startCli(command, dir.path());
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            const auto c = readControlFile(dest);
            return c && c->completed.spans().size() >= 2;
        }(),
        20000);
    QVERIFY2(process->state() == QProcess::Running, "haul-cli ended before it could be killed");
    process->kill();
    QVERIFY(waitForCli(*process, 10000));
    QCOMPARE(process->exitStatus(), QProcess::CrashExit);
    QVERIFY(server.requestCount() >= 4);

    QString error;
    const auto ctrl = readControlFile(dest, &error);
    QVERIFY2(ctrl, qPrintable(error));
    const QByteArray part = readAll(partPath(dest));
    QCOMPARE(part.size(), Size); // preallocated
    QVERIFY(part.left(qsizetype(ctrl->cursor)) == m_body.left(qsizetype(ctrl->cursor)));
    QVERIFY(!ctrl->completed.isEmpty());
    for (const ByteSpan &s : ctrl->completed.spans())
        QVERIFY2(part.mid(qsizetype(s.begin), qsizetype(s.size())) == m_body.mid(qsizetype(s.begin), qsizetype(s.size())),
                 qPrintable(QStringLiteral("span %1-%2 is not on disk").arg(s.begin).arg(s.end)));
    QCOMPARE(quint64(ctrl->digests.size()), ctrl->cursor / ctrl->blockSize);
    QFile ctrlFile(controlPath(dest));
    QVERIFY(ctrlFile.open(QIODevice::ReadOnly));
    const auto asPyhaul = ControlFile::decode(ctrlFile.readAll(), &error, ControlFile::ReadMode::StrictPyhaul);
    QVERIFY2(asPyhaul, qPrintable(error));
    QCOMPARE(asPyhaul->cursor, ctrl->cursor);

    server.clearFaults();
    const int before = server.requestCount();
    const CliResult rerun = runCli(command, dir.path(), 60000);
    QVERIFY2(rerun.finished && rerun.exitStatus == QProcess::NormalExit && rerun.exitCode == 0, qPrintable(rerun.describe()));
    QVERIFY(readAll(dest) == m_body);
    QCOMPARE(entriesOf(dir.path()), QStringList{QStringLiteral("large.bin")});
    const auto requests = server.requests();
    QCOMPARE(requests.at(before).header("range"), QStringLiteral("bytes=%1-").arg(ctrl->cursor).toLatin1());
    for (qsizetype i = before + 1; i < requests.size(); ++i) {
        const QList<QByteArray> bounds = requests.at(i).header("range").mid(6).split('-');
        QCOMPARE(bounds.size(), 2);
        const quint64 first = bounds.at(0).toULongLong();
        const quint64 last = bounds.at(1).toULongLong();
        for (const ByteSpan &s : ctrl->completed.spans())
            QVERIFY2(last < s.begin || first >= s.end, requests.at(i).header("range").constData());
    }
    const QJsonObject line = rerun.json().value(0);
    QCOMPARE(line.value(QStringLiteral("sha256")).toString(), sha256Hex(m_body));
    QCOMPARE(line.value(QStringLiteral("tree_hash")).toString(), treeHashOf(m_body));
}

QTEST_GUILESS_MAIN(CliCrashTest)
#include "tst_clicrash.moc"
