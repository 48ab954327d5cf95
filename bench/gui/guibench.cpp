// SPDX-License-Identifier: MIT
// The desktop app under load: how long 10,000 queued items take to appear in
// the real window, how smoothly the list scrolls, and how long the GUI thread is
// ever blocked while a download runs at full speed. Offscreen (software
// rendering), with the real controller, store, model and QML.
//
//   build/bin/guibench [--items 10000] [--size 1024] (MiB) [--scroll-frames 600]
//
// Figures go to stdout as a Markdown table.
#include "appcontroller.h"
#include "queuestore.h"
#include "testserver.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QQmlApplicationEngine>
#include <QQuickItem>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>
#include <QtQml/qqmlextensionplugin.h>

#include <algorithm>
#include <cstdio>

Q_IMPORT_QML_PLUGIN(HaulPlugin)
Q_IMPORT_QML_PLUGIN(Haul_AppPlugin)

using namespace Haul;

namespace {

// The event loop's longest stall: a 5 ms timer that notes how late it runs.
class LatencyProbe : public QObject
{
public:
    LatencyProbe()
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(5);
        connect(&m_timer, &QTimer::timeout, this, [this] {
            const qint64 now = m_clock.nsecsElapsed();
            if (m_last)
                m_worst = std::max(m_worst, now - m_last);
            m_last = now;
        });
    }
    void start()
    {
        m_worst = 0;
        m_last = 0;
        m_clock.start();
        m_timer.start();
    }
    double worstMs() const { return m_worst / 1e6; }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_last = 0;
    qint64 m_worst = 0;
};

QList<QueueItem> makeItems(int n, const QString &folder)
{
    QList<QueueItem> items;
    items.reserve(n);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (int i = 0; i < n; ++i) {
        QueueItem item;
        item.id = i + 1;
        item.url = QUrl(QStringLiteral("https://mirror.example/pool/file-%1.tar.gz").arg(i));
        item.folder = folder;
        item.fileName = QStringLiteral("file-%1.tar.gz").arg(i);
        item.state = i % 3 == 0 ? QueueItem::State::Complete : QueueItem::State::Paused;
        item.total = 100 * 1024 * 1024;
        item.highWater = item.bytesDone = item.state == QueueItem::State::Complete ? quint64(item.total) : quint64(i) * 1000;
        item.addedAt = now;
        item.history.append({now, 206, item.highWater, QStringLiteral("complete")});
        items << item;
    }
    return items;
}

bool waitFor(const std::function<bool()> &done, int timeoutMs)
{
    QElapsedTimer t;
    t.start();
    while (!done()) {
        if (t.elapsed() > timeoutMs)
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
    }
    return true;
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption itemsOption(QStringLiteral("items"), QStringLiteral("Queue size."), QStringLiteral("n"), QStringLiteral("10000"));
    const QCommandLineOption sizeOption(QStringLiteral("size"), QStringLiteral("Download size in MiB."), QStringLiteral("mib"), QStringLiteral("1024"));
    const QCommandLineOption framesOption(QStringLiteral("scroll-frames"), QStringLiteral("Frames of scrolling."), QStringLiteral("n"), QStringLiteral("600"));
    parser.addOptions({itemsOption, sizeOption, framesOption});
    parser.process(app);
    const int itemCount = parser.value(itemsOption).toInt();
    const qint64 size = parser.value(sizeOption).toLongLong() * 1024 * 1024;
    const int frames = parser.value(framesOption).toInt();

    QTemporaryDir profile;
    const QString downloads = profile.filePath(QStringLiteral("Downloads"));
    QDir().mkpath(downloads);
    { // a saved queue of itemCount entries
        QueueStore store;
        bool loaded = false;
        QObject::connect(&store, &QueueStore::loaded, &app, [&loaded] { loaded = true; });
        store.open(profile.filePath(QStringLiteral("queue.db")));
        waitFor([&] { return loaded; }, 30000);
        store.addItems(makeItems(itemCount, downloads));
        store.flush();
    }

    QQuickStyle::setStyle(QStringLiteral("Fusion"));
    AppController controller(profile.path());
    AppController::setInstance(&controller);
    controller.settings()->setDownloadFolder(downloads);

    // 1. Start to a rendered window with every item.
    QElapsedTimer clock;
    clock.start();
    QQmlApplicationEngine engine;
    engine.addImportPath(QStringLiteral("qrc:/"));
    engine.setInitialProperties({{QStringLiteral("startMinimized"), false}, {QStringLiteral("trayAvailable"), false}});
    controller.start();
    engine.load(QUrl(QStringLiteral("qrc:/Haul/Main.qml")));
    auto *window = qobject_cast<QQuickWindow *>(engine.rootObjects().value(0));
    if (!window) {
        std::fprintf(stderr, "guibench: the window did not load\n");
        return 1;
    }
    bool framed = false;
    QObject::connect(window, &QQuickWindow::frameSwapped, &app, [&] {
        if (!controller.isLoading() && controller.model()->rowCount() == itemCount)
            framed = true;
    });
    if (!waitFor([&] { return framed; }, 60000)) {
        std::fprintf(stderr, "guibench: the queue did not appear\n");
        return 1;
    }
    const double loadMs = double(clock.nsecsElapsed()) / 1e6;

    // 2. Scrolling: one step per frame through the whole list.
    auto *list = window->findChild<QQuickItem *>(QStringLiteral("queueList"));
    QList<double> frameMs;
    double scrollMax = -1, scrollMedian = -1;
    if (list) {
        QElapsedTimer frameClock;
        qint64 last = 0;
        int done = 0;
        const double step = std::max(1.0, (list->property("contentHeight").toDouble() - list->height()) / frames);
        auto conn = QObject::connect(window, &QQuickWindow::frameSwapped, &app, [&] {
            const qint64 now = frameClock.nsecsElapsed();
            if (last)
                frameMs << double(now - last) / 1e6;
            last = now;
            list->setProperty("contentY", list->property("contentY").toDouble() + step);
            ++done;
            window->update();
        });
        frameClock.start();
        window->update();
        waitFor([&] { return done >= frames; }, 120000);
        QObject::disconnect(conn);
        std::sort(frameMs.begin(), frameMs.end());
        if (!frameMs.isEmpty()) {
            scrollMax = frameMs.last();
            scrollMedian = frameMs.at(frameMs.size() / 2);
        }
    }

    // 3. A full-speed download from a server on its own thread, the window open.
    QThread serverThread;
    auto *server = new Test::TestServer;
    server->setResource(QStringLiteral("/big.bin"), Test::TestServer::patternBody(size), "\"big\"");
    server->moveToThread(&serverThread);
    serverThread.start();
    QUrl url;
    QMetaObject::invokeMethod(server, [&] {
        server->listen();
        url = server->url(QStringLiteral("/big.bin"));
    }, Qt::BlockingQueuedConnection);
    LatencyProbe probe;
    probe.start();
    QElapsedTimer downloadClock;
    downloadClock.start();
    controller.addUrls({url.toString()});
    const QString dest = QDir(downloads).filePath(QStringLiteral("big.bin"));
    const bool complete = waitFor([&] { return QFileInfo::exists(dest); }, 600000);
    const double seconds = double(downloadClock.nsecsElapsed()) / 1e9;
    const double worst = probe.worstMs();
    QMetaObject::invokeMethod(server, [server] { delete server; }, Qt::BlockingQueuedConnection);
    serverThread.quit();
    serverThread.wait();

    std::printf("| measure | value |\n|---|--:|\n");
    std::printf("| queue size | %d items |\n", itemCount);
    std::printf("| start → window with every item rendered | %.0f ms |\n", loadMs);
    if (scrollMax >= 0)
        std::printf("| scrolling the whole list: median / worst frame | %.1f / %.1f ms (%lld frames) |\n", scrollMedian,
                    scrollMax, qlonglong(frameMs.size()));
    std::printf("| download of %lld MiB with the window open | %s, %.2f s (%.0f MiB/s) |\n", qlonglong(size >> 20),
                complete ? "complete" : "INCOMPLETE", seconds, double(size) / 1048576.0 / seconds);
    std::printf("| longest GUI-thread stall during the download | %.1f ms |\n", worst);
    controller.quit();
    return complete ? 0 : 1;
}
