// Compliance with the schedule: day counts, step states against deadlines, the 100% target.
#include <boost/test/unit_test.hpp>

#include "domain/compliance.h"

using namespace domain;

BOOST_AUTO_TEST_SUITE(domain_compliance)

BOOST_AUTO_TEST_CASE(days_between_counts_calendar_days)
{
    BOOST_TEST(*days_between("2023-12-15", "2023-12-15") == 0);
    BOOST_TEST(*days_between("2023-12-15", "2023-12-31") == 16);
    BOOST_TEST(*days_between("2023-12-31", "2023-12-15") == -16);
    BOOST_TEST(*days_between("2023-12-31", "2024-01-01") == 1);
    BOOST_TEST(*days_between("2024-02-28", "2024-03-01") == 2);  // 2024 is a leap year
    BOOST_TEST(*days_between("2023-02-28", "2023-03-01") == 1);
    BOOST_TEST(*days_between("1900-02-28", "1900-03-01") == 1);  // 1900 is not
    BOOST_TEST(*days_between("2000-02-28", "2000-03-01") == 2);  // 2000 is
    BOOST_TEST(*days_between("2023-01-01", "2024-01-01") == 365);
    BOOST_TEST(*days_between("2024-01-01", "2025-01-01") == 366);
    BOOST_TEST(*days_between("2023-03-31 08:00:00", "2023-04-01") == 1);  // a time part is ignored
}

BOOST_AUTO_TEST_CASE(days_between_refuses_what_is_not_a_date)
{
    BOOST_TEST(!days_between("2023-02-29", "2023-03-01").has_value());
    BOOST_TEST(!days_between("2023-13-01", "2023-03-01").has_value());
    BOOST_TEST(!days_between("2023-00-10", "2023-03-01").has_value());
    BOOST_TEST(!days_between("31/12/2023", "2023-03-01").has_value());
    BOOST_TEST(!days_between("", "2023-03-01").has_value());
    BOOST_TEST(!days_between("2023-1a-01", "2023-03-01").has_value());
}

BOOST_AUTO_TEST_CASE(a_step_done_by_its_deadline_is_done)
{
    auto s = step_status(std::string("2023-12-15"), std::string("2023-12-15"), "2024-02-01");
    BOOST_TEST(step_state_code(s.state) == "done");
    s = step_status(std::string("2023-11-01"), std::nullopt, "2024-02-01");  // no deadline: done
    BOOST_TEST(step_state_code(s.state) == "done");
}

BOOST_AUTO_TEST_CASE(a_step_done_after_its_deadline_counts_the_days_late)
{
    auto s = step_status(std::string("2023-12-20"), std::string("2023-12-15"), "2024-02-01");
    BOOST_TEST(step_state_code(s.state) == "done_late");
    BOOST_TEST(s.days == 5);
    BOOST_TEST(*s.deadline == "2023-12-15");
    BOOST_TEST(*s.done_on == "2023-12-20");
}

BOOST_AUTO_TEST_CASE(a_step_not_done_counts_days_left_or_days_overdue)
{
    auto s = step_status(std::nullopt, std::string("2023-12-15"), "2023-12-01");
    BOOST_TEST(step_state_code(s.state) == "pending");
    BOOST_TEST(s.days == 14);
    s = step_status(std::nullopt, std::string("2023-12-15"), "2023-12-15");
    BOOST_TEST(step_state_code(s.state) == "pending");  // the last day
    BOOST_TEST(s.days == 0);
    s = step_status(std::nullopt, std::string("2023-12-15"), "2024-01-02");
    BOOST_TEST(step_state_code(s.state) == "overdue");
    BOOST_TEST(s.days == 18);
    s = step_status(std::nullopt, std::nullopt, "2024-01-02");
    BOOST_TEST(step_state_code(s.state) == "not_done");
}

BOOST_AUTO_TEST_CASE(the_target_is_every_unit)
{
    auto t = target_share(13, 14);
    BOOST_TEST(!t.met);
    BOOST_TEST(*t.percent_tenths == 929);
    t = target_share(14, 14);
    BOOST_TEST(t.met);
    BOOST_TEST(*t.percent_tenths == 1000);
    t = target_share(0, 0);
    BOOST_TEST(!t.met);  // no units: nothing was achieved
    BOOST_TEST(!t.percent_tenths.has_value());
}

BOOST_AUTO_TEST_SUITE_END()
