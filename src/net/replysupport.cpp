// SPDX-License-Identifier: MIT
#include "replysupport.h"

#include <QCoreApplication>
#include <QNetworkReply>
#include <algorithm>

namespace Haul {

namespace {

bool isConnectionClass(QNetworkReply::NetworkError e)
{
    switch (e) {
    case QNetworkReply::ConnectionRefusedError:
    case QNetworkReply::RemoteHostClosedError:
    case QNetworkReply::HostNotFoundError:
    case QNetworkReply::TimeoutError:
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::NetworkSessionFailedError:
    case QNetworkReply::UnknownNetworkError:
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyConnectionClosedError:
    case QNetworkReply::ProxyNotFoundError:
    case QNetworkReply::ProxyTimeoutError:
    case QNetworkReply::UnknownProxyError:
    case QNetworkReply::ProtocolFailure:
        return true;
    default:
        return false;
    }
}

} // namespace

QNetworkRequest rawRequest(const QUrl &url, const HttpHeaders &headers)
{
    QNetworkRequest request(url);
    for (const auto &field : headers.fields())
        request.setRawHeader(field.first, field.second);
    // Raw bytes only: with Accept-Encoding set by us, Qt neither adds its own nor decompresses.
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    request.setAttribute(QNetworkRequest::CacheSaveControlAttribute, false);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::NoLessSafeRedirectPolicy);
    return request;
}

qint64 readBufferFor(qint64 base, qint64 rate)
{
    if (rate <= 0)
        return base;
    constexpr qint64 Floor = 16 * 1024;
    return std::clamp<qint64>(rate / 4, Floor, qMax(base, Floor));
}

QByteArray takeBytes(QNetworkReply *reply, qint64 max)
{
    return reply->read(qMin(max, reply->bytesAvailable()));
}

Failure transportFailureOf(const QNetworkReply *reply)
{
    const auto error = reply ? reply->error() : QNetworkReply::UnknownNetworkError;
    const QString text = reply ? reply->errorString() : QCoreApplication::translate("Haul::Download", "no reply");
    if (error == QNetworkReply::SslHandshakeFailedError)
        return Failure::make(ErrorKind::Tls, text);
    Failure f = Failure::make(ErrorKind::Transport, text);
    f.transient = isConnectionClass(error);
    return f;
}

int statusOf(const QNetworkReply *reply)
{
    return reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
}

bool hasFinalHead(const QNetworkReply *reply)
{
    const int status = statusOf(reply);
    if (status == 0)
        return false;
    return !(status >= 300 && status < 400 && reply->hasRawHeader("Location") && !reply->isFinished());
}

HttpHeaders headersOf(const QNetworkReply *reply)
{
    HttpHeaders h;
    for (const auto &pair : reply->rawHeaderPairs())
        h.append(pair.first, pair.second);
    return h;
}

} // namespace Haul
