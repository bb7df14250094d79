// What `hplx-cli batch --figures` draws: the views, the file formats and the
// figure options shared with `hplx-cli export` (size, DPI, font scale, colour
// map, cache), parsed and checked without Qt.
#pragma once

#include "cli/ExportRequest.h"

#include <nlohmann/json.hpp>

#include <string>
#include <vector>

namespace hplx::cli {

class Arguments;

struct BatchFigureOptions
{
    std::vector<std::string> views;   // canonical export view names, in the order given; empty: no figures
    std::vector<std::string> formats; // png, svg, pdf (default png)
    ExportRequest figure;             // size, dpi, fontScale, colourMap, useCache, cachePath

    bool enabled() const { return !views.empty(); }
    // Recorded in the manifest as options.figures.
    nlohmann::json toJson() const;
    // The part of toJson() that changes how a figure looks: a figure drawn
    // with other values is drawn again. Views and formats are not in it (each
    // figure is its own manifest entry).
    nlohmann::json appearance() const;
};

// The shorthands of --figures: all2d (the views without OpenGL that need one
// landscape) and all (those plus surface and lon).
const std::vector<std::string> &batchTwoDimensionalViews();

// Reads --figures, --figure-format and the figure options. Throws
// Error(InvalidArgument) for an unknown view or format, for compare (it needs
// a second landscape), or for figure options without --figures.
BatchFigureOptions parseBatchFigureOptions(const Arguments &arguments);

// The option names batch takes for figures, valued and flags.
std::set<std::string> batchFigureValueOptions();
std::set<std::string> batchFigureFlagOptions();

} // namespace hplx::cli
