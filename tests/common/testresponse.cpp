// SPDX-License-Identifier: MIT
#include "testresponse.h"

#include <zlib.h>

#include <algorithm>
#include <optional>

namespace Haul::Test {

namespace {

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200: return "OK";
    case 204: return "No Content";
    case 206: return "Partial Content";
    case 301: return "Moved Permanently";
    case 302: return "Found";
    case 303: return "See Other";
    case 304: return "Not Modified";
    case 307: return "Temporary Redirect";
    case 308: return "Permanent Redirect";
    case 400: return "Bad Request";
    case 403: return "Forbidden";
    case 404: return "Not Found";
    case 408: return "Request Timeout";
    case 416: return "Range Not Satisfiable";
    case 429: return "Too Many Requests";
    case 500: return "Internal Server Error";
    case 502: return "Bad Gateway";
    case 503: return "Service Unavailable";
    case 504: return "Gateway Timeout";
    default: return "Status";
    }
}

std::optional<qint64> parseDigits(QByteArrayView text)
{
    if (text.isEmpty() || text.size() > 18)
        return std::nullopt;
    qint64 value = 0;
    for (char c : text) {
        if (c < '0' || c > '9')
            return std::nullopt;
        value = value * 10 + (c - '0');
    }
    return value;
}

// A single byte range resolved against total: {first, last}; first >= total
// means unsatisfiable. nullopt means "no usable Range": serve 200 (RFC 9110
// §14.2 lets a server ignore a Range it does not understand).
struct ByteRange { qint64 first; qint64 last; };
std::optional<ByteRange> parseRange(const QByteArray &value, qint64 total)
{
    const QByteArray spec = value.trimmed();
    if (!spec.toLower().startsWith("bytes="))
        return std::nullopt;
    const QByteArray set = spec.mid(6).trimmed();
    const qsizetype dash = set.indexOf('-');
    if (dash < 0 || set.contains(','))
        return std::nullopt; // multi-range is not supported: full body
    const QByteArray firstText = set.left(dash).trimmed();
    const QByteArray lastText = set.mid(dash + 1).trimmed();
    if (firstText.isEmpty()) { // suffix range "-S"
        const auto suffix = parseDigits(lastText);
        if (!suffix)
            return std::nullopt;
        if (*suffix == 0)
            return ByteRange{total, total};
        return ByteRange{std::max<qint64>(0, total - *suffix), total - 1};
    }
    const auto first = parseDigits(firstText);
    if (!first)
        return std::nullopt;
    qint64 last = total - 1;
    if (!lastText.isEmpty()) {
        const auto parsedLast = parseDigits(lastText);
        if (!parsedLast || *parsedLast < *first)
            return std::nullopt;
        last = std::min(*parsedLast, total - 1);
    }
    return ByteRange{*first, last};
}

// RFC 9110 §13.1.5: an entity tag must match strongly, a date exactly.
bool ifRangeMatches(const QByteArray &value, const Resource &resource)
{
    const QByteArray condition = value.trimmed();
    if (condition.startsWith('"') || condition.startsWith("W/")) {
        return !resource.etag.isEmpty() && !resource.etag.startsWith("W/")
            && condition == resource.etag;
    }
    return !resource.lastModified.isEmpty() && condition == resource.lastModified;
}

bool wantsClose(const RecordedRequest &request, bool *keepAlive10)
{
    const QByteArray connection = request.header("Connection").toLower();
    const auto tokens = connection.split(',');
    const auto has = [&](QByteArrayView token) {
        return std::any_of(tokens.begin(), tokens.end(),
                           [&](const QByteArray &t) { return t.trimmed() == token; });
    };
    if (has("close"))
        return true;
    if (request.version == "HTTP/1.0") {
        *keepAlive10 = has("keep-alive");
        return !*keepAlive10;
    }
    return false;
}

void addHeader(HeaderList &headers, const QByteArray &name, const QByteArray &value)
{
    if (!value.isEmpty())
        headers.append({name, value});
}

} // namespace

TestResponse TestResponse::build(const RecordedRequest &request, const Resource *resource,
                                 const Fault &fault)
{
    TestResponse r;
    r.headOnly = request.method == "HEAD";
    r.closeAfter = wantsClose(request, &r.keepAliveHeader);
    r.claimedContentLength = fault.claimedContentLength;
    r.chunked = fault.chunked;
    r.chunkSize = std::max<qint64>(1, fault.chunkSize);
    r.truncateAfter = fault.truncateAfter;
    r.stallAfter = fault.stallAfter;
    r.stallCloseAfterMs = fault.stallCloseAfterMs;
    r.throttleBytesPerSecond = fault.throttleBytesPerSecond;
    r.delayMs = fault.delayMs;
    r.hugeHeaderBytes = fault.hugeHeaderBytes;
    r.hugeHeaderLineBytes = fault.hugeHeaderLineBytes;

    if (fault.status != 0) {
        r.status = fault.status;
        r.data = fault.body;
        r.bodyLength = fault.body.size();
        r.headers = fault.extraHeaders;
        if (fault.contentRange && (r.status == 206 || r.status == 416)) {
            r.headers.removeIf([](const auto &h) {
                return h.first.compare("Content-Range", Qt::CaseInsensitive) == 0;
            });
            addHeader(r.headers, "Content-Range", *fault.contentRange);
        }
        return r;
    }

    if (!resource) {
        r.status = 404;
        r.data = "not found\n";
        r.bodyLength = r.data.size();
        r.headers = {{"Content-Type", "text/plain"}};
        r.headers += fault.extraHeaders;
        return r;
    }

    // With gzip the representation is the compressed stream, so ranges and
    // totals refer to it (as for a pre-compressed static file).
    r.data = fault.gzip ? gzipCompress(resource->body) : resource->body;
    const qint64 total = r.data.size();
    const qint64 labelTotal = fault.claimedTotal >= 0 ? fault.claimedTotal : total;
    r.bodyLength = total;
    QByteArray contentRange;

    const bool rangeApplies = resource->rangeSupported && !fault.ignoreRange
        && (request.method == "GET" || request.method == "HEAD") && request.hasHeader("Range")
        && (!request.hasHeader("If-Range") || ifRangeMatches(request.header("If-Range"), *resource));
    if (rangeApplies) {
        if (auto range = parseRange(request.header("Range"), total)) {
            if (fault.rangeStart >= 0)
                *range = ByteRange{fault.rangeStart, total - 1};
            if (range->first >= total) {
                r.status = 416;
                r.bodyLength = 0;
                contentRange = "bytes */" + QByteArray::number(labelTotal);
            } else {
                r.status = 206;
                r.bodyOffset = range->first;
                r.bodyLength = range->last - range->first + 1;
                contentRange = "bytes " + QByteArray::number(range->first) + '-'
                    + QByteArray::number(range->last) + '/' + QByteArray::number(labelTotal);
            }
        }
    }
    if (fault.contentRange && (r.status == 206 || r.status == 416))
        contentRange = *fault.contentRange;

    if (r.status == 416) {
        r.headers = {{"Content-Type", "text/plain"}};
    } else {
        addHeader(r.headers, "Content-Type", resource->contentType);
        addHeader(r.headers, "Content-Disposition", resource->contentDisposition);
    }
    addHeader(r.headers, "ETag", fault.etag ? *fault.etag : resource->etag);
    addHeader(r.headers, "Last-Modified", resource->lastModified);
    addHeader(r.headers, "Accept-Ranges", resource->rangeSupported ? "bytes" : "none");
    if (fault.gzip)
        addHeader(r.headers, "Content-Encoding", "gzip");
    addHeader(r.headers, "Content-Range", contentRange);
    r.headers += fault.extraHeaders;
    return r;
}

QByteArray TestResponse::head() const
{
    QByteArray out = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reasonPhrase(status) + "\r\n";
    for (const auto &[name, value] : headers)
        out += name + ": " + value + "\r\n";
    const bool noBodyStatus = status == 204 || status == 304 || (status >= 100 && status < 200);
    if (chunked)
        out += "Transfer-Encoding: chunked\r\n";
    else if (!noBodyStatus)
        out += "Content-Length: "
            + QByteArray::number(claimedContentLength >= 0 ? claimedContentLength : bodyLength) + "\r\n";
    if (closeAfter)
        out += "Connection: close\r\n";
    else if (keepAliveHeader)
        out += "Connection: keep-alive\r\n";
    const QByteArray filler(std::max(1, hugeHeaderLineBytes), 'x');
    for (int i = 0; out.size() < hugeHeaderBytes; ++i)
        out += "X-Padding-" + QByteArray::number(i) + ": " + filler + "\r\n";
    out += "\r\n";
    return out;
}

QByteArray gzipCompress(QByteArrayView data)
{
    z_stream stream{};
    if (deflateInit2(&stream, Z_DEFAULT_COMPRESSION, Z_DEFLATED, 31, 8, Z_DEFAULT_STRATEGY) != Z_OK)
        return {};
    QByteArray out;
    out.resize(qsizetype(deflateBound(&stream, uLong(data.size()))));
    stream.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data.data()));
    stream.avail_in = uInt(data.size());
    stream.next_out = reinterpret_cast<Bytef *>(out.data());
    stream.avail_out = uInt(out.size());
    const int rc = deflate(&stream, Z_FINISH);
    out.resize(qsizetype(stream.total_out));
    deflateEnd(&stream);
    return rc == Z_STREAM_END ? out : QByteArray();
}

QByteArray gzipDecompress(QByteArrayView data)
{
    z_stream stream{};
    if (inflateInit2(&stream, 31) != Z_OK)
        return {};
    stream.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data.data()));
    stream.avail_in = uInt(data.size());
    QByteArray out;
    int rc = Z_OK;
    char buffer[64 * 1024];
    while (rc == Z_OK) {
        stream.next_out = reinterpret_cast<Bytef *>(buffer);
        stream.avail_out = sizeof buffer;
        rc = inflate(&stream, Z_NO_FLUSH);
        out.append(buffer, qsizetype(sizeof buffer - stream.avail_out));
    }
    inflateEnd(&stream);
    if (rc != Z_STREAM_END)
        return {};
    return out.isNull() ? QByteArray("") : out;
}

} // namespace Haul::Test
