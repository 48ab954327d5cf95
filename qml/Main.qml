// SPDX-License-Identifier: MIT
// Haul's window: menu bar, toolbar, the queue (with an optional details pane),
// the status bar, drag and drop, and the dialogs. Every action lives here once
// (an Action used by the menu, the toolbar, the context menu and the keys); the
// work itself is the App controller's.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Haul.App
import "components/colors.js" as Colors

ApplicationWindow {
    id: window

    // Set by main.cpp.
    property bool startMinimized: false
    property bool trayAvailable: false

    readonly property var model: App.model
    readonly property int currentId: queueView.currentId
    readonly property var current: currentWatcher.item
    readonly property bool wide: width >= fm.averageCharacterWidth * 112
    readonly property bool rtl: Qt.application.layoutDirection === Qt.RightToLeft
    // What the selection allows (refreshed as the selection and the items change).
    property bool anyCanPause: false
    property bool anyCanResume: false
    property bool anyCanRetry: false
    // Where the last "added" signal came from, for the words of the feedback.
    property string addSource: ""

    width: Math.round(fm.averageCharacterWidth * 140)
    height: Math.round(fm.height * 36)
    minimumWidth: 640
    minimumHeight: 400
    visible: !startMinimized
    title: qsTr("Haul")

    // For tests and screenshots (QMetaObject::invokeMethod).
    function openAddDialog(text) {
        addDialog.openWith(text)
    }
    function openSettings() {
        settingsDialog.open()
    }
    function openAbout() {
        aboutDialog.open()
    }
    function selectRow(row) {
        queueView.selectRow(row)
    }
    function showDetails(row) {
        if (row !== undefined && row >= 0)
            queueView.selectRow(row)
        App.settings.detailsVisible = true
    }
    // The context menu of a row, as a right-click opens it.
    function showContextMenu(row) {
        queueView.selectRow(row)
        var item = queueView.list.itemAtIndex(row)
        if (item)
            contextMenu.popup(item, fm.height * 6, item.height / 2)
        else
            contextMenu.popup()
    }
    function showToast(text) {
        toast.show(text)
    }

    function selectedIds() {
        return queueView.selectedIds()
    }
    // One role of one item without building the whole map (the toolbar checks many).
    function roleOf(itemId, role) {
        var row = App.model.rowOf(itemId)
        return row < 0 ? undefined : App.model.data(App.model.index(row, 0), role)
    }
    function updateAbilities() {
        var ids = window.selectedIds()
        var pause = false, resume = false, retry = false
        // Enough to decide the buttons; a 10,000-item selection must not stall.
        var n = Math.min(ids.length, 2000)
        for (var i = 0; i < n && !(pause && resume && retry); ++i) {
            pause = pause || window.roleOf(ids[i], QueueModel.CanPauseRole) === true
            resume = resume || window.roleOf(ids[i], QueueModel.CanResumeRole) === true
            var s = window.roleOf(ids[i], QueueModel.StateNameRole)
            retry = retry || s === "failed" || s === "waiting"
        }
        anyCanPause = pause
        anyCanResume = resume
        anyCanRetry = retry
    }
    function pauseOrResume() {
        var ids = window.selectedIds()
        if (ids.length === 0)
            return
        window.updateAbilities()
        if (anyCanPause)
            App.pause(ids)
        else if (anyCanResume)
            App.resume(ids)
    }
    function retrySelected() {
        var ids = window.selectedIds()
        for (var i = 0; i < ids.length; ++i) {
            var s = window.roleOf(ids[i], QueueModel.StateNameRole)
            if (s === "failed" || s === "waiting")
                App.retryNow(ids[i])
        }
    }
    function moveSelected(up) {
        var ids = window.selectedIds()
        if (!up)
            ids.reverse()
        for (var i = 0; i < ids.length; ++i) {
            if (up)
                App.moveUp(ids[i])
            else
                App.moveDown(ids[i])
        }
        var row = App.model.rowOf(queueView.currentId)
        if (row >= 0)
            queueView.list.positionViewAtIndex(row, ListView.Contain)
    }
    // Delete: ask only when partial data could go too.
    function requestRemove() {
        var ids = window.selectedIds()
        if (ids.length === 0)
            return
        var partial = false
        for (var i = 0; i < ids.length && !partial; ++i) {
            partial = window.roleOf(ids[i], QueueModel.StateNameRole) !== "complete"
                      && window.roleOf(ids[i], QueueModel.BytesDoneRole) > 0
        }
        if (partial)
            removeDialog.ask(ids)
        else
            App.remove(ids, false)
    }
    function activate(itemId) {
        if (window.roleOf(itemId, QueueModel.CanOpenRole) === true)
            App.openFile(itemId)
        else
            App.settings.detailsVisible = true
    }
    // Counted words read right in English without a translation loaded; the
    // plural form is the numerus string translators see.
    function addedText(count) {
        return count === 1 ? qsTr("Added 1 download") : qsTr("Added %Ln downloads", "", count)
    }
    function paste() {
        addSource = "paste"
        App.pasteFromClipboard()
    }

    onClosing: function(close) {
        if (App.settings.closeToTray && trayAvailable) {
            close.accepted = false
            window.hide()
        } else {
            App.quit()
        }
    }

    FontMetrics {
        id: fm
        font: window.font
    }

    // Qt 6.4's Fusion style paints with its own fixed (light) palette and ignores
    // the application's: hand it the system palette, so a dark desktop (or a
    // high-contrast one) gets a dark Haul. SystemPalette follows live changes.
    SystemPalette { id: activeColors; colorGroup: SystemPalette.Active; onPaletteChanged: window.applySystemPalette() }
    SystemPalette { id: inactiveColors; colorGroup: SystemPalette.Inactive; onPaletteChanged: window.applySystemPalette() }
    SystemPalette { id: disabledColors; colorGroup: SystemPalette.Disabled; onPaletteChanged: window.applySystemPalette() }
    function applySystemPalette() {
        var roles = ["window", "windowText", "base", "alternateBase", "text", "button", "buttonText", "highlight",
                     "highlightedText", "light", "midlight", "mid", "dark", "shadow", "placeholderText"]
        var groups = [[palette.active, activeColors], [palette.inactive, inactiveColors],
                      [palette.disabled, disabledColors]]
        for (var g = 0; g < groups.length; ++g) {
            for (var r = 0; r < roles.length; ++r)
                groups[g][0][roles[r]] = groups[g][1][roles[r]]
            // Tooltips and links as the desktop's base colours would have them.
            groups[g][0].toolTipBase = groups[g][1].base
            groups[g][0].toolTipText = groups[g][1].text
        }
    }

    ItemWatcher {
        id: currentWatcher
        itemId: queueView.currentId
    }

    Connections {
        target: queueView
        function onSelectionRevisionChanged() { Qt.callLater(window.updateAbilities) }
        function onCurrentIdChanged() { Qt.callLater(window.updateAbilities) }
    }
    Connections {
        target: App.model
        function onDataChanged() { Qt.callLater(window.updateAbilities) }
        function onRowsRemoved() { Qt.callLater(window.updateAbilities) }
    }
    Connections {
        target: App
        function onAdded(count) {
            if (count > 0)
                toast.show(window.addedText(count))
            else if (window.addSource === "paste")
                toast.show(qsTr("No links found on the clipboard"))
            else if (window.addSource === "drop")
                toast.show(qsTr("No links found in what was dropped"))
            else
                toast.show(qsTr("No links found"))
            window.addSource = ""
        }
    }

    MainActions {
        id: actions
        window: window
        queueView: queueView
        currentWatcher: currentWatcher
    }

    menuBar: MainMenuBar {
        actions: actions
        rtl: window.rtl
    }

    header: ToolBar {
        id: toolBar
        LayoutMirroring.enabled: window.rtl
        LayoutMirroring.childrenInherit: true
        leftPadding: Math.round(fm.height * 0.4)
        rightPadding: Math.round(fm.height * 0.4)

        // Labels beside the icons while they fit; icons alone (with tooltips) when not.
        readonly property var labels: [actions.add.text, actions.pause.text, actions.resume.text, actions.remove.text,
                                       actions.pauseAll.text, actions.resumeAll.text]
        readonly property real labelledWidth: {
            var w = 0
            for (var i = 0; i < labels.length; ++i)
                w += fm.advanceWidth(labels[i]) + 16 + 6 + 12 + 2
            return w + 2 * (16 + 12 + 2) + 2 * 12 + fm.height * 3
        }
        readonly property bool compact: labelledWidth > availableWidth

        RowLayout {
            anchors.fill: parent
            spacing: 2

            BarButton { action: actions.add; compact: toolBar.compact; objectName: "addButton" }
            ToolSeparator {}
            BarButton { action: actions.pause; compact: toolBar.compact; objectName: "pauseButton" }
            BarButton { action: actions.resume; compact: toolBar.compact; objectName: "resumeButton" }
            BarButton { action: actions.remove; compact: toolBar.compact; objectName: "removeButton" }
            ToolSeparator {}
            BarButton { action: actions.pauseAll; compact: toolBar.compact }
            BarButton { action: actions.resumeAll; compact: toolBar.compact }
            Item { Layout.fillWidth: true }
            BarButton { action: actions.details; compact: true; objectName: "detailsButton" }
            BarButton { action: actions.settings; compact: true; text: qsTr("Settings") }
        }
    }

    footer: StatusBar {
        id: footerBar
        LayoutMirroring.enabled: window.rtl
        LayoutMirroring.childrenInherit: true
    }

    ColumnLayout {
        id: content
        anchors.fill: parent
        spacing: 0
        LayoutMirroring.enabled: window.rtl
        LayoutMirroring.childrenInherit: true

        NoticeBanner {
            Layout.fillWidth: true
            text: App.notice
            onDismissed: App.dismissNotice()
        }

        SplitView {
            id: split
            objectName: "split"
            Layout.fillWidth: true
            Layout.fillHeight: true
            orientation: window.wide ? Qt.Horizontal : Qt.Vertical
            // A new handle per orientation: 6.4's SplitView keeps a handle's old
            // length when the orientation flips under it.
            handle: window.wide ? sideHandle : bottomHandle

            Component {
                id: sideHandle
                Item {
                    implicitWidth: 5
                    Rectangle {
                        anchors.horizontalCenter: parent.horizontalCenter
                        width: 1
                        height: parent.height
                        color: Colors.line(window.palette)
                    }
                }
            }
            Component {
                id: bottomHandle
                Item {
                    implicitHeight: 5
                    Rectangle {
                        anchors.verticalCenter: parent.verticalCenter
                        width: parent.width
                        height: 1
                        color: Colors.line(window.palette)
                    }
                }
            }

            QueueView {
                id: queueView
                objectName: "queueView"
                SplitView.fillWidth: true
                SplitView.fillHeight: true
                SplitView.minimumWidth: Math.round(fm.averageCharacterWidth * 40)
                SplitView.minimumHeight: Math.round(fm.height * 5)
                onActivated: function(itemId) { window.activate(itemId) }
                onToggleRequested: window.pauseOrResume()
                onContextMenuRequested: contextMenu.popup()
                onAddRequested: window.openAddDialog("")
            }

            DetailsPane {
                id: detailsPane
                objectName: "detailsPane"
                visible: App.settings.detailsVisible
                itemId: currentWatcher.itemId
                item: currentWatcher.item
                SplitView.preferredWidth: Math.round(fm.averageCharacterWidth * 50)
                SplitView.minimumWidth: Math.round(fm.averageCharacterWidth * 30)
                SplitView.preferredHeight: Math.round(split.height * 0.45)
                SplitView.minimumHeight: Math.round(fm.height * 6)
                onCloseRequested: App.settings.detailsVisible = false
                onSettingsRequested: window.openSettings()
            }
        }
    }

    DropOverlay {
        id: dropOverlay
        objectName: "dropOverlay"
        anchors.fill: content
        active: dropArea.containsDrag
        LayoutMirroring.enabled: window.rtl
        LayoutMirroring.childrenInherit: true
    }

    DropArea {
        id: dropArea
        anchors.fill: parent
        // The formats links come in (LinkParser reads each); the same list is handed to App.
        keys: ["text/uri-list", "text/x-moz-url", "text/plain", "text/plain;charset=utf-8", "text/unicode",
               "_NETSCAPE_URL"]
        onEntered: function(drag) {
            drag.accepted = drag.hasUrls || drag.hasText || drag.formats.length > 0
        }
        onDropped: function(drop) {
            var wanted = dropArea.keys
            var formats = {}
            for (var i = 0; i < wanted.length; ++i) {
                if (drop.formats.indexOf(wanted[i]) >= 0)
                    formats[wanted[i]] = drop.getDataAsArrayBuffer(wanted[i])
            }
            window.addSource = "drop"
            App.addDropped(formats, drop.urls)
            drop.accept(Qt.CopyAction)
        }
    }

    Toast {
        id: toast
        objectName: "toast"
        anchors.horizontalCenter: parent.horizontalCenter
        anchors.bottom: parent.bottom
        anchors.bottomMargin: fm.height
        width: Math.min(implicitWidth, parent.width - 2 * fm.height)
    }

    HaulMenu {
        id: contextMenu
        objectName: "contextMenu"
        HaulMenuItem { action: actions.pause; visible: window.anyCanPause; height: visible ? implicitHeight : 0 }
        HaulMenuItem { action: actions.resume; visible: window.anyCanResume; height: visible ? implicitHeight : 0 }
        HaulMenuItem { action: actions.retry; visible: window.anyCanRetry; height: visible ? implicitHeight : 0 }
        HaulMenuItem { action: actions.openFile; visible: actions.openFile.enabled; height: visible ? implicitHeight : 0 }
        HaulMenuItem { action: actions.openFolder }
        HaulMenuItem { action: actions.showDetails }
        MenuSeparator {}
        HaulMenuItem { action: actions.copyUrl }
        HaulMenuItem { action: actions.copySha }
        MenuSeparator {}
        HaulMenuItem { action: actions.moveUp }
        HaulMenuItem { action: actions.moveDown }
        MenuSeparator {}
        HaulMenuItem { action: actions.remove }
    }

    AddDialog {
        id: addDialog
        objectName: "addDialog"
        onAddedLinks: function(count) { toast.show(window.addedText(count)) }
    }
    SettingsDialog {
        id: settingsDialog
        objectName: "settingsDialog"
        trayAvailable: window.trayAvailable
    }
    RemoveDialog {
        id: removeDialog
        objectName: "removeDialog"
        onRemoveConfirmed: function(ids, deletePartial) { App.remove(ids, deletePartial) }
    }
    AboutDialog {
        id: aboutDialog
        objectName: "aboutDialog"
    }

    Component.onCompleted: {
        applySystemPalette()
        queueView.list.forceActiveFocus()
    }
}
