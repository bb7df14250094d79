#include "window/MainWindow.h"

#include "export/ComposerDialog.h"
#include "export/ExportFigureDialog.h"
#include "export/FigureComposer.h"
#include "export/FigureExport.h"
#include "jobs/JobRunner.h"
#include "jobs/JobsPanel.h"
#include "model/ConfigurationTableModel.h"
#include "model/LandscapeFilterProxy.h"
#include "model/LandscapeTreeModel.h"
#include "model/MetricTableModel.h"
#include "model/SelectionHub.h"
#include "model/TableExport.h"
#include "model/TableSelectionLink.h"
#include "panels/ComparePanel.h"
#include "panels/ConfigurationDetails.h"
#include "panels/FidelityPanel.h"
#include "panels/HpMarginalsPanel.h"
#include "panels/LandscapeLabels.h"
#include "panels/LonPanel.h"
#include "panels/OverfittingPanel.h"
#include "panels/RankAgreementPanel.h"
#include "panels/SimilarityPanel.h"
#include "panels/SurfacePanel.h"
#include "settings/SettingsDialog.h"
#include "store/LandscapeDatabase.h"
#include "util/Error.h"
#include "window/Workspace.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QSaveFile>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QTreeView>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <set>

namespace hplx {

namespace {

constexpr int kMaxRecentFiles = 8;
const char *kRecentKey = "files/recent";
constexpr int kStateVersion = 2; // bump when the set of docks changes

// TSV (or CSV) text of a model's rows: a header line, then the given rows
// (all rows when empty), every column.
QString tableText(const QAbstractItemModel &model, std::vector<int> rows, QChar separator)
{
    if (rows.empty()) {
        rows.resize(static_cast<std::size_t>(model.rowCount()));
        for (std::size_t r = 0; r < rows.size(); ++r)
            rows[r] = static_cast<int>(r);
    }
    auto field = [separator](QString text) {
        if (separator == QLatin1Char(',')
            && (text.contains(QLatin1Char(',')) || text.contains(QLatin1Char('"')) || text.contains(QLatin1Char('\n'))))
            return QLatin1Char('"') + text.replace(QLatin1Char('"'), QStringLiteral("\"\"")) + QLatin1Char('"');
        return text.replace(QLatin1Char('\t'), QLatin1Char(' ')).replace(QLatin1Char('\n'), QLatin1Char(' '));
    };
    QStringList lines;
    QStringList cells;
    for (int c = 0; c < model.columnCount(); ++c)
        cells << field(model.headerData(c, Qt::Horizontal).toString());
    lines << cells.join(separator);
    for (const int r : rows) {
        cells.clear();
        for (int c = 0; c < model.columnCount(); ++c)
            cells << field(model.index(r, c).data().toString());
        lines << cells.join(separator);
    }
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

std::vector<int> selectedRows(const QTableView &view)
{
    std::set<int> rows;
    for (const QModelIndex &index : view.selectionModel()->selectedIndexes())
        rows.insert(index.row());
    return {rows.begin(), rows.end()};
}

} // namespace

MainWindow::MainWindow(QWidget *parent) : QMainWindow(parent)
{
    setObjectName(QStringLiteral("MainWindow"));
    setAcceptDrops(true);
    setDockNestingEnabled(true);
    QSettings settings;
    m_settings = AnalysisSettings::load(settings);

    m_runner = new JobRunner(this);
    if (m_settings.threads > 0)
        m_runner->setMaxThreads(m_settings.threads);
    m_workspace = new Workspace(m_runner, this);
    m_workspace->setSettings(m_settings);
    connect(m_workspace, &Workspace::landscapesChanged, this, &MainWindow::showLandscapes);
    connect(m_workspace, &Workspace::metricsChanged, this, &MainWindow::showMetrics);
    connect(m_workspace, &Workspace::improvingChanged, this, &MainWindow::showImproving);
    connect(m_workspace, &Workspace::failed, this, &MainWindow::showError);

    createConfigurationTable();
    createBrowser();
    m_details = new ConfigurationDetails(this);
    m_details->setSelectionHub(m_workspace->selectionHub());
    m_spaceTree = new QTreeWidget(this);
    m_spaceTree->setObjectName(QStringLiteral("spaceTree"));
    m_spaceTree->setHeaderLabels({tr("Hyperparameter"), tr("Kind"), tr("Values")});
    m_spaceTree->setRootIsDecorated(false);
    createMetricTable();
    m_jobsPanel = new JobsPanel(m_runner, this);

    createMenus();
    // Left: browser above jobs, full height; bottom: metrics under the table
    // and the details; right: details and search space.
    setCorner(Qt::BottomLeftCorner, Qt::LeftDockWidgetArea);
    setCorner(Qt::BottomRightCorner, Qt::BottomDockWidgetArea);
    QDockWidget *jobs = addDock(m_jobsPanel, tr("Jobs"), QStringLiteral("jobsDock"), Qt::LeftDockWidgetArea);
    splitDockWidget(m_browserDock, jobs, Qt::Vertical);
    QDockWidget *details =
        addDock(m_details, tr("Configuration"), QStringLiteral("detailsDock"), Qt::RightDockWidgetArea);
    QDockWidget *space = addDock(m_spaceTree, tr("Search space"), QStringLiteral("spaceDock"), Qt::RightDockWidgetArea);
    tabifyDockWidget(details, space);
    details->raise();
    m_metricsDock = addDock(m_metricTable, tr("Metrics"), QStringLiteral("metricsDock"), Qt::BottomDockWidgetArea);
    resizeDocks({m_browserDock, details}, {380, 380}, Qt::Horizontal);
    resizeDocks({m_browserDock, jobs}, {700, 140}, Qt::Vertical);
    resizeDocks({m_metricsDock}, {300}, Qt::Vertical);

    m_statusLabel = new QLabel(this);
    statusBar()->addWidget(m_statusLabel, 1);
    m_jobsLabel = new QLabel(this);
    m_jobsLabel->setObjectName(QStringLiteral("jobsStatus"));
    statusBar()->addPermanentWidget(m_jobsLabel);
    connect(m_runner, &JobRunner::activeCountChanged, this,
            [this](int count) { m_jobsLabel->setText(count ? tr("%n job(s) running", nullptr, count) : QString()); });

    const QByteArray geometry = settings.value(QStringLiteral("window/geometry")).toByteArray();
    if (geometry.isEmpty() || !restoreGeometry(geometry))
        resize(1440, 900);
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray(), kStateVersion);
    updateTitleAndStatus();
}

MainWindow::~MainWindow()
{
    // Jobs hold shared results only; cancel them before the views go away.
    m_runner->cancelAll();
}

QDockWidget *MainWindow::addDock(QWidget *widget, const QString &title, const QString &name, Qt::DockWidgetArea area)
{
    auto *dock = new QDockWidget(title, this);
    dock->setObjectName(name);
    dock->setWidget(widget);
    addDockWidget(area, dock);
    m_viewMenu->addAction(dock->toggleViewAction());
    return dock;
}

void MainWindow::createBrowser()
{
    m_treeModel = new LandscapeTreeModel(this);
    m_treeProxy = new LandscapeFilterProxy(this);
    m_treeProxy->setSourceModel(m_treeModel);
    m_browser = new QTreeView;
    m_browser->setObjectName(QStringLiteral("landscapeBrowser"));
    m_browser->setModel(m_treeProxy);
    m_browser->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_browser->setUniformRowHeights(true);
    m_browser->setAlternatingRowColors(true);
    m_browser->header()->setStretchLastSection(false);
    m_browser->header()->setSectionResizeMode(LandscapeTreeModel::Label, QHeaderView::Stretch);
    m_browser->header()->setSectionResizeMode(LandscapeTreeModel::Count, QHeaderView::ResizeToContents);
    m_browser->setToolTip(tr("Click a landscape to explore it; Ctrl+click a second one to compare."));
    connect(m_browser->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &MainWindow::browserSelectionChanged);

    m_browserFilter = new QLineEdit;
    m_browserFilter->setObjectName(QStringLiteral("browserFilter"));
    m_browserFilter->setPlaceholderText(tr("Filter, e.g. “wine test”"));
    m_browserFilter->setClearButtonEnabled(true);
    connect(m_browserFilter, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_treeProxy->setFilterText(text);
        if (!text.isEmpty())
            m_browser->expandAll();
    });

    auto *panel = new QWidget;
    auto *layout = new QVBoxLayout(panel);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_browserFilter);
    layout->addWidget(m_browser, 1);
    m_browserDock = addDock(panel, tr("Landscapes"), QStringLiteral("browserDock"), Qt::LeftDockWidgetArea);
    m_browserDock->setMinimumWidth(300);
}

void MainWindow::createConfigurationTable()
{
    // The View menu exists before the first dock is added.
    m_viewMenu = new QMenu(tr("&View"), this);

    m_configModel = new ConfigurationTableModel(this);
    m_configTable = new QTableView;
    m_configTable->setObjectName(QStringLiteral("configurationTable"));
    m_configTable->setModel(m_configModel);
    m_configTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_configTable->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_configTable->setAlternatingRowColors(true);
    m_configTable->setSortingEnabled(true);
    m_configTable->sortByColumn(-1, Qt::AscendingOrder);
    m_configTable->setWordWrap(false);
    m_configTable->verticalHeader()->hide();
    // Fixed row heights: the view never measures a million rows.
    m_configTable->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_configTable->verticalHeader()->setDefaultSectionSize(m_configTable->fontMetrics().height() + 6);
    m_configTable->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_configTable->setMouseTracking(true);
    new TableSelectionLink(m_configTable, m_workspace->selectionHub(), m_configTable);

    m_configFilter = new QLineEdit;
    m_configFilter->setObjectName(QStringLiteral("configurationFilter"));
    m_configFilter->setClearButtonEnabled(true);
    m_configFilter->setPlaceholderText(tr("Filter configurations, e.g. “max_depth=3 loss<0.2 optimum”"));
    m_configFilter->setToolTip(tr("Conditions separated by spaces, all of which must hold: HP=value, HP<=value, "
                                  "loss<x, rank<=n, config>=id, optimum (local optima only)."));
    m_configStatus = new QLabel;
    m_configStatus->setObjectName(QStringLiteral("configurationStatus"));
    connect(m_configFilter, &QLineEdit::returnPressed, this,
            [this] { m_configModel->setFilter(m_configFilter->text()); });
    connect(m_configFilter, &QLineEdit::textChanged, this, [this](const QString &text) {
        if (text.isEmpty())
            m_configModel->setFilter(QString());
    });
    connect(m_configModel, &ConfigurationTableModel::filterError, this, [this](const QString &message) {
        m_configStatus->setText(QStringLiteral("<span style='color:#b00020'>%1</span>").arg(message.toHtmlEscaped()));
    });
    auto updateCount = [this] {
        const auto *space = m_configModel->space().get();
        m_configStatus->setText(
            space ? tr("%L1 of %L2 configurations shown").arg(m_configModel->rowCount()).arg(space->size())
                  : QString());
    };
    connect(m_configModel, &ConfigurationTableModel::filterChanged, this, updateCount);
    connect(m_configModel, &QAbstractItemModel::modelReset, this, updateCount);

    auto *configurations = new QWidget;
    auto *layout = new QVBoxLayout(configurations);
    layout->setContentsMargins(4, 4, 4, 4);
    auto *bar = new QHBoxLayout;
    bar->addWidget(m_configFilter, 1);
    bar->addWidget(m_configStatus);
    layout->addLayout(bar);
    layout->addWidget(m_configTable, 1);

    m_views = new QTabWidget;
    m_views->setObjectName(QStringLiteral("views"));
    m_views->setDocumentMode(true);
    m_views->addTab(configurations, tr("Configurations"));
    // Every other view is created when its tab is first shown: the 3-D
    // views need OpenGL only then, and no panel computes for a hidden tab.
    addLazyView(QStringLiteral("surface"), tr("Surface"), [this](QWidget *parent) {
        auto *panel = new SurfacePanel(m_workspace, parent);
        followColourMap([panel](const QString &map) { panel->setColourMap(map); });
        return panel;
    });
    addLazyView(QStringLiteral("lon"), tr("Optima network"), [this](QWidget *parent) {
        auto *panel = new LonPanel(m_workspace, parent);
        followColourMap([panel](const QString &map) { panel->setColourMap(map); });
        return panel;
    });
    addLazyView(QStringLiteral("overfitting"), tr("Overfitting"),
                [this](QWidget *parent) { return new OverfittingPanel(m_workspace, parent); });
    addLazyView(QStringLiteral("ranks"), tr("Rank agreement"),
                [this](QWidget *parent) { return new RankAgreementPanel(m_workspace, parent); });
    addLazyView(QStringLiteral("importance"), tr("Importance"),
                [this](QWidget *parent) { return new HpMarginalsPanel(m_workspace, parent); });
    addLazyView(QStringLiteral("fidelities"), tr("Fidelities"),
                [this](QWidget *parent) { return new FidelityPanel(m_workspace, parent); });
    addLazyView(QStringLiteral("similarity"), tr("Similarity"), [this](QWidget *parent) {
        auto *panel = new SimilarityPanel(m_workspace, parent);
        followColourMap([panel](const QString &map) { panel->setColourMap(map); });
        // Two clicks from the matrix to two datasets side by side.
        connect(panel, &SimilarityPanel::openPair, this, [this](qint64 a, qint64 b) {
            selectLandscape(a, b);
            showView(QStringLiteral("compare"));
        });
        return panel;
    });
    addLazyView(QStringLiteral("compare"), tr("Compare"), [this](QWidget *parent) {
        auto *panel = new ComparePanel(m_workspace, parent);
        followColourMap([panel](const QString &map) { panel->setColourMap(map); });
        return panel;
    });
    connect(m_views, &QTabWidget::currentChanged, this, [this](int index) {
        for (LazyView &view : m_lazyViews) {
            if (m_views->widget(index) == view.tab && !view.panel) {
                view.panel = view.create(view.tab);
                view.panel->setObjectName(view.name + QStringLiteral("Panel"));
                view.tab->layout()->addWidget(view.panel);
            }
        }
        requestVisibleResults();
        updateExportView();
    });
    setCentralWidget(m_views);
}

void MainWindow::addLazyView(const QString &name, const QString &title, std::function<QWidget *(QWidget *)> create)
{
    LazyView view{name, new QWidget, nullptr, std::move(create)};
    auto *layout = new QVBoxLayout(view.tab);
    layout->setContentsMargins(0, 0, 0, 0);
    m_views->addTab(view.tab, title);
    m_lazyViews.push_back(std::move(view));
}

void MainWindow::followColourMap(std::function<void(const QString &)> setColourMap)
{
    setColourMap(m_settings.colourMap);
    m_colourMapFollowers.push_back(std::move(setColourMap));
}

const MainWindow::LazyView *MainWindow::lazyView(const QString &name) const
{
    for (const LazyView &view : m_lazyViews)
        if (view.name == name)
            return &view;
    return nullptr;
}

void MainWindow::createMetricTable()
{
    m_metricModel = new MetricTableModel(this);
    m_metricProxy = new QSortFilterProxyModel(this);
    m_metricProxy->setSourceModel(m_metricModel);
    m_metricProxy->setSortRole(MetricTableModel::SortRole);
    m_metricTable = new QTableView;
    m_metricTable->setObjectName(QStringLiteral("metricTable"));
    m_metricTable->setModel(m_metricProxy);
    m_metricTable->setSortingEnabled(true);
    m_metricTable->sortByColumn(-1, Qt::AscendingOrder);
    m_metricTable->setAlternatingRowColors(true);
    m_metricTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_metricTable->verticalHeader()->hide();
    m_metricTable->verticalHeader()->setDefaultSectionSize(m_metricTable->fontMetrics().height() + 6);
    m_metricTable->horizontalHeader()->setStretchLastSection(true);
    m_metricTable->setContextMenuPolicy(Qt::ActionsContextMenu);
    auto *copy = new QAction(tr("Copy as TSV"), m_metricTable);
    connect(copy, &QAction::triggered, this, &MainWindow::copySelection);
    m_metricTable->addAction(copy);
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *open = file->addAction(tr("&Open…"), this, [this] {
        const QString path =
            QFileDialog::getOpenFileName(this, tr("Open landscape database"), QFileInfo(m_path).absolutePath(),
                                         tr("Landscape databases (*.db *.sqlite *.sqlite3 *.hplx);;All files (*)"));
        if (!path.isEmpty())
            openDatabase(path);
    });
    open->setShortcut(QKeySequence::Open);
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    updateRecentMenu();
    m_closeAction = file->addAction(tr("&Close"), this, &MainWindow::closeDatabase);
    m_closeAction->setShortcut(QKeySequence::Close);
    file->addSeparator();
    QMenu *exportMenu = file->addMenu(tr("&Export"));
    QAction *exportConfigs =
        exportMenu->addAction(tr("&Configurations table…"), this, &MainWindow::exportConfigurations);
    exportConfigs->setShortcut(QKeySequence(tr("Ctrl+E")));
    QAction *exportMetrics = exportMenu->addAction(tr("&Metrics table…"), this, &MainWindow::exportMetrics);
    m_needsLandscape << exportConfigs << exportMetrics;
    m_exportViewAction = file->addAction(tr("Export &view…"), this, &MainWindow::exportView);
    m_exportViewAction->setObjectName(QStringLiteral("exportViewAction"));
    m_exportViewAction->setShortcut(QKeySequence(tr("Ctrl+Shift+E")));
    m_exportViewAction->setToolTip(tr("Export the current view as a figure (PNG, SVG or PDF)"));
    // The composer keeps snapshots of views (e.g. one view for four datasets)
    // and lays them out as one lettered figure.
    m_composer = new FigureComposer(this);
    m_addToFigureAction = file->addAction(tr("Add View to Figure"), this, [this] {
        const int index = m_composer->addCurrentView(figureSourceOf(viewPanel(currentView())));
        if (index >= 0)
            statusBar()->showMessage(
                tr("Added “%1” as panel %2 of the figure")
                    .arg(m_composer->title(index), FigureComposer::letter(index, ComposerLayout::LetterStyle::Lower)),
                5000);
    });
    m_addToFigureAction->setObjectName(QStringLiteral("addToFigureAction"));
    m_addToFigureAction->setShortcut(QKeySequence(tr("Ctrl+Shift+A")));
    QAction *compose = file->addAction(tr("Compose Figure…"), this, [this] {
        auto *dialog = new ComposerDialog(m_composer, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->show();
    });
    compose->setObjectName(QStringLiteral("composeFigureAction"));
    updateExportView();
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *copy = edit->addAction(tr("&Copy"), this, &MainWindow::copySelection);
    copy->setShortcut(QKeySequence::Copy);
    copy->setShortcutContext(Qt::WindowShortcut);
    QAction *selectAll = edit->addAction(tr("Select &All Configurations"), this, [this] {
        std::vector<ConfigId> ids;
        ids.reserve(static_cast<std::size_t>(m_configModel->rowCount()));
        for (int row = 0; row < m_configModel->rowCount(); ++row)
            ids.push_back(m_configModel->configAt(row));
        m_workspace->selectionHub()->setSelection(std::move(ids), this);
    });
    selectAll->setShortcut(QKeySequence::SelectAll);
    QAction *clear =
        edit->addAction(tr("C&lear Selection"), this, [this] { m_workspace->selectionHub()->clear(this); });
    clear->setShortcut(QKeySequence(Qt::Key_Escape));
    m_needsLandscape << selectAll << clear;
    edit->addSeparator();
    QAction *preferences = edit->addAction(tr("&Preferences…"), this, &MainWindow::showPreferences);
    preferences->setShortcut(QKeySequence::Preferences);
    preferences->setMenuRole(QAction::PreferencesRole);

    menuBar()->addMenu(m_viewMenu);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *about = help->addAction(tr("&About HPLX"), this, [this] {
        QMessageBox::about(this, tr("About HPLX"),
                           tr("<b>HPLX %1</b> — Hyperparameter Landscape Explorer.<p>Explore the loss landscapes of "
                              "hyperparameter grids: local optima, basins, landscape metrics and similarity.")
                               .arg(QStringLiteral(HPLX_VERSION)));
    });
    about->setMenuRole(QAction::AboutRole);
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt)->setMenuRole(QAction::AboutQtRole);
}

bool MainWindow::openDatabase(const QString &path)
{
    std::shared_ptr<const LandscapeDatabase> db;
    try {
        db = std::make_shared<const LandscapeDatabase>(QFileInfo(path).absoluteFilePath().toStdString());
    } catch (const Error &error) {
        showError(tr("Cannot open %1").arg(QFileInfo(path).fileName()), QString::fromStdString(error.what()));
        return false;
    }
    m_path = QFileInfo(path).absoluteFilePath();
    m_browserOrder.clear();
    m_workspace->setDatabase(m_path, db);
    m_treeModel->setDatabase(db);
    m_browser->expandToDepth(2);
    rememberRecent(m_path);
    updateTitleAndStatus();
    // Start on the first landscape, as a researcher opening a file expects something to look at.
    if (!db->landscapes().empty())
        selectLandscape(db->landscapes().front().id);
    Q_EMIT databaseChanged(m_path);
    return true;
}

void MainWindow::closeDatabase()
{
    m_browserOrder.clear();
    m_treeModel->setDatabase(nullptr);
    m_workspace->setDatabase(QString(), nullptr);
    m_path.clear();
    updateTitleAndStatus();
    Q_EMIT databaseChanged(QString());
}

const LandscapeDatabase *MainWindow::database() const
{
    return m_workspace->database().get();
}

bool MainWindow::selectLandscape(qint64 landscapeId, qint64 compareId)
{
    const QModelIndex primary = m_treeProxy->mapFromSource(m_treeModel->indexOfLandscape(landscapeId));
    const QModelIndex compare =
        compareId ? m_treeProxy->mapFromSource(m_treeModel->indexOfLandscape(compareId)) : QModelIndex();
    if (!primary.isValid() || (compareId && !compare.isValid()))
        return false;
    QItemSelectionModel *selection = m_browser->selectionModel();
    const QItemSelectionModel::SelectionFlags rows = QItemSelectionModel::Select | QItemSelectionModel::Rows;
    selection->select(primary, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    if (compare.isValid())
        selection->select(compare, rows);
    selection->setCurrentIndex(primary, QItemSelectionModel::NoUpdate);
    m_browser->scrollTo(primary);
    return true;
}

qint64 MainWindow::selectedLandscape() const
{
    return m_workspace->primaryId();
}

qint64 MainWindow::comparedLandscape() const
{
    return m_workspace->compareId();
}

void MainWindow::browserSelectionChanged(const QItemSelection &selected, const QItemSelection &deselected)
{
    for (const QModelIndex &index : deselected.indexes())
        m_browserOrder.removeAll(index.data(LandscapeTreeModel::LandscapeIdRole).toLongLong());
    for (const QModelIndex &index : selected.indexes()) {
        const qint64 id = index.data(LandscapeTreeModel::LandscapeIdRole).toLongLong();
        if (id > 0 && index.column() == 0 && !m_browserOrder.contains(id))
            m_browserOrder.append(id);
    }
    const qint64 primary = m_browserOrder.value(0, 0);
    const qint64 compare = m_browserOrder.value(1, 0);
    if (m_browserOrder.size() > 2)
        statusBar()->showMessage(tr("Comparing the first two selected landscapes"), 5000);
    if (primary == m_workspace->primaryId() && compare == m_workspace->compareId())
        return;
    // Inner nodes are not landscapes: a click on one keeps the current choice.
    if (primary == 0 && m_browserOrder.isEmpty() && !selected.isEmpty())
        return;
    m_workspace->select(primary, compare);
    Q_EMIT landscapeSelected(primary);
}

void MainWindow::showLandscapes()
{
    const auto &set = m_workspace->landscapes();
    if (!set) {
        if (m_workspace->primaryId() == 0) {
            m_configModel->setSpace(nullptr);
            m_details->setLandscapes({}, -1);
            showSpace();
        }
        updateTitleAndStatus();
        return;
    }
    if (!set->skipped.empty())
        statusBar()->showMessage(
            tr("%n related landscape(s) left out: %1", nullptr, static_cast<int>(set->skipped.size()))
                .arg(QString::fromStdString(set->skipped.front())),
            15000);
    m_configModel->setSpace(set->primaryLandscape()->spacePtr());
    m_configModel->setLandscapes(set->siblings, set->primary);
    if (!m_configFilter->text().isEmpty())
        m_configModel->setFilter(m_configFilter->text());
    m_details->setLandscapes(set->siblings, set->primary);
    m_configTable->resizeColumnsToContents();
    requestVisibleResults(); // a new landscape: what the visible tab draws
    showSpace();
    updateTitleAndStatus();
}

void MainWindow::showMetrics()
{
    QStringList titles;
    std::vector<std::shared_ptr<const LandscapeMetrics>> results;
    const auto &set = m_workspace->landscapes();
    if (set && m_workspace->primaryMetrics()) {
        const LandscapeInfo &primary = set->primaryLandscape()->info();
        // Split and fidelity tell two landscapes of one model and dataset apart;
        // otherwise the full description does.
        const bool sameData = !set->compare
                              || (set->compare->info().key.model == primary.key.model
                                  && set->compare->info().key.dataset == primary.key.dataset);
        auto title = [sameData](const LandscapeInfo &info) {
            return sameData ? splitAndFidelity(info.key) : QString::fromStdString(info.key.describe());
        };
        titles << title(primary);
        results.push_back(m_workspace->primaryMetrics());
        if (set->compare && m_workspace->compareMetrics()) {
            titles << title(set->compare->info());
            results.push_back(m_workspace->compareMetrics());
        }
    }
    m_metricModel->setResults(titles, results);
    m_metricsDock->setWindowTitle(set ? tr("Metrics — %1 / %2")
                                            .arg(QString::fromStdString(set->primaryLandscape()->info().key.model),
                                                 QString::fromStdString(set->primaryLandscape()->info().key.dataset))
                                      : tr("Metrics"));
    // Values next to the metric names, variant and parameters after them.
    QHeaderView *header = m_metricTable->horizontalHeader();
    for (int column = 0; column < m_metricModel->columnCount(); ++column)
        header->moveSection(header->visualIndex(column), column);
    for (int moved = 0; moved < 2 && m_metricModel->columnCount() > 3; ++moved)
        header->moveSection(header->visualIndex(1 + moved), m_metricModel->columnCount() - 1);
    m_metricTable->resizeColumnsToContents();
}

void MainWindow::showImproving()
{
    const auto &improving = m_workspace->improving();
    m_details->setImprovingGraph(improving);
    if (!improving) {
        m_configModel->setGraphInfo({}, {});
        return;
    }
    std::vector<std::uint8_t> isOptimum(improving->attractor.size(), 0);
    for (const ConfigId id : improving->localOptima)
        isOptimum[id] = 1;
    m_configModel->setGraphInfo(std::move(isOptimum), improving->attractor);
}

void MainWindow::showSpace()
{
    m_spaceTree->clear();
    const auto &set = m_workspace->landscapes();
    if (!set)
        return;
    for (const auto &hp : set->primaryLandscape()->space().hyperparameters()) {
        QStringList labels;
        for (const auto &label : hp.labels())
            labels << QString::fromStdString(label);
        auto *item = new QTreeWidgetItem(m_spaceTree, {QString::fromStdString(hp.name()),
                                                       hp.kind() == HpKind::Ordinal ? tr("ordinal") : tr("categorical"),
                                                       labels.join(QStringLiteral(", "))});
        item->setToolTip(2, tr("%n value(s)", nullptr, static_cast<int>(hp.size())));
    }
    for (int column = 0; column < 2; ++column)
        m_spaceTree->resizeColumnToContents(column);
}

void MainWindow::copySelection()
{
    QString text;
    if (m_metricTable->hasFocus() || m_metricTable->isAncestorOf(QApplication::focusWidget())) {
        QModelIndexList indexes;
        for (const QModelIndex &index : m_metricTable->selectionModel()->selectedIndexes())
            indexes << m_metricProxy->mapToSource(index);
        text = m_metricModel->toTsv(indexes);
    } else {
        const std::vector<int> rows = selectedRows(*m_configTable);
        if (rows.empty())
            return;
        text = tableText(*m_configModel, rows, QLatin1Char('\t'));
    }
    QApplication::clipboard()->setText(text);
    statusBar()->showMessage(tr("Copied to the clipboard"), 3000);
}

void MainWindow::exportConfigurations()
{
    if (m_configModel->space())
        exportTable(*m_configModel, tr("Export configurations"), Qt::DisplayRole, {});
}

void MainWindow::exportMetrics()
{
    const Landscape *primary = m_workspace->landscapes() ? m_workspace->landscapes()->primaryLandscape() : nullptr;
    const QString caption =
        primary ? tr("Landscape metrics of %1").arg(QString::fromStdString(primary->info().key.describe())) : QString();
    // Values in full precision (undefined ones empty), not the table's 4 digits.
    exportTable(*m_metricModel, tr("Export metrics"), MetricTableModel::SortRole, caption);
}

void MainWindow::updateExportView()
{
    if (!m_exportViewAction)
        return;
    // Tables have their own export (File ▸ Export ▸ …).
    QWidget *panel = m_views ? viewPanel(currentView()) : nullptr;
    m_exportViewAction->setEnabled(figureSourceOf(panel) != nullptr);
    m_addToFigureAction->setEnabled(figureSourceOf(panel) != nullptr);
}

void MainWindow::exportView()
{
    const QString view = currentView();
    FigureSource *source = figureSourceOf(viewPanel(view));
    if (!source)
        return;
    const QString file = QDir(ExportFigureDialog::savedFolder())
                             .filePath(QStringLiteral("%1.%2").arg(view, ExportFigureDialog::savedFormat()));
    ExportFigureDialog dialog(source, file, this);
    if (dialog.exec() == QDialog::Accepted)
        statusBar()->showMessage(tr("Exported %1").arg(QDir::toNativeSeparators(dialog.fileName())), 5000);
}

void MainWindow::exportTable(const QAbstractItemModel &model, const QString &title, int role, const QString &caption)
{
    QString filter;
    QString file = QFileDialog::getSaveFileName(this, title, QString(), tableFileFilters(), &filter);
    if (file.isEmpty())
        return;
    if (!tableFormatOf(file)) // no or another suffix: the one of the chosen filter
        file += QLatin1Char('.') + filter.section(QLatin1String("(*."), 1).section(QLatin1Char(')'), 0, 0);
    // LaTeX tables are read by people: 4 significant digits there.
    const int digits = tableFormatOf(file) == TableFormat::Latex ? 4 : 0;
    const QString error = writeTable(file, textTableOf(model, role, digits), caption);
    if (!error.isEmpty())
        showError(tr("Cannot export"), error);
}

void MainWindow::showPreferences()
{
    auto *dialog = new SettingsDialog(m_settings, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { applySettings(dialog->settings()); });
    dialog->open();
}

void MainWindow::applySettings(const AnalysisSettings &settings)
{
    if (settings.language != m_settings.language)
        statusBar()->showMessage(tr("The language changes when HPLX is started again"), 8000);
    m_settings = settings;
    QSettings store;
    m_settings.save(store);
    m_runner->setMaxThreads(settings.threads > 0 ? settings.threads : QThread::idealThreadCount());
    m_workspace->setSettings(settings);
    for (const auto &setColourMap : m_colourMapFollowers)
        setColourMap(settings.colourMap);
}

void MainWindow::requestVisibleResults()
{
    // The embedding and the LON take seconds on large landscapes: computed
    // only for the tab that shows them.
    const QString view = currentView();
    if (view == QLatin1String("surface"))
        m_workspace->requestEmbedding();
    else if (view == QLatin1String("lon"))
        m_workspace->requestLon();
}

bool MainWindow::showView(const QString &name)
{
    if (name == QLatin1String("configurations")) {
        m_views->setCurrentIndex(0);
        return true;
    }
    const LazyView *view = lazyView(name);
    if (!view)
        return false;
    m_views->setCurrentWidget(view->tab);
    return true;
}

QString MainWindow::currentView() const
{
    for (const LazyView &view : m_lazyViews)
        if (m_views->currentWidget() == view.tab)
            return view.name;
    return QStringLiteral("configurations");
}

QStringList MainWindow::viewNames() const
{
    QStringList names{QStringLiteral("configurations")};
    for (const LazyView &view : m_lazyViews)
        names << view.name;
    return names;
}

QWidget *MainWindow::viewPanel(const QString &name) const
{
    const LazyView *view = lazyView(name);
    return view ? view->panel : nullptr;
}

void MainWindow::whenIdle(std::function<void()> done)
{
    if (!m_workspace->isBusy()) {
        QTimer::singleShot(0, this, std::move(done));
        return;
    }
    connect(
        m_workspace, &Workspace::idle, this, [done] { QTimer::singleShot(0, done); }, Qt::SingleShotConnection);
}

void MainWindow::rememberRecent(const QString &path)
{
    QSettings settings;
    QStringList recent = settings.value(QLatin1String(kRecentKey)).toStringList();
    recent.removeAll(path);
    recent.prepend(path);
    while (recent.size() > kMaxRecentFiles)
        recent.removeLast();
    settings.setValue(QLatin1String(kRecentKey), recent);
    updateRecentMenu();
}

void MainWindow::updateRecentMenu()
{
    m_recentMenu->clear();
    const QStringList recent = QSettings().value(QLatin1String(kRecentKey)).toStringList();
    for (const QString &path : recent)
        m_recentMenu->addAction(QFileInfo(path).fileName(), this, [this, path] { openDatabase(path); })
            ->setToolTip(path);
    m_recentMenu->setEnabled(!recent.isEmpty());
}

void MainWindow::updateTitleAndStatus()
{
    const bool hasLandscape = m_workspace->landscapes() != nullptr;
    for (QAction *action : m_needsLandscape)
        action->setEnabled(hasLandscape);
    const LandscapeDatabase *db = database();
    if (!db) {
        setWindowTitle(tr("HPLX"));
        m_statusLabel->setText(tr("No database open — use File ▸ Open or drop a database file here"));
        m_closeAction->setEnabled(false);
        return;
    }
    setWindowTitle(tr("%1 — HPLX").arg(QFileInfo(m_path).fileName()));
    QString status = tr("%1: %n landscape(s)", nullptr, static_cast<int>(db->landscapes().size()))
                         .arg(QDir::toNativeSeparators(m_path))
                     + tr(", %n search space(s)", nullptr, static_cast<int>(db->spaces().size()));
    if (const Landscape *primary = hasLandscape ? m_workspace->landscapes()->primaryLandscape() : nullptr)
        status += tr(" — showing %1").arg(QString::fromStdString(primary->info().key.describe()));
    m_statusLabel->setText(status);
    m_closeAction->setEnabled(true);
}

void MainWindow::showError(const QString &title, const QString &message)
{
    auto *box = new QMessageBox(QMessageBox::Critical, title, message, QMessageBox::Ok, this);
    box->setObjectName(QStringLiteral("errorDialog"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open(); // window-modal but non-blocking: the event loop (and tests) keep running
    statusBar()->showMessage(title, 10000);
    Q_EMIT errorOccurred(message);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState(kStateVersion));
    m_runner->cancelAll();
    event->accept();
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasUrls() && event->mimeData()->urls().size() == 1
        && event->mimeData()->urls().first().isLocalFile())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    openDatabase(event->mimeData()->urls().first().toLocalFile());
    event->acceptProposedAction();
}

} // namespace hplx
