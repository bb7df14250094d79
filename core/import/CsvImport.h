// Imports a wide CSV (one row per configuration) into an HPLX database: one
// landscape per (group, fidelity value, loss column). Each group's search space
// holds the values that group has (groups with equal values share one space),
// or one space holds the values of all groups (sharedSpace). See docs/cli.md.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace hplx {

class Feedback;

enum class DuplicatePolicy {
    Error, // a configuration evaluated twice in one landscape is an error (default)
    Mean,  // average the repeated evaluations
    First, // keep the first row, report the others
};

// A score column (higher is better) and how it becomes a loss.
struct ScoreColumn
{
    std::string column;
    // loss = bound - score when set ("1-x", "100-x"), loss = -score otherwise.
    std::optional<double> bound;
};

struct CsvImportOptions
{
    std::string csvPath;
    std::string dbPath;
    std::vector<std::string> hps;         // HP columns, in this order
    std::vector<std::string> categorical; // which of them are categorical (others ordinal)
    // Explicit value order for an HP ("lr_schedule" -> {"const", "cosine"}); values
    // not listed are an error. Without it ordinal numeric HPs are sorted by value,
    // other HPs keep the order of first appearance.
    std::map<std::string, std::vector<std::string>> valueOrder;
    std::vector<std::string> lossColumns; // lower is better, stored as is
    std::vector<ScoreColumn> scoreColumns;
    std::map<std::string, std::string> splitOf; // column -> train|valid|test
    std::string groupBy;                        // one landscape set per value (the dataset)
    bool sharedSpace = false;                   // one space from all groups' values
    std::string fidelity;                       // numeric fidelity column
    std::string model;                          // default: the CSV file name without extension
    std::string dataset;                        // default: group value, else the file name
    std::string spaceName;                      // default: the model name
    DuplicatePolicy duplicates = DuplicatePolicy::Error;
};

struct ImportedSpace
{
    std::int64_t id = 0;
    std::uint64_t size = 0;
    std::vector<std::string> hpSummaries; // "lr (ordinal, 11 values)"
    std::vector<std::string> groups;      // group values on this space (empty without --group-by)
};

struct ImportedLandscape
{
    std::int64_t id = 0; // 0 when not stored (every cell of its column empty)
    std::int64_t spaceId = 0;
    std::uint64_t gridSize = 0;
    std::string description; // model / dataset / fidelity / split / loss
    std::string column;      // CSV column it came from
    std::uint64_t evaluated = 0;
    std::uint64_t missingRows = 0;   // rows of its group/fidelity with an empty or NaN cell
    std::uint64_t duplicateRows = 0; // repeated configurations merged by the policy
};

struct CsvImportReport
{
    std::string csvPath;
    std::string dbPath;
    std::uint64_t rows = 0;
    std::vector<ImportedSpace> spaces;       // distinct spaces, in order of first use
    std::vector<std::string> ignoredColumns; // columns the options did not use
    std::vector<ImportedLandscape> landscapes;
};

// Reads the whole CSV, validates it, then writes every landscape in one
// transaction (nothing is written when anything is wrong). Throws Error with
// the file, line and column for bad input.
CsvImportReport importCsv(const CsvImportOptions &options, Feedback *feedback = nullptr);

// Guesses the split from a column name's words: train, test, or valid/val/dev.
std::optional<std::string> guessSplit(const std::string &column);

} // namespace hplx
