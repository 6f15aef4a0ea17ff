#ifndef TESTIMONY_CSODIUM_SHIM_H
#define TESTIMONY_CSODIUM_SHIM_H
#include <sodium.h>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <signal.h>
#include <string.h>
#include <unistd.h>

/// Disables core dumps for this process (prctl is variadic, so Swift cannot call it directly).
static inline int testimony_disable_core_dumps(void) {
    struct rlimit zero = {0, 0};
    int a = setrlimit(RLIMIT_CORE, &zero);
    int b = prctl(PR_SET_DUMPABLE, 0, 0, 0, 0);
    return (a == 0 && b == 0) ? 0 : -1;
}

/// The crash handler: a fixed message, then exit. Only async-signal-safe calls (write, _exit).
static void testimony_crash_handler(int signal_number) {
    static const char message[] =
        "testimony: internal error (the process crashed). No details are printed, because they could "
        "contain testimony text. Work saved before it is kept; the step that was running did not finish. Please report what you ran.\n";
    ssize_t ignored = write(2, message, sizeof message - 1);
    (void)ignored;
    (void)signal_number;
    _exit(70);
}

/// Replaces the handlers of the fatal signals (installed at start-up by the Swift runtime's
/// backtracer, which prints registers and the memory they point at, possibly testimony text)
/// with `testimony_crash_handler`.
static inline int testimony_silence_crash_reports(void) {
    struct sigaction action;
    memset(&action, 0, sizeof action);
    action.sa_handler = testimony_crash_handler;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESETHAND;
    const int signals[] = {SIGSEGV, SIGBUS, SIGILL, SIGTRAP, SIGFPE, SIGABRT, SIGSYS};
    int result = 0;
    for (unsigned i = 0; i < sizeof signals / sizeof signals[0]; i++) {
        if (sigaction(signals[i], &action, NULL) != 0) result = -1;
    }
    return result;
}
#endif
