// SPDX-License-Identifier: MIT
#include "recordedrequest.h"

namespace Haul::Test {

QByteArray RecordedRequest::header(QByteArrayView name) const
{
    QByteArray result;
    bool found = false;
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) != 0)
            continue;
        if (found)
            result += ", ";
        result += value;
        found = true;
    }
    if (found && result.isNull())
        result = QByteArray(""); // present but empty: distinguishable from absent
    return result;
}

bool RecordedRequest::hasHeader(QByteArrayView name) const
{
    for (const auto &header : headers) {
        if (header.first.compare(name, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

} // namespace Haul::Test
