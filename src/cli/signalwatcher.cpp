// SPDX-License-Identifier: MIT
#include "signalwatcher.h"

#include <QSocketNotifier>

#include <atomic>
#include <csignal>

#ifdef Q_OS_WIN
#  include <windows.h>
#  include <cstdlib>
#else
#  include <sys/socket.h>
#  include <unistd.h>
#endif

namespace Haul {

namespace {

std::atomic<int> g_count{0};
SignalWatcher *g_watcher = nullptr;

#ifdef Q_OS_WIN
BOOL WINAPI consoleHandler(DWORD)
{
    if (g_count.fetch_add(1) >= 1)
        ::_exit(130);
    if (g_watcher)
        QMetaObject::invokeMethod(g_watcher, [] { emit g_watcher->interrupted(SIGINT); }, Qt::QueuedConnection);
    return TRUE;
}
#else
int g_fds[2] = {-1, -1};

void handler(int sig)
{
    if (g_count.fetch_add(1) >= 1)
        ::_exit(130); // the second signal: no cleanup, like every Unix tool
    const char c = char(sig);
    [[maybe_unused]] const auto n = ::write(g_fds[0], &c, 1);
}
#endif

} // namespace

SignalWatcher::SignalWatcher(QObject *parent) : QObject(parent)
{
    g_watcher = this;
#ifdef Q_OS_WIN
    SetConsoleCtrlHandler(consoleHandler, TRUE);
#else
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, g_fds) != 0)
        return;
    m_notifier = new QSocketNotifier(g_fds[1], QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, [this] {
        char c = 0;
        if (::read(g_fds[1], &c, 1) == 1)
            emit interrupted(int(c));
    });
    struct sigaction sa {};
    sa.sa_handler = handler;
    sigemptyset(&sa.sa_mask);
    sa.sa_flags = SA_RESTART;
    ::sigaction(SIGINT, &sa, nullptr);
    ::sigaction(SIGTERM, &sa, nullptr);
#endif
}

SignalWatcher::~SignalWatcher()
{
#ifdef Q_OS_WIN
    SetConsoleCtrlHandler(consoleHandler, FALSE);
#else
    ::signal(SIGINT, SIG_DFL);
    ::signal(SIGTERM, SIG_DFL);
#endif
    g_watcher = nullptr;
}

} // namespace Haul
