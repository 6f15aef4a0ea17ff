#ifndef TESTIMONY_CSHA256_H
#define TESTIMONY_CSHA256_H

#include <stddef.h>
#include <stdint.h>

/* SHA-256 (FIPS 180-4) on the x86 SHA extensions, for hashing release files. libsodium 1.0.18's
   portable SHA-256 runs at about 210 MB/s, a quarter of a release's CPU time; the extensions run
   several times faster. Call testimony_sha256_accelerated() first: when it returns 0 (another
   CPU), none of the other functions may be used and callers stay on libsodium. */

typedef struct {
    uint32_t h[8];
    uint8_t block[64];
    uint64_t length; /* bytes hashed so far */
    size_t used;     /* bytes waiting in block */
} testimony_sha256_state;

int testimony_sha256_accelerated(void);
void testimony_sha256_init(testimony_sha256_state *state);
void testimony_sha256_update(testimony_sha256_state *state, const uint8_t *bytes, size_t count);
void testimony_sha256_final(testimony_sha256_state *state, uint8_t digest[32]);

#endif
