// The date parser the fuzz targets hand to the domain's binders: dd/mm/yyyy or yyyy-mm-dd to ISO
// (the product's core::parse_date lives with the renderer; the binders only need the contract).
#pragma once
#include <cctype>
#include <optional>
#include <string>

namespace fuzz {

inline std::optional<std::string> parse_date(const std::string& s)
{
    auto digits = [&s](size_t from, size_t n) {
        for (size_t i = from; i < from + n; ++i)
            if (i >= s.size() || !std::isdigit(static_cast<unsigned char>(s[i]))) return false;
        return true;
    };
    if (s.size() == 10 && s[2] == '/' && s[5] == '/' && digits(0, 2) && digits(3, 2) && digits(6, 4))
        return s.substr(6, 4) + "-" + s.substr(3, 2) + "-" + s.substr(0, 2);
    if (s.size() == 10 && s[4] == '-' && s[7] == '-' && digits(0, 4) && digits(5, 2) && digits(8, 2)) return s;
    return std::nullopt;
}

}  // namespace fuzz
