// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <memory>
#include <optional>

namespace Haul {

// The plain SHA-256 of a whole file, computed while it downloads, whose running
// state can be saved in the control file (tag 128) and restored on resume, so a
// resumed download still ends with the standard digest without a second read.
//
// OpenSSL 3's EVP interface cannot export a digest state, so this uses the
// low-level SHA256_CTX (deprecated since 3.0 but present, same SHA-NI code).
// Saved state layout (little-endian): u8 version = 1, u64 byte count,
// then the 28 u32 words of SHA256_CTX (h[8], Nl, Nh, data[16], num, md_len).
// restore() checks the length, the version, that the byte count agrees with the
// context's own bit count and the expected length, and num < 64, md_len == 32.
class FileHasher
{
public:
    FileHasher();
    ~FileHasher();
    FileHasher(const FileHasher &) = delete;
    FileHasher &operator=(const FileHasher &) = delete;

    void reset();
    void update(const char *data, qsizetype size);
    quint64 length() const { return m_length; }

    QByteArray saveState() const;
    // True when `state` is valid and covers exactly `expectedLength` bytes.
    bool restoreState(QByteArrayView state, quint64 expectedLength);

    // Hex digest of everything fed so far (the running state is not disturbed).
    QByteArray hexDigest() const;

private:
    struct Private;
    std::unique_ptr<Private> d;
    quint64 m_length = 0;
};

} // namespace Haul
