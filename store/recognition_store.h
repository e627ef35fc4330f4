// Recognition at a unit's own level: the unit's models of a year with what the rules need (rating,
// considered, recognised), marking models considered, recording a decision with the models it
// recognises, and the recognition lists. Also the small shared pieces of the cycle's stores (who
// writes and when, a unit with its level and parent, a model's status).
#pragma once
#include <ctime>
#include <optional>
#include <string>
#include <vector>

#include "core/db.h"
#include "domain/recognition.h"
#include "domain/scope.h"

namespace store {

// Who writes, from where, and when ("YYYY-MM-DD HH:MM:SS", the time the rows carry).
struct CycleActor {
    int64_t user_id = 0;
    std::string remote_addr;
    std::string now;
    std::string today() const { return now.substr(0, 10); }
};
// The actor at `when`, written in the database's time zone (+07:00, as core::Db sets it).
CycleActor make_actor(int64_t user_id, const std::string& remote_addr, std::time_t when);


struct UnitInfo {
    int64_t id = 0;
    std::string code, name, kind, status;
    int level_id = 0, level_rank = 0;
    std::string level_code;
    std::optional<int64_t> parent_id;
    std::string parent_code, parent_name;
};

// One of a unit's own models of a year, as the recognition page lists it.
struct CandidateModel {
    int64_t id = 0;
    int year = 0;
    int64_t unit_id = 0;
    std::string title, kind, person_name, status;
    std::optional<std::string> rating;
    bool considered = false, recognised = false;
    std::string decision_number;  // of its own-level recognition, when recognised
};

struct DecisionRecord {
    int64_t id = 0, unit_id = 0;
    std::string unit_code, issuing_unit_name, level_code;
    int level_id = 0, year = 0;
    std::string number, date, signer_name, signer_title;
    std::optional<int64_t> meeting_id;
    int models = 0;
};

struct RecognitionRow {
    int64_t model_id = 0;
    int year = 0;
    std::string title, kind, person_name, model_status;
    std::string unit_code, unit_name;  // the model's unit, under its name at registration
    std::string level_code;            // the level that recognised it
    std::string decision_number, decision_date, signer_name, signer_title, issuing_unit_name;
};

struct RecognitionFilter {
    std::optional<int> year;
    std::string level;               // level code, "" = every level
    std::optional<int64_t> unit_id;  // the model's unit, with its subtree
    std::string kind;
};

struct NewDecision {
    int64_t unit_id = 0;
    int year = 0;
    std::string number, date, signer_name, signer_title;
    std::optional<int64_t> meeting_id;
};

class RecognitionStore {
public:
    explicit RecognitionStore(core::Db& db) : db_(db) {}

    std::optional<UnitInfo> unit(int64_t id);
    std::optional<UnitInfo> unit_by_code(const std::string& code);
    // Active units directly below unit_id.
    std::vector<UnitInfo> children(int64_t unit_id);

    // What the rules need about one model (lock: SELECT ... FOR UPDATE, inside a transaction).
    std::optional<domain::ModelFacts> facts(int64_t model_id, bool lock = false);
    // The unit's own models of the year, within scope.
    std::vector<CandidateModel> candidates(const domain::Scope& scope, int64_t unit_id, int year);

    // Marks the models considered (those not yet marked); returns how many were new. Audited.
    int mark_considered(int64_t unit_id, const std::vector<int64_t>& model_ids, const CycleActor& by);
    bool decision_number_taken(int64_t unit_id, const std::string& number);
    // Records the decision (at the unit's level) and one recognition per model, in the caller's
    // transaction, with audit rows. Own-level recognition (no meeting) marks the models considered
    // and sets them "recognised"; after a meeting the caller sets statuses. Throws core::DbConflict
    // on a decision number already used by the unit or a model already recognised at that level.
    int64_t record_decision(const NewDecision& d, const std::vector<int64_t>& model_ids, const CycleActor& by);

    std::vector<RecognitionRow> list(const domain::Scope& scope, const RecognitionFilter& f, int cap = 5000);
    std::vector<DecisionRecord> decisions(const domain::Scope& scope, std::optional<int> year);

    // The cycle year pages default to: the latest scheduled year up to today's year, else today's.
    int cycle_year(const std::string& today);
    // models.status, with its version bumped so a concurrent edit of the model notices.
    void set_model_status(int64_t model_id, const std::string& status);

private:
    core::Db& db_;
};

}  // namespace store
