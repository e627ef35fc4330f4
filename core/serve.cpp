// The FastCGI accept loop: the only code that calls FCGX_*. Handlers never see it.
#include "core/serve.h"

#include <fcgiapp.h>
#include <malloc.h>
#include <pthread.h>
#include <signal.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <cctype>
#include <cstring>
#include <thread>
#include <vector>

#include "core/config.h"
#include "core/crypto.h"
#include "core/db.h"
#include "core/log.h"
#include "core/render.h"

namespace core {

namespace {

std::atomic<bool> g_stopping{false};
constexpr size_t kTrimAfterBytes = 256 * 1024;

std::map<std::string, std::string> read_params(FCGX_ParamArray envp)
{
    std::map<std::string, std::string> params;
    for (char** e = envp; e && *e; ++e) {
        const char* eq = std::strchr(*e, '=');
        if (eq) params.emplace(std::string(*e, static_cast<size_t>(eq - *e)), std::string(eq + 1));
    }
    return params;
}

// CONTENT_LENGTH as a size; 0 when absent, -1 when malformed.
long long content_length(const std::map<std::string, std::string>& params)
{
    auto it = params.find("CONTENT_LENGTH");
    if (it == params.end() || it->second.empty()) return 0;
    const std::string& v = it->second;
    if (v.size() > 15 || !std::all_of(v.begin(), v.end(), ::isdigit)) return -1;
    return std::stoll(v);
}

void write_response(FCGX_Request& req, const Response& res)
{
    std::string out = res.serialize();
    FCGX_PutStr(out.data(), static_cast<int>(out.size()), req.out);
}

// An exception leaving a worker thread would end the program and every request in flight with
// it; the pipeline answers its own errors, so one getting here is a bug, logged and answered 500.
Response handle_guarded(const Pipeline& pipeline, const std::map<std::string, std::string>& params, std::string body,
                        Db& db)
{
    try {
        return pipeline.handle(params, std::move(body), db);
    } catch (const std::exception& e) {
        log_error(std::string("uncaught error reached the request loop: ") + e.what());
        return pipeline.reject(params, 500);
    }
}

void worker(int listen_fd, const Pipeline& pipeline, const DbConfig& db_config)
{
    db_thread_init();
    {
        Db db(db_config);
        FCGX_Request req;
        FCGX_InitRequest(&req, listen_fd, 0);
        // A negative return means shutdown or a broken socket: leave, never spin.
        while (!g_stopping && FCGX_Accept_r(&req) >= 0) {
            auto params = read_params(req.envp);
            long long length = content_length(params);
            Response res;
            if (length < 0) {
                res = pipeline.reject(params, 400);
            } else if (static_cast<unsigned long long>(length) > pipeline.limits().max_body) {
                res = pipeline.reject(params, 413);  // never read a body we will refuse
            } else {
                std::string body(static_cast<size_t>(length), '\0');
                int got = length ? FCGX_GetStr(body.data(), static_cast<int>(length), req.in) : 0;
                if (got != length) {
                    res = pipeline.reject(params, 400);
                } else {
                    res = handle_guarded(pipeline, params, std::move(body), db);
                }
            }
            write_response(req, res);
            FCGX_Finish_r(&req);
            // A big answer (an export) leaves its memory in this thread's malloc arena; hand it
            // back so a program's resident size stays that of its working set.
            if (res.body().size() > kTrimAfterBytes) malloc_trim(0);
        }
        FCGX_Free(&req, 0);
    }
    db_thread_end();
}

int open_listen_socket(const std::string& listen)
{
    bool unix_socket = listen.find('/') != std::string::npos;
    // A socket left by a killed predecessor would make bind fail; supervisor runs one of us.
    if (unix_socket) ::unlink(listen.c_str());
    int fd = FCGX_OpenSocket(listen.c_str(), 128);
    if (fd < 0) return fd;
    // nginx workers run as another user and must be able to connect.
    if (unix_socket) ::chmod(listen.c_str(), 0666);
    return fd;
}

}  // namespace

int serve(const std::string& program, const Router& router, SessionRepositoryFactory sessions)
{
    try {
        Config config = Config::from_environment();
        crypto_init();
        db_driver_init();
        load_templates(config.get("DVK_TEMPLATE_DIR", "templates"));
        Pipeline pipeline(router, std::move(sessions), config);
        DbConfig db_config = DbConfig::from(config);
        db_config.application = program;
        int threads = static_cast<int>(std::clamp(config.get_int("DVK_THREADS", 4), 1L, 64L));
        std::string listen = config.get("DVK_LISTEN", "var/run/" + program + ".sock");

        if (FCGX_Init() != 0) throw std::runtime_error("FCGX_Init failed");
        // Block the stop signals in every thread; one thread waits for them with sigwait.
        sigset_t stop_signals;
        sigemptyset(&stop_signals);
        sigaddset(&stop_signals, SIGTERM);
        sigaddset(&stop_signals, SIGINT);
        pthread_sigmask(SIG_BLOCK, &stop_signals, nullptr);
        signal(SIGPIPE, SIG_IGN);

        int fd = open_listen_socket(listen);
        if (fd < 0) throw std::runtime_error("cannot listen on " + listen);
        log_info(program + ": listening on " + listen + " with " + std::to_string(threads) + " threads");

        std::vector<std::thread> workers;
        for (int i = 0; i < threads; ++i)
            workers.emplace_back(worker, fd, std::cref(pipeline), std::cref(db_config));

        int sig = 0;
        sigwait(&stop_signals, &sig);
        log_info(program + ": stopping on signal " + std::to_string(sig));
        g_stopping = true;
        FCGX_ShutdownPending();
        // Wakes the threads blocked in accept(); requests in flight finish first.
        ::shutdown(fd, SHUT_RDWR);
        ::close(fd);
        for (auto& t : workers) t.join();
        if (listen.find('/') != std::string::npos) ::unlink(listen.c_str());
        return 0;
    } catch (const std::exception& e) {
        log_error(program + ": " + e.what());
        return 1;
    }
}

}  // namespace core
