// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <optional>

namespace Haul {

// An ordered, case-insensitive list of raw HTTP header fields (names and values
// as bytes; values are Latin-1 on the wire).
class HttpHeaders
{
public:
    using Field = QPair<QByteArray, QByteArray>;

    HttpHeaders() = default;
    HttpHeaders(std::initializer_list<Field> fields) : m_fields(fields) { }

    // First occurrence, trimmed (spec §4.1); nullopt when absent.
    std::optional<QByteArray> value(QByteArrayView name) const;
    bool contains(QByteArrayView name) const { return value(name).has_value(); }

    void append(const QByteArray &name, const QByteArray &value) { m_fields.append({name, value}); }
    // Removes every field of that name, then appends one.
    void set(const QByteArray &name, const QByteArray &value);
    void remove(QByteArrayView name);

    const QList<Field> &fields() const { return m_fields; }
    bool isEmpty() const { return m_fields.isEmpty(); }
    qsizetype size() const { return m_fields.size(); }

private:
    QList<Field> m_fields;
};

} // namespace Haul
