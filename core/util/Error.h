// Error type for everything HPLX reports to a user: bad input files, foreign or
// corrupt databases, invalid options. The message names the file, table, row
// and column involved and what was expected, so a researcher can act on it.
#pragma once

#include <stdexcept>
#include <string>

namespace hplx {

enum class ErrorKind {
    Io,              // a file cannot be opened, read or written
    NotHplxDatabase, // a readable file that is not an HPLX database
    NewerSchema,     // an HPLX database written by a newer HPLX
    Corrupt,         // a truncated or damaged file
    InvalidData,     // content that breaks a rule of the data model
    InvalidArgument, // a caller or command-line option that makes no sense
    Cancelled,       // the user cancelled a long operation
};

class Error : public std::runtime_error
{
public:
    Error(ErrorKind kind, const std::string &message) : std::runtime_error(message), m_kind(kind) {}

    ErrorKind kind() const { return m_kind; }

private:
    ErrorKind m_kind;
};

} // namespace hplx
