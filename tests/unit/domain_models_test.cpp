// domain/models: the registration form's rules, numbers, who may write, attachment types.
#include <boost/test/unit_test.hpp>

#include "core/render.h"
#include "domain/models.h"

using namespace domain;

namespace {

const std::map<std::string, int64_t> kFields{{"economy", 1}, {"culture_society", 2}};

ModelInput good_input()
{
    ModelInput in;
    in.year = "2024";
    in.title = "  Mỗi chi bộ giúp đỡ một hộ thoát nghèo  ";
    in.kind = "collective";
    in.field = "economy";
    in.summary = "Tóm tắt";
    in.start_date = "01/03/2024";
    in.indicators = {{"Số hộ thoát nghèo", "hộ", "273"}, {"", "", ""}, {"Tỷ lệ", "%", "12,5"}};
    return in;
}

bool has_error(const ModelValidation& v, const std::string& field, const std::string& key)
{
    const FieldError* e = v.error_for(field);
    return e && e->key == key;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(domain_models)

BOOST_AUTO_TEST_CASE(a_good_form_becomes_a_typed_draft)
{
    auto v = validate_model(good_input(), kFields, core::parse_date);
    BOOST_TEST_REQUIRE(v.ok());
    BOOST_TEST(v.draft.year == 2024);
    BOOST_TEST(v.draft.title == "Mỗi chi bộ giúp đỡ một hộ thoát nghèo");
    BOOST_TEST(v.draft.field_id == 1);
    BOOST_TEST(*v.draft.start_date == "2024-03-01");
    // The empty middle row is dropped; numbers are normalised.
    BOOST_TEST_REQUIRE(v.draft.indicators.size() == 2u);
    BOOST_TEST(v.draft.indicators[0].target == "273");
    BOOST_TEST(v.draft.indicators[1].target == "12.5");
}

BOOST_AUTO_TEST_CASE(each_bad_field_gets_its_own_message)
{
    ModelInput in = good_input();
    in.year = "23";
    in.title = "   ";
    in.kind = "team";
    in.field = "sports";
    in.start_date = "31/02/2024";
    auto v = validate_model(in, kFields, core::parse_date);
    BOOST_TEST(!v.ok());
    BOOST_TEST(has_error(v, "year", "E_MODEL_YEAR"));
    BOOST_TEST(has_error(v, "title", "E_MODEL_TITLE_REQUIRED"));
    BOOST_TEST(has_error(v, "kind", "E_MODEL_KIND"));
    BOOST_TEST(has_error(v, "field", "E_MODEL_FIELD"));
    BOOST_TEST(has_error(v, "start_date", "E_MODEL_DATE"));
    BOOST_TEST(v.errors.size() == 5u);
}

BOOST_AUTO_TEST_CASE(years_outside_the_range_are_refused)
{
    for (const char* y : {"1999", "2101", "20x4", "", "02024"}) {
        ModelInput in = good_input();
        in.year = y;
        BOOST_TEST(has_error(validate_model(in, kFields, core::parse_date), "year", "E_MODEL_YEAR"), y);
    }
}

BOOST_AUTO_TEST_CASE(an_individual_model_needs_the_person)
{
    ModelInput in = good_input();
    in.kind = "individual";
    auto v = validate_model(in, kFields, core::parse_date);
    BOOST_TEST(has_error(v, "person_name", "E_MODEL_PERSON_REQUIRED"));
    BOOST_TEST(has_error(v, "person_position", "E_MODEL_POSITION_REQUIRED"));
    // The import's files may leave the position out.
    auto lenient = validate_model(in, kFields, core::parse_date, false);
    BOOST_TEST(lenient.error_for("person_position") == nullptr);
    in.person_name = "Nguyễn Văn An";
    in.person_position = "Bí thư chi bộ";
    BOOST_TEST(validate_model(in, kFields, core::parse_date).ok());
}

BOOST_AUTO_TEST_CASE(lengths_are_counted_in_characters_not_bytes)
{
    ModelInput in = good_input();
    in.title = std::string();
    for (size_t k = 0; k < kMaxTitle; ++k) in.title += "đ";  // 2 bytes each
    BOOST_TEST(validate_model(in, kFields, core::parse_date).ok());
    in.title += "x";
    auto v = validate_model(in, kFields, core::parse_date);
    BOOST_TEST_REQUIRE(has_error(v, "title", "E_MODEL_TOO_LONG"));
    BOOST_TEST(v.error_for("title")->args.at(0) == "500");
}

BOOST_AUTO_TEST_CASE(indicator_rows_need_a_name_and_a_number)
{
    ModelInput in = good_input();
    in.indicators = {{"", "hộ", "5"}, {"Số hộ", "hộ", "năm"}, {"Số hộ", "hộ", "-3"}, {"", "", ""}, {"Số thôn", "", "7"}};
    auto v = validate_model(in, kFields, core::parse_date);
    BOOST_TEST(has_error(v, "indicator.0", "E_MODEL_INDICATOR_NAME"));
    BOOST_TEST(has_error(v, "indicator.1", "E_MODEL_INDICATOR_TARGET"));
    BOOST_TEST(has_error(v, "indicator.2", "E_MODEL_INDICATOR_TARGET"));
    BOOST_TEST(v.error_for("indicator.3") == nullptr);
    BOOST_TEST(v.error_for("indicator.4") == nullptr);
}

BOOST_AUTO_TEST_CASE(decimals)
{
    BOOST_TEST(*parse_decimal("273") == "273");
    BOOST_TEST(*parse_decimal(" 0012,50 ") == "12.5");
    BOOST_TEST(*parse_decimal("90.00") == "90");
    BOOST_TEST(*parse_decimal("0") == "0");
    BOOST_TEST(!parse_decimal(""));
    BOOST_TEST(!parse_decimal("1.000"));
    BOOST_TEST(!parse_decimal("1,2,3"));
    BOOST_TEST(!parse_decimal("12."));
    BOOST_TEST(!parse_decimal(".5"));
    BOOST_TEST(!parse_decimal("1e5"));
    BOOST_TEST(!parse_decimal("1000000000000"));
    BOOST_TEST(trim_decimal("273.00") == "273");
    BOOST_TEST(trim_decimal("12.50") == "12.5");
    BOOST_TEST(trim_decimal("100") == "100");
}

BOOST_AUTO_TEST_CASE(who_may_register_and_edit)
{
    // Unit staff and heads: their subtree; commission staff: their own unit only; admins: all.
    BOOST_TEST(may_write_unit(Role::UnitStaff, 2, 22, true));
    BOOST_TEST(!may_write_unit(Role::UnitStaff, 2, 9, false));
    BOOST_TEST(may_write_unit(Role::UnitHead, 2, 2, true));
    BOOST_TEST(may_write_unit(Role::CommissionStaff, 1, 1, true));
    BOOST_TEST(!may_write_unit(Role::CommissionStaff, 1, 2, true));
    BOOST_TEST(may_write_unit(Role::Admin, 1, 9, false));
    // Once recognised, only an admin edits.
    BOOST_TEST(may_edit_model(Role::UnitStaff, 2, 2, true, kStatusRegistered));
    BOOST_TEST(may_edit_model(Role::UnitStaff, 2, 2, true, kStatusEvaluated));
    BOOST_TEST(!may_edit_model(Role::UnitHead, 2, 2, true, kStatusRecognised));
    BOOST_TEST(may_edit_model(Role::Admin, 1, 2, false, kStatusRecognised));
    BOOST_TEST(valid_model_status("registered"));
    BOOST_TEST(!valid_model_status("deleted"));
    BOOST_TEST(valid_model_kind("individual"));
    BOOST_TEST(!valid_model_kind("Individual"));
}

BOOST_AUTO_TEST_CASE(attachments_must_be_what_their_extension_says)
{
    BOOST_TEST(*attachment_content_type("bien-ban.PDF", "%PDF-1.7\n...") == "application/pdf");
    BOOST_TEST(*attachment_content_type("anh.jpg", "\xFF\xD8\xFF\xE0rest") == "image/jpeg");
    BOOST_TEST(*attachment_content_type("anh.png", "\x89PNG\r\n\x1A\nrest") == "image/png");
    BOOST_TEST(*attachment_content_type("quyet-dinh.doc", "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1rest") == "application/msword");
    std::string docx = std::string("PK\x03\x04", 4) + "....[Content_Types].xml....word/document.xml";
    BOOST_TEST(*attachment_content_type("bao-cao.docx", docx) ==
               "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    BOOST_TEST(!attachment_content_type("bao-cao.xlsx", docx));       // a Word file named .xlsx
    BOOST_TEST(!attachment_content_type("anh.png", "%PDF-1.7"));     // a PDF named .png
    BOOST_TEST(!attachment_content_type("virus.exe", "MZ\x90\x00"));  // not an allowed extension
    BOOST_TEST(!attachment_content_type("noextension", "%PDF-1.7"));
    BOOST_TEST(!attachment_content_type("empty.pdf", ""));
    BOOST_TEST(allowed_attachment_extensions().find(".odt") != std::string::npos);
}

BOOST_AUTO_TEST_SUITE_END()
