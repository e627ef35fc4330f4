// One-line log records on standard error (supervisor or systemd keeps them).
#include "core/log.h"

#include <cstdio>
#include <ctime>
#include <mutex>

namespace core {

static std::mutex log_mutex;

static void write(const char* level, const std::string& message)
{
    char stamp[32];
    std::time_t now = std::time(nullptr);
    std::tm tm{};
    gmtime_r(&now, &tm);
    std::strftime(stamp, sizeof stamp, "%Y-%m-%dT%H:%M:%SZ", &tm);
    // Newlines in a message would let input forge extra log records.
    std::string one_line = message;
    for (char& c : one_line)
        if (c == '\n' || c == '\r') c = ' ';
    std::lock_guard<std::mutex> lock(log_mutex);
    std::fprintf(stderr, "%s %s %s\n", stamp, level, one_line.c_str());
    std::fflush(stderr);
}

void log_info(const std::string& message) { write("INFO", message); }
void log_warn(const std::string& message) { write("WARN", message); }
void log_error(const std::string& message) { write("ERROR", message); }

}  // namespace core
