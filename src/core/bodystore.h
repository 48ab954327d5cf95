// SPDX-License-Identifier: MIT
#pragma once

#include "checkpointer.h"
#include "downloadhasher.h"
#include "failure.h"

#include <QElapsedTimer>
#include <QUrl>
#include <memory>
#include <optional>

namespace Haul {

struct ControlFile;
struct EngineOptions;
class ETag;
struct Progress;
class PartFile;

// Where one download's body goes: the part file, its hashes and its checkpoints
// (spec §5, §6). ResumeEngine decides what the checkpoint says about the resource
// (validators, lengths, when to reset); this keeps its byte side (cursor, completed
// spans, digests) and the progress in step with the disk, and writes it out on
// the cadence of the options, after the bytes it claims were synced.
class BodyStore
{
public:
    // `checkpoint`, `progress` and `lastModified` (the response's, which guards
    // completed spans when no strong ETag does) are the engine's and outlive this.
    BodyStore(const QString &dest, const QUrl &url, const EngineOptions &options, ControlFile &checkpoint,
              Progress &progress, const QByteArray &lastModified);
    ~BodyStore();
    BodyStore(const BodyStore &) = delete;
    BodyStore &operator=(const BodyStore &) = delete;

    // Before an attempt: waits for the last one's checkpoint, closes the part file
    // and forgets the last attempt's counts. False (errorString()) when that checkpoint failed.
    bool reset();
    // Notes whether the control file or its .tmp is there; true when the control file is.
    bool findSidecars();
    // Whether a control file is on disk: found by findSidecars() or written since.
    bool hasCheckpoint() const { return m_hadCheckpoint; }
    // SHA-256 of the URL, which checkpoints carry (§13 G22).
    QByteArray sourceId() const;
    DownloadHasher &hashes() { return m_hashes; }
    // Progress from the checkpoint: valid bytes and the high-water mark.
    void noteProgress();

    // Opens and locks the part file, sized to `extent`, at `position`; the
    // checkpoint cadence counts from here.
    std::optional<Failure> open(std::optional<quint64> extent, quint64 position);
    // Whether the part file holds the checkpoint's bytes: part[0, cursor) is hashed
    // from scratch (§6.6) and its digests must begin with the stored ones.
    bool holdsCheckpoint();
    // Bytes from now on may arrive at several offsets (a segmented download).
    void setSegmented() { m_segmented = true; }

    // Writes at the cursor, hashes (`shared`, when given, holds the same bytes)
    // and moves the cursor on. False (errorString()) when the disk refuses.
    bool write(QByteArrayView chunk, const QByteArray *shared);
    // Writes beyond the cursor and records the span as completed.
    bool writeAt(quint64 offset, const QByteArray &chunk);
    // Hashes from disk every completed span that now touches the cursor.
    bool absorbAll();
    // A periodic checkpoint, when one is due by bytes or time.
    bool checkpointIfDue();

    // Waits for a background checkpoint, then syncs the part file.
    bool sync();
    bool syncAndCheckpoint();
    bool writeCheckpoint();
    // Forgets the stored bytes: a checkpoint of none, guarded by `etag`.
    bool writeResetCheckpoint(const ETag &etag);
    // Syncs and checkpoints bytes written since the last checkpoint, if there are any.
    void saveUnsaved();
    // Waits for a background checkpoint (false, errorString(), if it failed),
    // then closes the part file.
    bool close();

    // Closes the part file and cuts it to `size` bytes if it is longer.
    bool trim(quint64 size);
    // Removes the part file and its control file.
    void discard();
    // Renames the part file to the destination and removes the sidecars.
    bool publish();

    QString errorString() const { return m_error; }

private:
    bool fail(const QString &error);
    // Waits for a background checkpoint; false (with m_error) if it failed.
    bool finishBackgroundCheckpoint();
    QByteArray prepareCheckpoint();
    // Hashes completed spans that now touch the cursor, reading at most `budget` bytes.
    bool absorb(quint64 budget);
    QString writeError() const; // a failed write or resize, "disk full: ..." when it is that
    void trace(const char *event) const;

    QString m_dest;
    QUrl m_url;
    const EngineOptions &m_options;
    ControlFile &m_checkpoint;             // what the next checkpoint will say
    Progress &m_progress;
    const QByteArray &m_lastModified;
    bool m_hadCheckpoint = false;
    bool m_sidecarsFound = false;          // a control file or its .tmp was there at findSidecars()
    bool m_segmented = false;              // bytes arrive at several offsets
    quint64 m_sinceWriteback = 0;          // segmented: bytes written since the last writeback hint
    quint64 m_unsaved = 0;
    quint64 m_writebackFrom = 0;           // first byte not yet handed to writeback
    QElapsedTimer m_sinceCheckpoint;
    QString m_error;
    std::unique_ptr<PartFile> m_part;
    Checkpointer m_checkpointer;
    DownloadHasher m_hashes;
};

} // namespace Haul
