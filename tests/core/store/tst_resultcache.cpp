// ResultCache: HPLX's own cache file (never the user's database), and the
// Digest its keys are made from.
#include "core/CoreTestHelpers.h"
#include "core/store/RawSqlite.h"

#include "store/ResultCache.h"
#include "util/Digest.h"

#include <QTemporaryDir>
#include <QtTest>

#include <set>

using namespace hplx;
using hplxtest::errorFrom;
using hplxtest::rawExec;

class TestResultCache : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void digestIsStableAndSensitive();
    void digestSeparatesStrings();
    void createsFolderAndFile();
    void storesBinaryPayloads();
    void replacesAndRemoves();
    void persistsAcrossOpens();
    void refusesForeignDatabase();
    void refusesTextFile();
    void refusesOtherCacheVersion();
    void defaultPathFollowsEnvironment();
};

void TestResultCache::digestIsStableAndSensitive()
{
    const std::vector<double> values = {0.5, 1.25, -3.0, 7.0};
    Digest a, b;
    a.addBytes(values.data(), values.size() * sizeof(double));
    b.addBytes(values.data(), values.size() * sizeof(double));
    QCOMPARE(a.hex(), b.hex());
    QCOMPARE(a.hex().size(), std::size_t(32));
    QVERIFY(a.hex().find_first_not_of("0123456789abcdef") == std::string::npos);

    // Every single-bit change of the input changes the digest.
    std::set<std::string> seen = {a.hex()};
    for (std::size_t byte = 0; byte < values.size() * sizeof(double); ++byte) {
        for (int bit = 0; bit < 8; ++bit) {
            std::vector<double> changed = values;
            reinterpret_cast<unsigned char *>(changed.data())[byte] ^= static_cast<unsigned char>(1u << bit);
            Digest c;
            c.addBytes(changed.data(), changed.size() * sizeof(double));
            seen.insert(c.hex());
        }
    }
    QCOMPARE(seen.size(), std::size_t(1 + 32 * 8));

    // Trailing zero bytes count: 3 zero bytes and 4 zero bytes differ.
    const unsigned char zeros[4] = {0, 0, 0, 0};
    Digest three, four;
    three.addBytes(zeros, 3);
    four.addBytes(zeros, 4);
    QVERIFY(three.hex() != four.hex());
}

void TestResultCache::digestSeparatesStrings()
{
    Digest ab_c, a_bc;
    ab_c.add("ab");
    ab_c.add("c");
    a_bc.add("a");
    a_bc.add("bc");
    QVERIFY(ab_c.hex() != a_bc.hex());
}

void TestResultCache::createsFolderAndFile()
{
    QTemporaryDir dir;
    const std::string path = dir.filePath(QStringLiteral("deep/er/results.sqlite")).toStdString();
    ResultCache cache(path);
    QCOMPARE(cache.path(), path);
    QVERIFY(QFileInfo::exists(QString::fromStdString(path)));
    QCOMPARE(cache.entryCount(), std::size_t(0));
    QVERIFY(!cache.find("embedding", "nothing"));
}

void TestResultCache::storesBinaryPayloads()
{
    QTemporaryDir dir;
    ResultCache cache(dir.filePath(QStringLiteral("c.sqlite")).toStdString());
    std::string payload("\0\1\2binary\0tail", 14);
    cache.store("embedding", "k1", payload);
    const auto found = cache.find("embedding", "k1");
    QVERIFY(found);
    QCOMPARE(found->size(), std::size_t(14));
    QVERIFY(*found == payload);
    // The kind is part of the key.
    QVERIFY(!cache.find("metrics", "k1"));
    // An empty payload is a value, not a miss.
    cache.store("embedding", "empty", std::string());
    QVERIFY(cache.find("embedding", "empty"));
    QCOMPARE(cache.find("embedding", "empty")->size(), std::size_t(0));
}

void TestResultCache::replacesAndRemoves()
{
    QTemporaryDir dir;
    ResultCache cache(dir.filePath(QStringLiteral("c.sqlite")).toStdString());
    cache.store("embedding", "k", "first");
    cache.store("embedding", "k", "second");
    QCOMPARE(cache.entryCount(), std::size_t(1));
    QCOMPARE(*cache.find("embedding", "k"), std::string("second"));
    cache.remove("embedding", "k");
    QVERIFY(!cache.find("embedding", "k"));
    QCOMPARE(cache.entryCount(), std::size_t(0));
}

void TestResultCache::persistsAcrossOpens()
{
    QTemporaryDir dir;
    const std::string path = dir.filePath(QStringLiteral("c.sqlite")).toStdString();
    {
        ResultCache cache(path);
        cache.store("embedding", "k", "kept");
    }
    ResultCache again(path);
    QCOMPARE(*again.find("embedding", "k"), std::string("kept"));
}

void TestResultCache::refusesForeignDatabase()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("mine.sqlite"));
    QVERIFY(rawExec(path, QStringLiteral("CREATE TABLE notes (text TEXT); INSERT INTO notes VALUES ('x');")));
    const QByteArray before = hplxtest::sha256(path);
    const auto error = errorFrom([&] { ResultCache cache(path.toStdString()); });
    HPLX_VERIFY_ERROR(error, ErrorKind::NotHplxDatabase);
    HPLX_VERIFY_MESSAGE(error, path.toStdString());
    HPLX_VERIFY_MESSAGE(error, "hplx_cache_meta");
    QCOMPARE(hplxtest::sha256(path), before);
}

void TestResultCache::refusesTextFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("notes.txt"));
    hplxtest::writeFile(path, QByteArray("this is a text file, not a cache\n").repeated(40));
    const auto error = errorFrom([&] { ResultCache cache(path.toStdString()); });
    HPLX_VERIFY_ERROR(error, ErrorKind::NotHplxDatabase);
    HPLX_VERIFY_MESSAGE(error, path.toStdString());
}

void TestResultCache::refusesOtherCacheVersion()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("c.sqlite"));
    {
        ResultCache cache(path.toStdString());
    }
    QVERIFY(rawExec(path, QStringLiteral("UPDATE hplx_cache_meta SET value = '99' WHERE key = 'version'")));
    const auto error = errorFrom([&] { ResultCache cache(path.toStdString()); });
    HPLX_VERIFY_ERROR(error, ErrorKind::NewerSchema);
    HPLX_VERIFY_MESSAGE(error, "delete the file");
}

void TestResultCache::defaultPathFollowsEnvironment()
{
    const QByteArray cacheDir = qgetenv("HPLX_CACHE_DIR"), xdg = qgetenv("XDG_CACHE_HOME"), home = qgetenv("HOME");
    qputenv("HPLX_CACHE_DIR", "/tmp/explicit");
    qputenv("XDG_CACHE_HOME", "/tmp/xdg");
    qputenv("HOME", "/tmp/home");
    QCOMPARE(ResultCache::defaultPath(), std::string("/tmp/explicit/results.sqlite"));
    qunsetenv("HPLX_CACHE_DIR");
    QCOMPARE(ResultCache::defaultPath(), std::string("/tmp/xdg/hplx/results.sqlite"));
    qunsetenv("XDG_CACHE_HOME");
    QCOMPARE(ResultCache::defaultPath(), std::string("/tmp/home/.cache/hplx/results.sqlite"));
    qunsetenv("HOME");
    QCOMPARE(ResultCache::defaultPath(), std::string());
    auto restore = [](const char *name, const QByteArray &value) {
        if (value.isNull())
            qunsetenv(name);
        else
            qputenv(name, value);
    };
    restore("HPLX_CACHE_DIR", cacheDir);
    restore("XDG_CACHE_HOME", xdg);
    restore("HOME", home);
}

QTEST_GUILESS_MAIN(TestResultCache)
#include "tst_resultcache.moc"
