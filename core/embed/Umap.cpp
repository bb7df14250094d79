#include "embed/Umap.h"

#include "embed/FuzzySet.h"
#include "embed/NearestNeighbours.h"
#include "embed/SpectralInit.h"
#include "embed/UmapSgd.h"
#include "jobs/Feedback.h"
#include "util/Error.h"
#include "util/Random.h"

#include <algorithm>
#include <cmath>
#include <string>

namespace hplx {

namespace {

// Streams of mixSeed(options.seed, ·).
constexpr std::uint64_t kStreamKnn = 1;
constexpr std::uint64_t kStreamSpectral = 2;
constexpr std::uint64_t kStreamRandomInit = 3;
constexpr std::uint64_t kStreamSgd = 4;

constexpr double kKnnProgress = 0.3;
constexpr double kInitProgress = 0.35;

[[noreturn]] void invalid(const std::string &message)
{
    throw Error(ErrorKind::InvalidArgument, "UMAP: " + message);
}

std::string number(double value)
{
    std::string text = std::to_string(value);
    return text;
}

} // namespace

void UmapOptions::validate() const
{
    if (nNeighbors < 2)
        invalid("nNeighbors must be at least 2, got " + std::to_string(nNeighbors));
    if (!(spread > 0.0) || !std::isfinite(spread))
        invalid("spread must be positive and finite, got " + number(spread));
    if (!(minDist >= 0.0) || !std::isfinite(minDist))
        invalid("minDist must be zero or positive and finite, got " + number(minDist));
    if (minDist > spread)
        invalid("minDist (" + number(minDist) + ") must not exceed spread (" + number(spread) + ")");
    if (nEpochs < 0)
        invalid("nEpochs must be zero (automatic) or positive, got " + std::to_string(nEpochs));
    if (negativeSampleRate < 0)
        invalid("negativeSampleRate must be zero or positive, got " + std::to_string(negativeSampleRate));
    if (!(learningRate > 0.0) || !std::isfinite(learningRate))
        invalid("learningRate must be positive and finite, got " + number(learningRate));
    if (!(repulsionStrength >= 0.0) || !std::isfinite(repulsionStrength))
        invalid("repulsionStrength must be zero or positive and finite, got " + number(repulsionStrength));
    if (dimensions < 1)
        invalid("dimensions must be at least 1, got " + std::to_string(dimensions));
    if (init != UmapInit::Spectral && init != UmapInit::Random)
        invalid("init is not a known initialisation");
}

UmapResult umap(const Eigen::MatrixXf &input, const UmapOptions &options, Feedback *feedback)
{
    options.validate();
    const Eigen::Index rows = input.rows();
    if (rows < 2)
        throw Error(ErrorKind::InvalidData, "UMAP: needs at least 2 points, got " + std::to_string(rows));
    if (input.cols() < 1)
        throw Error(ErrorKind::InvalidData, "UMAP: the input has no columns");
    if (rows > static_cast<Eigen::Index>(UINT32_MAX - 1))
        throw Error(ErrorKind::InvalidData, "UMAP: more than 2^32 - 2 points");
    if (!input.allFinite())
        throw Error(ErrorKind::InvalidData, "UMAP: the input has a coordinate that is not finite");
    if (feedback) {
        feedback->throwIfCancelled();
        feedback->setProgress(0.0, "UMAP: nearest neighbours");
    }
    const auto n = static_cast<std::uint32_t>(rows);

    UmapResult result;
    result.options = options;
    UmapOptions &used = result.options;
    if (static_cast<std::int64_t>(used.nNeighbors) > static_cast<std::int64_t>(n) - 1) {
        const int lowered = std::max(2, static_cast<int>(n) - 1);
        if (lowered != used.nNeighbors) {
            result.note = "n_neighbors lowered from " + std::to_string(used.nNeighbors) + " to "
                          + std::to_string(lowered) + ": only " + std::to_string(n) + " points";
            used.nNeighbors = lowered;
        }
    }
    if (used.nEpochs == 0)
        used.nEpochs = n <= 10000 ? 500 : 200;

    KnnOptions knnOptions;
    knnOptions.k = used.nNeighbors - 1;
    knnOptions.exactThreshold = used.exactKnnThreshold;
    knnOptions.seed = mixSeed(used.seed, kStreamKnn);
    knnOptions.threads = used.threads;
    const KnnGraph knn = nearestNeighbours(input, knnOptions, feedback, 0.0, kKnnProgress);
    result.knnExact = knn.exact;

    const FuzzyGraph graph = fuzzySimplicialSet(knn, used.nNeighbors, used.threads);
    const UmapCurve curve = fitUmapCurve(used.minDist, used.spread);
    result.a = curve.a;
    result.b = curve.b;
    if (feedback) {
        feedback->throwIfCancelled();
        feedback->setProgress(kKnnProgress, "UMAP: initial layout");
    }

    Eigen::MatrixXf layout;
    if (used.init == UmapInit::Spectral) {
        std::string failure;
        layout = spectralLayout(graph, used.dimensions, mixSeed(used.seed, kStreamSpectral), failure, feedback);
        if (layout.size() == 0)
            result.init = "random (spectral failed: " + failure + ")";
        else
            result.init = "spectral";
    }
    if (layout.size() == 0) {
        layout = randomLayout(n, used.dimensions, mixSeed(used.seed, kStreamRandomInit));
        if (result.init.empty())
            result.init = "random";
    }
    rescaleColumns(layout);

    UmapSgdSettings sgd;
    sgd.nEpochs = used.nEpochs;
    sgd.negativeSampleRate = used.negativeSampleRate;
    sgd.learningRate = used.learningRate;
    sgd.repulsionStrength = used.repulsionStrength;
    sgd.curve = curve;
    sgd.seed = mixSeed(used.seed, kStreamSgd);
    sgd.threads = used.threads;
    optimizeLayout(graph, layout, sgd, feedback, kInitProgress, 1.0);
    result.layout = std::move(layout);
    if (feedback)
        feedback->setProgress(1.0, "UMAP: done");
    return result;
}

std::string toString(UmapInit init)
{
    switch (init) {
    case UmapInit::Spectral:
        return "spectral";
    case UmapInit::Random:
        return "random";
    }
    return "unknown";
}

} // namespace hplx
