// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <functional>

class QNetworkAccessManager;
class QObject;

namespace Haul {

// One QNetworkAccessManager per running download, reused once it is free. A
// manager opens at most six connections per host (Qt 6.4); a manager per
// download keeps files independent of each other's connections.
class ManagerPool
{
public:
    // Managers are children of owner.
    explicit ManagerPool(QObject *owner) : m_owner(owner) { }

    // Called for each new manager (proxy, TLS configuration, ...).
    void setSetup(std::function<void(QNetworkAccessManager *)> setup) { m_setup = std::move(setup); }
    // A free manager, now busy; slot is what release() takes back.
    QNetworkAccessManager *acquire(int *slot);
    void release(int slot);

private:
    QObject *m_owner;
    std::function<void(QNetworkAccessManager *)> m_setup;
    QList<QNetworkAccessManager *> m_managers;
    QList<bool> m_busy;
};

} // namespace Haul
