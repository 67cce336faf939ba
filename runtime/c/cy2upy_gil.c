// cy2upy_gil.c: the GIL: `with nogil:` sections and PyGILState_*, on ports with threads
// and a GIL.
//
// Part of the C half of cython2upy's runtime (what each file holds: cy2upy_internal.h).

#include "cy2upy_internal.h"

// ===========================================================================================
// The GIL
// ===========================================================================================

#if MICROPY_PY_THREAD && MICROPY_PY_THREAD_GIL
// How many `with nogil:` sections this thread is in (it holds the GIL when 0).
static __thread int gil_released;
#endif

cy_PyThreadState *cy_PyEval_SaveThread(void) {
    #if MICROPY_PY_THREAD && MICROPY_PY_THREAD_GIL
    gil_released++;
    MP_THREAD_GIL_EXIT();
    #endif
    return NULL;
}

void cy_PyEval_RestoreThread(cy_PyThreadState *state) {
    (void)state;
    #if MICROPY_PY_THREAD && MICROPY_PY_THREAD_GIL
    MP_THREAD_GIL_ENTER();
    gil_released--;
    #endif
}

cy_PyGILState_STATE cy_PyGILState_Ensure(void) {
    #if MICROPY_PY_THREAD && MICROPY_PY_THREAD_GIL
    if (gil_released > 0) {
        MP_THREAD_GIL_ENTER();
        gil_released--;
        return 1;
    }
    #endif
    return 0;
}

void cy_PyGILState_Release(cy_PyGILState_STATE state) {
    #if MICROPY_PY_THREAD && MICROPY_PY_THREAD_GIL
    if (state) {
        gil_released++;
        MP_THREAD_GIL_EXIT();
    }
    #else
    (void)state;
    #endif
}

int cy_PyGILState_Check(void) {
    #if MICROPY_PY_THREAD && MICROPY_PY_THREAD_GIL
    return gil_released == 0;
    #else
    return 1;
    #endif
}
