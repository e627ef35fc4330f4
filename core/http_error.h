// An answer other than success, thrown from anywhere below a handler and turned into an error page.
#pragma once
#include <stdexcept>
#include <string>

namespace core {

class HttpError : public std::runtime_error {
public:
    // message_key names a catalog entry shown on the error page; empty means the status's default text.
    HttpError(int status, std::string message_key = "", std::string detail = "")
        : std::runtime_error(detail.empty() ? "http " + std::to_string(status) : detail),
          status_(status),
          message_key_(std::move(message_key))
    {
    }
    int status() const { return status_; }
    const std::string& message_key() const { return message_key_; }

private:
    int status_;
    std::string message_key_;
};

}  // namespace core
