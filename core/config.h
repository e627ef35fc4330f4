// Configuration: environment variables, falling back to a KEY=VALUE file named by DVK_CONFIG.
#pragma once
#include <map>
#include <string>

namespace core {

class Config {
public:
    // Reads DVK_CONFIG (if set) and lets the process environment override it.
    static Config from_environment();
    static Config from_map(std::map<std::string, std::string> values);

    std::string get(const std::string& key, const std::string& fallback = "") const;
    long get_int(const std::string& key, long fallback) const;

private:
    std::map<std::string, std::string> values_;
};

// Parses "KEY=VALUE" lines; blank lines and lines starting with '#' are skipped.
std::map<std::string, std::string> parse_config_text(const std::string& text);

}  // namespace core
