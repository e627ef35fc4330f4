// GET /recognitions: the recognised models within the user's scope, with the decision that
// recognised each (level, number, date, signer). Query: year, level, unit (code), kind.
#include <ctemplate/template.h>

#include "cgi-bin/proposals/cycle_ui.h"
#include "cgi-bin/reviews/pages.h"

namespace {

void fill_recognition_list(ctemplate::TemplateDictionary& dict, core::Context& ctx, const store::RecognitionFilter& f,
                           const std::string& unit_code, const std::vector<store::RecognitionRow>& rows)
{
    dict.SetValue("YEAR", f.year ? std::to_string(*f.year) : "");
    dict.SetValue("UNIT", unit_code);
    for (const char* l : {"province", "district", "grassroots"}) {
        auto* o = dict.AddSectionDictionary("LEVEL_OPTION");
        o->SetValue("CODE", l);
        o->SetValue("LABEL", cycle_ui::level_label(ctx, l));
        if (f.level == l) o->ShowSection("SELECTED");
    }
    for (const char* k : {"collective", "individual"}) {
        auto* o = dict.AddSectionDictionary("KIND_OPTION");
        o->SetValue("CODE", k);
        o->SetValue("LABEL", cycle_ui::kind_label(ctx, k));
        if (f.kind == k) o->ShowSection("SELECTED");
    }
    dict.SetIntValue("COUNT", static_cast<long>(rows.size()));
    if (rows.empty()) dict.ShowSection("EMPTY");
    int n = 0;
    for (const auto& x : rows) {
        auto* r = dict.AddSectionDictionary("ROW");
        r->SetIntValue("NO", ++n);
        r->SetIntValue("MODEL_ID", x.model_id);
        r->SetIntValue("YEAR", x.year);
        r->SetValue("TITLE", x.title);
        r->SetValue("PERSON_NAME", x.person_name);
        r->SetValue("KIND", cycle_ui::kind_label(ctx, x.kind));
        r->SetValue("UNIT_NAME", x.unit_name);
        r->SetValue("LEVEL", x.level_code);
        r->SetValue("LEVEL_LABEL", cycle_ui::level_label(ctx, x.level_code));
        r->SetValue("DECISION", x.decision_number);
        r->SetValue("DECISION_DATE", cycle_ui::date(x.decision_date));
        r->SetValue("ISSUER", x.issuing_unit_name);
    }
}

}  // namespace

void recognition_list_page(const core::Request& req, core::Response& res, core::Context& ctx)
{
    store::RecognitionFilter f;
    if (auto y = cycle_ui::to_int(req.query("year")); y && *y >= 2000 && *y <= 2100) f.year = static_cast<int>(*y);
    std::string level = req.query("level").value_or("");
    if (level == "province" || level == "district" || level == "grassroots") f.level = level;
    std::string kind = req.query("kind").value_or("");
    if (kind == "collective" || kind == "individual") f.kind = kind;
    std::string unit_code = req.query("unit").value_or("");
    if (!unit_code.empty()) {
        auto u = store::RecognitionStore(ctx.db()).unit_by_code(unit_code);
        f.unit_id = u ? u->id : 0;  // an unknown unit matches nothing
    }
    auto rows = store::RecognitionStore(ctx.db()).list(cycle_ui::scope_of(ctx), f);
    ctemplate::TemplateDictionary dict("recognitions/list");
    fill_recognition_list(dict, ctx, f, unit_code, rows);
    res.render("recognitions/list.tpl", dict, "T_CY_RECOGNITIONS");
}
