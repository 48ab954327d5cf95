// SPDX-License-Identifier: MIT
#include "autostart.h"
#include "testfiles.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using Haul::Autostart;
using Haul::Test::readFile;
using Haul::Test::writeFile;

namespace {

const QString AppId = QStringLiteral("io.haul.Haul");

// What a desktop does with an Exec value (Desktop Entry spec, "The Exec key"):
// undo the string escapes, split at unquoted spaces, undo the quoting, then %%.
// Written from the spec, independently of the code under test.
QStringList parseExec(const QString &value)
{
    QString line;
    for (qsizetype i = 0; i < value.size(); ++i) {
        if (value.at(i) != u'\\' || i + 1 == value.size()) {
            line += value.at(i);
            continue;
        }
        const QChar next = value.at(++i);
        if (next == u's')
            line += u' ';
        else if (next == u'n')
            line += u'\n';
        else if (next == u't')
            line += u'\t';
        else if (next == u'r')
            line += u'\r';
        else if (next == u'\\')
            line += u'\\';
        else
            line += QString{u'\\', next};
    }

    QStringList args;
    QString current;
    bool inArg = false;
    bool quoted = false;
    for (qsizetype i = 0; i < line.size(); ++i) {
        const QChar c = line.at(i);
        if (quoted) {
            if (c == u'\\' && i + 1 < line.size()
                && QStringView(u"\"`$\\").contains(line.at(i + 1))) {
                current += line.at(++i);
            } else if (c == u'"') {
                quoted = false;
            } else {
                current += c;
            }
        } else if (c == u' ') {
            if (inArg)
                args.append(current);
            current.clear();
            inArg = false;
        } else if (c == u'"') {
            quoted = true;
            inArg = true;
        } else {
            current += c;
            inArg = true;
        }
    }
    if (inArg)
        args.append(current);
    for (QString &arg : args)
        arg.replace(QLatin1String("%%"), QLatin1String("%"));
    return args;
}

} // namespace

class TestAutostart : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();

    void locationFollowsXdgConfigHome();
    void enableWritesDesktopEntry();
    void execQuotingRoundTrips_data();
    void execQuotingRoundTrips();
    void disableRemovesEntry();
    void enablingTwiceIsFine();
    void enableReplacesAnEditedEntry();
    void hiddenEntryIsDisabled_data();
    void hiddenEntryIsDisabled();
    void unwritableFolderFails();
    void emptyCommandFails();

private:
    QString autostartDir() const { return m_config.path() + QLatin1String("/autostart"); }
    QString entryPath() const { return autostartDir() + u'/' + AppId + QLatin1String(".desktop"); }

    QTemporaryDir m_config;
};

void TestAutostart::initTestCase()
{
    // Before any QStandardPaths call. Not setTestModeEnabled(): test mode
    // ignores XDG_CONFIG_HOME, which is what Autostart must follow.
    QVERIFY(m_config.isValid());
    QVERIFY(qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_config.path())));
    QCOMPARE(QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation), m_config.path());
}

void TestAutostart::cleanup()
{
    QFile::remove(autostartDir()); // when a test made it a regular file
    QDir(autostartDir()).removeRecursively();
}

void TestAutostart::locationFollowsXdgConfigHome()
{
    const Autostart autostart(AppId, {"/usr/bin/haul"});
    QCOMPARE(autostart.location(), entryPath());
    QVERIFY(!autostart.isEnabled());
}

void TestAutostart::enableWritesDesktopEntry()
{
    const QStringList command{"/opt/My Apps/haul",
                              "--minimized",
                              "--profile=/home/me/Haul Data",
                              "--note=say \"hi\" to $USER",
                              "--rate=100%",
                              "back\\slash",
                              "it's ~ok",
                              ""};
    Autostart autostart(AppId, command);
    QString error = "stale";
    QVERIFY2(autostart.setEnabled(true, &error), qPrintable(error));
    QVERIFY(error.isEmpty());
    QVERIFY(autostart.isEnabled());

    // Quoted only where a reserved character needs it; \ " ` $ escaped inside
    // the quotes, then every backslash doubled by the string escape; % doubled.
    const QByteArray expected = R"entry([Desktop Entry]
Type=Application
Name=Haul
Exec="/opt/My Apps/haul" --minimized "--profile=/home/me/Haul Data" "--note=say \\"hi\\" to \\$USER" --rate=100%% "back\\\\slash" "it's ~ok" ""
Icon=io.haul.Haul
Terminal=false
X-GNOME-Autostart-enabled=true
)entry";
    QCOMPARE(readFile(entryPath()), expected);
    QCOMPARE(QDir(autostartDir()).entryList(QDir::Files | QDir::Hidden), QStringList{AppId + ".desktop"});
}

void TestAutostart::execQuotingRoundTrips_data()
{
    QTest::addColumn<QStringList>("command");

    QTest::newRow("plain") << QStringList{"/usr/bin/haul", "--minimized"};
    QTest::newRow("spaces") << QStringList{"/home/me/My Apps/haul", "a b", "  two  spaces  "};
    QTest::newRow("every reserved character")
        << QStringList{"/usr/bin/haul", "\t\n\"'\\><~|&;$*?#`()", "$(rm -rf ~)", "`id`", "a;b&c|d"};
    QTest::newRow("backslashes") << QStringList{"/usr/bin/haul", "\\", "\\\\", "a\\\"b", "end\\"};
    QTest::newRow("percent") << QStringList{"/usr/bin/haul", "%u", "%%", "100%"};
    QTest::newRow("escape look-alikes") << QStringList{"/usr/bin/haul", "\\s", "\\n", "line\nbreak"};
    QTest::newRow("empty and unicode") << QStringList{"/usr/bin/haul", "", "Überblick — 例え"};
}

void TestAutostart::execQuotingRoundTrips()
{
    QFETCH(QStringList, command);
    Autostart autostart(AppId, command);
    QString error;
    QVERIFY2(autostart.setEnabled(true, &error), qPrintable(error));

    const QStringList lines = QString::fromUtf8(readFile(entryPath())).split(u'\n');
    const auto exec = std::find_if(lines.begin(), lines.end(),
                                   [](const QString &line) { return line.startsWith("Exec="); });
    QVERIFY(exec != lines.end());
    QVERIFY2(!exec->contains(u'\n') && !exec->contains(u'\t'), "control characters must be escaped");
    QCOMPARE(parseExec(exec->mid(5)), command);
}

void TestAutostart::disableRemovesEntry()
{
    Autostart autostart(AppId, {"/usr/bin/haul", "--minimized"});
    QVERIFY(autostart.setEnabled(true));
    QVERIFY(QFile::exists(entryPath()));

    QString error = "stale";
    QVERIFY2(autostart.setEnabled(false, &error), qPrintable(error));
    QVERIFY(error.isEmpty());
    QVERIFY(!QFile::exists(entryPath()));
    QVERIFY(!autostart.isEnabled());

    // Already off: nothing to do, still a success.
    QVERIFY2(autostart.setEnabled(false, &error), qPrintable(error));
    QVERIFY(!autostart.isEnabled());
}

void TestAutostart::enablingTwiceIsFine()
{
    Autostart autostart(AppId, {"/usr/bin/haul", "--minimized"});
    QString error;
    QVERIFY2(autostart.setEnabled(true, &error), qPrintable(error));
    const QByteArray first = readFile(entryPath());
    QVERIFY2(autostart.setEnabled(true, &error), qPrintable(error));
    QCOMPARE(readFile(entryPath()), first);
    QVERIFY(autostart.isEnabled());
    // No QSaveFile leftovers next to it.
    QCOMPARE(QDir(autostartDir()).entryList(QDir::Files | QDir::Hidden | QDir::System),
             QStringList{AppId + ".desktop"});
}

void TestAutostart::enableReplacesAnEditedEntry()
{
    QVERIFY(writeFile(entryPath(), "[Desktop Entry]\nType=Application\nExec=/old/haul\nHidden=true\n"));
    Autostart autostart(AppId, {"/usr/bin/haul"});
    QVERIFY(!autostart.isEnabled());
    QVERIFY(autostart.setEnabled(true));
    QVERIFY(autostart.isEnabled());
    const QByteArray contents = readFile(entryPath());
    QVERIFY(contents.contains("\nExec=/usr/bin/haul\n"));
    QVERIFY(!contents.contains("Hidden"));
}

void TestAutostart::hiddenEntryIsDisabled_data()
{
    QTest::addColumn<QByteArray>("contents");
    QTest::addColumn<bool>("enabled");

    QTest::newRow("hidden") << QByteArray("[Desktop Entry]\nType=Application\nExec=haul\nHidden=true\n")
                            << false;
    QTest::newRow("hidden, spaces around =")
        << QByteArray("[Desktop Entry]\nExec=haul\nHidden = true\n") << false;
    QTest::newRow("hidden=false") << QByteArray("[Desktop Entry]\nExec=haul\nHidden=false\n") << true;
    QTest::newRow("no Hidden key") << QByteArray("[Desktop Entry]\nExec=haul\n") << true;
    QTest::newRow("Hidden in another group")
        << QByteArray("[Desktop Entry]\nExec=haul\n[Desktop Action quit]\nHidden=true\n") << true;
    QTest::newRow("commented out") << QByteArray("[Desktop Entry]\nExec=haul\n#Hidden=true\n") << true;
    QTest::newRow("empty file") << QByteArray() << true;
}

void TestAutostart::hiddenEntryIsDisabled()
{
    QFETCH(QByteArray, contents);
    QFETCH(bool, enabled);
    QVERIFY(writeFile(entryPath(), contents));
    QCOMPARE(Autostart(AppId, {"/usr/bin/haul"}).isEnabled(), enabled);
}

void TestAutostart::unwritableFolderFails()
{
    // The autostart "folder" is a regular file: no entry can be created under it.
    QVERIFY(writeFile(autostartDir(), "not a folder"));
    Autostart autostart(AppId, {"/usr/bin/haul"});
    const QRegularExpression warning("^autostart: Cannot create the folder ");
    QTest::ignoreMessage(QtWarningMsg, warning);
    QTest::ignoreMessage(QtWarningMsg, warning);

    QString error;
    QVERIFY(!autostart.setEnabled(true, &error));
    QVERIFY(!error.isEmpty());
    QVERIFY2(error.contains(QDir::toNativeSeparators(autostartDir())), qPrintable(error));
    QVERIFY(!autostart.isEnabled());
    QCOMPARE(readFile(autostartDir()), QByteArray("not a folder"));

    QVERIFY(!autostart.setEnabled(true)); // no error pointer: no crash
    QVERIFY2(autostart.setEnabled(false, &error), qPrintable(error)); // nothing to remove
}

void TestAutostart::emptyCommandFails()
{
    Autostart autostart(AppId, {});
    QString error;
    QVERIFY(!autostart.setEnabled(true, &error));
    QVERIFY(!error.isEmpty());
    QVERIFY(!QFile::exists(entryPath()));
}

QTEST_GUILESS_MAIN(TestAutostart)
#include "tst_autostart.moc"
