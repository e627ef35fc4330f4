// A small JSON object writer for audit records (before/after snapshots).
#pragma once
#include <cstdint>
#include <optional>
#include <string>

namespace core {

class JsonObject {
public:
    JsonObject& add(const std::string& key, const std::string& value);
    JsonObject& add(const std::string& key, const char* value) { return add(key, std::string(value)); }
    JsonObject& add(const std::string& key, int64_t value);
    JsonObject& add(const std::string& key, int value) { return add(key, static_cast<int64_t>(value)); }
    JsonObject& add(const std::string& key, bool value);
    JsonObject& add(const std::string& key, const std::optional<std::string>& value);
    JsonObject& add_null(const std::string& key);
    std::string str() const { return "{" + body_ + "}"; }

private:
    void key(const std::string& k);
    std::string body_;
};

std::string json_quote(const std::string& s);

}  // namespace core
