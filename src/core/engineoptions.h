// SPDX-License-Identifier: MIT
#pragma once

#include "controlfile.h"
#include "preflight.h"

#include <QByteArray>
#include <functional>

namespace Haul {

// Settings of one ResumeEngine, and of the BodyStore under it.
struct EngineOptions
{
    quint64 blockSize = DefaultBlockSize;            // for downloads that start at byte 0
    // Sync and checkpoint when either is reached (§5.3 deviation: pyhaul syncs every 1 MiB).
    quint64 checkpointBytes = 64ull * 1024 * 1024;
    qint64 checkpointIntervalMs = 1000;              // 0: by bytes only
    // Sync and write periodic checkpoints on a helper thread while the body keeps
    // streaming (each still claims only bytes synced before it). Off: every
    // checkpoint happens inline, exactly when due (for tests of the cadence).
    bool backgroundCheckpoints = true;
    // Connections of a segmented download: while they write, a checkpoint is due
    // after about one block per connection, so a crash refetches no more than that.
    int connections = 1;
    QByteArray expectedSha256;                       // lower-case hex; empty: nothing to verify
    ControlFile::ReadMode readMode = ControlFile::ReadMode::Haul;
    PathLimits pathLimits;
    bool checkFreeSpace = true;                      // refuse extents the disk cannot hold (G29)
    // Observes file operations in order ("sync", "checkpoint", "rename", ...): for tests.
    std::function<void(const char *event)> trace;
};

} // namespace Haul
