// Numbered migrations: sql/NNN_name.sql applied once each, in order, recorded with a checksum.
#include "core/migrate.h"

#include <dirent.h>

#include <algorithm>
#include <cctype>
#include <fstream>
#include <map>
#include <set>
#include <sstream>
#include <stdexcept>

#include "core/crypto.h"

namespace core {

static std::string read_file(const std::string& path)
{
    std::ifstream in(path, std::ios::binary);
    if (!in) throw std::runtime_error("cannot read " + path);
    std::stringstream buf;
    buf << in.rdbuf();
    return buf.str();
}

std::vector<Migration> list_migrations(const std::string& dir)
{
    std::vector<Migration> out;
    DIR* d = opendir(dir.c_str());
    if (!d) throw std::runtime_error("cannot open migrations folder " + dir);
    while (dirent* e = readdir(d)) {
        std::string name = e->d_name;
        if (name.size() < 8 || name.compare(name.size() - 4, 4, ".sql") != 0) continue;
        size_t digits = 0;
        while (digits < name.size() && std::isdigit(static_cast<unsigned char>(name[digits]))) ++digits;
        if (digits != 3 || name[3] != '_') {
            closedir(d);
            throw std::runtime_error("migration file name must be NNN_name.sql: " + name);
        }
        Migration m;
        m.version = std::stoi(name.substr(0, 3));
        m.name = name;
        m.text = read_file(dir + "/" + name);
        m.checksum = sha256_hex(m.text);
        out.push_back(std::move(m));
    }
    closedir(d);
    std::sort(out.begin(), out.end(), [](const Migration& a, const Migration& b) { return a.version < b.version; });
    for (size_t i = 1; i < out.size(); ++i)
        if (out[i].version == out[i - 1].version)
            throw std::runtime_error("two migrations share number " + std::to_string(out[i].version));
    return out;
}

std::vector<std::string> split_sql_statements(const std::string& text)
{
    std::vector<std::string> out;
    std::istringstream in(text);
    std::string line, current;
    while (std::getline(in, line)) {
        std::string trimmed = line;
        while (!trimmed.empty() && std::isspace(static_cast<unsigned char>(trimmed.back()))) trimmed.pop_back();
        size_t first = trimmed.find_first_not_of(" \t");
        if (first == std::string::npos || trimmed.compare(first, 2, "--") == 0) continue;
        current += trimmed + "\n";
        if (trimmed.back() == ';') {
            current.erase(current.find_last_of(';'));
            out.push_back(current);
            current.clear();
        }
    }
    if (current.find_first_not_of(" \t\n") != std::string::npos) out.push_back(current);
    return out;
}

static void ensure_table(Db& db)
{
    db.execute_script(
        "CREATE TABLE IF NOT EXISTS schema_migrations ("
        " version INT UNSIGNED NOT NULL PRIMARY KEY,"
        " name VARCHAR(255) NOT NULL,"
        " checksum CHAR(64) NOT NULL,"
        " applied_at DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP"
        ") ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_vietnamese_ci");
}

static std::map<int, std::string> applied(Db& db)
{
    std::map<int, std::string> out;
    auto rows = db.query("SELECT version, checksum FROM schema_migrations");
    while (rows.next()) out[rows.i32("version")] = rows.str("checksum");
    return out;
}

MigrationStatus migration_status(Db& db, const std::string& dir)
{
    ensure_table(db);
    MigrationStatus st;
    auto done = applied(db);
    for (const auto& m : list_migrations(dir)) {
        auto it = done.find(m.version);
        if (it == done.end()) {
            st.pending.push_back(m.name);
        } else if (it->second != m.checksum) {
            st.modified.push_back(m.name);
        }
    }
    return st;
}

MigrationStatus migrate(Db& db, const std::string& dir)
{
    MigrationStatus st = migration_status(db, dir);
    if (!st.modified.empty())
        throw std::runtime_error("applied migration changed since it ran (never edit one): " + st.modified[0]);
    auto done = applied(db);
    for (const auto& m : list_migrations(dir)) {
        if (done.count(m.version)) continue;
        Transaction tx(db);
        try {
            for (const auto& statement : split_sql_statements(m.text)) db.execute_script(statement);
        } catch (const std::exception& e) {
            throw std::runtime_error("migration " + m.name + " failed: " + e.what());
        }
        db.exec("INSERT INTO schema_migrations (version, name, checksum) VALUES (?, ?, ?)",
                {m.version, m.name, m.checksum});
        tx.commit();
        st.applied_now.push_back(m.name);
    }
    st.pending.clear();
    return st;
}

void run_sql_file(Db& db, const std::string& path)
{
    std::string text = read_file(path);
    Transaction tx(db);
    for (const auto& statement : split_sql_statements(text)) db.execute_script(statement);
    tx.commit();
}

}  // namespace core
