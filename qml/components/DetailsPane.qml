// SPDX-License-Identifier: MIT
// Everything about the current download: where it comes from and goes to, the
// server's validators, each attempt, and both digests with the verdict. Its
// item comes from an ItemWatcher, so it follows a running download live.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Haul.App
import "colors.js" as Colors

Control {
    id: pane

    // The item shown (0: none).
    property int itemId: 0
    // Its roles, as App.model.get(row) gives them (kept fresh by an ItemWatcher).
    property var item: ({})
    readonly property bool hasItem: item.itemId !== undefined && item.itemId > 0
    readonly property var history: hasItem && item.history ? item.history : []
    readonly property bool complete: item.stateName === "complete"
    // It has a download running (or waiting to retry): new connections wait for its next start.
    readonly property bool running: ["connecting", "downloading", "waiting", "verifying"].indexOf(item.stateName) >= 0
    readonly property string connectionsText: hasItem && item.connectionsText ? item.connectionsText : ""

    signal closeRequested()
    signal settingsRequested()

    // Failures the user fixes in the settings (the folder): Haul::ErrorKind
    // Destination (5) and Io (10); the enum is not exported to QML.
    readonly property bool folderProblem: item.stateName === "failed" && (item.errorKind === 5 || item.errorKind === 10)

    function formatTime(t) {
        if (!t || isNaN(t.getTime()))
            return ""
        return t.toLocaleString(Qt.locale(), Locale.ShortFormat)
    }
    // An attempt's time: to the second (retries come seconds apart), with the
    // date only when it was not today.
    function attemptTime(t) {
        if (!t || isNaN(t.getTime()))
            return ""
        var format = Qt.locale().timeFormat(Locale.ShortFormat)
        if (format.indexOf("s") < 0)
            format = format.replace("mm", "mm:ss")
        var time = t.toLocaleTimeString(Qt.locale(), format)
        if (t.toDateString() === new Date().toDateString())
            return time
        return qsTr("%1 %2").arg(t.toLocaleDateString(Qt.locale(), Locale.ShortFormat)).arg(time)
    }
    function verdictText() {
        switch (item.checksumState) {
        case "verified": return qsTr("Matches the expected SHA-256.")
        case "mismatch": return qsTr("Does not match: the file is not the one expected.")
        case "pending": return qsTr("Checked when the download completes.")
        default: return qsTr("No expected checksum was given.")
        }
    }

    FontMetrics {
        id: fm
        font: pane.font
    }

    padding: 0
    Accessible.role: Accessible.Pane
    Accessible.name: qsTr("Details")

    background: Rectangle {
        color: pane.palette.window
    }

    contentItem: ColumnLayout {
        spacing: 0

        // Title bar of the pane.
        RowLayout {
            Layout.fillWidth: true
            Layout.leftMargin: fm.height
            Layout.rightMargin: Math.round(fm.height * 0.4)
            Layout.topMargin: Math.round(fm.height * 0.35)
            Layout.bottomMargin: Math.round(fm.height * 0.35)
            Label {
                text: qsTr("Details")
                font.weight: Font.DemiBold
                Layout.fillWidth: true
                horizontalAlignment: Text.AlignLeft
            }
            ToolButton {
                icon.source: "qrc:/icons/close.svg"
                icon.color: palette.buttonText
                display: AbstractButton.IconOnly
                text: qsTr("Hide details")
                ToolTip.visible: hovered
                ToolTip.text: text
                ToolTip.delay: 600
                Accessible.name: text
                onClicked: pane.closeRequested()
            }
        }
        Rectangle {
            Layout.fillWidth: true
            implicitHeight: 1
            color: Colors.line(pane.palette)
        }

        Label {
            objectName: "noSelection"
            visible: !pane.hasItem
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.margins: fm.height
            text: qsTr("Select a download to see where it comes from, where it goes and how each attempt went.")
            wrapMode: Text.Wrap
            color: Colors.dim(pane.palette)
            horizontalAlignment: Text.AlignHCenter
            verticalAlignment: Text.AlignVCenter
        }

        ScrollView {
            id: scroll
            objectName: "detailsScroll"
            visible: pane.hasItem
            Layout.fillWidth: true
            Layout.fillHeight: true
            contentWidth: availableWidth
            clip: true

            ColumnLayout {
                id: body
                width: scroll.availableWidth - 2 * fm.height
                x: fm.height
                spacing: Math.round(fm.height * 0.75)

                Item { implicitHeight: Math.round(fm.height * 0.25) }

                // What it is and how it is doing.
                RowLayout {
                    Layout.fillWidth: true
                    spacing: Math.round(fm.height * 0.6)
                    Icon {
                        Layout.alignment: Qt.AlignTop
                        iconName: pane.item.fileKind || "file"
                        size: Math.round(fm.height * 2.2)
                        color: Colors.mix(pane.palette.window, pane.palette.text, 0.62)
                    }
                    ColumnLayout {
                        Layout.fillWidth: true
                        spacing: 2
                        Label {
                            objectName: "detailsName"
                            Layout.fillWidth: true
                            text: pane.item.fileName || ""
                            font.weight: Font.DemiBold
                            font.pointSize: pane.font.pointSize * 1.1
                            wrapMode: Text.WrapAnywhere
                            maximumLineCount: 3
                            elide: Text.ElideRight
                            horizontalAlignment: Text.AlignLeft
                        }
                        Label {
                            objectName: "detailsState"
                            Layout.fillWidth: true
                            text: pane.item.stateText || ""
                            wrapMode: Text.Wrap
                            horizontalAlignment: Text.AlignLeft
                            color: pane.item.stateName === "failed" || pane.item.stateName === "waiting"
                                   || pane.item.stateName === "complete"
                                   ? Colors.stateAccent(pane.palette, pane.item.stateName) : Colors.dim(pane.palette)
                        }
                        Label {
                            Layout.fillWidth: true
                            visible: text.length > 0
                            text: pane.item.sizeText || ""
                            color: Colors.dim(pane.palette)
                            horizontalAlignment: Text.AlignLeft
                        }
                    }
                }

                Flow {
                    Layout.fillWidth: true
                    spacing: Math.round(fm.height * 0.4)
                    Button {
                        visible: pane.item.canOpen === true
                        text: qsTr("Open")
                        icon.source: "qrc:/icons/open.svg"
                        icon.color: palette.buttonText
                        Accessible.name: qsTr("Open the file")
                        onClicked: App.openFile(pane.itemId)
                    }
                    Button {
                        text: qsTr("Open folder")
                        icon.source: "qrc:/icons/folder.svg"
                        icon.color: palette.buttonText
                        Accessible.name: qsTr("Open the destination folder")
                        onClicked: App.openFolder(pane.itemId)
                    }
                    Button {
                        visible: pane.folderProblem
                        text: qsTr("Change folder…")
                        icon.source: "qrc:/icons/settings.svg"
                        icon.color: palette.buttonText
                        Accessible.name: qsTr("Open the settings to change the download folder")
                        onClicked: pane.settingsRequested()
                    }
                    Button {
                        visible: pane.item.stateName === "failed" && pane.item.fileExists !== true
                                 || pane.item.stateName === "waiting"
                        text: pane.item.stateName === "waiting" ? qsTr("Retry now") : qsTr("Retry")
                        icon.source: "qrc:/icons/retry.svg"
                        icon.color: palette.buttonText
                        Accessible.name: text
                        onClicked: App.retryNow(pane.itemId)
                    }
                }

                // The last failure in full, when it says more than the state line.
                Label {
                    objectName: "detailsError"
                    Layout.fillWidth: true
                    visible: (pane.item.stateName === "failed" || pane.item.stateName === "waiting")
                             && (pane.item.error || "").length > 0
                    text: pane.item.error || ""
                    wrapMode: Text.Wrap
                    color: Colors.danger(pane.palette)
                    padding: Math.round(fm.height * 0.5)
                    horizontalAlignment: Text.AlignLeft
                    background: Rectangle {
                        radius: 4
                        color: Colors.mix(pane.palette.base, Colors.danger(pane.palette), 0.07)
                        border.color: Colors.mix(pane.palette.base, Colors.danger(pane.palette), 0.4)
                    }
                }

                SectionHeading { text: qsTr("Source and destination") }
                DetailField {
                    objectName: "urlField"
                    title: qsTr("URL")
                    value: pane.item.url || ""
                    pathLike: true
                    actionIcon: "copy"
                    actionText: qsTr("Copy URL")
                    onActionTriggered: App.copyUrls([pane.itemId])
                }
                DetailField {
                    title: qsTr("Saved to")
                    value: pane.item.destination || ""
                    pathLike: true
                    actionIcon: "folder"
                    actionText: qsTr("Open folder")
                    onActionTriggered: App.openFolder(pane.itemId)
                }

                // The item's own limits, and how many connections carry it (or carried
                // it: why one was all the server allowed still stands once it is done).
                SectionHeading {
                    visible: !pane.complete || pane.connectionsText.length > 0
                    text: pane.complete ? qsTr("Connections") : qsTr("Speed and connections")
                }
                Label {
                    objectName: "detailsConnections"
                    Layout.fillWidth: true
                    visible: text.length > 0
                    text: pane.connectionsText
                    wrapMode: Text.Wrap
                    horizontalAlignment: Text.AlignLeft
                }
                ColumnLayout {
                    Layout.fillWidth: true
                    visible: !pane.complete
                    spacing: Math.round(fm.height * 0.2)
                    CheckBox {
                        id: itemLimitCheck
                        objectName: "itemSpeedLimitCheck"
                        Layout.fillWidth: true
                        text: qsTr("Limit this download to")
                        checked: (pane.item.speedLimit || 0) > 0
                        Accessible.name: qsTr("Limit the speed of this download")
                        onToggled: App.setSpeedLimit(pane.itemId, checked ? itemLimitBox.value : 0)
                    }
                    RowLayout {
                        Layout.leftMargin: itemLimitCheck.indicator.width + itemLimitCheck.spacing
                        SpinBox {
                            id: itemLimitBox
                            objectName: "itemSpeedLimitBox"
                            Layout.preferredWidth: Math.round(fm.height * 7)
                            from: 16
                            to: 1048576
                            stepSize: 256
                            editable: true
                            enabled: itemLimitCheck.checked
                            value: (pane.item.speedLimit || 0) > 0 ? pane.item.speedLimit : 1024
                            Accessible.name: qsTr("Speed limit of this download in KiB/s")
                            onValueModified: if (itemLimitCheck.checked) App.setSpeedLimit(pane.itemId, value)
                        }
                        Label {
                            text: qsTr("KiB/s")
                            enabled: itemLimitCheck.checked
                        }
                    }
                    // Unchecked: Settings' number (0 on the item), shown greyed in the box.
                    CheckBox {
                        id: itemConnectionsCheck
                        objectName: "itemConnectionsCheck"
                        Layout.fillWidth: true
                        text: qsTr("Connections for this download")
                        checked: (pane.item.connections || 0) > 0
                        Accessible.name: qsTr("Give this download its own number of connections")
                        onToggled: App.setConnections(pane.itemId, checked ? itemConnectionsBox.value : 0)
                    }
                    RowLayout {
                        Layout.fillWidth: true
                        Layout.leftMargin: itemConnectionsCheck.indicator.width + itemConnectionsCheck.spacing
                        SpinBox {
                            id: itemConnectionsBox
                            objectName: "itemConnectionsBox"
                            Layout.preferredWidth: itemLimitBox.Layout.preferredWidth
                            from: 1
                            to: 16
                            editable: true
                            enabled: itemConnectionsCheck.checked
                            value: (pane.item.connections || 0) > 0 ? pane.item.connections
                                                                    : App.settings.connectionsPerDownload
                            Accessible.name: qsTr("Connections for this download")
                            onValueModified: if (itemConnectionsCheck.checked) App.setConnections(pane.itemId, value)
                        }
                        Label {
                            objectName: "itemConnectionsNote"
                            Layout.fillWidth: true
                            // A running download keeps the connections it started with.
                            text: !itemConnectionsCheck.checked ? qsTr("as in Settings")
                                  : pane.running ? qsTr("from its next start") : ""
                            visible: text.length > 0
                            wrapMode: Text.Wrap
                            color: Colors.dim(pane.palette)
                            horizontalAlignment: Text.AlignLeft
                        }
                    }
                }

                SectionHeading {
                    text: pane.item.attempts > 0 ? qsTr("Attempts (%1)").arg(pane.item.attempts) : qsTr("Attempts")
                }
                Label {
                    visible: pane.history.length === 0
                    text: qsTr("Not started yet.")
                    color: Colors.dim(pane.palette)
                }
                ColumnLayout {
                    objectName: "historyList"
                    Layout.fillWidth: true
                    spacing: Math.round(fm.height * 0.45)
                    visible: pane.history.length > 0

                    Repeater {
                        objectName: "historyRepeater"
                        model: pane.history
                        delegate: ColumnLayout {
                            id: attempt
                            required property var modelData
                            required property int index
                            readonly property bool last: attempt.index === pane.history.length - 1
                            Layout.fillWidth: true
                            spacing: 0
                            RowLayout {
                                Layout.fillWidth: true
                                spacing: Math.round(fm.height * 0.5)
                                Label {
                                    text: qsTr("#%1").arg(attempt.index + 1)
                                    color: Colors.dim(pane.palette)
                                    Layout.preferredWidth: Math.round(fm.averageCharacterWidth * 3.5)
                                }
                                Label {
                                    text: pane.attemptTime(attempt.modelData.time)
                                    Layout.fillWidth: true
                                    elide: Text.ElideRight
                                    horizontalAlignment: Text.AlignLeft
                                }
                                Label {
                                    objectName: "historyStatus"
                                    text: attempt.modelData.status > 0 ? qsTr("HTTP %1").arg(attempt.modelData.status)
                                                                        : qsTr("no answer")
                                    color: attempt.modelData.status >= 400 ? Colors.danger(pane.palette)
                                         : attempt.modelData.status > 0 ? pane.palette.text : Colors.dim(pane.palette)
                                }
                                Label {
                                    text: attempt.modelData.bytesText
                                    horizontalAlignment: Text.AlignRight
                                    Layout.minimumWidth: Math.round(fm.averageCharacterWidth * 9)
                                }
                            }
                            Label {
                                Layout.fillWidth: true
                                Layout.leftMargin: Math.round(fm.averageCharacterWidth * 3.5 + fm.height * 0.5)
                                text: attempt.modelData.outcome.length > 0 ? attempt.modelData.outcome
                                      : attempt.last ? qsTr("in progress") : ""
                                visible: text.length > 0
                                wrapMode: Text.Wrap
                                color: Colors.dim(pane.palette)
                                horizontalAlignment: Text.AlignLeft
                            }
                        }
                    }
                }

                SectionHeading { text: qsTr("Integrity") }
                RowLayout {
                    Layout.fillWidth: true
                    spacing: Math.round(fm.height * 0.4)
                    ChecksumBadge {
                        objectName: "detailsBadge"
                        checksumState: pane.item.checksumState || "none"
                    }
                    Label {
                        objectName: "verdictLabel"
                        Layout.fillWidth: true
                        text: pane.verdictText()
                        wrapMode: Text.Wrap
                        horizontalAlignment: Text.AlignLeft
                        color: pane.item.checksumState === "mismatch" ? Colors.danger(pane.palette) : pane.palette.text
                    }
                }
                DetailField {
                    objectName: "sha256Field"
                    title: qsTr("SHA-256")
                    value: pane.item.sha256 || ""
                    placeholder: qsTr("Known when the download completes")
                    monospace: true
                    breakAnywhere: true
                    actionIcon: "copy"
                    actionText: qsTr("Copy SHA-256")
                    onActionTriggered: App.copySha256(pane.itemId)
                }
                DetailField {
                    visible: value.length > 0
                    title: qsTr("Expected SHA-256")
                    value: pane.item.expectedSha256 || ""
                    placeholder: qsTr("None given")
                    monospace: true
                    breakAnywhere: true
                    valueColor: pane.item.checksumState === "mismatch" ? Colors.danger(pane.palette)
                              : pane.item.checksumState === "verified" ? Colors.success(pane.palette)
                              : pane.palette.text
                    actionIcon: "copy"
                    actionText: qsTr("Copy expected SHA-256")
                    onActionTriggered: App.copyText(pane.item.expectedSha256)
                }
                DetailField {
                    visible: value.length > 0
                    title: qsTr("Tree hash")
                    value: pane.item.treeHash || ""
                    placeholder: qsTr("Known when the download completes")
                    monospace: true
                    breakAnywhere: true
                    actionIcon: "copy"
                    actionText: qsTr("Copy tree hash")
                    onActionTriggered: App.copyText(pane.item.treeHash)
                }

                SectionHeading { text: qsTr("Server") }
                DetailField {
                    title: qsTr("ETag")
                    value: pane.item.etag || ""
                    placeholder: qsTr("Not sent")
                    breakAnywhere: true
                    monospace: true
                }
                DetailField {
                    title: qsTr("Last modified")
                    value: pane.item.lastModified || ""
                    placeholder: qsTr("Not sent")
                }

                SectionHeading { text: qsTr("Times") }
                DetailField {
                    title: qsTr("Added")
                    value: pane.formatTime(pane.item.added)
                }
                DetailField {
                    title: qsTr("Finished")
                    value: pane.formatTime(pane.item.finished)
                    placeholder: qsTr("Not yet")
                }

                Item { implicitHeight: fm.height }
            }
        }
    }
}
