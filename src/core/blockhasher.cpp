// SPDX-License-Identifier: MIT
#include "blockhasher.h"

#include <openssl/evp.h>

namespace Haul {

namespace {

constexpr int DigestSize = 32;
constexpr quint64 FallbackBlockSize = 8 * 1024 * 1024;

struct MdCtxDeleter
{
    void operator()(EVP_MD_CTX *ctx) const { EVP_MD_CTX_free(ctx); }
};
using MdCtxPtr = std::unique_ptr<EVP_MD_CTX, MdCtxDeleter>;

MdCtxPtr newSha256()
{
    MdCtxPtr ctx(EVP_MD_CTX_new());
    if (!ctx || EVP_DigestInit_ex(ctx.get(), EVP_sha256(), nullptr) != 1)
        qFatal("BlockHasher: cannot initialise SHA-256");
    return ctx;
}

QByteArray finalDigest(EVP_MD_CTX *ctx)
{
    QByteArray digest(DigestSize, Qt::Uninitialized);
    unsigned int length = 0;
    if (EVP_DigestFinal_ex(ctx, reinterpret_cast<unsigned char *>(digest.data()), &length) != 1
        || length != DigestSize)
        qFatal("BlockHasher: SHA-256 failed");
    return digest;
}

} // namespace

struct BlockHasher::Private
{
    MdCtxPtr block = newSha256(); // running state of the partial block
};

BlockHasher::BlockHasher(quint64 blockSize, QList<QByteArray> digests)
    : d(std::make_unique<Private>())
    , m_blockSize(blockSize)
    , m_digests(std::move(digests))
{
    // A zero block size would never close a block (pyhaul hangs, §2.6);
    // the control-file reader rejects it, so this is a caller bug.
    Q_ASSERT(blockSize > 0);
    if (m_blockSize == 0)
        m_blockSize = FallbackBlockSize;
}

BlockHasher::~BlockHasher() = default;

void BlockHasher::update(const char *data, qsizetype size)
{
    // Large chunks go to OpenSSL whole; they are only cut at block boundaries.
    while (size > 0) {
        const quint64 room = m_blockSize - m_partial;
        const qsizetype take = qsizetype(qMin<quint64>(room, quint64(size)));
        if (EVP_DigestUpdate(d->block.get(), data, size_t(take)) != 1)
            qFatal("BlockHasher: SHA-256 update failed");
        data += take;
        size -= take;
        m_partial += quint64(take);
        if (m_partial == m_blockSize) {
            m_digests.append(finalDigest(d->block.get()));
            // Same digest again, no new algorithm fetch.
            if (EVP_DigestInit_ex2(d->block.get(), nullptr, nullptr) != 1)
                qFatal("BlockHasher: cannot restart SHA-256");
            m_partial = 0;
        }
    }
}

QByteArray BlockHasher::tailHash() const
{
    if (m_partial == 0)
        return {};
    // §6.2: digest of a copy, so the running state goes on untouched.
    MdCtxPtr copy(EVP_MD_CTX_new());
    if (!copy || EVP_MD_CTX_copy_ex(copy.get(), d->block.get()) != 1)
        qFatal("BlockHasher: cannot copy SHA-256 state");
    return finalDigest(copy.get());
}

QString BlockHasher::finish()
{
    if (m_partial > 0) {
        // §6.3: the partial block closes as a last, shorter block.
        m_digests.append(finalDigest(d->block.get()));
        if (EVP_DigestInit_ex2(d->block.get(), nullptr, nullptr) != 1)
            qFatal("BlockHasher: cannot restart SHA-256");
        m_partial = 0;
    }
    return treeHash(m_digests);
}

QString BlockHasher::treeHash(const QList<QByteArray> &digests)
{
    if (digests.isEmpty())
        return QStringLiteral("empty-0");
    MdCtxPtr ctx = newSha256();
    for (const QByteArray &digest : digests) {
        if (EVP_DigestUpdate(ctx.get(), digest.constData(), size_t(digest.size())) != 1)
            qFatal("BlockHasher: SHA-256 update failed");
    }
    return QString::fromLatin1(finalDigest(ctx.get()).toHex()) + u'-' + QString::number(digests.size());
}

} // namespace Haul
