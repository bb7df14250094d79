// Streaming reader for comma-separated files (RFC 4180): quoted fields with
// embedded separators, quotes ("") and line breaks; LF or CRLF line ends; an
// optional UTF-8 byte order mark. Reports the line on which each record starts.
#pragma once

#include <cstdint>
#include <fstream>
#include <string>
#include <vector>

namespace hplx {

class CsvReader
{
public:
    // Throws Error(Io) when the file cannot be opened.
    explicit CsvReader(const std::string &path, char separator = ',');

    const std::string &path() const { return m_path; }

    // Reads the next record into fields; false at the end of the file. Throws
    // Error(InvalidData) for a quote left open at the end of the file or text
    // after a closing quote.
    bool readRecord(std::vector<std::string> &fields);

    // 1-based line on which the last record returned started.
    std::uint64_t recordLine() const { return m_recordLine; }
    // Bytes consumed so far, for progress against the file size.
    std::uint64_t bytesRead() const { return m_consumed; }
    std::uint64_t fileSize() const { return m_fileSize; }

private:
    bool fill();
    bool nextChar(char &c);
    bool peekChar(char &c);

    std::string m_path;
    char m_separator;
    std::ifstream m_in;
    std::vector<char> m_buffer;
    std::size_t m_pos = 0;
    std::size_t m_end = 0;
    std::uint64_t m_line = 1;
    std::uint64_t m_recordLine = 0;
    std::uint64_t m_consumed = 0;
    std::uint64_t m_fileSize = 0;
};

} // namespace hplx
