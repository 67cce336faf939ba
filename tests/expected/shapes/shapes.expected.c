/* Translated by cython2upy 0.1.0 from shapes.c (Cython 3.3.1).
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
MP_REGISTER_ROOT_POINTER(void *cy2upy_state_shapes);
extern const mp_obj_module_t cy2upy_module_shapes;
#define __pyx_m (MP_OBJ_FROM_PTR(&cy2upy_module_shapes))
#define __pyx_mstate_global ((__pyx_mstatetype *)MP_STATE_VM(cy2upy_state_shapes))

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
  "shapes.pyx",
  "(tree fragment)",
};
/* The traceback entry of a function whose failing places all name __pyx_f[0] (cython2upy) */
static CYTHON_UNUSED void __pyx_traceback_0(const char *funcname, int lineno) {
    cy_Pyx_AddTracebackIn("shapes", funcname, lineno, lineno > 0 ? __pyx_f[0] : NULL);
}

/* #### Code section: numeric_typedefs ### */
/* #### Code section: complex_type_declarations ### */
/* #### Code section: type_declarations ### */

/*--- Type declarations ---*/
struct __pyx_obj_6shapes_Shape;
struct __pyx_obj_6shapes_Rect;
struct __pyx_obj_6shapes_Square;
struct __pyx_obj_6shapes_Circle;

/* "shapes.pyx":7
 *
 *
 * cdef class Shape:             # <<<<<<<<<<<<<<
 *     cdef public str name
 *     cdef int _id
*/
struct __pyx_obj_6shapes_Shape {
  CY_OBJ_HEAD;
  struct __pyx_vtabstruct_6shapes_Shape *__pyx_vtab;
  mp_obj_t name;
  int _id;
};

/* "shapes.pyx":50
 *
 *
 * cdef class Rect(Shape):             # <<<<<<<<<<<<<<
 *     cdef readonly double w, h
 *
*/
struct __pyx_obj_6shapes_Rect {
  struct __pyx_obj_6shapes_Shape __pyx_base;
  double w;
  double h;
};

/* "shapes.pyx":68
 *
 *
 * cdef class Square(Rect):             # <<<<<<<<<<<<<<
 *     def __init__(self, double side, name="square"):
 *         Rect.__init__(self, side, side, name)
*/
struct __pyx_obj_6shapes_Square {
  struct __pyx_obj_6shapes_Rect __pyx_base;
};

/* "shapes.pyx":80
 *
 *
 * cdef class Circle(Shape):             # <<<<<<<<<<<<<<
 *     cdef public double r
 *
*/
struct __pyx_obj_6shapes_Circle {
  struct __pyx_obj_6shapes_Shape __pyx_base;
  double r;
};

/* "shapes.pyx":7
 *
 *
 * cdef class Shape:             # <<<<<<<<<<<<<<
 *     cdef public str name
 *     cdef int _id
*/

struct __pyx_vtabstruct_6shapes_Shape {
  double (*area)(struct __pyx_obj_6shapes_Shape *, int __pyx_skip_dispatch);
  double (*perimeter)(struct __pyx_obj_6shapes_Shape *, int __pyx_skip_dispatch);
  mp_obj_t (*kind)(struct __pyx_obj_6shapes_Shape *, int __pyx_skip_dispatch);
  double (*c_scaled_area)(struct __pyx_obj_6shapes_Shape *, double);
};
static struct __pyx_vtabstruct_6shapes_Shape *__pyx_vtabptr_6shapes_Shape;

/* "shapes.pyx":50
 *
 *
 * cdef class Rect(Shape):             # <<<<<<<<<<<<<<
 *     cdef readonly double w, h
 *
*/

struct __pyx_vtabstruct_6shapes_Rect {
  struct __pyx_vtabstruct_6shapes_Shape __pyx_base;
};
static struct __pyx_vtabstruct_6shapes_Rect *__pyx_vtabptr_6shapes_Rect;

/* "shapes.pyx":68
 *
 *
 * cdef class Square(Rect):             # <<<<<<<<<<<<<<
 *     def __init__(self, double side, name="square"):
 *         Rect.__init__(self, side, side, name)
*/

struct __pyx_vtabstruct_6shapes_Square {
  struct __pyx_vtabstruct_6shapes_Rect __pyx_base;
};
static struct __pyx_vtabstruct_6shapes_Square *__pyx_vtabptr_6shapes_Square;

/* "shapes.pyx":80
 *
 *
 * cdef class Circle(Shape):             # <<<<<<<<<<<<<<
 *     cdef public double r
 *
*/

struct __pyx_vtabstruct_6shapes_Circle {
  struct __pyx_vtabstruct_6shapes_Shape __pyx_base;
};
static struct __pyx_vtabstruct_6shapes_Circle *__pyx_vtabptr_6shapes_Circle;

/* #### Code section: module_declarations ### */

static double __pyx_f_6shapes_5Shape_area(CYTHON_UNUSED struct __pyx_obj_6shapes_Shape *__pyx_v_self, int __pyx_skip_dispatch); /* proto*/
static double __pyx_f_6shapes_5Shape_perimeter(CYTHON_UNUSED struct __pyx_obj_6shapes_Shape *__pyx_v_self, int __pyx_skip_dispatch); /* proto*/
static mp_obj_t __pyx_f_6shapes_5Shape_kind(CYTHON_UNUSED struct __pyx_obj_6shapes_Shape *__pyx_v_self, int __pyx_skip_dispatch); /* proto*/
static double __pyx_f_6shapes_5Shape_c_scaled_area(struct __pyx_obj_6shapes_Shape *__pyx_v_self, double __pyx_v_k); /* proto*/
static double __pyx_f_6shapes_4Rect_area(struct __pyx_obj_6shapes_Rect *__pyx_v_self, int __pyx_skip_dispatch); /* proto*/
static double __pyx_f_6shapes_4Rect_perimeter(struct __pyx_obj_6shapes_Rect *__pyx_v_self, int __pyx_skip_dispatch); /* proto*/
static mp_obj_t __pyx_f_6shapes_4Rect_kind(CYTHON_UNUSED struct __pyx_obj_6shapes_Rect *__pyx_v_self, int __pyx_skip_dispatch); /* proto*/
static mp_obj_t __pyx_f_6shapes_6Square_kind(CYTHON_UNUSED struct __pyx_obj_6shapes_Square *__pyx_v_self, int __pyx_skip_dispatch); /* proto*/
static double __pyx_f_6shapes_6Circle_area(struct __pyx_obj_6shapes_Circle *__pyx_v_self, int __pyx_skip_dispatch); /* proto*/
static double __pyx_f_6shapes_6Circle_perimeter(struct __pyx_obj_6shapes_Circle *__pyx_v_self, int __pyx_skip_dispatch); /* proto*/
static mp_obj_t __pyx_f_6shapes_6Circle_kind(CYTHON_UNUSED struct __pyx_obj_6shapes_Circle *__pyx_v_self, int __pyx_skip_dispatch); /* proto*/

/* Module declarations from "shapes" */
static double __pyx_v_6shapes_PI;
static double __pyx_f_6shapes_area_of(struct __pyx_obj_6shapes_Shape *, int __pyx_skip_dispatch); /*proto*/
/* #### Code section: typeinfo ### */
/* #### Code section: before_global_var ### */
#define __Pyx_MODULE_NAME "shapes"
extern int __pyx_module_is_main_shapes;
int __pyx_module_is_main_shapes = 0;

/* Implementation of "shapes" */
/* #### Code section: global_var ### */
MP_REGISTER_ROOT_POINTER(mp_obj_t cy2upy_root_shapes___pyx_builtin_super);
#define __pyx_builtin_super (MP_STATE_VM(cy2upy_root_shapes___pyx_builtin_super))

/* #### Code section: string_decls ### */
static const char __pyx_k_A_shape_hierarchy_cdef_classes_w[] = "A shape hierarchy: cdef classes with cpdef methods overridden at each level.";
/* #### Code section: decls ### */
static int __pyx_pf_6shapes_5Shape___cinit__(struct __pyx_obj_6shapes_Shape *__pyx_v_self, CYTHON_UNUSED mp_obj_t __pyx_v_args, CYTHON_UNUSED mp_obj_t __pyx_v_kwargs); /* proto */
static int __pyx_pf_6shapes_5Shape_2__init__(struct __pyx_obj_6shapes_Shape *__pyx_v_self, mp_obj_t __pyx_v_name); /* proto */
static mp_obj_t __pyx_pf_6shapes_5Shape_4area(struct __pyx_obj_6shapes_Shape *__pyx_v_self); /* proto */
static mp_obj_t __pyx_pf_6shapes_5Shape_6perimeter(struct __pyx_obj_6shapes_Shape *__pyx_v_self); /* proto */
static mp_obj_t __pyx_pf_6shapes_5Shape_8kind(struct __pyx_obj_6shapes_Shape *__pyx_v_self); /* proto */
static mp_obj_t __pyx_pf_6shapes_5Shape_10describe(struct __pyx_obj_6shapes_Shape *__pyx_v_self); /* proto */
static mp_obj_t __pyx_pf_6shapes_5Shape_12scaled_area(struct __pyx_obj_6shapes_Shape *__pyx_v_self, double __pyx_v_k); /* proto */
static mp_obj_t __pyx_pf_6shapes_5Shape_5ident___get__(struct __pyx_obj_6shapes_Shape *__pyx_v_self); /* proto */
static int __pyx_pf_6shapes_5Shape_5ident_2__set__(struct __pyx_obj_6shapes_Shape *__pyx_v_self, int __pyx_v_value); /* proto */
static mp_obj_t __pyx_pf_6shapes_5Shape_14__repr__(struct __pyx_obj_6shapes_Shape *__pyx_v_self); /* proto */
static mp_obj_t __pyx_pf_6shapes_5Shape_4name___get__(struct __pyx_obj_6shapes_Shape *__pyx_v_self); /* proto */
static int __pyx_pf_6shapes_5Shape_4name_2__set__(struct __pyx_obj_6shapes_Shape *__pyx_v_self, mp_obj_t __pyx_v_value); /* proto */
static int __pyx_pf_6shapes_5Shape_4name_4__del__(struct __pyx_obj_6shapes_Shape *__pyx_v_self); /* proto */

static int __pyx_pf_6shapes_4Rect___init__(struct __pyx_obj_6shapes_Rect *__pyx_v_self, double __pyx_v_w, double __pyx_v_h, mp_obj_t __pyx_v_name); /* proto */
static mp_obj_t __pyx_pf_6shapes_4Rect_2area(struct __pyx_obj_6shapes_Rect *__pyx_v_self); /* proto */
static mp_obj_t __pyx_pf_6shapes_4Rect_4perimeter(struct __pyx_obj_6shapes_Rect *__pyx_v_self); /* proto */
static mp_obj_t __pyx_pf_6shapes_4Rect_6kind(struct __pyx_obj_6shapes_Rect *__pyx_v_self); /* proto */

static int __pyx_pf_6shapes_6Square___init__(struct __pyx_obj_6shapes_Square *__pyx_v_self, double __pyx_v_side, mp_obj_t __pyx_v_name); /* proto */
static mp_obj_t __pyx_pf_6shapes_6Square_2kind(struct __pyx_obj_6shapes_Square *__pyx_v_self); /* proto */
static mp_obj_t __pyx_pf_6shapes_6Square_4side___get__(struct __pyx_obj_6shapes_Square *__pyx_v_self); /* proto */

static int __pyx_pf_6shapes_6Circle___init__(struct __pyx_obj_6shapes_Circle *__pyx_v_self, double __pyx_v_r, mp_obj_t __pyx_v_name); /* proto */
static mp_obj_t __pyx_pf_6shapes_6Circle_2area(struct __pyx_obj_6shapes_Circle *__pyx_v_self); /* proto */
static mp_obj_t __pyx_pf_6shapes_6Circle_4perimeter(struct __pyx_obj_6shapes_Circle *__pyx_v_self); /* proto */
static mp_obj_t __pyx_pf_6shapes_6Circle_6kind(struct __pyx_obj_6shapes_Circle *__pyx_v_self); /* proto */

static mp_obj_t __pyx_pf_6shapes_total_area(CYTHON_UNUSED mp_obj_t __pyx_self, mp_obj_t __pyx_v_shapes); /* proto */
static mp_obj_t __pyx_pf_6shapes_2largest(CYTHON_UNUSED mp_obj_t __pyx_self, mp_obj_t __pyx_v_shapes); /* proto */
static mp_obj_t __pyx_pf_6shapes_4kinds(CYTHON_UNUSED mp_obj_t __pyx_self, mp_obj_t __pyx_v_shapes); /* proto */
static mp_obj_t __pyx_pf_6shapes_6area_of(CYTHON_UNUSED mp_obj_t __pyx_self, struct __pyx_obj_6shapes_Shape *__pyx_v_s); /* proto */
static mp_obj_t __pyx_pf_6shapes_8Labelled___init__(CYTHON_UNUSED mp_obj_t __pyx_self, mp_obj_t __pyx_v_self, mp_obj_t __pyx_v_w, mp_obj_t __pyx_v_h, mp_obj_t __pyx_v_label); /* proto */
static mp_obj_t __pyx_pf_6shapes_8Labelled_2kind(CYTHON_UNUSED mp_obj_t __pyx_self, mp_obj_t __pyx_v_self); /* proto */
static mp_obj_t __pyx_pf_6shapes_8checked_area(CYTHON_UNUSED mp_obj_t __pyx_self, mp_obj_t __pyx_v_s); /* proto */
static mp_obj_t __pyx_tp_new__initialisation_6shapes_Shape(mp_obj_t o, mp_obj_t a, mp_obj_t k); /*proto*/
static mp_obj_t __pyx_tp_new_6shapes_Shape(cy_PyTypeObject *t, mp_obj_t a, mp_obj_t k); /*proto*/
static mp_obj_t __pyx_tp_new__initialisation_6shapes_Rect(mp_obj_t o, mp_obj_t a, mp_obj_t k); /*proto*/
static mp_obj_t __pyx_tp_new_6shapes_Rect(cy_PyTypeObject *t, mp_obj_t a, mp_obj_t k); /*proto*/
static mp_obj_t __pyx_tp_new__initialisation_6shapes_Square(mp_obj_t o, mp_obj_t a, mp_obj_t k); /*proto*/
static mp_obj_t __pyx_tp_new_6shapes_Square(cy_PyTypeObject *t, mp_obj_t a, mp_obj_t k); /*proto*/
static mp_obj_t __pyx_tp_new__initialisation_6shapes_Circle(mp_obj_t o, mp_obj_t a, mp_obj_t k); /*proto*/
static mp_obj_t __pyx_tp_new_6shapes_Circle(cy_PyTypeObject *t, mp_obj_t a, mp_obj_t k); /*proto*/
/* #### Code section: late_includes ### */
/* #### Code section: module_state ### */

  typedef struct {
    mp_obj_t __pyx_d;
    mp_obj_t __pyx_b;
    mp_obj_t __pyx_cython_runtime;
    mp_obj_t __pyx_empty_tuple;
    mp_obj_t __pyx_empty_bytes;
    mp_obj_t __pyx_empty_unicode;
    mp_obj_t __pyx_type_6shapes_Shape;
    mp_obj_t __pyx_type_6shapes_Rect;
    mp_obj_t __pyx_type_6shapes_Square;
    mp_obj_t __pyx_type_6shapes_Circle;
    cy_PyTypeObject *__pyx_ptype_6shapes_Shape;
    cy_PyTypeObject *__pyx_ptype_6shapes_Rect;
    cy_PyTypeObject *__pyx_ptype_6shapes_Square;
    cy_PyTypeObject *__pyx_ptype_6shapes_Circle;

    mp_obj_t __pyx_codeobj_tab[27];

/* #### Code section: module_state_contents ### */

/* #### Code section: module_state_end ### */
} __pyx_mstatetype;

/* #### Code section: constant_name_defines ### */
#define __pyx_kp_u__2 (*(mp_obj_t *)&__pyx_string_tab[0])
#define __pyx_kp_u_perimeter_2 (*(mp_obj_t *)&__pyx_string_tab[1])
#define __pyx_kp_u_area_2 (*(mp_obj_t *)&__pyx_string_tab[2])
#define __pyx_kp_u__3 (*(mp_obj_t *)&__pyx_string_tab[3])
#define __pyx_kp_u__4 (*(mp_obj_t *)&__pyx_string_tab[4])
#define __pyx_kp_u_A_Python_class_in_the_pyx_that_i (*(mp_obj_t *)&__pyx_string_tab[5])
#define __pyx_kp_u_ident_must_be_non_negative (*(mp_obj_t *)&__pyx_string_tab[6])
#define __pyx_kp_u_labelled_2 (*(mp_obj_t *)&__pyx_string_tab[7])
#define __pyx_kp_u_not_a_shape (*(mp_obj_t *)&__pyx_string_tab[8])
#define __pyx_n_u_Circle (*(mp_obj_t *)&__pyx_string_tab[9])
#define __pyx_n_u_Circle_area (*(mp_obj_t *)&__pyx_string_tab[10])
#define __pyx_n_u_Circle_kind (*(mp_obj_t *)&__pyx_string_tab[11])
#define __pyx_n_u_Circle_perimeter (*(mp_obj_t *)&__pyx_string_tab[12])
#define __pyx_n_u_Labelled (*(mp_obj_t *)&__pyx_string_tab[13])
#define __pyx_n_u_Labelled___init (*(mp_obj_t *)&__pyx_string_tab[14])
#define __pyx_n_u_Labelled_kind (*(mp_obj_t *)&__pyx_string_tab[15])
#define __pyx_n_u_Rect (*(mp_obj_t *)&__pyx_string_tab[16])
#define __pyx_n_u_Rect_area (*(mp_obj_t *)&__pyx_string_tab[17])
#define __pyx_n_u_Rect_kind (*(mp_obj_t *)&__pyx_string_tab[18])
#define __pyx_n_u_Rect_perimeter (*(mp_obj_t *)&__pyx_string_tab[19])
#define __pyx_n_u_Shape (*(mp_obj_t *)&__pyx_string_tab[20])
#define __pyx_n_u_Shape_area (*(mp_obj_t *)&__pyx_string_tab[21])
#define __pyx_n_u_Shape_describe (*(mp_obj_t *)&__pyx_string_tab[22])
#define __pyx_n_u_Shape_kind (*(mp_obj_t *)&__pyx_string_tab[23])
#define __pyx_n_u_Shape_perimeter (*(mp_obj_t *)&__pyx_string_tab[24])
#define __pyx_n_u_Shape_scaled_area (*(mp_obj_t *)&__pyx_string_tab[25])
#define __pyx_n_u_ShapeError (*(mp_obj_t *)&__pyx_string_tab[26])
#define __pyx_n_u_Square (*(mp_obj_t *)&__pyx_string_tab[27])
#define __pyx_n_u_Square_kind (*(mp_obj_t *)&__pyx_string_tab[28])
#define __pyx_n_u_init (*(mp_obj_t *)&__pyx_string_tab[29])
#define __pyx_n_u_name_2 (*(mp_obj_t *)&__pyx_string_tab[30])
#define __pyx_n_u_test (*(mp_obj_t *)&__pyx_string_tab[31])
#define __pyx_n_u_area (*(mp_obj_t *)&__pyx_string_tab[32])
#define __pyx_n_u_area_of (*(mp_obj_t *)&__pyx_string_tab[33])
#define __pyx_n_u_checked_area (*(mp_obj_t *)&__pyx_string_tab[34])
#define __pyx_n_u_circle (*(mp_obj_t *)&__pyx_string_tab[35])
#define __pyx_n_u_describe (*(mp_obj_t *)&__pyx_string_tab[36])
#define __pyx_n_u_h (*(mp_obj_t *)&__pyx_string_tab[37])
#define __pyx_n_u_k (*(mp_obj_t *)&__pyx_string_tab[38])
#define __pyx_n_u_kind (*(mp_obj_t *)&__pyx_string_tab[39])
#define __pyx_n_u_kinds (*(mp_obj_t *)&__pyx_string_tab[40])
#define __pyx_n_u_label (*(mp_obj_t *)&__pyx_string_tab[41])
#define __pyx_n_u_labelled (*(mp_obj_t *)&__pyx_string_tab[42])
#define __pyx_n_u_largest (*(mp_obj_t *)&__pyx_string_tab[43])
#define __pyx_n_u_name (*(mp_obj_t *)&__pyx_string_tab[44])
#define __pyx_n_u_perimeter (*(mp_obj_t *)&__pyx_string_tab[45])
#define __pyx_n_u_r (*(mp_obj_t *)&__pyx_string_tab[46])
#define __pyx_n_u_rect (*(mp_obj_t *)&__pyx_string_tab[47])
#define __pyx_n_u_s (*(mp_obj_t *)&__pyx_string_tab[48])
#define __pyx_n_u_scaled_area (*(mp_obj_t *)&__pyx_string_tab[49])
#define __pyx_n_u_self (*(mp_obj_t *)&__pyx_string_tab[50])
#define __pyx_n_u_shape (*(mp_obj_t *)&__pyx_string_tab[51])
#define __pyx_n_u_shapes (*(mp_obj_t *)&__pyx_string_tab[52])
#define __pyx_n_u_side (*(mp_obj_t *)&__pyx_string_tab[53])
#define __pyx_n_u_square (*(mp_obj_t *)&__pyx_string_tab[54])
#define __pyx_n_u_super (*(mp_obj_t *)&__pyx_string_tab[55])
#define __pyx_n_u_total_area (*(mp_obj_t *)&__pyx_string_tab[56])
#define __pyx_n_u_w (*(mp_obj_t *)&__pyx_string_tab[57])
/* Cython's string constants, decoded at translation time: qstrs and ROM objects. */
static const mp_obj_str_t __pyx_str_obj_0 = {{&mp_type_str}, 0, 1, (const byte *)" "};
static const mp_obj_str_t __pyx_str_obj_1 = {{&mp_type_str}, 0, 11, (const byte *)" perimeter="};
static const mp_obj_str_t __pyx_str_obj_4 = {{&mp_type_str}, 0, 7, (const byte *)": area="};
static const mp_obj_str_t __pyx_str_obj_5 = {{&mp_type_str}, 0, 1, (const byte *)"<"};
static const mp_obj_str_t __pyx_str_obj_6 = {{&mp_type_str}, 0, 1, (const byte *)">"};
static const mp_obj_str_t __pyx_str_obj_8 = {{&mp_type_str}, 0, 59, (const byte *)"A Python class in the .pyx that inherits from a cdef class."};
static const mp_obj_str_t __pyx_str_obj_15 = {{&mp_type_str}, 0, 26, (const byte *)"ident must be non-negative"};
static const mp_obj_str_t __pyx_str_obj_17 = {{&mp_type_str}, 0, 9, (const byte *)"labelled-"};
static const mp_obj_str_t __pyx_str_obj_19 = {{&mp_type_str}, 0, 13, (const byte *)"not a shape: "};
static const mp_obj_str_t __pyx_str_obj_24 = {{&mp_type_str}, 0, 11, (const byte *)"Circle.area"};
static const mp_obj_str_t __pyx_str_obj_25 = {{&mp_type_str}, 0, 11, (const byte *)"Circle.kind"};
static const mp_obj_str_t __pyx_str_obj_26 = {{&mp_type_str}, 0, 16, (const byte *)"Circle.perimeter"};
static const mp_obj_str_t __pyx_str_obj_28 = {{&mp_type_str}, 0, 17, (const byte *)"Labelled.__init__"};
static const mp_obj_str_t __pyx_str_obj_29 = {{&mp_type_str}, 0, 13, (const byte *)"Labelled.kind"};
static const mp_obj_str_t __pyx_str_obj_33 = {{&mp_type_str}, 0, 9, (const byte *)"Rect.area"};
static const mp_obj_str_t __pyx_str_obj_34 = {{&mp_type_str}, 0, 9, (const byte *)"Rect.kind"};
static const mp_obj_str_t __pyx_str_obj_35 = {{&mp_type_str}, 0, 14, (const byte *)"Rect.perimeter"};
static const mp_obj_str_t __pyx_str_obj_39 = {{&mp_type_str}, 0, 10, (const byte *)"Shape.area"};
static const mp_obj_str_t __pyx_str_obj_40 = {{&mp_type_str}, 0, 14, (const byte *)"Shape.describe"};
static const mp_obj_str_t __pyx_str_obj_41 = {{&mp_type_str}, 0, 10, (const byte *)"Shape.kind"};
static const mp_obj_str_t __pyx_str_obj_42 = {{&mp_type_str}, 0, 15, (const byte *)"Shape.perimeter"};
static const mp_obj_str_t __pyx_str_obj_43 = {{&mp_type_str}, 0, 17, (const byte *)"Shape.scaled_area"};
static const mp_obj_str_t __pyx_str_obj_48 = {{&mp_type_str}, 0, 11, (const byte *)"Square.kind"};
static const mp_rom_obj_t __pyx_string_tab[58] = {
    MP_ROM_PTR(&__pyx_str_obj_0),
    MP_ROM_PTR(&__pyx_str_obj_1),
    MP_ROM_PTR(&__pyx_str_obj_4),
    MP_ROM_PTR(&__pyx_str_obj_5),
    MP_ROM_PTR(&__pyx_str_obj_6),
    MP_ROM_PTR(&__pyx_str_obj_8),
    MP_ROM_PTR(&__pyx_str_obj_15),
    MP_ROM_PTR(&__pyx_str_obj_17),
    MP_ROM_PTR(&__pyx_str_obj_19),
    MP_ROM_QSTR(MP_QSTR_Circle),
    MP_ROM_PTR(&__pyx_str_obj_24),
    MP_ROM_PTR(&__pyx_str_obj_25),
    MP_ROM_PTR(&__pyx_str_obj_26),
    MP_ROM_QSTR(MP_QSTR_Labelled),
    MP_ROM_PTR(&__pyx_str_obj_28),
    MP_ROM_PTR(&__pyx_str_obj_29),
    MP_ROM_QSTR(MP_QSTR_Rect),
    MP_ROM_PTR(&__pyx_str_obj_33),
    MP_ROM_PTR(&__pyx_str_obj_34),
    MP_ROM_PTR(&__pyx_str_obj_35),
    MP_ROM_QSTR(MP_QSTR_Shape),
    MP_ROM_PTR(&__pyx_str_obj_39),
    MP_ROM_PTR(&__pyx_str_obj_40),
    MP_ROM_PTR(&__pyx_str_obj_41),
    MP_ROM_PTR(&__pyx_str_obj_42),
    MP_ROM_PTR(&__pyx_str_obj_43),
    MP_ROM_QSTR(MP_QSTR_ShapeError),
    MP_ROM_QSTR(MP_QSTR_Square),
    MP_ROM_PTR(&__pyx_str_obj_48),
    MP_ROM_QSTR(MP_QSTR___init__),
    MP_ROM_QSTR(MP_QSTR___name__),
    MP_ROM_QSTR(MP_QSTR___test__),
    MP_ROM_QSTR(MP_QSTR_area),
    MP_ROM_QSTR(MP_QSTR_area_of),
    MP_ROM_QSTR(MP_QSTR_checked_area),
    MP_ROM_QSTR(MP_QSTR_circle),
    MP_ROM_QSTR(MP_QSTR_describe),
    MP_ROM_QSTR(MP_QSTR_h),
    MP_ROM_QSTR(MP_QSTR_k),
    MP_ROM_QSTR(MP_QSTR_kind),
    MP_ROM_QSTR(MP_QSTR_kinds),
    MP_ROM_QSTR(MP_QSTR_label),
    MP_ROM_QSTR(MP_QSTR_labelled),
    MP_ROM_QSTR(MP_QSTR_largest),
    MP_ROM_QSTR(MP_QSTR_name),
    MP_ROM_QSTR(MP_QSTR_perimeter),
    MP_ROM_QSTR(MP_QSTR_r),
    MP_ROM_QSTR(MP_QSTR_rect),
    MP_ROM_QSTR(MP_QSTR_s),
    MP_ROM_QSTR(MP_QSTR_scaled_area),
    MP_ROM_QSTR(MP_QSTR_self),
    MP_ROM_QSTR(MP_QSTR_shape),
    MP_ROM_QSTR(MP_QSTR_shapes),
    MP_ROM_QSTR(MP_QSTR_side),
    MP_ROM_QSTR(MP_QSTR_square),
    MP_ROM_QSTR(MP_QSTR_super),
    MP_ROM_QSTR(MP_QSTR_total_area),
    MP_ROM_QSTR(MP_QSTR_w),
};

/* #### Code section: module_code ### */

/* "shapes.pyx":11
 *     cdef int _id
 *
 *     def __cinit__(self, *args, **kwargs):             # <<<<<<<<<<<<<<
 *         self._id = 0
 *
*/

/* Python wrapper */
static int __pyx_pw_6shapes_5Shape_1__cinit__(mp_obj_t __pyx_v_self, mp_obj_t __pyx_args, mp_obj_t __pyx_kwds); /*proto*/
static int __pyx_pw_6shapes_5Shape_1__cinit__(mp_obj_t __pyx_v_self, mp_obj_t __pyx_args, mp_obj_t __pyx_kwds) {
  CYTHON_UNUSED mp_obj_t __pyx_v_args = 0;
  CYTHON_UNUSED mp_obj_t __pyx_v_kwargs = 0;
  CYTHON_UNUSED mp_int_t __pyx_nargs;
  CYTHON_UNUSED mp_obj_t const *__pyx_kwvalues;
  int __pyx_r;
  __Pyx_RefNannyDeclarations

  __pyx_nargs = cy_PyTuple_Size(__pyx_args); if (MP_UNLIKELY(!!(__pyx_nargs < 0))) return -1;

  __pyx_kwvalues = cy_Pyx_KwValues_VARARGS(__pyx_args, __pyx_nargs);
  const mp_int_t __pyx_kwds_len = (__pyx_kwds) ? cy_Pyx_NumKwargs_VARARGS(__pyx_kwds) : 0;
  if (MP_UNLIKELY(!!(__pyx_kwds_len < 0))) return -1;
  if (__pyx_kwds_len > 0) {
    if (MP_UNLIKELY(!!(cy_Pyx_CheckKeywordStrings(__pyx_kwds) == -1))) return -1;
  }

  __pyx_v_args = __pyx_args;
  __pyx_r = __pyx_pf_6shapes_5Shape___cinit__(((struct __pyx_obj_6shapes_Shape *)__pyx_v_self), __pyx_v_args, __pyx_v_kwargs);

  /* function exit code */

  return __pyx_r;
}

static int __pyx_pf_6shapes_5Shape___cinit__(struct __pyx_obj_6shapes_Shape *__pyx_v_self, CYTHON_UNUSED mp_obj_t __pyx_v_args, CYTHON_UNUSED mp_obj_t __pyx_v_kwargs) {
  int __pyx_r;

  /* "shapes.pyx":12
 *
 *     def __cinit__(self, *args, **kwargs):
 *         self._id = 0             # <<<<<<<<<<<<<<
 *
 *     def __init__(self, name="shape"):
*/
  __pyx_v_self->_id = 0;

  /* "shapes.pyx":11
 *     cdef int _id
 *
 *     def __cinit__(self, *args, **kwargs):             # <<<<<<<<<<<<<<
 *         self._id = 0
 *
*/

  /* function exit code */
  __pyx_r = 0;

  return __pyx_r;
}

/* "shapes.pyx":14
 *         self._id = 0
 *
 *     def __init__(self, name="shape"):             # <<<<<<<<<<<<<<
 *         self.name = name
 *
*/

/* Python wrapper */
static int __pyx_pw_6shapes_5Shape_3__init__(mp_obj_t __pyx_v_self, mp_obj_t __pyx_args, mp_obj_t __pyx_kwds); /*proto*/
static int __pyx_pw_6shapes_5Shape_3__init__(mp_obj_t __pyx_v_self, mp_obj_t __pyx_args, mp_obj_t __pyx_kwds) {
  mp_obj_t __pyx_v_name = 0;
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
  {
    mp_obj_t * const __pyx_pyargnames[] = {&__pyx_n_u_name,0};
    const mp_int_t __pyx_kwds_len = (__pyx_kwds) ? cy_Pyx_NumKwargs_VARARGS(__pyx_kwds) : 0;
    if (MP_UNLIKELY(!!(__pyx_kwds_len < 0))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 14; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L3_error; } while (0);
    if (__pyx_kwds_len > 0) {
      switch (__pyx_nargs) {
        case  1:
        values[0] = cy_Pyx_ArgRef_VARARGS(__pyx_args, 0);
        if (!0 && MP_UNLIKELY(!!(!values[0]))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 14; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L3_error; } while (0);
        CYTHON_FALLTHROUGH;
        case  0: break;
        default: goto __pyx_L5_argtuple_error;
      }
      const mp_int_t kwd_pos_args = __pyx_nargs;
      if (cy_Pyx_ParseKeywords(__pyx_kwds, __pyx_kwvalues, __pyx_pyargnames, 0, values, kwd_pos_args, __pyx_kwds_len, "__init__", 0) < (0)) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 14; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L3_error; } while (0);
      if (!values[0]) values[0] = ((mp_obj_t )__pyx_n_u_shape);
    } else {
      switch (__pyx_nargs) {
        case  1:
        values[0] = cy_Pyx_ArgRef_VARARGS(__pyx_args, 0);
        if (!0 && MP_UNLIKELY(!!(!values[0]))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 14; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L3_error; } while (0);
        CYTHON_FALLTHROUGH;
        case  0: break;
        default: goto __pyx_L5_argtuple_error;
      }
      if (!values[0]) values[0] = ((mp_obj_t )__pyx_n_u_shape);
    }
    __pyx_v_name = values[0];
  }
  goto __pyx_L6_skip;
  __pyx_L5_argtuple_error:;
  cy_Pyx_RaiseArgtupleInvalid("__init__", 0, 0, 1, __pyx_nargs); do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 14; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L3_error; } while (0);
  __pyx_L6_skip:;
  goto __pyx_L4_argument_unpacking_done;
  __pyx_L3_error:;
  for (mp_int_t __pyx_temp=0; __pyx_temp < (mp_int_t)(sizeof(values)/sizeof(values[0])); ++__pyx_temp) {

  }
  __pyx_traceback_0(".Shape.__init__", __pyx_lineno);

  return -1;
  __pyx_L4_argument_unpacking_done:;
  __pyx_r = __pyx_pf_6shapes_5Shape_2__init__(((struct __pyx_obj_6shapes_Shape *)__pyx_v_self), __pyx_v_name);

  /* function exit code */
  for (mp_int_t __pyx_temp=0; __pyx_temp < (mp_int_t)(sizeof(values)/sizeof(values[0])); ++__pyx_temp) {

  }

  return __pyx_r;
}

static int __pyx_pf_6shapes_5Shape_2__init__(struct __pyx_obj_6shapes_Shape *__pyx_v_self, mp_obj_t __pyx_v_name) {
  int __pyx_r;
  __Pyx_RefNannyDeclarations
  mp_obj_t __pyx_t_1 = NULL;
  int __pyx_lineno = 0;
  const char *__pyx_filename = NULL;
  int __pyx_clineno = 0;

  /* "shapes.pyx":15
 *
 *     def __init__(self, name="shape"):
 *         self.name = name             # <<<<<<<<<<<<<<
 *
 *     cpdef double area(self):
*/
  __pyx_t_1 = __pyx_v_name;

  if (!(MP_LIKELY(!!(cy_PyUnicode_CheckExact(__pyx_t_1)))||((__pyx_t_1) == mp_const_none) || cy_Pyx_RaiseUnexpectedTypeError("str", __pyx_t_1))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 15; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

  __pyx_v_self->name = ((mp_obj_t)__pyx_t_1);
  __pyx_t_1 = 0;

  /* "shapes.pyx":14
 *         self._id = 0
 *
 *     def __init__(self, name="shape"):             # <<<<<<<<<<<<<<
 *         self.name = name
 *
*/

  /* function exit code */
  __pyx_r = 0;
  goto __pyx_L0;
  __pyx_L1_error:;

  __pyx_traceback_0(".Shape.__init__", __pyx_lineno);
  __pyx_r = -1;
  __pyx_L0:;

  return __pyx_r;
}

/* "shapes.pyx":17
 *         self.name = name
 *
 *     cpdef double area(self):             # <<<<<<<<<<<<<<
 *         return 0.0
 *
*/

static mp_obj_t __pyx_pw_6shapes_5Shape_5area(mp_obj_t __pyx_v_self,

mp_obj_t const *__pyx_args, mp_int_t __pyx_nargs, mp_obj_t __pyx_kwds

); /*proto*/
static double __pyx_f_6shapes_5Shape_area(CYTHON_UNUSED struct __pyx_obj_6shapes_Shape *__pyx_v_self, int __pyx_skip_dispatch) {
  double __pyx_r;
  __Pyx_RefNannyDeclarations
  mp_obj_t __pyx_t_1 = NULL;
  mp_obj_t __pyx_t_2 = NULL;
  mp_obj_t __pyx_t_3 = NULL;
  mp_obj_t __pyx_t_4 = NULL;
  size_t __pyx_t_5;
  double __pyx_t_6;
  int __pyx_lineno = 0;
  const char *__pyx_filename = NULL;
  int __pyx_clineno = 0;

  /* Check if called by wrapper */
  if (MP_UNLIKELY(!!(__pyx_skip_dispatch))) ;
  /* Check if overridden in Python */
  else if (

  MP_UNLIKELY(!!(cy_Py_TYPE(((mp_obj_t )__pyx_v_self)) != __pyx_mstate_global->__pyx_ptype_6shapes_Shape &&
  cy_Pyx_PyType_HasFeature(cy_Py_TYPE(((mp_obj_t )__pyx_v_self)), cy_Py_TPFLAGS_HAVE_GC)))

  ) {

      __pyx_t_1 = cy_Pyx_PyObject_GetAttrStr(((mp_obj_t )__pyx_v_self), __pyx_n_u_area); if (MP_UNLIKELY(!!(!__pyx_t_1))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 17; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

      if (!cy_Pyx_IsSameCFunction(__pyx_t_1, (void(*)(void)) __pyx_pw_6shapes_5Shape_5area)) {
        __pyx_t_3 = NULL;

        __pyx_t_4 = __pyx_t_1;
        __pyx_t_5 = 1;

        {
          mp_obj_t __pyx_callargs[2] = {__pyx_t_3, NULL};
          __pyx_t_2 = cy_Pyx_PyObject_FastCall((mp_obj_t)__pyx_t_4, __pyx_callargs+__pyx_t_5, (1-__pyx_t_5) | (__pyx_t_5*cy_Pyx_PY_VECTORCALL_ARGUMENTS_OFFSET));
           __pyx_t_3 = 0;
           __pyx_t_4 = 0;
          if (MP_UNLIKELY(!!(!__pyx_t_2))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 17; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

        }
        __pyx_t_6 = cy_Pyx_PyFloat_AsDouble(__pyx_t_2); if (MP_UNLIKELY(!!((__pyx_t_6 == (double)-1) && cy_PyErr_Occurred()))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 17; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);
         __pyx_t_2 = 0;
        {
          __pyx_r = __pyx_t_6;
        }
         __pyx_t_1 = 0;
        goto __pyx_L0;
      }

       __pyx_t_1 = 0;

  }

  /* "shapes.pyx":18
 *
 *     cpdef double area(self):
 *         return 0.0             # <<<<<<<<<<<<<<
 *
 *     cpdef double perimeter(self):
*/
  {

    __pyx_r = 0.0;
  }
  goto __pyx_L0;

  /* "shapes.pyx":17
 *         self.name = name
 *
 *     cpdef double area(self):             # <<<<<<<<<<<<<<
 *         return 0.0
 *
*/

  /* function exit code */
  __pyx_L1_error:;

  __pyx_traceback_0(".Shape.area", __pyx_lineno);
  __pyx_r = 0;
  __pyx_L0:;

  return __pyx_r;
}

/* Python wrapper */
static mp_obj_t __pyx_pw_6shapes_5Shape_5area(mp_obj_t __pyx_v_self,

mp_obj_t const *__pyx_args, mp_int_t __pyx_nargs, mp_obj_t __pyx_kwds

); /*proto*/
static cy_PyMethodDef __pyx_mdef_6shapes_5Shape_5area = {"area", (cy_PyCFunction)(void(*)(void))(cy_Pyx_PyCFunction_FastCallWithKeywords)__pyx_pw_6shapes_5Shape_5area, cy_Pyx_METH_FASTCALL|cy_METH_KEYWORDS, 0};
static mp_obj_t __pyx_pw_6shapes_5Shape_5area(mp_obj_t __pyx_v_self,

mp_obj_t const *__pyx_args, mp_int_t __pyx_nargs, mp_obj_t __pyx_kwds

) {

  CYTHON_UNUSED mp_obj_t const *__pyx_kwvalues;
  mp_obj_t __pyx_r = 0;
  __Pyx_RefNannyDeclarations

  __pyx_kwvalues = cy_Pyx_KwValues_FASTCALL(__pyx_args, __pyx_nargs);
  if (MP_UNLIKELY(!!(__pyx_nargs || __pyx_kwds)) && cy_Pyx_RejectArgs("area", __pyx_args, __pyx_nargs, __pyx_kwds)
< 0) return NULL;

  __pyx_r = __pyx_pf_6shapes_5Shape_4area(((struct __pyx_obj_6shapes_Shape *)__pyx_v_self));

  /* function exit code */

  return __pyx_r;
}

static mp_obj_t __pyx_pf_6shapes_5Shape_4area(struct __pyx_obj_6shapes_Shape *__pyx_v_self) {
  mp_obj_t __pyx_r = NULL;
  __Pyx_RefNannyDeclarations
  double __pyx_t_1;
  mp_obj_t __pyx_t_2 = NULL;
  int __pyx_lineno = 0;
  const char *__pyx_filename = NULL;
  int __pyx_clineno = 0;

  __pyx_t_1 = __pyx_f_6shapes_5Shape_area(__pyx_v_self, 1); if (MP_UNLIKELY(!!(cy_PyErr_Occurred()))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 17; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);
  __pyx_t_2 = cy_PyFloat_FromDouble(__pyx_t_1); if (MP_UNLIKELY(!!(!__pyx_t_2))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 17; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

  {
    mp_obj_t __pyx_temp;
    {
      __pyx_temp = __pyx_r;
      __pyx_r = __pyx_t_2;
    }

  }
  __pyx_t_2 = 0;
  goto __pyx_L0;

  /* function exit code */
  __pyx_L1_error:;

  __pyx_traceback_0(".Shape.area", __pyx_lineno);
  __pyx_r = NULL;
  __pyx_L0:;

  return __pyx_r;
}

/* "shapes.pyx":20
 *         return 0.0
 *
 *     cpdef double perimeter(self):             # <<<<<<<<<<<<<<
 *         return 0.0
 *
*/

static mp_obj_t __pyx_pw_6shapes_5Shape_7perimeter(mp_obj_t __pyx_v_self,

mp_obj_t const *__pyx_args, mp_int_t __pyx_nargs, mp_obj_t __pyx_kwds

); /*proto*/
static double __pyx_f_6shapes_5Shape_perimeter(CYTHON_UNUSED struct __pyx_obj_6shapes_Shape *__pyx_v_self, int __pyx_skip_dispatch) {
  double __pyx_r;
  __Pyx_RefNannyDeclarations
  mp_obj_t __pyx_t_1 = NULL;
  mp_obj_t __pyx_t_2 = NULL;
  mp_obj_t __pyx_t_3 = NULL;
  mp_obj_t __pyx_t_4 = NULL;
  size_t __pyx_t_5;
  double __pyx_t_6;
  int __pyx_lineno = 0;
  const char *__pyx_filename = NULL;
  int __pyx_clineno = 0;

  /* Check if called by wrapper */
  if (MP_UNLIKELY(!!(__pyx_skip_dispatch))) ;
  /* Check if overridden in Python */
  else if (

  MP_UNLIKELY(!!(cy_Py_TYPE(((mp_obj_t )__pyx_v_self)) != __pyx_mstate_global->__pyx_ptype_6shapes_Shape &&
  cy_Pyx_PyType_HasFeature(cy_Py_TYPE(((mp_obj_t )__pyx_v_self)), cy_Py_TPFLAGS_HAVE_GC)))

  ) {

      __pyx_t_1 = cy_Pyx_PyObject_GetAttrStr(((mp_obj_t )__pyx_v_self), __pyx_n_u_perimeter); if (MP_UNLIKELY(!!(!__pyx_t_1))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 20; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

      if (!cy_Pyx_IsSameCFunction(__pyx_t_1, (void(*)(void)) __pyx_pw_6shapes_5Shape_7perimeter)) {
        __pyx_t_3 = NULL;

        __pyx_t_4 = __pyx_t_1;
        __pyx_t_5 = 1;

        {
          mp_obj_t __pyx_callargs[2] = {__pyx_t_3, NULL};
          __pyx_t_2 = cy_Pyx_PyObject_FastCall((mp_obj_t)__pyx_t_4, __pyx_callargs+__pyx_t_5, (1-__pyx_t_5) | (__pyx_t_5*cy_Pyx_PY_VECTORCALL_ARGUMENTS_OFFSET));
           __pyx_t_3 = 0;
           __pyx_t_4 = 0;
          if (MP_UNLIKELY(!!(!__pyx_t_2))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 20; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

        }
        __pyx_t_6 = cy_Pyx_PyFloat_AsDouble(__pyx_t_2); if (MP_UNLIKELY(!!((__pyx_t_6 == (double)-1) && cy_PyErr_Occurred()))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 20; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);
         __pyx_t_2 = 0;
        {
          __pyx_r = __pyx_t_6;
        }
         __pyx_t_1 = 0;
        goto __pyx_L0;
      }

       __pyx_t_1 = 0;

  }

  /* "shapes.pyx":21
 *
 *     cpdef double perimeter(self):
 *         return 0.0             # <<<<<<<<<<<<<<
 *
 *     cpdef str kind(self):
*/
  {

    __pyx_r = 0.0;
  }
  goto __pyx_L0;

  /* "shapes.pyx":20
 *         return 0.0
 *
 *     cpdef double perimeter(self):             # <<<<<<<<<<<<<<
 *         return 0.0
 *
*/

  /* function exit code */
  __pyx_L1_error:;

  __pyx_traceback_0(".Shape.perimeter", __pyx_lineno);
  __pyx_r = 0;
  __pyx_L0:;

  return __pyx_r;
}

/* Python wrapper */
static mp_obj_t __pyx_pw_6shapes_5Shape_7perimeter(mp_obj_t __pyx_v_self,

mp_obj_t const *__pyx_args, mp_int_t __pyx_nargs, mp_obj_t __pyx_kwds

); /*proto*/
static cy_PyMethodDef __pyx_mdef_6shapes_5Shape_7perimeter = {"perimeter", (cy_PyCFunction)(void(*)(void))(cy_Pyx_PyCFunction_FastCallWithKeywords)__pyx_pw_6shapes_5Shape_7perimeter, cy_Pyx_METH_FASTCALL|cy_METH_KEYWORDS, 0};
static mp_obj_t __pyx_pw_6shapes_5Shape_7perimeter(mp_obj_t __pyx_v_self,

mp_obj_t const *__pyx_args, mp_int_t __pyx_nargs, mp_obj_t __pyx_kwds

) {

  CYTHON_UNUSED mp_obj_t const *__pyx_kwvalues;
  mp_obj_t __pyx_r = 0;
  __Pyx_RefNannyDeclarations

  __pyx_kwvalues = cy_Pyx_KwValues_FASTCALL(__pyx_args, __pyx_nargs);
  if (MP_UNLIKELY(!!(__pyx_nargs || __pyx_kwds)) && cy_Pyx_RejectArgs("perimeter", __pyx_args, __pyx_nargs, __pyx_kwds)
< 0) return NULL;

  __pyx_r = __pyx_pf_6shapes_5Shape_6perimeter(((struct __pyx_obj_6shapes_Shape *)__pyx_v_self));

  /* function exit code */

  return __pyx_r;
}

static mp_obj_t __pyx_pf_6shapes_5Shape_6perimeter(struct __pyx_obj_6shapes_Shape *__pyx_v_self) {
  mp_obj_t __pyx_r = NULL;
  __Pyx_RefNannyDeclarations
  double __pyx_t_1;
  mp_obj_t __pyx_t_2 = NULL;
  int __pyx_lineno = 0;
  const char *__pyx_filename = NULL;
  int __pyx_clineno = 0;

  __pyx_t_1 = __pyx_f_6shapes_5Shape_perimeter(__pyx_v_self, 1); if (MP_UNLIKELY(!!(cy_PyErr_Occurred()))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 20; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);
  __pyx_t_2 = cy_PyFloat_FromDouble(__pyx_t_1); if (MP_UNLIKELY(!!(!__pyx_t_2))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 20; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

  {
    mp_obj_t __pyx_temp;
    {
      __pyx_temp = __pyx_r;
      __pyx_r = __pyx_t_2;
    }

  }
  __pyx_t_2 = 0;
  goto __pyx_L0;

  /* function exit code */
  __pyx_L1_error:;

  __pyx_traceback_0(".Shape.perimeter", __pyx_lineno);
  __pyx_r = NULL;
  __pyx_L0:;

  return __pyx_r;
}

/* "shapes.pyx":23
 *         return 0.0
 *
 *     cpdef str kind(self):             # <<<<<<<<<<<<<<
 *         return "shape"
 *
*/

static mp_obj_t __pyx_pw_6shapes_5Shape_9kind(mp_obj_t __pyx_v_self,

mp_obj_t const *__pyx_args, mp_int_t __pyx_nargs, mp_obj_t __pyx_kwds

); /*proto*/
static mp_obj_t __pyx_f_6shapes_5Shape_kind(CYTHON_UNUSED struct __pyx_obj_6shapes_Shape *__pyx_v_self, int __pyx_skip_dispatch) {
  mp_obj_t __pyx_r = NULL;
  __Pyx_RefNannyDeclarations
  mp_obj_t __pyx_t_1 = NULL;
  mp_obj_t __pyx_t_2 = NULL;
  mp_obj_t __pyx_t_3 = NULL;
  mp_obj_t __pyx_t_4 = NULL;
  size_t __pyx_t_5;
  int __pyx_lineno = 0;
  const char *__pyx_filename = NULL;
  int __pyx_clineno = 0;

  /* Check if called by wrapper */
  if (MP_UNLIKELY(!!(__pyx_skip_dispatch))) ;
  /* Check if overridden in Python */
  else if (

  MP_UNLIKELY(!!(cy_Py_TYPE(((mp_obj_t )__pyx_v_self)) != __pyx_mstate_global->__pyx_ptype_6shapes_Shape &&
  cy_Pyx_PyType_HasFeature(cy_Py_TYPE(((mp_obj_t )__pyx_v_self)), cy_Py_TPFLAGS_HAVE_GC)))

  ) {

      __pyx_t_1 = cy_Pyx_PyObject_GetAttrStr(((mp_obj_t )__pyx_v_self), __pyx_n_u_kind); if (MP_UNLIKELY(!!(!__pyx_t_1))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 23; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

      if (!cy_Pyx_IsSameCFunction(__pyx_t_1, (void(*)(void)) __pyx_pw_6shapes_5Shape_9kind)) {
        __pyx_t_3 = NULL;

        __pyx_t_4 = __pyx_t_1;
        __pyx_t_5 = 1;

        {
          mp_obj_t __pyx_callargs[2] = {__pyx_t_3, NULL};
          __pyx_t_2 = cy_Pyx_PyObject_FastCall((mp_obj_t)__pyx_t_4, __pyx_callargs+__pyx_t_5, (1-__pyx_t_5) | (__pyx_t_5*cy_Pyx_PY_VECTORCALL_ARGUMENTS_OFFSET));
           __pyx_t_3 = 0;
           __pyx_t_4 = 0;
          if (MP_UNLIKELY(!!(!__pyx_t_2))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 23; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

        }
        if (!(MP_LIKELY(!!(cy_PyUnicode_CheckExact(__pyx_t_2)))||((__pyx_t_2) == mp_const_none) || cy_Pyx_RaiseUnexpectedTypeError("str", __pyx_t_2))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 23; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);
        {
          mp_obj_t __pyx_temp;
          {
            __pyx_temp = __pyx_r;
            __pyx_r = ((mp_obj_t)__pyx_t_2);
          }

        }
        __pyx_t_2 = 0;
         __pyx_t_1 = 0;
        goto __pyx_L0;
      }

       __pyx_t_1 = 0;

  }

  /* "shapes.pyx":24
 *
 *     cpdef str kind(self):
 *         return "shape"             # <<<<<<<<<<<<<<
 *
 *     def describe(self):
*/
  {
    mp_obj_t __pyx_temp;
    {
      __pyx_temp = __pyx_r;

      __pyx_r = __pyx_n_u_shape;
    }

  }
  goto __pyx_L0;

  /* "shapes.pyx":23
 *         return 0.0
 *
 *     cpdef str kind(self):             # <<<<<<<<<<<<<<
 *         return "shape"
 *
*/

  /* function exit code */
  __pyx_L1_error:;

  __pyx_traceback_0(".Shape.kind", __pyx_lineno);
  __pyx_r = 0;
  __pyx_L0:;

  return __pyx_r;
}

/* Python wrapper */
static mp_obj_t __pyx_pw_6shapes_5Shape_9kind(mp_obj_t __pyx_v_self,

mp_obj_t const *__pyx_args, mp_int_t __pyx_nargs, mp_obj_t __pyx_kwds

); /*proto*/
static cy_PyMethodDef __pyx_mdef_6shapes_5Shape_9kind = {"kind", (cy_PyCFunction)(void(*)(void))(cy_Pyx_PyCFunction_FastCallWithKeywords)__pyx_pw_6shapes_5Shape_9kind, cy_Pyx_METH_FASTCALL|cy_METH_KEYWORDS, 0};
static mp_obj_t __pyx_pw_6shapes_5Shape_9kind(mp_obj_t __pyx_v_self,

mp_obj_t const *__pyx_args, mp_int_t __pyx_nargs, mp_obj_t __pyx_kwds

) {

  CYTHON_UNUSED mp_obj_t const *__pyx_kwvalues;
  mp_obj_t __pyx_r = 0;
  __Pyx_RefNannyDeclarations

  __pyx_kwvalues = cy_Pyx_KwValues_FASTCALL(__pyx_args, __pyx_nargs);
  if (MP_UNLIKELY(!!(__pyx_nargs || __pyx_kwds)) && cy_Pyx_RejectArgs("kind", __pyx_args, __pyx_nargs, __pyx_kwds)
< 0) return NULL;

  __pyx_r = __pyx_pf_6shapes_5Shape_8kind(((struct __pyx_obj_6shapes_Shape *)__pyx_v_self));

  /* function exit code */

  return __pyx_r;
}

static mp_obj_t __pyx_pf_6shapes_5Shape_8kind(struct __pyx_obj_6shapes_Shape *__pyx_v_self) {
  mp_obj_t __pyx_r = NULL;
  __Pyx_RefNannyDeclarations
  mp_obj_t __pyx_t_1 = NULL;
  int __pyx_lineno = 0;
  const char *__pyx_filename = NULL;
  int __pyx_clineno = 0;

  __pyx_t_1 = __pyx_f_6shapes_5Shape_kind(__pyx_v_self, 1); if (MP_UNLIKELY(!!(!__pyx_t_1))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 23; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

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

  __pyx_traceback_0(".Shape.kind", __pyx_lineno);
  __pyx_r = NULL;
  __pyx_L0:;

  return __pyx_r;
}

/* "shapes.pyx":26
 *         return "shape"
 *
 *     def describe(self):             # <<<<<<<<<<<<<<
 *         # calls through the vtable: overrides (also Python ones) must be seen
 *         return "%s %s: area=%.2f perimeter=%.2f" % (self.kind(), self.name, self.area(), self.perimeter())
*/

/* Python wrapper */
static mp_obj_t __pyx_pw_6shapes_5Shape_11describe(mp_obj_t __pyx_v_self,

mp_obj_t const *__pyx_args, mp_int_t __pyx_nargs, mp_obj_t __pyx_kwds

); /*proto*/
static cy_PyMethodDef __pyx_mdef_6shapes_5Shape_11describe = {"describe", (cy_PyCFunction)(void(*)(void))(cy_Pyx_PyCFunction_FastCallWithKeywords)__pyx_pw_6shapes_5Shape_11describe, cy_Pyx_METH_FASTCALL|cy_METH_KEYWORDS, 0};
static mp_obj_t __pyx_pw_6shapes_5Shape_11describe(mp_obj_t __pyx_v_self,

mp_obj_t const *__pyx_args, mp_int_t __pyx_nargs, mp_obj_t __pyx_kwds

) {

  CYTHON_UNUSED mp_obj_t const *__pyx_kwvalues;
  mp_obj_t __pyx_r = 0;
  __Pyx_RefNannyDeclarations

  __pyx_kwvalues = cy_Pyx_KwValues_FASTCALL(__pyx_args, __pyx_nargs);
  if (MP_UNLIKELY(!!(__pyx_nargs || __pyx_kwds)) && cy_Pyx_RejectArgs("describe", __pyx_args, __pyx_nargs, __pyx_kwds)
< 0) return NULL;

  __pyx_r = __pyx_pf_6shapes_5Shape_10describe(((struct __pyx_obj_6shapes_Shape *)__pyx_v_self));

  /* function exit code */

  return __pyx_r;
}

static mp_obj_t __pyx_pf_6shapes_5Shape_10describe(struct __pyx_obj_6shapes_Shape *__pyx_v_self) {
  mp_obj_t __pyx_r = NULL;
  __Pyx_RefNannyDeclarations
  mp_obj_t __pyx_t_1 = NULL;
  mp_obj_t __pyx_t_2 = NULL;
  double __pyx_t_3;
  mp_obj_t __pyx_t_4 = NULL;
  mp_obj_t __pyx_t_5 = NULL;
  mp_obj_t __pyx_t_6[7];
  mp_int_t __pyx_t_7;
  int __pyx_t_8;
  mp_obj_t __pyx_t_9 = NULL;
  int __pyx_lineno = 0;
  const char *__pyx_filename = NULL;
  int __pyx_clineno = 0;

  /* "shapes.pyx":28
 *     def describe(self):
 *         # calls through the vtable: overrides (also Python ones) must be seen
 *         return "%s %s: area=%.2f perimeter=%.2f" % (self.kind(), self.name, self.area(), self.perimeter())             # <<<<<<<<<<<<<<
 *
 *     cdef double c_scaled_area(self, double k):
*/
  __pyx_t_1 = ((struct __pyx_vtabstruct_6shapes_Shape *)__pyx_v_self->__pyx_vtab)->kind(__pyx_v_self, 0); if (MP_UNLIKELY(!!(!__pyx_t_1))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 28; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

  __pyx_t_2 = cy_Pyx_PyUnicode_Unicode(__pyx_t_1); if (MP_UNLIKELY(!!(!__pyx_t_2))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 28; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

   __pyx_t_1 = 0;
  __pyx_t_1 = cy_Pyx_PyUnicode_Unicode(__pyx_v_self->name); if (MP_UNLIKELY(!!(!__pyx_t_1))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 28; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

  __pyx_t_3 = ((struct __pyx_vtabstruct_6shapes_Shape *)__pyx_v_self->__pyx_vtab)->area(__pyx_v_self, 0); if (MP_UNLIKELY(!!(cy_PyErr_Occurred()))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 28; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);
  __pyx_t_4 = cy_Pyx_PyUnicode_FromDouble(__pyx_t_3, 'f', 2); if (MP_UNLIKELY(!!(!__pyx_t_4))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 28; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

  __pyx_t_3 = ((struct __pyx_vtabstruct_6shapes_Shape *)__pyx_v_self->__pyx_vtab)->perimeter(__pyx_v_self, 0); if (MP_UNLIKELY(!!(cy_PyErr_Occurred()))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 28; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);
  __pyx_t_5 = cy_Pyx_PyUnicode_FromDouble(__pyx_t_3, 'f', 2); if (MP_UNLIKELY(!!(!__pyx_t_5))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 28; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

  __pyx_t_6[0] = __pyx_t_2;
  __pyx_t_6[1] = __pyx_kp_u__2;
  __pyx_t_6[2] = __pyx_t_1;
  __pyx_t_6[3] = __pyx_kp_u_area_2;
  __pyx_t_6[4] = __pyx_t_4;
  __pyx_t_6[5] = __pyx_kp_u_perimeter_2;
  __pyx_t_6[6] = __pyx_t_5;
  __pyx_t_7 = 19;

  __pyx_t_8 = 0;

  __pyx_t_9 = cy_Pyx_PyUnicode_Join(__pyx_t_6, 7, __pyx_t_7, __pyx_t_8);
  if (MP_UNLIKELY(!!(!__pyx_t_9))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 28; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

   __pyx_t_2 = 0;
   __pyx_t_1 = 0;
   __pyx_t_4 = 0;
   __pyx_t_5 = 0;
  {
    mp_obj_t __pyx_temp;
    {
      __pyx_temp = __pyx_r;
      __pyx_r = __pyx_t_9;
    }

  }
  __pyx_t_9 = 0;
  goto __pyx_L0;

  /* "shapes.pyx":26
 *         return "shape"
 *
 *     def describe(self):             # <<<<<<<<<<<<<<
 *         # calls through the vtable: overrides (also Python ones) must be seen
 *         return "%s %s: area=%.2f perimeter=%.2f" % (self.kind(), self.name, self.area(), self.perimeter())
*/

  /* function exit code */
  __pyx_L1_error:;

  __pyx_traceback_0(".Shape.describe", __pyx_lineno);
  __pyx_r = NULL;
  __pyx_L0:;

  return __pyx_r;
}

/* "shapes.pyx":30
 *         return "%s %s: area=%.2f perimeter=%.2f" % (self.kind(), self.name, self.area(), self.perimeter())
 *
 *     cdef double c_scaled_area(self, double k):             # <<<<<<<<<<<<<<
 *         return self.area() * k * k
 *
*/

static double __pyx_f_6shapes_5Shape_c_scaled_area(struct __pyx_obj_6shapes_Shape *__pyx_v_self, double __pyx_v_k) {
  double __pyx_r;
  double __pyx_t_1;
  int __pyx_lineno = 0;
  const char *__pyx_filename = NULL;
  int __pyx_clineno = 0;

  /* "shapes.pyx":31
 *
 *     cdef double c_scaled_area(self, double k):
 *         return self.area() * k * k             # <<<<<<<<<<<<<<
 *
 *     def scaled_area(self, double k):
*/
  __pyx_t_1 = ((struct __pyx_vtabstruct_6shapes_Shape *)__pyx_v_self->__pyx_vtab)->area(__pyx_v_self, 0); if (MP_UNLIKELY(!!(cy_PyErr_Occurred()))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 31; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);
  {

    __pyx_r = ((__pyx_t_1 * __pyx_v_k) * __pyx_v_k);
  }

  goto __pyx_L0;

  /* "shapes.pyx":30
 *         return "%s %s: area=%.2f perimeter=%.2f" % (self.kind(), self.name, self.area(), self.perimeter())
 *
 *     cdef double c_scaled_area(self, double k):             # <<<<<<<<<<<<<<
 *         return self.area() * k * k
 *
*/

  /* function exit code */
  __pyx_L1_error:;
  __pyx_traceback_0(".Shape.c_scaled_area", __pyx_lineno);
  __pyx_r = 0;
  __pyx_L0:;

  return __pyx_r;
}

/* "shapes.pyx":33
 *         return self.area() * k * k
 *
 *     def scaled_area(self, double k):             # <<<<<<<<<<<<<<
 *         return self.c_scaled_area(k)
 *
*/

/* Python wrapper */
static mp_obj_t __pyx_pw_6shapes_5Shape_13scaled_area(mp_obj_t __pyx_v_self,

mp_obj_t const *__pyx_args, mp_int_t __pyx_nargs, mp_obj_t __pyx_kwds

); /*proto*/
static cy_PyMethodDef __pyx_mdef_6shapes_5Shape_13scaled_area = {"scaled_area", (cy_PyCFunction)(void(*)(void))(cy_Pyx_PyCFunction_FastCallWithKeywords)__pyx_pw_6shapes_5Shape_13scaled_area, cy_Pyx_METH_FASTCALL|cy_METH_KEYWORDS, 0};
static mp_obj_t __pyx_pw_6shapes_5Shape_13scaled_area(mp_obj_t __pyx_v_self,

mp_obj_t const *__pyx_args, mp_int_t __pyx_nargs, mp_obj_t __pyx_kwds

) {
  double __pyx_v_k;

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
&__pyx_n_u_k, 0 };
static const cy_Pyx_ArgSpec __pyx_argspec = { "scaled_area",
__pyx_pyargnames, 1, 1, 1, 0,
0, 0,

cy_Pyx_ARGS_EXACT|cy_Pyx_ARGS_KEYWORDS|cy_Pyx_ARGS_CLEAR };
if (MP_LIKELY(!!(!__pyx_kwds && __pyx_nargs == 1))) {
values[0] = __pyx_args[0];
} else if
(cy_Pyx_ParseArgs(&__pyx_argspec, __pyx_args,

__pyx_nargs, __pyx_kwds, values) < 0) {
do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 33; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L3_error; } while (0); }

    __pyx_v_k = cy_Pyx_PyFloat_AsDouble(values[0]); if (MP_UNLIKELY(!!((__pyx_v_k == (double)-1) && cy_PyErr_Occurred()))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 33; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L3_error; } while (0);
  }

  goto __pyx_L4_argument_unpacking_done;
  __pyx_L3_error:;
  for (mp_int_t __pyx_temp=0; __pyx_temp < (mp_int_t)(sizeof(values)/sizeof(values[0])); ++__pyx_temp) {

  }
  __pyx_traceback_0(".Shape.scaled_area", __pyx_lineno);

  return NULL;
  __pyx_L4_argument_unpacking_done:;
  __pyx_r = __pyx_pf_6shapes_5Shape_12scaled_area(((struct __pyx_obj_6shapes_Shape *)__pyx_v_self), __pyx_v_k);

  /* function exit code */
  for (mp_int_t __pyx_temp=0; __pyx_temp < (mp_int_t)(sizeof(values)/sizeof(values[0])); ++__pyx_temp) {

  }

  return __pyx_r;
}

static mp_obj_t __pyx_pf_6shapes_5Shape_12scaled_area(struct __pyx_obj_6shapes_Shape *__pyx_v_self, double __pyx_v_k) {
  mp_obj_t __pyx_r = NULL;
  __Pyx_RefNannyDeclarations
  double __pyx_t_1;
  mp_obj_t __pyx_t_2 = NULL;
  int __pyx_lineno = 0;
  const char *__pyx_filename = NULL;
  int __pyx_clineno = 0;

  /* "shapes.pyx":34
 *
 *     def scaled_area(self, double k):
 *         return self.c_scaled_area(k)             # <<<<<<<<<<<<<<
 *
 *     @property
*/
  __pyx_t_1 = ((struct __pyx_vtabstruct_6shapes_Shape *)__pyx_v_self->__pyx_vtab)->c_scaled_area(__pyx_v_self, __pyx_v_k); if (MP_UNLIKELY(!!(cy_PyErr_Occurred()))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 34; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);
  __pyx_t_2 = cy_PyFloat_FromDouble(__pyx_t_1); if (MP_UNLIKELY(!!(!__pyx_t_2))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 34; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

  {
    mp_obj_t __pyx_temp;
    {
      __pyx_temp = __pyx_r;
      __pyx_r = __pyx_t_2;
    }

  }
  __pyx_t_2 = 0;
  goto __pyx_L0;

  /* "shapes.pyx":33
 *         return self.area() * k * k
 *
 *     def scaled_area(self, double k):             # <<<<<<<<<<<<<<
 *         return self.c_scaled_area(k)
 *
*/

  /* function exit code */
  __pyx_L1_error:;

  __pyx_traceback_0(".Shape.scaled_area", __pyx_lineno);
  __pyx_r = NULL;
  __pyx_L0:;

  return __pyx_r;
}

/* "shapes.pyx":36
 *         return self.c_scaled_area(k)
 *
 *     @property             # <<<<<<<<<<<<<<
 *     def ident(self):
 *         return self._id
*/

/* Python wrapper */
static mp_obj_t __pyx_pw_6shapes_5Shape_5ident_1__get__(mp_obj_t __pyx_v_self); /*proto*/
static mp_obj_t __pyx_pw_6shapes_5Shape_5ident_1__get__(mp_obj_t __pyx_v_self) {
  CYTHON_UNUSED mp_obj_t const *__pyx_kwvalues;
  mp_obj_t __pyx_r = 0;
  __Pyx_RefNannyDeclarations

  __pyx_kwvalues = cy_Pyx_KwValues_VARARGS(__pyx_args, __pyx_nargs);
  __pyx_r = __pyx_pf_6shapes_5Shape_5ident___get__(((struct __pyx_obj_6shapes_Shape *)__pyx_v_self));

  /* function exit code */

  return __pyx_r;
}

static mp_obj_t __pyx_pf_6shapes_5Shape_5ident___get__(struct __pyx_obj_6shapes_Shape *__pyx_v_self) {
  mp_obj_t __pyx_r = NULL;
  __Pyx_RefNannyDeclarations
  mp_obj_t __pyx_t_1 = NULL;
  int __pyx_lineno = 0;
  const char *__pyx_filename = NULL;
  int __pyx_clineno = 0;

  /* "shapes.pyx":38
 *     @property
 *     def ident(self):
 *         return self._id             # <<<<<<<<<<<<<<
 *
 *     @ident.setter
*/
  __pyx_t_1 = cy_Pyx_PyLong_From_int(__pyx_v_self->_id); if (MP_UNLIKELY(!!(!__pyx_t_1))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 38; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

  {
    mp_obj_t __pyx_temp;
    {
      __pyx_temp = __pyx_r;
      __pyx_r = __pyx_t_1;
    }

  }
  __pyx_t_1 = 0;
  goto __pyx_L0;

  /* "shapes.pyx":36
 *         return self.c_scaled_area(k)
 *
 *     @property             # <<<<<<<<<<<<<<
 *     def ident(self):
 *         return self._id
*/

  /* function exit code */
  __pyx_L1_error:;

  __pyx_traceback_0(".Shape.ident.__get__", __pyx_lineno);
  __pyx_r = NULL;
  __pyx_L0:;

  return __pyx_r;
}

/* "shapes.pyx":40
 *         return self._id
 *
 *     @ident.setter             # <<<<<<<<<<<<<<
 *     def ident(self, int value):
 *         if value < 0:
*/

/* Python wrapper */
static int __pyx_pw_6shapes_5Shape_5ident_3__set__(mp_obj_t __pyx_v_self, mp_obj_t __pyx_arg_value); /*proto*/
static int __pyx_pw_6shapes_5Shape_5ident_3__set__(mp_obj_t __pyx_v_self, mp_obj_t __pyx_arg_value) {
  int __pyx_v_value;
  CYTHON_UNUSED mp_obj_t const *__pyx_kwvalues;
  int __pyx_lineno = 0;
  const char *__pyx_filename = NULL;
  int __pyx_clineno = 0;
  int __pyx_r;
  __Pyx_RefNannyDeclarations

  __pyx_kwvalues = cy_Pyx_KwValues_VARARGS(__pyx_args, __pyx_nargs);
  assert(__pyx_arg_value); {
    __pyx_v_value = cy_Pyx_PyLong_As_int(__pyx_arg_value); if (MP_UNLIKELY(!!((__pyx_v_value == (int)-1) && cy_PyErr_Occurred()))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 41; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L3_error; } while (0);
  }
  goto __pyx_L4_argument_unpacking_done;
  __pyx_L3_error:;
  __pyx_traceback_0(".Shape.ident.__set__", __pyx_lineno);

  return -1;
  __pyx_L4_argument_unpacking_done:;
  __pyx_r = __pyx_pf_6shapes_5Shape_5ident_2__set__(((struct __pyx_obj_6shapes_Shape *)__pyx_v_self), ((int)__pyx_v_value));

  /* function exit code */

  return __pyx_r;
}

static int __pyx_pf_6shapes_5Shape_5ident_2__set__(struct __pyx_obj_6shapes_Shape *__pyx_v_self, int __pyx_v_value) {
  int __pyx_r;
  __Pyx_RefNannyDeclarations
  int __pyx_t_1;
  mp_obj_t __pyx_t_2 = NULL;
  mp_obj_t __pyx_t_3 = NULL;
  size_t __pyx_t_4;
  int __pyx_lineno = 0;
  const char *__pyx_filename = NULL;
  int __pyx_clineno = 0;

  /* "shapes.pyx":42
 *     @ident.setter
 *     def ident(self, int value):
 *         if value < 0:             # <<<<<<<<<<<<<<
 *             raise ValueError("ident must be non-negative")
 *         self._id = value
*/
  __pyx_t_1 = (__pyx_v_value < 0);

  if (MP_UNLIKELY(!!(__pyx_t_1))) {

    /* "shapes.pyx":43
 *     def ident(self, int value):
 *         if value < 0:
 *             raise ValueError("ident must be non-negative")             # <<<<<<<<<<<<<<
 *         self._id = value
 *
*/
    __pyx_t_3 = NULL;
    __pyx_t_4 = 1;
    {
      mp_obj_t __pyx_callargs[2] = {__pyx_t_3, __pyx_kp_u_ident_must_be_non_negative};
      __pyx_t_2 = cy_Pyx_PyObject_FastCall((mp_obj_t)(((cy_PyTypeObject*)MP_OBJ_FROM_PTR(&mp_type_ValueError))), __pyx_callargs+__pyx_t_4, (2-__pyx_t_4) | (__pyx_t_4*cy_Pyx_PY_VECTORCALL_ARGUMENTS_OFFSET));
       __pyx_t_3 = 0;
      if (MP_UNLIKELY(!!(!__pyx_t_2))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 43; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

    }
    cy_Pyx_Raise(__pyx_t_2, 0, 0, 0);
     __pyx_t_2 = 0;
    do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 43; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

    /* "shapes.pyx":42
 *     @ident.setter
 *     def ident(self, int value):
 *         if value < 0:             # <<<<<<<<<<<<<<
 *             raise ValueError("ident must be non-negative")
 *         self._id = value
*/
  }

  /* "shapes.pyx":44
 *         if value < 0:
 *             raise ValueError("ident must be non-negative")
 *         self._id = value             # <<<<<<<<<<<<<<
 *
 *     def __repr__(self):
*/
  __pyx_v_self->_id = __pyx_v_value;

  /* "shapes.pyx":40
 *         return self._id
 *
 *     @ident.setter             # <<<<<<<<<<<<<<
 *     def ident(self, int value):
 *         if value < 0:
*/

  /* function exit code */
  __pyx_r = 0;
  goto __pyx_L0;
  __pyx_L1_error:;

  __pyx_traceback_0(".Shape.ident.__set__", __pyx_lineno);
  __pyx_r = -1;
  __pyx_L0:;

  return __pyx_r;
}

/* "shapes.pyx":46
 *         self._id = value
 *
 *     def __repr__(self):             # <<<<<<<<<<<<<<
 *         return "<%s %r>" % (type(self).__name__, self.name)
 *
*/

/* Python wrapper */
static mp_obj_t __pyx_pw_6shapes_5Shape_15__repr__(mp_obj_t __pyx_v_self); /*proto*/
static mp_obj_t __pyx_pw_6shapes_5Shape_15__repr__(mp_obj_t __pyx_v_self) {
  CYTHON_UNUSED mp_obj_t const *__pyx_kwvalues;
  mp_obj_t __pyx_r = 0;
  __Pyx_RefNannyDeclarations

  __pyx_kwvalues = cy_Pyx_KwValues_VARARGS(__pyx_args, __pyx_nargs);
  __pyx_r = __pyx_pf_6shapes_5Shape_14__repr__(((struct __pyx_obj_6shapes_Shape *)__pyx_v_self));

  /* function exit code */

  return __pyx_r;
}

static mp_obj_t __pyx_pf_6shapes_5Shape_14__repr__(struct __pyx_obj_6shapes_Shape *__pyx_v_self) {
  mp_obj_t __pyx_r = NULL;
  __Pyx_RefNannyDeclarations
  mp_obj_t __pyx_t_1 = NULL;
  mp_obj_t __pyx_t_2 = NULL;
  mp_obj_t __pyx_t_3[5];
  mp_int_t __pyx_t_4;
  int __pyx_t_5;
  mp_obj_t __pyx_t_6 = NULL;
  int __pyx_lineno = 0;
  const char *__pyx_filename = NULL;
  int __pyx_clineno = 0;

  /* "shapes.pyx":47
 *
 *     def __repr__(self):
 *         return "<%s %r>" % (type(self).__name__, self.name)             # <<<<<<<<<<<<<<
 *
 *
*/
  __pyx_t_1 = cy_Pyx_PyObject_GetAttrStr(((mp_obj_t )cy_Py_TYPE(((mp_obj_t )__pyx_v_self))), __pyx_n_u_name_2); if (MP_UNLIKELY(!!(!__pyx_t_1))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 47; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

  __pyx_t_2 = cy_Pyx_PyObject_FormatSimpleAndDecref(cy_PyObject_Str(__pyx_t_1), __pyx_mstate_global->__pyx_empty_unicode); if (MP_UNLIKELY(!!(!__pyx_t_2))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 47; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

   __pyx_t_1 = 0;
  __pyx_t_1 = cy_Pyx_PyObject_FormatSimpleAndDecref(cy_PyObject_Repr(__pyx_v_self->name), __pyx_mstate_global->__pyx_empty_unicode); if (MP_UNLIKELY(!!(!__pyx_t_1))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 47; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

  __pyx_t_3[0] = __pyx_kp_u__3;
  __pyx_t_3[1] = __pyx_t_2;
  __pyx_t_3[2] = __pyx_kp_u__2;
  __pyx_t_3[3] = __pyx_t_1;
  __pyx_t_3[4] = __pyx_kp_u__4;
  __pyx_t_4 = 3;

  __pyx_t_5 = 0;

  __pyx_t_6 = cy_Pyx_PyUnicode_Join(__pyx_t_3, 5, __pyx_t_4, __pyx_t_5);
  if (MP_UNLIKELY(!!(!__pyx_t_6))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 47; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

   __pyx_t_2 = 0;
   __pyx_t_1 = 0;
  {
    mp_obj_t __pyx_temp;
    {
      __pyx_temp = __pyx_r;
      __pyx_r = __pyx_t_6;
    }

  }
  __pyx_t_6 = 0;
  goto __pyx_L0;

  /* "shapes.pyx":46
 *         self._id = value
 *
 *     def __repr__(self):             # <<<<<<<<<<<<<<
 *         return "<%s %r>" % (type(self).__name__, self.name)
 *
*/

  /* function exit code */
  __pyx_L1_error:;

  __pyx_traceback_0(".Shape.__repr__", __pyx_lineno);
  __pyx_r = NULL;
  __pyx_L0:;

  return __pyx_r;
}

/* "shapes.pyx":8
 *
 * cdef class Shape:
 *     cdef public str name             # <<<<<<<<<<<<<<
 *     cdef int _id
 *
*/

/* Python wrapper */
static mp_obj_t __pyx_pw_6shapes_5Shape_4name_1__get__(mp_obj_t __pyx_v_self); /*proto*/
static mp_obj_t __pyx_pw_6shapes_5Shape_4name_1__get__(mp_obj_t __pyx_v_self) {
  CYTHON_UNUSED mp_obj_t const *__pyx_kwvalues;
  mp_obj_t __pyx_r = 0;
  __Pyx_RefNannyDeclarations

  __pyx_kwvalues = cy_Pyx_KwValues_VARARGS(__pyx_args, __pyx_nargs);
  __pyx_r = __pyx_pf_6shapes_5Shape_4name___get__(((struct __pyx_obj_6shapes_Shape *)__pyx_v_self));

  /* function exit code */

  return __pyx_r;
}

static mp_obj_t __pyx_pf_6shapes_5Shape_4name___get__(struct __pyx_obj_6shapes_Shape *__pyx_v_self) {
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

            __pyx_r = __pyx_v_self->name;
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
static int __pyx_pw_6shapes_5Shape_4name_3__set__(mp_obj_t __pyx_v_self, mp_obj_t __pyx_v_value); /*proto*/
static int __pyx_pw_6shapes_5Shape_4name_3__set__(mp_obj_t __pyx_v_self, mp_obj_t __pyx_v_value) {
  CYTHON_UNUSED mp_obj_t const *__pyx_kwvalues;
  int __pyx_r;
  __Pyx_RefNannyDeclarations

  __pyx_kwvalues = cy_Pyx_KwValues_VARARGS(__pyx_args, __pyx_nargs);
  __pyx_r = __pyx_pf_6shapes_5Shape_4name_2__set__(((struct __pyx_obj_6shapes_Shape *)__pyx_v_self), ((mp_obj_t )__pyx_v_value));

  /* function exit code */

  return __pyx_r;
}

static int __pyx_pf_6shapes_5Shape_4name_2__set__(struct __pyx_obj_6shapes_Shape *__pyx_v_self, mp_obj_t __pyx_v_value) {
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

        if (!(MP_LIKELY(!!(cy_PyUnicode_CheckExact(__pyx_t_2)))||((__pyx_t_2) == mp_const_none) || cy_Pyx_RaiseUnexpectedTypeError("str", __pyx_t_2))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 8; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L4_error; } while (0);

        __pyx_v_self->name = ((mp_obj_t)__pyx_t_2);
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

  __pyx_traceback_0(".Shape.name.__set__", __pyx_lineno);
  __pyx_r = -1;
  __pyx_L0:;

  return __pyx_r;
}

/* Python wrapper */
static int __pyx_pw_6shapes_5Shape_4name_5__del__(mp_obj_t __pyx_v_self); /*proto*/
static int __pyx_pw_6shapes_5Shape_4name_5__del__(mp_obj_t __pyx_v_self) {
  CYTHON_UNUSED mp_obj_t const *__pyx_kwvalues;
  int __pyx_r;
  __Pyx_RefNannyDeclarations

  __pyx_kwvalues = cy_Pyx_KwValues_VARARGS(__pyx_args, __pyx_nargs);
  __pyx_r = __pyx_pf_6shapes_5Shape_4name_4__del__(((struct __pyx_obj_6shapes_Shape *)__pyx_v_self));

  /* function exit code */

  return __pyx_r;
}

static int __pyx_pf_6shapes_5Shape_4name_4__del__(struct __pyx_obj_6shapes_Shape *__pyx_v_self) {
  int __pyx_r;
  __Pyx_RefNannyDeclarations
  mp_obj_t __pyx_t_1 = NULL;

  {
      cy_Pyx_PyCriticalSection __pyx_cs;
      __pyx_t_1 = ((mp_obj_t )__pyx_v_self);

      cy_Pyx_PyCriticalSection_Begin(&__pyx_cs, (mp_obj_t)__pyx_t_1);
      /*try:*/ {

        __pyx_v_self->name = ((mp_obj_t)mp_const_none);
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

/* "shapes.pyx":53
 *     cdef readonly double w, h
 *
 *     def __init__(self, double w, double h, name="rect"):             # <<<<<<<<<<<<<<
 *         super().__init__(name)
 *         self.w = w
*/

/* Python wrapper */
static int __pyx_pw_6shapes_4Rect_1__init__(mp_obj_t __pyx_v_self, mp_obj_t __pyx_args, mp_obj_t __pyx_kwds); /*proto*/
static int __pyx_pw_6shapes_4Rect_1__init__(mp_obj_t __pyx_v_self, mp_obj_t __pyx_args, mp_obj_t __pyx_kwds) {
  double __pyx_v_w;
  double __pyx_v_h;
  mp_obj_t __pyx_v_name = 0;
  CYTHON_UNUSED mp_int_t __pyx_nargs;
  CYTHON_UNUSED mp_obj_t const *__pyx_kwvalues;
  mp_obj_t values[3] = {0,0,0};
  int __pyx_lineno = 0;
  const char *__pyx_filename = NULL;
  int __pyx_clineno = 0;
  int __pyx_r;
  __Pyx_RefNannyDeclarations

  __pyx_nargs = cy_PyTuple_Size(__pyx_args); if (MP_UNLIKELY(!!(__pyx_nargs < 0))) return -1;

  __pyx_kwvalues = cy_Pyx_KwValues_VARARGS(__pyx_args, __pyx_nargs);
  {
    mp_obj_t * const __pyx_pyargnames[] = {&__pyx_n_u_w,&__pyx_n_u_h,&__pyx_n_u_name,0};
    const mp_int_t __pyx_kwds_len = (__pyx_kwds) ? cy_Pyx_NumKwargs_VARARGS(__pyx_kwds) : 0;
    if (MP_UNLIKELY(!!(__pyx_kwds_len < 0))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 53; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L3_error; } while (0);
    if (__pyx_kwds_len > 0) {
      switch (__pyx_nargs) {
        case  3:
        values[2] = cy_Pyx_ArgRef_VARARGS(__pyx_args, 2);
        if (!0 && MP_UNLIKELY(!!(!values[2]))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 53; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L3_error; } while (0);
        CYTHON_FALLTHROUGH;
        case  2:
        values[1] = cy_Pyx_ArgRef_VARARGS(__pyx_args, 1);
        if (!0 && MP_UNLIKELY(!!(!values[1]))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 53; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L3_error; } while (0);
        CYTHON_FALLTHROUGH;
        case  1:
        values[0] = cy_Pyx_ArgRef_VARARGS(__pyx_args, 0);
        if (!0 && MP_UNLIKELY(!!(!values[0]))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 53; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L3_error; } while (0);
        CYTHON_FALLTHROUGH;
        case  0: break;
        default: goto __pyx_L5_argtuple_error;
      }
      const mp_int_t kwd_pos_args = __pyx_nargs;
      if (cy_Pyx_ParseKeywords(__pyx_kwds, __pyx_kwvalues, __pyx_pyargnames, 0, values, kwd_pos_args, __pyx_kwds_len, "__init__", 0) < (0)) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 53; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L3_error; } while (0);
      if (!values[2]) values[2] = ((mp_obj_t )__pyx_n_u_rect);
      for (mp_int_t i = __pyx_nargs; i < 2; i++) {
        if (MP_UNLIKELY(!!(!values[i]))) { cy_Pyx_RaiseArgtupleInvalid("__init__", 0, 2, 3, i); do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 53; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L3_error; } while (0); }
      }
    } else {
      switch (__pyx_nargs) {
        case  3:
        values[2] = cy_Pyx_ArgRef_VARARGS(__pyx_args, 2);
        if (!0 && MP_UNLIKELY(!!(!values[2]))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 53; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L3_error; } while (0);
        CYTHON_FALLTHROUGH;
        case  2:
        values[1] = cy_Pyx_ArgRef_VARARGS(__pyx_args, 1);
        if (!0 && MP_UNLIKELY(!!(!values[1]))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 53; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L3_error; } while (0);
        values[0] = cy_Pyx_ArgRef_VARARGS(__pyx_args, 0);
        if (!0 && MP_UNLIKELY(!!(!values[0]))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 53; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L3_error; } while (0);
        break;
        default: goto __pyx_L5_argtuple_error;
      }
      if (!values[2]) values[2] = ((mp_obj_t )__pyx_n_u_rect);
    }
    __pyx_v_w = cy_Pyx_PyFloat_AsDouble(values[0]); if (MP_UNLIKELY(!!((__pyx_v_w == (double)-1) && cy_PyErr_Occurred()))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 53; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L3_error; } while (0);
    __pyx_v_h = cy_Pyx_PyFloat_AsDouble(values[1]); if (MP_UNLIKELY(!!((__pyx_v_h == (double)-1) && cy_PyErr_Occurred()))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 53; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L3_error; } while (0);
    __pyx_v_name = values[2];
  }
  goto __pyx_L6_skip;
  __pyx_L5_argtuple_error:;
  cy_Pyx_RaiseArgtupleInvalid("__init__", 0, 2, 3, __pyx_nargs); do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 53; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L3_error; } while (0);
  __pyx_L6_skip:;
  goto __pyx_L4_argument_unpacking_done;
  __pyx_L3_error:;
  for (mp_int_t __pyx_temp=0; __pyx_temp < (mp_int_t)(sizeof(values)/sizeof(values[0])); ++__pyx_temp) {

  }
  __pyx_traceback_0(".Rect.__init__", __pyx_lineno);

  return -1;
  __pyx_L4_argument_unpacking_done:;
  __pyx_r = __pyx_pf_6shapes_4Rect___init__(((struct __pyx_obj_6shapes_Rect *)__pyx_v_self), __pyx_v_w, __pyx_v_h, __pyx_v_name);

  /* function exit code */
  for (mp_int_t __pyx_temp=0; __pyx_temp < (mp_int_t)(sizeof(values)/sizeof(values[0])); ++__pyx_temp) {

  }

  return __pyx_r;
}

static int __pyx_pf_6shapes_4Rect___init__(struct __pyx_obj_6shapes_Rect *__pyx_v_self, double __pyx_v_w, double __pyx_v_h, mp_obj_t __pyx_v_name) {
  int __pyx_r;
  __Pyx_RefNannyDeclarations
  mp_obj_t __pyx_t_1 = NULL;
  mp_obj_t __pyx_t_2 = NULL;
  mp_obj_t __pyx_t_3 = NULL;
  mp_obj_t __pyx_t_4 = NULL;
  size_t __pyx_t_5;
  int __pyx_lineno = 0;
  const char *__pyx_filename = NULL;
  int __pyx_clineno = 0;

  /* "shapes.pyx":54
 *
 *     def __init__(self, double w, double h, name="rect"):
 *         super().__init__(name)             # <<<<<<<<<<<<<<
 *         self.w = w
 *         self.h = h
*/
  __pyx_t_4 = NULL;
  __pyx_t_5 = 1;
  {
    mp_obj_t __pyx_callargs[3] = {__pyx_t_4, ((mp_obj_t )__pyx_mstate_global->__pyx_ptype_6shapes_Rect), ((mp_obj_t )__pyx_v_self)};
    __pyx_t_3 = cy_Pyx_PyObject_FastCall((mp_obj_t)__pyx_builtin_super, __pyx_callargs+__pyx_t_5, (3-__pyx_t_5) | (__pyx_t_5*cy_Pyx_PY_VECTORCALL_ARGUMENTS_OFFSET));
     __pyx_t_4 = 0;
    if (MP_UNLIKELY(!!(!__pyx_t_3))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 54; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

  }
  __pyx_t_2 = __pyx_t_3;

  __pyx_t_5 = 0;
  {
    mp_obj_t __pyx_callargs[2] = {__pyx_t_2, __pyx_v_name};
    __pyx_t_1 = cy_Pyx_PyObject_FastCallMethod((mp_obj_t)__pyx_n_u_init, __pyx_callargs+__pyx_t_5, (2-__pyx_t_5) | (1*cy_Pyx_PY_VECTORCALL_ARGUMENTS_OFFSET));
     __pyx_t_2 = 0;
     __pyx_t_3 = 0;
    if (MP_UNLIKELY(!!(!__pyx_t_1))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 54; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

  }
   __pyx_t_1 = 0;

  /* "shapes.pyx":55
 *     def __init__(self, double w, double h, name="rect"):
 *         super().__init__(name)
 *         self.w = w             # <<<<<<<<<<<<<<
 *         self.h = h
 *
*/
  __pyx_v_self->w = __pyx_v_w;

  /* "shapes.pyx":56
 *         super().__init__(name)
 *         self.w = w
 *         self.h = h             # <<<<<<<<<<<<<<
 *
 *     cpdef double area(self):
*/
  __pyx_v_self->h = __pyx_v_h;

  /* "shapes.pyx":53
 *     cdef readonly double w, h
 *
 *     def __init__(self, double w, double h, name="rect"):             # <<<<<<<<<<<<<<
 *         super().__init__(name)
 *         self.w = w
*/

  /* function exit code */
  __pyx_r = 0;
  goto __pyx_L0;
  __pyx_L1_error:;

  __pyx_traceback_0(".Rect.__init__", __pyx_lineno);
  __pyx_r = -1;
  __pyx_L0:;

  return __pyx_r;
}

/* "shapes.pyx":58
 *         self.h = h
 *
 *     cpdef double area(self):             # <<<<<<<<<<<<<<
 *         return self.w * self.h
 *
*/

static mp_obj_t __pyx_pw_6shapes_4Rect_3area(mp_obj_t __pyx_v_self,

mp_obj_t const *__pyx_args, mp_int_t __pyx_nargs, mp_obj_t __pyx_kwds

); /*proto*/
static double __pyx_f_6shapes_4Rect_area(struct __pyx_obj_6shapes_Rect *__pyx_v_self, int __pyx_skip_dispatch) {
  double __pyx_r;
  __Pyx_RefNannyDeclarations
  mp_obj_t __pyx_t_1 = NULL;
  mp_obj_t __pyx_t_2 = NULL;
  mp_obj_t __pyx_t_3 = NULL;
  mp_obj_t __pyx_t_4 = NULL;
  size_t __pyx_t_5;
  double __pyx_t_6;
  int __pyx_lineno = 0;
  const char *__pyx_filename = NULL;
  int __pyx_clineno = 0;

  /* Check if called by wrapper */
  if (MP_UNLIKELY(!!(__pyx_skip_dispatch))) ;
  /* Check if overridden in Python */
  else if (

  MP_UNLIKELY(!!(cy_Py_TYPE(((mp_obj_t )__pyx_v_self)) != __pyx_mstate_global->__pyx_ptype_6shapes_Rect &&
  cy_Pyx_PyType_HasFeature(cy_Py_TYPE(((mp_obj_t )__pyx_v_self)), cy_Py_TPFLAGS_HAVE_GC)))

  ) {

      __pyx_t_1 = cy_Pyx_PyObject_GetAttrStr(((mp_obj_t )__pyx_v_self), __pyx_n_u_area); if (MP_UNLIKELY(!!(!__pyx_t_1))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 58; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

      if (!cy_Pyx_IsSameCFunction(__pyx_t_1, (void(*)(void)) __pyx_pw_6shapes_4Rect_3area)) {
        __pyx_t_3 = NULL;

        __pyx_t_4 = __pyx_t_1;
        __pyx_t_5 = 1;

        {
          mp_obj_t __pyx_callargs[2] = {__pyx_t_3, NULL};
          __pyx_t_2 = cy_Pyx_PyObject_FastCall((mp_obj_t)__pyx_t_4, __pyx_callargs+__pyx_t_5, (1-__pyx_t_5) | (__pyx_t_5*cy_Pyx_PY_VECTORCALL_ARGUMENTS_OFFSET));
           __pyx_t_3 = 0;
           __pyx_t_4 = 0;
          if (MP_UNLIKELY(!!(!__pyx_t_2))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 58; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

        }
        __pyx_t_6 = cy_Pyx_PyFloat_AsDouble(__pyx_t_2); if (MP_UNLIKELY(!!((__pyx_t_6 == (double)-1) && cy_PyErr_Occurred()))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 58; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);
         __pyx_t_2 = 0;
        {
          __pyx_r = __pyx_t_6;
        }
         __pyx_t_1 = 0;
        goto __pyx_L0;
      }

       __pyx_t_1 = 0;

  }

  /* "shapes.pyx":59
 *
 *     cpdef double area(self):
 *         return self.w * self.h             # <<<<<<<<<<<<<<
 *
 *     cpdef double perimeter(self):
*/
  {

    __pyx_r = (__pyx_v_self->w * __pyx_v_self->h);
  }
  goto __pyx_L0;

  /* "shapes.pyx":58
 *         self.h = h
 *
 *     cpdef double area(self):             # <<<<<<<<<<<<<<
 *         return self.w * self.h
 *
*/

  /* function exit code */
  __pyx_L1_error:;

  __pyx_traceback_0(".Rect.area", __pyx_lineno);
  __pyx_r = 0;
  __pyx_L0:;

  return __pyx_r;
}

/* Python wrapper */
static mp_obj_t __pyx_pw_6shapes_4Rect_3area(mp_obj_t __pyx_v_self,

mp_obj_t const *__pyx_args, mp_int_t __pyx_nargs, mp_obj_t __pyx_kwds

); /*proto*/
static cy_PyMethodDef __pyx_mdef_6shapes_4Rect_3area = {"area", (cy_PyCFunction)(void(*)(void))(cy_Pyx_PyCFunction_FastCallWithKeywords)__pyx_pw_6shapes_4Rect_3area, cy_Pyx_METH_FASTCALL|cy_METH_KEYWORDS, 0};
static mp_obj_t __pyx_pw_6shapes_4Rect_3area(mp_obj_t __pyx_v_self,

mp_obj_t const *__pyx_args, mp_int_t __pyx_nargs, mp_obj_t __pyx_kwds

) {

  CYTHON_UNUSED mp_obj_t const *__pyx_kwvalues;
  mp_obj_t __pyx_r = 0;
  __Pyx_RefNannyDeclarations

  __pyx_kwvalues = cy_Pyx_KwValues_FASTCALL(__pyx_args, __pyx_nargs);
  if (MP_UNLIKELY(!!(__pyx_nargs || __pyx_kwds)) && cy_Pyx_RejectArgs("area", __pyx_args, __pyx_nargs, __pyx_kwds)
< 0) return NULL;

  __pyx_r = __pyx_pf_6shapes_4Rect_2area(((struct __pyx_obj_6shapes_Rect *)__pyx_v_self));

  /* function exit code */

  return __pyx_r;
}

static mp_obj_t __pyx_pf_6shapes_4Rect_2area(struct __pyx_obj_6shapes_Rect *__pyx_v_self) {
  mp_obj_t __pyx_r = NULL;
  __Pyx_RefNannyDeclarations
  double __pyx_t_1;
  mp_obj_t __pyx_t_2 = NULL;
  int __pyx_lineno = 0;
  const char *__pyx_filename = NULL;
  int __pyx_clineno = 0;

  __pyx_t_1 = __pyx_f_6shapes_4Rect_area(__pyx_v_self, 1); if (MP_UNLIKELY(!!(cy_PyErr_Occurred()))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 58; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);
  __pyx_t_2 = cy_PyFloat_FromDouble(__pyx_t_1); if (MP_UNLIKELY(!!(!__pyx_t_2))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 58; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

  {
    mp_obj_t __pyx_temp;
    {
      __pyx_temp = __pyx_r;
      __pyx_r = __pyx_t_2;
    }

  }
  __pyx_t_2 = 0;
  goto __pyx_L0;

  /* function exit code */
  __pyx_L1_error:;

  __pyx_traceback_0(".Rect.area", __pyx_lineno);
  __pyx_r = NULL;
  __pyx_L0:;

  return __pyx_r;
}

/* "shapes.pyx":61
 *         return self.w * self.h
 *
 *     cpdef double perimeter(self):             # <<<<<<<<<<<<<<
 *         return 2 * (self.w + self.h)
 *
*/

static mp_obj_t __pyx_pw_6shapes_4Rect_5perimeter(mp_obj_t __pyx_v_self,

mp_obj_t const *__pyx_args, mp_int_t __pyx_nargs, mp_obj_t __pyx_kwds

); /*proto*/
static double __pyx_f_6shapes_4Rect_perimeter(struct __pyx_obj_6shapes_Rect *__pyx_v_self, int __pyx_skip_dispatch) {
  double __pyx_r;
  __Pyx_RefNannyDeclarations
  mp_obj_t __pyx_t_1 = NULL;
  mp_obj_t __pyx_t_2 = NULL;
  mp_obj_t __pyx_t_3 = NULL;
  mp_obj_t __pyx_t_4 = NULL;
  size_t __pyx_t_5;
  double __pyx_t_6;
  int __pyx_lineno = 0;
  const char *__pyx_filename = NULL;
  int __pyx_clineno = 0;

  /* Check if called by wrapper */
  if (MP_UNLIKELY(!!(__pyx_skip_dispatch))) ;
  /* Check if overridden in Python */
  else if (

  MP_UNLIKELY(!!(cy_Py_TYPE(((mp_obj_t )__pyx_v_self)) != __pyx_mstate_global->__pyx_ptype_6shapes_Rect &&
  cy_Pyx_PyType_HasFeature(cy_Py_TYPE(((mp_obj_t )__pyx_v_self)), cy_Py_TPFLAGS_HAVE_GC)))

  ) {

      __pyx_t_1 = cy_Pyx_PyObject_GetAttrStr(((mp_obj_t )__pyx_v_self), __pyx_n_u_perimeter); if (MP_UNLIKELY(!!(!__pyx_t_1))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 61; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

      if (!cy_Pyx_IsSameCFunction(__pyx_t_1, (void(*)(void)) __pyx_pw_6shapes_4Rect_5perimeter)) {
        __pyx_t_3 = NULL;

        __pyx_t_4 = __pyx_t_1;
        __pyx_t_5 = 1;

        {
          mp_obj_t __pyx_callargs[2] = {__pyx_t_3, NULL};
          __pyx_t_2 = cy_Pyx_PyObject_FastCall((mp_obj_t)__pyx_t_4, __pyx_callargs+__pyx_t_5, (1-__pyx_t_5) | (__pyx_t_5*cy_Pyx_PY_VECTORCALL_ARGUMENTS_OFFSET));
           __pyx_t_3 = 0;
           __pyx_t_4 = 0;
          if (MP_UNLIKELY(!!(!__pyx_t_2))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 61; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

        }
        __pyx_t_6 = cy_Pyx_PyFloat_AsDouble(__pyx_t_2); if (MP_UNLIKELY(!!((__pyx_t_6 == (double)-1) && cy_PyErr_Occurred()))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 61; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);
         __pyx_t_2 = 0;
        {
          __pyx_r = __pyx_t_6;
        }
         __pyx_t_1 = 0;
        goto __pyx_L0;
      }

       __pyx_t_1 = 0;

  }

  /* "shapes.pyx":62
 *
 *     cpdef double perimeter(self):
 *         return 2 * (self.w + self.h)             # <<<<<<<<<<<<<<
 *
 *     cpdef str kind(self):
*/
  {

    __pyx_r = (2.0 * (__pyx_v_self->w + __pyx_v_self->h));
  }
  goto __pyx_L0;

  /* "shapes.pyx":61
 *         return self.w * self.h
 *
 *     cpdef double perimeter(self):             # <<<<<<<<<<<<<<
 *         return 2 * (self.w + self.h)
 *
*/

  /* function exit code */
  __pyx_L1_error:;

  __pyx_traceback_0(".Rect.perimeter", __pyx_lineno);
  __pyx_r = 0;
  __pyx_L0:;

  return __pyx_r;
}

/* Python wrapper */
static mp_obj_t __pyx_pw_6shapes_4Rect_5perimeter(mp_obj_t __pyx_v_self,

mp_obj_t const *__pyx_args, mp_int_t __pyx_nargs, mp_obj_t __pyx_kwds

); /*proto*/
static cy_PyMethodDef __pyx_mdef_6shapes_4Rect_5perimeter = {"perimeter", (cy_PyCFunction)(void(*)(void))(cy_Pyx_PyCFunction_FastCallWithKeywords)__pyx_pw_6shapes_4Rect_5perimeter, cy_Pyx_METH_FASTCALL|cy_METH_KEYWORDS, 0};
static mp_obj_t __pyx_pw_6shapes_4Rect_5perimeter(mp_obj_t __pyx_v_self,

mp_obj_t const *__pyx_args, mp_int_t __pyx_nargs, mp_obj_t __pyx_kwds

) {

  CYTHON_UNUSED mp_obj_t const *__pyx_kwvalues;
  mp_obj_t __pyx_r = 0;
  __Pyx_RefNannyDeclarations

  __pyx_kwvalues = cy_Pyx_KwValues_FASTCALL(__pyx_args, __pyx_nargs);
  if (MP_UNLIKELY(!!(__pyx_nargs || __pyx_kwds)) && cy_Pyx_RejectArgs("perimeter", __pyx_args, __pyx_nargs, __pyx_kwds)
< 0) return NULL;

  __pyx_r = __pyx_pf_6shapes_4Rect_4perimeter(((struct __pyx_obj_6shapes_Rect *)__pyx_v_self));

  /* function exit code */

  return __pyx_r;
}

static mp_obj_t __pyx_pf_6shapes_4Rect_4perimeter(struct __pyx_obj_6shapes_Rect *__pyx_v_self) {
  mp_obj_t __pyx_r = NULL;
  __Pyx_RefNannyDeclarations
  double __pyx_t_1;
  mp_obj_t __pyx_t_2 = NULL;
  int __pyx_lineno = 0;
  const char *__pyx_filename = NULL;
  int __pyx_clineno = 0;

  __pyx_t_1 = __pyx_f_6shapes_4Rect_perimeter(__pyx_v_self, 1); if (MP_UNLIKELY(!!(cy_PyErr_Occurred()))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 61; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);
  __pyx_t_2 = cy_PyFloat_FromDouble(__pyx_t_1); if (MP_UNLIKELY(!!(!__pyx_t_2))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 61; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

  {
    mp_obj_t __pyx_temp;
    {
      __pyx_temp = __pyx_r;
      __pyx_r = __pyx_t_2;
    }

  }
  __pyx_t_2 = 0;
  goto __pyx_L0;

  /* function exit code */
  __pyx_L1_error:;

  __pyx_traceback_0(".Rect.perimeter", __pyx_lineno);
  __pyx_r = NULL;
  __pyx_L0:;

  return __pyx_r;
}

/* "shapes.pyx":64
 *         return 2 * (self.w + self.h)
 *
 *     cpdef str kind(self):             # <<<<<<<<<<<<<<
 *         return "rect"
 *
*/

static mp_obj_t __pyx_pw_6shapes_4Rect_7kind(mp_obj_t __pyx_v_self,

mp_obj_t const *__pyx_args, mp_int_t __pyx_nargs, mp_obj_t __pyx_kwds

); /*proto*/
static mp_obj_t __pyx_f_6shapes_4Rect_kind(CYTHON_UNUSED struct __pyx_obj_6shapes_Rect *__pyx_v_self, int __pyx_skip_dispatch) {
  mp_obj_t __pyx_r = NULL;
  __Pyx_RefNannyDeclarations
  mp_obj_t __pyx_t_1 = NULL;
  mp_obj_t __pyx_t_2 = NULL;
  mp_obj_t __pyx_t_3 = NULL;
  mp_obj_t __pyx_t_4 = NULL;
  size_t __pyx_t_5;
  int __pyx_lineno = 0;
  const char *__pyx_filename = NULL;
  int __pyx_clineno = 0;

  /* Check if called by wrapper */
  if (MP_UNLIKELY(!!(__pyx_skip_dispatch))) ;
  /* Check if overridden in Python */
  else if (

  MP_UNLIKELY(!!(cy_Py_TYPE(((mp_obj_t )__pyx_v_self)) != __pyx_mstate_global->__pyx_ptype_6shapes_Rect &&
  cy_Pyx_PyType_HasFeature(cy_Py_TYPE(((mp_obj_t )__pyx_v_self)), cy_Py_TPFLAGS_HAVE_GC)))

  ) {

      __pyx_t_1 = cy_Pyx_PyObject_GetAttrStr(((mp_obj_t )__pyx_v_self), __pyx_n_u_kind); if (MP_UNLIKELY(!!(!__pyx_t_1))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 64; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

      if (!cy_Pyx_IsSameCFunction(__pyx_t_1, (void(*)(void)) __pyx_pw_6shapes_4Rect_7kind)) {
        __pyx_t_3 = NULL;

        __pyx_t_4 = __pyx_t_1;
        __pyx_t_5 = 1;

        {
          mp_obj_t __pyx_callargs[2] = {__pyx_t_3, NULL};
          __pyx_t_2 = cy_Pyx_PyObject_FastCall((mp_obj_t)__pyx_t_4, __pyx_callargs+__pyx_t_5, (1-__pyx_t_5) | (__pyx_t_5*cy_Pyx_PY_VECTORCALL_ARGUMENTS_OFFSET));
           __pyx_t_3 = 0;
           __pyx_t_4 = 0;
          if (MP_UNLIKELY(!!(!__pyx_t_2))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 64; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

        }
        if (!(MP_LIKELY(!!(cy_PyUnicode_CheckExact(__pyx_t_2)))||((__pyx_t_2) == mp_const_none) || cy_Pyx_RaiseUnexpectedTypeError("str", __pyx_t_2))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 64; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);
        {
          mp_obj_t __pyx_temp;
          {
            __pyx_temp = __pyx_r;
            __pyx_r = ((mp_obj_t)__pyx_t_2);
          }

        }
        __pyx_t_2 = 0;
         __pyx_t_1 = 0;
        goto __pyx_L0;
      }

       __pyx_t_1 = 0;

  }

  /* "shapes.pyx":65
 *
 *     cpdef str kind(self):
 *         return "rect"             # <<<<<<<<<<<<<<
 *
 *
*/
  {
    mp_obj_t __pyx_temp;
    {
      __pyx_temp = __pyx_r;

      __pyx_r = __pyx_n_u_rect;
    }

  }
  goto __pyx_L0;

  /* "shapes.pyx":64
 *         return 2 * (self.w + self.h)
 *
 *     cpdef str kind(self):             # <<<<<<<<<<<<<<
 *         return "rect"
 *
*/

  /* function exit code */
  __pyx_L1_error:;

  __pyx_traceback_0(".Rect.kind", __pyx_lineno);
  __pyx_r = 0;
  __pyx_L0:;

  return __pyx_r;
}

/* Python wrapper */
static mp_obj_t __pyx_pw_6shapes_4Rect_7kind(mp_obj_t __pyx_v_self,

mp_obj_t const *__pyx_args, mp_int_t __pyx_nargs, mp_obj_t __pyx_kwds

); /*proto*/
static cy_PyMethodDef __pyx_mdef_6shapes_4Rect_7kind = {"kind", (cy_PyCFunction)(void(*)(void))(cy_Pyx_PyCFunction_FastCallWithKeywords)__pyx_pw_6shapes_4Rect_7kind, cy_Pyx_METH_FASTCALL|cy_METH_KEYWORDS, 0};
static mp_obj_t __pyx_pw_6shapes_4Rect_7kind(mp_obj_t __pyx_v_self,

mp_obj_t const *__pyx_args, mp_int_t __pyx_nargs, mp_obj_t __pyx_kwds

) {

  CYTHON_UNUSED mp_obj_t const *__pyx_kwvalues;
  mp_obj_t __pyx_r = 0;
  __Pyx_RefNannyDeclarations

  __pyx_kwvalues = cy_Pyx_KwValues_FASTCALL(__pyx_args, __pyx_nargs);
  if (MP_UNLIKELY(!!(__pyx_nargs || __pyx_kwds)) && cy_Pyx_RejectArgs("kind", __pyx_args, __pyx_nargs, __pyx_kwds)
< 0) return NULL;

  __pyx_r = __pyx_pf_6shapes_4Rect_6kind(((struct __pyx_obj_6shapes_Rect *)__pyx_v_self));

  /* function exit code */

  return __pyx_r;
}

static mp_obj_t __pyx_pf_6shapes_4Rect_6kind(struct __pyx_obj_6shapes_Rect *__pyx_v_self) {
  mp_obj_t __pyx_r = NULL;
  __Pyx_RefNannyDeclarations
  mp_obj_t __pyx_t_1 = NULL;
  int __pyx_lineno = 0;
  const char *__pyx_filename = NULL;
  int __pyx_clineno = 0;

  __pyx_t_1 = __pyx_f_6shapes_4Rect_kind(__pyx_v_self, 1); if (MP_UNLIKELY(!!(!__pyx_t_1))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 64; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

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

  __pyx_traceback_0(".Rect.kind", __pyx_lineno);
  __pyx_r = NULL;
  __pyx_L0:;

  return __pyx_r;
}

/* "shapes.pyx":51
 *
 * cdef class Rect(Shape):
 *     cdef readonly double w, h             # <<<<<<<<<<<<<<
 *
 *     def __init__(self, double w, double h, name="rect"):
*/

/* Python wrapper */
static const struct cy_PyMemberDef __pyx_members_6shapes_Rect[] = {
{"w", cy_Py_T_DOUBLE, offsetof(struct __pyx_obj_6shapes_Rect, w), cy_Py_READONLY,
0, 0, 0},
{"h", cy_Py_T_DOUBLE,
offsetof(struct
__pyx_obj_6shapes_Rect, h), cy_Py_READONLY, 0, 0, 0},
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

/* "shapes.pyx":69
 *
 * cdef class Square(Rect):
 *     def __init__(self, double side, name="square"):             # <<<<<<<<<<<<<<
 *         Rect.__init__(self, side, side, name)
 *
*/

/* Python wrapper */
static int __pyx_pw_6shapes_6Square_1__init__(mp_obj_t __pyx_v_self, mp_obj_t __pyx_args, mp_obj_t __pyx_kwds); /*proto*/
static int __pyx_pw_6shapes_6Square_1__init__(mp_obj_t __pyx_v_self, mp_obj_t __pyx_args, mp_obj_t __pyx_kwds) {
  double __pyx_v_side;
  mp_obj_t __pyx_v_name = 0;
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
    mp_obj_t * const __pyx_pyargnames[] = {&__pyx_n_u_side,&__pyx_n_u_name,0};
    const mp_int_t __pyx_kwds_len = (__pyx_kwds) ? cy_Pyx_NumKwargs_VARARGS(__pyx_kwds) : 0;
    if (MP_UNLIKELY(!!(__pyx_kwds_len < 0))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 69; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L3_error; } while (0);
    if (__pyx_kwds_len > 0) {
      switch (__pyx_nargs) {
        case  2:
        values[1] = cy_Pyx_ArgRef_VARARGS(__pyx_args, 1);
        if (!0 && MP_UNLIKELY(!!(!values[1]))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 69; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L3_error; } while (0);
        CYTHON_FALLTHROUGH;
        case  1:
        values[0] = cy_Pyx_ArgRef_VARARGS(__pyx_args, 0);
        if (!0 && MP_UNLIKELY(!!(!values[0]))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 69; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L3_error; } while (0);
        CYTHON_FALLTHROUGH;
        case  0: break;
        default: goto __pyx_L5_argtuple_error;
      }
      const mp_int_t kwd_pos_args = __pyx_nargs;
      if (cy_Pyx_ParseKeywords(__pyx_kwds, __pyx_kwvalues, __pyx_pyargnames, 0, values, kwd_pos_args, __pyx_kwds_len, "__init__", 0) < (0)) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 69; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L3_error; } while (0);
      if (!values[1]) values[1] = ((mp_obj_t )__pyx_n_u_square);
      for (mp_int_t i = __pyx_nargs; i < 1; i++) {
        if (MP_UNLIKELY(!!(!values[i]))) { cy_Pyx_RaiseArgtupleInvalid("__init__", 0, 1, 2, i); do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 69; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L3_error; } while (0); }
      }
    } else {
      switch (__pyx_nargs) {
        case  2:
        values[1] = cy_Pyx_ArgRef_VARARGS(__pyx_args, 1);
        if (!0 && MP_UNLIKELY(!!(!values[1]))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 69; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L3_error; } while (0);
        CYTHON_FALLTHROUGH;
        case  1:
        values[0] = cy_Pyx_ArgRef_VARARGS(__pyx_args, 0);
        if (!0 && MP_UNLIKELY(!!(!values[0]))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 69; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L3_error; } while (0);
        break;
        default: goto __pyx_L5_argtuple_error;
      }
      if (!values[1]) values[1] = ((mp_obj_t )__pyx_n_u_square);
    }
    __pyx_v_side = cy_Pyx_PyFloat_AsDouble(values[0]); if (MP_UNLIKELY(!!((__pyx_v_side == (double)-1) && cy_PyErr_Occurred()))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 69; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L3_error; } while (0);
    __pyx_v_name = values[1];
  }
  goto __pyx_L6_skip;
  __pyx_L5_argtuple_error:;
  cy_Pyx_RaiseArgtupleInvalid("__init__", 0, 1, 2, __pyx_nargs); do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 69; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L3_error; } while (0);
  __pyx_L6_skip:;
  goto __pyx_L4_argument_unpacking_done;
  __pyx_L3_error:;
  for (mp_int_t __pyx_temp=0; __pyx_temp < (mp_int_t)(sizeof(values)/sizeof(values[0])); ++__pyx_temp) {

  }
  __pyx_traceback_0(".Square.__init__", __pyx_lineno);

  return -1;
  __pyx_L4_argument_unpacking_done:;
  __pyx_r = __pyx_pf_6shapes_6Square___init__(((struct __pyx_obj_6shapes_Square *)__pyx_v_self), __pyx_v_side, __pyx_v_name);

  /* function exit code */
  for (mp_int_t __pyx_temp=0; __pyx_temp < (mp_int_t)(sizeof(values)/sizeof(values[0])); ++__pyx_temp) {

  }

  return __pyx_r;
}

static int __pyx_pf_6shapes_6Square___init__(struct __pyx_obj_6shapes_Square *__pyx_v_self, double __pyx_v_side, mp_obj_t __pyx_v_name) {
  int __pyx_r;
  __Pyx_RefNannyDeclarations
  mp_obj_t __pyx_t_1 = NULL;
  mp_obj_t __pyx_t_2 = NULL;
  mp_obj_t __pyx_t_3 = NULL;
  mp_obj_t __pyx_t_4 = NULL;
  size_t __pyx_t_5;
  int __pyx_lineno = 0;
  const char *__pyx_filename = NULL;
  int __pyx_clineno = 0;

  /* "shapes.pyx":70
 * cdef class Square(Rect):
 *     def __init__(self, double side, name="square"):
 *         Rect.__init__(self, side, side, name)             # <<<<<<<<<<<<<<
 *
 *     cpdef str kind(self):
*/
  __pyx_t_2 = ((mp_obj_t )__pyx_mstate_global->__pyx_ptype_6shapes_Rect);

  __pyx_t_3 = cy_PyFloat_FromDouble(__pyx_v_side); if (MP_UNLIKELY(!!(!__pyx_t_3))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 70; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

  __pyx_t_4 = cy_PyFloat_FromDouble(__pyx_v_side); if (MP_UNLIKELY(!!(!__pyx_t_4))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 70; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

  __pyx_t_5 = 0;
  {
    mp_obj_t __pyx_callargs[5] = {__pyx_t_2, ((mp_obj_t )__pyx_v_self), __pyx_t_3, __pyx_t_4, __pyx_v_name};
    __pyx_t_1 = cy_Pyx_PyObject_FastCallMethod((mp_obj_t)__pyx_n_u_init, __pyx_callargs+__pyx_t_5, (5-__pyx_t_5) | (1*cy_Pyx_PY_VECTORCALL_ARGUMENTS_OFFSET));
     __pyx_t_2 = 0;
     __pyx_t_3 = 0;
     __pyx_t_4 = 0;
    if (MP_UNLIKELY(!!(!__pyx_t_1))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 70; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

  }
   __pyx_t_1 = 0;

  /* "shapes.pyx":69
 *
 * cdef class Square(Rect):
 *     def __init__(self, double side, name="square"):             # <<<<<<<<<<<<<<
 *         Rect.__init__(self, side, side, name)
 *
*/

  /* function exit code */
  __pyx_r = 0;
  goto __pyx_L0;
  __pyx_L1_error:;

  __pyx_traceback_0(".Square.__init__", __pyx_lineno);
  __pyx_r = -1;
  __pyx_L0:;

  return __pyx_r;
}

/* "shapes.pyx":72
 *         Rect.__init__(self, side, side, name)
 *
 *     cpdef str kind(self):             # <<<<<<<<<<<<<<
 *         return "square"
 *
*/

static mp_obj_t __pyx_pw_6shapes_6Square_3kind(mp_obj_t __pyx_v_self,

mp_obj_t const *__pyx_args, mp_int_t __pyx_nargs, mp_obj_t __pyx_kwds

); /*proto*/
static mp_obj_t __pyx_f_6shapes_6Square_kind(CYTHON_UNUSED struct __pyx_obj_6shapes_Square *__pyx_v_self, int __pyx_skip_dispatch) {
  mp_obj_t __pyx_r = NULL;
  __Pyx_RefNannyDeclarations
  mp_obj_t __pyx_t_1 = NULL;
  mp_obj_t __pyx_t_2 = NULL;
  mp_obj_t __pyx_t_3 = NULL;
  mp_obj_t __pyx_t_4 = NULL;
  size_t __pyx_t_5;
  int __pyx_lineno = 0;
  const char *__pyx_filename = NULL;
  int __pyx_clineno = 0;

  /* Check if called by wrapper */
  if (MP_UNLIKELY(!!(__pyx_skip_dispatch))) ;
  /* Check if overridden in Python */
  else if (

  MP_UNLIKELY(!!(cy_Py_TYPE(((mp_obj_t )__pyx_v_self)) != __pyx_mstate_global->__pyx_ptype_6shapes_Square &&
  cy_Pyx_PyType_HasFeature(cy_Py_TYPE(((mp_obj_t )__pyx_v_self)), cy_Py_TPFLAGS_HAVE_GC)))

  ) {

      __pyx_t_1 = cy_Pyx_PyObject_GetAttrStr(((mp_obj_t )__pyx_v_self), __pyx_n_u_kind); if (MP_UNLIKELY(!!(!__pyx_t_1))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 72; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

      if (!cy_Pyx_IsSameCFunction(__pyx_t_1, (void(*)(void)) __pyx_pw_6shapes_6Square_3kind)) {
        __pyx_t_3 = NULL;

        __pyx_t_4 = __pyx_t_1;
        __pyx_t_5 = 1;

        {
          mp_obj_t __pyx_callargs[2] = {__pyx_t_3, NULL};
          __pyx_t_2 = cy_Pyx_PyObject_FastCall((mp_obj_t)__pyx_t_4, __pyx_callargs+__pyx_t_5, (1-__pyx_t_5) | (__pyx_t_5*cy_Pyx_PY_VECTORCALL_ARGUMENTS_OFFSET));
           __pyx_t_3 = 0;
           __pyx_t_4 = 0;
          if (MP_UNLIKELY(!!(!__pyx_t_2))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 72; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

        }
        if (!(MP_LIKELY(!!(cy_PyUnicode_CheckExact(__pyx_t_2)))||((__pyx_t_2) == mp_const_none) || cy_Pyx_RaiseUnexpectedTypeError("str", __pyx_t_2))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 72; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);
        {
          mp_obj_t __pyx_temp;
          {
            __pyx_temp = __pyx_r;
            __pyx_r = ((mp_obj_t)__pyx_t_2);
          }

        }
        __pyx_t_2 = 0;
         __pyx_t_1 = 0;
        goto __pyx_L0;
      }

       __pyx_t_1 = 0;

  }

  /* "shapes.pyx":73
 *
 *     cpdef str kind(self):
 *         return "square"             # <<<<<<<<<<<<<<
 *
 *     @property
*/
  {
    mp_obj_t __pyx_temp;
    {
      __pyx_temp = __pyx_r;

      __pyx_r = __pyx_n_u_square;
    }

  }
  goto __pyx_L0;

  /* "shapes.pyx":72
 *         Rect.__init__(self, side, side, name)
 *
 *     cpdef str kind(self):             # <<<<<<<<<<<<<<
 *         return "square"
 *
*/

  /* function exit code */
  __pyx_L1_error:;

  __pyx_traceback_0(".Square.kind", __pyx_lineno);
  __pyx_r = 0;
  __pyx_L0:;

  return __pyx_r;
}

/* Python wrapper */
static mp_obj_t __pyx_pw_6shapes_6Square_3kind(mp_obj_t __pyx_v_self,

mp_obj_t const *__pyx_args, mp_int_t __pyx_nargs, mp_obj_t __pyx_kwds

); /*proto*/
static cy_PyMethodDef __pyx_mdef_6shapes_6Square_3kind = {"kind", (cy_PyCFunction)(void(*)(void))(cy_Pyx_PyCFunction_FastCallWithKeywords)__pyx_pw_6shapes_6Square_3kind, cy_Pyx_METH_FASTCALL|cy_METH_KEYWORDS, 0};
static mp_obj_t __pyx_pw_6shapes_6Square_3kind(mp_obj_t __pyx_v_self,

mp_obj_t const *__pyx_args, mp_int_t __pyx_nargs, mp_obj_t __pyx_kwds

) {

  CYTHON_UNUSED mp_obj_t const *__pyx_kwvalues;
  mp_obj_t __pyx_r = 0;
  __Pyx_RefNannyDeclarations

  __pyx_kwvalues = cy_Pyx_KwValues_FASTCALL(__pyx_args, __pyx_nargs);
  if (MP_UNLIKELY(!!(__pyx_nargs || __pyx_kwds)) && cy_Pyx_RejectArgs("kind", __pyx_args, __pyx_nargs, __pyx_kwds)
< 0) return NULL;

  __pyx_r = __pyx_pf_6shapes_6Square_2kind(((struct __pyx_obj_6shapes_Square *)__pyx_v_self));

  /* function exit code */

  return __pyx_r;
}

static mp_obj_t __pyx_pf_6shapes_6Square_2kind(struct __pyx_obj_6shapes_Square *__pyx_v_self) {
  mp_obj_t __pyx_r = NULL;
  __Pyx_RefNannyDeclarations
  mp_obj_t __pyx_t_1 = NULL;
  int __pyx_lineno = 0;
  const char *__pyx_filename = NULL;
  int __pyx_clineno = 0;

  __pyx_t_1 = __pyx_f_6shapes_6Square_kind(__pyx_v_self, 1); if (MP_UNLIKELY(!!(!__pyx_t_1))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 72; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

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

  __pyx_traceback_0(".Square.kind", __pyx_lineno);
  __pyx_r = NULL;
  __pyx_L0:;

  return __pyx_r;
}

/* "shapes.pyx":75
 *         return "square"
 *
 *     @property             # <<<<<<<<<<<<<<
 *     def side(self):
 *         return self.w
*/

/* Python wrapper */
static mp_obj_t __pyx_pw_6shapes_6Square_4side_1__get__(mp_obj_t __pyx_v_self); /*proto*/
static mp_obj_t __pyx_pw_6shapes_6Square_4side_1__get__(mp_obj_t __pyx_v_self) {
  CYTHON_UNUSED mp_obj_t const *__pyx_kwvalues;
  mp_obj_t __pyx_r = 0;
  __Pyx_RefNannyDeclarations

  __pyx_kwvalues = cy_Pyx_KwValues_VARARGS(__pyx_args, __pyx_nargs);
  __pyx_r = __pyx_pf_6shapes_6Square_4side___get__(((struct __pyx_obj_6shapes_Square *)__pyx_v_self));

  /* function exit code */

  return __pyx_r;
}

static mp_obj_t __pyx_pf_6shapes_6Square_4side___get__(struct __pyx_obj_6shapes_Square *__pyx_v_self) {
  mp_obj_t __pyx_r = NULL;
  __Pyx_RefNannyDeclarations
  mp_obj_t __pyx_t_1 = NULL;
  int __pyx_lineno = 0;
  const char *__pyx_filename = NULL;
  int __pyx_clineno = 0;

  /* "shapes.pyx":77
 *     @property
 *     def side(self):
 *         return self.w             # <<<<<<<<<<<<<<
 *
 *
*/
  __pyx_t_1 = cy_PyFloat_FromDouble(__pyx_v_self->__pyx_base.w); if (MP_UNLIKELY(!!(!__pyx_t_1))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 77; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

  {
    mp_obj_t __pyx_temp;
    {
      __pyx_temp = __pyx_r;
      __pyx_r = __pyx_t_1;
    }

  }
  __pyx_t_1 = 0;
  goto __pyx_L0;

  /* "shapes.pyx":75
 *         return "square"
 *
 *     @property             # <<<<<<<<<<<<<<
 *     def side(self):
 *         return self.w
*/

  /* function exit code */
  __pyx_L1_error:;

  __pyx_traceback_0(".Square.side.__get__", __pyx_lineno);
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

/* "shapes.pyx":83
 *     cdef public double r
 *
 *     def __init__(self, double r, name="circle"):             # <<<<<<<<<<<<<<
 *         Shape.__init__(self, name)
 *         self.r = r
*/

/* Python wrapper */
static int __pyx_pw_6shapes_6Circle_1__init__(mp_obj_t __pyx_v_self, mp_obj_t __pyx_args, mp_obj_t __pyx_kwds); /*proto*/
static int __pyx_pw_6shapes_6Circle_1__init__(mp_obj_t __pyx_v_self, mp_obj_t __pyx_args, mp_obj_t __pyx_kwds) {
  double __pyx_v_r;
  mp_obj_t __pyx_v_name = 0;
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
    mp_obj_t * const __pyx_pyargnames[] = {&__pyx_n_u_r,&__pyx_n_u_name,0};
    const mp_int_t __pyx_kwds_len = (__pyx_kwds) ? cy_Pyx_NumKwargs_VARARGS(__pyx_kwds) : 0;
    if (MP_UNLIKELY(!!(__pyx_kwds_len < 0))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 83; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L3_error; } while (0);
    if (__pyx_kwds_len > 0) {
      switch (__pyx_nargs) {
        case  2:
        values[1] = cy_Pyx_ArgRef_VARARGS(__pyx_args, 1);
        if (!0 && MP_UNLIKELY(!!(!values[1]))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 83; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L3_error; } while (0);
        CYTHON_FALLTHROUGH;
        case  1:
        values[0] = cy_Pyx_ArgRef_VARARGS(__pyx_args, 0);
        if (!0 && MP_UNLIKELY(!!(!values[0]))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 83; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L3_error; } while (0);
        CYTHON_FALLTHROUGH;
        case  0: break;
        default: goto __pyx_L5_argtuple_error;
      }
      const mp_int_t kwd_pos_args = __pyx_nargs;
      if (cy_Pyx_ParseKeywords(__pyx_kwds, __pyx_kwvalues, __pyx_pyargnames, 0, values, kwd_pos_args, __pyx_kwds_len, "__init__", 0) < (0)) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 83; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L3_error; } while (0);
      if (!values[1]) values[1] = ((mp_obj_t )__pyx_n_u_circle);
      for (mp_int_t i = __pyx_nargs; i < 1; i++) {
        if (MP_UNLIKELY(!!(!values[i]))) { cy_Pyx_RaiseArgtupleInvalid("__init__", 0, 1, 2, i); do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 83; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L3_error; } while (0); }
      }
    } else {
      switch (__pyx_nargs) {
        case  2:
        values[1] = cy_Pyx_ArgRef_VARARGS(__pyx_args, 1);
        if (!0 && MP_UNLIKELY(!!(!values[1]))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 83; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L3_error; } while (0);
        CYTHON_FALLTHROUGH;
        case  1:
        values[0] = cy_Pyx_ArgRef_VARARGS(__pyx_args, 0);
        if (!0 && MP_UNLIKELY(!!(!values[0]))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 83; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L3_error; } while (0);
        break;
        default: goto __pyx_L5_argtuple_error;
      }
      if (!values[1]) values[1] = ((mp_obj_t )__pyx_n_u_circle);
    }
    __pyx_v_r = cy_Pyx_PyFloat_AsDouble(values[0]); if (MP_UNLIKELY(!!((__pyx_v_r == (double)-1) && cy_PyErr_Occurred()))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 83; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L3_error; } while (0);
    __pyx_v_name = values[1];
  }
  goto __pyx_L6_skip;
  __pyx_L5_argtuple_error:;
  cy_Pyx_RaiseArgtupleInvalid("__init__", 0, 1, 2, __pyx_nargs); do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 83; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L3_error; } while (0);
  __pyx_L6_skip:;
  goto __pyx_L4_argument_unpacking_done;
  __pyx_L3_error:;
  for (mp_int_t __pyx_temp=0; __pyx_temp < (mp_int_t)(sizeof(values)/sizeof(values[0])); ++__pyx_temp) {

  }
  __pyx_traceback_0(".Circle.__init__", __pyx_lineno);

  return -1;
  __pyx_L4_argument_unpacking_done:;
  __pyx_r = __pyx_pf_6shapes_6Circle___init__(((struct __pyx_obj_6shapes_Circle *)__pyx_v_self), __pyx_v_r, __pyx_v_name);

  /* function exit code */
  for (mp_int_t __pyx_temp=0; __pyx_temp < (mp_int_t)(sizeof(values)/sizeof(values[0])); ++__pyx_temp) {

  }

  return __pyx_r;
}

static int __pyx_pf_6shapes_6Circle___init__(struct __pyx_obj_6shapes_Circle *__pyx_v_self, double __pyx_v_r, mp_obj_t __pyx_v_name) {
  int __pyx_r;
  __Pyx_RefNannyDeclarations
  mp_obj_t __pyx_t_1 = NULL;
  mp_obj_t __pyx_t_2 = NULL;
  size_t __pyx_t_3;
  int __pyx_lineno = 0;
  const char *__pyx_filename = NULL;
  int __pyx_clineno = 0;

  /* "shapes.pyx":84
 *
 *     def __init__(self, double r, name="circle"):
 *         Shape.__init__(self, name)             # <<<<<<<<<<<<<<
 *         self.r = r
 *
*/
  __pyx_t_2 = ((mp_obj_t )__pyx_mstate_global->__pyx_ptype_6shapes_Shape);

  __pyx_t_3 = 0;
  {
    mp_obj_t __pyx_callargs[3] = {__pyx_t_2, ((mp_obj_t )__pyx_v_self), __pyx_v_name};
    __pyx_t_1 = cy_Pyx_PyObject_FastCallMethod((mp_obj_t)__pyx_n_u_init, __pyx_callargs+__pyx_t_3, (3-__pyx_t_3) | (1*cy_Pyx_PY_VECTORCALL_ARGUMENTS_OFFSET));
     __pyx_t_2 = 0;
    if (MP_UNLIKELY(!!(!__pyx_t_1))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 84; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

  }
   __pyx_t_1 = 0;

  /* "shapes.pyx":85
 *     def __init__(self, double r, name="circle"):
 *         Shape.__init__(self, name)
 *         self.r = r             # <<<<<<<<<<<<<<
 *
 *     cpdef double area(self):
*/
  __pyx_v_self->r = __pyx_v_r;

  /* "shapes.pyx":83
 *     cdef public double r
 *
 *     def __init__(self, double r, name="circle"):             # <<<<<<<<<<<<<<
 *         Shape.__init__(self, name)
 *         self.r = r
*/

  /* function exit code */
  __pyx_r = 0;
  goto __pyx_L0;
  __pyx_L1_error:;

  __pyx_traceback_0(".Circle.__init__", __pyx_lineno);
  __pyx_r = -1;
  __pyx_L0:;

  return __pyx_r;
}

/* "shapes.pyx":87
 *         self.r = r
 *
 *     cpdef double area(self):             # <<<<<<<<<<<<<<
 *         return PI * self.r * self.r
 *
*/

static mp_obj_t __pyx_pw_6shapes_6Circle_3area(mp_obj_t __pyx_v_self,

mp_obj_t const *__pyx_args, mp_int_t __pyx_nargs, mp_obj_t __pyx_kwds

); /*proto*/
static double __pyx_f_6shapes_6Circle_area(struct __pyx_obj_6shapes_Circle *__pyx_v_self, int __pyx_skip_dispatch) {
  double __pyx_r;
  __Pyx_RefNannyDeclarations
  mp_obj_t __pyx_t_1 = NULL;
  mp_obj_t __pyx_t_2 = NULL;
  mp_obj_t __pyx_t_3 = NULL;
  mp_obj_t __pyx_t_4 = NULL;
  size_t __pyx_t_5;
  double __pyx_t_6;
  int __pyx_lineno = 0;
  const char *__pyx_filename = NULL;
  int __pyx_clineno = 0;

  /* Check if called by wrapper */
  if (MP_UNLIKELY(!!(__pyx_skip_dispatch))) ;
  /* Check if overridden in Python */
  else if (

  MP_UNLIKELY(!!(cy_Py_TYPE(((mp_obj_t )__pyx_v_self)) != __pyx_mstate_global->__pyx_ptype_6shapes_Circle &&
  cy_Pyx_PyType_HasFeature(cy_Py_TYPE(((mp_obj_t )__pyx_v_self)), cy_Py_TPFLAGS_HAVE_GC)))

  ) {

      __pyx_t_1 = cy_Pyx_PyObject_GetAttrStr(((mp_obj_t )__pyx_v_self), __pyx_n_u_area); if (MP_UNLIKELY(!!(!__pyx_t_1))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 87; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

      if (!cy_Pyx_IsSameCFunction(__pyx_t_1, (void(*)(void)) __pyx_pw_6shapes_6Circle_3area)) {
        __pyx_t_3 = NULL;

        __pyx_t_4 = __pyx_t_1;
        __pyx_t_5 = 1;

        {
          mp_obj_t __pyx_callargs[2] = {__pyx_t_3, NULL};
          __pyx_t_2 = cy_Pyx_PyObject_FastCall((mp_obj_t)__pyx_t_4, __pyx_callargs+__pyx_t_5, (1-__pyx_t_5) | (__pyx_t_5*cy_Pyx_PY_VECTORCALL_ARGUMENTS_OFFSET));
           __pyx_t_3 = 0;
           __pyx_t_4 = 0;
          if (MP_UNLIKELY(!!(!__pyx_t_2))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 87; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

        }
        __pyx_t_6 = cy_Pyx_PyFloat_AsDouble(__pyx_t_2); if (MP_UNLIKELY(!!((__pyx_t_6 == (double)-1) && cy_PyErr_Occurred()))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 87; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);
         __pyx_t_2 = 0;
        {
          __pyx_r = __pyx_t_6;
        }
         __pyx_t_1 = 0;
        goto __pyx_L0;
      }

       __pyx_t_1 = 0;

  }

  /* "shapes.pyx":88
 *
 *     cpdef double area(self):
 *         return PI * self.r * self.r             # <<<<<<<<<<<<<<
 *
 *     cpdef double perimeter(self):
*/
  {

    __pyx_r = ((__pyx_v_6shapes_PI * __pyx_v_self->r) * __pyx_v_self->r);
  }
  goto __pyx_L0;

  /* "shapes.pyx":87
 *         self.r = r
 *
 *     cpdef double area(self):             # <<<<<<<<<<<<<<
 *         return PI * self.r * self.r
 *
*/

  /* function exit code */
  __pyx_L1_error:;

  __pyx_traceback_0(".Circle.area", __pyx_lineno);
  __pyx_r = 0;
  __pyx_L0:;

  return __pyx_r;
}

/* Python wrapper */
static mp_obj_t __pyx_pw_6shapes_6Circle_3area(mp_obj_t __pyx_v_self,

mp_obj_t const *__pyx_args, mp_int_t __pyx_nargs, mp_obj_t __pyx_kwds

); /*proto*/
static cy_PyMethodDef __pyx_mdef_6shapes_6Circle_3area = {"area", (cy_PyCFunction)(void(*)(void))(cy_Pyx_PyCFunction_FastCallWithKeywords)__pyx_pw_6shapes_6Circle_3area, cy_Pyx_METH_FASTCALL|cy_METH_KEYWORDS, 0};
static mp_obj_t __pyx_pw_6shapes_6Circle_3area(mp_obj_t __pyx_v_self,

mp_obj_t const *__pyx_args, mp_int_t __pyx_nargs, mp_obj_t __pyx_kwds

) {

  CYTHON_UNUSED mp_obj_t const *__pyx_kwvalues;
  mp_obj_t __pyx_r = 0;
  __Pyx_RefNannyDeclarations

  __pyx_kwvalues = cy_Pyx_KwValues_FASTCALL(__pyx_args, __pyx_nargs);
  if (MP_UNLIKELY(!!(__pyx_nargs || __pyx_kwds)) && cy_Pyx_RejectArgs("area", __pyx_args, __pyx_nargs, __pyx_kwds)
< 0) return NULL;

  __pyx_r = __pyx_pf_6shapes_6Circle_2area(((struct __pyx_obj_6shapes_Circle *)__pyx_v_self));

  /* function exit code */

  return __pyx_r;
}

static mp_obj_t __pyx_pf_6shapes_6Circle_2area(struct __pyx_obj_6shapes_Circle *__pyx_v_self) {
  mp_obj_t __pyx_r = NULL;
  __Pyx_RefNannyDeclarations
  double __pyx_t_1;
  mp_obj_t __pyx_t_2 = NULL;
  int __pyx_lineno = 0;
  const char *__pyx_filename = NULL;
  int __pyx_clineno = 0;

  __pyx_t_1 = __pyx_f_6shapes_6Circle_area(__pyx_v_self, 1); if (MP_UNLIKELY(!!(cy_PyErr_Occurred()))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 87; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);
  __pyx_t_2 = cy_PyFloat_FromDouble(__pyx_t_1); if (MP_UNLIKELY(!!(!__pyx_t_2))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 87; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

  {
    mp_obj_t __pyx_temp;
    {
      __pyx_temp = __pyx_r;
      __pyx_r = __pyx_t_2;
    }

  }
  __pyx_t_2 = 0;
  goto __pyx_L0;

  /* function exit code */
  __pyx_L1_error:;

  __pyx_traceback_0(".Circle.area", __pyx_lineno);
  __pyx_r = NULL;
  __pyx_L0:;

  return __pyx_r;
}

/* "shapes.pyx":90
 *         return PI * self.r * self.r
 *
 *     cpdef double perimeter(self):             # <<<<<<<<<<<<<<
 *         return 2 * PI * self.r
 *
*/

static mp_obj_t __pyx_pw_6shapes_6Circle_5perimeter(mp_obj_t __pyx_v_self,

mp_obj_t const *__pyx_args, mp_int_t __pyx_nargs, mp_obj_t __pyx_kwds

); /*proto*/
static double __pyx_f_6shapes_6Circle_perimeter(struct __pyx_obj_6shapes_Circle *__pyx_v_self, int __pyx_skip_dispatch) {
  double __pyx_r;
  __Pyx_RefNannyDeclarations
  mp_obj_t __pyx_t_1 = NULL;
  mp_obj_t __pyx_t_2 = NULL;
  mp_obj_t __pyx_t_3 = NULL;
  mp_obj_t __pyx_t_4 = NULL;
  size_t __pyx_t_5;
  double __pyx_t_6;
  int __pyx_lineno = 0;
  const char *__pyx_filename = NULL;
  int __pyx_clineno = 0;

  /* Check if called by wrapper */
  if (MP_UNLIKELY(!!(__pyx_skip_dispatch))) ;
  /* Check if overridden in Python */
  else if (

  MP_UNLIKELY(!!(cy_Py_TYPE(((mp_obj_t )__pyx_v_self)) != __pyx_mstate_global->__pyx_ptype_6shapes_Circle &&
  cy_Pyx_PyType_HasFeature(cy_Py_TYPE(((mp_obj_t )__pyx_v_self)), cy_Py_TPFLAGS_HAVE_GC)))

  ) {

      __pyx_t_1 = cy_Pyx_PyObject_GetAttrStr(((mp_obj_t )__pyx_v_self), __pyx_n_u_perimeter); if (MP_UNLIKELY(!!(!__pyx_t_1))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 90; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

      if (!cy_Pyx_IsSameCFunction(__pyx_t_1, (void(*)(void)) __pyx_pw_6shapes_6Circle_5perimeter)) {
        __pyx_t_3 = NULL;

        __pyx_t_4 = __pyx_t_1;
        __pyx_t_5 = 1;

        {
          mp_obj_t __pyx_callargs[2] = {__pyx_t_3, NULL};
          __pyx_t_2 = cy_Pyx_PyObject_FastCall((mp_obj_t)__pyx_t_4, __pyx_callargs+__pyx_t_5, (1-__pyx_t_5) | (__pyx_t_5*cy_Pyx_PY_VECTORCALL_ARGUMENTS_OFFSET));
           __pyx_t_3 = 0;
           __pyx_t_4 = 0;
          if (MP_UNLIKELY(!!(!__pyx_t_2))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 90; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

        }
        __pyx_t_6 = cy_Pyx_PyFloat_AsDouble(__pyx_t_2); if (MP_UNLIKELY(!!((__pyx_t_6 == (double)-1) && cy_PyErr_Occurred()))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 90; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);
         __pyx_t_2 = 0;
        {
          __pyx_r = __pyx_t_6;
        }
         __pyx_t_1 = 0;
        goto __pyx_L0;
      }

       __pyx_t_1 = 0;

  }

  /* "shapes.pyx":91
 *
 *     cpdef double perimeter(self):
 *         return 2 * PI * self.r             # <<<<<<<<<<<<<<
 *
 *     cpdef str kind(self):
*/
  {

    __pyx_r = ((2.0 * __pyx_v_6shapes_PI) * __pyx_v_self->r);
  }
  goto __pyx_L0;

  /* "shapes.pyx":90
 *         return PI * self.r * self.r
 *
 *     cpdef double perimeter(self):             # <<<<<<<<<<<<<<
 *         return 2 * PI * self.r
 *
*/

  /* function exit code */
  __pyx_L1_error:;

  __pyx_traceback_0(".Circle.perimeter", __pyx_lineno);
  __pyx_r = 0;
  __pyx_L0:;

  return __pyx_r;
}

/* Python wrapper */
static mp_obj_t __pyx_pw_6shapes_6Circle_5perimeter(mp_obj_t __pyx_v_self,

mp_obj_t const *__pyx_args, mp_int_t __pyx_nargs, mp_obj_t __pyx_kwds

); /*proto*/
static cy_PyMethodDef __pyx_mdef_6shapes_6Circle_5perimeter = {"perimeter", (cy_PyCFunction)(void(*)(void))(cy_Pyx_PyCFunction_FastCallWithKeywords)__pyx_pw_6shapes_6Circle_5perimeter, cy_Pyx_METH_FASTCALL|cy_METH_KEYWORDS, 0};
static mp_obj_t __pyx_pw_6shapes_6Circle_5perimeter(mp_obj_t __pyx_v_self,

mp_obj_t const *__pyx_args, mp_int_t __pyx_nargs, mp_obj_t __pyx_kwds

) {

  CYTHON_UNUSED mp_obj_t const *__pyx_kwvalues;
  mp_obj_t __pyx_r = 0;
  __Pyx_RefNannyDeclarations

  __pyx_kwvalues = cy_Pyx_KwValues_FASTCALL(__pyx_args, __pyx_nargs);
  if (MP_UNLIKELY(!!(__pyx_nargs || __pyx_kwds)) && cy_Pyx_RejectArgs("perimeter", __pyx_args, __pyx_nargs, __pyx_kwds)
< 0) return NULL;

  __pyx_r = __pyx_pf_6shapes_6Circle_4perimeter(((struct __pyx_obj_6shapes_Circle *)__pyx_v_self));

  /* function exit code */

  return __pyx_r;
}

static mp_obj_t __pyx_pf_6shapes_6Circle_4perimeter(struct __pyx_obj_6shapes_Circle *__pyx_v_self) {
  mp_obj_t __pyx_r = NULL;
  __Pyx_RefNannyDeclarations
  double __pyx_t_1;
  mp_obj_t __pyx_t_2 = NULL;
  int __pyx_lineno = 0;
  const char *__pyx_filename = NULL;
  int __pyx_clineno = 0;

  __pyx_t_1 = __pyx_f_6shapes_6Circle_perimeter(__pyx_v_self, 1); if (MP_UNLIKELY(!!(cy_PyErr_Occurred()))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 90; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);
  __pyx_t_2 = cy_PyFloat_FromDouble(__pyx_t_1); if (MP_UNLIKELY(!!(!__pyx_t_2))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 90; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

  {
    mp_obj_t __pyx_temp;
    {
      __pyx_temp = __pyx_r;
      __pyx_r = __pyx_t_2;
    }

  }
  __pyx_t_2 = 0;
  goto __pyx_L0;

  /* function exit code */
  __pyx_L1_error:;

  __pyx_traceback_0(".Circle.perimeter", __pyx_lineno);
  __pyx_r = NULL;
  __pyx_L0:;

  return __pyx_r;
}

/* "shapes.pyx":93
 *         return 2 * PI * self.r
 *
 *     cpdef str kind(self):             # <<<<<<<<<<<<<<
 *         return "circle"
 *
*/

static mp_obj_t __pyx_pw_6shapes_6Circle_7kind(mp_obj_t __pyx_v_self,

mp_obj_t const *__pyx_args, mp_int_t __pyx_nargs, mp_obj_t __pyx_kwds

); /*proto*/
static mp_obj_t __pyx_f_6shapes_6Circle_kind(CYTHON_UNUSED struct __pyx_obj_6shapes_Circle *__pyx_v_self, int __pyx_skip_dispatch) {
  mp_obj_t __pyx_r = NULL;
  __Pyx_RefNannyDeclarations
  mp_obj_t __pyx_t_1 = NULL;
  mp_obj_t __pyx_t_2 = NULL;
  mp_obj_t __pyx_t_3 = NULL;
  mp_obj_t __pyx_t_4 = NULL;
  size_t __pyx_t_5;
  int __pyx_lineno = 0;
  const char *__pyx_filename = NULL;
  int __pyx_clineno = 0;

  /* Check if called by wrapper */
  if (MP_UNLIKELY(!!(__pyx_skip_dispatch))) ;
  /* Check if overridden in Python */
  else if (

  MP_UNLIKELY(!!(cy_Py_TYPE(((mp_obj_t )__pyx_v_self)) != __pyx_mstate_global->__pyx_ptype_6shapes_Circle &&
  cy_Pyx_PyType_HasFeature(cy_Py_TYPE(((mp_obj_t )__pyx_v_self)), cy_Py_TPFLAGS_HAVE_GC)))

  ) {

      __pyx_t_1 = cy_Pyx_PyObject_GetAttrStr(((mp_obj_t )__pyx_v_self), __pyx_n_u_kind); if (MP_UNLIKELY(!!(!__pyx_t_1))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 93; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

      if (!cy_Pyx_IsSameCFunction(__pyx_t_1, (void(*)(void)) __pyx_pw_6shapes_6Circle_7kind)) {
        __pyx_t_3 = NULL;

        __pyx_t_4 = __pyx_t_1;
        __pyx_t_5 = 1;

        {
          mp_obj_t __pyx_callargs[2] = {__pyx_t_3, NULL};
          __pyx_t_2 = cy_Pyx_PyObject_FastCall((mp_obj_t)__pyx_t_4, __pyx_callargs+__pyx_t_5, (1-__pyx_t_5) | (__pyx_t_5*cy_Pyx_PY_VECTORCALL_ARGUMENTS_OFFSET));
           __pyx_t_3 = 0;
           __pyx_t_4 = 0;
          if (MP_UNLIKELY(!!(!__pyx_t_2))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 93; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

        }
        if (!(MP_LIKELY(!!(cy_PyUnicode_CheckExact(__pyx_t_2)))||((__pyx_t_2) == mp_const_none) || cy_Pyx_RaiseUnexpectedTypeError("str", __pyx_t_2))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 93; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);
        {
          mp_obj_t __pyx_temp;
          {
            __pyx_temp = __pyx_r;
            __pyx_r = ((mp_obj_t)__pyx_t_2);
          }

        }
        __pyx_t_2 = 0;
         __pyx_t_1 = 0;
        goto __pyx_L0;
      }

       __pyx_t_1 = 0;

  }

  /* "shapes.pyx":94
 *
 *     cpdef str kind(self):
 *         return "circle"             # <<<<<<<<<<<<<<
 *
 *
*/
  {
    mp_obj_t __pyx_temp;
    {
      __pyx_temp = __pyx_r;

      __pyx_r = __pyx_n_u_circle;
    }

  }
  goto __pyx_L0;

  /* "shapes.pyx":93
 *         return 2 * PI * self.r
 *
 *     cpdef str kind(self):             # <<<<<<<<<<<<<<
 *         return "circle"
 *
*/

  /* function exit code */
  __pyx_L1_error:;

  __pyx_traceback_0(".Circle.kind", __pyx_lineno);
  __pyx_r = 0;
  __pyx_L0:;

  return __pyx_r;
}

/* Python wrapper */
static mp_obj_t __pyx_pw_6shapes_6Circle_7kind(mp_obj_t __pyx_v_self,

mp_obj_t const *__pyx_args, mp_int_t __pyx_nargs, mp_obj_t __pyx_kwds

); /*proto*/
static cy_PyMethodDef __pyx_mdef_6shapes_6Circle_7kind = {"kind", (cy_PyCFunction)(void(*)(void))(cy_Pyx_PyCFunction_FastCallWithKeywords)__pyx_pw_6shapes_6Circle_7kind, cy_Pyx_METH_FASTCALL|cy_METH_KEYWORDS, 0};
static mp_obj_t __pyx_pw_6shapes_6Circle_7kind(mp_obj_t __pyx_v_self,

mp_obj_t const *__pyx_args, mp_int_t __pyx_nargs, mp_obj_t __pyx_kwds

) {

  CYTHON_UNUSED mp_obj_t const *__pyx_kwvalues;
  mp_obj_t __pyx_r = 0;
  __Pyx_RefNannyDeclarations

  __pyx_kwvalues = cy_Pyx_KwValues_FASTCALL(__pyx_args, __pyx_nargs);
  if (MP_UNLIKELY(!!(__pyx_nargs || __pyx_kwds)) && cy_Pyx_RejectArgs("kind", __pyx_args, __pyx_nargs, __pyx_kwds)
< 0) return NULL;

  __pyx_r = __pyx_pf_6shapes_6Circle_6kind(((struct __pyx_obj_6shapes_Circle *)__pyx_v_self));

  /* function exit code */

  return __pyx_r;
}

static mp_obj_t __pyx_pf_6shapes_6Circle_6kind(struct __pyx_obj_6shapes_Circle *__pyx_v_self) {
  mp_obj_t __pyx_r = NULL;
  __Pyx_RefNannyDeclarations
  mp_obj_t __pyx_t_1 = NULL;
  int __pyx_lineno = 0;
  const char *__pyx_filename = NULL;
  int __pyx_clineno = 0;

  __pyx_t_1 = __pyx_f_6shapes_6Circle_kind(__pyx_v_self, 1); if (MP_UNLIKELY(!!(!__pyx_t_1))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 93; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

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

  __pyx_traceback_0(".Circle.kind", __pyx_lineno);
  __pyx_r = NULL;
  __pyx_L0:;

  return __pyx_r;
}

/* "shapes.pyx":81
 *
 * cdef class Circle(Shape):
 *     cdef public double r             # <<<<<<<<<<<<<<
 *
 *     def __init__(self, double r, name="circle"):
*/

/* Python wrapper */
static const struct cy_PyMemberDef __pyx_members_6shapes_Circle[] = {
{"r", cy_Py_T_DOUBLE, offsetof(struct __pyx_obj_6shapes_Circle, r), 0, 0,
"double", cy_member_store_float},
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

/* "shapes.pyx":97
 *
 *
 * def total_area(shapes):             # <<<<<<<<<<<<<<
 *     cdef double t = 0.0
 *     cdef Shape s
*/

/* Python wrapper */
static mp_obj_t __pyx_pw_6shapes_1total_area(mp_obj_t __pyx_self,

mp_obj_t const *__pyx_args, mp_int_t __pyx_nargs, mp_obj_t __pyx_kwds

); /*proto*/
static cy_PyMethodDef __pyx_mdef_6shapes_1total_area = {"total_area", (cy_PyCFunction)(void(*)(void))(cy_Pyx_PyCFunction_FastCallWithKeywords)__pyx_pw_6shapes_1total_area, cy_Pyx_METH_FASTCALL|cy_METH_KEYWORDS, 0};
static mp_obj_t __pyx_pw_6shapes_1total_area(mp_obj_t __pyx_self,

mp_obj_t const *__pyx_args, mp_int_t __pyx_nargs, mp_obj_t __pyx_kwds

) {
  mp_obj_t __pyx_v_shapes = 0;

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
&__pyx_n_u_shapes, 0 };
static const cy_Pyx_ArgSpec __pyx_argspec = { "total_area",
__pyx_pyargnames, 1, 1, 1, 0,
0, 0,

cy_Pyx_ARGS_EXACT|cy_Pyx_ARGS_KEYWORDS|cy_Pyx_ARGS_CLEAR };
if (MP_LIKELY(!!(!__pyx_kwds && __pyx_nargs == 1))) {
values[0] = __pyx_args[0];
} else if
(cy_Pyx_ParseArgs(&__pyx_argspec, __pyx_args,

__pyx_nargs, __pyx_kwds, values) < 0) {
do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 97; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L3_error; } while (0); }

    __pyx_v_shapes = values[0];
  }

  goto __pyx_L4_argument_unpacking_done;
  __pyx_L3_error:;
  for (mp_int_t __pyx_temp=0; __pyx_temp < (mp_int_t)(sizeof(values)/sizeof(values[0])); ++__pyx_temp) {

  }
  __pyx_traceback_0(".total_area", __pyx_lineno);

  return NULL;
  __pyx_L4_argument_unpacking_done:;
  __pyx_r = __pyx_pf_6shapes_total_area(__pyx_self, __pyx_v_shapes);

  /* function exit code */
  for (mp_int_t __pyx_temp=0; __pyx_temp < (mp_int_t)(sizeof(values)/sizeof(values[0])); ++__pyx_temp) {

  }

  return __pyx_r;
}

static mp_obj_t __pyx_pf_6shapes_total_area(CYTHON_UNUSED mp_obj_t __pyx_self, mp_obj_t __pyx_v_shapes) {
  double __pyx_v_t;
  struct __pyx_obj_6shapes_Shape *__pyx_v_s = 0;
  mp_obj_t __pyx_r = NULL;
  __Pyx_RefNannyDeclarations
  mp_obj_t __pyx_t_1 = NULL;
  mp_int_t __pyx_t_2;

  mp_obj_t __pyx_t_4 = NULL;
  double __pyx_t_5;
  int __pyx_lineno = 0;
  const char *__pyx_filename = NULL;
  int __pyx_clineno = 0;

  /* "shapes.pyx":98
 *
 * def total_area(shapes):
 *     cdef double t = 0.0             # <<<<<<<<<<<<<<
 *     cdef Shape s
 *     for s in shapes:
*/
  __pyx_v_t = 0.0;

  /* "shapes.pyx":100
 *     cdef double t = 0.0
 *     cdef Shape s
 *     for s in shapes:             # <<<<<<<<<<<<<<
 *         t += s.area()
 *     return t
*/

    __pyx_t_1 = cy_Pyx_ForIter_Start(__pyx_v_shapes, &__pyx_t_2); if (MP_UNLIKELY(!!(!__pyx_t_1))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 100; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

  for (;;) {

          __pyx_t_4 = cy_Pyx_ForIter_Next(__pyx_t_1, &__pyx_t_2);

          if (MP_UNLIKELY(!!(!__pyx_t_4))) {

        if (MP_UNLIKELY(!!(cy_PyErr_Occurred()))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 100; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);
        break;
      }

    if (!(MP_LIKELY(!!(((__pyx_t_4) == mp_const_none) || MP_LIKELY(!!(cy_Pyx_TypeTest(__pyx_t_4, __pyx_mstate_global->__pyx_ptype_6shapes_Shape))))))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 100; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);
    __pyx_v_s = ((struct __pyx_obj_6shapes_Shape *)__pyx_t_4);
    __pyx_t_4 = 0;

    /* "shapes.pyx":101
 *     cdef Shape s
 *     for s in shapes:
 *         t += s.area()             # <<<<<<<<<<<<<<
 *     return t
 *
*/
    __pyx_t_5 = ((struct __pyx_vtabstruct_6shapes_Shape *)__pyx_v_s->__pyx_vtab)->area(__pyx_v_s, 0); if (MP_UNLIKELY(!!(cy_PyErr_Occurred()))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 101; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);
    __pyx_v_t = (__pyx_v_t + __pyx_t_5);

    /* "shapes.pyx":100
 *     cdef double t = 0.0
 *     cdef Shape s
 *     for s in shapes:             # <<<<<<<<<<<<<<
 *         t += s.area()
 *     return t
*/
  }
   __pyx_t_1 = 0;

  /* "shapes.pyx":102
 *     for s in shapes:
 *         t += s.area()
 *     return t             # <<<<<<<<<<<<<<
 *
 *
*/
  __pyx_t_1 = cy_PyFloat_FromDouble(__pyx_v_t); if (MP_UNLIKELY(!!(!__pyx_t_1))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 102; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

  {
    mp_obj_t __pyx_temp;
    {
      __pyx_temp = __pyx_r;
      __pyx_r = __pyx_t_1;
    }

  }
  __pyx_t_1 = 0;
  goto __pyx_L0;

  /* "shapes.pyx":97
 *
 *
 * def total_area(shapes):             # <<<<<<<<<<<<<<
 *     cdef double t = 0.0
 *     cdef Shape s
*/

  /* function exit code */
  __pyx_L1_error:;

  __pyx_traceback_0(".total_area", __pyx_lineno);
  __pyx_r = NULL;
  __pyx_L0:;

  return __pyx_r;
}

/* "shapes.pyx":105
 *
 *
 * def largest(list shapes):             # <<<<<<<<<<<<<<
 *     cdef Shape best = None
 *     cdef Shape s
*/

/* Python wrapper */
static mp_obj_t __pyx_pw_6shapes_3largest(mp_obj_t __pyx_self,

mp_obj_t const *__pyx_args, mp_int_t __pyx_nargs, mp_obj_t __pyx_kwds

); /*proto*/
static cy_PyMethodDef __pyx_mdef_6shapes_3largest = {"largest", (cy_PyCFunction)(void(*)(void))(cy_Pyx_PyCFunction_FastCallWithKeywords)__pyx_pw_6shapes_3largest, cy_Pyx_METH_FASTCALL|cy_METH_KEYWORDS, 0};
static mp_obj_t __pyx_pw_6shapes_3largest(mp_obj_t __pyx_self,

mp_obj_t const *__pyx_args, mp_int_t __pyx_nargs, mp_obj_t __pyx_kwds

) {
  mp_obj_t __pyx_v_shapes = 0;

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
&__pyx_n_u_shapes, 0 };
static const cy_Pyx_ArgSpec __pyx_argspec = { "largest",
__pyx_pyargnames, 1, 1, 1, 0,
0, 0,

cy_Pyx_ARGS_EXACT|cy_Pyx_ARGS_KEYWORDS|cy_Pyx_ARGS_CLEAR };
if (MP_LIKELY(!!(!__pyx_kwds && __pyx_nargs == 1))) {
values[0] = __pyx_args[0];
} else if
(cy_Pyx_ParseArgs(&__pyx_argspec, __pyx_args,

__pyx_nargs, __pyx_kwds, values) < 0) {
do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 105; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L3_error; } while (0); }

    __pyx_v_shapes = ((mp_obj_t)values[0]);
  }

  goto __pyx_L4_argument_unpacking_done;
  __pyx_L3_error:;
  for (mp_int_t __pyx_temp=0; __pyx_temp < (mp_int_t)(sizeof(values)/sizeof(values[0])); ++__pyx_temp) {

  }
  __pyx_traceback_0(".largest", __pyx_lineno);

  return NULL;
  __pyx_L4_argument_unpacking_done:;
  if (MP_UNLIKELY(!!(!cy_Pyx_ArgTypeTest(((mp_obj_t )__pyx_v_shapes), (&cy_PyList_Type), 1, "shapes", 1)))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 105; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);
  __pyx_r = __pyx_pf_6shapes_2largest(__pyx_self, __pyx_v_shapes);

  /* function exit code */
  goto __pyx_L0;
  __pyx_L1_error:;
  __pyx_r = NULL;
  for (mp_int_t __pyx_temp=0; __pyx_temp < (mp_int_t)(sizeof(values)/sizeof(values[0])); ++__pyx_temp) {

  }
  goto __pyx_L7_cleaned_up;
  __pyx_L0:;
  for (mp_int_t __pyx_temp=0; __pyx_temp < (mp_int_t)(sizeof(values)/sizeof(values[0])); ++__pyx_temp) {

  }
  __pyx_L7_cleaned_up:;

  return __pyx_r;
}

static mp_obj_t __pyx_pf_6shapes_2largest(CYTHON_UNUSED mp_obj_t __pyx_self, mp_obj_t __pyx_v_shapes) {
  struct __pyx_obj_6shapes_Shape *__pyx_v_best = 0;
  struct __pyx_obj_6shapes_Shape *__pyx_v_s = 0;
  mp_obj_t __pyx_r = NULL;
  __Pyx_RefNannyDeclarations
  mp_obj_t __pyx_t_1 = NULL;
  mp_int_t __pyx_t_2;
  mp_obj_t __pyx_t_3 = NULL;
  int __pyx_t_4;
  int __pyx_t_5;
  double __pyx_t_6;
  double __pyx_t_7;
  int __pyx_lineno = 0;
  const char *__pyx_filename = NULL;
  int __pyx_clineno = 0;

  /* "shapes.pyx":106
 *
 * def largest(list shapes):
 *     cdef Shape best = None             # <<<<<<<<<<<<<<
 *     cdef Shape s
 *     for s in shapes:
*/

  __pyx_v_best = ((struct __pyx_obj_6shapes_Shape *)mp_const_none);

  /* "shapes.pyx":108
 *     cdef Shape best = None
 *     cdef Shape s
 *     for s in shapes:             # <<<<<<<<<<<<<<
 *         if best is None or s.area() > best.area():
 *             best = s
*/
  if (MP_UNLIKELY(!!(__pyx_v_shapes == mp_const_none))) {
    cy_PyErr_SetString(MP_OBJ_FROM_PTR(&mp_type_TypeError), "\047NoneType\047 object is not iterable");
    do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 108; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);
  }
  __pyx_t_1 = __pyx_v_shapes;
  __pyx_t_2 = 0;
  for (;;) {
    {
      mp_int_t __pyx_temp = cy_Pyx_PyList_GET_SIZE(__pyx_t_1);

      if (MP_UNLIKELY(!!((__pyx_temp < 0)))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 108; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

      if (__pyx_t_2 >= __pyx_temp) break;
    }
    __pyx_t_3 = cy_Pyx_PyList_GET_ITEM_REF(__pyx_t_1, __pyx_t_2, cy_Pyx_ReferenceSharing_OwnStrongReference);
    ++__pyx_t_2;
    if (MP_UNLIKELY(!!(!__pyx_t_3))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 108; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

    if (!(MP_LIKELY(!!(((__pyx_t_3) == mp_const_none) || MP_LIKELY(!!(cy_Pyx_TypeTest(__pyx_t_3, __pyx_mstate_global->__pyx_ptype_6shapes_Shape))))))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 108; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);
    __pyx_v_s = ((struct __pyx_obj_6shapes_Shape *)__pyx_t_3);
    __pyx_t_3 = 0;

    /* "shapes.pyx":109
 *     cdef Shape s
 *     for s in shapes:
 *         if best is None or s.area() > best.area():             # <<<<<<<<<<<<<<
 *             best = s
 *     return best
*/
    __pyx_t_5 = (((mp_obj_t )__pyx_v_best) == mp_const_none);
    if (!__pyx_t_5) {

    } else {

      __pyx_t_4 = __pyx_t_5;

      goto __pyx_L6_bool_binop_done;
    }
    __pyx_t_6 = ((struct __pyx_vtabstruct_6shapes_Shape *)__pyx_v_s->__pyx_vtab)->area(__pyx_v_s, 0); if (MP_UNLIKELY(!!(cy_PyErr_Occurred()))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 109; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);
    __pyx_t_7 = ((struct __pyx_vtabstruct_6shapes_Shape *)__pyx_v_best->__pyx_vtab)->area(__pyx_v_best, 0); if (MP_UNLIKELY(!!(cy_PyErr_Occurred()))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 109; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);
    __pyx_t_5 = (__pyx_t_6 > __pyx_t_7);

    __pyx_t_4 = __pyx_t_5;

    __pyx_L6_bool_binop_done:;
    if (__pyx_t_4) {

      /* "shapes.pyx":110
 *     for s in shapes:
 *         if best is None or s.area() > best.area():
 *             best = s             # <<<<<<<<<<<<<<
 *     return best
 *
*/

      __pyx_v_best = __pyx_v_s;

      /* "shapes.pyx":109
 *     cdef Shape s
 *     for s in shapes:
 *         if best is None or s.area() > best.area():             # <<<<<<<<<<<<<<
 *             best = s
 *     return best
*/
    }

    /* "shapes.pyx":108
 *     cdef Shape best = None
 *     cdef Shape s
 *     for s in shapes:             # <<<<<<<<<<<<<<
 *         if best is None or s.area() > best.area():
 *             best = s
*/
  }
   __pyx_t_1 = 0;

  /* "shapes.pyx":111
 *         if best is None or s.area() > best.area():
 *             best = s
 *     return best             # <<<<<<<<<<<<<<
 *
 *
*/
  {
    mp_obj_t __pyx_temp;
    {
      __pyx_temp = __pyx_r;

      __pyx_r = ((mp_obj_t )__pyx_v_best);
    }

  }
  goto __pyx_L0;

  /* "shapes.pyx":105
 *
 *
 * def largest(list shapes):             # <<<<<<<<<<<<<<
 *     cdef Shape best = None
 *     cdef Shape s
*/

  /* function exit code */
  __pyx_L1_error:;

  __pyx_traceback_0(".largest", __pyx_lineno);
  __pyx_r = NULL;
  __pyx_L0:;

  return __pyx_r;
}

/* "shapes.pyx":114
 *
 *
 * def kinds(shapes):             # <<<<<<<<<<<<<<
 *     return [(<Shape>s).kind() for s in shapes]
 *
*/

/* Python wrapper */
static mp_obj_t __pyx_pw_6shapes_5kinds(mp_obj_t __pyx_self,

mp_obj_t const *__pyx_args, mp_int_t __pyx_nargs, mp_obj_t __pyx_kwds

); /*proto*/
static cy_PyMethodDef __pyx_mdef_6shapes_5kinds = {"kinds", (cy_PyCFunction)(void(*)(void))(cy_Pyx_PyCFunction_FastCallWithKeywords)__pyx_pw_6shapes_5kinds, cy_Pyx_METH_FASTCALL|cy_METH_KEYWORDS, 0};
static mp_obj_t __pyx_pw_6shapes_5kinds(mp_obj_t __pyx_self,

mp_obj_t const *__pyx_args, mp_int_t __pyx_nargs, mp_obj_t __pyx_kwds

) {
  mp_obj_t __pyx_v_shapes = 0;

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
&__pyx_n_u_shapes, 0 };
static const cy_Pyx_ArgSpec __pyx_argspec = { "kinds", __pyx_pyargnames,
1, 1, 1, 0, 0, 0,

cy_Pyx_ARGS_EXACT|cy_Pyx_ARGS_KEYWORDS|cy_Pyx_ARGS_CLEAR };
if (MP_LIKELY(!!(!__pyx_kwds && __pyx_nargs == 1))) {
values[0] = __pyx_args[0];
} else if
(cy_Pyx_ParseArgs(&__pyx_argspec, __pyx_args,

__pyx_nargs, __pyx_kwds, values) < 0) {
do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 114; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L3_error; } while (0); }

    __pyx_v_shapes = values[0];
  }

  goto __pyx_L4_argument_unpacking_done;
  __pyx_L3_error:;
  for (mp_int_t __pyx_temp=0; __pyx_temp < (mp_int_t)(sizeof(values)/sizeof(values[0])); ++__pyx_temp) {

  }
  __pyx_traceback_0(".kinds", __pyx_lineno);

  return NULL;
  __pyx_L4_argument_unpacking_done:;
  __pyx_r = __pyx_pf_6shapes_4kinds(__pyx_self, __pyx_v_shapes);

  /* function exit code */
  for (mp_int_t __pyx_temp=0; __pyx_temp < (mp_int_t)(sizeof(values)/sizeof(values[0])); ++__pyx_temp) {

  }

  return __pyx_r;
}

static mp_obj_t __pyx_pf_6shapes_4kinds(CYTHON_UNUSED mp_obj_t __pyx_self, mp_obj_t __pyx_v_shapes) {
  mp_obj_t __pyx_7genexpr__pyx_v_s = NULL;
  mp_obj_t __pyx_r = NULL;
  __Pyx_RefNannyDeclarations
  mp_obj_t __pyx_t_1 = NULL;
  mp_obj_t __pyx_t_2 = NULL;
  mp_int_t __pyx_t_3;

  mp_obj_t __pyx_t_5 = NULL;
  int __pyx_lineno = 0;
  const char *__pyx_filename = NULL;
  int __pyx_clineno = 0;

  /* "shapes.pyx":115
 *
 * def kinds(shapes):
 *     return [(<Shape>s).kind() for s in shapes]             # <<<<<<<<<<<<<<
 *
 *
*/
  { /* enter inner scope */
    __pyx_t_1 = cy_PyList_New(0); if (MP_UNLIKELY(!!(!__pyx_t_1))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 115; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L5_error; } while (0);

      __pyx_t_2 = cy_Pyx_ForIter_Start(__pyx_v_shapes, &__pyx_t_3); if (MP_UNLIKELY(!!(!__pyx_t_2))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 115; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L5_error; } while (0);

    for (;;) {

            __pyx_t_5 = cy_Pyx_ForIter_Next(__pyx_t_2, &__pyx_t_3);

            if (MP_UNLIKELY(!!(!__pyx_t_5))) {

          if (MP_UNLIKELY(!!(cy_PyErr_Occurred()))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 115; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L5_error; } while (0);
          break;
        }

      __pyx_7genexpr__pyx_v_s = __pyx_t_5;
      __pyx_t_5 = 0;
      __pyx_t_5 = ((struct __pyx_vtabstruct_6shapes_Shape *)((struct __pyx_obj_6shapes_Shape *)__pyx_7genexpr__pyx_v_s)->__pyx_vtab)->kind(((struct __pyx_obj_6shapes_Shape *)__pyx_7genexpr__pyx_v_s), 0); if (MP_UNLIKELY(!!(!__pyx_t_5))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 115; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L5_error; } while (0);

      if (MP_UNLIKELY(!!(cy_Pyx_ListComp_AppendAndDecref(__pyx_t_1, __pyx_t_5)))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 115; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L5_error; } while (0);
      __pyx_t_5 = 0;
    }
     __pyx_t_2 = 0;
     __pyx_7genexpr__pyx_v_s = 0;
    goto __pyx_L9_exit_scope;
    __pyx_L5_error:;
     __pyx_7genexpr__pyx_v_s = 0;
    goto __pyx_L1_error;
    __pyx_L9_exit_scope:;
  } /* exit inner scope */
  {
    mp_obj_t __pyx_temp;
    {
      __pyx_temp = __pyx_r;
      __pyx_r = __pyx_t_1;
    }

  }
  __pyx_t_1 = 0;
  goto __pyx_L0;

  /* "shapes.pyx":114
 *
 *
 * def kinds(shapes):             # <<<<<<<<<<<<<<
 *     return [(<Shape>s).kind() for s in shapes]
 *
*/

  /* function exit code */
  __pyx_L1_error:;

  __pyx_traceback_0(".kinds", __pyx_lineno);
  __pyx_r = NULL;
  __pyx_L0:;

  return __pyx_r;
}

/* "shapes.pyx":118
 *
 *
 * cpdef double area_of(Shape s):             # <<<<<<<<<<<<<<
 *     return s.area()
 *
*/

static mp_obj_t __pyx_pw_6shapes_7area_of(mp_obj_t __pyx_self,

mp_obj_t const *__pyx_args, mp_int_t __pyx_nargs, mp_obj_t __pyx_kwds

); /*proto*/
static double __pyx_f_6shapes_area_of(struct __pyx_obj_6shapes_Shape *__pyx_v_s, CYTHON_UNUSED int __pyx_skip_dispatch) {
  double __pyx_r;
  double __pyx_t_1;
  int __pyx_lineno = 0;
  const char *__pyx_filename = NULL;
  int __pyx_clineno = 0;

  /* "shapes.pyx":119
 *
 * cpdef double area_of(Shape s):
 *     return s.area()             # <<<<<<<<<<<<<<
 *
 *
*/
  __pyx_t_1 = ((struct __pyx_vtabstruct_6shapes_Shape *)__pyx_v_s->__pyx_vtab)->area(__pyx_v_s, 0); if (MP_UNLIKELY(!!(cy_PyErr_Occurred()))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 119; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);
  {
    __pyx_r = __pyx_t_1;
  }
  goto __pyx_L0;

  /* "shapes.pyx":118
 *
 *
 * cpdef double area_of(Shape s):             # <<<<<<<<<<<<<<
 *     return s.area()
 *
*/

  /* function exit code */
  __pyx_L1_error:;
  __pyx_traceback_0(".area_of", __pyx_lineno);
  __pyx_r = -1;
  __pyx_L0:;

  return __pyx_r;
}

/* Python wrapper */
static mp_obj_t __pyx_pw_6shapes_7area_of(mp_obj_t __pyx_self,

mp_obj_t const *__pyx_args, mp_int_t __pyx_nargs, mp_obj_t __pyx_kwds

); /*proto*/
static cy_PyMethodDef __pyx_mdef_6shapes_7area_of = {"area_of", (cy_PyCFunction)(void(*)(void))(cy_Pyx_PyCFunction_FastCallWithKeywords)__pyx_pw_6shapes_7area_of, cy_Pyx_METH_FASTCALL|cy_METH_KEYWORDS, 0};
static mp_obj_t __pyx_pw_6shapes_7area_of(mp_obj_t __pyx_self,

mp_obj_t const *__pyx_args, mp_int_t __pyx_nargs, mp_obj_t __pyx_kwds

) {
  struct __pyx_obj_6shapes_Shape *__pyx_v_s = 0;

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
&__pyx_n_u_s, 0 };
static const cy_Pyx_ArgSpec __pyx_argspec = { "area_of",
__pyx_pyargnames, 1, 1, 1, 0,
0, 0,

cy_Pyx_ARGS_EXACT|cy_Pyx_ARGS_KEYWORDS|cy_Pyx_ARGS_CLEAR };
if (MP_LIKELY(!!(!__pyx_kwds && __pyx_nargs == 1))) {
values[0] = __pyx_args[0];
} else if
(cy_Pyx_ParseArgs(&__pyx_argspec, __pyx_args,

__pyx_nargs, __pyx_kwds, values) < 0) {
do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 118; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L3_error; } while (0); }

    __pyx_v_s = ((struct __pyx_obj_6shapes_Shape *)values[0]);
  }

  goto __pyx_L4_argument_unpacking_done;
  __pyx_L3_error:;
  for (mp_int_t __pyx_temp=0; __pyx_temp < (mp_int_t)(sizeof(values)/sizeof(values[0])); ++__pyx_temp) {

  }
  __pyx_traceback_0(".area_of", __pyx_lineno);

  return NULL;
  __pyx_L4_argument_unpacking_done:;
  if (MP_UNLIKELY(!!(!cy_Pyx_ArgTypeTest(((mp_obj_t )__pyx_v_s), __pyx_mstate_global->__pyx_ptype_6shapes_Shape, 1, "s", 0)))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 118; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);
  __pyx_r = __pyx_pf_6shapes_6area_of(__pyx_self, __pyx_v_s);

  /* function exit code */
  goto __pyx_L0;
  __pyx_L1_error:;
  __pyx_r = NULL;
  for (mp_int_t __pyx_temp=0; __pyx_temp < (mp_int_t)(sizeof(values)/sizeof(values[0])); ++__pyx_temp) {

  }
  goto __pyx_L7_cleaned_up;
  __pyx_L0:;
  for (mp_int_t __pyx_temp=0; __pyx_temp < (mp_int_t)(sizeof(values)/sizeof(values[0])); ++__pyx_temp) {

  }
  __pyx_L7_cleaned_up:;

  return __pyx_r;
}

static mp_obj_t __pyx_pf_6shapes_6area_of(CYTHON_UNUSED mp_obj_t __pyx_self, struct __pyx_obj_6shapes_Shape *__pyx_v_s) {
  mp_obj_t __pyx_r = NULL;
  __Pyx_RefNannyDeclarations
  double __pyx_t_1;
  mp_obj_t __pyx_t_2 = NULL;
  int __pyx_lineno = 0;
  const char *__pyx_filename = NULL;
  int __pyx_clineno = 0;

  __pyx_t_1 = __pyx_f_6shapes_area_of(__pyx_v_s, 1); if (MP_UNLIKELY(!!(__pyx_t_1 == ((double)-1) && cy_PyErr_Occurred()))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 118; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);
  __pyx_t_2 = cy_PyFloat_FromDouble(__pyx_t_1); if (MP_UNLIKELY(!!(!__pyx_t_2))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 118; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

  {
    mp_obj_t __pyx_temp;
    {
      __pyx_temp = __pyx_r;
      __pyx_r = __pyx_t_2;
    }

  }
  __pyx_t_2 = 0;
  goto __pyx_L0;

  /* function exit code */
  __pyx_L1_error:;

  __pyx_traceback_0(".area_of", __pyx_lineno);
  __pyx_r = NULL;
  __pyx_L0:;

  return __pyx_r;
}

/* "shapes.pyx":125
 *     """A Python class in the .pyx that inherits from a cdef class."""
 *
 *     def __init__(self, w, h, label):             # <<<<<<<<<<<<<<
 *         super().__init__(w, h, "labelled")
 *         self.label = label
*/

/* Python wrapper */
static mp_obj_t __pyx_pw_6shapes_8Labelled_1__init__(mp_obj_t __pyx_self,

mp_obj_t const *__pyx_args, mp_int_t __pyx_nargs, mp_obj_t __pyx_kwds

); /*proto*/
static cy_PyMethodDef __pyx_mdef_6shapes_8Labelled_1__init__ = {"__init__", (cy_PyCFunction)(void(*)(void))(cy_Pyx_PyCFunction_FastCallWithKeywords)__pyx_pw_6shapes_8Labelled_1__init__, cy_Pyx_METH_FASTCALL|cy_METH_KEYWORDS, 0};
static mp_obj_t __pyx_pw_6shapes_8Labelled_1__init__(mp_obj_t __pyx_self,

mp_obj_t const *__pyx_args, mp_int_t __pyx_nargs, mp_obj_t __pyx_kwds

) {
  mp_obj_t __pyx_v_self = 0;
  mp_obj_t __pyx_v_w = 0;
  mp_obj_t __pyx_v_h = 0;
  mp_obj_t __pyx_v_label = 0;

  CYTHON_UNUSED mp_obj_t const *__pyx_kwvalues;
  mp_obj_t values[4]            ;
  int __pyx_lineno = 0;
  const char *__pyx_filename = NULL;
  int __pyx_clineno = 0;
  mp_obj_t __pyx_r = 0;
  __Pyx_RefNannyDeclarations

  __pyx_kwvalues = cy_Pyx_KwValues_FASTCALL(__pyx_args, __pyx_nargs);
  {
static mp_obj_t * const __pyx_pyargnames[] = { &__pyx_n_u_self, &__pyx_n_u_w, &__pyx_n_u_h,
&__pyx_n_u_label, 0 };
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
__pyx_kwds, values) < 0) { do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 125; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L3_error; } while (0); }

    __pyx_v_self = values[0];
    __pyx_v_w = values[1];
    __pyx_v_h = values[2];
    __pyx_v_label = values[3];
  }

  goto __pyx_L4_argument_unpacking_done;
  __pyx_L3_error:;
  for (mp_int_t __pyx_temp=0; __pyx_temp < (mp_int_t)(sizeof(values)/sizeof(values[0])); ++__pyx_temp) {

  }
  __pyx_traceback_0(".Labelled.__init__", __pyx_lineno);

  return NULL;
  __pyx_L4_argument_unpacking_done:;
  __pyx_r = __pyx_pf_6shapes_8Labelled___init__(__pyx_self, __pyx_v_self, __pyx_v_w, __pyx_v_h, __pyx_v_label);

  /* function exit code */
  for (mp_int_t __pyx_temp=0; __pyx_temp < (mp_int_t)(sizeof(values)/sizeof(values[0])); ++__pyx_temp) {

  }

  return __pyx_r;
}

static mp_obj_t __pyx_pf_6shapes_8Labelled___init__(CYTHON_UNUSED mp_obj_t __pyx_self, mp_obj_t __pyx_v_self, mp_obj_t __pyx_v_w, mp_obj_t __pyx_v_h, mp_obj_t __pyx_v_label) {
  mp_obj_t __pyx_r = NULL;
  __Pyx_RefNannyDeclarations
  mp_obj_t __pyx_t_1 = NULL;
  mp_obj_t __pyx_t_2 = NULL;
  mp_obj_t __pyx_t_3 = NULL;
  mp_obj_t __pyx_t_4 = NULL;
  mp_obj_t __pyx_t_5 = NULL;
  size_t __pyx_t_6;
  int __pyx_lineno = 0;
  const char *__pyx_filename = NULL;
  int __pyx_clineno = 0;

  /* "shapes.pyx":126
 *
 *     def __init__(self, w, h, label):
 *         super().__init__(w, h, "labelled")             # <<<<<<<<<<<<<<
 *         self.label = label
 *
*/
  __pyx_t_4 = NULL;
  __pyx_t_5 = cy_Pyx_CyFunction_GetClassObj(__pyx_self);
  if (!__pyx_t_5) { cy_PyErr_SetString(MP_OBJ_FROM_PTR(&mp_type_RuntimeError), "super(): empty __class__ cell"); do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 126; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0); }

  __pyx_t_6 = 1;
  {
    mp_obj_t __pyx_callargs[3] = {__pyx_t_4, __pyx_t_5, __pyx_v_self};
    __pyx_t_3 = cy_Pyx_PyObject_FastCall((mp_obj_t)__pyx_builtin_super, __pyx_callargs+__pyx_t_6, (3-__pyx_t_6) | (__pyx_t_6*cy_Pyx_PY_VECTORCALL_ARGUMENTS_OFFSET));
     __pyx_t_4 = 0;
     __pyx_t_5 = 0;
    if (MP_UNLIKELY(!!(!__pyx_t_3))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 126; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

  }
  __pyx_t_2 = __pyx_t_3;

  __pyx_t_6 = 0;
  {
    mp_obj_t __pyx_callargs[4] = {__pyx_t_2, __pyx_v_w, __pyx_v_h, __pyx_n_u_labelled};
    __pyx_t_1 = cy_Pyx_PyObject_FastCallMethod((mp_obj_t)__pyx_n_u_init, __pyx_callargs+__pyx_t_6, (4-__pyx_t_6) | (1*cy_Pyx_PY_VECTORCALL_ARGUMENTS_OFFSET));
     __pyx_t_2 = 0;
     __pyx_t_3 = 0;
    if (MP_UNLIKELY(!!(!__pyx_t_1))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 126; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

  }
   __pyx_t_1 = 0;

  /* "shapes.pyx":127
 *     def __init__(self, w, h, label):
 *         super().__init__(w, h, "labelled")
 *         self.label = label             # <<<<<<<<<<<<<<
 *
 *     def kind(self):
*/
  if (cy_Pyx_PyObject_SetAttrStr(__pyx_v_self, __pyx_n_u_label, __pyx_v_label) < (0)) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 127; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

  /* "shapes.pyx":125
 *     """A Python class in the .pyx that inherits from a cdef class."""
 *
 *     def __init__(self, w, h, label):             # <<<<<<<<<<<<<<
 *         super().__init__(w, h, "labelled")
 *         self.label = label
*/

  /* function exit code */
  __pyx_r = mp_const_none;
  goto __pyx_L0;
  __pyx_L1_error:;

  __pyx_traceback_0(".Labelled.__init__", __pyx_lineno);
  __pyx_r = NULL;
  __pyx_L0:;

  return __pyx_r;
}

/* "shapes.pyx":129
 *         self.label = label
 *
 *     def kind(self):             # <<<<<<<<<<<<<<
 *         return "labelled-" + self.label
 *
*/

/* Python wrapper */
static mp_obj_t __pyx_pw_6shapes_8Labelled_3kind(mp_obj_t __pyx_self,

mp_obj_t const *__pyx_args, mp_int_t __pyx_nargs, mp_obj_t __pyx_kwds

); /*proto*/
static cy_PyMethodDef __pyx_mdef_6shapes_8Labelled_3kind = {"kind", (cy_PyCFunction)(void(*)(void))(cy_Pyx_PyCFunction_FastCallWithKeywords)__pyx_pw_6shapes_8Labelled_3kind, cy_Pyx_METH_FASTCALL|cy_METH_KEYWORDS, 0};
static mp_obj_t __pyx_pw_6shapes_8Labelled_3kind(mp_obj_t __pyx_self,

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
static const cy_Pyx_ArgSpec __pyx_argspec = { "kind", __pyx_pyargnames,
1, 1, 1, 0, 0, 0,

cy_Pyx_ARGS_EXACT|cy_Pyx_ARGS_KEYWORDS|cy_Pyx_ARGS_CLEAR };
if (MP_LIKELY(!!(!__pyx_kwds && __pyx_nargs == 1))) {
values[0] = __pyx_args[0];
} else if
(cy_Pyx_ParseArgs(&__pyx_argspec, __pyx_args,

__pyx_nargs, __pyx_kwds, values) < 0) {
do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 129; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L3_error; } while (0); }

    __pyx_v_self = values[0];
  }

  goto __pyx_L4_argument_unpacking_done;
  __pyx_L3_error:;
  for (mp_int_t __pyx_temp=0; __pyx_temp < (mp_int_t)(sizeof(values)/sizeof(values[0])); ++__pyx_temp) {

  }
  __pyx_traceback_0(".Labelled.kind", __pyx_lineno);

  return NULL;
  __pyx_L4_argument_unpacking_done:;
  __pyx_r = __pyx_pf_6shapes_8Labelled_2kind(__pyx_self, __pyx_v_self);

  /* function exit code */
  for (mp_int_t __pyx_temp=0; __pyx_temp < (mp_int_t)(sizeof(values)/sizeof(values[0])); ++__pyx_temp) {

  }

  return __pyx_r;
}

static mp_obj_t __pyx_pf_6shapes_8Labelled_2kind(CYTHON_UNUSED mp_obj_t __pyx_self, mp_obj_t __pyx_v_self) {
  mp_obj_t __pyx_r = NULL;
  __Pyx_RefNannyDeclarations
  mp_obj_t __pyx_t_1 = NULL;
  mp_obj_t __pyx_t_2 = NULL;
  int __pyx_lineno = 0;
  const char *__pyx_filename = NULL;
  int __pyx_clineno = 0;

  /* "shapes.pyx":130
 *
 *     def kind(self):
 *         return "labelled-" + self.label             # <<<<<<<<<<<<<<
 *
 *
*/
  __pyx_t_1 = cy_Pyx_PyObject_GetAttrStr(__pyx_v_self, __pyx_n_u_label); if (MP_UNLIKELY(!!(!__pyx_t_1))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 130; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

  __pyx_t_2 = cy_PyNumber_Add(__pyx_kp_u_labelled_2, __pyx_t_1); if (MP_UNLIKELY(!!(!__pyx_t_2))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 130; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

   __pyx_t_1 = 0;
  {
    mp_obj_t __pyx_temp;
    {
      __pyx_temp = __pyx_r;
      __pyx_r = __pyx_t_2;
    }

  }
  __pyx_t_2 = 0;
  goto __pyx_L0;

  /* "shapes.pyx":129
 *         self.label = label
 *
 *     def kind(self):             # <<<<<<<<<<<<<<
 *         return "labelled-" + self.label
 *
*/

  /* function exit code */
  __pyx_L1_error:;

  __pyx_traceback_0(".Labelled.kind", __pyx_lineno);
  __pyx_r = NULL;
  __pyx_L0:;

  return __pyx_r;
}

/* "shapes.pyx":137
 *
 *
 * def checked_area(s):             # <<<<<<<<<<<<<<
 *     if not isinstance(s, Shape):
 *         raise ShapeError("not a shape: %r" % (s,))
*/

/* Python wrapper */
static mp_obj_t __pyx_pw_6shapes_9checked_area(mp_obj_t __pyx_self,

mp_obj_t const *__pyx_args, mp_int_t __pyx_nargs, mp_obj_t __pyx_kwds

); /*proto*/
static cy_PyMethodDef __pyx_mdef_6shapes_9checked_area = {"checked_area", (cy_PyCFunction)(void(*)(void))(cy_Pyx_PyCFunction_FastCallWithKeywords)__pyx_pw_6shapes_9checked_area, cy_Pyx_METH_FASTCALL|cy_METH_KEYWORDS, 0};
static mp_obj_t __pyx_pw_6shapes_9checked_area(mp_obj_t __pyx_self,

mp_obj_t const *__pyx_args, mp_int_t __pyx_nargs, mp_obj_t __pyx_kwds

) {
  mp_obj_t __pyx_v_s = 0;

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
&__pyx_n_u_s, 0 };
static const cy_Pyx_ArgSpec __pyx_argspec = { "checked_area",
__pyx_pyargnames, 1, 1, 1, 0,
0, 0,

cy_Pyx_ARGS_EXACT|cy_Pyx_ARGS_KEYWORDS|cy_Pyx_ARGS_CLEAR };
if (MP_LIKELY(!!(!__pyx_kwds && __pyx_nargs == 1))) {
values[0] = __pyx_args[0];
} else if
(cy_Pyx_ParseArgs(&__pyx_argspec, __pyx_args,

__pyx_nargs, __pyx_kwds, values) < 0) {
do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 137; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L3_error; } while (0); }

    __pyx_v_s = values[0];
  }

  goto __pyx_L4_argument_unpacking_done;
  __pyx_L3_error:;
  for (mp_int_t __pyx_temp=0; __pyx_temp < (mp_int_t)(sizeof(values)/sizeof(values[0])); ++__pyx_temp) {

  }
  __pyx_traceback_0(".checked_area", __pyx_lineno);

  return NULL;
  __pyx_L4_argument_unpacking_done:;
  __pyx_r = __pyx_pf_6shapes_8checked_area(__pyx_self, __pyx_v_s);

  /* function exit code */
  for (mp_int_t __pyx_temp=0; __pyx_temp < (mp_int_t)(sizeof(values)/sizeof(values[0])); ++__pyx_temp) {

  }

  return __pyx_r;
}

static mp_obj_t __pyx_pf_6shapes_8checked_area(CYTHON_UNUSED mp_obj_t __pyx_self, mp_obj_t __pyx_v_s) {
  mp_obj_t __pyx_r = NULL;
  __Pyx_RefNannyDeclarations
  int __pyx_t_1;
  int __pyx_t_2;
  mp_obj_t __pyx_t_3 = NULL;
  mp_obj_t __pyx_t_4 = NULL;
  mp_obj_t __pyx_t_5 = NULL;
  mp_obj_t __pyx_t_6 = NULL;
  mp_obj_t __pyx_t_7 = NULL;
  size_t __pyx_t_8;
  double __pyx_t_9;
  int __pyx_lineno = 0;
  const char *__pyx_filename = NULL;
  int __pyx_clineno = 0;

  /* "shapes.pyx":138
 *
 * def checked_area(s):
 *     if not isinstance(s, Shape):             # <<<<<<<<<<<<<<
 *         raise ShapeError("not a shape: %r" % (s,))
 *     return (<Shape>s).area()
*/
  __pyx_t_1 = cy_Pyx_TypeCheck(__pyx_v_s, __pyx_mstate_global->__pyx_ptype_6shapes_Shape);
  __pyx_t_2 = (!__pyx_t_1);

  if (MP_UNLIKELY(!!(__pyx_t_2))) {

    /* "shapes.pyx":139
 * def checked_area(s):
 *     if not isinstance(s, Shape):
 *         raise ShapeError("not a shape: %r" % (s,))             # <<<<<<<<<<<<<<
 *     return (<Shape>s).area()
*/
    __pyx_t_4 = NULL;
    cy_Pyx_GetModuleGlobalName(__pyx_t_5, __pyx_n_u_ShapeError); if (MP_UNLIKELY(!!(!__pyx_t_5))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 139; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

    __pyx_t_6 = cy_Pyx_PyObject_FormatSimpleAndDecref(cy_PyObject_Repr(__pyx_v_s), __pyx_mstate_global->__pyx_empty_unicode); if (MP_UNLIKELY(!!(!__pyx_t_6))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 139; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

    __pyx_t_7 = cy_Pyx_PyUnicode_Concat(__pyx_kp_u_not_a_shape, __pyx_t_6); if (MP_UNLIKELY(!!(!__pyx_t_7))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 139; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

     __pyx_t_6 = 0;
    __pyx_t_8 = 1;

    {
      mp_obj_t __pyx_callargs[2] = {__pyx_t_4, __pyx_t_7};
      __pyx_t_3 = cy_Pyx_PyObject_FastCall((mp_obj_t)__pyx_t_5, __pyx_callargs+__pyx_t_8, (2-__pyx_t_8) | (__pyx_t_8*cy_Pyx_PY_VECTORCALL_ARGUMENTS_OFFSET));
       __pyx_t_4 = 0;
       __pyx_t_7 = 0;
       __pyx_t_5 = 0;
      if (MP_UNLIKELY(!!(!__pyx_t_3))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 139; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

    }
    cy_Pyx_Raise(__pyx_t_3, 0, 0, 0);
     __pyx_t_3 = 0;
    do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 139; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

    /* "shapes.pyx":138
 *
 * def checked_area(s):
 *     if not isinstance(s, Shape):             # <<<<<<<<<<<<<<
 *         raise ShapeError("not a shape: %r" % (s,))
 *     return (<Shape>s).area()
*/
  }

  /* "shapes.pyx":140
 *     if not isinstance(s, Shape):
 *         raise ShapeError("not a shape: %r" % (s,))
 *     return (<Shape>s).area()             # <<<<<<<<<<<<<<
*/
  __pyx_t_9 = ((struct __pyx_vtabstruct_6shapes_Shape *)((struct __pyx_obj_6shapes_Shape *)__pyx_v_s)->__pyx_vtab)->area(((struct __pyx_obj_6shapes_Shape *)__pyx_v_s), 0); if (MP_UNLIKELY(!!(cy_PyErr_Occurred()))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 140; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);
  __pyx_t_3 = cy_PyFloat_FromDouble(__pyx_t_9); if (MP_UNLIKELY(!!(!__pyx_t_3))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 140; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

  {
    mp_obj_t __pyx_temp;
    {
      __pyx_temp = __pyx_r;
      __pyx_r = __pyx_t_3;
    }

  }
  __pyx_t_3 = 0;
  goto __pyx_L0;

  /* "shapes.pyx":137
 *
 *
 * def checked_area(s):             # <<<<<<<<<<<<<<
 *     if not isinstance(s, Shape):
 *         raise ShapeError("not a shape: %r" % (s,))
*/

  /* function exit code */
  __pyx_L1_error:;

  __pyx_traceback_0(".checked_area", __pyx_lineno);
  __pyx_r = NULL;
  __pyx_L0:;

  return __pyx_r;
}
/* #### Code section: module_exttypes ### */
static struct __pyx_vtabstruct_6shapes_Shape __pyx_vtable_6shapes_Shape;

static mp_obj_t __pyx_tp_new__initialisation_6shapes_Shape(mp_obj_t o, mp_obj_t a, mp_obj_t k) {
  struct __pyx_obj_6shapes_Shape *p = ((struct __pyx_obj_6shapes_Shape *)o);
  p->__pyx_vtab = __pyx_vtabptr_6shapes_Shape;
  p->name = ((mp_obj_t)mp_const_none);
  {
    int cinit_result = __pyx_pw_6shapes_5Shape_1__cinit__(o, a, k);
    if (MP_UNLIKELY(!!(cinit_result))) goto bad;
  }
  return o;
  bad:
  ; o = 0;
  return NULL;
}

static mp_obj_t __pyx_tp_new_6shapes_Shape(cy_PyTypeObject *t, mp_obj_t a, mp_obj_t k) {
  mp_obj_t o;
  o = cy_Pyx_AllocateExtensionType(t, 0);
  if (MP_UNLIKELY(!!(!o))) return 0;
  return __pyx_tp_new__initialisation_6shapes_Shape(o, a, k);
}

static mp_obj_t __pyx_getprop_6shapes_5Shape_ident(mp_obj_t o, CYTHON_UNUSED void *x) {
  return __pyx_pw_6shapes_5Shape_5ident_1__get__(o);
}

static int __pyx_setprop_6shapes_5Shape_ident(mp_obj_t o, mp_obj_t v, CYTHON_UNUSED void *x) {
  if (v) {
    return __pyx_pw_6shapes_5Shape_5ident_3__set__(o, v);
  }
  else {
    cy_PyErr_SetString(MP_OBJ_FROM_PTR(&mp_type_NotImplementedError), "__del__");
    return -1;
  }
}

static mp_obj_t __pyx_getprop_6shapes_5Shape_name(mp_obj_t o, CYTHON_UNUSED void *x) {
  return __pyx_pw_6shapes_5Shape_4name_1__get__(o);
}

static int __pyx_setprop_6shapes_5Shape_name(mp_obj_t o, mp_obj_t v, CYTHON_UNUSED void *x) {
  if (v) {
    return __pyx_pw_6shapes_5Shape_4name_3__set__(o, v);
  }
  else {
    return __pyx_pw_6shapes_5Shape_4name_5__del__(o);
  }
}

static cy_PyMethodDef __pyx_methods_6shapes_Shape[] = {
  {"describe", (cy_PyCFunction)(void(*)(void))(cy_Pyx_PyCFunction_FastCallWithKeywords)__pyx_pw_6shapes_5Shape_11describe, cy_Pyx_METH_FASTCALL|cy_METH_KEYWORDS, 0},
  {"scaled_area", (cy_PyCFunction)(void(*)(void))(cy_Pyx_PyCFunction_FastCallWithKeywords)__pyx_pw_6shapes_5Shape_13scaled_area, cy_Pyx_METH_FASTCALL|cy_METH_KEYWORDS, 0},

  {0, 0, 0, 0}
};

static const struct cy_PyGetSetDef __pyx_getsets_6shapes_Shape[] = {
  {"ident", __pyx_getprop_6shapes_5Shape_ident, __pyx_setprop_6shapes_5Shape_ident, 0, 0},
  {"name", __pyx_getprop_6shapes_5Shape_name, __pyx_setprop_6shapes_5Shape_name, 0, 0},
  {0, 0, 0, 0, 0}
};

static cy_PyType_Slot __pyx_type_6shapes_Shape_slots[] = {

  {cy_Py_tp_repr, (void *)__pyx_pw_6shapes_5Shape_15__repr__},
  {cy_Py_tp_methods, (void *)__pyx_methods_6shapes_Shape},
  {cy_Py_tp_getset, (void *)__pyx_getsets_6shapes_Shape},
  {cy_Py_tp_init, (void *)__pyx_pw_6shapes_5Shape_3__init__},
  {cy_Py_tp_new, (void *)__pyx_tp_new_6shapes_Shape},
  {0, 0},
};
static cy_PyType_Spec __pyx_type_6shapes_Shape_spec = {
  "shapes.Shape",
  sizeof(struct __pyx_obj_6shapes_Shape),
  0,
  cy_Py_TPFLAGS_DEFAULT|cy_Py_TPFLAGS_HAVE_VERSION_TAG|cy_Py_TPFLAGS_BASETYPE,
  __pyx_type_6shapes_Shape_slots,
};

static struct __pyx_vtabstruct_6shapes_Rect __pyx_vtable_6shapes_Rect;

static mp_obj_t __pyx_tp_new__initialisation_6shapes_Rect(mp_obj_t o, CYTHON_UNUSED mp_obj_t a, CYTHON_UNUSED mp_obj_t k) {
  struct __pyx_obj_6shapes_Rect *p = ((struct __pyx_obj_6shapes_Rect *)o);
  p->__pyx_base.__pyx_vtab = (struct __pyx_vtabstruct_6shapes_Shape*)__pyx_vtabptr_6shapes_Rect;
  return o;
}

static mp_obj_t __pyx_tp_new_6shapes_Rect(cy_PyTypeObject *t, mp_obj_t a, mp_obj_t k) {
  mp_obj_t o;
  o = __pyx_tp_new_6shapes_Shape(t, a, k);
  if (MP_UNLIKELY(!!(!o))) return 0;
  return __pyx_tp_new__initialisation_6shapes_Rect(o, a, k);
}

static cy_PyMethodDef __pyx_methods_6shapes_Rect[] = {

  {0, 0, 0, 0}
};

static cy_PyType_Slot __pyx_type_6shapes_Rect_slots[] = {

  {cy_Py_tp_methods, (void *)__pyx_methods_6shapes_Rect},
{cy_Py_tp_members, (void *)__pyx_members_6shapes_Rect},
  {cy_Py_tp_init, (void *)__pyx_pw_6shapes_4Rect_1__init__},
  {cy_Py_tp_new, (void *)__pyx_tp_new_6shapes_Rect},
  {0, 0},
};
static cy_PyType_Spec __pyx_type_6shapes_Rect_spec = {
  "shapes.Rect",
  sizeof(struct __pyx_obj_6shapes_Rect),
  0,
  cy_Py_TPFLAGS_DEFAULT|cy_Py_TPFLAGS_HAVE_VERSION_TAG|cy_Py_TPFLAGS_BASETYPE,
  __pyx_type_6shapes_Rect_slots,
};

static struct __pyx_vtabstruct_6shapes_Square __pyx_vtable_6shapes_Square;

static mp_obj_t __pyx_tp_new__initialisation_6shapes_Square(mp_obj_t o, CYTHON_UNUSED mp_obj_t a, CYTHON_UNUSED mp_obj_t k) {
  struct __pyx_obj_6shapes_Square *p = ((struct __pyx_obj_6shapes_Square *)o);
  p->__pyx_base.__pyx_base.__pyx_vtab = (struct __pyx_vtabstruct_6shapes_Shape*)__pyx_vtabptr_6shapes_Square;
  return o;
}

static mp_obj_t __pyx_tp_new_6shapes_Square(cy_PyTypeObject *t, mp_obj_t a, mp_obj_t k) {
  mp_obj_t o;
  o = __pyx_tp_new_6shapes_Rect(t, a, k);
  if (MP_UNLIKELY(!!(!o))) return 0;
  return __pyx_tp_new__initialisation_6shapes_Square(o, a, k);
}

static mp_obj_t __pyx_getprop_6shapes_6Square_side(mp_obj_t o, CYTHON_UNUSED void *x) {
  return __pyx_pw_6shapes_6Square_4side_1__get__(o);
}

static cy_PyMethodDef __pyx_methods_6shapes_Square[] = {

  {0, 0, 0, 0}
};

static const struct cy_PyGetSetDef __pyx_getsets_6shapes_Square[] = {
  {"side", __pyx_getprop_6shapes_6Square_side, 0, 0, 0},
  {0, 0, 0, 0, 0}
};

static cy_PyType_Slot __pyx_type_6shapes_Square_slots[] = {

  {cy_Py_tp_methods, (void *)__pyx_methods_6shapes_Square},
  {cy_Py_tp_getset, (void *)__pyx_getsets_6shapes_Square},
  {cy_Py_tp_init, (void *)__pyx_pw_6shapes_6Square_1__init__},
  {cy_Py_tp_new, (void *)__pyx_tp_new_6shapes_Square},
  {0, 0},
};
static cy_PyType_Spec __pyx_type_6shapes_Square_spec = {
  "shapes.Square",
  sizeof(struct __pyx_obj_6shapes_Square),
  0,
  cy_Py_TPFLAGS_DEFAULT|cy_Py_TPFLAGS_HAVE_VERSION_TAG|cy_Py_TPFLAGS_BASETYPE,
  __pyx_type_6shapes_Square_slots,
};

static struct __pyx_vtabstruct_6shapes_Circle __pyx_vtable_6shapes_Circle;

static mp_obj_t __pyx_tp_new__initialisation_6shapes_Circle(mp_obj_t o, CYTHON_UNUSED mp_obj_t a, CYTHON_UNUSED mp_obj_t k) {
  struct __pyx_obj_6shapes_Circle *p = ((struct __pyx_obj_6shapes_Circle *)o);
  p->__pyx_base.__pyx_vtab = (struct __pyx_vtabstruct_6shapes_Shape*)__pyx_vtabptr_6shapes_Circle;
  return o;
}

static mp_obj_t __pyx_tp_new_6shapes_Circle(cy_PyTypeObject *t, mp_obj_t a, mp_obj_t k) {
  mp_obj_t o;
  o = __pyx_tp_new_6shapes_Shape(t, a, k);
  if (MP_UNLIKELY(!!(!o))) return 0;
  return __pyx_tp_new__initialisation_6shapes_Circle(o, a, k);
}

static cy_PyMethodDef __pyx_methods_6shapes_Circle[] = {

  {0, 0, 0, 0}
};

static cy_PyType_Slot __pyx_type_6shapes_Circle_slots[] = {

  {cy_Py_tp_methods, (void *)__pyx_methods_6shapes_Circle},
{cy_Py_tp_members, (void *)__pyx_members_6shapes_Circle},
  {cy_Py_tp_init, (void *)__pyx_pw_6shapes_6Circle_1__init__},
  {cy_Py_tp_new, (void *)__pyx_tp_new_6shapes_Circle},
  {0, 0},
};
static cy_PyType_Spec __pyx_type_6shapes_Circle_spec = {
  "shapes.Circle",
  sizeof(struct __pyx_obj_6shapes_Circle),
  0,
  cy_Py_TPFLAGS_DEFAULT|cy_Py_TPFLAGS_HAVE_VERSION_TAG|cy_Py_TPFLAGS_BASETYPE,
  __pyx_type_6shapes_Circle_slots,
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
static CYTHON_SMALL_CODE int __Pyx_modinit_Exttype___pyx_obj_6shapes_Shape(__pyx_mstatetype *__pyx_mstate); /*proto*/
static CYTHON_SMALL_CODE int __Pyx_modinit_Exttype___pyx_obj_6shapes_Rect(__pyx_mstatetype *__pyx_mstate); /*proto*/
static CYTHON_SMALL_CODE int __Pyx_modinit_Exttype___pyx_obj_6shapes_Square(__pyx_mstatetype *__pyx_mstate); /*proto*/
static CYTHON_SMALL_CODE int __Pyx_modinit_Exttype___pyx_obj_6shapes_Circle(__pyx_mstatetype *__pyx_mstate); /*proto*/
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

static int __Pyx_modinit_Exttype___pyx_obj_6shapes_Shape(__pyx_mstatetype *__pyx_mstate) {
  __Pyx_RefNannyDeclarations
  int __pyx_lineno = 0;
  const char *__pyx_filename = NULL;
  int __pyx_clineno = 0;
  (void)(__pyx_mstate);

  /*--- Exttype __pyx_obj_6shapes_Shape ---*/
  __pyx_vtabptr_6shapes_Shape = &__pyx_vtable_6shapes_Shape;
  __pyx_vtable_6shapes_Shape.area = (double (*)(struct __pyx_obj_6shapes_Shape *, int __pyx_skip_dispatch))__pyx_f_6shapes_5Shape_area;
  __pyx_vtable_6shapes_Shape.perimeter = (double (*)(struct __pyx_obj_6shapes_Shape *, int __pyx_skip_dispatch))__pyx_f_6shapes_5Shape_perimeter;
  __pyx_vtable_6shapes_Shape.kind = (mp_obj_t (*)(struct __pyx_obj_6shapes_Shape *, int __pyx_skip_dispatch))__pyx_f_6shapes_5Shape_kind;
  __pyx_vtable_6shapes_Shape.c_scaled_area = (double (*)(struct __pyx_obj_6shapes_Shape *, double))__pyx_f_6shapes_5Shape_c_scaled_area;

  __pyx_mstate->__pyx_ptype_6shapes_Shape = (cy_PyTypeObject *) cy_Pyx_PyType_FromModuleAndSpec(__pyx_m, &__pyx_type_6shapes_Shape_spec, NULL); if (MP_UNLIKELY(!!(!__pyx_mstate->__pyx_ptype_6shapes_Shape))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 7; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

  if (cy_Pyx_SetVtable(__pyx_mstate->__pyx_ptype_6shapes_Shape, __pyx_vtabptr_6shapes_Shape) < (0)) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 7; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);
  if (cy_PyObject_SetAttr(__pyx_m, __pyx_n_u_Shape, (mp_obj_t ) __pyx_mstate->__pyx_ptype_6shapes_Shape) < (0)) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 7; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

  return 0;
  __pyx_L1_error:;

  return -1;
}

static int __Pyx_modinit_Exttype___pyx_obj_6shapes_Rect(__pyx_mstatetype *__pyx_mstate) {
  __Pyx_RefNannyDeclarations
  mp_obj_t __pyx_t_1 = NULL;
  int __pyx_lineno = 0;
  const char *__pyx_filename = NULL;
  int __pyx_clineno = 0;
  (void)(__pyx_mstate);

  /*--- Exttype __pyx_obj_6shapes_Rect ---*/
  __pyx_vtabptr_6shapes_Rect = &__pyx_vtable_6shapes_Rect;
  __pyx_vtable_6shapes_Rect.__pyx_base = *__pyx_vtabptr_6shapes_Shape;
  __pyx_vtable_6shapes_Rect.__pyx_base.area = (double (*)(struct __pyx_obj_6shapes_Shape *, int __pyx_skip_dispatch))__pyx_f_6shapes_4Rect_area;
  __pyx_vtable_6shapes_Rect.__pyx_base.perimeter = (double (*)(struct __pyx_obj_6shapes_Shape *, int __pyx_skip_dispatch))__pyx_f_6shapes_4Rect_perimeter;
  __pyx_vtable_6shapes_Rect.__pyx_base.kind = (mp_obj_t (*)(struct __pyx_obj_6shapes_Shape *, int __pyx_skip_dispatch))__pyx_f_6shapes_4Rect_kind;

  __pyx_t_1 = cy_PyTuple_Pack(1, (mp_obj_t )__pyx_mstate_global->__pyx_ptype_6shapes_Shape); if (MP_UNLIKELY(!!(!__pyx_t_1))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 50; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

  __pyx_mstate->__pyx_ptype_6shapes_Rect = (cy_PyTypeObject *) cy_Pyx_PyType_FromModuleAndSpec(__pyx_m, &__pyx_type_6shapes_Rect_spec, __pyx_t_1);
   __pyx_t_1 = 0;
  if (MP_UNLIKELY(!!(!__pyx_mstate->__pyx_ptype_6shapes_Rect))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 50; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

  if (cy_Pyx_SetVtable(__pyx_mstate->__pyx_ptype_6shapes_Rect, __pyx_vtabptr_6shapes_Rect) < (0)) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 50; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);
  if (cy_PyObject_SetAttr(__pyx_m, __pyx_n_u_Rect, (mp_obj_t ) __pyx_mstate->__pyx_ptype_6shapes_Rect) < (0)) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 50; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

  return 0;
  __pyx_L1_error:;

  return -1;
}

static int __Pyx_modinit_Exttype___pyx_obj_6shapes_Square(__pyx_mstatetype *__pyx_mstate) {
  __Pyx_RefNannyDeclarations
  mp_obj_t __pyx_t_1 = NULL;
  int __pyx_lineno = 0;
  const char *__pyx_filename = NULL;
  int __pyx_clineno = 0;
  (void)(__pyx_mstate);

  /*--- Exttype __pyx_obj_6shapes_Square ---*/
  __pyx_vtabptr_6shapes_Square = &__pyx_vtable_6shapes_Square;
  __pyx_vtable_6shapes_Square.__pyx_base = *__pyx_vtabptr_6shapes_Rect;
  __pyx_vtable_6shapes_Square.__pyx_base.__pyx_base.kind = (mp_obj_t (*)(struct __pyx_obj_6shapes_Shape *, int __pyx_skip_dispatch))__pyx_f_6shapes_6Square_kind;

  __pyx_t_1 = cy_PyTuple_Pack(1, (mp_obj_t )__pyx_mstate_global->__pyx_ptype_6shapes_Rect); if (MP_UNLIKELY(!!(!__pyx_t_1))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 68; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

  __pyx_mstate->__pyx_ptype_6shapes_Square = (cy_PyTypeObject *) cy_Pyx_PyType_FromModuleAndSpec(__pyx_m, &__pyx_type_6shapes_Square_spec, __pyx_t_1);
   __pyx_t_1 = 0;
  if (MP_UNLIKELY(!!(!__pyx_mstate->__pyx_ptype_6shapes_Square))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 68; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

  if (cy_Pyx_SetVtable(__pyx_mstate->__pyx_ptype_6shapes_Square, __pyx_vtabptr_6shapes_Square) < (0)) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 68; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);
  if (cy_PyObject_SetAttr(__pyx_m, __pyx_n_u_Square, (mp_obj_t ) __pyx_mstate->__pyx_ptype_6shapes_Square) < (0)) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 68; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

  return 0;
  __pyx_L1_error:;

  return -1;
}

static int __Pyx_modinit_Exttype___pyx_obj_6shapes_Circle(__pyx_mstatetype *__pyx_mstate) {
  __Pyx_RefNannyDeclarations
  mp_obj_t __pyx_t_1 = NULL;
  int __pyx_lineno = 0;
  const char *__pyx_filename = NULL;
  int __pyx_clineno = 0;
  (void)(__pyx_mstate);

  /*--- Exttype __pyx_obj_6shapes_Circle ---*/
  __pyx_vtabptr_6shapes_Circle = &__pyx_vtable_6shapes_Circle;
  __pyx_vtable_6shapes_Circle.__pyx_base = *__pyx_vtabptr_6shapes_Shape;
  __pyx_vtable_6shapes_Circle.__pyx_base.area = (double (*)(struct __pyx_obj_6shapes_Shape *, int __pyx_skip_dispatch))__pyx_f_6shapes_6Circle_area;
  __pyx_vtable_6shapes_Circle.__pyx_base.perimeter = (double (*)(struct __pyx_obj_6shapes_Shape *, int __pyx_skip_dispatch))__pyx_f_6shapes_6Circle_perimeter;
  __pyx_vtable_6shapes_Circle.__pyx_base.kind = (mp_obj_t (*)(struct __pyx_obj_6shapes_Shape *, int __pyx_skip_dispatch))__pyx_f_6shapes_6Circle_kind;

  __pyx_t_1 = cy_PyTuple_Pack(1, (mp_obj_t )__pyx_mstate_global->__pyx_ptype_6shapes_Shape); if (MP_UNLIKELY(!!(!__pyx_t_1))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 80; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

  __pyx_mstate->__pyx_ptype_6shapes_Circle = (cy_PyTypeObject *) cy_Pyx_PyType_FromModuleAndSpec(__pyx_m, &__pyx_type_6shapes_Circle_spec, __pyx_t_1);
   __pyx_t_1 = 0;
  if (MP_UNLIKELY(!!(!__pyx_mstate->__pyx_ptype_6shapes_Circle))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 80; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

  if (cy_Pyx_SetVtable(__pyx_mstate->__pyx_ptype_6shapes_Circle, __pyx_vtabptr_6shapes_Circle) < (0)) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 80; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);
  if (cy_PyObject_SetAttr(__pyx_m, __pyx_n_u_Circle, (mp_obj_t ) __pyx_mstate->__pyx_ptype_6shapes_Circle) < (0)) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 80; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

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

static CYTHON_SMALL_CODE int __pyx_pymod_exec_shapes(mp_obj_t __pyx_pyinit_module)

{
  int stringtab_initialized = 0;

  __pyx_mstatetype *__pyx_mstate = NULL;
  mp_obj_t __pyx_t_1 = NULL;
  mp_obj_t __pyx_t_2 = NULL;
  mp_obj_t __pyx_t_3 = NULL;
  mp_obj_t __pyx_t_4 = NULL;
  mp_obj_t __pyx_t_5 = NULL;
  mp_obj_t __pyx_t_6 = NULL;
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

  if (MP_UNLIKELY(!!((__Pyx_modinit_Exttype___pyx_obj_6shapes_Shape(__pyx_mstate) < 0)))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 1; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);
  if (MP_UNLIKELY(!!((__Pyx_modinit_Exttype___pyx_obj_6shapes_Rect(__pyx_mstate) < 0)))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 1; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);
  if (MP_UNLIKELY(!!((__Pyx_modinit_Exttype___pyx_obj_6shapes_Square(__pyx_mstate) < 0)))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 1; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);
  if (MP_UNLIKELY(!!((__Pyx_modinit_Exttype___pyx_obj_6shapes_Circle(__pyx_mstate) < 0)))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 1; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);
  (void)__Pyx_modinit_Type_import_code(__pyx_mstate);
  (void)__Pyx_modinit_Variable_import_code(__pyx_mstate);
  (void)__Pyx_modinit_Function_import_code(__pyx_mstate);
  if (__Pyx_InitAfterSharedUtility() < (0)) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 1; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);
  /*--- Execution code ---*/

  /* "shapes.pyx":4
 * """A shape hierarchy: cdef classes with cpdef methods overridden at each level."""
 *
 * cdef double PI = 3.141592653589793             # <<<<<<<<<<<<<<
 *
 *
*/
  __pyx_v_6shapes_PI = 3.141592653589793;

  /* "shapes.pyx":17
 *         self.name = name
 *
 *     cpdef double area(self):             # <<<<<<<<<<<<<<
 *         return 0.0
 *
*/
  { static const cy_Pyx_DefSpec __pyx_defs[] = { { &__pyx_mdef_6shapes_5Shape_5area, &__pyx_n_u_Shape_area, &__pyx_n_u_area, cy_Pyx_CYFUNCTION_CCLASS, 0 }, { &__pyx_mdef_6shapes_5Shape_7perimeter, &__pyx_n_u_Shape_perimeter, &__pyx_n_u_perimeter,
cy_Pyx_CYFUNCTION_CCLASS, 0
}, { &__pyx_mdef_6shapes_5Shape_9kind,
&__pyx_n_u_Shape_kind,

&__pyx_n_u_kind, cy_Pyx_CYFUNCTION_CCLASS, 0 }, { &__pyx_mdef_6shapes_5Shape_11describe, &__pyx_n_u_Shape_describe,
&__pyx_n_u_describe,

cy_Pyx_CYFUNCTION_CCLASS, 0 }, {

&__pyx_mdef_6shapes_5Shape_13scaled_area, &__pyx_n_u_Shape_scaled_area, &__pyx_n_u_scaled_area, cy_Pyx_CYFUNCTION_CCLASS, 0 }, }; if (cy_Pyx_DefineFunctions(__pyx_defs, 5, ((mp_obj_t )__pyx_mstate_global->__pyx_ptype_6shapes_Shape), cy_set_item_on_type_dict, __pyx_n_u_shapes,

__pyx_mstate_global->__pyx_d, NULL) < (0)) {
do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 17; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0); } }

  /* "shapes.pyx":58
 *         self.h = h
 *
 *     cpdef double area(self):             # <<<<<<<<<<<<<<
 *         return self.w * self.h
 *
*/
  { static const cy_Pyx_DefSpec __pyx_defs[] = { { &__pyx_mdef_6shapes_4Rect_3area, &__pyx_n_u_Rect_area, &__pyx_n_u_area, cy_Pyx_CYFUNCTION_CCLASS, 0 }, { &__pyx_mdef_6shapes_4Rect_5perimeter, &__pyx_n_u_Rect_perimeter, &__pyx_n_u_perimeter,
cy_Pyx_CYFUNCTION_CCLASS, 0
}, { &__pyx_mdef_6shapes_4Rect_7kind,
&__pyx_n_u_Rect_kind,

&__pyx_n_u_kind, cy_Pyx_CYFUNCTION_CCLASS, 0 }, }; if (cy_Pyx_DefineFunctions(__pyx_defs, 3, ((mp_obj_t

)__pyx_mstate_global->__pyx_ptype_6shapes_Rect),
cy_set_item_on_type_dict,

__pyx_n_u_shapes, __pyx_mstate_global->__pyx_d, NULL) < (0)) { do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 58; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0); } }

  /* "shapes.pyx":72
 *         Rect.__init__(self, side, side, name)
 *
 *     cpdef str kind(self):             # <<<<<<<<<<<<<<
 *         return "square"
 *
*/
  { static const cy_Pyx_DefSpec __pyx_defs[] = { { &__pyx_mdef_6shapes_6Square_3kind, &__pyx_n_u_Square_kind, &__pyx_n_u_kind, cy_Pyx_CYFUNCTION_CCLASS, 0 }, }; if (cy_Pyx_DefineFunctions(__pyx_defs, 1, ((mp_obj_t )__pyx_mstate_global->__pyx_ptype_6shapes_Square), cy_set_item_on_type_dict,

__pyx_n_u_shapes,
__pyx_mstate_global->__pyx_d, NULL) < (0)) {

do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 72; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0); } }

  /* "shapes.pyx":87
 *         self.r = r
 *
 *     cpdef double area(self):             # <<<<<<<<<<<<<<
 *         return PI * self.r * self.r
 *
*/
  { static const cy_Pyx_DefSpec __pyx_defs[] = { { &__pyx_mdef_6shapes_6Circle_3area, &__pyx_n_u_Circle_area, &__pyx_n_u_area, cy_Pyx_CYFUNCTION_CCLASS, 0 }, { &__pyx_mdef_6shapes_6Circle_5perimeter, &__pyx_n_u_Circle_perimeter,

&__pyx_n_u_perimeter,
cy_Pyx_CYFUNCTION_CCLASS, 0 }, {

&__pyx_mdef_6shapes_6Circle_7kind, &__pyx_n_u_Circle_kind, &__pyx_n_u_kind, cy_Pyx_CYFUNCTION_CCLASS, 0 }, }; if
(cy_Pyx_DefineFunctions(__pyx_defs, 3,

((mp_obj_t

)__pyx_mstate_global->__pyx_ptype_6shapes_Circle),
cy_set_item_on_type_dict,

__pyx_n_u_shapes, __pyx_mstate_global->__pyx_d, NULL) < (0)) { do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 87; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0); } }

  /* "shapes.pyx":97
 *
 *
 * def total_area(shapes):             # <<<<<<<<<<<<<<
 *     cdef double t = 0.0
 *     cdef Shape s
*/
  { static const cy_Pyx_DefSpec __pyx_defs[] = { { &__pyx_mdef_6shapes_1total_area, &__pyx_n_u_total_area, &__pyx_n_u_total_area, 0, 0 }, { &__pyx_mdef_6shapes_3largest, &__pyx_n_u_largest, &__pyx_n_u_largest, 0, 0 }, {

&__pyx_mdef_6shapes_5kinds,
&__pyx_n_u_kinds,

&__pyx_n_u_kinds, 0, 0 }, { &__pyx_mdef_6shapes_7area_of, &__pyx_n_u_area_of,
&__pyx_n_u_area_of,

0, 0 }, }; if

(cy_Pyx_DefineFunctions(__pyx_defs, 4,
__pyx_mstate_global->__pyx_d,
cy_PyDict_SetItem,

__pyx_n_u_shapes, __pyx_mstate_global->__pyx_d, NULL) < (0)) { do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 97; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0); } }

  /* "shapes.pyx":122
 *
 *
 * class Labelled(Rect):             # <<<<<<<<<<<<<<
 *     """A Python class in the .pyx that inherits from a cdef class."""
 *
*/
  {
    mp_obj_t __pyx_temp[1] = {((mp_obj_t )__pyx_mstate_global->__pyx_ptype_6shapes_Rect)};
    __pyx_t_2 = cy_Pyx_PyTuple_FromArray(__pyx_temp, 1); if (MP_UNLIKELY(!!(!__pyx_t_2))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 122; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

  }
  __pyx_t_3 = __pyx_t_2;

  __pyx_t_4 = cy_Pyx_PEP560_update_bases(__pyx_t_3); if (MP_UNLIKELY(!!(!__pyx_t_4))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 122; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

   __pyx_t_3 = 0;
  __pyx_t_3 = cy_Pyx_CalculateMetaclass(NULL, __pyx_t_4); if (MP_UNLIKELY(!!(!__pyx_t_3))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 122; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

  __pyx_t_5 = cy_Pyx_Py3MetaclassPrepare(__pyx_t_3, __pyx_t_4, __pyx_n_u_Labelled, __pyx_n_u_Labelled, (mp_obj_t ) NULL, __pyx_n_u_shapes, __pyx_kp_u_A_Python_class_in_the_pyx_that_i); if (MP_UNLIKELY(!!(!__pyx_t_5))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 122; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

  if (__pyx_t_4 != __pyx_t_2) {
    if (MP_UNLIKELY(!!((cy_PyDict_SetItemString(__pyx_t_5, "__orig_bases__", __pyx_t_2) < 0)))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 122; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);
  }
   __pyx_t_2 = 0;
  __pyx_t_2 = cy_PyList_New(0); if (MP_UNLIKELY(!!(!__pyx_t_2))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 122; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

  /* "shapes.pyx":125
 *     """A Python class in the .pyx that inherits from a cdef class."""
 *
 *     def __init__(self, w, h, label):             # <<<<<<<<<<<<<<
 *         super().__init__(w, h, "labelled")
 *         self.label = label
*/
  __pyx_t_6 = cy_Pyx_CyFunction_New(&__pyx_mdef_6shapes_8Labelled_1__init__, 0, __pyx_n_u_Labelled___init, NULL, __pyx_n_u_shapes, __pyx_mstate_global->__pyx_d, ((mp_obj_t )__pyx_mstate_global->__pyx_codeobj_tab[24])); if (MP_UNLIKELY(!!(!__pyx_t_6))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 125; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

  cy_PyList_Append(__pyx_t_2, __pyx_t_6);
  if (cy_Pyx_SetNameInClass(__pyx_t_5, __pyx_n_u_init, __pyx_t_6) < (0)) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 125; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);
   __pyx_t_6 = 0;

  /* "shapes.pyx":129
 *         self.label = label
 *
 *     def kind(self):             # <<<<<<<<<<<<<<
 *         return "labelled-" + self.label
 *
*/
  __pyx_t_6 = cy_Pyx_CyFunction_New(&__pyx_mdef_6shapes_8Labelled_3kind, 0, __pyx_n_u_Labelled_kind, NULL, __pyx_n_u_shapes, __pyx_mstate_global->__pyx_d, ((mp_obj_t )__pyx_mstate_global->__pyx_codeobj_tab[25])); if (MP_UNLIKELY(!!(!__pyx_t_6))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 129; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

  if (cy_Pyx_SetNameInClass(__pyx_t_5, __pyx_n_u_kind, __pyx_t_6) < (0)) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 129; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);
   __pyx_t_6 = 0;

  /* "shapes.pyx":122
 *
 *
 * class Labelled(Rect):             # <<<<<<<<<<<<<<
 *     """A Python class in the .pyx that inherits from a cdef class."""
 *
*/
  __pyx_t_6 = cy_Pyx_Py3ClassCreate(__pyx_t_3, __pyx_n_u_Labelled, __pyx_t_4, __pyx_t_5, NULL, 0, 0); if (MP_UNLIKELY(!!(!__pyx_t_6))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 122; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

  if (cy_Pyx_CyFunction_InitClassCell(__pyx_t_2, __pyx_t_6) < (0)) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 122; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);
   __pyx_t_2 = 0;
  if (cy_PyDict_SetItem(__pyx_mstate_global->__pyx_d, __pyx_n_u_Labelled, __pyx_t_6) < (0)) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 122; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);
   __pyx_t_6 = 0;
   __pyx_t_5 = 0;
   __pyx_t_3 = 0;
   __pyx_t_4 = 0;

  /* "shapes.pyx":133
 *
 *
 * class ShapeError(Exception):             # <<<<<<<<<<<<<<
 *     pass
 *
*/
  {
    mp_obj_t __pyx_temp[1] = {((mp_obj_t )(((cy_PyTypeObject*)MP_OBJ_FROM_PTR(&mp_type_Exception))))};
    __pyx_t_4 = cy_Pyx_PyTuple_FromArray(__pyx_temp, 1); if (MP_UNLIKELY(!!(!__pyx_t_4))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 133; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

  }
  __pyx_t_3 = __pyx_t_4;

  __pyx_t_5 = cy_Pyx_PEP560_update_bases(__pyx_t_3); if (MP_UNLIKELY(!!(!__pyx_t_5))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 133; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

   __pyx_t_3 = 0;
  __pyx_t_3 = cy_Pyx_CalculateMetaclass(NULL, __pyx_t_5); if (MP_UNLIKELY(!!(!__pyx_t_3))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 133; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

  __pyx_t_6 = cy_Pyx_Py3MetaclassPrepare(__pyx_t_3, __pyx_t_5, __pyx_n_u_ShapeError, __pyx_n_u_ShapeError, (mp_obj_t ) NULL, __pyx_n_u_shapes, (mp_obj_t ) NULL); if (MP_UNLIKELY(!!(!__pyx_t_6))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 133; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

  if (__pyx_t_5 != __pyx_t_4) {
    if (MP_UNLIKELY(!!((cy_PyDict_SetItemString(__pyx_t_6, "__orig_bases__", __pyx_t_4) < 0)))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 133; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);
  }
   __pyx_t_4 = 0;
  __pyx_t_4 = cy_Pyx_Py3ClassCreate(__pyx_t_3, __pyx_n_u_ShapeError, __pyx_t_5, __pyx_t_6, NULL, 0, 0); if (MP_UNLIKELY(!!(!__pyx_t_4))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 133; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

  if (cy_PyDict_SetItem(__pyx_mstate_global->__pyx_d, __pyx_n_u_ShapeError, __pyx_t_4) < (0)) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 133; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);
   __pyx_t_4 = 0;
   __pyx_t_6 = 0;
   __pyx_t_3 = 0;
   __pyx_t_5 = 0;

  /* "shapes.pyx":137
 *
 *
 * def checked_area(s):             # <<<<<<<<<<<<<<
 *     if not isinstance(s, Shape):
 *         raise ShapeError("not a shape: %r" % (s,))
*/
  { static const cy_Pyx_DefSpec __pyx_defs[] = { { &__pyx_mdef_6shapes_9checked_area, &__pyx_n_u_checked_area, &__pyx_n_u_checked_area, 0, 0 }, }; if (cy_Pyx_DefineFunctions(__pyx_defs, 1, __pyx_mstate_global->__pyx_d, cy_PyDict_SetItem,

__pyx_n_u_shapes,
__pyx_mstate_global->__pyx_d, NULL) < (0)) {

do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 137; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0); } }

  /* "shapes.pyx":1
 * # cython: language_level=3             # <<<<<<<<<<<<<<
 * """A shape hierarchy: cdef classes with cpdef methods overridden at each level."""
 *
*/
  __pyx_t_5 = cy_Pyx_PyDict_NewPresized(0); if (MP_UNLIKELY(!!(!__pyx_t_5))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 1; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

  if (cy_PyDict_SetItem(__pyx_mstate_global->__pyx_d, __pyx_n_u_test, __pyx_t_5) < (0)) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 1; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);
   __pyx_t_5 = 0;

  /*--- Wrapped vars code ---*/

  goto __pyx_L0;
    __pyx_L1_error:;
  if (stringtab_initialized) {
    __pyx_traceback_0("init shapes", __pyx_lineno);
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
  __pyx_builtin_super = cy_Pyx_GetBuiltinName(__pyx_n_u_super); if (!__pyx_builtin_super) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 54; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

  /* Cached unbound methods */

  return 0;
  __pyx_L1_error:;
  return -1;
}
/* #### Code section: cached_constants ### */

static int __Pyx_InitCachedConstants(__pyx_mstatetype *__pyx_mstate) {
  __Pyx_RefNannyDeclarations
  (void)(__pyx_mstate);

  return 0;
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
    unsigned int first_line : 8;
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
static mp_obj_t cy2upy_init_shapes(void) {
    if (MP_STATE_VM(cy2upy_state_shapes) == NULL) {
        MP_STATIC_ASSERT(offsetof(__pyx_mstatetype, __pyx_empty_unicode) == offsetof(cy_module_state_head_t, empty_unicode));
        static const mp_obj_str_t doc = {{&mp_type_str}, 0, sizeof(__pyx_k_A_shape_hierarchy_cdef_classes_w) - 1, (const byte *)__pyx_k_A_shape_hierarchy_cdef_classes_w};
        __pyx_mstatetype *state = cy_module_state_new(sizeof(__pyx_mstatetype), MP_OBJ_NEW_QSTR(MP_QSTR_shapes), CY_DOC_OBJ(MP_OBJ_FROM_PTR(&doc)));
        MP_STATE_VM(cy2upy_state_shapes) = state;
        if (__pyx_pymod_exec_shapes(MP_OBJ_NULL) < 0) {
            MP_STATE_VM(cy2upy_state_shapes) = NULL;
            cy_raise_pending();
        }
    }
    return mp_const_none;
}
static MP_DEFINE_CONST_FUN_OBJ_0(cy2upy_init_obj_shapes, cy2upy_init_shapes);

/* Loads, stores and deletes of module attributes go to the module's RAM dict.
 * (Not static: MP_REGISTER_MODULE_DELEGATION's table refers to it from another file.) */
void cy2upy_attr_shapes(mp_obj_t self_in, qstr attr, mp_obj_t *dest) {
    (void)self_in;
    cy_module_state_attr(&MP_STATE_VM(cy2upy_state_shapes), cy2upy_init_shapes, attr, dest);
}

static const mp_rom_map_elem_t cy2upy_globals_table_shapes[] = {
    { MP_ROM_QSTR(MP_QSTR___name__), MP_ROM_QSTR(MP_QSTR_shapes) },
    { MP_ROM_QSTR(MP_QSTR___init__), MP_ROM_PTR(&cy2upy_init_obj_shapes) },
};
static MP_DEFINE_CONST_DICT(cy2upy_globals_shapes, cy2upy_globals_table_shapes);

const mp_obj_module_t cy2upy_module_shapes = {
    .base = { &mp_type_module },
    .globals = (mp_obj_dict_t *)&cy2upy_globals_shapes,
};

MP_REGISTER_MODULE(MP_QSTR_shapes, cy2upy_module_shapes);
MP_REGISTER_MODULE_DELEGATION(cy2upy_module_shapes, cy2upy_attr_shapes);
