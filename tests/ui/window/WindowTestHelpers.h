// Waiting for the main window's background jobs in GUI tests.
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

} // namespace hplxtest
