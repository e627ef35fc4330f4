// dvkctl: the operator's command-line tool. Same code and rules as the pages; what scripts use.
//   dvkctl migrate | check | unit list | user add LOGIN --role ROLE --unit CODE [--name NAME]
//   dvkctl user passwd LOGIN | demo-load
// Passwords are read from standard input (one line), never from the command line.
#include <iostream>
#include <string>
#include <vector>

#include "core/config.h"
#include "core/crypto.h"
#include "core/db.h"
#include "core/migrate.h"
#include "tools/dvkctl/commands.h"

namespace {

int usage()
{
    std::cerr << "usage: dvkctl migrate | check | unit list | demo-load\n"
                 "       dvkctl user add LOGIN --role ROLE --unit CODE [--name NAME]   (password on stdin)\n"
                 "       dvkctl user passwd LOGIN                                      (password on stdin)\n";
    return 2;
}

}  // namespace

int main(int argc, char** argv)
{
    std::vector<std::string> args(argv + 1, argv + argc);
    if (args.empty()) return usage();
    try {
        core::Config config = core::Config::from_environment();
        core::crypto_init();
        core::db_driver_init();
        core::db_thread_init();
        core::Db db(core::DbConfig::from(config));
        Tool tool{db, config, std::cout, std::cerr, std::cin};
        int rc = run_command(tool, args);
        core::db_thread_end();
        return rc < 0 ? usage() : rc;
    } catch (const std::exception& e) {
        std::cerr << "dvkctl: " << e.what() << "\n";
        return 1;
    }
}
