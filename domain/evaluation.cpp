// Year-end evaluation rules.
#include "domain/evaluation.h"

#include <algorithm>
#include <cctype>

#include "domain/models.h"
#include "domain/proposals.h"

namespace domain {

const std::vector<std::string>& evaluation_ratings()
{
    static const std::vector<std::string> r{"excellent", "good", "achieved", "low"};
    return r;
}

bool valid_rating(const std::string& rating)
{
    const auto& r = evaluation_ratings();
    return std::find(r.begin(), r.end(), rating) != r.end();
}

bool needs_follow_up(const std::string& rating) { return rating == "low"; }

bool may_evaluate(Role role, bool model_in_subtree, const std::string& model_status)
{
    bool open = model_status == kStatusRegistered || model_status == kStatusEvaluated;
    if (role == Role::Admin) return true;
    if (!open) return false;
    if (role == Role::CommissionStaff) return true;
    return model_in_subtree;
}

EvaluationCheck check_evaluation(const EvaluationInput& in)
{
    EvaluationCheck c;
    EvaluationDraft& d = c.draft;
    d.rating = trim_text(in.rating);
    if (!valid_rating(d.rating)) c.errors["rating"] = "E_EVAL_RATING_REQUIRED";
    d.comment = trim_text(in.comment);
    if (d.comment.empty()) c.errors["comment"] = "E_EVAL_COMMENT_REQUIRED";
    else if (d.comment.size() > kMaxComment) c.errors["comment"] = "E_CYCLE_TEXT_TOO_LONG";
    for (const auto& [pos, typed] : in.achieved) {
        std::string t = trim_text(typed);
        if (t.empty()) {
            d.achieved[pos] = std::nullopt;
            continue;
        }
        auto v = parse_decimal(t);
        if (!v) c.errors["achieved." + std::to_string(pos)] = "E_EVAL_ACHIEVED_INVALID";
        else d.achieved[pos] = *v;
    }
    d.follow_up = needs_follow_up(d.rating);
    if (d.follow_up) {
        std::string u = trim_text(in.follow_up_unit);
        if (u.empty() || u.size() > 10 ||
            !std::all_of(u.begin(), u.end(), [](unsigned char ch) { return std::isdigit(ch); }))
            c.errors["follow_up_unit"] = "E_EVAL_FOLLOW_UP_UNIT_REQUIRED";
        else d.follow_up_unit = std::stoll(u);
        d.follow_up_action = trim_text(in.follow_up_action);
        if (d.follow_up_action.empty()) c.errors["follow_up_action"] = "E_CYCLE_FIELD_REQUIRED";
        else if (d.follow_up_action.size() > kMaxFollowUpAction) c.errors["follow_up_action"] = "E_CYCLE_TEXT_TOO_LONG";
        d.follow_up_due = in.follow_up_due;
        if (d.follow_up_due.empty()) c.errors["follow_up_due"] = "E_CYCLE_DATE_INVALID";
    }
    return c;
}

std::string check_closing_note(const std::string& note)
{
    std::string t = trim_text(note);
    if (t.empty()) return "E_CYCLE_FIELD_REQUIRED";
    if (t.size() > kMaxClosingNote) return "E_CYCLE_TEXT_TOO_LONG";
    return "";
}

}  // namespace domain
