#include "CliCommand.h"
#include "ExitCodes.h"

#include "core/Error.h"
#include "core/LibraryVersions.h"
#include "core/Version.h"

#include <exception>
#include <iostream>

namespace {

int printVersion() {
    std::cout << "lathe " << lathe::kVersion << "\n";
    for (const auto& [library, version] : lathe::linkedLibraryVersions())
        std::cout << "  " << library << " " << version << "\n";
    return lathe::cli::kExitOk;
}

int reportError(const std::string& message, int exitCode) {
    std::cerr << "lathe-cli: error: " << message << "\n";
    return exitCode;
}

int exitCodeFor(lathe::ErrorKind kind) {
    switch (kind) {
    case lathe::ErrorKind::BadInput: return lathe::cli::kExitBadInput;
    case lathe::ErrorKind::WriteFailed: return lathe::cli::kExitWriteFailed;
    case lathe::ErrorKind::Internal: break;
    }
    return lathe::cli::kExitBadInput;
}

}  // namespace

int main(int argc, char** argv) {
    CLI::App app{"lathe-cli: the Lathe mastering workstation without a window", "lathe-cli"};
    app.require_subcommand(0, 1);
    bool showVersion = false;
    app.add_flag("--version", showVersion, "print the version and the linked audio libraries");

    lathe::cli::CommandAction action;
    lathe::cli::addAnalyzeCommand(app, action);
    lathe::cli::addDemoCommand(app, action);
    lathe::cli::addProcessCommand(app, action);
    lathe::cli::addRenderCommand(app, action);
    lathe::cli::addInspectDdpCommand(app, action);
    lathe::cli::addPlayCommand(app, action);

    try {
        app.parse(argc, argv);
    } catch (const CLI::CallForHelp& help) {
        return app.exit(help);
    } catch (const CLI::CallForAllHelp& help) {
        return app.exit(help);
    } catch (const CLI::ParseError& error) {
        return reportError(error.what(), lathe::cli::kExitBadInput);
    }

    if (showVersion)
        return printVersion();
    if (!action) {
        std::cerr << app.help();
        return lathe::cli::kExitBadInput;
    }
    try {
        return action();
    } catch (const lathe::Error& error) {
        return reportError(error.what(), exitCodeFor(error.kind()));
    } catch (const std::exception& error) {
        return reportError(std::string("internal error: ") + error.what(), lathe::cli::kExitBadInput);
    }
}
