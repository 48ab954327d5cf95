// SPDX-License-Identifier: MIT
#pragma once

#include "failure.h"
#include "httpheaders.h"
#include "progress.h"
#include "queueitem.h"

namespace Haul {

// What each event of a running download means for its QueueItem: the attempt
// history, high-water progress, digests and the last failure. Pure functions of
// the item, so DownloadQueue only decides what runs when.
namespace ItemEvents {

// A new attempt (attempts: the item's total so far, this one included).
void attemptStarted(QueueItem &item, int attempts);
// The attempt's final response head: its status and the server's validators.
void responseReceived(QueueItem &item, int status, const HttpHeaders &headers);
// How many connections carry the file, and why not more.
void connectionsChanged(QueueItem &item, int connections, int refusal);
// The server named the file.
void destinationResolved(QueueItem &item, const QString &dest);
void progressed(QueueItem &item, const Progress &progress);
// retryInSeconds < 0: no retry follows.
void attemptFailed(QueueItem &item, const Failure &failure, int attempts, double retryInSeconds);
void completed(QueueItem &item, const Result &result, int attempts);
// Cancelled (paused, or Haul quitting): the checkpoint is saved; the item takes state.
void stopped(QueueItem &item, int attempts, QueueItem::State state);
void failed(QueueItem &item, const Failure &failure, int attempts);

} // namespace ItemEvents

} // namespace Haul
