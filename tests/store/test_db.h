// Store tests run against a real MariaDB: a fresh database per test binary run, migrated from sql/.
#pragma once
#include <string>

#include "core/db.h"

namespace test {

// The per-thread database of the store tests (created and migrated by the global fixture).
core::Db& db();
// A unique suffix for names and codes, so tests never collide on unique keys.
std::string unique(const std::string& prefix);
// Counts rows of a table matching a WHERE clause written by the test (no user input).
long long count_rows(const std::string& table, const std::string& where = "1=1");

}  // namespace test
