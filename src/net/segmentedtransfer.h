// SPDX-License-Identifier: MIT
#pragma once

#include "failure.h"
#include "httpheaders.h"
#include "ratelimiter.h"
#include "retrypolicy.h"
#include "segmentbasis.h"
#include "segmentplan.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUrl>
#include <functional>
#include <memory>
#include <vector>

class QNetworkAccessManager;
class QNetworkReply;

namespace Haul {

// The connections of one segmented attempt. Each has a QNetworkAccessManager
// of its own — Qt 6.4 opens at most six connections per host and manager, and
// one manager per connection is the way past that which later Qt versions
// keep — and fetches the pieces a SegmentPlan gives it with bounded Range
// requests guarded by If-Range. Every response head is checked against the
// SegmentBasis before a byte of its body is read; the bytes then leave as
// chunk(offset, bytes), in order per connection, for the engine to write.
//
// A connection that fails, stalls or is cut gives its piece back and tries
// again per the retry policy; one whose server ignores the range is retired.
class SegmentedTransfer : public QObject
{
    Q_OBJECT

public:
    struct Setup
    {
        SegmentBasis basis;
        int connections = 1;
        QUrl url;                   // the first response's final URL
        HttpHeaders headers;        // the caller's
        RetryPolicy retry;
        int connectTimeoutMs = 0;
        int stallTimeoutMs = 0;
        qint64 readBufferSize = 1 << 20;
        bool insecure = false;
        quint64 minPiece = DefaultMinPiece;
        std::function<bool()> hasRoom; // whether the engine can take more bytes now
    };
    static constexpr quint64 DefaultMinPiece = 1024 * 1024;

    SegmentedTransfer(Setup setup, QNetworkAccessManager *primary, RateLimits limits, QObject *parent = nullptr);
    ~SegmentedTransfer() override;

    // Takes over the first response, already accepted for the bytes from basis.from
    // on, and opens the other connections.
    void start(QNetworkReply *first);
    // Reads what the engine has room for now.
    void pump();
    // Aborts every connection; no signal follows.
    void stop();
    int activeConnections() const;

Q_SIGNALS:
    void chunk(quint64 offset, const QByteArray &bytes);
    void completed();                           // every byte was handed over
    void failed(const Haul::Failure &failure);  // no connection is left to carry on
    void changed(const QString &why);           // another version of the file: start over
    void connectionsChanged(int active, Haul::SplitRefusal why);

private:
    struct Connection
    {
        int id = 0;
        QNetworkAccessManager *manager = nullptr;
        QNetworkReply *reply = nullptr;
        bool accepted = false;   // the head passed; the body is being read
        quint64 first = 0;       // requested part bytes [first, last]
        quint64 last = 0;
        quint64 next = 0;        // the part offset of the reply's next byte
        bool progressed = false; // bytes since the last failure
        int failures = 0;
        bool retired = false;
        QElapsedTimer sent;      // since its request went out
        qint64 waitNs = 0;       // from that request to its accepted head
        QElapsedTimer receiving; // since that head
        quint64 receivedFrom = 0;
        quint64 want = 0;        // the piece size it asks for; 0: the plan's
        QTimer connectTimer;
        QTimer stallTimer;
        QTimer retryTimer;
    };

    QNetworkAccessManager *managerFor(int id);
    void request(Connection &c);
    void watch(Connection &c);
    void onHead(Connection &c);
    // Reads one connection; false when it used up the engine's room or the budget.
    bool read(Connection &c, qint64 budget);
    void pieceDone(Connection &c);
    static quint64 wantedPiece(const Connection &c);
    void connectionFailed(Connection &c, const Failure &failure);
    void retire(Connection &c, SplitRefusal why, const Failure &failure);
    void drop(Connection &c);
    void checkFinished();
    void waitForAllowance();

    Setup m_setup;
    QPointer<QNetworkAccessManager> m_primary;
    RateLimits m_limits;
    SegmentPlan m_plan;
    std::vector<std::unique_ptr<Connection>> m_connections;
    QTimer m_rateTimer;
    Failure m_lastFailure;
    bool m_over = false;
    bool m_pumping = false;
    int m_lastReported = -1;
};

} // namespace Haul
