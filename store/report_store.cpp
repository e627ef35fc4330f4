// The reports' queries: funnel counts, the models behind a cell, compliance facts, replications.
#include "store/report_store.h"

#include <algorithm>
#include <map>

#include "store/scope_sql.h"

namespace store {

namespace {

const char* const kUnitColumns =
    "SELECT u.id, u.code, u.name, u.status, u.level_id, u.parent_id, l.code AS level,"
    "       COALESCE((SELECT DATE_FORMAT(MIN(n.valid_from), '%Y-%m-%d') FROM unit_names n WHERE n.unit_id = u.id),"
    "                DATE_FORMAT(u.created_at, '%Y-%m-%d')) AS since,"
    "       DATE_FORMAT(u.closed_at, '%Y-%m-%d') AS closed_on"
    "  FROM units u JOIN levels l ON l.id = u.level_id";

ReportUnit unit_from(const core::Rows& r)
{
    ReportUnit u;
    u.id = r.i64("id");
    u.code = r.str("code");
    u.name = r.str("name");
    u.status = r.str("status");
    u.level = r.str("level");
    u.level_id = r.i32("level_id");
    u.parent_id = r.opt_i64("parent_id");
    u.since = r.str("since");
    u.closed_on = r.opt_str("closed_on");
    return u;
}

// The models that count for a child unit `ch` of the chosen unit: in ch's subtree and at ch's level
// (so grassroots models are not district registrations, and a merged unit hung under its successor
// counts for the successor). Uses units.parent_id, unit_closure's key and models (unit_id, year).
const char* const kChildModels =
    "  FROM units ch"
    "  JOIN unit_closure c ON c.ancestor_id = ch.id"
    "  JOIN units mu ON mu.id = c.descendant_id AND mu.level_id = ch.level_id"
    "  JOIN models m ON m.unit_id = mu.id AND m.year BETWEEN ? AND ?"
    "  JOIN fields f ON f.id = m.field_id";

// A proposal of m from ch's subtree to ch's parent that was sent (not a draft) and not taken back.
const char* const kProposedCondition =
    "EXISTS (SELECT 1 FROM proposals pr"
    "         JOIN unit_closure pc ON pc.ancestor_id = ch.id AND pc.descendant_id = pr.from_unit_id"
    "        WHERE pr.model_id = m.id AND pr.to_unit_id = ch.parent_id"
    "          AND pr.state IN ('submitted', 'returned', 'recognised', 'not_recognised'))";

std::string stage_condition(domain::FunnelStage s)
{
    switch (s) {
    case domain::FunnelStage::Registered: return "1=1";
    case domain::FunnelStage::Recognised:
        return "EXISTS (SELECT 1 FROM recognitions r WHERE r.model_id = m.id AND r.level_id = ch.level_id)";
    case domain::FunnelStage::Proposed: return kProposedCondition;
    case domain::FunnelStage::RecognisedAbove:
        return "EXISTS (SELECT 1 FROM recognitions r WHERE r.model_id = m.id AND r.level_id = ?)";
    }
    return "1=0";
}

}  // namespace

std::optional<ReportUnit> ReportStore::unit(const domain::Scope& scope, int64_t id)
{
    auto sc = scope_condition(scope, "u.id");
    core::Params p{id};
    p.insert(p.end(), sc.params.begin(), sc.params.end());
    auto r = db_.query(std::string(kUnitColumns) + " WHERE u.id = ? AND " + sc.sql, p);
    if (!r.next()) return std::nullopt;
    return unit_from(r);
}

std::optional<ReportUnit> ReportStore::unit(const domain::Scope& scope, const std::string& id_or_code)
{
    if (id_or_code.empty() || id_or_code.size() > 32) return std::nullopt;
    if (std::all_of(id_or_code.begin(), id_or_code.end(), ::isdigit) && id_or_code.size() < 10)
        return unit(scope, static_cast<int64_t>(std::stoll(id_or_code)));
    auto r = db_.query("SELECT id FROM units WHERE code = ?", {id_or_code});
    if (!r.next()) return std::nullopt;
    return unit(scope, r.i64("id"));
}

std::optional<ReportUnit> ReportStore::root()
{
    auto r = db_.query(std::string(kUnitColumns) +
                       " WHERE u.parent_id IS NULL AND u.status = 'active' ORDER BY l.rank_order, u.id LIMIT 1");
    if (!r.next()) return std::nullopt;
    return unit_from(r);
}

std::vector<ReportUnit> ReportStore::children(int64_t parent_id, int year_from)
{
    auto r = db_.query(std::string(kUnitColumns) +
                           " WHERE u.parent_id = ? AND u.status <> 'merged'"
                           "   AND (u.closed_at IS NULL OR u.closed_at >= ?) ORDER BY u.name, u.id",
                       {parent_id, std::to_string(year_from) + "-01-01"});
    std::vector<ReportUnit> out;
    while (r.next()) out.push_back(unit_from(r));
    return out;
}

std::vector<ReportUnit> ReportStore::parents_in_scope(const domain::Scope& scope)
{
    auto sc = scope_condition(scope, "u.id");
    auto r = db_.query(std::string(kUnitColumns) +
                           " WHERE u.status = 'active' AND EXISTS (SELECT 1 FROM units c WHERE c.parent_id = u.id)"
                           "   AND " + sc.sql + " ORDER BY l.rank_order, u.name, u.id",
                       sc.params);
    std::vector<ReportUnit> out;
    while (r.next()) out.push_back(unit_from(r));
    return out;
}

std::vector<ReportField> ReportStore::fields()
{
    auto r = db_.query("SELECT id, code, name_vi, name_en FROM fields ORDER BY sort_order, id");
    std::vector<ReportField> out;
    while (r.next()) out.push_back({r.i64("id"), r.str("code"), r.str("name_vi"), r.str("name_en")});
    return out;
}

std::vector<domain::FunnelCount> ReportStore::funnel_counts(const domain::Scope& scope, const ReportUnit& parent,
                                                            int year_from, int year_to)
{
    auto sc = scope_condition(scope, "m.unit_id");
    // One pass over the models of the parent's children: recognitions are unique per (model, level),
    // so the LEFT JOINs never multiply rows; the proposal is an EXISTS for the same reason.
    std::string sql = std::string("SELECT m.year, ch.id AS unit_id, m.kind, f.code AS field,"
                                  "       COUNT(*) AS registered, COUNT(ro.id) AS recognised,"
                                  "       SUM(") + kProposedCondition + ") AS proposed,"
                      "       COUNT(ra.id) AS recognised_above" +
                      kChildModels +
                      "  LEFT JOIN recognitions ro ON ro.model_id = m.id AND ro.level_id = ch.level_id"
                      "  LEFT JOIN recognitions ra ON ra.model_id = m.id AND ra.level_id = ?"
                      " WHERE ch.parent_id = ? AND " + sc.sql +
                      " GROUP BY m.year, ch.id, m.kind, f.code";
    core::Params p{year_from, year_to, parent.level_id, parent.id};
    p.insert(p.end(), sc.params.begin(), sc.params.end());
    auto r = db_.query(sql, p);
    std::vector<domain::FunnelCount> out;
    while (r.next()) {
        domain::FunnelCount c;
        c.year = r.i32("year");
        c.unit_id = r.i64("unit_id");
        c.kind = r.str("kind");
        c.field = r.str("field");
        c.figures.registered = r.i64("registered");
        c.figures.recognised = r.i64("recognised");
        c.figures.proposed = r.i64("proposed");
        c.figures.recognised_above = r.i64("recognised_above");
        out.push_back(std::move(c));
    }
    return out;
}

FunnelModelPage ReportStore::funnel_models(const domain::Scope& scope, const ReportUnit& parent,
                                           const FunnelCellQuery& q, int page, int per_page)
{
    auto sc = scope_condition(scope, "m.unit_id");
    // The stage's condition is one of four fixed texts; the filters are values bound to placeholders.
    std::string where = " WHERE ch.parent_id = ? AND (? = 0 OR ch.id = ?) AND (? = '' OR m.kind = ?)"
                        "   AND (? = '' OR f.code = ?) AND " + stage_condition(q.stage) + " AND " + sc.sql;
    core::Params p{q.year, q.year, parent.id, q.child_id.value_or(0), q.child_id.value_or(0), q.kind, q.kind,
                   q.field, q.field};
    if (q.stage == domain::FunnelStage::RecognisedAbove) p.emplace_back(parent.level_id);
    p.insert(p.end(), sc.params.begin(), sc.params.end());

    FunnelModelPage out;
    auto n = db_.query(std::string("SELECT COUNT(*) AS n") + kChildModels + where, p);
    if (n.next()) out.total = n.i64("n");

    per_page = std::max(1, per_page);
    page = std::max(1, page);
    core::Params lp = p;
    lp.emplace_back(per_page);
    lp.emplace_back(static_cast<long long>(page - 1) * per_page);
    auto r = db_.query(std::string("SELECT m.id, m.year, m.title, m.kind, m.person_name, m.unit_name_at_registration,"
                                   "       mu.code AS unit_code, f.code AS field_code, f.name_vi, f.name_en, m.status,"
                                   "       ch.name AS child_name") +
                           kChildModels + where + " ORDER BY ch.name, m.kind, m.title, m.id LIMIT ? OFFSET ?",
                       lp);
    while (r.next()) {
        FunnelModel m;
        m.id = r.i64("id");
        m.year = r.i32("year");
        m.title = r.str("title");
        m.kind = r.str("kind");
        m.person_name = r.str("person_name");
        m.unit_name = r.str("unit_name_at_registration");
        m.unit_code = r.str("unit_code");
        m.field_code = r.str("field_code");
        m.field_name_vi = r.str("name_vi");
        m.field_name_en = r.str("name_en");
        m.status = r.str("status");
        m.child_name = r.str("child_name");
        out.rows.push_back(std::move(m));
    }
    return out;
}

std::vector<ComplianceFacts> ReportStore::compliance_facts(const domain::Scope& scope, const ReportUnit& parent,
                                                           int year)
{
    auto sc = scope_condition(scope, "m.unit_id");
    // evaluations is keyed by model, recognitions unique per (model, level), and at most one live
    // proposal exists per (model, target): none of the LEFT JOINs multiplies a model's row.
    std::string sql = std::string(
                          "SELECT ch.id AS unit_id, COUNT(*) AS registered, COUNT(e.model_id) AS evaluated,"
                          "       COUNT(ro.id) AS recognised, COUNT(pr.id) AS proposed,"
                          "       DATE_FORMAT(MIN(m.created_at), '%Y-%m-%d') AS first_registered,"
                          "       DATE_FORMAT(MIN(e.evaluated_at), '%Y-%m-%d') AS first_evaluated,"
                          "       DATE_FORMAT(MIN(d.decision_date), '%Y-%m-%d') AS first_recognised,"
                          "       DATE_FORMAT(MIN(COALESCE(pr.submitted_at, pr.created_at)), '%Y-%m-%d') AS first_proposed") +
                      kChildModels +
                      "  LEFT JOIN evaluations e ON e.model_id = m.id"
                      "  LEFT JOIN recognitions ro ON ro.model_id = m.id AND ro.level_id = ch.level_id"
                      "  LEFT JOIN recognition_decisions d ON d.id = ro.decision_id"
                      "  LEFT JOIN proposals pr ON pr.model_id = m.id AND pr.to_unit_id = ch.parent_id"
                      "        AND pr.state IN ('submitted', 'returned', 'recognised', 'not_recognised')"
                      "        AND EXISTS (SELECT 1 FROM unit_closure pc WHERE pc.ancestor_id = ch.id"
                      "                       AND pc.descendant_id = pr.from_unit_id)"
                      " WHERE ch.parent_id = ? AND " + sc.sql + " GROUP BY ch.id";
    core::Params p{year, year, parent.id};
    p.insert(p.end(), sc.params.begin(), sc.params.end());
    auto r = db_.query(sql, p);
    std::vector<ComplianceFacts> out;
    while (r.next()) {
        ComplianceFacts f;
        f.unit_id = r.i64("unit_id");
        f.registered = r.i64("registered");
        f.evaluated = r.i64("evaluated");
        f.recognised = r.i64("recognised");
        f.proposed = r.i64("proposed");
        f.first_registered = r.opt_str("first_registered");
        f.first_evaluated = r.opt_str("first_evaluated");
        f.first_recognised = r.opt_str("first_recognised");
        f.first_proposed = r.opt_str("first_proposed");
        out.push_back(std::move(f));
    }
    return out;
}

std::vector<ReplicatedModel> ReportStore::replications(const domain::Scope& scope, int year)
{
    auto sc = scope_condition(scope, "m.unit_id");
    core::Params p{year};
    p.insert(p.end(), sc.params.begin(), sc.params.end());
    // ix_recognitions_year (year, level_id, unit_id) finds the year's recognitions.
    auto r = db_.query("SELECT x.*, lv.code AS level FROM ("
                       "SELECT m.id, m.year, m.title, m.kind, m.person_name, m.unit_name_at_registration,"
                       "       MIN(l.rank_order) AS top_rank"
                       "  FROM recognitions r"
                       "  JOIN levels l ON l.id = r.level_id"
                       "  JOIN models m ON m.id = r.model_id"
                       " WHERE r.year = ? AND " + sc.sql +
                       " GROUP BY m.id, m.year, m.title, m.kind, m.person_name, m.unit_name_at_registration) x"
                       " JOIN levels lv ON lv.rank_order = x.top_rank"
                       " ORDER BY x.top_rank, x.unit_name_at_registration, x.title, x.id",
                       p);
    std::vector<ReplicatedModel> out;
    std::map<int64_t, size_t> index;
    while (r.next()) {
        ReplicatedModel m;
        m.model_id = r.i64("id");
        m.year = r.i32("year");
        m.title = r.str("title");
        m.kind = r.str("kind");
        m.person_name = r.str("person_name");
        m.unit_name = r.str("unit_name_at_registration");
        m.level = r.str("level");
        index[m.model_id] = out.size();
        out.push_back(std::move(m));
    }
    if (out.empty()) return out;
    // From the year's recognitions to their models' replications (uq_replications starts with model_id).
    auto rp = db_.query("SELECT DISTINCT rp.id, rp.model_id, u.code, u.name, rp.year, rp.note"
                        "  FROM recognitions r"
                        "  JOIN models m ON m.id = r.model_id"
                        "  JOIN replications rp ON rp.model_id = r.model_id"
                        "  JOIN units u ON u.id = rp.unit_id"
                        " WHERE r.year = ? AND " + sc.sql + " ORDER BY rp.model_id, rp.year, u.name, rp.id",
                        p);
    while (rp.next()) {
        auto it = index.find(rp.i64("model_id"));
        if (it == index.end()) continue;
        out[it->second].replications.push_back({rp.str("code"), rp.str("name"), rp.i32("year"), rp.str("note")});
    }
    return out;
}

}  // namespace store
