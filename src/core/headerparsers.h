// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArrayView>
#include <QDateTime>
#include <optional>

namespace Haul {

// Content-Length per spec §4.4: comma lists of one distinct value are accepted,
// anything else is "unknown" (nullopt). ASCII digits only.
std::optional<quint64> parseContentLength(QByteArrayView value);

// Retry-After per spec §8.5, in seconds relative to now: an HTTP date (IMF-fixdate,
// RFC 850 with two-digit years, asctime, RFC 2822 with numeric or named US zones,
// no weekday, no zone = UTC; past dates give 0) or a plain count of ASCII digits.
// nullopt when absent or unparseable. Values beyond double precision are kept as double.
std::optional<double> parseRetryAfter(QByteArrayView value, const QDateTime &now);

} // namespace Haul
