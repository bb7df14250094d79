// Progress and cancellation handle passed into every long core operation.
// The UI (or the CLI) sets a progress callback and may call cancel() from any
// thread; the algorithm polls isCancelled() and reports progress in [0, 1].
#pragma once

#include <atomic>
#include <chrono>
#include <functional>
#include <mutex>
#include <string>

namespace hplx {

class Feedback
{
public:
    // Called with a fraction in [0, 1] and a short status text, at most about
    // every minInterval, and always for 0 and 1. Runs on the algorithm's thread.
    using ProgressCallback = std::function<void(double fraction, const std::string &status)>;

    Feedback() = default;
    explicit Feedback(ProgressCallback callback,
                      std::chrono::milliseconds minInterval = std::chrono::milliseconds(100));

    void cancel() { m_cancelled.store(true, std::memory_order_relaxed); }
    bool isCancelled() const { return m_cancelled.load(std::memory_order_relaxed); }
    // Throws Error(ErrorKind::Cancelled) once cancel() was called.
    void throwIfCancelled() const;

    // fraction is within the current stage (see FeedbackStage): the stored
    // and reported progress is stageBegin + fraction * (stageEnd - stageBegin).
    void setProgress(double fraction, const std::string &status = {});
    double progress() const { return m_progress.load(std::memory_order_relaxed); }

private:
    friend class FeedbackStage;

    ProgressCallback m_callback;
    std::chrono::milliseconds m_minInterval{100};
    std::atomic<bool> m_cancelled{false};
    std::atomic<double> m_progress{0.0};
    std::mutex m_mutex; // guards m_lastReport and serialises callbacks
    std::chrono::steady_clock::time_point m_lastReport{};
    // The overall progress range the running step reports into (algorithm thread only).
    double m_stageBegin = 0.0;
    double m_stageEnd = 1.0;
};

// Maps the progress a sub-step reports (0..1) into [begin, end] of the
// enclosing range while it lives, so a pipeline of steps that each report
// 0..1 shows one monotone bar. Nestable; restores the outer range on exit.
// A null feedback is allowed (then it does nothing).
class FeedbackStage
{
public:
    FeedbackStage(Feedback *feedback, double begin, double end);
    ~FeedbackStage();
    FeedbackStage(const FeedbackStage &) = delete;
    FeedbackStage &operator=(const FeedbackStage &) = delete;

private:
    Feedback *m_feedback;
    double m_outerBegin = 0.0;
    double m_outerEnd = 1.0;
};

} // namespace hplx
