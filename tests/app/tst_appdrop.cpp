// SPDX-License-Identifier: MIT
// Links reach the queue the way users bring them: a browser drag dropped on the
// real window (delivered as Qt delivers a drop: enter, move, drop) and a paste
// with Ctrl+V, each with the MIME payload Firefox or Chromium really sends.
#include "appcontroller.h"
#include "testserver.h"

#include <QApplication>
#include <QClipboard>
#include <QMimeData>
#include <QQmlApplicationEngine>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QtQml/qqmlextensionplugin.h>

#include <memory>

Q_IMPORT_QML_PLUGIN(HaulPlugin)
Q_IMPORT_QML_PLUGIN(Haul_AppPlugin)

using namespace Haul;
using Haul::Test::TestServer;

namespace {

// Firefox's text/x-moz-url: UTF-16LE "URL\nTitle".
QByteArray mozUrl(const QString &url, const QString &title)
{
    const QString text = url + u'\n' + title;
    return QByteArray(reinterpret_cast<const char *>(text.utf16()), text.size() * 2);
}

QStringList queuedUrls(AppController &app)
{
    QStringList urls;
    for (int i = 0; i < app.queue()->count(); ++i)
        urls << app.queue()->at(i).url.toString();
    return urls;
}

} // namespace

class TestAppDrop : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QQuickStyle::setStyle(QStringLiteral("Fusion"));
        QVERIFY(m_server.listen());
        for (const char *path : {"/dropped.iso", "/second.bin", "/pasted.zip"})
            m_server.setResource(QString::fromLatin1(path), TestServer::patternBody(4096), "\"v\"");
        m_app = std::make_unique<AppController>(m_profile.path());
        AppController::setInstance(m_app.get());
        m_app->settings()->setDownloadFolder(m_profile.filePath(QStringLiteral("Downloads")));
        m_app->start();
        QTRY_VERIFY(!m_app->isLoading());
        m_engine.addImportPath(QStringLiteral("qrc:/"));
        m_engine.setInitialProperties({{QStringLiteral("startMinimized"), false}, {QStringLiteral("trayAvailable"), false}});
        m_engine.load(QUrl(QStringLiteral("qrc:/Haul/Main.qml")));
        m_window = qobject_cast<QQuickWindow *>(m_engine.rootObjects().value(0));
        QVERIFY(m_window);
        QVERIFY(QTest::qWaitForWindowExposed(m_window));
    }

    void firefoxDragIsDropped()
    {
        const QString url = m_server.url(QStringLiteral("/dropped.iso")).toString();
        const QString second = m_server.url(QStringLiteral("/second.bin")).toString();
        QMimeData mime;
        // Firefox: the link as x-moz-url, uri-list and plain text; the title is not a link.
        mime.setData(QStringLiteral("text/x-moz-url"), mozUrl(url, QStringLiteral("Debian ISO")));
        mime.setData(QStringLiteral("text/uri-list"), (url + QStringLiteral("\r\n") + second + QStringLiteral("\r\n")).toUtf8());
        mime.setData(QStringLiteral("text/plain"), url.toUtf8());
        QSignalSpy added(m_app.get(), &AppController::added);
        drop(mime);
        QTRY_COMPARE(added.size(), 1);
        QCOMPARE(added.at(0).at(0).toInt(), 2);
        // The uri-list wins: both links, in order, once each.
        QCOMPARE(queuedUrls(*m_app), QStringList({url, second}));
        QTRY_COMPARE_WITH_TIMEOUT(m_app->queue()->at(0).state, QueueItem::State::Complete, 20000);
    }

    void selectedTextIsDropped()
    {
        // Chromium, a text selection dragged from a page: plain text only, no urls().
        const int before = m_app->queue()->count();
        const QString url = m_server.url(QStringLiteral("/second.bin")).toString() + QStringLiteral("?from=text");
        QMimeData mime;
        mime.setData(QStringLiteral("text/plain"), QStringLiteral("Mirror: %1 (fast)").arg(url).toUtf8());
        QVERIFY(mime.urls().isEmpty());
        QSignalSpy added(m_app.get(), &AppController::added);
        drop(mime);
        QTRY_COMPARE(added.size(), 1);
        QCOMPARE(m_app->queue()->count(), before + 1);
        QCOMPARE(m_app->queue()->at(before).url.toString(), url);
    }

    void ctrlVPastesLinks()
    {
        const int before = m_app->queue()->count();
        const QString url = m_server.url(QStringLiteral("/pasted.zip")).toString();
        auto *mime = new QMimeData; // the clipboard takes it
        mime->setText(QStringLiteral("Get it here: %1, or not.\r\nThanks!").arg(url));
        QGuiApplication::clipboard()->setMimeData(mime);
        QSignalSpy added(m_app.get(), &AppController::added);
        m_window->requestActivate();
        QTest::keyClick(m_window, Qt::Key_V, Qt::ControlModifier);
        QTRY_COMPARE(added.size(), 1);
        QCOMPARE(added.at(0).at(0).toInt(), 1);
        QCOMPARE(m_app->queue()->count(), before + 1);
        QCOMPARE(m_app->queue()->at(before).url.toString(), url);
    }

    void cleanupTestCase()
    {
        m_app->queue()->cancelAll();
        QTRY_COMPARE(m_app->queue()->activeCount(), 0);
    }

private:
    // As Qt delivers a drag from another application: enter, move, drop.
    void drop(const QMimeData &mime)
    {
        const QPoint at(m_window->width() / 2, m_window->height() / 2);
        QDragEnterEvent enter(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(m_window, &enter);
        QDragMoveEvent move(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(m_window, &move);
        QVERIFY(move.isAccepted());
        QDropEvent dropped(QPointF(at), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(m_window, &dropped);
    }

    TestServer m_server;
    QTemporaryDir m_profile;
    std::unique_ptr<AppController> m_app;
    QQmlApplicationEngine m_engine;
    QQuickWindow *m_window = nullptr;
};

QTEST_MAIN(TestAppDrop)
#include "tst_appdrop.moc"
