// SPDX-License-Identifier: MIT
#include "speedmeter.h"

#include <QTest>

using Haul::SpeedMeter;

class TestSpeedMeter : public QObject
{
    Q_OBJECT

private slots:
    void emptyMeter();
    void singleSampleHasNoRate();
    void steadyRate_data();
    void steadyRate();
    void windowSlides();
    void windowKeepsSpanAcrossGap();
    void idleDecaysToZero();
    void sameTimestampKeepsRate();
    void restartClearsHistory();
    void reset();
    void eta_data();
    void eta();
    void etaUnknownRate();
    void etaNothingRemaining();
};

void TestSpeedMeter::emptyMeter()
{
    const SpeedMeter m;
    QCOMPARE(m.bytesPerSecond(), 0.0);
    QCOMPARE(m.etaSeconds(1000), -1.0);
}

void TestSpeedMeter::singleSampleHasNoRate()
{
    SpeedMeter m;
    m.addSample(5000, 100);
    QCOMPARE(m.bytesPerSecond(), 0.0);
    QCOMPARE(m.etaSeconds(10), -1.0);
}

void TestSpeedMeter::steadyRate_data()
{
    QTest::addColumn<qint64>("windowMs");
    QTest::addColumn<qint64>("stepMs");
    QTest::addColumn<quint64>("bytesPerStep");
    QTest::addColumn<int>("steps");
    QTest::addColumn<double>("rate");

    QTest::newRow("1 KiB per 100 ms") << qint64(3000) << qint64(100) << quint64(1024) << 100 << 10240.0;
    QTest::newRow("1 MB per 250 ms, short run") << qint64(3000) << qint64(250) << quint64(1000000) << 3 << 4000000.0;
    QTest::newRow("1 byte per second") << qint64(3000) << qint64(1000) << quint64(1) << 20 << 1.0;
    QTest::newRow("small window") << qint64(200) << qint64(50) << quint64(500) << 100 << 10000.0;
    QTest::newRow("fast link, many samples") << qint64(3000) << qint64(1) << quint64(1 << 20) << 10000 << 1048576000.0;
}

void TestSpeedMeter::steadyRate()
{
    QFETCH(qint64, windowMs);
    QFETCH(qint64, stepMs);
    QFETCH(quint64, bytesPerStep);
    QFETCH(int, steps);
    QFETCH(double, rate);

    SpeedMeter m(windowMs);
    const qint64 start = 123456; // the clock's origin does not matter
    m.addSample(7, start);       // nor does the running total's
    for (int i = 1; i <= steps; ++i) {
        m.addSample(7 + quint64(i) * bytesPerStep, start + i * stepMs);
        QCOMPARE(m.bytesPerSecond(), rate);
    }
}

void TestSpeedMeter::windowSlides()
{
    SpeedMeter m(1000);
    // 1000 B/s for 2 s...
    for (qint64 t = 0; t <= 2000; t += 100)
        m.addSample(quint64(t), t);
    QCOMPARE(m.bytesPerSecond(), 1000.0);
    // ...then 4000 B/s: once a window has passed, only the new rate is seen,
    // not the 2000 B/s or so an average over the whole history would give.
    quint64 total = 2000;
    for (qint64 t = 2100; t <= 3000; t += 100) {
        total += 400;
        m.addSample(total, t);
    }
    QCOMPARE(m.bytesPerSecond(), 4000.0);

    // Halfway through the window the rate is the mix over the window: sample 2500 is
    // the newest at least a window old at 3500 (2500..3000 at 4000 B/s, 3000..3500 at 0).
    m.addSample(total, 3500);
    QCOMPARE(m.bytesPerSecond(), 2000.0);
}

void TestSpeedMeter::windowKeepsSpanAcrossGap()
{
    // Samples further apart than the window: the rate is over the last gap.
    SpeedMeter m(1000);
    m.addSample(0, 0);
    m.addSample(10000, 5000);
    QCOMPARE(m.bytesPerSecond(), 2000.0);
    m.addSample(40000, 15000);
    QCOMPARE(m.bytesPerSecond(), 3000.0);
}

void TestSpeedMeter::idleDecaysToZero()
{
    SpeedMeter m(1000);
    for (qint64 t = 0; t <= 1000; t += 100)
        m.addSample(quint64(t) * 10, t);
    QCOMPARE(m.bytesPerSecond(), 10000.0);
    // No new bytes: the rate falls as the window slides past the last burst.
    m.addSample(10000, 1500);
    QCOMPARE(m.bytesPerSecond(), 5000.0);
    m.addSample(10000, 2000);
    QCOMPARE(m.bytesPerSecond(), 0.0);
    m.addSample(10000, 5000);
    QCOMPARE(m.bytesPerSecond(), 0.0);
    QCOMPARE(m.etaSeconds(100), -1.0);
}

void TestSpeedMeter::sameTimestampKeepsRate()
{
    SpeedMeter m;
    m.addSample(0, 0);
    m.addSample(1000, 1000);
    QCOMPARE(m.bytesPerSecond(), 1000.0);
    m.addSample(1000, 1000); // two chunks reported within the same millisecond
    QCOMPARE(m.bytesPerSecond(), 1000.0);
}

void TestSpeedMeter::restartClearsHistory()
{
    SpeedMeter m(3000);
    for (qint64 t = 0; t <= 2000; t += 100)
        m.addSample(quint64(t) * 100, t); // 100 000 B/s
    QCOMPARE(m.bytesPerSecond(), 100000.0);

    // The server restarts the body from zero (200 instead of 206): the old samples
    // describe another stream, so neither they nor their rate carry over.
    m.addSample(0, 2100);
    QCOMPARE(m.bytesPerSecond(), 0.0);
    QCOMPARE(m.etaSeconds(1000), -1.0);

    m.addSample(500, 2600);
    QCOMPARE(m.bytesPerSecond(), 1000.0); // 500 bytes in 500 ms, nothing of the old stream
    m.addSample(1500, 3600);
    QCOMPARE(m.bytesPerSecond(), 1000.0);
}

void TestSpeedMeter::reset()
{
    SpeedMeter m;
    m.addSample(0, 0);
    m.addSample(8000, 1000);
    QCOMPARE(m.bytesPerSecond(), 8000.0);
    m.reset();
    QCOMPARE(m.bytesPerSecond(), 0.0);
    QCOMPARE(m.etaSeconds(10), -1.0);
    // A fresh history: a higher total after reset is not measured against the old samples.
    m.addSample(100000, 5000);
    QCOMPARE(m.bytesPerSecond(), 0.0);
    m.addSample(102000, 6000);
    QCOMPARE(m.bytesPerSecond(), 2000.0);
}

void TestSpeedMeter::eta_data()
{
    QTest::addColumn<quint64>("bytesPerSecond");
    QTest::addColumn<quint64>("remaining");
    QTest::addColumn<double>("eta");

    QTest::newRow("10 s") << quint64(1000) << quint64(10000) << 10.0;
    QTest::newRow("fraction") << quint64(4000) << quint64(1000) << 0.25;
    QTest::newRow("one byte") << quint64(2) << quint64(1) << 0.5;
    QTest::newRow("4 GiB at 1 MiB/s") << quint64(1 << 20) << (quint64(4) << 30) << 4096.0;
}

void TestSpeedMeter::eta()
{
    QFETCH(quint64, bytesPerSecond);
    QFETCH(quint64, remaining);
    QFETCH(double, eta);

    SpeedMeter m;
    m.addSample(0, 0);
    m.addSample(bytesPerSecond * 2, 2000);
    QCOMPARE(m.bytesPerSecond(), double(bytesPerSecond));
    QCOMPARE(m.etaSeconds(remaining), eta);
}

void TestSpeedMeter::etaUnknownRate()
{
    SpeedMeter m;
    QCOMPARE(m.etaSeconds(1), -1.0);
    m.addSample(100, 0);
    QCOMPARE(m.etaSeconds(1), -1.0);
    m.addSample(100, 1000); // no bytes moved: rate 0, no estimate
    QCOMPARE(m.bytesPerSecond(), 0.0);
    QCOMPARE(m.etaSeconds(1), -1.0);
}

void TestSpeedMeter::etaNothingRemaining()
{
    SpeedMeter m;
    QCOMPARE(m.etaSeconds(0), 0.0); // done, rate or not
    m.addSample(0, 0);
    m.addSample(1000, 1000);
    QCOMPARE(m.etaSeconds(0), 0.0);
}

QTEST_GUILESS_MAIN(TestSpeedMeter)
#include "tst_speedmeter.moc"
