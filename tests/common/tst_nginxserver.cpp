// SPDX-License-Identifier: MIT
// Self test of the NginxServer fixture: a real nginx over a generated file
// serves it whole, by range, with an ETag, and stops cleanly.
#include "nginxserver.h"
#include "testserver.h"

#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Haul::Test;

class NginxServerTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void servesFileWithRangesAndETag();
    void limitRateLocation();
    void missingBinaryIsAFailure();

private:
    std::unique_ptr<QNetworkReply> get(const QUrl &url, const QByteArray &range = {});

    QNetworkAccessManager m_nam;
    QTemporaryDir m_root;
    QByteArray m_body;
};

void NginxServerTest::initTestCase()
{
    QVERIFY(m_root.isValid());
    m_body = TestServer::patternBody(1 << 20, 3);
    QFile file(m_root.filePath("file.bin"));
    QVERIFY(file.open(QIODevice::WriteOnly));
    QCOMPARE(file.write(m_body), m_body.size());
    file.close();
    QVERIFY(QDir(m_root.path()).mkdir("slow"));
    QFile slow(m_root.filePath("slow/file.bin"));
    QVERIFY(slow.open(QIODevice::WriteOnly));
    QCOMPARE(slow.write(m_body.left(64 * 1024)), 64 * 1024);
}

std::unique_ptr<QNetworkReply> NginxServerTest::get(const QUrl &url, const QByteArray &range)
{
    QNetworkRequest request(url);
    request.setRawHeader("Accept-Encoding", "identity");
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    if (!range.isEmpty())
        request.setRawHeader("Range", range);
    std::unique_ptr<QNetworkReply> reply(m_nam.get(request));
    QSignalSpy finished(reply.get(), &QNetworkReply::finished);
    if (!finished.wait(20000))
        reply->abort();
    return reply;
}

void NginxServerTest::servesFileWithRangesAndETag()
{
    NginxServer nginx;
    QVERIFY2(nginx.start(m_root.path()), qPrintable(nginx.errorString()));
    QVERIFY(nginx.isRunning());
    QVERIFY(nginx.port() != 0);
    QCOMPARE(nginx.url("file.bin").toString(),
             QStringLiteral("http://127.0.0.1:%1/file.bin").arg(nginx.port()));

    const auto full = get(nginx.url("/file.bin"));
    QCOMPARE(full->error(), QNetworkReply::NoError);
    QCOMPARE(full->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
    const QByteArray etag = full->rawHeader("ETag");
    QVERIFY2(etag.startsWith('"') && etag.endsWith('"'), etag.constData()); // strong ETag
    QCOMPARE(full->rawHeader("Accept-Ranges"), "bytes");
    QVERIFY(full->readAll() == m_body);

    const auto ranged = get(nginx.url("/file.bin"), "bytes=1000-1999");
    QCOMPARE(ranged->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 206);
    QCOMPARE(ranged->rawHeader("Content-Range"), "bytes 1000-1999/1048576");
    QCOMPARE(ranged->rawHeader("ETag"), etag);
    QVERIFY(ranged->readAll() == m_body.mid(1000, 1000));

    const quint16 port = nginx.port();
    nginx.stop();
    QVERIFY(!nginx.isRunning());
    QTcpSocket probe;
    probe.connectToHost(QHostAddress::LocalHost, port);
    QVERIFY(!probe.waitForConnected(1000));
}

void NginxServerTest::limitRateLocation()
{
    // 64 KiB at 32 KiB/s: nginx's own limiter needs well over a second.
    NginxServer nginx;
    QVERIFY2(nginx.start(m_root.path(), "location /slow/ { limit_rate 32k; }"),
             qPrintable(nginx.errorString()));
    QElapsedTimer timer;
    timer.start();
    const auto reply = get(nginx.url("/slow/file.bin"));
    QCOMPARE(reply->error(), QNetworkReply::NoError);
    QCOMPARE(reply->readAll().size(), 64 * 1024);
    QVERIFY2(timer.elapsed() >= 900, qPrintable(QString::number(timer.elapsed())));
}

void NginxServerTest::missingBinaryIsAFailure()
{
    qputenv("HAUL_NGINX", "/nonexistent/nginx");
    NginxServer nginx;
    const bool started = nginx.start(m_root.path());
    qunsetenv("HAUL_NGINX");
    QVERIFY(!started);
    QVERIFY(nginx.errorString().contains("/nonexistent/nginx"));
    QVERIFY(!nginx.isRunning());
}

QTEST_GUILESS_MAIN(NginxServerTest)
#include "tst_nginxserver.moc"
