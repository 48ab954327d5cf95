// SPDX-License-Identifier: MIT
#include "clioptions.h"

#include "preflight.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QRegularExpression>

namespace Haul {

namespace {

// The context is the one lupdate gives tr() here: the enclosing namespace.
QString tr(const char *text) { return QCoreApplication::translate("Haul", text); }

bool toNumber(const QString &text, double minimum, double *out)
{
    bool ok = false;
    const double v = text.trimmed().toDouble(&ok);
    if (!ok || !(v >= minimum) || v > 1e9)
        return false;
    *out = v;
    return true;
}

bool toInt(const QString &text, int minimum, int maximum, int *out)
{
    bool ok = false;
    const int v = text.trimmed().toInt(&ok);
    if (!ok || v < minimum || v > maximum)
        return false;
    *out = v;
    return true;
}

} // namespace

bool parseHeaderArgument(const QString &text, QByteArray *name, QByteArray *value)
{
    const qsizetype colon = text.indexOf(QLatin1Char(':'));
    if (colon < 0)
        return false;
    const QString n = text.left(colon).trimmed();
    if (n.isEmpty() || n.contains(QRegularExpression(QStringLiteral("[\\s\\x00-\\x1f\\x7f()<>@,;:\\\\\"/\\[\\]?={}]"))))
        return false;
    const QString v = text.mid(colon + 1).trimmed();
    if (v.contains(QLatin1Char('\r')) || v.contains(QLatin1Char('\n')))
        return false;
    *name = n.toLatin1();
    *value = v.toLatin1();
    return true;
}

qint64 parseRate(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("^\\s*(\\d+(?:\\.\\d+)?)\\s*([kKmMgG]?)(?:i?B?|B/s|/s)?\\s*$"));
    const auto m = re.match(text);
    if (!m.hasMatch())
        return -1;
    double v = m.captured(1).toDouble();
    const QString unit = m.captured(2).toLower();
    if (unit == QLatin1String("k"))
        v *= 1024;
    else if (unit == QLatin1String("m"))
        v *= 1024.0 * 1024;
    else if (unit == QLatin1String("g"))
        v *= 1024.0 * 1024 * 1024;
    if (!(v >= 1) || v > 1e15)
        return -1;
    return qint64(v);
}

CliParseResult parseCliArguments(const QStringList &arguments)
{
    CliParseResult r;
    QCommandLineParser p;
    p.setApplicationDescription(tr("Download files over HTTP(S), resumably and crash-safely."));
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")}, tr("Show this help."));
    const QCommandLineOption version({QStringLiteral("V"), QStringLiteral("version")}, tr("Show the version."));
    const QCommandLineOption output({QStringLiteral("o"), QStringLiteral("output")}, tr("Destination file (only with exactly one URL)."), tr("FILE"));
    const QCommandLineOption dir({QStringLiteral("d"), QStringLiteral("dir")},
                                 tr("Destination folder (default: current folder); file name from Content-Disposition, else the URL."), tr("DIR"));
    const QCommandLineOption sha({QStringLiteral("sha256")}, tr("Expected SHA-256 of the whole file."), tr("HEX"));
    const QCommandLineOption retries({QStringLiteral("retries")}, tr("Retries per file after the first attempt (default 20); attempts that made progress are free."), tr("N"));
    const QCommandLineOption maxWait({QStringLiteral("max-wait")}, tr("Cap on any one backoff or Retry-After wait (default 60)."), tr("SECONDS"));
    const QCommandLineOption header({QStringLiteral("H"), QStringLiteral("header")}, tr("Extra request header (repeatable)."), tr("\"K: V\""));
    const QCommandLineOption agent({QStringLiteral("A"), QStringLiteral("user-agent")}, tr("User-Agent to send."), tr("UA"));
    const QCommandLineOption connectTimeout({QStringLiteral("connect-timeout")}, tr("Seconds to wait for a response (default 30)."), tr("S"));
    const QCommandLineOption stallTimeout({QStringLiteral("stall-timeout")},
                                          tr("No body bytes for S seconds ends the attempt, which is retried (default 60)."), tr("S"));
    const QCommandLineOption jobs({QStringLiteral("j"), QStringLiteral("jobs")}, tr("Files at once (default 4)."), tr("N"));
    const QCommandLineOption connections({QStringLiteral("x"), QStringLiteral("connections")}, tr("Connections per file, 1-16 (default 1). More split a file when the server allows it."), tr("N"));
    const QCommandLineOption limit({QStringLiteral("limit-rate")}, tr("Speed limit for all files together, in bytes per second: 500K, 2M, 1G."), tr("RATE"));
    const QCommandLineOption insecure({QStringLiteral("k"), QStringLiteral("insecure")}, tr("Skip TLS certificate verification."));
    const QCommandLineOption json({QStringLiteral("json")}, tr("One JSON object per finished file on standard output."));
    const QCommandLineOption quiet({QStringLiteral("q"), QStringLiteral("quiet")}, tr("Print errors only."));
    p.addOptions({help, version, output, dir, sha, retries, maxWait, header, agent, connectTimeout, stallTimeout, jobs,
                  connections, limit, insecure, json, quiet});
    p.addPositionalArgument(QStringLiteral("URL"), tr("What to download (one or more)."), QStringLiteral("URL [URL...]"));
    r.helpText = p.helpText();

    auto usage = [&r](const QString &message) {
        r.action = CliParseResult::Action::UsageError;
        r.error = message;
        return r;
    };
    if (!p.parse(arguments))
        return usage(p.errorText());
    if (p.isSet(help)) {
        r.action = CliParseResult::Action::Help;
        return r;
    }
    if (p.isSet(version)) {
        r.action = CliParseResult::Action::Version;
        return r;
    }

    // A second -o or -d would silently win over the first: say so instead.
    for (const QCommandLineOption *single : {&output, &dir, &sha, &retries, &maxWait, &agent, &connectTimeout,
                                             &stallTimeout, &jobs, &connections, &limit}) {
        if (p.values(*single).size() > 1)
            return usage(tr("--%1 given more than once").arg(single->names().constLast()));
    }

    CliOptions &o = r.options;
    const QStringList positional = p.positionalArguments();
    if (positional.isEmpty())
        return usage(tr("no URL given"));
    for (const QString &text : positional) {
        const QUrl url(text.trimmed(), QUrl::StrictMode);
        if (auto f = checkUrl(url))
            return usage(QStringLiteral("%1: %2").arg(text, f->message));
        o.urls.append(url);
    }
    o.output = p.value(output);
    o.dir = p.value(dir);
    if (p.isSet(output) && o.output.isEmpty())
        return usage(tr("--output needs a file name"));
    if (p.isSet(dir) && o.dir.isEmpty())
        return usage(tr("--dir needs a folder"));
    if (!o.output.isEmpty() && o.urls.size() != 1)
        return usage(tr("--output works with exactly one URL; use --dir for several"));
    if (p.isSet(sha)) {
        o.sha256 = p.value(sha).trimmed().toLower().toLatin1();
        static const QRegularExpression hex(QStringLiteral("^[0-9a-f]{64}$"));
        if (!hex.match(QString::fromLatin1(o.sha256)).hasMatch())
            return usage(tr("--sha256 needs 64 hexadecimal digits"));
        if (o.urls.size() != 1)
            return usage(tr("--sha256 works with exactly one URL"));
    }
    if (p.isSet(retries) && !toInt(p.value(retries), 0, 1000000, &o.retries))
        return usage(tr("--retries needs a whole number of 0 or more"));
    if (p.isSet(maxWait) && !toNumber(p.value(maxWait), 0, &o.maxWait))
        return usage(tr("--max-wait needs a number of seconds, 0 or more"));
    if (p.isSet(connectTimeout) && (!toNumber(p.value(connectTimeout), 0, &o.connectTimeout)))
        return usage(tr("--connect-timeout needs a number of seconds"));
    if (p.isSet(stallTimeout) && (!toNumber(p.value(stallTimeout), 0, &o.stallTimeout)))
        return usage(tr("--stall-timeout needs a number of seconds"));
    if (p.isSet(jobs) && !toInt(p.value(jobs), 1, 256, &o.jobs))
        return usage(tr("--jobs needs a number from 1 to 256"));
    if (p.isSet(connections) && !toInt(p.value(connections), 1, 16, &o.connections))
        return usage(tr("--connections needs a number from 1 to 16"));
    if (p.isSet(limit)) {
        o.limitRate = parseRate(p.value(limit));
        if (o.limitRate < 0)
            return usage(tr("--limit-rate needs a rate such as 500K, 2M or 1G"));
    }
    for (const QString &h : p.values(header)) {
        QByteArray name, value;
        if (!parseHeaderArgument(h, &name, &value))
            return usage(tr("bad header \"%1\": expected \"Name: value\"").arg(h));
        o.headers.set(name, value);
    }
    if (p.isSet(agent))
        o.headers.set("User-Agent", p.value(agent).toLatin1());
    o.insecure = p.isSet(insecure);
    o.json = p.isSet(json);
    o.quiet = p.isSet(quiet);
    return r;
}

} // namespace Haul
