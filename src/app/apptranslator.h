// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QTranslator>

namespace Haul {

// The catalogues Haul speaks in: Qt's own and Haul's (built in at :/i18n), for
// the system's language or the one Settings picked. Installed while it lives.
class AppTranslator
{
public:
    AppTranslator() = default;
    AppTranslator(const AppTranslator &) = delete;
    AppTranslator &operator=(const AppTranslator &) = delete;
    ~AppTranslator();

    // language: a locale name such as "de" or "pt_BR"; empty: the system's.
    void use(const QString &language);

private:
    QTranslator m_qt;
    QTranslator m_haul;
};

} // namespace Haul
