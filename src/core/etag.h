// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QStringView>

namespace Haul {

// An HTTP entity tag as parsed by spec §4.2; canonical text per §2.3.1.
// A malformed header value parses as an absent tag, never as an error.
class ETag
{
public:
    ETag() = default;

    static ETag parse(QStringView value);
    static ETag strong(const QString &opaque);
    static ETag weak(const QString &opaque);
    static ETag wildcard();

    bool isPresent() const { return m_kind != Kind::Absent; }
    bool isWeak() const { return m_kind == Kind::Weak; }
    bool isStrong() const { return m_kind == Kind::Strong; }
    bool isWildcard() const { return m_kind == Kind::Wildcard; }
    QString opaque() const { return m_opaque; }

    // Present, strong and not the wildcard: may guard a byte range (If-Range).
    bool usableForRange() const { return m_kind == Kind::Strong; }

    // "o" / W/"o" / * with \ and " escaped; empty when absent.
    QString canonical() const;

    // RFC 9110 comparisons: strong needs both strong and equal opaque;
    // weak ignores the weak flag but never matches the wildcard or absent.
    bool strongMatch(const ETag &other) const;
    bool weakMatch(const ETag &other) const;

    // Same opaque, weak flag and wildcard flag.
    bool operator==(const ETag &other) const = default;

private:
    enum class Kind { Absent, Strong, Weak, Wildcard };
    ETag(Kind kind, QString opaque) : m_kind(kind), m_opaque(std::move(opaque)) { }

    Kind m_kind = Kind::Absent;
    QString m_opaque;
};

} // namespace Haul
