<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../qml/dialogs/AboutDialog.qml" line="+11"/>
        <source>About Haul</source>
        <translation>关于 Haul</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Haul %1</source>
        <translation>Haul %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A download manager whose downloads never corrupt and always resume.</source>
        <translation>一款下载管理器：下载的文件永不损坏，中断后总能续传。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Free software under the MIT licence.</source>
        <translation>基于 MIT 许可证的自由软件。</translation>
    </message>
</context>
<context>
    <name>AddDialog</name>
    <message>
        <location filename="../qml/dialogs/AddDialog.qml" line="+70"/>
        <source>Add downloads</source>
        <translation>添加下载</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Save downloads to</source>
        <translation>下载保存位置</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Links, one per line. A SHA-256 checksum may follow a link on the same line.</source>
        <translation>每行一个链接。可在链接后（同一行）附上 SHA-256 校验和。</translation>
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
        <translation>要下载的链接</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Paste or type at least one http or https link.</source>
        <translation>请粘贴或输入至少一个 http 或 https 链接。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 link ready</source>
        <translation>1 个链接就绪</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln links ready</source>
        <translation>
            <numerusform>%Ln 个链接就绪</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>1 line can&apos;t be used</source>
        <translation>1 行无法使用</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln lines can&apos;t be used</source>
        <translation>
            <numerusform>%Ln 行无法使用</numerusform>
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
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Save to</source>
        <translation>保存到</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Destination folder</source>
        <translation>目标文件夹</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose the destination folder</source>
        <translation>选择目标文件夹</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Optional: the expected checksum, 64 hex digits</source>
        <translation>可选：预期的校验和，64 位十六进制数字</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For a single link only</source>
        <translation>仅适用于单个链接</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expected SHA-256 checksum</source>
        <translation>预期的 SHA-256 校验和</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Add paused (start them later)</source>
        <translation>以暂停状态添加（稍后开始）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Add paused</source>
        <translation>添加并暂停</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Download</source>
        <translation>下载</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>Autostart</name>
    <message>
        <location filename="../src/app/autostart.cpp" line="+189"/>
        <source>Cannot create the folder %1</source>
        <translation>无法创建文件夹 %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cannot remove %1: %2</source>
        <translation>无法删除 %1：%2</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>No program to start</source>
        <translation>没有要启动的程序</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cannot change %1</source>
        <translation>无法更改 %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No folder for autostart entries</source>
        <translation>没有用于自启动项的文件夹</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The command contains a control character</source>
        <translation>命令包含控制字符</translation>
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
        <translation>SHA-256 不匹配</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SHA-256 pending</source>
        <translation>SHA-256 待校验</translation>
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
        <translation>与预期的 SHA-256 一致。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Does not match: the file is not the one expected.</source>
        <translation>不一致：该文件不是预期的文件。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checked when the download completes.</source>
        <translation>下载完成后进行校验。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No expected checksum was given.</source>
        <translation>未提供预期的校验和。</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+17"/>
        <source>Details</source>
        <translation>详细信息</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Hide details</source>
        <translation>隐藏详细信息</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Select a download to see where it comes from, where it goes and how each attempt went.</source>
        <translation>选择一个下载，即可查看其来源、保存位置以及每次尝试的情况。</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open the file</source>
        <translation>打开文件</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+58"/>
        <source>Open folder</source>
        <translation>打开文件夹</translation>
    </message>
    <message>
        <location line="-55"/>
        <source>Open the destination folder</source>
        <translation>打开目标文件夹</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Change folder…</source>
        <translation>更改文件夹…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open the settings to change the download folder</source>
        <translation>打开设置以更改下载文件夹</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Retry now</source>
        <translation>立即重试</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Retry</source>
        <translation>重试</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Source and destination</source>
        <translation>来源与目标</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Copy URL</source>
        <translation>复制 URL</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Saved to</source>
        <translation>保存位置</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Connections</source>
        <translation>连接</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Speed and connections</source>
        <translation>速度与连接</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Limit this download to</source>
        <translation>将此下载限制为</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Limit the speed of this download</source>
        <translation>限制此下载的速度</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Speed limit of this download in KiB/s</source>
        <translation>此下载的速度上限（KiB/s）</translation>
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
        <translation>此下载的连接数</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Give this download its own number of connections</source>
        <translation>为此下载单独设置连接数</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>as in Settings</source>
        <translation>与设置相同</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>from its next start</source>
        <translation>下次开始时生效</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Attempts (%1)</source>
        <translation>尝试记录（%1）</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Attempts</source>
        <translation>尝试记录</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not started yet.</source>
        <translation>尚未开始。</translation>
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
        <translation>无响应</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>in progress</source>
        <translation>进行中</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Integrity</source>
        <translation>完整性</translation>
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
        <translation>下载完成后可知</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>Copy SHA-256</source>
        <translation>复制 SHA-256</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Expected SHA-256</source>
        <translation>预期的 SHA-256</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>None given</source>
        <translation>未提供</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Copy expected SHA-256</source>
        <translation>复制预期的 SHA-256</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Tree hash</source>
        <translation>树哈希</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Copy tree hash</source>
        <translation>复制树哈希</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Server</source>
        <translation>服务器</translation>
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
        <translation>未发送</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Last modified</source>
        <translation>最后修改</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Times</source>
        <translation>时间</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Added</source>
        <translation>添加时间</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Finished</source>
        <translation>完成时间</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not yet</source>
        <translation>尚未完成</translation>
    </message>
</context>
<context>
    <name>DownloadQueue</name>
    <message>
        <location filename="../src/queue/downloadqueue.cpp" line="+587"/>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
</context>
<context>
    <name>DropOverlay</name>
    <message>
        <location filename="../qml/components/DropOverlay.qml" line="+15"/>
        <location line="+31"/>
        <source>Drop to download</source>
        <translation>松开即可下载</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Links go to your download folder and start right away.</source>
        <translation>链接会保存到下载文件夹，并立即开始下载。</translation>
    </message>
</context>
<context>
    <name>Haul</name>
    <message>
        <location filename="../src/cli/clioptions.cpp" line="+78"/>
        <source>Download files over HTTP(S), resumably and crash-safely.</source>
        <translation>通过 HTTP(S) 下载文件，支持续传，崩溃也不会损坏。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show this help.</source>
        <translation>显示此帮助。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the version.</source>
        <translation>显示版本。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Destination file (only with exactly one URL).</source>
        <translation>目标文件（仅限恰好一个 URL 时）。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>FILE</source>
        <translation>文件</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Destination folder (default: current folder); file name from Content-Disposition, else the URL.</source>
        <translation>目标文件夹（默认：当前文件夹）；文件名取自 Content-Disposition，否则取自 URL。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>DIR</source>
        <translation>文件夹</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expected SHA-256 of the whole file.</source>
        <translation>整个文件的预期 SHA-256。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>HEX</source>
        <translation>HEX</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retries per file after the first attempt (default 20); attempts that made progress are free.</source>
        <translation>首次尝试后每个文件的重试次数（默认 20）；有进展的尝试不计入。</translation>
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
        <translation>单次退避或 Retry-After 等待的上限（默认 60）。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>SECONDS</source>
        <translation>秒数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Extra request header (repeatable).</source>
        <translation>额外的请求头（可重复）。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&quot;K: V&quot;</source>
        <translation>&quot;K: V&quot;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User-Agent to send.</source>
        <translation>要发送的 User-Agent。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>UA</source>
        <translation>UA</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seconds to wait for a response (default 30).</source>
        <translation>等待响应的秒数（默认 30）。</translation>
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
        <translation>若 S 秒内未收到任何数据，则结束本次尝试并重试（默认 60）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Files at once (default 4).</source>
        <translation>同时下载的文件数（默认 4）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connections per file, 1-16 (default 1). More split a file when the server allows it.</source>
        <translation>每个文件的连接数，1-16（默认 1）。服务器允许时，多个连接会分段下载文件。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Speed limit for all files together, in bytes per second: 500K, 2M, 1G.</source>
        <translation>所有文件合计的速度上限，单位为字节/秒：500K、2M、1G。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>RATE</source>
        <translation>速率</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skip TLS certificate verification.</source>
        <translation>跳过 TLS 证书验证。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One JSON object per finished file on standard output.</source>
        <translation>每完成一个文件，在标准输出上输出一个 JSON 对象。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print errors only.</source>
        <translation>仅输出错误。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What to download (one or more).</source>
        <translation>要下载的内容（一个或多个）。</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>--%1 given more than once</source>
        <translation>--%1 被指定了多次</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>no URL given</source>
        <translation>未指定 URL</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>--output needs a file name</source>
        <translation>--output 需要一个文件名</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--dir needs a folder</source>
        <translation>--dir 需要一个文件夹</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--output works with exactly one URL; use --dir for several</source>
        <translation>--output 仅适用于恰好一个 URL；多个 URL 请使用 --dir</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--sha256 needs 64 hexadecimal digits</source>
        <translation>--sha256 需要 64 位十六进制数字</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--sha256 works with exactly one URL</source>
        <translation>--sha256 仅适用于恰好一个 URL</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--retries needs a whole number of 0 or more</source>
        <translation>--retries 需要大于或等于 0 的整数</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--max-wait needs a number of seconds, 0 or more</source>
        <translation>--max-wait 需要大于或等于 0 的秒数</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--connect-timeout needs a number of seconds</source>
        <translation>--connect-timeout 需要秒数</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--stall-timeout needs a number of seconds</source>
        <translation>--stall-timeout 需要秒数</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--jobs needs a number from 1 to 256</source>
        <translation>--jobs 需要 1 到 256 之间的数字</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--connections needs a number from 1 to 16</source>
        <translation>--connections 需要 1 到 16 之间的数字</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--limit-rate needs a rate such as 500K, 2M or 1G</source>
        <translation>--limit-rate 需要类似 500K、2M 或 1G 的速率</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>bad header &quot;%1&quot;: expected &quot;Name: value&quot;</source>
        <translation>无效的请求头 &quot;%1&quot;：应为 &quot;Name: value&quot; 格式</translation>
    </message>
</context>
<context>
    <name>Haul::AppController</name>
    <message>
        <location filename="../src/app/appcontroller.cpp" line="+47"/>
        <source>Download complete</source>
        <translation>下载完成</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Download failed</source>
        <translation>下载失败</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>Haul::AppSettings</name>
    <message>
        <location filename="../src/app/appsettings.cpp" line="+101"/>
        <source>Could not change “start at login”: %1</source>
        <translation>无法更改“登录时启动”：%1</translation>
    </message>
</context>
<context>
    <name>Haul::CliRunner</name>
    <message>
        <location filename="../src/cli/clirunner.cpp" line="+51"/>
        <source>not a folder: %1</source>
        <translation>不是文件夹：%1</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>%1: %2 — %3</source>
        <translation>%1：%2 — %3</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>connecting</source>
        <translation>正在连接</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>retrying in %1</source>
        <translation>%1 后重试</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>resuming</source>
        <translation>正在续传</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: attempt %2: %3; %4</source>
        <translation>%1：第 %2 次尝试：%3；%4</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>interrupted; saving progress…</source>
        <translation>已中断；正在保存进度…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>done: %1  %2 in %3 (%4/s)  sha256 %5</source>
        <translation>完成：%1  %2，用时 %3（%4/秒）  sha256 %5</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> (verified)</source>
        <translation> (已校验)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>note: %1 was sent with Content-Encoding %2 and saved as received</source>
        <translation>注意：%1 以 Content-Encoding %2 发送，已按原样保存</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1: stopped; progress saved, run the same command again to resume</source>
        <translation>%1：已停止；进度已保存，再次运行同一命令即可继续</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source> (after %n attempt(s))</source>
        <translation>
            <numerusform> (尝试 %n 次后)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Haul::Download</name>
    <message>
        <location filename="../src/net/download.cpp" line="+50"/>
        <location filename="../src/net/segmentedtransfer.cpp" line="+72"/>
        <source>connection timed out after %1 s</source>
        <translation>连接在 %1 秒后超时</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../src/net/segmentedtransfer.cpp" line="+6"/>
        <source>no data received for %1 s</source>
        <translation>%1 秒内未收到数据</translation>
    </message>
    <message>
        <location line="+38"/>
        <location line="+3"/>
        <location line="+315"/>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location line="-196"/>
        <source>the network manager is gone</source>
        <translation>网络管理器已不存在</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>the server&apos;s response headers could not be read (HTTP %1, too many header fields?)</source>
        <translation>无法读取服务器的响应头（HTTP %1，头字段过多？）</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>a file named “%1” already exists</source>
        <translation>名为“%1”的文件已存在</translation>
    </message>
    <message>
        <location filename="../src/net/replysupport.cpp" line="+59"/>
        <source>no reply</source>
        <translation>无应答</translation>
    </message>
</context>
<context>
    <name>Haul::ItemText</name>
    <message>
        <location filename="../src/queue/itemtext.cpp" line="+34"/>
        <source>login required (401)</source>
        <translation>需要登录 (401)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>access denied (403)</source>
        <translation>拒绝访问 (403)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not found (404)</source>
        <translation>未找到 (404)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>gone from the server (410)</source>
        <translation>已从服务器移除 (410)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>server timed out (408)</source>
        <translation>服务器超时 (408)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>too many requests (429)</source>
        <translation>请求过多 (429)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>server error (500)</source>
        <translation>服务器错误 (500)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>bad gateway (502)</source>
        <translation>网关错误 (502)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>server busy (503)</source>
        <translation>服务器繁忙 (503)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>gateway timed out (504)</source>
        <translation>网关超时 (504)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>server answered %1</source>
        <translation>服务器返回 %1</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>unexpected answer from the server</source>
        <translation>服务器返回了意外的响应</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>connection lost</source>
        <translation>连接中断</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no data received</source>
        <translation>未收到数据</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>secure connection failed</source>
        <translation>安全连接失败</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the server sent something inconsistent</source>
        <translation>服务器发送的数据前后不一致</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>saved progress did not match; starting over</source>
        <translation>已保存的进度不匹配；重新开始</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>checksum mismatch</source>
        <translation>校验和不匹配</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>stopped</source>
        <translation>已停止</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a file with this name exists</source>
        <translation>已存在同名文件</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Queued</source>
        <translation>排队中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connecting…</source>
        <translation>正在连接…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Downloading</source>
        <translation>正在下载</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paused</source>
        <translation>已暂停</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verifying…</source>
        <translation>正在校验…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Waiting to retry in %1</source>
        <translation>%1 后重试</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Retrying now</source>
        <translation>正在重试</translation>
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
        <translation>已完成 · 已校验</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Complete · Checksum mismatch</source>
        <translation>已完成 · 校验和不匹配</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Complete</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Failed — %1</source>
        <translation>失败 — %1</translation>
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
            <numerusform>%Ln 分钟</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%Ln d</source>
        <comment>days</comment>
        <translation>
            <numerusform>%Ln 天</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%L1 h %L2 min</source>
        <translation>%L1 小时 %L2 分钟</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%Ln h</source>
        <comment>hours</comment>
        <translation>
            <numerusform>%Ln 小时</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>~%1</source>
        <comment>about this long left</comment>
        <translation>约 %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>the server does not accept byte ranges</source>
        <translation>服务器不接受字节范围请求</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the server does not say how large the file is</source>
        <translation>服务器未告知文件大小</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the server gives no ETag or date that could keep the parts consistent</source>
        <translation>服务器未提供能保证各部分一致的 ETag 或日期</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the file is too small to split</source>
        <translation>文件太小，无法分段</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the server stopped honouring byte ranges</source>
        <translation>服务器不再遵守字节范围请求</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>1 connection</source>
        <translation>1 个连接</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%Ln connections</source>
        <translation>
            <numerusform>%Ln 个连接</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Haul::QueueStoreWorker</name>
    <message>
        <location filename="../src/queue/queuestoreworker.cpp" line="+88"/>
        <source>The download queue cannot be saved: the folder %1 could not be created. Haul keeps working, but changes to the queue will be lost when it quits.</source>
        <translation>无法保存下载队列：无法创建文件夹 %1。Haul 将继续运行，但退出时对队列的更改将会丢失。</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The download queue %1 cannot be used (%2) and could not be moved aside. Haul keeps working, but changes to the queue will be lost when it quits.</source>
        <translation>下载队列 %1 无法使用（%2），也无法移到别处。Haul 将继续运行，但退出时对队列的更改将会丢失。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The download queue was saved by a newer version of Haul (%1). It was kept as %2 and a new, empty queue was started.</source>
        <translation>下载队列由更新版本的 Haul 保存（%1）。原队列已保留为 %2，并已新建一个空队列。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The download queue was damaged and could not be read. It was kept as %1 and a new, empty queue was started.</source>
        <translation>下载队列已损坏，无法读取。原队列已保留为 %1，并已新建一个空队列。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The download queue cannot be saved to %1 (%2). Haul keeps working, but changes to the queue will be lost when it quits.</source>
        <translation>无法将下载队列保存到 %1（%2）。Haul 将继续运行，但退出时对队列的更改将会丢失。</translation>
    </message>
    <message>
        <location line="+156"/>
        <source>format %1, this version reads up to %2</source>
        <translation>格式 %1，此版本最高支持 %2</translation>
    </message>
</context>
<context>
    <name>Haul::SegmentedTransfer</name>
    <message>
        <location filename="../src/net/segmentedtransfer.cpp" line="+172"/>
        <source>the server ended a segment early at byte %1</source>
        <translation>服务器在第 %1 字节处提前结束了一个分段</translation>
    </message>
</context>
<context>
    <name>Haul::SingleInstance</name>
    <message>
        <location filename="../src/app/singleinstance.cpp" line="+176"/>
        <source>Too many arguments to hand to the running Haul.</source>
        <translation>要传给正在运行的 Haul 的参数过多。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No running Haul to hand the links to (%1).</source>
        <translation>没有正在运行的 Haul 可以接收这些链接（%1）。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The running Haul did not accept the links (%1).</source>
        <translation>正在运行的 Haul 未接受这些链接（%1）。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The running Haul did not confirm it received the links.</source>
        <translation>正在运行的 Haul 未确认已收到这些链接。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The running Haul sent an unexpected reply.</source>
        <translation>正在运行的 Haul 返回了意外的应答。</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Haul is already running with this profile.</source>
        <translation>Haul 已在使用此配置文件运行。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Cannot create the socket %1: %2</source>
        <translation>无法创建套接字 %1：%2</translation>
    </message>
</context>
<context>
    <name>Haul::TerminalPrinter</name>
    <message>
        <location filename="../src/cli/terminalprinter.cpp" line="+47"/>
        <source>  ETA %1</source>
        <translation>  剩余 %1</translation>
    </message>
</context>
<context>
    <name>Haul::TrayIcon</name>
    <message>
        <location filename="../src/app/trayicon.cpp" line="+17"/>
        <source>&amp;Show Haul</source>
        <translation>显示 Haul(&amp;S)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Pause all</source>
        <translation>全部暂停(&amp;P)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Resume all</source>
        <translation>全部继续(&amp;R)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
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
            <numerusform>Haul — 正在下载 %n 个</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, %L1 %</source>
        <translation>，%L1%</translation>
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
            <numerusform>Haul — %n 个排队中</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ItemEvents</name>
    <message>
        <location filename="../src/queue/itemevents.cpp" line="+96"/>
        <source>complete</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>stopped</source>
        <translation>已停止</translation>
    </message>
</context>
<context>
    <name>LinkParser</name>
    <message>
        <location filename="../src/app/linkparser.cpp" line="+46"/>
        <source>This is not a valid URL</source>
        <translation>这不是有效的 URL</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Add http:// or https:// at the start</source>
        <translation>请在开头加上 http:// 或 https://</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is not supported; use http or https</source>
        <translation>不支持 %1；请使用 http 或 https</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The URL has no host name</source>
        <translation>该 URL 没有主机名</translation>
    </message>
    <message>
        <location line="+162"/>
        <source>“%1” is not a SHA-256 checksum (64 hexadecimal digits)</source>
        <translation>“%1”不是 SHA-256 校验和（64 位十六进制数字）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unexpected text after the checksum: “%1”</source>
        <translation>校验和后有多余的文本：“%1”</translation>
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
        <translation>已添加 1 个下载</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>Added %Ln downloads</source>
        <translation>
            <numerusform>已添加 %Ln 个下载</numerusform>
        </translation>
    </message>
    <message>
        <location line="+62"/>
        <source>No links found on the clipboard</source>
        <translation>剪贴板中未找到链接</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No links found in what was dropped</source>
        <translation>拖放的内容中未找到链接</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No links found</source>
        <translation>未找到链接</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
</context>
<context>
    <name>MainActions</name>
    <message>
        <location filename="../qml/components/MainActions.qml" line="+16"/>
        <source>Add…</source>
        <translation>添加…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Paste links</source>
        <translation>粘贴链接</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Settings…</source>
        <translation>设置…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Select all</source>
        <translation>全选</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Copy URL</source>
        <translation>复制 URL</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Copy SHA-256</source>
        <translation>复制 SHA-256</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+8"/>
        <source>Space</source>
        <translation>空格</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Resume</source>
        <translation>继续</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Retry now</source>
        <translation>立即重试</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Move up</source>
        <translation>上移</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Move down</source>
        <translation>下移</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Open file</source>
        <translation>打开文件</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter</source>
        <translation>回车</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Open folder</source>
        <translation>打开文件夹</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Pause all</source>
        <translation>全部暂停</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Resume all</source>
        <translation>全部继续</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Details pane</source>
        <translation>详细信息面板</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Details</source>
        <translation>详细信息</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>About Haul</source>
        <translation>关于 Haul</translation>
    </message>
</context>
<context>
    <name>MainMenuBar</name>
    <message>
        <location filename="../qml/components/MainMenuBar.qml" line="+13"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Download</source>
        <translation>下载(&amp;D)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;View</source>
        <translation>查看(&amp;V)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
</context>
<context>
    <name>NoticeBanner</name>
    <message>
        <location filename="../qml/components/NoticeBanner.qml" line="+52"/>
        <source>Dismiss</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dismiss the message</source>
        <translation>关闭此消息</translation>
    </message>
</context>
<context>
    <name>QueueRow</name>
    <message>
        <location filename="../qml/components/QueueRow.qml" line="+50"/>
        <source>%1 · %2 left</source>
        <translation>%1 · 剩余 %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 · attempt %2</source>
        <translation>%1 · 第 %2 次尝试</translation>
    </message>
    <message>
        <location line="+106"/>
        <source>Progress</source>
        <translation>进度</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>%L1 %</source>
        <translation>%L1%</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Retry</source>
        <translation>重试</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Retry %1</source>
        <translation>重试 %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Retry now</source>
        <translation>立即重试</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Retry %1 now</source>
        <translation>立即重试 %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Overwrite</source>
        <translation>覆盖</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overwrite the existing %1</source>
        <translation>覆盖现有的 %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Keep both</source>
        <translation>保留两者</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep both files</source>
        <translation>保留两个文件</translation>
    </message>
</context>
<context>
    <name>QueueView</name>
    <message>
        <location filename="../qml/components/QueueView.qml" line="+191"/>
        <source>Downloads</source>
        <translation>下载列表</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>No downloads yet</source>
        <translation>还没有下载</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Drop links here, paste with Ctrl+V, or click Add.</source>
        <translation>将链接拖放到此处、按 Ctrl+V 粘贴，或点击“添加”。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Add downloads…</source>
        <translation>添加下载…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add downloads</source>
        <translation>添加下载</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Loading the queue…</source>
        <translation>正在加载队列…</translation>
    </message>
</context>
<context>
    <name>RemoveDialog</name>
    <message>
        <location filename="../qml/dialogs/RemoveDialog.qml" line="+22"/>
        <source>Remove 1 download</source>
        <translation>移除 1 个下载</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>Remove %Ln downloads</source>
        <translation>
            <numerusform>移除 %Ln 个下载</numerusform>
        </translation>
    </message>
    <message>
        <location line="+26"/>
        <source>They leave the list. Finished files stay where they are.</source>
        <translation>它们将从列表中移除。已完成的文件保留在原处。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Also delete partially downloaded data</source>
        <translation>同时删除已部分下载的数据</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The partial data is deleted: these downloads cannot resume.</source>
        <translation>部分数据将被删除：这些下载将无法续传。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kept: adding the same link again resumes where it stopped.</source>
        <translation>保留：再次添加同一链接时，将从中断处继续。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../qml/dialogs/SettingsDialog.qml" line="+21"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Save downloads to</source>
        <translation>下载保存位置</translation>
    </message>
    <message>
        <location line="+28"/>
        <location line="+10"/>
        <source>Download folder</source>
        <translation>下载文件夹</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose the download folder</source>
        <translation>选择下载文件夹</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+9"/>
        <source>Downloads at once</source>
        <translation>同时下载数</translation>
    </message>
    <message>
        <location line="+29"/>
        <location line="+11"/>
        <source>Retries per download</source>
        <translation>每个下载的重试次数</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>with growing pauses, honouring the server&apos;s Retry-After</source>
        <translation>间隔逐渐加长，并遵循服务器的 Retry-After</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Speed limit</source>
        <translation>速度限制</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Limit the download speed</source>
        <translation>限制下载速度</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Speed limit in KiB/s</source>
        <translation>速度限制（KiB/s）</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Limit to</source>
        <translation>限制为</translation>
    </message>
    <message>
        <location line="-56"/>
        <location line="+11"/>
        <source>Connections per download</source>
        <translation>每个下载的连接数</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>where the server allows it; otherwise one</source>
        <translation>服务器允许时生效，否则只用一个</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>KiB/s, for all downloads together</source>
        <translation>KiB/s（总计）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>When a file exists</source>
        <translation>文件已存在时</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Keep both: save as “name (1).ext”</source>
        <translation>保留两者：另存为“名称 (1).ext”</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Overwrite it</source>
        <translation>覆盖</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Ask me on the download</source>
        <translation>在下载项中询问我</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Desktop</source>
        <translation>桌面</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Start Haul when I log in</source>
        <translation>登录时启动 Haul</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Closing the window keeps Haul in the tray</source>
        <translation>关闭窗口后 Haul 仍保留在托盘中</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>This desktop has no system tray: closing the window quits Haul.</source>
        <translation>此桌面没有系统托盘：关闭窗口将退出 Haul。</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+26"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>System default</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Applies after a restart.</source>
        <translation>重启后生效。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Profile: %1</source>
        <translation>配置文件：%1</translation>
    </message>
</context>
<context>
    <name>StatusBar</name>
    <message>
        <location filename="../qml/components/StatusBar.qml" line="+17"/>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No downloads</source>
        <translation>没有下载</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%Ln active</source>
        <translation>
            <numerusform>进行中 %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln queued</source>
        <translation>
            <numerusform>排队中 %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln paused</source>
        <translation>
            <numerusform>已暂停 %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln done</source>
        <translation>
            <numerusform>已完成 %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln failed</source>
        <translation>
            <numerusform>失败 %Ln</numerusform>
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
        <translation>总进度</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>↓ %1</source>
        <translation>↓ %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Total speed %1</source>
        <translation>总速度 %1</translation>
    </message>
</context>
<context>
    <name>haul-cli</name>
    <message>
        <location filename="../src/cli/main.cpp" line="+43"/>
        <source>Try &apos;haul-cli --help&apos;.</source>
        <translation>请尝试“haul-cli --help”。</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../src/app/main.cpp" line="+48"/>
        <source>Haul, a download manager whose downloads never corrupt and always resume.</source>
        <translation>Haul，一款下载管理器：下载的文件永不损坏，中断后总能续传。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Keep all state (queue, settings) in &lt;folder&gt;: portable mode.</source>
        <translation>将所有状态（队列、设置）保存在 &lt;文件夹&gt; 中：便携模式。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>folder</source>
        <translation>文件夹</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start in the tray, without showing the window.</source>
        <translation>启动到托盘，不显示窗口。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ask the running Haul to stop its downloads (saving their progress) and quit.</source>
        <translation>请求正在运行的 Haul 停止下载（保存进度）并退出。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Links to download.</source>
        <translation>要下载的链接。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>cannot create the profile folder %1</source>
        <translation>无法创建配置文件夹 %1</translation>
    </message>
</context>
</TS>
