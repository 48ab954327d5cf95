// SPDX-License-Identifier: MIT
#include "clioptions.h"
#include "clirunner.h"
#include "signalwatcher.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTranslator>

#include <cstdio>
#ifdef __GLIBC__
#  include <malloc.h>
#endif

int main(int argc, char *argv[])
{
#ifdef __GLIBC__
    // Network chunks of up to a few MiB are allocated on one thread and freed on
    // another, many times a second: keep them in the heap instead of mapping and
    // faulting in fresh pages for each one.
    mallopt(M_MMAP_THRESHOLD, 16 * 1024 * 1024);
    mallopt(M_TRIM_THRESHOLD, 32 * 1024 * 1024);
#endif
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("haul-cli"));
    QCoreApplication::setOrganizationName(QStringLiteral("Haul"));
    QCoreApplication::setApplicationVersion(QStringLiteral(HAUL_VERSION));
    // The user's language, --help included; the catalogues are built in (translations/).
    QTranslator translator;
    if (translator.load(QLocale::system(), QStringLiteral("haul"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(&translator);

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
