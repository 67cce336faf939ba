// cy2upy_internal.h: what the C files of cython2upy's runtime share, and nothing else sees.
//
// Not part of the runtime's contract (runtime/include/cy2upy.h): translated modules never
// include it, and the translator reads no rules from it. A routed name is a `cy_` + CPython or
// Cython name declared in runtime/include/*.h (src/runtime_decls.rs); the functions declared
// here are named `cy_i_*` (internal), which no CPython or Cython name is.
//
// The C half, one file per concern (as MicroPython's py/obj*.c):
//   cy2upy_err.c     the pending exception (per thread), the names of objects in error
//                    messages, and CPython's PyErr_* API: setting, fetching, normalising,
//                    chaining and printing exceptions.
//   cy2upy_args.c    argument errors (counts, types, keywords) and Cython's keyword parsing
//                    (__Pyx_ParseKeywords).
//   cy2upy_func.c    function objects: Cython's cyfunction (__Pyx_CyFunction_New) and C
//                    functions, with their call slots, attributes and argument tuples.
//   cy2upy_gen.c     generators and coroutines: Cython's generator objects, send/throw/close and
//                    `yield from`.
//   cy2upy_gil.c     the GIL: `with nogil:` sections and PyGILState_*, on ports with threads
//                    and a GIL.
//   cy2upy_call.c    calls: positional, keyword and vectorcall calls of objects and
//                    methods; the special methods and missing methods of built-in objects.
//   cy2upy_names.c   names: module globals, builtins, imports and attribute lookup.
//   cy2upy_object.c  objects: comparison, repr, isinstance/issubclass, and the object and
//                    sequence protocol (items, slices, lengths).
//   cy2upy_number.c  numbers: int and float objects, C integer conversions with CPython's
//                    overflow errors, and complex numbers.
//   cy2upy_str.c     strings and bytes: str/bytes/bytearray construction, formatting,
//                    joining, slicing, methods and decoding.
//   cy2upy_list.c    lists and tuples: construction, items, appending, slicing and method calls.
//   cy2upy_dict.c    dicts: items, iteration, methods and merging.
//   cy2upy_set.c     sets: construction and methods.
//   cy2upy_iter.c    iteration: iterators and their next().
//   cy2upy_exc.c     CPython's exception classes MicroPython lacks, `except` matching
//   cy2upy_types.c   extension types (cdef classes) from Cython's type specs
//   cy2upy_buffer.c  typed memoryviews over MicroPython's buffer protocol
//   cy2upy_memview.c typed memoryviews as Python objects, cython.view.array, slice copies
//
// Everything that calls nlr_push lives in these files (never in the Rust half). Public
// functions follow CPython's error convention: they never raise through their caller; a
// MicroPython exception raised inside them becomes the pending exception.
#ifndef CY2UPY_INTERNAL_H
#define CY2UPY_INTERNAL_H

#include <math.h>
#include <stdio.h>

#include "py/builtin.h"
#include "py/mpstate.h"
#include "py/objint.h"
#include "py/qstr.h"
#include "py/smallint.h"
#include "cy2upy.h"

// The pending exception and the exception being handled (cy2upy_err.c): PENDING and HANDLED read
// them, SET_PENDING(x) and SET_HANDLED(x) write them. Both are the calling thread's own.
#if !MICROPY_PY_THREAD
#define PENDING (MP_STATE_VM(cy2upy_pending_exc))
#define HANDLED (MP_STATE_VM(cy2upy_handled_exc))
#define SET_PENDING(x) (MP_STATE_VM(cy2upy_pending_exc) = (x))
#define SET_HANDLED(x) (MP_STATE_VM(cy2upy_handled_exc) = (x))
#else
#define EXC_PENDING (0)
#define EXC_HANDLED (1)
#define PENDING (cy_i_thread_exc_get(EXC_PENDING))
#define HANDLED (cy_i_thread_exc_get(EXC_HANDLED))
#define SET_PENDING(x) cy_i_thread_exc_set(EXC_PENDING, (x))
#define SET_HANDLED(x) cy_i_thread_exc_set(EXC_HANDLED, (x))
#endif

// A stack buffer for assembling call arguments; larger calls take a GC block.
#define CY_ARGS_ON_STACK (16)

// The `kwds` argument of a FASTCALL|KEYWORDS function (cy_Pyx_PyCFunction_FastCallWithKeywords
// in cy2upy.h, read back by cy_Pyx_NumKwargs_FASTCALL) for a call with n_kw keyword pairs.
#define CY_KWDS_OF_COUNT(n_kw) ((n_kw) ? MP_OBJ_NEW_SMALL_INT(n_kw) : MP_OBJ_NULL)

// cy2upy_err.c
mp_obj_t cy_i_thread_exc_get(int which);
void cy_i_thread_exc_set(int which, mp_obj_t value);
void cy_i_set_buf_msg(const mp_obj_type_t *type, const uint8_t *buf, size_t len);
const char *cy_i_str_data_or_null(mp_obj_t obj, size_t *len);

// mp_load_method (raising AttributeError), which also finds the special methods of built-in
// objects and types that MicroPython does not expose as attributes (`f.__add__`,
// `list.__contains__(self, x)`, `super().__len__()`): cy2upy_call.c.
void cy_i_load_method_raising(mp_obj_t obj, qstr attr, mp_obj_t *dest);

// cy2upy_call.c
mp_obj_t cy_i_call_method_raising(mp_obj_t self, mp_obj_t name, size_t n, const mp_obj_t *args,
    size_t n_kw, const mp_obj_t *kwnames);

// cy2upy_types.c
// An instance of a Python class deriving from a built-in container (list, dict, set,
// bytearray) inside an __init__ that has not called the base's __init__ yet: MicroPython has
// not made its built-in part, which CPython's tp_new made empty. Make it now, empty (the base's
// __init__, if called later, fills it). Nothing for any other object. Raises (MemoryError).
void cy_i_native_ready(mp_obj_t obj);
// The built-in type `type` is or derives from, through classes defined in Python or extension
// types (the first found depth-first), or NULL for `object`.
const mp_obj_type_t *cy_i_python_class_native_base(const mp_obj_type_t *type);
// A class made by a metaclass (an instance of a class deriving from `type`, made by
// `type.__new__(Meta, ...)`): its built-in part, the type MicroPython made, which MicroPython's
// type(), isinstance() and issubclass() take. Any other object as it is.
mp_obj_t cy_i_class_type(mp_obj_t cls);
// `bases` (a tuple) with cy_i_class_type of each item; `bases` itself when none changes.
mp_obj_t cy_i_type_bases(mp_obj_t bases);
// A new heap array of the positionals then each keyword's name and value from `kw_args` (may be
// NULL), as mp_call_function_n_kw takes them.
mp_obj_t *cy_i_args_with_kw_map(const mp_obj_t *pos, size_t n_pos, size_t n_kw, mp_map_t *kw_args);
// `builtin.__init__(self, *args, **kwargs)` for a built-in type, which MicroPython does not
// expose: the built-in part of a Python subclass's instance made from the arguments.
MP_DECLARE_CONST_FUN_OBJ_KW(cy_i_builtin_init_obj);

// cy2upy_dict.c
// CPython's dict_merge (dict(m), d.update(m), f(**m)): a dict's pairs, or a mapping's keys() with
// m[key] for each, into `dict`. False, with nothing stored, when `src` is neither a dict nor has
// keys() (the caller takes it as an iterable of pairs). MicroPython context: raises.
bool cy_i_dict_merge_mapping(mp_obj_t dict, mp_obj_t src);

// cy2upy_list.c
int cy_i_index_error(const char *what);
int cy_i_call_method_status(mp_obj_t obj, qstr name, size_t n, const mp_obj_t *args);

// cy2upy_buffer.c
// The struct-module format character of a MicroPython buffer typecode.
char cy_i_buffer_format_char(int typecode);
// The native size of a format character's C type, 0 for one Cython cannot read.
size_t cy_i_buffer_itemsize(char ch);
// The MicroPython typecode that hands out items of format character `ch` and size `itemsize`:
// `ch` for those MicroPython's memoryview, array and struct code know, else 'B' (bytes).
int cy_i_buffer_typecode(char ch, size_t itemsize);
// CPython's PyObject_GetBuffer: the exporter's N-D view (shape and strides filled in when it
// leaves them NULL), or MicroPython's flat buffer as one C-contiguous dimension; 0, or -1 with
// the exception pending (TypeError without a buffer, BufferError when not writable as asked).
// Release it with cy_Pyx_SafeReleaseBuffer.
int cy_i_get_buffer(mp_obj_t obj, cy_Py_buffer *buf, int flags);

// A runtime type (not a cdef class) whose buffer has more than MicroPython's one flat dimension
// names CPython's getbuffer and releasebuffer for it (release may be NULL) in its `protocol`
// slot, in this struct: its first field is the type's own buffer slot function, by which
// cy2upy_buffer.c tells it from another protocol. Binding a typed view reaches the type only
// through its objects, so a firmware links such a type only when a module uses it.
typedef struct {
    mp_buffer_fun_t buffer;
    cy_getbufferproc get;
    cy_releasebufferproc release;
} cy_i_nd_exporter_t;

// cy2upy_memview.c (the runtime part MEMVIEW)
#if CY2UPY_PART_MEMVIEW
// A new cython.view.array (raises): `shape` holds `ndim` ints; over `buf` when not NULL.
cy_pyx_array_obj *cy_i_array_make(int ndim, const mp_obj_t *shape, mp_int_t itemsize,
    const char *format, bool fortran, char *buf);
#endif

#endif // CY2UPY_INTERNAL_H
