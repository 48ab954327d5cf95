// SPDX-License-Identifier: MIT
// QueueStore: every field round-trips (connections: 0 for the default, old rows' 1
// kept, nonsense read as the default), order, coalesced saves, removal wins over a pending
// save, max id survives, v1 → v2 migration, damaged/too-new files moved aside intact,
// unusable paths degrade to a memory-less queue, several stores per process, WAL.
#include "queuestore.h"
#include "testfiles.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

namespace Haul {

// QCOMPARE prints this (found by ADL) when two items differ.
char *toString(const QueueItem &item)
{
    auto date = [](const QDateTime &t) {
        return t.isValid() ? t.toString(Qt::ISODateWithMs) + QStringLiteral(" (spec %1)").arg(int(t.timeSpec()))
                           : QStringLiteral("-");
    };
    QStringList history;
    for (const AttemptRecord &r : item.history) {
        const QStringList parts = {date(r.startedAt), QString::number(r.httpStatus), QString::number(r.bytes),
                                   r.outcome};
        history << QLatin1Char('{') + parts.join(u' ') + QLatin1Char('}');
    }
    // Appended, not arg()'d: the values hold '%' (encoded URLs).
    const QStringList fields = {
        QStringLiteral("id=") + QString::number(item.id),
        QStringLiteral("url=") + item.url.toString(QUrl::FullyEncoded),
        QStringLiteral("folder=") + item.folder,
        QStringLiteral("fileName=") + item.fileName,
        QStringLiteral("state=") + QString::number(int(item.state)),
        QStringLiteral("expectedSha256=") + QString::fromLatin1(item.expectedSha256),
        QStringLiteral("rateLimit=") + QString::number(item.rateLimit),
        QStringLiteral("connections=") + QString::number(item.connections),
        QStringLiteral("bytesDone=") + QString::number(item.bytesDone),
        QStringLiteral("highWater=") + QString::number(item.highWater),
        QStringLiteral("total=") + QString::number(item.total),
        QStringLiteral("bytesPerSecond=") + QString::number(item.bytesPerSecond),
        QStringLiteral("attempts=") + QString::number(item.attempts),
        QStringLiteral("nextRetryAt=") + date(item.nextRetryAt),
        QStringLiteral("sha256=") + QString::fromLatin1(item.sha256),
        QStringLiteral("treeHash=") + item.treeHash,
        QStringLiteral("verified=") + QString::number(int(item.verified)),
        QStringLiteral("error=") + item.error,
        QStringLiteral("errorKind=") + QString::number(item.errorKind),
        QStringLiteral("etag=") + QString::fromLatin1(item.etag.toHex()),
        QStringLiteral("lastModified=") + QString::fromLatin1(item.lastModified.toHex()),
        QStringLiteral("addedAt=") + date(item.addedAt),
        QStringLiteral("finishedAt=") + date(item.finishedAt),
        QStringLiteral("history=[") + history.join(u' ') + QLatin1Char(']'),
    };
    return qstrdup(fields.join(u' ').toUtf8().constData());
}

} // namespace Haul

using namespace Haul;
using Haul::Test::readFile;
using Haul::Test::writeFile;

namespace {

QDateTime utc(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC); // QTimeZone::UTC is 6.5+
}

// Every field set, to values that catch truncation (> 32 bits), lost NULs, lost
// milliseconds and encoding slips.
QueueItem fullItem(int id)
{
    QueueItem item;
    item.id = id;
    item.url = QUrl(QStringLiteral("https://bücher.example/dir/file name %1.iso?x=1&y=ü#part").arg(id));
    item.folder = QStringLiteral("/home/zoë/Downloads/%1").arg(id);
    item.fileName = QStringLiteral("file \"%1\" ü.iso").arg(id);
    item.state = QueueItem::State(id % 8);
    item.expectedSha256 = QByteArray("0123456789abcdef").repeated(4);
    item.rateLimit = 1'000'000 + id;
    item.connections = 1 + id % 16; // never 0, the default
    item.bytesDone = 5'000'000'000ULL + quint64(id);
    item.highWater = 6'000'000'000ULL + quint64(id);
    item.total = 7'000'000'000LL + id;
    item.bytesPerSecond = 0; // not persisted
    item.attempts = 3 + id;
    item.nextRetryAt = utc(1'700'000'000'123LL + id);
    item.sha256 = QByteArray("fedcba9876543210").repeated(4);
    item.treeHash = QStringLiteral("tree:sha256:%1").arg(id);
    item.verified = true;
    item.error = QStringLiteral("Connection reset — retrying (%1)").arg(id);
    item.errorKind = 4;
    item.etag = QByteArray("W/\"abc\0\xff", 9) + QByteArray::number(id);
    item.lastModified = QByteArrayLiteral("Wed, 21 Oct 2015 07:28:00 GMT");
    item.addedAt = utc(1'600'000'000'001LL + id);
    item.finishedAt = utc(1'600'000'999'999LL + id);
    item.history = {
        {utc(1'600'000'000'500LL), 200, 4'294'967'296ULL + 7, QStringLiteral("Server closed the connection")},
        {utc(1'600'000'100'042LL), 206, 12, QStringLiteral("\"quoted\", ünïcode, {json: [1]}")},
        {QDateTime(), 0, 0, QString()},
        {utc(1'600'000'200'999LL), 206, 9'000'000'000ULL, QStringLiteral("complete")},
    };
    return item;
}

QueueItem simpleItem(int id, quint64 bytesDone = 0)
{
    QueueItem item;
    item.id = id;
    item.url = QUrl(QStringLiteral("http://example.org/%1").arg(id));
    item.folder = QStringLiteral("/tmp");
    item.bytesDone = bytesDone;
    return item;
}

QList<int> idsOf(const QList<QueueItem> &items)
{
    QList<int> ids;
    for (const QueueItem &item : items)
        ids << item.id;
    return ids;
}

struct Opened
{
    bool ok = false;
    QList<QueueItem> items;
    int maxId = -1;
    QStringList problems;
};

// Opens and waits for loaded(), collecting the problems reported before it.
Opened openAndWait(QueueStore &store, const QString &path)
{
    QSignalSpy loaded(&store, &QueueStore::loaded);
    QSignalSpy problem(&store, &QueueStore::problem);
    store.open(path);
    Opened r;
    r.ok = QTest::qWaitFor([&] { return loaded.count() > 0; }, 60000);
    if (!r.ok)
        return r;
    r.items = loaded.at(0).at(0).value<QList<QueueItem>>();
    r.maxId = loaded.at(0).at(1).toInt();
    for (const QList<QVariant> &args : std::as_const(problem))
        r.problems << args.at(0).toString();
    return r;
}

// A fresh store on path, opened and closed again: what the next start of the app sees.
Opened reload(const QString &path)
{
    QueueStore store;
    return openAndWait(store, path);
}

// Commits everything posted and delivers the resulting signals (they are queued to us).
void settle(QueueStore &store)
{
    store.flush();
    QCoreApplication::sendPostedEvents(&store, QEvent::MetaCall);
}

// A second, independent connection: how the tests look at the file behind the store's back.
class RawDb
{
public:
    explicit RawDb(const QString &path) : m_name(QStringLiteral("tst-raw-%1").arg(++s_count))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        m_open = db.open();
    }
    ~RawDb()
    {
        QSqlDatabase::database(m_name, false).close();
        QSqlDatabase::removeDatabase(m_name);
    }
    bool isOpen() const { return m_open; }
    QSqlDatabase database() const { return QSqlDatabase::database(m_name, false); }
    bool exec(const QString &sql) const
    {
        QSqlQuery q(QSqlDatabase::database(m_name, false));
        if (q.exec(sql))
            return true;
        qWarning() << sql << q.lastError().text();
        return false;
    }
    QVariant value(const QString &sql) const
    {
        QSqlQuery q(QSqlDatabase::database(m_name, false));
        if (q.exec(sql) && q.next())
            return q.value(0);
        qWarning() << sql << q.lastError().text();
        return {};
    }

private:
    static inline int s_count = 0;
    QString m_name;
    bool m_open = false;
};

QStringList asideFiles(const QString &folder, const QString &name)
{
    return QDir(folder).entryList({name + QStringLiteral(".corrupt-*")}, QDir::Files, QDir::Name);
}

} // namespace

class TestQueueStore : public QObject
{
    Q_OBJECT

private slots:
    void roundTripsEveryField()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("nested/folder/queue.db")); // folders are created
        QueueItem minimal;
        minimal.id = 3;
        minimal.url = QUrl(QStringLiteral("ftp://example.org/x"));
        QList<QueueItem> items = {fullItem(1), fullItem(2), minimal};
        {
            QueueStore store;
            const Opened first = openAndWait(store, path);
            QVERIFY(first.ok);
            QVERIFY(first.problems.isEmpty());
            QVERIFY(first.items.isEmpty());
            QCOMPARE(first.maxId, 0);
            QList<QueueItem> sent = items;
            sent[0].bytesPerSecond = 1234.5; // not persisted: comes back 0
            store.addItems(sent);
        }
        Opened r = reload(path);
        QVERIFY(r.ok);
        QVERIFY2(r.problems.isEmpty(), qPrintable(r.problems.join(u'\n')));
        QCOMPARE(r.items, items);
        QCOMPARE(r.maxId, 3);

        // The stored form is the documented one.
        {
            RawDb raw(path);
            QVERIFY(raw.isOpen());
            QCOMPARE(raw.value(QStringLiteral("SELECT url FROM items WHERE id = 1")).toString(),
                     items.at(0).url.toString(QUrl::FullyEncoded));
            QCOMPARE(raw.value(QStringLiteral("SELECT next_retry_at FROM items WHERE id = 1")).toLongLong(),
                     items.at(0).nextRetryAt.toMSecsSinceEpoch());
            QVERIFY(raw.value(QStringLiteral("SELECT next_retry_at FROM items WHERE id = 3")).isNull());
            QCOMPARE(raw.value(QStringLiteral("SELECT connections FROM items WHERE id = 2")).toInt(), 3);
            QCOMPARE(raw.value(QStringLiteral("SELECT connections FROM items WHERE id = 3")).toInt(), 0); // the default
            QCOMPARE(raw.value(QStringLiteral("SELECT typeof(etag) FROM items WHERE id = 1")).toString(),
                     QStringLiteral("blob"));
            const QString history = raw.value(QStringLiteral("SELECT history FROM items WHERE id = 1")).toString();
            QVERIFY2(history.startsWith(QStringLiteral("[{")), qPrintable(history));
            QVERIFY2(history.contains(QStringLiteral("\"t\":\"2020-09-13T12:26:40.500Z\"")), qPrintable(history));
        }

        // The coalesced path stores the same fields.
        items[1] = fullItem(2);
        items[1].state = QueueItem::State::Complete;
        items[1].history.removeLast();
        items[1].bytesDone = 1;
        items[2] = fullItem(7);
        items[2].id = 3;
        {
            QueueStore store;
            QVERIFY(openAndWait(store, path).ok);
            store.saveItem(items.at(1));
            store.saveItem(items.at(2));
        }
        r = reload(path);
        QVERIFY(r.ok);
        QCOMPARE(r.items, items);
    }

    void keepsOrderAndSavesNewOrder()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("queue.db"));
        {
            QueueStore store;
            QVERIFY(openAndWait(store, path).ok);
            store.addItems({simpleItem(3), simpleItem(1), simpleItem(2)});
            store.addItems({simpleItem(7)});
        }
        QCOMPARE(idsOf(reload(path).items), QList<int>({3, 1, 2, 7}));
        {
            QueueStore store;
            QVERIFY(openAndWait(store, path).ok);
            store.saveOrder({2, 7, 3, 1});
        }
        QCOMPARE(idsOf(reload(path).items), QList<int>({2, 7, 3, 1}));
        {
            QueueStore store;
            QVERIFY(openAndWait(store, path).ok);
            store.addItems({simpleItem(5)});        // new: last
            store.addItems({simpleItem(3, 4096)});  // replaced: keeps its place
            store.saveItem(simpleItem(6));          // a save of an unknown id adds it, last
        }
        const Opened r = reload(path);
        QCOMPARE(idsOf(r.items), QList<int>({2, 7, 3, 1, 5, 6}));
        QCOMPARE(r.items.at(2).bytesDone, quint64(4096));
    }

    void coalescesSavesPerId()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("queue.db"));
        QueueStore store;
        store.setBatchIntervalMs(60 * 60 * 1000); // only flush() commits the batch here
        QVERIFY(openAndWait(store, path).ok);
        QSignalSpy committed(&store, &QueueStore::committed);
        store.addItems({simpleItem(1), simpleItem(2)});
        const int calls = 100;
        for (int i = 1; i <= calls; ++i) {
            store.saveItem(simpleItem(1, quint64(i)));
            store.saveItem(simpleItem(2, quint64(1000 + i)));
        }
        settle(store);
        QCOMPARE(committed.count(), 2); // the add, then one batch for all 200 saves
        RawDb raw(path);
        QCOMPARE(raw.value(QStringLiteral("SELECT COUNT(*) FROM items")).toInt(), 2);
        QCOMPARE(raw.value(QStringLiteral("SELECT bytes_done FROM items WHERE id = 1")).toInt(), calls);
        QCOMPARE(raw.value(QStringLiteral("SELECT bytes_done FROM items WHERE id = 2")).toInt(), 1000 + calls);
    }

    void batchCommitsOnItsOwn()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("queue.db"));
        QueueStore store; // the default interval
        QVERIFY(openAndWait(store, path).ok);
        QSignalSpy committed(&store, &QueueStore::committed);
        store.addItems({simpleItem(1)});
        store.saveItem(simpleItem(1, 77));
        QTRY_COMPARE(committed.count(), 2); // no flush(): the worker's timer commits
        RawDb raw(path);
        QCOMPARE(raw.value(QStringLiteral("SELECT bytes_done FROM items WHERE id = 1")).toInt(), 77);
    }

    void removalIsNotUndoneByPendingSave()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("queue.db"));
        {
            QueueStore store;
            store.setBatchIntervalMs(60 * 60 * 1000);
            QVERIFY(openAndWait(store, path).ok);
            store.addItems({simpleItem(1), simpleItem(2)});
            store.saveItem(simpleItem(1, 500)); // still pending when the removal arrives
            store.saveItem(simpleItem(2, 600));
            store.removeItems({1});
            settle(store);
            RawDb raw(path);
            QCOMPARE(raw.value(QStringLiteral("SELECT COUNT(*) FROM items WHERE id = 1")).toInt(), 0);
        }
        const Opened r = reload(path);
        QCOMPARE(idsOf(r.items), QList<int>({2}));
        QCOMPARE(r.items.at(0).bytesDone, quint64(600));
    }

    void laterAddWinsOverPendingSave()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("queue.db"));
        QueueStore store;
        store.setBatchIntervalMs(60 * 60 * 1000);
        QVERIFY(openAndWait(store, path).ok);
        store.addItems({simpleItem(1)});
        store.saveItem(simpleItem(1, 5)); // older than the add below: must not overwrite it
        store.addItems({simpleItem(1, 9)});
        settle(store);
        RawDb raw(path);
        QCOMPARE(raw.value(QStringLiteral("SELECT bytes_done FROM items WHERE id = 1")).toInt(), 9);
    }

    void maxIdSurvivesRemovingLastItem()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("queue.db"));
        {
            QueueStore store;
            QVERIFY(openAndWait(store, path).ok);
            store.addItems({simpleItem(4), simpleItem(9)});
            store.removeItems({4, 9});
        }
        Opened r = reload(path);
        QVERIFY(r.items.isEmpty());
        QCOMPARE(r.maxId, 9);
        {
            QueueStore store;
            QVERIFY(openAndWait(store, path).ok);
            store.saveItem(simpleItem(2)); // a lower id does not lower it
            store.flush();
            store.removeItems({2});
        }
        r = reload(path);
        QVERIFY(r.items.isEmpty());
        QCOMPARE(r.maxId, 9);
    }

    void migratesFromVersion1()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("queue.db"));
        QueueItem a = fullItem(12);
        a.rateLimit = 0; // no such column before v3
        a.connections = 0; // v4: rows from before follow the settings
        QueueItem b = simpleItem(5);
        b.total = -1;
        b.connections = 0;
        {
            // Version 1 exactly as it shipped, written by hand: the test pins the old format.
            RawDb raw(path);
            QVERIFY(raw.isOpen());
            QVERIFY(raw.exec(QStringLiteral(
                "CREATE TABLE items (id INTEGER PRIMARY KEY NOT NULL, position INTEGER NOT NULL, url TEXT NOT NULL,"
                " folder TEXT, file_name TEXT, state INTEGER NOT NULL DEFAULT 0, expected_sha256 TEXT,"
                " bytes_done INTEGER NOT NULL DEFAULT 0, high_water INTEGER NOT NULL DEFAULT 0,"
                " total INTEGER NOT NULL DEFAULT -1, attempts INTEGER NOT NULL DEFAULT 0, next_retry_at INTEGER,"
                " sha256 TEXT, tree_hash TEXT, verified INTEGER NOT NULL DEFAULT 0, error TEXT,"
                " error_kind INTEGER NOT NULL DEFAULT 0, etag BLOB, last_modified BLOB, added_at INTEGER,"
                " finished_at INTEGER, history TEXT NOT NULL DEFAULT '[]')")));
            QSqlQuery q(raw.database());
            QVERIFY(q.prepare(QStringLiteral(
                "INSERT INTO items (id, position, url, folder, file_name, state, expected_sha256, bytes_done,"
                " high_water, total, attempts, next_retry_at, sha256, tree_hash, verified, error, error_kind, etag,"
                " last_modified, added_at, finished_at, history) VALUES"
                " (?, 0, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")));
            const QVariantList values = {
                a.id,
                a.url.toString(QUrl::FullyEncoded),
                a.folder,
                a.fileName,
                int(a.state),
                QString::fromLatin1(a.expectedSha256),
                qint64(a.bytesDone),
                qint64(a.highWater),
                a.total,
                a.attempts,
                a.nextRetryAt.toMSecsSinceEpoch(),
                QString::fromLatin1(a.sha256),
                a.treeHash,
                1,
                a.error,
                a.errorKind,
                a.etag,
                a.lastModified,
                a.addedAt.toMSecsSinceEpoch(),
                a.finishedAt.toMSecsSinceEpoch(),
                QStringLiteral("[{\"t\":\"2020-09-13T12:26:40.500Z\",\"status\":200,\"bytes\":4294967303,"
                               "\"outcome\":\"Server closed the connection\"},"
                               "{\"t\":\"2020-09-13T12:28:20.042Z\",\"status\":206,\"bytes\":12,"
                               "\"outcome\":\"\\\"quoted\\\", ünïcode, {json: [1]}\"},"
                               "{\"t\":null,\"status\":0,\"bytes\":0,\"outcome\":\"\"},"
                               "{\"t\":\"2020-09-13T12:30:00.999Z\",\"status\":206,\"bytes\":9000000000,"
                               "\"outcome\":\"complete\"}]"),
            };
            for (int i = 0; i < values.size(); ++i)
                q.bindValue(i, values.at(i));
            QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
            q.finish();
            // The second row leaves the optional columns out, as v1 allowed.
            QVERIFY(raw.exec(QStringLiteral(
                "INSERT INTO items (id, position, url, folder) VALUES (5, 1, 'http://example.org/5', '/tmp')")));
            QVERIFY(raw.exec(QStringLiteral("PRAGMA user_version = 1")));
        }

        {
            QueueStore store;
            const Opened r = openAndWait(store, path);
            QVERIFY(r.ok);
            QVERIFY2(r.problems.isEmpty(), qPrintable(r.problems.join(u'\n')));
            QCOMPARE(r.items, QList<QueueItem>({a, b}));
            QCOMPARE(r.maxId, 12);
            store.addItems({simpleItem(13)}); // the migrated file takes writes
        }
        RawDb raw(path);
        QCOMPARE(raw.value(QStringLiteral("PRAGMA user_version")).toInt(), QueueStore::SchemaVersion);
        QCOMPARE(raw.value(QStringLiteral("SELECT COUNT(*) FROM items WHERE connections = 0")).toInt(), 3); // v2, v4
        QCOMPARE(raw.value(QStringLiteral("SELECT COUNT(*) FROM items WHERE rate_limit = 0")).toInt(), 3); // v3
        QCOMPARE(raw.value(QStringLiteral("SELECT value FROM meta WHERE key = 'max_id'")).toInt(), 13);
        QCOMPARE(idsOf(reload(path).items), QList<int>({12, 5, 13}));
    }

    void committedItemsSurviveCrash()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("queue.db"));
        const QString copy = dir.filePath(QStringLiteral("crashed.db"));
        QueueStore store;
        QVERIFY(openAndWait(store, path).ok);
        store.addItems({fullItem(1), fullItem(2)});
        store.saveItem(simpleItem(2, 42));
        settle(store);
        // The files as a crash right now would leave them: the commits are still only in the log.
        QVERIFY(QFileInfo(path + QStringLiteral("-wal")).size() > 0);
        QVERIFY(QFile::copy(path, copy));
        QVERIFY(QFile::copy(path + QStringLiteral("-wal"), copy + QStringLiteral("-wal")));
        const Opened r = reload(copy);
        QVERIFY(r.ok);
        QVERIFY(r.problems.isEmpty());
        QCOMPARE(r.items, QList<QueueItem>({fullItem(1), simpleItem(2, 42)}));
    }

    void movesDamagedDatabaseAside_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::newRow("random bytes") << QStringLiteral("random");
        QTest::newRow("truncated database") << QStringLiteral("truncated");
        QTest::newRow("text file") << QStringLiteral("text");
    }

    void movesDamagedDatabaseAside()
    {
        QFETCH(QString, kind);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("queue.db"));
        if (kind == u"random") {
            QRandomGenerator random(20240601);
            QByteArray bytes(64 * 1024, Qt::Uninitialized);
            random.fillRange(reinterpret_cast<quint32 *>(bytes.data()), bytes.size() / 4);
            QVERIFY(writeFile(path, bytes));
            // Its log files are part of it and go along.
            QVERIFY(writeFile(path + QStringLiteral("-wal"), QByteArrayLiteral("not a log")));
            QVERIFY(writeFile(path + QStringLiteral("-shm"), QByteArrayLiteral("not an index")));
        } else if (kind == u"truncated") {
            {
                QueueStore store;
                QVERIFY(openAndWait(store, path).ok);
                QList<QueueItem> items;
                for (int id = 1; id <= 2000; ++id)
                    items << fullItem(id);
                store.addItems(items);
            }
            QFile f(path);
            QVERIFY(f.size() > 100 * 1024);
            QVERIFY(f.resize(f.size() / 2));
        } else {
            QVERIFY(writeFile(path, QByteArrayLiteral("url,folder\nhttp://example.org/a,/tmp\n"
                                                      "This is a list someone saved over the queue.\n")));
        }
        const QByteArray original = readFile(path);
        QVERIFY(!original.isEmpty());

        QueueStore store;
        QSignalSpy loaded(&store, &QueueStore::loaded);
        const Opened r = openAndWait(store, path);
        QVERIFY(r.ok);
        QVERIFY(r.items.isEmpty());
        QCOMPARE(r.maxId, 0);
        QCOMPARE(r.problems.size(), 1);

        const QRegularExpression name(QStringLiteral("^queue\\.db\\.corrupt-\\d{8}-\\d{6}$"));
        const QStringList aside = asideFiles(dir.path(), QStringLiteral("queue.db")).filter(name);
        QCOMPARE(aside.size(), 1);
        const QString asidePath = dir.filePath(aside.at(0));
        QCOMPARE(readFile(asidePath), original);
        QVERIFY2(r.problems.at(0).contains(QDir::toNativeSeparators(asidePath)), qPrintable(r.problems.at(0)));
        // The name says when, in UTC.
        const QDateTime stamp = QDateTime::fromString(aside.at(0).right(15), QStringLiteral("yyyyMMdd-HHmmss"));
        QVERIFY(stamp.isValid());
        QDateTime stampUtc = stamp;
        stampUtc.setTimeSpec(Qt::UTC);
        QVERIFY2(qAbs(stampUtc.secsTo(QDateTime::currentDateTimeUtc())) < 600, qPrintable(aside.at(0)));
        if (kind == u"random") {
            QCOMPARE(readFile(asidePath + QStringLiteral("-wal")), QByteArrayLiteral("not a log"));
            QVERIFY(QFile::exists(asidePath + QStringLiteral("-shm")));
        }

        // A fresh, working database took its place.
        store.addItems({simpleItem(1)});
        settle(store);
        QCOMPARE(loaded.count(), 1); // exactly once per open()
        {
            RawDb raw(path);
            QCOMPARE(raw.value(QStringLiteral("PRAGMA quick_check")).toString(), QStringLiteral("ok"));
            QCOMPARE(raw.value(QStringLiteral("PRAGMA user_version")).toInt(), QueueStore::SchemaVersion);
        }
    }

    void movesTooNewDatabaseAside()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("queue.db"));
        {
            RawDb raw(path);
            QVERIFY(raw.exec(QStringLiteral("CREATE TABLE items (id INTEGER PRIMARY KEY, future TEXT)")));
            QVERIFY(raw.exec(QStringLiteral("INSERT INTO items VALUES (1, 'from the future')")));
            QVERIFY(raw.exec(QStringLiteral("PRAGMA user_version = %1").arg(QueueStore::SchemaVersion + 1)));
        }
        const QByteArray original = readFile(path);
        QVERIFY(!original.isEmpty());

        QueueStore store;
        const Opened r = openAndWait(store, path);
        QVERIFY(r.ok);
        QVERIFY(r.items.isEmpty());
        QCOMPARE(r.maxId, 0);
        QCOMPARE(r.problems.size(), 1);
        const QStringList aside = asideFiles(dir.path(), QStringLiteral("queue.db"));
        QCOMPARE(aside.size(), 1);
        QCOMPARE(readFile(dir.filePath(aside.at(0))), original);
        QVERIFY2(r.problems.at(0).contains(QDir::toNativeSeparators(dir.filePath(aside.at(0)))),
                 qPrintable(r.problems.at(0)));
        store.addItems({simpleItem(1)});
        settle(store);
        RawDb raw(path);
        QCOMPARE(raw.value(QStringLiteral("PRAGMA user_version")).toInt(), QueueStore::SchemaVersion);
        QCOMPARE(raw.value(QStringLiteral("SELECT COUNT(*) FROM items")).toInt(), 1);
    }

    void readOnlyFolderKeepsWorkingWithoutDatabase()
    {
        QTemporaryDir dir;
        const QString folder = dir.filePath(QStringLiteral("readonly"));
        QVERIFY(QDir().mkpath(folder));
        QVERIFY(QFile::setPermissions(folder, QFile::ReadOwner | QFile::ExeOwner));
        const auto restore = qScopeGuard([&] {
            QFile::setPermissions(folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        });
        {
            QFile probe(QDir(folder).filePath(QStringLiteral("probe")));
            if (probe.open(QIODevice::WriteOnly)) {
                probe.close();
                probe.remove();
                QSKIP("The read-only folder is still writable (running as root), so this case cannot be made here; "
                      "unusablePath covers the same memory-less mode");
            }
        }
        checkMemoryless(QDir(folder).filePath(QStringLiteral("queue.db")));
    }

    void unusablePath_data()
    {
        QTest::addColumn<QString>("relative");
        QTest::newRow("folder is a file") << QStringLiteral("blocker/sub/queue.db");
        QTest::newRow("file name too long") << QString(300, u'q') + QStringLiteral(".db");
    }

    void unusablePath()
    {
        QFETCH(QString, relative);
        QTemporaryDir dir;
        QVERIFY(writeFile(dir.filePath(QStringLiteral("blocker")), "a file, not a folder"));
        checkMemoryless(dir.filePath(relative));
    }

    void skipsUnreadableRows()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("queue.db"));
        {
            QueueStore store;
            QVERIFY(openAndWait(store, path).ok);
            store.addItems({simpleItem(1), simpleItem(2), simpleItem(3), simpleItem(4)});
        }
        const QString badUrl = QStringLiteral("http://exa mple.org:99999/");
        QVERIFY(!QUrl(badUrl).isValid());
        {
            RawDb raw(path);
            QVERIFY(raw.exec(QStringLiteral("UPDATE items SET url = '%1' WHERE id = 2").arg(badUrl)));
            QVERIFY(raw.exec(QStringLiteral("UPDATE items SET state = 42 WHERE id = 3")));
            QVERIFY(raw.exec(QStringLiteral("UPDATE items SET history = '{not json' WHERE id = 4")));
        }
        const Opened r = reload(path);
        QVERIFY(r.ok);
        QVERIFY(r.problems.isEmpty());
        QCOMPARE(idsOf(r.items), QList<int>({1, 4})); // a damaged history costs only the history
        QVERIFY(r.items.at(1).history.isEmpty());
        QCOMPARE(r.maxId, 4); // the skipped rows' ids stay taken
    }

    // Every value the item can hold comes back; what it cannot is read as the queue's default.
    void connectionsRoundTrip()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("queue.db"));
        const QList<int> values = {0, 1, 2, 16};
        QList<QueueItem> items;
        for (int i = 0; i < values.size(); ++i) {
            items << simpleItem(i + 1);
            items.last().connections = values.at(i);
        }
        {
            QueueStore store;
            QVERIFY(openAndWait(store, path).ok);
            store.addItems(items);
            QueueItem changed = items.at(0);
            changed.connections = 8; // the coalesced path too
            store.saveItem(changed);
            items[0] = changed;
        }
        Opened r = reload(path);
        QVERIFY(r.ok);
        QCOMPARE(r.items, items);
        {
            RawDb raw(path);
            QVERIFY(raw.exec(QStringLiteral("UPDATE items SET connections = 99 WHERE id = 2")));
            QVERIFY(raw.exec(QStringLiteral("UPDATE items SET connections = -3 WHERE id = 3")));
            QVERIFY(raw.exec(QStringLiteral("UPDATE items SET connections = 'many' WHERE id = 4")));
        }
        r = reload(path);
        QVERIFY(r.ok);
        QCOMPARE(idsOf(r.items), QList<int>({1, 2, 3, 4})); // not reasons to drop the item
        QCOMPARE(r.items.at(0).connections, 8);
        QCOMPARE(r.items.at(1).connections, 0);
        QCOMPARE(r.items.at(2).connections, 0);
        QCOMPARE(r.items.at(3).connections, 0);
    }

    void twoStoresInOneProcess()
    {
        QTemporaryDir dir;
        const QString pathA = dir.filePath(QStringLiteral("a.db"));
        const QString pathB = dir.filePath(QStringLiteral("b.db"));
        {
            QueueStore a;
            QueueStore b;
            QVERIFY(openAndWait(a, pathA).ok);
            QVERIFY(openAndWait(b, pathB).ok);
            for (int i = 1; i <= 5; ++i) {
                a.addItems({simpleItem(i)});
                b.addItems({simpleItem(100 + i)});
                a.saveItem(simpleItem(i, quint64(i)));
                b.saveItem(simpleItem(100 + i, quint64(100 + i)));
            }
            a.flush();
            b.flush();
        }
        const Opened a = reload(pathA);
        const Opened b = reload(pathB);
        QCOMPARE(idsOf(a.items), QList<int>({1, 2, 3, 4, 5}));
        QCOMPARE(idsOf(b.items), QList<int>({101, 102, 103, 104, 105}));
        QCOMPARE(b.items.at(4).bytesDone, quint64(105));
    }

    void reopenSwitchesFiles()
    {
        QTemporaryDir dir;
        QueueStore store;
        QSignalSpy loaded(&store, &QueueStore::loaded);
        QVERIFY(openAndWait(store, dir.filePath(QStringLiteral("a.db"))).ok);
        store.setBatchIntervalMs(60 * 60 * 1000);
        store.addItems({simpleItem(1)});
        store.saveItem(simpleItem(1, 11)); // pending: goes to a.db before the switch
        const Opened b = openAndWait(store, dir.filePath(QStringLiteral("b.db")));
        QVERIFY(b.ok);
        QVERIFY(b.items.isEmpty());
        QCOMPARE(store.path(), dir.filePath(QStringLiteral("b.db")));
        settle(store);
        QCOMPARE(loaded.count(), 2);
        const Opened a = reload(dir.filePath(QStringLiteral("a.db")));
        QCOMPARE(a.items, QList<QueueItem>({simpleItem(1, 11)}));
    }

    void loadsTenThousandItems()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("queue.db"));
        const int count = 10000;
        QList<QueueItem> items;
        items.reserve(count);
        for (int id = 1; id <= count; ++id)
            items << fullItem(id);
        {
            QueueStore store;
            QVERIFY(openAndWait(store, path).ok);
            QElapsedTimer timer;
            timer.start();
            store.addItems(items);
            store.flush();
            qInfo("stored %d items in one transaction in %lld ms", count, timer.elapsed());
        }
        QueueStore store;
        QElapsedTimer timer;
        timer.start();
        const Opened r = openAndWait(store, path);
        qInfo("opened and loaded %d items in %lld ms", int(r.items.size()), timer.elapsed());
        QVERIFY(r.ok);
        QCOMPARE(r.items.size(), count);
        QCOMPARE(r.maxId, count);
        QCOMPARE(r.items.first(), items.first());
        QCOMPARE(r.items.last(), items.last());
    }

    void usesWal()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("queue.db"));
        QueueStore store;
        QVERIFY(openAndWait(store, path).ok);
        store.addItems({simpleItem(1)});
        settle(store);
        RawDb raw(path); // read while the store holds the file
        QCOMPARE(raw.value(QStringLiteral("PRAGMA journal_mode")).toString(), QStringLiteral("wal"));
        QCOMPARE(raw.value(QStringLiteral("SELECT COUNT(*) FROM items")).toInt(), 1);
    }

private:
    void checkMemoryless(const QString &path)
    {
        QueueStore store;
        QSignalSpy loaded(&store, &QueueStore::loaded);
        QSignalSpy committed(&store, &QueueStore::committed);
        const Opened r = openAndWait(store, path);
        QVERIFY(r.ok);
        QCOMPARE(r.problems.size(), 1);
        QVERIFY2(!r.problems.at(0).isEmpty(), "the problem is said in words");
        QVERIFY(r.items.isEmpty());
        QCOMPARE(r.maxId, 0);
        // Writes are dropped, nothing crashes, nothing hangs.
        store.addItems({simpleItem(1)});
        store.saveItem(simpleItem(1, 5));
        store.saveOrder({1});
        store.removeItems({1});
        settle(store);
        QCOMPARE(committed.count(), 0);
        QCOMPARE(loaded.count(), 1);
        QVERIFY(!QFile::exists(path));
    }
};

QTEST_GUILESS_MAIN(TestQueueStore)
#include "tst_queuestore.moc"
