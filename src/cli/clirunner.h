// SPDX-License-Identifier: MIT
#pragma once

#include "clioptions.h"
#include "downloadqueue.h"
#include "terminalprinter.h"

#include <QHash>
#include <QObject>

namespace Haul {

// Exit codes of haul-cli.
enum CliExit { ExitOk = 0, ExitFailed = 1, ExitUsage = 2, ExitChecksum = 3, ExitInterrupted = 130 };

// Runs one haul-cli invocation on a DownloadQueue and reports to the terminal.
class CliRunner : public QObject
{
    Q_OBJECT

public:
    explicit CliRunner(const CliOptions &options, QObject *parent = nullptr);

    // Checks the destinations (ExitUsage with a one-line reason, nothing written) or
    // starts the downloads and returns ExitOk; done() reports the final code.
    int start();
    void interrupt();

Q_SIGNALS:
    void done(int exitCode);

private:
    struct Row
    {
        QUrl url;
        QString dest;
        QString name;
        Progress progress;
    };

    QString folder() const;
    QString checkDestinations();
    void onFinished(int queueId, const Result &result);
    void onFailed(int queueId, const Failure &failure);
    void printJson(int queueId, bool complete, quint64 bytes, const QByteArray &sha256, const QString &treeHash,
                   const QString &error);
    void finish();

    CliOptions m_options;
    DownloadQueue m_queue;
    TerminalPrinter m_printer;
    QList<Row> m_rows;
    QHash<int, int> m_rowOf; // queue id → row
    bool m_interrupted = false;
    bool m_anyFailed = false;
    bool m_anyChecksum = false;
};

} // namespace Haul
