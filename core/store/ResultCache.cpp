#include "store/ResultCache.h"

#include "store/Sqlite.h"
#include "util/Error.h"

#include <cstdlib>
#include <ctime>
#include <filesystem>
#include <system_error>

namespace hplx {

namespace {

constexpr const char *kFormat = "hplx-result-cache";
constexpr int kFormatVersion = 1;

std::string environment(const char *name)
{
    const char *value = std::getenv(name);
    return value ? std::string(value) : std::string();
}

std::string nowUtc()
{
    const std::time_t now = std::time(nullptr);
    std::tm parts{};
    gmtime_r(&now, &parts);
    char text[32];
    std::strftime(text, sizeof text, "%Y-%m-%dT%H:%M:%SZ", &parts);
    return text;
}

} // namespace

std::string ResultCache::defaultPath()
{
    std::string dir = environment("HPLX_CACHE_DIR");
    if (dir.empty()) {
        const std::string xdg = environment("XDG_CACHE_HOME");
        const std::string home = environment("HOME");
        if (!xdg.empty())
            dir = xdg + "/hplx";
        else if (!home.empty())
            dir = home + "/.cache/hplx";
        else
            return {};
    }
    return dir + "/results.sqlite";
}

ResultCache::ResultCache(const std::string &path) : m_path(path)
{
    const std::filesystem::path file(path);
    if (file.has_parent_path()) {
        std::error_code error;
        std::filesystem::create_directories(file.parent_path(), error);
        if (error)
            throw Error(ErrorKind::Io, path + ": cannot create the cache folder (" + error.message() + ")");
    }
    m_db = std::make_unique<SqliteDb>(path, SqliteDb::Mode::ReadWriteCreate);
    // A file that has tables but not ours is someone else's: refuse to touch it.
    auto tables = m_db->prepare("SELECT name FROM sqlite_master WHERE type = 'table'");
    bool hasMeta = false, hasOthers = false;
    while (tables.step()) {
        const std::string name = tables.columnText(0);
        if (name == "hplx_cache_meta")
            hasMeta = true;
        else
            hasOthers = true;
    }
    if (hasOthers && !hasMeta)
        throw Error(ErrorKind::NotHplxDatabase,
                    path + ": exists and is not an HPLX result cache (expected table hplx_cache_meta)");
    if (!hasMeta) {
        m_db->exec("PRAGMA journal_mode = WAL");
        m_db->exec("BEGIN IMMEDIATE");
        m_db->exec("CREATE TABLE IF NOT EXISTS hplx_cache_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)");
        m_db->exec("CREATE TABLE IF NOT EXISTS results (kind TEXT NOT NULL, key TEXT NOT NULL, "
                   "created TEXT NOT NULL, payload BLOB NOT NULL, PRIMARY KEY (kind, key))");
        auto meta = m_db->prepare("INSERT OR IGNORE INTO hplx_cache_meta (key, value) VALUES (?, ?)");
        meta.bind(1, std::string_view("format"));
        meta.bind(2, std::string_view(kFormat));
        meta.step();
        meta.reset();
        meta.bind(1, std::string_view("version"));
        meta.bind(2, std::string_view(std::to_string(kFormatVersion)));
        meta.step();
        m_db->exec("COMMIT");
        return;
    }
    auto version = m_db->prepare("SELECT value FROM hplx_cache_meta WHERE key = 'version'");
    if (!version.step() || version.columnText(0) != std::to_string(kFormatVersion))
        throw Error(ErrorKind::NewerSchema,
                    path + ": result cache of another HPLX version (table hplx_cache_meta, key 'version': expected "
                        + std::to_string(kFormatVersion) + "); delete the file to start a new cache");
}

ResultCache::~ResultCache() = default;

std::optional<std::string> ResultCache::find(const std::string &kind, const std::string &key)
{
    auto query = m_db->prepare("SELECT payload FROM results WHERE kind = ? AND key = ?");
    query.bind(1, std::string_view(kind));
    query.bind(2, std::string_view(key));
    if (!query.step())
        return std::nullopt;
    return query.columnBlob(0);
}

void ResultCache::store(const std::string &kind, const std::string &key, const std::string &payload)
{
    auto insert = m_db->prepare("INSERT OR REPLACE INTO results (kind, key, created, payload) VALUES (?, ?, ?, ?)");
    insert.bind(1, std::string_view(kind));
    insert.bind(2, std::string_view(key));
    insert.bind(3, std::string_view(nowUtc()));
    insert.bindBlob(4, payload.data(), payload.size());
    insert.step();
}

void ResultCache::remove(const std::string &kind, const std::string &key)
{
    auto erase = m_db->prepare("DELETE FROM results WHERE kind = ? AND key = ?");
    erase.bind(1, std::string_view(kind));
    erase.bind(2, std::string_view(key));
    erase.step();
}

std::size_t ResultCache::entryCount()
{
    auto count = m_db->prepare("SELECT COUNT(*) FROM results");
    count.step();
    return static_cast<std::size_t>(count.columnInt(0));
}

} // namespace hplx
