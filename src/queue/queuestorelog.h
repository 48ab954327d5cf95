// SPDX-License-Identifier: MIT
#pragma once

#include <QLoggingCategory>

// haul.queue.store: the store's worker and its schema log under one name.
// Defined in queuestoreworker.cpp.
Q_DECLARE_LOGGING_CATEGORY(lcStore)
