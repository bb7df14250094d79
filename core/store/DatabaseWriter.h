// Writes landscapes into an HPLX database the user named (import and build).
// Creates the file with the current schema when it does not exist or is empty
// (with the first write); refuses to touch files that are not HPLX databases
// of the current schema version.
#pragma once

#include "space/Landscape.h"
#include "space/SearchSpace.h"

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace hplx {

class SqliteDb;

class DatabaseWriter
{
public:
    explicit DatabaseWriter(const std::string &path);
    ~DatabaseWriter();
    DatabaseWriter(const DatabaseWriter &) = delete;
    DatabaseWriter &operator=(const DatabaseWriter &) = delete;

    const std::string &path() const { return m_path; }

    // Everything between begin() and commit() lands together or not at all;
    // destroying the writer without commit() rolls back.
    void begin();
    void commit();

    // Id of a stored space equal to this one (same HPs, kinds and value lists),
    // adding it under `name` when there is none.
    std::int64_t addSpace(const SearchSpace &space, const std::string &name);

    // Id of the stored landscape with this space and key, if any.
    std::optional<std::int64_t> findLandscape(std::int64_t spaceId, const LandscapeKey &key);

    // Stores one landscape: every non-NaN entry of loss (one per configuration of
    // the space). Throws Error(InvalidData) when the key exists already, a loss
    // is infinite, or nothing was evaluated.
    std::int64_t addLandscape(std::int64_t spaceId, const LandscapeKey &key, const std::vector<double> &loss,
                              const std::string &source, const std::string &attributes = "{}");

private:
    // Creates the tables of an empty file (in the open transaction, if any).
    void ensureSchema();

    std::string m_path;
    std::unique_ptr<SqliteDb> m_db;
    bool m_inTransaction = false;
    bool m_needsSchema = false;
};

} // namespace hplx
