// SPDX-License-Identifier: MIT
#include "autostart.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QSaveFile>
#include <QSettings>
#include <QStandardPaths>

#include <algorithm>

namespace Haul {

namespace {

// Internal linkage: other files of haulapp may define their own lcApp.
Q_LOGGING_CATEGORY(lcApp, "haul.app", QtWarningMsg)

// The builders for every platform compile everywhere, so a typo in the macOS
// or Windows one breaks the Linux build too; each platform calls only its own.

// Desktop Entry spec, "The Exec key": an argument with a reserved character is
// put in double quotes, with ", `, $ and \ escaped by a backslash inside them.
QString quoteExecArgument(const QString &arg)
{
    static const QString reserved = QStringLiteral(" \t\n\r\"'\\><~|&;$*?#`()");
    const bool needsQuotes = arg.isEmpty()
        || std::any_of(arg.begin(), arg.end(), [](QChar c) { return reserved.contains(c); });
    QString quoted;
    if (!needsQuotes) {
        quoted = arg;
    } else {
        quoted += u'"';
        for (const QChar c : arg) {
            if (c == u'"' || c == u'`' || c == u'$' || c == u'\\')
                quoted += u'\\';
            quoted += c;
        }
        quoted += u'"';
    }
    // A literal % would start a field code (%u, %f...).
    quoted.replace(u'%', QLatin1String("%%"));
    return quoted;
}

// The value of a string key is unescaped (\\, \n, \t, \r, \s) before the Exec
// quoting is undone, so every backslash of the quoted line is doubled again:
// the spec's "\\\\" for one literal backslash and "\\$" for a dollar.
QString escapeDesktopString(const QString &value)
{
    QString escaped;
    escaped.reserve(value.size());
    for (const QChar c : value) {
        switch (c.unicode()) {
        case u'\\':
            escaped += QLatin1String("\\\\");
            break;
        case u'\n':
            escaped += QLatin1String("\\n");
            break;
        case u'\t':
            escaped += QLatin1String("\\t");
            break;
        case u'\r':
            escaped += QLatin1String("\\r");
            break;
        default:
            escaped += c;
        }
    }
    return escaped;
}

[[maybe_unused]] QByteArray desktopEntry(const QString &appId, const QStringList &command)
{
    QStringList exec;
    for (const QString &arg : command)
        exec.append(quoteExecArgument(arg));
    const QString entry = QLatin1String("[Desktop Entry]\n"
                                        "Type=Application\n"
                                        "Name=Haul\n")
        + QLatin1String("Exec=") + escapeDesktopString(exec.join(u' ')) + u'\n'
        + QLatin1String("Icon=") + escapeDesktopString(appId) + u'\n'
        + QLatin1String("Terminal=false\n"
                        "X-GNOME-Autostart-enabled=true\n");
    return entry.toUtf8();
}

// A desktop file that exists is in effect unless its [Desktop Entry] says
// Hidden=true (what desktops write to switch off an entry they do not own).
[[maybe_unused]] bool isHiddenEntry(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return false;
    bool inMainGroup = false;
    while (!file.atEnd()) {
        const QString line = QString::fromUtf8(file.readLine()).trimmed();
        if (line.startsWith(u'[')) {
            inMainGroup = line == QLatin1String("[Desktop Entry]");
            continue;
        }
        const qsizetype equals = line.indexOf(u'=');
        if (!inMainGroup || equals < 0)
            continue;
        if (QStringView(line).left(equals).trimmed() == u"Hidden")
            return QStringView(line).mid(equals + 1).trimmed() == u"true";
    }
    return false;
}

// CommandLineToArgvW's rules: backslashes are literal except before a quote,
// where 2n become n and 2n+1 escape the quote.
QString quoteWindowsArgument(const QString &arg)
{
    const bool needsQuotes = arg.isEmpty()
        || std::any_of(arg.begin(), arg.end(),
                       [](QChar c) { return c == u' ' || c == u'\t' || c == u'\n' || c == u'"'; });
    if (!needsQuotes)
        return arg;
    QString quoted(1, u'"');
    qsizetype backslashes = 0;
    for (const QChar c : arg) {
        if (c == u'\\') {
            ++backslashes;
            continue;
        }
        if (c == u'"')
            quoted += QString(backslashes * 2 + 1, u'\\');
        else
            quoted += QString(backslashes, u'\\');
        quoted += c;
        backslashes = 0;
    }
    quoted += QString(backslashes * 2, u'\\'); // before the closing quote
    quoted += u'"';
    return quoted;
}

[[maybe_unused]] QString windowsCommandLine(const QStringList &command)
{
    if (command.isEmpty())
        return {};
    // The program name is parsed differently (up to the next quote, no escapes);
    // a path cannot contain a quote, so quoting it always is exact.
    QStringList parts{u'"' + QDir::toNativeSeparators(command.first()) + u'"'};
    for (qsizetype i = 1; i < command.size(); ++i)
        parts.append(quoteWindowsArgument(command.at(i)));
    return parts.join(u' ');
}

[[maybe_unused]] bool isXmlText(const QString &text)
{
    // XML 1.0 has no way to write most control characters, not even escaped.
    return std::none_of(text.begin(), text.end(), [](QChar c) {
        return c.unicode() < 0x20 && c != u'\t' && c != u'\n' && c != u'\r';
    });
}

[[maybe_unused]] QByteArray launchAgentPlist(const QString &appId, const QStringList &command)
{
    QString plist = QLatin1String(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        "<!DOCTYPE plist PUBLIC \"-//Apple//DTD PLIST 1.0//EN\" "
        "\"http://www.apple.com/DTDs/PropertyList-1.0.dtd\">\n"
        "<plist version=\"1.0\">\n"
        "<dict>\n"
        "\t<key>Label</key>\n");
    plist += QLatin1String("\t<string>") + appId.toHtmlEscaped() + QLatin1String("</string>\n");
    plist += QLatin1String("\t<key>ProgramArguments</key>\n\t<array>\n");
    for (const QString &arg : command)
        plist += QLatin1String("\t\t<string>") + arg.toHtmlEscaped() + QLatin1String("</string>\n");
    plist += QLatin1String("\t</array>\n"
                           "\t<key>RunAtLoad</key>\n"
                           "\t<true/>\n"
                           "</dict>\n"
                           "</plist>\n");
    return plist.toUtf8();
}

// QSaveFile: a crash or a full disk leaves the old entry or none, never half a file.
[[maybe_unused]] bool writeAtomically(const QString &path, const QByteArray &contents, QString *error)
{
    const QString dir = QFileInfo(path).absolutePath();
    if (!QDir().mkpath(dir)) {
        *error = QCoreApplication::translate("Autostart", "Cannot create the folder %1")
                     .arg(QDir::toNativeSeparators(dir));
        return false;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(contents) != contents.size() || !file.commit()) {
        *error = QCoreApplication::translate("Autostart", "Cannot write %1: %2")
                     .arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    return true;
}

[[maybe_unused]] bool removeFile(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.exists() || file.remove())
        return true;
    *error = QCoreApplication::translate("Autostart", "Cannot remove %1: %2")
                 .arg(QDir::toNativeSeparators(path), file.errorString());
    return false;
}

#ifdef Q_OS_WIN
const char RunKey[] = "HKEY_CURRENT_USER\\Software\\Microsoft\\Windows\\CurrentVersion\\Run";
#endif

} // namespace

Autostart::Autostart(const QString &appId, const QStringList &command)
    : m_appId(appId)
    , m_command(command)
{
}

QString Autostart::location() const
{
#if defined(Q_OS_WIN)
    return QString::fromLatin1(RunKey);
#elif defined(Q_OS_MACOS)
    return QDir::homePath() + QLatin1String("/Library/LaunchAgents/") + m_appId
        + QLatin1String(".plist");
#else
    const QString configDir = QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation);
    if (configDir.isEmpty())
        return {};
    return configDir + QLatin1String("/autostart/") + m_appId + QLatin1String(".desktop");
#endif
}

bool Autostart::isEnabled() const
{
#if defined(Q_OS_WIN)
    const QSettings run(location(), QSettings::NativeFormat);
    return run.contains(m_appId);
#elif defined(Q_OS_MACOS)
    return QFileInfo::exists(location());
#else
    const QString path = location();
    return !path.isEmpty() && QFileInfo::exists(path) && !isHiddenEntry(path);
#endif
}

bool Autostart::setEnabled(bool enabled, QString *error)
{
    QString ignored;
    QString &reason = error ? *error : ignored;
    reason.clear();

    if (enabled && m_command.isEmpty()) {
        reason = QCoreApplication::translate("Autostart", "No program to start");
        return false;
    }

#if defined(Q_OS_WIN)
    QSettings run(location(), QSettings::NativeFormat);
    if (enabled)
        run.setValue(m_appId, windowsCommandLine(m_command));
    else
        run.remove(m_appId);
    run.sync();
    if (run.status() != QSettings::NoError) {
        reason = QCoreApplication::translate("Autostart", "Cannot change %1").arg(location());
        qCWarning(lcApp).noquote() << "autostart:" << reason;
        return false;
    }
    return true;
#else
    const QString path = location();
    if (path.isEmpty()) {
        reason = QCoreApplication::translate("Autostart", "No folder for autostart entries");
        return false;
    }
    bool ok = false;
    if (!enabled) {
        ok = removeFile(path, &reason);
    } else {
#if defined(Q_OS_MACOS)
        if (!std::all_of(m_command.begin(), m_command.end(), isXmlText) || !isXmlText(m_appId)) {
            reason = QCoreApplication::translate("Autostart",
                                                 "The command contains a control character");
            return false;
        }
        ok = writeAtomically(path, launchAgentPlist(m_appId, m_command), &reason);
#else
        ok = writeAtomically(path, desktopEntry(m_appId, m_command), &reason);
#endif
    }
    if (!ok)
        qCWarning(lcApp).noquote() << "autostart:" << reason;
    return ok;
#endif
}

} // namespace Haul
