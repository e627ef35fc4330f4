// domain/csv: RFC 4180 parsing (with the malformed cases a hand-edited file has) and writing.
#include <boost/test/unit_test.hpp>

#include "domain/csv.h"

using domain::parse_csv;

namespace {
std::vector<std::string> fields(const domain::CsvParse& p, size_t record) { return p.records.at(record).fields; }
}  // namespace

BOOST_AUTO_TEST_SUITE(csv)

BOOST_AUTO_TEST_CASE(plain_records_with_any_line_ending)
{
    for (std::string eol : {"\r\n", "\n", "\r"}) {
        auto p = parse_csv("a,b,c" + eol + "1,2,3" + eol);
        BOOST_TEST(!p.error);
        BOOST_TEST_REQUIRE(p.records.size() == 2u);
        BOOST_TEST(fields(p, 0) == (std::vector<std::string>{"a", "b", "c"}));
        BOOST_TEST(fields(p, 1) == (std::vector<std::string>{"1", "2", "3"}));
        BOOST_TEST(p.records[1].line == 2);
    }
}

BOOST_AUTO_TEST_CASE(a_bom_is_skipped_and_the_last_line_needs_no_break)
{
    auto p = parse_csv("\xEF\xBB\xBFyear,title\r\n2023,Dân vận khéo");
    BOOST_TEST_REQUIRE(p.records.size() == 2u);
    BOOST_TEST(fields(p, 0)[0] == "year");
    BOOST_TEST(fields(p, 1)[1] == "Dân vận khéo");
}

BOOST_AUTO_TEST_CASE(quoted_fields_hold_commas_quotes_and_line_breaks)
{
    auto p = parse_csv("t,s\r\n\"Mỗi chi bộ, một hộ\",\"Nói \"\"không\"\" với rác\"\r\n\"dòng 1\r\ndòng 2\",x\r\nlast,\"\"\r\n");
    BOOST_TEST(!p.error);
    BOOST_TEST_REQUIRE(p.records.size() == 4u);
    BOOST_TEST(fields(p, 1)[0] == "Mỗi chi bộ, một hộ");
    BOOST_TEST(fields(p, 1)[1] == "Nói \"không\" với rác");
    BOOST_TEST(fields(p, 2)[0] == "dòng 1\r\ndòng 2");
    BOOST_TEST(p.records[2].line == 3);
    // The record after a two-line field starts on line 5.
    BOOST_TEST(p.records[3].line == 5);
    BOOST_TEST(fields(p, 3)[1] == "");
}

BOOST_AUTO_TEST_CASE(empty_fields_and_blank_lines)
{
    auto p = parse_csv("a,,c,\n\n\n1,2,3,4\n");
    BOOST_TEST_REQUIRE(p.records.size() == 2u);
    BOOST_TEST(fields(p, 0) == (std::vector<std::string>{"a", "", "c", ""}));
    BOOST_TEST(p.records[1].line == 4);
}

BOOST_AUTO_TEST_CASE(an_unterminated_quote_names_the_line_it_opened_on)
{
    auto p = parse_csv("a,b\n1,2\n3,\"never closed\n4,5\n");
    BOOST_TEST_REQUIRE(p.error.has_value());
    BOOST_TEST(p.error->line == 3);
    BOOST_TEST(p.error->key == "E_CSV_UNTERMINATED_QUOTE");
}

BOOST_AUTO_TEST_CASE(a_quote_inside_an_unquoted_field_is_an_error)
{
    auto p = parse_csv("a,b\nab\"c,d\n");
    BOOST_TEST_REQUIRE(p.error.has_value());
    BOOST_TEST(p.error->line == 2);
    BOOST_TEST(p.error->key == "E_CSV_BAD_QUOTE");
}

BOOST_AUTO_TEST_CASE(text_after_a_closing_quote_is_an_error)
{
    auto p = parse_csv("a,b\n1,2\n\"abc\"def,x\n");
    BOOST_TEST_REQUIRE(p.error.has_value());
    BOOST_TEST(p.error->line == 3);
    BOOST_TEST(p.error->key == "E_CSV_BAD_QUOTE");
}

BOOST_AUTO_TEST_CASE(writing_quotes_only_what_needs_it_and_round_trips)
{
    BOOST_TEST(domain::csv_field("Dân vận") == "Dân vận");
    BOOST_TEST(domain::csv_field("a,b") == "\"a,b\"");
    BOOST_TEST(domain::csv_field("say \"hi\"") == "\"say \"\"hi\"\"\"");
    BOOST_TEST(domain::csv_field("two\nlines") == "\"two\nlines\"");
    std::vector<std::string> row{"746", "Đắk Song, Đắk Nông", "\"quoted\"", "", "line\r\nbreak", " padded "};
    std::string text = domain::csv_line(row);
    BOOST_TEST(text.substr(text.size() - 2) == "\r\n");
    auto p = parse_csv(text + domain::csv_line({"x"}));
    BOOST_TEST(!p.error);
    BOOST_TEST_REQUIRE(p.records.size() == 2u);
    BOOST_TEST(p.records[0].fields == row);
}

BOOST_AUTO_TEST_SUITE_END()
