// One-time form nonces, so that submitting the same create form twice makes one record.
#include "store/form_submission_store.h"

namespace store {

std::optional<std::string> FormSubmissionStore::done(const std::string& nonce, int64_t user_id)
{
    auto r = db_.query("SELECT location FROM form_submissions WHERE nonce = ? AND user_id = ?", {nonce, user_id});
    if (!r.next()) return std::nullopt;
    return r.str("location");
}

void FormSubmissionStore::record(const std::string& nonce, int64_t user_id, const std::string& location)
{
    // A resubmit comes within minutes; two days of nonces are plenty, older ones are swept here.
    db_.exec("DELETE FROM form_submissions WHERE created_at < NOW() - INTERVAL 2 DAY LIMIT 100");
    db_.exec("INSERT INTO form_submissions (nonce, user_id, location) VALUES (?, ?, ?)", {nonce, user_id, location});
}

}  // namespace store
