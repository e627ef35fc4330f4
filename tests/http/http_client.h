// A small HTTP client for the tests (libcurl), with its own cookie jar, signed in as one user.
#pragma once
#include <map>
#include <memory>
#include <string>
#include <vector>

namespace core {
class Db;
}

namespace test {

struct HttpResponse {
    long status = 0;
    std::multimap<std::string, std::string> headers;  // names lowercased
    std::string body;
    std::string header(const std::string& name) const;
};

struct MultipartPart {
    std::string name, value, filename, content_type;  // filename set: a file part
};

class HttpClient {
public:
    // base: e.g. http://127.0.0.1:18080 (from DVK_TEST_URL when empty)
    explicit HttpClient(std::string base = "");
    ~HttpClient();
    HttpClient(const HttpClient&) = delete;
    HttpClient& operator=(const HttpClient&) = delete;

    HttpResponse get(const std::string& path, const std::vector<std::string>& extra_headers = {});
    // Posts url-encoded fields as they are (the caller adds csrf_token, or not, on purpose).
    HttpResponse post(const std::string& path, const std::vector<std::pair<std::string, std::string>>& fields,
                      const std::vector<std::string>& extra_headers = {});
    HttpResponse post_raw(const std::string& path, const std::string& body, const std::string& content_type,
                          const std::vector<std::string>& extra_headers = {});
    HttpResponse post_multipart(const std::string& path, const std::vector<MultipartPart>& parts);
    // Posts a form with the CSRF token of `form_page` (fetched first) added.
    HttpResponse submit(const std::string& form_page, const std::string& action,
                        std::vector<std::pair<std::string, std::string>> fields);

    // Signs in through the real form; returns the final response (303 on success).
    HttpResponse sign_in(const std::string& login, const std::string& password);
    std::string cookie(const std::string& name) const;
    void set_cookie(const std::string& name, const std::string& value);
    const std::string& base() const { return base_; }

private:
    HttpResponse perform(const std::string& method, const std::string& path, const std::string* body,
                         const std::string& content_type, const std::vector<std::string>& extra_headers);
    std::string base_;
    void* curl_;
    std::map<std::string, std::string> cookies_;
};

// The value of <input name="NAME" value="..."> in a page; empty when absent.
std::string input_value(const std::string& html, const std::string& name);
// The value of <input name="csrf_token" value="..."> in a page; empty when absent.
std::string csrf_token_in(const std::string& html);
// The number N in the first href="PREFIXN" link whose text is `text`; 0 when there is none.
long long linked_id(const std::string& html, const std::string& prefix, const std::string& text);
// A route as its program's route table declares it.
struct SourceRoute {
    std::string method, pattern, file;
};
// Every {"GET"|"POST", "/path", handler, access} line of every cgi-bin/*/main.cpp (run from the
// repository top): tests that must cover every route read them here, so a new route is never missed.
std::vector<SourceRoute> routes_in_source();
// A client signed in as `login` with the demo password; throws when the sign-in is refused.
std::unique_ptr<HttpClient> signed_in(const std::string& login);
std::string url_encode(const std::string& s);
// Shared demo password and the stack script, from the environment the runner sets.
const char* demo_password();
int run_stack(const std::string& command);  // scripts/stack.sh <command>, returns its exit code
// Runs bin/dvkctl with args (each quoted), feeding `input` on standard input; returns the exit code.
int dvkctl(const std::vector<std::string>& args, const std::string& input = "");
// A fresh user made through dvkctl (login unique per call); returns the login.
std::string make_user(const std::string& role, const std::string& unit_code, const std::string& password);
// This thread's connection to the stack's database, for what the pages cannot show (counts, states).
core::Db& db();

}  // namespace test
