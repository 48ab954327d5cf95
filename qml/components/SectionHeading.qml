// SPDX-License-Identifier: MIT
// A section title in the details pane and the settings: small, strong, with a
// hairline that separates it from the section above.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import "colors.js" as Colors

ColumnLayout {
    id: heading
    property alias text: label.text

    Layout.fillWidth: true
    Layout.topMargin: Math.round(label.implicitHeight * 0.35)
    spacing: Math.round(label.implicitHeight * 0.25)

    Rectangle {
        Layout.fillWidth: true
        implicitHeight: 1
        color: Colors.line(label.palette)
    }
    Label {
        id: label
        Layout.fillWidth: true
        font.weight: Font.DemiBold
        horizontalAlignment: Text.AlignLeft
    }
}
