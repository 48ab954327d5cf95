// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>

namespace Haul::Test {

// What TestServer serves at one path. Header fields hold raw header text
// exactly as sent; an empty value omits the header. The body is implicitly
// shared, so a 200 MiB resource is never copied per request.
struct Resource
{
    QByteArray body{};
    QByteArray etag{};             // e.g. "\"v1\"" or "W/\"v1\""
    QByteArray lastModified{};     // e.g. "Tue, 15 Nov 1994 08:12:31 GMT"
    QByteArray contentType = "application/octet-stream";
    QByteArray contentDisposition{}; // e.g. "attachment; filename=\"a.bin\""
    bool rangeSupported = true;    // false: Range is ignored, Accept-Ranges: none
};

} // namespace Haul::Test
