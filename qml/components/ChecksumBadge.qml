// SPDX-License-Identifier: MIT
// The SHA-256 verdict of a download: "✓ SHA-256" (verified), "✗ SHA-256
// mismatch", a faint "SHA-256 pending" while a given checksum is still to be
// checked, and nothing when no checksum was given.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import "colors.js" as Colors

Control {
    id: badge

    // "none", "pending", "verified" or "mismatch" (the model's checksumState).
    property string checksumState: "none"
    // On a selected (highlighted) row: use the highlighted text colour.
    property bool onHighlight: false
    readonly property string text: label.text
    readonly property color tone: onHighlight ? palette.highlightedText
        : checksumState === "verified" ? Colors.success(palette)
        : checksumState === "mismatch" ? Colors.danger(palette)
        : Colors.dim(palette)

    visible: checksumState === "verified" || checksumState === "mismatch" || checksumState === "pending"
    padding: 0

    Accessible.role: Accessible.StaticText
    Accessible.name: label.text

    contentItem: RowLayout {
        spacing: Math.round(label.implicitHeight * 0.2)

        Icon {
            Layout.alignment: Qt.AlignVCenter
            visible: badge.checksumState !== "pending"
            iconName: badge.checksumState === "mismatch" ? "cross" : "check"
            size: Math.round(label.implicitHeight * 0.8)
            color: badge.tone
        }
        Label {
            id: label
            text: badge.checksumState === "verified" ? qsTr("SHA-256")
                : badge.checksumState === "mismatch" ? qsTr("SHA-256 mismatch")
                : badge.checksumState === "pending" ? qsTr("SHA-256 pending")
                : ""
            color: badge.tone
            font.weight: badge.checksumState === "pending" ? Font.Normal : Font.DemiBold
        }
    }
}
