// hplx-cli batch: every table, layout and network of many landscapes in one
// run, into one folder per landscape plus a manifest (path, kind, format,
// size, SHA-256 of every file). A thread pool works over the landscapes, each
// worker with its own database connection; the manifest is rewritten
// atomically after each landscape, so an interrupted run resumes where it
// stopped and a rerun skips what is already there and unchanged. Figures
// (--figures) are drawn meanwhile on the main thread, which Qt's widgets need.
#include "cli/Arguments.h"
#include "cli/BatchFigures.h"
#include "cli/BatchSelection.h"
#include "cli/CliTables.h"
#include "cli/Commands.h"
#include "cli/LayoutFiles.h"
#ifdef HPLX_CLI_FIGURES
#include "cli/FigureRenderer.h"
#endif

#include "embed/LandscapeEmbedding.h"
#include "export/ResultTables.h"
#include "export/VtkXmlWriter.h"
#include "graph/ImprovingGraph.h"
#include "graph/LocalOptimaNetwork.h"
#include "graph/NeighbourGraph.h"
#include "metrics/Fanova.h"
#include "metrics/GeneralisationGap.h"
#include "metrics/LandscapeMetrics.h"
#include "metrics/Similarity.h"
#include "store/LandscapeDatabase.h"
#include "util/Error.h"
#include "util/Format.h"
#include "util/Sha256.h"
#include "util/Version.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <exception>
#include <filesystem>
#include <fstream>
#include <functional>
#include <map>
#include <mutex>
#include <optional>
#include <set>
#include <thread>

namespace fs = std::filesystem;

namespace hplx::cli {

namespace {

const char *kBatchUsage =
    "usage: hplx-cli batch DB --out DIR [--landscapes all|ID,ID,...] [--filter TEXT] "
    "[--tables csv,json,latex] [--embed] [--lon] [--figures VIEW,...|all2d|all [--figure-format png,svg,pdf] "
    "[--dpi 300] [--width-mm W --height-mm H | --width-px W --height-px H] [--font-scale F] [--colour-map NAME] "
    "[--cache FILE | --no-cache]] [--threads N] [--quiet] [--json]";

struct BatchOptions
{
    std::vector<TableFormat> tables;
    bool embed = false;
    bool lon = false;
    std::string landscapes = "all";
    std::string filter;

    nlohmann::json toJson(const std::string &database) const
    {
        nlohmann::json formats = nlohmann::json::array();
        for (const TableFormat f : tables)
            formats.push_back(formatName(f));
        return {{"database", database}, {"landscapes", landscapes}, {"filter", filter},
                {"tables", formats},    {"embed", embed},           {"lon", lon}};
    }
};

// One unit of work: a landscape, or a similarity group over datasets.
struct Task
{
    std::int64_t landscape = 0; // 0 for a group
    const SimilarityGroup *group = nullptr;
    std::string folder;
    std::string description;
};

struct TaskResult
{
    std::string status = "done";
    std::vector<std::string> notes;
    nlohmann::json files = nlohmann::json::array();
};

// Writes a file through a temporary name, so a reader (or an interrupted run)
// never finds half a file under the final name.
void writeAtomically(const fs::path &file, const std::function<void(const std::string &)> &write)
{
    fs::create_directories(file.parent_path());
    const fs::path part = file.string() + ".part";
    write(part.string());
    std::error_code error;
    fs::rename(part, file, error);
    if (error)
        throw Error(ErrorKind::Io, file.string() + ": cannot rename into place: " + error.message());
}

void writeText(const std::string &path, const std::string &text)
{
    std::ofstream out(path, std::ios::binary);
    if (!out)
        throw Error(ErrorKind::Io, path + ": cannot open for writing");
    out << text;
    out.close();
    if (!out)
        throw Error(ErrorKind::Io, path + ": write failed");
}

class TaskRunner
{
public:
    TaskRunner(const LandscapeDatabase &db, const fs::path &root, const BatchOptions &options, unsigned umapThreads)
        : m_db(db), m_root(root), m_options(options), m_umapThreads(umapThreads)
    {}

    TaskResult run(const Task &task)
    {
        TaskResult result;
        m_result = &result;
        if (task.group)
            runGroup(task);
        else
            runLandscape(task);
        return result;
    }

private:
    void record(const Task &task, const std::string &name, const std::string &kind, const std::string &format)
    {
        const std::string relative = task.folder + "/" + name;
        const fs::path file = m_root / relative;
        nlohmann::json entry = {{"path", relative},
                                {"kind", kind},
                                {"format", format},
                                {"bytes", fs::file_size(file)},
                                {"sha256", sha256File(file.string())}};
        if (task.group) {
            entry["landscape"] = nullptr;
            entry["group"] = task.folder;
        } else {
            entry["landscape"] = task.landscape;
        }
        m_result->files.push_back(std::move(entry));
    }

    void writeTables(const Task &task, const std::string &kind, const std::function<TextTable(int)> &table,
                     const std::string &caption)
    {
        for (const TableFormat format : m_options.tables) {
            const std::string name = kind + "." + tableExtension(format);
            const std::string text = renderTable(table(tableDigits(format)), format, caption,
                                                 "tab:hplx-" + kind + "-" + fs::path(task.folder).filename().string());
            writeAtomically(m_root / task.folder / name, [&](const std::string &path) { writeText(path, text); });
            record(task, name, kind, formatName(format));
        }
    }

    void runLandscape(const Task &task)
    {
        const Landscape landscape = m_db.loadLandscape(task.landscape);
        const std::string about = "landscape " + std::to_string(task.landscape) + " (" + task.description + ")";

        const LandscapeMetrics metrics = computeMetrics(landscape, MetricOptions{});
        std::optional<GeneralisationGap> gap;
        const LandscapeInfo *other = counterpart(m_db, landscape.info());
        if (other) {
            try {
                const Landscape pair = m_db.loadLandscape(other->id);
                const bool isTest = landscape.info().key.split == "test";
                gap = generalisationGap(isTest ? pair.losses() : landscape.losses(),
                                        isTest ? landscape.losses() : pair.losses());
            } catch (const Error &error) {
                m_result->notes.push_back("delta_l: not computed: " + std::string(error.what()));
                other = nullptr;
            }
        }
        writeTables(
            task, "metrics",
            [&](int digits) { return metricsTable(metrics, gap ? &*gap : nullptr, other ? other->id : 0, digits); },
            "Landscape metrics of " + about);

        if (!landscape.isComplete()) {
            m_result->notes.push_back("importance: not computed: the landscape is partial ("
                                      + std::to_string(landscape.evaluatedCount()) + " of "
                                      + std::to_string(landscape.space().size())
                                      + " configurations); functional ANOVA needs every one");
        } else {
            const FanovaResult fanova = functionalAnova(landscape);
            writeTables(
                task, "importance", [&](int digits) { return importanceTable(landscape.space(), fanova, digits); },
                "Functional ANOVA of " + about + ", " + toString(fanova.options.scale) + " scale");
        }

        if (m_options.embed) {
            EmbeddingOptions options;
            options.setThreads(m_umapThreads);
            const LandscapeEmbedding embedding = embedLandscape(landscape, options);
            writeAtomically(m_root / task.folder / "layout.csv",
                            [&](const std::string &path) { writeLayoutCsv(path, landscape, embedding); });
            record(task, "layout.csv", "layout", "csv");
            writeAtomically(m_root / task.folder / "layout.vtp", [&](const std::string &path) {
                writeEmbeddingVtp(path, landscape, embedding, VtkHeight::Rank);
            });
            record(task, "layout.vtp", "layout", "vtp");
        }

        if (m_options.lon) {
            const NeighbourGraph graph = NeighbourGraph::build(landscape.space(), landscape.losses());
            const ImprovingGraph improving = analyseImproving(graph, landscape.losses());
            const LocalOptimaNetwork lon = buildLocalOptimaNetwork(landscape, improving);
            writeAtomically(m_root / task.folder / "lon.graphml", [&](const std::string &path) {
                std::ofstream out(path, std::ios::binary);
                if (!out)
                    throw Error(ErrorKind::Io, path + ": cannot open for writing");
                writeGraphMl(out, landscape, lon);
                out.close();
                if (!out)
                    throw Error(ErrorKind::Io, path + ": write failed");
            });
            record(task, "lon.graphml", "lon", "graphml");
        }
    }

    void runGroup(const Task &task)
    {
        std::vector<Landscape> members;
        for (const std::int64_t id : task.group->landscapes)
            members.push_back(m_db.loadLandscape(id));
        TextTable table;
        table.columns = {"landscape_a", "dataset_a", "landscape_b",   "dataset_b",
                         "compared",    "spearman",  "gamma_set_iou", "note"};
        for (std::size_t i = 0; i < members.size(); ++i)
            for (std::size_t j = i + 1; j < members.size(); ++j) {
                const LandscapeInfo &a = members[i].info(), &b = members[j].info();
                std::vector<std::string> row = {std::to_string(a.id), a.key.dataset, std::to_string(b.id),
                                                b.key.dataset};
                try {
                    const SimilarityResult r = compareLandscapes(members[i].losses(), members[j].losses());
                    row.insert(row.end(),
                               {std::to_string(r.compared), tableNumber(r.spearman), tableNumber(r.gammaIoU), ""});
                } catch (const Error &error) {
                    row.insert(row.end(), {"0", "", "", error.what()});
                }
                table.rows.push_back(std::move(row));
            }
        // The note column only when some pair could not be compared.
        if (std::all_of(table.rows.begin(), table.rows.end(), [](const auto &row) { return row.back().empty(); })) {
            table.columns.pop_back();
            for (auto &row : table.rows)
                row.pop_back();
        }
        // Digits are applied per format by re-rendering the numbers.
        writeTables(
            task, "similarity",
            [&](int digits) {
                TextTable shown = table;
                for (auto &row : shown.rows)
                    for (const std::size_t c : {std::size_t(5), std::size_t(6)})
                        if (const auto value = parseNumber(row[c]); value && digits > 0)
                            row[c] = tableNumber(*value, digits);
                return shown;
            },
            "Similarity over datasets of " + task.description);
    }

    const LandscapeDatabase &m_db;
    fs::path m_root;
    const BatchOptions &m_options;
    unsigned m_umapThreads;
    TaskResult *m_result = nullptr;
};

// A previous run's result is reused when it was done and every file it
// recorded is still there with the same size and SHA-256.
bool stillValid(const fs::path &root, const nlohmann::json &files)
{
    for (const auto &file : files) {
        const fs::path path = root / file.at("path").get<std::string>();
        std::error_code error;
        if (!fs::is_regular_file(path, error) || fs::file_size(path, error) != file.at("bytes").get<std::uintmax_t>())
            return false;
        try {
            if (sha256File(path.string()) != file.at("sha256").get<std::string>())
                return false;
        } catch (const Error &) {
            return false;
        }
    }
    return true;
}

std::string taskKey(const Task &task)
{
    return task.group ? "group:" + task.folder : "landscape:" + std::to_string(task.landscape);
}

BatchOptions parseOptions(const Arguments &arguments)
{
    BatchOptions options;
    const std::vector<std::string> tables =
        arguments.has("tables") ? arguments.list("tables") : std::vector<std::string>{"csv"};
    for (const auto &name : tables) {
        const TableFormat format = parseTableFormat(name);
        if (std::find(options.tables.begin(), options.tables.end(), format) == options.tables.end())
            options.tables.push_back(format);
    }
    options.embed = arguments.has("embed");
    options.lon = arguments.has("lon");
    options.landscapes = arguments.value("landscapes", "all");
    options.filter = arguments.value("filter");
    return options;
}

std::vector<LandscapeInfo> chooseLandscapes(const LandscapeDatabase &db, const BatchOptions &options)
{
    std::vector<LandscapeInfo> chosen;
    if (options.landscapes == "all") {
        chosen = db.landscapes();
    } else {
        std::set<std::int64_t> seen;
        for (const auto &item : splitList(options.landscapes)) {
            const auto id = parseNumber(item);
            if (!id || *id != static_cast<double>(static_cast<std::int64_t>(*id)))
                throw Error(ErrorKind::InvalidArgument,
                            "--landscapes expects all or landscape ids, got '" + item + "'");
            const auto landscape = static_cast<std::int64_t>(*id);
            if (seen.insert(landscape).second)
                chosen.push_back(db.landscapeInfo(landscape)); // throws for an unknown id
        }
    }
    chosen.erase(std::remove_if(chosen.begin(), chosen.end(),
                                [&](const LandscapeInfo &info) { return !matchesFilter(info.key, options.filter); }),
                 chosen.end());
    return chosen;
}

// One figure file: a view of a landscape in one format, and its manifest
// entry (key "figure:<id>:<view>:<format>").
struct FigureSlot
{
    std::int64_t landscape = 0;
    std::string folder;
    std::string description;
    std::string view;
    std::string format;

    std::string key() const { return "figure:" + std::to_string(landscape) + ":" + view + ":" + format; }
    std::string name() const { return view + "." + format; }
};

nlohmann::json withoutFigures(nlohmann::json options)
{
    if (options.is_object())
        options.erase("figures");
    return options;
}

// A manifest's figure options minus the views and formats: what a figure looks like.
nlohmann::json appearanceOf(const nlohmann::json &options)
{
    nlohmann::json figures = options.is_object() ? options.value("figures", nlohmann::json()) : nlohmann::json();
    if (!figures.is_object())
        return nullptr;
    figures.erase("views");
    figures.erase("formats");
    return figures;
}

#ifdef HPLX_CLI_FIGURES
// Draws the figures of slots[pending] on this thread (the main thread: Qt's
// widgets live there), each view of a landscape once for all its formats,
// written through temporary names. done(slot indexes, their results, seconds)
// records each group; a view that fails or has nothing to draw is recorded
// and the next one drawn.
void drawFigures(
    const std::string &database, const fs::path &root, const BatchFigureOptions &options,
    const std::vector<FigureSlot> &slots, const std::vector<std::size_t> &pending,
    const std::function<void(const std::vector<std::size_t> &, std::vector<nlohmann::json> &, double)> &done)
{
    bool threeD = false;
    for (const std::size_t s : pending)
        threeD = threeD || isThreeDimensionalView(slots[s].view);
    std::unique_ptr<FigureRenderer> renderer;
    for (std::size_t p = 0; p < pending.size();) {
        // Slots come landscape by landscape, view by view: a run of one (landscape, view).
        std::vector<std::size_t> group = {pending[p++]};
        const FigureSlot &first = slots[group.front()];
        while (p < pending.size() && slots[pending[p]].landscape == first.landscape
               && slots[pending[p]].view == first.view)
            group.push_back(pending[p++]);

        const auto start = std::chrono::steady_clock::now();
        std::vector<nlohmann::json> entries;
        std::vector<fs::path> parts;
        for (const std::size_t s : group)
            parts.push_back(root / first.folder / (first.view + ".part." + slots[s].format));
        std::string status = "done";
        std::vector<std::string> notes;
        std::vector<nlohmann::json> files(group.size(), nlohmann::json::array());
        try {
            std::error_code ignored;
            fs::create_directories(root / first.folder, ignored); // a table worker may make it meanwhile
            if (!fs::is_directory(root / first.folder))
                throw Error(ErrorKind::Io, (root / first.folder).string() + ": cannot create the folder");
            if (!renderer)
                renderer = std::make_unique<FigureRenderer>(threeD, "hplx-cli batch");
            ExportRequest request = options.figure;
            request.database = database;
            request.landscape = first.landscape;
            request.view = request.requestedView = first.view;
            std::vector<std::string> targets;
            for (const auto &part : parts)
                targets.push_back(part.string());
            renderer->render(request, targets);
            for (std::size_t g = 0; g < group.size(); ++g) {
                const FigureSlot &slot = slots[group[g]];
                const fs::path file = root / slot.folder / slot.name();
                std::error_code error;
                fs::rename(parts[g], file, error);
                if (error)
                    throw Error(ErrorKind::Io, file.string() + ": cannot rename into place: " + error.message());
                files[g].push_back({{"path", slot.folder + "/" + slot.name()},
                                    {"landscape", slot.landscape},
                                    {"kind", "figure"},
                                    {"view", slot.view},
                                    {"format", slot.format},
                                    {"bytes", fs::file_size(file)},
                                    {"sha256", sha256File(file.string())}});
            }
        } catch (const NothingToDraw &error) {
            notes.push_back(error.what());
            files.assign(group.size(), nlohmann::json::array());
        } catch (const std::exception &error) {
            status = std::string("failed: ") + error.what();
            files.assign(group.size(), nlohmann::json::array());
        }
        for (const auto &part : parts) {
            std::error_code ignored;
            fs::remove(part, ignored);
        }
        for (std::size_t g = 0; g < group.size(); ++g) {
            const FigureSlot &slot = slots[group[g]];
            entries.push_back({{"key", slot.key()},
                               {"folder", slot.folder},
                               {"description", slot.description},
                               {"landscape", slot.landscape},
                               {"view", slot.view},
                               {"format", slot.format},
                               {"status", status},
                               {"notes", notes},
                               {"files", files[g]}});
        }
        done(group, entries, std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count());
    }
}
#endif

} // namespace

int runBatch(const std::vector<std::string> &args, std::ostream &out)
{
    std::set<std::string> valued = {"out", "landscapes", "filter", "tables", "threads"},
                          flags = {"embed", "lon", "json", "quiet"};
    for (const auto &name : batchFigureValueOptions())
        valued.insert(name);
    for (const auto &name : batchFigureFlagOptions())
        flags.insert(name);
    const Arguments arguments(args, valued, flags);
    if (arguments.positionals().size() != 1)
        throw Error(ErrorKind::InvalidArgument, kBatchUsage);
    const fs::path root = arguments.required("out");
    const BatchOptions options = parseOptions(arguments);
    const BatchFigureOptions figures = parseBatchFigureOptions(arguments);
    if (figures.enabled()) {
#ifdef HPLX_CLI_FIGURES
        FigureRenderer::checkColourMap(figures.figure.colourMap);
#else
        throw Error(ErrorKind::Io, "this hplx-cli was built without the GUI (HPLX_BUILD_UI=OFF); figures need a "
                                   "build with the GUI: rerun without --figures, or use the hplx-cli of a GUI build");
#endif
    }
    const std::string databasePath = arguments.positionals().front();
    unsigned threads = std::max(1u, std::thread::hardware_concurrency());
    if (const auto cap = arguments.integer("threads")) {
        if (*cap < 1 || *cap > 256)
            throw Error(ErrorKind::InvalidArgument, "--threads expects a whole number from 1 to 256");
        threads = std::min(threads, static_cast<unsigned>(*cap));
    }
    const bool quiet = arguments.has("quiet");

    const LandscapeDatabase db(databasePath);
    const std::vector<LandscapeInfo> chosen = chooseLandscapes(db, options);
    if (chosen.empty())
        throw Error(ErrorKind::InvalidArgument, databasePath + ": no landscape matches the selection");
    const std::vector<SimilarityGroup> groups = similarityGroups(chosen);
    std::vector<Task> tasks;
    for (const auto &info : chosen)
        tasks.push_back({info.id, nullptr, landscapeFolder(info), info.key.describe()});
    for (const auto &group : groups) {
        const LandscapeKey &k = db.landscapeInfo(group.landscapes.front()).key;
        std::string about = k.model + " / " + k.split + " / " + k.lossName;
        if (k.fidelityValue)
            about += " / " + k.fidelityName + "=" + formatNumber(*k.fidelityValue);
        tasks.push_back({0, &group, group.folder, about});
    }
    std::vector<FigureSlot> slots;
    for (const auto &info : chosen)
        for (const auto &view : figures.views)
            for (const auto &format : figures.formats)
                slots.push_back({info.id, landscapeFolder(info), info.key.describe(), view, format});

    fs::create_directories(root);
    const fs::path manifestPath = root / "manifest.json";
    const std::string absoluteDatabase = fs::absolute(databasePath).lexically_normal().string();
    nlohmann::json optionsJson = options.toJson(absoluteDatabase);
    if (figures.enabled())
        optionsJson["figures"] = figures.toJson();

    // The previous run's results: tables and layouts when it used the same
    // options for them, figures when it drew them alike from the same database.
    std::map<std::string, nlohmann::json> previous;
    if (fs::exists(manifestPath)) {
        std::ifstream in(manifestPath);
        const nlohmann::json old = nlohmann::json::parse(in, nullptr, false);
        const nlohmann::json oldOptions = old.is_object() ? old.value("options", nlohmann::json()) : nlohmann::json();
        const bool sameTables = !old.is_discarded() && withoutFigures(oldOptions) == withoutFigures(optionsJson);
        const bool sameFigures = figures.enabled() && !old.is_discarded() && oldOptions.is_object()
                                 && oldOptions.value("database", "") == absoluteDatabase
                                 && appearanceOf(oldOptions) == figures.appearance();
        if (old.is_object())
            for (const auto &entry : old.value("results", nlohmann::json::array()))
                if (entry.is_object() && entry.contains("key") && entry["key"].is_string()) {
                    const std::string key = entry["key"].get<std::string>();
                    if (key.rfind("figure:", 0) == 0 ? sameFigures : sameTables)
                        previous[key] = entry;
                }
        if (!quiet && !sameTables)
            std::fprintf(stderr, "hplx-cli batch: %s was written with other options; %s\n",
                         manifestPath.string().c_str(),
                         sameFigures ? "tables and layouts are made afresh, figures kept" : "starting afresh");
        else if (!quiet && figures.enabled() && !sameFigures && appearanceOf(oldOptions).is_object())
            std::fprintf(stderr,
                         "hplx-cli batch: the figures of %s were drawn with other figure options; "
                         "drawing them afresh\n",
                         manifestPath.string().c_str());
    }

    auto reusable = [&](const std::string &key) -> const nlohmann::json * {
        const auto old = previous.find(key);
        if (old != previous.end() && old->second.value("status", "") == "done"
            && stillValid(root, old->second.value("files", nlohmann::json::array())))
            return &old->second;
        return nullptr;
    };
    std::vector<nlohmann::json> results(tasks.size());
    std::vector<std::size_t> pending;
    std::size_t skipped = 0;
    for (std::size_t t = 0; t < tasks.size(); ++t) {
        if (const nlohmann::json *old = reusable(taskKey(tasks[t]))) {
            results[t] = *old;
            ++skipped;
        } else {
            pending.push_back(t);
        }
    }
    std::vector<nlohmann::json> figureResults(slots.size());
    std::vector<std::size_t> pendingFigures;
    std::size_t figuresSkipped = 0;
    for (std::size_t f = 0; f < slots.size(); ++f) {
        if (const nlohmann::json *old = reusable(slots[f].key())) {
            figureResults[f] = *old;
            ++figuresSkipped;
        } else {
            pendingFigures.push_back(f);
        }
    }

    std::mutex lock;
    std::size_t finished = 0, failed = 0;
    [[maybe_unused]] std::size_t figuresFinished = 0;
    auto writeManifest = [&]() {
        nlohmann::json list = nlohmann::json::array(), files = nlohmann::json::array();
        for (const auto *all : {&results, &figureResults})
            for (const auto &result : *all) {
                if (result.is_null())
                    continue;
                list.push_back(result);
                for (const auto &file : result["files"])
                    files.push_back(file);
            }
        const nlohmann::json manifest = {{"format", "hplx-batch-manifest"},
                                         {"format_version", 1},
                                         {"hplx_version", hplxVersion()},
                                         {"options", optionsJson},
                                         {"threads", threads},
                                         {"results", list},
                                         {"files", files}};
        writeAtomically(manifestPath, [&](const std::string &path) { writeText(path, manifest.dump(2) + "\n"); });
    };
    if (!quiet && skipped > 0)
        std::fprintf(stderr, "hplx-cli batch: %zu of %zu tasks unchanged since the last run, skipped\n", skipped,
                     tasks.size());
    if (!quiet && figuresSkipped > 0)
        std::fprintf(stderr, "hplx-cli batch: %zu of %zu figures unchanged since the last run, skipped\n",
                     figuresSkipped, slots.size());

    const unsigned workers = std::max(1u, std::min<unsigned>(threads, static_cast<unsigned>(pending.size())));
    // Each worker embeds one landscape at a time; with one worker UMAP uses the cores itself.
    const unsigned umapThreads = workers > 1 ? 1u : threads;
    std::atomic<std::size_t> next{0};
    auto work = [&]() {
        std::unique_ptr<LandscapeDatabase> own;
        try {
            own = std::make_unique<LandscapeDatabase>(databasePath);
        } catch (const Error &) {
            // Reported per task below.
        }
        for (std::size_t p = next++; p < pending.size(); p = next++) {
            const Task &task = tasks[pending[p]];
            const auto start = std::chrono::steady_clock::now();
            TaskResult result;
            try {
                if (!own)
                    throw Error(ErrorKind::Io, databasePath + ": cannot open a connection for this worker");
                result = TaskRunner(*own, root, options, umapThreads).run(task);
            } catch (const std::exception &error) {
                result.status = std::string("failed: ") + error.what();
            }
            const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
            nlohmann::json entry = {
                {"key", taskKey(task)},    {"folder", task.folder}, {"description", task.description},
                {"status", result.status}, {"notes", result.notes}, {"files", result.files}};
            if (task.group)
                entry["landscapes"] = task.group->landscapes;
            else
                entry["landscape"] = task.landscape;
            const std::lock_guard<std::mutex> guard(lock);
            results[pending[p]] = std::move(entry);
            ++finished;
            if (result.status != "done")
                ++failed;
            try {
                writeManifest();
            } catch (const Error &error) {
                std::fprintf(stderr, "hplx-cli batch: %s\n", error.what());
            }
            if (!quiet)
                std::fprintf(stderr, "[%zu/%zu] %s %s: %s (%.1f s)\n", finished, pending.size(),
                             task.group ? "similarity" : ("landscape " + std::to_string(task.landscape)).c_str(),
                             task.description.c_str(), result.status.c_str(), seconds);
        }
    };
    // Figures are drawn on this thread while the pool works through the tables.
    std::vector<std::thread> pool;
    const unsigned spawned = pendingFigures.empty() ? workers - 1 : workers;
    for (unsigned w = 0; w < spawned; ++w)
        pool.emplace_back(work);
    std::exception_ptr drawingFailed;
    if (pendingFigures.empty()) {
        work();
    } else {
#ifdef HPLX_CLI_FIGURES
        try {
            drawFigures(
                absoluteDatabase, root, figures, slots, pendingFigures,
                [&](const std::vector<std::size_t> &group, std::vector<nlohmann::json> &entries, double seconds) {
                    const std::lock_guard<std::mutex> guard(lock);
                    for (std::size_t g = 0; g < group.size(); ++g)
                        figureResults[group[g]] = std::move(entries[g]);
                    figuresFinished += group.size();
                    try {
                        writeManifest();
                    } catch (const Error &error) {
                        std::fprintf(stderr, "hplx-cli batch: %s\n", error.what());
                    }
                    if (quiet)
                        return;
                    const FigureSlot &slot = slots[group.front()];
                    std::vector<std::string> formats;
                    for (const std::size_t s : group)
                        formats.push_back(slots[s].format);
                    const nlohmann::json &result = figureResults[group.front()];
                    std::string status = result["status"].get<std::string>();
                    if (!result["notes"].empty())
                        status += " (" + result["notes"][0].get<std::string>() + ")";
                    std::fprintf(stderr, "[figure %zu/%zu] landscape %lld %s: %s %s: %s (%.1f s)\n", figuresFinished,
                                 pendingFigures.size(), static_cast<long long>(slot.landscape),
                                 slot.description.c_str(), slot.view.c_str(), joinList(formats, ",").c_str(),
                                 status.c_str(), seconds);
                });
        } catch (...) {
            drawingFailed = std::current_exception();
        }
#endif
    }
    for (auto &thread : pool)
        thread.join();
    if (drawingFailed)
        std::rethrow_exception(drawingFailed);
    writeManifest(); // also when everything was skipped: the options and version are current

    std::size_t fileCount = 0, figuresFailed = 0, figuresEmpty = 0;
    for (const auto *all : {&results, &figureResults})
        for (const auto &result : *all)
            fileCount += result["files"].size();
    for (const std::size_t f : pendingFigures) {
        if (figureResults[f]["status"] != "done")
            ++figuresFailed;
        else if (figureResults[f]["files"].empty())
            ++figuresEmpty;
    }
    const std::size_t figuresDrawn = pendingFigures.size() - figuresFailed - figuresEmpty;
    if (arguments.has("json")) {
        nlohmann::json failures = nlohmann::json::array();
        for (const auto *all : {&results, &figureResults})
            for (const auto &result : *all)
                if (result["status"] != "done")
                    failures.push_back({{"key", result["key"]}, {"status", result["status"]}});
        nlohmann::json summary = {{"out", root.string()},
                                  {"manifest", manifestPath.string()},
                                  {"landscapes", chosen.size()},
                                  {"groups", groups.size()},
                                  {"done", tasks.size() - skipped - failed},
                                  {"skipped", skipped},
                                  {"failed", failed},
                                  {"failures", failures},
                                  {"files", fileCount}};
        if (figures.enabled())
            summary["figures"] = {{"total", slots.size()},
                                  {"drawn", figuresDrawn},
                                  {"skipped", figuresSkipped},
                                  {"nothing_to_draw", figuresEmpty},
                                  {"failed", figuresFailed}};
        out << summary.dump(2) << '\n';
    } else {
        out << chosen.size() << " landscapes and " << groups.size()
            << " similarity groups: " << tasks.size() - skipped - failed << " done, " << skipped
            << " skipped (unchanged), " << failed << " failed; ";
        if (figures.enabled()) {
            out << slots.size() << " figures: " << figuresDrawn << " drawn, " << figuresSkipped
                << " skipped (unchanged), ";
            if (figuresEmpty > 0)
                out << figuresEmpty << " with nothing to draw, ";
            out << figuresFailed << " failed; ";
        }
        out << fileCount << " files listed in " << manifestPath.string() << '\n';
        for (const auto *all : {&results, &figureResults})
            for (const auto &result : *all)
                if (result["status"] != "done")
                    out << "  " << result["key"].get<std::string>() << ": " << result["status"].get<std::string>()
                        << '\n';
    }
    return failed > 0 || figuresFailed > 0 ? 1 : 0;
}

} // namespace hplx::cli
