// The reports' queries: the funnel's counts per child unit (one GROUP BY query for all four stages,
// any range of years), the models behind one cell, the compliance facts per child unit, and the
// replications of recognised models. Every figure is counted from the records on each call; every
// query takes the user's Scope and runs on indexes (units.parent_id, unit_closure's key,
// models (unit_id, year), recognitions (model_id, level_id), proposals (model_id)).
#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/db.h"
#include "domain/funnel.h"
#include "domain/scope.h"

namespace store {

struct ReportUnit {
    int64_t id = 0;
    std::string code, name, level, status;  // level: its code ("province", "district", ...)
    int level_id = 0;
    std::optional<int64_t> parent_id;
    std::string since;                    // ISO: its first name's date (else its creation)
    std::optional<std::string> closed_on; // ISO
};

struct ReportField {
    int64_t id = 0;
    std::string code, name_vi, name_en;
};

// A cell of the funnel: which models, for the list behind a number.
struct FunnelCellQuery {
    int year = 0;
    int64_t parent_id = 0;              // the chosen unit P
    std::optional<int64_t> child_id;    // one child C, or every child (the total)
    domain::FunnelStage stage = domain::FunnelStage::Registered;
    std::string kind, field;            // empty: any
};

struct FunnelModel {
    int64_t id = 0;
    int year = 0;
    std::string title, kind, person_name, unit_name, unit_code;  // unit_name: at registration
    std::string field_code, field_name_vi, field_name_en, status;
    std::string child_name;  // the child unit it counts for
};

struct FunnelModelPage {
    std::vector<FunnelModel> rows;
    long long total = 0;
};

// What the compliance report needs of one child unit: counts and the first date of each step.
struct ComplianceFacts {
    int64_t unit_id = 0;
    long long registered = 0, evaluated = 0, recognised = 0, proposed = 0;
    std::optional<std::string> first_registered, first_evaluated, first_recognised, first_proposed;  // ISO
};

// One recognised model with the places it has been replicated.
struct ReplicationPlace {
    std::string unit_code, unit_name;
    int year = 0;
    std::string note;
};
struct ReplicatedModel {
    int64_t model_id = 0;
    int year = 0;
    std::string title, kind, person_name, unit_name, level;  // level: the highest it was recognised at
    std::vector<ReplicationPlace> replications;
};

class ReportStore {
public:
    explicit ReportStore(core::Db& db) : db_(db) {}

    // The unit by id or code, when it exists and lies within the scope.
    std::optional<ReportUnit> unit(const domain::Scope& scope, const std::string& id_or_code);
    std::optional<ReportUnit> unit(const domain::Scope& scope, int64_t id);
    // The top of the tree (the provincial commission): the root with the highest level.
    std::optional<ReportUnit> root();
    // The children that may be reported for year_from..: not merged away, not closed before
    // year_from; by name. Which of them count in a year: domain::reported_in_year.
    std::vector<ReportUnit> children(int64_t parent_id, int year_from);
    std::vector<ReportField> fields();
    // Units within the scope that have children (what a report can be "about"), top levels first.
    std::vector<ReportUnit> parents_in_scope(const domain::Scope& scope);

    // The funnel's counts of parent's children for the years year_from..year_to, one row per
    // (year, child, kind, field) that has models. One query.
    std::vector<domain::FunnelCount> funnel_counts(const domain::Scope& scope, const ReportUnit& parent, int year_from,
                                                   int year_to);
    // The models behind one cell (one page, 1-based), and how many there are in all.
    FunnelModelPage funnel_models(const domain::Scope& scope, const ReportUnit& parent, const FunnelCellQuery& q,
                                  int page, int per_page);

    // Per child of parent with any model in `year`: counts and first dates of each step. One query.
    std::vector<ComplianceFacts> compliance_facts(const domain::Scope& scope, const ReportUnit& parent, int year);

    // The models recognised in `year` (at any level) within the scope, each with its replications.
    // Two queries.
    std::vector<ReplicatedModel> replications(const domain::Scope& scope, int year);

private:
    core::Db& db_;
};

}  // namespace store
