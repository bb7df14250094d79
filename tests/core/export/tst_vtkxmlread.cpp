// Files written by VtkXmlWriter, read back with VTK's own readers (what
// ParaView uses): a layout (points, vertex cells and every point-data array
// with its values) and a surface grid (extent, origin, spacing, NaN outside
// the hull and the valid-point mask).
#include "embed/LandscapeEmbedding.h"
#include "embed/SurfaceGrid.h"
#include "export/VtkXmlWriter.h"
#include "space/Landscape.h"

#include <QTemporaryDir>
#include <QtTest>

#include <vtkCellArray.h>
#include <vtkDataArray.h>
#include <vtkImageData.h>
#include <vtkNew.h>
#include <vtkPointData.h>
#include <vtkPolyData.h>
#include <vtkXMLImageDataReader.h>
#include <vtkXMLPolyDataReader.h>

#include <cmath>
#include <fstream>

using namespace hplx;

class TestVtkXmlRead : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void vtkReadsWhatWeWrite();
    void vtkReadsSurfaceGrid();
};

void TestVtkXmlRead::vtkReadsWhatWeWrite()
{
    // 3 x 2 grid (lr numeric, booster categorical), all 6 evaluated:
    // loss 0.6 - id / 10, so rank = 6 - id; more than 8 values per array
    // exercise the line breaks.
    auto space = std::make_shared<SearchSpace>(
        std::vector<Hyperparameter>{Hyperparameter("lr", HpKind::Ordinal, {"0.01", "0.1", "1"}),
                                    Hyperparameter("booster", HpKind::Categorical, {"gbtree", "dart"})});
    std::vector<double> loss(6);
    for (ConfigId id = 0; id < 6; ++id)
        loss[id] = 0.6 - id / 10.0;
    const Landscape landscape(space, LandscapeInfo{}, loss);
    LandscapeEmbedding embedding;
    embedding.rows = {0, 1, 2, 3, 4, 5};
    embedding.layout.resize(6, 2);
    for (int r = 0; r < 6; ++r) {
        embedding.layout(r, 0) = 0.25f * static_cast<float>(r);
        embedding.layout(r, 1) = -1.5f * static_cast<float>(r);
    }
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("layout.vtp"));
    writeEmbeddingVtp(file.toStdString(), landscape, embedding, VtkHeight::Rank);

    vtkNew<vtkXMLPolyDataReader> reader;
    reader->SetFileName(file.toLocal8Bit().constData());
    reader->Update();
    QCOMPARE(reader->GetErrorCode(), 0ul);
    vtkPolyData *data = reader->GetOutput();
    QCOMPARE(data->GetNumberOfPoints(), vtkIdType(6));
    QCOMPARE(data->GetNumberOfVerts(), vtkIdType(6));
    QCOMPARE(data->GetPointData()->GetNumberOfArrays(), 5);
    QCOMPARE(QString::fromLatin1(data->GetPointData()->GetScalars()->GetName()), QStringLiteral("loss"));
    const double lrValues[] = {0.01, 0.1, 1};
    for (vtkIdType i = 0; i < 6; ++i) {
        double p[3];
        data->GetPoint(i, p);
        QCOMPARE(p[0], 0.25 * double(i));
        QCOMPARE(p[1], -1.5 * double(i));
        QCOMPARE(p[2], 6.0 - double(i)); // rank
        auto value = [&](const char *name) { return data->GetPointData()->GetArray(name)->GetComponent(i, 0); };
        QCOMPARE(value("config_id"), double(i));
        QCOMPARE(value("loss"), 0.6 - double(i) / 10.0);
        QCOMPARE(value("rank"), 6.0 - double(i));
        QCOMPARE(value("lr"), lrValues[i / 2]);
        QCOMPARE(value("booster"), double(i % 2));
    }
    QCOMPARE(data->GetPointData()->GetArray("booster")->GetDataType(), VTK_LONG_LONG);
}

void TestVtkXmlRead::vtkReadsSurfaceGrid()
{
    // The triangle (0,0), (3,0), (0,1.5) on a 4 x 4 grid (spacing 1 x 0.5)
    // with f = x + 2y and g = 7: inside are the nodes with i + j <= 3.
    const std::vector<float> x{0, 3, 0}, y{0, 0, 1.5f};
    const SurfaceGrid grid = interpolateOnGrid(x, y, delaunay(x, y), {{0, 3, 3}, {7, 7, 7}}, 4);
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("surface.vti"));
    {
        std::ofstream out(file.toStdString(), std::ios::binary);
        writeVtkImageData(out, grid, {"f", "g"});
    }
    vtkNew<vtkXMLImageDataReader> reader;
    reader->SetFileName(file.toLocal8Bit().constData());
    reader->Update();
    QCOMPARE(reader->GetErrorCode(), 0ul);
    vtkImageData *image = reader->GetOutput();
    int dims[3];
    image->GetDimensions(dims);
    QCOMPARE(dims[0], 4);
    QCOMPARE(dims[1], 4);
    QCOMPARE(dims[2], 1);
    double origin[3], spacing[3];
    image->GetOrigin(origin);
    image->GetSpacing(spacing);
    QCOMPARE(origin[0], 0.0);
    QCOMPARE(origin[1], 0.0);
    QCOMPARE(spacing[0], 1.0);
    QCOMPARE(spacing[1], 0.5);
    QCOMPARE(QString::fromLatin1(image->GetPointData()->GetScalars()->GetName()), QStringLiteral("f"));
    vtkDataArray *f = image->GetPointData()->GetArray("f");
    vtkDataArray *g = image->GetPointData()->GetArray("g");
    vtkDataArray *mask = image->GetPointData()->GetArray("vtkValidPointMask");
    QVERIFY(f && g && mask);
    QCOMPARE(mask->GetDataType(), VTK_UNSIGNED_CHAR);
    for (int j = 0; j < 4; ++j)
        for (int i = 0; i < 4; ++i) {
            const vtkIdType id = j * 4 + i;
            double p[3];
            image->GetPoint(id, p);
            QCOMPARE(p[0], double(i));
            QCOMPARE(p[1], 0.5 * j);
            const bool inside = i + j <= 3;
            QCOMPARE(mask->GetComponent(id, 0), inside ? 1.0 : 0.0);
            if (inside) {
                QVERIFY(std::abs(f->GetComponent(id, 0) - (p[0] + 2.0 * p[1])) < 1e-12);
                QCOMPARE(g->GetComponent(id, 0), 7.0);
            } else {
                QVERIFY(std::isnan(f->GetComponent(id, 0)));
                QVERIFY(std::isnan(g->GetComponent(id, 0)));
            }
        }
}

QTEST_GUILESS_MAIN(TestVtkXmlRead)
#include "tst_vtkxmlread.moc"
