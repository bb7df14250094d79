// hplx-cli batch: every table, layout and network of many landscapes in one
// run, into one folder per landscape plus a manifest (path, kind, format,
// size, SHA-256 of every file). A thread pool works over the landscapes, each
// worker with its own database connection; the manifest is rewritten
// atomically after each landscape, so an interrupted run resumes where it
// stopped and a rerun skips what is already there and unchanged.
#include "cli/Arguments.h"
#include "cli/BatchSelection.h"
#include "cli/CliTables.h"
#include "cli/Commands.h"
#include "cli/LayoutFiles.h"

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

const char *kBatchUsage = "usage: hplx-cli batch DB --out DIR [--landscapes all|ID,ID,...] [--filter TEXT] "
                          "[--tables csv,json,latex] [--embed] [--lon] [--threads N] [--quiet] [--json]";

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
            options.umap.threads = m_umapThreads;
            options.trust.threads = m_umapThreads;
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

} // namespace

int runBatch(const std::vector<std::string> &args, std::ostream &out)
{
    const Arguments arguments(args, {"out", "landscapes", "filter", "tables", "threads"},
                              {"embed", "lon", "json", "quiet"});
    if (arguments.positionals().size() != 1)
        throw Error(ErrorKind::InvalidArgument, kBatchUsage);
    const fs::path root = arguments.required("out");
    const BatchOptions options = parseOptions(arguments);
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

    fs::create_directories(root);
    const fs::path manifestPath = root / "manifest.json";
    const nlohmann::json optionsJson = options.toJson(fs::absolute(databasePath).lexically_normal().string());

    // The previous run's results, when it used the same options.
    std::map<std::string, nlohmann::json> previous;
    if (fs::exists(manifestPath)) {
        std::ifstream in(manifestPath);
        const nlohmann::json old = nlohmann::json::parse(in, nullptr, false);
        if (!old.is_discarded() && old.value("options", nlohmann::json()) == optionsJson) {
            for (const auto &entry : old.value("results", nlohmann::json::array()))
                if (entry.is_object() && entry.contains("key"))
                    previous[entry["key"].get<std::string>()] = entry;
        } else if (!quiet) {
            std::fprintf(stderr, "hplx-cli batch: %s was written with other options; starting afresh\n",
                         manifestPath.string().c_str());
        }
    }

    std::vector<nlohmann::json> results(tasks.size());
    std::vector<std::size_t> pending;
    std::size_t skipped = 0;
    for (std::size_t t = 0; t < tasks.size(); ++t) {
        const auto old = previous.find(taskKey(tasks[t]));
        if (old != previous.end() && old->second.value("status", "") == "done"
            && stillValid(root, old->second.value("files", nlohmann::json::array()))) {
            results[t] = old->second;
            ++skipped;
        } else {
            pending.push_back(t);
        }
    }

    std::mutex lock;
    std::size_t finished = 0, failed = 0;
    auto writeManifest = [&]() {
        nlohmann::json list = nlohmann::json::array(), files = nlohmann::json::array();
        for (const auto &result : results) {
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
    std::vector<std::thread> pool;
    for (unsigned w = 1; w < workers; ++w)
        pool.emplace_back(work);
    work();
    for (auto &thread : pool)
        thread.join();
    writeManifest(); // also when everything was skipped: the options and version are current

    std::size_t fileCount = 0;
    for (const auto &result : results)
        fileCount += result["files"].size();
    if (arguments.has("json")) {
        nlohmann::json failures = nlohmann::json::array();
        for (const auto &result : results)
            if (result["status"] != "done")
                failures.push_back({{"key", result["key"]}, {"status", result["status"]}});
        out << nlohmann::json{{"out", root.string()},
                              {"manifest", manifestPath.string()},
                              {"landscapes", chosen.size()},
                              {"groups", groups.size()},
                              {"done", tasks.size() - skipped - failed},
                              {"skipped", skipped},
                              {"failed", failed},
                              {"failures", failures},
                              {"files", fileCount}}
                   .dump(2)
            << '\n';
    } else {
        out << chosen.size() << " landscapes and " << groups.size()
            << " similarity groups: " << tasks.size() - skipped - failed << " done, " << skipped
            << " skipped (unchanged), " << failed << " failed; " << fileCount << " files listed in "
            << manifestPath.string() << '\n';
        for (const auto &result : results)
            if (result["status"] != "done")
                out << "  " << result["key"].get<std::string>() << ": " << result["status"].get<std::string>() << '\n';
    }
    return failed > 0 ? 1 : 0;
}

} // namespace hplx::cli
