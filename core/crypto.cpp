// Passwords and tokens through libsodium: argon2id hashes, random tokens, constant-time compare.
#include "core/crypto.h"

#include <sodium.h>

#include <stdexcept>
#include <vector>

namespace core {

static constexpr unsigned long long kOpsLimit = 2;
static constexpr size_t kMemLimit = 19u * 1024u * 1024u;

void crypto_init()
{
    if (sodium_init() < 0) throw std::runtime_error("libsodium failed to initialise");
}

std::string hash_password(const std::string& password)
{
    char out[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str_alg(out, password.data(), password.size(), kOpsLimit, kMemLimit,
                              crypto_pwhash_ALG_ARGON2ID13) != 0)
        throw std::runtime_error("password hashing ran out of memory");
    return out;
}

bool verify_password(const std::string& hash, const std::string& password)
{
    if (hash.empty() || hash.size() >= crypto_pwhash_STRBYTES) return false;
    return crypto_pwhash_str_verify(hash.c_str(), password.data(), password.size()) == 0;
}

bool password_needs_rehash(const std::string& hash)
{
    return crypto_pwhash_str_needs_rehash(hash.c_str(), kOpsLimit, kMemLimit) != 0;
}

static std::string to_hex(const unsigned char* bytes, size_t n)
{
    std::vector<char> hex(n * 2 + 1);
    sodium_bin2hex(hex.data(), hex.size(), bytes, n);
    return std::string(hex.data(), n * 2);
}

std::string random_token_hex(size_t bytes)
{
    std::vector<unsigned char> buf(bytes);
    randombytes_buf(buf.data(), buf.size());
    return to_hex(buf.data(), buf.size());
}

std::string sha256_hex(const std::string& data)
{
    unsigned char digest[crypto_hash_sha256_BYTES];
    crypto_hash_sha256(digest, reinterpret_cast<const unsigned char*>(data.data()), data.size());
    return to_hex(digest, sizeof digest);
}

bool constant_time_equal(const std::string& a, const std::string& b)
{
    if (a.size() != b.size()) return false;
    return sodium_memcmp(a.data(), b.data(), a.size()) == 0;
}

}  // namespace core
