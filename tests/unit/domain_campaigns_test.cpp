// Campaign rules: directive and schedule checks, and effective deadlines with extensions.
#include <boost/test/unit_test.hpp>

#include "domain/campaigns.h"

using domain::DeadlineKind;

namespace {

domain::YearSchedule schedule_2024()
{
    domain::YearSchedule s;
    s.year = 2024;
    s.registration_deadline = "2024-03-31";
    s.proposal_deadline = "2024-12-15";
    s.recognition_deadlines = {{"grassroots", "2024-10-31"}, {"district", "2024-11-30"}, {"province", "2024-12-31"}};
    return s;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(campaign_rules)

BOOST_AUTO_TEST_CASE(deadlines_without_extensions_are_the_schedule)
{
    auto s = schedule_2024();
    BOOST_TEST(*domain::effective_deadline(s, {}, DeadlineKind::Registration, 5, "district") == "2024-03-31");
    BOOST_TEST(*domain::effective_deadline(s, {}, DeadlineKind::Proposal, 5, "district") == "2024-12-15");
    BOOST_TEST(*domain::effective_deadline(s, {}, DeadlineKind::Recognition, 5, "grassroots") == "2024-10-31");
    BOOST_TEST(*domain::effective_deadline(s, {}, DeadlineKind::Recognition, 5, "district") == "2024-11-30");
    BOOST_TEST(!domain::effective_deadline(s, {}, DeadlineKind::Recognition, 5, "hamlet"));
}

BOOST_AUTO_TEST_CASE(on_time_means_on_or_before_the_deadline)
{
    auto s = schedule_2024();
    BOOST_TEST(domain::on_time(s, {}, DeadlineKind::Proposal, 5, "district", "2024-12-15"));
    BOOST_TEST(domain::on_time(s, {}, DeadlineKind::Proposal, 5, "district", "2024-01-02"));
    BOOST_TEST(!domain::on_time(s, {}, DeadlineKind::Proposal, 5, "district", "2024-12-16"));
    BOOST_TEST(!domain::on_time(s, {}, DeadlineKind::Recognition, 5, "hamlet", "2024-01-01"));
}

BOOST_AUTO_TEST_CASE(an_extension_for_one_unit_moves_only_its_deadline)
{
    auto s = schedule_2024();
    std::vector<domain::DeadlineExtension> ext{{DeadlineKind::Proposal, 9, std::nullopt, "2024-12-28"}};
    BOOST_TEST(*domain::effective_deadline(s, ext, DeadlineKind::Proposal, 9, "district") == "2024-12-28");
    BOOST_TEST(*domain::effective_deadline(s, ext, DeadlineKind::Proposal, 8, "district") == "2024-12-15");
    BOOST_TEST(*domain::effective_deadline(s, ext, DeadlineKind::Registration, 9, "district") == "2024-03-31");
    BOOST_TEST(domain::on_time(s, ext, DeadlineKind::Proposal, 9, "district", "2024-12-20"));
    BOOST_TEST(!domain::on_time(s, ext, DeadlineKind::Proposal, 8, "district", "2024-12-20"));
}

BOOST_AUTO_TEST_CASE(an_extension_for_all_units_and_the_latest_one_wins)
{
    auto s = schedule_2024();
    std::vector<domain::DeadlineExtension> ext{{DeadlineKind::Registration, std::nullopt, std::nullopt, "2024-04-15"},
                                               {DeadlineKind::Registration, 9, std::nullopt, "2024-04-10"},
                                               {DeadlineKind::Registration, 7, std::nullopt, "2024-04-30"}};
    BOOST_TEST(*domain::effective_deadline(s, ext, DeadlineKind::Registration, 1, "grassroots") == "2024-04-15");
    BOOST_TEST(*domain::effective_deadline(s, ext, DeadlineKind::Registration, 9, "grassroots") == "2024-04-15");
    BOOST_TEST(*domain::effective_deadline(s, ext, DeadlineKind::Registration, 7, "grassroots") == "2024-04-30");
    // An "extension" to an earlier date never shortens the deadline.
    std::vector<domain::DeadlineExtension> earlier{{DeadlineKind::Registration, std::nullopt, std::nullopt, "2024-02-01"}};
    BOOST_TEST(*domain::effective_deadline(s, earlier, DeadlineKind::Registration, 1, "grassroots") == "2024-03-31");
}

BOOST_AUTO_TEST_CASE(a_recognition_extension_for_one_level_leaves_the_others)
{
    auto s = schedule_2024();
    std::vector<domain::DeadlineExtension> ext{{DeadlineKind::Recognition, std::nullopt, std::string("grassroots"), "2024-11-15"}};
    BOOST_TEST(*domain::effective_deadline(s, ext, DeadlineKind::Recognition, 3, "grassroots") == "2024-11-15");
    BOOST_TEST(*domain::effective_deadline(s, ext, DeadlineKind::Recognition, 3, "district") == "2024-11-30");
    std::vector<domain::DeadlineExtension> all_levels{{DeadlineKind::Recognition, std::nullopt, std::nullopt, "2024-12-31"}};
    BOOST_TEST(*domain::effective_deadline(s, all_levels, DeadlineKind::Recognition, 3, "grassroots") == "2024-12-31");
    BOOST_TEST(*domain::effective_deadline(s, all_levels, DeadlineKind::Recognition, 3, "district") == "2024-12-31");
}

BOOST_AUTO_TEST_CASE(campaign_fields_are_required_and_years_ordered)
{
    BOOST_TEST(domain::check_campaign({"08-CT/BDVTU", "Dân vận khéo", "Ban Dân vận Tỉnh ủy", 2021, 2025}).empty());
    auto e = domain::check_campaign({"", " ", "", std::nullopt, 1999});
    BOOST_TEST(e["directive_number"] == "E_ADM_CAMPAIGN_NUMBER_REQUIRED");
    BOOST_TEST(e["title"] == "E_ADM_CAMPAIGN_TITLE_REQUIRED");
    BOOST_TEST(e["issuing_body"] == "E_ADM_CAMPAIGN_BODY_REQUIRED");
    BOOST_TEST(e["start_year"] == "E_ADM_CAMPAIGN_YEAR_INVALID");
    BOOST_TEST(e["end_year"] == "E_ADM_CAMPAIGN_YEAR_INVALID");
    BOOST_TEST(domain::check_campaign({"1", "t", "b", 2025, 2021})["end_year"] == "E_ADM_CAMPAIGN_END_BEFORE_START");
}

BOOST_AUTO_TEST_CASE(schedule_deadlines_must_lie_inside_the_campaign)
{
    using Dates = std::map<std::string, std::optional<std::string>>;
    const domain::ScheduleDraft ok{2024, std::string("2024-03-31"), std::string("2024-12-15"),
                                   Dates{{"district", std::string("2024-11-30")}}};
    BOOST_TEST(domain::check_schedule(ok, 2021, 2025).empty());
    const domain::ScheduleDraft late{2024, std::string("2024-03-31"), std::string("2026-01-15"),
                                     Dates{{"district", std::string("2024-11-30")}, {"grassroots", std::nullopt}}};
    auto e = domain::check_schedule(late, 2021, 2025);
    BOOST_TEST(e["proposal_deadline"] == "E_ADM_DEADLINE_OUTSIDE_CAMPAIGN");
    BOOST_TEST(e["recognition_grassroots"] == "E_ADM_DATE_INVALID");
    BOOST_TEST(e.count("registration_deadline") == 0u);
    const domain::ScheduleDraft outside{2026, std::string("2020-12-31"), std::string("2025-12-15"), Dates{}};
    auto o = domain::check_schedule(outside, 2021, 2025);
    BOOST_TEST(o["year"] == "E_ADM_YEAR_OUTSIDE_CAMPAIGN");
    BOOST_TEST(o["registration_deadline"] == "E_ADM_DEADLINE_OUTSIDE_CAMPAIGN");
    BOOST_TEST(o.count("proposal_deadline") == 0u);
}

BOOST_AUTO_TEST_CASE(extensions_need_a_later_date_inside_the_campaign_and_a_reason)
{
    domain::ExtensionDraft ok{DeadlineKind::Proposal, std::string("2024-12-28"), "Lũ lụt"};
    BOOST_TEST(domain::check_extension(ok, 2021, 2025, std::string("2024-12-15")).empty());
    auto e = domain::check_extension({std::nullopt, std::string("2024-12-10"), " "}, 2021, 2025, std::string("2024-12-15"));
    BOOST_TEST(e["kind"] == "E_ADM_EXTENSION_KIND_REQUIRED");
    BOOST_TEST(e["new_deadline"] == "E_ADM_EXTENSION_NOT_LATER");
    BOOST_TEST(e["reason"] == "E_ADM_EXTENSION_REASON_REQUIRED");
    BOOST_TEST(domain::check_extension({DeadlineKind::Proposal, std::string("2026-01-10"), "x"}, 2021, 2025, std::nullopt)["new_deadline"] ==
               "E_ADM_DEADLINE_OUTSIDE_CAMPAIGN");
    BOOST_TEST(domain::check_extension({DeadlineKind::Proposal, std::nullopt, "x"}, 2021, 2025, std::nullopt)["new_deadline"] ==
               "E_ADM_DATE_INVALID");
}

BOOST_AUTO_TEST_CASE(deadline_kinds_and_field_codes)
{
    for (auto k : {DeadlineKind::Registration, DeadlineKind::Recognition, DeadlineKind::Proposal})
        BOOST_TEST((*domain::parse_deadline_kind(domain::deadline_kind_code(k)) == k));
    BOOST_TEST(!domain::parse_deadline_kind("review"));
    BOOST_TEST(domain::valid_field_code("economy"));
    BOOST_TEST(domain::valid_field_code("digital_2"));
    BOOST_TEST(!domain::valid_field_code("Economy"));
    BOOST_TEST(!domain::valid_field_code("e"));
    BOOST_TEST(!domain::valid_field_code("kinh-te"));
}

BOOST_AUTO_TEST_SUITE_END()
