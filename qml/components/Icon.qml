// SPDX-License-Identifier: MIT
// One of Haul's line icons (resources/icons), tinted to a palette colour so it
// follows light and dark themes.
import QtQuick
import QtQuick.Layouts
import QtQuick.Controls.impl as Impl

Impl.IconImage {
    id: icon
    // The icon's file name without ".svg", e.g. "folder".
    property string iconName
    property real size: 16

    source: iconName.length > 0 ? "qrc:/icons/" + iconName + ".svg" : ""
    Layout.preferredWidth: size
    Layout.preferredHeight: size
    sourceSize.width: Math.ceil(size)
    sourceSize.height: Math.ceil(size)
    fillMode: Image.PreserveAspectFit
    Accessible.ignored: true
}
