// SPDX-License-Identifier: MIT
// Every action of the window, once: the menu bar, the toolbar, the context menu
// and the keys all use these. What they do is the App controller's work or one
// of the window's helpers.
import QtQuick
import QtQuick.Controls
import Haul.App

QtObject {
    // Main.qml: its helpers (openAddDialog, selectedIds, ...) and selection state.
    required property var window
    required property var queueView
    required property var currentWatcher

    readonly property HaulAction add: HaulAction {
            text: qsTr("Add…")
            iconName: "add"
            shortcut: "Ctrl+N"
            onTriggered: window.openAddDialog("")
    
    }
    readonly property HaulAction paste: HaulAction {
            text: qsTr("Paste links")
            iconName: "paste"
            shortcut: "Ctrl+V"
            onTriggered: window.paste()
    
    }
    readonly property HaulAction settings: HaulAction {
            text: qsTr("Settings…")
            iconName: "settings"
            shortcut: "Ctrl+,"
            onTriggered: window.openSettings()
    
    }
    readonly property HaulAction quit: HaulAction {
            text: qsTr("Quit")
            shortcut: "Ctrl+Q"
            onTriggered: App.quit()
    
    }
    readonly property HaulAction selectAll: HaulAction {
            text: qsTr("Select all")
            shortcut: "Ctrl+A"
            enabled: App.model.count > 0
            onTriggered: queueView.selectAll()
    
    }
    readonly property HaulAction copyUrl: HaulAction {
            text: qsTr("Copy URL")
            iconName: "copy"
            shortcut: "Ctrl+C"
            enabled: queueView.selectionCount > 0 || queueView.currentRow >= 0
            onTriggered: App.copyUrls(window.selectedIds())
    
    }
    readonly property HaulAction copySha: HaulAction {
            text: qsTr("Copy SHA-256")
            iconName: "copy"
            shortcut: "Ctrl+Shift+C"
            enabled: currentWatcher.valid && (window.current.sha256 || "").length > 0
            onTriggered: App.copySha256(window.currentId)
    
    }
    readonly property HaulAction remove: HaulAction {
            text: qsTr("Remove")
            iconName: "remove"
            shortcut: "Delete"
            enabled: queueView.selectionCount > 0 || queueView.currentRow >= 0
            onTriggered: window.requestRemove()
    
    }
    readonly property HaulAction pause: HaulAction {
            text: qsTr("Pause")
            iconName: "pause"
            keyHint: qsTr("Space")
            enabled: window.anyCanPause
            onTriggered: App.pause(window.selectedIds())
    
    }
    readonly property HaulAction resume: HaulAction {
            text: qsTr("Resume")
            iconName: "resume"
            keyHint: qsTr("Space")
            enabled: window.anyCanResume
            onTriggered: App.resume(window.selectedIds())
    
    }
    readonly property HaulAction retry: HaulAction {
            text: qsTr("Retry now")
            iconName: "retry"
            shortcut: "Ctrl+R"
            enabled: window.anyCanRetry
            onTriggered: window.retrySelected()
    
    }
    readonly property HaulAction moveUp: HaulAction {
            text: qsTr("Move up")
            iconName: "up"
            shortcut: "Ctrl+Up"
            enabled: queueView.currentRow > 0
            onTriggered: window.moveSelected(true)
    
    }
    readonly property HaulAction moveDown: HaulAction {
            text: qsTr("Move down")
            iconName: "down"
            shortcut: "Ctrl+Down"
            enabled: queueView.currentRow >= 0 && queueView.currentRow < App.model.count - 1
            onTriggered: window.moveSelected(false)
    
    }
    readonly property HaulAction openFile: HaulAction {
            text: qsTr("Open file")
            iconName: "open"
            keyHint: qsTr("Enter")
            enabled: window.current.canOpen === true
            onTriggered: App.openFile(window.currentId)
    
    }
    readonly property HaulAction openFolder: HaulAction {
            text: qsTr("Open folder")
            iconName: "folder"
            enabled: currentWatcher.valid
            onTriggered: App.openFolder(window.currentId)
    
    }
    readonly property HaulAction pauseAll: HaulAction {
            text: qsTr("Pause all")
            iconName: "pause-all"
            enabled: App.model.activeCount + App.model.queuedCount > 0
            onTriggered: App.pauseAll()
    
    }
    readonly property HaulAction resumeAll: HaulAction {
            text: qsTr("Resume all")
            iconName: "resume-all"
            enabled: footerBar.pausedCount + App.model.failedCount > 0
            onTriggered: App.resumeAll()
    
    }
    readonly property HaulAction details: HaulAction {
            text: qsTr("Details pane")
            iconName: "details"
            shortcut: "Ctrl+I"
            checkable: true
            checked: App.settings.detailsVisible
            onTriggered: App.settings.detailsVisible = checked
    
    }
    readonly property HaulAction showDetails: HaulAction {
            text: qsTr("Details")
            iconName: "details"
            enabled: currentWatcher.valid
            onTriggered: App.settings.detailsVisible = true
    
    }
    readonly property HaulAction about: HaulAction {
            text: qsTr("About Haul")
            onTriggered: window.openAbout()
    
    }
}
