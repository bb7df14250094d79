// Store benchmarks: CSV import and landscape loading on the real FC-Net naval
// data (../shared/data), a raw SQLite read of the same rows as the baseline for
// loadLandscape's overhead, and a synthetic 1,000,000-configuration landscape.
// Not a test: run build/<dir>/tests/bench/bench_store by hand (Release build).
#include "import/CsvImport.h"
#include "space/Hyperparameter.h"
#include "space/Landscape.h"
#include "space/SearchSpace.h"
#include "store/DatabaseWriter.h"
#include "store/LandscapeDatabase.h"
#include "util/Error.h"

#include <benchmark/benchmark.h>
#include <sqlite3.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdint>
#include <cstdlib>
#include <filesystem>
#include <memory>
#include <string>
#include <system_error>
#include <vector>

#include <unistd.h>

namespace fs = std::filesystem;
using namespace hplx;

namespace {

constexpr const char *kNavalCsv = "fcnet_naval_propulsion.csv";
constexpr const char *kNavalLoss = "valid_mse_epoch100_mean";
constexpr std::uint64_t kNavalRows = 62208;

fs::path sharedData()
{
    const char *fromEnv = std::getenv("HPLX_SHARED_DATA");
    return fromEnv && *fromEnv ? fs::path(fromEnv) : fs::path(HPLX_SHARED_DATA);
}

// One scratch directory per process, removed at exit.
class Scratch
{
public:
    Scratch()
    {
        m_dir = fs::temp_directory_path() / ("hplx-bench-" + std::to_string(::getpid()));
        fs::create_directories(m_dir);
    }
    ~Scratch()
    {
        std::error_code ignored;
        fs::remove_all(m_dir, ignored);
    }
    Scratch(const Scratch &) = delete;
    Scratch &operator=(const Scratch &) = delete;
    fs::path file(const std::string &name) const { return m_dir / name; }

private:
    fs::path m_dir;
};

Scratch &scratch()
{
    static Scratch instance;
    return instance;
}

CsvImportOptions navalOptions(const std::string &dbPath)
{
    CsvImportOptions options;
    options.csvPath = (sharedData() / kNavalCsv).string();
    options.dbPath = dbPath;
    options.hps = {"activation_fn_1", "activation_fn_2", "batch_size", "dropout_1", "dropout_2",
                   "init_lr",         "lr_schedule",     "n_units_1",  "n_units_2"};
    options.categorical = {"activation_fn_1", "activation_fn_2", "lr_schedule"};
    options.groupBy = "dataset";
    options.lossColumns = {kNavalLoss};
    return options;
}

// A database and the landscape to read from it, built once per process.
struct Source
{
    std::string dbPath;
    std::int64_t landscapeId = 0;
    std::uint64_t rows = 0;
    std::string error; // why the source is unavailable, empty when fine
};

const Source &navalSource()
{
    static const Source source = [] {
        Source s;
        if (!fs::exists(sharedData() / kNavalCsv)) {
            s.error = (sharedData() / kNavalCsv).string() + " not found (set HPLX_SHARED_DATA)";
            return s;
        }
        s.dbPath = scratch().file("naval.db").string();
        try {
            const CsvImportReport report = importCsv(navalOptions(s.dbPath));
            s.landscapeId = report.landscapes.front().id;
            s.rows = report.landscapes.front().evaluated;
        } catch (const Error &e) {
            s.error = e.what();
        }
        return s;
    }();
    return source;
}

// 10 HPs, 5^6 * 2^2 * 4^2 = 1,000,000 configurations, every one evaluated, written
// with DatabaseWriter exactly as an import would.
const Source &syntheticSource()
{
    static const Source source = [] {
        Source s;
        s.dbPath = scratch().file("synthetic-1m.db").string();
        try {
            std::vector<Hyperparameter> hps;
            const std::uint32_t sizes[] = {5, 5, 5, 5, 5, 5, 2, 2, 4, 4};
            for (std::size_t h = 0; h < std::size(sizes); ++h) {
                std::vector<std::string> labels;
                for (std::uint32_t v = 0; v < sizes[h]; ++v)
                    labels.push_back(std::to_string(v + 1));
                hps.emplace_back("hp" + std::to_string(h), h % 3 == 2 ? HpKind::Categorical : HpKind::Ordinal,
                                 std::move(labels));
            }
            const SearchSpace space(std::move(hps));
            std::vector<double> loss(space.size());
            std::uint64_t state = 0x9E3779B97F4A7C15ull; // xorshift: reproducible, no <random> engine cost
            for (auto &value : loss) {
                state ^= state << 13;
                state ^= state >> 7;
                state ^= state << 17;
                value = static_cast<double>(state >> 11) * 0x1.0p-53;
            }
            DatabaseWriter writer(s.dbPath);
            writer.begin();
            const auto spaceId = writer.addSpace(space, "synthetic");
            const LandscapeKey key{"synthetic", "uniform", "", std::nullopt, "valid", "loss"};
            s.landscapeId = writer.addLandscape(spaceId, key, loss, "bench_store");
            writer.commit();
            s.rows = space.size();
        } catch (const Error &e) {
            s.error = e.what();
        }
        return s;
    }();
    return source;
}

// The baseline: what reading the rows costs in SQLite alone, prepare included
// (loadLandscape prepares its statement on every call too).
double rawRead(sqlite3 *db, std::int64_t landscapeId, std::uint64_t &rows)
{
    sqlite3_stmt *stmt = nullptr;
    sqlite3_prepare_v2(db, "SELECT config_id, loss FROM losses WHERE landscape_id = ? ORDER BY config_id", -1, &stmt,
                       nullptr);
    sqlite3_bind_int64(stmt, 1, landscapeId);
    double sum = 0.0;
    rows = 0;
    while (sqlite3_step(stmt) == SQLITE_ROW) {
        sum += static_cast<double>(sqlite3_column_int64(stmt, 0)) + sqlite3_column_double(stmt, 1);
        ++rows;
    }
    sqlite3_finalize(stmt);
    return sum;
}

struct RawConnection
{
    sqlite3 *db = nullptr;
    explicit RawConnection(const std::string &path)
    {
        sqlite3_open_v2(path.c_str(), &db, SQLITE_OPEN_READONLY | SQLITE_OPEN_NOMUTEX, nullptr);
    }
    ~RawConnection() { sqlite3_close_v2(db); }
    RawConnection(const RawConnection &) = delete;
    RawConnection &operator=(const RawConnection &) = delete;
};

// Median seconds of `rounds` calls of each, interleaved so both see the same
// cache and frequency state; returns load / raw.
double measureRatio(const LandscapeDatabase &db, sqlite3 *raw, std::int64_t landscapeId, int rounds)
{
    using Clock = std::chrono::steady_clock;
    std::vector<double> loadTimes, rawTimes;
    for (int r = 0; r < rounds; ++r) {
        auto start = Clock::now();
        const Landscape landscape = db.loadLandscape(landscapeId);
        benchmark::DoNotOptimize(landscape.losses().data());
        loadTimes.push_back(std::chrono::duration<double>(Clock::now() - start).count());
        std::uint64_t rows = 0;
        start = Clock::now();
        benchmark::DoNotOptimize(rawRead(raw, landscapeId, rows));
        rawTimes.push_back(std::chrono::duration<double>(Clock::now() - start).count());
    }
    auto median = [](std::vector<double> &v) {
        std::nth_element(v.begin(), v.begin() + static_cast<std::ptrdiff_t>(v.size() / 2), v.end());
        return v[v.size() / 2];
    };
    return median(loadTimes) / median(rawTimes);
}

const Source *sourceOrSkip(benchmark::State &state, const Source &source)
{
    if (!source.error.empty()) {
        state.SkipWithError(source.error.c_str());
        return nullptr;
    }
    return &source;
}

void BM_ImportNaval(benchmark::State &state)
{
    if (!fs::exists(sharedData() / kNavalCsv)) {
        state.SkipWithError("fcnet_naval_propulsion.csv not found (set HPLX_SHARED_DATA)");
        return;
    }
    const std::string dbPath = scratch().file("import.db").string();
    const CsvImportOptions options = navalOptions(dbPath);
    for (auto _ : state) {
        state.PauseTiming();
        fs::remove(dbPath); // every import starts from a fresh file
        state.ResumeTiming();
        const CsvImportReport report = importCsv(options);
        benchmark::DoNotOptimize(report.landscapes.data());
    }
    state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations() * kNavalRows));
    state.counters["rows"] = static_cast<double>(kNavalRows);
}
BENCHMARK(BM_ImportNaval)->Unit(benchmark::kMillisecond);

void BM_LoadLandscape(benchmark::State &state, const Source &(*get)())
{
    const Source *source = sourceOrSkip(state, get());
    if (!source)
        return;
    const LandscapeDatabase db(source->dbPath);
    for (auto _ : state) {
        const Landscape landscape = db.loadLandscape(source->landscapeId);
        benchmark::DoNotOptimize(landscape.losses().data());
    }
    state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations() * source->rows));
    state.counters["rows"] = static_cast<double>(source->rows);
    // Same run, same file: how much slower than SQLite alone (after the timed loop).
    const RawConnection raw(source->dbPath);
    state.counters["load/raw"] = measureRatio(db, raw.db, source->landscapeId, source->rows > 100000 ? 7 : 31);
}
BENCHMARK_CAPTURE(BM_LoadLandscape, naval, navalSource)->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_LoadLandscape, synthetic_1m, syntheticSource)->Unit(benchmark::kMillisecond);

void BM_RawSqliteRead(benchmark::State &state, const Source &(*get)())
{
    const Source *source = sourceOrSkip(state, get());
    if (!source)
        return;
    const RawConnection raw(source->dbPath);
    std::uint64_t rows = 0;
    for (auto _ : state)
        benchmark::DoNotOptimize(rawRead(raw.db, source->landscapeId, rows));
    if (rows != source->rows)
        state.SkipWithError("the raw read saw a different number of rows than the import stored");
    state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations() * source->rows));
    state.counters["rows"] = static_cast<double>(source->rows);
}
BENCHMARK_CAPTURE(BM_RawSqliteRead, naval, navalSource)->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_RawSqliteRead, synthetic_1m, syntheticSource)->Unit(benchmark::kMillisecond);

} // namespace

BENCHMARK_MAIN();
