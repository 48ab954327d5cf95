// SPDX-License-Identifier: MIT
#pragma once

#include "recordedrequest.h"
#include "testresponse.h"

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

#include <functional>

class QTcpSocket;

namespace Haul::Test {

// One accepted TCP connection of TestServer: parses requests one at a time
// (keep-alive and pipelining) and writes each response in pieces driven by
// bytesWritten, applying the response's faults. Internal to TestServer.
class TestConnection : public QObject
{
    Q_OBJECT

public:
    // Records the request and returns the response plan for it.
    using Handler = std::function<TestResponse(RecordedRequest &)>;

    TestConnection(QTcpSocket *socket, int id, Handler handler, QObject *parent = nullptr);
    ~TestConnection() override;

    int id() const { return m_id; }
    bool isOpen() const { return m_state != State::Closed; }
    // Close now (ends a stall); an unfinished response is reported incomplete.
    void close();

signals:
    void responseFinished(int requestIndex, bool complete);
    void closed();

private:
    enum class State { Idle, Delaying, Writing, Flushing, Stalled, Closing, Closed };

    void onReadyRead();
    void onBytesWritten();
    void onDisconnected();
    void processNextRequest();
    bool takeRequest(RecordedRequest *request);
    void rejectAndClose(int status);
    void startResponse();
    void pump();
    void finishBody();
    void completeResponse();
    void closeIncomplete();
    void reportFinished(bool complete);

    QTcpSocket *m_socket;
    int m_id;
    Handler m_handler;
    State m_state = State::Idle;
    QByteArray m_buffer;
    int m_requestsOnConnection = 0;
    bool m_responsePending = false; // head planned, finished not yet reported

    TestResponse m_response;
    qint64 m_sent = 0;        // payload bytes written
    qint64 m_chunkLeft = 0;   // payload bytes left in the open chunk
    QElapsedTimer m_bodyClock;
    QTimer m_timer;           // delay, throttle and stall-close waits
};

} // namespace Haul::Test
