#include "export/SurfaceFiles.h"

#include "embed/Delaunay2D.h"
#include "embed/LandscapeEmbedding.h"
#include "export/VtkXmlWriter.h"
#include "metrics/Statistics.h"
#include "space/Landscape.h"
#include "util/Error.h"
#include "util/Format.h"

#include <fstream>

namespace hplx {

namespace {

void writeSurfaceCsv(std::ostream &out, const SurfaceGrid &grid)
{
    out << "i,j,x,y";
    for (const std::string &name : embeddingSurfaceFields())
        out << ',' << name;
    out << '\n';
    const auto side = static_cast<std::size_t>(grid.resolution);
    for (std::size_t node = 0; node < grid.nodeCount(); ++node) {
        if (!grid.inside[node])
            continue;
        out << node % side << ',' << node / side << ',' << formatNumber(grid.nodeX(node)) << ','
            << formatNumber(grid.nodeY(node));
        for (const auto &field : grid.fields)
            out << ',' << formatNumber(field[node]);
        out << '\n';
    }
}

} // namespace

const std::vector<std::string> &embeddingSurfaceFields()
{
    static const std::vector<std::string> names{"loss", "rank"};
    return names;
}

SurfaceGrid embeddingSurface(const Landscape &landscape, const LandscapeEmbedding &embedding, int resolution)
{
    const std::size_t n = embedding.rows.size();
    if (static_cast<std::size_t>(embedding.layout.rows()) != n || embedding.layout.cols() < 1)
        throw Error(ErrorKind::InvalidArgument, "surface: the layout does not match its configuration list");
    std::vector<float> x(n), y(n);
    std::vector<double> losses(n);
    for (std::size_t row = 0; row < n; ++row) {
        const auto r = static_cast<Eigen::Index>(row);
        x[row] = embedding.layout(r, 0);
        y[row] = embedding.layout.cols() > 1 ? embedding.layout(r, 1) : 0.0f;
        losses[row] = landscape.loss(embedding.rows[row]);
    }
    std::vector<double> ranks = averageRanks(losses);
    return interpolateOnGrid(x, y, delaunay(x, y), {std::move(losses), std::move(ranks)}, resolution);
}

bool isSurfaceFile(const std::string &file)
{
    return endsWith(file, ".vti") || endsWith(file, ".csv");
}

void writeEmbeddingSurface(const std::string &file, const Landscape &landscape, const LandscapeEmbedding &embedding,
                           int resolution)
{
    if (!isSurfaceFile(file))
        throw Error(ErrorKind::InvalidArgument, file + ": a surface is written as .vti (VTK ImageData) or .csv");
    const SurfaceGrid grid = embeddingSurface(landscape, embedding, resolution);
    std::ofstream out(file, std::ios::binary);
    if (!out)
        throw Error(ErrorKind::Io, file + ": cannot open for writing");
    if (endsWith(file, ".vti"))
        writeVtkImageData(out, grid, embeddingSurfaceFields());
    else
        writeSurfaceCsv(out, grid);
    out.close();
    if (!out)
        throw Error(ErrorKind::Io, file + ": write failed");
}

} // namespace hplx
