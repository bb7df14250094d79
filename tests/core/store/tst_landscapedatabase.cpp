// DatabaseWriter + LandscapeDatabase: round trip, space reuse, read-only access
// and the validation of foreign, newer, damaged and inconsistent files.
#include "core/CoreTestHelpers.h"
#include "core/store/RawSqlite.h"
#include "support/TestLandscapes.h"

#include "jobs/Feedback.h"
#include "store/DatabaseWriter.h"
#include "store/LandscapeDatabase.h"

#include <QDateTime>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QtTest>

#include <sqlite3.h>

#include <cmath>
#include <cstring>
#include <functional>
#include <limits>
#include <set>

using namespace hplx;
using namespace hplx::test;
using hplxtest::errorFrom;
using hplxtest::rawExec;

namespace {

const double kNaN = std::numeric_limits<double>::quiet_NaN();

SearchSpace pairSpace()
{
    return SearchSpace({Hyperparameter("c", HpKind::Categorical, {"a", "b"})});
}

LandscapeKey key(const std::string &split, const std::string &fidelity = {}, std::optional<double> value = {})
{
    return {"xgb", "wine", fidelity, value, split, "1-accuracy"};
}

// Losses with awkward bit patterns: thirds, a denormal, huge and negative values.
std::vector<double> completeLosses()
{
    std::vector<double> loss(24);
    for (std::size_t id = 0; id < loss.size(); ++id)
        loss[id] = static_cast<double>(id + 1) / 3.0;
    loss[5] = std::numeric_limits<double>::denorm_min();
    loss[6] = 1e300;
    loss[7] = -2.5;
    loss[8] = 0.1 + 0.2;
    return loss;
}

std::vector<double> holedLosses()
{
    std::vector<double> loss(24);
    for (std::size_t id = 0; id < loss.size(); ++id)
        loss[id] = static_cast<double>(id) * 0.1;
    loss[0] = loss[11] = loss[23] = kNaN;
    return loss;
}

bool sameBits(double a, double b)
{
    return std::memcmp(&a, &b, sizeof a) == 0;
}

struct Sample
{
    std::int64_t space = 0;
    std::int64_t pair = 0;
    std::int64_t complete = 0;
    std::int64_t holed = 0;
    std::int64_t single = 0;
    std::int64_t other = 0;
};

Sample writeSample(const std::string &path)
{
    Sample ids;
    DatabaseWriter writer(path);
    writer.begin();
    ids.space = writer.addSpace(mixedSpace(), "xgb grid");
    ids.complete = writer.addLandscape(ids.space, key("test"), completeLosses(), "csv:runs.csv");
    ids.holed = writer.addLandscape(ids.space, key("train"), holedLosses(), "csv:runs.csv");
    std::vector<double> single(24, kNaN);
    single[10] = 0.5;
    ids.single =
        writer.addLandscape(ids.space, key("test", "fraction", 0.25), single, "csv:runs.csv", R"({"missing_rows":23})");
    ids.pair = writer.addSpace(pairSpace(), "pair");
    ids.other = writer.addLandscape(ids.pair, {"svm", "iris", "epochs", 10.0, "valid", "mse"}, {1.5, 2.5}, "spec");
    writer.commit();
    return ids;
}

// A database of a few hundred KB: 4 landscapes over a 100 x 100 grid.
void writeLarge(const std::string &path, int landscapes = 4)
{
    DatabaseWriter writer(path);
    writer.begin();
    const SearchSpace space({numbered("a", 100), numbered("b", 100)});
    const auto spaceId = writer.addSpace(space, "big");
    for (int l = 0; l < landscapes; ++l) {
        std::vector<double> loss(space.size());
        for (std::size_t id = 0; id < loss.size(); ++id)
            loss[id] = std::sin(static_cast<double>(id * std::size_t(l + 1)));
        writer.addLandscape(spaceId, key("test", "seed", l), loss, "generated");
    }
    writer.commit();
}

} // namespace

class TestLandscapeDatabase : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();

    // writer and reader together
    void roundTripValues();
    void negativeZeroReadsAsZero();
    void catalogue();
    void spaceReuse();
    void duplicateKeyRejected();
    void addLandscapeValidation();
    void rollbackWithoutCommit();
    void appendToExistingFile();
    void writerRefusesForeignFiles_data();
    void writerRefusesForeignFiles();

    // reader
    void readOnlyLeavesFileUntouched();
    void unknownIds();
    void loadWithFeedback();
    void cancelledLoad();
    void openErrors_data();
    void openErrors();
    void loadErrors_data();
    void loadErrors();
    void duplicateConfigurationRow();
    void damagedFile_data();
    void damagedFile();

private:
    QString dbPath(const QString &name = QStringLiteral("test.hplx")) const { return m_dir->filePath(name); }
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestLandscapeDatabase::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestLandscapeDatabase::roundTripValues()
{
    const std::string path = dbPath().toStdString();
    const auto ids = writeSample(path);
    const LandscapeDatabase db(path);
    QCOMPARE(db.schemaVersion(), 1);

    const auto complete = db.loadLandscape(ids.complete);
    const auto expected = completeLosses();
    QCOMPARE(complete.losses().size(), expected.size());
    for (std::size_t id = 0; id < expected.size(); ++id)
        QVERIFY2(sameBits(complete.losses()[id], expected[id]), qPrintable(QString::number(id)));
    QVERIFY(complete.isComplete());
    QCOMPARE(complete.space(), mixedSpace());

    const auto holed = db.loadLandscape(ids.holed);
    const auto holes = holedLosses();
    for (std::size_t id = 0; id < holes.size(); ++id) {
        if (std::isnan(holes[id]))
            QVERIFY2(std::isnan(holed.losses()[id]), qPrintable(QString::number(id)));
        else
            QVERIFY2(sameBits(holed.losses()[id], holes[id]), qPrintable(QString::number(id)));
    }
    QCOMPARE(holed.evaluatedCount(), std::uint64_t(21));
    QVERIFY(!holed.isComplete());

    const auto single = db.loadLandscape(ids.single);
    QCOMPARE(single.evaluatedCount(), std::uint64_t(1));
    QCOMPARE(single.loss(10), 0.5);
    // Both landscapes of the first space share one SearchSpace object.
    QCOMPARE(single.spacePtr(), complete.spacePtr());

    const auto other = db.loadLandscape(ids.other);
    QCOMPARE(other.losses(), (std::vector<double>{1.5, 2.5}));
}

void TestLandscapeDatabase::negativeZeroReadsAsZero()
{
    // SQLite stores integral REAL values as integers, so -0.0 comes back as +0.0;
    // numerically equal, which is all a loss needs.
    const std::string path = dbPath().toStdString();
    {
        DatabaseWriter writer(path);
        const auto space = writer.addSpace(pairSpace(), "pair");
        writer.addLandscape(space, key("test"), {-0.0, 1e15}, "");
    }
    const LandscapeDatabase db(path);
    const auto landscape = db.loadLandscape(db.landscapes().front().id);
    QCOMPARE(landscape.loss(0), 0.0);
    QVERIFY(sameBits(landscape.loss(1), 1e15));
}

void TestLandscapeDatabase::catalogue()
{
    const std::string path = dbPath().toStdString();
    const auto ids = writeSample(path);
    const LandscapeDatabase db(path);
    QCOMPARE(db.path(), path);

    QCOMPARE(db.spaces().size(), std::size_t(2));
    QCOMPARE(db.spaces()[0].id, ids.space);
    QCOMPARE(db.spaces()[0].name, std::string("xgb grid"));
    QCOMPARE(*db.spaces()[0].space, mixedSpace());
    QVERIFY(db.spaces()[0].space->hp(1).kind() == HpKind::Categorical);
    QCOMPARE(db.space(ids.pair).name, std::string("pair"));
    QCOMPARE(*db.space(ids.pair).space, pairSpace());

    QCOMPARE(db.landscapes().size(), std::size_t(4));
    const auto &complete = db.landscapeInfo(ids.complete);
    QCOMPARE(complete.id, ids.complete);
    QCOMPARE(complete.spaceId, ids.space);
    QVERIFY(complete.key == key("test"));
    QCOMPARE(complete.source, std::string("csv:runs.csv"));
    QCOMPARE(complete.attributes, std::string("{}"));
    QCOMPARE(complete.evaluated, std::uint64_t(24));

    QCOMPARE(db.landscapeInfo(ids.holed).evaluated, std::uint64_t(21));
    QCOMPARE(db.landscapeInfo(ids.holed).key.split, std::string("train"));

    const auto &single = db.landscapeInfo(ids.single);
    QCOMPARE(single.key.fidelityName, std::string("fraction"));
    QCOMPARE(single.key.fidelityValue, std::optional<double>(0.25));
    QCOMPARE(single.attributes, std::string(R"({"missing_rows":23})"));
    QCOMPARE(single.evaluated, std::uint64_t(1));

    const auto &other = db.landscapeInfo(ids.other);
    QCOMPARE(other.spaceId, ids.pair);
    QVERIFY(other.key == (LandscapeKey{"svm", "iris", "epochs", 10.0, "valid", "mse"}));
    QCOMPARE(other.source, std::string("spec"));
    // Catalogue order is by id.
    for (std::size_t k = 1; k < db.landscapes().size(); ++k)
        QVERIFY(db.landscapes()[k - 1].id < db.landscapes()[k].id);
}

void TestLandscapeDatabase::spaceReuse()
{
    const std::string path = dbPath().toStdString();
    DatabaseWriter writer(path);
    const auto first = writer.addSpace(mixedSpace(), "one");
    // Equal space, other name: the stored one is reused.
    QCOMPARE(writer.addSpace(mixedSpace(), "another name"), first);

    // Same size, but a different kind, value order, value text or HP name: new spaces.
    const auto kind = writer.addSpace(SearchSpace({Hyperparameter("lr", HpKind::Categorical, {"0.01", "0.1", "1"}),
                                                   Hyperparameter("opt", HpKind::Categorical, {"sgd", "adam"}),
                                                   Hyperparameter("depth", HpKind::Ordinal, {"1", "2", "4", "8"})}),
                                      "kind");
    const auto order = writer.addSpace(SearchSpace({Hyperparameter("lr", HpKind::Ordinal, {"0.01", "0.1", "1"}),
                                                    Hyperparameter("opt", HpKind::Categorical, {"adam", "sgd"}),
                                                    Hyperparameter("depth", HpKind::Ordinal, {"1", "2", "4", "8"})}),
                                       "order");
    const auto text = writer.addSpace(SearchSpace({Hyperparameter("lr", HpKind::Ordinal, {"0.01", "0.10", "1"}),
                                                   Hyperparameter("opt", HpKind::Categorical, {"sgd", "adam"}),
                                                   Hyperparameter("depth", HpKind::Ordinal, {"1", "2", "4", "8"})}),
                                      "text");
    const auto name = writer.addSpace(SearchSpace({Hyperparameter("eta", HpKind::Ordinal, {"0.01", "0.1", "1"}),
                                                   Hyperparameter("opt", HpKind::Categorical, {"sgd", "adam"}),
                                                   Hyperparameter("depth", HpKind::Ordinal, {"1", "2", "4", "8"})}),
                                      "name");
    // Same HPs in another order (also 24 configurations).
    const auto swapped = writer.addSpace(SearchSpace({Hyperparameter("opt", HpKind::Categorical, {"sgd", "adam"}),
                                                      Hyperparameter("lr", HpKind::Ordinal, {"0.01", "0.1", "1"}),
                                                      Hyperparameter("depth", HpKind::Ordinal, {"1", "2", "4", "8"})}),
                                         "swapped");
    // A prefix of the stored space (fewer HPs, other size).
    const auto prefix = writer.addSpace(pairSpace(), "pair");
    const std::set<std::int64_t> all{first, kind, order, text, name, swapped, prefix};
    QCOMPARE(all.size(), std::size_t(7));
    QCOMPARE(writer.addSpace(pairSpace(), "pair again"), prefix);
    QCOMPARE(writer.addSpace(mixedSpace(), "x"), first);

    // A new writer on the same file still finds them.
    DatabaseWriter again(path);
    QCOMPARE(again.addSpace(mixedSpace(), "again"), first);
    QCOMPARE(again.addSpace(pairSpace(), "again"), prefix);

    const LandscapeDatabase db(path);
    QCOMPARE(db.spaces().size(), std::size_t(7));
    QCOMPARE(db.space(first).name, std::string("one"));
}

void TestLandscapeDatabase::duplicateKeyRejected()
{
    const std::string path = dbPath().toStdString();
    DatabaseWriter writer(path);
    const auto space = writer.addSpace(mixedSpace(), "s");
    const auto id = writer.addLandscape(space, key("test"), completeLosses(), "");
    QCOMPARE(writer.findLandscape(space, key("test")), std::optional<std::int64_t>(id));
    QVERIFY(!writer.findLandscape(space, key("train")));

    const auto error = errorFrom([&] { writer.addLandscape(space, key("test"), holedLosses(), ""); });
    HPLX_VERIFY_ERROR(error, ErrorKind::InvalidData);
    HPLX_VERIFY_MESSAGE(error, path);
    HPLX_VERIFY_MESSAGE(error, "xgb / wine / test / 1-accuracy");

    // Keys that differ in one field only are different landscapes.
    const auto f1 = writer.addLandscape(space, key("test", "fraction", 0.5), completeLosses(), "");
    const auto f2 = writer.addLandscape(space, key("test", "fraction", 1.0), completeLosses(), "");
    QVERIFY(f1 != f2);
    QCOMPARE(writer.findLandscape(space, key("test", "fraction", 0.5)), std::optional<std::int64_t>(f1));
    HPLX_VERIFY_ERROR(errorFrom([&] { writer.addLandscape(space, key("test", "fraction", 0.5), holedLosses(), ""); }),
                      ErrorKind::InvalidData);
    auto otherLoss = key("test");
    otherLoss.lossName = "log-loss";
    writer.addLandscape(space, otherLoss, completeLosses(), "");
    const auto pair = writer.addSpace(pairSpace(), "pair");
    writer.addLandscape(pair, key("test"), {1.0, 2.0}, "");

    const LandscapeDatabase db(path);
    QCOMPARE(db.landscapes().size(), std::size_t(5));
    QCOMPARE(db.loadLandscape(id).losses().size(), std::size_t(24));
}

void TestLandscapeDatabase::addLandscapeValidation()
{
    const std::string path = dbPath().toStdString();
    DatabaseWriter writer(path);
    const auto space = writer.addSpace(mixedSpace(), "s");

    auto infinite = completeLosses();
    infinite[3] = std::numeric_limits<double>::infinity();
    auto error = errorFrom([&] { writer.addLandscape(space, key("test"), infinite, ""); });
    HPLX_VERIFY_ERROR(error, ErrorKind::InvalidData);
    HPLX_VERIFY_MESSAGE(error, "configuration 3 has an infinite loss");

    error = errorFrom([&] { writer.addLandscape(space, key("test"), std::vector<double>(24, kNaN), ""); });
    HPLX_VERIFY_ERROR(error, ErrorKind::InvalidData);
    HPLX_VERIFY_MESSAGE(error, "no evaluated configurations");

    error = errorFrom([&] { writer.addLandscape(space, key("test", "fraction"), completeLosses(), ""); });
    HPLX_VERIFY_ERROR(error, ErrorKind::InvalidArgument);
    auto valueOnly = key("test");
    valueOnly.fidelityValue = 1.0;
    error = errorFrom([&] { writer.addLandscape(space, valueOnly, completeLosses(), ""); });
    HPLX_VERIFY_ERROR(error, ErrorKind::InvalidArgument);

    // One loss per configuration of the stored space, and the space must exist:
    // either mistake would store a landscape no reader can load.
    error = errorFrom([&] { writer.addLandscape(space, key("test"), std::vector<double>(23, 0.5), ""); });
    HPLX_VERIFY_ERROR(error, ErrorKind::InvalidArgument);
    HPLX_VERIFY_MESSAGE(error, "23");
    HPLX_VERIFY_MESSAGE(error, "24");
    error = errorFrom([&] { writer.addLandscape(space, key("test"), std::vector<double>(25, 0.5), ""); });
    HPLX_VERIFY_ERROR(error, ErrorKind::InvalidArgument);
    error = errorFrom([&] { writer.addLandscape(space + 100, key("test"), completeLosses(), ""); });
    HPLX_VERIFY_ERROR(error, ErrorKind::InvalidArgument);
    HPLX_VERIFY_MESSAGE(error, std::to_string(space + 100));

    // Nothing of the refused landscapes was stored; the file still reads.
    const LandscapeDatabase db(path);
    QCOMPARE(db.landscapes().size(), std::size_t(0));
    QCOMPARE(db.spaces().size(), std::size_t(1));
}

void TestLandscapeDatabase::rollbackWithoutCommit()
{
    const std::string path = dbPath().toStdString();
    {
        // A new file gets its tables with the first write, in that write's
        // transaction: rolled back, the file stays empty.
        DatabaseWriter writer(path);
        writer.begin();
        writer.addSpace(mixedSpace(), "s");
    }
    QCOMPARE(QFileInfo(dbPath()).size(), qint64(0));
    {
        DatabaseWriter writer(path);
        writer.begin();
        writer.commit(); // an empty HPLX database
    }
    {
        DatabaseWriter writer(path);
        writer.begin();
        const auto space = writer.addSpace(mixedSpace(), "s");
        writer.addLandscape(space, key("test"), completeLosses(), "");
        // destroyed without commit()
    }
    const LandscapeDatabase db(path);
    QVERIFY(db.spaces().empty());
    QVERIFY(db.landscapes().empty());
    QVERIFY(!QFileInfo::exists(dbPath() + QStringLiteral("-journal")));
}

void TestLandscapeDatabase::appendToExistingFile()
{
    const std::string path = dbPath().toStdString();
    const auto ids = writeSample(path);
    std::int64_t added = 0;
    {
        DatabaseWriter writer(path);
        QCOMPARE(writer.addSpace(mixedSpace(), "same"), ids.space);
        added = writer.addLandscape(ids.space, key("valid"), holedLosses(), "more");
    }
    const LandscapeDatabase db(path);
    QCOMPARE(db.landscapes().size(), std::size_t(5));
    QCOMPARE(db.loadLandscape(added).evaluatedCount(), std::uint64_t(21));
    QCOMPARE(db.loadLandscape(ids.complete).evaluatedCount(), std::uint64_t(24));
}

void TestLandscapeDatabase::writerRefusesForeignFiles_data()
{
    QTest::addColumn<int>("which");
    QTest::addColumn<hplx::ErrorKind>("kind");
    QTest::newRow("text file") << 0 << ErrorKind::NotHplxDatabase;
    QTest::newRow("other sqlite database") << 1 << ErrorKind::NotHplxDatabase;
    QTest::newRow("newer schema") << 2 << ErrorKind::NewerSchema;
}

void TestLandscapeDatabase::writerRefusesForeignFiles()
{
    QFETCH(int, which);
    QFETCH(hplx::ErrorKind, kind);
    const QString path = dbPath();
    if (which == 0) {
        hplxtest::writeFile(path, QByteArray("model,loss\nxgb,0.5\n").repeated(100));
    } else if (which == 1) {
        QVERIFY(rawExec(path, QStringLiteral("CREATE TABLE notes (text TEXT); INSERT INTO notes VALUES ('x');")));
    } else {
        writeSample(path.toStdString());
        QVERIFY(rawExec(path, QStringLiteral("UPDATE hplx_meta SET value = '99' WHERE key = 'schema_version'")));
    }
    const QByteArray before = hplxtest::sha256(path);
    const auto error = errorFrom([&] { DatabaseWriter writer(path.toStdString()); });
    HPLX_VERIFY_ERROR(error, kind);
    HPLX_VERIFY_MESSAGE(error, path.toStdString());
    QCOMPARE(hplxtest::sha256(path), before);
}

void TestLandscapeDatabase::readOnlyLeavesFileUntouched()
{
    const QString path = dbPath();
    writeSample(path.toStdString());
    // An old mtime makes any write visible even on coarse file-system clocks.
    const QDateTime old(QDate(2020, 1, 1), QTime(12, 0), Qt::UTC);
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadWrite));
        QVERIFY(file.setFileTime(old, QFileDevice::FileModificationTime));
    }
    const QByteArray bytes = hplxtest::readFile(path);
    const QStringList filesBefore = QDir(m_dir->path()).entryList(QDir::Files);
    {
        const LandscapeDatabase db(path.toStdString());
        for (const auto &info : db.landscapes())
            QVERIFY(db.loadLandscape(info.id).evaluatedCount() > 0);
    }
    QCOMPARE(hplxtest::readFile(path), bytes);
    QCOMPARE(QFileInfo(path).lastModified().toUTC(), old);
    // No journal, WAL or shm files were left (or created) next to it.
    QCOMPARE(QDir(m_dir->path()).entryList(QDir::Files), filesBefore);

    // Reading also works when the file and its directory are read-only.
    QFile::setPermissions(path, QFileDevice::ReadOwner);
    const LandscapeDatabase db(path.toStdString());
    QCOMPARE(db.landscapes().size(), std::size_t(4));
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
}

void TestLandscapeDatabase::unknownIds()
{
    const std::string path = dbPath().toStdString();
    writeSample(path);
    const LandscapeDatabase db(path);
    for (const auto &call :
         std::vector<std::function<void()>>{[&] { db.space(999); }, [&] { db.landscapeInfo(999); },
                                            [&] { db.loadLandscape(999); }, [&] { db.loadLandscape(0); }}) {
        const auto error = errorFrom(call);
        HPLX_VERIFY_ERROR(error, ErrorKind::InvalidArgument);
        HPLX_VERIFY_MESSAGE(error, path);
    }
}

void TestLandscapeDatabase::loadWithFeedback()
{
    const std::string path = dbPath().toStdString();
    writeLarge(path, 1);
    std::vector<double> reported;
    Feedback feedback([&](double fraction, const std::string &) { reported.push_back(fraction); },
                      std::chrono::milliseconds(0));
    const LandscapeDatabase db(path);
    const auto landscape = db.loadLandscape(db.landscapes().front().id, &feedback);
    QCOMPARE(landscape.evaluatedCount(), std::uint64_t(10000));
    QCOMPARE(feedback.progress(), 1.0);
    QVERIFY(!reported.empty());
    QCOMPARE(reported.back(), 1.0);
    QVERIFY(std::is_sorted(reported.begin(), reported.end()));
}

void TestLandscapeDatabase::cancelledLoad()
{
    // Cancellation is polled every 65536 rows, so the landscape must be larger.
    const std::string path = dbPath().toStdString();
    const SearchSpace space({numbered("a", 300), numbered("b", 300)});
    {
        DatabaseWriter writer(path);
        writer.begin();
        const auto spaceId = writer.addSpace(space, "big");
        writer.addLandscape(spaceId, key("test"), std::vector<double>(space.size(), 0.5), "");
        writer.commit();
    }
    const LandscapeDatabase db(path);
    Feedback feedback;
    feedback.cancel();
    const auto error = errorFrom([&] { db.loadLandscape(db.landscapes().front().id, &feedback); });
    HPLX_VERIFY_ERROR(error, ErrorKind::Cancelled);
}

// Each row: a way to damage a good sample database, the error kind the reader
// must raise when opening it, and parts its message must contain.
void TestLandscapeDatabase::openErrors_data()
{
    QTest::addColumn<QString>("sql"); // applied to a good sample; "" = see setup
    QTest::addColumn<int>("setup");   // 0: sample + sql, 1: text file, 2: foreign sqlite, 3: empty file, 4: absent
    QTest::addColumn<hplx::ErrorKind>("kind");
    QTest::addColumn<QStringList>("parts");

    QTest::newRow("text file") << QString() << 1 << ErrorKind::NotHplxDatabase << QStringList{"not a database"};
    QTest::newRow("sqlite without hplx_meta")
        << QString() << 2 << ErrorKind::NotHplxDatabase << QStringList{"not an HPLX landscape database", "hplx_meta"};
    QTest::newRow("empty file") << QString() << 3 << ErrorKind::NotHplxDatabase << QStringList{"hplx_meta"};
    QTest::newRow("absent file") << QString() << 4 << ErrorKind::Io << QStringList{"cannot open"};
    QTest::newRow("schema_version 99") << "UPDATE hplx_meta SET value = '99' WHERE key = 'schema_version'" << 0
                                       << ErrorKind::NewerSchema << QStringList{"version 99", "update HPLX"};
    QTest::newRow("schema_version beyond int") << "UPDATE hplx_meta SET value = '1e10' WHERE key = 'schema_version'"
                                               << 0 << ErrorKind::NewerSchema << QStringList{"schema version"};
    QTest::newRow("schema_version text") << "UPDATE hplx_meta SET value = 'one' WHERE key = 'schema_version'" << 0
                                         << ErrorKind::NotHplxDatabase
                                         << QStringList{"hplx_meta", "schema_version 'one'"};
    QTest::newRow("schema_version 0") << "UPDATE hplx_meta SET value = '0' WHERE key = 'schema_version'" << 0
                                      << ErrorKind::NotHplxDatabase << QStringList{"hplx_meta", "schema_version '0'"};
    QTest::newRow("schema_version missing") << "DELETE FROM hplx_meta WHERE key = 'schema_version'" << 0
                                            << ErrorKind::NotHplxDatabase << QStringList{"schema_version"};
    QTest::newRow("wrong format tag") << "UPDATE hplx_meta SET value = 'something-else' WHERE key = 'format'" << 0
                                      << ErrorKind::NotHplxDatabase
                                      << QStringList{"hplx_meta", "format 'something-else'"};
    QTest::newRow("missing hp_values index")
        << "DELETE FROM hp_values WHERE space_id = 1 AND hp_position = 2 AND value_index = 1" << 0
        << ErrorKind::InvalidData
        << QStringList{"table hp_values", "space_id=1 hp_position=2 value_index=2", "expected value_index 1"};
    QTest::newRow("missing last hp_values index")
        << "DELETE FROM hp_values WHERE space_id = 1 AND hp_position = 2 AND value_index = 3" << 0
        << ErrorKind::InvalidData << QStringList{"table spaces", "row id=1", "column size is 24", "18"};
    QTest::newRow("hp without values") << "DELETE FROM hp_values WHERE space_id = 1 AND hp_position = 1" << 0
                                       << ErrorKind::InvalidData
                                       << QStringList{"table spaces", "row id=1", "'opt' has no values"};
    QTest::newRow("duplicate hp label")
        << "UPDATE hp_values SET label = 'sgd' WHERE space_id = 1 AND hp_position = 1 AND value_index = 1" << 0
        << ErrorKind::InvalidData << QStringList{"table spaces", "row id=1", "'sgd' twice"};
    QTest::newRow("hyperparameter position gap")
        << "UPDATE hyperparameters SET position = 5 WHERE space_id = 1 AND position = 2" << 0 << ErrorKind::InvalidData
        << QStringList{"table hyperparameters", "space_id=1 position=5", "expected position 2"};
    QTest::newRow("bad hp kind") << "PRAGMA ignore_check_constraints = ON; UPDATE hyperparameters SET kind = 'nominal' "
                                    "WHERE space_id = 1 AND position = 0"
                                 << 0 << ErrorKind::InvalidData
                                 << QStringList{"table hyperparameters", "space_id=1 position=0", "'nominal'"};
    QTest::newRow("hyperparameter of no space")
        << "INSERT INTO hyperparameters VALUES (42, 0, 'x', 'ordinal')" << 0 << ErrorKind::InvalidData
        << QStringList{"table hyperparameters", "space_id=42", "no such space"};
    QTest::newRow("space without hyperparameters")
        << "INSERT INTO spaces (id, name, size) VALUES (7, 'empty', 1)" << 0 << ErrorKind::InvalidData
        << QStringList{"table spaces", "row id=7", "at least one hyperparameter"};
    QTest::newRow("landscape of no space")
        << "UPDATE landscapes SET space_id = 9 WHERE id = 1" << 0 << ErrorKind::InvalidData
        << QStringList{"table landscapes", "row id=1", "space_id is 9"};
    QTest::newRow("evaluated above space size")
        << "UPDATE landscapes SET evaluated = 25 WHERE id = 1" << 0 << ErrorKind::InvalidData
        << QStringList{"table landscapes", "row id=1", "evaluated is 25"};
    QTest::newRow("evaluated zero") << "UPDATE landscapes SET evaluated = 0 WHERE id = 2" << 0 << ErrorKind::InvalidData
                                    << QStringList{"table landscapes", "row id=2", "evaluated is 0"};
    QTest::newRow("fidelity name without value")
        << "UPDATE landscapes SET fidelity_value = NULL WHERE id = 3" << 0 << ErrorKind::InvalidData
        << QStringList{"table landscapes", "row id=3", "fidelity_name"};
}

void TestLandscapeDatabase::openErrors()
{
    QFETCH(QString, sql);
    QFETCH(int, setup);
    QFETCH(hplx::ErrorKind, kind);
    QFETCH(QStringList, parts);
    const QString path = dbPath();
    switch (setup) {
    case 0:
        writeSample(path.toStdString());
        QVERIFY(rawExec(path, sql));
        break;
    case 1:
        hplxtest::writeFile(path, QByteArray("lr,depth,test_error\n0.1,3,0.25\n").repeated(200));
        break;
    case 2:
        QVERIFY(rawExec(path, QStringLiteral("CREATE TABLE results (lr REAL, loss REAL);"
                                             "INSERT INTO results VALUES (0.1, 0.5);")));
        break;
    case 3:
        hplxtest::writeFile(path, QByteArray());
        break;
    default:
        break;
    }
    const QByteArray before = hplxtest::readFile(path);
    const auto error = errorFrom([&] { LandscapeDatabase db(path.toStdString()); });
    HPLX_VERIFY_ERROR(error, kind);
    HPLX_VERIFY_MESSAGE(error, path.toStdString());
    for (const auto &part : parts)
        HPLX_VERIFY_MESSAGE(error, part.toStdString());
    // A failed open changes nothing, and never creates a file.
    QCOMPARE(hplxtest::readFile(path), before);
    QCOMPARE(QFileInfo::exists(path), setup != 4);
}

// Damage that the catalogue does not show: found when the losses are read.
void TestLandscapeDatabase::loadErrors_data()
{
    QTest::addColumn<QString>("sql");
    QTest::addColumn<int>("landscape"); // 1: complete, 2: holed, 3: single
    QTest::addColumn<QStringList>("parts");

    QTest::newRow("config_id above the space")
        << "INSERT INTO losses VALUES (2, 24, 0.5)" << 2
        << QStringList{"table losses", "landscape_id=2", "config_id=24", "outside the search space", "0 to 23"};
    QTest::newRow("negative config_id") << "INSERT INTO losses VALUES (2, -1, 0.5)" << 2
                                        << QStringList{"table losses", "landscape_id=2", "config_id=-1", "outside"};
    // Replacing config 5 keeps the row count right, so only the type check can tell.
    QTest::newRow("text config_id") << "UPDATE losses SET config_id = 'five' WHERE landscape_id = 1 AND config_id = 5"
                                    << 1
                                    << QStringList{"table losses", "landscape_id=1", "config_id='five'",
                                                   "not an integer"};
    QTest::newRow("fractional config_id")
        << "UPDATE losses SET config_id = 4.5 WHERE landscape_id = 1 AND config_id = 5" << 1
        << QStringList{"landscape_id=1", "config_id='4.5'", "not an integer"};
    QTest::newRow("text loss") << "UPDATE losses SET loss = 'oops' WHERE landscape_id = 1 AND config_id = 4" << 1
                               << QStringList{"table losses", "landscape_id=1", "config_id=4", "loss is not a number"};
    QTest::newRow("blob loss") << "UPDATE losses SET loss = x'00ff' WHERE landscape_id = 1 AND config_id = 2" << 1
                               << QStringList{"landscape_id=1", "config_id=2", "not a number"};
    QTest::newRow("+inf loss") << "UPDATE losses SET loss = 9e999 WHERE landscape_id = 1 AND config_id = 7" << 1
                               << QStringList{"landscape_id=1", "config_id=7", "loss is inf", "finite"};
    QTest::newRow("-inf loss") << "UPDATE losses SET loss = -9e999 WHERE landscape_id = 3" << 3
                               << QStringList{"landscape_id=3", "config_id=10", "loss is -inf"};
    QTest::newRow("landscape with zero rows") << "DELETE FROM losses WHERE landscape_id = 3" << 3
                                              << QStringList{"landscape_id=3", "no evaluated configurations"};
    QTest::newRow("fewer rows than evaluated") << "DELETE FROM losses WHERE landscape_id = 1 AND config_id = 0" << 1
                                               << QStringList{"landscape_id=1", "23 rows", "24"};
    QTest::newRow("more rows than evaluated")
        << "INSERT INTO losses VALUES (2, 0, 0.5)" << 2 << QStringList{"landscape_id=2", "22 rows", "21"};
}

void TestLandscapeDatabase::loadErrors()
{
    QFETCH(QString, sql);
    QFETCH(int, landscape);
    QFETCH(QStringList, parts);
    const QString path = dbPath();
    const auto ids = writeSample(path.toStdString());
    QCOMPARE(ids.complete, std::int64_t(1));
    QCOMPARE(ids.holed, std::int64_t(2));
    QCOMPARE(ids.single, std::int64_t(3));
    QVERIFY(rawExec(path, sql));
    const LandscapeDatabase db(path.toStdString());
    const auto error = errorFrom([&] { db.loadLandscape(landscape); });
    HPLX_VERIFY_ERROR(error, ErrorKind::InvalidData);
    HPLX_VERIFY_MESSAGE(error, path.toStdString());
    for (const auto &part : parts)
        HPLX_VERIFY_MESSAGE(error, part.toStdString());
    // The other landscapes still load.
    for (const auto &info : db.landscapes()) {
        if (info.id != landscape)
            QVERIFY(db.loadLandscape(info.id).evaluatedCount() == info.evaluated);
    }
}

void TestLandscapeDatabase::duplicateConfigurationRow()
{
    // The real schema's primary key forbids duplicates; a hand-made file may not.
    const QString path = dbPath();
    writeSample(path.toStdString());
    QVERIFY(rawExec(path, QStringLiteral("ALTER TABLE losses RENAME TO old_losses;"
                                         "CREATE TABLE losses (landscape_id INTEGER, config_id INTEGER, loss REAL);"
                                         "INSERT INTO losses SELECT * FROM old_losses;"
                                         "DROP TABLE old_losses;"
                                         "INSERT INTO losses VALUES (1, 5, 0.75);")));
    const LandscapeDatabase db(path.toStdString());
    const auto error = errorFrom([&] { db.loadLandscape(1); });
    HPLX_VERIFY_ERROR(error, ErrorKind::InvalidData);
    HPLX_VERIFY_MESSAGE(error, path.toStdString());
    HPLX_VERIFY_MESSAGE(error, "table losses, landscape_id=1 config_id=5");
    HPLX_VERIFY_MESSAGE(error, "appears twice");
    QCOMPARE(db.loadLandscape(2).evaluatedCount(), std::uint64_t(21));
}

void TestLandscapeDatabase::damagedFile_data()
{
    QTest::addColumn<int>("damage"); // 0: truncate, 1: overwrite two pages with garbage
    QTest::addColumn<double>("fraction");
    QTest::addColumn<bool>("mustFail");
    QTest::newRow("truncated to half") << 0 << 0.5 << true;
    QTest::newRow("truncated to a quarter") << 0 << 0.25 << true;
    QTest::newRow("truncated to three quarters") << 0 << 0.75 << true;
    QTest::newRow("truncated to 4096 bytes") << 0 << 4096.0 << true;
    QTest::newRow("truncated to 100 bytes") << 0 << 100.0 << true;
    // SQLite rounds the page count up and zero-fills a short last page, so losing
    // the last byte may go unnoticed; it must still not crash.
    QTest::newRow("one byte short") << 0 << -1.0 << false;
    QTest::newRow("garbage at half") << 1 << 0.5 << true;
    QTest::newRow("garbage at a quarter") << 1 << 0.25 << true;
    QTest::newRow("garbage at 90%") << 1 << 0.9 << true;
}

void TestLandscapeDatabase::damagedFile()
{
    QFETCH(int, damage);
    QFETCH(double, fraction);
    QFETCH(bool, mustFail);
    const QString path = dbPath();
    writeLarge(path.toStdString());
    QFile file(path);
    const qint64 size = file.size();
    QVERIFY2(size > 200 * 1024, qPrintable(QString::number(size)));
    const qint64 at = fraction < 0 ? size - 1 : fraction > 1 ? qint64(fraction) : qint64(double(size) * fraction);
    if (damage == 0) {
        QVERIFY(file.resize(at));
    } else {
        // Two whole pages (SQLite's default page size is 4096) in the losses' B-tree.
        QVERIFY(file.open(QIODevice::ReadWrite));
        QVERIFY(file.seek(at / 4096 * 4096));
        file.write(QByteArray(8192, '\xAB'));
        file.close();
    }

    // Whatever SQLite notices first, the outcome is an hplx::Error naming the file,
    // never a crash, a hang or a silently short landscape.
    int failures = 0;
    std::string message;
    const auto opened = errorFrom([&] {
        const LandscapeDatabase db(path.toStdString());
        QCOMPARE(db.landscapes().size(), std::size_t(4));
        for (const auto &info : db.landscapes()) {
            const auto error = errorFrom([&] {
                const auto landscape = db.loadLandscape(info.id);
                QCOMPARE(landscape.evaluatedCount(), std::uint64_t(10000));
            });
            if (error) {
                ++failures;
                message = error->what();
                QVERIFY2(error->kind() == ErrorKind::Corrupt || error->kind() == ErrorKind::InvalidData
                             || error->kind() == ErrorKind::Io,
                         error->what());
                QVERIFY2(hplxtest::contains(message, path.toStdString()), error->what());
            }
        }
    });
    if (opened) {
        ++failures;
        message = opened->what();
        QVERIFY2(opened->kind() == ErrorKind::Corrupt || opened->kind() == ErrorKind::NotHplxDatabase
                     || opened->kind() == ErrorKind::InvalidData || opened->kind() == ErrorKind::Io,
                 opened->what());
        QVERIFY2(hplxtest::contains(message, path.toStdString()), opened->what());
    }
    if (mustFail)
        QVERIFY2(failures > 0, "a damaged database read without any error");
    if (!message.empty())
        qInfo("%s", message.c_str());
}

QTEST_GUILESS_MAIN(TestLandscapeDatabase)
#include "tst_landscapedatabase.moc"
