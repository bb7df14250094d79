#include "embed/LandscapeEmbedding.h"

#include "graph/NeighbourGraph.h"
#include "jobs/Feedback.h"
#include "store/ResultCache.h"
#include "util/Digest.h"
#include "util/Error.h"
#include "util/Random.h"

#include <chrono>
#include <cstring>
#include <optional>
#include <sstream>

namespace hplx {

namespace {

// Bump whenever a change to HOPE, UMAP or trustworthiness changes their
// output for the same options: old cache entries are then never found.
constexpr int kPipelineRevision = 4;
constexpr std::uint32_t kPayloadMagic = 0x48504c45; // "HPLE"
constexpr std::uint32_t kPayloadVersion = 1;

double secondsSince(std::chrono::steady_clock::time_point start)
{
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

// Little helpers for the payload: plain values in host byte order (the
// cache is per machine), strings and arrays length-prefixed.
class PayloadWriter
{
public:
    template <typename T>
    void value(const T &v)
    {
        static_assert(std::is_trivially_copyable_v<T>);
        m_out.append(reinterpret_cast<const char *>(&v), sizeof v);
    }
    void text(const std::string &s)
    {
        value(std::uint64_t(s.size()));
        m_out.append(s);
    }
    template <typename T>
    void array(const T *data, std::size_t count)
    {
        value(std::uint64_t(count));
        m_out.append(reinterpret_cast<const char *>(data), count * sizeof(T));
    }
    std::string take() { return std::move(m_out); }

private:
    std::string m_out;
};

class PayloadReader
{
public:
    explicit PayloadReader(const std::string &in) : m_in(in) {}
    template <typename T>
    bool value(T &v)
    {
        if (m_in.size() - m_pos < sizeof v)
            return false;
        std::memcpy(&v, m_in.data() + m_pos, sizeof v);
        m_pos += sizeof v;
        return true;
    }
    bool text(std::string &s)
    {
        std::uint64_t size = 0;
        if (!value(size) || m_in.size() - m_pos < size)
            return false;
        s.assign(m_in.data() + m_pos, size);
        m_pos += size;
        return true;
    }
    template <typename T>
    bool array(std::vector<T> &out)
    {
        std::uint64_t count = 0;
        if (!value(count) || (m_in.size() - m_pos) / sizeof(T) < count)
            return false;
        out.resize(count);
        std::memcpy(out.data(), m_in.data() + m_pos, count * sizeof(T));
        m_pos += count * sizeof(T);
        return true;
    }
    bool atEnd() const { return m_pos == m_in.size(); }

private:
    const std::string &m_in;
    std::size_t m_pos = 0;
};

template <typename Io>
bool options(Io &io, EmbeddingOptions &o)
{
    auto &h = o.hope;
    auto &u = o.umap;
    auto &t = o.trust;
    return io.value(h.variant) && io.value(h.dimensions) && io.value(h.beta) && io.value(h.seed)
           && io.value(u.nNeighbors) && io.value(u.minDist) && io.value(u.spread) && io.value(u.nEpochs)
           && io.value(u.negativeSampleRate) && io.value(u.learningRate) && io.value(u.repulsionStrength)
           && io.value(u.init) && io.value(u.dimensions) && io.value(u.seed) && io.value(u.threads)
           && io.value(u.exactKnnThreshold) && io.value(t.k) && io.value(t.sampleSize) && io.value(t.seed)
           && io.value(t.threads);
}

// Adapts the writer to options()'s bool-returning calls.
struct WritingIo
{
    PayloadWriter &writer;
    template <typename T>
    bool value(const T &v)
    {
        writer.value(v);
        return true;
    }
};

} // namespace

void EmbeddingOptions::setSeed(std::uint64_t seed)
{
    hope.seed = mixSeed(seed, 1);
    umap.seed = mixSeed(seed, 2);
    trust.seed = mixSeed(seed, 3);
}

void EmbeddingOptions::setThreads(unsigned threads)
{
    hope.threads = threads;
    umap.threads = threads;
    trust.threads = threads;
}

std::string EmbeddingOptions::describe() const
{
    std::ostringstream out;
    out.precision(17);
    out << "hope=" << toString(hope.variant) << " k=" << hope.dimensions << " beta=" << hope.beta
        << " seed=" << hope.seed << "; umap=" << toString(umap.init) << " n_neighbors=" << umap.nNeighbors
        << " min_dist=" << umap.minDist << " spread=" << umap.spread << " n_epochs=" << umap.nEpochs
        << " negative_sample_rate=" << umap.negativeSampleRate << " learning_rate=" << umap.learningRate
        << " repulsion=" << umap.repulsionStrength << " dimensions=" << umap.dimensions << " seed=" << umap.seed
        << " exact_knn_below=" << umap.exactKnnThreshold << "; trust=k=" << trust.k << " sample=" << trust.sampleSize
        << " seed=" << trust.seed;
    return out.str();
}

LandscapeEmbedding embedLandscape(const Landscape &landscape, const EmbeddingOptions &options, Feedback *feedback)
{
    if (landscape.evaluatedCount() < 3)
        throw Error(ErrorKind::InvalidData, "landscape " + landscape.info().key.describe() + " has "
                                                + std::to_string(landscape.evaluatedCount())
                                                + " evaluated configurations; an embedding needs at least 3");
    options.umap.validate();
    LandscapeEmbedding result;
    result.options = options;

    auto start = std::chrono::steady_clock::now();
    HopeEmbedding hope;
    {
        std::optional<NeighbourGraph> graph;
        {
            FeedbackStage stage(feedback, 0.0, 0.05);
            graph.emplace(NeighbourGraph::build(landscape.space(), landscape.losses(), feedback));
        }
        FeedbackStage stage(feedback, 0.05, 0.45);
        hope = hopeEmbedding(*graph, landscape.losses(), options.hope, feedback);
    }
    result.options.hope = hope.options;
    result.rows = std::move(hope.rows);
    result.singularValues = std::move(hope.singularValues);
    result.hopeSeconds = secondsSince(start);

    start = std::chrono::steady_clock::now();
    {
        FeedbackStage stage(feedback, 0.45, 0.95);
        UmapResult umapResult = umap(hope.coordinates, options.umap, feedback);
        result.options.umap = umapResult.options;
        result.layout = std::move(umapResult.layout);
        result.knnExact = umapResult.knnExact;
        result.umapInit = std::move(umapResult.init);
        result.note = std::move(umapResult.note);
    }
    result.umapSeconds = secondsSince(start);

    start = std::chrono::steady_clock::now();
    {
        FeedbackStage stage(feedback, 0.95, 1.0);
        if (feedback) {
            feedback->throwIfCancelled();
            feedback->setProgress(0.0, "trustworthiness");
        }
        // k must stay below (2m - 1) / 3 for the m rows evaluated; tiny
        // landscapes get the largest k allowed rather than an error.
        TrustworthinessOptions trust = options.trust;
        const auto m = static_cast<long long>(std::min<std::uint64_t>(result.rows.size(), trust.sampleSize));
        const int maxK = static_cast<int>(std::max<long long>(1, (2 * m - 2) / 3));
        if (trust.k > maxK)
            trust.k = maxK;
        result.options.trust = trust;
        result.trustworthiness = trustworthiness(hope.coordinates, result.layout, trust);
        if (feedback)
            feedback->setProgress(1.0, "trustworthiness");
    }
    result.trustSeconds = secondsSince(start);
    return result;
}

std::string embeddingCacheKey(const Landscape &landscape, const EmbeddingOptions &options)
{
    Digest digest;
    digest.add("hplx-embedding");
    digest.add(HPLX_VERSION);
    digest.addValue(kPipelineRevision);
    for (const auto &hp : landscape.space().hyperparameters()) {
        digest.add(hp.name());
        digest.add(toString(hp.kind()));
        digest.addValue(std::uint64_t(hp.size()));
        for (const auto &label : hp.labels())
            digest.add(label);
    }
    const auto &loss = landscape.losses();
    digest.addBytes(loss.data(), loss.size() * sizeof(double));
    digest.add(options.describe());
    return digest.hex();
}

std::string serialiseEmbedding(const LandscapeEmbedding &e)
{
    PayloadWriter writer;
    writer.value(kPayloadMagic);
    writer.value(kPayloadVersion);
    EmbeddingOptions o = e.options;
    WritingIo io{writer};
    options(io, o);
    writer.array(e.rows.data(), e.rows.size());
    writer.value(std::int64_t(e.layout.rows()));
    writer.value(std::int64_t(e.layout.cols()));
    writer.array(e.layout.data(), static_cast<std::size_t>(e.layout.size()));
    writer.value(e.trustworthiness);
    writer.array(e.singularValues.data(), e.singularValues.size());
    writer.value(std::uint8_t(e.knnExact ? 1 : 0));
    writer.text(e.umapInit);
    writer.text(e.note);
    writer.value(e.hopeSeconds);
    writer.value(e.umapSeconds);
    writer.value(e.trustSeconds);
    return writer.take();
}

bool deserialiseEmbedding(const std::string &payload, LandscapeEmbedding &e)
{
    PayloadReader reader(payload);
    std::uint32_t magic = 0, version = 0;
    if (!reader.value(magic) || magic != kPayloadMagic || !reader.value(version) || version != kPayloadVersion)
        return false;
    if (!options(reader, e.options) || !reader.array(e.rows))
        return false;
    std::int64_t rows = 0, cols = 0;
    std::vector<float> layout;
    if (!reader.value(rows) || !reader.value(cols) || !reader.array(layout) || rows < 0 || cols < 0
        || static_cast<std::uint64_t>(rows) != e.rows.size()
        || layout.size() != static_cast<std::uint64_t>(rows) * static_cast<std::uint64_t>(cols))
        return false;
    e.layout = Eigen::Map<const Eigen::MatrixXf>(layout.data(), rows, cols);
    std::uint8_t exact = 0;
    if (!reader.value(e.trustworthiness) || !reader.array(e.singularValues) || !reader.value(exact)
        || !reader.text(e.umapInit) || !reader.text(e.note) || !reader.value(e.hopeSeconds)
        || !reader.value(e.umapSeconds) || !reader.value(e.trustSeconds))
        return false;
    e.knnExact = exact != 0;
    e.fromCache = true;
    return reader.atEnd();
}

LandscapeEmbedding embedLandscapeCached(const Landscape &landscape, const EmbeddingOptions &options, ResultCache *cache,
                                        Feedback *feedback, std::string *warning)
{
    static const std::string kind = "embedding";
    std::string key;
    if (cache) {
        key = embeddingCacheKey(landscape, options);
        try {
            if (const auto payload = cache->find(kind, key)) {
                LandscapeEmbedding cached;
                if (deserialiseEmbedding(*payload, cached))
                    return cached;
                cache->remove(kind, key); // undecodable: recompute and replace
            }
        } catch (const Error &error) {
            if (warning)
                *warning = std::string("result cache not read: ") + error.what();
        }
    }
    LandscapeEmbedding result = embedLandscape(landscape, options, feedback);
    if (cache) {
        try {
            cache->store(kind, key, serialiseEmbedding(result));
        } catch (const Error &error) {
            if (warning)
                *warning = std::string("result cache not written: ") + error.what();
        }
    }
    return result;
}

} // namespace hplx
