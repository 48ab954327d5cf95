// SPDX-License-Identifier: MIT
// A compact button for an action inside a list row (Retry, Overwrite, Keep
// both): no taller than a line of text, so every row keeps the same height.
import QtQuick
import QtQuick.Controls

Button {
    id: button

    property string iconName

    readonly property real lineHeight: fm.height
    implicitHeight: Math.round(lineHeight + 6)
    topPadding: 1
    bottomPadding: 1
    leftPadding: Math.round(lineHeight * 0.5)
    rightPadding: Math.round(lineHeight * 0.5)
    spacing: Math.round(lineHeight * 0.3)
    icon.source: iconName.length > 0 ? "qrc:/icons/" + iconName + ".svg" : ""
    icon.width: Math.round(lineHeight * 0.85)
    icon.height: Math.round(lineHeight * 0.85)
    icon.color: palette.buttonText
    focusPolicy: Qt.NoFocus

    FontMetrics {
        id: fm
        font: button.font
    }
}
