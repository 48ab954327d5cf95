// SPDX-License-Identifier: MIT
#include "appcontroller.h"

#include "itemtext.h"
#include "linkparser.h"

#include <QClipboard>
#include <QCoreApplication>
#include <QDesktopServices>
#include <QDir>
#include <QFileInfo>
#include <QGuiApplication>
#include <QJSEngine>
#include <QLoggingCategory>
#include <QMimeData>

Q_LOGGING_CATEGORY(lcApp, "haul.app", QtWarningMsg)

namespace Haul {

AppController *AppController::s_instance = nullptr;

AppController::AppController(const QString &profileDir, QObject *parent)
    : QObject(parent), m_profileDir(profileDir),
      m_settings(QDir(profileDir).filePath(QStringLiteral("settings.ini")))
{
    m_model.setQueue(&m_queue);
    m_queue.setStore(&m_store);
    applySettings();
    connect(&m_settings, &AppSettings::maxActiveChanged, this, &AppController::applySettings);
    connect(&m_settings, &AppSettings::retriesChanged, this, &AppController::applySettings);
    connect(&m_settings, &AppSettings::speedLimitChanged, this, &AppController::applySettings);
    connect(&m_settings, &AppSettings::connectionsPerDownloadChanged, this, &AppController::applySettings);
    connect(&m_settings, &AppSettings::existingFileChanged, this, &AppController::applySettings);
    connect(&m_settings, &AppSettings::problem, this, &AppController::setNotice);
    connect(&m_store, &QueueStore::problem, this, &AppController::setNotice);
    connect(&m_store, &QueueStore::loaded, this, [this](const QList<QueueItem> &items, int maxId) {
        m_queue.restore(items, maxId);
        m_loading = false;
        emit loadingChanged();
        m_queue.start();
        if (!m_pending.isEmpty())
            addUrls(std::exchange(m_pending, {}));
    });
    connect(&m_queue, &DownloadQueue::finished, this, [this](int id, const Result &) {
        if (const QueueItem *item = m_queue.item(id))
            emit notify(tr("Download complete"), ItemText::displayName(*item));
    });
    connect(&m_queue, &DownloadQueue::failed, this, [this](int id, const Failure &f) {
        const QueueItem *item = m_queue.item(id);
        if (!item || f.kind == ErrorKind::Cancelled || m_quitting)
            return;
        emit notify(tr("Download failed"), tr("%1: %2").arg(ItemText::displayName(*item), ItemText::reasonText(*item)));
    });
    connect(&m_queue, &DownloadQueue::stopped, this, [this] {
        if (!m_quitting)
            return;
        m_store.flush();
        QCoreApplication::quit();
    });
}

AppController::~AppController()
{
    if (s_instance == this)
        s_instance = nullptr;
}

AppController *AppController::create(QQmlEngine *, QJSEngine *)
{
    Q_ASSERT_X(s_instance, "AppController", "create the controller before loading QML");
    QJSEngine::setObjectOwnership(s_instance, QJSEngine::CppOwnership);
    return s_instance;
}

void AppController::start()
{
    m_store.open(QDir(m_profileDir).filePath(QStringLiteral("queue.db")));
}

void AppController::applySettings()
{
    DownloadOptions o = m_queue.baseOptions();
    o.headers.set("User-Agent", "Haul/" + QCoreApplication::applicationVersion().toLatin1());
    o.retry.maxRetries = m_settings.retries();
    m_speedLimit->setRate(qint64(m_settings.speedLimit()) * 1024); // running downloads feel it at once
    o.sharedLimit = m_speedLimit;
    // Items with connections == 0 take it when they next start; running ones keep theirs.
    o.connections = m_settings.connectionsPerDownload();
    const QString policy = m_settings.existingFile();
    o.existingFile = policy == u"overwrite" ? DownloadOptions::ExistingFile::Overwrite
        : policy == u"ask"                  ? DownloadOptions::ExistingFile::Refuse
                                            : DownloadOptions::ExistingFile::Rename;
    m_queue.setBaseOptions(o);
    m_queue.setMaxActive(m_settings.maxActive());
}

void AppController::setNotice(const QString &notice)
{
    if (m_notice == notice)
        return;
    m_notice = notice;
    emit noticeChanged();
}

void AppController::dismissNotice()
{
    setNotice(QString());
}

QVariantList AppController::parseLines(const QString &text) const
{
    QVariantList list;
    for (const ParsedLink &link : LinkParser::parseLines(text)) {
        list << QVariantMap{{QStringLiteral("line"), link.line},
                            {QStringLiteral("text"), link.text},
                            {QStringLiteral("url"), link.url.toString()},
                            {QStringLiteral("sha256"), QString::fromLatin1(link.sha256)},
                            {QStringLiteral("valid"), link.isValid()},
                            {QStringLiteral("error"), link.error}};
    }
    return list;
}

int AppController::addParsed(const QList<QUrl> &urls, const QList<QByteArray> &sha256, const QString &folder,
                             bool startPaused)
{
    QList<QueueItem> items;
    const QString into = folder.isEmpty() ? m_settings.downloadFolder() : QDir::cleanPath(folder);
    for (qsizetype i = 0; i < urls.size(); ++i) {
        QueueItem item;
        item.url = urls.at(i);
        item.folder = into;
        item.expectedSha256 = sha256.value(i);
        item.state = startPaused ? QueueItem::State::Paused : QueueItem::State::Queued;
        items << item;
    }
    m_queue.add(items);
    return int(items.size());
}

int AppController::addLines(const QString &text, const QString &folder, bool startPaused)
{
    QList<QUrl> urls;
    QList<QByteArray> sums;
    for (const ParsedLink &link : LinkParser::parseLines(text)) {
        if (link.isValid()) {
            urls << link.url;
            sums << link.sha256;
        }
    }
    return addParsed(urls, sums, folder, startPaused);
}

int AppController::addUrls(const QStringList &urls)
{
    if (m_loading) {
        m_pending += urls;
        return 0;
    }
    const QList<ParsedLink> links = LinkParser::parseLines(urls.join(u'\n'));
    QList<QUrl> valid;
    for (const ParsedLink &link : links) {
        if (link.isValid())
            valid << link.url;
        else
            qCWarning(lcApp).noquote() << link.text << "—" << link.error;
    }
    const int n = addParsed(valid, {}, QString(), false);
    emit added(n);
    return n;
}

int AppController::addDropped(const QVariantMap &formats, const QList<QUrl> &urls)
{
    QHash<QString, QByteArray> data;
    for (auto it = formats.cbegin(); it != formats.cend(); ++it)
        data.insert(it.key(), it.value().metaType().id() == QMetaType::QByteArray ? it.value().toByteArray()
                                                                                   : it.value().toString().toUtf8());
    QList<QUrl> found = LinkParser::urlsFromMime(data);
    if (found.isEmpty()) {
        for (const QUrl &url : urls) {
            if (url.scheme() == u"http" || url.scheme() == u"https")
                found << url;
        }
    }
    const int n = addParsed(found, {}, QString(), false);
    emit added(n);
    return n;
}

int AppController::pasteFromClipboard()
{
    const QMimeData *mime = QGuiApplication::clipboard()->mimeData();
    const int n = mime ? addParsed(LinkParser::urlsFromMime(mime), {}, QString(), false) : 0;
    emit added(n);
    return n;
}

void AppController::pause(const QList<int> &ids)
{
    for (int id : ids)
        m_queue.pause(id);
}

void AppController::resume(const QList<int> &ids)
{
    for (int id : ids)
        m_queue.resume(id);
}

void AppController::retryNow(int id)
{
    m_queue.retryNow(id);
}

void AppController::remove(const QList<int> &ids, bool deletePartial)
{
    for (int id : ids)
        m_queue.remove(id, deletePartial);
}

void AppController::moveUp(int id)
{
    m_queue.moveUp(id);
}

void AppController::moveDown(int id)
{
    m_queue.moveDown(id);
}

void AppController::pauseAll()
{
    m_queue.pauseAll();
}

void AppController::resumeAll()
{
    m_queue.resumeAll();
}

void AppController::resolveExisting(int id, bool overwrite)
{
    m_queue.resolveExisting(id, overwrite);
}

void AppController::setSpeedLimit(int id, int kibPerSecond)
{
    m_queue.setRateLimit(id, qint64(qMax(0, kibPerSecond)) * 1024);
}

void AppController::setConnections(int id, int connections)
{
    m_queue.setConnections(id, connections);
}

bool AppController::openFile(int id)
{
    const QueueItem *item = m_queue.item(id);
    if (!item || item->state != QueueItem::State::Complete)
        return false;
    return QDesktopServices::openUrl(QUrl::fromLocalFile(item->dest()));
}

bool AppController::openFolder(int id)
{
    const QueueItem *item = m_queue.item(id);
    return item && QDesktopServices::openUrl(QUrl::fromLocalFile(item->folder));
}

void AppController::copyUrls(const QList<int> &ids)
{
    QStringList urls;
    for (int id : ids) {
        if (const QueueItem *item = m_queue.item(id))
            urls << item->url.toString(QUrl::FullyEncoded);
    }
    copyText(urls.join(u'\n'));
}

void AppController::copySha256(int id)
{
    if (const QueueItem *item = m_queue.item(id); item && !item->sha256.isEmpty())
        copyText(QString::fromLatin1(item->sha256));
}

void AppController::copyText(const QString &text)
{
    if (!text.isEmpty())
        QGuiApplication::clipboard()->setText(text);
}

void AppController::quit()
{
    if (m_quitting)
        return;
    m_quitting = true;
    m_queue.cancelAll(); // stopped() follows, at once when nothing runs
}

} // namespace Haul
