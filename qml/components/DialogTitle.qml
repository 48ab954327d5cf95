// SPDX-License-Identifier: MIT
// A dialog's title, a step larger than its text, with room to breathe.
import QtQuick
import QtQuick.Controls

Label {
    id: title
    elide: Text.ElideRight
    horizontalAlignment: Text.AlignLeft
    font.weight: Font.DemiBold
    font.pixelSize: Math.round(fm.height * 0.98)
    leftPadding: Math.round(fm.height * 1.1)
    rightPadding: Math.round(fm.height * 1.1)
    topPadding: Math.round(fm.height * 0.9)
    bottomPadding: Math.round(fm.height * 0.15)
    Accessible.role: Accessible.TitleBar
    Accessible.name: text

    FontMetrics {
        id: fm
        font: Qt.application.font
    }
}
