// SPDX-License-Identifier: MIT
#pragma once

#include "failure.h"
#include "httpheaders.h"
#include "progress.h"
#include "ratelimiter.h"
#include "resumeengine.h"
#include "retrypolicy.h"
#include "speedmeter.h"

#include <QNetworkAccessManager>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUrl>
#include <memory>

class QNetworkReply;

namespace Haul {

class SegmentedTransfer;

struct DownloadOptions
{
    HttpHeaders headers;               // extra request headers (User-Agent, Authorization, ...)
    QByteArray expectedSha256;         // hex; verified before the destination appears
    RetryPolicy retry;                 // retry.maxRetries = 0: one attempt only
    int connectTimeoutMs = 30000;      // until the response head; 0: none
    int stallTimeoutMs = 60000;        // no body bytes for this long ends the attempt; 0: none
    bool insecure = false;             // skip TLS certificate verification
    qint64 readBufferSize = 1 << 20;   // bound on Qt's per-reply buffer (also back-pressure)
    qint64 rateLimit = 0;              // bytes per second for this download; 0: none
    // Connections for one file (1-16). More than one splits the file when the
    // server serves byte ranges of a known length guarded by a validator.
    int connections = 1;
    std::shared_ptr<RateLimiter> sharedLimit; // a limit several downloads share, e.g. a global one
    EngineOptions engine;              // checkpoint cadence, block size, ...
    // dest is a folder: the file name comes from the first response's
    // Content-Disposition, else from the URL path (made safe either way).
    bool nameFromResponse = false;
    // What to do, in nameFromResponse mode, when the named file already exists.
    enum class ExistingFile {
        Overwrite, // replace it once the new file is complete
        Rename,    // use "name (1).ext", "name (2).ext", ...
        Refuse,    // fail with ErrorKind::Destination; the caller may ask the user
    };
    ExistingFile existingFile = ExistingFile::Overwrite;
};

// One file downloaded over a borrowed QNetworkAccessManager: its proxy, cookies
// and TLS settings apply. Each attempt is one QNetworkReply feeding a
// ResumeEngine; disk writes and hashing run on the EngineThread, never on the
// manager's thread. Failed attempts are retried per DownloadOptions::retry.
//
//   auto *d = new Haul::Download(&manager, url, "/tmp/file.iso");
//   connect(d, &Haul::Download::finished, ...); connect(d, &Haul::Download::failed, ...);
//   d->start();
class Download : public QObject
{
    Q_OBJECT

public:
    enum class State { Idle, Connecting, Downloading, WaitingToRetry, Complete, Failed };
    Q_ENUM(State)

    Download(QNetworkAccessManager *manager, const QUrl &url, const QString &dest,
             DownloadOptions options = {}, QObject *parent = nullptr);
    ~Download() override;

    // The manager for the next attempts (borrowed, not owned).
    void setManager(QNetworkAccessManager *manager) { m_manager = manager; }
    QUrl url() const { return m_url; }
    // The destination file; in nameFromResponse mode empty until the first response names it.
    QString dest() const { return m_named ? m_dest : QString(); }
    State state() const { return m_state; }
    Progress progress() const { return m_progress; }
    int attempts() const { return m_attempts; }
    const Result &result() const { return m_result; }
    const Failure &lastFailure() const { return m_failure; }

public Q_SLOTS:
    void start();
    // Stops now, saving a checkpoint; emits failed() with ErrorKind::Cancelled.
    void cancel();
    // While waiting to retry: the next attempt starts now.
    void retryNow();
    // This download's own limit, bytes per second (0: none), from the next read on.
    void setRateLimit(qint64 bytesPerSecond);

Q_SIGNALS:
    void stateChanged(Haul::Download::State state);
    void destinationResolved(const QString &dest);
    // The head of each attempt's final response (after redirects): status and validators.
    void responseReceived(int status, const Haul::HttpHeaders &headers);
    // How many connections carry the file now, and why not more (SplitRefusal::None:
    // as many as asked for, or as many as there is work for).
    void connectionsChanged(int connections, Haul::SplitRefusal why);
    // At most about ten a second, plus one at the end of each attempt.
    void progressChanged(const Haul::Progress &progress);
    void attemptFailed(const Haul::Failure &failure, int attempt, double retryInSeconds);
    void finished(const Haul::Result &result);
    void failed(const Haul::Failure &failure);

private:
    // What a job on the engine thread was, so its answer is read the right way.
    enum class Job { Begin, Resolve, Head, Chunk, End, Abort };
    struct Answer
    {
        ResumeEngine::Step step = ResumeEngine::Step::Failed;
        Progress progress;
        Failure failure;
        Result result;
        HttpHeaders request;
        std::optional<SegmentBasis> basis; // Head: whether other connections may help
        SplitRefusal refusal = SplitRefusal::None;
    };

    void startAttempt();
    void sendRequest(const HttpHeaders &headers);
    void onMetaData();
    void pump();
    void postHead();
    qint64 allowance();
    void waitForAllowance();
    void post(Job job, std::function<ResumeEngine::Step(ResumeEngine &)> work, qint64 bytes = 0);
    void onAnswer(Job job, const Answer &answer, qint64 bytes);
    void stopAttempt(Job job, const Failure &failure);
    void endAttempt(const Answer &answer);
    void failAttempt(const Failure &failure);
    void setState(State state);
    void emitProgress(bool force);
    void dropReply();
    // After the first response: more connections, or why not.
    bool startSegments(const Answer &answer);
    qint64 maxInFlight() const;

    QPointer<QNetworkAccessManager> m_manager;
    QUrl m_url;
    QString m_dest;
    DownloadOptions m_options;
    std::shared_ptr<ResumeEngine> m_engine;
    QObject *m_engineContext;     // this download's engine thread, for all its jobs
    QNetworkReply *m_reply = nullptr;
    QTimer m_connectTimer;
    QTimer m_stallTimer;
    QTimer m_retryTimer;
    QTimer m_rateTimer;
    RateLimiter m_limit;
    RateLimits m_limits;
    SegmentedTransfer *m_transfer = nullptr; // this attempt's connections, when segmented
    bool m_rangesStopped = false;             // the server stopped honouring ranges: one connection
    SpeedMeter m_speed;
    qint64 m_lastProgressMs = 0;
    QElapsedTimer m_clock;
    State m_state = State::Idle;
    int m_attempts = 0;
    int m_retriesUsed = 0;
    quint64 m_attemptStartHighWater = 0;
    qint64 m_inFlight = 0;       // bytes posted to the engine thread, not yet written
    bool m_headPosted = false;
    bool m_bodyAccepted = false;
    bool m_replyFinished = false;
    bool m_endPosted = false;     // end of body, an error or an abort went to the engine
    bool m_attemptOver = false;   // the engine reached a verdict for this attempt
    bool m_cancelled = false;
    bool m_named = true;          // m_dest is the destination file
    int m_status = 0;             // the response head waiting for the engine
    HttpHeaders m_responseHeaders;
    Progress m_progress;
    Result m_result;
    Failure m_failure;
};

} // namespace Haul
