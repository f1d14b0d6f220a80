#include "CliApp.h"
#include "ExitCodes.h"

#include "core/Error.h"
#include "core/LibraryVersions.h"
#include "core/Version.h"

#include <exception>
#include <string>

namespace lathe::cli {
namespace {

int printVersion() {
    std::cout << "lathe " << kVersion << "\n";
    for (const auto& [library, version] : linkedLibraryVersions())
        std::cout << "  " << library << " " << version << "\n";
    return kExitOk;
}

int reportError(std::ostream& err, const std::string& message, int exitCode) {
    err << "lathe-cli: error: " << message << "\n";
    return exitCode;
}

int exitCodeFor(ErrorKind kind) {
    switch (kind) {
    case ErrorKind::BadInput: return kExitBadInput;
    case ErrorKind::WriteFailed: return kExitWriteFailed;
    case ErrorKind::Internal: break;
    }
    return kExitBadInput;
}

}  // namespace

CliApp::CliApp() : m_app("lathe-cli: the Lathe mastering workstation without a window", "lathe-cli") {
    m_app.require_subcommand(0, 1);
    m_app.add_flag("--version", m_showVersion, "print the version and the linked audio libraries");
    addAnalyzeCommand(m_app, m_action);
    addDemoCommand(m_app, m_action);
    addProcessCommand(m_app, m_action);
    addRenderCommand(m_app, m_action);
    addInspectDdpCommand(m_app, m_action);
    addPlayCommand(m_app, m_action);
}

std::optional<int> CliApp::parse(int argc, const char* const* argv, std::ostream& out,
                                 std::ostream& err) {
    try {
        m_app.parse(argc, argv);
    } catch (const CLI::CallForHelp& help) {
        return m_app.exit(help, out, err);
    } catch (const CLI::CallForAllHelp& help) {
        return m_app.exit(help, out, err);
    } catch (const CLI::ParseError& error) {
        return reportError(err, error.what(), kExitBadInput);
    }
    if (!m_showVersion && !m_action) {
        err << m_app.help();
        return kExitBadInput;
    }
    return std::nullopt;
}

int CliApp::run() {
    if (m_showVersion)
        return printVersion();
    try {
        return m_action();
    } catch (const Error& error) {
        return reportError(std::cerr, error.what(), exitCodeFor(error.kind()));
    } catch (const std::exception& error) {
        return reportError(std::cerr, std::string("internal error: ") + error.what(), kExitBadInput);
    }
}

}  // namespace lathe::cli
