// A layout written by VtkXmlWriter, read back with VTK's own
// vtkXMLPolyDataReader (what ParaView uses): points, vertex cells and every
// point-data array with its values.
#include "embed/LandscapeEmbedding.h"
#include "export/VtkXmlWriter.h"
#include "space/Landscape.h"

#include <QTemporaryDir>
#include <QtTest>

#include <vtkCellArray.h>
#include <vtkDataArray.h>
#include <vtkNew.h>
#include <vtkPointData.h>
#include <vtkPolyData.h>
#include <vtkXMLPolyDataReader.h>

#include <cmath>

using namespace hplx;

class TestVtkXmlRead : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void vtkReadsWhatWeWrite();
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

QTEST_GUILESS_MAIN(TestVtkXmlRead)
#include "tst_vtkxmlread.moc"
