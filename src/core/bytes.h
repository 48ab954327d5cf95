// SPDX-License-Identifier: MIT
#pragma once

// Small byte-level helpers shared by the core's parsers and codecs (internal).

#include <QByteArray>
#include <QByteArrayView>

namespace Haul::Bytes {

// HTTP grammar is ASCII: no locale, no Unicode digits (§4.4, §13 G14).
constexpr bool isAsciiSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r'; }
constexpr bool isAsciiDigit(char c) { return c >= '0' && c <= '9'; }

// Unsigned little-endian integers of `bytes` bytes (the control file's byte order, §2.1).
inline void appendLe(QByteArray &out, quint64 value, int bytes)
{
    for (int i = 0; i < bytes; ++i)
        out.append(char((value >> (8 * i)) & 0xff));
}

inline quint64 readLe(QByteArrayView bytes, qsizetype offset, int count)
{
    quint64 value = 0;
    for (int i = count - 1; i >= 0; --i)
        value = (value << 8) | quint8(bytes[offset + i]);
    return value;
}

} // namespace Haul::Bytes
