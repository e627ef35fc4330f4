// domain/model_import: the header and every row of a CSV file checked, all or none.
#include <boost/test/unit_test.hpp>

#include "core/render.h"
#include "domain/model_import.h"

using namespace domain;

namespace {

ImportLookups lookups()
{
    ImportLookups l;
    l.units = {{"PT", 2}, {"PT-PHUTHUY", 22}};  // the user's reach; DL exists but is not theirs
    l.fields = {{"economy", 1}, {"culture_society", 2}, {"defence_security", 3}, {"political_system", 4}};
    return l;
}

ImportCheck check(const std::string& text) { return check_import(parse_csv(text), lookups(), core::parse_date); }

const std::string kHeader = "year,unit_code,title,kind,field,person_name,summary,person_position,start_date\r\n";

bool has_problem(const ImportCheck& c, int line, const std::string& column, const std::string& key)
{
    for (const auto& p : c.problems)
        if (p.line == line && p.column == column && p.key == key) return true;
    return false;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(model_import)

BOOST_AUTO_TEST_CASE(a_good_file_gives_one_draft_per_row)
{
    auto c = check("\xEF\xBB\xBF" + kHeader +
                   "2025,PT,\"Mỗi chi bộ, một hộ thoát nghèo\",collective,economy,,Tóm tắt,,01/03/2025\r\n"
                   "2025,PT-PHUTHUY,Dân vận khéo,Individual,political_system,Nguyễn Văn An,\"Hai\r\ndòng\",Bí thư,\r\n");
    BOOST_TEST(c.problems.empty());
    BOOST_TEST_REQUIRE(c.ok());
    BOOST_TEST_REQUIRE(c.rows.size() == 2u);
    BOOST_TEST(c.rows[0].line == 2);
    BOOST_TEST(c.rows[0].draft.unit_id == 2);
    BOOST_TEST(c.rows[0].draft.title == "Mỗi chi bộ, một hộ thoát nghèo");
    BOOST_TEST(*c.rows[0].draft.start_date == "2025-03-01");
    BOOST_TEST(c.rows[1].draft.kind == "individual");
    BOOST_TEST(c.rows[1].draft.unit_id == 22);
    BOOST_TEST(c.rows[1].draft.summary == "Hai\r\ndòng");
}

BOOST_AUTO_TEST_CASE(columns_may_come_in_any_order_and_optional_ones_may_be_missing)
{
    auto c = check("Summary,Title,Field,Kind,Person_Name,Unit_Code,Year,extra\n"
                   "Tóm tắt,Khu dân cư an toàn,defence_security,collective,,PT,2026,ignored\n");
    BOOST_TEST_REQUIRE(c.ok());
    BOOST_TEST(c.rows[0].draft.field_id == 3);
    BOOST_TEST(!c.rows[0].draft.start_date);
}

BOOST_AUTO_TEST_CASE(every_bad_row_is_reported_by_line_and_column)
{
    auto c = check(kHeader +
                   "2025,PT,Tốt,collective,economy,,Tóm tắt,,\r\n"            // line 2: good
                   "2025,DL,Ngoài phạm vi,collective,economy,,x,,\r\n"        // 3: unit of another district
                   "2025,XX,Không có,collective,economy,,x,,\r\n"             // 4: unknown unit
                   "2025,PT,Lĩnh vực sai,collective,sports,,x,,\r\n"          // 5: unknown field
                   "2025,PT,Loại sai,team,economy,,x,,\r\n"                   // 6: bad kind
                   "2025,PT,Cá nhân,individual,economy,,x,,\r\n"              // 7: individual without person
                   "2025,PT,,collective,economy,,x,,\r\n"                     // 8: empty title
                   "20x5,PT,Năm sai,collective,economy,,x,,\r\n"              // 9: bad year
                   "2025,PT,Ngày sai,collective,economy,,x,,30/02/2025\r\n"   // 10: bad date
                   "2025,PT," + std::string(501, 'a') + ",collective,economy,,x,,\r\n");  // 11: too long
    BOOST_TEST(!c.ok());
    BOOST_TEST(has_problem(c, 3, "unit_code", "E_MODEL_IMPORT_UNIT_UNKNOWN"));
    BOOST_TEST(has_problem(c, 4, "unit_code", "E_MODEL_IMPORT_UNIT_UNKNOWN"));
    BOOST_TEST(has_problem(c, 5, "field", "E_MODEL_FIELD"));
    BOOST_TEST(has_problem(c, 6, "kind", "E_MODEL_KIND"));
    BOOST_TEST(has_problem(c, 7, "person_name", "E_MODEL_PERSON_REQUIRED"));
    BOOST_TEST(has_problem(c, 8, "title", "E_MODEL_TITLE_REQUIRED"));
    BOOST_TEST(has_problem(c, 9, "year", "E_MODEL_YEAR"));
    BOOST_TEST(has_problem(c, 10, "start_date", "E_MODEL_DATE"));
    BOOST_TEST(has_problem(c, 11, "title", "E_MODEL_TOO_LONG"));
    BOOST_TEST(c.problems.size() == 9u);
    for (const auto& p : c.problems) BOOST_TEST(p.line != 2);
    // Problems come in the file's order.
    for (size_t k = 1; k < c.problems.size(); ++k) BOOST_TEST(c.problems[k - 1].line <= c.problems[k].line);
}

BOOST_AUTO_TEST_CASE(line_numbers_count_line_breaks_inside_quotes)
{
    auto c = check(kHeader + "2025,PT,\"Một\nhai\nba\",collective,economy,,x,,\n2025,PT,Sai,collective,nope,,x,,\n");
    BOOST_TEST(has_problem(c, 5, "field", "E_MODEL_FIELD"));
}

BOOST_AUTO_TEST_CASE(missing_required_columns_are_named)
{
    auto c = check("year,unit_code,title,kind\n2025,PT,x,collective\n");
    BOOST_TEST(!c.ok());
    BOOST_TEST(has_problem(c, 1, "field", "E_MODEL_IMPORT_MISSING_COLUMN"));
    BOOST_TEST(has_problem(c, 1, "person_name", "E_MODEL_IMPORT_MISSING_COLUMN"));
    BOOST_TEST(has_problem(c, 1, "summary", "E_MODEL_IMPORT_MISSING_COLUMN"));
    BOOST_TEST(c.problems.size() == 3u);
}

BOOST_AUTO_TEST_CASE(malformed_quoting_rejects_the_file)
{
    auto c = check(kHeader + "2025,PT,\"Chưa đóng ngoặc,collective,economy,,x,,\n2025,PT,y,collective,economy,,x,,\n");
    BOOST_TEST(!c.ok());
    BOOST_TEST_REQUIRE(c.problems.size() == 1u);
    BOOST_TEST(c.problems[0].line == 2);
    BOOST_TEST(c.problems[0].key == "E_CSV_UNTERMINATED_QUOTE");
    BOOST_TEST(c.rows.empty());
    auto stray = check(kHeader + "2025,PT,Chi bộ \"kiểu mẫu\",collective,economy,,x,,\n");
    BOOST_TEST_REQUIRE(stray.problems.size() == 1u);
    BOOST_TEST(stray.problems[0].key == "E_CSV_BAD_QUOTE");
}

BOOST_AUTO_TEST_CASE(rows_with_the_wrong_number_of_cells_and_empty_files)
{
    auto c = check(kHeader + "2025,PT,x,collective,economy,,x\n");
    BOOST_TEST(has_problem(c, 2, "", "E_MODEL_IMPORT_FIELD_COUNT"));
    BOOST_TEST(check("").problems.at(0).key == "E_MODEL_IMPORT_EMPTY");
    BOOST_TEST(check(kHeader).problems.at(0).key == "E_MODEL_IMPORT_EMPTY");
    BOOST_TEST(!check(kHeader).ok());
}

BOOST_AUTO_TEST_SUITE_END()
