// SPDX-License-Identifier: MIT
// The compiled catalogues: embedded at :/i18n/haul_<lang>.qm, found the way
// src/app/main.cpp looks them up, and translating strings of every layer
// (net, queue, app, cli, QML) in the contexts the running code asks for,
// plural forms included.
#include "itemtext.h"
#include "queueitem.h"
#ifdef HAUL_HAVE_CLI
#  include "clioptions.h"
#endif

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QTest>
#include <QTranslator>

#include <memory>

using namespace Haul;

namespace {

QStringList languages()
{
    return QString::fromLatin1(HAUL_LANGUAGES).split(u',', Qt::SkipEmptyParts);
}

// Loads haul_<lang> as main.cpp does: by locale, base name "haul", from :/i18n.
std::unique_ptr<QTranslator> load(const QString &locale)
{
    auto translator = std::make_unique<QTranslator>();
    if (!translator->load(QLocale(locale), QStringLiteral("haul"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        return nullptr;
    return translator;
}

// Installed for the scope of one test function.
class Installed
{
public:
    explicit Installed(QTranslator *t) : m_t(t) { QCoreApplication::installTranslator(m_t); }
    ~Installed() { QCoreApplication::removeTranslator(m_t); }
    Installed(const Installed &) = delete;
    Installed &operator=(const Installed &) = delete;

private:
    QTranslator *m_t;
};

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        // Figures (%Ln) the same whatever the machine's locale.
        QLocale::setDefault(QLocale::c());
    }

    void embedded()
    {
        QStringList expected;
        for (const QString &lang : languages()) {
            const QString file = QStringLiteral(":/i18n/haul_%1.qm").arg(lang);
            QVERIFY2(QFile::exists(file), qPrintable(file));
            QVERIFY2(QFileInfo(file).size() > 1000, qPrintable(file));
            expected << QStringLiteral("haul_%1.qm").arg(lang);
        }
        QVERIFY(expected.size() >= 8);
        const QStringList found = QDir(QStringLiteral(":/i18n")).entryList({QStringLiteral("haul_*.qm")}, QDir::Files,
                                                                         QDir::Name);
        expected.sort();
        QCOMPARE(found, expected);
    }

    void loadsLikeTheApp_data()
    {
        QTest::addColumn<QString>("locale");
        QTest::addColumn<QString>("file");
        for (const QString &lang : languages())
            QTest::newRow(qPrintable(lang)) << lang << lang;
        // A system locale with a region Haul has no catalogue for falls back to the language.
        QTest::newRow("de_AT") << QStringLiteral("de_AT") << QStringLiteral("de");
        QTest::newRow("fr_CA") << QStringLiteral("fr_CA") << QStringLiteral("fr");
        QTest::newRow("es_MX") << QStringLiteral("es_MX") << QStringLiteral("es");
        QTest::newRow("ja_JP") << QStringLiteral("ja_JP") << QStringLiteral("ja");
        QTest::newRow("ar_EG") << QStringLiteral("ar_EG") << QStringLiteral("ar");
        QTest::newRow("ru_RU") << QStringLiteral("ru_RU") << QStringLiteral("ru");
        // No catalogue: the English source text.
        QTest::newRow("en_US") << QStringLiteral("en_US") << QString();
        QTest::newRow("pt_PT") << QStringLiteral("pt_PT") << QString();
    }

    void loadsLikeTheApp()
    {
        QFETCH(QString, locale);
        QFETCH(QString, file);
        const auto translator = load(locale);
        if (file.isEmpty()) {
            QVERIFY2(!translator, qPrintable(translator ? translator->filePath() : QString()));
            return;
        }
        QVERIFY2(translator, qPrintable(locale));
        QCOMPARE(translator->filePath(), QStringLiteral(":/i18n/haul_%1.qm").arg(file));
        QCOMPARE(translator->language(), file);
    }

    // One string of each layer, in the context its code asks with.
    void translatesEveryLayer_data()
    {
        QTest::addColumn<QString>("lang");
        QTest::addColumn<QByteArray>("context");
        QTest::addColumn<QByteArray>("source");
        const QList<std::pair<QByteArray, QByteArray>> strings{
            {"Haul::Download", "cancelled"},                      // src/net
            {"Haul::ItemText", "Paused"},                         // src/queue
            {"Haul::TrayIcon", "&Quit"},                          // src/app
            {"main", "folder"},                                   // src/app/main.cpp
            {"Haul", "Show this help."},                          // src/cli
            {"haul-cli", "Try 'haul-cli --help'."},               // haul-cli's main
            {"RemoveDialog", "Cancel"},                           // qml/dialogs
            {"QueueView", "No downloads yet"},                    // qml/components
        };
        for (const QString &lang : languages()) {
            for (const auto &[context, source] : strings)
                QTest::addRow("%s %s %s", qPrintable(lang), context.constData(), source.constData())
                    << lang << context << source;
        }
    }

    void translatesEveryLayer()
    {
        QFETCH(QString, lang);
        QFETCH(QByteArray, context);
        QFETCH(QByteArray, source);
        const auto translator = load(lang);
        QVERIFY(translator);
        const QString text = translator->translate(context.constData(), source.constData());
        QVERIFY2(!text.isEmpty(), context + " / " + source);
        QVERIFY2(text != QString::fromUtf8(source), qPrintable(text));
    }

    // The queue's own words come out translated (its context matches the catalogue's).
    void itemTextIsTranslated()
    {
        QueueItem item;
        item.state = QueueItem::State::Paused;
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QCOMPARE(ItemText::stateText(item, now), QStringLiteral("Paused"));
        for (const QString &lang : languages()) {
            const auto translator = load(lang);
            QVERIFY(translator);
            Installed installed(translator.get());
            const QString paused = ItemText::stateText(item, now);
            QCOMPARE(paused, translator->translate("Haul::ItemText", "Paused"));
            QVERIFY2(paused != QStringLiteral("Paused"), qPrintable(lang));
        }
    }

#ifdef HAUL_HAVE_CLI
    void cliHelpIsTranslated()
    {
        const auto translator = load(QStringLiteral("de"));
        QVERIFY(translator);
        Installed installed(translator.get());
        const CliParseResult parsed = parseCliArguments({QStringLiteral("haul-cli"), QStringLiteral("--help")});
        QVERIFY2(parsed.helpText.contains(translator->translate("Haul", "Show this help.")), qPrintable(parsed.helpText));
        QVERIFY(!parsed.helpText.contains(QStringLiteral("Show this help.")));
    }
#endif

    // Plural forms by the language's rules, through the real code (ItemText::duration).
    void pluralForms_data()
    {
        QTest::addColumn<QString>("lang");
        QTest::addColumn<int>("days");
        QTest::addColumn<QString>("expected");
        QTest::newRow("de 1") << QStringLiteral("de") << 1 << QStringLiteral("1 Tag");
        QTest::newRow("de 2") << QStringLiteral("de") << 2 << QStringLiteral("2 Tage");
        QTest::newRow("ru 1") << QStringLiteral("ru") << 1 << QStringLiteral("1 день");
        QTest::newRow("ru 3") << QStringLiteral("ru") << 3 << QStringLiteral("3 дня");
        QTest::newRow("ru 5") << QStringLiteral("ru") << 5 << QStringLiteral("5 дней");
        QTest::newRow("ru 21") << QStringLiteral("ru") << 21 << QStringLiteral("21 день");
        QTest::newRow("ru 22") << QStringLiteral("ru") << 22 << QStringLiteral("22 дня");
        QTest::newRow("ru 111") << QStringLiteral("ru") << 111 << QStringLiteral("111 дней");
        // Arabic texts that start with a number carry a right-to-left mark (RLM).
        QTest::newRow("ar 1") << QStringLiteral("ar") << 1 << QStringLiteral("يوم واحد");
        QTest::newRow("ar 2") << QStringLiteral("ar") << 2 << QStringLiteral("يومين");
        QTest::newRow("ar 3") << QStringLiteral("ar") << 3 << QStringLiteral("\u200f3 أيام");
        QTest::newRow("ar 11") << QStringLiteral("ar") << 11 << QStringLiteral("\u200f11 يومًا");
        QTest::newRow("ar 100") << QStringLiteral("ar") << 100 << QStringLiteral("\u200f100 يوم");
        QTest::newRow("ar 103") << QStringLiteral("ar") << 103 << QStringLiteral("\u200f103 أيام");
        QTest::newRow("ja 3") << QStringLiteral("ja") << 3 << QStringLiteral("3 日");
        QTest::newRow("zh_CN 1") << QStringLiteral("zh_CN") << 1 << QStringLiteral("1 天");
        QTest::newRow("fr 1") << QStringLiteral("fr") << 1 << QStringLiteral("1\u00a0j");
    }

    void pluralForms()
    {
        QFETCH(QString, lang);
        QFETCH(int, days);
        QFETCH(QString, expected);
        const auto translator = load(lang);
        QVERIFY(translator);
        Installed installed(translator.get());
        QCOMPARE(ItemText::duration(double(days) * 86400), expected);
    }
};

QTEST_GUILESS_MAIN(TestTranslations)

#include "tst_translations.moc"
