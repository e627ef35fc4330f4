// Campaigns, yearly schedules and extensions against the real database; fields in use.
#include <boost/test/unit_test.hpp>

#include "domain/campaigns.h"
#include "store/campaign_store.h"
#include "store/field_store.h"
#include "store/unit_store.h"
#include "store/user_store.h"
#include "tests/store/test_db.h"

namespace {

store::Campaign campaign(int start, int end)
{
    store::Campaign c;
    c.directive_number = test::unique("CT-");
    c.title = "Phong trào thi đua \"Dân vận khéo\"";
    c.issuing_body = "Ban Dân vận Tỉnh ủy";
    c.start_year = start;
    c.end_year = end;
    return c;
}

domain::YearSchedule year(int y)
{
    domain::YearSchedule s;
    s.year = y;
    s.registration_deadline = std::to_string(y) + "-03-31";
    s.proposal_deadline = std::to_string(y) + "-12-15";
    return s;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(campaign_store)

BOOST_AUTO_TEST_CASE(current_campaign_with_its_years_and_effective_deadlines)
{
    store::CampaignStore campaigns(test::db());
    store::UnitStore units(test::db());
    int64_t a, b, unit, user;
    {
        core::Transaction tx(test::db());
        a = campaigns.create(campaign(3021, 3025));
        b = campaigns.create(campaign(3026, 3030));
        campaigns.make_current(a);
        campaigns.save_year(a, year(3023), {{3, "3023-10-31"}, {2, "3023-11-30"}, {1, "3023-12-31"}});
        campaigns.save_year(a, year(3024), {{2, "3024-11-30"}});
        std::string code = test::unique("CS");
        for (char& c : code) c = c == '_' ? '-' : static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
        unit = units.create({code, "Huyện thử", "district", 2, std::nullopt}, "3023-01-01");
        store::NewUser u;
        u.login = test::unique("camp.admin");
        u.display_name = "Quản trị";
        u.role = "admin";
        u.unit_id = unit;
        u.password_hash = "h";
        user = store::UserStore(test::db()).create(u);
        tx.commit();
    }
    auto cur = campaigns.current();
    BOOST_TEST_REQUIRE(cur.has_value());
    BOOST_TEST(cur->campaign.id == a);
    BOOST_TEST(cur->years.size() == 2u);
    BOOST_TEST(cur->years[0].schedule.recognition_deadlines.at("grassroots") == "3023-10-31");
    BOOST_TEST(cur->year_for(3024) == 3024);
    BOOST_TEST(cur->year_for(3029) == 3024);
    BOOST_TEST(cur->year_for(2000) == 3021);
    // Making another current leaves only one current.
    {
        core::Transaction tx(test::db());
        campaigns.make_current(b);
        tx.commit();
    }
    BOOST_TEST(campaigns.current()->campaign.id == b);
    BOOST_TEST(test::count_rows("campaigns", "is_current = 1") == 1);
    {
        core::Transaction tx(test::db());
        campaigns.make_current(a);
        tx.commit();
    }
    // Replacing a year's schedule replaces its recognition deadlines.
    {
        core::Transaction tx(test::db());
        campaigns.save_year(a, year(3024), {{2, "3024-11-29"}, {3, "3024-10-30"}});
        tx.commit();
    }
    auto y24 = *campaigns.year(a, 3024);
    BOOST_TEST(y24.schedule.recognition_deadlines.size() == 2u);
    BOOST_TEST(y24.schedule.recognition_deadlines.at("district") == "3024-11-29");
    // Another campaign cannot schedule the same year.
    {
        core::Transaction tx(test::db());
        BOOST_CHECK_THROW(campaigns.save_year(b, year(3024), {}), core::DbConflict);
    }
    // An extension for one unit, kept on record, counted by the domain rule.
    {
        core::Transaction tx(test::db());
        campaigns.add_extension({y24.id, "proposal", std::nullopt, unit, "3024-12-28", "Bão số 9", user});
        tx.commit();
    }
    auto exts = campaigns.extensions(a);
    BOOST_TEST(exts.size() == 1u);
    BOOST_TEST(exts[0].reason == "Bão số 9");
    BOOST_TEST(exts[0].granted_by_name == "Quản trị");
    auto sched = campaigns.schedule_for(3024);
    BOOST_TEST_REQUIRE(sched.has_value());
    BOOST_TEST(*domain::effective_deadline(sched->first, sched->second, domain::DeadlineKind::Proposal, unit, "district") ==
               "3024-12-28");
    BOOST_TEST(*domain::effective_deadline(sched->first, sched->second, domain::DeadlineKind::Proposal, unit + 1, "district") ==
               "3024-12-15");
    BOOST_TEST(!campaigns.schedule_for(3099).has_value());
}

BOOST_AUTO_TEST_CASE(fields_in_use_are_kept_and_others_can_go)
{
    store::FieldStore fields(test::db());
    BOOST_TEST(fields.list().size() >= 4u);
    store::Field f;
    f.code = "t" + std::to_string(test::count_rows("fields") + 100);
    f.name_vi = "Chuyển đổi số";
    f.name_en = "Digital transformation";
    f.sort_order = 9;
    {
        core::Transaction tx(test::db());
        f.id = fields.create(f);
        tx.commit();
    }
    BOOST_TEST(!fields.in_use(f.id));
    auto economy = *fields.find_by_code("economy");
    {
        core::Transaction tx(test::db());
        store::Field renamed = economy;
        renamed.name_vi = "Kinh tế - tập thể";
        BOOST_TEST(fields.update(renamed));
        BOOST_TEST(!fields.update(renamed));  // stale version
        BOOST_TEST(fields.set_retired(f.id, 1, true));
        tx.commit();
    }
    BOOST_TEST(fields.find(economy.id)->name_vi == "Kinh tế - tập thể");
    BOOST_TEST(fields.find(f.id)->retired);
    core::Transaction tx(test::db());
    BOOST_TEST(fields.remove(f.id, 2));
    tx.commit();
    BOOST_TEST(!fields.find(f.id).has_value());
}

BOOST_AUTO_TEST_SUITE_END()
