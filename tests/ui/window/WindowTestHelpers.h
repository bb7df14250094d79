// Waiting for the main window's background jobs (and the tabs that start them) in GUI tests.
#pragma once

#include "window/MainWindow.h"

#include <QtTest>

namespace hplxtest {

// True once every job of the window's current selection has ended and the
// views show their results (false after timeoutMs).
inline bool waitIdle(hplx::MainWindow &window, int timeoutMs = 60000)
{
    bool idle = false;
    window.whenIdle([&idle] { idle = true; });
    return QTest::qWaitFor([&idle] { return idle; }, timeoutMs);
}

// Shows a tab and waits for its jobs. A new panel is shown (and starts its
// jobs) from the event loop: let it start before waiting for the jobs.
inline bool showAndWait(hplx::MainWindow &window, const QString &view, int timeoutMs = 120000)
{
    if (!window.showView(view))
        return false;
    QTest::qWait(50);
    return waitIdle(window, timeoutMs) && (QTest::qWait(50), waitIdle(window, timeoutMs));
}

} // namespace hplxtest
