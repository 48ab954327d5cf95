// SPDX-License-Identifier: MIT
#pragma once

#include "testfault.h"

#include <QByteArray>
#include <QString>

namespace Haul::Test {

// One request as TestServer received it, plus what it answered.
struct RecordedRequest
{
    QByteArray method;   // "GET", "HEAD", ...
    QByteArray target;   // raw request target, e.g. "/a%20b?x=1"
    QString path;        // percent-decoded path without the query, e.g. "/a b"
    QByteArray version;  // "HTTP/1.1"
    HeaderList headers;  // in arrival order, names as sent
    QByteArray body;     // request body (Content-Length only)
    int connectionId = -1;        // TestServer-wide number of the TCP connection
    int indexOnConnection = 0;    // 0 for the first request on a connection
    int responseStatus = 0;       // status sent (0 until the head is sent)

    // Case-insensitive lookup; repeated fields are joined with ", ".
    // Returns a null QByteArray when absent.
    QByteArray header(QByteArrayView name) const;
    bool hasHeader(QByteArrayView name) const;
};

} // namespace Haul::Test
