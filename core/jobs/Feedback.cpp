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
    fraction = std::clamp(fraction, 0.0, 1.0);
    m_progress.store(fraction, std::memory_order_relaxed);
    if (!m_callback)
        return;
    const auto now = std::chrono::steady_clock::now();
    std::lock_guard<std::mutex> lock(m_mutex);
    const bool edge = fraction == 0.0 || fraction == 1.0;
    if (!edge && now - m_lastReport < m_minInterval)
        return;
    m_lastReport = now;
    m_callback(fraction, status);
}

} // namespace hplx
