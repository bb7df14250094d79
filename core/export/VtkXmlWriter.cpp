#include "export/VtkXmlWriter.h"

#include "embed/LandscapeEmbedding.h"
#include "embed/SurfaceGrid.h"
#include "metrics/Statistics.h"
#include "space/Landscape.h"
#include "util/Base64.h"
#include "util/Error.h"
#include "util/Format.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <cstring>
#include <fstream>

namespace hplx {

namespace {

std::string number(double value, bool integer)
{
    if (!std::isfinite(value))
        throw Error(ErrorKind::InvalidArgument, "VTK output: a value is not finite");
    return integer ? std::to_string(static_cast<long long>(value)) : formatNumber(value);
}

// Values on lines of at most 8, as VTK writes them.
void writeValues(std::ostream &out, const std::vector<double> &values, bool integer)
{
    for (std::size_t i = 0; i < values.size(); ++i)
        out << (i % 8 == 0 ? "\n          " : " ") << number(values[i], integer);
    out << "\n        ";
}

// Inline binary DataArray content: base64 of the UInt64 byte count followed
// by the values, one stream (VTK's layout for uncompressed data).
template <typename T>
std::string binaryBlock(const std::vector<T> &values)
{
    const std::uint64_t bytes = values.size() * sizeof(T);
    std::vector<unsigned char> buffer(sizeof bytes + bytes);
    std::memcpy(buffer.data(), &bytes, sizeof bytes);
    if (bytes > 0)
        std::memcpy(buffer.data() + sizeof bytes, values.data(), bytes);
    return base64Encode(buffer.data(), buffer.size());
}

const char *hostByteOrder()
{
    const std::uint16_t probe = 1;
    unsigned char first = 0;
    std::memcpy(&first, &probe, 1);
    return first == 1 ? "LittleEndian" : "BigEndian";
}

} // namespace

void writeVtkPolyData(std::ostream &out, const VtkPolyData &data)
{
    const std::size_t n = data.points.size();
    for (const auto &array : data.pointData)
        if (array.values.size() != n)
            throw Error(ErrorKind::InvalidArgument, "VTK output: array " + array.name + " has "
                                                        + std::to_string(array.values.size()) + " values for "
                                                        + std::to_string(n) + " points");
    out << "<?xml version=\"1.0\"?>\n"
        << "<VTKFile type=\"PolyData\" version=\"1.0\" byte_order=\"LittleEndian\" header_type=\"UInt64\">\n"
        << "  <PolyData>\n"
        << "    <Piece NumberOfPoints=\"" << n << "\" NumberOfVerts=\"" << n
        << "\" NumberOfLines=\"0\" NumberOfStrips=\"0\" NumberOfPolys=\"0\">\n";
    out << "      <PointData";
    // The active scalars colour the points when the file is opened: the loss if there is one.
    if (!data.pointData.empty()) {
        std::string scalars = data.pointData.front().name;
        for (const auto &array : data.pointData)
            if (array.name == "loss")
                scalars = array.name;
        out << " Scalars=\"" << xmlEscape(scalars) << '"';
    }
    out << ">\n";
    for (const auto &array : data.pointData) {
        out << "        <DataArray type=\"" << (array.integer ? "Int64" : "Float64") << "\" Name=\""
            << xmlEscape(array.name) << "\" format=\"ascii\">";
        writeValues(out, array.values, array.integer);
        out << "</DataArray>\n";
    }
    out << "      </PointData>\n      <Points>\n"
        << "        <DataArray type=\"Float64\" Name=\"Points\" NumberOfComponents=\"3\" format=\"ascii\">";
    std::vector<double> coordinates;
    coordinates.reserve(3 * n);
    for (const auto &p : data.points)
        coordinates.insert(coordinates.end(), p.begin(), p.end());
    writeValues(out, coordinates, false);
    out << "</DataArray>\n      </Points>\n      <Verts>\n"
        << "        <DataArray type=\"Int64\" Name=\"connectivity\" format=\"ascii\">";
    std::vector<double> connectivity(n), offsets(n);
    for (std::size_t i = 0; i < n; ++i) {
        connectivity[i] = static_cast<double>(i);
        offsets[i] = static_cast<double>(i + 1);
    }
    writeValues(out, connectivity, true);
    out << "</DataArray>\n        <DataArray type=\"Int64\" Name=\"offsets\" format=\"ascii\">";
    writeValues(out, offsets, true);
    out << "</DataArray>\n      </Verts>\n    </Piece>\n  </PolyData>\n</VTKFile>\n";
}

VtkPolyData embeddingPolyData(const Landscape &landscape, const LandscapeEmbedding &embedding, VtkHeight height)
{
    const SearchSpace &space = landscape.space();
    const std::size_t n = embedding.rows.size();
    if (static_cast<std::size_t>(embedding.layout.rows()) != n || embedding.layout.cols() < 1)
        throw Error(ErrorKind::InvalidArgument, "VTK output: the layout does not match its configuration list");
    VtkPointArray ids{"config_id", true, {}}, losses{"loss", false, {}};
    for (const ConfigId id : embedding.rows) {
        ids.values.push_back(static_cast<double>(id));
        losses.values.push_back(landscape.loss(id));
    }
    VtkPointArray ranks{"rank", false, averageRanks(losses.values)};

    VtkPolyData data;
    data.points.resize(n);
    for (std::size_t row = 0; row < n; ++row) {
        const auto r = static_cast<Eigen::Index>(row);
        data.points[row] = {embedding.layout(r, 0), embedding.layout.cols() > 1 ? embedding.layout(r, 1) : 0.0f,
                            height == VtkHeight::Rank ? ranks.values[row] : losses.values[row]};
    }
    data.pointData = {std::move(ids), std::move(losses), std::move(ranks)};
    std::vector<std::uint32_t> indices(space.dimension());
    const std::size_t fixed = data.pointData.size();
    for (std::size_t h = 0; h < space.dimension(); ++h) {
        const Hyperparameter &hp = space.hp(h);
        VtkPointArray array{hp.name(), !hp.isNumeric(), {}};
        for (std::size_t k = 0; k < fixed; ++k)
            if (data.pointData[k].name == array.name)
                array.name = "hp_" + array.name;
        array.values.reserve(n);
        for (const ConfigId id : embedding.rows) {
            space.decode(id, indices.data());
            array.values.push_back(hp.isNumeric() ? hp.numeric(indices[h]) : indices[h]);
        }
        data.pointData.push_back(std::move(array));
    }
    return data;
}

void writeEmbeddingVtp(const std::string &file, const Landscape &landscape, const LandscapeEmbedding &embedding,
                       VtkHeight height)
{
    std::ofstream out(file);
    if (!out)
        throw Error(ErrorKind::Io, file + ": cannot open for writing");
    writeVtkPolyData(out, embeddingPolyData(landscape, embedding, height));
    out.close();
    if (!out)
        throw Error(ErrorKind::Io, file + ": write failed");
}

void writeVtkImageData(std::ostream &out, const SurfaceGrid &grid, const std::vector<std::string> &fieldNames)
{
    if (fieldNames.size() != grid.fields.size())
        throw Error(ErrorKind::InvalidArgument, "VTK output: " + std::to_string(fieldNames.size()) + " names for "
                                                    + std::to_string(grid.fields.size()) + " surface fields");
    const std::size_t nodes = grid.nodeCount();
    for (const auto &field : grid.fields)
        if (field.size() != nodes)
            throw Error(ErrorKind::InvalidArgument, "VTK output: a surface field does not match the grid");
    const std::string last = std::to_string(std::max(grid.resolution, 1) - 1);
    const std::string extent = "0 " + last + " 0 " + last + " 0 0";
    // Spacing 0 (all points on a line) would make a degenerate image; 1 keeps it readable.
    const double sx = grid.dx > 0.0 ? grid.dx : 1.0;
    const double sy = grid.dy > 0.0 ? grid.dy : 1.0;
    out << "<?xml version=\"1.0\"?>\n"
        << "<VTKFile type=\"ImageData\" version=\"1.0\" byte_order=\"" << hostByteOrder()
        << "\" header_type=\"UInt64\">\n"
        << "  <ImageData WholeExtent=\"" << extent << "\" Origin=\"" << number(grid.x0, false) << ' '
        << number(grid.y0, false) << " 0\" Spacing=\"" << number(sx, false) << ' ' << number(sy, false) << " 1\">\n"
        << "    <Piece Extent=\"" << extent << "\">\n"
        << "      <PointData";
    if (!fieldNames.empty())
        out << " Scalars=\"" << xmlEscape(fieldNames.front()) << '"';
    out << ">\n";
    for (std::size_t f = 0; f < grid.fields.size(); ++f)
        out << "        <DataArray type=\"Float64\" Name=\"" << xmlEscape(fieldNames[f])
            << "\" format=\"binary\">\n          " << binaryBlock(grid.fields[f]) << "\n        </DataArray>\n";
    out << "        <DataArray type=\"UInt8\" Name=\"vtkValidPointMask\" format=\"binary\">\n          "
        << binaryBlock(grid.inside) << "\n        </DataArray>\n"
        << "      </PointData>\n      <CellData>\n      </CellData>\n    </Piece>\n  </ImageData>\n</VTKFile>\n";
}

} // namespace hplx
