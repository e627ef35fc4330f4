// Bulk registration from CSV: the form and its rules (GET /models/import), a template to fill in
// (GET /models/import/template.csv) and the upload (POST /models/import), all rows or none.
#include <ctemplate/template.h>

#include <algorithm>

#include "cgi-bin/models/form.h"
#include "cgi-bin/models/pages.h"
#include "core/render.h"
#include "domain/csv.h"
#include "domain/model_import.h"
#include "store/form_submission_store.h"

namespace {

struct ImportOutcome {
    std::string error_key;                          // the file as a whole is unusable
    std::vector<domain::ImportProblem> problems;    // bad rows
    std::vector<store::MadeModel> created;
};

// Units a user may register for, by code: admins every unit, commission staff their own, others
// their subtree (see domain::may_write_unit).
std::map<std::string, int64_t> writable_unit_codes(core::Context& ctx)
{
    std::map<std::string, int64_t> out;
    auto role = models_ui::role_of(ctx);
    for (const auto& u : store::ModelStore(ctx.db()).units_in_scope(models_ui::scope_of(ctx)))
        if (role != domain::Role::CommissionStaff || u.id == ctx.user().unit_id) out[u.code] = u.id;
    return out;
}

void fill_import(ctemplate::TemplateDictionary& dict, const ImportOutcome& outcome, core::Context& ctx)
{
    std::string required, optional;
    for (const auto& c : domain::import_required_columns()) required += (required.empty() ? "" : ",") + c;
    for (const auto& c : domain::import_optional_columns()) optional += (optional.empty() ? "" : ",") + c;
    dict.SetValue("REQUIRED_COLUMNS", required);
    dict.SetValue("OPTIONAL_COLUMNS", optional);
    dict.SetValue("MAX_ROWS", core::format_number(static_cast<long long>(domain::kMaxImportRows), ctx.lang()));
    for (const auto& f : store::ModelStore(ctx.db()).active_fields()) {
        auto* r = dict.AddSectionDictionary("FIELD_CODE");
        r->SetValue("CODE", f.code);
        r->SetValue("NAME", models_ui::field_name(ctx, f.name_vi, f.name_en));
    }
    for (const auto& k : domain::model_kinds()) {
        auto* r = dict.AddSectionDictionary("KIND_CODE");
        r->SetValue("CODE", k);
        r->SetValue("NAME", models_ui::kind_label(ctx, k));
    }
    for (const auto& [code, id] : writable_unit_codes(ctx)) {
        auto* r = dict.AddSectionDictionary("UNIT_CODE");
        r->SetValue("CODE", code);
    }

    if (!outcome.error_key.empty()) dict.SetValueAndShowSection("FILE_ERROR", ctx.t(outcome.error_key), "FILE_HAS_ERROR");
    if (!outcome.problems.empty()) {
        auto* report = dict.AddSectionDictionary("REPORT");
        report->SetValue("PROBLEM_COUNT", std::to_string(outcome.problems.size()));
        for (const auto& p : outcome.problems) {
            auto* r = report->AddSectionDictionary("PROBLEM");
            r->SetValue("LINE", std::to_string(p.line));
            r->SetValue("COLUMN", p.column.empty() ? "—" : p.column);
            r->SetValue("MESSAGE", ctx.t(p.key, p.args));
        }
    }
    if (!outcome.created.empty()) {
        auto* done = dict.AddSectionDictionary("CREATED");
        done->SetValue("CREATED_COUNT", std::to_string(outcome.created.size()));
        for (const auto& m : outcome.created) {
            auto* r = done->AddSectionDictionary("MODEL");
            r->SetValue("ID", std::to_string(m.id));
            r->SetValue("LINE", std::to_string(m.line));
            r->SetValue("YEAR", std::to_string(m.year));
            r->SetValue("UNIT_CODE", m.unit_code);
            r->SetValue("TITLE", m.title);
        }
    } else {
        dict.ShowSection("SHOW_FORM");
    }
}

void render_import(core::Response& res, core::Context& ctx, const ImportOutcome& outcome, int status)
{
    ctemplate::TemplateDictionary dict("models/import");
    fill_import(dict, outcome, ctx);
    res.set_status(status);
    res.render("models/import.tpl", dict, "T_M_IMPORT");
}

}  // namespace

// The upload form with the file's rules: columns, kinds, field codes, the user's unit codes.
// Query: done (the key of one of the user's imports: the models it made, when the same upload was
// sent twice; see store::FormOnce).
void import_form_page(const core::Request& req, core::Response& res, core::Context& ctx)
{
    ImportOutcome outcome;
    // Keys are 32 lowercase hex digits (store::FormOnce::key); anything else made nothing, and must not
    // reach the ascii_bin key column (a non-ASCII value there is a collation error, answered 500).
    auto key = req.query("done");
    bool well_formed = key && key->size() == 32 && std::all_of(key->begin(), key->end(), [](char c) {
                           return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f');
                       });
    if (well_formed) outcome.created = store::models_made(ctx.db(), models_ui::scope_of(ctx), *key, ctx.user().id);
    render_import(res, ctx, outcome, 200);
}

// A file to fill in: the header and two example rows (UTF-8 with BOM, so Excel shows Vietnamese).
void import_template_csv(const core::Request&, core::Response& res, core::Context& ctx)
{
    std::string unit = ctx.user().unit_code;
    std::string out = domain::kUtf8Bom;
    out += domain::csv_line({"year", "unit_code", "title", "kind", "field", "person_name", "summary", "person_position",
                             "content", "start_date"});
    out += domain::csv_line({"2026", unit, "Mỗi chi bộ giúp đỡ một hộ thoát nghèo bền vững", "collective", "economy", "",
                             "Chi bộ nhận đỡ đầu hộ nghèo, hỗ trợ giống, vốn và kỹ thuật", "",
                             "Khảo sát hộ nghèo; phân công đảng viên phụ trách; đánh giá hằng quý", "01/03/2026"});
    out += domain::csv_line({"2026", unit, "Dân vận khéo trong vận động đồng bào tôn giáo", "individual",
                             "political_system", "Nguyễn Văn An", "Vận động bà con giáo xứ tham gia xây dựng nông thôn mới",
                             "Bí thư chi bộ", "", ""});
    res.attachment("text/csv; charset=utf-8", "models-import-template.csv", std::move(out));
}

// Registers every row of an uploaded CSV file, or none. Multipart form: file, csrf_token, form_nonce.
// A file with any bad row changes nothing and gets the list of problems (line, column, reason) with
// 422. One audit row per model created ("model.import"), so each model's history says where it came
// from. The same upload sent again leads to the list of what it made (/models/import?done=KEY).
void import_submit(const core::Request& req, core::Response& res, core::Context& ctx)
{
    store::FormOnce once(ctx.db(), req.form_nonce(), req.path(), ctx.user().id);
    if (auto done = once.already_saved()) {
        res.flash(done->flash);
        return res.redirect(done->location);
    }
    ImportOutcome outcome;
    const core::UploadedFile* file = nullptr;
    for (const auto& f : req.files())
        if (f.field == "file") file = &f;
    if (!file || file->data.empty()) {
        outcome.error_key = "E_MODEL_IMPORT_NO_FILE";
        return render_import(res, ctx, outcome, 422);
    }
    if (!core::valid_utf8(file->data)) {
        outcome.error_key = "E_MODEL_IMPORT_ENCODING";
        return render_import(res, ctx, outcome, 422);
    }

    store::ModelStore models(ctx.db());
    domain::ImportLookups lookups{writable_unit_codes(ctx), models_ui::field_ids(models)};
    auto check = domain::check_import(domain::parse_csv(file->data), lookups, core::parse_date);
    if (!check.ok()) {
        outcome.problems = check.problems;
        return render_import(res, ctx, outcome, 422);
    }

    auto actor = models_ui::actor_of(req, ctx);
    auto saved = once.save("", [&]() -> std::optional<std::string> {
        for (const auto& row : check.rows) {
            int64_t id = models.create(row.draft, actor, "model.import");
            once.remember_model(row.line, id);
            outcome.created.push_back({row.line, id, row.draft.year, row.unit_code, row.draft.title});
        }
        return "/models/import?done=" + once.key();
    });
    if (saved->repeated) {
        res.flash(saved->flash);
        return res.redirect(saved->location);
    }
    render_import(res, ctx, outcome, 200);
}
