// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>

class QAction;
class QMenu;
class QSystemTrayIcon;

namespace Haul {

class AppController;

// The icon in the system tray: overall progress in its tooltip, a menu (Show,
// Pause all, Resume all, Quit) and a notification when a download completes or
// fails. Absent where the desktop has no tray; the window then never hides to it.
class TrayIcon : public QObject
{
    Q_OBJECT

public:
    explicit TrayIcon(AppController *app, QObject *parent = nullptr);
    ~TrayIcon() override;

    static bool isAvailable();
    bool isVisible() const;

Q_SIGNALS:
    void showRequested();

private:
    void updateToolTip();

    AppController *m_app;
    QSystemTrayIcon *m_icon = nullptr;
    QMenu *m_menu = nullptr;
};

} // namespace Haul
