// Command-line parsing for hplx-cli: positionals plus `--name value`,
// `--name=value` and value-less flags, checked against what a command accepts.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

namespace hplx::cli {

class Arguments
{
public:
    // valued: options that take a value (may repeat); flags: options without one.
    // Throws Error(InvalidArgument) for unknown options or a missing value.
    Arguments(const std::vector<std::string> &args, const std::set<std::string> &valued,
              const std::set<std::string> &flags);

    const std::vector<std::string> &positionals() const { return m_positionals; }
    bool has(const std::string &name) const { return m_values.count(name) || m_flags.count(name); }
    // The last value given, or fallback.
    std::string value(const std::string &name, const std::string &fallback = {}) const;
    // Every value given (for repeatable options).
    std::vector<std::string> values(const std::string &name) const;
    // Comma-separated values of every occurrence, flattened.
    std::vector<std::string> list(const std::string &name) const;
    // The value as an integer; throws Error(InvalidArgument) when it is not one.
    std::optional<long long> integer(const std::string &name) const;
    // Throws unless the option was given.
    std::string required(const std::string &name) const;
    // The value as a finite number, or fallback when absent; throws
    // Error(InvalidArgument) when it is not a number.
    double number(const std::string &name, double fallback) const;
    // A required landscape id (the message points at `hplx-cli info`).
    std::int64_t landscapeId(const std::string &name) const;

private:
    std::vector<std::string> m_positionals;
    std::map<std::string, std::vector<std::string>> m_values;
    std::set<std::string> m_flags;
};

} // namespace hplx::cli
