// Fast loading of many rows: multi-row prepared INSERTs in batches.
#include "store/bulk_insert.h"

#include "core/log.h"

namespace store {

BulkInserter::BulkInserter(core::Db& db, std::string table, std::vector<std::string> columns, size_t batch_rows)
    : db_(db), table_(std::move(table)), columns_(std::move(columns)), batch_rows_(batch_rows)
{
}

BulkInserter::~BulkInserter()
{
    try {
        flush();
    } catch (const std::exception& e) {
        core::log_error("bulk insert into " + table_ + " failed at the end: " + e.what());
    }
}

std::string BulkInserter::statement(size_t rows) const
{
    // Identifiers come from the generator's own constants; every value is a placeholder.
    std::string sql = "INSERT INTO " + table_ + " (";
    std::string one = "(";
    for (size_t i = 0; i < columns_.size(); ++i) {
        sql += (i ? ", " : "") + columns_[i];
        one += i ? ", ?" : "?";
    }
    sql += ") VALUES ";
    one += ")";
    for (size_t r = 0; r < rows; ++r) sql += (r ? ", " : "") + one;
    return sql;
}

void BulkInserter::add(core::Params row)
{
    if (row.size() != columns_.size()) throw std::logic_error("bulk insert into " + table_ + ": wrong column count");
    for (auto& v : row) pending_.push_back(std::move(v));
    if (++pending_rows_ == batch_rows_) flush();
}

void BulkInserter::flush()
{
    if (pending_rows_ == 0) return;
    db_.exec(statement(pending_rows_), pending_);
    written_ += pending_rows_;
    pending_.clear();
    pending_rows_ = 0;
}

int64_t next_id(core::Db& db, const std::string& table)
{
    // The table name is a constant of the caller's code.
    auto r = db.query("SELECT COALESCE(MAX(id), 0) + 1 AS next_id FROM " + table);
    r.next();
    return r.i64("next_id");
}

}  // namespace store
