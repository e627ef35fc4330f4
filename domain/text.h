// Text rules the search and the validation share: Vietnamese folding and UTF-8 lengths.
#pragma once
#include <cstddef>
#include <string>

namespace domain {

// Lowercases and strips every Vietnamese diacritic (tones and the marks of ă â ê ô ơ ư), and turns
// đ/Đ into d: "Dân vận khéo" -> "dan van kheo", "Đắk Song" -> "dak song". Decomposed input (base
// letter + combining marks) folds the same way. Other characters pass through (ASCII lowercased);
// bytes that are not valid UTF-8 are kept as they are.
std::string fold_vietnamese(const std::string& s);

// The number of code points in a UTF-8 string (continuation bytes are not counted).
size_t utf8_length(const std::string& s);

// s without leading and trailing ASCII whitespace.
std::string trim(const std::string& s);

}  // namespace domain
