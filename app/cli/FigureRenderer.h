// Draws the figures of GUI views without a window, one after another, for
// `hplx-cli export` and `hplx-cli batch --figures` (builds with the GUI only:
// FigureRenderer.cpp links hplx_ui). The header holds no Qt so the commands
// that use it compile in a headless build too.
#pragma once

#include "cli/ExportRequest.h"
#include "export/FigureExport.h"

#include "util/Error.h"

#include <memory>
#include <string>
#include <vector>

namespace hplx::cli {

// The view computed fine but has nothing to show for this landscape (e.g. the
// similarity matrix of a dataset alone): export fails with it, batch notes it.
class NothingToDraw : public Error
{
public:
    explicit NothingToDraw(const std::string &message) : Error(ErrorKind::InvalidData, message) {}
};

// Owns the process's QApplication, so create one, on the main thread, before
// any figure and keep it while drawing. Not thread-safe: every call on the
// thread that created it.
class FigureRenderer
{
public:
    // threeD: some figure will be a 3-D view (picks the X platform and an
    // OpenGL surface format when there is a display). messagePrefix starts the
    // Qt warnings passed on to stderr ("hplx-cli export").
    FigureRenderer(bool threeD, const std::string &messagePrefix);
    ~FigureRenderer();
    FigureRenderer(const FigureRenderer &) = delete;
    FigureRenderer &operator=(const FigureRenderer &) = delete;

    // Throws Error(InvalidArgument) for an unknown colour map (no Qt needed).
    static void checkColourMap(const std::string &name);
    // DISPLAY or WAYLAND_DISPLAY is set (the 3-D views need one).
    static bool hasDisplay();
    // What a 3-D view says without one (it names xvfb-run -a).
    static std::string noDisplayMessage(const std::string &view);
    // The request's size, DPI and font scale as the GUI's figure options.
    static FigureOptions figureOptions(const ExportRequest &request);

    // Draws request.view of request.landscape (with request.with) once and
    // writes it to every file of files, the format by suffix (.png, .svg,
    // .pdf). Reuses the previous call's computed landscape when database,
    // landscapes, colour map and cache are the same. Throws NothingToDraw, or
    // Error (e.g. a 3-D view without an X display).
    void render(const ExportRequest &request, const std::vector<std::string> &files);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace hplx::cli
