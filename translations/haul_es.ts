<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../qml/dialogs/AboutDialog.qml" line="+11"/>
        <source>About Haul</source>
        <translation>Acerca de Haul</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Haul %1</source>
        <translation>Haul %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A download manager whose downloads never corrupt and always resume.</source>
        <translation>Un gestor de descargas cuyas descargas nunca se corrompen y siempre se pueden reanudar.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Free software under the MIT licence.</source>
        <translation>Software libre bajo la licencia MIT.</translation>
    </message>
</context>
<context>
    <name>AddDialog</name>
    <message>
        <location filename="../qml/dialogs/AddDialog.qml" line="+70"/>
        <source>Add downloads</source>
        <translation>Añadir descargas</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Save downloads to</source>
        <translation>Guardar las descargas en</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Links, one per line. A SHA-256 checksum may follow a link on the same line.</source>
        <translation>Enlaces, uno por línea. Un enlace puede ir seguido de una suma de verificación SHA-256 en la misma línea.</translation>
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
        <translation>Enlaces para descargar</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Paste or type at least one http or https link.</source>
        <translation>Pegue o escriba al menos un enlace http o https.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 link ready</source>
        <translation>1 enlace listo</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln links ready</source>
        <translation>
            <numerusform>%Ln enlace listo</numerusform>
            <numerusform>%Ln enlaces listos</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>1 line can&apos;t be used</source>
        <translation>1 línea no se puede usar</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln lines can&apos;t be used</source>
        <translation>
            <numerusform>%Ln línea no se puede usar</numerusform>
            <numerusform>%Ln líneas no se pueden usar</numerusform>
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
        <translation>Línea %1: %2</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Save to</source>
        <translation>Guardar en</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Destination folder</source>
        <translation>Carpeta de destino</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Browse…</source>
        <translation>Examinar…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose the destination folder</source>
        <translation>Elegir la carpeta de destino</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Optional: the expected checksum, 64 hex digits</source>
        <translation>Opcional: la suma de verificación esperada, 64 dígitos hexadecimales</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For a single link only</source>
        <translation>Solo para un único enlace</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expected SHA-256 checksum</source>
        <translation>Suma de verificación SHA-256 esperada</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Add paused (start them later)</source>
        <translation>Añadir en pausa (iniciarlas más tarde)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Add paused</source>
        <translation>Añadir en pausa</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Download</source>
        <translation>Descargar</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>Autostart</name>
    <message>
        <location filename="../src/app/autostart.cpp" line="+189"/>
        <source>Cannot create the folder %1</source>
        <translation>No se puede crear la carpeta %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cannot remove %1: %2</source>
        <translation>No se puede eliminar %1: %2</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>No program to start</source>
        <translation>No hay ningún programa que iniciar</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cannot change %1</source>
        <translation>No se puede cambiar %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No folder for autostart entries</source>
        <translation>No hay ninguna carpeta para las entradas de inicio automático</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The command contains a control character</source>
        <translation>La orden contiene un carácter de control</translation>
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
        <translation>SHA-256 no coincide</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SHA-256 pending</source>
        <translation>SHA-256 pendiente</translation>
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
        <translation>Coincide con el SHA-256 esperado.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Does not match: the file is not the one expected.</source>
        <translation>No coincide: el archivo no es el esperado.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checked when the download completes.</source>
        <translation>Se comprueba cuando termina la descarga.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No expected checksum was given.</source>
        <translation>No se indicó ninguna suma de verificación esperada.</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+17"/>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Hide details</source>
        <translation>Ocultar detalles</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Select a download to see where it comes from, where it goes and how each attempt went.</source>
        <translation>Seleccione una descarga para ver de dónde viene, adónde va y cómo fue cada intento.</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open the file</source>
        <translation>Abrir el archivo</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+58"/>
        <source>Open folder</source>
        <translation>Abrir carpeta</translation>
    </message>
    <message>
        <location line="-55"/>
        <source>Open the destination folder</source>
        <translation>Abrir la carpeta de destino</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Change folder…</source>
        <translation>Cambiar carpeta…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open the settings to change the download folder</source>
        <translation>Abrir la configuración para cambiar la carpeta de descargas</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Retry now</source>
        <translation>Reintentar ahora</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Retry</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Source and destination</source>
        <translation>Origen y destino</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Copy URL</source>
        <translation>Copiar URL</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Saved to</source>
        <translation>Guardado en</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Connections</source>
        <translation>Conexiones</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Speed and connections</source>
        <translation>Velocidad y conexiones</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Limit this download to</source>
        <translation>Limitar esta descarga a</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Limit the speed of this download</source>
        <translation>Limitar la velocidad de esta descarga</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Speed limit of this download in KiB/s</source>
        <translation>Límite de velocidad de esta descarga en KiB/s</translation>
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
        <translation>Conexiones para esta descarga</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Give this download its own number of connections</source>
        <translation>Dar a esta descarga su propio número de conexiones</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>as in Settings</source>
        <translation>como en la configuración</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>from its next start</source>
        <translation>desde su próximo inicio</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Attempts (%1)</source>
        <translation>Intentos (%1)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Attempts</source>
        <translation>Intentos</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not started yet.</source>
        <translation>Aún no ha empezado.</translation>
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
        <translation>sin respuesta</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>in progress</source>
        <translation>en curso</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Integrity</source>
        <translation>Integridad</translation>
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
        <translation>Se conocerá cuando termine la descarga</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>Copy SHA-256</source>
        <translation>Copiar SHA-256</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Expected SHA-256</source>
        <translation>SHA-256 esperado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>None given</source>
        <translation>No indicado</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Copy expected SHA-256</source>
        <translation>Copiar el SHA-256 esperado</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Tree hash</source>
        <translation>Hash de árbol</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Copy tree hash</source>
        <translation>Copiar el hash de árbol</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Server</source>
        <translation>Servidor</translation>
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
        <translation>No enviado</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Last modified</source>
        <translation>Última modificación</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Times</source>
        <translation>Fechas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Added</source>
        <translation>Añadida</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Finished</source>
        <translation>Terminada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not yet</source>
        <translation>Todavía no</translation>
    </message>
</context>
<context>
    <name>DownloadQueue</name>
    <message>
        <location filename="../src/queue/downloadqueue.cpp" line="+587"/>
        <source>cancelled</source>
        <translation>cancelada</translation>
    </message>
</context>
<context>
    <name>DropOverlay</name>
    <message>
        <location filename="../qml/components/DropOverlay.qml" line="+15"/>
        <location line="+31"/>
        <source>Drop to download</source>
        <translation>Suelte para descargar</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Links go to your download folder and start right away.</source>
        <translation>Los enlaces van a su carpeta de descargas y empiezan enseguida.</translation>
    </message>
</context>
<context>
    <name>Haul</name>
    <message>
        <location filename="../src/cli/clioptions.cpp" line="+78"/>
        <source>Download files over HTTP(S), resumably and crash-safely.</source>
        <translation>Descarga archivos por HTTP(S), de forma reanudable y a prueba de fallos.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show this help.</source>
        <translation>Mostrar esta ayuda.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the version.</source>
        <translation>Mostrar la versión.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Destination file (only with exactly one URL).</source>
        <translation>Archivo de destino (solo con exactamente una URL).</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>FILE</source>
        <translation>ARCHIVO</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Destination folder (default: current folder); file name from Content-Disposition, else the URL.</source>
        <translation>Carpeta de destino (predeterminada: la carpeta actual); nombre de archivo según Content-Disposition o, si no, según la URL.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>DIR</source>
        <translation>CARPETA</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expected SHA-256 of the whole file.</source>
        <translation>SHA-256 esperado del archivo completo.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>HEX</source>
        <translation>HEX</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retries per file after the first attempt (default 20); attempts that made progress are free.</source>
        <translation>Reintentos por archivo tras el primer intento (20 por defecto); los intentos que avanzaron no cuentan.</translation>
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
        <translation>Límite de cada espera por backoff o Retry-After (60 por defecto).</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>SECONDS</source>
        <translation>SEGUNDOS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Extra request header (repeatable).</source>
        <translation>Cabecera de petición adicional (se puede repetir).</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&quot;K: V&quot;</source>
        <translation>&quot;K: V&quot;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User-Agent to send.</source>
        <translation>User-Agent que se envía.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>UA</source>
        <translation>UA</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seconds to wait for a response (default 30).</source>
        <translation>Segundos de espera de una respuesta (30 por defecto).</translation>
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
        <translation>Si no llegan bytes durante S segundos, el intento termina y se reintenta (60 por defecto).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Files at once (default 4).</source>
        <translation>Archivos simultáneos (4 por defecto).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connections per file, 1-16 (default 1). More split a file when the server allows it.</source>
        <translation>Conexiones por archivo, 1-16 (predeterminado 1). Varias dividen un archivo cuando el servidor lo permite.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Speed limit for all files together, in bytes per second: 500K, 2M, 1G.</source>
        <translation>Límite de velocidad para todos los archivos juntos, en bytes por segundo: 500K, 2M, 1G.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>RATE</source>
        <translation>VELOCIDAD</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skip TLS certificate verification.</source>
        <translation>Omitir la verificación del certificado TLS.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One JSON object per finished file on standard output.</source>
        <translation>Un objeto JSON por cada archivo terminado en la salida estándar.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print errors only.</source>
        <translation>Mostrar solo los errores.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What to download (one or more).</source>
        <translation>Qué descargar (una o más).</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>--%1 given more than once</source>
        <translation>--%1 se indicó más de una vez</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>no URL given</source>
        <translation>no se indicó ninguna URL</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>--output needs a file name</source>
        <translation>--output necesita un nombre de archivo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--dir needs a folder</source>
        <translation>--dir necesita una carpeta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--output works with exactly one URL; use --dir for several</source>
        <translation>--output solo funciona con exactamente una URL; use --dir para varias</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--sha256 needs 64 hexadecimal digits</source>
        <translation>--sha256 necesita 64 dígitos hexadecimales</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--sha256 works with exactly one URL</source>
        <translation>--sha256 solo funciona con exactamente una URL</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--retries needs a whole number of 0 or more</source>
        <translation>--retries necesita un número entero igual o mayor que 0</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--max-wait needs a number of seconds, 0 or more</source>
        <translation>--max-wait necesita un número de segundos igual o mayor que 0</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--connect-timeout needs a number of seconds</source>
        <translation>--connect-timeout necesita un número de segundos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--stall-timeout needs a number of seconds</source>
        <translation>--stall-timeout necesita un número de segundos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--jobs needs a number from 1 to 256</source>
        <translation>--jobs necesita un número del 1 al 256</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--connections needs a number from 1 to 16</source>
        <translation>--connections necesita un número del 1 al 16</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--limit-rate needs a rate such as 500K, 2M or 1G</source>
        <translation>--limit-rate necesita una velocidad como 500K, 2M o 1G</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>bad header &quot;%1&quot;: expected &quot;Name: value&quot;</source>
        <translation>cabecera incorrecta &quot;%1&quot;: se esperaba &quot;Nombre: valor&quot;</translation>
    </message>
</context>
<context>
    <name>Haul::AppController</name>
    <message>
        <location filename="../src/app/appcontroller.cpp" line="+47"/>
        <source>Download complete</source>
        <translation>Descarga completada</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Download failed</source>
        <translation>Error en la descarga</translation>
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
        <translation>No se pudo cambiar «Iniciar al iniciar sesión»: %1</translation>
    </message>
</context>
<context>
    <name>Haul::CliRunner</name>
    <message>
        <location filename="../src/cli/clirunner.cpp" line="+51"/>
        <source>not a folder: %1</source>
        <translation>no es una carpeta: %1</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>%1: %2 — %3</source>
        <translation>%1: %2 — %3</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>connecting</source>
        <translation>conectando</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>retrying in %1</source>
        <translation>reintento en %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>resuming</source>
        <translation>reanudando</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: attempt %2: %3; %4</source>
        <translation>%1: intento %2: %3; %4</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>interrupted; saving progress…</source>
        <translation>interrumpido; guardando el progreso…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>done: %1  %2 in %3 (%4/s)  sha256 %5</source>
        <translation>hecho: %1  %2 en %3 (%4/s)  sha256 %5</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> (verified)</source>
        <translation> (verificado)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>note: %1 was sent with Content-Encoding %2 and saved as received</source>
        <translation>nota: %1 se envió con Content-Encoding %2 y se guardó tal cual</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1: stopped; progress saved, run the same command again to resume</source>
        <translation>%1: detenido; progreso guardado, ejecute la misma orden de nuevo para reanudar</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source> (after %n attempt(s))</source>
        <translation>
            <numerusform> (tras %n intento)</numerusform>
            <numerusform> (tras %n intentos)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Haul::Download</name>
    <message>
        <location filename="../src/net/download.cpp" line="+50"/>
        <location filename="../src/net/segmentedtransfer.cpp" line="+72"/>
        <source>connection timed out after %1 s</source>
        <translation>se agotó el tiempo de conexión tras %1 s</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../src/net/segmentedtransfer.cpp" line="+6"/>
        <source>no data received for %1 s</source>
        <translation>no se recibieron datos durante %1 s</translation>
    </message>
    <message>
        <location line="+38"/>
        <location line="+3"/>
        <location line="+315"/>
        <source>cancelled</source>
        <translation>cancelada</translation>
    </message>
    <message>
        <location line="-196"/>
        <source>the network manager is gone</source>
        <translation>el gestor de red ya no existe</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>the server&apos;s response headers could not be read (HTTP %1, too many header fields?)</source>
        <translation>no se pudieron leer las cabeceras de respuesta del servidor (HTTP %1, ¿demasiados campos de cabecera?)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>a file named “%1” already exists</source>
        <translation>ya existe un archivo llamado «%1»</translation>
    </message>
    <message>
        <location filename="../src/net/replysupport.cpp" line="+59"/>
        <source>no reply</source>
        <translation>sin respuesta</translation>
    </message>
</context>
<context>
    <name>Haul::ItemText</name>
    <message>
        <location filename="../src/queue/itemtext.cpp" line="+34"/>
        <source>login required (401)</source>
        <translation>se requiere iniciar sesión (401)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>access denied (403)</source>
        <translation>acceso denegado (403)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not found (404)</source>
        <translation>no encontrado (404)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>gone from the server (410)</source>
        <translation>ya no está en el servidor (410)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>server timed out (408)</source>
        <translation>tiempo de espera agotado en el servidor (408)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>too many requests (429)</source>
        <translation>demasiadas solicitudes (429)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>server error (500)</source>
        <translation>error del servidor (500)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>bad gateway (502)</source>
        <translation>puerta de enlace incorrecta (502)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>server busy (503)</source>
        <translation>servidor ocupado (503)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>gateway timed out (504)</source>
        <translation>tiempo de espera agotado en la puerta de enlace (504)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>server answered %1</source>
        <translation>el servidor respondió %1</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>unexpected answer from the server</source>
        <translation>respuesta inesperada del servidor</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>connection lost</source>
        <translation>conexión perdida</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no data received</source>
        <translation>no se recibieron datos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>secure connection failed</source>
        <translation>falló la conexión segura</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the server sent something inconsistent</source>
        <translation>el servidor envió datos incoherentes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>saved progress did not match; starting over</source>
        <translation>el progreso guardado no coincidía; se empieza de nuevo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>checksum mismatch</source>
        <translation>la suma de verificación no coincide</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>stopped</source>
        <translation>detenida</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a file with this name exists</source>
        <translation>ya existe un archivo con este nombre</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Queued</source>
        <translation>En cola</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connecting…</source>
        <translation>Conectando…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Downloading</source>
        <translation>Descargando</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paused</source>
        <translation>En pausa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verifying…</source>
        <translation>Verificando…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Waiting to retry in %1</source>
        <translation>Reintento en %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Retrying now</source>
        <translation>Reintentando</translation>
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
        <translation>Completada · Verificada</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Complete · Checksum mismatch</source>
        <translation>Completada · La suma de verificación no coincide</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Complete</source>
        <translation>Completada</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Failed</source>
        <translation>Fallida</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Failed — %1</source>
        <translation>Fallida — %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1/s</source>
        <translation>%1/s</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <source>%Ln s</source>
        <comment>seconds</comment>
        <translation>
            <numerusform>%Ln s</numerusform>
            <numerusform>%Ln s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln min</source>
        <comment>minutes</comment>
        <translation>
            <numerusform>%Ln min</numerusform>
            <numerusform>%Ln min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%Ln d</source>
        <comment>days</comment>
        <translation>
            <numerusform>%Ln día</numerusform>
            <numerusform>%Ln días</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%L1 h %L2 min</source>
        <translation>%L1 h %L2 min</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%Ln h</source>
        <comment>hours</comment>
        <translation>
            <numerusform>%Ln h</numerusform>
            <numerusform>%Ln h</numerusform>
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
        <translation>el servidor no acepta rangos de bytes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the server does not say how large the file is</source>
        <translation>el servidor no indica el tamaño del archivo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the server gives no ETag or date that could keep the parts consistent</source>
        <translation>el servidor no da ningún ETag ni fecha que mantenga las partes coherentes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the file is too small to split</source>
        <translation>el archivo es demasiado pequeño para dividirlo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the server stopped honouring byte ranges</source>
        <translation>el servidor dejó de respetar los rangos de bytes</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>1 connection</source>
        <translation>1 conexión</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%Ln connections</source>
        <translation>
            <numerusform>%Ln conexión</numerusform>
            <numerusform>%Ln conexiones</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Haul::QueueStoreWorker</name>
    <message>
        <location filename="../src/queue/queuestoreworker.cpp" line="+88"/>
        <source>The download queue cannot be saved: the folder %1 could not be created. Haul keeps working, but changes to the queue will be lost when it quits.</source>
        <translation>No se puede guardar la cola de descargas: no se pudo crear la carpeta %1. Haul sigue funcionando, pero los cambios en la cola se perderán al salir.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The download queue %1 cannot be used (%2) and could not be moved aside. Haul keeps working, but changes to the queue will be lost when it quits.</source>
        <translation>La cola de descargas %1 no se puede usar (%2) y no se pudo apartar. Haul sigue funcionando, pero los cambios en la cola se perderán al salir.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The download queue was saved by a newer version of Haul (%1). It was kept as %2 and a new, empty queue was started.</source>
        <translation>La cola de descargas se guardó con una versión más reciente de Haul (%1). Se conservó como %2 y se empezó una cola nueva y vacía.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The download queue was damaged and could not be read. It was kept as %1 and a new, empty queue was started.</source>
        <translation>La cola de descargas estaba dañada y no se pudo leer. Se conservó como %1 y se empezó una cola nueva y vacía.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The download queue cannot be saved to %1 (%2). Haul keeps working, but changes to the queue will be lost when it quits.</source>
        <translation>No se puede guardar la cola de descargas en %1 (%2). Haul sigue funcionando, pero los cambios en la cola se perderán al salir.</translation>
    </message>
    <message>
        <location line="+156"/>
        <source>format %1, this version reads up to %2</source>
        <translation>formato %1; esta versión lee hasta el %2</translation>
    </message>
</context>
<context>
    <name>Haul::SegmentedTransfer</name>
    <message>
        <location filename="../src/net/segmentedtransfer.cpp" line="+172"/>
        <source>the server ended a segment early at byte %1</source>
        <translation>el servidor terminó un segmento antes de tiempo en el byte %1</translation>
    </message>
</context>
<context>
    <name>Haul::SingleInstance</name>
    <message>
        <location filename="../src/app/singleinstance.cpp" line="+176"/>
        <source>Too many arguments to hand to the running Haul.</source>
        <translation>Demasiados argumentos para pasar al Haul en ejecución.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No running Haul to hand the links to (%1).</source>
        <translation>No hay ningún Haul en ejecución al que pasar los enlaces (%1).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The running Haul did not accept the links (%1).</source>
        <translation>El Haul en ejecución no aceptó los enlaces (%1).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The running Haul did not confirm it received the links.</source>
        <translation>El Haul en ejecución no confirmó que recibiera los enlaces.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The running Haul sent an unexpected reply.</source>
        <translation>El Haul en ejecución envió una respuesta inesperada.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Haul is already running with this profile.</source>
        <translation>Haul ya se está ejecutando con este perfil.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Cannot create the socket %1: %2</source>
        <translation>No se puede crear el socket %1: %2</translation>
    </message>
</context>
<context>
    <name>Haul::TerminalPrinter</name>
    <message>
        <location filename="../src/cli/terminalprinter.cpp" line="+47"/>
        <source>  ETA %1</source>
        <translation>  quedan %1</translation>
    </message>
</context>
<context>
    <name>Haul::TrayIcon</name>
    <message>
        <location filename="../src/app/trayicon.cpp" line="+17"/>
        <source>&amp;Show Haul</source>
        <translation>&amp;Mostrar Haul</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Pause all</source>
        <translation>&amp;Pausar todo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Resume all</source>
        <translation>&amp;Reanudar todo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
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
            <numerusform>Haul — %n descarga en curso</numerusform>
            <numerusform>Haul — %n descargas en curso</numerusform>
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
            <numerusform>Haul — %n descarga en cola</numerusform>
            <numerusform>Haul — %n descargas en cola</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ItemEvents</name>
    <message>
        <location filename="../src/queue/itemevents.cpp" line="+96"/>
        <source>complete</source>
        <translation>completada</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>stopped</source>
        <translation>detenida</translation>
    </message>
</context>
<context>
    <name>LinkParser</name>
    <message>
        <location filename="../src/app/linkparser.cpp" line="+46"/>
        <source>This is not a valid URL</source>
        <translation>No es una URL válida</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Add http:// or https:// at the start</source>
        <translation>Añada http:// o https:// al principio</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is not supported; use http or https</source>
        <translation>%1 no es compatible; use http o https</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The URL has no host name</source>
        <translation>La URL no tiene nombre de host</translation>
    </message>
    <message>
        <location line="+162"/>
        <source>“%1” is not a SHA-256 checksum (64 hexadecimal digits)</source>
        <translation>«%1» no es una suma de verificación SHA-256 (64 dígitos hexadecimales)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unexpected text after the checksum: “%1”</source>
        <translation>Texto inesperado después de la suma de verificación: «%1»</translation>
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
        <translation>1 descarga añadida</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>Added %Ln downloads</source>
        <translation>
            <numerusform>%Ln descarga añadida</numerusform>
            <numerusform>%Ln descargas añadidas</numerusform>
        </translation>
    </message>
    <message>
        <location line="+62"/>
        <source>No links found on the clipboard</source>
        <translation>No se encontraron enlaces en el portapapeles</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No links found in what was dropped</source>
        <translation>No se encontraron enlaces en lo que se soltó</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No links found</source>
        <translation>No se encontraron enlaces</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
</context>
<context>
    <name>MainActions</name>
    <message>
        <location filename="../qml/components/MainActions.qml" line="+16"/>
        <source>Add…</source>
        <translation>Añadir…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Paste links</source>
        <translation>Pegar enlaces</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Settings…</source>
        <translation>Configuración…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Select all</source>
        <translation>Seleccionar todo</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Copy URL</source>
        <translation>Copiar URL</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Copy SHA-256</source>
        <translation>Copiar SHA-256</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Pause</source>
        <translation>Pausar</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+8"/>
        <source>Space</source>
        <translation>Espacio</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Resume</source>
        <translation>Reanudar</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Retry now</source>
        <translation>Reintentar ahora</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Move up</source>
        <translation>Subir</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Move down</source>
        <translation>Bajar</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Open file</source>
        <translation>Abrir archivo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter</source>
        <translation>Intro</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Open folder</source>
        <translation>Abrir carpeta</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Pause all</source>
        <translation>Pausar todo</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Resume all</source>
        <translation>Reanudar todo</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Details pane</source>
        <translation>Panel de detalles</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>About Haul</source>
        <translation>Acerca de Haul</translation>
    </message>
</context>
<context>
    <name>MainMenuBar</name>
    <message>
        <location filename="../qml/components/MainMenuBar.qml" line="+13"/>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Download</source>
        <translation>&amp;Descarga</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
</context>
<context>
    <name>NoticeBanner</name>
    <message>
        <location filename="../qml/components/NoticeBanner.qml" line="+52"/>
        <source>Dismiss</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dismiss the message</source>
        <translation>Descartar el mensaje</translation>
    </message>
</context>
<context>
    <name>QueueRow</name>
    <message>
        <location filename="../qml/components/QueueRow.qml" line="+50"/>
        <source>%1 · %2 left</source>
        <translation>%1 · quedan %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 · attempt %2</source>
        <translation>%1 · intento %2</translation>
    </message>
    <message>
        <location line="+106"/>
        <source>Progress</source>
        <translation>Progreso</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>%L1 %</source>
        <translation>%L1 %</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Retry</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Retry %1</source>
        <translation>Reintentar %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Retry now</source>
        <translation>Reintentar ahora</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Retry %1 now</source>
        <translation>Reintentar %1 ahora</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Overwrite</source>
        <translation>Sobrescribir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overwrite the existing %1</source>
        <translation>Sobrescribir el archivo existente %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Keep both</source>
        <translation>Conservar ambos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep both files</source>
        <translation>Conservar ambos archivos</translation>
    </message>
</context>
<context>
    <name>QueueView</name>
    <message>
        <location filename="../qml/components/QueueView.qml" line="+191"/>
        <source>Downloads</source>
        <translation>Descargas</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>No downloads yet</source>
        <translation>Todavía no hay descargas</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Drop links here, paste with Ctrl+V, or click Add.</source>
        <translation>Suelte enlaces aquí, péguelos con Ctrl+V o haga clic en Añadir.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Add downloads…</source>
        <translation>Añadir descargas…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add downloads</source>
        <translation>Añadir descargas</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Loading the queue…</source>
        <translation>Cargando la cola…</translation>
    </message>
</context>
<context>
    <name>RemoveDialog</name>
    <message>
        <location filename="../qml/dialogs/RemoveDialog.qml" line="+22"/>
        <source>Remove 1 download</source>
        <translation>Quitar 1 descarga</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>Remove %Ln downloads</source>
        <translation>
            <numerusform>Quitar %Ln descarga</numerusform>
            <numerusform>Quitar %Ln descargas</numerusform>
        </translation>
    </message>
    <message>
        <location line="+26"/>
        <source>They leave the list. Finished files stay where they are.</source>
        <translation>Se quitan de la lista. Los archivos terminados se quedan donde están.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Also delete partially downloaded data</source>
        <translation>Eliminar también los datos descargados parcialmente</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The partial data is deleted: these downloads cannot resume.</source>
        <translation>Los datos parciales se eliminan: estas descargas no podrán reanudarse.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kept: adding the same link again resumes where it stopped.</source>
        <translation>Se conservan: si vuelve a añadir el mismo enlace, se reanuda donde se detuvo.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../qml/dialogs/SettingsDialog.qml" line="+21"/>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Save downloads to</source>
        <translation>Guardar las descargas en</translation>
    </message>
    <message>
        <location line="+28"/>
        <location line="+10"/>
        <source>Download folder</source>
        <translation>Carpeta de descargas</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Browse…</source>
        <translation>Examinar…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose the download folder</source>
        <translation>Elegir la carpeta de descargas</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+9"/>
        <source>Downloads at once</source>
        <translation>Descargas simultáneas</translation>
    </message>
    <message>
        <location line="+29"/>
        <location line="+11"/>
        <source>Retries per download</source>
        <translation>Reintentos por descarga</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>with growing pauses, honouring the server&apos;s Retry-After</source>
        <translation>con pausas crecientes, respetando el Retry-After del servidor</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Speed limit</source>
        <translation>Límite de velocidad</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Limit the download speed</source>
        <translation>Limitar la velocidad de descarga</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Speed limit in KiB/s</source>
        <translation>Límite de velocidad en KiB/s</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Limit to</source>
        <translation>Limitar a</translation>
    </message>
    <message>
        <location line="-56"/>
        <location line="+11"/>
        <source>Connections per download</source>
        <translation>Conexiones por descarga</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>where the server allows it; otherwise one</source>
        <translation>si el servidor lo permite; si no, una</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>KiB/s, for all downloads together</source>
        <translation>KiB/s en total</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>When a file exists</source>
        <translation>Si el archivo ya existe</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Keep both: save as “name (1).ext”</source>
        <translation>Conservar ambos: «nombre (1).ext»</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Overwrite it</source>
        <translation>Sobrescribirlo</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Ask me on the download</source>
        <translation>Preguntarme en la descarga</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Desktop</source>
        <translation>Escritorio</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Start Haul when I log in</source>
        <translation>Iniciar Haul al iniciar sesión</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Closing the window keeps Haul in the tray</source>
        <translation>Al cerrar, quedarse en la bandeja</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>This desktop has no system tray: closing the window quits Haul.</source>
        <translation>Este escritorio no tiene bandeja del sistema: al cerrar la ventana se sale de Haul.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+26"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>System default</source>
        <translation>Predeterminado del sistema</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Applies after a restart.</source>
        <translation>Se aplica al reiniciar.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Profile: %1</source>
        <translation>Perfil: %1</translation>
    </message>
</context>
<context>
    <name>StatusBar</name>
    <message>
        <location filename="../qml/components/StatusBar.qml" line="+17"/>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No downloads</source>
        <translation>No hay descargas</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%Ln active</source>
        <translation>
            <numerusform>%Ln activa</numerusform>
            <numerusform>%Ln activas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln queued</source>
        <translation>
            <numerusform>%Ln en cola</numerusform>
            <numerusform>%Ln en cola</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln paused</source>
        <translation>
            <numerusform>%Ln en pausa</numerusform>
            <numerusform>%Ln en pausa</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln done</source>
        <translation>
            <numerusform>%Ln completada</numerusform>
            <numerusform>%Ln completadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln failed</source>
        <translation>
            <numerusform>%Ln fallida</numerusform>
            <numerusform>%Ln fallidas</numerusform>
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
        <translation>Progreso total</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>↓ %1</source>
        <translation>↓ %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Total speed %1</source>
        <translation>Velocidad total %1</translation>
    </message>
</context>
<context>
    <name>haul-cli</name>
    <message>
        <location filename="../src/cli/main.cpp" line="+43"/>
        <source>Try &apos;haul-cli --help&apos;.</source>
        <translation>Pruebe «haul-cli --help».</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../src/app/main.cpp" line="+48"/>
        <source>Haul, a download manager whose downloads never corrupt and always resume.</source>
        <translation>Haul, un gestor de descargas cuyas descargas nunca se corrompen y siempre se pueden reanudar.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Keep all state (queue, settings) in &lt;folder&gt;: portable mode.</source>
        <translation>Guardar todo el estado (cola, configuración) en &lt;carpeta&gt;: modo portátil.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>folder</source>
        <translation>carpeta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start in the tray, without showing the window.</source>
        <translation>Iniciar en la bandeja del sistema, sin mostrar la ventana.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ask the running Haul to stop its downloads (saving their progress) and quit.</source>
        <translation>Pedir al Haul en ejecución que detenga sus descargas (guardando su progreso) y salga.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Links to download.</source>
        <translation>Enlaces para descargar.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>cannot create the profile folder %1</source>
        <translation>no se puede crear la carpeta del perfil %1</translation>
    </message>
</context>
</TS>
