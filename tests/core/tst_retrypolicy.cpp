// SPDX-License-Identifier: MIT
#include "retrypolicy.h"

#include <QRandomGenerator>
#include <QTest>

#include <limits>

using namespace Haul;

namespace {

Failure failure(ErrorKind kind, bool transient = false, int status = 0)
{
    Failure f = Failure::make(kind, QStringLiteral("test failure"));
    f.transient = transient;
    f.httpStatus = status;
    return f;
}

Failure status(int code)
{
    return failure(ErrorKind::UnexpectedStatus, isTransientStatus(code), code);
}

Failure partial()
{
    return Failure::make(ErrorKind::Partial, QStringLiteral("connection lost"));
}

Failure withRetryAfter(Failure f, double seconds)
{
    f.retryAfter = seconds;
    return f;
}

} // namespace

class TestRetryPolicy : public QObject
{
    Q_OBJECT

private slots:
    void defaults();
    void retryable_data();
    void retryable();
    void permanentFailuresNeverWait_data();
    void permanentFailuresNeverWait();
    void backoffWithoutJitter_data();
    void backoffWithoutJitter();
    void jitterBounds_data();
    void jitterBounds();
    void jitterIsSeeded();
    void jitterWithoutGenerator();
    void retryAfter_data();
    void retryAfter();
    void budget();
    void zeroRetries();
    void progressResetsWait();
    void progressHonoursRetryAfter();
};

void TestRetryPolicy::defaults()
{
    const RetryPolicy p;
    QCOMPARE(p.maxRetries, 20);
    QCOMPARE(p.initialDelay, 1.0);
    QCOMPARE(p.maxWait, 60.0);
    QCOMPARE(p.jitter, 0.25);
}

void TestRetryPolicy::retryable_data()
{
    QTest::addColumn<Failure>("failure");
    QTest::addColumn<bool>("retryable");

    QTest::newRow("partial") << partial() << true;
    QTest::newRow("partial, flag not set") << failure(ErrorKind::Partial, false) << true;
    QTest::newRow("stalled") << Failure::make(ErrorKind::Stalled, QStringLiteral("stall")) << true;
    QTest::newRow("503") << status(503) << true;
    QTest::newRow("429") << status(429) << true;
    QTest::newRow("500") << status(500) << true;
    QTest::newRow("transient control file") << failure(ErrorKind::ControlFile, true) << true;
    QTest::newRow("transient transport") << failure(ErrorKind::Transport, true) << true;

    QTest::newRow("404") << status(404) << false;
    QTest::newRow("403") << status(403) << false;
    QTest::newRow("control file") << failure(ErrorKind::ControlFile) << false;
    QTest::newRow("server misconfigured") << failure(ErrorKind::ServerMisconfigured) << false;
    QTest::newRow("content range") << failure(ErrorKind::ContentRange) << false;
    QTest::newRow("destination") << failure(ErrorKind::Destination) << false;
    QTest::newRow("invalid url") << failure(ErrorKind::InvalidUrl) << false;
    QTest::newRow("io") << failure(ErrorKind::Io) << false;
    QTest::newRow("checksum mismatch") << failure(ErrorKind::ChecksumMismatch) << false;
    QTest::newRow("tls") << failure(ErrorKind::Tls) << false;
    QTest::newRow("cancelled") << failure(ErrorKind::Cancelled) << false;
    QTest::newRow("transport") << failure(ErrorKind::Transport) << false;
    QTest::newRow("none") << Failure() << false;
    // The transient flag does not make a permanent kind retryable.
    QTest::newRow("transient destination") << failure(ErrorKind::Destination, true) << false;
    QTest::newRow("transient cancelled") << failure(ErrorKind::Cancelled, true) << false;
    QTest::newRow("transient checksum") << failure(ErrorKind::ChecksumMismatch, true) << false;
}

void TestRetryPolicy::retryable()
{
    QFETCH(Failure, failure);
    QFETCH(bool, retryable);
    QCOMPARE(RetryPolicy::isRetryable(failure), retryable);

    // nextDelay agrees, whether or not the attempt made progress.
    QRandomGenerator random(1);
    const RetryPolicy p;
    QCOMPARE(p.nextDelay(failure, 0, false, &random).has_value(), retryable);
    QCOMPARE(p.nextDelay(failure, 0, true, &random).has_value(), retryable);
}

void TestRetryPolicy::permanentFailuresNeverWait_data()
{
    QTest::addColumn<Failure>("failure");
    // Even with a Retry-After: a 404 stays a 404.
    QTest::newRow("404 with Retry-After") << withRetryAfter(status(404), 5);
    QTest::newRow("misconfigured with Retry-After") << withRetryAfter(failure(ErrorKind::ServerMisconfigured), 5);
}

void TestRetryPolicy::permanentFailuresNeverWait()
{
    QFETCH(Failure, failure);
    const RetryPolicy p;
    QVERIFY(!p.nextDelay(failure, 0, false));
    QVERIFY(!p.nextDelay(failure, 0, true));
}

void TestRetryPolicy::backoffWithoutJitter_data()
{
    QTest::addColumn<double>("initialDelay");
    QTest::addColumn<double>("maxWait");
    QTest::addColumn<int>("retriesUsed");
    QTest::addColumn<double>("expected");

    QTest::newRow("1st") << 1.0 << 60.0 << 0 << 1.0;
    QTest::newRow("2nd") << 1.0 << 60.0 << 1 << 2.0;
    QTest::newRow("3rd") << 1.0 << 60.0 << 2 << 4.0;
    QTest::newRow("4th") << 1.0 << 60.0 << 3 << 8.0;
    QTest::newRow("5th") << 1.0 << 60.0 << 4 << 16.0;
    QTest::newRow("6th") << 1.0 << 60.0 << 5 << 32.0;
    QTest::newRow("7th: capped") << 1.0 << 60.0 << 6 << 60.0;
    QTest::newRow("20th: capped") << 1.0 << 60.0 << 19 << 60.0;
    QTest::newRow("huge count: capped, finite") << 1.0 << 60.0 << 1000000 << 60.0;
    QTest::newRow("initial 0.5") << 0.5 << 60.0 << 3 << 4.0;
    QTest::newRow("cap 10") << 1.0 << 10.0 << 3 << 8.0;
    QTest::newRow("cap 10 reached") << 1.0 << 10.0 << 4 << 10.0;
    QTest::newRow("cap 0") << 1.0 << 0.0 << 2 << 0.0;
}

void TestRetryPolicy::backoffWithoutJitter()
{
    QFETCH(double, initialDelay);
    QFETCH(double, maxWait);
    QFETCH(int, retriesUsed);
    QFETCH(double, expected);

    RetryPolicy p;
    p.maxRetries = std::numeric_limits<int>::max();
    p.initialDelay = initialDelay;
    p.maxWait = maxWait;
    p.jitter = 0;
    QRandomGenerator random(7);
    const auto delay = p.nextDelay(partial(), retriesUsed, false, &random);
    QVERIFY(delay);
    QCOMPARE(*delay, expected); // exactly the nominal value
}

void TestRetryPolicy::jitterBounds_data()
{
    QTest::addColumn<double>("jitter");
    QTest::addColumn<int>("retriesUsed");
    QTest::addColumn<double>("nominal");

    QTest::newRow("25% of 1") << 0.25 << 0 << 1.0;
    QTest::newRow("25% of 8") << 0.25 << 3 << 8.0;
    QTest::newRow("25% of 32") << 0.25 << 5 << 32.0;
    QTest::newRow("50% of 4") << 0.5 << 2 << 4.0;
    QTest::newRow("10% of 16") << 0.1 << 4 << 16.0;
    QTest::newRow("25% at the cap") << 0.25 << 6 << 60.0; // 64 capped to 60
    QTest::newRow("25% far past the cap") << 0.25 << 15 << 60.0;
}

void TestRetryPolicy::jitterBounds()
{
    QFETCH(double, jitter);
    QFETCH(int, retriesUsed);
    QFETCH(double, nominal);

    RetryPolicy p;
    p.jitter = jitter;
    QRandomGenerator random(20240611);
    double lowest = nominal * 10, highest = 0;
    for (int i = 0; i < 2000; ++i) {
        const auto delay = p.nextDelay(partial(), retriesUsed, false, &random);
        QVERIFY(delay);
        QVERIFY2(*delay >= nominal * (1 - jitter) && *delay <= nominal * (1 + jitter),
                 qPrintable(QString::number(*delay)));
        QVERIFY(*delay <= p.maxWait);
        lowest = qMin(lowest, *delay);
        highest = qMax(highest, *delay);
    }
    // The draws really spread (below the cap, on both sides of the nominal value).
    QVERIFY2(lowest < nominal * (1 - jitter / 2), qPrintable(QString::number(lowest)));
    if (nominal * (1 + jitter) <= p.maxWait)
        QVERIFY2(highest > nominal * (1 + jitter / 2), qPrintable(QString::number(highest)));
}

void TestRetryPolicy::jitterIsSeeded()
{
    // Same seed, same waits: the generator is the only source of randomness.
    const RetryPolicy p;
    QRandomGenerator a(42), b(42);
    for (int i = 0; i < 5; ++i)
        QCOMPARE(*p.nextDelay(partial(), i, false, &a), *p.nextDelay(partial(), i, false, &b));
}

void TestRetryPolicy::jitterWithoutGenerator()
{
    const RetryPolicy p;
    QCOMPARE(*p.nextDelay(partial(), 3, false, nullptr), 8.0);
}

void TestRetryPolicy::retryAfter_data()
{
    QTest::addColumn<double>("retryAfter");
    QTest::addColumn<double>("maxWait");
    QTest::addColumn<int>("retriesUsed");
    QTest::addColumn<double>("expected"); // jitter 0

    QTest::newRow("120 capped by maxWait 60") << 120.0 << 60.0 << 0 << 60.0;
    QTest::newRow("5 beats backoff 1") << 5.0 << 60.0 << 0 << 5.0;
    QTest::newRow("5 below backoff 8") << 5.0 << 60.0 << 3 << 8.0;
    QTest::newRow("0 keeps backoff") << 0.0 << 60.0 << 1 << 2.0;
    QTest::newRow("30 capped by maxWait 10") << 30.0 << 10.0 << 0 << 10.0;
}

void TestRetryPolicy::retryAfter()
{
    QFETCH(double, retryAfter);
    QFETCH(double, maxWait);
    QFETCH(int, retriesUsed);
    QFETCH(double, expected);

    RetryPolicy p;
    p.maxWait = maxWait;
    p.jitter = 0;
    const auto delay = p.nextDelay(withRetryAfter(status(503), retryAfter), retriesUsed, false);
    QVERIFY(delay);
    QCOMPARE(*delay, expected);

    // With jitter the wait is still never shorter than Retry-After (capped) nor longer than maxWait.
    p.jitter = 0.25;
    QRandomGenerator random(99);
    for (int i = 0; i < 500; ++i) {
        const auto d = p.nextDelay(withRetryAfter(status(429), retryAfter), retriesUsed, false, &random);
        QVERIFY(d);
        QVERIFY2(*d >= qMin(retryAfter, maxWait) && *d <= maxWait, qPrintable(QString::number(*d)));
    }
}

void TestRetryPolicy::budget()
{
    RetryPolicy p;
    p.maxRetries = 3;
    p.jitter = 0;
    QCOMPARE(*p.nextDelay(partial(), 0, false), 1.0);
    QCOMPARE(*p.nextDelay(partial(), 1, false), 2.0);
    QCOMPARE(*p.nextDelay(partial(), 2, false), 4.0);
    QVERIFY(!p.nextDelay(partial(), 3, false));
    QVERIFY(!p.nextDelay(partial(), 4, false));
    // Retry-After does not extend the budget.
    QVERIFY(!p.nextDelay(withRetryAfter(status(503), 1), 3, false));

    // The default budget: 20 retries without progress.
    const RetryPolicy defaults;
    QVERIFY(defaults.nextDelay(partial(), 19, false));
    QVERIFY(!defaults.nextDelay(partial(), 20, false));
}

void TestRetryPolicy::zeroRetries()
{
    RetryPolicy p;
    p.maxRetries = 0;
    QVERIFY(!p.nextDelay(partial(), 0, false));
    QVERIFY(!p.nextDelay(status(503), 0, false));
    QVERIFY(!p.nextDelay(withRetryAfter(status(503), 2), 0, false));
    // Progress still earns another attempt (the budget counts attempts without progress).
    QCOMPARE(*p.nextDelay(partial(), 0, true), 0.0);
}

void TestRetryPolicy::progressResetsWait()
{
    const RetryPolicy p;
    QRandomGenerator random(5);
    // No wait, and no budget check: retriesUsed far past maxRetries does not matter.
    for (int used : {0, 5, 20, 1000}) {
        const auto delay = p.nextDelay(partial(), used, true, &random);
        QVERIFY(delay);
        QCOMPARE(*delay, 0.0);
    }
    QCOMPARE(*p.nextDelay(Failure::make(ErrorKind::Stalled, QStringLiteral("stall")), 50, true, &random), 0.0);
}

void TestRetryPolicy::progressHonoursRetryAfter()
{
    const RetryPolicy p;
    QRandomGenerator random(5);
    QCOMPARE(*p.nextDelay(withRetryAfter(status(503), 7), 0, true, &random), 7.0);
    QCOMPARE(*p.nextDelay(withRetryAfter(status(503), 7), 100, true, &random), 7.0); // no budget check
    QCOMPARE(*p.nextDelay(withRetryAfter(status(503), 120), 0, true, &random), 60.0); // capped
    QCOMPARE(*p.nextDelay(withRetryAfter(partial(), 3), 0, true, &random), 3.0);
}

QTEST_GUILESS_MAIN(TestRetryPolicy)
#include "tst_retrypolicy.moc"
