// The heading of a printed document in the Vietnamese administrative layout: the issuing body's two
// lines top left (the body above, then the issuing body itself, underlined), and the place named in
// "Bình Thuận, ngày 28 tháng 12 năm 2023" top right. Names are the ones the units had at the time.
#pragma once
#include <string>

namespace domain {

struct IssuerLines {
    std::string upper;  // e.g. "TỈNH ỦY BÌNH THUẬN" (may be empty)
    std::string body;   // e.g. "BAN DÂN VẬN"
};

// From the issuing unit's name and its parent's name (empty for the top of the tree):
// "Ban Dân vận Tỉnh ủy Bình Thuận" with no parent -> "TỈNH ỦY BÌNH THUẬN" / "BAN DÂN VẬN";
// "Huyện ủy Đức Linh" under "Ban Dân vận Tỉnh ủy Bình Thuận" -> "ĐẢNG BỘ TỈNH BÌNH THUẬN" / "HUYỆN ỦY ĐỨC LINH".
// Both upper-cased (Vietnamese letters included).
IssuerLines issuer_lines(const std::string& unit_name, const std::string& parent_name);

// The place for the date line: the province's name without its body's words
// ("Ban Dân vận Tỉnh ủy Bình Thuận" -> "Bình Thuận"); the name itself when no known prefix matches.
std::string document_place(const std::string& province_unit_name);

// "Tỉnh ủy Bình Thuận" or "Ban Dân vận Tỉnh ủy Bình Thuận" -> "Đảng bộ tỉnh Bình Thuận": the party
// organisation a committee leads; other names unchanged.
std::string party_organisation(const std::string& name);

// Upper case of UTF-8 text, Vietnamese letters with diacritics included (others unchanged).
std::string upper_vi(const std::string& text);

}  // namespace domain
