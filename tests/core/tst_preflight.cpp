// SPDX-License-Identifier: MIT
#include "preflight.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTest>

#ifndef Q_OS_WIN
#  include <cerrno>
#  include <fcntl.h>
#  include <unistd.h>
#endif

using namespace Haul;

namespace {

const QString Suffix = QStringLiteral(".part.ctrl.tmp");
const QString TooLong = QStringLiteral("destination path is too long for sidecar files: ");

// Limits large enough never to matter for the other check.
constexpr qint64 HugePath = 1 << 20;
constexpr qint64 HugeName = 1 << 20;

QString ascii(int n, char c = 'a')
{
    return QString(n, QLatin1Char(c));
}

// What Linux counts (§9.1): bytes of the UTF-8 encoding.
qint64 utf8Bytes(const QString &s)
{
    return s.toUtf8().size();
}

// base + "/ppp…" components, leaving 50..150 bytes for a last name under PATH_MAX.
QString padFolder(QString base, qint64 pathMax)
{
    while (utf8Bytes(base) + 101 + 1 + 14 + 50 < pathMax)
        base += QLatin1Char('/') + ascii(100, 'p');
    return base;
}

#ifndef Q_OS_WIN
// The test's own query of the file system, to compare against the code under test.
qint64 queryLimit(const QString &folder, int name, qint64 fallback)
{
    const long v = ::pathconf(QFile::encodeName(folder).constData(), name);
    return v > 0 ? qint64(v) : fallback;
}

// Creates (and closes) a file; returns 0 or the errno of the failure.
int createFile(const QString &path)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
    if (fd < 0)
        return errno;
    ::close(fd);
    return 0;
}
#endif

} // namespace

class TestPreflight : public QObject
{
    Q_OBJECT

private slots:
    void longestSuffix();
    void notAFileName_data();
    void notAFileName();
    void nameLength_data();
    void nameLength();
    void pathLength_data();
    void pathLength();
    void relativeMeasuredAsGiven_data();
    void relativeMeasuredAsGiven();
    void shortRelativePathInLongWorkingFolder();
    void nameLengthUtf8Bytes_data();
    void nameLengthUtf8Bytes();
    void pathLengthUtf8Bytes_data();
    void pathLengthUtf8Bytes();
    void nearestExistingAncestor();
    void realNameLimit();
    void realPathLimit();

    void usableMissingFolders();
    void usableParentIsFile_data();
    void usableParentIsFile();
    void usableDestinationIsFolder();
    void usableReadOnlyFolder();
    void usableChecksPathFirst();

    void url_data();
    void url();
};

void TestPreflight::longestSuffix()
{
    // §13 G16: the longest sidecar is the checkpoint's temporary file, not ".part.ctrl".
    QCOMPARE(LongestSidecarSuffix.toString(), Suffix);
    QCOMPARE(LongestSidecarSuffix.size(), 14);
}

void TestPreflight::notAFileName_data()
{
    QTest::addColumn<QString>("dest");
    QTest::newRow("empty") << QString();
    QTest::newRow("trailing slash") << QStringLiteral("/tmp/folder/");
    QTest::newRow("root") << QStringLiteral("/");
}

void TestPreflight::notAFileName()
{
    QFETCH(QString, dest);
    const auto f = checkDestinationPath(dest, {255, 4096});
    QVERIFY(f);
    QCOMPARE(f->kind, ErrorKind::Destination);
    QVERIFY2(f->message.contains(QLatin1String("not a file name")), qPrintable(f->message));
}

// §12.11 DE-1 and DE-10: the name plus ".part.ctrl.tmp" must fit NAME_MAX.
void TestPreflight::nameLength_data()
{
    QTest::addColumn<qint64>("nameMax");
    QTest::addColumn<int>("length");
    QTest::addColumn<bool>("passes");

    QTest::newRow("well under") << qint64(255) << 10 << true;
    QTest::newRow("one under") << qint64(255) << 240 << true;
    QTest::newRow("exactly at (241 + 14 = 255)") << qint64(255) << 241 << true;
    QTest::newRow("one over (242)") << qint64(255) << 242 << false;
    // pyhaul's boundary (NAME_MAX - 10) passed its preflight, then the first
    // checkpoint failed with ENAMETOOLONG (G16): Haul rejects it up front.
    QTest::newRow("pyhaul at-limit 245") << qint64(255) << 245 << false;
    QTest::newRow("pyhaul one over 246") << qint64(255) << 246 << false;
    QTest::newRow("exactly NAME_MAX") << qint64(255) << 255 << false;
    QTest::newRow("far over") << qint64(255) << 1000 << false;
    QTest::newRow("other limit: at") << qint64(100) << 86 << true;
    QTest::newRow("other limit: over") << qint64(100) << 87 << false;
    QTest::newRow("limit below the suffix") << qint64(14) << 1 << false;
    QTest::newRow("limit just fits suffix + 1") << qint64(15) << 1 << true;
}

void TestPreflight::nameLength()
{
    QFETCH(qint64, nameMax);
    QFETCH(int, length);
    QFETCH(bool, passes);

    const QString dest = QStringLiteral("/srv/downloads/") + ascii(length);
    const auto f = checkDestinationPath(dest, {nameMax, HugePath});
    if (passes) {
        QVERIFY2(!f, f ? qPrintable(f->message) : "");
    } else {
        QVERIFY(f);
        QCOMPARE(f->kind, ErrorKind::Destination);
        QCOMPARE(f->message, TooLong + dest);
    }
}

// §12.11 DE-2 and DE-10: dest + ".part.ctrl.tmp" must be strictly shorter than
// PATH_MAX, which counts the terminating NUL (§13 G16).
void TestPreflight::pathLength_data()
{
    QTest::addColumn<QString>("dest");
    QTest::addColumn<qint64>("delta"); // pathMax = bytes(dest + suffix) + delta
    QTest::addColumn<bool>("passes");

    const QString absolute = QStringLiteral("/srv/downloads/some/folder/file.bin");
    const QString relative = QStringLiteral("downloads/file.bin");
    const QString deep = QStringLiteral("/srv/") + QStringList(40, ascii(50, 'd')).join(QLatin1Char('/')) + QStringLiteral("/f.iso");

    QTest::newRow("absolute: well under") << absolute << qint64(100) << true;
    QTest::newRow("absolute: length N-2") << absolute << qint64(2) << true;
    QTest::newRow("absolute: length N-1 (at limit)") << absolute << qint64(1) << true;
    QTest::newRow("absolute: length N (NUL does not fit)") << absolute << qint64(0) << false;
    QTest::newRow("absolute: one over N") << absolute << qint64(-1) << false;
    QTest::newRow("absolute: far over") << absolute << qint64(-30) << false;
    QTest::newRow("relative: at limit") << relative << qint64(1) << true;
    QTest::newRow("relative: over") << relative << qint64(0) << false;
    QTest::newRow("deep: at limit") << deep << qint64(1) << true;
    QTest::newRow("deep: over") << deep << qint64(0) << false;
    QTest::newRow("deep: far over") << deep << qint64(-1000) << false;
}

void TestPreflight::pathLength()
{
#ifdef Q_OS_WIN
    QSKIP("POSIX path rule (§9.1); Windows measures a \\\\?\\ path in UTF-16 units");
#endif
    QFETCH(QString, dest);
    QFETCH(qint64, delta);
    QFETCH(bool, passes);

    const qint64 pathMax = utf8Bytes(dest + Suffix) + delta;
    const auto f = checkDestinationPath(dest, {HugeName, pathMax});
    if (passes) {
        QVERIFY2(!f, f ? qPrintable(f->message) : "");
    } else {
        QVERIFY(f);
        QCOMPARE(f->kind, ErrorKind::Destination);
        QCOMPARE(f->message, TooLong + dest);
    }
}

// §12.11 DE-3: no resolution of "..", no making absolute.
void TestPreflight::relativeMeasuredAsGiven_data()
{
    QTest::addColumn<QString>("dest");
    QTest::addColumn<qint64>("pathMax");
    QTest::addColumn<bool>("passes");

    const QString ups = QStringLiteral("../").repeated(50) + QStringLiteral("file.bin");
    // 150 + 8 + 14 = 172 bytes as written; resolved it would be "/file.bin" (9 + 14).
    QTest::newRow("../ x50: at limit") << ups << qint64(173) << true;
    QTest::newRow("../ x50: literal length counts") << ups << qint64(172) << false;
    QTest::newRow("../ x50: resolved length would fit") << ups << qint64(100) << false;
    const QString dots = QStringLiteral("./a/./b/../../file.bin"); // 22 + 14 = 36
    QTest::newRow("dots kept: at limit") << dots << qint64(37) << true;
    QTest::newRow("dots kept: over") << dots << qint64(36) << false;
    QTest::newRow("bare name") << QStringLiteral("file.bin") << qint64(23) << true;
    QTest::newRow("bare name: over") << QStringLiteral("file.bin") << qint64(22) << false;
}

void TestPreflight::relativeMeasuredAsGiven()
{
#ifdef Q_OS_WIN
    QSKIP("POSIX path rule (§9.1)");
#endif
    QFETCH(QString, dest);
    QFETCH(qint64, pathMax);
    QFETCH(bool, passes);

    const auto f = checkDestinationPath(dest, {255, pathMax});
    QCOMPARE(!f, passes);
    if (f)
        QCOMPARE(f->message, TooLong + dest);
}

void TestPreflight::shortRelativePathInLongWorkingFolder()
{
#ifdef Q_OS_WIN
    QSKIP("POSIX path rule (§9.1)");
#endif
    QTemporaryDir tmp;
    QVERIFY(tmp.isValid());
    const QString deep = tmp.path() + QLatin1Char('/') + QStringList(3, ascii(100, 'w')).join(QLatin1Char('/'));
    QVERIFY(QDir().mkpath(deep));
    QVERIFY(utf8Bytes(deep) > 300);

    const QString previous = QDir::currentPath();
    const auto restore = qScopeGuard([&] { QDir::setCurrent(previous); });
    QVERIFY(QDir::setCurrent(deep));

    const PathLimits limits{255, 100};
    // 8 + 14 = 22 bytes as given: fits although the absolute path is over 300 bytes.
    const auto relative = checkDestinationPath(QStringLiteral("file.bin"), limits);
    QVERIFY2(!relative, relative ? qPrintable(relative->message) : "");
    // The same file named absolutely does not.
    const QString absolute = deep + QStringLiteral("/file.bin");
    const auto f = checkDestinationPath(absolute, limits);
    QVERIFY(f);
    QCOMPARE(f->message, TooLong + absolute);
}

// §12.11 DE-5, the Linux part: names are measured in bytes of UTF-8.
void TestPreflight::nameLengthUtf8Bytes_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("passes");

    const QString eAcute(QChar(0x00e9));          // 2 bytes
    const QString euro(QChar(0x20ac));            // 3 bytes
    const QString emoji = QString::fromUcs4(U"\U0001F600"); // 4 bytes, 2 UTF-16 units
    const QString decomposed = QStringLiteral("e") + QChar(0x0301); // 1 + 2 bytes, kept as given

    QTest::newRow("2-byte: 120 chars = 240 bytes") << eAcute.repeated(120) << true;
    QTest::newRow("2-byte: 120 chars + 1 = 241 bytes") << eAcute.repeated(120) + QStringLiteral("a") << true;
    // 121 characters would fit a character count (121 + 14 = 135) but 242 bytes do not.
    QTest::newRow("2-byte: 121 chars = 242 bytes") << eAcute.repeated(121) << false;
    QTest::newRow("2-byte: 200 chars") << eAcute.repeated(200) << false;
    QTest::newRow("3-byte: 80 chars + 1 = 241 bytes") << euro.repeated(80) + QStringLiteral("a") << true;
    QTest::newRow("3-byte: 80 chars + 2 = 242 bytes") << euro.repeated(80) + QStringLiteral("ab") << false;
    QTest::newRow("3-byte: 81 chars = 243 bytes") << euro.repeated(81) << false;
    QTest::newRow("emoji: 60 = 240 bytes") << emoji.repeated(60) << true;
    QTest::newRow("emoji: 60 + 1 = 241 bytes") << emoji.repeated(60) + QStringLiteral("a") << true;
    QTest::newRow("emoji: 60 + 2 = 242 bytes") << emoji.repeated(60) + QStringLiteral("ab") << false;
    QTest::newRow("emoji: 61 = 244 bytes") << emoji.repeated(61) << false;
    QTest::newRow("NFD kept as given: 80 x 3 + 1 = 241 bytes") << decomposed.repeated(80) + QStringLiteral("a") << true;
    QTest::newRow("NFD kept as given: 80 x 3 + 2 = 242 bytes") << decomposed.repeated(80) + QStringLiteral("ab") << false;
}

void TestPreflight::nameLengthUtf8Bytes()
{
#if defined(Q_OS_WIN) || defined(Q_OS_DARWIN)
    QSKIP("Linux rule (§9.1): Windows counts UTF-16 units, macOS NFD bytes");
#endif
    QFETCH(QString, name);
    QFETCH(bool, passes);

    QCOMPARE(utf8Bytes(name + Suffix) <= 255, passes); // the table itself is right
    const QString dest = QStringLiteral("/srv/") + name;
    const auto f = checkDestinationPath(dest, {255, HugePath});
    if (passes) {
        QVERIFY2(!f, f ? qPrintable(f->message) : "");
    } else {
        QVERIFY(f);
        QCOMPARE(f->kind, ErrorKind::Destination);
        QCOMPARE(f->message, TooLong + dest);
    }
}

// §12.11 DE-6: the whole path is counted in UTF-8 bytes, not characters.
void TestPreflight::pathLengthUtf8Bytes_data()
{
    QTest::addColumn<QString>("dest");
    QTest::addColumn<qint64>("delta"); // pathMax = bytes(dest + suffix) + delta
    QTest::addColumn<bool>("passes");

    const QString folder = QStringLiteral("/srv/") + QString(QChar(0x00e9)).repeated(50) + QLatin1Char('/');
    const QString emoji = QString::fromUcs4(U"\U0001F600").repeated(10);
    const QString a = folder + QStringLiteral("file.bin");
    const QString b = QStringLiteral("/srv/") + emoji + QLatin1Char('/') + emoji + QStringLiteral(".bin");
    QTest::newRow("2-byte folder: at limit") << a << qint64(1) << true;
    QTest::newRow("2-byte folder: one byte over") << a << qint64(0) << false;
    QTest::newRow("emoji: at limit") << b << qint64(1) << true;
    QTest::newRow("emoji: one byte over") << b << qint64(0) << false;
}

void TestPreflight::pathLengthUtf8Bytes()
{
#ifdef Q_OS_WIN
    QSKIP("POSIX path rule (§9.1)");
#endif
    QFETCH(QString, dest);
    QFETCH(qint64, delta);
    QFETCH(bool, passes);

    const qint64 bytes = utf8Bytes(dest + Suffix);
    QVERIFY(bytes > (dest + Suffix).toUcs4().size() + 40); // characters (code points) would fit with room to spare
    const auto f = checkDestinationPath(dest, {255, bytes + delta});
    QCOMPARE(!f, passes);
    if (f)
        QCOMPARE(f->message, TooLong + dest);
}

// §12.11 DE-8: with the parent folders not created yet, the limits come from the
// nearest folder that exists (and a missing parent is not an error in itself).
void TestPreflight::nearestExistingAncestor()
{
#ifdef Q_OS_WIN
    QSKIP("pathconf is POSIX");
#else
    QTemporaryDir tmp;
    QVERIFY(tmp.isValid());
    const QString missing = tmp.path() + QStringLiteral("/not/yet/created/");
    const qint64 nameMax = queryLimit(tmp.path(), _PC_NAME_MAX, 255);
    const qint64 pathMax = queryLimit(tmp.path(), _PC_PATH_MAX, 4096);
    QVERIFY(nameMax > 14);

    QVERIFY(!checkDestinationPath(missing + ascii(int(nameMax - 14))));
    QVERIFY(checkDestinationPath(missing + ascii(int(nameMax - 13))));

    // Whole path, through the missing folders: N - 1 bytes pass, N fail.
    QVERIFY(pathMax < 100000);
    const QString padded = padFolder(missing + QStringLiteral("more"), pathMax) + QLatin1Char('/');
    const qint64 room = pathMax - 1 - utf8Bytes(padded + Suffix);
    QVERIFY(room >= 50 && room <= 150);
    QVERIFY(!checkDestinationPath(padded + ascii(int(room))));
    QVERIFY(checkDestinationPath(padded + ascii(int(room + 1))));

    // Nothing was created by the check.
    QVERIFY(!QFileInfo::exists(tmp.path() + QStringLiteral("/not")));

    // Nothing of the path exists below the root: the root's limits apply.
    const QString fromRoot = QStringLiteral("/haul-preflight-no-such-folder/a/b/");
    QVERIFY(!QFileInfo::exists(QStringLiteral("/haul-preflight-no-such-folder")));
    const qint64 rootNameMax = queryLimit(QStringLiteral("/"), _PC_NAME_MAX, 255);
    QVERIFY(!checkDestinationPath(fromRoot + ascii(int(rootNameMax - 14))));
    QVERIFY(checkDestinationPath(fromRoot + ascii(int(rootNameMax - 13))));
#endif
}

// DE-10 on the real file system: a name that passes really can have every sidecar,
// and the first name rejected really could not have the checkpoint's temporary file.
void TestPreflight::realNameLimit()
{
#ifdef Q_OS_WIN
    QSKIP("POSIX file system check");
#else
    QTemporaryDir tmp;
    QVERIFY(tmp.isValid());
    const qint64 nameMax = queryLimit(tmp.path(), _PC_NAME_MAX, 255);
    QVERIFY(nameMax > 14 && nameMax < 4096);

    const QString fits = tmp.filePath(ascii(int(nameMax - 14))); // 241 with NAME_MAX 255
    QVERIFY(!checkDestinationPath(fits));
    QVERIFY(!checkDestinationUsable(fits));
    for (const char *suffix : {"", ".part", ".part.ctrl", ".part.ctrl.tmp"})
        QCOMPARE(createFile(fits + QLatin1String(suffix)), 0);

    const QString over = tmp.filePath(ascii(int(nameMax - 13))); // 242
    QVERIFY(checkDestinationPath(over));
    QVERIFY(checkDestinationUsable(over));
    QCOMPARE(createFile(over + Suffix), ENAMETOOLONG);

    // pyhaul's boundary (NAME_MAX - 10, G16): ".part.ctrl" fits, ".part.ctrl.tmp" does not.
    const QString pyhaul = tmp.filePath(ascii(int(nameMax - 10)));
    const auto f = checkDestinationPath(pyhaul);
    QVERIFY(f);
    QCOMPARE(f->message, TooLong + pyhaul);
    QCOMPARE(createFile(pyhaul + QStringLiteral(".part.ctrl")), 0);
    QCOMPARE(createFile(pyhaul + Suffix), ENAMETOOLONG);
#endif
}

// DE-10, whole path, on the real file system: the last path that passes can be
// opened; the first one rejected (exactly PATH_MAX bytes) cannot.
void TestPreflight::realPathLimit()
{
#ifdef Q_OS_WIN
    QSKIP("POSIX file system check");
#else
    QTemporaryDir tmp;
    QVERIFY(tmp.isValid());
    const qint64 pathMax = queryLimit(tmp.path(), _PC_PATH_MAX, 4096);
    if (pathMax > 65536)
        QSKIP("PATH_MAX too large to build a path at the limit");

    const QString folder = padFolder(tmp.path(), pathMax);
    QVERIFY(QDir().mkpath(folder));
    const qint64 room = pathMax - 1 - utf8Bytes(folder + QLatin1Char('/') + Suffix);
    QVERIFY(room >= 50 && room <= 150);

    const QString fits = folder + QLatin1Char('/') + ascii(int(room)); // dest + suffix: PATH_MAX - 1 bytes
    QCOMPARE(utf8Bytes(fits + Suffix), pathMax - 1);
    QVERIFY(!checkDestinationPath(fits));
    QVERIFY(!checkDestinationUsable(fits));
    QCOMPARE(createFile(fits + Suffix), 0);

    const QString over = fits + QLatin1Char('x'); // exactly PATH_MAX bytes: no room for the NUL
    const auto f = checkDestinationPath(over);
    QVERIFY(f);
    QCOMPARE(f->message, TooLong + over);
    QCOMPARE(createFile(over + Suffix), ENAMETOOLONG);
#endif
}

void TestPreflight::usableMissingFolders()
{
    QTemporaryDir tmp;
    QVERIFY(tmp.isValid());
    const QString dest = tmp.path() + QStringLiteral("/a/b/c/file.bin");
    const auto f = checkDestinationUsable(dest);
    QVERIFY2(!f, f ? qPrintable(f->message) : "");
    // The check leaves nothing behind: no folders made, the write probe removed.
    QCOMPARE(QDir(tmp.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot),
             QStringList());

    // A plain file in an existing folder, and one that already exists (to resume or replace).
    QVERIFY(!checkDestinationUsable(tmp.filePath(QStringLiteral("file.bin"))));
    QCOMPARE(createFile(tmp.filePath(QStringLiteral("file.bin"))), 0);
    QVERIFY(!checkDestinationUsable(tmp.filePath(QStringLiteral("file.bin"))));
}

void TestPreflight::usableParentIsFile_data()
{
    QTest::addColumn<QString>("below"); // path under the regular file "plain"
    QTest::newRow("parent") << QStringLiteral("plain/dest.bin");
    QTest::newRow("grandparent") << QStringLiteral("plain/sub/dest.bin");
    QTest::newRow("further up") << QStringLiteral("plain/x/y/z/dest.bin");
}

void TestPreflight::usableParentIsFile()
{
    QFETCH(QString, below);
    QTemporaryDir tmp;
    QVERIFY(tmp.isValid());
    QCOMPARE(createFile(tmp.filePath(QStringLiteral("plain"))), 0);

    const auto f = checkDestinationUsable(tmp.filePath(below));
    QVERIFY(f);
    QCOMPARE(f->kind, ErrorKind::Destination);
    QVERIFY2(f->message.contains(QLatin1String("not a folder")), qPrintable(f->message));
    QVERIFY2(f->message.contains(QLatin1String("plain")), qPrintable(f->message));
}

void TestPreflight::usableDestinationIsFolder()
{
    QTemporaryDir tmp;
    QVERIFY(tmp.isValid());
    const QString sub = tmp.filePath(QStringLiteral("sub"));
    QVERIFY(QDir().mkdir(sub));

    auto f = checkDestinationUsable(sub);
    QVERIFY(f);
    QCOMPARE(f->kind, ErrorKind::Destination);
    QVERIFY2(f->message.contains(QLatin1String("is a folder")), qPrintable(f->message));

    f = checkDestinationUsable(sub + QLatin1Char('/'));
    QVERIFY(f);
    QCOMPARE(f->kind, ErrorKind::Destination);
}

void TestPreflight::usableReadOnlyFolder()
{
    QTemporaryDir tmp;
    QVERIFY(tmp.isValid());
    const QString ro = tmp.filePath(QStringLiteral("ro"));
    QVERIFY(QDir().mkdir(ro));
    QVERIFY(QFile::setPermissions(ro, QFile::ReadOwner | QFile::ExeOwner | QFile::ReadGroup | QFile::ExeGroup
                                          | QFile::ReadOther | QFile::ExeOther)); // 0555
    const auto restore = qScopeGuard([&] { QFile::setPermissions(ro, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner); });

    // Root writes through 0555: then use a folder nobody can create files in.
    QString target;
    QFile tryWrite(ro + QStringLiteral("/probe"));
    if (!tryWrite.open(QIODevice::WriteOnly)) {
        target = ro;
    } else {
        tryWrite.close();
        QVERIFY(tryWrite.remove());
        for (const QString &candidate : {QStringLiteral("/proc/self"), QStringLiteral("/proc/1"), QStringLiteral("/sys")}) {
            QFile probe(candidate + QStringLiteral("/haul-preflight-probe"));
            if (QFileInfo(candidate).isDir() && !probe.open(QIODevice::WriteOnly)) {
                target = candidate;
                break;
            }
            probe.remove();
        }
    }
    QVERIFY2(!target.isEmpty(), "no unwritable folder found for this test");

    for (const QString &dest : {target + QStringLiteral("/file.bin"), target + QStringLiteral("/missing/file.bin")}) {
        const auto f = checkDestinationUsable(dest);
        QVERIFY2(f, qPrintable(dest));
        QCOMPARE(f->kind, ErrorKind::Destination);
        QVERIFY2(f->message.contains(QLatin1String("not writable")), qPrintable(f->message));
        QVERIFY2(f->message.contains(QDir::toNativeSeparators(target)), qPrintable(f->message));
        // The path alone is fine: it is the folder that fails.
        QVERIFY(!checkDestinationPath(dest));
    }
}

void TestPreflight::usableChecksPathFirst()
{
    QTemporaryDir tmp;
    QVERIFY(tmp.isValid());
    const QString dest = tmp.filePath(ascii(200));
    QVERIFY(!checkDestinationUsable(dest, {255, HugePath}));
    const auto f = checkDestinationUsable(dest, {200, HugePath});
    QVERIFY(f);
    QCOMPARE(f->kind, ErrorKind::Destination);
    QCOMPARE(f->message, TooLong + dest);
}

// §9.2 and §12.11 URL-1.
void TestPreflight::url_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("accepted");
    QTest::addColumn<QStringList>("messageParts");

    const QStringList none;
    const QStringList noHost{QStringLiteral("missing a host")};
    const auto scheme = [](const char *name) {
        return QStringList{QStringLiteral("unsupported URL scheme"), QLatin1String(name),
                           QStringLiteral("expected http or https")};
    };

    QTest::newRow("http") << QStringLiteral("http://example.com/") << true << none;
    QTest::newRow("https with query") << QStringLiteral("https://example.com/path/to/file.zip?token=abc") << true << none;
    QTest::newRow("credentials and port") << QStringLiteral("http://user:pass@host:8080/") << true << none;
    QTest::newRow("ipv6") << QStringLiteral("https://[::1]:8443/ipv6") << true << none;
    QTest::newRow("scheme case-insensitive") << QStringLiteral("HTTPS://example.com/x") << true << none;

    QTest::newRow("ftp") << QStringLiteral("ftp://example.com/file") << false << scheme("ftp");
    QTest::newRow("file") << QStringLiteral("file:///etc/passwd") << false << scheme("file");
    QTest::newRow("javascript") << QStringLiteral("javascript:alert(1)") << false << scheme("javascript");
    QTest::newRow("gopher") << QStringLiteral("gopher://example.com/1") << false << scheme("gopher");
    QTest::newRow("no scheme") << QStringLiteral("example.com/file") << false
                               << QStringList{QStringLiteral("unsupported URL scheme"), QStringLiteral("expected http or https")};

    QTest::newRow("http://") << QStringLiteral("http://") << false << noHost;
    QTest::newRow("https:///path") << QStringLiteral("https:///path") << false << noHost;
    QTest::newRow("http:/missing-host") << QStringLiteral("http:/missing-host") << false << noHost;

    QTest::newRow("empty") << QString() << false << QStringList{QStringLiteral("no URL")};
}

void TestPreflight::url()
{
    QFETCH(QString, url);
    QFETCH(bool, accepted);
    QFETCH(QStringList, messageParts);

    const auto f = checkUrl(QUrl(url));
    if (accepted) {
        QVERIFY2(!f, f ? qPrintable(f->message) : "");
        return;
    }
    QVERIFY(f);
    QCOMPARE(f->kind, ErrorKind::InvalidUrl);
    for (const QString &part : messageParts)
        QVERIFY2(f->message.contains(part), qPrintable(QStringLiteral("'%1' not in '%2'").arg(part, f->message)));
}

QTEST_GUILESS_MAIN(TestPreflight)
#include "tst_preflight.moc"
