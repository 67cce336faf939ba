/* Translated by cython2upy 0.1.0 from containers.c (Cython 3.3.1).
 * A MicroPython user C module; see micropython.mk beside this file. */
#include "cy2upy.h"

#if !MICROPY_MODULE_BUILTIN_INIT
#error "cython2upy modules need MICROPY_MODULE_BUILTIN_INIT (module __init__ builds the globals)"
#endif
#if !MICROPY_MODULE_ATTR_DELEGATION
#error "cython2upy modules need MICROPY_MODULE_ATTR_DELEGATION (module globals live in a RAM dict)"
#endif
#if !MICROPY_PY_BUILTINS_FLOAT
#error "the module uses floats: it needs MICROPY_PY_BUILTINS_FLOAT"
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
MP_REGISTER_ROOT_POINTER(void *cy2upy_state_containers);
extern const mp_obj_module_t cy2upy_module_containers;
#define __pyx_m (MP_OBJ_FROM_PTR(&cy2upy_module_containers))
#define __pyx_mstate_global ((__pyx_mstatetype *)MP_STATE_VM(cy2upy_state_containers))

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
/* #### Code section: filename_table ### */

static const char* const __pyx_f[] = {
  "containers.pyx",
  "(tree fragment)",
};
/* The traceback entry of a function whose failing places all name __pyx_f[0] (cython2upy) */
static CYTHON_UNUSED void __pyx_traceback_0(const char *funcname, int lineno) {
    cy_Pyx_AddTracebackIn("containers", funcname, lineno, lineno > 0 ? __pyx_f[0] : NULL);
}

/* #### Code section: numeric_typedefs ### */
/* #### Code section: complex_type_declarations ### */
/* #### Code section: type_declarations ### */

/*--- Type declarations ---*/
struct __pyx_obj_10containers_IntBuffer;
struct __pyx_obj_10containers_IntBufferIter;
struct __pyx_obj_10containers_Node;
struct __pyx_obj_10containers_Stack;
struct __pyx_obj_10containers_Recorder;
struct __pyx_obj_10containers_Matrix2;
struct __pyx_obj_10containers___pyx_scope_struct____iter__;

/* "containers.pyx":6
 *
 *
 * cdef class IntBuffer:             # <<<<<<<<<<<<<<
 *     cdef int *data
 *     cdef int _data[64]
*/
struct __pyx_obj_10containers_IntBuffer {
  CY_OBJ_HEAD;
  struct __pyx_vtabstruct_10containers_IntBuffer *__pyx_vtab;
  int *data;
  int _data[64];
  mp_int_t n;
  mp_int_t capacity;
};

/* "containers.pyx":95
 *
 *
 * cdef class IntBufferIter:             # <<<<<<<<<<<<<<
 *     cdef IntBuffer buf
 *     cdef Py_ssize_t pos
*/
struct __pyx_obj_10containers_IntBufferIter {
  CY_OBJ_HEAD;
  struct __pyx_obj_10containers_IntBuffer *buf;
  mp_int_t pos;
};

/* "containers.pyx":114
 *
 *
 * cdef class Node:             # <<<<<<<<<<<<<<
 *     cdef public object value
 *     cdef public Node next
*/
struct __pyx_obj_10containers_Node {
  CY_OBJ_HEAD;
  mp_obj_t value;
  struct __pyx_obj_10containers_Node *next;
};

/* "containers.pyx":123
 *
 *
 * cdef class Stack:             # <<<<<<<<<<<<<<
 *     cdef Node top
 *     cdef Py_ssize_t size
*/
struct __pyx_obj_10containers_Stack {
  CY_OBJ_HEAD;
  struct __pyx_obj_10containers_Node *top;
  mp_int_t size;
};

/* "containers.pyx":170
 *
 *
 * cdef class Recorder:             # <<<<<<<<<<<<<<
 *     """A context manager that records enter/exit and can swallow errors."""
 *     cdef str label
*/
struct __pyx_obj_10containers_Recorder {
  CY_OBJ_HEAD;
  mp_obj_t label;
  int swallow;
  int depth;
};

/* "containers.pyx":205
 *
 *
 * cdef class Matrix2:             # <<<<<<<<<<<<<<
 *     cdef double a, b, c, d
 *
*/
struct __pyx_obj_10containers_Matrix2 {
  CY_OBJ_HEAD;
  double a;
  double b;
  double c;
  double d;
};

/* "containers.pyx":148
 *         return self.top is not None
 *
 *     def __iter__(self):             # <<<<<<<<<<<<<<
 *         cdef Node n = self.top
 *         while n is not None:
*/
struct __pyx_obj_10containers___pyx_scope_struct____iter__ {
  CY_OBJ_HEAD;
  struct __pyx_obj_10containers_Node *__pyx_v_n;
  struct __pyx_obj_10containers_Stack *__pyx_v_self;
};

/* "containers.pyx":6
 *
 *
 * cdef class IntBuffer:             # <<<<<<<<<<<<<<
 *     cdef int *data
 *     cdef int _data[64]
*/

struct __pyx_vtabstruct_10containers_IntBuffer {
  mp_obj_t (*append)(struct __pyx_obj_10containers_IntBuffer *, int, int __pyx_skip_dispatch);
  mp_int_t (*_index)(struct __pyx_obj_10containers_IntBuffer *, mp_int_t);
};
static struct __pyx_vtabstruct_10containers_IntBuffer *__pyx_vtabptr_10containers_IntBuffer;

/* #### Code section: module_declarations ### */

static mp_obj_t __pyx_f_10containers_9IntBuffer_append(struct __pyx_obj_10containers_IntBuffer *__pyx_v_self, int __pyx_v_value, int __pyx_skip_dispatch); /* proto*/
static mp_int_t __pyx_f_10containers_9IntBuffer__index(struct __pyx_obj_10containers_IntBuffer *__pyx_v_self, mp_int_t __pyx_v_i); /* proto*/

/* Module declarations from "containers" */

/* #### Code section: typeinfo ### */
/* #### Code section: before_global_var ### */
#define __Pyx_MODULE_NAME "containers"
extern int __pyx_module_is_main_containers;
int __pyx_module_is_main_containers = 0;

/* Implementation of "containers" */
/* #### Code section: global_var ### */
MP_REGISTER_ROOT_POINTER(mp_obj_t cy2upy_root_containers___pyx_builtin_object);
#define __pyx_builtin_object (MP_STATE_VM(cy2upy_root_containers___pyx_builtin_object))

MP_REGISTER_ROOT_POINTER(mp_obj_t cy2upy_root_containers___pyx_builtin_staticmethod);
#define __pyx_builtin_staticmethod (MP_STATE_VM(cy2upy_root_containers___pyx_builtin_staticmethod))

MP_REGISTER_ROOT_POINTER(mp_obj_t cy2upy_root_containers___pyx_builtin_NotImplemented);
#define __pyx_builtin_NotImplemented (MP_STATE_VM(cy2upy_root_containers___pyx_builtin_NotImplemented))

/* #### Code section: string_decls ### */

static const char __pyx_k_Container_types_a_fixed_capacity[] = "Container types: a fixed-capacity int buffer, its iterator, a linked stack\nand a context manager.";
/* #### Code section: decls ### */
static int __pyx_pf_10containers_9IntBuffer___cinit__(struct __pyx_obj_10containers_IntBuffer *__pyx_v_self, mp_int_t __pyx_v_capacity, CYTHON_UNUSED mp_obj_t __pyx_v_args, CYTHON_UNUSED mp_obj_t __pyx_v_kwargs); /* proto */
static int __pyx_pf_10containers_9IntBuffer_2__init__(struct __pyx_obj_10containers_IntBuffer *__pyx_v_self, CYTHON_UNUSED mp_int_t __pyx_v_capacity, mp_obj_t __pyx_v_items); /* proto */
static mp_obj_t __pyx_pf_10containers_9IntBuffer_4append(struct __pyx_obj_10containers_IntBuffer *__pyx_v_self, int __pyx_v_value); /* proto */
static mp_int_t __pyx_pf_10containers_9IntBuffer_6__len__(struct __pyx_obj_10containers_IntBuffer *__pyx_v_self); /* proto */
static mp_obj_t __pyx_pf_10containers_9IntBuffer_8__getitem__(struct __pyx_obj_10containers_IntBuffer *__pyx_v_self, mp_obj_t __pyx_v_idx); /* proto */
static int __pyx_pf_10containers_9IntBuffer_10__setitem__(struct __pyx_obj_10containers_IntBuffer *__pyx_v_self, mp_int_t __pyx_v_idx, int __pyx_v_value); /* proto */
static int __pyx_pf_10containers_9IntBuffer_12__delitem__(struct __pyx_obj_10containers_IntBuffer *__pyx_v_self, mp_int_t __pyx_v_idx); /* proto */
static int __pyx_pf_10containers_9IntBuffer_14__contains__(struct __pyx_obj_10containers_IntBuffer *__pyx_v_self, mp_obj_t __pyx_v_value); /* proto */
static mp_obj_t __pyx_pf_10containers_9IntBuffer_16__iter__(struct __pyx_obj_10containers_IntBuffer *__pyx_v_self); /* proto */
static mp_obj_t __pyx_pf_10containers_9IntBuffer_18__repr__(struct __pyx_obj_10containers_IntBuffer *__pyx_v_self); /* proto */
static mp_obj_t __pyx_pf_10containers_9IntBuffer_20__eq__(struct __pyx_obj_10containers_IntBuffer *__pyx_v_self, mp_obj_t __pyx_v_other); /* proto */
static mp_obj_t __pyx_pf_10containers_9IntBuffer_22__lt__(struct __pyx_obj_10containers_IntBuffer *__pyx_v_self, struct __pyx_obj_10containers_IntBuffer *__pyx_v_other); /* proto */
static mp_obj_t __pyx_pf_10containers_9IntBuffer_24__le__(struct __pyx_obj_10containers_IntBuffer *__pyx_v_self, struct __pyx_obj_10containers_IntBuffer *__pyx_v_other); /* proto */
static mp_obj_t __pyx_pf_10containers_9IntBuffer_26__iadd__(struct __pyx_obj_10containers_IntBuffer *__pyx_v_self, mp_obj_t __pyx_v_other); /* proto */
static mp_obj_t __pyx_pf_10containers_9IntBuffer_28sum(struct __pyx_obj_10containers_IntBuffer *__pyx_v_self); /* proto */

static int __pyx_pf_10containers_13IntBufferIter___cinit__(struct __pyx_obj_10containers_IntBufferIter *__pyx_v_self, struct __pyx_obj_10containers_IntBuffer *__pyx_v_buf); /* proto */
static mp_obj_t __pyx_pf_10containers_13IntBufferIter_2__iter__(struct __pyx_obj_10containers_IntBufferIter *__pyx_v_self); /* proto */
static mp_obj_t __pyx_pf_10containers_13IntBufferIter_4__next__(struct __pyx_obj_10containers_IntBufferIter *__pyx_v_self); /* proto */

static int __pyx_pf_10containers_4Node___init__(struct __pyx_obj_10containers_Node *__pyx_v_self, mp_obj_t __pyx_v_value, struct __pyx_obj_10containers_Node *__pyx_v_next); /* proto */

static mp_obj_t __pyx_pf_10containers_4Node_4next___get__(struct __pyx_obj_10containers_Node *__pyx_v_self); /* proto */
static int __pyx_pf_10containers_4Node_4next_2__set__(struct __pyx_obj_10containers_Node *__pyx_v_self, mp_obj_t __pyx_v_value); /* proto */
static int __pyx_pf_10containers_4Node_4next_4__del__(struct __pyx_obj_10containers_Node *__pyx_v_self); /* proto */

static mp_obj_t __pyx_pf_10containers_5Stack_push(struct __pyx_obj_10containers_Stack *__pyx_v_self, mp_obj_t __pyx_v_value); /* proto */
static mp_obj_t __pyx_pf_10containers_5Stack_2pop(struct __pyx_obj_10containers_Stack *__pyx_v_self); /* proto */
static mp_obj_t __pyx_pf_10containers_5Stack_4peek(struct __pyx_obj_10containers_Stack *__pyx_v_self); /* proto */
static mp_int_t __pyx_pf_10containers_5Stack_6__len__(struct __pyx_obj_10containers_Stack *__pyx_v_self); /* proto */
static int __pyx_pf_10containers_5Stack_8__bool__(struct __pyx_obj_10containers_Stack *__pyx_v_self); /* proto */
static mp_obj_t __pyx_pf_10containers_5Stack_10__iter__(struct __pyx_obj_10containers_Stack *__pyx_v_self); /* proto */
static mp_obj_t __pyx_pf_10containers_5Stack_13to_list(struct __pyx_obj_10containers_Stack *__pyx_v_self); /* proto */
static mp_obj_t __pyx_pf_10containers_5Stack_4head___get__(struct __pyx_obj_10containers_Stack *__pyx_v_self); /* proto */

static int __pyx_pf_10containers_8Recorder___init__(struct __pyx_obj_10containers_Recorder *__pyx_v_self, mp_obj_t __pyx_v_label, mp_obj_t __pyx_v_swallow); /* proto */
static mp_obj_t __pyx_pf_10containers_8Recorder_2__enter__(struct __pyx_obj_10containers_Recorder *__pyx_v_self); /* proto */
static mp_obj_t __pyx_pf_10containers_8Recorder_4__exit__(struct __pyx_obj_10containers_Recorder *__pyx_v_self, mp_obj_t __pyx_v_exc_type, CYTHON_UNUSED mp_obj_t __pyx_v_exc, CYTHON_UNUSED mp_obj_t __pyx_v_tb); /* proto */
static mp_obj_t __pyx_pf_10containers_8Recorder_6__call__(struct __pyx_obj_10containers_Recorder *__pyx_v_self, mp_obj_t __pyx_v_msg); /* proto */

static mp_obj_t __pyx_pf_10containers_use_recorder(CYTHON_UNUSED mp_obj_t __pyx_self, mp_obj_t __pyx_v_label); /* proto */
static int __pyx_pf_10containers_7Matrix2___init__(struct __pyx_obj_10containers_Matrix2 *__pyx_v_self, mp_obj_t __pyx_v_a, mp_obj_t __pyx_v_b, mp_obj_t __pyx_v_c, mp_obj_t __pyx_v_d); /* proto */
static mp_obj_t __pyx_pf_10containers_7Matrix2_2__matmul__(struct __pyx_obj_10containers_Matrix2 *__pyx_v_self, struct __pyx_obj_10containers_Matrix2 *__pyx_v_o); /* proto */
static mp_obj_t __pyx_pf_10containers_7Matrix2_4__invert__(struct __pyx_obj_10containers_Matrix2 *__pyx_v_self); /* proto */
static mp_obj_t __pyx_pf_10containers_7Matrix2_6__getitem__(struct __pyx_obj_10containers_Matrix2 *__pyx_v_self, mp_obj_t __pyx_v_key); /* proto */
static mp_int_t __pyx_pf_10containers_7Matrix2_8__hash__(struct __pyx_obj_10containers_Matrix2 *__pyx_v_self); /* proto */
static mp_obj_t __pyx_pf_10containers_7Matrix2_10__richcmp__(struct __pyx_obj_10containers_Matrix2 *__pyx_v_self, mp_obj_t __pyx_v_other, int __pyx_v_op); /* proto */
static mp_obj_t __pyx_pf_10containers_7Matrix2_12rows(struct __pyx_obj_10containers_Matrix2 *__pyx_v_self); /* proto */

static mp_obj_t __pyx_pf_10containers_2del_at(CYTHON_UNUSED mp_obj_t __pyx_self, mp_obj_t __pyx_v_items, int __pyx_v_i); /* proto */
static mp_obj_t __pyx_pf_10containers_5Pairs___getitem__(CYTHON_UNUSED mp_obj_t __pyx_self, CYTHON_UNUSED mp_obj_t __pyx_v_self, mp_obj_t __pyx_v_k); /* proto */
static mp_obj_t __pyx_pf_10containers_5Pairs_2keys(CYTHON_UNUSED mp_obj_t __pyx_self, CYTHON_UNUSED mp_obj_t __pyx_v_self); /* proto */
static mp_obj_t __pyx_pf_10containers_4kw_names(CYTHON_UNUSED mp_obj_t __pyx_self, mp_obj_t __pyx_v_kwargs); /* proto */
static mp_obj_t __pyx_pf_10containers_6from_mapping(CYTHON_UNUSED mp_obj_t __pyx_self, mp_obj_t __pyx_v_m); /* proto */
static mp_obj_t __pyx_pf_10containers_6Filled___init__(CYTHON_UNUSED mp_obj_t __pyx_self, mp_obj_t __pyx_v_self, mp_obj_t __pyx_v_n); /* proto */
static mp_obj_t __pyx_pf_10containers_7NameLog___init__(CYTHON_UNUSED mp_obj_t __pyx_self, mp_obj_t __pyx_v_self); /* proto */
static mp_obj_t __pyx_pf_10containers_7NameLog_2__setitem__(CYTHON_UNUSED mp_obj_t __pyx_self, mp_obj_t __pyx_v_self, mp_obj_t __pyx_v_key, mp_obj_t __pyx_v_value); /* proto */
static mp_obj_t __pyx_pf_10containers_13RecordingMeta___prepare__(CYTHON_UNUSED mp_obj_t __pyx_self, CYTHON_UNUSED mp_obj_t __pyx_v_args, CYTHON_UNUSED mp_obj_t __pyx_v_kwargs); /* proto */
static mp_obj_t __pyx_pf_10containers_8Recorded_f(CYTHON_UNUSED mp_obj_t __pyx_self, CYTHON_UNUSED mp_obj_t __pyx_v_self); /* proto */
static mp_obj_t __pyx_pf_10containers_12CheckingMeta___new__(CYTHON_UNUSED mp_obj_t __pyx_self, mp_obj_t __pyx_v_cls, mp_obj_t __pyx_v_name, mp_obj_t __pyx_v_bases, mp_obj_t __pyx_v_ns); /* proto */

static mp_obj_t __pyx_tp_new__initialisation_10containers_IntBuffer(mp_obj_t o, mp_obj_t a, mp_obj_t k); /*proto*/
static mp_obj_t __pyx_tp_new_10containers_IntBuffer(cy_PyTypeObject *t, mp_obj_t a, mp_obj_t k); /*proto*/
static mp_obj_t __pyx_tp_new__initialisation_10containers_IntBufferIter(mp_obj_t o,

    mp_obj_t const *args, mp_int_t nargs, mp_obj_t kwnames

); /*proto*/
static mp_obj_t __pyx_tp_new_vectorcall_10containers_IntBufferIter(cy_PyTypeObject *t,

    mp_obj_t const *args, mp_int_t nargs, mp_obj_t kwnames

); /*proto*/

static mp_obj_t __pyx_tp_new_10containers_IntBufferIter(cy_PyTypeObject *t, mp_obj_t a, mp_obj_t k); /*proto*/

static mp_obj_t __pyx_tp_vectorcall_10containers_IntBufferIter(mp_obj_t t, mp_obj_t const *args, size_t nargsf, mp_obj_t kwnames); /*proto*/

static mp_obj_t __pyx_tp_new__initialisation_10containers_Node(mp_obj_t o,

    mp_obj_t const *args, mp_int_t nargs, mp_obj_t kwnames

); /*proto*/
static mp_obj_t __pyx_tp_new_vectorcall_10containers_Node(cy_PyTypeObject *t,

    mp_obj_t const *args, mp_int_t nargs, mp_obj_t kwnames

); /*proto*/

static mp_obj_t __pyx_tp_new_10containers_Node(cy_PyTypeObject *t, mp_obj_t a, mp_obj_t k); /*proto*/

static mp_obj_t __pyx_tp_vectorcall_10containers_Node(mp_obj_t t, mp_obj_t const *args, size_t nargsf, mp_obj_t kwnames); /*proto*/

static int __pyx_tp_init_10containers_Node(mp_obj_t o, mp_obj_t args, mp_obj_t kwds); /*proto*/

static mp_obj_t __pyx_tp_new__initialisation_10containers_Stack(mp_obj_t o,

    mp_obj_t const *args, mp_int_t nargs, mp_obj_t kwnames

); /*proto*/
static mp_obj_t __pyx_tp_new_vectorcall_10containers_Stack(cy_PyTypeObject *t,

    mp_obj_t const *args, mp_int_t nargs, mp_obj_t kwnames

); /*proto*/

static mp_obj_t __pyx_tp_new_10containers_Stack(cy_PyTypeObject *t, mp_obj_t a, mp_obj_t k); /*proto*/

static mp_obj_t __pyx_tp_vectorcall_10containers_Stack(mp_obj_t t, mp_obj_t const *args, size_t nargsf, mp_obj_t kwnames); /*proto*/

static mp_obj_t __pyx_tp_new__initialisation_10containers_Recorder(mp_obj_t o,

    mp_obj_t const *args, mp_int_t nargs, mp_obj_t kwnames

); /*proto*/
static mp_obj_t __pyx_tp_new_vectorcall_10containers_Recorder(cy_PyTypeObject *t,

    mp_obj_t const *args, mp_int_t nargs, mp_obj_t kwnames

); /*proto*/

static mp_obj_t __pyx_tp_new_10containers_Recorder(cy_PyTypeObject *t, mp_obj_t a, mp_obj_t k); /*proto*/

static mp_obj_t __pyx_tp_vectorcall_10containers_Recorder(mp_obj_t t, mp_obj_t const *args, size_t nargsf, mp_obj_t kwnames); /*proto*/

static int __pyx_tp_init_10containers_Recorder(mp_obj_t o, mp_obj_t args, mp_obj_t kwds); /*proto*/

static int __pyx_tp_init_10containers_Matrix2(mp_obj_t o, mp_obj_t args, mp_obj_t kwds); /*proto*/

static mp_obj_t __pyx_tp_new__initialisation_10containers___pyx_scope_struct____iter__(mp_obj_t o,

    mp_obj_t const *args, mp_int_t nargs, mp_obj_t kwnames

); /*proto*/
static mp_obj_t __pyx_tp_new_vectorcall_10containers___pyx_scope_struct____iter__(cy_PyTypeObject *t,

    mp_obj_t const *args, mp_int_t nargs, mp_obj_t kwnames

); /*proto*/

static mp_obj_t __pyx_tp_new_10containers___pyx_scope_struct____iter__(cy_PyTypeObject *t, mp_obj_t a, mp_obj_t k); /*proto*/

static mp_obj_t __pyx_tp_vectorcall_10containers___pyx_scope_struct____iter__(mp_obj_t t, mp_obj_t const *args, size_t nargsf, mp_obj_t kwnames); /*proto*/

/* #### Code section: late_includes ### */
/* #### Code section: module_state ### */

  typedef struct {
    mp_obj_t __pyx_d;
    mp_obj_t __pyx_b;
    mp_obj_t __pyx_cython_runtime;
    mp_obj_t __pyx_empty_tuple;
    mp_obj_t __pyx_empty_bytes;
    mp_obj_t __pyx_empty_unicode;
    mp_obj_t __pyx_type_10containers_IntBuffer;
    mp_obj_t __pyx_type_10containers_IntBufferIter;
    mp_obj_t __pyx_type_10containers_Node;
    mp_obj_t __pyx_type_10containers_Stack;
    mp_obj_t __pyx_type_10containers_Recorder;
    mp_obj_t __pyx_type_10containers_Matrix2;
    mp_obj_t __pyx_type_10containers___pyx_scope_struct____iter__;
    cy_PyTypeObject *__pyx_ptype_10containers_IntBuffer;
    cy_PyTypeObject *__pyx_ptype_10containers_IntBufferIter;
    cy_PyTypeObject *__pyx_ptype_10containers_Node;
    cy_PyTypeObject *__pyx_ptype_10containers_Stack;
    cy_PyTypeObject *__pyx_ptype_10containers_Recorder;
    cy_PyTypeObject *__pyx_ptype_10containers_Matrix2;
    cy_PyTypeObject *__pyx_ptype_10containers___pyx_scope_struct____iter__;

    cy_Pyx_CachedCFunction __pyx_umethod_PyDict_Type__update;
    mp_obj_t __pyx_tuple[3];
    mp_obj_t __pyx_codeobj_tab[38];

    mp_obj_t __pyx_number_tab[8];
/* #### Code section: module_state_contents ### */

/* #### Code section: module_state_end ### */
} __pyx_mstatetype;

/* #### Code section: constant_name_defines ### */
#define __pyx_kp_u_with (*(mp_obj_t *)&__pyx_string_tab[0])
#define __pyx_kp_u_ (*(mp_obj_t *)&__pyx_string_tab[1])
#define __pyx_kp_u__3 (*(mp_obj_t *)&__pyx_string_tab[2])
#define __pyx_kp_u_A_class_namespace_that_records_t (*(mp_obj_t *)&__pyx_string_tab[3])
#define __pyx_kp_u_A_dict_subclass_whose___init___s (*(mp_obj_t *)&__pyx_string_tab[4])
#define __pyx_kp_u_A_mapping_that_is_not_a_dict_key (*(mp_obj_t *)&__pyx_string_tab[5])
#define __pyx_kp_u_A_metaclass_whose___new___gets_t (*(mp_obj_t *)&__pyx_string_tab[6])
#define __pyx_kp_u_A_metaclass_whose___prepare___gi (*(mp_obj_t *)&__pyx_string_tab[7])
#define __pyx_kp_u_IntBuffer_index_out_of_range (*(mp_obj_t *)&__pyx_string_tab[8])
#define __pyx_kp_u_IntBuffer (*(mp_obj_t *)&__pyx_string_tab[9])
#define __pyx_kp_u_buffer_full (*(mp_obj_t *)&__pyx_string_tab[10])
#define __pyx_kp_u_capacity_must_be_in_0_64 (*(mp_obj_t *)&__pyx_string_tab[11])
#define __pyx_kp_u_enter (*(mp_obj_t *)&__pyx_string_tab[12])
#define __pyx_kp_u_exit (*(mp_obj_t *)&__pyx_string_tab[13])
#define __pyx_kp_u_pop_from_empty_stack (*(mp_obj_t *)&__pyx_string_tab[14])
#define __pyx_n_u_Checked (*(mp_obj_t *)&__pyx_string_tab[15])
#define __pyx_n_u_CheckingMeta (*(mp_obj_t *)&__pyx_string_tab[16])
#define __pyx_n_u_CheckingMeta___new (*(mp_obj_t *)&__pyx_string_tab[17])
#define __pyx_n_u_Filled (*(mp_obj_t *)&__pyx_string_tab[18])
#define __pyx_n_u_Filled___init (*(mp_obj_t *)&__pyx_string_tab[19])
#define __pyx_n_u_IntBuffer_2 (*(mp_obj_t *)&__pyx_string_tab[20])
#define __pyx_n_u_IntBuffer_append (*(mp_obj_t *)&__pyx_string_tab[21])
#define __pyx_n_u_IntBuffer_sum (*(mp_obj_t *)&__pyx_string_tab[22])
#define __pyx_n_u_IntBufferIter (*(mp_obj_t *)&__pyx_string_tab[23])
#define __pyx_n_u_Matrix2 (*(mp_obj_t *)&__pyx_string_tab[24])
#define __pyx_n_u_Matrix2_rows (*(mp_obj_t *)&__pyx_string_tab[25])
#define __pyx_n_u_NameLog (*(mp_obj_t *)&__pyx_string_tab[26])
#define __pyx_n_u_NameLog___init (*(mp_obj_t *)&__pyx_string_tab[27])
#define __pyx_n_u_NameLog___setitem (*(mp_obj_t *)&__pyx_string_tab[28])
#define __pyx_n_u_Node (*(mp_obj_t *)&__pyx_string_tab[29])
#define __pyx_n_u_NotImplemented (*(mp_obj_t *)&__pyx_string_tab[30])
#define __pyx_n_u_Pairs (*(mp_obj_t *)&__pyx_string_tab[31])
#define __pyx_n_u_Pairs___getitem (*(mp_obj_t *)&__pyx_string_tab[32])
#define __pyx_n_u_Pairs_keys (*(mp_obj_t *)&__pyx_string_tab[33])
#define __pyx_n_u_Recorded (*(mp_obj_t *)&__pyx_string_tab[34])
#define __pyx_n_u_Recorded_f (*(mp_obj_t *)&__pyx_string_tab[35])
#define __pyx_n_u_Recorder (*(mp_obj_t *)&__pyx_string_tab[36])
#define __pyx_n_u_Recorder___enter (*(mp_obj_t *)&__pyx_string_tab[37])
#define __pyx_n_u_Recorder___exit (*(mp_obj_t *)&__pyx_string_tab[38])
#define __pyx_n_u_RecordingMeta (*(mp_obj_t *)&__pyx_string_tab[39])
#define __pyx_n_u_RecordingMeta___prepare (*(mp_obj_t *)&__pyx_string_tab[40])
#define __pyx_n_u_Stack (*(mp_obj_t *)&__pyx_string_tab[41])
#define __pyx_n_u_Stack___iter (*(mp_obj_t *)&__pyx_string_tab[42])
#define __pyx_n_u_Stack_peek (*(mp_obj_t *)&__pyx_string_tab[43])
#define __pyx_n_u_Stack_pop (*(mp_obj_t *)&__pyx_string_tab[44])
#define __pyx_n_u_Stack_push (*(mp_obj_t *)&__pyx_string_tab[45])
#define __pyx_n_u_Stack_to_list (*(mp_obj_t *)&__pyx_string_tab[46])
#define __pyx_n_u_enter_2 (*(mp_obj_t *)&__pyx_string_tab[47])
#define __pyx_n_u_exit_2 (*(mp_obj_t *)&__pyx_string_tab[48])
#define __pyx_n_u_getitem (*(mp_obj_t *)&__pyx_string_tab[49])
#define __pyx_n_u_init (*(mp_obj_t *)&__pyx_string_tab[50])
#define __pyx_n_u_iter (*(mp_obj_t *)&__pyx_string_tab[51])
#define __pyx_n_u_name (*(mp_obj_t *)&__pyx_string_tab[52])
#define __pyx_n_u_new (*(mp_obj_t *)&__pyx_string_tab[53])
#define __pyx_n_u_prepare (*(mp_obj_t *)&__pyx_string_tab[54])
#define __pyx_n_u_setitem (*(mp_obj_t *)&__pyx_string_tab[55])
#define __pyx_n_u_test (*(mp_obj_t *)&__pyx_string_tab[56])
#define __pyx_n_u_a (*(mp_obj_t *)&__pyx_string_tab[57])
#define __pyx_n_u_append (*(mp_obj_t *)&__pyx_string_tab[58])
#define __pyx_n_u_b (*(mp_obj_t *)&__pyx_string_tab[59])
#define __pyx_n_u_bases (*(mp_obj_t *)&__pyx_string_tab[60])
#define __pyx_n_u_buf (*(mp_obj_t *)&__pyx_string_tab[61])
#define __pyx_n_u_c (*(mp_obj_t *)&__pyx_string_tab[62])
#define __pyx_n_u_capacity (*(mp_obj_t *)&__pyx_string_tab[63])
#define __pyx_n_u_checked (*(mp_obj_t *)&__pyx_string_tab[64])
#define __pyx_n_u_cls (*(mp_obj_t *)&__pyx_string_tab[65])
#define __pyx_n_u_containers (*(mp_obj_t *)&__pyx_string_tab[66])
#define __pyx_n_u_d (*(mp_obj_t *)&__pyx_string_tab[67])
#define __pyx_n_u_del_at (*(mp_obj_t *)&__pyx_string_tab[68])
#define __pyx_n_u_depth (*(mp_obj_t *)&__pyx_string_tab[69])
#define __pyx_n_u_exc (*(mp_obj_t *)&__pyx_string_tab[70])
#define __pyx_n_u_exc_type (*(mp_obj_t *)&__pyx_string_tab[71])
#define __pyx_n_u_f (*(mp_obj_t *)&__pyx_string_tab[72])
#define __pyx_n_u_from_mapping (*(mp_obj_t *)&__pyx_string_tab[73])
#define __pyx_n_u_i (*(mp_obj_t *)&__pyx_string_tab[74])
#define __pyx_n_u_indices (*(mp_obj_t *)&__pyx_string_tab[75])
#define __pyx_n_u_inside (*(mp_obj_t *)&__pyx_string_tab[76])
#define __pyx_n_u_items (*(mp_obj_t *)&__pyx_string_tab[77])
#define __pyx_n_u_k (*(mp_obj_t *)&__pyx_string_tab[78])
#define __pyx_n_u_key (*(mp_obj_t *)&__pyx_string_tab[79])
#define __pyx_n_u_keys (*(mp_obj_t *)&__pyx_string_tab[80])
#define __pyx_n_u_kw_names (*(mp_obj_t *)&__pyx_string_tab[81])
#define __pyx_n_u_label (*(mp_obj_t *)&__pyx_string_tab[82])
#define __pyx_n_u_log (*(mp_obj_t *)&__pyx_string_tab[83])
#define __pyx_n_u_m (*(mp_obj_t *)&__pyx_string_tab[84])
#define __pyx_n_u_msg (*(mp_obj_t *)&__pyx_string_tab[85])
#define __pyx_n_u_n (*(mp_obj_t *)&__pyx_string_tab[86])
#define __pyx_n_u_name_2 (*(mp_obj_t *)&__pyx_string_tab[87])
#define __pyx_n_u_next (*(mp_obj_t *)&__pyx_string_tab[88])
#define __pyx_n_u_ns (*(mp_obj_t *)&__pyx_string_tab[89])
#define __pyx_n_u_object (*(mp_obj_t *)&__pyx_string_tab[90])
#define __pyx_n_u_order (*(mp_obj_t *)&__pyx_string_tab[91])
#define __pyx_n_u_peek (*(mp_obj_t *)&__pyx_string_tab[92])
#define __pyx_n_u_pop (*(mp_obj_t *)&__pyx_string_tab[93])
#define __pyx_n_u_push (*(mp_obj_t *)&__pyx_string_tab[94])
#define __pyx_n_u_rows (*(mp_obj_t *)&__pyx_string_tab[95])
#define __pyx_n_u_self (*(mp_obj_t *)&__pyx_string_tab[96])
#define __pyx_n_u_staticmethod (*(mp_obj_t *)&__pyx_string_tab[97])
#define __pyx_n_u_sum (*(mp_obj_t *)&__pyx_string_tab[98])
#define __pyx_n_u_swallow (*(mp_obj_t *)&__pyx_string_tab[99])
#define __pyx_n_u_tb (*(mp_obj_t *)&__pyx_string_tab[100])
#define __pyx_n_u_to_list (*(mp_obj_t *)&__pyx_string_tab[101])
#define __pyx_n_u_update (*(mp_obj_t *)&__pyx_string_tab[102])
#define __pyx_n_u_use_recorder (*(mp_obj_t *)&__pyx_string_tab[103])
#define __pyx_n_u_value (*(mp_obj_t *)&__pyx_string_tab[104])
#define __pyx_n_u_x (*(mp_obj_t *)&__pyx_string_tab[105])
#define __pyx_n_u_y (*(mp_obj_t *)&__pyx_string_tab[106])
#define __pyx_n_u_z (*(mp_obj_t *)&__pyx_string_tab[107])
/* Cython's string constants, decoded at translation time: qstrs and ROM objects. */
static const mp_obj_str_t __pyx_str_obj_0 = {{&mp_type_str}, 0, 6, (const byte *)" with "};
static const mp_obj_str_t __pyx_str_obj_2 = {{&mp_type_str}, 0, 1, (const byte *)")"};
static const mp_obj_str_t __pyx_str_obj_3 = {{&mp_type_str}, 0, 2, (const byte *)": "};
static const mp_obj_str_t __pyx_str_obj_5 = {{&mp_type_str}, 0, 54, (const byte *)"A class namespace that records the order of its names."};
static const mp_obj_str_t __pyx_str_obj_6 = {{&mp_type_str}, 0, 151, (const byte *)"A dict subclass whose __init__ stores items without calling dict.__init__ (CPython's\012    dict.__new__ made the dict part, empty, before __init__ runs)."};
static const mp_obj_str_t __pyx_str_obj_7 = {{&mp_type_str}, 0, 79, (const byte *)"A mapping that is not a dict: keys() and __getitem__, no items() nor iteration."};
static const mp_obj_str_t __pyx_str_obj_8 = {{&mp_type_str}, 0, 87, (const byte *)"A metaclass whose __new__ gets the namespace __prepare__ made, then calls type.__new__."};
static const mp_obj_str_t __pyx_str_obj_9 = {{&mp_type_str}, 0, 61, (const byte *)"A metaclass whose __prepare__ gives the class body a NameLog."};
static const mp_obj_str_t __pyx_str_obj_10 = {{&mp_type_str}, 0, 28, (const byte *)"IntBuffer index out of range"};
static const mp_obj_str_t __pyx_str_obj_11 = {{&mp_type_str}, 0, 10, (const byte *)"IntBuffer("};
static const mp_obj_str_t __pyx_str_obj_15 = {{&mp_type_str}, 0, 11, (const byte *)"buffer full"};
static const mp_obj_str_t __pyx_str_obj_16 = {{&mp_type_str}, 0, 25, (const byte *)"capacity must be in 0..64"};
static const mp_obj_str_t __pyx_str_obj_20 = {{&mp_type_str}, 0, 6, (const byte *)"enter "};
static const mp_obj_str_t __pyx_str_obj_21 = {{&mp_type_str}, 0, 5, (const byte *)"exit "};
static const mp_obj_str_t __pyx_str_obj_25 = {{&mp_type_str}, 0, 20, (const byte *)"pop from empty stack"};
static const mp_obj_str_t __pyx_str_obj_28 = {{&mp_type_str}, 0, 20, (const byte *)"CheckingMeta.__new__"};
static const mp_obj_str_t __pyx_str_obj_30 = {{&mp_type_str}, 0, 15, (const byte *)"Filled.__init__"};
static const mp_obj_str_t __pyx_str_obj_34 = {{&mp_type_str}, 0, 16, (const byte *)"IntBuffer.append"};
static const mp_obj_str_t __pyx_str_obj_35 = {{&mp_type_str}, 0, 13, (const byte *)"IntBuffer.sum"};
static const mp_obj_str_t __pyx_str_obj_42 = {{&mp_type_str}, 0, 12, (const byte *)"Matrix2.rows"};
static const mp_obj_str_t __pyx_str_obj_44 = {{&mp_type_str}, 0, 16, (const byte *)"NameLog.__init__"};
static const mp_obj_str_t __pyx_str_obj_45 = {{&mp_type_str}, 0, 19, (const byte *)"NameLog.__setitem__"};
static const mp_obj_str_t __pyx_str_obj_51 = {{&mp_type_str}, 0, 17, (const byte *)"Pairs.__getitem__"};
static const mp_obj_str_t __pyx_str_obj_52 = {{&mp_type_str}, 0, 10, (const byte *)"Pairs.keys"};
static const mp_obj_str_t __pyx_str_obj_54 = {{&mp_type_str}, 0, 10, (const byte *)"Recorded.f"};
static const mp_obj_str_t __pyx_str_obj_56 = {{&mp_type_str}, 0, 18, (const byte *)"Recorder.__enter__"};
static const mp_obj_str_t __pyx_str_obj_57 = {{&mp_type_str}, 0, 17, (const byte *)"Recorder.__exit__"};
static const mp_obj_str_t __pyx_str_obj_61 = {{&mp_type_str}, 0, 25, (const byte *)"RecordingMeta.__prepare__"};
static const mp_obj_str_t __pyx_str_obj_63 = {{&mp_type_str}, 0, 14, (const byte *)"Stack.__iter__"};
static const mp_obj_str_t __pyx_str_obj_66 = {{&mp_type_str}, 0, 10, (const byte *)"Stack.peek"};
static const mp_obj_str_t __pyx_str_obj_67 = {{&mp_type_str}, 0, 9, (const byte *)"Stack.pop"};
static const mp_obj_str_t __pyx_str_obj_68 = {{&mp_type_str}, 0, 10, (const byte *)"Stack.push"};
static const mp_obj_str_t __pyx_str_obj_69 = {{&mp_type_str}, 0, 13, (const byte *)"Stack.to_list"};
static const mp_rom_obj_t __pyx_string_tab[108] = {
    MP_ROM_PTR(&__pyx_str_obj_0),
    MP_ROM_PTR(&__pyx_str_obj_2),
    MP_ROM_PTR(&__pyx_str_obj_3),
    MP_ROM_PTR(&__pyx_str_obj_5),
    MP_ROM_PTR(&__pyx_str_obj_6),
    MP_ROM_PTR(&__pyx_str_obj_7),
    MP_ROM_PTR(&__pyx_str_obj_8),
    MP_ROM_PTR(&__pyx_str_obj_9),
    MP_ROM_PTR(&__pyx_str_obj_10),
    MP_ROM_PTR(&__pyx_str_obj_11),
    MP_ROM_PTR(&__pyx_str_obj_15),
    MP_ROM_PTR(&__pyx_str_obj_16),
    MP_ROM_PTR(&__pyx_str_obj_20),
    MP_ROM_PTR(&__pyx_str_obj_21),
    MP_ROM_PTR(&__pyx_str_obj_25),
    MP_ROM_QSTR(MP_QSTR_Checked),
    MP_ROM_QSTR(MP_QSTR_CheckingMeta),
    MP_ROM_PTR(&__pyx_str_obj_28),
    MP_ROM_QSTR(MP_QSTR_Filled),
    MP_ROM_PTR(&__pyx_str_obj_30),
    MP_ROM_QSTR(MP_QSTR_IntBuffer),
    MP_ROM_PTR(&__pyx_str_obj_34),
    MP_ROM_PTR(&__pyx_str_obj_35),
    MP_ROM_QSTR(MP_QSTR_IntBufferIter),
    MP_ROM_QSTR(MP_QSTR_Matrix2),
    MP_ROM_PTR(&__pyx_str_obj_42),
    MP_ROM_QSTR(MP_QSTR_NameLog),
    MP_ROM_PTR(&__pyx_str_obj_44),
    MP_ROM_PTR(&__pyx_str_obj_45),
    MP_ROM_QSTR(MP_QSTR_Node),
    MP_ROM_QSTR(MP_QSTR_NotImplemented),
    MP_ROM_QSTR(MP_QSTR_Pairs),
    MP_ROM_PTR(&__pyx_str_obj_51),
    MP_ROM_PTR(&__pyx_str_obj_52),
    MP_ROM_QSTR(MP_QSTR_Recorded),
    MP_ROM_PTR(&__pyx_str_obj_54),
    MP_ROM_QSTR(MP_QSTR_Recorder),
    MP_ROM_PTR(&__pyx_str_obj_56),
    MP_ROM_PTR(&__pyx_str_obj_57),
    MP_ROM_QSTR(MP_QSTR_RecordingMeta),
    MP_ROM_PTR(&__pyx_str_obj_61),
    MP_ROM_QSTR(MP_QSTR_Stack),
    MP_ROM_PTR(&__pyx_str_obj_63),
    MP_ROM_PTR(&__pyx_str_obj_66),
    MP_ROM_PTR(&__pyx_str_obj_67),
    MP_ROM_PTR(&__pyx_str_obj_68),
    MP_ROM_PTR(&__pyx_str_obj_69),
    MP_ROM_QSTR(MP_QSTR___enter__),
    MP_ROM_QSTR(MP_QSTR___exit__),
    MP_ROM_QSTR(MP_QSTR___getitem__),
    MP_ROM_QSTR(MP_QSTR___init__),
    MP_ROM_QSTR(MP_QSTR___iter__),
    MP_ROM_QSTR(MP_QSTR___name__),
    MP_ROM_QSTR(MP_QSTR___new__),
    MP_ROM_QSTR(MP_QSTR___prepare__),
    MP_ROM_QSTR(MP_QSTR___setitem__),
    MP_ROM_QSTR(MP_QSTR___test__),
    MP_ROM_QSTR(MP_QSTR_a),
    MP_ROM_QSTR(MP_QSTR_append),
    MP_ROM_QSTR(MP_QSTR_b),
    MP_ROM_QSTR(MP_QSTR_bases),
    MP_ROM_QSTR(MP_QSTR_buf),
    MP_ROM_QSTR(MP_QSTR_c),
    MP_ROM_QSTR(MP_QSTR_capacity),
    MP_ROM_QSTR(MP_QSTR_checked),
    MP_ROM_QSTR(MP_QSTR_cls),
    MP_ROM_QSTR(MP_QSTR_containers),
    MP_ROM_QSTR(MP_QSTR_d),
    MP_ROM_QSTR(MP_QSTR_del_at),
    MP_ROM_QSTR(MP_QSTR_depth),
    MP_ROM_QSTR(MP_QSTR_exc),
    MP_ROM_QSTR(MP_QSTR_exc_type),
    MP_ROM_QSTR(MP_QSTR_f),
    MP_ROM_QSTR(MP_QSTR_from_mapping),
    MP_ROM_QSTR(MP_QSTR_i),
    MP_ROM_QSTR(MP_QSTR_indices),
    MP_ROM_QSTR(MP_QSTR_inside),
    MP_ROM_QSTR(MP_QSTR_items),
    MP_ROM_QSTR(MP_QSTR_k),
    MP_ROM_QSTR(MP_QSTR_key),
    MP_ROM_QSTR(MP_QSTR_keys),
    MP_ROM_QSTR(MP_QSTR_kw_names),
    MP_ROM_QSTR(MP_QSTR_label),
    MP_ROM_QSTR(MP_QSTR_log),
    MP_ROM_QSTR(MP_QSTR_m),
    MP_ROM_QSTR(MP_QSTR_msg),
    MP_ROM_QSTR(MP_QSTR_n),
    MP_ROM_QSTR(MP_QSTR_name),
    MP_ROM_QSTR(MP_QSTR_next),
    MP_ROM_QSTR(MP_QSTR_ns),
    MP_ROM_QSTR(MP_QSTR_object),
    MP_ROM_QSTR(MP_QSTR_order),
    MP_ROM_QSTR(MP_QSTR_peek),
    MP_ROM_QSTR(MP_QSTR_pop),
    MP_ROM_QSTR(MP_QSTR_push),
    MP_ROM_QSTR(MP_QSTR_rows),
    MP_ROM_QSTR(MP_QSTR_self),
    MP_ROM_QSTR(MP_QSTR_staticmethod),
    MP_ROM_QSTR(MP_QSTR_sum),
    MP_ROM_QSTR(MP_QSTR_swallow),
    MP_ROM_QSTR(MP_QSTR_tb),
    MP_ROM_QSTR(MP_QSTR_to_list),
    MP_ROM_QSTR(MP_QSTR_update),
    MP_ROM_QSTR(MP_QSTR_use_recorder),
    MP_ROM_QSTR(MP_QSTR_value),
    MP_ROM_QSTR(MP_QSTR_x),
    MP_ROM_QSTR(MP_QSTR_y),
    MP_ROM_QSTR(MP_QSTR_z),
};
/* Cython's cached tuples of constants, in ROM. */
static const mp_rom_obj_tuple_t __pyx_rom_tuple_0 = {{&mp_type_tuple}, 3, {MP_ROM_NONE, MP_ROM_NONE, MP_ROM_NONE}};
#define __pyx_int_0 __pyx_number_tab[0]
#define __pyx_int_1 __pyx_number_tab[1]
#define __pyx_int_2 __pyx_number_tab[2]
#define __pyx_int_3 __pyx_number_tab[3]
#define __pyx_int_62001083 __pyx_number_tab[4]
#define __pyx_int_136223337 __pyx_number_tab[5]
#define __pyx_int_201637255 __pyx_number_tab[6]
#define __pyx_int_260230683 __pyx_number_tab[7]

/* #### Code section: module_code ### */

/* "containers.pyx":12
 *     cdef readonly Py_ssize_t capacity
 *
 *     def __cinit__(self, Py_ssize_t capacity=16, *args, **kwargs):             # <<<<<<<<<<<<<<
 *         if capacity < 0 or capacity > 64:
 *             raise ValueError("capacity must be in 0..64")
*/

/* Python wrapper */
static int __pyx_pw_10containers_9IntBuffer_1__cinit__(mp_obj_t __pyx_v_self, mp_obj_t __pyx_args, mp_obj_t __pyx_kwds); /*proto*/
static int __pyx_pw_10containers_9IntBuffer_1__cinit__(mp_obj_t __pyx_v_self, mp_obj_t __pyx_args, mp_obj_t __pyx_kwds) {
  mp_int_t __pyx_v_capacity;
  CYTHON_UNUSED mp_obj_t __pyx_v_args = 0;
  CYTHON_UNUSED mp_obj_t __pyx_v_kwargs = 0;
  CYTHON_UNUSED mp_int_t __pyx_nargs;
  CYTHON_UNUSED mp_obj_t const *__pyx_kwvalues;
  mp_obj_t values[1] = {0};
  int __pyx_lineno = 0;
  const char *__pyx_filename = NULL;
  int __pyx_clineno = 0;
  int __pyx_r;
  __Pyx_RefNannyDeclarations

  __pyx_nargs = cy_PyTuple_Size(__pyx_args); if (MP_UNLIKELY(!!(__pyx_nargs < 0))) return -1;

  __pyx_kwvalues = cy_Pyx_KwValues_VARARGS(__pyx_args, __pyx_nargs);
  __pyx_v_args = cy_Pyx_ArgsSlice_VARARGS(__pyx_args, 1, __pyx_nargs);
  if (MP_UNLIKELY(!!(!__pyx_v_args))) {
     __pyx_v_kwargs = 0;

    return -1;
  }

  {
    mp_obj_t * const __pyx_pyargnames[] = {&__pyx_n_u_capacity,0};
    const mp_int_t __pyx_kwds_len = (__pyx_kwds) ? cy_Pyx_NumKwargs_VARARGS(__pyx_kwds) : 0;
    if (MP_UNLIKELY(!!(__pyx_kwds_len < 0))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 12; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L3_error; } while (0);
    if (__pyx_kwds_len > 0) {
      switch (__pyx_nargs) {
        default:
        case  1:
        values[0] = cy_Pyx_ArgRef_VARARGS(__pyx_args, 0);
        if (!0 && MP_UNLIKELY(!!(!values[0]))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 12; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L3_error; } while (0);
        CYTHON_FALLTHROUGH;
        case  0: break;
      }
      const mp_int_t kwd_pos_args = __pyx_nargs;
      const mp_int_t used_pos_args = (kwd_pos_args < 1) ? kwd_pos_args : 1;
      if (cy_Pyx_ParseKeywords(__pyx_kwds, __pyx_kwvalues, __pyx_pyargnames, __pyx_v_kwargs, values, used_pos_args, __pyx_kwds_len, "__cinit__", 1) < (0)) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 12; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L3_error; } while (0);
    } else {
      switch (__pyx_nargs) {
        default:
        case  1:
        values[0] = cy_Pyx_ArgRef_VARARGS(__pyx_args, 0);
        if (!0 && MP_UNLIKELY(!!(!values[0]))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 12; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L3_error; } while (0);
        CYTHON_FALLTHROUGH;
        case  0: break;
      }
    }
    if (values[0]) {
      __pyx_v_capacity = cy_Pyx_PyIndex_AsSsize_t(values[0]); if (MP_UNLIKELY(!!((__pyx_v_capacity == (mp_int_t)-1) && cy_PyErr_Occurred()))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 12; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L3_error; } while (0);
    } else {
      __pyx_v_capacity = ((mp_int_t)16);
    }
  }
  goto __pyx_L4_argument_unpacking_done;
  __pyx_L3_error:;
  for (mp_int_t __pyx_temp=0; __pyx_temp < (mp_int_t)(sizeof(values)/sizeof(values[0])); ++__pyx_temp) {

  }
   __pyx_v_args = 0;
   __pyx_v_kwargs = 0;
  __pyx_traceback_0(".IntBuffer.__cinit__", __pyx_lineno);

  return -1;
  __pyx_L4_argument_unpacking_done:;
  __pyx_r = __pyx_pf_10containers_9IntBuffer___cinit__(((struct __pyx_obj_10containers_IntBuffer *)__pyx_v_self), __pyx_v_capacity, __pyx_v_args, __pyx_v_kwargs);

  /* function exit code */
  for (mp_int_t __pyx_temp=0; __pyx_temp < (mp_int_t)(sizeof(values)/sizeof(values[0])); ++__pyx_temp) {

  }

  return __pyx_r;
}

static int __pyx_pf_10containers_9IntBuffer___cinit__(struct __pyx_obj_10containers_IntBuffer *__pyx_v_self, mp_int_t __pyx_v_capacity, CYTHON_UNUSED mp_obj_t __pyx_v_args, CYTHON_UNUSED mp_obj_t __pyx_v_kwargs) {
  int __pyx_r;
  __Pyx_RefNannyDeclarations
  int __pyx_t_1;
  int __pyx_t_2;
  mp_obj_t __pyx_t_3 = NULL;
  mp_obj_t __pyx_t_4 = NULL;
  size_t __pyx_t_5;
  int *__pyx_t_6;
  int __pyx_lineno = 0;
  const char *__pyx_filename = NULL;
  int __pyx_clineno = 0;

  /* "containers.pyx":13
 *
 *     def __cinit__(self, Py_ssize_t capacity=16, *args, **kwargs):
 *         if capacity < 0 or capacity > 64:             # <<<<<<<<<<<<<<
 *             raise ValueError("capacity must be in 0..64")
 *         self.capacity = capacity
*/
  __pyx_t_2 = (__pyx_v_capacity < 0);

  if (!__pyx_t_2) {

  } else {

    __pyx_t_1 = __pyx_t_2;

    goto __pyx_L4_bool_binop_done;
  }
  __pyx_t_2 = (__pyx_v_capacity > 64);

  __pyx_t_1 = __pyx_t_2;

  __pyx_L4_bool_binop_done:;
  if (MP_UNLIKELY(!!(__pyx_t_1))) {

    /* "containers.pyx":14
 *     def __cinit__(self, Py_ssize_t capacity=16, *args, **kwargs):
 *         if capacity < 0 or capacity > 64:
 *             raise ValueError("capacity must be in 0..64")             # <<<<<<<<<<<<<<
 *         self.capacity = capacity
 *         self.n = 0
*/
    __pyx_t_4 = NULL;
    __pyx_t_5 = 1;
    {
      mp_obj_t __pyx_callargs[2] = {__pyx_t_4, __pyx_kp_u_capacity_must_be_in_0_64};
      __pyx_t_3 = cy_Pyx_PyObject_FastCall((mp_obj_t)(((cy_PyTypeObject*)MP_OBJ_FROM_PTR(&mp_type_ValueError))), __pyx_callargs+__pyx_t_5, (2-__pyx_t_5) | (__pyx_t_5*cy_Pyx_PY_VECTORCALL_ARGUMENTS_OFFSET));
       __pyx_t_4 = 0;
      if (MP_UNLIKELY(!!(!__pyx_t_3))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 14; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

    }
    cy_Pyx_Raise(__pyx_t_3, 0, 0, 0);
     __pyx_t_3 = 0;
    do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 14; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

    /* "containers.pyx":13
 *
 *     def __cinit__(self, Py_ssize_t capacity=16, *args, **kwargs):
 *         if capacity < 0 or capacity > 64:             # <<<<<<<<<<<<<<
 *             raise ValueError("capacity must be in 0..64")
 *         self.capacity = capacity
*/
  }

  /* "containers.pyx":15
 *         if capacity < 0 or capacity > 64:
 *             raise ValueError("capacity must be in 0..64")
 *         self.capacity = capacity             # <<<<<<<<<<<<<<
 *         self.n = 0
 *         self.data = self._data
*/
  __pyx_v_self->capacity = __pyx_v_capacity;

  /* "containers.pyx":16
 *             raise ValueError("capacity must be in 0..64")
 *         self.capacity = capacity
 *         self.n = 0             # <<<<<<<<<<<<<<
 *         self.data = self._data
 *
*/
  __pyx_v_self->n = 0;

  /* "containers.pyx":17
 *         self.capacity = capacity
 *         self.n = 0
 *         self.data = self._data             # <<<<<<<<<<<<<<
 *
 *     def __init__(self, Py_ssize_t capacity=16, items=()):
*/
  __pyx_t_6 = __pyx_v_self->_data;

  __pyx_v_self->data = __pyx_t_6;

  /* "containers.pyx":12
 *     cdef readonly Py_ssize_t capacity
 *
 *     def __cinit__(self, Py_ssize_t capacity=16, *args, **kwargs):             # <<<<<<<<<<<<<<
 *         if capacity < 0 or capacity > 64:
 *             raise ValueError("capacity must be in 0..64")
*/

  /* function exit code */
  __pyx_r = 0;
  goto __pyx_L0;
  __pyx_L1_error:;

  __pyx_traceback_0(".IntBuffer.__cinit__", __pyx_lineno);
  __pyx_r = -1;
  __pyx_L0:;

  return __pyx_r;
}

/* "containers.pyx":19
 *         self.data = self._data
 *
 *     def __init__(self, Py_ssize_t capacity=16, items=()):             # <<<<<<<<<<<<<<
 *         for x in items:
 *             self.append(x)
*/

/* Python wrapper */
static int __pyx_pw_10containers_9IntBuffer_3__init__(mp_obj_t __pyx_v_self, mp_obj_t __pyx_args, mp_obj_t __pyx_kwds); /*proto*/
static int __pyx_pw_10containers_9IntBuffer_3__init__(mp_obj_t __pyx_v_self, mp_obj_t __pyx_args, mp_obj_t __pyx_kwds) {
  CYTHON_UNUSED mp_int_t __pyx_v_capacity;
  mp_obj_t __pyx_v_items = 0;
  CYTHON_UNUSED mp_int_t __pyx_nargs;
  CYTHON_UNUSED mp_obj_t const *__pyx_kwvalues;
  mp_obj_t values[2] = {0,0};
  int __pyx_lineno = 0;
  const char *__pyx_filename = NULL;
  int __pyx_clineno = 0;
  int __pyx_r;
  __Pyx_RefNannyDeclarations

  __pyx_nargs = cy_PyTuple_Size(__pyx_args); if (MP_UNLIKELY(!!(__pyx_nargs < 0))) return -1;

  __pyx_kwvalues = cy_Pyx_KwValues_VARARGS(__pyx_args, __pyx_nargs);
  {
    mp_obj_t * const __pyx_pyargnames[] = {&__pyx_n_u_capacity,&__pyx_n_u_items,0};
    const mp_int_t __pyx_kwds_len = (__pyx_kwds) ? cy_Pyx_NumKwargs_VARARGS(__pyx_kwds) : 0;
    if (MP_UNLIKELY(!!(__pyx_kwds_len < 0))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 19; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L3_error; } while (0);
    if (__pyx_kwds_len > 0) {
      switch (__pyx_nargs) {
        case  2:
        values[1] = cy_Pyx_ArgRef_VARARGS(__pyx_args, 1);
        if (!0 && MP_UNLIKELY(!!(!values[1]))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 19; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L3_error; } while (0);
        CYTHON_FALLTHROUGH;
        case  1:
        values[0] = cy_Pyx_ArgRef_VARARGS(__pyx_args, 0);
        if (!0 && MP_UNLIKELY(!!(!values[0]))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 19; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L3_error; } while (0);
        CYTHON_FALLTHROUGH;
        case  0: break;
        default: goto __pyx_L5_argtuple_error;
      }
      const mp_int_t kwd_pos_args = __pyx_nargs;
      if (cy_Pyx_ParseKeywords(__pyx_kwds, __pyx_kwvalues, __pyx_pyargnames, 0, values, kwd_pos_args, __pyx_kwds_len, "__init__", 0) < (0)) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 19; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L3_error; } while (0);
      if (!values[1]) values[1] = ((mp_obj_t )__pyx_mstate_global->__pyx_empty_tuple);
    } else {
      switch (__pyx_nargs) {
        case  2:
        values[1] = cy_Pyx_ArgRef_VARARGS(__pyx_args, 1);
        if (!0 && MP_UNLIKELY(!!(!values[1]))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 19; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L3_error; } while (0);
        CYTHON_FALLTHROUGH;
        case  1:
        values[0] = cy_Pyx_ArgRef_VARARGS(__pyx_args, 0);
        if (!0 && MP_UNLIKELY(!!(!values[0]))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 19; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L3_error; } while (0);
        CYTHON_FALLTHROUGH;
        case  0: break;
        default: goto __pyx_L5_argtuple_error;
      }
      if (!values[1]) values[1] = ((mp_obj_t )__pyx_mstate_global->__pyx_empty_tuple);
    }
    if (values[0]) {
      __pyx_v_capacity = cy_Pyx_PyIndex_AsSsize_t(values[0]); if (MP_UNLIKELY(!!((__pyx_v_capacity == (mp_int_t)-1) && cy_PyErr_Occurred()))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 19; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L3_error; } while (0);
    } else {
      __pyx_v_capacity = ((mp_int_t)16);
    }
    __pyx_v_items = values[1];
  }
  goto __pyx_L6_skip;
  __pyx_L5_argtuple_error:;
  cy_Pyx_RaiseArgtupleInvalid("__init__", 0, 0, 2, __pyx_nargs); do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 19; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L3_error; } while (0);
  __pyx_L6_skip:;
  goto __pyx_L4_argument_unpacking_done;
  __pyx_L3_error:;
  for (mp_int_t __pyx_temp=0; __pyx_temp < (mp_int_t)(sizeof(values)/sizeof(values[0])); ++__pyx_temp) {

  }
  __pyx_traceback_0(".IntBuffer.__init__", __pyx_lineno);

  return -1;
  __pyx_L4_argument_unpacking_done:;
  __pyx_r = __pyx_pf_10containers_9IntBuffer_2__init__(((struct __pyx_obj_10containers_IntBuffer *)__pyx_v_self), __pyx_v_capacity, __pyx_v_items);

  /* function exit code */
  for (mp_int_t __pyx_temp=0; __pyx_temp < (mp_int_t)(sizeof(values)/sizeof(values[0])); ++__pyx_temp) {

  }

  return __pyx_r;
}

static int __pyx_pf_10containers_9IntBuffer_2__init__(struct __pyx_obj_10containers_IntBuffer *__pyx_v_self, CYTHON_UNUSED mp_int_t __pyx_v_capacity, mp_obj_t __pyx_v_items) {
  mp_obj_t __pyx_v_x = NULL;
  int __pyx_r;
  __Pyx_RefNannyDeclarations
  mp_obj_t __pyx_t_1 = NULL;
  mp_int_t __pyx_t_2;

  mp_obj_t __pyx_t_4 = NULL;
  int __pyx_t_5;
  int __pyx_lineno = 0;
  const char *__pyx_filename = NULL;
  int __pyx_clineno = 0;

  /* "containers.pyx":20
 *
 *     def __init__(self, Py_ssize_t capacity=16, items=()):
 *         for x in items:             # <<<<<<<<<<<<<<
 *             self.append(x)
 *
*/

    __pyx_t_1 = cy_Pyx_ForIter_Start(__pyx_v_items, &__pyx_t_2); if (MP_UNLIKELY(!!(!__pyx_t_1))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 20; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

  for (;;) {

          __pyx_t_4 = cy_Pyx_ForIter_Next(__pyx_t_1, &__pyx_t_2);

          if (MP_UNLIKELY(!!(!__pyx_t_4))) {

        if (MP_UNLIKELY(!!(cy_PyErr_Occurred()))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 20; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);
        break;
      }

    __pyx_v_x = __pyx_t_4;
    __pyx_t_4 = 0;

    /* "containers.pyx":21
 *     def __init__(self, Py_ssize_t capacity=16, items=()):
 *         for x in items:
 *             self.append(x)             # <<<<<<<<<<<<<<
 *
 *     cpdef append(self, int value):
*/
    __pyx_t_5 = cy_Pyx_PyLong_As_int(__pyx_v_x); if (MP_UNLIKELY(!!((__pyx_t_5 == (int)-1) && cy_PyErr_Occurred()))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 21; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);
    __pyx_t_4 = ((struct __pyx_vtabstruct_10containers_IntBuffer *)__pyx_v_self->__pyx_vtab)->append(__pyx_v_self, __pyx_t_5, 0); if (MP_UNLIKELY(!!(!__pyx_t_4))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 21; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

     __pyx_t_4 = 0;

    /* "containers.pyx":20
 *
 *     def __init__(self, Py_ssize_t capacity=16, items=()):
 *         for x in items:             # <<<<<<<<<<<<<<
 *             self.append(x)
 *
*/
  }
   __pyx_t_1 = 0;

  /* "containers.pyx":19
 *         self.data = self._data
 *
 *     def __init__(self, Py_ssize_t capacity=16, items=()):             # <<<<<<<<<<<<<<
 *         for x in items:
 *             self.append(x)
*/

  /* function exit code */
  __pyx_r = 0;
  goto __pyx_L0;
  __pyx_L1_error:;

  __pyx_traceback_0(".IntBuffer.__init__", __pyx_lineno);
  __pyx_r = -1;
  __pyx_L0:;

  return __pyx_r;
}

/* "containers.pyx":23
 *             self.append(x)
 *
 *     cpdef append(self, int value):             # <<<<<<<<<<<<<<
 *         if self.n >= self.capacity:
 *             raise OverflowError("buffer full")
*/

static mp_obj_t __pyx_pw_10containers_9IntBuffer_5append(mp_obj_t __pyx_v_self,

mp_obj_t const *__pyx_args, mp_int_t __pyx_nargs, mp_obj_t __pyx_kwds

); /*proto*/
static mp_obj_t __pyx_f_10containers_9IntBuffer_append(struct __pyx_obj_10containers_IntBuffer *__pyx_v_self, int __pyx_v_value, int __pyx_skip_dispatch) {
  mp_obj_t __pyx_r = NULL;
  __Pyx_RefNannyDeclarations
  mp_obj_t __pyx_t_1 = NULL;
  mp_obj_t __pyx_t_2 = NULL;
  mp_obj_t __pyx_t_3 = NULL;
  mp_obj_t __pyx_t_4 = NULL;
  mp_obj_t __pyx_t_5 = NULL;
  size_t __pyx_t_6;
  int __pyx_t_7;
  int __pyx_lineno = 0;
  const char *__pyx_filename = NULL;
  int __pyx_clineno = 0;

  /* Check if called by wrapper */
  if (MP_UNLIKELY(!!(__pyx_skip_dispatch))) ;
  /* Check if overridden in Python */
  else if (

  MP_UNLIKELY(!!(cy_Py_TYPE(((mp_obj_t )__pyx_v_self)) != __pyx_mstate_global->__pyx_ptype_10containers_IntBuffer &&
  cy_Pyx_PyType_HasFeature(cy_Py_TYPE(((mp_obj_t )__pyx_v_self)), cy_Py_TPFLAGS_HAVE_GC)))

  ) {

      __pyx_t_1 = cy_Pyx_PyObject_GetAttrStr(((mp_obj_t )__pyx_v_self), __pyx_n_u_append); if (MP_UNLIKELY(!!(!__pyx_t_1))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 23; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

      if (!cy_Pyx_IsSameCFunction(__pyx_t_1, (void(*)(void)) __pyx_pw_10containers_9IntBuffer_5append)) {
        __pyx_t_3 = NULL;

        __pyx_t_4 = __pyx_t_1;
        __pyx_t_5 = cy_Pyx_PyLong_From_int(__pyx_v_value); if (MP_UNLIKELY(!!(!__pyx_t_5))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 23; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

        __pyx_t_6 = 1;

        {
          mp_obj_t __pyx_callargs[2] = {__pyx_t_3, __pyx_t_5};
          __pyx_t_2 = cy_Pyx_PyObject_FastCall((mp_obj_t)__pyx_t_4, __pyx_callargs+__pyx_t_6, (2-__pyx_t_6) | (__pyx_t_6*cy_Pyx_PY_VECTORCALL_ARGUMENTS_OFFSET));
           __pyx_t_3 = 0;
           __pyx_t_5 = 0;
           __pyx_t_4 = 0;
          if (MP_UNLIKELY(!!(!__pyx_t_2))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 23; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

        }
        {
          mp_obj_t __pyx_temp;
          {
            __pyx_temp = __pyx_r;
            __pyx_r = __pyx_t_2;
          }

        }
        __pyx_t_2 = 0;
         __pyx_t_1 = 0;
        goto __pyx_L0;
      }

       __pyx_t_1 = 0;

  }

  /* "containers.pyx":24
 *
 *     cpdef append(self, int value):
 *         if self.n >= self.capacity:             # <<<<<<<<<<<<<<
 *             raise OverflowError("buffer full")
 *         self.data[self.n] = value
*/
  __pyx_t_7 = (__pyx_v_self->n >= __pyx_v_self->capacity);

  if (MP_UNLIKELY(!!(__pyx_t_7))) {

    /* "containers.pyx":25
 *     cpdef append(self, int value):
 *         if self.n >= self.capacity:
 *             raise OverflowError("buffer full")             # <<<<<<<<<<<<<<
 *         self.data[self.n] = value
 *         self.n += 1
*/
    __pyx_t_2 = NULL;
    __pyx_t_6 = 1;
    {
      mp_obj_t __pyx_callargs[2] = {__pyx_t_2, __pyx_kp_u_buffer_full};
      __pyx_t_1 = cy_Pyx_PyObject_FastCall((mp_obj_t)(((cy_PyTypeObject*)MP_OBJ_FROM_PTR(&mp_type_OverflowError))), __pyx_callargs+__pyx_t_6, (2-__pyx_t_6) | (__pyx_t_6*cy_Pyx_PY_VECTORCALL_ARGUMENTS_OFFSET));
       __pyx_t_2 = 0;
      if (MP_UNLIKELY(!!(!__pyx_t_1))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 25; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

    }
    cy_Pyx_Raise(__pyx_t_1, 0, 0, 0);
     __pyx_t_1 = 0;
    do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 25; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

    /* "containers.pyx":24
 *
 *     cpdef append(self, int value):
 *         if self.n >= self.capacity:             # <<<<<<<<<<<<<<
 *             raise OverflowError("buffer full")
 *         self.data[self.n] = value
*/
  }

  /* "containers.pyx":26
 *         if self.n >= self.capacity:
 *             raise OverflowError("buffer full")
 *         self.data[self.n] = value             # <<<<<<<<<<<<<<
 *         self.n += 1
 *
*/
  (__pyx_v_self->data[__pyx_v_self->n]) = __pyx_v_value;

  /* "containers.pyx":27
 *             raise OverflowError("buffer full")
 *         self.data[self.n] = value
 *         self.n += 1             # <<<<<<<<<<<<<<
 *
 *     def __len__(self):
*/
  __pyx_v_self->n = (__pyx_v_self->n + 1);

  /* "containers.pyx":23
 *             self.append(x)
 *
 *     cpdef append(self, int value):             # <<<<<<<<<<<<<<
 *         if self.n >= self.capacity:
 *             raise OverflowError("buffer full")
*/

  /* function exit code */
  __pyx_r = mp_const_none;
  goto __pyx_L0;
  __pyx_L1_error:;

  __pyx_traceback_0(".IntBuffer.append", __pyx_lineno);
  __pyx_r = 0;
  __pyx_L0:;

  return __pyx_r;
}

/* Python wrapper */
static mp_obj_t __pyx_pw_10containers_9IntBuffer_5append(mp_obj_t __pyx_v_self,

mp_obj_t const *__pyx_args, mp_int_t __pyx_nargs, mp_obj_t __pyx_kwds

); /*proto*/
static cy_PyMethodDef __pyx_mdef_10containers_9IntBuffer_5append = {"append", (cy_PyCFunction)(void(*)(void))(cy_Pyx_PyCFunction_FastCallWithKeywords)__pyx_pw_10containers_9IntBuffer_5append, cy_Pyx_METH_FASTCALL|cy_METH_KEYWORDS, 0};
static mp_obj_t __pyx_pw_10containers_9IntBuffer_5append(mp_obj_t __pyx_v_self,

mp_obj_t const *__pyx_args, mp_int_t __pyx_nargs, mp_obj_t __pyx_kwds

) {
  int __pyx_v_value;

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
&__pyx_n_u_value, 0 };
static const cy_Pyx_ArgSpec __pyx_argspec = { "append",
__pyx_pyargnames, 1, 1, 1, 0,
0, 0,

cy_Pyx_ARGS_EXACT|cy_Pyx_ARGS_KEYWORDS|cy_Pyx_ARGS_CLEAR };
if (MP_LIKELY(!!(!__pyx_kwds && __pyx_nargs == 1))) {
values[0] = __pyx_args[0];
} else if
(cy_Pyx_ParseArgs(&__pyx_argspec, __pyx_args,

__pyx_nargs, __pyx_kwds, values) < 0) {
do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 23; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L3_error; } while (0); }

    __pyx_v_value = cy_Pyx_PyLong_As_int(values[0]); if (MP_UNLIKELY(!!((__pyx_v_value == (int)-1) && cy_PyErr_Occurred()))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 23; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L3_error; } while (0);
  }

  goto __pyx_L4_argument_unpacking_done;
  __pyx_L3_error:;
  for (mp_int_t __pyx_temp=0; __pyx_temp < (mp_int_t)(sizeof(values)/sizeof(values[0])); ++__pyx_temp) {

  }
  __pyx_traceback_0(".IntBuffer.append", __pyx_lineno);

  return NULL;
  __pyx_L4_argument_unpacking_done:;
  __pyx_r = __pyx_pf_10containers_9IntBuffer_4append(((struct __pyx_obj_10containers_IntBuffer *)__pyx_v_self), __pyx_v_value);

  /* function exit code */
  for (mp_int_t __pyx_temp=0; __pyx_temp < (mp_int_t)(sizeof(values)/sizeof(values[0])); ++__pyx_temp) {

  }

  return __pyx_r;
}

static mp_obj_t __pyx_pf_10containers_9IntBuffer_4append(struct __pyx_obj_10containers_IntBuffer *__pyx_v_self, int __pyx_v_value) {
  mp_obj_t __pyx_r = NULL;
  __Pyx_RefNannyDeclarations
  mp_obj_t __pyx_t_1 = NULL;
  int __pyx_lineno = 0;
  const char *__pyx_filename = NULL;
  int __pyx_clineno = 0;

  __pyx_t_1 = __pyx_f_10containers_9IntBuffer_append(__pyx_v_self, __pyx_v_value, 1); if (MP_UNLIKELY(!!(!__pyx_t_1))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 23; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

  {
    mp_obj_t __pyx_temp;
    {
      __pyx_temp = __pyx_r;
      __pyx_r = __pyx_t_1;
    }

  }
  __pyx_t_1 = 0;
  goto __pyx_L0;

  /* function exit code */
  __pyx_L1_error:;

  __pyx_traceback_0(".IntBuffer.append", __pyx_lineno);
  __pyx_r = NULL;
  __pyx_L0:;

  return __pyx_r;
}

/* "containers.pyx":29
 *         self.n += 1
 *
 *     def __len__(self):             # <<<<<<<<<<<<<<
 *         return self.n
 *
*/

/* Python wrapper */
static mp_int_t __pyx_pw_10containers_9IntBuffer_7__len__(mp_obj_t __pyx_v_self); /*proto*/
static mp_int_t __pyx_pw_10containers_9IntBuffer_7__len__(mp_obj_t __pyx_v_self) {
  CYTHON_UNUSED mp_obj_t const *__pyx_kwvalues;
  mp_int_t __pyx_r;
  __Pyx_RefNannyDeclarations

  __pyx_kwvalues = cy_Pyx_KwValues_VARARGS(__pyx_args, __pyx_nargs);
  __pyx_r = __pyx_pf_10containers_9IntBuffer_6__len__(((struct __pyx_obj_10containers_IntBuffer *)__pyx_v_self));

  /* function exit code */

  return __pyx_r;
}

static mp_int_t __pyx_pf_10containers_9IntBuffer_6__len__(struct __pyx_obj_10containers_IntBuffer *__pyx_v_self) {
  mp_int_t __pyx_r;

  /* "containers.pyx":30
 *
 *     def __len__(self):
 *         return self.n             # <<<<<<<<<<<<<<
 *
 *     cdef Py_ssize_t _index(self, Py_ssize_t i) except -1:
*/
  {

    __pyx_r = __pyx_v_self->n;
  }
  goto __pyx_L0;

  /* "containers.pyx":29
 *         self.n += 1
 *
 *     def __len__(self):             # <<<<<<<<<<<<<<
 *         return self.n
 *
*/

  /* function exit code */
  __pyx_L0:;

  return __pyx_r;
}

/* "containers.pyx":32
 *         return self.n
 *
 *     cdef Py_ssize_t _index(self, Py_ssize_t i) except -1:             # <<<<<<<<<<<<<<
 *         if i < 0:
 *             i += self.n
*/

static mp_int_t __pyx_f_10containers_9IntBuffer__index(struct __pyx_obj_10containers_IntBuffer *__pyx_v_self, mp_int_t __pyx_v_i) {
  mp_int_t __pyx_r;
  __Pyx_RefNannyDeclarations
  int __pyx_t_1;
  int __pyx_t_2;
  mp_obj_t __pyx_t_3 = NULL;
  mp_obj_t __pyx_t_4 = NULL;
  size_t __pyx_t_5;
  int __pyx_lineno = 0;
  const char *__pyx_filename = NULL;
  int __pyx_clineno = 0;

  /* "containers.pyx":33
 *
 *     cdef Py_ssize_t _index(self, Py_ssize_t i) except -1:
 *         if i < 0:             # <<<<<<<<<<<<<<
 *             i += self.n
 *         if i < 0 or i >= self.n:
*/
  __pyx_t_1 = (__pyx_v_i < 0);

  if (__pyx_t_1) {

    /* "containers.pyx":34
 *     cdef Py_ssize_t _index(self, Py_ssize_t i) except -1:
 *         if i < 0:
 *             i += self.n             # <<<<<<<<<<<<<<
 *         if i < 0 or i >= self.n:
 *             raise IndexError("IntBuffer index out of range")
*/
    __pyx_v_i = (__pyx_v_i + __pyx_v_self->n);

    /* "containers.pyx":33
 *
 *     cdef Py_ssize_t _index(self, Py_ssize_t i) except -1:
 *         if i < 0:             # <<<<<<<<<<<<<<
 *             i += self.n
 *         if i < 0 or i >= self.n:
*/
  }

  /* "containers.pyx":35
 *         if i < 0:
 *             i += self.n
 *         if i < 0 or i >= self.n:             # <<<<<<<<<<<<<<
 *             raise IndexError("IntBuffer index out of range")
 *         return i
*/
  __pyx_t_2 = (__pyx_v_i < 0);

  if (!__pyx_t_2) {

  } else {

    __pyx_t_1 = __pyx_t_2;

    goto __pyx_L5_bool_binop_done;
  }
  __pyx_t_2 = (__pyx_v_i >= __pyx_v_self->n);

  __pyx_t_1 = __pyx_t_2;

  __pyx_L5_bool_binop_done:;
  if (MP_UNLIKELY(!!(__pyx_t_1))) {

    /* "containers.pyx":36
 *             i += self.n
 *         if i < 0 or i >= self.n:
 *             raise IndexError("IntBuffer index out of range")             # <<<<<<<<<<<<<<
 *         return i
 *
*/
    __pyx_t_4 = NULL;
    __pyx_t_5 = 1;
    {
      mp_obj_t __pyx_callargs[2] = {__pyx_t_4, __pyx_kp_u_IntBuffer_index_out_of_range};
      __pyx_t_3 = cy_Pyx_PyObject_FastCall((mp_obj_t)(((cy_PyTypeObject*)MP_OBJ_FROM_PTR(&mp_type_IndexError))), __pyx_callargs+__pyx_t_5, (2-__pyx_t_5) | (__pyx_t_5*cy_Pyx_PY_VECTORCALL_ARGUMENTS_OFFSET));
       __pyx_t_4 = 0;
      if (MP_UNLIKELY(!!(!__pyx_t_3))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 36; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

    }
    cy_Pyx_Raise(__pyx_t_3, 0, 0, 0);
     __pyx_t_3 = 0;
    do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 36; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

    /* "containers.pyx":35
 *         if i < 0:
 *             i += self.n
 *         if i < 0 or i >= self.n:             # <<<<<<<<<<<<<<
 *             raise IndexError("IntBuffer index out of range")
 *         return i
*/
  }

  /* "containers.pyx":37
 *         if i < 0 or i >= self.n:
 *             raise IndexError("IntBuffer index out of range")
 *         return i             # <<<<<<<<<<<<<<
 *
 *     def __getitem__(self, idx):
*/
  {

    __pyx_r = __pyx_v_i;
  }
  goto __pyx_L0;

  /* "containers.pyx":32
 *         return self.n
 *
 *     cdef Py_ssize_t _index(self, Py_ssize_t i) except -1:             # <<<<<<<<<<<<<<
 *         if i < 0:
 *             i += self.n
*/

  /* function exit code */
  __pyx_L1_error:;

  __pyx_traceback_0(".IntBuffer._index", __pyx_lineno);
  __pyx_r = -1L;
  __pyx_L0:;

  return __pyx_r;
}

/* "containers.pyx":39
 *         return i
 *
 *     def __getitem__(self, idx):             # <<<<<<<<<<<<<<
 *         cdef Py_ssize_t start, stop, step, i
 *         if isinstance(idx, slice):
*/

/* Python wrapper */
static mp_obj_t __pyx_pw_10containers_9IntBuffer_9__getitem__(mp_obj_t __pyx_v_self, mp_obj_t __pyx_v_idx); /*proto*/
static mp_obj_t __pyx_pw_10containers_9IntBuffer_9__getitem__(mp_obj_t __pyx_v_self, mp_obj_t __pyx_v_idx) {
  CYTHON_UNUSED mp_obj_t const *__pyx_kwvalues;
  mp_obj_t __pyx_r = 0;
  __Pyx_RefNannyDeclarations

  __pyx_kwvalues = cy_Pyx_KwValues_VARARGS(__pyx_args, __pyx_nargs);
  __pyx_r = __pyx_pf_10containers_9IntBuffer_8__getitem__(((struct __pyx_obj_10containers_IntBuffer *)__pyx_v_self), ((mp_obj_t )__pyx_v_idx));

  /* function exit code */

  return __pyx_r;
}

static mp_obj_t __pyx_pf_10containers_9IntBuffer_8__getitem__(struct __pyx_obj_10containers_IntBuffer *__pyx_v_self, mp_obj_t __pyx_v_idx) {
  mp_int_t __pyx_v_start;
  mp_int_t __pyx_v_stop;
  mp_int_t __pyx_v_step;
  mp_int_t __pyx_7genexpr__pyx_v_i;
  mp_obj_t __pyx_r = NULL;
  __Pyx_RefNannyDeclarations
  int __pyx_t_1;
  mp_obj_t __pyx_t_2 = NULL;
  mp_obj_t __pyx_t_3 = NULL;
  mp_obj_t __pyx_t_4 = NULL;
  size_t __pyx_t_5;
  mp_obj_t __pyx_t_6 = NULL;
  mp_obj_t __pyx_t_7 = NULL;
  mp_obj_t (*__pyx_t_8)(mp_obj_t );
  mp_int_t __pyx_t_9;
  mp_int_t __pyx_t_10;
  mp_int_t __pyx_t_11;
  mp_obj_t __pyx_t_12 = NULL;
  mp_obj_t (*__pyx_t_13)(mp_obj_t );
  int __pyx_lineno = 0;
  const char *__pyx_filename = NULL;
  int __pyx_clineno = 0;

  /* "containers.pyx":41
 *     def __getitem__(self, idx):
 *         cdef Py_ssize_t start, stop, step, i
 *         if isinstance(idx, slice):             # <<<<<<<<<<<<<<
 *             start, stop, step = idx.indices(self.n)
 *             return [self.data[i] for i in range(start, stop, step)]
*/
  __pyx_t_1 = cy_PySlice_Check(__pyx_v_idx);
  if (__pyx_t_1) {

    /* "containers.pyx":42
 *         cdef Py_ssize_t start, stop, step, i
 *         if isinstance(idx, slice):
 *             start, stop, step = idx.indices(self.n)             # <<<<<<<<<<<<<<
 *             return [self.data[i] for i in range(start, stop, step)]
 *         return self.data[self._index(idx)]
*/
    __pyx_t_3 = __pyx_v_idx;

    __pyx_t_4 = cy_PyLong_FromSsize_t(__pyx_v_self->n); if (MP_UNLIKELY(!!(!__pyx_t_4))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 42; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

    __pyx_t_5 = 0;
    {
      mp_obj_t __pyx_callargs[2] = {__pyx_t_3, __pyx_t_4};
      __pyx_t_2 = cy_Pyx_PyObject_FastCallMethod((mp_obj_t)__pyx_n_u_indices, __pyx_callargs+__pyx_t_5, (2-__pyx_t_5) | (1*cy_Pyx_PY_VECTORCALL_ARGUMENTS_OFFSET));
       __pyx_t_3 = 0;
       __pyx_t_4 = 0;
      if (MP_UNLIKELY(!!(!__pyx_t_2))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 42; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

    }
    if ((MP_LIKELY(!!(cy_PyTuple_CheckExact(__pyx_t_2)))) || (cy_PyList_CheckExact(__pyx_t_2))) {
      mp_obj_t sequence = __pyx_t_2;
      mp_int_t size = cy_Pyx_PySequence_SIZE(sequence);
      if (MP_UNLIKELY(!!(size != 3))) {
        if (size > 3) cy_Pyx_RaiseTooManyValuesError(3);
        else if (size >= 0) cy_Pyx_RaiseNeedMoreValuesError(size);
        do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 42; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);
      }

      __pyx_t_4 = cy_Pyx_PySequence_ITEM(sequence, 0); if (MP_UNLIKELY(!!(!__pyx_t_4))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 42; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

      __pyx_t_3 = cy_Pyx_PySequence_ITEM(sequence, 1); if (MP_UNLIKELY(!!(!__pyx_t_3))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 42; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

      __pyx_t_6 = cy_Pyx_PySequence_ITEM(sequence, 2); if (MP_UNLIKELY(!!(!__pyx_t_6))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 42; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

       __pyx_t_2 = 0;
    } else {
      mp_int_t index = -1;
      __pyx_t_7 = cy_PyObject_GetIter(__pyx_t_2); if (MP_UNLIKELY(!!(!__pyx_t_7))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 42; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

       __pyx_t_2 = 0;
      __pyx_t_8 = (1) ? cy_PyIter_Next : cy_Pyx_PyObject_GetIterNextFunc(__pyx_t_7);
      index = 0; __pyx_t_4 = __pyx_t_8(__pyx_t_7); if (MP_UNLIKELY(!!(!__pyx_t_4))) goto __pyx_L4_unpacking_failed;

      index = 1; __pyx_t_3 = __pyx_t_8(__pyx_t_7); if (MP_UNLIKELY(!!(!__pyx_t_3))) goto __pyx_L4_unpacking_failed;

      index = 2; __pyx_t_6 = __pyx_t_8(__pyx_t_7); if (MP_UNLIKELY(!!(!__pyx_t_6))) goto __pyx_L4_unpacking_failed;

      if (cy_Pyx_IternextUnpackEndCheck(__pyx_t_8(__pyx_t_7), 3) < (0)) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 42; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);
      __pyx_t_8 = NULL;
       __pyx_t_7 = 0;
      goto __pyx_L5_unpacking_done;
      __pyx_L4_unpacking_failed:;
       __pyx_t_7 = 0;
      __pyx_t_8 = NULL;
      if (cy_Pyx_IterFinish() == 0) cy_Pyx_RaiseNeedMoreValuesError(index);
      do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 42; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);
      __pyx_L5_unpacking_done:;
    }
    __pyx_t_9 = cy_Pyx_PyIndex_AsSsize_t(__pyx_t_4); if (MP_UNLIKELY(!!((__pyx_t_9 == (mp_int_t)-1) && cy_PyErr_Occurred()))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 42; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);
     __pyx_t_4 = 0;
    __pyx_t_10 = cy_Pyx_PyIndex_AsSsize_t(__pyx_t_3); if (MP_UNLIKELY(!!((__pyx_t_10 == (mp_int_t)-1) && cy_PyErr_Occurred()))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 42; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);
     __pyx_t_3 = 0;
    __pyx_t_11 = cy_Pyx_PyIndex_AsSsize_t(__pyx_t_6); if (MP_UNLIKELY(!!((__pyx_t_11 == (mp_int_t)-1) && cy_PyErr_Occurred()))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 42; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);
     __pyx_t_6 = 0;
    __pyx_v_start = __pyx_t_9;
    __pyx_v_stop = __pyx_t_10;
    __pyx_v_step = __pyx_t_11;

    /* "containers.pyx":43
 *         if isinstance(idx, slice):
 *             start, stop, step = idx.indices(self.n)
 *             return [self.data[i] for i in range(start, stop, step)]             # <<<<<<<<<<<<<<
 *         return self.data[self._index(idx)]
 *
*/
    { /* enter inner scope */
      __pyx_t_2 = cy_PyList_New(0); if (MP_UNLIKELY(!!(!__pyx_t_2))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 43; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

      __pyx_t_3 = NULL;
      __pyx_t_4 = cy_PyLong_FromSsize_t(__pyx_v_start); if (MP_UNLIKELY(!!(!__pyx_t_4))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 43; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

      __pyx_t_7 = cy_PyLong_FromSsize_t(__pyx_v_stop); if (MP_UNLIKELY(!!(!__pyx_t_7))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 43; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

      __pyx_t_12 = cy_PyLong_FromSsize_t(__pyx_v_step); if (MP_UNLIKELY(!!(!__pyx_t_12))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 43; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

      __pyx_t_5 = 1;
      {
        mp_obj_t __pyx_callargs[4] = {__pyx_t_3, __pyx_t_4, __pyx_t_7, __pyx_t_12};
        __pyx_t_6 = cy_Pyx_PyObject_FastCall((mp_obj_t)(&cy_PyRange_Type), __pyx_callargs+__pyx_t_5, (4-__pyx_t_5) | (__pyx_t_5*cy_Pyx_PY_VECTORCALL_ARGUMENTS_OFFSET));
         __pyx_t_3 = 0;
         __pyx_t_4 = 0;
         __pyx_t_7 = 0;
         __pyx_t_12 = 0;
        if (MP_UNLIKELY(!!(!__pyx_t_6))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 43; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

      }
      __pyx_t_12 = cy_PyObject_GetIter(__pyx_t_6); if (MP_UNLIKELY(!!(!__pyx_t_12))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 43; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

      __pyx_t_13 = (1) ? cy_PyIter_Next : cy_Pyx_PyObject_GetIterNextFunc(__pyx_t_12); if (MP_UNLIKELY(!!(!__pyx_t_13))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 43; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);
       __pyx_t_6 = 0;
      for (;;) {
        {
          __pyx_t_6 = __pyx_t_13(__pyx_t_12);
          if (MP_UNLIKELY(!!(!__pyx_t_6))) {
            mp_obj_t exc_type = cy_PyErr_Occurred();
            if (exc_type) {
              if (MP_UNLIKELY(!!(!cy_Pyx_PyErr_GivenExceptionMatches(exc_type, MP_OBJ_FROM_PTR(&mp_type_StopIteration))))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 43; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);
              cy_PyErr_Clear();
            }
            break;
          }
        }

        __pyx_t_11 = cy_Pyx_PyIndex_AsSsize_t(__pyx_t_6); if (MP_UNLIKELY(!!((__pyx_t_11 == (mp_int_t)-1) && cy_PyErr_Occurred()))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 43; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);
         __pyx_t_6 = 0;
        __pyx_7genexpr__pyx_v_i = __pyx_t_11;
        __pyx_t_6 = cy_Pyx_PyLong_From_int((__pyx_v_self->data[__pyx_7genexpr__pyx_v_i])); if (MP_UNLIKELY(!!(!__pyx_t_6))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 43; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

        if (MP_UNLIKELY(!!(cy_Pyx_ListComp_AppendAndDecref(__pyx_t_2, __pyx_t_6)))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 43; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);
        __pyx_t_6 = 0;
      }
       __pyx_t_12 = 0;
    } /* exit inner scope */
    {
      mp_obj_t __pyx_temp;
      {
        __pyx_temp = __pyx_r;
        __pyx_r = __pyx_t_2;
      }

    }
    __pyx_t_2 = 0;
    goto __pyx_L0;

    /* "containers.pyx":41
 *     def __getitem__(self, idx):
 *         cdef Py_ssize_t start, stop, step, i
 *         if isinstance(idx, slice):             # <<<<<<<<<<<<<<
 *             start, stop, step = idx.indices(self.n)
 *             return [self.data[i] for i in range(start, stop, step)]
*/
  }

  /* "containers.pyx":44
 *             start, stop, step = idx.indices(self.n)
 *             return [self.data[i] for i in range(start, stop, step)]
 *         return self.data[self._index(idx)]             # <<<<<<<<<<<<<<
 *
 *     def __setitem__(self, Py_ssize_t idx, int value):
*/
  __pyx_t_11 = cy_Pyx_PyIndex_AsSsize_t(__pyx_v_idx); if (MP_UNLIKELY(!!((__pyx_t_11 == (mp_int_t)-1) && cy_PyErr_Occurred()))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 44; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);
  __pyx_t_10 = ((struct __pyx_vtabstruct_10containers_IntBuffer *)__pyx_v_self->__pyx_vtab)->_index(__pyx_v_self, __pyx_t_11); if (MP_UNLIKELY(!!(__pyx_t_10 == ((mp_int_t)-1L)))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 44; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

  __pyx_t_2 = cy_Pyx_PyLong_From_int((__pyx_v_self->data[__pyx_t_10])); if (MP_UNLIKELY(!!(!__pyx_t_2))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 44; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

  {
    mp_obj_t __pyx_temp;
    {
      __pyx_temp = __pyx_r;
      __pyx_r = __pyx_t_2;
    }

  }
  __pyx_t_2 = 0;
  goto __pyx_L0;

  /* "containers.pyx":39
 *         return i
 *
 *     def __getitem__(self, idx):             # <<<<<<<<<<<<<<
 *         cdef Py_ssize_t start, stop, step, i
 *         if isinstance(idx, slice):
*/

  /* function exit code */
  __pyx_L1_error:;

  __pyx_traceback_0(".IntBuffer.__getitem__", __pyx_lineno);
  __pyx_r = NULL;
  __pyx_L0:;

  return __pyx_r;
}

/* "containers.pyx":46
 *         return self.data[self._index(idx)]
 *
 *     def __setitem__(self, Py_ssize_t idx, int value):             # <<<<<<<<<<<<<<
 *         self.data[self._index(idx)] = value
 *
*/

/* Python wrapper */
static int __pyx_pw_10containers_9IntBuffer_11__setitem__(mp_obj_t __pyx_v_self, mp_int_t __pyx_v_idx, mp_obj_t __pyx_arg_value); /*proto*/
static int __pyx_pw_10containers_9IntBuffer_11__setitem__(mp_obj_t __pyx_v_self, mp_int_t __pyx_v_idx, mp_obj_t __pyx_arg_value) {
  int __pyx_v_value;
  CYTHON_UNUSED mp_obj_t const *__pyx_kwvalues;
  int __pyx_lineno = 0;
  const char *__pyx_filename = NULL;
  int __pyx_clineno = 0;
  int __pyx_r;
  __Pyx_RefNannyDeclarations

  __pyx_kwvalues = cy_Pyx_KwValues_VARARGS(__pyx_args, __pyx_nargs);
  assert(__pyx_arg_value); {
    __pyx_v_value = cy_Pyx_PyLong_As_int(__pyx_arg_value); if (MP_UNLIKELY(!!((__pyx_v_value == (int)-1) && cy_PyErr_Occurred()))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 46; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L3_error; } while (0);
  }
  goto __pyx_L4_argument_unpacking_done;
  __pyx_L3_error:;
  __pyx_traceback_0(".IntBuffer.__setitem__", __pyx_lineno);

  return -1;
  __pyx_L4_argument_unpacking_done:;
  __pyx_r = __pyx_pf_10containers_9IntBuffer_10__setitem__(((struct __pyx_obj_10containers_IntBuffer *)__pyx_v_self), ((mp_int_t)__pyx_v_idx), ((int)__pyx_v_value));

  /* function exit code */

  return __pyx_r;
}

static int __pyx_pf_10containers_9IntBuffer_10__setitem__(struct __pyx_obj_10containers_IntBuffer *__pyx_v_self, mp_int_t __pyx_v_idx, int __pyx_v_value) {
  int __pyx_r;
  mp_int_t __pyx_t_1;
  int __pyx_lineno = 0;
  const char *__pyx_filename = NULL;
  int __pyx_clineno = 0;

  /* "containers.pyx":47
 *
 *     def __setitem__(self, Py_ssize_t idx, int value):
 *         self.data[self._index(idx)] = value             # <<<<<<<<<<<<<<
 *
 *     def __delitem__(self, Py_ssize_t idx):
*/
  __pyx_t_1 = ((struct __pyx_vtabstruct_10containers_IntBuffer *)__pyx_v_self->__pyx_vtab)->_index(__pyx_v_self, __pyx_v_idx); if (MP_UNLIKELY(!!(__pyx_t_1 == ((mp_int_t)-1L)))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 47; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);
  (__pyx_v_self->data[__pyx_t_1]) = __pyx_v_value;

  /* "containers.pyx":46
 *         return self.data[self._index(idx)]
 *
 *     def __setitem__(self, Py_ssize_t idx, int value):             # <<<<<<<<<<<<<<
 *         self.data[self._index(idx)] = value
 *
*/

  /* function exit code */
  __pyx_r = 0;
  goto __pyx_L0;
  __pyx_L1_error:;
  __pyx_traceback_0(".IntBuffer.__setitem__", __pyx_lineno);
  __pyx_r = -1;
  __pyx_L0:;

  return __pyx_r;
}

/* "containers.pyx":49
 *         self.data[self._index(idx)] = value
 *
 *     def __delitem__(self, Py_ssize_t idx):             # <<<<<<<<<<<<<<
 *         cdef Py_ssize_t i = self._index(idx)
 *         while i < self.n - 1:
*/

/* Python wrapper */
static int __pyx_pw_10containers_9IntBuffer_13__delitem__(mp_obj_t __pyx_v_self, mp_int_t __pyx_v_idx); /*proto*/
static int __pyx_pw_10containers_9IntBuffer_13__delitem__(mp_obj_t __pyx_v_self, mp_int_t __pyx_v_idx) {
  CYTHON_UNUSED mp_obj_t const *__pyx_kwvalues;
  int __pyx_r;
  __Pyx_RefNannyDeclarations

  __pyx_kwvalues = cy_Pyx_KwValues_VARARGS(__pyx_args, __pyx_nargs);
  __pyx_r = __pyx_pf_10containers_9IntBuffer_12__delitem__(((struct __pyx_obj_10containers_IntBuffer *)__pyx_v_self), ((mp_int_t)__pyx_v_idx));

  /* function exit code */

  return __pyx_r;
}

static int __pyx_pf_10containers_9IntBuffer_12__delitem__(struct __pyx_obj_10containers_IntBuffer *__pyx_v_self, mp_int_t __pyx_v_idx) {
  mp_int_t __pyx_v_i;
  int __pyx_r;
  mp_int_t __pyx_t_1;
  int __pyx_t_2;
  int __pyx_lineno = 0;
  const char *__pyx_filename = NULL;
  int __pyx_clineno = 0;

  /* "containers.pyx":50
 *
 *     def __delitem__(self, Py_ssize_t idx):
 *         cdef Py_ssize_t i = self._index(idx)             # <<<<<<<<<<<<<<
 *         while i < self.n - 1:
 *             self.data[i] = self.data[i + 1]
*/
  __pyx_t_1 = ((struct __pyx_vtabstruct_10containers_IntBuffer *)__pyx_v_self->__pyx_vtab)->_index(__pyx_v_self, __pyx_v_idx); if (MP_UNLIKELY(!!(__pyx_t_1 == ((mp_int_t)-1L)))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 50; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);
  __pyx_v_i = __pyx_t_1;

  /* "containers.pyx":51
 *     def __delitem__(self, Py_ssize_t idx):
 *         cdef Py_ssize_t i = self._index(idx)
 *         while i < self.n - 1:             # <<<<<<<<<<<<<<
 *             self.data[i] = self.data[i + 1]
 *             i += 1
*/
  while (1) {
    __pyx_t_2 = (__pyx_v_i < (__pyx_v_self->n - 1));

    if (!__pyx_t_2) break;

    /* "containers.pyx":52
 *         cdef Py_ssize_t i = self._index(idx)
 *         while i < self.n - 1:
 *             self.data[i] = self.data[i + 1]             # <<<<<<<<<<<<<<
 *             i += 1
 *         self.n -= 1
*/
    (__pyx_v_self->data[__pyx_v_i]) = (__pyx_v_self->data[(__pyx_v_i + 1)]);

    /* "containers.pyx":53
 *         while i < self.n - 1:
 *             self.data[i] = self.data[i + 1]
 *             i += 1             # <<<<<<<<<<<<<<
 *         self.n -= 1
 *
*/
    __pyx_v_i = (__pyx_v_i + 1);
  }

  /* "containers.pyx":54
 *             self.data[i] = self.data[i + 1]
 *             i += 1
 *         self.n -= 1             # <<<<<<<<<<<<<<
 *
 *     def __contains__(self, value):
*/
  __pyx_v_self->n = (__pyx_v_self->n - 1);

  /* "containers.pyx":49
 *         self.data[self._index(idx)] = value
 *
 *     def __delitem__(self, Py_ssize_t idx):             # <<<<<<<<<<<<<<
 *         cdef Py_ssize_t i = self._index(idx)
 *         while i < self.n - 1:
*/

  /* function exit code */
  __pyx_r = 0;
  goto __pyx_L0;
  __pyx_L1_error:;
  __pyx_traceback_0(".IntBuffer.__delitem__", __pyx_lineno);
  __pyx_r = -1;
  __pyx_L0:;

  return __pyx_r;
}

/* "containers.pyx":56
 *         self.n -= 1
 *
 *     def __contains__(self, value):             # <<<<<<<<<<<<<<
 *         cdef Py_ssize_t i
 *         if not isinstance(value, int):
*/

/* Python wrapper */
static int __pyx_pw_10containers_9IntBuffer_15__contains__(mp_obj_t __pyx_v_self, mp_obj_t __pyx_v_value); /*proto*/
static int __pyx_pw_10containers_9IntBuffer_15__contains__(mp_obj_t __pyx_v_self, mp_obj_t __pyx_v_value) {
  CYTHON_UNUSED mp_obj_t const *__pyx_kwvalues;
  int __pyx_r;
  __Pyx_RefNannyDeclarations

  __pyx_kwvalues = cy_Pyx_KwValues_VARARGS(__pyx_args, __pyx_nargs);
  __pyx_r = __pyx_pf_10containers_9IntBuffer_14__contains__(((struct __pyx_obj_10containers_IntBuffer *)__pyx_v_self), ((mp_obj_t )__pyx_v_value));

  /* function exit code */

  return __pyx_r;
}

static int __pyx_pf_10containers_9IntBuffer_14__contains__(struct __pyx_obj_10containers_IntBuffer *__pyx_v_self, mp_obj_t __pyx_v_value) {
  mp_int_t __pyx_v_i;
  int __pyx_r;
  __Pyx_RefNannyDeclarations
  int __pyx_t_1;
  int __pyx_t_2;
  mp_int_t __pyx_t_3;
  mp_int_t __pyx_t_4;
  mp_int_t __pyx_t_5;
  mp_obj_t __pyx_t_6 = NULL;
  int __pyx_lineno = 0;
  const char *__pyx_filename = NULL;
  int __pyx_clineno = 0;

  /* "containers.pyx":58
 *     def __contains__(self, value):
 *         cdef Py_ssize_t i
 *         if not isinstance(value, int):             # <<<<<<<<<<<<<<
 *             return False
 *         for i in range(self.n):
*/
  __pyx_t_1 = cy_PyLong_Check(__pyx_v_value);
  __pyx_t_2 = (!__pyx_t_1);

  if (__pyx_t_2) {

    /* "containers.pyx":59
 *         cdef Py_ssize_t i
 *         if not isinstance(value, int):
 *             return False             # <<<<<<<<<<<<<<
 *         for i in range(self.n):
 *             if self.data[i] == value:
*/
    {

      __pyx_r = 0;
    }
    goto __pyx_L0;

    /* "containers.pyx":58
 *     def __contains__(self, value):
 *         cdef Py_ssize_t i
 *         if not isinstance(value, int):             # <<<<<<<<<<<<<<
 *             return False
 *         for i in range(self.n):
*/
  }

  /* "containers.pyx":60
 *         if not isinstance(value, int):
 *             return False
 *         for i in range(self.n):             # <<<<<<<<<<<<<<
 *             if self.data[i] == value:
 *                 return True
*/

  __pyx_t_3 = __pyx_v_self->n;
  __pyx_t_4 = __pyx_t_3;

  for (__pyx_t_5 = 0; __pyx_t_5 < __pyx_t_4; __pyx_t_5+=1) {
    __pyx_v_i = __pyx_t_5;

    /* "containers.pyx":61
 *             return False
 *         for i in range(self.n):
 *             if self.data[i] == value:             # <<<<<<<<<<<<<<
 *                 return True
 *         return False
*/
    __pyx_t_6 = cy_Pyx_PyLong_From_int((__pyx_v_self->data[__pyx_v_i])); if (MP_UNLIKELY(!!(!__pyx_t_6))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 61; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

    __pyx_t_2 = cy_Pyx_PyObject_CompareBoolEq_int_object(__pyx_t_6, __pyx_v_value, cy_Py_EQ); if (MP_UNLIKELY(!!((__pyx_t_2 < 0)))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 61; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);
     __pyx_t_6 = 0;
    if (__pyx_t_2) {

      /* "containers.pyx":62
 *         for i in range(self.n):
 *             if self.data[i] == value:
 *                 return True             # <<<<<<<<<<<<<<
 *         return False
 *
*/
      {

        __pyx_r = 1;
      }
      goto __pyx_L0;

      /* "containers.pyx":61
 *             return False
 *         for i in range(self.n):
 *             if self.data[i] == value:             # <<<<<<<<<<<<<<
 *                 return True
 *         return False
*/
    }
  }

  /* "containers.pyx":63
 *             if self.data[i] == value:
 *                 return True
 *         return False             # <<<<<<<<<<<<<<
 *
 *     def __iter__(self):
*/
  {

    __pyx_r = 0;
  }
  goto __pyx_L0;

  /* "containers.pyx":56
 *         self.n -= 1
 *
 *     def __contains__(self, value):             # <<<<<<<<<<<<<<
 *         cdef Py_ssize_t i
 *         if not isinstance(value, int):
*/

  /* function exit code */
  __pyx_L1_error:;

  __pyx_traceback_0(".IntBuffer.__contains__", __pyx_lineno);
  __pyx_r = -1;
  __pyx_L0:;

  return __pyx_r;
}

/* "containers.pyx":65
 *         return False
 *
 *     def __iter__(self):             # <<<<<<<<<<<<<<
 *         return IntBufferIter(self)
 *
*/

/* Python wrapper */
static mp_obj_t __pyx_pw_10containers_9IntBuffer_17__iter__(mp_obj_t __pyx_v_self); /*proto*/
static mp_obj_t __pyx_pw_10containers_9IntBuffer_17__iter__(mp_obj_t __pyx_v_self) {
  CYTHON_UNUSED mp_obj_t const *__pyx_kwvalues;
  mp_obj_t __pyx_r = 0;
  __Pyx_RefNannyDeclarations

  __pyx_kwvalues = cy_Pyx_KwValues_VARARGS(__pyx_args, __pyx_nargs);
  __pyx_r = __pyx_pf_10containers_9IntBuffer_16__iter__(((struct __pyx_obj_10containers_IntBuffer *)__pyx_v_self));

  /* function exit code */

  return __pyx_r;
}

static mp_obj_t __pyx_pf_10containers_9IntBuffer_16__iter__(struct __pyx_obj_10containers_IntBuffer *__pyx_v_self) {
  mp_obj_t __pyx_r = NULL;
  __Pyx_RefNannyDeclarations
  mp_obj_t __pyx_t_1 = NULL;
  mp_obj_t __pyx_t_2 = NULL;
  size_t __pyx_t_3;
  int __pyx_lineno = 0;
  const char *__pyx_filename = NULL;
  int __pyx_clineno = 0;

  /* "containers.pyx":66
 *
 *     def __iter__(self):
 *         return IntBufferIter(self)             # <<<<<<<<<<<<<<
 *
 *     def __repr__(self):
*/
  __pyx_t_2 = NULL;
  __pyx_t_3 = 1;
  {
    mp_obj_t __pyx_callargs[2] = {__pyx_t_2, ((mp_obj_t )__pyx_v_self)};
    __pyx_t_1 = cy_Pyx_PyObject_FastCall((mp_obj_t)__pyx_mstate_global->__pyx_ptype_10containers_IntBufferIter, __pyx_callargs+__pyx_t_3, (2-__pyx_t_3) | (__pyx_t_3*cy_Pyx_PY_VECTORCALL_ARGUMENTS_OFFSET));
     __pyx_t_2 = 0;
    if (MP_UNLIKELY(!!(!__pyx_t_1))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 66; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

  }
  {
    mp_obj_t __pyx_temp;
    {
      __pyx_temp = __pyx_r;
      __pyx_r = ((mp_obj_t )__pyx_t_1);
    }

  }
  __pyx_t_1 = 0;
  goto __pyx_L0;

  /* "containers.pyx":65
 *         return False
 *
 *     def __iter__(self):             # <<<<<<<<<<<<<<
 *         return IntBufferIter(self)
 *
*/

  /* function exit code */
  __pyx_L1_error:;

  __pyx_traceback_0(".IntBuffer.__iter__", __pyx_lineno);
  __pyx_r = NULL;
  __pyx_L0:;

  return __pyx_r;
}

/* "containers.pyx":68
 *         return IntBufferIter(self)
 *
 *     def __repr__(self):             # <<<<<<<<<<<<<<
 *         return "IntBuffer(%r)" % ([self.data[i] for i in range(self.n)],)
 *
*/

/* Python wrapper */
static mp_obj_t __pyx_pw_10containers_9IntBuffer_19__repr__(mp_obj_t __pyx_v_self); /*proto*/
static mp_obj_t __pyx_pw_10containers_9IntBuffer_19__repr__(mp_obj_t __pyx_v_self) {
  CYTHON_UNUSED mp_obj_t const *__pyx_kwvalues;
  mp_obj_t __pyx_r = 0;
  __Pyx_RefNannyDeclarations

  __pyx_kwvalues = cy_Pyx_KwValues_VARARGS(__pyx_args, __pyx_nargs);
  __pyx_r = __pyx_pf_10containers_9IntBuffer_18__repr__(((struct __pyx_obj_10containers_IntBuffer *)__pyx_v_self));

  /* function exit code */

  return __pyx_r;
}

static mp_obj_t __pyx_pf_10containers_9IntBuffer_18__repr__(struct __pyx_obj_10containers_IntBuffer *__pyx_v_self) {
  mp_int_t __pyx_8genexpr1__pyx_v_i;
  mp_obj_t __pyx_r = NULL;
  __Pyx_RefNannyDeclarations
  mp_obj_t __pyx_t_1 = NULL;
  mp_int_t __pyx_t_2;
  mp_int_t __pyx_t_3;
  mp_int_t __pyx_t_4;
  mp_obj_t __pyx_t_5 = NULL;
  mp_obj_t __pyx_t_6[3];
  int __pyx_t_7;
  int __pyx_lineno = 0;
  const char *__pyx_filename = NULL;
  int __pyx_clineno = 0;

  /* "containers.pyx":69
 *
 *     def __repr__(self):
 *         return "IntBuffer(%r)" % ([self.data[i] for i in range(self.n)],)             # <<<<<<<<<<<<<<
 *
 *     def __eq__(self, other):
*/
  { /* enter inner scope */
    __pyx_t_1 = cy_PyList_New(0); if (MP_UNLIKELY(!!(!__pyx_t_1))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 69; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

    __pyx_t_2 = __pyx_v_self->n;
    __pyx_t_3 = __pyx_t_2;

    for (__pyx_t_4 = 0; __pyx_t_4 < __pyx_t_3; __pyx_t_4+=1) {
      __pyx_8genexpr1__pyx_v_i = __pyx_t_4;
      __pyx_t_5 = cy_Pyx_PyLong_From_int((__pyx_v_self->data[__pyx_8genexpr1__pyx_v_i])); if (MP_UNLIKELY(!!(!__pyx_t_5))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 69; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

      if (MP_UNLIKELY(!!(cy_Pyx_ListComp_AppendAndDecref(__pyx_t_1, __pyx_t_5)))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 69; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);
      __pyx_t_5 = 0;
    }

  } /* exit inner scope */
  __pyx_t_5 = cy_Pyx_PyObject_FormatSimpleAndDecref(cy_PyObject_Repr(__pyx_t_1), __pyx_mstate_global->__pyx_empty_unicode); if (MP_UNLIKELY(!!(!__pyx_t_5))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 69; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

   __pyx_t_1 = 0;
  __pyx_t_6[0] = __pyx_kp_u_IntBuffer;
  __pyx_t_6[1] = __pyx_t_5;
  __pyx_t_6[2] = __pyx_kp_u_;
  __pyx_t_2 = 11;

  __pyx_t_7 = 0;

  __pyx_t_1 = cy_Pyx_PyUnicode_Join(__pyx_t_6, 3, __pyx_t_2, __pyx_t_7);
  if (MP_UNLIKELY(!!(!__pyx_t_1))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 69; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

   __pyx_t_5 = 0;
  {
    mp_obj_t __pyx_temp;
    {
      __pyx_temp = __pyx_r;
      __pyx_r = __pyx_t_1;
    }

  }
  __pyx_t_1 = 0;
  goto __pyx_L0;

  /* "containers.pyx":68
 *         return IntBufferIter(self)
 *
 *     def __repr__(self):             # <<<<<<<<<<<<<<
 *         return "IntBuffer(%r)" % ([self.data[i] for i in range(self.n)],)
 *
*/

  /* function exit code */
  __pyx_L1_error:;

  __pyx_traceback_0(".IntBuffer.__repr__", __pyx_lineno);
  __pyx_r = NULL;
  __pyx_L0:;

  return __pyx_r;
}

/* "containers.pyx":71
 *         return "IntBuffer(%r)" % ([self.data[i] for i in range(self.n)],)
 *
 *     def __eq__(self, other):             # <<<<<<<<<<<<<<
 *         if not isinstance(other, IntBuffer):
 *             return NotImplemented
*/

/* Python wrapper */
static mp_obj_t __pyx_pw_10containers_9IntBuffer_21__eq__(mp_obj_t __pyx_v_self, mp_obj_t __pyx_v_other); /*proto*/
static mp_obj_t __pyx_pw_10containers_9IntBuffer_21__eq__(mp_obj_t __pyx_v_self, mp_obj_t __pyx_v_other) {
  CYTHON_UNUSED mp_obj_t const *__pyx_kwvalues;
  mp_obj_t __pyx_r = 0;
  __Pyx_RefNannyDeclarations

  __pyx_kwvalues = cy_Pyx_KwValues_VARARGS(__pyx_args, __pyx_nargs);
  __pyx_r = __pyx_pf_10containers_9IntBuffer_20__eq__(((struct __pyx_obj_10containers_IntBuffer *)__pyx_v_self), ((mp_obj_t )__pyx_v_other));

  /* function exit code */

  return __pyx_r;
}

static mp_obj_t __pyx_pf_10containers_9IntBuffer_20__eq__(struct __pyx_obj_10containers_IntBuffer *__pyx_v_self, mp_obj_t __pyx_v_other) {
  mp_obj_t __pyx_r = NULL;
  __Pyx_RefNannyDeclarations
  int __pyx_t_1;
  int __pyx_t_2;
  mp_obj_t __pyx_t_3 = NULL;
  mp_obj_t __pyx_t_4 = NULL;
  mp_obj_t __pyx_t_5 = NULL;
  int __pyx_lineno = 0;
  const char *__pyx_filename = NULL;
  int __pyx_clineno = 0;

  /* "containers.pyx":72
 *
 *     def __eq__(self, other):
 *         if not isinstance(other, IntBuffer):             # <<<<<<<<<<<<<<
 *             return NotImplemented
 *         return list(self) == list(other)
*/
  __pyx_t_1 = cy_Pyx_TypeCheck(__pyx_v_other, __pyx_mstate_global->__pyx_ptype_10containers_IntBuffer);
  __pyx_t_2 = (!__pyx_t_1);

  if (__pyx_t_2) {

    /* "containers.pyx":73
 *     def __eq__(self, other):
 *         if not isinstance(other, IntBuffer):
 *             return NotImplemented             # <<<<<<<<<<<<<<
 *         return list(self) == list(other)
 *
*/
    {
      mp_obj_t __pyx_temp;
      {
        __pyx_temp = __pyx_r;

        __pyx_r = __pyx_builtin_NotImplemented;
      }

    }
    goto __pyx_L0;

    /* "containers.pyx":72
 *
 *     def __eq__(self, other):
 *         if not isinstance(other, IntBuffer):             # <<<<<<<<<<<<<<
 *             return NotImplemented
 *         return list(self) == list(other)
*/
  }

  /* "containers.pyx":74
 *         if not isinstance(other, IntBuffer):
 *             return NotImplemented
 *         return list(self) == list(other)             # <<<<<<<<<<<<<<
 *
 *     def __lt__(self, IntBuffer other):
*/
  __pyx_t_3 = cy_PySequence_List(((mp_obj_t )__pyx_v_self)); if (MP_UNLIKELY(!!(!__pyx_t_3))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 74; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

  __pyx_t_4 = cy_PySequence_List(__pyx_v_other); if (MP_UNLIKELY(!!(!__pyx_t_4))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 74; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

  __pyx_t_5 = cy_PyObject_RichCompare(__pyx_t_3, __pyx_t_4, cy_Py_EQ);  if (MP_UNLIKELY(!!(!__pyx_t_5))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 74; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);
   __pyx_t_3 = 0;
   __pyx_t_4 = 0;
  {
    mp_obj_t __pyx_temp;
    {
      __pyx_temp = __pyx_r;
      __pyx_r = __pyx_t_5;
    }

  }
  __pyx_t_5 = 0;
  goto __pyx_L0;

  /* "containers.pyx":71
 *         return "IntBuffer(%r)" % ([self.data[i] for i in range(self.n)],)
 *
 *     def __eq__(self, other):             # <<<<<<<<<<<<<<
 *         if not isinstance(other, IntBuffer):
 *             return NotImplemented
*/

  /* function exit code */
  __pyx_L1_error:;

  __pyx_traceback_0(".IntBuffer.__eq__", __pyx_lineno);
  __pyx_r = NULL;
  __pyx_L0:;

  return __pyx_r;
}

/* "containers.pyx":76
 *         return list(self) == list(other)
 *
 *     def __lt__(self, IntBuffer other):             # <<<<<<<<<<<<<<
 *         return list(self) < list(other)
 *
*/

/* Python wrapper */
static mp_obj_t __pyx_pw_10containers_9IntBuffer_23__lt__(mp_obj_t __pyx_v_self, mp_obj_t __pyx_v_other); /*proto*/
static mp_obj_t __pyx_pw_10containers_9IntBuffer_23__lt__(mp_obj_t __pyx_v_self, mp_obj_t __pyx_v_other) {
  CYTHON_UNUSED mp_obj_t const *__pyx_kwvalues;
  int __pyx_lineno = 0;
  const char *__pyx_filename = NULL;
  int __pyx_clineno = 0;
  mp_obj_t __pyx_r = 0;
  __Pyx_RefNannyDeclarations

  __pyx_kwvalues = cy_Pyx_KwValues_VARARGS(__pyx_args, __pyx_nargs);
  if (MP_UNLIKELY(!!(!cy_Pyx_ArgTypeTest(((mp_obj_t )__pyx_v_other), __pyx_mstate_global->__pyx_ptype_10containers_IntBuffer, 1, "other", 0)))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 76; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);
  __pyx_r = __pyx_pf_10containers_9IntBuffer_22__lt__(((struct __pyx_obj_10containers_IntBuffer *)__pyx_v_self), ((struct __pyx_obj_10containers_IntBuffer *)__pyx_v_other));

  /* function exit code */
  goto __pyx_L0;
  __pyx_L1_error:;
  __pyx_r = NULL;
  goto __pyx_L5_cleaned_up;
  __pyx_L0:;
  __pyx_L5_cleaned_up:;

  return __pyx_r;
}

static mp_obj_t __pyx_pf_10containers_9IntBuffer_22__lt__(struct __pyx_obj_10containers_IntBuffer *__pyx_v_self, struct __pyx_obj_10containers_IntBuffer *__pyx_v_other) {
  mp_obj_t __pyx_r = NULL;
  __Pyx_RefNannyDeclarations
  mp_obj_t __pyx_t_1 = NULL;
  mp_obj_t __pyx_t_2 = NULL;
  mp_obj_t __pyx_t_3 = NULL;
  int __pyx_lineno = 0;
  const char *__pyx_filename = NULL;
  int __pyx_clineno = 0;

  /* "containers.pyx":77
 *
 *     def __lt__(self, IntBuffer other):
 *         return list(self) < list(other)             # <<<<<<<<<<<<<<
 *
 *     def __le__(self, IntBuffer other):
*/
  __pyx_t_1 = cy_PySequence_List(((mp_obj_t )__pyx_v_self)); if (MP_UNLIKELY(!!(!__pyx_t_1))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 77; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

  __pyx_t_2 = cy_PySequence_List(((mp_obj_t )__pyx_v_other)); if (MP_UNLIKELY(!!(!__pyx_t_2))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 77; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

  __pyx_t_3 = cy_PyObject_RichCompare(__pyx_t_1, __pyx_t_2, cy_Py_LT);  if (MP_UNLIKELY(!!(!__pyx_t_3))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 77; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);
   __pyx_t_1 = 0;
   __pyx_t_2 = 0;
  {
    mp_obj_t __pyx_temp;
    {
      __pyx_temp = __pyx_r;
      __pyx_r = __pyx_t_3;
    }

  }
  __pyx_t_3 = 0;
  goto __pyx_L0;

  /* "containers.pyx":76
 *         return list(self) == list(other)
 *
 *     def __lt__(self, IntBuffer other):             # <<<<<<<<<<<<<<
 *         return list(self) < list(other)
 *
*/

  /* function exit code */
  __pyx_L1_error:;

  __pyx_traceback_0(".IntBuffer.__lt__", __pyx_lineno);
  __pyx_r = NULL;
  __pyx_L0:;

  return __pyx_r;
}

/* "containers.pyx":79
 *         return list(self) < list(other)
 *
 *     def __le__(self, IntBuffer other):             # <<<<<<<<<<<<<<
 *         return list(self) <= list(other)
 *
*/

/* Python wrapper */
static mp_obj_t __pyx_pw_10containers_9IntBuffer_25__le__(mp_obj_t __pyx_v_self, mp_obj_t __pyx_v_other); /*proto*/
static mp_obj_t __pyx_pw_10containers_9IntBuffer_25__le__(mp_obj_t __pyx_v_self, mp_obj_t __pyx_v_other) {
  CYTHON_UNUSED mp_obj_t const *__pyx_kwvalues;
  int __pyx_lineno = 0;
  const char *__pyx_filename = NULL;
  int __pyx_clineno = 0;
  mp_obj_t __pyx_r = 0;
  __Pyx_RefNannyDeclarations

  __pyx_kwvalues = cy_Pyx_KwValues_VARARGS(__pyx_args, __pyx_nargs);
  if (MP_UNLIKELY(!!(!cy_Pyx_ArgTypeTest(((mp_obj_t )__pyx_v_other), __pyx_mstate_global->__pyx_ptype_10containers_IntBuffer, 1, "other", 0)))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 79; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);
  __pyx_r = __pyx_pf_10containers_9IntBuffer_24__le__(((struct __pyx_obj_10containers_IntBuffer *)__pyx_v_self), ((struct __pyx_obj_10containers_IntBuffer *)__pyx_v_other));

  /* function exit code */
  goto __pyx_L0;
  __pyx_L1_error:;
  __pyx_r = NULL;
  goto __pyx_L5_cleaned_up;
  __pyx_L0:;
  __pyx_L5_cleaned_up:;

  return __pyx_r;
}

static mp_obj_t __pyx_pf_10containers_9IntBuffer_24__le__(struct __pyx_obj_10containers_IntBuffer *__pyx_v_self, struct __pyx_obj_10containers_IntBuffer *__pyx_v_other) {
  mp_obj_t __pyx_r = NULL;
  __Pyx_RefNannyDeclarations
  mp_obj_t __pyx_t_1 = NULL;
  mp_obj_t __pyx_t_2 = NULL;
  mp_obj_t __pyx_t_3 = NULL;
  int __pyx_lineno = 0;
  const char *__pyx_filename = NULL;
  int __pyx_clineno = 0;

  /* "containers.pyx":80
 *
 *     def __le__(self, IntBuffer other):
 *         return list(self) <= list(other)             # <<<<<<<<<<<<<<
 *
 *     def __iadd__(self, other):
*/
  __pyx_t_1 = cy_PySequence_List(((mp_obj_t )__pyx_v_self)); if (MP_UNLIKELY(!!(!__pyx_t_1))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 80; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

  __pyx_t_2 = cy_PySequence_List(((mp_obj_t )__pyx_v_other)); if (MP_UNLIKELY(!!(!__pyx_t_2))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 80; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

  __pyx_t_3 = cy_PyObject_RichCompare(__pyx_t_1, __pyx_t_2, cy_Py_LE);  if (MP_UNLIKELY(!!(!__pyx_t_3))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 80; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);
   __pyx_t_1 = 0;
   __pyx_t_2 = 0;
  {
    mp_obj_t __pyx_temp;
    {
      __pyx_temp = __pyx_r;
      __pyx_r = __pyx_t_3;
    }

  }
  __pyx_t_3 = 0;
  goto __pyx_L0;

  /* "containers.pyx":79
 *         return list(self) < list(other)
 *
 *     def __le__(self, IntBuffer other):             # <<<<<<<<<<<<<<
 *         return list(self) <= list(other)
 *
*/

  /* function exit code */
  __pyx_L1_error:;

  __pyx_traceback_0(".IntBuffer.__le__", __pyx_lineno);
  __pyx_r = NULL;
  __pyx_L0:;

  return __pyx_r;
}

/* "containers.pyx":82
 *         return list(self) <= list(other)
 *
 *     def __iadd__(self, other):             # <<<<<<<<<<<<<<
 *         for x in other:
 *             self.append(x)
*/

/* Python wrapper */
static mp_obj_t __pyx_pw_10containers_9IntBuffer_27__iadd__(mp_obj_t __pyx_v_self, mp_obj_t __pyx_v_other); /*proto*/
static mp_obj_t __pyx_pw_10containers_9IntBuffer_27__iadd__(mp_obj_t __pyx_v_self, mp_obj_t __pyx_v_other) {
  CYTHON_UNUSED mp_obj_t const *__pyx_kwvalues;
  mp_obj_t __pyx_r = 0;
  __Pyx_RefNannyDeclarations

  __pyx_kwvalues = cy_Pyx_KwValues_VARARGS(__pyx_args, __pyx_nargs);
  __pyx_r = __pyx_pf_10containers_9IntBuffer_26__iadd__(((struct __pyx_obj_10containers_IntBuffer *)__pyx_v_self), ((mp_obj_t )__pyx_v_other));

  /* function exit code */

  return __pyx_r;
}

static mp_obj_t __pyx_pf_10containers_9IntBuffer_26__iadd__(struct __pyx_obj_10containers_IntBuffer *__pyx_v_self, mp_obj_t __pyx_v_other) {
  mp_obj_t __pyx_v_x = NULL;
  mp_obj_t __pyx_r = NULL;
  __Pyx_RefNannyDeclarations
  mp_obj_t __pyx_t_1 = NULL;
  mp_int_t __pyx_t_2;

  mp_obj_t __pyx_t_4 = NULL;
  int __pyx_t_5;
  int __pyx_lineno = 0;
  const char *__pyx_filename = NULL;
  int __pyx_clineno = 0;

  /* "containers.pyx":83
 *
 *     def __iadd__(self, other):
 *         for x in other:             # <<<<<<<<<<<<<<
 *             self.append(x)
 *         return self
*/

    __pyx_t_1 = cy_Pyx_ForIter_Start(__pyx_v_other, &__pyx_t_2); if (MP_UNLIKELY(!!(!__pyx_t_1))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 83; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

  for (;;) {

          __pyx_t_4 = cy_Pyx_ForIter_Next(__pyx_t_1, &__pyx_t_2);

          if (MP_UNLIKELY(!!(!__pyx_t_4))) {

        if (MP_UNLIKELY(!!(cy_PyErr_Occurred()))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 83; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);
        break;
      }

    __pyx_v_x = __pyx_t_4;
    __pyx_t_4 = 0;

    /* "containers.pyx":84
 *     def __iadd__(self, other):
 *         for x in other:
 *             self.append(x)             # <<<<<<<<<<<<<<
 *         return self
 *
*/
    __pyx_t_5 = cy_Pyx_PyLong_As_int(__pyx_v_x); if (MP_UNLIKELY(!!((__pyx_t_5 == (int)-1) && cy_PyErr_Occurred()))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 84; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);
    __pyx_t_4 = ((struct __pyx_vtabstruct_10containers_IntBuffer *)__pyx_v_self->__pyx_vtab)->append(__pyx_v_self, __pyx_t_5, 0); if (MP_UNLIKELY(!!(!__pyx_t_4))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 84; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

     __pyx_t_4 = 0;

    /* "containers.pyx":83
 *
 *     def __iadd__(self, other):
 *         for x in other:             # <<<<<<<<<<<<<<
 *             self.append(x)
 *         return self
*/
  }
   __pyx_t_1 = 0;

  /* "containers.pyx":85
 *         for x in other:
 *             self.append(x)
 *         return self             # <<<<<<<<<<<<<<
 *
 *     def sum(self):
*/
  {
    mp_obj_t __pyx_temp;
    {
      __pyx_temp = __pyx_r;

      __pyx_r = ((mp_obj_t )__pyx_v_self);
    }

  }
  goto __pyx_L0;

  /* "containers.pyx":82
 *         return list(self) <= list(other)
 *
 *     def __iadd__(self, other):             # <<<<<<<<<<<<<<
 *         for x in other:
 *             self.append(x)
*/

  /* function exit code */
  __pyx_L1_error:;

  __pyx_traceback_0(".IntBuffer.__iadd__", __pyx_lineno);
  __pyx_r = NULL;
  __pyx_L0:;

  return __pyx_r;
}

/* "containers.pyx":87
 *         return self
 *
 *     def sum(self):             # <<<<<<<<<<<<<<
 *         cdef long total = 0
 *         cdef Py_ssize_t i
*/

/* Python wrapper */
static mp_obj_t __pyx_pw_10containers_9IntBuffer_29sum(mp_obj_t __pyx_v_self,

mp_obj_t const *__pyx_args, mp_int_t __pyx_nargs, mp_obj_t __pyx_kwds

); /*proto*/
static cy_PyMethodDef __pyx_mdef_10containers_9IntBuffer_29sum = {"sum", (cy_PyCFunction)(void(*)(void))(cy_Pyx_PyCFunction_FastCallWithKeywords)__pyx_pw_10containers_9IntBuffer_29sum, cy_Pyx_METH_FASTCALL|cy_METH_KEYWORDS, 0};
static mp_obj_t __pyx_pw_10containers_9IntBuffer_29sum(mp_obj_t __pyx_v_self,

mp_obj_t const *__pyx_args, mp_int_t __pyx_nargs, mp_obj_t __pyx_kwds

) {

  CYTHON_UNUSED mp_obj_t const *__pyx_kwvalues;
  mp_obj_t __pyx_r = 0;
  __Pyx_RefNannyDeclarations

  __pyx_kwvalues = cy_Pyx_KwValues_FASTCALL(__pyx_args, __pyx_nargs);
  if (MP_UNLIKELY(!!(__pyx_nargs || __pyx_kwds)) && cy_Pyx_RejectArgs("sum", __pyx_args, __pyx_nargs, __pyx_kwds)
< 0) return NULL;

  __pyx_r = __pyx_pf_10containers_9IntBuffer_28sum(((struct __pyx_obj_10containers_IntBuffer *)__pyx_v_self));

  /* function exit code */

  return __pyx_r;
}

static mp_obj_t __pyx_pf_10containers_9IntBuffer_28sum(struct __pyx_obj_10containers_IntBuffer *__pyx_v_self) {
  long __pyx_v_total;
  mp_int_t __pyx_v_i;
  mp_obj_t __pyx_r = NULL;
  __Pyx_RefNannyDeclarations
  mp_int_t __pyx_t_1;
  mp_int_t __pyx_t_2;
  mp_int_t __pyx_t_3;
  mp_obj_t __pyx_t_4 = NULL;
  int __pyx_lineno = 0;
  const char *__pyx_filename = NULL;
  int __pyx_clineno = 0;

  /* "containers.pyx":88
 *
 *     def sum(self):
 *         cdef long total = 0             # <<<<<<<<<<<<<<
 *         cdef Py_ssize_t i
 *         for i in range(self.n):
*/
  __pyx_v_total = 0;

  /* "containers.pyx":90
 *         cdef long total = 0
 *         cdef Py_ssize_t i
 *         for i in range(self.n):             # <<<<<<<<<<<<<<
 *             total += self.data[i]
 *         return total
*/

  __pyx_t_1 = __pyx_v_self->n;
  __pyx_t_2 = __pyx_t_1;

  for (__pyx_t_3 = 0; __pyx_t_3 < __pyx_t_2; __pyx_t_3+=1) {
    __pyx_v_i = __pyx_t_3;

    /* "containers.pyx":91
 *         cdef Py_ssize_t i
 *         for i in range(self.n):
 *             total += self.data[i]             # <<<<<<<<<<<<<<
 *         return total
 *
*/
    __pyx_v_total = (__pyx_v_total + (__pyx_v_self->data[__pyx_v_i]));
  }

  /* "containers.pyx":92
 *         for i in range(self.n):
 *             total += self.data[i]
 *         return total             # <<<<<<<<<<<<<<
 *
 *
*/
  __pyx_t_4 = cy_Pyx_PyLong_From_long(__pyx_v_total); if (MP_UNLIKELY(!!(!__pyx_t_4))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 92; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

  {
    mp_obj_t __pyx_temp;
    {
      __pyx_temp = __pyx_r;
      __pyx_r = __pyx_t_4;
    }

  }
  __pyx_t_4 = 0;
  goto __pyx_L0;

  /* "containers.pyx":87
 *         return self
 *
 *     def sum(self):             # <<<<<<<<<<<<<<
 *         cdef long total = 0
 *         cdef Py_ssize_t i
*/

  /* function exit code */
  __pyx_L1_error:;

  __pyx_traceback_0(".IntBuffer.sum", __pyx_lineno);
  __pyx_r = NULL;
  __pyx_L0:;

  return __pyx_r;
}

/* "containers.pyx":10
 *     cdef int _data[64]
 *     cdef Py_ssize_t n
 *     cdef readonly Py_ssize_t capacity             # <<<<<<<<<<<<<<
 *
 *     def __cinit__(self, Py_ssize_t capacity=16, *args, **kwargs):
*/

/* Python wrapper */
static const struct cy_PyMemberDef __pyx_members_10containers_IntBuffer[] = {
{"capacity", CY_T_SSIZE, offsetof(struct __pyx_obj_10containers_IntBuffer, capacity),
cy_Py_READONLY, 0, 0, 0},
{0, 0, 0, 0, 0, 0, 0}
};

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

/* "containers.pyx":99
 *     cdef Py_ssize_t pos
 *
 *     def __cinit__(self, IntBuffer buf):             # <<<<<<<<<<<<<<
 *         self.buf = buf
 *         self.pos = 0
*/

/* Python wrapper */
static int __pyx_pw_10containers_13IntBufferIter_1__cinit__(mp_obj_t __pyx_v_self,

mp_obj_t const *__pyx_args, mp_int_t __pyx_nargs, mp_obj_t __pyx_kwds

); /*proto*/
static int __pyx_pw_10containers_13IntBufferIter_1__cinit__(mp_obj_t __pyx_v_self,

mp_obj_t const *__pyx_args, mp_int_t __pyx_nargs, mp_obj_t __pyx_kwds

) {
  struct __pyx_obj_10containers_IntBuffer *__pyx_v_buf = 0;

  CYTHON_UNUSED mp_obj_t const *__pyx_kwvalues;
  mp_obj_t values[1]      ;
  int __pyx_lineno = 0;
  const char *__pyx_filename = NULL;
  int __pyx_clineno = 0;
  int __pyx_r;
  __Pyx_RefNannyDeclarations

  __pyx_kwvalues = cy_Pyx_KwValues_FASTCALL_TPNEW(__pyx_args, __pyx_nargs);
  {
static mp_obj_t * const __pyx_pyargnames[] = {
&__pyx_n_u_buf, 0 };
static const cy_Pyx_ArgSpec __pyx_argspec = { "__cinit__",
__pyx_pyargnames, 1, 1, 1, 0,
0, 0,

cy_Pyx_ARGS_EXACT|cy_Pyx_ARGS_KEYWORDS|cy_Pyx_ARGS_CLEAR };
if (MP_LIKELY(!!(!__pyx_kwds && __pyx_nargs == 1))) {
values[0] = __pyx_args[0];
} else if
(cy_Pyx_ParseArgs(&__pyx_argspec, __pyx_args,

__pyx_nargs, __pyx_kwds, values) < 0) {
do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 99; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L3_error; } while (0); }

    __pyx_v_buf = ((struct __pyx_obj_10containers_IntBuffer *)values[0]);
  }

  goto __pyx_L4_argument_unpacking_done;
  __pyx_L3_error:;
  for (mp_int_t __pyx_temp=0; __pyx_temp < (mp_int_t)(sizeof(values)/sizeof(values[0])); ++__pyx_temp) {

  }
  __pyx_traceback_0(".IntBufferIter.__cinit__", __pyx_lineno);

  return -1;
  __pyx_L4_argument_unpacking_done:;
  if (MP_UNLIKELY(!!(!cy_Pyx_ArgTypeTest(((mp_obj_t )__pyx_v_buf), __pyx_mstate_global->__pyx_ptype_10containers_IntBuffer, 1, "buf", 0)))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 99; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);
  __pyx_r = __pyx_pf_10containers_13IntBufferIter___cinit__(((struct __pyx_obj_10containers_IntBufferIter *)__pyx_v_self), __pyx_v_buf);

  /* function exit code */
  goto __pyx_L0;
  __pyx_L1_error:;
  __pyx_r = -1;
  for (mp_int_t __pyx_temp=0; __pyx_temp < (mp_int_t)(sizeof(values)/sizeof(values[0])); ++__pyx_temp) {

  }
  goto __pyx_L7_cleaned_up;
  __pyx_L0:;
  for (mp_int_t __pyx_temp=0; __pyx_temp < (mp_int_t)(sizeof(values)/sizeof(values[0])); ++__pyx_temp) {

  }
  __pyx_L7_cleaned_up:;

  return __pyx_r;
}

static int __pyx_pf_10containers_13IntBufferIter___cinit__(struct __pyx_obj_10containers_IntBufferIter *__pyx_v_self, struct __pyx_obj_10containers_IntBuffer *__pyx_v_buf) {
  int __pyx_r;
  __Pyx_RefNannyDeclarations

  /* "containers.pyx":100
 *
 *     def __cinit__(self, IntBuffer buf):
 *         self.buf = buf             # <<<<<<<<<<<<<<
 *         self.pos = 0
 *
*/

  __pyx_v_self->buf = __pyx_v_buf;

  /* "containers.pyx":101
 *     def __cinit__(self, IntBuffer buf):
 *         self.buf = buf
 *         self.pos = 0             # <<<<<<<<<<<<<<
 *
 *     def __iter__(self):
*/
  __pyx_v_self->pos = 0;

  /* "containers.pyx":99
 *     cdef Py_ssize_t pos
 *
 *     def __cinit__(self, IntBuffer buf):             # <<<<<<<<<<<<<<
 *         self.buf = buf
 *         self.pos = 0
*/

  /* function exit code */
  __pyx_r = 0;

  return __pyx_r;
}

/* "containers.pyx":103
 *         self.pos = 0
 *
 *     def __iter__(self):             # <<<<<<<<<<<<<<
 *         return self
 *
*/

/* Python wrapper */
static mp_obj_t __pyx_pw_10containers_13IntBufferIter_3__iter__(mp_obj_t __pyx_v_self); /*proto*/
static mp_obj_t __pyx_pw_10containers_13IntBufferIter_3__iter__(mp_obj_t __pyx_v_self) {
  CYTHON_UNUSED mp_obj_t const *__pyx_kwvalues;
  mp_obj_t __pyx_r = 0;
  __Pyx_RefNannyDeclarations

  __pyx_kwvalues = cy_Pyx_KwValues_VARARGS(__pyx_args, __pyx_nargs);
  __pyx_r = __pyx_pf_10containers_13IntBufferIter_2__iter__(((struct __pyx_obj_10containers_IntBufferIter *)__pyx_v_self));

  /* function exit code */

  return __pyx_r;
}

static mp_obj_t __pyx_pf_10containers_13IntBufferIter_2__iter__(struct __pyx_obj_10containers_IntBufferIter *__pyx_v_self) {
  mp_obj_t __pyx_r = NULL;
  __Pyx_RefNannyDeclarations

  /* "containers.pyx":104
 *
 *     def __iter__(self):
 *         return self             # <<<<<<<<<<<<<<
 *
 *     def __next__(self):
*/
  {
    mp_obj_t __pyx_temp;
    {
      __pyx_temp = __pyx_r;

      __pyx_r = ((mp_obj_t )__pyx_v_self);
    }

  }
  goto __pyx_L0;

  /* "containers.pyx":103
 *         self.pos = 0
 *
 *     def __iter__(self):             # <<<<<<<<<<<<<<
 *         return self
 *
*/

  /* function exit code */
  __pyx_L0:;

  return __pyx_r;
}

/* "containers.pyx":106
 *         return self
 *
 *     def __next__(self):             # <<<<<<<<<<<<<<
 *         if self.pos >= self.buf.n:
 *             raise StopIteration
*/

/* Python wrapper */
static mp_obj_t __pyx_pw_10containers_13IntBufferIter_5__next__(mp_obj_t __pyx_v_self); /*proto*/
static mp_obj_t __pyx_pw_10containers_13IntBufferIter_5__next__(mp_obj_t __pyx_v_self) {
  CYTHON_UNUSED mp_obj_t const *__pyx_kwvalues;
  mp_obj_t __pyx_r = 0;
  __Pyx_RefNannyDeclarations

  __pyx_kwvalues = cy_Pyx_KwValues_VARARGS(__pyx_args, __pyx_nargs);
  __pyx_r = __pyx_pf_10containers_13IntBufferIter_4__next__(((struct __pyx_obj_10containers_IntBufferIter *)__pyx_v_self));

  /* function exit code */

  return __pyx_r;
}

static mp_obj_t __pyx_pf_10containers_13IntBufferIter_4__next__(struct __pyx_obj_10containers_IntBufferIter *__pyx_v_self) {
  int __pyx_v_v;
  mp_obj_t __pyx_r = NULL;
  __Pyx_RefNannyDeclarations
  int __pyx_error_without_exception = 0; /* StopIteration */
  int __pyx_t_1;
  mp_obj_t __pyx_t_2 = NULL;
  int __pyx_lineno = 0;
  const char *__pyx_filename = NULL;
  int __pyx_clineno = 0;

  /* "containers.pyx":107
 *
 *     def __next__(self):
 *         if self.pos >= self.buf.n:             # <<<<<<<<<<<<<<
 *             raise StopIteration
 *         v = self.buf.data[self.pos]
*/
  __pyx_t_1 = (__pyx_v_self->pos >= __pyx_v_self->buf->n);

  if (MP_UNLIKELY(!!(__pyx_t_1))) {

    /* "containers.pyx":108
 *     def __next__(self):
 *         if self.pos >= self.buf.n:
 *             raise StopIteration             # <<<<<<<<<<<<<<
 *         v = self.buf.data[self.pos]
 *         self.pos += 1
*/
    __pyx_error_without_exception = 1;
    do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 108; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

    /* "containers.pyx":107
 *
 *     def __next__(self):
 *         if self.pos >= self.buf.n:             # <<<<<<<<<<<<<<
 *             raise StopIteration
 *         v = self.buf.data[self.pos]
*/
  }

  /* "containers.pyx":109
 *         if self.pos >= self.buf.n:
 *             raise StopIteration
 *         v = self.buf.data[self.pos]             # <<<<<<<<<<<<<<
 *         self.pos += 1
 *         return v
*/
  __pyx_v_v = (__pyx_v_self->buf->data[__pyx_v_self->pos]);

  /* "containers.pyx":110
 *             raise StopIteration
 *         v = self.buf.data[self.pos]
 *         self.pos += 1             # <<<<<<<<<<<<<<
 *         return v
 *
*/
  __pyx_v_self->pos = (__pyx_v_self->pos + 1);

  /* "containers.pyx":111
 *         v = self.buf.data[self.pos]
 *         self.pos += 1
 *         return v             # <<<<<<<<<<<<<<
 *
 *
*/
  __pyx_t_2 = cy_Pyx_PyLong_From_int(__pyx_v_v); if (MP_UNLIKELY(!!(!__pyx_t_2))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 111; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

  {
    mp_obj_t __pyx_temp;
    {
      __pyx_temp = __pyx_r;
      __pyx_r = __pyx_t_2;
    }

  }
  __pyx_t_2 = 0;
  goto __pyx_L0;

  /* "containers.pyx":106
 *         return self
 *
 *     def __next__(self):             # <<<<<<<<<<<<<<
 *         if self.pos >= self.buf.n:
 *             raise StopIteration
*/

  /* function exit code */
  __pyx_L1_error:;

  if (!__pyx_error_without_exception) {
    __pyx_traceback_0(".IntBufferIter.__next__", __pyx_lineno);
  }
  __pyx_r = NULL;
  __pyx_L0:;

  return __pyx_r;
}

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

/* "containers.pyx":118
 *     cdef public Node next
 *
 *     def __init__(self, value, Node next=None):             # <<<<<<<<<<<<<<
 *         self.value = value
 *         self.next = next
*/

/* Python wrapper */
static int __pyx_pw_10containers_4Node_1__init__(mp_obj_t __pyx_v_self,

mp_obj_t const *__pyx_args, mp_int_t __pyx_nargs, mp_obj_t __pyx_kwds

); /*proto*/
static int __pyx_pw_10containers_4Node_1__init__(mp_obj_t __pyx_v_self,

mp_obj_t const *__pyx_args, mp_int_t __pyx_nargs, mp_obj_t __pyx_kwds

) {
  mp_obj_t __pyx_v_value = 0;
  struct __pyx_obj_10containers_Node *__pyx_v_next = 0;

  CYTHON_UNUSED mp_obj_t const *__pyx_kwvalues;
  mp_obj_t values[2] = {0,0};
  int __pyx_lineno = 0;
  const char *__pyx_filename = NULL;
  int __pyx_clineno = 0;
  int __pyx_r;
  __Pyx_RefNannyDeclarations

  __pyx_kwvalues = cy_Pyx_KwValues_FASTCALL_TPNEW(__pyx_args, __pyx_nargs);
  {
static mp_obj_t * const __pyx_pyargnames[] = { &__pyx_n_u_value,
&__pyx_n_u_next, 0 };
static const cy_Pyx_ArgSpec __pyx_argspec = { "__init__",
__pyx_pyargnames, 2, 1, 2, 0,
0, 0, cy_Pyx_ARGS_KEYWORDS };
if
(MP_LIKELY(!!(!__pyx_kwds && __pyx_nargs >= 1 && __pyx_nargs <= 2))) {
for (mp_int_t i = 0; i < __pyx_nargs; i++) values[i] = __pyx_args[i];
} else if

(cy_Pyx_ParseArgs(&__pyx_argspec, __pyx_args, __pyx_nargs,
__pyx_kwds, values) < 0) { do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 118; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L3_error; } while (0); }
if (!values[1]) values[1] =
(mp_obj_t
)((struct __pyx_obj_10containers_Node

*)mp_const_none);

    __pyx_v_value = values[0];
    __pyx_v_next = ((struct __pyx_obj_10containers_Node *)values[1]);
  }

  goto __pyx_L4_argument_unpacking_done;
  __pyx_L3_error:;
  for (mp_int_t __pyx_temp=0; __pyx_temp < (mp_int_t)(sizeof(values)/sizeof(values[0])); ++__pyx_temp) {

  }
  __pyx_traceback_0(".Node.__init__", __pyx_lineno);

  return -1;
  __pyx_L4_argument_unpacking_done:;
  if (MP_UNLIKELY(!!(!cy_Pyx_ArgTypeTest(((mp_obj_t )__pyx_v_next), __pyx_mstate_global->__pyx_ptype_10containers_Node, 1, "next", 0)))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 118; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);
  __pyx_r = __pyx_pf_10containers_4Node___init__(((struct __pyx_obj_10containers_Node *)__pyx_v_self), __pyx_v_value, __pyx_v_next);

  /* function exit code */
  goto __pyx_L0;
  __pyx_L1_error:;
  __pyx_r = -1;
  for (mp_int_t __pyx_temp=0; __pyx_temp < (mp_int_t)(sizeof(values)/sizeof(values[0])); ++__pyx_temp) {

  }
  goto __pyx_L7_cleaned_up;
  __pyx_L0:;
  for (mp_int_t __pyx_temp=0; __pyx_temp < (mp_int_t)(sizeof(values)/sizeof(values[0])); ++__pyx_temp) {

  }
  __pyx_L7_cleaned_up:;

  return __pyx_r;
}

static int __pyx_pf_10containers_4Node___init__(struct __pyx_obj_10containers_Node *__pyx_v_self, mp_obj_t __pyx_v_value, struct __pyx_obj_10containers_Node *__pyx_v_next) {
  int __pyx_r;
  __Pyx_RefNannyDeclarations

  /* "containers.pyx":119
 *
 *     def __init__(self, value, Node next=None):
 *         self.value = value             # <<<<<<<<<<<<<<
 *         self.next = next
 *
*/

  __pyx_v_self->value = __pyx_v_value;

  /* "containers.pyx":120
 *     def __init__(self, value, Node next=None):
 *         self.value = value
 *         self.next = next             # <<<<<<<<<<<<<<
 *
 *
*/

  __pyx_v_self->next = __pyx_v_next;

  /* "containers.pyx":118
 *     cdef public Node next
 *
 *     def __init__(self, value, Node next=None):             # <<<<<<<<<<<<<<
 *         self.value = value
 *         self.next = next
*/

  /* function exit code */
  __pyx_r = 0;

  return __pyx_r;
}

/* "containers.pyx":115
 *
 * cdef class Node:
 *     cdef public object value             # <<<<<<<<<<<<<<
 *     cdef public Node next
 *
*/

/* Python wrapper */
static const struct cy_PyMemberDef __pyx_members_10containers_Node[] = {
{"value", cy_Py_T_OBJECT, offsetof(struct __pyx_obj_10containers_Node, value), 0, 0,
"object", cy_member_store_object},
{0, 0, 0, 0, 0, 0, 0}
};

/* "containers.pyx":116
 * cdef class Node:
 *     cdef public object value
 *     cdef public Node next             # <<<<<<<<<<<<<<
 *
 *     def __init__(self, value, Node next=None):
*/

/* Python wrapper */
static mp_obj_t __pyx_pw_10containers_4Node_4next_1__get__(mp_obj_t __pyx_v_self); /*proto*/
static mp_obj_t __pyx_pw_10containers_4Node_4next_1__get__(mp_obj_t __pyx_v_self) {
  CYTHON_UNUSED mp_obj_t const *__pyx_kwvalues;
  mp_obj_t __pyx_r = 0;
  __Pyx_RefNannyDeclarations

  __pyx_kwvalues = cy_Pyx_KwValues_VARARGS(__pyx_args, __pyx_nargs);
  __pyx_r = __pyx_pf_10containers_4Node_4next___get__(((struct __pyx_obj_10containers_Node *)__pyx_v_self));

  /* function exit code */

  return __pyx_r;
}

static mp_obj_t __pyx_pf_10containers_4Node_4next___get__(struct __pyx_obj_10containers_Node *__pyx_v_self) {
  mp_obj_t __pyx_r = NULL;
  __Pyx_RefNannyDeclarations
  mp_obj_t __pyx_t_1 = NULL;
  mp_obj_t __pyx_t_2 = NULL;

  {
      cy_Pyx_PyCriticalSection __pyx_cs;
      __pyx_t_1 = ((mp_obj_t )__pyx_v_self);

      cy_Pyx_PyCriticalSection_Begin(&__pyx_cs, (mp_obj_t)__pyx_t_1);
      /*try:*/ {
        {
          mp_obj_t __pyx_temp;
          {
            __pyx_temp = __pyx_r;

            __pyx_r = ((mp_obj_t )__pyx_v_self->next);
          }

        }
         __pyx_t_1 = 0;
        goto __pyx_L3_return;
      }
      /*finally:*/ {
        __pyx_L3_return: {
          __pyx_t_2 = __pyx_r;
          __pyx_r = 0;
          cy_Pyx_PyCriticalSection_End(&__pyx_cs);
          __pyx_r = __pyx_t_2;
          __pyx_t_2 = 0;
          goto __pyx_L0;
        }
      }
       __pyx_t_1 = 0;
  }

  /* function exit code */
  __pyx_L0:;

  return __pyx_r;
}

/* Python wrapper */
static int __pyx_pw_10containers_4Node_4next_3__set__(mp_obj_t __pyx_v_self, mp_obj_t __pyx_v_value); /*proto*/
static int __pyx_pw_10containers_4Node_4next_3__set__(mp_obj_t __pyx_v_self, mp_obj_t __pyx_v_value) {
  CYTHON_UNUSED mp_obj_t const *__pyx_kwvalues;
  int __pyx_r;
  __Pyx_RefNannyDeclarations

  __pyx_kwvalues = cy_Pyx_KwValues_VARARGS(__pyx_args, __pyx_nargs);
  __pyx_r = __pyx_pf_10containers_4Node_4next_2__set__(((struct __pyx_obj_10containers_Node *)__pyx_v_self), ((mp_obj_t )__pyx_v_value));

  /* function exit code */

  return __pyx_r;
}

static int __pyx_pf_10containers_4Node_4next_2__set__(struct __pyx_obj_10containers_Node *__pyx_v_self, mp_obj_t __pyx_v_value) {
  int __pyx_r;
  __Pyx_RefNannyDeclarations
  mp_obj_t __pyx_t_1 = NULL;
  mp_obj_t __pyx_t_2 = NULL;
  int __pyx_lineno = 0;
  const char *__pyx_filename = NULL;
  int __pyx_clineno = 0;

  {
      cy_Pyx_PyCriticalSection __pyx_cs;
      __pyx_t_1 = ((mp_obj_t )__pyx_v_self);

      cy_Pyx_PyCriticalSection_Begin(&__pyx_cs, (mp_obj_t)__pyx_t_1);
      /*try:*/ {
        __pyx_t_2 = __pyx_v_value;

        if (!(MP_LIKELY(!!(((__pyx_t_2) == mp_const_none) || MP_LIKELY(!!(cy_Pyx_TypeTest(__pyx_t_2, __pyx_mstate_global->__pyx_ptype_10containers_Node))))))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 116; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L4_error; } while (0);

        __pyx_v_self->next = ((struct __pyx_obj_10containers_Node *)__pyx_t_2);
        __pyx_t_2 = 0;
      }
      /*finally:*/ {
        /*normal exit:*/{
          cy_Pyx_PyCriticalSection_End(&__pyx_cs);
          goto __pyx_L5;
        }
        __pyx_L4_error: {
          cy_Pyx_PyCriticalSection_End(&__pyx_cs);
          goto __pyx_L1_error;
        }
        __pyx_L5:;
      }
       __pyx_t_1 = 0;
  }

  /* function exit code */
  __pyx_r = 0;
  goto __pyx_L0;
  __pyx_L1_error:;

  __pyx_traceback_0(".Node.next.__set__", __pyx_lineno);
  __pyx_r = -1;
  __pyx_L0:;

  return __pyx_r;
}

/* Python wrapper */
static int __pyx_pw_10containers_4Node_4next_5__del__(mp_obj_t __pyx_v_self); /*proto*/
static int __pyx_pw_10containers_4Node_4next_5__del__(mp_obj_t __pyx_v_self) {
  CYTHON_UNUSED mp_obj_t const *__pyx_kwvalues;
  int __pyx_r;
  __Pyx_RefNannyDeclarations

  __pyx_kwvalues = cy_Pyx_KwValues_VARARGS(__pyx_args, __pyx_nargs);
  __pyx_r = __pyx_pf_10containers_4Node_4next_4__del__(((struct __pyx_obj_10containers_Node *)__pyx_v_self));

  /* function exit code */

  return __pyx_r;
}

static int __pyx_pf_10containers_4Node_4next_4__del__(struct __pyx_obj_10containers_Node *__pyx_v_self) {
  int __pyx_r;
  __Pyx_RefNannyDeclarations
  mp_obj_t __pyx_t_1 = NULL;

  {
      cy_Pyx_PyCriticalSection __pyx_cs;
      __pyx_t_1 = ((mp_obj_t )__pyx_v_self);

      cy_Pyx_PyCriticalSection_Begin(&__pyx_cs, (mp_obj_t)__pyx_t_1);
      /*try:*/ {

        __pyx_v_self->next = ((struct __pyx_obj_10containers_Node *)mp_const_none);
      }
      /*finally:*/ {
        /*normal exit:*/{
          cy_Pyx_PyCriticalSection_End(&__pyx_cs);
          goto __pyx_L5;
        }
        __pyx_L5:;
      }
       __pyx_t_1 = 0;
  }

  /* function exit code */
  __pyx_r = 0;

  return __pyx_r;
}

/* "(tree fragment)":1
 * def __reduce_cython__(self):             # <<<<<<<<<<<<<<
 *     cdef tuple state
 *     cdef object _dict
*/

/* Python wrapper */

/* "(tree fragment)":17
 *     else:
 *         return __pyx_unpickle_Node, (type(self), 0x3b20fbb, state)
 * def __setstate_cython__(self, __pyx_state):             # <<<<<<<<<<<<<<
 *     __pyx_unpickle_Node__set_state(self, __pyx_state)
*/

/* Python wrapper */

/* "containers.pyx":127
 *     cdef Py_ssize_t size
 *
 *     def push(self, value):             # <<<<<<<<<<<<<<
 *         self.top = Node(value, self.top)
 *         self.size += 1
*/

/* Python wrapper */
static mp_obj_t __pyx_pw_10containers_5Stack_1push(mp_obj_t __pyx_v_self,

mp_obj_t const *__pyx_args, mp_int_t __pyx_nargs, mp_obj_t __pyx_kwds

); /*proto*/
static cy_PyMethodDef __pyx_mdef_10containers_5Stack_1push = {"push", (cy_PyCFunction)(void(*)(void))(cy_Pyx_PyCFunction_FastCallWithKeywords)__pyx_pw_10containers_5Stack_1push, cy_Pyx_METH_FASTCALL|cy_METH_KEYWORDS, 0};
static mp_obj_t __pyx_pw_10containers_5Stack_1push(mp_obj_t __pyx_v_self,

mp_obj_t const *__pyx_args, mp_int_t __pyx_nargs, mp_obj_t __pyx_kwds

) {
  mp_obj_t __pyx_v_value = 0;

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
&__pyx_n_u_value, 0 };
static const cy_Pyx_ArgSpec __pyx_argspec = { "push", __pyx_pyargnames,
1, 1, 1, 0, 0, 0,

cy_Pyx_ARGS_EXACT|cy_Pyx_ARGS_KEYWORDS|cy_Pyx_ARGS_CLEAR };
if (MP_LIKELY(!!(!__pyx_kwds && __pyx_nargs == 1))) {
values[0] = __pyx_args[0];
} else if
(cy_Pyx_ParseArgs(&__pyx_argspec, __pyx_args,

__pyx_nargs, __pyx_kwds, values) < 0) {
do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 127; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L3_error; } while (0); }

    __pyx_v_value = values[0];
  }

  goto __pyx_L4_argument_unpacking_done;
  __pyx_L3_error:;
  for (mp_int_t __pyx_temp=0; __pyx_temp < (mp_int_t)(sizeof(values)/sizeof(values[0])); ++__pyx_temp) {

  }
  __pyx_traceback_0(".Stack.push", __pyx_lineno);

  return NULL;
  __pyx_L4_argument_unpacking_done:;
  __pyx_r = __pyx_pf_10containers_5Stack_push(((struct __pyx_obj_10containers_Stack *)__pyx_v_self), __pyx_v_value);

  /* function exit code */
  for (mp_int_t __pyx_temp=0; __pyx_temp < (mp_int_t)(sizeof(values)/sizeof(values[0])); ++__pyx_temp) {

  }

  return __pyx_r;
}

static mp_obj_t __pyx_pf_10containers_5Stack_push(struct __pyx_obj_10containers_Stack *__pyx_v_self, mp_obj_t __pyx_v_value) {
  mp_obj_t __pyx_r = NULL;
  __Pyx_RefNannyDeclarations
  mp_obj_t __pyx_t_1 = NULL;
  mp_obj_t __pyx_t_2 = NULL;
  size_t __pyx_t_3;
  int __pyx_lineno = 0;
  const char *__pyx_filename = NULL;
  int __pyx_clineno = 0;

  /* "containers.pyx":128
 *
 *     def push(self, value):
 *         self.top = Node(value, self.top)             # <<<<<<<<<<<<<<
 *         self.size += 1
 *
*/
  __pyx_t_2 = NULL;
  __pyx_t_3 = 1;
  {
    mp_obj_t __pyx_callargs[3] = {__pyx_t_2, __pyx_v_value, ((mp_obj_t )__pyx_v_self->top)};
    __pyx_t_1 = cy_Pyx_PyObject_FastCall((mp_obj_t)__pyx_mstate_global->__pyx_ptype_10containers_Node, __pyx_callargs+__pyx_t_3, (3-__pyx_t_3) | (__pyx_t_3*cy_Pyx_PY_VECTORCALL_ARGUMENTS_OFFSET));
     __pyx_t_2 = 0;
    if (MP_UNLIKELY(!!(!__pyx_t_1))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 128; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

  }

  __pyx_v_self->top = ((struct __pyx_obj_10containers_Node *)__pyx_t_1);
  __pyx_t_1 = 0;

  /* "containers.pyx":129
 *     def push(self, value):
 *         self.top = Node(value, self.top)
 *         self.size += 1             # <<<<<<<<<<<<<<
 *
 *     def pop(self):
*/
  __pyx_v_self->size = (__pyx_v_self->size + 1);

  /* "containers.pyx":127
 *     cdef Py_ssize_t size
 *
 *     def push(self, value):             # <<<<<<<<<<<<<<
 *         self.top = Node(value, self.top)
 *         self.size += 1
*/

  /* function exit code */
  __pyx_r = mp_const_none;
  goto __pyx_L0;
  __pyx_L1_error:;

  __pyx_traceback_0(".Stack.push", __pyx_lineno);
  __pyx_r = NULL;
  __pyx_L0:;

  return __pyx_r;
}

/* "containers.pyx":131
 *         self.size += 1
 *
 *     def pop(self):             # <<<<<<<<<<<<<<
 *         if self.top is None:
 *             raise IndexError("pop from empty stack")
*/

/* Python wrapper */
static mp_obj_t __pyx_pw_10containers_5Stack_3pop(mp_obj_t __pyx_v_self,

mp_obj_t const *__pyx_args, mp_int_t __pyx_nargs, mp_obj_t __pyx_kwds

); /*proto*/
static cy_PyMethodDef __pyx_mdef_10containers_5Stack_3pop = {"pop", (cy_PyCFunction)(void(*)(void))(cy_Pyx_PyCFunction_FastCallWithKeywords)__pyx_pw_10containers_5Stack_3pop, cy_Pyx_METH_FASTCALL|cy_METH_KEYWORDS, 0};
static mp_obj_t __pyx_pw_10containers_5Stack_3pop(mp_obj_t __pyx_v_self,

mp_obj_t const *__pyx_args, mp_int_t __pyx_nargs, mp_obj_t __pyx_kwds

) {

  CYTHON_UNUSED mp_obj_t const *__pyx_kwvalues;
  mp_obj_t __pyx_r = 0;
  __Pyx_RefNannyDeclarations

  __pyx_kwvalues = cy_Pyx_KwValues_FASTCALL(__pyx_args, __pyx_nargs);
  if (MP_UNLIKELY(!!(__pyx_nargs || __pyx_kwds)) && cy_Pyx_RejectArgs("pop", __pyx_args, __pyx_nargs, __pyx_kwds)
< 0) return NULL;

  __pyx_r = __pyx_pf_10containers_5Stack_2pop(((struct __pyx_obj_10containers_Stack *)__pyx_v_self));

  /* function exit code */

  return __pyx_r;
}

static mp_obj_t __pyx_pf_10containers_5Stack_2pop(struct __pyx_obj_10containers_Stack *__pyx_v_self) {
  struct __pyx_obj_10containers_Node *__pyx_v_n = 0;
  mp_obj_t __pyx_r = NULL;
  __Pyx_RefNannyDeclarations
  int __pyx_t_1;
  mp_obj_t __pyx_t_2 = NULL;
  mp_obj_t __pyx_t_3 = NULL;
  size_t __pyx_t_4;
  int __pyx_lineno = 0;
  const char *__pyx_filename = NULL;
  int __pyx_clineno = 0;

  /* "containers.pyx":132
 *
 *     def pop(self):
 *         if self.top is None:             # <<<<<<<<<<<<<<
 *             raise IndexError("pop from empty stack")
 *         cdef Node n = self.top
*/
  __pyx_t_1 = (((mp_obj_t )__pyx_v_self->top) == mp_const_none);
  if (MP_UNLIKELY(!!(__pyx_t_1))) {

    /* "containers.pyx":133
 *     def pop(self):
 *         if self.top is None:
 *             raise IndexError("pop from empty stack")             # <<<<<<<<<<<<<<
 *         cdef Node n = self.top
 *         self.top = n.next
*/
    __pyx_t_3 = NULL;
    __pyx_t_4 = 1;
    {
      mp_obj_t __pyx_callargs[2] = {__pyx_t_3, __pyx_kp_u_pop_from_empty_stack};
      __pyx_t_2 = cy_Pyx_PyObject_FastCall((mp_obj_t)(((cy_PyTypeObject*)MP_OBJ_FROM_PTR(&mp_type_IndexError))), __pyx_callargs+__pyx_t_4, (2-__pyx_t_4) | (__pyx_t_4*cy_Pyx_PY_VECTORCALL_ARGUMENTS_OFFSET));
       __pyx_t_3 = 0;
      if (MP_UNLIKELY(!!(!__pyx_t_2))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 133; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

    }
    cy_Pyx_Raise(__pyx_t_2, 0, 0, 0);
     __pyx_t_2 = 0;
    do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 133; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

    /* "containers.pyx":132
 *
 *     def pop(self):
 *         if self.top is None:             # <<<<<<<<<<<<<<
 *             raise IndexError("pop from empty stack")
 *         cdef Node n = self.top
*/
  }

  /* "containers.pyx":134
 *         if self.top is None:
 *             raise IndexError("pop from empty stack")
 *         cdef Node n = self.top             # <<<<<<<<<<<<<<
 *         self.top = n.next
 *         self.size -= 1
*/
  __pyx_t_2 = ((mp_obj_t )__pyx_v_self->top);

  __pyx_v_n = ((struct __pyx_obj_10containers_Node *)__pyx_t_2);
  __pyx_t_2 = 0;

  /* "containers.pyx":135
 *             raise IndexError("pop from empty stack")
 *         cdef Node n = self.top
 *         self.top = n.next             # <<<<<<<<<<<<<<
 *         self.size -= 1
 *         return n.value
*/
  __pyx_t_2 = ((mp_obj_t )__pyx_v_n->next);

  __pyx_v_self->top = ((struct __pyx_obj_10containers_Node *)__pyx_t_2);
  __pyx_t_2 = 0;

  /* "containers.pyx":136
 *         cdef Node n = self.top
 *         self.top = n.next
 *         self.size -= 1             # <<<<<<<<<<<<<<
 *         return n.value
 *
*/
  __pyx_v_self->size = (__pyx_v_self->size - 1);

  /* "containers.pyx":137
 *         self.top = n.next
 *         self.size -= 1
 *         return n.value             # <<<<<<<<<<<<<<
 *
 *     def peek(self):
*/
  {
    mp_obj_t __pyx_temp;
    {
      __pyx_temp = __pyx_r;

      __pyx_r = __pyx_v_n->value;
    }

  }
  goto __pyx_L0;

  /* "containers.pyx":131
 *         self.size += 1
 *
 *     def pop(self):             # <<<<<<<<<<<<<<
 *         if self.top is None:
 *             raise IndexError("pop from empty stack")
*/

  /* function exit code */
  __pyx_L1_error:;

  __pyx_traceback_0(".Stack.pop", __pyx_lineno);
  __pyx_r = NULL;
  __pyx_L0:;

  return __pyx_r;
}

/* "containers.pyx":139
 *         return n.value
 *
 *     def peek(self):             # <<<<<<<<<<<<<<
 *         return None if self.top is None else self.top.value
 *
*/

/* Python wrapper */
static mp_obj_t __pyx_pw_10containers_5Stack_5peek(mp_obj_t __pyx_v_self,

mp_obj_t const *__pyx_args, mp_int_t __pyx_nargs, mp_obj_t __pyx_kwds

); /*proto*/
static cy_PyMethodDef __pyx_mdef_10containers_5Stack_5peek = {"peek", (cy_PyCFunction)(void(*)(void))(cy_Pyx_PyCFunction_FastCallWithKeywords)__pyx_pw_10containers_5Stack_5peek, cy_Pyx_METH_FASTCALL|cy_METH_KEYWORDS, 0};
static mp_obj_t __pyx_pw_10containers_5Stack_5peek(mp_obj_t __pyx_v_self,

mp_obj_t const *__pyx_args, mp_int_t __pyx_nargs, mp_obj_t __pyx_kwds

) {

  CYTHON_UNUSED mp_obj_t const *__pyx_kwvalues;
  mp_obj_t __pyx_r = 0;
  __Pyx_RefNannyDeclarations

  __pyx_kwvalues = cy_Pyx_KwValues_FASTCALL(__pyx_args, __pyx_nargs);
  if (MP_UNLIKELY(!!(__pyx_nargs || __pyx_kwds)) && cy_Pyx_RejectArgs("peek", __pyx_args, __pyx_nargs, __pyx_kwds)
< 0) return NULL;

  __pyx_r = __pyx_pf_10containers_5Stack_4peek(((struct __pyx_obj_10containers_Stack *)__pyx_v_self));

  /* function exit code */

  return __pyx_r;
}

static mp_obj_t __pyx_pf_10containers_5Stack_4peek(struct __pyx_obj_10containers_Stack *__pyx_v_self) {
  mp_obj_t __pyx_r = NULL;
  __Pyx_RefNannyDeclarations
  mp_obj_t __pyx_t_1 = NULL;
  int __pyx_t_2;

  /* "containers.pyx":140
 *
 *     def peek(self):
 *         return None if self.top is None else self.top.value             # <<<<<<<<<<<<<<
 *
 *     def __len__(self):
*/
  __pyx_t_2 = (((mp_obj_t )__pyx_v_self->top) == mp_const_none);
  if (__pyx_t_2) {

    __pyx_t_1 = mp_const_none;
  } else {

    __pyx_t_1 = __pyx_v_self->top->value;
  }

  {
    mp_obj_t __pyx_temp;
    {
      __pyx_temp = __pyx_r;
      __pyx_r = __pyx_t_1;
    }

  }
  __pyx_t_1 = 0;
  goto __pyx_L0;

  /* "containers.pyx":139
 *         return n.value
 *
 *     def peek(self):             # <<<<<<<<<<<<<<
 *         return None if self.top is None else self.top.value
 *
*/

  /* function exit code */
  __pyx_L0:;

  return __pyx_r;
}

/* "containers.pyx":142
 *         return None if self.top is None else self.top.value
 *
 *     def __len__(self):             # <<<<<<<<<<<<<<
 *         return self.size
 *
*/

/* Python wrapper */
static mp_int_t __pyx_pw_10containers_5Stack_7__len__(mp_obj_t __pyx_v_self); /*proto*/
static mp_int_t __pyx_pw_10containers_5Stack_7__len__(mp_obj_t __pyx_v_self) {
  CYTHON_UNUSED mp_obj_t const *__pyx_kwvalues;
  mp_int_t __pyx_r;
  __Pyx_RefNannyDeclarations

  __pyx_kwvalues = cy_Pyx_KwValues_VARARGS(__pyx_args, __pyx_nargs);
  __pyx_r = __pyx_pf_10containers_5Stack_6__len__(((struct __pyx_obj_10containers_Stack *)__pyx_v_self));

  /* function exit code */

  return __pyx_r;
}

static mp_int_t __pyx_pf_10containers_5Stack_6__len__(struct __pyx_obj_10containers_Stack *__pyx_v_self) {
  mp_int_t __pyx_r;

  /* "containers.pyx":143
 *
 *     def __len__(self):
 *         return self.size             # <<<<<<<<<<<<<<
 *
 *     def __bool__(self):
*/
  {

    __pyx_r = __pyx_v_self->size;
  }
  goto __pyx_L0;

  /* "containers.pyx":142
 *         return None if self.top is None else self.top.value
 *
 *     def __len__(self):             # <<<<<<<<<<<<<<
 *         return self.size
 *
*/

  /* function exit code */
  __pyx_L0:;

  return __pyx_r;
}

/* "containers.pyx":145
 *         return self.size
 *
 *     def __bool__(self):             # <<<<<<<<<<<<<<
 *         return self.top is not None
 *
*/

/* Python wrapper */
static int __pyx_pw_10containers_5Stack_9__bool__(mp_obj_t __pyx_v_self); /*proto*/
static int __pyx_pw_10containers_5Stack_9__bool__(mp_obj_t __pyx_v_self) {
  CYTHON_UNUSED mp_obj_t const *__pyx_kwvalues;
  int __pyx_r;
  __Pyx_RefNannyDeclarations

  __pyx_kwvalues = cy_Pyx_KwValues_VARARGS(__pyx_args, __pyx_nargs);
  __pyx_r = __pyx_pf_10containers_5Stack_8__bool__(((struct __pyx_obj_10containers_Stack *)__pyx_v_self));

  /* function exit code */

  return __pyx_r;
}

static int __pyx_pf_10containers_5Stack_8__bool__(struct __pyx_obj_10containers_Stack *__pyx_v_self) {
  int __pyx_r;
  int __pyx_t_1;

  /* "containers.pyx":146
 *
 *     def __bool__(self):
 *         return self.top is not None             # <<<<<<<<<<<<<<
 *
 *     def __iter__(self):
*/
  __pyx_t_1 = (((mp_obj_t )__pyx_v_self->top) != mp_const_none);
  {
    __pyx_r = __pyx_t_1;
  }
  goto __pyx_L0;

  /* "containers.pyx":145
 *         return self.size
 *
 *     def __bool__(self):             # <<<<<<<<<<<<<<
 *         return self.top is not None
 *
*/

  /* function exit code */
  __pyx_L0:;

  return __pyx_r;
}
static mp_obj_t __pyx_gb_10containers_5Stack_12generator(cy_pyx_CoroutineObject *__pyx_generator, CYTHON_UNUSED cy_PyThreadState *__pyx_tstate, mp_obj_t __pyx_sent_value); /* proto */

/* "containers.pyx":148
 *         return self.top is not None
 *
 *     def __iter__(self):             # <<<<<<<<<<<<<<
 *         cdef Node n = self.top
 *         while n is not None:
*/

/* Python wrapper */
static mp_obj_t __pyx_pw_10containers_5Stack_11__iter__(mp_obj_t __pyx_v_self); /*proto*/
static mp_obj_t __pyx_pw_10containers_5Stack_11__iter__(mp_obj_t __pyx_v_self) {
  CYTHON_UNUSED mp_obj_t const *__pyx_kwvalues;
  mp_obj_t __pyx_r = 0;
  __Pyx_RefNannyDeclarations

  __pyx_kwvalues = cy_Pyx_KwValues_VARARGS(__pyx_args, __pyx_nargs);
  __pyx_r = __pyx_pf_10containers_5Stack_10__iter__(((struct __pyx_obj_10containers_Stack *)__pyx_v_self));

  /* function exit code */

  return __pyx_r;
}

static mp_obj_t __pyx_pf_10containers_5Stack_10__iter__(struct __pyx_obj_10containers_Stack *__pyx_v_self) {
  struct __pyx_obj_10containers___pyx_scope_struct____iter__ *__pyx_cur_scope;
  mp_obj_t __pyx_r = NULL;
  __Pyx_RefNannyDeclarations
  int __pyx_lineno = 0;
  const char *__pyx_filename = NULL;
  int __pyx_clineno = 0;

  __pyx_cur_scope = (struct __pyx_obj_10containers___pyx_scope_struct____iter__ *)__pyx_tp_new_10containers___pyx_scope_struct____iter__(__pyx_mstate_global->__pyx_ptype_10containers___pyx_scope_struct____iter__, __pyx_mstate_global->__pyx_empty_tuple, NULL);
  if (MP_UNLIKELY(!!(!__pyx_cur_scope))) {
    __pyx_cur_scope = ((struct __pyx_obj_10containers___pyx_scope_struct____iter__ *)mp_const_none);

    do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 148; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);
  } else {

  }
  __pyx_cur_scope->__pyx_v_self = __pyx_v_self;

  {
    cy_pyx_CoroutineObject *gen = cy_Pyx_Generator_New((cy_pyx_coroutine_body_t) __pyx_gb_10containers_5Stack_12generator, ((mp_obj_t )__pyx_mstate_global->__pyx_codeobj_tab[0]), (mp_obj_t ) __pyx_cur_scope, __pyx_n_u_iter, __pyx_n_u_Stack___iter, __pyx_n_u_containers); if (MP_UNLIKELY(!!(!gen))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 148; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

    return (mp_obj_t ) gen;
  }

  /* function exit code */
  __pyx_L1_error:;
  __pyx_traceback_0(".Stack.__iter__", __pyx_lineno);
  __pyx_r = NULL;

  return __pyx_r;
}

static mp_obj_t __pyx_gb_10containers_5Stack_12generator(cy_pyx_CoroutineObject *__pyx_generator, CYTHON_UNUSED cy_PyThreadState *__pyx_tstate, mp_obj_t __pyx_sent_value) /* generator body */
{
  struct __pyx_obj_10containers___pyx_scope_struct____iter__ *__pyx_cur_scope = ((struct __pyx_obj_10containers___pyx_scope_struct____iter__ *)__pyx_generator->closure);
  mp_obj_t __pyx_r = NULL;
  mp_obj_t __pyx_t_1 = NULL;
  int __pyx_t_2;
  int __pyx_lineno = 0;
  const char *__pyx_filename = NULL;
  int __pyx_clineno = 0;
  __Pyx_RefNannyDeclarations

  switch (__pyx_generator->resume_label) {
    case 0: goto __pyx_L3_first_run;
    case 1: goto __pyx_L6_resume_from_yield;
    default: /* CPython raises the right error here */

    return NULL;
  }
  __pyx_L3_first_run:;
  if (MP_UNLIKELY(!!(__pyx_sent_value != mp_const_none))) {
    if (MP_UNLIKELY(!!(__pyx_sent_value))) cy_PyErr_SetString(MP_OBJ_FROM_PTR(&mp_type_TypeError), "can't send non-None value to a just-started generator");
    do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 148; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);
  }

  /* "containers.pyx":149
 *
 *     def __iter__(self):
 *         cdef Node n = self.top             # <<<<<<<<<<<<<<
 *         while n is not None:
 *             yield n.value
*/
  __pyx_t_1 = ((mp_obj_t )__pyx_cur_scope->__pyx_v_self->top);

  __pyx_cur_scope->__pyx_v_n = ((struct __pyx_obj_10containers_Node *)__pyx_t_1);
  __pyx_t_1 = 0;

  /* "containers.pyx":150
 *     def __iter__(self):
 *         cdef Node n = self.top
 *         while n is not None:             # <<<<<<<<<<<<<<
 *             yield n.value
 *             n = n.next
*/
  while (1) {
    __pyx_t_2 = (((mp_obj_t )__pyx_cur_scope->__pyx_v_n) != mp_const_none);

    if (!__pyx_t_2) break;

    /* "containers.pyx":151
 *         cdef Node n = self.top
 *         while n is not None:
 *             yield n.value             # <<<<<<<<<<<<<<
 *             n = n.next
 *
*/

    __pyx_r = __pyx_cur_scope->__pyx_v_n->value;

    cy_Pyx_Coroutine_ResetAndClearException(__pyx_generator);
    /* return from generator, yielding value */
    __pyx_generator->resume_label = 1;
    return __pyx_r;
    __pyx_L6_resume_from_yield:;
    if (MP_UNLIKELY(!!(!__pyx_sent_value))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 151; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

    /* "containers.pyx":152
 *         while n is not None:
 *             yield n.value
 *             n = n.next             # <<<<<<<<<<<<<<
 *
 *     def to_list(self):
*/
    __pyx_t_1 = ((mp_obj_t )__pyx_cur_scope->__pyx_v_n->next);

    __pyx_cur_scope->__pyx_v_n = ((struct __pyx_obj_10containers_Node *)__pyx_t_1);

    __pyx_t_1 = 0;
  }
  CYTHON_MAYBE_UNUSED_VAR(__pyx_cur_scope);

  /* "containers.pyx":148
 *         return self.top is not None
 *
 *     def __iter__(self):             # <<<<<<<<<<<<<<
 *         cdef Node n = self.top
 *         while n is not None:
*/

  /* function exit code */
  __pyx_r = mp_const_none;
  goto __pyx_L0;
  __pyx_L1_error:;

  if (cy_Pyx_PyErr_Occurred()) {
    cy_Pyx_Generator_Replace_StopIteration(0);
    __pyx_traceback_0("__iter__", __pyx_lineno);
  }
  __pyx_L0:;

  cy_Pyx_Coroutine_ResetAndClearException(__pyx_generator);

  __pyx_generator->resume_label = -1;
  cy_Pyx_Coroutine_clear((mp_obj_t)__pyx_generator);

  return __pyx_r;
}

/* "containers.pyx":154
 *             n = n.next
 *
 *     def to_list(self):             # <<<<<<<<<<<<<<
 *         cdef Node n = self.top
 *         out = []
*/

/* Python wrapper */
static mp_obj_t __pyx_pw_10containers_5Stack_14to_list(mp_obj_t __pyx_v_self,

mp_obj_t const *__pyx_args, mp_int_t __pyx_nargs, mp_obj_t __pyx_kwds

); /*proto*/
static cy_PyMethodDef __pyx_mdef_10containers_5Stack_14to_list = {"to_list", (cy_PyCFunction)(void(*)(void))(cy_Pyx_PyCFunction_FastCallWithKeywords)__pyx_pw_10containers_5Stack_14to_list, cy_Pyx_METH_FASTCALL|cy_METH_KEYWORDS, 0};
static mp_obj_t __pyx_pw_10containers_5Stack_14to_list(mp_obj_t __pyx_v_self,

mp_obj_t const *__pyx_args, mp_int_t __pyx_nargs, mp_obj_t __pyx_kwds

) {

  CYTHON_UNUSED mp_obj_t const *__pyx_kwvalues;
  mp_obj_t __pyx_r = 0;
  __Pyx_RefNannyDeclarations

  __pyx_kwvalues = cy_Pyx_KwValues_FASTCALL(__pyx_args, __pyx_nargs);
  if (MP_UNLIKELY(!!(__pyx_nargs || __pyx_kwds)) && cy_Pyx_RejectArgs("to_list", __pyx_args, __pyx_nargs, __pyx_kwds)
< 0) return NULL;

  __pyx_r = __pyx_pf_10containers_5Stack_13to_list(((struct __pyx_obj_10containers_Stack *)__pyx_v_self));

  /* function exit code */

  return __pyx_r;
}

static mp_obj_t __pyx_pf_10containers_5Stack_13to_list(struct __pyx_obj_10containers_Stack *__pyx_v_self) {
  struct __pyx_obj_10containers_Node *__pyx_v_n = 0;
  mp_obj_t __pyx_v_out = NULL;
  mp_obj_t __pyx_r = NULL;
  __Pyx_RefNannyDeclarations
  mp_obj_t __pyx_t_1 = NULL;
  int __pyx_t_2;
  int __pyx_t_3;
  int __pyx_lineno = 0;
  const char *__pyx_filename = NULL;
  int __pyx_clineno = 0;

  /* "containers.pyx":155
 *
 *     def to_list(self):
 *         cdef Node n = self.top             # <<<<<<<<<<<<<<
 *         out = []
 *         while n is not None:
*/
  __pyx_t_1 = ((mp_obj_t )__pyx_v_self->top);

  __pyx_v_n = ((struct __pyx_obj_10containers_Node *)__pyx_t_1);
  __pyx_t_1 = 0;

  /* "containers.pyx":156
 *     def to_list(self):
 *         cdef Node n = self.top
 *         out = []             # <<<<<<<<<<<<<<
 *         while n is not None:
 *             out.append(n.value)
*/
  __pyx_t_1 = cy_PyList_New(0); if (MP_UNLIKELY(!!(!__pyx_t_1))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 156; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

  __pyx_v_out = ((mp_obj_t)__pyx_t_1);
  __pyx_t_1 = 0;

  /* "containers.pyx":157
 *         cdef Node n = self.top
 *         out = []
 *         while n is not None:             # <<<<<<<<<<<<<<
 *             out.append(n.value)
 *             n = n.next
*/
  while (1) {
    __pyx_t_2 = (((mp_obj_t )__pyx_v_n) != mp_const_none);

    if (!__pyx_t_2) break;

    /* "containers.pyx":158
 *         out = []
 *         while n is not None:
 *             out.append(n.value)             # <<<<<<<<<<<<<<
 *             n = n.next
 *         return out
*/
    __pyx_t_1 = __pyx_v_n->value;

    __pyx_t_3 = cy_Pyx_PyList_Append(__pyx_v_out, __pyx_t_1); if (MP_UNLIKELY(!!(__pyx_t_3 == ((int)-1)))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 158; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);
     __pyx_t_1 = 0;

    /* "containers.pyx":159
 *         while n is not None:
 *             out.append(n.value)
 *             n = n.next             # <<<<<<<<<<<<<<
 *         return out
 *
*/
    __pyx_t_1 = ((mp_obj_t )__pyx_v_n->next);

    __pyx_v_n = ((struct __pyx_obj_10containers_Node *)__pyx_t_1);
    __pyx_t_1 = 0;
  }

  /* "containers.pyx":160
 *             out.append(n.value)
 *             n = n.next
 *         return out             # <<<<<<<<<<<<<<
 *
 *     @property
*/
  {
    mp_obj_t __pyx_temp;
    {
      __pyx_temp = __pyx_r;

      __pyx_r = __pyx_v_out;
    }

  }
  goto __pyx_L0;

  /* "containers.pyx":154
 *             n = n.next
 *
 *     def to_list(self):             # <<<<<<<<<<<<<<
 *         cdef Node n = self.top
 *         out = []
*/

  /* function exit code */
  __pyx_L1_error:;

  __pyx_traceback_0(".Stack.to_list", __pyx_lineno);
  __pyx_r = NULL;
  __pyx_L0:;

  return __pyx_r;
}

/* "containers.pyx":162
 *         return out
 *
 *     @property             # <<<<<<<<<<<<<<
 *     def head(self):
 *         return self.top
*/

/* Python wrapper */
static mp_obj_t __pyx_pw_10containers_5Stack_4head_1__get__(mp_obj_t __pyx_v_self); /*proto*/
static mp_obj_t __pyx_pw_10containers_5Stack_4head_1__get__(mp_obj_t __pyx_v_self) {
  CYTHON_UNUSED mp_obj_t const *__pyx_kwvalues;
  mp_obj_t __pyx_r = 0;
  __Pyx_RefNannyDeclarations

  __pyx_kwvalues = cy_Pyx_KwValues_VARARGS(__pyx_args, __pyx_nargs);
  __pyx_r = __pyx_pf_10containers_5Stack_4head___get__(((struct __pyx_obj_10containers_Stack *)__pyx_v_self));

  /* function exit code */

  return __pyx_r;
}

static mp_obj_t __pyx_pf_10containers_5Stack_4head___get__(struct __pyx_obj_10containers_Stack *__pyx_v_self) {
  mp_obj_t __pyx_r = NULL;
  __Pyx_RefNannyDeclarations

  /* "containers.pyx":164
 *     @property
 *     def head(self):
 *         return self.top             # <<<<<<<<<<<<<<
 *
 *
*/
  {
    mp_obj_t __pyx_temp;
    {
      __pyx_temp = __pyx_r;

      __pyx_r = ((mp_obj_t )__pyx_v_self->top);
    }

  }
  goto __pyx_L0;

  /* "containers.pyx":162
 *         return out
 *
 *     @property             # <<<<<<<<<<<<<<
 *     def head(self):
 *         return self.top
*/

  /* function exit code */
  __pyx_L0:;

  return __pyx_r;
}

/* "(tree fragment)":1
 * def __reduce_cython__(self):             # <<<<<<<<<<<<<<
 *     cdef tuple state
 *     cdef object _dict
*/

/* Python wrapper */

/* "(tree fragment)":17
 *     else:
 *         return __pyx_unpickle_Stack, (type(self), 0x81e9a69, state)
 * def __setstate_cython__(self, __pyx_state):             # <<<<<<<<<<<<<<
 *     __pyx_unpickle_Stack__set_state(self, __pyx_state)
*/

/* Python wrapper */

/* "containers.pyx":176
 *     cdef public int depth
 *
 *     def __init__(self, label, swallow=False):             # <<<<<<<<<<<<<<
 *         self.label = label
 *         self.swallow = swallow
*/

/* Python wrapper */
static int __pyx_pw_10containers_8Recorder_1__init__(mp_obj_t __pyx_v_self,

mp_obj_t const *__pyx_args, mp_int_t __pyx_nargs, mp_obj_t __pyx_kwds

); /*proto*/
static int __pyx_pw_10containers_8Recorder_1__init__(mp_obj_t __pyx_v_self,

mp_obj_t const *__pyx_args, mp_int_t __pyx_nargs, mp_obj_t __pyx_kwds

) {
  mp_obj_t __pyx_v_label = 0;
  mp_obj_t __pyx_v_swallow = 0;

  CYTHON_UNUSED mp_obj_t const *__pyx_kwvalues;
  mp_obj_t values[2] = {0,0};
  int __pyx_lineno = 0;
  const char *__pyx_filename = NULL;
  int __pyx_clineno = 0;
  int __pyx_r;
  __Pyx_RefNannyDeclarations

  __pyx_kwvalues = cy_Pyx_KwValues_FASTCALL_TPNEW(__pyx_args, __pyx_nargs);
  {
static mp_obj_t * const __pyx_pyargnames[] = { &__pyx_n_u_label,
&__pyx_n_u_swallow, 0 };
static const cy_Pyx_ArgSpec __pyx_argspec = { "__init__",
__pyx_pyargnames, 2, 1, 2, 0,
0, 0, cy_Pyx_ARGS_KEYWORDS };
if
(MP_LIKELY(!!(!__pyx_kwds && __pyx_nargs >= 1 && __pyx_nargs <= 2))) {
for (mp_int_t i = 0; i < __pyx_nargs; i++) values[i] = __pyx_args[i];
} else if

(cy_Pyx_ParseArgs(&__pyx_argspec, __pyx_args, __pyx_nargs,
__pyx_kwds, values) < 0) { do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 176; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L3_error; } while (0); }
if (!values[1]) values[1] =
((mp_obj_t
)mp_const_false);

    __pyx_v_label = values[0];
    __pyx_v_swallow = values[1];
  }

  goto __pyx_L4_argument_unpacking_done;
  __pyx_L3_error:;
  for (mp_int_t __pyx_temp=0; __pyx_temp < (mp_int_t)(sizeof(values)/sizeof(values[0])); ++__pyx_temp) {

  }
  __pyx_traceback_0(".Recorder.__init__", __pyx_lineno);

  return -1;
  __pyx_L4_argument_unpacking_done:;
  __pyx_r = __pyx_pf_10containers_8Recorder___init__(((struct __pyx_obj_10containers_Recorder *)__pyx_v_self), __pyx_v_label, __pyx_v_swallow);

  /* function exit code */
  for (mp_int_t __pyx_temp=0; __pyx_temp < (mp_int_t)(sizeof(values)/sizeof(values[0])); ++__pyx_temp) {

  }

  return __pyx_r;
}

static int __pyx_pf_10containers_8Recorder___init__(struct __pyx_obj_10containers_Recorder *__pyx_v_self, mp_obj_t __pyx_v_label, mp_obj_t __pyx_v_swallow) {
  int __pyx_r;
  __Pyx_RefNannyDeclarations
  mp_obj_t __pyx_t_1 = NULL;
  int __pyx_t_2;
  int __pyx_lineno = 0;
  const char *__pyx_filename = NULL;
  int __pyx_clineno = 0;

  /* "containers.pyx":177
 *
 *     def __init__(self, label, swallow=False):
 *         self.label = label             # <<<<<<<<<<<<<<
 *         self.swallow = swallow
 *         self.depth = 0
*/
  __pyx_t_1 = __pyx_v_label;

  if (!(MP_LIKELY(!!(cy_PyUnicode_CheckExact(__pyx_t_1)))||((__pyx_t_1) == mp_const_none) || cy_Pyx_RaiseUnexpectedTypeError("str", __pyx_t_1))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 177; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

  __pyx_v_self->label = ((mp_obj_t)__pyx_t_1);
  __pyx_t_1 = 0;

  /* "containers.pyx":178
 *     def __init__(self, label, swallow=False):
 *         self.label = label
 *         self.swallow = swallow             # <<<<<<<<<<<<<<
 *         self.depth = 0
 *
*/
  __pyx_t_2 = cy_Pyx_PyObject_IsTrue(__pyx_v_swallow); if (MP_UNLIKELY(!!((__pyx_t_2 == (int)-1) && cy_PyErr_Occurred()))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 178; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);
  __pyx_v_self->swallow = __pyx_t_2;

  /* "containers.pyx":179
 *         self.label = label
 *         self.swallow = swallow
 *         self.depth = 0             # <<<<<<<<<<<<<<
 *
 *     def __enter__(self):
*/
  __pyx_v_self->depth = 0;

  /* "containers.pyx":176
 *     cdef public int depth
 *
 *     def __init__(self, label, swallow=False):             # <<<<<<<<<<<<<<
 *         self.label = label
 *         self.swallow = swallow
*/

  /* function exit code */
  __pyx_r = 0;
  goto __pyx_L0;
  __pyx_L1_error:;

  __pyx_traceback_0(".Recorder.__init__", __pyx_lineno);
  __pyx_r = -1;
  __pyx_L0:;

  return __pyx_r;
}

/* "containers.pyx":181
 *         self.depth = 0
 *
 *     def __enter__(self):             # <<<<<<<<<<<<<<
 *         self.depth += 1
 *         log.append("enter " + self.label)
*/

/* Python wrapper */
static mp_obj_t __pyx_pw_10containers_8Recorder_3__enter__(mp_obj_t __pyx_v_self,

mp_obj_t const *__pyx_args, mp_int_t __pyx_nargs, mp_obj_t __pyx_kwds

); /*proto*/
static cy_PyMethodDef __pyx_mdef_10containers_8Recorder_3__enter__ = {"__enter__", (cy_PyCFunction)(void(*)(void))(cy_Pyx_PyCFunction_FastCallWithKeywords)__pyx_pw_10containers_8Recorder_3__enter__, cy_Pyx_METH_FASTCALL|cy_METH_KEYWORDS, 0};
static mp_obj_t __pyx_pw_10containers_8Recorder_3__enter__(mp_obj_t __pyx_v_self,

mp_obj_t const *__pyx_args, mp_int_t __pyx_nargs, mp_obj_t __pyx_kwds

) {

  CYTHON_UNUSED mp_obj_t const *__pyx_kwvalues;
  mp_obj_t __pyx_r = 0;
  __Pyx_RefNannyDeclarations

  __pyx_kwvalues = cy_Pyx_KwValues_FASTCALL(__pyx_args, __pyx_nargs);
  if (MP_UNLIKELY(!!(__pyx_nargs || __pyx_kwds)) && cy_Pyx_RejectArgs("__enter__", __pyx_args, __pyx_nargs, __pyx_kwds)
< 0) return NULL;

  __pyx_r = __pyx_pf_10containers_8Recorder_2__enter__(((struct __pyx_obj_10containers_Recorder *)__pyx_v_self));

  /* function exit code */

  return __pyx_r;
}

static mp_obj_t __pyx_pf_10containers_8Recorder_2__enter__(struct __pyx_obj_10containers_Recorder *__pyx_v_self) {
  mp_obj_t __pyx_r = NULL;
  __Pyx_RefNannyDeclarations
  mp_obj_t __pyx_t_1 = NULL;
  mp_obj_t __pyx_t_2 = NULL;
  int __pyx_t_3;
  int __pyx_lineno = 0;
  const char *__pyx_filename = NULL;
  int __pyx_clineno = 0;

  /* "containers.pyx":182
 *
 *     def __enter__(self):
 *         self.depth += 1             # <<<<<<<<<<<<<<
 *         log.append("enter " + self.label)
 *         return self
*/
  __pyx_v_self->depth = (__pyx_v_self->depth + 1);

  /* "containers.pyx":183
 *     def __enter__(self):
 *         self.depth += 1
 *         log.append("enter " + self.label)             # <<<<<<<<<<<<<<
 *         return self
 *
*/
  cy_Pyx_GetModuleGlobalName(__pyx_t_1, __pyx_n_u_log); if (MP_UNLIKELY(!!(!__pyx_t_1))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 183; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

  __pyx_t_2 = cy_Pyx_PyUnicode_ConcatSafe(__pyx_kp_u_enter, __pyx_v_self->label); if (MP_UNLIKELY(!!(!__pyx_t_2))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 183; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

  __pyx_t_3 = cy_Pyx_PyObject_Append(__pyx_t_1, __pyx_t_2); if (MP_UNLIKELY(!!(__pyx_t_3 == ((int)-1)))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 183; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);
   __pyx_t_1 = 0;
   __pyx_t_2 = 0;

  /* "containers.pyx":184
 *         self.depth += 1
 *         log.append("enter " + self.label)
 *         return self             # <<<<<<<<<<<<<<
 *
 *     def __exit__(self, exc_type, exc, tb):
*/
  {
    mp_obj_t __pyx_temp;
    {
      __pyx_temp = __pyx_r;

      __pyx_r = ((mp_obj_t )__pyx_v_self);
    }

  }
  goto __pyx_L0;

  /* "containers.pyx":181
 *         self.depth = 0
 *
 *     def __enter__(self):             # <<<<<<<<<<<<<<
 *         self.depth += 1
 *         log.append("enter " + self.label)
*/

  /* function exit code */
  __pyx_L1_error:;

  __pyx_traceback_0(".Recorder.__enter__", __pyx_lineno);
  __pyx_r = NULL;
  __pyx_L0:;

  return __pyx_r;
}

/* "containers.pyx":186
 *         return self
 *
 *     def __exit__(self, exc_type, exc, tb):             # <<<<<<<<<<<<<<
 *         self.depth -= 1
 *         if exc_type is None:
*/

/* Python wrapper */
static mp_obj_t __pyx_pw_10containers_8Recorder_5__exit__(mp_obj_t __pyx_v_self,

mp_obj_t const *__pyx_args, mp_int_t __pyx_nargs, mp_obj_t __pyx_kwds

); /*proto*/
static cy_PyMethodDef __pyx_mdef_10containers_8Recorder_5__exit__ = {"__exit__", (cy_PyCFunction)(void(*)(void))(cy_Pyx_PyCFunction_FastCallWithKeywords)__pyx_pw_10containers_8Recorder_5__exit__, cy_Pyx_METH_FASTCALL|cy_METH_KEYWORDS, 0};
static mp_obj_t __pyx_pw_10containers_8Recorder_5__exit__(mp_obj_t __pyx_v_self,

mp_obj_t const *__pyx_args, mp_int_t __pyx_nargs, mp_obj_t __pyx_kwds

) {
  mp_obj_t __pyx_v_exc_type = 0;
  CYTHON_UNUSED mp_obj_t __pyx_v_exc = 0;
  CYTHON_UNUSED mp_obj_t __pyx_v_tb = 0;

  CYTHON_UNUSED mp_obj_t const *__pyx_kwvalues;
  mp_obj_t values[3]          ;
  int __pyx_lineno = 0;
  const char *__pyx_filename = NULL;
  int __pyx_clineno = 0;
  mp_obj_t __pyx_r = 0;
  __Pyx_RefNannyDeclarations

  __pyx_kwvalues = cy_Pyx_KwValues_FASTCALL(__pyx_args, __pyx_nargs);
  {
static mp_obj_t * const __pyx_pyargnames[] = { &__pyx_n_u_exc_type, &__pyx_n_u_exc,
&__pyx_n_u_tb, 0 };
static const cy_Pyx_ArgSpec __pyx_argspec = { "__exit__",
__pyx_pyargnames, 3, 3, 3, 0,
0, 0,

cy_Pyx_ARGS_EXACT|cy_Pyx_ARGS_KEYWORDS|cy_Pyx_ARGS_CLEAR };
if (MP_LIKELY(!!(!__pyx_kwds && __pyx_nargs == 3))) {
values[0] = __pyx_args[0];
values[1] =
__pyx_args[1]; values[2] = __pyx_args[2];
} else if (cy_Pyx_ParseArgs(&__pyx_argspec, __pyx_args, __pyx_nargs, __pyx_kwds, values) < 0) {

do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 186; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L3_error; } while (0); }

    __pyx_v_exc_type = values[0];
    __pyx_v_exc = values[1];
    __pyx_v_tb = values[2];
  }

  goto __pyx_L4_argument_unpacking_done;
  __pyx_L3_error:;
  for (mp_int_t __pyx_temp=0; __pyx_temp < (mp_int_t)(sizeof(values)/sizeof(values[0])); ++__pyx_temp) {

  }
  __pyx_traceback_0(".Recorder.__exit__", __pyx_lineno);

  return NULL;
  __pyx_L4_argument_unpacking_done:;
  __pyx_r = __pyx_pf_10containers_8Recorder_4__exit__(((struct __pyx_obj_10containers_Recorder *)__pyx_v_self), __pyx_v_exc_type, __pyx_v_exc, __pyx_v_tb);

  /* function exit code */
  for (mp_int_t __pyx_temp=0; __pyx_temp < (mp_int_t)(sizeof(values)/sizeof(values[0])); ++__pyx_temp) {

  }

  return __pyx_r;
}

static mp_obj_t __pyx_pf_10containers_8Recorder_4__exit__(struct __pyx_obj_10containers_Recorder *__pyx_v_self, mp_obj_t __pyx_v_exc_type, CYTHON_UNUSED mp_obj_t __pyx_v_exc, CYTHON_UNUSED mp_obj_t __pyx_v_tb) {
  mp_obj_t __pyx_r = NULL;
  __Pyx_RefNannyDeclarations
  int __pyx_t_1;
  mp_obj_t __pyx_t_2 = NULL;
  mp_obj_t __pyx_t_3 = NULL;
  int __pyx_t_4;
  mp_obj_t __pyx_t_5 = NULL;
  mp_obj_t __pyx_t_6 = NULL;
  mp_obj_t __pyx_t_7[4];
  mp_int_t __pyx_t_8;
  int __pyx_t_9;
  int __pyx_lineno = 0;
  const char *__pyx_filename = NULL;
  int __pyx_clineno = 0;

  /* "containers.pyx":187
 *
 *     def __exit__(self, exc_type, exc, tb):
 *         self.depth -= 1             # <<<<<<<<<<<<<<
 *         if exc_type is None:
 *             log.append("exit " + self.label)
*/
  __pyx_v_self->depth = (__pyx_v_self->depth - 1);

  /* "containers.pyx":188
 *     def __exit__(self, exc_type, exc, tb):
 *         self.depth -= 1
 *         if exc_type is None:             # <<<<<<<<<<<<<<
 *             log.append("exit " + self.label)
 *             return False
*/
  __pyx_t_1 = (__pyx_v_exc_type == mp_const_none);
  if (__pyx_t_1) {

    /* "containers.pyx":189
 *         self.depth -= 1
 *         if exc_type is None:
 *             log.append("exit " + self.label)             # <<<<<<<<<<<<<<
 *             return False
 *         log.append("exit %s with %s" % (self.label, exc_type.__name__))
*/
    cy_Pyx_GetModuleGlobalName(__pyx_t_2, __pyx_n_u_log); if (MP_UNLIKELY(!!(!__pyx_t_2))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 189; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

    __pyx_t_3 = cy_Pyx_PyUnicode_ConcatSafe(__pyx_kp_u_exit, __pyx_v_self->label); if (MP_UNLIKELY(!!(!__pyx_t_3))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 189; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

    __pyx_t_4 = cy_Pyx_PyObject_Append(__pyx_t_2, __pyx_t_3); if (MP_UNLIKELY(!!(__pyx_t_4 == ((int)-1)))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 189; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);
     __pyx_t_2 = 0;
     __pyx_t_3 = 0;

    /* "containers.pyx":190
 *         if exc_type is None:
 *             log.append("exit " + self.label)
 *             return False             # <<<<<<<<<<<<<<
 *         log.append("exit %s with %s" % (self.label, exc_type.__name__))
 *         return self.swallow
*/
    {
      mp_obj_t __pyx_temp;
      {
        __pyx_temp = __pyx_r;

        __pyx_r = mp_const_false;
      }

    }
    goto __pyx_L0;

    /* "containers.pyx":188
 *     def __exit__(self, exc_type, exc, tb):
 *         self.depth -= 1
 *         if exc_type is None:             # <<<<<<<<<<<<<<
 *             log.append("exit " + self.label)
 *             return False
*/
  }

  /* "containers.pyx":191
 *             log.append("exit " + self.label)
 *             return False
 *         log.append("exit %s with %s" % (self.label, exc_type.__name__))             # <<<<<<<<<<<<<<
 *         return self.swallow
 *
*/
  cy_Pyx_GetModuleGlobalName(__pyx_t_3, __pyx_n_u_log); if (MP_UNLIKELY(!!(!__pyx_t_3))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 191; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

  __pyx_t_2 = cy_Pyx_PyUnicode_Unicode(__pyx_v_self->label); if (MP_UNLIKELY(!!(!__pyx_t_2))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 191; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

  __pyx_t_5 = cy_Pyx_PyObject_GetAttrStr(__pyx_v_exc_type, __pyx_n_u_name); if (MP_UNLIKELY(!!(!__pyx_t_5))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 191; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

  __pyx_t_6 = cy_Pyx_PyObject_FormatSimpleAndDecref(cy_PyObject_Str(__pyx_t_5), __pyx_mstate_global->__pyx_empty_unicode); if (MP_UNLIKELY(!!(!__pyx_t_6))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 191; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

   __pyx_t_5 = 0;
  __pyx_t_7[0] = __pyx_kp_u_exit;
  __pyx_t_7[1] = __pyx_t_2;
  __pyx_t_7[2] = __pyx_kp_u_with;
  __pyx_t_7[3] = __pyx_t_6;
  __pyx_t_8 = 11;

  __pyx_t_9 = 0;

  __pyx_t_5 = cy_Pyx_PyUnicode_Join(__pyx_t_7, 4, __pyx_t_8, __pyx_t_9);
  if (MP_UNLIKELY(!!(!__pyx_t_5))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 191; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

   __pyx_t_2 = 0;
   __pyx_t_6 = 0;
  __pyx_t_4 = cy_Pyx_PyObject_Append(__pyx_t_3, __pyx_t_5); if (MP_UNLIKELY(!!(__pyx_t_4 == ((int)-1)))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 191; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);
   __pyx_t_3 = 0;
   __pyx_t_5 = 0;

  /* "containers.pyx":192
 *             return False
 *         log.append("exit %s with %s" % (self.label, exc_type.__name__))
 *         return self.swallow             # <<<<<<<<<<<<<<
 *
 *     def __call__(self, msg):
*/
  __pyx_t_5 = cy_Pyx_PyBool_FromLong(__pyx_v_self->swallow); if (MP_UNLIKELY(!!(!__pyx_t_5))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 192; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

  {
    mp_obj_t __pyx_temp;
    {
      __pyx_temp = __pyx_r;
      __pyx_r = __pyx_t_5;
    }

  }
  __pyx_t_5 = 0;
  goto __pyx_L0;

  /* "containers.pyx":186
 *         return self
 *
 *     def __exit__(self, exc_type, exc, tb):             # <<<<<<<<<<<<<<
 *         self.depth -= 1
 *         if exc_type is None:
*/

  /* function exit code */
  __pyx_L1_error:;

  __pyx_traceback_0(".Recorder.__exit__", __pyx_lineno);
  __pyx_r = NULL;
  __pyx_L0:;

  return __pyx_r;
}

/* "containers.pyx":194
 *         return self.swallow
 *
 *     def __call__(self, msg):             # <<<<<<<<<<<<<<
 *         log.append(self.label + ": " + str(msg))
 *         return len(log)
*/

/* Python wrapper */
static mp_obj_t __pyx_pw_10containers_8Recorder_7__call__(mp_obj_t __pyx_v_self, mp_obj_t __pyx_args, mp_obj_t __pyx_kwds); /*proto*/
static mp_obj_t __pyx_pw_10containers_8Recorder_7__call__(mp_obj_t __pyx_v_self, mp_obj_t __pyx_args, mp_obj_t __pyx_kwds) {
  mp_obj_t __pyx_v_msg = 0;
  CYTHON_UNUSED mp_int_t __pyx_nargs;
  CYTHON_UNUSED mp_obj_t const *__pyx_kwvalues;
  mp_obj_t values[1] = {0};
  int __pyx_lineno = 0;
  const char *__pyx_filename = NULL;
  int __pyx_clineno = 0;
  mp_obj_t __pyx_r = 0;
  __Pyx_RefNannyDeclarations

  __pyx_nargs = cy_PyTuple_Size(__pyx_args); if (MP_UNLIKELY(!!(__pyx_nargs < 0))) return NULL;

  __pyx_kwvalues = cy_Pyx_KwValues_VARARGS(__pyx_args, __pyx_nargs);
  {
    mp_obj_t * const __pyx_pyargnames[] = {&__pyx_n_u_msg,0};
    const mp_int_t __pyx_kwds_len = (__pyx_kwds) ? cy_Pyx_NumKwargs_VARARGS(__pyx_kwds) : 0;
    if (MP_UNLIKELY(!!(__pyx_kwds_len < 0))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 194; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L3_error; } while (0);
    if (__pyx_kwds_len > 0) {
      switch (__pyx_nargs) {
        case  1:
        values[0] = cy_Pyx_ArgRef_VARARGS(__pyx_args, 0);
        if (!0 && MP_UNLIKELY(!!(!values[0]))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 194; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L3_error; } while (0);
        CYTHON_FALLTHROUGH;
        case  0: break;
        default: goto __pyx_L5_argtuple_error;
      }
      const mp_int_t kwd_pos_args = __pyx_nargs;
      if (cy_Pyx_ParseKeywords(__pyx_kwds, __pyx_kwvalues, __pyx_pyargnames, 0, values, kwd_pos_args, __pyx_kwds_len, "__call__", 0) < (0)) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 194; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L3_error; } while (0);
      for (mp_int_t i = __pyx_nargs; i < 1; i++) {
        if (MP_UNLIKELY(!!(!values[i]))) { cy_Pyx_RaiseArgtupleInvalid("__call__", 1, 1, 1, i); do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 194; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L3_error; } while (0); }
      }
    } else if (MP_UNLIKELY(!!(__pyx_nargs != 1))) {
      goto __pyx_L5_argtuple_error;
    } else {
      values[0] = cy_Pyx_ArgRef_VARARGS(__pyx_args, 0);
      if (!0 && MP_UNLIKELY(!!(!values[0]))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 194; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L3_error; } while (0);
    }
    __pyx_v_msg = values[0];
  }
  goto __pyx_L6_skip;
  __pyx_L5_argtuple_error:;
  cy_Pyx_RaiseArgtupleInvalid("__call__", 1, 1, 1, __pyx_nargs); do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 194; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L3_error; } while (0);
  __pyx_L6_skip:;
  goto __pyx_L4_argument_unpacking_done;
  __pyx_L3_error:;
  for (mp_int_t __pyx_temp=0; __pyx_temp < (mp_int_t)(sizeof(values)/sizeof(values[0])); ++__pyx_temp) {

  }
  __pyx_traceback_0(".Recorder.__call__", __pyx_lineno);

  return NULL;
  __pyx_L4_argument_unpacking_done:;
  __pyx_r = __pyx_pf_10containers_8Recorder_6__call__(((struct __pyx_obj_10containers_Recorder *)__pyx_v_self), __pyx_v_msg);

  /* function exit code */
  for (mp_int_t __pyx_temp=0; __pyx_temp < (mp_int_t)(sizeof(values)/sizeof(values[0])); ++__pyx_temp) {

  }

  return __pyx_r;
}

static mp_obj_t __pyx_pf_10containers_8Recorder_6__call__(struct __pyx_obj_10containers_Recorder *__pyx_v_self, mp_obj_t __pyx_v_msg) {
  mp_obj_t __pyx_r = NULL;
  __Pyx_RefNannyDeclarations
  mp_obj_t __pyx_t_1 = NULL;
  mp_obj_t __pyx_t_2 = NULL;
  mp_obj_t __pyx_t_3 = NULL;
  mp_obj_t __pyx_t_4 = NULL;
  int __pyx_t_5;
  mp_int_t __pyx_t_6;
  int __pyx_lineno = 0;
  const char *__pyx_filename = NULL;
  int __pyx_clineno = 0;

  /* "containers.pyx":195
 *
 *     def __call__(self, msg):
 *         log.append(self.label + ": " + str(msg))             # <<<<<<<<<<<<<<
 *         return len(log)
 *
*/
  cy_Pyx_GetModuleGlobalName(__pyx_t_1, __pyx_n_u_log); if (MP_UNLIKELY(!!(!__pyx_t_1))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 195; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

  __pyx_t_2 = cy_Pyx_PyUnicode_ConcatSafe(__pyx_v_self->label, __pyx_kp_u__3); if (MP_UNLIKELY(!!(!__pyx_t_2))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 195; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

  __pyx_t_3 = cy_Pyx_PyObject_Unicode(__pyx_v_msg); if (MP_UNLIKELY(!!(!__pyx_t_3))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 195; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

  __pyx_t_4 = cy_PyUnicode_Concat(__pyx_t_2, __pyx_t_3); if (MP_UNLIKELY(!!(!__pyx_t_4))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 195; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

   __pyx_t_2 = 0;
   __pyx_t_3 = 0;
  __pyx_t_5 = cy_Pyx_PyObject_Append(__pyx_t_1, __pyx_t_4); if (MP_UNLIKELY(!!(__pyx_t_5 == ((int)-1)))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 195; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);
   __pyx_t_1 = 0;
   __pyx_t_4 = 0;

  /* "containers.pyx":196
 *     def __call__(self, msg):
 *         log.append(self.label + ": " + str(msg))
 *         return len(log)             # <<<<<<<<<<<<<<
 *
 *
*/
  cy_Pyx_GetModuleGlobalName(__pyx_t_4, __pyx_n_u_log); if (MP_UNLIKELY(!!(!__pyx_t_4))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 196; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

  __pyx_t_6 = cy_PyObject_Length(__pyx_t_4); if (MP_UNLIKELY(!!(__pyx_t_6 == ((mp_int_t)-1)))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 196; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);
   __pyx_t_4 = 0;
  __pyx_t_4 = cy_PyLong_FromSsize_t(__pyx_t_6); if (MP_UNLIKELY(!!(!__pyx_t_4))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 196; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

  {
    mp_obj_t __pyx_temp;
    {
      __pyx_temp = __pyx_r;
      __pyx_r = __pyx_t_4;
    }

  }
  __pyx_t_4 = 0;
  goto __pyx_L0;

  /* "containers.pyx":194
 *         return self.swallow
 *
 *     def __call__(self, msg):             # <<<<<<<<<<<<<<
 *         log.append(self.label + ": " + str(msg))
 *         return len(log)
*/

  /* function exit code */
  __pyx_L1_error:;

  __pyx_traceback_0(".Recorder.__call__", __pyx_lineno);
  __pyx_r = NULL;
  __pyx_L0:;

  return __pyx_r;
}

/* "containers.pyx":174
 *     cdef str label
 *     cdef bint swallow
 *     cdef public int depth             # <<<<<<<<<<<<<<
 *
 *     def __init__(self, label, swallow=False):
*/

/* Python wrapper */
static const struct cy_PyMemberDef __pyx_members_10containers_Recorder[] = {
{"depth", CY_MEMBER_INT((int)-1 < (int)0, sizeof(int)), offsetof(struct
__pyx_obj_10containers_Recorder, depth), 0, 0,
"int",
CY_MEMBER_INT_STORE((int)-1
< (int)0)},
{0, 0, 0, 0, 0, 0, 0}
};

/* "(tree fragment)":1
 * def __reduce_cython__(self):             # <<<<<<<<<<<<<<
 *     cdef tuple state
 *     cdef object _dict
*/

/* Python wrapper */

/* "(tree fragment)":17
 *     else:
 *         return __pyx_unpickle_Recorder, (type(self), 0xc04bd87, state)
 * def __setstate_cython__(self, __pyx_state):             # <<<<<<<<<<<<<<
 *     __pyx_unpickle_Recorder__set_state(self, __pyx_state)
*/

/* Python wrapper */

/* "containers.pyx":199
 *
 *
 * def use_recorder(label):             # <<<<<<<<<<<<<<
 *     with Recorder(label) as r:
 *         r("inside")
*/

/* Python wrapper */
static mp_obj_t __pyx_pw_10containers_1use_recorder(mp_obj_t __pyx_self,

mp_obj_t const *__pyx_args, mp_int_t __pyx_nargs, mp_obj_t __pyx_kwds

); /*proto*/
static cy_PyMethodDef __pyx_mdef_10containers_1use_recorder = {"use_recorder", (cy_PyCFunction)(void(*)(void))(cy_Pyx_PyCFunction_FastCallWithKeywords)__pyx_pw_10containers_1use_recorder, cy_Pyx_METH_FASTCALL|cy_METH_KEYWORDS, 0};
static mp_obj_t __pyx_pw_10containers_1use_recorder(mp_obj_t __pyx_self,

mp_obj_t const *__pyx_args, mp_int_t __pyx_nargs, mp_obj_t __pyx_kwds

) {
  mp_obj_t __pyx_v_label = 0;

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
&__pyx_n_u_label, 0 };
static const cy_Pyx_ArgSpec __pyx_argspec = { "use_recorder",
__pyx_pyargnames, 1, 1, 1, 0,
0, 0,

cy_Pyx_ARGS_EXACT|cy_Pyx_ARGS_KEYWORDS|cy_Pyx_ARGS_CLEAR };
if (MP_LIKELY(!!(!__pyx_kwds && __pyx_nargs == 1))) {
values[0] = __pyx_args[0];
} else if
(cy_Pyx_ParseArgs(&__pyx_argspec, __pyx_args,

__pyx_nargs, __pyx_kwds, values) < 0) {
do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 199; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L3_error; } while (0); }

    __pyx_v_label = values[0];
  }

  goto __pyx_L4_argument_unpacking_done;
  __pyx_L3_error:;
  for (mp_int_t __pyx_temp=0; __pyx_temp < (mp_int_t)(sizeof(values)/sizeof(values[0])); ++__pyx_temp) {

  }
  __pyx_traceback_0(".use_recorder", __pyx_lineno);

  return NULL;
  __pyx_L4_argument_unpacking_done:;
  __pyx_r = __pyx_pf_10containers_use_recorder(__pyx_self, __pyx_v_label);

  /* function exit code */
  for (mp_int_t __pyx_temp=0; __pyx_temp < (mp_int_t)(sizeof(values)/sizeof(values[0])); ++__pyx_temp) {

  }

  return __pyx_r;
}

static mp_obj_t __pyx_pf_10containers_use_recorder(CYTHON_UNUSED mp_obj_t __pyx_self, mp_obj_t __pyx_v_label) {
  mp_obj_t __pyx_v_r = NULL;
  mp_obj_t __pyx_r = NULL;
  __Pyx_RefNannyDeclarations
  mp_obj_t __pyx_t_1 = NULL;
  mp_obj_t __pyx_t_2 = NULL;
  size_t __pyx_t_3;
  mp_obj_t __pyx_t_4 = NULL;
  mp_obj_t __pyx_t_5 = NULL;
  mp_obj_t __pyx_t_6 = NULL;
  mp_obj_t __pyx_t_7 = NULL;
  mp_obj_t __pyx_t_8 = NULL;
  mp_obj_t __pyx_t_9 = NULL;
  mp_obj_t __pyx_t_10 = NULL;
  int __pyx_t_11;
  int __pyx_t_12;
  int __pyx_lineno = 0;
  const char *__pyx_filename = NULL;
  int __pyx_clineno = 0;

  /* "containers.pyx":200
 *
 * def use_recorder(label):
 *     with Recorder(label) as r:             # <<<<<<<<<<<<<<
 *         r("inside")
 *     return r.depth
*/
  /*with:*/ {
    __pyx_t_2 = NULL;
    __pyx_t_3 = 1;
    {
      mp_obj_t __pyx_callargs[2] = {__pyx_t_2, __pyx_v_label};
      __pyx_t_1 = cy_Pyx_PyObject_FastCall((mp_obj_t)__pyx_mstate_global->__pyx_ptype_10containers_Recorder, __pyx_callargs+__pyx_t_3, (2-__pyx_t_3) | (__pyx_t_3*cy_Pyx_PY_VECTORCALL_ARGUMENTS_OFFSET));
       __pyx_t_2 = 0;
      if (MP_UNLIKELY(!!(!__pyx_t_1))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 200; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

    }
    __pyx_t_4 = cy_Pyx_PyObject_LookupSpecial(__pyx_t_1, __pyx_n_u_exit_2); if (MP_UNLIKELY(!!(!__pyx_t_4))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 200; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

    __pyx_t_5 = NULL;
    __pyx_t_6 = cy_Pyx_PyObject_LookupSpecial(__pyx_t_1, __pyx_n_u_enter_2); if (MP_UNLIKELY(!!(!__pyx_t_6))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 200; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L3_error; } while (0);

    __pyx_t_3 = 1;

    {
      mp_obj_t __pyx_callargs[2] = {__pyx_t_5, NULL};
      __pyx_t_2 = cy_Pyx_PyObject_FastCall((mp_obj_t)__pyx_t_6, __pyx_callargs+__pyx_t_3, (1-__pyx_t_3) | (__pyx_t_3*cy_Pyx_PY_VECTORCALL_ARGUMENTS_OFFSET));
       __pyx_t_5 = 0;
       __pyx_t_6 = 0;
      if (MP_UNLIKELY(!!(!__pyx_t_2))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 200; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L3_error; } while (0);

    }
    __pyx_t_6 = __pyx_t_2;
    __pyx_t_2 = 0;
     __pyx_t_1 = 0;
    /*try:*/ {
      {
        cy_Pyx_PyThreadState_declare;        cy_Pyx_PyThreadState_assign;        cy_Pyx_ExceptionSave(&__pyx_t_7, &__pyx_t_8, &__pyx_t_9);

        /*try:*/ {
          __pyx_v_r = __pyx_t_6;
          __pyx_t_6 = 0;

          /* "containers.pyx":201
 * def use_recorder(label):
 *     with Recorder(label) as r:
 *         r("inside")             # <<<<<<<<<<<<<<
 *     return r.depth
 *
*/
          __pyx_t_1 = NULL;

          __pyx_t_2 = __pyx_v_r;
          __pyx_t_3 = 1;

          {
            mp_obj_t __pyx_callargs[2] = {__pyx_t_1, __pyx_n_u_inside};
            __pyx_t_6 = cy_Pyx_PyObject_FastCall((mp_obj_t)__pyx_t_2, __pyx_callargs+__pyx_t_3, (2-__pyx_t_3) | (__pyx_t_3*cy_Pyx_PY_VECTORCALL_ARGUMENTS_OFFSET));
             __pyx_t_1 = 0;
             __pyx_t_2 = 0;
            if (MP_UNLIKELY(!!(!__pyx_t_6))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 201; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L7_error; } while (0);

          }
           __pyx_t_6 = 0;

          /* "containers.pyx":200
 *
 * def use_recorder(label):
 *     with Recorder(label) as r:             # <<<<<<<<<<<<<<
 *         r("inside")
 *     return r.depth
*/
        }
         __pyx_t_7 = 0;
         __pyx_t_8 = 0;
         __pyx_t_9 = 0;
        goto __pyx_L12_try_end;
        __pyx_L7_error:;
         __pyx_t_1 = 0;
         __pyx_t_2 = 0;
         __pyx_t_5 = 0;
         __pyx_t_6 = 0;
        /*except:*/ {
          __pyx_traceback_0(".use_recorder", __pyx_lineno);
          if (cy_Pyx_GetException(&__pyx_t_6, &__pyx_t_2, &__pyx_t_1) < 0) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 200; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L9_except_error; } while (0);

          {
            mp_obj_t __pyx_temp[3] = {__pyx_t_6, __pyx_t_2, __pyx_t_1};
            __pyx_t_5 = cy_Pyx_PyTuple_FromArray(__pyx_temp, 3); if (MP_UNLIKELY(!!(!__pyx_t_5))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 200; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L9_except_error; } while (0);

          }
          __pyx_t_10 = cy_Pyx_PyObject_Call(__pyx_t_4, __pyx_t_5, NULL);
           __pyx_t_4 = 0;
           __pyx_t_5 = 0;
          if (MP_UNLIKELY(!!(!__pyx_t_10))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 200; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L9_except_error; } while (0);

          __pyx_t_11 = cy_Pyx_PyObject_IsTrue(__pyx_t_10);
           __pyx_t_10 = 0;
          if (__pyx_t_11 < (0)) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 200; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L9_except_error; } while (0);
          __pyx_t_12 = (!__pyx_t_11);

          if (MP_UNLIKELY(!!(__pyx_t_12))) {

            cy_Pyx_ErrRestoreWithState(__pyx_t_6, __pyx_t_2, __pyx_t_1);
            __pyx_t_6 = 0;  __pyx_t_2 = 0;  __pyx_t_1 = 0;
            do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 200; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L9_except_error; } while (0);
          }
           __pyx_t_6 = 0;
           __pyx_t_2 = 0;
           __pyx_t_1 = 0;
          goto __pyx_L8_exception_handled;
        }
        __pyx_L9_except_error:;

        cy_Pyx_ExceptionReset(__pyx_t_7, __pyx_t_8, __pyx_t_9);
        goto __pyx_L1_error;
        __pyx_L8_exception_handled:;

        cy_Pyx_ExceptionReset(__pyx_t_7, __pyx_t_8, __pyx_t_9);
        __pyx_L12_try_end:;
      }
    }
    /*finally:*/ {
      /*normal exit:*/{
        if (__pyx_t_4) {
          __pyx_t_9 = cy_Pyx_PyObject_Call(__pyx_t_4, __pyx_mstate_global->__pyx_tuple[0], NULL);
           __pyx_t_4 = 0;
          if (MP_UNLIKELY(!!(!__pyx_t_9))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 200; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

           __pyx_t_9 = 0;
        }
        goto __pyx_L6;
      }
      __pyx_L6:;
    }
    goto __pyx_L16;
    __pyx_L3_error:;
     __pyx_t_4 = 0;
    goto __pyx_L1_error;
    __pyx_L16:;
  }

  /* "containers.pyx":202
 *     with Recorder(label) as r:
 *         r("inside")
 *     return r.depth             # <<<<<<<<<<<<<<
 *
 *
*/
  if (MP_UNLIKELY(!!(!__pyx_v_r))) { cy_Pyx_RaiseUnboundLocalError("r"); do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 202; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0); }
  __pyx_t_1 = cy_Pyx_PyObject_GetAttrStr(__pyx_v_r, __pyx_n_u_depth); if (MP_UNLIKELY(!!(!__pyx_t_1))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 202; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

  {
    mp_obj_t __pyx_temp;
    {
      __pyx_temp = __pyx_r;
      __pyx_r = __pyx_t_1;
    }

  }
  __pyx_t_1 = 0;
  goto __pyx_L0;

  /* "containers.pyx":199
 *
 *
 * def use_recorder(label):             # <<<<<<<<<<<<<<
 *     with Recorder(label) as r:
 *         r("inside")
*/

  /* function exit code */
  __pyx_L1_error:;

  __pyx_traceback_0(".use_recorder", __pyx_lineno);
  __pyx_r = NULL;
  __pyx_L0:;

  return __pyx_r;
}

/* "containers.pyx":208
 *     cdef double a, b, c, d
 *
 *     def __init__(self, a, b, c, d):             # <<<<<<<<<<<<<<
 *         self.a, self.b, self.c, self.d = a, b, c, d
 *
*/

/* Python wrapper */
static int __pyx_pw_10containers_7Matrix2_1__init__(mp_obj_t __pyx_v_self,

mp_obj_t const *__pyx_args, mp_int_t __pyx_nargs, mp_obj_t __pyx_kwds

); /*proto*/
static int __pyx_pw_10containers_7Matrix2_1__init__(mp_obj_t __pyx_v_self,

mp_obj_t const *__pyx_args, mp_int_t __pyx_nargs, mp_obj_t __pyx_kwds

) {
  mp_obj_t __pyx_v_a = 0;
  mp_obj_t __pyx_v_b = 0;
  mp_obj_t __pyx_v_c = 0;
  mp_obj_t __pyx_v_d = 0;

  CYTHON_UNUSED mp_obj_t const *__pyx_kwvalues;
  mp_obj_t values[4]            ;
  int __pyx_lineno = 0;
  const char *__pyx_filename = NULL;
  int __pyx_clineno = 0;
  int __pyx_r;
  __Pyx_RefNannyDeclarations

  __pyx_kwvalues = cy_Pyx_KwValues_FASTCALL_TPNEW(__pyx_args, __pyx_nargs);
  {
static mp_obj_t * const __pyx_pyargnames[] = { &__pyx_n_u_a, &__pyx_n_u_b, &__pyx_n_u_c,
&__pyx_n_u_d, 0 };
static const cy_Pyx_ArgSpec __pyx_argspec = { "__init__",
__pyx_pyargnames, 4, 4, 4, 0,
0, 0,

cy_Pyx_ARGS_EXACT|cy_Pyx_ARGS_KEYWORDS|cy_Pyx_ARGS_CLEAR };
if (MP_LIKELY(!!(!__pyx_kwds && __pyx_nargs == 4))) {
values[0] = __pyx_args[0];
values[1] =
__pyx_args[1]; values[2] = __pyx_args[2]; values[3] =
__pyx_args[3];
} else if

(cy_Pyx_ParseArgs(&__pyx_argspec, __pyx_args, __pyx_nargs,
__pyx_kwds, values) < 0) { do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 208; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L3_error; } while (0); }

    __pyx_v_a = values[0];
    __pyx_v_b = values[1];
    __pyx_v_c = values[2];
    __pyx_v_d = values[3];
  }

  goto __pyx_L4_argument_unpacking_done;
  __pyx_L3_error:;
  for (mp_int_t __pyx_temp=0; __pyx_temp < (mp_int_t)(sizeof(values)/sizeof(values[0])); ++__pyx_temp) {

  }
  __pyx_traceback_0(".Matrix2.__init__", __pyx_lineno);

  return -1;
  __pyx_L4_argument_unpacking_done:;
  __pyx_r = __pyx_pf_10containers_7Matrix2___init__(((struct __pyx_obj_10containers_Matrix2 *)__pyx_v_self), __pyx_v_a, __pyx_v_b, __pyx_v_c, __pyx_v_d);

  /* function exit code */
  for (mp_int_t __pyx_temp=0; __pyx_temp < (mp_int_t)(sizeof(values)/sizeof(values[0])); ++__pyx_temp) {

  }

  return __pyx_r;
}

static int __pyx_pf_10containers_7Matrix2___init__(struct __pyx_obj_10containers_Matrix2 *__pyx_v_self, mp_obj_t __pyx_v_a, mp_obj_t __pyx_v_b, mp_obj_t __pyx_v_c, mp_obj_t __pyx_v_d) {
  int __pyx_r;
  double __pyx_t_1;
  double __pyx_t_2;
  double __pyx_t_3;
  double __pyx_t_4;
  int __pyx_lineno = 0;
  const char *__pyx_filename = NULL;
  int __pyx_clineno = 0;

  /* "containers.pyx":209
 *
 *     def __init__(self, a, b, c, d):
 *         self.a, self.b, self.c, self.d = a, b, c, d             # <<<<<<<<<<<<<<
 *
 *     def __matmul__(self, Matrix2 o):
*/
  __pyx_t_1 = cy_Pyx_PyFloat_AsDouble(__pyx_v_a); if (MP_UNLIKELY(!!((__pyx_t_1 == (double)-1) && cy_PyErr_Occurred()))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 209; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);
  __pyx_t_2 = cy_Pyx_PyFloat_AsDouble(__pyx_v_b); if (MP_UNLIKELY(!!((__pyx_t_2 == (double)-1) && cy_PyErr_Occurred()))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 209; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);
  __pyx_t_3 = cy_Pyx_PyFloat_AsDouble(__pyx_v_c); if (MP_UNLIKELY(!!((__pyx_t_3 == (double)-1) && cy_PyErr_Occurred()))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 209; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);
  __pyx_t_4 = cy_Pyx_PyFloat_AsDouble(__pyx_v_d); if (MP_UNLIKELY(!!((__pyx_t_4 == (double)-1) && cy_PyErr_Occurred()))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 209; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);
  __pyx_v_self->a = __pyx_t_1;
  __pyx_v_self->b = __pyx_t_2;
  __pyx_v_self->c = __pyx_t_3;
  __pyx_v_self->d = __pyx_t_4;

  /* "containers.pyx":208
 *     cdef double a, b, c, d
 *
 *     def __init__(self, a, b, c, d):             # <<<<<<<<<<<<<<
 *         self.a, self.b, self.c, self.d = a, b, c, d
 *
*/

  /* function exit code */
  __pyx_r = 0;
  goto __pyx_L0;
  __pyx_L1_error:;
  __pyx_traceback_0(".Matrix2.__init__", __pyx_lineno);
  __pyx_r = -1;
  __pyx_L0:;

  return __pyx_r;
}

/* "containers.pyx":211
 *         self.a, self.b, self.c, self.d = a, b, c, d
 *
 *     def __matmul__(self, Matrix2 o):             # <<<<<<<<<<<<<<
 *         return Matrix2(self.a * o.a + self.b * o.c, self.a * o.b + self.b * o.d,
 *                        self.c * o.a + self.d * o.c, self.c * o.b + self.d * o.d)
*/

/* Python wrapper */
static mp_obj_t __pyx_pw_10containers_7Matrix2_3__matmul__(mp_obj_t __pyx_v_self, mp_obj_t __pyx_v_o); /*proto*/
static mp_obj_t __pyx_pw_10containers_7Matrix2_3__matmul__(mp_obj_t __pyx_v_self, mp_obj_t __pyx_v_o) {
  CYTHON_UNUSED mp_obj_t const *__pyx_kwvalues;
  int __pyx_lineno = 0;
  const char *__pyx_filename = NULL;
  int __pyx_clineno = 0;
  mp_obj_t __pyx_r = 0;
  __Pyx_RefNannyDeclarations

  __pyx_kwvalues = cy_Pyx_KwValues_VARARGS(__pyx_args, __pyx_nargs);
  if (MP_UNLIKELY(!!(!cy_Pyx_ArgTypeTest(((mp_obj_t )__pyx_v_o), __pyx_mstate_global->__pyx_ptype_10containers_Matrix2, 1, "o", 0)))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 211; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);
  __pyx_r = __pyx_pf_10containers_7Matrix2_2__matmul__(((struct __pyx_obj_10containers_Matrix2 *)__pyx_v_self), ((struct __pyx_obj_10containers_Matrix2 *)__pyx_v_o));

  /* function exit code */
  goto __pyx_L0;
  __pyx_L1_error:;
  __pyx_r = NULL;
  goto __pyx_L5_cleaned_up;
  __pyx_L0:;
  __pyx_L5_cleaned_up:;

  return __pyx_r;
}

static mp_obj_t __pyx_pf_10containers_7Matrix2_2__matmul__(struct __pyx_obj_10containers_Matrix2 *__pyx_v_self, struct __pyx_obj_10containers_Matrix2 *__pyx_v_o) {
  mp_obj_t __pyx_r = NULL;
  __Pyx_RefNannyDeclarations
  mp_obj_t __pyx_t_1 = NULL;
  mp_obj_t __pyx_t_2 = NULL;
  mp_obj_t __pyx_t_3 = NULL;
  mp_obj_t __pyx_t_4 = NULL;
  mp_obj_t __pyx_t_5 = NULL;
  mp_obj_t __pyx_t_6 = NULL;
  size_t __pyx_t_7;
  int __pyx_lineno = 0;
  const char *__pyx_filename = NULL;
  int __pyx_clineno = 0;

  /* "containers.pyx":212
 *
 *     def __matmul__(self, Matrix2 o):
 *         return Matrix2(self.a * o.a + self.b * o.c, self.a * o.b + self.b * o.d,             # <<<<<<<<<<<<<<
 *                        self.c * o.a + self.d * o.c, self.c * o.b + self.d * o.d)
 *
*/
  __pyx_t_2 = NULL;
  __pyx_t_3 = cy_PyFloat_FromDouble(((__pyx_v_self->a * __pyx_v_o->a) + (__pyx_v_self->b * __pyx_v_o->c))); if (MP_UNLIKELY(!!(!__pyx_t_3))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 212; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

  __pyx_t_4 = cy_PyFloat_FromDouble(((__pyx_v_self->a * __pyx_v_o->b) + (__pyx_v_self->b * __pyx_v_o->d))); if (MP_UNLIKELY(!!(!__pyx_t_4))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 212; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

  /* "containers.pyx":213
 *     def __matmul__(self, Matrix2 o):
 *         return Matrix2(self.a * o.a + self.b * o.c, self.a * o.b + self.b * o.d,
 *                        self.c * o.a + self.d * o.c, self.c * o.b + self.d * o.d)             # <<<<<<<<<<<<<<
 *
 *     def __invert__(self):
*/
  __pyx_t_5 = cy_PyFloat_FromDouble(((__pyx_v_self->c * __pyx_v_o->a) + (__pyx_v_self->d * __pyx_v_o->c))); if (MP_UNLIKELY(!!(!__pyx_t_5))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 213; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

  __pyx_t_6 = cy_PyFloat_FromDouble(((__pyx_v_self->c * __pyx_v_o->b) + (__pyx_v_self->d * __pyx_v_o->d))); if (MP_UNLIKELY(!!(!__pyx_t_6))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 213; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

  __pyx_t_7 = 1;
  {
    mp_obj_t __pyx_callargs[5] = {__pyx_t_2, __pyx_t_3, __pyx_t_4, __pyx_t_5, __pyx_t_6};
    __pyx_t_1 = cy_Pyx_PyObject_FastCall((mp_obj_t)__pyx_mstate_global->__pyx_ptype_10containers_Matrix2, __pyx_callargs+__pyx_t_7, (5-__pyx_t_7) | (__pyx_t_7*cy_Pyx_PY_VECTORCALL_ARGUMENTS_OFFSET));
     __pyx_t_2 = 0;
     __pyx_t_3 = 0;
     __pyx_t_4 = 0;
     __pyx_t_5 = 0;
     __pyx_t_6 = 0;
    if (MP_UNLIKELY(!!(!__pyx_t_1))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 212; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

  }
  {
    mp_obj_t __pyx_temp;
    {
      __pyx_temp = __pyx_r;
      __pyx_r = ((mp_obj_t )__pyx_t_1);
    }

  }
  __pyx_t_1 = 0;
  goto __pyx_L0;

  /* "containers.pyx":211
 *         self.a, self.b, self.c, self.d = a, b, c, d
 *
 *     def __matmul__(self, Matrix2 o):             # <<<<<<<<<<<<<<
 *         return Matrix2(self.a * o.a + self.b * o.c, self.a * o.b + self.b * o.d,
 *                        self.c * o.a + self.d * o.c, self.c * o.b + self.d * o.d)
*/

  /* function exit code */
  __pyx_L1_error:;

  __pyx_traceback_0(".Matrix2.__matmul__", __pyx_lineno);
  __pyx_r = NULL;
  __pyx_L0:;

  return __pyx_r;
}

/* "containers.pyx":215
 *                        self.c * o.a + self.d * o.c, self.c * o.b + self.d * o.d)
 *
 *     def __invert__(self):             # <<<<<<<<<<<<<<
 *         cdef double det = self.a * self.d - self.b * self.c
 *         return Matrix2(self.d / det, -self.b / det, -self.c / det, self.a / det)
*/

/* Python wrapper */
static mp_obj_t __pyx_pw_10containers_7Matrix2_5__invert__(mp_obj_t __pyx_v_self); /*proto*/
static mp_obj_t __pyx_pw_10containers_7Matrix2_5__invert__(mp_obj_t __pyx_v_self) {
  CYTHON_UNUSED mp_obj_t const *__pyx_kwvalues;
  mp_obj_t __pyx_r = 0;
  __Pyx_RefNannyDeclarations

  __pyx_kwvalues = cy_Pyx_KwValues_VARARGS(__pyx_args, __pyx_nargs);
  __pyx_r = __pyx_pf_10containers_7Matrix2_4__invert__(((struct __pyx_obj_10containers_Matrix2 *)__pyx_v_self));

  /* function exit code */

  return __pyx_r;
}

static mp_obj_t __pyx_pf_10containers_7Matrix2_4__invert__(struct __pyx_obj_10containers_Matrix2 *__pyx_v_self) {
  double __pyx_v_det;
  mp_obj_t __pyx_r = NULL;
  __Pyx_RefNannyDeclarations
  mp_obj_t __pyx_t_1 = NULL;
  mp_obj_t __pyx_t_2 = NULL;
  mp_obj_t __pyx_t_3 = NULL;
  double __pyx_t_4;
  mp_obj_t __pyx_t_5 = NULL;
  mp_obj_t __pyx_t_6 = NULL;
  mp_obj_t __pyx_t_7 = NULL;
  size_t __pyx_t_8;
  int __pyx_lineno = 0;
  const char *__pyx_filename = NULL;
  int __pyx_clineno = 0;

  /* "containers.pyx":216
 *
 *     def __invert__(self):
 *         cdef double det = self.a * self.d - self.b * self.c             # <<<<<<<<<<<<<<
 *         return Matrix2(self.d / det, -self.b / det, -self.c / det, self.a / det)
 *
*/
  __pyx_v_det = ((__pyx_v_self->a * __pyx_v_self->d) - (__pyx_v_self->b * __pyx_v_self->c));

  /* "containers.pyx":217
 *     def __invert__(self):
 *         cdef double det = self.a * self.d - self.b * self.c
 *         return Matrix2(self.d / det, -self.b / det, -self.c / det, self.a / det)             # <<<<<<<<<<<<<<
 *
 *     def __getitem__(self, key):
*/
  __pyx_t_2 = NULL;
  if (MP_UNLIKELY(!!(__pyx_v_det == 0))) {
    cy_PyErr_SetString(MP_OBJ_FROM_PTR(&mp_type_ZeroDivisionError), "float division");
    do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 217; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);
  }
  __pyx_t_3 = cy_PyFloat_FromDouble((__pyx_v_self->d / __pyx_v_det)); if (MP_UNLIKELY(!!(!__pyx_t_3))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 217; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

  __pyx_t_4 = (-__pyx_v_self->b);

  if (MP_UNLIKELY(!!(__pyx_v_det == 0))) {
    cy_PyErr_SetString(MP_OBJ_FROM_PTR(&mp_type_ZeroDivisionError), "float division");
    do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 217; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);
  }
  __pyx_t_5 = cy_PyFloat_FromDouble((__pyx_t_4 / __pyx_v_det)); if (MP_UNLIKELY(!!(!__pyx_t_5))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 217; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

  __pyx_t_4 = (-__pyx_v_self->c);

  if (MP_UNLIKELY(!!(__pyx_v_det == 0))) {
    cy_PyErr_SetString(MP_OBJ_FROM_PTR(&mp_type_ZeroDivisionError), "float division");
    do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 217; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);
  }
  __pyx_t_6 = cy_PyFloat_FromDouble((__pyx_t_4 / __pyx_v_det)); if (MP_UNLIKELY(!!(!__pyx_t_6))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 217; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

  if (MP_UNLIKELY(!!(__pyx_v_det == 0))) {
    cy_PyErr_SetString(MP_OBJ_FROM_PTR(&mp_type_ZeroDivisionError), "float division");
    do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 217; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);
  }
  __pyx_t_7 = cy_PyFloat_FromDouble((__pyx_v_self->a / __pyx_v_det)); if (MP_UNLIKELY(!!(!__pyx_t_7))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 217; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

  __pyx_t_8 = 1;
  {
    mp_obj_t __pyx_callargs[5] = {__pyx_t_2, __pyx_t_3, __pyx_t_5, __pyx_t_6, __pyx_t_7};
    __pyx_t_1 = cy_Pyx_PyObject_FastCall((mp_obj_t)__pyx_mstate_global->__pyx_ptype_10containers_Matrix2, __pyx_callargs+__pyx_t_8, (5-__pyx_t_8) | (__pyx_t_8*cy_Pyx_PY_VECTORCALL_ARGUMENTS_OFFSET));
     __pyx_t_2 = 0;
     __pyx_t_3 = 0;
     __pyx_t_5 = 0;
     __pyx_t_6 = 0;
     __pyx_t_7 = 0;
    if (MP_UNLIKELY(!!(!__pyx_t_1))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 217; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

  }
  {
    mp_obj_t __pyx_temp;
    {
      __pyx_temp = __pyx_r;
      __pyx_r = ((mp_obj_t )__pyx_t_1);
    }

  }
  __pyx_t_1 = 0;
  goto __pyx_L0;

  /* "containers.pyx":215
 *                        self.c * o.a + self.d * o.c, self.c * o.b + self.d * o.d)
 *
 *     def __invert__(self):             # <<<<<<<<<<<<<<
 *         cdef double det = self.a * self.d - self.b * self.c
 *         return Matrix2(self.d / det, -self.b / det, -self.c / det, self.a / det)
*/

  /* function exit code */
  __pyx_L1_error:;

  __pyx_traceback_0(".Matrix2.__invert__", __pyx_lineno);
  __pyx_r = NULL;
  __pyx_L0:;

  return __pyx_r;
}

/* "containers.pyx":219
 *         return Matrix2(self.d / det, -self.b / det, -self.c / det, self.a / det)
 *
 *     def __getitem__(self, key):             # <<<<<<<<<<<<<<
 *         i, j = key
 *         return (self.a, self.b, self.c, self.d)[2 * i + j]
*/

/* Python wrapper */
static mp_obj_t __pyx_pw_10containers_7Matrix2_7__getitem__(mp_obj_t __pyx_v_self, mp_obj_t __pyx_v_key); /*proto*/
static mp_obj_t __pyx_pw_10containers_7Matrix2_7__getitem__(mp_obj_t __pyx_v_self, mp_obj_t __pyx_v_key) {
  CYTHON_UNUSED mp_obj_t const *__pyx_kwvalues;
  mp_obj_t __pyx_r = 0;
  __Pyx_RefNannyDeclarations

  __pyx_kwvalues = cy_Pyx_KwValues_VARARGS(__pyx_args, __pyx_nargs);
  __pyx_r = __pyx_pf_10containers_7Matrix2_6__getitem__(((struct __pyx_obj_10containers_Matrix2 *)__pyx_v_self), ((mp_obj_t )__pyx_v_key));

  /* function exit code */

  return __pyx_r;
}

static mp_obj_t __pyx_pf_10containers_7Matrix2_6__getitem__(struct __pyx_obj_10containers_Matrix2 *__pyx_v_self, mp_obj_t __pyx_v_key) {
  mp_obj_t __pyx_v_i = NULL;
  mp_obj_t __pyx_v_j = NULL;
  mp_obj_t __pyx_r = NULL;
  __Pyx_RefNannyDeclarations
  mp_obj_t __pyx_t_1 = NULL;
  mp_obj_t __pyx_t_2 = NULL;
  mp_obj_t __pyx_t_3 = NULL;
  mp_obj_t (*__pyx_t_4)(mp_obj_t );
  mp_obj_t __pyx_t_5 = NULL;
  mp_obj_t __pyx_t_6 = NULL;
  int __pyx_lineno = 0;
  const char *__pyx_filename = NULL;
  int __pyx_clineno = 0;

  /* "containers.pyx":220
 *
 *     def __getitem__(self, key):
 *         i, j = key             # <<<<<<<<<<<<<<
 *         return (self.a, self.b, self.c, self.d)[2 * i + j]
 *
*/
  if ((MP_LIKELY(!!(cy_PyTuple_CheckExact(__pyx_v_key)))) || (cy_PyList_CheckExact(__pyx_v_key))) {
    mp_obj_t sequence = __pyx_v_key;
    mp_int_t size = cy_Pyx_PySequence_SIZE(sequence);
    if (MP_UNLIKELY(!!(size != 2))) {
      if (size > 2) cy_Pyx_RaiseTooManyValuesError(2);
      else if (size >= 0) cy_Pyx_RaiseNeedMoreValuesError(size);
      do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 220; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);
    }

    __pyx_t_1 = cy_Pyx_PySequence_ITEM(sequence, 0); if (MP_UNLIKELY(!!(!__pyx_t_1))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 220; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

    __pyx_t_2 = cy_Pyx_PySequence_ITEM(sequence, 1); if (MP_UNLIKELY(!!(!__pyx_t_2))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 220; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

  } else {
    mp_int_t index = -1;
    __pyx_t_3 = cy_PyObject_GetIter(__pyx_v_key); if (MP_UNLIKELY(!!(!__pyx_t_3))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 220; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

    __pyx_t_4 = (1) ? cy_PyIter_Next : cy_Pyx_PyObject_GetIterNextFunc(__pyx_t_3);
    index = 0; __pyx_t_1 = __pyx_t_4(__pyx_t_3); if (MP_UNLIKELY(!!(!__pyx_t_1))) goto __pyx_L3_unpacking_failed;

    index = 1; __pyx_t_2 = __pyx_t_4(__pyx_t_3); if (MP_UNLIKELY(!!(!__pyx_t_2))) goto __pyx_L3_unpacking_failed;

    if (cy_Pyx_IternextUnpackEndCheck(__pyx_t_4(__pyx_t_3), 2) < (0)) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 220; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);
    __pyx_t_4 = NULL;
     __pyx_t_3 = 0;
    goto __pyx_L4_unpacking_done;
    __pyx_L3_unpacking_failed:;
     __pyx_t_3 = 0;
    __pyx_t_4 = NULL;
    if (cy_Pyx_IterFinish() == 0) cy_Pyx_RaiseNeedMoreValuesError(index);
    do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 220; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);
    __pyx_L4_unpacking_done:;
  }
  __pyx_v_i = __pyx_t_1;
  __pyx_t_1 = 0;
  __pyx_v_j = __pyx_t_2;
  __pyx_t_2 = 0;

  /* "containers.pyx":221
 *     def __getitem__(self, key):
 *         i, j = key
 *         return (self.a, self.b, self.c, self.d)[2 * i + j]             # <<<<<<<<<<<<<<
 *
 *     def __hash__(self):
*/
  __pyx_t_2 = cy_PyFloat_FromDouble(__pyx_v_self->a); if (MP_UNLIKELY(!!(!__pyx_t_2))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 221; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

  __pyx_t_1 = cy_PyFloat_FromDouble(__pyx_v_self->b); if (MP_UNLIKELY(!!(!__pyx_t_1))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 221; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

  __pyx_t_3 = cy_PyFloat_FromDouble(__pyx_v_self->c); if (MP_UNLIKELY(!!(!__pyx_t_3))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 221; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

  __pyx_t_5 = cy_PyFloat_FromDouble(__pyx_v_self->d); if (MP_UNLIKELY(!!(!__pyx_t_5))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 221; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

  __pyx_t_6 = cy_PyTuple_New(4); if (MP_UNLIKELY(!!(!__pyx_t_6))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 221; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

  if (cy_Pyx_PyTuple_SET_ITEM(__pyx_t_6, 0, __pyx_t_2) != (0)) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 221; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

  if (cy_Pyx_PyTuple_SET_ITEM(__pyx_t_6, 1, __pyx_t_1) != (0)) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 221; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

  if (cy_Pyx_PyTuple_SET_ITEM(__pyx_t_6, 2, __pyx_t_3) != (0)) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 221; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

  if (cy_Pyx_PyTuple_SET_ITEM(__pyx_t_6, 3, __pyx_t_5) != (0)) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 221; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);
  __pyx_t_2 = 0;
  __pyx_t_1 = 0;
  __pyx_t_3 = 0;
  __pyx_t_5 = 0;
  __pyx_t_5 = cy_Pyx_PyLong_MultiplyCObj(MP_OBJ_NEW_SMALL_INT(2)         , __pyx_v_i, 2, 0, 0); if (MP_UNLIKELY(!!(!__pyx_t_5))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 221; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

  __pyx_t_3 = cy_Pyx_PyNumber_Add_object_object(__pyx_t_5, __pyx_v_j); if (MP_UNLIKELY(!!(!__pyx_t_3))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 221; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

   __pyx_t_5 = 0;
  __pyx_t_5 = cy_Pyx_PyObject_GetItem(__pyx_t_6, __pyx_t_3); if (MP_UNLIKELY(!!(!__pyx_t_5))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 221; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

   __pyx_t_6 = 0;
   __pyx_t_3 = 0;
  {
    mp_obj_t __pyx_temp;
    {
      __pyx_temp = __pyx_r;
      __pyx_r = __pyx_t_5;
    }

  }
  __pyx_t_5 = 0;
  goto __pyx_L0;

  /* "containers.pyx":219
 *         return Matrix2(self.d / det, -self.b / det, -self.c / det, self.a / det)
 *
 *     def __getitem__(self, key):             # <<<<<<<<<<<<<<
 *         i, j = key
 *         return (self.a, self.b, self.c, self.d)[2 * i + j]
*/

  /* function exit code */
  __pyx_L1_error:;

  __pyx_traceback_0(".Matrix2.__getitem__", __pyx_lineno);
  __pyx_r = NULL;
  __pyx_L0:;

  return __pyx_r;
}

/* "containers.pyx":223
 *         return (self.a, self.b, self.c, self.d)[2 * i + j]
 *
 *     def __hash__(self):             # <<<<<<<<<<<<<<
 *         return hash((self.a, self.b, self.c, self.d))
 *
*/

/* Python wrapper */
static mp_int_t __pyx_pw_10containers_7Matrix2_9__hash__(mp_obj_t __pyx_v_self); /*proto*/
static mp_int_t __pyx_pw_10containers_7Matrix2_9__hash__(mp_obj_t __pyx_v_self) {
  CYTHON_UNUSED mp_obj_t const *__pyx_kwvalues;
  mp_int_t __pyx_r;
  __Pyx_RefNannyDeclarations

  __pyx_kwvalues = cy_Pyx_KwValues_VARARGS(__pyx_args, __pyx_nargs);
  __pyx_r = __pyx_pf_10containers_7Matrix2_8__hash__(((struct __pyx_obj_10containers_Matrix2 *)__pyx_v_self));

  /* function exit code */

  return __pyx_r;
}

static mp_int_t __pyx_pf_10containers_7Matrix2_8__hash__(struct __pyx_obj_10containers_Matrix2 *__pyx_v_self) {
  mp_int_t __pyx_r;
  __Pyx_RefNannyDeclarations
  mp_obj_t __pyx_t_1 = NULL;
  mp_obj_t __pyx_t_2 = NULL;
  mp_obj_t __pyx_t_3 = NULL;
  mp_obj_t __pyx_t_4 = NULL;
  mp_obj_t __pyx_t_5 = NULL;
  mp_int_t __pyx_t_6;
  int __pyx_lineno = 0;
  const char *__pyx_filename = NULL;
  int __pyx_clineno = 0;

  /* "containers.pyx":224
 *
 *     def __hash__(self):
 *         return hash((self.a, self.b, self.c, self.d))             # <<<<<<<<<<<<<<
 *
 *     def __richcmp__(self, other, int op):
*/
  __pyx_t_1 = cy_PyFloat_FromDouble(__pyx_v_self->a); if (MP_UNLIKELY(!!(!__pyx_t_1))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 224; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

  __pyx_t_2 = cy_PyFloat_FromDouble(__pyx_v_self->b); if (MP_UNLIKELY(!!(!__pyx_t_2))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 224; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

  __pyx_t_3 = cy_PyFloat_FromDouble(__pyx_v_self->c); if (MP_UNLIKELY(!!(!__pyx_t_3))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 224; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

  __pyx_t_4 = cy_PyFloat_FromDouble(__pyx_v_self->d); if (MP_UNLIKELY(!!(!__pyx_t_4))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 224; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

  __pyx_t_5 = cy_PyTuple_New(4); if (MP_UNLIKELY(!!(!__pyx_t_5))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 224; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

  if (cy_Pyx_PyTuple_SET_ITEM(__pyx_t_5, 0, __pyx_t_1) != (0)) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 224; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

  if (cy_Pyx_PyTuple_SET_ITEM(__pyx_t_5, 1, __pyx_t_2) != (0)) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 224; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

  if (cy_Pyx_PyTuple_SET_ITEM(__pyx_t_5, 2, __pyx_t_3) != (0)) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 224; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

  if (cy_Pyx_PyTuple_SET_ITEM(__pyx_t_5, 3, __pyx_t_4) != (0)) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 224; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);
  __pyx_t_1 = 0;
  __pyx_t_2 = 0;
  __pyx_t_3 = 0;
  __pyx_t_4 = 0;
  __pyx_t_6 = cy_PyObject_Hash(__pyx_t_5); if (MP_UNLIKELY(!!(__pyx_t_6 == ((mp_int_t)-1)))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 224; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);
   __pyx_t_5 = 0;
  {
    __pyx_r = __pyx_t_6;
  }
  goto __pyx_L0;

  /* "containers.pyx":223
 *         return (self.a, self.b, self.c, self.d)[2 * i + j]
 *
 *     def __hash__(self):             # <<<<<<<<<<<<<<
 *         return hash((self.a, self.b, self.c, self.d))
 *
*/

  /* function exit code */
  __pyx_L1_error:;

  __pyx_traceback_0(".Matrix2.__hash__", __pyx_lineno);
  __pyx_r = -1;
  __pyx_L0:;

  if (MP_UNLIKELY(!!(__pyx_r == -1)) && !cy_PyErr_Occurred()) __pyx_r = -2;

  return __pyx_r;
}

/* "containers.pyx":226
 *         return hash((self.a, self.b, self.c, self.d))
 *
 *     def __richcmp__(self, other, int op):             # <<<<<<<<<<<<<<
 *         if not isinstance(other, Matrix2):
 *             return NotImplemented
*/

/* Python wrapper */
static mp_obj_t __pyx_pw_10containers_7Matrix2_11__richcmp__(mp_obj_t __pyx_v_self, mp_obj_t __pyx_v_other, int __pyx_v_op); /*proto*/
static mp_obj_t __pyx_pw_10containers_7Matrix2_11__richcmp__(mp_obj_t __pyx_v_self, mp_obj_t __pyx_v_other, int __pyx_v_op) {
  CYTHON_UNUSED mp_obj_t const *__pyx_kwvalues;
  mp_obj_t __pyx_r = 0;
  __Pyx_RefNannyDeclarations

  __pyx_kwvalues = cy_Pyx_KwValues_VARARGS(__pyx_args, __pyx_nargs);
  __pyx_r = __pyx_pf_10containers_7Matrix2_10__richcmp__(((struct __pyx_obj_10containers_Matrix2 *)__pyx_v_self), ((mp_obj_t )__pyx_v_other), ((int)__pyx_v_op));

  /* function exit code */

  return __pyx_r;
}

static mp_obj_t __pyx_pf_10containers_7Matrix2_10__richcmp__(struct __pyx_obj_10containers_Matrix2 *__pyx_v_self, mp_obj_t __pyx_v_other, int __pyx_v_op) {
  mp_obj_t __pyx_v_same = NULL;
  mp_obj_t __pyx_r = NULL;
  __Pyx_RefNannyDeclarations
  int __pyx_t_1;
  int __pyx_t_2;
  mp_obj_t __pyx_t_3 = NULL;
  mp_obj_t __pyx_t_4 = NULL;
  mp_obj_t __pyx_t_5 = NULL;
  mp_obj_t __pyx_t_6 = NULL;
  mp_obj_t __pyx_t_7 = NULL;
  mp_obj_t __pyx_t_8 = NULL;
  int __pyx_lineno = 0;
  const char *__pyx_filename = NULL;
  int __pyx_clineno = 0;

  /* "containers.pyx":227
 *
 *     def __richcmp__(self, other, int op):
 *         if not isinstance(other, Matrix2):             # <<<<<<<<<<<<<<
 *             return NotImplemented
 *         same = (self.a, self.b, self.c, self.d) == ((<Matrix2>other).a, (<Matrix2>other).b,
*/
  __pyx_t_1 = cy_Pyx_TypeCheck(__pyx_v_other, __pyx_mstate_global->__pyx_ptype_10containers_Matrix2);
  __pyx_t_2 = (!__pyx_t_1);

  if (__pyx_t_2) {

    /* "containers.pyx":228
 *     def __richcmp__(self, other, int op):
 *         if not isinstance(other, Matrix2):
 *             return NotImplemented             # <<<<<<<<<<<<<<
 *         same = (self.a, self.b, self.c, self.d) == ((<Matrix2>other).a, (<Matrix2>other).b,
 *                                                     (<Matrix2>other).c, (<Matrix2>other).d)
*/
    {
      mp_obj_t __pyx_temp;
      {
        __pyx_temp = __pyx_r;

        __pyx_r = __pyx_builtin_NotImplemented;
      }

    }
    goto __pyx_L0;

    /* "containers.pyx":227
 *
 *     def __richcmp__(self, other, int op):
 *         if not isinstance(other, Matrix2):             # <<<<<<<<<<<<<<
 *             return NotImplemented
 *         same = (self.a, self.b, self.c, self.d) == ((<Matrix2>other).a, (<Matrix2>other).b,
*/
  }

  /* "containers.pyx":229
 *         if not isinstance(other, Matrix2):
 *             return NotImplemented
 *         same = (self.a, self.b, self.c, self.d) == ((<Matrix2>other).a, (<Matrix2>other).b,             # <<<<<<<<<<<<<<
 *                                                     (<Matrix2>other).c, (<Matrix2>other).d)
 *         if op == 2:
*/
  __pyx_t_3 = cy_PyFloat_FromDouble(__pyx_v_self->a); if (MP_UNLIKELY(!!(!__pyx_t_3))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 229; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

  __pyx_t_4 = cy_PyFloat_FromDouble(__pyx_v_self->b); if (MP_UNLIKELY(!!(!__pyx_t_4))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 229; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

  __pyx_t_5 = cy_PyFloat_FromDouble(__pyx_v_self->c); if (MP_UNLIKELY(!!(!__pyx_t_5))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 229; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

  __pyx_t_6 = cy_PyFloat_FromDouble(__pyx_v_self->d); if (MP_UNLIKELY(!!(!__pyx_t_6))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 229; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

  __pyx_t_7 = cy_PyTuple_New(4); if (MP_UNLIKELY(!!(!__pyx_t_7))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 229; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

  if (cy_Pyx_PyTuple_SET_ITEM(__pyx_t_7, 0, __pyx_t_3) != (0)) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 229; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

  if (cy_Pyx_PyTuple_SET_ITEM(__pyx_t_7, 1, __pyx_t_4) != (0)) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 229; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

  if (cy_Pyx_PyTuple_SET_ITEM(__pyx_t_7, 2, __pyx_t_5) != (0)) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 229; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

  if (cy_Pyx_PyTuple_SET_ITEM(__pyx_t_7, 3, __pyx_t_6) != (0)) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 229; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);
  __pyx_t_3 = 0;
  __pyx_t_4 = 0;
  __pyx_t_5 = 0;
  __pyx_t_6 = 0;
  __pyx_t_6 = cy_PyFloat_FromDouble(((struct __pyx_obj_10containers_Matrix2 *)__pyx_v_other)->a); if (MP_UNLIKELY(!!(!__pyx_t_6))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 229; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

  __pyx_t_5 = cy_PyFloat_FromDouble(((struct __pyx_obj_10containers_Matrix2 *)__pyx_v_other)->b); if (MP_UNLIKELY(!!(!__pyx_t_5))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 229; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

  /* "containers.pyx":230
 *             return NotImplemented
 *         same = (self.a, self.b, self.c, self.d) == ((<Matrix2>other).a, (<Matrix2>other).b,
 *                                                     (<Matrix2>other).c, (<Matrix2>other).d)             # <<<<<<<<<<<<<<
 *         if op == 2:
 *             return same
*/
  __pyx_t_4 = cy_PyFloat_FromDouble(((struct __pyx_obj_10containers_Matrix2 *)__pyx_v_other)->c); if (MP_UNLIKELY(!!(!__pyx_t_4))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 230; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

  __pyx_t_3 = cy_PyFloat_FromDouble(((struct __pyx_obj_10containers_Matrix2 *)__pyx_v_other)->d); if (MP_UNLIKELY(!!(!__pyx_t_3))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 230; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

  /* "containers.pyx":229
 *         if not isinstance(other, Matrix2):
 *             return NotImplemented
 *         same = (self.a, self.b, self.c, self.d) == ((<Matrix2>other).a, (<Matrix2>other).b,             # <<<<<<<<<<<<<<
 *                                                     (<Matrix2>other).c, (<Matrix2>other).d)
 *         if op == 2:
*/
  __pyx_t_8 = cy_PyTuple_New(4); if (MP_UNLIKELY(!!(!__pyx_t_8))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 229; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

  if (cy_Pyx_PyTuple_SET_ITEM(__pyx_t_8, 0, __pyx_t_6) != (0)) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 229; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

  if (cy_Pyx_PyTuple_SET_ITEM(__pyx_t_8, 1, __pyx_t_5) != (0)) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 229; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

  if (cy_Pyx_PyTuple_SET_ITEM(__pyx_t_8, 2, __pyx_t_4) != (0)) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 229; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

  if (cy_Pyx_PyTuple_SET_ITEM(__pyx_t_8, 3, __pyx_t_3) != (0)) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 229; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);
  __pyx_t_6 = 0;
  __pyx_t_5 = 0;
  __pyx_t_4 = 0;
  __pyx_t_3 = 0;
  __pyx_t_3 = cy_PyObject_RichCompare(__pyx_t_7, __pyx_t_8, cy_Py_EQ);  if (MP_UNLIKELY(!!(!__pyx_t_3))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 229; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);
   __pyx_t_7 = 0;
   __pyx_t_8 = 0;
  __pyx_v_same = __pyx_t_3;
  __pyx_t_3 = 0;

  /* "containers.pyx":231
 *         same = (self.a, self.b, self.c, self.d) == ((<Matrix2>other).a, (<Matrix2>other).b,
 *                                                     (<Matrix2>other).c, (<Matrix2>other).d)
 *         if op == 2:             # <<<<<<<<<<<<<<
 *             return same
 *         if op == 3:
*/
  __pyx_t_2 = (__pyx_v_op == 2);

  if (__pyx_t_2) {

    /* "containers.pyx":232
 *                                                     (<Matrix2>other).c, (<Matrix2>other).d)
 *         if op == 2:
 *             return same             # <<<<<<<<<<<<<<
 *         if op == 3:
 *             return not same
*/
    {
      mp_obj_t __pyx_temp;
      {
        __pyx_temp = __pyx_r;

        __pyx_r = __pyx_v_same;
      }

    }
    goto __pyx_L0;

    /* "containers.pyx":231
 *         same = (self.a, self.b, self.c, self.d) == ((<Matrix2>other).a, (<Matrix2>other).b,
 *                                                     (<Matrix2>other).c, (<Matrix2>other).d)
 *         if op == 2:             # <<<<<<<<<<<<<<
 *             return same
 *         if op == 3:
*/
  }

  /* "containers.pyx":233
 *         if op == 2:
 *             return same
 *         if op == 3:             # <<<<<<<<<<<<<<
 *             return not same
 *         return NotImplemented
*/
  __pyx_t_2 = (__pyx_v_op == 3);

  if (__pyx_t_2) {

    /* "containers.pyx":234
 *             return same
 *         if op == 3:
 *             return not same             # <<<<<<<<<<<<<<
 *         return NotImplemented
 *
*/
    __pyx_t_2 = cy_Pyx_PyObject_IsTrue(__pyx_v_same); if (MP_UNLIKELY(!!((__pyx_t_2 < 0)))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 234; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);
    __pyx_t_3 = cy_Pyx_PyBool_FromLong((!__pyx_t_2)); if (MP_UNLIKELY(!!(!__pyx_t_3))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 234; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

    {
      mp_obj_t __pyx_temp;
      {
        __pyx_temp = __pyx_r;
        __pyx_r = __pyx_t_3;
      }

    }
    __pyx_t_3 = 0;
    goto __pyx_L0;

    /* "containers.pyx":233
 *         if op == 2:
 *             return same
 *         if op == 3:             # <<<<<<<<<<<<<<
 *             return not same
 *         return NotImplemented
*/
  }

  /* "containers.pyx":235
 *         if op == 3:
 *             return not same
 *         return NotImplemented             # <<<<<<<<<<<<<<
 *
 *     def rows(self):
*/
  {
    mp_obj_t __pyx_temp;
    {
      __pyx_temp = __pyx_r;

      __pyx_r = __pyx_builtin_NotImplemented;
    }

  }
  goto __pyx_L0;

  /* "containers.pyx":226
 *         return hash((self.a, self.b, self.c, self.d))
 *
 *     def __richcmp__(self, other, int op):             # <<<<<<<<<<<<<<
 *         if not isinstance(other, Matrix2):
 *             return NotImplemented
*/

  /* function exit code */
  __pyx_L1_error:;

  __pyx_traceback_0(".Matrix2.__richcmp__", __pyx_lineno);
  __pyx_r = NULL;
  __pyx_L0:;

  return __pyx_r;
}

/* "containers.pyx":237
 *         return NotImplemented
 *
 *     def rows(self):             # <<<<<<<<<<<<<<
 *         return [[self.a, self.b], [self.c, self.d]]
 *
*/

/* Python wrapper */
static mp_obj_t __pyx_pw_10containers_7Matrix2_13rows(mp_obj_t __pyx_v_self,

mp_obj_t const *__pyx_args, mp_int_t __pyx_nargs, mp_obj_t __pyx_kwds

); /*proto*/
static cy_PyMethodDef __pyx_mdef_10containers_7Matrix2_13rows = {"rows", (cy_PyCFunction)(void(*)(void))(cy_Pyx_PyCFunction_FastCallWithKeywords)__pyx_pw_10containers_7Matrix2_13rows, cy_Pyx_METH_FASTCALL|cy_METH_KEYWORDS, 0};
static mp_obj_t __pyx_pw_10containers_7Matrix2_13rows(mp_obj_t __pyx_v_self,

mp_obj_t const *__pyx_args, mp_int_t __pyx_nargs, mp_obj_t __pyx_kwds

) {

  CYTHON_UNUSED mp_obj_t const *__pyx_kwvalues;
  mp_obj_t __pyx_r = 0;
  __Pyx_RefNannyDeclarations

  __pyx_kwvalues = cy_Pyx_KwValues_FASTCALL(__pyx_args, __pyx_nargs);
  if (MP_UNLIKELY(!!(__pyx_nargs || __pyx_kwds)) && cy_Pyx_RejectArgs("rows", __pyx_args, __pyx_nargs, __pyx_kwds)
< 0) return NULL;

  __pyx_r = __pyx_pf_10containers_7Matrix2_12rows(((struct __pyx_obj_10containers_Matrix2 *)__pyx_v_self));

  /* function exit code */

  return __pyx_r;
}

static mp_obj_t __pyx_pf_10containers_7Matrix2_12rows(struct __pyx_obj_10containers_Matrix2 *__pyx_v_self) {
  mp_obj_t __pyx_r = NULL;
  __Pyx_RefNannyDeclarations
  mp_obj_t __pyx_t_1 = NULL;
  mp_obj_t __pyx_t_2 = NULL;
  mp_obj_t __pyx_t_3 = NULL;
  mp_obj_t __pyx_t_4 = NULL;
  int __pyx_lineno = 0;
  const char *__pyx_filename = NULL;
  int __pyx_clineno = 0;

  /* "containers.pyx":238
 *
 *     def rows(self):
 *         return [[self.a, self.b], [self.c, self.d]]             # <<<<<<<<<<<<<<
 *
 *
*/
  __pyx_t_1 = cy_PyFloat_FromDouble(__pyx_v_self->a); if (MP_UNLIKELY(!!(!__pyx_t_1))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 238; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

  __pyx_t_2 = cy_PyFloat_FromDouble(__pyx_v_self->b); if (MP_UNLIKELY(!!(!__pyx_t_2))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 238; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

  __pyx_t_3 = cy_PyList_New(2); if (MP_UNLIKELY(!!(!__pyx_t_3))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 238; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

  if (cy_Pyx_PyList_SET_ITEM(__pyx_t_3, 0, __pyx_t_1) != (0)) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 238; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

  if (cy_Pyx_PyList_SET_ITEM(__pyx_t_3, 1, __pyx_t_2) != (0)) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 238; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);
  __pyx_t_1 = 0;
  __pyx_t_2 = 0;
  __pyx_t_2 = cy_PyFloat_FromDouble(__pyx_v_self->c); if (MP_UNLIKELY(!!(!__pyx_t_2))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 238; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

  __pyx_t_1 = cy_PyFloat_FromDouble(__pyx_v_self->d); if (MP_UNLIKELY(!!(!__pyx_t_1))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 238; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

  __pyx_t_4 = cy_PyList_New(2); if (MP_UNLIKELY(!!(!__pyx_t_4))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 238; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

  if (cy_Pyx_PyList_SET_ITEM(__pyx_t_4, 0, __pyx_t_2) != (0)) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 238; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

  if (cy_Pyx_PyList_SET_ITEM(__pyx_t_4, 1, __pyx_t_1) != (0)) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 238; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);
  __pyx_t_2 = 0;
  __pyx_t_1 = 0;
  __pyx_t_1 = cy_PyList_New(2); if (MP_UNLIKELY(!!(!__pyx_t_1))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 238; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

  if (cy_Pyx_PyList_SET_ITEM(__pyx_t_1, 0, __pyx_t_3) != (0)) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 238; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

  if (cy_Pyx_PyList_SET_ITEM(__pyx_t_1, 1, __pyx_t_4) != (0)) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 238; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);
  __pyx_t_3 = 0;
  __pyx_t_4 = 0;
  {
    mp_obj_t __pyx_temp;
    {
      __pyx_temp = __pyx_r;
      __pyx_r = __pyx_t_1;
    }

  }
  __pyx_t_1 = 0;
  goto __pyx_L0;

  /* "containers.pyx":237
 *         return NotImplemented
 *
 *     def rows(self):             # <<<<<<<<<<<<<<
 *         return [[self.a, self.b], [self.c, self.d]]
 *
*/

  /* function exit code */
  __pyx_L1_error:;

  __pyx_traceback_0(".Matrix2.rows", __pyx_lineno);
  __pyx_r = NULL;
  __pyx_L0:;

  return __pyx_r;
}

/* "(tree fragment)":1
 * def __reduce_cython__(self):             # <<<<<<<<<<<<<<
 *     cdef tuple state
 *     cdef object _dict
*/

/* Python wrapper */

/* "(tree fragment)":17
 *     else:
 *         return __pyx_unpickle_Matrix2, (type(self), 0xf82ce1b, state)
 * def __setstate_cython__(self, __pyx_state):             # <<<<<<<<<<<<<<
 *     __pyx_unpickle_Matrix2__set_state(self, __pyx_state)
*/

/* Python wrapper */

/* "containers.pyx":241
 *
 *
 * def del_at(items, int i):             # <<<<<<<<<<<<<<
 *     """del items[i] with a C int index: negative indices wrap, IndexError past the end."""
 *     del items[i]
*/

/* Python wrapper */
static mp_obj_t __pyx_pw_10containers_3del_at(mp_obj_t __pyx_self,

mp_obj_t const *__pyx_args, mp_int_t __pyx_nargs, mp_obj_t __pyx_kwds

); /*proto*/
static const char __pyx_doc_10containers_2del_at[] __attribute__((unused)) = cy_PyDoc_STR("del items[i] with a C int index: negative indices wrap, IndexError past the end.");
static cy_PyMethodDef __pyx_mdef_10containers_3del_at = {"del_at", (cy_PyCFunction)(void(*)(void))(cy_Pyx_PyCFunction_FastCallWithKeywords)__pyx_pw_10containers_3del_at, cy_Pyx_METH_FASTCALL|cy_METH_KEYWORDS, __pyx_doc_10containers_2del_at};
static mp_obj_t __pyx_pw_10containers_3del_at(mp_obj_t __pyx_self,

mp_obj_t const *__pyx_args, mp_int_t __pyx_nargs, mp_obj_t __pyx_kwds

) {
  mp_obj_t __pyx_v_items = 0;
  int __pyx_v_i;

  CYTHON_UNUSED mp_obj_t const *__pyx_kwvalues;
  mp_obj_t values[2]        ;
  int __pyx_lineno = 0;
  const char *__pyx_filename = NULL;
  int __pyx_clineno = 0;
  mp_obj_t __pyx_r = 0;
  __Pyx_RefNannyDeclarations

  __pyx_kwvalues = cy_Pyx_KwValues_FASTCALL(__pyx_args, __pyx_nargs);
  {
static mp_obj_t * const __pyx_pyargnames[] = { &__pyx_n_u_items,
&__pyx_n_u_i, 0 };
static const cy_Pyx_ArgSpec __pyx_argspec = { "del_at",
__pyx_pyargnames, 2, 2, 2, 0,
0, 0,

cy_Pyx_ARGS_EXACT|cy_Pyx_ARGS_KEYWORDS|cy_Pyx_ARGS_CLEAR };
if (MP_LIKELY(!!(!__pyx_kwds && __pyx_nargs == 2))) {
values[0] = __pyx_args[0];
values[1] =
__pyx_args[1];
} else if (cy_Pyx_ParseArgs(&__pyx_argspec, __pyx_args, __pyx_nargs, __pyx_kwds, values) < 0) {

do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 241; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L3_error; } while (0); }

    __pyx_v_items = values[0];
    __pyx_v_i = cy_Pyx_PyLong_As_int(values[1]); if (MP_UNLIKELY(!!((__pyx_v_i == (int)-1) && cy_PyErr_Occurred()))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 241; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L3_error; } while (0);
  }

  goto __pyx_L4_argument_unpacking_done;
  __pyx_L3_error:;
  for (mp_int_t __pyx_temp=0; __pyx_temp < (mp_int_t)(sizeof(values)/sizeof(values[0])); ++__pyx_temp) {

  }
  __pyx_traceback_0(".del_at", __pyx_lineno);

  return NULL;
  __pyx_L4_argument_unpacking_done:;
  __pyx_r = __pyx_pf_10containers_2del_at(__pyx_self, __pyx_v_items, __pyx_v_i);

  /* function exit code */
  for (mp_int_t __pyx_temp=0; __pyx_temp < (mp_int_t)(sizeof(values)/sizeof(values[0])); ++__pyx_temp) {

  }

  return __pyx_r;
}

static mp_obj_t __pyx_pf_10containers_2del_at(CYTHON_UNUSED mp_obj_t __pyx_self, mp_obj_t __pyx_v_items, int __pyx_v_i) {
  mp_obj_t __pyx_r = NULL;
  __Pyx_RefNannyDeclarations
  int __pyx_lineno = 0;
  const char *__pyx_filename = NULL;
  int __pyx_clineno = 0;

  /* "containers.pyx":243
 * def del_at(items, int i):
 *     """del items[i] with a C int index: negative indices wrap, IndexError past the end."""
 *     del items[i]             # <<<<<<<<<<<<<<
 *     return items
 *
*/
  if (MP_UNLIKELY(!!((cy_Pyx_DelItemInt(__pyx_v_items, __pyx_v_i, int, 1, cy_Pyx_PyLong_From_int, 1, 1, 1, cy_Pyx_ReferenceSharing_FunctionArgument) < 0)))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 243; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

  /* "containers.pyx":244
 *     """del items[i] with a C int index: negative indices wrap, IndexError past the end."""
 *     del items[i]
 *     return items             # <<<<<<<<<<<<<<
 *
 *
*/
  {
    mp_obj_t __pyx_temp;
    {
      __pyx_temp = __pyx_r;

      __pyx_r = __pyx_v_items;
    }

  }
  goto __pyx_L0;

  /* "containers.pyx":241
 *
 *
 * def del_at(items, int i):             # <<<<<<<<<<<<<<
 *     """del items[i] with a C int index: negative indices wrap, IndexError past the end."""
 *     del items[i]
*/

  /* function exit code */
  __pyx_L1_error:;
  __pyx_traceback_0(".del_at", __pyx_lineno);
  __pyx_r = NULL;
  __pyx_L0:;

  return __pyx_r;
}

/* "containers.pyx":249
 * class Pairs(object):
 *     """A mapping that is not a dict: keys() and __getitem__, no items() nor iteration."""
 *     def __getitem__(self, k):             # <<<<<<<<<<<<<<
 *         assert k in ('a', 'b')
 *         return ord(k)
*/

/* Python wrapper */
static mp_obj_t __pyx_pw_10containers_5Pairs_1__getitem__(mp_obj_t __pyx_self,

mp_obj_t const *__pyx_args, mp_int_t __pyx_nargs, mp_obj_t __pyx_kwds

); /*proto*/
static cy_PyMethodDef __pyx_mdef_10containers_5Pairs_1__getitem__ = {"__getitem__", (cy_PyCFunction)(void(*)(void))(cy_Pyx_PyCFunction_FastCallWithKeywords)__pyx_pw_10containers_5Pairs_1__getitem__, cy_Pyx_METH_FASTCALL|cy_METH_KEYWORDS, 0};
static mp_obj_t __pyx_pw_10containers_5Pairs_1__getitem__(mp_obj_t __pyx_self,

mp_obj_t const *__pyx_args, mp_int_t __pyx_nargs, mp_obj_t __pyx_kwds

) {
  CYTHON_UNUSED mp_obj_t __pyx_v_self = 0;
  mp_obj_t __pyx_v_k = 0;

  CYTHON_UNUSED mp_obj_t const *__pyx_kwvalues;
  mp_obj_t values[2]        ;
  int __pyx_lineno = 0;
  const char *__pyx_filename = NULL;
  int __pyx_clineno = 0;
  mp_obj_t __pyx_r = 0;
  __Pyx_RefNannyDeclarations

  __pyx_kwvalues = cy_Pyx_KwValues_FASTCALL(__pyx_args, __pyx_nargs);
  {
static mp_obj_t * const __pyx_pyargnames[] = { &__pyx_n_u_self,
&__pyx_n_u_k, 0 };
static const cy_Pyx_ArgSpec __pyx_argspec = { "__getitem__",
__pyx_pyargnames, 2, 2, 2, 0,
0, 0,

cy_Pyx_ARGS_EXACT|cy_Pyx_ARGS_KEYWORDS|cy_Pyx_ARGS_CLEAR };
if (MP_LIKELY(!!(!__pyx_kwds && __pyx_nargs == 2))) {
values[0] = __pyx_args[0];
values[1] =
__pyx_args[1];
} else if (cy_Pyx_ParseArgs(&__pyx_argspec, __pyx_args, __pyx_nargs, __pyx_kwds, values) < 0) {

do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 249; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L3_error; } while (0); }

    __pyx_v_self = values[0];
    __pyx_v_k = values[1];
  }

  goto __pyx_L4_argument_unpacking_done;
  __pyx_L3_error:;
  for (mp_int_t __pyx_temp=0; __pyx_temp < (mp_int_t)(sizeof(values)/sizeof(values[0])); ++__pyx_temp) {

  }
  __pyx_traceback_0(".Pairs.__getitem__", __pyx_lineno);

  return NULL;
  __pyx_L4_argument_unpacking_done:;
  __pyx_r = __pyx_pf_10containers_5Pairs___getitem__(__pyx_self, __pyx_v_self, __pyx_v_k);

  /* function exit code */
  for (mp_int_t __pyx_temp=0; __pyx_temp < (mp_int_t)(sizeof(values)/sizeof(values[0])); ++__pyx_temp) {

  }

  return __pyx_r;
}

static mp_obj_t __pyx_pf_10containers_5Pairs___getitem__(CYTHON_UNUSED mp_obj_t __pyx_self, CYTHON_UNUSED mp_obj_t __pyx_v_self, mp_obj_t __pyx_v_k) {
  mp_obj_t __pyx_r = NULL;
  __Pyx_RefNannyDeclarations
  mp_obj_t __pyx_t_1 = NULL;
  int __pyx_t_2;
  int __pyx_t_3;
  long __pyx_t_4;
  int __pyx_lineno = 0;
  const char *__pyx_filename = NULL;
  int __pyx_clineno = 0;

  /* "containers.pyx":250
 *     """A mapping that is not a dict: keys() and __getitem__, no items() nor iteration."""
 *     def __getitem__(self, k):
 *         assert k in ('a', 'b')             # <<<<<<<<<<<<<<
 *         return ord(k)
 *     def keys(self):
*/

  if (MP_UNLIKELY(!!(cy_Pyx_assertions_enabled()))) {

    __pyx_t_1 = __pyx_v_k;
    __pyx_t_3 = (cy_PyObject_RichCompareBool(__pyx_t_1, __pyx_n_u_a, cy_Py_EQ)); if (MP_UNLIKELY(!!((__pyx_t_3 < 0)))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 250; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);
    if (!__pyx_t_3) {

    } else {

      __pyx_t_2 = __pyx_t_3;

      goto __pyx_L3_bool_binop_done;
    }
    __pyx_t_3 = (cy_PyObject_RichCompareBool(__pyx_t_1, __pyx_n_u_b, cy_Py_EQ)); if (MP_UNLIKELY(!!((__pyx_t_3 < 0)))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 250; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

    __pyx_t_2 = __pyx_t_3;

    __pyx_L3_bool_binop_done:;
     __pyx_t_1 = 0;
    __pyx_t_3 = __pyx_t_2;

    if (MP_UNLIKELY(!!(!__pyx_t_3))) {
      cy_Pyx_Raise(((mp_obj_t )(((cy_PyTypeObject*)MP_OBJ_FROM_PTR(&mp_type_AssertionError)))), 0, 0, 0);
      do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 250; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);
    }

  }

  /* "containers.pyx":251
 *     def __getitem__(self, k):
 *         assert k in ('a', 'b')
 *         return ord(k)             # <<<<<<<<<<<<<<
 *     def keys(self):
 *         return ['a', 'b']
*/
  __pyx_t_4 = cy_Pyx_PyObject_Ord(__pyx_v_k); if (MP_UNLIKELY(!!(__pyx_t_4 == ((long)(long)(uint32_t)-1)))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 251; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);
  __pyx_t_1 = cy_Pyx_PyLong_From_long(__pyx_t_4); if (MP_UNLIKELY(!!(!__pyx_t_1))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 251; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

  {
    mp_obj_t __pyx_temp;
    {
      __pyx_temp = __pyx_r;
      __pyx_r = __pyx_t_1;
    }

  }
  __pyx_t_1 = 0;
  goto __pyx_L0;

  /* "containers.pyx":249
 * class Pairs(object):
 *     """A mapping that is not a dict: keys() and __getitem__, no items() nor iteration."""
 *     def __getitem__(self, k):             # <<<<<<<<<<<<<<
 *         assert k in ('a', 'b')
 *         return ord(k)
*/

  /* function exit code */
  __pyx_L1_error:;

  __pyx_traceback_0(".Pairs.__getitem__", __pyx_lineno);
  __pyx_r = NULL;
  __pyx_L0:;

  return __pyx_r;
}

/* "containers.pyx":252
 *         assert k in ('a', 'b')
 *         return ord(k)
 *     def keys(self):             # <<<<<<<<<<<<<<
 *         return ['a', 'b']
 *
*/

/* Python wrapper */
static mp_obj_t __pyx_pw_10containers_5Pairs_3keys(mp_obj_t __pyx_self,

mp_obj_t const *__pyx_args, mp_int_t __pyx_nargs, mp_obj_t __pyx_kwds

); /*proto*/
static cy_PyMethodDef __pyx_mdef_10containers_5Pairs_3keys = {"keys", (cy_PyCFunction)(void(*)(void))(cy_Pyx_PyCFunction_FastCallWithKeywords)__pyx_pw_10containers_5Pairs_3keys, cy_Pyx_METH_FASTCALL|cy_METH_KEYWORDS, 0};
static mp_obj_t __pyx_pw_10containers_5Pairs_3keys(mp_obj_t __pyx_self,

mp_obj_t const *__pyx_args, mp_int_t __pyx_nargs, mp_obj_t __pyx_kwds

) {
  CYTHON_UNUSED mp_obj_t __pyx_v_self = 0;

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
&__pyx_n_u_self, 0 };
static const cy_Pyx_ArgSpec __pyx_argspec = { "keys", __pyx_pyargnames,
1, 1, 1, 0, 0, 0,

cy_Pyx_ARGS_EXACT|cy_Pyx_ARGS_KEYWORDS|cy_Pyx_ARGS_CLEAR };
if (MP_LIKELY(!!(!__pyx_kwds && __pyx_nargs == 1))) {
values[0] = __pyx_args[0];
} else if
(cy_Pyx_ParseArgs(&__pyx_argspec, __pyx_args,

__pyx_nargs, __pyx_kwds, values) < 0) {
do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 252; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L3_error; } while (0); }

    __pyx_v_self = values[0];
  }

  goto __pyx_L4_argument_unpacking_done;
  __pyx_L3_error:;
  for (mp_int_t __pyx_temp=0; __pyx_temp < (mp_int_t)(sizeof(values)/sizeof(values[0])); ++__pyx_temp) {

  }
  __pyx_traceback_0(".Pairs.keys", __pyx_lineno);

  return NULL;
  __pyx_L4_argument_unpacking_done:;
  __pyx_r = __pyx_pf_10containers_5Pairs_2keys(__pyx_self, __pyx_v_self);

  /* function exit code */
  for (mp_int_t __pyx_temp=0; __pyx_temp < (mp_int_t)(sizeof(values)/sizeof(values[0])); ++__pyx_temp) {

  }

  return __pyx_r;
}

static mp_obj_t __pyx_pf_10containers_5Pairs_2keys(CYTHON_UNUSED mp_obj_t __pyx_self, CYTHON_UNUSED mp_obj_t __pyx_v_self) {
  mp_obj_t __pyx_r = NULL;
  __Pyx_RefNannyDeclarations
  mp_obj_t __pyx_t_1 = NULL;
  int __pyx_lineno = 0;
  const char *__pyx_filename = NULL;
  int __pyx_clineno = 0;

  /* "containers.pyx":253
 *         return ord(k)
 *     def keys(self):
 *         return ['a', 'b']             # <<<<<<<<<<<<<<
 *
 *
*/
  __pyx_t_1 = cy_PyList_New(2); if (MP_UNLIKELY(!!(!__pyx_t_1))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 253; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

  if (cy_Pyx_PyList_SET_ITEM(__pyx_t_1, 0, __pyx_n_u_a) != (0)) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 253; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

  if (cy_Pyx_PyList_SET_ITEM(__pyx_t_1, 1, __pyx_n_u_b) != (0)) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 253; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);
  {
    mp_obj_t __pyx_temp;
    {
      __pyx_temp = __pyx_r;
      __pyx_r = __pyx_t_1;
    }

  }
  __pyx_t_1 = 0;
  goto __pyx_L0;

  /* "containers.pyx":252
 *         assert k in ('a', 'b')
 *         return ord(k)
 *     def keys(self):             # <<<<<<<<<<<<<<
 *         return ['a', 'b']
 *
*/

  /* function exit code */
  __pyx_L1_error:;

  __pyx_traceback_0(".Pairs.keys", __pyx_lineno);
  __pyx_r = NULL;
  __pyx_L0:;

  return __pyx_r;
}

/* "containers.pyx":256
 *
 *
 * def kw_names(**kwargs):             # <<<<<<<<<<<<<<
 *     return sorted(kwargs.items())
 *
*/

/* Python wrapper */
static mp_obj_t __pyx_pw_10containers_5kw_names(mp_obj_t __pyx_self,

mp_obj_t const *__pyx_args, mp_int_t __pyx_nargs, mp_obj_t __pyx_kwds

); /*proto*/
static cy_PyMethodDef __pyx_mdef_10containers_5kw_names = {"kw_names", (cy_PyCFunction)(void(*)(void))(cy_Pyx_PyCFunction_FastCallWithKeywords)__pyx_pw_10containers_5kw_names, cy_Pyx_METH_FASTCALL|cy_METH_KEYWORDS, 0};
static mp_obj_t __pyx_pw_10containers_5kw_names(mp_obj_t __pyx_self,

mp_obj_t const *__pyx_args, mp_int_t __pyx_nargs, mp_obj_t __pyx_kwds

) {
  mp_obj_t __pyx_v_kwargs = 0;

  CYTHON_UNUSED mp_obj_t const *__pyx_kwvalues;
  mp_obj_t __pyx_r = 0;
  __Pyx_RefNannyDeclarations

  __pyx_kwvalues = cy_Pyx_KwValues_FASTCALL(__pyx_args, __pyx_nargs);
  if (MP_UNLIKELY(!!(__pyx_nargs > 0))) { cy_Pyx_RaiseArgtupleInvalid("kw_names", 1, 0, 0, __pyx_nargs); return NULL; }
  const mp_int_t __pyx_kwds_len = (__pyx_kwds) ? cy_Pyx_NumKwargs_FASTCALL(__pyx_kwds) : 0;
  if (MP_UNLIKELY(!!(__pyx_kwds_len < 0))) return NULL;
  if (__pyx_kwds_len > 0) {
    if (MP_UNLIKELY(!!(cy_Pyx_CheckKeywordStrings(__pyx_kwds) == -1))) return NULL;
    __pyx_v_kwargs = cy_Pyx_KwargsAsDict_FASTCALL(__pyx_kwds, __pyx_kwvalues);
    if (MP_UNLIKELY(!!(!__pyx_v_kwargs))) return NULL;

  } else {
    __pyx_v_kwargs = cy_PyDict_New();
    if (MP_UNLIKELY(!!(!__pyx_v_kwargs))) return NULL;

  }
  __pyx_r = __pyx_pf_10containers_4kw_names(__pyx_self, __pyx_v_kwargs);

  /* function exit code */

  return __pyx_r;
}

static mp_obj_t __pyx_pf_10containers_4kw_names(CYTHON_UNUSED mp_obj_t __pyx_self, mp_obj_t __pyx_v_kwargs) {
  mp_obj_t __pyx_r = NULL;
  __Pyx_RefNannyDeclarations
  mp_obj_t __pyx_t_1 = NULL;
  mp_obj_t __pyx_t_2 = NULL;
  int __pyx_lineno = 0;
  const char *__pyx_filename = NULL;
  int __pyx_clineno = 0;

  /* "containers.pyx":257
 *
 * def kw_names(**kwargs):
 *     return sorted(kwargs.items())             # <<<<<<<<<<<<<<
 *
 *
*/
  __pyx_t_1 = cy_Pyx_PyDict_Items(__pyx_v_kwargs); if (MP_UNLIKELY(!!(!__pyx_t_1))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 257; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

  __pyx_t_2 = cy_PySequence_List(__pyx_t_1); if (MP_UNLIKELY(!!(!__pyx_t_2))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 257; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

   __pyx_t_1 = 0;
  if (MP_UNLIKELY(!!((cy_PyList_Sort(__pyx_t_2) < 0)))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 257; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);
  {
    mp_obj_t __pyx_temp;
    {
      __pyx_temp = __pyx_r;
      __pyx_r = __pyx_t_2;
    }

  }
  __pyx_t_2 = 0;
  goto __pyx_L0;

  /* "containers.pyx":256
 *
 *
 * def kw_names(**kwargs):             # <<<<<<<<<<<<<<
 *     return sorted(kwargs.items())
 *
*/

  /* function exit code */
  __pyx_L1_error:;

  __pyx_traceback_0(".kw_names", __pyx_lineno);
  __pyx_r = NULL;
  __pyx_L0:;

  return __pyx_r;
}

/* "containers.pyx":260
 *
 *
 * def from_mapping(m):             # <<<<<<<<<<<<<<
 *     """dict(m), d.update(m) and f(**m) take a mapping's keys() and m[key] (CPython's dict_merge)."""
 *     d = {'z': 0}
*/

/* Python wrapper */
static mp_obj_t __pyx_pw_10containers_7from_mapping(mp_obj_t __pyx_self,

mp_obj_t const *__pyx_args, mp_int_t __pyx_nargs, mp_obj_t __pyx_kwds

); /*proto*/
static const char __pyx_doc_10containers_6from_mapping[] __attribute__((unused)) = cy_PyDoc_STR("dict(m), d.update(m) and f(**m) take a mapping\047s keys() and m[key] (CPython\047s dict_merge).");
static cy_PyMethodDef __pyx_mdef_10containers_7from_mapping = {"from_mapping", (cy_PyCFunction)(void(*)(void))(cy_Pyx_PyCFunction_FastCallWithKeywords)__pyx_pw_10containers_7from_mapping, cy_Pyx_METH_FASTCALL|cy_METH_KEYWORDS, __pyx_doc_10containers_6from_mapping};
static mp_obj_t __pyx_pw_10containers_7from_mapping(mp_obj_t __pyx_self,

mp_obj_t const *__pyx_args, mp_int_t __pyx_nargs, mp_obj_t __pyx_kwds

) {
  mp_obj_t __pyx_v_m = 0;

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
&__pyx_n_u_m, 0 };
static const cy_Pyx_ArgSpec __pyx_argspec = { "from_mapping",
__pyx_pyargnames, 1, 1, 1, 0,
0, 0,

cy_Pyx_ARGS_EXACT|cy_Pyx_ARGS_KEYWORDS|cy_Pyx_ARGS_CLEAR };
if (MP_LIKELY(!!(!__pyx_kwds && __pyx_nargs == 1))) {
values[0] = __pyx_args[0];
} else if
(cy_Pyx_ParseArgs(&__pyx_argspec, __pyx_args,

__pyx_nargs, __pyx_kwds, values) < 0) {
do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 260; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L3_error; } while (0); }

    __pyx_v_m = values[0];
  }

  goto __pyx_L4_argument_unpacking_done;
  __pyx_L3_error:;
  for (mp_int_t __pyx_temp=0; __pyx_temp < (mp_int_t)(sizeof(values)/sizeof(values[0])); ++__pyx_temp) {

  }
  __pyx_traceback_0(".from_mapping", __pyx_lineno);

  return NULL;
  __pyx_L4_argument_unpacking_done:;
  __pyx_r = __pyx_pf_10containers_6from_mapping(__pyx_self, __pyx_v_m);

  /* function exit code */
  for (mp_int_t __pyx_temp=0; __pyx_temp < (mp_int_t)(sizeof(values)/sizeof(values[0])); ++__pyx_temp) {

  }

  return __pyx_r;
}

static mp_obj_t __pyx_pf_10containers_6from_mapping(CYTHON_UNUSED mp_obj_t __pyx_self, mp_obj_t __pyx_v_m) {
  mp_obj_t __pyx_v_d = NULL;
  mp_obj_t __pyx_r = NULL;
  __Pyx_RefNannyDeclarations
  mp_obj_t __pyx_t_1 = NULL;
  mp_obj_t __pyx_t_2 = NULL;
  size_t __pyx_t_3;
  mp_obj_t __pyx_t_4 = NULL;
  mp_obj_t __pyx_t_5 = NULL;
  mp_obj_t __pyx_t_6 = NULL;
  mp_obj_t __pyx_t_7 = NULL;
  int __pyx_lineno = 0;
  const char *__pyx_filename = NULL;
  int __pyx_clineno = 0;

  /* "containers.pyx":262
 * def from_mapping(m):
 *     """dict(m), d.update(m) and f(**m) take a mapping's keys() and m[key] (CPython's dict_merge)."""
 *     d = {'z': 0}             # <<<<<<<<<<<<<<
 *     d.update(m)
 *     return sorted(dict(m).items()), sorted(d.items()), kw_names(**m), kw_names(c=3, **m)
*/
  __pyx_t_1 = cy_Pyx_PyDict_NewPresized(1); if (MP_UNLIKELY(!!(!__pyx_t_1))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 262; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

  if (cy_PyDict_SetItem(__pyx_t_1, __pyx_n_u_z, MP_OBJ_NEW_SMALL_INT(0)         ) < (0)) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 262; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);
  __pyx_v_d = ((mp_obj_t)__pyx_t_1);
  __pyx_t_1 = 0;

  /* "containers.pyx":263
 *     """dict(m), d.update(m) and f(**m) take a mapping's keys() and m[key] (CPython's dict_merge)."""
 *     d = {'z': 0}
 *     d.update(m)             # <<<<<<<<<<<<<<
 *     return sorted(dict(m).items()), sorted(d.items()), kw_names(**m), kw_names(c=3, **m)
 *
*/
  __pyx_t_1 = cy_Pyx_CallUnboundCMethod1(&__pyx_mstate_global->__pyx_umethod_PyDict_Type__update, __pyx_v_d, __pyx_v_m); if (MP_UNLIKELY(!!(!__pyx_t_1))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 263; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

   __pyx_t_1 = 0;

  /* "containers.pyx":264
 *     d = {'z': 0}
 *     d.update(m)
 *     return sorted(dict(m).items()), sorted(d.items()), kw_names(**m), kw_names(c=3, **m)             # <<<<<<<<<<<<<<
 *
 *
*/
  __pyx_t_2 = NULL;
  __pyx_t_3 = 1;
  {
    mp_obj_t __pyx_callargs[2] = {__pyx_t_2, __pyx_v_m};
    __pyx_t_1 = cy_Pyx_PyObject_FastCall((mp_obj_t)(&cy_PyDict_Type), __pyx_callargs+__pyx_t_3, (2-__pyx_t_3) | (__pyx_t_3*cy_Pyx_PY_VECTORCALL_ARGUMENTS_OFFSET));
     __pyx_t_2 = 0;
    if (MP_UNLIKELY(!!(!__pyx_t_1))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 264; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

  }
  __pyx_t_2 = cy_Pyx_PyDict_Items(((mp_obj_t)__pyx_t_1)); if (MP_UNLIKELY(!!(!__pyx_t_2))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 264; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

   __pyx_t_1 = 0;
  __pyx_t_1 = cy_PySequence_List(__pyx_t_2); if (MP_UNLIKELY(!!(!__pyx_t_1))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 264; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

   __pyx_t_2 = 0;
  if (MP_UNLIKELY(!!((cy_PyList_Sort(__pyx_t_1) < 0)))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 264; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);
  __pyx_t_2 = cy_Pyx_PyDict_Items(__pyx_v_d); if (MP_UNLIKELY(!!(!__pyx_t_2))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 264; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

  __pyx_t_4 = cy_PySequence_List(__pyx_t_2); if (MP_UNLIKELY(!!(!__pyx_t_4))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 264; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

   __pyx_t_2 = 0;
  if (MP_UNLIKELY(!!((cy_PyList_Sort(__pyx_t_4) < 0)))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 264; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);
  cy_Pyx_GetModuleGlobalName(__pyx_t_2, __pyx_n_u_kw_names); if (MP_UNLIKELY(!!(!__pyx_t_2))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 264; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

  if (MP_UNLIKELY(!!(__pyx_v_m == mp_const_none))) {
    cy_PyErr_SetString(MP_OBJ_FROM_PTR(&mp_type_TypeError), "argument after ** must be a mapping, not NoneType");
    do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 264; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);
  }
  if (MP_LIKELY(!!(cy_PyDict_CheckExact(__pyx_v_m)))) {
    __pyx_t_5 = cy_PyDict_Copy(__pyx_v_m); if (MP_UNLIKELY(!!(!__pyx_t_5))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 264; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

  } else {
    __pyx_t_5 = cy_Pyx_PyObject_CallOneArg((mp_obj_t)&cy_PyDict_Type, __pyx_v_m); if (MP_UNLIKELY(!!(!__pyx_t_5))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 264; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

  }
  __pyx_t_6 = cy_Pyx_PyObject_Call(__pyx_t_2, __pyx_mstate_global->__pyx_empty_tuple, __pyx_t_5); if (MP_UNLIKELY(!!(!__pyx_t_6))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 264; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

   __pyx_t_2 = 0;
   __pyx_t_5 = 0;
  cy_Pyx_GetModuleGlobalName(__pyx_t_5, __pyx_n_u_kw_names); if (MP_UNLIKELY(!!(!__pyx_t_5))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 264; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

  __pyx_t_7 = cy_Pyx_PyDict_NewPresized(1); if (MP_UNLIKELY(!!(!__pyx_t_7))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 264; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

  if (cy_PyDict_SetItem(__pyx_t_7, __pyx_n_u_c, MP_OBJ_NEW_SMALL_INT(3)         ) < (0)) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 264; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);
  __pyx_t_2 = __pyx_t_7;
  __pyx_t_7 = 0;
  if (MP_UNLIKELY(!!(__pyx_v_m == mp_const_none))) {
    cy_PyErr_SetString(MP_OBJ_FROM_PTR(&mp_type_TypeError), "argument after ** must be a mapping, not NoneType");
    do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 264; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);
  }
  if (cy_Pyx_MergeKeywords(__pyx_t_2, __pyx_v_m) < (0)) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 264; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);
  __pyx_t_7 = cy_Pyx_PyObject_Call(__pyx_t_5, __pyx_mstate_global->__pyx_empty_tuple, __pyx_t_2); if (MP_UNLIKELY(!!(!__pyx_t_7))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 264; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

   __pyx_t_5 = 0;
   __pyx_t_2 = 0;
  __pyx_t_2 = cy_PyTuple_New(4); if (MP_UNLIKELY(!!(!__pyx_t_2))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 264; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

  if (cy_Pyx_PyTuple_SET_ITEM(__pyx_t_2, 0, __pyx_t_1) != (0)) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 264; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

  if (cy_Pyx_PyTuple_SET_ITEM(__pyx_t_2, 1, __pyx_t_4) != (0)) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 264; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

  if (cy_Pyx_PyTuple_SET_ITEM(__pyx_t_2, 2, __pyx_t_6) != (0)) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 264; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

  if (cy_Pyx_PyTuple_SET_ITEM(__pyx_t_2, 3, __pyx_t_7) != (0)) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 264; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);
  __pyx_t_1 = 0;
  __pyx_t_4 = 0;
  __pyx_t_6 = 0;
  __pyx_t_7 = 0;
  {
    mp_obj_t __pyx_temp;
    {
      __pyx_temp = __pyx_r;
      __pyx_r = __pyx_t_2;
    }

  }
  __pyx_t_2 = 0;
  goto __pyx_L0;

  /* "containers.pyx":260
 *
 *
 * def from_mapping(m):             # <<<<<<<<<<<<<<
 *     """dict(m), d.update(m) and f(**m) take a mapping's keys() and m[key] (CPython's dict_merge)."""
 *     d = {'z': 0}
*/

  /* function exit code */
  __pyx_L1_error:;

  __pyx_traceback_0(".from_mapping", __pyx_lineno);
  __pyx_r = NULL;
  __pyx_L0:;

  return __pyx_r;
}

/* "containers.pyx":270
 *     """A dict subclass whose __init__ stores items without calling dict.__init__ (CPython's
 *     dict.__new__ made the dict part, empty, before __init__ runs)."""
 *     def __init__(self, n):             # <<<<<<<<<<<<<<
 *         for i in range(n):
 *             self[i] = i * i
*/

/* Python wrapper */
static mp_obj_t __pyx_pw_10containers_6Filled_1__init__(mp_obj_t __pyx_self,

mp_obj_t const *__pyx_args, mp_int_t __pyx_nargs, mp_obj_t __pyx_kwds

); /*proto*/
static cy_PyMethodDef __pyx_mdef_10containers_6Filled_1__init__ = {"__init__", (cy_PyCFunction)(void(*)(void))(cy_Pyx_PyCFunction_FastCallWithKeywords)__pyx_pw_10containers_6Filled_1__init__, cy_Pyx_METH_FASTCALL|cy_METH_KEYWORDS, 0};
static mp_obj_t __pyx_pw_10containers_6Filled_1__init__(mp_obj_t __pyx_self,

mp_obj_t const *__pyx_args, mp_int_t __pyx_nargs, mp_obj_t __pyx_kwds

) {
  mp_obj_t __pyx_v_self = 0;
  mp_obj_t __pyx_v_n = 0;

  CYTHON_UNUSED mp_obj_t const *__pyx_kwvalues;
  mp_obj_t values[2]        ;
  int __pyx_lineno = 0;
  const char *__pyx_filename = NULL;
  int __pyx_clineno = 0;
  mp_obj_t __pyx_r = 0;
  __Pyx_RefNannyDeclarations

  __pyx_kwvalues = cy_Pyx_KwValues_FASTCALL(__pyx_args, __pyx_nargs);
  {
static mp_obj_t * const __pyx_pyargnames[] = { &__pyx_n_u_self,
&__pyx_n_u_n, 0 };
static const cy_Pyx_ArgSpec __pyx_argspec = { "__init__",
__pyx_pyargnames, 2, 2, 2, 0,
0, 0,

cy_Pyx_ARGS_EXACT|cy_Pyx_ARGS_KEYWORDS|cy_Pyx_ARGS_CLEAR };
if (MP_LIKELY(!!(!__pyx_kwds && __pyx_nargs == 2))) {
values[0] = __pyx_args[0];
values[1] =
__pyx_args[1];
} else if (cy_Pyx_ParseArgs(&__pyx_argspec, __pyx_args, __pyx_nargs, __pyx_kwds, values) < 0) {

do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 270; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L3_error; } while (0); }

    __pyx_v_self = values[0];
    __pyx_v_n = values[1];
  }

  goto __pyx_L4_argument_unpacking_done;
  __pyx_L3_error:;
  for (mp_int_t __pyx_temp=0; __pyx_temp < (mp_int_t)(sizeof(values)/sizeof(values[0])); ++__pyx_temp) {

  }
  __pyx_traceback_0(".Filled.__init__", __pyx_lineno);

  return NULL;
  __pyx_L4_argument_unpacking_done:;
  __pyx_r = __pyx_pf_10containers_6Filled___init__(__pyx_self, __pyx_v_self, __pyx_v_n);

  /* function exit code */
  for (mp_int_t __pyx_temp=0; __pyx_temp < (mp_int_t)(sizeof(values)/sizeof(values[0])); ++__pyx_temp) {

  }

  return __pyx_r;
}

static mp_obj_t __pyx_pf_10containers_6Filled___init__(CYTHON_UNUSED mp_obj_t __pyx_self, mp_obj_t __pyx_v_self, mp_obj_t __pyx_v_n) {
  mp_obj_t __pyx_v_i = NULL;
  mp_obj_t __pyx_r = NULL;
  __Pyx_RefNannyDeclarations
  mp_obj_t __pyx_t_1 = NULL;
  mp_obj_t __pyx_t_2 = NULL;
  size_t __pyx_t_3;
  mp_obj_t (*__pyx_t_4)(mp_obj_t );
  int __pyx_lineno = 0;
  const char *__pyx_filename = NULL;
  int __pyx_clineno = 0;

  /* "containers.pyx":271
 *     dict.__new__ made the dict part, empty, before __init__ runs)."""
 *     def __init__(self, n):
 *         for i in range(n):             # <<<<<<<<<<<<<<
 *             self[i] = i * i
 *
*/
  __pyx_t_2 = NULL;
  __pyx_t_3 = 1;
  {
    mp_obj_t __pyx_callargs[2] = {__pyx_t_2, __pyx_v_n};
    __pyx_t_1 = cy_Pyx_PyObject_FastCall((mp_obj_t)(&cy_PyRange_Type), __pyx_callargs+__pyx_t_3, (2-__pyx_t_3) | (__pyx_t_3*cy_Pyx_PY_VECTORCALL_ARGUMENTS_OFFSET));
     __pyx_t_2 = 0;
    if (MP_UNLIKELY(!!(!__pyx_t_1))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 271; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

  }
  __pyx_t_2 = cy_PyObject_GetIter(__pyx_t_1); if (MP_UNLIKELY(!!(!__pyx_t_2))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 271; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

  __pyx_t_4 = (1) ? cy_PyIter_Next : cy_Pyx_PyObject_GetIterNextFunc(__pyx_t_2); if (MP_UNLIKELY(!!(!__pyx_t_4))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 271; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);
   __pyx_t_1 = 0;
  for (;;) {
    {
      __pyx_t_1 = __pyx_t_4(__pyx_t_2);
      if (MP_UNLIKELY(!!(!__pyx_t_1))) {
        mp_obj_t exc_type = cy_PyErr_Occurred();
        if (exc_type) {
          if (MP_UNLIKELY(!!(!cy_Pyx_PyErr_GivenExceptionMatches(exc_type, MP_OBJ_FROM_PTR(&mp_type_StopIteration))))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 271; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);
          cy_PyErr_Clear();
        }
        break;
      }
    }

    __pyx_v_i = __pyx_t_1;
    __pyx_t_1 = 0;

    /* "containers.pyx":272
 *     def __init__(self, n):
 *         for i in range(n):
 *             self[i] = i * i             # <<<<<<<<<<<<<<
 *
 *
*/
    __pyx_t_1 = cy_Pyx_PyNumber_Multiply_object_object(__pyx_v_i, __pyx_v_i); if (MP_UNLIKELY(!!(!__pyx_t_1))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 272; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

    if (MP_UNLIKELY(!!((cy_PyObject_SetItem(__pyx_v_self, __pyx_v_i, __pyx_t_1) < 0)))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 272; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);
     __pyx_t_1 = 0;

    /* "containers.pyx":271
 *     dict.__new__ made the dict part, empty, before __init__ runs)."""
 *     def __init__(self, n):
 *         for i in range(n):             # <<<<<<<<<<<<<<
 *             self[i] = i * i
 *
*/
  }
   __pyx_t_2 = 0;

  /* "containers.pyx":270
 *     """A dict subclass whose __init__ stores items without calling dict.__init__ (CPython's
 *     dict.__new__ made the dict part, empty, before __init__ runs)."""
 *     def __init__(self, n):             # <<<<<<<<<<<<<<
 *         for i in range(n):
 *             self[i] = i * i
*/

  /* function exit code */
  __pyx_r = mp_const_none;
  goto __pyx_L0;
  __pyx_L1_error:;

  __pyx_traceback_0(".Filled.__init__", __pyx_lineno);
  __pyx_r = NULL;
  __pyx_L0:;

  return __pyx_r;
}

/* "containers.pyx":277
 * class NameLog(dict):
 *     """A class namespace that records the order of its names."""
 *     def __init__(self):             # <<<<<<<<<<<<<<
 *         dict.__init__(self)
 *         self.order = []
*/

/* Python wrapper */
static mp_obj_t __pyx_pw_10containers_7NameLog_1__init__(mp_obj_t __pyx_self,

mp_obj_t const *__pyx_args, mp_int_t __pyx_nargs, mp_obj_t __pyx_kwds

); /*proto*/
static cy_PyMethodDef __pyx_mdef_10containers_7NameLog_1__init__ = {"__init__", (cy_PyCFunction)(void(*)(void))(cy_Pyx_PyCFunction_FastCallWithKeywords)__pyx_pw_10containers_7NameLog_1__init__, cy_Pyx_METH_FASTCALL|cy_METH_KEYWORDS, 0};
static mp_obj_t __pyx_pw_10containers_7NameLog_1__init__(mp_obj_t __pyx_self,

mp_obj_t const *__pyx_args, mp_int_t __pyx_nargs, mp_obj_t __pyx_kwds

) {
  mp_obj_t __pyx_v_self = 0;

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
&__pyx_n_u_self, 0 };
static const cy_Pyx_ArgSpec __pyx_argspec = { "__init__",
__pyx_pyargnames, 1, 1, 1, 0,
0, 0,

cy_Pyx_ARGS_EXACT|cy_Pyx_ARGS_KEYWORDS|cy_Pyx_ARGS_CLEAR };
if (MP_LIKELY(!!(!__pyx_kwds && __pyx_nargs == 1))) {
values[0] = __pyx_args[0];
} else if
(cy_Pyx_ParseArgs(&__pyx_argspec, __pyx_args,

__pyx_nargs, __pyx_kwds, values) < 0) {
do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 277; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L3_error; } while (0); }

    __pyx_v_self = values[0];
  }

  goto __pyx_L4_argument_unpacking_done;
  __pyx_L3_error:;
  for (mp_int_t __pyx_temp=0; __pyx_temp < (mp_int_t)(sizeof(values)/sizeof(values[0])); ++__pyx_temp) {

  }
  __pyx_traceback_0(".NameLog.__init__", __pyx_lineno);

  return NULL;
  __pyx_L4_argument_unpacking_done:;
  __pyx_r = __pyx_pf_10containers_7NameLog___init__(__pyx_self, __pyx_v_self);

  /* function exit code */
  for (mp_int_t __pyx_temp=0; __pyx_temp < (mp_int_t)(sizeof(values)/sizeof(values[0])); ++__pyx_temp) {

  }

  return __pyx_r;
}

static mp_obj_t __pyx_pf_10containers_7NameLog___init__(CYTHON_UNUSED mp_obj_t __pyx_self, mp_obj_t __pyx_v_self) {
  mp_obj_t __pyx_r = NULL;
  __Pyx_RefNannyDeclarations
  mp_obj_t __pyx_t_1 = NULL;
  mp_obj_t __pyx_t_2 = NULL;
  size_t __pyx_t_3;
  mp_obj_t __pyx_t_4 = NULL;
  int __pyx_lineno = 0;
  const char *__pyx_filename = NULL;
  int __pyx_clineno = 0;

  /* "containers.pyx":278
 *     """A class namespace that records the order of its names."""
 *     def __init__(self):
 *         dict.__init__(self)             # <<<<<<<<<<<<<<
 *         self.order = []
 *         dict.__setitem__(self, 'order', self.order)
*/
  __pyx_t_2 = ((mp_obj_t )(&cy_PyDict_Type));

  __pyx_t_3 = 0;
  {
    mp_obj_t __pyx_callargs[2] = {__pyx_t_2, __pyx_v_self};
    __pyx_t_1 = cy_Pyx_PyObject_FastCallMethod((mp_obj_t)__pyx_n_u_init, __pyx_callargs+__pyx_t_3, (2-__pyx_t_3) | (1*cy_Pyx_PY_VECTORCALL_ARGUMENTS_OFFSET));
     __pyx_t_2 = 0;
    if (MP_UNLIKELY(!!(!__pyx_t_1))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 278; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

  }
   __pyx_t_1 = 0;

  /* "containers.pyx":279
 *     def __init__(self):
 *         dict.__init__(self)
 *         self.order = []             # <<<<<<<<<<<<<<
 *         dict.__setitem__(self, 'order', self.order)
 *     def __setitem__(self, key, value):
*/
  __pyx_t_1 = cy_PyList_New(0); if (MP_UNLIKELY(!!(!__pyx_t_1))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 279; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

  if (cy_Pyx_PyObject_SetAttrStr(__pyx_v_self, __pyx_n_u_order, __pyx_t_1) < (0)) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 279; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);
   __pyx_t_1 = 0;

  /* "containers.pyx":280
 *         dict.__init__(self)
 *         self.order = []
 *         dict.__setitem__(self, 'order', self.order)             # <<<<<<<<<<<<<<
 *     def __setitem__(self, key, value):
 *         dict.__setitem__(self, key, value)
*/
  __pyx_t_2 = ((mp_obj_t )(&cy_PyDict_Type));

  __pyx_t_4 = cy_Pyx_PyObject_GetAttrStr(__pyx_v_self, __pyx_n_u_order); if (MP_UNLIKELY(!!(!__pyx_t_4))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 280; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

  __pyx_t_3 = 0;
  {
    mp_obj_t __pyx_callargs[4] = {__pyx_t_2, __pyx_v_self, __pyx_n_u_order, __pyx_t_4};
    __pyx_t_1 = cy_Pyx_PyObject_FastCallMethod((mp_obj_t)__pyx_n_u_setitem, __pyx_callargs+__pyx_t_3, (4-__pyx_t_3) | (1*cy_Pyx_PY_VECTORCALL_ARGUMENTS_OFFSET));
     __pyx_t_2 = 0;
     __pyx_t_4 = 0;
    if (MP_UNLIKELY(!!(!__pyx_t_1))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 280; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

  }
   __pyx_t_1 = 0;

  /* "containers.pyx":277
 * class NameLog(dict):
 *     """A class namespace that records the order of its names."""
 *     def __init__(self):             # <<<<<<<<<<<<<<
 *         dict.__init__(self)
 *         self.order = []
*/

  /* function exit code */
  __pyx_r = mp_const_none;
  goto __pyx_L0;
  __pyx_L1_error:;

  __pyx_traceback_0(".NameLog.__init__", __pyx_lineno);
  __pyx_r = NULL;
  __pyx_L0:;

  return __pyx_r;
}

/* "containers.pyx":281
 *         self.order = []
 *         dict.__setitem__(self, 'order', self.order)
 *     def __setitem__(self, key, value):             # <<<<<<<<<<<<<<
 *         dict.__setitem__(self, key, value)
 *         self.order.append(key)
*/

/* Python wrapper */
static mp_obj_t __pyx_pw_10containers_7NameLog_3__setitem__(mp_obj_t __pyx_self,

mp_obj_t const *__pyx_args, mp_int_t __pyx_nargs, mp_obj_t __pyx_kwds

); /*proto*/
static cy_PyMethodDef __pyx_mdef_10containers_7NameLog_3__setitem__ = {"__setitem__", (cy_PyCFunction)(void(*)(void))(cy_Pyx_PyCFunction_FastCallWithKeywords)__pyx_pw_10containers_7NameLog_3__setitem__, cy_Pyx_METH_FASTCALL|cy_METH_KEYWORDS, 0};
static mp_obj_t __pyx_pw_10containers_7NameLog_3__setitem__(mp_obj_t __pyx_self,

mp_obj_t const *__pyx_args, mp_int_t __pyx_nargs, mp_obj_t __pyx_kwds

) {
  mp_obj_t __pyx_v_self = 0;
  mp_obj_t __pyx_v_key = 0;
  mp_obj_t __pyx_v_value = 0;

  CYTHON_UNUSED mp_obj_t const *__pyx_kwvalues;
  mp_obj_t values[3]          ;
  int __pyx_lineno = 0;
  const char *__pyx_filename = NULL;
  int __pyx_clineno = 0;
  mp_obj_t __pyx_r = 0;
  __Pyx_RefNannyDeclarations

  __pyx_kwvalues = cy_Pyx_KwValues_FASTCALL(__pyx_args, __pyx_nargs);
  {
static mp_obj_t * const __pyx_pyargnames[] = { &__pyx_n_u_self, &__pyx_n_u_key,
&__pyx_n_u_value, 0 };
static const cy_Pyx_ArgSpec __pyx_argspec = { "__setitem__",
__pyx_pyargnames, 3, 3, 3, 0,
0, 0,

cy_Pyx_ARGS_EXACT|cy_Pyx_ARGS_KEYWORDS|cy_Pyx_ARGS_CLEAR };
if (MP_LIKELY(!!(!__pyx_kwds && __pyx_nargs == 3))) {
values[0] = __pyx_args[0];
values[1] =
__pyx_args[1]; values[2] = __pyx_args[2];
} else if (cy_Pyx_ParseArgs(&__pyx_argspec, __pyx_args, __pyx_nargs, __pyx_kwds, values) < 0) {

do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 281; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L3_error; } while (0); }

    __pyx_v_self = values[0];
    __pyx_v_key = values[1];
    __pyx_v_value = values[2];
  }

  goto __pyx_L4_argument_unpacking_done;
  __pyx_L3_error:;
  for (mp_int_t __pyx_temp=0; __pyx_temp < (mp_int_t)(sizeof(values)/sizeof(values[0])); ++__pyx_temp) {

  }
  __pyx_traceback_0(".NameLog.__setitem__", __pyx_lineno);

  return NULL;
  __pyx_L4_argument_unpacking_done:;
  __pyx_r = __pyx_pf_10containers_7NameLog_2__setitem__(__pyx_self, __pyx_v_self, __pyx_v_key, __pyx_v_value);

  /* function exit code */
  for (mp_int_t __pyx_temp=0; __pyx_temp < (mp_int_t)(sizeof(values)/sizeof(values[0])); ++__pyx_temp) {

  }

  return __pyx_r;
}

static mp_obj_t __pyx_pf_10containers_7NameLog_2__setitem__(CYTHON_UNUSED mp_obj_t __pyx_self, mp_obj_t __pyx_v_self, mp_obj_t __pyx_v_key, mp_obj_t __pyx_v_value) {
  mp_obj_t __pyx_r = NULL;
  __Pyx_RefNannyDeclarations
  mp_obj_t __pyx_t_1 = NULL;
  mp_obj_t __pyx_t_2 = NULL;
  size_t __pyx_t_3;
  int __pyx_t_4;
  int __pyx_lineno = 0;
  const char *__pyx_filename = NULL;
  int __pyx_clineno = 0;

  /* "containers.pyx":282
 *         dict.__setitem__(self, 'order', self.order)
 *     def __setitem__(self, key, value):
 *         dict.__setitem__(self, key, value)             # <<<<<<<<<<<<<<
 *         self.order.append(key)
 *
*/
  __pyx_t_2 = ((mp_obj_t )(&cy_PyDict_Type));

  __pyx_t_3 = 0;
  {
    mp_obj_t __pyx_callargs[4] = {__pyx_t_2, __pyx_v_self, __pyx_v_key, __pyx_v_value};
    __pyx_t_1 = cy_Pyx_PyObject_FastCallMethod((mp_obj_t)__pyx_n_u_setitem, __pyx_callargs+__pyx_t_3, (4-__pyx_t_3) | (1*cy_Pyx_PY_VECTORCALL_ARGUMENTS_OFFSET));
     __pyx_t_2 = 0;
    if (MP_UNLIKELY(!!(!__pyx_t_1))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 282; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

  }
   __pyx_t_1 = 0;

  /* "containers.pyx":283
 *     def __setitem__(self, key, value):
 *         dict.__setitem__(self, key, value)
 *         self.order.append(key)             # <<<<<<<<<<<<<<
 *
 *
*/
  __pyx_t_1 = cy_Pyx_PyObject_GetAttrStr(__pyx_v_self, __pyx_n_u_order); if (MP_UNLIKELY(!!(!__pyx_t_1))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 283; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

  __pyx_t_4 = cy_Pyx_PyObject_Append(__pyx_t_1, __pyx_v_key); if (MP_UNLIKELY(!!(__pyx_t_4 == ((int)-1)))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 283; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);
   __pyx_t_1 = 0;

  /* "containers.pyx":281
 *         self.order = []
 *         dict.__setitem__(self, 'order', self.order)
 *     def __setitem__(self, key, value):             # <<<<<<<<<<<<<<
 *         dict.__setitem__(self, key, value)
 *         self.order.append(key)
*/

  /* function exit code */
  __pyx_r = mp_const_none;
  goto __pyx_L0;
  __pyx_L1_error:;

  __pyx_traceback_0(".NameLog.__setitem__", __pyx_lineno);
  __pyx_r = NULL;
  __pyx_L0:;

  return __pyx_r;
}

/* "containers.pyx":288
 * class RecordingMeta(type):
 *     """A metaclass whose __prepare__ gives the class body a NameLog."""
 *     @staticmethod             # <<<<<<<<<<<<<<
 *     def __prepare__(*args, **kwargs):
 *         return NameLog()
*/

/* Python wrapper */
static mp_obj_t __pyx_pw_10containers_13RecordingMeta_1__prepare__(mp_obj_t __pyx_self, mp_obj_t __pyx_args, mp_obj_t __pyx_kwds); /*proto*/
static cy_PyMethodDef __pyx_mdef_10containers_13RecordingMeta_1__prepare__ = {"__prepare__", (cy_PyCFunction)(void(*)(void))(cy_PyCFunctionWithKeywords)__pyx_pw_10containers_13RecordingMeta_1__prepare__, cy_METH_VARARGS|cy_METH_KEYWORDS, 0};
static mp_obj_t __pyx_pw_10containers_13RecordingMeta_1__prepare__(mp_obj_t __pyx_self, mp_obj_t __pyx_args, mp_obj_t __pyx_kwds) {
  CYTHON_UNUSED mp_obj_t __pyx_v_args = 0;
  CYTHON_UNUSED mp_obj_t __pyx_v_kwargs = 0;
  CYTHON_UNUSED mp_int_t __pyx_nargs;
  CYTHON_UNUSED mp_obj_t const *__pyx_kwvalues;
  mp_obj_t __pyx_r = 0;
  __Pyx_RefNannyDeclarations

  __pyx_nargs = cy_PyTuple_Size(__pyx_args); if (MP_UNLIKELY(!!(__pyx_nargs < 0))) return NULL;

  __pyx_kwvalues = cy_Pyx_KwValues_VARARGS(__pyx_args, __pyx_nargs);
  const mp_int_t __pyx_kwds_len = (__pyx_kwds) ? cy_Pyx_NumKwargs_VARARGS(__pyx_kwds) : 0;
  if (MP_UNLIKELY(!!(__pyx_kwds_len < 0))) return NULL;
  if (__pyx_kwds_len > 0) {
    if (MP_UNLIKELY(!!(cy_Pyx_CheckKeywordStrings(__pyx_kwds) == -1))) return NULL;
  }

  __pyx_v_args = __pyx_args;
  __pyx_r = __pyx_pf_10containers_13RecordingMeta___prepare__(__pyx_self, __pyx_v_args, __pyx_v_kwargs);

  /* function exit code */

  return __pyx_r;
}

static mp_obj_t __pyx_pf_10containers_13RecordingMeta___prepare__(CYTHON_UNUSED mp_obj_t __pyx_self, CYTHON_UNUSED mp_obj_t __pyx_v_args, CYTHON_UNUSED mp_obj_t __pyx_v_kwargs) {
  mp_obj_t __pyx_r = NULL;
  __Pyx_RefNannyDeclarations
  mp_obj_t __pyx_t_1 = NULL;
  mp_obj_t __pyx_t_2 = NULL;
  mp_obj_t __pyx_t_3 = NULL;
  size_t __pyx_t_4;
  int __pyx_lineno = 0;
  const char *__pyx_filename = NULL;
  int __pyx_clineno = 0;

  /* "containers.pyx":290
 *     @staticmethod
 *     def __prepare__(*args, **kwargs):
 *         return NameLog()             # <<<<<<<<<<<<<<
 *
 *
*/
  __pyx_t_2 = NULL;
  cy_Pyx_GetModuleGlobalName(__pyx_t_3, __pyx_n_u_NameLog); if (MP_UNLIKELY(!!(!__pyx_t_3))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 290; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

  __pyx_t_4 = 1;

  {
    mp_obj_t __pyx_callargs[2] = {__pyx_t_2, NULL};
    __pyx_t_1 = cy_Pyx_PyObject_FastCall((mp_obj_t)__pyx_t_3, __pyx_callargs+__pyx_t_4, (1-__pyx_t_4) | (__pyx_t_4*cy_Pyx_PY_VECTORCALL_ARGUMENTS_OFFSET));
     __pyx_t_2 = 0;
     __pyx_t_3 = 0;
    if (MP_UNLIKELY(!!(!__pyx_t_1))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 290; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

  }
  {
    mp_obj_t __pyx_temp;
    {
      __pyx_temp = __pyx_r;
      __pyx_r = __pyx_t_1;
    }

  }
  __pyx_t_1 = 0;
  goto __pyx_L0;

  /* "containers.pyx":288
 * class RecordingMeta(type):
 *     """A metaclass whose __prepare__ gives the class body a NameLog."""
 *     @staticmethod             # <<<<<<<<<<<<<<
 *     def __prepare__(*args, **kwargs):
 *         return NameLog()
*/

  /* function exit code */
  __pyx_L1_error:;

  __pyx_traceback_0(".RecordingMeta.__prepare__", __pyx_lineno);
  __pyx_r = NULL;
  __pyx_L0:;

  return __pyx_r;
}

/* "containers.pyx":295
 * class Recorded(metaclass=RecordingMeta):
 *     x = 1
 *     def f(self):             # <<<<<<<<<<<<<<
 *         return 2
 *
*/

/* Python wrapper */
static mp_obj_t __pyx_pw_10containers_8Recorded_1f(mp_obj_t __pyx_self,

mp_obj_t const *__pyx_args, mp_int_t __pyx_nargs, mp_obj_t __pyx_kwds

); /*proto*/
static cy_PyMethodDef __pyx_mdef_10containers_8Recorded_1f = {"f", (cy_PyCFunction)(void(*)(void))(cy_Pyx_PyCFunction_FastCallWithKeywords)__pyx_pw_10containers_8Recorded_1f, cy_Pyx_METH_FASTCALL|cy_METH_KEYWORDS, 0};
static mp_obj_t __pyx_pw_10containers_8Recorded_1f(mp_obj_t __pyx_self,

mp_obj_t const *__pyx_args, mp_int_t __pyx_nargs, mp_obj_t __pyx_kwds

) {
  CYTHON_UNUSED mp_obj_t __pyx_v_self = 0;

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
&__pyx_n_u_self, 0 };
static const cy_Pyx_ArgSpec __pyx_argspec = { "f", __pyx_pyargnames, 1,
1, 1, 0, 0, 0,

cy_Pyx_ARGS_EXACT|cy_Pyx_ARGS_KEYWORDS|cy_Pyx_ARGS_CLEAR };
if (MP_LIKELY(!!(!__pyx_kwds && __pyx_nargs == 1))) {
values[0] = __pyx_args[0];
} else if
(cy_Pyx_ParseArgs(&__pyx_argspec, __pyx_args,

__pyx_nargs, __pyx_kwds, values) < 0) {
do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 295; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L3_error; } while (0); }

    __pyx_v_self = values[0];
  }

  goto __pyx_L4_argument_unpacking_done;
  __pyx_L3_error:;
  for (mp_int_t __pyx_temp=0; __pyx_temp < (mp_int_t)(sizeof(values)/sizeof(values[0])); ++__pyx_temp) {

  }
  __pyx_traceback_0(".Recorded.f", __pyx_lineno);

  return NULL;
  __pyx_L4_argument_unpacking_done:;
  __pyx_r = __pyx_pf_10containers_8Recorded_f(__pyx_self, __pyx_v_self);

  /* function exit code */
  for (mp_int_t __pyx_temp=0; __pyx_temp < (mp_int_t)(sizeof(values)/sizeof(values[0])); ++__pyx_temp) {

  }

  return __pyx_r;
}

static mp_obj_t __pyx_pf_10containers_8Recorded_f(CYTHON_UNUSED mp_obj_t __pyx_self, CYTHON_UNUSED mp_obj_t __pyx_v_self) {
  mp_obj_t __pyx_r = NULL;
  __Pyx_RefNannyDeclarations

  /* "containers.pyx":296
 *     x = 1
 *     def f(self):
 *         return 2             # <<<<<<<<<<<<<<
 *
 *
*/
  {
    mp_obj_t __pyx_temp;
    {
      __pyx_temp = __pyx_r;

      __pyx_r = MP_OBJ_NEW_SMALL_INT(2)         ;
    }

  }
  goto __pyx_L0;

  /* "containers.pyx":295
 * class Recorded(metaclass=RecordingMeta):
 *     x = 1
 *     def f(self):             # <<<<<<<<<<<<<<
 *         return 2
 *
*/

  /* function exit code */
  __pyx_L0:;

  return __pyx_r;
}

/* "containers.pyx":301
 * class CheckingMeta(RecordingMeta):
 *     """A metaclass whose __new__ gets the namespace __prepare__ made, then calls type.__new__."""
 *     def __new__(cls, name, bases, ns):             # <<<<<<<<<<<<<<
 *         ns['checked'] = isinstance(ns, NameLog)
 *         return type.__new__(cls, name, bases, ns)
*/

/* Python wrapper */
static mp_obj_t __pyx_pw_10containers_12CheckingMeta_1__new__(mp_obj_t __pyx_self,

mp_obj_t const *__pyx_args, mp_int_t __pyx_nargs, mp_obj_t __pyx_kwds

); /*proto*/
static cy_PyMethodDef __pyx_mdef_10containers_12CheckingMeta_1__new__ = {"__new__", (cy_PyCFunction)(void(*)(void))(cy_Pyx_PyCFunction_FastCallWithKeywords)__pyx_pw_10containers_12CheckingMeta_1__new__, cy_Pyx_METH_FASTCALL|cy_METH_KEYWORDS, 0};
static mp_obj_t __pyx_pw_10containers_12CheckingMeta_1__new__(mp_obj_t __pyx_self,

mp_obj_t const *__pyx_args, mp_int_t __pyx_nargs, mp_obj_t __pyx_kwds

) {
  mp_obj_t __pyx_v_cls = 0;
  mp_obj_t __pyx_v_name = 0;
  mp_obj_t __pyx_v_bases = 0;
  mp_obj_t __pyx_v_ns = 0;

  CYTHON_UNUSED mp_obj_t const *__pyx_kwvalues;
  mp_obj_t values[4]            ;
  int __pyx_lineno = 0;
  const char *__pyx_filename = NULL;
  int __pyx_clineno = 0;
  mp_obj_t __pyx_r = 0;
  __Pyx_RefNannyDeclarations

  __pyx_kwvalues = cy_Pyx_KwValues_FASTCALL(__pyx_args, __pyx_nargs);
  {
static mp_obj_t * const __pyx_pyargnames[] = { &__pyx_n_u_cls, &__pyx_n_u_name_2, &__pyx_n_u_bases,
&__pyx_n_u_ns, 0 };
static const cy_Pyx_ArgSpec __pyx_argspec = { "__new__",
__pyx_pyargnames, 4, 4, 4, 0,
0, 0,

cy_Pyx_ARGS_EXACT|cy_Pyx_ARGS_KEYWORDS|cy_Pyx_ARGS_CLEAR };
if (MP_LIKELY(!!(!__pyx_kwds && __pyx_nargs == 4))) {
values[0] = __pyx_args[0];
values[1] =
__pyx_args[1]; values[2] = __pyx_args[2]; values[3] =
__pyx_args[3];
} else if

(cy_Pyx_ParseArgs(&__pyx_argspec, __pyx_args, __pyx_nargs,
__pyx_kwds, values) < 0) { do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 301; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L3_error; } while (0); }

    __pyx_v_cls = values[0];
    __pyx_v_name = values[1];
    __pyx_v_bases = values[2];
    __pyx_v_ns = values[3];
  }

  goto __pyx_L4_argument_unpacking_done;
  __pyx_L3_error:;
  for (mp_int_t __pyx_temp=0; __pyx_temp < (mp_int_t)(sizeof(values)/sizeof(values[0])); ++__pyx_temp) {

  }
  __pyx_traceback_0(".CheckingMeta.__new__", __pyx_lineno);

  return NULL;
  __pyx_L4_argument_unpacking_done:;
  __pyx_r = __pyx_pf_10containers_12CheckingMeta___new__(__pyx_self, __pyx_v_cls, __pyx_v_name, __pyx_v_bases, __pyx_v_ns);

  /* function exit code */
  for (mp_int_t __pyx_temp=0; __pyx_temp < (mp_int_t)(sizeof(values)/sizeof(values[0])); ++__pyx_temp) {

  }

  return __pyx_r;
}

static mp_obj_t __pyx_pf_10containers_12CheckingMeta___new__(CYTHON_UNUSED mp_obj_t __pyx_self, mp_obj_t __pyx_v_cls, mp_obj_t __pyx_v_name, mp_obj_t __pyx_v_bases, mp_obj_t __pyx_v_ns) {
  mp_obj_t __pyx_r = NULL;
  __Pyx_RefNannyDeclarations
  mp_obj_t __pyx_t_1 = NULL;
  int __pyx_t_2;
  mp_obj_t __pyx_t_3 = NULL;
  size_t __pyx_t_4;
  int __pyx_lineno = 0;
  const char *__pyx_filename = NULL;
  int __pyx_clineno = 0;

  /* "containers.pyx":302
 *     """A metaclass whose __new__ gets the namespace __prepare__ made, then calls type.__new__."""
 *     def __new__(cls, name, bases, ns):
 *         ns['checked'] = isinstance(ns, NameLog)             # <<<<<<<<<<<<<<
 *         return type.__new__(cls, name, bases, ns)
 *
*/
  cy_Pyx_GetModuleGlobalName(__pyx_t_1, __pyx_n_u_NameLog); if (MP_UNLIKELY(!!(!__pyx_t_1))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 302; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

  __pyx_t_2 = cy_PyObject_IsInstance(__pyx_v_ns, __pyx_t_1); if (MP_UNLIKELY(!!(__pyx_t_2 == ((int)-1)))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 302; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);
   __pyx_t_1 = 0;
  __pyx_t_1 = cy_Pyx_PyBool_FromLong(__pyx_t_2); if (MP_UNLIKELY(!!(!__pyx_t_1))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 302; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

  if (MP_UNLIKELY(!!((cy_PyObject_SetItem(__pyx_v_ns, __pyx_n_u_checked, __pyx_t_1) < 0)))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 302; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);
   __pyx_t_1 = 0;

  /* "containers.pyx":303
 *     def __new__(cls, name, bases, ns):
 *         ns['checked'] = isinstance(ns, NameLog)
 *         return type.__new__(cls, name, bases, ns)             # <<<<<<<<<<<<<<
 *
 *
*/
  __pyx_t_3 = ((mp_obj_t )(&cy_PyType_Type));

  __pyx_t_4 = 0;
  {
    mp_obj_t __pyx_callargs[5] = {__pyx_t_3, __pyx_v_cls, __pyx_v_name, __pyx_v_bases, __pyx_v_ns};
    __pyx_t_1 = cy_Pyx_PyObject_FastCallMethod((mp_obj_t)__pyx_n_u_new, __pyx_callargs+__pyx_t_4, (5-__pyx_t_4) | (1*cy_Pyx_PY_VECTORCALL_ARGUMENTS_OFFSET));
     __pyx_t_3 = 0;
    if (MP_UNLIKELY(!!(!__pyx_t_1))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 303; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

  }
  {
    mp_obj_t __pyx_temp;
    {
      __pyx_temp = __pyx_r;
      __pyx_r = __pyx_t_1;
    }

  }
  __pyx_t_1 = 0;
  goto __pyx_L0;

  /* "containers.pyx":301
 * class CheckingMeta(RecordingMeta):
 *     """A metaclass whose __new__ gets the namespace __prepare__ made, then calls type.__new__."""
 *     def __new__(cls, name, bases, ns):             # <<<<<<<<<<<<<<
 *         ns['checked'] = isinstance(ns, NameLog)
 *         return type.__new__(cls, name, bases, ns)
*/

  /* function exit code */
  __pyx_L1_error:;

  __pyx_traceback_0(".CheckingMeta.__new__", __pyx_lineno);
  __pyx_r = NULL;
  __pyx_L0:;

  return __pyx_r;
}

/* "(tree fragment)":4
 *     int __Pyx_CheckUnpickleChecksum(long, long, long, long, const char*) except -1
 *     int __Pyx_UpdateUnpickledDict(object, object, Py_ssize_t) except -1
 * def __pyx_unpickle_Node(__pyx_type, long __pyx_checksum, tuple __pyx_state):             # <<<<<<<<<<<<<<
 *     cdef object __pyx_result
 *     __Pyx_CheckUnpickleChecksum(__pyx_checksum, 0x3b20fbb, 0xd0df121, 0x29eb787, b'next, value')
*/

/* Python wrapper */

/* "(tree fragment)":11
 *         __pyx_unpickle_Node__set_state(<Node> __pyx_result, __pyx_state)
 *     return __pyx_result
 * cdef __pyx_unpickle_Node__set_state(Node __pyx_result, __pyx_state: tuple):             # <<<<<<<<<<<<<<
 *     __pyx_result.next = __pyx_state[0]; __pyx_result.value = __pyx_state[1]
 *     __Pyx_UpdateUnpickledDict(__pyx_result, __pyx_state, 2)
*/

/* "(tree fragment)":4
 *     int __Pyx_CheckUnpickleChecksum(long, long, long, long, const char*) except -1
 *     int __Pyx_UpdateUnpickledDict(object, object, Py_ssize_t) except -1
 * def __pyx_unpickle_Stack(__pyx_type, long __pyx_checksum, tuple __pyx_state):             # <<<<<<<<<<<<<<
 *     cdef object __pyx_result
 *     __Pyx_CheckUnpickleChecksum(__pyx_checksum, 0x81e9a69, 0xf01ef04, 0xb608e70, b'size, top')
*/

/* Python wrapper */

/* "(tree fragment)":11
 *         __pyx_unpickle_Stack__set_state(<Stack> __pyx_result, __pyx_state)
 *     return __pyx_result
 * cdef __pyx_unpickle_Stack__set_state(Stack __pyx_result, __pyx_state: tuple):             # <<<<<<<<<<<<<<
 *     __pyx_result.size = __pyx_state[0]; __pyx_result.top = __pyx_state[1]
 *     __Pyx_UpdateUnpickledDict(__pyx_result, __pyx_state, 2)
*/

/* "(tree fragment)":4
 *     int __Pyx_CheckUnpickleChecksum(long, long, long, long, const char*) except -1
 *     int __Pyx_UpdateUnpickledDict(object, object, Py_ssize_t) except -1
 * def __pyx_unpickle_Recorder(__pyx_type, long __pyx_checksum, tuple __pyx_state):             # <<<<<<<<<<<<<<
 *     cdef object __pyx_result
 *     __Pyx_CheckUnpickleChecksum(__pyx_checksum, 0xc04bd87, 0xc80b0ca, 0x755d14b, b'depth, label, swallow')
*/

/* Python wrapper */

/* "(tree fragment)":11
 *         __pyx_unpickle_Recorder__set_state(<Recorder> __pyx_result, __pyx_state)
 *     return __pyx_result
 * cdef __pyx_unpickle_Recorder__set_state(Recorder __pyx_result, __pyx_state: tuple):             # <<<<<<<<<<<<<<
 *     __pyx_result.depth = __pyx_state[0]; __pyx_result.label = __pyx_state[1]; __pyx_result.swallow = __pyx_state[2]
 *     __Pyx_UpdateUnpickledDict(__pyx_result, __pyx_state, 3)
*/

/* "(tree fragment)":4
 *     int __Pyx_CheckUnpickleChecksum(long, long, long, long, const char*) except -1
 *     int __Pyx_UpdateUnpickledDict(object, object, Py_ssize_t) except -1
 * def __pyx_unpickle_Matrix2(__pyx_type, long __pyx_checksum, tuple __pyx_state):             # <<<<<<<<<<<<<<
 *     cdef object __pyx_result
 *     __Pyx_CheckUnpickleChecksum(__pyx_checksum, 0xf82ce1b, 0x30a47d9, 0x713f592, b'a, b, c, d')
*/

/* Python wrapper */

/* "(tree fragment)":11
 *         __pyx_unpickle_Matrix2__set_state(<Matrix2> __pyx_result, __pyx_state)
 *     return __pyx_result
 * cdef __pyx_unpickle_Matrix2__set_state(Matrix2 __pyx_result, __pyx_state: tuple):             # <<<<<<<<<<<<<<
 *     __pyx_result.a = __pyx_state[0]; __pyx_result.b = __pyx_state[1]; __pyx_result.c = __pyx_state[2]; __pyx_result.d = __pyx_state[3]
 *     __Pyx_UpdateUnpickledDict(__pyx_result, __pyx_state, 4)
*/

/* #### Code section: module_exttypes ### */
static struct __pyx_vtabstruct_10containers_IntBuffer __pyx_vtable_10containers_IntBuffer;

static mp_obj_t __pyx_tp_new__initialisation_10containers_IntBuffer(mp_obj_t o, mp_obj_t a, mp_obj_t k) {
  struct __pyx_obj_10containers_IntBuffer *p = ((struct __pyx_obj_10containers_IntBuffer *)o);
  p->__pyx_vtab = __pyx_vtabptr_10containers_IntBuffer;
  {
    int cinit_result = __pyx_pw_10containers_9IntBuffer_1__cinit__(o, a, k);
    if (MP_UNLIKELY(!!(cinit_result))) goto bad;
  }
  return o;
  bad:
  ; o = 0;
  return NULL;
}

static mp_obj_t __pyx_tp_new_10containers_IntBuffer(cy_PyTypeObject *t, mp_obj_t a, mp_obj_t k) {
  mp_obj_t o;
  o = cy_Pyx_AllocateExtensionType(t, 0);
  if (MP_UNLIKELY(!!(!o))) return 0;
  return __pyx_tp_new__initialisation_10containers_IntBuffer(o, a, k);
}

static mp_obj_t __pyx_sq_item_10containers_IntBuffer(mp_obj_t o, mp_int_t i) {
  mp_obj_t r;
  mp_obj_t x = cy_PyLong_FromSsize_t(i); if (MP_UNLIKELY(!!(!x))) return NULL;

  binaryfunc f = ((binaryfunc)cy_PyType_GetSlot(cy_Py_TYPE(o), cy_Py_mp_subscript));

  r = f(o, x);

  return r;
}

static mp_obj_t __pyx_mp_subscript_10containers_IntBuffer(mp_obj_t o, mp_obj_t i) {
  return __pyx_pw_10containers_9IntBuffer_9__getitem__(o, i);
}

static int __pyx_sq_ass_item_10containers_IntBuffer(mp_obj_t o, mp_int_t i, mp_obj_t v) {
  if (v) {
    return __pyx_pw_10containers_9IntBuffer_11__setitem__(o, i, v);
  } else {
    return __pyx_pw_10containers_9IntBuffer_13__delitem__(o, i);
  }
}

static int __pyx_mp_ass_subscript_10containers_IntBuffer(mp_obj_t o, mp_obj_t i, mp_obj_t v) {
  if (v) {
    mp_int_t x = cy_Pyx_PyIndex_AsSsize_t(i); if (MP_UNLIKELY(!!(x == -1 && cy_PyErr_Occurred()))) return -1;
    return __pyx_pw_10containers_9IntBuffer_11__setitem__(o, x, v);
  } else {
    mp_int_t x = cy_Pyx_PyIndex_AsSsize_t(i); if (MP_UNLIKELY(!!(x == -1 && cy_PyErr_Occurred()))) return -1;
    return __pyx_pw_10containers_9IntBuffer_13__delitem__(o, x);
  }
}

static mp_obj_t __pyx_tp_richcompare_10containers_IntBuffer(mp_obj_t o1, mp_obj_t o2, int op) {
  switch (op) {
    case cy_Py_EQ: {
      return __pyx_pw_10containers_9IntBuffer_21__eq__(o1, o2);
    }
    case cy_Py_LT: {
      return __pyx_pw_10containers_9IntBuffer_23__lt__(o1, o2);
    }
    case cy_Py_LE: {
      return __pyx_pw_10containers_9IntBuffer_25__le__(o1, o2);
    }
    case cy_Py_NE: {
      mp_obj_t ret;
      ret = __pyx_pw_10containers_9IntBuffer_21__eq__(o1, o2);
      if (MP_LIKELY(!!(ret && ret != cy_Py_NotImplemented))) {
        int b = cy_Pyx_PyObject_IsTrue(ret);

        if (MP_UNLIKELY(!!(b < 0))) return NULL;
        ret = (b) ? mp_const_false : mp_const_true;

      }
      return ret;
    }
    default: {
      return cy_Py_NotImplemented;
    }
  }
}

static cy_PyMethodDef __pyx_methods_10containers_IntBuffer[] = {
  {"sum", (cy_PyCFunction)(void(*)(void))(cy_Pyx_PyCFunction_FastCallWithKeywords)__pyx_pw_10containers_9IntBuffer_29sum, cy_Pyx_METH_FASTCALL|cy_METH_KEYWORDS, 0},

  {0, 0, 0, 0}
};

static cy_PyType_Slot __pyx_type_10containers_IntBuffer_slots[] = {

  {cy_Py_tp_repr, (void *)__pyx_pw_10containers_9IntBuffer_19__repr__},
  {cy_Py_nb_inplace_add, (void *)__pyx_pw_10containers_9IntBuffer_27__iadd__},
  {cy_Py_sq_length, (void *)__pyx_pw_10containers_9IntBuffer_7__len__},
  {cy_Py_sq_item, (void *)__pyx_sq_item_10containers_IntBuffer},
  {cy_Py_sq_ass_item, (void *)__pyx_sq_ass_item_10containers_IntBuffer},
  {cy_Py_sq_contains, (void *)__pyx_pw_10containers_9IntBuffer_15__contains__},
  {cy_Py_mp_length, (void *)__pyx_pw_10containers_9IntBuffer_7__len__},
  {cy_Py_mp_subscript, (void *)__pyx_mp_subscript_10containers_IntBuffer},
  {cy_Py_mp_ass_subscript, (void *)__pyx_mp_ass_subscript_10containers_IntBuffer},
  {cy_Py_tp_richcompare, (void *)__pyx_tp_richcompare_10containers_IntBuffer},
  {cy_Py_tp_iter, (void *)__pyx_pw_10containers_9IntBuffer_17__iter__},
  {cy_Py_tp_methods, (void *)__pyx_methods_10containers_IntBuffer},
{cy_Py_tp_members, (void *)__pyx_members_10containers_IntBuffer},
  {cy_Py_tp_init, (void *)__pyx_pw_10containers_9IntBuffer_3__init__},
  {cy_Py_tp_new, (void *)__pyx_tp_new_10containers_IntBuffer},
  {cy_Py_mp_unary_op, (void *)cy_ext_unary_op},
  {cy_Py_mp_binary_op, (void *)cy_ext_binary_op},
  {cy_Py_mp_subscr, (void *)cy_ext_subscr},
  {cy_Py_mp_iter, (void *)&cy_ext_iter},
  {0, 0},
};
static cy_PyType_Spec __pyx_type_10containers_IntBuffer_spec = {
  "containers.IntBuffer",
  sizeof(struct __pyx_obj_10containers_IntBuffer),
  0,
  cy_Py_TPFLAGS_DEFAULT|cy_Py_TPFLAGS_HAVE_VERSION_TAG|cy_Py_TPFLAGS_BASETYPE,
  __pyx_type_10containers_IntBuffer_slots,
};

static mp_obj_t __pyx_tp_new__initialisation_10containers_IntBufferIter(mp_obj_t o,

    mp_obj_t const *args, mp_int_t nargs, mp_obj_t kwnames

) {
  struct __pyx_obj_10containers_IntBufferIter *p = ((struct __pyx_obj_10containers_IntBufferIter *)o);
  p->buf = ((struct __pyx_obj_10containers_IntBuffer *)mp_const_none);
  {
    int cinit_result = __pyx_pw_10containers_13IntBufferIter_1__cinit__(o,

    args, nargs, kwnames

);
    if (MP_UNLIKELY(!!(cinit_result))) goto bad;
  }
  return o;
  bad:
  ; o = 0;
  return NULL;
}

static mp_obj_t __pyx_tp_new_vectorcall_10containers_IntBufferIter(cy_PyTypeObject *t,

    mp_obj_t const *args, mp_int_t nargs, mp_obj_t kwnames

) {
  mp_obj_t o;
  o = cy_Pyx_AllocateExtensionType(t, 0);
  if (MP_UNLIKELY(!!(!o))) return 0;
  return __pyx_tp_new__initialisation_10containers_IntBufferIter(o,

    args, nargs, kwnames

);
}

static mp_obj_t __pyx_tp_new_10containers_IntBufferIter(cy_PyTypeObject *t, mp_obj_t a, mp_obj_t k) {
  return cy_Pyx_CallTpnewAsVectorcall(__pyx_tp_new_vectorcall_10containers_IntBufferIter, t, a, k);
}

static mp_obj_t __pyx_tp_vectorcall_10containers_IntBufferIter(mp_obj_t t, mp_obj_t const *args, size_t nargsf, mp_obj_t kwnames) {
  if (MP_UNLIKELY(!!((cy_PyTypeObject*)t != __pyx_mstate_global->__pyx_ptype_10containers_IntBufferIter || cy_Pyx_PyType_HasFeature((cy_PyTypeObject*)t, cy_Py_TPFLAGS_IS_ABSTRACT)))) {
    return cy_Pyx_CallNewInitFromVectorcall((cy_PyTypeObject*)t, args, nargsf, kwnames);
  }
  mp_int_t nargs = cy_PyVectorcall_NARGS(nargsf);
  mp_obj_t o = __pyx_tp_new_vectorcall_10containers_IntBufferIter((cy_PyTypeObject*)t, args, nargs, kwnames);
  return o;
}

static mp_obj_t __pyx_specialmethod___pyx_pw_10containers_13IntBufferIter_5__next__(mp_obj_t self, CYTHON_UNUSED mp_obj_t arg) {
  mp_obj_t res = __pyx_pw_10containers_13IntBufferIter_5__next__(self);
  if (!res && !cy_PyErr_Occurred()) { cy_PyErr_SetNone(MP_OBJ_FROM_PTR(&mp_type_StopIteration)); }
  return res;
}

static cy_PyMethodDef __pyx_methods_10containers_IntBufferIter[] = {
  {"__next__", (cy_PyCFunction)__pyx_specialmethod___pyx_pw_10containers_13IntBufferIter_5__next__, cy_METH_NOARGS|cy_METH_COEXIST, 0},

  {0, 0, 0, 0}
};

static cy_PyType_Slot __pyx_type_10containers_IntBufferIter_slots[] = {

  {cy_Py_tp_iter, (void *)__pyx_pw_10containers_13IntBufferIter_3__iter__},
  {cy_Py_tp_iternext, (void *)__pyx_pw_10containers_13IntBufferIter_5__next__},
  {cy_Py_tp_methods, (void *)__pyx_methods_10containers_IntBufferIter},
  {cy_Py_tp_new, (void *)__pyx_tp_new_10containers_IntBufferIter},

  {cy_Py_mp_iter, (void *)&cy_ext_iter},
  {cy_Py_tp_vectorcall, (void *)__pyx_tp_vectorcall_10containers_IntBufferIter},
  {0, 0},
};
static cy_PyType_Spec __pyx_type_10containers_IntBufferIter_spec = {
  "containers.IntBufferIter",
  sizeof(struct __pyx_obj_10containers_IntBufferIter),
  0,
  cy_Py_TPFLAGS_DEFAULT|cy_Py_TPFLAGS_HAVE_VERSION_TAG|cy_Py_TPFLAGS_BASETYPE|cy_Py_TPFLAGS_HAVE_GC,
  __pyx_type_10containers_IntBufferIter_slots,
};

static mp_obj_t __pyx_tp_new__initialisation_10containers_Node(mp_obj_t o,

    CYTHON_UNUSED mp_obj_t const *args, CYTHON_UNUSED mp_int_t nargs, CYTHON_UNUSED mp_obj_t kwnames

) {
  struct __pyx_obj_10containers_Node *p = ((struct __pyx_obj_10containers_Node *)o);
  p->value = mp_const_none;
  p->next = ((struct __pyx_obj_10containers_Node *)mp_const_none);
  return o;
}

static mp_obj_t __pyx_tp_new_vectorcall_10containers_Node(cy_PyTypeObject *t,

    mp_obj_t const *args, mp_int_t nargs, mp_obj_t kwnames

) {
  mp_obj_t o;
  o = cy_Pyx_AllocateExtensionType(t, 0);
  if (MP_UNLIKELY(!!(!o))) return 0;
  return __pyx_tp_new__initialisation_10containers_Node(o,

    args, nargs, kwnames

);
}

static mp_obj_t __pyx_tp_new_10containers_Node(cy_PyTypeObject *t, mp_obj_t a, mp_obj_t k) {
  return cy_Pyx_CallTpnewAsVectorcall(__pyx_tp_new_vectorcall_10containers_Node, t, a, k);
}

static mp_obj_t __pyx_tp_vectorcall_10containers_Node(mp_obj_t t, mp_obj_t const *args, size_t nargsf, mp_obj_t kwnames) {
  if (MP_UNLIKELY(!!((cy_PyTypeObject*)t != __pyx_mstate_global->__pyx_ptype_10containers_Node || cy_Pyx_PyType_HasFeature((cy_PyTypeObject*)t, cy_Py_TPFLAGS_IS_ABSTRACT)))) {
    return cy_Pyx_CallNewInitFromVectorcall((cy_PyTypeObject*)t, args, nargsf, kwnames);
  }
  mp_int_t nargs = cy_PyVectorcall_NARGS(nargsf);
  mp_obj_t o = __pyx_tp_new_vectorcall_10containers_Node((cy_PyTypeObject*)t, args, nargs, kwnames);
  if (MP_LIKELY(!!(o))) {
    assert(cy_Py_TYPE(o) == (cy_PyTypeObject*)t);
    if (MP_UNLIKELY(!!(__pyx_pw_10containers_4Node_1__init__(o, args, nargs, kwnames) < 0))) {
      o = MP_OBJ_NULL;
    }
  }
  return o;
}

static int __pyx_tp_init_10containers_Node(mp_obj_t o, mp_obj_t args, mp_obj_t kwds) {
  return cy_Pyx_CallTpinitAsVectorcall(__pyx_pw_10containers_4Node_1__init__, o, args, kwds);
}

static mp_obj_t __pyx_getprop_10containers_4Node_next(mp_obj_t o, CYTHON_UNUSED void *x) {
  return __pyx_pw_10containers_4Node_4next_1__get__(o);
}

static int __pyx_setprop_10containers_4Node_next(mp_obj_t o, mp_obj_t v, CYTHON_UNUSED void *x) {
  if (v) {
    return __pyx_pw_10containers_4Node_4next_3__set__(o, v);
  }
  else {
    return __pyx_pw_10containers_4Node_4next_5__del__(o);
  }
}

static cy_PyMethodDef __pyx_methods_10containers_Node[] = {

  {0, 0, 0, 0}
};

static const struct cy_PyGetSetDef __pyx_getsets_10containers_Node[] = {

  {"next", __pyx_getprop_10containers_4Node_next, __pyx_setprop_10containers_4Node_next, 0, 0},
  {0, 0, 0, 0, 0}
};

static cy_PyType_Slot __pyx_type_10containers_Node_slots[] = {

  {cy_Py_tp_methods, (void *)__pyx_methods_10containers_Node},
  {cy_Py_tp_getset, (void *)__pyx_getsets_10containers_Node},
  {cy_Py_tp_init, (void *)__pyx_tp_init_10containers_Node},
  {cy_Py_tp_new, (void *)__pyx_tp_new_10containers_Node},

  {cy_Py_tp_members, (void *)__pyx_members_10containers_Node},
  {cy_Py_tp_vectorcall, (void *)__pyx_tp_vectorcall_10containers_Node},
  {0, 0},
};
static cy_PyType_Spec __pyx_type_10containers_Node_spec = {
  "containers.Node",
  sizeof(struct __pyx_obj_10containers_Node),
  0,
  cy_Py_TPFLAGS_DEFAULT|cy_Py_TPFLAGS_HAVE_VERSION_TAG|cy_Py_TPFLAGS_BASETYPE|cy_Py_TPFLAGS_HAVE_GC,
  __pyx_type_10containers_Node_slots,
};

static mp_obj_t __pyx_tp_new__initialisation_10containers_Stack(mp_obj_t o,

    CYTHON_UNUSED mp_obj_t const *args, CYTHON_UNUSED mp_int_t nargs, CYTHON_UNUSED mp_obj_t kwnames

) {
  struct __pyx_obj_10containers_Stack *p = ((struct __pyx_obj_10containers_Stack *)o);
  p->top = ((struct __pyx_obj_10containers_Node *)mp_const_none);
  return o;
}

static mp_obj_t __pyx_tp_new_vectorcall_10containers_Stack(cy_PyTypeObject *t,

    mp_obj_t const *args, mp_int_t nargs, mp_obj_t kwnames

) {
  mp_obj_t o;
  o = cy_Pyx_AllocateExtensionType(t, 0);
  if (MP_UNLIKELY(!!(!o))) return 0;
  return __pyx_tp_new__initialisation_10containers_Stack(o,

    args, nargs, kwnames

);
}

static mp_obj_t __pyx_tp_new_10containers_Stack(cy_PyTypeObject *t, mp_obj_t a, mp_obj_t k) {
  return cy_Pyx_CallTpnewAsVectorcall(__pyx_tp_new_vectorcall_10containers_Stack, t, a, k);
}

static mp_obj_t __pyx_tp_vectorcall_10containers_Stack(mp_obj_t t, mp_obj_t const *args, size_t nargsf, mp_obj_t kwnames) {
  if (MP_UNLIKELY(!!((cy_PyTypeObject*)t != __pyx_mstate_global->__pyx_ptype_10containers_Stack || cy_Pyx_PyType_HasFeature((cy_PyTypeObject*)t, cy_Py_TPFLAGS_IS_ABSTRACT)))) {
    return cy_Pyx_CallNewInitFromVectorcall((cy_PyTypeObject*)t, args, nargsf, kwnames);
  }
  mp_int_t nargs = cy_PyVectorcall_NARGS(nargsf);
  mp_obj_t o = __pyx_tp_new_vectorcall_10containers_Stack((cy_PyTypeObject*)t, args, nargs, kwnames);
  return o;
}

static mp_obj_t __pyx_getprop_10containers_5Stack_head(mp_obj_t o, CYTHON_UNUSED void *x) {
  return __pyx_pw_10containers_5Stack_4head_1__get__(o);
}

static cy_PyMethodDef __pyx_methods_10containers_Stack[] = {
  {"push", (cy_PyCFunction)(void(*)(void))(cy_Pyx_PyCFunction_FastCallWithKeywords)__pyx_pw_10containers_5Stack_1push, cy_Pyx_METH_FASTCALL|cy_METH_KEYWORDS, 0},
  {"pop", (cy_PyCFunction)(void(*)(void))(cy_Pyx_PyCFunction_FastCallWithKeywords)__pyx_pw_10containers_5Stack_3pop, cy_Pyx_METH_FASTCALL|cy_METH_KEYWORDS, 0},
  {"peek", (cy_PyCFunction)(void(*)(void))(cy_Pyx_PyCFunction_FastCallWithKeywords)__pyx_pw_10containers_5Stack_5peek, cy_Pyx_METH_FASTCALL|cy_METH_KEYWORDS, 0},
  {"to_list", (cy_PyCFunction)(void(*)(void))(cy_Pyx_PyCFunction_FastCallWithKeywords)__pyx_pw_10containers_5Stack_14to_list, cy_Pyx_METH_FASTCALL|cy_METH_KEYWORDS, 0},

  {0, 0, 0, 0}
};

static const struct cy_PyGetSetDef __pyx_getsets_10containers_Stack[] = {
  {"head", __pyx_getprop_10containers_5Stack_head, 0, 0, 0},
  {0, 0, 0, 0, 0}
};

static cy_PyType_Slot __pyx_type_10containers_Stack_slots[] = {

  {cy_Py_nb_bool, (void *)__pyx_pw_10containers_5Stack_9__bool__},
  {cy_Py_sq_length, (void *)__pyx_pw_10containers_5Stack_7__len__},
  {cy_Py_mp_length, (void *)__pyx_pw_10containers_5Stack_7__len__},

  {cy_Py_tp_iter, (void *)__pyx_pw_10containers_5Stack_11__iter__},
  {cy_Py_tp_methods, (void *)__pyx_methods_10containers_Stack},
  {cy_Py_tp_getset, (void *)__pyx_getsets_10containers_Stack},
  {cy_Py_tp_new, (void *)__pyx_tp_new_10containers_Stack},

  {cy_Py_mp_unary_op, (void *)cy_ext_unary_op},
  {cy_Py_mp_iter, (void *)&cy_ext_iter},
  {cy_Py_tp_vectorcall, (void *)__pyx_tp_vectorcall_10containers_Stack},
  {0, 0},
};
static cy_PyType_Spec __pyx_type_10containers_Stack_spec = {
  "containers.Stack",
  sizeof(struct __pyx_obj_10containers_Stack),
  0,
  cy_Py_TPFLAGS_DEFAULT|cy_Py_TPFLAGS_HAVE_VERSION_TAG|cy_Py_TPFLAGS_BASETYPE|cy_Py_TPFLAGS_HAVE_GC,
  __pyx_type_10containers_Stack_slots,
};

static mp_obj_t __pyx_tp_new__initialisation_10containers_Recorder(mp_obj_t o,

    CYTHON_UNUSED mp_obj_t const *args, CYTHON_UNUSED mp_int_t nargs, CYTHON_UNUSED mp_obj_t kwnames

) {
  struct __pyx_obj_10containers_Recorder *p = ((struct __pyx_obj_10containers_Recorder *)o);
  p->label = ((mp_obj_t)mp_const_none);
  return o;
}

static mp_obj_t __pyx_tp_new_vectorcall_10containers_Recorder(cy_PyTypeObject *t,

    mp_obj_t const *args, mp_int_t nargs, mp_obj_t kwnames

) {
  mp_obj_t o;
  o = cy_Pyx_AllocateExtensionType(t, 0);
  if (MP_UNLIKELY(!!(!o))) return 0;
  return __pyx_tp_new__initialisation_10containers_Recorder(o,

    args, nargs, kwnames

);
}

static mp_obj_t __pyx_tp_new_10containers_Recorder(cy_PyTypeObject *t, mp_obj_t a, mp_obj_t k) {
  return cy_Pyx_CallTpnewAsVectorcall(__pyx_tp_new_vectorcall_10containers_Recorder, t, a, k);
}

static mp_obj_t __pyx_tp_vectorcall_10containers_Recorder(mp_obj_t t, mp_obj_t const *args, size_t nargsf, mp_obj_t kwnames) {
  if (MP_UNLIKELY(!!((cy_PyTypeObject*)t != __pyx_mstate_global->__pyx_ptype_10containers_Recorder || cy_Pyx_PyType_HasFeature((cy_PyTypeObject*)t, cy_Py_TPFLAGS_IS_ABSTRACT)))) {
    return cy_Pyx_CallNewInitFromVectorcall((cy_PyTypeObject*)t, args, nargsf, kwnames);
  }
  mp_int_t nargs = cy_PyVectorcall_NARGS(nargsf);
  mp_obj_t o = __pyx_tp_new_vectorcall_10containers_Recorder((cy_PyTypeObject*)t, args, nargs, kwnames);
  if (MP_LIKELY(!!(o))) {
    assert(cy_Py_TYPE(o) == (cy_PyTypeObject*)t);
    if (MP_UNLIKELY(!!(__pyx_pw_10containers_8Recorder_1__init__(o, args, nargs, kwnames) < 0))) {
      o = MP_OBJ_NULL;
    }
  }
  return o;
}

static int __pyx_tp_init_10containers_Recorder(mp_obj_t o, mp_obj_t args, mp_obj_t kwds) {
  return cy_Pyx_CallTpinitAsVectorcall(__pyx_pw_10containers_8Recorder_1__init__, o, args, kwds);
}

static cy_PyMethodDef __pyx_methods_10containers_Recorder[] = {
  {"__enter__", (cy_PyCFunction)(void(*)(void))(cy_Pyx_PyCFunction_FastCallWithKeywords)__pyx_pw_10containers_8Recorder_3__enter__, cy_Pyx_METH_FASTCALL|cy_METH_KEYWORDS, 0},
  {"__exit__", (cy_PyCFunction)(void(*)(void))(cy_Pyx_PyCFunction_FastCallWithKeywords)__pyx_pw_10containers_8Recorder_5__exit__, cy_Pyx_METH_FASTCALL|cy_METH_KEYWORDS, 0},

  {0, 0, 0, 0}
};

static cy_PyType_Slot __pyx_type_10containers_Recorder_slots[] = {

  {cy_Py_tp_call, (void *)__pyx_pw_10containers_8Recorder_7__call__},
  {cy_Py_tp_doc, (void *)cy_PyDoc_STR("A context manager that records enter/exit and can swallow errors.")},
  {cy_Py_tp_methods, (void *)__pyx_methods_10containers_Recorder},
{cy_Py_tp_members, (void *)__pyx_members_10containers_Recorder},
  {cy_Py_tp_init, (void *)__pyx_tp_init_10containers_Recorder},
  {cy_Py_tp_new, (void *)__pyx_tp_new_10containers_Recorder},

  {cy_Py_mp_call, (void *)cy_ext_call},
  {cy_Py_tp_vectorcall, (void *)__pyx_tp_vectorcall_10containers_Recorder},
  {0, 0},
};
static cy_PyType_Spec __pyx_type_10containers_Recorder_spec = {
  "containers.Recorder",
  sizeof(struct __pyx_obj_10containers_Recorder),
  0,
  cy_Py_TPFLAGS_DEFAULT|cy_Py_TPFLAGS_HAVE_VERSION_TAG|cy_Py_TPFLAGS_BASETYPE,
  __pyx_type_10containers_Recorder_slots,
};

static int __pyx_tp_init_10containers_Matrix2(mp_obj_t o, mp_obj_t args, mp_obj_t kwds) {
  return cy_Pyx_CallTpinitAsVectorcall(__pyx_pw_10containers_7Matrix2_1__init__, o, args, kwds);
}

static mp_obj_t __pyx_sq_item_10containers_Matrix2(mp_obj_t o, mp_int_t i) {
  mp_obj_t r;
  mp_obj_t x = cy_PyLong_FromSsize_t(i); if (MP_UNLIKELY(!!(!x))) return NULL;

  binaryfunc f = ((binaryfunc)cy_PyType_GetSlot(cy_Py_TYPE(o), cy_Py_mp_subscript));

  r = f(o, x);

  return r;
}

static mp_obj_t __pyx_mp_subscript_10containers_Matrix2(mp_obj_t o, mp_obj_t i) {
  return __pyx_pw_10containers_7Matrix2_7__getitem__(o, i);
}

static CYTHON_INLINE mp_obj_t __pyx_nb_matrix_multiply_10containers_Matrix2_maybe_call_slot(cy_PyTypeObject* type, mp_obj_t left, mp_obj_t right ) {
    binaryfunc slot;

    slot = (binaryfunc) cy_PyType_GetSlot(type, cy_Py_nb_matrix_multiply);

    return slot ? slot(left, right ) : cy_Py_NotImplemented;
}
static mp_obj_t __pyx_nb_matrix_multiply_10containers_Matrix2(mp_obj_t left, mp_obj_t right ) {
    int maybe_self_is_left, maybe_self_is_right = 0;
    maybe_self_is_left = cy_Py_TYPE(left) == cy_Py_TYPE(right)

            || cy_Pyx_TypeCheck(left, __pyx_mstate_global->__pyx_ptype_10containers_Matrix2);
    if (maybe_self_is_left) {
        mp_obj_t res;
        res = __pyx_pw_10containers_7Matrix2_3__matmul__(left, right);
        if (res != cy_Py_NotImplemented) return res;

    }
    maybe_self_is_right = cy_Py_TYPE(left) == cy_Py_TYPE(right)

            || cy_PyType_IsSubtype(cy_Py_TYPE(right), __pyx_mstate_global->__pyx_ptype_10containers_Matrix2);
    if (maybe_self_is_right) {
        return __pyx_nb_matrix_multiply_10containers_Matrix2_maybe_call_slot(cy_Pyx_PyType_GetSlot(__pyx_mstate_global->__pyx_ptype_10containers_Matrix2, tp_base, cy_PyTypeObject ), left, right );
    }
    return cy_Py_NotImplemented;
}

static cy_PyMethodDef __pyx_methods_10containers_Matrix2[] = {
  {"__matmul__", (cy_PyCFunction)__pyx_pw_10containers_7Matrix2_3__matmul__, cy_METH_O|cy_METH_COEXIST, 0},
  {"rows", (cy_PyCFunction)(void(*)(void))(cy_Pyx_PyCFunction_FastCallWithKeywords)__pyx_pw_10containers_7Matrix2_13rows, cy_Pyx_METH_FASTCALL|cy_METH_KEYWORDS, 0},

  {0, 0, 0, 0}
};

static cy_PyType_Slot __pyx_type_10containers_Matrix2_slots[] = {

  {cy_Py_nb_invert, (void *)__pyx_pw_10containers_7Matrix2_5__invert__},
  {cy_Py_nb_matrix_multiply, (void *)__pyx_nb_matrix_multiply_10containers_Matrix2},
  {cy_Py_sq_item, (void *)__pyx_sq_item_10containers_Matrix2},
  {cy_Py_mp_subscript, (void *)__pyx_mp_subscript_10containers_Matrix2},
  {cy_Py_tp_hash, (void *)__pyx_pw_10containers_7Matrix2_9__hash__},
  {cy_Py_tp_richcompare, (void *)__pyx_pw_10containers_7Matrix2_11__richcmp__},
  {cy_Py_tp_methods, (void *)__pyx_methods_10containers_Matrix2},
  {cy_Py_tp_init, (void *)__pyx_tp_init_10containers_Matrix2},
{cy_Py_tp_new, (void *)cy_Pyx_tp_new_basic},
{cy_Py_tp_vectorcall, (void *)cy_Pyx_tp_vectorcall_basic},
{cy_Py_tp_init_vectorcall,
(void *)__pyx_pw_10containers_7Matrix2_1__init__},

  {cy_Py_mp_unary_op, (void *)cy_ext_unary_op},
  {cy_Py_mp_binary_op, (void *)cy_ext_binary_op},
  {cy_Py_mp_subscr, (void *)cy_ext_subscr},
  {0, 0},
};
static cy_PyType_Spec __pyx_type_10containers_Matrix2_spec = {
  "containers.Matrix2",
  sizeof(struct __pyx_obj_10containers_Matrix2),
  0,
  cy_Py_TPFLAGS_DEFAULT|cy_Py_TPFLAGS_HAVE_VERSION_TAG|cy_Py_TPFLAGS_BASETYPE,
  __pyx_type_10containers_Matrix2_slots,
};

static mp_obj_t __pyx_tp_new__initialisation_10containers___pyx_scope_struct____iter__(mp_obj_t o,

    CYTHON_UNUSED mp_obj_t const *args, CYTHON_UNUSED mp_int_t nargs, CYTHON_UNUSED mp_obj_t kwnames

) {
  return o;
}

static mp_obj_t __pyx_tp_new_vectorcall_10containers___pyx_scope_struct____iter__(cy_PyTypeObject *t,

    mp_obj_t const *args, mp_int_t nargs, mp_obj_t kwnames

) {
  mp_obj_t o;

  {
    o = cy_Pyx_AllocateExtensionType(t, 1);
  }
  if (MP_UNLIKELY(!!(!o))) return 0;
  return __pyx_tp_new__initialisation_10containers___pyx_scope_struct____iter__(o,

    args, nargs, kwnames

);
}

static mp_obj_t __pyx_tp_new_10containers___pyx_scope_struct____iter__(cy_PyTypeObject *t, mp_obj_t a, mp_obj_t k) {
  return cy_Pyx_CallTpnewAsVectorcall(__pyx_tp_new_vectorcall_10containers___pyx_scope_struct____iter__, t, a, k);
}

static mp_obj_t __pyx_tp_vectorcall_10containers___pyx_scope_struct____iter__(mp_obj_t t, mp_obj_t const *args, size_t nargsf, mp_obj_t kwnames) {
  if (MP_UNLIKELY(!!((cy_PyTypeObject*)t != __pyx_mstate_global->__pyx_ptype_10containers___pyx_scope_struct____iter__ || cy_Pyx_PyType_HasFeature((cy_PyTypeObject*)t, cy_Py_TPFLAGS_IS_ABSTRACT)))) {
    return cy_Pyx_CallNewInitFromVectorcall((cy_PyTypeObject*)t, args, nargsf, kwnames);
  }
  mp_int_t nargs = cy_PyVectorcall_NARGS(nargsf);
  mp_obj_t o = __pyx_tp_new_vectorcall_10containers___pyx_scope_struct____iter__((cy_PyTypeObject*)t, args, nargs, kwnames);
  return o;
}

static cy_PyType_Slot __pyx_type_10containers___pyx_scope_struct____iter___slots[] = {

  {cy_Py_tp_new, (void *)__pyx_tp_new_10containers___pyx_scope_struct____iter__},

  {cy_Py_tp_vectorcall, (void *)__pyx_tp_vectorcall_10containers___pyx_scope_struct____iter__},
  {0, 0},
};
static cy_PyType_Spec __pyx_type_10containers___pyx_scope_struct____iter___spec = {
  "containers.__pyx_scope_struct____iter__",
  sizeof(struct __pyx_obj_10containers___pyx_scope_struct____iter__),
  0,
  cy_Py_TPFLAGS_DEFAULT|cy_Py_TPFLAGS_HAVE_VERSION_TAG|cy_Py_TPFLAGS_HAVE_GC,
  __pyx_type_10containers___pyx_scope_struct____iter___slots,
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
static CYTHON_SMALL_CODE int __Pyx_modinit_Exttype___pyx_obj_10containers_IntBuffer(__pyx_mstatetype *__pyx_mstate); /*proto*/
static CYTHON_SMALL_CODE int __Pyx_modinit_Exttype___pyx_obj_10containers_IntBufferIter(__pyx_mstatetype *__pyx_mstate); /*proto*/
static CYTHON_SMALL_CODE int __Pyx_modinit_Exttype___pyx_obj_10containers_Node(__pyx_mstatetype *__pyx_mstate); /*proto*/
static CYTHON_SMALL_CODE int __Pyx_modinit_Exttype___pyx_obj_10containers_Stack(__pyx_mstatetype *__pyx_mstate); /*proto*/
static CYTHON_SMALL_CODE int __Pyx_modinit_Exttype___pyx_obj_10containers_Recorder(__pyx_mstatetype *__pyx_mstate); /*proto*/
static CYTHON_SMALL_CODE int __Pyx_modinit_Exttype___pyx_obj_10containers_Matrix2(__pyx_mstatetype *__pyx_mstate); /*proto*/
static CYTHON_SMALL_CODE int __Pyx_modinit_Exttype___pyx_obj_10containers___pyx_scope_struct____iter__(__pyx_mstatetype *__pyx_mstate); /*proto*/
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

static int __Pyx_modinit_Exttype___pyx_obj_10containers_IntBuffer(__pyx_mstatetype *__pyx_mstate) {
  __Pyx_RefNannyDeclarations
  int __pyx_lineno = 0;
  const char *__pyx_filename = NULL;
  int __pyx_clineno = 0;
  (void)(__pyx_mstate);

  /*--- Exttype __pyx_obj_10containers_IntBuffer ---*/
  __pyx_vtabptr_10containers_IntBuffer = &__pyx_vtable_10containers_IntBuffer;
  __pyx_vtable_10containers_IntBuffer.append = (mp_obj_t (*)(struct __pyx_obj_10containers_IntBuffer *, int, int __pyx_skip_dispatch))__pyx_f_10containers_9IntBuffer_append;
  __pyx_vtable_10containers_IntBuffer._index = (mp_int_t (*)(struct __pyx_obj_10containers_IntBuffer *, mp_int_t))__pyx_f_10containers_9IntBuffer__index;

  __pyx_mstate->__pyx_ptype_10containers_IntBuffer = (cy_PyTypeObject *) cy_Pyx_PyType_FromModuleAndSpec(__pyx_m, &__pyx_type_10containers_IntBuffer_spec, NULL); if (MP_UNLIKELY(!!(!__pyx_mstate->__pyx_ptype_10containers_IntBuffer))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 6; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

  if (cy_Pyx_SetVtable(__pyx_mstate->__pyx_ptype_10containers_IntBuffer, __pyx_vtabptr_10containers_IntBuffer) < (0)) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 6; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);
  if (cy_PyObject_SetAttr(__pyx_m, __pyx_n_u_IntBuffer_2, (mp_obj_t ) __pyx_mstate->__pyx_ptype_10containers_IntBuffer) < (0)) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 6; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

  return 0;
  __pyx_L1_error:;

  return -1;
}

static int __Pyx_modinit_Exttype___pyx_obj_10containers_IntBufferIter(__pyx_mstatetype *__pyx_mstate) {
  __Pyx_RefNannyDeclarations
  int __pyx_lineno = 0;
  const char *__pyx_filename = NULL;
  int __pyx_clineno = 0;
  (void)(__pyx_mstate);

  /*--- Exttype __pyx_obj_10containers_IntBufferIter ---*/

  __pyx_mstate->__pyx_ptype_10containers_IntBufferIter = (cy_PyTypeObject *) cy_Pyx_PyType_FromModuleAndSpec(__pyx_m, &__pyx_type_10containers_IntBufferIter_spec, NULL); if (MP_UNLIKELY(!!(!__pyx_mstate->__pyx_ptype_10containers_IntBufferIter))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 95; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

  if (cy_PyObject_SetAttr(__pyx_m, __pyx_n_u_IntBufferIter, (mp_obj_t ) __pyx_mstate->__pyx_ptype_10containers_IntBufferIter) < (0)) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 95; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

  return 0;
  __pyx_L1_error:;

  return -1;
}

static int __Pyx_modinit_Exttype___pyx_obj_10containers_Node(__pyx_mstatetype *__pyx_mstate) {
  __Pyx_RefNannyDeclarations
  int __pyx_lineno = 0;
  const char *__pyx_filename = NULL;
  int __pyx_clineno = 0;
  (void)(__pyx_mstate);

  /*--- Exttype __pyx_obj_10containers_Node ---*/

  __pyx_mstate->__pyx_ptype_10containers_Node = (cy_PyTypeObject *) cy_Pyx_PyType_FromModuleAndSpec(__pyx_m, &__pyx_type_10containers_Node_spec, NULL); if (MP_UNLIKELY(!!(!__pyx_mstate->__pyx_ptype_10containers_Node))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 114; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

  if (cy_PyObject_SetAttr(__pyx_m, __pyx_n_u_Node, (mp_obj_t ) __pyx_mstate->__pyx_ptype_10containers_Node) < (0)) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 114; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

  return 0;
  __pyx_L1_error:;

  return -1;
}

static int __Pyx_modinit_Exttype___pyx_obj_10containers_Stack(__pyx_mstatetype *__pyx_mstate) {
  __Pyx_RefNannyDeclarations
  int __pyx_lineno = 0;
  const char *__pyx_filename = NULL;
  int __pyx_clineno = 0;
  (void)(__pyx_mstate);

  /*--- Exttype __pyx_obj_10containers_Stack ---*/

  __pyx_mstate->__pyx_ptype_10containers_Stack = (cy_PyTypeObject *) cy_Pyx_PyType_FromModuleAndSpec(__pyx_m, &__pyx_type_10containers_Stack_spec, NULL); if (MP_UNLIKELY(!!(!__pyx_mstate->__pyx_ptype_10containers_Stack))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 123; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

  if (cy_PyObject_SetAttr(__pyx_m, __pyx_n_u_Stack, (mp_obj_t ) __pyx_mstate->__pyx_ptype_10containers_Stack) < (0)) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 123; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

  return 0;
  __pyx_L1_error:;

  return -1;
}

static int __Pyx_modinit_Exttype___pyx_obj_10containers_Recorder(__pyx_mstatetype *__pyx_mstate) {
  __Pyx_RefNannyDeclarations
  int __pyx_lineno = 0;
  const char *__pyx_filename = NULL;
  int __pyx_clineno = 0;
  (void)(__pyx_mstate);

  /*--- Exttype __pyx_obj_10containers_Recorder ---*/

  __pyx_mstate->__pyx_ptype_10containers_Recorder = (cy_PyTypeObject *) cy_Pyx_PyType_FromModuleAndSpec(__pyx_m, &__pyx_type_10containers_Recorder_spec, NULL); if (MP_UNLIKELY(!!(!__pyx_mstate->__pyx_ptype_10containers_Recorder))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 170; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

  if (cy_PyObject_SetAttr(__pyx_m, __pyx_n_u_Recorder, (mp_obj_t ) __pyx_mstate->__pyx_ptype_10containers_Recorder) < (0)) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 170; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

  return 0;
  __pyx_L1_error:;

  return -1;
}

static int __Pyx_modinit_Exttype___pyx_obj_10containers_Matrix2(__pyx_mstatetype *__pyx_mstate) {
  __Pyx_RefNannyDeclarations
  int __pyx_lineno = 0;
  const char *__pyx_filename = NULL;
  int __pyx_clineno = 0;
  (void)(__pyx_mstate);

  /*--- Exttype __pyx_obj_10containers_Matrix2 ---*/

  __pyx_mstate->__pyx_ptype_10containers_Matrix2 = (cy_PyTypeObject *) cy_Pyx_PyType_FromModuleAndSpec(__pyx_m, &__pyx_type_10containers_Matrix2_spec, NULL); if (MP_UNLIKELY(!!(!__pyx_mstate->__pyx_ptype_10containers_Matrix2))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 205; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

  if (cy_PyObject_SetAttr(__pyx_m, __pyx_n_u_Matrix2, (mp_obj_t ) __pyx_mstate->__pyx_ptype_10containers_Matrix2) < (0)) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 205; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

  return 0;
  __pyx_L1_error:;

  return -1;
}

static int __Pyx_modinit_Exttype___pyx_obj_10containers___pyx_scope_struct____iter__(__pyx_mstatetype *__pyx_mstate) {
  __Pyx_RefNannyDeclarations
  int __pyx_lineno = 0;
  const char *__pyx_filename = NULL;
  int __pyx_clineno = 0;
  (void)(__pyx_mstate);

  /*--- Exttype __pyx_obj_10containers___pyx_scope_struct____iter__ ---*/

  __pyx_mstate->__pyx_ptype_10containers___pyx_scope_struct____iter__ = (cy_PyTypeObject *) cy_Pyx_PyType_FromModuleAndSpec(__pyx_m, &__pyx_type_10containers___pyx_scope_struct____iter___spec, NULL); if (MP_UNLIKELY(!!(!__pyx_mstate->__pyx_ptype_10containers___pyx_scope_struct____iter__))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 148; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

  return 0;
  __pyx_L1_error:;

  return -1;
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

static CYTHON_SMALL_CODE int __pyx_pymod_exec_containers(mp_obj_t __pyx_pyinit_module)

{
  int stringtab_initialized = 0;

  __pyx_mstatetype *__pyx_mstate = NULL;
  mp_obj_t __pyx_t_1 = NULL;
  mp_obj_t __pyx_t_2 = NULL;
  mp_obj_t __pyx_t_3 = NULL;
  mp_obj_t __pyx_t_4 = NULL;
  mp_obj_t __pyx_t_5 = NULL;
  mp_obj_t __pyx_t_6 = NULL;
  mp_obj_t __pyx_t_7 = NULL;
  size_t __pyx_t_8;
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

  if (MP_UNLIKELY(!!((__Pyx_modinit_Exttype___pyx_obj_10containers_IntBuffer(__pyx_mstate) < 0)))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 1; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);
  if (MP_UNLIKELY(!!((__Pyx_modinit_Exttype___pyx_obj_10containers_IntBufferIter(__pyx_mstate) < 0)))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 1; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);
  if (MP_UNLIKELY(!!((__Pyx_modinit_Exttype___pyx_obj_10containers_Node(__pyx_mstate) < 0)))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 1; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);
  if (MP_UNLIKELY(!!((__Pyx_modinit_Exttype___pyx_obj_10containers_Stack(__pyx_mstate) < 0)))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 1; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);
  if (MP_UNLIKELY(!!((__Pyx_modinit_Exttype___pyx_obj_10containers_Recorder(__pyx_mstate) < 0)))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 1; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);
  if (MP_UNLIKELY(!!((__Pyx_modinit_Exttype___pyx_obj_10containers_Matrix2(__pyx_mstate) < 0)))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 1; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);
  if (MP_UNLIKELY(!!((__Pyx_modinit_Exttype___pyx_obj_10containers___pyx_scope_struct____iter__(__pyx_mstate) < 0)))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 1; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);
  (void)__Pyx_modinit_Type_import_code(__pyx_mstate);
  (void)__Pyx_modinit_Variable_import_code(__pyx_mstate);
  (void)__Pyx_modinit_Function_import_code(__pyx_mstate);
  if (__Pyx_InitAfterSharedUtility() < (0)) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 1; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);
  /*--- Execution code ---*/

  /* "containers.pyx":23
 *             self.append(x)
 *
 *     cpdef append(self, int value):             # <<<<<<<<<<<<<<
 *         if self.n >= self.capacity:
 *             raise OverflowError("buffer full")
*/
  { static const cy_Pyx_DefSpec __pyx_defs[] = { { &__pyx_mdef_10containers_9IntBuffer_5append, &__pyx_n_u_IntBuffer_append, &__pyx_n_u_append, cy_Pyx_CYFUNCTION_CCLASS, 0 }, { &__pyx_mdef_10containers_9IntBuffer_29sum, &__pyx_n_u_IntBuffer_sum, &__pyx_n_u_sum,
cy_Pyx_CYFUNCTION_CCLASS, 0
}, }; if (cy_Pyx_DefineFunctions(__pyx_defs, 2, ((mp_obj_t

)__pyx_mstate_global->__pyx_ptype_10containers_IntBuffer), cy_set_item_on_type_dict, __pyx_n_u_containers, __pyx_mstate_global->__pyx_d, NULL) < (0)) {
do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 23; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0); } }

  /* "containers.pyx":127
 *     cdef Py_ssize_t size
 *
 *     def push(self, value):             # <<<<<<<<<<<<<<
 *         self.top = Node(value, self.top)
 *         self.size += 1
*/
  { static const cy_Pyx_DefSpec __pyx_defs[] = { { &__pyx_mdef_10containers_5Stack_1push, &__pyx_n_u_Stack_push, &__pyx_n_u_push, cy_Pyx_CYFUNCTION_CCLASS, 0 }, { &__pyx_mdef_10containers_5Stack_3pop, &__pyx_n_u_Stack_pop, &__pyx_n_u_pop,
cy_Pyx_CYFUNCTION_CCLASS, 0
}, { &__pyx_mdef_10containers_5Stack_5peek,
&__pyx_n_u_Stack_peek,

&__pyx_n_u_peek, cy_Pyx_CYFUNCTION_CCLASS, 0 }, { &__pyx_mdef_10containers_5Stack_14to_list, &__pyx_n_u_Stack_to_list,
&__pyx_n_u_to_list,

cy_Pyx_CYFUNCTION_CCLASS,
0 }, }; if

(cy_Pyx_DefineFunctions(__pyx_defs, 4, ((mp_obj_t

)__pyx_mstate_global->__pyx_ptype_10containers_Stack),

cy_set_item_on_type_dict, __pyx_n_u_containers, __pyx_mstate_global->__pyx_d, NULL) < (0)) { do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 127; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0); } }

  /* "containers.pyx":167
 *
 *
 * log = []             # <<<<<<<<<<<<<<
 *
 *
*/
  __pyx_t_2 = cy_PyList_New(0); if (MP_UNLIKELY(!!(!__pyx_t_2))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 167; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

  if (cy_PyDict_SetItem(__pyx_mstate_global->__pyx_d, __pyx_n_u_log, __pyx_t_2) < (0)) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 167; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);
   __pyx_t_2 = 0;

  /* "containers.pyx":181
 *         self.depth = 0
 *
 *     def __enter__(self):             # <<<<<<<<<<<<<<
 *         self.depth += 1
 *         log.append("enter " + self.label)
*/
  { static const cy_Pyx_DefSpec __pyx_defs[] = { { &__pyx_mdef_10containers_8Recorder_3__enter__, &__pyx_n_u_Recorder___enter, &__pyx_n_u_enter_2, cy_Pyx_CYFUNCTION_CCLASS, 0 }, { &__pyx_mdef_10containers_8Recorder_5__exit__, &__pyx_n_u_Recorder___exit,

&__pyx_n_u_exit_2, cy_Pyx_CYFUNCTION_CCLASS,
0 }, }; if (cy_Pyx_DefineFunctions(__pyx_defs, 2,

((mp_obj_t )__pyx_mstate_global->__pyx_ptype_10containers_Recorder), cy_set_item_on_type_dict, __pyx_n_u_containers, __pyx_mstate_global->__pyx_d, NULL) <
(0)) { do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 181; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0); }

}

  /* "containers.pyx":199
 *
 *
 * def use_recorder(label):             # <<<<<<<<<<<<<<
 *     with Recorder(label) as r:
 *         r("inside")
*/
  { static const cy_Pyx_DefSpec __pyx_defs[] = { { &__pyx_mdef_10containers_1use_recorder, &__pyx_n_u_use_recorder, &__pyx_n_u_use_recorder, 0, 0 }, }; if (cy_Pyx_DefineFunctions(__pyx_defs, 1, __pyx_mstate_global->__pyx_d, cy_PyDict_SetItem,

__pyx_n_u_containers,
__pyx_mstate_global->__pyx_d, NULL) < (0)) {

do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 199; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0); } }

  /* "containers.pyx":237
 *         return NotImplemented
 *
 *     def rows(self):             # <<<<<<<<<<<<<<
 *         return [[self.a, self.b], [self.c, self.d]]
 *
*/
  { static const cy_Pyx_DefSpec __pyx_defs[] = { { &__pyx_mdef_10containers_7Matrix2_13rows, &__pyx_n_u_Matrix2_rows, &__pyx_n_u_rows, cy_Pyx_CYFUNCTION_CCLASS, 0 }, }; if (cy_Pyx_DefineFunctions(__pyx_defs, 1, ((mp_obj_t )__pyx_mstate_global->__pyx_ptype_10containers_Matrix2), cy_set_item_on_type_dict,

__pyx_n_u_containers,
__pyx_mstate_global->__pyx_d, NULL) < (0)) {

do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 237; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0); } }

  /* "containers.pyx":241
 *
 *
 * def del_at(items, int i):             # <<<<<<<<<<<<<<
 *     """del items[i] with a C int index: negative indices wrap, IndexError past the end."""
 *     del items[i]
*/
  { static const cy_Pyx_DefSpec __pyx_defs[] = { { &__pyx_mdef_10containers_3del_at, &__pyx_n_u_del_at, &__pyx_n_u_del_at, 0, 0 }, }; if (cy_Pyx_DefineFunctions(__pyx_defs, 1, __pyx_mstate_global->__pyx_d, cy_PyDict_SetItem, __pyx_n_u_containers,

__pyx_mstate_global->__pyx_d, NULL) < (0)) {
do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 241; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0); } }

  /* "containers.pyx":247
 *
 *
 * class Pairs(object):             # <<<<<<<<<<<<<<
 *     """A mapping that is not a dict: keys() and __getitem__, no items() nor iteration."""
 *     def __getitem__(self, k):
*/
  __pyx_t_2 = cy_Pyx_PEP560_update_bases(__pyx_mstate_global->__pyx_tuple[2]); if (MP_UNLIKELY(!!(!__pyx_t_2))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 247; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

  __pyx_t_3 = cy_Pyx_CalculateMetaclass(NULL, __pyx_t_2); if (MP_UNLIKELY(!!(!__pyx_t_3))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 247; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

  __pyx_t_4 = cy_Pyx_Py3MetaclassPrepare(__pyx_t_3, __pyx_t_2, __pyx_n_u_Pairs, __pyx_n_u_Pairs, (mp_obj_t ) NULL, __pyx_n_u_containers, __pyx_kp_u_A_mapping_that_is_not_a_dict_key); if (MP_UNLIKELY(!!(!__pyx_t_4))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 247; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

  if (__pyx_t_2 != __pyx_mstate_global->__pyx_tuple[2]) {
    if (MP_UNLIKELY(!!((cy_PyDict_SetItemString(__pyx_t_4, "__orig_bases__", __pyx_mstate_global->__pyx_tuple[2]) < 0)))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 247; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);
  }

  /* "containers.pyx":249
 * class Pairs(object):
 *     """A mapping that is not a dict: keys() and __getitem__, no items() nor iteration."""
 *     def __getitem__(self, k):             # <<<<<<<<<<<<<<
 *         assert k in ('a', 'b')
 *         return ord(k)
*/
  __pyx_t_5 = cy_Pyx_CyFunction_New(&__pyx_mdef_10containers_5Pairs_1__getitem__, 0, __pyx_n_u_Pairs___getitem, NULL, __pyx_n_u_containers, __pyx_mstate_global->__pyx_d, ((mp_obj_t )__pyx_mstate_global->__pyx_codeobj_tab[24])); if (MP_UNLIKELY(!!(!__pyx_t_5))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 249; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

  if (cy_Pyx_SetNameInClass(__pyx_t_4, __pyx_n_u_getitem, __pyx_t_5) < (0)) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 249; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);
   __pyx_t_5 = 0;

  /* "containers.pyx":252
 *         assert k in ('a', 'b')
 *         return ord(k)
 *     def keys(self):             # <<<<<<<<<<<<<<
 *         return ['a', 'b']
 *
*/
  __pyx_t_5 = cy_Pyx_CyFunction_New(&__pyx_mdef_10containers_5Pairs_3keys, 0, __pyx_n_u_Pairs_keys, NULL, __pyx_n_u_containers, __pyx_mstate_global->__pyx_d, ((mp_obj_t )__pyx_mstate_global->__pyx_codeobj_tab[25])); if (MP_UNLIKELY(!!(!__pyx_t_5))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 252; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

  if (cy_Pyx_SetNameInClass(__pyx_t_4, __pyx_n_u_keys, __pyx_t_5) < (0)) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 252; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);
   __pyx_t_5 = 0;

  /* "containers.pyx":247
 *
 *
 * class Pairs(object):             # <<<<<<<<<<<<<<
 *     """A mapping that is not a dict: keys() and __getitem__, no items() nor iteration."""
 *     def __getitem__(self, k):
*/
  __pyx_t_5 = cy_Pyx_Py3ClassCreate(__pyx_t_3, __pyx_n_u_Pairs, __pyx_t_2, __pyx_t_4, NULL, 0, 0); if (MP_UNLIKELY(!!(!__pyx_t_5))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 247; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

  if (cy_PyDict_SetItem(__pyx_mstate_global->__pyx_d, __pyx_n_u_Pairs, __pyx_t_5) < (0)) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 247; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);
   __pyx_t_5 = 0;
   __pyx_t_4 = 0;
   __pyx_t_3 = 0;
   __pyx_t_2 = 0;

  /* "containers.pyx":256
 *
 *
 * def kw_names(**kwargs):             # <<<<<<<<<<<<<<
 *     return sorted(kwargs.items())
 *
*/
  { static const cy_Pyx_DefSpec __pyx_defs[] = { { &__pyx_mdef_10containers_5kw_names, &__pyx_n_u_kw_names, &__pyx_n_u_kw_names, 0, 0 }, { &__pyx_mdef_10containers_7from_mapping, &__pyx_n_u_from_mapping, &__pyx_n_u_from_mapping,
0, 0 }, }; if
(cy_Pyx_DefineFunctions(__pyx_defs, 2,
__pyx_mstate_global->__pyx_d, cy_PyDict_SetItem,

__pyx_n_u_containers, __pyx_mstate_global->__pyx_d, NULL) < (0)) { do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 256; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0); } }

  /* "containers.pyx":267
 *
 *
 * class Filled(dict):             # <<<<<<<<<<<<<<
 *     """A dict subclass whose __init__ stores items without calling dict.__init__ (CPython's
 *     dict.__new__ made the dict part, empty, before __init__ runs)."""
*/
  {
    mp_obj_t __pyx_temp[1] = {((mp_obj_t )(&cy_PyDict_Type))};
    __pyx_t_2 = cy_Pyx_PyTuple_FromArray(__pyx_temp, 1); if (MP_UNLIKELY(!!(!__pyx_t_2))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 267; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

  }
  __pyx_t_3 = __pyx_t_2;

  __pyx_t_4 = cy_Pyx_PEP560_update_bases(__pyx_t_3); if (MP_UNLIKELY(!!(!__pyx_t_4))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 267; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

   __pyx_t_3 = 0;
  __pyx_t_3 = cy_Pyx_CalculateMetaclass(NULL, __pyx_t_4); if (MP_UNLIKELY(!!(!__pyx_t_3))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 267; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

  __pyx_t_5 = cy_Pyx_Py3MetaclassPrepare(__pyx_t_3, __pyx_t_4, __pyx_n_u_Filled, __pyx_n_u_Filled, (mp_obj_t ) NULL, __pyx_n_u_containers, __pyx_kp_u_A_dict_subclass_whose___init___s); if (MP_UNLIKELY(!!(!__pyx_t_5))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 267; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

  if (__pyx_t_4 != __pyx_t_2) {
    if (MP_UNLIKELY(!!((cy_PyDict_SetItemString(__pyx_t_5, "__orig_bases__", __pyx_t_2) < 0)))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 267; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);
  }
   __pyx_t_2 = 0;

  /* "containers.pyx":270
 *     """A dict subclass whose __init__ stores items without calling dict.__init__ (CPython's
 *     dict.__new__ made the dict part, empty, before __init__ runs)."""
 *     def __init__(self, n):             # <<<<<<<<<<<<<<
 *         for i in range(n):
 *             self[i] = i * i
*/
  __pyx_t_2 = cy_Pyx_CyFunction_New(&__pyx_mdef_10containers_6Filled_1__init__, 0, __pyx_n_u_Filled___init, NULL, __pyx_n_u_containers, __pyx_mstate_global->__pyx_d, ((mp_obj_t )__pyx_mstate_global->__pyx_codeobj_tab[28])); if (MP_UNLIKELY(!!(!__pyx_t_2))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 270; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

  if (cy_Pyx_SetNameInClass(__pyx_t_5, __pyx_n_u_init, __pyx_t_2) < (0)) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 270; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);
   __pyx_t_2 = 0;

  /* "containers.pyx":267
 *
 *
 * class Filled(dict):             # <<<<<<<<<<<<<<
 *     """A dict subclass whose __init__ stores items without calling dict.__init__ (CPython's
 *     dict.__new__ made the dict part, empty, before __init__ runs)."""
*/
  __pyx_t_2 = cy_Pyx_Py3ClassCreate(__pyx_t_3, __pyx_n_u_Filled, __pyx_t_4, __pyx_t_5, NULL, 0, 0); if (MP_UNLIKELY(!!(!__pyx_t_2))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 267; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

  if (cy_PyDict_SetItem(__pyx_mstate_global->__pyx_d, __pyx_n_u_Filled, __pyx_t_2) < (0)) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 267; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);
   __pyx_t_2 = 0;
   __pyx_t_5 = 0;
   __pyx_t_3 = 0;
   __pyx_t_4 = 0;

  /* "containers.pyx":275
 *
 *
 * class NameLog(dict):             # <<<<<<<<<<<<<<
 *     """A class namespace that records the order of its names."""
 *     def __init__(self):
*/
  {
    mp_obj_t __pyx_temp[1] = {((mp_obj_t )(&cy_PyDict_Type))};
    __pyx_t_4 = cy_Pyx_PyTuple_FromArray(__pyx_temp, 1); if (MP_UNLIKELY(!!(!__pyx_t_4))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 275; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

  }
  __pyx_t_3 = __pyx_t_4;

  __pyx_t_5 = cy_Pyx_PEP560_update_bases(__pyx_t_3); if (MP_UNLIKELY(!!(!__pyx_t_5))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 275; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

   __pyx_t_3 = 0;
  __pyx_t_3 = cy_Pyx_CalculateMetaclass(NULL, __pyx_t_5); if (MP_UNLIKELY(!!(!__pyx_t_3))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 275; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

  __pyx_t_2 = cy_Pyx_Py3MetaclassPrepare(__pyx_t_3, __pyx_t_5, __pyx_n_u_NameLog, __pyx_n_u_NameLog, (mp_obj_t ) NULL, __pyx_n_u_containers, __pyx_kp_u_A_class_namespace_that_records_t); if (MP_UNLIKELY(!!(!__pyx_t_2))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 275; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

  if (__pyx_t_5 != __pyx_t_4) {
    if (MP_UNLIKELY(!!((cy_PyDict_SetItemString(__pyx_t_2, "__orig_bases__", __pyx_t_4) < 0)))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 275; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);
  }
   __pyx_t_4 = 0;

  /* "containers.pyx":277
 * class NameLog(dict):
 *     """A class namespace that records the order of its names."""
 *     def __init__(self):             # <<<<<<<<<<<<<<
 *         dict.__init__(self)
 *         self.order = []
*/
  __pyx_t_4 = cy_Pyx_CyFunction_New(&__pyx_mdef_10containers_7NameLog_1__init__, 0, __pyx_n_u_NameLog___init, NULL, __pyx_n_u_containers, __pyx_mstate_global->__pyx_d, ((mp_obj_t )__pyx_mstate_global->__pyx_codeobj_tab[29])); if (MP_UNLIKELY(!!(!__pyx_t_4))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 277; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

  if (cy_Pyx_SetNameInClass(__pyx_t_2, __pyx_n_u_init, __pyx_t_4) < (0)) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 277; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);
   __pyx_t_4 = 0;

  /* "containers.pyx":281
 *         self.order = []
 *         dict.__setitem__(self, 'order', self.order)
 *     def __setitem__(self, key, value):             # <<<<<<<<<<<<<<
 *         dict.__setitem__(self, key, value)
 *         self.order.append(key)
*/
  __pyx_t_4 = cy_Pyx_CyFunction_New(&__pyx_mdef_10containers_7NameLog_3__setitem__, 0, __pyx_n_u_NameLog___setitem, NULL, __pyx_n_u_containers, __pyx_mstate_global->__pyx_d, ((mp_obj_t )__pyx_mstate_global->__pyx_codeobj_tab[30])); if (MP_UNLIKELY(!!(!__pyx_t_4))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 281; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

  if (cy_Pyx_SetNameInClass(__pyx_t_2, __pyx_n_u_setitem, __pyx_t_4) < (0)) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 281; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);
   __pyx_t_4 = 0;

  /* "containers.pyx":275
 *
 *
 * class NameLog(dict):             # <<<<<<<<<<<<<<
 *     """A class namespace that records the order of its names."""
 *     def __init__(self):
*/
  __pyx_t_4 = cy_Pyx_Py3ClassCreate(__pyx_t_3, __pyx_n_u_NameLog, __pyx_t_5, __pyx_t_2, NULL, 0, 0); if (MP_UNLIKELY(!!(!__pyx_t_4))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 275; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

  if (cy_PyDict_SetItem(__pyx_mstate_global->__pyx_d, __pyx_n_u_NameLog, __pyx_t_4) < (0)) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 275; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);
   __pyx_t_4 = 0;
   __pyx_t_2 = 0;
   __pyx_t_3 = 0;
   __pyx_t_5 = 0;

  /* "containers.pyx":286
 *
 *
 * class RecordingMeta(type):             # <<<<<<<<<<<<<<
 *     """A metaclass whose __prepare__ gives the class body a NameLog."""
 *     @staticmethod
*/
  {
    mp_obj_t __pyx_temp[1] = {((mp_obj_t )(&cy_PyType_Type))};
    __pyx_t_5 = cy_Pyx_PyTuple_FromArray(__pyx_temp, 1); if (MP_UNLIKELY(!!(!__pyx_t_5))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 286; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

  }
  __pyx_t_3 = __pyx_t_5;

  __pyx_t_2 = cy_Pyx_PEP560_update_bases(__pyx_t_3); if (MP_UNLIKELY(!!(!__pyx_t_2))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 286; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

   __pyx_t_3 = 0;
  __pyx_t_3 = cy_Pyx_CalculateMetaclass(NULL, __pyx_t_2); if (MP_UNLIKELY(!!(!__pyx_t_3))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 286; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

  __pyx_t_4 = cy_Pyx_Py3MetaclassPrepare(__pyx_t_3, __pyx_t_2, __pyx_n_u_RecordingMeta, __pyx_n_u_RecordingMeta, (mp_obj_t ) NULL, __pyx_n_u_containers, __pyx_kp_u_A_metaclass_whose___prepare___gi); if (MP_UNLIKELY(!!(!__pyx_t_4))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 286; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

  if (__pyx_t_2 != __pyx_t_5) {
    if (MP_UNLIKELY(!!((cy_PyDict_SetItemString(__pyx_t_4, "__orig_bases__", __pyx_t_5) < 0)))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 286; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);
  }
   __pyx_t_5 = 0;

  /* "containers.pyx":288
 * class RecordingMeta(type):
 *     """A metaclass whose __prepare__ gives the class body a NameLog."""
 *     @staticmethod             # <<<<<<<<<<<<<<
 *     def __prepare__(*args, **kwargs):
 *         return NameLog()
*/
  __pyx_t_6 = NULL;
  __pyx_t_7 = cy_Pyx_CyFunction_New(&__pyx_mdef_10containers_13RecordingMeta_1__prepare__, cy_Pyx_CYFUNCTION_STATICMETHOD, __pyx_n_u_RecordingMeta___prepare, NULL, __pyx_n_u_containers, __pyx_mstate_global->__pyx_d, ((mp_obj_t )__pyx_mstate_global->__pyx_codeobj_tab[31])); if (MP_UNLIKELY(!!(!__pyx_t_7))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 288; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

  __pyx_t_8 = 1;
  {
    mp_obj_t __pyx_callargs[2] = {__pyx_t_6, __pyx_t_7};
    __pyx_t_5 = cy_Pyx_PyObject_FastCall((mp_obj_t)__pyx_builtin_staticmethod, __pyx_callargs+__pyx_t_8, (2-__pyx_t_8) | (__pyx_t_8*cy_Pyx_PY_VECTORCALL_ARGUMENTS_OFFSET));
     __pyx_t_6 = 0;
     __pyx_t_7 = 0;
    if (MP_UNLIKELY(!!(!__pyx_t_5))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 288; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

  }
  if (cy_Pyx_SetNameInClass(__pyx_t_4, __pyx_n_u_prepare, __pyx_t_5) < (0)) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 288; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);
   __pyx_t_5 = 0;

  /* "containers.pyx":286
 *
 *
 * class RecordingMeta(type):             # <<<<<<<<<<<<<<
 *     """A metaclass whose __prepare__ gives the class body a NameLog."""
 *     @staticmethod
*/
  __pyx_t_5 = cy_Pyx_Py3ClassCreate(__pyx_t_3, __pyx_n_u_RecordingMeta, __pyx_t_2, __pyx_t_4, NULL, 0, 0); if (MP_UNLIKELY(!!(!__pyx_t_5))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 286; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

  if (cy_PyDict_SetItem(__pyx_mstate_global->__pyx_d, __pyx_n_u_RecordingMeta, __pyx_t_5) < (0)) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 286; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);
   __pyx_t_5 = 0;
   __pyx_t_4 = 0;
   __pyx_t_3 = 0;
   __pyx_t_2 = 0;

  /* "containers.pyx":293
 *
 *
 * class Recorded(metaclass=RecordingMeta):             # <<<<<<<<<<<<<<
 *     x = 1
 *     def f(self):
*/
  __pyx_t_2 = cy_Pyx_PyDict_NewPresized(0); if (MP_UNLIKELY(!!(!__pyx_t_2))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 293; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

  cy_Pyx_GetModuleGlobalName(__pyx_t_3, __pyx_n_u_RecordingMeta); if (MP_UNLIKELY(!!(!__pyx_t_3))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 293; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

  __pyx_t_4 = cy_Pyx_Py3MetaclassPrepare(__pyx_t_3, __pyx_mstate_global->__pyx_empty_tuple, __pyx_n_u_Recorded, __pyx_n_u_Recorded, __pyx_t_2, __pyx_n_u_containers, (mp_obj_t ) NULL); if (MP_UNLIKELY(!!(!__pyx_t_4))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 293; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

  /* "containers.pyx":294
 *
 * class Recorded(metaclass=RecordingMeta):
 *     x = 1             # <<<<<<<<<<<<<<
 *     def f(self):
 *         return 2
*/
  if (cy_Pyx_SetNameInClass(__pyx_t_4, __pyx_n_u_x, MP_OBJ_NEW_SMALL_INT(1)         ) < (0)) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 294; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

  /* "containers.pyx":295
 * class Recorded(metaclass=RecordingMeta):
 *     x = 1
 *     def f(self):             # <<<<<<<<<<<<<<
 *         return 2
 *
*/
  __pyx_t_5 = cy_Pyx_CyFunction_New(&__pyx_mdef_10containers_8Recorded_1f, 0, __pyx_n_u_Recorded_f, NULL, __pyx_n_u_containers, __pyx_mstate_global->__pyx_d, ((mp_obj_t )__pyx_mstate_global->__pyx_codeobj_tab[32])); if (MP_UNLIKELY(!!(!__pyx_t_5))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 295; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

  if (cy_Pyx_SetNameInClass(__pyx_t_4, __pyx_n_u_f, __pyx_t_5) < (0)) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 295; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);
   __pyx_t_5 = 0;

  /* "containers.pyx":293
 *
 *
 * class Recorded(metaclass=RecordingMeta):             # <<<<<<<<<<<<<<
 *     x = 1
 *     def f(self):
*/
  __pyx_t_5 = cy_Pyx_Py3ClassCreate(__pyx_t_3, __pyx_n_u_Recorded, __pyx_mstate_global->__pyx_empty_tuple, __pyx_t_4, __pyx_t_2, 1, 0); if (MP_UNLIKELY(!!(!__pyx_t_5))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 293; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

  if (cy_PyDict_SetItem(__pyx_mstate_global->__pyx_d, __pyx_n_u_Recorded, __pyx_t_5) < (0)) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 293; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);
   __pyx_t_5 = 0;
   __pyx_t_4 = 0;
   __pyx_t_3 = 0;
   __pyx_t_2 = 0;

  /* "containers.pyx":299
 *
 *
 * class CheckingMeta(RecordingMeta):             # <<<<<<<<<<<<<<
 *     """A metaclass whose __new__ gets the namespace __prepare__ made, then calls type.__new__."""
 *     def __new__(cls, name, bases, ns):
*/
  cy_Pyx_GetModuleGlobalName(__pyx_t_2, __pyx_n_u_RecordingMeta); if (MP_UNLIKELY(!!(!__pyx_t_2))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 299; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

  {
    mp_obj_t __pyx_temp[1] = {__pyx_t_2};
    __pyx_t_3 = cy_Pyx_PyTuple_FromArray(__pyx_temp, 1); if (MP_UNLIKELY(!!(!__pyx_t_3))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 299; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

  }
   __pyx_t_2 = 0;
  __pyx_t_2 = __pyx_t_3;

  __pyx_t_4 = cy_Pyx_PEP560_update_bases(__pyx_t_2); if (MP_UNLIKELY(!!(!__pyx_t_4))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 299; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

   __pyx_t_2 = 0;
  __pyx_t_2 = cy_Pyx_CalculateMetaclass(NULL, __pyx_t_4); if (MP_UNLIKELY(!!(!__pyx_t_2))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 299; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

  __pyx_t_5 = cy_Pyx_Py3MetaclassPrepare(__pyx_t_2, __pyx_t_4, __pyx_n_u_CheckingMeta, __pyx_n_u_CheckingMeta, (mp_obj_t ) NULL, __pyx_n_u_containers, __pyx_kp_u_A_metaclass_whose___new___gets_t); if (MP_UNLIKELY(!!(!__pyx_t_5))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 299; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

  if (__pyx_t_4 != __pyx_t_3) {
    if (MP_UNLIKELY(!!((cy_PyDict_SetItemString(__pyx_t_5, "__orig_bases__", __pyx_t_3) < 0)))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 299; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);
  }
   __pyx_t_3 = 0;

  /* "containers.pyx":301
 * class CheckingMeta(RecordingMeta):
 *     """A metaclass whose __new__ gets the namespace __prepare__ made, then calls type.__new__."""
 *     def __new__(cls, name, bases, ns):             # <<<<<<<<<<<<<<
 *         ns['checked'] = isinstance(ns, NameLog)
 *         return type.__new__(cls, name, bases, ns)
*/
  __pyx_t_3 = cy_Pyx_CyFunction_New(&__pyx_mdef_10containers_12CheckingMeta_1__new__, cy_Pyx_CYFUNCTION_STATICMETHOD, __pyx_n_u_CheckingMeta___new, NULL, __pyx_n_u_containers, __pyx_mstate_global->__pyx_d, ((mp_obj_t )__pyx_mstate_global->__pyx_codeobj_tab[33])); if (MP_UNLIKELY(!!(!__pyx_t_3))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 301; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

  if (cy_Pyx_SetNewInClass(__pyx_t_5, __pyx_n_u_new, __pyx_t_3) < (0)) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 301; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);
   __pyx_t_3 = 0;

  /* "containers.pyx":299
 *
 *
 * class CheckingMeta(RecordingMeta):             # <<<<<<<<<<<<<<
 *     """A metaclass whose __new__ gets the namespace __prepare__ made, then calls type.__new__."""
 *     def __new__(cls, name, bases, ns):
*/
  __pyx_t_3 = cy_Pyx_Py3ClassCreate(__pyx_t_2, __pyx_n_u_CheckingMeta, __pyx_t_4, __pyx_t_5, NULL, 0, 0); if (MP_UNLIKELY(!!(!__pyx_t_3))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 299; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

  if (cy_PyDict_SetItem(__pyx_mstate_global->__pyx_d, __pyx_n_u_CheckingMeta, __pyx_t_3) < (0)) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 299; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);
   __pyx_t_3 = 0;
   __pyx_t_5 = 0;
   __pyx_t_2 = 0;
   __pyx_t_4 = 0;

  /* "containers.pyx":306
 *
 *
 * class Checked(metaclass=CheckingMeta):             # <<<<<<<<<<<<<<
 *     y = 2
*/
  __pyx_t_4 = cy_Pyx_PyDict_NewPresized(0); if (MP_UNLIKELY(!!(!__pyx_t_4))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 306; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

  cy_Pyx_GetModuleGlobalName(__pyx_t_2, __pyx_n_u_CheckingMeta); if (MP_UNLIKELY(!!(!__pyx_t_2))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 306; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

  __pyx_t_5 = cy_Pyx_Py3MetaclassPrepare(__pyx_t_2, __pyx_mstate_global->__pyx_empty_tuple, __pyx_n_u_Checked, __pyx_n_u_Checked, __pyx_t_4, __pyx_n_u_containers, (mp_obj_t ) NULL); if (MP_UNLIKELY(!!(!__pyx_t_5))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 306; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

  /* "containers.pyx":307
 *
 * class Checked(metaclass=CheckingMeta):
 *     y = 2             # <<<<<<<<<<<<<<
*/
  if (cy_Pyx_SetNameInClass(__pyx_t_5, __pyx_n_u_y, MP_OBJ_NEW_SMALL_INT(2)         ) < (0)) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 307; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

  /* "containers.pyx":306
 *
 *
 * class Checked(metaclass=CheckingMeta):             # <<<<<<<<<<<<<<
 *     y = 2
*/
  __pyx_t_3 = cy_Pyx_Py3ClassCreate(__pyx_t_2, __pyx_n_u_Checked, __pyx_mstate_global->__pyx_empty_tuple, __pyx_t_5, __pyx_t_4, 1, 0); if (MP_UNLIKELY(!!(!__pyx_t_3))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 306; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

  if (cy_PyDict_SetItem(__pyx_mstate_global->__pyx_d, __pyx_n_u_Checked, __pyx_t_3) < (0)) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 306; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);
   __pyx_t_3 = 0;
   __pyx_t_5 = 0;
   __pyx_t_2 = 0;
   __pyx_t_4 = 0;

  /* "containers.pyx":1
 * # cython: language_level=3             # <<<<<<<<<<<<<<
 * """Container types: a fixed-capacity int buffer, its iterator, a linked stack
 * and a context manager."""
*/
  __pyx_t_4 = cy_Pyx_PyDict_NewPresized(0); if (MP_UNLIKELY(!!(!__pyx_t_4))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 1; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

  if (cy_PyDict_SetItem(__pyx_mstate_global->__pyx_d, __pyx_n_u_test, __pyx_t_4) < (0)) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 1; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);
   __pyx_t_4 = 0;

  /*--- Wrapped vars code ---*/

  goto __pyx_L0;
    __pyx_L1_error:;
  if (stringtab_initialized) {
    __pyx_traceback_0("init containers", __pyx_lineno);
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
  __pyx_builtin_object = cy_Pyx_GetBuiltinName(__pyx_n_u_object); if (!__pyx_builtin_object) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 247; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);
  __pyx_builtin_staticmethod = cy_Pyx_GetBuiltinName(__pyx_n_u_staticmethod); if (!__pyx_builtin_staticmethod) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 288; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);
  __pyx_builtin_NotImplemented = cy_Pyx_GetBuiltinName(__pyx_n_u_NotImplemented); if (!__pyx_builtin_NotImplemented) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 73; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

  /* Cached unbound methods */

  __pyx_mstate->__pyx_umethod_PyDict_Type__update.type = (mp_obj_t)(&cy_PyDict_Type);
  __pyx_mstate->__pyx_umethod_PyDict_Type__update.method_name = &__pyx_n_u_update;
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

  /* "containers.pyx":200
 *
 * def use_recorder(label):
 *     with Recorder(label) as r:             # <<<<<<<<<<<<<<
 *         r("inside")
 *     return r.depth
*/
  {

__pyx_mstate_global->__pyx_tuple[0] = (mp_obj_t )&__pyx_rom_tuple_0;

  }

  /* "containers.pyx":247
 *
 *
 * class Pairs(object):             # <<<<<<<<<<<<<<
 *     """A mapping that is not a dict: keys() and __getitem__, no items() nor iteration."""
 *     def __getitem__(self, k):
*/
  {
    mp_obj_t __pyx_temp[1] = {__pyx_builtin_object};
    __pyx_mstate_global->__pyx_tuple[1] = cy_Pyx_PyTuple_FromArray(__pyx_temp, 1); if (MP_UNLIKELY(!!(!__pyx_mstate_global->__pyx_tuple[1]))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 247; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

  }

  {
    mp_obj_t __pyx_temp[1] = {__pyx_builtin_object};
    __pyx_mstate_global->__pyx_tuple[2] = cy_Pyx_PyTuple_FromArray(__pyx_temp, 1); if (MP_UNLIKELY(!!(!__pyx_mstate_global->__pyx_tuple[2]))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 247; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

  }

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
    unsigned int argcount : 3;
    unsigned int num_posonly_args : 1;
    unsigned int num_kwonly_args : 1;
    unsigned int nlocals : 3;
    unsigned int flags : 10;
    unsigned int first_line : 9;
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

/* ---- MicroPython module registration (cython2upy) ---- */

/* Runs on every import (built-in modules are not cached in sys.modules), so it is idempotent:
 * the module body runs once, and again only if it failed. */
static mp_obj_t cy2upy_init_containers(void) {
    if (MP_STATE_VM(cy2upy_state_containers) == NULL) {
        MP_STATIC_ASSERT(offsetof(__pyx_mstatetype, __pyx_empty_unicode) == offsetof(cy_module_state_head_t, empty_unicode));
        static const mp_obj_str_t doc = {{&mp_type_str}, 0, sizeof(__pyx_k_Container_types_a_fixed_capacity) - 1, (const byte *)__pyx_k_Container_types_a_fixed_capacity};
        __pyx_mstatetype *state = cy_module_state_new(sizeof(__pyx_mstatetype), MP_OBJ_NEW_QSTR(MP_QSTR_containers), CY_DOC_OBJ(MP_OBJ_FROM_PTR(&doc)));
        MP_STATE_VM(cy2upy_state_containers) = state;
        if (__pyx_pymod_exec_containers(MP_OBJ_NULL) < 0) {
            MP_STATE_VM(cy2upy_state_containers) = NULL;
            cy_raise_pending();
        }
    }
    return mp_const_none;
}
static MP_DEFINE_CONST_FUN_OBJ_0(cy2upy_init_obj_containers, cy2upy_init_containers);

/* Loads, stores and deletes of module attributes go to the module's RAM dict.
 * (Not static: MP_REGISTER_MODULE_DELEGATION's table refers to it from another file.) */
void cy2upy_attr_containers(mp_obj_t self_in, qstr attr, mp_obj_t *dest) {
    (void)self_in;
    cy_module_state_attr(&MP_STATE_VM(cy2upy_state_containers), cy2upy_init_containers, attr, dest);
}

static const mp_rom_map_elem_t cy2upy_globals_table_containers[] = {
    { MP_ROM_QSTR(MP_QSTR___name__), MP_ROM_QSTR(MP_QSTR_containers) },
    { MP_ROM_QSTR(MP_QSTR___init__), MP_ROM_PTR(&cy2upy_init_obj_containers) },
};
static MP_DEFINE_CONST_DICT(cy2upy_globals_containers, cy2upy_globals_table_containers);

const mp_obj_module_t cy2upy_module_containers = {
    .base = { &mp_type_module },
    .globals = (mp_obj_dict_t *)&cy2upy_globals_containers,
};

MP_REGISTER_MODULE(MP_QSTR_containers, cy2upy_module_containers);
MP_REGISTER_MODULE_DELEGATION(cy2upy_module_containers, cy2upy_attr_containers);
