// The exports give the same numbers as the pages: CSV parsed back (BOM, CRLF, RFC 4180), XLSX read
// with python3-openpyxl; and the printed documents and certificates carry what paper needs.
#include <boost/test/unit_test.hpp>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <map>
#include <regex>

#include "domain/csv.h"
#include "tests/http/http_client.h"

using test::HttpClient;

namespace {

bool contains(const std::string& hay, const std::string& needle) { return hay.find(needle) != std::string::npos; }

HttpClient& commission()
{
    static HttpClient c;
    static bool signed_in = false;
    if (!signed_in) {
        BOOST_REQUIRE(c.sign_in("bdv.nguyen", test::demo_password()).status == 303);
        signed_in = true;
    }
    return c;
}

// Parses a CSV body into rows of column name -> value (the first row names the columns).
std::vector<std::map<std::string, std::string>> csv_rows(const std::string& body)
{
    auto parsed = domain::parse_csv(body);
    BOOST_REQUIRE(!parsed.error);
    BOOST_REQUIRE(!parsed.records.empty());
    std::vector<std::map<std::string, std::string>> out;
    const auto& head = parsed.records[0].fields;
    for (size_t i = 1; i < parsed.records.size(); ++i) {
        std::map<std::string, std::string> row;
        for (size_t c = 0; c < head.size() && c < parsed.records[i].fields.size(); ++c)
            row[head[c]] = parsed.records[i].fields[c];
        out.push_back(row);
    }
    return out;
}

void check_csv_form(const test::HttpResponse& res)
{
    BOOST_TEST(res.status == 200);
    BOOST_TEST(res.header("Content-Type") == "text/csv; charset=utf-8");
    BOOST_TEST(contains(res.header("Content-Disposition"), "attachment; filename="));
    BOOST_TEST(res.body.compare(0, 3, "\xEF\xBB\xBF") == 0);  // BOM for Excel
    auto first_end = res.body.find('\n');
    BOOST_REQUIRE(first_end != std::string::npos);
    BOOST_TEST(res.body[first_end - 1] == '\r');  // CRLF
}

// The cells of an .xlsx body's first sheet as rows of strings, read by python3-openpyxl.
std::vector<std::vector<std::string>> xlsx_rows(const test::HttpResponse& res, const std::string& name)
{
    BOOST_TEST(res.status == 200);
    BOOST_TEST(res.header("Content-Type") == "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    const char* dir = std::getenv("DVK_ARTIFACTS");
    std::string path = std::string(dir ? dir : "/tmp") + "/" + name;
    {
        std::ofstream out(path, std::ios::binary);
        out << res.body;
    }
    // Debian's python3 (python3-openpyxl), whatever else PATH may put first.
    std::string cmd = "/usr/bin/python3 -c 'import sys, openpyxl\n"
                      "wb = openpyxl.load_workbook(sys.argv[1], read_only=True)\n"
                      "ws = wb.worksheets[0]\n"
                      "for row in ws.iter_rows(values_only=True):\n"
                      "    print(\"\\t\".join(\"\" if v is None else (str(int(v)) if isinstance(v, float) and v == int(v) else str(v)) for v in row))\n"
                      "' '" + path + "' 2>&1";
    std::string text;
    if (FILE* p = popen(cmd.c_str(), "r")) {
        char buf[4096];
        size_t n;
        while ((n = fread(buf, 1, sizeof buf, p)) > 0) text.append(buf, n);
        pclose(p);
    }
    std::vector<std::vector<std::string>> rows;
    size_t start = 0;
    while (start < text.size()) {
        size_t end = text.find('\n', start);
        if (end == std::string::npos) end = text.size();
        std::vector<std::string> cells;
        std::string line = text.substr(start, end - start), cell;
        for (char ch : line) {
            if (ch == '\t') {
                cells.push_back(cell);
                cell.clear();
            } else {
                cell += ch;
            }
        }
        cells.push_back(cell);
        rows.push_back(cells);
        start = end + 1;
    }
    BOOST_REQUIRE_MESSAGE(rows.size() >= 2, "openpyxl could not read " + path + ": " + text.substr(0, 300));
    return rows;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(reports_exports)

BOOST_AUTO_TEST_CASE(funnel_csv_has_the_page_numbers)
{
    auto res = commission().get("/reports/funnel.csv?year=2023");
    check_csv_form(res);
    auto rows = csv_rows(res.body);
    BOOST_REQUIRE(rows.size() == 15u);  // 14 units and the total
    const auto& total = rows.back();
    BOOST_TEST(total.at("unit_code") == "TOTAL");
    BOOST_TEST(total.at("registered") == "746");
    BOOST_TEST(total.at("recognised") == "155");
    BOOST_TEST(total.at("proposed") == "39");
    BOOST_TEST(total.at("recognised_above") == "22");
    BOOST_TEST(total.at("has_recognised") == "13");  // units that recognised
    BOOST_TEST(total.at("has_proposed") == "13");
    BOOST_TEST(total.at("recognised_pct") == "20.8");
    long long reg = 0, coll = 0, ind = 0, fields = 0;
    for (size_t i = 0; i + 1 < rows.size(); ++i) {
        reg += std::stoll(rows[i].at("registered"));
        coll += std::stoll(rows[i].at("collective_registered"));
        ind += std::stoll(rows[i].at("individual_registered"));
        for (const char* f : {"economy", "culture_society", "defence_security", "political_system"})
            fields += std::stoll(rows[i].at(std::string(f) + "_registered"));
        if (rows[i].at("unit_code") == "DL") {
            BOOST_TEST(rows[i].at("has_recognised") == "0");
            BOOST_TEST(rows[i].at("has_proposed") == "0");
        }
    }
    BOOST_TEST(reg == 746);
    BOOST_TEST(coll + ind == 746);
    BOOST_TEST(fields == 746);
}

BOOST_AUTO_TEST_CASE(funnel_xlsx_has_the_page_numbers)
{
    auto rows = xlsx_rows(commission().get("/reports/funnel.xlsx?year=2023"), "funnel-2023.xlsx");
    BOOST_REQUIRE(rows.size() == 16u);  // header, 14 units, the total
    const auto& total = rows.back();
    BOOST_REQUIRE(total.size() > 9u);
    BOOST_TEST(total[1] == "TOTAL");
    BOOST_TEST(total[3] == "746");
    BOOST_TEST(total[4] == "155");
    BOOST_TEST(total[5] == "39");
    BOOST_TEST(total[6] == "22");
    BOOST_TEST(total[10] == "13");
    BOOST_TEST(total[11] == "13");
    BOOST_TEST(rows[0][2] == "Đơn vị");  // headers in words
}

BOOST_AUTO_TEST_CASE(compliance_exports_match_the_page)
{
    auto& c = commission();
    auto res = c.get("/reports/compliance.csv?year=2023");
    check_csv_form(res);
    auto rows = csv_rows(res.body);
    BOOST_REQUIRE(rows.size() == 15u);
    BOOST_TEST(rows.back().at("recognise_state") == "13/14");
    BOOST_TEST(rows.back().at("propose_state") == "13/14");
    BOOST_TEST(rows.back().at("register_count") == "746");
    for (const auto& r : rows)
        if (r.at("unit_code") == "DL") {
            BOOST_TEST(r.at("recognise_count") == "0");
            BOOST_TEST(r.at("propose_deadline") == "2023-12-15");
            BOOST_TEST(r.at("propose_state") == "overdue");
        }
    auto x = xlsx_rows(c.get("/reports/compliance.xlsx?year=2023"), "compliance-2023.xlsx");
    BOOST_REQUIRE(x.size() == 16u);
    BOOST_TEST(x.back()[3] == "746");
}

BOOST_AUTO_TEST_CASE(replication_exports_match_the_page)
{
    auto& c = commission();
    auto page = c.get("/reports/replications?year=2023").body;
    std::smatch m;
    BOOST_REQUIRE(std::regex_search(page, m, std::regex("Mô hình được công nhận: <strong>([0-9.]+)</strong>")));
    std::string shown = m[1].str();
    shown.erase(std::remove(shown.begin(), shown.end(), '.'), shown.end());
    auto res = c.get("/reports/replications.csv?year=2023");
    check_csv_form(res);
    auto rows = csv_rows(res.body);
    BOOST_TEST(std::to_string(rows.size()) == shown);
    auto x = xlsx_rows(c.get("/reports/replications.xlsx?year=2023"), "replications-2023.xlsx");
    BOOST_TEST(std::to_string(x.size() - 1) == shown);
}

BOOST_AUTO_TEST_CASE(recognition_exports_match_the_list)
{
    auto& c = commission();
    auto list = c.get("/recognitions?year=2023&level=province");
    BOOST_REQUIRE(list.status == 200);
    auto res = c.get("/recognitions.csv?year=2023&level=province");
    check_csv_form(res);
    const std::string head = "id,year,unit_code,unit_name,title,kind,field,status,level,";
    BOOST_TEST(res.body.compare(3, head.size(), head) == 0);
    auto rows = csv_rows(res.body);
    BOOST_TEST(rows.size() == 22u);
    for (const auto& r : rows) BOOST_TEST(list.body.find(r.at("title")) != std::string::npos);
    auto district = csv_rows(c.get("/recognitions.csv?year=2023&level=district").body);
    BOOST_TEST(district.size() == 155u);
    auto x = xlsx_rows(c.get("/recognitions.xlsx?year=2023&level=province"), "recognitions-2023.xlsx");
    BOOST_TEST(x.size() == 23u);  // header and 22 models
}

BOOST_AUTO_TEST_CASE(the_printed_list_has_the_administrative_layout)
{
    auto res = commission().get("/recognitions/print?year=2023");
    BOOST_REQUIRE(res.status == 200);
    const auto& b = res.body;
    BOOST_TEST(contains(b, "TỈNH ỦY BÌNH THUẬN"));
    BOOST_TEST(contains(b, "BAN DÂN VẬN"));
    BOOST_TEST(contains(b, "ĐẢNG CỘNG SẢN VIỆT NAM"));
    BOOST_TEST(contains(b, "Bình Thuận, ngày "));
    BOOST_TEST(contains(b, "DANH SÁCH MÔ HÌNH &quot;DÂN VẬN KHÉO&quot; ĐƯỢC CÔNG NHẬN CẤP TỈNH NĂM 2023"));
    BOOST_TEST(contains(b, "(Kèm theo Quyết định số "));
    BOOST_TEST(contains(b, "MÔ HÌNH TẬP THỂ"));
    BOOST_TEST(contains(b, "MÔ HÌNH CÁ NHÂN"));
    BOOST_TEST(contains(b, "<thead>"));
    BOOST_TEST(contains(b, "/static/css/print.css"));
    BOOST_TEST(!contains(b, "<nav"));
    BOOST_TEST(!contains(b, "<form"));
    BOOST_TEST(!contains(b, "<button"));
    // A district's own list, under its own heading.
    auto pt = commission().get("/recognitions/print?year=2023&level=district&unit=PT");
    BOOST_TEST(pt.status == 200);
    BOOST_TEST(contains(pt.body, "THÀNH ỦY PHAN THIẾT"));
    BOOST_TEST(contains(pt.body, "CẤP HUYỆN NĂM 2023"));
}

BOOST_AUTO_TEST_CASE(proposals_print_for_the_unit_that_sent_them)
{
    HttpClient pt;
    BOOST_REQUIRE(pt.sign_in("pt.lanhdao", test::demo_password()).status == 303);
    auto res = pt.get("/proposals/print?year=2023");
    BOOST_REQUIRE(res.status == 200);
    BOOST_TEST(contains(res.body, "ĐỀ NGHỊ CẤP TỈNH CÔNG NHẬN NĂM 2023"));
    BOOST_TEST(contains(res.body, "ĐẢNG CỘNG SẢN VIỆT NAM"));
    size_t rows = 0;  // Phan Thiết proposed 3 models in the demo year
    for (size_t p = res.body.find("<tr><td class=\"no\">"); p != std::string::npos; p = res.body.find("<tr><td class=\"no\">", p + 1))
        ++rows;
    BOOST_TEST(rows == 3u);
    BOOST_TEST(pt.get("/proposals/print?year=2023&unit=DL").status == 404);
    auto dl = commission().get("/proposals/print?year=2023&unit=DL");
    BOOST_TEST(dl.status == 200);
    BOOST_TEST(contains(dl.body, "chưa gửi đề nghị"));
}

BOOST_AUTO_TEST_CASE(certificates_one_or_a_whole_decision)
{
    auto& c = commission();
    auto rows = csv_rows(c.get("/recognitions.csv?year=2023&level=province").body);
    BOOST_REQUIRE(!rows.empty());
    std::string id = rows[0].at("recognition_id");
    auto one = c.get("/recognitions/" + id + "/certificate");
    BOOST_REQUIRE(one.status == 200);
    BOOST_TEST(contains(one.body, "GIẤY CÔNG NHẬN"));
    BOOST_TEST(contains(one.body, "class=\"certificate\""));
    BOOST_TEST(contains(one.body, rows[0].at("decision_number")));

    HttpClient dl;
    BOOST_REQUIRE(dl.sign_in("dl.lanhdao", test::demo_password()).status == 303);
    // A recognition of a model outside Đức Linh is not found for its head.
    bool outside_checked = false;
    for (const auto& r : rows)
        if (r.at("unit_code") != "DL" && !outside_checked) {
            BOOST_TEST(dl.get("/recognitions/" + r.at("recognition_id") + "/certificate").status == 404);
            outside_checked = true;
        }
    BOOST_TEST(outside_checked);
    BOOST_TEST(c.get("/recognitions/99999999/certificate").status == 404);
    // Every certificate of the provincial decision at once, a page break between them.
    auto all = c.get("/recognitions/certificates?decision=" + rows[0].at("decision_id"));
    BOOST_REQUIRE(all.status == 200);
    size_t n = 0;
    for (size_t p = all.body.find("<section class=\"certificate"); p != std::string::npos;
         p = all.body.find("<section class=\"certificate", p + 1))
        ++n;
    BOOST_TEST(n == 22u);
    BOOST_TEST(contains(all.body, "certificate page-break"));
    BOOST_TEST(c.get("/recognitions/certificates").status == 404);
}

BOOST_AUTO_TEST_SUITE_END()
