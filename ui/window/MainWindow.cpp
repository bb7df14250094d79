#include "window/MainWindow.h"

#include "model/LandscapeTableModel.h"
#include "store/LandscapeDatabase.h"
#include "util/Error.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QSettings>
#include <QStatusBar>
#include <QTableView>
#include <QTreeWidget>

namespace hplx {

namespace {

constexpr int kMaxRecentFiles = 8;
const char *kRecentKey = "files/recent";

} // namespace

MainWindow::MainWindow(QWidget *parent) : QMainWindow(parent)
{
    setObjectName(QStringLiteral("MainWindow"));
    setAcceptDrops(true);

    m_model = new LandscapeTableModel(this);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("landscapeTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->setSortingEnabled(false);
    setCentralWidget(m_table);
    connect(
        m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex &current) {
            const qint64 id = current.isValid() ? current.data(LandscapeTableModel::LandscapeIdRole).toLongLong() : 0;
            showSpaceOf(id);
            Q_EMIT landscapeSelected(id);
        });

    m_spaceTree = new QTreeWidget(this);
    m_spaceTree->setObjectName(QStringLiteral("spaceTree"));
    m_spaceTree->setHeaderLabels({tr("Hyperparameter"), tr("Kind"), tr("Values")});
    m_spaceTree->setRootIsDecorated(false);
    auto *spaceDock = new QDockWidget(tr("Search space"), this);
    spaceDock->setObjectName(QStringLiteral("spaceDock"));
    spaceDock->setWidget(m_spaceTree);
    m_spaceTree->setMinimumWidth(360);
    addDockWidget(Qt::RightDockWidgetArea, spaceDock);

    m_statusLabel = new QLabel(this);
    statusBar()->addWidget(m_statusLabel, 1);

    createActions();
    menuBar()->addMenu(tr("&View"))->addAction(spaceDock->toggleViewAction());
    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About HPLX"), this, [this] {
        QMessageBox::about(this, tr("About HPLX"),
                           tr("<b>HPLX %1</b> — Hyperparameter Landscape Explorer.<p>Explore the loss landscapes of "
                              "hyperparameter grids: local optima, basins, landscape metrics and similarity.")
                               .arg(QStringLiteral(HPLX_VERSION)));
    });

    QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    if (!settings.contains(QStringLiteral("window/geometry")))
        resize(1100, 650);
    updateTitleAndStatus();
}

MainWindow::~MainWindow() = default;

void MainWindow::createActions()
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
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);
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
    m_db = std::move(db);
    m_path = QFileInfo(path).absoluteFilePath();
    m_model->setDatabase(m_db);
    m_table->resizeColumnsToContents();
    rememberRecent(m_path);
    updateTitleAndStatus();
    if (m_model->rowCount() > 0)
        m_table->selectRow(0);
    Q_EMIT databaseChanged(m_path);
    return true;
}

void MainWindow::closeDatabase()
{
    m_model->setDatabase(nullptr);
    m_db.reset();
    m_path.clear();
    m_spaceTree->clear();
    updateTitleAndStatus();
    Q_EMIT databaseChanged(QString());
}

bool MainWindow::selectLandscape(qint64 landscapeId)
{
    const int row = m_model->rowOf(landscapeId);
    if (row < 0)
        return false;
    m_table->selectRow(row);
    m_table->scrollTo(m_model->index(row, 0));
    return true;
}

qint64 MainWindow::selectedLandscape() const
{
    const QModelIndex current = m_table->currentIndex();
    return current.isValid() ? current.data(LandscapeTableModel::LandscapeIdRole).toLongLong() : 0;
}

void MainWindow::showSpaceOf(qint64 landscapeId)
{
    m_spaceTree->clear();
    if (!m_db || landscapeId == 0)
        return;
    const auto &space = *m_db->space(m_db->landscapeInfo(landscapeId).spaceId).space;
    for (const auto &hp : space.hyperparameters()) {
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
    if (!m_db) {
        setWindowTitle(tr("HPLX"));
        m_statusLabel->setText(tr("No database open — use File ▸ Open or drop a database file here"));
        m_closeAction->setEnabled(false);
        return;
    }
    setWindowTitle(tr("%1 — HPLX").arg(QFileInfo(m_path).fileName()));
    m_statusLabel->setText(tr("%1: %n landscape(s)", nullptr, static_cast<int>(m_db->landscapes().size()))
                               .arg(QDir::toNativeSeparators(m_path))
                           + tr(", %n search space(s)", nullptr, static_cast<int>(m_db->spaces().size())));
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
    settings.setValue(QStringLiteral("window/state"), saveState());
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
