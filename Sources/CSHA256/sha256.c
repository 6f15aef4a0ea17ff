#include "csha256.h"

#include <string.h>

#if defined(__x86_64__) || defined(__i386__)
#include <immintrin.h>
#define TESTIMONY_SHA_X86 1
#endif


int testimony_sha256_accelerated(void) {
#ifdef TESTIMONY_SHA_X86
    __builtin_cpu_init();
    return __builtin_cpu_supports("sha") && __builtin_cpu_supports("sse4.1") && __builtin_cpu_supports("ssse3");
#else
    return 0;
#endif
}

void testimony_sha256_init(testimony_sha256_state *state) {
    static const uint32_t initial[8] = {
        0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19,
    };
    memcpy(state->h, initial, sizeof initial);
    state->length = 0;
    state->used = 0;
}

#ifdef TESTIMONY_SHA_X86
static const uint32_t K[64] = {
    0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
    0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
    0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
    0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
    0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
    0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
    0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
    0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
};

/* Compresses `blocks` 64-byte blocks into h. The SHA extensions keep the working variables as two
   vectors, ABEF and CDGH (lane 3 first), and do two rounds per sha256rnds2 with the message words
   plus constants in the low two lanes. The schedule W[16..63] comes four words at a time:
   W[t..t+3] = msg2(msg1(W[t-16..], W[t-12..]) + W[t-7..t-4], W[t-4..t-1]). */
__attribute__((target("sha,sse4.1,ssse3")))
static void compress(uint32_t h[8], const uint8_t *data, size_t blocks) {
    const __m128i byteswap = _mm_set_epi8(12, 13, 14, 15, 8, 9, 10, 11, 4, 5, 6, 7, 0, 1, 2, 3);
    __m128i dcba = _mm_loadu_si128((const __m128i *)&h[0]);
    __m128i hgfe = _mm_loadu_si128((const __m128i *)&h[4]);
    __m128i cdab = _mm_shuffle_epi32(dcba, 0xB1);
    __m128i efgh = _mm_shuffle_epi32(hgfe, 0x1B);
    __m128i abef = _mm_alignr_epi8(cdab, efgh, 8);
    __m128i cdgh = _mm_blend_epi16(efgh, cdab, 0xF0);

    for (; blocks > 0; blocks--, data += 64) {
        const __m128i saved_abef = abef;
        const __m128i saved_cdgh = cdgh;
        __m128i w[16];
        for (int i = 0; i < 4; i++) {
            w[i] = _mm_shuffle_epi8(_mm_loadu_si128((const __m128i *)(data + 16 * i)), byteswap);
        }
        for (int i = 4; i < 16; i++) {
            __m128i x = _mm_sha256msg1_epu32(w[i - 4], w[i - 3]);
            x = _mm_add_epi32(x, _mm_alignr_epi8(w[i - 1], w[i - 2], 4));
            w[i] = _mm_sha256msg2_epu32(x, w[i - 1]);
        }
        for (int i = 0; i < 16; i++) {
            __m128i words = _mm_add_epi32(w[i], _mm_loadu_si128((const __m128i *)&K[4 * i]));
            cdgh = _mm_sha256rnds2_epu32(cdgh, abef, words);
            abef = _mm_sha256rnds2_epu32(abef, cdgh, _mm_shuffle_epi32(words, 0x0E));
        }
        abef = _mm_add_epi32(abef, saved_abef);
        cdgh = _mm_add_epi32(cdgh, saved_cdgh);
    }

    __m128i feba = _mm_shuffle_epi32(abef, 0x1B);
    __m128i dchg = _mm_shuffle_epi32(cdgh, 0xB1);
    _mm_storeu_si128((__m128i *)&h[0], _mm_blend_epi16(feba, dchg, 0xF0));
    _mm_storeu_si128((__m128i *)&h[4], _mm_alignr_epi8(dchg, feba, 8));
}
#else
static void compress(uint32_t h[8], const uint8_t *data, size_t blocks) {
    (void)h;
    (void)data;
    (void)blocks;
}
#endif

void testimony_sha256_update(testimony_sha256_state *state, const uint8_t *bytes, size_t count) {
    state->length += count;
    if (state->used > 0) {
        size_t take = 64 - state->used < count ? 64 - state->used : count;
        memcpy(state->block + state->used, bytes, take);
        state->used += take;
        bytes += take;
        count -= take;
        if (state->used < 64) return;
        compress(state->h, state->block, 1);
        state->used = 0;
    }
    if (count >= 64) {
        compress(state->h, bytes, count / 64);
        bytes += count - count % 64;
        count %= 64;
    }
    memcpy(state->block, bytes, count);
    state->used = count;
}

void testimony_sha256_final(testimony_sha256_state *state, uint8_t digest[32]) {
    uint64_t bits = state->length * 8;
    uint8_t pad[72] = {0x80};
    size_t padding = (state->used < 56 ? 56 : 120) - state->used;
    for (int i = 0; i < 8; i++) pad[padding + i] = (uint8_t)(bits >> (56 - 8 * i));
    uint64_t length = state->length;
    testimony_sha256_update(state, pad, padding + 8);
    state->length = length;
    for (int i = 0; i < 8; i++) {
        digest[4 * i] = (uint8_t)(state->h[i] >> 24);
        digest[4 * i + 1] = (uint8_t)(state->h[i] >> 16);
        digest[4 * i + 2] = (uint8_t)(state->h[i] >> 8);
        digest[4 * i + 3] = (uint8_t)state->h[i];
    }
}
