// Attachments of models: stored in the database, checksummed, read only through the model's scope.
#include "store/attachment_store.h"

#include "core/crypto.h"
#include "core/json.h"
#include "store/audit_store.h"
#include "store/scope_sql.h"

namespace store {

std::vector<ModelAttachment> AttachmentStore::list(int64_t model_id)
{
    auto r = db_.query(
        "SELECT a.id, a.model_id, a.filename, a.content_type, a.sha256, a.size_bytes, u.display_name,"
        "       DATE_FORMAT(a.uploaded_at, '%Y-%m-%d %H:%i:%s') AS uploaded_at"
        "  FROM attachments a JOIN users u ON u.id = a.uploaded_by WHERE a.model_id = ? ORDER BY a.id",
        {model_id});
    std::vector<ModelAttachment> out;
    while (r.next()) {
        ModelAttachment a;
        a.id = r.i64("id");
        a.model_id = r.i64("model_id");
        a.filename = r.str("filename");
        a.content_type = r.str("content_type");
        a.sha256 = r.str("sha256");
        a.size_bytes = r.i64("size_bytes");
        a.uploaded_by_name = r.str("display_name");
        a.uploaded_at = r.str("uploaded_at");
        out.push_back(std::move(a));
    }
    return out;
}

std::optional<ModelAttachment> AttachmentStore::get(const domain::Scope& scope, int64_t model_id, int64_t attachment_id)
{
    auto sc = scope_condition(scope, "m.unit_id");
    core::Params params{attachment_id, model_id};
    params.insert(params.end(), sc.params.begin(), sc.params.end());
    auto r = db_.query(
        "SELECT a.id, a.model_id, a.filename, a.content_type, a.sha256, a.size_bytes, a.data"
        "  FROM attachments a JOIN models m ON m.id = a.model_id"
        " WHERE a.id = ? AND a.model_id = ? AND " + sc.sql,
        params);
    if (!r.next()) return std::nullopt;
    ModelAttachment a;
    a.id = r.i64("id");
    a.model_id = r.i64("model_id");
    a.filename = r.str("filename");
    a.content_type = r.str("content_type");
    a.sha256 = r.str("sha256");
    a.size_bytes = r.i64("size_bytes");
    a.data = r.str("data");
    return a;
}

int64_t AttachmentStore::add(int64_t model_id, const std::string& filename, const std::string& content_type,
                             const std::string& data, const ModelActor& by)
{
    std::string sha = core::sha256_hex(data);
    int64_t id = db_.insert(
        "INSERT INTO attachments (model_id, filename, content_type, size_bytes, sha256, data, uploaded_by)"
        " VALUES (?, ?, ?, ?, ?, ?, ?)",
        {model_id, filename, content_type, static_cast<long long>(data.size()), sha, core::Blob{data}, by.user_id});
    AuditStore(db_).append({by.user_id, by.remote_addr, "model.attachment_add", "model", model_id, std::nullopt,
                            core::JsonObject()
                                .add("attachment_id", id)
                                .add("filename", filename)
                                .add("size_bytes", static_cast<int64_t>(data.size()))
                                .add("sha256", sha)
                                .str()});
    return id;
}

}  // namespace store
