// SPDX-License-Identifier: MIT
// While links are dragged over the window: the whole list becomes the target.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import "colors.js" as Colors

Control {
    id: overlay
    property bool active: false

    visible: active
    padding: Math.round(fm.height * 0.6)
    Accessible.role: Accessible.Pane
    Accessible.name: qsTr("Drop to download")

    FontMetrics {
        id: fm
        font: overlay.font
    }

    background: Rectangle {
        color: Colors.alpha(overlay.palette.base, 0.88)
        Rectangle {
            anchors.fill: parent
            anchors.margins: Math.round(fm.height * 0.6)
            radius: Math.round(fm.height * 0.6)
            color: Colors.alpha(overlay.palette.highlight, 0.08)
            border.width: 2
            border.color: overlay.palette.highlight
        }
    }

    contentItem: Item {
        ColumnLayout {
            anchors.centerIn: parent
            spacing: Math.round(fm.height * 0.5)
            Icon {
                Layout.alignment: Qt.AlignHCenter
                iconName: "drop"
                size: Math.round(fm.height * 3)
                color: overlay.palette.highlight
            }
            Label {
                Layout.alignment: Qt.AlignHCenter
                text: qsTr("Drop to download")
                font.pointSize: overlay.font.pointSize * 1.3
                font.weight: Font.DemiBold
                color: overlay.palette.text
            }
            Label {
                Layout.alignment: Qt.AlignHCenter
                text: qsTr("Links go to your download folder and start right away.")
                color: Colors.dim(overlay.palette)
            }
        }
    }
}
