// SPDX-License-Identifier: MIT
#pragma once

#include "bodystore.h"
#include "controlfile.h"
#include "engineoptions.h"
#include "failure.h"
#include "httpheaders.h"
#include "preflight.h"
#include "progress.h"
#include "segmentbasis.h"

#include <QElapsedTimer>
#include <QUrl>
#include <optional>

namespace Haul {

struct ContentRange;

// The resume core for one destination (spec §3–§7): a sans-I/O state machine.
// Per attempt: begin() → requestHeaders() → onResponse() → onBody()… → onEnd()
// (or onTransportError() / abort()). It decides; its BodyStore writes and syncs the
// part file, hashes, and writes checkpoints. It never touches the network.
//
// Where the spec recommends a deviation from pyhaul (§13), this does the better thing:
// caller If-Range/Range/TE/Accept-Encoding stripped (G10), checkpoints by time or bytes
// and on every abnormal end (G19, G20), a part shorter than its checkpoint restarts (G4,
// G5, G6), tail corruption rewinds to the last good block (G3), a 206 with a changed
// strong ETag resets the checkpoint (G12), Content-Encoding is tracked (G9), overlong
// bodies are refused (G7), "first-last/*" bodies must be complete (G8), "bytes */0" on
// a fresh download is an empty file (G13), a 200 restart resets the checkpoint first
// (G18), the URL is remembered (G22), a lying length cannot fill the disk (G29).
class ResumeEngine
{
public:
    enum class Step { Continue, Complete, Failed };

    ResumeEngine(const QString &dest, const QUrl &url, EngineOptions options = {});
    ~ResumeEngine();
    ResumeEngine(const ResumeEngine &) = delete;
    ResumeEngine &operator=(const ResumeEngine &) = delete;

    // Starts an attempt: preflight, URL check, reads the checkpoint. On failure
    // no request must be sent.
    std::optional<Failure> begin();

    // The GET's headers: caller headers merged with Range, If-Range (strong ETag
    // only), Accept-Encoding: identity and Cache-Control (§3.1).
    HttpHeaders requestHeaders(const HttpHeaders &caller = {}) const;
    quint64 requestByte() const { return m_checkpoint.start + m_checkpoint.cursor; }
    bool resuming() const { return m_checkpoint.cursor > 0; }

    Step onResponse(int status, const HttpHeaders &headers);
    Step onBody(QByteArrayView chunk);
    // The same; the chunk's bytes are shared with the whole-file hash thread, not copied.
    Step onBody(const QByteArray &chunk);
    Step onEnd();
    // A network failure: before the body (connection → Partial, others kept) or during it.
    Step onTransportError(const Failure &failure);
    // Ends the attempt on the caller's request (cancel, stall): saves unsaved bytes.
    Step abort(const Failure &failure);

    // Segmented downloads. After onResponse() accepted a 206 of a known length
    // guarded by a strong ETag or a Last-Modified date, other connections may
    // fetch other parts: nullopt (and *why) when this response does not qualify.
    std::optional<SegmentBasis> segmentBasis(SplitRefusal *why = nullptr) const;
    // Body bytes of any connection at part offset `offset`, checked against the
    // announced length. The contiguous prefix from byte 0 stays the cursor and is
    // hashed as it grows; bytes beyond it are recorded as completed spans (tag 131).
    Step onBodyAt(quint64 offset, const QByteArray &chunk);
    // Every connection is done: the rest of the prefix is hashed from disk, then
    // the file is completed as after onEnd().
    Step onSegmentsEnd();
    // Another connection saw a different version of the resource: the checkpoint
    // is reset so that the next attempt starts over.
    Step abandon(const QString &why);

    const Failure &failure() const { return m_failure; }
    const Result &result() const { return m_result; }
    const Progress &progress() const { return m_progress; }
    const QString &dest() const { return m_dest; }
    const ControlFile &checkpoint() const { return m_checkpoint; }

private:
    enum class Phase { Idle, Ready, Body, Done };

    Step fail(ErrorKind kind, const QString &message, bool transient = false);
    Step failWith(Failure failure);
    Step acceptFull(const HttpHeaders &headers);                  // 200 and mislabelled 206
    Step acceptPartial(const HttpHeaders &headers, const ContentRange &range);
    Step onRangeNotSatisfiable(const HttpHeaders &headers);
    Step checkpointAndFail(ErrorKind kind, const QString &message, bool transient);
    Step finalize(const HttpHeaders &headers);
    Step syncAndFinalize();
    Step write(QByteArrayView chunk, const QByteArray *shared);
    Step afterWrite();

    QString m_dest;
    QUrl m_url;
    EngineOptions m_options;
    Phase m_phase = Phase::Idle;
    ControlFile m_checkpoint;              // what the next checkpoint will say (and what was read)
    std::optional<quint64> m_extent;       // from this response
    std::optional<quint64> m_expectEnd;    // G8: last byte + 1 of a 206 with total "*"
    bool m_partial = false;                // this attempt's response is a 206
    QByteArray m_lastModified;             // of this response
    QElapsedTimer m_elapsed;
    HttpHeaders m_response;
    Failure m_failure;
    Result m_result;
    Progress m_progress;
    BodyStore m_store;                     // last: it refers to the members above
};

} // namespace Haul
