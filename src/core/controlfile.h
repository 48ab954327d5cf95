// SPDX-License-Identifier: MIT
#pragma once

#include "byteranges.h"
#include "etag.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <optional>

namespace Haul {

inline constexpr quint64 DefaultBlockSize = 8 * 1024 * 1024;

// The control file ("<dest>.part.ctrl"), format version 1, byte-compatible with
// pyhaul (spec §2). Haul's own state lives in extra TLV records with tags >= 128,
// which pyhaul's reader skips.
struct ControlFile
{
    // Haul extension tags (§2.11).
    enum ExtensionTag : quint8 {
        Sha256StateTag = 128,     // running SHA-256 of part[0, cursor), see FileHasher
        SourceTag = 129,          // SHA-256 of the URL the bytes came from (§13 G22)
        ContentEncodingTag = 130, // Content-Encoding of the stored bytes when not identity (§13 G9)
        CompletedTag = 131,       // segmented downloads: spans beyond the cursor already on disk
        LastModifiedTag = 132,    // the Last-Modified those spans belong to, when there is no strong ETag
        FillerTag = 255,          // keeps pyhaul's reader away from the §2.7 layout
    };

    quint64 start = 0;
    quint64 cursor = 0;
    quint64 blockSize = DefaultBlockSize;
    std::optional<quint64> extent;          // 0 on disk = unknown
    ETag etag;
    std::optional<quint64> reportedLength;
    QByteArray tailHash;                    // 32 bytes, or empty when cursor is block-aligned
    QList<QByteArray> digests;              // one 32-byte SHA-256 per completed block

    // Extensions; empty = not written.
    QByteArray sha256State;
    QByteArray source;
    QByteArray contentEncoding;
    // Synced bytes in [cursor, extent) that other connections fetched. pyhaul ignores
    // them and refetches from the cursor, which is always correct.
    ByteRanges completed;
    QByteArray lastModified;

    bool hasExtensions() const
    {
        return !sha256State.isEmpty() || !source.isEmpty() || !contentEncoding.isEmpty() || !completed.isEmpty()
            || !lastModified.isEmpty();
    }

    // Exactly the bytes of §2.4. With no extensions this is pyhaul's output, the
    // §2.7 defect layout included; with extensions a filler record is added
    // whenever the padding would otherwise be empty before the tail trailer.
    QByteArray encode() const;

    enum class ReadMode {
        Haul,         // §2.6 plus the recommended deviations (§2.6 table, §2.7, G31)
        StrictPyhaul, // pyhaul's reader exactly (for tests of reference behaviour)
    };
    // nullopt when the bytes are not a valid control file; *error says why.
    static std::optional<ControlFile> decode(QByteArrayView bytes, QString *error = nullptr,
                                             ReadMode mode = ReadMode::Haul);

    bool operator==(const ControlFile &other) const = default;
};

// Sidecar names (§1.1): suffixes appended to the whole destination path.
inline QString partPath(const QString &dest) { return dest + QStringLiteral(".part"); }
inline QString controlPath(const QString &dest) { return dest + QStringLiteral(".part.ctrl"); }
inline QString controlTmpPath(const QString &dest) { return dest + QStringLiteral(".part.ctrl.tmp"); }

} // namespace Haul
