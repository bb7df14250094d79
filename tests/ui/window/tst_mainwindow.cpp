// The main window on the offscreen platform: opening a database fills the
// landscape table and the search-space dock; a bad file shows an error dialog
// and keeps what was open; the file is never modified.
#include "model/LandscapeTableModel.h"
#include "support/TestDatabases.h"
#include "window/MainWindow.h"
#include "window/SampleDatabase.h"

#include <QApplication>
#include <QMessageBox>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTreeWidget>
#include <QtTest>

using namespace hplx;

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void opensDatabase();
    void selectsLandscapeById();
    void badFileShowsErrorAndKeepsDatabase();
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

    const LandscapeTableModel *model = window.landscapeModel();
    QCOMPARE(model->rowCount(), 2);
    QCOMPARE(model->columnCount(), int(LandscapeTableModel::ColumnCount));
    QCOMPARE(model->index(0, LandscapeTableModel::Split).data().toString(), QStringLiteral("train"));
    QCOMPARE(model->index(1, LandscapeTableModel::Split).data().toString(), QStringLiteral("test"));
    QCOMPARE(model->index(0, LandscapeTableModel::Evaluated).data().toString(), QStringLiteral("6"));
    QCOMPARE(model->index(1, LandscapeTableModel::Evaluated).data().toString(), QStringLiteral("4 of 6"));
    QCOMPARE(model->index(1, LandscapeTableModel::Fidelity).data().toString(), QStringLiteral("—"));

    // The first landscape is selected, so the dock shows its two hyperparameters.
    const auto *tree = window.findChild<QTreeWidget *>(QStringLiteral("spaceTree"));
    QVERIFY(tree);
    QCOMPARE(tree->topLevelItemCount(), 2);
    QCOMPARE(tree->topLevelItem(0)->text(2), QStringLiteral("0.01, 0.1, 1"));
    QCOMPARE(tree->topLevelItem(1)->text(1), QStringLiteral("categorical"));
    QCOMPARE(test::fileDigest(m_db), before);
}

void TestMainWindow::selectsLandscapeById()
{
    MainWindow window;
    QVERIFY(window.openDatabase(m_db));
    QSignalSpy selected(&window, &MainWindow::landscapeSelected);
    const qint64 secondId =
        window.landscapeModel()->index(1, 0).data(LandscapeTableModel::LandscapeIdRole).toLongLong();
    QVERIFY(window.selectLandscape(secondId));
    QCOMPARE(window.selectedLandscape(), secondId);
    QCOMPARE(selected.count(), 1);
    QCOMPARE(selected.first().first().toLongLong(), secondId);
    QVERIFY(!window.selectLandscape(9999));
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
    QCOMPARE(window.landscapeModel()->rowCount(), 2); // the previous database stays open
    dialog->accept();
}

void TestMainWindow::closeEmptiesViews()
{
    MainWindow window;
    QVERIFY(window.openDatabase(m_db));
    window.closeDatabase();
    QCOMPARE(window.landscapeModel()->rowCount(), 0);
    QCOMPARE(window.findChild<QTreeWidget *>(QStringLiteral("spaceTree"))->topLevelItemCount(), 0);
    QCOMPARE(window.database(), nullptr);
}

void TestMainWindow::opensBundledSample()
{
    const QString sample = bundledSampleDatabase();
    QVERIFY2(sample.endsWith(QStringLiteral("resources/samples/sample.db")), qPrintable(sample));
    MainWindow window;
    QVERIFY(window.openDatabase(sample));
    // 4 learners x 3 datasets x 3 fidelities x train/valid/test.
    QVERIFY(window.landscapeModel()->rowCount() >= 4 * 3 * 3 * 3);
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
