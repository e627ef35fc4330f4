// Fast loading of many rows (the benchmark's data generator): multi-row prepared INSERTs in
// batches, committed every few batches. Table and column names are constants of the caller's code.
#pragma once
#include <string>
#include <vector>

#include "core/db.h"

namespace store {

class BulkInserter {
public:
    // table and columns: identifiers written in the generator's source, never input.
    BulkInserter(core::Db& db, std::string table, std::vector<std::string> columns, size_t batch_rows = 400);
    ~BulkInserter();
    void add(core::Params row);  // one value per column, in order
    void flush();
    size_t rows_written() const { return written_; }

private:
    std::string statement(size_t rows) const;
    core::Db& db_;
    std::string table_;
    std::vector<std::string> columns_;
    size_t batch_rows_;
    core::Params pending_;
    size_t pending_rows_ = 0, written_ = 0;
};

// The next free id of a table (explicit ids keep generated data deterministic and cheap to link).
int64_t next_id(core::Db& db, const std::string& table);

}  // namespace store
