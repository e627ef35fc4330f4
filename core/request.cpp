// One HTTP request as the FastCGI server handed it over: parameters, query, form, files, cookies.
// Body parsing goes through GNU cgicc; our glue validates encodings and sizes around it.
#include "core/request.h"

#include <cgicc/CgiEnvironment.h>
#include <cgicc/CgiInput.h>
#include <cgicc/CgiUtils.h>
#include <cgicc/Cgicc.h>

#include <algorithm>
#include <cctype>

#include "core/http_error.h"

namespace core {

namespace {

// Feeds cgicc from the body we already read and the FastCGI parameters, never from stdin/environ.
class BufferedInput : public cgicc::CgiInput {
public:
    BufferedInput(const std::map<std::string, std::string>& params, const std::string& body)
        : params_(params), body_(body)
    {
    }
    size_t read(char* data, size_t length) override
    {
        size_t n = std::min(length, body_.size() - pos_);
        std::copy_n(body_.data() + pos_, n, data);
        pos_ += n;
        return n;
    }
    std::string getenv(const char* name) override
    {
        // cgicc would parse QUERY_STRING into the form for GET; the query is ours to parse.
        if (std::string(name) == "QUERY_STRING") return "";
        auto it = params_.find(name);
        return it == params_.end() ? "" : it->second;
    }

private:
    const std::map<std::string, std::string>& params_;
    const std::string& body_;
    size_t pos_ = 0;
};

std::string param(const std::map<std::string, std::string>& p, const char* name)
{
    auto it = p.find(name);
    return it == p.end() ? "" : it->second;
}

std::string lower(std::string s)
{
    for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return s;
}

}  // namespace

bool valid_percent_encoding(const std::string& s)
{
    for (size_t i = 0; i < s.size(); ++i) {
        if (s[i] != '%') continue;
        if (i + 2 >= s.size()) return false;
        if (!std::isxdigit(static_cast<unsigned char>(s[i + 1])) ||
            !std::isxdigit(static_cast<unsigned char>(s[i + 2])))
            return false;
        i += 2;
    }
    return true;
}

bool valid_utf8(const std::string& s)
{
    size_t i = 0, n = s.size();
    while (i < n) {
        unsigned char c = static_cast<unsigned char>(s[i]);
        if (c == 0) return false;
        if (c < 0x80) {
            ++i;
            continue;
        }
        size_t len;
        uint32_t cp;
        if ((c & 0xE0) == 0xC0) {
            len = 2;
            cp = c & 0x1F;
        } else if ((c & 0xF0) == 0xE0) {
            len = 3;
            cp = c & 0x0F;
        } else if ((c & 0xF8) == 0xF0) {
            len = 4;
            cp = c & 0x07;
        } else {
            return false;
        }
        if (i + len > n) return false;
        for (size_t k = 1; k < len; ++k) {
            unsigned char cc = static_cast<unsigned char>(s[i + k]);
            if ((cc & 0xC0) != 0x80) return false;
            cp = (cp << 6) | (cc & 0x3F);
        }
        if ((len == 2 && cp < 0x80) || (len == 3 && cp < 0x800) || (len == 4 && cp < 0x10000) || cp > 0x10FFFF ||
            (cp >= 0xD800 && cp <= 0xDFFF))
            return false;
        i += len;
    }
    return true;
}

std::multimap<std::string, std::string> parse_urlencoded(const std::string& s, size_t max_fields)
{
    std::multimap<std::string, std::string> out;
    if (!valid_percent_encoding(s)) throw HttpError(400, "E_BAD_REQUEST", "malformed percent-encoding");
    size_t start = 0;
    while (start <= s.size()) {
        size_t amp = s.find('&', start);
        if (amp == std::string::npos) amp = s.size();
        std::string pair = s.substr(start, amp - start);
        if (!pair.empty()) {
            if (out.size() >= max_fields) throw HttpError(413, "E_TOO_LARGE", "too many fields");
            size_t eq = pair.find('=');
            std::string name = cgicc::form_urldecode(pair.substr(0, eq));
            std::string value = eq == std::string::npos ? "" : cgicc::form_urldecode(pair.substr(eq + 1));
            if (!valid_utf8(name) || !valid_utf8(value))
                throw HttpError(400, "E_BAD_REQUEST", "form value is not UTF-8");
            out.emplace(std::move(name), std::move(value));
        }
        start = amp + 1;
    }
    return out;
}

std::map<std::string, std::string> parse_cookie_header(const std::string& header)
{
    std::map<std::string, std::string> out;
    // cgicc's environment parses cookies; give it just this header.
    std::map<std::string, std::string> params{{"HTTP_COOKIE", header}, {"REQUEST_METHOD", "GET"}};
    std::string empty;
    BufferedInput input(params, empty);
    cgicc::CgiEnvironment env(&input);
    for (const auto& c : env.getCookieList()) out.emplace(c.getName(), c.getValue());
    return out;
}

Request Request::parse(const std::map<std::string, std::string>& params, std::string body,
                       const RequestLimits& limits)
{
    Request r;
    r.method_ = param(params, "REQUEST_METHOD");
    if (r.method_ == "HEAD") r.method_ = "GET";  // nginx drops the body of a HEAD answer
    r.remote_addr_ = param(params, "REMOTE_ADDR");
    for (const auto& [k, v] : params)
        if (k.compare(0, 5, "HTTP_") == 0 || k == "CONTENT_TYPE") r.headers_[k] = v;

    // DOCUMENT_URI is nginx's decoded, normalised path; REQUEST_URI is the raw one.
    std::string uri = param(params, "REQUEST_URI");
    std::string raw_path = uri.substr(0, uri.find('?'));
    if (!valid_percent_encoding(raw_path)) throw HttpError(400, "E_BAD_REQUEST", "malformed path encoding");
    r.path_ = param(params, "DOCUMENT_URI");
    if (r.path_.empty()) r.path_ = cgicc::form_urldecode(raw_path);
    if (r.path_.empty() || r.path_[0] != '/' || !valid_utf8(r.path_))
        throw HttpError(400, "E_BAD_REQUEST", "bad path");

    r.raw_query_ = param(params, "QUERY_STRING");
    if (r.raw_query_.size() > limits.max_query) throw HttpError(400, "E_BAD_REQUEST", "query too long");
    r.query_ = parse_urlencoded(r.raw_query_, limits.max_fields);

    auto cookie_it = params.find("HTTP_COOKIE");
    if (cookie_it != params.end()) r.cookies_ = parse_cookie_header(cookie_it->second);

    if (r.method_ != "POST") return r;
    std::string content_type = lower(param(params, "CONTENT_TYPE"));
    bool multipart = content_type.rfind("multipart/form-data", 0) == 0;
    if (body.size() > (multipart ? limits.max_body : limits.max_form_body))
        throw HttpError(413, "E_TOO_LARGE", "body over the limit");
    if (content_type.empty() || content_type.rfind("application/x-www-form-urlencoded", 0) == 0) {
        r.form_ = parse_urlencoded(body, limits.max_fields);
        return r;
    }
    if (!multipart) throw HttpError(400, "E_BAD_REQUEST", "unsupported content type");
    if (content_type.find("boundary=") == std::string::npos)
        throw HttpError(400, "E_BAD_REQUEST", "multipart without boundary");

    std::map<std::string, std::string> env = params;
    env["CONTENT_LENGTH"] = std::to_string(body.size());
    BufferedInput input(env, body);
    std::optional<cgicc::Cgicc> parsed;
    try {
        parsed.emplace(&input);
    } catch (const std::exception&) {
        // cgicc throws std::runtime_error("Malformed input") for a part without its blank line.
        // Uncaught, it would end the worker thread and the program with it (found by the fuzzer).
        throw HttpError(400, "E_BAD_REQUEST", "malformed multipart body");
    }
    const cgicc::Cgicc& cgi = *parsed;
    for (const auto& e : cgi.getElements()) {
        if (r.form_.size() >= limits.max_fields) throw HttpError(413, "E_TOO_LARGE", "too many fields");
        if (!valid_utf8(e.getName()) || !valid_utf8(e.getValue()))
            throw HttpError(400, "E_BAD_REQUEST", "form value is not UTF-8");
        r.form_.emplace(e.getName(), e.getValue());
    }
    for (const auto& f : cgi.getFiles()) {
        if (!valid_utf8(f.getName())) throw HttpError(400, "E_BAD_REQUEST", "file field is not UTF-8");
        r.files_.push_back({f.getName(), f.getFilename(), f.getDataType(), f.getData()});
    }
    return r;
}

Request Request::for_test(const std::string& method, const std::string& path,
                          std::multimap<std::string, std::string> form, std::map<std::string, std::string> cookies)
{
    Request r;
    r.method_ = method;
    r.path_ = path;
    r.form_ = std::move(form);
    r.cookies_ = std::move(cookies);
    r.remote_addr_ = "127.0.0.1";
    return r;
}

std::string Request::path_and_query() const { return raw_query_.empty() ? path_ : path_ + "?" + raw_query_; }

std::string Request::header(const std::string& name) const
{
    std::string key = "HTTP_";
    for (char c : name) key += c == '-' ? '_' : static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    auto it = headers_.find(key);
    return it == headers_.end() ? "" : it->second;
}

static std::optional<std::string> first(const std::multimap<std::string, std::string>& m, const std::string& name)
{
    auto it = m.find(name);
    if (it == m.end()) return std::nullopt;
    return it->second;
}

std::optional<std::string> Request::query(const std::string& name) const { return first(query_, name); }

std::optional<long long> Request::query_int(const std::string& name) const
{
    auto v = query(name);
    if (!v || v->empty() || v->size() > 18 || !std::all_of(v->begin(), v->end(), ::isdigit)) return std::nullopt;
    return std::stoll(*v);
}

std::optional<std::string> Request::form(const std::string& name) const { return first(form_, name); }

std::vector<std::string> Request::form_all(const std::string& name) const
{
    std::vector<std::string> out;
    auto range = form_.equal_range(name);
    for (auto it = range.first; it != range.second; ++it) out.push_back(it->second);
    return out;
}

std::optional<std::string> Request::cookie(const std::string& name) const
{
    auto it = cookies_.find(name);
    if (it == cookies_.end()) return std::nullopt;
    return it->second;
}

std::optional<std::string> Request::form_nonce() const
{
    auto all = form_all("form_nonce");
    if (all.size() != 1 || all[0].size() != 32) return std::nullopt;
    for (char c : all[0])
        if (!std::isxdigit(static_cast<unsigned char>(c)) || std::isupper(static_cast<unsigned char>(c))) return std::nullopt;
    return all[0];
}

std::optional<std::string> Request::path_param(const std::string& name) const
{
    auto it = path_params_.find(name);
    if (it == path_params_.end()) return std::nullopt;
    return it->second;
}

long long Request::path_id(const std::string& name) const
{
    auto v = path_param(name);
    if (!v || v->empty() || v->size() > 18 || !std::all_of(v->begin(), v->end(), ::isdigit))
        throw HttpError(404);
    return std::stoll(*v);
}

}  // namespace core
