// A team of threads started once and reused for many short parallel jobs.
// graphdetail::parallelChunks starts and joins its threads on every call,
// which costs more than the work when a job lasts a few hundred microseconds
// (UMAP's SGD runs 32 such jobs per epoch, 16,000 per layout). Here the
// workers wait between jobs: they spin briefly on an atomic (the next job
// usually follows within microseconds), then yield, then sleep on a condition
// variable, so that idle workers cost nothing on a loaded machine.
//
// A job is an index range split into fixed chunks, handed out in any order;
// chunk boundaries depend only on the range and the chunk size, never on the
// number of threads. run() returns once every chunk is done (a barrier).
// Each lane first works through its own share of the range (lane l the l-th
// of size() contiguous shares, front to back), then helps with the others'.
// So in jobs that walk data laid out alike, a lane tends to meet the same
// part of it every time, still in its cache (UMAP's SGD: a thread's
// vertices are mostly the ones its earlier steps pulled on).
#pragma once

#include <algorithm>
#include <atomic>
#include <chrono>
#include <condition_variable>
#include <cstdint>
#include <exception>
#include <memory>
#include <mutex>
#include <thread>
#include <type_traits>
#include <vector>

#if defined(__SSE2__) || defined(_M_X64)
#include <emmintrin.h>
#endif

namespace hplx {

class WorkerTeam
{
public:
    // `threads` lanes in all, the calling thread included (lane 0); 0 means
    // one per core.
    explicit WorkerTeam(unsigned threads)
    {
        if (threads == 0)
            threads = std::max(1u, std::thread::hardware_concurrency());
        m_shares = std::make_unique<Share[]>(threads);
        m_workers.reserve(threads - 1);
        try {
            for (unsigned lane = 1; lane < threads; ++lane)
                m_workers.emplace_back([this, lane] { workerLoop(lane); });
        } catch (...) {
            stop();
            throw;
        }
    }

    WorkerTeam(const WorkerTeam &) = delete;
    WorkerTeam &operator=(const WorkerTeam &) = delete;

    ~WorkerTeam() { stop(); }

    // Lanes, the calling thread included: lane indices are [0, size()).
    unsigned size() const { return static_cast<unsigned>(m_workers.size()) + 1; }

    // fn(lane, chunk, begin, end) for every chunk [begin, end) of [0, n),
    // chunkSize > 0, on all lanes; returns when all are done. After a throw
    // the remaining chunks are skipped and the first exception is rethrown
    // here once every lane has left the job. Not reentrant.
    template <typename Fn>
    void run(std::uint64_t n, std::uint64_t chunkSize, Fn &&fn)
    {
        Job job;
        job.n = n;
        job.chunkSize = chunkSize;
        job.chunks = (n + chunkSize - 1) / chunkSize;
        job.shares = m_shares.get();
        job.shareCount = size();
        for (unsigned share = 0; share < job.shareCount; ++share)
            m_shares[share].next.store(job.shareBegin(share), std::memory_order_relaxed);
        job.context = const_cast<void *>(static_cast<const void *>(&fn));
        job.invoke = [](void *context, unsigned lane, std::uint64_t chunk, std::uint64_t begin, std::uint64_t end) {
            (*static_cast<std::remove_reference_t<Fn> *>(context))(lane, chunk, begin, end);
        };
        if (m_workers.empty() || job.chunks <= 1) {
            work(job, 0);
        } else {
            m_job = &job;
            m_pending.store(static_cast<unsigned>(m_workers.size()), std::memory_order_relaxed);
            {
                // Under the mutex, so that a worker about to sleep sees it.
                std::lock_guard<std::mutex> lock(m_mutex);
                m_generation.fetch_add(1, std::memory_order_release);
            }
            m_wake.notify_all();
            work(job, 0);
            waitForWorkers();
            m_job = nullptr;
        }
        if (job.failure)
            std::rethrow_exception(job.failure);
    }

private:
    // A lane's share of a job's chunks: the next one not yet taken (any lane
    // takes from any share; one cache line each, as they are contended).
    struct alignas(64) Share
    {
        std::atomic<std::uint64_t> next{0};
    };

    struct Job
    {
        std::uint64_t n = 0;
        std::uint64_t chunkSize = 1;
        std::uint64_t chunks = 0;
        void *context = nullptr;
        void (*invoke)(void *, unsigned, std::uint64_t, std::uint64_t, std::uint64_t) = nullptr;
        Share *shares = nullptr;
        unsigned shareCount = 1;

        std::uint64_t shareBegin(unsigned share) const { return chunks * share / shareCount; }
        std::atomic<bool> failed{false};
        std::exception_ptr failure; // written by the lane that set `failed`
    };

    // Spin, then yield, then sleep: how long before each.
    static constexpr std::chrono::microseconds kSpinFor{20};
    static constexpr std::chrono::microseconds kYieldFor{200};

    static void pause()
    {
#if defined(__SSE2__) || defined(_M_X64)
        _mm_pause();
#endif
    }

    // Waits until done() holds: spins, yields, then blocks on `cv` (whoever
    // makes done() true takes m_mutex before notifying, so no wake-up is
    // lost).
    template <typename Done>
    void await(std::condition_variable &cv, Done done)
    {
        const auto start = std::chrono::steady_clock::now();
        for (unsigned round = 1;; ++round) {
            if (done())
                return;
            if (round % 64 != 0) {
                pause();
                continue;
            }
            const auto waited = std::chrono::steady_clock::now() - start;
            if (waited > kYieldFor)
                break;
            if (waited > kSpinFor)
                std::this_thread::yield();
        }
        std::unique_lock<std::mutex> lock(m_mutex);
        cv.wait(lock, done);
    }

    static void work(Job &job, unsigned lane)
    {
        try {
            // The lane's own share first, then the following ones in turn.
            for (unsigned k = 0; k < job.shareCount; ++k) {
                const unsigned share = (lane + k) % job.shareCount;
                const std::uint64_t end = job.shareBegin(share + 1);
                while (!job.failed.load(std::memory_order_relaxed)) {
                    const std::uint64_t chunk = job.shares[share].next.fetch_add(1, std::memory_order_relaxed);
                    if (chunk >= end)
                        break;
                    const std::uint64_t begin = chunk * job.chunkSize;
                    job.invoke(job.context, lane, chunk, begin, std::min(job.n, begin + job.chunkSize));
                }
            }
        } catch (...) {
            if (!job.failed.exchange(true))
                job.failure = std::current_exception();
        }
    }

    void waitForWorkers()
    {
        await(m_done, [this] { return m_pending.load(std::memory_order_acquire) == 0; });
    }

    void workerLoop(unsigned lane)
    {
        std::uint64_t seen = 0;
        for (;;) {
            await(m_wake, [&] { return m_generation.load(std::memory_order_acquire) != seen; });
            seen = m_generation.load(std::memory_order_acquire);
            if (m_stopping.load(std::memory_order_relaxed))
                return;
            work(*m_job, lane);
            if (m_pending.fetch_sub(1, std::memory_order_acq_rel) == 1) {
                // Last one out: the caller may be asleep.
                {
                    std::lock_guard<std::mutex> lock(m_mutex);
                }
                m_done.notify_one();
            }
        }
    }

    void stop()
    {
        {
            std::lock_guard<std::mutex> lock(m_mutex);
            m_stopping.store(true, std::memory_order_relaxed);
            m_generation.fetch_add(1, std::memory_order_release);
        }
        m_wake.notify_all();
        for (std::thread &worker : m_workers)
            worker.join();
        m_workers.clear();
    }

    std::unique_ptr<Share[]> m_shares; // one per lane, reused by every job
    std::vector<std::thread> m_workers;
    std::mutex m_mutex;
    std::condition_variable m_wake; // a new job or stop
    std::condition_variable m_done; // the last worker left the job
    std::atomic<std::uint64_t> m_generation{0};
    std::atomic<unsigned> m_pending{0};
    std::atomic<bool> m_stopping{false};
    Job *m_job = nullptr; // published by m_generation's release
};

} // namespace hplx
