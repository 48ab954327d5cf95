// SPDX-License-Identifier: MIT
#include "segmentedtransfer.h"

#include "replysupport.h"

#include <QAuthenticator>
#include <QCoreApplication>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkCookieJar>
#include <QNetworkProxy>
#include <QNetworkReply>
#ifndef QT_NO_SSL
#include <QSslPreSharedKeyAuthenticator>
#endif
#include <algorithm>

Q_DECLARE_LOGGING_CATEGORY(lcNet)

namespace Haul {

namespace {

// Read from each connection in turn, this much at a time, so that one fast
// connection cannot take all of the engine's room.
constexpr qint64 FairShare = 256 * 1024;

} // namespace

SegmentedTransfer::SegmentedTransfer(Setup setup, QNetworkAccessManager *primary, RateLimits limits, QObject *parent)
    : QObject(parent), m_setup(std::move(setup)), m_primary(primary), m_limits(std::move(limits)),
      m_plan(m_setup.basis.from, m_setup.basis.extent, m_setup.basis.done,
             SegmentPlan::pieceSizeFor(m_setup.basis.extent - m_setup.basis.from, m_setup.connections, m_setup.minPiece),
             m_setup.minPiece)
{
    m_rateTimer.setSingleShot(true);
    connect(&m_rateTimer, &QTimer::timeout, this, &SegmentedTransfer::pump);
}

SegmentedTransfer::~SegmentedTransfer()
{
    stop();
}

QNetworkAccessManager *SegmentedTransfer::managerFor(int id)
{
    if (id == 0 && m_primary)
        return m_primary;
    // A manager of its own, set up like the caller's: its proxy and cookies apply.
    auto *m = new QNetworkAccessManager(this);
    if (m_primary) {
        m->setProxy(m_primary->proxy());
        m->setRedirectPolicy(m_primary->redirectPolicy());
        m->setStrictTransportSecurityEnabled(m_primary->isStrictTransportSecurityEnabled());
        if (QNetworkCookieJar *jar = m_primary->cookieJar()) {
            QObject *owner = jar->parent();
            m->setCookieJar(jar); // shared, still owned where it was
            jar->setParent(owner);
        }
        // Whoever answers the caller's manager for credentials answers for this
        // one too: the signals are passed on directly, so the authenticator they
        // fill in is this request's.
        connect(m, &QNetworkAccessManager::authenticationRequired, m_primary.data(),
                &QNetworkAccessManager::authenticationRequired);
        connect(m, &QNetworkAccessManager::proxyAuthenticationRequired, m_primary.data(),
                &QNetworkAccessManager::proxyAuthenticationRequired);
#ifndef QT_NO_SSL
        connect(m, &QNetworkAccessManager::preSharedKeyAuthenticationRequired, m_primary.data(),
                &QNetworkAccessManager::preSharedKeyAuthenticationRequired);
        connect(m, &QNetworkAccessManager::sslErrors, m_primary.data(), &QNetworkAccessManager::sslErrors);
#endif
    }
    return m;
}

void SegmentedTransfer::start(QNetworkReply *first)
{
    const int count = qBound(1, m_setup.connections, 16);
    for (int id = 0; id < count; ++id) {
        auto c = std::make_unique<Connection>();
        c->id = id;
        c->connectTimer.setSingleShot(true);
        c->stallTimer.setSingleShot(true);
        c->retryTimer.setSingleShot(true);
        Connection *raw = c.get();
        connect(&c->connectTimer, &QTimer::timeout, this, [this, raw] {
            // The same words as a single connection's (Download's context).
            Failure f = Failure::make(ErrorKind::Transport, QCoreApplication::translate("Haul::Download", "connection timed out after %1 s")
                                                                .arg(m_setup.connectTimeoutMs / 1000.0));
            f.transient = true;
            connectionFailed(*raw, f);
        });
        connect(&c->stallTimer, &QTimer::timeout, this, [this, raw] {
            connectionFailed(*raw, Failure::make(ErrorKind::Stalled, QCoreApplication::translate("Haul::Download", "no data received for %1 s")
                                                                         .arg(m_setup.stallTimeoutMs / 1000.0)));
        });
        connect(&c->retryTimer, &QTimer::timeout, this, [this, raw] { request(*raw); });
        m_connections.push_back(std::move(c));
    }
    Connection &primary = *m_connections.front();
    primary.manager = m_primary;
    primary.reply = first;
    primary.accepted = true;
    primary.first = primary.next = m_setup.basis.from;
    primary.last = m_setup.basis.extent - 1; // "bytes=N-"
    if (first && m_plan.claimAt(0, m_setup.basis.from)) {
        watch(primary);
    } else {
        // Resumed with the prefix complete: the first response has nothing to give.
        drop(primary);
        request(primary);
    }
    for (size_t i = 1; i < m_connections.size() && !m_over; ++i)
        request(*m_connections[i]);
    if (!m_over) {
        emit connectionsChanged(activeConnections(), SplitRefusal::None);
        pump();
    }
}

void SegmentedTransfer::request(Connection &c)
{
    if (m_over || c.retired)
        return;
    drop(c);
    const auto piece = m_plan.assign(c.id, c.want);
    if (!piece) {
        checkFinished(); // nothing left worth splitting: this connection rests
        return;
    }
    if (!c.manager)
        c.manager = managerFor(c.id);
    c.first = c.next = piece->pos;
    c.last = piece->end - 1;
    QNetworkRequest req = rawRequest(m_setup.url, m_setup.basis.requestHeaders(m_setup.headers, c.first, c.last));
    c.sent.start();
    c.reply = c.manager->get(req);
    c.reply->setReadBufferSize(readBufferFor(m_setup.readBufferSize, m_limits.rate()));
    watch(c);
    if (m_setup.connectTimeoutMs > 0)
        c.connectTimer.start(m_setup.connectTimeoutMs);
}

void SegmentedTransfer::watch(Connection &c)
{
    QNetworkReply *reply = c.reply;
    Connection *raw = &c;
    connect(reply, &QNetworkReply::metaDataChanged, this, [this, raw] { onHead(*raw); });
    connect(reply, &QIODevice::readyRead, this, [this, raw] {
        if (!raw->accepted)
            onHead(*raw);
        pump();
    });
    connect(reply, &QNetworkReply::finished, this, [this, raw] {
        if (!raw->accepted)
            onHead(*raw);
        pump();
    });
#ifndef QT_NO_SSL
    connect(reply, &QNetworkReply::sslErrors, this, [this, reply](const QList<QSslError> &errors) {
        if (m_setup.insecure)
            reply->ignoreSslErrors(errors);
    });
#endif
}

void SegmentedTransfer::onHead(Connection &c)
{
    if (m_over || !c.reply || c.accepted)
        return;
    if (!hasFinalHead(c.reply)) {
        if (c.reply->isFinished())
            connectionFailed(c, transportFailureOf(c.reply));
        return;
    }
    c.connectTimer.stop();
    const int status = statusOf(c.reply);
    QString why;
    switch (m_setup.basis.check(status, headersOf(c.reply), c.first, c.last, &why)) {
    case SegmentBasis::Verdict::Accept:
        c.accepted = true;
        c.waitNs = c.sent.isValid() ? c.sent.nsecsElapsed() : 0;
        c.receiving.start();
        c.receivedFrom = c.next;
        return;
    case SegmentBasis::Verdict::Changed:
        qCInfo(lcNet) << "segment" << c.first << c.last << why;
        stop();
        emit changed(why);
        return;
    case SegmentBasis::Verdict::Retry: {
        Failure f = Failure::make(ErrorKind::UnexpectedStatus, why);
        f.httpStatus = status;
        f.transient = true;
        connectionFailed(c, f);
        return;
    }
    case SegmentBasis::Verdict::NotHonored:
    case SegmentBasis::Verdict::Fatal:
        qCInfo(lcNet) << "retiring a connection:" << why;
        retire(c, SplitRefusal::RangesStopped, Failure::make(ErrorKind::ServerMisconfigured, why));
        return;
    }
}

void SegmentedTransfer::pump()
{
    if (m_over || m_pumping)
        return;
    m_pumping = true; // chunk() handlers may call back in
    bool more = true;
    while (more && !m_over) {
        more = false;
        for (size_t i = 0; i < m_connections.size() && !m_over; ++i) {
            Connection &c = *m_connections[i];
            if (!c.reply || !c.accepted)
                continue;
            if (!read(c, FairShare)) {
                more = false;
                break;
            }
            if (c.reply && c.reply->bytesAvailable() > 0)
                more = true;
        }
        if (m_setup.hasRoom && !m_setup.hasRoom())
            break;
    }
    m_pumping = false;
}

bool SegmentedTransfer::read(Connection &c, qint64 budget)
{
    QNetworkReply *reply = c.reply;
    while (reply->bytesAvailable() > 0 && budget > 0) {
        if (m_setup.hasRoom && !m_setup.hasRoom())
            return false;
        const auto piece = m_plan.piece(c.id);
        if (!piece || piece->remaining() == 0) {
            pieceDone(c);
            return !m_over;
        }
        const qint64 allowed = m_limits.available();
        if (allowed <= 0) {
            waitForAllowance();
            return false;
        }
        const qint64 want = std::min<qint64>({qint64(piece->remaining()), allowed, budget});
        const QByteArray bytes = takeBytes(reply, want);
        if (bytes.isEmpty())
            break;
        m_limits.consume(bytes.size());
        budget -= bytes.size();
        const quint64 at = c.next;
        c.next += quint64(bytes.size());
        c.progressed = true;
        m_plan.advance(c.id, quint64(bytes.size()));
        emit chunk(at, bytes);
        if (m_over)
            return false;
        if (m_plan.piece(c.id)->remaining() == 0) {
            pieceDone(c);
            return !m_over;
        }
    }
    if (reply->bytesAvailable() > 0) {
        c.stallTimer.stop(); // waiting for us, not for the server
    } else if (reply->isFinished()) {
        // The body ended before the piece did: a cut, or an error.
        Failure f = reply->error() == QNetworkReply::NoError
            ? Failure::make(ErrorKind::Partial, tr("the server ended a segment early at byte %1").arg(c.next))
            : transportFailureOf(reply);
        f.transient = f.transient || f.kind == ErrorKind::Partial;
        connectionFailed(c, f);
    } else if (m_setup.stallTimeoutMs > 0) {
        c.stallTimer.start(m_setup.stallTimeoutMs);
    }
    return !m_over;
}

quint64 SegmentedTransfer::wantedPiece(const Connection &c)
{
    // Each new request leaves the connection idle for about a round trip (the
    // wait for its head). Pieces that take some 32 of those to read keep that
    // under about 3 %; on loopback or a LAN the plan's pieces are larger anyway.
    constexpr double RoundTripsPerPiece = 32;
    if (c.waitNs <= 0 || !c.receiving.isValid() || c.next <= c.receivedFrom)
        return 0;
    const qint64 ns = qMax<qint64>(c.receiving.nsecsElapsed(), 1);
    const double bytesPerNs = double(c.next - c.receivedFrom) / double(ns);
    return quint64(std::min(bytesPerNs * double(c.waitNs) * RoundTripsPerPiece, double(SegmentPlan::MaxRequestedPiece)));
}

void SegmentedTransfer::pieceDone(Connection &c)
{
    // No more than a fair share of what is left, so that the last pieces stay
    // small: a split piece's request still runs to its old end, and what the
    // server sends past the split is thrown away.
    c.want = std::min<quint64>(wantedPiece(c), m_plan.unownedBytes() / quint64(qMax(1, m_setup.connections)));
    // Straight on into the next bytes when they are free and this response carries them.
    if (c.next <= c.last && m_plan.claimAt(c.id, c.next, c.want)) {
        c.progressed = true;
        return;
    }
    checkFinished();
    if (!m_over)
        request(c);
}

void SegmentedTransfer::connectionFailed(Connection &c, const Failure &failure)
{
    if (m_over)
        return;
    m_lastFailure = failure;
    drop(c);
    m_plan.release(c.id);
    const auto delay = m_setup.retry.nextDelay(failure, c.failures, c.progressed);
    if (!delay) {
        retire(c, SplitRefusal::None, failure);
        return;
    }
    if (!c.progressed)
        ++c.failures;
    else
        c.failures = 0;
    c.progressed = false;
    qCInfo(lcNet) << "segment connection" << c.id << "failed:" << failure.message << "retrying in" << *delay << "s";
    c.retryTimer.start(int(*delay * 1000));
    // Its piece is free again: a resting connection can take it meanwhile.
    for (auto &other : m_connections)
        if (!other->retired && !other->reply && !other->retryTimer.isActive() && other.get() != &c)
            request(*other);
}

void SegmentedTransfer::retire(Connection &c, SplitRefusal why, const Failure &failure)
{
    m_lastFailure = failure;
    drop(c);
    m_plan.release(c.id);
    c.retired = true;
    c.retryTimer.stop();
    const int active = activeConnections();
    if (active == 0) {
        stop();
        emit failed(m_lastFailure);
        return;
    }
    if (why != SplitRefusal::None && active != m_lastReported) {
        m_lastReported = active;
        emit connectionsChanged(active, why);
    }
    // Someone else takes over the piece it gave back.
    for (auto &other : m_connections)
        if (!other->retired && !other->reply && !other->retryTimer.isActive())
            request(*other);
}

void SegmentedTransfer::drop(Connection &c)
{
    c.connectTimer.stop();
    c.stallTimer.stop();
    c.accepted = false;
    if (!c.reply)
        return;
    QNetworkReply *reply = std::exchange(c.reply, nullptr);
    disconnect(reply, nullptr, this, nullptr);
    if (!reply->isFinished())
        reply->abort();
    reply->deleteLater();
}

void SegmentedTransfer::checkFinished()
{
    if (m_over || !m_plan.finished())
        return;
    stop();
    emit completed();
}

void SegmentedTransfer::stop()
{
    m_over = true;
    m_rateTimer.stop();
    for (auto &c : m_connections) {
        c->retryTimer.stop();
        drop(*c);
    }
}

int SegmentedTransfer::activeConnections() const
{
    return int(std::count_if(m_connections.cbegin(), m_connections.cend(), [](const auto &c) { return !c->retired; }));
}

void SegmentedTransfer::waitForAllowance()
{
    if (m_rateTimer.isActive())
        return;
    constexpr qint64 Worthwhile = 16 * 1024;
    m_rateTimer.start(int(std::clamp<qint64>(m_limits.msUntil(Worthwhile), 1, 1000)));
}

} // namespace Haul
