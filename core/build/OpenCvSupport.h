// Shared plumbing of the OpenCV ml learners (private to core/build; includes
// OpenCV, so only the learners' .cpp files include it).
#pragma once

#include "build/LearnerSupport.h"
#include "util/Error.h"
#include "util/Random.h"

#include <opencv2/core.hpp>
#include <opencv2/ml.hpp>

#include <cstdint>
#include <mutex>
#include <string>
#include <vector>

namespace hplx::build::detail {

// Call before training: keeps OpenCV's parallel_for_ on the calling thread
// (the runner parallelises over fits, and a fixed split of the work keeps sums
// in a fixed order), and seeds this thread's cv::theRNG(), which is
// thread-local in OpenCV 4. (RTrees and ANN_MLP ignore theRNG: each carries
// its own generator that restarts from a fixed state.)
inline void prepareOpenCv(std::uint64_t seed)
{
    static std::once_flag once;
    std::call_once(once, [] { cv::setNumThreads(1); });
    // RNG(0) would be replaced by a fixed non-zero state; splitmix64 avoids that
    // collision for all but one seed.
    cv::theRNG() = cv::RNG(splitmix64(seed));
}

// rows x features CV_32F matrix, raw or z-scored.
inline cv::Mat featureMatrix(const Dataset &data, const std::vector<std::size_t> &rows,
                             const Standardizer *standardizer = nullptr)
{
    cv::Mat samples(static_cast<int>(rows.size()), static_cast<int>(data.features), CV_32F);
    for (std::size_t i = 0; i < rows.size(); ++i) {
        float *out = samples.ptr<float>(static_cast<int>(i));
        const float *x = data.row(rows[i]);
        for (std::size_t j = 0; j < data.features; ++j)
            out[j] = standardizer ? static_cast<float>(standardizer->apply(j, x[j])) : x[j];
    }
    return samples;
}

// Runs an OpenCV call and turns its cv::Exception into an hplx::Error.
template <typename F>
auto guardOpenCv(const char *learner, const char *what, F &&f) -> decltype(f())
{
    try {
        return f();
    } catch (const cv::Exception &e) {
        throw Error(ErrorKind::InvalidData, std::string(learner) + ": " + what + " failed: " + e.err);
    }
}

} // namespace hplx::build::detail
