// Stores a finished build as landscapes: for every dataset and fidelity value a
// train, valid and test landscape on the spec's search space, with the
// protocol, seeds and learner in each landscape's attributes.
#pragma once

#include "build/BuildSpec.h"
#include "build/GridRunner.h"
#include "space/Landscape.h"

#include <cstdint>
#include <string>
#include <vector>

namespace hplx::build {

// The landscape keys a build of spec will write.
std::vector<LandscapeKey> plannedKeys(const BuildSpec &spec);

// Throws Error before any training when dbPath cannot take the build: not an
// HPLX database, or it already holds one of the planned landscapes.
void checkBuildTarget(const BuildSpec &spec, const std::string &dbPath);

// Writes every landscape of result in one transaction; returns their ids.
std::vector<std::int64_t> storeBuild(const BuildSpec &spec, const BuildResult &result, const std::string &dbPath);

} // namespace hplx::build
