#include "build/GridRunner.h"

#include "build/BuildJournal.h"
#include "build/Split.h"
#include "jobs/Feedback.h"
#include "util/Error.h"
#include "util/Random.h"

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cmath>
#include <condition_variable>
#include <memory>
#include <mutex>
#include <thread>

namespace hplx::build {

namespace {

using Clock = std::chrono::steady_clock;

// Seeds of the protocol's random steps, one stream per purpose.
enum Stream : std::uint64_t { HoldOutStream = 1, SubsampleStream = 2, FoldStream = 3, ModelStream = 4 };

// Where a unit index points: unit = ((((d * F + f) * N + c) * R + r) * (K + 1) + k),
// fold k == K being the refit on the whole training part, scored on the test rows.
struct Unit
{
    std::size_t dataset, fidelity, repeat, fold;
    ConfigId config;
};

struct Layout
{
    std::size_t F, R, K;
    ConfigId N;

    Unit decode(std::uint64_t unit) const
    {
        Unit u{};
        u.fold = static_cast<std::size_t>(unit % (K + 1));
        unit /= K + 1;
        u.repeat = static_cast<std::size_t>(unit % R);
        unit /= R;
        u.config = static_cast<ConfigId>(unit % N);
        unit /= N;
        u.fidelity = static_cast<std::size_t>(unit % F);
        u.dataset = static_cast<std::size_t>(unit / F);
        return u;
    }
};

struct Evaluator
{
    const BuildSpec &spec;
    Layout layout;
    std::vector<ProtocolRows> rowSets; // index (d * F + f) * R + r

    const ProtocolRows &rowsOf(const Unit &u) const
    {
        return rowSets[(u.dataset * layout.F + u.fidelity) * layout.R + u.repeat];
    }

    Evaluation run(std::uint64_t index, double &learnerSeconds) const
    {
        const Unit u = layout.decode(index);
        const Dataset &data = spec.datasets[u.dataset];
        const ProtocolRows &rows = rowsOf(u);
        const bool refit = u.fold == layout.K;
        const auto &fitRows = refit ? rows.train : rows.folds[u.fold].fit;
        const auto &evalRows = refit ? rows.test : rows.folds[u.fold].validate;
        std::uint64_t seed = mixSeed(spec.protocol.seed, ModelStream);
        for (std::uint64_t part : {std::uint64_t(u.dataset), std::uint64_t(u.fidelity), std::uint64_t(u.config),
                                   std::uint64_t(u.repeat), std::uint64_t(u.fold)})
            seed = mixSeed(seed, part);
        Evaluation e;
        e.unit = index;
        const auto start = Clock::now();
        try {
            const auto model =
                spec.learner->fit(data, fitRows, spec.configuration(u.config, spec.fidelity.values[u.fidelity]), seed);
            e.fitLoss = lossOf(data, fitRows, model->predict(data, fitRows));
            e.evalLoss = lossOf(data, evalRows, model->predict(data, evalRows));
        } catch (const std::exception &error) {
            e.fitLoss = e.evalLoss = std::nan("");
            e.failure = error.what();
        }
        learnerSeconds += std::chrono::duration<double>(Clock::now() - start).count();
        return e;
    }
};

std::vector<ProtocolRows> makeRowSets(const BuildSpec &spec, const Layout &layout)
{
    std::vector<ProtocolRows> sets;
    for (std::size_t d = 0; d < spec.datasets.size(); ++d) {
        for (std::size_t f = 0; f < layout.F; ++f) {
            for (std::size_t r = 0; r < layout.R; ++r)
                sets.push_back(protocolRows(spec, d, f, r));
        }
    }
    return sets;
}

double mean(double sum, std::size_t count)
{
    return count ? sum / static_cast<double>(count) : std::nan("");
}

} // namespace

ProtocolRows protocolRows(const BuildSpec &spec, std::size_t dataset, std::size_t fidelity, std::size_t repeat)
{
    const Dataset &data = spec.datasets.at(dataset);
    const std::uint64_t dataSeed = mixSeed(spec.protocol.seed, dataset);
    const HoldOut split = stratifiedHoldOut(data, spec.protocol.testFraction, mixSeed(dataSeed, HoldOutStream));
    const double fraction = spec.fidelity.isDataFraction() ? spec.fidelity.values.at(fidelity) : 1.0;
    ProtocolRows rows;
    rows.train = stratifiedSubsample(data, split.train, fraction, mixSeed(dataSeed, SubsampleStream));
    rows.test = split.test;
    rows.folds = stratifiedKFold(data, rows.train, spec.protocol.folds,
                                 mixSeed(mixSeed(mixSeed(dataSeed, FoldStream), fidelity), repeat));
    return rows;
}

std::uint64_t unitCount(const BuildSpec &spec)
{
    return static_cast<std::uint64_t>(spec.datasets.size()) * spec.fidelity.values.size() * spec.space->size()
           * static_cast<std::uint64_t>(spec.protocol.repeats) * static_cast<std::uint64_t>(spec.protocol.folds + 1);
}

double lossOf(const Dataset &data, const std::vector<std::size_t> &rows, const std::vector<double> &predictions)
{
    if (rows.empty() || predictions.size() != rows.size())
        throw Error(ErrorKind::InvalidArgument, "a model returned " + std::to_string(predictions.size())
                                                    + " predictions for " + std::to_string(rows.size()) + " rows");
    double sum = 0.0;
    for (std::size_t i = 0; i < rows.size(); ++i) {
        if (data.task == Task::Classification) {
            sum += std::lround(predictions[i]) == std::lround(data.y[rows[i]]) ? 0.0 : 1.0;
        } else {
            const double diff = predictions[i] - data.y[rows[i]];
            sum += diff * diff;
        }
    }
    const double average = sum / static_cast<double>(rows.size());
    return data.task == Task::Classification ? average : std::sqrt(average);
}

BuildResult runBuild(const BuildSpec &spec, const BuildOptions &options, Feedback *feedback,
                     const std::function<void(const BuildProgress &)> &progress)
{
    const auto started = Clock::now();
    const Layout layout{spec.fidelity.values.size(), static_cast<std::size_t>(spec.protocol.repeats),
                        static_cast<std::size_t>(spec.protocol.folds), spec.space->size()};
    const Evaluator evaluator{spec, layout, makeRowSets(spec, layout)};
    const std::uint64_t total = unitCount(spec);

    // Results by unit; units already in the journal are not run again.
    std::vector<Evaluation> results(total);
    std::vector<char> done(total, 0);
    std::unique_ptr<BuildJournal> journal;
    std::uint64_t resumed = 0;
    if (!options.journalPath.empty()) {
        journal = std::make_unique<BuildJournal>(options.journalPath, spec.text);
        for (auto &e : journal->load()) {
            if (e.unit >= total)
                throw Error(ErrorKind::InvalidData, options.journalPath + ": evaluation " + std::to_string(e.unit)
                                                        + " is outside this build; delete the journal");
            done[e.unit] = 1;
            results[e.unit] = std::move(e);
            ++resumed;
        }
    }
    std::vector<std::uint64_t> todo;
    for (std::uint64_t u = 0; u < total; ++u) {
        if (!done[u])
            todo.push_back(u);
    }

    const int threads =
        std::max(1, options.threads > 0 ? options.threads : static_cast<int>(std::thread::hardware_concurrency()));
    const std::size_t limit =
        options.maxEvaluations ? std::min<std::size_t>(todo.size(), options.maxEvaluations) : todo.size();
    std::atomic<std::size_t> next{0};
    std::atomic<bool> stop{false};
    std::mutex mutex;
    std::condition_variable wake;
    std::vector<Evaluation> finished; // guarded by mutex: handed to the journal by this thread
    std::size_t running = static_cast<std::size_t>(threads);
    std::vector<double> learnerSeconds(static_cast<std::size_t>(threads), 0.0);

    auto worker = [&](std::size_t id) {
        while (!stop.load(std::memory_order_relaxed)) {
            if (feedback && feedback->isCancelled())
                break;
            const std::size_t k = next.fetch_add(1);
            if (k >= limit)
                break;
            Evaluation e = evaluator.run(todo[k], learnerSeconds[id]);
            std::lock_guard<std::mutex> lock(mutex);
            finished.push_back(std::move(e));
        }
        std::lock_guard<std::mutex> lock(mutex);
        --running;
        wake.notify_one();
    };
    std::vector<std::thread> pool;
    for (int t = 0; t < threads; ++t)
        pool.emplace_back(worker, static_cast<std::size_t>(t));

    std::uint64_t completedNow = 0;
    std::exception_ptr journalError;
    bool allStopped = false;
    while (!allStopped) {
        std::vector<Evaluation> batch;
        {
            std::unique_lock<std::mutex> lock(mutex);
            wake.wait_for(lock, std::chrono::milliseconds(200), [&] { return running == 0; });
            allStopped = running == 0;
            batch.swap(finished);
        }
        if (feedback && feedback->isCancelled())
            stop = true;
        try {
            if (journal && !journalError)
                journal->append(batch);
        } catch (...) {
            journalError = std::current_exception(); // e.g. disk full: stop, report after joining
            stop = true;
        }
        for (auto &e : batch) {
            done[e.unit] = 1;
            results[e.unit] = std::move(e);
        }
        completedNow += batch.size();
        if (progress) {
            const double elapsed = std::chrono::duration<double>(Clock::now() - started).count();
            BuildProgress p;
            p.total = total;
            p.resumed = resumed;
            p.done = resumed + completedNow;
            p.ratePerSecond = elapsed > 0 ? static_cast<double>(completedNow) / elapsed : 0.0;
            p.etaSeconds = p.ratePerSecond > 0 ? static_cast<double>(total - p.done) / p.ratePerSecond : 0.0;
            progress(p);
        }
        if (feedback && total)
            feedback->setProgress(static_cast<double>(resumed + completedNow) / static_cast<double>(total), "training");
    }
    for (auto &thread : pool)
        thread.join();
    if (journalError)
        std::rethrow_exception(journalError);
    if (std::find(done.begin(), done.end(), 0) != done.end()) {
        const bool limited = limit < todo.size() && !(feedback && feedback->isCancelled());
        throw Error(ErrorKind::Cancelled,
                    std::string(limited ? "build paused" : "build interrupted") + " after "
                        + std::to_string(resumed + completedNow) + " of " + std::to_string(total) + " evaluations"
                        + (journal ? "; they are kept in " + journal->path() + ", run the same build again to resume"
                                   : std::string()));
    }

    // Combine in unit order, the same for any thread count.
    BuildResult result;
    result.evaluations = total;
    result.resumed = resumed;
    result.threads = threads;
    for (double s : learnerSeconds)
        result.learnerSeconds += s;
    for (const auto &e : results) {
        if (!e.failure.empty()) {
            ++result.failures;
            if (result.firstFailure.empty())
                result.firstFailure = e.failure;
        }
    }
    const std::size_t K = layout.K;
    for (std::size_t d = 0; d < spec.datasets.size(); ++d) {
        for (std::size_t f = 0; f < layout.F; ++f) {
            BuiltLandscape train{d, spec.fidelity.values[f], "train", std::vector<double>(layout.N)};
            BuiltLandscape valid{d, spec.fidelity.values[f], "valid", std::vector<double>(layout.N)};
            BuiltLandscape test{d, spec.fidelity.values[f], "test", std::vector<double>(layout.N)};
            for (ConfigId c = 0; c < layout.N; ++c) {
                double fitSum = 0, validSum = 0, testSum = 0;
                std::size_t cv = 0, refits = 0;
                bool failed = false;
                for (std::size_t r = 0; r < layout.R; ++r) {
                    const std::uint64_t base = ((((d * layout.F + f) * layout.N + c) * layout.R + r) * (K + 1));
                    for (std::size_t k = 0; k <= K; ++k) {
                        const Evaluation &e = results[base + k];
                        failed = failed || !e.failure.empty();
                        if (k < K) {
                            fitSum += e.fitLoss;
                            validSum += e.evalLoss;
                            ++cv;
                        } else {
                            testSum += e.evalLoss;
                            ++refits;
                        }
                    }
                }
                // A configuration with a failed fit has no loss rather than a biased one.
                train.loss[c] = failed ? std::nan("") : mean(fitSum, cv);
                valid.loss[c] = failed ? std::nan("") : mean(validSum, cv);
                test.loss[c] = failed ? std::nan("") : mean(testSum, refits);
            }
            result.landscapes.push_back(std::move(train));
            result.landscapes.push_back(std::move(valid));
            result.landscapes.push_back(std::move(test));
        }
    }
    result.seconds = std::chrono::duration<double>(Clock::now() - started).count();
    return result;
}

} // namespace hplx::build
