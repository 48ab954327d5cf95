// SPDX-License-Identifier: MIT
// haul-cli's option parsing: every option, the defaults, each usage error, and
// the header and rate parsers. No process is run here (see tst_clirun).
#include "clioptions.h"

#include <QTest>

using namespace Haul;
using Action = CliParseResult::Action;

namespace {

const QString Url = QStringLiteral("http://example.com/dir/file.bin");

CliParseResult parse(QStringList arguments)
{
    arguments.prepend(QStringLiteral("haul-cli")); // argv[0], as QCoreApplication::arguments() gives it
    return parseCliArguments(arguments);
}

} // namespace

class CliOptionsTest : public QObject
{
    Q_OBJECT

private slots:
    void defaults();
    void everyOption();
    void shortOptions();
    void severalUrls();
    void helpAndVersion_data();
    void helpAndVersion();
    void boundaryValues_data();
    void boundaryValues();
    void userAgentOverridesHeader();
    void usageErrors_data();
    void usageErrors();
    void headerArgument_data();
    void headerArgument();
    void rate_data();
    void rate();
};

void CliOptionsTest::defaults()
{
    const CliParseResult r = parse({Url});
    QCOMPARE(r.action, Action::Run);
    QVERIFY(r.error.isEmpty());
    const CliOptions &o = r.options;
    QCOMPARE(o.urls, QList<QUrl>{QUrl(Url)});
    QVERIFY(o.output.isEmpty());
    QVERIFY(o.dir.isEmpty());
    QVERIFY(o.sha256.isEmpty());
    QCOMPARE(o.retries, 20);
    QCOMPARE(o.maxWait, 60.0);
    QVERIFY(o.headers.isEmpty());
    QCOMPARE(o.connectTimeout, 30.0);
    QCOMPARE(o.stallTimeout, 60.0);
    QCOMPARE(o.jobs, 4);
    QCOMPARE(o.connections, 1);
    QCOMPARE(o.limitRate, qint64(0));
    QVERIFY(!o.insecure);
    QVERIFY(!o.json);
    QVERIFY(!o.quiet);
    QVERIFY(!r.helpText.isEmpty());
}

void CliOptionsTest::everyOption()
{
    const QByteArray sha = QByteArray(64, 'A');
    const CliParseResult r = parse({QStringLiteral("--output"), QStringLiteral("out.bin"),
                                    QStringLiteral("--dir"), QStringLiteral("/tmp/somewhere"),
                                    QStringLiteral("--sha256"), QString::fromLatin1(sha),
                                    QStringLiteral("--retries"), QStringLiteral("3"),
                                    QStringLiteral("--max-wait"), QStringLiteral("2.5"),
                                    QStringLiteral("--header"), QStringLiteral("X-Token: abc"),
                                    QStringLiteral("--header"), QStringLiteral("Accept-Language: de"),
                                    QStringLiteral("--user-agent"), QStringLiteral("Agent/1.0"),
                                    QStringLiteral("--connect-timeout"), QStringLiteral("7"),
                                    QStringLiteral("--stall-timeout"), QStringLiteral("0.5"),
                                    QStringLiteral("--jobs"), QStringLiteral("2"),
                                    QStringLiteral("--connections"), QStringLiteral("16"),
                                    QStringLiteral("--limit-rate"), QStringLiteral("512K"),
                                    QStringLiteral("--insecure"), QStringLiteral("--json"), QStringLiteral("--quiet"), Url});
    QCOMPARE(r.action, Action::Run);
    const CliOptions &o = r.options;
    QCOMPARE(o.urls, QList<QUrl>{QUrl(Url)});
    QCOMPARE(o.output, QStringLiteral("out.bin"));
    QCOMPARE(o.dir, QStringLiteral("/tmp/somewhere"));
    QCOMPARE(o.sha256, QByteArray(64, 'a')); // stored lower-case
    QCOMPARE(o.retries, 3);
    QCOMPARE(o.maxWait, 2.5);
    QCOMPARE(o.headers.value("x-token"), std::optional<QByteArray>("abc"));
    QCOMPARE(o.headers.value("Accept-Language"), std::optional<QByteArray>("de"));
    QCOMPARE(o.headers.value("user-agent"), std::optional<QByteArray>("Agent/1.0"));
    QCOMPARE(o.headers.size(), 3);
    QCOMPARE(o.connectTimeout, 7.0);
    QCOMPARE(o.stallTimeout, 0.5);
    QCOMPARE(o.jobs, 2);
    QCOMPARE(o.connections, 16);
    QCOMPARE(o.limitRate, qint64(512 * 1024));
    QVERIFY(o.insecure);
    QVERIFY(o.json);
    QVERIFY(o.quiet);
}

void CliOptionsTest::shortOptions()
{
    const CliParseResult r = parse({QStringLiteral("-o"), QStringLiteral("a.bin"), QStringLiteral("-d"), QStringLiteral("dl"),
                                    QStringLiteral("-H"), QStringLiteral("X-One: 1"), QStringLiteral("-A"), QStringLiteral("UA"),
                                    QStringLiteral("-j"), QStringLiteral("8"), QStringLiteral("-x"), QStringLiteral("4"),
                                    QStringLiteral("-k"), QStringLiteral("-q"), Url});
    QCOMPARE(r.action, Action::Run);
    const CliOptions &o = r.options;
    QCOMPARE(o.output, QStringLiteral("a.bin"));
    QCOMPARE(o.dir, QStringLiteral("dl"));
    QCOMPARE(o.headers.value("X-One"), std::optional<QByteArray>("1"));
    QCOMPARE(o.headers.value("User-Agent"), std::optional<QByteArray>("UA"));
    QCOMPARE(o.jobs, 8);
    QCOMPARE(o.connections, 4);
    QVERIFY(o.insecure);
    QVERIFY(o.quiet);
    QVERIFY(!o.json);
}

void CliOptionsTest::severalUrls()
{
    const QString second = QStringLiteral("https://example.org/b.iso?x=1");
    const CliParseResult r = parse({QStringLiteral("-d"), QStringLiteral("out"), Url, second});
    QCOMPARE(r.action, Action::Run);
    QCOMPARE(r.options.urls, (QList<QUrl>{QUrl(Url), QUrl(second)}));
}

void CliOptionsTest::helpAndVersion_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("action");
    QTest::newRow("--help") << QStringList{QStringLiteral("--help")} << int(Action::Help);
    QTest::newRow("-h") << QStringList{QStringLiteral("-h")} << int(Action::Help);
    QTest::newRow("--help wins over a missing URL") << QStringList{QStringLiteral("--json"), QStringLiteral("--help")} << int(Action::Help);
    QTest::newRow("--version") << QStringList{QStringLiteral("--version")} << int(Action::Version);
    QTest::newRow("-V") << QStringList{QStringLiteral("-V")} << int(Action::Version);
}

void CliOptionsTest::helpAndVersion()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, action);
    const CliParseResult r = parse(arguments);
    QCOMPARE(int(r.action), action);
    QVERIFY(r.error.isEmpty());
    if (r.action == Action::Help) {
        for (const char *option : {"--output", "--dir", "--sha256", "--retries", "--max-wait", "--header", "--user-agent",
                                   "--connect-timeout", "--stall-timeout", "--jobs", "--connections", "--limit-rate",
                                   "--insecure", "--json", "--quiet"})
            QVERIFY2(r.helpText.contains(QLatin1String(option)), option);
    }
}

void CliOptionsTest::boundaryValues_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("--retries 0") << QStringList{QStringLiteral("--retries"), QStringLiteral("0")};
    QTest::newRow("--max-wait 0") << QStringList{QStringLiteral("--max-wait"), QStringLiteral("0")};
    QTest::newRow("-j 1") << QStringList{QStringLiteral("-j"), QStringLiteral("1")};
    QTest::newRow("-j 256") << QStringList{QStringLiteral("-j"), QStringLiteral("256")};
    QTest::newRow("-x 1") << QStringList{QStringLiteral("-x"), QStringLiteral("1")};
    QTest::newRow("-x 16") << QStringList{QStringLiteral("-x"), QStringLiteral("16")};
    QTest::newRow("--stall-timeout 0") << QStringList{QStringLiteral("--stall-timeout"), QStringLiteral("0")};
    QTest::newRow("--limit-rate 1") << QStringList{QStringLiteral("--limit-rate"), QStringLiteral("1")};
}

void CliOptionsTest::boundaryValues()
{
    QFETCH(QStringList, arguments);
    const CliParseResult r = parse(arguments << Url);
    QVERIFY2(r.action == Action::Run, qPrintable(r.error));
}

void CliOptionsTest::userAgentOverridesHeader()
{
    // -A is applied after every -H, and a repeated -H name keeps the last value (HttpHeaders::set).
    const CliParseResult r = parse({QStringLiteral("-H"), QStringLiteral("User-Agent: from-header"),
                                    QStringLiteral("-A"), QStringLiteral("from-A"),
                                    QStringLiteral("-H"), QStringLiteral("X-Dup: 1"), QStringLiteral("-H"), QStringLiteral("X-Dup: 2"), Url});
    QCOMPARE(r.action, Action::Run);
    QCOMPARE(r.options.headers.value("user-agent"), std::optional<QByteArray>("from-A"));
    QCOMPARE(r.options.headers.value("x-dup"), std::optional<QByteArray>("2"));
    QCOMPARE(r.options.headers.size(), 2);
}

void CliOptionsTest::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("reason"); // a fragment of the one-line message

    const QString other = QStringLiteral("http://example.com/other.bin");
    const QString hex63 = QString(63, QLatin1Char('a'));
    const QString nonHex = QString(63, QLatin1Char('a')) + QLatin1Char('g');
    QTest::newRow("no URL") << QStringList{} << QStringLiteral("no URL");
    QTest::newRow("only options") << QStringList{QStringLiteral("--json"), QStringLiteral("-q")} << QStringLiteral("no URL");
    QTest::newRow("ftp URL") << QStringList{QStringLiteral("ftp://example.com/f")} << QStringLiteral("unsupported URL scheme ftp");
    QTest::newRow("file URL") << QStringList{QStringLiteral("file:///etc/passwd")} << QStringLiteral("unsupported URL scheme file");
    QTest::newRow("no scheme") << QStringList{QStringLiteral("example.com/file.bin")} << QStringLiteral("unsupported URL scheme (none)");
    QTest::newRow("no host") << QStringList{QStringLiteral("http:///file.bin")} << QStringLiteral("host");
    QTest::newRow("bad second URL") << QStringList{Url, QStringLiteral("gopher://x/y")} << QStringLiteral("gopher://x/y: ");
    QTest::newRow("-o with two URLs") << QStringList{QStringLiteral("-o"), QStringLiteral("a"), Url, other} << QStringLiteral("exactly one URL");
    QTest::newRow("empty -o") << QStringList{QStringLiteral("-o"), QString(), Url} << QStringLiteral("--output");
    QTest::newRow("-o twice") << QStringList{QStringLiteral("-o"), QStringLiteral("a"), QStringLiteral("--output"), QStringLiteral("b"), Url}
                              << QStringLiteral("--output given more than once");
    QTest::newRow("-d twice") << QStringList{QStringLiteral("-d"), QStringLiteral("a"), QStringLiteral("-d"), QStringLiteral("b"), Url}
                              << QStringLiteral("--dir given more than once");
    QTest::newRow("-j twice") << QStringList{QStringLiteral("-j"), QStringLiteral("2"), QStringLiteral("-j"), QStringLiteral("3"), Url}
                              << QStringLiteral("--jobs given more than once");
    QTest::newRow("empty -d") << QStringList{QStringLiteral("-d"), QString(), Url} << QStringLiteral("--dir");
    QTest::newRow("--sha256 63 digits") << QStringList{QStringLiteral("--sha256"), hex63, Url} << QStringLiteral("64 hexadecimal");
    QTest::newRow("--sha256 65 digits") << QStringList{QStringLiteral("--sha256"), hex63 + QStringLiteral("aa"), Url} << QStringLiteral("64 hexadecimal");
    QTest::newRow("--sha256 non-hex") << QStringList{QStringLiteral("--sha256"), nonHex, Url} << QStringLiteral("64 hexadecimal");
    QTest::newRow("--sha256 two URLs") << QStringList{QStringLiteral("--sha256"), QString(64, QLatin1Char('0')), Url, other}
                                       << QStringLiteral("--sha256 works with exactly one URL");
    QTest::newRow("--retries -1") << QStringList{QStringLiteral("--retries"), QStringLiteral("-1"), Url} << QStringLiteral("--retries");
    QTest::newRow("--retries abc") << QStringList{QStringLiteral("--retries"), QStringLiteral("abc"), Url} << QStringLiteral("--retries");
    QTest::newRow("--retries 1.5") << QStringList{QStringLiteral("--retries"), QStringLiteral("1.5"), Url} << QStringLiteral("--retries");
    QTest::newRow("--max-wait -1") << QStringList{QStringLiteral("--max-wait"), QStringLiteral("-1"), Url} << QStringLiteral("--max-wait");
    QTest::newRow("--max-wait abc") << QStringList{QStringLiteral("--max-wait"), QStringLiteral("abc"), Url} << QStringLiteral("--max-wait");
    QTest::newRow("--connect-timeout x") << QStringList{QStringLiteral("--connect-timeout"), QStringLiteral("x"), Url} << QStringLiteral("--connect-timeout");
    QTest::newRow("--stall-timeout -2") << QStringList{QStringLiteral("--stall-timeout"), QStringLiteral("-2"), Url} << QStringLiteral("--stall-timeout");
    QTest::newRow("-j 0") << QStringList{QStringLiteral("-j"), QStringLiteral("0"), Url} << QStringLiteral("--jobs");
    QTest::newRow("-j 257") << QStringList{QStringLiteral("-j"), QStringLiteral("257"), Url} << QStringLiteral("--jobs");
    QTest::newRow("-x 0") << QStringList{QStringLiteral("-x"), QStringLiteral("0"), Url} << QStringLiteral("--connections");
    QTest::newRow("-x 17") << QStringList{QStringLiteral("-x"), QStringLiteral("17"), Url} << QStringLiteral("--connections");
    QTest::newRow("--limit-rate 0") << QStringList{QStringLiteral("--limit-rate"), QStringLiteral("0"), Url} << QStringLiteral("--limit-rate");
    QTest::newRow("--limit-rate abc") << QStringList{QStringLiteral("--limit-rate"), QStringLiteral("abc"), Url} << QStringLiteral("--limit-rate");
    QTest::newRow("--limit-rate 10X") << QStringList{QStringLiteral("--limit-rate"), QStringLiteral("10X"), Url} << QStringLiteral("--limit-rate");
    QTest::newRow("-H without colon") << QStringList{QStringLiteral("-H"), QStringLiteral("NoColon"), Url} << QStringLiteral("bad header \"NoColon\"");
    QTest::newRow("-H empty name") << QStringList{QStringLiteral("-H"), QStringLiteral(": value"), Url} << QStringLiteral("bad header");
    QTest::newRow("unknown option") << QStringList{QStringLiteral("--bogus"), Url} << QStringLiteral("bogus");
    QTest::newRow("missing value") << QStringList{Url, QStringLiteral("--retries")} << QStringLiteral("retries");
}

void CliOptionsTest::usageErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, reason);
    const CliParseResult r = parse(arguments);
    QCOMPARE(r.action, Action::UsageError);
    QVERIFY2(r.error.contains(reason), qPrintable(r.error));
    QVERIFY2(!r.error.contains(QLatin1Char('\n')), qPrintable(r.error)); // one line
}

void CliOptionsTest::headerArgument_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QByteArray>("name");
    QTest::addColumn<QByteArray>("value");

    QTest::newRow("plain") << QStringLiteral("X-Token: abc") << true << QByteArray("X-Token") << QByteArray("abc");
    QTest::newRow("no space") << QStringLiteral("X-Token:abc") << true << QByteArray("X-Token") << QByteArray("abc");
    QTest::newRow("trimmed") << QStringLiteral("  X-A  :   b c  ") << true << QByteArray("X-A") << QByteArray("b c");
    QTest::newRow("empty value") << QStringLiteral("X-Empty:") << true << QByteArray("X-Empty") << QByteArray();
    QTest::newRow("colon in value") << QStringLiteral("Authorization: Bearer a:b") << true << QByteArray("Authorization")
                                    << QByteArray("Bearer a:b");
    QTest::newRow("Latin-1 value") << QStringLiteral("X-Name: caf\u00e9") << true << QByteArray("X-Name") << QByteArray("caf\xe9");
    QTest::newRow("no colon") << QStringLiteral("NoColon") << false << QByteArray() << QByteArray();
    QTest::newRow("empty") << QString() << false << QByteArray() << QByteArray();
    QTest::newRow("empty name") << QStringLiteral(": value") << false << QByteArray() << QByteArray();
    QTest::newRow("blank name") << QStringLiteral("   : value") << false << QByteArray() << QByteArray();
    QTest::newRow("space in name") << QStringLiteral("Bad Name: v") << false << QByteArray() << QByteArray();
    QTest::newRow("separator in name") << QStringLiteral("X(y): v") << false << QByteArray() << QByteArray();
    QTest::newRow("CRLF injection") << QStringLiteral("X-A: v\r\nInjected: 1") << false << QByteArray() << QByteArray();
    QTest::newRow("LF in value") << QStringLiteral("X-A: v\nw") << false << QByteArray() << QByteArray();
}

void CliOptionsTest::headerArgument()
{
    QFETCH(QString, text);
    QFETCH(bool, ok);
    QFETCH(QByteArray, name);
    QFETCH(QByteArray, value);
    QByteArray gotName = "untouched", gotValue = "untouched";
    QCOMPARE(parseHeaderArgument(text, &gotName, &gotValue), ok);
    if (ok) {
        QCOMPARE(gotName, name);
        QCOMPARE(gotValue, value);
    } else {
        QCOMPARE(gotName, QByteArray("untouched"));
        QCOMPARE(gotValue, QByteArray("untouched"));
    }
}

void CliOptionsTest::rate_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("bytesPerSecond"); // -1: rejected

    constexpr qint64 K = 1024, M = K * K, G = M * K;
    QTest::newRow("100") << QStringLiteral("100") << qint64(100);
    QTest::newRow("512K") << QStringLiteral("512K") << 512 * K;
    QTest::newRow("500k") << QStringLiteral("500k") << 500 * K;
    QTest::newRow("1M") << QStringLiteral("1M") << M;
    QTest::newRow("1.5M") << QStringLiteral("1.5M") << M + M / 2;
    QTest::newRow("2G") << QStringLiteral("2G") << 2 * G;
    QTest::newRow("0.5K") << QStringLiteral("0.5K") << qint64(512);
    // Binary units whatever the spelling: "4 GiB", "2MB", "1M/s" and "3KB/s" are all accepted.
    QTest::newRow("4 GiB") << QStringLiteral("4 GiB") << 4 * G;
    QTest::newRow("2MB") << QStringLiteral("2MB") << 2 * M;
    QTest::newRow("1M/s") << QStringLiteral("1M/s") << M;
    QTest::newRow("3KB/s") << QStringLiteral("3KB/s") << 3 * K;
    QTest::newRow("100B") << QStringLiteral("100B") << qint64(100);
    QTest::newRow("surrounding spaces") << QStringLiteral("  2M ") << 2 * M;
    QTest::newRow("fraction truncated") << QStringLiteral("1.7") << qint64(1);

    QTest::newRow("0") << QStringLiteral("0") << qint64(-1);
    QTest::newRow("0K") << QStringLiteral("0K") << qint64(-1);
    QTest::newRow("0.5") << QStringLiteral("0.5") << qint64(-1);
    QTest::newRow("empty") << QString() << qint64(-1);
    QTest::newRow("abc") << QStringLiteral("abc") << qint64(-1);
    QTest::newRow("10X") << QStringLiteral("10X") << qint64(-1);
    QTest::newRow("1T") << QStringLiteral("1T") << qint64(-1);
    QTest::newRow("-1") << QStringLiteral("-1") << qint64(-1);
    QTest::newRow("-1M") << QStringLiteral("-1M") << qint64(-1);
    QTest::newRow("1e3") << QStringLiteral("1e3") << qint64(-1);
    QTest::newRow("M alone") << QStringLiteral("M") << qint64(-1);
    QTest::newRow("1.") << QStringLiteral("1.") << qint64(-1);
    QTest::newRow("1 M B s") << QStringLiteral("1 M B s") << qint64(-1);
    QTest::newRow("above 1e15") << QStringLiteral("1000000G") << qint64(-1);
}

void CliOptionsTest::rate()
{
    QFETCH(QString, text);
    QFETCH(qint64, bytesPerSecond);
    QCOMPARE(parseRate(text), bytesPerSecond);
}

QTEST_GUILESS_MAIN(CliOptionsTest)
#include "tst_clioptions.moc"
