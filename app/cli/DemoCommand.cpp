#include "CliCommand.h"
#include "ExitCodes.h"

#include "demo/DemoAlbumWriter.h"

#include <iostream>
#include <memory>
#include <string>

namespace lathe::cli {

void addDemoCommand(CLI::App& app, CommandAction& action) {
    auto* command =
        app.add_subcommand("demo", "write the built-in demo album (mixes and demo.lathe) into DIR");
    auto directory = std::make_shared<std::string>();
    command->add_option("DIR", *directory, "folder to write into (created if needed)")->required();
    command->callback([&action, directory] {
        action = [directory] {
            const demo::DemoAlbumFiles files = demo::writeDemoAlbum(*directory);
            std::cout << files.project.string() << "\n";
            return kExitOk;
        };
    });
}

}  // namespace lathe::cli
