// Runs SQL on a file through the raw SQLite C API, bypassing every HPLX
// check: how the store tests craft damaged or foreign files.
#pragma once

#include <QString>
#include <QtGlobal>

#include <sqlite3.h>

namespace hplxtest {

inline bool rawExec(const QString &path, const QString &sql)
{
    sqlite3 *db = nullptr;
    int rc = sqlite3_open_v2(path.toUtf8().constData(), &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr);
    char *message = nullptr;
    if (rc == SQLITE_OK)
        rc = sqlite3_exec(db, sql.toUtf8().constData(), nullptr, nullptr, &message);
    if (rc != SQLITE_OK)
        qWarning("sqlite: %s", message ? message : sqlite3_errstr(rc));
    sqlite3_free(message);
    sqlite3_close(db);
    return rc == SQLITE_OK;
}

} // namespace hplxtest
