#include "CliCommand.h"
#include "ExitCodes.h"
#include "ProgressBar.h"

#include "core/Error.h"
#include "project/ProjectError.h"
#include "render/AlbumRenderer.h"

#include <nlohmann/json.hpp>

#include <iostream>
#include <memory>
#include <sstream>
#include <string>

namespace lathe::cli {
namespace {

struct RenderOptions {
    std::string project;
    std::string outDir;
    std::string only;
    std::uint64_t seed = 1;
    bool json = false;
    bool quiet = false;
};

std::set<AlbumRenderer::Format> parseOnly(const std::string& list) {
    std::set<AlbumRenderer::Format> formats;
    std::istringstream items(list);
    std::string item;
    while (std::getline(items, item, ',')) {
        const auto format = AlbumRenderer::formatNamed(item);
        if (!format)
            throw badInput("--only", "expected a list of ddp, wav and mp3, got '" + item + "'");
        formats.insert(*format);
    }
    if (formats.empty())
        throw badInput("--only", "names no format (use e.g. --only ddp,wav)");
    return formats;
}

// Every problem on its own line, each naming the file and the JSON path; with --json
// also as one document on stdout.
int reportProblems(const ProjectError& error, bool json) {
    for (const ProjectProblem& problem : error.problems())
        std::cerr << "lathe-cli: error: " << error.subject() << ": " << describeProblem(problem) << "\n";
    if (json) {
        nlohmann::ordered_json document;
        document["schema"] = 1;
        document["ok"] = false;
        nlohmann::ordered_json problems = nlohmann::ordered_json::array();
        for (const ProjectProblem& problem : error.problems())
            problems.push_back({{"path", problem.jsonPath}, {"message", problem.message}});
        document["problems"] = problems;
        std::cout << document.dump(2) << "\n";
    }
    return kExitBadInput;
}

void printSummary(const AlbumRenderer::Result& result) {
    const auto& report = result.report;
    std::cout << "wrote " << result.outDir.string() << ": " << report["tracks"].size() << " tracks, "
              << report["files"].size() << " files";
    if (!report["album"]["master_integrated_lufs"].is_null())
        std::cout << ", album " << report["album"]["master_integrated_lufs"].get<double>() << " LUFS";
    std::cout << "\n";
    for (const auto& file : report["files"])
        std::cout << "  " << file["md5"].get<std::string>() << "  " << file["path"].get<std::string>()
                  << "\n";
}

int runRender(const RenderOptions& options) {
    AlbumRenderer::Options render;
    render.project = options.project;
    if (!options.outDir.empty())
        render.outDir = options.outDir;
    if (!options.only.empty())
        render.only = parseOnly(options.only);
    render.seed = options.seed;

    AlbumRenderer renderer(render);
    ProgressBar progress("rendering", options.quiet);
    renderer.setProgressCallback(
        [&progress](const std::string& stage, double fraction) { progress.update(fraction, stage); });
    AlbumRenderer::Result result;
    try {
        result = renderer.render();
    } catch (const ProjectError& error) {
        progress.finish();
        return reportProblems(error, options.json);
    }
    progress.finish();
    if (options.json)
        std::cout << result.report.dump(2) << "\n";
    else if (!options.quiet)
        printSummary(result);
    return kExitOk;
}

}  // namespace

void addRenderCommand(CLI::App& app, CommandAction& action) {
    auto options = std::make_shared<RenderOptions>();
    CLI::App* command = app.add_subcommand(
        "render", "Render a project to its release masters (DDP, WAV, MP3) with report.json and report.html");
    command->add_option("--out", options->outDir,
                        "output folder (default: '<project name> masters' beside it)");
    command->add_option("--only", options->only, "narrow the enabled formats, e.g. ddp,wav");
    command->add_option("--seed", options->seed, "seed of the dither noise (default 1)");
    command->add_flag("--json", options->json, "print report.json (schema 1) on stdout");
    command->add_flag("--quiet", options->quiet, "no progress bar, no summary");
    command->add_option("PROJECT", options->project, "the .lathe project")->required();
    command->callback([&action, options] { action = [options] { return runRender(*options); }; });
}

}  // namespace lathe::cli
