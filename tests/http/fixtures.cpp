// Records the HTTP tests make straight in the database.
#include "tests/http/fixtures.h"

#include <unistd.h>

#include <stdexcept>

#include "tests/http/http_client.h"

namespace test {

int64_t scalar(const std::string& sql, const core::Params& p)
{
    auto r = db().query(sql, p);
    if (!r.next()) throw std::runtime_error("no row: " + sql);
    return r.i64("v");
}

std::string scalar_str(const std::string& sql, const core::Params& p)
{
    auto r = db().query(sql, p);
    if (!r.next()) throw std::runtime_error("no row: " + sql);
    return r.str("v");
}

int64_t unit_id(const std::string& code) { return scalar("SELECT id AS v FROM units WHERE code = ?", {code}); }

int64_t admin_id() { return scalar("SELECT id AS v FROM users WHERE login = 'admin'"); }

int64_t add_commune(const std::string& code, const std::string& name, const std::string& parent_code)
{
    int64_t parent = unit_id(parent_code);
    int64_t id = db().insert("INSERT INTO units (code, name, kind, level_id, parent_id) VALUES (?, ?, 'commune', 3, ?)",
                             {code, name, parent});
    db().exec("INSERT INTO unit_closure (ancestor_id, descendant_id, depth) VALUES (?, ?, 0)", {id, id});
    db().exec("INSERT INTO unit_closure (ancestor_id, descendant_id, depth)"
              " SELECT ancestor_id, ?, depth + 1 FROM unit_closure WHERE descendant_id = ?",
              {id, parent});
    db().exec("INSERT INTO unit_names (unit_id, name, valid_from) VALUES (?, ?, '2000-01-01')", {id, name});
    return id;
}

int64_t add_model(const std::string& unit_code, int year, const std::string& title)
{
    int64_t id = db().insert(
        "INSERT INTO models (year, unit_id, unit_name_at_registration, title, kind, field_id, summary, content, created_by)"
        " VALUES (?, ?, 'Đơn vị', ?, 'collective', 1, 'Tóm tắt', 'Nội dung', ?)",
        {year, unit_id(unit_code), title, admin_id()});
    db().exec("INSERT INTO model_indicators (model_id, position, name, unit_of_measure, target) VALUES (?, 1, 'Số hộ', 'hộ', 40)",
              {id});
    return id;
}

int64_t add_evaluated_model(const std::string& unit_code, int year, const std::string& title)
{
    int64_t model = add_model(unit_code, year, title);
    db().exec("INSERT INTO evaluations (model_id, rating, comment, evaluated_by) VALUES (?, 'good', 'Tốt', ?)", {model, admin_id()});
    db().exec("UPDATE models SET status = 'evaluated' WHERE id = ?", {model});
    return model;
}

int64_t add_recognised_model(const std::string& unit_code, int year, const std::string& title)
{
    int64_t unit = unit_id(unit_code);
    int64_t level = scalar("SELECT level_id AS v FROM units WHERE id = ?", {unit});
    int64_t model = add_evaluated_model(unit_code, year, title);
    int64_t decision = db().insert(
        "INSERT INTO recognition_decisions (unit_id, issuing_unit_name, level_id, year, decision_number, decision_date,"
        " signer_name, signer_title, created_by) VALUES (?, 'Đơn vị', ?, ?, ?, '2026-01-10', 'Ký', 'Bí thư', ?)",
        {unit, level, year, "T-" + std::to_string(model), admin_id()});
    db().exec("INSERT INTO recognitions (decision_id, model_id, unit_id, level_id, year) VALUES (?, ?, ?, ?, ?)",
              {decision, model, unit, level, year});
    db().exec("UPDATE models SET status = 'recognised' WHERE id = ?", {model});
    return model;
}

int64_t add_proposal(const std::string& unit_code, int year, const std::string& state)
{
    int64_t unit = unit_id(unit_code);
    int64_t parent = scalar("SELECT parent_id AS v FROM units WHERE id = ?", {unit});
    int64_t model = add_recognised_model(unit_code, year, "Mô hình thử " + std::to_string(getpid()) + " " + state);
    // The model's status as the proposal's moves leave it (store::ProposalStore::move).
    bool draft = state == "draft";
    std::string status = draft || state == "not_recognised" ? "recognised"
                         : state == "recognised"            ? "recognised_above"
                                                            : "proposed";
    db().exec("UPDATE models SET status = ? WHERE id = ?", {status, model});
    return db().insert(
        "INSERT INTO proposals (model_id, from_unit_id, to_unit_id, year, state, justification, created_by, submitted_at)"
        " VALUES (?, ?, ?, ?, ?, 'Tiêu biểu', ?, IF(?, NULL, NOW()))",
        {model, unit, parent, year, state, admin_id(), draft});
}

}  // namespace test
