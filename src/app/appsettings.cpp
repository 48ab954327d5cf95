// SPDX-License-Identifier: MIT
#include "appsettings.h"

#include "autostart.h"

#include <QDir>
#include <QStandardPaths>

namespace Haul {

namespace {

const QString AppId = QStringLiteral("io.haul.Haul");

} // namespace

AppSettings::AppSettings(const QString &file, QObject *parent)
    : QObject(parent), m_settings(file, QSettings::IniFormat)
{
}

bool AppSettings::store(const QString &key, const QVariant &value)
{
    if (m_settings.value(key) == value)
        return false;
    m_settings.setValue(key, value);
    m_settings.sync();
    return true;
}

QString AppSettings::downloadFolder() const
{
    QString fallback = QStandardPaths::writableLocation(QStandardPaths::DownloadLocation);
    if (fallback.isEmpty())
        fallback = QDir::homePath();
    return m_settings.value(QStringLiteral("downloads/folder"), fallback).toString();
}

void AppSettings::setDownloadFolder(const QString &folder)
{
    if (!folder.isEmpty() && store(QStringLiteral("downloads/folder"), QDir::cleanPath(folder)))
        emit downloadFolderChanged();
}

int AppSettings::maxActive() const
{
    return qBound(1, m_settings.value(QStringLiteral("downloads/atOnce"), 3).toInt(), 20);
}

void AppSettings::setMaxActive(int count)
{
    if (store(QStringLiteral("downloads/atOnce"), qBound(1, count, 20)))
        emit maxActiveChanged();
}

int AppSettings::retries() const
{
    return qBound(0, m_settings.value(QStringLiteral("downloads/retries"), 20).toInt(), 1000);
}

void AppSettings::setRetries(int count)
{
    if (store(QStringLiteral("downloads/retries"), qBound(0, count, 1000)))
        emit retriesChanged();
}

int AppSettings::speedLimit() const
{
    return qBound(0, m_settings.value(QStringLiteral("downloads/speedLimit"), 0).toInt(), 10 * 1024 * 1024);
}

void AppSettings::setSpeedLimit(int kibPerSecond)
{
    if (store(QStringLiteral("downloads/speedLimit"), qBound(0, kibPerSecond, 10 * 1024 * 1024)))
        emit speedLimitChanged();
}

int AppSettings::connectionsPerDownload() const
{
    // 4: faster on most servers without looking like a flood to them.
    return qBound(1, m_settings.value(QStringLiteral("downloads/connections"), 4).toInt(), 16);
}

void AppSettings::setConnectionsPerDownload(int connections)
{
    if (store(QStringLiteral("downloads/connections"), qBound(1, connections, 16)))
        emit connectionsPerDownloadChanged();
}

bool AppSettings::startAtLogin() const
{
    return Autostart(AppId, m_autostartCommand).isEnabled();
}

void AppSettings::setStartAtLogin(bool enabled)
{
    if (enabled == startAtLogin())
        return;
    QString error;
    if (!Autostart(AppId, m_autostartCommand).setEnabled(enabled, &error))
        emit problem(tr("Could not change “start at login”: %1").arg(error));
    emit startAtLoginChanged();
}

bool AppSettings::closeToTray() const
{
    return m_settings.value(QStringLiteral("window/closeToTray"), true).toBool();
}

void AppSettings::setCloseToTray(bool enabled)
{
    if (store(QStringLiteral("window/closeToTray"), enabled))
        emit closeToTrayChanged();
}

QString AppSettings::existingFile() const
{
    const QString v = m_settings.value(QStringLiteral("downloads/existingFile"), QStringLiteral("rename")).toString();
    return v == u"overwrite" || v == u"ask" ? v : QStringLiteral("rename");
}

void AppSettings::setExistingFile(const QString &policy)
{
    if (policy != u"rename" && policy != u"overwrite" && policy != u"ask")
        return;
    if (store(QStringLiteral("downloads/existingFile"), policy))
        emit existingFileChanged();
}

QString AppSettings::language() const
{
    return m_settings.value(QStringLiteral("window/language")).toString();
}

void AppSettings::setLanguage(const QString &language)
{
    if (store(QStringLiteral("window/language"), language))
        emit languageChanged();
}

bool AppSettings::detailsVisible() const
{
    return m_settings.value(QStringLiteral("window/details"), false).toBool();
}

void AppSettings::setDetailsVisible(bool visible)
{
    if (store(QStringLiteral("window/details"), visible))
        emit detailsVisibleChanged();
}

} // namespace Haul
