// The proposals area: a unit's outbox to its parent and a parent's inbox, each proposal's page and
// moves (submit, withdraw, return), the follow-up list of models rated low, and replications.
#pragma once
#include <string>

#include "core/context.h"
#include "core/request.h"
#include "core/response.h"
#include "store/proposal_store.h"

void proposal_list_page(const core::Request& req, core::Response& res, core::Context& ctx);
void proposal_create(const core::Request& req, core::Response& res, core::Context& ctx);
void proposal_view_page(const core::Request& req, core::Response& res, core::Context& ctx);
void proposal_submit(const core::Request& req, core::Response& res, core::Context& ctx);
void proposal_withdraw(const core::Request& req, core::Response& res, core::Context& ctx);
void proposal_return(const core::Request& req, core::Response& res, core::Context& ctx);
void follow_up_list_page(const core::Request& req, core::Response& res, core::Context& ctx);
void follow_up_close(const core::Request& req, core::Response& res, core::Context& ctx);
void replication_list_page(const core::Request& req, core::Response& res, core::Context& ctx);
void replication_create(const core::Request& req, core::Response& res, core::Context& ctx);
// Reports and printing (issue 6): the list of proposals sent up, on paper.
void proposal_print_page(const core::Request& req, core::Response& res, core::Context& ctx);

// Shared by the pages: the list and a proposal's page, re-rendered with a message after a refusal.
struct ListForm {
    std::string model_id, justification, error;  // error: the message shown by the form
};
void render_proposal_list(const core::Request& req, core::Response& res, core::Context& ctx, const ListForm& form,
                          int status);
void render_proposal_view(core::Response& res, core::Context& ctx, const store::Proposal& p,
                          const std::string& message, int status);
