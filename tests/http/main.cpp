// HTTP tests: the real programs behind a real nginx on private ports, started by scripts/test.sh.
#define BOOST_TEST_MODULE http
#include <boost/test/unit_test.hpp>
#include <curl/curl.h>

struct CurlGlobal {
    CurlGlobal() { curl_global_init(CURL_GLOBAL_DEFAULT); }
    ~CurlGlobal() { curl_global_cleanup(); }
};
BOOST_TEST_GLOBAL_FIXTURE(CurlGlobal);
