// Browser checks: Debian's headless Chromium against the running stack; images kept under var/.
#define BOOST_TEST_MODULE browser
#include <boost/test/unit_test.hpp>
