// The registration form, shared by "register" (new/create) and "edit" (edit/update).
#include "cgi-bin/models/form.h"

#include <ctemplate/template.h>

#include "cgi-bin/models/pages.h"
#include "core/render.h"

namespace models_ui {

ModelFormView read_model_form(const core::Request& req)
{
    ModelFormView f;
    auto v = [&](const char* name) { return req.form(name).value_or(""); };
    f.unit = v("unit");
    f.version = v("version");
    f.input.year = v("year");
    f.input.title = v("title");
    f.input.kind = v("kind");
    f.input.field = v("field");
    f.input.person_name = v("person_name");
    f.input.person_position = v("person_position");
    f.input.summary = v("summary");
    f.input.content = v("content");
    f.input.start_date = v("start_date");
    for (int k = 0; k < domain::kMaxIndicators + 10; ++k) {
        std::string n = std::to_string(k);
        auto name = req.form("indicator_name_" + n);
        if (!name) break;
        f.input.indicators.push_back({*name, req.form("indicator_unit_" + n).value_or(""),
                                      req.form("indicator_target_" + n).value_or("")});
    }
    return f;
}

ModelFormView form_from_model(const store::Model& m, const core::Context& ctx)
{
    ModelFormView f;
    f.model_id = m.id;
    f.action = "/models/" + std::to_string(m.id);
    f.unit = std::to_string(m.unit_id);
    f.version = std::to_string(m.version);
    f.input.year = std::to_string(m.year);
    f.input.title = m.title;
    f.input.kind = m.kind;
    f.input.field = m.field_code;
    f.input.person_name = m.person_name;
    f.input.person_position = m.person_position;
    f.input.summary = m.summary;
    f.input.content = m.content;
    f.input.start_date = m.start_date ? core::format_date(*m.start_date) : "";
    for (const auto& i : m.indicators) f.input.indicators.push_back({i.name, i.unit_of_measure, show_decimal(ctx, i.target)});
    return f;
}

std::map<std::string, int64_t> field_ids(store::ModelStore& models)
{
    std::map<std::string, int64_t> ids;
    for (const auto& f : models.active_fields()) ids[f.code] = f.id;
    return ids;
}

namespace {

std::string upper(std::string s)
{
    for (char& c : s) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    return s;
}

// The units a user may register for: admins every unit, commission staff their own, others their
// subtree; an edited model's current unit stays choosable.
std::vector<store::ModelUnitChoice> writable_units(core::Context& ctx, const std::string& current)
{
    store::ModelStore models(ctx.db());
    auto role = role_of(ctx);
    std::vector<store::ModelUnitChoice> all = models.units_in_scope(scope_of(ctx)), out;
    for (const auto& u : all)
        if (role != domain::Role::CommissionStaff || u.id == ctx.user().unit_id) out.push_back(u);
    if (!current.empty() && std::none_of(out.begin(), out.end(), [&](const auto& u) { return std::to_string(u.id) == current; })) {
        for (const auto& u : store::ModelStore(ctx.db()).units_in_scope(domain::Scope{true, 0, domain::Role::Admin}))
            if (std::to_string(u.id) == current && may_write_unit(ctx, u.id)) out.push_back(u);
    }
    return out;
}

void fill_model_form(ctemplate::TemplateDictionary& dict, const ModelFormView& f, int extra_rows, core::Context& ctx)
{
    store::ModelStore models(ctx.db());
    dict.SetValue("ACTION", f.action);
    dict.SetValue("VERSION", f.version);
    if (f.model_id) {
        dict.SetValueAndShowSection("MODEL_ID", std::to_string(f.model_id), "EDITING");
    } else {
        dict.ShowSection("CREATING");
    }
    if (!f.notice_key.empty()) dict.SetValueAndShowSection("NOTICE", ctx.t(f.notice_key), "HAS_NOTICE");
    if (f.admin_override) dict.ShowSection("ADMIN_OVERRIDE");
    if (!f.errors.empty()) dict.ShowSection("HAS_ERRORS");

    const auto& in = f.input;
    dict.SetValue("YEAR", in.year);
    dict.SetValue("TITLE", in.title);
    dict.SetValue("PERSON_NAME", in.person_name);
    dict.SetValue("PERSON_POSITION", in.person_position);
    dict.SetValue("SUMMARY", in.summary);
    dict.SetValue("CONTENT", in.content);
    dict.SetValue("START_DATE", in.start_date);
    for (const auto& u : writable_units(ctx, f.unit)) {
        auto* o = dict.AddSectionDictionary("UNIT_OPTION");
        o->SetValue("VALUE", std::to_string(u.id));
        o->SetValue("LABEL", std::string(static_cast<size_t>(u.depth) * 2, '.') + u.name);
        if (std::to_string(u.id) == f.unit) o->ShowSection("SELECTED");
    }
    for (const auto& k : domain::model_kinds()) {
        auto* o = dict.AddSectionDictionary("KIND_OPTION");
        o->SetValue("VALUE", k);
        o->SetValue("LABEL", kind_label(ctx, k));
        if (k == in.kind) o->ShowSection("CHECKED");
    }
    for (const auto& fl : models.active_fields()) {
        auto* o = dict.AddSectionDictionary("FIELD_OPTION");
        o->SetValue("VALUE", fl.code);
        o->SetValue("LABEL", field_name(ctx, fl.name_vi, fl.name_en));
        if (fl.code == in.field) o->ShowSection("SELECTED");
    }

    // Errors next to their fields: TITLE_ERROR in section TITLE_HAS_ERROR, and so on.
    for (const auto& e : f.errors) {
        if (e.field.rfind("indicator.", 0) == 0) continue;
        std::string name = upper(e.field);
        dict.SetValueAndShowSection(name + "_ERROR", ctx.t(e.key, e.args), name + "_HAS_ERROR");
    }

    size_t rows = std::max(in.indicators.size(), static_cast<size_t>(domain::kFormIndicatorRows)) +
                  static_cast<size_t>(std::max(extra_rows, 0));
    rows = std::min(rows, static_cast<size_t>(domain::kMaxIndicators));
    for (size_t k = 0; k < rows; ++k) {
        auto* r = dict.AddSectionDictionary("INDICATOR");
        r->SetValue("N", std::to_string(k));
        r->SetValue("NUMBER", std::to_string(k + 1));
        if (k < in.indicators.size()) {
            r->SetValue("NAME", in.indicators[k].name);
            r->SetValue("UNIT", in.indicators[k].unit_of_measure);
            r->SetValue("TARGET", in.indicators[k].target);
        }
        for (const auto& e : f.errors)
            if (e.field == "indicator." + std::to_string(k))
                r->SetValueAndShowSection("ROW_ERROR", ctx.t(e.key, e.args), "ROW_HAS_ERROR");
    }
    if (rows < static_cast<size_t>(domain::kMaxIndicators)) dict.ShowSection("CAN_ADD_ROWS");
}

}  // namespace

void render_model_form(core::Response& res, core::Context& ctx, const ModelFormView& form, int status, int extra_rows)
{
    ctemplate::TemplateDictionary dict("models/form");
    fill_model_form(dict, form, extra_rows, ctx);
    res.set_status(status);
    res.render("models/form.tpl", dict, form.model_id ? "T_M_EDIT" : "T_M_NEW");
}

}  // namespace models_ui
