// The hplx-cli commands (../shared/design/CLI.md). Each takes the arguments
// after the command name, writes its output to out and returns the exit code;
// errors are thrown as hplx::Error and reported by main.
#pragma once

#include <ostream>
#include <string>
#include <vector>

namespace hplx::cli {

int runAnalyze(const std::vector<std::string> &args, std::ostream &out);
int runEmbed(const std::vector<std::string> &args, std::ostream &out);
int runExport(const std::vector<std::string> &args, std::ostream &out);
int runCompare(const std::vector<std::string> &args, std::ostream &out);
int runImportance(const std::vector<std::string> &args, std::ostream &out);
int runLon(const std::vector<std::string> &args, std::ostream &out);
int runBuild(const std::vector<std::string> &args, std::ostream &out);
int runImport(const std::vector<std::string> &args, std::ostream &out);
int runInfo(const std::vector<std::string> &args, std::ostream &out);
int runBatch(const std::vector<std::string> &args, std::ostream &out);

} // namespace hplx::cli
