// SPDX-License-Identifier: MIT
// The real window (qrc:/Haul/Main.qml) over a real controller: it loads without
// a single QML warning, empty and with ~20 downloads in every state (a few of
// them running against a local test server), lists every row, and opens its
// dialogs and the details pane. With HAUL_SCREENSHOT_DIR set it saves PNGs of
// each (the details with the connections that carry a download and why not
// more), light and dark, narrow, with a large font and right-to-left, to look at.
// HAUL_SCREENSHOT_LANG (e.g. "ar", "de") shows it all in that language, laid out
// in that language's direction.
#include "appcontroller.h"
#include "failure.h"
#include "itemtext.h"
#include "segmentbasis.h"
#include "testserver.h"

#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QElapsedTimer>
#include <QFont>
#include <QLibraryInfo>
#include <QLocale>
#include <QPalette>
#include <QQmlApplicationEngine>
#include <QQuickItem>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QtQml/qqmlextensionplugin.h>

#include <memory>

Q_IMPORT_QML_PLUGIN(HaulPlugin)
Q_IMPORT_QML_PLUGIN(Haul_AppPlugin)

using namespace Haul;
using Haul::Test::Fault;
using Haul::Test::TestServer;

namespace {

// QML warnings and errors, collected by the message handler.
QStringList g_qmlMessages;
QtMessageHandler g_previousHandler = nullptr;

void collectQmlMessages(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    const QString category = QString::fromLatin1(context.category ? context.category : "");
    const bool fromQml = category.startsWith(u"qml") || category.startsWith(u"js") || message.contains(u".qml:")
        || message.contains(u".js:");
    if (fromQml && type != QtDebugMsg && type != QtInfoMsg)
        g_qmlMessages << message;
    if (g_previousHandler)
        g_previousHandler(type, context, message);
}

QDateTime ago(int seconds)
{
    return QDateTime::currentDateTimeUtc().addSecs(-seconds);
}

QByteArray fakeSha(char digit)
{
    return QByteArray(64, digit);
}

QueueItem finished(int id, const QString &folder, const QString &name, qint64 size)
{
    QueueItem item;
    item.id = id;
    item.url = QUrl(QStringLiteral("https://downloads.example.org/pub/") + name);
    item.folder = folder;
    item.fileName = name;
    item.state = QueueItem::State::Complete;
    item.total = size;
    item.bytesDone = item.highWater = quint64(size);
    item.attempts = 1;
    item.sha256 = QByteArray("9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08");
    item.treeHash = QStringLiteral("t1:2c26b46b68ffc68ff99b453c1d30413413422d706483bfa0f98a5e886266e7ae");
    item.etag = "\"5f2a-61c0e1d3\"";
    item.lastModified = "Tue, 14 May 2024 09:12:44 GMT";
    item.addedAt = ago(7200);
    item.finishedAt = ago(6000);
    item.history = {{ago(7100), 200, quint64(size), QStringLiteral("complete")}};
    return item;
}

QueueItem unfinished(int id, const QString &folder, const QString &name, QueueItem::State state, qint64 total,
                     qint64 done)
{
    QueueItem item;
    item.id = id;
    item.url = QUrl(QStringLiteral("https://mirror.example.net/files/") + name);
    item.folder = folder;
    item.fileName = name;
    item.state = state;
    item.total = total;
    item.bytesDone = item.highWater = quint64(done);
    item.addedAt = ago(3600);
    return item;
}

// Thirteen items that do not run: complete, paused, failed in every way.
QList<QueueItem> restoredItems(const QString &folder)
{
    QList<QueueItem> items;
    QueueItem verified = finished(1, folder, QStringLiteral("debian-12.5.0-amd64-DVD-1.iso"), 3'994'091'520);
    verified.expectedSha256 = verified.sha256;
    verified.verified = true;
    items << verified;
    items << finished(2, folder, QStringLiteral("annual-report-2023-final-version-approved-by-the-board.pdf"), 2'411'724);
    items << finished(3, folder, QStringLiteral("holiday-photos.zip"), 734'003'200);

    QueueItem paused = unfinished(4, folder, QStringLiteral("podcast-episode-142.mp3"), QueueItem::State::Paused,
                                  84'000'000, 33'600'000);
    paused.attempts = 1;
    paused.history = {{ago(3000), 206, 33'600'000, QStringLiteral("paused")}};
    items << paused;
    items << unfinished(5, folder, QStringLiteral("dataset-vol02.csv.gz"), QueueItem::State::Paused, -1, 0);

    QueueItem notFound = unfinished(6, folder, QStringLiteral("linux-6.9.tar.xz"), QueueItem::State::Failed, -1, 0);
    notFound.attempts = 3;
    notFound.errorKind = int(ErrorKind::UnexpectedStatus);
    notFound.error = QStringLiteral("The server answered 404 Not Found");
    notFound.etag = "\"abc-123\"";
    notFound.history = {{ago(1800), 503, 0, QStringLiteral("server busy (503)")},
                        {ago(1790), 503, 0, QStringLiteral("server busy (503)")},
                        {ago(1760), 404, 0, QStringLiteral("not found (404)")}};
    items << notFound;

    QueueItem exists = unfinished(7, folder, QStringLiteral("setup-2.4.1.exe"), QueueItem::State::Failed, 52'428'800, 0);
    exists.attempts = 1;
    exists.errorKind = int(ErrorKind::FileExists);
    exists.error = QStringLiteral("A file named setup-2.4.1.exe already exists");
    exists.history = {{ago(900), 200, 0, QStringLiteral("a file with this name exists")}};
    items << exists;

    QueueItem mismatch = unfinished(8, folder, QStringLiteral("firmware-v2.bin"), QueueItem::State::Failed,
                                    16'777'216, 16'777'216);
    mismatch.attempts = 1;
    mismatch.errorKind = int(ErrorKind::ChecksumMismatch);
    mismatch.error = QStringLiteral("SHA-256 does not match the expected checksum");
    mismatch.expectedSha256 = fakeSha('a');
    mismatch.sha256 = fakeSha('b');
    mismatch.history = {{ago(600), 200, 16'777'216, QStringLiteral("checksum mismatch")}};
    items << mismatch;

    QueueItem lost = unfinished(9, folder, QStringLiteral("lecture-07-distributed-systems.mp4"),
                                QueueItem::State::Failed, 1'288'490'188, 412'316'860);
    lost.attempts = 21;
    lost.errorKind = int(ErrorKind::Transport);
    lost.error = QStringLiteral("Connection refused");
    lost.history = {{ago(500), 206, 412'316'860, QStringLiteral("connection lost")}};
    items << lost;

    items << unfinished(10, folder,
                        QStringLiteral("a-very-long-file-name-that-goes-on-and-on-to-check-the-middle-elision-2024-final.tar.gz"),
                        QueueItem::State::Paused, 104'857'600, 10'485'760);
    items << finished(11, folder, QStringLiteral("sunset-over-the-harbour.jpg"), 4'718'592);
    items << finished(12, folder, QStringLiteral("main.cpp"), 12'288);
    QueueItem pending = unfinished(13, folder, QStringLiteral("archlinux-2024.05.01-x86_64.iso"),
                                   QueueItem::State::Paused, 1'181'116'006, 0);
    pending.expectedSha256 = fakeSha('c');
    items << pending;
    return items;
}

QPalette darkPalette()
{
    QPalette p;
    const QColor window(0x2b, 0x2d, 0x31), base(0x1f, 0x21, 0x24), text(0xe8, 0xea, 0xed);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, window);
    p.setColor(QPalette::ToolTipBase, QColor(0x3c, 0x40, 0x43));
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, QColor(0x9a, 0xa0, 0xa6));
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, QColor(0x35, 0x37, 0x3b));
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, Qt::white);
    p.setColor(QPalette::Light, QColor(0x45, 0x48, 0x4d));
    p.setColor(QPalette::Midlight, QColor(0x3a, 0x3d, 0x41));
    p.setColor(QPalette::Mid, QColor(0x25, 0x27, 0x2a));
    p.setColor(QPalette::Dark, QColor(0x18, 0x19, 0x1b));
    p.setColor(QPalette::Shadow, Qt::black);
    p.setColor(QPalette::Highlight, QColor(0x3d, 0x7e, 0xdb));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x8a, 0xb4, 0xf8));
    for (auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, QColor(0x80, 0x84, 0x89));
    return p;
}

} // namespace

class TestAppWindow : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QQmlApplicationEngine> load()
    {
        auto engine = std::make_unique<QQmlApplicationEngine>();
        engine->addImportPath(QStringLiteral("qrc:/"));
        engine->setInitialProperties({{QStringLiteral("startMinimized"), false}, {QStringLiteral("trayAvailable"), false}});
        engine->load(QUrl(QStringLiteral("qrc:/Haul/Main.qml")));
        return engine;
    }

    static QQuickWindow *windowOf(QQmlApplicationEngine &engine)
    {
        return engine.rootObjects().isEmpty() ? nullptr : qobject_cast<QQuickWindow *>(engine.rootObjects().constFirst());
    }

    // Saves a picture of the window (only with HAUL_SCREENSHOT_DIR).
    void shot(QQuickWindow *window, const QString &name)
    {
        m_controller->model()->refresh();
        QCoreApplication::processEvents();
        const QImage image = window->grabWindow();
        QVERIFY(!image.isNull());
        if (m_shotDir.isEmpty())
            return;
        QVERIFY(QDir().mkpath(m_shotDir));
        const QString file = QDir(m_shotDir).filePath(name + QStringLiteral(".png"));
        QVERIFY2(image.save(file), qPrintable(file));
    }

    static QObject *child(QObject *root, const char *name)
    {
        return root->findChild<QObject *>(QString::fromLatin1(name));
    }

    // Visible items named name under item (delegates are items, not QObject children).
    static int countVisible(QQuickItem *item, const char *name)
    {
        int n = 0;
        for (QQuickItem *c : item->childItems()) {
            if (!c->isVisible())
                continue;
            if (c->objectName() == QLatin1String(name))
                ++n;
            n += countVisible(c, name);
        }
        return n;
    }

    static bool popupOpened(QObject *window, const char *name)
    {
        QObject *popup = child(window, name);
        return popup && popup->property("opened").toBool();
    }

    void fillQueue()
    {
        if (m_controller->model()->rowCount() > 0)
            return;
        const QString folder = m_downloads.path();
        m_controller->queue()->restore(restoredItems(folder), 13);

        // Live ones: two downloading (one of unknown size), one waiting to retry, two queued.
        m_server.setResource(QStringLiteral("/ubuntu-24.04-desktop-amd64.iso"), TestServer::patternBody(24 << 20), "\"u1\"");
        // Per connection: four of them (Settings' default) take over a minute, as one did at 384 KiB/s.
        m_server.addFault(QStringLiteral("/ubuntu-24.04-desktop-amd64.iso"), Fault::throttle(96 * 1024), Fault::Forever);
        m_server.setResource(QStringLiteral("/nightly-build.tar.zst"), TestServer::patternBody(16 << 20), "\"n1\"");
        // A server that neither says the size nor serves ranges: one connection, and the details say why.
        m_server.addFault(QStringLiteral("/nightly-build.tar.zst"),
                          {.ignoreRange = true, .chunked = true, .throttleBytesPerSecond = 256 * 1024}, Fault::Forever);
        m_server.setResource(QStringLiteral("/dataset-vol03.parquet"), TestServer::patternBody(1 << 20), "\"d3\"");
        m_server.addFault(QStringLiteral("/dataset-vol03.parquet"), Fault::forcedStatus(503, {{"Retry-After", "30"}}),
                          Fault::Forever);
        for (const char *path : {"/queued-one.mkv", "/queued-two.flac"}) {
            m_server.setResource(QString::fromLatin1(path), TestServer::patternBody(1 << 20), "\"q\"");
            m_server.addFault(QString::fromLatin1(path), Fault::throttle(64 * 1024), Fault::Forever);
        }
        QList<QueueItem> live;
        for (const char *path : {"/ubuntu-24.04-desktop-amd64.iso", "/nightly-build.tar.zst", "/dataset-vol03.parquet",
                                 "/queued-one.mkv", "/queued-two.flac"}) {
            QueueItem item;
            item.url = m_server.url(QString::fromLatin1(path));
            item.folder = folder;
            live << item;
        }
        live[0].expectedSha256 = fakeSha('d');
        const QList<int> ids = m_controller->queue()->add(live);
        QCOMPARE(ids.size(), 5);
        auto state = [this](int id) {
            const QueueItem *item = m_controller->queue()->item(id);
            return item ? item->state : QueueItem::State::Failed;
        };
        QTRY_COMPARE_WITH_TIMEOUT(state(ids[0]), QueueItem::State::Downloading, 15000);
        QTRY_COMPARE_WITH_TIMEOUT(state(ids[1]), QueueItem::State::Downloading, 15000);
        QTRY_COMPARE_WITH_TIMEOUT(state(ids[2]), QueueItem::State::WaitingToRetry, 15000);
        QCOMPARE(state(ids[3]), QueueItem::State::Queued);
        // Figures need a moment of data: a speed and a size on screen.
        QTRY_VERIFY_WITH_TIMEOUT(m_controller->queue()->item(ids[0])->bytesPerSecond > 0, 15000);
        QTRY_VERIFY_WITH_TIMEOUT(m_controller->queue()->item(ids[1])->bytesPerSecond > 0, 15000);
        m_controller->model()->refresh();
        QCOMPARE(m_controller->model()->rowCount(), 18);
    }

    // HAUL_SCREENSHOT_LANG: Qt's and Haul's catalogues as main.cpp loads them, and the direction.
    void installLanguage(const QString &language)
    {
        const QLocale locale(language);
        QLocale::setDefault(locale);
        auto *qt = new QTranslator(this);
        if (qt->load(locale, QStringLiteral("qt"), QStringLiteral("_"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
            QCoreApplication::installTranslator(qt);
        auto *haul = new QTranslator(this);
        QVERIFY2(haul->load(locale, QStringLiteral("haul"), QStringLiteral("_"), QStringLiteral(":/i18n")),
                 qPrintable(language));
        QCoreApplication::installTranslator(haul);
        m_direction = locale.textDirection();
        QGuiApplication::setLayoutDirection(m_direction);
    }

    // A window with rows: the list shows every one of them.
    void checkRows(QQuickWindow *window)
    {
        QObject *list = child(window, "queueList");
        QVERIFY(list);
        QTRY_COMPARE(list->property("count").toInt(), m_controller->model()->rowCount());
    }

private slots:
    void initTestCase()
    {
        m_shotDir = qEnvironmentVariable("HAUL_SCREENSHOT_DIR");
        if (const QString language = qEnvironmentVariable("HAUL_SCREENSHOT_LANG"); !language.isEmpty())
            installLanguage(language);
        g_previousHandler = qInstallMessageHandler(collectQmlMessages);
        QQuickStyle::setStyle(QStringLiteral("Fusion"));
        QGuiApplication::setFont(QFont(QStringLiteral("DejaVu Sans"), 10));
        m_lightPalette = QGuiApplication::palette();
        QVERIFY(m_profile.isValid());
        QVERIFY(m_downloads.isValid());
        QVERIFY(m_server.listen());
        m_controller = std::make_unique<AppController>(m_profile.path());
        m_controller->settings()->setDownloadFolder(m_downloads.path());
        m_controller->settings()->setMaxActive(3);
        m_controller->settings()->setRetries(5);
        AppController::setInstance(m_controller.get());
        m_controller->start();
        QTRY_VERIFY_WITH_TIMEOUT(!m_controller->isLoading(), 15000);
    }

    void init()
    {
        g_qmlMessages.clear();
    }

    void cleanup()
    {
        QVERIFY2(g_qmlMessages.isEmpty(), qPrintable(g_qmlMessages.join(u'\n')));
    }

    void cleanupTestCase()
    {
        QGuiApplication::setPalette(m_lightPalette);
        m_controller->queue()->pauseAll();
        qInstallMessageHandler(g_previousHandler);
        AppController::setInstance(nullptr);
        m_controller.reset();
    }

    void emptyWindow()
    {
        QCOMPARE(m_controller->model()->rowCount(), 0);
        auto engine = load();
        QQuickWindow *window = windowOf(*engine);
        QVERIFY(window);
        QVERIFY(QTest::qWaitForWindowExposed(window));
        QObject *empty = child(window, "emptyState");
        QVERIFY(empty);
        QTRY_VERIFY(empty->property("visible").toBool());
        shot(window, QStringLiteral("01-empty"));
    }

    void busyWindow()
    {
        fillQueue();
        auto engine = load();
        QQuickWindow *window = windowOf(*engine);
        QVERIFY(window);
        QVERIFY(QTest::qWaitForWindowExposed(window));
        checkRows(window);
        QVERIFY(!child(window, "emptyState")->property("visible").toBool());
        // The menus and the context menu: shortcuts beside the entries.
        QMetaObject::invokeMethod(window, "selectRow", Q_ARG(QVariant, m_controller->model()->rowCount() - 5));
        QObject *menu = child(window, "downloadMenu");
        QVERIFY(menu);
        QMetaObject::invokeMethod(menu, "open");
        QTRY_VERIFY(menu->property("opened").toBool());
        shot(window, QStringLiteral("15-menu"));
        QMetaObject::invokeMethod(menu, "close");
        QTRY_VERIFY(!menu->property("opened").toBool());
        QMetaObject::invokeMethod(window, "showContextMenu", Q_ARG(QVariant, m_controller->model()->rowOf(6)));
        QTRY_VERIFY(popupOpened(window, "contextMenu"));
        shot(window, QStringLiteral("16-context-menu"));
        QMetaObject::invokeMethod(child(window, "contextMenu"), "close");
        QTRY_VERIFY(!popupOpened(window, "contextMenu"));
        // The second row selected: how a selection looks.
        QMetaObject::invokeMethod(window, "selectRow", Q_ARG(QVariant, 1));
        shot(window, QStringLiteral("02-busy-light"));
        // Tall enough for every row: each state at once.
        window->resize(1000, 1200);
        QTRY_COMPARE(window->height(), 1200);
        shot(window, QStringLiteral("02-busy-light-all"));
        QVERIFY(child(window, "queueList")->property("activeFocus").isValid());
    }

    void addDialogWithInvalidLines()
    {
        fillQueue();
        auto engine = load();
        QQuickWindow *window = windowOf(*engine);
        QVERIFY(window);
        QVERIFY(QTest::qWaitForWindowExposed(window));
        const QString text = QStringLiteral("https://cdimage.debian.org/debian-cd/current/amd64/iso-cd/debian-12.5.0-amd64-netinst.iso\n"
                                            "ftp://ftp.example.com/pub/old-release.tar.gz\n"
                                            "https://example.com/files/report.pdf  not-a-checksum\n"
                                            "https://example.com/files/photos.zip\n");
        QMetaObject::invokeMethod(window, "openAddDialog", Q_ARG(QVariant, text));
        QTRY_VERIFY(popupOpened(window, "addDialog"));
        QObject *dialog = child(window, "addDialog");
        QCOMPARE(dialog->property("validCount").toInt(), 2);
        shot(window, QStringLiteral("04-add-dialog"));
    }

    void detailsOfAFailedItem()
    {
        fillQueue();
        auto engine = load();
        QQuickWindow *window = windowOf(*engine);
        QVERIFY(window);
        QVERIFY(QTest::qWaitForWindowExposed(window));
        window->resize(1180, 820);
        const int row = m_controller->model()->rowOf(6); // 404 after two 503s
        QVERIFY(row >= 0);
        QMetaObject::invokeMethod(window, "showDetails", Q_ARG(QVariant, row));
        QObject *pane = child(window, "detailsPane");
        QVERIFY(pane);
        QTRY_VERIFY(pane->property("visible").toBool());
        QTRY_COMPARE(pane->property("itemId").toInt(), 6);
        QObject *history = child(pane, "historyRepeater");
        QVERIFY(history);
        QTRY_COMPARE(history->property("count").toInt(), 3);
        shot(window, QStringLiteral("05-details-failed"));

        // Live: a running item's pane follows its progress.
        const int running = m_controller->model()->rowCount() - 5;
        QMetaObject::invokeMethod(window, "showDetails", Q_ARG(QVariant, running));
        const int id = m_controller->model()->idAt(running);
        QTRY_COMPARE(pane->property("itemId").toInt(), id);
        const auto bytes = [pane] { return pane->property("item").toMap().value(QStringLiteral("bytesDone")).toLongLong(); };
        const qint64 first = bytes();
        QTRY_VERIFY_WITH_TIMEOUT(bytes() > first, 15000);
        shot(window, QStringLiteral("06-details-running"));

        // How many connections carry it, and its own number, set from the keyboard.
        const auto modelText = [this](int itemId) {
            QueueModel *model = m_controller->model();
            return model->index(model->rowOf(itemId)).data(QueueModel::ConnectionsTextRole).toString();
        };
        QObject *connections = child(pane, "detailsConnections");
        QVERIFY(connections);
        QTRY_VERIFY_WITH_TIMEOUT(!modelText(id).isEmpty(), 15000);
        QTRY_COMPARE(connections->property("text").toString(), modelText(id));
        QVERIFY(connections->property("visible").toBool());
        auto *check = qobject_cast<QQuickItem *>(child(pane, "itemConnectionsCheck"));
        auto *box = qobject_cast<QQuickItem *>(child(pane, "itemConnectionsBox"));
        QVERIFY(check && box);
        const int fromSettings = m_controller->settings()->connectionsPerDownload();
        const auto own = [this, id] { return m_controller->queue()->item(id)->connections; };
        QCOMPARE(own(), 0);
        QVERIFY(!check->property("checked").toBool());
        QVERIFY(!box->isEnabled());
        QCOMPARE(box->property("value").toInt(), fromSettings); // what it follows
        window->requestActivate();
        QVERIFY(QTest::qWaitForWindowActive(window));
        check->forceActiveFocus();
        QTest::keyClick(window, Qt::Key_Space);
        QTRY_COMPARE(own(), fromSettings);
        QVERIFY(box->isEnabled());
        box->forceActiveFocus();
        QTest::keyClick(window, Qt::Key_Up);
        QTRY_COMPARE(own(), fromSettings + 1);
        QCOMPARE(box->property("value").toInt(), fromSettings + 1);
        // It runs: the number waits for the next start, and the pane says so.
        QCOMPARE(child(pane, "itemConnectionsNote")->property("text").toString(),
                 QCoreApplication::translate("DetailsPane", "from its next start"));
        shot(window, QStringLiteral("06b-details-own-connections"));
        check->forceActiveFocus();
        QTest::keyClick(window, Qt::Key_Space);
        QTRY_COMPARE(own(), 0);
        QTRY_COMPARE(box->property("value").toInt(), fromSettings); // once the row is refreshed
        QVERIFY(!box->isEnabled());

        // A server without ranges: one connection, and the pane says why.
        const int whole = m_controller->model()->rowCount() - 4;
        const int wholeId = m_controller->model()->idAt(whole);
        QMetaObject::invokeMethod(window, "showDetails", Q_ARG(QVariant, whole));
        QTRY_COMPARE(pane->property("itemId").toInt(), wholeId);
        const int refusal = m_controller->queue()->item(wholeId)->splitRefusal;
        QVERIFY2(refusal != int(SplitRefusal::None), "it runs on more than one connection: the test proves nothing");
        QCOMPARE(m_controller->queue()->item(wholeId)->activeConnections, 1);
        QTRY_COMPARE(connections->property("text").toString(), modelText(wholeId));
        QVERIFY(connections->property("text").toString().endsWith(ItemText::splitRefusalText(refusal)));
        shot(window, QStringLiteral("06c-details-one-connection"));
        m_controller->settings()->setDetailsVisible(false);
    }

    void settingsDialog()
    {
        auto engine = load();
        QQuickWindow *window = windowOf(*engine);
        QVERIFY(window);
        QVERIFY(QTest::qWaitForWindowExposed(window));
        QMetaObject::invokeMethod(window, "openSettings");
        QTRY_VERIFY(popupOpened(window, "settingsDialog"));
        QObject *note = child(window, "noTrayNote");
        QVERIFY(note);
        QVERIFY(note->property("visible").toBool()); // trayAvailable is false here
        shot(window, QStringLiteral("07-settings"));

        // Connections per download, from the keyboard.
        AppSettings *settings = m_controller->settings();
        const int before = settings->connectionsPerDownload();
        auto *connections = qobject_cast<QQuickItem *>(child(window, "connectionsBox"));
        QVERIFY(connections);
        QCOMPARE(connections->property("value").toInt(), before);
        QCOMPARE(connections->property("from").toInt(), 1);
        QCOMPARE(connections->property("to").toInt(), 16);
        window->requestActivate();
        QVERIFY(QTest::qWaitForWindowActive(window));
        connections->forceActiveFocus();
        QTest::keyClick(window, Qt::Key_Up);
        QTRY_COMPARE(settings->connectionsPerDownload(), before + 1);
        QCOMPARE(m_controller->queue()->baseOptions().connections, before + 1);
        settings->setConnectionsPerDownload(before);
        QTRY_COMPARE(connections->property("value").toInt(), before);
    }

    void darkWindow()
    {
        fillQueue();
        QGuiApplication::setPalette(darkPalette());
        auto engine = load();
        QQuickWindow *window = windowOf(*engine);
        QVERIFY(window);
        QVERIFY(QTest::qWaitForWindowExposed(window));
        checkRows(window);
        QMetaObject::invokeMethod(window, "selectRow", Q_ARG(QVariant, 1));
        shot(window, QStringLiteral("03-busy-dark"));
        window->resize(1000, 1200);
        QTRY_COMPARE(window->height(), 1200);
        shot(window, QStringLiteral("03-busy-dark-all"));
        window->resize(1180, 820);
        QMetaObject::invokeMethod(window, "showDetails", Q_ARG(QVariant, m_controller->model()->rowOf(8)));
        shot(window, QStringLiteral("08-details-dark"));
        m_controller->settings()->setDetailsVisible(false);
        QMetaObject::invokeMethod(window, "openAddDialog",
                                  Q_ARG(QVariant, QStringLiteral("https://example.com/a.iso\nnot a link\n")));
        QTRY_VERIFY(popupOpened(window, "addDialog"));
        shot(window, QStringLiteral("09-add-dialog-dark"));
        engine.reset();
        QGuiApplication::setPalette(m_lightPalette);
    }

    void narrowWindow()
    {
        fillQueue();
        auto engine = load();
        QQuickWindow *window = windowOf(*engine);
        QVERIFY(window);
        window->resize(640, 400);
        QVERIFY(QTest::qWaitForWindowExposed(window));
        QTRY_COMPARE(window->width(), 640);
        checkRows(window);
        shot(window, QStringLiteral("10-narrow"));
        QMetaObject::invokeMethod(window, "showDetails", Q_ARG(QVariant, 0));
        shot(window, QStringLiteral("11-narrow-details"));
        m_controller->settings()->setDetailsVisible(false);
    }

    void largeFont()
    {
        fillQueue();
        const QFont normal = QGuiApplication::font();
        QFont large = normal;
        large.setPointSize(14);
        QGuiApplication::setFont(large);
        auto engine = load();
        QQuickWindow *window = windowOf(*engine);
        QVERIFY(window);
        QVERIFY(QTest::qWaitForWindowExposed(window));
        checkRows(window);
        shot(window, QStringLiteral("12-large-font"));
        engine.reset();
        QGuiApplication::setFont(normal);
    }

    void rightToLeft()
    {
        fillQueue();
        QGuiApplication::setLayoutDirection(Qt::RightToLeft);
        auto engine = load();
        QQuickWindow *window = windowOf(*engine);
        QVERIFY(window);
        QVERIFY(QTest::qWaitForWindowExposed(window));
        checkRows(window);
        QMetaObject::invokeMethod(window, "showDetails", Q_ARG(QVariant, m_controller->model()->rowOf(6)));
        shot(window, QStringLiteral("13-rtl"));
        m_controller->settings()->setDetailsVisible(false);
        engine.reset();
        QGuiApplication::setLayoutDirection(m_direction);
    }

    // The list and its actions work from the keyboard alone.
    void keyboard()
    {
        fillQueue();
        QueueModel *model = m_controller->model();
        auto engine = load();
        QQuickWindow *window = windowOf(*engine);
        QVERIFY(window);
        window->requestActivate();
        QVERIFY(QTest::qWaitForWindowActive(window));
        checkRows(window);
        QObject *view = child(window, "queueView");
        QObject *list = child(window, "queueList");
        QTRY_VERIFY(list->property("activeFocus").toBool());
        const auto currentId = [view] { return view->property("currentId").toInt(); };
        const auto selected = [view] { return view->property("selectionCount").toInt(); };

        QTest::keyClick(window, Qt::Key_Down);
        QCOMPARE(currentId(), model->idAt(0));
        QTest::keyClick(window, Qt::Key_Down, Qt::ShiftModifier);
        QCOMPARE(currentId(), model->idAt(1));
        QCOMPARE(selected(), 2);
        QTest::keyClick(window, Qt::Key_A, Qt::ControlModifier);
        QCOMPARE(selected(), model->rowCount());
        QTest::keyClick(window, Qt::Key_Escape);
        QCOMPARE(selected(), 0);

        // Delete asks first when partial data could go too, and Escape keeps everything.
        QMetaObject::invokeMethod(window, "selectRow", Q_ARG(QVariant, model->rowOf(4)));
        QTest::keyClick(window, Qt::Key_Delete);
        QTRY_VERIFY(popupOpened(window, "removeDialog"));
        QObject *removeDialog = child(window, "removeDialog");
        QCOMPARE(removeDialog->property("title").toString(), QCoreApplication::translate("RemoveDialog", "Remove 1 download"));
        QTest::keyClick(window, Qt::Key_Escape);
        QTRY_VERIFY(!popupOpened(window, "removeDialog"));
        QVERIFY(model->rowOf(4) >= 0);

        // A finished one goes at once (its file stays), and the next row becomes current.
        const int finishedRow = model->rowOf(11);
        QMetaObject::invokeMethod(window, "selectRow", Q_ARG(QVariant, finishedRow));
        QTest::keyClick(window, Qt::Key_Delete);
        QTRY_COMPARE(model->rowOf(11), -1);
        QVERIFY(!popupOpened(window, "removeDialog"));
        QTRY_COMPARE(currentId(), model->idAt(finishedRow));

        // Space pauses and resumes (a live item: its server is the local test server).
        const int lastRow = model->rowCount() - 1;
        const int liveId = model->idAt(lastRow);
        QMetaObject::invokeMethod(window, "selectRow", Q_ARG(QVariant, lastRow));
        const auto state = [this, liveId] { return m_controller->queue()->item(liveId)->state; };
        QCOMPARE(state(), QueueItem::State::Queued);
        QTest::keyClick(window, Qt::Key_Space);
        QTRY_COMPARE(state(), QueueItem::State::Paused);
        QTest::keyClick(window, Qt::Key_Space);
        QTRY_VERIFY(state() != QueueItem::State::Paused);

        // Ctrl+Up moves it up; Ctrl+Down back.
        QTest::keyClick(window, Qt::Key_Up, Qt::ControlModifier);
        QTRY_COMPARE(model->rowOf(liveId), lastRow - 1);
        QTest::keyClick(window, Qt::Key_Down, Qt::ControlModifier);
        QTRY_COMPARE(model->rowOf(liveId), lastRow);

        // Enter on an unfinished item shows its details.
        QVERIFY(!m_controller->settings()->detailsVisible());
        QTest::keyClick(window, Qt::Key_Return);
        QTRY_VERIFY(m_controller->settings()->detailsVisible());
        QTRY_COMPARE(child(window, "detailsPane")->property("itemId").toInt(), liveId);
        m_controller->settings()->setDetailsVisible(false);

        // Ctrl+V without links: a short note, no dialog.
        QGuiApplication::clipboard()->setText(QStringLiteral("nothing to download here"));
        QTest::keyClick(window, Qt::Key_V, Qt::ControlModifier);
        QObject *toast = child(window, "toastText");
        QVERIFY(toast);
        QTRY_COMPARE(toast->property("text").toString(), QCoreApplication::translate("Main", "No links found on the clipboard"));
        QTRY_COMPARE(child(window, "toast")->property("opacity").toReal(), 1.0);
        shot(window, QStringLiteral("17-toast"));

        // Ctrl+N opens the Add dialog; Escape closes it.
        QTest::keyClick(window, Qt::Key_N, Qt::ControlModifier);
        QTRY_VERIFY(popupOpened(window, "addDialog"));
        QTest::keyClick(window, Qt::Key_Escape);
        QTRY_VERIFY(!popupOpened(window, "addDialog"));
    }

    // 10,000 rows: the list holds only what is on screen, and selecting all stays quick.
    void tenThousandRows()
    {
        fillQueue();
        QueueModel *model = m_controller->model();
        QList<QueueItem> many;
        for (int i = 0; i < 10'000; ++i) {
            QueueItem item;
            item.url = m_server.url(QStringLiteral("/many/file-%1.bin").arg(i));
            item.folder = m_downloads.path();
            item.state = QueueItem::State::Paused;
            many << item;
        }
        QElapsedTimer adding;
        adding.start();
        m_controller->queue()->add(many);
        QTRY_VERIFY(model->rowCount() >= 10'000);
        qInfo("10,000 rows: added in %lld ms", adding.elapsed());
        adding.restart();
        auto engine = load();
        QQuickWindow *window = windowOf(*engine);
        QVERIFY(window);
        window->requestActivate();
        QVERIFY(QTest::qWaitForWindowActive(window));
        checkRows(window);
        qInfo("10,000 rows: window shown in %lld ms", adding.elapsed());
        QObject *list = child(window, "queueList");
        QTRY_VERIFY(list->property("activeFocus").toBool());

        QElapsedTimer timer;
        timer.start();
        QTest::keyClick(window, Qt::Key_A, Qt::ControlModifier);
        QCOMPARE(child(window, "queueView")->property("selectionCount").toInt(), model->rowCount());
        QCoreApplication::processEvents(); // the toolbar's abilities follow (Qt.callLater)
        const qint64 selectMs = timer.restart();
        QTest::keyClick(window, Qt::Key_End);
        QCOMPARE(child(window, "queueView")->property("currentId").toInt(), model->idAt(model->rowCount() - 1));
        const QImage frame = window->grabWindow();
        const qint64 scrollMs = timer.elapsed();
        QVERIFY(!frame.isNull());
        // Only the visible rows (and a small cache) exist as items.
        const int delegates = countVisible(qobject_cast<QQuickItem *>(list), "nameLabel");
        qInfo("10,000 rows: select all %lld ms, jump to the end and draw %lld ms, %d rows drawn", selectMs, scrollMs,
              delegates);
        QVERIFY2(delegates < 100, qPrintable(QString::number(delegates)));
        QVERIFY2(selectMs < 3000, qPrintable(QString::number(selectMs)));
        QVERIFY2(scrollMs < 3000, qPrintable(QString::number(scrollMs)));
        shot(window, QStringLiteral("14-ten-thousand"));
    }

private:
    QString m_shotDir;
    Qt::LayoutDirection m_direction = Qt::LeftToRight;
    QPalette m_lightPalette;
    TestServer m_server;
    QTemporaryDir m_profile;
    QTemporaryDir m_downloads;
    std::unique_ptr<AppController> m_controller;
};

QTEST_MAIN(TestAppWindow)

#include "tst_appwindow.moc"
