// dvkgen: the benchmark's data, deterministic from a seed, in the proportions of the 2023 figures
// (DOMAIN.md: of 746 registered, 155 recognised at their own level, 39 proposed, 22 recognised above).
//   dvkgen province [--seed N]   one province, 14 district-level units, ~150 grassroots, 5 years, ~4,000 models a year
//   dvkgen national [--seed N]   34 provinces, ~3,300 communes directly under them, 10 years, ~1,000,000 models
// Loads into an empty database (after `dvkctl migrate`); prints what it made and the bench logins.
#include <chrono>
#include <iostream>
#include <string>
#include <vector>

#include "core/config.h"
#include "core/crypto.h"
#include "core/db.h"
#include "tools/dvkgen/generator.h"

int main(int argc, char** argv)
{
    std::vector<std::string> args(argv + 1, argv + argc);
    if (args.empty() || (args[0] != "province" && args[0] != "national")) {
        std::cerr << "usage: dvkgen province|national [--seed N]\n";
        return 2;
    }
    uint64_t seed = 2023;
    for (size_t i = 1; i + 1 < args.size(); ++i)
        if (args[i] == "--seed") seed = std::stoull(args[i + 1]);
    try {
        core::Config config = core::Config::from_environment();
        core::crypto_init();
        core::db_driver_init();
        core::db_thread_init();
        core::Db db(core::DbConfig::from(config));
        auto t0 = std::chrono::steady_clock::now();
        auto made = generate(db, args[0] == "national" ? national_scale() : province_scale(), seed, std::cout);
        double s = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
        std::cout << "generated " << made.models << " models, " << made.rows << " rows in " << s << " s\n";
        core::db_thread_end();
        return 0;
    } catch (const std::exception& e) {
        std::cerr << "dvkgen: " << e.what() << "\n";
        return 1;
    }
}
