// SPDX-License-Identifier: MIT
#include "clioptions.h"
#include "clirunner.h"
#include "signalwatcher.h"

#include <QCoreApplication>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("haul-cli"));
    QCoreApplication::setOrganizationName(QStringLiteral("Haul"));
    QCoreApplication::setApplicationVersion(QStringLiteral(HAUL_VERSION));

    const Haul::CliParseResult parsed = Haul::parseCliArguments(QCoreApplication::arguments());
    switch (parsed.action) {
    case Haul::CliParseResult::Action::Help:
        std::fprintf(stdout, "%s", qUtf8Printable(parsed.helpText));
        return Haul::ExitOk;
    case Haul::CliParseResult::Action::Version:
        std::fprintf(stdout, "haul-cli %s\n", HAUL_VERSION);
        return Haul::ExitOk;
    case Haul::CliParseResult::Action::UsageError:
        std::fprintf(stderr, "haul-cli: %s\n", qUtf8Printable(parsed.error));
        std::fprintf(stderr, "%s\n", qUtf8Printable(QCoreApplication::translate("haul-cli", "Try 'haul-cli --help'.")));
        return Haul::ExitUsage;
    case Haul::CliParseResult::Action::Run:
        break;
    }

    Haul::SignalWatcher watcher;
    Haul::CliRunner runner(parsed.options);
    QObject::connect(&watcher, &Haul::SignalWatcher::interrupted, &runner, &Haul::CliRunner::interrupt);
    QObject::connect(&runner, &Haul::CliRunner::done, &app, [](int code) { QCoreApplication::exit(code); });
    if (const int code = runner.start(); code != Haul::ExitOk)
        return code;
    return app.exec();
}
