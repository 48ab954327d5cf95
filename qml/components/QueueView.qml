// SPDX-License-Identifier: MIT
// The queue as a native-feeling list: selection by item id (so it survives
// reordering and removals), click / Ctrl+click / Shift+click, keyboard
// navigation, and the empty and loading states. Actions are the window's: the
// list only says what was asked for (activated, context menu, toggle).
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Haul.App
import "colors.js" as Colors

Control {
    id: root

    readonly property alias list: list
    // id → true for every selected item; selectionRevision bumps on every change.
    property var selectionMap: ({})
    property int selectionCount: 0
    property int selectionRevision: 0
    // The keyboard's current item (and the details pane's).
    property int currentId: 0
    property int anchorId: 0
    // Bumps when rows are inserted, removed or moved: row numbers changed.
    property int structureRevision: 0
    readonly property int currentRow: structureRevision >= 0 && currentId > 0 ? App.model.rowOf(currentId) : -1
    property int lastCurrentRow: -1

    signal activated(int itemId)
    signal contextMenuRequested()
    signal toggleRequested()
    signal addRequested()

    padding: 0
    focusPolicy: Qt.NoFocus

    onCurrentRowChanged: if (currentRow >= 0) lastCurrentRow = currentRow

    function isSelected(itemId) {
        return selectionMap[itemId] === true
    }
    function changed() {
        var n = 0
        for (var key in selectionMap)
            ++n
        selectionCount = n
        ++selectionRevision
    }
    function clearSelection() {
        selectionMap = ({})
        changed()
    }
    function selectOnly(itemId) {
        var map = {}
        if (itemId > 0)
            map[itemId] = true
        selectionMap = map
        currentId = itemId
        anchorId = itemId
        changed()
    }
    function toggle(itemId) {
        if (selectionMap[itemId] === true)
            delete selectionMap[itemId]
        else
            selectionMap[itemId] = true
        currentId = itemId
        anchorId = itemId
        changed()
    }
    // Selects the rows between the anchor and row (keeping others when additive).
    function extendTo(row, additive) {
        var anchorRow = anchorId > 0 ? App.model.rowOf(anchorId) : -1
        if (anchorRow < 0) {
            anchorRow = row
            anchorId = App.model.idAt(row)
        }
        var map = additive ? selectionMap : {}
        var from = Math.min(anchorRow, row), to = Math.max(anchorRow, row)
        for (var r = from; r <= to; ++r)
            map[App.model.idAt(r)] = true
        selectionMap = map
        currentId = App.model.idAt(row)
        changed()
    }
    function selectAll() {
        var map = {}
        var n = App.model.count
        for (var r = 0; r < n; ++r)
            map[App.model.idAt(r)] = true
        selectionMap = map
        if (currentId <= 0 && n > 0)
            currentId = App.model.idAt(0)
        changed()
    }
    function selectRow(row) {
        if (row < 0 || row >= App.model.count)
            return
        selectOnly(App.model.idAt(row))
        list.positionViewAtIndex(row, ListView.Contain)
    }
    // The selected ids in queue order; the current item when nothing is selected.
    function selectedIds() {
        var rows = []
        for (var key in selectionMap) {
            var r = App.model.rowOf(Number(key))
            if (r >= 0)
                rows.push(r)
        }
        rows.sort(function(a, b) { return a - b })
        var ids = rows.map(function(r) { return App.model.idAt(r) })
        if (ids.length === 0 && currentRow >= 0)
            ids.push(currentId)
        return ids
    }
    function handleClick(row, itemId, modifiers) {
        list.forceActiveFocus()
        if (modifiers & Qt.ShiftModifier)
            extendTo(row, modifiers & Qt.ControlModifier)
        else if (modifiers & Qt.ControlModifier)
            toggle(itemId)
        else
            selectOnly(itemId)
    }
    function moveCurrent(delta, extend) {
        var n = App.model.count
        if (n === 0)
            return
        var row = currentRow < 0 ? (delta > 0 ? 0 : n - 1) : Math.max(0, Math.min(n - 1, currentRow + delta))
        if (extend)
            extendTo(row, false)
        else
            selectOnly(App.model.idAt(row))
        list.positionViewAtIndex(row, ListView.Contain)
    }
    // After removals: forget ids that are gone; the row below takes the focus.
    function prune() {
        var removed = false
        for (var key in selectionMap) {
            if (App.model.rowOf(Number(key)) < 0) {
                delete selectionMap[key]
                removed = true
            }
        }
        if (currentId > 0 && App.model.rowOf(currentId) < 0) {
            var n = App.model.count
            if (n > 0) {
                var row = Math.max(0, Math.min(lastCurrentRow, n - 1))
                currentId = App.model.idAt(row)
                if (Object.keys(selectionMap).length === 0)
                    selectionMap[currentId] = true
            } else {
                currentId = 0
            }
            anchorId = currentId
            removed = true
        }
        if (removed)
            changed()
    }

    Connections {
        target: App.model
        function onRowsInserted() { ++root.structureRevision }
        function onRowsMoved() { ++root.structureRevision }
        function onModelReset() { ++root.structureRevision; Qt.callLater(root.prune) }
        function onRowsRemoved() { ++root.structureRevision; Qt.callLater(root.prune) }
    }

    FontMetrics {
        id: fm
        font: root.font
    }

    background: Rectangle {
        color: root.palette.base
    }

    contentItem: ListView {
        id: list
        objectName: "queueList"
        focus: true
        clip: true
        model: App.model
        reuseItems: true
        cacheBuffer: 400
        boundsBehavior: Flickable.StopAtBounds
        keyNavigationEnabled: false
        currentIndex: -1
        activeFocusOnTab: true
        Accessible.role: Accessible.List
        Accessible.name: qsTr("Downloads")

        ScrollBar.vertical: ScrollBar {
            policy: ScrollBar.AsNeeded
        }

        delegate: QueueRow {
            id: rowItem
            width: ListView.view.width
            selected: root.selectionRevision >= 0 && root.selectionMap[rowItem.itemId] === true
            focusRing: ListView.view.activeFocus && root.currentId === rowItem.itemId
            onClicked: function(modifiers) { root.handleClick(rowItem.index, rowItem.itemId, modifiers) }
            onActivated: root.activated(rowItem.itemId)
            onContextMenuRequested: function(modifiers) {
                ListView.view.forceActiveFocus()
                if (!rowItem.selected)
                    root.handleClick(rowItem.index, rowItem.itemId, modifiers)
                else
                    root.currentId = rowItem.itemId
                root.contextMenuRequested()
            }
            onRetryRequested: App.retryNow(rowItem.itemId)
            onResolveRequested: function(overwrite) { App.resolveExisting(rowItem.itemId, overwrite) }
        }

        Keys.onPressed: function(event) {
            var shift = (event.modifiers & Qt.ShiftModifier) !== 0
            var page = Math.max(1, Math.floor(list.height / Math.max(1, fm.height * 3.4)))
            switch (event.key) {
            case Qt.Key_Up: root.moveCurrent(-1, shift); break
            case Qt.Key_Down: root.moveCurrent(1, shift); break
            case Qt.Key_PageUp: root.moveCurrent(-page, shift); break
            case Qt.Key_PageDown: root.moveCurrent(page, shift); break
            case Qt.Key_Home: root.moveCurrent(-App.model.count, shift); break
            case Qt.Key_End: root.moveCurrent(App.model.count, shift); break
            case Qt.Key_Space:
                if (event.modifiers & Qt.ControlModifier) {
                    if (root.currentId > 0)
                        root.toggle(root.currentId)
                } else {
                    root.toggleRequested()
                }
                break
            case Qt.Key_Return:
            case Qt.Key_Enter:
                if (root.currentRow >= 0)
                    root.activated(root.currentId)
                break
            case Qt.Key_Menu:
                root.contextMenuRequested()
                break
            case Qt.Key_F10:
                if (!shift)
                    return
                root.contextMenuRequested()
                break
            case Qt.Key_Escape:
                if (root.selectionCount === 0)
                    return
                root.clearSelection()
                break
            default:
                return
            }
            event.accepted = true
        }
    }

    // Nothing to list yet: an invitation, not a blank.
    ColumnLayout {
        objectName: "emptyState"
        anchors.centerIn: parent
        width: Math.min(parent.width - 2 * fm.height, fm.averageCharacterWidth * 60)
        visible: !App.loading && App.model.count === 0
        spacing: Math.round(fm.height * 0.6)

        Icon {
            Layout.alignment: Qt.AlignHCenter
            iconName: "drop"
            size: Math.round(fm.height * 3.2)
            color: Colors.mix(root.palette.base, root.palette.text, 0.35)
        }
        Label {
            Layout.fillWidth: true
            text: qsTr("No downloads yet")
            font.pointSize: root.font.pointSize * 1.3
            font.weight: Font.DemiBold
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.Wrap
            color: root.palette.text
        }
        Label {
            objectName: "emptyHint"
            Layout.fillWidth: true
            text: qsTr("Drop links here, paste with Ctrl+V, or click Add.")
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.Wrap
            color: Colors.dim(root.palette)
        }
        Button {
            Layout.alignment: Qt.AlignHCenter
            Layout.topMargin: Math.round(fm.height * 0.4)
            text: qsTr("Add downloads…")
            icon.source: "qrc:/icons/add.svg"
            icon.color: palette.buttonText
            highlighted: true
            Accessible.name: qsTr("Add downloads")
            onClicked: root.addRequested()
        }
    }

    ColumnLayout {
        objectName: "loadingState"
        anchors.centerIn: parent
        visible: App.loading
        spacing: fm.height * 0.5

        BusyIndicator {
            Layout.alignment: Qt.AlignHCenter
            running: App.loading
        }
        Label {
            text: qsTr("Loading the queue…")
            color: Colors.dim(root.palette)
            Layout.alignment: Qt.AlignHCenter
        }
    }
}
