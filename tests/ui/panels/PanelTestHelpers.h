// A Workspace on a test database for the chart panel tests, and pixel counting.
#pragma once

#include "jobs/JobRunner.h"
#include "store/LandscapeDatabase.h"
#include "window/Workspace.h"

#include <QColor>
#include <QImage>
#include <QWidget>
#include <QtTest>

#include <memory>

namespace hplxtest {

struct WorkspaceFixture
{
    hplx::JobRunner runner;
    hplx::Workspace workspace{&runner};

    explicit WorkspaceFixture(const QString &path)
    {
        workspace.setCachePath(QString());
        workspace.setDatabase(path, std::make_shared<const hplx::LandscapeDatabase>(path.toStdString()));
    }
};

// True once the selection is loaded and every job of it (the panels' too) has ended.
inline bool waitIdle(hplx::Workspace &workspace, int timeoutMs = 60000)
{
    return QTest::qWaitFor([&] { return workspace.landscapes() && !workspace.isBusy(); }, timeoutMs);
}

// Pixels within `tolerance` (per channel) of a colour.
inline int countColour(const QImage &image, const QColor &colour, int tolerance = 12)
{
    int count = 0;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x) {
            const QColor c = image.pixelColor(x, y);
            if (std::abs(c.red() - colour.red()) <= tolerance && std::abs(c.green() - colour.green()) <= tolerance
                && std::abs(c.blue() - colour.blue()) <= tolerance)
                ++count;
        }
    return count;
}

// Charts lay out on posted events: let them run before looking at pixels.
inline void settle()
{
    QTest::qWait(50);
}

inline QImage grabImage(QWidget *widget)
{
    settle();
    return widget->grab().toImage().convertToFormat(QImage::Format_RGB32);
}

inline QString sampleDatabase()
{
    return QStringLiteral(HPLX_TEST_FIXTURES "/../../resources/samples/sample.db");
}

// The sample's first xgboost landscape on the test split at the highest fidelity.
inline qint64 sampleLandscape(const hplx::LandscapeDatabase &db)
{
    for (const auto &info : db.landscapes())
        if (info.key.model == "xgboost" && info.key.split == "test" && info.key.fidelityValue == 1.0)
            return info.id;
    return 0;
}

} // namespace hplxtest
