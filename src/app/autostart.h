// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QStringList>

namespace Haul {

// "Start Haul when I log in", so downloads resume after a reboot:
// Linux: an XDG autostart entry ($XDG_CONFIG_HOME/autostart/<appId>.desktop);
// Windows: HKCU\...\CurrentVersion\Run; macOS: ~/Library/LaunchAgents/<appId>.plist.
class Autostart
{
public:
    // appId: e.g. "io.haul.Haul"; command: the program and its arguments
    // (e.g. {"/usr/bin/haul", "--minimized"}).
    Autostart(const QString &appId, const QStringList &command);

    bool isEnabled() const;
    // False with a reason in words when the entry cannot be written or removed.
    bool setEnabled(bool enabled, QString *error = nullptr);
    // Where the entry lives on this platform (a file path, or the registry key).
    QString location() const;

private:
    QString m_appId;
    QStringList m_command;
};

} // namespace Haul
