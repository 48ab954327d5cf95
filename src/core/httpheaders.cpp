// SPDX-License-Identifier: MIT
#include "httpheaders.h"

namespace Haul {

namespace {

// §4.1: names compare case-insensitively and ignoring surrounding whitespace.
bool sameName(QByteArrayView a, QByteArrayView b)
{
    return a.trimmed().compare(b.trimmed(), Qt::CaseInsensitive) == 0;
}

} // namespace

std::optional<QByteArray> HttpHeaders::value(QByteArrayView name) const
{
    // §4.1: the first occurrence wins.
    for (const Field &field : m_fields) {
        if (sameName(field.first, name))
            return field.second.trimmed();
    }
    return std::nullopt;
}

void HttpHeaders::set(const QByteArray &name, const QByteArray &value)
{
    remove(name);
    append(name, value);
}

void HttpHeaders::remove(QByteArrayView name)
{
    m_fields.removeIf([name](const Field &field) { return sameName(field.first, name); });
}

} // namespace Haul
