// Attachments of models (evidence, photos, scanned documents): stored in the database, checksummed,
// read only through the model's scope.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "core/db.h"
#include "domain/scope.h"
#include "store/model_store.h"

namespace store {

struct ModelAttachment {
    int64_t id = 0, model_id = 0;
    std::string filename, content_type, sha256;
    int64_t size_bytes = 0;
    std::string uploaded_by_name, uploaded_at;
    std::string data;  // get() only
};

class AttachmentStore {
public:
    explicit AttachmentStore(core::Db& db) : db_(db) {}
    // The model's attachments, without their bytes, oldest first (the caller found the model in scope).
    std::vector<ModelAttachment> list(int64_t model_id);
    // One attachment with its bytes, when its model lies within the scope.
    std::optional<ModelAttachment> get(const domain::Scope& scope, int64_t model_id, int64_t attachment_id);
    // Stores a checked file with its SHA-256 and the audit row; returns the id.
    int64_t add(int64_t model_id, const std::string& filename, const std::string& content_type,
                const std::string& data, const ModelActor& by);

private:
    core::Db& db_;
};

}  // namespace store
