// hplx-cli batch end to end: the manifest against the files on disk
// (sizes, SHA-256 by Qt), resuming, filters and a damaged landscape.
#include "app/BatchTestHelpers.h"
#include "app/CliTestHelpers.h"
#include "space/SearchSpace.h"
#include "store/DatabaseWriter.h"
#include "support/TestDatabases.h"

#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QtTest>

#include <sqlite3.h>

#include <cmath>

using namespace hplx;
using hplxtest::readManifest;
using hplxtest::Run;
using hplxtest::runCli;
using hplxtest::sha256Hex;
using hplxtest::statuses;

namespace {

// lr (0.01/0.1/1) x booster (gbtree/dart), id = 2 * lr index + booster index:
//   1 xgboost wine train   loss id / 10 (complete)
//   2 xgboost wine test    ids 0..3: 0.5 + id / 10 (partial)
//   3 xgboost iris train   loss (5 - id) / 10 (complete)
//   4 svm iris train       loss id / 10 (complete)
void writeBatchDatabase(const QString &path)
{
    SearchSpace space({Hyperparameter("lr", HpKind::Ordinal, {"0.01", "0.1", "1"}),
                       Hyperparameter("booster", HpKind::Categorical, {"gbtree", "dart"})});
    DatabaseWriter writer(path.toStdString());
    writer.begin();
    const auto spaceId = writer.addSpace(space, "small");
    std::vector<double> up(6), down(6), partial(6, std::nan(""));
    for (ConfigId id = 0; id < 6; ++id) {
        up[id] = id / 10.0;
        down[id] = (5 - id) / 10.0;
        if (id < 4)
            partial[id] = 0.5 + id / 10.0;
    }
    writer.addLandscape(spaceId, {"xgboost", "wine", "", std::nullopt, "train", "1-accuracy"}, up, "test");
    writer.addLandscape(spaceId, {"xgboost", "wine", "", std::nullopt, "test", "1-accuracy"}, partial, "test");
    writer.addLandscape(spaceId, {"xgboost", "iris", "", std::nullopt, "train", "1-accuracy"}, down, "test");
    writer.addLandscape(spaceId, {"svm", "iris", "", std::nullopt, "train", "1-accuracy"}, up, "test");
    writer.commit();
}

} // namespace

class TestBatch : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void manifestListsEveryFile();
    void secondRunSkipsEverything();
    void changedFilesAreRedone();
    void filterSelects_data();
    void filterSelects();
    void damagedLandscapeFailsAlone();
    void badOptions();
    void figuresNeedTheGui();

private:
    QStringList batch(const QString &out, const QStringList &extra = {}) const
    {
        return QStringList{QStringLiteral("batch"), m_db, QStringLiteral("--out"), out} + extra;
    }
    QString full() const { return m_dir.filePath(QStringLiteral("full")); }
    QStringList fullOptions() const
    {
        return {QStringLiteral("--tables"), QStringLiteral("csv,json,latex"), QStringLiteral("--embed"),
                QStringLiteral("--lon"),    QStringLiteral("--threads"),      QStringLiteral("2")};
    }

    QTemporaryDir m_dir;
    QString m_db;
};

void TestBatch::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_db = m_dir.filePath(QStringLiteral("batch.db"));
    writeBatchDatabase(m_db);
}

void TestBatch::manifestListsEveryFile()
{
    const Run run = runCli(batch(full(), fullOptions()));
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY2(run.out.contains("4 landscapes and 1 similarity groups: 5 done, 0 skipped (unchanged), 0 failed"),
             run.out.constData());
    QVERIFY(run.err.contains("[5/5]")); // progress on stderr

    const QJsonObject manifest = readManifest(full());
    QVERIFY(!manifest.value(QStringLiteral("hplx_version")).toString().isEmpty());
    const QJsonObject options = manifest.value(QStringLiteral("options")).toObject();
    QCOMPARE(options.value(QStringLiteral("tables")).toArray().size(), 3);
    QCOMPARE(options.value(QStringLiteral("embed")).toBool(), true);
    const auto status = statuses(manifest);
    QCOMPARE(status.size(), 5);
    for (auto it = status.begin(); it != status.end(); ++it)
        QVERIFY2(it.value() == QStringLiteral("done"), qPrintable(it.key() + QStringLiteral(": ") + it.value()));

    // Every listed file exists with the listed size and SHA-256, and nothing else is there.
    QSet<QString> listed;
    QMap<qint64, int> perLandscape;
    for (const auto &value : manifest.value(QStringLiteral("files")).toArray()) {
        const QJsonObject file = value.toObject();
        const QString path = file.value(QStringLiteral("path")).toString();
        const QString onDisk = full() + QLatin1Char('/') + path;
        QVERIFY2(QFileInfo::exists(onDisk), qPrintable(path));
        QCOMPARE(file.value(QStringLiteral("bytes")).toInteger(), QFileInfo(onDisk).size());
        QCOMPARE(file.value(QStringLiteral("sha256")).toString().toLatin1(), sha256Hex(onDisk));
        QVERIFY(!file.value(QStringLiteral("kind")).toString().isEmpty());
        QVERIFY(!file.value(QStringLiteral("format")).toString().isEmpty());
        listed.insert(path);
        if (!file.value(QStringLiteral("landscape")).isNull())
            ++perLandscape[file.value(QStringLiteral("landscape")).toInteger()];
    }
    QSet<QString> onDisk;
    QDirIterator it(full(), QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = QDir(full()).relativeFilePath(it.next());
        if (path != QStringLiteral("manifest.json"))
            onDisk.insert(path);
    }
    QCOMPARE(onDisk, listed);
    // Complete landscapes: 3 metrics + 3 importance tables + layout.csv/.vtp + lon.graphml.
    QCOMPARE(perLandscape.value(1), 9);
    QCOMPARE(perLandscape.value(3), 9);
    QCOMPARE(perLandscape.value(4), 9);
    // The partial test landscape has no importance tables, and the manifest says why.
    QCOMPARE(perLandscape.value(2), 6);
    QVERIFY(!QFileInfo::exists(full() + QStringLiteral("/2_xgboost_wine_none_test/importance.csv")));
    for (const auto &value : manifest.value(QStringLiteral("results")).toArray())
        if (value.toObject().value(QStringLiteral("landscape")).toInt() == 2)
            QVERIFY(value.toObject()
                        .value(QStringLiteral("notes"))
                        .toArray()
                        .at(0)
                        .toString()
                        .contains(QStringLiteral("partial (4 of 6 configurations)")));
    QVERIFY(listed.contains(QStringLiteral("1_xgboost_wine_none_train/lon.graphml")));
    QVERIFY(listed.contains(QStringLiteral("4_svm_iris_none_train/layout.vtp")));

    // One group over datasets: xgboost train (iris 3, wine 1). Losses (5 - id) / 10 and
    // id / 10 are exactly reversed: spearman -1; top-10 % sets (1 of 6) {5} and {0}: IoU 0.
    QFile similarity(full() + QStringLiteral("/similarity/xgboost_s1_1-accuracy_none_train/similarity.csv"));
    QVERIFY(similarity.open(QIODevice::ReadOnly));
    QCOMPARE(similarity.readAll(),
             QByteArray("landscape_a,dataset_a,landscape_b,dataset_b,compared,spearman,gamma_set_iou\n"
                        "3,iris,1,wine,6,-1,0\n"));
    // The metrics CSV of landscape 1: delta_l against the partial test landscape
    // is 0.5 on each of the 4 common configurations.
    QFile metrics(full() + QStringLiteral("/1_xgboost_wine_none_train/metrics.csv"));
    QVERIFY(metrics.open(QIODevice::ReadOnly));
    const QByteArray text = metrics.readAll();
    QVERIFY(text.startsWith("metric,value,variant,parameters,note\n"));
    QVERIFY2(text.contains("\nn_lo,1,count,,\n"), text.constData());
    QVERIFY2(text.contains("\ndelta_l,0.5,\"test - train, mean over configurations\",\"with landscape 2, 4 "
                           "configurations\",\n"),
             text.constData());
}

void TestBatch::secondRunSkipsEverything()
{
    const QByteArray before = sha256Hex(full() + QStringLiteral("/manifest.json"));
    const QDateTime written =
        QFileInfo(full() + QStringLiteral("/3_xgboost_iris_none_train/layout.vtp")).lastModified();
    const Run run = runCli(batch(full(), fullOptions()));
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY2(run.out.contains("5 done") == false && run.out.contains("0 done, 5 skipped (unchanged), 0 failed"),
             run.out.constData());
    QVERIFY(run.err.contains("5 of 5 tasks unchanged"));
    QCOMPARE(QFileInfo(full() + QStringLiteral("/3_xgboost_iris_none_train/layout.vtp")).lastModified(), written);
    QCOMPARE(sha256Hex(full() + QStringLiteral("/manifest.json")), before);
}

void TestBatch::changedFilesAreRedone()
{
    // Delete a file of landscape 3 and alter one of landscape 4: only those two
    // landscapes are redone, and they come back byte-identical.
    const QString deleted = full() + QStringLiteral("/3_xgboost_iris_none_train/metrics.tex");
    const QString changed = full() + QStringLiteral("/4_svm_iris_none_train/importance.json");
    const QByteArray deletedDigest = sha256Hex(deleted), changedDigest = sha256Hex(changed);
    const QString untouched = full() + QStringLiteral("/1_xgboost_wine_none_train/layout.csv");
    const QDateTime untouchedTime = QFileInfo(untouched).lastModified();
    QVERIFY(QFile::remove(deleted));
    QFile edit(changed);
    QVERIFY(edit.open(QIODevice::Append));
    edit.write(" ");
    edit.close();
    const Run run = runCli(batch(full(), fullOptions()));
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY2(run.out.contains("2 done, 3 skipped (unchanged), 0 failed"), run.out.constData());
    QVERIFY(run.err.contains("landscape 3 ") && run.err.contains("landscape 4 "));
    QVERIFY(!run.err.contains("landscape 1 "));
    QCOMPARE(sha256Hex(deleted), deletedDigest);
    QCOMPARE(sha256Hex(changed), changedDigest);
    QCOMPARE(QFileInfo(untouched).lastModified(), untouchedTime);

    // Other options start afresh: every landscape is done again.
    const Run other = runCli(batch(full(), {QStringLiteral("--quiet")}));
    QVERIFY2(other.exitCode == 0, other.err.constData());
    QVERIFY2(other.out.contains("5 done, 0 skipped"), other.out.constData());
    QVERIFY(other.err.isEmpty()); // --quiet
}

void TestBatch::filterSelects_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<QStringList>("keys");
    const QString l1 = QStringLiteral("landscape:1"), l2 = QStringLiteral("landscape:2"),
                  l3 = QStringLiteral("landscape:3"), l4 = QStringLiteral("landscape:4"),
                  group = QStringLiteral("group:similarity/xgboost_s1_1-accuracy_none_train");
    QTest::newRow("wine") << QStringList{QStringLiteral("--filter"), QStringLiteral("wine")} << QStringList{l1, l2};
    QTest::newRow("words are ANDed, any case")
        << QStringList{QStringLiteral("--filter"), QStringLiteral("Train XGBOOST")} << QStringList{l1, l3, group};
    QTest::newRow("whole words only") << QStringList{QStringLiteral("--filter"), QStringLiteral("tra")}
                                      << QStringList{};
    QTest::newRow("ids") << QStringList{QStringLiteral("--landscapes"), QStringLiteral("4,3")} << QStringList{l3, l4};
    QTest::newRow("ids and filter") << QStringList{QStringLiteral("--landscapes"), QStringLiteral("1,2,4"),
                                                   QStringLiteral("--filter"), QStringLiteral("train")}
                                    << QStringList{l1, l4};
}

void TestBatch::filterSelects()
{
    QFETCH(QStringList, options);
    QFETCH(QStringList, keys);
    const QString out = m_dir.filePath(QStringLiteral("filter_") + QString::fromLatin1(QTest::currentDataTag()));
    const Run run = runCli(batch(out, options + QStringList{QStringLiteral("--quiet")}));
    if (keys.isEmpty()) {
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains("no landscape matches"), run.err.constData());
        return;
    }
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QStringList found = statuses(readManifest(out)).keys();
    found.sort();
    keys.sort();
    QCOMPARE(found, keys);
}

void TestBatch::damagedLandscapeFailsAlone()
{
    const QString damaged = m_dir.filePath(QStringLiteral("damaged.db"));
    writeBatchDatabase(damaged);
    sqlite3 *db = nullptr;
    QCOMPARE(sqlite3_open(damaged.toUtf8().constData(), &db), SQLITE_OK);
    QCOMPARE(sqlite3_exec(db, "UPDATE losses SET loss = 'broken' WHERE landscape_id = 3 AND config_id = 2", nullptr,
                          nullptr, nullptr),
             SQLITE_OK);
    sqlite3_close(db);

    const QString out = m_dir.filePath(QStringLiteral("damaged"));
    const Run run = runCli({QStringLiteral("batch"), damaged, QStringLiteral("--out"), out, QStringLiteral("--json"),
                            QStringLiteral("--quiet")});
    QCOMPARE(run.exitCode, 1);
    const QJsonObject summary = QJsonDocument::fromJson(run.out).object();
    QCOMPARE(summary.value(QStringLiteral("failed")).toInt(), 2); // landscape 3 and the group holding it
    QCOMPARE(summary.value(QStringLiteral("done")).toInt(), 3);
    const auto status = statuses(readManifest(out));
    QVERIFY2(status.value(QStringLiteral("landscape:3")).startsWith(QStringLiteral("failed: ")),
             qPrintable(status.value(QStringLiteral("landscape:3"))));
    QVERIFY(status.value(QStringLiteral("group:similarity/xgboost_s1_1-accuracy_none_train"))
                .startsWith(QStringLiteral("failed: ")));
    for (const char *key : {"landscape:1", "landscape:2", "landscape:4"})
        QCOMPARE(status.value(QLatin1String(key)), QStringLiteral("done"));
    QVERIFY(QFileInfo::exists(out + QStringLiteral("/4_svm_iris_none_train/metrics.csv")));

    // A rerun retries only what failed (and fails again).
    const Run again = runCli({QStringLiteral("batch"), damaged, QStringLiteral("--out"), out, QStringLiteral("--json"),
                              QStringLiteral("--quiet")});
    QCOMPARE(again.exitCode, 1);
    QCOMPARE(QJsonDocument::fromJson(again.out).object().value(QStringLiteral("skipped")).toInt(), 3);
}

void TestBatch::badOptions()
{
    const QString out = m_dir.filePath(QStringLiteral("bad"));
    for (const QStringList &extra : {QStringList{QStringLiteral("--tables"), QStringLiteral("xls")},
                                     QStringList{QStringLiteral("--landscapes"), QStringLiteral("9")},
                                     QStringList{QStringLiteral("--landscapes"), QStringLiteral("one")},
                                     QStringList{QStringLiteral("--threads"), QStringLiteral("0")}}) {
        const Run run = runCli(batch(out, extra));
        QVERIFY2(run.exitCode == 2, qPrintable(extra.join(QLatin1Char(' '))));
    }
    QCOMPARE(runCli({QStringLiteral("batch"), m_db}).exitCode, 2); // --out missing
}

// A build without the GUI says so for --figures, before any work
// (tst_batch_figures covers the figures of a GUI build).
void TestBatch::figuresNeedTheGui()
{
#ifndef HPLX_CLI_HEADLESS
    QSKIP("this hplx-cli has figures: tst_batch_figures tests them");
#else
    const QString out = m_dir.filePath(QStringLiteral("nofigures"));
    const Run run = runCli(batch(out, {QStringLiteral("--figures"), QStringLiteral("metrics")}));
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains("built without the GUI") && run.err.contains("figures need"), run.err.constData());
    QVERIFY(!QFileInfo::exists(out));
#endif
}

QTEST_GUILESS_MAIN(TestBatch)
#include "tst_batch.moc"
