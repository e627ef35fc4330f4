// Page rendering: ctemplate, the shared layout, message catalogs, and display formats.
#include "core/render.h"

#include <ctemplate/template.h>
#include <ctemplate/template_cache.h>
#include <dirent.h>
#include <sys/stat.h>

#include <algorithm>
#include <fstream>
#include <sstream>
#include <stdexcept>

#include "core/config.h"
#include "core/crypto.h"
#include "core/log.h"
#include "core/response.h"

namespace core {

namespace {
Catalog g_catalog;
const std::string kEmpty;

void list_templates(const std::string& root, const std::string& rel, std::vector<std::string>& out)
{
    std::string dir = rel.empty() ? root : root + "/" + rel;
    DIR* d = opendir(dir.c_str());
    if (!d) return;
    while (dirent* e = readdir(d)) {
        std::string name = e->d_name;
        if (name == "." || name == "..") continue;
        std::string child = rel.empty() ? name : rel + "/" + name;
        struct stat st {};
        if (stat((root + "/" + child).c_str(), &st) != 0) continue;
        if (S_ISDIR(st.st_mode)) {
            list_templates(root, child, out);
        } else if (name.size() > 4 && name.compare(name.size() - 4, 4, ".tpl") == 0) {
            out.push_back(child);
        }
    }
    closedir(d);
}
}  // namespace

const std::vector<std::string>& Catalog::languages()
{
    static const std::vector<std::string> langs{"vi", "en"};
    return langs;
}

std::string Catalog::normalise_lang(const std::string& lang) { return lang == "en" ? "en" : "vi"; }

void Catalog::load_text(const std::string& lang, const std::string& text)
{
    by_lang_[lang] = parse_config_text(text);
}

void Catalog::load(const std::string& dir)
{
    // One folder per language, one file per area (common.txt, admin.txt, ...), merged.
    for (const auto& lang : languages()) {
        std::string lang_dir = dir + "/" + lang;
        DIR* d = opendir(lang_dir.c_str());
        if (!d) throw std::runtime_error("missing message catalog folder " + lang_dir);
        std::vector<std::string> files;
        while (dirent* e = readdir(d)) {
            std::string n = e->d_name;
            if (n.size() > 4 && n.compare(n.size() - 4, 4, ".txt") == 0) files.push_back(lang_dir + "/" + n);
        }
        closedir(d);
        std::sort(files.begin(), files.end());
        auto& entries = by_lang_[lang];
        entries.clear();
        for (const auto& f : files) {
            std::ifstream in(f);
            std::stringstream buf;
            buf << in.rdbuf();
            for (auto& [k, v] : parse_config_text(buf.str())) {
                if (entries.count(k)) throw std::runtime_error("message " + k + " defined twice (" + f + ")");
                entries[k] = v;
            }
        }
    }
}

bool Catalog::has(const std::string& lang, const std::string& key) const
{
    auto l = by_lang_.find(lang);
    return l != by_lang_.end() && l->second.count(key);
}

const std::string& Catalog::get(const std::string& lang, const std::string& key) const
{
    for (const std::string& l : {lang, std::string("vi")}) {
        auto cat = by_lang_.find(l);
        if (cat == by_lang_.end()) continue;
        auto it = cat->second.find(key);
        if (it != cat->second.end()) return it->second;
    }
    static thread_local std::string missing;
    missing = key;
    return missing;
}

std::string Catalog::format(const std::string& lang, const std::string& key, const std::vector<std::string>& args) const
{
    std::string text = get(lang, key);
    for (size_t i = 0; i < args.size(); ++i) {
        std::string marker = "{" + std::to_string(i) + "}";
        for (size_t pos = text.find(marker); pos != std::string::npos; pos = text.find(marker, pos + args[i].size()))
            text.replace(pos, marker.size(), args[i]);
    }
    return text;
}

const std::map<std::string, std::string>& Catalog::entries(const std::string& lang) const
{
    static const std::map<std::string, std::string> none;
    auto it = by_lang_.find(lang);
    return it == by_lang_.end() ? none : it->second;
}

const Catalog& catalog() { return g_catalog; }

std::string html_escape(const std::string& text)
{
    std::string out;
    for (char c : text) {
        switch (c) {
        case '&': out += "&amp;"; break;
        case '<': out += "&lt;"; break;
        case '>': out += "&gt;"; break;
        case '"': out += "&quot;"; break;
        case '\'': out += "&#39;"; break;
        default: out += c;
        }
    }
    return out;
}

std::string localize_template(const std::string& text, const std::string& lang, const Catalog& c)
{
    std::string out;
    size_t pos = 0;
    for (size_t at = text.find("{{T_"); at != std::string::npos; at = text.find("{{T_", pos)) {
        size_t end = text.find("}}", at);
        std::string key = end == std::string::npos ? "" : text.substr(at + 2, end - at - 2);
        bool plain = !key.empty() && key.find_first_not_of("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_") == std::string::npos;
        out += text.substr(pos, at - pos);
        // Only plain markers of known messages are written in; anything else stays for ctemplate.
        if (plain && c.has("vi", key)) {
            out += html_escape(c.get(lang, key));
        } else {
            out += text.substr(at, (end == std::string::npos ? text.size() : end + 2) - at);
        }
        pos = end == std::string::npos ? text.size() : end + 2;
    }
    return out + text.substr(std::min(pos, text.size()));
}

void load_templates(const std::string& root)
{
    ctemplate::Template::SetTemplateRootDirectory(root);
    g_catalog.load(root + "/messages");
    std::vector<std::string> names;
    list_templates(root, "", names);
    if (names.empty()) throw std::runtime_error("no templates under " + root);
    for (const auto& n : names) {
        std::ifstream in(root + "/" + n);
        std::stringstream buf;
        buf << in.rdbuf();
        for (const auto& lang : Catalog::languages()) {
            // A second load (tests load more than once) replaces the first instead of failing.
            ctemplate::mutable_default_template_cache()->Delete(lang + "/" + n);
            if (!ctemplate::StringToTemplateCache(lang + "/" + n, localize_template(buf.str(), lang, g_catalog),
                                                  ctemplate::DO_NOT_STRIP))
                throw std::runtime_error("template does not parse: " + n);
        }
        // The plain file stays loadable too: included templates are named by their file.
        if (!ctemplate::Template::GetTemplate(n, ctemplate::DO_NOT_STRIP))
            throw std::runtime_error("template does not parse: " + n);
    }
}

std::string expand_template(const std::string& lang, const std::string& tpl, ctemplate::TemplateDictionary& dict)
{
    std::string out;
    if (!ctemplate::ExpandTemplate(Catalog::normalise_lang(lang) + "/" + tpl, ctemplate::DO_NOT_STRIP, &dict, &out))
        throw std::runtime_error("template failed to expand: " + tpl);
    return out;
}

std::string PageRenderer::page(const std::string& tpl, ctemplate::TemplateDictionary& body,
                               const std::string& title_key, const std::string& layout_tpl) const
{
    if (ctx_.session && !ctx_.session->csrf_token.empty()) body.SetValue("CSRF_TOKEN", ctx_.session->csrf_token);
    // A fresh one-time nonce for create forms (see store/form_submission_store.h).
    body.SetValue("FORM_NONCE", random_token_hex(16));
    std::string body_html = expand_template(ctx_.lang, tpl, body);

    ctemplate::TemplateDictionary layout("layout");
    layout.SetValue("LANG", ctx_.lang);
    layout.SetValue("TITLE", g_catalog.get(ctx_.lang, title_key));
    layout.SetValue("BODY", body_html);
    if (!ctx_.flash_key.empty() && g_catalog.has("vi", ctx_.flash_key))
        layout.SetValueAndShowSection("FLASH_MESSAGE", g_catalog.get(ctx_.lang, ctx_.flash_key), "FLASH");
    if (ctx_.session && ctx_.session->user) {
        const SessionUser& u = *ctx_.session->user;
        auto* signed_in = layout.AddSectionDictionary("SIGNED_IN");
        signed_in->SetValue("USER_NAME", u.display_name);
        signed_in->SetValue("UNIT_NAME", u.unit_name);
        signed_in->SetValue("ROLE_LABEL", g_catalog.get(ctx_.lang, "ROLE_" + u.role));
        signed_in->SetValue("CSRF_TOKEN", ctx_.session->csrf_token);
        // The layout shows each role's menu entries; the role names are data, not code.
        layout.ShowSection("ROLE_" + u.role);
    } else {
        layout.ShowSection("SIGNED_OUT");
    }
    return expand_template(ctx_.lang, layout_tpl, layout);
}

std::string PageRenderer::error(int status, const std::string& message_key) const
{
    ctemplate::TemplateDictionary dict("error");
    std::string code = std::to_string(status);
    dict.SetValue("STATUS", code);
    std::string key = message_key.empty() || !g_catalog.has("vi", message_key) ? "E_STATUS_" + code : message_key;
    dict.SetValue("MESSAGE", g_catalog.get(ctx_.lang, key));
    try {
        return page("errors/error.tpl", dict, "T_ERROR_" + code);
    } catch (const std::exception& e) {
        // Templates are loaded at start-up, so this only happens in tests without them.
        log_error(std::string("error page failed: ") + e.what());
        return code + " " + status_text(status);
    }
}

std::string format_date(const std::string& iso)
{
    if (iso.size() < 10 || iso[4] != '-' || iso[7] != '-') return iso;
    return iso.substr(8, 2) + "/" + iso.substr(5, 2) + "/" + iso.substr(0, 4);
}

std::string format_datetime(const std::string& iso)
{
    if (iso.size() < 16) return format_date(iso);
    return format_date(iso) + " " + iso.substr(11, 5);
}

std::string format_number(long long n, const std::string& lang)
{
    std::string digits = std::to_string(n < 0 ? -n : n);
    std::string out;
    char sep = lang == "en" ? ',' : '.';
    for (size_t i = 0; i < digits.size(); ++i) {
        if (i > 0 && (digits.size() - i) % 3 == 0) out += sep;
        out += digits[i];
    }
    return n < 0 ? "-" + out : out;
}

std::optional<std::string> parse_date(const std::string& text)
{
    int d = 0, m = 0, y = 0;
    char tail;
    if (std::sscanf(text.c_str(), "%4d-%2d-%2d%c", &y, &m, &d, &tail) == 3 && text.size() == 10) {
    } else if (std::sscanf(text.c_str(), "%2d/%2d/%4d%c", &d, &m, &y, &tail) == 3 && text.size() <= 10) {
    } else {
        return std::nullopt;
    }
    static const int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (y < 1900 || y > 2200 || m < 1 || m > 12 || d < 1) return std::nullopt;
    bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    if (d > days[m - 1] + (m == 2 && leap ? 1 : 0)) return std::nullopt;
    char buf[32];
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", y, m, d);
    return std::string(buf);
}

}  // namespace core
