// Recognition certificates (giấy công nhận), A4 landscape: one for a recognised model, or every
// certificate of one decision at once with a page break between them.
#include <ctemplate/template.h>

#include "cgi-bin/proposals/cycle_ui.h"
#include "cgi-bin/reviews/pages.h"
#include "domain/document_heading.h"
#include "store/recognition_list_store.h"

namespace {

void fill_certificate(ctemplate::TemplateDictionary& c, const store::ListedRecognition& r, core::Context& ctx)
{
    auto issuer = domain::issuer_lines(r.issuing_unit_name, r.issuing_parent_name);
    c.SetValue("ISSUER_UPPER", issuer.upper);
    c.SetValue("ISSUER_BODY", issuer.body);
    std::string place = domain::document_place(r.issuing_unit_name);
    if (place == r.issuing_unit_name) place = domain::document_place(r.issuing_parent_name);
    if (r.decision_date.size() >= 10)
        c.SetValue("PLACE_DATE", ctx.t("T_RP_DOC_PLACE_DATE", {place, r.decision_date.substr(8, 2),
                                                                r.decision_date.substr(5, 2), r.decision_date.substr(0, 4)}));
    c.SetValue("LEAD", ctx.t("T_RP_CERT_LEAD", {cycle_ui::label(ctx, "T_RP_LEVEL_", r.level), std::to_string(r.year)}));
    c.SetValue("TITLE", r.title);
    c.SetValue("UNIT_NAME", r.unit_name);
    if (r.kind == "individual") {
        auto* p = c.AddSectionDictionary("INDIVIDUAL");
        p->SetValue("PERSON_NAME", r.person_name);
        if (!r.person_position.empty()) p->SetValueAndShowSection("POSITION", r.person_position, "HAS_POSITION");
    } else {
        c.ShowSection("COLLECTIVE");
    }
    c.SetValue("DECISION", ctx.t("T_RP_CERT_DECISION", {r.decision_number, core::format_date(r.decision_date),
                                                        r.issuing_unit_name}));
    c.SetValue("SIGNER_TITLE", domain::upper_vi(r.signer_title));
    c.SetValue("SIGNER_NAME", r.signer_name);
}

void render_certificates(core::Response& res, core::Context& ctx, const std::vector<store::ListedRecognition>& rows)
{
    ctemplate::TemplateDictionary dict("print/certificates");
    for (size_t i = 0; i < rows.size(); ++i) {
        auto* c = dict.AddSectionDictionary("CERTIFICATE");
        if (i + 1 < rows.size()) c->ShowSection("PAGE_BREAK");
        fill_certificate(*c, rows[i], ctx);
    }
    res.render_print("print/certificates.tpl", dict, "T_RP_CERTIFICATE");
}

}  // namespace

// GET /recognitions/{id}/certificate: the certificate of one recognition (404 outside the scope).
void certificate_page(const core::Request& req, core::Response& res, core::Context& ctx)
{
    auto r = store::RecognitionListStore(ctx.db()).find(cycle_ui::scope_of(ctx), req.path_id());
    if (!r) throw core::HttpError(404);
    render_certificates(res, ctx, {*r});
}

// GET /recognitions/certificates?decision=: every certificate of one decision (within the scope),
// in the decision's order; 404 when the decision has none the user may see.
void certificates_page(const core::Request& req, core::Response& res, core::Context& ctx)
{
    auto decision = cycle_ui::to_int(req.query("decision"));
    if (!decision) throw core::HttpError(404);
    store::RecognitionListFilter f;
    f.decision_id = *decision;
    auto rows = store::RecognitionListStore(ctx.db()).list(cycle_ui::scope_of(ctx), f, 5000);
    if (rows.empty()) throw core::HttpError(404);
    render_certificates(res, ctx, rows);
}
