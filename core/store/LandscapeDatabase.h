// Read-only access to an HPLX landscape database. The file is opened with
// SQLITE_OPEN_READONLY and never modified. Opening validates the format and
// reads the catalogue (spaces and landscape descriptions); losses are read on
// demand. One object per thread: the SQLite connection is not shared.
#pragma once

#include "space/Landscape.h"
#include "space/SearchSpace.h"

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

namespace hplx {

class Feedback;
class SqliteDb;

struct SpaceInfo
{
    std::int64_t id = 0;
    std::string name;
    std::shared_ptr<const SearchSpace> space;
};

class LandscapeDatabase
{
public:
    // Throws Error: Io (cannot open), NotHplxDatabase, NewerSchema, Corrupt,
    // InvalidData (catalogue breaks a rule; the message names table and row).
    explicit LandscapeDatabase(const std::string &path);
    ~LandscapeDatabase();
    LandscapeDatabase(const LandscapeDatabase &) = delete;
    LandscapeDatabase &operator=(const LandscapeDatabase &) = delete;

    const std::string &path() const { return m_path; }
    int schemaVersion() const { return m_schemaVersion; }
    const std::vector<SpaceInfo> &spaces() const { return m_spaces; }
    const std::vector<LandscapeInfo> &landscapes() const { return m_landscapes; }

    // Throw Error(InvalidArgument) naming the database for unknown ids.
    const SpaceInfo &space(std::int64_t spaceId) const;
    const LandscapeInfo &landscapeInfo(std::int64_t landscapeId) const;

    // Reads the losses of one landscape. Throws Error(InvalidData) for a
    // configuration outside the space, a duplicate, a non-numeric or non-finite
    // loss, an empty landscape or a count that disagrees with the catalogue.
    Landscape loadLandscape(std::int64_t landscapeId, Feedback *feedback = nullptr) const;

private:
    void checkFormat();
    void readSpaces();
    void readLandscapes();

    std::string m_path;
    std::unique_ptr<SqliteDb> m_db;
    int m_schemaVersion = 0;
    std::vector<SpaceInfo> m_spaces;
    std::vector<LandscapeInfo> m_landscapes;
};

} // namespace hplx
