// Unit tests: pure code (parsers, router, CSRF, passwords, domain rules); no database, no network.
#define BOOST_TEST_MODULE unit
#include <boost/test/unit_test.hpp>

#include "core/crypto.h"

struct CryptoInit {
    CryptoInit() { core::crypto_init(); }
};
BOOST_TEST_GLOBAL_FIXTURE(CryptoInit);
