// A small JSON object writer for audit records (before/after snapshots).
#include "core/json.h"

#include <cstdio>

namespace core {

std::string json_quote(const std::string& s)
{
    std::string out = "\"";
    for (unsigned char c : s) {
        switch (c) {
        case '"': out += "\\\""; break;
        case '\\': out += "\\\\"; break;
        case '\n': out += "\\n"; break;
        case '\r': out += "\\r"; break;
        case '\t': out += "\\t"; break;
        default:
            if (c < 0x20) {
                char buf[8];
                std::snprintf(buf, sizeof buf, "\\u%04x", c);
                out += buf;
            } else {
                out += static_cast<char>(c);
            }
        }
    }
    return out + "\"";
}

void JsonObject::key(const std::string& k)
{
    if (!body_.empty()) body_ += ",";
    body_ += json_quote(k) + ":";
}

JsonObject& JsonObject::add(const std::string& k, const std::string& value)
{
    key(k);
    body_ += json_quote(value);
    return *this;
}

JsonObject& JsonObject::add(const std::string& k, int64_t value)
{
    key(k);
    body_ += std::to_string(value);
    return *this;
}

JsonObject& JsonObject::add(const std::string& k, bool value)
{
    key(k);
    body_ += value ? "true" : "false";
    return *this;
}

JsonObject& JsonObject::add(const std::string& k, const std::optional<std::string>& value)
{
    return value ? add(k, *value) : add_null(k);
}

JsonObject& JsonObject::add_null(const std::string& k)
{
    key(k);
    body_ += "null";
    return *this;
}

}  // namespace core
