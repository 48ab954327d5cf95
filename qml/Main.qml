import QtQuick
import QtQuick.Controls
import Haul.App

// Placeholder window: the full UI follows.
ApplicationWindow {
    id: window
    property bool startMinimized: false
    property bool trayAvailable: false
    width: 900
    height: 600
    visible: !startMinimized
    title: qsTr("Haul")

    ListView {
        anchors.fill: parent
        model: App.model
        delegate: ItemDelegate {
            required property string fileName
            required property string stateText
            width: ListView.view.width
            text: qsTr("%1 — %2").arg(fileName).arg(stateText)
        }
    }

    onClosing: function(close) {
        if (App.settings.closeToTray && trayAvailable) {
            close.accepted = false
            window.hide()
        } else {
            App.quit()
        }
    }
}
