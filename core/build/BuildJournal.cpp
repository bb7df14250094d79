#include "build/BuildJournal.h"

#include "store/Sqlite.h"
#include "util/Error.h"

#include <cmath>
#include <cstdio>

namespace hplx::build {

BuildJournal::BuildJournal(const std::string &path, const std::string &identity) : m_path(path)
{
    m_db = std::make_unique<SqliteDb>(path, SqliteDb::Mode::ReadWriteCreate);
    m_db->exec("CREATE TABLE IF NOT EXISTS journal_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);"
               "CREATE TABLE IF NOT EXISTS evaluations (unit INTEGER PRIMARY KEY, fit_loss REAL, eval_loss REAL, "
               "failure TEXT)");
    auto query = m_db->prepare("SELECT value FROM journal_meta WHERE key = 'identity'");
    if (query.step()) {
        if (query.columnText(0) != identity)
            throw Error(ErrorKind::InvalidData,
                        path
                            + ": the journal of an interrupted build of another spec (or of other data or another "
                              "learner version); delete it to start this build afresh");
        return;
    }
    auto insert = m_db->prepare("INSERT INTO journal_meta (key, value) VALUES ('identity', ?)");
    insert.bind(1, identity);
    insert.step();
}

BuildJournal::~BuildJournal() = default;

std::vector<Evaluation> BuildJournal::load()
{
    std::vector<Evaluation> done;
    auto rows = m_db->prepare("SELECT unit, fit_loss, eval_loss, failure FROM evaluations ORDER BY unit");
    while (rows.step()) {
        Evaluation e;
        e.unit = static_cast<std::uint64_t>(rows.columnInt(0));
        e.fitLoss = rows.isNull(1) ? std::nan("") : rows.columnDouble(1);
        e.evalLoss = rows.isNull(2) ? std::nan("") : rows.columnDouble(2);
        e.failure = rows.columnText(3);
        done.push_back(std::move(e));
    }
    return done;
}

void BuildJournal::append(const std::vector<Evaluation> &batch)
{
    if (batch.empty())
        return;
    m_db->exec("BEGIN IMMEDIATE");
    try {
        writeBatch(batch);
    } catch (...) {
        m_db->exec("ROLLBACK");
        throw;
    }
    m_db->exec("COMMIT");
}

void BuildJournal::writeBatch(const std::vector<Evaluation> &batch)
{
    auto insert =
        m_db->prepare("INSERT OR REPLACE INTO evaluations (unit, fit_loss, eval_loss, failure) VALUES (?, ?, ?, ?)");
    for (const auto &e : batch) {
        insert.reset();
        insert.bind(1, static_cast<std::int64_t>(e.unit));
        if (std::isnan(e.fitLoss))
            insert.bindNull(2);
        else
            insert.bind(2, e.fitLoss);
        if (std::isnan(e.evalLoss))
            insert.bindNull(3);
        else
            insert.bind(3, e.evalLoss);
        if (e.failure.empty())
            insert.bindNull(4);
        else
            insert.bind(4, e.failure);
        insert.step();
    }
}

void BuildJournal::remove()
{
    m_db.reset();
    std::remove(m_path.c_str());
}

} // namespace hplx::build
