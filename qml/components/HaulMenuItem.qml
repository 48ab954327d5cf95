// SPDX-License-Identifier: MIT
// A menu entry that also shows its shortcut at the trailing edge, as native
// menus do, and tints its icon for light and dark themes.
import QtQuick
import QtQuick.Controls

MenuItem {
    id: item

    readonly property string shortcutText: {
        if (!action)
            return ""
        if (action.keyHint !== undefined && action.keyHint.length > 0)
            return action.keyHint
        return typeof action.shortcut === "string" ? action.shortcut : ""
    }
    readonly property color foreground: down || highlighted ? palette.highlightedText : palette.text

    // The shortcut column at the trailing edge; an empty icon column keeps
    // entries without an icon aligned with those that have one.
    readonly property real shortcutSpace: shortcutText.length > 0 ? shortcutLabel.implicitWidth + 3 * spacing : 0
    readonly property real iconSpace: icon.source.toString().length === 0 && !checkable ? icon.width + spacing : 0

    icon.color: foreground
    leftPadding: padding + (mirrored ? shortcutSpace : iconSpace)
    rightPadding: padding + (mirrored ? iconSpace : shortcutSpace)
    implicitWidth: Math.max(implicitBackgroundWidth + leftInset + rightInset,
                            implicitContentWidth + leftPadding + rightPadding)

    Label {
        id: shortcutLabel
        text: item.shortcutText
        font: item.font
        visible: text.length > 0
        x: item.mirrored ? item.padding : item.width - width - item.padding
        anchors.verticalCenter: parent.verticalCenter
        color: item.foreground
        opacity: item.enabled ? 0.7 : 0.45
    }
}
