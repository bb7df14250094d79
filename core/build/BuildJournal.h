// The journal of a running build: every finished evaluation is appended to a
// small SQLite file beside the target database, so an interrupted build
// resumes where it stopped. It belongs to one spec (its identity text) and is
// removed once the landscapes are written.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

namespace hplx {
class SqliteDb;
}

namespace hplx::build {

struct Evaluation
{
    std::uint64_t unit = 0; // index of (dataset, fidelity, configuration, repeat, fold)
    double fitLoss = 0.0;   // loss on the rows the model was fitted on (NaN when failed)
    double evalLoss = 0.0;  // loss on the held-out rows (NaN when failed)
    std::string failure;    // the learner's error, empty when it worked
};

class BuildJournal
{
public:
    // Opens or creates the journal at path. Throws Error when the file holds the
    // journal of another spec (or of other data), naming both files.
    BuildJournal(const std::string &path, const std::string &identity);
    ~BuildJournal();
    BuildJournal(const BuildJournal &) = delete;
    BuildJournal &operator=(const BuildJournal &) = delete;

    const std::string &path() const { return m_path; }
    std::vector<Evaluation> load();
    // Appends in one transaction (one fsync per batch, not per evaluation).
    void append(const std::vector<Evaluation> &batch);
    // Closes and deletes the file.
    void remove();

    static std::string pathFor(const std::string &databasePath) { return databasePath + ".build-journal"; }

private:
    void writeBatch(const std::vector<Evaluation> &batch);

    std::string m_path;
    std::unique_ptr<SqliteDb> m_db;
};

} // namespace hplx::build
