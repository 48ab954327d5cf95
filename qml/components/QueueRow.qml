// SPDX-License-Identifier: MIT
// One download in the queue, on two lines: the file's kind, name and size on
// top; progress, live figures or the state in words below, with the inline
// action the state calls for (Retry, Overwrite / Keep both) and the checksum
// verdict. Everything shown comes from the model's text roles: the row only
// chooses what to show, it never works out download state itself.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import "colors.js" as Colors

Control {
    id: row

    required property int index
    required property int itemId
    required property string fileName
    required property string stateName
    required property string stateText
    required property string reason
    required property real progress
    required property string sizeText
    required property string speedText
    required property string etaText
    required property string checksumState
    required property bool fileExists
    required property string fileKind
    required property int attempts

    property bool selected: false
    // The keyboard's current row while the list has focus: a focus ring.
    property bool focusRing: false

    signal clicked(int modifiers)
    signal activated()
    signal contextMenuRequested(int modifiers)
    signal retryRequested()
    signal resolveRequested(bool overwrite)

    readonly property bool running: stateName === "downloading" || stateName === "connecting"
                                    || stateName === "verifying"
    readonly property bool showBar: stateName !== "complete" && !(stateName === "failed" && progress <= 0)
    // Never more than 100 %, never a rounded-up 100 % before the end.
    readonly property real shownProgress: Math.max(0, Math.min(1, progress))
    readonly property color textColor: selected ? palette.highlightedText : palette.text
    readonly property color secondaryColor: selected ? Colors.alpha(palette.highlightedText, 0.85) : Colors.dim(palette)
    readonly property color accentColor: selected ? palette.highlightedText : Colors.stateAccent(palette, stateName)
    readonly property string figuresText: {
        if (stateName === "downloading" && speedText.length > 0)
            return etaText.length > 0 ? qsTr("%1 · %2 left").arg(speedText).arg(etaText) : speedText
        if (stateName === "waiting" && attempts > 0)
            return qsTr("%1 · attempt %2").arg(stateText).arg(attempts)
        return stateText
    }

    hoverEnabled: true
    focusPolicy: Qt.NoFocus
    topPadding: Math.round(fm.height * 0.5)
    bottomPadding: Math.round(fm.height * 0.5)
    leftPadding: Math.round(fm.height * 0.75)
    rightPadding: Math.round(fm.height * 0.75)

    Accessible.role: Accessible.ListItem
    Accessible.name: fileName
    Accessible.description: figuresText
    Accessible.selectable: true
    Accessible.selected: selected

    FontMetrics {
        id: fm
        font: row.font
    }

    background: Rectangle {
        color: row.selected ? row.palette.highlight : row.hovered ? Colors.hover(row.palette) : "transparent"
        border.width: row.focusRing ? 1 : 0
        border.color: row.selected ? Qt.darker(row.palette.highlight, 1.35) : row.palette.highlight

        Rectangle {
            anchors.left: parent.left
            anchors.right: parent.right
            anchors.bottom: parent.bottom
            height: 1
            color: Colors.line(row.palette)
            visible: !row.selected
        }

        MouseArea {
            anchors.fill: parent
            acceptedButtons: Qt.LeftButton | Qt.RightButton
            onClicked: function(mouse) {
                if (mouse.button === Qt.RightButton)
                    row.contextMenuRequested(mouse.modifiers)
                else
                    row.clicked(mouse.modifiers)
            }
            onDoubleClicked: function(mouse) {
                if (mouse.button === Qt.LeftButton)
                    row.activated()
            }
        }
    }

    contentItem: RowLayout {
        spacing: Math.round(fm.height * 0.6)

        Icon {
            objectName: "kindIcon"
            Layout.alignment: Qt.AlignTop
            Layout.topMargin: Math.round(fm.height * 0.1)
            iconName: row.fileKind.length > 0 ? row.fileKind : "file"
            size: Math.round(fm.height * 1.9)
            color: row.selected ? row.palette.highlightedText : Colors.mix(row.palette.base, row.palette.text, 0.62)
        }

        ColumnLayout {
            Layout.fillWidth: true
            spacing: Math.round(fm.height * 0.25)

            RowLayout {
                Layout.fillWidth: true
                spacing: fm.height

                Label {
                    objectName: "nameLabel"
                    Layout.fillWidth: true
                    text: row.fileName
                    elide: Text.ElideMiddle
                    font.weight: Font.DemiBold
                    color: row.textColor
                    horizontalAlignment: Text.AlignLeft
                }
                Label {
                    objectName: "sizeLabel"
                    text: row.sizeText
                    visible: text.length > 0
                    color: row.secondaryColor
                }
            }

            RowLayout {
                Layout.fillWidth: true
                // Room for an inline button on every row: all rows are the same height.
                Layout.minimumHeight: Math.round(fm.height + 6)
                spacing: Math.round(fm.height * 0.6)

                ProgressBar {
                    id: bar
                    objectName: "progressBar"
                    visible: row.showBar
                    Layout.preferredWidth: Math.round(Math.min(fm.averageCharacterWidth * 26, row.width * 0.24))
                    Layout.minimumWidth: Math.round(fm.averageCharacterWidth * 8)
                    Layout.alignment: Qt.AlignVCenter
                    from: 0
                    to: 1
                    value: row.shownProgress
                    indeterminate: row.progress < 0
                    Accessible.name: qsTr("Progress")

                    background: Rectangle {
                        implicitWidth: 100
                        implicitHeight: Math.max(4, Math.round(fm.height * 0.36))
                        radius: height / 2
                        color: row.selected ? Colors.alpha(row.palette.highlightedText, 0.3) : Colors.line(row.palette)
                    }
                    contentItem: Item {
                        implicitWidth: 100
                        implicitHeight: Math.max(4, Math.round(fm.height * 0.36))
                        clip: bar.indeterminate

                        Rectangle {
                            visible: !bar.indeterminate && bar.position > 0
                            width: Math.max(height, bar.position * parent.width)
                            height: parent.height
                            x: bar.mirrored ? parent.width - width : 0
                            radius: height / 2
                            color: row.accentColor
                        }
                        Rectangle {
                            id: chunk
                            // Unknown size: a moving chunk while it runs, the bare track when not.
                            visible: bar.indeterminate && row.running
                            width: parent.width * 0.3
                            height: parent.height
                            radius: height / 2
                            color: row.accentColor
                            NumberAnimation on x {
                                running: bar.indeterminate && row.running && row.visible
                                from: -chunk.width
                                to: chunk.parent.width
                                duration: 1400
                                loops: Animation.Infinite
                            }
                        }
                    }
                }

                Label {
                    objectName: "percentLabel"
                    visible: row.showBar && !bar.indeterminate
                    text: qsTr("%L1 %").arg(Math.floor(row.shownProgress * 100))
                    color: row.textColor
                    Layout.minimumWidth: Math.round(fm.averageCharacterWidth * 5)
                    horizontalAlignment: Text.AlignRight
                }

                Label {
                    objectName: "statusLabel"
                    Layout.fillWidth: true
                    text: row.figuresText
                    elide: Text.ElideRight
                    horizontalAlignment: Text.AlignLeft
                    color: row.stateName === "failed" || row.stateName === "waiting" ? row.accentColor
                                                                                    : row.secondaryColor
                }

                InlineButton {
                    objectName: "retryButton"
                    visible: row.stateName === "failed" && !row.fileExists
                    text: qsTr("Retry")
                    iconName: "retry"
                    Accessible.name: qsTr("Retry %1").arg(row.fileName)
                    onClicked: row.retryRequested()
                }
                InlineButton {
                    objectName: "retryNowButton"
                    visible: row.stateName === "waiting"
                    text: qsTr("Retry now")
                    iconName: "retry"
                    Accessible.name: qsTr("Retry %1 now").arg(row.fileName)
                    onClicked: row.retryRequested()
                }
                InlineButton {
                    objectName: "overwriteButton"
                    visible: row.fileExists
                    text: qsTr("Overwrite")
                    Accessible.name: qsTr("Overwrite the existing %1").arg(row.fileName)
                    onClicked: row.resolveRequested(true)
                }
                InlineButton {
                    objectName: "keepBothButton"
                    visible: row.fileExists
                    text: qsTr("Keep both")
                    Accessible.name: qsTr("Keep both files")
                    onClicked: row.resolveRequested(false)
                }

                ChecksumBadge {
                    objectName: "checksumBadge"
                    checksumState: row.checksumState
                    onHighlight: row.selected
                }
            }
        }
    }
}
