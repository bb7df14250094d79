#include "build/RandomForestLearner.h"
#include "util/Random.h"

#include "build/OpenCvSupport.h"

#include <algorithm>
#include <cmath>

namespace hplx::build {

namespace {

const char *const kName = "random_forest";

class RandomForestModel : public Model
{
public:
    RandomForestModel(cv::Ptr<cv::ml::RTrees> trees, std::size_t features)
        : m_trees(std::move(trees)), m_features(features)
    {}

    std::vector<double> predict(const Dataset &data, const std::vector<std::size_t> &rows) const override
    {
        detail::checkPredictionData(kName, data, rows, m_features);
        if (rows.empty())
            return {};
        const cv::Mat samples = detail::featureMatrix(data, rows);
        cv::Mat results;
        detail::guardOpenCv(kName, "RTrees::predict", [&] { return m_trees->predict(samples, results); });
        std::vector<double> out(rows.size());
        for (std::size_t i = 0; i < rows.size(); ++i)
            out[i] = results.at<float>(static_cast<int>(i));
        return out;
    }

private:
    cv::Ptr<cv::ml::RTrees> m_trees;
    std::size_t m_features;
};

} // namespace

std::string RandomForestLearner::library() const
{
    return std::string("OpenCV ") + CV_VERSION;
}

bool RandomForestLearner::supports(Task) const
{
    return true;
}

std::vector<HpDeclaration> RandomForestLearner::hyperparameters() const
{
    using detail::numericHp;
    return {
        numericHp("n_estimators", 1, 1000, false, true, "100", {"10", "25", "50", "100", "200"},
                  "Number of trees (1 to 1000)."),
        // OpenCV reserves 2^max_depth nodes per tree while growing it, so the
        // range stops where that reservation stays small (2^20 nodes ~ 100 MB).
        numericHp("max_depth", 1, 20, false, true, "12", {"2", "4", "6", "8", "12", "16"},
                  "Maximum depth of each tree (1 to 20)."),
        numericHp("min_samples_split", 2, 1000, false, true, "2", {"2", "5", "10", "20", "50"},
                  "A node with fewer bootstrap rows than this is not split (2 to 1000; OpenCV's MinSampleCount "
                  "+ 1; leaves may hold fewer rows)."),
        numericHp("max_features", 0.01, 1, false, false, "0.5", {"0.1", "0.25", "0.5", "0.75", "1"},
                  "Share of the features drawn as split candidates at each node, rounded to at least one "
                  "feature (0.01 to 1)."),
    };
}

std::unique_ptr<Model> RandomForestLearner::fit(const Dataset &data, const std::vector<std::size_t> &rows,
                                                const Configuration &config, std::uint64_t seed) const
{
    const detail::HpValues hp(kName, hyperparameters(), config);
    detail::checkTrainingData(kName, data, rows, supports(data.task));
    detail::prepareOpenCv(seed);

    // RTrees' own generator always starts from the same state; the bootstrap
    // draws index into the row order, so a seeded order gives seeded forests.
    const std::vector<std::size_t> order = detail::shuffledRows(rows, splitmix64(seed));
    const cv::Mat samples = detail::featureMatrix(data, order);
    const int n = static_cast<int>(order.size());
    const bool classify = data.task == Task::Classification;
    cv::Mat responses(n, 1, classify ? CV_32S : CV_32F);
    for (int i = 0; i < n; ++i) {
        const double y = data.y[order[static_cast<std::size_t>(i)]];
        if (classify)
            responses.at<int>(i) = static_cast<int>(y);
        else
            responses.at<float>(i) = static_cast<float>(y);
    }
    cv::Mat varType(1, static_cast<int>(data.features) + 1, CV_8U, cv::Scalar(cv::ml::VAR_ORDERED));
    varType.at<uchar>(static_cast<int>(data.features)) =
        static_cast<uchar>(classify ? cv::ml::VAR_CATEGORICAL : cv::ml::VAR_ORDERED);

    const int features = static_cast<int>(data.features);
    const int active = std::clamp(static_cast<int>(std::lround(hp.number("max_features") * features)), 1, features);

    return detail::guardOpenCv(kName, "RTrees::train", [&]() -> std::unique_ptr<Model> {
        const auto trainData = cv::ml::TrainData::create(samples, cv::ml::ROW_SAMPLE, responses, cv::noArray(),
                                                         cv::noArray(), cv::noArray(), varType);
        auto trees = cv::ml::RTrees::create();
        trees->setMaxDepth(hp.integer("max_depth"));
        trees->setMinSampleCount(hp.integer("min_samples_split") - 1);
        trees->setRegressionAccuracy(0.0f);
        trees->setUseSurrogates(false);
        trees->setCVFolds(0);
        trees->setUse1SERule(false);
        trees->setTruncatePrunedTree(false);
        trees->setCalculateVarImportance(false);
        trees->setActiveVarCount(active);
        // COUNT only: with EPS RTrees would stop early on its out-of-bag error.
        trees->setTermCriteria(cv::TermCriteria(cv::TermCriteria::COUNT, hp.integer("n_estimators"), 0.0));
        if (!trees->train(trainData))
            throw Error(ErrorKind::InvalidData, std::string(kName) + ": RTrees::train failed");
        return std::make_unique<RandomForestModel>(std::move(trees), data.features);
    });
}

} // namespace hplx::build
