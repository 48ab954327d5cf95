<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../qml/dialogs/AboutDialog.qml" line="+11"/>
        <source>About Haul</source>
        <translation>Sobre o Haul</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Haul %1</source>
        <translation>Haul %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A download manager whose downloads never corrupt and always resume.</source>
        <translation>Um gerenciador de downloads cujos downloads nunca se corrompem e sempre podem ser retomados.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Free software under the MIT licence.</source>
        <translation>Software livre sob a licença MIT.</translation>
    </message>
</context>
<context>
    <name>AddDialog</name>
    <message>
        <location filename="../qml/dialogs/AddDialog.qml" line="+70"/>
        <source>Add downloads</source>
        <translation>Adicionar downloads</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Save downloads to</source>
        <translation>Salvar os downloads em</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Links, one per line. A SHA-256 checksum may follow a link on the same line.</source>
        <translation>Links, um por linha. Um link pode vir seguido de uma soma de verificação SHA-256 na mesma linha.</translation>
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
        <translation>Links para baixar</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Paste or type at least one http or https link.</source>
        <translation>Cole ou digite pelo menos um link http ou https.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 link ready</source>
        <translation>1 link pronto</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln links ready</source>
        <translation>
            <numerusform>%Ln link pronto</numerusform>
            <numerusform>%Ln links prontos</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>1 line can&apos;t be used</source>
        <translation>1 linha não pode ser usada</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln lines can&apos;t be used</source>
        <translation>
            <numerusform>%Ln linha não pode ser usada</numerusform>
            <numerusform>%Ln linhas não podem ser usadas</numerusform>
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
        <translation>Linha %1: %2</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Save to</source>
        <translation>Salvar em</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Destination folder</source>
        <translation>Pasta de destino</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Browse…</source>
        <translation>Procurar…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose the destination folder</source>
        <translation>Escolher a pasta de destino</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Optional: the expected checksum, 64 hex digits</source>
        <translation>Opcional: a soma de verificação esperada, 64 dígitos hexadecimais</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For a single link only</source>
        <translation>Apenas para um único link</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expected SHA-256 checksum</source>
        <translation>Soma de verificação SHA-256 esperada</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Add paused (start them later)</source>
        <translation>Adicionar pausados (iniciar depois)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Add paused</source>
        <translation>Adicionar pausados</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Download</source>
        <translation>Baixar</translation>
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
        <translation>Não é possível criar a pasta %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot write %1: %2</source>
        <translation>Não é possível gravar %1: %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cannot remove %1: %2</source>
        <translation>Não é possível remover %1: %2</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>No program to start</source>
        <translation>Nenhum programa para iniciar</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cannot change %1</source>
        <translation>Não é possível alterar %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No folder for autostart entries</source>
        <translation>Nenhuma pasta para entradas de inicialização automática</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The command contains a control character</source>
        <translation>O comando contém um caractere de controle</translation>
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
        <translation>SHA-256 divergente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SHA-256 pending</source>
        <translation>SHA-256 pendente</translation>
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
        <translation>Corresponde ao SHA-256 esperado.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Does not match: the file is not the one expected.</source>
        <translation>Não corresponde: o arquivo não é o esperado.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checked when the download completes.</source>
        <translation>Verificado quando o download terminar.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No expected checksum was given.</source>
        <translation>Nenhuma soma de verificação esperada foi informada.</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+17"/>
        <source>Details</source>
        <translation>Detalhes</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Hide details</source>
        <translation>Ocultar detalhes</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Select a download to see where it comes from, where it goes and how each attempt went.</source>
        <translation>Selecione um download para ver de onde ele vem, para onde vai e como foi cada tentativa.</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open the file</source>
        <translation>Abrir o arquivo</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+58"/>
        <source>Open folder</source>
        <translation>Abrir pasta</translation>
    </message>
    <message>
        <location line="-55"/>
        <source>Open the destination folder</source>
        <translation>Abrir a pasta de destino</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Change folder…</source>
        <translation>Alterar pasta…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open the settings to change the download folder</source>
        <translation>Abrir as configurações para alterar a pasta de downloads</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Retry now</source>
        <translation>Tentar agora</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Retry</source>
        <translation>Tentar de novo</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Source and destination</source>
        <translation>Origem e destino</translation>
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
        <translation>Salvo em</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Connections</source>
        <translation>Conexões</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Speed and connections</source>
        <translation>Velocidade e conexões</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Limit this download to</source>
        <translation>Limitar este download a</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Limit the speed of this download</source>
        <translation>Limitar a velocidade deste download</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Speed limit of this download in KiB/s</source>
        <translation>Limite de velocidade deste download em KiB/s</translation>
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
        <translation>Conexões para este download</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Give this download its own number of connections</source>
        <translation>Dar a este download seu próprio número de conexões</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>as in Settings</source>
        <translation>como nas configurações</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>from its next start</source>
        <translation>a partir do próximo início</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Attempts (%1)</source>
        <translation>Tentativas (%1)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Attempts</source>
        <translation>Tentativas</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not started yet.</source>
        <translation>Ainda não iniciado.</translation>
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
        <translation>sem resposta</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>in progress</source>
        <translation>em andamento</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Integrity</source>
        <translation>Integridade</translation>
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
        <translation>Conhecido quando o download terminar</translation>
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
        <translation>Não informado</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Copy expected SHA-256</source>
        <translation>Copiar o SHA-256 esperado</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Tree hash</source>
        <translation>Hash de árvore</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Copy tree hash</source>
        <translation>Copiar o hash de árvore</translation>
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
        <translation>Não enviado</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Last modified</source>
        <translation>Última modificação</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Times</source>
        <translation>Datas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Added</source>
        <translation>Adicionado</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Finished</source>
        <translation>Concluído</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not yet</source>
        <translation>Ainda não</translation>
    </message>
</context>
<context>
    <name>DownloadQueue</name>
    <message>
        <location filename="../src/queue/downloadqueue.cpp" line="+587"/>
        <source>cancelled</source>
        <translation>cancelado</translation>
    </message>
</context>
<context>
    <name>DropOverlay</name>
    <message>
        <location filename="../qml/components/DropOverlay.qml" line="+15"/>
        <location line="+31"/>
        <source>Drop to download</source>
        <translation>Solte para baixar</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Links go to your download folder and start right away.</source>
        <translation>Os links vão para a sua pasta de downloads e começam na hora.</translation>
    </message>
</context>
<context>
    <name>Haul</name>
    <message>
        <location filename="../src/cli/clioptions.cpp" line="+78"/>
        <source>Download files over HTTP(S), resumably and crash-safely.</source>
        <translation>Baixa arquivos via HTTP(S), com retomada e à prova de falhas.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show this help.</source>
        <translation>Mostrar esta ajuda.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the version.</source>
        <translation>Mostrar a versão.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Destination file (only with exactly one URL).</source>
        <translation>Arquivo de destino (apenas com exatamente uma URL).</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>FILE</source>
        <translation>ARQUIVO</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Destination folder (default: current folder); file name from Content-Disposition, else the URL.</source>
        <translation>Pasta de destino (padrão: pasta atual); nome do arquivo pelo Content-Disposition ou, se não houver, pela URL.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>DIR</source>
        <translation>PASTA</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expected SHA-256 of the whole file.</source>
        <translation>SHA-256 esperado do arquivo inteiro.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>HEX</source>
        <translation>HEX</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retries per file after the first attempt (default 20); attempts that made progress are free.</source>
        <translation>Novas tentativas por arquivo após a primeira (padrão 20); tentativas que avançaram não contam.</translation>
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
        <translation>Limite de cada espera de backoff ou Retry-After (padrão 60).</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>SECONDS</source>
        <translation>SEGUNDOS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Extra request header (repeatable).</source>
        <translation>Cabeçalho de requisição extra (pode ser repetido).</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&quot;K: V&quot;</source>
        <translation>&quot;K: V&quot;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User-Agent to send.</source>
        <translation>User-Agent a enviar.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>UA</source>
        <translation>UA</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seconds to wait for a response (default 30).</source>
        <translation>Segundos de espera por uma resposta (padrão 30).</translation>
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
        <translation>Se nenhum byte chegar por S segundos, a tentativa termina e é repetida (padrão 60).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Files at once (default 4).</source>
        <translation>Arquivos simultâneos (padrão 4).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connections per file, 1-16 (default 1). More split a file when the server allows it.</source>
        <translation>Conexões por arquivo, 1-16 (padrão 1). Mais de uma dividem o arquivo quando o servidor permite.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Speed limit for all files together, in bytes per second: 500K, 2M, 1G.</source>
        <translation>Limite de velocidade para todos os arquivos juntos, em bytes por segundo: 500K, 2M, 1G.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>RATE</source>
        <translation>TAXA</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skip TLS certificate verification.</source>
        <translation>Ignorar a verificação do certificado TLS.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One JSON object per finished file on standard output.</source>
        <translation>Um objeto JSON por arquivo concluído na saída padrão.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print errors only.</source>
        <translation>Mostrar apenas erros.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What to download (one or more).</source>
        <translation>O que baixar (uma ou mais).</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>--%1 given more than once</source>
        <translation>--%1 informado mais de uma vez</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>no URL given</source>
        <translation>nenhuma URL informada</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>--output needs a file name</source>
        <translation>--output precisa de um nome de arquivo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--dir needs a folder</source>
        <translation>--dir precisa de uma pasta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--output works with exactly one URL; use --dir for several</source>
        <translation>--output só funciona com exatamente uma URL; use --dir para várias</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--sha256 needs 64 hexadecimal digits</source>
        <translation>--sha256 precisa de 64 dígitos hexadecimais</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--sha256 works with exactly one URL</source>
        <translation>--sha256 só funciona com exatamente uma URL</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--retries needs a whole number of 0 or more</source>
        <translation>--retries precisa de um número inteiro maior ou igual a 0</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--max-wait needs a number of seconds, 0 or more</source>
        <translation>--max-wait precisa de um número de segundos maior ou igual a 0</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--connect-timeout needs a number of seconds</source>
        <translation>--connect-timeout precisa de um número de segundos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--stall-timeout needs a number of seconds</source>
        <translation>--stall-timeout precisa de um número de segundos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--jobs needs a number from 1 to 256</source>
        <translation>--jobs precisa de um número de 1 a 256</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--connections needs a number from 1 to 16</source>
        <translation>--connections precisa de um número de 1 a 16</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--limit-rate needs a rate such as 500K, 2M or 1G</source>
        <translation>--limit-rate precisa de uma taxa como 500K, 2M ou 1G</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>bad header &quot;%1&quot;: expected &quot;Name: value&quot;</source>
        <translation>cabeçalho inválido &quot;%1&quot;: esperado &quot;Nome: valor&quot;</translation>
    </message>
</context>
<context>
    <name>Haul::AppController</name>
    <message>
        <location filename="../src/app/appcontroller.cpp" line="+47"/>
        <source>Download complete</source>
        <translation>Download concluído</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Download failed</source>
        <translation>Falha no download</translation>
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
        <translation>Não foi possível alterar “Iniciar ao entrar na sessão”: %1</translation>
    </message>
</context>
<context>
    <name>Haul::CliRunner</name>
    <message>
        <location filename="../src/cli/clirunner.cpp" line="+51"/>
        <source>not a folder: %1</source>
        <translation>não é uma pasta: %1</translation>
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
        <translation>nova tentativa em %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>resuming</source>
        <translation>retomando</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: attempt %2: %3; %4</source>
        <translation>%1: tentativa %2: %3; %4</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>interrupted; saving progress…</source>
        <translation>interrompido; salvando o progresso…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>done: %1  %2 in %3 (%4/s)  sha256 %5</source>
        <translation>concluído: %1  %2 em %3 (%4/s)  sha256 %5</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> (verified)</source>
        <translation> (verificado)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>note: %1 was sent with Content-Encoding %2 and saved as received</source>
        <translation>observação: %1 foi enviado com Content-Encoding %2 e salvo como recebido</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1: stopped; progress saved, run the same command again to resume</source>
        <translation>%1: interrompido; progresso salvo, execute o mesmo comando de novo para retomar</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source> (after %n attempt(s))</source>
        <translation>
            <numerusform> (após %n tentativa)</numerusform>
            <numerusform> (após %n tentativas)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Haul::Download</name>
    <message>
        <location filename="../src/net/download.cpp" line="+50"/>
        <location filename="../src/net/segmentedtransfer.cpp" line="+72"/>
        <source>connection timed out after %1 s</source>
        <translation>a conexão expirou após %1 s</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../src/net/segmentedtransfer.cpp" line="+6"/>
        <source>no data received for %1 s</source>
        <translation>nenhum dado recebido por %1 s</translation>
    </message>
    <message>
        <location line="+38"/>
        <location line="+3"/>
        <location line="+315"/>
        <source>cancelled</source>
        <translation>cancelado</translation>
    </message>
    <message>
        <location line="-196"/>
        <source>the network manager is gone</source>
        <translation>o gerenciador de rede não existe mais</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>the server&apos;s response headers could not be read (HTTP %1, too many header fields?)</source>
        <translation>não foi possível ler os cabeçalhos de resposta do servidor (HTTP %1, campos de cabeçalho demais?)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>a file named “%1” already exists</source>
        <translation>já existe um arquivo chamado “%1”</translation>
    </message>
    <message>
        <location filename="../src/net/replysupport.cpp" line="+59"/>
        <source>no reply</source>
        <translation>sem resposta</translation>
    </message>
</context>
<context>
    <name>Haul::ItemText</name>
    <message>
        <location filename="../src/queue/itemtext.cpp" line="+34"/>
        <source>login required (401)</source>
        <translation>login necessário (401)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>access denied (403)</source>
        <translation>acesso negado (403)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not found (404)</source>
        <translation>não encontrado (404)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>gone from the server (410)</source>
        <translation>removido do servidor (410)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>server timed out (408)</source>
        <translation>tempo esgotado no servidor (408)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>too many requests (429)</source>
        <translation>solicitações demais (429)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>server error (500)</source>
        <translation>erro do servidor (500)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>bad gateway (502)</source>
        <translation>gateway inválido (502)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>server busy (503)</source>
        <translation>servidor ocupado (503)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>gateway timed out (504)</source>
        <translation>tempo esgotado no gateway (504)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>server answered %1</source>
        <translation>o servidor respondeu %1</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>unexpected answer from the server</source>
        <translation>resposta inesperada do servidor</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>connection lost</source>
        <translation>conexão perdida</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no data received</source>
        <translation>nenhum dado recebido</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>secure connection failed</source>
        <translation>falha na conexão segura</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the server sent something inconsistent</source>
        <translation>o servidor enviou dados inconsistentes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>saved progress did not match; starting over</source>
        <translation>o progresso salvo não conferia; recomeçando do início</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>checksum mismatch</source>
        <translation>soma de verificação divergente</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>stopped</source>
        <translation>interrompido</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a file with this name exists</source>
        <translation>já existe um arquivo com esse nome</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Queued</source>
        <translation>Na fila</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connecting…</source>
        <translation>Conectando…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Downloading</source>
        <translation>Baixando</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paused</source>
        <translation>Pausado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verifying…</source>
        <translation>Verificando…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Waiting to retry in %1</source>
        <translation>Nova tentativa em %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Retrying now</source>
        <translation>Tentando de novo</translation>
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
        <translation>Concluído · Verificado</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Complete · Checksum mismatch</source>
        <translation>Concluído · Soma de verificação divergente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Complete</source>
        <translation>Concluído</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Failed</source>
        <translation>Falhou</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Failed — %1</source>
        <translation>Falhou — %1</translation>
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
            <numerusform>%Ln dia</numerusform>
            <numerusform>%Ln dias</numerusform>
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
        <translation>o servidor não aceita intervalos de bytes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the server does not say how large the file is</source>
        <translation>o servidor não informa o tamanho do arquivo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the server gives no ETag or date that could keep the parts consistent</source>
        <translation>o servidor não fornece ETag nem data que mantenha as partes consistentes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the file is too small to split</source>
        <translation>o arquivo é pequeno demais para ser dividido</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the server stopped honouring byte ranges</source>
        <translation>o servidor deixou de respeitar os intervalos de bytes</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>1 connection</source>
        <translation>1 conexão</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%Ln connections</source>
        <translation>
            <numerusform>%Ln conexão</numerusform>
            <numerusform>%Ln conexões</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Haul::QueueStoreWorker</name>
    <message>
        <location filename="../src/queue/queuestoreworker.cpp" line="+88"/>
        <source>The download queue cannot be saved: the folder %1 could not be created. Haul keeps working, but changes to the queue will be lost when it quits.</source>
        <translation>Não é possível salvar a fila de downloads: não foi possível criar a pasta %1. O Haul continua funcionando, mas as alterações na fila serão perdidas ao sair.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The download queue %1 cannot be used (%2) and could not be moved aside. Haul keeps working, but changes to the queue will be lost when it quits.</source>
        <translation>A fila de downloads %1 não pode ser usada (%2) e não pôde ser movida para outro lugar. O Haul continua funcionando, mas as alterações na fila serão perdidas ao sair.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The download queue was saved by a newer version of Haul (%1). It was kept as %2 and a new, empty queue was started.</source>
        <translation>A fila de downloads foi salva por uma versão mais nova do Haul (%1). Ela foi mantida como %2 e uma fila nova e vazia foi iniciada.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The download queue was damaged and could not be read. It was kept as %1 and a new, empty queue was started.</source>
        <translation>A fila de downloads estava danificada e não pôde ser lida. Ela foi mantida como %1 e uma fila nova e vazia foi iniciada.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The download queue cannot be saved to %1 (%2). Haul keeps working, but changes to the queue will be lost when it quits.</source>
        <translation>Não é possível salvar a fila de downloads em %1 (%2). O Haul continua funcionando, mas as alterações na fila serão perdidas ao sair.</translation>
    </message>
    <message>
        <location line="+156"/>
        <source>format %1, this version reads up to %2</source>
        <translation>formato %1; esta versão lê até o %2</translation>
    </message>
</context>
<context>
    <name>Haul::SegmentedTransfer</name>
    <message>
        <location filename="../src/net/segmentedtransfer.cpp" line="+172"/>
        <source>the server ended a segment early at byte %1</source>
        <translation>o servidor encerrou um segmento antes da hora no byte %1</translation>
    </message>
</context>
<context>
    <name>Haul::SingleInstance</name>
    <message>
        <location filename="../src/app/singleinstance.cpp" line="+176"/>
        <source>Too many arguments to hand to the running Haul.</source>
        <translation>Argumentos demais para repassar ao Haul em execução.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No running Haul to hand the links to (%1).</source>
        <translation>Nenhum Haul em execução para receber os links (%1).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The running Haul did not accept the links (%1).</source>
        <translation>O Haul em execução não aceitou os links (%1).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The running Haul did not confirm it received the links.</source>
        <translation>O Haul em execução não confirmou o recebimento dos links.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The running Haul sent an unexpected reply.</source>
        <translation>O Haul em execução enviou uma resposta inesperada.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Haul is already running with this profile.</source>
        <translation>O Haul já está em execução com este perfil.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Cannot create the socket %1: %2</source>
        <translation>Não é possível criar o socket %1: %2</translation>
    </message>
</context>
<context>
    <name>Haul::TerminalPrinter</name>
    <message>
        <location filename="../src/cli/terminalprinter.cpp" line="+47"/>
        <source>  ETA %1</source>
        <translation>  faltam %1</translation>
    </message>
</context>
<context>
    <name>Haul::TrayIcon</name>
    <message>
        <location filename="../src/app/trayicon.cpp" line="+17"/>
        <source>&amp;Show Haul</source>
        <translation>&amp;Mostrar o Haul</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Pause all</source>
        <translation>&amp;Pausar tudo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Resume all</source>
        <translation>&amp;Retomar tudo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Quit</source>
        <translation>&amp;Sair</translation>
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
            <numerusform>Haul — %n download em andamento</numerusform>
            <numerusform>Haul — %n downloads em andamento</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, %L1 %</source>
        <translation>, %L1%</translation>
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
            <numerusform>Haul — %n download na fila</numerusform>
            <numerusform>Haul — %n downloads na fila</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ItemEvents</name>
    <message>
        <location filename="../src/queue/itemevents.cpp" line="+96"/>
        <source>complete</source>
        <translation>concluído</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>stopped</source>
        <translation>interrompido</translation>
    </message>
</context>
<context>
    <name>LinkParser</name>
    <message>
        <location filename="../src/app/linkparser.cpp" line="+46"/>
        <source>This is not a valid URL</source>
        <translation>Não é uma URL válida</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Add http:// or https:// at the start</source>
        <translation>Adicione http:// ou https:// no início</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is not supported; use http or https</source>
        <translation>%1 não é suportado; use http ou https</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The URL has no host name</source>
        <translation>A URL não tem nome de host</translation>
    </message>
    <message>
        <location line="+162"/>
        <source>“%1” is not a SHA-256 checksum (64 hexadecimal digits)</source>
        <translation>“%1” não é uma soma de verificação SHA-256 (64 dígitos hexadecimais)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unexpected text after the checksum: “%1”</source>
        <translation>Texto inesperado após a soma de verificação: “%1”</translation>
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
        <translation>1 download adicionado</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>Added %Ln downloads</source>
        <translation>
            <numerusform>%Ln download adicionado</numerusform>
            <numerusform>%Ln downloads adicionados</numerusform>
        </translation>
    </message>
    <message>
        <location line="+62"/>
        <source>No links found on the clipboard</source>
        <translation>Nenhum link encontrado na área de transferência</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No links found in what was dropped</source>
        <translation>Nenhum link encontrado no que foi solto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No links found</source>
        <translation>Nenhum link encontrado</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Settings</source>
        <translation>Configurações</translation>
    </message>
</context>
<context>
    <name>MainActions</name>
    <message>
        <location filename="../qml/components/MainActions.qml" line="+16"/>
        <source>Add…</source>
        <translation>Adicionar…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Paste links</source>
        <translation>Colar links</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Settings…</source>
        <translation>Configurações…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Quit</source>
        <translation>Sair</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Select all</source>
        <translation>Selecionar tudo</translation>
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
        <translation>Remover</translation>
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
        <translation>Espaço</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Resume</source>
        <translation>Retomar</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Retry now</source>
        <translation>Tentar agora</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Move up</source>
        <translation>Mover para cima</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Move down</source>
        <translation>Mover para baixo</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Open file</source>
        <translation>Abrir arquivo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Open folder</source>
        <translation>Abrir pasta</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Pause all</source>
        <translation>Pausar tudo</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Resume all</source>
        <translation>Retomar tudo</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Details pane</source>
        <translation>Painel de detalhes</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Details</source>
        <translation>Detalhes</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>About Haul</source>
        <translation>Sobre o Haul</translation>
    </message>
</context>
<context>
    <name>MainMenuBar</name>
    <message>
        <location filename="../qml/components/MainMenuBar.qml" line="+13"/>
        <source>&amp;File</source>
        <translation>&amp;Arquivo</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Download</source>
        <translation>&amp;Download</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;View</source>
        <translation>E&amp;xibir</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Help</source>
        <translation>Aj&amp;uda</translation>
    </message>
</context>
<context>
    <name>NoticeBanner</name>
    <message>
        <location filename="../qml/components/NoticeBanner.qml" line="+52"/>
        <source>Dismiss</source>
        <translation>Dispensar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dismiss the message</source>
        <translation>Dispensar a mensagem</translation>
    </message>
</context>
<context>
    <name>QueueRow</name>
    <message>
        <location filename="../qml/components/QueueRow.qml" line="+50"/>
        <source>%1 · %2 left</source>
        <translation>%1 · faltam %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 · attempt %2</source>
        <translation>%1 · tentativa %2</translation>
    </message>
    <message>
        <location line="+106"/>
        <source>Progress</source>
        <translation>Progresso</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>%L1 %</source>
        <translation>%L1%</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Retry</source>
        <translation>Tentar de novo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Retry %1</source>
        <translation>Tentar %1 de novo</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Retry now</source>
        <translation>Tentar agora</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Retry %1 now</source>
        <translation>Tentar %1 agora</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Overwrite</source>
        <translation>Substituir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overwrite the existing %1</source>
        <translation>Substituir o arquivo existente %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Keep both</source>
        <translation>Manter ambos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep both files</source>
        <translation>Manter os dois arquivos</translation>
    </message>
</context>
<context>
    <name>QueueView</name>
    <message>
        <location filename="../qml/components/QueueView.qml" line="+191"/>
        <source>Downloads</source>
        <translation>Downloads</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>No downloads yet</source>
        <translation>Nenhum download ainda</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Drop links here, paste with Ctrl+V, or click Add.</source>
        <translation>Solte links aqui, cole com Ctrl+V ou clique em Adicionar.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Add downloads…</source>
        <translation>Adicionar downloads…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add downloads</source>
        <translation>Adicionar downloads</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Loading the queue…</source>
        <translation>Carregando a fila…</translation>
    </message>
</context>
<context>
    <name>RemoveDialog</name>
    <message>
        <location filename="../qml/dialogs/RemoveDialog.qml" line="+22"/>
        <source>Remove 1 download</source>
        <translation>Remover 1 download</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>Remove %Ln downloads</source>
        <translation>
            <numerusform>Remover %Ln download</numerusform>
            <numerusform>Remover %Ln downloads</numerusform>
        </translation>
    </message>
    <message>
        <location line="+26"/>
        <source>They leave the list. Finished files stay where they are.</source>
        <translation>Eles saem da lista. Os arquivos concluídos ficam onde estão.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Also delete partially downloaded data</source>
        <translation>Excluir também os dados baixados parcialmente</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The partial data is deleted: these downloads cannot resume.</source>
        <translation>Os dados parciais são excluídos: esses downloads não poderão ser retomados.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kept: adding the same link again resumes where it stopped.</source>
        <translation>Mantidos: adicionar o mesmo link de novo retoma de onde parou.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Remove</source>
        <translation>Remover</translation>
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
        <translation>Configurações</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Save downloads to</source>
        <translation>Salvar os downloads em</translation>
    </message>
    <message>
        <location line="+28"/>
        <location line="+10"/>
        <source>Download folder</source>
        <translation>Pasta de downloads</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Browse…</source>
        <translation>Procurar…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose the download folder</source>
        <translation>Escolher a pasta de downloads</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+9"/>
        <source>Downloads at once</source>
        <translation>Downloads simultâneos</translation>
    </message>
    <message>
        <location line="+29"/>
        <location line="+11"/>
        <source>Retries per download</source>
        <translation>Novas tentativas</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>with growing pauses, honouring the server&apos;s Retry-After</source>
        <translation>com pausas crescentes, respeitando o Retry-After do servidor</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Speed limit</source>
        <translation>Limite de velocidade</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Limit the download speed</source>
        <translation>Limitar a velocidade de download</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Speed limit in KiB/s</source>
        <translation>Limite de velocidade em KiB/s</translation>
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
        <translation>Conexões por download</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>where the server allows it; otherwise one</source>
        <translation>quando o servidor permite; senão, uma</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>KiB/s, for all downloads together</source>
        <translation>KiB/s no total</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>When a file exists</source>
        <translation>Se o arquivo já existir</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Keep both: save as “name (1).ext”</source>
        <translation>Manter ambos: “nome (1).ext”</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Overwrite it</source>
        <translation>Substituí-lo</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Ask me on the download</source>
        <translation>Perguntar no download</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Desktop</source>
        <translation>Área de trabalho</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Start Haul when I log in</source>
        <translation>Iniciar o Haul ao entrar na sessão</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Closing the window keeps Haul in the tray</source>
        <translation>Ao fechar, manter na bandeja</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>This desktop has no system tray: closing the window quits Haul.</source>
        <translation>Esta área de trabalho não tem bandeja do sistema: fechar a janela encerra o Haul.</translation>
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
        <translation>Padrão do sistema</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Applies after a restart.</source>
        <translation>Vale após reiniciar.</translation>
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
        <translation>Carregando…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No downloads</source>
        <translation>Nenhum download</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%Ln active</source>
        <translation>
            <numerusform>%Ln ativo</numerusform>
            <numerusform>%Ln ativos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln queued</source>
        <translation>
            <numerusform>%Ln na fila</numerusform>
            <numerusform>%Ln na fila</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln paused</source>
        <translation>
            <numerusform>%Ln pausado</numerusform>
            <numerusform>%Ln pausados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln done</source>
        <translation>
            <numerusform>%Ln concluído</numerusform>
            <numerusform>%Ln concluídos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln failed</source>
        <translation>
            <numerusform>%Ln com falha</numerusform>
            <numerusform>%Ln com falha</numerusform>
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
        <translation>Progresso geral</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>↓ %1</source>
        <translation>↓ %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Total speed %1</source>
        <translation>Velocidade total %1</translation>
    </message>
</context>
<context>
    <name>haul-cli</name>
    <message>
        <location filename="../src/cli/main.cpp" line="+43"/>
        <source>Try &apos;haul-cli --help&apos;.</source>
        <translation>Tente “haul-cli --help”.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../src/app/main.cpp" line="+48"/>
        <source>Haul, a download manager whose downloads never corrupt and always resume.</source>
        <translation>Haul, um gerenciador de downloads cujos downloads nunca se corrompem e sempre podem ser retomados.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Keep all state (queue, settings) in &lt;folder&gt;: portable mode.</source>
        <translation>Manter todo o estado (fila, configurações) em &lt;pasta&gt;: modo portátil.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>folder</source>
        <translation>pasta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start in the tray, without showing the window.</source>
        <translation>Iniciar na bandeja do sistema, sem mostrar a janela.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ask the running Haul to stop its downloads (saving their progress) and quit.</source>
        <translation>Pedir ao Haul em execução que pare os downloads (salvando o progresso) e saia.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Links to download.</source>
        <translation>Links para baixar.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>cannot create the profile folder %1</source>
        <translation>não é possível criar a pasta do perfil %1</translation>
    </message>
</context>
</TS>
