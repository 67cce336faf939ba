// cy2upy_buffer.c: typed memoryviews over MicroPython's buffer protocol.
//
// Cython binds a typed memoryview (`double[:] a`) by filling its slice struct from the object's
// buffer (its __Pyx_ValidateAndInit_memviewslice, on CPython's Py_buffer). Here the buffer comes
// from mp_get_buffer, and the checks are Cython's, in its order, with its messages: the object
// must have a buffer (TypeError), be writable for a non-const view (BufferError), have as many
// dimensions as the view (ValueError; MicroPython's buffers have one), and an item type that
// matches the view's (ValueError "Buffer dtype mismatch ...", by Cython's rules for format
// characters: same size and kind, `char` matching any one-byte integer).

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
    size_t size = cy_i_buffer_itemsize(ch);
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

// Bind a slice to an N-D buffer, with Cython's checks in its order (__Pyx_ValidateAndInit_memviewslice
// and __pyx_check_strides / __pyx_verify_contig): writability, dimensions, item type, the strides
// of `::1` axes, C or Fortran contiguity.
static int cy_buffer_bind_nd(const int *axes_specs, int c_or_f_flag, int buf_flags, int ndim,
    const cy_Pyx_TypeInfo *dtype, cy_Pyx_memviewslice *memviewslice, mp_obj_t obj,
    const cy_i_nd_buffer_t *nd) {
    // Cython binds a memoryview object of the same item type as it is, without asking for its
    // buffer again: writability is checked only when the item types differ, first.
    if ((buf_flags & cy_PyBUF_WRITABLE) && nd->readonly) {
        if (cy_buffer_check_format(dtype, nd->format) < 0) {
            cy_PyErr_Clear();
            cy_err_set_msg(&mp_type_ValueError,
                "Cannot create writable memory view from read-only memoryview");
            return -1;
        }
    }
    if (ndim != nd->ndim) {
        cy_PyErr_Format(MP_OBJ_FROM_PTR(&mp_type_ValueError),
            "Buffer has wrong number of dimensions (expected %d, got %d)", ndim, nd->ndim);
        return -1;
    }
    if (cy_buffer_check_format(dtype, nd->format) < 0) {
        return -1;
    }
    mp_int_t len = nd->itemsize;
    for (int i = 0; i < ndim; i++) {
        len *= nd->shape[i];
    }
    if (len > 0) {
        for (int i = 0; i < ndim; i++) {
            if (nd->shape[i] <= 1) {
                continue;
            }
            mp_int_t stride = nd->strides[i] < 0 ? -nd->strides[i] : nd->strides[i];
            if (((axes_specs[i] & cy_Pyx_MEMVIEW_CONTIG) && nd->strides[i] != nd->itemsize)
                || ((axes_specs[i] & cy_Pyx_MEMVIEW_FOLLOW) && stride < nd->itemsize)) {
                cy_err_set_msg(&mp_type_ValueError,
                    "Buffer and memoryview are not contiguous in the same dimension.");
                return -1;
            }
        }
        mp_int_t stride = 1;
        bool fortran = (c_or_f_flag & cy_Pyx_IS_F_CONTIG) != 0;
        if (fortran || (c_or_f_flag & cy_Pyx_IS_C_CONTIG)) {
            for (int k = 0; k < ndim; k++) {
                int i = fortran ? k : ndim - 1 - k;
                if (stride * nd->itemsize != nd->strides[i] && nd->shape[i] > 1) {
                    cy_err_set_msg(&mp_type_ValueError,
                        fortran ? "Buffer not fortran contiguous." : "Buffer not C contiguous.");
                    return -1;
                }
                stride *= nd->shape[i];
            }
        }
    }
    memviewslice->memview = (cy_pyx_memoryview_obj *)MP_OBJ_TO_PTR(obj);
    memviewslice->data = nd->data;
    for (int i = 0; i < ndim; i++) {
        memviewslice->shape[i] = nd->shape[i];
        memviewslice->strides[i] = nd->strides[i];
        memviewslice->suboffsets[i] = -1;
    }
    return 0;
}

int cy_Pyx_ValidateAndInit_memviewslice(int *axes_specs, int c_or_f_flag, int buf_flags, int ndim,
    const cy_Pyx_TypeInfo *dtype, cy_Pyx_BufFmt_StackElem stack[],
    cy_Pyx_memviewslice *memviewslice, mp_obj_t original_obj) {
    (void)stack;
    // Hook for N-D exporters: a memoryview object or a cython.view.array (cy2upy_memview.c)
    // binds with its own dimensions, shape and strides.
    cy_i_nd_buffer_t nd;
    if (cy_i_nd_buffer(original_obj, &nd)) {
        return cy_buffer_bind_nd(axes_specs, c_or_f_flag, buf_flags, ndim, dtype, memviewslice,
            original_obj, &nd);
    }
    (void)axes_specs;
    (void)c_or_f_flag;
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
