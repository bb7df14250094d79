#include "store/LandscapeDatabase.h"

#include "jobs/Feedback.h"
#include "store/Schema.h"
#include "store/Sqlite.h"
#include "util/Error.h"
#include "util/Format.h"

#include <sqlite3.h>

#include <cmath>
#include <map>

namespace hplx {

namespace {

std::string rowRef(const std::string &path, const std::string &table, const std::string &row)
{
    return path + ": table " + table + ", " + row;
}

} // namespace

LandscapeDatabase::LandscapeDatabase(const std::string &path) : m_path(path)
{
    m_db = std::make_unique<SqliteDb>(path, SqliteDb::Mode::ReadOnly);
    checkFormat();
    readSpaces();
    readLandscapes();
}

LandscapeDatabase::~LandscapeDatabase() = default;

void LandscapeDatabase::checkFormat()
{
    // The first read of the file tells SQLite whether it is a database at all.
    auto tables = m_db->prepare("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'hplx_meta'");
    tables.step();
    if (tables.columnInt(0) == 0)
        throw Error(ErrorKind::NotHplxDatabase,
                    m_path + ": an SQLite database, but not an HPLX landscape database (it has no hplx_meta table)");

    std::map<std::string, std::string> meta;
    auto rows = m_db->prepare("SELECT key, value FROM hplx_meta");
    while (rows.step())
        meta[rows.columnText(0)] = rows.columnText(1);
    if (meta["format"] != schema::kFormatTag)
        throw Error(ErrorKind::NotHplxDatabase, m_path + ": table hplx_meta has format '" + meta["format"]
                                                    + "', expected '" + schema::kFormatTag + "'");
    const auto version = parseNumber(meta["schema_version"]);
    if (!version || *version < 1 || *version != std::floor(*version))
        throw Error(ErrorKind::NotHplxDatabase, m_path + ": table hplx_meta has schema_version '"
                                                    + meta["schema_version"] + "', expected a positive integer");
    // Compare before converting: casting a double beyond int's range is undefined.
    if (*version > schema::kVersion)
        throw Error(ErrorKind::NewerSchema, m_path + ": written with HPLX database schema version "
                                                + meta["schema_version"] + "; this HPLX reads up to version "
                                                + std::to_string(schema::kVersion)
                                                + ". Please update HPLX to open it.");
    m_schemaVersion = static_cast<int>(*version);
}

void LandscapeDatabase::readSpaces()
{
    struct PendingHp
    {
        std::string name;
        HpKind kind = HpKind::Ordinal;
        std::vector<std::string> labels;
    };
    struct PendingSpace
    {
        std::string name;
        std::int64_t size = 0;
        std::vector<PendingHp> hps;
    };
    std::map<std::int64_t, PendingSpace> pending;

    auto spaces = m_db->prepare("SELECT id, name, size FROM spaces ORDER BY id");
    while (spaces.step())
        pending[spaces.columnInt(0)] = {spaces.columnText(1), spaces.columnInt(2), {}};

    auto hps = m_db->prepare("SELECT space_id, position, name, kind FROM hyperparameters ORDER BY space_id, position");
    while (hps.step()) {
        const auto spaceId = hps.columnInt(0);
        const auto position = hps.columnInt(1);
        const std::string where =
            rowRef(m_path, "hyperparameters",
                   "row space_id=" + std::to_string(spaceId) + " position=" + std::to_string(position));
        auto found = pending.find(spaceId);
        if (found == pending.end())
            throw Error(ErrorKind::InvalidData, where + ": no such space in table spaces");
        auto &list = found->second.hps;
        if (position != static_cast<std::int64_t>(list.size()))
            throw Error(ErrorKind::InvalidData, where + ": expected position " + std::to_string(list.size())
                                                    + " (positions count from 0 without gaps)");
        const auto kind = hpKindFromString(hps.columnText(3));
        if (!kind)
            throw Error(ErrorKind::InvalidData,
                        where + ": column kind is '" + hps.columnText(3) + "', expected 'ordinal' or 'categorical'");
        list.push_back({hps.columnText(2), *kind, {}});
    }

    auto values = m_db->prepare(
        "SELECT space_id, hp_position, value_index, label FROM hp_values ORDER BY space_id, hp_position, value_index");
    while (values.step()) {
        const auto spaceId = values.columnInt(0);
        const auto position = values.columnInt(1);
        const auto index = values.columnInt(2);
        const std::string where = rowRef(m_path, "hp_values",
                                         "row space_id=" + std::to_string(spaceId) + " hp_position="
                                             + std::to_string(position) + " value_index=" + std::to_string(index));
        auto found = pending.find(spaceId);
        if (found == pending.end() || position < 0 || position >= static_cast<std::int64_t>(found->second.hps.size()))
            throw Error(ErrorKind::InvalidData, where + ": no such hyperparameter in table hyperparameters");
        auto &labels = found->second.hps[static_cast<std::size_t>(position)].labels;
        if (index != static_cast<std::int64_t>(labels.size()))
            throw Error(ErrorKind::InvalidData, where + ": expected value_index " + std::to_string(labels.size())
                                                    + " (indices count from 0 without gaps)");
        labels.push_back(values.columnText(3));
    }

    for (auto &[id, space] : pending) {
        const std::string where = rowRef(m_path, "spaces", "row id=" + std::to_string(id));
        try {
            std::vector<Hyperparameter> list;
            for (auto &hp : space.hps)
                list.emplace_back(hp.name, hp.kind, std::move(hp.labels));
            auto built = std::make_shared<const SearchSpace>(std::move(list));
            if (built->size() != space.size)
                throw Error(ErrorKind::InvalidData, "column size is " + std::to_string(space.size)
                                                        + " but the hyperparameters' value counts multiply to "
                                                        + std::to_string(built->size()));
            m_spaces.push_back({id, space.name, std::move(built)});
        } catch (const Error &error) {
            if (error.kind() != ErrorKind::InvalidData)
                throw;
            throw Error(ErrorKind::InvalidData, where + ": " + error.what());
        }
    }
}

void LandscapeDatabase::readLandscapes()
{
    auto rows = m_db->prepare("SELECT id, space_id, model, dataset, fidelity_name, fidelity_value, split, "
                              "loss_name, source, attributes, evaluated FROM landscapes ORDER BY id");
    while (rows.step()) {
        LandscapeInfo info;
        info.id = rows.columnInt(0);
        info.spaceId = rows.columnInt(1);
        info.key.model = rows.columnText(2);
        info.key.dataset = rows.columnText(3);
        info.key.fidelityName = rows.columnText(4);
        if (!rows.isNull(5))
            info.key.fidelityValue = rows.columnDouble(5);
        info.key.split = rows.columnText(6);
        info.key.lossName = rows.columnText(7);
        info.source = rows.columnText(8);
        info.attributes = rows.columnText(9);
        const auto evaluated = rows.columnInt(10);
        const std::string where = rowRef(m_path, "landscapes", "row id=" + std::to_string(info.id));
        if (info.key.fidelityName.empty() != !info.key.fidelityValue)
            throw Error(ErrorKind::InvalidData,
                        where + ": fidelity_name and fidelity_value must be both set or both empty");
        const SpaceInfo *space = nullptr;
        for (const auto &candidate : m_spaces)
            space = candidate.id == info.spaceId ? &candidate : space;
        if (!space)
            throw Error(ErrorKind::InvalidData, where + ": column space_id is " + std::to_string(info.spaceId)
                                                    + ", not a space in table spaces");
        if (evaluated < 1 || evaluated > static_cast<std::int64_t>(space->space->size()))
            throw Error(ErrorKind::InvalidData, where + ": column evaluated is " + std::to_string(evaluated)
                                                    + ", expected 1 to " + std::to_string(space->space->size())
                                                    + " (the size of its search space)");
        info.evaluated = static_cast<std::uint64_t>(evaluated);
        m_landscapes.push_back(std::move(info));
    }
}

const SpaceInfo &LandscapeDatabase::space(std::int64_t spaceId) const
{
    for (const auto &space : m_spaces) {
        if (space.id == spaceId)
            return space;
    }
    throw Error(ErrorKind::InvalidArgument, m_path + ": there is no search space with id " + std::to_string(spaceId));
}

const LandscapeInfo &LandscapeDatabase::landscapeInfo(std::int64_t landscapeId) const
{
    for (const auto &info : m_landscapes) {
        if (info.id == landscapeId)
            return info;
    }
    throw Error(ErrorKind::InvalidArgument, m_path + ": there is no landscape with id " + std::to_string(landscapeId)
                                                + " (`hplx-cli info` lists the ids)");
}

Landscape LandscapeDatabase::loadLandscape(std::int64_t landscapeId, Feedback *feedback) const
{
    const LandscapeInfo &info = landscapeInfo(landscapeId);
    const SpaceInfo &spaceInfo = space(info.spaceId);
    const ConfigId size = spaceInfo.space->size();
    std::vector<double> loss(size, std::nan(""));

    auto rows = m_db->prepare("SELECT config_id, loss FROM losses WHERE landscape_id = ? ORDER BY config_id");
    rows.bind(1, static_cast<std::int64_t>(landscapeId));
    const std::string where = m_path + ": table losses, landscape_id=" + std::to_string(landscapeId);
    std::uint64_t count = 0;
    std::int64_t previous = -1;
    while (rows.step()) {
        // columnInt() would read a text or fractional id as some other configuration.
        if (rows.columnType(0) != SQLITE_INTEGER)
            throw Error(ErrorKind::InvalidData,
                        where + " config_id='" + rows.columnText(0) + "': not an integer configuration id");
        const std::int64_t config = rows.columnInt(0);
        if (config < 0 || config >= static_cast<std::int64_t>(size))
            throw Error(ErrorKind::InvalidData, where + " config_id=" + std::to_string(config)
                                                    + ": outside the search space (expected 0 to "
                                                    + std::to_string(size - 1) + ")");
        if (config == previous)
            throw Error(ErrorKind::InvalidData,
                        where + " config_id=" + std::to_string(config) + ": the configuration appears twice");
        const int type = rows.columnType(1);
        if (type != SQLITE_FLOAT && type != SQLITE_INTEGER)
            throw Error(ErrorKind::InvalidData,
                        where + " config_id=" + std::to_string(config) + ": column loss is not a number");
        const double value = rows.columnDouble(1);
        if (!std::isfinite(value))
            throw Error(ErrorKind::InvalidData, where + " config_id=" + std::to_string(config) + ": column loss is "
                                                    + formatNumber(value) + ", expected a finite number");
        loss[static_cast<std::size_t>(config)] = value;
        previous = config;
        ++count;
        if (feedback && (count & 0xffff) == 0) {
            feedback->throwIfCancelled();
            feedback->setProgress(static_cast<double>(count) / static_cast<double>(info.evaluated), "reading losses");
        }
    }
    if (count == 0)
        throw Error(ErrorKind::InvalidData, where + ": the landscape has no evaluated configurations");
    if (count != info.evaluated)
        throw Error(ErrorKind::InvalidData, where + ": " + std::to_string(count) + " rows, but table landscapes says "
                                                + std::to_string(info.evaluated) + " configurations were evaluated");
    if (feedback)
        feedback->setProgress(1.0, "reading losses");
    return Landscape(spaceInfo.space, info, std::move(loss));
}

} // namespace hplx
