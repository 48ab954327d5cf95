// SPDX-License-Identifier: MIT
// A download that pyhaul started, finished by haul-cli: the control file of the
// spec's worked example B (§2.10, written by pyhaul's codec) beside a part file
// holding its first 15 bytes.
#include "clitesthelpers.h"
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
        const QByteArray golden = QByteArray::fromHex(
            "4841554c010093000f000000000000000a000000000000001400000000000000"
            "000000000000000001040022763122dda3f0e902080014000000000000000877"
            "cdd8032000f0393febe8baaa55e32f7be2a7cc180bf34e52137d99e056c817a9"
            "c07b8f239adcc6e47000000000000000032000f0393febe8baaa55e32f7be2a7"
            "cc180bf34e52137d99e056c817a9c07b8f239a84d89877f0d4041efb6bf91a16"
            "f0248f2fd573e6af05c19f96bedb9f882f7882");
        const QByteArray content = "0123456789ABCDEFGHIJ";
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
        part.write(content.left(15));
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
        QCOMPARE(line.value(QStringLiteral("tree_hash")).toString(),
                 QStringLiteral("ff82d253b067ef824b35075fcb2ee2dc18b7ef6abf4fb3f6f0bd690ad656e945-2"));
        QCOMPARE(line.value(QStringLiteral("sha256")).toString(),
                 QStringLiteral("aa394019212b6c234eda06399390d4b14a2645b476bdf5b83ca7ee3afae1e4fa"));
    }
};

QTEST_GUILESS_MAIN(CliPyhaulTest)
#include "tst_clipyhaul.moc"
