// Small text helpers shared by the store, the importer and the CLI.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace hplx {

// Shortest text that reads back to the same double ("0.1", "1e-05", "30000").
std::string formatNumber(double value);

// Parses a whole field as a finite or infinite double ("nan" gives NaN);
// surrounding blanks are allowed, anything else left over is not.
std::optional<double> parseNumber(std::string_view text);

std::string_view trim(std::string_view text);

// True when text ends with suffix (case-sensitive): file kinds by their name.
bool endsWith(std::string_view text, std::string_view suffix);

// Splits on a separator; empty input gives an empty list.
std::vector<std::string> splitList(std::string_view text, char separator = ',');

// text with &, <, > and " written as XML entities (element text and attributes).
std::string xmlEscape(std::string_view text);

std::string joinList(const std::vector<std::string> &items, std::string_view separator = ", ");

} // namespace hplx
