// The 2-D panels at FC-Net scale (62,208 configurations) and at 1,000,000:
// drawing-only decimation, a scatter chart's full update and repaint, and
// brushing, against a baseline measured in the same run — painting every
// point as an antialiased circle with QPainter, which is what a chart without
// decimation has to do on every repaint. Report ratios: chart / baseline.
// Not a test: run build/<dir>/tests/bench/bench_charts by hand (Release build;
// it uses the offscreen platform).
#include "charts/BoxStatistics.h"
#include "charts/PointDecimation.h"
#include "charts/ScatterChart.h"

#include <QApplication>
#include <QImage>
#include <QPainter>
#include <QPixmap>

#include <benchmark/benchmark.h>

#include <cmath>
#include <cstdint>
#include <vector>

using namespace hplx;

namespace {

// A train/test-like cloud: y = x + noise, heavier towards high loss.
struct Cloud
{
    std::vector<double> x, y;
    std::vector<ConfigId> ids;
};

Cloud cloud(std::size_t n)
{
    Cloud c;
    c.x.resize(n);
    c.y.resize(n);
    c.ids.resize(n);
    std::uint64_t state = 0x9E3779B97F4A7C15ULL;
    auto uniform = [&state] {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        return double(state >> 11) * 0x1.0p-53;
    };
    for (std::size_t i = 0; i < n; ++i) {
        const double x = std::pow(uniform(), 2.0);
        c.x[i] = x;
        c.y[i] = x + 0.2 * (uniform() - 0.3) * (0.2 + x);
        c.ids[i] = static_cast<ConfigId>(i);
    }
    return c;
}

constexpr int kWidth = 900, kHeight = 600;

void BM_PaintEveryPoint(benchmark::State &state)
{
    const Cloud c = cloud(static_cast<std::size_t>(state.range(0)));
    QImage image(kWidth, kHeight, QImage::Format_ARGB32_Premultiplied);
    for (auto _ : state) {
        image.fill(Qt::white);
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setPen(QPen(Qt::white, 0.8));
        painter.setBrush(QColor(0x1f, 0x77, 0xb4));
        for (std::size_t i = 0; i < c.x.size(); ++i)
            painter.drawEllipse(QPointF(c.x[i] * kWidth, (1.0 - c.y[i]) * kHeight), 4.5, 4.5);
    }
    state.SetItemsProcessed(state.iterations() * state.range(0));
}

void BM_Decimate(benchmark::State &state)
{
    const Cloud c = cloud(static_cast<std::size_t>(state.range(0)));
    const DecimationGrid grid{0.0, 1.0, -0.2, 1.2, kWidth * 2 / 3, kHeight * 2 / 3};
    std::size_t kept = 0;
    for (auto _ : state) {
        const auto rows = decimatePoints(c.x, c.y, {}, 1, grid);
        kept = rows.size();
        benchmark::DoNotOptimize(rows.data());
    }
    state.counters["drawn"] = double(kept);
}

// setPoints (autorange, decimation, markers) and one repaint.
void BM_ScatterUpdate(benchmark::State &state)
{
    const Cloud c = cloud(static_cast<std::size_t>(state.range(0)));
    ScatterChart chart;
    chart.resize(kWidth, kHeight);
    for (auto _ : state) {
        chart.setPoints(c.x, c.y, c.ids);
        QApplication::processEvents();
        const QPixmap pixmap = chart.grab();
        benchmark::DoNotOptimize(pixmap.cacheKey());
    }
    state.counters["drawn"] = double(chart.drawnPointCount());
}

// A repaint of unchanged data (what a hover or an expose costs).
void BM_ScatterRepaint(benchmark::State &state)
{
    const Cloud c = cloud(static_cast<std::size_t>(state.range(0)));
    ScatterChart chart;
    chart.resize(kWidth, kHeight);
    chart.setPoints(c.x, c.y, c.ids);
    QApplication::processEvents();
    for (auto _ : state) {
        const QPixmap pixmap = chart.grab();
        benchmark::DoNotOptimize(pixmap.cacheKey());
    }
}

// Brushing the whole plot: every point is tested (full data).
void BM_ScatterBrushAll(benchmark::State &state)
{
    const Cloud c = cloud(static_cast<std::size_t>(state.range(0)));
    ScatterChart chart;
    chart.resize(kWidth, kHeight);
    chart.setPoints(c.x, c.y, c.ids);
    QApplication::processEvents();
    std::size_t selected = 0;
    for (auto _ : state)
        selected = chart.rowsIn(chart.viewport()->rect()).size();
    state.counters["selected"] = double(selected);
}

// The box plot's statistics over every configuration (never thinned).
void BM_BoxStatistics(benchmark::State &state)
{
    const Cloud c = cloud(static_cast<std::size_t>(state.range(0)));
    for (auto _ : state) {
        const BoxStatistics box = boxStatistics(c.y);
        benchmark::DoNotOptimize(box.median);
    }
}

} // namespace

BENCHMARK(BM_PaintEveryPoint)->Arg(62208)->Arg(1000000)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_Decimate)->Arg(62208)->Arg(1000000)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_ScatterUpdate)->Arg(62208)->Arg(1000000)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_ScatterRepaint)->Arg(62208)->Arg(1000000)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_ScatterBrushAll)->Arg(62208)->Arg(1000000)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_BoxStatistics)->Arg(62208)->Arg(1000000)->Unit(benchmark::kMillisecond);

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
