// The embedding pipeline (HOPE -> UMAP -> trustworthiness) around its parts:
// the row map, the cache key, the cache payload and the cached path.
#include "core/CoreTestHelpers.h"
#include "support/TestLandscapes.h"

#include "embed/LandscapeEmbedding.h"
#include "jobs/Feedback.h"
#include "store/ResultCache.h"

#include <QTemporaryDir>
#include <QtTest>

#include <cmath>
#include <cstring>

using namespace hplx;
using namespace hplx::test;
using hplxtest::errorFrom;

namespace {

// A 5 x 4 grid with a bowl-shaped loss (minimum at (2, 1)) and a few
// configurations left out when partial.
Landscape bowl(bool partial = false)
{
    std::vector<double> loss;
    for (int a = 0; a < 5; ++a)
        for (int b = 0; b < 4; ++b)
            loss.push_back((a - 2) * (a - 2) + 0.5 * (b - 1) * (b - 1) + 0.01 * (a * 4 + b));
    if (partial)
        loss[0] = loss[7] = loss[19] = std::nan("");
    return makeLandscape({numbered("a", 5), numbered("b", 4)}, loss);
}

EmbeddingOptions smallOptions()
{
    EmbeddingOptions options;
    options.hope.dimensions = 4;
    options.umap.nEpochs = 50;
    options.umap.threads = 1;
    return options;
}

bool sameBits(const Eigen::MatrixXf &a, const Eigen::MatrixXf &b)
{
    return a.rows() == b.rows() && a.cols() == b.cols()
           && std::memcmp(a.data(), b.data(), sizeof(float) * static_cast<std::size_t>(a.size())) == 0;
}

} // namespace

class TestLandscapeEmbedding : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rowsAreEvaluatedIdsAscending();
    void reproducibleAndSeeded();
    void progressIsMonotoneAndCancelWorks();
    void tooFewConfigurations();
    void payloadRoundTrip();
    void damagedPayloadsAreRejected();
    void cacheKeyFollowsInputAndParameters();
    void cachedPathStoresAndReuses();
    void undecodableEntryIsRecomputed();
};

void TestLandscapeEmbedding::rowsAreEvaluatedIdsAscending()
{
    const Landscape landscape = bowl(true);
    const LandscapeEmbedding e = embedLandscape(landscape, smallOptions());
    std::vector<ConfigId> expected;
    for (ConfigId id = 0; id < 20; ++id)
        if (id != 0 && id != 7 && id != 19)
            expected.push_back(id);
    QCOMPARE(e.rows, expected);
    QCOMPARE(e.layout.rows(), Eigen::Index(17));
    QCOMPARE(e.layout.cols(), Eigen::Index(2));
    QVERIFY(e.layout.allFinite());
    QVERIFY(e.trustworthiness >= 0.0 && e.trustworthiness <= 1.0);
    QCOMPARE(e.options.hope.dimensions, 4);
    QCOMPARE(e.singularValues.size(), std::size_t(4));
    QVERIFY(!e.fromCache);
}

void TestLandscapeEmbedding::reproducibleAndSeeded()
{
    const Landscape landscape = bowl();
    EmbeddingOptions options = smallOptions();
    const LandscapeEmbedding a = embedLandscape(landscape, options);
    const LandscapeEmbedding b = embedLandscape(landscape, options);
    QVERIFY(sameBits(a.layout, b.layout));
    options.setSeed(11);
    QVERIFY(options.hope.seed != options.umap.seed); // each step its own stream
    const LandscapeEmbedding c = embedLandscape(landscape, options);
    QVERIFY(!sameBits(a.layout, c.layout));
}

void TestLandscapeEmbedding::progressIsMonotoneAndCancelWorks()
{
    std::vector<double> reported;
    Feedback feedback([&](double fraction, const std::string &) { reported.push_back(fraction); },
                      std::chrono::milliseconds(0));
    embedLandscape(bowl(), smallOptions(), &feedback);
    QVERIFY(!reported.empty());
    for (std::size_t i = 1; i < reported.size(); ++i)
        QVERIFY2(reported[i] >= reported[i - 1] - 1e-12,
                 qPrintable(QStringLiteral("%1 after %2").arg(reported[i]).arg(reported[i - 1])));
    QCOMPARE(reported.back(), 1.0);

    Feedback cancelled;
    cancelled.cancel();
    const auto error = errorFrom([&] { embedLandscape(bowl(), smallOptions(), &cancelled); });
    HPLX_VERIFY_ERROR(error, ErrorKind::Cancelled);
}

void TestLandscapeEmbedding::tooFewConfigurations()
{
    std::vector<double> loss(20, std::nan(""));
    loss[3] = 1.0;
    loss[4] = 2.0;
    const Landscape two = makeLandscape({numbered("a", 5), numbered("b", 4)}, loss);
    const auto error = errorFrom([&] { embedLandscape(two, smallOptions()); });
    HPLX_VERIFY_ERROR(error, ErrorKind::InvalidData);
    HPLX_VERIFY_MESSAGE(error, "at least 3");
    // Three is enough: a defined layout.
    loss[5] = 0.5;
    const Landscape three = makeLandscape({numbered("a", 5), numbered("b", 4)}, loss);
    const LandscapeEmbedding e = embedLandscape(three, smallOptions());
    QCOMPARE(e.rows, (std::vector<ConfigId>{3, 4, 5}));
    QVERIFY(e.layout.allFinite());
    QCOMPARE(e.options.trust.k, 1); // (2 * 3 - 2) / 3
}

void TestLandscapeEmbedding::payloadRoundTrip()
{
    LandscapeEmbedding e = embedLandscape(bowl(true), smallOptions());
    e.note = "a note, with \\0 inside";
    LandscapeEmbedding back;
    QVERIFY(deserialiseEmbedding(serialiseEmbedding(e), back));
    QVERIFY(back.fromCache);
    QCOMPARE(back.rows, e.rows);
    QVERIFY(sameBits(back.layout, e.layout));
    QCOMPARE(back.trustworthiness, e.trustworthiness);
    QCOMPARE(back.singularValues, e.singularValues);
    QCOMPARE(back.knnExact, e.knnExact);
    QCOMPARE(back.umapInit, e.umapInit);
    QCOMPARE(back.note, e.note);
    QCOMPARE(back.options.describe(), e.options.describe());
    QCOMPARE(back.options.umap.threads, e.options.umap.threads);
    QCOMPARE(back.hopeSeconds, e.hopeSeconds);
}

void TestLandscapeEmbedding::damagedPayloadsAreRejected()
{
    const std::string payload = serialiseEmbedding(embedLandscape(bowl(), smallOptions()));
    LandscapeEmbedding out;
    QVERIFY(!deserialiseEmbedding(std::string(), out));
    for (const std::size_t cut : {std::size_t(3), std::size_t(40), payload.size() / 2, payload.size() - 1})
        QVERIFY2(!deserialiseEmbedding(payload.substr(0, cut), out), qPrintable(QString::number(cut)));
    QVERIFY(!deserialiseEmbedding(payload + "x", out)); // trailing bytes
    std::string wrongMagic = payload;
    wrongMagic[0] ^= 0x55;
    QVERIFY(!deserialiseEmbedding(wrongMagic, out));
}

void TestLandscapeEmbedding::cacheKeyFollowsInputAndParameters()
{
    const Landscape landscape = bowl();
    const EmbeddingOptions options = smallOptions();
    const std::string key = embeddingCacheKey(landscape, options);
    QCOMPARE(embeddingCacheKey(bowl(), options), key);

    std::vector<double> changed = landscape.losses();
    changed[5] = std::nextafter(changed[5], 10.0); // one ulp
    QVERIFY(embeddingCacheKey(makeLandscape({numbered("a", 5), numbered("b", 4)}, changed), options) != key);
    QVERIFY(embeddingCacheKey(bowl(true), options) != key); // the missing cells count
    // Same losses on a space with other labels: another input.
    QVERIFY(embeddingCacheKey(makeLandscape({numbered("x", 5), numbered("b", 4)}, landscape.losses()), options) != key);

    EmbeddingOptions other = options;
    other.umap.minDist = 0.5;
    QVERIFY(embeddingCacheKey(landscape, other) != key);
    other = options;
    other.hope.variant = HopeVariant::Katz;
    QVERIFY(embeddingCacheKey(landscape, other) != key);
    other = options;
    other.setSeed(1);
    QVERIFY(embeddingCacheKey(landscape, other) != key);
    // The thread count does not change the layout (Umap.h), so not the key either.
    other = options;
    other.umap.threads = 2;
    other.trust.threads = 2;
    QCOMPARE(embeddingCacheKey(landscape, other), key);
}

void TestLandscapeEmbedding::cachedPathStoresAndReuses()
{
    QTemporaryDir dir;
    ResultCache cache(dir.filePath(QStringLiteral("c.sqlite")).toStdString());
    const Landscape landscape = bowl();
    std::string warning;
    const LandscapeEmbedding first = embedLandscapeCached(landscape, smallOptions(), &cache, nullptr, &warning);
    QVERIFY(!first.fromCache);
    QVERIFY2(warning.empty(), warning.c_str());
    QCOMPARE(cache.entryCount(), std::size_t(1));
    const LandscapeEmbedding second = embedLandscapeCached(landscape, smallOptions(), &cache, nullptr, &warning);
    QVERIFY(second.fromCache);
    QVERIFY(sameBits(second.layout, first.layout));
    QCOMPARE(second.rows, first.rows);
    // No cache at all: computed, same layout.
    const LandscapeEmbedding uncached = embedLandscapeCached(landscape, smallOptions(), nullptr);
    QVERIFY(!uncached.fromCache);
    QVERIFY(sameBits(uncached.layout, first.layout));
}

void TestLandscapeEmbedding::undecodableEntryIsRecomputed()
{
    QTemporaryDir dir;
    ResultCache cache(dir.filePath(QStringLiteral("c.sqlite")).toStdString());
    const Landscape landscape = bowl();
    const std::string key = embeddingCacheKey(landscape, smallOptions());
    cache.store("embedding", key, "garbage");
    const LandscapeEmbedding e = embedLandscapeCached(landscape, smallOptions(), &cache);
    QVERIFY(!e.fromCache);
    LandscapeEmbedding stored;
    QVERIFY(deserialiseEmbedding(*cache.find("embedding", key), stored)); // replaced by a good entry
    QVERIFY(sameBits(stored.layout, e.layout));
}

QTEST_GUILESS_MAIN(TestLandscapeEmbedding)
#include "tst_landscapeembedding.moc"
