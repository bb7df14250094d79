// hplx-cli embed: the landscape picture's 2-D layout (HOPE + UMAP) as CSV,
// with the trustworthiness it reached. Layouts are cached (ResultCache) so a
// second run, or the GUI opening the same landscape, does not recompute.
#include "cli/Arguments.h"
#include "cli/Commands.h"
#include "cli/LayoutFiles.h"

#include "embed/LandscapeEmbedding.h"
#include "export/SurfaceFiles.h"
#include "export/TextTable.h"
#include "export/VtkXmlWriter.h"
#include "jobs/Feedback.h"
#include "metrics/Statistics.h"
#include "store/LandscapeDatabase.h"
#include "store/ResultCache.h"
#include "util/Error.h"
#include "util/Format.h"

#include <nlohmann/json.hpp>

#include <charconv>
#include <cstdio>
#include <fstream>
#include <iomanip>
#include <memory>
#include <sstream>
#include <unistd.h>

namespace hplx::cli {

namespace {

const char *kEmbedUsage = "usage: hplx-cli embed DB --landscape ID --out FILE.csv|FILE.vtp [--z rank|loss] "
                          "[--method hope|hope-katz] "
                          "[--seed S] [--neighbors 15 --min-dist 1.0 --epochs 500] [--threads N] "
                          "[--surface FILE.vti|FILE.csv [--resolution 100]] [--json]";

// Layout coordinates are floats: their shortest text, not that of the double.
std::string coordinate(float value)
{
    char text[32];
    const auto end = std::to_chars(text, text + sizeof text, value).ptr;
    return std::string(text, end);
}

std::string rounded(double value, int digits)
{
    std::ostringstream out;
    out << std::setprecision(digits) << value;
    return out.str();
}

int positiveInteger(const Arguments &arguments, const std::string &name, int fallback, int max)
{
    const auto value = arguments.integer(name);
    if (!value)
        return fallback;
    if (*value < 1 || *value > max)
        throw Error(ErrorKind::InvalidArgument,
                    "--" + name + " expects a whole number from 1 to " + std::to_string(max));
    return static_cast<int>(*value);
}

EmbeddingOptions embeddingOptions(const Arguments &arguments)
{
    EmbeddingOptions options;
    const std::string method = arguments.value("method", "hope");
    if (method == "hope")
        options.hope.variant = HopeVariant::SelfLoopSquare;
    else if (method == "hope-katz")
        options.hope.variant = HopeVariant::Katz;
    else
        throw Error(ErrorKind::InvalidArgument, "--method expects hope or hope-katz, got '" + method + "'");
    options.hope.dimensions = positiveInteger(arguments, "dimensions", options.hope.dimensions, 1024);
    options.hope.beta = arguments.number("beta", options.hope.beta);
    if (const auto seed = arguments.integer("seed")) {
        if (*seed < 0)
            throw Error(ErrorKind::InvalidArgument, "--seed expects a whole number of 0 or more");
        options.setSeed(static_cast<std::uint64_t>(*seed));
    }
    options.umap.nNeighbors = positiveInteger(arguments, "neighbors", options.umap.nNeighbors, 1000);
    options.umap.minDist = arguments.number("min-dist", options.umap.minDist);
    options.umap.spread = arguments.number("spread", options.umap.spread);
    options.umap.nEpochs = positiveInteger(arguments, "epochs", options.umap.nEpochs, 100000);
    if (arguments.has("threads")) {
        options.setThreads(static_cast<unsigned>(positiveInteger(arguments, "threads", 1, 256)));
    }
    options.umap.validate();
    return options;
}

} // namespace

void writeLayoutCsv(const std::string &file, const Landscape &landscape, const LandscapeEmbedding &embedding)
{
    std::ofstream csv(file);
    if (!csv)
        throw Error(ErrorKind::Io, file + ": cannot open for writing");
    const SearchSpace &space = landscape.space();
    csv << "config_id";
    for (const auto &hp : space.hyperparameters())
        csv << ',' << csvField(hp.name());
    csv << ",x,y,loss,rank\n";
    std::vector<double> losses;
    losses.reserve(embedding.rows.size());
    for (const ConfigId id : embedding.rows)
        losses.push_back(landscape.loss(id));
    const std::vector<double> ranks = averageRanks(losses);
    std::vector<std::uint32_t> indices(space.dimension());
    for (std::size_t row = 0; row < embedding.rows.size(); ++row) {
        const ConfigId id = embedding.rows[row];
        space.decode(id, indices.data());
        csv << id;
        for (std::size_t h = 0; h < space.dimension(); ++h)
            csv << ',' << csvField(space.hp(h).label(indices[h]));
        const auto r = static_cast<Eigen::Index>(row);
        csv << ',' << coordinate(embedding.layout(r, 0)) << ','
            << coordinate(embedding.layout.cols() > 1 ? embedding.layout(r, 1) : 0.0f) << ','
            << formatNumber(losses[row]) << ',' << formatNumber(ranks[row]) << '\n';
    }
    csv.close();
    if (!csv)
        throw Error(ErrorKind::Io, file + ": write failed");
}

int runEmbed(const std::vector<std::string> &args, std::ostream &out)
{
    const Arguments arguments(args,
                              {"landscape", "out", "method", "seed", "neighbors", "min-dist", "spread", "epochs",
                               "threads", "dimensions", "beta", "cache", "z", "surface", "resolution"},
                              {"json", "no-cache", "quiet"});
    if (arguments.positionals().size() != 1)
        throw Error(ErrorKind::InvalidArgument, kEmbedUsage);
    const std::string file = arguments.required("out");
    const EmbeddingOptions options = embeddingOptions(arguments);
    const std::string z = arguments.value("z", "rank");
    if (z != "rank" && z != "loss")
        throw Error(ErrorKind::InvalidArgument, "--z expects rank or loss, got '" + z + "'");
    // The interpolated surface (as the surface view draws it), checked before the long computation.
    const std::string surfaceFile = arguments.value("surface");
    if (arguments.has("surface") && !isSurfaceFile(surfaceFile))
        throw Error(ErrorKind::InvalidArgument,
                    "--surface expects a file ending in .vti (VTK ImageData) or .csv, got '" + surfaceFile + "'");
    const int resolution = static_cast<int>(arguments.integer("resolution").value_or(100));
    if (resolution < 2 || resolution > 2000)
        throw Error(ErrorKind::InvalidArgument,
                    "--resolution expects a whole number of grid nodes per side from 2 to 2000");
    if (arguments.has("resolution") && !arguments.has("surface"))
        throw Error(ErrorKind::InvalidArgument, "--resolution applies to --surface, which was not given");
    const LandscapeDatabase db(arguments.positionals().front());
    const Landscape landscape = db.loadLandscape(arguments.landscapeId("landscape"));

    std::unique_ptr<ResultCache> cache;
    std::string cacheWarning;
    if (!arguments.has("no-cache")) {
        const std::string path = arguments.value("cache", ResultCache::defaultPath());
        try {
            if (!path.empty())
                cache = std::make_unique<ResultCache>(path);
        } catch (const Error &error) {
            cacheWarning = std::string("result cache not used: ") + error.what();
        }
    }

    const bool terminal = isatty(fileno(stderr)) != 0 && !arguments.has("quiet");
    Feedback feedback([terminal](double fraction, const std::string &status) {
        if (terminal)
            std::fprintf(stderr, "\r%3.0f%% %s\033[K", 100.0 * fraction, status.c_str());
    });
    LandscapeEmbedding embedding;
    try {
        embedding = embedLandscapeCached(landscape, options, cache.get(), &feedback, &cacheWarning);
    } catch (...) {
        if (terminal)
            std::fprintf(stderr, "\n");
        throw;
    }
    if (terminal)
        std::fprintf(stderr, "\r\033[K");
    if (!cacheWarning.empty())
        std::fprintf(stderr, "hplx-cli embed: warning: %s\n", cacheWarning.c_str());
    if (endsWith(file, ".vtp"))
        writeEmbeddingVtp(file, landscape, embedding, z == "loss" ? VtkHeight::Loss : VtkHeight::Rank);
    else
        writeLayoutCsv(file, landscape, embedding);
    if (!surfaceFile.empty())
        writeEmbeddingSurface(surfaceFile, landscape, embedding, resolution);

    const auto &used = embedding.options;
    if (arguments.has("json")) {
        const nlohmann::json doc = {
            {"landscape", landscape.info().id},
            {"out", file},
            {"surface", surfaceFile.empty() ? nlohmann::json()
                                            : nlohmann::json{{"file", surfaceFile}, {"resolution", resolution}}},
            {"configurations", embedding.rows.size()},
            {"method", toString(used.hope.variant)},
            {"hope_dimensions", used.hope.dimensions},
            {"umap",
             {{"n_neighbors", used.umap.nNeighbors},
              {"min_dist", used.umap.minDist},
              {"spread", used.umap.spread},
              {"n_epochs", used.umap.nEpochs},
              {"init", embedding.umapInit},
              {"knn", embedding.knnExact ? "exact" : "approximate"}}},
            {"trustworthiness",
             {{"value", embedding.trustworthiness}, {"k", used.trust.k}, {"sample", used.trust.sampleSize}}},
            {"seconds",
             {{"hope", embedding.hopeSeconds}, {"umap", embedding.umapSeconds}, {"trust", embedding.trustSeconds}}},
            {"cached", embedding.fromCache},
            {"note", embedding.note}};
        out << doc.dump(2) << '\n';
        return 0;
    }
    out << "Embedded " << embedding.rows.size() << " configurations of landscape " << landscape.info().id << " ("
        << landscape.info().key.describe() << ") with " << toString(used.hope.variant) << " (k=" << used.hope.dimensions
        << ") + UMAP (" << used.umap.nNeighbors << " neighbours, min_dist " << formatNumber(used.umap.minDist) << ", "
        << used.umap.nEpochs << " epochs, " << embedding.umapInit << " init, "
        << (embedding.knnExact ? "exact" : "approximate") << " kNN)";
    if (embedding.fromCache)
        out << ", from the result cache";
    else
        out << " in " << rounded(embedding.hopeSeconds + embedding.umapSeconds + embedding.trustSeconds, 3)
            << " s (HOPE " << rounded(embedding.hopeSeconds, 3) << " s, UMAP " << rounded(embedding.umapSeconds, 3)
            << " s)";
    out << "\ntrustworthiness (k=" << used.trust.k << ", up to " << used.trust.sampleSize
        << " sampled configurations): " << rounded(embedding.trustworthiness, 4) << '\n';
    if (!embedding.note.empty())
        out << "note: " << embedding.note << '\n';
    out << "written to " << file << '\n';
    if (!surfaceFile.empty())
        out << "surface (" << resolution << " x " << resolution << " grid) written to " << surfaceFile << '\n';
    return 0;
}

} // namespace hplx::cli
