// SPDX-License-Identifier: MIT
// The token bucket behind --limit-rate, on explicit timestamps.
#include "ratelimiter.h"

#include <QTest>
#include <limits>

using Haul::RateLimiter;

class TestRateLimiter : public QObject
{
    Q_OBJECT

private slots:
    void unlimited()
    {
        RateLimiter r;
        QVERIFY(!r.isLimited());
        QCOMPARE(r.available(0), std::numeric_limits<qint64>::max());
        r.consume(1 << 30, 0);
        QCOMPARE(r.msUntil(1 << 20, 0), 0);
    }

    // Starts with a tenth of a second of burst, then refills at the rate.
    void burstThenRate()
    {
        RateLimiter r(1000 * 1000);
        QCOMPARE(r.available(0), 100 * 1000);
        r.consume(100 * 1000, 0);
        QCOMPARE(r.available(0), 0);
        QCOMPARE(r.available(50), 50 * 1000);
        QCOMPARE(r.available(1000), 100 * 1000); // capped at the burst
    }

    // Over ten simulated seconds, a reader that takes all it may gets the rate to within 1 %.
    void holdsTheRate_data()
    {
        QTest::addColumn<qint64>("rate");
        QTest::addColumn<int>("tickMs");
        QTest::newRow("1 MB/s, 1 ms ticks") << qint64(1000 * 1000) << 1;
        QTest::newRow("20 MB/s, 7 ms ticks") << qint64(20 * 1000 * 1000) << 7;
        QTest::newRow("50 kB/s, 30 ms ticks") << qint64(50 * 1000) << 30;
    }
    void holdsTheRate()
    {
        QFETCH(qint64, rate);
        QFETCH(int, tickMs);
        RateLimiter r(rate);
        qint64 taken = r.available(0);
        r.consume(taken, 0);
        taken = 0; // the initial burst aside
        for (qint64 t = tickMs; t <= 10000; t += tickMs) {
            const qint64 n = r.available(t);
            r.consume(n, t);
            taken += n;
        }
        const double expected = double(rate) * 10.0;
        QVERIFY2(qAbs(double(taken) - expected) <= expected * 0.01,
                 qPrintable(QStringLiteral("%1 of %2").arg(taken).arg(expected)));
    }

    // A read larger than the tokens leaves a debt that delays the next one.
    void debtAndWait()
    {
        RateLimiter r(100 * 1000); // burst: 16 KiB minimum
        QCOMPARE(r.available(0), 16 * 1024);
        r.consume(66 * 1024, 0);
        QVERIFY(r.available(0) <= 0);
        const qint64 wait = r.msUntil(16 * 1024, 0);
        QVERIFY2(wait >= 600 && wait <= 700, qPrintable(QString::number(wait))); // (66 KiB) / 100 kB/s
        QVERIFY(r.available(wait) >= 16 * 1024 - 200);
    }

    void changingTheRate()
    {
        RateLimiter r(1000);
        r.setRate(0);
        QVERIFY(!r.isLimited());
        r.setRate(2000 * 1000);
        QCOMPARE(r.available(0), 200 * 1000);
    }
};

QTEST_GUILESS_MAIN(TestRateLimiter)
#include "tst_ratelimiter.moc"
