// SPDX-License-Identifier: MIT
#pragma once

#include <QAbstractListModel>
#include <QHash>
#include <QList>
#include <QSet>
#include <QTimer>

namespace Haul {

class DownloadQueue;

// The queue as a list model for views (QML binds to its roles). Rows follow the
// queue's order. Changes are coalesced: rows touched since the last refresh are
// reported as contiguous dataChanged ranges a few times a second, so a
// full-speed download or a 10,000-item queue keep the view smooth. Progress is
// the high-water mark: it never moves backwards when a retry rewinds to a checkpoint.
class QueueModel : public QAbstractListModel
{
    Q_OBJECT
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
    Q_PROPERTY(int activeCount READ activeCount NOTIFY totalsChanged)
    Q_PROPERTY(int queuedCount READ queuedCount NOTIFY totalsChanged)
    Q_PROPERTY(int doneCount READ doneCount NOTIFY totalsChanged)
    Q_PROPERTY(int failedCount READ failedCount NOTIFY totalsChanged)
    Q_PROPERTY(double totalSpeed READ totalSpeed NOTIFY totalsChanged)
    Q_PROPERTY(QString totalSpeedText READ totalSpeedText NOTIFY totalsChanged)
    // Overall progress of what is running or queued, 0..1 (-1: nothing to show).
    Q_PROPERTY(double overallProgress READ overallProgress NOTIFY totalsChanged)

public:
    enum Role {
        IdRole = Qt::UserRole + 1,
        FileNameRole,
        UrlRole,
        DestinationRole,    // the file, or the folder until the server names it
        FolderRole,
        StateRole,          // QueueItem::State as int
        StateNameRole,      // "queued", "connecting", ... for styling
        StateTextRole,      // what a person reads
        ReasonRole,         // why the last attempt ended, in words
        ProgressRole,       // high-water fraction 0..1, -1 when the size is unknown
        BytesDoneRole,      // high-water bytes
        TotalRole,          // -1: unknown
        SizeTextRole,
        SpeedRole,
        SpeedTextRole,
        EtaRole,            // seconds, -1: unknown
        EtaTextRole,
        AttemptsRole,
        NextRetryRole,      // QDateTime (UTC), invalid when not waiting
        Sha256Role,
        ExpectedSha256Role,
        ChecksumStateRole,  // "none", "pending", "verified", "mismatch"
        TreeHashRole,
        ErrorRole,
        ErrorKindRole,
        FileExistsRole,     // failed because a file of that name exists: ask the user
        EtagRole,
        LastModifiedRole,
        HistoryRole,        // list of {time, status, bytes, outcome}
        FileKindRole,       // "archive", "video", ... (icon)
        AddedRole,
        FinishedRole,
        CanPauseRole,
        CanResumeRole,
        CanOpenRole,
        SpeedLimitRole,     // the item's own limit in KiB/s, 0: none
        ConnectionsRole,    // the item's own connections, 1-16; 0: the queue's default
        ConnectionsTextRole, // "8 connections", "1 connection — why"; empty before it runs
    };
    Q_ENUM(Role)

    explicit QueueModel(QObject *parent = nullptr);

    // Not owned; set once.
    void setQueue(DownloadQueue *queue);
    DownloadQueue *queue() const { return m_queue; }
    void setRefreshIntervalMs(int ms) { m_refresh.setInterval(ms); }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    Q_INVOKABLE int idAt(int row) const;
    Q_INVOKABLE int rowOf(int id) const;
    // Everything about one row as a map of role names (the details pane).
    Q_INVOKABLE QVariantMap get(int row) const;

    int activeCount() const { return m_active; }
    int queuedCount() const { return m_queued; }
    int doneCount() const { return m_done; }
    int failedCount() const { return m_failed; }
    double totalSpeed() const { return m_speed; }
    QString totalSpeedText() const;
    double overallProgress() const { return m_progress; }

public Q_SLOTS:
    // Reports pending changes now (tests; before a screenshot).
    void refresh();

Q_SIGNALS:
    void countChanged();
    void totalsChanged();

private:
    void onInserted(int first, int count);
    void onRemoved(int id);
    void onMoved(int id, int toIndex);
    void onChanged(int id);
    void updateTotals();

    DownloadQueue *m_queue = nullptr;
    QList<int> m_ids;                  // row → id, in the queue's order
    mutable QHash<int, int> m_rowOf;   // id → row, rebuilt after structural changes
    mutable bool m_rowOfValid = false;
    QSet<int> m_dirty;                 // ids changed since the last refresh
    QTimer m_refresh;
    QTimer m_tick;                     // countdowns of items waiting to retry
    int m_active = 0, m_queued = 0, m_done = 0, m_failed = 0;
    double m_speed = 0;
    double m_progress = -1;
};

} // namespace Haul
