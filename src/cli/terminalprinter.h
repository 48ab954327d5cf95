// SPDX-License-Identifier: MIT
#pragma once

#include "progress.h"

#include <QElapsedTimer>
#include <QList>
#include <QString>
#include <QTimer>
#include <cstdio>

namespace Haul {

// haul-cli's stderr: on a terminal, a live line per running file redrawn in
// place; otherwise plain event lines. Messages always go above the live lines.
class TerminalPrinter : public QObject
{
    Q_OBJECT

public:
    explicit TerminalPrinter(bool live, bool quiet, QObject *parent = nullptr);

    void setRow(int id, const QString &name, const QString &status);
    void removeRow(int id);
    void info(const QString &line);   // hidden by --quiet
    void error(const QString &line);  // always shown

    static QString progressText(const Progress &p);
    static QString size(quint64 bytes);
    static QString duration(double seconds);

private:
    void print(const QString &line);
    void redraw();
    void clear();

    struct Row { int id; QString name; QString status; };
    QList<Row> m_rows;
    int m_drawn = 0;
    bool m_live;
    bool m_quiet;
    QTimer m_timer;
};

} // namespace Haul
