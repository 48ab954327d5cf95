// SPDX-License-Identifier: MIT
#pragma once

#include "queueitem.h"

#include <QDateTime>
#include <QString>

namespace Haul {

// The words and figures a person reads about a queue item: one place, so the
// list, the details pane, the tray and notifications say the same thing.
namespace ItemText {

// "debian-12.iso"; before the server names the file, the URL's last segment or host.
QString displayName(const QueueItem &item);
// "Waiting to retry in 12 s — server busy (503)", "Complete · Verified", "Failed — not found (404)".
QString stateText(const QueueItem &item, const QDateTime &now);
// Why the last attempt ended, in a few words: "server busy (503)", "connection lost".
QString reasonText(const QueueItem &item);
// "1.2 GiB of 3.7 GiB", "640 KiB", "3.7 GiB" when complete.
QString sizeText(const QueueItem &item);
QString size(qint64 bytes);
QString speed(double bytesPerSecond);
// Seconds left at the current speed, or -1 when unknown.
double etaSeconds(const QueueItem &item);
// "52 s", "3 min", "2 h 10 min", rounded; empty when unknown.
QString duration(double seconds);
// "~52 s", "~3 min": a duration that is an estimate.
QString eta(double seconds);
// "none" (no checksum given), "pending", "verified", "mismatch".
QString checksumState(const QueueItem &item);
// "8 connections", "1 connection — the server does not accept byte ranges";
// empty while nothing runs.
QString connectionsText(const QueueItem &item);
// "1 connection", "8 connections".
QString connectionCount(int n);
// Why a file runs on fewer connections than asked for; empty for SplitRefusal::None.
QString splitRefusalText(int refusal);
// A generic icon name for the file type: "archive", "video", "audio", "image",
// "document", "disk-image", "package", "code", "file".
QString fileKind(const QString &fileName);

} // namespace ItemText

} // namespace Haul
