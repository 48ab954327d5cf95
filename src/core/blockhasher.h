// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <memory>

namespace Haul {

// Per-block SHA-256 digests and the tree hash of spec §6, with OpenSSL EVP.
class BlockHasher
{
public:
    // Continues after `digests` completed blocks (resume, §6.5).
    explicit BlockHasher(quint64 blockSize, QList<QByteArray> digests = {});
    ~BlockHasher();
    BlockHasher(const BlockHasher &) = delete;
    BlockHasher &operator=(const BlockHasher &) = delete;

    void update(const char *data, qsizetype size);

    quint64 blockSize() const { return m_blockSize; }
    const QList<QByteArray> &digests() const { return m_digests; }
    quint64 partialLength() const { return m_partial; }
    quint64 hashedLength() const { return quint64(m_digests.size()) * m_blockSize + m_partial; }

    // SHA-256 of the current partial block (from a copy of the running state);
    // empty when the partial block is empty (§6.2).
    QByteArray tailHash() const;

    // Closes the partial block and returns "<hex>-<k>" or "empty-0" (§6.3).
    // The hasher must not be updated afterwards.
    QString finish();

    static QString treeHash(const QList<QByteArray> &digests);

private:
    struct Private;
    std::unique_ptr<Private> d;
    quint64 m_blockSize;
    quint64 m_partial = 0;
    QList<QByteArray> m_digests;
};

} // namespace Haul
