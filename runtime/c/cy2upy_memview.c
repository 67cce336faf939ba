// cy2upy_memview.c: typed memoryviews as Python objects, and cython.view.array.
//
// Cython turns a typed memoryview into a Python object with __pyx_memoryview_fromslice (returning a
// view, passing it to Python code, `view is None`, `.T`, `.copy()`), which on CPython builds an
// instance of its `_memoryviewslice` class. Here that is one MicroPython type holding the slice
// (data, shape, strides: N-D) and the object whose memory it views, which the slice keeps alive
// (the collector sees both through the instance). Python code indexes, slices, iterates and
// assigns it as Cython's class allows, reads `.shape`, `.strides`, `.ndim`, `.size`, `.itemsize`,
// `.nbytes`, `.base`, `.T`, and calls `.copy()`, `.copy_fortran()`, `.is_c_contig()`,
// `.is_f_contig()`; a C-contiguous one has MicroPython's buffer slot (`bytes(v)`, `memoryview(v)`).
//
// `cython.view.array` (Cython's `array` class) is a second type with Cython's field names
// (`arr.data`, `arr.callback_free_data` are read and written by the module's own C), which owns
// its data (a GC block) or wraps the caller's (`allocate_buffer=False`, `<double[:n]> p`); its
// finaliser calls `callback_free_data`. Both types bind back to typed views N-D: their `protocol`
// slot names their CPython getbuffer (cy_i_nd_exporter_t, read by cy2upy_buffer.c).
//
// The copies (`a[:] = b`, `.copy()`) follow Cython's memoryview_copy_contents and
// slice_copy_contig: broadcasting of extents 1, the extents error, overlapping slices through a
// temporary.

#include <string.h>

#include "cy2upy_internal.h"
#include "py/binary.h"
#include "py/objtuple.h"

// The runtime part MEMVIEW (rules/parts.toml): compiled only in a firmware with a module that
// uses typed memoryviews as objects or cython.view.array.
#if CY2UPY_PART_MEMVIEW

typedef mp_obj_t (*cy_memview_to_object_t)(char *);
typedef int (*cy_memview_to_dtype_t)(char *, mp_obj_t);

// Cython's _memoryviewslice.
typedef struct {
    mp_obj_base_t base;
    // `.base`: the object the memory came from (Cython's from_object).
    mp_obj_t from_object;
    // The slice; its memview field is the object that keeps the data alive.
    cy_Pyx_memviewslice from_slice;
    cy_memview_to_object_t to_object_func;
    cy_memview_to_dtype_t to_dtype_func;
    int ndim;
    mp_int_t itemsize;
    char format;
    // The format as a C string, for CPython's Py_buffer.
    char format_str[2];
    bool readonly;
    bool dtype_is_object;
} cy_memview_obj_t;


static bool is_memview(mp_obj_t o) {
    return mp_obj_is_type(o, &cy_memview_type);
}

static bool is_array(mp_obj_t o) {
    return mp_obj_is_type(o, &cy_pyx_array_type_obj);
}

// ---------------------------------------------------------------------------------------------
// What a typed view binds to

// What the runtime knows of the memory of its own N-D objects.
typedef struct {
    char *data;
    int ndim;
    const mp_int_t *shape;
    const mp_int_t *strides;
    mp_int_t itemsize;
    char format;
    bool readonly;
} cy_i_nd_buffer_t;

// Fill `out` when `obj` is a memoryview object or a cython.view.array; false for other objects.
static bool cy_i_nd_buffer(mp_obj_t obj, cy_i_nd_buffer_t *out) {
    if (is_memview(obj)) {
        cy_memview_obj_t *m = MP_OBJ_TO_PTR(obj);
        out->data = m->from_slice.data;
        out->ndim = m->ndim;
        out->shape = m->from_slice.shape;
        out->strides = m->from_slice.strides;
        out->itemsize = m->itemsize;
        out->format = m->format;
        out->readonly = m->readonly;
        return true;
    }
    if (is_array(obj)) {
        cy_pyx_array_obj *a = MP_OBJ_TO_PTR(obj);
        out->data = a->data;
        out->ndim = a->ndim;
        out->shape = a->_shape;
        out->strides = a->_strides;
        out->itemsize = a->itemsize;
        out->format = a->format[0];
        out->readonly = false;
        return true;
    }
    return false;
}

// The item size, format character, writability and `.base` of the memory a slice's memview field
// names: a memoryview object, a cython.view.array, or an object with a buffer (bound 1-D).
static void owner_info(mp_obj_t owner, cy_memview_obj_t *m) {
    if (is_memview(owner)) {
        cy_memview_obj_t *o = MP_OBJ_TO_PTR(owner);
        m->from_object = o->from_object;
        m->itemsize = o->itemsize;
        m->format = o->format;
        m->readonly = o->readonly;
        return;
    }
    m->from_object = owner;
    if (is_array(owner)) {
        cy_pyx_array_obj *a = MP_OBJ_TO_PTR(owner);
        m->itemsize = a->itemsize;
        m->format = a->format[0];
        m->readonly = false;
        return;
    }
    // A cdef class with __getbuffer__: its item as it exports it.
    cy_Py_buffer view;
    int nd = cy_buffer_get_nd(owner, &view, cy_PyBUF_RECORDS_RO);
    if (nd > 0) {
        const char *f = view.format == NULL ? "B" : view.format;
        m->format = f[0] == '@' ? f[1] : f[0];
        m->itemsize = view.itemsize;
        m->readonly = view.readonly != 0;
        cy_buffer_release_nd(owner, &view);
        return;
    }
    if (nd < 0) {
        cy_PyErr_Clear();
    }
    mp_buffer_info_t info;
    if (mp_get_buffer(owner, &info, MP_BUFFER_READ)) {
        m->format = cy_i_buffer_format_char(info.typecode);
        m->itemsize = (mp_int_t)cy_i_buffer_itemsize(m->format);
        m->readonly = !mp_get_buffer(owner, &info, MP_BUFFER_WRITE);
    } else {
        m->format = 'B';
        m->itemsize = 1;
        m->readonly = true;
    }
}

// ---------------------------------------------------------------------------------------------
// Slices: contiguity, copies

static int slice_is_contig(const cy_Pyx_memviewslice *s, char order, int ndim, mp_int_t itemsize) {
    for (int i = 0; i < ndim; i++) {
        int index = order == 'F' ? i : ndim - 1 - i;
        if (s->strides[index] != itemsize) {
            return 0;
        }
        itemsize *= s->shape[index];
    }
    return 1;
}

static mp_int_t fill_contig_strides(const mp_int_t *shape, mp_int_t *strides, mp_int_t stride,
    int ndim, char order) {
    if (order == 'F') {
        for (int i = 0; i < ndim; i++) {
            strides[i] = stride;
            stride *= shape[i];
        }
    } else {
        for (int i = ndim - 1; i >= 0; i--) {
            strides[i] = stride;
            stride *= shape[i];
        }
    }
    return stride;
}

static void copy_strided(char *src, const mp_int_t *src_strides, char *dst,
    const mp_int_t *dst_strides, const mp_int_t *dst_shape, int ndim, size_t itemsize) {
    mp_int_t extent = dst_shape[0];
    if (ndim == 1) {
        if (src_strides[0] > 0 && (size_t)src_strides[0] == itemsize
            && (size_t)dst_strides[0] == itemsize) {
            memmove(dst, src, itemsize * (size_t)extent);
            return;
        }
        for (mp_int_t i = 0; i < extent; i++) {
            memmove(dst, src, itemsize);
            src += src_strides[0];
            dst += dst_strides[0];
        }
        return;
    }
    for (mp_int_t i = 0; i < extent; i++) {
        copy_strided(src, src_strides + 1, dst, dst_strides + 1, dst_shape + 1, ndim - 1, itemsize);
        src += src_strides[0];
        dst += dst_strides[0];
    }
}

static char best_order(const cy_Pyx_memviewslice *s, int ndim) {
    mp_int_t c_stride = 0, f_stride = 0;
    for (int i = ndim - 1; i >= 0; i--) {
        if (s->shape[i] > 1) {
            c_stride = s->strides[i];
            break;
        }
    }
    for (int i = 0; i < ndim; i++) {
        if (s->shape[i] > 1) {
            f_stride = s->strides[i];
            break;
        }
    }
    c_stride = c_stride < 0 ? -c_stride : c_stride;
    f_stride = f_stride < 0 ? -f_stride : f_stride;
    return c_stride <= f_stride ? 'C' : 'F';
}

static void memory_extent(const cy_Pyx_memviewslice *s, int ndim, size_t itemsize, char **start,
    char **end) {
    char *a = s->data, *b = s->data;
    for (int i = 0; i < ndim; i++) {
        if (s->shape[i] == 0) {
            *start = *end = a;
            return;
        }
        if (s->strides[i] > 0) {
            b += s->strides[i] * (s->shape[i] - 1);
        } else {
            a += s->strides[i] * (s->shape[i] - 1);
        }
    }
    *start = a;
    *end = b + itemsize;
}

// The item size of the memory a slice views (Cython reads it from the slice's memoryview).
static mp_int_t slice_itemsize(const cy_Pyx_memviewslice *s) {
    cy_memview_obj_t info;
    owner_info(MP_OBJ_FROM_PTR(s->memview), &info);
    return info.itemsize;
}

int cy_pyx_memviewslice_is_contig(const cy_Pyx_memviewslice mvs, char order, int ndim) {
    mp_int_t itemsize = slice_itemsize(&mvs);
    int step = order == 'F' ? 1 : -1;
    int start = order == 'F' ? 0 : ndim - 1;
    for (int i = 0; i < ndim; i++) {
        int index = start + step * i;
        if (mvs.suboffsets[index] >= 0 || mvs.strides[index] != itemsize) {
            return 0;
        }
        itemsize *= mvs.shape[index];
    }
    return 1;
}

// Raises (nlr) like the Python code it stands for.
static void copy_contents(cy_Pyx_memviewslice src, cy_Pyx_memviewslice dst, int src_ndim,
    int dst_ndim, mp_int_t itemsize) {
    int ndim = src_ndim > dst_ndim ? src_ndim : dst_ndim;
    // Broadcast the leading dimensions of the one with fewer.
    cy_Pyx_memviewslice *fewer = src_ndim < dst_ndim ? &src : &dst;
    int have = src_ndim < dst_ndim ? src_ndim : dst_ndim;
    int offset = ndim - have;
    if (offset > 0) {
        for (int i = have - 1; i >= 0; i--) {
            fewer->shape[i + offset] = fewer->shape[i];
            fewer->strides[i + offset] = fewer->strides[i];
        }
        for (int i = 0; i < offset; i++) {
            fewer->shape[i] = 1;
            fewer->strides[i] = fewer->strides[0];
        }
    }
    char order = best_order(&src, ndim);
    bool broadcasting = false;
    for (int i = 0; i < ndim; i++) {
        if (src.shape[i] != dst.shape[i]) {
            if (src.shape[i] == 1) {
                broadcasting = true;
                src.strides[i] = 0;
            } else {
                mp_raise_msg_varg(&mp_type_ValueError,
                    MP_ERROR_TEXT("got differing extents in dimension %d (got %d and %d)"), i,
                    (int)dst.shape[i], (int)src.shape[i]);
            }
        }
    }
    char *s0, *s1, *d0, *d1;
    memory_extent(&src, ndim, (size_t)itemsize, &s0, &s1);
    memory_extent(&dst, ndim, (size_t)itemsize, &d0, &d1);
    if (s0 < d1 && d0 < s1) {
        // Overlapping: through a contiguous temporary.
        if (!slice_is_contig(&src, order, ndim, itemsize)) {
            order = best_order(&dst, ndim);
        }
        cy_Pyx_memviewslice tmp = src;
        size_t size = (size_t)itemsize;
        for (int i = 0; i < ndim; i++) {
            size *= (size_t)src.shape[i];
        }
        tmp.data = m_new(char, size ? size : 1);
        fill_contig_strides(tmp.shape, tmp.strides, itemsize, ndim, order);
        for (int i = 0; i < ndim; i++) {
            if (tmp.shape[i] == 1) {
                tmp.strides[i] = 0;
            }
        }
        copy_strided(src.data, src.strides, tmp.data, tmp.strides, tmp.shape, ndim,
            (size_t)itemsize);
        src = tmp;
    }
    (void)broadcasting;
    copy_strided(src.data, src.strides, dst.data, dst.strides, dst.shape, ndim, (size_t)itemsize);
}

// A new C- or Fortran-contiguous array holding a copy of the slice; the slice returned views it.
static cy_Pyx_memviewslice copy_new_contig(const cy_Pyx_memviewslice *from, const char *mode,
    int ndim, mp_int_t itemsize, char format) {
    mp_obj_t shape[8] = { MP_OBJ_NULL };
    for (int i = 0; i < ndim; i++) {
        shape[i] = mp_obj_new_int(from->shape[i]);
    }
    char fmt[2] = { format, 0 };
    cy_pyx_array_obj *a = cy_i_array_make(ndim, shape, itemsize, fmt, mode[0] == 'f', NULL);
    cy_Pyx_memviewslice r;
    memset(&r, 0, sizeof(r));
    r.memview = (cy_pyx_memoryview_obj *)a;
    r.data = a->data;
    for (int i = 0; i < ndim; i++) {
        r.shape[i] = a->_shape[i];
        r.strides[i] = a->_strides[i];
        r.suboffsets[i] = -1;
    }
    copy_strided(from->data, from->strides, r.data, r.strides, r.shape, ndim, (size_t)itemsize);
    return r;
}

int cy_pyx_memoryview_copy_contents(cy_Pyx_memviewslice src, cy_Pyx_memviewslice dst,
    int src_ndim, int dst_ndim, int dtype_is_object) {
    (void)dtype_is_object;
    nlr_buf_t nlr;
    if (nlr_push(&nlr) == 0) {
        copy_contents(src, dst, src_ndim, dst_ndim, slice_itemsize(&src));
        nlr_pop();
        return 0;
    }
    cy_err_set(MP_OBJ_FROM_PTR(nlr.ret_val));
    return -1;
}

cy_Pyx_memviewslice cy_pyx_memoryview_copy_new_contig(const cy_Pyx_memviewslice *from_mvs,
    const char *mode, int ndim, mp_int_t sizeof_dtype, int contig_flag, int dtype_is_object) {
    (void)contig_flag;
    (void)dtype_is_object;
    cy_memview_obj_t info;
    owner_info(MP_OBJ_FROM_PTR(from_mvs->memview), &info);
    nlr_buf_t nlr;
    if (nlr_push(&nlr) == 0) {
        cy_Pyx_memviewslice r = copy_new_contig(from_mvs, mode, ndim, sizeof_dtype, info.format);
        nlr_pop();
        return r;
    }
    cy_err_set(MP_OBJ_FROM_PTR(nlr.ret_val));
    cy_Pyx_memviewslice r;
    memset(&r, 0, sizeof(r));
    return r;
}

int cy_pyx_memslice_transpose(cy_Pyx_memviewslice *memslice) {
    mp_obj_t owner = MP_OBJ_FROM_PTR(memslice->memview);
    // Cython reverses as many axes as the memoryview of the slice has: the exporter's.
    cy_i_nd_buffer_t nd;
    int ndim = 1;
    if (cy_i_nd_buffer(owner, &nd)) {
        ndim = nd.ndim;
    } else {
        cy_Py_buffer view;
        int r = cy_buffer_get_nd(owner, &view, cy_PyBUF_RECORDS_RO);
        if (r > 0) {
            ndim = view.shape == NULL ? 1 : view.ndim;
            cy_buffer_release_nd(owner, &view);
        } else if (r < 0) {
            return -1;
        }
    }
    if (ndim > 8) {
        ndim = 8;
    }
    for (int i = 0; i < ndim / 2; i++) {
        int j = ndim - 1 - i;
        mp_int_t t = memslice->strides[i];
        memslice->strides[i] = memslice->strides[j];
        memslice->strides[j] = t;
        t = memslice->shape[i];
        memslice->shape[i] = memslice->shape[j];
        memslice->shape[j] = t;
    }
    return 0;
}

// ---------------------------------------------------------------------------------------------
// The memoryview object

static mp_obj_t memview_new(const cy_Pyx_memviewslice *s, int ndim, cy_memview_to_object_t get,
    cy_memview_to_dtype_t set, bool dtype_is_object) {
    cy_memview_obj_t *m = mp_obj_malloc(cy_memview_obj_t, &cy_memview_type);
    owner_info(MP_OBJ_FROM_PTR(s->memview), m);
    m->from_slice = *s;
    m->ndim = ndim;
    m->format_str[0] = m->format;
    m->format_str[1] = 0;
    m->to_object_func = get;
    m->to_dtype_func = set;
    m->dtype_is_object = dtype_is_object;
    // A view of const items comes with a reader and no writer (Cython writes none for const
    // types): read-only, as Cython's PyBUF_RECORDS_RO flags make it.
    if (get != NULL && set == NULL && !dtype_is_object) {
        m->readonly = true;
    }
    return MP_OBJ_FROM_PTR(m);
}

mp_obj_t cy_pyx_memoryview_fromslice(cy_Pyx_memviewslice memviewslice, int ndim,
    mp_obj_t (*to_object_func)(char *), int (*to_dtype_func)(char *, mp_obj_t),
    int dtype_is_object) {
    mp_obj_t owner = MP_OBJ_FROM_PTR(memviewslice.memview);
    if (owner == MP_OBJ_NULL || owner == mp_const_none) {
        return mp_const_none;
    }
    nlr_buf_t nlr;
    if (nlr_push(&nlr) == 0) {
        mp_obj_t r = memview_new(&memviewslice, ndim, to_object_func, to_dtype_func,
            dtype_is_object != 0);
        nlr_pop();
        return r;
    }
    cy_err_set(MP_OBJ_FROM_PTR(nlr.ret_val));
    return MP_OBJ_NULL;
}

// A memoryview object over all of an array (Cython's array.memview).
static mp_obj_t array_memview(mp_obj_t arr) {
    cy_pyx_array_obj *a = MP_OBJ_TO_PTR(arr);
    cy_Pyx_memviewslice s;
    memset(&s, 0, sizeof(s));
    s.memview = (cy_pyx_memoryview_obj *)a;
    s.data = a->data;
    for (int i = 0; i < a->ndim; i++) {
        s.shape[i] = a->_shape[i];
        s.strides[i] = a->_strides[i];
        s.suboffsets[i] = -1;
    }
    return memview_new(&s, a->ndim, NULL, NULL, a->dtype_is_object != 0);
}

static mp_obj_t item_to_object(cy_memview_obj_t *m, char *itemp) {
    if (m->to_object_func != NULL) {
        mp_obj_t r = m->to_object_func(itemp);
        if (r == MP_OBJ_NULL) {
            cy_raise_pending();
        }
        return r;
    }
    if (m->dtype_is_object) {
        return *(mp_obj_t *)itemp;
    }
    if (m->format == '?') {
        return mp_obj_new_bool(*(uint8_t *)itemp);
    }
    if (m->format == 'c') {
        return mp_obj_new_bytes((const byte *)itemp, 1);
    }
    if (cy_i_buffer_itemsize(m->format) == 0) {
        mp_raise_ValueError(MP_ERROR_TEXT("Unable to convert item to object"));
    }
    return mp_binary_get_val_array(m->format, itemp, 0);
}

static void item_from_object(cy_memview_obj_t *m, char *itemp, mp_obj_t value) {
    if (m->to_dtype_func != NULL) {
        if (!m->to_dtype_func(itemp, value)) {
            cy_raise_pending();
        }
        return;
    }
    if (m->dtype_is_object) {
        *(mp_obj_t *)itemp = value;
        return;
    }
    if (m->format == '?') {
        *(uint8_t *)itemp = mp_obj_is_true(value);
        return;
    }
    if (cy_i_buffer_itemsize(m->format) == 0 || m->format == 'c') {
        mp_raise_ValueError(MP_ERROR_TEXT("Unable to convert item to object"));
    }
    mp_binary_set_val_array(m->format, itemp, 0, value);
}

static MP_NORETURN void err_invalid_index(mp_obj_t item) {
    mp_raise_msg_varg(&mp_type_TypeError, MP_ERROR_TEXT("Cannot index with type '<class '%s'>'"),
        mp_obj_get_type_str(item));
}

static bool is_index(mp_obj_t o) {
    return mp_obj_is_int(o) || mp_obj_is_bool(o);
}

// Cython's _unellipsify: `index` as one entry per dimension (`out`, ndim of them, Ellipsis and
// missing ones as `slice(None)`; None entries kept, so up to 2 * ndim); whether any is a slice.
static bool unellipsify(mp_obj_t index, int ndim, mp_obj_t *out, size_t *n_out) {
    mp_obj_t full = mp_obj_new_slice(mp_const_none, mp_const_none, mp_const_none);
    size_t n;
    mp_obj_t *items;
    mp_obj_t one[1] = { index };
    if (index == MP_OBJ_FROM_PTR(&mp_const_ellipsis_obj)) {
        for (int i = 0; i < ndim; i++) {
            out[i] = full;
        }
        *n_out = (size_t)ndim;
        return true;
    }
    if (mp_obj_is_type(index, &mp_type_tuple)) {
        mp_obj_tuple_get(index, &n, &items);
    } else {
        n = 1;
        items = one;
    }
    if (n > 16) {
        mp_raise_ValueError(MP_ERROR_TEXT("too many indices"));
    }
    bool have_slices = false;
    long first_ellipsis = -1;
    for (size_t i = 0; i < n; i++) {
        mp_obj_t item = items[i];
        if (item == MP_OBJ_FROM_PTR(&mp_const_ellipsis_obj)) {
            have_slices = true;
            if (first_ellipsis < 0) {
                first_ellipsis = (long)i;
            }
        } else if (mp_obj_is_type(item, &mp_type_slice)) {
            have_slices = true;
        } else if (item == mp_const_none && items != one) {
            have_slices = true;
        } else if (!is_index(item)) {
            err_invalid_index(item);
        }
    }
    if (first_ellipsis >= 0) {
        for (int i = 0; i < ndim; i++) {
            out[i] = full;
        }
        for (long i = 0; i < first_ellipsis; i++) {
            out[i] = items[i];
        }
        long from_ellipsis = (long)n - first_ellipsis;
        long end = ndim - from_ellipsis;
        for (long i = 1; i < from_ellipsis; i++) {
            mp_obj_t item = items[first_ellipsis + i];
            if (item != MP_OBJ_FROM_PTR(&mp_const_ellipsis_obj) && end + i >= 0 && end + i < ndim) {
                out[end + i] = item;
            }
        }
        *n_out = (size_t)ndim;
        return have_slices;
    }
    for (size_t i = 0; i < n; i++) {
        out[i] = items[i];
    }
    *n_out = n;
    if ((size_t)ndim > n) {
        have_slices = true;
        for (size_t i = n; i < (size_t)ndim; i++) {
            out[i] = full;
        }
        *n_out = (size_t)ndim;
    }
    return have_slices;
}

static mp_int_t slice_part(mp_obj_t v, bool *have) {
    *have = v != mp_const_none;
    return *have ? mp_obj_get_int(v) : 0;
}

// Cython's memview_slice: a new memoryview object for `indices` (with slices).
static mp_obj_t memview_slice(cy_memview_obj_t *m, const mp_obj_t *indices, size_t n) {
    const cy_Pyx_memviewslice *src = &m->from_slice;
    cy_Pyx_memviewslice dst;
    memset(&dst, 0, sizeof(dst));
    dst.memview = src->memview;
    dst.data = src->data;
    int new_ndim = 0;
    int dim = 0;
    for (size_t k = 0; k < n; k++) {
        mp_obj_t index = indices[k];
        if (index == mp_const_none) {
            if (new_ndim >= 8) {
                mp_raise_ValueError(MP_ERROR_TEXT("too many dimensions"));
            }
            dst.shape[new_ndim] = 1;
            dst.strides[new_ndim] = 0;
            dst.suboffsets[new_ndim] = -1;
            new_ndim++;
            continue;
        }
        if (dim >= m->ndim) {
            mp_raise_msg_varg(&mp_type_IndexError,
                MP_ERROR_TEXT("Index out of bounds (axis %d)"), dim);
        }
        mp_int_t shape = src->shape[dim], stride = src->strides[dim];
        if (is_index(index)) {
            mp_int_t start = mp_obj_get_int(index);
            if (start < 0) {
                start += shape;
            }
            if (!(0 <= start && start < shape)) {
                mp_raise_msg_varg(&mp_type_IndexError,
                    MP_ERROR_TEXT("Index out of bounds (axis %d)"), dim);
            }
            dst.data += start * stride;
        } else {
            mp_obj_slice_t *sl = MP_OBJ_TO_PTR(index);
            bool have_start, have_stop, have_step;
            mp_int_t start = slice_part(sl->start, &have_start);
            mp_int_t stop = slice_part(sl->stop, &have_stop);
            mp_int_t step = slice_part(sl->step, &have_step);
            bool negative = false;
            if (have_step) {
                negative = step < 0;
                if (step == 0) {
                    mp_raise_msg_varg(&mp_type_ValueError,
                        MP_ERROR_TEXT("Step may not be zero (axis %d)"), dim);
                }
            } else {
                step = 1;
            }
            if (have_start) {
                if (start < 0) {
                    start += shape;
                    if (start < 0) {
                        start = 0;
                    }
                } else if (start >= shape) {
                    start = negative ? shape - 1 : shape;
                }
            } else {
                start = negative ? shape - 1 : 0;
            }
            if (have_stop) {
                if (stop < 0) {
                    stop += shape;
                    if (stop < 0) {
                        stop = 0;
                    }
                } else if (stop > shape) {
                    stop = shape;
                }
            } else {
                stop = negative ? -1 : shape;
            }
            mp_int_t len = (stop - start) / step;
            if ((stop - start) - step * len) {
                len++;
            }
            if (len < 0) {
                len = 0;
            }
            if (new_ndim >= 8) {
                mp_raise_ValueError(MP_ERROR_TEXT("too many dimensions"));
            }
            dst.strides[new_ndim] = stride * step;
            dst.shape[new_ndim] = len;
            dst.suboffsets[new_ndim] = -1;
            dst.data += start * stride;
            new_ndim++;
        }
        dim++;
    }
    return memview_new(&dst, new_ndim, m->to_object_func, m->to_dtype_func, m->dtype_is_object);
}

// The item `indices` (one integer per dimension) points at.
static char *item_pointer(cy_memview_obj_t *m, const mp_obj_t *indices, size_t n) {
    char *p = m->from_slice.data;
    for (size_t dim = 0; dim < n && dim < (size_t)m->ndim; dim++) {
        mp_int_t i = mp_obj_get_int(indices[dim]);
        mp_int_t shape = m->from_slice.shape[dim];
        if (i < 0) {
            i += shape;
        }
        if (i < 0 || i >= shape) {
            mp_raise_msg_varg(&mp_type_IndexError,
                MP_ERROR_TEXT("Out of bounds on buffer access (axis %d)"), (int)dim);
        }
        p += i * m->from_slice.strides[dim];
    }
    return p;
}

static void assign_slice(cy_memview_obj_t *m, cy_memview_obj_t *dst, mp_obj_t value) {
    cy_Py_buffer view;
    cy_Pyx_memviewslice src;
    memset(&src, 0, sizeof(src));
    int src_ndim;
    // An N-D exporter (a memoryview object, cython.view.array, a cdef class with
    // __getbuffer__) with its dimensions; any other buffer flat; anything else is a scalar.
    int nd = cy_buffer_get_nd(value, &view, cy_PyBUF_RECORDS_RO);
    if (nd < 0) {
        cy_raise_pending();
    }
    if (nd > 0) {
        src_ndim = view.shape == NULL ? 1 : view.ndim;
        if (src_ndim > 8) {
            cy_buffer_release_nd(value, &view);
            mp_raise_ValueError(MP_ERROR_TEXT("too many dimensions"));
        }
        mp_int_t stride = view.itemsize;
        for (int i = src_ndim - 1; i >= 0; i--) {
            src.shape[i] = view.shape != NULL ? view.shape[i]
                : (view.itemsize > 0 ? view.len / view.itemsize : 0);
            src.strides[i] = view.strides != NULL ? view.strides[i] : stride;
            stride *= src.shape[i];
        }
        src.data = view.buf;
        cy_buffer_release_nd(value, &view);
    } else {
        mp_buffer_info_t info;
        if (mp_obj_is_str(value) || !mp_get_buffer(value, &info, MP_BUFFER_READ)) {
            // A scalar: every item of the target.
            char item[16];
            char *tmp = (size_t)m->itemsize > sizeof(item) ? m_new(char, m->itemsize) : item;
            item_from_object(m, tmp, value);
            src.data = tmp;
            src.shape[0] = 1;
            src.strides[0] = 0;
            copy_contents(src, dst->from_slice, 1, dst->ndim, m->itemsize);
            return;
        }
        src.data = info.buf;
        mp_int_t size = (mp_int_t)cy_i_buffer_itemsize(cy_i_buffer_format_char(info.typecode));
        src.shape[0] = size ? (mp_int_t)info.len / size : (mp_int_t)info.len;
        src.strides[0] = size ? size : 1;
        src_ndim = 1;
    }
    if (src_ndim > dst->ndim) {
        mp_raise_msg_varg(&mp_type_ValueError,
            MP_ERROR_TEXT("Buffer has wrong number of dimensions (expected %d, got %d)"),
            dst->ndim, src_ndim);
    }
    copy_contents(src, dst->from_slice, src_ndim, dst->ndim, m->itemsize);
}

static mp_obj_t memview_subscr(mp_obj_t self_in, mp_obj_t index, mp_obj_t value) {
    cy_memview_obj_t *m = MP_OBJ_TO_PTR(self_in);
    if (value == MP_OBJ_NULL) {
        mp_raise_msg_varg(&mp_type_TypeError,
            MP_ERROR_TEXT("'%s' object does not support item deletion"),
            mp_obj_get_type_str(self_in));
    }
    if (value != MP_OBJ_SENTINEL && m->readonly) {
        mp_raise_TypeError(MP_ERROR_TEXT("Cannot assign to read-only memoryview"));
    }
    if (m->ndim == 1 && is_index(index)) {
        char *p = item_pointer(m, &index, 1);
        if (value == MP_OBJ_SENTINEL) {
            return item_to_object(m, p);
        }
        item_from_object(m, p, value);
        return mp_const_none;
    }
    if (value == MP_OBJ_SENTINEL && index == MP_OBJ_FROM_PTR(&mp_const_ellipsis_obj)) {
        return self_in;
    }
    mp_obj_t indices[16];
    size_t n;
    bool have_slices = unellipsify(index, m->ndim, indices, &n);
    if (have_slices) {
        mp_obj_t target = memview_slice(m, indices, n);
        if (value == MP_OBJ_SENTINEL) {
            return target;
        }
        assign_slice(m, MP_OBJ_TO_PTR(target), value);
        return mp_const_none;
    }
    char *p = item_pointer(m, indices, n);
    if (value == MP_OBJ_SENTINEL) {
        return item_to_object(m, p);
    }
    item_from_object(m, p, value);
    return mp_const_none;
}

static mp_obj_t memview_unary_op(mp_unary_op_t op, mp_obj_t self_in) {
    cy_memview_obj_t *m = MP_OBJ_TO_PTR(self_in);
    if (op == MP_UNARY_OP_LEN) {
        return MP_OBJ_NEW_SMALL_INT(m->ndim >= 1 ? m->from_slice.shape[0] : 0);
    }
    if (op == MP_UNARY_OP_BOOL) {
        return mp_obj_new_bool(m->ndim >= 1 ? m->from_slice.shape[0] != 0 : true);
    }
    return MP_OBJ_NULL;
}

static void memview_print(const mp_print_t *print, mp_obj_t self_in, mp_print_kind_t kind) {
    cy_memview_obj_t *m = MP_OBJ_TO_PTR(self_in);
    const char *base = mp_obj_get_type_str(m->from_object);
    if (kind == PRINT_REPR) {
        mp_printf(print, "<MemoryView of '%s' at 0x%x>", base, (unsigned)(uintptr_t)m);
    } else {
        mp_printf(print, "<MemoryView of '%s' object>", base);
    }
}

static mp_int_t memview_buffer(mp_obj_t self_in, mp_buffer_info_t *bufinfo, mp_uint_t flags) {
    cy_memview_obj_t *m = MP_OBJ_TO_PTR(self_in);
    if ((flags & MP_BUFFER_WRITE) && m->readonly) {
        return 1;
    }
    if (!slice_is_contig(&m->from_slice, 'C', m->ndim, m->itemsize)) {
        return 1;
    }
    size_t len = (size_t)m->itemsize;
    for (int i = 0; i < m->ndim; i++) {
        len *= (size_t)m->from_slice.shape[i];
    }
    bufinfo->buf = m->from_slice.data;
    bufinfo->len = len;
    bufinfo->typecode = cy_i_buffer_typecode(m->format, (size_t)m->itemsize);
    return 0;
}

// Cython's memoryview.__getbuffer__, for binding a typed view: the slice's dimensions as they
// are. A view of the same item type binds without a writability check on CPython (Cython reuses
// the memoryview object), and one of another type fails on the item type, so none is made here.
static int memview_getbuffer(mp_obj_t self_in, cy_Py_buffer *view, int flags) {
    (void)flags;
    cy_memview_obj_t *m = MP_OBJ_TO_PTR(self_in);
    mp_int_t len = m->itemsize;
    for (int i = 0; i < m->ndim; i++) {
        len *= m->from_slice.shape[i];
    }
    view->buf = m->from_slice.data;
    view->obj = self_in;
    view->len = len;
    view->itemsize = m->itemsize;
    view->readonly = m->readonly;
    view->ndim = m->ndim;
    view->format = m->format_str;
    view->shape = m->from_slice.shape;
    view->strides = m->from_slice.strides;
    view->suboffsets = NULL;
    return 0;
}

static mp_obj_t tuple_of(const mp_int_t *v, int n) {
    mp_obj_t items[8];
    for (int i = 0; i < n; i++) {
        items[i] = mp_obj_new_int(v[i]);
    }
    return mp_obj_new_tuple((size_t)n, items);
}

static mp_obj_t memview_copy_mode(mp_obj_t self_in, const char *mode) {
    cy_memview_obj_t *m = MP_OBJ_TO_PTR(self_in);
    cy_Pyx_memviewslice s = copy_new_contig(&m->from_slice, mode, m->ndim, m->itemsize, m->format);
    return memview_new(&s, m->ndim, m->to_object_func, m->to_dtype_func, m->dtype_is_object);
}

static mp_obj_t memview_copy(mp_obj_t self_in) {
    return memview_copy_mode(self_in, "c");
}
static MP_DEFINE_CONST_FUN_OBJ_1(memview_copy_obj, memview_copy);

static mp_obj_t memview_copy_fortran(mp_obj_t self_in) {
    return memview_copy_mode(self_in, "fortran");
}
static MP_DEFINE_CONST_FUN_OBJ_1(memview_copy_fortran_obj, memview_copy_fortran);

static mp_obj_t memview_is_c_contig(mp_obj_t self_in) {
    cy_memview_obj_t *m = MP_OBJ_TO_PTR(self_in);
    return mp_obj_new_bool(slice_is_contig(&m->from_slice, 'C', m->ndim, m->itemsize));
}
static MP_DEFINE_CONST_FUN_OBJ_1(memview_is_c_contig_obj, memview_is_c_contig);

static mp_obj_t memview_is_f_contig(mp_obj_t self_in) {
    cy_memview_obj_t *m = MP_OBJ_TO_PTR(self_in);
    return mp_obj_new_bool(slice_is_contig(&m->from_slice, 'F', m->ndim, m->itemsize));
}
static MP_DEFINE_CONST_FUN_OBJ_1(memview_is_f_contig_obj, memview_is_f_contig);

static void memview_attr(mp_obj_t self_in, qstr attr, mp_obj_t *dest) {
    if (dest[0] != MP_OBJ_NULL) {
        return;
    }
    cy_memview_obj_t *m = MP_OBJ_TO_PTR(self_in);
    mp_int_t size = 1;
    for (int i = 0; i < m->ndim; i++) {
        size *= m->from_slice.shape[i];
    }
    switch (attr) {
        case MP_QSTR_shape:
            dest[0] = tuple_of(m->from_slice.shape, m->ndim);
            break;
        case MP_QSTR_strides:
            dest[0] = tuple_of(m->from_slice.strides, m->ndim);
            break;
        case MP_QSTR_suboffsets: {
            mp_int_t minus[8];
            for (int i = 0; i < m->ndim; i++) {
                minus[i] = -1;
            }
            dest[0] = tuple_of(minus, m->ndim);
            break;
        }
        case MP_QSTR_ndim:
            dest[0] = MP_OBJ_NEW_SMALL_INT(m->ndim);
            break;
        case MP_QSTR_itemsize:
            dest[0] = MP_OBJ_NEW_SMALL_INT(m->itemsize);
            break;
        case MP_QSTR_size:
            dest[0] = mp_obj_new_int(size);
            break;
        case MP_QSTR_nbytes:
            dest[0] = mp_obj_new_int(size * m->itemsize);
            break;
        case MP_QSTR_base:
            dest[0] = m->from_object;
            break;
        case MP_QSTR_T: {
            cy_Pyx_memviewslice s = m->from_slice;
            for (int i = 0; i < m->ndim / 2; i++) {
                int j = m->ndim - 1 - i;
                mp_int_t t = s.strides[i];
                s.strides[i] = s.strides[j];
                s.strides[j] = t;
                t = s.shape[i];
                s.shape[i] = s.shape[j];
                s.shape[j] = t;
            }
            dest[0] = memview_new(&s, m->ndim, m->to_object_func, m->to_dtype_func,
                m->dtype_is_object);
            break;
        }
        case MP_QSTR_copy:
            dest[0] = MP_OBJ_FROM_PTR(&memview_copy_obj);
            dest[1] = self_in;
            break;
        case MP_QSTR_copy_fortran:
            dest[0] = MP_OBJ_FROM_PTR(&memview_copy_fortran_obj);
            dest[1] = self_in;
            break;
        case MP_QSTR_is_c_contig:
            dest[0] = MP_OBJ_FROM_PTR(&memview_is_c_contig_obj);
            dest[1] = self_in;
            break;
        case MP_QSTR_is_f_contig:
            dest[0] = MP_OBJ_FROM_PTR(&memview_is_f_contig_obj);
            dest[1] = self_in;
            break;
        default:
            break;
    }
}

// Iteration over the first axis, as Python's sequence protocol iterates Cython's class.
typedef struct {
    mp_obj_base_t base;
    mp_fun_1_t iternext;
    mp_obj_t seq;
    mp_int_t index;
} cy_memview_it_t;

static mp_obj_t memview_iternext(mp_obj_t it_in) {
    cy_memview_it_t *it = MP_OBJ_TO_PTR(it_in);
    mp_int_t len = mp_obj_get_int(mp_obj_len(it->seq));
    if (it->index >= len) {
        return MP_OBJ_STOP_ITERATION;
    }
    return mp_obj_subscr(it->seq, MP_OBJ_NEW_SMALL_INT(it->index++), MP_OBJ_SENTINEL);
}

static mp_obj_t memview_getiter(mp_obj_t self_in, mp_obj_iter_buf_t *iter_buf) {
    assert(sizeof(cy_memview_it_t) <= sizeof(mp_obj_iter_buf_t));
    cy_memview_it_t *it = (cy_memview_it_t *)iter_buf;
    it->base.type = &mp_type_polymorph_iter;
    it->iternext = memview_iternext;
    it->seq = self_in;
    it->index = 0;
    return MP_OBJ_FROM_PTR(it);
}

static const cy_i_nd_exporter_t memview_nd_exporter = { memview_buffer, memview_getbuffer, NULL };

// Cython's memoryview(obj, flags, dtype_is_object=False) (`cython.view.memoryview` called from
// the module's code): a view of the whole buffer of `obj` as its exporter hands it out for
// `flags`, N-D, or MicroPython's flat buffer as one dimension.
static mp_obj_t memview_make_new(const mp_obj_type_t *type, size_t n_args, size_t n_kw,
    const mp_obj_t *args) {
    (void)type;
    mp_arg_check_num(n_args, n_kw, 2, 3, false);
    mp_obj_t obj = args[0];
    int flags = (int)mp_obj_get_int(args[1]);
    bool dtype_is_object = n_args > 2 && mp_obj_is_true(args[2]);
    cy_Py_buffer view;
    memset(&view, 0, sizeof(view));
    if (cy_i_get_buffer(obj, &view, flags) < 0) {
        cy_raise_pending();
    }
    cy_memview_obj_t *m = mp_obj_malloc(cy_memview_obj_t, &cy_memview_type);
    m->from_object = obj;
    m->from_slice.memview = (cy_pyx_memoryview_obj *)MP_OBJ_TO_PTR(obj);
    m->from_slice.data = (char *)view.buf;
    int ndim = view.ndim < 0 ? 0 : view.ndim > 8 ? 8 : view.ndim;
    for (int i = 0; i < ndim; i++) {
        m->from_slice.shape[i] = view.shape[i];
        m->from_slice.strides[i] = view.strides[i];
        m->from_slice.suboffsets[i] = view.suboffsets != NULL ? view.suboffsets[i] : -1;
    }
    m->ndim = ndim;
    m->itemsize = view.itemsize;
    const char *f = view.format == NULL ? "B" : view.format;
    if (f[0] == '@') {
        f++;
    }
    m->format = f[0];
    m->format_str[0] = m->format;
    m->format_str[1] = 0;
    m->readonly = view.readonly != 0;
    m->to_object_func = NULL;
    m->to_dtype_func = NULL;
    m->dtype_is_object = (flags & cy_PyBUF_FORMAT) ? (f[0] == 'O' && f[1] == 0) : dtype_is_object;
    // The view keeps `obj` alive; MicroPython counts no exports, so the export is released now.
    cy_Pyx_SafeReleaseBuffer(&view);
    return MP_OBJ_FROM_PTR(m);
}

MP_DEFINE_CONST_OBJ_TYPE(
    cy_memview_type,
    MP_QSTR__memoryviewslice,
    MP_TYPE_FLAG_ITER_IS_GETITER,
    make_new, memview_make_new,
    print, memview_print,
    unary_op, memview_unary_op,
    subscr, memview_subscr,
    attr, memview_attr,
    iter, memview_getiter,
    buffer, memview_buffer,
    protocol, &memview_nd_exporter
    );

// ---------------------------------------------------------------------------------------------
// cython.view.array

static void array_free(cy_pyx_array_obj *a) {
    if (a->callback_free_data != NULL) {
        void (*cb)(void *) = a->callback_free_data;
        a->callback_free_data = NULL;
        cb(a->data);
    }
}

static mp_obj_t array_del(mp_obj_t self_in) {
    array_free(MP_OBJ_TO_PTR(self_in));
    return mp_const_none;
}
static MP_DEFINE_CONST_FUN_OBJ_1(array_del_obj, array_del);

cy_pyx_array_obj *cy_i_array_make(int ndim, const mp_obj_t *shape, mp_int_t itemsize,
    const char *format, bool fortran, char *buf) {
    if (ndim == 0) {
        mp_raise_ValueError(MP_ERROR_TEXT("Empty shape tuple for cython.array"));
    }
    if (itemsize <= 0) {
        mp_raise_ValueError(MP_ERROR_TEXT("itemsize <= 0 for cython.array"));
    }
    if (ndim > 8) {
        mp_raise_ValueError(MP_ERROR_TEXT("too many dimensions"));
    }
    cy_pyx_array_obj *a = mp_obj_malloc_with_finaliser(cy_pyx_array_obj, &cy_pyx_array_type_obj);
    a->ndim = ndim;
    a->itemsize = itemsize;
    a->_shape = a->shape_and_strides;
    a->_strides = a->shape_and_strides + 8;
    size_t flen = strlen(format);
    a->_format = mp_obj_new_bytes((const byte *)format, flen);
    a->format = (char *)mp_obj_str_get_str(a->_format);
    for (int i = 0; i < ndim; i++) {
        mp_int_t dim = mp_obj_get_int(shape[i]);
        if (dim <= 0) {
            mp_raise_msg_varg(&mp_type_ValueError, MP_ERROR_TEXT("Invalid shape in axis %d: %d."),
                i, (int)dim);
        }
        a->_shape[i] = dim;
    }
    a->mode = fortran ? MP_OBJ_NEW_QSTR(MP_QSTR_fortran) : MP_OBJ_NEW_QSTR(MP_QSTR_c);
    a->len = fill_contig_strides(a->_shape, a->_strides, itemsize, ndim, fortran ? 'F' : 'C');
    a->dtype_is_object = flen == 1 && format[0] == 'O';
    a->callback_free_data = NULL;
    if (buf == NULL) {
        a->free_data = 1;
        a->data = m_new0(char, a->len);
        if (a->dtype_is_object) {
            for (mp_int_t i = 0; i < a->len / itemsize; i++) {
                ((mp_obj_t *)a->data)[i] = mp_const_none;
            }
        }
    } else {
        a->free_data = 0;
        a->data = buf;
    }
    return a;
}

// The format as a C string: bytes, or str encoded as ASCII.
static const char *format_str(mp_obj_t format) {
    if (format == mp_const_none) {
        mp_raise_TypeError(MP_ERROR_TEXT("Argument 'format' must not be None"));
    }
    return mp_obj_str_get_str(format);
}

static cy_pyx_array_obj *array_from_args(mp_obj_t shape_in, mp_int_t itemsize, mp_obj_t format,
    mp_obj_t mode, bool allocate) {
    if (!mp_obj_is_type(shape_in, &mp_type_tuple)) {
        mp_raise_msg_varg(&mp_type_TypeError,
            MP_ERROR_TEXT("Argument 'shape' has incorrect type (expected tuple, got %s)"),
            mp_obj_get_type_str(shape_in));
    }
    size_t n;
    mp_obj_t *items;
    mp_obj_tuple_get(shape_in, &n, &items);
    bool fortran = false;
    if (mode != MP_OBJ_NULL) {
        const char *s = mp_obj_str_get_str(mode);
        if (strcmp(s, "fortran") == 0) {
            fortran = true;
        } else if (strcmp(s, "c") != 0) {
            mp_raise_msg_varg(&mp_type_ValueError,
                MP_ERROR_TEXT("Invalid mode, expected 'c' or 'fortran', got %s"), s);
        }
    }
    static char no_data;
    cy_pyx_array_obj *a = cy_i_array_make((int)n, items, itemsize, format_str(format), fortran,
        allocate ? NULL : &no_data);
    if (!allocate) {
        a->data = NULL;
    }
    return a;
}

static mp_obj_t array_make_new(const mp_obj_type_t *type, size_t n_args, size_t n_kw,
    const mp_obj_t *args) {
    (void)type;
    enum { ARG_shape, ARG_itemsize, ARG_format, ARG_mode, ARG_allocate_buffer };
    static const mp_arg_t allowed[] = {
        { MP_QSTR_shape, MP_ARG_REQUIRED | MP_ARG_OBJ, { .u_obj = MP_OBJ_NULL } },
        { MP_QSTR_itemsize, MP_ARG_REQUIRED | MP_ARG_INT, { .u_int = 0 } },
        { MP_QSTR_format, MP_ARG_REQUIRED | MP_ARG_OBJ, { .u_obj = MP_OBJ_NULL } },
        { MP_QSTR_mode, MP_ARG_OBJ, { .u_obj = MP_OBJ_NULL } },
        { MP_QSTR_allocate_buffer, MP_ARG_BOOL, { .u_bool = true } },
    };
    mp_arg_val_t vals[MP_ARRAY_SIZE(allowed)];
    mp_map_t kw;
    mp_map_init_fixed_table(&kw, n_kw, args + n_args);
    mp_arg_parse_all(n_args, args, &kw, MP_ARRAY_SIZE(allowed), allowed, vals);
    return MP_OBJ_FROM_PTR(array_from_args(vals[ARG_shape].u_obj, vals[ARG_itemsize].u_int,
        vals[ARG_format].u_obj, vals[ARG_mode].u_obj, vals[ARG_allocate_buffer].u_bool));
}

cy_pyx_array_obj *cy_pyx_array_new(mp_obj_t shape, mp_int_t itemsize, char *format,
    const char *c_mode, char *buf) {
    nlr_buf_t nlr;
    if (nlr_push(&nlr) == 0) {
        size_t n;
        mp_obj_t *items;
        mp_obj_tuple_get(shape, &n, &items);
        cy_pyx_array_obj *a = cy_i_array_make((int)n, items, itemsize, format,
            c_mode[0] == 'f', buf);
        nlr_pop();
        return a;
    }
    cy_err_set(MP_OBJ_FROM_PTR(nlr.ret_val));
    return NULL;
}

mp_obj_t cy_pyx_format_from_typeinfo(const cy_Pyx_TypeInfo *type) {
    char ch = 'B';
    switch (type->typegroup) {
        case 'H': ch = 'c'; break;
        case 'I': case 'U': {
            static const char sig[] = "bhiq", uns[] = "BHIQ";
            int k = type->size == 1 ? 0 : type->size == 2 ? 1 : type->size == 4 ? 2 : 3;
            ch = type->typegroup == 'U' || type->is_unsigned ? uns[k] : sig[k];
            if (type->size == sizeof(long) && type->size != sizeof(int)
                && type->size != sizeof(long long)) {
                ch = type->typegroup == 'U' ? 'L' : 'l';
            }
            break;
        }
        case 'R': ch = type->size == sizeof(float) ? 'f' : type->size == sizeof(double) ? 'd' : 'g';
            break;
        case 'O': ch = 'O'; break;
        default: break;
    }
    nlr_buf_t nlr;
    if (nlr_push(&nlr) == 0) {
        mp_obj_t r = mp_obj_new_bytes((const byte *)&ch, 1);
        nlr_pop();
        return r;
    }
    cy_err_set(MP_OBJ_FROM_PTR(nlr.ret_val));
    return MP_OBJ_NULL;
}

static mp_obj_t array_subscr(mp_obj_t self_in, mp_obj_t index, mp_obj_t value) {
    return memview_subscr(array_memview(self_in), index, value);
}

static mp_obj_t array_unary_op(mp_unary_op_t op, mp_obj_t self_in) {
    cy_pyx_array_obj *a = MP_OBJ_TO_PTR(self_in);
    if (op == MP_UNARY_OP_LEN) {
        return MP_OBJ_NEW_SMALL_INT(a->_shape[0]);
    }
    return MP_OBJ_NULL;
}

static void array_attr(mp_obj_t self_in, qstr attr, mp_obj_t *dest) {
    if (dest[0] != MP_OBJ_NULL) {
        return;
    }
    if (attr == MP_QSTR___del__) {
        dest[0] = MP_OBJ_FROM_PTR(&array_del_obj);
        dest[1] = self_in;
        return;
    }
    mp_obj_t mv = array_memview(self_in);
    if (attr == MP_QSTR_memview) {
        dest[0] = mv;
        return;
    }
    memview_attr(mv, attr, dest);
}

static mp_int_t array_buffer(mp_obj_t self_in, mp_buffer_info_t *bufinfo, mp_uint_t flags) {
    (void)flags;
    cy_pyx_array_obj *a = MP_OBJ_TO_PTR(self_in);
    bufinfo->buf = a->data;
    bufinfo->len = (size_t)a->len;
    char f = a->format[0];
    bufinfo->typecode = a->format[1] == 0 ? cy_i_buffer_typecode(f, (size_t)a->itemsize) : 'B';
    return 0;
}

// Cython's array.__getbuffer__: all of it, in its order ("c" or "fortran"), writable.
static int array_getbuffer(mp_obj_t self_in, cy_Py_buffer *view, int flags) {
    (void)flags;
    cy_pyx_array_obj *a = MP_OBJ_TO_PTR(self_in);
    view->buf = a->data;
    view->obj = self_in;
    view->len = a->len;
    view->itemsize = a->itemsize;
    view->readonly = 0;
    view->ndim = a->ndim;
    view->format = a->format;
    view->shape = a->_shape;
    view->strides = a->_strides;
    view->suboffsets = NULL;
    return 0;
}

static mp_obj_t array_getiter(mp_obj_t self_in, mp_obj_iter_buf_t *iter_buf) {
    return memview_getiter(array_memview(self_in), iter_buf);
}

static const cy_i_nd_exporter_t array_nd_exporter = { array_buffer, array_getbuffer, NULL };

MP_DEFINE_CONST_OBJ_TYPE(
    cy_pyx_array_type_obj,
    MP_QSTR_array,
    MP_TYPE_FLAG_ITER_IS_GETITER,
    make_new, array_make_new,
    unary_op, array_unary_op,
    subscr, array_subscr,
    attr, array_attr,
    iter, array_getiter,
    buffer, array_buffer,
    protocol, &array_nd_exporter
    );

#endif // CY2UPY_PART_MEMVIEW
