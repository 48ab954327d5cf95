// SPDX-License-Identifier: MIT
#pragma once

#include "recordedrequest.h"
#include "testfault.h"
#include "testresource.h"

#include <QByteArray>

namespace Haul::Test {

// The plan for one response: head fields, which bytes of which buffer form
// the body, and how TestConnection must deliver them (faults).
struct TestResponse
{
    int requestIndex = -1;
    int status = 200;
    HeaderList headers;     // without framing headers (added by head())
    QByteArray data;        // shared storage the body is sliced from
    qint64 bodyOffset = 0;
    qint64 bodyLength = 0;
    bool headOnly = false;  // HEAD: framing headers as for GET, no body
    bool closeAfter = false;
    bool keepAliveHeader = false; // HTTP/1.0 client asked for keep-alive
    qint64 claimedContentLength = -1;
    bool chunked = false;
    qint64 chunkSize = 16 * 1024;
    qint64 truncateAfter = -1;
    qint64 stallAfter = -1;
    int stallCloseAfterMs = -1;
    qint64 throttleBytesPerSecond = 0;
    int delayMs = 0;
    qint64 hugeHeaderBytes = 0;
    int hugeHeaderLineBytes = 1000;

    // Correct HTTP semantics for request against resource (null: 404),
    // shaped by fault.
    static TestResponse build(const RecordedRequest &request, const Resource *resource,
                              const Fault &fault);

    // The serialised status line and header block, ending with CRLF CRLF.
    QByteArray head() const;

    // Whether the announced framing differs from what is sent, so the
    // connection cannot be reused afterwards.
    bool framingLies() const
    {
        return !chunked && claimedContentLength >= 0 && claimedContentLength != bodyLength;
    }
};

// gzip (RFC 1952) via zlib with windowBits 31.
QByteArray gzipCompress(QByteArrayView data);
// Inverse of gzipCompress; null on malformed input.
QByteArray gzipDecompress(QByteArrayView data);

} // namespace Haul::Test
