// SPDX-License-Identifier: MIT
#include "queuemodel.h"

#include "downloadqueue.h"
#include "failure.h"
#include "itemtext.h"

#include <QDateTime>
#include <algorithm>

namespace Haul {

namespace {

QString stateName(QueueItem::State state)
{
    using S = QueueItem::State;
    switch (state) {
    case S::Queued: return QStringLiteral("queued");
    case S::Connecting: return QStringLiteral("connecting");
    case S::Downloading: return QStringLiteral("downloading");
    case S::WaitingToRetry: return QStringLiteral("waiting");
    case S::Paused: return QStringLiteral("paused");
    case S::Verifying: return QStringLiteral("verifying");
    case S::Complete: return QStringLiteral("complete");
    case S::Failed: return QStringLiteral("failed");
    }
    return QString();
}

bool isFileExists(const QueueItem &item)
{
    return item.state == QueueItem::State::Failed && ErrorKind(item.errorKind) == ErrorKind::FileExists;
}

} // namespace

QueueModel::QueueModel(QObject *parent) : QAbstractListModel(parent)
{
    m_refresh.setInterval(200);
    m_refresh.setSingleShot(true);
    connect(&m_refresh, &QTimer::timeout, this, &QueueModel::refresh);
    m_tick.setInterval(1000);
    connect(&m_tick, &QTimer::timeout, this, [this] {
        bool waiting = false;
        for (int id : std::as_const(m_ids)) {
            const QueueItem *item = m_queue->item(id);
            if (item && item->state == QueueItem::State::WaitingToRetry) {
                m_dirty.insert(id);
                waiting = true;
            }
        }
        if (waiting)
            refresh();
        else
            m_tick.stop();
    });
}

void QueueModel::setQueue(DownloadQueue *queue)
{
    Q_ASSERT(!m_queue);
    beginResetModel();
    m_queue = queue;
    m_ids.clear();
    for (int i = 0; i < queue->count(); ++i)
        m_ids << queue->at(i).id;
    m_rowOfValid = false;
    endResetModel();
    connect(queue, &DownloadQueue::itemsInserted, this, &QueueModel::onInserted);
    connect(queue, &DownloadQueue::itemRemoved, this, &QueueModel::onRemoved);
    connect(queue, &DownloadQueue::itemMoved, this, &QueueModel::onMoved);
    connect(queue, &DownloadQueue::itemChanged, this, &QueueModel::onChanged);
    updateTotals();
    emit countChanged();
}

int QueueModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_ids.size());
}

int QueueModel::idAt(int row) const
{
    return row >= 0 && row < m_ids.size() ? m_ids.at(row) : 0;
}

int QueueModel::rowOf(int id) const
{
    if (!m_rowOfValid) {
        m_rowOf.clear();
        m_rowOf.reserve(m_ids.size());
        for (int row = 0; row < m_ids.size(); ++row)
            m_rowOf.insert(m_ids.at(row), row);
        m_rowOfValid = true;
    }
    return m_rowOf.value(id, -1);
}

QVariant QueueModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) || !m_queue)
        return {};
    const QueueItem *item = m_queue->item(m_ids.at(index.row()));
    if (!item)
        return {};
    using S = QueueItem::State;
    switch (role) {
    case Qt::DisplayRole:
    case FileNameRole: return ItemText::displayName(*item);
    case IdRole: return item->id;
    case UrlRole: return item->url.toDisplayString();
    case DestinationRole: return item->fileName.isEmpty() ? item->folder : item->dest();
    case FolderRole: return item->folder;
    case StateRole: return int(item->state);
    case StateNameRole: return stateName(item->state);
    case StateTextRole: return ItemText::stateText(*item, QDateTime::currentDateTimeUtc());
    case ReasonRole: return ItemText::reasonText(*item);
    case ProgressRole:
        if (item->state == S::Complete)
            return 1.0;
        return item->total > 0 ? qMin(1.0, double(item->highWater) / double(item->total)) : (item->total == 0 ? 0.0 : -1.0);
    case BytesDoneRole: return qint64(item->highWater);
    case TotalRole: return item->total;
    case SizeTextRole: return ItemText::sizeText(*item);
    case SpeedRole: return item->bytesPerSecond;
    case SpeedTextRole:
        return item->state == S::Downloading && item->bytesPerSecond > 0 ? ItemText::speed(item->bytesPerSecond) : QString();
    case EtaRole: return ItemText::etaSeconds(*item);
    case EtaTextRole: return ItemText::eta(ItemText::etaSeconds(*item));
    case AttemptsRole: return item->attempts;
    case NextRetryRole: return item->nextRetryAt;
    case Sha256Role: return QString::fromLatin1(item->sha256);
    case ExpectedSha256Role: return QString::fromLatin1(item->expectedSha256);
    case ChecksumStateRole: return ItemText::checksumState(*item);
    case TreeHashRole: return item->treeHash;
    case ErrorRole: return item->error;
    case ErrorKindRole: return item->errorKind;
    case FileExistsRole: return isFileExists(*item);
    case EtagRole: return QString::fromLatin1(item->etag);
    case LastModifiedRole: return QString::fromLatin1(item->lastModified);
    case HistoryRole: {
        QVariantList list;
        for (const AttemptRecord &a : item->history) {
            list << QVariantMap{{QStringLiteral("time"), a.startedAt.toLocalTime()},
                                {QStringLiteral("status"), a.httpStatus},
                                {QStringLiteral("bytes"), qint64(a.bytes)},
                                {QStringLiteral("bytesText"), ItemText::size(qint64(a.bytes))},
                                {QStringLiteral("outcome"), a.outcome}};
        }
        return list;
    }
    case FileKindRole: return ItemText::fileKind(ItemText::displayName(*item));
    case AddedRole: return item->addedAt;
    case FinishedRole: return item->finishedAt;
    case CanPauseRole: return item->state == S::Queued || item->isActive();
    case CanResumeRole: return item->state == S::Paused || item->state == S::Failed;
    case CanOpenRole: return item->state == S::Complete;
    case SpeedLimitRole: return int(item->rateLimit / 1024);
    case ConnectionsRole: return item->connections;
    case ConnectionsTextRole: return ItemText::connectionsText(*item);
    default: return {};
    }
}

QHash<int, QByteArray> QueueModel::roleNames() const
{
    return {
        {IdRole, "itemId"},
        {FileNameRole, "fileName"},
        {UrlRole, "url"},
        {DestinationRole, "destination"},
        {FolderRole, "folder"},
        {StateRole, "state"},
        {StateNameRole, "stateName"},
        {StateTextRole, "stateText"},
        {ReasonRole, "reason"},
        {ProgressRole, "progress"},
        {BytesDoneRole, "bytesDone"},
        {TotalRole, "total"},
        {SizeTextRole, "sizeText"},
        {SpeedRole, "speed"},
        {SpeedTextRole, "speedText"},
        {EtaRole, "eta"},
        {EtaTextRole, "etaText"},
        {AttemptsRole, "attempts"},
        {NextRetryRole, "nextRetry"},
        {Sha256Role, "sha256"},
        {ExpectedSha256Role, "expectedSha256"},
        {ChecksumStateRole, "checksumState"},
        {TreeHashRole, "treeHash"},
        {ErrorRole, "error"},
        {ErrorKindRole, "errorKind"},
        {FileExistsRole, "fileExists"},
        {EtagRole, "etag"},
        {LastModifiedRole, "lastModified"},
        {HistoryRole, "history"},
        {FileKindRole, "fileKind"},
        {AddedRole, "added"},
        {FinishedRole, "finished"},
        {CanPauseRole, "canPause"},
        {CanResumeRole, "canResume"},
        {CanOpenRole, "canOpen"},
        {SpeedLimitRole, "speedLimit"},
        {ConnectionsRole, "connections"},
        {ConnectionsTextRole, "connectionsText"},
    };
}

QVariantMap QueueModel::get(int row) const
{
    QVariantMap map;
    if (row < 0 || row >= m_ids.size())
        return map;
    const QModelIndex i = index(row);
    const auto names = roleNames();
    for (auto it = names.cbegin(); it != names.cend(); ++it)
        map.insert(QString::fromLatin1(it.value()), data(i, it.key()));
    return map;
}

QString QueueModel::totalSpeedText() const
{
    return ItemText::speed(m_speed);
}

void QueueModel::onInserted(int first, int count)
{
    beginInsertRows(QModelIndex(), first, first + count - 1);
    QList<int> ids;
    ids.reserve(count);
    for (int i = first; i < first + count; ++i)
        ids << m_queue->at(i).id;
    m_ids.insert(first, count, 0);
    std::copy(ids.cbegin(), ids.cend(), m_ids.begin() + first);
    m_rowOfValid = false;
    endInsertRows();
    emit countChanged();
    m_refresh.start(); // totals
}

void QueueModel::onRemoved(int id)
{
    const int row = rowOf(id);
    if (row < 0)
        return;
    beginRemoveRows(QModelIndex(), row, row);
    m_ids.removeAt(row);
    m_rowOfValid = false;
    m_dirty.remove(id);
    endRemoveRows();
    emit countChanged();
    m_refresh.start();
}

void QueueModel::onMoved(int id, int toIndex)
{
    const int from = rowOf(id);
    if (from < 0 || from == toIndex)
        return;
    // Qt's destination is the row the item goes before, counted before the move.
    beginMoveRows(QModelIndex(), from, from, QModelIndex(), toIndex > from ? toIndex + 1 : toIndex);
    m_ids.move(from, toIndex);
    m_rowOfValid = false;
    endMoveRows();
}

void QueueModel::onChanged(int id)
{
    m_dirty.insert(id);
    if (!m_refresh.isActive())
        m_refresh.start();
    const QueueItem *item = m_queue->item(id);
    if (item && item->state == QueueItem::State::WaitingToRetry && !m_tick.isActive())
        m_tick.start();
}

void QueueModel::refresh()
{
    m_refresh.stop();
    if (!m_dirty.isEmpty()) {
        QList<int> rows;
        rows.reserve(m_dirty.size());
        for (int id : std::as_const(m_dirty)) {
            if (const int row = rowOf(id); row >= 0)
                rows << row;
        }
        m_dirty.clear();
        std::sort(rows.begin(), rows.end());
        for (qsizetype i = 0; i < rows.size();) {
            qsizetype j = i;
            while (j + 1 < rows.size() && rows.at(j + 1) == rows.at(j) + 1)
                ++j;
            emit dataChanged(index(rows.at(i)), index(rows.at(j)));
            i = j + 1;
        }
    }
    updateTotals();
}

void QueueModel::updateTotals()
{
    if (!m_queue)
        return;
    int active = 0, queued = 0, done = 0, failed = 0;
    double speed = 0;
    quint64 have = 0, want = 0;
    bool unknown = false;
    for (int i = 0; i < m_queue->count(); ++i) {
        const QueueItem &item = m_queue->at(i);
        switch (item.state) {
        case QueueItem::State::Queued: ++queued; break;
        case QueueItem::State::Complete: ++done; break;
        case QueueItem::State::Failed: ++failed; break;
        case QueueItem::State::Paused: break;
        default: ++active; break;
        }
        speed += item.bytesPerSecond;
        if (item.isActive() || item.state == QueueItem::State::Queued) {
            if (item.total < 0) {
                unknown = true;
            } else {
                want += quint64(item.total);
                have += qMin<quint64>(item.highWater, quint64(item.total));
            }
        }
    }
    const double progress = want > 0 ? double(have) / double(want) : (unknown || active + queued > 0 ? 0.0 : -1.0);
    if (active == m_active && queued == m_queued && done == m_done && failed == m_failed && speed == m_speed
        && progress == m_progress)
        return;
    m_active = active;
    m_queued = queued;
    m_done = done;
    m_failed = failed;
    m_speed = speed;
    m_progress = progress;
    emit totalsChanged();
}

} // namespace Haul
