// One-time form nonces, so that submitting the same create form twice makes one record.
#include "store/form_submission_store.h"

#include "core/crypto.h"
#include "store/scope_sql.h"

namespace store {

FormOnce::FormOnce(core::Db& db, const std::optional<std::string>& nonce, const std::string& path, int64_t user_id)
    : db_(db), user_id_(user_id)
{
    // 32 hex digits, as the column (and the keys recorded before keys were per form) expect.
    if (nonce) key_ = core::sha256_hex(*nonce + "\n" + path).substr(0, 32);
}

std::optional<FormOutcome> FormOnce::already_saved()
{
    if (key_.empty()) return std::nullopt;
    auto r = db_.query("SELECT location FROM form_submissions WHERE nonce = ? AND user_id = ? AND location <> ''",
                       {key_, user_id_});
    if (!r.next()) return std::nullopt;
    return FormOutcome{r.str("location"), "F_FORM_ALREADY_SAVED", true};
}

std::optional<FormOutcome> FormOnce::save(const std::string& flash,
                                          const std::function<std::optional<std::string>()>& write)
{
    if (!key_.empty()) {
        // A resend comes within minutes; two days of nonces are plenty. Swept in its own short
        // statement, outside the write's transaction, so its range lock is not held while writing.
        db_.exec("DELETE FROM form_submissions WHERE created_at < NOW() - INTERVAL 2 DAY LIMIT 100");
    }
    core::Transaction tx(db_);
    if (!key_.empty()) {
        // The row is claimed before writing. A twin in flight holds it: this INSERT waits until
        // the twin commits (then it is a duplicate, and we lead to what the twin made) or rolls
        // back (then it goes in, and this send makes the record).
        bool claimed = db_.exec("INSERT IGNORE INTO form_submissions (nonce, user_id, location) VALUES (?, ?, '')",
                                {key_, user_id_}) == 1;
        if (!claimed) {
            // A locking read sees the twin's commit, which this transaction's snapshot may not.
            auto r = db_.query("SELECT user_id, location FROM form_submissions WHERE nonce = ? LOCK IN SHARE MODE",
                               {key_});
            if (!r.next() || r.i64("user_id") != user_id_ || r.str("location").empty())
                throw core::DbConflict("form nonce used by another user or not saved", 1062);
            return FormOutcome{r.str("location"), "F_FORM_ALREADY_SAVED", true};
        }
    }
    auto location = write();
    if (!location) return std::nullopt;  // the transaction rolls back, the nonce with it
    if (!key_.empty())
        db_.exec("UPDATE form_submissions SET location = ? WHERE nonce = ?", {*location, key_});
    tx.commit();
    return FormOutcome{*location, flash, false};
}

void FormOnce::remember_model(int line, int64_t model_id)
{
    if (key_.empty()) return;
    db_.exec("INSERT INTO form_submission_models (nonce, line, model_id) VALUES (?, ?, ?)", {key_, line, model_id});
}

std::vector<MadeModel> models_made(core::Db& db, const domain::Scope& scope, const std::string& key, int64_t user_id)
{
    auto sc = scope_condition(scope, "m.unit_id");
    core::Params params{key, user_id};
    params.insert(params.end(), sc.params.begin(), sc.params.end());
    // sc.sql is the scope's condition built by store code, its values bound.
    auto r = db.query(
        "SELECT f.line, m.id, m.year, u.code AS unit_code, m.title FROM form_submission_models f"
        " JOIN form_submissions s ON s.nonce = f.nonce JOIN models m ON m.id = f.model_id"
        " JOIN units u ON u.id = m.unit_id WHERE f.nonce = ? AND s.user_id = ? AND " + sc.sql + " ORDER BY f.line",
        params);
    std::vector<MadeModel> out;
    while (r.next()) out.push_back({r.i32("line"), r.i64("id"), r.i32("year"), r.str("unit_code"), r.str("title")});
    return out;
}

}  // namespace store
