// The recognition lists and the proposals a unit sent up, for screens, paper and exports.
#include "store/recognition_list_store.h"

#include "store/scope_sql.h"

namespace store {

namespace {

// The name a unit (column `unit`) had on a date (column `on`): the latest name that began by then.
std::string name_then(const std::string& unit, const std::string& on)
{
    return "(SELECT n.name FROM unit_names n WHERE n.unit_id = " + unit + " AND n.valid_from <= " + on +
           " ORDER BY n.valid_from DESC, n.id DESC LIMIT 1)";
}

const std::string& recognition_select()
{
    static const std::string sql =
        "SELECT r.id, r.model_id, r.year, r.position, l.code AS level, l.rank_order,"
        "       m.title, m.kind, m.person_name, m.person_position, m.unit_name_at_registration, mu.code AS unit_code,"
        "       m.status, f.code AS field_code, f.name_vi, f.name_en,"
        "       d.id AS decision_id, d.unit_id AS issuing_unit_id, d.issuing_unit_name, d.decision_number,"
        "       DATE_FORMAT(d.decision_date, '%Y-%m-%d') AS decision_date, d.signer_name, d.signer_title,"
        "       COALESCE(" + name_then("iu.parent_id", "d.decision_date") + ", pu.name, '') AS issuing_parent_name"
        "  FROM recognitions r"
        "  JOIN recognition_decisions d ON d.id = r.decision_id"
        "  JOIN levels l ON l.id = r.level_id"
        "  JOIN models m ON m.id = r.model_id"
        "  JOIN units mu ON mu.id = m.unit_id"
        "  JOIN fields f ON f.id = m.field_id"
        "  JOIN units iu ON iu.id = d.unit_id"
        "  LEFT JOIN units pu ON pu.id = iu.parent_id";
    return sql;
}

ListedRecognition recognition_from(const core::Rows& r)
{
    ListedRecognition x;
    x.id = r.i64("id");
    x.model_id = r.i64("model_id");
    x.year = r.i32("year");
    x.position = r.i32("position");
    x.level = r.str("level");
    x.level_rank = r.i32("rank_order");
    x.title = r.str("title");
    x.kind = r.str("kind");
    x.person_name = r.str("person_name");
    x.person_position = r.str("person_position");
    x.unit_name = r.str("unit_name_at_registration");
    x.unit_code = r.str("unit_code");
    x.status = r.str("status");
    x.field_code = r.str("field_code");
    x.field_name_vi = r.str("name_vi");
    x.field_name_en = r.str("name_en");
    x.decision_id = r.i64("decision_id");
    x.issuing_unit_id = r.i64("issuing_unit_id");
    x.issuing_unit_name = r.str("issuing_unit_name");
    x.issuing_parent_name = r.str("issuing_parent_name");
    x.decision_number = r.str("decision_number");
    x.decision_date = r.str("decision_date");
    x.signer_name = r.str("signer_name");
    x.signer_title = r.str("signer_title");
    return x;
}

}  // namespace

std::vector<ListedRecognition> RecognitionListStore::list(const domain::Scope& scope, const RecognitionListFilter& f, int cap)
{
    auto sc = scope_condition(scope, "m.unit_id");
    // Only the year and the decision change the text (each served by an index); the rest are values.
    std::string sql = recognition_select() + " WHERE " + sc.sql;
    core::Params p = sc.params;
    if (f.decision_id) {
        sql += " AND r.decision_id = ?";  // ix_recognitions_decision
        p.emplace_back(*f.decision_id);
    }
    if (f.year) {
        sql += " AND r.year = ?";  // ix_recognitions_year
        p.emplace_back(*f.year);
    }
    sql += " AND (? = '' OR l.code = ?) AND (? = '' OR m.kind = ?)"
           " AND (? = 0 OR EXISTS (SELECT 1 FROM unit_closure fc WHERE fc.ancestor_id = ? AND fc.descendant_id = m.unit_id))"
           " ORDER BY r.year, l.rank_order, d.decision_date, d.id, FIELD(m.kind, 'collective', 'individual'),"
           "          r.position, m.title, r.id LIMIT ?";
    p.insert(p.end(), {f.level, f.level, f.kind, f.kind, f.unit_id.value_or(0), f.unit_id.value_or(0), cap});
    auto r = db_.query(sql, p);
    std::vector<ListedRecognition> out;
    while (r.next()) out.push_back(recognition_from(r));
    return out;
}

std::optional<ListedRecognition> RecognitionListStore::find(const domain::Scope& scope, int64_t id)
{
    auto sc = scope_condition(scope, "m.unit_id");
    core::Params p{id};
    p.insert(p.end(), sc.params.begin(), sc.params.end());
    auto r = db_.query(recognition_select() + " WHERE r.id = ? AND " + sc.sql, p);
    if (!r.next()) return std::nullopt;
    return recognition_from(r);
}

std::string RecognitionListStore::unit_name_on(int64_t unit_id, const std::string& date)
{
    // name_then builds a fixed subquery around the given column and placeholder.
    auto r = db_.query("SELECT COALESCE(" + name_then("u.id", "?") + ", u.name) AS name FROM units u WHERE u.id = ?",
                       {date, unit_id});
    return r.next() ? r.str("name") : std::string();
}

SentProposals RecognitionListStore::proposals_sent(const domain::Scope& scope, int64_t from_unit, int year)
{
    SentProposals out;
    out.from_unit_id = from_unit;
    std::string year_end = std::to_string(year) + "-12-31";
    auto u = db_.query("SELECT u.id, u.parent_id, l.code AS parent_level FROM units u"
                       "  LEFT JOIN units p ON p.id = u.parent_id LEFT JOIN levels l ON l.id = p.level_id"
                       " WHERE u.id = ?",
                       {from_unit});
    if (!u.next()) return out;
    out.from_unit_name = unit_name_on(from_unit, year_end);
    if (auto parent = u.opt_i64("parent_id")) {
        out.to_unit_id = *parent;
        out.to_unit_name = unit_name_on(*parent, year_end);
        out.from_parent_name = out.to_unit_name;
        out.to_level = u.opt_str("parent_level").value_or("");
    }

    auto sc = scope_condition(scope, "m.unit_id");
    core::Params p{from_unit, year};
    p.insert(p.end(), sc.params.begin(), sc.params.end());
    // ix_proposals_outbox (from_unit_id, year, state).
    auto r = db_.query(
        "SELECT pr.id, pr.model_id, pr.year, pr.state, pr.justification,"
        "       DATE_FORMAT(pr.submitted_at, '%Y-%m-%d') AS submitted_at, pr.to_unit_id,"
        "       m.title, m.kind, m.person_name, m.person_position, m.unit_name_at_registration,"
        "       f.code AS field_code, f.name_vi, f.name_en,"
        "       COALESCE(d.decision_number, '') AS own_number,"
        "       COALESCE(DATE_FORMAT(d.decision_date, '%Y-%m-%d'), '') AS own_date"
        "  FROM proposals pr"
        "  JOIN models m ON m.id = pr.model_id"
        "  JOIN fields f ON f.id = m.field_id"
        "  JOIN units fu ON fu.id = pr.from_unit_id"
        "  LEFT JOIN recognitions ro ON ro.model_id = m.id AND ro.level_id = fu.level_id"
        "  LEFT JOIN recognition_decisions d ON d.id = ro.decision_id"
        " WHERE pr.from_unit_id = ? AND pr.year = ?"
        "   AND pr.state IN ('submitted', 'returned', 'recognised', 'not_recognised') AND " + sc.sql +
        " ORDER BY FIELD(m.kind, 'collective', 'individual'), m.title, pr.id",
        p);
    while (r.next()) {
        SentProposal x;
        x.id = r.i64("id");
        x.model_id = r.i64("model_id");
        x.year = r.i32("year");
        x.state = r.str("state");
        x.justification = r.str("justification");
        x.submitted_at = r.opt_str("submitted_at");
        x.title = r.str("title");
        x.kind = r.str("kind");
        x.person_name = r.str("person_name");
        x.person_position = r.str("person_position");
        x.unit_name = r.str("unit_name_at_registration");
        x.field_code = r.str("field_code");
        x.field_name_vi = r.str("name_vi");
        x.field_name_en = r.str("name_en");
        x.own_decision_number = r.str("own_number");
        x.own_decision_date = r.str("own_date");
        out.rows.push_back(std::move(x));
    }
    return out;
}

}  // namespace store
