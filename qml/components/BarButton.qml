// SPDX-License-Identifier: MIT
// A toolbar button for an Action: icon and label, or the icon alone (with a
// tooltip) when the window is too narrow for labels.
import QtQuick
import QtQuick.Controls

ToolButton {
    id: button

    property bool compact: false

    display: compact ? AbstractButton.IconOnly : AbstractButton.TextBesideIcon
    icon.color: palette.buttonText
    icon.width: Math.max(16, Math.round(fm.height * 0.95))
    icon.height: Math.max(16, Math.round(fm.height * 0.95))
    focusPolicy: Qt.TabFocus
    opacity: enabled ? 1 : 0.45
    Accessible.name: text

    FontMetrics {
        id: fm
        font: button.font
    }

    ToolTip.visible: hovered && (compact || (action && action.shortcut !== undefined && typeof action.shortcut === "string"))
    ToolTip.delay: 700
    ToolTip.text: action && typeof action.shortcut === "string" && action.shortcut.length > 0
                  ? qsTr("%1 (%2)").arg(text.replace("…", "")).arg(action.shortcut)
                  : text.replace("…", "")
}
