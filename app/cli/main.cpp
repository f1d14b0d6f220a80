#include "CliApp.h"

int main(int argc, char** argv) {
    lathe::cli::CliApp cli;
    if (const auto exitCode = cli.parse(argc, argv))
        return *exitCode;
    return cli.run();
}
