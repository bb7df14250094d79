// The HPLX main window: opens a landscape database read-only and lists its
// landscapes; the search space of the selected landscape is shown in a dock.
#pragma once

#include <QMainWindow>
#include <QString>

#include <memory>

class QAction;
class QLabel;
class QMenu;
class QTableView;
class QTreeWidget;

namespace hplx {

class LandscapeDatabase;
class LandscapeTableModel;

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
    // Selects a landscape row by id; false when the id is not in the database.
    bool selectLandscape(qint64 landscapeId);

    const LandscapeDatabase *database() const { return m_db.get(); }
    LandscapeTableModel *landscapeModel() const { return m_model; }
    qint64 selectedLandscape() const;

Q_SIGNALS:
    void databaseChanged(const QString &path);
    void landscapeSelected(qint64 landscapeId);
    // The message shown to the user when opening failed.
    void errorOccurred(const QString &message);

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createActions();
    void showSpaceOf(qint64 landscapeId);
    void rememberRecent(const QString &path);
    void updateRecentMenu();
    void updateTitleAndStatus();
    void showError(const QString &title, const QString &message);

    std::shared_ptr<const LandscapeDatabase> m_db;
    QString m_path;
    LandscapeTableModel *m_model = nullptr;
    QTableView *m_table = nullptr;
    QTreeWidget *m_spaceTree = nullptr;
    QLabel *m_statusLabel = nullptr;
    QMenu *m_recentMenu = nullptr;
    QAction *m_closeAction = nullptr;
};

} // namespace hplx
