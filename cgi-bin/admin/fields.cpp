// Fields of models (/admin/fields): add, rename, reorder (sort_order), retire; delete only when unused.
#include <ctemplate/template.h>

#include "cgi-bin/admin/pages.h"
#include "domain/campaigns.h"
#include "store/form_submission_store.h"

namespace {

struct FieldInput {
    std::string code, name_vi, name_en, sort_order;
};

// row_id/row_input/row_error: the row whose form was refused, with what was typed.
void render_fields(core::Response& res, core::Context& ctx, const FieldInput& add, const admin::Errors& add_errors,
                   int64_t row_id = 0, const FieldInput& row_input = {}, const std::string& row_error = "")
{
    ctemplate::TemplateDictionary dict("admin/fields");
    admin::fill_admin_header(dict, ctx);
    for (const auto& f : store::FieldStore(ctx.db()).list()) {
        auto* row = dict.AddSectionDictionary("FIELD");
        bool refused = f.id == row_id;
        row->SetIntValue("ID", f.id);
        row->SetIntValue("VERSION", f.version);
        row->SetValue("CODE", f.code);
        row->SetValue("NAME_VI", refused ? row_input.name_vi : f.name_vi);
        row->SetValue("NAME_EN", refused ? row_input.name_en : f.name_en);
        row->SetValue("SORT_ORDER", refused ? row_input.sort_order : std::to_string(f.sort_order));
        row->SetValue("STATE", ctx.t(f.retired ? "T_ADM_RETIRED" : "T_ADM_IN_USE_LIST"));
        row->ShowSection(f.retired ? "CAN_RESTORE" : "CAN_RETIRE");
        if (f.retired) row->ShowSection("RETIRED");
        if (refused && !row_error.empty()) row->SetValueAndShowSection("ROW_ERROR", ctx.t(row_error), "ROW_HAS_ERROR");
    }
    dict.SetValue("CODE_VALUE", add.code);
    dict.SetValue("NAME_VI_VALUE", add.name_vi);
    dict.SetValue("NAME_EN_VALUE", add.name_en);
    dict.SetValue("SORT_ORDER_VALUE", add.sort_order);
    admin::fill_errors(dict, add_errors, ctx);
    res.set_status(add_errors.empty() && row_error.empty() ? 200 : 422);
    res.render("admin/fields.tpl", dict, "T_ADM_FIELDS");
}

store::Field load_field(core::Context& ctx, const core::Request& req)
{
    auto f = store::FieldStore(ctx.db()).find(req.path_id());
    if (!f) throw core::HttpError(404);
    return *f;
}

FieldInput input_of(const core::Request& req)
{
    return {admin::form_text(req, "code"), admin::form_text(req, "name_vi"), admin::form_text(req, "name_en"),
            admin::form_text(req, "sort_order")};
}

// Field -> catalog key for the names and the order.
admin::Errors check_names(const FieldInput& in)
{
    admin::Errors e;
    if (in.name_vi.empty()) e["name_vi"] = "E_ADM_FIELD_NAME_REQUIRED";
    else if (in.name_vi.size() > 255) e["name_vi"] = "E_ADM_TEXT_TOO_LONG";
    if (in.name_en.empty()) e["name_en"] = "E_ADM_FIELD_NAME_REQUIRED";
    else if (in.name_en.size() > 255) e["name_en"] = "E_ADM_TEXT_TOO_LONG";
    bool order_ok = !in.sort_order.empty() && in.sort_order.size() <= 4 &&
                    in.sort_order.find_first_not_of("0123456789") == std::string::npos;
    if (!order_ok) e["sort_order"] = "E_ADM_FIELD_ORDER_INVALID";
    return e;
}

void done(core::Response& res, const char* flash)
{
    res.flash(flash);
    res.redirect("/admin/fields");
}

}  // namespace

// The fields, in their order, with the forms that change them.
void field_list_page(const core::Request&, core::Response& res, core::Context& ctx)
{
    render_fields(res, ctx, {}, {});
}

// Adds a field. Form: code, name_vi, name_en, sort_order, form_nonce (sent twice: led to the list, not
// told the code is taken).
void field_create(const core::Request& req, core::Response& res, core::Context& ctx)
{
    store::FormOnce once(ctx.db(), req.form_nonce(), req.path(), ctx.user().id);
    if (auto done = once.already_saved()) {
        res.flash(done->flash);
        return res.redirect(done->location);
    }
    auto in = input_of(req);
    store::FieldStore fields(ctx.db());
    auto errors = check_names(in);
    if (!domain::valid_field_code(in.code)) errors["code"] = "E_ADM_FIELD_CODE_FORMAT";
    else if (fields.find_by_code(in.code)) errors["code"] = "E_ADM_FIELD_CODE_TAKEN";
    if (!errors.empty()) return render_fields(res, ctx, in, errors);

    store::Field f;
    f.code = in.code;
    f.name_vi = in.name_vi;
    f.name_en = in.name_en;
    f.sort_order = std::stoi(in.sort_order);
    auto saved = once.save("F_ADM_FIELD_SAVED", [&]() -> std::optional<std::string> {
        try {
            f.id = fields.create(f);
        } catch (const core::DbConflict& e) {
            if (!e.duplicate_key()) throw;
            render_fields(res, ctx, in, {{"code", "E_ADM_FIELD_CODE_TAKEN"}});
            return std::nullopt;
        }
        admin::audit(ctx, req, "field.create", "field", f.id, std::nullopt, admin::field_json(*fields.find(f.id)));
        return std::string("/admin/fields");
    });
    if (!saved) return;  // the form was re-rendered with its error
    res.flash(saved->flash);
    res.redirect(saved->location);
}

// Renames or reorders a field. Form: name_vi, name_en, sort_order, version.
void field_update(const core::Request& req, core::Response& res, core::Context& ctx)
{
    auto f = load_field(ctx, req);
    int version = admin::form_version(req);
    auto in = input_of(req);
    auto errors = check_names(in);
    if (!errors.empty()) return render_fields(res, ctx, {}, {}, f.id, in, errors.begin()->second);

    store::FieldStore fields(ctx.db());
    store::Field after = f;
    after.name_vi = in.name_vi;
    after.name_en = in.name_en;
    after.sort_order = std::stoi(in.sort_order);
    after.version = version;
    core::Transaction tx(ctx.db());
    if (!fields.update(after)) admin::stale_form();
    admin::audit(ctx, req, "field.update", "field", f.id, admin::field_json(f), admin::field_json(*fields.find(f.id)));
    tx.commit();
    done(res, "F_ADM_FIELD_SAVED");
}

// Retires a field (retired=1: no longer offered for new models) or brings it back (retired=0).
// Form: retired, version.
void field_retire(const core::Request& req, core::Response& res, core::Context& ctx)
{
    auto f = load_field(ctx, req);
    int version = admin::form_version(req);
    bool retired = admin::form_text(req, "retired") == "1";
    store::FieldStore fields(ctx.db());
    core::Transaction tx(ctx.db());
    if (!fields.set_retired(f.id, version, retired)) admin::stale_form();
    admin::audit(ctx, req, retired ? "field.retire" : "field.restore", "field", f.id, admin::field_json(f),
                 admin::field_json(*fields.find(f.id)));
    tx.commit();
    done(res, "F_ADM_FIELD_SAVED");
}

// Deletes a field no model uses; a field in use can only be retired. Form: version.
void field_delete(const core::Request& req, core::Response& res, core::Context& ctx)
{
    auto f = load_field(ctx, req);
    int version = admin::form_version(req);
    store::FieldStore fields(ctx.db());
    if (fields.in_use(f.id)) {
        FieldInput keep{f.code, f.name_vi, f.name_en, std::to_string(f.sort_order)};
        return render_fields(res, ctx, {}, {}, f.id, keep, "E_ADM_FIELD_IN_USE");
    }
    core::Transaction tx(ctx.db());
    if (!fields.remove(f.id, version)) admin::stale_form();
    admin::audit(ctx, req, "field.delete", "field", f.id, admin::field_json(f), std::nullopt);
    tx.commit();
    done(res, "F_ADM_FIELD_DELETED");
}
