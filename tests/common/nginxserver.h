// SPDX-License-Identifier: MIT
#pragma once

#include <QProcess>
#include <QString>
#include <QTemporaryDir>
#include <QUrl>

#include <memory>

namespace Haul::Test {

// A private nginx (single process, no daemon) serving a directory on a free
// loopback port, for tests against a real server: ETag, Range, limit_rate.
// Everything it writes (config, pid, logs, temp files) lives in its own
// temporary prefix. A missing nginx is a failure, not a skip:
//   NginxServer nginx;
//   QVERIFY2(nginx.start(dir.path()), qPrintable(nginx.errorString()));
class NginxServer
{
public:
    NginxServer();
    ~NginxServer();
    NginxServer(const NginxServer &) = delete;
    NginxServer &operator=(const NginxServer &) = delete;

    // $HAUL_NGINX if set, else /usr/sbin/nginx.
    static QString executable();
    // A location block (for extraConfig) that sends a fresh download ("Range: bytes=0-")
    // of anything under `path` at `rate` (nginx syntax, e.g. "2m"), so a client can be
    // interrupted mid-way, and a resumed one at full speed; requests go to `accessLog`.
    static QString resumeTestLocation(const QString &path, const QString &rate, const QString &accessLog);

    // Serve rootDir; extraConfig is pasted into the server block, e.g.
    //   "location /slow/ { limit_rate 100k; }"
    // Blocks until the port accepts connections (at most ~10 s per attempt).
    bool start(const QString &rootDir, const QString &extraConfig = {});
    // Like start(), but the server speaks only HTTPS with the given PEM
    // certificate and unencrypted key; url() then gives https:// URLs.
    bool startTls(const QString &rootDir, const QString &certFile, const QString &keyFile,
                  const QString &extraConfig = {});
    void stop();
    bool isRunning() const;
    QString errorString() const { return m_error; }

    quint16 port() const { return m_port; }
    bool isTls() const { return !m_certFile.isEmpty(); }
    QUrl url(const QString &path) const;
    // The error log, for diagnostics in failure messages.
    QString errorLog() const;

private:
    bool startServer(const QString &rootDir, const QString &extraConfig);
    bool startOnce(const QString &rootDir, const QString &extraConfig, bool *portTaken);
    QString writeConfig(const QString &rootDir, const QString &extraConfig);

    std::unique_ptr<QTemporaryDir> m_prefix;
    std::unique_ptr<QProcess> m_process;
    quint16 m_port = 0;
    QString m_certFile; // empty: plain HTTP
    QString m_keyFile;
    QString m_error;
};

} // namespace Haul::Test
