// Records the HTTP tests make straight in the database: states the pages reach only through a long
// walk (a model of a given year, a proposal in a given state) and grassroots units of the tests' own,
// so that the demo's figures stay as they are.
#pragma once
#include <cstdint>
#include <string>

#include "core/db.h"

namespace test {

// Column `v` of the first row of `sql` (a literal of the test; values are bound); throws on no row.
int64_t scalar(const std::string& sql, const core::Params& p = {});
std::string scalar_str(const std::string& sql, const core::Params& p = {});
int64_t unit_id(const std::string& code);
int64_t admin_id();
// A grassroots unit (level 3) under `parent_code`, with its closure rows and name; returns its id.
int64_t add_commune(const std::string& code, const std::string& name, const std::string& parent_code);
// A registered collective model of `unit_code` for `year`, with one indicator (target 40 households).
int64_t add_model(const std::string& unit_code, int year, const std::string& title);
// A model of `unit_code` evaluated ("good"), not yet recognised.
int64_t add_evaluated_model(const std::string& unit_code, int year, const std::string& title);
// A model of `unit_code` evaluated and recognised at its unit's level (a decision of its own).
int64_t add_recognised_model(const std::string& unit_code, int year, const std::string& title);
// A model of `unit_code` evaluated, recognised at its unit's level and proposed to the parent unit,
// the proposal in `state` ("draft": not yet submitted, the model still "recognised").
int64_t add_proposal(const std::string& unit_code, int year, const std::string& state = "submitted");

}  // namespace test
