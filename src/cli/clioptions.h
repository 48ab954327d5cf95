// SPDX-License-Identifier: MIT
#pragma once

#include "httpheaders.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace Haul {

// haul-cli's options, parsed and validated (bad input is reported before anything runs).
struct CliOptions
{
    QList<QUrl> urls;
    QString output;               // -o
    QString dir;                  // -d
    QByteArray sha256;            // lower-case hex
    int retries = 20;
    double maxWait = 60;
    HttpHeaders headers;          // -H and -A
    double connectTimeout = 30;
    double stallTimeout = 60;
    int jobs = 4;
    int connections = 1;
    qint64 limitRate = 0;         // bytes per second, 0 = none
    bool insecure = false;
    bool json = false;
    bool quiet = false;
};

struct CliParseResult
{
    enum class Action { Run, Help, Version, UsageError };
    Action action = Action::Run;
    CliOptions options;
    QString error;                // one line, for UsageError
    QString helpText;
};

CliParseResult parseCliArguments(const QStringList &arguments);

// "K: V" → name and value, trimmed; false for a missing colon or an empty name.
bool parseHeaderArgument(const QString &text, QByteArray *name, QByteArray *value);
// "512K", "1.5M", "2G", "100" (bytes per second; K = 1024); -1 when invalid or not positive.
qint64 parseRate(const QString &text);

} // namespace Haul
