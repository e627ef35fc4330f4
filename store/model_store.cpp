// Models and their indicators: register, find, edit, carry into the next year, list and search.
#include "store/model_store.h"

#include <map>
#include <sstream>
#include <stdexcept>

#include "core/json.h"
#include "domain/text.h"
#include "store/audit_store.h"
#include "store/scope_sql.h"

namespace store {

namespace {

const char* const kModelColumns =
    "SELECT m.id, m.year, m.unit_id, u.code AS unit_code, m.unit_name_at_registration AS unit_name,"
    "       l.code AS unit_level, m.title, m.kind, m.person_name, m.person_position, m.field_id,"
    "       f.code AS field_code, f.name_vi AS field_name_vi, f.name_en AS field_name_en,"
    "       DATE_FORMAT(m.start_date, '%Y-%m-%d') AS start_date, m.status, m.carried_from_id, m.created_by,"
    "       DATE_FORMAT(m.created_at, '%Y-%m-%d %H:%i:%s') AS created_at,"
    "       DATE_FORMAT(m.updated_at, '%Y-%m-%d %H:%i:%s') AS updated_at, m.version";

// The same columns with the join order fixed as written (models first), for the list and exports.
const std::string kModelColumnsStraight = std::string("SELECT STRAIGHT_JOIN") + (kModelColumns + 6);

const char* const kModelJoins =
    "  FROM models m"
    "  JOIN units u ON u.id = m.unit_id"
    "  JOIN levels l ON l.id = u.level_id"
    "  JOIN fields f ON f.id = m.field_id";

Model read_model(const core::Rows& r)
{
    Model m;
    m.id = r.i64("id");
    m.year = r.i32("year");
    m.unit_id = r.i64("unit_id");
    m.unit_code = r.str("unit_code");
    m.unit_name = r.str("unit_name");
    m.unit_level = r.str("unit_level");
    m.title = r.str("title");
    m.kind = r.str("kind");
    m.person_name = r.str("person_name");
    m.person_position = r.str("person_position");
    m.field_id = r.i64("field_id");
    m.field_code = r.str("field_code");
    m.field_name_vi = r.str("field_name_vi");
    m.field_name_en = r.str("field_name_en");
    m.start_date = r.opt_str("start_date");
    m.status = r.str("status");
    m.carried_from_id = r.opt_i64("carried_from_id");
    m.created_by = r.i64("created_by");
    m.created_at = r.str("created_at");
    m.updated_at = r.str("updated_at");
    m.version = r.i32("version");
    return m;
}

// The WHERE clause of the list and the exports: the scope first, then each filter that is set.
struct Where {
    std::string sql;
    core::Params params;
};

// The joins a filter needs. The page query always joins (it shows unit, level and field); the
// count joins only what its WHERE clause reads, so counting a year reads one index and nothing else.
std::string joins_for(const ModelFilter& f, bool all)
{
    std::string j = " FROM models m";
    if (all || !f.level.empty()) j += " JOIN units u ON u.id = m.unit_id JOIN levels l ON l.id = u.level_id";
    if (all || !f.field.empty()) j += " JOIN fields f ON f.id = m.field_id";
    return j;
}

Where list_where(const domain::Scope& scope, const ModelFilter& f)
{
    auto sc = scope_condition(scope, "m.unit_id");
    Where w{" WHERE " + sc.sql, sc.params};
    if (f.year) {
        w.sql += " AND m.year = ?";
        w.params.emplace_back(*f.year);
    }
    if (f.unit_id) {
        w.sql += " AND EXISTS (SELECT 1 FROM unit_closure fu WHERE fu.ancestor_id = ? AND fu.descendant_id = m.unit_id)";
        w.params.emplace_back(*f.unit_id);
    }
    // Each distinct SQL text becomes a prepared statement cached per connection; the text varies only
    // with which filters are present (a few dozen shapes at most), never with their values.
    if (!f.level.empty()) {
        w.sql += " AND l.code = ?";
        w.params.emplace_back(f.level);
    }
    if (!f.field.empty()) {
        w.sql += " AND f.code = ?";
        w.params.emplace_back(f.field);
    }
    // Present only when set: an always-true "(? = '' OR m.kind = ?)" makes the count read every row
    // of the year instead of the index (measured at national scale: 156 ms against 10 ms).
    if (!f.kind.empty()) {
        w.sql += " AND m.kind = ?";
        w.params.emplace_back(f.kind);
    }
    if (!f.status.empty()) {
        w.sql += " AND m.status = ?";
        w.params.emplace_back(f.status);
    }
    // Each word of the search must occur in the folded title, person or unit name, in any order;
    // up to five LIKE clauses, words past the fifth share the last one, in their order.
    constexpr size_t kSlots = 5;
    std::vector<std::string> slots;
    std::istringstream words(domain::fold_vietnamese(f.q));
    std::string word;
    for (size_t n = 0; words >> word && n < 32; ++n) {
        if (slots.size() < kSlots) slots.emplace_back();
        slots.back() += like_contains(word);
    }
    for (auto& pattern : slots) {
        w.sql += " AND m.search_folded LIKE ? ESCAPE '!'";
        w.params.emplace_back(pattern);
    }
    return w;
}

// Fixed ORDER BY strings: the user only picks one by name.
std::string order_by(const ModelFilter& f)
{
    std::string dir = f.dir == "desc" ? " DESC" : " ASC";
    std::string status_order = "FIELD(m.status";
    for (const auto& s : domain::model_statuses()) status_order += ", '" + s + "'";
    status_order += ")";
    static const std::map<std::string, std::string> first{
        {"title", "m.title"},   {"unit", "m.unit_name_at_registration"}, {"year", "m.year"},
        {"field", "f.sort_order"}, {"kind", "m.kind"},
    };
    std::string column;
    if (f.sort == "status") {
        column = status_order;
    } else if (auto it = first.find(f.sort); it != first.end()) {
        column = it->second;
    } else {
        column = "m.title";
    }
    if (column == "m.title") return " ORDER BY m.title" + dir + ", m.id" + dir;
    return " ORDER BY " + column + dir + ", m.title ASC, m.id ASC";
}

std::string folded_search_text(const domain::ModelDraft& d, const std::string& unit_name)
{
    return domain::fold_vietnamese(d.title + " " + d.person_name + " " + unit_name);
}

domain::ModelDraft draft_of(const Model& m)
{
    domain::ModelDraft d;
    d.year = m.year;
    d.unit_id = m.unit_id;
    d.title = m.title;
    d.kind = m.kind;
    d.person_name = m.person_name;
    d.person_position = m.person_position;
    d.field_id = m.field_id;
    d.field_code = m.field_code;
    d.summary = m.summary;
    d.content = m.content;
    d.start_date = m.start_date;
    for (const auto& i : m.indicators) d.indicators.push_back({i.name, i.unit_of_measure, domain::trim_decimal(i.target)});
    return d;
}

std::string changed_fields(const domain::ModelDraft& a, const domain::ModelDraft& b)
{
    std::vector<std::string> changed;
    if (a.year != b.year) changed.push_back("year");
    if (a.unit_id != b.unit_id) changed.push_back("unit");
    if (a.title != b.title) changed.push_back("title");
    if (a.kind != b.kind) changed.push_back("kind");
    if (a.person_name != b.person_name) changed.push_back("person_name");
    if (a.person_position != b.person_position) changed.push_back("person_position");
    if (a.field_id != b.field_id) changed.push_back("field");
    if (a.summary != b.summary) changed.push_back("summary");
    if (a.content != b.content) changed.push_back("content");
    if (a.start_date != b.start_date) changed.push_back("start_date");
    bool same_indicators = a.indicators.size() == b.indicators.size();
    for (size_t k = 0; same_indicators && k < a.indicators.size(); ++k) {
        const auto &x = a.indicators[k], &y = b.indicators[k];
        same_indicators = x.name == y.name && x.unit_of_measure == y.unit_of_measure && x.target == y.target;
    }
    if (!same_indicators) changed.push_back("indicators");
    std::string out;
    for (const auto& c : changed) out += (out.empty() ? "" : ",") + c;
    return out;
}

std::string unit_name(core::Db& db, int64_t unit_id)
{
    auto r = db.query("SELECT name FROM units WHERE id = ?", {unit_id});
    if (!r.next()) throw std::runtime_error("model for a unit that does not exist: " + std::to_string(unit_id));
    return r.str("name");
}

std::vector<ModelField> read_fields(core::Rows r)
{
    std::vector<ModelField> out;
    while (r.next()) out.push_back({r.i64("id"), r.str("code"), r.str("name_vi"), r.str("name_en")});
    return out;
}

}  // namespace

std::string like_contains(const std::string& text)
{
    std::string out = "%";
    for (char c : text) {
        if (c == '%' || c == '_' || c == '!') out += '!';
        out += c;
    }
    return out + "%";
}

std::string model_audit_json(const domain::ModelDraft& d, int version, const std::string& changed)
{
    core::JsonObject j;
    j.add("year", d.year).add("unit_id", d.unit_id).add("title", d.title).add("kind", d.kind);
    j.add("person_name", d.person_name).add("person_position", d.person_position).add("field", d.field_code);
    j.add("summary", d.summary).add("start_date", d.start_date).add("indicators", static_cast<int>(d.indicators.size()));
    j.add("version", version);
    if (!changed.empty()) j.add("changed", changed);
    return j.str();
}

std::vector<ModelField> ModelStore::active_fields()
{
    return read_fields(db_.query("SELECT id, code, name_vi, name_en FROM fields WHERE retired = 0 ORDER BY sort_order, id"));
}

std::vector<ModelField> ModelStore::all_fields()
{
    return read_fields(db_.query("SELECT id, code, name_vi, name_en FROM fields ORDER BY retired, sort_order, id"));
}

std::vector<ModelUnitChoice> ModelStore::units_in_scope(const domain::Scope& scope)
{
    auto sc = scope_condition(scope, "u.id");
    auto r = db_.query(
        "SELECT u.id, u.code, u.name, u.parent_id, l.code AS level FROM units u JOIN levels l ON l.id = u.level_id"
        " WHERE u.status = 'active' AND " + sc.sql + " ORDER BY l.rank_order, u.name",
        sc.params);
    struct Node {
        ModelUnitChoice unit;
        std::optional<int64_t> parent;
    };
    std::vector<Node> nodes;
    std::map<int64_t, size_t> index;
    while (r.next()) {
        index[r.i64("id")] = nodes.size();
        nodes.push_back({{r.i64("id"), r.str("code"), r.str("name"), r.str("level"), 0}, r.opt_i64("parent_id")});
    }
    // Parents before children: each root (a unit whose parent is not listed), then its subtree.
    std::multimap<int64_t, size_t> children;
    std::vector<size_t> roots;
    for (size_t k = 0; k < nodes.size(); ++k) {
        if (nodes[k].parent && index.count(*nodes[k].parent)) {
            children.emplace(*nodes[k].parent, k);
        } else {
            roots.push_back(k);
        }
    }
    std::vector<ModelUnitChoice> out;
    std::function<void(size_t, int)> walk = [&](size_t k, int depth) {
        nodes[k].unit.depth = depth;
        out.push_back(nodes[k].unit);
        auto range = children.equal_range(nodes[k].unit.id);
        for (auto it = range.first; it != range.second; ++it) walk(it->second, depth + 1);
    };
    for (size_t k : roots) walk(k, 0);
    return out;
}

std::optional<Model> ModelStore::find(const domain::Scope& scope, int64_t id)
{
    auto sc = scope_condition(scope, "m.unit_id");
    core::Params params{id};
    params.insert(params.end(), sc.params.begin(), sc.params.end());
    auto r = db_.query(std::string(kModelColumns) +
                           ", m.summary, m.content, cu.display_name AS created_by_name,"
                           " (SELECT MIN(c.id) FROM models c WHERE c.carried_from_id = m.id) AS carried_to_id" +
                           kModelJoins + " JOIN users cu ON cu.id = m.created_by WHERE m.id = ? AND " + sc.sql,
                       params);
    if (!r.next()) return std::nullopt;
    Model m = read_model(r);
    m.summary = r.str("summary");
    m.content = r.str("content");
    m.created_by_name = r.str("created_by_name");
    m.carried_to_id = r.opt_i64("carried_to_id");
    auto ind = db_.query(
        "SELECT position, name, unit_of_measure, target, achieved FROM model_indicators"
        " WHERE model_id = ? ORDER BY position",
        {id});
    while (ind.next())
        m.indicators.push_back({ind.i32("position"), ind.str("name"), ind.str("unit_of_measure"), ind.str("target"),
                                ind.opt_str("achieved")});
    return m;
}

ModelPage ModelStore::list(const domain::Scope& scope, const ModelFilter& f, int page, int per_page)
{
    Where w = list_where(scope, f);
    ModelPage out;
    // joins_for, list_where and order_by return fixed text chosen from the code; values are bound.
    auto count = db_.query("SELECT COUNT(*) AS n" + joins_for(f, false) + w.sql, w.params);
    count.next();
    out.total = count.i64("n");
    core::Params params = w.params;
    params.emplace_back(per_page);
    params.emplace_back(static_cast<long long>(std::max(page - 1, 0)) * per_page);
    // A deferred join: the page's ids come from a narrow query the (year, title) index answers in
    // order; only those rows are then read whole. Asked for everything at once, the optimizer
    // sorts the whole year in a temporary table instead (measured: 7 ms against 0.5 ms per page).
    bool needs_field = !f.field.empty() || f.sort == "field";
    std::string ids = "SELECT m.id" + joins_for(f, false) +
                      (needs_field && f.field.empty() ? " JOIN fields f ON f.id = m.field_id" : "") + w.sql + order_by(f) +
                      " LIMIT ? OFFSET ?";
    auto r = db_.query(std::string(kModelColumnsStraight) + " FROM (" + ids + ") page JOIN models m ON m.id = page.id" +
                           " JOIN units u ON u.id = m.unit_id JOIN levels l ON l.id = u.level_id"
                           " JOIN fields f ON f.id = m.field_id" +
                           order_by(f),
                       params);
    while (r.next()) out.rows.push_back(read_model(r));
    return out;
}

std::vector<Model> ModelStore::export_rows(const domain::Scope& scope, const ModelFilter& f, int cap)
{
    Where w = list_where(scope, f);
    core::Params params = w.params;
    params.emplace_back(cap);
    auto r = db_.query(std::string(kModelColumnsStraight) + ", m.summary" + joins_for(f, true) + w.sql + order_by(f) +
                           " LIMIT ?",
                       params);
    std::vector<Model> out;
    while (r.next()) {
        out.push_back(read_model(r));
        out.back().summary = r.str("summary");
    }
    return out;
}

void ModelStore::insert_indicators(int64_t model_id, const std::vector<domain::IndicatorDraft>& ind,
                                   const std::vector<ModelIndicator>& previous)
{
    for (size_t k = 0; k < ind.size(); ++k) {
        // An achieved value already recorded stays with the indicator at the same position.
        std::optional<std::string> achieved;
        for (const auto& p : previous)
            if (p.position == static_cast<int>(k + 1)) achieved = p.achieved;
        db_.exec(
            "INSERT INTO model_indicators (model_id, position, name, unit_of_measure, target, achieved)"
            " VALUES (?, ?, ?, ?, ?, ?)",
            {model_id, static_cast<int>(k + 1), ind[k].name, ind[k].unit_of_measure, ind[k].target, achieved});
    }
}

int64_t ModelStore::create(const domain::ModelDraft& d, const ModelActor& by, const std::string& action,
                           std::optional<int64_t> carried_from)
{
    std::string unit = unit_name(db_, d.unit_id);
    int64_t id = db_.insert(
        "INSERT INTO models (year, unit_id, unit_name_at_registration, title, kind, person_name, person_position,"
        " field_id, summary, content, start_date, status, carried_from_id, search_folded, created_by)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        {d.year, d.unit_id, unit, d.title, d.kind, d.person_name, d.person_position, d.field_id, d.summary, d.content,
         d.start_date, domain::kStatusRegistered, carried_from, folded_search_text(d, unit), by.user_id});
    insert_indicators(id, d.indicators, {});
    AuditStore(db_).append({by.user_id, by.remote_addr, action, "model", id, std::nullopt, model_audit_json(d, 1)});
    return id;
}

bool ModelStore::update(const Model& before, int expected_version, const domain::ModelDraft& d, const ModelActor& by)
{
    // The name of the time stays, unless the model is moved to another unit.
    std::string unit = d.unit_id == before.unit_id ? before.unit_name : unit_name(db_, d.unit_id);
    auto changed = db_.exec(
        "UPDATE models SET year = ?, unit_id = ?, unit_name_at_registration = ?, title = ?, kind = ?, person_name = ?,"
        " person_position = ?, field_id = ?, summary = ?, content = ?, start_date = ?, search_folded = ?,"
        " version = version + 1 WHERE id = ? AND version = ?",
        {d.year, d.unit_id, unit, d.title, d.kind, d.person_name, d.person_position, d.field_id, d.summary, d.content,
         d.start_date, folded_search_text(d, unit), before.id, expected_version});
    if (changed == 0) return false;
    db_.exec("DELETE FROM model_indicators WHERE model_id = ?", {before.id});
    insert_indicators(before.id, d.indicators, before.indicators);
    domain::ModelDraft old = draft_of(before);
    AuditStore(db_).append({by.user_id, by.remote_addr, "model.update", "model", before.id,
                            model_audit_json(old, expected_version),
                            model_audit_json(d, expected_version + 1, changed_fields(old, d))});
    return true;
}

int64_t ModelStore::carry_forward(const Model& from, const ModelActor& by)
{
    // Two carries of one model at once (two tabs) queue on the model's row; the second finds the
    // first's copy (a locking read sees what was committed) and leads to it instead of a second copy.
    db_.query("SELECT id FROM models WHERE id = ? FOR UPDATE", {from.id});
    auto carried = db_.query("SELECT MIN(id) AS id FROM models WHERE carried_from_id = ? LOCK IN SHARE MODE", {from.id});
    if (carried.next()) {
        if (auto id = carried.opt_i64("id")) return *id;
    }
    domain::ModelDraft d = draft_of(from);
    d.year = from.year + 1;
    int64_t id = create(d, by, "model.carry", from.id);
    AuditStore(db_).append({by.user_id, by.remote_addr, "model.carried", "model", from.id, std::nullopt,
                            core::JsonObject().add("year", d.year).add("model_id", id).str()});
    return id;
}

}  // namespace store
