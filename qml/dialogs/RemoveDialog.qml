// SPDX-License-Identifier: MIT
// Removing downloads that have partial data on disk: keep it (the default,
// so it can be added again and resume) or delete it too.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import "../components"
import "../components/colors.js" as Colors

Dialog {
    id: dialog

    property var ids: []
    signal removeConfirmed(var ids, bool deletePartial)

    function ask(list) {
        ids = list
        deleteBox.checked = false
        open()
    }

    title: ids.length === 1 ? qsTr("Remove 1 download") : qsTr("Remove %Ln downloads", "", ids.length)
    modal: true
    focus: true
    anchors.centerIn: Overlay.overlay
    width: Math.min(parent ? parent.width - 2 * fm.height : 420, Math.round(fm.averageCharacterWidth * 62))
    padding: Math.round(fm.height * 1.1)
    topPadding: Math.round(fm.height * 0.6)
    closePolicy: Popup.CloseOnEscape

    onAccepted: removeConfirmed(ids, deleteBox.checked)

    header: DialogTitle {
        text: dialog.title
    }

    FontMetrics {
        id: fm
        font: dialog.font
    }

    contentItem: ColumnLayout {
        LayoutMirroring.enabled: Qt.application.layoutDirection === Qt.RightToLeft
        LayoutMirroring.childrenInherit: true
        spacing: Math.round(fm.height * 0.6)
        Label {
            Layout.fillWidth: true
            text: qsTr("They leave the list. Finished files stay where they are.")
            wrapMode: Text.Wrap
            horizontalAlignment: Text.AlignLeft
        }
        CheckBox {
            id: deleteBox
            objectName: "deletePartialBox"
            Layout.fillWidth: true
            text: qsTr("Also delete partially downloaded data")
            Accessible.name: text
        }
        Label {
            Layout.fillWidth: true
            Layout.leftMargin: Math.round(fm.height * 1.8)
            text: deleteBox.checked ? qsTr("The partial data is deleted: these downloads cannot resume.")
                                    : qsTr("Kept: adding the same link again resumes where it stopped.")
            wrapMode: Text.Wrap
            color: deleteBox.checked ? Colors.danger(palette) : Colors.dim(palette)
            horizontalAlignment: Text.AlignLeft
        }
    }

    footer: DialogButtonBox {
        Button {
            objectName: "confirmRemoveButton"
            text: qsTr("Remove")
            icon.source: "qrc:/icons/remove.svg"
            icon.color: palette.buttonText
            DialogButtonBox.buttonRole: DialogButtonBox.AcceptRole
            Accessible.name: dialog.title
        }
        Button {
            text: qsTr("Cancel")
            DialogButtonBox.buttonRole: DialogButtonBox.RejectRole
            Accessible.name: text
        }
    }
}
