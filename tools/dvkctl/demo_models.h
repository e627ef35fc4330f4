// Demo models: the 746 models registered in 2023 by Bình Thuận's 14 district-level units (DOMAIN.md),
// a few grassroots ones and a few carried into 2024; deterministic, written through the stores.
#pragma once
#include "tools/dvkctl/commands.h"

// Needs the demo units and users; one transaction. Returns the exit code.
int load_demo_models(Tool& tool);
