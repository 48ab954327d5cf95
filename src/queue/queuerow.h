// SPDX-License-Identifier: MIT
#pragma once

#include "queueitem.h"

#include <QString>

class QSqlQuery;

namespace Haul {

// How a QueueItem is stored as one row of the items table: the columns, the SQL
// that reads and writes them, and the conversion of every field. It runs no query
// itself; QueueStoreWorker does, on its thread.
namespace QueueRow {

// The columns of one item, in the order bindItem() and readItem() use.
enum Column {
    ColId,
    ColUrl,
    ColFolder,
    ColFileName,
    ColState,
    ColExpectedSha256,
    ColBytesDone,
    ColHighWater,
    ColTotal,
    ColAttempts,
    ColNextRetryAt,
    ColSha256,
    ColTreeHash,
    ColVerified,
    ColError,
    ColErrorKind,
    ColEtag,
    ColLastModified,
    ColAddedAt,
    ColFinishedAt,
    ColHistory,
    ColRateLimit,
    ColConnections,
    ColumnCount
};

// Every item, in queue order; readItem() reads its rows.
QString selectSql();
// Inserts or replaces one item; bindItem() fills its placeholders.
QString upsertSql();

// Binds item, and position for a new row, to a prepared upsertSql() query.
void bindItem(QSqlQuery &query, const QueueItem &item, qint64 position);
// Reads the current row of a selectSql() query. False, with *why, for a row that
// cannot be an item. A damaged history is no reason: the item is read without it
// and *historyLost says so, for the log.
bool readItem(const QSqlQuery &query, QueueItem *item, QString *why, bool *historyLost);

} // namespace QueueRow

} // namespace Haul
