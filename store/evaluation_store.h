// Year-end evaluations (achieved values, rating, comment) and the follow-up list of models rated low.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "core/db.h"
#include "domain/evaluation.h"
#include "domain/scope.h"
#include "store/recognition_store.h"

namespace store {

struct EvalIndicator {
    int position = 0;
    std::string name, unit_of_measure, target;
    std::optional<std::string> achieved;
};

// A model as the evaluation page needs it.
struct EvalModel {
    int64_t id = 0, unit_id = 0;
    int year = 0;
    std::string unit_code, unit_name, title, kind, person_name, status;
    std::vector<EvalIndicator> indicators;
};

struct Evaluation {
    int64_t model_id = 0;
    std::string rating, comment, evaluated_by_name, evaluated_at;
    int version = 1;
};

struct FollowUp {
    int64_t id = 0, model_id = 0, responsible_unit_id = 0;
    int model_year = 0;
    std::string model_title, model_unit_code, unit_code, unit_name, action, due_date, created_at;
    std::optional<std::string> closed_at, closing_note;
    std::string closed_by_name;
    int version = 1;
    bool open() const { return !closed_at.has_value(); }
};

class EvaluationStore {
public:
    explicit EvaluationStore(core::Db& db) : db_(db) {}

    std::optional<EvalModel> model(const domain::Scope& scope, int64_t id);
    std::optional<Evaluation> find(int64_t model_id);
    // Saves the evaluation (insert, or update when still at expected_version; false when someone
    // saved first), the achieved values, the model's status (registered -> evaluated) and, for a low
    // rating, a follow-up when the model has no open one. Audited. Caller holds the transaction.
    bool save(const EvalModel& m, const domain::EvaluationDraft& d, std::optional<int> expected_version,
              const CycleActor& by);

    // Follow-ups whose model or responsible unit lies within scope; open ones first.
    std::vector<FollowUp> follow_ups(const domain::Scope& scope, bool open_only, std::optional<int> year);
    std::optional<FollowUp> follow_up(const domain::Scope& scope, int64_t id);
    // Closes it with a note when still open at version; false otherwise.
    bool close_follow_up(const FollowUp& f, int version, const std::string& note, const CycleActor& by);

private:
    core::Db& db_;
};

}  // namespace store
