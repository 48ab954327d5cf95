// SPDX-License-Identifier: MIT
#include "controlfile.h"

#include "bytes.h"

#include <QStringDecoder>

#include <zlib.h>

namespace Haul {

namespace {

using namespace Bytes;

constexpr char Magic[4] = {'H', 'A', 'U', 'L'};
constexpr quint8 Version = 1;
constexpr qsizetype CoreHeaderSize = 40;
constexpr qsizetype DigestSize = 32;

// Record tags pyhaul knows (§2.3).
constexpr quint8 ETagTag = 1;
constexpr quint8 ReportedLengthTag = 2;
constexpr quint8 TailHashTag = 3;

// §13 G30: absurdly long values are not stored. The same bound applies to
// extension values, so header_size (a u16) can never overflow.
constexpr qsizetype MaxValueBytes = 4096;

quint32 crc32Of(QByteArrayView bytes)
{
    // zlib's CRC-32 (§2.3); qChecksum is a different algorithm.
    uLong crc = crc32(0L, Z_NULL, 0);
    const auto *data = reinterpret_cast<const Bytef *>(bytes.data());
    qsizetype left = bytes.size();
    while (left > 0) {
        const uInt chunk = uInt(qMin<qsizetype>(left, 1 << 30));
        crc = crc32(crc, data, chunk);
        data += chunk;
        left -= chunk;
    }
    return quint32(crc);
}

void appendRecord(QByteArray &out, quint8 tag, QByteArrayView value)
{
    Q_ASSERT(value.size() <= 0xffff);
    const qsizetype begin = out.size();
    out.append(char(tag));
    appendLe(out, quint64(value.size()), 2);
    out.append(value.data(), value.size());
    appendLe(out, crc32Of(QByteArrayView(out).sliced(begin)), 4);
}

// Python's bytes.decode("utf-8"): strict, and a leading BOM is kept as U+FEFF.
std::optional<QString> decodeUtf8Strictly(QByteArrayView bytes)
{
    QStringDecoder decoder(QStringDecoder::Utf8,
                           QStringDecoder::Flag::Stateless | QStringDecoder::Flag::ConvertInitialBom);
    QString text = decoder.decode(bytes);
    if (decoder.hasError())
        return std::nullopt;
    return text;
}

} // namespace

QByteArray ControlFile::encode() const
{
    // §2.4, tags 1, 2, 3 in this order; then Haul's extensions (§2.11).
    QByteArray tlvs;
    if (etag.isPresent()) {
        const QByteArray text = etag.canonical().toUtf8();
        if (text.size() <= MaxValueBytes)
            appendRecord(tlvs, ETagTag, text);
    }
    if (reportedLength) {
        QByteArray value;
        appendLe(value, *reportedLength, 8);
        appendRecord(tlvs, ReportedLengthTag, value);
    }
    if (!tailHash.isEmpty())
        appendRecord(tlvs, TailHashTag, tailHash);

    bool wroteExtension = false;
    const auto appendExtension = [&](quint8 tag, const QByteArray &value) {
        if (value.isEmpty() || value.size() > MaxValueBytes)
            return;
        appendRecord(tlvs, tag, value);
        wroteExtension = true;
    };
    appendExtension(Sha256StateTag, sha256State);
    appendExtension(SourceTag, source);
    appendExtension(ContentEncodingTag, contentEncoding);
    appendExtension(CompletedTag, completed.encode());
    appendExtension(LastModifiedTag, lastModified);

    // §2.7/§2.11: never give pyhaul the "no padding before the trailer" layout
    // once the file differs from pyhaul's anyway. A 7-byte empty record turns
    // zero padding into one byte. Without extensions pyhaul's bytes are kept.
    if (wroteExtension && !tailHash.isEmpty() && (CoreHeaderSize + tlvs.size()) % 8 == 0)
        appendRecord(tlvs, FillerTag, {});

    const qsizetype pad = (8 - (CoreHeaderSize + tlvs.size()) % 8) % 8;
    const qsizetype trailer = tailHash.isEmpty() ? 0 : 3 + tailHash.size();
    const qsizetype headerSize = CoreHeaderSize + tlvs.size() + pad + trailer;
    Q_ASSERT(headerSize <= 0xffff);

    QByteArray out;
    out.reserve(headerSize + digests.size() * DigestSize);
    out.append(Magic, sizeof(Magic));
    out.append(char(Version));
    out.append('\0'); // reserved
    appendLe(out, quint64(headerSize), 2);
    appendLe(out, cursor, 8);
    appendLe(out, blockSize, 8);
    appendLe(out, extent.value_or(0), 8);
    appendLe(out, start, 8);
    out.append(tlvs);
    out.append(pad, '\0');
    if (!tailHash.isEmpty()) {
        // The unframed copy, no CRC (§2.4).
        out.append(char(TailHashTag));
        appendLe(out, quint64(tailHash.size()), 2);
        out.append(tailHash);
    }
    for (const QByteArray &digest : digests)
        out.append(digest);
    return out;
}

std::optional<ControlFile> ControlFile::decode(QByteArrayView bytes, QString *error, ReadMode mode)
{
    const bool haul = mode == ReadMode::Haul;
    const auto fail = [error](const QString &why) -> std::optional<ControlFile> {
        if (error)
            *error = why;
        return std::nullopt;
    };
    const qsizetype size = bytes.size();

    // §2.6 steps 1-5, in pyhaul's order (version before length).
    if (size == 0)
        return fail(QStringLiteral("empty control file"));
    if (!bytes.startsWith(QByteArrayView(Magic, sizeof(Magic))))
        return fail(QStringLiteral("unrecognised control file (bad magic)"));
    if (size < 5)
        return fail(QStringLiteral("control file too short"));
    if (quint8(bytes[4]) != Version)
        return fail(QStringLiteral("unsupported version %1").arg(quint8(bytes[4])));
    if (size < CoreHeaderSize)
        return fail(QStringLiteral("control file too short (%1 bytes)").arg(size));

    ControlFile cf;
    const qsizetype headerSize = qsizetype(readLe(bytes, 6, 2));
    cf.cursor = readLe(bytes, 8, 8);
    cf.blockSize = readLe(bytes, 16, 8);
    const quint64 extent = readLe(bytes, 24, 8);
    if (extent != 0)
        cf.extent = extent;
    cf.start = readLe(bytes, 32, 8);

    // Recommended deviations (§2.6 table, §13 G15).
    if (haul) {
        if (headerSize < CoreHeaderSize)
            return fail(QStringLiteral("header size %1 is smaller than the core header").arg(headerSize));
        if (headerSize > size)
            return fail(QStringLiteral("header size %1 exceeds the file length %2").arg(headerSize).arg(size));
        if (cf.blockSize == 0)
            return fail(QStringLiteral("block size is 0"));
    }

    // §2.6 step 7. In Haul mode headerSize <= size, so no read below leaves
    // the file; in strict mode a read past the end is where pyhaul crashes,
    // which counts as invalid here.
    const auto pastEnd = [&](qsizetype end) { return end > size; };
    const QString crashed = QStringLiteral("header size %1 exceeds the file length %2 (pyhaul crashes)")
                                    .arg(headerSize)
                                    .arg(size);
    bool tailSeen = false;
    qsizetype p = CoreHeaderSize;
    while (p < headerSize) {
        if (pastEnd(p + 1))
            return fail(crashed);
        if (bytes[p] == 0)
            break; // padding reached
        if (p + 3 > headerSize)
            return fail(QStringLiteral("truncated TLV header at offset %1").arg(p));
        if (pastEnd(p + 3))
            return fail(crashed);
        const quint8 tag = quint8(bytes[p]);
        const qsizetype length = qsizetype(readLe(bytes, p + 1, 2));

        // §2.7: accept pyhaul's own "no padding" layout in Haul mode.
        if (haul && tag == TailHashTag && length == DigestSize && p + 3 + length == headerSize) {
            const QByteArrayView trailer = bytes.sliced(p + 3, length);
            if (!tailSeen || trailer == QByteArrayView(cf.tailHash)) {
                cf.tailHash = trailer.toByteArray();
                tailSeen = true;
                break;
            }
        }

        if (p + 3 + length + 4 > headerSize)
            return fail(QStringLiteral("TLV %1 length %2 exceeds header bounds").arg(tag).arg(length));
        if (pastEnd(p + 3 + length + 4))
            return fail(crashed);
        const quint32 stored = quint32(readLe(bytes, p + 3 + length, 4));
        if (crc32Of(bytes.sliced(p, 3 + length)) != stored)
            return fail(QStringLiteral("TLV %1 CRC mismatch").arg(tag));

        const QByteArrayView value = bytes.sliced(p + 3, length);
        switch (tag) {
        case ETagTag: {
            // pyhaul's decode error escapes its engine; invalid in both modes.
            const std::optional<QString> text = decodeUtf8Strictly(value);
            if (!text)
                return fail(QStringLiteral("ETag record is not valid UTF-8"));
            cf.etag = ETag::parse(*text); // last one wins, unparseable = none
            break;
        }
        case ReportedLengthTag:
            if (length == 8)
                cf.reportedLength = readLe(value, 0, 8);
            break;
        case TailHashTag:
            cf.tailHash = value.toByteArray();
            tailSeen = true;
            break;
        case Sha256StateTag:
            cf.sha256State = value.toByteArray();
            break;
        case SourceTag:
            cf.source = value.toByteArray();
            break;
        case ContentEncodingTag:
            cf.contentEncoding = value.toByteArray();
            break;
        case CompletedTag:
            // Spans that do not fit this checkpoint are dropped, never trusted: they are refetched.
            if (auto spans = ByteRanges::decode(value, cf.extent.value_or(0)))
                cf.completed = *spans;
            break;
        case LastModifiedTag:
            cf.lastModified = value.toByteArray();
            break;
        default:
            break; // unknown (and filler): CRC checked, skipped
        }
        p += 7 + length;
    }

    // §2.6 step 8; like a Python slice, a header_size past the end (strict
    // mode only) leaves an empty payload and one below 40 re-reads the core.
    const qsizetype payloadStart = qMin(headerSize, size);
    const qsizetype payloadSize = size - payloadStart;
    if (payloadSize % DigestSize != 0)
        return fail(QStringLiteral("digest payload of %1 bytes is not a multiple of 32").arg(payloadSize));
    cf.digests.reserve(payloadSize / DigestSize);
    for (qsizetype at = payloadStart; at < size; at += DigestSize)
        cf.digests.append(bytes.sliced(at, DigestSize).toByteArray());

    // §13 G31: cross-check what pyhaul trusts blindly. Blocks are counted from
    // part offset 0, so these hold for any start.
    if (haul) {
        const quint64 completeBlocks = cf.cursor / cf.blockSize;
        const bool aligned = cf.cursor % cf.blockSize == 0;
        if (quint64(cf.digests.size()) != completeBlocks)
            return fail(QStringLiteral("%1 digests for cursor %2 and block size %3")
                                .arg(cf.digests.size())
                                .arg(cf.cursor)
                                .arg(cf.blockSize));
        if (tailSeen && cf.tailHash.size() != DigestSize)
            return fail(QStringLiteral("tail hash of %1 bytes").arg(cf.tailHash.size()));
        // A missing tail on an unaligned cursor is tolerated: pyhaul then
        // skips the tail comparison (§6.5).
        if (tailSeen && aligned)
            return fail(QStringLiteral("tail hash present although cursor %1 is block-aligned").arg(cf.cursor));
    }

    if (!cf.completed.isEmpty() && cf.completed.spans().first().begin < cf.cursor)
        cf.completed.clear();
    return cf;
}

} // namespace Haul
