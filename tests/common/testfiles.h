// SPDX-License-Identifier: MIT
#pragma once

// The file helpers every test wants: whole files in, whole files out.

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QString>

namespace Haul::Test {

// The file's bytes; empty when it cannot be read (tests compare, so no error).
inline QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// Replaces the file's contents with data, creating missing folders first.
// False if anything failed; callers wrap it in QVERIFY.
inline bool writeFile(const QString &path, const QByteArray &data)
{
    QFile file(path);
    return QDir().mkpath(QFileInfo(path).absolutePath()) && file.open(QIODevice::WriteOnly | QIODevice::Truncate)
        && file.write(data) == data.size();
}

} // namespace Haul::Test
