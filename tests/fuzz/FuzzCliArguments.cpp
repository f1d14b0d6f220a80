// libFuzzer target: lathe-cli's argument parsing (the same CliApp main() builds) with
// an argv made of the input's NUL-separated strings. Only parsing runs, never a command:
// it must end in an exit code or a chosen command, never a crash or a stray exception.
#include "CliApp.h"
#include "ExitCodes.h"

#include <cstdint>
#include <cstdlib>
#include <sstream>
#include <string>
#include <vector>

namespace {

constexpr std::size_t kMaxArguments = 64;

std::vector<std::string> argumentsOf(const std::uint8_t* data, std::size_t size) {
    std::vector<std::string> arguments{"lathe-cli"};
    std::string current;
    for (std::size_t i = 0; i < size && arguments.size() < kMaxArguments; ++i) {
        if (data[i] == 0) {
            arguments.push_back(current);
            current.clear();
        } else {
            current.push_back(static_cast<char>(data[i]));
        }
    }
    if (!current.empty() && arguments.size() < kMaxArguments)
        arguments.push_back(current);
    return arguments;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const auto arguments = argumentsOf(data, size);
    std::vector<const char*> argv;
    for (const std::string& argument : arguments)
        argv.push_back(argument.c_str());
    argv.push_back(nullptr);

    lathe::cli::CliApp cli;
    std::ostringstream out;
    std::ostringstream err;
    const auto exitCode = cli.parse(static_cast<int>(arguments.size()), argv.data(), out, err);
    if (exitCode && *exitCode != lathe::cli::kExitOk && *exitCode != lathe::cli::kExitBadInput)
        std::abort();
    // A usage error is one line naming what is wrong (cli.md), unless help was printed.
    if (exitCode == lathe::cli::kExitBadInput && err.str().empty())
        std::abort();
    return 0;
}
