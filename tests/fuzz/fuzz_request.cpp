// libFuzzer target: core::Request::parse, our glue around GNU cgicc (query, url-encoded and
// multipart bodies, cookies, paths). Input: method-selector, path, query, content type, cookie, body,
// separated by 0xFF. Only HttpError (400/413) may come out; anything else is a finding.
#include <cstdint>
#include <cstdlib>

#include "core/http_error.h"
#include "core/request.h"
#include "tests/fuzz/fuzz_input.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    auto p = fuzz::split(data, size, 6);
    static const char* const methods[] = {"GET", "POST", "HEAD", "PUT"};
    std::map<std::string, std::string> params{
        {"REQUEST_METHOD", methods[p[0].empty() ? 0 : static_cast<unsigned char>(p[0][0]) % 4]},
        {"REQUEST_URI", p[1] + (p[2].empty() ? "" : "?" + p[2])},
        {"DOCUMENT_URI", p[1]},
        {"QUERY_STRING", p[2]},
        {"CONTENT_TYPE", p[3]},
        {"HTTP_COOKIE", p[4]},
        {"CONTENT_LENGTH", std::to_string(p[5].size())},
        {"REMOTE_ADDR", "127.0.0.1"},
        {"HTTP_HOST", "127.0.0.1"},
    };
    core::RequestLimits limits;
    limits.max_body = 64 * 1024;
    limits.max_form_body = 16 * 1024;
    try {
        auto req = core::Request::parse(params, p[5], limits);
        // What handlers do next with a parsed request must hold too.
        (void)req.query_int("year");
        (void)req.form_all("csrf_token");
        (void)req.cookie("dvk_session");
        (void)req.path_and_query();
        for (const auto& [k, v] : req.form_fields())
            if (!core::valid_utf8(k) || !core::valid_utf8(v)) std::abort();  // the glue promises UTF-8
    } catch (const core::HttpError& e) {
        if (e.status() != 400 && e.status() != 413) std::abort();
    }
    (void)core::parse_cookie_header(p[4]);
    return 0;
}
