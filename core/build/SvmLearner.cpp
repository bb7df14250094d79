#include "build/SvmLearner.h"

#include "build/LearnerSupport.h"
#include "util/Error.h"

#include <svm.h>

#include <mutex>

namespace hplx::build {

namespace {

const char *const kName = "svm";

void silent(const char *) {}

// LIBSVM prints progress to stdout through one global function pointer.
void silenceLibsvm()
{
    static std::once_flag once;
    std::call_once(once, [] { svm_set_print_string_function(&silent); });
}

// One row as LIBSVM nodes: 1-based indices, terminated by index -1. All
// features are stored (after z-scoring, zeros are rare).
void appendNodes(std::vector<svm_node> &nodes, const detail::Standardizer &standardizer, const float *x,
                 std::size_t features)
{
    for (std::size_t j = 0; j < features; ++j)
        nodes.push_back(svm_node{static_cast<int>(j + 1), standardizer.apply(j, x[j])});
    nodes.push_back(svm_node{-1, 0.0});
}

class SvmModel : public Model
{
public:
    SvmModel() = default;
    SvmModel(const SvmModel &) = delete;
    SvmModel &operator=(const SvmModel &) = delete;
    ~SvmModel() override
    {
        if (m_model)
            svm_free_and_destroy_model(&m_model);
    }

    std::vector<double> predict(const Dataset &data, const std::vector<std::size_t> &rows) const override
    {
        detail::checkPredictionData(kName, data, rows, m_features);
        std::vector<double> out(rows.size());
        std::vector<svm_node> nodes;
        nodes.reserve(m_features + 1);
        for (std::size_t i = 0; i < rows.size(); ++i) {
            nodes.clear();
            appendNodes(nodes, m_standardizer, data.row(rows[i]), m_features);
            const double value = svm_predict(m_model, nodes.data());
            out[i] = m_task == Task::Regression ? value * m_target.scale + m_target.mean : value;
        }
        return out;
    }

    Task m_task = Task::Classification;
    std::size_t m_features = 0;
    detail::Standardizer m_standardizer;
    detail::TargetScale m_target;
    // svm_train's model points into these nodes for its support vectors
    // (free_sv = 0), so they live exactly as long as the model.
    std::vector<svm_node> m_nodes;
    svm_model *m_model = nullptr;
};

int kernelType(const std::string &kernel)
{
    if (kernel == "linear")
        return LINEAR;
    if (kernel == "poly")
        return POLY;
    if (kernel == "sigmoid")
        return SIGMOID;
    return RBF;
}

} // namespace

std::string SvmLearner::library() const
{
    return "LIBSVM " + std::to_string(LIBSVM_VERSION / 100) + "." + std::to_string(LIBSVM_VERSION % 100);
}

bool SvmLearner::supports(Task) const
{
    return true;
}

std::vector<HpDeclaration> SvmLearner::hyperparameters() const
{
    using detail::categoricalHp;
    using detail::numericHp;
    return {
        numericHp("C", 1e-4, 1e4, true, false, "1", {"0.01", "0.1", "1", "10", "100", "1000"},
                  "Penalty on margin violations; larger C fits the training rows more closely (0.0001 to 10000)."),
        numericHp("gamma", 1e-5, 100, true, false, "0.1", {"0.001", "0.01", "0.1", "1", "10"},
                  "Kernel coefficient of rbf, poly and sigmoid on z-scored features (0.00001 to 100; "
                  "1/features is LIBSVM's usual choice)."),
        categoricalHp("kernel", {"rbf", "linear", "poly", "sigmoid"}, "rbf",
                      "Kernel: rbf exp(-gamma|u-v|^2), linear u'v, poly (gamma u'v)^degree, sigmoid tanh(gamma u'v)."),
        numericHp("epsilon", 0, 5, true, false, "0.1", {"0.01", "0.03", "0.1", "0.3", "1"},
                  "Regression only: half-width of the loss-free tube of epsilon-SVR, in standard deviations "
                  "of the target (0 to 5)."),
        numericHp("degree", 1, 6, false, true, "3", {"2", "3", "4", "5"},
                  "Degree of the poly kernel; ignored by the other kernels (1 to 6)."),
    };
}

std::unique_ptr<Model> SvmLearner::fit(const Dataset &data, const std::vector<std::size_t> &rows,
                                       const Configuration &config, std::uint64_t) const
{
    const detail::HpValues hp(kName, hyperparameters(), config);
    detail::checkTrainingData(kName, data, rows, supports(data.task));
    silenceLibsvm();

    auto model = std::make_unique<SvmModel>();
    model->m_task = data.task;
    model->m_features = data.features;
    model->m_standardizer = detail::Standardizer::fit(data, rows);
    if (data.task == Task::Regression)
        model->m_target = detail::TargetScale::fit(data, rows);

    const std::size_t stride = data.features + 1;
    model->m_nodes.reserve(rows.size() * stride); // no reallocation: prob.x points into it
    for (const std::size_t r : rows)
        appendNodes(model->m_nodes, model->m_standardizer, data.row(r), data.features);
    std::vector<svm_node *> x(rows.size());
    std::vector<double> y(rows.size());
    for (std::size_t i = 0; i < rows.size(); ++i) {
        x[i] = model->m_nodes.data() + i * stride;
        const double target = data.y[rows[i]];
        y[i] = data.task == Task::Regression ? (target - model->m_target.mean) / model->m_target.scale : target;
    }
    svm_problem problem{};
    problem.l = static_cast<int>(rows.size());
    problem.y = y.data();
    problem.x = x.data();

    svm_parameter param{};
    param.svm_type = data.task == Task::Regression ? EPSILON_SVR : C_SVC;
    param.kernel_type = kernelType(hp.choice("kernel"));
    param.degree = hp.integer("degree");
    param.gamma = hp.number("gamma");
    param.coef0 = 0.0;
    param.cache_size = 50; // MB per concurrent fit
    param.eps = 1e-3;
    param.C = hp.number("C");
    param.nr_weight = 0;
    param.weight_label = nullptr;
    param.weight = nullptr;
    param.nu = 0.5;
    param.p = hp.number("epsilon");
    param.shrinking = 1;
    param.probability = 0; // probability estimates would use rand() and cost 5 extra fits

    if (const char *problemText = svm_check_parameter(&problem, &param))
        throw Error(ErrorKind::InvalidArgument, std::string(kName) + ": " + problemText);
    // The model copies coefficients and the parameter struct but keeps pointers
    // to the support vectors' nodes in model->m_nodes; problem.x and y can go.
    model->m_model = svm_train(&problem, &param);
    if (!model->m_model)
        throw Error(ErrorKind::InvalidData, std::string(kName) + ": svm_train failed");
    return model;
}

} // namespace hplx::build
