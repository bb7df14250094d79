// The shared selection: sorted unique ids, O(1) membership, signals only on a
// change and with the source passed through; and two table views linked to one
// hub showing the same configurations even when sorted differently.
#include "model/ConfigurationTableModel.h"
#include "model/SelectionHub.h"
#include "model/TableSelectionLink.h"
#include "support/TestLandscapes.h"

#include <QApplication>
#include <QItemSelectionModel>
#include <QMouseEvent>
#include <QSignalSpy>
#include <QTableView>
#include <QtTest>

#include <cmath>

using namespace hplx;

class TestSelectionHub : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void selectionIsSortedUnique();
    void noSignalWhenUnchanged();
    void hoverSignals();
    void clearAndResize();
    void linkedViewsShareSelection();
    void filteredRowsAreSkippedAndRestored();
    void hoverFollowsMouse();
};

void TestSelectionHub::selectionIsSortedUnique()
{
    SelectionHub hub(10);
    hub.setSelection({7, 2, 7, 12, 0, 2});
    // 12 is outside a space of 10 configurations.
    QCOMPARE(hub.selection(), (std::vector<ConfigId>{0, 2, 7}));
    QVERIFY(hub.isSelected(0));
    QVERIFY(hub.isSelected(7));
    QVERIFY(!hub.isSelected(1));
    QVERIFY(!hub.isSelected(12));
    hub.setSelection({1});
    QVERIFY(!hub.isSelected(7));
    QVERIFY(hub.isSelected(1));
}

void TestSelectionHub::noSignalWhenUnchanged()
{
    SelectionHub hub(100);
    QObject panelA, panelB;
    QSignalSpy spy(&hub, &SelectionHub::selectionChanged);
    hub.setSelection({5, 3}, &panelA);
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.at(0).at(0).value<QObject *>(), &panelA);
    hub.setSelection({3, 5, 5}, &panelB); // same set
    QCOMPARE(spy.count(), 1);
    hub.setSelection({3, 99}, &panelB);
    QCOMPARE(spy.count(), 2);
    QCOMPARE(spy.at(1).at(0).value<QObject *>(), &panelB);
    hub.setSelection({}, nullptr);
    QCOMPARE(spy.count(), 3);
    hub.setSelection({}, nullptr);
    QCOMPARE(spy.count(), 3);
}

void TestSelectionHub::hoverSignals()
{
    SelectionHub hub(10);
    QObject panel;
    QSignalSpy spy(&hub, &SelectionHub::hoveredChanged);
    hub.setHovered(4, &panel);
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.at(0).at(0).toLongLong(), 4);
    QCOMPARE(spy.at(0).at(1).value<QObject *>(), &panel);
    QCOMPARE(hub.hovered(), std::optional<ConfigId>(4));
    hub.setHovered(4, nullptr);
    QCOMPARE(spy.count(), 1);
    hub.setHovered(std::nullopt, &panel);
    QCOMPARE(spy.count(), 2);
    QCOMPARE(spy.at(1).at(0).toLongLong(), -1);
    hub.setHovered(10, &panel); // outside the space: none, which it already is
    QCOMPARE(spy.count(), 2);
}

void TestSelectionHub::clearAndResize()
{
    SelectionHub hub(10);
    hub.setSelection({1, 2});
    hub.setHovered(3);
    QSignalSpy selection(&hub, &SelectionHub::selectionChanged);
    QSignalSpy hover(&hub, &SelectionHub::hoveredChanged);
    hub.setSpaceSize(10); // unchanged size keeps everything
    QCOMPARE(selection.count(), 0);
    hub.clear(this);
    QCOMPARE(selection.count(), 1);
    QCOMPARE(selection.at(0).at(0).value<QObject *>(), this);
    QCOMPARE(hover.count(), 1);
    QVERIFY(hub.selection().empty());
    hub.clear(this);
    QCOMPARE(selection.count(), 1);
    QCOMPARE(hover.count(), 1);

    hub.setSelection({9});
    hub.setSpaceSize(20);
    QVERIFY(hub.selection().empty());
    QVERIFY(!hub.isSelected(9));
    hub.setSelection({19});
    QVERIFY(hub.isSelected(19));
}

namespace {

// lr {0.01, 0.1, 1} x booster {gbtree, dart}: six configurations with the
// losses 0.6, 0.5, 0.4, 0.3, 0.2, 0.1 (id 5 is best).
std::shared_ptr<const Landscape> sixConfigurations()
{
    return std::make_shared<const Landscape>(
        test::makeLandscape({Hyperparameter("lr", HpKind::Ordinal, {"0.01", "0.1", "1"}),
                             Hyperparameter("booster", HpKind::Categorical, {"gbtree", "dart"})},
                            {0.6, 0.5, 0.4, 0.3, 0.2, 0.1}));
}

std::vector<ConfigId> selectedIds(const QTableView &view, const ConfigurationTableModel &model)
{
    std::vector<ConfigId> ids;
    for (const QModelIndex &index : view.selectionModel()->selectedRows())
        ids.push_back(model.configAt(index.row()));
    std::sort(ids.begin(), ids.end());
    return ids;
}

} // namespace

void TestSelectionHub::linkedViewsShareSelection()
{
    const auto landscape = sixConfigurations();
    ConfigurationTableModel modelA, modelB;
    modelA.setLandscapes({landscape}, 0);
    modelB.setLandscapes({landscape}, 0);
    // B sorted by loss ascending: rows show ids 5, 4, 3, 2, 1, 0.
    modelB.sort(modelB.lossColumn(0), Qt::AscendingOrder);
    QCOMPARE(modelB.configAt(0), ConfigId(5));

    SelectionHub hub(landscape->space().size());
    QTableView viewA, viewB;
    viewA.setModel(&modelA);
    viewB.setModel(&modelB);
    viewA.setSelectionBehavior(QAbstractItemView::SelectRows);
    viewB.setSelectionBehavior(QAbstractItemView::SelectRows);
    new TableSelectionLink(&viewA, &hub);
    new TableSelectionLink(&viewB, &hub);
    QSignalSpy spy(&hub, &SelectionHub::selectionChanged);

    // Rows 0 and 1 of A are ids 0 and 1: in B those are rows 5 and 4.
    viewA.selectionModel()->select(QItemSelection(modelA.index(0, 0), modelA.index(1, modelA.columnCount() - 1)),
                                   QItemSelectionModel::ClearAndSelect);
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.at(0).at(0).value<QObject *>(), &viewA);
    QCOMPARE(hub.selection(), (std::vector<ConfigId>{0, 1}));
    QCOMPARE(selectedIds(viewB, modelB), (std::vector<ConfigId>{0, 1}));
    QVERIFY(viewB.selectionModel()->isRowSelected(5, {}));
    QVERIFY(viewB.selectionModel()->isRowSelected(4, {}));
    QVERIFY(!viewB.selectionModel()->isRowSelected(0, {}));
    // B showing the hub's change did not echo back into the hub.
    QCOMPARE(spy.count(), 1);

    // And the other way: row 0 of B (id 5) selected in B alone.
    viewB.selectionModel()->select(QItemSelection(modelB.index(0, 0), modelB.index(0, modelB.columnCount() - 1)),
                                   QItemSelectionModel::ClearAndSelect);
    QCOMPARE(hub.selection(), (std::vector<ConfigId>{5}));
    QCOMPARE(spy.at(spy.count() - 1).at(0).value<QObject *>(), &viewB);
    QCOMPARE(selectedIds(viewA, modelA), (std::vector<ConfigId>{5}));
    QVERIFY(viewA.selectionModel()->isRowSelected(5, {}));

    // A third panel sets the selection: both views follow.
    QObject panel;
    hub.setSelection({2, 3}, &panel);
    QCOMPARE(selectedIds(viewA, modelA), (std::vector<ConfigId>{2, 3}));
    QCOMPARE(selectedIds(viewB, modelB), (std::vector<ConfigId>{2, 3}));
    QCOMPARE(hub.selection(), (std::vector<ConfigId>{2, 3}));

    // Sorting A keeps its selection on the same configurations.
    modelA.sort(modelA.lossColumn(0), Qt::DescendingOrder);
    QCOMPARE(selectedIds(viewA, modelA), (std::vector<ConfigId>{2, 3}));
    QCOMPARE(hub.selection(), (std::vector<ConfigId>{2, 3}));
}

void TestSelectionHub::filteredRowsAreSkippedAndRestored()
{
    const auto landscape = sixConfigurations();
    ConfigurationTableModel model;
    model.setLandscapes({landscape}, 0);
    SelectionHub hub(landscape->space().size());
    QTableView view;
    view.setModel(&model);
    new TableSelectionLink(&view, &hub);
    QObject panel;
    hub.setSelection({0, 5}, &panel);
    // booster=dart keeps ids 1, 3, 5 in rows 0, 1, 2.
    QVERIFY(model.setFilter(QStringLiteral("booster=dart")));
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(selectedIds(view, model), (std::vector<ConfigId>{5}));
    QVERIFY(view.selectionModel()->isRowSelected(2, {}));
    // The filter hid id 0 from the view, not from the hub.
    QCOMPARE(hub.selection(), (std::vector<ConfigId>{0, 5}));
    QVERIFY(model.setFilter(QString()));
    QCOMPARE(selectedIds(view, model), (std::vector<ConfigId>{0, 5}));
}

void TestSelectionHub::hoverFollowsMouse()
{
    const auto landscape = sixConfigurations();
    ConfigurationTableModel model;
    model.setLandscapes({landscape}, 0);
    model.sort(model.lossColumn(0), Qt::AscendingOrder); // row 1 shows id 4
    SelectionHub hub(landscape->space().size());
    QTableView view;
    view.setModel(&model);
    new TableSelectionLink(&view, &hub);
    view.resize(500, 300);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QSignalSpy spy(&hub, &SelectionHub::hoveredChanged);

    const QPoint inRow1 = view.visualRect(model.index(1, 0)).center();
    QMouseEvent move(QEvent::MouseMove, inRow1, view.viewport()->mapToGlobal(inRow1), Qt::NoButton, Qt::NoButton,
                     Qt::NoModifier);
    QApplication::sendEvent(view.viewport(), &move);
    QCOMPARE(hub.hovered(), std::optional<ConfigId>(4));
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.at(0).at(1).value<QObject *>(), &view);

    QEvent leave(QEvent::Leave);
    QApplication::sendEvent(view.viewport(), &leave);
    QCOMPARE(hub.hovered(), std::nullopt);
    QCOMPARE(spy.count(), 2);
}

QTEST_MAIN(TestSelectionHub)
#include "tst_selectionhub.moc"
