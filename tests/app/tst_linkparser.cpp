// SPDX-License-Identifier: MIT
#include "linkparser.h"

#include <QFile>
#include <QMimeData>
#include <QTemporaryDir>
#include <QTest>

using Haul::LinkParser;
using Haul::ParsedLink;

using MimeFormats = QHash<QString, QByteArray>;

namespace {

// What Firefox and Chromium put in text/x-moz-url and text/unicode: UTF-16LE, no BOM.
QByteArray utf16le(const QString &text)
{
    QByteArray bytes;
    bytes.reserve(text.size() * 2);
    for (const QChar c : text) {
        bytes.append(char(c.unicode() & 0xff));
        bytes.append(char(c.unicode() >> 8));
    }
    return bytes;
}

QByteArray utf16be(const QString &text)
{
    QByteArray bytes("\xFE\xFF");
    for (const QChar c : text) {
        bytes.append(char(c.unicode() >> 8));
        bytes.append(char(c.unicode() & 0xff));
    }
    return bytes;
}

QList<QUrl> urls(const QStringList &texts)
{
    QList<QUrl> list;
    for (const QString &text : texts)
        list.append(QUrl(text));
    return list;
}

const QString Sha = QStringLiteral("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");

} // namespace

class TestLinkParser : public QObject
{
    Q_OBJECT

private slots:
    void parseLines_data();
    void parseLines();
    void addDialogText();
    void lineNumbersWithCrLf();
    void urlsFromText_data();
    void urlsFromText();
    void urlsFromMime_data();
    void urlsFromMime();
    void fileManagerDropIsNotRead();
    void mimeDataObject();
    void mimeDataUrlsAreLastResort();
};

// One line at a time: what the Add dialog says about it.
void TestLinkParser::parseLines_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<QUrl>("url");
    QTest::addColumn<QByteArray>("sha256");
    QTest::addColumn<QString>("error");

    QTest::newRow("plain https") << "https://example.com/debian.iso"
                                 << QUrl("https://example.com/debian.iso") << QByteArray() << QString();
    QTest::newRow("http, surrounding spaces") << "  \thttp://example.com/a?x=1&y=2#frag  "
                                              << QUrl("http://example.com/a?x=1&y=2#frag")
                                              << QByteArray() << QString();
    QTest::newRow("upper-case scheme and host") << "HTTPS://EXAMPLE.COM/File.ISO"
                                                << QUrl("https://example.com/File.ISO") << QByteArray()
                                                << QString();
    QTest::newRow("checksum, upper-case, tab") << "https://example.com/a.iso\t" + Sha.toUpper()
                                               << QUrl("https://example.com/a.iso") << Sha.toLatin1()
                                               << QString();
    QTest::newRow("checksum, several spaces") << "https://example.com/a.iso     " + Sha
                                              << QUrl("https://example.com/a.iso") << Sha.toLatin1()
                                              << QString();
    QTest::newRow("checksum too short")
        << "https://example.com/a.iso " + Sha.left(63) << QUrl() << QByteArray()
        << "“" + Sha.left(63) + "” is not a SHA-256 checksum (64 hexadecimal digits)";
    QTest::newRow("checksum not hex")
        << "https://example.com/a.iso " + Sha.left(63) + "g" << QUrl() << QByteArray()
        << "“" + Sha.left(63) + "g” is not a SHA-256 checksum (64 hexadecimal digits)";
    QTest::newRow("space in the URL")
        << "https://example.com/my file.iso" << QUrl() << QByteArray()
        << "“file.iso” is not a SHA-256 checksum (64 hexadecimal digits)";
    QTest::newRow("text after the checksum")
        << "https://example.com/a.iso " + Sha + " # the ISO" << QUrl() << QByteArray()
        << "Unexpected text after the checksum: “# the ISO”";
    QTest::newRow("ftp") << "ftp://ftp.example.com/pub/a.iso" << QUrl() << QByteArray()
                         << "ftp is not supported; use http or https";
    QTest::newRow("file") << "file:///home/me/a.iso" << QUrl() << QByteArray()
                          << "file is not supported; use http or https";
    QTest::newRow("magnet") << "magnet:?xt=urn:btih:c12fe1c06bba254a9dc9f519b335aa7c1367a88a"
                            << QUrl() << QByteArray() << "magnet is not supported; use http or https";
    QTest::newRow("no scheme") << "example.com/file.iso" << QUrl() << QByteArray()
                               << "Add http:// or https:// at the start";
    QTest::newRow("no scheme, www") << "www.example.com" << QUrl() << QByteArray()
                                    << "Add http:// or https:// at the start";
    QTest::newRow("no scheme, host and port") << "localhost:8080/file.iso" << QUrl() << QByteArray()
                                              << "Add http:// or https:// at the start";
    QTest::newRow("no host") << "https:///file.iso" << QUrl() << QByteArray()
                             << "The URL has no host name";
    QTest::newRow("scheme only") << "https://" << QUrl() << QByteArray()
                                 << "The URL has no host name";
    QTest::newRow("unclosed IPv6 bracket") << "https://[::1/file.iso" << QUrl() << QByteArray()
                                           << "This is not a valid URL";
    QTest::newRow("port out of range") << "https://example.com:99999/file.iso" << QUrl()
                                       << QByteArray() << "This is not a valid URL";
    QTest::newRow("stray percent") << "https://example.com/100%.iso" << QUrl() << QByteArray()
                                   << "This is not a valid URL";
    QTest::newRow("bad URL and bad checksum: the URL is reported")
        << "ftp://example.com/a.iso xyz" << QUrl() << QByteArray()
        << "ftp is not supported; use http or https";
}

void TestLinkParser::parseLines()
{
    QFETCH(QString, line);
    QFETCH(QUrl, url);
    QFETCH(QByteArray, sha256);
    QFETCH(QString, error);

    const QList<ParsedLink> links = LinkParser::parseLines(line);
    QCOMPARE(links.size(), 1);
    const ParsedLink &link = links.first();
    QCOMPARE(link.line, 1);
    QCOMPARE(link.text, line.trimmed());
    QCOMPARE(link.error, error);
    QCOMPARE(link.isValid(), error.isEmpty());
    QCOMPARE(link.url, url);
    QCOMPARE(link.sha256, sha256);
}

// A whole paste into the Add dialog: comments and blank lines are skipped but
// still counted, so the dialog can point at the right line.
void TestLinkParser::addDialogText()
{
    const QString text = "# Debian 12 images\n"                                   // 1
                         "https://cdimage.debian.org/debian-12.5.0-amd64-netinst.iso\n" // 2
                         "\n"                                                      // 3
                         "   \t\n"                                                 // 4
                         "  https://example.com/b.iso   "
                         + Sha.toUpper() + "  \n"                                  // 5
                         "https://example.com/c.iso 1234\n"                        // 6
                         "ftp://ftp.example.com/d.iso\n"                           // 7
                         "    # indented comment\n"                                // 8
                         "example.com/file.iso\n"                                  // 9
                         "http://[oops/e.iso\n"                                    // 10
                         "https://example.com/f.iso"; // 11, no final newline

    const QList<ParsedLink> links = LinkParser::parseLines(text);
    QCOMPARE(links.size(), 7);

    QCOMPARE(links[0].line, 2);
    QCOMPARE(links[0].text, "https://cdimage.debian.org/debian-12.5.0-amd64-netinst.iso");
    QCOMPARE(links[0].url, QUrl("https://cdimage.debian.org/debian-12.5.0-amd64-netinst.iso"));
    QVERIFY(links[0].isValid());
    QVERIFY(links[0].sha256.isEmpty());

    QCOMPARE(links[1].line, 5);
    QCOMPARE(links[1].text, "https://example.com/b.iso   " + Sha.toUpper());
    QCOMPARE(links[1].url, QUrl("https://example.com/b.iso"));
    QCOMPARE(links[1].sha256, Sha.toLatin1());
    QVERIFY(links[1].isValid());

    QCOMPARE(links[2].line, 6);
    QCOMPARE(links[2].text, "https://example.com/c.iso 1234");
    QCOMPARE(links[2].error, "“1234” is not a SHA-256 checksum (64 hexadecimal digits)");
    QVERIFY(!links[2].url.isValid());

    QCOMPARE(links[3].line, 7);
    QCOMPARE(links[3].error, "ftp is not supported; use http or https");

    QCOMPARE(links[4].line, 9);
    QCOMPARE(links[4].text, "example.com/file.iso");
    QCOMPARE(links[4].error, "Add http:// or https:// at the start");

    QCOMPARE(links[5].line, 10);
    QCOMPARE(links[5].text, "http://[oops/e.iso");
    QCOMPARE(links[5].error, "This is not a valid URL");

    QCOMPARE(links[6].line, 11);
    QCOMPARE(links[6].url, QUrl("https://example.com/f.iso"));
    QVERIFY(links[6].isValid());
}

// Text pasted from Windows (CRLF) or an old Mac (CR): one line per line, no stray \r.
void TestLinkParser::lineNumbersWithCrLf()
{
    const QList<ParsedLink> crlf =
        LinkParser::parseLines("https://example.com/one.zip\r\n\r\nhttps://example.com/two.zip "
                               + Sha + "\r\n");
    QCOMPARE(crlf.size(), 2);
    QCOMPARE(crlf[0].line, 1);
    QCOMPARE(crlf[0].text, "https://example.com/one.zip");
    QCOMPARE(crlf[0].url, QUrl("https://example.com/one.zip"));
    QCOMPARE(crlf[1].line, 3);
    QCOMPARE(crlf[1].sha256, Sha.toLatin1());

    const QList<ParsedLink> cr = LinkParser::parseLines("https://example.com/a\rhttps://example.com/b");
    QCOMPARE(cr.size(), 2);
    QCOMPARE(cr[1].line, 2);
    QCOMPARE(cr[1].url, QUrl("https://example.com/b"));
}

void TestLinkParser::urlsFromText_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QList<QUrl>>("expected");

    QTest::newRow("empty") << QString() << QList<QUrl>();
    QTest::newRow("no links") << "nothing to see, www.example.com and ftp://x/y" << QList<QUrl>();
    QTest::newRow("sentence punctuation")
        << "Get it from https://example.com/a.iso. Or https://example.com/b.iso, or "
           "https://example.com/c.iso; maybe https://example.com/d.iso!"
        << urls({"https://example.com/a.iso", "https://example.com/b.iso",
                 "https://example.com/c.iso", "https://example.com/d.iso"});
    QTest::newRow("parentheses")
        << "(mirror: https://example.com/a.iso) and https://en.wikipedia.org/wiki/Debian_(disambiguation)."
        << urls({"https://example.com/a.iso",
                 "https://en.wikipedia.org/wiki/Debian_(disambiguation)"});
    QTest::newRow("markdown link") << "[the image](https://example.com/a.iso)"
                                   << urls({"https://example.com/a.iso"});
    QTest::newRow("brackets in a query stay")
        << "[https://example.com/list?ids[]=1]"
        << urls({"https://example.com/list?ids[]=1"});
    QTest::newRow("quotes and angle brackets")
        << "<a href=\"https://example.com/a.iso\">x</a> 'https://example.com/b.iso' "
           "<https://example.com/c.iso> “https://example.com/d.iso”"
        << urls({"https://example.com/a.iso", "https://example.com/b.iso",
                 "https://example.com/c.iso", "https://example.com/d.iso"});
    QTest::newRow("duplicates keep the first place")
        << "https://example.com/b https://example.com/a HTTPS://EXAMPLE.COM/b https://example.com/a"
        << urls({"https://example.com/b", "https://example.com/a"});
    QTest::newRow("inside a word is not a link")
        << "xhttps://example.com/a nothttp://example.com/b" << QList<QUrl>();
    QTest::newRow("URL in a query is one URL")
        << "https://example.com/go?to=https://other.example/x"
        << urls({"https://example.com/go?to=https://other.example/x"});
    QTest::newRow("no host") << "see https:// and http:///path" << QList<QUrl>();
    QTest::newRow("windows CRLF lines")
        << "https://example.com/one.zip\r\nhttps://example.com/two.zip\r\n"
        << urls({"https://example.com/one.zip", "https://example.com/two.zip"});
    QTest::newRow("characters a browser would encode")
        << "https://fonts.example.com/css?family=Roboto|Open+Sans"
        << QList<QUrl>{QUrl::fromEncoded("https://fonts.example.com/css?family=Roboto%7COpen+Sans")};
    QTest::newRow("multi-line paste with junk")
        << "Hi! Links for tonight:\n"
           "  - https://example.com/movie.mkv, and the subtitles\n"
           "  - (https://example.com/movie.srt)\n"
           "ftp://old.example.com/movie.avi mailto:me@example.com file:///tmp/x\n"
           "javascript:alert(1) https://\n"
           "again: <https://example.com/movie.mkv>\n"
           "\thttp://mirror.example.org/movie.mkv?token=abc&dl=1#t=10\n"
        << urls({"https://example.com/movie.mkv", "https://example.com/movie.srt",
                 "http://mirror.example.org/movie.mkv?token=abc&dl=1#t=10"});
}

void TestLinkParser::urlsFromText()
{
    QFETCH(QString, text);
    QFETCH(QList<QUrl>, expected);
    QCOMPARE(LinkParser::urlsFromText(text), expected);
}

void TestLinkParser::urlsFromMime_data()
{
    QTest::addColumn<MimeFormats>("formats");
    QTest::addColumn<QList<QUrl>>("expected");

    const QString url = QStringLiteral("https://cdimage.debian.org/debian-cd/current/amd64/iso-cd/");
    const QString title = QStringLiteral("Index of /debian-cd — Überblick");

    // Firefox (GTK) dragging a link.
    QTest::newRow("firefox link drag")
        << MimeFormats{{"text/x-moz-url", utf16le(url + "\n" + title)},
                       {"text/x-moz-url-data", utf16le(url)},
                       {"text/x-moz-url-desc", utf16le(title)},
                       {"text/uri-list", url.toUtf8()},
                       {"_NETSCAPE_URL", (url + "\n" + title).toUtf8()},
                       {"text/_moz_htmlcontext", utf16le("<html><body></body></html>")},
                       {"text/html", utf16le("<a href=\"" + url + "\">" + title + "</a>")},
                       {"text/plain", url.toUtf8()}}
        << urls({url});
    // Firefox dragging several tabs: URL and title alternate.
    QTest::newRow("firefox tabs drag")
        << MimeFormats{{"text/x-moz-url",
                        utf16le("https://example.com/a\nA\nhttps://example.com/b\nhttps://example.com/b")}}
        << urls({"https://example.com/a", "https://example.com/b"});
    QTest::newRow("x-moz-url with BOM and NUL")
        << MimeFormats{{"text/x-moz-url", "\xFF\xFE" + utf16le(url + "\n" + title + QChar(0))}}
        << urls({url});
    // A link whose text is another URL (a shortener): the title line is not a link.
    QTest::newRow("x-moz-url title that looks like a URL")
        << MimeFormats{{"text/x-moz-url", utf16le("https://t.example/x1\nhttps://example.com/shown.iso")}}
        << urls({"https://t.example/x1"});
    QTest::newRow("x-moz-url UTF-16BE with BOM")
        << MimeFormats{{"text/x-moz-url", utf16be(url + "\n" + title)}} << urls({url});
    QTest::newRow("x-moz-url sent as UTF-8 by a non-browser")
        << MimeFormats{{"text/x-moz-url", (url + "\n" + title).toUtf8()}} << urls({url});
    QTest::newRow("x-moz-url-data only")
        << MimeFormats{{"text/x-moz-url-data", utf16le(url)}} << urls({url});
    QTest::newRow("netscape URL, Latin-1 title")
        << MimeFormats{{"_NETSCAPE_URL", QByteArray("https://example.com/caf%C3%A9\nCaf\xE9")}}
        << urls({"https://example.com/caf%C3%A9"});
    // Chromium (X11 and Wayland) dragging a link.
    QTest::newRow("chromium link drag")
        << MimeFormats{{"text/uri-list", url.toUtf8()},
                       {"text/x-moz-url", utf16le(url + "\n" + title)},
                       {"text/html", ("<meta http-equiv=\"content-type\" content=\"text/html; charset=utf-8\"><a href=\""
                                      + url + "\">" + title + "</a>").toUtf8()},
                       {"text/plain;charset=utf-8", url.toUtf8()},
                       {"text/plain", url.toUtf8()}}
        << urls({url});
    QTest::newRow("chromium text selection")
        << MimeFormats{{"text/plain", "Release notes at https://example.com/notes.html. ISO: "
                                      "https://example.com/a.iso"},
                       {"text/html", "<p>Release notes at <a href=\"https://example.com/notes.html\">…</a>"}}
        << urls({"https://example.com/notes.html", "https://example.com/a.iso"});
    QTest::newRow("uri-list with comments and CRLF")
        << MimeFormats{{"text/uri-list", "# Dragged from Haul\r\n"
                                         "https://example.com/a.iso\r\n"
                                         "#https://example.com/commented-out.iso\r\n"
                                         "\r\n"
                                         "ftp://example.com/skipped.iso\r\n"
                                         "https://example.com/b%20c.iso\r\n"
                                         "https://example.com/a.iso\r\n"}}
        << urls({"https://example.com/a.iso", "https://example.com/b%20c.iso"});
    QTest::newRow("uri-list wins over x-moz-url and text")
        << MimeFormats{{"text/plain", "https://example.com/from-text"},
                       {"text/x-moz-url", utf16le("https://example.com/from-moz\nmoz")},
                       {"text/uri-list", "https://example.com/from-uri-list\r\n"}}
        << urls({"https://example.com/from-uri-list"});
    QTest::newRow("x-moz-url wins over text")
        << MimeFormats{{"text/plain", "https://example.com/from-text"},
                       {"text/x-moz-url", utf16le("https://example.com/from-moz\nmoz")}}
        << urls({"https://example.com/from-moz"});
    QTest::newRow("uri-list of file URLs falls back to text")
        << MimeFormats{{"text/uri-list", "file:///home/me/page.html\r\n"},
                       {"text/plain", "see https://example.com/x"}}
        << urls({"https://example.com/x"});
    QTest::newRow("utf-8 plain text")
        << MimeFormats{{"text/plain;charset=utf-8", "« https://例え.jp/ファイル.zip »"}}
        << urls({"https://例え.jp/ファイル.zip"});
    QTest::newRow("windows CRLF plain text")
        << MimeFormats{{"text/plain", "https://example.com/one.zip\r\nhttps://example.com/two.zip\r\n"}}
        << urls({"https://example.com/one.zip", "https://example.com/two.zip"});
    QTest::newRow("text/unicode")
        << MimeFormats{{"text/unicode", utf16le("get https://example.com/ü.zip now")}}
        << urls({"https://example.com/ü.zip"});
    QTest::newRow("nothing downloadable")
        << MimeFormats{{"text/plain", "just words"}, {"text/html", "<b>x</b>"}} << QList<QUrl>();
    QTest::newRow("empty") << MimeFormats() << QList<QUrl>();
}

void TestLinkParser::urlsFromMime()
{
    QFETCH(MimeFormats, formats);
    QFETCH(QList<QUrl>, expected);
    QCOMPARE(LinkParser::urlsFromMime(formats), expected);
}

// Dolphin and Nautilus offer file:// URLs; a ".url" or ".desktop" file holds a
// link, but reading what a drop points at would let a drop read any file.
void TestLinkParser::fileManagerDropIsNotRead()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString shortcut = dir.filePath("Debian ISO.url");
    const QString entry = dir.filePath("debian.desktop");
    for (const QString &path : {shortcut, entry}) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("[InternetShortcut]\nURL=https://example.com/inside-the-file.iso\n"
                   "[Desktop Entry]\nType=Link\nURL=https://example.com/inside-the-file.iso\n");
    }
    const QByteArray uriList = QUrl::fromLocalFile(shortcut).toEncoded() + "\r\n"
        + QUrl::fromLocalFile(entry).toEncoded() + "\r\n";
    const MimeFormats formats{{"text/uri-list", uriList},
                              {"x-special/gnome-copied-files", "copy\n" + uriList},
                              {"application/x-kde4-urilist", uriList},
                              {"text/plain", (shortcut + "\n" + entry).toUtf8()}};
    QVERIFY(uriList.contains("Debian%20ISO.url"));
    QCOMPARE(LinkParser::urlsFromMime(formats), QList<QUrl>());

    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(shortcut), QUrl::fromLocalFile(entry)});
    QCOMPARE(LinkParser::urlsFromMime(&mime), QList<QUrl>());
}

// The QMimeData overload sees the same formats as the hash.
void TestLinkParser::mimeDataObject()
{
    QMimeData mime;
    mime.setData("text/x-moz-url", utf16le("https://example.com/moz\ntitle"));
    mime.setText("https://example.com/text");
    QCOMPARE(LinkParser::urlsFromMime(&mime), urls({"https://example.com/moz"}));
    QCOMPARE(LinkParser::urlsFromMime(static_cast<const QMimeData *>(nullptr)), QList<QUrl>());
}

// Only when no format yields a link do QMimeData's urls() count, http(s) only.
void TestLinkParser::mimeDataUrlsAreLastResort()
{
    // A QMimeData whose urls() come from a platform format, not text/uri-list.
    class PlatformMime : public QMimeData
    {
    public:
        QStringList formats() const override { return {"application/x-qt-windows-mime;value=\"UniformResourceLocatorW\""}; }

    protected:
        QVariant retrieveData(const QString &format, QMetaType type) const override
        {
            if (format == u"text/uri-list" && type.id() == QMetaType::QVariantList)
                return QVariantList{QUrl("https://example.com/from-urls"), QUrl("file:///c:/x.url")};
            if (format == u"text/uri-list")
                return QByteArray("https://example.com/from-urls\r\nfile:///c:/x.url\r\n");
            return {};
        }
    };
    PlatformMime mime;
    QCOMPARE(mime.urls().size(), 2);
    QCOMPARE(LinkParser::urlsFromMime(&mime), urls({"https://example.com/from-urls"}));
}

QTEST_GUILESS_MAIN(TestLinkParser)
#include "tst_linkparser.moc"
