// SPDX-License-Identifier: MIT
// Segmented downloads (issue 4) against TestServer: one file over several
// connections, each with a manager of its own, every 206 checked before a byte
// of it is written — and the same hostile servers the single-connection tests
// face: a cut segment, a stall, a changed file, a server that stops honouring
// ranges or labels them wrongly. A cancelled segmented download resumes every
// segment, and pyhaul's view of its checkpoint (the prefix) resumes correctly.
#include "downloadtestsupport.h"
#include "segmentedtransfer.h"
#include "segmentplan.h"

#include <QAuthenticator>
#include <QRegularExpression>

using namespace Haul;
using namespace Haul::Test;

namespace {

// §6.3 with 8 MiB blocks, computed independently of the code under test.
QString treeHashOf(const QByteArray &body, qsizetype blockSize = 8 * MiB)
{
    QByteArray digests;
    int blocks = 0;
    for (qsizetype at = 0; at < body.size(); at += blockSize, ++blocks)
        digests += QCryptographicHash::hash(body.mid(at, blockSize), QCryptographicHash::Sha256);
    return QString::fromLatin1(QCryptographicHash::hash(digests, QCryptographicHash::Sha256).toHex()) + u'-'
        + QString::number(blocks);
}

struct RequestedRange
{
    quint64 first = 0;
    std::optional<quint64> last; // nullopt: "bytes=N-"
};

std::optional<RequestedRange> rangeOf(const RecordedRequest &r)
{
    static const QRegularExpression re(QStringLiteral("^bytes=(\\d+)-(\\d*)$"));
    const auto m = re.match(QString::fromLatin1(r.header("Range")));
    if (!m.hasMatch())
        return std::nullopt;
    RequestedRange out{m.captured(1).toULongLong(), std::nullopt};
    if (!m.captured(2).isEmpty())
        out.last = m.captured(2).toULongLong();
    return out;
}

DownloadOptions segmentedOptions(int connections)
{
    DownloadOptions o = fastOptions();
    o.connections = connections;
    o.retry.maxRetries = 5;
    return o;
}

// The most connections the server had open at once, sampled at each request.
struct ConnectionPeak
{
    explicit ConnectionPeak(TestServer *server)
    {
        QObject::connect(server, &TestServer::requestReceived, server,
                         [this, server] { peak = qMax(peak, server->openConnectionCount()); });
    }
    int peak = 0;
};

struct ConnectionsSeen
{
    explicit ConnectionsSeen(Download *d)
    {
        QObject::connect(d, &Download::connectionsChanged, d, [this](int n, SplitRefusal why) {
            counts.append(n);
            reasons.append(why);
        });
    }
    QList<int> counts;
    QList<SplitRefusal> reasons;
};

} // namespace

class TestDownloadSegments : public QObject
{
    Q_OBJECT

private slots:
    void splitsAcrossConnections();
    void sixteenConnectionsOnOneHost();
    void longRoundTripsGetLargerPieces();
    void extraConnectionsAskTheCallerForCredentials();
    void fallsBackToOneConnection_data();
    void fallsBackToOneConnection();
    void lastModifiedGuardsSegments();
    void cutSegmentIsRefetched();
    void stalledSegmentIsRefetched();
    void fileChangesMidway();
    void serverStopsHonouringRanges();
    void mislabelledSegmentIsNotWritten();
    void cancelledDownloadResumesEverySegment();
    void pyhaulResumesSegmentedCheckpoint();

private:
    // Cancels a throttled 8-connection download once about half of it is on disk.
    bool cancelHalfway(Env &env, const QString &dest, const QByteArray &body);
};

void TestDownloadSegments::splitsAcrossConnections()
{
    Env env;
    QVERIFY(env.init());
    const QByteArray body = TestServer::patternBody(24 * MiB + 12345, 7);
    env.server.setResource("/s", body, "\"v1\"");
    env.server.addFault("/s", Fault::throttle(8 * MiB), Fault::Forever); // long enough to overlap
    ConnectionPeak peak(&env.server);
    const QString dest = env.path("s.bin");

    Download d(&env.manager, env.server.url("/s"), dest, segmentedOptions(8));
    Recorder rec(&d);
    ConnectionsSeen seen(&d);
    d.start();
    WAIT_SUCCESS(rec);

    COMPARE_BYTES(readFile(dest), body);
    QCOMPARE(rec.result().sha256, sha256Hex(body));
    QCOMPARE(rec.result().treeHash, treeHashOf(body));
    QCOMPARE(listing(env.dir.path()), QStringList{QStringLiteral("s.bin")});
    QCOMPARE(seen.counts.value(0), 8);
    QCOMPARE(seen.reasons.value(0), SplitRefusal::None);
    QVERIFY2(peak.peak >= 8, qPrintable(QString::number(peak.peak)));

    const auto requests = env.server.requestsFor("/s");
    QCOMPARE(requests.at(0).header("Range"), QByteArray("bytes=0-"));
    QVERIFY(!requests.at(0).hasHeader("If-Range"));
    QVERIFY(requests.size() >= 8);
    for (qsizetype i = 1; i < requests.size(); ++i) {
        const auto range = rangeOf(requests.at(i));
        QVERIFY2(range && range->last && *range->last >= range->first && *range->last < quint64(body.size()),
                 requests.at(i).header("Range").constData());
        QCOMPARE(requests.at(i).header("If-Range"), QByteArray("\"v1\""));
        QCOMPARE(requests.at(i).header("Accept-Encoding"), QByteArray("identity"));
        QCOMPARE(requests.at(i).responseStatus, 206);
    }
}

// Qt 6.4 opens at most six connections per host and manager; 16 need 16 managers.
void TestDownloadSegments::sixteenConnectionsOnOneHost()
{
    Env env;
    QVERIFY(env.init());
    const QByteArray body = TestServer::patternBody(40 * MiB, 3);
    env.server.setResource("/x", body, "\"v1\"");
    env.server.addFault("/x", Fault::throttle(4 * MiB), Fault::Forever);
    ConnectionPeak peak(&env.server);
    const QString dest = env.path("x.bin");

    Download d(&env.manager, env.server.url("/x"), dest, segmentedOptions(16));
    Recorder rec(&d);
    d.start();
    WAIT_SUCCESS(rec);
    COMPARE_BYTES(readFile(dest), body);
    QVERIFY2(peak.peak >= 16, qPrintable(QString::number(peak.peak)));
}

// Every request waits 60 ms for its answer. With the usual 1 MiB pieces for this
// size that is an idle third of each connection's time; measured, the
// connections ask for pieces about 32 round trips long instead.
void TestDownloadSegments::longRoundTripsGetLargerPieces()
{
    Env env;
    QVERIFY(env.init());
    const QByteArray body = TestServer::patternBody(48 * MiB, 5);
    env.server.setResource("/r", body, "\"v1\"");
    env.server.addFault("/r", {.delayMs = 60, .throttleBytesPerSecond = 8 * MiB}, Fault::Forever);
    const QString dest = env.path("r.bin");
    QCOMPARE(SegmentPlan::pieceSizeFor(quint64(body.size()), 4, SegmentedTransfer::DefaultMinPiece), MiB);

    Download d(&env.manager, env.server.url("/r"), dest, segmentedOptions(4));
    Recorder rec(&d);
    d.start();
    WAIT_SUCCESS(rec);
    COMPARE_BYTES(readFile(dest), body);
    QCOMPARE(rec.result().sha256, sha256Hex(body));

    const auto requests = env.server.requestsFor("/r");
    quint64 largest = 0;
    for (qsizetype i = 1; i < requests.size(); ++i) {
        const auto range = rangeOf(requests.at(i));
        QVERIFY(range && range->last);
        largest = qMax(largest, *range->last + 1 - range->first);
    }
    // 48 one-MiB pieces without it; 4 first pieces, then about 16 MiB each (less
    // when a busy machine reads slower than the server's 8 MiB/s).
    QVERIFY2(requests.size() <= 24, qPrintable(QString::number(requests.size())));
    QVERIFY2(largest >= 4 * MiB, qPrintable(QString::number(largest)));
}

// Once the first response is under way, the server asks every request without
// credentials for a password; the handler connected to the caller's manager is
// the one that gives it, also for the managers of the extra connections.
void TestDownloadSegments::extraConnectionsAskTheCallerForCredentials()
{
    Env env;
    QVERIFY(env.init());
    const QByteArray body = TestServer::patternBody(12 * MiB, 9);
    env.server.setResource("/p", body, "\"v1\"");
    env.server.addFault("/p", Fault::throttle(8 * MiB), 1);
    const Fault challenge{.unlessHeader = "Authorization", .status = 401,
                          .extraHeaders = {{"WWW-Authenticate", "Basic realm=\"haul\""}}};
    connect(&env.server, &TestServer::requestReceived, &env.server, [&](int index) {
        if (index == 0)
            env.server.addFault("/p", challenge, Fault::Forever);
    });
    int asked = 0;
    QSet<QNetworkAccessManager *> managers;
    connect(&env.manager, &QNetworkAccessManager::authenticationRequired, &env.manager,
            [&](QNetworkReply *reply, QAuthenticator *auth) {
                ++asked;
                managers.insert(reply->manager());
                auth->setUser(QStringLiteral("user"));
                auth->setPassword(QStringLiteral("secret"));
            });
    const QString dest = env.path("p.bin");

    Download d(&env.manager, env.server.url("/p"), dest, segmentedOptions(4));
    Recorder rec(&d);
    ConnectionsSeen seen(&d);
    d.start();
    WAIT_SUCCESS(rec);
    COMPARE_BYTES(readFile(dest), body);
    // Each extra connection's manager (and the caller's, if it asked again) once: the answer is kept.
    QVERIFY2(managers.size() >= 3, qPrintable(QString::number(managers.size())));
    QCOMPARE(asked, int(managers.size()));
    QVERIFY(!seen.reasons.contains(SplitRefusal::RangesStopped)); // no connection was retired
    const auto requests = env.server.requestsFor("/p");
    const auto withPassword = std::count_if(requests.cbegin(), requests.cend(), [](const RecordedRequest &r) {
        return r.header("Authorization") == QByteArray("Basic ") + QByteArray("user:secret").toBase64();
    });
    QVERIFY2(withPassword >= 3, qPrintable(QString::number(withPassword)));
}

void TestDownloadSegments::fallsBackToOneConnection_data()
{
    QTest::addColumn<Resource>("resource");
    QTest::addColumn<SplitRefusal>("why");
    const QByteArray big = TestServer::patternBody(6 * MiB, 5);
    QTest::newRow("no ranges") << Resource{.body = big, .etag = "\"v1\"", .rangeSupported = false} << SplitRefusal::NoRanges;
    QTest::newRow("no validator") << Resource{.body = big} << SplitRefusal::NoValidator;
    QTest::newRow("weak etag only") << Resource{.body = big, .etag = "W/\"v1\""} << SplitRefusal::NoValidator;
    QTest::newRow("too small") << Resource{.body = TestServer::patternBody(MiB + 1, 5), .etag = "\"v1\""}
                               << SplitRefusal::TooSmall;
}

void TestDownloadSegments::fallsBackToOneConnection()
{
    QFETCH(Resource, resource);
    QFETCH(SplitRefusal, why);
    Env env;
    QVERIFY(env.init());
    env.server.setResource("/f", resource);
    const QString dest = env.path("f.bin");

    Download d(&env.manager, env.server.url("/f"), dest, segmentedOptions(8));
    Recorder rec(&d);
    ConnectionsSeen seen(&d);
    d.start();
    WAIT_SUCCESS(rec);
    COMPARE_BYTES(readFile(dest), resource.body);
    QCOMPARE(env.server.requestCount(), 1);
    QCOMPARE(seen.counts, QList<int>{1});
    QCOMPARE(seen.reasons, QList<SplitRefusal>{why});
}

void TestDownloadSegments::lastModifiedGuardsSegments()
{
    Env env;
    QVERIFY(env.init());
    const QByteArray body = TestServer::patternBody(8 * MiB + 1, 9);
    const QByteArray date = "Tue, 15 Nov 1994 08:12:31 GMT";
    env.server.setResource("/m", Resource{.body = body, .lastModified = date});
    env.server.addFault("/m", Fault::throttle(8 * MiB), Fault::Forever);
    const QString dest = env.path("m.bin");

    Download d(&env.manager, env.server.url("/m"), dest, segmentedOptions(4));
    Recorder rec(&d);
    d.start();
    WAIT_SUCCESS(rec);
    COMPARE_BYTES(readFile(dest), body);
    const auto requests = env.server.requestsFor("/m");
    QVERIFY(requests.size() >= 4);
    for (qsizetype i = 1; i < requests.size(); ++i)
        QCOMPARE(requests.at(i).header("If-Range"), date);
}

void TestDownloadSegments::cutSegmentIsRefetched()
{
    Env env;
    QVERIFY(env.init());
    const QByteArray body = TestServer::patternBody(12 * MiB + 99, 11);
    env.server.setResource("/c", body, "\"v1\"");
    env.server.addFault("/c", Fault::throttle(8 * MiB), 2);
    env.server.addFault("/c", Fault{.truncateAfter = 100 * KiB + 3, .throttleBytesPerSecond = 8 * MiB}, 2);
    env.server.addFault("/c", Fault::throttle(8 * MiB), Fault::Forever);
    const QString dest = env.path("c.bin");

    Download d(&env.manager, env.server.url("/c"), dest, segmentedOptions(4));
    Recorder rec(&d);
    d.start();
    WAIT_SUCCESS(rec);
    COMPARE_BYTES(readFile(dest), body);
    QCOMPARE(rec.result().sha256, sha256Hex(body));
    QCOMPARE(rec.result().treeHash, treeHashOf(body));
    QCOMPARE(d.attempts(), 1); // the other connections carried on meanwhile
    // The cut pieces were asked for again from where their bytes stopped.
    const auto requests = env.server.requestsFor("/c");
    for (int cutIndex : {2, 3}) {
        const auto cut = rangeOf(requests.at(cutIndex));
        QVERIFY(cut);
        const quint64 resumeAt = cut->first + quint64(100 * KiB + 3);
        const bool asked = std::any_of(requests.cbegin() + 4, requests.cend(), [&](const RecordedRequest &r) {
            const auto range = rangeOf(r);
            return range && range->first == resumeAt;
        });
        QVERIFY2(asked, qPrintable(QStringLiteral("nobody asked for byte %1 again").arg(resumeAt)));
    }
}

void TestDownloadSegments::stalledSegmentIsRefetched()
{
    Env env;
    QVERIFY(env.init());
    const QByteArray body = TestServer::patternBody(6 * MiB, 13);
    env.server.setResource("/t", body, "\"v1\"");
    env.server.addFault("/t", Fault::throttle(4 * MiB), 1);
    env.server.addFault("/t", Fault::stall(64 * KiB), 1);
    env.server.addFault("/t", Fault::throttle(4 * MiB), Fault::Forever);
    const QString dest = env.path("t.bin");

    DownloadOptions o = segmentedOptions(3);
    o.stallTimeoutMs = 400;
    Download d(&env.manager, env.server.url("/t"), dest, o);
    Recorder rec(&d);
    d.start();
    WAIT_SUCCESS(rec);
    COMPARE_BYTES(readFile(dest), body);
    QCOMPARE(d.attempts(), 1);
}

// The file is replaced once the first response is under way: the other
// connections' If-Range no longer matches, the server sends 200 with the new
// ETag, and the download starts over with only the new version's bytes.
void TestDownloadSegments::fileChangesMidway()
{
    Env env;
    QVERIFY(env.init());
    const QByteArray oldBody = TestServer::patternBody(8 * MiB, 1);
    const QByteArray newBody = TestServer::patternBody(7 * MiB + 5, 2);
    env.server.setResource("/e", oldBody, "\"v1\"");
    env.server.addFault("/e", Fault::throttle(4 * MiB), Fault::Forever);
    const QString dest = env.path("e.bin");

    Download d(&env.manager, env.server.url("/e"), dest, segmentedOptions(4));
    Recorder rec(&d);
    bool replaced = false;
    connect(&d, &Download::responseReceived, &env.server, [&] {
        if (!std::exchange(replaced, true))
            env.server.setResource("/e", newBody, "\"v2\"");
    });
    d.start();
    WAIT_SUCCESS(rec);
    COMPARE_BYTES(readFile(dest), newBody);
    QCOMPARE(rec.result().sha256, sha256Hex(newBody));
    QCOMPARE(rec.result().etag.canonical(), QStringLiteral("\"v2\""));
    QCOMPARE(d.attempts(), 2);
    QVERIFY2(rec.attemptFailure(0).message.contains(QLatin1String("changed")), qPrintable(rec.describe()));
    QCOMPARE(listing(env.dir.path()), QStringList{QStringLiteral("e.bin")});
}

void TestDownloadSegments::serverStopsHonouringRanges()
{
    Env env;
    QVERIFY(env.init());
    const QByteArray body = TestServer::patternBody(10 * MiB + 7, 17);
    env.server.setResource("/i", body, "\"v1\"");
    env.server.addFault("/i", Fault::throttle(8 * MiB), 1);
    env.server.addFault("/i", Fault{.ignoreRange = true, .throttleBytesPerSecond = 8 * MiB}, Fault::Forever);
    const QString dest = env.path("i.bin");

    Download d(&env.manager, env.server.url("/i"), dest, segmentedOptions(4));
    Recorder rec(&d);
    ConnectionsSeen seen(&d);
    d.start();
    WAIT_SUCCESS(rec);
    COMPARE_BYTES(readFile(dest), body);
    QCOMPARE(rec.result().treeHash, treeHashOf(body));
    QCOMPARE(d.attempts(), 1);
    QVERIFY(seen.reasons.contains(SplitRefusal::RangesStopped));
    QCOMPARE(seen.counts.last(), 1);
}

// A 206 that answers another range than the one asked for is never written.
void TestDownloadSegments::mislabelledSegmentIsNotWritten()
{
    Env env;
    QVERIFY(env.init());
    const QByteArray body = TestServer::patternBody(6 * MiB + 1, 19);
    env.server.setResource("/w", body, "\"v1\"");
    env.server.addFault("/w", Fault::throttle(4 * MiB), 1);
    env.server.addFault("/w", Fault{.rangeStart = 0, .throttleBytesPerSecond = 4 * MiB}, 1);
    env.server.addFault("/w", Fault::throttle(4 * MiB), Fault::Forever);
    const QString dest = env.path("w.bin");

    Download d(&env.manager, env.server.url("/w"), dest, segmentedOptions(3));
    Recorder rec(&d);
    d.start();
    WAIT_SUCCESS(rec);
    COMPARE_BYTES(readFile(dest), body);
    QCOMPARE(env.server.request(1).responseStatus, 206);
}

bool TestDownloadSegments::cancelHalfway(Env &env, const QString &dest, const QByteArray &body)
{
    env.server.addFault("/r", Fault::throttle(4 * MiB), Fault::Forever);
    Download d(&env.manager, env.server.url("/r"), dest, segmentedOptions(8));
    Recorder rec(&d);
    QSignalSpy failed(&d, &Download::failed);
    d.start();
    if (!QTest::qWaitFor([&] { return d.progress().validLength >= quint64(body.size() / 2) || rec.done(); }, Bound))
        return false;
    d.cancel();
    return failed.wait(Bound) || failed.size() == 1;
}

void TestDownloadSegments::cancelledDownloadResumesEverySegment()
{
    Env env;
    QVERIFY(env.init());
    const QByteArray body = TestServer::patternBody(32 * MiB + 3, 23);
    env.server.setResource("/r", body, "\"v1\"");
    const QString dest = env.path("r.bin");
    QVERIFY(cancelHalfway(env, dest, body));

    const auto ctrl = ControlFile::decode(readFile(controlPath(dest)));
    QVERIFY(ctrl);
    QVERIFY2(!ctrl->completed.isEmpty(), "the other segments' spans were checkpointed");
    // Cancelling checkpoints everything written, whichever connection wrote it.
    QVERIFY(ctrl->cursor + ctrl->completed.total() >= quint64(body.size() / 2));
    const QByteArray part = readFile(partPath(dest));
    QVERIFY(part.left(qsizetype(ctrl->cursor)) == body.left(qsizetype(ctrl->cursor)));
    for (const ByteSpan &s : ctrl->completed.spans())
        QVERIFY(part.mid(qsizetype(s.begin), qsizetype(s.size())) == body.mid(qsizetype(s.begin), qsizetype(s.size())));

    // A new run asks only for what is missing.
    env.server.clearFaults();
    const int before = env.server.requestCount();
    Download again(&env.manager, env.server.url("/r"), dest, segmentedOptions(8));
    Recorder rec(&again);
    again.start();
    WAIT_SUCCESS(rec);
    COMPARE_BYTES(readFile(dest), body);
    QCOMPARE(rec.result().treeHash, treeHashOf(body));
    const auto requests = env.server.requests();
    QCOMPARE(requests.at(before).header("Range"), "bytes=" + QByteArray::number(ctrl->cursor) + '-');
    QCOMPARE(requests.at(before).header("If-Range"), QByteArray("\"v1\""));
    for (qsizetype i = before + 1; i < requests.size(); ++i) {
        const auto range = rangeOf(requests.at(i));
        QVERIFY(range && range->last);
        for (const ByteSpan &s : ctrl->completed.spans())
            QVERIFY2(*range->last < s.begin || range->first >= s.end,
                     qPrintable(QStringLiteral("%1 refetches a completed span").arg(QString::fromLatin1(requests.at(i).header("Range")))));
    }
}

// pyhaul reads only the prefix: its own reader accepts the file, and resuming
// from its cursor — the rest treated as junk — yields the exact bytes.
void TestDownloadSegments::pyhaulResumesSegmentedCheckpoint()
{
    Env env;
    QVERIFY(env.init());
    const QByteArray body = TestServer::patternBody(32 * MiB + 3, 29);
    env.server.setResource("/r", body, "\"v1\"");
    const QString dest = env.path("p.bin");
    QVERIFY(cancelHalfway(env, dest, body));

    auto strict = ControlFile::decode(readFile(controlPath(dest)), nullptr, ControlFile::ReadMode::StrictPyhaul);
    QVERIFY2(strict, "pyhaul's reader accepts a segmented checkpoint");
    QVERIFY(strict->cursor > 0);
    // Only what pyhaul understands survives.
    ControlFile pyhaul = *strict;
    pyhaul.sha256State.clear();
    pyhaul.source.clear();
    pyhaul.contentEncoding.clear();
    pyhaul.completed.clear();
    pyhaul.lastModified.clear();
    writeFile(controlPath(dest), pyhaul.encode());

    env.server.clearFaults();
    const int before = env.server.requestCount();
    Download single(&env.manager, env.server.url("/r"), dest, fastOptions());
    Recorder rec(&single);
    single.start();
    WAIT_SUCCESS(rec);
    COMPARE_BYTES(readFile(dest), body);
    QCOMPARE(rec.result().treeHash, treeHashOf(body));
    QCOMPARE(env.server.request(before).header("Range"), "bytes=" + QByteArray::number(strict->cursor) + '-');
}

QTEST_GUILESS_MAIN(TestDownloadSegments)
#include "tst_downloadsegments.moc"
