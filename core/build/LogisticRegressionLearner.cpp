#include "build/LogisticRegressionLearner.h"

#include "build/OpenCvSupport.h"

namespace hplx::build {

namespace {

const char *const kName = "logistic_regression";

class LogisticRegressionModel : public Model
{
public:
    LogisticRegressionModel(cv::Ptr<cv::ml::LogisticRegression> regression, detail::Standardizer standardizer,
                            std::size_t features)
        : m_regression(std::move(regression)), m_standardizer(std::move(standardizer)), m_features(features)
    {}

    std::vector<double> predict(const Dataset &data, const std::vector<std::size_t> &rows) const override
    {
        detail::checkPredictionData(kName, data, rows, m_features);
        if (rows.empty())
            return {};
        const cv::Mat samples = detail::featureMatrix(data, rows, &m_standardizer);
        cv::Mat results;
        detail::guardOpenCv(kName, "LogisticRegression::predict",
                            [&] { return m_regression->predict(samples, results); });
        cv::Mat labels;
        results.convertTo(labels, CV_64F);
        std::vector<double> out(rows.size());
        for (std::size_t i = 0; i < rows.size(); ++i)
            out[i] = labels.at<double>(static_cast<int>(i));
        return out;
    }

private:
    cv::Ptr<cv::ml::LogisticRegression> m_regression;
    detail::Standardizer m_standardizer;
    std::size_t m_features;
};

int regularization(const std::string &name)
{
    if (name == "l1")
        return cv::ml::LogisticRegression::REG_L1;
    if (name == "l2")
        return cv::ml::LogisticRegression::REG_L2;
    return cv::ml::LogisticRegression::REG_DISABLE;
}

} // namespace

std::string LogisticRegressionLearner::library() const
{
    return std::string("OpenCV ") + CV_VERSION;
}

bool LogisticRegressionLearner::supports(Task task) const
{
    return task == Task::Classification;
}

std::vector<HpDeclaration> LogisticRegressionLearner::hyperparameters() const
{
    using detail::categoricalHp;
    using detail::numericHp;
    return {
        numericHp("learning_rate", 1e-4, 10, true, false, "0.1", {"0.001", "0.01", "0.1", "1"},
                  "Gradient descent step size (0.0001 to 10)."),
        numericHp("iterations", 1, 10000, true, true, "300", {"10", "30", "100", "300", "1000"},
                  "Gradient steps: full passes for batch, mini-batches for mini_batch (1 to 10000)."),
        categoricalHp("regularization", {"none", "l1", "l2"}, "l2",
                      "Penalty on the weights; OpenCV fixes its strength (no C or lambda to tune)."),
        categoricalHp("train_method", {"batch", "mini_batch"}, "batch",
                      "Full-batch gradient descent, or steps on consecutive mini-batches of mini_batch_size rows."),
        numericHp("mini_batch_size", 1, 4096, true, true, "32", {"8", "16", "32", "64", "128"},
                  "Rows per step of mini_batch training; ignored by batch (1 to 4096)."),
    };
}

std::unique_ptr<Model> LogisticRegressionLearner::fit(const Dataset &data, const std::vector<std::size_t> &rows,
                                                      const Configuration &config, std::uint64_t seed) const
{
    const detail::HpValues hp(kName, hyperparameters(), config);
    detail::checkTrainingData(kName, data, rows, supports(data.task));
    detail::prepareOpenCv(seed);

    detail::Standardizer standardizer = detail::Standardizer::fit(data, rows);
    const cv::Mat samples = detail::featureMatrix(data, rows, &standardizer);
    const int n = static_cast<int>(rows.size());
    cv::Mat labels(n, 1, CV_32F);
    bool twoClasses = false;
    for (int i = 0; i < n; ++i) {
        labels.at<float>(i) = static_cast<float>(data.y[rows[static_cast<std::size_t>(i)]]);
        twoClasses = twoClasses || labels.at<float>(i) != labels.at<float>(0);
    }
    if (!twoClasses)
        throw Error(ErrorKind::InvalidData, std::string(kName) + ": the training rows hold only one class");

    return detail::guardOpenCv(kName, "LogisticRegression::train", [&]() -> std::unique_ptr<Model> {
        auto regression = cv::ml::LogisticRegression::create();
        const int iterations = hp.integer("iterations");
        regression->setLearningRate(hp.number("learning_rate"));
        regression->setIterations(iterations);
        // Mini-batch descent counts steps with the term criteria, batch with
        // Iterations; set both, COUNT only, so that neither stops early.
        regression->setTermCriteria(cv::TermCriteria(cv::TermCriteria::COUNT, iterations, 0.0));
        regression->setRegularization(regularization(hp.choice("regularization")));
        regression->setTrainMethod(hp.choice("train_method") == "mini_batch" ? cv::ml::LogisticRegression::MINI_BATCH
                                                                             : cv::ml::LogisticRegression::BATCH);
        regression->setMiniBatchSize(hp.integer("mini_batch_size"));
        if (!regression->train(cv::ml::TrainData::create(samples, cv::ml::ROW_SAMPLE, labels)))
            throw Error(ErrorKind::InvalidData, std::string(kName) + ": LogisticRegression::train failed");
        return std::make_unique<LogisticRegressionModel>(std::move(regression), std::move(standardizer), data.features);
    });
}

} // namespace hplx::build
