// The benchmark's ceiling: a bare libfcgi "hello" behind the same nginx with the same FastCGI
// settings and the same number of threads as the product's programs. Bench-only, not shipped.
#include <fcgiapp.h>
#include <pthread.h>
#include <signal.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cstdlib>
#include <cstring>
#include <string>
#include <thread>
#include <vector>

static void serve(int fd)
{
    FCGX_Request req;
    FCGX_InitRequest(&req, fd, 0);
    static const char answer[] =
        "Status: 200 OK\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Length: 6\r\n\r\nhello\n";
    while (FCGX_Accept_r(&req) >= 0) {
        FCGX_PutStr(answer, sizeof answer - 1, req.out);
        FCGX_Finish_r(&req);
    }
}

int main()
{
    const char* listen = std::getenv("DVK_LISTEN");
    int threads = std::getenv("DVK_THREADS") ? std::atoi(std::getenv("DVK_THREADS")) : 4;
    if (!listen || threads < 1) return 2;
    FCGX_Init();
    ::unlink(listen);
    int fd = FCGX_OpenSocket(listen, 128);
    if (fd < 0) return 1;
    ::chmod(listen, 0666);
    std::vector<std::thread> pool;
    for (int i = 0; i < threads; ++i) pool.emplace_back(serve, fd);
    for (auto& t : pool) t.join();
    return 0;
}
