// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>

#include <optional>

namespace Haul::Test {

using HeaderList = QList<QPair<QByteArray, QByteArray>>;

// One misbehaviour (or a combination) that TestServer applies to a response.
// Every field left at its default means "behave correctly". Fields combine,
// e.g. {.chunked = true, .truncateAfter = 100} cuts inside a chunk and never
// sends the terminating 0-chunk. Designated initialisers read well:
//   server.addFault("/f", {.status = 503, .extraHeaders = {{"Retry-After", "2"}}});
// Body byte counts (truncateAfter, stallAfter) count payload bytes after gzip,
// not head or chunk framing.
struct Fault
{
    static constexpr int Forever = -1; // count for TestServer::addFault

    // Wait this long after the request before sending the response head.
    int delayMs = 0;
    // Only for requests without this header (e.g. "Authorization": a challenge
    // until the client answers it). Requests that carry it pass the fault by
    // without using it up.
    QByteArray unlessHeader{};

    // Forced response: non-zero replaces the resource's answer by exactly this
    // status, extraHeaders and body (only Content-Length/Connection are added).
    int status = 0;
    QByteArray body{};
    // Added to every response this fault shapes, forced or not.
    HeaderList extraHeaders{};

    // Serve 200 with the full body whatever Range/If-Range say.
    bool ignoreRange = false;
    // Answer a Range request as if it had asked for "bytes=rangeStart-"
    // (honest Content-Range label, body from that offset). -1: off.
    qint64 rangeStart = -1;
    // Replaces the Content-Range header of a 206/416; an empty value omits it.
    std::optional<QByteArray> contentRange{};
    // Announce this total in Content-Range (the body is unchanged). -1: off.
    qint64 claimedTotal = -1;
    // Announce this Content-Length (the body is unchanged); the connection is
    // closed after the body so the client sees the mismatch. -1: off.
    qint64 claimedContentLength = -1;
    // Send this ETag header instead of the resource's (empty: omit). If-Range
    // is still evaluated against the resource's real ETag.
    std::optional<QByteArray> etag{};

    // Content-Encoding: gzip with a real gzip body (ranges apply to the
    // compressed bytes, as for a pre-compressed static file).
    bool gzip = false;
    // Transfer-Encoding: chunked (no Content-Length), chunks of chunkSize.
    bool chunked = false;
    qint64 chunkSize = 16 * 1024;

    // Close the socket after this many body bytes, leaving the message
    // incomplete (no 0-chunk when chunked). -1: off.
    qint64 truncateAfter = -1;
    // Send nothing more after this many body bytes; keep the socket open for
    // stallCloseAfterMs (or, if -1, until the server is destroyed). -1: off.
    qint64 stallAfter = -1;
    int stallCloseAfterMs = -1;

    // Pad the response head with X-Padding-N lines of about
    // hugeHeaderLineBytes each until it is at least hugeHeaderBytes long.
    // (Qt 6.4's client stops parsing at 100 header fields and then waits
    // for the connection to close: many short lines exercise that.)
    qint64 hugeHeaderBytes = 0;
    int hugeHeaderLineBytes = 1000;
    // Body rate limit in bytes per second (0: unlimited).
    qint64 throttleBytesPerSecond = 0;

    // Convenience constructors for the common single faults.
    static Fault truncate(qint64 afterBytes) { return {.truncateAfter = afterBytes}; }
    static Fault stall(qint64 afterBytes, int closeAfterMs = -1)
    {
        return {.stallAfter = afterBytes, .stallCloseAfterMs = closeAfterMs};
    }
    static Fault forcedStatus(int code, HeaderList headers = {}, QByteArray body = {})
    {
        return {.status = code, .body = std::move(body), .extraHeaders = std::move(headers)};
    }
    // 301/302/303/307/308 to location (a path like "/final" or an absolute URL).
    static Fault redirect(int code, const QByteArray &location)
    {
        return {.status = code, .extraHeaders = {{"Location", location}}};
    }
    // 416 with the given Content-Range text (empty: no Content-Range header).
    static Fault rangeNotSatisfiable(const QByteArray &contentRangeText)
    {
        Fault f{.status = 416};
        if (!contentRangeText.isEmpty())
            f.extraHeaders.append({"Content-Range", contentRangeText});
        return f;
    }
    static Fault throttle(qint64 bytesPerSecond) { return {.throttleBytesPerSecond = bytesPerSecond}; }
    static Fault delay(int ms) { return {.delayMs = ms}; }
};

} // namespace Haul::Test
