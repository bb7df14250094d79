#include "embed/UmapSgd.h"

#include "jobs/Feedback.h"
#include "util/Error.h"
#include "util/ParallelChunks.h"
#include "util/Random.h"

#include <algorithm>
#include <cmath>
#include <string>
#include <vector>

namespace hplx {

namespace {

constexpr std::uint64_t kStreamEpoch = 1;
constexpr std::uint64_t kStreamSteps = 2;

// Steps per epoch: vertices of one step move against positions that are at
// most one step old. More steps: closer to umap-learn's sequential updates,
// more synchronisation.
constexpr std::size_t kMaxSteps = 32;
constexpr std::size_t kVerticesPerStep = 64;
// A vertex's move depends only on the published positions and its own row,
// so the chunking of a step changes the speed, never the result; chunks of
// 1/16 of a step keep two to four threads busy.
std::uint64_t verticesPerChunk(std::size_t stepSize)
{
    return std::max<std::uint64_t>(16, stepSize / 16);
}

// splitmix64 stream: cheap to seed per (epoch, vertex).
class VertexRng
{
public:
    explicit VertexRng(std::uint64_t seed) : m_state(seed) {}
    std::uint32_t below(std::uint32_t bound)
    {
        m_state += 0x9e3779b97f4a7c15ULL;
        std::uint64_t z = m_state;
        z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
        z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
        z ^= z >> 31;
        return static_cast<std::uint32_t>(((z >> 32) * static_cast<std::uint64_t>(bound)) >> 32);
    }

private:
    std::uint64_t m_state;
};

inline float clip4(float g)
{
    return std::min(4.0f, std::max(-4.0f, g));
}

// Sum of squared residuals of the curve at (a, b) and the Gauss-Newton
// normal equations J^T J, J^T r.
struct CurveSamples
{
    std::vector<double> x, y;
};

double residuals(const CurveSamples &s, double a, double b, double jtj[3], double jtr[2])
{
    double sum = 0.0;
    if (jtj) {
        jtj[0] = jtj[1] = jtj[2] = 0.0;
        jtr[0] = jtr[1] = 0.0;
    }
    for (std::size_t i = 0; i < s.x.size(); ++i) {
        const double x = s.x[i];
        const double p = x > 0.0 ? std::pow(x, 2.0 * b) : 0.0;
        const double f = 1.0 / (1.0 + a * p);
        const double r = f - s.y[i];
        sum += r * r;
        if (jtj) {
            const double f2 = f * f;
            const double da = -p * f2;
            const double db = x > 0.0 ? -a * p * 2.0 * std::log(x) * f2 : 0.0;
            jtj[0] += da * da;
            jtj[1] += da * db;
            jtj[2] += db * db;
            jtr[0] += da * r;
            jtr[1] += db * r;
        }
    }
    return sum;
}

struct EpochState
{
    const std::vector<std::uint64_t> &rowStart;
    const std::vector<std::uint32_t> &column;
    const std::vector<double> &epochsPerSample;
    std::vector<double> &nextSample;
    std::vector<float> &current;
    const std::vector<float> &snapshot;
    std::uint32_t n;
    std::size_t dim;
    float a, b, twoAB, gammaTwoB, alpha;
    double epoch;
    int negatives;
    std::uint64_t epochSeed;
};

// One epoch for vertices [first, last): each moves itself only (see the
// header). Dim > 0 fixes the dimension at compile time, 0 reads state.dim.
template <int Dim>
void moveVertices(EpochState &s, const std::uint32_t *first, const std::uint32_t *last)
{
    // Locals, so that stores to the layout cannot be taken to alias them.
    const std::size_t dim = Dim > 0 ? static_cast<std::size_t>(Dim) : s.dim;
    const float *snapshot = s.snapshot.data();
    float *current = s.current.data();
    const std::uint64_t *rowStart = s.rowStart.data();
    const std::uint32_t *column = s.column.data();
    const double *epochsPerSample = s.epochsPerSample.data();
    double *nextSample = s.nextSample.data();
    const float a = s.a;
    const float b = s.b;
    const float twoAB = s.twoAB;
    const float gammaTwoB = s.gammaTwoB;
    const float alpha = s.alpha;
    const float attractStep = 2.0f * alpha;
    const double epoch = s.epoch;
    const int negatives = s.negatives;
    const std::uint32_t n = s.n;
    const std::uint64_t epochSeed = s.epochSeed;
    float y[Dim > 0 ? Dim : 1];
    std::vector<float> dynamicY(Dim > 0 ? 0 : dim);
    for (const std::uint32_t *vertex = first; vertex != last; ++vertex) {
        const std::uint32_t i = *vertex;
        float *row = current + static_cast<std::size_t>(i) * dim;
        float *own = Dim > 0 ? y : dynamicY.data();
        for (std::size_t c = 0; c < dim; ++c)
            own[c] = row[c];
        VertexRng rng(mixSeed(epochSeed, i));
        for (std::uint64_t e = rowStart[i]; e < rowStart[i + 1]; ++e) {
            if (nextSample[e] > epoch)
                continue;
            nextSample[e] += epochsPerSample[e];
            const float *other = snapshot + static_cast<std::size_t>(column[e]) * dim;
            float d2 = 0.0f;
            for (std::size_t c = 0; c < dim; ++c) {
                const float t = own[c] - other[c];
                d2 += t * t;
            }
            if (d2 > 0.0f) {
                const float p = std::pow(d2, b);
                const float coefficient = -twoAB * p / (d2 * (a * p + 1.0f));
                for (std::size_t c = 0; c < dim; ++c)
                    own[c] += attractStep * clip4(coefficient * (own[c] - other[c]));
            }
            for (int r = 0; r < negatives; ++r) {
                const std::uint32_t k = rng.below(n);
                if (k == i)
                    continue;
                const float *neg = snapshot + static_cast<std::size_t>(k) * dim;
                float n2 = 0.0f;
                for (std::size_t c = 0; c < dim; ++c) {
                    const float t = own[c] - neg[c];
                    n2 += t * t;
                }
                if (n2 > 0.0f) {
                    const float coefficient = gammaTwoB / ((0.001f + n2) * (a * std::pow(n2, b) + 1.0f));
                    for (std::size_t c = 0; c < dim; ++c)
                        own[c] += alpha * clip4(coefficient * (own[c] - neg[c]));
                } else {
                    // Coincident points: a fixed push apart (as umap-learn).
                    for (std::size_t c = 0; c < dim; ++c)
                        own[c] += alpha * 4.0f;
                }
            }
        }
        for (std::size_t c = 0; c < dim; ++c)
            row[c] = own[c];
    }
}

} // namespace

UmapCurve fitUmapCurve(double minDist, double spread)
{
    if (!(spread > 0.0) || !std::isfinite(spread))
        throw Error(ErrorKind::InvalidArgument, "UMAP: spread must be positive, got " + std::to_string(spread));
    if (!(minDist >= 0.0) || !std::isfinite(minDist))
        throw Error(ErrorKind::InvalidArgument,
                    "UMAP: minDist must be zero or positive, got " + std::to_string(minDist));
    CurveSamples s;
    constexpr int kSamples = 300;
    for (int i = 0; i < kSamples; ++i) {
        const double x = 3.0 * spread * static_cast<double>(i) / (kSamples - 1);
        s.x.push_back(x);
        s.y.push_back(x < minDist ? 1.0 : std::exp(-(x - minDist) / spread));
    }
    double a = 1.0;
    double b = 1.0;
    double lambda = 1e-3;
    double jtj[3];
    double jtr[2];
    double cost = residuals(s, a, b, jtj, jtr);
    for (int iteration = 0; iteration < 1000; ++iteration) {
        bool improved = false;
        double nextA = a;
        double nextB = b;
        double nextCost = cost;
        for (int attempt = 0; attempt < 60 && !improved; ++attempt) {
            // (J^T J + lambda diag(J^T J)) delta = -J^T r
            const double m00 = jtj[0] * (1.0 + lambda);
            const double m11 = jtj[2] * (1.0 + lambda);
            const double m01 = jtj[1];
            const double det = m00 * m11 - m01 * m01;
            if (det == 0.0 || !std::isfinite(det)) {
                lambda *= 10.0;
                continue;
            }
            const double da = -(m11 * jtr[0] - m01 * jtr[1]) / det;
            const double db = -(m00 * jtr[1] - m01 * jtr[0]) / det;
            nextA = a + da;
            nextB = b + db;
            if (nextA > 0.0 && nextB > 0.0) {
                nextCost = residuals(s, nextA, nextB, nullptr, nullptr);
                if (nextCost < cost) {
                    improved = true;
                    break;
                }
            }
            lambda *= 10.0;
        }
        if (!improved)
            break;
        const bool small = std::abs(nextA - a) <= 1e-13 * a && std::abs(nextB - b) <= 1e-13 * b;
        const bool flat = cost - nextCost <= 1e-16 * cost;
        a = nextA;
        b = nextB;
        cost = residuals(s, a, b, jtj, jtr);
        lambda = std::max(lambda / 10.0, 1e-12);
        if (small || flat)
            break;
    }
    if (!std::isfinite(a) || !std::isfinite(b) || a <= 0.0 || b <= 0.0)
        throw Error(ErrorKind::InvalidData, "UMAP: the curve fit for minDist " + std::to_string(minDist)
                                                + " and spread " + std::to_string(spread) + " failed");
    return {a, b};
}

void optimizeLayout(const FuzzyGraph &graph, Eigen::MatrixXf &layout, const UmapSgdSettings &settings,
                    Feedback *feedback, double progressFrom, double progressTo)
{
    const std::uint32_t n = graph.n;
    const auto dim = static_cast<std::size_t>(layout.cols());
    if (static_cast<std::uint32_t>(layout.rows()) != n || n == 0 || settings.nEpochs < 1)
        return;

    // Sampling schedule per directed CSR entry (each vertex owns its row).
    const float maxWeight =
        graph.weights.empty() ? 0.0f : *std::max_element(graph.weights.begin(), graph.weights.end());
    const double nEpochs = settings.nEpochs;
    std::vector<std::uint64_t> rowStart(static_cast<std::size_t>(n) + 1, 0);
    std::vector<std::uint32_t> column;
    std::vector<double> epochsPerSample;
    for (std::uint32_t i = 0; i < n; ++i) {
        for (std::uint64_t e = graph.rowStart[i]; e < graph.rowStart[i + 1]; ++e) {
            const double w = graph.weights[e];
            if (w < static_cast<double>(maxWeight) / nEpochs || w <= 0.0)
                continue;
            column.push_back(graph.columns[e]);
            epochsPerSample.push_back(static_cast<double>(maxWeight) / w);
        }
        rowStart[static_cast<std::size_t>(i) + 1] = column.size();
    }
    std::vector<double> nextSample = epochsPerSample;

    std::vector<float> current(static_cast<std::size_t>(n) * dim);
    for (std::uint32_t i = 0; i < n; ++i)
        for (std::size_t c = 0; c < dim; ++c)
            current[i * dim + c] = layout(i, static_cast<Eigen::Index>(c));
    std::vector<float> snapshot = current;

    // Vertices split into steps by a seeded hash (independent of the input
    // order); a step's vertices move in parallel, each reading the others'
    // positions as published after the previous step.
    const std::size_t stepCount = std::clamp<std::size_t>(n / kVerticesPerStep, 1, kMaxSteps);
    std::vector<std::vector<std::uint32_t>> steps(stepCount);
    const std::uint64_t stepSeed = mixSeed(settings.seed, kStreamSteps);
    for (std::uint32_t i = 0; i < n; ++i)
        steps[mixSeed(stepSeed, i) % stepCount].push_back(i);

    const auto a = static_cast<float>(settings.curve.a);
    const auto b = static_cast<float>(settings.curve.b);
    const float twoAB = 2.0f * a * b;
    const auto gammaTwoB = static_cast<float>(2.0 * settings.repulsionStrength * settings.curve.b);
    const int negatives = settings.negativeSampleRate;
    const std::uint64_t epochStream = mixSeed(settings.seed, kStreamEpoch);

    for (int epoch = 0; epoch < settings.nEpochs; ++epoch) {
        if (feedback) {
            feedback->throwIfCancelled();
            feedback->setProgress(progressFrom + (progressTo - progressFrom) * epoch / nEpochs, "UMAP: optimising");
        }
        const auto alpha = static_cast<float>(settings.learningRate * (1.0 - epoch / nEpochs));
        const double epochValue = epoch;
        const std::uint64_t epochSeed = mixSeed(epochStream, static_cast<std::uint64_t>(epoch));
        EpochState state{rowStart, column, epochsPerSample, nextSample, current, snapshot,   n,         dim,
                         a,        b,      twoAB,           gammaTwoB,  alpha,   epochValue, negatives, epochSeed};
        for (std::size_t step = 0; step < steps.size(); ++step) {
            const std::vector<std::uint32_t> &vertices = steps[step];
            graphdetail::parallelChunks(vertices.size(), verticesPerChunk(vertices.size()), settings.threads, nullptr,
                                        0.0, 0.0, std::string(),
                                        [&](std::uint64_t, std::uint64_t begin, std::uint64_t end) {
                                            const std::uint32_t *first = vertices.data() + begin;
                                            const std::uint32_t *last = vertices.data() + end;
                                            if (dim == 2)
                                                moveVertices<2>(state, first, last);
                                            else if (dim == 3)
                                                moveVertices<3>(state, first, last);
                                            else
                                                moveVertices<0>(state, first, last);
                                        });
            // Publish this step's moves to the positions the next step reads.
            for (const std::uint32_t i : vertices)
                std::copy_n(current.data() + static_cast<std::size_t>(i) * dim, dim,
                            snapshot.data() + static_cast<std::size_t>(i) * dim);
        }
    }
    if (feedback) {
        feedback->throwIfCancelled();
        feedback->setProgress(progressTo, "UMAP: optimising");
    }
    for (std::uint32_t i = 0; i < n; ++i)
        for (std::size_t c = 0; c < dim; ++c)
            layout(i, static_cast<Eigen::Index>(c)) = current[i * dim + c];
}

} // namespace hplx
