// The database: one connection per worker thread, prepared statements only, RAII transactions.
#include "core/db.h"

#include <cppconn/exception.h>
#include <cppconn/prepared_statement.h>
#include <cppconn/resultset.h>
#include <cppconn/statement.h>
#include <mysql_driver.h>

#include <sstream>

#include "core/config.h"
#include "core/log.h"

namespace core {

namespace {
sql::Driver* g_driver = nullptr;

// Errors after which the connection (and its prepared statements) cannot be used again.
bool connection_lost(int code)
{
    switch (code) {
    case 2002:  // can't connect through socket
    case 2003:  // can't connect to server
    case 2006:  // server has gone away
    case 2013:  // lost connection during query
    case 2055:  // lost connection at reading
    case 1243:  // unknown prepared statement handler (after a server restart)
    case 1927:  // connection was killed
    case 4031:  // disconnected by the server for inactivity
        return true;
    default:
        return false;
    }
}

bool conflict(int code)
{
    return code == 1062 || code == 1205 || code == 1213;  // duplicate key, lock wait timeout, deadlock
}
}  // namespace

DbConfig DbConfig::from(const Config& c)
{
    DbConfig d;
    d.socket = c.get("DVK_DB_SOCKET");
    d.host = c.get("DVK_DB_HOST", "127.0.0.1");
    d.port = static_cast<int>(c.get_int("DVK_DB_PORT", 3306));
    d.user = c.get("DVK_DB_USER", "dvk");
    d.password = c.get("DVK_DB_PASSWORD");
    d.schema = c.get("DVK_DB_NAME", "dvk");
    d.connect_timeout_s = static_cast<int>(c.get_int("DVK_DB_CONNECT_TIMEOUT", d.connect_timeout_s));
    d.read_timeout_s = static_cast<int>(c.get_int("DVK_DB_READ_TIMEOUT", d.read_timeout_s));
    return d;
}

void db_driver_init()
{
    if (!g_driver) g_driver = sql::mysql::get_mysql_driver_instance();
}
void db_thread_init() { g_driver->threadInit(); }
void db_thread_end() { g_driver->threadEnd(); }

Rows::Rows(std::unique_ptr<sql::ResultSet> rs) : rs_(std::move(rs)) {}
Rows::Rows(Rows&&) noexcept = default;
Rows::~Rows() = default;
bool Rows::next() { return rs_->next(); }
size_t Rows::count() const { return rs_->rowsCount(); }
std::string Rows::str(const char* col) const { return rs_->getString(col); }
std::optional<std::string> Rows::opt_str(const char* col) const
{
    std::string v = rs_->getString(col);
    if (rs_->wasNull()) return std::nullopt;
    return v;
}
int64_t Rows::i64(const char* col) const { return rs_->getInt64(col); }
std::optional<int64_t> Rows::opt_i64(const char* col) const
{
    int64_t v = rs_->getInt64(col);
    if (rs_->wasNull()) return std::nullopt;
    return v;
}
double Rows::dbl(const char* col) const { return rs_->getDouble(col); }
bool Rows::is_null(const char* col) const { return rs_->isNull(col); }

Db::Db(DbConfig cfg) : cfg_(std::move(cfg)) {}
Db::~Db() = default;

sql::Connection& Db::connection()
{
    if (conn_) return *conn_;
    sql::ConnectOptionsMap opt;
    if (!cfg_.socket.empty()) {
        opt["hostName"] = sql::SQLString("unix://" + cfg_.socket);
    } else {
        opt["hostName"] = sql::SQLString("tcp://" + cfg_.host + ":" + std::to_string(cfg_.port));
    }
    opt["userName"] = sql::SQLString(cfg_.user);
    opt["password"] = sql::SQLString(cfg_.password);
    opt["schema"] = sql::SQLString(cfg_.schema);
    opt["OPT_CHARSET_NAME"] = sql::SQLString("utf8mb4");
    // Reconnecting behind our back would lose prepared statements (error 1243 for ever): we do it.
    opt["OPT_RECONNECT"] = false;
    opt["OPT_CONNECT_TIMEOUT"] = cfg_.connect_timeout_s;
    opt["OPT_READ_TIMEOUT"] = cfg_.read_timeout_s;
    opt["OPT_WRITE_TIMEOUT"] = cfg_.read_timeout_s;
    try {
        conn_.reset(g_driver->connect(opt));
        std::unique_ptr<sql::Statement> st(conn_->createStatement());
        // The connection collation defaults to utf8mb4_general_ci whatever the server says.
        st->execute("SET NAMES utf8mb4 COLLATE utf8mb4_vietnamese_ci");
        st->execute("SET SESSION time_zone = '+07:00'");
        st->execute("SET SESSION sql_mode = 'STRICT_ALL_TABLES,NO_ZERO_DATE,ERROR_FOR_DIVISION_BY_ZERO'");
        if (!cfg_.application.empty()) {
            std::unique_ptr<sql::PreparedStatement> ps(conn_->prepareStatement("SET @dvk_program = ?"));
            ps->setString(1, cfg_.application);
            ps->execute();
        }
    } catch (const sql::SQLException& e) {
        conn_.reset();
        throw DbUnavailable(std::string("cannot connect to the database: ") + e.what());
    }
    return *conn_;
}

void Db::disconnect()
{
    statements_cache_.clear();
    conn_.reset();
    in_tx_ = false;
}

void Db::fail(const std::exception& e, const std::string& sql)
{
    if (auto se = dynamic_cast<const sql::SQLException*>(&e)) {
        int code = se->getErrorCode();
        if (connection_lost(code)) {
            disconnect();
            throw DbUnavailable("database connection lost (" + std::to_string(code) + "): " + se->what());
        }
        if (conflict(code)) throw DbConflict(se->what(), code);
        throw std::runtime_error("SQL error " + std::to_string(code) + " in [" + sql + "]: " + se->what());
    }
    throw std::runtime_error(std::string("database error: ") + e.what());
}

sql::PreparedStatement& Db::prepare(const std::string& sql, const Params& params)
{
    auto it = statements_cache_.find(sql);
    if (it == statements_cache_.end()) {
        std::unique_ptr<sql::PreparedStatement> ps(connection().prepareStatement(sql));
        it = statements_cache_.emplace(sql, std::move(ps)).first;
    }
    sql::PreparedStatement& ps = *it->second;
    ps.clearParameters();
    unsigned i = 1;
    for (const auto& p : params) {
        switch (p.kind()) {
        case Param::Kind::Null: ps.setNull(i, 0); break;
        case Param::Kind::Int: ps.setInt64(i, p.as_int()); break;
        case Param::Kind::Double: ps.setDouble(i, p.as_double()); break;
        case Param::Kind::Text: ps.setString(i, p.as_text()); break;
        case Param::Kind::Bytes: {
            // The driver reads the stream when the statement executes, so it must outlive this call.
            thread_local std::istringstream blob_stream;
            blob_stream.clear();
            blob_stream.str(p.as_text());
            ps.setBlob(i, &blob_stream);
            break;
        }
        }
        ++i;
    }
    ++statements_;
    return ps;
}

Rows Db::query(const std::string& sql, const Params& params)
{
    try {
        return Rows(std::unique_ptr<sql::ResultSet>(prepare(sql, params).executeQuery()));
    } catch (const sql::SQLException& e) {
        fail(e, sql);
    }
}

uint64_t Db::exec(const std::string& sql, const Params& params)
{
    try {
        return static_cast<uint64_t>(prepare(sql, params).executeUpdate());
    } catch (const sql::SQLException& e) {
        fail(e, sql);
    }
}

int64_t Db::insert(const std::string& sql, const Params& params)
{
    exec(sql, params);
    auto rows = query("SELECT LAST_INSERT_ID() AS id");
    rows.next();
    return rows.i64("id");
}

void Db::execute_script(const std::string& sql)
{
    try {
        std::unique_ptr<sql::Statement> st(connection().createStatement());
        st->execute(sql);
        // A statement may leave result sets (e.g. a SELECT in a script): drain them.
        while (st->getMoreResults()) {
        }
    } catch (const sql::SQLException& e) {
        fail(e, sql);
    }
}

void Db::begin()
{
    exec("START TRANSACTION");
    in_tx_ = true;
}

void Db::commit()
{
    commit_attempted_ = true;
    exec("COMMIT");
    in_tx_ = false;
}

void Db::rollback()
{
    in_tx_ = false;
    if (!conn_) return;
    try {
        exec("ROLLBACK");
    } catch (const std::exception& e) {
        // The connection is already gone or broken: the server rolls back on its own.
        log_warn(std::string("rollback failed: ") + e.what());
        disconnect();
    }
}

bool Db::ping()
{
    try {
        auto r = query("SELECT 1 AS ok");
        return r.next() && r.i64("ok") == 1;
    } catch (const std::exception&) {
        return false;
    }
}

Transaction::~Transaction()
{
    if (!done_) db_.rollback();
}

void Transaction::commit()
{
    done_ = true;
    db_.commit();
}

}  // namespace core
