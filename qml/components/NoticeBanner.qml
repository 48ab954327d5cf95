// SPDX-License-Identifier: MIT
// A message above the list that needs the user's eye but not a modal box
// (e.g. the queue database was damaged and a backup was used).
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import "colors.js" as Colors

Control {
    id: banner

    property string text
    signal dismissed()

    visible: text.length > 0
    padding: Math.round(fm.height * 0.5)
    leftPadding: Math.round(fm.height * 0.75)
    Accessible.role: Accessible.AlertMessage
    Accessible.name: text

    FontMetrics {
        id: fm
        font: banner.font
    }

    background: Rectangle {
        color: Colors.mix(banner.palette.window, Colors.warning(banner.palette), 0.14)
        Rectangle {
            anchors.left: parent.left
            anchors.right: parent.right
            anchors.bottom: parent.bottom
            height: 1
            color: Colors.alpha(Colors.warning(banner.palette), 0.4)
        }
    }

    contentItem: RowLayout {
        spacing: Math.round(fm.height * 0.6)
        Icon {
            iconName: "warning"
            size: Math.round(fm.height * 1.2)
            color: Colors.warning(banner.palette)
        }
        Label {
            objectName: "noticeText"
            Layout.fillWidth: true
            text: banner.text
            wrapMode: Text.Wrap
            horizontalAlignment: Text.AlignLeft
        }
        Button {
            text: qsTr("Dismiss")
            Accessible.name: qsTr("Dismiss the message")
            onClicked: banner.dismissed()
        }
    }
}
