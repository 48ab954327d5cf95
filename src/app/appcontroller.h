// SPDX-License-Identifier: MIT
#pragma once

#include "appsettings.h"
#include "downloadqueue.h"
#include "queuemodel.h"
#include "queuestore.h"

#include <QObject>
#include <QStringList>
#include <QVariantList>
#include <QtQml/qqml.h>

class QQmlEngine;
class QJSEngine;

namespace Haul {

// What the window can do, in one place: the queue, its model, the settings and
// the actions behind every button, menu entry and shortcut. QML binds to it and
// calls it; it never computes download state itself.
class AppController : public QObject
{
    Q_OBJECT
    QML_NAMED_ELEMENT(App)
    QML_SINGLETON
    Q_PROPERTY(Haul::QueueModel *model READ model CONSTANT)
    Q_PROPERTY(Haul::AppSettings *settings READ settings CONSTANT)
    Q_PROPERTY(bool loading READ isLoading NOTIFY loadingChanged)
    // A message for the banner above the list (e.g. a damaged database); empty: none.
    Q_PROPERTY(QString notice READ notice NOTIFY noticeChanged)
    Q_PROPERTY(QString profileDir READ profileDir CONSTANT)

public:
    explicit AppController(const QString &profileDir, QObject *parent = nullptr);
    ~AppController() override;

    // The instance QML gets (set by whoever creates the controller).
    static AppController *create(QQmlEngine *, QJSEngine *);
    static void setInstance(AppController *controller) { s_instance = controller; }

    QueueModel *model() { return &m_model; }
    AppSettings *settings() { return &m_settings; }
    DownloadQueue *queue() { return &m_queue; }
    QueueStore *store() { return &m_store; }
    bool isLoading() const { return m_loading; }
    QString notice() const { return m_notice; }
    QString profileDir() const { return m_profileDir; }

    // Opens the database and restores the queue; downloads start once it is loaded.
    void start();

    // The Add dialog's lines, checked: a list of {line, text, url, sha256, valid, error}.
    Q_INVOKABLE QVariantList parseLines(const QString &text) const;
    // Adds every valid line; returns how many were added.
    Q_INVOKABLE int addLines(const QString &text, const QString &folder, bool startPaused);
    // URLs from the command line, another instance, a paste: into the download folder.
    Q_INVOKABLE int addUrls(const QStringList &urls);
    // A drop: format → bytes (ArrayBuffer) as QML's drop event gives them, plus its urls.
    Q_INVOKABLE int addDropped(const QVariantMap &formats, const QList<QUrl> &urls);
    // Links on the clipboard; 0 when there are none.
    Q_INVOKABLE int pasteFromClipboard();

    Q_INVOKABLE void pause(const QList<int> &ids);
    Q_INVOKABLE void resume(const QList<int> &ids);
    Q_INVOKABLE void retryNow(int id);
    Q_INVOKABLE void remove(const QList<int> &ids, bool deletePartial);
    Q_INVOKABLE void moveUp(int id);
    Q_INVOKABLE void moveDown(int id);
    Q_INVOKABLE void pauseAll();
    Q_INVOKABLE void resumeAll();
    Q_INVOKABLE void resolveExisting(int id, bool overwrite);
    // The item's own speed limit in KiB/s; 0: none (the global limit still applies).
    Q_INVOKABLE void setSpeedLimit(int id, int kibPerSecond);
    // The item's own connections for its file, 1-16; 0: Settings' number. Applies
    // from its next start: a running download keeps the connections it has.
    Q_INVOKABLE void setConnections(int id, int connections);
    Q_INVOKABLE bool openFile(int id);
    Q_INVOKABLE bool openFolder(int id);
    Q_INVOKABLE void copyUrls(const QList<int> &ids);
    Q_INVOKABLE void copySha256(int id);
    Q_INVOKABLE void copyText(const QString &text);
    Q_INVOKABLE void dismissNotice();
    // Stops every download (checkpoints saved), commits the database, then quits.
    Q_INVOKABLE void quit();

Q_SIGNALS:
    void loadingChanged();
    void noticeChanged();
    // A download completed or failed for good: for the tray's notification.
    void notify(const QString &title, const QString &message);
    // Another instance asked for the window.
    void showRequested();
    // Added n downloads from a paste or drop (n may be 0: nothing usable found).
    void added(int count);

private:
    int addParsed(const QList<QUrl> &urls, const QList<QByteArray> &sha256, const QString &folder, bool startPaused);
    void applySettings();
    void setNotice(const QString &notice);

    static AppController *s_instance;
    QString m_profileDir;
    AppSettings m_settings;
    QueueStore m_store;
    DownloadQueue m_queue;
    QueueModel m_model;
    // One budget for all downloads (Settings' speed limit), applied as back-pressure.
    std::shared_ptr<RateLimiter> m_speedLimit = std::make_shared<RateLimiter>();
    QStringList m_pending; // URLs that arrived before the queue was loaded
    QString m_notice;
    bool m_loading = true;
    bool m_quitting = false;
};

// QueueModel lives in the queue library (QtCore only); QML learns of it here.
struct QueueModelForeign
{
    Q_GADGET
    QML_FOREIGN(Haul::QueueModel)
    QML_NAMED_ELEMENT(QueueModel)
    QML_UNCREATABLE("The queue's model comes from App.model")
};

} // namespace Haul
