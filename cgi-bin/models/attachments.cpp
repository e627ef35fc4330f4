// Attachments of a model: upload (POST /models/{id}/attachments) and download
// (GET /models/{id}/attachments/{attachment_id}); both only within the user's scope.
#include "cgi-bin/models/pages.h"
#include "store/attachment_store.h"
#include "store/form_submission_store.h"

// Stores one file. Multipart form: file, csrf_token, form_nonce (the same form sent twice stores it
// once). Allowed: the types domain/models.h lists, by
// extension and by their first bytes; at most 10 MiB (larger bodies are refused with 413 earlier).
void attachment_upload(const core::Request& req, core::Response& res, core::Context& ctx)
{
    store::Model m = models_ui::model_or_404(req, ctx);
    if (!models_ui::may_write_unit(ctx, m.unit_id)) throw core::HttpError(403, "E_FORBIDDEN");
    store::FormOnce once(ctx.db(), req.form_nonce(), req.path(), ctx.user().id);
    if (auto done = once.already_saved()) {
        res.flash(done->flash);
        return res.redirect(done->location);
    }
    const core::UploadedFile* file = nullptr;
    for (const auto& f : req.files())
        if (f.field == "file" && !f.filename.empty()) file = &f;
    if (!file || file->data.empty()) return models_ui::render_model_view(res, ctx, m, "E_MODEL_ATTACHMENT_MISSING", 422);
    if (file->data.size() > domain::kMaxAttachmentBytes) throw core::HttpError(413, "E_TOO_LARGE");
    auto type = domain::attachment_content_type(file->filename, file->data);
    if (!type) return models_ui::render_model_view(res, ctx, m, "E_MODEL_ATTACHMENT_TYPE", 422);

    // Browsers may send a full path (old IE) or odd bytes: keep the last path segment, bounded.
    std::string name = file->filename;
    if (auto slash = name.find_last_of("/\\"); slash != std::string::npos) name = name.substr(slash + 1);
    if (name.size() > 200 || !core::valid_utf8(name)) name = "attachment" + name.substr(name.rfind('.'));

    auto saved = once.save("F_MODEL_ATTACHMENT_ADDED", [&]() -> std::optional<std::string> {
        store::AttachmentStore(ctx.db()).add(m.id, name, *type, file->data, models_ui::actor_of(req, ctx));
        return "/models/" + std::to_string(m.id);
    });
    res.flash(saved->flash);
    res.redirect(saved->location);
}

// Sends one file with its stored type, as a download with a safe name. 404 outside the scope.
void attachment_download(const core::Request& req, core::Response& res, core::Context& ctx)
{
    auto a = store::AttachmentStore(ctx.db()).get(models_ui::scope_of(ctx), req.path_id("id"),
                                                  req.path_id("attachment_id"));
    if (!a) throw core::HttpError(404);
    res.set_header("Cache-Control", "private, no-store");
    res.attachment(a->content_type, a->filename, std::move(a->data));
}
