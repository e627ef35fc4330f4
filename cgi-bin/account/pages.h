// The account area's pages: sign-in and out, password, language, home page, health check.
#pragma once
#include "core/context.h"
#include "core/request.h"
#include "core/response.h"

void home_page(const core::Request& req, core::Response& res, core::Context& ctx);
void login_form_page(const core::Request& req, core::Response& res, core::Context& ctx);
void login_submit(const core::Request& req, core::Response& res, core::Context& ctx);
void logout_submit(const core::Request& req, core::Response& res, core::Context& ctx);
void password_form_page(const core::Request& req, core::Response& res, core::Context& ctx);
void password_submit(const core::Request& req, core::Response& res, core::Context& ctx);
void language_submit(const core::Request& req, core::Response& res, core::Context& ctx);
void healthz_page(const core::Request& req, core::Response& res, core::Context& ctx);
