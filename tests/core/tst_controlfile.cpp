// SPDX-License-Identifier: MIT
#include "controlfile.h"
#include "pyhaulgolden.h"

#include <QTest>

using namespace Haul;
using Mode = ControlFile::ReadMode;

namespace {

constexpr quint64 Block8M = 8 * 1024 * 1024;

// A bitwise CRC-32 (IEEE, reflected 0xEDB88320), written independently of the
// codec so the test can frame records of its own.
quint32 referenceCrc32(QByteArrayView bytes)
{
    quint32 crc = 0xffffffffu;
    for (char c : bytes) {
        crc ^= quint8(c);
        for (int bit = 0; bit < 8; ++bit)
            crc = (crc >> 1) ^ (0xedb88320u & (0u - (crc & 1u)));
    }
    return ~crc;
}

QByteArray le(quint64 value, int bytes)
{
    QByteArray out;
    for (int i = 0; i < bytes; ++i)
        out.append(char((value >> (8 * i)) & 0xff));
    return out;
}

quint64 readLe(QByteArrayView bytes, qsizetype at, int count)
{
    quint64 value = 0;
    for (int i = count - 1; i >= 0; --i)
        value = (value << 8) | quint8(bytes[at + i]);
    return value;
}

QByteArray record(quint8 tag, QByteArrayView value)
{
    QByteArray out(1, char(tag));
    out += le(quint64(value.size()), 2);
    out += value;
    return out + le(referenceCrc32(out), 4);
}

// A 40-byte core header with the given fields.
QByteArray core(quint16 headerSize, quint64 cursor = 0, quint64 blockSize = Block8M, quint64 extent = 0,
                quint64 start = 0)
{
    return QByteArray("HAUL\x01\x00", 6) + le(headerSize, 2) + le(cursor, 8) + le(blockSize, 8) + le(extent, 8)
            + le(start, 8);
}

// core + records + zero padding to 8, header_size filled in.
QByteArray fileWithRecords(const QByteArray &records, quint64 cursor = 0, quint64 blockSize = Block8M)
{
    QByteArray tlvs = records;
    tlvs.append((8 - (40 + tlvs.size()) % 8) % 8, '\0');
    return core(quint16(40 + tlvs.size()), cursor, blockSize) + tlvs;
}

QByteArray withHeaderSize(QByteArray bytes, quint16 headerSize)
{
    bytes[6] = char(headerSize & 0xff);
    bytes[7] = char(headerSize >> 8);
    return bytes;
}

QByteArray withByte(QByteArray bytes, qsizetype at, char value)
{
    bytes[at] = value;
    return bytes;
}

// The framed records of an encoded file, as tags, like pyhaul's scan.
QList<int> recordTags(const QByteArray &bytes)
{
    QList<int> tags;
    const qsizetype headerSize = qsizetype(readLe(bytes, 6, 2));
    qsizetype p = 40;
    while (p < headerSize && bytes[p] != 0) {
        tags.append(quint8(bytes[p]));
        p += 7 + qsizetype(readLe(bytes, p + 1, 2));
    }
    return tags;
}

// §2.10 golden files, typed in from the hex dumps.
const QByteArray ExampleA = QByteArray::fromHex(
        "48 41 55 4c 01 00 28 00 00 00 00 00 00 00 00 00"
        "00 00 80 00 00 00 00 00 00 00 00 00 00 00 00 00"
        "00 00 00 00 00 00 00 00");

const QByteArray ExampleB = Haul::Test::PyhaulExampleB::controlFile();

const QByteArray ExampleC = QByteArray::fromHex(
        "48 41 55 4c 01 00 8b 00 01 00 00 00 00 00 00 00"
        "00 00 80 00 00 00 00 00 64 00 00 00 00 00 00 00"
        "00 00 00 00 00 00 00 00 01 03 00 22 61 22 5a 81"
        "71 af 02 08 00 64 00 00 00 00 00 00 00 98 e6 9d"
        "74 03 20 00 2d 71 16 42 b7 26 b0 44 01 62 7c a9"
        "fb ac 32 f5 c8 53 0f b1 90 3c c4 db 02 25 87 17"
        "92 1a 48 81 df e4 96 a8 03 20 00 2d 71 16 42 b7"
        "26 b0 44 01 62 7c a9 fb ac 32 f5 c8 53 0f b1 90"
        "3c c4 db 02 25 87 17 92 1a 48 81");

const QByteArray DigitsHash =
        QByteArray::fromHex("84d89877f0d4041efb6bf91a16f0248f2fd573e6af05c19f96bedb9f882f7882"); // "0123456789"
const QByteArray AbcdeHash =
        QByteArray::fromHex("f0393febe8baaa55e32f7be2a7cc180bf34e52137d99e056c817a9c07b8f239a"); // "ABCDE"
const QByteArray XHash =
        QByteArray::fromHex("2d711642b726b04401627ca9fbac32f5c8530fb1903cc4db02258717921a4881"); // "x"

ControlFile exampleA()
{
    return ControlFile{};
}

ControlFile exampleB()
{
    ControlFile cf;
    cf.cursor = 15;
    cf.blockSize = 10;
    cf.extent = 20;
    cf.etag = ETag::strong(QStringLiteral("v1"));
    cf.reportedLength = 20;
    cf.tailHash = AbcdeHash;
    cf.digests = {DigitsHash};
    return cf;
}

ControlFile exampleC()
{
    ControlFile cf;
    cf.cursor = 1;
    cf.extent = 100;
    cf.etag = ETag::strong(QStringLiteral("a"));
    cf.reportedLength = 100;
    cf.tailHash = XHash;
    return cf;
}

} // namespace

class TestControlFile : public QObject
{
    Q_OBJECT

private slots:
    void crcCheckValue();
    void goldenEncode_data();
    void goldenEncode();
    void goldenRoundTrip_data();
    void goldenRoundTrip();
    void exampleCDefect();
    void sizeTable_data();
    void sizeTable();
    void roundTrips_data();
    void roundTrips();
    void zeroExtentIsUnknown();
    void decodeErrors_data();
    void decodeErrors();
    void corruptions_data();
    void corruptions();
    void corruptionDetails();
    void etagRecordValues_data();
    void etagRecordValues();
    void duplicateTagsLastWins();
    void unknownTagSkipped();
    void badCrcRejected();
    void longETagNotStored();
    void extensionsRoundTrip();
    void extensionsNeverProduceDefect_data();
    void extensionsNeverProduceDefect();
};

void TestControlFile::crcCheckValue()
{
    QCOMPARE(referenceCrc32("123456789"), 0xCBF43926u);
    // The codec's CRCs (zlib) agree with the reference on example B's records.
    const QByteArray bytes = exampleB().encode();
    QCOMPARE(readLe(bytes, 0x2f, 4), quint64(0xE9F0A3DDu));
    QCOMPARE(readLe(bytes, 0x3e, 4), quint64(0xD8CD7708u));
    QCOMPARE(readLe(bytes, 0x65, 4), quint64(0x70E4C6DCu));
    QCOMPARE(quint64(referenceCrc32(bytes.mid(0x28, 7))), quint64(0xE9F0A3DDu));
    QCOMPARE(quint64(referenceCrc32(bytes.mid(0x33, 11))), quint64(0xD8CD7708u));
    QCOMPARE(quint64(referenceCrc32(bytes.mid(0x42, 35))), quint64(0x70E4C6DCu));
}

void TestControlFile::goldenEncode_data()
{
    QTest::addColumn<ControlFile>("value");
    QTest::addColumn<QByteArray>("expected");

    QTest::newRow("A reset") << exampleA() << ExampleA;
    QTest::newRow("B full") << exampleB() << ExampleB;
    QTest::newRow("C defect") << exampleC() << ExampleC;
}

void TestControlFile::goldenEncode()
{
    QFETCH(ControlFile, value);
    QFETCH(QByteArray, expected);

    const QByteArray bytes = value.encode();
    QCOMPARE(bytes.toHex(' '), expected.toHex(' '));
}

void TestControlFile::goldenRoundTrip_data()
{
    QTest::addColumn<ControlFile>("value");
    QTest::addColumn<QByteArray>("expected");

    // C is the §2.7 defect: see exampleCDefect().
    QTest::newRow("A reset") << exampleA() << ExampleA;
    QTest::newRow("B full") << exampleB() << ExampleB;
}

void TestControlFile::goldenRoundTrip()
{
    QFETCH(ControlFile, value);
    QFETCH(QByteArray, expected);

    for (Mode mode : {Mode::Haul, Mode::StrictPyhaul}) {
        QString error;
        const std::optional<ControlFile> decoded = ControlFile::decode(expected, &error, mode);
        QVERIFY2(decoded, qPrintable(error));
        QVERIFY(*decoded == value);
        QCOMPARE(decoded->encode(), expected);
    }
}

void TestControlFile::exampleCDefect()
{
    QString error;
    QVERIFY(!ControlFile::decode(ExampleC, &error, Mode::StrictPyhaul));
    QVERIFY2(error.contains(QStringLiteral("exceeds header bounds")), qPrintable(error));

    error.clear();
    const std::optional<ControlFile> decoded = ControlFile::decode(ExampleC, &error, Mode::Haul);
    QVERIFY2(decoded, qPrintable(error));
    QCOMPARE(decoded->cursor, quint64(1));
    QCOMPARE(decoded->tailHash.toHex(), XHash.toHex());
    QCOMPARE(decoded->etag, ETag::strong(QStringLiteral("a")));
    QCOMPARE(decoded->reportedLength, std::optional<quint64>(100));
    QCOMPARE(decoded->extent, std::optional<quint64>(100));
    QCOMPARE(decoded->blockSize, Block8M);
    QVERIFY(decoded->digests.isEmpty());
    QVERIFY(*decoded == exampleC());
    QCOMPARE(decoded->encode(), ExampleC); // written back unchanged (§2.7 writer rule)
}

void TestControlFile::sizeTable_data()
{
    QTest::addColumn<QString>("opaque"); // null = no ETag
    QTest::addColumn<bool>("reported");
    QTest::addColumn<bool>("tail");
    QTest::addColumn<int>("fileBytes");
    QTest::addColumn<int>("headerSize");
    QTest::addColumn<bool>("pyhaulLoads");

    const QString md5 = QStringLiteral("0123456789abcdef0123456789abcdef");
    QTest::newRow("\"a\" RL tail") << QStringLiteral("a") << true << true << 139 << 139 << false;
    QTest::newRow("\"a\" RL") << QStringLiteral("a") << true << false << 72 << 72 << true;
    QTest::newRow("\"a\" tail") << QStringLiteral("a") << false << true << 131 << 131 << true;
    QTest::newRow("\"abc\" RL tail") << QStringLiteral("abc") << true << true << 147 << 147 << true;
    QTest::newRow("\"abcdefghi\" RL tail") << QStringLiteral("abcdefghi") << true << true << 147 << 147 << false;
    QTest::newRow("\"\" tail") << QStringLiteral("") << false << true << 123 << 123 << false;
    QTest::newRow("md5 tail") << md5 << false << true << 155 << 155 << false;
    QTest::newRow("md5 RL tail") << md5 << true << true << 171 << 171 << true;
    QTest::newRow("none RL tail") << QString() << true << true << 131 << 131 << true;
    QTest::newRow("none") << QString() << false << false << 40 << 40 << true;
}

void TestControlFile::sizeTable()
{
    QFETCH(QString, opaque);
    QFETCH(bool, reported);
    QFETCH(bool, tail);
    QFETCH(int, fileBytes);
    QFETCH(int, headerSize);
    QFETCH(bool, pyhaulLoads);

    ControlFile cf;
    if (!opaque.isNull())
        cf.etag = ETag::strong(opaque);
    if (reported) {
        cf.extent = 100;
        cf.reportedLength = 100;
    }
    if (tail) {
        cf.cursor = 1;
        cf.tailHash = XHash;
    }
    const QByteArray bytes = cf.encode();
    QCOMPARE(bytes.size(), fileBytes);
    QCOMPARE(int(readLe(bytes, 6, 2)), headerSize);
    QCOMPARE(bool(ControlFile::decode(bytes, nullptr, Mode::StrictPyhaul)), pyhaulLoads);

    // Haul reads every one of them back, the defect layout included.
    QString error;
    const std::optional<ControlFile> decoded = ControlFile::decode(bytes, &error, Mode::Haul);
    QVERIFY2(decoded, qPrintable(error));
    QVERIFY(*decoded == cf);
}

void TestControlFile::roundTrips_data()
{
    QTest::addColumn<ControlFile>("value");

    ControlFile base;
    base.cursor = 5;
    base.blockSize = 10;
    base.extent = 20;
    base.etag = ETag::strong(QStringLiteral("abc"));
    base.reportedLength = 20;
    base.tailHash = QByteArray(32, '\x11');

    QTest::newRow("known extent") << base;
    ControlFile cf = base;
    cf.extent.reset();
    QTest::newRow("unknown extent") << cf;
    cf = base;
    cf.reportedLength.reset();
    QTest::newRow("unknown reported length") << cf;
    cf = base;
    cf.reportedLength = 0;
    QTest::newRow("reported length 0") << cf;
    cf = base;
    cf.etag = ETag();
    QTest::newRow("no ETag") << cf;
    cf = base;
    cf.etag = ETag::weak(QStringLiteral("x y"));
    QTest::newRow("weak ETag") << cf;
    cf = base;
    cf.etag = ETag::wildcard();
    QTest::newRow("wildcard ETag") << cf;
    cf = base;
    cf.etag = ETag::strong(QStringLiteral("a\"b\\c"));
    QTest::newRow("escaped ETag") << cf;
    cf = base;
    cf.etag = ETag::strong(QString::fromLatin1("caf\xe9"));
    QTest::newRow("Latin-1 ETag") << cf;
    cf = base;
    cf.etag = ETag::strong(QString());
    QTest::newRow("strong empty ETag") << cf;
    cf = base;
    cf.cursor = 0;
    cf.tailHash.clear();
    QTest::newRow("cursor 0") << cf;
    cf = base;
    cf.start = 1000;
    QTest::newRow("non-zero start") << cf;
    cf = base;
    cf.cursor = 25;
    cf.digests = {QByteArray(32, '\0'), QByteArray(32, '\xff')};
    QTest::newRow("two digests, tail") << cf;
    cf.cursor = 20;
    cf.tailHash.clear();
    QTest::newRow("two digests, aligned") << cf;
    cf = ControlFile{};
    cf.cursor = (quint64(1) << 40) + 3;
    cf.blockSize = quint64(1) << 39;
    cf.extent = quint64(1) << 41;
    cf.reportedLength = std::numeric_limits<quint64>::max();
    cf.tailHash = QByteArray(32, '\x42');
    cf.digests = {QByteArray(32, '\x01'), QByteArray(32, '\x02')};
    QTest::newRow("64-bit values") << cf;
}

void TestControlFile::roundTrips()
{
    QFETCH(ControlFile, value);

    const QByteArray bytes = value.encode();
    for (Mode mode : {Mode::Haul, Mode::StrictPyhaul}) {
        QString error;
        const std::optional<ControlFile> decoded = ControlFile::decode(bytes, &error, mode);
        QVERIFY2(decoded, qPrintable(error));
        QVERIFY(*decoded == value);
        QCOMPARE(decoded->encode(), bytes);
    }
}

void TestControlFile::zeroExtentIsUnknown()
{
    ControlFile cf;
    cf.extent = 0;
    const std::optional<ControlFile> decoded = ControlFile::decode(cf.encode());
    QVERIFY(decoded);
    QVERIFY(!decoded->extent.has_value());
}

void TestControlFile::decodeErrors_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("reason");

    QTest::newRow("empty") << QByteArray() << QStringLiteral("empty");
    QTest::newRow("INVALID") << QByteArray("INVALID") << QStringLiteral("unrecognised");
    QTest::newRow("NOTH...") << (QByteArray("NOTHAUL") + QByteArray(40, '\0')) << QStringLiteral("unrecognised");
    QTest::newRow("HAU") << QByteArray("HAU") << QStringLiteral("unrecognised");
    QTest::newRow("HAUL only") << QByteArray("HAUL") << QStringLiteral("too short");
    QTest::newRow("version 0xff + 32 zeros") << (QByteArray("HAUL\xff") + QByteArray(32, '\0'))
                                             << QStringLiteral("unsupported version");
    QTest::newRow("version 2") << withByte(ExampleA, 4, '\2') << QStringLiteral("unsupported version");
    QTest::newRow("version 1, 39 bytes") << ExampleA.left(39) << QStringLiteral("too short");
}

void TestControlFile::decodeErrors()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, reason);

    for (Mode mode : {Mode::Haul, Mode::StrictPyhaul}) {
        QString error;
        QVERIFY(!ControlFile::decode(bytes, &error, mode));
        QVERIFY2(error.contains(reason), qPrintable(error));
    }
}

void TestControlFile::corruptions_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<bool>("haulAccepts");
    QTest::addColumn<bool>("strictAccepts");

    const QByteArray quotedV1("\"v1\"");
    const auto etagFile = [](QByteArrayView value) { return fileWithRecords(record(1, value)); };

    // §2.6 table.
    QTest::newRow("header_size < 40 (8, payload 32)") << withHeaderSize(ExampleA, 8) << false << true;
    QTest::newRow("header_size 0 (payload 40)") << withHeaderSize(ExampleA, 0) << false << false;
    QTest::newRow("header_size beyond EOF, byte 40 missing") << withHeaderSize(ExampleA, 100) << false << false;
    QTest::newRow("header_size beyond EOF, byte 40 zero")
            << withHeaderSize(ExampleA + QByteArray(8, '\0'), 100) << false << true;
    QTest::newRow("header_size beyond EOF, record runs past EOF")
            << withHeaderSize(ExampleA + record(1, quotedV1).chopped(2), 200) << false << false;
    QTest::newRow("header_size beyond EOF, byte 40 non-zero")
            << withHeaderSize(ExampleA + QByteArray("\x01\x04\x00", 3), 100) << false << false;
    QTest::newRow("ETag not UTF-8 (0xff)") << etagFile("\"\xff\"") << false << false;
    QTest::newRow("ETag overlong UTF-8") << etagFile("\"\xc0\xaf\"") << false << false;
    QTest::newRow("ETag UTF-8 surrogate") << etagFile("\"\xed\xa0\x80\"") << false << false;
    QTest::newRow("ETag truncated UTF-8") << etagFile("\"\xe2\x82") << false << false;
    QTest::newRow("ETag valid UTF-8") << etagFile("\"caf\xc3\xa9\"") << true << true;
    QTest::newRow("block size 0") << core(40, 0, 0) << false << true;
    QTest::newRow("reserved byte set") << withByte(ExampleB, 5, '\x7f') << true << true;
    QTest::newRow("unknown tag 77") << fileWithRecords(record(77, "hello")) << true << true;
    QTest::newRow("tag 2 of length 4") << fileWithRecords(record(2, le(20, 4))) << true << true;
    QTest::newRow("bad CRC (ETag record)") << withByte(ExampleB, 0x2f, '\xde') << false << false;
    QTest::newRow("bad CRC (value byte)") << withByte(ExampleB, 0x2c, 'w') << false << false;
    QTest::newRow("payload 33 bytes") << ExampleB + '\0' << false << false;
    QTest::newRow("payload 31 bytes") << ExampleB.chopped(1) << false << false;
    QTest::newRow("39-byte file") << ExampleA.left(39) << false << false;
    QTest::newRow("HAUL only") << QByteArray("HAUL") << false << false;
    QTest::newRow("version 2") << withByte(ExampleA, 4, '\2') << false << false;
    QTest::newRow("legacy bare ETag") << etagFile("abc") << true << true;
    QTest::newRow("empty ETag value") << etagFile("") << true << true;
    QTest::newRow("malformed ETag value") << etagFile("\"unterminated") << true << true;
    QTest::newRow("truncated TLV header") << withHeaderSize(ExampleA + QByteArray("\x01\x00", 2), 42) << false
                                          << false;
    QTest::newRow("TLV exceeds header bounds")
            << withHeaderSize(ExampleA + record(1, quotedV1) + QByteArray(5, '\0'), 50) << false << false;

    // §2.7.
    QTest::newRow("defect (example C)") << ExampleC << true << false;
    QTest::newRow("defect, trailer differs from framed tail") << withByte(ExampleC, 0x80, '\0') << false << false;
    {
        // No framed tail: the trailer follows the core header directly.
        const QByteArray trailer = QByteArray("\x03\x20\x00", 3) + XHash;
        QTest::newRow("defect, no framed tail") << core(75, 1) + trailer << true << false;
    }

    // §13 G31: what pyhaul does not cross-check.
    ControlFile cf = exampleB();
    cf.digests.clear();
    QTest::newRow("fewer digests than complete blocks") << cf.encode() << false << true;
    cf = exampleB();
    cf.cursor = 5;
    QTest::newRow("more digests than complete blocks") << cf.encode() << false << true;
    cf = exampleB();
    cf.cursor = 10;
    QTest::newRow("tail on an aligned cursor") << cf.encode() << false << true;
    cf = exampleB();
    cf.tailHash = QByteArray(16, '\x16');
    QTest::newRow("tail of 16 bytes") << cf.encode() << false << true;
    cf = exampleB();
    cf.tailHash.clear();
    QTest::newRow("no tail on an unaligned cursor") << cf.encode() << true << true;
    QTest::newRow("tail record of length 0")
            << fileWithRecords(record(3, {}), 15, 10) + DigitsHash << false << true;
    cf = exampleB();
    cf.extent = 3;
    QTest::newRow("extent below cursor") << cf.encode() << true << true;
}

void TestControlFile::corruptions()
{
    QFETCH(QByteArray, bytes);
    QFETCH(bool, haulAccepts);
    QFETCH(bool, strictAccepts);

    QString error;
    const bool haul = ControlFile::decode(bytes, &error, Mode::Haul).has_value();
    QVERIFY2(haul == haulAccepts, qPrintable(QStringLiteral("Haul mode: %1").arg(error)));
    QCOMPARE(haul, error.isEmpty());
    error.clear();
    const bool strict = ControlFile::decode(bytes, &error, Mode::StrictPyhaul).has_value();
    QVERIFY2(strict == strictAccepts, qPrintable(QStringLiteral("strict mode: %1").arg(error)));
    QCOMPARE(strict, error.isEmpty());
}

void TestControlFile::corruptionDetails()
{
    // header_size 8: pyhaul reads core-header bytes as a digest.
    std::optional<ControlFile> cf = ControlFile::decode(withHeaderSize(ExampleA, 8), nullptr, Mode::StrictPyhaul);
    QVERIFY(cf);
    QCOMPARE(cf->digests.size(), 1);
    QCOMPARE(cf->digests.at(0), withHeaderSize(ExampleA, 8).mid(8, 32));

    // header_size past EOF with padding at 40: empty payload.
    cf = ControlFile::decode(withHeaderSize(ExampleA + QByteArray(8, '\0'), 100), nullptr, Mode::StrictPyhaul);
    QVERIFY(cf);
    QVERIFY(cf->digests.isEmpty());

    // Block size 0 is taken as is by pyhaul.
    cf = ControlFile::decode(core(40, 0, 0), nullptr, Mode::StrictPyhaul);
    QVERIFY(cf);
    QCOMPARE(cf->blockSize, quint64(0));

    // The reserved byte is ignored.
    cf = ControlFile::decode(withByte(ExampleB, 5, '\x7f'));
    QVERIFY(cf);
    QVERIFY(*cf == exampleB());

    // A tag-2 value that is not 8 bytes is ignored.
    cf = ControlFile::decode(fileWithRecords(record(2, le(20, 4))));
    QVERIFY(cf);
    QVERIFY(!cf->reportedLength);

    // Defect without a framed tail: the trailer is the tail hash.
    cf = ControlFile::decode(core(75, 1) + QByteArray("\x03\x20\x00", 3) + XHash);
    QVERIFY(cf);
    QCOMPARE(cf->tailHash, XHash);

    // A tail-less unaligned checkpoint keeps its (empty) tail.
    ControlFile noTail = exampleB();
    noTail.tailHash.clear();
    cf = ControlFile::decode(noTail.encode());
    QVERIFY(cf);
    QVERIFY(*cf == noTail);
}

void TestControlFile::etagRecordValues_data()
{
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<ETag>("expected");

    QTest::newRow("quoted") << QByteArray("\"abc\"") << ETag::strong(QStringLiteral("abc"));
    QTest::newRow("legacy bare") << QByteArray("abc") << ETag::strong(QStringLiteral("abc"));
    QTest::newRow("legacy bare weak") << QByteArray("W/abc") << ETag::weak(QStringLiteral("abc"));
    QTest::newRow("weak") << QByteArray("W/\"x y\"") << ETag::weak(QStringLiteral("x y"));
    QTest::newRow("outer whitespace") << QByteArray(" \t\"abc\"\r\n") << ETag::strong(QStringLiteral("abc"));
    QTest::newRow("wildcard") << QByteArray("*") << ETag::wildcard();
    QTest::newRow("strong empty") << QByteArray("\"\"") << ETag::strong(QString());
    QTest::newRow("UTF-8") << QByteArray("\"caf\xc3\xa9\"") << ETag::strong(QString::fromLatin1("caf\xe9"));
    QTest::newRow("empty value") << QByteArray() << ETag();
    QTest::newRow("blank value") << QByteArray("   ") << ETag();
    QTest::newRow("unterminated") << QByteArray("\"unterminated") << ETag();
    QTest::newRow("bad token") << QByteArray("bad token") << ETag();
    QTest::newRow("weak empty") << QByteArray("W/\"\"") << ETag();
    // Python keeps a leading BOM as U+FEFF: not whitespace, so not a tag.
    QTest::newRow("BOM before quote") << QByteArray("\xef\xbb\xbf\"abc\"") << ETag();
}

void TestControlFile::etagRecordValues()
{
    QFETCH(QByteArray, value);
    QFETCH(ETag, expected);

    for (Mode mode : {Mode::Haul, Mode::StrictPyhaul}) {
        QString error;
        const std::optional<ControlFile> cf = ControlFile::decode(fileWithRecords(record(1, value)), &error, mode);
        QVERIFY2(cf, qPrintable(error));
        QCOMPARE(cf->etag, expected);
    }
}

void TestControlFile::duplicateTagsLastWins()
{
    const QByteArray bytes = fileWithRecords(record(1, "\"first\"") + record(2, le(7, 8)) + record(1, "\"second\"")
                                             + record(2, le(9, 8)) + record(2, le(11, 4)));
    std::optional<ControlFile> cf = ControlFile::decode(bytes);
    QVERIFY(cf);
    QCOMPARE(cf->etag, ETag::strong(QStringLiteral("second")));
    QCOMPARE(cf->reportedLength, std::optional<quint64>(9)); // the 4-byte one is ignored

    // An unparseable later ETag record clears the earlier one.
    cf = ControlFile::decode(fileWithRecords(record(1, "\"first\"") + record(1, "not valid")));
    QVERIFY(cf);
    QVERIFY(!cf->etag.isPresent());
}

void TestControlFile::unknownTagSkipped()
{
    // Example B's records with an unknown tag 77 in the middle.
    const QByteArray records = record(1, "\"v1\"") + record(77, "anything at all") + record(2, le(20, 8))
            + record(3, AbcdeHash);
    QByteArray tlvs = records;
    tlvs.append((8 - (40 + tlvs.size()) % 8) % 8, '\0');
    tlvs += QByteArray("\x03\x20\x00", 3) + AbcdeHash;
    const QByteArray bytes = core(quint16(40 + tlvs.size()), 15, 10, 20) + tlvs + DigitsHash;

    for (Mode mode : {Mode::Haul, Mode::StrictPyhaul}) {
        QString error;
        const std::optional<ControlFile> cf = ControlFile::decode(bytes, &error, mode);
        QVERIFY2(cf, qPrintable(error));
        QVERIFY(*cf == exampleB());
    }
}

void TestControlFile::badCrcRejected()
{
    QByteArray bytes = fileWithRecords(record(77, "hello"));
    QVERIFY(ControlFile::decode(bytes));
    bytes[40 + 3 + 5] = char(bytes[40 + 3 + 5] ^ 0x01); // first CRC byte
    for (Mode mode : {Mode::Haul, Mode::StrictPyhaul}) {
        QString error;
        QVERIFY(!ControlFile::decode(bytes, &error, mode));
        QVERIFY2(error.contains(QStringLiteral("CRC")), qPrintable(error));
    }
}

void TestControlFile::longETagNotStored()
{
    // §13 G30: canonical text up to 4096 bytes is stored, longer is not.
    ControlFile cf;
    cf.etag = ETag::strong(QString(4094, u'e'));
    std::optional<ControlFile> decoded = ControlFile::decode(cf.encode());
    QVERIFY(decoded);
    QCOMPARE(decoded->etag, cf.etag);

    cf.etag = ETag::strong(QString(4095, u'e'));
    const QByteArray bytes = cf.encode();
    QCOMPARE(bytes.size(), 40);
    decoded = ControlFile::decode(bytes);
    QVERIFY(decoded);
    QVERIFY(!decoded->etag.isPresent());

    // Measured in UTF-8 bytes: 2047 two-byte characters + quotes = 4096.
    cf.etag = ETag::strong(QString(2047, QChar(0xe9)));
    decoded = ControlFile::decode(cf.encode());
    QVERIFY(decoded);
    QCOMPARE(decoded->etag, cf.etag);
    cf.etag = ETag::strong(QString(2048, QChar(0xe9)));
    QCOMPARE(cf.encode().size(), 40);
}

void TestControlFile::extensionsRoundTrip()
{
    ControlFile cf = exampleB();
    cf.sha256State = QByteArray(121, '\x5a');
    cf.source = QByteArray(32, '\x33');
    cf.contentEncoding = "gzip";
    QVERIFY(cf.hasExtensions());

    const QByteArray bytes = cf.encode();
    QCOMPARE(recordTags(bytes), (QList<int>{1, 2, 3, 128, 129, 130}));
    QVERIFY(bytes != ExampleB);
    for (Mode mode : {Mode::Haul, Mode::StrictPyhaul}) {
        QString error;
        const std::optional<ControlFile> decoded = ControlFile::decode(bytes, &error, mode);
        QVERIFY2(decoded, qPrintable(error));
        QVERIFY(*decoded == cf);
        QCOMPARE(decoded->sha256State, cf.sha256State);
        QCOMPARE(decoded->source, cf.source);
        QCOMPARE(decoded->contentEncoding, cf.contentEncoding);
    }

    // Removing the extensions gives pyhaul's bytes again.
    ControlFile plain = cf;
    plain.sha256State.clear();
    plain.source.clear();
    plain.contentEncoding.clear();
    QVERIFY(!plain.hasExtensions());
    QCOMPARE(plain.encode(), ExampleB);

    // Each extension on its own.
    for (int which = 0; which < 3; ++which) {
        ControlFile one = exampleB();
        (which == 0 ? one.sha256State : which == 1 ? one.source : one.contentEncoding) = "value";
        const std::optional<ControlFile> decoded = ControlFile::decode(one.encode());
        QVERIFY(decoded);
        QVERIFY(*decoded == one);
        QCOMPARE(recordTags(one.encode()).size(), 4);
    }
}

void TestControlFile::extensionsNeverProduceDefect_data()
{
    QTest::addColumn<QByteArray>("sha256State");
    QTest::addColumn<QByteArray>("source");
    QTest::addColumn<QByteArray>("contentEncoding");

    QTest::newRow("all three") << QByteArray(121, '\x01') << QByteArray(32, '\x02') << QByteArray("gzip");
    QTest::newRow("state only") << QByteArray(121, '\x01') << QByteArray() << QByteArray();
    QTest::newRow("source only") << QByteArray() << QByteArray(32, '\x02') << QByteArray();
    QTest::newRow("encoding only") << QByteArray() << QByteArray() << QByteArray("br");
}

void TestControlFile::extensionsNeverProduceDefect()
{
    QFETCH(QByteArray, sha256State);
    QFETCH(QByteArray, source);
    QFETCH(QByteArray, contentEncoding);

    int fillers = 0;
    for (int length = 0; length <= 40; ++length) {
        for (bool reported : {false, true}) {
            for (bool tail : {false, true}) {
                ControlFile cf;
                cf.blockSize = 10;
                cf.etag = ETag::strong(QString(length, u'q'));
                if (reported) {
                    cf.reportedLength = 1000;
                    cf.extent = 1000;
                }
                cf.cursor = tail ? 15 : 20;
                cf.digests = tail ? QList<QByteArray>{DigitsHash} : QList<QByteArray>{DigitsHash, XHash};
                if (tail)
                    cf.tailHash = AbcdeHash;
                cf.sha256State = sha256State;
                cf.source = source;
                cf.contentEncoding = contentEncoding;

                const QByteArray bytes = cf.encode();
                const QString where = QStringLiteral("ETag length %1, reported %2, tail %3")
                                              .arg(length)
                                              .arg(reported)
                                              .arg(tail);
                QString error;
                const std::optional<ControlFile> strict = ControlFile::decode(bytes, &error, Mode::StrictPyhaul);
                QVERIFY2(strict, qPrintable(where + QStringLiteral(": ") + error));
                QVERIFY2(*strict == cf, qPrintable(where));
                const std::optional<ControlFile> haul = ControlFile::decode(bytes, &error, Mode::Haul);
                QVERIFY2(haul, qPrintable(where + QStringLiteral(": ") + error));
                QVERIFY2(*haul == cf, qPrintable(where));

                // The filler appears exactly when the padding would be empty.
                const qsizetype headerSize = qsizetype(readLe(bytes, 6, 2));
                const QList<int> tags = recordTags(bytes);
                qsizetype recordBytes = 0;
                {
                    qsizetype p = 40;
                    for (int tag : tags) {
                        const qsizetype n = qsizetype(readLe(bytes, p + 1, 2));
                        if (tag != ControlFile::FillerTag)
                            recordBytes += 7 + n;
                        p += 7 + n;
                    }
                }
                const bool wantFiller = tail && (40 + recordBytes) % 8 == 0;
                QVERIFY2(tags.contains(ControlFile::FillerTag) == wantFiller, qPrintable(where));
                if (wantFiller) {
                    ++fillers;
                    QCOMPARE(tags.last(), int(ControlFile::FillerTag));
                }
                if (tail) {
                    QCOMPARE(headerSize % 8, 3);
                    QCOMPARE(bytes[headerSize - 36], '\0'); // padding precedes the trailer
                    QCOMPARE(bytes.mid(headerSize - 35, 35), QByteArray("\x03\x20\x00", 3) + AbcdeHash);
                } else {
                    QCOMPARE(headerSize % 8, 0);
                }
                QCOMPARE(bytes.size(), headerSize + 32 * cf.digests.size());
            }
        }
    }
    QVERIFY(fillers > 0); // the filler path was exercised
}

QTEST_GUILESS_MAIN(TestControlFile)
#include "tst_controlfile.moc"
