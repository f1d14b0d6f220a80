#pragma once

#include <CLI/CLI.hpp>
#include <functional>

namespace lathe::cli {

// What a subcommand does once its arguments are parsed; returns the exit code.
// Errors are thrown as lathe::Error and turned into one stderr line by CliApp::run().
// A new command is registered in CliApp's constructor (CliApp.cpp), not in main.cpp.
using CommandAction = std::function<int()>;

// `lathe-cli analyze [--json] FILE...` (cli.md).
void addAnalyzeCommand(CLI::App& app, CommandAction& action);
// `lathe-cli demo DIR`: writes the built-in demo album.
void addDemoCommand(CLI::App& app, CommandAction& action);
// `lathe-cli inspect-ddp [--json] [--extract DIR] DDPDIR` (cli.md).
void addInspectDdpCommand(CLI::App& app, CommandAction& action);

// `lathe-cli process [options] IN OUT` (cli.md).
void addProcessCommand(CLI::App& app, CommandAction& action);

// `lathe-cli render [--json] [--out DIR] [--only LIST] [--seed N] [--quiet] PROJECT` (cli.md).
void addRenderCommand(CLI::App& app, CommandAction& action);
// `lathe-cli play [--device NAME] [--seconds N] [--from S] [--listen a|b|delta]
// [--capture FILE] [--json] PROJECT|FILE` (cli.md).
void addPlayCommand(CLI::App& app, CommandAction& action);

}  // namespace lathe::cli
