// One model: everything about it, its indicators, attachments and the timeline of its changes
// (GET /models/{id}); carrying it into the next year (POST /models/{id}/carry).
#include <ctemplate/template.h>

#include "cgi-bin/models/pages.h"
#include "core/render.h"
#include "store/attachment_store.h"
#include "store/audit_store.h"
#include "store/form_submission_store.h"

namespace {

std::string upper_key(std::string s)
{
    for (char& c : s) c = c == '.' ? '_' : static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    return s;
}

// The fields an edit changed, as model_audit_json wrote them: "changed":"title,summary".
std::vector<std::string> changed_fields(const std::optional<std::string>& after_json)
{
    std::vector<std::string> out;
    if (!after_json) return out;
    const std::string marker = "\"changed\":\"";
    auto pos = after_json->find(marker);
    if (pos == std::string::npos) return out;
    pos += marker.size();
    std::string list = after_json->substr(pos, after_json->find('"', pos) - pos);
    for (size_t start = 0; start < list.size();) {
        size_t comma = list.find(',', start);
        if (comma == std::string::npos) comma = list.size();
        out.push_back(list.substr(start, comma - start));
        start = comma + 1;
    }
    return out;
}

std::string size_label(int64_t bytes)
{
    if (bytes < 1024) return std::to_string(bytes) + " B";
    if (bytes < 1024 * 1024) return std::to_string((bytes + 1023) / 1024) + " KB";
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.1f MB", static_cast<double>(bytes) / (1024.0 * 1024.0));
    return buf;
}

void fill_model_view(ctemplate::TemplateDictionary& dict, const store::Model& m,
                     const std::vector<store::ModelAttachment>& files, const std::vector<store::AuditRecord>& history,
                     core::Context& ctx)
{
    using namespace models_ui;
    dict.SetValue("ID", std::to_string(m.id));
    dict.SetValue("TITLE", m.title);
    dict.SetValue("YEAR", std::to_string(m.year));
    dict.SetValue("UNIT_NAME", m.unit_name);
    dict.SetValue("UNIT_CODE", m.unit_code);
    dict.SetValue("LEVEL", level_label(ctx, m.unit_level));
    dict.SetValue("KIND", kind_label(ctx, m.kind));
    if (!m.person_name.empty() || !m.person_position.empty()) {
        dict.ShowSection("HAS_PERSON");
        dict.SetValue("PERSON_NAME", m.person_name);
        dict.SetValue("PERSON_POSITION", m.person_position);
    }
    dict.SetValue("FIELD", field_name(ctx, m.field_name_vi, m.field_name_en));
    dict.SetValue("STATUS", status_label(ctx, m.status));
    dict.SetValue("START_DATE", m.start_date ? core::format_date(*m.start_date) : "");
    dict.SetValue("SUMMARY", m.summary);
    dict.SetValue("CONTENT", m.content);
    dict.SetValue("CREATED_BY", m.created_by_name);
    dict.SetValue("CREATED_AT", core::format_datetime(m.created_at));
    dict.SetValue("VERSION", std::to_string(m.version));
    if (m.carried_from_id) dict.SetValueAndShowSection("CARRIED_FROM", std::to_string(*m.carried_from_id), "HAS_CARRIED_FROM");
    if (m.carried_to_id) dict.SetValueAndShowSection("CARRIED_TO", std::to_string(*m.carried_to_id), "HAS_CARRIED_TO");

    if (m.indicators.empty()) dict.ShowSection("NO_INDICATORS");
    for (const auto& i : m.indicators) {
        auto* r = dict.AddSectionDictionary("INDICATOR");
        r->SetValue("NUMBER", std::to_string(i.position));
        r->SetValue("NAME", i.name);
        r->SetValue("UNIT", i.unit_of_measure);
        r->SetValue("TARGET", show_decimal(ctx, i.target));
        r->SetValue("ACHIEVED", i.achieved ? show_decimal(ctx, *i.achieved) : "—");
    }

    if (files.empty()) dict.ShowSection("NO_ATTACHMENTS");
    for (const auto& a : files) {
        auto* r = dict.AddSectionDictionary("ATTACHMENT");
        r->SetValue("HREF", "/models/" + std::to_string(m.id) + "/attachments/" + std::to_string(a.id));
        r->SetValue("FILENAME", a.filename);
        r->SetValue("SIZE", size_label(a.size_bytes));
        r->SetValue("SHA256", a.sha256);
        r->SetValue("BY", a.uploaded_by_name);
        r->SetValue("AT", core::format_datetime(a.uploaded_at));
    }
    dict.SetValue("ALLOWED_TYPES", domain::allowed_attachment_extensions());

    for (const auto& h : history) {
        auto* r = dict.AddSectionDictionary("EVENT");
        r->SetValue("AT", core::format_datetime(h.at));
        r->SetValue("WHO", h.user_name);
        std::string key = "T_M_AUDIT_" + upper_key(h.action);
        r->SetValue("WHAT", core::catalog().has("vi", key) ? ctx.t(key) : h.action);
        std::string changed;
        for (const auto& c : changed_fields(h.after_json)) {
            std::string label_key = "T_M_" + upper_key(c);
            changed += (changed.empty() ? "" : ", ") + (core::catalog().has("vi", label_key) ? ctx.t(label_key) : c);
        }
        if (!changed.empty()) r->SetValueAndShowSection("CHANGED", changed, "HAS_CHANGED");
    }

    bool writer = may_write_unit(ctx, m.unit_id);
    if (may_edit(ctx, m)) dict.ShowSection("CAN_EDIT");
    if (writer) dict.ShowSection("CAN_ATTACH");
    if (writer && !m.carried_to_id && m.year < domain::kMaxYear) {
        dict.SetValueAndShowSection("NEXT_YEAR", std::to_string(m.year + 1), "CAN_CARRY");
    }
}

}  // namespace

void models_ui::render_model_view(core::Response& res, core::Context& ctx, const store::Model& m,
                                  const std::string& attach_error_key, int status)
{
    auto files = store::AttachmentStore(ctx.db()).list(m.id);
    auto history = store::AuditStore(ctx.db()).for_entity("model", m.id);
    ctemplate::TemplateDictionary dict("models/view");
    fill_model_view(dict, m, files, history, ctx);
    if (!attach_error_key.empty())
        dict.SetValueAndShowSection("FILE_ERROR", ctx.t(attach_error_key), "FILE_HAS_ERROR");
    res.set_status(status);
    res.render("models/view.tpl", dict, "T_M_MODEL");
}

// Everything about one model. 404 when it does not exist or lies outside the user's scope.
void model_view_page(const core::Request& req, core::Response& res, core::Context& ctx)
{
    models_ui::render_model_view(res, ctx, models_ui::model_or_404(req, ctx), "", 200);
}

// Registers a copy of the model for the next year, linked to it; indicators without achieved values.
// Form: csrf_token, form_nonce (the same form sent twice, even at once, carries it once).
void model_carry(const core::Request& req, core::Response& res, core::Context& ctx)
{
    store::Model m = models_ui::model_or_404(req, ctx);
    if (!models_ui::may_write_unit(ctx, m.unit_id)) throw core::HttpError(403, "E_FORBIDDEN");
    store::FormOnce once(ctx.db(), req.form_nonce(), req.path(), ctx.user().id);
    if (auto done = once.already_saved()) {
        res.flash(done->flash);
        return res.redirect(done->location);
    }
    if (m.carried_to_id) {
        res.flash("F_MODEL_ALREADY_CARRIED");
        return res.redirect("/models/" + std::to_string(*m.carried_to_id));
    }
    if (m.year >= domain::kMaxYear) throw core::HttpError(422, "E_MODEL_YEAR");
    auto saved = once.save("F_MODEL_CARRIED", [&]() -> std::optional<std::string> {
        return "/models/" + std::to_string(store::ModelStore(ctx.db()).carry_forward(m, models_ui::actor_of(req, ctx)));
    });
    res.flash(saved->flash);
    res.redirect(saved->location);
}
