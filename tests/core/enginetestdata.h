// SPDX-License-Identifier: MIT
#pragma once

// Bodies and expected digests shared by the resume core's tests.

#include "blockhasher.h"
#include "controlfile.h"

#include <QByteArray>
#include <QCryptographicHash>
#include <QString>

namespace Haul::Test {

// Byte i = (37·i + 11) mod 256: the spec's test-vector pattern (§6.3).
inline QByteArray pattern(qsizetype size)
{
    QByteArray b(size, Qt::Uninitialized);
    for (qsizetype i = 0; i < size; ++i)
        b[i] = char((37 * i + 11) % 256);
    return b;
}

// Only a check of test expectations; the engine itself hashes with OpenSSL.
inline QByteArray flatSha(const QByteArray &b)
{
    return QCryptographicHash::hash(b, QCryptographicHash::Sha256).toHex();
}

inline QString treeOf(const QByteArray &content, quint64 blockSize = DefaultBlockSize)
{
    BlockHasher h(blockSize);
    h.update(content.constData(), content.size());
    return h.finish();
}

} // namespace Haul::Test
