// A cache of computed results (embeddings, for now) in HPLX's own SQLite
// file, never in the user's database (ARCHITECTURE.md: user files are opened
// read-only). Entries are opaque payloads under a key that the producer
// derives from its input, method, parameters and code version, so a stale
// entry is never found rather than ever invalidated. One object per thread;
// several processes may share the file (WAL mode, busy timeout).
#pragma once

#include <memory>
#include <optional>
#include <string>

namespace hplx {

class SqliteDb;

class ResultCache
{
public:
    // $HPLX_CACHE_DIR/results.sqlite when set, else $XDG_CACHE_HOME/hplx/...,
    // else $HOME/.cache/hplx/...; empty when none of them is set.
    static std::string defaultPath();

    // Creates the folder and the file when missing. Throws Error(Io) when it
    // cannot, and Error(NotHplxDatabase) when path is some other file.
    explicit ResultCache(const std::string &path);
    ~ResultCache();
    ResultCache(const ResultCache &) = delete;
    ResultCache &operator=(const ResultCache &) = delete;

    const std::string &path() const { return m_path; }

    // The payload stored under (kind, key), if any.
    std::optional<std::string> find(const std::string &kind, const std::string &key);
    // Stores or replaces the payload of (kind, key).
    void store(const std::string &kind, const std::string &key, const std::string &payload);
    // Removes one entry (e.g. a payload that no longer decodes).
    void remove(const std::string &kind, const std::string &key);
    std::size_t entryCount();

private:
    std::string m_path;
    std::unique_ptr<SqliteDb> m_db;
};

} // namespace hplx
