// hplx-cli export, the drawing part (builds with the GUI only): the panel
// the main window shows for the view is built on a Workspace, laid out in a
// top-level widget that is never shown on screen, left to compute, and
// written by exportFigure — the same code path as File ▸ Export view….
#include "cli/ExportRequest.h"
#include "cli/MetricTableFigure.h"

#include "export/FigureExport.h"
#include "jobs/JobRunner.h"
#include "model/MetricTableModel.h"
#include "panels/ComparePanel.h"
#include "panels/FidelityPanel.h"
#include "panels/HpMarginalsPanel.h"
#include "panels/LandscapeLabels.h"
#include "panels/LonPanel.h"
#include "panels/OverfittingPanel.h"
#include "panels/RankAgreementPanel.h"
#include "panels/SimilarityPanel.h"
#include "panels/SurfacePanel.h"
#include "settings/AnalysisSettings.h"
#include "store/LandscapeDatabase.h"
#include "util/Error.h"
#include "util/Format.h"
#include "vtk/VtkWidget.h"
#include "window/Workspace.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFileInfo>
#include <QTimer>
#include <QVBoxLayout>

#include <nlohmann/json.hpp>

#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <functional>
#include <memory>
#include <unistd.h>

namespace hplx::cli {

namespace {

// Idle without the view being ready for this long: it has nothing to draw.
constexpr qint64 kStuckMs = 5000;

bool hasDisplay()
{
    const char *display = std::getenv("DISPLAY");
    const char *wayland = std::getenv("WAYLAND_DISPLAY");
    return (display && *display) || (wayland && *wayland);
}

// The panel of the view and when it has what it draws.
struct ViewPanel
{
    QWidget *widget = nullptr;
    FigureSource *figure = nullptr;
    std::function<bool()> ready;
    std::function<QString()> nothingToDraw; // why, once stuck (optional)
};

ViewPanel createPanel(const ExportRequest &request, Workspace &workspace, const QString &colourMap,
                      MetricTableModel &metrics, std::unique_ptr<MetricTableFigure> &metricFigure)
{
    Workspace *ws = &workspace;
    const std::string &view = request.view;
    ViewPanel made;
    if (view == "surface") {
        auto *panel = new SurfacePanel(ws);
        panel->setColourMap(colourMap);
        made = {panel, panel, [ws] { return ws->embedding() != nullptr; }, {}};
    } else if (view == "lon") {
        auto *panel = new LonPanel(ws);
        panel->setColourMap(colourMap);
        made = {panel, panel, [ws] { return ws->lon() != nullptr; }, {}};
    } else if (view == "overfitting") {
        auto *panel = new OverfittingPanel(ws);
        made = {panel, panel, [panel] { return panel->gap() != nullptr; }, {}};
    } else if (view == "ranks") {
        auto *panel = new RankAgreementPanel(ws);
        const qint64 with = request.with;
        // With --with: the primary (A) against that landscape (B).
        made = {panel, panel,
                [ws, panel, with] {
                    if (panel->candidates().empty())
                        return false;
                    for (std::size_t b = 0; with && b < panel->candidates().size(); ++b) {
                        const int primary = ws->landscapes()->primary;
                        if (panel->candidates()[b]->info().id == with
                            && (panel->landscapeA() != primary || panel->landscapeB() != static_cast<int>(b)))
                            panel->setLandscapes(primary, static_cast<int>(b));
                    }
                    return panel->similarity() != nullptr;
                },
                [panel] {
                    return panel->leftOut() ? QStringLiteral("the two landscapes have fewer than two configurations "
                                                             "in common")
                                            : QString();
                }};
    } else if (view == "importance") {
        auto *panel = new HpMarginalsPanel(ws);
        made = {panel, panel,
                [panel] { return !panel->boxes().empty() && (!panel->fanovaBars().empty() || panel->fanovaFailed()); },
                [panel] { return panel->fanovaText(); }};
    } else if (view == "fidelities") {
        auto *panel = new FidelityPanel(ws);
        made = {panel, panel, [ws] { return ws->primaryMetrics() != nullptr; }, {}};
    } else if (view == "similarity") {
        auto *panel = new SimilarityPanel(ws);
        panel->setColourMap(colourMap);
        made = {panel, panel, [panel] { return !panel->landscapeIds().empty() && !panel->isComputing(); }, {}};
    } else if (view == "compare") {
        auto *panel = new ComparePanel(ws);
        panel->setColourMap(colourMap);
        made = {panel, panel, [ws, panel] { return ws->embedding() != nullptr && panel->message().isEmpty(); },
                [panel] { return panel->message(); }};
    } else { // metrics
        auto *panel = new QWidget;
        made = {
            panel,
            nullptr,
            [ws, &metrics, &metricFigure, with = request.with] {
                const auto &set = ws->landscapes();
                if (!set || !ws->primaryMetrics() || (with && !ws->compareMetrics()))
                    return false;
                const LandscapeInfo &primary = set->primaryLandscape()->info();
                // As in the Metrics dock: split and fidelity tell two landscapes of
                // one model and dataset apart, otherwise the full description.
                const auto &other = set->compare;
                const bool sameData = !with || !other
                                      || (other->info().key.model == primary.key.model
                                          && other->info().key.dataset == primary.key.dataset);
                auto title = [sameData](const LandscapeKey &key) {
                    return sameData ? splitAndFidelity(key) : QString::fromStdString(key.describe());
                };
                QStringList titles{title(primary.key)};
                std::vector<std::shared_ptr<const LandscapeMetrics>> results{ws->primaryMetrics()};
                if (with && other) {
                    titles << title(other->info().key);
                    results.push_back(ws->compareMetrics());
                }
                metrics.setResults(titles, results);
                metricFigure = std::make_unique<MetricTableFigure>(
                    QApplication::translate("hplx-cli", "Landscape metrics — %1").arg(figureLandscapeName(primary.key)),
                    &metrics);
                return true;
            },
            {}};
    }
    return made;
}

// Runs the event loop until the view is ready and nothing is computing.
void waitUntilReady(Workspace &workspace, const ViewPanel &panel, const QString &view, const QString &failure)
{
    QElapsedTimer settled, stuck;
    while (true) {
        QEventLoop loop;
        QTimer::singleShot(20, &loop, &QEventLoop::quit);
        loop.exec();
        if (!failure.isEmpty()) // a job failed: reported by the caller
            return;
        const bool idle = !workspace.isBusy() && workspace.landscapes();
        if (idle && panel.ready()) {
            stuck.invalidate();
            if (!settled.isValid())
                settled.start();
            else if (settled.elapsed() > 150) // results handed on within the event loop have arrived
                return;
            continue;
        }
        settled.invalidate();
        if (!idle) {
            stuck.invalidate();
        } else if (!stuck.isValid()) {
            stuck.start();
        } else if (stuck.elapsed() > kStuckMs) {
            const QString why = panel.nothingToDraw ? panel.nothingToDraw() : QString();
            throw Error(ErrorKind::InvalidData, "the " + view.toStdString() + " view has nothing to draw"
                                                    + (why.isEmpty() ? std::string() : ": " + why.toStdString()));
        }
    }
}

// Qt's platform plugins chat on stderr about things that do not matter
// here (no window is ever shown); everything else is passed on.
void messageHandler(QtMsgType type, const QMessageLogContext &, const QString &message)
{
    if (type == QtDebugMsg || type == QtInfoMsg || message.contains(QLatin1String("propagateSizeHints"))
        || message.contains(QLatin1String("XDG_RUNTIME_DIR")))
        return;
    std::fprintf(stderr, "hplx-cli export: %s\n", qPrintable(message));
}

} // namespace

int renderExport(const ExportRequest &request, std::ostream &out)
{
    const QString colourMap =
        request.colourMap.empty() ? AnalysisSettings().colourMap : QString::fromStdString(request.colourMap);
    if (!AnalysisSettings::colourMaps().contains(colourMap))
        throw Error(ErrorKind::InvalidArgument,
                    "unknown colour map '" + request.colourMap + "' ("
                        + AnalysisSettings::colourMaps().join(QStringLiteral(", ")).toStdString() + ")");
    const bool threeD = isThreeDimensionalView(request.view);
    if (threeD && !hasDisplay())
        throw Error(ErrorKind::Io,
                    "the " + request.view + " view needs an X display (OpenGL): run under xvfb-run -a, or set DISPLAY");
    if (!threeD && !hasDisplay() && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    // Qt 6.4's offscreen platform has no OpenGL for VTK: the X server's then.
    if (threeD && qgetenv("QT_QPA_PLATFORM") == "offscreen")
        qputenv("QT_QPA_PLATFORM", "xcb");
    if (threeD)
        VtkWidget::setDefaultSurfaceFormat();

    qInstallMessageHandler(messageHandler);
    static int argc = 1;
    static char name[] = "hplx-cli";
    static char *argv[] = {name, nullptr};
    QApplication app(argc, argv);
    // Not the GUI's names: nothing here reads or writes the user's GUI settings.
    QApplication::setOrganizationName(QStringLiteral("hplx-cli"));
    QApplication::setApplicationName(QStringLiteral("hplx-cli-export"));

    JobRunner runner;
    Workspace workspace(&runner);
    AnalysisSettings settings;
    settings.colourMap = colourMap;
    workspace.setSettings(settings);
    if (!request.useCache)
        workspace.setCachePath(QString());
    else if (!request.cachePath.empty())
        workspace.setCachePath(QString::fromStdString(request.cachePath));
    QString failure;
    QObject::connect(&workspace, &Workspace::failed, &workspace,
                     [&failure](const QString &title, const QString &message) {
                         if (failure.isEmpty())
                             failure = title + QStringLiteral(": ") + message;
                     });
    const QString dbPath = QString::fromStdString(request.database);
    workspace.setDatabase(dbPath, std::make_shared<const LandscapeDatabase>(request.database));
    workspace.select(request.landscape, request.with);

    FigureOptions options;
    options.unit = request.pixels ? FigureOptions::Unit::Pixels : FigureOptions::Unit::Millimetres;
    options.width = request.width;
    options.height = request.height;
    options.dpi = request.dpi;
    options.fontScale = request.fontScale;

    MetricTableModel metrics;
    std::unique_ptr<MetricTableFigure> metricFigure;
    ViewPanel panel = createPanel(request, workspace, colourMap, metrics, metricFigure);
    // A top-level window of the figure's logical size, never mapped: panels
    // compute only while visible, and lay out as in a window of that size.
    QWidget window;
    window.setAttribute(Qt::WA_DontShowOnScreen);
    auto *layout = new QVBoxLayout(&window);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(panel.widget);
    window.resize(figureLogicalSize(options).toSize());
    window.show();
    if (request.view == "surface")
        workspace.requestEmbedding(); // what the main window asks for its surface tab
    else if (request.view == "lon")
        workspace.requestLon();

    const bool terminal = isatty(fileno(stderr)) != 0 && !request.quiet;
    if (terminal)
        std::fprintf(stderr, "computing the %s view…", request.requestedView.c_str());
    try {
        waitUntilReady(workspace, panel, QString::fromStdString(request.view), failure);
    } catch (...) {
        if (terminal)
            std::fprintf(stderr, "\r\033[K");
        runner.cancelAll();
        throw;
    }
    if (terminal)
        std::fprintf(stderr, "\r\033[K");
    if (!failure.isEmpty())
        throw Error(ErrorKind::InvalidData, failure.toStdString());

    FigureSource *figure = panel.figure ? panel.figure : metricFigure.get();
    const QString file = QString::fromStdString(request.out);
    const QString error = exportFigure(*figure, file, options);
    runner.cancelAll();
    if (!error.isEmpty())
        throw Error(ErrorKind::Io, error.toStdString());

    const QSize px = figurePixelSize(options);
    const QSizeF mm = figureMillimetres(options);
    if (request.json) {
        nlohmann::json doc = {
            {"file", request.out},      {"view", request.requestedView}, {"landscape", request.landscape},
            {"with", nullptr},          {"format", request.format},      {"width_px", px.width()},
            {"height_px", px.height()}, {"width_mm", mm.width()},        {"height_mm", mm.height()},
            {"dpi", request.dpi}};
        if (request.with)
            doc["with"] = request.with;
        out << doc.dump(2) << '\n';
    } else if (!request.quiet) {
        out << "written " << request.out << " (";
        if (request.format == "png")
            out << px.width() << " x " << px.height() << " px at " << formatNumber(request.dpi) << " DPI)\n";
        else
            out << formatNumber(std::round(mm.width() * 10) / 10) << " x "
                << formatNumber(std::round(mm.height() * 10) / 10) << " mm)\n";
    }
    return 0;
}

} // namespace hplx::cli
