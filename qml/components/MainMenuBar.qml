// SPDX-License-Identifier: MIT
// The window's menu bar: File, Edit, Download, View, Help.
import QtQuick
import QtQuick.Controls

MenuBar {
// The window's actions (MainActions) and whether it is laid out right to left.
required property var actions
required property bool rtl
    LayoutMirroring.enabled: rtl
    LayoutMirroring.childrenInherit: true
    HaulMenu {
        title: qsTr("&File")
        HaulMenuItem { action: actions.add }
        HaulMenuItem { action: actions.paste }
        MenuSeparator {}
        HaulMenuItem { action: actions.settings }
        MenuSeparator {}
        HaulMenuItem { action: actions.quit }
    }
    HaulMenu {
        title: qsTr("&Edit")
        HaulMenuItem { action: actions.selectAll }
        MenuSeparator {}
        HaulMenuItem { action: actions.copyUrl }
        HaulMenuItem { action: actions.copySha }
        MenuSeparator {}
        HaulMenuItem { action: actions.remove }
    }
    HaulMenu {
        objectName: "downloadMenu"
        title: qsTr("&Download")
        HaulMenuItem { action: actions.pause }
        HaulMenuItem { action: actions.resume }
        HaulMenuItem { action: actions.retry }
        MenuSeparator {}
        HaulMenuItem { action: actions.moveUp }
        HaulMenuItem { action: actions.moveDown }
        MenuSeparator {}
        HaulMenuItem { action: actions.openFile }
        HaulMenuItem { action: actions.openFolder }
        MenuSeparator {}
        HaulMenuItem { action: actions.pauseAll }
        HaulMenuItem { action: actions.resumeAll }
    }
    HaulMenu {
        title: qsTr("&View")
        HaulMenuItem { action: actions.details }
    }
    HaulMenu {
        title: qsTr("&Help")
        HaulMenuItem { action: actions.about }
    }
}
