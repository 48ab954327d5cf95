// SPDX-License-Identifier: MIT
#include "trayicon.h"

#include "appcontroller.h"

#include <QAction>
#include <QMenu>
#include <QSystemTrayIcon>

namespace Haul {

TrayIcon::TrayIcon(AppController *app, QObject *parent) : QObject(parent), m_app(app)
{
    if (!isAvailable())
        return;
    m_menu = new QMenu;
    connect(m_menu->addAction(tr("&Show Haul")), &QAction::triggered, this, &TrayIcon::showRequested);
    m_menu->addSeparator();
    connect(m_menu->addAction(tr("&Pause all")), &QAction::triggered, app, &AppController::pauseAll);
    connect(m_menu->addAction(tr("&Resume all")), &QAction::triggered, app, &AppController::resumeAll);
    m_menu->addSeparator();
    connect(m_menu->addAction(tr("&Quit")), &QAction::triggered, app, &AppController::quit);

    m_icon = new QSystemTrayIcon(QIcon(QStringLiteral(":/icons/haul.svg")), this);
    m_icon->setContextMenu(m_menu);
    connect(m_icon, &QSystemTrayIcon::activated, this, [this](QSystemTrayIcon::ActivationReason reason) {
        if (reason == QSystemTrayIcon::Trigger || reason == QSystemTrayIcon::DoubleClick)
            emit showRequested();
    });
    connect(app, &AppController::notify, this, [this](const QString &title, const QString &message) {
        m_icon->showMessage(title, message, QSystemTrayIcon::Information, 5000);
    });
    connect(app->model(), &QueueModel::totalsChanged, this, &TrayIcon::updateToolTip);
    updateToolTip();
    m_icon->show();
}

TrayIcon::~TrayIcon()
{
    delete m_menu;
}

bool TrayIcon::isAvailable()
{
    return QSystemTrayIcon::isSystemTrayAvailable();
}

bool TrayIcon::isVisible() const
{
    return m_icon && m_icon->isVisible();
}

void TrayIcon::updateToolTip()
{
    const QueueModel *model = m_app->model();
    QString tip = tr("Haul");
    if (model->activeCount() > 0) {
        tip = tr("Haul — %n downloading", nullptr, model->activeCount());
        if (model->overallProgress() >= 0)
            tip += tr(", %L1 %").arg(qRound(model->overallProgress() * 100));
        tip += tr(" · %1").arg(model->totalSpeedText());
    } else if (model->queuedCount() > 0) {
        tip = tr("Haul — %n queued", nullptr, model->queuedCount());
    }
    m_icon->setToolTip(tip);
}

} // namespace Haul
