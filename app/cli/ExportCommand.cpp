// hplx-cli export: the figure of one GUI view written as PNG, SVG or PDF,
// without a window. This file checks the command line and the database (no
// Qt); renderExport draws the figure with the GUI's own panels.
#include "cli/Arguments.h"
#include "cli/Commands.h"
#include "cli/ExportRequest.h"

#include "store/LandscapeDatabase.h"
#include "util/Error.h"
#include "util/Format.h"

#include <algorithm>
#include <cctype>
#include <cstdlib>
#include <filesystem>
#include <unistd.h>

namespace hplx::cli {

namespace {

const char *kExportUsage =
    "usage: hplx-cli export DB --landscape ID --view "
    "surface|lon|scatter|metrics|compare|overfitting|ranks|importance|fidelities|similarity "
    "[--with ID] --out FILE.(png|svg|pdf) [--dpi 300] [--width-mm W --height-mm H | --width-px W --height-px H] "
    "[--font-scale F] [--colour-map NAME] [--cache FILE | --no-cache] [--json] [--quiet]";

std::string lower(std::string text)
{
    std::transform(text.begin(), text.end(), text.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return text;
}

double boundedNumber(const Arguments &arguments, const std::string &name, double fallback, double min, double max)
{
    const double value = arguments.number(name, fallback);
    if (!(value >= min && value <= max))
        throw Error(ErrorKind::InvalidArgument, "--" + name + " expects a number from " + formatNumber(min) + " to "
                                                    + formatNumber(max) + ", got '" + arguments.value(name) + "'");
    return value;
}

// The figure size: millimetres or pixels, both sides given, never mixed.
void readSize(const Arguments &arguments, ExportRequest &request)
{
    const bool mm = arguments.has("width-mm") || arguments.has("height-mm");
    const bool px = arguments.has("width-px") || arguments.has("height-px");
    if (mm && px)
        throw Error(ErrorKind::InvalidArgument,
                    "give the size either in millimetres (--width-mm, --height-mm) or in pixels "
                    "(--width-px, --height-px), not both");
    const std::string unit = px ? "px" : "mm";
    if ((mm || px) && !(arguments.has("width-" + unit) && arguments.has("height-" + unit)))
        throw Error(ErrorKind::InvalidArgument, "--width-" + unit + " and --height-" + unit + " go together");
    request.pixels = px;
    if (px) {
        request.width = boundedNumber(arguments, "width-px", 0, 16, 20000);
        request.height = boundedNumber(arguments, "height-px", 0, 16, 20000);
    } else if (mm) {
        request.width = boundedNumber(arguments, "width-mm", 0, 10, 2000);
        request.height = boundedNumber(arguments, "height-mm", 0, 10, 2000);
    }
}

// Fails early (before any computing) when the file cannot be written there.
void checkWritable(const std::string &file)
{
    namespace fs = std::filesystem;
    const fs::path path(file);
    std::error_code error;
    if (fs::is_directory(path, error))
        throw Error(ErrorKind::Io, file + ": is a directory");
    const fs::path folder = path.has_parent_path() ? path.parent_path() : fs::path(".");
    if (!fs::is_directory(folder, error))
        throw Error(ErrorKind::Io, file + ": the folder " + folder.string() + " does not exist");
    if (access(folder.c_str(), W_OK) != 0 || (fs::exists(path, error) && access(path.c_str(), W_OK) != 0))
        throw Error(ErrorKind::Io, file + ": not writable");
}

} // namespace

bool isThreeDimensionalView(const std::string &view)
{
    return view == "surface" || view == "lon" || view == "compare";
}

const std::vector<std::string> &exportViewNames()
{
    static const std::vector<std::string> names = {"surface",     "lon",   "scatter",    "metrics",    "compare",
                                                   "overfitting", "ranks", "importance", "fidelities", "similarity"};
    return names;
}

std::string canonicalView(const std::string &name)
{
    const auto &names = exportViewNames();
    if (std::find(names.begin(), names.end(), name) == names.end())
        throw Error(ErrorKind::InvalidArgument, "unknown view '" + name + "' (" + joinList(names) + ")");
    return name == "scatter" ? "overfitting" : name;
}

const std::set<std::string> &figureValueOptions()
{
    static const std::set<std::string> names = {"dpi",       "width-mm",   "height-mm",  "width-px",
                                                "height-px", "font-scale", "colour-map", "cache"};
    return names;
}

const std::set<std::string> &figureFlagOptions()
{
    static const std::set<std::string> names = {"no-cache"};
    return names;
}

void readFigureOptions(const Arguments &arguments, ExportRequest &request)
{
    readSize(arguments, request);
    request.dpi = boundedNumber(arguments, "dpi", 300.0, 30, 2400);
    request.fontScale = boundedNumber(arguments, "font-scale", 1.0, 0.25, 4);
    request.colourMap = arguments.value("colour-map");
    if (arguments.has("no-cache") && arguments.has("cache"))
        throw Error(ErrorKind::InvalidArgument, "--cache and --no-cache exclude each other");
    request.useCache = !arguments.has("no-cache");
    request.cachePath = arguments.value("cache");
}

int runExport(const std::vector<std::string> &args, std::ostream &out)
{
    std::set<std::string> valued = {"landscape", "view", "with", "out"}, flags = {"json", "quiet"};
    valued.insert(figureValueOptions().begin(), figureValueOptions().end());
    flags.insert(figureFlagOptions().begin(), figureFlagOptions().end());
    const Arguments arguments(args, valued, flags);
    if (arguments.positionals().size() != 1)
        throw Error(ErrorKind::InvalidArgument, kExportUsage);
    ExportRequest request;
    request.database = arguments.positionals().front();
    request.landscape = arguments.landscapeId("landscape");
    request.requestedView = arguments.required("view");
    request.view = canonicalView(request.requestedView);
    if (arguments.has("with")) {
        request.with = arguments.landscapeId("with");
        if (request.view != "compare" && request.view != "ranks" && request.view != "metrics")
            throw Error(ErrorKind::InvalidArgument, "--with is used by the compare, ranks and metrics views only");
    } else if (request.view == "compare") {
        throw Error(ErrorKind::InvalidArgument, "the compare view needs a second landscape: --with ID");
    }

    request.out = arguments.required("out");
    const auto dot = request.out.find_last_of('.');
    request.format = dot == std::string::npos ? std::string() : lower(request.out.substr(dot + 1));
    if (request.format != "png" && request.format != "svg" && request.format != "pdf")
        throw Error(ErrorKind::InvalidArgument,
                    request.out + ": unknown figure format (the file name must end in .png, .svg or .pdf)");
    readFigureOptions(arguments, request);
    request.json = arguments.has("json");
    request.quiet = arguments.has("quiet");

    // The database and the landscapes exist, and a comparison is on one space.
    {
        const LandscapeDatabase db(request.database);
        const LandscapeInfo &primary = db.landscapeInfo(request.landscape);
        if (request.with) {
            const LandscapeInfo &other = db.landscapeInfo(request.with);
            if ((request.view == "compare" || request.view == "ranks") && other.spaceId != primary.spaceId)
                throw Error(ErrorKind::InvalidArgument,
                            "landscapes " + std::to_string(request.landscape) + " and " + std::to_string(request.with)
                                + " are on different search spaces (" + std::to_string(primary.spaceId) + " and "
                                + std::to_string(other.spaceId) + "): the " + request.view + " view needs one space");
        }
    }
    checkWritable(request.out);
    return renderExport(request, out);
}

#ifndef HPLX_CLI_FIGURES
int renderExport(const ExportRequest &request, std::ostream &)
{
    throw Error(ErrorKind::Io, "this build of hplx-cli has no figures (built without the GUI, "
                               "HPLX_BUILD_UI=OFF): cannot write "
                                   + request.out);
}
#endif

} // namespace hplx::cli
