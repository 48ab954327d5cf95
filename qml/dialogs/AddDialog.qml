// SPDX-License-Identifier: MIT
// Add downloads: links one per line (optionally "URL  SHA256HEX"), checked as
// you type. Lines that cannot be used are listed with their number and the
// reason, never silently dropped.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import QtQuick.Dialogs
import Haul.App
import "../components"
import "../components/colors.js" as Colors

Dialog {
    id: dialog

    // The text parsed: the typed links, with the checksum field appended to a
    // single link (what App.addLines receives).
    readonly property string effectiveText: withChecksum(urlsArea.text, shaField.text)
    // {line, text, url, sha256, valid, error} for every non-blank line.
    readonly property var parsed: App.parseLines(effectiveText)
    readonly property var rawParsed: App.parseLines(urlsArea.text)
    readonly property int validCount: parsed.filter(function(l) { return l.valid }).length
    readonly property var invalidLines: parsed.filter(function(l) { return !l.valid })
    // The checksum field applies when exactly one link is given without its own.
    readonly property bool singleLink: rawParsed.length === 1 && rawParsed[0].valid && rawParsed[0].sha256.length === 0
    readonly property bool canAdd: validCount > 0

    // Called after adding: how many went in.
    signal addedLinks(int count)

    // Opens the dialog with text (or, when empty, the clipboard's links if any).
    function openWith(text) {
        urlsArea.text = text || ""
        shaField.text = ""
        folderField.text = App.settings.downloadFolder
        startPaused.checked = false
        open()
        if (urlsArea.text.length === 0) {
            urlsArea.paste()
            if (validCount === 0)
                urlsArea.clear()
            else if (!urlsArea.text.endsWith("\n"))
                urlsArea.insert(urlsArea.length, "\n")
        }
        urlsArea.cursorPosition = urlsArea.length
        urlsArea.forceActiveFocus()
    }

    // "URL" + checksum → "URL  HEX" on that line; anything else unchanged.
    function withChecksum(text, sha) {
        var hex = sha.trim()
        if (hex.length === 0)
            return text
        var lines = App.parseLines(text)
        if (lines.length !== 1 || !lines[0].valid || lines[0].sha256.length > 0)
            return text
        var all = text.split("\n")
        all[lines[0].line - 1] = lines[0].text + "  " + hex
        return all.join("\n")
    }

    function add() {
        if (!canAdd)
            return
        var n = App.addLines(effectiveText, folderField.text.trim(), startPaused.checked)
        addedLinks(n)
        close()
    }

    title: qsTr("Add downloads")
    modal: true
    focus: true
    anchors.centerIn: Overlay.overlay
    width: Math.min(parent ? parent.width - 2 * fm.height : 600, Math.round(fm.averageCharacterWidth * 92))
    height: Math.min(implicitHeight, parent ? parent.height - 2 * fm.height : implicitHeight)
    padding: Math.round(fm.height * 1.1)
    topPadding: Math.round(fm.height * 0.6)
    closePolicy: Popup.CloseOnEscape

    onAccepted: add()

    header: DialogTitle {
        text: dialog.title
    }

    FontMetrics {
        id: fm
        font: dialog.font
    }

    FolderDialog {
        id: folderDialog
        title: qsTr("Save downloads to")
        currentFolder: "file://" + folderField.text
        onAccepted: {
            var path = decodeURIComponent(selectedFolder.toString().replace(/^file:\/\//, ""))
            if (/^\/[A-Za-z]:/.test(path))
                path = path.substring(1)
            folderField.text = path
        }
    }

    contentItem: ColumnLayout {
        LayoutMirroring.enabled: Qt.application.layoutDirection === Qt.RightToLeft
        LayoutMirroring.childrenInherit: true
        spacing: Math.round(fm.height * 0.5)

        Label {
            Layout.fillWidth: true
            text: qsTr("Links, one per line. A SHA-256 checksum may follow a link on the same line.")
            wrapMode: Text.Wrap
            color: Colors.dim(palette)
            horizontalAlignment: Text.AlignLeft
        }

        ScrollView {
            id: urlsScroll
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.preferredHeight: Math.round(fm.height * 7.5)
            Layout.minimumHeight: Math.round(fm.height * 3.5)
            background: Rectangle {
                color: urlsScroll.palette.base
                radius: 3
                border.width: urlsArea.activeFocus ? 2 : 1
                border.color: urlsArea.activeFocus ? urlsScroll.palette.highlight
                                                   : Colors.mix(urlsScroll.palette.base, urlsScroll.palette.text, 0.3)
            }

            TextArea {
                id: urlsArea
                objectName: "urlsArea"
                placeholderText: qsTr("https://example.com/file.iso\nhttps://example.com/file.iso  SHA256")
                wrapMode: TextEdit.WrapAnywhere
                selectByMouse: true
                padding: Math.round(fm.height * 0.4)
                background: null
                font.family: "monospace"
                Accessible.name: qsTr("Links to download")
                Keys.onPressed: function(event) {
                    if ((event.key === Qt.Key_Return || event.key === Qt.Key_Enter)
                            && (event.modifiers & Qt.ControlModifier)) {
                        dialog.add()
                        event.accepted = true
                    }
                }
            }
        }

        // The verdict: what will be added, and what cannot be.
        RowLayout {
            Layout.fillWidth: true
            spacing: Math.round(fm.height * 0.4)
            Icon {
                opacity: dialog.parsed.length > 0 ? 1 : 0
                iconName: dialog.invalidLines.length > 0 ? "warning" : "check"
                size: Math.round(fm.height * 0.95)
                color: dialog.invalidLines.length > 0 ? Colors.warning(palette) : Colors.success(palette)
            }
            Label {
                id: summary
                objectName: "summaryLabel"
                Layout.fillWidth: true
                text: {
                    if (dialog.parsed.length === 0)
                        return qsTr("Paste or type at least one http or https link.")
                    var ready = dialog.validCount === 1 ? qsTr("1 link ready")
                                                        : qsTr("%Ln links ready", "", dialog.validCount)
                    if (dialog.invalidLines.length === 0)
                        return ready
                    var bad = dialog.invalidLines.length === 1 ? qsTr("1 line can't be used")
                                                               : qsTr("%Ln lines can't be used", "", dialog.invalidLines.length)
                    return qsTr("%1 · %2").arg(ready).arg(bad)
                }
                wrapMode: Text.Wrap
                horizontalAlignment: Text.AlignLeft
                color: dialog.parsed.length === 0 ? Colors.dim(palette) : palette.text
            }
        }

        Frame {
            objectName: "errorFrame"
            visible: dialog.invalidLines.length > 0
            Layout.fillWidth: true
            Layout.maximumHeight: Math.round(fm.height * 6.5)
            padding: Math.round(fm.height * 0.4)
            background: Rectangle {
                radius: 4
                color: Colors.mix(palette.base, Colors.danger(palette), 0.06)
                border.color: Colors.mix(palette.base, Colors.danger(palette), 0.35)
            }

            ListView {
                id: errorList
                objectName: "errorList"
                anchors.fill: parent
                implicitHeight: contentHeight
                clip: true
                interactive: contentHeight > height
                model: dialog.invalidLines.slice(0, 200)
                ScrollBar.vertical: ScrollBar {}
                delegate: Label {
                    required property var modelData
                    objectName: "errorLine"
                    width: ListView.view.width
                    text: qsTr("Line %1: %2").arg(modelData.line).arg(modelData.error)
                    elide: Text.ElideRight
                    horizontalAlignment: Text.AlignLeft
                    color: Colors.danger(palette)
                    Accessible.name: text
                }
            }
        }

        GridLayout {
            Layout.fillWidth: true
            Layout.topMargin: Math.round(fm.height * 0.3)
            columns: 3
            columnSpacing: Math.round(fm.height * 0.5)
            rowSpacing: Math.round(fm.height * 0.4)

            Label {
                text: qsTr("Save to")
                Layout.alignment: Qt.AlignVCenter
            }
            TextField {
                id: folderField
                objectName: "folderField"
                Layout.fillWidth: true
                selectByMouse: true
                placeholderText: App.settings.downloadFolder
                Accessible.name: qsTr("Destination folder")
                onAccepted: dialog.add()
            }
            Button {
                text: qsTr("Browse…")
                icon.source: "qrc:/icons/folder.svg"
                icon.color: palette.buttonText
                Accessible.name: qsTr("Choose the destination folder")
                onClicked: folderDialog.open()
            }

            Label {
                text: qsTr("SHA-256")
                enabled: dialog.singleLink
                Layout.alignment: Qt.AlignVCenter
            }
            TextField {
                id: shaField
                objectName: "sha256Field"
                Layout.fillWidth: true
                Layout.columnSpan: 2
                enabled: dialog.singleLink || text.length > 0
                selectByMouse: true
                font.family: "monospace"
                placeholderText: dialog.singleLink ? qsTr("Optional: the expected checksum, 64 hex digits")
                                                    : qsTr("For a single link only")
                Accessible.name: qsTr("Expected SHA-256 checksum")
                onAccepted: dialog.add()
            }
        }

        CheckBox {
            id: startPaused
            objectName: "startPausedBox"
            text: qsTr("Add paused (start them later)")
            Accessible.name: text
        }
    }

    footer: DialogButtonBox {
        Button {
            objectName: "okButton"
            text: startPaused.checked ? qsTr("Add paused") : qsTr("Download")
            icon.source: "qrc:/icons/" + (startPaused.checked ? "pause" : "add") + ".svg"
            icon.color: palette.buttonText
            enabled: dialog.canAdd
            highlighted: true
            DialogButtonBox.buttonRole: DialogButtonBox.AcceptRole
            Accessible.name: text
        }
        Button {
            objectName: "cancelButton"
            text: qsTr("Cancel")
            DialogButtonBox.buttonRole: DialogButtonBox.RejectRole
            Accessible.name: text
        }
    }
}
