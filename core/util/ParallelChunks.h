// Shared by the parallel core algorithms (graph, embed): runs a function over
// fixed chunks of an index range on a few std::threads. Chunk boundaries
// depend only on the range and the chunk size, never on the thread count, so
// per-chunk results combined in chunk order are the same for any number of
// threads.
#pragma once

#include "jobs/Feedback.h"

#include <algorithm>
#include <atomic>
#include <cstdint>
#include <exception>
#include <string>
#include <thread>
#include <vector>

namespace hplx::graphdetail {

// threads == 0: all cores. Small ranges run on the calling thread.
inline unsigned effectiveThreads(unsigned threads, std::uint64_t n, std::uint64_t minPerThread)
{
    if (threads == 0)
        threads = std::max(1u, std::thread::hardware_concurrency());
    const std::uint64_t useful = std::max<std::uint64_t>(1, n / std::max<std::uint64_t>(1, minPerThread));
    return static_cast<unsigned>(std::min<std::uint64_t>(threads, useful));
}

// fn(chunkIndex, begin, end) for every chunk [begin, end) of [0, n). Workers
// stop taking chunks once feedback is cancelled; the caller checks afterwards.
// Progress goes from `progressFrom` to `progressTo` of feedback with `status`.
// The first exception a worker throws is rethrown here after all joined.
template <typename Fn>
void parallelChunks(std::uint64_t n, std::uint64_t chunkSize, unsigned threads, Feedback *feedback, double progressFrom,
                    double progressTo, const std::string &status, Fn &&fn)
{
    const std::uint64_t chunks = (n + chunkSize - 1) / chunkSize;
    std::atomic<std::uint64_t> next{0};
    std::atomic<std::uint64_t> done{0};
    std::exception_ptr failure;
    std::atomic<bool> failed{false};
    auto work = [&] {
        try {
            for (;;) {
                if (failed.load(std::memory_order_relaxed) || (feedback && feedback->isCancelled()))
                    return;
                const std::uint64_t chunk = next.fetch_add(1, std::memory_order_relaxed);
                if (chunk >= chunks)
                    return;
                const std::uint64_t begin = chunk * chunkSize;
                fn(chunk, begin, std::min(n, begin + chunkSize));
                const std::uint64_t finished = done.fetch_add(1, std::memory_order_relaxed) + 1;
                if (feedback)
                    feedback->setProgress(progressFrom
                                              + (progressTo - progressFrom) * static_cast<double>(finished)
                                                    / static_cast<double>(chunks),
                                          status);
            }
        } catch (...) {
            if (!failed.exchange(true))
                failure = std::current_exception();
        }
    };
    const unsigned count = effectiveThreads(threads, n, chunkSize);
    std::vector<std::thread> pool;
    for (unsigned t = 1; t < count; ++t)
        pool.emplace_back(work);
    work();
    for (auto &thread : pool)
        thread.join();
    if (failure)
        std::rethrow_exception(failure);
}

} // namespace hplx::graphdetail
