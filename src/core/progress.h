// SPDX-License-Identifier: MIT
#pragma once

#include "etag.h"

#include <QByteArray>
#include <QMetaType>
#include <QString>
#include <optional>

namespace Haul {

// A snapshot of one download's progress (value type; crosses threads).
struct Progress
{
    quint64 validLength = 0;                // bytes of part known good (the cursor)
    quint64 highWater = 0;                  // largest validLength seen; never decreases
    std::optional<quint64> reportedLength;  // total size the server announced
    quint64 bytesRead = 0;                  // body bytes received in this attempt
    double bytesPerSecond = 0;              // smoothed, filled in by the adapter
    int blocks = 0;                         // completed block digests
};

// The outcome of a completed download.
struct Result
{
    QString dest;
    quint64 size = 0;
    QString treeHash;          // spec §6.3, "<hex>-<blocks>" or "empty-0"
    QByteArray sha256;         // plain SHA-256 of the file, lower-case hex
    ETag etag;
    QByteArray contentType;
    QByteArray contentEncoding; // non-empty when the server encoded the bytes anyway (§4.11)
    double elapsedSeconds = 0;
    bool verified = false;      // sha256 matched an expected digest
};

} // namespace Haul

Q_DECLARE_METATYPE(Haul::Progress)
Q_DECLARE_METATYPE(Haul::Result)
