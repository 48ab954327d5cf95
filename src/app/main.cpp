// SPDX-License-Identifier: MIT
// haul: the desktop app. A thin entry point: options, one instance per profile,
// the controller, the tray and the QML window.
#include "appcontroller.h"
#include "apptranslator.h"
#include "singleinstance.h"
#include "trayicon.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QIcon>
#include <QQmlApplicationEngine>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QStandardPaths>
#include <QtQml/qqmlextensionplugin.h>

#include <cstdio>

Q_IMPORT_QML_PLUGIN(HaulPlugin)
Q_IMPORT_QML_PLUGIN(Haul_AppPlugin)

namespace {

// Never a URL: what `haul --quit` hands to the running instance.
const QString QuitMessage = QStringLiteral("--quit");

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Haul"));
    QCoreApplication::setApplicationName(QStringLiteral("Haul"));
    QCoreApplication::setApplicationVersion(QStringLiteral(HAUL_VERSION));
    QGuiApplication::setApplicationDisplayName(QStringLiteral("Haul"));
    QGuiApplication::setDesktopFileName(QStringLiteral("io.haul.Haul"));
    QGuiApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/haul.svg")));
    // Closing the window may leave Haul in the tray; quitting goes through the controller.
    QApplication::setQuitOnLastWindowClosed(false);

    // The system's language from the start, so --help and early messages speak it too.
    Haul::AppTranslator translator;
    translator.use(QString());

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("main", "Haul, a download manager whose downloads never corrupt and always resume."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption profileOption(QStringLiteral("profile"),
                                           QCoreApplication::translate("main", "Keep all state (queue, settings) in <folder>: portable mode."),
                                           QCoreApplication::translate("main", "folder"));
    const QCommandLineOption minimizedOption(QStringLiteral("minimized"),
                                             QCoreApplication::translate("main", "Start in the tray, without showing the window."));
    const QCommandLineOption quitOption(QStringLiteral("quit"),
                                        QCoreApplication::translate("main", "Ask the running Haul to stop its downloads (saving their progress) and quit."));
    parser.addOption(profileOption);
    parser.addOption(minimizedOption);
    parser.addOption(quitOption);
    parser.addPositionalArgument(QStringLiteral("urls"), QCoreApplication::translate("main", "Links to download."),
                                 QStringLiteral("[URL...]"));
    parser.process(app);

    QString profile = parser.value(profileOption);
    profile = profile.isEmpty() ? QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
                                : QDir(profile).absolutePath();
    if (!QDir().mkpath(profile)) {
        std::fprintf(stderr, "haul: %s\n",
                     qPrintable(QCoreApplication::translate("main", "cannot create the profile folder %1").arg(QDir::toNativeSeparators(profile))));
        return 2;
    }

    // One Haul per profile: a second start hands its links over and leaves.
    Haul::SingleInstance instance(Haul::SingleInstance::keyFor(profile));
    const QStringList urls = parser.positionalArguments();
    if (parser.isSet(quitOption))
        return instance.sendToRunning({QuitMessage}) ? 0 : 1;
    if (instance.sendToRunning(urls))
        return 0;
    if (!instance.listen())
        qWarning("haul: %s", qPrintable(instance.errorString()));

    Haul::AppController controller(profile);
    Haul::AppController::setInstance(&controller);
    if (const QString language = controller.settings()->language(); !language.isEmpty())
        translator.use(language);
    QStringList autostart{QCoreApplication::applicationFilePath(), QStringLiteral("--minimized")};
    if (parser.isSet(profileOption))
        autostart << QStringLiteral("--profile") << profile;
    controller.settings()->setAutostartCommand(autostart);

    if (qEnvironmentVariableIsEmpty("QT_QUICK_CONTROLS_STYLE"))
        QQuickStyle::setStyle(QStringLiteral("Fusion"));
    QQmlApplicationEngine engine;
    engine.addImportPath(QStringLiteral("qrc:/"));
    QObject::connect(&engine, &QQmlApplicationEngine::objectCreationFailed, &app, [] { QCoreApplication::exit(1); },
                     Qt::QueuedConnection);
    engine.setInitialProperties({{QStringLiteral("startMinimized"), parser.isSet(minimizedOption) && Haul::TrayIcon::isAvailable()},
                                 {QStringLiteral("trayAvailable"), Haul::TrayIcon::isAvailable()}});
    engine.load(QUrl(QStringLiteral("qrc:/Haul/Main.qml")));
    if (engine.rootObjects().isEmpty())
        return 1;
    auto *window = qobject_cast<QQuickWindow *>(engine.rootObjects().constFirst());

    Haul::TrayIcon tray(&controller);
    auto show = [window] {
        if (!window)
            return;
        window->show();
        window->raise();
        window->requestActivate();
    };
    QObject::connect(&tray, &Haul::TrayIcon::showRequested, &app, show);
    QObject::connect(&instance, &Haul::SingleInstance::messageReceived, &app, [&controller, show](const QStringList &args) {
        if (args.isEmpty()) {
            show();
        } else if (args == QStringList{QuitMessage}) {
            controller.quit();
        } else {
            controller.addUrls(args);
            // The sender is told "received" when this returns: the links are on disk by then.
            controller.store()->flush();
        }
    });

    controller.start();
    controller.addUrls(urls);
    return app.exec();
}
