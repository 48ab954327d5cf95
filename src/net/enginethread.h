// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>

namespace Haul {

// The threads where downloads write to disk and hash (never the GUI thread).
// A small pool, started on first use and stopped when the application quits.
// Each download keeps the one context it was given, so its jobs run in order;
// different downloads' syncs and hashes run side by side.
class EngineThread
{
public:
    // A QObject living in one of the engine threads: the context for queued calls.
    static QObject *context();
    // Blocks until the jobs queued so far on that context's thread have run
    // (no-op when the thread is not running or the context is gone).
    static void drain(QObject *context);
};

} // namespace Haul
