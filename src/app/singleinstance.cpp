// SPDX-License-Identifier: MIT
#include "singleinstance.h"

#include <QCryptographicHash>
#include <QDeadlineTimer>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocalServer>
#include <QLocalSocket>
#include <QLockFile>
#include <QLoggingCategory>
#include <QPointer>
#include <QStandardPaths>
#include <QTimer>
#include <QtEndian>

#include <climits>
#include <optional>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

namespace Haul {

namespace {

// Internal linkage: other files of haulapp may define their own lcApp.
Q_LOGGING_CATEGORY(lcApp, "haul.app", QtWarningMsg)

// Wire format, one message per connection:
//   client: quint32 big-endian length, then that many bytes of UTF-8 JSON
//           {"v": 1, "args": ["...", ...]}
//   server: one Ack byte once messageReceived has been emitted.
// JSON rather than QDataStream: QDataStream reserves a QList's claimed size
// before reading it, so four garbage bytes could ask for gigabytes.
constexpr int ProtocolVersion = 1;
constexpr quint32 MaxMessageSize = 1024 * 1024;
constexpr qint64 HeaderSize = sizeof(quint32);
constexpr char Ack = 0x06;
// A client that connects and never finishes its message must not hold a
// connection (and its buffer) forever.
constexpr int IdleTimeoutMs = 10000;
constexpr int ProbeTimeoutMs = 1000;
constexpr int LockTimeoutMs = 2000;

QString serverNameFor(const QString &key)
{
#if defined(Q_OS_UNIX) && !defined(Q_OS_DARWIN)
    // QLocalServer puts a bare name in /tmp, where another user can squat it
    // first. The runtime folder is the user's own (0700). macOS' temp folder
    // already is per-user.
    const QString runtimeDir = QStandardPaths::writableLocation(QStandardPaths::RuntimeLocation);
    if (!runtimeDir.isEmpty()) {
        const QString path = QDir(runtimeDir).filePath(key);
        // sun_path holds 108 bytes on Linux, 104 on the BSDs, with the NUL.
        if (QFile::encodeName(path).size() < 104)
            return path;
    }
#endif
    return key;
}

QByteArray encodeMessage(const QStringList &args)
{
    const QJsonObject message{{QStringLiteral("v"), ProtocolVersion},
                              {QStringLiteral("args"), QJsonArray::fromStringList(args)}};
    const QByteArray payload = QJsonDocument(message).toJson(QJsonDocument::Compact);
    QByteArray frame(HeaderSize, Qt::Uninitialized);
    qToBigEndian<quint32>(quint32(payload.size()), frame.data());
    return frame + payload;
}

std::optional<QStringList> decodeMessage(const QByteArray &payload)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(payload, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return std::nullopt;
    const QJsonObject message = document.object();
    if (message.value(QLatin1String("v")).toInt(-1) != ProtocolVersion)
        return std::nullopt;
    const QJsonValue argsValue = message.value(QLatin1String("args"));
    if (!argsValue.isArray())
        return std::nullopt;
    QStringList args;
    const QJsonArray array = argsValue.toArray();
    for (const QJsonValue &arg : array) {
        if (!arg.isString())
            return std::nullopt;
        args.append(arg.toString());
    }
    return args;
}

void dropConnection(QLocalSocket *socket, const char *reason)
{
    qCWarning(lcApp, "single instance: dropped a connection: %s", reason);
    socket->abort();
    socket->deleteLater();
}

// Canonical, so "~/x", "~/x/" and a symlink to it share one instance. A folder
// not created yet gets its nearest existing parent's canonical path plus the
// rest, so its key does not change once it is created.
QString canonicalFolder(const QString &dir)
{
    const QString cleaned = QDir::cleanPath(QFileInfo(dir).absoluteFilePath());
    const QString existing = QFileInfo(dir).canonicalFilePath();
    if (!existing.isEmpty())
        return existing;
    QString prefix = cleaned;
    QStringList missing;
    while (!QFileInfo::exists(prefix)) {
        const QString parent = QFileInfo(prefix).path();
        if (parent == prefix)
            return cleaned;
        missing.prepend(QFileInfo(prefix).fileName());
        prefix = parent;
    }
    const QString canonicalPrefix = QFileInfo(prefix).canonicalFilePath();
    if (canonicalPrefix.isEmpty())
        return cleaned;
    return QDir::cleanPath(canonicalPrefix + u'/' + missing.join(u'/'));
}

int remainingMs(const QDeadlineTimer &deadline)
{
    // -1 (forever) passes through, as Qt's waitFor* functions expect.
    return int(qMin<qint64>(deadline.remainingTime(), INT_MAX));
}

} // namespace

SingleInstance::SingleInstance(const QString &key, QObject *parent)
    : QObject(parent)
    , m_key(key)
    , m_serverName(serverNameFor(key))
{
}

// The QLocalServer is a child: deleting it closes the socket and removes its file.
SingleInstance::~SingleInstance() = default;

QString SingleInstance::keyFor(const QString &profileDir)
{
    QString path = canonicalFolder(profileDir);
#ifdef Q_OS_WIN
    path = path.toLower(); // NTFS paths are case-insensitive
#endif

    QByteArray user;
#ifdef Q_OS_UNIX
    user = QByteArray::number(qulonglong(::getuid())); // unlike $USER, not spoofable by a child
#else
    user = qgetenv("USERNAME");
    if (user.isEmpty())
        user = qgetenv("USER");
#endif

    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(user);
    hash.addData(QByteArrayView("\n", 1));
    hash.addData(path.toUtf8());
    return QLatin1String("haul-") + QString::fromLatin1(hash.result().toHex().left(16));
}

bool SingleInstance::sendToRunning(const QStringList &args, int timeoutMs)
{
    m_error.clear();
    const QByteArray frame = encodeMessage(args);
    if (frame.size() > HeaderSize + MaxMessageSize) {
        m_error = tr("Too many arguments to hand to the running Haul.");
        return false;
    }

    const QDeadlineTimer deadline(timeoutMs);
    QLocalSocket socket;
    socket.connectToServer(m_serverName);
    if (!socket.waitForConnected(remainingMs(deadline))) {
        m_error = tr("No running Haul to hand the links to (%1).").arg(socket.errorString());
        return false;
    }
    socket.write(frame);
    while (socket.bytesToWrite() > 0) {
        if (!socket.waitForBytesWritten(remainingMs(deadline))) {
            m_error = tr("The running Haul did not accept the links (%1).").arg(socket.errorString());
            return false;
        }
    }
    while (socket.bytesAvailable() < 1) {
        if (!socket.waitForReadyRead(remainingMs(deadline))) {
            m_error = tr("The running Haul did not confirm it received the links.");
            return false;
        }
    }
    char reply = 0;
    if (!socket.getChar(&reply) || reply != Ack) {
        m_error = tr("The running Haul sent an unexpected reply.");
        return false;
    }
    socket.disconnectFromServer();
    return true;
}

bool SingleInstance::isAnswering() const
{
    QLocalSocket probe;
    probe.connectToServer(m_serverName);
    const bool answered = probe.waitForConnected(ProbeTimeoutMs);
    probe.abort();
    return answered;
}

bool SingleInstance::listen()
{
    if (m_server)
        return true;
    m_error.clear();

    // Two Haul starting at once must not both see "nobody answers" and both
    // listen. Best effort: without the lock the window is a few milliseconds.
    const QString lockDir = QFileInfo(m_serverName).isAbsolute()
        ? QFileInfo(m_serverName).absolutePath()
        : QDir::tempPath();
    QLockFile lock(QDir(lockDir).filePath(m_key + QLatin1String(".lock")));
    if (!lock.tryLock(LockTimeoutMs))
        qCWarning(lcApp) << "single instance: cannot lock" << lock.fileName() << lock.error();

    // Probe before listening: with UserAccessOption Qt 6.4 binds in a temporary
    // folder and renames the socket into place, which replaces a live
    // instance's socket instead of failing with AddressInUseError.
    if (isAnswering()) {
        m_error = tr("Haul is already running with this profile.");
        return false;
    }

    auto *server = new QLocalServer(this);
    server->setSocketOptions(QLocalServer::UserAccessOption);
    bool listening = server->listen(m_serverName);
    if (!listening && server->serverError() == QAbstractSocket::AddressInUseError) {
        // Nothing answered, so this is the socket file of a crashed instance.
        qCInfo(lcApp) << "single instance: taking over the stale socket" << m_serverName;
        QLocalServer::removeServer(m_serverName);
        listening = server->listen(m_serverName);
    }
    if (!listening) {
        m_error = tr("Cannot create the socket %1: %2").arg(m_serverName, server->errorString());
        delete server;
        return false;
    }
    connect(server, &QLocalServer::newConnection, this, &SingleInstance::acceptConnections);
    m_server = server;
    return true;
}

void SingleInstance::acceptConnections()
{
    while (QLocalSocket *socket = m_server->nextPendingConnection()) {
        connect(socket, &QLocalSocket::readyRead, this, [this, socket] { readMessage(socket); });
        connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
        QTimer::singleShot(IdleTimeoutMs, socket, [socket] {
            dropConnection(socket, "no complete message in time");
        });
        if (socket->bytesAvailable() > 0)
            readMessage(socket);
    }
}

void SingleInstance::readMessage(QLocalSocket *socket)
{
    // Never blocks: wait for the next readyRead until the whole frame is buffered.
    if (socket->bytesAvailable() < HeaderSize)
        return;
    const QByteArray header = socket->peek(HeaderSize);
    const quint32 size = qFromBigEndian<quint32>(header.constData());
    if (size > MaxMessageSize) {
        dropConnection(socket, "message too large");
        return;
    }
    if (socket->bytesAvailable() < HeaderSize + size)
        return;
    socket->skip(HeaderSize);
    const QByteArray payload = socket->read(size);
    if (socket->bytesAvailable() > 0) {
        dropConnection(socket, "bytes after the message");
        return;
    }
    const std::optional<QStringList> args = decodeMessage(payload);
    if (!args) {
        dropConnection(socket, "malformed message");
        return;
    }

    // One message per connection: ignore whatever else arrives, even while a
    // slot below runs a nested event loop.
    disconnect(socket, &QLocalSocket::readyRead, this, nullptr);
    const QPointer<QLocalSocket> guard(socket);
    Q_EMIT messageReceived(*args);
    if (!guard)
        return;
    socket->write(&Ack, 1);
    socket->flush(); // now: the slot may have asked the application to quit
    socket->disconnectFromServer(); // after the ack is written
}

} // namespace Haul
