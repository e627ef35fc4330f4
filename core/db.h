// The database: one connection per worker thread, prepared statements only, RAII transactions, and a
// clean DbUnavailable when the server is gone so the request can be retried or answered with 503.
#pragma once
#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

namespace sql {
class Connection;
class PreparedStatement;
class ResultSet;
class Driver;
}  // namespace sql

namespace core {

class Config;

struct DbConfig {
    std::string socket, host = "127.0.0.1", user, password, schema;
    int port = 3306;
    // A frozen server (SIGSTOP, a hung disk) must not hold a request: one read timeout, then one
    // reconnect attempt, keeps every answer within 10 s. The longest query (a national year's
    // export) sends its first rows well within the read timeout.
    int connect_timeout_s = 2;
    int read_timeout_s = 4;
    // The program's name, set as @dvk_program on each connection so the server's logs (and the
    // EXPLAIN check of the tests) can tell the programs' statements from tools' and tests'.
    std::string application;
    static DbConfig from(const Config& c);
};

// The server could not be reached or the connection was lost: the request may be retried once.
class DbUnavailable : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

// Another transaction holds what we need, or a unique key was hit: callers map these to user messages.
class DbConflict : public std::runtime_error {
public:
    DbConflict(const std::string& what, int code) : std::runtime_error(what), code_(code) {}
    int code() const { return code_; }
    bool duplicate_key() const { return code_ == 1062; }

private:
    int code_;
};

struct Blob {
    std::string bytes;
};

// A value bound to a '?' placeholder. (A tagged struct rather than std::variant: GCC 12 reports
// false "maybe-uninitialized" errors for variants of strings built in initializer lists.)
class Param {
public:
    enum class Kind { Null, Int, Double, Text, Bytes };
    Param(std::nullptr_t) {}
    Param(int v) : kind_(Kind::Int), i_(v) {}
    Param(long v) : kind_(Kind::Int), i_(v) {}
    Param(long long v) : kind_(Kind::Int), i_(v) {}
    Param(unsigned v) : kind_(Kind::Int), i_(v) {}
    Param(unsigned long v) : kind_(Kind::Int), i_(static_cast<int64_t>(v)) {}
    Param(bool v) : kind_(Kind::Int), i_(v ? 1 : 0) {}
    Param(double v) : kind_(Kind::Double), d_(v) {}
    Param(const std::string& v) : kind_(Kind::Text), s_(v) {}
    Param(std::string&& v) : kind_(Kind::Text), s_(std::move(v)) {}
    Param(const char* v) : kind_(Kind::Text), s_(v) {}
    Param(Blob v) : kind_(Kind::Bytes), s_(std::move(v.bytes)) {}
    template <class T>
    Param(const std::optional<T>& v) : Param(v ? Param(*v) : Param(nullptr))
    {
    }
    Kind kind() const { return kind_; }
    int64_t as_int() const { return i_; }
    double as_double() const { return d_; }
    const std::string& as_text() const { return s_; }  // Text and Bytes

private:
    Kind kind_ = Kind::Null;
    int64_t i_ = 0;
    double d_ = 0;
    std::string s_;
};

using Params = std::vector<Param>;

// Rows of one query; read with next() and the typed getters (by column label).
class Rows {
public:
    explicit Rows(std::unique_ptr<sql::ResultSet> rs);
    Rows(Rows&&) noexcept;
    ~Rows();
    bool next();
    size_t count() const;
    std::string str(const char* col) const;
    std::optional<std::string> opt_str(const char* col) const;
    int64_t i64(const char* col) const;
    std::optional<int64_t> opt_i64(const char* col) const;
    int i32(const char* col) const { return static_cast<int>(i64(col)); }
    double dbl(const char* col) const;
    bool boolean(const char* col) const { return i64(col) != 0; }
    bool is_null(const char* col) const;

private:
    std::unique_ptr<sql::ResultSet> rs_;
};

class Db {
public:
    explicit Db(DbConfig cfg);
    ~Db();
    Db(const Db&) = delete;
    Db& operator=(const Db&) = delete;

    Rows query(const std::string& sql, const Params& params = {});
    // Returns the number of rows changed.
    uint64_t exec(const std::string& sql, const Params& params = {});
    // Runs an INSERT and returns the new row's AUTO_INCREMENT id.
    int64_t insert(const std::string& sql, const Params& params = {});
    // Unprepared text, for migration files only (never with user input).
    void execute_script(const std::string& sql);

    void begin();
    void commit();
    void rollback();
    bool in_transaction() const { return in_tx_; }
    // Whether a COMMIT was sent since reset_request(): a lost connection then leaves the outcome unknown.
    bool commit_attempted() const { return commit_attempted_; }
    void reset_request()
    {
        commit_attempted_ = false;
        statements_ = 0;
    }
    int statements_run() const { return statements_; }

    bool ping();
    // Drops the connection and every prepared statement; the next call reconnects.
    void disconnect();
    const DbConfig& config() const { return cfg_; }

private:
    sql::Connection& connection();
    sql::PreparedStatement& prepare(const std::string& sql, const Params& params);
    [[noreturn]] void fail(const std::exception& e, const std::string& sql);

    DbConfig cfg_;
    std::unique_ptr<sql::Connection> conn_;
    std::map<std::string, std::unique_ptr<sql::PreparedStatement>> statements_cache_;
    bool in_tx_ = false;
    bool commit_attempted_ = false;
    int statements_ = 0;
};

// Begins on construction; rolls back on destruction unless commit() ran.
class Transaction {
public:
    explicit Transaction(Db& db) : db_(db) { db_.begin(); }
    ~Transaction();
    void commit();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;

private:
    Db& db_;
    bool done_ = false;
};

// Process-wide driver; get it in main() before threads start, then per thread call thread_init/end.
void db_driver_init();
void db_thread_init();
void db_thread_end();

}  // namespace core
