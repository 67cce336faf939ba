// cy2upy_gil.c: the GIL (`with nogil:` sections and PyGILState_*, on ports with threads and a
// GIL) and CPython's thread locks (PyThread_type_lock, which Cython's cython.pymutex and
// cython.pythread_type_lock are on the Limited API).
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

// ===========================================================================================
// Thread locks (PyThread_type_lock; Cython's cython.pymutex and cython.pythread_type_lock)
// ===========================================================================================

#if MICROPY_PY_THREAD

#include "py/mpthread.h"
#include "py/mphal.h"

// A lock lives in the GC heap, linked into a list that a root pointer holds, so that it stays
// while a C static or a cdef class field refers to it (the collector scans neither a C static
// nor, for a pointer-sized field, knows that it must keep what it points to otherwise). Freeing
// unlinks it; the collector reclaims the block later (a lock freed by a __dealloc__ that runs
// during a collection is only unlinked then).
struct _cy_thread_lock_t {
    struct _cy_thread_lock_t *prev;
    struct _cy_thread_lock_t *next;
    mp_thread_mutex_t mutex;
};

MP_REGISTER_ROOT_POINTER(struct _cy_thread_lock_t *cy2upy_locks);

// The list is changed holding the GIL, or without one the collector's own mutex (see
// cy2upy_err.c for why that one).
#if MICROPY_PY_THREAD_GIL
#define LOCKS_LOCK() ((void)0)
#define LOCKS_UNLOCK() ((void)0)
#else
#define LOCKS_LOCK() mp_thread_recursive_mutex_lock(&MP_STATE_MEM(gc_mutex), 1)
#define LOCKS_UNLOCK() mp_thread_recursive_mutex_unlock(&MP_STATE_MEM(gc_mutex))
#endif

cy_PyThread_type_lock cy_PyThread_allocate_lock(void) {
    struct _cy_thread_lock_t *lock = m_new_maybe(struct _cy_thread_lock_t, 1);
    if (lock == NULL) {
        return NULL;
    }
    memset(lock, 0, sizeof(*lock));
    mp_thread_mutex_init(&lock->mutex);
    LOCKS_LOCK();
    lock->next = MP_STATE_VM(cy2upy_locks);
    if (lock->next != NULL) {
        lock->next->prev = lock;
    }
    MP_STATE_VM(cy2upy_locks) = lock;
    LOCKS_UNLOCK();
    return lock;
}

void cy_PyThread_free_lock(cy_PyThread_type_lock lock) {
    if (lock == NULL) {
        return;
    }
    LOCKS_LOCK();
    if (lock->prev != NULL) {
        lock->prev->next = lock->next;
    } else if (MP_STATE_VM(cy2upy_locks) == lock) {
        MP_STATE_VM(cy2upy_locks) = lock->next;
    }
    if (lock->next != NULL) {
        lock->next->prev = lock->prev;
    }
    lock->prev = lock->next = NULL;
    LOCKS_UNLOCK();
}

int cy_PyThread_acquire_lock(cy_PyThread_type_lock lock, int waitflag) {
    return mp_thread_mutex_lock(&lock->mutex, waitflag != 0) ? 1 : 0;
}

cy_PyLockStatus cy_PyThread_acquire_lock_timed(cy_PyThread_type_lock lock, long long microseconds,
    int intr_flag) {
    (void)intr_flag;
    if (microseconds < 0) {
        return cy_PyThread_acquire_lock(lock, cy_WAIT_LOCK) ? cy_PY_LOCK_ACQUIRED : cy_PY_LOCK_FAILURE;
    }
    mp_uint_t start = mp_hal_ticks_us();
    for (;;) {
        if (cy_PyThread_acquire_lock(lock, cy_NOWAIT_LOCK)) {
            return cy_PY_LOCK_ACQUIRED;
        }
        if ((long long)(mp_uint_t)(mp_hal_ticks_us() - start) >= microseconds) {
            return cy_PY_LOCK_FAILURE;
        }
    }
}

void cy_PyThread_release_lock(cy_PyThread_type_lock lock) {
    mp_thread_mutex_unlock(&lock->mutex);
}

void cy_Pyx_Locks_PyThreadTypeLock_LockGil(cy_PyThread_type_lock lock) {
    if (cy_PyThread_acquire_lock(lock, cy_NOWAIT_LOCK)) {
        return;
    }
    // Another thread holds it and may need the GIL to get to its release.
    cy_PyThreadState *state = cy_PyEval_SaveThread();
    cy_PyThread_acquire_lock(lock, cy_WAIT_LOCK);
    cy_PyEval_RestoreThread(state);
}

void cy_Pyx_Locks_PyThreadTypeLock_Lock(cy_PyThread_type_lock lock) {
    if (cy_PyGILState_Check()) {
        cy_Pyx_Locks_PyThreadTypeLock_LockGil(lock);
    } else {
        cy_PyThread_acquire_lock(lock, cy_WAIT_LOCK);
    }
}

int cy_Pyx_Locks_PyThreadTypeLock_Locked(cy_PyThread_type_lock lock) {
    if (cy_PyThread_acquire_lock(lock, cy_NOWAIT_LOCK)) {
        cy_PyThread_release_lock(lock);
        return 0;
    }
    return 1;
}

#else

// No threads: nothing can hold a lock while this code waits, so every lock is this placeholder.
struct _cy_thread_lock_t {
    int unused;
};

static struct _cy_thread_lock_t lock_placeholder;

cy_PyThread_type_lock cy_PyThread_allocate_lock(void) {
    return &lock_placeholder;
}

void cy_PyThread_free_lock(cy_PyThread_type_lock lock) {
    (void)lock;
}

int cy_PyThread_acquire_lock(cy_PyThread_type_lock lock, int waitflag) {
    (void)lock;
    (void)waitflag;
    return 1;
}

cy_PyLockStatus cy_PyThread_acquire_lock_timed(cy_PyThread_type_lock lock, long long microseconds,
    int intr_flag) {
    (void)lock;
    (void)microseconds;
    (void)intr_flag;
    return cy_PY_LOCK_ACQUIRED;
}

void cy_PyThread_release_lock(cy_PyThread_type_lock lock) {
    (void)lock;
}

void cy_Pyx_Locks_PyThreadTypeLock_LockGil(cy_PyThread_type_lock lock) {
    (void)lock;
}

void cy_Pyx_Locks_PyThreadTypeLock_Lock(cy_PyThread_type_lock lock) {
    (void)lock;
}

int cy_Pyx_Locks_PyThreadTypeLock_Locked(cy_PyThread_type_lock lock) {
    (void)lock;
    return 0;
}

#endif
