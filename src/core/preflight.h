// SPDX-License-Identifier: MIT
#pragma once

#include "failure.h"

#include <QString>
#include <QUrl>
#include <optional>

namespace Haul {

// Destination preflight (spec §9.1) with the recommended fixes of §13 G16:
// the longest sidecar is ".part.ctrl.tmp" and POSIX paths must stay below
// PATH_MAX (which counts the terminating NUL).
struct PathLimits
{
    qint64 nameMax = -1; // -1: ask the file system (pathconf / GetVolumeInformation)
    qint64 pathMax = -1;
};

inline constexpr QStringView LongestSidecarSuffix = u".part.ctrl.tmp";

// nullopt when dest is usable; otherwise a Destination failure with the reason.
std::optional<Failure> checkDestinationPath(const QString &dest, PathLimits limits = {});

// Also checks that the folder exists or can be created and is writable.
std::optional<Failure> checkDestinationUsable(const QString &dest, PathLimits limits = {});

// §9.2: http or https with a host. Unlike pyhaul, an empty URL is an error too.
std::optional<Failure> checkUrl(const QUrl &url);

} // namespace Haul
