// SPDX-License-Identifier: MIT
#pragma once

#include "recordedrequest.h"
#include "testfault.h"
#include "testresource.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QUrl>

class QTcpServer;

namespace Haul::Test {

class TestConnection;
struct TestResponse;

// A fault-injecting HTTP/1.1 origin server on 127.0.0.1 for integration
// tests. It lives in the test's thread and event loop: wait for it with
// QSignalSpy::wait or QTRY_*, never with blocking socket calls.
//
// By default it answers correctly (GET/HEAD, single byte ranges, strong
// If-Range, 416, keep-alive, Connection: close). Faults are queued per path:
// each request takes the first queued fault and uses up one of its count.
//
//   TestServer server;
//   QVERIFY(server.listen());
//   server.setResource("/f.bin", TestServer::patternBody(1 << 20), "\"v1\"");
//   server.addFault("/f.bin", Fault::truncate(4096));      // first request cut
//   server.addFault("/f.bin", {.status = 503, .extraHeaders = {{"Retry-After", "2"}}});
//   ... run the client against server.url("/f.bin") ...
//   QCOMPARE(server.requestsFor("/f.bin").at(2).header("range"), "bytes=4096-");
class TestServer : public QObject
{
    Q_OBJECT

public:
    explicit TestServer(QObject *parent = nullptr);
    ~TestServer() override;

    // Listen on 127.0.0.1 with an OS-chosen port.
    bool listen();
    bool isListening() const;
    quint16 port() const;
    QString errorString() const;
    // http://127.0.0.1:PORT/path; a "?query" part is kept as the query.
    QUrl url(const QString &path) const;

    // Resources may be replaced at any time (a changed file on the server);
    // responses already under way keep sending the old bytes.
    void setResource(const QString &path, const Resource &resource);
    void setResource(const QString &path, const QByteArray &body, const QByteArray &etag = {});
    void removeResource(const QString &path);
    bool hasResource(const QString &path) const;
    Resource resource(const QString &path) const;

    // Apply fault to the next count requests for path (Fault::Forever: all).
    // Faults queue in the order added.
    void addFault(const QString &path, const Fault &fault, int count = 1);
    void clearFaults(const QString &path = {}); // empty path: every path
    int pendingFaultCount(const QString &path) const; // queued faults, not uses

    // Every request received, in arrival order; signals carry its index.
    QList<RecordedRequest> requests() const { return m_requests; }
    QList<RecordedRequest> requestsFor(const QString &path) const;
    RecordedRequest request(int index) const { return m_requests.value(index); }
    RecordedRequest lastRequest() const { return m_requests.value(m_requests.size() - 1); }
    int requestCount() const { return int(m_requests.size()); }

    int connectionCount() const { return m_connectionsAccepted; } // accepted so far
    int openConnectionCount() const;
    // Abort every connection (ends stalls); unfinished responses are reported incomplete.
    void closeAllConnections();

    // Deterministic pseudo-random bytes (fast enough for 200 MiB bodies).
    static QByteArray patternBody(qint64 size, quint32 seed = 1);

signals:
    void requestReceived(int index);
    // complete: every planned byte was handed to the kernel. False when the
    // response was truncated, stalled and closed, or the client went away.
    void responseFinished(int index, bool complete);

private:
    struct FaultRule
    {
        Fault fault;
        int remaining;
    };

    void onNewConnection();
    TestResponse respond(RecordedRequest &request);

    QTcpServer *m_server;
    QHash<QString, Resource> m_resources;
    QHash<QString, QList<FaultRule>> m_faults;
    QList<RecordedRequest> m_requests;
    QList<QPointer<TestConnection>> m_connections;
    int m_connectionsAccepted = 0;
};

} // namespace Haul::Test
