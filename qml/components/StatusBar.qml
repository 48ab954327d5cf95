// SPDX-License-Identifier: MIT
// "2 active · 1 queued · 14 done" and the total speed, at the window's foot.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Haul.App
import "colors.js" as Colors

ToolBar {
    id: bar

    readonly property var model: App.model
    readonly property int pausedCount: Math.max(0, model.count - model.activeCount - model.queuedCount
                                                   - model.doneCount - model.failedCount)
    readonly property string summary: {
        if (App.loading)
            return qsTr("Loading…")
        if (model.count === 0)
            return qsTr("No downloads")
        var parts = []
        if (model.activeCount > 0)
            parts.push(qsTr("%Ln active", "", model.activeCount))
        if (model.queuedCount > 0)
            parts.push(qsTr("%Ln queued", "", model.queuedCount))
        if (pausedCount > 0)
            parts.push(qsTr("%Ln paused", "", pausedCount))
        if (model.doneCount > 0)
            parts.push(qsTr("%Ln done", "", model.doneCount))
        if (model.failedCount > 0)
            parts.push(qsTr("%Ln failed", "", model.failedCount))
        return parts.join(qsTr(" · ", "separator between status bar counts"))
    }

    position: ToolBar.Footer
    topPadding: 3
    bottomPadding: 3
    leftPadding: Math.round(fm.height * 0.75)
    rightPadding: Math.round(fm.height * 0.75)
    Accessible.role: Accessible.StatusBar
    Accessible.name: summary

    FontMetrics {
        id: fm
        font: bar.font
    }

    RowLayout {
        anchors.fill: parent
        spacing: fm.height

        Label {
            objectName: "statusSummary"
            Layout.fillWidth: true
            text: bar.summary
            elide: Text.ElideRight
            horizontalAlignment: Text.AlignLeft
            color: Colors.dim(bar.palette, bar.palette.windowText)
        }
        ProgressBar {
            id: overall
            objectName: "overallProgress"
            visible: bar.model.activeCount > 0 && bar.model.overallProgress >= 0
            value: Math.max(0, Math.min(1, bar.model.overallProgress))
            Layout.preferredWidth: Math.round(fm.averageCharacterWidth * 14)
            Accessible.name: qsTr("Overall progress")
            background: Rectangle {
                implicitWidth: 80
                implicitHeight: Math.max(4, Math.round(fm.height * 0.3))
                radius: height / 2
                color: Colors.line(bar.palette)
            }
            contentItem: Item {
                implicitWidth: 80
                implicitHeight: Math.max(4, Math.round(fm.height * 0.3))
                Rectangle {
                    width: Math.max(height, overall.position * parent.width)
                    x: overall.mirrored ? parent.width - width : 0
                    height: parent.height
                    radius: height / 2
                    color: bar.palette.highlight
                }
            }
        }
        Label {
            objectName: "statusSpeed"
            visible: bar.model.activeCount > 0
            text: qsTr("↓ %1").arg(bar.model.totalSpeedText)
            Accessible.name: qsTr("Total speed %1").arg(bar.model.totalSpeedText)
        }
    }
}
