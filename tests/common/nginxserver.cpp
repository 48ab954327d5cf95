// SPDX-License-Identifier: MIT
#include "nginxserver.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTcpServer>
#include <QTcpSocket>

#include <unistd.h>

namespace Haul::Test {

namespace {
constexpr int Attempts = 5;
constexpr int ReadyTimeoutMs = 10000;

// Configure-time options of the binary, so temp paths are only set for
// modules it has (an unknown directive would stop nginx from starting).
QString buildOptions(const QString &exe)
{
    QProcess probe;
    probe.setProcessChannelMode(QProcess::MergedChannels);
    probe.start(exe, {QStringLiteral("-V")});
    if (!probe.waitForFinished(5000))
        return {};
    return QString::fromLocal8Bit(probe.readAll());
}
} // namespace

NginxServer::NginxServer() = default;

NginxServer::~NginxServer()
{
    stop();
}

QString NginxServer::executable()
{
    const QString fromEnv = qEnvironmentVariable("HAUL_NGINX");
    return fromEnv.isEmpty() ? QStringLiteral("/usr/sbin/nginx") : fromEnv;
}

bool NginxServer::start(const QString &rootDir, const QString &extraConfig)
{
    m_certFile.clear();
    m_keyFile.clear();
    return startServer(rootDir, extraConfig);
}

bool NginxServer::startTls(const QString &rootDir, const QString &certFile, const QString &keyFile,
                           const QString &extraConfig)
{
    for (const QString &file : {certFile, keyFile}) {
        if (!QFileInfo(file).isFile()) {
            stop();
            m_error = QStringLiteral("TLS file %1 does not exist").arg(file);
            return false;
        }
    }
    // Absolute, since nginx resolves relative paths against its prefix.
    m_certFile = QFileInfo(certFile).absoluteFilePath();
    m_keyFile = QFileInfo(keyFile).absoluteFilePath();
    return startServer(rootDir, extraConfig);
}

bool NginxServer::startServer(const QString &rootDir, const QString &extraConfig)
{
    stop();
    m_error.clear();
    const QString exe = executable();
    if (!QFileInfo(exe).isExecutable()) {
        m_error = QStringLiteral("nginx not found at %1 (install it: apt-get install -y nginx-light, "
                                 "or point HAUL_NGINX at the binary)").arg(exe);
        return false;
    }
    if (!QFileInfo(rootDir).isDir()) {
        m_error = QStringLiteral("nginx root %1 is not a directory").arg(rootDir);
        return false;
    }
    // Another process may grab the probed port before nginx binds it: retry.
    for (int attempt = 0; attempt < Attempts; ++attempt) {
        bool portTaken = false;
        if (startOnce(rootDir, extraConfig, &portTaken))
            return true;
        stop();
        if (!portTaken)
            return false;
    }
    return false;
}

bool NginxServer::startOnce(const QString &rootDir, const QString &extraConfig, bool *portTaken)
{
    m_prefix = std::make_unique<QTemporaryDir>(QDir::tempPath() + QStringLiteral("/haul-nginx-XXXXXX"));
    if (!m_prefix->isValid()) {
        m_error = QStringLiteral("cannot create nginx prefix: ") + m_prefix->errorString();
        return false;
    }
    {
        QTcpServer probe;
        if (!probe.listen(QHostAddress::LocalHost, 0)) {
            m_error = QStringLiteral("cannot find a free port: ") + probe.errorString();
            return false;
        }
        m_port = probe.serverPort();
    }
    const QString config = writeConfig(rootDir, extraConfig);
    if (config.isEmpty())
        return false;

    m_process = std::make_unique<QProcess>();
    m_process->setProcessChannelMode(QProcess::MergedChannels);
    m_process->setProgram(executable());
    m_process->setArguments({QStringLiteral("-p"), m_prefix->path() + u'/', QStringLiteral("-c"), config,
                             QStringLiteral("-e"), m_prefix->filePath(QStringLiteral("error.log"))});
    m_process->start();
    if (!m_process->waitForStarted(5000)) {
        m_error = QStringLiteral("cannot run %1: %2").arg(executable(), m_process->errorString());
        return false;
    }

    const QDeadlineTimer deadline(ReadyTimeoutMs);
    while (!deadline.hasExpired()) {
        if (m_process->state() == QProcess::NotRunning) {
            const QString output = QString::fromLocal8Bit(m_process->readAll()) + errorLog();
            *portTaken = output.contains(QLatin1String("Address already in use"));
            m_error = QStringLiteral("nginx exited with code %1: %2")
                          .arg(m_process->exitCode())
                          .arg(output.trimmed());
            return false;
        }
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, m_port);
        if (socket.waitForConnected(200)) {
            socket.abort();
            return true;
        }
        m_process->waitForFinished(50); // short pause that also notices an early exit
    }
    m_error = QStringLiteral("nginx did not accept connections on port %1 within %2 ms: %3")
                  .arg(m_port)
                  .arg(ReadyTimeoutMs)
                  .arg(errorLog().trimmed());
    return false;
}

QString NginxServer::writeConfig(const QString &rootDir, const QString &extraConfig)
{
    const QDir prefix(m_prefix->path());
    const QString options = buildOptions(executable());
    QString temps;
    const auto addTemp = [&](const char *module, const char *directive, const char *dir) {
        if (!options.contains(QStringLiteral("--without-%1").arg(QLatin1String(module))))
            temps += QStringLiteral("    %1 %2;\n").arg(QLatin1String(directive),
                                                       prefix.filePath(QLatin1String(dir)));
    };
    addTemp("http_client_body", "client_body_temp_path", "tmp/body");
    addTemp("http_proxy_module", "proxy_temp_path", "tmp/proxy");
    addTemp("http_fastcgi_module", "fastcgi_temp_path", "tmp/fastcgi");
    addTemp("http_uwsgi_module", "uwsgi_temp_path", "tmp/uwsgi");
    addTemp("http_scgi_module", "scgi_temp_path", "tmp/scgi");
    prefix.mkpath(QStringLiteral("tmp"));

    // As root nginx would fall back to "nobody", who may not be able to read
    // the test's files; single-process mode never drops privileges anyway.
    const QString user = ::geteuid() == 0 ? QStringLiteral("user root;\n") : QString();
    QString listen = QStringLiteral("        listen 127.0.0.1:%1;\n").arg(m_port);
    if (isTls()) {
        listen = QStringLiteral("        listen 127.0.0.1:%1 ssl;\n"
                                "        ssl_certificate \"%2\";\n"
                                "        ssl_certificate_key \"%3\";\n")
                     .arg(QString::number(m_port), m_certFile, m_keyFile);
    }
    const QString text = QStringLiteral(
        "daemon off;\n"
        "master_process off;\n"
        "worker_processes 1;\n"
        "%1"
        "pid %2;\n"
        "error_log %3 warn;\n"
        "events { worker_connections 256; }\n"
        "http {\n"
        "    default_type application/octet-stream;\n"
        "    types { text/plain txt; text/html html; }\n"
        "    access_log %4;\n"
        "%5"
        "    sendfile on;\n"
        "    keepalive_timeout 65;\n"
        "    server {\n"
        "%6"
        "        server_name 127.0.0.1;\n"
        "        root \"%7\";\n"
        "        location / { }\n"
        "%8\n"
        "    }\n"
        "}\n")
        .arg(user, prefix.filePath(QStringLiteral("nginx.pid")),
             prefix.filePath(QStringLiteral("error.log")), prefix.filePath(QStringLiteral("access.log")),
             temps, listen, QDir(rootDir).absolutePath(), extraConfig);

    const QString path = prefix.filePath(QStringLiteral("nginx.conf"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(text.toUtf8()) < 0) {
        m_error = QStringLiteral("cannot write %1: %2").arg(path, file.errorString());
        return {};
    }
    return path;
}

void NginxServer::stop()
{
    if (m_process) {
        if (m_process->state() != QProcess::NotRunning) {
            m_process->terminate(); // SIGTERM: fast shutdown
            if (!m_process->waitForFinished(5000)) {
                m_process->kill();
                m_process->waitForFinished(2000);
            }
        }
        m_process.reset();
    }
}

bool NginxServer::isRunning() const
{
    return m_process && m_process->state() == QProcess::Running;
}

QUrl NginxServer::url(const QString &path) const
{
    QUrl url;
    url.setScheme(isTls() ? QStringLiteral("https") : QStringLiteral("http"));
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(m_port);
    url.setPath(path.startsWith(u'/') ? path : u'/' + path);
    return url;
}

QString NginxServer::errorLog() const
{
    if (!m_prefix)
        return {};
    QFile file(m_prefix->filePath(QStringLiteral("error.log")));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromLocal8Bit(file.readAll());
}

QString NginxServer::resumeTestLocation(const QString &path, const QString &rate, const QString &accessLog)
{
    return QStringLiteral("        location %1 {\n"
                          "            limit_rate %2;\n"
                          "            if ($http_range != \"bytes=0-\") { set $limit_rate 0; }\n"
                          "            access_log %3;\n"
                          "        }\n")
        .arg(path, rate, accessLog);
}

} // namespace Haul::Test
