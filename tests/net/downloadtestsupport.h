// SPDX-License-Identifier: MIT
#pragma once

// Fixtures shared by the Haul::Download integration tests (tst_download,
// tst_downloadwire, tst_downloadcontrol): an in-process fault-injecting
// TestServer, real sockets, real files, real retries. Every download is
// checked byte for byte against the served body, and the requests the server
// recorded show what the resume logic asked for (§3.1, §4.5).
#include "controlfile.h"
#include "download.h"
#include "testfiles.h"
#include "testserver.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QStringList>
#include <QTemporaryDir>
#include <QTest>

#include <optional>

namespace Haul::Test {

inline constexpr int Bound = 15000; // ms: no download here may take longer than this
inline constexpr qint64 KiB = 1024;
inline constexpr qint64 MiB = 1024 * 1024;
// With QNetworkReply::setReadBufferSize() in force, Qt 6.4 reports a connection
// closed mid-body without handing over what its HTTP thread still holds for
// the reply (measured on plain replies: a cut at 2 MiB + 100 delivered anywhere
// from 1 MiB to all of it; with an unlimited buffer, always all). Those bytes
// never reach the engine, so beyond readBufferSize a cut can cost up to this
// much again. Cuts within readBufferSize always arrive whole, so the tests that
// are not about this cut inside it and expect the exact offset.
inline const quint64 ReadBufferSize = quint64(DownloadOptions().readBufferSize);
inline const quint64 QtTailLoss = ReadBufferSize + quint64(64 * KiB);

// Tests may hash with Qt: speed does not matter here and it is independent of
// the OpenSSL code under test.
inline QByteArray sha256Hex(const QByteArray &data)
{
    return QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex();
}

// §6.3 for a body shorter than one block: SHA-256 over the single block digest.
inline QString singleBlockTreeHash(const QByteArray &body)
{
    const QByteArray block = QCryptographicHash::hash(body, QCryptographicHash::Sha256);
    return QString::fromLatin1(QCryptographicHash::hash(block, QCryptographicHash::Sha256).toHex()) + QStringLiteral("-1");
}

inline QStringList listing(const QString &folder)
{
    return QDir(folder).entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot, QDir::Name);
}

// Empty when equal, else where they part (QCOMPARE would print megabytes).
inline QString difference(const QByteArray &actual, const QByteArray &expected)
{
    if (actual == expected)
        return {};
    const qsizetype common = qMin(actual.size(), expected.size());
    qsizetype i = 0;
    while (i < common && actual.at(i) == expected.at(i))
        ++i;
    return QStringLiteral("got %1 bytes, expected %2; first difference at byte %3")
        .arg(actual.size())
        .arg(expected.size())
        .arg(i);
}

// Short waits so a retrying test takes milliseconds, not seconds.
inline DownloadOptions fastOptions()
{
    DownloadOptions o;
    o.retry.maxRetries = 3;
    o.retry.initialDelay = 0.01;
    o.retry.maxWait = 0.05;
    o.retry.jitter = 0;
    o.connectTimeoutMs = 5000;
    o.stallTimeoutMs = 5000;
    return o;
}

// A server, a manager and a scratch folder; declare the Download after it so
// the Download goes first (it may still hold a reply owned by the manager).
struct Env
{
    TestServer server;
    QNetworkAccessManager manager;
    QTemporaryDir dir;

    bool init() { return server.listen() && dir.isValid(); }
    QString path(const QString &name) const { return dir.filePath(name); }
    RecordedRequest req(int index) const { return server.request(index); }
};

// Everything one Download signalled.
struct Recorder
{
    explicit Recorder(Download *d)
        : finished(d, &Download::finished), failed(d, &Download::failed),
          attemptFailed(d, &Download::attemptFailed), resolved(d, &Download::destinationResolved)
    {
        QObject::connect(d, &Download::progressChanged, d, [this](const Progress &p) { progress.append(p); });
        // What the engine held when an attempt failed, and what its checkpoint on disk says.
        QObject::connect(d, &Download::attemptFailed, d, [this, d] {
            held.append(d->progress().validLength);
            const QString dest = d->dest();
            const auto ctrl = dest.isEmpty() ? std::nullopt : ControlFile::decode(readFile(Haul::controlPath(dest)));
            checkpointed.append(ctrl ? std::optional<quint64>(ctrl->cursor) : std::nullopt);
        });
    }

    bool done() const { return !finished.isEmpty() || !failed.isEmpty(); }
    Result result() const { return finished.value(0).value(0).value<Result>(); }
    Failure failure() const { return failed.value(0).value(0).value<Failure>(); }
    Failure attemptFailure(int i) const { return attemptFailed.value(i).value(0).value<Failure>(); }
    double retryIn(int i) const { return attemptFailed.value(i).value(2).toDouble(); }

    bool highWaterMonotonic() const
    {
        for (qsizetype i = 1; i < progress.size(); ++i) {
            if (progress.at(i).highWater < progress.at(i - 1).highWater)
                return false;
        }
        return true;
    }

    // Every failure seen, for assertion messages.
    QString describe() const
    {
        QStringList lines;
        for (qsizetype i = 0; i < attemptFailed.size(); ++i) {
            const Failure f = attemptFailure(int(i));
            lines << QStringLiteral("attempt %1 failed (%2, HTTP %3): %4; retry in %5 s")
                         .arg(attemptFailed.at(i).at(1).toInt())
                         .arg(Haul::errorKindName(f.kind))
                         .arg(f.httpStatus)
                         .arg(f.message)
                         .arg(retryIn(int(i)));
        }
        if (!failed.isEmpty())
            lines << QStringLiteral("failed (%1): %2").arg(Haul::errorKindName(failure().kind), failure().message);
        if (!finished.isEmpty())
            lines << QStringLiteral("finished (%1 bytes)").arg(result().size);
        if (!done())
            lines << QStringLiteral("no verdict yet");
        return lines.join(QStringLiteral("; "));
    }

    QSignalSpy finished;
    QSignalSpy failed;
    QSignalSpy attemptFailed;
    QSignalSpy resolved;
    QList<Progress> progress;
    QList<quint64> held;
    QList<std::optional<quint64>> checkpointed;
};

} // namespace Haul::Test

// Waits for the verdict and requires success, with the failure history as message.
#define WAIT_SUCCESS(rec)                                                                          \
    do {                                                                                           \
        QTRY_VERIFY2_WITH_TIMEOUT((rec).done(), qPrintable((rec).describe()), Haul::Test::Bound);  \
        QVERIFY2((rec).failed.isEmpty() && (rec).finished.size() == 1, qPrintable((rec).describe())); \
        QVERIFY((rec).highWaterMonotonic());                                                       \
    } while (false)

// Waits for the verdict and requires failed() with this kind.
#define WAIT_FAILURE(rec, expectedKind)                                                            \
    do {                                                                                           \
        QTRY_VERIFY2_WITH_TIMEOUT((rec).done(), qPrintable((rec).describe()), Haul::Test::Bound);  \
        QVERIFY2((rec).finished.isEmpty() && (rec).failed.size() == 1, qPrintable((rec).describe())); \
        QCOMPARE(Haul::errorKindName((rec).failure().kind), Haul::errorKindName(expectedKind));    \
    } while (false)

// The request after failed attempt i (0-based) of a body cut at `cut`: every
// byte the engine received was checkpointed (§5.5, G20) and exactly the rest is
// asked for. Within readBufferSize that is the cut itself; beyond it only Qt's
// tail loss (QtTailLoss) may separate the two.
#define VERIFY_RESUME(rec, i, request, cut)                                                        \
    do {                                                                                           \
        QVERIFY2((rec).held.size() > (i), qPrintable((rec).describe()));                           \
        const quint64 held_ = (rec).held.at(i);                                                    \
        const quint64 slack_ = quint64(cut) <= Haul::Test::ReadBufferSize ? 0 : Haul::Test::QtTailLoss; \
        QVERIFY2((rec).checkpointed.at(i) == std::optional<quint64>(held_),                        \
                 qPrintable(QStringLiteral("checkpoint %1, engine held %2")                       \
                                .arg((rec).checkpointed.at(i).value_or(0)).arg(held_)));           \
        QVERIFY2(held_ <= quint64(cut) && held_ + slack_ >= quint64(cut),                          \
                 qPrintable(QStringLiteral("held %1 of a body cut at %2").arg(held_).arg(cut)));    \
        QCOMPARE((request).header("Range"), "bytes=" + QByteArray::number(held_) + '-');           \
    } while (false)

#define COMPARE_BYTES(actual, expected)                                                            \
    do {                                                                                           \
        const QString why_ = Haul::Test::difference((actual), (expected));                         \
        QVERIFY2(why_.isEmpty(), qPrintable(why_));                                               \
    } while (false)
