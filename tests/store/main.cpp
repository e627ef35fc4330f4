// Store tests: the real MariaDB of the test stack, in a throwaway database of their own.
#define BOOST_TEST_MODULE store
#include <boost/test/unit_test.hpp>
#include <unistd.h>

#include <atomic>
#include <memory>

#include "core/config.h"
#include "core/crypto.h"
#include "core/migrate.h"
#include "tests/store/test_db.h"

namespace {
std::unique_ptr<core::Db> g_db;
std::string g_schema;
}  // namespace

namespace test {

core::Db& db() { return *g_db; }

std::string unique(const std::string& prefix)
{
    static std::atomic<int> n{0};
    return prefix + std::to_string(getpid() % 100000) + "_" + std::to_string(++n);
}

long long count_rows(const std::string& table, const std::string& where)
{
    // Table and clause come from the test's own source, never from input.
    auto rows = g_db->query("SELECT COUNT(*) AS n FROM " + table + " WHERE " + where);
    rows.next();
    return rows.i64("n");
}

}  // namespace test

struct StoreDatabase {
    StoreDatabase()
    {
        core::crypto_init();
        core::db_driver_init();
        core::db_thread_init();
        core::Config config = core::Config::from_environment();
        core::DbConfig cfg = core::DbConfig::from(config);
        g_schema = cfg.schema + "_store_" + std::to_string(getpid());
        {
            core::Db admin(cfg);
            admin.execute_script("DROP DATABASE IF EXISTS " + g_schema);
            admin.execute_script("CREATE DATABASE " + g_schema +
                                 " CHARACTER SET utf8mb4 COLLATE utf8mb4_vietnamese_ci");
        }
        cfg.schema = g_schema;
        g_db = std::make_unique<core::Db>(cfg);
        core::migrate(*g_db, config.get("DVK_SQL_DIR", "sql"));
    }
    ~StoreDatabase()
    {
        try {
            g_db->execute_script("DROP DATABASE IF EXISTS " + g_schema);
        } catch (...) {
        }
        g_db.reset();
        core::db_thread_end();
    }
};
BOOST_TEST_GLOBAL_FIXTURE(StoreDatabase);
