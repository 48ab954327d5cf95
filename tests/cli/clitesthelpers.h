// SPDX-License-Identifier: MIT
#pragma once

// Shared by the tests that run the real haul-cli binary: start it, wait for it
// with the event loop running (the servers live in the test process), read its
// output, hash bytes independently of the code under test, and peek at its
// control file.

#include "controlfile.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QStringList>

#include <openssl/evp.h>

#include <memory>
#include <optional>

#ifndef HAUL_CLI_PATH
#  error "HAUL_CLI_PATH must name the haul-cli binary"
#endif

namespace Haul::Test {

struct CliResult
{
    bool finished = false;
    QProcess::ExitStatus exitStatus = QProcess::CrashExit;
    int exitCode = -1;
    QByteArray out;
    QByteArray err;

    // Non-empty stderr lines.
    QStringList errLines() const
    {
        return QString::fromUtf8(err).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    }
    // One object per stdout line; an unparsable line becomes an empty object.
    QList<QJsonObject> json() const
    {
        QList<QJsonObject> objects;
        for (const QByteArray &line : out.split('\n')) {
            if (line.trimmed().isEmpty())
                continue;
            objects.append(QJsonDocument::fromJson(line).object());
        }
        return objects;
    }
    // For failure messages.
    QString describe() const
    {
        return QStringLiteral("finished=%1 status=%2 code=%3\nstdout:\n%4\nstderr:\n%5")
            .arg(finished).arg(int(exitStatus)).arg(exitCode)
            .arg(QString::fromUtf8(out), QString::fromUtf8(err));
    }
};

inline std::unique_ptr<QProcess> startCli(const QStringList &arguments, const QString &workDir)
{
    auto process = std::make_unique<QProcess>();
    process->setProgram(QStringLiteral(HAUL_CLI_PATH));
    process->setArguments(arguments);
    process->setWorkingDirectory(workDir);
    process->start();
    process->waitForStarted(10000);
    return process;
}

// Runs the event loop until the process ends (the test's servers keep serving).
inline bool waitForCli(QProcess &process, int timeoutMs)
{
    if (process.state() == QProcess::NotRunning)
        return true;
    QSignalSpy finished(&process, &QProcess::finished);
    return finished.wait(timeoutMs) || process.state() == QProcess::NotRunning;
}

inline CliResult collect(QProcess &process, bool finished)
{
    CliResult r;
    r.finished = finished;
    if (!finished) {
        process.kill();
        process.waitForFinished(5000);
    }
    r.exitStatus = process.exitStatus();
    r.exitCode = process.exitCode();
    r.out = process.readAllStandardOutput();
    r.err = process.readAllStandardError();
    return r;
}

inline CliResult runCli(const QStringList &arguments, const QString &workDir, int timeoutMs = 30000)
{
    const auto process = startCli(arguments, workDir);
    const bool finished = waitForCli(*process, timeoutMs);
    return collect(*process, finished);
}

inline QByteArray sha256Of(QByteArrayView data)
{
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    if (EVP_Digest(data.data(), size_t(data.size()), digest, &length, EVP_sha256(), nullptr) != 1)
        return {};
    return QByteArray(reinterpret_cast<const char *>(digest), int(length));
}

inline QString sha256Hex(QByteArrayView data)
{
    return QString::fromLatin1(sha256Of(data).toHex());
}

// Spec §6.3: SHA-256 over the concatenated SHA-256 digests of the blocks, "-<blocks>".
inline QString treeHashOf(const QByteArray &data, qint64 blockSize = qint64(DefaultBlockSize))
{
    if (data.isEmpty())
        return QStringLiteral("empty-0");
    QByteArray digests;
    int blocks = 0;
    for (qint64 at = 0; at < data.size(); at += blockSize, ++blocks)
        digests += sha256Of(QByteArrayView(data).sliced(at, qMin(blockSize, data.size() - at)));
    return sha256Hex(digests) + u'-' + QString::number(blocks);
}

inline QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// The control file next to dest, if one exists and decodes.
inline std::optional<ControlFile> readControlFile(const QString &dest, QString *error = nullptr)
{
    QFile file(controlPath(dest));
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = file.errorString();
        return std::nullopt;
    }
    return ControlFile::decode(file.readAll(), error);
}

inline quint64 checkpointCursor(const QString &dest)
{
    const auto ctrl = readControlFile(dest);
    return ctrl ? ctrl->start + ctrl->cursor : 0;
}

inline QStringList entriesOf(const QString &folder)
{
    return QDir(folder).entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot);
}

} // namespace Haul::Test
