// SPDX-License-Identifier: MIT
#include "apptranslator.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>

namespace Haul {

AppTranslator::~AppTranslator()
{
    QCoreApplication::removeTranslator(&m_haul);
    QCoreApplication::removeTranslator(&m_qt);
}

void AppTranslator::use(const QString &language)
{
    QCoreApplication::removeTranslator(&m_haul);
    QCoreApplication::removeTranslator(&m_qt);
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    if (m_qt.load(locale, QStringLiteral("qt"), QStringLiteral("_"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(&m_qt);
    if (m_haul.load(locale, QStringLiteral("haul"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(&m_haul);
    if (!language.isEmpty())
        QLocale::setDefault(locale); // numbers and sizes follow the chosen language too
}

} // namespace Haul
