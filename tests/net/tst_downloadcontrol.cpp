// SPDX-License-Identifier: MIT
// Integration tests of Haul::Download against the in-process fault-injecting
// TestServer: what the caller controls. cancel() mid-body, from a failed
// attempt and while waiting to retry, and a destination folder whose file
// name comes from the response, resumed by the same or a fresh object.
// Fixtures and macros: downloadtestsupport.h.
#include "downloadtestsupport.h"

#include <QMetaEnum>

using Haul::ControlFile;
using Haul::Download;
using Haul::DownloadOptions;
using Haul::ErrorKind;
using namespace Haul::Test;

class TestDownloadControl : public QObject
{
    Q_OBJECT

private slots:
    void cancelSavesAndResumes();
    void cancelFromAttemptFailed();
    void cancelWhileWaitingToRetry();
    void nameFromResponse_data();
    void nameFromResponse();
    void nameFromResponseResumesSameObject();
    void nameFromResponseResumesFreshObject();
};

// 13. cancel() mid-body saves a checkpoint of every written byte; a new Download
// of the same destination resumes right there.
void TestDownloadControl::cancelSavesAndResumes()
{
    Env env;
    QVERIFY(env.init());
    const QByteArray body = TestServer::patternBody(2 * MiB);
    env.server.setResource("/slow", body, "\"v1\"");
    env.server.addFault("/slow", Fault::throttle(1 * MiB));
    const QString dest = env.path("slow.bin");
    quint64 cursor = 0;
    {
        Download d(&env.manager, env.server.url("/slow"), dest, fastOptions());
        Recorder rec(&d);
        d.start();
        QTRY_VERIFY_WITH_TIMEOUT(d.progress().validLength >= quint64(128 * KiB), Bound);
        QCOMPARE(d.state(), Download::State::Downloading);
        d.cancel();
        WAIT_FAILURE(rec, ErrorKind::Cancelled);
        QCOMPARE(d.state(), Download::State::Failed);
        QVERIFY(rec.attemptFailed.isEmpty()); // a cancel is not a failed attempt to retry
        QCOMPARE(d.attempts(), 1);

        const auto ctrl = ControlFile::decode(readFile(Haul::controlPath(dest)));
        QVERIFY(ctrl);
        cursor = ctrl->cursor;
        QVERIFY(cursor > 0);
        QVERIFY(cursor < quint64(body.size()));
        QCOMPARE(cursor, d.progress().validLength);
        QCOMPARE(ctrl->etag.canonical(), QStringLiteral("\"v1\""));
        COMPARE_BYTES(readFile(Haul::partPath(dest)).left(qsizetype(cursor)), body.left(qsizetype(cursor)));
        QVERIFY(!QFile::exists(dest));
    }
    QCOMPARE(env.server.requestCount(), 1);

    Download again(&env.manager, env.server.url("/slow"), dest, fastOptions());
    Recorder rec(&again);
    again.start();
    WAIT_SUCCESS(rec);
    QCOMPARE(env.server.requestCount(), 2);
    QCOMPARE(env.req(1).header("Range"), "bytes=" + QByteArray::number(cursor) + '-');
    QCOMPARE(env.req(1).header("If-Range"), QByteArray("\"v1\""));
    COMPARE_BYTES(readFile(dest), body);
    QCOMPARE(rec.result().sha256, sha256Hex(body));
    QCOMPARE(again.attempts(), 1);
    QCOMPARE(listing(env.dir.path()), QStringList{QStringLiteral("slow.bin")});
}

// 13b. cancel() called from an attemptFailed handler (e.g. "stop on first
// error") must stop the download: no retry may follow.
void TestDownloadControl::cancelFromAttemptFailed()
{
    Env env;
    QVERIFY(env.init());
    const QByteArray body = TestServer::patternBody(1 * MiB);
    env.server.setResource("/x", body, "\"v1\"");
    env.server.addFault("/x", Fault::truncate(100 * KiB));
    const QString dest = env.path("x.bin");

    Download d(&env.manager, env.server.url("/x"), dest, fastOptions());
    Recorder rec(&d);
    connect(&d, &Download::attemptFailed, &d, [&d] { d.cancel(); });
    QSignalSpy requests(&env.server, &TestServer::requestReceived);
    d.start();
    WAIT_FAILURE(rec, ErrorKind::Cancelled);
    // The retry would be due at once (the attempt made progress): give it time to show.
    const bool retried = requests.size() > 1 || requests.wait(500);
    QVERIFY2(!retried, qPrintable(QStringLiteral("%1 requests after cancel(); state %2; %3")
                                      .arg(requests.size())
                                      .arg(QLatin1String(QMetaEnum::fromType<Download::State>().valueToKey(int(d.state()))))
                                      .arg(rec.describe())));
    QCOMPARE(env.server.requestCount(), 1);
    QCOMPARE(d.attempts(), 1);
    QCOMPARE(d.state(), Download::State::Failed);
    QVERIFY(rec.finished.isEmpty());
    QCOMPARE(rec.failed.size(), 1);
    QVERIFY(!QFile::exists(dest));
    QVERIFY(QFile::exists(Haul::controlPath(dest)));
}

// 13c. cancel() during the wait before a retry: failed(Cancelled), no new request.
void TestDownloadControl::cancelWhileWaitingToRetry()
{
    Env env;
    QVERIFY(env.init());
    env.server.setResource("/y", TestServer::patternBody(1000), "\"v1\"");
    env.server.addFault("/y", Fault::forcedStatus(503, {{"Retry-After", "1"}}));
    const QString dest = env.path("y.bin");

    DownloadOptions options = fastOptions();
    options.retry.maxWait = 0.3;
    Download d(&env.manager, env.server.url("/y"), dest, options);
    Recorder rec(&d);
    QSignalSpy requests(&env.server, &TestServer::requestReceived);
    d.start();
    QTRY_COMPARE_WITH_TIMEOUT(rec.attemptFailed.size(), 1, Bound);
    QCOMPARE(d.state(), Download::State::WaitingToRetry);
    d.cancel();
    QCOMPARE(rec.failed.size(), 1);
    QCOMPARE(rec.failure().kind, ErrorKind::Cancelled);
    QCOMPARE(d.state(), Download::State::Failed);
    QCOMPARE(requests.size(), 1);
    QVERIFY(!requests.wait(600)); // well past the 0.3 s retry delay
    QCOMPARE(env.server.requestCount(), 1);
    QCOMPARE(rec.failed.size(), 1);
    QVERIFY(rec.finished.isEmpty());
}

// 16. dest is a folder and the response names the file.
void TestDownloadControl::nameFromResponse_data()
{
    QTest::addColumn<QString>("urlPath");
    QTest::addColumn<QByteArray>("disposition");
    QTest::addColumn<QString>("expectedName");
    QTest::newRow("Content-Disposition") << "/dl/get" << QByteArray("attachment; filename=\"report.pdf\"")
                                         << "report.pdf";
    QTest::newRow("hostile Content-Disposition") << "/dl/get" << QByteArray("attachment; filename=\"../../evil\"")
                                                 << "evil";
    QTest::newRow("no header: URL segment") << "/files/data.bin" << QByteArray() << "data.bin";
}

void TestDownloadControl::nameFromResponse()
{
    QFETCH(QString, urlPath);
    QFETCH(QByteArray, disposition);
    QFETCH(QString, expectedName);
    Env env;
    QVERIFY(env.init());
    // Two levels deep, so "../../evil" escaping would land in the scratch root.
    QVERIFY(QDir(env.dir.path()).mkpath(QStringLiteral("a/b")));
    const QString folder = env.path(QStringLiteral("a/b"));
    const QByteArray body = TestServer::patternBody(300 * KiB);
    Resource resource;
    resource.body = body;
    resource.etag = "\"v1\"";
    resource.contentDisposition = disposition;
    env.server.setResource(urlPath, resource);

    DownloadOptions options = fastOptions();
    options.nameFromResponse = true;
    Download d(&env.manager, env.server.url(urlPath), folder, options);
    Recorder rec(&d);
    QVERIFY(d.dest().isEmpty());
    d.start();
    WAIT_SUCCESS(rec);

    const QString expected = QDir(folder).filePath(expectedName);
    QCOMPARE(rec.resolved.size(), 1);
    QCOMPARE(rec.resolved.at(0).at(0).toString(), expected);
    QCOMPARE(d.dest(), expected);
    QCOMPARE(rec.result().dest, expected);
    COMPARE_BYTES(readFile(expected), body);
    QCOMPARE(listing(folder), QStringList{expectedName});
    QCOMPARE(listing(env.dir.path()), QStringList{QStringLiteral("a")});
    QCOMPARE(listing(env.path(QStringLiteral("a"))), QStringList{QStringLiteral("b")});
    QCOMPARE(env.server.requestCount(), 1);
    QCOMPARE(env.req(0).header("Range"), QByteArray("bytes=0-"));
}

// 16b. The same object resumes under the name it resolved.
void TestDownloadControl::nameFromResponseResumesSameObject()
{
    Env env;
    QVERIFY(env.init());
    const QByteArray body = TestServer::patternBody(2 * MiB);
    const qint64 cut = 800 * KiB + 3;
    Resource resource;
    resource.body = body;
    resource.etag = "\"v1\"";
    resource.contentDisposition = "attachment; filename=\"report.pdf\"";
    env.server.setResource("/get", resource);
    env.server.addFault("/get", Fault::truncate(cut));

    DownloadOptions options = fastOptions();
    options.nameFromResponse = true;
    Download d(&env.manager, env.server.url("/get"), env.dir.path(), options);
    Recorder rec(&d);
    d.start();
    WAIT_SUCCESS(rec);

    const QString dest = env.path(QStringLiteral("report.pdf"));
    QCOMPARE(rec.resolved.size(), 1);
    QCOMPARE(d.dest(), dest);
    QCOMPARE(d.attempts(), 2);
    QCOMPARE(env.server.requestCount(), 2);
    VERIFY_RESUME(rec, 0, env.req(1), cut);
    QCOMPARE(env.req(1).header("If-Range"), QByteArray("\"v1\""));
    COMPARE_BYTES(readFile(dest), body);
    QCOMPARE(listing(env.dir.path()), QStringList{QStringLiteral("report.pdf")});
}

// 16c. A fresh object finds report.pdf.part/.ctrl once the response names the
// file, drops the full response and asks for the rest.
void TestDownloadControl::nameFromResponseResumesFreshObject()
{
    Env env;
    QVERIFY(env.init());
    const QByteArray body = TestServer::patternBody(2 * MiB);
    const qint64 cut = 900 * KiB + 1;
    Resource resource;
    resource.body = body;
    resource.etag = "\"v1\"";
    resource.contentDisposition = "attachment; filename=\"report.pdf\"";
    env.server.setResource("/get", resource);
    env.server.addFault("/get", Fault::truncate(cut));
    env.server.addFault("/get", Fault::forcedStatus(404)); // ends the first object, progress kept

    DownloadOptions options = fastOptions();
    options.nameFromResponse = true;
    quint64 cursor = 0;
    {
        Download first(&env.manager, env.server.url("/get"), env.dir.path(), options);
        Recorder rec(&first);
        first.start();
        WAIT_FAILURE(rec, ErrorKind::UnexpectedStatus);
        QCOMPARE(rec.failure().httpStatus, 404);
        VERIFY_RESUME(rec, 0, env.req(1), cut);
        cursor = rec.held.at(0);
    }
    QCOMPARE(listing(env.dir.path()),
             (QStringList{QStringLiteral("report.pdf.part"), QStringLiteral("report.pdf.part.ctrl")}));
    QCOMPARE(env.server.requestCount(), 2);

    Download d(&env.manager, env.server.url("/get"), env.dir.path(), options);
    Recorder rec(&d);
    d.start();
    WAIT_SUCCESS(rec);

    const QString dest = env.path(QStringLiteral("report.pdf"));
    QCOMPARE(rec.resolved.size(), 1);
    QCOMPARE(d.dest(), dest);
    QCOMPARE(env.server.requestCount(), 4);
    QCOMPARE(env.req(2).header("Range"), QByteArray("bytes=0-")); // the name is not known yet
    QCOMPARE(env.req(3).header("Range"), "bytes=" + QByteArray::number(cursor) + '-');
    QVERIFY(cursor > 0);
    QCOMPARE(env.req(3).header("If-Range"), QByteArray("\"v1\""));
    QCOMPARE(env.req(3).responseStatus, 206);
    COMPARE_BYTES(readFile(dest), body);
    QCOMPARE(rec.result().sha256, sha256Hex(body));
    QCOMPARE(listing(env.dir.path()), QStringList{QStringLiteral("report.pdf")});
}

QTEST_GUILESS_MAIN(TestDownloadControl)
#include "tst_downloadcontrol.moc"
