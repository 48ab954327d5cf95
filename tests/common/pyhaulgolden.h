// SPDX-License-Identifier: MIT
#pragma once

// The spec's §2.10 example B, written by pyhaul's own codec: the checkpoint of a
// 20-byte download "0123456789ABCDEFGHIJ" with block size 10, cursor 15, ETag "v1".
// Shared by the codec, engine and haul-cli tests of pyhaul compatibility.

#include <QByteArray>

namespace Haul::Test::PyhaulExampleB {

inline QByteArray controlFile()
{
    return QByteArray::fromHex("48 41 55 4c 01 00 93 00 0f 00 00 00 00 00 00 00"
                               "0a 00 00 00 00 00 00 00 14 00 00 00 00 00 00 00"
                               "00 00 00 00 00 00 00 00 01 04 00 22 76 31 22 dd"
                               "a3 f0 e9 02 08 00 14 00 00 00 00 00 00 00 08 77"
                               "cd d8 03 20 00 f0 39 3f eb e8 ba aa 55 e3 2f 7b"
                               "e2 a7 cc 18 0b f3 4e 52 13 7d 99 e0 56 c8 17 a9"
                               "c0 7b 8f 23 9a dc c6 e4 70 00 00 00 00 00 00 00"
                               "03 20 00 f0 39 3f eb e8 ba aa 55 e3 2f 7b e2 a7"
                               "cc 18 0b f3 4e 52 13 7d 99 e0 56 c8 17 a9 c0 7b"
                               "8f 23 9a 84 d8 98 77 f0 d4 04 1e fb 6b f9 1a 16"
                               "f0 24 8f 2f d5 73 e6 af 05 c1 9f 96 be db 9f 88"
                               "2f 78 82");
}

inline QByteArray content() { return QByteArrayLiteral("0123456789ABCDEFGHIJ"); }
constexpr qsizetype Cursor = 15;
// §6.3: the tree hash with 10-byte blocks, and the file's plain SHA-256.
constexpr const char TreeHash[] = "ff82d253b067ef824b35075fcb2ee2dc18b7ef6abf4fb3f6f0bd690ad656e945-2";
constexpr const char Sha256[] = "aa394019212b6c234eda06399390d4b14a2645b476bdf5b83ca7ee3afae1e4fa";

} // namespace Haul::Test::PyhaulExampleB
