// SPDX-License-Identifier: MIT
#include "download.h"

#include "enginethread.h"
#include "filenames.h"

#include <QDir>
#include <QFileInfo>
#include <algorithm>
#include <climits>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

Q_LOGGING_CATEGORY(lcNet, "haul.net", QtWarningMsg)

namespace Haul {

namespace {

// Bytes handed to the engine thread but not yet written: beyond this the reply
// is left unread, its bounded buffer fills and Qt stops reading the socket.
constexpr qint64 MaxInFlight = 4 * 1024 * 1024;
constexpr qint64 ProgressIntervalMs = 100;

bool isConnectionClass(QNetworkReply::NetworkError e)
{
    switch (e) {
    case QNetworkReply::ConnectionRefusedError:
    case QNetworkReply::RemoteHostClosedError:
    case QNetworkReply::HostNotFoundError:
    case QNetworkReply::TimeoutError:
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::NetworkSessionFailedError:
    case QNetworkReply::UnknownNetworkError:
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyConnectionClosedError:
    case QNetworkReply::ProxyNotFoundError:
    case QNetworkReply::ProxyTimeoutError:
    case QNetworkReply::UnknownProxyError:
    case QNetworkReply::ProtocolFailure:
        return true;
    default:
        return false;
    }
}

} // namespace

Download::Download(QNetworkAccessManager *manager, const QUrl &url, const QString &dest, DownloadOptions options,
                   QObject *parent)
    : QObject(parent), m_manager(manager), m_url(url), m_dest(dest), m_options(std::move(options)),
      m_engineContext(EngineThread::context())
{
    m_options.engine.expectedSha256 = m_options.expectedSha256.toLower();
    m_named = !m_options.nameFromResponse;
    // Unnamed, the engine only composes the first request (a fresh one, §3.1).
    m_engine = std::make_shared<ResumeEngine>(m_named ? m_dest : QDir(m_dest).filePath(QStringLiteral("unnamed")), m_url,
                                              m_options.engine);
    m_connectTimer.setSingleShot(true);
    m_stallTimer.setSingleShot(true);
    m_retryTimer.setSingleShot(true);
    m_rateTimer.setSingleShot(true);
    m_limit.setRate(m_options.rateLimit);
    connect(&m_rateTimer, &QTimer::timeout, this, &Download::pump);
    connect(&m_connectTimer, &QTimer::timeout, this, [this] {
        Failure f = Failure::make(ErrorKind::Transport, tr("connection timed out after %1 s").arg(m_options.connectTimeoutMs / 1000.0));
        f.transient = true;
        stopAttempt(Job::End, f);
    });
    connect(&m_stallTimer, &QTimer::timeout, this, [this] {
        Failure f = Failure::make(ErrorKind::Stalled, tr("no data received for %1 s").arg(m_options.stallTimeoutMs / 1000.0));
        stopAttempt(Job::Abort, f);
    });
    connect(&m_retryTimer, &QTimer::timeout, this, &Download::startAttempt);
    m_clock.start();
}

Download::~Download()
{
    dropReply();
    // Jobs already queued for this download finish before it goes away; none can call back after.
    EngineThread::drain(m_engineContext);
}

void Download::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    emit stateChanged(state);
}

void Download::start()
{
    if (m_state == State::Connecting || m_state == State::Downloading)
        return;
    m_retryTimer.stop();
    m_attempts = 0;
    m_retriesUsed = 0;
    m_cancelled = false;
    m_failure = Failure();
    startAttempt();
}

void Download::cancel()
{
    if (m_state == State::Connecting || m_state == State::Downloading) {
        m_cancelled = true;
        stopAttempt(Job::Abort, Failure::make(ErrorKind::Cancelled, tr("cancelled")));
    } else if (m_state == State::WaitingToRetry || m_state == State::Idle) {
        m_retryTimer.stop();
        m_failure = Failure::make(ErrorKind::Cancelled, tr("cancelled"));
        setState(State::Failed);
        emit failed(m_failure);
    }
}

void Download::retryNow()
{
    if (m_state == State::WaitingToRetry && m_retryTimer.isActive()) {
        m_retryTimer.stop();
        startAttempt();
    }
}

void Download::setRateLimit(qint64 bytesPerSecond)
{
    m_options.rateLimit = bytesPerSecond;
    m_limit.setRate(bytesPerSecond);
    pump(); // lifted: read what the bounded buffer holds now
}

void Download::startAttempt()
{
    ++m_attempts;
    m_headPosted = m_bodyAccepted = m_replyFinished = m_endPosted = m_attemptOver = false;
    m_inFlight = 0;
    m_attemptStartHighWater = m_progress.highWater;
    m_speed.reset();
    setState(State::Connecting);
    if (!m_named) {
        if (auto f = checkUrl(m_url)) {
            endAttempt({ResumeEngine::Step::Failed, m_progress, *f, {}, {}});
            return;
        }
        sendRequest(m_engine->requestHeaders(m_options.headers));
        return;
    }
    // begin() reads the control file: disk I/O stays off this thread too.
    post(Job::Begin, [](ResumeEngine &e) {
        return e.begin() ? ResumeEngine::Step::Failed : ResumeEngine::Step::Continue;
    });
}

void Download::post(Job job, std::function<ResumeEngine::Step(ResumeEngine &)> work, qint64 bytes)
{
    std::shared_ptr<ResumeEngine> engine = m_engine;
    const HttpHeaders caller = m_options.headers;
    QMetaObject::invokeMethod(m_engineContext, [this, engine, job, work = std::move(work), bytes, caller] {
        Answer a;
        a.step = work(*engine);
        a.progress = engine->progress();
        if (a.step == ResumeEngine::Step::Failed)
            a.failure = engine->failure();
        else if (a.step == ResumeEngine::Step::Complete)
            a.result = engine->result();
        if ((job == Job::Begin || job == Job::Resolve) && a.step == ResumeEngine::Step::Continue)
            a.request = engine->requestHeaders(caller);
        // Queued to this object: dropped if it is deleted first (its destructor drains this queue).
        QMetaObject::invokeMethod(this, [this, job, a, bytes] { onAnswer(job, a, bytes); }, Qt::QueuedConnection);
    }, Qt::QueuedConnection);
}

void Download::onAnswer(Job job, const Answer &answer, qint64 bytes)
{
    if (job == Job::Chunk)
        m_inFlight -= bytes;
    if (m_attemptOver)
        return; // answers to work queued before the verdict
    m_progress.validLength = answer.progress.validLength;
    m_progress.highWater = qMax(m_progress.highWater, answer.progress.highWater);
    m_progress.reportedLength = answer.progress.reportedLength;
    m_progress.bytesRead = answer.progress.bytesRead;
    m_progress.blocks = answer.progress.blocks;

    if (answer.step != ResumeEngine::Step::Continue) {
        endAttempt(answer);
        return;
    }
    if (m_endPosted && (job == Job::Begin || job == Job::Resolve))
        return; // cancelled meanwhile: the abort's answer ends the attempt, send nothing
    switch (job) {
    case Job::Begin:
        sendRequest(answer.request);
        emitProgress(true);
        break;
    case Job::Resolve:
        if (answer.request.value("range") == QByteArray("bytes=0-")) {
            postHead(); // nothing to resume: the response in hand is the right one
        } else {
            dropReply(); // a checkpoint exists under that name: ask again for the rest only
            m_headPosted = false;
            m_replyFinished = false;
            m_endPosted = false;
            sendRequest(answer.request);
        }
        emitProgress(true);
        break;
    case Job::Head:
        m_bodyAccepted = true;
        setState(State::Downloading);
        pump();
        break;
    case Job::Chunk:
        m_speed.addSample(m_progress.validLength);
        emitProgress(false);
        pump();
        break;
    case Job::End:
    case Job::Abort:
        break;
    }
}

void Download::sendRequest(const HttpHeaders &headers)
{
    if (!m_manager) {
        endAttempt({ResumeEngine::Step::Failed, m_progress,
                    Failure::make(ErrorKind::Transport, tr("the network manager is gone")), {}, {}});
        return;
    }
    QNetworkRequest request(m_url);
    for (const auto &field : headers.fields())
        request.setRawHeader(field.first, field.second);
    // Raw bytes only: with Accept-Encoding set by us, Qt neither adds its own nor decompresses.
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    request.setAttribute(QNetworkRequest::CacheSaveControlAttribute, false);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::NoLessSafeRedirectPolicy);
    m_reply = m_manager->get(request);
    qint64 bufferSize = m_options.readBufferSize;
    const qint64 rate = qMin(m_limit.isLimited() ? m_limit.rate() : LLONG_MAX,
                             m_options.sharedLimit && m_options.sharedLimit->isLimited() ? m_options.sharedLimit->rate() : LLONG_MAX);
    if (rate != LLONG_MAX)
        bufferSize = std::clamp<qint64>(rate / 4, 16 * 1024, qMax<qint64>(bufferSize, 16 * 1024)); // limited: the socket feels it sooner
    m_reply->setReadBufferSize(bufferSize);
    connect(m_reply, &QNetworkReply::metaDataChanged, this, &Download::onMetaData);
    connect(m_reply, &QIODevice::readyRead, this, &Download::pump);
    connect(m_reply, &QNetworkReply::finished, this, [this] {
        m_replyFinished = true;
        pump();
    });
#ifndef QT_NO_SSL
    connect(m_reply, &QNetworkReply::sslErrors, this, [this](const QList<QSslError> &errors) {
        if (m_options.insecure && m_reply)
            m_reply->ignoreSslErrors(errors);
    });
#endif
    if (m_options.connectTimeoutMs > 0)
        m_connectTimer.start(m_options.connectTimeoutMs);
}

void Download::onMetaData()
{
    if (!m_reply || m_headPosted)
        return;
    const int status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    // A redirect Qt is about to follow is not the response we wait for.
    if (status >= 300 && status < 400 && m_reply->hasRawHeader("Location") && !m_reply->isFinished())
        return;
    pump();
}

void Download::pump()
{
    if (!m_reply || m_attemptOver || m_endPosted)
        return;
    const int status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (!m_headPosted) {
        if (status == 0) {
            if (m_replyFinished) {
                m_endPosted = true;
                const Failure f = transportFailure();
                post(Job::End, [f](ResumeEngine &e) { return e.onTransportError(f); });
            }
            return;
        }
        if (status >= 300 && status < 400 && m_reply->hasRawHeader("Location") && !m_replyFinished)
            return;
        m_connectTimer.stop();
        m_headPosted = true;
        m_status = status;
        m_responseHeaders = HttpHeaders();
        for (const auto &pair : m_reply->rawHeaderPairs())
            m_responseHeaders.append(pair.first, pair.second);
        if (m_responseHeaders.isEmpty()) {
            // Qt 6.4 drops every field of a head with more than 100 of them; guessing is unsafe.
            Failure f = Failure::make(ErrorKind::ServerMisconfigured,
                                      tr("the server's response headers could not be read (HTTP %1, too many header fields?)").arg(status));
            post(Job::Abort, [f](ResumeEngine &e) { return e.abort(f); });
            m_endPosted = true;
            return;
        }
        emit responseReceived(status, m_responseHeaders);
        if (!m_named) {
            QString name = fileNameFromContentDisposition(m_responseHeaders.value("content-disposition").value_or(QByteArray()));
            if (name.isEmpty())
                name = fileNameFromUrl(m_url);
            const QDir folder(m_dest);
            if (QFileInfo::exists(folder.filePath(name))) {
                if (m_options.existingFile == DownloadOptions::ExistingFile::Refuse) {
                    endAttempt({ResumeEngine::Step::Failed, m_progress,
                                Failure::make(ErrorKind::FileExists, tr("a file named “%1” already exists").arg(name)), {}, {}});
                    return;
                }
                if (m_options.existingFile == DownloadOptions::ExistingFile::Rename) {
                    // A numbered name whose own .part exists is an earlier run of this rename: resume it.
                    const QString first = name;
                    for (int n = 1; QFileInfo::exists(folder.filePath(name)); ++n)
                        name = numberedFileName(first, n);
                }
            }
            m_dest = folder.filePath(name);
            m_named = true;
            emit destinationResolved(m_dest);
            m_engine = std::make_shared<ResumeEngine>(m_dest, m_url, m_options.engine);
            post(Job::Resolve, [](ResumeEngine &e) {
                return e.begin() ? ResumeEngine::Step::Failed : ResumeEngine::Step::Continue;
            });
            return;
        }
        postHead();
        return;
    }
    if (!m_bodyAccepted)
        return;
    if (m_options.stallTimeoutMs > 0 && !m_replyFinished)
        m_stallTimer.start(m_options.stallTimeoutMs);
    while (m_reply->bytesAvailable() > 0 && (m_inFlight < MaxInFlight || m_replyFinished)) {
        const qint64 allowed = allowance(); // the last buffered bytes too: a limit is a limit
        if (allowed <= 0) {
            waitForAllowance();
            break;
        }
        // readAll() hands over Qt's buffered chunk without a copy when it is a single one.
        const QByteArray chunk = allowed >= m_reply->bytesAvailable() ? m_reply->readAll() : m_reply->read(allowed);
        if (chunk.isEmpty())
            break;
        m_limit.consume(chunk.size());
        if (m_options.sharedLimit)
            m_options.sharedLimit->consume(chunk.size());
        m_inFlight += chunk.size();
        post(Job::Chunk, [chunk](ResumeEngine &e) { return e.onBody(chunk); }, chunk.size());
    }
    if (m_replyFinished && m_reply->bytesAvailable() == 0) {
        m_stallTimer.stop();
        m_endPosted = true;
        if (m_reply->error() == QNetworkReply::NoError) {
            post(Job::End, [](ResumeEngine &e) { return e.onEnd(); });
        } else {
            const Failure f = transportFailure();
            post(Job::End, [f](ResumeEngine &e) { return e.onTransportError(f); });
        }
    }
}

qint64 Download::allowance()
{
    qint64 allowed = m_limit.available();
    if (m_options.sharedLimit)
        allowed = qMin(allowed, m_options.sharedLimit->available());
    return allowed;
}

void Download::waitForAllowance()
{
    if (m_rateTimer.isActive())
        return;
    // Enough for a worthwhile read; the bucket's burst caps the wait.
    constexpr qint64 Worthwhile = 16 * 1024;
    qint64 wait = m_limit.msUntil(Worthwhile);
    if (m_options.sharedLimit)
        wait = qMax(wait, m_options.sharedLimit->msUntil(Worthwhile));
    m_rateTimer.start(int(std::clamp<qint64>(wait, 1, 1000)));
}

void Download::postHead()
{
    post(Job::Head, [status = m_status, headers = m_responseHeaders](ResumeEngine &e) { return e.onResponse(status, headers); });
}

Failure Download::transportFailure() const
{
    const auto error = m_reply ? m_reply->error() : QNetworkReply::UnknownNetworkError;
    const QString text = m_reply ? m_reply->errorString() : tr("no reply");
    if (error == QNetworkReply::SslHandshakeFailedError)
        return Failure::make(ErrorKind::Tls, text);
    Failure f = Failure::make(ErrorKind::Transport, text);
    f.transient = isConnectionClass(error);
    return f;
}

void Download::stopAttempt(Job job, const Failure &failure)
{
    if (m_attemptOver || m_endPosted)
        return;
    m_endPosted = true;
    dropReply();
    if (job == Job::Abort)
        post(job, [failure](ResumeEngine &e) { return e.abort(failure); });
    else
        post(job, [failure](ResumeEngine &e) { return e.onTransportError(failure); });
}

void Download::dropReply()
{
    m_connectTimer.stop();
    m_stallTimer.stop();
    m_rateTimer.stop();
    if (!m_reply)
        return;
    QNetworkReply *reply = std::exchange(m_reply, nullptr);
    disconnect(reply, nullptr, this, nullptr);
    if (!reply->isFinished())
        reply->abort();
    reply->deleteLater();
}

void Download::endAttempt(const Answer &answer)
{
    m_attemptOver = true;
    dropReply();
    emitProgress(true);
    if (answer.step == ResumeEngine::Step::Complete) {
        m_result = answer.result;
        setState(State::Complete);
        emit finished(m_result);
        return;
    }
    m_failure = answer.failure;
    if (m_cancelled) {
        m_failure = Failure::make(ErrorKind::Cancelled, tr("cancelled"));
        setState(State::Failed);
        emit failed(m_failure);
        return;
    }
    const bool progressed = m_progress.highWater > m_attemptStartHighWater;
    const auto delay = m_options.retry.nextDelay(m_failure, m_retriesUsed, progressed);
    qCInfo(lcNet) << "attempt" << m_attempts << "of" << m_url.toDisplayString() << "ended:" << m_failure.message
                  << (delay ? QStringLiteral("retrying in %1 s").arg(*delay) : QStringLiteral("giving up"));
    if (!delay) {
        setState(State::Failed);
        emit attemptFailed(m_failure, m_attempts, -1);
        emit failed(m_failure);
        return;
    }
    if (!progressed)
        ++m_retriesUsed;
    setState(State::WaitingToRetry);
    // Started before the signal: a handler may cancel() the retry.
    m_retryTimer.start(int(*delay * 1000));
    emit attemptFailed(m_failure, m_attempts, *delay);
}

void Download::emitProgress(bool force)
{
    const qint64 now = m_clock.elapsed();
    if (!force && now - m_lastProgressMs < ProgressIntervalMs)
        return;
    m_lastProgressMs = now;
    m_progress.bytesPerSecond = m_speed.bytesPerSecond();
    emit progressChanged(m_progress);
}

} // namespace Haul
