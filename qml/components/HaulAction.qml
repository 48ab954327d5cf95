// SPDX-License-Identifier: MIT
// An Action whose menu entry can show a key handled by the list itself
// (Space, Enter) rather than a window-wide shortcut.
import QtQuick
import QtQuick.Controls

Action {
    // Shown in menus instead of the shortcut, e.g. qsTr("Space").
    property string keyHint
    // An icon from resources/icons by name.
    property string iconName
    icon.source: iconName.length > 0 ? "qrc:/icons/" + iconName + ".svg" : ""
}
