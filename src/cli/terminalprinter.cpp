// SPDX-License-Identifier: MIT
#include "terminalprinter.h"

#include <QCoreApplication>
#include <QLocale>

namespace Haul {


TerminalPrinter::TerminalPrinter(bool live, bool quiet, QObject *parent)
    : QObject(parent), m_live(live && !quiet), m_quiet(quiet)
{
    m_timer.setInterval(250);
    connect(&m_timer, &QTimer::timeout, this, &TerminalPrinter::redraw);
    if (m_live)
        m_timer.start();
}

QString TerminalPrinter::size(quint64 bytes)
{
    return QLocale::c().formattedDataSize(qint64(bytes), 1, QLocale::DataSizeIecFormat);
}

QString TerminalPrinter::duration(double seconds)
{
    if (seconds < 60)
        return QStringLiteral("%1s").arg(seconds, 0, 'f', 1);
    const qint64 s = qint64(seconds + 0.5);
    if (s < 3600)
        return QStringLiteral("%1m%2s").arg(s / 60).arg(s % 60, 2, 10, QLatin1Char('0'));
    return QStringLiteral("%1h%2m%3s").arg(s / 3600).arg((s % 3600) / 60, 2, 10, QLatin1Char('0')).arg(s % 60, 2, 10, QLatin1Char('0'));
}

QString TerminalPrinter::progressText(const Progress &p)
{
    // High water: a retry that rewinds to a checkpoint never moves the figures back.
    const quint64 done = p.highWater;
    QString text;
    if (p.reportedLength && *p.reportedLength > 0)
        text = QStringLiteral("%1%  %2 of %3").arg(qMin<quint64>(100, done * 100 / *p.reportedLength), 3)
                   .arg(size(done), size(*p.reportedLength));
    else
        text = size(done);
    if (p.bytesPerSecond > 0) {
        text += QStringLiteral("  %1/s").arg(size(quint64(p.bytesPerSecond)));
        if (p.reportedLength && *p.reportedLength > p.validLength)
            text += tr("  ETA %1").arg(duration(double(*p.reportedLength - p.validLength) / p.bytesPerSecond));
    }
    return text;
}

void TerminalPrinter::setRow(int id, const QString &name, const QString &status)
{
    for (Row &r : m_rows) {
        if (r.id == id) {
            r.name = name;
            r.status = status;
            return;
        }
    }
    m_rows.append({id, name, status});
}

void TerminalPrinter::removeRow(int id)
{
    m_rows.removeIf([id](const Row &r) { return r.id == id; });
}

void TerminalPrinter::clear()
{
    if (!m_live || m_drawn == 0)
        return;
    // Up to the first live line, then clear to the end of the screen.
    std::fprintf(stderr, "\r\x1b[%dA\x1b[J", m_drawn);
    m_drawn = 0;
}

void TerminalPrinter::redraw()
{
    clear();
    for (const Row &r : std::as_const(m_rows)) {
        QString name = r.name;
        if (name.size() > 32)
            name = name.left(31) + QChar(0x2026);
        std::fprintf(stderr, "%s\n", qUtf8Printable(QStringLiteral("%1  %2").arg(name, -32).arg(r.status)));
        ++m_drawn;
    }
    std::fflush(stderr);
}

void TerminalPrinter::print(const QString &line)
{
    clear();
    std::fprintf(stderr, "%s\n", qUtf8Printable(line));
    std::fflush(stderr);
}

void TerminalPrinter::info(const QString &line)
{
    if (!m_quiet)
        print(line);
}

void TerminalPrinter::error(const QString &line)
{
    print(line);
}

} // namespace Haul
