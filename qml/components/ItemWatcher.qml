// SPDX-License-Identifier: MIT
// Keeps the roles of one queue item (by id) up to date: re-read on every
// model change that touches its row, and after moves and removals.
import QtQuick
import Haul.App

QtObject {
    id: watcher

    property int itemId: 0
    property var item: ({})
    readonly property bool valid: item.itemId !== undefined && item.itemId > 0

    function refresh() {
        var row = itemId > 0 ? App.model.rowOf(itemId) : -1
        item = row >= 0 ? App.model.get(row) : ({})
    }

    onItemIdChanged: refresh()
    Component.onCompleted: refresh()

    property Connections connections: Connections {
        target: App.model
        function onDataChanged(topLeft, bottomRight) {
            if (watcher.itemId <= 0)
                return
            var row = App.model.rowOf(watcher.itemId)
            if (row >= topLeft.row && row <= bottomRight.row)
                watcher.refresh()
        }
        function onRowsRemoved() { watcher.refresh() }
        function onRowsMoved() { watcher.refresh() }
        function onModelReset() { watcher.refresh() }
    }
}
