#pragma once

#include <string>
#include <vector>

namespace lathe::test {

struct ProcessResult {
    int exitCode = -1;
    std::string out;
    std::string err;
};

// Runs a program (no shell) and collects its exit code, stdout and stderr.
ProcessResult runProcess(const std::string& program, const std::vector<std::string>& arguments);

// Runs the lathe-cli built alongside the tests.
ProcessResult runCli(const std::vector<std::string>& arguments);

}  // namespace lathe::test
