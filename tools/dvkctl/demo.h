// The demo data: units from sql/demo/*.sql, then one demo user per role (passwords hashed here).
#pragma once
#include "tools/dvkctl/commands.h"

// Loads the demo data once; a database that already has users is left alone. Returns the exit code.
int load_demo_data(Tool& tool);
