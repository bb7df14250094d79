// The paper's landscape picture as one pipeline (METRICS.md §5): HOPE node
// embedding of the improving graph, UMAP to 2-D, trustworthiness of the
// layout against the HOPE input. Rows are the evaluated configurations in
// ascending id order, and `rows` keeps the map from layout row to
// configuration id explicit.
#pragma once

#include "embed/Hope.h"
#include "embed/Trustworthiness.h"
#include "embed/Umap.h"
#include "space/Landscape.h"

#include <Eigen/Core>

#include <string>
#include <vector>

namespace hplx {

class Feedback;
class ResultCache;

struct EmbeddingOptions
{
    HopeOptions hope;
    UmapOptions umap;
    TrustworthinessOptions trust;

    // One seed for every random step: HOPE's start vector, UMAP and the
    // trustworthiness subsample each get a stream derived from it.
    void setSeed(std::uint64_t seed);
    // Worker threads of every step (0: all cores); the result does not depend on it.
    void setThreads(unsigned threads);
    // "hope=self-loop-square k=64 seed=...; umap=...; trust=k=15 ..." —
    // every parameter that changes the result, for cache keys and reports.
    std::string describe() const;
};

struct LandscapeEmbedding
{
    EmbeddingOptions options;   // as used (capped dimensions, automatic beta, resolved epochs)
    std::vector<ConfigId> rows; // configuration id of each layout row, ascending
    Eigen::MatrixXf layout;     // rows.size() x umap.dimensions
    double trustworthiness = 0.0;
    std::vector<double> singularValues; // HOPE's, descending
    bool knnExact = true;
    std::string umapInit; // "spectral", or the fallback and why
    std::string note;     // UMAP's remarks (e.g. n_neighbors lowered)
    double hopeSeconds = 0.0, umapSeconds = 0.0, trustSeconds = 0.0;
    bool fromCache = false;
};

// Throws Error(InvalidData) for fewer than 3 evaluated configurations (a
// trustworthiness needs 3 rows), Error(InvalidArgument) for bad options,
// Error(Cancelled). Progress: HOPE 0–45 %, UMAP 45–95 %, trustworthiness last.
LandscapeEmbedding embedLandscape(const Landscape &landscape, const EmbeddingOptions &options = {},
                                  Feedback *feedback = nullptr);

// The cache key of an embedding: the search space, the losses (bit for bit,
// NaN pattern included), describe() and the code version of the pipeline.
std::string embeddingCacheKey(const Landscape &landscape, const EmbeddingOptions &options);

// As embedLandscape, but first looks in cache (may be null) and stores what
// it computed. A cache that fails to read or write is reported through
// `warning` (when given) and otherwise ignored: it never costs a result.
LandscapeEmbedding embedLandscapeCached(const Landscape &landscape, const EmbeddingOptions &options, ResultCache *cache,
                                        Feedback *feedback = nullptr, std::string *warning = nullptr);

// Binary form for the cache; deserialise returns false for a payload that
// does not decode (wrong version, truncated), leaving `out` unspecified.
std::string serialiseEmbedding(const LandscapeEmbedding &embedding);
bool deserialiseEmbedding(const std::string &payload, LandscapeEmbedding &out);

} // namespace hplx
