// hplx-cli: the headless HPLX (../shared/design/CLI.md).
#include "cli/Commands.h"

#include "util/Error.h"

#include <cstring>
#include <iostream>
#include <map>
#include <string>
#include <vector>

namespace {

const char *kUsage = R"(usage: hplx-cli COMMAND [ARGS]

commands:
  import CSV --db DB --hps A,B,C --loss COL[,COL...] [options]
                 append landscapes read from a wide CSV to DB (created if missing)
  analyze DB --landscape ID [--format text|csv|json|latex] [--neutrality-eps E]
         [--walks N --walk-length L --seed S]
                 every landscape metric with its variant and parameters
  compare DB --a ID --b ID [--format text|csv|json|latex] [--gamma 0.1]
                 spearman, shakeup and gamma_set of two landscapes on one space
  importance DB --landscape ID [--scale raw|log|rank] [--format text|csv|json|latex]
                 functional ANOVA shares of every HP and HP pair
  embed DB --landscape ID --out FILE.csv|FILE.vtp [--z rank|loss] [--method hope|hope-katz]
         [--seed S] [--neighbors 15 --min-dist 1.0 --epochs 500] [--threads N]
         [--surface FILE.vti|FILE.csv [--resolution 100]] [--json]
                 the 2-D landscape layout (HOPE + UMAP) as CSV or VTK PolyData (.vtp),
                 with its trustworthiness; --surface adds the interpolated terrain
  export DB --landscape ID --view surface|lon|scatter|metrics|compare|overfitting|ranks|importance|
         fidelities|similarity [--with ID] --out FILE.png|FILE.svg|FILE.pdf [--dpi 300]
         [--width-mm W --height-mm H | --width-px W --height-px H] [--font-scale F]
         [--colour-map NAME] [--cache FILE | --no-cache] [--json] [--quiet]
                 the figure of a GUI view (as File > Export view writes it), without a window
  lon DB --landscape ID --out FILE.graphml [--min-edge-freq 3] [--json]
                 the local optima network, written as GraphML
  batch DB --out DIR [--landscapes all|ID,ID,...] [--filter TEXT] [--tables csv,json,latex]
         [--embed] [--lon] [--figures VIEW,...|all2d|all [--figure-format png,svg,pdf]
         [--dpi 300] [--width-mm W --height-mm H | --width-px W --height-px H] [--font-scale F]
         [--colour-map NAME] [--cache FILE | --no-cache]] [--threads N] [--quiet] [--json]
                 tables, layouts, networks and figures of many landscapes, with a manifest;
                 resumable
  build SPEC.json --db DB [--threads N]
                 train the spec's learner over its grid and store the landscapes
  info DB [--json]
                 list the search spaces and landscapes of DB
  help           show this text

Options of each command: docs/cli.md.
)";

} // namespace

int main(int argc, char **argv)
{
    using Command = int (*)(const std::vector<std::string> &, std::ostream &);
    const std::map<std::string, Command> commands = {
        {"analyze", hplx::cli::runAnalyze},
        {"batch", hplx::cli::runBatch},
        {"build", hplx::cli::runBuild},
        {"compare", hplx::cli::runCompare},
        {"embed", hplx::cli::runEmbed},
        {"export", hplx::cli::runExport},
        {"importance", hplx::cli::runImportance},
        {"import", hplx::cli::runImport},
        {"info", hplx::cli::runInfo},
        {"lon", hplx::cli::runLon},
    };
    if (argc < 2 || std::strcmp(argv[1], "help") == 0 || std::strcmp(argv[1], "--help") == 0) {
        std::cout << kUsage;
        return argc < 2 ? 2 : 0;
    }
    const auto command = commands.find(argv[1]);
    if (command == commands.end()) {
        std::cerr << "hplx-cli: unknown command '" << argv[1] << "' (see hplx-cli help)\n";
        return 2;
    }
    try {
        return command->second(std::vector<std::string>(argv + 2, argv + argc), std::cout);
    } catch (const hplx::Error &error) {
        std::cerr << "hplx-cli " << argv[1] << ": " << error.what() << '\n';
        return error.kind() == hplx::ErrorKind::InvalidArgument ? 2 : 1;
    } catch (const std::exception &error) {
        std::cerr << "hplx-cli " << argv[1] << ": unexpected error: " << error.what() << '\n';
        return 1;
    }
}
