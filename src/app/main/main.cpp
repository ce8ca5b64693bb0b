// afklaring: one program with subcommands (see --help).
#include "app/commands.hpp"

int main(int argc, char** argv) { return afk::app::run_cli(argc, argv); }
