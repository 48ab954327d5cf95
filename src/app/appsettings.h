// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>
#include <QSettings>
#include <QString>
#include <QtQml/qqmlregistration.h>

namespace Haul {

// The user's preferences, kept in the profile folder (settings.ini), with
// change signals for QML bindings.
class AppSettings : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("AppSettings comes from App.settings")
    Q_PROPERTY(QString downloadFolder READ downloadFolder WRITE setDownloadFolder NOTIFY downloadFolderChanged)
    Q_PROPERTY(int maxActive READ maxActive WRITE setMaxActive NOTIFY maxActiveChanged)
    Q_PROPERTY(int retries READ retries WRITE setRetries NOTIFY retriesChanged)
    // KiB per second for all downloads together; 0: no limit.
    Q_PROPERTY(int speedLimit READ speedLimit WRITE setSpeedLimit NOTIFY speedLimitChanged)
    // Connections per file (1-16) for downloads without a number of their own.
    Q_PROPERTY(int connectionsPerDownload READ connectionsPerDownload WRITE setConnectionsPerDownload NOTIFY
                   connectionsPerDownloadChanged)
    Q_PROPERTY(bool startAtLogin READ startAtLogin WRITE setStartAtLogin NOTIFY startAtLoginChanged)
    Q_PROPERTY(bool closeToTray READ closeToTray WRITE setCloseToTray NOTIFY closeToTrayChanged)
    // "rename", "overwrite" or "ask"
    Q_PROPERTY(QString existingFile READ existingFile WRITE setExistingFile NOTIFY existingFileChanged)
    // A locale name such as "de" or "pt_BR"; empty: the system's.
    Q_PROPERTY(QString language READ language WRITE setLanguage NOTIFY languageChanged)
    Q_PROPERTY(bool detailsVisible READ detailsVisible WRITE setDetailsVisible NOTIFY detailsVisibleChanged)

public:
    explicit AppSettings(const QString &file, QObject *parent = nullptr);

    QString downloadFolder() const;
    void setDownloadFolder(const QString &folder);
    int maxActive() const;
    void setMaxActive(int count);
    int retries() const;
    void setRetries(int count);
    int speedLimit() const;
    void setSpeedLimit(int kibPerSecond);
    int connectionsPerDownload() const;
    void setConnectionsPerDownload(int connections);
    bool startAtLogin() const;
    void setStartAtLogin(bool enabled);
    bool closeToTray() const;
    void setCloseToTray(bool enabled);
    QString existingFile() const;
    void setExistingFile(const QString &policy);
    QString language() const;
    void setLanguage(const QString &language);
    bool detailsVisible() const;
    void setDetailsVisible(bool visible);

    // The command "start at login" runs (the program, its profile, --minimized).
    void setAutostartCommand(const QStringList &command) { m_autostartCommand = command; }

Q_SIGNALS:
    void downloadFolderChanged();
    void maxActiveChanged();
    void retriesChanged();
    void speedLimitChanged();
    void connectionsPerDownloadChanged();
    void startAtLoginChanged();
    void closeToTrayChanged();
    void existingFileChanged();
    void languageChanged();
    void detailsVisibleChanged();
    // Something could not be applied (e.g. the autostart entry), in words.
    void problem(const QString &message);

private:
    bool store(const QString &key, const QVariant &value);

    mutable QSettings m_settings;
    QStringList m_autostartCommand;
};

} // namespace Haul
