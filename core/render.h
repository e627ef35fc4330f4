// Page rendering: ctemplate (auto-escaped templates, loaded once), the shared layout, message
// catalogs (Vietnamese by default, English per user), and the dd/mm/yyyy and number formats.
#pragma once
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "core/session.h"

namespace ctemplate {
class TemplateDictionary;
}

namespace core {

// Message catalogs: templates/messages/<lang>.txt, "KEY = text" lines; {0}, {1} are arguments.
class Catalog {
public:
    static const std::vector<std::string>& languages();  // "vi" first: the default
    void load(const std::string& dir);
    void load_text(const std::string& lang, const std::string& text);
    // The text for key in lang; falls back to Vietnamese, then to the key itself.
    const std::string& get(const std::string& lang, const std::string& key) const;
    std::string format(const std::string& lang, const std::string& key, const std::vector<std::string>& args) const;
    bool has(const std::string& lang, const std::string& key) const;
    const std::map<std::string, std::string>& entries(const std::string& lang) const;
    static std::string normalise_lang(const std::string& lang);

private:
    std::map<std::string, std::map<std::string, std::string>> by_lang_;
};

// Loads the catalogs and every templates/**/*.tpl once, and makes of each template one copy per
// language with its {{T_...}} messages already written in (escaped), so no page fills ~700
// messages into its dictionaries on every request. Call from main() before threads start.
void load_templates(const std::string& root);
const Catalog& catalog();
// Expands one template (path relative to the root) in a language; throws if missing or broken.
std::string expand_template(const std::string& lang, const std::string& tpl, ctemplate::TemplateDictionary& dict);
// The template's text with {{T_KEY}} markers replaced by lang's messages, HTML-escaped; exposed for tests.
std::string localize_template(const std::string& text, const std::string& lang, const Catalog& c);

// Everything about the current request that the layout shows.
struct PageContext {
    std::string lang = "vi";
    const Session* session = nullptr;
    std::string flash_key;
    std::string path;
};

class PageRenderer {
public:
    explicit PageRenderer(PageContext ctx) : ctx_(std::move(ctx)) {}
    // layout: "layout.tpl" for screen pages, "print_layout.tpl" for documents meant for paper.
    std::string page(const std::string& tpl, ctemplate::TemplateDictionary& body, const std::string& title_key,
                     const std::string& layout = "layout.tpl") const;
    std::string error(int status, const std::string& message_key) const;
    const std::string& lang() const { return ctx_.lang; }
    void set_lang(const std::string& lang) { ctx_.lang = lang; }

private:
    PageContext ctx_;
};

// "2023-12-31" or "2023-12-31 08:05:00" -> "31/12/2023" (or "31/12/2023 08:05"); other input unchanged.
std::string format_date(const std::string& iso);
std::string format_datetime(const std::string& iso);
// 1234567 -> "1.234.567" (vi) or "1,234,567" (en).
std::string format_number(long long n, const std::string& lang);
// Parses "31/12/2023" or "2023-12-31" into "2023-12-31"; nullopt when not a real date.
std::optional<std::string> parse_date(const std::string& text);

}  // namespace core
