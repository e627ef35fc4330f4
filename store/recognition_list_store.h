// The recognition lists as they are shown, printed and exported: recognised models with their
// decision (number, date, signer, issuing unit under its name of the time), filtered by year, level,
// issuing unit, kind or decision; and the list of proposals a unit sent up. Read-only; the cycle's
// own stores write these records.
#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/db.h"
#include "domain/scope.h"

namespace store {

struct RecognitionListFilter {
    std::optional<int> year;
    std::string level;                  // level code; empty: any
    std::optional<int64_t> unit_id;     // the model's unit with its subtree (as GET /recognitions); absent: any
    std::string kind;                   // collective | individual; empty: any
    std::optional<int64_t> decision_id;
};

struct ListedRecognition {
    int64_t id = 0, model_id = 0;
    int year = 0;
    std::string level;  // level code of the recognition
    int level_rank = 0;
    std::string title, kind, person_name, person_position, status;  // status: the model's
    std::string unit_code, unit_name;  // the model's unit; unit_name as it was at registration
    std::string field_code, field_name_vi, field_name_en;
    int position = 0;
    // The decision
    int64_t decision_id = 0, issuing_unit_id = 0;
    std::string issuing_unit_name;   // as it was when the decision was signed
    std::string issuing_parent_name; // the issuing unit's parent, named as it was on the decision date
    std::string decision_number, decision_date, signer_name, signer_title;  // date ISO
};

struct SentProposal {
    int64_t id = 0, model_id = 0;
    int year = 0;
    std::string state, title, kind, person_name, person_position, unit_name, field_code, field_name_vi,
        field_name_en;
    std::optional<std::string> submitted_at;  // ISO date
    std::string justification;
    // The proposing unit's own recognition of the model (its decision), when recorded.
    std::string own_decision_number, own_decision_date;
};

// The proposals a unit sent to its parent in a year, with both units named as they were then.
struct SentProposals {
    int64_t from_unit_id = 0, to_unit_id = 0;
    std::string from_unit_name, from_parent_name, to_unit_name, to_level;
    std::vector<SentProposal> rows;
};

class RecognitionListStore {
public:
    explicit RecognitionListStore(core::Db& db) : db_(db) {}

    // Recognitions of models within the scope that match the filter, in print order: year, level
    // (highest first), decision, kind (collective first), position in the decision, title. Up to cap.
    std::vector<ListedRecognition> list(const domain::Scope& scope, const RecognitionListFilter& f, int cap);
    // One recognition, when its model lies within the scope.
    std::optional<ListedRecognition> find(const domain::Scope& scope, int64_t id);

    // What `from_unit` sent up in `year` (submitted, returned, recognised, not recognised; not drafts
    // or withdrawn ones), in order of kind and title; models within the scope.
    SentProposals proposals_sent(const domain::Scope& scope, int64_t from_unit, int year);

    // The name a unit had on a date ("YYYY-MM-DD"), from unit_names; its current name when none.
    std::string unit_name_on(int64_t unit_id, const std::string& date);

private:
    core::Db& db_;
};

}  // namespace store
