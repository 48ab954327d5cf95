// SPDX-License-Identifier: MIT
// Downloads one URL to a file with Haul, resumably, over the program's own
// QNetworkAccessManager (its proxy, cookies and TLS settings apply).
//   haul-fetch-example URL FILE
#include <download.h>

#include <QCoreApplication>
#include <QNetworkAccessManager>
#include <QTextStream>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream err(stderr);
    const QStringList args = app.arguments();
    if (args.size() != 3) {
        err << "usage: haul-fetch-example URL FILE\n";
        return 2;
    }

    QNetworkAccessManager manager;
    Haul::DownloadOptions options;
    options.retry.maxRetries = 5;
    Haul::Download download(&manager, QUrl(args.at(1)), args.at(2), options);

    QObject::connect(&download, &Haul::Download::progressChanged, [&err](const Haul::Progress &p) {
        err << p.validLength << " bytes\r" << Qt::flush;
    });
    QObject::connect(&download, &Haul::Download::finished, [&err](const Haul::Result &r) {
        err << "\nsaved " << r.size << " bytes, sha256 " << r.sha256 << '\n';
        QCoreApplication::exit(0);
    });
    QObject::connect(&download, &Haul::Download::failed, [&err](const Haul::Failure &f) {
        err << "\nfailed: " << f.message << '\n';
        QCoreApplication::exit(1);
    });
    download.start();
    return app.exec();
}
