// SPDX-License-Identifier: MIT
#pragma once

#include "failure.h"
#include "httpheaders.h"

#include <QNetworkRequest>
#include <QUrl>

class QNetworkReply;

namespace Haul {

// What every request of the adapter shares, single or segmented.

// A GET with exactly these headers: no cache, raw bytes, safe redirects only.
QNetworkRequest rawRequest(const QUrl &url, const HttpHeaders &headers);
// How much Qt may buffer for one reply: `base`, less when a rate limit applies
// (`rate` bytes per second, 0: none) so that the socket feels the limit sooner.
qint64 readBufferFor(qint64 base, qint64 rate);
// The failure a finished reply's network error means (TLS, transient or not).
Failure transportFailureOf(const QNetworkReply *reply);
// The response head, once it is the final one (not a redirect Qt will follow).
bool hasFinalHead(const QNetworkReply *reply);
// At most `max` buffered body bytes. When they are one chunk of Qt's buffer, that
// chunk itself is handed over; readAll() would copy it.
QByteArray takeBytes(QNetworkReply *reply, qint64 max);
int statusOf(const QNetworkReply *reply);
HttpHeaders headersOf(const QNetworkReply *reply);

} // namespace Haul
