#include "build/MlpLearner.h"
#include "util/Random.h"

#include "build/OpenCvSupport.h"

#include <algorithm>

namespace hplx::build {

namespace {

const char *const kName = "mlp";

// Regression target as the network sees it: (y - offset) / scale.
struct OutputMap
{
    double offset = 0.0;
    double scale = 1.0;
};

OutputMap zScore(const Dataset &data, const std::vector<std::size_t> &rows)
{
    const auto t = detail::TargetScale::fit(data, rows);
    return {t.mean, t.scale};
}

OutputMap unitRange(const Dataset &data, const std::vector<std::size_t> &rows)
{
    double lo = data.y[rows.front()], hi = lo;
    for (const std::size_t r : rows) {
        lo = std::min(lo, data.y[r]);
        hi = std::max(hi, data.y[r]);
    }
    return {lo, hi > lo ? hi - lo : 1.0};
}

class MlpModel : public Model
{
public:
    MlpModel(cv::Ptr<cv::ml::ANN_MLP> network, Task task, detail::Standardizer standardizer, OutputMap target,
             std::size_t features)
        : m_network(std::move(network)),
          m_task(task),
          m_standardizer(std::move(standardizer)),
          m_target(target),
          m_features(features)
    {}

    std::vector<double> predict(const Dataset &data, const std::vector<std::size_t> &rows) const override
    {
        detail::checkPredictionData(kName, data, rows, m_features);
        if (rows.empty())
            return {};
        const cv::Mat samples = detail::featureMatrix(data, rows, &m_standardizer);
        cv::Mat outputs;
        detail::guardOpenCv(kName, "ANN_MLP::predict", [&] { return m_network->predict(samples, outputs); });
        std::vector<double> out(rows.size());
        for (std::size_t i = 0; i < rows.size(); ++i) {
            const float *o = outputs.ptr<float>(static_cast<int>(i));
            if (m_task == Task::Regression)
                out[i] = o[0] * m_target.scale + m_target.offset;
            else
                out[i] = static_cast<double>(detail::argmax(o, static_cast<std::size_t>(outputs.cols)));
        }
        return out;
    }

private:
    cv::Ptr<cv::ml::ANN_MLP> m_network;
    Task m_task;
    detail::Standardizer m_standardizer;
    OutputMap m_target;
    std::size_t m_features;
};

int activationFunction(const std::string &name)
{
    if (name == "relu")
        return cv::ml::ANN_MLP::RELU;
    if (name == "leaky_relu")
        return cv::ml::ANN_MLP::LEAKYRELU;
    return cv::ml::ANN_MLP::SIGMOID_SYM;
}

} // namespace

std::string MlpLearner::library() const
{
    return std::string("OpenCV ") + CV_VERSION;
}

bool MlpLearner::supports(Task) const
{
    return true;
}

std::vector<HpDeclaration> MlpLearner::hyperparameters() const
{
    using detail::categoricalHp;
    using detail::numericHp;
    return {
        numericHp("hidden_units", 2, 512, true, true, "32", {"4", "8", "16", "32", "64", "128"},
                  "Neurons in each hidden layer (2 to 512; OpenCV needs at least 2)."),
        numericHp("hidden_layers", 1, 4, false, true, "1", {"1", "2", "3", "4"},
                  "Number of hidden layers, all of hidden_units neurons (1 to 4)."),
        // OpenCV clamps the back-propagation weight scale to [0.001, 1].
        numericHp("learning_rate", 0.001, 1, true, false, "0.01", {"0.001", "0.003", "0.01", "0.03", "0.1", "0.3"},
                  "Back-propagation step size, OpenCV's BackpropWeightScale (0.001 to 1; relu diverges above ~0.05)."),
        numericHp("momentum", 0, 0.99, false, false, "0.1", {"0", "0.5", "0.9"},
                  "Share of the previous weight change added to the next, OpenCV's BackpropMomentumScale "
                  "(0 to 0.99)."),
        categoricalHp("activation", {"sigmoid", "relu", "leaky_relu"}, "sigmoid",
                      "Activation of every layer: sigmoid is OpenCV's SIGMOID_SYM (1.7159 tanh(2x/3)), relu "
                      "RELU, leaky_relu LEAKYRELU (slope 0.01)."),
        numericHp("epochs", 1, 2000, true, true, "200", {"25", "50", "100", "200", "400"},
                  "Passes over the training rows; each pass updates the weights once per row, in shuffled "
                  "order (1 to 2000)."),
    };
}

std::unique_ptr<Model> MlpLearner::fit(const Dataset &data, const std::vector<std::size_t> &rows,
                                       const Configuration &config, std::uint64_t seed) const
{
    const detail::HpValues hp(kName, hyperparameters(), config);
    detail::checkTrainingData(kName, data, rows, supports(data.task));
    detail::prepareOpenCv(seed);

    const std::vector<std::size_t> order = detail::shuffledRows(rows, splitmix64(seed));
    detail::Standardizer standardizer = detail::Standardizer::fit(data, order);
    const int activation = activationFunction(hp.choice("activation"));
    const bool sigmoid = activation == cv::ml::ANN_MLP::SIGMOID_SYM;
    // OpenCV 4.6 knows an output range only for SIGMOID_SYM (and GAUSSIAN); for
    // RELU and LEAKYRELU it is empty and its output scaling divides by zero. So
    // those get targets in [0, 1] (the output layer uses the same activation,
    // so it cannot reach much below 0) and NO_OUTPUT_SCALE; sigmoid gets
    // z-scored targets that OpenCV maps onto its range itself.
    OutputMap target;
    if (data.task == Task::Regression)
        target = sigmoid ? zScore(data, order) : unitRange(data, order);

    const cv::Mat samples = detail::featureMatrix(data, order, &standardizer);
    const bool classify = data.task == Task::Classification;
    const int outputs = classify ? data.classes : 1;
    const int n = static_cast<int>(order.size());
    cv::Mat responses(n, outputs, CV_32F, cv::Scalar(0.0f));
    for (int i = 0; i < n; ++i) {
        const double y = data.y[order[static_cast<std::size_t>(i)]];
        if (classify)
            responses.at<float>(i, static_cast<int>(y)) = 1.0f;
        else
            responses.at<float>(i, 0) = static_cast<float>((y - target.offset) / target.scale);
    }

    const int hiddenLayers = hp.integer("hidden_layers");
    cv::Mat layers(1, hiddenLayers + 2, CV_32S);
    layers.at<int>(0) = static_cast<int>(data.features);
    for (int l = 1; l <= hiddenLayers; ++l)
        layers.at<int>(l) = hp.integer("hidden_units");
    layers.at<int>(hiddenLayers + 1) = outputs;

    return detail::guardOpenCv(kName, "ANN_MLP::train", [&]() -> std::unique_ptr<Model> {
        auto network = cv::ml::ANN_MLP::create();
        // Layer sizes first: setLayerSizes clears the output range that
        // setActivationFunction sets, and training then yields NaN.
        network->setLayerSizes(layers);
        network->setActivationFunction(activation);
        network->setTrainMethod(cv::ml::ANN_MLP::BACKPROP, hp.number("learning_rate"), hp.number("momentum"));
        // COUNT only, so every configuration trains for exactly `epochs` passes.
        network->setTermCriteria(cv::TermCriteria(cv::TermCriteria::COUNT, hp.integer("epochs"), 0.0));
        const auto trainData = cv::ml::TrainData::create(samples, cv::ml::ROW_SAMPLE, responses);
        const int flags = cv::ml::ANN_MLP::NO_INPUT_SCALE | (sigmoid ? 0 : cv::ml::ANN_MLP::NO_OUTPUT_SCALE);
        if (!network->train(trainData, flags))
            throw Error(ErrorKind::InvalidData, std::string(kName) + ": ANN_MLP::train failed");
        return std::make_unique<MlpModel>(std::move(network), data.task, std::move(standardizer), target,
                                          data.features);
    });
}

} // namespace hplx::build
