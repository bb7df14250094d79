// Which CSV column plays which role in an import (hyperparameter, loss, score,
// fidelity, group), resolved from the options against the header line.
#pragma once

#include "import/CsvImport.h"

#include <cstddef>
#include <string>
#include <vector>

namespace hplx {

// One loss-bearing column and how its cells become losses.
struct LossColumn
{
    std::size_t column = 0;
    std::string name;      // CSV column name
    std::string split;     // train | valid | test
    std::string lossName;  // stored name: the column, "-col" or "B-col"
    std::string transform; // "" for a loss, "-x" or "B-x" for a score
    bool isScore = false;
    bool bounded = false;
    double bound = 0.0;

    double toLoss(double value) const
    {
        if (!isScore)
            return value;
        return bounded ? bound - value : -value;
    }
};

struct CsvColumns
{
    std::vector<std::string> header;    // trimmed column names
    std::vector<std::size_t> hpColumns; // in the order of options.hps
    std::vector<LossColumn> losses;     // --loss columns, then --maximize columns
    // Plain index + flag rather than std::optional: GCC 12 at -O2 reports a false
    // -Wmaybe-uninitialized for optional<size_t> (GCC PR 80635), which breaks -Werror.
    bool hasFidelity = false;
    std::size_t fidelity = 0;
    bool hasGroup = false;
    std::size_t group = 0;
    std::vector<std::string> unused; // columns no option names, in file order
};

// Throws Error(InvalidArgument) naming the option and column for unknown
// columns, a column named for two roles, or a split that cannot be told, and
// Error(InvalidData) for a duplicated column name in the header.
CsvColumns resolveColumns(const CsvImportOptions &options, std::vector<std::string> header);

} // namespace hplx
