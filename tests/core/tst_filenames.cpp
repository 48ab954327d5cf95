// SPDX-License-Identifier: MIT
#include "filenames.h"

#include <QRandomGenerator>
#include <QTest>

using namespace Haul;

namespace {

// What every result of safeFileName() must satisfy, whatever the input.
QString unsafeReason(const QString &name)
{
    if (name.isEmpty())
        return QString(); // "nothing usable" is a valid, safe answer
    if (name == u"." || name == u"..")
        return QStringLiteral("dot name");
    if (name.startsWith(u'.'))
        return QStringLiteral("leading dot");
    if (name.endsWith(u'.') || name.endsWith(u' '))
        return QStringLiteral("trailing dot or space");
    if (name.toUtf8().size() > 200)
        return QStringLiteral("longer than 200 UTF-8 bytes");
    if (QString::fromUtf8(name.toUtf8()) != name)
        return QStringLiteral("not valid UTF-16 (broken surrogate)");
    for (QChar c : name) {
        const char16_t u = c.unicode();
        if (u < 0x20 || (u >= 0x7F && u <= 0x9F))
            return QStringLiteral("control character U+%1").arg(u, 4, 16, QLatin1Char('0'));
        if (QStringView(u"<>:\"/\\|?*").contains(c))
            return QStringLiteral("reserved character %1").arg(c);
        if ((u >= 0x202A && u <= 0x202E) || (u >= 0x2066 && u <= 0x2069) || u == 0x200E || u == 0x200F
            || u == 0x061C)
            return QStringLiteral("bidi control U+%1").arg(u, 4, 16, QLatin1Char('0'));
    }
    const QString base = name.left(name.indexOf(u'.')).trimmed().toUpper();
    static const QStringList devices = {
        QStringLiteral("CON"), QStringLiteral("PRN"), QStringLiteral("AUX"), QStringLiteral("NUL"),
    };
    if (devices.contains(base)
        || (base.size() == 4 && (base.startsWith(u"COM") || base.startsWith(u"LPT")) && base.at(3).isDigit()))
        return QStringLiteral("Windows device name");
    return QString();
}

} // namespace

class TestFileNames : public QObject
{
    Q_OBJECT

private slots:
    void contentDisposition_data();
    void contentDisposition();
    void fromUrl_data();
    void fromUrl();
    void safeFileName_data();
    void safeFileName();
    void longNames_data();
    void longNames();
    void randomHostileNamesStaySafe();
    void numbered_data();
    void numbered();
};

void TestFileNames::contentDisposition_data()
{
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<QString>("expected");

    QTest::newRow("token") << QByteArray("attachment; filename=file.txt") << QStringLiteral("file.txt");
    QTest::newRow("quoted with space") << QByteArray("attachment; filename=\"a b.txt\"") << QStringLiteral("a b.txt");
    QTest::newRow("RFC 8187 UTF-8")
        << QByteArray("attachment; filename*=UTF-8''%E2%82%AC%20rates.pdf") << QStringLiteral("\u20ac rates.pdf");
    QTest::newRow("filename* wins (after)")
        << QByteArray("attachment; filename=\"fallback.pdf\"; filename*=UTF-8''%E2%82%AC%20rates.pdf")
        << QStringLiteral("\u20ac rates.pdf");
    QTest::newRow("filename* wins (before)")
        << QByteArray("attachment; filename*=UTF-8''%E2%82%AC%20rates.pdf; filename=\"fallback.pdf\"")
        << QStringLiteral("\u20ac rates.pdf");
    QTest::newRow("ISO-8859-1") << QByteArray("attachment; filename*=ISO-8859-1''caf%E9.txt")
                                << QStringLiteral("caf\u00e9.txt");
    QTest::newRow("charset case and language")
        << QByteArray("attachment; filename*=iso-8859-1'en'%A3%20rates") << QStringLiteral("\u00a3 rates");
    QTest::newRow("utf-8 lower-case charset") << QByteArray("attachment; filename*=utf-8'de'Gr%C3%BC%C3%9Fe.txt")
                                              << QStringLiteral("Gr\u00fc\u00dfe.txt");
    QTest::newRow("quoted escapes removed") << QByteArray("attachment; filename=\"q\\u\\o\\t\\e.txt\"")
                                            << QStringLiteral("quote.txt");
    QTest::newRow("escaped quote then made safe") << QByteArray("attachment; filename=\"a\\\"b.txt\"")
                                                  << QStringLiteral("a_b.txt");
    QTest::newRow("semicolon inside quotes") << QByteArray("attachment; filename=\"semi;colon.txt\"")
                                             << QStringLiteral("semi;colon.txt");
    QTest::newRow("inline with name") << QByteArray("inline; filename=report.pdf") << QStringLiteral("report.pdf");
    QTest::newRow("attachment only") << QByteArray("attachment") << QString();
    QTest::newRow("inline only") << QByteArray("inline") << QString();
    QTest::newRow("empty header") << QByteArray() << QString();
    QTest::newRow("other parameter only") << QByteArray("attachment; size=42") << QString();
    QTest::newRow("upper-case names") << QByteArray("ATTACHMENT; FILENAME=\"X.TXT\"") << QStringLiteral("X.TXT");
    QTest::newRow("spaces around =") << QByteArray("attachment ;  filename =  \"x.txt\" ") << QStringLiteral("x.txt");
    QTest::newRow("no disposition type") << QByteArray("filename=x.txt") << QStringLiteral("x.txt");
    QTest::newRow("other parameters around")
        << QByteArray("attachment; creation-date=\"Wed, 12 Feb 1997 16:29:51 -0500\"; filename=x.bin; size=3")
        << QStringLiteral("x.bin");
    QTest::newRow("first filename wins") << QByteArray("attachment; filename=a.txt; filename=b.txt")
                                         << QStringLiteral("a.txt");
    QTest::newRow("unterminated quote") << QByteArray("attachment; filename=\"open.txt") << QStringLiteral("open.txt");
    QTest::newRow("raw UTF-8 in filename") << QByteArray("attachment; filename=\"\xe2\x82\xac.txt\"")
                                           << QStringLiteral("\u20ac.txt");
    QTest::newRow("raw Latin-1 in filename") << QByteArray("attachment; filename=\"caf\xe9.txt\"")
                                             << QStringLiteral("caf\u00e9.txt");
    QTest::newRow("bad escape falls back") << QByteArray("attachment; filename=\"ok.txt\"; filename*=UTF-8''%ZZ")
                                           << QStringLiteral("ok.txt");
    QTest::newRow("truncated escape falls back")
        << QByteArray("attachment; filename=ok.txt; filename*=UTF-8''a%4") << QStringLiteral("ok.txt");
    QTest::newRow("invalid UTF-8 falls back")
        << QByteArray("attachment; filename=ok.txt; filename*=UTF-8''%FF.txt") << QStringLiteral("ok.txt");
    QTest::newRow("unknown charset falls back")
        << QByteArray("attachment; filename=ok.txt; filename*=KOI8-R''%F0.txt") << QStringLiteral("ok.txt");
    QTest::newRow("missing quotes in ext-value falls back")
        << QByteArray("attachment; filename=ok.txt; filename*=x.txt") << QStringLiteral("ok.txt");
    QTest::newRow("bad filename* and nothing else") << QByteArray("attachment; filename*=UTF-8''%ZZ") << QString();

    // Hostile servers.
    QTest::newRow("traversal") << QByteArray("attachment; filename=\"../../etc/passwd\"") << QStringLiteral("passwd");
    QTest::newRow("backslash traversal") << QByteArray("attachment; filename=\"..\\\\..\\\\x\"")
                                         << QStringLiteral("x");
    QTest::newRow("absolute") << QByteArray("attachment; filename=/abs/path") << QStringLiteral("path");
    QTest::newRow("drive") << QByteArray("attachment; filename=\"C:\\\\x\"") << QStringLiteral("x");
    QTest::newRow("encoded slashes in filename*")
        << QByteArray("attachment; filename*=UTF-8''..%2F..%2Fetc%2Fpasswd") << QStringLiteral("passwd");
    QTest::newRow("encoded backslashes in filename*")
        << QByteArray("attachment; filename*=UTF-8''..%5C..%5Cboot.ini") << QStringLiteral("boot.ini");
    QTest::newRow("filename* is .. so filename is used")
        << QByteArray("attachment; filename=safe.txt; filename*=UTF-8''%2E%2E") << QStringLiteral("safe.txt");
    QTest::newRow("dot dot") << QByteArray("attachment; filename=\"..\"") << QString();
    QTest::newRow("NUL in filename*") << QByteArray("attachment; filename*=UTF-8''a%00b.txt") << QStringLiteral("a_b.txt");
    QTest::newRow("newline in filename*") << QByteArray("attachment; filename*=UTF-8''a%0D%0Ab.txt")
                                          << QStringLiteral("a__b.txt");
    QTest::newRow("RTL override") << QByteArray("attachment; filename*=UTF-8''invoice%E2%80%AEfdp.exe")
                                  << QStringLiteral("invoice_fdp.exe");
    QTest::newRow("device name") << QByteArray("attachment; filename=CON") << QStringLiteral("_CON");
    QTest::newRow("hidden file") << QByteArray("attachment; filename=.bashrc") << QStringLiteral("bashrc");
}

void TestFileNames::contentDisposition()
{
    QFETCH(QByteArray, header);
    QFETCH(QString, expected);
    QCOMPARE(fileNameFromContentDisposition(header), expected);
}

void TestFileNames::fromUrl_data()
{
    QTest::addColumn<QUrl>("url");
    QTest::addColumn<QString>("expected");

    QTest::newRow("file") << QUrl(QStringLiteral("https://e.x/dir/file.iso")) << QStringLiteral("file.iso");
    QTest::newRow("directory") << QUrl(QStringLiteral("https://e.x/dir/")) << QStringLiteral("dir");
    QTest::newRow("root") << QUrl(QStringLiteral("https://e.x/")) << QStringLiteral("index.html");
    QTest::newRow("no path") << QUrl(QStringLiteral("https://e.x")) << QStringLiteral("index.html");
    QTest::newRow("double slashes") << QUrl(QStringLiteral("https://e.x//a//")) << QStringLiteral("a");
    QTest::newRow("query ignored") << QUrl(QStringLiteral("https://e.x/dir/file.iso?x=1&y=/etc/passwd"))
                                   << QStringLiteral("file.iso");
    QTest::newRow("fragment ignored") << QUrl(QStringLiteral("https://e.x/file.iso#part/2"))
                                      << QStringLiteral("file.iso");
    QTest::newRow("query on root") << QUrl(QStringLiteral("https://e.x/?download=a.zip"))
                                   << QStringLiteral("index.html");
    QTest::newRow("percent-decoded space") << QUrl(QStringLiteral("https://e.x/dir/my%20file.iso"))
                                           << QStringLiteral("my file.iso");
    QTest::newRow("percent-decoded UTF-8") << QUrl(QStringLiteral("https://e.x/%E2%82%AC.txt"))
                                           << QStringLiteral("\u20ac.txt");
    QTest::newRow("encoded slash") << QUrl(QStringLiteral("https://e.x/dir/..%2F..%2Fpasswd"))
                                   << QStringLiteral("passwd");
    QTest::newRow("encoded dot dot") << QUrl(QStringLiteral("https://e.x/dir/%2E%2E")) << QStringLiteral("index.html");
    QTest::newRow("encoded NUL") << QUrl(QStringLiteral("https://e.x/a%00b")) << QStringLiteral("a_b");
    QTest::newRow("device name") << QUrl(QStringLiteral("https://e.x/files/nul.txt")) << QStringLiteral("_nul.txt");
    QTest::newRow("hidden") << QUrl(QStringLiteral("https://e.x/.env")) << QStringLiteral("env");
    QTest::newRow("empty URL") << QUrl() << QStringLiteral("index.html");
}

void TestFileNames::fromUrl()
{
    QFETCH(QUrl, url);
    QFETCH(QString, expected);
    QCOMPARE(fileNameFromUrl(url), expected);
}

void TestFileNames::safeFileName_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");

    QTest::newRow("ordinary") << QStringLiteral("file.iso") << QStringLiteral("file.iso");
    QTest::newRow("non-ASCII kept") << QStringLiteral("caf\u00e9 \u20ac.txt") << QStringLiteral("caf\u00e9 \u20ac.txt");
    QTest::newRow("emoji kept") << QStringLiteral("\U0001F600.png") << QStringLiteral("\U0001F600.png");
    QTest::newRow("inner dots kept") << QStringLiteral("a.tar.gz") << QStringLiteral("a.tar.gz");

    // Escaping the folder.
    QTest::newRow("../../etc/passwd") << QStringLiteral("../../etc/passwd") << QStringLiteral("passwd");
    QTest::newRow("..\\..\\x") << QStringLiteral("..\\..\\x") << QStringLiteral("x");
    QTest::newRow("/abs/path") << QStringLiteral("/abs/path") << QStringLiteral("path");
    QTest::newRow("C:\\x") << QStringLiteral("C:\\x") << QStringLiteral("x");
    QTest::newRow("C:x") << QStringLiteral("C:x") << QStringLiteral("C_x");
    QTest::newRow("a/../../b") << QStringLiteral("a/../../b") << QStringLiteral("b");
    QTest::newRow("mixed separators") << QStringLiteral("a\\b/c\\d") << QStringLiteral("d");
    QTest::newRow("UNC") << QStringLiteral("\\\\server\\share\\f.txt") << QStringLiteral("f.txt");
    QTest::newRow("trailing slash") << QStringLiteral("dir/") << QString();
    QTest::newRow("slash") << QStringLiteral("/") << QString();
    QTest::newRow("ends in ..") << QStringLiteral("a/..") << QString();

    // Nothing usable.
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow(".") << QStringLiteral(".") << QString();
    QTest::newRow("..") << QStringLiteral("..") << QString();
    QTest::newRow("...") << QStringLiteral("...") << QString();
    QTest::newRow("blank") << QStringLiteral("   ") << QString();
    QTest::newRow("dots and spaces") << QStringLiteral(". . .") << QString();

    // Characters.
    QTest::newRow("NUL") << QString(QStringLiteral("a") + QChar(0) + QStringLiteral("b")) << QStringLiteral("a_b");
    QTest::newRow("controls and DEL") << QStringLiteral("a\x01" "b\x1f\x7f" "c") << QStringLiteral("a_b__c");
    QTest::newRow("tab CR LF") << QStringLiteral("a\tb\r\nc") << QStringLiteral("a_b__c");
    QTest::newRow("C1 control") << QStringLiteral("a\u0085b") << QStringLiteral("a_b");
    QTest::newRow("reserved") << QStringLiteral("a<b>c:d\"e|f?g*h") << QStringLiteral("a_b_c_d_e_f_g_h");
    QTest::newRow("RTL override") << QStringLiteral("invoice\u202Efdp.exe") << QStringLiteral("invoice_fdp.exe");
    QTest::newRow("bidi embeddings") << QStringLiteral("\u202Aa\u202Bb\u202Cc\u202Dd")
                                     << QStringLiteral("_a_b_c_d");
    QTest::newRow("bidi isolates") << QStringLiteral("a\u2066b\u2067c\u2068d\u2069")
                                   << QStringLiteral("a_b_c_d_");
    QTest::newRow("bidi marks") << QStringLiteral("a\u200Eb\u200Fc\u061Cd") << QStringLiteral("a_b_c_d");
    QTest::newRow("lone surrogate") << QString(QStringLiteral("a") + QChar(0xD800) + QStringLiteral("b"))
                                    << QStringLiteral("a_b");
    QTest::newRow("lone low surrogate") << QString(QChar(0xDC00) + QStringLiteral("b")) << QStringLiteral("_b");

    // Ends.
    QTest::newRow(".bashrc") << QStringLiteral(".bashrc") << QStringLiteral("bashrc");
    QTest::newRow("..bashrc") << QStringLiteral("..bashrc") << QStringLiteral("bashrc");
    QTest::newRow(". .bashrc") << QStringLiteral(". .bashrc") << QStringLiteral("bashrc");
    QTest::newRow("trailing dots") << QStringLiteral("name...") << QStringLiteral("name");
    QTest::newRow("trailing spaces") << QStringLiteral("file.txt  ") << QStringLiteral("file.txt");
    QTest::newRow("trailing dot space mix") << QStringLiteral("name. . ") << QStringLiteral("name");
    QTest::newRow("inner spaces kept") << QStringLiteral("a  b.txt") << QStringLiteral("a  b.txt");

    // Windows devices, any case, also with an extension.
    QTest::newRow("CON") << QStringLiteral("CON") << QStringLiteral("_CON");
    QTest::newRow("con") << QStringLiteral("con") << QStringLiteral("_con");
    QTest::newRow("con.txt") << QStringLiteral("con.txt") << QStringLiteral("_con.txt");
    QTest::newRow("Con.tar.gz") << QStringLiteral("Con.tar.gz") << QStringLiteral("_Con.tar.gz");
    QTest::newRow("con .txt") << QStringLiteral("con .txt") << QStringLiteral("_con .txt");
    QTest::newRow("CON.") << QStringLiteral("CON.") << QStringLiteral("_CON");
    QTest::newRow("NUL") << QStringLiteral("NUL") << QStringLiteral("_NUL");
    QTest::newRow("nul.txt") << QStringLiteral("nul.txt") << QStringLiteral("_nul.txt");
    QTest::newRow("PRN") << QStringLiteral("PRN") << QStringLiteral("_PRN");
    QTest::newRow("aux.c") << QStringLiteral("aux.c") << QStringLiteral("_aux.c");
    QTest::newRow("COM1") << QStringLiteral("COM1") << QStringLiteral("_COM1");
    QTest::newRow("com9.log") << QStringLiteral("com9.log") << QStringLiteral("_com9.log");
    QTest::newRow("LPT1") << QStringLiteral("LPT1") << QStringLiteral("_LPT1");
    QTest::newRow("lpt3.tar.gz") << QStringLiteral("lpt3.tar.gz") << QStringLiteral("_lpt3.tar.gz");
    QTest::newRow("COM superscript one") << QStringLiteral("COM\u00B9") << QStringLiteral("_COM\u00B9");
    QTest::newRow("CONIN$") << QStringLiteral("conin$") << QStringLiteral("_conin$");
    QTest::newRow("path to device") << QStringLiteral("C:\\dir\\LPT2.txt") << QStringLiteral("_LPT2.txt");
    QTest::newRow("hidden device") << QStringLiteral(".con") << QStringLiteral("_con");
    QTest::newRow("COM10 is a file") << QStringLiteral("COM10") << QStringLiteral("COM10");
    QTest::newRow("COM is a file") << QStringLiteral("COM") << QStringLiteral("COM");
    QTest::newRow("console is a file") << QStringLiteral("console.txt") << QStringLiteral("console.txt");
    QTest::newRow("nullify is a file") << QStringLiteral("nullify") << QStringLiteral("nullify");
    QTest::newRow("device later in name") << QStringLiteral("my.con") << QStringLiteral("my.con");
}

void TestFileNames::safeFileName()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    const QString result = Haul::safeFileName(input);
    QCOMPARE(result, expected);
    QVERIFY2(unsafeReason(result).isEmpty(), qPrintable(unsafeReason(result)));
    // Idempotent: a safe name stays as it is.
    QCOMPARE(Haul::safeFileName(result), result);
}

void TestFileNames::longNames_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");

    const QString a300 = QString(300, u'a');
    QTest::newRow("ASCII with extension") << a300 + QStringLiteral(".iso") << QString(196, u'a') + QStringLiteral(".iso");
    QTest::newRow("ASCII without extension") << QString(500, u'x') << QString(200, u'x');
    QTest::newRow("exactly 200 bytes kept") << QString(196, u'b') + QStringLiteral(".bin")
                                            << QString(196, u'b') + QStringLiteral(".bin");
    // 3-byte characters: 196 bytes leave room for 65 of them (195 bytes).
    QTest::newRow("euro signs") << QString(100, QChar(0x20AC)) + QStringLiteral(".txt")
                                << QString(65, QChar(0x20AC)) + QStringLiteral(".txt");
    // 4-byte characters (surrogate pairs) are never split.
    QString emoji;
    for (int i = 0; i < 100; ++i)
        emoji += QStringLiteral("\U0001F600");
    QTest::newRow("emoji") << emoji << emoji.left(100);
    // A long "extension" is just part of the name.
    QTest::newRow("long extension") << QStringLiteral("a.") + a300 << QStringLiteral("a.") + QString(198, u'a');
    // Cutting must not leave a trailing space or dot behind.
    QTest::newRow("cut lands on spaces") << QStringLiteral("a") + QString(300, u' ') + QStringLiteral("b")
                                         << QStringLiteral("a");
    QTest::newRow("device prefix kept") << QStringLiteral("con.") + a300
                                        << QStringLiteral("_con.") + QString(195, u'a');
}

void TestFileNames::longNames()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    const QString result = Haul::safeFileName(input);
    QCOMPARE(result, expected);
    QVERIFY(result.toUtf8().size() <= 200);
    QVERIFY2(unsafeReason(result).isEmpty(), qPrintable(unsafeReason(result)));
}

void TestFileNames::randomHostileNamesStaySafe()
{
    // A fixed seed keeps this deterministic; the alphabet is all trouble.
    static const QList<QString> pieces = {
        QStringLiteral("/"), QStringLiteral("\\"), QStringLiteral("."), QStringLiteral(".."),
        QStringLiteral(" "), QStringLiteral(":"), QStringLiteral("*"), QStringLiteral("?"),
        QStringLiteral("\""), QStringLiteral("<"), QStringLiteral(">"), QStringLiteral("|"),
        QString(QChar(0)), QStringLiteral("\x01"), QStringLiteral("\x1f"), QStringLiteral("\x7f"),
        QStringLiteral("\u202E"), QStringLiteral("\u2066"), QStringLiteral("\u200F"),
        QString(QChar(0xD800)), QString(QChar(0xDC00)), QStringLiteral("\U0001F600"),
        QStringLiteral("\u20ac"), QStringLiteral("con"), QStringLiteral("NUL"), QStringLiteral("com1"),
        QStringLiteral("lpt9"), QStringLiteral("a"), QStringLiteral("txt"), QStringLiteral("C:"),
        QString(120, u'z'), QString(40, QChar(0x20AC)),
    };
    QRandomGenerator random(20151021);
    for (int round = 0; round < 5000; ++round) {
        QString candidate;
        const int count = random.bounded(1, 12);
        for (int i = 0; i < count; ++i)
            candidate += pieces.at(random.bounded(pieces.size()));
        const QString result = Haul::safeFileName(candidate);
        const QString reason = unsafeReason(result);
        if (!reason.isEmpty()) {
            const QByteArray message = reason.toUtf8() + " for input " + candidate.toUtf8().toPercentEncoding()
                + " -> " + result.toUtf8().toPercentEncoding();
            QFAIL(message.constData());
        }
        QCOMPARE(Haul::safeFileName(result), result);
    }
}

void TestFileNames::numbered_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("n");
    QTest::addColumn<QString>("expected");
    QTest::newRow("extension") << QStringLiteral("report.pdf") << 1 << QStringLiteral("report (1).pdf");
    QTest::newRow("two dots") << QStringLiteral("debian-12.5.iso") << 3 << QStringLiteral("debian-12.5 (3).iso");
    QTest::newRow("tar.gz") << QStringLiteral("src.tar.gz") << 2 << QStringLiteral("src (2).tar.gz");
    QTest::newRow("TAR.XZ") << QStringLiteral("SRC.TAR.XZ") << 1 << QStringLiteral("SRC (1).TAR.XZ");
    QTest::newRow("none") << QStringLiteral("README") << 1 << QStringLiteral("README (1)");
    QTest::newRow("dot file") << QStringLiteral(".profile") << 1 << QStringLiteral(".profile (1)");
    QTest::newRow("only tar.gz") << QStringLiteral(".tar.gz") << 1 << QStringLiteral(".tar (1).gz");
}

void TestFileNames::numbered()
{
    QFETCH(QString, name);
    QFETCH(int, n);
    QFETCH(QString, expected);
    QCOMPARE(Haul::numberedFileName(name, n), expected);
}

QTEST_GUILESS_MAIN(TestFileNames)
#include "tst_filenames.moc"
