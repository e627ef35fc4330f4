// The benchmark's data generator: hierarchy, campaign, models and the whole recognition cycle.
#pragma once
#include <cstdint>
#include <iosfwd>

#include "core/db.h"

struct Scale {
    const char* name;
    int roots;                 // province-level units (each with its commission)
    int middle_per_root;       // district-level units under each root (0: two-level hierarchy)
    int leaves_per_parent;     // grassroots units under each district (or commune under each root)
    int first_year, years;
    int middle_models_per_year;  // per district-level unit
    int leaf_models_per_year;    // per grassroots unit / commune
    int write_pool;            // extra draft proposals in the last year, for the write benchmark
};

Scale province_scale();
Scale national_scale();

struct Generated {
    long long models = 0, rows = 0;
};

// Fills an empty, migrated database. Deterministic for a given scale and seed.
Generated generate(core::Db& db, const Scale& scale, uint64_t seed, std::ostream& out);
