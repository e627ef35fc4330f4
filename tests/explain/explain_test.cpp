// Every query the programs ran during the HTTP suite (taken from MariaDB's general log), EXPLAINed
// against a generated province-scale sample: none may scan a big table whole.
#define BOOST_TEST_MODULE explain
#include <boost/test/unit_test.hpp>
#include <unistd.h>

#include <cstdlib>
#include <fstream>
#include <map>
#include <memory>
#include <optional>
#include <set>
#include <string>

#include "core/config.h"
#include "core/crypto.h"
#include "core/db.h"
#include "core/migrate.h"

namespace {

// Tables that grow with the number of models; a whole scan of one is a defect at national scale.
const std::set<std::string> kBigTables = {"models", "model_indicators", "evaluations", "recognitions",
                                          "proposals", "review_items", "attachments", "audit_log",
                                          "replications", "follow_ups", "model_considerations",
                                          "login_attempts", "sessions"};
constexpr long kSmallScan = 1000;  // rows a scan may read before it counts as whole-table

std::string env(const char* name)
{
    const char* v = std::getenv(name);
    if (!v) throw std::runtime_error(std::string(name) + " is not set (run the tests through make test)");
    return v;
}

// The same statement with other values: numbers and quoted strings folded to '?'.
std::string shape_of(const std::string& sql)
{
    std::string out;
    for (size_t i = 0; i < sql.size(); ++i) {
        char c = sql[i];
        if (c == '\'') {
            size_t j = i + 1;
            while (j < sql.size() && !(sql[j] == '\'' && sql[j - 1] != '\\')) ++j;
            out += '?';
            i = j;
        } else if (std::isdigit(static_cast<unsigned char>(c)) &&
                   (i == 0 || !(std::isalnum(static_cast<unsigned char>(sql[i - 1])) || sql[i - 1] == '_'))) {
            while (i + 1 < sql.size() && (std::isdigit(static_cast<unsigned char>(sql[i + 1])) || sql[i + 1] == '.')) ++i;
            out += '?';
        } else {
            out += c;
        }
    }
    return out;
}

// SELECT/UPDATE/DELETE statements the programs executed, one example per shape. A program's
// connection announces itself with "SET @dvk_program" (core/db.cpp); tests' and tools' do not.
std::map<std::string, std::string> logged_statements(const std::string& path)
{
    std::ifstream in(path);
    BOOST_REQUIRE_MESSAGE(in, "no general log at " << path);
    std::map<std::string, std::string> out;
    std::set<std::string> program_connections;
    std::string line;
    while (std::getline(in, line)) {
        // "<time>\t    <id> <Command>\t<argument>", or "\t\t    <id> ..." when the time is unchanged.
        size_t start = line.find('\t');
        if (start == std::string::npos) continue;
        while (start < line.size() && line[start] == '\t') ++start;
        auto tab2 = line.find('\t', start);
        if (tab2 == std::string::npos) continue;
        std::string middle = line.substr(start, tab2 - start);
        size_t first = middle.find_first_not_of(' ');
        if (first == std::string::npos) continue;
        size_t space = middle.find(' ', first);
        if (space == std::string::npos) continue;
        std::string id = middle.substr(first, space - first), command = middle.substr(space + 1);
        std::string sql = line.substr(tab2 + 1);
        if (command == "Connect") program_connections.erase(id);  // ids restart after a server restart
        if (command != "Execute" && command != "Query") continue;
        if (sql.rfind("SET @dvk_program", 0) == 0) program_connections.insert(id);
        if (!program_connections.count(id)) continue;
        std::string head = sql.substr(0, 7);
        for (char& c : head) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
        if (head != "SELECT " && head != "UPDATE " && head != "DELETE ") continue;
        out.emplace(shape_of(sql), sql);
    }
    return out;
}

struct Sample {
    std::unique_ptr<core::Db> db;
    Sample()
    {
        core::crypto_init();
        core::db_driver_init();
        core::db_thread_init();
        core::Config config = core::Config::from_environment();
        core::DbConfig cfg = core::DbConfig::from(config);
        std::string schema = cfg.schema + "_explain";
        {
            core::Db admin(cfg);
            admin.execute_script("DROP DATABASE IF EXISTS " + schema);
            admin.execute_script("CREATE DATABASE " + schema + " CHARACTER SET utf8mb4 COLLATE utf8mb4_vietnamese_ci");
        }
        cfg.schema = schema;
        db = std::make_unique<core::Db>(cfg);
        core::migrate(*db, config.get("DVK_SQL_DIR", "sql"));
        std::string cmd = "DVK_DB_NAME=" + schema + " " + env("DVK_BIN") + "/dvkgen province --seed 7 >/dev/null";
        BOOST_REQUIRE_MESSAGE(std::system(cmd.c_str()) == 0, "dvkgen province failed");
    }
    ~Sample()
    {
        try {
            db->execute_script("DROP DATABASE IF EXISTS " + db->config().schema);
        } catch (...) {
        }
        db.reset();
        core::db_thread_end();
    }
};

}  // namespace

BOOST_AUTO_TEST_CASE(every_logged_query_uses_an_index_on_big_tables)
{
    auto statements = logged_statements(env("DVK_GENERAL_LOG"));
    // An empty or tiny log would make this test pass without looking at anything.
    BOOST_TEST_REQUIRE(statements.size() >= 30u, "only " << statements.size() << " statements in the log");
    Sample sample;
    int checked = 0;
    for (const auto& [shape, sql] : statements) {
        // The statement is one the programs themselves ran, read back from the server's log.
        std::optional<core::Rows> plan;
        try {
            plan.emplace(sample.db->query("EXPLAIN " + sql));
        } catch (const std::exception& e) {
            BOOST_TEST(false, "cannot EXPLAIN " << sql.substr(0, 300) << ": " << e.what());
            continue;
        }
        ++checked;
        while (plan->next()) {
            std::string table = plan->opt_str("table").value_or("");
            std::string type = plan->opt_str("type").value_or("");
            long rows = static_cast<long>(plan->opt_i64("rows").value_or(0));
            bool big = kBigTables.count(table) > 0;
            BOOST_TEST(!(big && type == "ALL" && rows > kSmallScan),
                       "whole scan of " << table << " (" << rows << " rows) in: " << sql.substr(0, 400));
        }
    }
    BOOST_TEST_MESSAGE("EXPLAINed " << checked << " distinct statements");
    BOOST_TEST(checked == static_cast<int>(statements.size()));
}
