// SPDX-License-Identifier: MIT
#pragma once

#include "download.h"

#include <QList>
#include <QObject>
#include <QUrl>
#include <memory>

class QNetworkAccessManager;

namespace Haul {

// Runs downloads with at most maxActive at once, in the order they were added.
// Each running slot has its own QNetworkAccessManager: one manager opens at most
// six connections per host, and a slot per manager keeps files independent.
class DownloadQueue : public QObject
{
    Q_OBJECT

public:
    explicit DownloadQueue(QObject *parent = nullptr);
    ~DownloadQueue() override;

    void setMaxActive(int count);
    int maxActive() const { return m_maxActive; }
    // Called for each new manager (proxy, TLS configuration, ...).
    void setManagerSetup(std::function<void(QNetworkAccessManager *)> setup) { m_setup = std::move(setup); }

    // Returns the item's id (its index, in order of adding).
    int add(const QUrl &url, const QString &dest, const DownloadOptions &options);
    Download *download(int id) const;
    int count() const { return int(m_items.size()); }
    int activeCount() const;
    bool isFinished() const { return m_done == count(); }

public Q_SLOTS:
    void start();
    // Cancels everything; running downloads save their checkpoints first.
    void cancelAll();

Q_SIGNALS:
    void started(int id);
    void progressChanged(int id, const Haul::Progress &progress);
    void attemptFailed(int id, const Haul::Failure &failure, int attempt, double retryInSeconds);
    void finished(int id, const Haul::Result &result);
    void failed(int id, const Haul::Failure &failure);
    void allFinished();

private:
    struct Item;
    void schedule();
    void onItemDone(int id);
    QNetworkAccessManager *freeManager(int *slot);

    QList<std::shared_ptr<Item>> m_items;
    QList<QNetworkAccessManager *> m_managers;
    QList<bool> m_slotBusy;
    std::function<void(QNetworkAccessManager *)> m_setup;
    int m_maxActive = 4;
    int m_next = 0;
    int m_done = 0;
    bool m_running = false;
    bool m_cancelling = false;
};

} // namespace Haul
