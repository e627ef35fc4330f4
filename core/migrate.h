// Numbered migrations: sql/NNN_name.sql applied once each, in order, recorded with a checksum.
#pragma once
#include <string>
#include <vector>

#include "core/db.h"

namespace core {

struct Migration {
    int version;
    std::string name;  // file name
    std::string text;
    std::string checksum;
};

// Migrations in dir, sorted by version; throws on a duplicate or malformed number.
std::vector<Migration> list_migrations(const std::string& dir);
// Splits a migration file into statements (a statement ends with ';' at the end of a line).
std::vector<std::string> split_sql_statements(const std::string& text);

struct MigrationStatus {
    std::vector<std::string> applied_now;
    std::vector<std::string> pending;   // not yet applied (check only)
    std::vector<std::string> modified;  // applied, but the file changed since: never allowed
};

// Applies what is pending. Each file runs in one transaction where the server allows (DDL commits
// implicitly in MariaDB/MySQL, so a failed DDL file is reported by name for a person to look at).
MigrationStatus migrate(Db& db, const std::string& dir);
MigrationStatus migration_status(Db& db, const std::string& dir);
// Runs a plain SQL file (the demo data) statement by statement in one transaction.
void run_sql_file(Db& db, const std::string& path);

}  // namespace core
