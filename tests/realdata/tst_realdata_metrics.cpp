// Every metric on every landscape of every ../shared/data file finishes and is
// finite, or undefined with a reason; fANOVA (rank scale) and the similarity
// of sibling landscapes are finite.
#include "realdata/RealData.h"

#include "import/CsvImport.h"
#include "metrics/Fanova.h"
#include "metrics/LandscapeMetrics.h"
#include "metrics/Similarity.h"
#include "store/LandscapeDatabase.h"

#include <QDir>
#include <QElapsedTimer>
#include <QTemporaryDir>

#include <cmath>

using namespace hplx;

class RealDataMetricsTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyLandscape_data();
    void everyLandscape();

private:
    QTemporaryDir m_dir;
};

void RealDataMetricsTest::everyLandscape_data()
{
    // The import recipes of docs/cli.md.
    QTest::addColumn<QString>("file");
    QTest::addColumn<QStringList>("hps");
    QTest::addColumn<QStringList>("categorical");
    QTest::addColumn<QStringList>("losses");
    QTest::addColumn<QStringList>("scores"); // "column:bound" or "column"
    QTest::addColumn<QString>("groupBy");
    QTest::addColumn<QString>("fidelity");
    const QStringList fcnet = {"activation_fn_1", "activation_fn_2", "batch_size", "dropout_1", "dropout_2",
                               "init_lr",         "lr_schedule",     "n_units_1",  "n_units_2"};
    const QStringList fcnetCategorical = {"activation_fn_1", "activation_fn_2", "lr_schedule"};
    const QStringList edges = {"edge0", "edge1", "edge2", "edge3", "edge4", "edge5"};
    QTest::newRow("logreg") << "logreg_mnist_grid.csv" << QStringList{"lrate_index", "l2_reg", "batchsize"}
                            << QStringList{} << QStringList{"valid_error", "test_error"} << QStringList{} << QString()
                            << "n_epochs";
    QTest::newRow("fcnet naval") << "fcnet_naval_propulsion.csv" << fcnet << fcnetCategorical
                                 << QStringList{"valid_mse_epoch100_mean"} << QStringList{} << "dataset" << QString();
    QTest::newRow("fcnet protein") << "fcnet_protein_structure.csv" << fcnet << fcnetCategorical
                                   << QStringList{"valid_mse_epoch100_mean"} << QStringList{} << "dataset" << QString();
    for (const char *file : {"hpobench_mlp_car.csv", "hpobench_mlp_credit_g.csv"})
        QTest::newRow(file) << file << QStringList{"alpha", "batch_size", "depth", "learning_rate_init", "width"}
                            << QStringList{} << QStringList{} << QStringList{"valid_balanced_acc_budget243_mean:1"}
                            << "dataset" << QString();
    QTest::newRow("nasbench201") << "nasbench201_cifar10.csv" << edges << edges << QStringList{}
                                 << QStringList{"valid_acc_epoch200_mean:100"} << "dataset" << QString();
    QTest::newRow("nmt") << "nmt_hpo_grid.csv"
                         << QStringList{"bpe_symbols",           "num_layers",        "num_embed",
                                        "transformer_ff_hidden", "transformer_heads", "initial_lr"}
                         << QStringList{} << QStringList{"dev_ppl"} << QStringList{"dev_bleu"} << "lang_pair"
                         << QString();
}

void RealDataMetricsTest::everyLandscape()
{
    QFETCH(QString, file);
    QFETCH(QStringList, hps);
    QFETCH(QStringList, categorical);
    QFETCH(QStringList, losses);
    QFETCH(QStringList, scores);
    QFETCH(QString, groupBy);
    QFETCH(QString, fidelity);
    auto list = [](const QStringList &in) {
        std::vector<std::string> out;
        for (const auto &s : in)
            out.push_back(s.toStdString());
        return out;
    };
    CsvImportOptions options;
    options.csvPath = QDir(test::sharedDataDir()).filePath(file).toStdString();
    options.dbPath = m_dir.filePath(file + QStringLiteral(".db")).toStdString();
    options.hps = list(hps);
    options.categorical = list(categorical);
    options.lossColumns = list(losses);
    for (const auto &score : scores) {
        const auto parts = score.split(QLatin1Char(':'));
        ScoreColumn column{parts[0].toStdString(), std::nullopt};
        if (parts.size() > 1)
            column.bound = parts[1].toDouble();
        options.scoreColumns.push_back(column);
    }
    options.groupBy = groupBy.toStdString();
    options.fidelity = fidelity.toStdString();
    importCsv(options);

    const LandscapeDatabase db(options.dbPath);
    QElapsedTimer timer;
    timer.start();
    const Landscape *previous = nullptr;
    std::vector<Landscape> loaded;
    loaded.reserve(db.landscapes().size());
    for (const auto &info : db.landscapes()) {
        loaded.push_back(db.loadLandscape(info.id));
        const Landscape &landscape = loaded.back();
        const LandscapeMetrics metrics = computeMetrics(landscape);
        QCOMPARE(metrics.values.size(), std::size_t(15));
        for (const auto &m : metrics.values) {
            QVERIFY2(std::isfinite(m.value) || (std::isnan(m.value) && !m.note.empty()),
                     (info.key.describe() + ": " + m.key).c_str());
        }
        if (landscape.isComplete()) {
            FanovaOptions rank;
            rank.scale = LossScale::Rank;
            const FanovaResult fanova = functionalAnova(landscape, rank);
            double total = 0.0;
            for (const auto &t : fanova.singles)
                total += t.share;
            for (const auto &t : fanova.pairs)
                total += t.share;
            QVERIFY2(std::isfinite(total) && total <= 1.0 + 1e-9, info.key.describe().c_str());
        }
        if (previous && previous->info().spaceId == info.spaceId) {
            const SimilarityResult similarity = compareLandscapes(previous->losses(), landscape.losses());
            QVERIFY(std::isfinite(similarity.spearman) && std::isfinite(similarity.gammaIoU));
        }
        previous = &landscape;
    }
    qInfo("%s: %zu landscapes analysed in %lld ms", qPrintable(file), db.landscapes().size(),
          static_cast<long long>(timer.elapsed()));
}

HPLX_REALDATA_MAIN(RealDataMetricsTest)
#include "tst_realdata_metrics.moc"
