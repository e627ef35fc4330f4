// The heading of printed documents: issuing body lines, place, Vietnamese upper case.
#include <boost/test/unit_test.hpp>

#include "domain/document_heading.h"

using namespace domain;

BOOST_AUTO_TEST_SUITE(document_heading)

BOOST_AUTO_TEST_CASE(the_commission_prints_under_its_committee)
{
    auto l = issuer_lines("Ban Dân vận Tỉnh ủy Bình Thuận", "");
    BOOST_TEST(l.upper == "TỈNH ỦY BÌNH THUẬN");
    BOOST_TEST(l.body == "BAN DÂN VẬN");
}

BOOST_AUTO_TEST_CASE(a_district_committee_prints_under_the_provincial_party_organisation)
{
    auto l = issuer_lines("Huyện ủy Đức Linh", "Ban Dân vận Tỉnh ủy Bình Thuận");
    BOOST_TEST(l.upper == "ĐẢNG BỘ TỈNH BÌNH THUẬN");
    BOOST_TEST(l.body == "HUYỆN ỦY ĐỨC LINH");
    l = issuer_lines("Đảng ủy phường Phú Thủy", "Thành ủy Phan Thiết");
    BOOST_TEST(l.upper == "ĐẢNG BỘ THÀNH PHỐ PHAN THIẾT");
    l = issuer_lines("Đơn vị mới", "Một tên khác");
    BOOST_TEST(l.upper == "MỘT TÊN KHÁC");
}

BOOST_AUTO_TEST_CASE(the_place_is_the_province_name)
{
    BOOST_TEST(document_place("Ban Dân vận Tỉnh ủy Bình Thuận") == "Bình Thuận");
    BOOST_TEST(document_place("Tỉnh ủy Lâm Đồng") == "Lâm Đồng");
    BOOST_TEST(document_place("Somewhere") == "Somewhere");
}

BOOST_AUTO_TEST_CASE(upper_case_knows_vietnamese_letters)
{
    BOOST_TEST(upper_vi("dân vận khéo") == "DÂN VẬN KHÉO");
    BOOST_TEST(upper_vi("đắk song, ỹ ự ở") == "ĐẮK SONG, Ỹ Ự Ở");
    BOOST_TEST(upper_vi("ABC 123") == "ABC 123");
}

BOOST_AUTO_TEST_SUITE_END()
