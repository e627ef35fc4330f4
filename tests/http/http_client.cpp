// A small HTTP client for the tests (libcurl), with its own cookie jar.
#include "tests/http/http_client.h"

#include <curl/curl.h>

#include "core/config.h"
#include "core/db.h"

#include <glob.h>
#include <unistd.h>

#include <fstream>
#include <regex>
#include <sstream>

#include <cstdio>
#include <cstdlib>
#include <stdexcept>

namespace test {

namespace {
size_t collect(char* data, size_t size, size_t n, void* out)
{
    static_cast<std::string*>(out)->append(data, size * n);
    return size * n;
}

std::string lower(std::string s)
{
    for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return s;
}
}  // namespace

std::string HttpResponse::header(const std::string& name) const
{
    auto it = headers.find(lower(name));
    return it == headers.end() ? "" : it->second;
}

HttpClient::HttpClient(std::string base) : base_(std::move(base)), curl_(curl_easy_init())
{
    if (base_.empty()) {
        const char* env = std::getenv("DVK_TEST_URL");
        if (!env) throw std::runtime_error("DVK_TEST_URL is not set (run the tests through make test)");
        base_ = env;
    }
}

HttpClient::~HttpClient() { curl_easy_cleanup(static_cast<CURL*>(curl_)); }

HttpResponse HttpClient::perform(const std::string& method, const std::string& path, const std::string* body,
                                 const std::string& content_type, const std::vector<std::string>& extra_headers)
{
    CURL* c = static_cast<CURL*>(curl_);
    curl_easy_reset(c);
    HttpResponse res;
    std::string raw_headers;
    std::string url = base_ + path;
    curl_easy_setopt(c, CURLOPT_URL, url.c_str());
    curl_easy_setopt(c, CURLOPT_WRITEFUNCTION, collect);
    curl_easy_setopt(c, CURLOPT_WRITEDATA, &res.body);
    curl_easy_setopt(c, CURLOPT_HEADERFUNCTION, collect);
    curl_easy_setopt(c, CURLOPT_HEADERDATA, &raw_headers);
    curl_easy_setopt(c, CURLOPT_TIMEOUT, 60L);
    curl_easy_setopt(c, CURLOPT_PATH_AS_IS, 1L);
    struct curl_slist* hdrs = nullptr;
    std::string cookie_header;
    for (const auto& [k, v] : cookies_) cookie_header += (cookie_header.empty() ? "" : "; ") + k + "=" + v;
    if (!cookie_header.empty()) hdrs = curl_slist_append(hdrs, ("Cookie: " + cookie_header).c_str());
    for (const auto& h : extra_headers) hdrs = curl_slist_append(hdrs, h.c_str());
    if (body) {
        curl_easy_setopt(c, CURLOPT_POST, 1L);
        curl_easy_setopt(c, CURLOPT_POSTFIELDS, body->data());
        curl_easy_setopt(c, CURLOPT_POSTFIELDSIZE_LARGE, static_cast<curl_off_t>(body->size()));
        hdrs = curl_slist_append(hdrs, ("Content-Type: " + content_type).c_str());
        hdrs = curl_slist_append(hdrs, "Expect:");
    }
    if (method != "GET" && method != "POST") curl_easy_setopt(c, CURLOPT_CUSTOMREQUEST, method.c_str());
    curl_easy_setopt(c, CURLOPT_HTTPHEADER, hdrs);
    CURLcode rc = curl_easy_perform(c);
    curl_slist_free_all(hdrs);
    if (rc != CURLE_OK) throw std::runtime_error(std::string("HTTP request failed: ") + curl_easy_strerror(rc));
    curl_easy_getinfo(c, CURLINFO_RESPONSE_CODE, &res.status);

    size_t pos = 0;
    while (pos < raw_headers.size()) {
        size_t end = raw_headers.find("\r\n", pos);
        if (end == std::string::npos) end = raw_headers.size();
        std::string line = raw_headers.substr(pos, end - pos);
        pos = end + 2;
        auto colon = line.find(':');
        if (colon == std::string::npos) continue;
        std::string name = lower(line.substr(0, colon));
        std::string value = line.substr(colon + 1);
        value.erase(0, value.find_first_not_of(' '));
        res.headers.emplace(name, value);
        if (name == "set-cookie") {
            auto eq = value.find('=');
            auto semi = value.find(';');
            std::string cname = value.substr(0, eq);
            std::string cvalue = value.substr(eq + 1, semi == std::string::npos ? std::string::npos : semi - eq - 1);
            if (value.find("Max-Age=0") != std::string::npos || cvalue.empty()) {
                cookies_.erase(cname);
            } else {
                cookies_[cname] = cvalue;
            }
        }
    }
    return res;
}

HttpResponse HttpClient::get(const std::string& path, const std::vector<std::string>& extra_headers)
{
    return perform("GET", path, nullptr, "", extra_headers);
}

std::string url_encode(const std::string& s)
{
    static const char* hex = "0123456789ABCDEF";
    std::string out;
    for (unsigned char ch : s) {
        if (std::isalnum(ch) || ch == '-' || ch == '_' || ch == '.' || ch == '~') {
            out += static_cast<char>(ch);
        } else {
            out += '%';
            out += hex[ch >> 4];
            out += hex[ch & 15];
        }
    }
    return out;
}

HttpResponse HttpClient::post(const std::string& path, const std::vector<std::pair<std::string, std::string>>& fields,
                              const std::vector<std::string>& extra_headers)
{
    std::string body;
    for (const auto& [k, v] : fields) body += (body.empty() ? "" : "&") + url_encode(k) + "=" + url_encode(v);
    return perform("POST", path, &body, "application/x-www-form-urlencoded", extra_headers);
}

HttpResponse HttpClient::post_raw(const std::string& path, const std::string& body, const std::string& content_type,
                                  const std::vector<std::string>& extra_headers)
{
    return perform("POST", path, &body, content_type, extra_headers);
}

HttpResponse HttpClient::post_multipart(const std::string& path, const std::vector<MultipartPart>& parts)
{
    const std::string boundary = "----dvktestboundary7d1f";
    std::string body;
    for (const auto& p : parts) {
        body += "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + p.name + "\"";
        if (!p.filename.empty()) {
            body += "; filename=\"" + p.filename + "\"\r\nContent-Type: " +
                    (p.content_type.empty() ? "application/octet-stream" : p.content_type);
        }
        body += "\r\n\r\n" + p.value + "\r\n";
    }
    body += "--" + boundary + "--\r\n";
    return perform("POST", path, &body, "multipart/form-data; boundary=" + boundary, {});
}

HttpResponse HttpClient::submit(const std::string& form_page, const std::string& action,
                                std::vector<std::pair<std::string, std::string>> fields)
{
    auto page = get(form_page);
    std::string token = csrf_token_in(page.body);
    if (token.empty()) throw std::runtime_error("no csrf_token on " + form_page + " (status " + std::to_string(page.status) + ")");
    fields.emplace_back("csrf_token", token);
    return post(action, fields);
}

HttpResponse HttpClient::sign_in(const std::string& login, const std::string& password)
{
    return submit("/login", "/login", {{"login", login}, {"password", password}});
}

std::string HttpClient::cookie(const std::string& name) const
{
    auto it = cookies_.find(name);
    return it == cookies_.end() ? "" : it->second;
}

void HttpClient::set_cookie(const std::string& name, const std::string& value) { cookies_[name] = value; }

std::string input_value(const std::string& html, const std::string& name)
{
    const std::string marker = "name=\"" + name + "\" value=\"";
    auto pos = html.find(marker);
    if (pos == std::string::npos) return "";
    pos += marker.size();
    return html.substr(pos, html.find('"', pos) - pos);
}

std::string csrf_token_in(const std::string& html) { return input_value(html, "csrf_token"); }

long long linked_id(const std::string& html, const std::string& prefix, const std::string& text)
{
    auto at = html.find("\">" + text + "</a>");
    if (at == std::string::npos) return 0;
    auto href = html.rfind("href=\"" + prefix, at);
    if (href == std::string::npos) return 0;
    return std::atoll(html.c_str() + href + 6 + prefix.size());
}

std::vector<SourceRoute> routes_in_source()
{
    std::vector<SourceRoute> out;
    const std::regex route_line(R"re(\{\s*"(GET|POST)"\s*,\s*"([^"]+)"\s*,)re");
    glob_t files{};
    if (glob("cgi-bin/*/main.cpp", 0, nullptr, &files) != 0) throw std::runtime_error("no cgi-bin/*/main.cpp here");
    for (size_t i = 0; i < files.gl_pathc; ++i) {
        std::string f = files.gl_pathv[i];
        std::ifstream in(f);
        std::stringstream ss;
        ss << in.rdbuf();
        std::string src = ss.str();
        for (std::sregex_iterator it(src.begin(), src.end(), route_line), end; it != end; ++it)
            out.push_back({(*it)[1], (*it)[2], f});
    }
    globfree(&files);
    return out;
}

std::unique_ptr<HttpClient> signed_in(const std::string& login)
{
    auto c = std::make_unique<HttpClient>();
    long status = c->sign_in(login, demo_password()).status;
    if (status != 303) throw std::runtime_error("sign-in as " + login + " answered " + std::to_string(status));
    return c;
}

const char* demo_password() { return "dvk-demo-2026"; }

int run_stack(const std::string& command)
{
    const char* script = std::getenv("DVK_STACK_SCRIPT");
    if (!script) throw std::runtime_error("DVK_STACK_SCRIPT is not set (run the tests through make test)");
    std::string cmd = std::string(script) + " " + command + " >/dev/null 2>&1";
    int rc = std::system(cmd.c_str());
    return WIFEXITED(rc) ? WEXITSTATUS(rc) : 1;
}

int dvkctl(const std::vector<std::string>& args, const std::string& input)
{
    const char* bin = std::getenv("DVK_BIN");
    if (!bin) throw std::runtime_error("DVK_BIN is not set (run the tests through make test)");
    std::string cmd = std::string(bin) + "/dvkctl";
    for (const auto& a : args) {
        std::string quoted = "'";
        for (char c : a) quoted += c == '\'' ? std::string("'\\''") : std::string(1, c);
        cmd += " " + quoted + "'";
    }
    cmd += " >/dev/null 2>&1";
    FILE* p = popen(cmd.c_str(), "w");
    if (!p) return 1;
    fwrite(input.data(), 1, input.size(), p);
    int rc = pclose(p);
    return WIFEXITED(rc) ? WEXITSTATUS(rc) : 1;
}

std::string make_user(const std::string& role, const std::string& unit_code, const std::string& password)
{
    static int n = 0;
    std::string login = "t" + std::to_string(getpid()) + "." + std::to_string(++n) + "." + role.substr(0, 4);
    if (dvkctl({"user", "add", login, "--role", role, "--unit", unit_code, "--name", "Người dùng thử " + login},
               password + "\n") != 0)
        throw std::runtime_error("dvkctl user add failed for " + login);
    return login;
}

core::Db& db()
{
    static std::unique_ptr<core::Db> d;
    if (!d) {
        core::db_driver_init();
        core::db_thread_init();
        d = std::make_unique<core::Db>(core::DbConfig::from(core::Config::from_environment()));
    }
    // Some tests stop and start the database: a connection from before is dead, the next one is new.
    if (!d->ping()) d->disconnect();
    return *d;
}

}  // namespace test
