// SPDX-License-Identifier: MIT
#include "blockhasher.h"
#include "filehasher.h"

#include <QTest>

#include <openssl/evp.h>

using namespace Haul;

namespace {

constexpr quint64 MiB = 1024 * 1024;
constexpr quint64 Block8M = 8 * MiB;

// §6.3 pattern: byte i = (37·i + 11) mod 256.
QByteArray pattern(qsizetype size)
{
    QByteArray out(size, Qt::Uninitialized);
    for (qsizetype i = 0; i < size; ++i)
        out[i] = char((37 * quint64(i) + 11) & 0xff);
    return out;
}

// Independent one-shot SHA-256 for expected values.
QByteArray sha256(QByteArrayView bytes)
{
    QByteArray digest(32, Qt::Uninitialized);
    unsigned int length = 0;
    const int ok = EVP_Digest(bytes.data(), size_t(bytes.size()), reinterpret_cast<unsigned char *>(digest.data()),
                              &length, EVP_sha256(), nullptr);
    Q_ASSERT(ok == 1 && length == 32);
    return digest;
}

// Feeds `bytes` in pieces cycling through `chunks` (empty = in one call).
template<typename Hasher>
void feed(Hasher &hasher, QByteArrayView bytes, const QList<qsizetype> &chunks = {})
{
    if (chunks.isEmpty()) {
        hasher.update(bytes.data(), bytes.size());
        return;
    }
    qsizetype at = 0;
    for (qsizetype i = 0; at < bytes.size(); ++i) {
        const qsizetype take = qMin(chunks[i % chunks.size()], bytes.size() - at);
        hasher.update(bytes.data() + at, take);
        at += take;
    }
}

const QList<qsizetype> OddChunks = {1, 7, 65536 + 3};

} // namespace

class TestHashers : public QObject
{
    Q_OBJECT

private slots:
    void treeHash_data();
    void treeHash();
    void treeHashOfStoredDigests();
    void emptyFinish();
    void digestsPerBlock();
    void tailHash_data();
    void tailHash();
    void resumeSmallBlocks();
    void resumeLargePattern_data();
    void resumeLargePattern();
    void flatSha256_data();
    void flatSha256();
    void fileHasherSaveRestore_data();
    void fileHasherSaveRestore();
    void fileHasherStateLayout();
    void fileHasherRejects_data();
    void fileHasherRejects();
    void fileHasherResetAndDigestCopy();
};

void TestHashers::treeHash_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<quint64>("blockSize");
    QTest::addColumn<QList<qsizetype>>("chunks");
    QTest::addColumn<QString>("expected");

    const QByteArray twenty("0123456789ABCDEFGHIJ");
    const QByteArray big = pattern(20 * MiB);
    const QString bigHash = QStringLiteral("d4ed6218fc0244e85cf63875f5b601fd4719cfde224c667a1e590d54c88e6a8f-3");
    const QString firstBlockHash = QStringLiteral("1b579809256b8ca626712f9810eeac7f53b8bcab4399805e55a3db49e7ecf6d0-1");

    QTest::newRow("empty, block 10") << QByteArray() << quint64(10) << QList<qsizetype>() << QStringLiteral("empty-0");
    QTest::newRow("empty, block 8M") << QByteArray() << Block8M << QList<qsizetype>() << QStringLiteral("empty-0");
    QTest::newRow("20 B, block 10")
            << twenty << quint64(10) << QList<qsizetype>()
            << QStringLiteral("ff82d253b067ef824b35075fcb2ee2dc18b7ef6abf4fb3f6f0bd690ad656e945-2");
    QTest::newRow("20 B, block 10, 1-byte chunks")
            << twenty << quint64(10) << QList<qsizetype>{1}
            << QStringLiteral("ff82d253b067ef824b35075fcb2ee2dc18b7ef6abf4fb3f6f0bd690ad656e945-2");
    QTest::newRow("20 B, block 10, 3/7 chunks")
            << twenty << quint64(10) << QList<qsizetype>{3, 7}
            << QStringLiteral("ff82d253b067ef824b35075fcb2ee2dc18b7ef6abf4fb3f6f0bd690ad656e945-2");
    QTest::newRow("20 B, block 8M")
            << twenty << Block8M << QList<qsizetype>()
            << QStringLiteral("9b4c5bb0d3ea182dfd7883e25aac7b21c81d7b5fd7368bb75239eede3b117ea7-1");
    QTest::newRow("20 MiB pattern, one call") << big << Block8M << QList<qsizetype>() << bigHash;
    QTest::newRow("20 MiB pattern, odd chunks") << big << Block8M << OddChunks << bigHash;
    QTest::newRow("20 MiB pattern, 3 MiB chunks") << big << Block8M << QList<qsizetype>{qsizetype(3 * MiB)} << bigHash;
    QTest::newRow("first 8 MiB, one call") << big.left(8 * MiB) << Block8M << QList<qsizetype>() << firstBlockHash;
    QTest::newRow("first 8 MiB, odd chunks") << big.left(8 * MiB) << Block8M << OddChunks << firstBlockHash;
}

void TestHashers::treeHash()
{
    QFETCH(QByteArray, content);
    QFETCH(quint64, blockSize);
    QFETCH(QList<qsizetype>, chunks);
    QFETCH(QString, expected);

    BlockHasher hasher(blockSize);
    feed(hasher, content, chunks);
    QCOMPARE(hasher.hashedLength(), quint64(content.size()));
    QCOMPARE(hasher.partialLength(), quint64(content.size()) % blockSize);
    QCOMPARE(hasher.finish(), expected);
    QCOMPARE(hasher.partialLength(), quint64(0));
}

void TestHashers::treeHashOfStoredDigests()
{
    const QList<QByteArray> digests{sha256("0123456789"), sha256("ABCDEFGHIJ")};
    QCOMPARE(BlockHasher::treeHash(digests),
             QStringLiteral("ff82d253b067ef824b35075fcb2ee2dc18b7ef6abf4fb3f6f0bd690ad656e945-2"));
    QCOMPARE(BlockHasher::treeHash({}), QStringLiteral("empty-0"));
    // One block: SHA-256 of the file's SHA-256 (§6.4).
    const QByteArray twenty("0123456789ABCDEFGHIJ");
    QCOMPARE(BlockHasher::treeHash({sha256(twenty)}),
             QString::fromLatin1(sha256(sha256(twenty)).toHex()) + QStringLiteral("-1"));
}

void TestHashers::emptyFinish()
{
    BlockHasher hasher(10);
    QVERIFY(hasher.tailHash().isEmpty());
    QCOMPARE(hasher.hashedLength(), quint64(0));
    QCOMPARE(hasher.finish(), QStringLiteral("empty-0"));
    QVERIFY(hasher.digests().isEmpty());
}

void TestHashers::digestsPerBlock()
{
    const QByteArray content = pattern(3 * 1000 + 17);
    BlockHasher hasher(1000);
    feed(hasher, content, {999, 2, 1, 1500});
    QCOMPARE(hasher.digests().size(), 3);
    for (int i = 0; i < 3; ++i)
        QCOMPARE(hasher.digests().at(i), sha256(content.mid(i * 1000, 1000)));
    QCOMPARE(hasher.partialLength(), quint64(17));
    QCOMPARE(hasher.tailHash(), sha256(content.right(17)));
    hasher.finish();
    QCOMPARE(hasher.digests().size(), 4);
    QCOMPARE(hasher.digests().at(3), sha256(content.right(17)));
}

void TestHashers::tailHash_data()
{
    QTest::addColumn<quint64>("blockSize");
    QTest::addColumn<qsizetype>("length");

    QTest::newRow("block 10, 15 bytes") << quint64(10) << qsizetype(15);
    QTest::newRow("block 10, 20 bytes (aligned)") << quint64(10) << qsizetype(20);
    QTest::newRow("block 10, 1 byte") << quint64(10) << qsizetype(1);
    QTest::newRow("block 64K, 200001 bytes") << quint64(65536) << qsizetype(200001);
    QTest::newRow("block 8M, 1 byte") << Block8M << qsizetype(1);
    QTest::newRow("block 8M, 9 MiB + 3") << Block8M << qsizetype(9 * MiB + 3);
}

void TestHashers::tailHash()
{
    QFETCH(quint64, blockSize);
    QFETCH(qsizetype, length);

    const QByteArray content = pattern(length);
    BlockHasher hasher(blockSize);
    feed(hasher, content, OddChunks);
    const qsizetype partial = qsizetype(quint64(length) % blockSize);
    QCOMPARE(hasher.partialLength(), quint64(partial));
    if (partial == 0)
        QVERIFY(hasher.tailHash().isEmpty());
    else
        QCOMPARE(hasher.tailHash(), sha256(content.right(partial)));

    // Taking the tail hash does not disturb the running state.
    const QByteArray more = pattern(qsizetype(blockSize) + 5);
    feed(hasher, more);
    BlockHasher reference(blockSize);
    feed(reference, content + more);
    QCOMPARE(hasher.digests(), reference.digests());
    QCOMPARE(hasher.tailHash(), reference.tailHash());
    QCOMPARE(hasher.finish(), reference.finish());
}

void TestHashers::resumeSmallBlocks()
{
    // §2.10 example B / PS-3: block 10, checkpoint at cursor 15.
    const QByteArray blockZero = sha256("0123456789");
    QCOMPARE(blockZero.toHex(), QByteArray("84d89877f0d4041efb6bf91a16f0248f2fd573e6af05c19f96bedb9f882f7882"));

    BlockHasher hasher(10, {blockZero});
    QCOMPARE(hasher.hashedLength(), quint64(10));
    QVERIFY(hasher.tailHash().isEmpty());
    hasher.update("ABCDE", 5); // the re-read tail (§6.5)
    QCOMPARE(hasher.hashedLength(), quint64(15));
    QCOMPARE(hasher.tailHash().toHex(),
             QByteArray("f0393febe8baaa55e32f7be2a7cc180bf34e52137d99e056c817a9c07b8f239a"));

    // Digest count grows at block boundaries: 17/1, 19/1, 20/2.
    hasher.update("FG", 2);
    QCOMPARE(hasher.hashedLength(), quint64(17));
    QCOMPARE(hasher.digests().size(), 1);
    hasher.update("HI", 2);
    QCOMPARE(hasher.hashedLength(), quint64(19));
    QCOMPARE(hasher.digests().size(), 1);
    hasher.update("J", 1);
    QCOMPARE(hasher.hashedLength(), quint64(20));
    QCOMPARE(hasher.digests().size(), 2);
    QCOMPARE(hasher.partialLength(), quint64(0));
    QCOMPARE(hasher.digests().at(1), sha256("ABCDEFGHIJ"));
    QCOMPARE(hasher.finish(), QStringLiteral("ff82d253b067ef824b35075fcb2ee2dc18b7ef6abf4fb3f6f0bd690ad656e945-2"));
}

void TestHashers::resumeLargePattern_data()
{
    QTest::addColumn<qsizetype>("cursor");

    QTest::newRow("mid first block") << qsizetype(3 * MiB + 1);
    QTest::newRow("block boundary") << qsizetype(8 * MiB);
    QTest::newRow("just past a boundary") << qsizetype(8 * MiB + 1);
    QTest::newRow("mid last block") << qsizetype(19 * MiB + 7);
}

void TestHashers::resumeLargePattern()
{
    QFETCH(qsizetype, cursor);

    const QByteArray content = pattern(20 * MiB);
    BlockHasher first(Block8M);
    feed(first, content.left(cursor), OddChunks);
    const QList<QByteArray> stored = first.digests();
    const QByteArray storedTail = first.tailHash();

    // §6.5: seed with the stored digests, re-read the tail, check it, go on.
    const qsizetype hashed = stored.size() * qsizetype(Block8M);
    const QByteArray tail = content.mid(hashed, cursor - hashed);
    QCOMPARE(storedTail, tail.isEmpty() ? QByteArray() : sha256(tail));
    BlockHasher resumed(Block8M, stored);
    feed(resumed, tail);
    QCOMPARE(resumed.tailHash(), storedTail);
    feed(resumed, content.mid(cursor), OddChunks);
    QCOMPARE(resumed.finish(), QStringLiteral("d4ed6218fc0244e85cf63875f5b601fd4719cfde224c667a1e590d54c88e6a8f-3"));
}

void TestHashers::flatSha256_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QList<qsizetype>>("chunks");
    QTest::addColumn<QByteArray>("expected");

    const QByteArray big = pattern(20 * MiB);
    const QByteArray bigHash("7b7b4c5fe51b7696bbd807e6e17c4dacd68bf647bd28fee0dd3511da98b6b005");
    QTest::newRow("empty") << QByteArray() << QList<qsizetype>()
                           << QByteArray("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    QTest::newRow("20 B") << QByteArray("0123456789ABCDEFGHIJ") << QList<qsizetype>{3}
                          << QByteArray("aa394019212b6c234eda06399390d4b14a2645b476bdf5b83ca7ee3afae1e4fa");
    QTest::newRow("20 MiB, one call") << big << QList<qsizetype>() << bigHash;
    QTest::newRow("20 MiB, odd chunks") << big << OddChunks << bigHash;
}

void TestHashers::flatSha256()
{
    QFETCH(QByteArray, content);
    QFETCH(QList<qsizetype>, chunks);
    QFETCH(QByteArray, expected);

    FileHasher hasher;
    feed(hasher, content, chunks);
    QCOMPARE(hasher.length(), quint64(content.size()));
    QCOMPARE(hasher.hexDigest(), expected);
    QCOMPARE(hasher.hexDigest(), expected); // works on a copy: repeatable
}

void TestHashers::fileHasherSaveRestore_data()
{
    QTest::addColumn<qsizetype>("split");

    for (qsizetype split : {qsizetype(0), qsizetype(1), qsizetype(63), qsizetype(64), qsizetype(65),
                            qsizetype(MiB + 5)})
        QTest::addRow("%lld", qlonglong(split)) << split;
}

void TestHashers::fileHasherSaveRestore()
{
    QFETCH(qsizetype, split);

    const QByteArray content = pattern(qsizetype(MiB) + 77);
    const QByteArray expected = sha256(content).toHex();

    FileHasher before;
    feed(before, content.left(split), OddChunks);
    QCOMPARE(before.hexDigest(), sha256(content.left(split)).toHex());
    const QByteArray state = before.saveState();
    QCOMPARE(state.size(), 121);

    FileHasher after;
    after.update("unrelated", 9); // restore replaces whatever was there
    QVERIFY(after.restoreState(state, quint64(split)));
    QCOMPARE(after.length(), quint64(split));
    QCOMPARE(after.hexDigest(), sha256(content.left(split)).toHex());
    QCOMPARE(after.saveState(), state);
    feed(after, content.mid(split), OddChunks);
    QCOMPARE(after.length(), quint64(content.size()));
    QCOMPARE(after.hexDigest(), expected);

    // The uninterrupted run agrees.
    feed(before, content.mid(split));
    QCOMPARE(before.hexDigest(), expected);
}

void TestHashers::fileHasherStateLayout()
{
    FileHasher hasher;
    const QByteArray content = pattern(130);
    hasher.update(content.constData(), content.size());
    const QByteArray state = hasher.saveState();
    QCOMPARE(state.size(), 121);
    QCOMPARE(quint8(state[0]), quint8(1)); // version
    const auto u64 = [&](int at) {
        quint64 v = 0;
        for (int i = 7; i >= 0; --i)
            v = (v << 8) | quint8(state[at + i]);
        return v;
    };
    const auto u32 = [&](int at) { return quint32(u64(at) & 0xffffffffu); };
    QCOMPARE(u64(1), quint64(130));               // byte count
    QCOMPARE(u32(9 + 32), quint32(130 * 8));      // Nl, bits
    QCOMPARE(u32(9 + 36), quint32(0));            // Nh
    QCOMPARE(state.mid(9 + 40, 2), content.mid(128, 2)); // buffered bytes, in order
    QCOMPARE(u32(113), quint32(2));               // num
    QCOMPARE(u32(117), quint32(32));              // md_len
}

void TestHashers::fileHasherRejects_data()
{
    QTest::addColumn<QByteArray>("state");
    QTest::addColumn<quint64>("expectedLength");

    FileHasher source;
    const QByteArray content = pattern(65);
    source.update(content.constData(), content.size());
    const QByteArray good = source.saveState();

    const auto patched = [&](int offset, quint32 value) {
        QByteArray s = good;
        for (int i = 0; i < 4; ++i)
            s[offset + i] = char((value >> (8 * i)) & 0xff);
        return s;
    };

    QTest::newRow("empty") << QByteArray() << quint64(65);
    QTest::newRow("one byte short") << good.chopped(1) << quint64(65);
    QTest::newRow("one byte long") << good + '\0' << quint64(65);
    QTest::newRow("version 0") << (QByteArray(1, '\0') + good.mid(1)) << quint64(65);
    QTest::newRow("version 2") << (QByteArray(1, '\2') + good.mid(1)) << quint64(65);
    QTest::newRow("expected length larger") << good << quint64(66);
    QTest::newRow("expected length smaller") << good << quint64(64);
    QTest::newRow("expected length 0") << good << quint64(0);
    // Byte count changed consistently with the expected length, but not with
    // the context's own bit count.
    QTest::newRow("byte count corrupted") << patched(1, 66) << quint64(66);
    QTest::newRow("bit count corrupted") << patched(9 + 32, 66 * 8) << quint64(65);
    QTest::newRow("bit count not whole bytes") << patched(9 + 32, 65 * 8 + 1) << quint64(65);
    QTest::newRow("high bit count set") << patched(9 + 36, 1) << quint64(65);
    QTest::newRow("num 64") << patched(113, 64) << quint64(65);
    QTest::newRow("num huge") << patched(113, 0xffffffffu) << quint64(65);
    QTest::newRow("num off by one") << patched(113, 2) << quint64(65);
    QTest::newRow("num 0") << patched(113, 0) << quint64(65);
    QTest::newRow("md_len 28") << patched(117, 28) << quint64(65);
    QTest::newRow("md_len 0") << patched(117, 0) << quint64(65);
}

void TestHashers::fileHasherRejects()
{
    QFETCH(QByteArray, state);
    QFETCH(quint64, expectedLength);

    FileHasher hasher;
    hasher.update("abc", 3);
    QVERIFY(!hasher.restoreState(state, expectedLength));
    // A rejected state leaves the hasher as it was.
    QCOMPARE(hasher.length(), quint64(3));
    QCOMPARE(hasher.hexDigest(), QByteArray("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"));
}

void TestHashers::fileHasherResetAndDigestCopy()
{
    FileHasher hasher;
    hasher.update("ab", 2);
    QCOMPARE(hasher.hexDigest(), sha256("ab").toHex());
    hasher.update("c", 1); // hexDigest did not finalise the running state
    QCOMPARE(hasher.hexDigest(), QByteArray("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"));
    hasher.reset();
    QCOMPARE(hasher.length(), quint64(0));
    QCOMPARE(hasher.hexDigest(), QByteArray("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"));

    // A restored empty state works too.
    FileHasher other;
    QVERIFY(other.restoreState(hasher.saveState(), 0));
    QCOMPARE(other.hexDigest(), hasher.hexDigest());
}

QTEST_GUILESS_MAIN(TestHashers)
#include "tst_hashers.moc"
