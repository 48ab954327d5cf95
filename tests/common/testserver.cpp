// SPDX-License-Identifier: MIT
#include "testserver.h"

#include "testconnection.h"
#include "testresponse.h"

#include <QTcpServer>
#include <QTcpSocket>

#include <cstring>

namespace Haul::Test {

TestServer::TestServer(QObject *parent) : QObject(parent), m_server(new QTcpServer(this))
{
    connect(m_server, &QTcpServer::newConnection, this, &TestServer::onNewConnection);
}

TestServer::~TestServer()
{
    // Connections die first and silently: no signals into a half-destroyed server.
    for (const auto &connection : std::as_const(m_connections)) {
        if (connection) {
            connection->disconnect(this);
            delete connection.data();
        }
    }
}

bool TestServer::listen()
{
    return m_server->listen(QHostAddress::LocalHost, 0);
}

bool TestServer::isListening() const
{
    return m_server->isListening();
}

quint16 TestServer::port() const
{
    return m_server->serverPort();
}

QString TestServer::errorString() const
{
    return m_server->errorString();
}

QUrl TestServer::url(const QString &path) const
{
    QString pathPart = path;
    QString query;
    if (const qsizetype mark = path.indexOf(u'?'); mark >= 0) {
        pathPart = path.left(mark);
        query = path.mid(mark + 1);
    }
    if (!pathPart.startsWith(u'/'))
        pathPart.prepend(u'/');
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(port());
    url.setPath(pathPart);
    if (!query.isNull())
        url.setQuery(query);
    return url;
}

void TestServer::setResource(const QString &path, const Resource &resource)
{
    m_resources.insert(path, resource);
}

void TestServer::setResource(const QString &path, const QByteArray &body, const QByteArray &etag)
{
    Resource resource;
    resource.body = body;
    resource.etag = etag;
    setResource(path, resource);
}

void TestServer::removeResource(const QString &path)
{
    m_resources.remove(path);
}

bool TestServer::hasResource(const QString &path) const
{
    return m_resources.contains(path);
}

Resource TestServer::resource(const QString &path) const
{
    return m_resources.value(path);
}

void TestServer::addFault(const QString &path, const Fault &fault, int count)
{
    if (count == 0)
        return;
    m_faults[path].append(FaultRule{fault, count < 0 ? Fault::Forever : count});
}

void TestServer::clearFaults(const QString &path)
{
    if (path.isEmpty())
        m_faults.clear();
    else
        m_faults.remove(path);
}

int TestServer::pendingFaultCount(const QString &path) const
{
    return int(m_faults.value(path).size());
}

QList<RecordedRequest> TestServer::requestsFor(const QString &path) const
{
    QList<RecordedRequest> result;
    for (const auto &request : m_requests) {
        if (request.path == path)
            result.append(request);
    }
    return result;
}

int TestServer::openConnectionCount() const
{
    int open = 0;
    for (const auto &connection : m_connections)
        open += connection && connection->isOpen() ? 1 : 0;
    return open;
}

void TestServer::closeAllConnections()
{
    const auto connections = m_connections; // close() may shrink the list
    for (const auto &connection : connections) {
        if (connection)
            connection->close();
    }
}

QByteArray TestServer::patternBody(qint64 size, quint32 seed)
{
    QByteArray body(qsizetype(size), Qt::Uninitialized);
    // xorshift64: cheap, deterministic, and not a repeating short pattern, so
    // an offset mistake shows up as a content mismatch.
    quint64 state = 0x9E3779B97F4A7C15ULL ^ (quint64(seed) << 32 | seed);
    char *out = body.data();
    qint64 i = 0;
    for (; i + 8 <= size; i += 8) {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        std::memcpy(out + i, &state, 8);
    }
    for (; i < size; ++i)
        out[i] = char(i * 31 + seed);
    return body;
}

void TestServer::onNewConnection()
{
    while (QTcpSocket *socket = m_server->nextPendingConnection()) {
        auto *connection = new TestConnection(
            socket, m_connectionsAccepted++,
            [this](RecordedRequest &request) { return respond(request); }, this);
        connect(connection, &TestConnection::responseFinished, this, &TestServer::responseFinished);
        connect(connection, &TestConnection::closed, this, [this, connection] {
            m_connections.removeAll(connection);
            connection->deleteLater();
        });
        m_connections.append(connection);
    }
}

TestResponse TestServer::respond(RecordedRequest &request)
{
    Fault fault;
    auto rules = m_faults.find(request.path);
    if (rules != m_faults.end()) {
        for (qsizetype i = 0; i < rules->size(); ++i) {
            FaultRule &rule = (*rules)[i];
            if (!rule.fault.unlessHeader.isEmpty() && request.hasHeader(rule.fault.unlessHeader))
                continue;
            fault = rule.fault;
            if (rule.remaining > 0 && --rule.remaining == 0)
                rules->removeAt(i);
            break;
        }
    }
    const auto resource = m_resources.constFind(request.path);
    TestResponse response = TestResponse::build(
        request, resource == m_resources.constEnd() ? nullptr : &*resource, fault);
    response.requestIndex = int(m_requests.size());
    request.responseStatus = response.status;
    m_requests.append(request);
    emit requestReceived(response.requestIndex);
    return response;
}

} // namespace Haul::Test
