// SPDX-License-Identifier: MIT
#include "managerpool.h"

#include <QNetworkAccessManager>

namespace Haul {

QNetworkAccessManager *ManagerPool::acquire(int *slot)
{
    for (int i = 0; i < m_busy.size(); ++i) {
        if (!m_busy.at(i)) {
            m_busy[i] = true;
            *slot = i;
            return m_managers.at(i);
        }
    }
    auto *manager = new QNetworkAccessManager(m_owner);
    if (m_setup)
        m_setup(manager);
    m_managers.append(manager);
    m_busy.append(true);
    *slot = int(m_managers.size() - 1);
    return manager;
}

void ManagerPool::release(int slot)
{
    if (slot >= 0 && slot < m_busy.size())
        m_busy[slot] = false;
}

} // namespace Haul
