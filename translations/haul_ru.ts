<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../qml/dialogs/AboutDialog.qml" line="+11"/>
        <source>About Haul</source>
        <translation>О программе Haul</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Haul %1</source>
        <translation>Haul %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A download manager whose downloads never corrupt and always resume.</source>
        <translation>Менеджер загрузок, у которого загрузки никогда не повреждаются и всегда возобновляются.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Free software under the MIT licence.</source>
        <translation>Свободное программное обеспечение под лицензией MIT.</translation>
    </message>
</context>
<context>
    <name>AddDialog</name>
    <message>
        <location filename="../qml/dialogs/AddDialog.qml" line="+70"/>
        <source>Add downloads</source>
        <translation>Добавить загрузки</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Save downloads to</source>
        <translation>Сохранять загрузки в</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Links, one per line. A SHA-256 checksum may follow a link on the same line.</source>
        <translation>Ссылки, по одной на строку. После ссылки в той же строке можно указать контрольную сумму SHA-256.</translation>
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
        <translation>Ссылки для загрузки</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Paste or type at least one http or https link.</source>
        <translation>Вставьте или введите хотя бы одну ссылку http или https.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 link ready</source>
        <translation>1 ссылка готова</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln links ready</source>
        <translation>
            <numerusform>%Ln ссылка готова</numerusform>
            <numerusform>%Ln ссылки готовы</numerusform>
            <numerusform>%Ln ссылок готово</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>1 line can&apos;t be used</source>
        <translation>1 строку нельзя использовать</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln lines can&apos;t be used</source>
        <translation>
            <numerusform>%Ln строку нельзя использовать</numerusform>
            <numerusform>%Ln строки нельзя использовать</numerusform>
            <numerusform>%Ln строк нельзя использовать</numerusform>
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
        <translation>Строка %1: %2</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Save to</source>
        <translation>Сохранить в</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Destination folder</source>
        <translation>Папка назначения</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Browse…</source>
        <translation>Обзор…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose the destination folder</source>
        <translation>Выбрать папку назначения</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Optional: the expected checksum, 64 hex digits</source>
        <translation>Необязательно: ожидаемая контрольная сумма, 64 шестнадцатеричные цифры</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For a single link only</source>
        <translation>Только для одной ссылки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expected SHA-256 checksum</source>
        <translation>Ожидаемая контрольная сумма SHA-256</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Add paused (start them later)</source>
        <translation>Добавить приостановленными (запустить позже)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Add paused</source>
        <translation>Добавить приостановленными</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Download</source>
        <translation>Скачать</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
</context>
<context>
    <name>Autostart</name>
    <message>
        <location filename="../src/app/autostart.cpp" line="+189"/>
        <source>Cannot create the folder %1</source>
        <translation>Не удаётся создать папку %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot write %1: %2</source>
        <translation>Не удаётся записать %1: %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cannot remove %1: %2</source>
        <translation>Не удаётся удалить %1: %2</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>No program to start</source>
        <translation>Не указана программа для запуска</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cannot change %1</source>
        <translation>Не удаётся изменить %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No folder for autostart entries</source>
        <translation>Нет папки для элементов автозапуска</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The command contains a control character</source>
        <translation>Команда содержит управляющий символ</translation>
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
        <translation>SHA-256 не совпадает</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SHA-256 pending</source>
        <translation>SHA-256 ожидается</translation>
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
        <translation>Совпадает с ожидаемой суммой SHA-256.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Does not match: the file is not the one expected.</source>
        <translation>Не совпадает: это не тот файл, который ожидался.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checked when the download completes.</source>
        <translation>Проверяется по завершении загрузки.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No expected checksum was given.</source>
        <translation>Ожидаемая контрольная сумма не указана.</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+17"/>
        <source>Details</source>
        <translation>Подробности</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Hide details</source>
        <translation>Скрыть подробности</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Select a download to see where it comes from, where it goes and how each attempt went.</source>
        <translation>Выберите загрузку, чтобы увидеть, откуда она, куда сохраняется и как прошла каждая попытка.</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>Open</source>
        <translation>Открыть</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open the file</source>
        <translation>Открыть файл</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+58"/>
        <source>Open folder</source>
        <translation>Открыть папку</translation>
    </message>
    <message>
        <location line="-55"/>
        <source>Open the destination folder</source>
        <translation>Открыть папку назначения</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Change folder…</source>
        <translation>Изменить папку…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open the settings to change the download folder</source>
        <translation>Открыть настройки, чтобы изменить папку загрузок</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Retry now</source>
        <translation>Повторить сейчас</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Retry</source>
        <translation>Повторить</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Source and destination</source>
        <translation>Источник и назначение</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Copy URL</source>
        <translation>Копировать URL</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Saved to</source>
        <translation>Сохраняется в</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Connections</source>
        <translation>Соединения</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Speed and connections</source>
        <translation>Скорость и соединения</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Limit this download to</source>
        <translation>Ограничить эту загрузку до</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Limit the speed of this download</source>
        <translation>Ограничить скорость этой загрузки</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Speed limit of this download in KiB/s</source>
        <translation>Ограничение скорости этой загрузки в KiB/s</translation>
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
        <translation>Соединения для этой загрузки</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Give this download its own number of connections</source>
        <translation>Задать этой загрузке собственное число соединений</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>as in Settings</source>
        <translation>как в настройках</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>from its next start</source>
        <translation>со следующего запуска</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Attempts (%1)</source>
        <translation>Попытки (%1)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Attempts</source>
        <translation>Попытки</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not started yet.</source>
        <translation>Ещё не начиналась.</translation>
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
        <translation>нет ответа</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>in progress</source>
        <translation>выполняется</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Integrity</source>
        <translation>Целостность</translation>
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
        <translation>Станет известно по завершении загрузки</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>Copy SHA-256</source>
        <translation>Копировать SHA-256</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Expected SHA-256</source>
        <translation>Ожидаемая SHA-256</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>None given</source>
        <translation>Не указана</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Copy expected SHA-256</source>
        <translation>Копировать ожидаемую SHA-256</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Tree hash</source>
        <translation>Хеш дерева</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Copy tree hash</source>
        <translation>Копировать хеш дерева</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Server</source>
        <translation>Сервер</translation>
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
        <translation>Не передан</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Last modified</source>
        <translation>Последнее изменение</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Times</source>
        <translation>Время</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Added</source>
        <translation>Добавлена</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Finished</source>
        <translation>Завершена</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not yet</source>
        <translation>Ещё нет</translation>
    </message>
</context>
<context>
    <name>DownloadQueue</name>
    <message>
        <location filename="../src/queue/downloadqueue.cpp" line="+587"/>
        <source>cancelled</source>
        <translation>отменено</translation>
    </message>
</context>
<context>
    <name>DropOverlay</name>
    <message>
        <location filename="../qml/components/DropOverlay.qml" line="+15"/>
        <location line="+31"/>
        <source>Drop to download</source>
        <translation>Отпустите, чтобы скачать</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Links go to your download folder and start right away.</source>
        <translation>Ссылки сохраняются в папку загрузок, загрузка начинается сразу.</translation>
    </message>
</context>
<context>
    <name>Haul</name>
    <message>
        <location filename="../src/cli/clioptions.cpp" line="+78"/>
        <source>Download files over HTTP(S), resumably and crash-safely.</source>
        <translation>Загрузка файлов по HTTP(S) с возобновлением и защитой от сбоев.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show this help.</source>
        <translation>Показать эту справку.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the version.</source>
        <translation>Показать версию.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Destination file (only with exactly one URL).</source>
        <translation>Файл назначения (только при ровно одном URL).</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>FILE</source>
        <translation>ФАЙЛ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Destination folder (default: current folder); file name from Content-Disposition, else the URL.</source>
        <translation>Папка назначения (по умолчанию: текущая папка); имя файла берётся из Content-Disposition, иначе из URL.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>DIR</source>
        <translation>ПАПКА</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expected SHA-256 of the whole file.</source>
        <translation>Ожидаемая SHA-256 всего файла.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>HEX</source>
        <translation>HEX</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retries per file after the first attempt (default 20); attempts that made progress are free.</source>
        <translation>Число повторов на файл после первой попытки (по умолчанию 20); попытки, давшие прогресс, не считаются.</translation>
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
        <translation>Предел для каждой паузы backoff или Retry-After (по умолчанию 60).</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>SECONDS</source>
        <translation>СЕКУНДЫ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Extra request header (repeatable).</source>
        <translation>Дополнительный заголовок запроса (можно повторять).</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&quot;K: V&quot;</source>
        <translation>&quot;K: V&quot;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User-Agent to send.</source>
        <translation>Отправляемый User-Agent.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>UA</source>
        <translation>UA</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seconds to wait for a response (default 30).</source>
        <translation>Сколько секунд ждать ответа (по умолчанию 30).</translation>
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
        <translation>Если S секунд не приходит данных, попытка завершается и повторяется (по умолчанию 60).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Files at once (default 4).</source>
        <translation>Файлов одновременно (по умолчанию 4).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connections per file, 1-16 (default 1). More split a file when the server allows it.</source>
        <translation>Соединений на файл, 1-16 (по умолчанию 1). Несколько соединений делят файл на части, если сервер это позволяет.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Speed limit for all files together, in bytes per second: 500K, 2M, 1G.</source>
        <translation>Ограничение скорости для всех файлов вместе, в байтах в секунду: 500K, 2M, 1G.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>RATE</source>
        <translation>СКОРОСТЬ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skip TLS certificate verification.</source>
        <translation>Не проверять сертификат TLS.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One JSON object per finished file on standard output.</source>
        <translation>Один объект JSON на каждый готовый файл в стандартный вывод.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print errors only.</source>
        <translation>Выводить только ошибки.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What to download (one or more).</source>
        <translation>Что загрузить (один или несколько URL).</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>--%1 given more than once</source>
        <translation>--%1 указан более одного раза</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>no URL given</source>
        <translation>URL не указан</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>--output needs a file name</source>
        <translation>для --output нужно имя файла</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--dir needs a folder</source>
        <translation>для --dir нужна папка</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--output works with exactly one URL; use --dir for several</source>
        <translation>--output работает только с одним URL; для нескольких используйте --dir</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--sha256 needs 64 hexadecimal digits</source>
        <translation>для --sha256 нужны 64 шестнадцатеричные цифры</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--sha256 works with exactly one URL</source>
        <translation>--sha256 работает только с одним URL</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--retries needs a whole number of 0 or more</source>
        <translation>для --retries нужно целое число от 0</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--max-wait needs a number of seconds, 0 or more</source>
        <translation>для --max-wait нужно число секунд от 0</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--connect-timeout needs a number of seconds</source>
        <translation>для --connect-timeout нужно число секунд</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--stall-timeout needs a number of seconds</source>
        <translation>для --stall-timeout нужно число секунд</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--jobs needs a number from 1 to 256</source>
        <translation>для --jobs нужно число от 1 до 256</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--connections needs a number from 1 to 16</source>
        <translation>для --connections нужно число от 1 до 16</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--limit-rate needs a rate such as 500K, 2M or 1G</source>
        <translation>для --limit-rate нужна скорость вида 500K, 2M или 1G</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>bad header &quot;%1&quot;: expected &quot;Name: value&quot;</source>
        <translation>неверный заголовок &quot;%1&quot;: ожидается &quot;Имя: значение&quot;</translation>
    </message>
</context>
<context>
    <name>Haul::AppController</name>
    <message>
        <location filename="../src/app/appcontroller.cpp" line="+47"/>
        <source>Download complete</source>
        <translation>Загрузка завершена</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Download failed</source>
        <translation>Ошибка загрузки</translation>
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
        <translation>Не удалось изменить «Запуск при входе в систему»: %1</translation>
    </message>
</context>
<context>
    <name>Haul::CliRunner</name>
    <message>
        <location filename="../src/cli/clirunner.cpp" line="+51"/>
        <source>not a folder: %1</source>
        <translation>не папка: %1</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>%1: %2 — %3</source>
        <translation>%1: %2 — %3</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>connecting</source>
        <translation>подключение</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>retrying in %1</source>
        <translation>повтор через %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>resuming</source>
        <translation>возобновление</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: attempt %2: %3; %4</source>
        <translation>%1: попытка %2: %3; %4</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>interrupted; saving progress…</source>
        <translation>прервано; сохранение прогресса…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>done: %1  %2 in %3 (%4/s)  sha256 %5</source>
        <translation>готово: %1  %2 за %3 (%4/с)  sha256 %5</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> (verified)</source>
        <translation> (проверено)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>note: %1 was sent with Content-Encoding %2 and saved as received</source>
        <translation>примечание: %1 передан с Content-Encoding %2 и сохранён как есть</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1: stopped; progress saved, run the same command again to resume</source>
        <translation>%1: остановлено; прогресс сохранён, запустите ту же команду снова, чтобы продолжить</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source> (after %n attempt(s))</source>
        <translation>
            <numerusform> (после %n попытки)</numerusform>
            <numerusform> (после %n попыток)</numerusform>
            <numerusform> (после %n попыток)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Haul::Download</name>
    <message>
        <location filename="../src/net/download.cpp" line="+50"/>
        <location filename="../src/net/segmentedtransfer.cpp" line="+72"/>
        <source>connection timed out after %1 s</source>
        <translation>время ожидания соединения истекло через %1 с</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../src/net/segmentedtransfer.cpp" line="+6"/>
        <source>no data received for %1 s</source>
        <translation>нет данных в течение %1 с</translation>
    </message>
    <message>
        <location line="+38"/>
        <location line="+3"/>
        <location line="+315"/>
        <source>cancelled</source>
        <translation>отменено</translation>
    </message>
    <message>
        <location line="-196"/>
        <source>the network manager is gone</source>
        <translation>сетевой менеджер больше не существует</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>the server&apos;s response headers could not be read (HTTP %1, too many header fields?)</source>
        <translation>не удалось прочитать заголовки ответа сервера (HTTP %1, слишком много полей заголовка?)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>a file named “%1” already exists</source>
        <translation>файл «%1» уже существует</translation>
    </message>
    <message>
        <location filename="../src/net/replysupport.cpp" line="+59"/>
        <source>no reply</source>
        <translation>нет ответа</translation>
    </message>
</context>
<context>
    <name>Haul::ItemText</name>
    <message>
        <location filename="../src/queue/itemtext.cpp" line="+34"/>
        <source>login required (401)</source>
        <translation>требуется вход (401)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>access denied (403)</source>
        <translation>доступ запрещён (403)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not found (404)</source>
        <translation>не найдено (404)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>gone from the server (410)</source>
        <translation>удалено с сервера (410)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>server timed out (408)</source>
        <translation>тайм-аут сервера (408)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>too many requests (429)</source>
        <translation>слишком много запросов (429)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>server error (500)</source>
        <translation>ошибка сервера (500)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>bad gateway (502)</source>
        <translation>ошибка шлюза (502)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>server busy (503)</source>
        <translation>сервер занят (503)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>gateway timed out (504)</source>
        <translation>тайм-аут шлюза (504)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>server answered %1</source>
        <translation>сервер ответил %1</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>unexpected answer from the server</source>
        <translation>неожиданный ответ сервера</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>connection lost</source>
        <translation>соединение потеряно</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no data received</source>
        <translation>данные не поступают</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>secure connection failed</source>
        <translation>ошибка защищённого соединения</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the server sent something inconsistent</source>
        <translation>сервер прислал противоречивые данные</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>saved progress did not match; starting over</source>
        <translation>сохранённый прогресс не совпал; загрузка начата заново</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>checksum mismatch</source>
        <translation>контрольная сумма не совпадает</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>stopped</source>
        <translation>остановлено</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a file with this name exists</source>
        <translation>файл с таким именем уже существует</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Queued</source>
        <translation>В очереди</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connecting…</source>
        <translation>Подключение…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Downloading</source>
        <translation>Загружается</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paused</source>
        <translation>Приостановлено</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verifying…</source>
        <translation>Проверка…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Waiting to retry in %1</source>
        <translation>Повтор через %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Retrying now</source>
        <translation>Повторная попытка</translation>
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
        <translation>Завершено · Проверено</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Complete · Checksum mismatch</source>
        <translation>Завершено · Контрольная сумма не совпадает</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Complete</source>
        <translation>Завершено</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Failed</source>
        <translation>Ошибка</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Failed — %1</source>
        <translation>Ошибка — %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1/s</source>
        <translation>%1/с</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 of %2</source>
        <translation>%1 из %2</translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <source>%Ln s</source>
        <comment>seconds</comment>
        <translation>
            <numerusform>%Ln с</numerusform>
            <numerusform>%Ln с</numerusform>
            <numerusform>%Ln с</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln min</source>
        <comment>minutes</comment>
        <translation>
            <numerusform>%Ln мин</numerusform>
            <numerusform>%Ln мин</numerusform>
            <numerusform>%Ln мин</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%Ln d</source>
        <comment>days</comment>
        <translation>
            <numerusform>%Ln день</numerusform>
            <numerusform>%Ln дня</numerusform>
            <numerusform>%Ln дней</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%L1 h %L2 min</source>
        <translation>%L1 ч %L2 мин</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%Ln h</source>
        <comment>hours</comment>
        <translation>
            <numerusform>%Ln ч</numerusform>
            <numerusform>%Ln ч</numerusform>
            <numerusform>%Ln ч</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>~%1</source>
        <comment>about this long left</comment>
        <translation>~%1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>the server does not accept byte ranges</source>
        <translation>сервер не принимает диапазоны байтов</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the server does not say how large the file is</source>
        <translation>сервер не сообщает размер файла</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the server gives no ETag or date that could keep the parts consistent</source>
        <translation>сервер не даёт ни ETag, ни даты, которые сохранили бы части согласованными</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the file is too small to split</source>
        <translation>файл слишком мал, чтобы его делить</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the server stopped honouring byte ranges</source>
        <translation>сервер перестал соблюдать диапазоны байтов</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>1 connection</source>
        <translation>1 соединение</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%Ln connections</source>
        <translation>
            <numerusform>%Ln соединение</numerusform>
            <numerusform>%Ln соединения</numerusform>
            <numerusform>%Ln соединений</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Haul::QueueStoreWorker</name>
    <message>
        <location filename="../src/queue/queuestoreworker.cpp" line="+88"/>
        <source>The download queue cannot be saved: the folder %1 could not be created. Haul keeps working, but changes to the queue will be lost when it quits.</source>
        <translation>Не удаётся сохранить очередь загрузок: не удалось создать папку %1. Haul продолжит работу, но изменения в очереди будут потеряны при выходе.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The download queue %1 cannot be used (%2) and could not be moved aside. Haul keeps working, but changes to the queue will be lost when it quits.</source>
        <translation>Очередь загрузок %1 нельзя использовать (%2), и её не удалось переместить. Haul продолжит работу, но изменения в очереди будут потеряны при выходе.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The download queue was saved by a newer version of Haul (%1). It was kept as %2 and a new, empty queue was started.</source>
        <translation>Очередь загрузок сохранена более новой версией Haul (%1). Она сохранена как %2, создана новая пустая очередь.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The download queue was damaged and could not be read. It was kept as %1 and a new, empty queue was started.</source>
        <translation>Очередь загрузок повреждена и не может быть прочитана. Она сохранена как %1, создана новая пустая очередь.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The download queue cannot be saved to %1 (%2). Haul keeps working, but changes to the queue will be lost when it quits.</source>
        <translation>Не удаётся сохранить очередь загрузок в %1 (%2). Haul продолжит работу, но изменения в очереди будут потеряны при выходе.</translation>
    </message>
    <message>
        <location line="+156"/>
        <source>format %1, this version reads up to %2</source>
        <translation>формат %1, эта версия читает до %2</translation>
    </message>
</context>
<context>
    <name>Haul::SegmentedTransfer</name>
    <message>
        <location filename="../src/net/segmentedtransfer.cpp" line="+172"/>
        <source>the server ended a segment early at byte %1</source>
        <translation>сервер преждевременно завершил сегмент на байте %1</translation>
    </message>
</context>
<context>
    <name>Haul::SingleInstance</name>
    <message>
        <location filename="../src/app/singleinstance.cpp" line="+176"/>
        <source>Too many arguments to hand to the running Haul.</source>
        <translation>Слишком много аргументов для передачи запущенному Haul.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No running Haul to hand the links to (%1).</source>
        <translation>Нет запущенного Haul, которому можно передать ссылки (%1).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The running Haul did not accept the links (%1).</source>
        <translation>Запущенный Haul не принял ссылки (%1).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The running Haul did not confirm it received the links.</source>
        <translation>Запущенный Haul не подтвердил получение ссылок.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The running Haul sent an unexpected reply.</source>
        <translation>Запущенный Haul прислал неожиданный ответ.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Haul is already running with this profile.</source>
        <translation>Haul уже запущен с этим профилем.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Cannot create the socket %1: %2</source>
        <translation>Не удаётся создать сокет %1: %2</translation>
    </message>
</context>
<context>
    <name>Haul::TerminalPrinter</name>
    <message>
        <location filename="../src/cli/terminalprinter.cpp" line="+47"/>
        <source>  ETA %1</source>
        <translation>  осталось %1</translation>
    </message>
</context>
<context>
    <name>Haul::TrayIcon</name>
    <message>
        <location filename="../src/app/trayicon.cpp" line="+17"/>
        <source>&amp;Show Haul</source>
        <translation>&amp;Показать Haul</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Pause all</source>
        <translation>П&amp;риостановить все</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Resume all</source>
        <translation>&amp;Возобновить все</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Quit</source>
        <translation>Вы&amp;ход</translation>
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
            <numerusform>Haul — идёт %n загрузка</numerusform>
            <numerusform>Haul — идут %n загрузки</numerusform>
            <numerusform>Haul — идёт %n загрузок</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, %L1 %</source>
        <translation>, %L1 %</translation>
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
            <numerusform>Haul — в очереди %n загрузка</numerusform>
            <numerusform>Haul — в очереди %n загрузки</numerusform>
            <numerusform>Haul — в очереди %n загрузок</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ItemEvents</name>
    <message>
        <location filename="../src/queue/itemevents.cpp" line="+96"/>
        <source>complete</source>
        <translation>завершено</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>stopped</source>
        <translation>остановлено</translation>
    </message>
</context>
<context>
    <name>LinkParser</name>
    <message>
        <location filename="../src/app/linkparser.cpp" line="+46"/>
        <source>This is not a valid URL</source>
        <translation>Это недопустимый URL</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Add http:// or https:// at the start</source>
        <translation>Добавьте в начало http:// или https://</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is not supported; use http or https</source>
        <translation>%1 не поддерживается; используйте http или https</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The URL has no host name</source>
        <translation>В URL нет имени хоста</translation>
    </message>
    <message>
        <location line="+162"/>
        <source>“%1” is not a SHA-256 checksum (64 hexadecimal digits)</source>
        <translation>«%1» — не контрольная сумма SHA-256 (64 шестнадцатеричные цифры)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unexpected text after the checksum: “%1”</source>
        <translation>Лишний текст после контрольной суммы: «%1»</translation>
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
        <translation>Добавлена 1 загрузка</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>Added %Ln downloads</source>
        <translation>
            <numerusform>Добавлена %Ln загрузка</numerusform>
            <numerusform>Добавлены %Ln загрузки</numerusform>
            <numerusform>Добавлено %Ln загрузок</numerusform>
        </translation>
    </message>
    <message>
        <location line="+62"/>
        <source>No links found on the clipboard</source>
        <translation>В буфере обмена нет ссылок</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No links found in what was dropped</source>
        <translation>В перетащенном содержимом нет ссылок</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No links found</source>
        <translation>Ссылки не найдены</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
</context>
<context>
    <name>MainActions</name>
    <message>
        <location filename="../qml/components/MainActions.qml" line="+16"/>
        <source>Add…</source>
        <translation>Добавить…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Paste links</source>
        <translation>Вставить ссылки</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Settings…</source>
        <translation>Настройки…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Quit</source>
        <translation>Выход</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Select all</source>
        <translation>Выделить все</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Copy URL</source>
        <translation>Копировать URL</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Copy SHA-256</source>
        <translation>Копировать SHA-256</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Pause</source>
        <translation>Приостановить</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+8"/>
        <source>Space</source>
        <translation>Пробел</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Resume</source>
        <translation>Возобновить</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Retry now</source>
        <translation>Повторить сейчас</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Move up</source>
        <translation>Переместить вверх</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Move down</source>
        <translation>Переместить вниз</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Open file</source>
        <translation>Открыть файл</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Open folder</source>
        <translation>Открыть папку</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Pause all</source>
        <translation>Приостановить все</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Resume all</source>
        <translation>Возобновить все</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Details pane</source>
        <translation>Панель подробностей</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Details</source>
        <translation>Подробности</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>About Haul</source>
        <translation>О программе Haul</translation>
    </message>
</context>
<context>
    <name>MainMenuBar</name>
    <message>
        <location filename="../qml/components/MainMenuBar.qml" line="+13"/>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Edit</source>
        <translation>&amp;Правка</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Download</source>
        <translation>&amp;Загрузка</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
</context>
<context>
    <name>NoticeBanner</name>
    <message>
        <location filename="../qml/components/NoticeBanner.qml" line="+52"/>
        <source>Dismiss</source>
        <translation>Скрыть</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dismiss the message</source>
        <translation>Скрыть сообщение</translation>
    </message>
</context>
<context>
    <name>QueueRow</name>
    <message>
        <location filename="../qml/components/QueueRow.qml" line="+50"/>
        <source>%1 · %2 left</source>
        <translation>%1 · осталось %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 · attempt %2</source>
        <translation>%1 · попытка %2</translation>
    </message>
    <message>
        <location line="+106"/>
        <source>Progress</source>
        <translation>Ход выполнения</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>%L1 %</source>
        <translation>%L1 %</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Retry</source>
        <translation>Повторить</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Retry %1</source>
        <translation>Повторить %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Retry now</source>
        <translation>Повторить сейчас</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Retry %1 now</source>
        <translation>Повторить %1 сейчас</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Overwrite</source>
        <translation>Перезаписать</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overwrite the existing %1</source>
        <translation>Перезаписать существующий файл %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Keep both</source>
        <translation>Оставить оба</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep both files</source>
        <translation>Оставить оба файла</translation>
    </message>
</context>
<context>
    <name>QueueView</name>
    <message>
        <location filename="../qml/components/QueueView.qml" line="+191"/>
        <source>Downloads</source>
        <translation>Загрузки</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>No downloads yet</source>
        <translation>Загрузок пока нет</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Drop links here, paste with Ctrl+V, or click Add.</source>
        <translation>Перетащите ссылки сюда, вставьте их с помощью Ctrl+V или нажмите «Добавить».</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Add downloads…</source>
        <translation>Добавить загрузки…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add downloads</source>
        <translation>Добавить загрузки</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Loading the queue…</source>
        <translation>Чтение очереди…</translation>
    </message>
</context>
<context>
    <name>RemoveDialog</name>
    <message>
        <location filename="../qml/dialogs/RemoveDialog.qml" line="+22"/>
        <source>Remove 1 download</source>
        <translation>Удалить 1 загрузку</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>Remove %Ln downloads</source>
        <translation>
            <numerusform>Удалить %Ln загрузку</numerusform>
            <numerusform>Удалить %Ln загрузки</numerusform>
            <numerusform>Удалить %Ln загрузок</numerusform>
        </translation>
    </message>
    <message>
        <location line="+26"/>
        <source>They leave the list. Finished files stay where they are.</source>
        <translation>Они будут убраны из списка. Готовые файлы останутся на месте.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Also delete partially downloaded data</source>
        <translation>Также удалить частично загруженные данные</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The partial data is deleted: these downloads cannot resume.</source>
        <translation>Частичные данные будут удалены: эти загрузки нельзя будет возобновить.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kept: adding the same link again resumes where it stopped.</source>
        <translation>Данные сохранятся: если снова добавить ту же ссылку, загрузка продолжится с места остановки.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../qml/dialogs/SettingsDialog.qml" line="+21"/>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Save downloads to</source>
        <translation>Сохранять загрузки в</translation>
    </message>
    <message>
        <location line="+28"/>
        <location line="+10"/>
        <source>Download folder</source>
        <translation>Папка загрузок</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Browse…</source>
        <translation>Обзор…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose the download folder</source>
        <translation>Выбрать папку загрузок</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+9"/>
        <source>Downloads at once</source>
        <translation>Одновременных загрузок</translation>
    </message>
    <message>
        <location line="+29"/>
        <location line="+11"/>
        <source>Retries per download</source>
        <translation>Повторов на загрузку</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>with growing pauses, honouring the server&apos;s Retry-After</source>
        <translation>с растущими паузами, с учётом Retry-After сервера</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Speed limit</source>
        <translation>Ограничение скорости</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Limit the download speed</source>
        <translation>Ограничить скорость загрузки</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Speed limit in KiB/s</source>
        <translation>Ограничение скорости в KiB/s</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Limit to</source>
        <translation>Ограничить до</translation>
    </message>
    <message>
        <location line="-56"/>
        <location line="+11"/>
        <source>Connections per download</source>
        <translation>Соединений на загрузку</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>where the server allows it; otherwise one</source>
        <translation>если сервер позволяет, иначе одно</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>KiB/s, for all downloads together</source>
        <translation>KiB/s суммарно</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>When a file exists</source>
        <translation>Если файл существует</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Keep both: save as “name (1).ext”</source>
        <translation>Оставить оба: «имя (1).ext»</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Overwrite it</source>
        <translation>Перезаписать</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Ask me on the download</source>
        <translation>Спросить в строке загрузки</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Desktop</source>
        <translation>Рабочий стол</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Start Haul when I log in</source>
        <translation>Запускать Haul при входе в систему</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Closing the window keeps Haul in the tray</source>
        <translation>При закрытии оставаться в трее</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>This desktop has no system tray: closing the window quits Haul.</source>
        <translation>В этой среде нет системного трея: закрытие окна завершает Haul.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+26"/>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>System default</source>
        <translation>Как в системе</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Applies after a restart.</source>
        <translation>Вступит в силу после перезапуска.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Profile: %1</source>
        <translation>Профиль: %1</translation>
    </message>
</context>
<context>
    <name>StatusBar</name>
    <message>
        <location filename="../qml/components/StatusBar.qml" line="+17"/>
        <source>Loading…</source>
        <translation>Чтение очереди…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No downloads</source>
        <translation>Нет загрузок</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%Ln active</source>
        <translation>
            <numerusform>активно: %Ln</numerusform>
            <numerusform>активно: %Ln</numerusform>
            <numerusform>активно: %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln queued</source>
        <translation>
            <numerusform>в очереди: %Ln</numerusform>
            <numerusform>в очереди: %Ln</numerusform>
            <numerusform>в очереди: %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln paused</source>
        <translation>
            <numerusform>приостановлено: %Ln</numerusform>
            <numerusform>приостановлено: %Ln</numerusform>
            <numerusform>приостановлено: %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln done</source>
        <translation>
            <numerusform>готово: %Ln</numerusform>
            <numerusform>готово: %Ln</numerusform>
            <numerusform>готово: %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln failed</source>
        <translation>
            <numerusform>с ошибкой: %Ln</numerusform>
            <numerusform>с ошибкой: %Ln</numerusform>
            <numerusform>с ошибкой: %Ln</numerusform>
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
        <translation>Общий ход выполнения</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>↓ %1</source>
        <translation>↓ %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Total speed %1</source>
        <translation>Общая скорость %1</translation>
    </message>
</context>
<context>
    <name>haul-cli</name>
    <message>
        <location filename="../src/cli/main.cpp" line="+43"/>
        <source>Try &apos;haul-cli --help&apos;.</source>
        <translation>Попробуйте «haul-cli --help».</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../src/app/main.cpp" line="+48"/>
        <source>Haul, a download manager whose downloads never corrupt and always resume.</source>
        <translation>Haul — менеджер загрузок, у которого загрузки никогда не повреждаются и всегда возобновляются.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Keep all state (queue, settings) in &lt;folder&gt;: portable mode.</source>
        <translation>Хранить всё состояние (очередь, настройки) в &lt;папка&gt;: переносной режим.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>folder</source>
        <translation>папка</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start in the tray, without showing the window.</source>
        <translation>Запуститься в трее, не показывая окно.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ask the running Haul to stop its downloads (saving their progress) and quit.</source>
        <translation>Попросить запущенный Haul остановить загрузки (сохранив прогресс) и завершиться.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Links to download.</source>
        <translation>Ссылки для загрузки.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>cannot create the profile folder %1</source>
        <translation>не удаётся создать папку профиля %1</translation>
    </message>
</context>
</TS>
