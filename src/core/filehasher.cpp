// SPDX-License-Identifier: MIT
#include "filehasher.h"

#include "bytes.h"

// SHA256_CTX is the only OpenSSL 3 interface whose state can be exported
// (see the header); silence its deprecation here only.
#define OPENSSL_SUPPRESS_DEPRECATED
#include <openssl/sha.h>

#include <cstring>

namespace Haul {

namespace {

using namespace Bytes;

constexpr quint8 StateVersion = 1;
constexpr int StateWords = 28;                       // h[8], Nl, Nh, data[16], num, md_len
constexpr qsizetype StateSize = 1 + 8 + 4 * StateWords; // 121 bytes
constexpr qsizetype DataOffset = 1 + 8 + 4 * 10;     // where data[16] starts

static_assert(sizeof(SHA_LONG) == 4);
static_assert(SHA_LBLOCK == 16 && SHA256_CBLOCK == 64);

} // namespace

struct FileHasher::Private
{
    SHA256_CTX ctx;
};

FileHasher::FileHasher()
    : d(std::make_unique<Private>())
{
    reset();
}

FileHasher::~FileHasher() = default;

void FileHasher::reset()
{
    SHA256_Init(&d->ctx);
    m_length = 0;
}

void FileHasher::update(const char *data, qsizetype size)
{
    if (size <= 0)
        return;
    SHA256_Update(&d->ctx, data, size_t(size));
    m_length += quint64(size);
}

QByteArray FileHasher::saveState() const
{
    const SHA256_CTX &c = d->ctx;
    QByteArray out;
    out.reserve(StateSize);
    out.append(char(StateVersion));
    appendLe(out, m_length, 8);
    for (SHA_LONG word : c.h)
        appendLe(out, word, 4);
    appendLe(out, c.Nl, 4);
    appendLe(out, c.Nh, 4);
    // data[] is a byte buffer that OpenSSL merely declares as words: keep its
    // bytes in order (identical to little-endian words on little-endian hosts).
    out.append(reinterpret_cast<const char *>(c.data), sizeof(c.data));
    appendLe(out, c.num, 4);
    appendLe(out, c.md_len, 4);
    Q_ASSERT(out.size() == StateSize);
    return out;
}

bool FileHasher::restoreState(QByteArrayView state, quint64 expectedLength)
{
    if (state.size() != StateSize || quint8(state[0]) != StateVersion)
        return false;
    const quint64 length = readLe(state, 1, 8);
    if (length != expectedLength)
        return false;

    SHA256_CTX c;
    std::memset(&c, 0, sizeof(c));
    qsizetype at = 9;
    for (SHA_LONG &word : c.h) {
        word = static_cast<SHA_LONG>(readLe(state, at, 4));
        at += 4;
    }
    c.Nl = static_cast<SHA_LONG>(readLe(state, at, 4));
    c.Nh = static_cast<SHA_LONG>(readLe(state, at + 4, 4));
    Q_ASSERT(at + 8 == DataOffset);
    std::memcpy(c.data, state.data() + DataOffset, sizeof(c.data));
    at = DataOffset + qsizetype(sizeof(c.data));
    c.num = static_cast<unsigned int>(readLe(state, at, 4));
    c.md_len = static_cast<unsigned int>(readLe(state, at + 4, 4));

    // The context's own bit count is the check value for the byte count; num
    // is always the unprocessed remainder of the count (so also < 64).
    const quint64 bits = (quint64(c.Nh) << 32) | c.Nl;
    if (bits % 8 != 0 || bits / 8 != length)
        return false;
    if (c.num >= SHA256_CBLOCK || c.num != length % SHA256_CBLOCK)
        return false;
    if (c.md_len != SHA256_DIGEST_LENGTH)
        return false;

    d->ctx = c;
    m_length = length;
    return true;
}

QByteArray FileHasher::hexDigest() const
{
    SHA256_CTX copy = d->ctx;
    unsigned char digest[SHA256_DIGEST_LENGTH];
    SHA256_Final(digest, &copy);
    return QByteArray(reinterpret_cast<const char *>(digest), sizeof(digest)).toHex();
}

} // namespace Haul
