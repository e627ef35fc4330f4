// The administration home (/admin): where to go, the current campaign, the latest changes on record.
#include <ctemplate/template.h>

#include "cgi-bin/admin/pages.h"
#include "core/render.h"
#include "store/audit_store.h"

namespace {

void fill_admin_index(ctemplate::TemplateDictionary& dict, const std::vector<store::AuditRecord>& changes)
{
    for (const auto& a : changes) {
        auto* row = dict.AddSectionDictionary("CHANGE");
        row->SetValue("AT", core::format_datetime(a.at));
        row->SetValue("WHO", a.user_name);
        row->SetValue("ACTION", a.action);
        row->SetValue("ENTITY", a.entity);
        if (a.entity_id) row->SetIntValue("ENTITY_ID", *a.entity_id);
    }
}

}  // namespace

// Links to units, users, campaigns and fields, and the 20 latest changes.
void admin_index_page(const core::Request&, core::Response& res, core::Context& ctx)
{
    ctemplate::TemplateDictionary dict("admin/index");
    admin::fill_admin_header(dict, ctx);
    fill_admin_index(dict, store::AuditStore(ctx.db()).recent(20));
    res.render("admin/index.tpl", dict, "T_ADM_TITLE");
}
