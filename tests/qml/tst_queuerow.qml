// SPDX-License-Identifier: MIT
// The queue row shows each state the way ui.md describes it, from the model's
// text roles alone: figures while downloading, the retry countdown, the reason
// and a Retry button on failure, Overwrite / Keep both for an existing file,
// the checksum verdict, an indeterminate bar for an unknown size, never > 100 %.
import QtQuick
import QtTest
import Haul

TestCase {
    id: testCase
    name: "QueueRow"
    width: 900
    height: 200
    visible: true
    when: windowShown

    Component {
        id: rowComponent
        QueueRow {}
    }

    SignalSpy {
        id: spy
    }

    function init() {
        failOnWarning(/.?/)
        spy.clear()
        spy.target = null
        spy.signalName = ""
    }

    function makeRow(overrides) {
        var props = {
            index: 0,
            itemId: 7,
            fileName: "debian-12.5.0-amd64-netinst.iso",
            stateName: "downloading",
            stateText: "Downloading",
            reason: "",
            progress: 0.32,
            sizeText: "1.2 GiB of 3.7 GiB",
            speedText: "48 MiB/s",
            etaText: "~52 s",
            checksumState: "none",
            fileExists: false,
            fileKind: "disk-image",
            attempts: 1,
            width: 860
        }
        for (var key in overrides)
            props[key] = overrides[key]
        var row = createTemporaryObject(rowComponent, testCase, props)
        verify(row, "row created")
        return row
    }

    function part(row, name) {
        var item = findChild(row, name)
        verify(item, name)
        return item
    }

    function test_downloading() {
        var row = makeRow({})
        compare(part(row, "nameLabel").text, "debian-12.5.0-amd64-netinst.iso")
        compare(part(row, "sizeLabel").text, "1.2 GiB of 3.7 GiB")
        var bar = part(row, "progressBar")
        verify(bar.visible)
        verify(!bar.indeterminate)
        compare(bar.value, 0.32)
        compare(part(row, "percentLabel").text, "32 %")
        var status = part(row, "statusLabel").text
        verify(status.indexOf("48 MiB/s") >= 0, status)
        verify(status.indexOf("~52 s") >= 0, status)
        verify(!part(row, "retryButton").visible)
        verify(!part(row, "overwriteButton").visible)
        verify(!part(row, "checksumBadge").visible)
    }

    function test_waitingShowsTheRetryCountdown() {
        var row = makeRow({
            stateName: "waiting",
            stateText: "Waiting to retry in 12 s — server busy (503)",
            reason: "server busy (503)",
            progress: 0.21,
            speedText: "",
            etaText: "",
            attempts: 3
        })
        var status = part(row, "statusLabel")
        verify(status.visible)
        verify(status.text.indexOf("Waiting to retry in 12 s — server busy (503)") >= 0, status.text)
        verify(status.text.indexOf("3") >= 0, "the attempt number is shown")
        verify(part(row, "progressBar").visible)
        compare(part(row, "percentLabel").text, "21 %")
        verify(part(row, "retryNowButton").visible)
        verify(!part(row, "retryButton").visible)
    }

    function test_failedShowsReasonAndRetry() {
        var row = makeRow({
            stateName: "failed",
            stateText: "Failed — not found (404)",
            reason: "not found (404)",
            progress: 0,
            sizeText: "",
            speedText: "",
            etaText: ""
        })
        var status = part(row, "statusLabel")
        verify(status.text.indexOf("not found (404)") >= 0, status.text)
        var retry = part(row, "retryButton")
        verify(retry.visible)
        verify(!part(row, "overwriteButton").visible)
        verify(!part(row, "keepBothButton").visible)
        // Nothing was downloaded: no empty red bar.
        verify(!part(row, "progressBar").visible)

        spy.target = row
        spy.signalName = "retryRequested"
        mouseClick(retry)
        compare(spy.count, 1)
    }

    function test_fileExistsOffersOverwriteAndKeepBoth() {
        var row = makeRow({
            stateName: "failed",
            stateText: "Failed — a file with this name exists",
            reason: "a file with this name exists",
            fileExists: true,
            progress: 0,
            speedText: "",
            etaText: ""
        })
        var overwrite = part(row, "overwriteButton")
        var keepBoth = part(row, "keepBothButton")
        verify(overwrite.visible)
        verify(keepBoth.visible)
        verify(!part(row, "retryButton").visible)
        verify(part(row, "statusLabel").text.indexOf("a file with this name exists") >= 0)

        spy.target = row
        spy.signalName = "resolveRequested"
        mouseClick(overwrite)
        mouseClick(keepBoth)
        compare(spy.count, 2)
        compare(spy.signalArguments[0][0], true)
        compare(spy.signalArguments[1][0], false)
    }

    function test_completeVerifiedShowsTheBadge() {
        var row = makeRow({
            stateName: "complete",
            stateText: "Complete · Verified",
            progress: 1,
            sizeText: "3.7 GiB",
            speedText: "",
            etaText: "",
            checksumState: "verified"
        })
        var badge = part(row, "checksumBadge")
        verify(badge.visible)
        compare(badge.checksumState, "verified")
        compare(badge.text, "SHA-256")
        verify(part(row, "statusLabel").text.indexOf("Complete") >= 0)
        verify(!part(row, "progressBar").visible)
        verify(!part(row, "retryButton").visible)
    }

    function test_mismatchShowsTheMismatchBadge() {
        var row = makeRow({
            stateName: "failed",
            stateText: "Failed — checksum mismatch",
            reason: "checksum mismatch",
            progress: 1,
            speedText: "",
            etaText: "",
            checksumState: "mismatch"
        })
        var badge = part(row, "checksumBadge")
        verify(badge.visible)
        compare(badge.checksumState, "mismatch")
        verify(badge.text.indexOf("mismatch") >= 0, badge.text)
        verify(!Qt.colorEqual(badge.tone, part(row, "nameLabel").color))
    }

    function test_noChecksumShowsNoBadge() {
        var row = makeRow({ stateName: "complete", stateText: "Complete", progress: 1, checksumState: "none" })
        verify(!part(row, "checksumBadge").visible)
    }

    function test_pendingChecksumIsFaint() {
        var row = makeRow({ checksumState: "pending" })
        var badge = part(row, "checksumBadge")
        verify(badge.visible)
        verify(badge.text.indexOf("pending") >= 0)
    }

    function test_unknownSizeIsIndeterminate() {
        var row = makeRow({ progress: -1, sizeText: "12.0 MiB", etaText: "" })
        var bar = part(row, "progressBar")
        verify(bar.visible)
        verify(bar.indeterminate)
        verify(!part(row, "percentLabel").visible)
    }

    function test_neverAbove100Percent_data() {
        return [
            { tag: "over", progress: 1.7, percent: "100 %", value: 1 },
            { tag: "almost", progress: 0.999, percent: "99 %", value: 0.999 },
            { tag: "done", progress: 1, percent: "100 %", value: 1 },
            { tag: "start", progress: 0, percent: "0 %", value: 0 }
        ]
    }
    function test_neverAbove100Percent(data) {
        var row = makeRow({ progress: data.progress })
        var bar = part(row, "progressBar")
        compare(part(row, "percentLabel").text, data.percent)
        verify(bar.value <= 1)
        fuzzyCompare(bar.value, data.value, 1e-9)
        verify(bar.position <= 1)
    }

    function test_pausedUsesStateText() {
        var row = makeRow({ stateName: "paused", stateText: "Paused", speedText: "", etaText: "", progress: 0.4 })
        compare(part(row, "statusLabel").text, "Paused")
        compare(part(row, "percentLabel").text, "40 %")
    }

    function test_clickCarriesModifiers() {
        var row = makeRow({})
        spy.target = row
        spy.signalName = "clicked"
        mouseClick(row, 40, row.height / 2, Qt.LeftButton, Qt.ControlModifier)
        compare(spy.count, 1)
        verify(spy.signalArguments[0][0] & Qt.ControlModifier)
    }

    function test_selectedRowUsesHighlightColours() {
        var row = makeRow({ selected: true })
        verify(Qt.colorEqual(part(row, "nameLabel").color, row.palette.highlightedText))
        verify(Qt.colorEqual(row.background.color, row.palette.highlight))
    }

    function test_longNamesElideInTheMiddle() {
        var row = makeRow({ fileName: "a-very-long-file-name-" + "x".repeat(300) + "-end.tar.gz", width: 400 })
        var name = part(row, "nameLabel")
        verify(name.truncated)
        compare(name.elide, Text.ElideMiddle)
        verify(name.width < row.width)
    }
}
