// Passwords and tokens through libsodium: argon2id hashes, random tokens, constant-time compare.
#pragma once
#include <string>

namespace core {

// Call once in main() before threads start.
void crypto_init();

// argon2id at OWASP's minimum or above (t=2, 19 MiB).
std::string hash_password(const std::string& password);
bool verify_password(const std::string& hash, const std::string& password);
// True when the hash was made with weaker parameters than hash_password uses now.
bool password_needs_rehash(const std::string& hash);

// Lowercase hex of `bytes` random bytes.
std::string random_token_hex(size_t bytes = 32);
// Lowercase hex SHA-256: session tokens are stored only as this hash.
std::string sha256_hex(const std::string& data);
bool constant_time_equal(const std::string& a, const std::string& b);

}  // namespace core
