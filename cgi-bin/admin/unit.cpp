// One unit (/admin/units/{id}): its place in the tree, children, users, name history, merge and
// close information, and the forms that rename, move, close or merge it.
#include <ctemplate/template.h>

#include "cgi-bin/admin/pages.h"
#include "core/render.h"
#include "domain/units.h"

namespace {

// What the user typed into one of the page's forms, kept when it is refused.
struct UnitPageInput {
    std::string name;
    std::optional<int64_t> parent_id, into_id;
};

domain::UnitNode node(const store::Unit& u) { return {u.id, u.level_rank, u.status}; }

store::Unit load_unit(core::Context& ctx, const core::Request& req)
{
    auto u = store::UnitStore(ctx.db()).find(req.path_id());
    if (!u) throw core::HttpError(404);
    return *u;
}

void fill_unit(ctemplate::TemplateDictionary& dict, const store::Unit& u, const UnitPageInput& input,
               const admin::Errors& errors, core::Context& ctx)
{
    store::UnitStore units(ctx.db());
    dict.SetIntValue("ID", u.id);
    dict.SetIntValue("VERSION", u.version);
    dict.SetValue("CODE", u.code);
    dict.SetValue("NAME", u.name);
    dict.SetValue("KIND", ctx.t("ADM_KIND_" + u.kind));
    dict.SetValue("LEVEL", ctx.t("ADM_LEVEL_" + u.level));
    dict.SetValue("STATUS", ctx.t("ADM_STATUS_" + u.status));
    dict.SetValue("CREATED_AT", core::format_date(u.created_at));
    for (const auto& a : units.ancestors(u.id)) {
        auto* p = dict.AddSectionDictionary("ANCESTOR");
        p->SetIntValue("ANCESTOR_ID", a.id);
        p->SetValue("ANCESTOR_NAME", a.name);
        p->SetValue("ANCESTOR_CODE", a.code);
    }
    if (u.closed_at && u.status == "closed") dict.SetValueAndShowSection("CLOSED_AT", core::format_date(*u.closed_at), "CLOSED");
    if (u.merged_into_id) {
        auto* m = dict.AddSectionDictionary("MERGED");
        m->SetIntValue("MERGED_ID", *u.merged_into_id);
        m->SetValue("MERGED_NAME", u.merged_into_name);
        m->SetValue("MERGED_CODE", u.merged_into_code);
        m->SetValue("MERGED_AT", core::format_date(u.closed_at.value_or("")));
    }
    auto all = units.list();
    for (const auto& other : all) {
        if (other.merged_into_id && *other.merged_into_id == u.id) {
            auto* m = dict.AddSectionDictionary("ABSORBED");
            m->SetIntValue("ABSORBED_ID", other.id);
            m->SetValue("ABSORBED_NAME", other.name);
            m->SetValue("ABSORBED_CODE", other.code);
            m->SetValue("ABSORBED_AT", core::format_date(other.closed_at.value_or("")));
        }
    }
    auto children = units.children(u.id);
    for (const auto& c : children) {
        auto* row = dict.AddSectionDictionary("CHILD");
        row->SetIntValue("CHILD_ID", c.id);
        row->SetValue("CHILD_CODE", c.code);
        row->SetValue("CHILD_NAME", c.name);
        row->SetValue("CHILD_LEVEL", ctx.t("ADM_LEVEL_" + c.level));
        row->SetValue("CHILD_STATUS", ctx.t("ADM_STATUS_" + c.status));
    }
    if (children.empty()) dict.ShowSection("NO_CHILDREN");
    for (const auto& n : units.name_history(u.id)) {
        auto* row = dict.AddSectionDictionary("NAME_ROW");
        row->SetValue("HIST_NAME", n.name);
        row->SetValue("VALID_FROM", core::format_date(n.valid_from));
        row->SetValue("VALID_TO", n.valid_to ? core::format_date(*n.valid_to) : "");
    }
    domain::Scope everything = domain::scope_for(domain::Role::Admin, 0);
    for (const auto& usr : store::UserStore(ctx.db()).list_managed(everything)) {
        if (usr.unit_id != u.id) continue;
        auto* row = dict.AddSectionDictionary("USER");
        row->SetIntValue("USER_ID", usr.id);
        row->SetValue("USER_LOGIN", usr.login);
        row->SetValue("USER_DISPLAY", usr.display_name);
        row->SetValue("USER_ROLE", ctx.t("ROLE_" + usr.role));
        if (!usr.active) row->ShowSection("USER_INACTIVE");
    }
    if (u.status == "active") {
        auto* forms = dict.AddSectionDictionary("ACTIVE_FORMS");
        forms->SetValue("NEW_NAME", input.name.empty() ? u.name : input.name);
        admin::fill_unit_options(*forms, "PARENT_OPTION", all, input.parent_id ? input.parent_id : u.parent_id);
        admin::fill_unit_options(*forms, "INTO_OPTION", all, input.into_id);
        admin::fill_errors(*forms, errors, ctx);
    }
    admin::fill_errors(dict, errors, ctx);
}

void render_unit(core::Response& res, core::Context& ctx, const store::Unit& u, const UnitPageInput& input,
                 const admin::Errors& errors)
{
    ctemplate::TemplateDictionary dict("admin/unit");
    admin::fill_admin_header(dict, ctx);
    fill_unit(dict, u, input, errors, ctx);
    res.set_status(errors.empty() ? 200 : 422);
    res.render("admin/unit.tpl", dict, "T_ADM_UNIT");
}

void done(core::Response& res, int64_t id, const char* flash)
{
    res.flash(flash);
    res.redirect("/admin/units/" + std::to_string(id));
}

}  // namespace

// The unit, its children, users, names over time, and merge or close information.
void unit_page(const core::Request& req, core::Response& res, core::Context& ctx)
{
    render_unit(res, ctx, load_unit(ctx, req), {}, {});
}

// Renames the unit from today; the old name stays in its history. Form: name, version.
void unit_rename(const core::Request& req, core::Response& res, core::Context& ctx)
{
    auto u = load_unit(ctx, req);
    int version = admin::form_version(req);
    UnitPageInput input;
    input.name = admin::form_text(req, "name");
    admin::Errors errors;
    if (u.status != "active") errors["name"] = "E_ADM_UNIT_NOT_ACTIVE";
    else if (input.name.empty()) errors["name"] = "E_ADM_UNIT_NAME_REQUIRED";
    else if (input.name.size() > 255) errors["name"] = "E_ADM_UNIT_NAME_TOO_LONG";
    else if (input.name == u.name) errors["name"] = "E_ADM_UNIT_NAME_SAME";
    if (!errors.empty()) return render_unit(res, ctx, u, input, errors);

    store::UnitStore units(ctx.db());
    core::Transaction tx(ctx.db());
    if (!units.rename(u.id, version, input.name, admin::today(ctx))) admin::stale_form();
    admin::audit(ctx, req, "unit.rename", "unit", u.id, admin::unit_json(u), admin::unit_json(*units.find(u.id)));
    tx.commit();
    done(res, u.id, "F_ADM_UNIT_RENAMED");
}

// Moves the unit (with its subtree) under another unit. Form: parent_id, version.
void unit_move(const core::Request& req, core::Response& res, core::Context& ctx)
{
    auto u = load_unit(ctx, req);
    int version = admin::form_version(req);
    UnitPageInput input;
    if (auto p = admin::form_int(req, "parent_id")) input.parent_id = *p;
    store::UnitStore units(ctx.db());
    std::optional<store::Unit> parent;
    if (input.parent_id) parent = units.find(*input.parent_id);
    if (!parent) return render_unit(res, ctx, u, input, {{"parent", "E_ADM_UNIT_PARENT_REQUIRED"}});
    if (u.parent_id && *u.parent_id == parent->id) return render_unit(res, ctx, u, input, {{"parent", "E_ADM_UNIT_PARENT_SAME"}});
    if (auto e = domain::check_move(node(u), node(*parent), units.subtree_ids(u.id)); !e.empty())
        return render_unit(res, ctx, u, input, {{"parent", e}});

    core::Transaction tx(ctx.db());
    if (!units.move(u.id, version, parent->id)) admin::stale_form();
    admin::audit(ctx, req, "unit.move", "unit", u.id, admin::unit_json(u), admin::unit_json(*units.find(u.id)));
    tx.commit();
    done(res, u.id, "F_ADM_UNIT_MOVED");
}

// Closes the unit from today; its records stay. Form: version.
void unit_close(const core::Request& req, core::Response& res, core::Context& ctx)
{
    auto u = load_unit(ctx, req);
    int version = admin::form_version(req);
    store::UnitStore units(ctx.db());
    if (auto e = domain::check_close(node(u), units.count_active_children(u.id)); !e.empty())
        return render_unit(res, ctx, u, {}, {{"close", e}});

    core::Transaction tx(ctx.db());
    if (!units.close(u.id, version, admin::today(ctx))) admin::stale_form();
    admin::audit(ctx, req, "unit.close", "unit", u.id, admin::unit_json(u), admin::unit_json(*units.find(u.id)));
    tx.commit();
    done(res, u.id, "F_ADM_UNIT_CLOSED");
}

// Merges the unit into another: users and children go there, the unit itself goes under it and
// keeps its records and its name of the time. Form: into_id, version.
void unit_merge(const core::Request& req, core::Response& res, core::Context& ctx)
{
    auto u = load_unit(ctx, req);
    int version = admin::form_version(req);
    UnitPageInput input;
    if (auto p = admin::form_int(req, "into_id")) input.into_id = *p;
    store::UnitStore units(ctx.db());
    std::optional<store::Unit> into;
    if (input.into_id) into = units.find(*input.into_id);
    if (!into) return render_unit(res, ctx, u, input, {{"into", "E_ADM_UNIT_MERGE_TARGET_REQUIRED"}});
    if (auto e = domain::check_merge(node(u), node(*into), units.subtree_ids(u.id)); !e.empty())
        return render_unit(res, ctx, u, input, {{"into", e}});

    core::Transaction tx(ctx.db());
    if (!units.merge(u.id, version, into->id, admin::today(ctx))) admin::stale_form();
    admin::audit(ctx, req, "unit.merge", "unit", u.id, admin::unit_json(u), admin::unit_json(*units.find(u.id)));
    tx.commit();
    done(res, u.id, "F_ADM_UNIT_MERGED");
}
