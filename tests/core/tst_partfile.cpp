// SPDX-License-Identifier: MIT
// The part file: pre-allocation (§12.15), full writes, syncs and atomic replacement (§5.4, CF-3),
// and a full disk reported as such (never as a short, silently counted write).
#include "controlfile.h"
#include "partfile.h"
#include "resumeengine.h"

#include <QDir>
#include <QFile>
#include <QStorageInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace Haul;

class TestPartFile : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString path(const QString &name) const { return m_dir.filePath(name); }
    static QByteArray read(const QString &p)
    {
        QFile f(p);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

private slots:
    // The cheap free-space query agrees with Qt's (the G29 check relies on it).
    void freeSpaceMatchesQt()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const qint64 ours = PartFile::freeSpace(dir.path());
        const qint64 qt = QStorageInfo(dir.path()).bytesAvailable();
        QVERIFY(ours > 0);
        QVERIFY2(qAbs(ours - qt) < 64 * 1024 * 1024, qPrintable(QStringLiteral("%1 vs %2").arg(ours).arg(qt)));
        QCOMPARE(PartFile::freeSpace(dir.filePath(QStringLiteral("missing/folder"))), qint64(-1));
    }

    void initTestCase() { QVERIFY(m_dir.isValid()); }

    // AL-1, AL-4
    void resizeGrowsAndShrinks()
    {
        PartFile f;
        QVERIFY(f.open(path(QStringLiteral("a/b/sized.part")))); // folders are created
        QVERIFY(f.resize(4096));
        QCOMPARE(PartFile::sizeOf(path(QStringLiteral("a/b/sized.part"))), 4096);
        QVERIFY(f.resize(4096)); // already sized: nothing to do
        QVERIFY(f.resize(100));
        QCOMPARE(PartFile::sizeOf(path(QStringLiteral("a/b/sized.part"))), 100);
        QVERIFY(f.resize(1 << 20));
        QCOMPARE(PartFile::sizeOf(path(QStringLiteral("a/b/sized.part"))), 1 << 20);
    }

    // §1.2: never truncated on open; writes land at the position.
    void openKeepsBytesAndWritesAtPosition()
    {
        const QString p = path(QStringLiteral("keep.part"));
        QFile raw(p);
        QVERIFY(raw.open(QIODevice::WriteOnly));
        raw.write("0123456789");
        raw.close();
        PartFile f;
        QVERIFY(f.open(p));
        QVERIFY(f.seek(4));
        QVERIFY(f.write("ab"));
        QCOMPARE(f.position(), 6u);
        QVERIFY(f.sync());
        f.close();
        QCOMPARE(read(p), QByteArray("0123ab6789"));
    }

    // AL-3 and §13 G17: ENOSPC is an error that says "disk full", not a short write.
    void fullDisk()
    {
        if (!QFile::exists(QStringLiteral("/dev/full")))
            QFAIL("/dev/full is needed to simulate a full disk");
        PartFile f;
        QVERIFY(f.open(QStringLiteral("/dev/full")));
        QVERIFY(!f.write(QByteArray(4096, 'x')));
        QVERIFY(f.diskFull());
        QVERIFY(f.errorString().contains(QLatin1String("cannot write")));
        QCOMPARE(f.position(), 0u);
    }

    // The engine turns a full disk into a clear, permanent I/O failure and claims nothing.
    void engineReportsFullDisk()
    {
        const QString dest = path(QStringLiteral("full.bin"));
        QVERIFY(QFile::link(QStringLiteral("/dev/full"), partPath(dest)));
        EngineOptions o;
        o.checkpointIntervalMs = 0;
        ResumeEngine e(dest, QUrl(QStringLiteral("http://127.0.0.1:1/full.bin")), o);
        QVERIFY(!e.begin());
        QCOMPARE(e.onResponse(200, HttpHeaders{}), ResumeEngine::Step::Continue); // no length: no pre-allocation
        QCOMPARE(e.onBody(QByteArrayView("some bytes")), ResumeEngine::Step::Failed);
        QCOMPARE(e.failure().kind, ErrorKind::Io);
        QVERIFY(!e.failure().transient);
        QVERIFY2(e.failure().message.startsWith(QLatin1String("disk full")), qPrintable(e.failure().message));
        QCOMPARE(e.progress().validLength, 0u);
        QVERIFY(!QFile::exists(dest));
        QVERIFY(!QFile::exists(controlPath(dest)));
    }

    // CF-3: the atomic write leaves no .tmp and a second write replaces the first.
    void atomicReplace()
    {
        const QString target = path(QStringLiteral("archive.tar.gz.part.ctrl"));
        const QString tmp = target + QStringLiteral(".tmp");
        QString error;
        QVERIFY2(PartFile::writeAtomically(tmp, target, "first", &error), qPrintable(error));
        QVERIFY(PartFile::writeAtomically(tmp, target, "second", &error));
        QCOMPARE(read(target), QByteArray("second"));
        QVERIFY(!QFile::exists(tmp));
        QCOMPARE(controlPath(path(QStringLiteral("archive.tar.gz"))), target); // suffixes appended, none replaced
    }

    void atomicWriteIntoMissingFolderFails()
    {
        QString error;
        QVERIFY(!PartFile::writeAtomically(path(QStringLiteral("no/such/x.tmp")), path(QStringLiteral("no/such/x")), "x", &error));
        QVERIFY(!error.isEmpty());
    }

    void sizeOfMissingOrFolder()
    {
        QCOMPARE(PartFile::sizeOf(path(QStringLiteral("missing"))), -1);
        QCOMPARE(PartFile::sizeOf(m_dir.path()), -1);
    }
};

QTEST_GUILESS_MAIN(TestPartFile)
#include "tst_partfile.moc"
