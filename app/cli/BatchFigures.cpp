#include "cli/BatchFigures.h"

#include "cli/Arguments.h"

#include "util/Error.h"

#include <algorithm>

namespace hplx::cli {

namespace {

void addOnce(std::vector<std::string> &list, const std::string &item)
{
    if (std::find(list.begin(), list.end(), item) == list.end())
        list.push_back(item);
}

} // namespace

const std::vector<std::string> &batchTwoDimensionalViews()
{
    static const std::vector<std::string> views = {"metrics",    "overfitting", "ranks",
                                                   "importance", "fidelities",  "similarity"};
    return views;
}

nlohmann::json BatchFigureOptions::toJson() const
{
    nlohmann::json doc = appearance();
    doc["views"] = views;
    doc["formats"] = formats;
    return doc;
}

nlohmann::json BatchFigureOptions::appearance() const
{
    return {{"unit", figure.pixels ? "px" : "mm"},
            {"width", figure.width},
            {"height", figure.height},
            {"dpi", figure.dpi},
            {"font_scale", figure.fontScale},
            {"colour_map", figure.colourMap}};
}

std::set<std::string> batchFigureValueOptions()
{
    std::set<std::string> names = figureValueOptions();
    names.insert({"figures", "figure-format"});
    return names;
}

std::set<std::string> batchFigureFlagOptions()
{
    return figureFlagOptions();
}

BatchFigureOptions parseBatchFigureOptions(const Arguments &arguments)
{
    BatchFigureOptions options;
    if (!arguments.has("figures")) {
        for (const auto &name : batchFigureValueOptions())
            if (arguments.has(name))
                throw Error(ErrorKind::InvalidArgument, "--" + name + " shapes figures: add --figures VIEW,...");
        for (const auto &name : batchFigureFlagOptions())
            if (arguments.has(name))
                throw Error(ErrorKind::InvalidArgument, "--" + name + " shapes figures: add --figures VIEW,...");
        return options;
    }
    for (const auto &name : arguments.list("figures")) {
        if (name == "all2d" || name == "all") {
            for (const auto &view : batchTwoDimensionalViews())
                addOnce(options.views, view);
            if (name == "all") {
                addOnce(options.views, "surface");
                addOnce(options.views, "lon");
            }
            continue;
        }
        const std::string view = canonicalView(name);
        if (view == "compare")
            throw Error(ErrorKind::InvalidArgument,
                        "batch does not draw the compare view: it needs a second landscape (hplx-cli export --view "
                        "compare --with ID draws it for one pair)");
        addOnce(options.views, view);
    }
    if (options.views.empty())
        throw Error(ErrorKind::InvalidArgument, "--figures expects views (e.g. metrics,overfitting, all2d or all)");

    for (const auto &format :
         arguments.has("figure-format") ? arguments.list("figure-format") : std::vector<std::string>{"png"}) {
        if (format != "png" && format != "svg" && format != "pdf")
            throw Error(ErrorKind::InvalidArgument,
                        "--figure-format expects png, svg or pdf (or a list: png,pdf), got '" + format + "'");
        addOnce(options.formats, format);
    }
    if (options.formats.empty())
        throw Error(ErrorKind::InvalidArgument, "--figure-format expects png, svg or pdf");
    readFigureOptions(arguments, options.figure);
    options.figure.quiet = true;
    return options;
}

} // namespace hplx::cli
