// Sign-in rules: throttling of failed attempts per account and per address, and the password policy.
#pragma once
#include <string>

namespace domain {

struct ThrottlePolicy {
    int window_minutes = 15;
    int delay_after = 3;          // failures on an account before answers slow down
    int max_delay_ms = 2000;
    int lock_account_after = 10;  // failures on one account in the window
    int lock_address_after = 30;  // failures from one address in the window, across accounts
};

struct ThrottleDecision {
    bool locked = false;  // refuse even a right password
    int delay_ms = 0;     // wait before answering a failure
};

// failures_*: failed attempts within the policy's window.
ThrottleDecision throttle(int failures_for_account, int failures_from_address, const ThrottlePolicy& p);

// Empty when acceptable, else a catalog key saying what is wrong.
std::string check_new_password(const std::string& login, const std::string& password,
                               const std::string& confirmation);

// Logins: 3-64 characters of a-z, 0-9, '.', '_', '-'.
bool valid_login(const std::string& login);

}  // namespace domain
