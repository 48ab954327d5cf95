// SPDX-License-Identifier: MIT
// Settings, applied as they change (no OK / Apply): where downloads go, how
// many run at once and over how many connections, retries, the speed limit,
// start at login, the tray, existing files, language.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import QtQuick.Dialogs
import Haul.App
import "../components"
import "../components/colors.js" as Colors

Dialog {
    id: dialog

    property bool trayAvailable: false
    readonly property var settings: App.settings
    // The language Haul started with: a change applies after a restart.
    property string startLanguage: ""

    title: qsTr("Settings")
    modal: true
    focus: true
    anchors.centerIn: Overlay.overlay
    width: Math.min(parent ? parent.width - 2 * fm.height : 560, Math.round(fm.averageCharacterWidth * 80))
    height: Math.min(implicitHeight, parent ? parent.height - 2 * fm.height : implicitHeight)
    padding: Math.round(fm.height * 1.1)
    topPadding: Math.round(fm.height * 0.6)
    standardButtons: Dialog.Close
    closePolicy: Popup.CloseOnEscape

    Component.onCompleted: startLanguage = settings.language
    onAboutToShow: folderField.text = settings.downloadFolder

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
        currentFolder: "file://" + dialog.settings.downloadFolder
        onAccepted: {
            var path = decodeURIComponent(selectedFolder.toString().replace(/^file:\/\//, ""))
            if (/^\/[A-Za-z]:/.test(path))
                path = path.substring(1)
            dialog.settings.downloadFolder = path
            folderField.text = path
        }
    }

    contentItem: ScrollView {
        id: scroll
        contentWidth: availableWidth
        implicitHeight: grid.implicitHeight
        clip: true

        GridLayout {
            id: grid
            width: scroll.availableWidth
            LayoutMirroring.enabled: Qt.application.layoutDirection === Qt.RightToLeft
            LayoutMirroring.childrenInherit: true
            columns: 2
            columnSpacing: fm.height
            rowSpacing: Math.round(fm.height * 0.55)

            // Downloads
            Label {
                text: qsTr("Download folder")
                Layout.alignment: Qt.AlignRight | Qt.AlignVCenter
            }
            RowLayout {
                Layout.fillWidth: true
                TextField {
                    id: folderField
                    objectName: "settingsFolderField"
                    Layout.fillWidth: true
                    selectByMouse: true
                    Accessible.name: qsTr("Download folder")
                    onEditingFinished: if (text.trim().length > 0) dialog.settings.downloadFolder = text.trim()
                }
                Button {
                    text: qsTr("Browse…")
                    icon.source: "qrc:/icons/folder.svg"
                    icon.color: palette.buttonText
                    Accessible.name: qsTr("Choose the download folder")
                    onClicked: folderDialog.open()
                }
            }

            Label {
                text: qsTr("Downloads at once")
                Layout.alignment: Qt.AlignRight | Qt.AlignVCenter
            }
            SpinBox {
                objectName: "maxActiveBox"
                from: 1
                to: 20
                editable: true
                value: dialog.settings.maxActive
                Accessible.name: qsTr("Downloads at once")
                onValueModified: dialog.settings.maxActive = value
            }

            Label {
                text: qsTr("Connections per download")
                Layout.alignment: Qt.AlignRight | Qt.AlignVCenter
            }
            RowLayout {
                Layout.fillWidth: true
                SpinBox {
                    objectName: "connectionsBox"
                    from: 1
                    to: 16
                    editable: true
                    value: dialog.settings.connectionsPerDownload
                    Accessible.name: qsTr("Connections per download")
                    onValueModified: dialog.settings.connectionsPerDownload = value
                }
                Label {
                    Layout.fillWidth: true
                    text: qsTr("where the server allows it; otherwise one")
                    wrapMode: Text.Wrap
                    color: Colors.dim(palette)
                    horizontalAlignment: Text.AlignLeft
                }
            }

            Label {
                text: qsTr("Retries per download")
                Layout.alignment: Qt.AlignRight | Qt.AlignVCenter
            }
            RowLayout {
                Layout.fillWidth: true
                SpinBox {
                    objectName: "retriesBox"
                    from: 0
                    to: 100
                    editable: true
                    value: dialog.settings.retries
                    Accessible.name: qsTr("Retries per download")
                    onValueModified: dialog.settings.retries = value
                }
                Label {
                    Layout.fillWidth: true
                    text: qsTr("with growing pauses, honouring the server's Retry-After")
                    wrapMode: Text.Wrap
                    color: Colors.dim(palette)
                    horizontalAlignment: Text.AlignLeft
                }
            }

            Label {
                text: qsTr("Speed limit")
                Layout.alignment: Qt.AlignRight | Qt.AlignVCenter
            }
            RowLayout {
                Layout.fillWidth: true
                CheckBox {
                    id: limitCheck
                    objectName: "speedLimitCheck"
                    text: qsTr("Limit to")
                    checked: dialog.settings.speedLimit > 0
                    Accessible.name: qsTr("Limit the download speed")
                    onToggled: dialog.settings.speedLimit = checked ? limitBox.value : 0
                }
                SpinBox {
                    id: limitBox
                    objectName: "speedLimitBox"
                    Layout.preferredWidth: Math.round(fm.height * 7)
                    from: 16
                    to: 1048576
                    stepSize: 256
                    editable: true
                    enabled: limitCheck.checked
                    value: dialog.settings.speedLimit > 0 ? dialog.settings.speedLimit : 2048
                    Accessible.name: qsTr("Speed limit in KiB/s")
                    onValueModified: if (limitCheck.checked) dialog.settings.speedLimit = value
                }
                Label {
                    Layout.fillWidth: true
                    text: qsTr("KiB/s, for all downloads together")
                    wrapMode: Text.Wrap
                    color: Colors.dim(palette)
                    horizontalAlignment: Text.AlignLeft
                }
            }

            Label {
                text: qsTr("When a file exists")
                Layout.alignment: Qt.AlignRight | Qt.AlignTop
                Layout.topMargin: Math.round(fm.height * 0.2)
            }
            ColumnLayout {
                Layout.fillWidth: true
                spacing: 0
                ButtonGroup { id: existingGroup }
                RadioButton {
                    objectName: "existingRename"
                    Layout.fillWidth: true
                    text: qsTr("Keep both: save as “name (1).ext”")
                    ButtonGroup.group: existingGroup
                    checked: dialog.settings.existingFile === "rename"
                    onToggled: if (checked) dialog.settings.existingFile = "rename"
                }
                RadioButton {
                    objectName: "existingOverwrite"
                    Layout.fillWidth: true
                    text: qsTr("Overwrite it")
                    ButtonGroup.group: existingGroup
                    checked: dialog.settings.existingFile === "overwrite"
                    onToggled: if (checked) dialog.settings.existingFile = "overwrite"
                }
                RadioButton {
                    objectName: "existingAsk"
                    Layout.fillWidth: true
                    text: qsTr("Ask me on the download")
                    ButtonGroup.group: existingGroup
                    checked: dialog.settings.existingFile === "ask"
                    onToggled: if (checked) dialog.settings.existingFile = "ask"
                }
            }

            // The desktop
            Rectangle {
                Layout.columnSpan: 2
                Layout.fillWidth: true
                implicitHeight: 1
                color: Colors.line(palette)
            }

            Label {
                text: qsTr("Desktop")
                Layout.alignment: Qt.AlignRight | Qt.AlignTop
                Layout.topMargin: Math.round(fm.height * 0.2)
            }
            ColumnLayout {
                Layout.fillWidth: true
                spacing: 0
                CheckBox {
                    objectName: "startAtLoginBox"
                    Layout.fillWidth: true
                    text: qsTr("Start Haul when I log in")
                    checked: dialog.settings.startAtLogin
                    onToggled: dialog.settings.startAtLogin = checked
                }
                CheckBox {
                    objectName: "closeToTrayBox"
                    Layout.fillWidth: true
                    text: qsTr("Closing the window keeps Haul in the tray")
                    enabled: dialog.trayAvailable
                    checked: dialog.settings.closeToTray && dialog.trayAvailable
                    onToggled: dialog.settings.closeToTray = checked
                }
                Label {
                    objectName: "noTrayNote"
                    visible: !dialog.trayAvailable
                    Layout.fillWidth: true
                    Layout.leftMargin: Math.round(fm.height * 1.8)
                    text: qsTr("This desktop has no system tray: closing the window quits Haul.")
                    wrapMode: Text.Wrap
                    color: Colors.dim(palette)
                    horizontalAlignment: Text.AlignLeft
                }
            }

            Label {
                text: qsTr("Language")
                Layout.alignment: Qt.AlignRight | Qt.AlignVCenter
            }
            RowLayout {
                Layout.fillWidth: true
                ComboBox {
                    id: languageBox
                    objectName: "languageBox"
                    textRole: "text"
                    valueRole: "value"
                    Layout.preferredWidth: Math.round(fm.averageCharacterWidth * 26)
                    // Language names in their own language: whoever needs one can read it.
                    model: [
                        { value: "", text: qsTr("System default") },
                        { value: "en", text: "English" },
                        { value: "de", text: "Deutsch" },
                        { value: "fr", text: "Français" },
                        { value: "es", text: "Español" },
                        { value: "pt_BR", text: "Português (Brasil)" },
                        { value: "ru", text: "Русский" },
                        { value: "zh_CN", text: "简体中文" },
                        { value: "ja", text: "日本語" },
                        { value: "ar", text: "العربية" }
                    ]
                    Component.onCompleted: currentIndex = Math.max(0, indexOfValue(dialog.settings.language))
                    onActivated: dialog.settings.language = currentValue
                    Accessible.name: qsTr("Language")
                }
                Label {
                    Layout.fillWidth: true
                    text: qsTr("Applies after a restart.")
                    font.weight: dialog.settings.language !== dialog.startLanguage ? Font.DemiBold : Font.Normal
                    color: dialog.settings.language !== dialog.startLanguage ? palette.text : Colors.dim(palette)
                    wrapMode: Text.Wrap
                    horizontalAlignment: Text.AlignLeft
                }
            }

            Label {
                Layout.columnSpan: 2
                Layout.fillWidth: true
                Layout.topMargin: Math.round(fm.height * 0.4)
                text: qsTr("Profile: %1").arg(App.profileDir)
                color: Colors.dim(palette)
                elide: Text.ElideMiddle
                horizontalAlignment: Text.AlignLeft
                font.pointSize: Math.max(1, dialog.font.pointSize * 0.9)
            }
        }
    }
}
