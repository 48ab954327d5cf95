// SPDX-License-Identifier: MIT
// A download that pyhaul started, finished by haul-cli: the control file of the
// spec's worked example B (§2.10, written by pyhaul's codec) beside a part file
// holding its first 15 bytes.
#include "clitesthelpers.h"
#include "pyhaulgolden.h"
#include "testserver.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Haul;
using namespace Haul::Test;

class CliPyhaulTest : public QObject
{
    Q_OBJECT

private slots:
    void resumesPyhaulDownload()
    {
        // Example B: start 0, cursor 15, block 10, extent 20, ETag "v1", reported length 20,
        // digest of "0123456789", tail hash of "ABCDE".
        namespace B = PyhaulExampleB;
        const QByteArray golden = B::controlFile();
        const QByteArray content = B::content();
        TestServer server;
        QVERIFY2(server.listen(), qPrintable(server.errorString()));
        server.setResource(QStringLiteral("/f.bin"), content, "\"v1\"");
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString dest = dir.filePath(QStringLiteral("f.bin"));
        QFile ctrl(controlPath(dest));
        QVERIFY(ctrl.open(QIODevice::WriteOnly));
        QCOMPARE(ctrl.write(golden), golden.size());
        ctrl.close();
        QFile part(partPath(dest));
        QVERIFY(part.open(QIODevice::WriteOnly));
        part.write(content.left(B::Cursor));
        part.close();

        const CliResult r = runCli({QStringLiteral("-o"), QStringLiteral("f.bin"), QStringLiteral("--json"),
                                    server.url(QStringLiteral("/f.bin")).toString()},
                                   dir.path());
        QVERIFY2(r.finished && r.exitCode == 0, qPrintable(r.describe()));
        QCOMPARE(server.requestCount(), 1);
        QCOMPARE(server.request(0).header("range"), QByteArray("bytes=15-"));
        QCOMPARE(server.request(0).header("if-range"), QByteArray("\"v1\""));
        QCOMPARE(readAll(dest), content);
        QCOMPARE(entriesOf(dir.path()), QStringList{QStringLiteral("f.bin")});
        const QJsonObject line = r.json().value(0);
        // Block size 10 carried over from pyhaul's checkpoint (§6.7), and the plain SHA-256
        // although pyhaul kept no running state for it.
        QCOMPARE(line.value(QStringLiteral("tree_hash")).toString(), QLatin1String(B::TreeHash));
        QCOMPARE(line.value(QStringLiteral("sha256")).toString(), QLatin1String(B::Sha256));
    }
};

QTEST_GUILESS_MAIN(CliPyhaulTest)
#include "tst_clipyhaul.moc"
