// cy2upy_buffer.c: typed memoryviews over MicroPython's buffer protocol.
//
// Cython binds a typed memoryview (`double[:] a`) by filling its slice struct from the object's
// buffer (its __Pyx_ValidateAndInit_memviewslice, on CPython's Py_buffer). Here the buffer comes
// from mp_get_buffer, and the checks are Cython's, in its order, with its messages: the object
// must have a buffer (TypeError), be writable for a non-const view (BufferError), have as many
// dimensions as the view (ValueError; MicroPython's buffers have one), and an item type that
// matches the view's (ValueError "Buffer dtype mismatch ...", by Cython's rules for format
// characters: same size and kind, `char` matching any one-byte integer).
//
// A cdef class with __getbuffer__ exports CPython's Py_buffer (N dimensions, shape, strides):
// binding asks it directly (cy_buffer_get_nd) and runs the rest of Cython's checks on what it
// returns; its MicroPython buffer slot (cy_ext_buffer) gives Python code the flat view of it.

#include "cy2upy_internal.h"
#include "py/binary.h"

// The struct-module format character of a MicroPython buffer typecode (bytearray's typecode is
// BYTEARRAY_TYPECODE; bytes and str report 'B').
char cy_i_buffer_format_char(int typecode) {
    return typecode == BYTEARRAY_TYPECODE ? 'B' : (char)typecode;
}

// Cython's description of a format character in its dtype messages.
static const char *cy_buffer_describe(char ch) {
    switch (ch) {
        case '?': return "'bool'";
        case 'c': return "'char'";
        case 'b': return "'signed char'";
        case 'B': return "'unsigned char'";
        case 'h': return "'short'";
        case 'H': return "'unsigned short'";
        case 'i': return "'int'";
        case 'I': return "'unsigned int'";
        case 'l': return "'long'";
        case 'L': return "'unsigned long'";
        case 'q': return "'long long'";
        case 'Q': return "'unsigned long long'";
        case 'f': return "'float'";
        case 'd': return "'double'";
        case 'g': return "'long double'";
        case 'O': return "Python object";
        case 'P': return "a pointer";
        case 0: return "end";
        default: return "unparsable format string";
    }
}

// The native size of a format character's C type, 0 for one Cython cannot read.
size_t cy_i_buffer_itemsize(char ch) {
    switch (ch) {
        case '?': case 'c': case 'b': case 'B': return 1;
        case 'h': case 'H': return sizeof(short);
        case 'i': case 'I': return sizeof(int);
        case 'l': case 'L': return sizeof(long);
        case 'q': case 'Q': return sizeof(long long);
        case 'f': return sizeof(float);
        case 'd': return sizeof(double);
        case 'O': case 'P': return sizeof(void *);
        default: return 0;
    }
}

int cy_i_buffer_typecode(char ch, size_t itemsize) {
    // Any other item (a struct, '?', 'c', 'e', 'P', ...) is handed out as bytes.
    bool known = ch != 0 && strchr("bBhHiIlLqQfd", ch) != NULL
        && cy_i_buffer_itemsize(ch) == itemsize;
    return known ? ch : 'B';
}

// Cython's kind of a format character: 'I' signed, 'U' unsigned, 'R' real, 'H' char, ...
static char cy_buffer_group(char ch) {
    switch (ch) {
        case 'c': return 'H';
        case 'b': case 'h': case 'i': case 'l': case 'q': return 'I';
        case '?': case 'B': case 'H': case 'I': case 'L': case 'Q': return 'U';
        case 'f': case 'd': case 'g': return 'R';
        case 'O': return 'O';
        case 'P': return 'P';
        default: return 0;
    }
}

// Does the buffer's item (format character `ch`) match the view's item type? Sets Cython's
// ValueError when not.
static int cy_buffer_check_format(const cy_Pyx_TypeInfo *dtype, char ch) {
    // 'g' (long double) is read by no MicroPython code, but an exporter may hand it out.
    size_t size = ch == 'g' ? sizeof(long double) : cy_i_buffer_itemsize(ch);
    char group = cy_buffer_group(ch);
    if (size == 0 || group == 0) {
        cy_PyErr_Format(MP_OBJ_FROM_PTR(&mp_type_ValueError),
            "Unexpected format string character: '%c'", ch);
        return -1;
    }
    // A struct item type: its first scalar field is what a one-character format describes.
    const cy_Pyx_TypeInfo *parent = NULL;
    const cy_Pyx_StructField *field = NULL;
    const cy_Pyx_TypeInfo *type = dtype;
    while (type->typegroup == 'S' && type->fields != NULL && type->fields->type != NULL) {
        parent = type;
        field = type->fields;
        type = field->type;
    }
    int matches = (type->size == size && type->typegroup == group)
        || ((type->typegroup == 'H' || group == 'H') && type->size == size);
    if (matches && field != NULL && field[1].type != NULL) {
        // More fields than the buffer's one item.
        cy_PyErr_Format(MP_OBJ_FROM_PTR(&mp_type_ValueError),
            "Buffer dtype mismatch, expected '%s' but got %s in '%s.%s'",
            field[1].type->name, cy_buffer_describe(0), parent->name, field[1].name);
        return -1;
    }
    if (matches) {
        return 0;
    }
    if (field != NULL) {
        cy_PyErr_Format(MP_OBJ_FROM_PTR(&mp_type_ValueError),
            "Buffer dtype mismatch, expected '%s' but got %s in '%s.%s'",
            type->name, cy_buffer_describe(ch), parent->name, field->name);
    } else {
        cy_PyErr_Format(MP_OBJ_FROM_PTR(&mp_type_ValueError),
            "Buffer dtype mismatch, expected '%s' but got %s",
            dtype->name, cy_buffer_describe(ch));
    }
    return -1;
}

// ===========================================================================================
// N-D exporters: cdef classes with __getbuffer__, and the types listed below
// ===========================================================================================
//
// MicroPython's buffer protocol is flat (pointer, length, typecode). A cdef class's
// __getbuffer__ fills CPython's Py_buffer instead, with a number of dimensions, a shape and
// strides; a typed memoryview bound to such an object must see those, so binding asks the
// exporter itself (cy_buffer_get_nd) and uses mp_get_buffer only for every other object.

// The cdef class behind `obj` (its own type, or the one a Python class derives from), when it has
// __getbuffer__.
static cy_type_t *ext_exporter(mp_obj_t obj) {
    if (!mp_obj_is_obj(obj)) {
        return NULL;
    }
    const mp_obj_type_t *type = mp_obj_get_type(obj);
    if (!(type->flags & MP_TYPE_FLAG_INSTANCE_TYPE)) {
        return NULL;
    }
    cy_type_t *t = cy_type_extension_base(type);
    return t != NULL && t->slot[cy_Py_bf_getbuffer] != NULL ? t : NULL;
}

// A runtime type with an N-D buffer: its `protocol` slot, when that is a cy_i_nd_exporter_t.
static const cy_i_nd_exporter_t *table_exporter(mp_obj_t obj) {
    const mp_obj_type_t *type = mp_obj_get_type(obj);
    mp_buffer_fun_t slot = MP_OBJ_TYPE_GET_SLOT_OR_NULL(type, buffer);
    const cy_i_nd_exporter_t *e = MP_OBJ_TYPE_GET_SLOT_OR_NULL(type, protocol);
    // Every protocol struct starts with a function pointer; only ours holds the type's own
    // buffer slot there.
    return slot != NULL && e != NULL && e->buffer == slot ? e : NULL;
}

int cy_buffer_get_nd(mp_obj_t obj, cy_Py_buffer *view, int flags) {
    cy_getbufferproc get = NULL;
    cy_type_t *t = ext_exporter(obj);
    if (t != NULL) {
        get = (cy_getbufferproc)t->slot[cy_Py_bf_getbuffer];
    } else {
        const cy_i_nd_exporter_t *e = table_exporter(obj);
        if (e == NULL) {
            return 0;
        }
        get = e->get;
    }
    memset(view, 0, sizeof(*view));
    if (get(obj, view, flags) < 0) {
        return -1;
    }
    return 1;
}

void cy_buffer_release_nd(mp_obj_t obj, cy_Py_buffer *view) {
    cy_releasebufferproc release = NULL;
    cy_type_t *t = ext_exporter(obj);
    if (t != NULL) {
        release = (cy_releasebufferproc)t->slot[cy_Py_bf_releasebuffer];
    } else {
        const cy_i_nd_exporter_t *e = table_exporter(obj);
        release = e != NULL ? e->release : NULL;
    }
    if (release != NULL) {
        release(obj, view);
    }
}

// The item character of a Py_buffer format ('@' native prefix skipped; NULL is 'B'), or 0 when
// the format describes more than one native item.
static char view_format_char(const cy_Py_buffer *view) {
    const char *f = view->format;
    if (f == NULL) {
        return 'B';
    }
    if (*f == '@') {
        f++;
    }
    return f[0] != 0 && f[1] == 0 ? f[0] : 0;
}

// Is the export one C-contiguous run of `len` bytes, without indirection?
static bool view_is_flat(const cy_Py_buffer *view) {
    if (view->suboffsets != NULL) {
        for (int i = 0; i < view->ndim; i++) {
            if (view->suboffsets[i] >= 0) {
                return false;
            }
        }
    }
    if (view->strides == NULL || view->shape == NULL) {
        return true;
    }
    mp_int_t stride = view->itemsize;
    for (int i = view->ndim - 1; i >= 0; i--) {
        if (view->shape[i] > 1 && view->strides[i] != stride) {
            return false;
        }
        stride *= view->shape[i];
    }
    return true;
}

mp_int_t cy_ext_buffer(mp_obj_t self, mp_buffer_info_t *info, mp_uint_t flags) {
    cy_type_t *t = ext_exporter(self);
    if (t == NULL) {
        return 1;
    }
    cy_getbufferproc get = (cy_getbufferproc)t->slot[cy_Py_bf_getbuffer];
    cy_releasebufferproc release = (cy_releasebufferproc)t->slot[cy_Py_bf_releasebuffer];
    bool write = (flags & MP_BUFFER_WRITE) != 0;
    // The slot cannot raise (mp_get_buffer's callers may not expect it): an exception of
    // __getbuffer__ means "no buffer", and one pending before is kept.
    mp_obj_t saved = cy_err_fetch();
    cy_Py_buffer view;
    memset(&view, 0, sizeof(view));
    mp_int_t result = 1;
    if (get(self, &view, write ? cy_PyBUF_FULL : cy_PyBUF_FULL_RO) == 0) {
        if (!(write && view.readonly) && view_is_flat(&view)) {
            char ch = view_format_char(&view);
            info->buf = view.buf;
            info->len = (size_t)view.len;
            info->typecode = cy_i_buffer_typecode(ch, (size_t)view.itemsize);
            result = 0;
        }
        if (release != NULL) {
            release(self, &view);
        }
    }
    cy_err_clear();
    if (saved != MP_OBJ_NULL) {
        cy_err_set(saved);
    }
    return result;
}

// Cython's __pyx_check_strides: does axis `dim` of the export fit the view's axis spec?
static int check_strides(const cy_Py_buffer *buf, int dim, int ndim, int spec) {
    if (buf->shape[dim] <= 1) {
        return 1;
    }
    if (buf->strides != NULL) {
        if (spec & cy_Pyx_MEMVIEW_CONTIG) {
            if (spec & (cy_Pyx_MEMVIEW_PTR | cy_Pyx_MEMVIEW_FULL)) {
                if (buf->strides[dim] != (mp_int_t)sizeof(void *)) {
                    cy_PyErr_Format(MP_OBJ_FROM_PTR(&mp_type_ValueError),
                        "Buffer is not indirectly contiguous in dimension %d.", dim);
                    return 0;
                }
            } else if (buf->strides[dim] != buf->itemsize) {
                cy_err_set_msg(&mp_type_ValueError,
                    "Buffer and memoryview are not contiguous in the same dimension.");
                return 0;
            }
        }
        if (spec & cy_Pyx_MEMVIEW_FOLLOW) {
            mp_int_t stride = buf->strides[dim];
            if (stride < 0) {
                stride = -stride;
            }
            if (stride < buf->itemsize) {
                cy_err_set_msg(&mp_type_ValueError,
                    "Buffer and memoryview are not contiguous in the same dimension.");
                return 0;
            }
        }
    } else {
        if ((spec & cy_Pyx_MEMVIEW_CONTIG) && dim != ndim - 1) {
            cy_PyErr_Format(MP_OBJ_FROM_PTR(&mp_type_ValueError),
                "C-contiguous buffer is not contiguous in dimension %d", dim);
            return 0;
        } else if (spec & cy_Pyx_MEMVIEW_PTR) {
            cy_PyErr_Format(MP_OBJ_FROM_PTR(&mp_type_ValueError),
                "C-contiguous buffer is not indirect in dimension %d", dim);
            return 0;
        } else if (buf->suboffsets != NULL) {
            cy_err_set_msg(&mp_type_ValueError, "Buffer exposes suboffsets but no strides");
            return 0;
        }
    }
    return 1;
}

// Cython's __pyx_check_suboffsets: direct axes must have none (indirect ones cannot be
// declared here: the slice has no suboffsets to follow).
static int check_suboffsets(const cy_Py_buffer *buf, int dim, int spec) {
    if ((spec & cy_Pyx_MEMVIEW_DIRECT) && buf->suboffsets != NULL && buf->suboffsets[dim] >= 0) {
        cy_PyErr_Format(MP_OBJ_FROM_PTR(&mp_type_ValueError),
            "Buffer not compatible with direct access in dimension %d.", dim);
        return 0;
    }
    if ((spec & cy_Pyx_MEMVIEW_PTR) && (buf->suboffsets == NULL || buf->suboffsets[dim] < 0)) {
        cy_PyErr_Format(MP_OBJ_FROM_PTR(&mp_type_ValueError),
            "Buffer is not indirectly accessible in dimension %d.", dim);
        return 0;
    }
    return 1;
}

// Cython's __pyx_verify_contig: a `::1` view in C (or Fortran) order over a contiguous buffer.
static int verify_contig(const cy_Py_buffer *buf, int ndim, int c_or_f_flag) {
    mp_int_t stride = 1;
    if (c_or_f_flag & cy_Pyx_IS_F_CONTIG) {
        for (int i = 0; i < ndim; i++) {
            if (stride * buf->itemsize != buf->strides[i] && buf->shape[i] > 1) {
                cy_err_set_msg(&mp_type_ValueError, "Buffer not fortran contiguous.");
                return 0;
            }
            stride *= buf->shape[i];
        }
    } else if (c_or_f_flag & cy_Pyx_IS_C_CONTIG) {
        for (int i = ndim - 1; i >= 0; i--) {
            if (stride * buf->itemsize != buf->strides[i] && buf->shape[i] > 1) {
                cy_err_set_msg(&mp_type_ValueError, "Buffer not C contiguous.");
                return 0;
            }
            stride *= buf->shape[i];
        }
    }
    return 1;
}

// The rest of Cython's __Pyx_ValidateAndInit_memviewslice on an exporter's Py_buffer, in its
// order: dimensions, item format, item size, each axis, contiguity; then the slice.
static int init_from_view(const int *axes_specs, int c_or_f_flag, int ndim,
    const cy_Pyx_TypeInfo *dtype, cy_Pyx_memviewslice *slice, mp_obj_t obj,
    const cy_Py_buffer *view) {
    // A copy: the exporter's __releasebuffer__ gets the view as it filled it.
    cy_Py_buffer copy = *view;
    cy_Py_buffer *buf = &copy;
    // An export without a shape is one dimension of len / itemsize items (PyBuffer_FillInfo).
    mp_int_t flat_shape = buf->itemsize > 0 ? buf->len / buf->itemsize : 0;
    if (buf->shape == NULL) {
        buf->ndim = 1;
        buf->shape = &flat_shape;
        buf->strides = NULL;
    }
    if (buf->ndim != ndim) {
        cy_PyErr_Format(MP_OBJ_FROM_PTR(&mp_type_ValueError),
            "Buffer has wrong number of dimensions (expected %d, got %d)", ndim, buf->ndim);
        return -1;
    }
    char ch = view_format_char(buf);
    if (ch == 0) {
        cy_PyErr_Format(MP_OBJ_FROM_PTR(&mp_type_ValueError),
            "Buffer format '%s' is not supported on MicroPython (one item character only)",
            buf->format);
        return -1;
    }
    if (cy_buffer_check_format(dtype, ch) < 0) {
        return -1;
    }
    if ((size_t)buf->itemsize != dtype->size) {
        cy_PyErr_Format(MP_OBJ_FROM_PTR(&mp_type_ValueError),
            "Item size of buffer (%u byte%s) does not match size of '%s' (%u byte%s)",
            (unsigned)buf->itemsize, buf->itemsize > 1 ? "s" : "", dtype->name,
            (unsigned)dtype->size, dtype->size > 1 ? "s" : "");
        return -1;
    }
    if (buf->len > 0) {
        for (int i = 0; i < ndim; i++) {
            if (!check_strides(buf, i, ndim, axes_specs[i])
                || !check_suboffsets(buf, i, axes_specs[i])) {
                return -1;
            }
        }
        if (buf->strides != NULL && !verify_contig(buf, ndim, c_or_f_flag)) {
            return -1;
        }
    }
    mp_int_t stride = buf->itemsize;
    for (int i = ndim - 1; i >= 0; i--) {
        slice->shape[i] = buf->shape[i];
        slice->strides[i] = buf->strides != NULL ? buf->strides[i] : stride;
        slice->suboffsets[i] = buf->suboffsets != NULL ? buf->suboffsets[i] : -1;
        stride *= buf->shape[i];
    }
    slice->memview = (cy_pyx_memoryview_obj *)obj;
    slice->data = (char *)buf->buf;
    return 0;
}

int cy_Pyx_ValidateAndInit_memviewslice(int *axes_specs, int c_or_f_flag, int buf_flags, int ndim,
    const cy_Pyx_TypeInfo *dtype, cy_Pyx_BufFmt_StackElem stack[],
    cy_Pyx_memviewslice *memviewslice, mp_obj_t original_obj) {
    (void)stack;
    cy_Py_buffer view;
    int nd = cy_buffer_get_nd(original_obj, &view, buf_flags);
    if (nd < 0) {
        return -1;
    }
    if (nd > 0) {
        // The slice keeps the exporter alive; nothing else of the view is needed once copied,
        // so it is released at once (MicroPython counts no exports).
        int r = init_from_view(axes_specs, c_or_f_flag, ndim, dtype, memviewslice, original_obj,
            &view);
        mp_obj_t err = cy_err_fetch();
        cy_buffer_release_nd(original_obj, &view);
        if (err != MP_OBJ_NULL) {
            cy_err_set(err);
        }
        return r;
    }
    mp_buffer_info_t info;
    // str has a buffer in MicroPython (its UTF-8 bytes), not in CPython.
    if (mp_obj_is_str(original_obj) || !mp_get_buffer(original_obj, &info, MP_BUFFER_READ)) {
        cy_PyErr_Format(MP_OBJ_FROM_PTR(&mp_type_TypeError),
            "a bytes-like object is required, not '%s'", cy_obj_tp_name(original_obj));
        return -1;
    }
    if ((buf_flags & cy_PyBUF_WRITABLE)
        && !mp_get_buffer(original_obj, &info, MP_BUFFER_WRITE)) {
        #if MICROPY_PY_BUILTINS_MEMORYVIEW
        if (mp_obj_is_type(original_obj, &mp_type_memoryview)) {
            cy_err_set_msg(&cy_type_BufferError, "memoryview: underlying buffer is not writable");
            return -1;
        }
        #endif
        cy_err_set_msg(&cy_type_BufferError, "Object is not writable.");
        return -1;
    }
    if (ndim != 1) {
        cy_PyErr_Format(MP_OBJ_FROM_PTR(&mp_type_ValueError),
            "Buffer has wrong number of dimensions (expected %d, got %d)", ndim, 1);
        return -1;
    }
    char ch = cy_i_buffer_format_char(info.typecode);
    if (cy_buffer_check_format(dtype, ch) < 0) {
        return -1;
    }
    size_t itemsize = cy_i_buffer_itemsize(ch);
    memviewslice->memview = (cy_pyx_memoryview_obj *)original_obj;
    memviewslice->data = (char *)info.buf;
    memviewslice->shape[0] = (mp_int_t)(info.len / itemsize);
    memviewslice->strides[0] = (mp_int_t)itemsize;
    memviewslice->suboffsets[0] = -1;
    return 0;
}

void cy_Pyx_RaiseBufferIndexError(int axis) {
    cy_PyErr_Format(MP_OBJ_FROM_PTR(&mp_type_IndexError),
        "Out of bounds on buffer access (axis %d)", axis);
}

// ===========================================================================================
// Cython's old buffer syntax (Cython/Utility/Buffer.c, BufferGetAndValidate)
// ===========================================================================================

static mp_int_t cy_buffer_zeros[8];
static mp_int_t cy_buffer_minusones[8] = { -1, -1, -1, -1, -1, -1, -1, -1 };

void cy_Pyx_ZeroBuffer(cy_Py_buffer *buf) {
    buf->buf = NULL;
    buf->obj = MP_OBJ_NULL;
    buf->strides = cy_buffer_zeros;
    buf->shape = cy_buffer_zeros;
    buf->suboffsets = cy_buffer_minusones;
}

void cy_Pyx_SafeReleaseBuffer(cy_Py_buffer *info) {
    if (info->buf == NULL) {
        return;
    }
    if (info->suboffsets == cy_buffer_minusones) {
        info->suboffsets = NULL;
    }
    // PyBuffer_Release: the exporter's release, once (the object is forgotten).
    mp_obj_t obj = info->obj;
    if (obj != MP_OBJ_NULL) {
        cy_buffer_release_nd(obj, info);
    }
    info->obj = MP_OBJ_NULL;
}

// PyObject_GetBuffer on an object with MicroPython's flat buffer: one C-contiguous dimension of
// the typecode's items, its shape and strides kept in the view itself.
static int get_flat_buffer(mp_obj_t obj, cy_Py_buffer *buf, int flags) {
    mp_buffer_info_t info;
    // str has a buffer in MicroPython (its UTF-8 bytes), not in CPython.
    if (mp_obj_is_str(obj) || !mp_get_buffer(obj, &info, MP_BUFFER_READ)) {
        cy_PyErr_Format(MP_OBJ_FROM_PTR(&mp_type_TypeError),
            "a bytes-like object is required, not '%s'", cy_obj_tp_name(obj));
        return -1;
    }
    bool writable = mp_get_buffer(obj, &info, MP_BUFFER_WRITE);
    if ((flags & cy_PyBUF_WRITABLE) && !writable) {
        #if MICROPY_PY_BUILTINS_MEMORYVIEW
        if (mp_obj_is_type(obj, &mp_type_memoryview)) {
            cy_err_set_msg(&cy_type_BufferError, "memoryview: underlying buffer is not writable");
            return -1;
        }
        #endif
        cy_err_set_msg(&cy_type_BufferError, "Object is not writable.");
        return -1;
    }
    char ch = cy_i_buffer_format_char(info.typecode);
    size_t itemsize = cy_i_buffer_itemsize(ch);
    if (itemsize == 0) {
        ch = 'B';
        itemsize = 1;
    }
    memset(buf, 0, sizeof(*buf));
    buf->buf = info.buf;
    buf->obj = obj;
    buf->len = (mp_int_t)info.len;
    buf->itemsize = (mp_int_t)itemsize;
    buf->readonly = !writable;
    buf->ndim = 1;
    buf->own_format[0] = ch;
    buf->format = buf->own_format;
    buf->own_shape[0] = (mp_int_t)(info.len / itemsize);
    buf->own_strides[0] = (mp_int_t)itemsize;
    buf->shape = buf->own_shape;
    buf->strides = buf->own_strides;
    return 0;
}

int cy_i_get_buffer(mp_obj_t obj, cy_Py_buffer *buf, int flags) {
    int got = cy_buffer_get_nd(obj, buf, flags);
    if (got == 0) {
        got = get_flat_buffer(obj, buf, flags) == 0 ? 1 : -1;
    } else if (got > 0) {
        if (buf->obj == MP_OBJ_NULL || buf->obj == mp_const_none) {
            buf->obj = obj;
        }
        // An export without a shape is one dimension of len / itemsize items
        // (PyBuffer_FillInfo); one without strides is C-contiguous.
        if (buf->shape == NULL) {
            buf->ndim = 1;
            buf->own_shape[0] = buf->itemsize > 0 ? buf->len / buf->itemsize : 0;
            buf->shape = buf->own_shape;
        }
        if (buf->ndim < 0 || buf->ndim > 8) {
            cy_PyErr_Format(MP_OBJ_FROM_PTR(&mp_type_ValueError),
                "Buffer has %d dimensions, more than the 8 Cython supports", buf->ndim);
            cy_buffer_release_nd(obj, buf);
            return -1;
        }
        if (buf->strides == NULL) {
            mp_int_t stride = buf->itemsize;
            for (int i = buf->ndim - 1; i >= 0; i--) {
                buf->own_strides[i] = stride;
                stride *= buf->shape[i];
            }
            buf->strides = buf->own_strides;
        }
    }
    return got < 0 ? -1 : 0;
}

int cy_Pyx__GetBufferAndValidate(cy_Py_buffer *buf, mp_obj_t obj, const cy_Pyx_TypeInfo *dtype,
    int flags, int nd, int cast, cy_Pyx_BufFmt_StackElem *stack) {
    (void)stack;
    buf->buf = NULL;
    if (cy_i_get_buffer(obj, buf, flags) < 0) {
        cy_Pyx_ZeroBuffer(buf);
        return -1;
    }
    // From here the buffer is held and released on errors.
    if (buf->ndim != nd) {
        cy_PyErr_Format(MP_OBJ_FROM_PTR(&mp_type_ValueError),
            "Buffer has wrong number of dimensions (expected %d, got %d)", nd, buf->ndim);
        goto fail;
    }
    if (!cast) {
        char ch = view_format_char(buf);
        if (ch == 0) {
            cy_PyErr_Format(MP_OBJ_FROM_PTR(&mp_type_ValueError),
                "Buffer format '%s' is not supported on MicroPython (one item character only)",
                buf->format);
            goto fail;
        }
        if (cy_buffer_check_format(dtype, ch) < 0) {
            goto fail;
        }
    }
    if ((size_t)buf->itemsize != dtype->size) {
        cy_PyErr_Format(MP_OBJ_FROM_PTR(&mp_type_ValueError),
            "Item size of buffer (%d byte%s) does not match size of '%s' (%d byte%s)",
            (int)buf->itemsize, buf->itemsize > 1 ? "s" : "", dtype->name,
            (int)dtype->size, dtype->size > 1 ? "s" : "");
        goto fail;
    }
    if (buf->suboffsets == NULL) {
        buf->suboffsets = cy_buffer_minusones;
    }
    return 0;
fail:;
    mp_obj_t err = cy_err_fetch();
    cy_Pyx_SafeReleaseBuffer(buf);
    if (err != MP_OBJ_NULL) {
        cy_err_set(err);
    }
    return -1;
}
