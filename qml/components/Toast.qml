// SPDX-License-Identifier: MIT
// Brief, non-modal feedback ("Added 3 downloads", "No links found") that
// fades away on its own.
import QtQuick
import QtQuick.Controls

Control {
    id: toast

    property string text
    property int timeout: 3200

    function show(message) {
        text = message
        shown = true
        hideTimer.restart()
    }

    property bool shown: false
    visible: opacity > 0
    opacity: shown ? 1 : 0
    Behavior on opacity { NumberAnimation { duration: 180 } }

    padding: Math.round(label.implicitHeight * 0.6)
    leftPadding: Math.round(label.implicitHeight * 1.1)
    rightPadding: Math.round(label.implicitHeight * 1.1)
    Accessible.role: Accessible.AlertMessage
    Accessible.name: text

    Timer {
        id: hideTimer
        interval: toast.timeout
        onTriggered: toast.shown = false
    }

    // Inverted colours: it must stand out from the list it floats over.
    background: Rectangle {
        radius: Math.round(label.implicitHeight * 0.5)
        color: Qt.rgba(toast.palette.text.r, toast.palette.text.g, toast.palette.text.b, 0.9)
    }
    contentItem: Label {
        id: label
        objectName: "toastText"
        text: toast.text
        color: toast.palette.base
        horizontalAlignment: Text.AlignHCenter
        wrapMode: Text.Wrap
    }
}
