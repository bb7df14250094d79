#include "import/CsvReader.h"

#include "util/Error.h"

#include <cerrno>
#include <cstring>

namespace hplx {

CsvReader::CsvReader(const std::string &path, char separator) : m_path(path), m_separator(separator), m_buffer(1 << 16)
{
    m_in.open(path, std::ios::binary);
    if (!m_in)
        throw Error(ErrorKind::Io, path + ": cannot open for reading (" + std::strerror(errno) + ")");
    m_in.seekg(0, std::ios::end);
    m_fileSize = static_cast<std::uint64_t>(m_in.tellg());
    m_in.seekg(0, std::ios::beg);
    // Skip a UTF-8 byte order mark, which spreadsheet programs like to write.
    char bom[3] = {};
    m_in.read(bom, 3);
    if (!(m_in.gcount() == 3 && bom[0] == '\xEF' && bom[1] == '\xBB' && bom[2] == '\xBF')) {
        m_in.clear();
        m_in.seekg(0, std::ios::beg);
    } else {
        m_consumed = 3;
    }
}

bool CsvReader::fill()
{
    if (m_pos < m_end)
        return true;
    m_in.read(m_buffer.data(), static_cast<std::streamsize>(m_buffer.size()));
    m_end = static_cast<std::size_t>(m_in.gcount());
    m_pos = 0;
    if (m_in.bad())
        throw Error(ErrorKind::Io, m_path + ": read error near line " + std::to_string(m_line));
    return m_end > 0;
}

bool CsvReader::nextChar(char &c)
{
    if (!fill())
        return false;
    c = m_buffer[m_pos++];
    ++m_consumed;
    if (c == '\n')
        ++m_line;
    return true;
}

bool CsvReader::peekChar(char &c)
{
    if (!fill())
        return false;
    c = m_buffer[m_pos];
    return true;
}

bool CsvReader::readRecord(std::vector<std::string> &fields)
{
    fields.clear();
    char c = 0;
    if (!peekChar(c))
        return false;
    m_recordLine = m_line;
    std::string field;
    bool quoted = false;    // inside an open quote
    bool wasQuoted = false; // this field started with a quote
    while (true) {
        if (!nextChar(c)) {
            if (quoted)
                throw Error(ErrorKind::InvalidData, m_path + ", line " + std::to_string(m_recordLine)
                                                        + ": a quoted field is never closed (expected a '\"')");
            fields.push_back(std::move(field));
            return true;
        }
        if (quoted) {
            if (c != '"') {
                field += c;
                continue;
            }
            char next = 0;
            if (peekChar(next) && next == '"') {
                nextChar(next);
                field += '"';
            } else {
                quoted = false;
            }
            continue;
        }
        if (c == m_separator) {
            fields.push_back(std::move(field));
            field.clear();
            wasQuoted = false;
        } else if (c == '\n') {
            if (!field.empty() && field.back() == '\r' && !wasQuoted)
                field.pop_back();
            fields.push_back(std::move(field));
            return true;
        } else if (c == '"' && field.empty() && !wasQuoted) {
            quoted = wasQuoted = true;
        } else if (wasQuoted) {
            if (c == '\r')
                continue; // CRLF after a closing quote
            throw Error(ErrorKind::InvalidData,
                        m_path + ", line " + std::to_string(m_line)
                            + ": text after a closing quote (expected a separator or line end)");
        } else {
            field += c;
        }
    }
}

} // namespace hplx
