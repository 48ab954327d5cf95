// SPDX-License-Identifier: MIT
// One fact in the details pane: a caption, its value (selectable, so it can be
// copied by hand) and an optional action button beside it (Copy, Open folder).
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import "colors.js" as Colors

ColumnLayout {
    id: field

    property string title
    property string value
    // Shown dimmed when value is empty.
    property string placeholder: "—"
    property bool monospace: false
    property bool breakAnywhere: false
    // URLs and paths: break at separators where possible, anywhere if not.
    property bool pathLike: false
    property string actionIcon
    property string actionText
    property bool actionEnabled: value.length > 0
    property color valueColor: valueText.palette.text
    signal actionTriggered()

    spacing: 2
    Layout.fillWidth: true

    Label {
        text: field.title
        color: Colors.dim(palette)
        font.pointSize: Math.max(1, valueText.font.pointSize * 0.9)
        Layout.fillWidth: true
        elide: Text.ElideRight
        horizontalAlignment: Text.AlignLeft
    }
    RowLayout {
        Layout.fillWidth: true
        spacing: 4

        TextArea {
            id: valueText
            objectName: "detailValue"
            Layout.fillWidth: true
            readOnly: true
            selectByMouse: true
            padding: 0
            leftPadding: 0
            rightPadding: 0
            topPadding: 0
            bottomPadding: 0
            background: null
            text: field.value.length > 0 ? field.value : field.placeholder
            color: field.value.length > 0 ? field.valueColor : Colors.dim(palette)
            wrapMode: field.breakAnywhere && field.value.length > 0 ? TextEdit.WrapAnywhere
                    : field.pathLike ? TextEdit.WrapAtWordBoundaryOrAnywhere : TextEdit.Wrap
            font.family: field.monospace && field.value.length > 0 ? "monospace" : Qt.application.font.family
            horizontalAlignment: Text.AlignLeft
            activeFocusOnTab: false
            Accessible.name: field.title
        }
        ToolButton {
            visible: field.actionIcon.length > 0 && field.actionEnabled
            icon.source: field.actionIcon.length > 0 ? "qrc:/icons/" + field.actionIcon + ".svg" : ""
            icon.color: palette.buttonText
            display: AbstractButton.IconOnly
            text: field.actionText
            Layout.alignment: Qt.AlignTop
            Layout.topMargin: -4
            ToolTip.visible: hovered
            ToolTip.text: field.actionText
            ToolTip.delay: 600
            Accessible.name: field.actionText
            onClicked: field.actionTriggered()
        }
    }
}
