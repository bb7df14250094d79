// hplx-cli export, the drawing part (builds with the GUI only): one figure
// through FigureRenderer, then what was written is reported.
#include "cli/ExportRequest.h"
#include "cli/FigureRenderer.h"

#include "export/FigureExport.h"
#include "util/Error.h"
#include "util/Format.h"

#include <nlohmann/json.hpp>

#include <cmath>

namespace hplx::cli {

int renderExport(const ExportRequest &request, std::ostream &out)
{
    FigureRenderer::checkColourMap(request.colourMap);
    if (isThreeDimensionalView(request.view) && !FigureRenderer::hasDisplay())
        throw Error(ErrorKind::Io, FigureRenderer::noDisplayMessage(request.view));
    {
        FigureRenderer renderer(isThreeDimensionalView(request.view), "hplx-cli export");
        renderer.render(request, {request.out});
    }

    const FigureOptions options = FigureRenderer::figureOptions(request);
    const QSize px = figurePixelSize(options);
    const QSizeF mm = figureMillimetres(options);
    if (request.json) {
        nlohmann::json doc = {
            {"file", request.out},      {"view", request.requestedView}, {"landscape", request.landscape},
            {"with", nullptr},          {"format", request.format},      {"width_px", px.width()},
            {"height_px", px.height()}, {"width_mm", mm.width()},        {"height_mm", mm.height()},
            {"dpi", request.dpi}};
        if (request.with)
            doc["with"] = request.with;
        out << doc.dump(2) << '\n';
    } else if (!request.quiet) {
        out << "written " << request.out << " (";
        if (request.format == "png")
            out << px.width() << " x " << px.height() << " px at " << formatNumber(request.dpi) << " DPI)\n";
        else
            out << formatNumber(std::round(mm.width() * 10) / 10) << " x "
                << formatNumber(std::round(mm.height() * 10) / 10) << " mm)\n";
    }
    return 0;
}

} // namespace hplx::cli
