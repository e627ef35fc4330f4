// One HTTP request as the FastCGI server handed it over: parameters, query, form, files, cookies.
#pragma once
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace core {

struct RequestLimits {
    size_t max_body = 10 * 1024 * 1024;      // multipart uploads
    size_t max_form_body = 1024 * 1024;      // url-encoded forms
    size_t max_query = 8 * 1024;
    size_t max_fields = 2000;
};

struct UploadedFile {
    std::string field;
    std::string filename;
    std::string content_type;
    std::string data;
};

class Request {
public:
    // Parses the FastCGI parameters and the body. Throws HttpError(400) on malformed input and
    // HttpError(413) on a body over the limits; the body must already be exactly CONTENT_LENGTH bytes.
    static Request parse(const std::map<std::string, std::string>& params, std::string body,
                         const RequestLimits& limits = {});

    const std::string& method() const { return method_; }
    const std::string& path() const { return path_; }
    // The path and query as the browser sent it, for "come back here after sign-in".
    std::string path_and_query() const;
    const std::string& remote_addr() const { return remote_addr_; }
    std::string header(const std::string& name) const;  // e.g. "Origin", "Host"

    // Query string parameters (for GET filters).
    std::optional<std::string> query(const std::string& name) const;
    std::optional<long long> query_int(const std::string& name) const;
    // Form fields (url-encoded or multipart body).
    std::optional<std::string> form(const std::string& name) const;
    std::vector<std::string> form_all(const std::string& name) const;
    const std::multimap<std::string, std::string>& form_fields() const { return form_; }
    const std::multimap<std::string, std::string>& query_fields() const { return query_; }
    const std::vector<UploadedFile>& files() const { return files_; }
    std::optional<std::string> cookie(const std::string& name) const;
    // The form's one-time nonce (field form_nonce, 32 hex digits), if it carries a well-formed one.
    std::optional<std::string> form_nonce() const;

    // Values captured by the route pattern, e.g. {id}.
    std::optional<std::string> path_param(const std::string& name) const;
    long long path_id(const std::string& name = "id") const;  // 404 when absent or not a number
    void set_path_params(std::map<std::string, std::string> p) { path_params_ = std::move(p); }

    // For tests: build a request without going through FastCGI.
    static Request for_test(const std::string& method, const std::string& path,
                            std::multimap<std::string, std::string> form = {},
                            std::map<std::string, std::string> cookies = {});

private:
    std::string method_, path_, raw_query_, remote_addr_;
    std::map<std::string, std::string> headers_;  // by CGI name, e.g. HTTP_ORIGIN
    std::multimap<std::string, std::string> query_, form_;
    std::map<std::string, std::string> cookies_, path_params_;
    std::vector<UploadedFile> files_;
};

// True when every '%' is followed by two hex digits.
bool valid_percent_encoding(const std::string& s);
// True when s is well-formed UTF-8 without NUL bytes or overlong forms.
bool valid_utf8(const std::string& s);
// Splits "a=1&b=2" into decoded pairs; throws HttpError(400) on malformed encoding.
std::multimap<std::string, std::string> parse_urlencoded(const std::string& s, size_t max_fields);
// Parses a Cookie header into name -> value (first occurrence wins).
std::map<std::string, std::string> parse_cookie_header(const std::string& header);

}  // namespace core
