// SPDX-License-Identifier: MIT
#include "segmentbasis.h"

#include "contentrange.h"
#include "failure.h"

namespace Haul {

namespace {

QByteArray field(const HttpHeaders &headers, const char *name)
{
    return headers.value(name).value_or(QByteArray()).trimmed();
}

QByteArray encodingOf(const HttpHeaders &headers)
{
    const QByteArray value = field(headers, "content-encoding").toLower();
    return value == "identity" ? QByteArray() : value;
}

} // namespace

QByteArray SegmentBasis::ifRange() const
{
    return etag.usableForRange() ? etag.canonical().toLatin1() : lastModified;
}

HttpHeaders SegmentBasis::requestHeaders(const HttpHeaders &caller, quint64 first, quint64 last) const
{
    HttpHeaders h = caller;
    for (const char *owned : {"range", "if-range", "accept-encoding", "te"})
        h.remove(owned);
    h.append("Accept-Encoding", "identity");
    h.append("Range", "bytes=" + QByteArray::number(start + first) + '-' + QByteArray::number(start + last));
    h.append("If-Range", ifRange());
    if (!h.contains("cache-control"))
        h.append("Cache-Control", "no-store, no-transform");
    return h;
}

SegmentBasis::Verdict SegmentBasis::check(int status, const HttpHeaders &headers, quint64 first, quint64 last,
                                          QString *why) const
{
    const auto say = [why](Verdict v, const QString &text) {
        if (why)
            *why = text;
        return v;
    };
    // Another version? Judged first: with If-Range a changed file comes back as a 200.
    const ETag tag = ETag::parse(QString::fromLatin1(field(headers, "etag")));
    if (etag.usableForRange() && tag.isPresent() && !(tag == etag))
        return say(Verdict::Changed, QStringLiteral("the file changed on the server (ETag %1, was %2)")
                                         .arg(tag.canonical(), etag.canonical()));
    const QByteArray modified = field(headers, "last-modified");
    if (!etag.usableForRange() && !modified.isEmpty() && modified != lastModified)
        return say(Verdict::Changed, QStringLiteral("the file changed on the server (Last-Modified %1, was %2)")
                                         .arg(QString::fromLatin1(modified), QString::fromLatin1(lastModified)));
    if (status == 200)
        return say(Verdict::NotHonored, QStringLiteral("the server ignored the range and sent the whole file"));
    if (status == 416)
        return say(Verdict::Changed, QStringLiteral("the server says the range is beyond the file (416)"));
    if (status != 206)
        return say(isTransientStatus(status) ? Verdict::Retry : Verdict::Fatal,
                   QStringLiteral("unexpected HTTP %1").arg(status));

    const QByteArray raw = field(headers, "content-range");
    const auto range = ContentRange::parse(raw);
    const quint64 total = start + extent;
    if (!range || range->unsatisfied)
        return say(Verdict::NotHonored, QStringLiteral("unusable Content-Range \"%1\"").arg(QString::fromLatin1(raw)));
    if (range->first != start + first || range->last != start + last)
        return say(Verdict::NotHonored, QStringLiteral("Content-Range %1-%2 for requested %3-%4")
                                            .arg(range->first).arg(range->last).arg(start + first).arg(start + last));
    if (range->total && *range->total != total)
        return say(Verdict::Changed, QStringLiteral("the file changed on the server (size %1, was %2)")
                                         .arg(*range->total).arg(total));
    if (encodingOf(headers) != contentEncoding)
        return say(Verdict::NotHonored, QStringLiteral("a different Content-Encoding on another connection"));
    return Verdict::Accept;
}

} // namespace Haul
