// VtkXmlWriter: the exact text of a hand-made 3-point layout, array naming
// and the checks on bad input.
#include "embed/LandscapeEmbedding.h"
#include "export/VtkXmlWriter.h"
#include "space/Landscape.h"

#include <QtTest>

#include <cmath>
#include <sstream>

using namespace hplx;

namespace {

// lr (numeric) x booster (categorical); ids 0, 3, 5 evaluated with losses
// 0.3, 0.1, 0.2 (ranks 3, 1, 2). Last HP varies fastest: id 3 = (0.1, dart),
// id 5 = (1, dart).
Landscape threePoints(const std::string &secondName = "booster")
{
    auto space = std::make_shared<SearchSpace>(
        std::vector<Hyperparameter>{Hyperparameter("lr", HpKind::Ordinal, {"0.01", "0.1", "1"}),
                                    Hyperparameter(secondName, HpKind::Categorical, {"gbtree", "dart"})});
    std::vector<double> loss(6, std::nan(""));
    loss[0] = 0.3;
    loss[3] = 0.1;
    loss[5] = 0.2;
    LandscapeInfo info;
    info.id = 1;
    return Landscape(space, info, loss);
}

LandscapeEmbedding threeLayout()
{
    LandscapeEmbedding embedding;
    embedding.rows = {0, 3, 5};
    embedding.layout.resize(3, 2);
    embedding.layout << 0.0f, 0.0f, 1.0f, 0.5f, -1.0f, 2.0f;
    return embedding;
}

} // namespace

class TestVtkXmlWriter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void threePointText();
    void heightAndNames();
    void rejectsBadArrays();
};

void TestVtkXmlWriter::threePointText()
{
    std::ostringstream out;
    writeVtkPolyData(out, embeddingPolyData(threePoints(), threeLayout(), VtkHeight::Rank));
    const std::string expected = R"(<?xml version="1.0"?>
<VTKFile type="PolyData" version="1.0" byte_order="LittleEndian" header_type="UInt64">
  <PolyData>
    <Piece NumberOfPoints="3" NumberOfVerts="3" NumberOfLines="0" NumberOfStrips="0" NumberOfPolys="0">
      <PointData Scalars="loss">
        <DataArray type="Int64" Name="config_id" format="ascii">
          0 3 5
        </DataArray>
        <DataArray type="Float64" Name="loss" format="ascii">
          0.3 0.1 0.2
        </DataArray>
        <DataArray type="Float64" Name="rank" format="ascii">
          3 1 2
        </DataArray>
        <DataArray type="Float64" Name="lr" format="ascii">
          0.01 0.1 1
        </DataArray>
        <DataArray type="Int64" Name="booster" format="ascii">
          0 1 1
        </DataArray>
      </PointData>
      <Points>
        <DataArray type="Float64" Name="Points" NumberOfComponents="3" format="ascii">
          0 0 3 1 0.5 1 -1 2
          2
        </DataArray>
      </Points>
      <Verts>
        <DataArray type="Int64" Name="connectivity" format="ascii">
          0 1 2
        </DataArray>
        <DataArray type="Int64" Name="offsets" format="ascii">
          1 2 3
        </DataArray>
      </Verts>
    </Piece>
  </PolyData>
</VTKFile>
)";
    QCOMPARE(out.str(), expected);
}

void TestVtkXmlWriter::heightAndNames()
{
    // z = loss; an HP called "rank" must not shadow the rank array; names are escaped.
    const VtkPolyData data = embeddingPolyData(threePoints("rank"), threeLayout(), VtkHeight::Loss);
    QCOMPARE(data.points[1][2], 0.1);
    QCOMPARE(data.points[2][2], 0.2);
    QCOMPARE(data.pointData.size(), std::size_t(5));
    QCOMPARE(data.pointData[4].name, std::string("hp_rank"));
    VtkPolyData odd;
    odd.points = {{0, 0, 0}};
    odd.pointData = {{"a<b & \"c\"", false, {1.5}}};
    std::ostringstream out;
    writeVtkPolyData(out, odd);
    QVERIFY(out.str().find("Name=\"a&lt;b &amp; &quot;c&quot;\"") != std::string::npos);
}

void TestVtkXmlWriter::rejectsBadArrays()
{
    VtkPolyData data;
    data.points = {{0, 0, 0}, {1, 1, 1}};
    data.pointData = {{"short", false, {1.0}}};
    std::ostringstream out;
    QVERIFY_THROWS_EXCEPTION(std::exception, writeVtkPolyData(out, data));
    data.pointData = {{"nan", false, {1.0, std::nan("")}}};
    QVERIFY_THROWS_EXCEPTION(std::exception, writeVtkPolyData(out, data));
}

QTEST_GUILESS_MAIN(TestVtkXmlWriter)
#include "tst_vtkxmlwriter.moc"
