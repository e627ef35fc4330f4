// The answer to one request: status, headers with safe defaults, body; pages rendered via PageRenderer.
#pragma once
#include <string>
#include <utility>
#include <vector>

namespace ctemplate {
class TemplateDictionary;
}

namespace core {

class PageRenderer;

struct CookieOptions {
    bool http_only = true;
    long max_age = -1;  // seconds; -1 = a session cookie, 0 = delete
};

class Response {
public:
    explicit Response(const PageRenderer* renderer = nullptr) : renderer_(renderer) {}

    void set_renderer(const PageRenderer* r) { renderer_ = r; }
    int status() const { return status_; }
    void set_status(int s) { status_ = s; }
    void set_header(const std::string& name, const std::string& value);
    std::string header(const std::string& name) const;
    void set_content_type(const std::string& ct) { set_header("Content-Type", ct); }
    void set_cookie(const std::string& name, const std::string& value, const CookieOptions& opt = {});
    const std::string& body() const { return body_; }
    void set_body(std::string b) { body_ = std::move(b); }

    // 303 See Other to a local path (anything else becomes "/").
    void redirect(const std::string& local_path);
    // Renders templates/<tpl> with dict inside the layout; title_key names a catalog entry.
    void render(const std::string& tpl, ctemplate::TemplateDictionary& dict, const std::string& title_key);
    // The same for a document meant for paper (A4, no navigation): templates/print_layout.tpl.
    void render_print(const std::string& tpl, ctemplate::TemplateDictionary& dict, const std::string& title_key);
    // A plain error page for status, with a catalog message (or the status's default).
    void error_page(int status, const std::string& message_key = "");
    // Flash message shown once on the next page: a catalog key, carried in a cookie.
    void flash(const std::string& message_key);
    // A file to download: content type and a safe name for Content-Disposition.
    void attachment(const std::string& content_type, const std::string& filename, std::string data);

    // The full FastCGI answer: Status line, headers (safe defaults added), blank line, body.
    std::string serialize() const;
    void clear();

private:
    const PageRenderer* renderer_;
    int status_ = 200;
    std::vector<std::pair<std::string, std::string>> headers_;
    std::string body_;
};

// Only "/something" paths on this site; protects redirects built from user input.
bool is_safe_local_path(const std::string& path);
// Percent-encodes everything but unreserved characters (for query values we build).
std::string url_encode(const std::string& s);
const char* status_text(int status);

}  // namespace core
