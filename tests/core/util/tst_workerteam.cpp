// WorkerTeam: every chunk runs exactly once on a valid lane, each lane
// starts on its own share of the chunks, run() is a
// barrier across many back-to-back jobs and after the workers went to sleep,
// and an exception thrown on any lane reaches the caller without a hang,
// leaving the team usable.
#include "util/WorkerTeam.h"

#include <QtTest>

#include <atomic>
#include <chrono>
#include <cstdint>
#include <stdexcept>
#include <thread>
#include <vector>

using namespace hplx;

class TestWorkerTeam : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyChunkOnce_data();
    void everyChunkOnce();
    void lanesStartOnTheirShare();
    void barrierBetweenJobs();
    void wakesAfterSleeping();
    void propagatesException_data();
    void propagatesException();
    void emptyJob();
};

void TestWorkerTeam::everyChunkOnce_data()
{
    QTest::addColumn<unsigned>("threads");
    QTest::newRow("1 thread") << 1u;
    QTest::newRow("2 threads") << 2u;
    QTest::newRow("5 threads") << 5u;
    QTest::newRow("all cores") << 0u;
}

void TestWorkerTeam::everyChunkOnce()
{
    QFETCH(unsigned, threads);
    WorkerTeam team(threads);
    QVERIFY(team.size() >= 1);
    if (threads > 0)
        QCOMPARE(team.size(), threads);
    constexpr std::uint64_t kN = 1003;
    constexpr std::uint64_t kChunk = 10;
    std::vector<std::atomic<int>> visits(kN);
    std::atomic<bool> badChunk{false};
    std::atomic<bool> badLane{false};
    team.run(kN, kChunk, [&](unsigned lane, std::uint64_t chunk, std::uint64_t begin, std::uint64_t end) {
        if (begin != chunk * kChunk || end != std::min(kN, begin + kChunk))
            badChunk = true;
        if (lane >= team.size())
            badLane = true;
        for (std::uint64_t i = begin; i < end; ++i)
            ++visits[i];
    });
    QVERIFY(!badChunk);
    QVERIFY(!badLane);
    for (const auto &count : visits)
        QCOMPARE(count.load(), 1);
}

// Two lanes, 100 chunks: lane 0 walks chunks 0, 1, ... and lane 1 starts at
// chunk 50 (each chunk takes long enough that lane 1 is awake before lane 0
// could have reached its share). A shared counter would hand lane 1 one of
// the first chunks.
void TestWorkerTeam::lanesStartOnTheirShare()
{
    WorkerTeam team(2);
    std::vector<std::uint64_t> taken[2];
    team.run(100, 1, [&](unsigned lane, std::uint64_t chunk, std::uint64_t, std::uint64_t) {
        taken[lane].push_back(chunk);
        std::this_thread::sleep_for(std::chrono::microseconds(500));
    });
    QVERIFY(!taken[0].empty());
    QVERIFY(!taken[1].empty());
    QCOMPARE(taken[0].front(), std::uint64_t{0});
    QCOMPARE(taken[1].front(), std::uint64_t{50});
    QCOMPARE(taken[0].size() + taken[1].size(), std::size_t{100});
    // Within its own share a lane goes front to back.
    for (unsigned lane = 0; lane < 2; ++lane)
        for (std::size_t k = 1; k < taken[lane].size(); ++k)
            if (taken[lane][k] / 50 == lane && taken[lane][k - 1] / 50 == lane)
                QVERIFY(taken[lane][k] > taken[lane][k - 1]);
}

// Each job reads what the previous job wrote in other chunks: a chunk
// running late (after run() returned) or early would see a stale value.
void TestWorkerTeam::barrierBetweenJobs()
{
    WorkerTeam team(3);
    constexpr std::uint64_t kN = 64;
    std::vector<int> previous(kN, 0);
    std::vector<int> next(kN, 0);
    std::atomic<int> stale{0};
    constexpr int kJobs = 3000;
    for (int job = 0; job < kJobs; ++job) {
        team.run(kN, 4, [&](unsigned, std::uint64_t, std::uint64_t begin, std::uint64_t end) {
            for (std::uint64_t i = begin; i < end; ++i) {
                if (previous[(i + 7) % kN] != job)
                    ++stale;
                next[i] = job + 1;
            }
        });
        std::swap(previous, next);
    }
    QCOMPARE(stale.load(), 0);
    for (const int value : previous)
        QCOMPARE(value, kJobs);
}

// Idle workers end up blocked on the condition variable; a new job must
// still reach them.
void TestWorkerTeam::wakesAfterSleeping()
{
    WorkerTeam team(2);
    for (int round = 0; round < 3; ++round) {
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
        std::atomic<int> chunks{0};
        team.run(100, 1, [&](unsigned, std::uint64_t, std::uint64_t, std::uint64_t) {
            std::this_thread::sleep_for(std::chrono::microseconds(50));
            ++chunks;
        });
        QCOMPARE(chunks.load(), 100);
    }
}

void TestWorkerTeam::propagatesException_data()
{
    QTest::addColumn<bool>("onWorker");
    QTest::newRow("on a worker") << true;
    QTest::newRow("on the caller") << false;
}

void TestWorkerTeam::propagatesException()
{
    QFETCH(bool, onWorker);
    WorkerTeam team(3);
    const std::thread::id caller = std::this_thread::get_id();
    std::atomic<int> thrown{0};
    std::atomic<bool> laneMismatch{false};
    bool caught = false;
    try {
        team.run(1000, 1, [&](unsigned lane, std::uint64_t, std::uint64_t, std::uint64_t) {
            // Slow chunks, so that every lane takes some before the throw.
            std::this_thread::sleep_for(std::chrono::microseconds(100));
            const bool onCaller = lane == 0;
            if (onCaller != (std::this_thread::get_id() == caller))
                laneMismatch = true;
            if (onCaller != onWorker) {
                ++thrown;
                throw std::runtime_error("chunk failed");
            }
        });
    } catch (const std::runtime_error &error) {
        caught = QByteArray(error.what()) == "chunk failed";
    }
    QVERIFY(caught);
    QVERIFY(thrown.load() >= 1);
    QVERIFY(!laneMismatch);
    // Still usable afterwards.
    std::atomic<int> chunks{0};
    team.run(50, 1, [&](unsigned, std::uint64_t, std::uint64_t, std::uint64_t) { ++chunks; });
    QCOMPARE(chunks.load(), 50);
}

void TestWorkerTeam::emptyJob()
{
    WorkerTeam team(2);
    int calls = 0;
    team.run(0, 8, [&](unsigned, std::uint64_t, std::uint64_t, std::uint64_t) { ++calls; });
    QCOMPARE(calls, 0);
}

QTEST_GUILESS_MAIN(TestWorkerTeam)
#include "tst_workerteam.moc"
