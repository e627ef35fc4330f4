// Configuration: environment variables, falling back to a KEY=VALUE file named by DVK_CONFIG.
#include "core/config.h"

#include <cstdlib>
#include <fstream>
#include <sstream>
#include <stdexcept>

extern char** environ;

namespace core {

static std::string trim(const std::string& s)
{
    auto b = s.find_first_not_of(" \t\r\n");
    if (b == std::string::npos) return "";
    auto e = s.find_last_not_of(" \t\r\n");
    return s.substr(b, e - b + 1);
}

std::map<std::string, std::string> parse_config_text(const std::string& text)
{
    std::map<std::string, std::string> out;
    std::istringstream in(text);
    std::string line;
    while (std::getline(in, line)) {
        line = trim(line);
        if (line.empty() || line[0] == '#') continue;
        auto eq = line.find('=');
        if (eq == std::string::npos) continue;
        std::string value = trim(line.substr(eq + 1));
        if (value.size() >= 2 && (value.front() == '"' || value.front() == '\'') && value.back() == value.front())
            value = value.substr(1, value.size() - 2);
        out[trim(line.substr(0, eq))] = value;
    }
    return out;
}

Config Config::from_environment()
{
    std::map<std::string, std::string> values;
    if (const char* file = std::getenv("DVK_CONFIG"); file && *file) {
        std::ifstream in(file);
        if (!in) throw std::runtime_error(std::string("cannot read configuration file ") + file);
        std::stringstream buf;
        buf << in.rdbuf();
        values = parse_config_text(buf.str());
    }
    for (char** e = environ; *e; ++e) {
        std::string kv = *e;
        auto eq = kv.find('=');
        if (eq != std::string::npos && kv.compare(0, 4, "DVK_") == 0) values[kv.substr(0, eq)] = kv.substr(eq + 1);
    }
    return from_map(std::move(values));
}

Config Config::from_map(std::map<std::string, std::string> values)
{
    Config c;
    c.values_ = std::move(values);
    return c;
}

std::string Config::get(const std::string& key, const std::string& fallback) const
{
    auto it = values_.find(key);
    return it == values_.end() || it->second.empty() ? fallback : it->second;
}

long Config::get_int(const std::string& key, long fallback) const
{
    auto v = get(key);
    if (v.empty()) return fallback;
    try {
        return std::stol(v);
    } catch (const std::exception&) {
        throw std::runtime_error("configuration " + key + " is not a number: " + v);
    }
}

}  // namespace core
