// SPDX-License-Identifier: MIT
// A menu whose entries show their shortcuts, as wide as its widest entry
// (6.4's Menu keeps its background's fixed width and elides longer entries).
import QtQuick
import QtQuick.Controls

Menu {
    id: menu

    delegate: HaulMenuItem {}
    width: {
        var widest = 0
        for (var i = 0; i < count; ++i) {
            var item = itemAt(i)
            if (item && item.visible)
                widest = Math.max(widest, item.implicitWidth)
        }
        return Math.max(implicitWidth, widest + leftPadding + rightPadding)
    }
}
