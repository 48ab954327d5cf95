// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArrayView>
#include <optional>

namespace Haul {

// A parsed Content-Range value, spec §4.3.
struct ContentRange
{
    bool unsatisfied = false;       // "bytes */total"
    quint64 first = 0;              // satisfied form only
    quint64 last = 0;               // satisfied form only
    std::optional<quint64> total;   // nullopt for "*"

    quint64 length() const { return unsatisfied ? 0 : last - first + 1; }

    // nullopt on a parse error. Deviations from pyhaul (§13 G13): the unit is
    // matched case-insensitively; ASCII digits only and values must fit in 64
    // bits. With allowZeroTotal, "bytes */0" parses (an empty resource) instead
    // of being an error.
    static std::optional<ContentRange> parse(QByteArrayView value, bool allowZeroTotal = false);
};

} // namespace Haul
