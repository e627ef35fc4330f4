// libFuzzer target: the form-to-domain binder of the model form (domain::validate_model) and the
// decimal parser behind its indicator targets. Input: the form's fields separated by 0xFF.
#include <cstdint>
#include <cstdlib>

#include "domain/models.h"
#include "tests/fuzz/fuzz_date.h"
#include "tests/fuzz/fuzz_input.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    auto p = fuzz::split(data, size, 15);
    domain::ModelInput in{p[0], p[1], p[2], p[3], p[4], p[5], p[6], p[7], p[8], {}};
    for (size_t i = 9; i + 2 < p.size(); i += 3) in.indicators.push_back({p[i], p[i + 1], p[i + 2]});
    std::map<std::string, int64_t> fields{{"economy", 1}, {"culture_society", 2}};
    auto v = domain::validate_model(in, fields, fuzz::parse_date, size % 2 == 0);
    if (v.ok()) {
        // What passes is what the store may write: a kind it knows, a field it knows, numbers it parses.
        if (!domain::valid_model_kind(v.draft.kind)) std::abort();
        if (fields.count(v.draft.field_code) == 0) std::abort();
        for (const auto& ind : v.draft.indicators)
            if (!domain::parse_decimal(ind.target)) std::abort();
    }
    for (const auto& s : p) {
        auto d = domain::parse_decimal(s);
        if (d && domain::parse_decimal(*d) != d) std::abort();  // normalised form is stable
    }
    return 0;
}
