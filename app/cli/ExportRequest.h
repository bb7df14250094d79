// hplx-cli export: what was asked for, parsed and checked without Qt so a
// headless build can still report its errors; the figure itself is rendered
// by renderExport (FigureExportCommand.cpp, only in builds with the GUI).
// `batch --figures` reads the same figure options and draws through the same
// FigureRenderer.
#pragma once

#include <cstdint>
#include <ostream>
#include <set>
#include <string>
#include <vector>

namespace hplx::cli {

class Arguments;

struct ExportRequest
{
    std::string database;
    std::int64_t landscape = 0;
    std::int64_t with = 0;     // 0: none
    std::string view;          // surface, lon, overfitting, ranks, ... ("scatter" is stored as "overfitting")
    std::string requestedView; // as given on the command line (reported back)
    std::string out;
    std::string format;  // png, svg or pdf
    bool pixels = false; // size in pixels (else millimetres)
    double width = 160.0, height = 100.0;
    double dpi = 300.0;
    double fontScale = 1.0;
    std::string colourMap; // empty: the default
    bool useCache = true;
    std::string cachePath; // empty with useCache: the default cache
    bool json = false;
    bool quiet = false;
};

// The views drawn by VTK (OpenGL: they need an X display).
bool isThreeDimensionalView(const std::string &view);

// Every view name export accepts, in the order of its usage line.
const std::vector<std::string> &exportViewNames();

// The view a name stands for ("scatter" is "overfitting"); throws
// Error(InvalidArgument) naming the known views for anything else.
std::string canonicalView(const std::string &name);

// The options that shape a figure (size, DPI, font scale, colour map, cache),
// as export and batch --figures take them: valued and flag option names.
const std::set<std::string> &figureValueOptions();
const std::set<std::string> &figureFlagOptions();

// Reads those options into request; throws Error(InvalidArgument) for a bad
// size, DPI or font scale, mixed units, or --cache with --no-cache.
void readFigureOptions(const Arguments &arguments, ExportRequest &request);

// Renders and writes the figure; prints what was written to out. Throws
// hplx::Error on failure.
int renderExport(const ExportRequest &request, std::ostream &out);

} // namespace hplx::cli
