#ifndef TESTIMONY_CVOIKKO_SHIM_H
#define TESTIMONY_CVOIKKO_SHIM_H
#include <libvoikko/voikko.h>
#endif
