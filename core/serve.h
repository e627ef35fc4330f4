// The FastCGI accept loop: the only code that calls FCGX_*. Handlers never see it.
#pragma once
#include <string>

#include "core/pipeline.h"
#include "core/router.h"

namespace core {

// Runs a program: reads the configuration, loads templates, listens on DVK_LISTEN (a unix socket
// path or host:port), runs DVK_THREADS workers with one database connection each, and stops
// cleanly on SIGTERM/SIGINT (requests in flight finish). Returns the process exit code.
int serve(const std::string& program, const Router& router, SessionRepositoryFactory sessions);

}  // namespace core
