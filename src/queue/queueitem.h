// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QDir>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QUrl>

namespace Haul {

// One attempt of a queue item, as the details pane lists it.
struct AttemptRecord
{
    QDateTime startedAt;  // UTC
    int httpStatus = 0;   // 0: no response
    quint64 bytes = 0;    // body bytes this attempt moved the file forward
    QString outcome;      // "complete", or the failure in words

    friend bool operator==(const AttemptRecord &, const AttemptRecord &) = default;
};

// One entry of the download queue (value type: crosses threads, goes to the database).
// The control file beside the download is the truth about bytes; this is the truth
// about the list and what the user sees after a restart.
struct QueueItem
{
    // Values are stored in the database: append only, never renumber.
    enum class State {
        Queued = 0,
        Connecting = 1,
        Downloading = 2,
        WaitingToRetry = 3,
        Paused = 4,
        Verifying = 5,
        Complete = 6,
        Failed = 7,
    };

    int id = 0;                    // stable, > 0 once in a queue (the database key)
    QUrl url;
    QString folder;                // destination folder
    QString fileName;              // empty until the server's response names it
    State state = State::Queued;
    QByteArray expectedSha256;     // lower-case hex; empty: none given
    qint64 rateLimit = 0;          // bytes per second for this download; 0: none
    int connections = 0;           // for this file, 1-16; 0: the queue's default

    quint64 bytesDone = 0;         // the checkpointed cursor, may rewind after a retry
    quint64 highWater = 0;         // the largest bytesDone seen: never decreases
    qint64 total = -1;             // announced size; -1: unknown
    double bytesPerSecond = 0;     // not persisted
    int activeConnections = 0;     // not persisted: connections carrying the file now
    int splitRefusal = 0;          // not persisted: Haul::SplitRefusal, why not more
    int attempts = 0;              // over the item's whole life
    QDateTime nextRetryAt;         // UTC, WaitingToRetry only

    QByteArray sha256;             // lower-case hex, when complete
    QString treeHash;              // spec §6.3, when complete
    bool verified = false;         // sha256 matched expectedSha256
    QString error;                 // the last failure in words (Failed, WaitingToRetry)
    int errorKind = 0;             // Haul::ErrorKind of the last failure
    QByteArray etag;               // server validators, as last seen
    QByteArray lastModified;

    QDateTime addedAt;             // UTC
    QDateTime finishedAt;          // UTC, when complete
    QList<AttemptRecord> history;  // oldest first, at most MaxHistory

    static constexpr int MaxHistory = 50;

    QString dest() const { return fileName.isEmpty() ? QString() : QDir(folder).filePath(fileName); }
    bool isActive() const
    {
        return state == State::Connecting || state == State::Downloading || state == State::WaitingToRetry
            || state == State::Verifying;
    }
    bool isFinished() const { return state == State::Complete || state == State::Failed; }

    friend bool operator==(const QueueItem &, const QueueItem &) = default;
};

} // namespace Haul

Q_DECLARE_METATYPE(Haul::QueueItem)
