// The panel the main window shows for a view is built on a Workspace, laid
// out in a top-level widget that is never shown on screen, left to compute,
// and written by exportFigure — the same code path as File ▸ Export view….
#include "cli/FigureRenderer.h"
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
#include "vtk/VtkWidget.h"
#include "window/Workspace.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QTimer>
#include <QVBoxLayout>

#include <cstdio>
#include <cstdlib>
#include <functional>
#include <tuple>
#include <unistd.h>

namespace hplx::cli {

namespace {

// Idle without the view being ready for this long: it has nothing to draw.
constexpr qint64 kStuckMs = 5000;

QString resolvedColourMap(const std::string &name)
{
    return name.empty() ? AnalysisSettings().colourMap : QString::fromStdString(name);
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
            throw NothingToDraw("the " + view.toStdString() + " view has nothing to draw"
                                + (why.isEmpty() ? std::string() : ": " + why.toStdString()));
        }
    }
}

// Qt's platform plugins chat on stderr about things that do not matter
// here (no window is ever shown); everything else is passed on.
std::string g_messagePrefix = "hplx-cli";

void messageHandler(QtMsgType type, const QMessageLogContext &, const QString &message)
{
    if (type == QtDebugMsg || type == QtInfoMsg || message.contains(QLatin1String("propagateSizeHints"))
        || message.contains(QLatin1String("XDG_RUNTIME_DIR")))
        return;
    std::fprintf(stderr, "%s: %s\n", g_messagePrefix.c_str(), qPrintable(message));
}

} // namespace

struct FigureRenderer::Private
{
    bool threeD = false;
    std::unique_ptr<QApplication> app;

    // The landscape(s) computed by the last render, kept for the next view of them.
    using Key = std::tuple<std::string, std::int64_t, std::int64_t, std::string, bool, std::string>;
    Key key;
    std::unique_ptr<JobRunner> runner;
    std::unique_ptr<Workspace> workspace;
    QString failure;

    static Key keyOf(const ExportRequest &r)
    {
        return {r.database, r.landscape, r.with, r.colourMap, r.useCache, r.cachePath};
    }

    void dropWorkspace()
    {
        if (runner)
            runner->cancelAll();
        workspace.reset();
        runner.reset();
    }

    Workspace &workspaceFor(const ExportRequest &request, const QString &colourMap)
    {
        if (workspace && key == keyOf(request))
            return *workspace;
        dropWorkspace();
        runner = std::make_unique<JobRunner>();
        workspace = std::make_unique<Workspace>(runner.get());
        AnalysisSettings settings;
        settings.colourMap = colourMap;
        workspace->setSettings(settings);
        if (!request.useCache)
            workspace->setCachePath(QString());
        else if (!request.cachePath.empty())
            workspace->setCachePath(QString::fromStdString(request.cachePath));
        QObject::connect(workspace.get(), &Workspace::failed, workspace.get(),
                         [this](const QString &title, const QString &message) {
                             if (failure.isEmpty())
                                 failure = title + QStringLiteral(": ") + message;
                         });
        workspace->setDatabase(QString::fromStdString(request.database),
                               std::make_shared<const LandscapeDatabase>(request.database));
        workspace->select(request.landscape, request.with);
        key = keyOf(request);
        return *workspace;
    }
};

FigureRenderer::FigureRenderer(bool threeD, const std::string &messagePrefix) : d(std::make_unique<Private>())
{
    d->threeD = threeD && hasDisplay();
    // Without a display the X and Wayland platforms abort the process; the
    // 2-D views draw offscreen and the 3-D ones fail in render().
    const QByteArray platform = qgetenv("QT_QPA_PLATFORM");
    if (!hasDisplay() && (platform.isEmpty() || platform.startsWith("xcb") || platform.startsWith("wayland")))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    // Qt 6.4's offscreen platform has no OpenGL for VTK: the X server's then.
    if (d->threeD && qgetenv("QT_QPA_PLATFORM") == "offscreen")
        qputenv("QT_QPA_PLATFORM", "xcb");
    if (d->threeD)
        VtkWidget::setDefaultSurfaceFormat();

    g_messagePrefix = messagePrefix;
    qInstallMessageHandler(messageHandler);
    static int argc = 1;
    static char name[] = "hplx-cli";
    static char *argv[] = {name, nullptr};
    d->app = std::make_unique<QApplication>(argc, argv);
    // Not the GUI's names: nothing here reads or writes the user's GUI settings.
    QApplication::setOrganizationName(QStringLiteral("hplx-cli"));
    QApplication::setApplicationName(QStringLiteral("hplx-cli-export"));
}

FigureRenderer::~FigureRenderer()
{
    d->dropWorkspace();
}

bool FigureRenderer::hasDisplay()
{
    const char *display = std::getenv("DISPLAY");
    const char *wayland = std::getenv("WAYLAND_DISPLAY");
    return (display && *display) || (wayland && *wayland);
}

std::string FigureRenderer::noDisplayMessage(const std::string &view)
{
    return "the " + view + " view needs an X display (OpenGL): run under xvfb-run -a, or set DISPLAY";
}

FigureOptions FigureRenderer::figureOptions(const ExportRequest &request)
{
    FigureOptions options;
    options.unit = request.pixels ? FigureOptions::Unit::Pixels : FigureOptions::Unit::Millimetres;
    options.width = request.width;
    options.height = request.height;
    options.dpi = request.dpi;
    options.fontScale = request.fontScale;
    return options;
}

void FigureRenderer::checkColourMap(const std::string &name)
{
    if (!AnalysisSettings::colourMaps().contains(resolvedColourMap(name)))
        throw Error(ErrorKind::InvalidArgument,
                    "unknown colour map '" + name + "' ("
                        + AnalysisSettings::colourMaps().join(QStringLiteral(", ")).toStdString() + ")");
}

void FigureRenderer::render(const ExportRequest &request, const std::vector<std::string> &files)
{
    checkColourMap(request.colourMap);
    const bool threeD = isThreeDimensionalView(request.view);
    if (threeD && !hasDisplay())
        throw Error(ErrorKind::Io, noDisplayMessage(request.view));
    if (threeD && !d->threeD)
        throw Error(ErrorKind::InvalidArgument, "internal: FigureRenderer made for 2-D views only");

    const QString colourMap = resolvedColourMap(request.colourMap);
    d->failure.clear();
    Workspace &workspace = d->workspaceFor(request, colourMap);

    const FigureOptions options = figureOptions(request);

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
        waitUntilReady(workspace, panel, QString::fromStdString(request.view), d->failure);
    } catch (...) {
        if (terminal)
            std::fprintf(stderr, "\r\033[K");
        d->dropWorkspace(); // a view stuck or failed: start the next one afresh
        throw;
    }
    if (terminal)
        std::fprintf(stderr, "\r\033[K");
    if (!d->failure.isEmpty()) {
        const std::string failure = d->failure.toStdString();
        d->dropWorkspace();
        throw Error(ErrorKind::InvalidData, failure);
    }

    FigureSource *figure = panel.figure ? panel.figure : metricFigure.get();
    for (const auto &file : files) {
        const QString error = exportFigure(*figure, QString::fromStdString(file), options);
        if (!error.isEmpty())
            throw Error(ErrorKind::Io, error.toStdString());
    }
}

} // namespace hplx::cli
