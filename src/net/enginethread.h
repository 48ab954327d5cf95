// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>

namespace Haul {

// The thread where downloads write to disk and hash (never the GUI thread).
// One per process, started on first use and stopped when the application quits.
class EngineThread
{
public:
    // A QObject that lives in the engine thread: the context for queued calls.
    static QObject *context();
    // Blocks until the jobs queued so far have run (no-op when the thread is not running).
    static void drain();
};

} // namespace Haul
