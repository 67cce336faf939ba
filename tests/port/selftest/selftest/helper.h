#ifndef SELFTEST_HELPER_H
#define SELFTEST_HELPER_H

#include "py/obj.h"

// Lives in libselftest_helper.a: calls back into MicroPython, which is what a
// runtime library linked through LIBS_USERMOD does.
mp_obj_t selftest_helper_sum(mp_obj_t seq);

#endif
