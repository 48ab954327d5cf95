// SPDX-License-Identifier: MIT
// Qt Quick Test runner for the QML front end. QML's App singleton needs a
// controller: one on a throw-away profile, made before the first engine loads.
#include "appcontroller.h"

#include <QQmlEngine>
#include <QQuickStyle>
#include <QTemporaryDir>
#include <QtQml/qqmlextensionplugin.h>
#include <QtQuickTest>

#include <memory>

Q_IMPORT_QML_PLUGIN(HaulPlugin)
Q_IMPORT_QML_PLUGIN(Haul_AppPlugin)

class Setup : public QObject
{
    Q_OBJECT

public slots:
    void applicationAvailable()
    {
        if (qEnvironmentVariableIsEmpty("QT_QUICK_CONTROLS_STYLE"))
            QQuickStyle::setStyle(QStringLiteral("Fusion"));
    }

    void qmlEngineAvailable(QQmlEngine *engine)
    {
        engine->addImportPath(QStringLiteral("qrc:/"));
        if (m_controller)
            return;
        m_profile = std::make_unique<QTemporaryDir>();
        Q_ASSERT(m_profile->isValid());
        m_controller = std::make_unique<Haul::AppController>(m_profile->path());
        m_controller->settings()->setDownloadFolder(m_profile->filePath(QStringLiteral("Downloads")));
        Haul::AppController::setInstance(m_controller.get());
        m_controller->start();
    }

    void cleanupTestCase()
    {
        Haul::AppController::setInstance(nullptr);
        m_controller.reset();
        m_profile.reset();
    }

private:
    std::unique_ptr<QTemporaryDir> m_profile;
    std::unique_ptr<Haul::AppController> m_controller;
};

QUICK_TEST_MAIN_WITH_SETUP(tst_qml, Setup)

#include "main.moc"
