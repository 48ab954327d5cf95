// SPDX-License-Identifier: MIT
#include "clirunner.h"

#include "itemtext.h"

#include "preflight.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>
#ifdef Q_OS_WIN
#  include <io.h>
#  define isatty _isatty
#  define fileno _fileno
#else
#  include <unistd.h>
#endif

namespace Haul {


CliRunner::CliRunner(const CliOptions &options, QObject *parent)
    : QObject(parent), m_options(options), m_printer(isatty(fileno(stderr)) != 0, options.quiet)
{
}

QString CliRunner::folder() const
{
    return QDir(m_options.dir.isEmpty() ? QDir::currentPath() : m_options.dir).absolutePath();
}

QString CliRunner::checkDestinations()
{
    const QString folder = this->folder();
    if (!m_options.output.isEmpty()) {
        const QString dest = QDir(folder).absoluteFilePath(QDir::fromNativeSeparators(m_options.output));
        m_rows.append({m_options.urls.first(), QDir::cleanPath(dest), QFileInfo(dest).fileName(), {}});
    } else {
        for (const QUrl &url : std::as_const(m_options.urls))
            m_rows.append({url, QString(), url.fileName().isEmpty() ? url.toDisplayString() : url.fileName(), {}});
    }
    // The folder must be usable before anything is sent; a file name comes later in --dir mode.
    const QString probe = m_rows.first().dest.isEmpty() ? QDir(folder).filePath(QStringLiteral("probe")) : m_rows.first().dest;
    if (const auto f = checkDestinationUsable(probe))
        return f->message;
    if (m_rows.first().dest.isEmpty() && QFileInfo::exists(folder) && !QFileInfo(folder).isDir())
        return tr("not a folder: %1").arg(QDir::toNativeSeparators(folder));
    return QString();
}

int CliRunner::start()
{
    if (const QString problem = checkDestinations(); !problem.isEmpty()) {
        m_printer.error(QStringLiteral("haul-cli: %1").arg(problem));
        return ExitUsage;
    }

    DownloadOptions base;
    base.headers = m_options.headers;
    if (!base.headers.contains("user-agent"))
        base.headers.set("User-Agent", "haul-cli/" + QCoreApplication::applicationVersion().toLatin1());
    base.expectedSha256 = m_options.sha256;
    base.retry.maxRetries = m_options.retries;
    base.retry.maxWait = m_options.maxWait;
    base.connectTimeoutMs = int(m_options.connectTimeout * 1000);
    base.stallTimeoutMs = int(m_options.stallTimeout * 1000);
    base.insecure = m_options.insecure;
    base.connections = m_options.connections;
    if (m_options.limitRate > 0) // one budget for all files together
        base.sharedLimit = std::make_shared<RateLimiter>(m_options.limitRate);

    m_queue.setMaxActive(m_options.jobs);
    const QString folder = this->folder();
    for (int row = 0; row < m_rows.size(); ++row) {
        DownloadOptions o = base;
        o.nameFromResponse = m_rows.at(row).dest.isEmpty();
        m_rowOf.insert(m_queue.add(m_rows.at(row).url, o.nameFromResponse ? folder : m_rows.at(row).dest, o), row);
        if (!o.nameFromResponse)
            m_printer.info(QStringLiteral("%1 → %2").arg(m_rows.at(row).url.toDisplayString(), QDir::toNativeSeparators(m_rows.at(row).dest)));
    }
    connect(&m_queue, &DownloadQueue::destinationResolved, this, [this](int id, const QString &dest) {
        Row &r = m_rows[m_rowOf.value(id)];
        r.dest = dest;
        r.name = QFileInfo(dest).fileName();
        m_printer.info(QStringLiteral("%1 → %2").arg(r.url.toDisplayString(), QDir::toNativeSeparators(dest)));
    });
    connect(&m_queue, &DownloadQueue::connectionsChanged, this, [this](int id, int connections, SplitRefusal why) {
        // Asked for several: say when the file gets fewer, and why.
        if (why == SplitRefusal::None)
            return;
        m_printer.info(tr("%1: %2 — %3")
                           .arg(m_rows.at(m_rowOf.value(id)).name, ItemText::connectionCount(connections),
                                ItemText::splitRefusalText(int(why))));
    });
    connect(&m_queue, &DownloadQueue::started, this, [this](int id) {
        const int row = m_rowOf.value(id);
        m_printer.setRow(row, m_rows.at(row).name, tr("connecting"));
    });
    connect(&m_queue, &DownloadQueue::progressChanged, this, [this](int id, const Progress &p) {
        const int row = m_rowOf.value(id);
        m_rows[row].progress = p;
        m_printer.setRow(row, m_rows.at(row).name, TerminalPrinter::progressText(p));
    });
    connect(&m_queue, &DownloadQueue::attemptFailed, this, [this](int id, const Failure &f, int attempt, double retryIn) {
        if (retryIn < 0)
            return;
        const int row = m_rowOf.value(id);
        const QString when = retryIn > 0 ? tr("retrying in %1").arg(TerminalPrinter::duration(retryIn)) : tr("resuming");
        m_printer.info(tr("%1: attempt %2: %3; %4").arg(m_rows.at(row).name).arg(attempt).arg(f.message, when));
        m_printer.setRow(row, m_rows.at(row).name, when);
    });
    connect(&m_queue, &DownloadQueue::finished, this, &CliRunner::onFinished);
    connect(&m_queue, &DownloadQueue::failed, this, &CliRunner::onFailed);
    connect(&m_queue, &DownloadQueue::allFinished, this, &CliRunner::finish, Qt::QueuedConnection);
    m_queue.start();
    return ExitOk;
}

void CliRunner::interrupt()
{
    if (m_interrupted)
        return;
    m_interrupted = true;
    m_printer.info(tr("interrupted; saving progress…"));
    m_queue.cancelAll();
}

void CliRunner::onFinished(int queueId, const Result &r)
{
    const int id = m_rowOf.value(queueId);
    m_printer.removeRow(id);
    const double rate = r.elapsedSeconds > 0 ? double(r.size) / r.elapsedSeconds : 0;
    QString line = tr("done: %1  %2 in %3 (%4/s)  sha256 %5")
                       .arg(m_rows.at(id).name, TerminalPrinter::size(r.size), TerminalPrinter::duration(r.elapsedSeconds),
                            TerminalPrinter::size(quint64(rate)), QString::fromLatin1(r.sha256));
    if (r.verified)
        line += tr(" (verified)");
    m_printer.info(line);
    if (!r.contentEncoding.isEmpty())
        m_printer.info(tr("note: %1 was sent with Content-Encoding %2 and saved as received")
                           .arg(m_rows.at(id).name, QString::fromLatin1(r.contentEncoding)));
    printJson(queueId, true, r.size, r.sha256, r.treeHash, QString());
}

void CliRunner::onFailed(int queueId, const Failure &f)
{
    const int id = m_rowOf.value(queueId);
    m_printer.removeRow(id);
    const QueueItem *item = m_queue.item(queueId);
    if (f.kind == ErrorKind::Cancelled) {
        m_printer.info(tr("%1: stopped; progress saved, run the same command again to resume").arg(m_rows.at(id).name));
    } else {
        m_anyFailed = true;
        m_anyChecksum = m_anyChecksum || f.kind == ErrorKind::ChecksumMismatch;
        QString line = QStringLiteral("haul-cli: %1: %2").arg(m_rows.at(id).name, f.message);
        if (item && item->attempts > 1)
            line += tr(" (after %n attempt(s))", nullptr, item->attempts);
        m_printer.error(line);
    }
    printJson(queueId, false, m_rows.at(id).progress.validLength, QByteArray(), QString(), f.message);
}

void CliRunner::printJson(int queueId, bool complete, quint64 bytes, const QByteArray &sha256, const QString &treeHash,
                          const QString &error)
{
    if (!m_options.json)
        return;
    const Row &row = m_rows.at(m_rowOf.value(queueId));
    const QueueItem *item = m_queue.item(queueId);
    QJsonObject o;
    o.insert(QStringLiteral("url"), row.url.toString(QUrl::FullyEncoded));
    o.insert(QStringLiteral("dest"), row.dest.isEmpty() ? QJsonValue() : QJsonValue(row.dest));
    o.insert(QStringLiteral("status"), complete ? QStringLiteral("complete") : QStringLiteral("failed"));
    o.insert(QStringLiteral("bytes"), qint64(bytes));
    o.insert(QStringLiteral("sha256"), sha256.isEmpty() ? QJsonValue() : QJsonValue(QString::fromLatin1(sha256)));
    o.insert(QStringLiteral("tree_hash"), treeHash.isEmpty() ? QJsonValue() : QJsonValue(treeHash));
    o.insert(QStringLiteral("attempts"), item ? item->attempts : 0);
    o.insert(QStringLiteral("error"), error.isEmpty() ? QJsonValue() : QJsonValue(error));
    std::fprintf(stdout, "%s\n", QJsonDocument(o).toJson(QJsonDocument::Compact).constData());
    std::fflush(stdout);
}

void CliRunner::finish()
{
    if (m_interrupted)
        emit done(ExitInterrupted);
    else if (m_anyChecksum)
        emit done(ExitChecksum);
    else
        emit done(m_anyFailed ? ExitFailed : ExitOk);
}

} // namespace Haul
