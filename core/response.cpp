// The answer to one request: status, headers with safe defaults, body; pages rendered via PageRenderer.
#include "core/response.h"

#include <ctemplate/template.h>

#include <cctype>

#include "core/render.h"

namespace core {

static const char* const kSecurityHeaders[][2] = {
    {"X-Content-Type-Options", "nosniff"},
    {"X-Frame-Options", "DENY"},
    {"Referrer-Policy", "same-origin"},
    {"Content-Security-Policy",
     "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; frame-ancestors 'none'; "
     "form-action 'self'; base-uri 'none'; object-src 'none'"},
};

const char* status_text(int status)
{
    switch (status) {
    case 200: return "OK";
    case 303: return "See Other";
    case 400: return "Bad Request";
    case 403: return "Forbidden";
    case 404: return "Not Found";
    case 405: return "Method Not Allowed";
    case 409: return "Conflict";
    case 413: return "Payload Too Large";
    case 422: return "Unprocessable Entity";
    case 429: return "Too Many Requests";
    case 500: return "Internal Server Error";
    case 503: return "Service Unavailable";
    default: return "Unknown";
    }
}

bool is_safe_local_path(const std::string& path)
{
    if (path.empty() || path[0] != '/' || path.size() > 2000) return false;
    if (path.size() > 1 && (path[1] == '/' || path[1] == '\\')) return false;
    for (unsigned char c : path)
        if (c < 0x20 || c == '\\' || c == 0x7f) return false;
    return true;
}

std::string url_encode(const std::string& s)
{
    static const char* hex = "0123456789ABCDEF";
    std::string out;
    for (unsigned char c : s) {
        if (std::isalnum(c) || c == '-' || c == '_' || c == '.' || c == '~') {
            out += static_cast<char>(c);
        } else {
            out += '%';
            out += hex[c >> 4];
            out += hex[c & 15];
        }
    }
    return out;
}

void Response::set_header(const std::string& name, const std::string& value)
{
    for (auto& h : headers_)
        if (h.first == name && name != "Set-Cookie") {
            h.second = value;
            return;
        }
    headers_.emplace_back(name, value);
}

std::string Response::header(const std::string& name) const
{
    for (const auto& h : headers_)
        if (h.first == name) return h.second;
    return "";
}

void Response::set_cookie(const std::string& name, const std::string& value, const CookieOptions& opt)
{
    std::string c = name + "=" + value + "; Path=/; SameSite=Lax";
    if (opt.http_only) c += "; HttpOnly";
    if (opt.max_age >= 0) c += "; Max-Age=" + std::to_string(opt.max_age);
    headers_.emplace_back("Set-Cookie", c);
}

void Response::redirect(const std::string& local_path)
{
    status_ = 303;
    set_header("Location", is_safe_local_path(local_path) ? local_path : "/");
    body_.clear();
}

void Response::render(const std::string& tpl, ctemplate::TemplateDictionary& dict, const std::string& title_key)
{
    set_content_type("text/html; charset=utf-8");
    body_ = renderer_ ? renderer_->page(tpl, dict, title_key) : std::string();
}

void Response::render_print(const std::string& tpl, ctemplate::TemplateDictionary& dict, const std::string& title_key)
{
    set_content_type("text/html; charset=utf-8");
    body_ = renderer_ ? renderer_->page(tpl, dict, title_key, "print_layout.tpl") : std::string();
}

void Response::error_page(int status, const std::string& message_key)
{
    status_ = status;
    // Headers set by the handler before it failed (a cookie, a download) must not leak into the error.
    headers_.clear();
    set_content_type("text/html; charset=utf-8");
    body_ = renderer_ ? renderer_->error(status, message_key) : std::string(status_text(status));
}

void Response::flash(const std::string& message_key)
{
    set_cookie("dvk_flash", message_key, {true, 60});
}

void Response::attachment(const std::string& content_type, const std::string& filename, std::string data)
{
    std::string safe;
    for (unsigned char c : filename)
        safe += (std::isalnum(c) || c == '.' || c == '-' || c == '_') ? static_cast<char>(c) : '_';
    if (safe.empty() || safe[0] == '.') safe = "download" + safe;
    set_content_type(content_type);
    set_header("Content-Disposition", "attachment; filename=\"" + safe + "\"");
    body_ = std::move(data);
}

void Response::clear()
{
    status_ = 200;
    headers_.clear();
    body_.clear();
}

std::string Response::serialize() const
{
    std::string out = "Status: " + std::to_string(status_) + " " + status_text(status_) + "\r\n";
    bool has_type = false, has_cache = false;
    for (const auto& h : headers_) {
        has_type |= h.first == "Content-Type";
        has_cache |= h.first == "Cache-Control";
        out += h.first + ": " + h.second + "\r\n";
    }
    if (!has_type) out += "Content-Type: text/html; charset=utf-8\r\n";
    // Pages carry a user's data: never keep them in a shared or browser cache.
    if (!has_cache) out += "Cache-Control: no-store\r\n";
    for (const auto& h : kSecurityHeaders) out += std::string(h[0]) + ": " + h[1] + "\r\n";
    out += "Content-Length: " + std::to_string(body_.size()) + "\r\n\r\n";
    return out + body_;
}

}  // namespace core
