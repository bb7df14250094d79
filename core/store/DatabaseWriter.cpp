#include "store/DatabaseWriter.h"

#include "store/Schema.h"
#include "store/Sqlite.h"
#include "util/Error.h"
#include "util/Format.h"

#include <sqlite3.h>

#include <cmath>

namespace hplx {

namespace {

constexpr const char *kCreatedBy = "hplx " HPLX_VERSION;

} // namespace

DatabaseWriter::DatabaseWriter(const std::string &path) : m_path(path)
{
    m_db = std::make_unique<SqliteDb>(path, SqliteDb::Mode::ReadWriteCreate);
    auto tables = m_db->prepare("SELECT count(*) FROM sqlite_master");
    tables.step();
    if (tables.columnInt(0) == 0) {
        // Created with the first write, inside its transaction: a failed import
        // into a new or empty file leaves it as it was.
        m_needsSchema = true;
        return;
    }
    auto format = m_db->prepare("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'hplx_meta'");
    format.step();
    if (format.columnInt(0) == 0)
        throw Error(ErrorKind::NotHplxDatabase,
                    path
                        + ": an existing SQLite database that is not an HPLX landscape database; "
                          "HPLX writes only into its own databases (name a new file)");
    auto tag = m_db->prepare("SELECT value FROM hplx_meta WHERE key = 'format'");
    const std::string foundTag = tag.step() ? tag.columnText(0) : std::string();
    if (foundTag != schema::kFormatTag)
        throw Error(ErrorKind::NotHplxDatabase, path + ": table hplx_meta has format '" + foundTag + "', expected '"
                                                    + schema::kFormatTag
                                                    + "'; HPLX writes only into its own databases");
    auto version = m_db->prepare("SELECT value FROM hplx_meta WHERE key = 'schema_version'");
    const std::string found = version.step() ? version.columnText(0) : std::string("none");
    if (found != std::to_string(schema::kVersion)) {
        const auto number = parseNumber(found);
        const bool newer = number && *number > schema::kVersion;
        throw Error(newer ? ErrorKind::NewerSchema : ErrorKind::NotHplxDatabase,
                    path + ": HPLX database schema version " + found + "; this HPLX writes only version "
                        + std::to_string(schema::kVersion) + " (name a new file)");
    }
}

DatabaseWriter::~DatabaseWriter()
{
    // Not exec(): it throws, and a throwing destructor terminates the program
    // (SQLite may already have rolled back on its own after an I/O error).
    if (m_inTransaction)
        sqlite3_exec(m_db->handle(), "ROLLBACK", nullptr, nullptr, nullptr);
}

void DatabaseWriter::ensureSchema()
{
    if (!m_needsSchema)
        return;
    m_db->exec(schema::kCreateSql);
    auto meta = m_db->prepare("INSERT INTO hplx_meta (key, value) VALUES (?, ?)");
    const std::pair<const char *, std::string> rows[] = {
        {"format", schema::kFormatTag},
        {"schema_version", std::to_string(schema::kVersion)},
        {"created_by", kCreatedBy},
    };
    for (const auto &[key, value] : rows) {
        meta.bind(1, std::string_view(key));
        meta.bind(2, value);
        meta.step();
        meta.reset();
    }
    m_needsSchema = false;
}

void DatabaseWriter::begin()
{
    m_db->exec("BEGIN IMMEDIATE");
    m_inTransaction = true;
    ensureSchema();
}

void DatabaseWriter::commit()
{
    m_db->exec("COMMIT");
    m_inTransaction = false;
}

std::int64_t DatabaseWriter::addSpace(const SearchSpace &space, const std::string &name)
{
    ensureSchema();
    // Compare with every stored space of the same size: spaces are few and small.
    auto candidates = m_db->prepare("SELECT id FROM spaces WHERE size = ?");
    candidates.bind(1, static_cast<std::int64_t>(space.size()));
    auto hps = m_db->prepare("SELECT position, name, kind FROM hyperparameters WHERE space_id = ? ORDER BY position");
    auto values =
        m_db->prepare("SELECT label FROM hp_values WHERE space_id = ? AND hp_position = ? ORDER BY value_index");
    while (candidates.step()) {
        const auto id = candidates.columnInt(0);
        hps.reset();
        hps.bind(1, id);
        std::vector<Hyperparameter> stored;
        while (hps.step()) {
            std::vector<std::string> labels;
            values.reset();
            values.bind(1, id);
            values.bind(2, hps.columnInt(0));
            while (values.step())
                labels.push_back(values.columnText(0));
            const auto kind = hpKindFromString(hps.columnText(2));
            if (!kind || labels.empty())
                break;
            stored.emplace_back(hps.columnText(1), *kind, std::move(labels));
        }
        if (stored == space.hyperparameters())
            return id;
    }

    auto insertSpace = m_db->prepare("INSERT INTO spaces (name, size) VALUES (?, ?)");
    insertSpace.bind(1, name);
    insertSpace.bind(2, static_cast<std::int64_t>(space.size()));
    insertSpace.step();
    const std::int64_t id = m_db->lastInsertId();
    auto insertHp = m_db->prepare("INSERT INTO hyperparameters (space_id, position, name, kind) VALUES (?, ?, ?, ?)");
    auto insertValue =
        m_db->prepare("INSERT INTO hp_values (space_id, hp_position, value_index, label) VALUES (?, ?, ?, ?)");
    for (std::size_t h = 0; h < space.dimension(); ++h) {
        const auto &hp = space.hp(h);
        insertHp.reset();
        insertHp.bind(1, id);
        insertHp.bind(2, static_cast<std::int64_t>(h));
        insertHp.bind(3, hp.name());
        insertHp.bind(4, toString(hp.kind()));
        insertHp.step();
        for (std::uint32_t v = 0; v < hp.size(); ++v) {
            insertValue.reset();
            insertValue.bind(1, id);
            insertValue.bind(2, static_cast<std::int64_t>(h));
            insertValue.bind(3, static_cast<std::int64_t>(v));
            insertValue.bind(4, hp.label(v));
            insertValue.step();
        }
    }
    return id;
}

std::optional<std::int64_t> DatabaseWriter::findLandscape(std::int64_t spaceId, const LandscapeKey &key)
{
    ensureSchema();
    auto query = m_db->prepare("SELECT id FROM landscapes WHERE space_id = ? AND model = ? AND dataset = ? AND "
                               "fidelity_name = ? AND fidelity_value IS ? AND split = ? AND loss_name = ?");
    query.bind(1, spaceId);
    query.bind(2, key.model);
    query.bind(3, key.dataset);
    query.bind(4, key.fidelityName);
    if (key.fidelityValue)
        query.bind(5, *key.fidelityValue);
    else
        query.bindNull(5);
    query.bind(6, key.split);
    query.bind(7, key.lossName);
    if (query.step())
        return query.columnInt(0);
    return std::nullopt;
}

std::int64_t DatabaseWriter::addLandscape(std::int64_t spaceId, const LandscapeKey &key,
                                          const std::vector<double> &loss, const std::string &source,
                                          const std::string &attributes)
{
    if (key.fidelityName.empty() != !key.fidelityValue)
        throw Error(ErrorKind::InvalidArgument,
                    "landscape '" + key.describe() + "': a fidelity needs both a name and a value");
    ensureSchema();
    // A landscape must fit a stored space, or no reader could load it again.
    auto spaceSize = m_db->prepare("SELECT size FROM spaces WHERE id = ?");
    spaceSize.bind(1, spaceId);
    if (!spaceSize.step())
        throw Error(ErrorKind::InvalidArgument, m_path + ": there is no search space with id " + std::to_string(spaceId)
                                                    + " for landscape '" + key.describe() + "'");
    if (static_cast<std::int64_t>(loss.size()) != spaceSize.columnInt(0))
        throw Error(ErrorKind::InvalidArgument, "landscape '" + key.describe() + "' has " + std::to_string(loss.size())
                                                    + " loss entries for a space of "
                                                    + std::to_string(spaceSize.columnInt(0)) + " configurations");
    if (findLandscape(spaceId, key))
        throw Error(ErrorKind::InvalidData, m_path + ": already holds the landscape '" + key.describe()
                                                + "' (remove it first or import into another file)");
    std::int64_t evaluated = 0;
    for (std::size_t id = 0; id < loss.size(); ++id) {
        if (std::isinf(loss[id]))
            throw Error(ErrorKind::InvalidData, "landscape '" + key.describe() + "': configuration "
                                                    + std::to_string(id) + " has an infinite loss");
        evaluated += std::isnan(loss[id]) ? 0 : 1;
    }
    if (evaluated == 0)
        throw Error(ErrorKind::InvalidData, "landscape '" + key.describe() + "' has no evaluated configurations");

    auto insert = m_db->prepare("INSERT INTO landscapes (space_id, model, dataset, fidelity_name, fidelity_value, "
                                "split, loss_name, source, attributes, evaluated) VALUES (?,?,?,?,?,?,?,?,?,?)");
    insert.bind(1, spaceId);
    insert.bind(2, key.model);
    insert.bind(3, key.dataset);
    insert.bind(4, key.fidelityName);
    if (key.fidelityValue)
        insert.bind(5, *key.fidelityValue);
    else
        insert.bindNull(5);
    insert.bind(6, key.split);
    insert.bind(7, key.lossName);
    insert.bind(8, source);
    insert.bind(9, attributes);
    insert.bind(10, evaluated);
    insert.step();
    const std::int64_t id = m_db->lastInsertId();

    auto row = m_db->prepare("INSERT INTO losses (landscape_id, config_id, loss) VALUES (?, ?, ?)");
    for (std::size_t config = 0; config < loss.size(); ++config) {
        if (std::isnan(loss[config]))
            continue;
        row.bind(1, id);
        row.bind(2, static_cast<std::int64_t>(config));
        row.bind(3, loss[config]);
        row.step();
        row.reset();
    }
    return id;
}

} // namespace hplx
