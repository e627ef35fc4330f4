// Year-end evaluation of a model: achieved values of its indicators, a rating and a comment; models
// rated low get a follow-up (responsible unit, action, due date) until it is closed with a note.
#pragma once
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "domain/roles.h"

namespace domain {

const std::vector<std::string>& evaluation_ratings();  // excellent, good, achieved, low
bool valid_rating(const std::string& rating);
// Low results, not yet spread among the people: the model goes on the follow-up list.
bool needs_follow_up(const std::string& rating);

// May a user evaluate a model of model_unit (in their subtree or not) in its current status?
// Unit staff and heads: their subtree; commission staff and admins: every unit. A model recognised
// (at any level) or proposed is a decided record: admins only.
bool may_evaluate(Role role, bool model_in_subtree, const std::string& model_status);

// The evaluation form as typed.
struct EvaluationInput {
    std::string rating, comment;
    std::map<int, std::string> achieved;  // indicator position -> typed value ("" = not measured)
    // The follow-up, read only when the rating is low.
    std::string follow_up_unit, follow_up_action, follow_up_due;  // due already ISO, "" when not a date
};

struct EvaluationDraft {
    std::string rating, comment;
    std::map<int, std::optional<std::string>> achieved;  // normalised decimals
    bool follow_up = false;
    int64_t follow_up_unit = 0;
    std::string follow_up_action, follow_up_due;
};

struct EvaluationCheck {
    EvaluationDraft draft;
    std::map<std::string, std::string> errors;  // field -> catalog key ("rating", "comment", "achieved.2", ...)
    bool ok() const { return errors.empty(); }
};

inline constexpr size_t kMaxComment = 4000, kMaxFollowUpAction = 1000, kMaxClosingNote = 1000;

EvaluationCheck check_evaluation(const EvaluationInput& in);
// Catalog key of what is wrong with a closing note (empty: fine).
std::string check_closing_note(const std::string& note);

}  // namespace domain
