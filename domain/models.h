// Models: kinds, statuses, who may register and edit, the registration form's rules (validated into
// a typed draft) and the attachment types accepted as evidence.
#pragma once
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "domain/roles.h"

namespace domain {

// ---- kinds and statuses -----------------------------------------------------------------------
inline const char* const kCollective = "collective";
inline const char* const kIndividual = "individual";
const std::vector<std::string>& model_kinds();  // "collective", "individual"
bool valid_model_kind(const std::string& kind);

// Every state a model can be in, in the order of the yearly cycle; the one place that lists them.
inline const char* const kStatusRegistered = "registered";
inline const char* const kStatusEvaluated = "evaluated";
inline const char* const kStatusRecognised = "recognised";
// The recognition cycle (issue 5) adds two: "proposed" while a proposal to the parent unit is submitted
// or returned, "recognised_above" once a review meeting of a level above recognised it. A proposal
// withdrawn or not recognised puts the model back to "recognised" (its own level's recognition stands).
inline const char* const kStatusProposed = "proposed";
inline const char* const kStatusRecognisedAbove = "recognised_above";
const std::vector<std::string>& model_statuses();
bool valid_model_status(const std::string& status);
// Once recognised, a model is a decided record: only an admin may change it (on the record).
bool model_is_decided(const std::string& status);

// ---- who may write ----------------------------------------------------------------------------
// May a user of `role` bound to `user_unit` register or edit models of `target_unit`?
// Unit staff and heads: their unit's subtree (target_in_subtree); commission staff: their own unit
// only; admins: every unit.
bool may_write_unit(Role role, int64_t user_unit, int64_t target_unit, bool target_in_subtree);
// The same for one existing model, which also depends on its status (decided: admins only).
bool may_edit_model(Role role, int64_t user_unit, int64_t model_unit, bool model_in_subtree,
                    const std::string& status);

// ---- the registration form --------------------------------------------------------------------
inline constexpr int kMinYear = 2000;
inline constexpr int kMaxYear = 2100;
inline constexpr size_t kMaxTitle = 500, kMaxPerson = 255, kMaxSummary = 4000, kMaxContent = 20000,
                        kMaxIndicatorName = 500, kMaxMeasureUnit = 64;
inline constexpr int kMaxIndicators = 50;
inline constexpr int kFormIndicatorRows = 5;  // empty indicator rows offered on a fresh form

struct IndicatorInput {
    std::string name, unit_of_measure, target;
};

// The form (or one import row) as typed: every value a string, nothing trusted yet.
struct ModelInput {
    std::string year, title, kind, field, person_name, person_position, summary, content, start_date;
    std::vector<IndicatorInput> indicators;
};

struct IndicatorDraft {
    std::string name, unit_of_measure;
    std::string target;  // a normalised decimal, e.g. "273" or "12.5"
};

// A validated model, ready to store (the unit is checked by the caller against the user's scope).
struct ModelDraft {
    int year = 0;
    int64_t unit_id = 0;
    std::string title, kind, person_name, person_position;
    int64_t field_id = 0;
    std::string field_code;
    std::string summary, content;
    std::optional<std::string> start_date;  // ISO yyyy-mm-dd
    std::vector<IndicatorDraft> indicators;
};

// One problem with one input: field names are the form's ("title", "indicator.2", ...).
struct FieldError {
    std::string field;
    std::string key;  // catalog key
    std::vector<std::string> args;
};

struct ModelValidation {
    ModelDraft draft;
    std::vector<FieldError> errors;
    bool ok() const { return errors.empty(); }
    const FieldError* error_for(const std::string& field) const;
};

// Turns "31/12/2023" or "2023-12-31" into ISO, nullopt when not a date (core::parse_date).
using DateParser = std::optional<std::string> (*)(const std::string&);

// Validates the form into a draft. field_ids: the codes of the fields a model may use (not retired)
// and their ids. An individual model needs the person's name, and (on the form, require_position)
// position. Fully empty indicator rows are dropped; the others need a name and a number.
ModelValidation validate_model(const ModelInput& in, const std::map<std::string, int64_t>& field_ids,
                               DateParser parse_date, bool require_position = true);

// "273", "12,5", "12.50" -> "273", "12.5", "12.5"; nullopt when not a non-negative number below 10^12
// with at most two decimals ("1.000" is refused: it would mean 1 to some and 1000 to others).
std::optional<std::string> parse_decimal(const std::string& text);
// "273.00" -> "273", "12.50" -> "12.5": how a stored decimal is shown and typed back.
std::string trim_decimal(const std::string& stored);

// ---- attachments ------------------------------------------------------------------------------
inline constexpr size_t kMaxAttachmentBytes = 10 * 1024 * 1024;
// The content type to store for an upload, when its extension is allowed (pdf, jpg, jpeg, png, docx,
// xlsx, doc, xls, odt) and its first bytes are what that extension promises; nullopt otherwise.
std::optional<std::string> attachment_content_type(const std::string& filename, const std::string& data);
// The list shown to users: ".pdf, .jpg, ...".
std::string allowed_attachment_extensions();

}  // namespace domain
