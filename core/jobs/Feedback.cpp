#include "jobs/Feedback.h"

#include "util/Error.h"

#include <algorithm>
#include <cmath>

namespace hplx {

Feedback::Feedback(ProgressCallback callback, std::chrono::milliseconds minInterval)
    : m_callback(std::move(callback)), m_minInterval(minInterval)
{}

void Feedback::throwIfCancelled() const
{
    if (isCancelled())
        throw Error(ErrorKind::Cancelled, "cancelled");
}

void Feedback::setProgress(double fraction, const std::string &status)
{
    if (std::isnan(fraction))
        return; // a 0/0 progress estimate says nothing; keep the last value
    const bool edge = fraction <= 0.0 || fraction >= 1.0;
    fraction = m_stageBegin + std::clamp(fraction, 0.0, 1.0) * (m_stageEnd - m_stageBegin);
    m_progress.store(fraction, std::memory_order_relaxed);
    if (!m_callback)
        return;
    const auto now = std::chrono::steady_clock::now();
    std::lock_guard<std::mutex> lock(m_mutex);
    if (!edge && now - m_lastReport < m_minInterval)
        return;
    m_lastReport = now;
    m_callback(fraction, status);
}

FeedbackStage::FeedbackStage(Feedback *feedback, double begin, double end) : m_feedback(feedback)
{
    if (!m_feedback)
        return;
    m_outerBegin = m_feedback->m_stageBegin;
    m_outerEnd = m_feedback->m_stageEnd;
    const double span = m_outerEnd - m_outerBegin;
    m_feedback->m_stageBegin = m_outerBegin + std::clamp(begin, 0.0, 1.0) * span;
    m_feedback->m_stageEnd = m_outerBegin + std::clamp(end, 0.0, 1.0) * span;
}

FeedbackStage::~FeedbackStage()
{
    if (!m_feedback)
        return;
    m_feedback->m_stageBegin = m_outerBegin;
    m_feedback->m_stageEnd = m_outerEnd;
}

} // namespace hplx
