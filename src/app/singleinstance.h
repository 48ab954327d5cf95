// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>
#include <QStringList>

class QLocalServer;
class QLocalSocket;

namespace Haul {

// One Haul per user and profile. The first instance listens on a local socket
// (readable by the current user only); a later `haul URL...` hands its URLs to it
// and exits. A socket left behind by a crashed instance is taken over.
class SingleInstance : public QObject
{
    Q_OBJECT

public:
    // key: from keyFor(); one key per user and profile folder.
    explicit SingleInstance(const QString &key, QObject *parent = nullptr);
    ~SingleInstance() override;

    // A name unique to this user and this profile folder, short enough for a socket path.
    static QString keyFor(const QString &profileDir);

    // Hands args (URLs, or empty to ask it to show its window) to a running instance.
    // True once that instance confirmed it received them; false when none runs.
    bool sendToRunning(const QStringList &args, int timeoutMs = 3000);
    // Becomes the running instance. False (with errorString()) when another one
    // already listens or the socket cannot be created.
    bool listen();
    QString errorString() const { return m_error; }

Q_SIGNALS:
    // A later instance's arguments (empty: it asked to show the window).
    void messageReceived(const QStringList &args);

private:
    bool isAnswering() const;
    void acceptConnections();
    void readMessage(QLocalSocket *socket);

    QString m_key;
    QString m_serverName; // m_key, or a path in the user's runtime folder
    QString m_error;
    QLocalServer *m_server = nullptr;
};

} // namespace Haul
