// SPDX-License-Identifier: MIT
#include "rawhttpclient.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QTcpSocket>

#include <algorithm>

namespace Haul::Test {

namespace {

// Decodes as much chunked data as buf holds from offset. Returns the bytes
// consumed when the terminating chunk (and trailers) arrived, else -1.
qsizetype decodeChunked(const QByteArray &buf, qsizetype offset, QByteArray *body)
{
    qsizetype pos = offset;
    for (;;) {
        const qsizetype lineEnd = buf.indexOf("\r\n", pos);
        if (lineEnd < 0)
            return -1;
        QByteArray sizeText = buf.mid(pos, lineEnd - pos);
        if (const qsizetype ext = sizeText.indexOf(';'); ext >= 0)
            sizeText.truncate(ext);
        bool ok = false;
        const qint64 size = sizeText.trimmed().toLongLong(&ok, 16);
        if (!ok || size < 0)
            return -1;
        pos = lineEnd + 2;
        if (size == 0) {
            for (;;) { // trailer fields up to an empty line
                const qsizetype end = buf.indexOf("\r\n", pos);
                if (end < 0)
                    return -1;
                if (end == pos)
                    return end + 2 - offset;
                pos = end + 2;
            }
        }
        const qsizetype available = std::min<qsizetype>(size, buf.size() - pos);
        body->append(buf.constData() + pos, available);
        if (available < size || buf.size() < pos + size + 2)
            return -1;
        pos += size + 2;
    }
}

} // namespace

QByteArray RawResponse::header(QByteArrayView name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value.isNull() ? QByteArray("") : value;
    }
    return {};
}

RawHttpClient::RawHttpClient(QObject *parent) : QObject(parent), m_socket(new QTcpSocket(this))
{
    connect(m_socket, &QTcpSocket::readyRead, this, [this] { m_buffer += m_socket->readAll(); });
}

RawHttpClient::~RawHttpClient()
{
    m_socket->disconnect(this);
    m_socket->abort();
}

bool RawHttpClient::waitFor(const std::function<bool()> &condition, int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    while (!condition()) {
        if (deadline.hasExpired())
            return false;
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents,
                                        int(std::min<qint64>(deadline.remainingTime(), 50)));
    }
    return true;
}

bool RawHttpClient::connectToServer(quint16 port, int timeoutMs)
{
    m_buffer.clear();
    m_socket->connectToHost(QHostAddress::LocalHost, port);
    return waitFor([this] { return m_socket->state() == QAbstractSocket::ConnectedState; },
                   timeoutMs);
}

bool RawHttpClient::isConnected() const
{
    return m_socket->state() == QAbstractSocket::ConnectedState;
}

void RawHttpClient::send(const QByteArray &rawRequest)
{
    m_socket->write(rawRequest);
}

void RawHttpClient::sendRequest(const QByteArray &method, const QByteArray &path,
                                const HeaderList &headers)
{
    QByteArray request = method + ' ' + path + " HTTP/1.1\r\nHost: 127.0.0.1:"
        + QByteArray::number(m_socket->peerPort()) + "\r\n";
    for (const auto &[name, value] : headers)
        request += name + ": " + value + "\r\n";
    send(request + "\r\n");
}

RawResponse RawHttpClient::readResponse(int timeoutMs, bool headRequest)
{
    RawResponse response;
    qsizetype consumed = -1;
    const auto parse = [&] {
        response = RawResponse();
        consumed = -1;
        const qsizetype headEnd = m_buffer.indexOf("\r\n\r\n");
        if (headEnd < 0)
            return false;
        response.headSize = headEnd + 4;
        const QList<QByteArray> lines = m_buffer.left(headEnd).split('\n');
        const QList<QByteArray> statusLine = lines.first().trimmed().split(' ');
        response.status = statusLine.value(1).toInt();
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const QByteArray line = lines.at(i).trimmed();
            const qsizetype colon = line.indexOf(':');
            response.headers.append({line.left(colon), line.mid(colon + 1).trimmed()});
        }
        response.chunked = response.header("Transfer-Encoding").toLower().contains("chunked");
        const bool noBody = headRequest || response.status == 204 || response.status == 304
            || response.status < 200;
        if (noBody) {
            consumed = response.headSize;
        } else if (response.chunked) {
            const qsizetype used = decodeChunked(m_buffer, response.headSize, &response.body);
            consumed = used < 0 ? -1 : response.headSize + used;
        } else if (response.hasHeader("Content-Length")) {
            const qint64 length = response.header("Content-Length").toLongLong();
            response.body = m_buffer.mid(response.headSize, length);
            if (response.body.size() == length)
                consumed = response.headSize + length;
        } else {
            response.body = m_buffer.mid(response.headSize); // until close
        }
        response.complete = consumed >= 0;
        return response.complete;
    };
    const bool done = waitFor([&] { return parse() || !isConnected(); }, timeoutMs);
    m_buffer += m_socket->readAll();
    if (!parse() && !done)
        response.timedOut = true;
    response.closed = !isConnected();
    if (!response.complete && response.closed && response.headSize > 0 && !response.chunked
        && !response.hasHeader("Content-Length") && !headRequest) {
        response.complete = true; // body delimited by close (RFC 9112 §6.3)
        consumed = m_buffer.size();
    }
    m_buffer.remove(0, consumed >= 0 ? consumed : m_buffer.size());
    return response;
}

bool RawHttpClient::waitForBytes(qsizetype bytes, int timeoutMs)
{
    return waitFor([&] { return m_buffer.size() >= bytes; }, timeoutMs);
}

bool RawHttpClient::waitForDisconnected(int timeoutMs)
{
    return waitFor([this] { return !isConnected(); }, timeoutMs);
}

} // namespace Haul::Test
