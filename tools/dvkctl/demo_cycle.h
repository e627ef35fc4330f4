// Demo recognition cycle for 2023 (DOMAIN.md's figures): evaluations of the 746 district-level models
// (some low, with follow-ups), 155 recognised at district level by 13 of the 14 units (Đức Linh has
// not considered), 39 proposed by those 13 to the province, 22 recognised at one provincial review
// meeting — the five named collective models of the seeds among them. Deterministic, through the stores.
#pragma once
#include "tools/dvkctl/commands.h"

// Needs the demo units, users, campaign and models; one transaction. Returns the exit code.
int load_demo_cycle(Tool& tool);
