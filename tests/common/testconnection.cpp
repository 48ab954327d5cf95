// SPDX-License-Identifier: MIT
#include "testconnection.h"

#include <QTcpSocket>
#include <QUrl>

#include <algorithm>

namespace Haul::Test {

namespace {
// Bodies are queued in 64 KiB pieces and at most ~512 KiB ahead of the
// kernel, so a 200 MiB body never sits in the socket's write buffer.
constexpr qint64 PieceSize = 64 * 1024;
constexpr qint64 HighWater = 512 * 1024;
constexpr qsizetype MaxRequestHead = 64 * 1024;
} // namespace

TestConnection::TestConnection(QTcpSocket *socket, int id, Handler handler, QObject *parent)
    : QObject(parent), m_socket(socket), m_id(id), m_handler(std::move(handler))
{
    m_socket->setParent(this);
    m_timer.setSingleShot(true);
    m_timer.setTimerType(Qt::PreciseTimer); // a delay must never end early
    connect(&m_timer, &QTimer::timeout, this, [this] {
        switch (m_state) {
        case State::Delaying: startResponse(); break;
        case State::Writing: pump(); break;
        case State::Stalled: closeIncomplete(); break;
        default: break;
        }
    });
    connect(m_socket, &QTcpSocket::readyRead, this, &TestConnection::onReadyRead);
    connect(m_socket, &QTcpSocket::bytesWritten, this, &TestConnection::onBytesWritten);
    connect(m_socket, &QTcpSocket::disconnected, this, &TestConnection::onDisconnected);
    QMetaObject::invokeMethod(this, &TestConnection::onReadyRead, Qt::QueuedConnection);
}

TestConnection::~TestConnection()
{
    m_timer.stop();
    m_socket->disconnect(this);
    m_socket->abort();
}

void TestConnection::close()
{
    if (m_state == State::Closed)
        return;
    m_timer.stop();
    m_state = State::Closing;
    m_socket->abort();
    if (m_state != State::Closed) // abort() emits disconnected() only when it was connected
        onDisconnected();
}

void TestConnection::onReadyRead()
{
    m_buffer += m_socket->readAll();
    if (m_state == State::Idle)
        processNextRequest();
}

void TestConnection::onBytesWritten()
{
    if (m_state == State::Writing)
        pump();
    else if (m_state == State::Flushing && m_socket->bytesToWrite() == 0)
        completeResponse();
}

void TestConnection::onDisconnected()
{
    if (m_state == State::Closed)
        return;
    m_timer.stop();
    m_state = State::Closed;
    reportFinished(false);
    emit closed();
}

void TestConnection::processNextRequest()
{
    RecordedRequest request;
    if (!takeRequest(&request))
        return;
    request.connectionId = m_id;
    request.indexOnConnection = m_requestsOnConnection++;
    m_response = m_handler(request);
    m_responsePending = true;
    if (m_state != State::Idle) { // a requestReceived slot closed the connection
        reportFinished(false);
        return;
    }
    m_sent = 0;
    m_chunkLeft = 0;
    if (m_response.delayMs > 0) {
        m_state = State::Delaying;
        m_timer.start(m_response.delayMs);
        return;
    }
    startResponse();
}

bool TestConnection::takeRequest(RecordedRequest *request)
{
    while (m_buffer.startsWith("\r\n")) // stray CRLFs between requests (RFC 9112 §2.2)
        m_buffer.remove(0, 2);
    const qsizetype headEnd = m_buffer.indexOf("\r\n\r\n");
    if (headEnd < 0) {
        if (m_buffer.size() > MaxRequestHead)
            rejectAndClose(431);
        return false;
    }
    const QList<QByteArray> lines = m_buffer.left(headEnd).split('\n');
    const QList<QByteArray> requestLine = lines.first().trimmed().split(' ');
    if (requestLine.size() != 3 || !requestLine.at(2).startsWith("HTTP/1.")) {
        rejectAndClose(400);
        return false;
    }
    request->method = requestLine.at(0);
    request->target = requestLine.at(1);
    request->version = requestLine.at(2);
    request->headers.clear();
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).endsWith('\r') ? lines.at(i).chopped(1) : lines.at(i);
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0) {
            rejectAndClose(400);
            return false;
        }
        request->headers.append({line.left(colon), line.mid(colon + 1).trimmed()});
    }
    if (request->hasHeader("Transfer-Encoding")) { // chunked request bodies: not needed
        rejectAndClose(501);
        return false;
    }
    qint64 bodyLength = 0;
    if (request->hasHeader("Content-Length")) {
        bool ok = false;
        bodyLength = request->header("Content-Length").toLongLong(&ok);
        if (!ok || bodyLength < 0) {
            rejectAndClose(400);
            return false;
        }
    }
    if (m_buffer.size() < headEnd + 4 + bodyLength)
        return false;
    request->body = m_buffer.mid(headEnd + 4, bodyLength);
    m_buffer.remove(0, headEnd + 4 + bodyLength);

    QByteArray rawPath = request->target;
    if (!rawPath.startsWith('/')) // absolute-form, e.g. through a proxy
        rawPath = QUrl::fromEncoded(rawPath).path(QUrl::FullyEncoded).toLatin1();
    if (const qsizetype query = rawPath.indexOf('?'); query >= 0)
        rawPath.truncate(query);
    request->path = QUrl::fromPercentEncoding(rawPath);
    return true;
}

void TestConnection::rejectAndClose(int status)
{
    m_state = State::Closing;
    m_socket->write("HTTP/1.1 " + QByteArray::number(status)
                    + " Rejected\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
    m_socket->disconnectFromHost();
}

void TestConnection::startResponse()
{
    m_socket->write(m_response.head());
    if (m_response.headOnly) {
        m_state = State::Flushing;
        return; // bytesWritten completes the response
    }
    m_state = State::Writing;
    m_bodyClock.start();
    pump();
}

void TestConnection::pump()
{
    const TestResponse &r = m_response;
    while (m_state == State::Writing && m_socket->bytesToWrite() < HighWater) {
        if (r.stallAfter >= 0 && m_sent >= std::min(r.stallAfter, r.bodyLength)) {
            m_state = State::Stalled;
            if (r.stallCloseAfterMs >= 0)
                m_timer.start(r.stallCloseAfterMs);
            return;
        }
        if (r.truncateAfter >= 0 && m_sent >= std::min(r.truncateAfter, r.bodyLength)) {
            closeIncomplete();
            return;
        }
        if (m_sent >= r.bodyLength) {
            finishBody();
            return;
        }
        qint64 piece = std::min(PieceSize, r.bodyLength - m_sent);
        if (r.stallAfter >= 0)
            piece = std::min(piece, r.stallAfter - m_sent);
        if (r.truncateAfter >= 0)
            piece = std::min(piece, r.truncateAfter - m_sent);
        if (r.throttleBytesPerSecond > 0) {
            const qint64 rate = r.throttleBytesPerSecond;
            const qint64 allowed = rate * m_bodyClock.elapsed() / 1000 - m_sent;
            if (allowed <= 0) {
                // Sleep until about a twentieth of a second's worth is due.
                const qint64 want = std::clamp<qint64>(rate / 20, 1, piece);
                const qint64 dueMs = (m_sent + want) * 1000 / rate + 1;
                m_timer.start(int(std::max<qint64>(1, dueMs - m_bodyClock.elapsed())));
                return;
            }
            piece = std::min(piece, allowed);
        }
        if (r.chunked) {
            if (m_chunkLeft == 0) {
                m_chunkLeft = std::min(r.chunkSize, r.bodyLength - m_sent);
                m_socket->write(QByteArray::number(m_chunkLeft, 16) + "\r\n");
            }
            piece = std::min(piece, m_chunkLeft);
        }
        m_socket->write(r.data.constData() + r.bodyOffset + m_sent, piece);
        m_sent += piece;
        if (r.chunked && (m_chunkLeft -= piece) == 0)
            m_socket->write("\r\n");
    }
}

void TestConnection::finishBody()
{
    if (m_response.chunked)
        m_socket->write("0\r\n\r\n");
    m_state = State::Flushing;
    if (m_socket->bytesToWrite() == 0)
        completeResponse();
}

void TestConnection::completeResponse()
{
    const bool close = m_response.closeAfter || m_response.framingLies();
    reportFinished(true);
    if (close) {
        m_state = State::Closing;
        m_socket->disconnectFromHost();
        return;
    }
    m_state = State::Idle;
    processNextRequest(); // a pipelined request may already be buffered
}

void TestConnection::closeIncomplete()
{
    m_state = State::Closing;
    m_socket->disconnectFromHost(); // flushes what was written, then FIN
}

void TestConnection::reportFinished(bool complete)
{
    if (!m_responsePending)
        return;
    m_responsePending = false;
    const int index = m_response.requestIndex;
    m_response = TestResponse(); // drop the reference to a possibly huge body
    emit responseFinished(index, complete);
}

} // namespace Haul::Test
