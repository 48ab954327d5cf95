// SPDX-License-Identifier: MIT
#include "etag.h"

#include <QTest>

using Haul::ETag;

namespace {

// The expected outcome of a parse, spelled for data tables.
enum class Kind { Absent, Strong, Weak, Wildcard };

Kind kindOf(const ETag &tag)
{
    if (tag.isWildcard())
        return Kind::Wildcard;
    if (tag.isWeak())
        return Kind::Weak;
    if (tag.isStrong())
        return Kind::Strong;
    return Kind::Absent;
}

} // namespace

Q_DECLARE_METATYPE(Kind)

class TestETag : public QObject
{
    Q_OBJECT

private slots:
    void parse_data();
    void parse();
    void quotedAndBareFormsAreEqual_data();
    void quotedAndBareFormsAreEqual();
    void emptyStrongTag();
    void canonicalRoundTrip_data();
    void canonicalRoundTrip();
    void canonicalEscapes_data();
    void canonicalEscapes();
    void canonicalOfParsedValue_data();
    void canonicalOfParsedValue();
    void absentHasNoCanonicalText();
    void factories();
    void equality();
    void matching_data();
    void matching();
    void usableForRange_data();
    void usableForRange();
};

void TestETag::parse_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<Kind>("kind");
    QTest::addColumn<QString>("opaque");

    // §4.2 examples and §12.3 ET-9.
    QTest::newRow("quoted") << QStringLiteral("\"abc123\"") << Kind::Strong << QStringLiteral("abc123");
    QTest::newRow("bare") << QStringLiteral("abc123") << Kind::Strong << QStringLiteral("abc123");
    QTest::newRow("weak quoted") << QStringLiteral("W/\"weak-hash\"") << Kind::Weak << QStringLiteral("weak-hash");
    QTest::newRow("weak bare") << QStringLiteral("W/weak-hash") << Kind::Weak << QStringLiteral("weak-hash");
    QTest::newRow("lower-case w/") << QStringLiteral("w/\"x\"") << Kind::Weak << QStringLiteral("x");
    QTest::newRow("w/ tab space, spaces inside kept")
        << QStringLiteral("w/\t \" z \"") << Kind::Weak << QStringLiteral(" z ");
    QTest::newRow("W/ space") << QStringLiteral("W/ \"x\"") << Kind::Weak << QStringLiteral("x");
    QTest::newRow("escaped quote") << QStringLiteral("\"a\\\"b\"") << Kind::Strong << QStringLiteral("a\"b");
    QTest::newRow("escaped backslash") << QStringLiteral("\"a\\\\b\"") << Kind::Strong << QStringLiteral("a\\b");
    QTest::newRow("escaped ordinary char") << QStringLiteral("\"\\a\"") << Kind::Strong << QStringLiteral("a");
    QTest::newRow("** is opaque") << QStringLiteral("**") << Kind::Strong << QStringLiteral("**");
    QTest::newRow("wildcard") << QStringLiteral("*") << Kind::Wildcard << QString();
    QTest::newRow("wildcard trimmed") << QStringLiteral("  *\t") << Kind::Wildcard << QString();
    QTest::newRow("spaces inside quotes") << QStringLiteral("\"  spaced  \"") << Kind::Strong
                                          << QStringLiteral("  spaced  ");
    QTest::newRow("outer whitespace trimmed") << QStringLiteral("  \"abc\"  ") << Kind::Strong << QStringLiteral("abc");
    QTest::newRow("empty strong") << QStringLiteral("\"\"") << Kind::Strong << QString();
    QTest::newRow("non-ASCII bare") << QStringLiteral("caf\u00e8") << Kind::Strong << QStringLiteral("caf\u00e8");
    QTest::newRow("Latin-1 0xff bare") << QString(QChar(0xFF)) << Kind::Strong << QString(QChar(0xFF));
    QTest::newRow("legacy weak bare") << QStringLiteral("W/abc") << Kind::Weak << QStringLiteral("abc");

    // Malformed → absent, exactly like a missing header.
    QTest::newRow("empty") << QString() << Kind::Absent << QString();
    QTest::newRow("blank") << QStringLiteral("   \t ") << Kind::Absent << QString();
    QTest::newRow("unterminated") << QStringLiteral("\"unterminated") << Kind::Absent << QString();
    QTest::newRow("unopened") << QStringLiteral("unopened\"") << Kind::Absent << QString();
    QTest::newRow("W/ alone") << QStringLiteral("W/") << Kind::Absent << QString();
    QTest::newRow("W/ blank") << QStringLiteral("W/   ") << Kind::Absent << QString();
    QTest::newRow("weak empty") << QStringLiteral("W/\"\"") << Kind::Absent << QString();
    QTest::newRow("bad token") << QStringLiteral("bad token") << Kind::Absent << QString();
    QTest::newRow("bad,comma") << QStringLiteral("bad,comma") << Kind::Absent << QString();
    QTest::newRow("a b") << QStringLiteral("a b") << Kind::Absent << QString();
    QTest::newRow("control char") << QStringLiteral("\x01" "ctrl") << Kind::Absent << QString();
    QTest::newRow("DEL") << QStringLiteral("~bad\x7f") << Kind::Absent << QString();
    QTest::newRow("tab inside bare") << QStringLiteral("a\tb") << Kind::Absent << QString();
    QTest::newRow("CR inside bare") << QStringLiteral("a\rb") << Kind::Absent << QString();
    QTest::newRow("LF inside bare") << QStringLiteral("a\nb") << Kind::Absent << QString();
    QTest::newRow("0x1f inside bare") << QStringLiteral("a\x1f" "b") << Kind::Absent << QString();
    QTest::newRow("dup quote") << QStringLiteral("\"dup\"\"") << Kind::Absent << QString();
    QTest::newRow("unescaped quote inside") << QStringLiteral("\"a\"b\"") << Kind::Absent << QString();
    QTest::newRow("lone trailing backslash") << QStringLiteral("\"x\\") << Kind::Absent << QString();
    QTest::newRow("escaped closing quote") << QStringLiteral("\"x\\\"") << Kind::Absent << QString();
    QTest::newRow("quote inside bare") << QStringLiteral("a\"b") << Kind::Absent << QString();
}

void TestETag::parse()
{
    QFETCH(QString, input);
    QFETCH(Kind, kind);
    QFETCH(QString, opaque);

    const ETag tag = ETag::parse(input);
    QCOMPARE(kindOf(tag), kind);
    QCOMPARE(tag.isPresent(), kind != Kind::Absent);
    QCOMPARE(tag.opaque(), opaque);
    if (kind == Kind::Absent)
        QCOMPARE(tag, ETag());
}

void TestETag::quotedAndBareFormsAreEqual_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");

    QTest::newRow("strong") << QStringLiteral("\"abc123\"") << QStringLiteral("abc123");
    QTest::newRow("weak") << QStringLiteral("W/\"weak-hash\"") << QStringLiteral("W/weak-hash");
    QTest::newRow("w/ vs W/ with space") << QStringLiteral("w/ \"x\"") << QStringLiteral("W/\"x\"");
    QTest::newRow("surrounding space") << QStringLiteral(" \"abc\" ") << QStringLiteral("\"abc\"");
    QTest::newRow("needless escape") << QStringLiteral("\"\\a\\b\"") << QStringLiteral("ab");
}

void TestETag::quotedAndBareFormsAreEqual()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    const ETag first = ETag::parse(a);
    QVERIFY(first.isPresent());
    QCOMPARE(first, ETag::parse(b));
    QCOMPARE(first.canonical(), ETag::parse(b).canonical());
}

void TestETag::emptyStrongTag()
{
    // ET-9: "" is present and strong, distinct from absent, usable for If-Range.
    const ETag empty = ETag::parse(u"\"\"");
    QVERIFY(empty.isPresent());
    QVERIFY(empty.isStrong());
    QVERIFY(empty.usableForRange());
    QVERIFY(empty != ETag());
    QCOMPARE(empty, ETag::strong(QString()));
    QCOMPARE(empty.canonical(), QStringLiteral("\"\""));
}

void TestETag::canonicalRoundTrip_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("strong") << QStringLiteral("\"abc\"");
    QTest::newRow("weak") << QStringLiteral("W/\"weak\"");
    QTest::newRow("spaced") << QStringLiteral("\"  spaced  \"");
    QTest::newRow("weak with space") << QStringLiteral("W/\"x y\"");
    QTest::newRow("empty strong") << QStringLiteral("\"\"");
    QTest::newRow("wildcard") << QStringLiteral("*");
    QTest::newRow("escapes") << QStringLiteral("\"a\\\"b\\\\c\"");
}

void TestETag::canonicalRoundTrip()
{
    QFETCH(QString, text);
    const ETag tag = ETag::parse(text);
    QVERIFY(tag.isPresent());
    QCOMPARE(tag.canonical(), text);
    QCOMPARE(ETag::parse(tag.canonical()), tag);
}

void TestETag::canonicalEscapes_data()
{
    QTest::addColumn<bool>("weak");
    QTest::addColumn<QString>("opaque");
    QTest::addColumn<QString>("canonical");

    QTest::newRow("strong quote") << false << QStringLiteral("a\"b") << QStringLiteral("\"a\\\"b\"");
    QTest::newRow("strong backslash") << false << QStringLiteral("a\\b") << QStringLiteral("\"a\\\\b\"");
    // Backslashes are escaped before quotes, so \" becomes \\\" (not \\\\").
    QTest::newRow("strong both") << false << QStringLiteral("\\\"") << QStringLiteral("\"\\\\\\\"\"");
    QTest::newRow("weak quote") << true << QStringLiteral("a\"b") << QStringLiteral("W/\"a\\\"b\"");
    QTest::newRow("weak backslash") << true << QStringLiteral("a\\b") << QStringLiteral("W/\"a\\\\b\"");
    QTest::newRow("weak trailing backslash") << true << QStringLiteral("x\\") << QStringLiteral("W/\"x\\\\\"");
}

void TestETag::canonicalEscapes()
{
    QFETCH(bool, weak);
    QFETCH(QString, opaque);
    QFETCH(QString, canonical);

    const ETag tag = weak ? ETag::weak(opaque) : ETag::strong(opaque);
    QCOMPARE(tag.canonical(), canonical);
    const ETag reparsed = ETag::parse(canonical);
    QCOMPARE(reparsed, tag);
    QCOMPARE(reparsed.opaque(), opaque);
}

void TestETag::canonicalOfParsedValue_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("canonical");

    // §2.3.1: the stored / If-Range text is always quoted, weak prefix is "W/".
    QTest::newRow("bare") << QStringLiteral("plain") << QStringLiteral("\"plain\"");
    QTest::newRow("unquoted abc") << QStringLiteral("abc") << QStringLiteral("\"abc\"");
    QTest::newRow("lower-case weak") << QStringLiteral("w/x") << QStringLiteral("W/\"x\"");
    QTest::newRow("weak with blanks") << QStringLiteral("w/\t \" z \"") << QStringLiteral("W/\" z \"");
    QTest::newRow("needless escape dropped") << QStringLiteral("\"\\a\"") << QStringLiteral("\"a\"");
    QTest::newRow("non-ASCII") << QStringLiteral("caf\u00e8") << QStringLiteral("\"caf\u00e8\"");
}

void TestETag::canonicalOfParsedValue()
{
    QFETCH(QString, input);
    QFETCH(QString, canonical);
    QCOMPARE(ETag::parse(input).canonical(), canonical);
}

void TestETag::absentHasNoCanonicalText()
{
    QVERIFY(ETag().canonical().isEmpty());
    QVERIFY(ETag::parse(u"").canonical().isEmpty());
    QVERIFY(ETag::parse(u"bad token").canonical().isEmpty());
    QVERIFY(ETag::parse(u"W/\"\"").canonical().isEmpty());
}

void TestETag::factories()
{
    QVERIFY(!ETag().isPresent());
    QVERIFY(ETag::strong(QStringLiteral("a")).isStrong());
    QCOMPARE(ETag::strong(QStringLiteral("a")).opaque(), QStringLiteral("a"));
    QVERIFY(ETag::weak(QStringLiteral("a")).isWeak());
    QVERIFY(ETag::wildcard().isWildcard());
    QVERIFY(ETag::wildcard().isPresent());
    // A weak tag without opaque is as useless as W/"" (§4.2 step 6).
    QVERIFY(!ETag::weak(QString()).isPresent());
}

void TestETag::equality()
{
    // Opaque, weak flag and wildcard flag must all agree.
    QVERIFY(ETag::strong(QStringLiteral("a")) != ETag::weak(QStringLiteral("a")));
    QVERIFY(ETag::strong(QStringLiteral("a")) != ETag::strong(QStringLiteral("b")));
    QVERIFY(ETag::strong(QStringLiteral("*")) != ETag::wildcard());
    QVERIFY(ETag::strong(QString()) != ETag());
    QCOMPARE(ETag::parse(u"**"), ETag::strong(QStringLiteral("**")));
    QCOMPARE(ETag::parse(u" * "), ETag::wildcard());
    QCOMPARE(ETag::parse(u"W/abc"), ETag::weak(QStringLiteral("abc")));
    QCOMPARE(ETag::parse(u"abc"), ETag::strong(QStringLiteral("abc")));
}

void TestETag::matching_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::addColumn<bool>("strongMatch");
    QTest::addColumn<bool>("weakMatch");

    QTest::newRow("strong = strong") << "\"a\"" << "\"a\"" << true << true;
    QTest::newRow("strong vs bare spelling") << "\"a\"" << "a" << true << true;
    QTest::newRow("strong vs weak") << "\"a\"" << "W/\"a\"" << false << true;
    QTest::newRow("weak vs strong") << "W/\"a\"" << "\"a\"" << false << true;
    QTest::newRow("weak vs weak") << "W/\"a\"" << "w/a" << false << true;
    QTest::newRow("different opaque") << "\"a\"" << "\"b\"" << false << false;
    QTest::newRow("different weak opaque") << "W/\"a\"" << "W/\"b\"" << false << false;
    QTest::newRow("empty strong") << "\"\"" << "\"\"" << true << true;
    QTest::newRow("wildcard vs wildcard") << "*" << "*" << false << false;
    QTest::newRow("wildcard vs strong") << "*" << "\"a\"" << false << false;
    QTest::newRow("strong vs wildcard") << "\"*\"" << "*" << false << false;
    QTest::newRow("absent vs absent") << "" << "" << false << false;
    QTest::newRow("strong vs absent") << "\"a\"" << "" << false << false;
    QTest::newRow("empty strong vs absent") << "\"\"" << "" << false << false;
    QTest::newRow("case matters") << "\"A\"" << "\"a\"" << false << false;
}

void TestETag::matching()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    QFETCH(bool, strongMatch);
    QFETCH(bool, weakMatch);

    const ETag x = ETag::parse(a);
    const ETag y = ETag::parse(b);
    QCOMPARE(x.strongMatch(y), strongMatch);
    QCOMPARE(y.strongMatch(x), strongMatch);
    QCOMPARE(x.weakMatch(y), weakMatch);
    QCOMPARE(y.weakMatch(x), weakMatch);
}

void TestETag::usableForRange_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<bool>("usable");

    QTest::newRow("strong") << "\"abc\"" << true;
    QTest::newRow("bare strong") << "abc" << true;
    QTest::newRow("empty strong") << "\"\"" << true;
    QTest::newRow("weak") << "W/\"abc\"" << false;
    QTest::newRow("wildcard") << "*" << false;
    QTest::newRow("absent") << "" << false;
    QTest::newRow("malformed") << "\"open" << false;
}

void TestETag::usableForRange()
{
    QFETCH(QString, input);
    QFETCH(bool, usable);
    QCOMPARE(ETag::parse(input).usableForRange(), usable);
}

QTEST_GUILESS_MAIN(TestETag)
#include "tst_etag.moc"
