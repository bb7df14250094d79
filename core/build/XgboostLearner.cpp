#include "build/XgboostLearner.h"

#include "build/LearnerSupport.h"
#include "util/Error.h"
#include "util/Format.h"
#include "util/Random.h"

#include <xgboost/c_api.h>

#include <limits>
#include <mutex>

namespace hplx::build {

namespace {

const char *const kName = "xgboost";

void check(int rc, const char *call)
{
    if (rc != 0)
        throw Error(ErrorKind::InvalidData, std::string(kName) + ": " + call + " failed: " + XGBGetLastError());
}

struct DMatrixFree
{
    void operator()(void *handle) const { XGDMatrixFree(handle); }
};
struct BoosterFree
{
    void operator()(void *handle) const { XGBoosterFree(handle); }
};
using DMatrixPtr = std::unique_ptr<void, DMatrixFree>;
using BoosterPtr = std::unique_ptr<void, BoosterFree>;

// A dense DMatrix of the given rows (copied, so the dataset may go away).
DMatrixPtr makeMatrix(const Dataset &data, const std::vector<std::size_t> &rows)
{
    std::vector<float> x(rows.size() * data.features);
    for (std::size_t i = 0; i < rows.size(); ++i)
        std::copy(data.row(rows[i]), data.row(rows[i]) + data.features, x.begin() + i * data.features);
    DMatrixHandle handle = nullptr;
    // The _omp variant takes the thread count; the runner parallelises over fits.
    check(XGDMatrixCreateFromMat_omp(x.data(), static_cast<bst_ulong>(rows.size()),
                                     static_cast<bst_ulong>(data.features), std::numeric_limits<float>::quiet_NaN(),
                                     &handle, 1),
          "XGDMatrixCreateFromMat");
    return DMatrixPtr(handle);
}

class XgboostModel : public Model
{
public:
    XgboostModel(BoosterPtr booster, Task task, int classes, std::size_t features)
        : m_booster(std::move(booster)), m_task(task), m_classes(classes), m_features(features)
    {}

    std::vector<double> predict(const Dataset &data, const std::vector<std::size_t> &rows) const override
    {
        detail::checkPredictionData(kName, data, rows, m_features);
        std::vector<double> out;
        if (rows.empty())
            return out;
        const DMatrixPtr matrix = makeMatrix(data, rows);
        // XGBoost keeps the result in a per-booster buffer; one prediction at a time.
        const std::lock_guard<std::mutex> lock(m_mutex);
        bst_ulong length = 0;
        const float *result = nullptr;
        check(XGBoosterPredict(m_booster.get(), matrix.get(), 0, 0, 0, &length, &result), "XGBoosterPredict");
        const std::size_t perRow = (m_task == Task::Classification && m_classes > 2) ? std::size_t(m_classes) : 1;
        if (length != rows.size() * perRow)
            throw Error(ErrorKind::InvalidData, std::string(kName) + ": XGBoosterPredict returned "
                                                    + std::to_string(length) + " values for "
                                                    + std::to_string(rows.size()) + " rows");
        out.resize(rows.size());
        for (std::size_t i = 0; i < rows.size(); ++i) {
            if (m_task == Task::Regression)
                out[i] = result[i];
            else if (perRow == 1)
                out[i] = result[i] > 0.5f ? 1.0 : 0.0;
            else
                out[i] = static_cast<double>(detail::argmax(result + i * perRow, perRow));
        }
        return out;
    }

private:
    BoosterPtr m_booster;
    Task m_task;
    int m_classes;
    std::size_t m_features;
    mutable std::mutex m_mutex;
};

} // namespace

std::string XgboostLearner::library() const
{
    int major = 0, minor = 0, patch = 0;
    XGBoostVersion(&major, &minor, &patch);
    return "XGBoost " + std::to_string(major) + "." + std::to_string(minor) + "." + std::to_string(patch);
}

bool XgboostLearner::supports(Task) const
{
    return true;
}

std::vector<HpDeclaration> XgboostLearner::hyperparameters() const
{
    using detail::numericHp;
    return {
        numericHp("eta", 0.001, 1, true, false, "0.3", {"0.01", "0.03", "0.1", "0.3", "1"},
                  "Learning rate: shrinkage applied to each new tree's contribution (0.001 to 1)."),
        numericHp("max_depth", 1, 16, false, true, "6", {"2", "3", "4", "6", "8", "10"},
                  "Maximum depth of each tree (1 to 16)."),
        numericHp("subsample", 0.1, 1, false, false, "1", {"0.5", "0.7", "0.85", "1"},
                  "Share of the training rows sampled (without replacement) for each tree (0.1 to 1)."),
        numericHp("colsample_bytree", 0.1, 1, false, false, "1", {"0.5", "0.75", "1"},
                  "Share of the features sampled for each tree (0.1 to 1)."),
        numericHp("min_child_weight", 0, 100, true, false, "1", {"0.1", "0.3", "1", "3", "10"},
                  "Minimum sum of instance hessians in a child for a split to be made (0 to 100)."),
        numericHp("reg_lambda", 0, 1000, true, false, "1", {"0.01", "0.1", "1", "10", "100"},
                  "L2 penalty on leaf weights, XGBoost's 'lambda' (0 to 1000)."),
        numericHp("reg_alpha", 0, 1000, true, false, "0", {"0.001", "0.01", "0.1", "1", "10"},
                  "L1 penalty on leaf weights, XGBoost's 'alpha' (0 to 1000)."),
        numericHp("gamma", 0, 100, false, false, "0", {"0", "0.1", "0.3", "1", "3"},
                  "Minimum loss reduction required to split a leaf (0 to 100)."),
        numericHp("n_estimators", 1, 2000, false, true, "100", {"10", "25", "50", "100", "200", "400"},
                  "Number of boosting rounds, i.e. trees per output (1 to 2000)."),
    };
}

std::unique_ptr<Model> XgboostLearner::fit(const Dataset &data, const std::vector<std::size_t> &rows,
                                           const Configuration &config, std::uint64_t seed) const
{
    const detail::HpValues hp(kName, hyperparameters(), config);
    detail::checkTrainingData(kName, data, rows, supports(data.task));

    const DMatrixPtr train = makeMatrix(data, rows);
    std::vector<float> labels(rows.size());
    for (std::size_t i = 0; i < rows.size(); ++i)
        labels[i] = static_cast<float>(data.y[rows[i]]);
    check(XGDMatrixSetFloatInfo(train.get(), "label", labels.data(), static_cast<bst_ulong>(labels.size())),
          "XGDMatrixSetFloatInfo");

    BoosterHandle handle = nullptr;
    DMatrixHandle caches[] = {train.get()};
    check(XGBoosterCreate(caches, 1, &handle), "XGBoosterCreate");
    BoosterPtr booster(handle);

    auto set = [&](const char *key, const std::string &value) {
        check(XGBoosterSetParam(booster.get(), key, value.c_str()), "XGBoosterSetParam");
    };
    set("verbosity", "0");
    set("nthread", "1");
    set("tree_method", "hist");
    // XGBoost reads the seed as a signed integer; 31 mixed bits keep it portable.
    set("seed", std::to_string(splitmix64(seed) & 0x7fffffffULL));
    if (data.task == Task::Regression) {
        set("objective", "reg:squarederror");
    } else if (data.classes == 2) {
        set("objective", "binary:logistic");
    } else {
        set("objective", "multi:softprob");
        set("num_class", std::to_string(data.classes));
    }
    set("eta", formatNumber(hp.number("eta")));
    set("max_depth", std::to_string(hp.integer("max_depth")));
    set("subsample", formatNumber(hp.number("subsample")));
    set("colsample_bytree", formatNumber(hp.number("colsample_bytree")));
    set("min_child_weight", formatNumber(hp.number("min_child_weight")));
    set("lambda", formatNumber(hp.number("reg_lambda")));
    set("alpha", formatNumber(hp.number("reg_alpha")));
    set("gamma", formatNumber(hp.number("gamma")));

    const int rounds = hp.integer("n_estimators");
    for (int iteration = 0; iteration < rounds; ++iteration)
        check(XGBoosterUpdateOneIter(booster.get(), iteration, train.get()), "XGBoosterUpdateOneIter");

    return std::make_unique<XgboostModel>(std::move(booster), data.task, data.classes, data.features);
}

} // namespace hplx::build
