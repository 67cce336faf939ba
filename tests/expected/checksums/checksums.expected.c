/* Translated by cython2upy 0.1.0 from checksums.c (Cython 3.3.1).
 * A MicroPython user C module; see micropython.mk beside this file. */
#include "cy2upy.h"

#if !MICROPY_MODULE_BUILTIN_INIT
#error "cython2upy modules need MICROPY_MODULE_BUILTIN_INIT (module __init__ builds the globals)"
#endif
#if !MICROPY_MODULE_ATTR_DELEGATION
#error "cython2upy modules need MICROPY_MODULE_ATTR_DELEGATION (module globals live in a RAM dict)"
#endif

/* Cython's generated code declares more temporaries, labels and constant tables than each function
 * uses, as it does for CPython, and writes the user's own comparisons as given (`p == p`); ports
 * build user modules with -Wall -Werror. */
#if defined(__clang__)
#pragma clang diagnostic ignored "-Wunknown-warning-option"
#pragma clang diagnostic ignored "-Wunused-variable"
#pragma clang diagnostic ignored "-Wunused-but-set-variable"
#pragma clang diagnostic ignored "-Wunused-label"
#pragma clang diagnostic ignored "-Wunused-function"
#pragma clang diagnostic ignored "-Wunused-const-variable"
#pragma clang diagnostic ignored "-Wtautological-compare"
#elif defined(__GNUC__)
#pragma GCC diagnostic ignored "-Wunused-variable"
#pragma GCC diagnostic ignored "-Wunused-but-set-variable"
#pragma GCC diagnostic ignored "-Wunused-label"
#pragma GCC diagnostic ignored "-Wunused-function"
#pragma GCC diagnostic ignored "-Wunused-const-variable"
#pragma GCC diagnostic ignored "-Wtautological-compare"
#endif

/* All objects the module keeps live in one GC-allocated state struct behind this root pointer:
 * MicroPython's collector does not scan C statics. */
MP_REGISTER_ROOT_POINTER(void *cy2upy_state_checksums);
extern const mp_obj_module_t cy2upy_module_checksums;
#define __pyx_m (MP_OBJ_FROM_PTR(&cy2upy_module_checksums))
#define __pyx_mstate_global ((__pyx_mstatetype *)MP_STATE_VM(cy2upy_state_checksums))

#ifndef CYTHON_FALLTHROUGH
#define CYTHON_FALLTHROUGH __attribute__((fallthrough))
#endif
#ifndef CYTHON_INLINE
#define CYTHON_INLINE inline
#endif
#ifndef CYTHON_MAYBE_UNUSED_VAR
#define CYTHON_MAYBE_UNUSED_VAR (void)
#endif
#ifndef CYTHON_NCP_UNUSED
#define CYTHON_NCP_UNUSED 
#endif
#ifndef CYTHON_NORETURN
#define CYTHON_NORETURN NORETURN
#endif
#ifndef CYTHON_NO_PYINIT_EXPORT
#define CYTHON_NO_PYINIT_EXPORT 
#endif
#ifndef CYTHON_SMALL_CODE
#define CYTHON_SMALL_CODE 
#endif
#ifndef CYTHON_THREAD_LOCAL
#define CYTHON_THREAD_LOCAL 
#endif
#ifndef CYTHON_UNUSED
#define CYTHON_UNUSED __attribute__((unused))
#endif
#ifndef __PYX_EXTERN_C
#define __PYX_EXTERN_C extern
#endif
#ifndef __Pyx_PACKED
#define __Pyx_PACKED __attribute__((__packed__))
#endif
#ifndef __Pyx_RefNannyDeclarations
#define __Pyx_RefNannyDeclarations 
#endif
#include <stdint.h>

#include <string.h>

    typedef int (*__pyx_memoryview_to_dtype_func_type)(char*, mp_obj_t);

#include <stdlib.h>

/* #### Code section: filename_table ### */

static const char* const __pyx_f[] = {
  "checksums.pyx",
  "View.MemoryView",
};
/* The traceback entry of a function whose failing places all name __pyx_f[0] (cython2upy) */
static CYTHON_UNUSED void __pyx_traceback_0(const char *funcname, int lineno) {
    cy_Pyx_AddTracebackIn("checksums", funcname, lineno, lineno > 0 ? __pyx_f[0] : NULL);
}

/* #### Code section: numeric_typedefs ### */
/* #### Code section: complex_type_declarations ### */
/* #### Code section: type_declarations ### */

/*--- Type declarations ---*/

/* "View.MemoryView":128
 *
 *
 * @cython.collection_type("sequence")             # <<<<<<<<<<<<<<
 * @cname("__pyx_array")
 * cdef class array:
*/

 ;

/* "View.MemoryView":318
 *
 *
 * @cname('__pyx_MemviewEnum')             # <<<<<<<<<<<<<<
 * cdef class Enum(object):
 *     cdef object name
*/

 ;

/* "View.MemoryView":353
 *
 *
 * @cname('__pyx_memoryview')             # <<<<<<<<<<<<<<
 * cdef class memoryview:
 *
*/

 ;

/* "View.MemoryView":947
 *
 *
 * @cython.collection_type("sequence")             # <<<<<<<<<<<<<<
 * @cname('__pyx_memoryviewslice')
 * cdef class _memoryviewslice(memoryview):
*/

 ;

/* "View.MemoryView":128
 *
 *
 * @cython.collection_type("sequence")             # <<<<<<<<<<<<<<
 * @cname("__pyx_array")
 * cdef class array:
*/

 ;

/* "View.MemoryView":353
 *
 *
 * @cname('__pyx_memoryview')             # <<<<<<<<<<<<<<
 * cdef class memoryview:
 *
*/

 ;

/* "View.MemoryView":947
 *
 *
 * @cython.collection_type("sequence")             # <<<<<<<<<<<<<<
 * @cname('__pyx_memoryviewslice')
 * cdef class _memoryviewslice(memoryview):
*/

 ;

static CYTHON_INLINE mp_int_t __Pyx_div_Py_ssize_t(mp_int_t, mp_int_t, int b_is_constant);

static CYTHON_INLINE long __Pyx_div_long(long, long, int b_is_constant);

static CYTHON_INLINE long __Pyx_mod_long(long, long, int b_is_constant);

static CYTHON_INLINE int __pyx_memoryview_slice_memviewslice(
        cy_Pyx_memviewslice *dst,
        mp_int_t shape, mp_int_t stride, mp_int_t suboffset,
        int dim, int new_ndim, int *suboffset_dim,
        mp_int_t start, mp_int_t stop, mp_int_t step,
        int have_start, int have_stop, int have_step,
        int is_slice);

static CYTHON_INLINE cy_Pyx_memviewslice __Pyx_PyObject_to_MemoryviewSlice_ds_unsigned_char__const__(mp_obj_t , int writable_flag);

static CYTHON_INLINE cy_Pyx_memviewslice __Pyx_PyObject_to_MemoryviewSlice_dc_nn_uint8_t__const__(mp_obj_t , int writable_flag);

static CYTHON_INLINE cy_Pyx_memviewslice __Pyx_PyObject_to_MemoryviewSlice_ds_unsigned_char(mp_obj_t , int writable_flag);

static CYTHON_INLINE cy_Pyx_memviewslice __Pyx_PyObject_to_MemoryviewSlice_ds_signed_char__const__(mp_obj_t , int writable_flag);

static CYTHON_INLINE cy_Pyx_memviewslice __Pyx_PyObject_to_MemoryviewSlice_ds_char__const__(mp_obj_t , int writable_flag);

static CYTHON_INLINE cy_Pyx_memviewslice __Pyx_PyObject_to_MemoryviewSlice_dsds_unsigned_char__const__(mp_obj_t , int writable_flag);

static CYTHON_INLINE mp_obj_t __pyx_memview_get_nn_uint8_t__const__(const char *itemp);

static CYTHON_INLINE mp_obj_t __pyx_memview_get_unsigned_char__const__(const char *itemp);

/* #### Code section: module_declarations ### */

/* Module declarations from "cython.view" */

/* Module declarations from "cython.dataclasses" */

/* Module declarations from "cython" */

/* Module declarations from "libc.stdint" */

/* Module declarations from "checksums" */

static uint8_t __pyx_f_9checksums__xor_range(cy_Pyx_memviewslice, mp_int_t, mp_int_t); /*proto*/

/* #### Code section: typeinfo ### */
static const cy_Pyx_TypeInfo __Pyx_TypeInfo_unsigned_char__const__ = { "const unsigned char", NULL, sizeof(unsigned char const ), { 0 }, 0, ((unsigned char const )-1>0)            ? 'U' : 'I', ((unsigned char const )-1>0)           , 0 };
static const cy_Pyx_TypeInfo __Pyx_TypeInfo_nn_uint8_t__const__ = { "const uint8_t", NULL, sizeof(uint8_t const ), { 0 }, 0, ((uint8_t const )-1>0)            ? 'U' : 'I', ((uint8_t const )-1>0)           , 0 };
static const cy_Pyx_TypeInfo __Pyx_TypeInfo_unsigned_char = { "unsigned char", NULL, sizeof(unsigned char), { 0 }, 0, ((unsigned char)-1>0)            ? 'U' : 'I', ((unsigned char)-1>0)           , 0 };
static const cy_Pyx_TypeInfo __Pyx_TypeInfo_signed_char__const__ = { "const signed char", NULL, sizeof(signed char const ), { 0 }, 0, ((signed char const )-1>0)            ? 'U' : 'I', ((signed char const )-1>0)           , 0 };
static const cy_Pyx_TypeInfo __Pyx_TypeInfo_char__const__ = { "const char", NULL, sizeof(char const ), { 0 }, 0, ((char const )-1>0)            ? 'U' : 'I', ((char const )-1>0)           , 0 };
/* #### Code section: before_global_var ### */
#define __Pyx_MODULE_NAME "checksums"
extern int __pyx_module_is_main_checksums;
int __pyx_module_is_main_checksums = 0;

/* Implementation of "checksums" */
/* #### Code section: global_var ### */
MP_REGISTER_ROOT_POINTER(mp_obj_t cy2upy_root_checksums___pyx_builtin___import__);
#define __pyx_builtin___import__ (MP_STATE_VM(cy2upy_root_checksums___pyx_builtin___import__))

MP_REGISTER_ROOT_POINTER(mp_obj_t cy2upy_root_checksums___pyx_builtin_enumerate);
#define __pyx_builtin_enumerate (MP_STATE_VM(cy2upy_root_checksums___pyx_builtin_enumerate))

MP_REGISTER_ROOT_POINTER(mp_obj_t cy2upy_root_checksums___pyx_builtin_Ellipsis);
#define __pyx_builtin_Ellipsis (MP_STATE_VM(cy2upy_root_checksums___pyx_builtin_Ellipsis))

MP_REGISTER_ROOT_POINTER(mp_obj_t cy2upy_root_checksums___pyx_builtin_id);
#define __pyx_builtin_id (MP_STATE_VM(cy2upy_root_checksums___pyx_builtin_id))

/* #### Code section: string_decls ### */

static const char __pyx_k_Checksums_and_codecs_over_read_o[] = "Checksums and codecs over read-only byte buffers (bytes, bytearray, memoryview, array(\047B\047)),\nthe way a protocol driver computes them on received frames.";

/* #### Code section: decls ### */

static mp_obj_t __pyx_pf_9checksums_adler32(CYTHON_UNUSED mp_obj_t __pyx_self, cy_Pyx_memviewslice __pyx_v_data, uint32_t __pyx_v_start); /* proto */
static mp_obj_t __pyx_pf_9checksums_2crc16_ccitt(CYTHON_UNUSED mp_obj_t __pyx_self, cy_Pyx_memviewslice __pyx_v_data, uint16_t __pyx_v_crc); /* proto */
static mp_obj_t __pyx_pf_9checksums_4nmea_checksum(CYTHON_UNUSED mp_obj_t __pyx_self, cy_Pyx_memviewslice __pyx_v_sentence); /* proto */
static mp_obj_t __pyx_pf_9checksums_6byte_at(CYTHON_UNUSED mp_obj_t __pyx_self, cy_Pyx_memviewslice __pyx_v_data, mp_int_t __pyx_v_i); /* proto */
static mp_obj_t __pyx_pf_9checksums_8last_byte(CYTHON_UNUSED mp_obj_t __pyx_self, cy_Pyx_memviewslice __pyx_v_data); /* proto */
static mp_obj_t __pyx_pf_9checksums_10fletcher16(CYTHON_UNUSED mp_obj_t __pyx_self, cy_Pyx_memviewslice __pyx_v_data); /* proto */
static mp_obj_t __pyx_pf_9checksums_12invert(CYTHON_UNUSED mp_obj_t __pyx_self, cy_Pyx_memviewslice __pyx_v_data); /* proto */
static mp_obj_t __pyx_pf_9checksums_14info(CYTHON_UNUSED mp_obj_t __pyx_self, cy_Pyx_memviewslice __pyx_v_data); /* proto */
static mp_obj_t __pyx_pf_9checksums_16count_signed(CYTHON_UNUSED mp_obj_t __pyx_self, cy_Pyx_memviewslice __pyx_v_data); /* proto */
static mp_obj_t __pyx_pf_9checksums_18count_char(CYTHON_UNUSED mp_obj_t __pyx_self, cy_Pyx_memviewslice __pyx_v_data, char __pyx_v_c); /* proto */
static mp_obj_t __pyx_pf_9checksums_20maybe_len(CYTHON_UNUSED mp_obj_t __pyx_self, cy_Pyx_memviewslice __pyx_v_data); /* proto */
static mp_obj_t __pyx_pf_9checksums_22needs_2d(CYTHON_UNUSED mp_obj_t __pyx_self, cy_Pyx_memviewslice __pyx_v_data); /* proto */

/* #### Code section: late_includes ### */
/* #### Code section: module_state ### */

  typedef struct {
    mp_obj_t __pyx_d;
    mp_obj_t __pyx_b;
    mp_obj_t __pyx_cython_runtime;
    mp_obj_t __pyx_empty_tuple;
    mp_obj_t __pyx_empty_bytes;
    mp_obj_t __pyx_empty_unicode;
    mp_obj_t __pyx_type___pyx_array;
    mp_obj_t __pyx_type___pyx_MemviewEnum;
    mp_obj_t __pyx_type___pyx_memoryview;
    mp_obj_t __pyx_type___pyx_memoryviewslice;
    cy_PyTypeObject *__pyx_array_type;
    cy_PyTypeObject *__pyx_MemviewEnum_type;
    cy_PyTypeObject *__pyx_memoryview_type;
    cy_PyTypeObject *__pyx_memoryviewslice_type;

    mp_obj_t __pyx_slice[1];
    mp_obj_t __pyx_tuple[2];
    mp_obj_t __pyx_codeobj_tab[12];

    mp_obj_t __pyx_number_tab[3];
/* #### Code section: module_state_contents ### */

/* #### Code section: module_state_end ### */
} __pyx_mstatetype;

/* #### Code section: constant_name_defines ### */
#define __pyx_kp_u_02X (*(mp_obj_t *)&__pyx_string_tab[0])
#define __pyx_kp_u_sentence_must_start_with (*(mp_obj_t *)&__pyx_string_tab[1])
#define __pyx_n_u_Ellipsis (*(mp_obj_t *)&__pyx_string_tab[2])
#define __pyx_n_u_import (*(mp_obj_t *)&__pyx_string_tab[3])
#define __pyx_n_u_test (*(mp_obj_t *)&__pyx_string_tab[4])
#define __pyx_n_u_adler32 (*(mp_obj_t *)&__pyx_string_tab[5])
#define __pyx_n_u_byte_at (*(mp_obj_t *)&__pyx_string_tab[6])
#define __pyx_n_u_c (*(mp_obj_t *)&__pyx_string_tab[7])
#define __pyx_n_u_checksums (*(mp_obj_t *)&__pyx_string_tab[8])
#define __pyx_n_u_count_char (*(mp_obj_t *)&__pyx_string_tab[9])
#define __pyx_n_u_count_signed (*(mp_obj_t *)&__pyx_string_tab[10])
#define __pyx_n_u_crc (*(mp_obj_t *)&__pyx_string_tab[11])
#define __pyx_n_u_crc16_ccitt (*(mp_obj_t *)&__pyx_string_tab[12])
#define __pyx_n_u_data (*(mp_obj_t *)&__pyx_string_tab[13])
#define __pyx_n_u_enumerate (*(mp_obj_t *)&__pyx_string_tab[14])
#define __pyx_n_u_fletcher16 (*(mp_obj_t *)&__pyx_string_tab[15])
#define __pyx_n_u_i (*(mp_obj_t *)&__pyx_string_tab[16])
#define __pyx_n_u_id (*(mp_obj_t *)&__pyx_string_tab[17])
#define __pyx_n_u_info (*(mp_obj_t *)&__pyx_string_tab[18])
#define __pyx_n_u_invert (*(mp_obj_t *)&__pyx_string_tab[19])
#define __pyx_n_u_last_byte (*(mp_obj_t *)&__pyx_string_tab[20])
#define __pyx_n_u_maybe_len (*(mp_obj_t *)&__pyx_string_tab[21])
#define __pyx_n_u_needs_2d (*(mp_obj_t *)&__pyx_string_tab[22])
#define __pyx_n_u_nmea_checksum (*(mp_obj_t *)&__pyx_string_tab[23])
#define __pyx_n_u_sentence (*(mp_obj_t *)&__pyx_string_tab[24])
#define __pyx_n_u_start (*(mp_obj_t *)&__pyx_string_tab[25])
/* Cython's string constants, decoded at translation time: qstrs and ROM objects. */
static const mp_obj_str_t __pyx_str_obj_2 = {{&mp_type_str}, 0, 4, (const byte *)"%02X"};
static const mp_obj_str_t __pyx_str_obj_25 = {{&mp_type_str}, 0, 28, (const byte *)"sentence must start with '$'"};
static const mp_rom_obj_t __pyx_string_tab[26] = {
    MP_ROM_PTR(&__pyx_str_obj_2),
    MP_ROM_PTR(&__pyx_str_obj_25),
    MP_ROM_QSTR(MP_QSTR_Ellipsis),
    MP_ROM_QSTR(MP_QSTR___import__),
    MP_ROM_QSTR(MP_QSTR___test__),
    MP_ROM_QSTR(MP_QSTR_adler32),
    MP_ROM_QSTR(MP_QSTR_byte_at),
    MP_ROM_QSTR(MP_QSTR_c),
    MP_ROM_QSTR(MP_QSTR_checksums),
    MP_ROM_QSTR(MP_QSTR_count_char),
    MP_ROM_QSTR(MP_QSTR_count_signed),
    MP_ROM_QSTR(MP_QSTR_crc),
    MP_ROM_QSTR(MP_QSTR_crc16_ccitt),
    MP_ROM_QSTR(MP_QSTR_data),
    MP_ROM_QSTR(MP_QSTR_enumerate),
    MP_ROM_QSTR(MP_QSTR_fletcher16),
    MP_ROM_QSTR(MP_QSTR_i),
    MP_ROM_QSTR(MP_QSTR_id),
    MP_ROM_QSTR(MP_QSTR_info),
    MP_ROM_QSTR(MP_QSTR_invert),
    MP_ROM_QSTR(MP_QSTR_last_byte),
    MP_ROM_QSTR(MP_QSTR_maybe_len),
    MP_ROM_QSTR(MP_QSTR_needs_2d),
    MP_ROM_QSTR(MP_QSTR_nmea_checksum),
    MP_ROM_QSTR(MP_QSTR_sentence),
    MP_ROM_QSTR(MP_QSTR_start),
};
#define __pyx_int_0 __pyx_number_tab[0]
#define __pyx_int_neg_1 __pyx_number_tab[1]
#define __pyx_int_136983863 __pyx_number_tab[2]

/* #### Code section: module_code ### */

/* "View.MemoryView":147
 *         cdef bint dtype_is_object
 *
 *     def __cinit__(array self, tuple shape, Py_ssize_t itemsize, format not None,             # <<<<<<<<<<<<<<
 *                   mode="c", bint allocate_buffer=True):
 *
*/

/* Python wrapper */

/* "View.MemoryView":198
 *             _allocate_buffer(self)
 *
 *     @cname('getbuffer')             # <<<<<<<<<<<<<<
 *     def __getbuffer__(self, Py_buffer *info, int flags):
 *         cdef int bufmode = -1
*/

/* Python wrapper */

/* "View.MemoryView":226
 *         info.obj = self
 *
 *     def __dealloc__(array self):             # <<<<<<<<<<<<<<
 *         if self.callback_free_data != NULL:
 *             self.callback_free_data(self.data)
*/

/* Python wrapper */

/* "View.MemoryView":235
 *         PyObject_Free(self._shape)
 *
 *     @property             # <<<<<<<<<<<<<<
 *     def memview(self):
 *         return array.get_memview(self)
*/

/* Python wrapper */

/* "View.MemoryView":240
 *
 *
 *     @cname('get_memview')             # <<<<<<<<<<<<<<
 *     cdef get_memview(self):
 *         flags =  PyBUF_ANY_CONTIGUOUS|PyBUF_FORMAT|PyBUF_WRITABLE
*/

/* "View.MemoryView":245
 *         return  memoryview(self, flags, self.dtype_is_object)
 *
 *     def __len__(self):             # <<<<<<<<<<<<<<
 *         return self._shape[0]
 *
*/

/* Python wrapper */

/* "View.MemoryView":248
 *         return self._shape[0]
 *
 *     def __getattr__(self, attr):             # <<<<<<<<<<<<<<
 *         return getattr(self.memview, attr)
 *
*/

/* Python wrapper */

/* "View.MemoryView":251
 *         return getattr(self.memview, attr)
 *
 *     def __getitem__(self, item):             # <<<<<<<<<<<<<<
 *         return self.memview[item]
 *
*/

/* Python wrapper */

/* "View.MemoryView":254
 *         return self.memview[item]
 *
 *     def __setitem__(self, item, value):             # <<<<<<<<<<<<<<
 *         self.memview[item] = value
 *
*/

/* Python wrapper */

/* "(tree fragment)":1
 * def __reduce_cython__(self):             # <<<<<<<<<<<<<<
 *     raise TypeError, "no default __reduce__ due to non-trivial __cinit__"
 * def __setstate_cython__(self, __pyx_state):
*/

/* Python wrapper */

/* "(tree fragment)":3
 * def __reduce_cython__(self):
 *     raise TypeError, "no default __reduce__ due to non-trivial __cinit__"
 * def __setstate_cython__(self, __pyx_state):             # <<<<<<<<<<<<<<
 *     raise TypeError, "no default __reduce__ due to non-trivial __cinit__"
*/

/* Python wrapper */

/* "View.MemoryView":264
 *         pass
 *
 * @cname("__pyx_array_allocate_buffer")             # <<<<<<<<<<<<<<
 * cdef int _allocate_buffer(array self) except -1:
 *
*/

/* "View.MemoryView":284
 *
 *
 * @cname("__pyx_array_new")             # <<<<<<<<<<<<<<
 * cdef array array_cwrapper(tuple shape, Py_ssize_t itemsize, char *format, const char *c_mode, char *buf):
 *     cdef array result
*/

/* "View.MemoryView":321
 * cdef class Enum(object):
 *     cdef object name
 *     def __init__(self, name):             # <<<<<<<<<<<<<<
 *         self.name = name
 *     def __repr__(self):
*/

/* Python wrapper */

/* "View.MemoryView":323
 *     def __init__(self, name):
 *         self.name = name
 *     def __repr__(self):             # <<<<<<<<<<<<<<
 *         return self.name
 *
*/

/* Python wrapper */

/* "(tree fragment)":1
 * def __reduce_cython__(self):             # <<<<<<<<<<<<<<
 *     cdef tuple state
 *     cdef object _dict
*/

/* Python wrapper */

/* "(tree fragment)":17
 *     else:
 *         return __pyx_unpickle_Enum, (type(self), 0x82a3537, state)
 * def __setstate_cython__(self, __pyx_state):             # <<<<<<<<<<<<<<
 *     __pyx_unpickle_Enum__set_state(self, __pyx_state)
*/

/* Python wrapper */

/* "View.MemoryView":367
 *     cdef const __Pyx_TypeInfo *typeinfo
 *
 *     def __cinit__(memoryview self, object obj, int flags, bint dtype_is_object=False):             # <<<<<<<<<<<<<<
 *         self.obj = obj
 *         self.flags = flags
*/

/* Python wrapper */

/* "View.MemoryView":397
 *         self.typeinfo = NULL
 *
 *     def __dealloc__(memoryview self):             # <<<<<<<<<<<<<<
 *         if self.obj is not None:
 *             PyBuffer_Release(&self.view)
*/

/* Python wrapper */

/* "View.MemoryView":419
 *
 *
 *     cdef char *get_item_pointer(memoryview self, index: tuple) except NULL:             # <<<<<<<<<<<<<<
 *         cdef Py_ssize_t dim
 *         cdef char *itemp = <char *> self.view.buf
*/

/* "View.MemoryView":429
 *
 *
 *     def __getitem__(memoryview self, object index):             # <<<<<<<<<<<<<<
 *         cdef char *buffer
 *         if self.view.ndim == 1 and isinstance(index, int):
*/

/* Python wrapper */

/* "View.MemoryView":448
 *             return self.convert_item_to_object(itemp)
 *
 *     def __setitem__(memoryview self, object index, object value):             # <<<<<<<<<<<<<<
 *         if self.view.readonly:
 *             raise TypeError, "Cannot assign to read-only memoryview"
*/

/* Python wrapper */

/* "View.MemoryView":469
 *
 *
 *     cdef is_slice(self, obj):             # <<<<<<<<<<<<<<
 *         if not isinstance(obj, memoryview):
 *             try:
*/

/* "View.MemoryView":480
 *
 *
 *     cdef setitem_slice_assignment(self, dst, src):             # <<<<<<<<<<<<<<
 *         cdef __Pyx_memviewslice dst_slice
 *         cdef __Pyx_memviewslice src_slice
*/

/* "View.MemoryView":489
 *
 *
 *     cdef setitem_slice_assign_scalar(self, memoryview dst, value):             # <<<<<<<<<<<<<<
 *         cdef int array[128]
 *         cdef void *tmp = NULL
*/

/* "View.MemoryView":522
 *
 *
 *     cdef setitem_indexed(self, indices: tuple, value):             # <<<<<<<<<<<<<<
 *         cdef char *itemp = memoryview.get_item_pointer(self, indices)
 *         self.assign_item_from_object(itemp, value)
*/

/* "View.MemoryView":527
 *
 *
 *     cdef setitem_indexed1(self, index, value):             # <<<<<<<<<<<<<<
 *         cdef char *buffer = <char *> self.view.buf
 *         cdef char *itemp = pybuffer_index(&self.view, buffer, index, 0)
*/

/* "View.MemoryView":532
 *         self.assign_item_from_object(itemp, value)
 *
 *     cdef convert_item_to_object(self, char *itemp):             # <<<<<<<<<<<<<<
 *         """Only used if instantiated manually by the user, or if Cython doesn't
 *         know how to convert the type"""
*/

/* "View.MemoryView":548
 *             return result
 *
 *     cdef assign_item_from_object(self, char *itemp, object value):             # <<<<<<<<<<<<<<
 *         """Only used if instantiated manually by the user, or if Cython doesn't
 *         know how to convert the type"""
*/

/* "View.MemoryView":564
 *             itemp[i] = c
 *
 *     @cname('getbuffer')             # <<<<<<<<<<<<<<
 *     def __getbuffer__(self, Py_buffer *info, int flags):
 *         if cython.unlikely(flags & PyBUF_WRITABLE and self.view.readonly):
*/

/* Python wrapper */

/* "View.MemoryView":597
 *
 *
 *     @property             # <<<<<<<<<<<<<<
 *     def T(self):
 *         cdef _memoryviewslice result = memoryview_copy(self)
*/

/* Python wrapper */

/* "View.MemoryView":603
 *         return result
 *
 *     @property             # <<<<<<<<<<<<<<
 *     def base(self):
 *         return self._get_base()
*/

/* Python wrapper */

/* "View.MemoryView":607
 *         return self._get_base()
 *
 *     cdef _get_base(self):             # <<<<<<<<<<<<<<
 *         return self.obj
 *
*/

/* "View.MemoryView":610
 *         return self.obj
 *
 *     @property             # <<<<<<<<<<<<<<
 *     def shape(self):
 *         return tuple([length for length in self.view.shape[:self.view.ndim]])
*/

/* Python wrapper */

/* "View.MemoryView":614
 *         return tuple([length for length in self.view.shape[:self.view.ndim]])
 *
 *     @property             # <<<<<<<<<<<<<<
 *     def strides(self):
 *         if cython.unlikely(self.view.strides == NULL):
*/

/* Python wrapper */

/* "View.MemoryView":622
 *         return tuple([stride for stride in self.view.strides[:self.view.ndim]])
 *
 *     @property             # <<<<<<<<<<<<<<
 *     def suboffsets(self):
 *         if self.view.suboffsets == NULL:
*/

/* Python wrapper */

/* "View.MemoryView":629
 *         return tuple([suboffset for suboffset in self.view.suboffsets[:self.view.ndim]])
 *
 *     @property             # <<<<<<<<<<<<<<
 *     def ndim(self):
 *         return self.view.ndim
*/

/* Python wrapper */

/* "View.MemoryView":633
 *         return self.view.ndim
 *
 *     @property             # <<<<<<<<<<<<<<
 *     def itemsize(self):
 *         return self.view.itemsize
*/

/* Python wrapper */

/* "View.MemoryView":637
 *         return self.view.itemsize
 *
 *     @property             # <<<<<<<<<<<<<<
 *     def nbytes(self):
 *         return self.size * self.view.itemsize
*/

/* Python wrapper */

/* "View.MemoryView":641
 *         return self.size * self.view.itemsize
 *
 *     @property             # <<<<<<<<<<<<<<
 *     def size(self):
 *         cdef size_t result
*/

/* Python wrapper */

/* "View.MemoryView":654
 *         return self._size
 *
 *     def __len__(self):             # <<<<<<<<<<<<<<
 *         if self.view.ndim >= 1:
 *             return self.view.shape[0]
*/

/* Python wrapper */

/* "View.MemoryView":660
 *         return 0
 *
 *     def __repr__(self):             # <<<<<<<<<<<<<<
 *         return "<MemoryView of %r at 0x%x>" % (self.base.__class__.__name__,
 *                                                id(self))
*/

/* Python wrapper */

/* "View.MemoryView":664
 *                                                id(self))
 *
 *     def __str__(self):             # <<<<<<<<<<<<<<
 *         return "<MemoryView of %r object>" % (self.base.__class__.__name__,)
 *
*/

/* Python wrapper */

/* "View.MemoryView":668
 *
 *
 *     def is_c_contig(self):             # <<<<<<<<<<<<<<
 *         cdef __Pyx_memviewslice *mslice
 *         cdef __Pyx_memviewslice tmp
*/

/* Python wrapper */

/* "View.MemoryView":674
 *         return slice_is_contig(mslice[0], 'C', self.view.ndim)
 *
 *     def is_f_contig(self):             # <<<<<<<<<<<<<<
 *         cdef __Pyx_memviewslice *mslice
 *         cdef __Pyx_memviewslice tmp
*/

/* Python wrapper */

/* "View.MemoryView":680
 *         return slice_is_contig(mslice[0], 'F', self.view.ndim)
 *
 *     def copy(self):             # <<<<<<<<<<<<<<
 *         cdef __Pyx_memviewslice mslice
 *         cdef int flags = self.flags & ~PyBUF_F_CONTIGUOUS
*/

/* Python wrapper */

/* "View.MemoryView":692
 *         return memoryview_copy_from_slice(self, &mslice)
 *
 *     def copy_fortran(self):             # <<<<<<<<<<<<<<
 *         cdef __Pyx_memviewslice src, dst
 *         cdef int flags = self.flags & ~PyBUF_C_CONTIGUOUS
*/

/* Python wrapper */

/* "(tree fragment)":1
 * def __reduce_cython__(self):             # <<<<<<<<<<<<<<
 *     raise TypeError, "no default __reduce__ due to non-trivial __cinit__"
 * def __setstate_cython__(self, __pyx_state):
*/

/* Python wrapper */

/* "(tree fragment)":3
 * def __reduce_cython__(self):
 *     raise TypeError, "no default __reduce__ due to non-trivial __cinit__"
 * def __setstate_cython__(self, __pyx_state):             # <<<<<<<<<<<<<<
 *     raise TypeError, "no default __reduce__ due to non-trivial __cinit__"
*/

/* Python wrapper */

/* "View.MemoryView":705
 *
 *
 * @cname('__pyx_memoryview_new')             # <<<<<<<<<<<<<<
 * cdef memoryview_cwrapper(object o, int flags, bint dtype_is_object, const __Pyx_TypeInfo *typeinfo):
 *     cdef memoryview result = memoryview(o, flags, dtype_is_object)
*/

/* "View.MemoryView":711
 *     return result
 *
 * @cname('__pyx_memoryview_check')             # <<<<<<<<<<<<<<
 * cdef inline bint memoryview_check(object o) noexcept:
 *     return isinstance(o, memoryview)
*/

/* "View.MemoryView":716
 *
 *
 * @cname('__pyx_memoryview_err_invalid_index')             # <<<<<<<<<<<<<<
 * cdef int _err_invalid_index(item) except -1:
 *     type_name = str(type(item))
*/

/* "View.MemoryView":723
 *
 *
 * cdef tuple[bint, tuple] _unellipsify_index_tuple(index_tuple: tuple, int ndim):             # <<<<<<<<<<<<<<
 *     """
 *     Replace all ellipses with full slices and fill incomplete indices with full slices.
*/

/* "View.MemoryView":768
 *
 *
 * cdef tuple[bint, tuple] _unellipsify(object index, int ndim):             # <<<<<<<<<<<<<<
 *     """
 *     Replace all ellipses with full slices and fill incomplete indices with full slices.
*/

/* "View.MemoryView":801
 *
 *
 * cdef int assert_direct_dimensions(Py_ssize_t *suboffsets, int ndim) except -1:             # <<<<<<<<<<<<<<
 *     for suboffset in suboffsets[:ndim]:
 *         if cython.unlikely(suboffset >= 0):
*/

/* "View.MemoryView":811
 *
 *
 * @cname('__pyx_memview_slice')             # <<<<<<<<<<<<<<
 * cdef memoryview memview_slice(memoryview memview, tuple indices):
 *     cdef int new_ndim = 0, suboffset_dim = -1, dim
*/

/* "View.MemoryView":892
 *
 *
 * @cname('__pyx_pybuffer_index')             # <<<<<<<<<<<<<<
 * cdef char *pybuffer_index(Py_buffer *view, char *bufp, Py_ssize_t index,
 *                           Py_ssize_t dim) except NULL:
*/

/* "View.MemoryView":925
 *
 *
 * @cname('__pyx_memslice_transpose')             # <<<<<<<<<<<<<<
 * cdef int transpose_memslice(__Pyx_memviewslice *memslice) except -1 nogil:
 *     cdef int ndim = memslice.memview.view.ndim
*/

/* "View.MemoryView":960
 *     cdef to_dtype_func_type to_dtype_func
 *
 *     def __dealloc__(self):             # <<<<<<<<<<<<<<
 *         __PYX_XCLEAR_MEMVIEW(&self.from_slice, 1)
 *
*/

/* Python wrapper */

/* "View.MemoryView":963
 *         __PYX_XCLEAR_MEMVIEW(&self.from_slice, 1)
 *
 *     cdef convert_item_to_object(self, char *itemp):             # <<<<<<<<<<<<<<
 *         if self.to_object_func != NULL:
 *             return self.to_object_func(itemp)
*/

/* "View.MemoryView":969
 *             return memoryview.convert_item_to_object(self, itemp)
 *
 *     cdef assign_item_from_object(self, char *itemp, object value):             # <<<<<<<<<<<<<<
 *         if self.to_dtype_func != NULL:
 *             self.to_dtype_func(itemp, value)
*/

/* "View.MemoryView":975
 *             memoryview.assign_item_from_object(self, itemp, value)
 *
 *     cdef _get_base(self):             # <<<<<<<<<<<<<<
 *         return self.from_object
 *
*/

/* "(tree fragment)":1
 * def __reduce_cython__(self):             # <<<<<<<<<<<<<<
 *     raise TypeError, "no default __reduce__ due to non-trivial __cinit__"
 * def __setstate_cython__(self, __pyx_state):
*/

/* Python wrapper */

/* "(tree fragment)":3
 * def __reduce_cython__(self):
 *     raise TypeError, "no default __reduce__ due to non-trivial __cinit__"
 * def __setstate_cython__(self, __pyx_state):             # <<<<<<<<<<<<<<
 *     raise TypeError, "no default __reduce__ due to non-trivial __cinit__"
*/

/* Python wrapper */

/* "View.MemoryView":995
 *     pass  # ignore failure, it's a minor issue
 *
 * @cname('__pyx_memoryview_fromslice')             # <<<<<<<<<<<<<<
 * cdef memoryview_fromslice(__Pyx_memviewslice memviewslice,
 *                           int ndim,
*/

/* "View.MemoryView":1049
 *     return result
 *
 * @cname('__pyx_memoryview_get_slice_from_memoryview')             # <<<<<<<<<<<<<<
 * cdef __Pyx_memviewslice *get_slice_from_memview(memoryview memview,
 *                                                    __Pyx_memviewslice *mslice) except NULL:
*/

/* "View.MemoryView":1060
 *         return mslice
 *
 * @cname('__pyx_memoryview_slice_copy')             # <<<<<<<<<<<<<<
 * cdef void slice_copy(memoryview memview, __Pyx_memviewslice *dst) noexcept:
 *     cdef int dim
*/

/* "View.MemoryView":1077
 *         dst.suboffsets[dim] = suboffsets[dim] if suboffsets else -1
 *
 * @cname('__pyx_memoryview_copy_object')             # <<<<<<<<<<<<<<
 * cdef memoryview_copy(memoryview memview):
 *     "Create a new memoryview object"
*/

/* "View.MemoryView":1084
 *     return memoryview_copy_from_slice(memview, &memviewslice)
 *
 * @cname('__pyx_memoryview_copy_object_from_slice')             # <<<<<<<<<<<<<<
 * cdef memoryview_copy_from_slice(memoryview memview, __Pyx_memviewslice *memviewslice):
 *     """
*/

/* "View.MemoryView":1107
 *
 *
 * cdef Py_ssize_t abs_py_ssize_t(Py_ssize_t arg) noexcept nogil:             # <<<<<<<<<<<<<<
 *     return -arg if arg < 0 else arg
 *
*/

/* "View.MemoryView":1110
 *     return -arg if arg < 0 else arg
 *
 * @cname('__pyx_get_best_slice_order')             # <<<<<<<<<<<<<<
 * cdef char get_best_order(__Pyx_memviewslice *mslice, int ndim) noexcept nogil:
 *     """
*/

/* "View.MemoryView":1134
 *         return 'F'
 *
 * @cython.cdivision(True)             # <<<<<<<<<<<<<<
 * cdef void _copy_strided_to_strided(char *src_data, Py_ssize_t *src_strides,
 *                                    char *dst_data, Py_ssize_t *dst_strides,
*/

/* "View.MemoryView":1165
 *             dst_data += dst_stride
 *
 * cdef void copy_strided_to_strided(__Pyx_memviewslice *src,             # <<<<<<<<<<<<<<
 *                                   __Pyx_memviewslice *dst,
 *                                   int ndim, size_t itemsize) noexcept nogil:
*/

/* "View.MemoryView":1171
 *                              src.shape, dst.shape, ndim, itemsize)
 *
 * @cname('__pyx_memoryview_slice_get_size')             # <<<<<<<<<<<<<<
 * cdef size_t slice_get_size(__Pyx_memviewslice *src, int ndim) noexcept nogil:
 *     "Return the size of the memory occupied by the slice in number of bytes"
*/

/* "View.MemoryView":1182
 *     return size
 *
 * @cname('__pyx_fill_contig_strides_array')             # <<<<<<<<<<<<<<
 * cdef Py_ssize_t fill_contig_strides_array(
 *                 Py_ssize_t *shape, Py_ssize_t *strides, Py_ssize_t stride,
*/

/* "View.MemoryView":1203
 *     return stride
 *
 * @cname('__pyx_memoryview_copy_data_to_temp')             # <<<<<<<<<<<<<<
 * cdef void *copy_data_to_temp(__Pyx_memviewslice *src,
 *                              __Pyx_memviewslice *tmpslice,
*/

/* "View.MemoryView":1246
 *
 *
 * @cname('__pyx_memoryview_err_extents')             # <<<<<<<<<<<<<<
 * cdef int _err_extents(int i, Py_ssize_t extent1,
 *                              Py_ssize_t extent2) except -1 with gil:
*/

/* "View.MemoryView":1255
 *     return -1
 *
 * @cname('__pyx_memoryview_err_dim')             # <<<<<<<<<<<<<<
 * cdef int _err_dim(PyObject *error, const char* msg, int dim) except -1 with gil:
 *     PyErr_Format(error, msg, dim)
*/

/* "View.MemoryView":1260
 *     return -1
 *
 * @cname('__pyx_memoryview_err')             # <<<<<<<<<<<<<<
 * cdef int _err(PyObject *error, const char* msg) except -1 with gil:
 *     PyErr_SetString(error, msg)
*/

/* "View.MemoryView":1265
 *     return -1
 *
 * @cname('__pyx_memoryview_err_no_memory')             # <<<<<<<<<<<<<<
 * cdef int _err_no_memory() except -1 with gil:
 *     raise MemoryError
*/

/* "View.MemoryView":1271
 *
 *
 * @cname('__pyx_memoryview_err_ValueError')             # <<<<<<<<<<<<<<
 * cdef int _err_ValueError(const char* msg) except -1:
 *     PyErr_SetString(PyExc_ValueError, msg)
*/

/* "View.MemoryView":1276
 *     return -1
 *
 * @cname('__pyx_memoryview_err_IndexError')             # <<<<<<<<<<<<<<
 * cdef int _err_IndexError(const char* msg, Py_ssize_t index) except -1:
 *     PyErr_Format(PyExc_IndexError, msg, index)
*/

/* "View.MemoryView":1282
 *
 *
 * @cname('__pyx_memoryview_copy_contents')             # <<<<<<<<<<<<<<
 * cdef int memoryview_copy_contents(__Pyx_memviewslice src,
 *                                   __Pyx_memviewslice dst,
*/

/* "View.MemoryView":1354
 *     return 0
 *
 * @cname('__pyx_memoryview_broadcast_leading')             # <<<<<<<<<<<<<<
 * cdef void broadcast_leading(__Pyx_memviewslice *mslice,
 *                             int ndim,
*/

/* "View.MemoryView":1376
 *
 *
 * @cname('__pyx_memoryview_refcount_copying')             # <<<<<<<<<<<<<<
 * cdef void refcount_copying(__Pyx_memviewslice *dst, bint dtype_is_object, int ndim, bint inc) noexcept nogil:
 *
*/

/* "View.MemoryView":1382
 *         refcount_objects_in_slice_with_gil(dst.data, dst.shape, dst.strides, ndim, inc)
 *
 * @cname('__pyx_memoryview_refcount_objects_in_slice_with_gil')             # <<<<<<<<<<<<<<
 * cdef void refcount_objects_in_slice_with_gil(char *data, Py_ssize_t *shape,
 *                                              Py_ssize_t *strides, int ndim,
*/

/* "View.MemoryView":1388
 *     refcount_objects_in_slice(data, shape, strides, ndim, inc)
 *
 * @cname('__pyx_memoryview_refcount_objects_in_slice')             # <<<<<<<<<<<<<<
 * cdef void refcount_objects_in_slice(char *data, Py_ssize_t *shape,
 *                                     Py_ssize_t *strides, int ndim, bint inc) noexcept:
*/

/* "View.MemoryView":1408
 *
 *
 * @cname('__pyx_memoryview_slice_assign_scalar')             # <<<<<<<<<<<<<<
 * cdef void slice_assign_scalar(__Pyx_memviewslice *dst, int ndim,
 *                               size_t itemsize, void *item,
*/

/* "View.MemoryView":1417
 *
 *
 * @cname('__pyx_memoryview__slice_assign_scalar')             # <<<<<<<<<<<<<<
 * cdef void _slice_assign_scalar(char *data, Py_ssize_t *shape,
 *                               Py_ssize_t *strides, int ndim,
*/

/* "(tree fragment)":4
 *     int __Pyx_CheckUnpickleChecksum(long, long, long, long, const char*) except -1
 *     int __Pyx_UpdateUnpickledDict(object, object, Py_ssize_t) except -1
 * def __pyx_unpickle_Enum(__pyx_type, long __pyx_checksum, tuple __pyx_state):             # <<<<<<<<<<<<<<
 *     cdef object __pyx_result
 *     __Pyx_CheckUnpickleChecksum(__pyx_checksum, 0x82a3537, 0x6ae9995, 0xb068931, b'name')
*/

/* Python wrapper */

/* "(tree fragment)":11
 *         __pyx_unpickle_Enum__set_state(<Enum> __pyx_result, __pyx_state)
 *     return __pyx_result
 * cdef __pyx_unpickle_Enum__set_state(Enum __pyx_result, __pyx_state: tuple):             # <<<<<<<<<<<<<<
 *     __pyx_result.name = __pyx_state[0]
 *     __Pyx_UpdateUnpickledDict(__pyx_result, __pyx_state, 1)
*/

/* "checksums.pyx":9
 *
 *
 * def adler32(const unsigned char[:] data, uint32_t start=1):             # <<<<<<<<<<<<<<
 *     cdef uint32_t a = start & 0xFFFF, b = (start >> 16) & 0xFFFF
 *     cdef Py_ssize_t i
*/

/* Python wrapper */
static mp_obj_t __pyx_pw_9checksums_1adler32(mp_obj_t __pyx_self,

mp_obj_t const *__pyx_args, mp_int_t __pyx_nargs, mp_obj_t __pyx_kwds

); /*proto*/
static cy_PyMethodDef __pyx_mdef_9checksums_1adler32 = {"adler32", (cy_PyCFunction)(void(*)(void))(cy_Pyx_PyCFunction_FastCallWithKeywords)__pyx_pw_9checksums_1adler32, cy_Pyx_METH_FASTCALL|cy_METH_KEYWORDS, 0};
static mp_obj_t __pyx_pw_9checksums_1adler32(mp_obj_t __pyx_self,

mp_obj_t const *__pyx_args, mp_int_t __pyx_nargs, mp_obj_t __pyx_kwds

) {
  cy_Pyx_memviewslice __pyx_v_data = { 0, 0, { 0 }, { 0 }, { 0 } };
  uint32_t __pyx_v_start;

  CYTHON_UNUSED mp_obj_t const *__pyx_kwvalues;
  mp_obj_t values[2] = {0,0};
  int __pyx_lineno = 0;
  const char *__pyx_filename = NULL;
  int __pyx_clineno = 0;
  mp_obj_t __pyx_r = 0;
  __Pyx_RefNannyDeclarations

  __pyx_kwvalues = cy_Pyx_KwValues_FASTCALL(__pyx_args, __pyx_nargs);
  {
static mp_obj_t * const __pyx_pyargnames[] = { &__pyx_n_u_data,
&__pyx_n_u_start, 0 };
static const cy_Pyx_ArgSpec __pyx_argspec = { "adler32",
__pyx_pyargnames, 2, 1, 2, 0,
0, 0, cy_Pyx_ARGS_KEYWORDS };
if
(MP_LIKELY(!!(!__pyx_kwds && __pyx_nargs >= 1 && __pyx_nargs <=
2))) {
for (mp_int_t i = 0; i <
__pyx_nargs;
i++) values[i] = __pyx_args[i];
} else if (cy_Pyx_ParseArgs(&__pyx_argspec, __pyx_args, __pyx_nargs, __pyx_kwds, values) < 0) {

do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 9; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L3_error; } while (0); }

    __pyx_v_data = __Pyx_PyObject_to_MemoryviewSlice_ds_unsigned_char__const__(values[0], 0); if (MP_UNLIKELY(!!(!__pyx_v_data.memview))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 9; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L3_error; } while (0);
    if (values[1]) {
      __pyx_v_start = cy_Pyx_PyLong_As_uint32_t(values[1]); if (MP_UNLIKELY(!!((__pyx_v_start == ((uint32_t)-1)) && cy_PyErr_Occurred()))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 9; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L3_error; } while (0);
    } else {
      __pyx_v_start = ((uint32_t)((uint32_t)1));
    }
  }

  goto __pyx_L4_argument_unpacking_done;
  __pyx_L3_error:;
  for (mp_int_t __pyx_temp=0; __pyx_temp < (mp_int_t)(sizeof(values)/sizeof(values[0])); ++__pyx_temp) {

  }
  cy_PYX_XCLEAR_MEMVIEW(&__pyx_v_data, 1);
  __pyx_traceback_0(".adler32", __pyx_lineno);

  return NULL;
  __pyx_L4_argument_unpacking_done:;
  __pyx_r = __pyx_pf_9checksums_adler32(__pyx_self, __pyx_v_data, __pyx_v_start);

  /* function exit code */
  for (mp_int_t __pyx_temp=0; __pyx_temp < (mp_int_t)(sizeof(values)/sizeof(values[0])); ++__pyx_temp) {

  }
  cy_PYX_XCLEAR_MEMVIEW(&__pyx_v_data, 1);

  return __pyx_r;
}

static mp_obj_t __pyx_pf_9checksums_adler32(CYTHON_UNUSED mp_obj_t __pyx_self, cy_Pyx_memviewslice __pyx_v_data, uint32_t __pyx_v_start) {
  uint32_t __pyx_v_a;
  uint32_t __pyx_v_b;
  mp_int_t __pyx_v_i;
  mp_obj_t __pyx_r = NULL;
  __Pyx_RefNannyDeclarations
  mp_int_t __pyx_t_1;
  mp_int_t __pyx_t_2;
  mp_int_t __pyx_t_3;
  mp_int_t __pyx_t_4;
  int __pyx_t_5;
  mp_obj_t __pyx_t_6 = NULL;
  int __pyx_lineno = 0;
  const char *__pyx_filename = NULL;
  int __pyx_clineno = 0;

  /* "checksums.pyx":10
 *
 * def adler32(const unsigned char[:] data, uint32_t start=1):
 *     cdef uint32_t a = start & 0xFFFF, b = (start >> 16) & 0xFFFF             # <<<<<<<<<<<<<<
 *     cdef Py_ssize_t i
 *     for i in range(data.shape[0]):
*/
  __pyx_v_a = (__pyx_v_start & 0xFFFF);
  __pyx_v_b = ((__pyx_v_start >> 16) & 0xFFFF);

  /* "checksums.pyx":12
 *     cdef uint32_t a = start & 0xFFFF, b = (start >> 16) & 0xFFFF
 *     cdef Py_ssize_t i
 *     for i in range(data.shape[0]):             # <<<<<<<<<<<<<<
 *         a = (a + data[i]) % 65521
 *         b = (b + a) % 65521
*/

  __pyx_t_1 = (__pyx_v_data.shape[0]);
  __pyx_t_2 = __pyx_t_1;

  for (__pyx_t_3 = 0; __pyx_t_3 < __pyx_t_2; __pyx_t_3+=1) {
    __pyx_v_i = __pyx_t_3;

    /* "checksums.pyx":13
 *     cdef Py_ssize_t i
 *     for i in range(data.shape[0]):
 *         a = (a + data[i]) % 65521             # <<<<<<<<<<<<<<
 *         b = (b + a) % 65521
 *     return (b << 16) | a
*/
    __pyx_t_4 = __pyx_v_i;
    __pyx_t_5 = -1;
    if (__pyx_t_4 < 0) {
      __pyx_t_4 += __pyx_v_data.shape[0];
      if (MP_UNLIKELY(!!(__pyx_t_4 < 0))) __pyx_t_5 = 0;
    } else if (MP_UNLIKELY(!!(__pyx_t_4 >= __pyx_v_data.shape[0]))) __pyx_t_5 = 0;
    if (MP_UNLIKELY(!!(__pyx_t_5 != -1))) {
      cy_Pyx_RaiseBufferIndexError(__pyx_t_5);
      do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 13; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);
    }
    __pyx_v_a = __Pyx_mod_long((__pyx_v_a + (*((unsigned char const  *) ( /* dim=0 */ (__pyx_v_data.data + __pyx_t_4 * __pyx_v_data.strides[0]) )))), 0xFFF1, 1);

    /* "checksums.pyx":14
 *     for i in range(data.shape[0]):
 *         a = (a + data[i]) % 65521
 *         b = (b + a) % 65521             # <<<<<<<<<<<<<<
 *     return (b << 16) | a
 *
*/
    __pyx_v_b = __Pyx_mod_long((__pyx_v_b + __pyx_v_a), 0xFFF1, 1);
  }

  /* "checksums.pyx":15
 *         a = (a + data[i]) % 65521
 *         b = (b + a) % 65521
 *     return (b << 16) | a             # <<<<<<<<<<<<<<
 *
 *
*/
  __pyx_t_6 = cy_Pyx_PyLong_From_long(((__pyx_v_b << 16) | __pyx_v_a)); if (MP_UNLIKELY(!!(!__pyx_t_6))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 15; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

  {
    mp_obj_t __pyx_temp;
    {
      __pyx_temp = __pyx_r;
      __pyx_r = __pyx_t_6;
    }

  }
  __pyx_t_6 = 0;
  goto __pyx_L0;

  /* "checksums.pyx":9
 *
 *
 * def adler32(const unsigned char[:] data, uint32_t start=1):             # <<<<<<<<<<<<<<
 *     cdef uint32_t a = start & 0xFFFF, b = (start >> 16) & 0xFFFF
 *     cdef Py_ssize_t i
*/

  /* function exit code */
  __pyx_L1_error:;

  __pyx_traceback_0(".adler32", __pyx_lineno);
  __pyx_r = NULL;
  __pyx_L0:;

  return __pyx_r;
}

/* "checksums.pyx":18
 *
 *
 * @cython.boundscheck(False)             # <<<<<<<<<<<<<<
 * @cython.wraparound(False)
 * def crc16_ccitt(const uint8_t[::1] data, uint16_t crc=0xFFFF):
*/

/* Python wrapper */
static mp_obj_t __pyx_pw_9checksums_3crc16_ccitt(mp_obj_t __pyx_self,

mp_obj_t const *__pyx_args, mp_int_t __pyx_nargs, mp_obj_t __pyx_kwds

); /*proto*/
static cy_PyMethodDef __pyx_mdef_9checksums_3crc16_ccitt = {"crc16_ccitt", (cy_PyCFunction)(void(*)(void))(cy_Pyx_PyCFunction_FastCallWithKeywords)__pyx_pw_9checksums_3crc16_ccitt, cy_Pyx_METH_FASTCALL|cy_METH_KEYWORDS, 0};
static mp_obj_t __pyx_pw_9checksums_3crc16_ccitt(mp_obj_t __pyx_self,

mp_obj_t const *__pyx_args, mp_int_t __pyx_nargs, mp_obj_t __pyx_kwds

) {
  cy_Pyx_memviewslice __pyx_v_data = { 0, 0, { 0 }, { 0 }, { 0 } };
  uint16_t __pyx_v_crc;

  CYTHON_UNUSED mp_obj_t const *__pyx_kwvalues;
  mp_obj_t values[2] = {0,0};
  int __pyx_lineno = 0;
  const char *__pyx_filename = NULL;
  int __pyx_clineno = 0;
  mp_obj_t __pyx_r = 0;
  __Pyx_RefNannyDeclarations

  __pyx_kwvalues = cy_Pyx_KwValues_FASTCALL(__pyx_args, __pyx_nargs);
  {
static mp_obj_t * const __pyx_pyargnames[] = { &__pyx_n_u_data,
&__pyx_n_u_crc, 0 };
static const cy_Pyx_ArgSpec __pyx_argspec = { "crc16_ccitt",
__pyx_pyargnames, 2, 1, 2, 0,
0, 0, cy_Pyx_ARGS_KEYWORDS };
if
(MP_LIKELY(!!(!__pyx_kwds && __pyx_nargs >= 1 && __pyx_nargs <=
2))) {
for (mp_int_t i = 0; i <
__pyx_nargs;
i++) values[i] = __pyx_args[i];
} else if (cy_Pyx_ParseArgs(&__pyx_argspec, __pyx_args, __pyx_nargs, __pyx_kwds, values) < 0) {

do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 18; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L3_error; } while (0); }

    __pyx_v_data = __Pyx_PyObject_to_MemoryviewSlice_dc_nn_uint8_t__const__(values[0], 0); if (MP_UNLIKELY(!!(!__pyx_v_data.memview))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 20; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L3_error; } while (0);
    if (values[1]) {
      __pyx_v_crc = cy_Pyx_PyLong_As_uint16_t(values[1]); if (MP_UNLIKELY(!!((__pyx_v_crc == ((uint16_t)-1)) && cy_PyErr_Occurred()))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 20; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L3_error; } while (0);
    } else {
      __pyx_v_crc = ((uint16_t)((uint16_t)0xFFFF));
    }
  }

  goto __pyx_L4_argument_unpacking_done;
  __pyx_L3_error:;
  for (mp_int_t __pyx_temp=0; __pyx_temp < (mp_int_t)(sizeof(values)/sizeof(values[0])); ++__pyx_temp) {

  }
  cy_PYX_XCLEAR_MEMVIEW(&__pyx_v_data, 1);
  __pyx_traceback_0(".crc16_ccitt", __pyx_lineno);

  return NULL;
  __pyx_L4_argument_unpacking_done:;
  __pyx_r = __pyx_pf_9checksums_2crc16_ccitt(__pyx_self, __pyx_v_data, __pyx_v_crc);

  /* function exit code */
  for (mp_int_t __pyx_temp=0; __pyx_temp < (mp_int_t)(sizeof(values)/sizeof(values[0])); ++__pyx_temp) {

  }
  cy_PYX_XCLEAR_MEMVIEW(&__pyx_v_data, 1);

  return __pyx_r;
}

static mp_obj_t __pyx_pf_9checksums_2crc16_ccitt(CYTHON_UNUSED mp_obj_t __pyx_self, cy_Pyx_memviewslice __pyx_v_data, uint16_t __pyx_v_crc) {
  mp_int_t __pyx_v_i;
  CYTHON_UNUSED int __pyx_v_bit;
  mp_obj_t __pyx_r = NULL;
  __Pyx_RefNannyDeclarations
  mp_int_t __pyx_t_1;
  mp_int_t __pyx_t_2;
  mp_int_t __pyx_t_3;
  mp_int_t __pyx_t_4;
  int __pyx_t_5;
  int __pyx_t_6;
  mp_obj_t __pyx_t_7 = NULL;
  int __pyx_lineno = 0;
  const char *__pyx_filename = NULL;
  int __pyx_clineno = 0;

  /* "checksums.pyx":23
 *     cdef Py_ssize_t i
 *     cdef int bit
 *     with nogil:             # <<<<<<<<<<<<<<
 *         for i in range(len(data)):
 *             crc ^= <uint16_t>data[i] << 8
*/
  {
      cy_PyThreadState * _save;
      _save = cy_PyEval_SaveThread();
      cy_Pyx_FastGIL_Remember();
      /*try:*/ {

        /* "checksums.pyx":24
 *     cdef int bit
 *     with nogil:
 *         for i in range(len(data)):             # <<<<<<<<<<<<<<
 *             crc ^= <uint16_t>data[i] << 8
 *             for bit in range(8):
*/
        __pyx_t_1 = cy_Pyx_MemoryView_Len(__pyx_v_data);
        __pyx_t_2 = __pyx_t_1;

        for (__pyx_t_3 = 0; __pyx_t_3 < __pyx_t_2; __pyx_t_3+=1) {
          __pyx_v_i = __pyx_t_3;

          /* "checksums.pyx":25
 *     with nogil:
 *         for i in range(len(data)):
 *             crc ^= <uint16_t>data[i] << 8             # <<<<<<<<<<<<<<
 *             for bit in range(8):
 *                 if crc & 0x8000:
*/
          __pyx_t_4 = __pyx_v_i;
          __pyx_v_crc = (__pyx_v_crc ^ (((uint16_t)(*((uint8_t const  *) ( /* dim=0 */ ((char *) (((uint8_t const  *) __pyx_v_data.data) + __pyx_t_4)) )))) << 8));

          /* "checksums.pyx":26
 *         for i in range(len(data)):
 *             crc ^= <uint16_t>data[i] << 8
 *             for bit in range(8):             # <<<<<<<<<<<<<<
 *                 if crc & 0x8000:
 *                     crc = <uint16_t>((crc << 1) ^ 0x1021)
*/
          for (__pyx_t_5 = 0; __pyx_t_5 < 8; __pyx_t_5+=1) {
            __pyx_v_bit = __pyx_t_5;

            /* "checksums.pyx":27
 *             crc ^= <uint16_t>data[i] << 8
 *             for bit in range(8):
 *                 if crc & 0x8000:             # <<<<<<<<<<<<<<
 *                     crc = <uint16_t>((crc << 1) ^ 0x1021)
 *                 else:
*/
            __pyx_t_6 = ((__pyx_v_crc & 0x8000) != 0);

            if (__pyx_t_6) {

              /* "checksums.pyx":28
 *             for bit in range(8):
 *                 if crc & 0x8000:
 *                     crc = <uint16_t>((crc << 1) ^ 0x1021)             # <<<<<<<<<<<<<<
 *                 else:
 *                     crc = <uint16_t>(crc << 1)
*/
              __pyx_v_crc = ((uint16_t)((__pyx_v_crc << 1) ^ 0x1021));

              /* "checksums.pyx":27
 *             crc ^= <uint16_t>data[i] << 8
 *             for bit in range(8):
 *                 if crc & 0x8000:             # <<<<<<<<<<<<<<
 *                     crc = <uint16_t>((crc << 1) ^ 0x1021)
 *                 else:
*/
              goto __pyx_L10;
            }

            /* "checksums.pyx":30
 *                     crc = <uint16_t>((crc << 1) ^ 0x1021)
 *                 else:
 *                     crc = <uint16_t>(crc << 1)             # <<<<<<<<<<<<<<
 *     return crc
 *
*/
            /*else*/ {
              __pyx_v_crc = ((uint16_t)(__pyx_v_crc << 1));
            }
            __pyx_L10:;
          }
        }

      }

      /* "checksums.pyx":23
 *     cdef Py_ssize_t i
 *     cdef int bit
 *     with nogil:             # <<<<<<<<<<<<<<
 *         for i in range(len(data)):
 *             crc ^= <uint16_t>data[i] << 8
*/
      /*finally:*/ {
        /*normal exit:*/{
          cy_Pyx_FastGIL_Forget();
          cy_PyEval_RestoreThread(_save);
          goto __pyx_L5;
        }
        __pyx_L5:;
      }
  }

  /* "checksums.pyx":31
 *                 else:
 *                     crc = <uint16_t>(crc << 1)
 *     return crc             # <<<<<<<<<<<<<<
 *
 *
*/
  __pyx_t_7 = cy_Pyx_PyLong_From_uint16_t(__pyx_v_crc); if (MP_UNLIKELY(!!(!__pyx_t_7))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 31; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

  {
    mp_obj_t __pyx_temp;
    {
      __pyx_temp = __pyx_r;
      __pyx_r = __pyx_t_7;
    }

  }
  __pyx_t_7 = 0;
  goto __pyx_L0;

  /* "checksums.pyx":18
 *
 *
 * @cython.boundscheck(False)             # <<<<<<<<<<<<<<
 * @cython.wraparound(False)
 * def crc16_ccitt(const uint8_t[::1] data, uint16_t crc=0xFFFF):
*/

  /* function exit code */
  __pyx_L1_error:;

  __pyx_traceback_0(".crc16_ccitt", __pyx_lineno);
  __pyx_r = NULL;
  __pyx_L0:;

  return __pyx_r;
}

/* "checksums.pyx":34
 *
 *
 * cdef uint8_t _xor_range(const uint8_t[:] data, Py_ssize_t start, Py_ssize_t stop) noexcept nogil:             # <<<<<<<<<<<<<<
 *     cdef uint8_t x = 0
 *     cdef Py_ssize_t i
*/

static uint8_t __pyx_f_9checksums__xor_range(cy_Pyx_memviewslice __pyx_v_data, mp_int_t __pyx_v_start, mp_int_t __pyx_v_stop) {
  uint8_t __pyx_v_x;
  mp_int_t __pyx_v_i;
  uint8_t __pyx_r;
  mp_int_t __pyx_t_1;
  mp_int_t __pyx_t_2;
  mp_int_t __pyx_t_3;
  mp_int_t __pyx_t_4;
  int __pyx_t_5;
  int __pyx_lineno = 0;
  const char *__pyx_filename = NULL;
  int __pyx_clineno = 0;
  cy_PyGILState_STATE __pyx_gilstate_save;

  /* "checksums.pyx":35
 *
 * cdef uint8_t _xor_range(const uint8_t[:] data, Py_ssize_t start, Py_ssize_t stop) noexcept nogil:
 *     cdef uint8_t x = 0             # <<<<<<<<<<<<<<
 *     cdef Py_ssize_t i
 *     for i in range(start, stop):
*/
  __pyx_v_x = 0;

  /* "checksums.pyx":37
 *     cdef uint8_t x = 0
 *     cdef Py_ssize_t i
 *     for i in range(start, stop):             # <<<<<<<<<<<<<<
 *         x ^= data[i]
 *     return x
*/

  __pyx_t_1 = __pyx_v_stop;
  __pyx_t_2 = __pyx_t_1;

  for (__pyx_t_3 = __pyx_v_start; __pyx_t_3 < __pyx_t_2; __pyx_t_3+=1) {
    __pyx_v_i = __pyx_t_3;

    /* "checksums.pyx":38
 *     cdef Py_ssize_t i
 *     for i in range(start, stop):
 *         x ^= data[i]             # <<<<<<<<<<<<<<
 *     return x
 *
*/
    __pyx_t_4 = __pyx_v_i;
    __pyx_t_5 = -1;
    if (__pyx_t_4 < 0) {
      __pyx_t_4 += __pyx_v_data.shape[0];
      if (MP_UNLIKELY(!!(__pyx_t_4 < 0))) __pyx_t_5 = 0;
    } else if (MP_UNLIKELY(!!(__pyx_t_4 >= __pyx_v_data.shape[0]))) __pyx_t_5 = 0;
    if (MP_UNLIKELY(!!(__pyx_t_5 != -1))) {
      cy_Pyx_RaiseBufferIndexErrorNogil(__pyx_t_5);
      do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 38; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);
    }
    __pyx_v_x = (__pyx_v_x ^ (*((uint8_t const  *) ( /* dim=0 */ (__pyx_v_data.data + __pyx_t_4 * __pyx_v_data.strides[0]) ))));
  }

  /* "checksums.pyx":39
 *     for i in range(start, stop):
 *         x ^= data[i]
 *     return x             # <<<<<<<<<<<<<<
 *
 *
*/
  {

    __pyx_r = __pyx_v_x;
  }
  goto __pyx_L0;

  /* "checksums.pyx":34
 *
 *
 * cdef uint8_t _xor_range(const uint8_t[:] data, Py_ssize_t start, Py_ssize_t stop) noexcept nogil:             # <<<<<<<<<<<<<<
 *     cdef uint8_t x = 0
 *     cdef Py_ssize_t i
*/

  /* function exit code */
  __pyx_L1_error:;
  __pyx_gilstate_save = cy_Pyx_PyGILState_Ensure();
  cy_Pyx_WriteUnraisable("checksums._xor_range", __pyx_clineno, __pyx_lineno, __pyx_filename, 1, 0);
  __pyx_r = 0;
  cy_Pyx_PyGILState_Release(__pyx_gilstate_save);
  __pyx_L0:;

  return __pyx_r;
}

/* "checksums.pyx":42
 *
 *
 * def nmea_checksum(const unsigned char[:] sentence):             # <<<<<<<<<<<<<<
 *     """XOR of the bytes between '$' and '*' (NMEA 0183)."""
 *     cdef Py_ssize_t n = sentence.shape[0], stop = n
*/

/* Python wrapper */
static mp_obj_t __pyx_pw_9checksums_5nmea_checksum(mp_obj_t __pyx_self,

mp_obj_t const *__pyx_args, mp_int_t __pyx_nargs, mp_obj_t __pyx_kwds

); /*proto*/
static const char __pyx_doc_9checksums_4nmea_checksum[] __attribute__((unused)) = cy_PyDoc_STR("XOR of the bytes between \047$\047 and \047*\047 (NMEA 0183).");
static cy_PyMethodDef __pyx_mdef_9checksums_5nmea_checksum = {"nmea_checksum", (cy_PyCFunction)(void(*)(void))(cy_Pyx_PyCFunction_FastCallWithKeywords)__pyx_pw_9checksums_5nmea_checksum, cy_Pyx_METH_FASTCALL|cy_METH_KEYWORDS, __pyx_doc_9checksums_4nmea_checksum};
static mp_obj_t __pyx_pw_9checksums_5nmea_checksum(mp_obj_t __pyx_self,

mp_obj_t const *__pyx_args, mp_int_t __pyx_nargs, mp_obj_t __pyx_kwds

) {
  cy_Pyx_memviewslice __pyx_v_sentence = { 0, 0, { 0 }, { 0 }, { 0 } };

  CYTHON_UNUSED mp_obj_t const *__pyx_kwvalues;
  mp_obj_t values[1]      ;
  int __pyx_lineno = 0;
  const char *__pyx_filename = NULL;
  int __pyx_clineno = 0;
  mp_obj_t __pyx_r = 0;
  __Pyx_RefNannyDeclarations

  __pyx_kwvalues = cy_Pyx_KwValues_FASTCALL(__pyx_args, __pyx_nargs);
  {
static mp_obj_t * const __pyx_pyargnames[] = {
&__pyx_n_u_sentence, 0 };
static const cy_Pyx_ArgSpec __pyx_argspec = { "nmea_checksum",
__pyx_pyargnames, 1, 1, 1, 0,
0, 0,

cy_Pyx_ARGS_EXACT|cy_Pyx_ARGS_KEYWORDS|cy_Pyx_ARGS_CLEAR };
if (MP_LIKELY(!!(!__pyx_kwds && __pyx_nargs == 1))) {
values[0] = __pyx_args[0];
} else if
(cy_Pyx_ParseArgs(&__pyx_argspec, __pyx_args,

__pyx_nargs, __pyx_kwds, values) < 0) {
do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 42; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L3_error; } while (0); }

    __pyx_v_sentence = __Pyx_PyObject_to_MemoryviewSlice_ds_unsigned_char__const__(values[0], 0); if (MP_UNLIKELY(!!(!__pyx_v_sentence.memview))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 42; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L3_error; } while (0);
  }

  goto __pyx_L4_argument_unpacking_done;
  __pyx_L3_error:;
  for (mp_int_t __pyx_temp=0; __pyx_temp < (mp_int_t)(sizeof(values)/sizeof(values[0])); ++__pyx_temp) {

  }
  cy_PYX_XCLEAR_MEMVIEW(&__pyx_v_sentence, 1);
  __pyx_traceback_0(".nmea_checksum", __pyx_lineno);

  return NULL;
  __pyx_L4_argument_unpacking_done:;
  __pyx_r = __pyx_pf_9checksums_4nmea_checksum(__pyx_self, __pyx_v_sentence);

  /* function exit code */
  for (mp_int_t __pyx_temp=0; __pyx_temp < (mp_int_t)(sizeof(values)/sizeof(values[0])); ++__pyx_temp) {

  }
  cy_PYX_XCLEAR_MEMVIEW(&__pyx_v_sentence, 1);

  return __pyx_r;
}

static mp_obj_t __pyx_pf_9checksums_4nmea_checksum(CYTHON_UNUSED mp_obj_t __pyx_self, cy_Pyx_memviewslice __pyx_v_sentence) {
  mp_int_t __pyx_v_n;
  mp_int_t __pyx_v_stop;
  mp_int_t __pyx_v_i;
  mp_obj_t __pyx_r = NULL;
  __Pyx_RefNannyDeclarations
  int __pyx_t_1;
  int __pyx_t_2;
  mp_int_t __pyx_t_3;
  int __pyx_t_4;
  mp_obj_t __pyx_t_5 = NULL;
  mp_obj_t __pyx_t_6 = NULL;
  size_t __pyx_t_7;
  mp_int_t __pyx_t_8;
  mp_int_t __pyx_t_9;
  mp_int_t __pyx_t_10;
  int __pyx_lineno = 0;
  const char *__pyx_filename = NULL;
  int __pyx_clineno = 0;

  /* "checksums.pyx":44
 * def nmea_checksum(const unsigned char[:] sentence):
 *     """XOR of the bytes between '$' and '*' (NMEA 0183)."""
 *     cdef Py_ssize_t n = sentence.shape[0], stop = n             # <<<<<<<<<<<<<<
 *     cdef Py_ssize_t i
 *     if n == 0 or sentence[0] != ord('$'):
*/
  __pyx_v_n = (__pyx_v_sentence.shape[0]);
  __pyx_v_stop = __pyx_v_n;

  /* "checksums.pyx":46
 *     cdef Py_ssize_t n = sentence.shape[0], stop = n
 *     cdef Py_ssize_t i
 *     if n == 0 or sentence[0] != ord('$'):             # <<<<<<<<<<<<<<
 *         raise ValueError("sentence must start with '$'")
 *     for i in range(1, n):
*/
  __pyx_t_2 = (__pyx_v_n == 0);

  if (!__pyx_t_2) {

  } else {

    __pyx_t_1 = __pyx_t_2;

    goto __pyx_L4_bool_binop_done;
  }
  __pyx_t_3 = 0;
  __pyx_t_4 = -1;
  if (__pyx_t_3 < 0) {
    __pyx_t_3 += __pyx_v_sentence.shape[0];
    if (MP_UNLIKELY(!!(__pyx_t_3 < 0))) __pyx_t_4 = 0;
  } else if (MP_UNLIKELY(!!(__pyx_t_3 >= __pyx_v_sentence.shape[0]))) __pyx_t_4 = 0;
  if (MP_UNLIKELY(!!(__pyx_t_4 != -1))) {
    cy_Pyx_RaiseBufferIndexError(__pyx_t_4);
    do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 46; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);
  }
  __pyx_t_2 = ((*((unsigned char const  *) ( /* dim=0 */ (__pyx_v_sentence.data + __pyx_t_3 * __pyx_v_sentence.strides[0]) ))) != 36);

  __pyx_t_1 = __pyx_t_2;

  __pyx_L4_bool_binop_done:;
  if (MP_UNLIKELY(!!(__pyx_t_1))) {

    /* "checksums.pyx":47
 *     cdef Py_ssize_t i
 *     if n == 0 or sentence[0] != ord('$'):
 *         raise ValueError("sentence must start with '$'")             # <<<<<<<<<<<<<<
 *     for i in range(1, n):
 *         if sentence[i] == ord('*'):
*/
    __pyx_t_6 = NULL;
    __pyx_t_7 = 1;
    {
      mp_obj_t __pyx_callargs[2] = {__pyx_t_6, __pyx_kp_u_sentence_must_start_with};
      __pyx_t_5 = cy_Pyx_PyObject_FastCall((mp_obj_t)(((cy_PyTypeObject*)MP_OBJ_FROM_PTR(&mp_type_ValueError))), __pyx_callargs+__pyx_t_7, (2-__pyx_t_7) | (__pyx_t_7*cy_Pyx_PY_VECTORCALL_ARGUMENTS_OFFSET));
       __pyx_t_6 = 0;
      if (MP_UNLIKELY(!!(!__pyx_t_5))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 47; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

    }
    cy_Pyx_Raise(__pyx_t_5, 0, 0, 0);
     __pyx_t_5 = 0;
    do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 47; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

    /* "checksums.pyx":46
 *     cdef Py_ssize_t n = sentence.shape[0], stop = n
 *     cdef Py_ssize_t i
 *     if n == 0 or sentence[0] != ord('$'):             # <<<<<<<<<<<<<<
 *         raise ValueError("sentence must start with '$'")
 *     for i in range(1, n):
*/
  }

  /* "checksums.pyx":48
 *     if n == 0 or sentence[0] != ord('$'):
 *         raise ValueError("sentence must start with '$'")
 *     for i in range(1, n):             # <<<<<<<<<<<<<<
 *         if sentence[i] == ord('*'):
 *             stop = i
*/

  __pyx_t_8 = __pyx_v_n;
  __pyx_t_9 = __pyx_t_8;

  for (__pyx_t_10 = 1; __pyx_t_10 < __pyx_t_9; __pyx_t_10+=1) {
    __pyx_v_i = __pyx_t_10;

    /* "checksums.pyx":49
 *         raise ValueError("sentence must start with '$'")
 *     for i in range(1, n):
 *         if sentence[i] == ord('*'):             # <<<<<<<<<<<<<<
 *             stop = i
 *             break
*/
    __pyx_t_3 = __pyx_v_i;
    __pyx_t_4 = -1;
    if (__pyx_t_3 < 0) {
      __pyx_t_3 += __pyx_v_sentence.shape[0];
      if (MP_UNLIKELY(!!(__pyx_t_3 < 0))) __pyx_t_4 = 0;
    } else if (MP_UNLIKELY(!!(__pyx_t_3 >= __pyx_v_sentence.shape[0]))) __pyx_t_4 = 0;
    if (MP_UNLIKELY(!!(__pyx_t_4 != -1))) {
      cy_Pyx_RaiseBufferIndexError(__pyx_t_4);
      do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 49; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);
    }
    __pyx_t_1 = ((*((unsigned char const  *) ( /* dim=0 */ (__pyx_v_sentence.data + __pyx_t_3 * __pyx_v_sentence.strides[0]) ))) == 42);

    if (__pyx_t_1) {

      /* "checksums.pyx":50
 *     for i in range(1, n):
 *         if sentence[i] == ord('*'):
 *             stop = i             # <<<<<<<<<<<<<<
 *             break
 *     return "%02X" % _xor_range(sentence, 1, stop)
*/
      __pyx_v_stop = __pyx_v_i;

      /* "checksums.pyx":51
 *         if sentence[i] == ord('*'):
 *             stop = i
 *             break             # <<<<<<<<<<<<<<
 *     return "%02X" % _xor_range(sentence, 1, stop)
 *
*/
      goto __pyx_L7_break;

      /* "checksums.pyx":49
 *         raise ValueError("sentence must start with '$'")
 *     for i in range(1, n):
 *         if sentence[i] == ord('*'):             # <<<<<<<<<<<<<<
 *             stop = i
 *             break
*/
    }
  }
  __pyx_L7_break:;

  /* "checksums.pyx":52
 *             stop = i
 *             break
 *     return "%02X" % _xor_range(sentence, 1, stop)             # <<<<<<<<<<<<<<
 *
 *
*/
  __pyx_t_5 = cy_Pyx_PyLong_From_uint8_t(__pyx_f_9checksums__xor_range(__pyx_v_sentence, 1, __pyx_v_stop)); if (MP_UNLIKELY(!!(!__pyx_t_5))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 52; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

  __pyx_t_6 = cy_PyUnicode_Format(__pyx_kp_u_02X, __pyx_t_5); if (MP_UNLIKELY(!!(!__pyx_t_6))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 52; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

   __pyx_t_5 = 0;
  {
    mp_obj_t __pyx_temp;
    {
      __pyx_temp = __pyx_r;
      __pyx_r = __pyx_t_6;
    }

  }
  __pyx_t_6 = 0;
  goto __pyx_L0;

  /* "checksums.pyx":42
 *
 *
 * def nmea_checksum(const unsigned char[:] sentence):             # <<<<<<<<<<<<<<
 *     """XOR of the bytes between '$' and '*' (NMEA 0183)."""
 *     cdef Py_ssize_t n = sentence.shape[0], stop = n
*/

  /* function exit code */
  __pyx_L1_error:;

  __pyx_traceback_0(".nmea_checksum", __pyx_lineno);
  __pyx_r = NULL;
  __pyx_L0:;

  return __pyx_r;
}

/* "checksums.pyx":55
 *
 *
 * def byte_at(const unsigned char[:] data, Py_ssize_t i):             # <<<<<<<<<<<<<<
 *     return data[i]
 *
*/

/* Python wrapper */
static mp_obj_t __pyx_pw_9checksums_7byte_at(mp_obj_t __pyx_self,

mp_obj_t const *__pyx_args, mp_int_t __pyx_nargs, mp_obj_t __pyx_kwds

); /*proto*/
static cy_PyMethodDef __pyx_mdef_9checksums_7byte_at = {"byte_at", (cy_PyCFunction)(void(*)(void))(cy_Pyx_PyCFunction_FastCallWithKeywords)__pyx_pw_9checksums_7byte_at, cy_Pyx_METH_FASTCALL|cy_METH_KEYWORDS, 0};
static mp_obj_t __pyx_pw_9checksums_7byte_at(mp_obj_t __pyx_self,

mp_obj_t const *__pyx_args, mp_int_t __pyx_nargs, mp_obj_t __pyx_kwds

) {
  cy_Pyx_memviewslice __pyx_v_data = { 0, 0, { 0 }, { 0 }, { 0 } };
  mp_int_t __pyx_v_i;

  CYTHON_UNUSED mp_obj_t const *__pyx_kwvalues;
  mp_obj_t values[2]        ;
  int __pyx_lineno = 0;
  const char *__pyx_filename = NULL;
  int __pyx_clineno = 0;
  mp_obj_t __pyx_r = 0;
  __Pyx_RefNannyDeclarations

  __pyx_kwvalues = cy_Pyx_KwValues_FASTCALL(__pyx_args, __pyx_nargs);
  {
static mp_obj_t * const __pyx_pyargnames[] = { &__pyx_n_u_data,
&__pyx_n_u_i, 0 };
static const cy_Pyx_ArgSpec __pyx_argspec = { "byte_at",
__pyx_pyargnames, 2, 2, 2, 0,
0, 0,

cy_Pyx_ARGS_EXACT|cy_Pyx_ARGS_KEYWORDS|cy_Pyx_ARGS_CLEAR };
if (MP_LIKELY(!!(!__pyx_kwds && __pyx_nargs == 2))) {
values[0] = __pyx_args[0];
values[1] =
__pyx_args[1];
} else if (cy_Pyx_ParseArgs(&__pyx_argspec, __pyx_args, __pyx_nargs, __pyx_kwds, values) < 0) {

do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 55; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L3_error; } while (0); }

    __pyx_v_data = __Pyx_PyObject_to_MemoryviewSlice_ds_unsigned_char__const__(values[0], 0); if (MP_UNLIKELY(!!(!__pyx_v_data.memview))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 55; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L3_error; } while (0);
    __pyx_v_i = cy_Pyx_PyIndex_AsSsize_t(values[1]); if (MP_UNLIKELY(!!((__pyx_v_i == (mp_int_t)-1) && cy_PyErr_Occurred()))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 55; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L3_error; } while (0);
  }

  goto __pyx_L4_argument_unpacking_done;
  __pyx_L3_error:;
  for (mp_int_t __pyx_temp=0; __pyx_temp < (mp_int_t)(sizeof(values)/sizeof(values[0])); ++__pyx_temp) {

  }
  cy_PYX_XCLEAR_MEMVIEW(&__pyx_v_data, 1);
  __pyx_traceback_0(".byte_at", __pyx_lineno);

  return NULL;
  __pyx_L4_argument_unpacking_done:;
  __pyx_r = __pyx_pf_9checksums_6byte_at(__pyx_self, __pyx_v_data, __pyx_v_i);

  /* function exit code */
  for (mp_int_t __pyx_temp=0; __pyx_temp < (mp_int_t)(sizeof(values)/sizeof(values[0])); ++__pyx_temp) {

  }
  cy_PYX_XCLEAR_MEMVIEW(&__pyx_v_data, 1);

  return __pyx_r;
}

static mp_obj_t __pyx_pf_9checksums_6byte_at(CYTHON_UNUSED mp_obj_t __pyx_self, cy_Pyx_memviewslice __pyx_v_data, mp_int_t __pyx_v_i) {
  mp_obj_t __pyx_r = NULL;
  __Pyx_RefNannyDeclarations
  mp_int_t __pyx_t_1;
  int __pyx_t_2;
  mp_obj_t __pyx_t_3 = NULL;
  int __pyx_lineno = 0;
  const char *__pyx_filename = NULL;
  int __pyx_clineno = 0;

  /* "checksums.pyx":56
 *
 * def byte_at(const unsigned char[:] data, Py_ssize_t i):
 *     return data[i]             # <<<<<<<<<<<<<<
 *
 *
*/
  __pyx_t_1 = __pyx_v_i;
  __pyx_t_2 = -1;
  if (__pyx_t_1 < 0) {
    __pyx_t_1 += __pyx_v_data.shape[0];
    if (MP_UNLIKELY(!!(__pyx_t_1 < 0))) __pyx_t_2 = 0;
  } else if (MP_UNLIKELY(!!(__pyx_t_1 >= __pyx_v_data.shape[0]))) __pyx_t_2 = 0;
  if (MP_UNLIKELY(!!(__pyx_t_2 != -1))) {
    cy_Pyx_RaiseBufferIndexError(__pyx_t_2);
    do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 56; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);
  }
  __pyx_t_3 = cy_Pyx_PyLong_From_unsigned_char((*((unsigned char const  *) ( /* dim=0 */ (__pyx_v_data.data + __pyx_t_1 * __pyx_v_data.strides[0]) )))); if (MP_UNLIKELY(!!(!__pyx_t_3))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 56; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

  {
    mp_obj_t __pyx_temp;
    {
      __pyx_temp = __pyx_r;
      __pyx_r = __pyx_t_3;
    }

  }
  __pyx_t_3 = 0;
  goto __pyx_L0;

  /* "checksums.pyx":55
 *
 *
 * def byte_at(const unsigned char[:] data, Py_ssize_t i):             # <<<<<<<<<<<<<<
 *     return data[i]
 *
*/

  /* function exit code */
  __pyx_L1_error:;

  __pyx_traceback_0(".byte_at", __pyx_lineno);
  __pyx_r = NULL;
  __pyx_L0:;

  return __pyx_r;
}

/* "checksums.pyx":59
 *
 *
 * def last_byte(const unsigned char[:] data):             # <<<<<<<<<<<<<<
 *     return data[-1]
 *
*/

/* Python wrapper */
static mp_obj_t __pyx_pw_9checksums_9last_byte(mp_obj_t __pyx_self,

mp_obj_t const *__pyx_args, mp_int_t __pyx_nargs, mp_obj_t __pyx_kwds

); /*proto*/
static cy_PyMethodDef __pyx_mdef_9checksums_9last_byte = {"last_byte", (cy_PyCFunction)(void(*)(void))(cy_Pyx_PyCFunction_FastCallWithKeywords)__pyx_pw_9checksums_9last_byte, cy_Pyx_METH_FASTCALL|cy_METH_KEYWORDS, 0};
static mp_obj_t __pyx_pw_9checksums_9last_byte(mp_obj_t __pyx_self,

mp_obj_t const *__pyx_args, mp_int_t __pyx_nargs, mp_obj_t __pyx_kwds

) {
  cy_Pyx_memviewslice __pyx_v_data = { 0, 0, { 0 }, { 0 }, { 0 } };

  CYTHON_UNUSED mp_obj_t const *__pyx_kwvalues;
  mp_obj_t values[1]      ;
  int __pyx_lineno = 0;
  const char *__pyx_filename = NULL;
  int __pyx_clineno = 0;
  mp_obj_t __pyx_r = 0;
  __Pyx_RefNannyDeclarations

  __pyx_kwvalues = cy_Pyx_KwValues_FASTCALL(__pyx_args, __pyx_nargs);
  {
static mp_obj_t * const __pyx_pyargnames[] = {
&__pyx_n_u_data, 0 };
static const cy_Pyx_ArgSpec __pyx_argspec = { "last_byte",
__pyx_pyargnames, 1, 1, 1, 0,
0, 0,

cy_Pyx_ARGS_EXACT|cy_Pyx_ARGS_KEYWORDS|cy_Pyx_ARGS_CLEAR };
if (MP_LIKELY(!!(!__pyx_kwds && __pyx_nargs == 1))) {
values[0] = __pyx_args[0];
} else if
(cy_Pyx_ParseArgs(&__pyx_argspec, __pyx_args,

__pyx_nargs, __pyx_kwds, values) < 0) {
do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 59; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L3_error; } while (0); }

    __pyx_v_data = __Pyx_PyObject_to_MemoryviewSlice_ds_unsigned_char__const__(values[0], 0); if (MP_UNLIKELY(!!(!__pyx_v_data.memview))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 59; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L3_error; } while (0);
  }

  goto __pyx_L4_argument_unpacking_done;
  __pyx_L3_error:;
  for (mp_int_t __pyx_temp=0; __pyx_temp < (mp_int_t)(sizeof(values)/sizeof(values[0])); ++__pyx_temp) {

  }
  cy_PYX_XCLEAR_MEMVIEW(&__pyx_v_data, 1);
  __pyx_traceback_0(".last_byte", __pyx_lineno);

  return NULL;
  __pyx_L4_argument_unpacking_done:;
  __pyx_r = __pyx_pf_9checksums_8last_byte(__pyx_self, __pyx_v_data);

  /* function exit code */
  for (mp_int_t __pyx_temp=0; __pyx_temp < (mp_int_t)(sizeof(values)/sizeof(values[0])); ++__pyx_temp) {

  }
  cy_PYX_XCLEAR_MEMVIEW(&__pyx_v_data, 1);

  return __pyx_r;
}

static mp_obj_t __pyx_pf_9checksums_8last_byte(CYTHON_UNUSED mp_obj_t __pyx_self, cy_Pyx_memviewslice __pyx_v_data) {
  mp_obj_t __pyx_r = NULL;
  __Pyx_RefNannyDeclarations
  mp_int_t __pyx_t_1;
  int __pyx_t_2;
  mp_obj_t __pyx_t_3 = NULL;
  int __pyx_lineno = 0;
  const char *__pyx_filename = NULL;
  int __pyx_clineno = 0;

  /* "checksums.pyx":60
 *
 * def last_byte(const unsigned char[:] data):
 *     return data[-1]             # <<<<<<<<<<<<<<
 *
 *
*/
  __pyx_t_1 = -1L;
  __pyx_t_2 = -1;
  if (__pyx_t_1 < 0) {
    __pyx_t_1 += __pyx_v_data.shape[0];
    if (MP_UNLIKELY(!!(__pyx_t_1 < 0))) __pyx_t_2 = 0;
  } else if (MP_UNLIKELY(!!(__pyx_t_1 >= __pyx_v_data.shape[0]))) __pyx_t_2 = 0;
  if (MP_UNLIKELY(!!(__pyx_t_2 != -1))) {
    cy_Pyx_RaiseBufferIndexError(__pyx_t_2);
    do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 60; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);
  }
  __pyx_t_3 = cy_Pyx_PyLong_From_unsigned_char((*((unsigned char const  *) ( /* dim=0 */ (__pyx_v_data.data + __pyx_t_1 * __pyx_v_data.strides[0]) )))); if (MP_UNLIKELY(!!(!__pyx_t_3))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 60; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

  {
    mp_obj_t __pyx_temp;
    {
      __pyx_temp = __pyx_r;
      __pyx_r = __pyx_t_3;
    }

  }
  __pyx_t_3 = 0;
  goto __pyx_L0;

  /* "checksums.pyx":59
 *
 *
 * def last_byte(const unsigned char[:] data):             # <<<<<<<<<<<<<<
 *     return data[-1]
 *
*/

  /* function exit code */
  __pyx_L1_error:;

  __pyx_traceback_0(".last_byte", __pyx_lineno);
  __pyx_r = NULL;
  __pyx_L0:;

  return __pyx_r;
}

/* "checksums.pyx":63
 *
 *
 * def fletcher16(const unsigned char[:] data):             # <<<<<<<<<<<<<<
 *     cdef uint16_t s1 = 0, s2 = 0
 *     cdef Py_ssize_t i
*/

/* Python wrapper */
static mp_obj_t __pyx_pw_9checksums_11fletcher16(mp_obj_t __pyx_self,

mp_obj_t const *__pyx_args, mp_int_t __pyx_nargs, mp_obj_t __pyx_kwds

); /*proto*/
static cy_PyMethodDef __pyx_mdef_9checksums_11fletcher16 = {"fletcher16", (cy_PyCFunction)(void(*)(void))(cy_Pyx_PyCFunction_FastCallWithKeywords)__pyx_pw_9checksums_11fletcher16, cy_Pyx_METH_FASTCALL|cy_METH_KEYWORDS, 0};
static mp_obj_t __pyx_pw_9checksums_11fletcher16(mp_obj_t __pyx_self,

mp_obj_t const *__pyx_args, mp_int_t __pyx_nargs, mp_obj_t __pyx_kwds

) {
  cy_Pyx_memviewslice __pyx_v_data = { 0, 0, { 0 }, { 0 }, { 0 } };

  CYTHON_UNUSED mp_obj_t const *__pyx_kwvalues;
  mp_obj_t values[1]      ;
  int __pyx_lineno = 0;
  const char *__pyx_filename = NULL;
  int __pyx_clineno = 0;
  mp_obj_t __pyx_r = 0;
  __Pyx_RefNannyDeclarations

  __pyx_kwvalues = cy_Pyx_KwValues_FASTCALL(__pyx_args, __pyx_nargs);
  {
static mp_obj_t * const __pyx_pyargnames[] = {
&__pyx_n_u_data, 0 };
static const cy_Pyx_ArgSpec __pyx_argspec = { "fletcher16",
__pyx_pyargnames, 1, 1, 1, 0,
0, 0,

cy_Pyx_ARGS_EXACT|cy_Pyx_ARGS_KEYWORDS|cy_Pyx_ARGS_CLEAR };
if (MP_LIKELY(!!(!__pyx_kwds && __pyx_nargs == 1))) {
values[0] = __pyx_args[0];
} else if
(cy_Pyx_ParseArgs(&__pyx_argspec, __pyx_args,

__pyx_nargs, __pyx_kwds, values) < 0) {
do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 63; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L3_error; } while (0); }

    __pyx_v_data = __Pyx_PyObject_to_MemoryviewSlice_ds_unsigned_char__const__(values[0], 0); if (MP_UNLIKELY(!!(!__pyx_v_data.memview))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 63; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L3_error; } while (0);
  }

  goto __pyx_L4_argument_unpacking_done;
  __pyx_L3_error:;
  for (mp_int_t __pyx_temp=0; __pyx_temp < (mp_int_t)(sizeof(values)/sizeof(values[0])); ++__pyx_temp) {

  }
  cy_PYX_XCLEAR_MEMVIEW(&__pyx_v_data, 1);
  __pyx_traceback_0(".fletcher16", __pyx_lineno);

  return NULL;
  __pyx_L4_argument_unpacking_done:;
  __pyx_r = __pyx_pf_9checksums_10fletcher16(__pyx_self, __pyx_v_data);

  /* function exit code */
  for (mp_int_t __pyx_temp=0; __pyx_temp < (mp_int_t)(sizeof(values)/sizeof(values[0])); ++__pyx_temp) {

  }
  cy_PYX_XCLEAR_MEMVIEW(&__pyx_v_data, 1);

  return __pyx_r;
}

static mp_obj_t __pyx_pf_9checksums_10fletcher16(CYTHON_UNUSED mp_obj_t __pyx_self, cy_Pyx_memviewslice __pyx_v_data) {
  uint16_t __pyx_v_s1;
  uint16_t __pyx_v_s2;
  mp_int_t __pyx_v_i;
  mp_obj_t __pyx_r = NULL;
  __Pyx_RefNannyDeclarations
  mp_int_t __pyx_t_1;
  mp_int_t __pyx_t_2;
  mp_int_t __pyx_t_3;
  mp_int_t __pyx_t_4;
  int __pyx_t_5;
  mp_obj_t __pyx_t_6 = NULL;
  int __pyx_lineno = 0;
  const char *__pyx_filename = NULL;
  int __pyx_clineno = 0;

  /* "checksums.pyx":64
 *
 * def fletcher16(const unsigned char[:] data):
 *     cdef uint16_t s1 = 0, s2 = 0             # <<<<<<<<<<<<<<
 *     cdef Py_ssize_t i
 *     for i in range(data.shape[0]):
*/
  __pyx_v_s1 = 0;
  __pyx_v_s2 = 0;

  /* "checksums.pyx":66
 *     cdef uint16_t s1 = 0, s2 = 0
 *     cdef Py_ssize_t i
 *     for i in range(data.shape[0]):             # <<<<<<<<<<<<<<
 *         s1 = (s1 + data[i]) % 255
 *         s2 = (s2 + s1) % 255
*/

  __pyx_t_1 = (__pyx_v_data.shape[0]);
  __pyx_t_2 = __pyx_t_1;

  for (__pyx_t_3 = 0; __pyx_t_3 < __pyx_t_2; __pyx_t_3+=1) {
    __pyx_v_i = __pyx_t_3;

    /* "checksums.pyx":67
 *     cdef Py_ssize_t i
 *     for i in range(data.shape[0]):
 *         s1 = (s1 + data[i]) % 255             # <<<<<<<<<<<<<<
 *         s2 = (s2 + s1) % 255
 *     return (s2 << 8) | s1
*/
    __pyx_t_4 = __pyx_v_i;
    __pyx_t_5 = -1;
    if (__pyx_t_4 < 0) {
      __pyx_t_4 += __pyx_v_data.shape[0];
      if (MP_UNLIKELY(!!(__pyx_t_4 < 0))) __pyx_t_5 = 0;
    } else if (MP_UNLIKELY(!!(__pyx_t_4 >= __pyx_v_data.shape[0]))) __pyx_t_5 = 0;
    if (MP_UNLIKELY(!!(__pyx_t_5 != -1))) {
      cy_Pyx_RaiseBufferIndexError(__pyx_t_5);
      do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 67; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);
    }
    __pyx_v_s1 = __Pyx_mod_long((__pyx_v_s1 + (*((unsigned char const  *) ( /* dim=0 */ (__pyx_v_data.data + __pyx_t_4 * __pyx_v_data.strides[0]) )))), 0xFF, 1);

    /* "checksums.pyx":68
 *     for i in range(data.shape[0]):
 *         s1 = (s1 + data[i]) % 255
 *         s2 = (s2 + s1) % 255             # <<<<<<<<<<<<<<
 *     return (s2 << 8) | s1
 *
*/
    __pyx_v_s2 = __Pyx_mod_long((__pyx_v_s2 + __pyx_v_s1), 0xFF, 1);
  }

  /* "checksums.pyx":69
 *         s1 = (s1 + data[i]) % 255
 *         s2 = (s2 + s1) % 255
 *     return (s2 << 8) | s1             # <<<<<<<<<<<<<<
 *
 *
*/
  __pyx_t_6 = cy_Pyx_PyLong_From_long(((__pyx_v_s2 << 8) | __pyx_v_s1)); if (MP_UNLIKELY(!!(!__pyx_t_6))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 69; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

  {
    mp_obj_t __pyx_temp;
    {
      __pyx_temp = __pyx_r;
      __pyx_r = __pyx_t_6;
    }

  }
  __pyx_t_6 = 0;
  goto __pyx_L0;

  /* "checksums.pyx":63
 *
 *
 * def fletcher16(const unsigned char[:] data):             # <<<<<<<<<<<<<<
 *     cdef uint16_t s1 = 0, s2 = 0
 *     cdef Py_ssize_t i
*/

  /* function exit code */
  __pyx_L1_error:;

  __pyx_traceback_0(".fletcher16", __pyx_lineno);
  __pyx_r = NULL;
  __pyx_L0:;

  return __pyx_r;
}

/* "checksums.pyx":72
 *
 *
 * def invert(unsigned char[:] data):             # <<<<<<<<<<<<<<
 *     """In place: every byte inverted (needs a writable buffer)."""
 *     cdef Py_ssize_t i
*/

/* Python wrapper */
static mp_obj_t __pyx_pw_9checksums_13invert(mp_obj_t __pyx_self,

mp_obj_t const *__pyx_args, mp_int_t __pyx_nargs, mp_obj_t __pyx_kwds

); /*proto*/
static const char __pyx_doc_9checksums_12invert[] __attribute__((unused)) = cy_PyDoc_STR("In place: every byte inverted (needs a writable buffer).");
static cy_PyMethodDef __pyx_mdef_9checksums_13invert = {"invert", (cy_PyCFunction)(void(*)(void))(cy_Pyx_PyCFunction_FastCallWithKeywords)__pyx_pw_9checksums_13invert, cy_Pyx_METH_FASTCALL|cy_METH_KEYWORDS, __pyx_doc_9checksums_12invert};
static mp_obj_t __pyx_pw_9checksums_13invert(mp_obj_t __pyx_self,

mp_obj_t const *__pyx_args, mp_int_t __pyx_nargs, mp_obj_t __pyx_kwds

) {
  cy_Pyx_memviewslice __pyx_v_data = { 0, 0, { 0 }, { 0 }, { 0 } };

  CYTHON_UNUSED mp_obj_t const *__pyx_kwvalues;
  mp_obj_t values[1]      ;
  int __pyx_lineno = 0;
  const char *__pyx_filename = NULL;
  int __pyx_clineno = 0;
  mp_obj_t __pyx_r = 0;
  __Pyx_RefNannyDeclarations

  __pyx_kwvalues = cy_Pyx_KwValues_FASTCALL(__pyx_args, __pyx_nargs);
  {
static mp_obj_t * const __pyx_pyargnames[] = {
&__pyx_n_u_data, 0 };
static const cy_Pyx_ArgSpec __pyx_argspec = { "invert",
__pyx_pyargnames, 1, 1, 1, 0,
0, 0,

cy_Pyx_ARGS_EXACT|cy_Pyx_ARGS_KEYWORDS|cy_Pyx_ARGS_CLEAR };
if (MP_LIKELY(!!(!__pyx_kwds && __pyx_nargs == 1))) {
values[0] = __pyx_args[0];
} else if
(cy_Pyx_ParseArgs(&__pyx_argspec, __pyx_args,

__pyx_nargs, __pyx_kwds, values) < 0) {
do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 72; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L3_error; } while (0); }

    __pyx_v_data = __Pyx_PyObject_to_MemoryviewSlice_ds_unsigned_char(values[0], cy_PyBUF_WRITABLE); if (MP_UNLIKELY(!!(!__pyx_v_data.memview))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 72; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L3_error; } while (0);
  }

  goto __pyx_L4_argument_unpacking_done;
  __pyx_L3_error:;
  for (mp_int_t __pyx_temp=0; __pyx_temp < (mp_int_t)(sizeof(values)/sizeof(values[0])); ++__pyx_temp) {

  }
  cy_PYX_XCLEAR_MEMVIEW(&__pyx_v_data, 1);
  __pyx_traceback_0(".invert", __pyx_lineno);

  return NULL;
  __pyx_L4_argument_unpacking_done:;
  __pyx_r = __pyx_pf_9checksums_12invert(__pyx_self, __pyx_v_data);

  /* function exit code */
  for (mp_int_t __pyx_temp=0; __pyx_temp < (mp_int_t)(sizeof(values)/sizeof(values[0])); ++__pyx_temp) {

  }
  cy_PYX_XCLEAR_MEMVIEW(&__pyx_v_data, 1);

  return __pyx_r;
}

static mp_obj_t __pyx_pf_9checksums_12invert(CYTHON_UNUSED mp_obj_t __pyx_self, cy_Pyx_memviewslice __pyx_v_data) {
  mp_int_t __pyx_v_i;
  mp_obj_t __pyx_r = NULL;
  __Pyx_RefNannyDeclarations
  mp_int_t __pyx_t_1;
  mp_int_t __pyx_t_2;
  mp_int_t __pyx_t_3;
  mp_int_t __pyx_t_4;
  int __pyx_t_5;
  mp_int_t __pyx_t_6;
  mp_obj_t __pyx_t_7 = NULL;
  int __pyx_lineno = 0;
  const char *__pyx_filename = NULL;
  int __pyx_clineno = 0;

  /* "checksums.pyx":75
 *     """In place: every byte inverted (needs a writable buffer)."""
 *     cdef Py_ssize_t i
 *     for i in range(data.shape[0]):             # <<<<<<<<<<<<<<
 *         data[i] = 255 - data[i]
 *     return data.shape[0]
*/

  __pyx_t_1 = (__pyx_v_data.shape[0]);
  __pyx_t_2 = __pyx_t_1;

  for (__pyx_t_3 = 0; __pyx_t_3 < __pyx_t_2; __pyx_t_3+=1) {
    __pyx_v_i = __pyx_t_3;

    /* "checksums.pyx":76
 *     cdef Py_ssize_t i
 *     for i in range(data.shape[0]):
 *         data[i] = 255 - data[i]             # <<<<<<<<<<<<<<
 *     return data.shape[0]
 *
*/
    __pyx_t_4 = __pyx_v_i;
    __pyx_t_5 = -1;
    if (__pyx_t_4 < 0) {
      __pyx_t_4 += __pyx_v_data.shape[0];
      if (MP_UNLIKELY(!!(__pyx_t_4 < 0))) __pyx_t_5 = 0;
    } else if (MP_UNLIKELY(!!(__pyx_t_4 >= __pyx_v_data.shape[0]))) __pyx_t_5 = 0;
    if (MP_UNLIKELY(!!(__pyx_t_5 != -1))) {
      cy_Pyx_RaiseBufferIndexError(__pyx_t_5);
      do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 76; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);
    }
    __pyx_t_6 = __pyx_v_i;
    __pyx_t_5 = -1;
    if (__pyx_t_6 < 0) {
      __pyx_t_6 += __pyx_v_data.shape[0];
      if (MP_UNLIKELY(!!(__pyx_t_6 < 0))) __pyx_t_5 = 0;
    } else if (MP_UNLIKELY(!!(__pyx_t_6 >= __pyx_v_data.shape[0]))) __pyx_t_5 = 0;
    if (MP_UNLIKELY(!!(__pyx_t_5 != -1))) {
      cy_Pyx_RaiseBufferIndexError(__pyx_t_5);
      do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 76; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);
    }
    *((unsigned char *) ( /* dim=0 */ (__pyx_v_data.data + __pyx_t_6 * __pyx_v_data.strides[0]) )) = (0xFF - (*((unsigned char *) ( /* dim=0 */ (__pyx_v_data.data + __pyx_t_4 * __pyx_v_data.strides[0]) ))));
  }

  /* "checksums.pyx":77
 *     for i in range(data.shape[0]):
 *         data[i] = 255 - data[i]
 *     return data.shape[0]             # <<<<<<<<<<<<<<
 *
 *
*/
  __pyx_t_7 = cy_PyLong_FromSsize_t((__pyx_v_data.shape[0])); if (MP_UNLIKELY(!!(!__pyx_t_7))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 77; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

  {
    mp_obj_t __pyx_temp;
    {
      __pyx_temp = __pyx_r;
      __pyx_r = __pyx_t_7;
    }

  }
  __pyx_t_7 = 0;
  goto __pyx_L0;

  /* "checksums.pyx":72
 *
 *
 * def invert(unsigned char[:] data):             # <<<<<<<<<<<<<<
 *     """In place: every byte inverted (needs a writable buffer)."""
 *     cdef Py_ssize_t i
*/

  /* function exit code */
  __pyx_L1_error:;

  __pyx_traceback_0(".invert", __pyx_lineno);
  __pyx_r = NULL;
  __pyx_L0:;

  return __pyx_r;
}

/* "checksums.pyx":80
 *
 *
 * def info(const unsigned char[:] data):             # <<<<<<<<<<<<<<
 *     return (data.shape[0], data.strides[0], data.suboffsets[0], len(data))
 *
*/

/* Python wrapper */
static mp_obj_t __pyx_pw_9checksums_15info(mp_obj_t __pyx_self,

mp_obj_t const *__pyx_args, mp_int_t __pyx_nargs, mp_obj_t __pyx_kwds

); /*proto*/
static cy_PyMethodDef __pyx_mdef_9checksums_15info = {"info", (cy_PyCFunction)(void(*)(void))(cy_Pyx_PyCFunction_FastCallWithKeywords)__pyx_pw_9checksums_15info, cy_Pyx_METH_FASTCALL|cy_METH_KEYWORDS, 0};
static mp_obj_t __pyx_pw_9checksums_15info(mp_obj_t __pyx_self,

mp_obj_t const *__pyx_args, mp_int_t __pyx_nargs, mp_obj_t __pyx_kwds

) {
  cy_Pyx_memviewslice __pyx_v_data = { 0, 0, { 0 }, { 0 }, { 0 } };

  CYTHON_UNUSED mp_obj_t const *__pyx_kwvalues;
  mp_obj_t values[1]      ;
  int __pyx_lineno = 0;
  const char *__pyx_filename = NULL;
  int __pyx_clineno = 0;
  mp_obj_t __pyx_r = 0;
  __Pyx_RefNannyDeclarations

  __pyx_kwvalues = cy_Pyx_KwValues_FASTCALL(__pyx_args, __pyx_nargs);
  {
static mp_obj_t * const __pyx_pyargnames[] = {
&__pyx_n_u_data, 0 };
static const cy_Pyx_ArgSpec __pyx_argspec = { "info", __pyx_pyargnames,
1, 1, 1, 0, 0, 0,

cy_Pyx_ARGS_EXACT|cy_Pyx_ARGS_KEYWORDS|cy_Pyx_ARGS_CLEAR };
if (MP_LIKELY(!!(!__pyx_kwds && __pyx_nargs == 1))) {
values[0] = __pyx_args[0];
} else if
(cy_Pyx_ParseArgs(&__pyx_argspec, __pyx_args,

__pyx_nargs, __pyx_kwds, values) < 0) {
do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 80; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L3_error; } while (0); }

    __pyx_v_data = __Pyx_PyObject_to_MemoryviewSlice_ds_unsigned_char__const__(values[0], 0); if (MP_UNLIKELY(!!(!__pyx_v_data.memview))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 80; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L3_error; } while (0);
  }

  goto __pyx_L4_argument_unpacking_done;
  __pyx_L3_error:;
  for (mp_int_t __pyx_temp=0; __pyx_temp < (mp_int_t)(sizeof(values)/sizeof(values[0])); ++__pyx_temp) {

  }
  cy_PYX_XCLEAR_MEMVIEW(&__pyx_v_data, 1);
  __pyx_traceback_0(".info", __pyx_lineno);

  return NULL;
  __pyx_L4_argument_unpacking_done:;
  __pyx_r = __pyx_pf_9checksums_14info(__pyx_self, __pyx_v_data);

  /* function exit code */
  for (mp_int_t __pyx_temp=0; __pyx_temp < (mp_int_t)(sizeof(values)/sizeof(values[0])); ++__pyx_temp) {

  }
  cy_PYX_XCLEAR_MEMVIEW(&__pyx_v_data, 1);

  return __pyx_r;
}

static mp_obj_t __pyx_pf_9checksums_14info(CYTHON_UNUSED mp_obj_t __pyx_self, cy_Pyx_memviewslice __pyx_v_data) {
  mp_obj_t __pyx_r = NULL;
  __Pyx_RefNannyDeclarations
  mp_obj_t __pyx_t_1 = NULL;
  mp_obj_t __pyx_t_2 = NULL;
  mp_obj_t __pyx_t_3 = NULL;
  mp_int_t __pyx_t_4;
  mp_obj_t __pyx_t_5 = NULL;
  mp_obj_t __pyx_t_6 = NULL;
  int __pyx_lineno = 0;
  const char *__pyx_filename = NULL;
  int __pyx_clineno = 0;

  /* "checksums.pyx":81
 *
 * def info(const unsigned char[:] data):
 *     return (data.shape[0], data.strides[0], data.suboffsets[0], len(data))             # <<<<<<<<<<<<<<
 *
 *
*/
  __pyx_t_1 = cy_PyLong_FromSsize_t((__pyx_v_data.shape[0])); if (MP_UNLIKELY(!!(!__pyx_t_1))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 81; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

  __pyx_t_2 = cy_PyLong_FromSsize_t((__pyx_v_data.strides[0])); if (MP_UNLIKELY(!!(!__pyx_t_2))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 81; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

  __pyx_t_3 = cy_PyLong_FromSsize_t((__pyx_v_data.suboffsets[0])); if (MP_UNLIKELY(!!(!__pyx_t_3))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 81; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

  __pyx_t_4 = cy_Pyx_MemoryView_Len(__pyx_v_data);
  __pyx_t_5 = cy_PyLong_FromSsize_t(__pyx_t_4); if (MP_UNLIKELY(!!(!__pyx_t_5))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 81; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

  __pyx_t_6 = cy_PyTuple_New(4); if (MP_UNLIKELY(!!(!__pyx_t_6))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 81; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

  if (cy_Pyx_PyTuple_SET_ITEM(__pyx_t_6, 0, __pyx_t_1) != (0)) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 81; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

  if (cy_Pyx_PyTuple_SET_ITEM(__pyx_t_6, 1, __pyx_t_2) != (0)) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 81; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

  if (cy_Pyx_PyTuple_SET_ITEM(__pyx_t_6, 2, __pyx_t_3) != (0)) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 81; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

  if (cy_Pyx_PyTuple_SET_ITEM(__pyx_t_6, 3, __pyx_t_5) != (0)) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 81; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);
  __pyx_t_1 = 0;
  __pyx_t_2 = 0;
  __pyx_t_3 = 0;
  __pyx_t_5 = 0;
  {
    mp_obj_t __pyx_temp;
    {
      __pyx_temp = __pyx_r;
      __pyx_r = __pyx_t_6;
    }

  }
  __pyx_t_6 = 0;
  goto __pyx_L0;

  /* "checksums.pyx":80
 *
 *
 * def info(const unsigned char[:] data):             # <<<<<<<<<<<<<<
 *     return (data.shape[0], data.strides[0], data.suboffsets[0], len(data))
 *
*/

  /* function exit code */
  __pyx_L1_error:;

  __pyx_traceback_0(".info", __pyx_lineno);
  __pyx_r = NULL;
  __pyx_L0:;

  return __pyx_r;
}

/* "checksums.pyx":84
 *
 *
 * def count_signed(const signed char[:] data):             # <<<<<<<<<<<<<<
 *     cdef Py_ssize_t i, neg = 0
 *     for i in range(data.shape[0]):
*/

/* Python wrapper */
static mp_obj_t __pyx_pw_9checksums_17count_signed(mp_obj_t __pyx_self,

mp_obj_t const *__pyx_args, mp_int_t __pyx_nargs, mp_obj_t __pyx_kwds

); /*proto*/
static cy_PyMethodDef __pyx_mdef_9checksums_17count_signed = {"count_signed", (cy_PyCFunction)(void(*)(void))(cy_Pyx_PyCFunction_FastCallWithKeywords)__pyx_pw_9checksums_17count_signed, cy_Pyx_METH_FASTCALL|cy_METH_KEYWORDS, 0};
static mp_obj_t __pyx_pw_9checksums_17count_signed(mp_obj_t __pyx_self,

mp_obj_t const *__pyx_args, mp_int_t __pyx_nargs, mp_obj_t __pyx_kwds

) {
  cy_Pyx_memviewslice __pyx_v_data = { 0, 0, { 0 }, { 0 }, { 0 } };

  CYTHON_UNUSED mp_obj_t const *__pyx_kwvalues;
  mp_obj_t values[1]      ;
  int __pyx_lineno = 0;
  const char *__pyx_filename = NULL;
  int __pyx_clineno = 0;
  mp_obj_t __pyx_r = 0;
  __Pyx_RefNannyDeclarations

  __pyx_kwvalues = cy_Pyx_KwValues_FASTCALL(__pyx_args, __pyx_nargs);
  {
static mp_obj_t * const __pyx_pyargnames[] = {
&__pyx_n_u_data, 0 };
static const cy_Pyx_ArgSpec __pyx_argspec = { "count_signed",
__pyx_pyargnames, 1, 1, 1, 0,
0, 0,

cy_Pyx_ARGS_EXACT|cy_Pyx_ARGS_KEYWORDS|cy_Pyx_ARGS_CLEAR };
if (MP_LIKELY(!!(!__pyx_kwds && __pyx_nargs == 1))) {
values[0] = __pyx_args[0];
} else if
(cy_Pyx_ParseArgs(&__pyx_argspec, __pyx_args,

__pyx_nargs, __pyx_kwds, values) < 0) {
do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 84; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L3_error; } while (0); }

    __pyx_v_data = __Pyx_PyObject_to_MemoryviewSlice_ds_signed_char__const__(values[0], 0); if (MP_UNLIKELY(!!(!__pyx_v_data.memview))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 84; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L3_error; } while (0);
  }

  goto __pyx_L4_argument_unpacking_done;
  __pyx_L3_error:;
  for (mp_int_t __pyx_temp=0; __pyx_temp < (mp_int_t)(sizeof(values)/sizeof(values[0])); ++__pyx_temp) {

  }
  cy_PYX_XCLEAR_MEMVIEW(&__pyx_v_data, 1);
  __pyx_traceback_0(".count_signed", __pyx_lineno);

  return NULL;
  __pyx_L4_argument_unpacking_done:;
  __pyx_r = __pyx_pf_9checksums_16count_signed(__pyx_self, __pyx_v_data);

  /* function exit code */
  for (mp_int_t __pyx_temp=0; __pyx_temp < (mp_int_t)(sizeof(values)/sizeof(values[0])); ++__pyx_temp) {

  }
  cy_PYX_XCLEAR_MEMVIEW(&__pyx_v_data, 1);

  return __pyx_r;
}

static mp_obj_t __pyx_pf_9checksums_16count_signed(CYTHON_UNUSED mp_obj_t __pyx_self, cy_Pyx_memviewslice __pyx_v_data) {
  mp_int_t __pyx_v_i;
  mp_int_t __pyx_v_neg;
  mp_obj_t __pyx_r = NULL;
  __Pyx_RefNannyDeclarations
  mp_int_t __pyx_t_1;
  mp_int_t __pyx_t_2;
  mp_int_t __pyx_t_3;
  mp_int_t __pyx_t_4;
  int __pyx_t_5;
  int __pyx_t_6;
  mp_obj_t __pyx_t_7 = NULL;
  int __pyx_lineno = 0;
  const char *__pyx_filename = NULL;
  int __pyx_clineno = 0;

  /* "checksums.pyx":85
 *
 * def count_signed(const signed char[:] data):
 *     cdef Py_ssize_t i, neg = 0             # <<<<<<<<<<<<<<
 *     for i in range(data.shape[0]):
 *         if data[i] < 0:
*/
  __pyx_v_neg = 0;

  /* "checksums.pyx":86
 * def count_signed(const signed char[:] data):
 *     cdef Py_ssize_t i, neg = 0
 *     for i in range(data.shape[0]):             # <<<<<<<<<<<<<<
 *         if data[i] < 0:
 *             neg += 1
*/

  __pyx_t_1 = (__pyx_v_data.shape[0]);
  __pyx_t_2 = __pyx_t_1;

  for (__pyx_t_3 = 0; __pyx_t_3 < __pyx_t_2; __pyx_t_3+=1) {
    __pyx_v_i = __pyx_t_3;

    /* "checksums.pyx":87
 *     cdef Py_ssize_t i, neg = 0
 *     for i in range(data.shape[0]):
 *         if data[i] < 0:             # <<<<<<<<<<<<<<
 *             neg += 1
 *     return neg
*/
    __pyx_t_4 = __pyx_v_i;
    __pyx_t_5 = -1;
    if (__pyx_t_4 < 0) {
      __pyx_t_4 += __pyx_v_data.shape[0];
      if (MP_UNLIKELY(!!(__pyx_t_4 < 0))) __pyx_t_5 = 0;
    } else if (MP_UNLIKELY(!!(__pyx_t_4 >= __pyx_v_data.shape[0]))) __pyx_t_5 = 0;
    if (MP_UNLIKELY(!!(__pyx_t_5 != -1))) {
      cy_Pyx_RaiseBufferIndexError(__pyx_t_5);
      do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 87; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);
    }
    __pyx_t_6 = ((*((signed char const  *) ( /* dim=0 */ (__pyx_v_data.data + __pyx_t_4 * __pyx_v_data.strides[0]) ))) < 0);

    if (__pyx_t_6) {

      /* "checksums.pyx":88
 *     for i in range(data.shape[0]):
 *         if data[i] < 0:
 *             neg += 1             # <<<<<<<<<<<<<<
 *     return neg
 *
*/
      __pyx_v_neg = (__pyx_v_neg + 1);

      /* "checksums.pyx":87
 *     cdef Py_ssize_t i, neg = 0
 *     for i in range(data.shape[0]):
 *         if data[i] < 0:             # <<<<<<<<<<<<<<
 *             neg += 1
 *     return neg
*/
    }
  }

  /* "checksums.pyx":89
 *         if data[i] < 0:
 *             neg += 1
 *     return neg             # <<<<<<<<<<<<<<
 *
 *
*/
  __pyx_t_7 = cy_PyLong_FromSsize_t(__pyx_v_neg); if (MP_UNLIKELY(!!(!__pyx_t_7))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 89; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

  {
    mp_obj_t __pyx_temp;
    {
      __pyx_temp = __pyx_r;
      __pyx_r = __pyx_t_7;
    }

  }
  __pyx_t_7 = 0;
  goto __pyx_L0;

  /* "checksums.pyx":84
 *
 *
 * def count_signed(const signed char[:] data):             # <<<<<<<<<<<<<<
 *     cdef Py_ssize_t i, neg = 0
 *     for i in range(data.shape[0]):
*/

  /* function exit code */
  __pyx_L1_error:;

  __pyx_traceback_0(".count_signed", __pyx_lineno);
  __pyx_r = NULL;
  __pyx_L0:;

  return __pyx_r;
}

/* "checksums.pyx":92
 *
 *
 * def count_char(const char[:] data, char c):             # <<<<<<<<<<<<<<
 *     cdef Py_ssize_t i, n = 0
 *     for i in range(data.shape[0]):
*/

/* Python wrapper */
static mp_obj_t __pyx_pw_9checksums_19count_char(mp_obj_t __pyx_self,

mp_obj_t const *__pyx_args, mp_int_t __pyx_nargs, mp_obj_t __pyx_kwds

); /*proto*/
static cy_PyMethodDef __pyx_mdef_9checksums_19count_char = {"count_char", (cy_PyCFunction)(void(*)(void))(cy_Pyx_PyCFunction_FastCallWithKeywords)__pyx_pw_9checksums_19count_char, cy_Pyx_METH_FASTCALL|cy_METH_KEYWORDS, 0};
static mp_obj_t __pyx_pw_9checksums_19count_char(mp_obj_t __pyx_self,

mp_obj_t const *__pyx_args, mp_int_t __pyx_nargs, mp_obj_t __pyx_kwds

) {
  cy_Pyx_memviewslice __pyx_v_data = { 0, 0, { 0 }, { 0 }, { 0 } };
  char __pyx_v_c;

  CYTHON_UNUSED mp_obj_t const *__pyx_kwvalues;
  mp_obj_t values[2]        ;
  int __pyx_lineno = 0;
  const char *__pyx_filename = NULL;
  int __pyx_clineno = 0;
  mp_obj_t __pyx_r = 0;
  __Pyx_RefNannyDeclarations

  __pyx_kwvalues = cy_Pyx_KwValues_FASTCALL(__pyx_args, __pyx_nargs);
  {
static mp_obj_t * const __pyx_pyargnames[] = { &__pyx_n_u_data,
&__pyx_n_u_c, 0 };
static const cy_Pyx_ArgSpec __pyx_argspec = { "count_char",
__pyx_pyargnames, 2, 2, 2, 0,
0, 0,

cy_Pyx_ARGS_EXACT|cy_Pyx_ARGS_KEYWORDS|cy_Pyx_ARGS_CLEAR };
if (MP_LIKELY(!!(!__pyx_kwds && __pyx_nargs == 2))) {
values[0] = __pyx_args[0];
values[1] =
__pyx_args[1];
} else if (cy_Pyx_ParseArgs(&__pyx_argspec, __pyx_args, __pyx_nargs, __pyx_kwds, values) < 0) {

do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 92; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L3_error; } while (0); }

    __pyx_v_data = __Pyx_PyObject_to_MemoryviewSlice_ds_char__const__(values[0], 0); if (MP_UNLIKELY(!!(!__pyx_v_data.memview))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 92; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L3_error; } while (0);
    __pyx_v_c = cy_Pyx_PyLong_As_char(values[1]); if (MP_UNLIKELY(!!((__pyx_v_c == (char)-1) && cy_PyErr_Occurred()))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 92; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L3_error; } while (0);
  }

  goto __pyx_L4_argument_unpacking_done;
  __pyx_L3_error:;
  for (mp_int_t __pyx_temp=0; __pyx_temp < (mp_int_t)(sizeof(values)/sizeof(values[0])); ++__pyx_temp) {

  }
  cy_PYX_XCLEAR_MEMVIEW(&__pyx_v_data, 1);
  __pyx_traceback_0(".count_char", __pyx_lineno);

  return NULL;
  __pyx_L4_argument_unpacking_done:;
  __pyx_r = __pyx_pf_9checksums_18count_char(__pyx_self, __pyx_v_data, __pyx_v_c);

  /* function exit code */
  for (mp_int_t __pyx_temp=0; __pyx_temp < (mp_int_t)(sizeof(values)/sizeof(values[0])); ++__pyx_temp) {

  }
  cy_PYX_XCLEAR_MEMVIEW(&__pyx_v_data, 1);

  return __pyx_r;
}

static mp_obj_t __pyx_pf_9checksums_18count_char(CYTHON_UNUSED mp_obj_t __pyx_self, cy_Pyx_memviewslice __pyx_v_data, char __pyx_v_c) {
  mp_int_t __pyx_v_i;
  mp_int_t __pyx_v_n;
  mp_obj_t __pyx_r = NULL;
  __Pyx_RefNannyDeclarations
  mp_int_t __pyx_t_1;
  mp_int_t __pyx_t_2;
  mp_int_t __pyx_t_3;
  mp_int_t __pyx_t_4;
  int __pyx_t_5;
  int __pyx_t_6;
  mp_obj_t __pyx_t_7 = NULL;
  int __pyx_lineno = 0;
  const char *__pyx_filename = NULL;
  int __pyx_clineno = 0;

  /* "checksums.pyx":93
 *
 * def count_char(const char[:] data, char c):
 *     cdef Py_ssize_t i, n = 0             # <<<<<<<<<<<<<<
 *     for i in range(data.shape[0]):
 *         if data[i] == c:
*/
  __pyx_v_n = 0;

  /* "checksums.pyx":94
 * def count_char(const char[:] data, char c):
 *     cdef Py_ssize_t i, n = 0
 *     for i in range(data.shape[0]):             # <<<<<<<<<<<<<<
 *         if data[i] == c:
 *             n += 1
*/

  __pyx_t_1 = (__pyx_v_data.shape[0]);
  __pyx_t_2 = __pyx_t_1;

  for (__pyx_t_3 = 0; __pyx_t_3 < __pyx_t_2; __pyx_t_3+=1) {
    __pyx_v_i = __pyx_t_3;

    /* "checksums.pyx":95
 *     cdef Py_ssize_t i, n = 0
 *     for i in range(data.shape[0]):
 *         if data[i] == c:             # <<<<<<<<<<<<<<
 *             n += 1
 *     return n
*/
    __pyx_t_4 = __pyx_v_i;
    __pyx_t_5 = -1;
    if (__pyx_t_4 < 0) {
      __pyx_t_4 += __pyx_v_data.shape[0];
      if (MP_UNLIKELY(!!(__pyx_t_4 < 0))) __pyx_t_5 = 0;
    } else if (MP_UNLIKELY(!!(__pyx_t_4 >= __pyx_v_data.shape[0]))) __pyx_t_5 = 0;
    if (MP_UNLIKELY(!!(__pyx_t_5 != -1))) {
      cy_Pyx_RaiseBufferIndexError(__pyx_t_5);
      do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 95; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);
    }
    __pyx_t_6 = ((*((char const  *) ( /* dim=0 */ (__pyx_v_data.data + __pyx_t_4 * __pyx_v_data.strides[0]) ))) == __pyx_v_c);

    if (__pyx_t_6) {

      /* "checksums.pyx":96
 *     for i in range(data.shape[0]):
 *         if data[i] == c:
 *             n += 1             # <<<<<<<<<<<<<<
 *     return n
 *
*/
      __pyx_v_n = (__pyx_v_n + 1);

      /* "checksums.pyx":95
 *     cdef Py_ssize_t i, n = 0
 *     for i in range(data.shape[0]):
 *         if data[i] == c:             # <<<<<<<<<<<<<<
 *             n += 1
 *     return n
*/
    }
  }

  /* "checksums.pyx":97
 *         if data[i] == c:
 *             n += 1
 *     return n             # <<<<<<<<<<<<<<
 *
 *
*/
  __pyx_t_7 = cy_PyLong_FromSsize_t(__pyx_v_n); if (MP_UNLIKELY(!!(!__pyx_t_7))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 97; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

  {
    mp_obj_t __pyx_temp;
    {
      __pyx_temp = __pyx_r;
      __pyx_r = __pyx_t_7;
    }

  }
  __pyx_t_7 = 0;
  goto __pyx_L0;

  /* "checksums.pyx":92
 *
 *
 * def count_char(const char[:] data, char c):             # <<<<<<<<<<<<<<
 *     cdef Py_ssize_t i, n = 0
 *     for i in range(data.shape[0]):
*/

  /* function exit code */
  __pyx_L1_error:;

  __pyx_traceback_0(".count_char", __pyx_lineno);
  __pyx_r = NULL;
  __pyx_L0:;

  return __pyx_r;
}

/* "checksums.pyx":100
 *
 *
 * def maybe_len(const unsigned char[:] data):             # <<<<<<<<<<<<<<
 *     return data.shape[0]
 *
*/

/* Python wrapper */
static mp_obj_t __pyx_pw_9checksums_21maybe_len(mp_obj_t __pyx_self,

mp_obj_t const *__pyx_args, mp_int_t __pyx_nargs, mp_obj_t __pyx_kwds

); /*proto*/
static cy_PyMethodDef __pyx_mdef_9checksums_21maybe_len = {"maybe_len", (cy_PyCFunction)(void(*)(void))(cy_Pyx_PyCFunction_FastCallWithKeywords)__pyx_pw_9checksums_21maybe_len, cy_Pyx_METH_FASTCALL|cy_METH_KEYWORDS, 0};
static mp_obj_t __pyx_pw_9checksums_21maybe_len(mp_obj_t __pyx_self,

mp_obj_t const *__pyx_args, mp_int_t __pyx_nargs, mp_obj_t __pyx_kwds

) {
  cy_Pyx_memviewslice __pyx_v_data = { 0, 0, { 0 }, { 0 }, { 0 } };

  CYTHON_UNUSED mp_obj_t const *__pyx_kwvalues;
  mp_obj_t values[1]      ;
  int __pyx_lineno = 0;
  const char *__pyx_filename = NULL;
  int __pyx_clineno = 0;
  mp_obj_t __pyx_r = 0;
  __Pyx_RefNannyDeclarations

  __pyx_kwvalues = cy_Pyx_KwValues_FASTCALL(__pyx_args, __pyx_nargs);
  {
static mp_obj_t * const __pyx_pyargnames[] = {
&__pyx_n_u_data, 0 };
static const cy_Pyx_ArgSpec __pyx_argspec = { "maybe_len",
__pyx_pyargnames, 1, 1, 1, 0,
0, 0,

cy_Pyx_ARGS_EXACT|cy_Pyx_ARGS_KEYWORDS|cy_Pyx_ARGS_CLEAR };
if (MP_LIKELY(!!(!__pyx_kwds && __pyx_nargs == 1))) {
values[0] = __pyx_args[0];
} else if
(cy_Pyx_ParseArgs(&__pyx_argspec, __pyx_args,

__pyx_nargs, __pyx_kwds, values) < 0) {
do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 100; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L3_error; } while (0); }

    __pyx_v_data = __Pyx_PyObject_to_MemoryviewSlice_ds_unsigned_char__const__(values[0], 0); if (MP_UNLIKELY(!!(!__pyx_v_data.memview))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 100; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L3_error; } while (0);
  }

  goto __pyx_L4_argument_unpacking_done;
  __pyx_L3_error:;
  for (mp_int_t __pyx_temp=0; __pyx_temp < (mp_int_t)(sizeof(values)/sizeof(values[0])); ++__pyx_temp) {

  }
  cy_PYX_XCLEAR_MEMVIEW(&__pyx_v_data, 1);
  __pyx_traceback_0(".maybe_len", __pyx_lineno);

  return NULL;
  __pyx_L4_argument_unpacking_done:;
  __pyx_r = __pyx_pf_9checksums_20maybe_len(__pyx_self, __pyx_v_data);

  /* function exit code */
  for (mp_int_t __pyx_temp=0; __pyx_temp < (mp_int_t)(sizeof(values)/sizeof(values[0])); ++__pyx_temp) {

  }
  cy_PYX_XCLEAR_MEMVIEW(&__pyx_v_data, 1);

  return __pyx_r;
}

static mp_obj_t __pyx_pf_9checksums_20maybe_len(CYTHON_UNUSED mp_obj_t __pyx_self, cy_Pyx_memviewslice __pyx_v_data) {
  mp_obj_t __pyx_r = NULL;
  __Pyx_RefNannyDeclarations
  mp_obj_t __pyx_t_1 = NULL;
  int __pyx_lineno = 0;
  const char *__pyx_filename = NULL;
  int __pyx_clineno = 0;

  /* "checksums.pyx":101
 *
 * def maybe_len(const unsigned char[:] data):
 *     return data.shape[0]             # <<<<<<<<<<<<<<
 *
 *
*/
  __pyx_t_1 = cy_PyLong_FromSsize_t((__pyx_v_data.shape[0])); if (MP_UNLIKELY(!!(!__pyx_t_1))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 101; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

  {
    mp_obj_t __pyx_temp;
    {
      __pyx_temp = __pyx_r;
      __pyx_r = __pyx_t_1;
    }

  }
  __pyx_t_1 = 0;
  goto __pyx_L0;

  /* "checksums.pyx":100
 *
 *
 * def maybe_len(const unsigned char[:] data):             # <<<<<<<<<<<<<<
 *     return data.shape[0]
 *
*/

  /* function exit code */
  __pyx_L1_error:;

  __pyx_traceback_0(".maybe_len", __pyx_lineno);
  __pyx_r = NULL;
  __pyx_L0:;

  return __pyx_r;
}

/* "checksums.pyx":104
 *
 *
 * def needs_2d(const unsigned char[:, :] data):             # <<<<<<<<<<<<<<
 *     return data.shape[0] * data.shape[1]
*/

/* Python wrapper */
static mp_obj_t __pyx_pw_9checksums_23needs_2d(mp_obj_t __pyx_self,

mp_obj_t const *__pyx_args, mp_int_t __pyx_nargs, mp_obj_t __pyx_kwds

); /*proto*/
static cy_PyMethodDef __pyx_mdef_9checksums_23needs_2d = {"needs_2d", (cy_PyCFunction)(void(*)(void))(cy_Pyx_PyCFunction_FastCallWithKeywords)__pyx_pw_9checksums_23needs_2d, cy_Pyx_METH_FASTCALL|cy_METH_KEYWORDS, 0};
static mp_obj_t __pyx_pw_9checksums_23needs_2d(mp_obj_t __pyx_self,

mp_obj_t const *__pyx_args, mp_int_t __pyx_nargs, mp_obj_t __pyx_kwds

) {
  cy_Pyx_memviewslice __pyx_v_data = { 0, 0, { 0 }, { 0 }, { 0 } };

  CYTHON_UNUSED mp_obj_t const *__pyx_kwvalues;
  mp_obj_t values[1]      ;
  int __pyx_lineno = 0;
  const char *__pyx_filename = NULL;
  int __pyx_clineno = 0;
  mp_obj_t __pyx_r = 0;
  __Pyx_RefNannyDeclarations

  __pyx_kwvalues = cy_Pyx_KwValues_FASTCALL(__pyx_args, __pyx_nargs);
  {
static mp_obj_t * const __pyx_pyargnames[] = {
&__pyx_n_u_data, 0 };
static const cy_Pyx_ArgSpec __pyx_argspec = { "needs_2d",
__pyx_pyargnames, 1, 1, 1, 0,
0, 0,

cy_Pyx_ARGS_EXACT|cy_Pyx_ARGS_KEYWORDS|cy_Pyx_ARGS_CLEAR };
if (MP_LIKELY(!!(!__pyx_kwds && __pyx_nargs == 1))) {
values[0] = __pyx_args[0];
} else if
(cy_Pyx_ParseArgs(&__pyx_argspec, __pyx_args,

__pyx_nargs, __pyx_kwds, values) < 0) {
do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 104; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L3_error; } while (0); }

    __pyx_v_data = __Pyx_PyObject_to_MemoryviewSlice_dsds_unsigned_char__const__(values[0], 0); if (MP_UNLIKELY(!!(!__pyx_v_data.memview))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 104; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L3_error; } while (0);
  }

  goto __pyx_L4_argument_unpacking_done;
  __pyx_L3_error:;
  for (mp_int_t __pyx_temp=0; __pyx_temp < (mp_int_t)(sizeof(values)/sizeof(values[0])); ++__pyx_temp) {

  }
  cy_PYX_XCLEAR_MEMVIEW(&__pyx_v_data, 1);
  __pyx_traceback_0(".needs_2d", __pyx_lineno);

  return NULL;
  __pyx_L4_argument_unpacking_done:;
  __pyx_r = __pyx_pf_9checksums_22needs_2d(__pyx_self, __pyx_v_data);

  /* function exit code */
  for (mp_int_t __pyx_temp=0; __pyx_temp < (mp_int_t)(sizeof(values)/sizeof(values[0])); ++__pyx_temp) {

  }
  cy_PYX_XCLEAR_MEMVIEW(&__pyx_v_data, 1);

  return __pyx_r;
}

static mp_obj_t __pyx_pf_9checksums_22needs_2d(CYTHON_UNUSED mp_obj_t __pyx_self, cy_Pyx_memviewslice __pyx_v_data) {
  mp_obj_t __pyx_r = NULL;
  __Pyx_RefNannyDeclarations
  mp_obj_t __pyx_t_1 = NULL;
  int __pyx_lineno = 0;
  const char *__pyx_filename = NULL;
  int __pyx_clineno = 0;

  /* "checksums.pyx":105
 *
 * def needs_2d(const unsigned char[:, :] data):
 *     return data.shape[0] * data.shape[1]             # <<<<<<<<<<<<<<
*/
  __pyx_t_1 = cy_PyLong_FromSsize_t(((__pyx_v_data.shape[0]) * (__pyx_v_data.shape[1]))); if (MP_UNLIKELY(!!(!__pyx_t_1))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 105; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

  {
    mp_obj_t __pyx_temp;
    {
      __pyx_temp = __pyx_r;
      __pyx_r = __pyx_t_1;
    }

  }
  __pyx_t_1 = 0;
  goto __pyx_L0;

  /* "checksums.pyx":104
 *
 *
 * def needs_2d(const unsigned char[:, :] data):             # <<<<<<<<<<<<<<
 *     return data.shape[0] * data.shape[1]
*/

  /* function exit code */
  __pyx_L1_error:;

  __pyx_traceback_0(".needs_2d", __pyx_lineno);
  __pyx_r = NULL;
  __pyx_L0:;

  return __pyx_r;
}
/* #### Code section: module_exttypes ### */

static mp_obj_t __pyx_sq_item_array(mp_obj_t o, mp_int_t i) {
  mp_obj_t r;
  mp_obj_t x = cy_PyLong_FromSsize_t(i); if (MP_UNLIKELY(!!(!x))) return NULL;

  binaryfunc f = ((binaryfunc)cy_PyType_GetSlot(cy_Py_TYPE(o), cy_Py_mp_subscript));

  r = f(o, x);

  return r;
}

static cy_PyMethodDef __pyx_methods_Enum[] = {

  {0, 0, 0, 0}
};

static mp_obj_t __pyx_sq_item_memoryview(mp_obj_t o, mp_int_t i) {
  mp_obj_t r;
  mp_obj_t x = cy_PyLong_FromSsize_t(i); if (MP_UNLIKELY(!!(!x))) return NULL;

  binaryfunc f = ((binaryfunc)cy_PyType_GetSlot(cy_Py_TYPE(o), cy_Py_mp_subscript));

  r = f(o, x);

  return r;
}

static cy_PyMethodDef __pyx_methods__memoryviewslice[] = {

  {0, 0, 0, 0}
};

static cy_PyMethodDef __pyx_methods[] = {
  {0, 0, 0, 0}
};
/* #### Code section: initfunc_declarations ### */
static CYTHON_SMALL_CODE int __Pyx_InitCachedBuiltins(__pyx_mstatetype *__pyx_mstate); /*proto*/
static CYTHON_SMALL_CODE int __Pyx_InitCachedConstants(__pyx_mstatetype *__pyx_mstate); /*proto*/
static CYTHON_SMALL_CODE int __Pyx_InitGlobals(void); /*proto*/
static CYTHON_SMALL_CODE int __Pyx_InitAfterSharedUtility(void); /*proto*/
static CYTHON_SMALL_CODE int __Pyx_InitConstants(__pyx_mstatetype *__pyx_mstate); /*proto*/
static CYTHON_SMALL_CODE int __Pyx_modinit_Global_init_code(__pyx_mstatetype *__pyx_mstate); /*proto*/
static CYTHON_SMALL_CODE int __Pyx_modinit_Variable_export_code(__pyx_mstatetype *__pyx_mstate); /*proto*/
static CYTHON_SMALL_CODE int __Pyx_modinit_Function_export_code(__pyx_mstatetype *__pyx_mstate); /*proto*/

static CYTHON_SMALL_CODE int __Pyx_modinit_Type_import_code(__pyx_mstatetype *__pyx_mstate); /*proto*/
static CYTHON_SMALL_CODE int __Pyx_modinit_Variable_import_code(__pyx_mstatetype *__pyx_mstate); /*proto*/
static CYTHON_SMALL_CODE int __Pyx_modinit_Function_import_code(__pyx_mstatetype *__pyx_mstate); /*proto*/
static CYTHON_SMALL_CODE int __Pyx_CreateCodeObjects(__pyx_mstatetype *__pyx_mstate); /*proto*/
/* #### Code section: init_module ### */

static int __Pyx_modinit_Global_init_code(__pyx_mstatetype *__pyx_mstate) {
  __Pyx_RefNannyDeclarations
  (void)(__pyx_mstate);

  /*--- Global init code ---*/

  return 0;
}

static int __Pyx_modinit_Variable_export_code(__pyx_mstatetype *__pyx_mstate) {
  __Pyx_RefNannyDeclarations
  (void)(__pyx_mstate);

  /*--- Variable export code ---*/

  return 0;
}

static int __Pyx_modinit_Function_export_code(__pyx_mstatetype *__pyx_mstate) {
  __Pyx_RefNannyDeclarations
  (void)(__pyx_mstate);

  /*--- Function export code ---*/

  return 0;
}

static int __Pyx_modinit_Type_import_code(__pyx_mstatetype *__pyx_mstate) {
  __Pyx_RefNannyDeclarations
  (void)(__pyx_mstate);

  /*--- Type import code ---*/

  return 0;
}

static int __Pyx_modinit_Variable_import_code(__pyx_mstatetype *__pyx_mstate) {
  __Pyx_RefNannyDeclarations
  (void)(__pyx_mstate);

  /*--- Variable import code ---*/

  return 0;
}

static int __Pyx_modinit_Function_import_code(__pyx_mstatetype *__pyx_mstate) {
  __Pyx_RefNannyDeclarations
  (void)(__pyx_mstate);

  /*--- Function import code ---*/

  return 0;
}

static CYTHON_SMALL_CODE int __pyx_pymod_exec_checksums(mp_obj_t __pyx_pyinit_module)

{
  int stringtab_initialized = 0;

  __pyx_mstatetype *__pyx_mstate = NULL;
  mp_obj_t __pyx_t_1 = NULL;
  mp_obj_t __pyx_t_2 = NULL;
  mp_obj_t __pyx_t_3 = NULL;
  mp_obj_t __pyx_t_4 = NULL;
  mp_obj_t __pyx_t_5 = NULL;
  size_t __pyx_t_6;

  int __pyx_t_8;
  int __pyx_lineno = 0;
  const char *__pyx_filename = NULL;
  int __pyx_clineno = 0;
  __Pyx_RefNannyDeclarations

  __pyx_mstate = __pyx_mstate_global;

  if (__Pyx_InitConstants(__pyx_mstate) < (0)) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 1; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);
  stringtab_initialized = 1;
  if (__Pyx_InitGlobals() < (0)) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 1; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

  if (__Pyx_InitCachedBuiltins(__pyx_mstate) < (0)) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 1; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

  if (__Pyx_InitCachedConstants(__pyx_mstate) < (0)) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 1; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);
  if (__Pyx_CreateCodeObjects(__pyx_mstate) < (0)) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 1; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

  (void)__Pyx_modinit_Global_init_code(__pyx_mstate);
  (void)__Pyx_modinit_Variable_export_code(__pyx_mstate);
  (void)__Pyx_modinit_Function_export_code(__pyx_mstate);

  (void)__Pyx_modinit_Type_import_code(__pyx_mstate);
  (void)__Pyx_modinit_Variable_import_code(__pyx_mstate);
  (void)__Pyx_modinit_Function_import_code(__pyx_mstate);
  if (__Pyx_InitAfterSharedUtility() < (0)) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 1; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);
  /*--- Execution code ---*/

  /* "checksums.pyx":9
 *
 *
 * def adler32(const unsigned char[:] data, uint32_t start=1):             # <<<<<<<<<<<<<<
 *     cdef uint32_t a = start & 0xFFFF, b = (start >> 16) & 0xFFFF
 *     cdef Py_ssize_t i
*/
  __pyx_t_4 = cy_Pyx_PyLong_From_uint32_t(((uint32_t)1)); if (MP_UNLIKELY(!!(!__pyx_t_4))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 9; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

  {
    mp_obj_t __pyx_temp[1] = {__pyx_t_4};
    __pyx_t_5 = cy_Pyx_PyTuple_FromArray(__pyx_temp, 1); if (MP_UNLIKELY(!!(!__pyx_t_5))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 9; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

  }
   __pyx_t_4 = 0;
  __pyx_t_4 = cy_Pyx_CyFunction_New(&__pyx_mdef_9checksums_1adler32, 0, __pyx_n_u_adler32, NULL, __pyx_n_u_checksums, __pyx_mstate_global->__pyx_d, ((mp_obj_t )__pyx_mstate_global->__pyx_codeobj_tab[0])); if (MP_UNLIKELY(!!(!__pyx_t_4))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 9; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

  cy_Pyx_CyFunction_SetDefaultsTuple(__pyx_t_4, __pyx_t_5);
   __pyx_t_5 = 0;
  if (cy_PyDict_SetItem(__pyx_mstate_global->__pyx_d, __pyx_n_u_adler32, __pyx_t_4) < (0)) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 9; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);
   __pyx_t_4 = 0;

  /* "checksums.pyx":20
 * @cython.boundscheck(False)
 * @cython.wraparound(False)
 * def crc16_ccitt(const uint8_t[::1] data, uint16_t crc=0xFFFF):             # <<<<<<<<<<<<<<
 *     cdef Py_ssize_t i
 *     cdef int bit
*/
  __pyx_t_4 = cy_Pyx_PyLong_From_uint16_t(((uint16_t)0xFFFF)); if (MP_UNLIKELY(!!(!__pyx_t_4))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 20; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

  /* "checksums.pyx":18
 *
 *
 * @cython.boundscheck(False)             # <<<<<<<<<<<<<<
 * @cython.wraparound(False)
 * def crc16_ccitt(const uint8_t[::1] data, uint16_t crc=0xFFFF):
*/
  {
    mp_obj_t __pyx_temp[1] = {__pyx_t_4};
    __pyx_t_5 = cy_Pyx_PyTuple_FromArray(__pyx_temp, 1); if (MP_UNLIKELY(!!(!__pyx_t_5))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 18; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

  }
   __pyx_t_4 = 0;
  __pyx_t_4 = cy_Pyx_CyFunction_New(&__pyx_mdef_9checksums_3crc16_ccitt, 0, __pyx_n_u_crc16_ccitt, NULL, __pyx_n_u_checksums, __pyx_mstate_global->__pyx_d, ((mp_obj_t )__pyx_mstate_global->__pyx_codeobj_tab[1])); if (MP_UNLIKELY(!!(!__pyx_t_4))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 18; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

  cy_Pyx_CyFunction_SetDefaultsTuple(__pyx_t_4, __pyx_t_5);
   __pyx_t_5 = 0;
  if (cy_PyDict_SetItem(__pyx_mstate_global->__pyx_d, __pyx_n_u_crc16_ccitt, __pyx_t_4) < (0)) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 18; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);
   __pyx_t_4 = 0;

  /* "checksums.pyx":42
 *
 *
 * def nmea_checksum(const unsigned char[:] sentence):             # <<<<<<<<<<<<<<
 *     """XOR of the bytes between '$' and '*' (NMEA 0183)."""
 *     cdef Py_ssize_t n = sentence.shape[0], stop = n
*/
  { static const cy_Pyx_DefSpec __pyx_defs[] = { { &__pyx_mdef_9checksums_5nmea_checksum, &__pyx_n_u_nmea_checksum, &__pyx_n_u_nmea_checksum, 0, 0 }, { &__pyx_mdef_9checksums_7byte_at, &__pyx_n_u_byte_at, &__pyx_n_u_byte_at, 0, 0 }, {

&__pyx_mdef_9checksums_9last_byte,
&__pyx_n_u_last_byte,

&__pyx_n_u_last_byte, 0, 0 }, { &__pyx_mdef_9checksums_11fletcher16, &__pyx_n_u_fletcher16,

&__pyx_n_u_fletcher16, 0, 0 }, { &__pyx_mdef_9checksums_13invert,

&__pyx_n_u_invert, &__pyx_n_u_invert, 0, 0 }, { &__pyx_mdef_9checksums_15info, &__pyx_n_u_info, &__pyx_n_u_info, 0, 0 }, { &__pyx_mdef_9checksums_17count_signed, &__pyx_n_u_count_signed,

&__pyx_n_u_count_signed, 0, 0 }, {
&__pyx_mdef_9checksums_19count_char,

&__pyx_n_u_count_char, &__pyx_n_u_count_char, 0, 0 }, { &__pyx_mdef_9checksums_21maybe_len,

&__pyx_n_u_maybe_len,

&__pyx_n_u_maybe_len, 0, 0 }, { &__pyx_mdef_9checksums_23needs_2d, &__pyx_n_u_needs_2d, &__pyx_n_u_needs_2d, 0, 0 }, }; if (cy_Pyx_DefineFunctions(__pyx_defs, 10, __pyx_mstate_global->__pyx_d, cy_PyDict_SetItem,

__pyx_n_u_checksums,
__pyx_mstate_global->__pyx_d, NULL) < (0)) {

do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 42; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0); } }

  /* "checksums.pyx":1
 * # cython: language_level=3             # <<<<<<<<<<<<<<
 * """Checksums and codecs over read-only byte buffers (bytes, bytearray, memoryview, array('B')),
 * the way a protocol driver computes them on received frames."""
*/
  __pyx_t_4 = cy_Pyx_PyDict_NewPresized(0); if (MP_UNLIKELY(!!(!__pyx_t_4))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 1; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

  if (cy_PyDict_SetItem(__pyx_mstate_global->__pyx_d, __pyx_n_u_test, __pyx_t_4) < (0)) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 1; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);
   __pyx_t_4 = 0;

  /*--- Wrapped vars code ---*/

  goto __pyx_L0;
    __pyx_L1_error:;
  if (stringtab_initialized) {
    __pyx_traceback_0("init checksums", __pyx_lineno);
  }
  return -1;
  __pyx_L0:;
  return 0;
}
/* #### Code section: pystring_table ### */
/* #### Code section: cached_builtins ### */

static int __Pyx_InitCachedBuiltins(__pyx_mstatetype *__pyx_mstate) {
  int __pyx_lineno = 0;
  const char *__pyx_filename = NULL;
  int __pyx_clineno = 0;
  (void)(__pyx_mstate);
  __pyx_builtin___import__ = cy_Pyx_GetBuiltinName(__pyx_n_u_import); if (!__pyx_builtin___import__) do { __pyx_filename = __pyx_f[1]; (void)__pyx_filename; __pyx_lineno = 119; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);
  __pyx_builtin_enumerate = cy_Pyx_GetBuiltinName(__pyx_n_u_enumerate); if (!__pyx_builtin_enumerate) do { __pyx_filename = __pyx_f[1]; (void)__pyx_filename; __pyx_lineno = 175; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);
  __pyx_builtin_Ellipsis = cy_Pyx_GetBuiltinName(__pyx_n_u_Ellipsis); if (!__pyx_builtin_Ellipsis) do { __pyx_filename = __pyx_f[1]; (void)__pyx_filename; __pyx_lineno = 436; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);
  __pyx_builtin_id = cy_Pyx_GetBuiltinName(__pyx_n_u_id); if (!__pyx_builtin_id) do { __pyx_filename = __pyx_f[1]; (void)__pyx_filename; __pyx_lineno = 662; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

  /* Cached unbound methods */

  return 0;
  __pyx_L1_error:;
  return -1;
}
/* #### Code section: cached_constants ### */

static int __Pyx_InitCachedConstants(__pyx_mstatetype *__pyx_mstate) {
  __Pyx_RefNannyDeclarations
  int __pyx_lineno = 0;
  const char *__pyx_filename = NULL;
  int __pyx_clineno = 0;
  (void)(__pyx_mstate);

  return 0;
  __pyx_L1_error:;

  return -1;
}
/* #### Code section: init_constants ### */

static int __Pyx_InitConstants(__pyx_mstatetype *__pyx_mstate) {
  int __pyx_lineno = 0;
  const char *__pyx_filename = NULL;
  int __pyx_clineno = 0;
  (void)(__pyx_mstate);

  return 0;
  __pyx_L1_error:;
  return -1;
}
/* #### Code section: init_codeobjects ### */

typedef struct {
    unsigned int argcount : 2;
    unsigned int num_posonly_args : 1;
    unsigned int num_kwonly_args : 1;
    unsigned int nlocals : 3;
    unsigned int flags : 10;
    unsigned int first_line : 7;
} __Pyx_PyCode_New_function_description;

/* NewCodeObj.proto */
static mp_obj_t __Pyx_PyCode_New(
        const __Pyx_PyCode_New_function_description descr,
        mp_obj_t const *varnames,
        mp_obj_t filename,
        mp_obj_t funcname,
        mp_obj_t line_table,
        mp_obj_t tuple_dedup_map
);

static int __Pyx_CreateCodeObjects(__pyx_mstatetype *__pyx_mstate) {
  (void)__pyx_mstate;
  return 0;
}
/* #### Code section: init_globals ### */

static int __Pyx_InitGlobals(void) {
  return 0;
}
/* #### Code section: init_after_shared_utility ### */

static int __Pyx_InitAfterSharedUtility(void) {
  return 0;
}

static CYTHON_INLINE mp_int_t __Pyx_div_Py_ssize_t(mp_int_t a, mp_int_t b, int b_is_constant) {
    mp_int_t q = a / b;
    mp_int_t r = a - q*b;
    mp_int_t adapt_python = (b_is_constant ?
        ((r != 0) & ((r < 0) ^ (b < 0))) :
        ((r != 0) & ((r ^ b) < 0))
    );
    return q - adapt_python;
}

static CYTHON_INLINE long __Pyx_div_long(long a, long b, int b_is_constant) {
    long q = a / b;
    long r = a - q*b;
    long adapt_python = (b_is_constant ?
        ((r != 0) & ((r < 0) ^ (b < 0))) :
        ((r != 0) & ((r ^ b) < 0))
    );
    return q - adapt_python;
}

static CYTHON_INLINE long __Pyx_mod_long(long a, long b, int b_is_constant) {
    long r = a % b;
    long adapt_python = (b_is_constant ?
        ((r != 0) & ((r < 0) ^ (b < 0))) :
        ((r != 0) & ((r ^ b) < 0))
    );
    return r + adapt_python * b;
}

static void __pyx_memoryview_slice_memviewslice_err_dim(mp_obj_t error, const char* msg, int dim) {
    cy_PyGILState_STATE gilstate = cy_PyGILState_Ensure();
    cy_PyErr_Format(error, msg, dim);
    cy_PyGILState_Release(gilstate);
}
static CYTHON_INLINE int __pyx_memoryview_slice_memviewslice(
        cy_Pyx_memviewslice *dst,
        mp_int_t shape, mp_int_t stride, mp_int_t suboffset,
        int dim, int new_ndim, int *suboffset_dim,
        mp_int_t start, mp_int_t stop, mp_int_t step,
        int have_start, int have_stop, int have_step,
        int is_slice) {
    if (!is_slice) {
        if (start < 0) {
            start += shape;
        }
        if (MP_UNLIKELY(!!(!(0 <= start && start < shape)))) {
            __pyx_memoryview_slice_memviewslice_err_dim(MP_OBJ_FROM_PTR(&mp_type_IndexError), "Index out of bounds (axis %d)", dim);
            return -1;
        }
    } else {
        int negative_step;
        if (have_step) {
            negative_step = step < 0;
            if (MP_UNLIKELY(!!(step == 0))) {
                __pyx_memoryview_slice_memviewslice_err_dim(MP_OBJ_FROM_PTR(&mp_type_ValueError), "Step may not be zero (axis %d)", dim);
                return -1;
            }
        } else {
            negative_step = 0;
            step = 1;
        }
        if (have_start) {
            if (start < 0) {
                start += shape;
                if (start < 0) {
                    start = 0;
                }
            } else if (start >= shape) {
                start = negative_step ? (shape - 1) : shape;
            }
        } else {
            start = negative_step ? (shape - 1) : 0;
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
            stop = negative_step ? -1 : shape;
        }
        mp_int_t new_shape = (stop - start) / step;
        if ((stop - start) - step * new_shape) {
            ++new_shape;
        }
        if (new_shape < 0) {
            new_shape = 0;
        }
        dst->strides[new_ndim] = stride * step;
        dst->shape[new_ndim] = new_shape;
        dst->suboffsets[new_ndim] = suboffset;
    }
    if (suboffset_dim[0] < 0) {
        dst->data += start * stride;
    } else {
        dst->suboffsets[suboffset_dim[0]] += start * stride;
    }
    if (suboffset >= 0) {
        if (!is_slice) {
            if (MP_LIKELY(!!(new_ndim == 0))) {
                dst->data = ((char **)(dst->data))[0] + suboffset;
            } else {
                __pyx_memoryview_slice_memviewslice_err_dim(
                    MP_OBJ_FROM_PTR(&mp_type_IndexError),
                    "All dimensions preceding dimension %d must be indexed and not sliced",
                    dim);
                return -1;
            }
        } else {
            suboffset_dim[0] = new_ndim;
        }
    }
    return 0;
}

static CYTHON_INLINE cy_Pyx_memviewslice __Pyx_PyObject_to_MemoryviewSlice_ds_unsigned_char__const__(mp_obj_t obj, int writable_flag) {
    cy_Pyx_memviewslice result = cy_Pyx_MEMSLICE_INIT;
    cy_Pyx_BufFmt_StackElem stack[1];
    int axes_specs[] = { (cy_Pyx_MEMVIEW_DIRECT | cy_Pyx_MEMVIEW_STRIDED) };
    int retcode;
    if (obj == mp_const_none) {
        result.memview = (struct cy_pyx_memoryview_obj *) mp_const_none;
        return result;
    }
    retcode = cy_Pyx_ValidateAndInit_memviewslice(axes_specs, 0,
                                                 cy_PyBUF_RECORDS_RO | writable_flag, 1,
                                                 &__Pyx_TypeInfo_unsigned_char__const__, stack,
                                                 &result, obj);
    if (MP_UNLIKELY(!!(retcode == -1)))
        goto __pyx_fail;
    return result;
__pyx_fail:
    result.memview = NULL;
    result.data = NULL;
    return result;
}

static CYTHON_INLINE cy_Pyx_memviewslice __Pyx_PyObject_to_MemoryviewSlice_dc_nn_uint8_t__const__(mp_obj_t obj, int writable_flag) {
    cy_Pyx_memviewslice result = cy_Pyx_MEMSLICE_INIT;
    cy_Pyx_BufFmt_StackElem stack[1];
    int axes_specs[] = { (cy_Pyx_MEMVIEW_DIRECT | cy_Pyx_MEMVIEW_CONTIG) };
    int retcode;
    if (obj == mp_const_none) {
        result.memview = (struct cy_pyx_memoryview_obj *) mp_const_none;
        return result;
    }
    retcode = cy_Pyx_ValidateAndInit_memviewslice(axes_specs, cy_Pyx_IS_C_CONTIG,
                                                 (cy_PyBUF_C_CONTIGUOUS | cy_PyBUF_FORMAT) | writable_flag, 1,
                                                 &__Pyx_TypeInfo_nn_uint8_t__const__, stack,
                                                 &result, obj);
    if (MP_UNLIKELY(!!(retcode == -1)))
        goto __pyx_fail;
    return result;
__pyx_fail:
    result.memview = NULL;
    result.data = NULL;
    return result;
}

static CYTHON_INLINE cy_Pyx_memviewslice __Pyx_PyObject_to_MemoryviewSlice_ds_unsigned_char(mp_obj_t obj, int writable_flag) {
    cy_Pyx_memviewslice result = cy_Pyx_MEMSLICE_INIT;
    cy_Pyx_BufFmt_StackElem stack[1];
    int axes_specs[] = { (cy_Pyx_MEMVIEW_DIRECT | cy_Pyx_MEMVIEW_STRIDED) };
    int retcode;
    if (obj == mp_const_none) {
        result.memview = (struct cy_pyx_memoryview_obj *) mp_const_none;
        return result;
    }
    retcode = cy_Pyx_ValidateAndInit_memviewslice(axes_specs, 0,
                                                 cy_PyBUF_RECORDS_RO | writable_flag, 1,
                                                 &__Pyx_TypeInfo_unsigned_char, stack,
                                                 &result, obj);
    if (MP_UNLIKELY(!!(retcode == -1)))
        goto __pyx_fail;
    return result;
__pyx_fail:
    result.memview = NULL;
    result.data = NULL;
    return result;
}

static CYTHON_INLINE cy_Pyx_memviewslice __Pyx_PyObject_to_MemoryviewSlice_ds_signed_char__const__(mp_obj_t obj, int writable_flag) {
    cy_Pyx_memviewslice result = cy_Pyx_MEMSLICE_INIT;
    cy_Pyx_BufFmt_StackElem stack[1];
    int axes_specs[] = { (cy_Pyx_MEMVIEW_DIRECT | cy_Pyx_MEMVIEW_STRIDED) };
    int retcode;
    if (obj == mp_const_none) {
        result.memview = (struct cy_pyx_memoryview_obj *) mp_const_none;
        return result;
    }
    retcode = cy_Pyx_ValidateAndInit_memviewslice(axes_specs, 0,
                                                 cy_PyBUF_RECORDS_RO | writable_flag, 1,
                                                 &__Pyx_TypeInfo_signed_char__const__, stack,
                                                 &result, obj);
    if (MP_UNLIKELY(!!(retcode == -1)))
        goto __pyx_fail;
    return result;
__pyx_fail:
    result.memview = NULL;
    result.data = NULL;
    return result;
}

static CYTHON_INLINE cy_Pyx_memviewslice __Pyx_PyObject_to_MemoryviewSlice_ds_char__const__(mp_obj_t obj, int writable_flag) {
    cy_Pyx_memviewslice result = cy_Pyx_MEMSLICE_INIT;
    cy_Pyx_BufFmt_StackElem stack[1];
    int axes_specs[] = { (cy_Pyx_MEMVIEW_DIRECT | cy_Pyx_MEMVIEW_STRIDED) };
    int retcode;
    if (obj == mp_const_none) {
        result.memview = (struct cy_pyx_memoryview_obj *) mp_const_none;
        return result;
    }
    retcode = cy_Pyx_ValidateAndInit_memviewslice(axes_specs, 0,
                                                 cy_PyBUF_RECORDS_RO | writable_flag, 1,
                                                 &__Pyx_TypeInfo_char__const__, stack,
                                                 &result, obj);
    if (MP_UNLIKELY(!!(retcode == -1)))
        goto __pyx_fail;
    return result;
__pyx_fail:
    result.memview = NULL;
    result.data = NULL;
    return result;
}

static CYTHON_INLINE cy_Pyx_memviewslice __Pyx_PyObject_to_MemoryviewSlice_dsds_unsigned_char__const__(mp_obj_t obj, int writable_flag) {
    cy_Pyx_memviewslice result = cy_Pyx_MEMSLICE_INIT;
    cy_Pyx_BufFmt_StackElem stack[1];
    int axes_specs[] = { (cy_Pyx_MEMVIEW_DIRECT | cy_Pyx_MEMVIEW_STRIDED), (cy_Pyx_MEMVIEW_DIRECT | cy_Pyx_MEMVIEW_STRIDED) };
    int retcode;
    if (obj == mp_const_none) {
        result.memview = (struct cy_pyx_memoryview_obj *) mp_const_none;
        return result;
    }
    retcode = cy_Pyx_ValidateAndInit_memviewslice(axes_specs, 0,
                                                 cy_PyBUF_RECORDS_RO | writable_flag, 2,
                                                 &__Pyx_TypeInfo_unsigned_char__const__, stack,
                                                 &result, obj);
    if (MP_UNLIKELY(!!(retcode == -1)))
        goto __pyx_fail;
    return result;
__pyx_fail:
    result.memview = NULL;
    result.data = NULL;
    return result;
}

static CYTHON_INLINE mp_obj_t __pyx_memview_get_nn_uint8_t__const__(const char *itemp) {
    return (mp_obj_t ) cy_Pyx_PyLong_From_uint8_t(*(uint8_t const   *) itemp);
}

static CYTHON_INLINE mp_obj_t __pyx_memview_get_unsigned_char__const__(const char *itemp) {
    return (mp_obj_t ) cy_Pyx_PyLong_From_unsigned_char(*(unsigned char const   *) itemp);
}

/* ---- MicroPython module registration (cython2upy) ---- */

/* Runs on every import (built-in modules are not cached in sys.modules), so it is idempotent:
 * the module body runs once, and again only if it failed. */
static mp_obj_t cy2upy_init_checksums(void) {
    if (MP_STATE_VM(cy2upy_state_checksums) == NULL) {
        MP_STATIC_ASSERT(offsetof(__pyx_mstatetype, __pyx_empty_unicode) == offsetof(cy_module_state_head_t, empty_unicode));
        static const mp_obj_str_t doc = {{&mp_type_str}, 0, sizeof(__pyx_k_Checksums_and_codecs_over_read_o) - 1, (const byte *)__pyx_k_Checksums_and_codecs_over_read_o};
        __pyx_mstatetype *state = cy_module_state_new(sizeof(__pyx_mstatetype), MP_OBJ_NEW_QSTR(MP_QSTR_checksums), CY_DOC_OBJ(MP_OBJ_FROM_PTR(&doc)));
        MP_STATE_VM(cy2upy_state_checksums) = state;
        if (__pyx_pymod_exec_checksums(MP_OBJ_NULL) < 0) {
            MP_STATE_VM(cy2upy_state_checksums) = NULL;
            cy_raise_pending();
        }
    }
    return mp_const_none;
}
static MP_DEFINE_CONST_FUN_OBJ_0(cy2upy_init_obj_checksums, cy2upy_init_checksums);

/* Loads, stores and deletes of module attributes go to the module's RAM dict.
 * (Not static: MP_REGISTER_MODULE_DELEGATION's table refers to it from another file.) */
void cy2upy_attr_checksums(mp_obj_t self_in, qstr attr, mp_obj_t *dest) {
    (void)self_in;
    cy_module_state_attr(&MP_STATE_VM(cy2upy_state_checksums), cy2upy_init_checksums, attr, dest);
}

static const mp_rom_map_elem_t cy2upy_globals_table_checksums[] = {
    { MP_ROM_QSTR(MP_QSTR___name__), MP_ROM_QSTR(MP_QSTR_checksums) },
    { MP_ROM_QSTR(MP_QSTR___init__), MP_ROM_PTR(&cy2upy_init_obj_checksums) },
};
static MP_DEFINE_CONST_DICT(cy2upy_globals_checksums, cy2upy_globals_table_checksums);

const mp_obj_module_t cy2upy_module_checksums = {
    .base = { &mp_type_module },
    .globals = (mp_obj_dict_t *)&cy2upy_globals_checksums,
};

MP_REGISTER_MODULE(MP_QSTR_checksums, cy2upy_module_checksums);
MP_REGISTER_MODULE_DELEGATION(cy2upy_module_checksums, cy2upy_attr_checksums);
