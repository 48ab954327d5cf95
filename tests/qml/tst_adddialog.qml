// SPDX-License-Identifier: MIT
// The Add dialog checks links as they are typed: unusable lines are listed with
// their line numbers (never dropped silently), the count of usable ones is
// shown, OK is enabled only when something can be added, and the single-link
// SHA-256 field is appended to that link's line.
import QtQuick
import QtTest
import Haul
import Haul.App

TestCase {
    id: testCase
    name: "AddDialog"
    width: 1000
    height: 800
    visible: true
    when: windowShown

    readonly property string hex: "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"

    Component {
        id: dialogComponent
        AddDialog {}
    }

    SignalSpy {
        id: addedSpy
        signalName: "addedLinks"
    }

    function init() {
        failOnWarning(/.?/)
    }

    function openDialog(text) {
        var dialog = createTemporaryObject(dialogComponent, testCase)
        verify(dialog)
        dialog.openWith(text)
        tryCompare(dialog, "opened", true)
        return dialog
    }

    function part(dialog, name) {
        var item = findChild(dialog.contentItem, name) || findChild(dialog.footer, name)
        verify(item, name)
        return item
    }

    // The texts of the listed errors, in order.
    function errorTexts(dialog) {
        var list = part(dialog, "errorList")
        var texts = []
        for (var i = 0; i < list.count; ++i) {
            list.currentIndex = i
            texts.push(list.currentItem.text)
        }
        return texts
    }

    function test_emptyDisablesOk() {
        var dialog = openDialog("")
        part(dialog, "urlsArea").text = ""
        verify(!part(dialog, "okButton").enabled)
        verify(!part(dialog, "errorFrame").visible)
        verify(part(dialog, "summaryLabel").text.length > 0)
    }

    function test_onlyInvalidLinesDisableOk() {
        var dialog = openDialog("ftp://example.com/a.iso\nnot a link")
        verify(!part(dialog, "okButton").enabled)
        compare(dialog.validCount, 0)
        var errors = errorTexts(dialog)
        compare(errors.length, 2)
        verify(errors[0].indexOf("Line 1:") === 0, errors[0])
        verify(errors[1].indexOf("Line 2:") === 0, errors[1])
    }

    function test_mixShowsExactlyTheInvalidLines() {
        var text = [
            "https://example.com/a.iso",                // 1 valid
            "ftp://example.com/b.iso",                  // 2 not http(s)
            "",                                         // 3 blank: skipped
            "garbage here",                             // 4 not a link
            "https://example.com/c.iso  abc123",        // 5 bad checksum
            "https://example.com/d.iso  " + hex,        // 6 valid with checksum
            "# a comment"                               // 7 skipped
        ].join("\n")
        var dialog = openDialog(text)
        compare(dialog.validCount, 2)
        verify(part(dialog, "okButton").enabled)
        verify(part(dialog, "errorFrame").visible)
        var errors = errorTexts(dialog)
        compare(errors.length, 3)
        verify(errors[0].indexOf("Line 2:") === 0, errors[0])
        verify(errors[1].indexOf("Line 4:") === 0, errors[1])
        verify(errors[2].indexOf("Line 5:") === 0, errors[2])
        verify(errors[2].indexOf("abc123") >= 0, errors[2])
        var summary = part(dialog, "summaryLabel").text
        verify(summary.indexOf("2") >= 0, summary)
        verify(summary.indexOf("3") >= 0, summary)

        // Fixing the lines clears the list.
        part(dialog, "urlsArea").text = "https://example.com/a.iso\nhttps://example.com/d.iso  " + hex
        compare(dialog.validCount, 2)
        verify(!part(dialog, "errorFrame").visible)
    }

    function test_singleLinkChecksumIsAppended() {
        var dialog = openDialog("https://example.com/one.iso")
        var sha = part(dialog, "sha256Field")
        verify(sha.enabled)
        sha.text = hex.toUpperCase()
        compare(dialog.effectiveText, "https://example.com/one.iso  " + hex.toUpperCase())
        compare(dialog.parsed.length, 1)
        verify(dialog.parsed[0].valid)
        compare(dialog.parsed[0].sha256, hex)
        verify(part(dialog, "okButton").enabled)

        // A wrong checksum makes the line unusable, with its number.
        sha.text = "1234"
        verify(!part(dialog, "okButton").enabled)
        var errors = errorTexts(dialog)
        compare(errors.length, 1)
        verify(errors[0].indexOf("Line 1:") === 0, errors[0])
    }

    function test_checksumFieldOnlyForOneLink() {
        var dialog = openDialog("https://example.com/one.iso\nhttps://example.com/two.iso")
        var sha = part(dialog, "sha256Field")
        verify(!sha.enabled)
        compare(dialog.effectiveText, "https://example.com/one.iso\nhttps://example.com/two.iso")
        // A link that brings its own checksum keeps it.
        part(dialog, "urlsArea").text = "https://example.com/one.iso  " + hex
        verify(!dialog.singleLink)
    }

    function test_addsThroughTheController() {
        tryCompare(App, "loading", false)
        var before = App.model.count
        var dialog = openDialog("https://example.com/x.iso\nftp://nope/\nhttps://example.com/y.iso")
        var paused = part(dialog, "startPausedBox")
        paused.checked = true
        addedSpy.target = dialog
        addedSpy.clear()
        // Enter in a single-line field accepts.
        var folder = part(dialog, "folderField")
        folder.forceActiveFocus()
        keyClick(Qt.Key_Return)
        addedSpy.wait()
        compare(addedSpy.signalArguments[0][0], 2)
        tryCompare(App.model, "count", before + 2)
        tryCompare(dialog, "opened", false)
        compare(App.model.get(before).stateName, "paused")
        App.remove([App.model.idAt(before), App.model.idAt(before + 1)], false)
        tryCompare(App.model, "count", before)
    }

    function test_escapeCancels() {
        tryCompare(App, "loading", false)
        var before = App.model.count
        var dialog = openDialog("https://example.com/x.iso")
        part(dialog, "urlsArea").forceActiveFocus()
        keyClick(Qt.Key_Escape)
        tryCompare(dialog, "opened", false)
        compare(App.model.count, before)
    }
}
