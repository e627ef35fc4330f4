// dvkctl's commands, separated from main() so the store tests can drive them too.
#pragma once
#include <iosfwd>
#include <string>
#include <vector>

#include "core/config.h"
#include "core/db.h"

struct Tool {
    core::Db& db;
    const core::Config& config;
    std::ostream& out;
    std::ostream& err;
    std::istream& in;
};

// Returns the exit code; -1 for a usage error.
int run_command(Tool& tool, const std::vector<std::string>& args);
