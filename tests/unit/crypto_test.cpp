// Passwords and tokens: argon2id at OWASP's parameters, random tokens, hashing, comparison.
#include <boost/test/unit_test.hpp>
#include <sodium.h>

#include <set>

#include "core/crypto.h"

BOOST_AUTO_TEST_SUITE(crypto)

BOOST_AUTO_TEST_CASE(password_hash_verifies_only_the_right_password)
{
    std::string hash = core::hash_password("mật khẩu đúng 2026");
    BOOST_TEST(hash.rfind("$argon2id$", 0) == 0u);
    BOOST_TEST(core::verify_password(hash, "mật khẩu đúng 2026"));
    BOOST_TEST(!core::verify_password(hash, "mật khẩu sai 2026"));
    BOOST_TEST(!core::verify_password("", "x"));
    BOOST_TEST(!core::verify_password("not a hash", "x"));
}

BOOST_AUTO_TEST_CASE(argon2id_parameters_are_at_least_owasp)
{
    std::string hash = core::hash_password("abcdefghijkl");
    // $argon2id$v=19$m=19456,t=2,p=1$...
    auto m = hash.find("m=");
    auto t = hash.find(",t=");
    BOOST_REQUIRE(m != std::string::npos && t != std::string::npos);
    BOOST_TEST(std::stol(hash.substr(m + 2)) >= 19456);
    BOOST_TEST(std::stol(hash.substr(t + 3)) >= 2);
    BOOST_TEST(!core::password_needs_rehash(hash));
    char weak[crypto_pwhash_STRBYTES];
    BOOST_REQUIRE(crypto_pwhash_str_alg(weak, "x", 1, 1, 8192 * 1024, crypto_pwhash_ALG_ARGON2ID13) == 0);
    BOOST_TEST(core::password_needs_rehash(weak));
}

BOOST_AUTO_TEST_CASE(tokens_are_random_256_bit_hex)
{
    std::set<std::string> seen;
    for (int i = 0; i < 200; ++i) {
        auto t = core::random_token_hex(32);
        BOOST_TEST(t.size() == 64u);
        BOOST_TEST(t.find_first_not_of("0123456789abcdef") == std::string::npos);
        seen.insert(t);
    }
    BOOST_TEST(seen.size() == 200u);
}

BOOST_AUTO_TEST_CASE(sha256_known_value)
{
    BOOST_TEST(core::sha256_hex("abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
}

BOOST_AUTO_TEST_CASE(constant_time_compare)
{
    BOOST_TEST(core::constant_time_equal("abc", "abc"));
    BOOST_TEST(!core::constant_time_equal("abc", "abd"));
    BOOST_TEST(!core::constant_time_equal("abc", "abcd"));
    BOOST_TEST(!core::constant_time_equal("", "a"));
}

BOOST_AUTO_TEST_SUITE_END()
