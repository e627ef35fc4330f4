// The unit hierarchy: the tree of every unit (/admin/units) and a new unit (/admin/units/new).
#include <ctemplate/template.h>

#include "cgi-bin/admin/pages.h"
#include "domain/units.h"
#include "store/form_submission_store.h"

namespace {

struct UnitForm {
    std::string code, name, kind;
    std::optional<long long> level_id, parent_id;
};

void fill_unit_list(ctemplate::TemplateDictionary& dict, const std::vector<store::Unit>& units, core::Context& ctx)
{
    for (auto [u, depth] : admin::in_tree_order(units)) {
        auto* row = dict.AddSectionDictionary("UNIT");
        row->SetIntValue("ID", u->id);
        row->SetValue("CODE", u->code);
        row->SetValue("NAME", u->name);
        row->SetIntValue("DEPTH", depth);
        row->SetValue("KIND", ctx.t("ADM_KIND_" + u->kind));
        row->SetValue("LEVEL", ctx.t("ADM_LEVEL_" + u->level));
        row->SetValue("STATUS", ctx.t("ADM_STATUS_" + u->status));
        if (u->status != "active") row->ShowSection("INACTIVE");
        if (u->merged_into_id) {
            auto* m = row->AddSectionDictionary("MERGED");
            m->SetIntValue("MERGED_ID", *u->merged_into_id);
            m->SetValue("MERGED_CODE", u->merged_into_code);
        }
    }
    dict.SetIntValue("UNIT_COUNT", static_cast<long>(units.size()));
}

void render_unit_form(core::Response& res, core::Context& ctx, const UnitForm& form, const admin::Errors& errors)
{
    ctemplate::TemplateDictionary dict("admin/unit_new");
    admin::fill_admin_header(dict, ctx);
    store::UnitStore units(ctx.db());
    dict.SetValue("CODE", form.code);
    dict.SetValue("NAME", form.name);
    for (const auto& k : domain::unit_kinds()) {
        auto* o = dict.AddSectionDictionary("KIND_OPTION");
        o->SetValue("VALUE", k);
        o->SetValue("LABEL", ctx.t("ADM_KIND_" + k));
        if (k == form.kind) o->ShowSection("SELECTED");
    }
    for (const auto& l : units.levels()) {
        auto* o = dict.AddSectionDictionary("LEVEL_OPTION");
        o->SetIntValue("VALUE", l.id);
        o->SetValue("LABEL", ctx.t("ADM_LEVEL_" + l.code));
        if (form.level_id && *form.level_id == l.id) o->ShowSection("SELECTED");
    }
    admin::fill_unit_options(dict, "PARENT_OPTION", units.list(),
                             form.parent_id ? std::optional<int64_t>(*form.parent_id) : std::nullopt);
    admin::fill_errors(dict, errors, ctx);
    res.set_status(errors.empty() ? 200 : 422);
    res.render("admin/unit_new.tpl", dict, "T_ADM_UNIT_NEW");
}

}  // namespace

// Every unit as a tree, with code, name, kind, level and status; printable.
void unit_list_page(const core::Request&, core::Response& res, core::Context& ctx)
{
    auto units = store::UnitStore(ctx.db()).list();
    ctemplate::TemplateDictionary dict("admin/units");
    admin::fill_admin_header(dict, ctx);
    fill_unit_list(dict, units, ctx);
    res.render("admin/units.tpl", dict, "T_ADM_UNITS");
}

// The form for a new unit. Query: parent (a unit id to preselect).
void unit_new_page(const core::Request& req, core::Response& res, core::Context& ctx)
{
    UnitForm form;
    form.parent_id = req.query_int("parent");
    render_unit_form(res, ctx, form, {});
}

// Creates a unit. Form: code, name, kind, level_id, parent_id (empty: a root unit), form_nonce (sent
// twice: led to the unit it made, not told its code is taken).
void unit_create(const core::Request& req, core::Response& res, core::Context& ctx)
{
    store::FormOnce once(ctx.db(), req.form_nonce(), req.path(), ctx.user().id);
    if (auto done = once.already_saved()) {
        res.flash(done->flash);
        return res.redirect(done->location);
    }
    UnitForm form;
    form.code = admin::form_text(req, "code");
    form.name = admin::form_text(req, "name");
    form.kind = admin::form_text(req, "kind");
    form.level_id = admin::form_int(req, "level_id");
    form.parent_id = admin::form_int(req, "parent_id");

    store::UnitStore units(ctx.db());
    domain::UnitDraft draft{form.code, form.name, form.kind, 0, std::nullopt, true};
    std::optional<store::Level> level;
    if (form.level_id) level = units.level(static_cast<int>(*form.level_id));
    if (level) draft.level_rank = level->rank;
    std::optional<store::Unit> parent;
    if (form.parent_id) {
        parent = units.find(*form.parent_id);
        if (!parent) return render_unit_form(res, ctx, form, {{"parent", "E_ADM_UNIT_PARENT_NOT_ACTIVE"}});
        draft.parent_rank = parent->level_rank;
        draft.parent_active = parent->status == "active";
    }
    auto errors = domain::check_new_unit(draft);
    if (!errors.count("code") && units.find_by_code(form.code)) errors["code"] = "E_ADM_UNIT_CODE_TAKEN";
    if (!errors.empty()) return render_unit_form(res, ctx, form, errors);

    auto saved = once.save("F_ADM_UNIT_CREATED", [&]() -> std::optional<std::string> {
        int64_t id;
        try {
            id = units.create({form.code, form.name, form.kind, level->id,
                               parent ? std::optional<int64_t>(parent->id) : std::nullopt},
                              admin::today(ctx));
        } catch (const core::DbConflict& e) {
            if (!e.duplicate_key()) throw;
            render_unit_form(res, ctx, form, {{"code", "E_ADM_UNIT_CODE_TAKEN"}});
            return std::nullopt;
        }
        admin::audit(ctx, req, "unit.create", "unit", id, std::nullopt, admin::unit_json(*units.find(id)));
        return "/admin/units/" + std::to_string(id);
    });
    if (!saved) return;  // the form was re-rendered with its error
    res.flash(saved->flash);
    res.redirect(saved->location);
}
