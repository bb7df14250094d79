#include "cli/Arguments.h"

#include "util/Error.h"
#include "util/Format.h"

#include <cmath>

namespace hplx::cli {

Arguments::Arguments(const std::vector<std::string> &args, const std::set<std::string> &valued,
                     const std::set<std::string> &flags)
{
    for (std::size_t i = 0; i < args.size(); ++i) {
        const std::string &arg = args[i];
        if (arg.size() < 3 || arg.compare(0, 2, "--") != 0) {
            m_positionals.push_back(arg);
            continue;
        }
        std::string name = arg.substr(2);
        std::optional<std::string> inlineValue;
        if (const auto eq = name.find('='); eq != std::string::npos) {
            inlineValue = name.substr(eq + 1);
            name = name.substr(0, eq);
        }
        if (flags.count(name)) {
            if (inlineValue)
                throw Error(ErrorKind::InvalidArgument, "--" + name + " takes no value");
            m_flags.insert(name);
        } else if (valued.count(name)) {
            if (inlineValue) {
                m_values[name].push_back(*inlineValue);
            } else {
                if (i + 1 >= args.size())
                    throw Error(ErrorKind::InvalidArgument, "--" + name + " needs a value");
                m_values[name].push_back(args[++i]);
            }
        } else {
            std::vector<std::string> known;
            for (const auto &option : valued)
                known.push_back("--" + option);
            for (const auto &option : flags)
                known.push_back("--" + option);
            throw Error(ErrorKind::InvalidArgument,
                        "unknown option --" + name + " (this command takes: " + joinList(known) + ")");
        }
    }
}

std::string Arguments::value(const std::string &name, const std::string &fallback) const
{
    const auto found = m_values.find(name);
    return found == m_values.end() ? fallback : found->second.back();
}

std::vector<std::string> Arguments::values(const std::string &name) const
{
    const auto found = m_values.find(name);
    return found == m_values.end() ? std::vector<std::string>() : found->second;
}

std::vector<std::string> Arguments::list(const std::string &name) const
{
    std::vector<std::string> items;
    for (const auto &value : values(name)) {
        for (auto &item : splitList(value))
            items.push_back(std::move(item));
    }
    return items;
}

std::optional<long long> Arguments::integer(const std::string &name) const
{
    if (!m_values.count(name))
        return std::nullopt;
    const auto number = parseNumber(value(name));
    if (!number || *number != std::floor(*number))
        throw Error(ErrorKind::InvalidArgument, "--" + name + " expects a whole number, got '" + value(name) + "'");
    return static_cast<long long>(*number);
}

std::string Arguments::required(const std::string &name) const
{
    if (!m_values.count(name))
        throw Error(ErrorKind::InvalidArgument, "missing option --" + name);
    return value(name);
}

double Arguments::number(const std::string &name, double fallback) const
{
    if (!m_values.count(name))
        return fallback;
    const auto parsed = parseNumber(value(name));
    if (!parsed || !std::isfinite(*parsed))
        throw Error(ErrorKind::InvalidArgument, "--" + name + " expects a number, got '" + value(name) + "'");
    return *parsed;
}

std::int64_t Arguments::landscapeId(const std::string &name) const
{
    const auto id = integer(name);
    if (!id)
        throw Error(ErrorKind::InvalidArgument, "missing option --" + name + " ID (`hplx-cli info DB` lists the ids)");
    return *id;
}

} // namespace hplx::cli
