// Recognition rules: who acts for which unit, recognising and proposing, meetings and their outcomes.
#include "domain/recognition.h"

#include <algorithm>
#include <cctype>

#include "domain/models.h"

namespace domain {

ActorRelation proposal_relation(Role role, int64_t user_unit, int64_t from_unit, int64_t to_unit, bool receiver_action)
{
    if (role == Role::Admin) return receiver_action ? ActorRelation::Receiver : ActorRelation::Sender;
    if (receiver_action) {
        if (user_unit == to_unit && (role == Role::UnitHead || role == Role::CommissionStaff))
            return ActorRelation::Receiver;
        if (user_unit == from_unit && role == Role::UnitHead) return ActorRelation::Sender;
        return ActorRelation::Other;
    }
    if (user_unit == from_unit && role == Role::UnitHead) return ActorRelation::Sender;
    if (user_unit == to_unit && (role == Role::UnitHead || role == Role::CommissionStaff)) return ActorRelation::Receiver;
    return ActorRelation::Other;
}

bool may_act_for_unit(Role role, int64_t user_unit, int64_t unit_id)
{
    return role == Role::Admin || (role == Role::UnitHead && user_unit == unit_id);
}

std::string recognise_refusal(const ModelFacts& m, int64_t unit_id)
{
    if (m.unit_id != unit_id) return "E_REC_NOT_OWN_MODEL";
    if (m.recognised_at_own_level) return "E_REC_ALREADY";
    if (!m.rating) return "E_REC_NOT_EVALUATED";
    if (*m.rating == "low") return "E_REC_RATED_LOW";
    return "";
}

std::string propose_refusal(const ModelFacts& m, int64_t from_unit, int64_t to_unit,
                            const std::optional<int64_t>& parent_of_from)
{
    if (m.unit_id != from_unit) return "E_PROP_NOT_OWN_MODEL";
    if (!m.recognised_at_own_level) return "E_PROP_MODEL_NOT_RECOGNISED";
    if (!parent_of_from) return "E_PROP_NO_PARENT";
    if (to_unit != *parent_of_from) return "E_PROP_NOT_PARENT";
    return "";
}

bool may_run_meetings(Role role, int64_t user_unit, int64_t unit_id)
{
    if (role == Role::Admin) return true;
    return (role == Role::UnitHead || role == Role::CommissionStaff) && user_unit == unit_id;
}

namespace {

std::optional<int> whole_number(const std::string& s)
{
    std::string t = trim_text(s);
    if (t.empty()) return 0;  // an empty box counts as nobody
    if (t.size() > 4 || !std::all_of(t.begin(), t.end(), [](unsigned char c) { return std::isdigit(c); }))
        return std::nullopt;
    return std::stoi(t);
}

}  // namespace

OutcomeCheck check_outcome(const OutcomeInput& in, int members)
{
    OutcomeCheck c;
    if (in.outcome != "recognised" && in.outcome != "not_recognised") {
        c.error = "E_REV_OUTCOME_REQUIRED";
        return c;
    }
    c.outcome.recognised = in.outcome == "recognised";
    auto f = whole_number(in.votes_for), a = whole_number(in.votes_against), ab = whole_number(in.votes_abstain);
    if (!f || !a || !ab) {
        c.error = "E_REV_VOTES_INVALID";
        return c;
    }
    c.outcome.votes_for = *f;
    c.outcome.votes_against = *a;
    c.outcome.votes_abstain = *ab;
    if (members > 0 && *f + *a + *ab > members) {
        c.error = "E_REV_VOTES_OVER_MEMBERS";
        return c;
    }
    c.outcome.reason = trim_text(in.reason);
    if (c.outcome.recognised) {
        if (*f <= *a) c.error = "E_REV_VOTES_DO_NOT_CARRY";
    } else {
        c.error = check_reason(c.outcome.reason);
    }
    return c;
}

std::vector<std::pair<std::string, std::string>> check_decision(const DecisionInput& d)
{
    std::vector<std::pair<std::string, std::string>> e;
    auto need = [&](const char* field, const std::string& v, size_t max) {
        std::string t = trim_text(v);
        if (t.empty()) e.push_back({field, "E_CYCLE_FIELD_REQUIRED"});
        else if (t.size() > max) e.push_back({field, "E_CYCLE_TEXT_TOO_LONG"});
    };
    need("number", d.number, 64);
    if (d.date.empty()) e.push_back({"date", "E_CYCLE_DATE_INVALID"});
    need("signer_name", d.signer_name, 255);
    need("signer_title", d.signer_title, 255);
    return e;
}

int count_members(const std::string& members_present)
{
    int n = 0;
    std::string cur;
    auto flush = [&] {
        if (!trim_text(cur).empty()) ++n;
        cur.clear();
    };
    for (char ch : members_present) {
        if (ch == '\n' || ch == ';') flush();
        else cur += ch;
    }
    flush();
    return n;
}

}  // namespace domain
