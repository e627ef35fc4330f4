// One-line log records on standard error (supervisor or systemd keeps them).
#pragma once
#include <string>

namespace core {

void log_info(const std::string& message);
void log_warn(const std::string& message);
void log_error(const std::string& message);

}  // namespace core
