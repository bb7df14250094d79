#include "store/Sqlite.h"

#include "util/Error.h"

#include <sqlite3.h>

namespace hplx {

SqliteDb::SqliteDb(const std::string &path, Mode mode) : m_path(path)
{
    const int flags = mode == Mode::ReadOnly ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE;
    const int rc = sqlite3_open_v2(path.c_str(), &m_db, flags | SQLITE_OPEN_NOMUTEX, nullptr);
    if (rc != SQLITE_OK) {
        const std::string reason = m_db ? sqlite3_errmsg(m_db) : sqlite3_errstr(rc);
        sqlite3_close(m_db);
        m_db = nullptr;
        throw Error(ErrorKind::Io, path + ": cannot open as a database (" + reason + ")");
    }
    sqlite3_extended_result_codes(m_db, 1);
    // A locked file should wait briefly instead of failing at once, never forever.
    sqlite3_busy_timeout(m_db, 5000);
}

SqliteDb::~SqliteDb()
{
    sqlite3_close_v2(m_db);
}

void SqliteDb::fail(int code, std::string_view what) const
{
    const int primary = code & 0xff;
    const std::string reason = m_db ? sqlite3_errmsg(m_db) : sqlite3_errstr(code);
    if (primary == SQLITE_NOTADB)
        throw Error(ErrorKind::NotHplxDatabase, m_path + ": not a database file (" + reason + ")");
    if (primary == SQLITE_CORRUPT)
        throw Error(ErrorKind::Corrupt,
                    m_path + ": the database is damaged or truncated (" + reason + ") while " + std::string(what));
    throw Error(ErrorKind::Io, m_path + ": " + reason + " while " + std::string(what));
}

void SqliteDb::exec(std::string_view sql)
{
    char *message = nullptr;
    const std::string text(sql);
    const int rc = sqlite3_exec(m_db, text.c_str(), nullptr, nullptr, &message);
    sqlite3_free(message);
    if (rc != SQLITE_OK)
        fail(rc, "running: " + text.substr(0, 80));
}

SqliteStatement SqliteDb::prepare(std::string_view sql)
{
    return SqliteStatement(*this, sql);
}

std::int64_t SqliteDb::lastInsertId() const
{
    return sqlite3_last_insert_rowid(m_db);
}

SqliteStatement::SqliteStatement(SqliteDb &db, std::string_view sql) : m_db(db), m_sql(sql)
{
    const int rc = sqlite3_prepare_v2(db.handle(), m_sql.data(), static_cast<int>(m_sql.size()), &m_stmt, nullptr);
    if (rc != SQLITE_OK)
        db.fail(rc, "preparing: " + m_sql.substr(0, 80));
}

SqliteStatement::SqliteStatement(SqliteStatement &&other) noexcept
    : m_db(other.m_db), m_stmt(other.m_stmt), m_sql(std::move(other.m_sql))
{
    other.m_stmt = nullptr;
}

SqliteStatement::~SqliteStatement()
{
    sqlite3_finalize(m_stmt);
}

void SqliteStatement::bind(int index, std::int64_t value)
{
    sqlite3_bind_int64(m_stmt, index, value);
}

void SqliteStatement::bind(int index, double value)
{
    sqlite3_bind_double(m_stmt, index, value);
}

void SqliteStatement::bind(int index, std::string_view value)
{
    sqlite3_bind_text(m_stmt, index, value.data(), static_cast<int>(value.size()), SQLITE_TRANSIENT);
}

void SqliteStatement::bindBlob(int index, const void *data, std::size_t size)
{
    sqlite3_bind_blob64(m_stmt, index, data, static_cast<sqlite3_uint64>(size), SQLITE_TRANSIENT);
}

void SqliteStatement::bindNull(int index)
{
    sqlite3_bind_null(m_stmt, index);
}

bool SqliteStatement::step()
{
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    if (rc == SQLITE_DONE)
        return false;
    m_db.fail(rc, "running: " + m_sql.substr(0, 80));
}

void SqliteStatement::reset()
{
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
}

bool SqliteStatement::isNull(int column) const
{
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

std::int64_t SqliteStatement::columnInt(int column) const
{
    return sqlite3_column_int64(m_stmt, column);
}

double SqliteStatement::columnDouble(int column) const
{
    return sqlite3_column_double(m_stmt, column);
}

std::string SqliteStatement::columnText(int column) const
{
    const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
    return text ? std::string(text, static_cast<std::size_t>(sqlite3_column_bytes(m_stmt, column))) : std::string();
}

std::string SqliteStatement::columnBlob(int column) const
{
    const auto *data = static_cast<const char *>(sqlite3_column_blob(m_stmt, column));
    return data ? std::string(data, static_cast<std::size_t>(sqlite3_column_bytes(m_stmt, column))) : std::string();
}

int SqliteStatement::columnType(int column) const
{
    return sqlite3_column_type(m_stmt, column);
}

} // namespace hplx
