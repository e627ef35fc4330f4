// Configuration text and the migration file splitter.
#include <boost/test/unit_test.hpp>

#include "core/config.h"
#include "core/migrate.h"

BOOST_AUTO_TEST_SUITE(config_and_migrations)

BOOST_AUTO_TEST_CASE(config_text)
{
    auto m = core::parse_config_text("# comment\nDVK_DB_PORT = 3307\n\nDVK_DB_PASSWORD=\"a b\"\nbroken line\n");
    BOOST_TEST(m.at("DVK_DB_PORT") == "3307");
    BOOST_TEST(m.at("DVK_DB_PASSWORD") == "a b");
    BOOST_TEST(m.size() == 2u);
    auto c = core::Config::from_map(m);
    BOOST_TEST(c.get_int("DVK_DB_PORT", 1) == 3307);
    BOOST_TEST(c.get_int("DVK_THREADS", 4) == 4);
    BOOST_CHECK_THROW(core::Config::from_map({{"X", "abc"}}).get_int("X", 1), std::runtime_error);
}

BOOST_AUTO_TEST_CASE(sql_statements_split_at_line_ends)
{
    auto s = core::split_sql_statements(
        "-- a comment; not a statement\nCREATE TABLE a (\n  x INT -- ok; really\n);\nINSERT INTO a VALUES (1);\n\n");
    BOOST_REQUIRE(s.size() == 2u);
    BOOST_TEST(s[0].find("CREATE TABLE a") == 0u);
    BOOST_TEST(s[1] == "INSERT INTO a VALUES (1)");
}

BOOST_AUTO_TEST_CASE(migrations_in_this_repository_are_numbered_once)
{
    auto list = core::list_migrations("sql");
    BOOST_REQUIRE(!list.empty());
    BOOST_TEST(list.front().version == 1);
    for (size_t i = 1; i < list.size(); ++i) BOOST_TEST(list[i].version > list[i - 1].version);
}

BOOST_AUTO_TEST_SUITE_END()
