// The HPLX main window: a database opened read-only, the landscape browser
// (left), the configuration table (centre), details and search space
// (right), metrics (bottom) and running jobs. Docks can be moved, closed and
// are restored with QSettings. All computing happens in Workspace jobs.
#pragma once

#include "settings/AnalysisSettings.h"

#include <QList>
#include <QMainWindow>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <vector>

class QAbstractItemModel;
class QAction;
class QDockWidget;
class QItemSelection;
class QLabel;
class QLineEdit;
class QMenu;
class QSortFilterProxyModel;
class QTabWidget;
class QTableView;
class QTreeView;
class QTreeWidget;

namespace hplx {

class ConfigurationDetails;
class FigureComposer;
class ConfigurationTableModel;
class JobRunner;
class JobsPanel;
class LandscapeDatabase;
class LandscapeFilterProxy;
class LandscapeTreeModel;
class MetricTableModel;
class Workspace;

class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens path read-only. On failure shows a (non-blocking) error dialog,
    // keeps the previous database and returns false.
    bool openDatabase(const QString &path);
    void closeDatabase();
    // Selects a landscape (and optionally one to compare with) in the browser;
    // false when an id is not in the database.
    bool selectLandscape(qint64 landscapeId, qint64 compareId = 0);

    const LandscapeDatabase *database() const;
    qint64 selectedLandscape() const;
    qint64 comparedLandscape() const;

    Workspace *workspace() const { return m_workspace; }
    JobRunner *jobRunner() const { return m_runner; }
    LandscapeTreeModel *landscapeTree() const { return m_treeModel; }
    ConfigurationTableModel *configurationModel() const { return m_configModel; }
    MetricTableModel *metricModel() const { return m_metricModel; }
    // Snapshots of views for one composed figure (File ▸ Add View to Figure).
    FigureComposer *figureComposer() const { return m_composer; }
    const AnalysisSettings &settings() const { return m_settings; }
    void applySettings(const AnalysisSettings &settings);

    // Shows a central view by name (viewNames()): "configurations",
    // "surface" (the 2-D embedding as terrain), "lon" (the local optima
    // network), "importance" (HP marginals and fANOVA), "fidelities", ...
    // Views other than the table are created, and compute, when first shown.
    // False for other names.
    bool showView(const QString &name);
    QString currentView() const;
    QStringList viewNames() const;
    // The panel of a view; null before the view was first shown.
    QWidget *viewPanel(const QString &name) const;

    // Calls done once every job of the current selection has ended and the
    // views have been updated (at once, from the event loop, when idle).
    void whenIdle(std::function<void()> done);

Q_SIGNALS:
    void databaseChanged(const QString &path);
    void landscapeSelected(qint64 landscapeId);
    // The message shown to the user when opening or computing failed.
    void errorOccurred(const QString &message);

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    QDockWidget *addDock(QWidget *widget, const QString &title, const QString &name, Qt::DockWidgetArea area);
    void createBrowser();
    void createConfigurationTable();
    void createMetricTable();
    void createMenus();
    void browserSelectionChanged(const QItemSelection &selected, const QItemSelection &deselected);
    void showLandscapes();
    void showMetrics();
    void showImproving();
    void showSpace();
    void requestVisibleResults();
    void copySelection();
    void exportConfigurations();
    void exportMetrics();
    // File ▸ Export view…: the current tab's figure (ExportFigureDialog).
    void exportView();
    void updateExportView();
    // Asks for a file and writes every row of model as CSV, JSON or LaTeX
    // (by suffix), the cells taken from role.
    void exportTable(const QAbstractItemModel &model, const QString &title, int role, const QString &caption);
    void showPreferences();
    void addLazyView(const QString &name, const QString &title, std::function<QWidget *(QWidget *)> create);
    struct LazyView;
    // Calls setColourMap now and whenever the settings' colour map changes.
    void followColourMap(std::function<void(const QString &)> setColourMap);
    const LazyView *lazyView(const QString &name) const;
    void rememberRecent(const QString &path);
    void updateRecentMenu();
    void updateTitleAndStatus();
    void showError(const QString &title, const QString &message);

    JobRunner *m_runner = nullptr;
    Workspace *m_workspace = nullptr;
    AnalysisSettings m_settings;
    QString m_path;

    LandscapeTreeModel *m_treeModel = nullptr;
    LandscapeFilterProxy *m_treeProxy = nullptr;
    QDockWidget *m_browserDock = nullptr;
    QTreeView *m_browser = nullptr;
    QLineEdit *m_browserFilter = nullptr;
    QList<qint64> m_browserOrder; // selected leaves in the order they were selected

    ConfigurationTableModel *m_configModel = nullptr;
    QTableView *m_configTable = nullptr;
    QLineEdit *m_configFilter = nullptr;
    QLabel *m_configStatus = nullptr;
    QTabWidget *m_views = nullptr;
    // A central tab whose panel is created when the tab is first shown.
    struct LazyView
    {
        QString name;
        QWidget *tab;
        QWidget *panel;
        std::function<QWidget *(QWidget *parent)> create;
    };
    std::vector<LazyView> m_lazyViews;
    // Views whose colour map follows the settings.
    std::vector<std::function<void(const QString &)>> m_colourMapFollowers;

    MetricTableModel *m_metricModel = nullptr;
    QSortFilterProxyModel *m_metricProxy = nullptr;
    QTableView *m_metricTable = nullptr;
    QDockWidget *m_metricsDock = nullptr;

    ConfigurationDetails *m_details = nullptr;
    JobsPanel *m_jobsPanel = nullptr;
    QTreeWidget *m_spaceTree = nullptr;
    QLabel *m_statusLabel = nullptr;
    QLabel *m_jobsLabel = nullptr;
    QMenu *m_recentMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QAction *m_closeAction = nullptr;
    QAction *m_exportViewAction = nullptr;  // enabled when the current tab's panel is a FigureSource
    QAction *m_addToFigureAction = nullptr; // likewise
    FigureComposer *m_composer = nullptr;
    QList<QAction *> m_needsLandscape; // enabled only with a loaded landscape
};

} // namespace hplx
