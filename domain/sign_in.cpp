// Sign-in rules: throttling of failed attempts per account and per address, and the password policy.
#include "domain/sign_in.h"

#include <algorithm>
#include <cctype>

namespace domain {

ThrottleDecision throttle(int failures_for_account, int failures_from_address, const ThrottlePolicy& p)
{
    ThrottleDecision d;
    if (failures_for_account >= p.lock_account_after || failures_from_address >= p.lock_address_after) {
        d.locked = true;
        d.delay_ms = p.max_delay_ms;
        return d;
    }
    int over = std::max(failures_for_account, failures_from_address / 3) - p.delay_after;
    if (over >= 0) d.delay_ms = std::min(p.max_delay_ms, 250 << std::min(over, 10));
    return d;
}

static size_t utf8_length(const std::string& s)
{
    return static_cast<size_t>(std::count_if(s.begin(), s.end(), [](char c) { return (c & 0xC0) != 0x80; }));
}

std::string check_new_password(const std::string& login, const std::string& password, const std::string& confirmation)
{
    if (password != confirmation) return "E_PASSWORD_MISMATCH";
    if (utf8_length(password) < 10) return "E_PASSWORD_TOO_SHORT";
    if (password.size() > 256) return "E_PASSWORD_TOO_LONG";
    std::string lower_pw = password, lower_login = login;
    std::transform(lower_pw.begin(), lower_pw.end(), lower_pw.begin(), ::tolower);
    std::transform(lower_login.begin(), lower_login.end(), lower_login.begin(), ::tolower);
    if (!lower_login.empty() && lower_pw.find(lower_login) != std::string::npos) return "E_PASSWORD_HAS_LOGIN";
    return "";
}

bool valid_login(const std::string& login)
{
    if (login.size() < 3 || login.size() > 64) return false;
    return std::all_of(login.begin(), login.end(), [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '.' || c == '_' || c == '-';
    });
}

}  // namespace domain
