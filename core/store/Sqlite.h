// Thin RAII wrappers over the SQLite C API. Every failure becomes an hplx::Error
// whose message names the database file and the statement that failed.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

struct sqlite3;
struct sqlite3_stmt;

namespace hplx {

class SqliteStatement;

class SqliteDb
{
public:
    enum class Mode { ReadOnly, ReadWriteCreate };

    SqliteDb(const std::string &path, Mode mode);
    ~SqliteDb();
    SqliteDb(const SqliteDb &) = delete;
    SqliteDb &operator=(const SqliteDb &) = delete;

    const std::string &path() const { return m_path; }
    sqlite3 *handle() const { return m_db; }

    void exec(std::string_view sql);
    SqliteStatement prepare(std::string_view sql);
    std::int64_t lastInsertId() const;

    // Raises an Error for a SQLite result code, classifying corrupt/foreign files.
    [[noreturn]] void fail(int code, std::string_view what) const;

private:
    std::string m_path;
    sqlite3 *m_db = nullptr;
};

class SqliteStatement
{
public:
    SqliteStatement(SqliteDb &db, std::string_view sql);
    ~SqliteStatement();
    SqliteStatement(SqliteStatement &&other) noexcept;
    SqliteStatement(const SqliteStatement &) = delete;
    SqliteStatement &operator=(const SqliteStatement &) = delete;
    SqliteStatement &operator=(SqliteStatement &&) = delete;

    // Parameters are 1-based as in SQLite.
    void bind(int index, std::int64_t value);
    void bind(int index, double value);
    void bind(int index, std::string_view value);
    void bindNull(int index);
    void bindBlob(int index, const void *data, std::size_t size);

    // True while a row is available; false when done.
    bool step();
    void reset();

    bool isNull(int column) const;
    std::int64_t columnInt(int column) const;
    double columnDouble(int column) const;
    std::string columnText(int column) const;
    // The bytes of a BLOB (or TEXT) value.
    std::string columnBlob(int column) const;
    // SQLite's dynamic type of a value (SQLITE_INTEGER, SQLITE_FLOAT, ...).
    int columnType(int column) const;

private:
    SqliteDb &m_db;
    sqlite3_stmt *m_stmt = nullptr;
    std::string m_sql;
};

} // namespace hplx
