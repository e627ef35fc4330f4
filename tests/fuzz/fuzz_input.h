// Splits a fuzzer's input into the parts a target needs, at a separator byte (0xFF is never valid
// UTF-8, so the parts themselves stay realistic): parts()[i] is empty when there are fewer.
#pragma once
#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

namespace fuzz {

inline std::vector<std::string> split(const uint8_t* data, size_t size, size_t parts)
{
    std::vector<std::string> out(parts);
    size_t k = 0;
    for (size_t i = 0; i < size; ++i) {
        if (data[i] == 0xFF && k + 1 < parts) {
            ++k;
            continue;
        }
        out[k] += static_cast<char>(data[i]);
    }
    return out;
}

}  // namespace fuzz
