// SPDX-License-Identifier: MIT
// The other Haul process for tst_singleinstance: sendToRunning() blocks, so the
// instance it talks to must run its event loop somewhere else.
//
//   singleinstancehelper serve <key>
//       listen(); print "listening <socket path>", then "message <JSON array>"
//       for each message; quit when stdin closes (the test ended or crashed).
//   singleinstancehelper listen <key>
//       listen() once; exit 0 ("listening ...") or 2 ("failed <error>").
//   singleinstancehelper send <key> <timeoutMs> [args...]
//       exit 0 when sendToRunning(args) returned true, 1 when it returned false.
#include "singleinstance.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocalServer>
#include <QTextStream>
#include <QTimer>

#ifdef Q_OS_UNIX
#include <QSocketNotifier>
#include <unistd.h>
#endif

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 3)
        return 64;
    const QString mode = args.at(1);
    Haul::SingleInstance instance(args.at(2));
    QTextStream out(stdout);

    if (mode == u"send") {
        if (args.size() < 4)
            return 64;
        const bool sent = instance.sendToRunning(args.mid(4), args.at(3).toInt());
        if (!sent)
            out << "failed " << instance.errorString() << Qt::endl;
        return sent ? 0 : 1;
    }

    if (!instance.listen()) {
        out << "failed " << instance.errorString() << Qt::endl;
        return 2;
    }
    const auto *server = instance.findChild<QLocalServer *>();
    out << "listening " << (server ? server->fullServerName() : QString()) << Qt::endl;
    if (mode != u"serve")
        return 0;

    QObject::connect(&instance, &Haul::SingleInstance::messageReceived, &app,
                     [&out](const QStringList &received) {
                         const QJsonDocument message(QJsonArray::fromStringList(received));
                         out << "message " << QString::fromUtf8(message.toJson(QJsonDocument::Compact))
                             << Qt::endl;
                     });
#ifdef Q_OS_UNIX
    QSocketNotifier stdinNotifier(STDIN_FILENO, QSocketNotifier::Read);
    QObject::connect(&stdinNotifier, &QSocketNotifier::activated, &app, [&] {
        char buffer[256];
        if (::read(STDIN_FILENO, buffer, sizeof buffer) <= 0)
            app.quit();
    });
#endif
    // Never outlive a test run, whatever happens to the test.
    QTimer::singleShot(120000, &app, &QCoreApplication::quit);
    return app.exec();
}
