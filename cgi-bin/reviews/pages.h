// The reviews and recognitions area: review meetings of a receiving unit (create, agenda, decide,
// minutes for paper) and recognition at a unit's own level (consider, decide), with the lists.
#pragma once
#include "core/context.h"
#include "core/request.h"
#include "core/response.h"

void review_list_page(const core::Request& req, core::Response& res, core::Context& ctx);
void review_create(const core::Request& req, core::Response& res, core::Context& ctx);
void review_view_page(const core::Request& req, core::Response& res, core::Context& ctx);
void review_agenda_add(const core::Request& req, core::Response& res, core::Context& ctx);
void review_decide(const core::Request& req, core::Response& res, core::Context& ctx);
void review_minutes_page(const core::Request& req, core::Response& res, core::Context& ctx);
void recognition_list_page(const core::Request& req, core::Response& res, core::Context& ctx);
void recognition_new_page(const core::Request& req, core::Response& res, core::Context& ctx);
void recognition_create(const core::Request& req, core::Response& res, core::Context& ctx);
void recognition_considered(const core::Request& req, core::Response& res, core::Context& ctx);
// Reports and printing (issue 6): exports, the printed list, certificates.
void recognition_export_csv(const core::Request& req, core::Response& res, core::Context& ctx);
void recognition_export_xlsx(const core::Request& req, core::Response& res, core::Context& ctx);
void recognition_print_page(const core::Request& req, core::Response& res, core::Context& ctx);
void certificate_page(const core::Request& req, core::Response& res, core::Context& ctx);
void certificates_page(const core::Request& req, core::Response& res, core::Context& ctx);
