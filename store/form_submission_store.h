// One-time form nonces, so that submitting the same create form twice makes one record.
#pragma once
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "core/db.h"
#include "domain/scope.h"

namespace store {

// Where a create form's submission led: the page of what it made, and the flash message to show
// there (the handler's own, or F_FORM_ALREADY_SAVED when an earlier send of the same form made it).
struct FormOutcome {
    std::string location;
    std::string flash;
    bool repeated = false;
};

// A create form sent with its page's one-time nonce (FORM_NONCE, read by core::Request::form_nonce).
// The nonce is counted per form, so a page with two create forms (carry and attach on a model's
// page) gives each its own key: sha256(nonce, path). Use:
//     store::FormOnce once(ctx.db(), req.form_nonce(), req.path(), ctx.user().id);
//     if (auto done = once.already_saved()) { ...flash done->flash, redirect done->location... }
//     ...validate...
//     auto saved = once.save("F_..._CREATED", [&]() -> std::optional<std::string> { ...write...; return location; });
class FormOnce {
public:
    FormOnce(core::Db& db, const std::optional<std::string>& nonce, const std::string& path, int64_t user_id);

    // An earlier, committed send of this form by this user. Ask before validating: a resend may no
    // longer be valid because of the very record it made ("this code is taken").
    std::optional<FormOutcome> already_saved();

    // Runs write() and records the nonce in ONE transaction, the nonce first: a twin sent at the
    // same moment waits on its row until this one commits and then gets this outcome instead of
    // writing. write() returns where its record is shown, or nullopt when it answered by itself
    // (e.g. a form re-rendered after a unique key was hit): then everything is rolled back and
    // save() returns nullopt. Without a nonce (an old page, a script) write() just runs in a
    // transaction. A nonce that belongs to another user is refused with core::DbConflict (409).
    std::optional<FormOutcome> save(const std::string& flash, const std::function<std::optional<std::string>()>& write);

    // For a form that makes several models (a CSV import): inside write(), remember each one,
    // so that a resend can show them again (models_made).
    void remember_model(int line, int64_t model_id);
    // The key of this form's send (what locations like /models/import?done=KEY carry); empty without a nonce.
    const std::string& key() const { return key_; }

private:
    core::Db& db_;
    std::string key_;
    int64_t user_id_;
};

// A model a form remembered, as the import's summary shows it.
struct MadeModel {
    int line = 0;
    int64_t id = 0;
    int year = 0;
    std::string unit_code, title;
};

// The models the form with this key remembered, in line order: only for the user who sent it, and
// only those still within the scope. Empty for an unknown key.
std::vector<MadeModel> models_made(core::Db& db, const domain::Scope& scope, const std::string& key, int64_t user_id);

}  // namespace store
