#ifndef TESTIMONY_CSODIUM_SHIM_H
#define TESTIMONY_CSODIUM_SHIM_H
#include <sodium.h>
#include <sys/prctl.h>
#include <sys/resource.h>

/// Disables core dumps for this process (prctl is variadic, so Swift cannot call it directly).
static inline int testimony_disable_core_dumps(void) {
    struct rlimit zero = {0, 0};
    int a = setrlimit(RLIMIT_CORE, &zero);
    int b = prctl(PR_SET_DUMPABLE, 0, 0, 0, 0);
    return (a == 0 && b == 0) ? 0 : -1;
}
#endif
