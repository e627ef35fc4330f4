// Models and their indicators: register, find, edit, carry into the next year, list and search.
// Every read takes the user's domain::Scope; every write adds its audit row (the caller holds the
// transaction), so the history of a model is complete whoever wrote it (pages, import, demo data).
#pragma once
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "core/db.h"
#include "domain/models.h"
#include "domain/scope.h"

namespace store {

struct ModelField {
    int64_t id = 0;
    std::string code, name_vi, name_en;
};

struct ModelUnitChoice {
    int64_t id = 0;
    std::string code, name, level;
    int depth = 0;  // below the first unit listed, for indenting
};

struct ModelIndicator {
    int position = 0;
    std::string name, unit_of_measure, target;  // target as stored, e.g. "273.00"
    std::optional<std::string> achieved;
};

struct Model {
    int64_t id = 0;
    int year = 0;
    int64_t unit_id = 0;
    std::string unit_code, unit_name;  // unit_name: the unit's name when the model was registered
    std::string unit_level;
    std::string title, kind, person_name, person_position;
    int64_t field_id = 0;
    std::string field_code, field_name_vi, field_name_en;
    std::string summary, content;                   // summary: only with details; content: find() only
    std::optional<std::string> start_date;          // ISO
    std::string status;
    std::optional<int64_t> carried_from_id, carried_to_id;
    int64_t created_by = 0;
    std::string created_by_name, created_at, updated_at;  // "yyyy-mm-dd hh:mm:ss"
    int version = 0;
    std::vector<ModelIndicator> indicators;  // find() only
};

// The list's filter; every value comes from the URL and is checked here, never pasted into SQL.
struct ModelFilter {
    std::optional<int> year;
    std::optional<int64_t> unit_id;  // with its subtree
    std::string level, field, kind, status, q;
    std::string sort = "title", dir = "asc";  // whitelisted in the store
};

struct ModelPage {
    std::vector<Model> rows;
    long long total = 0;
};

// Who wrote, for the audit row.
struct ModelActor {
    int64_t user_id = 0;
    std::string remote_addr;
};

class ModelStore {
public:
    explicit ModelStore(core::Db& db) : db_(db) {}

    // Fields a new or edited model may use (not retired), in their order.
    std::vector<ModelField> active_fields();
    // Every field, retired ones too (for the list's filter and old records).
    std::vector<ModelField> all_fields();
    // Active units within scope, parents before children (the unit filter and the form's choices).
    std::vector<ModelUnitChoice> units_in_scope(const domain::Scope& scope);

    // The model with its indicators, or nothing when it does not exist or lies outside the scope.
    std::optional<Model> find(const domain::Scope& scope, int64_t id);
    // One page of the list (1-based), and the total over every page.
    ModelPage list(const domain::Scope& scope, const ModelFilter& f, int page, int per_page);
    // Every row the filter matches, up to cap, with the summary (for the exports).
    std::vector<Model> export_rows(const domain::Scope& scope, const ModelFilter& f, int cap);

    // Registers a model (status registered, version 1) and its audit row; returns the id.
    // action names the audit row: "model.create", "model.import", ...
    int64_t create(const domain::ModelDraft& d, const ModelActor& by, const std::string& action = "model.create",
                   std::optional<int64_t> carried_from = std::nullopt);
    // Saves an edit when the model is still at expected_version; false when someone saved first.
    bool update(const Model& before, int expected_version, const domain::ModelDraft& d, const ModelActor& by);
    // Copies a model into the next year (indicators without achieved values); returns the new id, or
    // the copy's id when it was carried already. Call it inside a transaction: it locks the model.
    int64_t carry_forward(const Model& from, const ModelActor& by);

private:
    void insert_indicators(int64_t model_id, const std::vector<domain::IndicatorDraft>& ind,
                           const std::vector<ModelIndicator>& previous);
    core::Db& db_;
};

// The JSON kept in the audit log for a model (what an auditor needs to see the change).
std::string model_audit_json(const domain::ModelDraft& d, int version, const std::string& changed = "");
// LIKE pattern for "contains text": % and _ and \ in the text are escaped.
std::string like_contains(const std::string& text);

}  // namespace store
