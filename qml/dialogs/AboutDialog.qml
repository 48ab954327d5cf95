// SPDX-License-Identifier: MIT
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import "../components"
import "../components/colors.js" as Colors

Dialog {
    id: dialog

    title: qsTr("About Haul")
    modal: true
    anchors.centerIn: Overlay.overlay
    width: Math.min(parent ? parent.width - 2 * fm.height : 420, Math.round(fm.averageCharacterWidth * 60))
    padding: fm.height
    standardButtons: Dialog.Close

    header: DialogTitle {
        text: dialog.title
    }

    FontMetrics {
        id: fm
        font: dialog.font
    }

    contentItem: RowLayout {
        LayoutMirroring.enabled: Qt.application.layoutDirection === Qt.RightToLeft
        LayoutMirroring.childrenInherit: true
        spacing: fm.height
        Image {
            Layout.alignment: Qt.AlignTop
            source: "qrc:/icons/haul.svg"
            sourceSize.width: Math.round(fm.height * 4)
            sourceSize.height: Math.round(fm.height * 4)
            Accessible.ignored: true
        }
        ColumnLayout {
            Layout.fillWidth: true
            spacing: Math.round(fm.height * 0.3)
            Label {
                text: qsTr("Haul %1").arg(Qt.application.version)
                font.pointSize: dialog.font.pointSize * 1.3
                font.weight: Font.DemiBold
            }
            Label {
                Layout.fillWidth: true
                text: qsTr("A download manager whose downloads never corrupt and always resume.")
                wrapMode: Text.Wrap
                horizontalAlignment: Text.AlignLeft
            }
            Label {
                Layout.fillWidth: true
                text: qsTr("Free software under the MIT licence.")
                wrapMode: Text.Wrap
                color: Colors.dim(palette)
                horizontalAlignment: Text.AlignLeft
            }
        }
    }
}
