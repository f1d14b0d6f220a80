#pragma once

#include "CliCommand.h"

#include <iostream>
#include <optional>

namespace lathe::cli {

// lathe-cli's whole command line: the global flags and every subcommand. main() and
// the argument fuzzer build it the same way, so the fuzzer parses exactly what users do.
// Not copyable or movable: the subcommands keep a reference to the action slot.
class CliApp {
public:
    CliApp();
    CliApp(const CliApp&) = delete;
    CliApp& operator=(const CliApp&) = delete;

    // Parses the arguments without doing any work. Returns the exit code when there is
    // nothing left to run (help printed, a usage error reported on `err`), or nullopt
    // when run() should execute the command that was chosen.
    std::optional<int> parse(int argc, const char* const* argv, std::ostream& out = std::cout,
                             std::ostream& err = std::cerr);

    // Runs what parse() chose; a lathe::Error becomes one stderr line and cli.md's exit code.
    int run();

private:
    CLI::App m_app;
    bool m_showVersion = false;
    CommandAction m_action;
};

}  // namespace lathe::cli
