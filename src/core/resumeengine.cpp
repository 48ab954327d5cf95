// SPDX-License-Identifier: MIT
#include "resumeengine.h"

#include "contentrange.h"
#include "headerparsers.h"
#include "partfile.h"

#include <QDateTime>
#include <QFile>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcCore, "haul.core", QtWarningMsg)

namespace Haul {

namespace {

QByteArray contentEncodingOf(const HttpHeaders &headers)
{
    const QByteArray value = headers.value("content-encoding").value_or(QByteArray()).toLower();
    return value == "identity" ? QByteArray() : value;
}

ETag etagOf(const HttpHeaders &headers)
{
    return ETag::parse(QString::fromLatin1(headers.value("etag").value_or(QByteArray())));
}

} // namespace

ResumeEngine::ResumeEngine(const QString &dest, const QUrl &url, EngineOptions options)
    : m_dest(dest), m_url(url), m_options(std::move(options)),
      m_store(dest, url, m_options, m_checkpoint, m_progress, m_lastModified)
{
    if (m_options.blockSize == 0)
        m_options.blockSize = DefaultBlockSize;
}

ResumeEngine::~ResumeEngine() = default;

ResumeEngine::Step ResumeEngine::failWith(Failure failure)
{
    m_store.close();
    m_failure = std::move(failure);
    m_phase = Phase::Done;
    return Step::Failed;
}

ResumeEngine::Step ResumeEngine::fail(ErrorKind kind, const QString &message, bool transient)
{
    Failure f = Failure::make(kind, message);
    f.transient = transient;
    f.headers = m_response;
    return failWith(std::move(f));
}

std::optional<Failure> ResumeEngine::begin()
{
    m_elapsed.start();
    m_failure = Failure();
    m_result = Result();
    m_response = HttpHeaders();
    m_extent.reset();
    m_expectEnd.reset();
    m_partial = false;
    m_lastModified.clear();
    m_progress.bytesRead = 0;
    if (!m_store.reset())
        m_failure.message = m_store.errorString();
    m_phase = Phase::Idle;

    if (auto f = checkDestinationPath(m_dest, m_options.pathLimits)) {
        m_failure = *f;
        return f;
    }
    if (auto f = checkUrl(m_url)) {
        m_failure = *f;
        return f;
    }

    ControlFile fresh;
    fresh.blockSize = m_options.blockSize;
    m_checkpoint = fresh;

    QFile ctrl(controlPath(m_dest));
    if (m_store.findSidecars() && ctrl.open(QIODevice::ReadOnly)) {
        QString why;
        const auto read = ControlFile::decode(ctrl.readAll(), &why, m_options.readMode);
        const qint64 partSize = PartFile::sizeOf(partPath(m_dest));
        if (!read) {
            qCInfo(lcCore) << "ignoring unreadable control file" << ctrl.fileName() << why;
        } else if (read->cursor > 0 && partSize < qint64(read->cursor)) {
            // §13 G4, G5: never resume onto a missing or short part file.
            qCInfo(lcCore) << "part file shorter than its checkpoint; starting over" << m_dest;
        } else if (!read->source.isEmpty() && read->source != m_store.sourceId()) {
            // §13 G22: these bytes came from another URL.
            qCInfo(lcCore) << "checkpoint belongs to another URL; starting over" << m_dest;
        } else {
            m_checkpoint = *read;
            // Spans the part file does not reach were never synced: fetch them again.
            if (!m_checkpoint.completed.isEmpty() && partSize < qint64(m_checkpoint.completed.spans().last().end))
                m_checkpoint.completed.clear();
        }
    }
    m_store.noteProgress();
    m_progress.blocks = int(m_checkpoint.digests.size());
    m_phase = Phase::Ready;
    return std::nullopt;
}

HttpHeaders ResumeEngine::requestHeaders(const HttpHeaders &caller) const
{
    HttpHeaders h = caller;
    // §13 G10: the engine owns these, whatever the caller sent.
    for (const char *owned : {"range", "if-range", "accept-encoding", "te"})
        h.remove(owned);
    h.append("Accept-Encoding", "identity");
    h.append("Range", "bytes=" + QByteArray::number(requestByte()) + '-');
    if (m_checkpoint.cursor > 0) {
        if (m_checkpoint.etag.usableForRange())
            h.append("If-Range", m_checkpoint.etag.canonical().toLatin1());
        else if (m_checkpoint.etag.isPresent())
            qCWarning(lcCore) << "stored ETag" << m_checkpoint.etag.canonical()
                              << "is weak or a wildcard and cannot guard a byte range";
    }
    if (!h.contains("cache-control"))
        h.append("Cache-Control", "no-store, no-transform");
    return h;
}

ResumeEngine::Step ResumeEngine::onResponse(int status, const HttpHeaders &headers)
{
    if (m_phase != Phase::Ready)
        return fail(ErrorKind::Io, QStringLiteral("response without a started attempt"));
    m_response = headers;

    if (status == 416)
        return onRangeNotSatisfiable(headers);

    if (status == 206) {
        const auto raw = headers.value("content-range");
        if (!raw)
            return fail(ErrorKind::ServerMisconfigured, QStringLiteral("206 without Content-Range"));
        const auto range = ContentRange::parse(*raw);
        if (!range)
            return fail(ErrorKind::ContentRange, QStringLiteral("unparseable Content-Range: %1").arg(QString::fromLatin1(*raw)));
        if (range->unsatisfied)
            return fail(ErrorKind::ServerMisconfigured, QStringLiteral("206 with unsatisfied Content-Range"));
        const quint64 requested = requestByte();
        if (range->first != requested) {
            // §4.5 row 7: the whole resource labelled 206 is as good as a 200.
            if (requested > 0 && range->first == 0 && range->total && *range->total > 0 && range->last == *range->total - 1)
                return acceptFull(headers);
            return fail(ErrorKind::ServerMisconfigured,
                        QStringLiteral("Content-Range start %1 != requested %2").arg(range->first).arg(requested));
        }
        const ETag etag = etagOf(headers);
        if (m_checkpoint.etag.usableForRange() && etag.isPresent() && !(etag == m_checkpoint.etag)) {
            // §13 G12: the stored bytes belong to another version; forget them so the next run starts clean.
            const QString message = QStringLiteral("ETag mismatch on 206: stored %1, received %2")
                                        .arg(m_checkpoint.etag.canonical(), etag.canonical());
            m_store.writeResetCheckpoint(ETag());
            return fail(ErrorKind::ServerMisconfigured, message);
        }
        return acceptPartial(headers, *range);
    }

    if (status == 200)
        return acceptFull(headers);

    Failure f;
    f.kind = ErrorKind::UnexpectedStatus;
    f.httpStatus = status;
    f.headers = headers;
    if (status == 301 || status == 302 || status == 303 || status == 307 || status == 308) {
        const QByteArray location = headers.value("location").value_or(QByteArray());
        const QString target = location.isEmpty() ? QStringLiteral("another URL")
                                                  : QStringLiteral("\"%1\"").arg(QString::fromLatin1(location));
        f.message = QStringLiteral("HTTP %1 redirect to %2; redirects were not followed").arg(status).arg(target);
    } else {
        f.message = QStringLiteral("unexpected HTTP %1").arg(status);
        f.transient = isTransientStatus(status);
        if (const auto ra = headers.value("retry-after"))
            f.retryAfter = parseRetryAfter(*ra, QDateTime::currentDateTimeUtc());
    }
    return failWith(std::move(f));
}

ResumeEngine::Step ResumeEngine::acceptFull(const HttpHeaders &headers)
{
    const bool wasResuming = m_checkpoint.cursor > 0;
    ControlFile next;
    next.blockSize = m_options.blockSize; // §6.7
    next.etag = etagOf(headers);
    next.extent = parseContentLength(headers.value("content-length").value_or(QByteArray()));
    next.reportedLength = next.extent;
    next.contentEncoding = contentEncodingOf(headers);
    m_checkpoint = next;
    m_lastModified = headers.value("last-modified").value_or(QByteArray()).trimmed();
    m_extent = next.extent;
    m_store.hashes().restart(m_checkpoint.blockSize);
    m_progress.validLength = 0;
    m_progress.reportedLength = m_extent;
    m_progress.blocks = 0;
    if (wasResuming && m_extent && *m_extent == 0)
        qCInfo(lcCore) << "server sent an empty resource; previous progress discarded" << m_dest;

    if (auto f = m_store.open(m_extent, 0))
        return fail(f->kind, f->message);
    // §13 G18: the old checkpoint must not outlive the bytes we are about to overwrite.
    if (m_store.hasCheckpoint() && !m_store.writeCheckpoint())
        return fail(ErrorKind::Io, m_store.errorString());
    m_phase = Phase::Body;
    return Step::Continue;
}

ResumeEngine::Step ResumeEngine::acceptPartial(const HttpHeaders &headers, const ContentRange &range)
{
    const QByteArray encoding = contentEncodingOf(headers);
    if (m_checkpoint.cursor > 0 && encoding != m_checkpoint.contentEncoding) {
        // §13 G9: never splice differently encoded bytes; start over next time.
        m_store.writeResetCheckpoint(ETag());
        return fail(ErrorKind::ServerMisconfigured,
                    QStringLiteral("Content-Encoding changed on resume (%1); progress reset")
                        .arg(QString::fromLatin1(encoding.isEmpty() ? QByteArray("identity") : encoding)));
    }
    m_checkpoint.contentEncoding = encoding;
    m_partial = true;
    m_lastModified = headers.value("last-modified").value_or(QByteArray()).trimmed();
    // Spans of other connections are this version's only if a validator says so.
    if (!m_checkpoint.etag.usableForRange()
        && (m_checkpoint.lastModified.isEmpty() || m_checkpoint.lastModified != m_lastModified))
        m_checkpoint.completed.clear();
    if (const ETag etag = etagOf(headers); etag.isPresent())
        m_checkpoint.etag = etag;
    m_checkpoint.reportedLength = range.total;
    m_extent = range.total ? std::optional<quint64>(*range.total - m_checkpoint.start) : std::nullopt;
    m_checkpoint.extent = m_extent;
    if (!range.total)
        m_expectEnd = range.last + 1; // §13 G8
    m_progress.reportedLength = range.total;

    DownloadHasher &hashes = m_store.hashes();
    hashes.resume(m_checkpoint.blockSize, m_checkpoint.digests, m_checkpoint.sha256State, m_checkpoint.cursor);
    QString why;
    if (!hashes.verifyTail(partPath(m_dest), m_checkpoint.cursor, m_checkpoint.tailHash, &why)) {
        // §13 G3: the stored digests of complete blocks are still good; rewind to the last one.
        const quint64 boundary = quint64(m_checkpoint.digests.size()) * m_checkpoint.blockSize;
        m_checkpoint.cursor = boundary;
        m_checkpoint.tailHash.clear();
        m_checkpoint.completed.clear(); // what else this disk holds is suspect too
        hashes.resume(m_checkpoint.blockSize, m_checkpoint.digests, QByteArrayView(), boundary);
        m_progress.validLength = boundary;
        m_store.writeCheckpoint();
        return fail(ErrorKind::ControlFile, QStringLiteral("%1; rewound to byte %2").arg(why).arg(boundary), true);
    }
    // No running SHA-256 in the checkpoint (pyhaul's): one read of the prefix restores it.
    if (!hashes.hasFileState() && !hashes.rehashPrefix(partPath(m_dest), m_checkpoint.cursor))
        return fail(ErrorKind::Io, QStringLiteral("cannot read %1").arg(partPath(m_dest)));
    if (auto f = m_store.open(m_extent, m_checkpoint.cursor))
        return fail(f->kind, f->message);
    m_store.noteProgress(); // spans of another version are gone
    m_phase = Phase::Body;
    return Step::Continue;
}

ResumeEngine::Step ResumeEngine::onBody(QByteArrayView chunk)
{
    return write(chunk, nullptr);
}

ResumeEngine::Step ResumeEngine::onBody(const QByteArray &chunk)
{
    return write(chunk, &chunk);
}

ResumeEngine::Step ResumeEngine::write(QByteArrayView chunk, const QByteArray *shared)
{
    if (m_phase != Phase::Body)
        return fail(ErrorKind::Io, QStringLiteral("body bytes outside a body"));
    if (chunk.isEmpty())
        return Step::Continue;
    bool overlong = false;
    if (m_extent && m_checkpoint.cursor + quint64(chunk.size()) > *m_extent) {
        // §13 G7: bytes beyond the announced length are refused, not kept.
        chunk = chunk.first(qsizetype(*m_extent - m_checkpoint.cursor));
        shared = nullptr;
        overlong = true;
    }
    if (!chunk.isEmpty() && !m_store.write(chunk, shared))
        return checkpointAndFail(ErrorKind::Io, m_store.errorString(), false);
    if (overlong)
        return checkpointAndFail(ErrorKind::ServerMisconfigured,
                                 QStringLiteral("server sent more than the announced %1 bytes").arg(*m_extent), false);
    return afterWrite();
}

ResumeEngine::Step ResumeEngine::afterWrite()
{
    if (!m_store.checkpointIfDue())
        return fail(ErrorKind::Io, m_store.errorString());
    return Step::Continue;
}

ResumeEngine::Step ResumeEngine::checkpointAndFail(ErrorKind kind, const QString &message, bool transient)
{
    // §5.5, §13 G20: whatever ends the body, synced bytes are claimed by a checkpoint.
    m_store.saveUnsaved();
    return fail(kind, message, transient);
}

ResumeEngine::Step ResumeEngine::onEnd()
{
    if (m_phase != Phase::Body)
        return fail(ErrorKind::Io, QStringLiteral("end of body outside a body"));
    if (m_extent && m_checkpoint.cursor < *m_extent)
        return checkpointAndFail(ErrorKind::Partial, QStringLiteral("stream ended before extent reached"), true);
    if (m_expectEnd && m_checkpoint.start + m_checkpoint.cursor < *m_expectEnd)
        return checkpointAndFail(ErrorKind::Partial, QStringLiteral("stream ended before the announced range"), true);
    return syncAndFinalize();
}

ResumeEngine::Step ResumeEngine::syncAndFinalize()
{
    if (!m_store.sync())
        return fail(ErrorKind::Io, m_store.errorString());
    return finalize(m_response);
}

ResumeEngine::Step ResumeEngine::onTransportError(const Failure &failure)
{
    if (m_phase == Phase::Body)
        return checkpointAndFail(ErrorKind::Partial,
                                 QStringLiteral("connection lost during stream: %1").arg(failure.message), true);
    Failure f = failure;
    if (f.kind == ErrorKind::Partial || (f.kind == ErrorKind::Transport && f.transient)) {
        f.kind = ErrorKind::Partial;
        f.transient = true;
        if (!f.message.startsWith(QLatin1String("connection error")))
            f.message = QStringLiteral("connection error: %1").arg(failure.message);
    }
    return failWith(std::move(f));
}

ResumeEngine::Step ResumeEngine::abort(const Failure &failure)
{
    m_store.saveUnsaved();
    return failWith(failure);
}

std::optional<SegmentBasis> ResumeEngine::segmentBasis(SplitRefusal *why) const
{
    const auto refuse = [why](SplitRefusal r) {
        if (why)
            *why = r;
        return std::nullopt;
    };
    if (m_phase != Phase::Body || !m_partial)
        return refuse(SplitRefusal::NoRanges);
    if (!m_extent || m_expectEnd)
        return refuse(SplitRefusal::UnknownSize);
    if (!m_checkpoint.etag.usableForRange() && m_lastModified.isEmpty())
        return refuse(SplitRefusal::NoValidator);
    SegmentBasis b;
    b.from = m_checkpoint.cursor;
    b.extent = *m_extent;
    b.start = m_checkpoint.start;
    b.done = m_checkpoint.completed;
    if (m_checkpoint.etag.usableForRange())
        b.etag = m_checkpoint.etag;
    b.lastModified = m_lastModified;
    b.contentEncoding = m_checkpoint.contentEncoding;
    if (why)
        *why = SplitRefusal::None;
    return b;
}

ResumeEngine::Step ResumeEngine::onBodyAt(quint64 offset, const QByteArray &chunk)
{
    if (m_phase != Phase::Body)
        return fail(ErrorKind::Io, QStringLiteral("body bytes outside a body"));
    m_store.setSegmented();
    if (offset == m_checkpoint.cursor)
        return write(chunk, &chunk); // the prefix grows: hashed from memory
    if (chunk.isEmpty())
        return Step::Continue;
    const quint64 n = quint64(chunk.size());
    if (!m_extent || offset < m_checkpoint.cursor || offset + n > *m_extent)
        return checkpointAndFail(ErrorKind::ServerMisconfigured,
                                 QStringLiteral("bytes %1-%2 lie outside the file's %3 bytes")
                                     .arg(offset).arg(offset + n - 1).arg(m_extent.value_or(0)), false);
    if (!m_store.writeAt(offset, chunk))
        return checkpointAndFail(ErrorKind::Io, m_store.errorString(), false);
    return afterWrite();
}

ResumeEngine::Step ResumeEngine::onSegmentsEnd()
{
    if (m_phase != Phase::Body)
        return fail(ErrorKind::Io, QStringLiteral("end of body outside a body"));
    if (!m_store.absorbAll())
        return checkpointAndFail(ErrorKind::Io, m_store.errorString(), false);
    if (m_extent && m_checkpoint.cursor < *m_extent)
        return checkpointAndFail(ErrorKind::Partial, QStringLiteral("bytes %1-%2 are still missing")
                                                         .arg(m_checkpoint.cursor).arg(*m_extent - 1), true);
    return syncAndFinalize();
}

ResumeEngine::Step ResumeEngine::abandon(const QString &why)
{
    m_store.writeResetCheckpoint(ETag());
    return fail(ErrorKind::Partial, QStringLiteral("%1; starting over").arg(why), true);
}

ResumeEngine::Step ResumeEngine::onRangeNotSatisfiable(const HttpHeaders &headers)
{
    const auto raw = headers.value("content-range");
    std::optional<ContentRange> range;
    if (raw) {
        // §13 G13: "bytes */0" is how range-capable servers describe an empty resource.
        range = ContentRange::parse(*raw, true);
        if (!range)
            return fail(ErrorKind::ContentRange, QStringLiteral("unparseable Content-Range: %1").arg(QString::fromLatin1(*raw)));
    }
    const quint64 have = m_checkpoint.start + m_checkpoint.cursor; // §13 G32
    const bool unsatisfied = range && range->unsatisfied && range->total;
    const ETag etag = etagOf(headers);
    const bool sameVersion = !etag.isPresent() || !m_checkpoint.etag.usableForRange() || etag == m_checkpoint.etag;

    if (unsatisfied && *range->total == 0 && m_checkpoint.cursor == 0) {
        m_checkpoint = ControlFile();
        m_checkpoint.blockSize = m_options.blockSize;
        m_checkpoint.etag = etag;
        m_store.hashes().restart(m_checkpoint.blockSize);
        if (auto f = m_store.open(std::nullopt, 0))
            return fail(f->kind, f->message);
        return finalize(headers);
    }
    // §4.5 row 1 with §13 G6: the bytes are all here; re-read them to prove it.
    if (unsatisfied && *range->total == have && have > 0 && sameVersion && m_store.holdsCheckpoint()) {
        if (etag.isPresent())
            m_checkpoint.etag = etag;
        return finalize(headers);
    }
    m_store.writeResetCheckpoint(ETag());
    return fail(ErrorKind::Partial, QStringLiteral("416 Range Not Satisfiable — checkpoint reset"), true);
}

ResumeEngine::Step ResumeEngine::finalize(const HttpHeaders &headers)
{
    const quint64 size = m_checkpoint.cursor;
    if (!m_store.trim(size))
        return fail(ErrorKind::Io, m_store.errorString());
    const QString tree = m_store.hashes().treeHash();
    const QByteArray sha = m_store.hashes().sha256Hex();

    if (!m_options.expectedSha256.isEmpty() && sha != m_options.expectedSha256.toLower()) {
        // Wrong bytes are worth nothing: remove them so a rerun starts clean.
        m_store.discard();
        return fail(ErrorKind::ChecksumMismatch, QStringLiteral("SHA-256 mismatch: expected %1, got %2")
                                                     .arg(QString::fromLatin1(m_options.expectedSha256.toLower()),
                                                          QString::fromLatin1(sha)));
    }
    if (!m_store.publish())
        return fail(ErrorKind::Destination, m_store.errorString());

    m_result.dest = m_dest;
    m_result.size = size;
    m_result.treeHash = tree;
    m_result.sha256 = sha;
    m_result.etag = m_checkpoint.etag;
    m_result.contentType = headers.value("content-type").value_or(QByteArray());
    m_result.contentEncoding = m_checkpoint.contentEncoding;
    m_result.elapsedSeconds = double(m_elapsed.nsecsElapsed()) / 1e9;
    m_result.verified = !m_options.expectedSha256.isEmpty();
    m_progress.validLength = size;
    m_progress.highWater = qMax(m_progress.highWater, size);
    m_phase = Phase::Done;
    return Step::Complete;
}

} // namespace Haul
