// SPDX-License-Identifier: MIT
#pragma once

#include "testfault.h"

#include <QByteArray>
#include <QObject>

#include <functional>

class QTcpSocket;

namespace Haul::Test {

// One HTTP response as a byte-level client saw it.
struct RawResponse
{
    int status = 0;
    HeaderList headers;
    QByteArray body;          // de-chunked when chunked (as far as received)
    qsizetype headSize = 0;   // bytes of status line + headers + blank line
    bool chunked = false;
    bool complete = false;    // the message's own framing ended it
    bool closed = false;      // the connection closed before/at its end
    bool timedOut = false;

    QByteArray header(QByteArrayView name) const; // case-insensitive; null when absent
    bool hasHeader(QByteArrayView name) const { return !header(name).isNull(); }
};

// A byte-level HTTP/1.1 client for asserting exactly what a server sends.
// Waits run the event loop, so it can talk to a TestServer in the same thread.
class RawHttpClient : public QObject
{
    Q_OBJECT

public:
    explicit RawHttpClient(QObject *parent = nullptr);
    ~RawHttpClient() override;

    bool connectToServer(quint16 port, int timeoutMs = 5000);
    bool isConnected() const;
    void send(const QByteArray &rawRequest);
    // Sends "METHOD path HTTP/1.1" with Host and the given header lines.
    void sendRequest(const QByteArray &method, const QByteArray &path,
                     const HeaderList &headers = {});
    // Waits for the next full response, the connection closing, or timeoutMs.
    // Pass headRequest for a HEAD so a Content-Length is not waited for.
    RawResponse readResponse(int timeoutMs = 10000, bool headRequest = false);
    // Waits until at least bytes bytes (head included) of unread data arrived.
    bool waitForBytes(qsizetype bytes, int timeoutMs = 10000);
    bool waitForDisconnected(int timeoutMs = 10000);
    qsizetype bufferedBytes() const { return m_buffer.size(); }

private:
    bool waitFor(const std::function<bool()> &condition, int timeoutMs);

    QTcpSocket *m_socket;
    QByteArray m_buffer;
};

} // namespace Haul::Test
