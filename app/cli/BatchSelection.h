// What `hplx-cli batch` works on: the chosen landscapes, their output
// folders, and the groups whose datasets get a similarity table.
#pragma once

#include "space/Landscape.h"

#include <cstdint>
#include <string>
#include <vector>

namespace hplx::cli {

// "model dataset fidelity split loss" of a landscape, fidelity as name=value.
std::string filterText(const LandscapeKey &key);

// True when every word of filter (case-insensitive, split at blanks and '=')
// equals a word of filterText(key). An empty filter matches everything.
bool matchesFilter(const LandscapeKey &key, const std::string &filter);

// <id>_<model>_<dataset>_<fidelity value or "none">_<split>, with characters
// outside [A-Za-z0-9._+-] replaced by '-'.
std::string landscapeFolder(const LandscapeInfo &info);

// The landscapes of one (space, model, loss, split, fidelity) over datasets.
struct SimilarityGroup
{
    std::string folder;                   // similarity/<model>_s<space>_<loss>_<fidelity>_<split>
    std::vector<std::int64_t> landscapes; // ordered by dataset, then id
};

// Groups of chosen landscapes holding at least two datasets.
std::vector<SimilarityGroup> similarityGroups(const std::vector<LandscapeInfo> &chosen);

} // namespace hplx::cli
