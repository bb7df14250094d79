// The main window on the offscreen platform: opening a database fills the
// landscape browser, and the chosen landscape's configuration table, metric
// table, details and search space once its jobs have run; a bad file shows
// an error dialog and keeps what was open; the file is never modified.
#include "core/store/RawSqlite.h"
#include "support/TestDatabases.h"
#include "ui/window/WindowTestHelpers.h"

#include "jobs/JobRunner.h"
#include "model/ConfigurationTableModel.h"
#include "model/LandscapeTreeModel.h"
#include "model/MetricTableModel.h"
#include "model/SelectionHub.h"
#include "panels/ConfigurationDetails.h"
#include "store/LandscapeDatabase.h"
#include "window/MainWindow.h"
#include "window/SampleDatabase.h"
#include "window/Workspace.h"

#include <QApplication>
#include <QClipboard>
#include <QItemSelectionModel>
#include <QMessageBox>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTreeView>
#include <QTreeWidget>
#include <QtTest>

using namespace hplx;
using hplxtest::waitIdle;

namespace {

int metricRow(const MetricTableModel &model, const char *key)
{
    return model.rowOfKey(QString::fromLatin1(key));
}

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void opensDatabase();
    void selectsLandscapeAndComparison();
    void tableSelectionDrivesDetails();
    void settingsRerunMetrics();
    void embeddingOnRequestAndCancel();
    void copiesSelectedConfigurations();
    void badFileShowsErrorAndKeepsDatabase();
    void damagedLossesShowErrorAndAppKeepsRunning();
    void closeEmptiesViews();
    void opensBundledSample();

private:
    QTemporaryDir m_dir;
    QString m_db;
};

void TestMainWindow::initTestCase()
{
    QCoreApplication::setOrganizationName(QStringLiteral("hplx-tests")); // keep QSettings apart
    m_db = m_dir.filePath(QStringLiteral("small.db"));
    test::writeSmallDatabase(m_db);
}

void TestMainWindow::opensDatabase()
{
    const QByteArray before = test::fileDigest(m_db);
    MainWindow window;
    QSignalSpy changed(&window, &MainWindow::databaseChanged);
    QVERIFY(window.openDatabase(m_db));
    QCOMPARE(changed.count(), 1);
    QVERIFY(window.windowTitle().startsWith(QStringLiteral("small.db")));

    // Browser: space -> model -> dataset -> fidelity -> 2 landscapes.
    const LandscapeTreeModel *tree = window.landscapeTree();
    QCOMPARE(tree->rowCount(), 1);
    QVERIFY(tree->indexOfLandscape(1).isValid());
    QVERIFY(tree->indexOfLandscape(2).isValid());
    QCOMPARE(tree->indexOfLandscape(2).parent(), tree->indexOfLandscape(1).parent());

    // The first landscape is chosen and loaded in the background.
    QVERIFY(waitIdle(window));
    QCOMPARE(window.selectedLandscape(), qint64(1));
    const auto *spaceTree = window.findChild<QTreeWidget *>(QStringLiteral("spaceTree"));
    QVERIFY(spaceTree);
    QCOMPARE(spaceTree->topLevelItemCount(), 2);
    QCOMPARE(spaceTree->topLevelItem(0)->text(2), QStringLiteral("0.01, 0.1, 1"));
    QCOMPARE(spaceTree->topLevelItem(1)->text(1), QStringLiteral("categorical"));

    // Configuration table: 6 configurations; config, lr, booster, a loss column
    // for train and test (its siblings), rank, local optimum, basin.
    const ConfigurationTableModel *configs = window.configurationModel();
    QCOMPARE(configs->rowCount(), 6);
    QCOMPARE(configs->columnCount(), 1 + 2 + 2 + 1 + 2);
    QVERIFY(configs->hasGraphInfo());
    // Loss id / 10: configuration 0 is the only local optimum and every basin's sink.
    QCOMPARE(configs->index(configs->rowOf(0), configs->localOptimumColumn()).data().toString().isEmpty(), false);
    QCOMPARE(configs->index(configs->rowOf(5), configs->basinColumn()).data(Qt::DisplayRole).toString(),
             QStringLiteral("0"));

    // Metric table: one value column with n_lo = 1.
    const MetricTableModel *metrics = window.metricModel();
    QCOMPARE(metrics->results().size(), std::size_t(1));
    const int nlo = metricRow(*metrics, "n_lo");
    QVERIFY(nlo >= 0);
    QCOMPARE(metrics->index(nlo, metrics->columnCount() - 1).data(MetricTableModel::SortRole).toDouble(), 1.0);
    QCOMPARE(test::fileDigest(m_db), before);
}

void TestMainWindow::selectsLandscapeAndComparison()
{
    MainWindow window;
    QVERIFY(window.openDatabase(m_db));
    QVERIFY(waitIdle(window));
    QSignalSpy selected(&window, &MainWindow::landscapeSelected);
    QVERIFY(window.selectLandscape(2));
    QCOMPARE(window.selectedLandscape(), qint64(2));
    QCOMPARE(selected.count(), 1);
    QCOMPARE(selected.first().first().toLongLong(), qint64(2));
    QVERIFY(waitIdle(window));
    // Landscape 2 is partial: 4 of 6 evaluated; the table still lists the grid.
    QCOMPARE(window.configurationModel()->rowCount(), 6);
    QVERIFY(std::isnan(window.configurationModel()->rankOf(5)));
    QCOMPARE(window.configurationModel()->rankOf(3), 4.0);

    // Two landscapes: the metric table compares them in two columns.
    QVERIFY(window.selectLandscape(1, 2));
    QCOMPARE(window.selectedLandscape(), qint64(1));
    QCOMPARE(window.comparedLandscape(), qint64(2));
    QVERIFY(waitIdle(window));
    QCOMPARE(window.metricModel()->results().size(), std::size_t(2));
    QVERIFY(!window.selectLandscape(9999));
    QVERIFY(!window.selectLandscape(1, 9999));
}

void TestMainWindow::tableSelectionDrivesDetails()
{
    MainWindow window;
    window.show();
    QVERIFY(window.openDatabase(m_db));
    QVERIFY(waitIdle(window));
    auto *table = window.findChild<QTableView *>(QStringLiteral("configurationTable"));
    auto *details = window.findChild<ConfigurationDetails *>(QStringLiteral("configurationDetails"));
    QVERIFY(table && details);
    SelectionHub *hub = window.workspace()->selectionHub();
    QSignalSpy hubChanged(hub, &SelectionHub::selectionChanged);

    // Sort by loss descending, then select the first row: configuration 5.
    window.configurationModel()->sort(window.configurationModel()->lossColumn(0), Qt::DescendingOrder);
    table->selectionModel()->select(window.configurationModel()->index(0, 0),
                                    QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    QCOMPARE(hubChanged.count(), 1);
    QCOMPARE(hub->selection(), std::vector<ConfigId>{5});
    QCOMPARE(details->shownConfiguration(), std::optional<ConfigId>(5));
    QCOMPARE(details->valueOf(QStringLiteral("lr")), QStringLiteral("1"));
    QCOMPARE(details->valueOf(QStringLiteral("booster")), QStringLiteral("dart"));
    QCOMPARE(details->valueOf(QStringLiteral("Local optimum")), QStringLiteral("no"));
    QVERIFY(details->valueOf(QStringLiteral("Basin of")).startsWith(QStringLiteral("configuration 0")));

    // Selecting in the hub (as another view would) selects the table row.
    hub->setSelection({0, 2}, this);
    QCOMPARE(table->selectionModel()->selectedRows().size(), 2);
    QCOMPARE(details->valueOf(QStringLiteral("Local optimum")), QStringLiteral("yes"));
    QCOMPARE(details->valueOf(QStringLiteral("Global optimum")), QStringLiteral("yes"));
}

void TestMainWindow::settingsRerunMetrics()
{
    MainWindow window;
    QVERIFY(window.openDatabase(m_db));
    QVERIFY(waitIdle(window));
    AnalysisSettings settings = window.settings();
    settings.metrics.neutralityEps = 0.25;
    window.applySettings(settings);
    QVERIFY(waitIdle(window));
    const MetricTableModel *metrics = window.metricModel();
    const int nu = metricRow(*metrics, "nu");
    QVERIFY(nu >= 0);
    // Neighbour losses differ by 0.1 (lr steps: 0.2) or 0.1 (booster): with
    // eps 0.25 every neighbour pair is neutral.
    QCOMPARE(metrics->index(nu, metrics->columnCount() - 1).data(MetricTableModel::SortRole).toDouble(), 1.0);
    QVERIFY(metrics->index(nu, 2).data().toString().contains(QStringLiteral("0.25")));
    settings.metrics.neutralityEps = 0.01;
    window.applySettings(settings); // leave the test settings as they were
    QVERIFY(waitIdle(window));
}

void TestMainWindow::embeddingOnRequestAndCancel()
{
    MainWindow window;
    Workspace *workspace = window.workspace();
    workspace->setCachePath(m_dir.filePath(QStringLiteral("cache/results.sqlite")));
    QSignalSpy changed(workspace, &Workspace::embeddingChanged);
    QVERIFY(window.openDatabase(m_db));
    QVERIFY(waitIdle(window));
    QVERIFY(!workspace->embedding()); // only on request
    workspace->requestEmbedding();
    QVERIFY(workspace->isBusy());
    QVERIFY(waitIdle(window));
    QVERIFY(workspace->embedding());
    QCOMPARE(workspace->embedding()->rows, (std::vector<ConfigId>{0, 1, 2, 3, 4, 5}));
    QCOMPARE(workspace->embedding()->layout.rows(), Eigen::Index(6));

    // Another landscape drops the layout; cancelling its computation from the
    // runner (as the jobs panel does) leaves the workspace idle without one.
    QVERIFY(window.selectLandscape(2));
    QVERIFY(waitIdle(window));
    QVERIFY(!workspace->embedding());
    AnalysisSettings settings = window.settings();
    settings.umapEpochs = 2000000000 / 1000; // long enough to be cancelled while running
    window.applySettings(settings);
    QSignalSpy errors(&window, &MainWindow::errorOccurred);
    QSignalSpy cancelled(window.jobRunner(), &JobRunner::jobCancelled);
    workspace->requestEmbedding();
    QTRY_VERIFY(window.jobRunner()->runningJobs().size() == 1 && window.jobRunner()->runningJobs().front().started);
    window.jobRunner()->cancel(window.jobRunner()->runningJobs().front().id);
    QVERIFY(waitIdle(window));
    QCOMPARE(cancelled.count(), 1);
    QCOMPARE(errors.count(), 0);
    QVERIFY(!workspace->embedding());
    settings.umapEpochs = 500;
    window.applySettings(settings);
}

void TestMainWindow::copiesSelectedConfigurations()
{
    MainWindow window;
    window.show();
    QVERIFY(window.openDatabase(m_db));
    QVERIFY(waitIdle(window));
    window.workspace()->selectionHub()->setSelection({1}, this);
    auto *table = window.findChild<QTableView *>(QStringLiteral("configurationTable"));
    table->setFocus();
    QApplication::clipboard()->clear();
    const auto copy = window.findChildren<QAction *>();
    for (QAction *action : copy)
        if (action->shortcut() == QKeySequence(QKeySequence::Copy))
            action->trigger();
    const QStringList lines = QApplication::clipboard()->text().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 2);
    QVERIFY2(lines[0].startsWith(QStringLiteral("config\tlr\tbooster\t")), qPrintable(lines[0]));
    QVERIFY2(lines[1].startsWith(QStringLiteral("1\t0.01\tdart\t0.1\t0.6\t2")), qPrintable(lines[1]));
}

void TestMainWindow::badFileShowsErrorAndKeepsDatabase()
{
    const QString bad = m_dir.filePath(QStringLiteral("results.csv"));
    QVERIFY(test::writeFile(bad, "lr,loss\n0.1,0.2\n"));
    MainWindow window;
    window.show();
    QVERIFY(window.openDatabase(m_db));
    QSignalSpy errors(&window, &MainWindow::errorOccurred);
    QVERIFY(!window.openDatabase(bad));
    QCOMPARE(errors.count(), 1);
    QVERIFY(errors.first().first().toString().contains(QStringLiteral("not a database")));

    auto *dialog = window.findChild<QMessageBox *>(QStringLiteral("errorDialog"));
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    QVERIFY(dialog->text().contains(bad));
    QCOMPARE(window.landscapeTree()->rowCount(), 1); // the previous database stays open
    QVERIFY(waitIdle(window));
    QCOMPARE(window.configurationModel()->rowCount(), 6); // and keeps working
    dialog->accept();
}

void TestMainWindow::damagedLossesShowErrorAndAppKeepsRunning()
{
    // The catalogue is fine, so the file opens; the loss of configuration 3 is
    // text, so loading landscape 1 fails inside its background job.
    const QString damaged = m_dir.filePath(QStringLiteral("damaged.db"));
    test::writeSmallDatabase(damaged);
    QVERIFY(hplxtest::rawExec(
        damaged, QStringLiteral("UPDATE losses SET loss = 'abc' WHERE landscape_id = 1 AND config_id = 3")));
    MainWindow window;
    window.show();
    QSignalSpy errors(&window, &MainWindow::errorOccurred);
    QVERIFY(window.openDatabase(damaged));
    QVERIFY(waitIdle(window));
    QCOMPARE(errors.count(), 1);
    const QString message = errors.first().first().toString();
    QVERIFY2(message.contains(QStringLiteral("losses")) && message.contains(QStringLiteral("3")), qPrintable(message));
    auto *dialog = window.findChild<QMessageBox *>(QStringLiteral("errorDialog"));
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    QCOMPARE(window.configurationModel()->rowCount(), 0); // nothing half-loaded is shown
    dialog->accept();

    // The other landscape of the same file still works.
    QVERIFY(window.selectLandscape(2));
    QVERIFY(waitIdle(window));
    QCOMPARE(window.configurationModel()->rowCount(), 6);
    QCOMPARE(window.metricModel()->results().size(), std::size_t(1));
}

void TestMainWindow::closeEmptiesViews()
{
    MainWindow window;
    QVERIFY(window.openDatabase(m_db));
    QVERIFY(waitIdle(window));
    window.closeDatabase();
    QCOMPARE(window.landscapeTree()->rowCount(), 0);
    QCOMPARE(window.findChild<QTreeWidget *>(QStringLiteral("spaceTree"))->topLevelItemCount(), 0);
    QCOMPARE(window.configurationModel()->rowCount(), 0);
    QCOMPARE(window.metricModel()->results().size(), std::size_t(0));
    QCOMPARE(window.database(), nullptr);
}

void TestMainWindow::opensBundledSample()
{
    const QString sample = bundledSampleDatabase();
    QVERIFY2(sample.endsWith(QStringLiteral("resources/samples/sample.db")), qPrintable(sample));
    MainWindow window;
    QVERIFY(window.openDatabase(sample));
    // 4 learners x 3 datasets x 3 fidelities x train/valid/test.
    QVERIFY(window.database()->landscapes().size() >= 4 * 3 * 3 * 3);
    QVERIFY(waitIdle(window));
    QCOMPARE(window.configurationModel()->rowCount(),
             int(window.database()->space(window.database()->landscapes().front().spaceId).space->size()));
    QVERIFY(window.metricModel()->results().size() == 1);
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
