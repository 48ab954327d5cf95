<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../qml/dialogs/AboutDialog.qml" line="+11"/>
        <source>About Haul</source>
        <translation>Haul について</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Haul %1</source>
        <translation>Haul %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A download manager whose downloads never corrupt and always resume.</source>
        <translation>ダウンロードが壊れることなく、中断しても必ず再開できるダウンロードマネージャーです。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Free software under the MIT licence.</source>
        <translation>MIT ライセンスのフリーソフトウェアです。</translation>
    </message>
</context>
<context>
    <name>AddDialog</name>
    <message>
        <location filename="../qml/dialogs/AddDialog.qml" line="+70"/>
        <source>Add downloads</source>
        <translation>ダウンロードを追加</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Save downloads to</source>
        <translation>ダウンロードの保存先</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Links, one per line. A SHA-256 checksum may follow a link on the same line.</source>
        <translation>1 行に 1 つのリンクを入力します。リンクの後ろ（同じ行）に SHA-256 チェックサムを続けて書けます。</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>https://example.com/file.iso
https://example.com/file.iso  SHA256</source>
        <translation>https://example.com/file.iso
https://example.com/file.iso  SHA256</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Links to download</source>
        <translation>ダウンロードするリンク</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Paste or type at least one http or https link.</source>
        <translation>http または https のリンクを 1 つ以上貼り付けるか入力してください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 link ready</source>
        <translation>1 件のリンクを追加できます</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln links ready</source>
        <translation>
            <numerusform>%Ln 件のリンクを追加できます</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>1 line can&apos;t be used</source>
        <translation>1 行は使用できません</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln lines can&apos;t be used</source>
        <translation>
            <numerusform>%Ln 行は使用できません</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Line %1: %2</source>
        <translation>%1 行目: %2</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Save to</source>
        <translation>保存先</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Destination folder</source>
        <translation>保存先フォルダー</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Browse…</source>
        <translation>参照…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose the destination folder</source>
        <translation>保存先フォルダーを選択</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Optional: the expected checksum, 64 hex digits</source>
        <translation>省略可: 期待されるチェックサム（16 進数 64 桁）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For a single link only</source>
        <translation>リンクが 1 つの場合のみ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expected SHA-256 checksum</source>
        <translation>期待される SHA-256 チェックサム</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Add paused (start them later)</source>
        <translation>一時停止状態で追加（後で開始）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Add paused</source>
        <translation>一時停止で追加</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Download</source>
        <translation>ダウンロード</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
</context>
<context>
    <name>Autostart</name>
    <message>
        <location filename="../src/app/autostart.cpp" line="+189"/>
        <source>Cannot create the folder %1</source>
        <translation>フォルダー %1 を作成できません</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot write %1: %2</source>
        <translation>%1 に書き込めません: %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cannot remove %1: %2</source>
        <translation>%1 を削除できません: %2</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>No program to start</source>
        <translation>起動するプログラムがありません</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cannot change %1</source>
        <translation>%1 を変更できません</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No folder for autostart entries</source>
        <translation>自動起動エントリー用のフォルダーがありません</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The command contains a control character</source>
        <translation>コマンドに制御文字が含まれています</translation>
    </message>
</context>
<context>
    <name>BarButton</name>
    <message>
        <location filename="../qml/components/BarButton.qml" line="+28"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>ChecksumBadge</name>
    <message>
        <location filename="../qml/components/ChecksumBadge.qml" line="+41"/>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SHA-256 mismatch</source>
        <translation>SHA-256 不一致</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SHA-256 pending</source>
        <translation>SHA-256 未検証</translation>
    </message>
</context>
<context>
    <name>DetailsPane</name>
    <message>
        <location filename="../qml/components/DetailsPane.qml" line="+48"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Matches the expected SHA-256.</source>
        <translation>期待される SHA-256 と一致しています。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Does not match: the file is not the one expected.</source>
        <translation>一致しません: 期待されたファイルではありません。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checked when the download completes.</source>
        <translation>ダウンロード完了時に検証されます。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No expected checksum was given.</source>
        <translation>期待されるチェックサムは指定されていません。</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+17"/>
        <source>Details</source>
        <translation>詳細</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Hide details</source>
        <translation>詳細を隠す</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Select a download to see where it comes from, where it goes and how each attempt went.</source>
        <translation>ダウンロードを選択すると、取得元、保存先、各試行の結果が表示されます。</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>Open</source>
        <translation>開く</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open the file</source>
        <translation>ファイルを開く</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+58"/>
        <source>Open folder</source>
        <translation>フォルダーを開く</translation>
    </message>
    <message>
        <location line="-55"/>
        <source>Open the destination folder</source>
        <translation>保存先フォルダーを開く</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Change folder…</source>
        <translation>フォルダーを変更…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open the settings to change the download folder</source>
        <translation>設定を開いてダウンロードフォルダーを変更</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Retry now</source>
        <translation>今すぐ再試行</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Retry</source>
        <translation>再試行</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Source and destination</source>
        <translation>取得元と保存先</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Copy URL</source>
        <translation>URL をコピー</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Saved to</source>
        <translation>保存先</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Connections</source>
        <translation>接続</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Speed and connections</source>
        <translation>速度と接続</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Limit this download to</source>
        <translation>このダウンロードの上限:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Limit the speed of this download</source>
        <translation>このダウンロードの速度を制限</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Speed limit of this download in KiB/s</source>
        <translation>このダウンロードの速度上限（KiB/s）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>KiB/s</source>
        <translation>KiB/s</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+18"/>
        <source>Connections for this download</source>
        <translation>このダウンロードの接続数</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Give this download its own number of connections</source>
        <translation>このダウンロードに個別の接続数を設定</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>as in Settings</source>
        <translation>設定に従う</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>from its next start</source>
        <translation>次回の開始から</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Attempts (%1)</source>
        <translation>試行 (%1)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Attempts</source>
        <translation>試行</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not started yet.</source>
        <translation>まだ開始していません。</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>#%1</source>
        <translation>#%1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no answer</source>
        <translation>応答なし</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>in progress</source>
        <translation>進行中</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Integrity</source>
        <translation>整合性</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+25"/>
        <source>Known when the download completes</source>
        <translation>ダウンロード完了時に確定します</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>Copy SHA-256</source>
        <translation>SHA-256 をコピー</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Expected SHA-256</source>
        <translation>期待される SHA-256</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>None given</source>
        <translation>指定なし</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Copy expected SHA-256</source>
        <translation>期待される SHA-256 をコピー</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Tree hash</source>
        <translation>ツリーハッシュ</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Copy tree hash</source>
        <translation>ツリーハッシュをコピー</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Server</source>
        <translation>サーバー</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ETag</source>
        <translation>ETag</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+7"/>
        <source>Not sent</source>
        <translation>送信されていません</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Last modified</source>
        <translation>最終更新</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Times</source>
        <translation>日時</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Added</source>
        <translation>追加日時</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Finished</source>
        <translation>完了日時</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not yet</source>
        <translation>未完了</translation>
    </message>
</context>
<context>
    <name>DownloadQueue</name>
    <message>
        <location filename="../src/queue/downloadqueue.cpp" line="+587"/>
        <source>cancelled</source>
        <translation>キャンセル</translation>
    </message>
</context>
<context>
    <name>DropOverlay</name>
    <message>
        <location filename="../qml/components/DropOverlay.qml" line="+15"/>
        <location line="+31"/>
        <source>Drop to download</source>
        <translation>ドロップしてダウンロード</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Links go to your download folder and start right away.</source>
        <translation>リンクはダウンロードフォルダーに保存され、すぐにダウンロードが始まります。</translation>
    </message>
</context>
<context>
    <name>Haul</name>
    <message>
        <location filename="../src/cli/clioptions.cpp" line="+78"/>
        <source>Download files over HTTP(S), resumably and crash-safely.</source>
        <translation>HTTP(S) でファイルをダウンロードします。再開でき、クラッシュしても安全です。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show this help.</source>
        <translation>このヘルプを表示します。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the version.</source>
        <translation>バージョンを表示します。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Destination file (only with exactly one URL).</source>
        <translation>保存先ファイル (URL が 1 つだけの場合のみ)。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>FILE</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Destination folder (default: current folder); file name from Content-Disposition, else the URL.</source>
        <translation>保存先フォルダー (既定: 現在のフォルダー)。ファイル名は Content-Disposition から、なければ URL から取ります。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>DIR</source>
        <translation>フォルダー</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expected SHA-256 of the whole file.</source>
        <translation>ファイル全体の期待される SHA-256。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>HEX</source>
        <translation>HEX</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retries per file after the first attempt (default 20); attempts that made progress are free.</source>
        <translation>最初の試行後のファイルごとの再試行回数 (既定 20)。進捗があった試行は数えません。</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+7"/>
        <location line="+1"/>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Cap on any one backoff or Retry-After wait (default 60).</source>
        <translation>バックオフまたは Retry-After による 1 回の待機の上限 (既定 60)。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>SECONDS</source>
        <translation>秒数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Extra request header (repeatable).</source>
        <translation>追加のリクエストヘッダー (複数指定可)。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&quot;K: V&quot;</source>
        <translation>&quot;K: V&quot;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User-Agent to send.</source>
        <translation>送信する User-Agent。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>UA</source>
        <translation>UA</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seconds to wait for a response (default 30).</source>
        <translation>応答を待つ秒数 (既定 30)。</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+2"/>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No body bytes for S seconds ends the attempt, which is retried (default 60).</source>
        <translation>S 秒間データが届かないと試行を終了し、再試行します (既定 60)。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Files at once (default 4).</source>
        <translation>同時にダウンロードするファイル数 (既定 4)。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connections per file, 1-16 (default 1). More split a file when the server allows it.</source>
        <translation>ファイルごとの接続数、1～16 (既定 1)。サーバーが許可する場合、複数の接続でファイルを分割します。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Speed limit for all files together, in bytes per second: 500K, 2M, 1G.</source>
        <translation>全ファイル合計の速度制限 (バイト/秒): 500K、2M、1G。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>RATE</source>
        <translation>速度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skip TLS certificate verification.</source>
        <translation>TLS 証明書の検証を省略します。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One JSON object per finished file on standard output.</source>
        <translation>完了したファイルごとに JSON オブジェクトを 1 つ標準出力に書き出します。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print errors only.</source>
        <translation>エラーのみを表示します。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What to download (one or more).</source>
        <translation>ダウンロードする対象 (1 つ以上)。</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>--%1 given more than once</source>
        <translation>--%1 が複数回指定されています</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>no URL given</source>
        <translation>URL が指定されていません</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>--output needs a file name</source>
        <translation>--output にはファイル名が必要です</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--dir needs a folder</source>
        <translation>--dir にはフォルダーが必要です</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--output works with exactly one URL; use --dir for several</source>
        <translation>--output は URL が 1 つの場合のみ使えます。複数の場合は --dir を使用してください</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--sha256 needs 64 hexadecimal digits</source>
        <translation>--sha256 には 16 進数 64 桁が必要です</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--sha256 works with exactly one URL</source>
        <translation>--sha256 は URL が 1 つの場合のみ使えます</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--retries needs a whole number of 0 or more</source>
        <translation>--retries には 0 以上の整数が必要です</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--max-wait needs a number of seconds, 0 or more</source>
        <translation>--max-wait には 0 以上の秒数が必要です</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--connect-timeout needs a number of seconds</source>
        <translation>--connect-timeout には秒数が必要です</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--stall-timeout needs a number of seconds</source>
        <translation>--stall-timeout には秒数が必要です</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--jobs needs a number from 1 to 256</source>
        <translation>--jobs には 1～256 の数値が必要です</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--connections needs a number from 1 to 16</source>
        <translation>--connections には 1～16 の数値が必要です</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--limit-rate needs a rate such as 500K, 2M or 1G</source>
        <translation>--limit-rate には 500K、2M、1G のような速度が必要です</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>bad header &quot;%1&quot;: expected &quot;Name: value&quot;</source>
        <translation>ヘッダー &quot;%1&quot; が不正です: &quot;Name: value&quot; の形式で指定してください</translation>
    </message>
</context>
<context>
    <name>Haul::AppController</name>
    <message>
        <location filename="../src/app/appcontroller.cpp" line="+47"/>
        <source>Download complete</source>
        <translation>ダウンロード完了</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Download failed</source>
        <translation>ダウンロード失敗</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>Haul::AppSettings</name>
    <message>
        <location filename="../src/app/appsettings.cpp" line="+101"/>
        <source>Could not change “start at login”: %1</source>
        <translation>「ログイン時に起動」を変更できませんでした: %1</translation>
    </message>
</context>
<context>
    <name>Haul::CliRunner</name>
    <message>
        <location filename="../src/cli/clirunner.cpp" line="+51"/>
        <source>not a folder: %1</source>
        <translation>フォルダーではありません: %1</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>%1: %2 — %3</source>
        <translation>%1: %2 — %3</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>connecting</source>
        <translation>接続中</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>retrying in %1</source>
        <translation>%1 後に再試行</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>resuming</source>
        <translation>再開中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: attempt %2: %3; %4</source>
        <translation>%1: 試行 %2: %3; %4</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>interrupted; saving progress…</source>
        <translation>中断しました。進行状況を保存しています…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>done: %1  %2 in %3 (%4/s)  sha256 %5</source>
        <translation>完了: %1  %2 (%3、%4/秒)  sha256 %5</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> (verified)</source>
        <translation> (検証済み)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>note: %1 was sent with Content-Encoding %2 and saved as received</source>
        <translation>注意: %1 は Content-Encoding %2 で送信されたため、受信したまま保存しました</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1: stopped; progress saved, run the same command again to resume</source>
        <translation>%1: 停止しました。進行状況は保存済みです。同じコマンドを再度実行すると再開します</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source> (after %n attempt(s))</source>
        <translation>
            <numerusform> (%n 回試行後)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Haul::Download</name>
    <message>
        <location filename="../src/net/download.cpp" line="+50"/>
        <location filename="../src/net/segmentedtransfer.cpp" line="+72"/>
        <source>connection timed out after %1 s</source>
        <translation>%1 秒後に接続がタイムアウトしました</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../src/net/segmentedtransfer.cpp" line="+6"/>
        <source>no data received for %1 s</source>
        <translation>%1 秒間データを受信していません</translation>
    </message>
    <message>
        <location line="+38"/>
        <location line="+3"/>
        <location line="+315"/>
        <source>cancelled</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <location line="-196"/>
        <source>the network manager is gone</source>
        <translation>ネットワークマネージャーが存在しません</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>the server&apos;s response headers could not be read (HTTP %1, too many header fields?)</source>
        <translation>サーバーの応答ヘッダーを読み取れませんでした (HTTP %1、ヘッダーフィールドが多すぎる可能性があります)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>a file named “%1” already exists</source>
        <translation>「%1」という名前のファイルは既に存在します</translation>
    </message>
    <message>
        <location filename="../src/net/replysupport.cpp" line="+59"/>
        <source>no reply</source>
        <translation>応答なし</translation>
    </message>
</context>
<context>
    <name>Haul::ItemText</name>
    <message>
        <location filename="../src/queue/itemtext.cpp" line="+34"/>
        <source>login required (401)</source>
        <translation>ログインが必要 (401)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>access denied (403)</source>
        <translation>アクセス拒否 (403)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not found (404)</source>
        <translation>見つかりません (404)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>gone from the server (410)</source>
        <translation>サーバーから削除済み (410)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>server timed out (408)</source>
        <translation>サーバーがタイムアウト (408)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>too many requests (429)</source>
        <translation>リクエストが多すぎます (429)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>server error (500)</source>
        <translation>サーバーエラー (500)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>bad gateway (502)</source>
        <translation>不正なゲートウェイ (502)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>server busy (503)</source>
        <translation>サーバーがビジー (503)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>gateway timed out (504)</source>
        <translation>ゲートウェイがタイムアウト (504)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>server answered %1</source>
        <translation>サーバーの応答: %1</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>unexpected answer from the server</source>
        <translation>サーバーから予期しない応答</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>connection lost</source>
        <translation>接続が切れました</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no data received</source>
        <translation>データを受信していません</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>secure connection failed</source>
        <translation>セキュリティで保護された接続に失敗</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the server sent something inconsistent</source>
        <translation>サーバーから矛盾したデータが送られました</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>saved progress did not match; starting over</source>
        <translation>保存された進行状況が一致しないため、最初からやり直します</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>checksum mismatch</source>
        <translation>チェックサム不一致</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>stopped</source>
        <translation>停止</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a file with this name exists</source>
        <translation>同じ名前のファイルが存在します</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Queued</source>
        <translation>待機中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connecting…</source>
        <translation>接続中…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Downloading</source>
        <translation>ダウンロード中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paused</source>
        <translation>一時停止中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verifying…</source>
        <translation>検証中…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Waiting to retry in %1</source>
        <translation>%1 後に再試行</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Retrying now</source>
        <translation>再試行中</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+105"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location line="-101"/>
        <source>Complete · Verified</source>
        <translation>完了 · 検証済み</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Complete · Checksum mismatch</source>
        <translation>完了 · チェックサム不一致</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Complete</source>
        <translation>完了</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Failed — %1</source>
        <translation>失敗 — %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1/s</source>
        <translation>%1/秒</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <source>%Ln s</source>
        <comment>seconds</comment>
        <translation>
            <numerusform>%Ln 秒</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln min</source>
        <comment>minutes</comment>
        <translation>
            <numerusform>%Ln 分</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%Ln d</source>
        <comment>days</comment>
        <translation>
            <numerusform>%Ln 日</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%L1 h %L2 min</source>
        <translation>%L1 時間 %L2 分</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%Ln h</source>
        <comment>hours</comment>
        <translation>
            <numerusform>%Ln 時間</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>~%1</source>
        <comment>about this long left</comment>
        <translation>約 %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>the server does not accept byte ranges</source>
        <translation>サーバーがバイト範囲指定に対応していません</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the server does not say how large the file is</source>
        <translation>サーバーがファイルサイズを示していません</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the server gives no ETag or date that could keep the parts consistent</source>
        <translation>各部分の整合性を保つための ETag も日付もサーバーが示していません</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the file is too small to split</source>
        <translation>ファイルが小さすぎて分割できません</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the server stopped honouring byte ranges</source>
        <translation>サーバーがバイト範囲指定に従わなくなりました</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>1 connection</source>
        <translation>接続数 1</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%Ln connections</source>
        <translation>
            <numerusform>接続数 %Ln</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Haul::QueueStoreWorker</name>
    <message>
        <location filename="../src/queue/queuestoreworker.cpp" line="+88"/>
        <source>The download queue cannot be saved: the folder %1 could not be created. Haul keeps working, but changes to the queue will be lost when it quits.</source>
        <translation>ダウンロードキューを保存できません: フォルダー %1 を作成できませんでした。Haul は動作を続けますが、終了時にキューへの変更は失われます。</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The download queue %1 cannot be used (%2) and could not be moved aside. Haul keeps working, but changes to the queue will be lost when it quits.</source>
        <translation>ダウンロードキュー %1 は使用できず (%2)、退避させることもできませんでした。Haul は動作を続けますが、終了時にキューへの変更は失われます。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The download queue was saved by a newer version of Haul (%1). It was kept as %2 and a new, empty queue was started.</source>
        <translation>ダウンロードキューは新しいバージョンの Haul で保存されています (%1)。%2 として保管し、新しい空のキューを開始しました。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The download queue was damaged and could not be read. It was kept as %1 and a new, empty queue was started.</source>
        <translation>ダウンロードキューが破損していたため読み込めませんでした。%1 として保管し、新しい空のキューを開始しました。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The download queue cannot be saved to %1 (%2). Haul keeps working, but changes to the queue will be lost when it quits.</source>
        <translation>ダウンロードキューを %1 に保存できません (%2)。Haul は動作を続けますが、終了時にキューへの変更は失われます。</translation>
    </message>
    <message>
        <location line="+156"/>
        <source>format %1, this version reads up to %2</source>
        <translation>形式 %1、このバージョンが読めるのは %2 まで</translation>
    </message>
</context>
<context>
    <name>Haul::SegmentedTransfer</name>
    <message>
        <location filename="../src/net/segmentedtransfer.cpp" line="+172"/>
        <source>the server ended a segment early at byte %1</source>
        <translation>サーバーがセグメントをバイト %1 で途中終了しました</translation>
    </message>
</context>
<context>
    <name>Haul::SingleInstance</name>
    <message>
        <location filename="../src/app/singleinstance.cpp" line="+176"/>
        <source>Too many arguments to hand to the running Haul.</source>
        <translation>実行中の Haul に渡す引数が多すぎます。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No running Haul to hand the links to (%1).</source>
        <translation>リンクを渡す実行中の Haul がありません (%1)。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The running Haul did not accept the links (%1).</source>
        <translation>実行中の Haul はリンクを受け付けませんでした (%1)。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The running Haul did not confirm it received the links.</source>
        <translation>実行中の Haul からリンク受信の確認がありませんでした。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The running Haul sent an unexpected reply.</source>
        <translation>実行中の Haul から予期しない応答がありました。</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Haul is already running with this profile.</source>
        <translation>Haul はこのプロファイルで既に実行中です。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Cannot create the socket %1: %2</source>
        <translation>ソケット %1 を作成できません: %2</translation>
    </message>
</context>
<context>
    <name>Haul::TerminalPrinter</name>
    <message>
        <location filename="../src/cli/terminalprinter.cpp" line="+47"/>
        <source>  ETA %1</source>
        <translation>  残り %1</translation>
    </message>
</context>
<context>
    <name>Haul::TrayIcon</name>
    <message>
        <location filename="../src/app/trayicon.cpp" line="+17"/>
        <source>&amp;Show Haul</source>
        <translation>Haul を表示(&amp;S)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Pause all</source>
        <translation>すべて一時停止(&amp;P)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Resume all</source>
        <translation>すべて再開(&amp;R)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Haul</source>
        <translation>Haul</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Haul — %n downloading</source>
        <translation>
            <numerusform>Haul — %n 件ダウンロード中</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, %L1 %</source>
        <translation>、%L1%</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> · %1</source>
        <translation> · %1</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Haul — %n queued</source>
        <translation>
            <numerusform>Haul — %n 件待機中</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ItemEvents</name>
    <message>
        <location filename="../src/queue/itemevents.cpp" line="+96"/>
        <source>complete</source>
        <translation>完了</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>stopped</source>
        <translation>停止</translation>
    </message>
</context>
<context>
    <name>LinkParser</name>
    <message>
        <location filename="../src/app/linkparser.cpp" line="+46"/>
        <source>This is not a valid URL</source>
        <translation>有効な URL ではありません</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Add http:// or https:// at the start</source>
        <translation>先頭に http:// または https:// を付けてください</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is not supported; use http or https</source>
        <translation>%1 には対応していません。http または https を使用してください</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The URL has no host name</source>
        <translation>URL にホスト名がありません</translation>
    </message>
    <message>
        <location line="+162"/>
        <source>“%1” is not a SHA-256 checksum (64 hexadecimal digits)</source>
        <translation>「%1」は SHA-256 チェックサム (16 進数 64 桁) ではありません</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unexpected text after the checksum: “%1”</source>
        <translation>チェックサムの後に予期しないテキストがあります:「%1」</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <location filename="../qml/Main.qml" line="+36"/>
        <source>Haul</source>
        <translation>Haul</translation>
    </message>
    <message>
        <location line="+112"/>
        <source>Added 1 download</source>
        <translation>1 件のダウンロードを追加しました</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>Added %Ln downloads</source>
        <translation>
            <numerusform>%Ln 件のダウンロードを追加しました</numerusform>
        </translation>
    </message>
    <message>
        <location line="+62"/>
        <source>No links found on the clipboard</source>
        <translation>クリップボードにリンクが見つかりません</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No links found in what was dropped</source>
        <translation>ドロップされた内容にリンクが見つかりません</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No links found</source>
        <translation>リンクが見つかりません</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
</context>
<context>
    <name>MainActions</name>
    <message>
        <location filename="../qml/components/MainActions.qml" line="+16"/>
        <source>Add…</source>
        <translation>追加…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Paste links</source>
        <translation>リンクを貼り付け</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Settings…</source>
        <translation>設定…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Quit</source>
        <translation>終了</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Select all</source>
        <translation>すべて選択</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Copy URL</source>
        <translation>URL をコピー</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Copy SHA-256</source>
        <translation>SHA-256 をコピー</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Pause</source>
        <translation>一時停止</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+8"/>
        <source>Space</source>
        <translation>Space</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Resume</source>
        <translation>再開</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Retry now</source>
        <translation>今すぐ再試行</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Move up</source>
        <translation>上へ移動</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Move down</source>
        <translation>下へ移動</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Open file</source>
        <translation>ファイルを開く</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Open folder</source>
        <translation>フォルダーを開く</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Pause all</source>
        <translation>すべて一時停止</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Resume all</source>
        <translation>すべて再開</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Details pane</source>
        <translation>詳細ペイン</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Details</source>
        <translation>詳細</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>About Haul</source>
        <translation>Haul について</translation>
    </message>
</context>
<context>
    <name>MainMenuBar</name>
    <message>
        <location filename="../qml/components/MainMenuBar.qml" line="+13"/>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Edit</source>
        <translation>編集(&amp;E)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Download</source>
        <translation>ダウンロード(&amp;D)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
</context>
<context>
    <name>NoticeBanner</name>
    <message>
        <location filename="../qml/components/NoticeBanner.qml" line="+52"/>
        <source>Dismiss</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dismiss the message</source>
        <translation>メッセージを閉じる</translation>
    </message>
</context>
<context>
    <name>QueueRow</name>
    <message>
        <location filename="../qml/components/QueueRow.qml" line="+50"/>
        <source>%1 · %2 left</source>
        <translation>%1 · 残り %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 · attempt %2</source>
        <translation>%1 · %2 回目の試行</translation>
    </message>
    <message>
        <location line="+106"/>
        <source>Progress</source>
        <translation>進行状況</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>%L1 %</source>
        <translation>%L1%</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Retry</source>
        <translation>再試行</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Retry %1</source>
        <translation>%1 を再試行</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Retry now</source>
        <translation>今すぐ再試行</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Retry %1 now</source>
        <translation>%1 を今すぐ再試行</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Overwrite</source>
        <translation>上書き</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overwrite the existing %1</source>
        <translation>既存の %1 を上書き</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Keep both</source>
        <translation>両方を保持</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep both files</source>
        <translation>両方のファイルを保持</translation>
    </message>
</context>
<context>
    <name>QueueView</name>
    <message>
        <location filename="../qml/components/QueueView.qml" line="+191"/>
        <source>Downloads</source>
        <translation>ダウンロード</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>No downloads yet</source>
        <translation>ダウンロードはまだありません</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Drop links here, paste with Ctrl+V, or click Add.</source>
        <translation>ここにリンクをドロップするか、Ctrl+V で貼り付けるか、[追加] をクリックしてください。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Add downloads…</source>
        <translation>ダウンロードを追加…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add downloads</source>
        <translation>ダウンロードを追加</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Loading the queue…</source>
        <translation>キューを読み込み中…</translation>
    </message>
</context>
<context>
    <name>RemoveDialog</name>
    <message>
        <location filename="../qml/dialogs/RemoveDialog.qml" line="+22"/>
        <source>Remove 1 download</source>
        <translation>1 件のダウンロードを削除</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>Remove %Ln downloads</source>
        <translation>
            <numerusform>%Ln 件のダウンロードを削除</numerusform>
        </translation>
    </message>
    <message>
        <location line="+26"/>
        <source>They leave the list. Finished files stay where they are.</source>
        <translation>リストから削除されます。完了したファイルはそのまま残ります。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Also delete partially downloaded data</source>
        <translation>途中までダウンロードしたデータも削除</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The partial data is deleted: these downloads cannot resume.</source>
        <translation>途中までのデータは削除されます。これらのダウンロードは再開できなくなります。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kept: adding the same link again resumes where it stopped.</source>
        <translation>保持されます: 同じリンクを再度追加すると、中断した位置から再開します。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../qml/dialogs/SettingsDialog.qml" line="+21"/>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Save downloads to</source>
        <translation>ダウンロードの保存先</translation>
    </message>
    <message>
        <location line="+28"/>
        <location line="+10"/>
        <source>Download folder</source>
        <translation>ダウンロードフォルダー</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Browse…</source>
        <translation>参照…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose the download folder</source>
        <translation>ダウンロードフォルダーを選択</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+9"/>
        <source>Downloads at once</source>
        <translation>同時ダウンロード数</translation>
    </message>
    <message>
        <location line="+29"/>
        <location line="+11"/>
        <source>Retries per download</source>
        <translation>ダウンロードごとの再試行回数</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>with growing pauses, honouring the server&apos;s Retry-After</source>
        <translation>間隔を徐々に延ばし、サーバーの Retry-After に従います</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Speed limit</source>
        <translation>速度制限</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Limit the download speed</source>
        <translation>ダウンロード速度を制限</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Speed limit in KiB/s</source>
        <translation>速度制限 (KiB/s)</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Limit to</source>
        <translation>上限:</translation>
    </message>
    <message>
        <location line="-56"/>
        <location line="+11"/>
        <source>Connections per download</source>
        <translation>ダウンロードごとの接続数</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>where the server allows it; otherwise one</source>
        <translation>サーバーが許可する場合のみ。それ以外は 1 つ</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>KiB/s, for all downloads together</source>
        <translation>KiB/s（合計）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>When a file exists</source>
        <translation>ファイルが既に存在する場合</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Keep both: save as “name (1).ext”</source>
        <translation>両方を保持:「名前 (1).ext」として保存</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Overwrite it</source>
        <translation>上書きする</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Ask me on the download</source>
        <translation>ダウンロードごとに確認する</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Desktop</source>
        <translation>デスクトップ</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Start Haul when I log in</source>
        <translation>ログイン時に Haul を起動</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Closing the window keeps Haul in the tray</source>
        <translation>ウィンドウを閉じても Haul をトレイに残す</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>This desktop has no system tray: closing the window quits Haul.</source>
        <translation>このデスクトップにはシステムトレイがありません。ウィンドウを閉じると Haul は終了します。</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+26"/>
        <source>Language</source>
        <translation>言語</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>System default</source>
        <translation>システムの既定</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Applies after a restart.</source>
        <translation>再起動後に反映されます。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Profile: %1</source>
        <translation>プロファイル: %1</translation>
    </message>
</context>
<context>
    <name>StatusBar</name>
    <message>
        <location filename="../qml/components/StatusBar.qml" line="+17"/>
        <source>Loading…</source>
        <translation>読み込み中…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No downloads</source>
        <translation>ダウンロードなし</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%Ln active</source>
        <translation>
            <numerusform>実行中 %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln queued</source>
        <translation>
            <numerusform>待機中 %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln paused</source>
        <translation>
            <numerusform>一時停止中 %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln done</source>
        <translation>
            <numerusform>完了 %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln failed</source>
        <translation>
            <numerusform>失敗 %Ln</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source> · </source>
        <comment>separator between status bar counts</comment>
        <translation> · </translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Overall progress</source>
        <translation>全体の進行状況</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>↓ %1</source>
        <translation>↓ %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Total speed %1</source>
        <translation>合計速度 %1</translation>
    </message>
</context>
<context>
    <name>haul-cli</name>
    <message>
        <location filename="../src/cli/main.cpp" line="+43"/>
        <source>Try &apos;haul-cli --help&apos;.</source>
        <translation>「haul-cli --help」を参照してください。</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../src/app/main.cpp" line="+48"/>
        <source>Haul, a download manager whose downloads never corrupt and always resume.</source>
        <translation>Haul — ダウンロードが壊れることなく、中断しても必ず再開できるダウンロードマネージャー。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Keep all state (queue, settings) in &lt;folder&gt;: portable mode.</source>
        <translation>すべての状態 (キュー、設定) を &lt;フォルダー&gt; に保存します: ポータブルモード。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>folder</source>
        <translation>フォルダー</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start in the tray, without showing the window.</source>
        <translation>ウィンドウを表示せずにトレイで起動します。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ask the running Haul to stop its downloads (saving their progress) and quit.</source>
        <translation>実行中の Haul にダウンロードを停止 (進行状況は保存) させ、終了させます。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Links to download.</source>
        <translation>ダウンロードするリンク。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>cannot create the profile folder %1</source>
        <translation>プロファイルフォルダー %1 を作成できません</translation>
    </message>
</context>
</TS>
