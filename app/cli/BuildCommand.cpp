#include "cli/Arguments.h"
#include "cli/Commands.h"

#include "build/BuildJournal.h"
#include "build/BuildOutput.h"
#include "build/BuildSpec.h"
#include "build/GridRunner.h"
#include "jobs/Feedback.h"
#include "util/Error.h"
#include "util/Format.h"

#include <cmath>
#include <csignal>
#include <cstdio>
#include <string>

#include <unistd.h>

namespace hplx::cli {

namespace {

Feedback *g_interruptible = nullptr;

// Ctrl-C stops the workers; what finished stays in the journal.
extern "C" void onInterrupt(int)
{
    if (g_interruptible)
        g_interruptible->cancel();
}

std::string duration(double seconds)
{
    const long s = static_cast<long>(seconds + 0.5);
    char text[32];
    if (s >= 3600)
        std::snprintf(text, sizeof text, "%ldh%02ldm", s / 3600, (s % 3600) / 60);
    else if (s >= 60)
        std::snprintf(text, sizeof text, "%ldm%02lds", s / 60, s % 60);
    else
        std::snprintf(text, sizeof text, "%lds", s);
    return text;
}

} // namespace

int runBuild(const std::vector<std::string> &args, std::ostream &out)
{
    const Arguments arguments(args, {"db", "threads", "max-evaluations"}, {"quiet"});
    if (arguments.positionals().size() != 1)
        throw Error(ErrorKind::InvalidArgument,
                    "usage: hplx-cli build SPEC.json --db DB [--threads N] [--max-evaluations N]");
    const std::string dbPath = arguments.required("db");
    const auto threads = arguments.integer("threads");
    if (threads && (*threads < 1 || *threads > 256))
        throw Error(ErrorKind::InvalidArgument, "--threads expects 1 to 256");

    // Everything that can be wrong with the spec, its datasets or the target
    // database is found here, before any training.
    const build::BuildSpec spec = build::loadBuildSpec(arguments.positionals().front());
    build::checkBuildTarget(spec, dbPath);

    build::BuildOptions options;
    options.threads = threads ? static_cast<int>(*threads) : 0;
    options.journalPath = build::BuildJournal::pathFor(dbPath);
    const auto limit = arguments.integer("max-evaluations");
    if (limit && *limit < 1)
        throw Error(ErrorKind::InvalidArgument, "--max-evaluations expects a positive number");
    options.maxEvaluations = limit ? static_cast<std::uint64_t>(*limit) : 0;
    const bool terminal = isatty(fileno(stderr)) != 0;
    const bool quiet = arguments.has("quiet");
    out << "Building " << spec.model << " on " << spec.datasets.size() << " dataset(s), " << spec.space->size()
        << " configurations x " << spec.fidelity.values.size() << " " << spec.fidelity.name << " value(s), "
        << spec.protocol.folds << "-fold CV + test refit: " << build::unitCount(spec) << " evaluations\n"
        << std::flush;

    Feedback feedback;
    g_interruptible = &feedback;
    std::signal(SIGINT, onInterrupt);
    std::signal(SIGTERM, onInterrupt);
    double lastLine = -1.0;
    auto report = [&](const build::BuildProgress &p) {
        if (quiet)
            return;
        const double fraction = p.total ? static_cast<double>(p.done) / static_cast<double>(p.total) : 1.0;
        // On a terminal redraw one line; in a log, a line per 10 %.
        if (!terminal && fraction < 1.0 && fraction - lastLine < 0.1)
            return;
        lastLine = fraction;
        std::fprintf(stderr, "%s%llu/%llu evaluations (%.0f%%), %.1f/s, ETA %s%s", terminal ? "\r" : "",
                     static_cast<unsigned long long>(p.done), static_cast<unsigned long long>(p.total),
                     100.0 * fraction, p.ratePerSecond, duration(p.etaSeconds).c_str(),
                     p.resumed ? (" (" + std::to_string(p.resumed) + " resumed)").c_str() : "");
        std::fprintf(stderr, terminal ? "\033[K" : "\n");
    };
    build::BuildResult result;
    try {
        result = build::runBuild(spec, options, &feedback, report);
    } catch (...) {
        g_interruptible = nullptr;
        if (terminal && !quiet)
            std::fprintf(stderr, "\n");
        throw;
    }
    g_interruptible = nullptr;
    std::signal(SIGINT, SIG_DFL);
    std::signal(SIGTERM, SIG_DFL);
    if (terminal && !quiet)
        std::fprintf(stderr, "\n");

    const auto ids = build::storeBuild(spec, result, dbPath);
    build::BuildJournal(options.journalPath, spec.text).remove();
    const double busy = result.seconds * result.threads;
    out << "Stored " << ids.size() << " landscapes in " << dbPath << " (ids " << ids.front() << "-" << ids.back()
        << "): " << result.evaluations << " evaluations";
    if (result.resumed)
        out << " (" << result.resumed << " from the journal)";
    out << " in " << duration(result.seconds) << " on " << result.threads << " thread(s)";
    if (busy > 0 && result.resumed < result.evaluations)
        out << ", " << formatNumber(std::round(1000.0 * result.learnerSeconds / busy) / 10.0)
            << " % of the threads' time inside the learners";
    out << '\n';
    if (result.failures)
        out << "Warning: " << result.failures << " evaluations failed and their configurations are left empty; "
            << "the first error: " << result.firstFailure << '\n';
    return 0;
}

} // namespace hplx::cli
