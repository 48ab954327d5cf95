// SPDX-License-Identifier: MIT
// haul-cli against a real nginx over HTTPS with a throwaway self-signed
// certificate: verification is on by default (a permanent failure, §8.3),
// -k/--insecure skips it, and a download interrupted over TLS resumes.
// A missing nginx or openssl fails the test (with the install hint), it never skips.
#include "clitesthelpers.h"
#include "nginxserver.h"
#include "testserver.h"

#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <memory>

#include <signal.h>
#include <sys/types.h>

using namespace Haul;
using namespace Haul::Test;

namespace {

constexpr qint64 FileSize = 1024 * 1024;

bool writeFile(const QString &path, const QByteArray &data)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(data) == data.size();
}

} // namespace

class CliTlsTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void verifiesByDefault();
    void insecureSkipsVerification();
    void insecureResume();

private:
    QString url(const QString &path) const { return m_nginx.url(path).toString(); }
    QString work(const QString &name) const { return m_work->filePath(name); }

    QTemporaryDir m_root;
    QTemporaryDir m_certs;
    QTemporaryDir m_logs;
    NginxServer m_nginx;
    QByteArray m_data;
    std::unique_ptr<QTemporaryDir> m_work;
};

void CliTlsTest::initTestCase()
{
    QVERIFY(m_root.isValid());
    QVERIFY(m_certs.isValid());
    QVERIFY(m_logs.isValid());

    const QString openssl = QStandardPaths::findExecutable(QStringLiteral("openssl"));
    if (openssl.isEmpty())
        QFAIL("openssl not found in PATH; install it: apt-get install -y openssl");
    QProcess req;
    req.setProcessChannelMode(QProcess::MergedChannels);
    req.setWorkingDirectory(m_certs.path());
    req.start(openssl, {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("rsa:2048"),
                        QStringLiteral("-nodes"), QStringLiteral("-keyout"), QStringLiteral("key.pem"), QStringLiteral("-out"),
                        QStringLiteral("cert.pem"), QStringLiteral("-days"), QStringLiteral("1"), QStringLiteral("-subj"),
                        QStringLiteral("/CN=127.0.0.1"), QStringLiteral("-addext"), QStringLiteral("subjectAltName=IP:127.0.0.1")});
    QVERIFY2(req.waitForFinished(30000), qPrintable(req.errorString()));
    QVERIFY2(req.exitStatus() == QProcess::NormalExit && req.exitCode() == 0, req.readAll().constData());
    const QString cert = m_certs.filePath(QStringLiteral("cert.pem"));
    const QString key = m_certs.filePath(QStringLiteral("key.pem"));
    QVERIFY(QFile::exists(cert) && QFile::exists(key));

    m_data = TestServer::patternBody(FileSize, 7);
    QVERIFY(writeFile(m_root.filePath(QStringLiteral("file.bin")), m_data));
    QVERIFY(QDir(m_root.path()).mkdir(QStringLiteral("slow")));
    QVERIFY(writeFile(m_root.filePath(QStringLiteral("slow/file.bin")), m_data));

    // /slow/ sends a fresh download ("Range: bytes=0-") at 256 KiB/s, so the
    // first checkpoint (after ~1 s) lands mid-file; a resumed one at full speed.
    const QString config = NginxServer::resumeTestLocation(QStringLiteral("/slow/"), QStringLiteral("256k"),
                                                           m_logs.filePath(QStringLiteral("slow.log")));
    if (!m_nginx.startTls(m_root.path(), cert, key, config))
        QFAIL(qPrintable(m_nginx.errorString()));
    QVERIFY(m_nginx.isTls());
    QCOMPARE(m_nginx.url(QStringLiteral("/x")).scheme(), QStringLiteral("https"));
}

void CliTlsTest::init()
{
    m_work = std::make_unique<QTemporaryDir>();
    QVERIFY(m_work->isValid());
    QVERIFY2(m_nginx.isRunning(), qPrintable(m_nginx.errorLog()));
}

void CliTlsTest::cleanup()
{
    m_work.reset();
}

void CliTlsTest::verifiesByDefault()
{
    // A retried TLS failure would run into the timeout with attempts > 1.
    const CliResult r = runCli({QStringLiteral("-o"), QStringLiteral("file.bin"), QStringLiteral("--json"), url(QStringLiteral("/file.bin"))},
                               m_work->path(), 20000);
    QVERIFY2(r.finished && r.exitStatus == QProcess::NormalExit && r.exitCode == 1, qPrintable(r.describe()));

    static const QRegularExpression tlsWords(QStringLiteral("ssl|tls|certificate|handshake"),
                                             QRegularExpression::CaseInsensitiveOption);
    const QStringList errLines = r.errLines();
    QVERIFY2(!errLines.isEmpty(), qPrintable(r.describe()));
    const bool namesTls = std::any_of(errLines.cbegin(), errLines.cend(),
                                      [](const QString &line) { return tlsWords.match(line).hasMatch(); });
    QVERIFY2(namesTls, qPrintable(QStringLiteral("stderr names no TLS/certificate problem:\n") + errLines.join(u'\n')));

    // Nothing was written: no destination, no .part, no control file.
    QCOMPARE(entriesOf(m_work->path()), QStringList());

    const QList<QJsonObject> lines = r.json();
    QVERIFY2(lines.size() == 1, qPrintable(r.describe()));
    QCOMPARE(lines.first().value(QStringLiteral("status")).toString(), QStringLiteral("failed"));
    QCOMPARE(lines.first().value(QStringLiteral("attempts")).toInt(), 1); // permanent, not retried
}

void CliTlsTest::insecureSkipsVerification()
{
    const CliResult r = runCli({QStringLiteral("-k"), QStringLiteral("-o"), QStringLiteral("file.bin"), QStringLiteral("--json"),
                                url(QStringLiteral("/file.bin"))},
                               m_work->path());
    QVERIFY2(r.finished && r.exitStatus == QProcess::NormalExit && r.exitCode == 0, qPrintable(r.describe()));
    QVERIFY(readAll(work(QStringLiteral("file.bin"))) == m_data); // QCOMPARE would print a megabyte
    QCOMPARE(entriesOf(m_work->path()), QStringList{QStringLiteral("file.bin")});

    const QList<QJsonObject> lines = r.json();
    QVERIFY2(lines.size() == 1, qPrintable(r.describe()));
    QCOMPARE(lines.first().value(QStringLiteral("status")).toString(), QStringLiteral("complete"));
    QCOMPARE(lines.first().value(QStringLiteral("bytes")).toInteger(), FileSize);
    QCOMPARE(lines.first().value(QStringLiteral("sha256")).toString(), sha256Hex(m_data));
    QCOMPARE(lines.first().value(QStringLiteral("attempts")).toInt(), 1);

    // The long spelling works the same.
    const CliResult longForm = runCli({QStringLiteral("--insecure"), QStringLiteral("-o"), QStringLiteral("again.bin"),
                                       url(QStringLiteral("/file.bin"))},
                                      m_work->path());
    QVERIFY2(longForm.finished && longForm.exitStatus == QProcess::NormalExit && longForm.exitCode == 0,
             qPrintable(longForm.describe()));
    QVERIFY(readAll(work(QStringLiteral("again.bin"))) == m_data);
}

void CliTlsTest::insecureResume()
{
    const QStringList command{QStringLiteral("-k"), QStringLiteral("-o"), QStringLiteral("file.bin"), QStringLiteral("--json"),
                              url(QStringLiteral("/slow/file.bin"))};
    const QString dest = work(QStringLiteral("file.bin"));

    const auto process = startCli(command, m_work->path());
    QVERIFY(process->state() == QProcess::Running);
    QTRY_VERIFY_WITH_TIMEOUT(checkpointCursor(dest) > 0, 15000);
    QCOMPARE(::kill(pid_t(process->processId()), SIGINT), 0);
    const CliResult interrupted = collect(*process, waitForCli(*process, 20000));
    QVERIFY2(interrupted.finished && interrupted.exitStatus == QProcess::NormalExit && interrupted.exitCode == 130,
             qPrintable(interrupted.describe()));

    const quint64 cursor = checkpointCursor(dest);
    QVERIFY2(cursor > 0 && cursor < quint64(FileSize), qPrintable(QString::number(cursor)));
    QVERIFY(QFile::exists(partPath(dest)));
    QVERIFY(!QFile::exists(dest));

    const CliResult rerun = runCli(command, m_work->path());
    QVERIFY2(rerun.finished && rerun.exitStatus == QProcess::NormalExit && rerun.exitCode == 0, qPrintable(rerun.describe()));
    QVERIFY(readAll(dest) == m_data);
    QCOMPARE(entriesOf(m_work->path()), QStringList{QStringLiteral("file.bin")});
    const QJsonObject line = rerun.json().value(0);
    QCOMPARE(line.value(QStringLiteral("status")).toString(), QStringLiteral("complete"));
    QCOMPARE(line.value(QStringLiteral("sha256")).toString(), sha256Hex(m_data));

    // Only the rest was sent again: nginx logs a 206 of exactly that size
    // (possibly after haul-cli has exited).
    const QString partial = QStringLiteral("\"GET /slow/file.bin HTTP/1.1\" 206 %1 ").arg(FileSize - qint64(cursor));
    QTRY_VERIFY2_WITH_TIMEOUT(readAll(m_logs.filePath(QStringLiteral("slow.log"))).contains(partial.toUtf8()),
                              readAll(m_logs.filePath(QStringLiteral("slow.log"))).constData(), 10000);
    qInfo("interrupted at %llu of %lld bytes, resumed over TLS", cursor, FileSize);
}

QTEST_GUILESS_MAIN(CliTlsTest)
#include "tst_clitls.moc"
