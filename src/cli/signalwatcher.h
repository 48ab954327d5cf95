// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>

class QSocketNotifier;

namespace Haul {

// Turns SIGINT/SIGTERM (Ctrl+C, Ctrl+Break, console close on Windows) into a
// Qt signal on the event loop. A second signal ends the process at once with 130.
class SignalWatcher : public QObject
{
    Q_OBJECT

public:
    explicit SignalWatcher(QObject *parent = nullptr);
    ~SignalWatcher() override;

Q_SIGNALS:
    void interrupted(int signalNumber);

private:
    QSocketNotifier *m_notifier = nullptr;
};

} // namespace Haul
