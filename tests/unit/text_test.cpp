// domain/text: folding Vietnamese for search, UTF-8 lengths, trimming.
#include <boost/test/unit_test.hpp>

#include "domain/text.h"

using domain::fold_vietnamese;

BOOST_AUTO_TEST_SUITE(text)

BOOST_AUTO_TEST_CASE(folds_the_examples_from_the_issue)
{
    BOOST_TEST(fold_vietnamese("Dân vận khéo") == "dan van kheo");
    BOOST_TEST(fold_vietnamese("Đắk Song") == "dak song");
    BOOST_TEST(fold_vietnamese("ĐẮK SONG") == "dak song");
}

BOOST_AUTO_TEST_CASE(folds_every_vowel_with_every_tone)
{
    BOOST_TEST(fold_vietnamese("àáạảãâầấậẩẫăằắặẳẵ") == std::string(17, 'a'));
    BOOST_TEST(fold_vietnamese("ÈÉẸẺẼÊỀẾỆỂỄ") == std::string(11, 'e'));
    BOOST_TEST(fold_vietnamese("ìíịỉĩ") == "iiiii");
    BOOST_TEST(fold_vietnamese("òóọỏõôồốộổỗơờớợởỡ") == std::string(17, 'o'));
    BOOST_TEST(fold_vietnamese("ÙÚỤỦŨƯỪỨỰỬỮ") == std::string(11, 'u'));
    BOOST_TEST(fold_vietnamese("ỳýỵỷỹ") == "yyyyy");
    BOOST_TEST(fold_vietnamese("đĐ") == "dd");
}

BOOST_AUTO_TEST_CASE(folds_decomposed_input_like_precomposed)
{
    // "Dân" typed as D, a, U+0302 (combining circumflex), n; "khéo" with U+0301.
    BOOST_TEST(fold_vietnamese("Da\xCC\x82n kh" "e\xCC\x81o") == "dan kheo");
}

BOOST_AUTO_TEST_CASE(keeps_other_text_and_bad_bytes)
{
    BOOST_TEST(fold_vietnamese("Hội Nông dân 2023: 100% (ABC)") == "hoi nong dan 2023: 100% (abc)");
    BOOST_TEST(fold_vietnamese("日本") == "日本");
    BOOST_TEST(fold_vietnamese(std::string("a\xFF" "b", 3)) == std::string("a\xFF" "b", 3));
    BOOST_TEST(fold_vietnamese("\xC3") == "\xC3");  // a truncated sequence
    BOOST_TEST(fold_vietnamese("") == "");
}

BOOST_AUTO_TEST_CASE(folding_is_idempotent)
{
    std::string once = fold_vietnamese("Huyện ủy Đức Linh — Mỗi chi bộ giúp đỡ một hộ thoát nghèo");
    BOOST_TEST(fold_vietnamese(once) == once);
    BOOST_TEST(once == "huyen uy duc linh — moi chi bo giup do mot ho thoat ngheo");
}

BOOST_AUTO_TEST_CASE(lengths_and_trimming)
{
    BOOST_TEST(domain::utf8_length("Đắk Song") == 8u);
    BOOST_TEST(domain::utf8_length("") == 0u);
    BOOST_TEST(domain::trim("  \t Dân vận \r\n") == "Dân vận");
    BOOST_TEST(domain::trim(" \t ") == "");
}

BOOST_AUTO_TEST_SUITE_END()
