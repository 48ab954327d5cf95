// SPDX-License-Identifier: MIT
#include "download.h"

#include "enginethread.h"
#include "filenames.h"
#include "replysupport.h"
#include "segmentedtransfer.h"

#include <QDir>
#include <QFileInfo>
#include <algorithm>
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
constexpr qint64 MaxInFlightSegmented = 8 * 1024 * 1024; // several sockets to smooth over
constexpr qint64 ProgressIntervalMs = 100;

} // namespace

Download::Download(QNetworkAccessManager *manager, const QUrl &url, const QString &dest, DownloadOptions options,
                   QObject *parent)
    : QObject(parent), m_manager(manager), m_url(url), m_dest(dest), m_options(std::move(options)),
      m_engineContext(EngineThread::context()), m_limits(&m_limit, m_options.sharedLimit)
{
    m_options.connections = qBound(1, m_options.connections, 16);
    m_options.engine.connections = m_options.connections;
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
            failAttempt(*f);
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
        if (job == Job::Head && a.step == ResumeEngine::Step::Continue)
            a.basis = engine->segmentBasis(&a.refusal);
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
        if (!startSegments(answer))
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
        failAttempt(Failure::make(ErrorKind::Transport, tr("the network manager is gone")));
        return;
    }
    m_reply = m_manager->get(rawRequest(m_url, headers));
    m_reply->setReadBufferSize(readBufferFor(m_options.readBufferSize, m_limits.rate()));
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
    // A redirect Qt is about to follow is not the response we wait for (no status: pump() waits too).
    if (hasFinalHead(m_reply))
        pump();
}

void Download::pump()
{
    if (m_transfer) {
        if (!m_attemptOver && !m_endPosted)
            m_transfer->pump();
        return;
    }
    if (!m_reply || m_attemptOver || m_endPosted)
        return;
    const int status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (!m_headPosted) {
        if (status == 0) {
            if (m_replyFinished) {
                m_endPosted = true;
                const Failure f = transportFailureOf(m_reply);
                post(Job::End, [f](ResumeEngine &e) { return e.onTransportError(f); });
            }
            return;
        }
        if (status >= 300 && status < 400 && m_reply->hasRawHeader("Location") && !m_replyFinished)
            return;
        m_connectTimer.stop();
        m_headPosted = true;
        m_status = status;
        m_responseHeaders = headersOf(m_reply);
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
                    failAttempt(Failure::make(ErrorKind::FileExists, tr("a file named “%1” already exists").arg(name)));
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
    while (m_reply->bytesAvailable() > 0 && (m_inFlight < maxInFlight() || m_replyFinished)) {
        const qint64 allowed = allowance(); // the last buffered bytes too: a limit is a limit
        if (allowed <= 0) {
            waitForAllowance();
            break;
        }
        const QByteArray chunk = takeBytes(m_reply, allowed);
        if (chunk.isEmpty())
            break;
        m_limits.consume(chunk.size());
        // Counted by what it holds: Qt's chunks come with room to grow, often twice their size.
        m_inFlight += chunk.capacity();
        post(Job::Chunk, [chunk](ResumeEngine &e) { return e.onBody(chunk); }, chunk.capacity());
    }
    if (m_replyFinished && m_reply->bytesAvailable() == 0) {
        m_stallTimer.stop();
        m_endPosted = true;
        if (m_reply->error() == QNetworkReply::NoError) {
            post(Job::End, [](ResumeEngine &e) { return e.onEnd(); });
        } else {
            const Failure f = transportFailureOf(m_reply);
            post(Job::End, [f](ResumeEngine &e) { return e.onTransportError(f); });
        }
    }
}

qint64 Download::allowance()
{
    return m_limits.available();
}

void Download::waitForAllowance()
{
    if (m_rateTimer.isActive())
        return;
    // Enough for a worthwhile read; the bucket's burst caps the wait.
    constexpr qint64 Worthwhile = 16 * 1024;
    m_rateTimer.start(int(std::clamp<qint64>(m_limits.msUntil(Worthwhile), 1, 1000)));
}

void Download::postHead()
{
    post(Job::Head, [status = m_status, headers = m_responseHeaders](ResumeEngine &e) { return e.onResponse(status, headers); });
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
    if (m_transfer) {
        m_transfer->stop();
        m_transfer->deleteLater(); // it may be the one calling
        m_transfer = nullptr;
    }
    if (!m_reply)
        return;
    QNetworkReply *reply = std::exchange(m_reply, nullptr);
    disconnect(reply, nullptr, this, nullptr);
    if (!reply->isFinished())
        reply->abort();
    reply->deleteLater();
}

void Download::failAttempt(const Failure &failure)
{
    Answer a;
    a.progress = m_progress;
    a.failure = failure;
    endAttempt(a);
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

qint64 Download::maxInFlight() const
{
    return m_transfer ? MaxInFlightSegmented : MaxInFlight;
}

bool Download::startSegments(const Answer &answer)
{
    SplitRefusal why = answer.refusal;
    const bool asked = m_options.connections > 1 && !m_rangesStopped;
    // Spans fetched by other connections earlier are skipped even with one connection now.
    const bool holes = answer.basis && !answer.basis->done.isEmpty() && !m_rangesStopped;
    if (answer.basis && asked && !holes) {
        const quint64 left = answer.basis->extent - answer.basis->from;
        if (left < 2 * SegmentedTransfer::DefaultMinPiece)
            why = SplitRefusal::TooSmall;
    }
    if (!answer.basis || (!holes && (!asked || why == SplitRefusal::TooSmall))) {
        if (m_options.connections > 1)
            emit connectionsChanged(1, m_rangesStopped ? SplitRefusal::RangesStopped : why);
        return false;
    }
    SegmentedTransfer::Setup setup;
    setup.basis = *answer.basis;
    setup.connections = asked ? m_options.connections : 1;
    setup.url = m_reply->url();
    setup.headers = m_options.headers;
    setup.retry = m_options.retry;
    setup.connectTimeoutMs = m_options.connectTimeoutMs;
    setup.stallTimeoutMs = m_options.stallTimeoutMs;
    // Many connections need less buffered per reply: the sum stays near one connection's.
    setup.readBufferSize = qMin(m_options.readBufferSize, qMax<qint64>(256 * 1024, 4 * 1024 * 1024 / setup.connections));
    setup.insecure = m_options.insecure;
    setup.hasRoom = [this] { return m_inFlight < MaxInFlightSegmented; };
    m_connectTimer.stop();
    m_stallTimer.stop();
    m_rateTimer.stop();
    QNetworkReply *first = std::exchange(m_reply, nullptr);
    disconnect(first, nullptr, this, nullptr);
    m_transfer = new SegmentedTransfer(setup, m_manager, m_limits, this);
    connect(m_transfer, &SegmentedTransfer::chunk, this, [this](quint64 offset, const QByteArray &bytes) {
        m_inFlight += bytes.capacity();
        post(Job::Chunk, [offset, bytes](ResumeEngine &e) { return e.onBodyAt(offset, bytes); }, bytes.capacity());
    });
    connect(m_transfer, &SegmentedTransfer::completed, this, [this] {
        m_endPosted = true;
        post(Job::End, [](ResumeEngine &e) { return e.onSegmentsEnd(); });
    });
    connect(m_transfer, &SegmentedTransfer::failed, this, [this](const Failure &f) {
        m_endPosted = true;
        post(Job::End, [f](ResumeEngine &e) { return e.onTransportError(f); });
    });
    connect(m_transfer, &SegmentedTransfer::changed, this, [this](const QString &reason) {
        m_endPosted = true;
        post(Job::End, [reason](ResumeEngine &e) { return e.abandon(reason); });
    });
    connect(m_transfer, &SegmentedTransfer::connectionsChanged, this, [this](int active, SplitRefusal refusal) {
        if (refusal == SplitRefusal::RangesStopped)
            m_rangesStopped = true; // the next attempts keep to one connection
        emit connectionsChanged(active, refusal);
    });
    m_transfer->start(first);
    return true;
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
