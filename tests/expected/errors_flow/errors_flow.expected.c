/* Translated by cython2upy 0.1.0 from errors_flow.c (Cython 3.3.1).
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
MP_REGISTER_ROOT_POINTER(void *cy2upy_state_errors_flow);
extern const mp_obj_module_t cy2upy_module_errors_flow;
#define __pyx_m (MP_OBJ_FROM_PTR(&cy2upy_module_errors_flow))
#define __pyx_mstate_global ((__pyx_mstatetype *)MP_STATE_VM(cy2upy_state_errors_flow))

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
  "errors_flow.pyx",
};
/* The traceback entry of a function whose failing places all name __pyx_f[0] (cython2upy) */
static CYTHON_UNUSED void __pyx_traceback_0(const char *funcname, int lineno) {
    cy_Pyx_AddTracebackIn("errors_flow", funcname, lineno, lineno > 0 ? __pyx_f[0] : NULL);
}

/* #### Code section: numeric_typedefs ### */
/* #### Code section: complex_type_declarations ### */
/* #### Code section: type_declarations ### */

/*--- Type declarations ---*/
struct __pyx_obj_11errors_flow___pyx_scope_struct__failing_gen;
struct __pyx_obj_11errors_flow___pyx_scope_struct_1_guarded_gen;

/* "errors_flow.pyx":552
 *
 *
 * def failing_gen(int n):             # <<<<<<<<<<<<<<
 *     try:
 *         for i in range(n):
*/
struct __pyx_obj_11errors_flow___pyx_scope_struct__failing_gen {
  CY_OBJ_HEAD;
  mp_obj_t __pyx_v_i;
  int __pyx_v_n;
  mp_obj_t __pyx_t_0;
  mp_obj_t (*__pyx_t_1)(mp_obj_t );
};

/* "errors_flow.pyx":562
 *
 *
 * def guarded_gen():             # <<<<<<<<<<<<<<
 *     try:
 *         yield 1
*/
struct __pyx_obj_11errors_flow___pyx_scope_struct_1_guarded_gen {
  CY_OBJ_HEAD;
  mp_obj_t __pyx_v_e;
  mp_obj_t __pyx_t_0;
  mp_obj_t __pyx_t_1;
  mp_obj_t __pyx_t_2;
  mp_obj_t __pyx_t_3;
  mp_obj_t __pyx_t_4;
  mp_obj_t __pyx_t_5;
};

static CYTHON_INLINE long __Pyx_mod_long(long, long, int b_is_constant);

/* #### Code section: module_declarations ### */

/* Module declarations from "errors_flow" */
static int __pyx_f_11errors_flow_checked(int); /*proto*/
static int __pyx_f_11errors_flow_maybe(int); /*proto*/
static void __pyx_f_11errors_flow_star(mp_obj_t ); /*proto*/
static int __pyx_f_11errors_flow_quiet(int); /*proto*/
static mp_obj_t __pyx_f_11errors_flow_returns_object(int); /*proto*/
static int __pyx_f_11errors_flow_chain(int); /*proto*/
/* #### Code section: typeinfo ### */
/* #### Code section: before_global_var ### */
#define __Pyx_MODULE_NAME "errors_flow"
extern int __pyx_module_is_main_errors_flow;
int __pyx_module_is_main_errors_flow = 0;

/* Implementation of "errors_flow" */
/* #### Code section: global_var ### */
MP_REGISTER_ROOT_POINTER(mp_obj_t cy2upy_root_errors_flow___pyx_builtin_super);
#define __pyx_builtin_super (MP_STATE_VM(cy2upy_root_errors_flow___pyx_builtin_super))

/* #### Code section: string_decls ### */
static const char __pyx_k_Exceptions_crossing_the_boundary[] = "Exceptions crossing the boundary in both directions, and every shape of try statement:\nthe order of cleanup must be CPython\047s exactly.";
/* #### Code section: decls ### */
static mp_obj_t __pyx_pf_11errors_flow_11SensorError___init__(CYTHON_UNUSED mp_obj_t __pyx_self, mp_obj_t __pyx_v_self, mp_obj_t __pyx_v_sensor, mp_obj_t __pyx_v_code); /* proto */
static mp_obj_t __pyx_pf_11errors_flow_11SensorError_2__str__(CYTHON_UNUSED mp_obj_t __pyx_self, mp_obj_t __pyx_v_self); /* proto */
static mp_obj_t __pyx_pf_11errors_flow_raise_value(CYTHON_UNUSED mp_obj_t __pyx_self, mp_obj_t __pyx_v_msg); /* proto */
static mp_obj_t __pyx_pf_11errors_flow_2raise_class(CYTHON_UNUSED mp_obj_t __pyx_self); /* proto */
static mp_obj_t __pyx_pf_11errors_flow_4raise_args(CYTHON_UNUSED mp_obj_t __pyx_self, mp_obj_t __pyx_v_args); /* proto */
static mp_obj_t __pyx_pf_11errors_flow_6raise_instance(CYTHON_UNUSED mp_obj_t __pyx_self, mp_obj_t __pyx_v_exc); /* proto */
static mp_obj_t __pyx_pf_11errors_flow_8raise_sensor(CYTHON_UNUSED mp_obj_t __pyx_self, mp_obj_t __pyx_v_name, int __pyx_v_code); /* proto */
static mp_obj_t __pyx_pf_11errors_flow_10raise_bus(CYTHON_UNUSED mp_obj_t __pyx_self); /* proto */
static mp_obj_t __pyx_pf_11errors_flow_12make_error(CYTHON_UNUSED mp_obj_t __pyx_self, mp_obj_t __pyx_v_kind); /* proto */
static mp_obj_t __pyx_pf_11errors_flow_14call_and_catch(CYTHON_UNUSED mp_obj_t __pyx_self, mp_obj_t __pyx_v_f, mp_obj_t __pyx_v_args); /* proto */
static mp_obj_t __pyx_pf_11errors_flow_16lookup(CYTHON_UNUSED mp_obj_t __pyx_self, mp_obj_t __pyx_v_d, mp_obj_t __pyx_v_key); /* proto */
static mp_obj_t __pyx_pf_11errors_flow_18index_or_default(CYTHON_UNUSED mp_obj_t __pyx_self, mp_obj_t __pyx_v_seq, int __pyx_v_i, mp_obj_t __pyx_v_default); /* proto */
static mp_obj_t __pyx_pf_11errors_flow_20get_attr(CYTHON_UNUSED mp_obj_t __pyx_self, mp_obj_t __pyx_v_obj, mp_obj_t __pyx_v_name); /* proto */
static mp_obj_t __pyx_pf_11errors_flow_22attr_direct(CYTHON_UNUSED mp_obj_t __pyx_self, mp_obj_t __pyx_v_obj); /* proto */
static mp_obj_t __pyx_pf_11errors_flow_24divide(CYTHON_UNUSED mp_obj_t __pyx_self, mp_obj_t __pyx_v_a, mp_obj_t __pyx_v_b); /* proto */
static mp_obj_t __pyx_pf_11errors_flow_26add_objects(CYTHON_UNUSED mp_obj_t __pyx_self, mp_obj_t __pyx_v_a, mp_obj_t __pyx_v_b); /* proto */
static mp_obj_t __pyx_pf_11errors_flow_28compare(CYTHON_UNUSED mp_obj_t __pyx_self, mp_obj_t __pyx_v_a, mp_obj_t __pyx_v_b); /* proto */
static mp_obj_t __pyx_pf_11errors_flow_30iterate(CYTHON_UNUSED mp_obj_t __pyx_self, mp_obj_t __pyx_v_obj); /* proto */
static mp_obj_t __pyx_pf_11errors_flow_32loop_mutating(CYTHON_UNUSED mp_obj_t __pyx_self, mp_obj_t __pyx_v_values); /* proto */
static mp_obj_t __pyx_pf_11errors_flow_34convert_int(CYTHON_UNUSED mp_obj_t __pyx_self, mp_obj_t __pyx_v_obj); /* proto */
static mp_obj_t __pyx_pf_11errors_flow_36full_try(CYTHON_UNUSED mp_obj_t __pyx_self, int __pyx_v_flag); /* proto */
static mp_obj_t __pyx_pf_11errors_flow_38nested(CYTHON_UNUSED mp_obj_t __pyx_self, int __pyx_v_flag); /* proto */
static mp_obj_t __pyx_pf_11errors_flow_40finally_raises(CYTHON_UNUSED mp_obj_t __pyx_self, int __pyx_v_flag); /* proto */
static mp_obj_t __pyx_pf_11errors_flow_42except_raises(CYTHON_UNUSED mp_obj_t __pyx_self); /* proto */
static mp_obj_t __pyx_pf_11errors_flow_44return_in_finally(CYTHON_UNUSED mp_obj_t __pyx_self, int __pyx_v_flag); /* proto */
static mp_obj_t __pyx_pf_11errors_flow_46return_in_except(CYTHON_UNUSED mp_obj_t __pyx_self); /* proto */
static mp_obj_t __pyx_pf_11errors_flow_48break_in_finally(CYTHON_UNUSED mp_obj_t __pyx_self); /* proto */
static mp_obj_t __pyx_pf_11errors_flow_50continue_in_try(CYTHON_UNUSED mp_obj_t __pyx_self); /* proto */
static mp_obj_t __pyx_pf_11errors_flow_52reraise(CYTHON_UNUSED mp_obj_t __pyx_self, mp_obj_t __pyx_v_f); /* proto */
static mp_obj_t __pyx_pf_11errors_flow_54reraise_after_handling_another(CYTHON_UNUSED mp_obj_t __pyx_self); /* proto */
static mp_obj_t __pyx_pf_11errors_flow_56raise_from(CYTHON_UNUSED mp_obj_t __pyx_self, mp_obj_t __pyx_v_f); /* proto */
static mp_obj_t __pyx_pf_11errors_flow_58raise_from_none(CYTHON_UNUSED mp_obj_t __pyx_self); /* proto */
static mp_obj_t __pyx_pf_11errors_flow_60raise_from_custom(CYTHON_UNUSED mp_obj_t __pyx_self, mp_obj_t __pyx_v_cause); /* proto */
static mp_obj_t __pyx_pf_11errors_flow_62raise_from_bad(CYTHON_UNUSED mp_obj_t __pyx_self); /* proto */
static mp_obj_t __pyx_pf_11errors_flow_64as_name_cleared(CYTHON_UNUSED mp_obj_t __pyx_self, int __pyx_v_flag); /* proto */
static mp_obj_t __pyx_pf_11errors_flow_66catch_any(CYTHON_UNUSED mp_obj_t __pyx_self, mp_obj_t __pyx_v_f); /* proto */
static mp_obj_t __pyx_pf_11errors_flow_68catch_base(CYTHON_UNUSED mp_obj_t __pyx_self, mp_obj_t __pyx_v_f); /* proto */
static mp_obj_t __pyx_pf_11errors_flow_70catch_dynamic(CYTHON_UNUSED mp_obj_t __pyx_self, mp_obj_t __pyx_v_f, mp_obj_t __pyx_v_types); /* proto */
static mp_obj_t __pyx_pf_11errors_flow_72exc_info_inside(CYTHON_UNUSED mp_obj_t __pyx_self, mp_obj_t __pyx_v_f); /* proto */
static mp_obj_t __pyx_pf_11errors_flow_74assert_positive(CYTHON_UNUSED mp_obj_t __pyx_self, mp_obj_t __pyx_v_x); /* proto */
static mp_obj_t __pyx_pf_11errors_flow_76assert_plain(CYTHON_UNUSED mp_obj_t __pyx_self, mp_obj_t __pyx_v_x); /* proto */
static mp_obj_t __pyx_pf_11errors_flow_8Resource___init__(CYTHON_UNUSED mp_obj_t __pyx_self, mp_obj_t __pyx_v_self, mp_obj_t __pyx_v_name, mp_obj_t __pyx_v_suppress); /* proto */
static mp_obj_t __pyx_pf_11errors_flow_8Resource_2__enter__(CYTHON_UNUSED mp_obj_t __pyx_self, mp_obj_t __pyx_v_self); /* proto */
static mp_obj_t __pyx_pf_11errors_flow_8Resource_4__exit__(CYTHON_UNUSED mp_obj_t __pyx_self, mp_obj_t __pyx_v_self, mp_obj_t __pyx_v_exc_type, mp_obj_t __pyx_v_exc, CYTHON_UNUSED mp_obj_t __pyx_v_tb); /* proto */
static mp_obj_t __pyx_pf_11errors_flow_78with_ok(CYTHON_UNUSED mp_obj_t __pyx_self); /* proto */
static mp_obj_t __pyx_pf_11errors_flow_80with_raises(CYTHON_UNUSED mp_obj_t __pyx_self, mp_obj_t __pyx_v_suppress); /* proto */
static mp_obj_t __pyx_pf_11errors_flow_82with_nested(CYTHON_UNUSED mp_obj_t __pyx_self); /* proto */
static mp_obj_t __pyx_pf_11errors_flow_84with_return(CYTHON_UNUSED mp_obj_t __pyx_self); /* proto */
static mp_obj_t __pyx_pf_11errors_flow_86with_user(CYTHON_UNUSED mp_obj_t __pyx_self, mp_obj_t __pyx_v_cm, mp_obj_t __pyx_v_f); /* proto */
static mp_obj_t __pyx_pf_11errors_flow_88with_exit_raises(CYTHON_UNUSED mp_obj_t __pyx_self, mp_obj_t __pyx_v_cm); /* proto */
static mp_obj_t __pyx_pf_11errors_flow_90call_checked(CYTHON_UNUSED mp_obj_t __pyx_self, int __pyx_v_x); /* proto */
static mp_obj_t __pyx_pf_11errors_flow_92call_maybe(CYTHON_UNUSED mp_obj_t __pyx_self, int __pyx_v_x); /* proto */
static mp_obj_t __pyx_pf_11errors_flow_94call_star(CYTHON_UNUSED mp_obj_t __pyx_self, mp_obj_t __pyx_v_x); /* proto */
static mp_obj_t __pyx_pf_11errors_flow_96call_quiet(CYTHON_UNUSED mp_obj_t __pyx_self, int __pyx_v_x); /* proto */
static mp_obj_t __pyx_pf_11errors_flow_98call_returns_object(CYTHON_UNUSED mp_obj_t __pyx_self, int __pyx_v_x); /* proto */
static mp_obj_t __pyx_pf_11errors_flow_100call_chain(CYTHON_UNUSED mp_obj_t __pyx_self, int __pyx_v_x); /* proto */
static mp_obj_t __pyx_pf_11errors_flow_102catch_in_cdef_caller(CYTHON_UNUSED mp_obj_t __pyx_self, int __pyx_v_x); /* proto */
static mp_obj_t __pyx_pf_11errors_flow_104raise_catch_loop(CYTHON_UNUSED mp_obj_t __pyx_self, int __pyx_v_n); /* proto */
static mp_obj_t __pyx_pf_11errors_flow_106callback_loop(CYTHON_UNUSED mp_obj_t __pyx_self, mp_obj_t __pyx_v_f, int __pyx_v_n); /* proto */
static mp_obj_t __pyx_pf_11errors_flow_108failing_gen(CYTHON_UNUSED mp_obj_t __pyx_self, int __pyx_v_n); /* proto */
static mp_obj_t __pyx_pf_11errors_flow_111guarded_gen(CYTHON_UNUSED mp_obj_t __pyx_self); /* proto */
static mp_obj_t __pyx_pf_11errors_flow_114consume(CYTHON_UNUSED mp_obj_t __pyx_self, mp_obj_t __pyx_v_gen); /* proto */
static mp_obj_t __pyx_tp_new__initialisation_11errors_flow___pyx_scope_struct__failing_gen(mp_obj_t o,

    mp_obj_t const *args, mp_int_t nargs, mp_obj_t kwnames

); /*proto*/
static mp_obj_t __pyx_tp_new_vectorcall_11errors_flow___pyx_scope_struct__failing_gen(cy_PyTypeObject *t,

    mp_obj_t const *args, mp_int_t nargs, mp_obj_t kwnames

); /*proto*/

static mp_obj_t __pyx_tp_new_11errors_flow___pyx_scope_struct__failing_gen(cy_PyTypeObject *t, mp_obj_t a, mp_obj_t k); /*proto*/

static mp_obj_t __pyx_tp_vectorcall_11errors_flow___pyx_scope_struct__failing_gen(mp_obj_t t, mp_obj_t const *args, size_t nargsf, mp_obj_t kwnames); /*proto*/

static mp_obj_t __pyx_tp_new__initialisation_11errors_flow___pyx_scope_struct_1_guarded_gen(mp_obj_t o,

    mp_obj_t const *args, mp_int_t nargs, mp_obj_t kwnames

); /*proto*/
static mp_obj_t __pyx_tp_new_vectorcall_11errors_flow___pyx_scope_struct_1_guarded_gen(cy_PyTypeObject *t,

    mp_obj_t const *args, mp_int_t nargs, mp_obj_t kwnames

); /*proto*/

static mp_obj_t __pyx_tp_new_11errors_flow___pyx_scope_struct_1_guarded_gen(cy_PyTypeObject *t, mp_obj_t a, mp_obj_t k); /*proto*/

static mp_obj_t __pyx_tp_vectorcall_11errors_flow___pyx_scope_struct_1_guarded_gen(mp_obj_t t, mp_obj_t const *args, size_t nargsf, mp_obj_t kwnames); /*proto*/

/* #### Code section: late_includes ### */
/* #### Code section: module_state ### */

  typedef struct {
    mp_obj_t __pyx_d;
    mp_obj_t __pyx_b;
    mp_obj_t __pyx_cython_runtime;
    mp_obj_t __pyx_empty_tuple;
    mp_obj_t __pyx_empty_bytes;
    mp_obj_t __pyx_empty_unicode;
    mp_obj_t __pyx_type_11errors_flow___pyx_scope_struct__failing_gen;
    mp_obj_t __pyx_type_11errors_flow___pyx_scope_struct_1_guarded_gen;
    cy_PyTypeObject *__pyx_ptype_11errors_flow___pyx_scope_struct__failing_gen;
    cy_PyTypeObject *__pyx_ptype_11errors_flow___pyx_scope_struct_1_guarded_gen;

    mp_obj_t __pyx_tuple[5];
    mp_obj_t __pyx_codeobj_tab[62];

    mp_obj_t __pyx_number_tab[6];
/* #### Code section: module_state_contents ### */

/* #### Code section: module_state_end ### */
} __pyx_mstatetype;

/* #### Code section: constant_name_defines ### */
#define __pyx_kp_u__2 (*(mp_obj_t *)&__pyx_string_tab[0])
#define __pyx_kp_u_failed_with_code (*(mp_obj_t *)&__pyx_string_tab[1])
#define __pyx_kp_u_BaseException (*(mp_obj_t *)&__pyx_string_tab[2])
#define __pyx_kp_u_ValueError (*(mp_obj_t *)&__pyx_string_tab[3])
#define __pyx_kp_u_after_with (*(mp_obj_t *)&__pyx_string_tab[4])
#define __pyx_kp_u_bad_operands (*(mp_obj_t *)&__pyx_string_tab[5])
#define __pyx_kp_u_bare_except_caught (*(mp_obj_t *)&__pyx_string_tab[6])
#define __pyx_kp_u_body_raising (*(mp_obj_t *)&__pyx_string_tab[7])
#define __pyx_kp_u_body_with (*(mp_obj_t *)&__pyx_string_tab[8])
#define __pyx_kp_u_bus_d_stuck (*(mp_obj_t *)&__pyx_string_tab[9])
#define __pyx_kp_u_cannot_add (*(mp_obj_t *)&__pyx_string_tab[10])
#define __pyx_kp_u_caught (*(mp_obj_t *)&__pyx_string_tab[11])
#define __pyx_kp_u_caught_re_raising (*(mp_obj_t *)&__pyx_string_tab[12])
#define __pyx_kp_u_device_2 (*(mp_obj_t *)&__pyx_string_tab[13])
#define __pyx_kp_u_divided_by_zero (*(mp_obj_t *)&__pyx_string_tab[14])
#define __pyx_kp_u_e_is_unbound_after_the_handler (*(mp_obj_t *)&__pyx_string_tab[15])
#define __pyx_kp_u_enter (*(mp_obj_t *)&__pyx_string_tab[16])
#define __pyx_kp_u_except_ValueError (*(mp_obj_t *)&__pyx_string_tab[17])
#define __pyx_kp_u_except_returns (*(mp_obj_t *)&__pyx_string_tab[18])
#define __pyx_kp_u_exit (*(mp_obj_t *)&__pyx_string_tab[19])
#define __pyx_kp_u_exit_sees (*(mp_obj_t *)&__pyx_string_tab[20])
#define __pyx_kp_u_f_d (*(mp_obj_t *)&__pyx_string_tab[21])
#define __pyx_kp_u_fell_through (*(mp_obj_t *)&__pyx_string_tab[22])
#define __pyx_kp_u_finally_d (*(mp_obj_t *)&__pyx_string_tab[23])
#define __pyx_kp_u_finally_after_except_return (*(mp_obj_t *)&__pyx_string_tab[24])
#define __pyx_kp_u_finally_raising (*(mp_obj_t *)&__pyx_string_tab[25])
#define __pyx_kp_u_finally_returns (*(mp_obj_t *)&__pyx_string_tab[26])
#define __pyx_kp_u_from_except (*(mp_obj_t *)&__pyx_string_tab[27])
#define __pyx_kp_u_from_finally (*(mp_obj_t *)&__pyx_string_tab[28])
#define __pyx_kp_u_from_inner_handler (*(mp_obj_t *)&__pyx_string_tab[29])
#define __pyx_kp_u_from_try (*(mp_obj_t *)&__pyx_string_tab[30])
#define __pyx_kp_u_generator_caught (*(mp_obj_t *)&__pyx_string_tab[31])
#define __pyx_kp_u_generator_finally (*(mp_obj_t *)&__pyx_string_tab[32])
#define __pyx_kp_u_generator_stopped_at_d (*(mp_obj_t *)&__pyx_string_tab[33])
#define __pyx_kp_u_guarded_finally (*(mp_obj_t *)&__pyx_string_tab[34])
#define __pyx_kp_u_handling_first (*(mp_obj_t *)&__pyx_string_tab[35])
#define __pyx_kp_u_ignored_d (*(mp_obj_t *)&__pyx_string_tab[36])
#define __pyx_kp_u_in_handler (*(mp_obj_t *)&__pyx_string_tab[37])
#define __pyx_kp_u_in_with_body (*(mp_obj_t *)&__pyx_string_tab[38])
#define __pyx_kp_u_inner_body (*(mp_obj_t *)&__pyx_string_tab[39])
#define __pyx_kp_u_inner_except (*(mp_obj_t *)&__pyx_string_tab[40])
#define __pyx_kp_u_inner_finally (*(mp_obj_t *)&__pyx_string_tab[41])
#define __pyx_kp_u_inner_handled (*(mp_obj_t *)&__pyx_string_tab[42])
#define __pyx_kp_u_inner_type (*(mp_obj_t *)&__pyx_string_tab[43])
#define __pyx_kp_u_lookup_failed (*(mp_obj_t *)&__pyx_string_tab[44])
#define __pyx_kp_u_lost_by_break (*(mp_obj_t *)&__pyx_string_tab[45])
#define __pyx_kp_u_missing (*(mp_obj_t *)&__pyx_string_tab[46])
#define __pyx_kp_u_negative_d (*(mp_obj_t *)&__pyx_string_tab[47])
#define __pyx_kp_u_no_attribute (*(mp_obj_t *)&__pyx_string_tab[48])
#define __pyx_kp_u_no_context (*(mp_obj_t *)&__pyx_string_tab[49])
#define __pyx_kp_u_no_error_in_body (*(mp_obj_t *)&__pyx_string_tab[50])
#define __pyx_kp_u_no_value (*(mp_obj_t *)&__pyx_string_tab[51])
#define __pyx_kp_u_not_an_int (*(mp_obj_t *)&__pyx_string_tab[52])
#define __pyx_kp_u_not_positive (*(mp_obj_t *)&__pyx_string_tab[53])
#define __pyx_kp_u_nothing_raised (*(mp_obj_t *)&__pyx_string_tab[54])
#define __pyx_kp_u_object_function_d (*(mp_obj_t *)&__pyx_string_tab[55])
#define __pyx_kp_u_outer_except_KeyError (*(mp_obj_t *)&__pyx_string_tab[56])
#define __pyx_kp_u_outer_except_TypeError (*(mp_obj_t *)&__pyx_string_tab[57])
#define __pyx_kp_u_outer_finally (*(mp_obj_t *)&__pyx_string_tab[58])
#define __pyx_kp_u_reaches_the_caller (*(mp_obj_t *)&__pyx_string_tab[59])
#define __pyx_kp_u_returned_from_body (*(mp_obj_t *)&__pyx_string_tab[60])
#define __pyx_kp_u_returned_inside_with (*(mp_obj_t *)&__pyx_string_tab[61])
#define __pyx_kp_u_sensor_2 (*(mp_obj_t *)&__pyx_string_tab[62])
#define __pyx_kp_u_star_returned (*(mp_obj_t *)&__pyx_string_tab[63])
#define __pyx_kp_u_stopped (*(mp_obj_t *)&__pyx_string_tab[64])
#define __pyx_kp_u_swallowed_by_inner (*(mp_obj_t *)&__pyx_string_tab[65])
#define __pyx_kp_u_too_big (*(mp_obj_t *)&__pyx_string_tab[66])
#define __pyx_kp_u_value_3 (*(mp_obj_t *)&__pyx_string_tab[67])
#define __pyx_kp_u_value_or_type (*(mp_obj_t *)&__pyx_string_tab[68])
#define __pyx_kp_u_value_2 (*(mp_obj_t *)&__pyx_string_tab[69])
#define __pyx_kp_u_with_user_finished (*(mp_obj_t *)&__pyx_string_tab[70])
#define __pyx_n_u_BusError (*(mp_obj_t *)&__pyx_string_tab[71])
#define __pyx_n_u_DeviceError (*(mp_obj_t *)&__pyx_string_tab[72])
#define __pyx_n_u_Resource (*(mp_obj_t *)&__pyx_string_tab[73])
#define __pyx_n_u_Resource___enter (*(mp_obj_t *)&__pyx_string_tab[74])
#define __pyx_n_u_Resource___exit (*(mp_obj_t *)&__pyx_string_tab[75])
#define __pyx_n_u_Resource___init (*(mp_obj_t *)&__pyx_string_tab[76])
#define __pyx_n_u_SensorError (*(mp_obj_t *)&__pyx_string_tab[77])
#define __pyx_n_u_SensorError___init (*(mp_obj_t *)&__pyx_string_tab[78])
#define __pyx_n_u_SensorError___str (*(mp_obj_t *)&__pyx_string_tab[79])
#define __pyx_n_u_enter_2 (*(mp_obj_t *)&__pyx_string_tab[80])
#define __pyx_n_u_exit_2 (*(mp_obj_t *)&__pyx_string_tab[81])
#define __pyx_n_u_init (*(mp_obj_t *)&__pyx_string_tab[82])
#define __pyx_n_u_name_2 (*(mp_obj_t *)&__pyx_string_tab[83])
#define __pyx_n_u_str (*(mp_obj_t *)&__pyx_string_tab[84])
#define __pyx_n_u_test (*(mp_obj_t *)&__pyx_string_tab[85])
#define __pyx_n_u_a (*(mp_obj_t *)&__pyx_string_tab[86])
#define __pyx_n_u_add_objects (*(mp_obj_t *)&__pyx_string_tab[87])
#define __pyx_n_u_after (*(mp_obj_t *)&__pyx_string_tab[88])
#define __pyx_n_u_args (*(mp_obj_t *)&__pyx_string_tab[89])
#define __pyx_n_u_arith (*(mp_obj_t *)&__pyx_string_tab[90])
#define __pyx_n_u_as_name_cleared (*(mp_obj_t *)&__pyx_string_tab[91])
#define __pyx_n_u_assert_plain (*(mp_obj_t *)&__pyx_string_tab[92])
#define __pyx_n_u_assert_positive (*(mp_obj_t *)&__pyx_string_tab[93])
#define __pyx_n_u_attr_direct (*(mp_obj_t *)&__pyx_string_tab[94])
#define __pyx_n_u_b (*(mp_obj_t *)&__pyx_string_tab[95])
#define __pyx_n_u_before (*(mp_obj_t *)&__pyx_string_tab[96])
#define __pyx_n_u_between (*(mp_obj_t *)&__pyx_string_tab[97])
#define __pyx_n_u_body (*(mp_obj_t *)&__pyx_string_tab[98])
#define __pyx_n_u_break_in_finally (*(mp_obj_t *)&__pyx_string_tab[99])
#define __pyx_n_u_call_and_catch (*(mp_obj_t *)&__pyx_string_tab[100])
#define __pyx_n_u_call_chain (*(mp_obj_t *)&__pyx_string_tab[101])
#define __pyx_n_u_call_checked (*(mp_obj_t *)&__pyx_string_tab[102])
#define __pyx_n_u_call_maybe (*(mp_obj_t *)&__pyx_string_tab[103])
#define __pyx_n_u_call_quiet (*(mp_obj_t *)&__pyx_string_tab[104])
#define __pyx_n_u_call_returns_object (*(mp_obj_t *)&__pyx_string_tab[105])
#define __pyx_n_u_call_star (*(mp_obj_t *)&__pyx_string_tab[106])
#define __pyx_n_u_callback_loop (*(mp_obj_t *)&__pyx_string_tab[107])
#define __pyx_n_u_catch_any (*(mp_obj_t *)&__pyx_string_tab[108])
#define __pyx_n_u_catch_base (*(mp_obj_t *)&__pyx_string_tab[109])
#define __pyx_n_u_catch_dynamic (*(mp_obj_t *)&__pyx_string_tab[110])
#define __pyx_n_u_catch_in_cdef_caller (*(mp_obj_t *)&__pyx_string_tab[111])
#define __pyx_n_u_cause (*(mp_obj_t *)&__pyx_string_tab[112])
#define __pyx_n_u_cm (*(mp_obj_t *)&__pyx_string_tab[113])
#define __pyx_n_u_code (*(mp_obj_t *)&__pyx_string_tab[114])
#define __pyx_n_u_compare (*(mp_obj_t *)&__pyx_string_tab[115])
#define __pyx_n_u_consume (*(mp_obj_t *)&__pyx_string_tab[116])
#define __pyx_n_u_continue_in_try (*(mp_obj_t *)&__pyx_string_tab[117])
#define __pyx_n_u_convert_int (*(mp_obj_t *)&__pyx_string_tab[118])
#define __pyx_n_u_d (*(mp_obj_t *)&__pyx_string_tab[119])
#define __pyx_n_u_default (*(mp_obj_t *)&__pyx_string_tab[120])
#define __pyx_n_u_device (*(mp_obj_t *)&__pyx_string_tab[121])
#define __pyx_n_u_divide (*(mp_obj_t *)&__pyx_string_tab[122])
#define __pyx_n_u_done (*(mp_obj_t *)&__pyx_string_tab[123])
#define __pyx_n_u_else (*(mp_obj_t *)&__pyx_string_tab[124])
#define __pyx_n_u_errors_flow (*(mp_obj_t *)&__pyx_string_tab[125])
#define __pyx_n_u_exc (*(mp_obj_t *)&__pyx_string_tab[126])
#define __pyx_n_u_exc_info (*(mp_obj_t *)&__pyx_string_tab[127])
#define __pyx_n_u_exc_info_inside (*(mp_obj_t *)&__pyx_string_tab[128])
#define __pyx_n_u_exc_type (*(mp_obj_t *)&__pyx_string_tab[129])
#define __pyx_n_u_except_raises (*(mp_obj_t *)&__pyx_string_tab[130])
#define __pyx_n_u_f (*(mp_obj_t *)&__pyx_string_tab[131])
#define __pyx_n_u_failing_gen (*(mp_obj_t *)&__pyx_string_tab[132])
#define __pyx_n_u_finally (*(mp_obj_t *)&__pyx_string_tab[133])
#define __pyx_n_u_finally_raises (*(mp_obj_t *)&__pyx_string_tab[134])
#define __pyx_n_u_fine (*(mp_obj_t *)&__pyx_string_tab[135])
#define __pyx_n_u_first (*(mp_obj_t *)&__pyx_string_tab[136])
#define __pyx_n_u_flag (*(mp_obj_t *)&__pyx_string_tab[137])
#define __pyx_n_u_full_try (*(mp_obj_t *)&__pyx_string_tab[138])
#define __pyx_n_u_gen (*(mp_obj_t *)&__pyx_string_tab[139])
#define __pyx_n_u_get_attr (*(mp_obj_t *)&__pyx_string_tab[140])
#define __pyx_n_u_guarded_gen (*(mp_obj_t *)&__pyx_string_tab[141])
#define __pyx_n_u_i (*(mp_obj_t *)&__pyx_string_tab[142])
#define __pyx_n_u_index_or_default (*(mp_obj_t *)&__pyx_string_tab[143])
#define __pyx_n_u_inner (*(mp_obj_t *)&__pyx_string_tab[144])
#define __pyx_n_u_inner2 (*(mp_obj_t *)&__pyx_string_tab[145])
#define __pyx_n_u_iterate (*(mp_obj_t *)&__pyx_string_tab[146])
#define __pyx_n_u_k (*(mp_obj_t *)&__pyx_string_tab[147])
#define __pyx_n_u_key (*(mp_obj_t *)&__pyx_string_tab[148])
#define __pyx_n_u_kind (*(mp_obj_t *)&__pyx_string_tab[149])
#define __pyx_n_u_lookup (*(mp_obj_t *)&__pyx_string_tab[150])
#define __pyx_n_u_loop_mutating (*(mp_obj_t *)&__pyx_string_tab[151])
#define __pyx_n_u_made (*(mp_obj_t *)&__pyx_string_tab[152])
#define __pyx_n_u_make_error (*(mp_obj_t *)&__pyx_string_tab[153])
#define __pyx_n_u_msg (*(mp_obj_t *)&__pyx_string_tab[154])
#define __pyx_n_u_n (*(mp_obj_t *)&__pyx_string_tab[155])
#define __pyx_n_u_name (*(mp_obj_t *)&__pyx_string_tab[156])
#define __pyx_n_u_nested (*(mp_obj_t *)&__pyx_string_tab[157])
#define __pyx_n_u_nothing (*(mp_obj_t *)&__pyx_string_tab[158])
#define __pyx_n_u_obj (*(mp_obj_t *)&__pyx_string_tab[159])
#define __pyx_n_u_ok (*(mp_obj_t *)&__pyx_string_tab[160])
#define __pyx_n_u_original (*(mp_obj_t *)&__pyx_string_tab[161])
#define __pyx_n_u_outer (*(mp_obj_t *)&__pyx_string_tab[162])
#define __pyx_n_u_outer2 (*(mp_obj_t *)&__pyx_string_tab[163])
#define __pyx_n_u_overflow (*(mp_obj_t *)&__pyx_string_tab[164])
#define __pyx_n_u_r1 (*(mp_obj_t *)&__pyx_string_tab[165])
#define __pyx_n_u_r2 (*(mp_obj_t *)&__pyx_string_tab[166])
#define __pyx_n_u_r3 (*(mp_obj_t *)&__pyx_string_tab[167])
#define __pyx_n_u_raise_args (*(mp_obj_t *)&__pyx_string_tab[168])
#define __pyx_n_u_raise_bus (*(mp_obj_t *)&__pyx_string_tab[169])
#define __pyx_n_u_raise_catch_loop (*(mp_obj_t *)&__pyx_string_tab[170])
#define __pyx_n_u_raise_class (*(mp_obj_t *)&__pyx_string_tab[171])
#define __pyx_n_u_raise_from (*(mp_obj_t *)&__pyx_string_tab[172])
#define __pyx_n_u_raise_from_bad (*(mp_obj_t *)&__pyx_string_tab[173])
#define __pyx_n_u_raise_from_custom (*(mp_obj_t *)&__pyx_string_tab[174])
#define __pyx_n_u_raise_from_none (*(mp_obj_t *)&__pyx_string_tab[175])
#define __pyx_n_u_raise_instance (*(mp_obj_t *)&__pyx_string_tab[176])
#define __pyx_n_u_raise_sensor (*(mp_obj_t *)&__pyx_string_tab[177])
#define __pyx_n_u_raise_value (*(mp_obj_t *)&__pyx_string_tab[178])
#define __pyx_n_u_reassigned (*(mp_obj_t *)&__pyx_string_tab[179])
#define __pyx_n_u_recovered (*(mp_obj_t *)&__pyx_string_tab[180])
#define __pyx_n_u_remove (*(mp_obj_t *)&__pyx_string_tab[181])
#define __pyx_n_u_reraise (*(mp_obj_t *)&__pyx_string_tab[182])
#define __pyx_n_u_reraise_after_handling_another (*(mp_obj_t *)&__pyx_string_tab[183])
#define __pyx_n_u_return_in_except (*(mp_obj_t *)&__pyx_string_tab[184])
#define __pyx_n_u_return_in_finally (*(mp_obj_t *)&__pyx_string_tab[185])
#define __pyx_n_u_s (*(mp_obj_t *)&__pyx_string_tab[186])
#define __pyx_n_u_second (*(mp_obj_t *)&__pyx_string_tab[187])
#define __pyx_n_u_self (*(mp_obj_t *)&__pyx_string_tab[188])
#define __pyx_n_u_sensor (*(mp_obj_t *)&__pyx_string_tab[189])
#define __pyx_n_u_seq (*(mp_obj_t *)&__pyx_string_tab[190])
#define __pyx_n_u_super (*(mp_obj_t *)&__pyx_string_tab[191])
#define __pyx_n_u_suppress (*(mp_obj_t *)&__pyx_string_tab[192])
#define __pyx_n_u_swallowed (*(mp_obj_t *)&__pyx_string_tab[193])
#define __pyx_n_u_sys (*(mp_obj_t *)&__pyx_string_tab[194])
#define __pyx_n_u_tb (*(mp_obj_t *)&__pyx_string_tab[195])
#define __pyx_n_u_trace (*(mp_obj_t *)&__pyx_string_tab[196])
#define __pyx_n_u_try (*(mp_obj_t *)&__pyx_string_tab[197])
#define __pyx_n_u_types (*(mp_obj_t *)&__pyx_string_tab[198])
#define __pyx_n_u_unhashable (*(mp_obj_t *)&__pyx_string_tab[199])
#define __pyx_n_u_unorderable (*(mp_obj_t *)&__pyx_string_tab[200])
#define __pyx_n_u_v (*(mp_obj_t *)&__pyx_string_tab[201])
#define __pyx_n_u_value (*(mp_obj_t *)&__pyx_string_tab[202])
#define __pyx_n_u_values (*(mp_obj_t *)&__pyx_string_tab[203])
#define __pyx_n_u_with_exit_raises (*(mp_obj_t *)&__pyx_string_tab[204])
#define __pyx_n_u_with_nested (*(mp_obj_t *)&__pyx_string_tab[205])
#define __pyx_n_u_with_ok (*(mp_obj_t *)&__pyx_string_tab[206])
#define __pyx_n_u_with_raises (*(mp_obj_t *)&__pyx_string_tab[207])
#define __pyx_n_u_with_return (*(mp_obj_t *)&__pyx_string_tab[208])
#define __pyx_n_u_with_user (*(mp_obj_t *)&__pyx_string_tab[209])
#define __pyx_n_u_wrapped (*(mp_obj_t *)&__pyx_string_tab[210])
#define __pyx_n_u_x (*(mp_obj_t *)&__pyx_string_tab[211])
/* Cython's string constants, decoded at translation time: qstrs and ROM objects. */
static const mp_obj_str_t __pyx_str_obj_0 = {{&mp_type_str}, 0, 1, (const byte *)" "};
static const mp_obj_str_t __pyx_str_obj_1 = {{&mp_type_str}, 0, 18, (const byte *)" failed with code "};
static const mp_obj_str_t __pyx_str_obj_3 = {{&mp_type_str}, 0, 14, (const byte *)"BaseException "};
static const mp_obj_str_t __pyx_str_obj_4 = {{&mp_type_str}, 0, 11, (const byte *)"ValueError "};
static const mp_obj_str_t __pyx_str_obj_5 = {{&mp_type_str}, 0, 10, (const byte *)"after with"};
static const mp_obj_str_t __pyx_str_obj_6 = {{&mp_type_str}, 0, 12, (const byte *)"bad operands"};
static const mp_obj_str_t __pyx_str_obj_7 = {{&mp_type_str}, 0, 18, (const byte *)"bare except caught"};
static const mp_obj_str_t __pyx_str_obj_8 = {{&mp_type_str}, 0, 12, (const byte *)"body raising"};
static const mp_obj_str_t __pyx_str_obj_9 = {{&mp_type_str}, 0, 10, (const byte *)"body with "};
static const mp_obj_str_t __pyx_str_obj_10 = {{&mp_type_str}, 0, 12, (const byte *)"bus %d stuck"};
static const mp_obj_str_t __pyx_str_obj_11 = {{&mp_type_str}, 0, 10, (const byte *)"cannot add"};
static const mp_obj_str_t __pyx_str_obj_12 = {{&mp_type_str}, 0, 7, (const byte *)"caught "};
static const mp_obj_str_t __pyx_str_obj_13 = {{&mp_type_str}, 0, 18, (const byte *)"caught, re-raising"};
static const mp_obj_str_t __pyx_str_obj_14 = {{&mp_type_str}, 0, 7, (const byte *)"device "};
static const mp_obj_str_t __pyx_str_obj_16 = {{&mp_type_str}, 0, 15, (const byte *)"divided by zero"};
static const mp_obj_str_t __pyx_str_obj_17 = {{&mp_type_str}, 0, 30, (const byte *)"e is unbound after the handler"};
static const mp_obj_str_t __pyx_str_obj_19 = {{&mp_type_str}, 0, 6, (const byte *)"enter "};
static const mp_obj_str_t __pyx_str_obj_21 = {{&mp_type_str}, 0, 18, (const byte *)"except ValueError "};
static const mp_obj_str_t __pyx_str_obj_22 = {{&mp_type_str}, 0, 14, (const byte *)"except returns"};
static const mp_obj_str_t __pyx_str_obj_23 = {{&mp_type_str}, 0, 5, (const byte *)"exit "};
static const mp_obj_str_t __pyx_str_obj_24 = {{&mp_type_str}, 0, 10, (const byte *)"exit sees "};
static const mp_obj_str_t __pyx_str_obj_25 = {{&mp_type_str}, 0, 3, (const byte *)"f%d"};
static const mp_obj_str_t __pyx_str_obj_26 = {{&mp_type_str}, 0, 12, (const byte *)"fell through"};
static const mp_obj_str_t __pyx_str_obj_27 = {{&mp_type_str}, 0, 10, (const byte *)"finally %d"};
static const mp_obj_str_t __pyx_str_obj_28 = {{&mp_type_str}, 0, 27, (const byte *)"finally after except return"};
static const mp_obj_str_t __pyx_str_obj_29 = {{&mp_type_str}, 0, 15, (const byte *)"finally raising"};
static const mp_obj_str_t __pyx_str_obj_30 = {{&mp_type_str}, 0, 15, (const byte *)"finally returns"};
static const mp_obj_str_t __pyx_str_obj_31 = {{&mp_type_str}, 0, 11, (const byte *)"from except"};
static const mp_obj_str_t __pyx_str_obj_32 = {{&mp_type_str}, 0, 12, (const byte *)"from finally"};
static const mp_obj_str_t __pyx_str_obj_33 = {{&mp_type_str}, 0, 18, (const byte *)"from inner handler"};
static const mp_obj_str_t __pyx_str_obj_34 = {{&mp_type_str}, 0, 8, (const byte *)"from try"};
static const mp_obj_str_t __pyx_str_obj_36 = {{&mp_type_str}, 0, 17, (const byte *)"generator caught "};
static const mp_obj_str_t __pyx_str_obj_37 = {{&mp_type_str}, 0, 17, (const byte *)"generator finally"};
static const mp_obj_str_t __pyx_str_obj_38 = {{&mp_type_str}, 0, 23, (const byte *)"generator stopped at %d"};
static const mp_obj_str_t __pyx_str_obj_39 = {{&mp_type_str}, 0, 15, (const byte *)"guarded finally"};
static const mp_obj_str_t __pyx_str_obj_40 = {{&mp_type_str}, 0, 14, (const byte *)"handling first"};
static const mp_obj_str_t __pyx_str_obj_41 = {{&mp_type_str}, 0, 10, (const byte *)"ignored %d"};
static const mp_obj_str_t __pyx_str_obj_42 = {{&mp_type_str}, 0, 11, (const byte *)"in handler "};
static const mp_obj_str_t __pyx_str_obj_43 = {{&mp_type_str}, 0, 12, (const byte *)"in with body"};
static const mp_obj_str_t __pyx_str_obj_44 = {{&mp_type_str}, 0, 10, (const byte *)"inner body"};
static const mp_obj_str_t __pyx_str_obj_45 = {{&mp_type_str}, 0, 12, (const byte *)"inner except"};
static const mp_obj_str_t __pyx_str_obj_46 = {{&mp_type_str}, 0, 13, (const byte *)"inner finally"};
static const mp_obj_str_t __pyx_str_obj_47 = {{&mp_type_str}, 0, 13, (const byte *)"inner handled"};
static const mp_obj_str_t __pyx_str_obj_48 = {{&mp_type_str}, 0, 10, (const byte *)"inner type"};
static const mp_obj_str_t __pyx_str_obj_50 = {{&mp_type_str}, 0, 13, (const byte *)"lookup failed"};
static const mp_obj_str_t __pyx_str_obj_51 = {{&mp_type_str}, 0, 13, (const byte *)"lost by break"};
static const mp_obj_str_t __pyx_str_obj_52 = {{&mp_type_str}, 0, 8, (const byte *)"missing "};
static const mp_obj_str_t __pyx_str_obj_53 = {{&mp_type_str}, 0, 12, (const byte *)"negative: %d"};
static const mp_obj_str_t __pyx_str_obj_54 = {{&mp_type_str}, 0, 13, (const byte *)"no attribute "};
static const mp_obj_str_t __pyx_str_obj_55 = {{&mp_type_str}, 0, 10, (const byte *)"no context"};
static const mp_obj_str_t __pyx_str_obj_56 = {{&mp_type_str}, 0, 16, (const byte *)"no error in body"};
static const mp_obj_str_t __pyx_str_obj_57 = {{&mp_type_str}, 0, 8, (const byte *)"no value"};
static const mp_obj_str_t __pyx_str_obj_58 = {{&mp_type_str}, 0, 10, (const byte *)"not an int"};
static const mp_obj_str_t __pyx_str_obj_59 = {{&mp_type_str}, 0, 14, (const byte *)"not positive: "};
static const mp_obj_str_t __pyx_str_obj_60 = {{&mp_type_str}, 0, 14, (const byte *)"nothing raised"};
static const mp_obj_str_t __pyx_str_obj_61 = {{&mp_type_str}, 0, 18, (const byte *)"object function %d"};
static const mp_obj_str_t __pyx_str_obj_62 = {{&mp_type_str}, 0, 22, (const byte *)"outer except KeyError "};
static const mp_obj_str_t __pyx_str_obj_63 = {{&mp_type_str}, 0, 23, (const byte *)"outer except TypeError "};
static const mp_obj_str_t __pyx_str_obj_64 = {{&mp_type_str}, 0, 13, (const byte *)"outer finally"};
static const mp_obj_str_t __pyx_str_obj_65 = {{&mp_type_str}, 0, 18, (const byte *)"reaches the caller"};
static const mp_obj_str_t __pyx_str_obj_66 = {{&mp_type_str}, 0, 18, (const byte *)"returned from body"};
static const mp_obj_str_t __pyx_str_obj_67 = {{&mp_type_str}, 0, 20, (const byte *)"returned inside with"};
static const mp_obj_str_t __pyx_str_obj_68 = {{&mp_type_str}, 0, 7, (const byte *)"sensor "};
static const mp_obj_str_t __pyx_str_obj_69 = {{&mp_type_str}, 0, 13, (const byte *)"star returned"};
static const mp_obj_str_t __pyx_str_obj_70 = {{&mp_type_str}, 0, 9, (const byte *)"stopped: "};
static const mp_obj_str_t __pyx_str_obj_71 = {{&mp_type_str}, 0, 18, (const byte *)"swallowed by inner"};
static const mp_obj_str_t __pyx_str_obj_72 = {{&mp_type_str}, 0, 7, (const byte *)"too big"};
static const mp_obj_str_t __pyx_str_obj_73 = {{&mp_type_str}, 0, 6, (const byte *)"value "};
static const mp_obj_str_t __pyx_str_obj_74 = {{&mp_type_str}, 0, 13, (const byte *)"value-or-type"};
static const mp_obj_str_t __pyx_str_obj_75 = {{&mp_type_str}, 0, 7, (const byte *)"value: "};
static const mp_obj_str_t __pyx_str_obj_76 = {{&mp_type_str}, 0, 18, (const byte *)"with_user finished"};
static const mp_obj_str_t __pyx_str_obj_80 = {{&mp_type_str}, 0, 18, (const byte *)"Resource.__enter__"};
static const mp_obj_str_t __pyx_str_obj_81 = {{&mp_type_str}, 0, 17, (const byte *)"Resource.__exit__"};
static const mp_obj_str_t __pyx_str_obj_82 = {{&mp_type_str}, 0, 17, (const byte *)"Resource.__init__"};
static const mp_obj_str_t __pyx_str_obj_84 = {{&mp_type_str}, 0, 20, (const byte *)"SensorError.__init__"};
static const mp_obj_str_t __pyx_str_obj_85 = {{&mp_type_str}, 0, 19, (const byte *)"SensorError.__str__"};
static const mp_rom_obj_t __pyx_string_tab[212] = {
    MP_ROM_PTR(&__pyx_str_obj_0),
    MP_ROM_PTR(&__pyx_str_obj_1),
    MP_ROM_PTR(&__pyx_str_obj_3),
    MP_ROM_PTR(&__pyx_str_obj_4),
    MP_ROM_PTR(&__pyx_str_obj_5),
    MP_ROM_PTR(&__pyx_str_obj_6),
    MP_ROM_PTR(&__pyx_str_obj_7),
    MP_ROM_PTR(&__pyx_str_obj_8),
    MP_ROM_PTR(&__pyx_str_obj_9),
    MP_ROM_PTR(&__pyx_str_obj_10),
    MP_ROM_PTR(&__pyx_str_obj_11),
    MP_ROM_PTR(&__pyx_str_obj_12),
    MP_ROM_PTR(&__pyx_str_obj_13),
    MP_ROM_PTR(&__pyx_str_obj_14),
    MP_ROM_PTR(&__pyx_str_obj_16),
    MP_ROM_PTR(&__pyx_str_obj_17),
    MP_ROM_PTR(&__pyx_str_obj_19),
    MP_ROM_PTR(&__pyx_str_obj_21),
    MP_ROM_PTR(&__pyx_str_obj_22),
    MP_ROM_PTR(&__pyx_str_obj_23),
    MP_ROM_PTR(&__pyx_str_obj_24),
    MP_ROM_PTR(&__pyx_str_obj_25),
    MP_ROM_PTR(&__pyx_str_obj_26),
    MP_ROM_PTR(&__pyx_str_obj_27),
    MP_ROM_PTR(&__pyx_str_obj_28),
    MP_ROM_PTR(&__pyx_str_obj_29),
    MP_ROM_PTR(&__pyx_str_obj_30),
    MP_ROM_PTR(&__pyx_str_obj_31),
    MP_ROM_PTR(&__pyx_str_obj_32),
    MP_ROM_PTR(&__pyx_str_obj_33),
    MP_ROM_PTR(&__pyx_str_obj_34),
    MP_ROM_PTR(&__pyx_str_obj_36),
    MP_ROM_PTR(&__pyx_str_obj_37),
    MP_ROM_PTR(&__pyx_str_obj_38),
    MP_ROM_PTR(&__pyx_str_obj_39),
    MP_ROM_PTR(&__pyx_str_obj_40),
    MP_ROM_PTR(&__pyx_str_obj_41),
    MP_ROM_PTR(&__pyx_str_obj_42),
    MP_ROM_PTR(&__pyx_str_obj_43),
    MP_ROM_PTR(&__pyx_str_obj_44),
    MP_ROM_PTR(&__pyx_str_obj_45),
    MP_ROM_PTR(&__pyx_str_obj_46),
    MP_ROM_PTR(&__pyx_str_obj_47),
    MP_ROM_PTR(&__pyx_str_obj_48),
    MP_ROM_PTR(&__pyx_str_obj_50),
    MP_ROM_PTR(&__pyx_str_obj_51),
    MP_ROM_PTR(&__pyx_str_obj_52),
    MP_ROM_PTR(&__pyx_str_obj_53),
    MP_ROM_PTR(&__pyx_str_obj_54),
    MP_ROM_PTR(&__pyx_str_obj_55),
    MP_ROM_PTR(&__pyx_str_obj_56),
    MP_ROM_PTR(&__pyx_str_obj_57),
    MP_ROM_PTR(&__pyx_str_obj_58),
    MP_ROM_PTR(&__pyx_str_obj_59),
    MP_ROM_PTR(&__pyx_str_obj_60),
    MP_ROM_PTR(&__pyx_str_obj_61),
    MP_ROM_PTR(&__pyx_str_obj_62),
    MP_ROM_PTR(&__pyx_str_obj_63),
    MP_ROM_PTR(&__pyx_str_obj_64),
    MP_ROM_PTR(&__pyx_str_obj_65),
    MP_ROM_PTR(&__pyx_str_obj_66),
    MP_ROM_PTR(&__pyx_str_obj_67),
    MP_ROM_PTR(&__pyx_str_obj_68),
    MP_ROM_PTR(&__pyx_str_obj_69),
    MP_ROM_PTR(&__pyx_str_obj_70),
    MP_ROM_PTR(&__pyx_str_obj_71),
    MP_ROM_PTR(&__pyx_str_obj_72),
    MP_ROM_PTR(&__pyx_str_obj_73),
    MP_ROM_PTR(&__pyx_str_obj_74),
    MP_ROM_PTR(&__pyx_str_obj_75),
    MP_ROM_PTR(&__pyx_str_obj_76),
    MP_ROM_QSTR(MP_QSTR_BusError),
    MP_ROM_QSTR(MP_QSTR_DeviceError),
    MP_ROM_QSTR(MP_QSTR_Resource),
    MP_ROM_PTR(&__pyx_str_obj_80),
    MP_ROM_PTR(&__pyx_str_obj_81),
    MP_ROM_PTR(&__pyx_str_obj_82),
    MP_ROM_QSTR(MP_QSTR_SensorError),
    MP_ROM_PTR(&__pyx_str_obj_84),
    MP_ROM_PTR(&__pyx_str_obj_85),
    MP_ROM_QSTR(MP_QSTR___enter__),
    MP_ROM_QSTR(MP_QSTR___exit__),
    MP_ROM_QSTR(MP_QSTR___init__),
    MP_ROM_QSTR(MP_QSTR___name__),
    MP_ROM_QSTR(MP_QSTR___str__),
    MP_ROM_QSTR(MP_QSTR___test__),
    MP_ROM_QSTR(MP_QSTR_a),
    MP_ROM_QSTR(MP_QSTR_add_objects),
    MP_ROM_QSTR(MP_QSTR_after),
    MP_ROM_QSTR(MP_QSTR_args),
    MP_ROM_QSTR(MP_QSTR_arith),
    MP_ROM_QSTR(MP_QSTR_as_name_cleared),
    MP_ROM_QSTR(MP_QSTR_assert_plain),
    MP_ROM_QSTR(MP_QSTR_assert_positive),
    MP_ROM_QSTR(MP_QSTR_attr_direct),
    MP_ROM_QSTR(MP_QSTR_b),
    MP_ROM_QSTR(MP_QSTR_before),
    MP_ROM_QSTR(MP_QSTR_between),
    MP_ROM_QSTR(MP_QSTR_body),
    MP_ROM_QSTR(MP_QSTR_break_in_finally),
    MP_ROM_QSTR(MP_QSTR_call_and_catch),
    MP_ROM_QSTR(MP_QSTR_call_chain),
    MP_ROM_QSTR(MP_QSTR_call_checked),
    MP_ROM_QSTR(MP_QSTR_call_maybe),
    MP_ROM_QSTR(MP_QSTR_call_quiet),
    MP_ROM_QSTR(MP_QSTR_call_returns_object),
    MP_ROM_QSTR(MP_QSTR_call_star),
    MP_ROM_QSTR(MP_QSTR_callback_loop),
    MP_ROM_QSTR(MP_QSTR_catch_any),
    MP_ROM_QSTR(MP_QSTR_catch_base),
    MP_ROM_QSTR(MP_QSTR_catch_dynamic),
    MP_ROM_QSTR(MP_QSTR_catch_in_cdef_caller),
    MP_ROM_QSTR(MP_QSTR_cause),
    MP_ROM_QSTR(MP_QSTR_cm),
    MP_ROM_QSTR(MP_QSTR_code),
    MP_ROM_QSTR(MP_QSTR_compare),
    MP_ROM_QSTR(MP_QSTR_consume),
    MP_ROM_QSTR(MP_QSTR_continue_in_try),
    MP_ROM_QSTR(MP_QSTR_convert_int),
    MP_ROM_QSTR(MP_QSTR_d),
    MP_ROM_QSTR(MP_QSTR_default),
    MP_ROM_QSTR(MP_QSTR_device),
    MP_ROM_QSTR(MP_QSTR_divide),
    MP_ROM_QSTR(MP_QSTR_done),
    MP_ROM_QSTR(MP_QSTR_else),
    MP_ROM_QSTR(MP_QSTR_errors_flow),
    MP_ROM_QSTR(MP_QSTR_exc),
    MP_ROM_QSTR(MP_QSTR_exc_info),
    MP_ROM_QSTR(MP_QSTR_exc_info_inside),
    MP_ROM_QSTR(MP_QSTR_exc_type),
    MP_ROM_QSTR(MP_QSTR_except_raises),
    MP_ROM_QSTR(MP_QSTR_f),
    MP_ROM_QSTR(MP_QSTR_failing_gen),
    MP_ROM_QSTR(MP_QSTR_finally),
    MP_ROM_QSTR(MP_QSTR_finally_raises),
    MP_ROM_QSTR(MP_QSTR_fine),
    MP_ROM_QSTR(MP_QSTR_first),
    MP_ROM_QSTR(MP_QSTR_flag),
    MP_ROM_QSTR(MP_QSTR_full_try),
    MP_ROM_QSTR(MP_QSTR_gen),
    MP_ROM_QSTR(MP_QSTR_get_attr),
    MP_ROM_QSTR(MP_QSTR_guarded_gen),
    MP_ROM_QSTR(MP_QSTR_i),
    MP_ROM_QSTR(MP_QSTR_index_or_default),
    MP_ROM_QSTR(MP_QSTR_inner),
    MP_ROM_QSTR(MP_QSTR_inner2),
    MP_ROM_QSTR(MP_QSTR_iterate),
    MP_ROM_QSTR(MP_QSTR_k),
    MP_ROM_QSTR(MP_QSTR_key),
    MP_ROM_QSTR(MP_QSTR_kind),
    MP_ROM_QSTR(MP_QSTR_lookup),
    MP_ROM_QSTR(MP_QSTR_loop_mutating),
    MP_ROM_QSTR(MP_QSTR_made),
    MP_ROM_QSTR(MP_QSTR_make_error),
    MP_ROM_QSTR(MP_QSTR_msg),
    MP_ROM_QSTR(MP_QSTR_n),
    MP_ROM_QSTR(MP_QSTR_name),
    MP_ROM_QSTR(MP_QSTR_nested),
    MP_ROM_QSTR(MP_QSTR_nothing),
    MP_ROM_QSTR(MP_QSTR_obj),
    MP_ROM_QSTR(MP_QSTR_ok),
    MP_ROM_QSTR(MP_QSTR_original),
    MP_ROM_QSTR(MP_QSTR_outer),
    MP_ROM_QSTR(MP_QSTR_outer2),
    MP_ROM_QSTR(MP_QSTR_overflow),
    MP_ROM_QSTR(MP_QSTR_r1),
    MP_ROM_QSTR(MP_QSTR_r2),
    MP_ROM_QSTR(MP_QSTR_r3),
    MP_ROM_QSTR(MP_QSTR_raise_args),
    MP_ROM_QSTR(MP_QSTR_raise_bus),
    MP_ROM_QSTR(MP_QSTR_raise_catch_loop),
    MP_ROM_QSTR(MP_QSTR_raise_class),
    MP_ROM_QSTR(MP_QSTR_raise_from),
    MP_ROM_QSTR(MP_QSTR_raise_from_bad),
    MP_ROM_QSTR(MP_QSTR_raise_from_custom),
    MP_ROM_QSTR(MP_QSTR_raise_from_none),
    MP_ROM_QSTR(MP_QSTR_raise_instance),
    MP_ROM_QSTR(MP_QSTR_raise_sensor),
    MP_ROM_QSTR(MP_QSTR_raise_value),
    MP_ROM_QSTR(MP_QSTR_reassigned),
    MP_ROM_QSTR(MP_QSTR_recovered),
    MP_ROM_QSTR(MP_QSTR_remove),
    MP_ROM_QSTR(MP_QSTR_reraise),
    MP_ROM_QSTR(MP_QSTR_reraise_after_handling_another),
    MP_ROM_QSTR(MP_QSTR_return_in_except),
    MP_ROM_QSTR(MP_QSTR_return_in_finally),
    MP_ROM_QSTR(MP_QSTR_s),
    MP_ROM_QSTR(MP_QSTR_second),
    MP_ROM_QSTR(MP_QSTR_self),
    MP_ROM_QSTR(MP_QSTR_sensor),
    MP_ROM_QSTR(MP_QSTR_seq),
    MP_ROM_QSTR(MP_QSTR_super),
    MP_ROM_QSTR(MP_QSTR_suppress),
    MP_ROM_QSTR(MP_QSTR_swallowed),
    MP_ROM_QSTR(MP_QSTR_sys),
    MP_ROM_QSTR(MP_QSTR_tb),
    MP_ROM_QSTR(MP_QSTR_trace),
    MP_ROM_QSTR(MP_QSTR_try),
    MP_ROM_QSTR(MP_QSTR_types),
    MP_ROM_QSTR(MP_QSTR_unhashable),
    MP_ROM_QSTR(MP_QSTR_unorderable),
    MP_ROM_QSTR(MP_QSTR_v),
    MP_ROM_QSTR(MP_QSTR_value),
    MP_ROM_QSTR(MP_QSTR_values),
    MP_ROM_QSTR(MP_QSTR_with_exit_raises),
    MP_ROM_QSTR(MP_QSTR_with_nested),
    MP_ROM_QSTR(MP_QSTR_with_ok),
    MP_ROM_QSTR(MP_QSTR_with_raises),
    MP_ROM_QSTR(MP_QSTR_with_return),
    MP_ROM_QSTR(MP_QSTR_with_user),
    MP_ROM_QSTR(MP_QSTR_wrapped),
    MP_ROM_QSTR(MP_QSTR_x),
};
/* Cython's cached tuples of constants, in ROM. */
static const mp_rom_obj_tuple_t __pyx_rom_tuple_0 = {{&mp_type_tuple}, 2, {MP_ROM_QSTR(MP_QSTR_made), MP_ROM_INT(1)}};
static const mp_rom_obj_tuple_t __pyx_rom_tuple_1 = {{&mp_type_tuple}, 3, {MP_ROM_NONE, MP_ROM_NONE, MP_ROM_NONE}};
static const mp_rom_obj_tuple_t __pyx_rom_tuple_2 = {{&mp_type_tuple}, 2, {MP_ROM_QSTR(MP_QSTR_inner), MP_ROM_TRUE}};
static const mp_rom_obj_tuple_t __pyx_rom_tuple_3 = {{&mp_type_tuple}, 1, {MP_ROM_NONE}};
static const mp_rom_obj_tuple_t __pyx_rom_tuple_4 = {{&mp_type_tuple}, 1, {MP_ROM_FALSE}};
#define __pyx_int_0 __pyx_number_tab[0]
#define __pyx_int_1 __pyx_number_tab[1]
#define __pyx_int_2 __pyx_number_tab[2]
#define __pyx_int_3 __pyx_number_tab[3]
#define __pyx_int_5 __pyx_number_tab[4]
#define __pyx_int_6 __pyx_number_tab[5]

/* #### Code section: module_code ### */

/* "errors_flow.pyx":14
 *
 * class SensorError(DeviceError):
 *     def __init__(self, sensor, code):             # <<<<<<<<<<<<<<
 *         super().__init__(sensor, code)
 *         self.sensor = sensor
*/

/* Python wrapper */
static mp_obj_t __pyx_pw_11errors_flow_11SensorError_1__init__(mp_obj_t __pyx_self,

mp_obj_t const *__pyx_args, mp_int_t __pyx_nargs, mp_obj_t __pyx_kwds

); /*proto*/
static cy_PyMethodDef __pyx_mdef_11errors_flow_11SensorError_1__init__ = {"__init__", (cy_PyCFunction)(void(*)(void))(cy_Pyx_PyCFunction_FastCallWithKeywords)__pyx_pw_11errors_flow_11SensorError_1__init__, cy_Pyx_METH_FASTCALL|cy_METH_KEYWORDS, 0};
static mp_obj_t __pyx_pw_11errors_flow_11SensorError_1__init__(mp_obj_t __pyx_self,

mp_obj_t const *__pyx_args, mp_int_t __pyx_nargs, mp_obj_t __pyx_kwds

) {
  mp_obj_t __pyx_v_self = 0;
  mp_obj_t __pyx_v_sensor = 0;
  mp_obj_t __pyx_v_code = 0;

  CYTHON_UNUSED mp_obj_t const *__pyx_kwvalues;
  mp_obj_t values[3]          ;
  int __pyx_lineno = 0;
  const char *__pyx_filename = NULL;
  int __pyx_clineno = 0;
  mp_obj_t __pyx_r = 0;
  __Pyx_RefNannyDeclarations

  __pyx_kwvalues = cy_Pyx_KwValues_FASTCALL(__pyx_args, __pyx_nargs);
  {
static mp_obj_t * const __pyx_pyargnames[] = { &__pyx_n_u_self, &__pyx_n_u_sensor,
&__pyx_n_u_code, 0 };
static const cy_Pyx_ArgSpec __pyx_argspec = { "__init__",
__pyx_pyargnames, 3, 3, 3, 0,
0, 0,

cy_Pyx_ARGS_EXACT|cy_Pyx_ARGS_KEYWORDS|cy_Pyx_ARGS_CLEAR };
if (MP_LIKELY(!!(!__pyx_kwds && __pyx_nargs == 3))) {
values[0] = __pyx_args[0];
values[1] =
__pyx_args[1]; values[2] = __pyx_args[2];
} else if (cy_Pyx_ParseArgs(&__pyx_argspec, __pyx_args, __pyx_nargs, __pyx_kwds, values) < 0) {

do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 14; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L3_error; } while (0); }

    __pyx_v_self = values[0];
    __pyx_v_sensor = values[1];
    __pyx_v_code = values[2];
  }

  goto __pyx_L4_argument_unpacking_done;
  __pyx_L3_error:;
  for (mp_int_t __pyx_temp=0; __pyx_temp < (mp_int_t)(sizeof(values)/sizeof(values[0])); ++__pyx_temp) {

  }
  __pyx_traceback_0(".SensorError.__init__", __pyx_lineno);

  return NULL;
  __pyx_L4_argument_unpacking_done:;
  __pyx_r = __pyx_pf_11errors_flow_11SensorError___init__(__pyx_self, __pyx_v_self, __pyx_v_sensor, __pyx_v_code);

  /* function exit code */
  for (mp_int_t __pyx_temp=0; __pyx_temp < (mp_int_t)(sizeof(values)/sizeof(values[0])); ++__pyx_temp) {

  }

  return __pyx_r;
}

static mp_obj_t __pyx_pf_11errors_flow_11SensorError___init__(CYTHON_UNUSED mp_obj_t __pyx_self, mp_obj_t __pyx_v_self, mp_obj_t __pyx_v_sensor, mp_obj_t __pyx_v_code) {
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

  /* "errors_flow.pyx":15
 * class SensorError(DeviceError):
 *     def __init__(self, sensor, code):
 *         super().__init__(sensor, code)             # <<<<<<<<<<<<<<
 *         self.sensor = sensor
 *         self.code = code
*/
  __pyx_t_4 = NULL;
  __pyx_t_5 = cy_Pyx_CyFunction_GetClassObj(__pyx_self);
  if (!__pyx_t_5) { cy_PyErr_SetString(MP_OBJ_FROM_PTR(&mp_type_RuntimeError), "super(): empty __class__ cell"); do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 15; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0); }

  __pyx_t_6 = 1;
  {
    mp_obj_t __pyx_callargs[3] = {__pyx_t_4, __pyx_t_5, __pyx_v_self};
    __pyx_t_3 = cy_Pyx_PyObject_FastCall((mp_obj_t)__pyx_builtin_super, __pyx_callargs+__pyx_t_6, (3-__pyx_t_6) | (__pyx_t_6*cy_Pyx_PY_VECTORCALL_ARGUMENTS_OFFSET));
     __pyx_t_4 = 0;
     __pyx_t_5 = 0;
    if (MP_UNLIKELY(!!(!__pyx_t_3))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 15; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

  }
  __pyx_t_2 = __pyx_t_3;

  __pyx_t_6 = 0;
  {
    mp_obj_t __pyx_callargs[3] = {__pyx_t_2, __pyx_v_sensor, __pyx_v_code};
    __pyx_t_1 = cy_Pyx_PyObject_FastCallMethod((mp_obj_t)__pyx_n_u_init, __pyx_callargs+__pyx_t_6, (3-__pyx_t_6) | (1*cy_Pyx_PY_VECTORCALL_ARGUMENTS_OFFSET));
     __pyx_t_2 = 0;
     __pyx_t_3 = 0;
    if (MP_UNLIKELY(!!(!__pyx_t_1))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 15; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

  }
   __pyx_t_1 = 0;

  /* "errors_flow.pyx":16
 *     def __init__(self, sensor, code):
 *         super().__init__(sensor, code)
 *         self.sensor = sensor             # <<<<<<<<<<<<<<
 *         self.code = code
 *
*/
  if (cy_Pyx_PyObject_SetAttrStr(__pyx_v_self, __pyx_n_u_sensor, __pyx_v_sensor) < (0)) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 16; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

  /* "errors_flow.pyx":17
 *         super().__init__(sensor, code)
 *         self.sensor = sensor
 *         self.code = code             # <<<<<<<<<<<<<<
 *
 *     def __str__(self):
*/
  if (cy_Pyx_PyObject_SetAttrStr(__pyx_v_self, __pyx_n_u_code, __pyx_v_code) < (0)) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 17; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

  /* "errors_flow.pyx":14
 *
 * class SensorError(DeviceError):
 *     def __init__(self, sensor, code):             # <<<<<<<<<<<<<<
 *         super().__init__(sensor, code)
 *         self.sensor = sensor
*/

  /* function exit code */
  __pyx_r = mp_const_none;
  goto __pyx_L0;
  __pyx_L1_error:;

  __pyx_traceback_0(".SensorError.__init__", __pyx_lineno);
  __pyx_r = NULL;
  __pyx_L0:;

  return __pyx_r;
}

/* "errors_flow.pyx":19
 *         self.code = code
 *
 *     def __str__(self):             # <<<<<<<<<<<<<<
 *         return "sensor %s failed with code %d" % (self.sensor, self.code)
 *
*/

/* Python wrapper */
static mp_obj_t __pyx_pw_11errors_flow_11SensorError_3__str__(mp_obj_t __pyx_self,

mp_obj_t const *__pyx_args, mp_int_t __pyx_nargs, mp_obj_t __pyx_kwds

); /*proto*/
static cy_PyMethodDef __pyx_mdef_11errors_flow_11SensorError_3__str__ = {"__str__", (cy_PyCFunction)(void(*)(void))(cy_Pyx_PyCFunction_FastCallWithKeywords)__pyx_pw_11errors_flow_11SensorError_3__str__, cy_Pyx_METH_FASTCALL|cy_METH_KEYWORDS, 0};
static mp_obj_t __pyx_pw_11errors_flow_11SensorError_3__str__(mp_obj_t __pyx_self,

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
static const cy_Pyx_ArgSpec __pyx_argspec = { "__str__",
__pyx_pyargnames, 1, 1, 1, 0,
0, 0,

cy_Pyx_ARGS_EXACT|cy_Pyx_ARGS_KEYWORDS|cy_Pyx_ARGS_CLEAR };
if (MP_LIKELY(!!(!__pyx_kwds && __pyx_nargs == 1))) {
values[0] = __pyx_args[0];
} else if
(cy_Pyx_ParseArgs(&__pyx_argspec, __pyx_args,

__pyx_nargs, __pyx_kwds, values) < 0) {
do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 19; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L3_error; } while (0); }

    __pyx_v_self = values[0];
  }

  goto __pyx_L4_argument_unpacking_done;
  __pyx_L3_error:;
  for (mp_int_t __pyx_temp=0; __pyx_temp < (mp_int_t)(sizeof(values)/sizeof(values[0])); ++__pyx_temp) {

  }
  __pyx_traceback_0(".SensorError.__str__", __pyx_lineno);

  return NULL;
  __pyx_L4_argument_unpacking_done:;
  __pyx_r = __pyx_pf_11errors_flow_11SensorError_2__str__(__pyx_self, __pyx_v_self);

  /* function exit code */
  for (mp_int_t __pyx_temp=0; __pyx_temp < (mp_int_t)(sizeof(values)/sizeof(values[0])); ++__pyx_temp) {

  }

  return __pyx_r;
}

static mp_obj_t __pyx_pf_11errors_flow_11SensorError_2__str__(CYTHON_UNUSED mp_obj_t __pyx_self, mp_obj_t __pyx_v_self) {
  mp_obj_t __pyx_r = NULL;
  __Pyx_RefNannyDeclarations
  mp_obj_t __pyx_t_1 = NULL;
  mp_obj_t __pyx_t_2 = NULL;
  mp_obj_t __pyx_t_3 = NULL;
  mp_obj_t __pyx_t_4[4];
  mp_int_t __pyx_t_5;
  int __pyx_t_6;
  int __pyx_lineno = 0;
  const char *__pyx_filename = NULL;
  int __pyx_clineno = 0;

  /* "errors_flow.pyx":20
 *
 *     def __str__(self):
 *         return "sensor %s failed with code %d" % (self.sensor, self.code)             # <<<<<<<<<<<<<<
 *
 *
*/
  __pyx_t_1 = cy_Pyx_PyObject_GetAttrStr(__pyx_v_self, __pyx_n_u_sensor); if (MP_UNLIKELY(!!(!__pyx_t_1))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 20; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

  __pyx_t_2 = cy_Pyx_PyObject_FormatSimpleAndDecref(cy_PyObject_Str(__pyx_t_1), __pyx_mstate_global->__pyx_empty_unicode); if (MP_UNLIKELY(!!(!__pyx_t_2))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 20; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

   __pyx_t_1 = 0;
  __pyx_t_1 = cy_Pyx_PyObject_GetAttrStr(__pyx_v_self, __pyx_n_u_code); if (MP_UNLIKELY(!!(!__pyx_t_1))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 20; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

  __pyx_t_3 = cy_Pyx_PyObject_FormatAndDecref(cy_Pyx_PyNumber_Long(__pyx_t_1), __pyx_n_u_d); if (MP_UNLIKELY(!!(!__pyx_t_3))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 20; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

   __pyx_t_1 = 0;
  __pyx_t_4[0] = __pyx_kp_u_sensor_2;
  __pyx_t_4[1] = __pyx_t_2;
  __pyx_t_4[2] = __pyx_kp_u_failed_with_code;
  __pyx_t_4[3] = __pyx_t_3;
  __pyx_t_5 = 25;

  __pyx_t_6 = 0;

  __pyx_t_1 = cy_Pyx_PyUnicode_Join(__pyx_t_4, 4, __pyx_t_5, __pyx_t_6);
  if (MP_UNLIKELY(!!(!__pyx_t_1))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 20; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

   __pyx_t_2 = 0;
   __pyx_t_3 = 0;
  {
    mp_obj_t __pyx_temp;
    {
      __pyx_temp = __pyx_r;
      __pyx_r = __pyx_t_1;
    }

  }
  __pyx_t_1 = 0;
  goto __pyx_L0;

  /* "errors_flow.pyx":19
 *         self.code = code
 *
 *     def __str__(self):             # <<<<<<<<<<<<<<
 *         return "sensor %s failed with code %d" % (self.sensor, self.code)
 *
*/

  /* function exit code */
  __pyx_L1_error:;

  __pyx_traceback_0(".SensorError.__str__", __pyx_lineno);
  __pyx_r = NULL;
  __pyx_L0:;

  return __pyx_r;
}

/* "errors_flow.pyx":31
 *
 *
 * def raise_value(msg):             # <<<<<<<<<<<<<<
 *     raise ValueError(msg)
 *
*/

/* Python wrapper */
static mp_obj_t __pyx_pw_11errors_flow_1raise_value(mp_obj_t __pyx_self,

mp_obj_t const *__pyx_args, mp_int_t __pyx_nargs, mp_obj_t __pyx_kwds

); /*proto*/
static cy_PyMethodDef __pyx_mdef_11errors_flow_1raise_value = {"raise_value", (cy_PyCFunction)(void(*)(void))(cy_Pyx_PyCFunction_FastCallWithKeywords)__pyx_pw_11errors_flow_1raise_value, cy_Pyx_METH_FASTCALL|cy_METH_KEYWORDS, 0};
static mp_obj_t __pyx_pw_11errors_flow_1raise_value(mp_obj_t __pyx_self,

mp_obj_t const *__pyx_args, mp_int_t __pyx_nargs, mp_obj_t __pyx_kwds

) {
  mp_obj_t __pyx_v_msg = 0;

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
&__pyx_n_u_msg, 0 };
static const cy_Pyx_ArgSpec __pyx_argspec = { "raise_value",
__pyx_pyargnames, 1, 1, 1, 0,
0, 0,

cy_Pyx_ARGS_EXACT|cy_Pyx_ARGS_KEYWORDS|cy_Pyx_ARGS_CLEAR };
if (MP_LIKELY(!!(!__pyx_kwds && __pyx_nargs == 1))) {
values[0] = __pyx_args[0];
} else if
(cy_Pyx_ParseArgs(&__pyx_argspec, __pyx_args,

__pyx_nargs, __pyx_kwds, values) < 0) {
do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 31; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L3_error; } while (0); }

    __pyx_v_msg = values[0];
  }

  goto __pyx_L4_argument_unpacking_done;
  __pyx_L3_error:;
  for (mp_int_t __pyx_temp=0; __pyx_temp < (mp_int_t)(sizeof(values)/sizeof(values[0])); ++__pyx_temp) {

  }
  __pyx_traceback_0(".raise_value", __pyx_lineno);

  return NULL;
  __pyx_L4_argument_unpacking_done:;
  __pyx_r = __pyx_pf_11errors_flow_raise_value(__pyx_self, __pyx_v_msg);

  /* function exit code */
  for (mp_int_t __pyx_temp=0; __pyx_temp < (mp_int_t)(sizeof(values)/sizeof(values[0])); ++__pyx_temp) {

  }

  return __pyx_r;
}

static mp_obj_t __pyx_pf_11errors_flow_raise_value(CYTHON_UNUSED mp_obj_t __pyx_self, mp_obj_t __pyx_v_msg) {
  mp_obj_t __pyx_r = NULL;
  __Pyx_RefNannyDeclarations
  mp_obj_t __pyx_t_1 = NULL;
  mp_obj_t __pyx_t_2 = NULL;
  size_t __pyx_t_3;
  int __pyx_lineno = 0;
  const char *__pyx_filename = NULL;
  int __pyx_clineno = 0;

  /* "errors_flow.pyx":32
 *
 * def raise_value(msg):
 *     raise ValueError(msg)             # <<<<<<<<<<<<<<
 *
 *
*/
  __pyx_t_2 = NULL;
  __pyx_t_3 = 1;
  {
    mp_obj_t __pyx_callargs[2] = {__pyx_t_2, __pyx_v_msg};
    __pyx_t_1 = cy_Pyx_PyObject_FastCall((mp_obj_t)(((cy_PyTypeObject*)MP_OBJ_FROM_PTR(&mp_type_ValueError))), __pyx_callargs+__pyx_t_3, (2-__pyx_t_3) | (__pyx_t_3*cy_Pyx_PY_VECTORCALL_ARGUMENTS_OFFSET));
     __pyx_t_2 = 0;
    if (MP_UNLIKELY(!!(!__pyx_t_1))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 32; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

  }
  cy_Pyx_Raise(__pyx_t_1, 0, 0, 0);
   __pyx_t_1 = 0;
  do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 32; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

  /* "errors_flow.pyx":31
 *
 *
 * def raise_value(msg):             # <<<<<<<<<<<<<<
 *     raise ValueError(msg)
 *
*/

  /* function exit code */
  __pyx_L1_error:;

  __pyx_traceback_0(".raise_value", __pyx_lineno);
  __pyx_r = NULL;

  return __pyx_r;
}

/* "errors_flow.pyx":35
 *
 *
 * def raise_class():             # <<<<<<<<<<<<<<
 *     raise IndexError
 *
*/

/* Python wrapper */
static mp_obj_t __pyx_pw_11errors_flow_3raise_class(mp_obj_t __pyx_self, CYTHON_UNUSED mp_obj_t unused); /*proto*/
static cy_PyMethodDef __pyx_mdef_11errors_flow_3raise_class = {"raise_class", (cy_PyCFunction)__pyx_pw_11errors_flow_3raise_class, cy_METH_NOARGS, 0};
static mp_obj_t __pyx_pw_11errors_flow_3raise_class(mp_obj_t __pyx_self, CYTHON_UNUSED mp_obj_t unused) {
  CYTHON_UNUSED mp_obj_t const *__pyx_kwvalues;
  mp_obj_t __pyx_r = 0;
  __Pyx_RefNannyDeclarations

  __pyx_kwvalues = cy_Pyx_KwValues_VARARGS(__pyx_args, __pyx_nargs);
  __pyx_r = __pyx_pf_11errors_flow_2raise_class(__pyx_self);

  /* function exit code */

  return __pyx_r;
}

static mp_obj_t __pyx_pf_11errors_flow_2raise_class(CYTHON_UNUSED mp_obj_t __pyx_self) {
  mp_obj_t __pyx_r = NULL;
  __Pyx_RefNannyDeclarations
  int __pyx_lineno = 0;
  const char *__pyx_filename = NULL;
  int __pyx_clineno = 0;

  /* "errors_flow.pyx":36
 *
 * def raise_class():
 *     raise IndexError             # <<<<<<<<<<<<<<
 *
 *
*/
  cy_Pyx_Raise(((mp_obj_t )(((cy_PyTypeObject*)MP_OBJ_FROM_PTR(&mp_type_IndexError)))), 0, 0, 0);
  do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 36; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

  /* "errors_flow.pyx":35
 *
 *
 * def raise_class():             # <<<<<<<<<<<<<<
 *     raise IndexError
 *
*/

  /* function exit code */
  __pyx_L1_error:;
  __pyx_traceback_0(".raise_class", __pyx_lineno);
  __pyx_r = NULL;

  return __pyx_r;
}

/* "errors_flow.pyx":39
 *
 *
 * def raise_args(*args):             # <<<<<<<<<<<<<<
 *     raise RuntimeError(*args)
 *
*/

/* Python wrapper */
static mp_obj_t __pyx_pw_11errors_flow_5raise_args(mp_obj_t __pyx_self, mp_obj_t __pyx_args, mp_obj_t __pyx_kwds); /*proto*/
static cy_PyMethodDef __pyx_mdef_11errors_flow_5raise_args = {"raise_args", (cy_PyCFunction)(void(*)(void))(cy_PyCFunctionWithKeywords)__pyx_pw_11errors_flow_5raise_args, cy_METH_VARARGS|cy_METH_KEYWORDS, 0};
static mp_obj_t __pyx_pw_11errors_flow_5raise_args(mp_obj_t __pyx_self, mp_obj_t __pyx_args, mp_obj_t __pyx_kwds) {
  mp_obj_t __pyx_v_args = 0;
  CYTHON_UNUSED mp_int_t __pyx_nargs;
  CYTHON_UNUSED mp_obj_t const *__pyx_kwvalues;
  mp_obj_t __pyx_r = 0;
  __Pyx_RefNannyDeclarations

  __pyx_nargs = cy_PyTuple_Size(__pyx_args); if (MP_UNLIKELY(!!(__pyx_nargs < 0))) return NULL;

  __pyx_kwvalues = cy_Pyx_KwValues_VARARGS(__pyx_args, __pyx_nargs);
  const mp_int_t __pyx_kwds_len = MP_UNLIKELY(!!(__pyx_kwds)) ? cy_Pyx_NumKwargs_VARARGS(__pyx_kwds) : 0;
  if (MP_UNLIKELY(!!(__pyx_kwds_len < 0))) return NULL;
  if (MP_UNLIKELY(!!(__pyx_kwds_len > 0))) {cy_Pyx_RejectKeywords("raise_args", __pyx_kwds); return NULL;}

  __pyx_v_args = __pyx_args;
  __pyx_r = __pyx_pf_11errors_flow_4raise_args(__pyx_self, __pyx_v_args);

  /* function exit code */

  return __pyx_r;
}

static mp_obj_t __pyx_pf_11errors_flow_4raise_args(CYTHON_UNUSED mp_obj_t __pyx_self, mp_obj_t __pyx_v_args) {
  mp_obj_t __pyx_r = NULL;
  __Pyx_RefNannyDeclarations
  mp_obj_t __pyx_t_1 = NULL;
  int __pyx_lineno = 0;
  const char *__pyx_filename = NULL;
  int __pyx_clineno = 0;

  /* "errors_flow.pyx":40
 *
 * def raise_args(*args):
 *     raise RuntimeError(*args)             # <<<<<<<<<<<<<<
 *
 *
*/
  __pyx_t_1 = cy_Pyx_PyObject_Call(((mp_obj_t )(((cy_PyTypeObject*)MP_OBJ_FROM_PTR(&mp_type_RuntimeError)))), __pyx_v_args, NULL); if (MP_UNLIKELY(!!(!__pyx_t_1))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 40; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

  cy_Pyx_Raise(__pyx_t_1, 0, 0, 0);
   __pyx_t_1 = 0;
  do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 40; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

  /* "errors_flow.pyx":39
 *
 *
 * def raise_args(*args):             # <<<<<<<<<<<<<<
 *     raise RuntimeError(*args)
 *
*/

  /* function exit code */
  __pyx_L1_error:;

  __pyx_traceback_0(".raise_args", __pyx_lineno);
  __pyx_r = NULL;

  return __pyx_r;
}

/* "errors_flow.pyx":43
 *
 *
 * def raise_instance(exc):             # <<<<<<<<<<<<<<
 *     raise exc
 *
*/

/* Python wrapper */
static mp_obj_t __pyx_pw_11errors_flow_7raise_instance(mp_obj_t __pyx_self,

mp_obj_t const *__pyx_args, mp_int_t __pyx_nargs, mp_obj_t __pyx_kwds

); /*proto*/
static cy_PyMethodDef __pyx_mdef_11errors_flow_7raise_instance = {"raise_instance", (cy_PyCFunction)(void(*)(void))(cy_Pyx_PyCFunction_FastCallWithKeywords)__pyx_pw_11errors_flow_7raise_instance, cy_Pyx_METH_FASTCALL|cy_METH_KEYWORDS, 0};
static mp_obj_t __pyx_pw_11errors_flow_7raise_instance(mp_obj_t __pyx_self,

mp_obj_t const *__pyx_args, mp_int_t __pyx_nargs, mp_obj_t __pyx_kwds

) {
  mp_obj_t __pyx_v_exc = 0;

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
&__pyx_n_u_exc, 0 };
static const cy_Pyx_ArgSpec __pyx_argspec = { "raise_instance",
__pyx_pyargnames, 1, 1, 1, 0,
0, 0,

cy_Pyx_ARGS_EXACT|cy_Pyx_ARGS_KEYWORDS|cy_Pyx_ARGS_CLEAR };
if (MP_LIKELY(!!(!__pyx_kwds && __pyx_nargs == 1))) {
values[0] = __pyx_args[0];
} else if
(cy_Pyx_ParseArgs(&__pyx_argspec, __pyx_args,

__pyx_nargs, __pyx_kwds, values) < 0) {
do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 43; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L3_error; } while (0); }

    __pyx_v_exc = values[0];
  }

  goto __pyx_L4_argument_unpacking_done;
  __pyx_L3_error:;
  for (mp_int_t __pyx_temp=0; __pyx_temp < (mp_int_t)(sizeof(values)/sizeof(values[0])); ++__pyx_temp) {

  }
  __pyx_traceback_0(".raise_instance", __pyx_lineno);

  return NULL;
  __pyx_L4_argument_unpacking_done:;
  __pyx_r = __pyx_pf_11errors_flow_6raise_instance(__pyx_self, __pyx_v_exc);

  /* function exit code */
  for (mp_int_t __pyx_temp=0; __pyx_temp < (mp_int_t)(sizeof(values)/sizeof(values[0])); ++__pyx_temp) {

  }

  return __pyx_r;
}

static mp_obj_t __pyx_pf_11errors_flow_6raise_instance(CYTHON_UNUSED mp_obj_t __pyx_self, mp_obj_t __pyx_v_exc) {
  mp_obj_t __pyx_r = NULL;
  __Pyx_RefNannyDeclarations
  int __pyx_lineno = 0;
  const char *__pyx_filename = NULL;
  int __pyx_clineno = 0;

  /* "errors_flow.pyx":44
 *
 * def raise_instance(exc):
 *     raise exc             # <<<<<<<<<<<<<<
 *
 *
*/
  cy_Pyx_Raise(__pyx_v_exc, 0, 0, 0);
  do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 44; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

  /* "errors_flow.pyx":43
 *
 *
 * def raise_instance(exc):             # <<<<<<<<<<<<<<
 *     raise exc
 *
*/

  /* function exit code */
  __pyx_L1_error:;
  __pyx_traceback_0(".raise_instance", __pyx_lineno);
  __pyx_r = NULL;

  return __pyx_r;
}

/* "errors_flow.pyx":47
 *
 *
 * def raise_sensor(name, int code):             # <<<<<<<<<<<<<<
 *     raise SensorError(name, code)
 *
*/

/* Python wrapper */
static mp_obj_t __pyx_pw_11errors_flow_9raise_sensor(mp_obj_t __pyx_self,

mp_obj_t const *__pyx_args, mp_int_t __pyx_nargs, mp_obj_t __pyx_kwds

); /*proto*/
static cy_PyMethodDef __pyx_mdef_11errors_flow_9raise_sensor = {"raise_sensor", (cy_PyCFunction)(void(*)(void))(cy_Pyx_PyCFunction_FastCallWithKeywords)__pyx_pw_11errors_flow_9raise_sensor, cy_Pyx_METH_FASTCALL|cy_METH_KEYWORDS, 0};
static mp_obj_t __pyx_pw_11errors_flow_9raise_sensor(mp_obj_t __pyx_self,

mp_obj_t const *__pyx_args, mp_int_t __pyx_nargs, mp_obj_t __pyx_kwds

) {
  mp_obj_t __pyx_v_name = 0;
  int __pyx_v_code;

  CYTHON_UNUSED mp_obj_t const *__pyx_kwvalues;
  mp_obj_t values[2]        ;
  int __pyx_lineno = 0;
  const char *__pyx_filename = NULL;
  int __pyx_clineno = 0;
  mp_obj_t __pyx_r = 0;
  __Pyx_RefNannyDeclarations

  __pyx_kwvalues = cy_Pyx_KwValues_FASTCALL(__pyx_args, __pyx_nargs);
  {
static mp_obj_t * const __pyx_pyargnames[] = { &__pyx_n_u_name,
&__pyx_n_u_code, 0 };
static const cy_Pyx_ArgSpec __pyx_argspec = { "raise_sensor",
__pyx_pyargnames, 2, 2, 2, 0,
0, 0,

cy_Pyx_ARGS_EXACT|cy_Pyx_ARGS_KEYWORDS|cy_Pyx_ARGS_CLEAR };
if (MP_LIKELY(!!(!__pyx_kwds && __pyx_nargs == 2))) {
values[0] = __pyx_args[0];
values[1] =
__pyx_args[1];
} else if (cy_Pyx_ParseArgs(&__pyx_argspec, __pyx_args, __pyx_nargs, __pyx_kwds, values) < 0) {

do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 47; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L3_error; } while (0); }

    __pyx_v_name = values[0];
    __pyx_v_code = cy_Pyx_PyLong_As_int(values[1]); if (MP_UNLIKELY(!!((__pyx_v_code == (int)-1) && cy_PyErr_Occurred()))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 47; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L3_error; } while (0);
  }

  goto __pyx_L4_argument_unpacking_done;
  __pyx_L3_error:;
  for (mp_int_t __pyx_temp=0; __pyx_temp < (mp_int_t)(sizeof(values)/sizeof(values[0])); ++__pyx_temp) {

  }
  __pyx_traceback_0(".raise_sensor", __pyx_lineno);

  return NULL;
  __pyx_L4_argument_unpacking_done:;
  __pyx_r = __pyx_pf_11errors_flow_8raise_sensor(__pyx_self, __pyx_v_name, __pyx_v_code);

  /* function exit code */
  for (mp_int_t __pyx_temp=0; __pyx_temp < (mp_int_t)(sizeof(values)/sizeof(values[0])); ++__pyx_temp) {

  }

  return __pyx_r;
}

static mp_obj_t __pyx_pf_11errors_flow_8raise_sensor(CYTHON_UNUSED mp_obj_t __pyx_self, mp_obj_t __pyx_v_name, int __pyx_v_code) {
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

  /* "errors_flow.pyx":48
 *
 * def raise_sensor(name, int code):
 *     raise SensorError(name, code)             # <<<<<<<<<<<<<<
 *
 *
*/
  __pyx_t_2 = NULL;
  cy_Pyx_GetModuleGlobalName(__pyx_t_3, __pyx_n_u_SensorError); if (MP_UNLIKELY(!!(!__pyx_t_3))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 48; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

  __pyx_t_4 = cy_Pyx_PyLong_From_int(__pyx_v_code); if (MP_UNLIKELY(!!(!__pyx_t_4))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 48; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

  __pyx_t_5 = 1;

  {
    mp_obj_t __pyx_callargs[3] = {__pyx_t_2, __pyx_v_name, __pyx_t_4};
    __pyx_t_1 = cy_Pyx_PyObject_FastCall((mp_obj_t)__pyx_t_3, __pyx_callargs+__pyx_t_5, (3-__pyx_t_5) | (__pyx_t_5*cy_Pyx_PY_VECTORCALL_ARGUMENTS_OFFSET));
     __pyx_t_2 = 0;
     __pyx_t_4 = 0;
     __pyx_t_3 = 0;
    if (MP_UNLIKELY(!!(!__pyx_t_1))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 48; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

  }
  cy_Pyx_Raise(__pyx_t_1, 0, 0, 0);
   __pyx_t_1 = 0;
  do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 48; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

  /* "errors_flow.pyx":47
 *
 *
 * def raise_sensor(name, int code):             # <<<<<<<<<<<<<<
 *     raise SensorError(name, code)
 *
*/

  /* function exit code */
  __pyx_L1_error:;

  __pyx_traceback_0(".raise_sensor", __pyx_lineno);
  __pyx_r = NULL;

  return __pyx_r;
}

/* "errors_flow.pyx":51
 *
 *
 * def raise_bus():             # <<<<<<<<<<<<<<
 *     raise BusError("bus %d stuck" % 3)
 *
*/

/* Python wrapper */
static mp_obj_t __pyx_pw_11errors_flow_11raise_bus(mp_obj_t __pyx_self, CYTHON_UNUSED mp_obj_t unused); /*proto*/
static cy_PyMethodDef __pyx_mdef_11errors_flow_11raise_bus = {"raise_bus", (cy_PyCFunction)__pyx_pw_11errors_flow_11raise_bus, cy_METH_NOARGS, 0};
static mp_obj_t __pyx_pw_11errors_flow_11raise_bus(mp_obj_t __pyx_self, CYTHON_UNUSED mp_obj_t unused) {
  CYTHON_UNUSED mp_obj_t const *__pyx_kwvalues;
  mp_obj_t __pyx_r = 0;
  __Pyx_RefNannyDeclarations

  __pyx_kwvalues = cy_Pyx_KwValues_VARARGS(__pyx_args, __pyx_nargs);
  __pyx_r = __pyx_pf_11errors_flow_10raise_bus(__pyx_self);

  /* function exit code */

  return __pyx_r;
}

static mp_obj_t __pyx_pf_11errors_flow_10raise_bus(CYTHON_UNUSED mp_obj_t __pyx_self) {
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

  /* "errors_flow.pyx":52
 *
 * def raise_bus():
 *     raise BusError("bus %d stuck" % 3)             # <<<<<<<<<<<<<<
 *
 *
*/
  __pyx_t_2 = NULL;
  cy_Pyx_GetModuleGlobalName(__pyx_t_3, __pyx_n_u_BusError); if (MP_UNLIKELY(!!(!__pyx_t_3))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 52; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

  __pyx_t_4 = cy_PyUnicode_Format(__pyx_kp_u_bus_d_stuck, MP_OBJ_NEW_SMALL_INT(3)         ); if (MP_UNLIKELY(!!(!__pyx_t_4))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 52; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

  __pyx_t_5 = 1;

  {
    mp_obj_t __pyx_callargs[2] = {__pyx_t_2, __pyx_t_4};
    __pyx_t_1 = cy_Pyx_PyObject_FastCall((mp_obj_t)__pyx_t_3, __pyx_callargs+__pyx_t_5, (2-__pyx_t_5) | (__pyx_t_5*cy_Pyx_PY_VECTORCALL_ARGUMENTS_OFFSET));
     __pyx_t_2 = 0;
     __pyx_t_4 = 0;
     __pyx_t_3 = 0;
    if (MP_UNLIKELY(!!(!__pyx_t_1))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 52; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

  }
  cy_Pyx_Raise(__pyx_t_1, 0, 0, 0);
   __pyx_t_1 = 0;
  do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 52; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

  /* "errors_flow.pyx":51
 *
 *
 * def raise_bus():             # <<<<<<<<<<<<<<
 *     raise BusError("bus %d stuck" % 3)
 *
*/

  /* function exit code */
  __pyx_L1_error:;

  __pyx_traceback_0(".raise_bus", __pyx_lineno);
  __pyx_r = NULL;

  return __pyx_r;
}

/* "errors_flow.pyx":55
 *
 *
 * def make_error(kind):             # <<<<<<<<<<<<<<
 *     # Exceptions are values too: build one without raising it.
 *     if kind == "device":
*/

/* Python wrapper */
static mp_obj_t __pyx_pw_11errors_flow_13make_error(mp_obj_t __pyx_self,

mp_obj_t const *__pyx_args, mp_int_t __pyx_nargs, mp_obj_t __pyx_kwds

); /*proto*/
static cy_PyMethodDef __pyx_mdef_11errors_flow_13make_error = {"make_error", (cy_PyCFunction)(void(*)(void))(cy_Pyx_PyCFunction_FastCallWithKeywords)__pyx_pw_11errors_flow_13make_error, cy_Pyx_METH_FASTCALL|cy_METH_KEYWORDS, 0};
static mp_obj_t __pyx_pw_11errors_flow_13make_error(mp_obj_t __pyx_self,

mp_obj_t const *__pyx_args, mp_int_t __pyx_nargs, mp_obj_t __pyx_kwds

) {
  mp_obj_t __pyx_v_kind = 0;

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
&__pyx_n_u_kind, 0 };
static const cy_Pyx_ArgSpec __pyx_argspec = { "make_error",
__pyx_pyargnames, 1, 1, 1, 0,
0, 0,

cy_Pyx_ARGS_EXACT|cy_Pyx_ARGS_KEYWORDS|cy_Pyx_ARGS_CLEAR };
if (MP_LIKELY(!!(!__pyx_kwds && __pyx_nargs == 1))) {
values[0] = __pyx_args[0];
} else if
(cy_Pyx_ParseArgs(&__pyx_argspec, __pyx_args,

__pyx_nargs, __pyx_kwds, values) < 0) {
do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 55; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L3_error; } while (0); }

    __pyx_v_kind = values[0];
  }

  goto __pyx_L4_argument_unpacking_done;
  __pyx_L3_error:;
  for (mp_int_t __pyx_temp=0; __pyx_temp < (mp_int_t)(sizeof(values)/sizeof(values[0])); ++__pyx_temp) {

  }
  __pyx_traceback_0(".make_error", __pyx_lineno);

  return NULL;
  __pyx_L4_argument_unpacking_done:;
  __pyx_r = __pyx_pf_11errors_flow_12make_error(__pyx_self, __pyx_v_kind);

  /* function exit code */
  for (mp_int_t __pyx_temp=0; __pyx_temp < (mp_int_t)(sizeof(values)/sizeof(values[0])); ++__pyx_temp) {

  }

  return __pyx_r;
}

static mp_obj_t __pyx_pf_11errors_flow_12make_error(CYTHON_UNUSED mp_obj_t __pyx_self, mp_obj_t __pyx_v_kind) {
  mp_obj_t __pyx_r = NULL;
  __Pyx_RefNannyDeclarations
  int __pyx_t_1;
  mp_obj_t __pyx_t_2 = NULL;
  mp_obj_t __pyx_t_3 = NULL;
  size_t __pyx_t_4;
  int __pyx_lineno = 0;
  const char *__pyx_filename = NULL;
  int __pyx_clineno = 0;

  /* "errors_flow.pyx":57
 * def make_error(kind):
 *     # Exceptions are values too: build one without raising it.
 *     if kind == "device":             # <<<<<<<<<<<<<<
 *         return DeviceError("made", 1)
 *     return KeyError(kind)
*/
  __pyx_t_1 = cy_Pyx_PyObject_CompareBoolEq_object_str(__pyx_v_kind, __pyx_n_u_device, cy_Py_EQ); if (MP_UNLIKELY(!!((__pyx_t_1 < 0)))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 57; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);
  if (__pyx_t_1) {

    /* "errors_flow.pyx":58
 *     # Exceptions are values too: build one without raising it.
 *     if kind == "device":
 *         return DeviceError("made", 1)             # <<<<<<<<<<<<<<
 *     return KeyError(kind)
 *
*/
    cy_Pyx_GetModuleGlobalName(__pyx_t_2, __pyx_n_u_DeviceError); if (MP_UNLIKELY(!!(!__pyx_t_2))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 58; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

    __pyx_t_3 = cy_Pyx_PyObject_Call(__pyx_t_2, __pyx_mstate_global->__pyx_tuple[0], NULL); if (MP_UNLIKELY(!!(!__pyx_t_3))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 58; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

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

    /* "errors_flow.pyx":57
 * def make_error(kind):
 *     # Exceptions are values too: build one without raising it.
 *     if kind == "device":             # <<<<<<<<<<<<<<
 *         return DeviceError("made", 1)
 *     return KeyError(kind)
*/
  }

  /* "errors_flow.pyx":59
 *     if kind == "device":
 *         return DeviceError("made", 1)
 *     return KeyError(kind)             # <<<<<<<<<<<<<<
 *
 *
*/
  __pyx_t_2 = NULL;
  __pyx_t_4 = 1;
  {
    mp_obj_t __pyx_callargs[2] = {__pyx_t_2, __pyx_v_kind};
    __pyx_t_3 = cy_Pyx_PyObject_FastCall((mp_obj_t)(((cy_PyTypeObject*)MP_OBJ_FROM_PTR(&mp_type_KeyError))), __pyx_callargs+__pyx_t_4, (2-__pyx_t_4) | (__pyx_t_4*cy_Pyx_PY_VECTORCALL_ARGUMENTS_OFFSET));
     __pyx_t_2 = 0;
    if (MP_UNLIKELY(!!(!__pyx_t_3))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 59; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

  }
  {
    mp_obj_t __pyx_temp;
    {
      __pyx_temp = __pyx_r;
      __pyx_r = __pyx_t_3;
    }

  }
  __pyx_t_3 = 0;
  goto __pyx_L0;

  /* "errors_flow.pyx":55
 *
 *
 * def make_error(kind):             # <<<<<<<<<<<<<<
 *     # Exceptions are values too: build one without raising it.
 *     if kind == "device":
*/

  /* function exit code */
  __pyx_L1_error:;

  __pyx_traceback_0(".make_error", __pyx_lineno);
  __pyx_r = NULL;
  __pyx_L0:;

  return __pyx_r;
}

/* "errors_flow.pyx":66
 *
 *
 * def call_and_catch(f, *args):             # <<<<<<<<<<<<<<
 *     try:
 *         result = f(*args)
*/

/* Python wrapper */
static mp_obj_t __pyx_pw_11errors_flow_15call_and_catch(mp_obj_t __pyx_self,

mp_obj_t const *__pyx_args, mp_int_t __pyx_nargs, mp_obj_t __pyx_kwds

); /*proto*/
static cy_PyMethodDef __pyx_mdef_11errors_flow_15call_and_catch = {"call_and_catch", (cy_PyCFunction)(void(*)(void))(cy_Pyx_PyCFunction_FastCallWithKeywords)__pyx_pw_11errors_flow_15call_and_catch, cy_Pyx_METH_FASTCALL|cy_METH_KEYWORDS, 0};
static mp_obj_t __pyx_pw_11errors_flow_15call_and_catch(mp_obj_t __pyx_self,

mp_obj_t const *__pyx_args, mp_int_t __pyx_nargs, mp_obj_t __pyx_kwds

) {
  mp_obj_t __pyx_v_f = 0;
  mp_obj_t __pyx_v_args = 0;

  CYTHON_UNUSED mp_obj_t const *__pyx_kwvalues;
  mp_obj_t values[1] = {0};
  int __pyx_lineno = 0;
  const char *__pyx_filename = NULL;
  int __pyx_clineno = 0;
  mp_obj_t __pyx_r = 0;
  __Pyx_RefNannyDeclarations

  __pyx_kwvalues = cy_Pyx_KwValues_FASTCALL(__pyx_args, __pyx_nargs);
  __pyx_v_args = cy_Pyx_ArgsSlice_FASTCALL(__pyx_args, 1, __pyx_nargs);
  if (MP_UNLIKELY(!!(!__pyx_v_args))) {

    return NULL;
  }

  {
static mp_obj_t * const __pyx_pyargnames[] = {
&__pyx_n_u_f, 0 };
static const cy_Pyx_ArgSpec __pyx_argspec = { "call_and_catch",
__pyx_pyargnames, 1, 1, 1, 0,
0, 0,

cy_Pyx_ARGS_STAR|cy_Pyx_ARGS_KEYWORDS };
if (cy_Pyx_ParseArgs(&__pyx_argspec, __pyx_args, __pyx_nargs, __pyx_kwds, values) < 0) {

do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 66; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L3_error; } while (0); }

    __pyx_v_f = values[0];
  }

  goto __pyx_L4_argument_unpacking_done;
  __pyx_L3_error:;
  for (mp_int_t __pyx_temp=0; __pyx_temp < (mp_int_t)(sizeof(values)/sizeof(values[0])); ++__pyx_temp) {

  }
   __pyx_v_args = 0;
  __pyx_traceback_0(".call_and_catch", __pyx_lineno);

  return NULL;
  __pyx_L4_argument_unpacking_done:;
  __pyx_r = __pyx_pf_11errors_flow_14call_and_catch(__pyx_self, __pyx_v_f, __pyx_v_args);

  /* function exit code */
  for (mp_int_t __pyx_temp=0; __pyx_temp < (mp_int_t)(sizeof(values)/sizeof(values[0])); ++__pyx_temp) {

  }

  return __pyx_r;
}

static mp_obj_t __pyx_pf_11errors_flow_14call_and_catch(CYTHON_UNUSED mp_obj_t __pyx_self, mp_obj_t __pyx_v_f, mp_obj_t __pyx_v_args) {
  mp_obj_t __pyx_v_result = NULL;
  mp_obj_t __pyx_v_e = NULL;
  mp_obj_t __pyx_r = NULL;
  __Pyx_RefNannyDeclarations
  mp_obj_t __pyx_t_1 = NULL;
  mp_obj_t __pyx_t_2 = NULL;
  mp_obj_t __pyx_t_3 = NULL;
  mp_obj_t __pyx_t_4 = NULL;
  int __pyx_t_5;
  mp_obj_t __pyx_t_6 = NULL;
  mp_obj_t __pyx_t_7 = NULL;
  mp_obj_t __pyx_t_8 = NULL;
  mp_obj_t __pyx_t_9 = NULL;
  mp_obj_t __pyx_t_10 = NULL;
  int __pyx_t_11;
  char const *__pyx_t_12;
  mp_obj_t __pyx_t_13 = NULL;
  mp_obj_t __pyx_t_14 = NULL;
  mp_obj_t __pyx_t_15 = NULL;
  mp_obj_t __pyx_t_16 = NULL;
  mp_obj_t __pyx_t_17 = NULL;
  mp_obj_t __pyx_t_18 = NULL;
  mp_obj_t __pyx_t_19 = NULL;
  int __pyx_lineno = 0;
  const char *__pyx_filename = NULL;
  int __pyx_clineno = 0;

  /* "errors_flow.pyx":67
 *
 * def call_and_catch(f, *args):
 *     try:             # <<<<<<<<<<<<<<
 *         result = f(*args)
 *     except (ValueError, TypeError) as e:
*/
  {
    cy_Pyx_PyThreadState_declare;    cy_Pyx_PyThreadState_assign;    cy_Pyx_ExceptionSave(&__pyx_t_1, &__pyx_t_2, &__pyx_t_3);

    /*try:*/ {

      /* "errors_flow.pyx":68
 * def call_and_catch(f, *args):
 *     try:
 *         result = f(*args)             # <<<<<<<<<<<<<<
 *     except (ValueError, TypeError) as e:
 *         return ("value-or-type", type(e).__name__, e.args)
*/
      __pyx_t_4 = cy_Pyx_PyObject_Call(__pyx_v_f, __pyx_v_args, NULL); if (MP_UNLIKELY(!!(!__pyx_t_4))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 68; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L3_error; } while (0);

      __pyx_v_result = __pyx_t_4;
      __pyx_t_4 = 0;

      /* "errors_flow.pyx":67
 *
 * def call_and_catch(f, *args):
 *     try:             # <<<<<<<<<<<<<<
 *         result = f(*args)
 *     except (ValueError, TypeError) as e:
*/
    }

    /* "errors_flow.pyx":78
 *         return ("arith", type(e).__name__)
 *     else:
 *         return ("ok", result)             # <<<<<<<<<<<<<<
 *
 *
*/
    /*else:*/ {
      __pyx_t_4 = cy_PyTuple_New(2); if (MP_UNLIKELY(!!(!__pyx_t_4))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 78; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L5_except_error; } while (0);

      if (cy_Pyx_PyTuple_SET_ITEM(__pyx_t_4, 0, __pyx_n_u_ok) != (0)) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 78; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L5_except_error; } while (0);

      if (cy_Pyx_PyTuple_SET_ITEM(__pyx_t_4, 1, __pyx_v_result) != (0)) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 78; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L5_except_error; } while (0);
      {
        mp_obj_t __pyx_temp;
        {
          __pyx_temp = __pyx_r;
          __pyx_r = __pyx_t_4;
        }

      }
      __pyx_t_4 = 0;
      goto __pyx_L6_except_return;
    }
    __pyx_L3_error:;
     __pyx_t_4 = 0;

    /* "errors_flow.pyx":69
 *     try:
 *         result = f(*args)
 *     except (ValueError, TypeError) as e:             # <<<<<<<<<<<<<<
 *         return ("value-or-type", type(e).__name__, e.args)
 *     except SensorError as e:
*/
    __pyx_t_5 = cy_Pyx_PyErr_ExceptionMatches2(((mp_obj_t )(((cy_PyTypeObject*)MP_OBJ_FROM_PTR(&mp_type_ValueError)))), ((mp_obj_t )(((cy_PyTypeObject*)MP_OBJ_FROM_PTR(&mp_type_TypeError)))));
    if (__pyx_t_5) {
      __pyx_traceback_0(".call_and_catch", __pyx_lineno);
      if (cy_Pyx_GetException(&__pyx_t_4, &__pyx_t_6, &__pyx_t_7) < 0) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 69; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L5_except_error; } while (0);

      __pyx_v_e = ((mp_obj_t)__pyx_t_6);
      /*try:*/ {

        /* "errors_flow.pyx":70
 *         result = f(*args)
 *     except (ValueError, TypeError) as e:
 *         return ("value-or-type", type(e).__name__, e.args)             # <<<<<<<<<<<<<<
 *     except SensorError as e:
 *         return ("sensor", e.sensor, e.code, str(e))
*/
        __pyx_t_8 = cy_Pyx_PyObject_GetAttrStr(((mp_obj_t )cy_Py_TYPE(__pyx_v_e)), __pyx_n_u_name_2); if (MP_UNLIKELY(!!(!__pyx_t_8))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 70; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L14_error; } while (0);

        __pyx_t_9 = cy_Pyx_PyBaseException_get_args(__pyx_v_e); if (MP_UNLIKELY(!!(!__pyx_t_9))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 70; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L14_error; } while (0);

        __pyx_t_10 = cy_PyTuple_New(3); if (MP_UNLIKELY(!!(!__pyx_t_10))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 70; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L14_error; } while (0);

        if (cy_Pyx_PyTuple_SET_ITEM(__pyx_t_10, 0, __pyx_kp_u_value_or_type) != (0)) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 70; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L14_error; } while (0);

        if (cy_Pyx_PyTuple_SET_ITEM(__pyx_t_10, 1, __pyx_t_8) != (0)) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 70; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L14_error; } while (0);

        if (cy_Pyx_PyTuple_SET_ITEM(__pyx_t_10, 2, __pyx_t_9) != (0)) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 70; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L14_error; } while (0);
        __pyx_t_8 = 0;
        __pyx_t_9 = 0;
        {
          mp_obj_t __pyx_temp;
          {
            __pyx_temp = __pyx_r;
            __pyx_r = __pyx_t_10;
          }

        }
        __pyx_t_10 = 0;
         __pyx_t_4 = 0;
         __pyx_t_6 = 0;
         __pyx_t_7 = 0;
        goto __pyx_L13_return;
      }

      /* "errors_flow.pyx":69
 *     try:
 *         result = f(*args)
 *     except (ValueError, TypeError) as e:             # <<<<<<<<<<<<<<
 *         return ("value-or-type", type(e).__name__, e.args)
 *     except SensorError as e:
*/
      /*finally:*/ {
        __pyx_L14_error:;
        /*exception exit:*/{
          cy_Pyx_PyThreadState_declare;          cy_Pyx_PyThreadState_assign;          __pyx_t_13 = 0; __pyx_t_14 = 0; __pyx_t_15 = 0; __pyx_t_16 = 0; __pyx_t_17 = 0; __pyx_t_18 = 0;
           __pyx_t_10 = 0;
           __pyx_t_8 = 0;
           __pyx_t_9 = 0;
           cy_Pyx_ExceptionSwap(&__pyx_t_16, &__pyx_t_17, &__pyx_t_18);
          if ( MP_UNLIKELY(!!(cy_Pyx_GetException(&__pyx_t_13, &__pyx_t_14, &__pyx_t_15) < 0))) cy_Pyx_ErrFetch(&__pyx_t_13, &__pyx_t_14, &__pyx_t_15);

          __pyx_t_5 = __pyx_lineno; __pyx_t_11 = __pyx_clineno; __pyx_t_12 = __pyx_filename;
          {
             __pyx_v_e = 0;
          }

          cy_Pyx_ExceptionReset(__pyx_t_16, __pyx_t_17, __pyx_t_18);

          cy_Pyx_ErrRestore(__pyx_t_13, __pyx_t_14, __pyx_t_15);
          __pyx_t_13 = 0; __pyx_t_14 = 0; __pyx_t_15 = 0; __pyx_t_16 = 0; __pyx_t_17 = 0; __pyx_t_18 = 0;
          __pyx_lineno = __pyx_t_5; __pyx_clineno = __pyx_t_11; __pyx_filename = __pyx_t_12;
          goto __pyx_L5_except_error;
        }
        __pyx_L13_return: {
          __pyx_t_18 = __pyx_r;
          __pyx_r = 0;
           __pyx_v_e = 0;
          __pyx_r = __pyx_t_18;
          __pyx_t_18 = 0;
          goto __pyx_L6_except_return;
        }
      }
    }

    /* "errors_flow.pyx":71
 *     except (ValueError, TypeError) as e:
 *         return ("value-or-type", type(e).__name__, e.args)
 *     except SensorError as e:             # <<<<<<<<<<<<<<
 *         return ("sensor", e.sensor, e.code, str(e))
 *     except DeviceError as e:
*/
    cy_Pyx_ErrFetch(&__pyx_t_7, &__pyx_t_6, &__pyx_t_4);
    cy_Pyx_GetModuleGlobalName(__pyx_t_10, __pyx_n_u_SensorError); if (MP_UNLIKELY(!!(!__pyx_t_10))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 71; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L5_except_error; } while (0);

    __pyx_t_11 = cy_Pyx_PyErr_GivenExceptionMatches(__pyx_t_7, __pyx_t_10);
     __pyx_t_10 = 0;
    cy_Pyx_ErrRestore(__pyx_t_7, __pyx_t_6, __pyx_t_4);
    __pyx_t_7 = 0; __pyx_t_6 = 0; __pyx_t_4 = 0;
    if (__pyx_t_11) {
      __pyx_traceback_0(".call_and_catch", __pyx_lineno);
      if (cy_Pyx_GetException(&__pyx_t_4, &__pyx_t_6, &__pyx_t_7) < 0) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 71; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L5_except_error; } while (0);

      __pyx_v_e = __pyx_t_6;
      /*try:*/ {

        /* "errors_flow.pyx":72
 *         return ("value-or-type", type(e).__name__, e.args)
 *     except SensorError as e:
 *         return ("sensor", e.sensor, e.code, str(e))             # <<<<<<<<<<<<<<
 *     except DeviceError as e:
 *         return ("device", type(e).__name__, e.args)
*/
        __pyx_t_10 = cy_Pyx_PyObject_GetAttrStr(__pyx_v_e, __pyx_n_u_sensor); if (MP_UNLIKELY(!!(!__pyx_t_10))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 72; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L25_error; } while (0);

        __pyx_t_9 = cy_Pyx_PyObject_GetAttrStr(__pyx_v_e, __pyx_n_u_code); if (MP_UNLIKELY(!!(!__pyx_t_9))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 72; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L25_error; } while (0);

        __pyx_t_8 = cy_Pyx_PyObject_Unicode(__pyx_v_e); if (MP_UNLIKELY(!!(!__pyx_t_8))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 72; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L25_error; } while (0);

        __pyx_t_19 = cy_PyTuple_New(4); if (MP_UNLIKELY(!!(!__pyx_t_19))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 72; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L25_error; } while (0);

        if (cy_Pyx_PyTuple_SET_ITEM(__pyx_t_19, 0, __pyx_n_u_sensor) != (0)) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 72; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L25_error; } while (0);

        if (cy_Pyx_PyTuple_SET_ITEM(__pyx_t_19, 1, __pyx_t_10) != (0)) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 72; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L25_error; } while (0);

        if (cy_Pyx_PyTuple_SET_ITEM(__pyx_t_19, 2, __pyx_t_9) != (0)) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 72; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L25_error; } while (0);

        if (cy_Pyx_PyTuple_SET_ITEM(__pyx_t_19, 3, __pyx_t_8) != (0)) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 72; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L25_error; } while (0);
        __pyx_t_10 = 0;
        __pyx_t_9 = 0;
        __pyx_t_8 = 0;
        {
          mp_obj_t __pyx_temp;
          {
            __pyx_temp = __pyx_r;
            __pyx_r = __pyx_t_19;
          }

        }
        __pyx_t_19 = 0;
         __pyx_t_4 = 0;
         __pyx_t_6 = 0;
         __pyx_t_7 = 0;
        goto __pyx_L24_return;
      }

      /* "errors_flow.pyx":71
 *     except (ValueError, TypeError) as e:
 *         return ("value-or-type", type(e).__name__, e.args)
 *     except SensorError as e:             # <<<<<<<<<<<<<<
 *         return ("sensor", e.sensor, e.code, str(e))
 *     except DeviceError as e:
*/
      /*finally:*/ {
        __pyx_L25_error:;
        /*exception exit:*/{
          cy_Pyx_PyThreadState_declare;          cy_Pyx_PyThreadState_assign;          __pyx_t_18 = 0; __pyx_t_17 = 0; __pyx_t_16 = 0; __pyx_t_15 = 0; __pyx_t_14 = 0; __pyx_t_13 = 0;
           __pyx_t_10 = 0;
           __pyx_t_19 = 0;
           __pyx_t_8 = 0;
           __pyx_t_9 = 0;
           cy_Pyx_ExceptionSwap(&__pyx_t_15, &__pyx_t_14, &__pyx_t_13);
          if ( MP_UNLIKELY(!!(cy_Pyx_GetException(&__pyx_t_18, &__pyx_t_17, &__pyx_t_16) < 0))) cy_Pyx_ErrFetch(&__pyx_t_18, &__pyx_t_17, &__pyx_t_16);

          __pyx_t_11 = __pyx_lineno; __pyx_t_5 = __pyx_clineno; __pyx_t_12 = __pyx_filename;
          {
             __pyx_v_e = 0;
          }

          cy_Pyx_ExceptionReset(__pyx_t_15, __pyx_t_14, __pyx_t_13);

          cy_Pyx_ErrRestore(__pyx_t_18, __pyx_t_17, __pyx_t_16);
          __pyx_t_18 = 0; __pyx_t_17 = 0; __pyx_t_16 = 0; __pyx_t_15 = 0; __pyx_t_14 = 0; __pyx_t_13 = 0;
          __pyx_lineno = __pyx_t_11; __pyx_clineno = __pyx_t_5; __pyx_filename = __pyx_t_12;
          goto __pyx_L5_except_error;
        }
        __pyx_L24_return: {
          __pyx_t_13 = __pyx_r;
          __pyx_r = 0;
           __pyx_v_e = 0;
          __pyx_r = __pyx_t_13;
          __pyx_t_13 = 0;
          goto __pyx_L6_except_return;
        }
      }
    }

    /* "errors_flow.pyx":73
 *     except SensorError as e:
 *         return ("sensor", e.sensor, e.code, str(e))
 *     except DeviceError as e:             # <<<<<<<<<<<<<<
 *         return ("device", type(e).__name__, e.args)
 *     except ArithmeticError as e:
*/
    cy_Pyx_ErrFetch(&__pyx_t_7, &__pyx_t_6, &__pyx_t_4);
    cy_Pyx_GetModuleGlobalName(__pyx_t_19, __pyx_n_u_DeviceError); if (MP_UNLIKELY(!!(!__pyx_t_19))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 73; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L5_except_error; } while (0);

    __pyx_t_5 = cy_Pyx_PyErr_GivenExceptionMatches(__pyx_t_7, __pyx_t_19);
     __pyx_t_19 = 0;
    cy_Pyx_ErrRestore(__pyx_t_7, __pyx_t_6, __pyx_t_4);
    __pyx_t_7 = 0; __pyx_t_6 = 0; __pyx_t_4 = 0;
    if (__pyx_t_5) {
      __pyx_traceback_0(".call_and_catch", __pyx_lineno);
      if (cy_Pyx_GetException(&__pyx_t_4, &__pyx_t_6, &__pyx_t_7) < 0) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 73; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L5_except_error; } while (0);

      __pyx_v_e = __pyx_t_6;
      /*try:*/ {

        /* "errors_flow.pyx":74
 *         return ("sensor", e.sensor, e.code, str(e))
 *     except DeviceError as e:
 *         return ("device", type(e).__name__, e.args)             # <<<<<<<<<<<<<<
 *     except ArithmeticError as e:
 *         return ("arith", type(e).__name__)
*/
        __pyx_t_19 = cy_Pyx_PyObject_GetAttrStr(((mp_obj_t )cy_Py_TYPE(__pyx_v_e)), __pyx_n_u_name_2); if (MP_UNLIKELY(!!(!__pyx_t_19))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 74; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L36_error; } while (0);

        __pyx_t_8 = cy_Pyx_PyBaseException_get_args(__pyx_v_e); if (MP_UNLIKELY(!!(!__pyx_t_8))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 74; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L36_error; } while (0);

        __pyx_t_9 = cy_PyTuple_New(3); if (MP_UNLIKELY(!!(!__pyx_t_9))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 74; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L36_error; } while (0);

        if (cy_Pyx_PyTuple_SET_ITEM(__pyx_t_9, 0, __pyx_n_u_device) != (0)) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 74; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L36_error; } while (0);

        if (cy_Pyx_PyTuple_SET_ITEM(__pyx_t_9, 1, __pyx_t_19) != (0)) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 74; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L36_error; } while (0);

        if (cy_Pyx_PyTuple_SET_ITEM(__pyx_t_9, 2, __pyx_t_8) != (0)) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 74; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L36_error; } while (0);
        __pyx_t_19 = 0;
        __pyx_t_8 = 0;
        {
          mp_obj_t __pyx_temp;
          {
            __pyx_temp = __pyx_r;
            __pyx_r = __pyx_t_9;
          }

        }
        __pyx_t_9 = 0;
         __pyx_t_4 = 0;
         __pyx_t_6 = 0;
         __pyx_t_7 = 0;
        goto __pyx_L35_return;
      }

      /* "errors_flow.pyx":73
 *     except SensorError as e:
 *         return ("sensor", e.sensor, e.code, str(e))
 *     except DeviceError as e:             # <<<<<<<<<<<<<<
 *         return ("device", type(e).__name__, e.args)
 *     except ArithmeticError as e:
*/
      /*finally:*/ {
        __pyx_L36_error:;
        /*exception exit:*/{
          cy_Pyx_PyThreadState_declare;          cy_Pyx_PyThreadState_assign;          __pyx_t_13 = 0; __pyx_t_14 = 0; __pyx_t_15 = 0; __pyx_t_16 = 0; __pyx_t_17 = 0; __pyx_t_18 = 0;
           __pyx_t_10 = 0;
           __pyx_t_19 = 0;
           __pyx_t_8 = 0;
           __pyx_t_9 = 0;
           cy_Pyx_ExceptionSwap(&__pyx_t_16, &__pyx_t_17, &__pyx_t_18);
          if ( MP_UNLIKELY(!!(cy_Pyx_GetException(&__pyx_t_13, &__pyx_t_14, &__pyx_t_15) < 0))) cy_Pyx_ErrFetch(&__pyx_t_13, &__pyx_t_14, &__pyx_t_15);

          __pyx_t_5 = __pyx_lineno; __pyx_t_11 = __pyx_clineno; __pyx_t_12 = __pyx_filename;
          {
             __pyx_v_e = 0;
          }

          cy_Pyx_ExceptionReset(__pyx_t_16, __pyx_t_17, __pyx_t_18);

          cy_Pyx_ErrRestore(__pyx_t_13, __pyx_t_14, __pyx_t_15);
          __pyx_t_13 = 0; __pyx_t_14 = 0; __pyx_t_15 = 0; __pyx_t_16 = 0; __pyx_t_17 = 0; __pyx_t_18 = 0;
          __pyx_lineno = __pyx_t_5; __pyx_clineno = __pyx_t_11; __pyx_filename = __pyx_t_12;
          goto __pyx_L5_except_error;
        }
        __pyx_L35_return: {
          __pyx_t_18 = __pyx_r;
          __pyx_r = 0;
           __pyx_v_e = 0;
          __pyx_r = __pyx_t_18;
          __pyx_t_18 = 0;
          goto __pyx_L6_except_return;
        }
      }
    }

    /* "errors_flow.pyx":75
 *     except DeviceError as e:
 *         return ("device", type(e).__name__, e.args)
 *     except ArithmeticError as e:             # <<<<<<<<<<<<<<
 *         return ("arith", type(e).__name__)
 *     else:
*/
    __pyx_t_11 = cy_Pyx_PyErr_ExceptionMatches(((mp_obj_t )(((cy_PyTypeObject*)MP_OBJ_FROM_PTR(&mp_type_ArithmeticError)))));
    if (__pyx_t_11) {
      __pyx_traceback_0(".call_and_catch", __pyx_lineno);
      if (cy_Pyx_GetException(&__pyx_t_7, &__pyx_t_6, &__pyx_t_4) < 0) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 75; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L5_except_error; } while (0);

      __pyx_v_e = ((mp_obj_t)__pyx_t_6);
      /*try:*/ {

        /* "errors_flow.pyx":76
 *         return ("device", type(e).__name__, e.args)
 *     except ArithmeticError as e:
 *         return ("arith", type(e).__name__)             # <<<<<<<<<<<<<<
 *     else:
 *         return ("ok", result)
*/
        __pyx_t_9 = cy_Pyx_PyObject_GetAttrStr(((mp_obj_t )cy_Py_TYPE(__pyx_v_e)), __pyx_n_u_name_2); if (MP_UNLIKELY(!!(!__pyx_t_9))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 76; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L47_error; } while (0);

        __pyx_t_8 = cy_PyTuple_New(2); if (MP_UNLIKELY(!!(!__pyx_t_8))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 76; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L47_error; } while (0);

        if (cy_Pyx_PyTuple_SET_ITEM(__pyx_t_8, 0, __pyx_n_u_arith) != (0)) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 76; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L47_error; } while (0);

        if (cy_Pyx_PyTuple_SET_ITEM(__pyx_t_8, 1, __pyx_t_9) != (0)) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 76; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L47_error; } while (0);
        __pyx_t_9 = 0;
        {
          mp_obj_t __pyx_temp;
          {
            __pyx_temp = __pyx_r;
            __pyx_r = __pyx_t_8;
          }

        }
        __pyx_t_8 = 0;
         __pyx_t_4 = 0;
         __pyx_t_6 = 0;
         __pyx_t_7 = 0;
        goto __pyx_L46_return;
      }

      /* "errors_flow.pyx":75
 *     except DeviceError as e:
 *         return ("device", type(e).__name__, e.args)
 *     except ArithmeticError as e:             # <<<<<<<<<<<<<<
 *         return ("arith", type(e).__name__)
 *     else:
*/
      /*finally:*/ {
        __pyx_L47_error:;
        /*exception exit:*/{
          cy_Pyx_PyThreadState_declare;          cy_Pyx_PyThreadState_assign;          __pyx_t_18 = 0; __pyx_t_17 = 0; __pyx_t_16 = 0; __pyx_t_15 = 0; __pyx_t_14 = 0; __pyx_t_13 = 0;
           __pyx_t_10 = 0;
           __pyx_t_19 = 0;
           __pyx_t_8 = 0;
           __pyx_t_9 = 0;
           cy_Pyx_ExceptionSwap(&__pyx_t_15, &__pyx_t_14, &__pyx_t_13);
          if ( MP_UNLIKELY(!!(cy_Pyx_GetException(&__pyx_t_18, &__pyx_t_17, &__pyx_t_16) < 0))) cy_Pyx_ErrFetch(&__pyx_t_18, &__pyx_t_17, &__pyx_t_16);

          __pyx_t_11 = __pyx_lineno; __pyx_t_5 = __pyx_clineno; __pyx_t_12 = __pyx_filename;
          {
             __pyx_v_e = 0;
          }

          cy_Pyx_ExceptionReset(__pyx_t_15, __pyx_t_14, __pyx_t_13);

          cy_Pyx_ErrRestore(__pyx_t_18, __pyx_t_17, __pyx_t_16);
          __pyx_t_18 = 0; __pyx_t_17 = 0; __pyx_t_16 = 0; __pyx_t_15 = 0; __pyx_t_14 = 0; __pyx_t_13 = 0;
          __pyx_lineno = __pyx_t_11; __pyx_clineno = __pyx_t_5; __pyx_filename = __pyx_t_12;
          goto __pyx_L5_except_error;
        }
        __pyx_L46_return: {
          __pyx_t_13 = __pyx_r;
          __pyx_r = 0;
           __pyx_v_e = 0;
          __pyx_r = __pyx_t_13;
          __pyx_t_13 = 0;
          goto __pyx_L6_except_return;
        }
      }
    }
    goto __pyx_L5_except_error;

    /* "errors_flow.pyx":67
 *
 * def call_and_catch(f, *args):
 *     try:             # <<<<<<<<<<<<<<
 *         result = f(*args)
 *     except (ValueError, TypeError) as e:
*/
    __pyx_L5_except_error:;

    cy_Pyx_ExceptionReset(__pyx_t_1, __pyx_t_2, __pyx_t_3);
    goto __pyx_L1_error;
    __pyx_L6_except_return:;

    cy_Pyx_ExceptionReset(__pyx_t_1, __pyx_t_2, __pyx_t_3);
    goto __pyx_L0;
  }

  /* "errors_flow.pyx":66
 *
 *
 * def call_and_catch(f, *args):             # <<<<<<<<<<<<<<
 *     try:
 *         result = f(*args)
*/

  /* function exit code */
  __pyx_L1_error:;

  __pyx_traceback_0(".call_and_catch", __pyx_lineno);
  __pyx_r = NULL;
  __pyx_L0:;

  return __pyx_r;
}

/* "errors_flow.pyx":81
 *
 *
 * def lookup(d, key):             # <<<<<<<<<<<<<<
 *     try:
 *         return d[key]
*/

/* Python wrapper */
static mp_obj_t __pyx_pw_11errors_flow_17lookup(mp_obj_t __pyx_self,

mp_obj_t const *__pyx_args, mp_int_t __pyx_nargs, mp_obj_t __pyx_kwds

); /*proto*/
static cy_PyMethodDef __pyx_mdef_11errors_flow_17lookup = {"lookup", (cy_PyCFunction)(void(*)(void))(cy_Pyx_PyCFunction_FastCallWithKeywords)__pyx_pw_11errors_flow_17lookup, cy_Pyx_METH_FASTCALL|cy_METH_KEYWORDS, 0};
static mp_obj_t __pyx_pw_11errors_flow_17lookup(mp_obj_t __pyx_self,

mp_obj_t const *__pyx_args, mp_int_t __pyx_nargs, mp_obj_t __pyx_kwds

) {
  mp_obj_t __pyx_v_d = 0;
  mp_obj_t __pyx_v_key = 0;

  CYTHON_UNUSED mp_obj_t const *__pyx_kwvalues;
  mp_obj_t values[2]        ;
  int __pyx_lineno = 0;
  const char *__pyx_filename = NULL;
  int __pyx_clineno = 0;
  mp_obj_t __pyx_r = 0;
  __Pyx_RefNannyDeclarations

  __pyx_kwvalues = cy_Pyx_KwValues_FASTCALL(__pyx_args, __pyx_nargs);
  {
static mp_obj_t * const __pyx_pyargnames[] = { &__pyx_n_u_d,
&__pyx_n_u_key, 0 };
static const cy_Pyx_ArgSpec __pyx_argspec = { "lookup",
__pyx_pyargnames, 2, 2, 2, 0,
0, 0,

cy_Pyx_ARGS_EXACT|cy_Pyx_ARGS_KEYWORDS|cy_Pyx_ARGS_CLEAR };
if (MP_LIKELY(!!(!__pyx_kwds && __pyx_nargs == 2))) {
values[0] = __pyx_args[0];
values[1] =
__pyx_args[1];
} else if (cy_Pyx_ParseArgs(&__pyx_argspec, __pyx_args, __pyx_nargs, __pyx_kwds, values) < 0) {

do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 81; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L3_error; } while (0); }

    __pyx_v_d = values[0];
    __pyx_v_key = values[1];
  }

  goto __pyx_L4_argument_unpacking_done;
  __pyx_L3_error:;
  for (mp_int_t __pyx_temp=0; __pyx_temp < (mp_int_t)(sizeof(values)/sizeof(values[0])); ++__pyx_temp) {

  }
  __pyx_traceback_0(".lookup", __pyx_lineno);

  return NULL;
  __pyx_L4_argument_unpacking_done:;
  __pyx_r = __pyx_pf_11errors_flow_16lookup(__pyx_self, __pyx_v_d, __pyx_v_key);

  /* function exit code */
  for (mp_int_t __pyx_temp=0; __pyx_temp < (mp_int_t)(sizeof(values)/sizeof(values[0])); ++__pyx_temp) {

  }

  return __pyx_r;
}

static mp_obj_t __pyx_pf_11errors_flow_16lookup(CYTHON_UNUSED mp_obj_t __pyx_self, mp_obj_t __pyx_v_d, mp_obj_t __pyx_v_key) {
  mp_obj_t __pyx_v_e = NULL;
  mp_obj_t __pyx_r = NULL;
  __Pyx_RefNannyDeclarations
  mp_obj_t __pyx_t_1 = NULL;
  mp_obj_t __pyx_t_2 = NULL;
  mp_obj_t __pyx_t_3 = NULL;
  mp_obj_t __pyx_t_4 = NULL;
  int __pyx_t_5;
  mp_obj_t __pyx_t_6 = NULL;
  mp_obj_t __pyx_t_7 = NULL;
  mp_obj_t __pyx_t_8 = NULL;
  mp_obj_t __pyx_t_9 = NULL;
  int __pyx_t_10;
  char const *__pyx_t_11;
  mp_obj_t __pyx_t_12 = NULL;
  mp_obj_t __pyx_t_13 = NULL;
  mp_obj_t __pyx_t_14 = NULL;
  mp_obj_t __pyx_t_15 = NULL;
  mp_obj_t __pyx_t_16 = NULL;
  mp_obj_t __pyx_t_17 = NULL;
  int __pyx_lineno = 0;
  const char *__pyx_filename = NULL;
  int __pyx_clineno = 0;

  /* "errors_flow.pyx":82
 *
 * def lookup(d, key):
 *     try:             # <<<<<<<<<<<<<<
 *         return d[key]
 *     except KeyError as e:
*/
  {
    cy_Pyx_PyThreadState_declare;    cy_Pyx_PyThreadState_assign;    cy_Pyx_ExceptionSave(&__pyx_t_1, &__pyx_t_2, &__pyx_t_3);

    /*try:*/ {

      /* "errors_flow.pyx":83
 * def lookup(d, key):
 *     try:
 *         return d[key]             # <<<<<<<<<<<<<<
 *     except KeyError as e:
 *         return "missing %r" % (e.args[0],)
*/
      __pyx_t_4 = cy_Pyx_PyObject_GetItem(__pyx_v_d, __pyx_v_key); if (MP_UNLIKELY(!!(!__pyx_t_4))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 83; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L3_error; } while (0);

      {
        mp_obj_t __pyx_temp;
        {
          __pyx_temp = __pyx_r;
          __pyx_r = __pyx_t_4;
        }

      }
      __pyx_t_4 = 0;
      goto __pyx_L7_try_return;

      /* "errors_flow.pyx":82
 *
 * def lookup(d, key):
 *     try:             # <<<<<<<<<<<<<<
 *         return d[key]
 *     except KeyError as e:
*/
    }
    __pyx_L3_error:;
     __pyx_t_4 = 0;

    /* "errors_flow.pyx":84
 *     try:
 *         return d[key]
 *     except KeyError as e:             # <<<<<<<<<<<<<<
 *         return "missing %r" % (e.args[0],)
 *     except TypeError:
*/
    __pyx_t_5 = cy_Pyx_PyErr_ExceptionMatches(((mp_obj_t )(((cy_PyTypeObject*)MP_OBJ_FROM_PTR(&mp_type_KeyError)))));
    if (__pyx_t_5) {
      __pyx_traceback_0(".lookup", __pyx_lineno);
      if (cy_Pyx_GetException(&__pyx_t_4, &__pyx_t_6, &__pyx_t_7) < 0) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 84; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L5_except_error; } while (0);

      __pyx_v_e = __pyx_t_6;
      /*try:*/ {

        /* "errors_flow.pyx":85
 *         return d[key]
 *     except KeyError as e:
 *         return "missing %r" % (e.args[0],)             # <<<<<<<<<<<<<<
 *     except TypeError:
 *         return "unhashable"
*/
        __pyx_t_8 = cy_Pyx_PyKeyError_get_args(__pyx_v_e); if (MP_UNLIKELY(!!(!__pyx_t_8))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 85; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L14_error; } while (0);

        __pyx_t_9 = cy_Pyx_GetItemInt(__pyx_t_8, 0, long, 1, cy_Pyx_PyLong_From_long, 0, 1, 1, cy_Pyx_ReferenceSharing_OwnStrongReference); if (MP_UNLIKELY(!!(!__pyx_t_9))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 85; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L14_error; } while (0);

         __pyx_t_8 = 0;
        __pyx_t_8 = cy_Pyx_PyObject_FormatSimpleAndDecref(cy_PyObject_Repr(__pyx_t_9), __pyx_mstate_global->__pyx_empty_unicode); if (MP_UNLIKELY(!!(!__pyx_t_8))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 85; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L14_error; } while (0);

         __pyx_t_9 = 0;
        __pyx_t_9 = cy_Pyx_PyUnicode_Concat(__pyx_kp_u_missing, __pyx_t_8); if (MP_UNLIKELY(!!(!__pyx_t_9))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 85; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L14_error; } while (0);

         __pyx_t_8 = 0;
        {
          mp_obj_t __pyx_temp;
          {
            __pyx_temp = __pyx_r;
            __pyx_r = __pyx_t_9;
          }

        }
        __pyx_t_9 = 0;
         __pyx_t_4 = 0;
         __pyx_t_6 = 0;
         __pyx_t_7 = 0;
        goto __pyx_L13_return;
      }

      /* "errors_flow.pyx":84
 *     try:
 *         return d[key]
 *     except KeyError as e:             # <<<<<<<<<<<<<<
 *         return "missing %r" % (e.args[0],)
 *     except TypeError:
*/
      /*finally:*/ {
        __pyx_L14_error:;
        /*exception exit:*/{
          cy_Pyx_PyThreadState_declare;          cy_Pyx_PyThreadState_assign;          __pyx_t_12 = 0; __pyx_t_13 = 0; __pyx_t_14 = 0; __pyx_t_15 = 0; __pyx_t_16 = 0; __pyx_t_17 = 0;
           __pyx_t_8 = 0;
           __pyx_t_9 = 0;
           cy_Pyx_ExceptionSwap(&__pyx_t_15, &__pyx_t_16, &__pyx_t_17);
          if ( MP_UNLIKELY(!!(cy_Pyx_GetException(&__pyx_t_12, &__pyx_t_13, &__pyx_t_14) < 0))) cy_Pyx_ErrFetch(&__pyx_t_12, &__pyx_t_13, &__pyx_t_14);

          __pyx_t_5 = __pyx_lineno; __pyx_t_10 = __pyx_clineno; __pyx_t_11 = __pyx_filename;
          {
             __pyx_v_e = 0;
          }

          cy_Pyx_ExceptionReset(__pyx_t_15, __pyx_t_16, __pyx_t_17);

          cy_Pyx_ErrRestore(__pyx_t_12, __pyx_t_13, __pyx_t_14);
          __pyx_t_12 = 0; __pyx_t_13 = 0; __pyx_t_14 = 0; __pyx_t_15 = 0; __pyx_t_16 = 0; __pyx_t_17 = 0;
          __pyx_lineno = __pyx_t_5; __pyx_clineno = __pyx_t_10; __pyx_filename = __pyx_t_11;
          goto __pyx_L5_except_error;
        }
        __pyx_L13_return: {
          __pyx_t_17 = __pyx_r;
          __pyx_r = 0;
           __pyx_v_e = 0;
          __pyx_r = __pyx_t_17;
          __pyx_t_17 = 0;
          goto __pyx_L6_except_return;
        }
      }
    }

    /* "errors_flow.pyx":86
 *     except KeyError as e:
 *         return "missing %r" % (e.args[0],)
 *     except TypeError:             # <<<<<<<<<<<<<<
 *         return "unhashable"
 *
*/
    __pyx_t_10 = cy_Pyx_PyErr_ExceptionMatches(((mp_obj_t )(((cy_PyTypeObject*)MP_OBJ_FROM_PTR(&mp_type_TypeError)))));
    if (__pyx_t_10) {
      cy_Pyx_ErrRestore(0,0,0);

      /* "errors_flow.pyx":87
 *         return "missing %r" % (e.args[0],)
 *     except TypeError:
 *         return "unhashable"             # <<<<<<<<<<<<<<
 *
 *
*/
      {
        mp_obj_t __pyx_temp;
        {
          __pyx_temp = __pyx_r;

          __pyx_r = __pyx_n_u_unhashable;
        }

      }
      goto __pyx_L6_except_return;
    }
    goto __pyx_L5_except_error;

    /* "errors_flow.pyx":82
 *
 * def lookup(d, key):
 *     try:             # <<<<<<<<<<<<<<
 *         return d[key]
 *     except KeyError as e:
*/
    __pyx_L5_except_error:;

    cy_Pyx_ExceptionReset(__pyx_t_1, __pyx_t_2, __pyx_t_3);
    goto __pyx_L1_error;
    __pyx_L7_try_return:;

    cy_Pyx_ExceptionReset(__pyx_t_1, __pyx_t_2, __pyx_t_3);
    goto __pyx_L0;
    __pyx_L6_except_return:;

    cy_Pyx_ExceptionReset(__pyx_t_1, __pyx_t_2, __pyx_t_3);
    goto __pyx_L0;
  }

  /* "errors_flow.pyx":81
 *
 *
 * def lookup(d, key):             # <<<<<<<<<<<<<<
 *     try:
 *         return d[key]
*/

  /* function exit code */
  __pyx_L1_error:;

  __pyx_traceback_0(".lookup", __pyx_lineno);
  __pyx_r = NULL;
  __pyx_L0:;

  return __pyx_r;
}

/* "errors_flow.pyx":90
 *
 *
 * def index_or_default(seq, int i, default=None):             # <<<<<<<<<<<<<<
 *     try:
 *         return seq[i]
*/

/* Python wrapper */
static mp_obj_t __pyx_pw_11errors_flow_19index_or_default(mp_obj_t __pyx_self,

mp_obj_t const *__pyx_args, mp_int_t __pyx_nargs, mp_obj_t __pyx_kwds

); /*proto*/
static cy_PyMethodDef __pyx_mdef_11errors_flow_19index_or_default = {"index_or_default", (cy_PyCFunction)(void(*)(void))(cy_Pyx_PyCFunction_FastCallWithKeywords)__pyx_pw_11errors_flow_19index_or_default, cy_Pyx_METH_FASTCALL|cy_METH_KEYWORDS, 0};
static mp_obj_t __pyx_pw_11errors_flow_19index_or_default(mp_obj_t __pyx_self,

mp_obj_t const *__pyx_args, mp_int_t __pyx_nargs, mp_obj_t __pyx_kwds

) {
  mp_obj_t __pyx_v_seq = 0;
  int __pyx_v_i;
  mp_obj_t __pyx_v_default = 0;

  CYTHON_UNUSED mp_obj_t const *__pyx_kwvalues;
  mp_obj_t values[3] = {0,0,0};
  int __pyx_lineno = 0;
  const char *__pyx_filename = NULL;
  int __pyx_clineno = 0;
  mp_obj_t __pyx_r = 0;
  __Pyx_RefNannyDeclarations

  __pyx_kwvalues = cy_Pyx_KwValues_FASTCALL(__pyx_args, __pyx_nargs);
  {
static mp_obj_t * const __pyx_pyargnames[] = { &__pyx_n_u_seq, &__pyx_n_u_i,
&__pyx_n_u_default, 0 };
static const cy_Pyx_ArgSpec __pyx_argspec = { "index_or_default",
__pyx_pyargnames, 3, 2, 3, 0,
0, 0, cy_Pyx_ARGS_KEYWORDS };
if
(MP_LIKELY(!!(!__pyx_kwds && __pyx_nargs >= 2 && __pyx_nargs <=
3))) {
for (mp_int_t i = 0; i <
__pyx_nargs;
i++) values[i] = __pyx_args[i];
} else if (cy_Pyx_ParseArgs(&__pyx_argspec, __pyx_args, __pyx_nargs, __pyx_kwds, values) < 0) {

do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 90; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L3_error; } while (0); }
if (!values[2]) values[2] = ((mp_obj_t )mp_const_none);

    __pyx_v_seq = values[0];
    __pyx_v_i = cy_Pyx_PyLong_As_int(values[1]); if (MP_UNLIKELY(!!((__pyx_v_i == (int)-1) && cy_PyErr_Occurred()))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 90; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L3_error; } while (0);
    __pyx_v_default = values[2];
  }

  goto __pyx_L4_argument_unpacking_done;
  __pyx_L3_error:;
  for (mp_int_t __pyx_temp=0; __pyx_temp < (mp_int_t)(sizeof(values)/sizeof(values[0])); ++__pyx_temp) {

  }
  __pyx_traceback_0(".index_or_default", __pyx_lineno);

  return NULL;
  __pyx_L4_argument_unpacking_done:;
  __pyx_r = __pyx_pf_11errors_flow_18index_or_default(__pyx_self, __pyx_v_seq, __pyx_v_i, __pyx_v_default);

  /* function exit code */
  for (mp_int_t __pyx_temp=0; __pyx_temp < (mp_int_t)(sizeof(values)/sizeof(values[0])); ++__pyx_temp) {

  }

  return __pyx_r;
}

static mp_obj_t __pyx_pf_11errors_flow_18index_or_default(CYTHON_UNUSED mp_obj_t __pyx_self, mp_obj_t __pyx_v_seq, int __pyx_v_i, mp_obj_t __pyx_v_default) {
  mp_obj_t __pyx_r = NULL;
  __Pyx_RefNannyDeclarations
  mp_obj_t __pyx_t_1 = NULL;
  mp_obj_t __pyx_t_2 = NULL;
  mp_obj_t __pyx_t_3 = NULL;
  mp_obj_t __pyx_t_4 = NULL;
  int __pyx_t_5;
  int __pyx_lineno = 0;
  const char *__pyx_filename = NULL;
  int __pyx_clineno = 0;

  /* "errors_flow.pyx":91
 *
 * def index_or_default(seq, int i, default=None):
 *     try:             # <<<<<<<<<<<<<<
 *         return seq[i]
 *     except IndexError:
*/
  {
    cy_Pyx_PyThreadState_declare;    cy_Pyx_PyThreadState_assign;    cy_Pyx_ExceptionSave(&__pyx_t_1, &__pyx_t_2, &__pyx_t_3);

    /*try:*/ {

      /* "errors_flow.pyx":92
 * def index_or_default(seq, int i, default=None):
 *     try:
 *         return seq[i]             # <<<<<<<<<<<<<<
 *     except IndexError:
 *         return default
*/
      __pyx_t_4 = cy_Pyx_GetItemInt(__pyx_v_seq, __pyx_v_i, int, 1, cy_Pyx_PyLong_From_int, 1, 1, 1, cy_Pyx_ReferenceSharing_FunctionArgument); if (MP_UNLIKELY(!!(!__pyx_t_4))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 92; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L3_error; } while (0);

      {
        mp_obj_t __pyx_temp;
        {
          __pyx_temp = __pyx_r;
          __pyx_r = __pyx_t_4;
        }

      }
      __pyx_t_4 = 0;
      goto __pyx_L7_try_return;

      /* "errors_flow.pyx":91
 *
 * def index_or_default(seq, int i, default=None):
 *     try:             # <<<<<<<<<<<<<<
 *         return seq[i]
 *     except IndexError:
*/
    }
    __pyx_L3_error:;
     __pyx_t_4 = 0;

    /* "errors_flow.pyx":93
 *     try:
 *         return seq[i]
 *     except IndexError:             # <<<<<<<<<<<<<<
 *         return default
 *
*/
    __pyx_t_5 = cy_Pyx_PyErr_ExceptionMatches(((mp_obj_t )(((cy_PyTypeObject*)MP_OBJ_FROM_PTR(&mp_type_IndexError)))));
    if (__pyx_t_5) {
      cy_Pyx_ErrRestore(0,0,0);

      /* "errors_flow.pyx":94
 *         return seq[i]
 *     except IndexError:
 *         return default             # <<<<<<<<<<<<<<
 *
 *
*/
      {
        mp_obj_t __pyx_temp;
        {
          __pyx_temp = __pyx_r;

          __pyx_r = __pyx_v_default;
        }

      }
      goto __pyx_L6_except_return;
    }
    goto __pyx_L5_except_error;

    /* "errors_flow.pyx":91
 *
 * def index_or_default(seq, int i, default=None):
 *     try:             # <<<<<<<<<<<<<<
 *         return seq[i]
 *     except IndexError:
*/
    __pyx_L5_except_error:;

    cy_Pyx_ExceptionReset(__pyx_t_1, __pyx_t_2, __pyx_t_3);
    goto __pyx_L1_error;
    __pyx_L7_try_return:;

    cy_Pyx_ExceptionReset(__pyx_t_1, __pyx_t_2, __pyx_t_3);
    goto __pyx_L0;
    __pyx_L6_except_return:;

    cy_Pyx_ExceptionReset(__pyx_t_1, __pyx_t_2, __pyx_t_3);
    goto __pyx_L0;
  }

  /* "errors_flow.pyx":90
 *
 *
 * def index_or_default(seq, int i, default=None):             # <<<<<<<<<<<<<<
 *     try:
 *         return seq[i]
*/

  /* function exit code */
  __pyx_L1_error:;

  __pyx_traceback_0(".index_or_default", __pyx_lineno);
  __pyx_r = NULL;
  __pyx_L0:;

  return __pyx_r;
}

/* "errors_flow.pyx":97
 *
 *
 * def get_attr(obj, name):             # <<<<<<<<<<<<<<
 *     try:
 *         return getattr(obj, name)
*/

/* Python wrapper */
static mp_obj_t __pyx_pw_11errors_flow_21get_attr(mp_obj_t __pyx_self,

mp_obj_t const *__pyx_args, mp_int_t __pyx_nargs, mp_obj_t __pyx_kwds

); /*proto*/
static cy_PyMethodDef __pyx_mdef_11errors_flow_21get_attr = {"get_attr", (cy_PyCFunction)(void(*)(void))(cy_Pyx_PyCFunction_FastCallWithKeywords)__pyx_pw_11errors_flow_21get_attr, cy_Pyx_METH_FASTCALL|cy_METH_KEYWORDS, 0};
static mp_obj_t __pyx_pw_11errors_flow_21get_attr(mp_obj_t __pyx_self,

mp_obj_t const *__pyx_args, mp_int_t __pyx_nargs, mp_obj_t __pyx_kwds

) {
  mp_obj_t __pyx_v_obj = 0;
  mp_obj_t __pyx_v_name = 0;

  CYTHON_UNUSED mp_obj_t const *__pyx_kwvalues;
  mp_obj_t values[2]        ;
  int __pyx_lineno = 0;
  const char *__pyx_filename = NULL;
  int __pyx_clineno = 0;
  mp_obj_t __pyx_r = 0;
  __Pyx_RefNannyDeclarations

  __pyx_kwvalues = cy_Pyx_KwValues_FASTCALL(__pyx_args, __pyx_nargs);
  {
static mp_obj_t * const __pyx_pyargnames[] = { &__pyx_n_u_obj,
&__pyx_n_u_name, 0 };
static const cy_Pyx_ArgSpec __pyx_argspec = { "get_attr",
__pyx_pyargnames, 2, 2, 2, 0,
0, 0,

cy_Pyx_ARGS_EXACT|cy_Pyx_ARGS_KEYWORDS|cy_Pyx_ARGS_CLEAR };
if (MP_LIKELY(!!(!__pyx_kwds && __pyx_nargs == 2))) {
values[0] = __pyx_args[0];
values[1] =
__pyx_args[1];
} else if (cy_Pyx_ParseArgs(&__pyx_argspec, __pyx_args, __pyx_nargs, __pyx_kwds, values) < 0) {

do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 97; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L3_error; } while (0); }

    __pyx_v_obj = values[0];
    __pyx_v_name = values[1];
  }

  goto __pyx_L4_argument_unpacking_done;
  __pyx_L3_error:;
  for (mp_int_t __pyx_temp=0; __pyx_temp < (mp_int_t)(sizeof(values)/sizeof(values[0])); ++__pyx_temp) {

  }
  __pyx_traceback_0(".get_attr", __pyx_lineno);

  return NULL;
  __pyx_L4_argument_unpacking_done:;
  __pyx_r = __pyx_pf_11errors_flow_20get_attr(__pyx_self, __pyx_v_obj, __pyx_v_name);

  /* function exit code */
  for (mp_int_t __pyx_temp=0; __pyx_temp < (mp_int_t)(sizeof(values)/sizeof(values[0])); ++__pyx_temp) {

  }

  return __pyx_r;
}

static mp_obj_t __pyx_pf_11errors_flow_20get_attr(CYTHON_UNUSED mp_obj_t __pyx_self, mp_obj_t __pyx_v_obj, mp_obj_t __pyx_v_name) {
  mp_obj_t __pyx_r = NULL;
  __Pyx_RefNannyDeclarations
  mp_obj_t __pyx_t_1 = NULL;
  mp_obj_t __pyx_t_2 = NULL;
  mp_obj_t __pyx_t_3 = NULL;
  mp_obj_t __pyx_t_4 = NULL;
  int __pyx_t_5;
  mp_obj_t __pyx_t_6 = NULL;
  mp_obj_t __pyx_t_7 = NULL;
  mp_obj_t __pyx_t_8 = NULL;
  int __pyx_lineno = 0;
  const char *__pyx_filename = NULL;
  int __pyx_clineno = 0;

  /* "errors_flow.pyx":98
 *
 * def get_attr(obj, name):
 *     try:             # <<<<<<<<<<<<<<
 *         return getattr(obj, name)
 *     except AttributeError:
*/
  {
    cy_Pyx_PyThreadState_declare;    cy_Pyx_PyThreadState_assign;    cy_Pyx_ExceptionSave(&__pyx_t_1, &__pyx_t_2, &__pyx_t_3);

    /*try:*/ {

      /* "errors_flow.pyx":99
 * def get_attr(obj, name):
 *     try:
 *         return getattr(obj, name)             # <<<<<<<<<<<<<<
 *     except AttributeError:
 *         return "no attribute " + name
*/
      __pyx_t_4 = cy_Pyx_GetAttr(__pyx_v_obj, __pyx_v_name); if (MP_UNLIKELY(!!(!__pyx_t_4))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 99; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L3_error; } while (0);

      {
        mp_obj_t __pyx_temp;
        {
          __pyx_temp = __pyx_r;
          __pyx_r = __pyx_t_4;
        }

      }
      __pyx_t_4 = 0;
      goto __pyx_L7_try_return;

      /* "errors_flow.pyx":98
 *
 * def get_attr(obj, name):
 *     try:             # <<<<<<<<<<<<<<
 *         return getattr(obj, name)
 *     except AttributeError:
*/
    }
    __pyx_L3_error:;
     __pyx_t_4 = 0;

    /* "errors_flow.pyx":100
 *     try:
 *         return getattr(obj, name)
 *     except AttributeError:             # <<<<<<<<<<<<<<
 *         return "no attribute " + name
 *
*/
    __pyx_t_5 = cy_Pyx_PyErr_ExceptionMatches(((mp_obj_t )(((cy_PyTypeObject*)MP_OBJ_FROM_PTR(&mp_type_AttributeError)))));
    if (__pyx_t_5) {
      __pyx_traceback_0(".get_attr", __pyx_lineno);
      if (cy_Pyx_GetException(&__pyx_t_4, &__pyx_t_6, &__pyx_t_7) < 0) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 100; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L5_except_error; } while (0);

      /* "errors_flow.pyx":101
 *         return getattr(obj, name)
 *     except AttributeError:
 *         return "no attribute " + name             # <<<<<<<<<<<<<<
 *
 *
*/
      __pyx_t_8 = cy_PyNumber_Add(__pyx_kp_u_no_attribute, __pyx_v_name); if (MP_UNLIKELY(!!(!__pyx_t_8))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 101; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L5_except_error; } while (0);

      {
        mp_obj_t __pyx_temp;
        {
          __pyx_temp = __pyx_r;
          __pyx_r = __pyx_t_8;
        }

      }
      __pyx_t_8 = 0;
       __pyx_t_4 = 0;
       __pyx_t_6 = 0;
       __pyx_t_7 = 0;
      goto __pyx_L6_except_return;
    }
    goto __pyx_L5_except_error;

    /* "errors_flow.pyx":98
 *
 * def get_attr(obj, name):
 *     try:             # <<<<<<<<<<<<<<
 *         return getattr(obj, name)
 *     except AttributeError:
*/
    __pyx_L5_except_error:;

    cy_Pyx_ExceptionReset(__pyx_t_1, __pyx_t_2, __pyx_t_3);
    goto __pyx_L1_error;
    __pyx_L7_try_return:;

    cy_Pyx_ExceptionReset(__pyx_t_1, __pyx_t_2, __pyx_t_3);
    goto __pyx_L0;
    __pyx_L6_except_return:;

    cy_Pyx_ExceptionReset(__pyx_t_1, __pyx_t_2, __pyx_t_3);
    goto __pyx_L0;
  }

  /* "errors_flow.pyx":97
 *
 *
 * def get_attr(obj, name):             # <<<<<<<<<<<<<<
 *     try:
 *         return getattr(obj, name)
*/

  /* function exit code */
  __pyx_L1_error:;

  __pyx_traceback_0(".get_attr", __pyx_lineno);
  __pyx_r = NULL;
  __pyx_L0:;

  return __pyx_r;
}

/* "errors_flow.pyx":104
 *
 *
 * def attr_direct(obj):             # <<<<<<<<<<<<<<
 *     try:
 *         return obj.value
*/

/* Python wrapper */
static mp_obj_t __pyx_pw_11errors_flow_23attr_direct(mp_obj_t __pyx_self,

mp_obj_t const *__pyx_args, mp_int_t __pyx_nargs, mp_obj_t __pyx_kwds

); /*proto*/
static cy_PyMethodDef __pyx_mdef_11errors_flow_23attr_direct = {"attr_direct", (cy_PyCFunction)(void(*)(void))(cy_Pyx_PyCFunction_FastCallWithKeywords)__pyx_pw_11errors_flow_23attr_direct, cy_Pyx_METH_FASTCALL|cy_METH_KEYWORDS, 0};
static mp_obj_t __pyx_pw_11errors_flow_23attr_direct(mp_obj_t __pyx_self,

mp_obj_t const *__pyx_args, mp_int_t __pyx_nargs, mp_obj_t __pyx_kwds

) {
  mp_obj_t __pyx_v_obj = 0;

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
&__pyx_n_u_obj, 0 };
static const cy_Pyx_ArgSpec __pyx_argspec = { "attr_direct",
__pyx_pyargnames, 1, 1, 1, 0,
0, 0,

cy_Pyx_ARGS_EXACT|cy_Pyx_ARGS_KEYWORDS|cy_Pyx_ARGS_CLEAR };
if (MP_LIKELY(!!(!__pyx_kwds && __pyx_nargs == 1))) {
values[0] = __pyx_args[0];
} else if
(cy_Pyx_ParseArgs(&__pyx_argspec, __pyx_args,

__pyx_nargs, __pyx_kwds, values) < 0) {
do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 104; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L3_error; } while (0); }

    __pyx_v_obj = values[0];
  }

  goto __pyx_L4_argument_unpacking_done;
  __pyx_L3_error:;
  for (mp_int_t __pyx_temp=0; __pyx_temp < (mp_int_t)(sizeof(values)/sizeof(values[0])); ++__pyx_temp) {

  }
  __pyx_traceback_0(".attr_direct", __pyx_lineno);

  return NULL;
  __pyx_L4_argument_unpacking_done:;
  __pyx_r = __pyx_pf_11errors_flow_22attr_direct(__pyx_self, __pyx_v_obj);

  /* function exit code */
  for (mp_int_t __pyx_temp=0; __pyx_temp < (mp_int_t)(sizeof(values)/sizeof(values[0])); ++__pyx_temp) {

  }

  return __pyx_r;
}

static mp_obj_t __pyx_pf_11errors_flow_22attr_direct(CYTHON_UNUSED mp_obj_t __pyx_self, mp_obj_t __pyx_v_obj) {
  mp_obj_t __pyx_r = NULL;
  __Pyx_RefNannyDeclarations
  mp_obj_t __pyx_t_1 = NULL;
  mp_obj_t __pyx_t_2 = NULL;
  mp_obj_t __pyx_t_3 = NULL;
  mp_obj_t __pyx_t_4 = NULL;
  int __pyx_t_5;
  int __pyx_lineno = 0;
  const char *__pyx_filename = NULL;
  int __pyx_clineno = 0;

  /* "errors_flow.pyx":105
 *
 * def attr_direct(obj):
 *     try:             # <<<<<<<<<<<<<<
 *         return obj.value
 *     except AttributeError:
*/
  {
    cy_Pyx_PyThreadState_declare;    cy_Pyx_PyThreadState_assign;    cy_Pyx_ExceptionSave(&__pyx_t_1, &__pyx_t_2, &__pyx_t_3);

    /*try:*/ {

      /* "errors_flow.pyx":106
 * def attr_direct(obj):
 *     try:
 *         return obj.value             # <<<<<<<<<<<<<<
 *     except AttributeError:
 *         return "no value"
*/
      __pyx_t_4 = cy_Pyx_PyObject_GetAttrStr(__pyx_v_obj, __pyx_n_u_value); if (MP_UNLIKELY(!!(!__pyx_t_4))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 106; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L3_error; } while (0);

      {
        mp_obj_t __pyx_temp;
        {
          __pyx_temp = __pyx_r;
          __pyx_r = __pyx_t_4;
        }

      }
      __pyx_t_4 = 0;
      goto __pyx_L7_try_return;

      /* "errors_flow.pyx":105
 *
 * def attr_direct(obj):
 *     try:             # <<<<<<<<<<<<<<
 *         return obj.value
 *     except AttributeError:
*/
    }
    __pyx_L3_error:;
     __pyx_t_4 = 0;

    /* "errors_flow.pyx":107
 *     try:
 *         return obj.value
 *     except AttributeError:             # <<<<<<<<<<<<<<
 *         return "no value"
 *
*/
    __pyx_t_5 = cy_Pyx_PyErr_ExceptionMatches(((mp_obj_t )(((cy_PyTypeObject*)MP_OBJ_FROM_PTR(&mp_type_AttributeError)))));
    if (__pyx_t_5) {
      cy_Pyx_ErrRestore(0,0,0);

      /* "errors_flow.pyx":108
 *         return obj.value
 *     except AttributeError:
 *         return "no value"             # <<<<<<<<<<<<<<
 *
 *
*/
      {
        mp_obj_t __pyx_temp;
        {
          __pyx_temp = __pyx_r;

          __pyx_r = __pyx_kp_u_no_value;
        }

      }
      goto __pyx_L6_except_return;
    }
    goto __pyx_L5_except_error;

    /* "errors_flow.pyx":105
 *
 * def attr_direct(obj):
 *     try:             # <<<<<<<<<<<<<<
 *         return obj.value
 *     except AttributeError:
*/
    __pyx_L5_except_error:;

    cy_Pyx_ExceptionReset(__pyx_t_1, __pyx_t_2, __pyx_t_3);
    goto __pyx_L1_error;
    __pyx_L7_try_return:;

    cy_Pyx_ExceptionReset(__pyx_t_1, __pyx_t_2, __pyx_t_3);
    goto __pyx_L0;
    __pyx_L6_except_return:;

    cy_Pyx_ExceptionReset(__pyx_t_1, __pyx_t_2, __pyx_t_3);
    goto __pyx_L0;
  }

  /* "errors_flow.pyx":104
 *
 *
 * def attr_direct(obj):             # <<<<<<<<<<<<<<
 *     try:
 *         return obj.value
*/

  /* function exit code */
  __pyx_L1_error:;

  __pyx_traceback_0(".attr_direct", __pyx_lineno);
  __pyx_r = NULL;
  __pyx_L0:;

  return __pyx_r;
}

/* "errors_flow.pyx":111
 *
 *
 * def divide(a, b):             # <<<<<<<<<<<<<<
 *     try:
 *         return a / b
*/

/* Python wrapper */
static mp_obj_t __pyx_pw_11errors_flow_25divide(mp_obj_t __pyx_self,

mp_obj_t const *__pyx_args, mp_int_t __pyx_nargs, mp_obj_t __pyx_kwds

); /*proto*/
static cy_PyMethodDef __pyx_mdef_11errors_flow_25divide = {"divide", (cy_PyCFunction)(void(*)(void))(cy_Pyx_PyCFunction_FastCallWithKeywords)__pyx_pw_11errors_flow_25divide, cy_Pyx_METH_FASTCALL|cy_METH_KEYWORDS, 0};
static mp_obj_t __pyx_pw_11errors_flow_25divide(mp_obj_t __pyx_self,

mp_obj_t const *__pyx_args, mp_int_t __pyx_nargs, mp_obj_t __pyx_kwds

) {
  mp_obj_t __pyx_v_a = 0;
  mp_obj_t __pyx_v_b = 0;

  CYTHON_UNUSED mp_obj_t const *__pyx_kwvalues;
  mp_obj_t values[2]        ;
  int __pyx_lineno = 0;
  const char *__pyx_filename = NULL;
  int __pyx_clineno = 0;
  mp_obj_t __pyx_r = 0;
  __Pyx_RefNannyDeclarations

  __pyx_kwvalues = cy_Pyx_KwValues_FASTCALL(__pyx_args, __pyx_nargs);
  {
static mp_obj_t * const __pyx_pyargnames[] = { &__pyx_n_u_a,
&__pyx_n_u_b, 0 };
static const cy_Pyx_ArgSpec __pyx_argspec = { "divide",
__pyx_pyargnames, 2, 2, 2, 0,
0, 0,

cy_Pyx_ARGS_EXACT|cy_Pyx_ARGS_KEYWORDS|cy_Pyx_ARGS_CLEAR };
if (MP_LIKELY(!!(!__pyx_kwds && __pyx_nargs == 2))) {
values[0] = __pyx_args[0];
values[1] =
__pyx_args[1];
} else if (cy_Pyx_ParseArgs(&__pyx_argspec, __pyx_args, __pyx_nargs, __pyx_kwds, values) < 0) {

do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 111; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L3_error; } while (0); }

    __pyx_v_a = values[0];
    __pyx_v_b = values[1];
  }

  goto __pyx_L4_argument_unpacking_done;
  __pyx_L3_error:;
  for (mp_int_t __pyx_temp=0; __pyx_temp < (mp_int_t)(sizeof(values)/sizeof(values[0])); ++__pyx_temp) {

  }
  __pyx_traceback_0(".divide", __pyx_lineno);

  return NULL;
  __pyx_L4_argument_unpacking_done:;
  __pyx_r = __pyx_pf_11errors_flow_24divide(__pyx_self, __pyx_v_a, __pyx_v_b);

  /* function exit code */
  for (mp_int_t __pyx_temp=0; __pyx_temp < (mp_int_t)(sizeof(values)/sizeof(values[0])); ++__pyx_temp) {

  }

  return __pyx_r;
}

static mp_obj_t __pyx_pf_11errors_flow_24divide(CYTHON_UNUSED mp_obj_t __pyx_self, mp_obj_t __pyx_v_a, mp_obj_t __pyx_v_b) {
  CYTHON_UNUSED mp_obj_t __pyx_v_e = NULL;
  mp_obj_t __pyx_r = NULL;
  __Pyx_RefNannyDeclarations
  mp_obj_t __pyx_t_1 = NULL;
  mp_obj_t __pyx_t_2 = NULL;
  mp_obj_t __pyx_t_3 = NULL;
  mp_obj_t __pyx_t_4 = NULL;
  int __pyx_t_5;
  mp_obj_t __pyx_t_6 = NULL;
  mp_obj_t __pyx_t_7 = NULL;
  mp_obj_t __pyx_t_8 = NULL;
  int __pyx_lineno = 0;
  const char *__pyx_filename = NULL;
  int __pyx_clineno = 0;

  /* "errors_flow.pyx":112
 *
 * def divide(a, b):
 *     try:             # <<<<<<<<<<<<<<
 *         return a / b
 *     except ZeroDivisionError as e:
*/
  {
    cy_Pyx_PyThreadState_declare;    cy_Pyx_PyThreadState_assign;    cy_Pyx_ExceptionSave(&__pyx_t_1, &__pyx_t_2, &__pyx_t_3);

    /*try:*/ {

      /* "errors_flow.pyx":113
 * def divide(a, b):
 *     try:
 *         return a / b             # <<<<<<<<<<<<<<
 *     except ZeroDivisionError as e:
 *         return "divided by zero"
*/
      __pyx_t_4 = cy_Pyx_PyNumber_Divide(__pyx_v_a, __pyx_v_b); if (MP_UNLIKELY(!!(!__pyx_t_4))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 113; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L3_error; } while (0);

      {
        mp_obj_t __pyx_temp;
        {
          __pyx_temp = __pyx_r;
          __pyx_r = __pyx_t_4;
        }

      }
      __pyx_t_4 = 0;
      goto __pyx_L7_try_return;

      /* "errors_flow.pyx":112
 *
 * def divide(a, b):
 *     try:             # <<<<<<<<<<<<<<
 *         return a / b
 *     except ZeroDivisionError as e:
*/
    }
    __pyx_L3_error:;
     __pyx_t_4 = 0;

    /* "errors_flow.pyx":114
 *     try:
 *         return a / b
 *     except ZeroDivisionError as e:             # <<<<<<<<<<<<<<
 *         return "divided by zero"
 *     except TypeError:
*/
    __pyx_t_5 = cy_Pyx_PyErr_ExceptionMatches(((mp_obj_t )(((cy_PyTypeObject*)MP_OBJ_FROM_PTR(&mp_type_ZeroDivisionError)))));
    if (__pyx_t_5) {
      __pyx_traceback_0(".divide", __pyx_lineno);
      if (cy_Pyx_GetException(&__pyx_t_4, &__pyx_t_6, &__pyx_t_7) < 0) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 114; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L5_except_error; } while (0);

      __pyx_v_e = __pyx_t_6;
      /*try:*/ {

        /* "errors_flow.pyx":115
 *         return a / b
 *     except ZeroDivisionError as e:
 *         return "divided by zero"             # <<<<<<<<<<<<<<
 *     except TypeError:
 *         return "bad operands"
*/
        {
          mp_obj_t __pyx_temp;
          {
            __pyx_temp = __pyx_r;

            __pyx_r = __pyx_kp_u_divided_by_zero;
          }

        }
         __pyx_t_4 = 0;
         __pyx_t_6 = 0;
         __pyx_t_7 = 0;
        goto __pyx_L13_return;
      }

      /* "errors_flow.pyx":114
 *     try:
 *         return a / b
 *     except ZeroDivisionError as e:             # <<<<<<<<<<<<<<
 *         return "divided by zero"
 *     except TypeError:
*/
      /*finally:*/ {
        __pyx_L13_return: {
          __pyx_t_8 = __pyx_r;
          __pyx_r = 0;
           __pyx_v_e = 0;
          __pyx_r = __pyx_t_8;
          __pyx_t_8 = 0;
          goto __pyx_L6_except_return;
        }
      }
    }

    /* "errors_flow.pyx":116
 *     except ZeroDivisionError as e:
 *         return "divided by zero"
 *     except TypeError:             # <<<<<<<<<<<<<<
 *         return "bad operands"
 *
*/
    __pyx_t_5 = cy_Pyx_PyErr_ExceptionMatches(((mp_obj_t )(((cy_PyTypeObject*)MP_OBJ_FROM_PTR(&mp_type_TypeError)))));
    if (__pyx_t_5) {
      cy_Pyx_ErrRestore(0,0,0);

      /* "errors_flow.pyx":117
 *         return "divided by zero"
 *     except TypeError:
 *         return "bad operands"             # <<<<<<<<<<<<<<
 *
 *
*/
      {
        mp_obj_t __pyx_temp;
        {
          __pyx_temp = __pyx_r;

          __pyx_r = __pyx_kp_u_bad_operands;
        }

      }
      goto __pyx_L6_except_return;
    }
    goto __pyx_L5_except_error;

    /* "errors_flow.pyx":112
 *
 * def divide(a, b):
 *     try:             # <<<<<<<<<<<<<<
 *         return a / b
 *     except ZeroDivisionError as e:
*/
    __pyx_L5_except_error:;

    cy_Pyx_ExceptionReset(__pyx_t_1, __pyx_t_2, __pyx_t_3);
    goto __pyx_L1_error;
    __pyx_L7_try_return:;

    cy_Pyx_ExceptionReset(__pyx_t_1, __pyx_t_2, __pyx_t_3);
    goto __pyx_L0;
    __pyx_L6_except_return:;

    cy_Pyx_ExceptionReset(__pyx_t_1, __pyx_t_2, __pyx_t_3);
    goto __pyx_L0;
  }

  /* "errors_flow.pyx":111
 *
 *
 * def divide(a, b):             # <<<<<<<<<<<<<<
 *     try:
 *         return a / b
*/

  /* function exit code */
  __pyx_L1_error:;

  __pyx_traceback_0(".divide", __pyx_lineno);
  __pyx_r = NULL;
  __pyx_L0:;

  return __pyx_r;
}

/* "errors_flow.pyx":120
 *
 *
 * def add_objects(a, b):             # <<<<<<<<<<<<<<
 *     try:
 *         return a + b
*/

/* Python wrapper */
static mp_obj_t __pyx_pw_11errors_flow_27add_objects(mp_obj_t __pyx_self,

mp_obj_t const *__pyx_args, mp_int_t __pyx_nargs, mp_obj_t __pyx_kwds

); /*proto*/
static cy_PyMethodDef __pyx_mdef_11errors_flow_27add_objects = {"add_objects", (cy_PyCFunction)(void(*)(void))(cy_Pyx_PyCFunction_FastCallWithKeywords)__pyx_pw_11errors_flow_27add_objects, cy_Pyx_METH_FASTCALL|cy_METH_KEYWORDS, 0};
static mp_obj_t __pyx_pw_11errors_flow_27add_objects(mp_obj_t __pyx_self,

mp_obj_t const *__pyx_args, mp_int_t __pyx_nargs, mp_obj_t __pyx_kwds

) {
  mp_obj_t __pyx_v_a = 0;
  mp_obj_t __pyx_v_b = 0;

  CYTHON_UNUSED mp_obj_t const *__pyx_kwvalues;
  mp_obj_t values[2]        ;
  int __pyx_lineno = 0;
  const char *__pyx_filename = NULL;
  int __pyx_clineno = 0;
  mp_obj_t __pyx_r = 0;
  __Pyx_RefNannyDeclarations

  __pyx_kwvalues = cy_Pyx_KwValues_FASTCALL(__pyx_args, __pyx_nargs);
  {
static mp_obj_t * const __pyx_pyargnames[] = { &__pyx_n_u_a,
&__pyx_n_u_b, 0 };
static const cy_Pyx_ArgSpec __pyx_argspec = { "add_objects",
__pyx_pyargnames, 2, 2, 2, 0,
0, 0,

cy_Pyx_ARGS_EXACT|cy_Pyx_ARGS_KEYWORDS|cy_Pyx_ARGS_CLEAR };
if (MP_LIKELY(!!(!__pyx_kwds && __pyx_nargs == 2))) {
values[0] = __pyx_args[0];
values[1] =
__pyx_args[1];
} else if (cy_Pyx_ParseArgs(&__pyx_argspec, __pyx_args, __pyx_nargs, __pyx_kwds, values) < 0) {

do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 120; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L3_error; } while (0); }

    __pyx_v_a = values[0];
    __pyx_v_b = values[1];
  }

  goto __pyx_L4_argument_unpacking_done;
  __pyx_L3_error:;
  for (mp_int_t __pyx_temp=0; __pyx_temp < (mp_int_t)(sizeof(values)/sizeof(values[0])); ++__pyx_temp) {

  }
  __pyx_traceback_0(".add_objects", __pyx_lineno);

  return NULL;
  __pyx_L4_argument_unpacking_done:;
  __pyx_r = __pyx_pf_11errors_flow_26add_objects(__pyx_self, __pyx_v_a, __pyx_v_b);

  /* function exit code */
  for (mp_int_t __pyx_temp=0; __pyx_temp < (mp_int_t)(sizeof(values)/sizeof(values[0])); ++__pyx_temp) {

  }

  return __pyx_r;
}

static mp_obj_t __pyx_pf_11errors_flow_26add_objects(CYTHON_UNUSED mp_obj_t __pyx_self, mp_obj_t __pyx_v_a, mp_obj_t __pyx_v_b) {
  mp_obj_t __pyx_v_e = NULL;
  mp_obj_t __pyx_r = NULL;
  __Pyx_RefNannyDeclarations
  mp_obj_t __pyx_t_1 = NULL;
  mp_obj_t __pyx_t_2 = NULL;
  mp_obj_t __pyx_t_3 = NULL;
  mp_obj_t __pyx_t_4 = NULL;
  int __pyx_t_5;
  mp_obj_t __pyx_t_6 = NULL;
  mp_obj_t __pyx_t_7 = NULL;
  mp_obj_t __pyx_t_8 = NULL;
  mp_obj_t __pyx_t_9 = NULL;
  int __pyx_t_10;
  char const *__pyx_t_11;
  mp_obj_t __pyx_t_12 = NULL;
  mp_obj_t __pyx_t_13 = NULL;
  mp_obj_t __pyx_t_14 = NULL;
  mp_obj_t __pyx_t_15 = NULL;
  mp_obj_t __pyx_t_16 = NULL;
  mp_obj_t __pyx_t_17 = NULL;
  int __pyx_lineno = 0;
  const char *__pyx_filename = NULL;
  int __pyx_clineno = 0;

  /* "errors_flow.pyx":121
 *
 * def add_objects(a, b):
 *     try:             # <<<<<<<<<<<<<<
 *         return a + b
 *     except TypeError:
*/
  {
    cy_Pyx_PyThreadState_declare;    cy_Pyx_PyThreadState_assign;    cy_Pyx_ExceptionSave(&__pyx_t_1, &__pyx_t_2, &__pyx_t_3);

    /*try:*/ {

      /* "errors_flow.pyx":122
 * def add_objects(a, b):
 *     try:
 *         return a + b             # <<<<<<<<<<<<<<
 *     except TypeError:
 *         return "cannot add"
*/
      __pyx_t_4 = cy_Pyx_PyNumber_Add_object_object(__pyx_v_a, __pyx_v_b); if (MP_UNLIKELY(!!(!__pyx_t_4))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 122; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L3_error; } while (0);

      {
        mp_obj_t __pyx_temp;
        {
          __pyx_temp = __pyx_r;
          __pyx_r = __pyx_t_4;
        }

      }
      __pyx_t_4 = 0;
      goto __pyx_L7_try_return;

      /* "errors_flow.pyx":121
 *
 * def add_objects(a, b):
 *     try:             # <<<<<<<<<<<<<<
 *         return a + b
 *     except TypeError:
*/
    }
    __pyx_L3_error:;
     __pyx_t_4 = 0;

    /* "errors_flow.pyx":123
 *     try:
 *         return a + b
 *     except TypeError:             # <<<<<<<<<<<<<<
 *         return "cannot add"
 *     except ValueError as e:
*/
    __pyx_t_5 = cy_Pyx_PyErr_ExceptionMatches(((mp_obj_t )(((cy_PyTypeObject*)MP_OBJ_FROM_PTR(&mp_type_TypeError)))));
    if (__pyx_t_5) {
      cy_Pyx_ErrRestore(0,0,0);

      /* "errors_flow.pyx":124
 *         return a + b
 *     except TypeError:
 *         return "cannot add"             # <<<<<<<<<<<<<<
 *     except ValueError as e:
 *         return "value: " + str(e)
*/
      {
        mp_obj_t __pyx_temp;
        {
          __pyx_temp = __pyx_r;

          __pyx_r = __pyx_kp_u_cannot_add;
        }

      }
      goto __pyx_L6_except_return;
    }

    /* "errors_flow.pyx":125
 *     except TypeError:
 *         return "cannot add"
 *     except ValueError as e:             # <<<<<<<<<<<<<<
 *         return "value: " + str(e)
 *
*/
    __pyx_t_5 = cy_Pyx_PyErr_ExceptionMatches(((mp_obj_t )(((cy_PyTypeObject*)MP_OBJ_FROM_PTR(&mp_type_ValueError)))));
    if (__pyx_t_5) {
      __pyx_traceback_0(".add_objects", __pyx_lineno);
      if (cy_Pyx_GetException(&__pyx_t_4, &__pyx_t_6, &__pyx_t_7) < 0) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 125; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L5_except_error; } while (0);

      __pyx_v_e = __pyx_t_6;
      /*try:*/ {

        /* "errors_flow.pyx":126
 *         return "cannot add"
 *     except ValueError as e:
 *         return "value: " + str(e)             # <<<<<<<<<<<<<<
 *
 *
*/
        __pyx_t_8 = cy_Pyx_PyObject_Unicode(__pyx_v_e); if (MP_UNLIKELY(!!(!__pyx_t_8))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 126; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L16_error; } while (0);

        __pyx_t_9 = cy_Pyx_PyUnicode_Concat(__pyx_kp_u_value_2, __pyx_t_8); if (MP_UNLIKELY(!!(!__pyx_t_9))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 126; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L16_error; } while (0);

         __pyx_t_8 = 0;
        {
          mp_obj_t __pyx_temp;
          {
            __pyx_temp = __pyx_r;
            __pyx_r = __pyx_t_9;
          }

        }
        __pyx_t_9 = 0;
         __pyx_t_4 = 0;
         __pyx_t_6 = 0;
         __pyx_t_7 = 0;
        goto __pyx_L15_return;
      }

      /* "errors_flow.pyx":125
 *     except TypeError:
 *         return "cannot add"
 *     except ValueError as e:             # <<<<<<<<<<<<<<
 *         return "value: " + str(e)
 *
*/
      /*finally:*/ {
        __pyx_L16_error:;
        /*exception exit:*/{
          cy_Pyx_PyThreadState_declare;          cy_Pyx_PyThreadState_assign;          __pyx_t_12 = 0; __pyx_t_13 = 0; __pyx_t_14 = 0; __pyx_t_15 = 0; __pyx_t_16 = 0; __pyx_t_17 = 0;
           __pyx_t_8 = 0;
           __pyx_t_9 = 0;
           cy_Pyx_ExceptionSwap(&__pyx_t_15, &__pyx_t_16, &__pyx_t_17);
          if ( MP_UNLIKELY(!!(cy_Pyx_GetException(&__pyx_t_12, &__pyx_t_13, &__pyx_t_14) < 0))) cy_Pyx_ErrFetch(&__pyx_t_12, &__pyx_t_13, &__pyx_t_14);

          __pyx_t_5 = __pyx_lineno; __pyx_t_10 = __pyx_clineno; __pyx_t_11 = __pyx_filename;
          {
             __pyx_v_e = 0;
          }

          cy_Pyx_ExceptionReset(__pyx_t_15, __pyx_t_16, __pyx_t_17);

          cy_Pyx_ErrRestore(__pyx_t_12, __pyx_t_13, __pyx_t_14);
          __pyx_t_12 = 0; __pyx_t_13 = 0; __pyx_t_14 = 0; __pyx_t_15 = 0; __pyx_t_16 = 0; __pyx_t_17 = 0;
          __pyx_lineno = __pyx_t_5; __pyx_clineno = __pyx_t_10; __pyx_filename = __pyx_t_11;
          goto __pyx_L5_except_error;
        }
        __pyx_L15_return: {
          __pyx_t_17 = __pyx_r;
          __pyx_r = 0;
           __pyx_v_e = 0;
          __pyx_r = __pyx_t_17;
          __pyx_t_17 = 0;
          goto __pyx_L6_except_return;
        }
      }
    }
    goto __pyx_L5_except_error;

    /* "errors_flow.pyx":121
 *
 * def add_objects(a, b):
 *     try:             # <<<<<<<<<<<<<<
 *         return a + b
 *     except TypeError:
*/
    __pyx_L5_except_error:;

    cy_Pyx_ExceptionReset(__pyx_t_1, __pyx_t_2, __pyx_t_3);
    goto __pyx_L1_error;
    __pyx_L7_try_return:;

    cy_Pyx_ExceptionReset(__pyx_t_1, __pyx_t_2, __pyx_t_3);
    goto __pyx_L0;
    __pyx_L6_except_return:;

    cy_Pyx_ExceptionReset(__pyx_t_1, __pyx_t_2, __pyx_t_3);
    goto __pyx_L0;
  }

  /* "errors_flow.pyx":120
 *
 *
 * def add_objects(a, b):             # <<<<<<<<<<<<<<
 *     try:
 *         return a + b
*/

  /* function exit code */
  __pyx_L1_error:;

  __pyx_traceback_0(".add_objects", __pyx_lineno);
  __pyx_r = NULL;
  __pyx_L0:;

  return __pyx_r;
}

/* "errors_flow.pyx":129
 *
 *
 * def compare(a, b):             # <<<<<<<<<<<<<<
 *     try:
 *         return a < b
*/

/* Python wrapper */
static mp_obj_t __pyx_pw_11errors_flow_29compare(mp_obj_t __pyx_self,

mp_obj_t const *__pyx_args, mp_int_t __pyx_nargs, mp_obj_t __pyx_kwds

); /*proto*/
static cy_PyMethodDef __pyx_mdef_11errors_flow_29compare = {"compare", (cy_PyCFunction)(void(*)(void))(cy_Pyx_PyCFunction_FastCallWithKeywords)__pyx_pw_11errors_flow_29compare, cy_Pyx_METH_FASTCALL|cy_METH_KEYWORDS, 0};
static mp_obj_t __pyx_pw_11errors_flow_29compare(mp_obj_t __pyx_self,

mp_obj_t const *__pyx_args, mp_int_t __pyx_nargs, mp_obj_t __pyx_kwds

) {
  mp_obj_t __pyx_v_a = 0;
  mp_obj_t __pyx_v_b = 0;

  CYTHON_UNUSED mp_obj_t const *__pyx_kwvalues;
  mp_obj_t values[2]        ;
  int __pyx_lineno = 0;
  const char *__pyx_filename = NULL;
  int __pyx_clineno = 0;
  mp_obj_t __pyx_r = 0;
  __Pyx_RefNannyDeclarations

  __pyx_kwvalues = cy_Pyx_KwValues_FASTCALL(__pyx_args, __pyx_nargs);
  {
static mp_obj_t * const __pyx_pyargnames[] = { &__pyx_n_u_a,
&__pyx_n_u_b, 0 };
static const cy_Pyx_ArgSpec __pyx_argspec = { "compare",
__pyx_pyargnames, 2, 2, 2, 0,
0, 0,

cy_Pyx_ARGS_EXACT|cy_Pyx_ARGS_KEYWORDS|cy_Pyx_ARGS_CLEAR };
if (MP_LIKELY(!!(!__pyx_kwds && __pyx_nargs == 2))) {
values[0] = __pyx_args[0];
values[1] =
__pyx_args[1];
} else if (cy_Pyx_ParseArgs(&__pyx_argspec, __pyx_args, __pyx_nargs, __pyx_kwds, values) < 0) {

do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 129; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L3_error; } while (0); }

    __pyx_v_a = values[0];
    __pyx_v_b = values[1];
  }

  goto __pyx_L4_argument_unpacking_done;
  __pyx_L3_error:;
  for (mp_int_t __pyx_temp=0; __pyx_temp < (mp_int_t)(sizeof(values)/sizeof(values[0])); ++__pyx_temp) {

  }
  __pyx_traceback_0(".compare", __pyx_lineno);

  return NULL;
  __pyx_L4_argument_unpacking_done:;
  __pyx_r = __pyx_pf_11errors_flow_28compare(__pyx_self, __pyx_v_a, __pyx_v_b);

  /* function exit code */
  for (mp_int_t __pyx_temp=0; __pyx_temp < (mp_int_t)(sizeof(values)/sizeof(values[0])); ++__pyx_temp) {

  }

  return __pyx_r;
}

static mp_obj_t __pyx_pf_11errors_flow_28compare(CYTHON_UNUSED mp_obj_t __pyx_self, mp_obj_t __pyx_v_a, mp_obj_t __pyx_v_b) {
  mp_obj_t __pyx_v_e = NULL;
  mp_obj_t __pyx_r = NULL;
  __Pyx_RefNannyDeclarations
  mp_obj_t __pyx_t_1 = NULL;
  mp_obj_t __pyx_t_2 = NULL;
  mp_obj_t __pyx_t_3 = NULL;
  mp_obj_t __pyx_t_4 = NULL;
  int __pyx_t_5;
  mp_obj_t __pyx_t_6 = NULL;
  mp_obj_t __pyx_t_7 = NULL;
  mp_obj_t __pyx_t_8 = NULL;
  mp_obj_t __pyx_t_9 = NULL;
  int __pyx_t_10;
  char const *__pyx_t_11;
  mp_obj_t __pyx_t_12 = NULL;
  mp_obj_t __pyx_t_13 = NULL;
  mp_obj_t __pyx_t_14 = NULL;
  mp_obj_t __pyx_t_15 = NULL;
  mp_obj_t __pyx_t_16 = NULL;
  mp_obj_t __pyx_t_17 = NULL;
  int __pyx_lineno = 0;
  const char *__pyx_filename = NULL;
  int __pyx_clineno = 0;

  /* "errors_flow.pyx":130
 *
 * def compare(a, b):
 *     try:             # <<<<<<<<<<<<<<
 *         return a < b
 *     except TypeError:
*/
  {
    cy_Pyx_PyThreadState_declare;    cy_Pyx_PyThreadState_assign;    cy_Pyx_ExceptionSave(&__pyx_t_1, &__pyx_t_2, &__pyx_t_3);

    /*try:*/ {

      /* "errors_flow.pyx":131
 * def compare(a, b):
 *     try:
 *         return a < b             # <<<<<<<<<<<<<<
 *     except TypeError:
 *         return "unorderable"
*/
      __pyx_t_4 = cy_Pyx_PyObject_CompareLt_object_object(__pyx_v_a, __pyx_v_b, cy_Py_LT);  if (MP_UNLIKELY(!!(!__pyx_t_4))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 131; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L3_error; } while (0);
      {
        mp_obj_t __pyx_temp;
        {
          __pyx_temp = __pyx_r;
          __pyx_r = __pyx_t_4;
        }

      }
      __pyx_t_4 = 0;
      goto __pyx_L7_try_return;

      /* "errors_flow.pyx":130
 *
 * def compare(a, b):
 *     try:             # <<<<<<<<<<<<<<
 *         return a < b
 *     except TypeError:
*/
    }
    __pyx_L3_error:;
     __pyx_t_4 = 0;

    /* "errors_flow.pyx":132
 *     try:
 *         return a < b
 *     except TypeError:             # <<<<<<<<<<<<<<
 *         return "unorderable"
 *     except DeviceError as e:
*/
    __pyx_t_5 = cy_Pyx_PyErr_ExceptionMatches(((mp_obj_t )(((cy_PyTypeObject*)MP_OBJ_FROM_PTR(&mp_type_TypeError)))));
    if (__pyx_t_5) {
      cy_Pyx_ErrRestore(0,0,0);

      /* "errors_flow.pyx":133
 *         return a < b
 *     except TypeError:
 *         return "unorderable"             # <<<<<<<<<<<<<<
 *     except DeviceError as e:
 *         return "device " + str(e.args[0])
*/
      {
        mp_obj_t __pyx_temp;
        {
          __pyx_temp = __pyx_r;

          __pyx_r = __pyx_n_u_unorderable;
        }

      }
      goto __pyx_L6_except_return;
    }

    /* "errors_flow.pyx":134
 *     except TypeError:
 *         return "unorderable"
 *     except DeviceError as e:             # <<<<<<<<<<<<<<
 *         return "device " + str(e.args[0])
 *
*/
    cy_Pyx_ErrFetch(&__pyx_t_4, &__pyx_t_6, &__pyx_t_7);
    cy_Pyx_GetModuleGlobalName(__pyx_t_8, __pyx_n_u_DeviceError); if (MP_UNLIKELY(!!(!__pyx_t_8))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 134; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L5_except_error; } while (0);

    __pyx_t_5 = cy_Pyx_PyErr_GivenExceptionMatches(__pyx_t_4, __pyx_t_8);
     __pyx_t_8 = 0;
    cy_Pyx_ErrRestore(__pyx_t_4, __pyx_t_6, __pyx_t_7);
    __pyx_t_4 = 0; __pyx_t_6 = 0; __pyx_t_7 = 0;
    if (__pyx_t_5) {
      __pyx_traceback_0(".compare", __pyx_lineno);
      if (cy_Pyx_GetException(&__pyx_t_7, &__pyx_t_6, &__pyx_t_4) < 0) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 134; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L5_except_error; } while (0);

      __pyx_v_e = __pyx_t_6;
      /*try:*/ {

        /* "errors_flow.pyx":135
 *         return "unorderable"
 *     except DeviceError as e:
 *         return "device " + str(e.args[0])             # <<<<<<<<<<<<<<
 *
 *
*/
        __pyx_t_8 = cy_Pyx_PyBaseException_get_args(__pyx_v_e); if (MP_UNLIKELY(!!(!__pyx_t_8))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 135; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L16_error; } while (0);

        __pyx_t_9 = cy_Pyx_GetItemInt(__pyx_t_8, 0, long, 1, cy_Pyx_PyLong_From_long, 0, 1, 1, cy_Pyx_ReferenceSharing_OwnStrongReference); if (MP_UNLIKELY(!!(!__pyx_t_9))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 135; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L16_error; } while (0);

         __pyx_t_8 = 0;
        __pyx_t_8 = cy_Pyx_PyObject_Unicode(__pyx_t_9); if (MP_UNLIKELY(!!(!__pyx_t_8))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 135; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L16_error; } while (0);

         __pyx_t_9 = 0;
        __pyx_t_9 = cy_Pyx_PyUnicode_Concat(__pyx_kp_u_device_2, __pyx_t_8); if (MP_UNLIKELY(!!(!__pyx_t_9))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 135; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L16_error; } while (0);

         __pyx_t_8 = 0;
        {
          mp_obj_t __pyx_temp;
          {
            __pyx_temp = __pyx_r;
            __pyx_r = __pyx_t_9;
          }

        }
        __pyx_t_9 = 0;
         __pyx_t_4 = 0;
         __pyx_t_6 = 0;
         __pyx_t_7 = 0;
        goto __pyx_L15_return;
      }

      /* "errors_flow.pyx":134
 *     except TypeError:
 *         return "unorderable"
 *     except DeviceError as e:             # <<<<<<<<<<<<<<
 *         return "device " + str(e.args[0])
 *
*/
      /*finally:*/ {
        __pyx_L16_error:;
        /*exception exit:*/{
          cy_Pyx_PyThreadState_declare;          cy_Pyx_PyThreadState_assign;          __pyx_t_12 = 0; __pyx_t_13 = 0; __pyx_t_14 = 0; __pyx_t_15 = 0; __pyx_t_16 = 0; __pyx_t_17 = 0;
           __pyx_t_8 = 0;
           __pyx_t_9 = 0;
           cy_Pyx_ExceptionSwap(&__pyx_t_15, &__pyx_t_16, &__pyx_t_17);
          if ( MP_UNLIKELY(!!(cy_Pyx_GetException(&__pyx_t_12, &__pyx_t_13, &__pyx_t_14) < 0))) cy_Pyx_ErrFetch(&__pyx_t_12, &__pyx_t_13, &__pyx_t_14);

          __pyx_t_5 = __pyx_lineno; __pyx_t_10 = __pyx_clineno; __pyx_t_11 = __pyx_filename;
          {
             __pyx_v_e = 0;
          }

          cy_Pyx_ExceptionReset(__pyx_t_15, __pyx_t_16, __pyx_t_17);

          cy_Pyx_ErrRestore(__pyx_t_12, __pyx_t_13, __pyx_t_14);
          __pyx_t_12 = 0; __pyx_t_13 = 0; __pyx_t_14 = 0; __pyx_t_15 = 0; __pyx_t_16 = 0; __pyx_t_17 = 0;
          __pyx_lineno = __pyx_t_5; __pyx_clineno = __pyx_t_10; __pyx_filename = __pyx_t_11;
          goto __pyx_L5_except_error;
        }
        __pyx_L15_return: {
          __pyx_t_17 = __pyx_r;
          __pyx_r = 0;
           __pyx_v_e = 0;
          __pyx_r = __pyx_t_17;
          __pyx_t_17 = 0;
          goto __pyx_L6_except_return;
        }
      }
    }
    goto __pyx_L5_except_error;

    /* "errors_flow.pyx":130
 *
 * def compare(a, b):
 *     try:             # <<<<<<<<<<<<<<
 *         return a < b
 *     except TypeError:
*/
    __pyx_L5_except_error:;

    cy_Pyx_ExceptionReset(__pyx_t_1, __pyx_t_2, __pyx_t_3);
    goto __pyx_L1_error;
    __pyx_L7_try_return:;

    cy_Pyx_ExceptionReset(__pyx_t_1, __pyx_t_2, __pyx_t_3);
    goto __pyx_L0;
    __pyx_L6_except_return:;

    cy_Pyx_ExceptionReset(__pyx_t_1, __pyx_t_2, __pyx_t_3);
    goto __pyx_L0;
  }

  /* "errors_flow.pyx":129
 *
 *
 * def compare(a, b):             # <<<<<<<<<<<<<<
 *     try:
 *         return a < b
*/

  /* function exit code */
  __pyx_L1_error:;

  __pyx_traceback_0(".compare", __pyx_lineno);
  __pyx_r = NULL;
  __pyx_L0:;

  return __pyx_r;
}

/* "errors_flow.pyx":138
 *
 *
 * def iterate(obj):             # <<<<<<<<<<<<<<
 *     out = []
 *     try:
*/

/* Python wrapper */
static mp_obj_t __pyx_pw_11errors_flow_31iterate(mp_obj_t __pyx_self,

mp_obj_t const *__pyx_args, mp_int_t __pyx_nargs, mp_obj_t __pyx_kwds

); /*proto*/
static cy_PyMethodDef __pyx_mdef_11errors_flow_31iterate = {"iterate", (cy_PyCFunction)(void(*)(void))(cy_Pyx_PyCFunction_FastCallWithKeywords)__pyx_pw_11errors_flow_31iterate, cy_Pyx_METH_FASTCALL|cy_METH_KEYWORDS, 0};
static mp_obj_t __pyx_pw_11errors_flow_31iterate(mp_obj_t __pyx_self,

mp_obj_t const *__pyx_args, mp_int_t __pyx_nargs, mp_obj_t __pyx_kwds

) {
  mp_obj_t __pyx_v_obj = 0;

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
&__pyx_n_u_obj, 0 };
static const cy_Pyx_ArgSpec __pyx_argspec = { "iterate",
__pyx_pyargnames, 1, 1, 1, 0,
0, 0,

cy_Pyx_ARGS_EXACT|cy_Pyx_ARGS_KEYWORDS|cy_Pyx_ARGS_CLEAR };
if (MP_LIKELY(!!(!__pyx_kwds && __pyx_nargs == 1))) {
values[0] = __pyx_args[0];
} else if
(cy_Pyx_ParseArgs(&__pyx_argspec, __pyx_args,

__pyx_nargs, __pyx_kwds, values) < 0) {
do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 138; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L3_error; } while (0); }

    __pyx_v_obj = values[0];
  }

  goto __pyx_L4_argument_unpacking_done;
  __pyx_L3_error:;
  for (mp_int_t __pyx_temp=0; __pyx_temp < (mp_int_t)(sizeof(values)/sizeof(values[0])); ++__pyx_temp) {

  }
  __pyx_traceback_0(".iterate", __pyx_lineno);

  return NULL;
  __pyx_L4_argument_unpacking_done:;
  __pyx_r = __pyx_pf_11errors_flow_30iterate(__pyx_self, __pyx_v_obj);

  /* function exit code */
  for (mp_int_t __pyx_temp=0; __pyx_temp < (mp_int_t)(sizeof(values)/sizeof(values[0])); ++__pyx_temp) {

  }

  return __pyx_r;
}

static mp_obj_t __pyx_pf_11errors_flow_30iterate(CYTHON_UNUSED mp_obj_t __pyx_self, mp_obj_t __pyx_v_obj) {
  mp_obj_t __pyx_v_out = NULL;
  mp_obj_t __pyx_v_x = NULL;
  mp_obj_t __pyx_v_e = NULL;
  mp_obj_t __pyx_r = NULL;
  __Pyx_RefNannyDeclarations
  mp_obj_t __pyx_t_1 = NULL;
  mp_obj_t __pyx_t_2 = NULL;
  mp_obj_t __pyx_t_3 = NULL;
  mp_obj_t __pyx_t_4 = NULL;
  mp_int_t __pyx_t_5;

  mp_obj_t __pyx_t_7 = NULL;
  int __pyx_t_8;
  int __pyx_t_9;
  mp_obj_t __pyx_t_10 = NULL;
  mp_obj_t __pyx_t_11 = NULL;
  mp_obj_t __pyx_t_12 = NULL;
  int __pyx_t_13;
  char const *__pyx_t_14;
  mp_obj_t __pyx_t_15 = NULL;
  mp_obj_t __pyx_t_16 = NULL;
  mp_obj_t __pyx_t_17 = NULL;
  mp_obj_t __pyx_t_18 = NULL;
  mp_obj_t __pyx_t_19 = NULL;
  mp_obj_t __pyx_t_20 = NULL;
  int __pyx_lineno = 0;
  const char *__pyx_filename = NULL;
  int __pyx_clineno = 0;

  /* "errors_flow.pyx":139
 *
 * def iterate(obj):
 *     out = []             # <<<<<<<<<<<<<<
 *     try:
 *         for x in obj:
*/
  __pyx_t_1 = cy_PyList_New(0); if (MP_UNLIKELY(!!(!__pyx_t_1))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 139; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

  __pyx_v_out = ((mp_obj_t)__pyx_t_1);
  __pyx_t_1 = 0;

  /* "errors_flow.pyx":140
 * def iterate(obj):
 *     out = []
 *     try:             # <<<<<<<<<<<<<<
 *         for x in obj:
 *             out.append(x)
*/
  {
    cy_Pyx_PyThreadState_declare;    cy_Pyx_PyThreadState_assign;    cy_Pyx_ExceptionSave(&__pyx_t_2, &__pyx_t_3, &__pyx_t_4);

    /*try:*/ {

      /* "errors_flow.pyx":141
 *     out = []
 *     try:
 *         for x in obj:             # <<<<<<<<<<<<<<
 *             out.append(x)
 *     except RuntimeError as e:
*/

        __pyx_t_1 = cy_Pyx_ForIter_Start(__pyx_v_obj, &__pyx_t_5); if (MP_UNLIKELY(!!(!__pyx_t_1))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 141; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L3_error; } while (0);

      for (;;) {

              __pyx_t_7 = cy_Pyx_ForIter_Next(__pyx_t_1, &__pyx_t_5);

              if (MP_UNLIKELY(!!(!__pyx_t_7))) {

            if (MP_UNLIKELY(!!(cy_PyErr_Occurred()))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 141; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L3_error; } while (0);
            break;
          }

        __pyx_v_x = __pyx_t_7;
        __pyx_t_7 = 0;

        /* "errors_flow.pyx":142
 *     try:
 *         for x in obj:
 *             out.append(x)             # <<<<<<<<<<<<<<
 *     except RuntimeError as e:
 *         out.append("stopped: " + str(e))
*/
        __pyx_t_8 = cy_Pyx_PyList_Append(__pyx_v_out, __pyx_v_x); if (MP_UNLIKELY(!!(__pyx_t_8 == ((int)-1)))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 142; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L3_error; } while (0);

        /* "errors_flow.pyx":141
 *     out = []
 *     try:
 *         for x in obj:             # <<<<<<<<<<<<<<
 *             out.append(x)
 *     except RuntimeError as e:
*/
      }
       __pyx_t_1 = 0;

      /* "errors_flow.pyx":140
 * def iterate(obj):
 *     out = []
 *     try:             # <<<<<<<<<<<<<<
 *         for x in obj:
 *             out.append(x)
*/
    }
     __pyx_t_2 = 0;
     __pyx_t_3 = 0;
     __pyx_t_4 = 0;
    goto __pyx_L8_try_end;
    __pyx_L3_error:;
     __pyx_t_1 = 0;
     __pyx_t_7 = 0;

    /* "errors_flow.pyx":143
 *         for x in obj:
 *             out.append(x)
 *     except RuntimeError as e:             # <<<<<<<<<<<<<<
 *         out.append("stopped: " + str(e))
 *     return out
*/
    __pyx_t_9 = cy_Pyx_PyErr_ExceptionMatches(((mp_obj_t )(((cy_PyTypeObject*)MP_OBJ_FROM_PTR(&mp_type_RuntimeError)))));
    if (__pyx_t_9) {
      __pyx_traceback_0(".iterate", __pyx_lineno);
      if (cy_Pyx_GetException(&__pyx_t_1, &__pyx_t_7, &__pyx_t_10) < 0) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 143; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L5_except_error; } while (0);

      __pyx_v_e = __pyx_t_7;
      /*try:*/ {

        /* "errors_flow.pyx":144
 *             out.append(x)
 *     except RuntimeError as e:
 *         out.append("stopped: " + str(e))             # <<<<<<<<<<<<<<
 *     return out
 *
*/
        __pyx_t_11 = cy_Pyx_PyObject_Unicode(__pyx_v_e); if (MP_UNLIKELY(!!(!__pyx_t_11))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 144; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L17_error; } while (0);

        __pyx_t_12 = cy_Pyx_PyUnicode_Concat(__pyx_kp_u_stopped, __pyx_t_11); if (MP_UNLIKELY(!!(!__pyx_t_12))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 144; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L17_error; } while (0);

         __pyx_t_11 = 0;
        __pyx_t_8 = cy_Pyx_PyList_Append(__pyx_v_out, __pyx_t_12); if (MP_UNLIKELY(!!(__pyx_t_8 == ((int)-1)))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 144; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L17_error; } while (0);
         __pyx_t_12 = 0;

      }

      /* "errors_flow.pyx":143
 *         for x in obj:
 *             out.append(x)
 *     except RuntimeError as e:             # <<<<<<<<<<<<<<
 *         out.append("stopped: " + str(e))
 *     return out
*/
      /*finally:*/ {
        /*normal exit:*/{
           __pyx_v_e = 0;
          goto __pyx_L18;
        }
        __pyx_L17_error:;
        /*exception exit:*/{
          cy_Pyx_PyThreadState_declare;          cy_Pyx_PyThreadState_assign;          __pyx_t_15 = 0; __pyx_t_16 = 0; __pyx_t_17 = 0; __pyx_t_18 = 0; __pyx_t_19 = 0; __pyx_t_20 = 0;
           __pyx_t_11 = 0;
           __pyx_t_12 = 0;
           cy_Pyx_ExceptionSwap(&__pyx_t_18, &__pyx_t_19, &__pyx_t_20);
          if ( MP_UNLIKELY(!!(cy_Pyx_GetException(&__pyx_t_15, &__pyx_t_16, &__pyx_t_17) < 0))) cy_Pyx_ErrFetch(&__pyx_t_15, &__pyx_t_16, &__pyx_t_17);

          __pyx_t_9 = __pyx_lineno; __pyx_t_13 = __pyx_clineno; __pyx_t_14 = __pyx_filename;
          {
             __pyx_v_e = 0;
          }

          cy_Pyx_ExceptionReset(__pyx_t_18, __pyx_t_19, __pyx_t_20);

          cy_Pyx_ErrRestore(__pyx_t_15, __pyx_t_16, __pyx_t_17);
          __pyx_t_15 = 0; __pyx_t_16 = 0; __pyx_t_17 = 0; __pyx_t_18 = 0; __pyx_t_19 = 0; __pyx_t_20 = 0;
          __pyx_lineno = __pyx_t_9; __pyx_clineno = __pyx_t_13; __pyx_filename = __pyx_t_14;
          goto __pyx_L5_except_error;
        }
        __pyx_L18:;
      }
       __pyx_t_1 = 0;
       __pyx_t_7 = 0;
       __pyx_t_10 = 0;
      goto __pyx_L4_exception_handled;
    }
    goto __pyx_L5_except_error;

    /* "errors_flow.pyx":140
 * def iterate(obj):
 *     out = []
 *     try:             # <<<<<<<<<<<<<<
 *         for x in obj:
 *             out.append(x)
*/
    __pyx_L5_except_error:;

    cy_Pyx_ExceptionReset(__pyx_t_2, __pyx_t_3, __pyx_t_4);
    goto __pyx_L1_error;
    __pyx_L4_exception_handled:;

    cy_Pyx_ExceptionReset(__pyx_t_2, __pyx_t_3, __pyx_t_4);
    __pyx_L8_try_end:;
  }

  /* "errors_flow.pyx":145
 *     except RuntimeError as e:
 *         out.append("stopped: " + str(e))
 *     return out             # <<<<<<<<<<<<<<
 *
 *
*/
  {
    mp_obj_t __pyx_temp;
    {
      __pyx_temp = __pyx_r;

      __pyx_r = __pyx_v_out;
    }

  }
  goto __pyx_L0;

  /* "errors_flow.pyx":138
 *
 *
 * def iterate(obj):             # <<<<<<<<<<<<<<
 *     out = []
 *     try:
*/

  /* function exit code */
  __pyx_L1_error:;

  __pyx_traceback_0(".iterate", __pyx_lineno);
  __pyx_r = NULL;
  __pyx_L0:;

  return __pyx_r;
}

/* "errors_flow.pyx":148
 *
 *
 * def loop_mutating(values):             # <<<<<<<<<<<<<<
 *     """A loop over a list that grows and shrinks under it: each step reads the list's length and
 *     item anew (one is skipped after the removal)."""
*/

/* Python wrapper */
static mp_obj_t __pyx_pw_11errors_flow_33loop_mutating(mp_obj_t __pyx_self,

mp_obj_t const *__pyx_args, mp_int_t __pyx_nargs, mp_obj_t __pyx_kwds

); /*proto*/
static const char __pyx_doc_11errors_flow_32loop_mutating[] __attribute__((unused)) = cy_PyDoc_STR("A loop over a list that grows and shrinks under it: each step reads the list\047s length and\n    item anew (one is skipped after the removal).");
static cy_PyMethodDef __pyx_mdef_11errors_flow_33loop_mutating = {"loop_mutating", (cy_PyCFunction)(void(*)(void))(cy_Pyx_PyCFunction_FastCallWithKeywords)__pyx_pw_11errors_flow_33loop_mutating, cy_Pyx_METH_FASTCALL|cy_METH_KEYWORDS, __pyx_doc_11errors_flow_32loop_mutating};
static mp_obj_t __pyx_pw_11errors_flow_33loop_mutating(mp_obj_t __pyx_self,

mp_obj_t const *__pyx_args, mp_int_t __pyx_nargs, mp_obj_t __pyx_kwds

) {
  mp_obj_t __pyx_v_values = 0;

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
&__pyx_n_u_values, 0 };
static const cy_Pyx_ArgSpec __pyx_argspec = { "loop_mutating",
__pyx_pyargnames, 1, 1, 1, 0,
0, 0,

cy_Pyx_ARGS_EXACT|cy_Pyx_ARGS_KEYWORDS|cy_Pyx_ARGS_CLEAR };
if (MP_LIKELY(!!(!__pyx_kwds && __pyx_nargs == 1))) {
values[0] = __pyx_args[0];
} else if
(cy_Pyx_ParseArgs(&__pyx_argspec, __pyx_args,

__pyx_nargs, __pyx_kwds, values) < 0) {
do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 148; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L3_error; } while (0); }

    __pyx_v_values = values[0];
  }

  goto __pyx_L4_argument_unpacking_done;
  __pyx_L3_error:;
  for (mp_int_t __pyx_temp=0; __pyx_temp < (mp_int_t)(sizeof(values)/sizeof(values[0])); ++__pyx_temp) {

  }
  __pyx_traceback_0(".loop_mutating", __pyx_lineno);

  return NULL;
  __pyx_L4_argument_unpacking_done:;
  __pyx_r = __pyx_pf_11errors_flow_32loop_mutating(__pyx_self, __pyx_v_values);

  /* function exit code */
  for (mp_int_t __pyx_temp=0; __pyx_temp < (mp_int_t)(sizeof(values)/sizeof(values[0])); ++__pyx_temp) {

  }

  return __pyx_r;
}

static mp_obj_t __pyx_pf_11errors_flow_32loop_mutating(CYTHON_UNUSED mp_obj_t __pyx_self, mp_obj_t __pyx_v_values) {
  mp_obj_t __pyx_v_out = NULL;
  mp_obj_t __pyx_v_v = NULL;
  mp_obj_t __pyx_r = NULL;
  __Pyx_RefNannyDeclarations
  mp_obj_t __pyx_t_1 = NULL;
  mp_int_t __pyx_t_2;

  mp_obj_t __pyx_t_4 = NULL;
  int __pyx_t_5;
  int __pyx_t_6;
  mp_obj_t __pyx_t_7 = NULL;
  size_t __pyx_t_8;
  int __pyx_lineno = 0;
  const char *__pyx_filename = NULL;
  int __pyx_clineno = 0;

  /* "errors_flow.pyx":151
 *     """A loop over a list that grows and shrinks under it: each step reads the list's length and
 *     item anew (one is skipped after the removal)."""
 *     out = []             # <<<<<<<<<<<<<<
 *     for v in values:
 *         out.append(v)
*/
  __pyx_t_1 = cy_PyList_New(0); if (MP_UNLIKELY(!!(!__pyx_t_1))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 151; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

  __pyx_v_out = ((mp_obj_t)__pyx_t_1);
  __pyx_t_1 = 0;

  /* "errors_flow.pyx":152
 *     item anew (one is skipped after the removal)."""
 *     out = []
 *     for v in values:             # <<<<<<<<<<<<<<
 *         out.append(v)
 *         if v == 1:
*/

    __pyx_t_1 = cy_Pyx_ForIter_Start(__pyx_v_values, &__pyx_t_2); if (MP_UNLIKELY(!!(!__pyx_t_1))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 152; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

  for (;;) {

          __pyx_t_4 = cy_Pyx_ForIter_Next(__pyx_t_1, &__pyx_t_2);

          if (MP_UNLIKELY(!!(!__pyx_t_4))) {

        if (MP_UNLIKELY(!!(cy_PyErr_Occurred()))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 152; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);
        break;
      }

    __pyx_v_v = __pyx_t_4;
    __pyx_t_4 = 0;

    /* "errors_flow.pyx":153
 *     out = []
 *     for v in values:
 *         out.append(v)             # <<<<<<<<<<<<<<
 *         if v == 1:
 *             values.append(6)
*/
    __pyx_t_5 = cy_Pyx_PyList_Append(__pyx_v_out, __pyx_v_v); if (MP_UNLIKELY(!!(__pyx_t_5 == ((int)-1)))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 153; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

    /* "errors_flow.pyx":154
 *     for v in values:
 *         out.append(v)
 *         if v == 1:             # <<<<<<<<<<<<<<
 *             values.append(6)
 *         elif v == 3:
*/
    __pyx_t_6 = (cy_Pyx_PyLong_BoolEqObjC(__pyx_v_v, MP_OBJ_NEW_SMALL_INT(1)         , 1, 0)); if (MP_UNLIKELY(!!((__pyx_t_6 < 0)))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 154; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);
    if (__pyx_t_6) {

      /* "errors_flow.pyx":155
 *         out.append(v)
 *         if v == 1:
 *             values.append(6)             # <<<<<<<<<<<<<<
 *         elif v == 3:
 *             values.remove(2)
*/
      __pyx_t_5 = cy_Pyx_PyObject_Append(__pyx_v_values, MP_OBJ_NEW_SMALL_INT(6)         ); if (MP_UNLIKELY(!!(__pyx_t_5 == ((int)-1)))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 155; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

      /* "errors_flow.pyx":154
 *     for v in values:
 *         out.append(v)
 *         if v == 1:             # <<<<<<<<<<<<<<
 *             values.append(6)
 *         elif v == 3:
*/
      goto __pyx_L5;
    }

    /* "errors_flow.pyx":156
 *         if v == 1:
 *             values.append(6)
 *         elif v == 3:             # <<<<<<<<<<<<<<
 *             values.remove(2)
 *     return out
*/
    __pyx_t_6 = (cy_Pyx_PyLong_BoolEqObjC(__pyx_v_v, MP_OBJ_NEW_SMALL_INT(3)         , 3, 0)); if (MP_UNLIKELY(!!((__pyx_t_6 < 0)))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 156; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);
    if (__pyx_t_6) {

      /* "errors_flow.pyx":157
 *             values.append(6)
 *         elif v == 3:
 *             values.remove(2)             # <<<<<<<<<<<<<<
 *     return out
 *
*/
      __pyx_t_7 = __pyx_v_values;

      __pyx_t_8 = 0;
      {
        mp_obj_t __pyx_callargs[2] = {__pyx_t_7, MP_OBJ_NEW_SMALL_INT(2)         };
        __pyx_t_4 = cy_Pyx_PyObject_FastCallMethod((mp_obj_t)__pyx_n_u_remove, __pyx_callargs+__pyx_t_8, (2-__pyx_t_8) | (1*cy_Pyx_PY_VECTORCALL_ARGUMENTS_OFFSET));
         __pyx_t_7 = 0;
        if (MP_UNLIKELY(!!(!__pyx_t_4))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 157; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

      }
       __pyx_t_4 = 0;

      /* "errors_flow.pyx":156
 *         if v == 1:
 *             values.append(6)
 *         elif v == 3:             # <<<<<<<<<<<<<<
 *             values.remove(2)
 *     return out
*/
    }
    __pyx_L5:;

    /* "errors_flow.pyx":152
 *     item anew (one is skipped after the removal)."""
 *     out = []
 *     for v in values:             # <<<<<<<<<<<<<<
 *         out.append(v)
 *         if v == 1:
*/
  }
   __pyx_t_1 = 0;

  /* "errors_flow.pyx":158
 *         elif v == 3:
 *             values.remove(2)
 *     return out             # <<<<<<<<<<<<<<
 *
 *
*/
  {
    mp_obj_t __pyx_temp;
    {
      __pyx_temp = __pyx_r;

      __pyx_r = __pyx_v_out;
    }

  }
  goto __pyx_L0;

  /* "errors_flow.pyx":148
 *
 *
 * def loop_mutating(values):             # <<<<<<<<<<<<<<
 *     """A loop over a list that grows and shrinks under it: each step reads the list's length and
 *     item anew (one is skipped after the removal)."""
*/

  /* function exit code */
  __pyx_L1_error:;

  __pyx_traceback_0(".loop_mutating", __pyx_lineno);
  __pyx_r = NULL;
  __pyx_L0:;

  return __pyx_r;
}

/* "errors_flow.pyx":161
 *
 *
 * def convert_int(obj):             # <<<<<<<<<<<<<<
 *     cdef long n
 *     try:
*/

/* Python wrapper */
static mp_obj_t __pyx_pw_11errors_flow_35convert_int(mp_obj_t __pyx_self,

mp_obj_t const *__pyx_args, mp_int_t __pyx_nargs, mp_obj_t __pyx_kwds

); /*proto*/
static cy_PyMethodDef __pyx_mdef_11errors_flow_35convert_int = {"convert_int", (cy_PyCFunction)(void(*)(void))(cy_Pyx_PyCFunction_FastCallWithKeywords)__pyx_pw_11errors_flow_35convert_int, cy_Pyx_METH_FASTCALL|cy_METH_KEYWORDS, 0};
static mp_obj_t __pyx_pw_11errors_flow_35convert_int(mp_obj_t __pyx_self,

mp_obj_t const *__pyx_args, mp_int_t __pyx_nargs, mp_obj_t __pyx_kwds

) {
  mp_obj_t __pyx_v_obj = 0;

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
&__pyx_n_u_obj, 0 };
static const cy_Pyx_ArgSpec __pyx_argspec = { "convert_int",
__pyx_pyargnames, 1, 1, 1, 0,
0, 0,

cy_Pyx_ARGS_EXACT|cy_Pyx_ARGS_KEYWORDS|cy_Pyx_ARGS_CLEAR };
if (MP_LIKELY(!!(!__pyx_kwds && __pyx_nargs == 1))) {
values[0] = __pyx_args[0];
} else if
(cy_Pyx_ParseArgs(&__pyx_argspec, __pyx_args,

__pyx_nargs, __pyx_kwds, values) < 0) {
do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 161; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L3_error; } while (0); }

    __pyx_v_obj = values[0];
  }

  goto __pyx_L4_argument_unpacking_done;
  __pyx_L3_error:;
  for (mp_int_t __pyx_temp=0; __pyx_temp < (mp_int_t)(sizeof(values)/sizeof(values[0])); ++__pyx_temp) {

  }
  __pyx_traceback_0(".convert_int", __pyx_lineno);

  return NULL;
  __pyx_L4_argument_unpacking_done:;
  __pyx_r = __pyx_pf_11errors_flow_34convert_int(__pyx_self, __pyx_v_obj);

  /* function exit code */
  for (mp_int_t __pyx_temp=0; __pyx_temp < (mp_int_t)(sizeof(values)/sizeof(values[0])); ++__pyx_temp) {

  }

  return __pyx_r;
}

static mp_obj_t __pyx_pf_11errors_flow_34convert_int(CYTHON_UNUSED mp_obj_t __pyx_self, mp_obj_t __pyx_v_obj) {
  long __pyx_v_n;
  mp_obj_t __pyx_r = NULL;
  __Pyx_RefNannyDeclarations
  mp_obj_t __pyx_t_1 = NULL;
  mp_obj_t __pyx_t_2 = NULL;
  mp_obj_t __pyx_t_3 = NULL;
  long __pyx_t_4;
  int __pyx_t_5;
  mp_obj_t __pyx_t_6 = NULL;
  int __pyx_lineno = 0;
  const char *__pyx_filename = NULL;
  int __pyx_clineno = 0;

  /* "errors_flow.pyx":163
 * def convert_int(obj):
 *     cdef long n
 *     try:             # <<<<<<<<<<<<<<
 *         n = obj
 *     except TypeError:
*/
  {
    cy_Pyx_PyThreadState_declare;    cy_Pyx_PyThreadState_assign;    cy_Pyx_ExceptionSave(&__pyx_t_1, &__pyx_t_2, &__pyx_t_3);

    /*try:*/ {

      /* "errors_flow.pyx":164
 *     cdef long n
 *     try:
 *         n = obj             # <<<<<<<<<<<<<<
 *     except TypeError:
 *         return "not an int"
*/
      __pyx_t_4 = cy_Pyx_PyLong_As_long(__pyx_v_obj); if (MP_UNLIKELY(!!((__pyx_t_4 == (long)-1) && cy_PyErr_Occurred()))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 164; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L3_error; } while (0);
      __pyx_v_n = __pyx_t_4;

      /* "errors_flow.pyx":163
 * def convert_int(obj):
 *     cdef long n
 *     try:             # <<<<<<<<<<<<<<
 *         n = obj
 *     except TypeError:
*/
    }
     __pyx_t_1 = 0;
     __pyx_t_2 = 0;
     __pyx_t_3 = 0;
    goto __pyx_L8_try_end;
    __pyx_L3_error:;

    /* "errors_flow.pyx":165
 *     try:
 *         n = obj
 *     except TypeError:             # <<<<<<<<<<<<<<
 *         return "not an int"
 *     except OverflowError:
*/
    __pyx_t_5 = cy_Pyx_PyErr_ExceptionMatches(((mp_obj_t )(((cy_PyTypeObject*)MP_OBJ_FROM_PTR(&mp_type_TypeError)))));
    if (__pyx_t_5) {
      cy_Pyx_ErrRestore(0,0,0);

      /* "errors_flow.pyx":166
 *         n = obj
 *     except TypeError:
 *         return "not an int"             # <<<<<<<<<<<<<<
 *     except OverflowError:
 *         return "overflow"
*/
      {
        mp_obj_t __pyx_temp;
        {
          __pyx_temp = __pyx_r;

          __pyx_r = __pyx_kp_u_not_an_int;
        }

      }
      goto __pyx_L6_except_return;
    }

    /* "errors_flow.pyx":167
 *     except TypeError:
 *         return "not an int"
 *     except OverflowError:             # <<<<<<<<<<<<<<
 *         return "overflow"
 *     return n * 2
*/
    __pyx_t_5 = cy_Pyx_PyErr_ExceptionMatches(((mp_obj_t )(((cy_PyTypeObject*)MP_OBJ_FROM_PTR(&mp_type_OverflowError)))));
    if (__pyx_t_5) {
      cy_Pyx_ErrRestore(0,0,0);

      /* "errors_flow.pyx":168
 *         return "not an int"
 *     except OverflowError:
 *         return "overflow"             # <<<<<<<<<<<<<<
 *     return n * 2
 *
*/
      {
        mp_obj_t __pyx_temp;
        {
          __pyx_temp = __pyx_r;

          __pyx_r = __pyx_n_u_overflow;
        }

      }
      goto __pyx_L6_except_return;
    }
    goto __pyx_L5_except_error;

    /* "errors_flow.pyx":163
 * def convert_int(obj):
 *     cdef long n
 *     try:             # <<<<<<<<<<<<<<
 *         n = obj
 *     except TypeError:
*/
    __pyx_L5_except_error:;

    cy_Pyx_ExceptionReset(__pyx_t_1, __pyx_t_2, __pyx_t_3);
    goto __pyx_L1_error;
    __pyx_L6_except_return:;

    cy_Pyx_ExceptionReset(__pyx_t_1, __pyx_t_2, __pyx_t_3);
    goto __pyx_L0;
    __pyx_L8_try_end:;
  }

  /* "errors_flow.pyx":169
 *     except OverflowError:
 *         return "overflow"
 *     return n * 2             # <<<<<<<<<<<<<<
 *
 *
*/
  __pyx_t_6 = cy_Pyx_PyLong_From_long((__pyx_v_n * 2)); if (MP_UNLIKELY(!!(!__pyx_t_6))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 169; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

  {
    mp_obj_t __pyx_temp;
    {
      __pyx_temp = __pyx_r;
      __pyx_r = __pyx_t_6;
    }

  }
  __pyx_t_6 = 0;
  goto __pyx_L0;

  /* "errors_flow.pyx":161
 *
 *
 * def convert_int(obj):             # <<<<<<<<<<<<<<
 *     cdef long n
 *     try:
*/

  /* function exit code */
  __pyx_L1_error:;

  __pyx_traceback_0(".convert_int", __pyx_lineno);
  __pyx_r = NULL;
  __pyx_L0:;

  return __pyx_r;
}

/* "errors_flow.pyx":176
 *
 *
 * def full_try(int flag):             # <<<<<<<<<<<<<<
 *     trace.append("try")
 *     try:
*/

/* Python wrapper */
static mp_obj_t __pyx_pw_11errors_flow_37full_try(mp_obj_t __pyx_self,

mp_obj_t const *__pyx_args, mp_int_t __pyx_nargs, mp_obj_t __pyx_kwds

); /*proto*/
static cy_PyMethodDef __pyx_mdef_11errors_flow_37full_try = {"full_try", (cy_PyCFunction)(void(*)(void))(cy_Pyx_PyCFunction_FastCallWithKeywords)__pyx_pw_11errors_flow_37full_try, cy_Pyx_METH_FASTCALL|cy_METH_KEYWORDS, 0};
static mp_obj_t __pyx_pw_11errors_flow_37full_try(mp_obj_t __pyx_self,

mp_obj_t const *__pyx_args, mp_int_t __pyx_nargs, mp_obj_t __pyx_kwds

) {
  int __pyx_v_flag;

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
&__pyx_n_u_flag, 0 };
static const cy_Pyx_ArgSpec __pyx_argspec = { "full_try",
__pyx_pyargnames, 1, 1, 1, 0,
0, 0,

cy_Pyx_ARGS_EXACT|cy_Pyx_ARGS_KEYWORDS|cy_Pyx_ARGS_CLEAR };
if (MP_LIKELY(!!(!__pyx_kwds && __pyx_nargs == 1))) {
values[0] = __pyx_args[0];
} else if
(cy_Pyx_ParseArgs(&__pyx_argspec, __pyx_args,

__pyx_nargs, __pyx_kwds, values) < 0) {
do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 176; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L3_error; } while (0); }

    __pyx_v_flag = cy_Pyx_PyLong_As_int(values[0]); if (MP_UNLIKELY(!!((__pyx_v_flag == (int)-1) && cy_PyErr_Occurred()))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 176; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L3_error; } while (0);
  }

  goto __pyx_L4_argument_unpacking_done;
  __pyx_L3_error:;
  for (mp_int_t __pyx_temp=0; __pyx_temp < (mp_int_t)(sizeof(values)/sizeof(values[0])); ++__pyx_temp) {

  }
  __pyx_traceback_0(".full_try", __pyx_lineno);

  return NULL;
  __pyx_L4_argument_unpacking_done:;
  __pyx_r = __pyx_pf_11errors_flow_36full_try(__pyx_self, __pyx_v_flag);

  /* function exit code */
  for (mp_int_t __pyx_temp=0; __pyx_temp < (mp_int_t)(sizeof(values)/sizeof(values[0])); ++__pyx_temp) {

  }

  return __pyx_r;
}

static mp_obj_t __pyx_pf_11errors_flow_36full_try(CYTHON_UNUSED mp_obj_t __pyx_self, int __pyx_v_flag) {
  mp_obj_t __pyx_v_e = NULL;
  mp_obj_t __pyx_r = NULL;
  __Pyx_RefNannyDeclarations
  mp_obj_t __pyx_t_1 = NULL;
  int __pyx_t_2;
  mp_obj_t __pyx_t_3 = NULL;
  mp_obj_t __pyx_t_4 = NULL;
  mp_obj_t __pyx_t_5 = NULL;
  int __pyx_t_6;
  mp_obj_t __pyx_t_7 = NULL;
  size_t __pyx_t_8;
  int __pyx_t_9;
  mp_obj_t __pyx_t_10 = NULL;
  mp_obj_t __pyx_t_11 = NULL;
  mp_obj_t __pyx_t_12 = NULL;
  mp_obj_t __pyx_t_13 = NULL;
  int __pyx_t_14;
  char const *__pyx_t_15;
  mp_obj_t __pyx_t_16 = NULL;
  mp_obj_t __pyx_t_17 = NULL;
  mp_obj_t __pyx_t_18 = NULL;
  mp_obj_t __pyx_t_19 = NULL;
  mp_obj_t __pyx_t_20 = NULL;
  mp_obj_t __pyx_t_21 = NULL;
  int __pyx_lineno = 0;
  const char *__pyx_filename = NULL;
  int __pyx_clineno = 0;

  /* "errors_flow.pyx":177
 *
 * def full_try(int flag):
 *     trace.append("try")             # <<<<<<<<<<<<<<
 *     try:
 *         trace.append("body")
*/
  cy_Pyx_GetModuleGlobalName(__pyx_t_1, __pyx_n_u_trace); if (MP_UNLIKELY(!!(!__pyx_t_1))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 177; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

  __pyx_t_2 = cy_Pyx_PyObject_Append(__pyx_t_1, __pyx_n_u_try); if (MP_UNLIKELY(!!(__pyx_t_2 == ((int)-1)))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 177; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);
   __pyx_t_1 = 0;

  /* "errors_flow.pyx":178
 * def full_try(int flag):
 *     trace.append("try")
 *     try:             # <<<<<<<<<<<<<<
 *         trace.append("body")
 *         if flag == 1:
*/
  /*try:*/ {
    {
      cy_Pyx_PyThreadState_declare;      cy_Pyx_PyThreadState_assign;      cy_Pyx_ExceptionSave(&__pyx_t_3, &__pyx_t_4, &__pyx_t_5);

      /*try:*/ {

        /* "errors_flow.pyx":179
 *     trace.append("try")
 *     try:
 *         trace.append("body")             # <<<<<<<<<<<<<<
 *         if flag == 1:
 *             raise ValueError("v")
*/
        cy_Pyx_GetModuleGlobalName(__pyx_t_1, __pyx_n_u_trace); if (MP_UNLIKELY(!!(!__pyx_t_1))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 179; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L6_error; } while (0);

        __pyx_t_2 = cy_Pyx_PyObject_Append(__pyx_t_1, __pyx_n_u_body); if (MP_UNLIKELY(!!(__pyx_t_2 == ((int)-1)))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 179; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L6_error; } while (0);
         __pyx_t_1 = 0;

        /* "errors_flow.pyx":180
 *     try:
 *         trace.append("body")
 *         if flag == 1:             # <<<<<<<<<<<<<<
 *             raise ValueError("v")
 *         if flag == 2:
*/
        __pyx_t_6 = (__pyx_v_flag == 1);

        if (MP_UNLIKELY(!!(__pyx_t_6))) {

          /* "errors_flow.pyx":181
 *         trace.append("body")
 *         if flag == 1:
 *             raise ValueError("v")             # <<<<<<<<<<<<<<
 *         if flag == 2:
 *             raise KeyError("k")
*/
          __pyx_t_7 = NULL;
          __pyx_t_8 = 1;
          {
            mp_obj_t __pyx_callargs[2] = {__pyx_t_7, __pyx_n_u_v};
            __pyx_t_1 = cy_Pyx_PyObject_FastCall((mp_obj_t)(((cy_PyTypeObject*)MP_OBJ_FROM_PTR(&mp_type_ValueError))), __pyx_callargs+__pyx_t_8, (2-__pyx_t_8) | (__pyx_t_8*cy_Pyx_PY_VECTORCALL_ARGUMENTS_OFFSET));
             __pyx_t_7 = 0;
            if (MP_UNLIKELY(!!(!__pyx_t_1))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 181; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L6_error; } while (0);

          }
          cy_Pyx_Raise(__pyx_t_1, 0, 0, 0);
           __pyx_t_1 = 0;
          do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 181; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L6_error; } while (0);

          /* "errors_flow.pyx":180
 *     try:
 *         trace.append("body")
 *         if flag == 1:             # <<<<<<<<<<<<<<
 *             raise ValueError("v")
 *         if flag == 2:
*/
        }

        /* "errors_flow.pyx":182
 *         if flag == 1:
 *             raise ValueError("v")
 *         if flag == 2:             # <<<<<<<<<<<<<<
 *             raise KeyError("k")
 *         if flag == 3:
*/
        __pyx_t_6 = (__pyx_v_flag == 2);

        if (MP_UNLIKELY(!!(__pyx_t_6))) {

          /* "errors_flow.pyx":183
 *             raise ValueError("v")
 *         if flag == 2:
 *             raise KeyError("k")             # <<<<<<<<<<<<<<
 *         if flag == 3:
 *             return "returned from body"
*/
          __pyx_t_7 = NULL;
          __pyx_t_8 = 1;
          {
            mp_obj_t __pyx_callargs[2] = {__pyx_t_7, __pyx_n_u_k};
            __pyx_t_1 = cy_Pyx_PyObject_FastCall((mp_obj_t)(((cy_PyTypeObject*)MP_OBJ_FROM_PTR(&mp_type_KeyError))), __pyx_callargs+__pyx_t_8, (2-__pyx_t_8) | (__pyx_t_8*cy_Pyx_PY_VECTORCALL_ARGUMENTS_OFFSET));
             __pyx_t_7 = 0;
            if (MP_UNLIKELY(!!(!__pyx_t_1))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 183; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L6_error; } while (0);

          }
          cy_Pyx_Raise(__pyx_t_1, 0, 0, 0);
           __pyx_t_1 = 0;
          do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 183; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L6_error; } while (0);

          /* "errors_flow.pyx":182
 *         if flag == 1:
 *             raise ValueError("v")
 *         if flag == 2:             # <<<<<<<<<<<<<<
 *             raise KeyError("k")
 *         if flag == 3:
*/
        }

        /* "errors_flow.pyx":184
 *         if flag == 2:
 *             raise KeyError("k")
 *         if flag == 3:             # <<<<<<<<<<<<<<
 *             return "returned from body"
 *     except ValueError as e:
*/
        __pyx_t_6 = (__pyx_v_flag == 3);

        if (__pyx_t_6) {

          /* "errors_flow.pyx":185
 *             raise KeyError("k")
 *         if flag == 3:
 *             return "returned from body"             # <<<<<<<<<<<<<<
 *     except ValueError as e:
 *         trace.append("except ValueError " + str(e))
*/
          {
            mp_obj_t __pyx_temp;
            {
              __pyx_temp = __pyx_r;

              __pyx_r = __pyx_kp_u_returned_from_body;
            }

          }
          goto __pyx_L10_try_return;

          /* "errors_flow.pyx":184
 *         if flag == 2:
 *             raise KeyError("k")
 *         if flag == 3:             # <<<<<<<<<<<<<<
 *             return "returned from body"
 *     except ValueError as e:
*/
        }

        /* "errors_flow.pyx":178
 * def full_try(int flag):
 *     trace.append("try")
 *     try:             # <<<<<<<<<<<<<<
 *         trace.append("body")
 *         if flag == 1:
*/
      }

      /* "errors_flow.pyx":189
 *         trace.append("except ValueError " + str(e))
 *     else:
 *         trace.append("else")             # <<<<<<<<<<<<<<
 *     finally:
 *         trace.append("finally")
*/
      /*else:*/ {
        cy_Pyx_GetModuleGlobalName(__pyx_t_1, __pyx_n_u_trace); if (MP_UNLIKELY(!!(!__pyx_t_1))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 189; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L8_except_error; } while (0);

        __pyx_t_2 = cy_Pyx_PyObject_Append(__pyx_t_1, __pyx_n_u_else); if (MP_UNLIKELY(!!(__pyx_t_2 == ((int)-1)))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 189; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L8_except_error; } while (0);
         __pyx_t_1 = 0;

      }
       __pyx_t_3 = 0;
       __pyx_t_4 = 0;
       __pyx_t_5 = 0;
      goto __pyx_L11_try_end;
      __pyx_L6_error:;
       __pyx_t_1 = 0;
       __pyx_t_7 = 0;

      /* "errors_flow.pyx":186
 *         if flag == 3:
 *             return "returned from body"
 *     except ValueError as e:             # <<<<<<<<<<<<<<
 *         trace.append("except ValueError " + str(e))
 *     else:
*/
      __pyx_t_9 = cy_Pyx_PyErr_ExceptionMatches(((mp_obj_t )(((cy_PyTypeObject*)MP_OBJ_FROM_PTR(&mp_type_ValueError)))));
      if (__pyx_t_9) {
        __pyx_traceback_0(".full_try", __pyx_lineno);
        if (cy_Pyx_GetException(&__pyx_t_1, &__pyx_t_7, &__pyx_t_10) < 0) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 186; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L8_except_error; } while (0);

        __pyx_v_e = __pyx_t_7;
        /*try:*/ {

          /* "errors_flow.pyx":187
 *             return "returned from body"
 *     except ValueError as e:
 *         trace.append("except ValueError " + str(e))             # <<<<<<<<<<<<<<
 *     else:
 *         trace.append("else")
*/
          cy_Pyx_GetModuleGlobalName(__pyx_t_11, __pyx_n_u_trace); if (MP_UNLIKELY(!!(!__pyx_t_11))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 187; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L20_error; } while (0);

          __pyx_t_12 = cy_Pyx_PyObject_Unicode(__pyx_v_e); if (MP_UNLIKELY(!!(!__pyx_t_12))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 187; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L20_error; } while (0);

          __pyx_t_13 = cy_Pyx_PyUnicode_Concat(__pyx_kp_u_except_ValueError, __pyx_t_12); if (MP_UNLIKELY(!!(!__pyx_t_13))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 187; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L20_error; } while (0);

           __pyx_t_12 = 0;
          __pyx_t_2 = cy_Pyx_PyObject_Append(__pyx_t_11, __pyx_t_13); if (MP_UNLIKELY(!!(__pyx_t_2 == ((int)-1)))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 187; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L20_error; } while (0);
           __pyx_t_11 = 0;
           __pyx_t_13 = 0;

        }

        /* "errors_flow.pyx":186
 *         if flag == 3:
 *             return "returned from body"
 *     except ValueError as e:             # <<<<<<<<<<<<<<
 *         trace.append("except ValueError " + str(e))
 *     else:
*/
        /*finally:*/ {
          /*normal exit:*/{
             __pyx_v_e = 0;
            goto __pyx_L21;
          }
          __pyx_L20_error:;
          /*exception exit:*/{
            cy_Pyx_PyThreadState_declare;            cy_Pyx_PyThreadState_assign;            __pyx_t_16 = 0; __pyx_t_17 = 0; __pyx_t_18 = 0; __pyx_t_19 = 0; __pyx_t_20 = 0; __pyx_t_21 = 0;
             __pyx_t_11 = 0;
             __pyx_t_12 = 0;
             __pyx_t_13 = 0;
             cy_Pyx_ExceptionSwap(&__pyx_t_19, &__pyx_t_20, &__pyx_t_21);
            if ( MP_UNLIKELY(!!(cy_Pyx_GetException(&__pyx_t_16, &__pyx_t_17, &__pyx_t_18) < 0))) cy_Pyx_ErrFetch(&__pyx_t_16, &__pyx_t_17, &__pyx_t_18);

            __pyx_t_9 = __pyx_lineno; __pyx_t_14 = __pyx_clineno; __pyx_t_15 = __pyx_filename;
            {
               __pyx_v_e = 0;
            }

            cy_Pyx_ExceptionReset(__pyx_t_19, __pyx_t_20, __pyx_t_21);

            cy_Pyx_ErrRestore(__pyx_t_16, __pyx_t_17, __pyx_t_18);
            __pyx_t_16 = 0; __pyx_t_17 = 0; __pyx_t_18 = 0; __pyx_t_19 = 0; __pyx_t_20 = 0; __pyx_t_21 = 0;
            __pyx_lineno = __pyx_t_9; __pyx_clineno = __pyx_t_14; __pyx_filename = __pyx_t_15;
            goto __pyx_L8_except_error;
          }
          __pyx_L21:;
        }
         __pyx_t_1 = 0;
         __pyx_t_7 = 0;
         __pyx_t_10 = 0;
        goto __pyx_L7_exception_handled;
      }
      goto __pyx_L8_except_error;

      /* "errors_flow.pyx":178
 * def full_try(int flag):
 *     trace.append("try")
 *     try:             # <<<<<<<<<<<<<<
 *         trace.append("body")
 *         if flag == 1:
*/
      __pyx_L8_except_error:;

      cy_Pyx_ExceptionReset(__pyx_t_3, __pyx_t_4, __pyx_t_5);
      goto __pyx_L4_error;
      __pyx_L10_try_return:;

      cy_Pyx_ExceptionReset(__pyx_t_3, __pyx_t_4, __pyx_t_5);
      goto __pyx_L3_return;
      __pyx_L7_exception_handled:;

      cy_Pyx_ExceptionReset(__pyx_t_3, __pyx_t_4, __pyx_t_5);
      __pyx_L11_try_end:;
    }
  }

  /* "errors_flow.pyx":191
 *         trace.append("else")
 *     finally:
 *         trace.append("finally")             # <<<<<<<<<<<<<<
 *     trace.append("after")
 *     return "fell through"
*/
  /*finally:*/ {
    /*normal exit:*/{
      cy_Pyx_GetModuleGlobalName(__pyx_t_10, __pyx_n_u_trace); if (MP_UNLIKELY(!!(!__pyx_t_10))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 191; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

      __pyx_t_2 = cy_Pyx_PyObject_Append(__pyx_t_10, __pyx_n_u_finally); if (MP_UNLIKELY(!!(__pyx_t_2 == ((int)-1)))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 191; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);
       __pyx_t_10 = 0;

      goto __pyx_L5;
    }
    __pyx_L4_error:;
    /*exception exit:*/{
      cy_Pyx_PyThreadState_declare;      cy_Pyx_PyThreadState_assign;      __pyx_t_5 = 0; __pyx_t_4 = 0; __pyx_t_3 = 0; __pyx_t_21 = 0; __pyx_t_20 = 0; __pyx_t_19 = 0;
       __pyx_t_1 = 0;
       __pyx_t_10 = 0;
       __pyx_t_11 = 0;
       __pyx_t_12 = 0;
       __pyx_t_13 = 0;
       __pyx_t_7 = 0;
       cy_Pyx_ExceptionSwap(&__pyx_t_21, &__pyx_t_20, &__pyx_t_19);
      if ( MP_UNLIKELY(!!(cy_Pyx_GetException(&__pyx_t_5, &__pyx_t_4, &__pyx_t_3) < 0))) cy_Pyx_ErrFetch(&__pyx_t_5, &__pyx_t_4, &__pyx_t_3);

      __pyx_t_14 = __pyx_lineno; __pyx_t_9 = __pyx_clineno; __pyx_t_15 = __pyx_filename;
      {
        cy_Pyx_GetModuleGlobalName(__pyx_t_10, __pyx_n_u_trace); if (MP_UNLIKELY(!!(!__pyx_t_10))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 191; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L27_error; } while (0);

        __pyx_t_2 = cy_Pyx_PyObject_Append(__pyx_t_10, __pyx_n_u_finally); if (MP_UNLIKELY(!!(__pyx_t_2 == ((int)-1)))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 191; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L27_error; } while (0);
         __pyx_t_10 = 0;

      }

      cy_Pyx_ExceptionReset(__pyx_t_21, __pyx_t_20, __pyx_t_19);

      cy_Pyx_ErrRestore(__pyx_t_5, __pyx_t_4, __pyx_t_3);
      __pyx_t_5 = 0; __pyx_t_4 = 0; __pyx_t_3 = 0; __pyx_t_21 = 0; __pyx_t_20 = 0; __pyx_t_19 = 0;
      __pyx_lineno = __pyx_t_14; __pyx_clineno = __pyx_t_9; __pyx_filename = __pyx_t_15;
      goto __pyx_L1_error;
      __pyx_L27_error:;

      cy_Pyx_ExceptionReset(__pyx_t_21, __pyx_t_20, __pyx_t_19);
       __pyx_t_5 = 0;
       __pyx_t_4 = 0;
       __pyx_t_3 = 0;
      __pyx_t_21 = 0; __pyx_t_20 = 0; __pyx_t_19 = 0;
      goto __pyx_L1_error;
    }
    __pyx_L3_return: {
      __pyx_t_19 = __pyx_r;
      __pyx_r = 0;
      cy_Pyx_GetModuleGlobalName(__pyx_t_10, __pyx_n_u_trace); if (MP_UNLIKELY(!!(!__pyx_t_10))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 191; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

      __pyx_t_2 = cy_Pyx_PyObject_Append(__pyx_t_10, __pyx_n_u_finally); if (MP_UNLIKELY(!!(__pyx_t_2 == ((int)-1)))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 191; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);
       __pyx_t_10 = 0;

      __pyx_r = __pyx_t_19;
      __pyx_t_19 = 0;
      goto __pyx_L0;
    }
    __pyx_L5:;
  }

  /* "errors_flow.pyx":192
 *     finally:
 *         trace.append("finally")
 *     trace.append("after")             # <<<<<<<<<<<<<<
 *     return "fell through"
 *
*/
  cy_Pyx_GetModuleGlobalName(__pyx_t_10, __pyx_n_u_trace); if (MP_UNLIKELY(!!(!__pyx_t_10))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 192; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

  __pyx_t_2 = cy_Pyx_PyObject_Append(__pyx_t_10, __pyx_n_u_after); if (MP_UNLIKELY(!!(__pyx_t_2 == ((int)-1)))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 192; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);
   __pyx_t_10 = 0;

  /* "errors_flow.pyx":193
 *         trace.append("finally")
 *     trace.append("after")
 *     return "fell through"             # <<<<<<<<<<<<<<
 *
 *
*/
  {
    mp_obj_t __pyx_temp;
    {
      __pyx_temp = __pyx_r;

      __pyx_r = __pyx_kp_u_fell_through;
    }

  }
  goto __pyx_L0;

  /* "errors_flow.pyx":176
 *
 *
 * def full_try(int flag):             # <<<<<<<<<<<<<<
 *     trace.append("try")
 *     try:
*/

  /* function exit code */
  __pyx_L1_error:;

  __pyx_traceback_0(".full_try", __pyx_lineno);
  __pyx_r = NULL;
  __pyx_L0:;

  return __pyx_r;
}

/* "errors_flow.pyx":196
 *
 *
 * def nested(int flag):             # <<<<<<<<<<<<<<
 *     try:
 *         try:
*/

/* Python wrapper */
static mp_obj_t __pyx_pw_11errors_flow_39nested(mp_obj_t __pyx_self,

mp_obj_t const *__pyx_args, mp_int_t __pyx_nargs, mp_obj_t __pyx_kwds

); /*proto*/
static cy_PyMethodDef __pyx_mdef_11errors_flow_39nested = {"nested", (cy_PyCFunction)(void(*)(void))(cy_Pyx_PyCFunction_FastCallWithKeywords)__pyx_pw_11errors_flow_39nested, cy_Pyx_METH_FASTCALL|cy_METH_KEYWORDS, 0};
static mp_obj_t __pyx_pw_11errors_flow_39nested(mp_obj_t __pyx_self,

mp_obj_t const *__pyx_args, mp_int_t __pyx_nargs, mp_obj_t __pyx_kwds

) {
  int __pyx_v_flag;

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
&__pyx_n_u_flag, 0 };
static const cy_Pyx_ArgSpec __pyx_argspec = { "nested",
__pyx_pyargnames, 1, 1, 1, 0,
0, 0,

cy_Pyx_ARGS_EXACT|cy_Pyx_ARGS_KEYWORDS|cy_Pyx_ARGS_CLEAR };
if (MP_LIKELY(!!(!__pyx_kwds && __pyx_nargs == 1))) {
values[0] = __pyx_args[0];
} else if
(cy_Pyx_ParseArgs(&__pyx_argspec, __pyx_args,

__pyx_nargs, __pyx_kwds, values) < 0) {
do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 196; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L3_error; } while (0); }

    __pyx_v_flag = cy_Pyx_PyLong_As_int(values[0]); if (MP_UNLIKELY(!!((__pyx_v_flag == (int)-1) && cy_PyErr_Occurred()))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 196; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L3_error; } while (0);
  }

  goto __pyx_L4_argument_unpacking_done;
  __pyx_L3_error:;
  for (mp_int_t __pyx_temp=0; __pyx_temp < (mp_int_t)(sizeof(values)/sizeof(values[0])); ++__pyx_temp) {

  }
  __pyx_traceback_0(".nested", __pyx_lineno);

  return NULL;
  __pyx_L4_argument_unpacking_done:;
  __pyx_r = __pyx_pf_11errors_flow_38nested(__pyx_self, __pyx_v_flag);

  /* function exit code */
  for (mp_int_t __pyx_temp=0; __pyx_temp < (mp_int_t)(sizeof(values)/sizeof(values[0])); ++__pyx_temp) {

  }

  return __pyx_r;
}

static mp_obj_t __pyx_pf_11errors_flow_38nested(CYTHON_UNUSED mp_obj_t __pyx_self, int __pyx_v_flag) {
  mp_obj_t __pyx_v_e = NULL;
  mp_obj_t __pyx_r = NULL;
  __Pyx_RefNannyDeclarations
  mp_obj_t __pyx_t_1 = NULL;
  mp_obj_t __pyx_t_2 = NULL;
  mp_obj_t __pyx_t_3 = NULL;
  mp_obj_t __pyx_t_4 = NULL;
  mp_obj_t __pyx_t_5 = NULL;
  mp_obj_t __pyx_t_6 = NULL;
  mp_obj_t __pyx_t_7 = NULL;
  int __pyx_t_8;
  int __pyx_t_9;
  mp_obj_t __pyx_t_10 = NULL;
  size_t __pyx_t_11;
  int __pyx_t_12;
  mp_obj_t __pyx_t_13 = NULL;
  mp_obj_t __pyx_t_14 = NULL;
  mp_obj_t __pyx_t_15 = NULL;
  int __pyx_t_16;
  char const *__pyx_t_17;
  mp_obj_t __pyx_t_18 = NULL;
  mp_obj_t __pyx_t_19 = NULL;
  mp_obj_t __pyx_t_20 = NULL;
  mp_obj_t __pyx_t_21 = NULL;
  int __pyx_lineno = 0;
  const char *__pyx_filename = NULL;
  int __pyx_clineno = 0;

  /* "errors_flow.pyx":197
 *
 * def nested(int flag):
 *     try:             # <<<<<<<<<<<<<<
 *         try:
 *             trace.append("inner body")
*/
  /*try:*/ {
    {
      cy_Pyx_PyThreadState_declare;      cy_Pyx_PyThreadState_assign;      cy_Pyx_ExceptionSave(&__pyx_t_1, &__pyx_t_2, &__pyx_t_3);

      /*try:*/ {

        /* "errors_flow.pyx":198
 * def nested(int flag):
 *     try:
 *         try:             # <<<<<<<<<<<<<<
 *             trace.append("inner body")
 *             if flag == 1:
*/
        /*try:*/ {
          {
            cy_Pyx_PyThreadState_declare;            cy_Pyx_PyThreadState_assign;            cy_Pyx_ExceptionSave(&__pyx_t_4, &__pyx_t_5, &__pyx_t_6);

            /*try:*/ {

              /* "errors_flow.pyx":199
 *     try:
 *         try:
 *             trace.append("inner body")             # <<<<<<<<<<<<<<
 *             if flag == 1:
 *                 raise ValueError("inner")
*/
              cy_Pyx_GetModuleGlobalName(__pyx_t_7, __pyx_n_u_trace); if (MP_UNLIKELY(!!(!__pyx_t_7))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 199; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L15_error; } while (0);

              __pyx_t_8 = cy_Pyx_PyObject_Append(__pyx_t_7, __pyx_kp_u_inner_body); if (MP_UNLIKELY(!!(__pyx_t_8 == ((int)-1)))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 199; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L15_error; } while (0);
               __pyx_t_7 = 0;

              /* "errors_flow.pyx":200
 *         try:
 *             trace.append("inner body")
 *             if flag == 1:             # <<<<<<<<<<<<<<
 *                 raise ValueError("inner")
 *             if flag == 2:
*/
              __pyx_t_9 = (__pyx_v_flag == 1);

              if (MP_UNLIKELY(!!(__pyx_t_9))) {

                /* "errors_flow.pyx":201
 *             trace.append("inner body")
 *             if flag == 1:
 *                 raise ValueError("inner")             # <<<<<<<<<<<<<<
 *             if flag == 2:
 *                 raise TypeError("inner type")
*/
                __pyx_t_10 = NULL;
                __pyx_t_11 = 1;
                {
                  mp_obj_t __pyx_callargs[2] = {__pyx_t_10, __pyx_n_u_inner};
                  __pyx_t_7 = cy_Pyx_PyObject_FastCall((mp_obj_t)(((cy_PyTypeObject*)MP_OBJ_FROM_PTR(&mp_type_ValueError))), __pyx_callargs+__pyx_t_11, (2-__pyx_t_11) | (__pyx_t_11*cy_Pyx_PY_VECTORCALL_ARGUMENTS_OFFSET));
                   __pyx_t_10 = 0;
                  if (MP_UNLIKELY(!!(!__pyx_t_7))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 201; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L15_error; } while (0);

                }
                cy_Pyx_Raise(__pyx_t_7, 0, 0, 0);
                 __pyx_t_7 = 0;
                do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 201; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L15_error; } while (0);

                /* "errors_flow.pyx":200
 *         try:
 *             trace.append("inner body")
 *             if flag == 1:             # <<<<<<<<<<<<<<
 *                 raise ValueError("inner")
 *             if flag == 2:
*/
              }

              /* "errors_flow.pyx":202
 *             if flag == 1:
 *                 raise ValueError("inner")
 *             if flag == 2:             # <<<<<<<<<<<<<<
 *                 raise TypeError("inner type")
 *         except ValueError:
*/
              __pyx_t_9 = (__pyx_v_flag == 2);

              if (MP_UNLIKELY(!!(__pyx_t_9))) {

                /* "errors_flow.pyx":203
 *                 raise ValueError("inner")
 *             if flag == 2:
 *                 raise TypeError("inner type")             # <<<<<<<<<<<<<<
 *         except ValueError:
 *             trace.append("inner except")
*/
                __pyx_t_10 = NULL;
                __pyx_t_11 = 1;
                {
                  mp_obj_t __pyx_callargs[2] = {__pyx_t_10, __pyx_kp_u_inner_type};
                  __pyx_t_7 = cy_Pyx_PyObject_FastCall((mp_obj_t)(((cy_PyTypeObject*)MP_OBJ_FROM_PTR(&mp_type_TypeError))), __pyx_callargs+__pyx_t_11, (2-__pyx_t_11) | (__pyx_t_11*cy_Pyx_PY_VECTORCALL_ARGUMENTS_OFFSET));
                   __pyx_t_10 = 0;
                  if (MP_UNLIKELY(!!(!__pyx_t_7))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 203; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L15_error; } while (0);

                }
                cy_Pyx_Raise(__pyx_t_7, 0, 0, 0);
                 __pyx_t_7 = 0;
                do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 203; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L15_error; } while (0);

                /* "errors_flow.pyx":202
 *             if flag == 1:
 *                 raise ValueError("inner")
 *             if flag == 2:             # <<<<<<<<<<<<<<
 *                 raise TypeError("inner type")
 *         except ValueError:
*/
              }

              /* "errors_flow.pyx":198
 * def nested(int flag):
 *     try:
 *         try:             # <<<<<<<<<<<<<<
 *             trace.append("inner body")
 *             if flag == 1:
*/
            }
             __pyx_t_4 = 0;
             __pyx_t_5 = 0;
             __pyx_t_6 = 0;
            goto __pyx_L20_try_end;
            __pyx_L15_error:;
             __pyx_t_10 = 0;
             __pyx_t_7 = 0;

            /* "errors_flow.pyx":204
 *             if flag == 2:
 *                 raise TypeError("inner type")
 *         except ValueError:             # <<<<<<<<<<<<<<
 *             trace.append("inner except")
 *             if flag == 1:
*/
            __pyx_t_12 = cy_Pyx_PyErr_ExceptionMatches(((mp_obj_t )(((cy_PyTypeObject*)MP_OBJ_FROM_PTR(&mp_type_ValueError)))));
            if (__pyx_t_12) {
              __pyx_traceback_0(".nested", __pyx_lineno);
              if (cy_Pyx_GetException(&__pyx_t_7, &__pyx_t_10, &__pyx_t_13) < 0) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 204; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L17_except_error; } while (0);

              /* "errors_flow.pyx":205
 *                 raise TypeError("inner type")
 *         except ValueError:
 *             trace.append("inner except")             # <<<<<<<<<<<<<<
 *             if flag == 1:
 *                 raise KeyError("from inner handler")
*/
              cy_Pyx_GetModuleGlobalName(__pyx_t_14, __pyx_n_u_trace); if (MP_UNLIKELY(!!(!__pyx_t_14))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 205; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L17_except_error; } while (0);

              __pyx_t_8 = cy_Pyx_PyObject_Append(__pyx_t_14, __pyx_kp_u_inner_except); if (MP_UNLIKELY(!!(__pyx_t_8 == ((int)-1)))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 205; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L17_except_error; } while (0);
               __pyx_t_14 = 0;

              /* "errors_flow.pyx":206
 *         except ValueError:
 *             trace.append("inner except")
 *             if flag == 1:             # <<<<<<<<<<<<<<
 *                 raise KeyError("from inner handler")
 *         finally:
*/
              __pyx_t_9 = (__pyx_v_flag == 1);

              if (MP_UNLIKELY(!!(__pyx_t_9))) {

                /* "errors_flow.pyx":207
 *             trace.append("inner except")
 *             if flag == 1:
 *                 raise KeyError("from inner handler")             # <<<<<<<<<<<<<<
 *         finally:
 *             trace.append("inner finally")
*/
                __pyx_t_15 = NULL;
                __pyx_t_11 = 1;
                {
                  mp_obj_t __pyx_callargs[2] = {__pyx_t_15, __pyx_kp_u_from_inner_handler};
                  __pyx_t_14 = cy_Pyx_PyObject_FastCall((mp_obj_t)(((cy_PyTypeObject*)MP_OBJ_FROM_PTR(&mp_type_KeyError))), __pyx_callargs+__pyx_t_11, (2-__pyx_t_11) | (__pyx_t_11*cy_Pyx_PY_VECTORCALL_ARGUMENTS_OFFSET));
                   __pyx_t_15 = 0;
                  if (MP_UNLIKELY(!!(!__pyx_t_14))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 207; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L17_except_error; } while (0);

                }
                cy_Pyx_Raise(__pyx_t_14, 0, 0, 0);
                 __pyx_t_14 = 0;
                do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 207; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L17_except_error; } while (0);

                /* "errors_flow.pyx":206
 *         except ValueError:
 *             trace.append("inner except")
 *             if flag == 1:             # <<<<<<<<<<<<<<
 *                 raise KeyError("from inner handler")
 *         finally:
*/
              }
               __pyx_t_7 = 0;
               __pyx_t_10 = 0;
               __pyx_t_13 = 0;
              goto __pyx_L16_exception_handled;
            }
            goto __pyx_L17_except_error;

            /* "errors_flow.pyx":198
 * def nested(int flag):
 *     try:
 *         try:             # <<<<<<<<<<<<<<
 *             trace.append("inner body")
 *             if flag == 1:
*/
            __pyx_L17_except_error:;

            cy_Pyx_ExceptionReset(__pyx_t_4, __pyx_t_5, __pyx_t_6);
            goto __pyx_L13_error;
            __pyx_L16_exception_handled:;

            cy_Pyx_ExceptionReset(__pyx_t_4, __pyx_t_5, __pyx_t_6);
            __pyx_L20_try_end:;
          }
        }

        /* "errors_flow.pyx":209
 *                 raise KeyError("from inner handler")
 *         finally:
 *             trace.append("inner finally")             # <<<<<<<<<<<<<<
 *         trace.append("between")
 *     except KeyError as e:
*/
        /*finally:*/ {
          /*normal exit:*/{
            cy_Pyx_GetModuleGlobalName(__pyx_t_13, __pyx_n_u_trace); if (MP_UNLIKELY(!!(!__pyx_t_13))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 209; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L6_error; } while (0);

            __pyx_t_8 = cy_Pyx_PyObject_Append(__pyx_t_13, __pyx_kp_u_inner_finally); if (MP_UNLIKELY(!!(__pyx_t_8 == ((int)-1)))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 209; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L6_error; } while (0);
             __pyx_t_13 = 0;

            goto __pyx_L14;
          }
          __pyx_L13_error:;
          /*exception exit:*/{
            cy_Pyx_PyThreadState_declare;            cy_Pyx_PyThreadState_assign;            __pyx_t_6 = 0; __pyx_t_5 = 0; __pyx_t_4 = 0; __pyx_t_18 = 0; __pyx_t_19 = 0; __pyx_t_20 = 0;
             __pyx_t_10 = 0;
             __pyx_t_13 = 0;
             __pyx_t_14 = 0;
             __pyx_t_15 = 0;
             __pyx_t_7 = 0;
             cy_Pyx_ExceptionSwap(&__pyx_t_18, &__pyx_t_19, &__pyx_t_20);
            if ( MP_UNLIKELY(!!(cy_Pyx_GetException(&__pyx_t_6, &__pyx_t_5, &__pyx_t_4) < 0))) cy_Pyx_ErrFetch(&__pyx_t_6, &__pyx_t_5, &__pyx_t_4);

            __pyx_t_12 = __pyx_lineno; __pyx_t_16 = __pyx_clineno; __pyx_t_17 = __pyx_filename;
            {
              cy_Pyx_GetModuleGlobalName(__pyx_t_13, __pyx_n_u_trace); if (MP_UNLIKELY(!!(!__pyx_t_13))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 209; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L27_error; } while (0);

              __pyx_t_8 = cy_Pyx_PyObject_Append(__pyx_t_13, __pyx_kp_u_inner_finally); if (MP_UNLIKELY(!!(__pyx_t_8 == ((int)-1)))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 209; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L27_error; } while (0);
               __pyx_t_13 = 0;

            }

            cy_Pyx_ExceptionReset(__pyx_t_18, __pyx_t_19, __pyx_t_20);

            cy_Pyx_ErrRestore(__pyx_t_6, __pyx_t_5, __pyx_t_4);
            __pyx_t_6 = 0; __pyx_t_5 = 0; __pyx_t_4 = 0; __pyx_t_18 = 0; __pyx_t_19 = 0; __pyx_t_20 = 0;
            __pyx_lineno = __pyx_t_12; __pyx_clineno = __pyx_t_16; __pyx_filename = __pyx_t_17;
            goto __pyx_L6_error;
            __pyx_L27_error:;

            cy_Pyx_ExceptionReset(__pyx_t_18, __pyx_t_19, __pyx_t_20);
             __pyx_t_6 = 0;
             __pyx_t_5 = 0;
             __pyx_t_4 = 0;
            __pyx_t_18 = 0; __pyx_t_19 = 0; __pyx_t_20 = 0;
            goto __pyx_L6_error;
          }
          __pyx_L14:;
        }

        /* "errors_flow.pyx":210
 *         finally:
 *             trace.append("inner finally")
 *         trace.append("between")             # <<<<<<<<<<<<<<
 *     except KeyError as e:
 *         trace.append("outer except KeyError %r" % (e.args[0],))
*/
        cy_Pyx_GetModuleGlobalName(__pyx_t_13, __pyx_n_u_trace); if (MP_UNLIKELY(!!(!__pyx_t_13))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 210; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L6_error; } while (0);

        __pyx_t_8 = cy_Pyx_PyObject_Append(__pyx_t_13, __pyx_n_u_between); if (MP_UNLIKELY(!!(__pyx_t_8 == ((int)-1)))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 210; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L6_error; } while (0);
         __pyx_t_13 = 0;

        /* "errors_flow.pyx":197
 *
 * def nested(int flag):
 *     try:             # <<<<<<<<<<<<<<
 *         try:
 *             trace.append("inner body")
*/
      }
       __pyx_t_1 = 0;
       __pyx_t_2 = 0;
       __pyx_t_3 = 0;
      goto __pyx_L11_try_end;
      __pyx_L6_error:;
       __pyx_t_10 = 0;
       __pyx_t_13 = 0;
       __pyx_t_14 = 0;
       __pyx_t_15 = 0;
       __pyx_t_7 = 0;

      /* "errors_flow.pyx":211
 *             trace.append("inner finally")
 *         trace.append("between")
 *     except KeyError as e:             # <<<<<<<<<<<<<<
 *         trace.append("outer except KeyError %r" % (e.args[0],))
 *     except TypeError as e:
*/
      __pyx_t_16 = cy_Pyx_PyErr_ExceptionMatches(((mp_obj_t )(((cy_PyTypeObject*)MP_OBJ_FROM_PTR(&mp_type_KeyError)))));
      if (__pyx_t_16) {
        __pyx_traceback_0(".nested", __pyx_lineno);
        if (cy_Pyx_GetException(&__pyx_t_13, &__pyx_t_10, &__pyx_t_7) < 0) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 211; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L8_except_error; } while (0);

        __pyx_v_e = ((mp_obj_t)__pyx_t_10);
        /*try:*/ {

          /* "errors_flow.pyx":212
 *         trace.append("between")
 *     except KeyError as e:
 *         trace.append("outer except KeyError %r" % (e.args[0],))             # <<<<<<<<<<<<<<
 *     except TypeError as e:
 *         trace.append("outer except TypeError " + str(e))
*/
          cy_Pyx_GetModuleGlobalName(__pyx_t_14, __pyx_n_u_trace); if (MP_UNLIKELY(!!(!__pyx_t_14))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 212; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L33_error; } while (0);

          __pyx_t_15 = cy_Pyx_PyException_get_args(__pyx_v_e); if (MP_UNLIKELY(!!(!__pyx_t_15))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 212; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L33_error; } while (0);

          __pyx_t_21 = cy_Pyx_GetItemInt(__pyx_t_15, 0, long, 1, cy_Pyx_PyLong_From_long, 0, 1, 1, cy_Pyx_ReferenceSharing_OwnStrongReference); if (MP_UNLIKELY(!!(!__pyx_t_21))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 212; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L33_error; } while (0);

           __pyx_t_15 = 0;
          __pyx_t_15 = cy_Pyx_PyObject_FormatSimpleAndDecref(cy_PyObject_Repr(__pyx_t_21), __pyx_mstate_global->__pyx_empty_unicode); if (MP_UNLIKELY(!!(!__pyx_t_15))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 212; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L33_error; } while (0);

           __pyx_t_21 = 0;
          __pyx_t_21 = cy_Pyx_PyUnicode_Concat(__pyx_kp_u_outer_except_KeyError, __pyx_t_15); if (MP_UNLIKELY(!!(!__pyx_t_21))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 212; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L33_error; } while (0);

           __pyx_t_15 = 0;
          __pyx_t_8 = cy_Pyx_PyObject_Append(__pyx_t_14, __pyx_t_21); if (MP_UNLIKELY(!!(__pyx_t_8 == ((int)-1)))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 212; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L33_error; } while (0);
           __pyx_t_14 = 0;
           __pyx_t_21 = 0;

        }

        /* "errors_flow.pyx":211
 *             trace.append("inner finally")
 *         trace.append("between")
 *     except KeyError as e:             # <<<<<<<<<<<<<<
 *         trace.append("outer except KeyError %r" % (e.args[0],))
 *     except TypeError as e:
*/
        /*finally:*/ {
          /*normal exit:*/{
             __pyx_v_e = 0;
            goto __pyx_L34;
          }
          __pyx_L33_error:;
          /*exception exit:*/{
            cy_Pyx_PyThreadState_declare;            cy_Pyx_PyThreadState_assign;            __pyx_t_20 = 0; __pyx_t_19 = 0; __pyx_t_18 = 0; __pyx_t_4 = 0; __pyx_t_5 = 0; __pyx_t_6 = 0;
             __pyx_t_14 = 0;
             __pyx_t_15 = 0;
             __pyx_t_21 = 0;
             cy_Pyx_ExceptionSwap(&__pyx_t_4, &__pyx_t_5, &__pyx_t_6);
            if ( MP_UNLIKELY(!!(cy_Pyx_GetException(&__pyx_t_20, &__pyx_t_19, &__pyx_t_18) < 0))) cy_Pyx_ErrFetch(&__pyx_t_20, &__pyx_t_19, &__pyx_t_18);

            __pyx_t_16 = __pyx_lineno; __pyx_t_12 = __pyx_clineno; __pyx_t_17 = __pyx_filename;
            {
               __pyx_v_e = 0;
            }

            cy_Pyx_ExceptionReset(__pyx_t_4, __pyx_t_5, __pyx_t_6);

            cy_Pyx_ErrRestore(__pyx_t_20, __pyx_t_19, __pyx_t_18);
            __pyx_t_20 = 0; __pyx_t_19 = 0; __pyx_t_18 = 0; __pyx_t_4 = 0; __pyx_t_5 = 0; __pyx_t_6 = 0;
            __pyx_lineno = __pyx_t_16; __pyx_clineno = __pyx_t_12; __pyx_filename = __pyx_t_17;
            goto __pyx_L8_except_error;
          }
          __pyx_L34:;
        }
         __pyx_t_13 = 0;
         __pyx_t_10 = 0;
         __pyx_t_7 = 0;
        goto __pyx_L7_exception_handled;
      }

      /* "errors_flow.pyx":213
 *     except KeyError as e:
 *         trace.append("outer except KeyError %r" % (e.args[0],))
 *     except TypeError as e:             # <<<<<<<<<<<<<<
 *         trace.append("outer except TypeError " + str(e))
 *     finally:
*/
      __pyx_t_12 = cy_Pyx_PyErr_ExceptionMatches(((mp_obj_t )(((cy_PyTypeObject*)MP_OBJ_FROM_PTR(&mp_type_TypeError)))));
      if (__pyx_t_12) {
        __pyx_traceback_0(".nested", __pyx_lineno);
        if (cy_Pyx_GetException(&__pyx_t_7, &__pyx_t_10, &__pyx_t_13) < 0) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 213; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L8_except_error; } while (0);

        __pyx_v_e = ((mp_obj_t)__pyx_t_10);
        /*try:*/ {

          /* "errors_flow.pyx":214
 *         trace.append("outer except KeyError %r" % (e.args[0],))
 *     except TypeError as e:
 *         trace.append("outer except TypeError " + str(e))             # <<<<<<<<<<<<<<
 *     finally:
 *         trace.append("outer finally")
*/
          cy_Pyx_GetModuleGlobalName(__pyx_t_21, __pyx_n_u_trace); if (MP_UNLIKELY(!!(!__pyx_t_21))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 214; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L44_error; } while (0);

          __pyx_t_14 = cy_Pyx_PyObject_Unicode(__pyx_v_e); if (MP_UNLIKELY(!!(!__pyx_t_14))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 214; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L44_error; } while (0);

          __pyx_t_15 = cy_Pyx_PyUnicode_Concat(__pyx_kp_u_outer_except_TypeError, __pyx_t_14); if (MP_UNLIKELY(!!(!__pyx_t_15))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 214; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L44_error; } while (0);

           __pyx_t_14 = 0;
          __pyx_t_8 = cy_Pyx_PyObject_Append(__pyx_t_21, __pyx_t_15); if (MP_UNLIKELY(!!(__pyx_t_8 == ((int)-1)))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 214; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L44_error; } while (0);
           __pyx_t_21 = 0;
           __pyx_t_15 = 0;

        }

        /* "errors_flow.pyx":213
 *     except KeyError as e:
 *         trace.append("outer except KeyError %r" % (e.args[0],))
 *     except TypeError as e:             # <<<<<<<<<<<<<<
 *         trace.append("outer except TypeError " + str(e))
 *     finally:
*/
        /*finally:*/ {
          /*normal exit:*/{
             __pyx_v_e = 0;
            goto __pyx_L45;
          }
          __pyx_L44_error:;
          /*exception exit:*/{
            cy_Pyx_PyThreadState_declare;            cy_Pyx_PyThreadState_assign;            __pyx_t_6 = 0; __pyx_t_5 = 0; __pyx_t_4 = 0; __pyx_t_18 = 0; __pyx_t_19 = 0; __pyx_t_20 = 0;
             __pyx_t_14 = 0;
             __pyx_t_15 = 0;
             __pyx_t_21 = 0;
             cy_Pyx_ExceptionSwap(&__pyx_t_18, &__pyx_t_19, &__pyx_t_20);
            if ( MP_UNLIKELY(!!(cy_Pyx_GetException(&__pyx_t_6, &__pyx_t_5, &__pyx_t_4) < 0))) cy_Pyx_ErrFetch(&__pyx_t_6, &__pyx_t_5, &__pyx_t_4);

            __pyx_t_12 = __pyx_lineno; __pyx_t_16 = __pyx_clineno; __pyx_t_17 = __pyx_filename;
            {
               __pyx_v_e = 0;
            }

            cy_Pyx_ExceptionReset(__pyx_t_18, __pyx_t_19, __pyx_t_20);

            cy_Pyx_ErrRestore(__pyx_t_6, __pyx_t_5, __pyx_t_4);
            __pyx_t_6 = 0; __pyx_t_5 = 0; __pyx_t_4 = 0; __pyx_t_18 = 0; __pyx_t_19 = 0; __pyx_t_20 = 0;
            __pyx_lineno = __pyx_t_12; __pyx_clineno = __pyx_t_16; __pyx_filename = __pyx_t_17;
            goto __pyx_L8_except_error;
          }
          __pyx_L45:;
        }
         __pyx_t_7 = 0;
         __pyx_t_10 = 0;
         __pyx_t_13 = 0;
        goto __pyx_L7_exception_handled;
      }
      goto __pyx_L8_except_error;

      /* "errors_flow.pyx":197
 *
 * def nested(int flag):
 *     try:             # <<<<<<<<<<<<<<
 *         try:
 *             trace.append("inner body")
*/
      __pyx_L8_except_error:;

      cy_Pyx_ExceptionReset(__pyx_t_1, __pyx_t_2, __pyx_t_3);
      goto __pyx_L4_error;
      __pyx_L7_exception_handled:;

      cy_Pyx_ExceptionReset(__pyx_t_1, __pyx_t_2, __pyx_t_3);
      __pyx_L11_try_end:;
    }
  }

  /* "errors_flow.pyx":216
 *         trace.append("outer except TypeError " + str(e))
 *     finally:
 *         trace.append("outer finally")             # <<<<<<<<<<<<<<
 *     return "done"
 *
*/
  /*finally:*/ {
    /*normal exit:*/{
      cy_Pyx_GetModuleGlobalName(__pyx_t_13, __pyx_n_u_trace); if (MP_UNLIKELY(!!(!__pyx_t_13))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 216; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

      __pyx_t_8 = cy_Pyx_PyObject_Append(__pyx_t_13, __pyx_kp_u_outer_finally); if (MP_UNLIKELY(!!(__pyx_t_8 == ((int)-1)))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 216; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);
       __pyx_t_13 = 0;

      goto __pyx_L5;
    }
    __pyx_L4_error:;
    /*exception exit:*/{
      cy_Pyx_PyThreadState_declare;      cy_Pyx_PyThreadState_assign;      __pyx_t_3 = 0; __pyx_t_2 = 0; __pyx_t_1 = 0; __pyx_t_20 = 0; __pyx_t_19 = 0; __pyx_t_18 = 0;
       __pyx_t_10 = 0;
       __pyx_t_13 = 0;
       __pyx_t_14 = 0;
       __pyx_t_15 = 0;
       __pyx_t_21 = 0;
       __pyx_t_7 = 0;
       cy_Pyx_ExceptionSwap(&__pyx_t_20, &__pyx_t_19, &__pyx_t_18);
      if ( MP_UNLIKELY(!!(cy_Pyx_GetException(&__pyx_t_3, &__pyx_t_2, &__pyx_t_1) < 0))) cy_Pyx_ErrFetch(&__pyx_t_3, &__pyx_t_2, &__pyx_t_1);

      __pyx_t_16 = __pyx_lineno; __pyx_t_12 = __pyx_clineno; __pyx_t_17 = __pyx_filename;
      {
        cy_Pyx_GetModuleGlobalName(__pyx_t_13, __pyx_n_u_trace); if (MP_UNLIKELY(!!(!__pyx_t_13))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 216; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L51_error; } while (0);

        __pyx_t_8 = cy_Pyx_PyObject_Append(__pyx_t_13, __pyx_kp_u_outer_finally); if (MP_UNLIKELY(!!(__pyx_t_8 == ((int)-1)))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 216; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L51_error; } while (0);
         __pyx_t_13 = 0;

      }

      cy_Pyx_ExceptionReset(__pyx_t_20, __pyx_t_19, __pyx_t_18);

      cy_Pyx_ErrRestore(__pyx_t_3, __pyx_t_2, __pyx_t_1);
      __pyx_t_3 = 0; __pyx_t_2 = 0; __pyx_t_1 = 0; __pyx_t_20 = 0; __pyx_t_19 = 0; __pyx_t_18 = 0;
      __pyx_lineno = __pyx_t_16; __pyx_clineno = __pyx_t_12; __pyx_filename = __pyx_t_17;
      goto __pyx_L1_error;
      __pyx_L51_error:;

      cy_Pyx_ExceptionReset(__pyx_t_20, __pyx_t_19, __pyx_t_18);
       __pyx_t_3 = 0;
       __pyx_t_2 = 0;
       __pyx_t_1 = 0;
      __pyx_t_20 = 0; __pyx_t_19 = 0; __pyx_t_18 = 0;
      goto __pyx_L1_error;
    }
    __pyx_L5:;
  }

  /* "errors_flow.pyx":217
 *     finally:
 *         trace.append("outer finally")
 *     return "done"             # <<<<<<<<<<<<<<
 *
 *
*/
  {
    mp_obj_t __pyx_temp;
    {
      __pyx_temp = __pyx_r;

      __pyx_r = __pyx_n_u_done;
    }

  }
  goto __pyx_L0;

  /* "errors_flow.pyx":196
 *
 *
 * def nested(int flag):             # <<<<<<<<<<<<<<
 *     try:
 *         try:
*/

  /* function exit code */
  __pyx_L1_error:;

  __pyx_traceback_0(".nested", __pyx_lineno);
  __pyx_r = NULL;
  __pyx_L0:;

  return __pyx_r;
}

/* "errors_flow.pyx":220
 *
 *
 * def finally_raises(int flag):             # <<<<<<<<<<<<<<
 *     try:
 *         if flag:
*/

/* Python wrapper */
static mp_obj_t __pyx_pw_11errors_flow_41finally_raises(mp_obj_t __pyx_self,

mp_obj_t const *__pyx_args, mp_int_t __pyx_nargs, mp_obj_t __pyx_kwds

); /*proto*/
static cy_PyMethodDef __pyx_mdef_11errors_flow_41finally_raises = {"finally_raises", (cy_PyCFunction)(void(*)(void))(cy_Pyx_PyCFunction_FastCallWithKeywords)__pyx_pw_11errors_flow_41finally_raises, cy_Pyx_METH_FASTCALL|cy_METH_KEYWORDS, 0};
static mp_obj_t __pyx_pw_11errors_flow_41finally_raises(mp_obj_t __pyx_self,

mp_obj_t const *__pyx_args, mp_int_t __pyx_nargs, mp_obj_t __pyx_kwds

) {
  int __pyx_v_flag;

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
&__pyx_n_u_flag, 0 };
static const cy_Pyx_ArgSpec __pyx_argspec = { "finally_raises",
__pyx_pyargnames, 1, 1, 1, 0,
0, 0,

cy_Pyx_ARGS_EXACT|cy_Pyx_ARGS_KEYWORDS|cy_Pyx_ARGS_CLEAR };
if (MP_LIKELY(!!(!__pyx_kwds && __pyx_nargs == 1))) {
values[0] = __pyx_args[0];
} else if
(cy_Pyx_ParseArgs(&__pyx_argspec, __pyx_args,

__pyx_nargs, __pyx_kwds, values) < 0) {
do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 220; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L3_error; } while (0); }

    __pyx_v_flag = cy_Pyx_PyLong_As_int(values[0]); if (MP_UNLIKELY(!!((__pyx_v_flag == (int)-1) && cy_PyErr_Occurred()))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 220; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L3_error; } while (0);
  }

  goto __pyx_L4_argument_unpacking_done;
  __pyx_L3_error:;
  for (mp_int_t __pyx_temp=0; __pyx_temp < (mp_int_t)(sizeof(values)/sizeof(values[0])); ++__pyx_temp) {

  }
  __pyx_traceback_0(".finally_raises", __pyx_lineno);

  return NULL;
  __pyx_L4_argument_unpacking_done:;
  __pyx_r = __pyx_pf_11errors_flow_40finally_raises(__pyx_self, __pyx_v_flag);

  /* function exit code */
  for (mp_int_t __pyx_temp=0; __pyx_temp < (mp_int_t)(sizeof(values)/sizeof(values[0])); ++__pyx_temp) {

  }

  return __pyx_r;
}

static mp_obj_t __pyx_pf_11errors_flow_40finally_raises(CYTHON_UNUSED mp_obj_t __pyx_self, int __pyx_v_flag) {
  mp_obj_t __pyx_r = NULL;
  __Pyx_RefNannyDeclarations
  int __pyx_t_1;
  mp_obj_t __pyx_t_2 = NULL;
  mp_obj_t __pyx_t_3 = NULL;
  size_t __pyx_t_4;
  int __pyx_t_5;
  mp_obj_t __pyx_t_6 = NULL;
  mp_obj_t __pyx_t_7 = NULL;
  mp_obj_t __pyx_t_8 = NULL;
  mp_obj_t __pyx_t_9 = NULL;
  mp_obj_t __pyx_t_10 = NULL;
  mp_obj_t __pyx_t_11 = NULL;
  int __pyx_lineno = 0;
  const char *__pyx_filename = NULL;
  int __pyx_clineno = 0;

  /* "errors_flow.pyx":221
 *
 * def finally_raises(int flag):
 *     try:             # <<<<<<<<<<<<<<
 *         if flag:
 *             raise ValueError("original")
*/
  /*try:*/ {

    /* "errors_flow.pyx":222
 * def finally_raises(int flag):
 *     try:
 *         if flag:             # <<<<<<<<<<<<<<
 *             raise ValueError("original")
 *         trace.append("no error in body")
*/
    __pyx_t_1 = (__pyx_v_flag != 0);

    if (MP_UNLIKELY(!!(__pyx_t_1))) {

      /* "errors_flow.pyx":223
 *     try:
 *         if flag:
 *             raise ValueError("original")             # <<<<<<<<<<<<<<
 *         trace.append("no error in body")
 *     finally:
*/
      __pyx_t_3 = NULL;
      __pyx_t_4 = 1;
      {
        mp_obj_t __pyx_callargs[2] = {__pyx_t_3, __pyx_n_u_original};
        __pyx_t_2 = cy_Pyx_PyObject_FastCall((mp_obj_t)(((cy_PyTypeObject*)MP_OBJ_FROM_PTR(&mp_type_ValueError))), __pyx_callargs+__pyx_t_4, (2-__pyx_t_4) | (__pyx_t_4*cy_Pyx_PY_VECTORCALL_ARGUMENTS_OFFSET));
         __pyx_t_3 = 0;
        if (MP_UNLIKELY(!!(!__pyx_t_2))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 223; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L4_error; } while (0);

      }
      cy_Pyx_Raise(__pyx_t_2, 0, 0, 0);
       __pyx_t_2 = 0;
      do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 223; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L4_error; } while (0);

      /* "errors_flow.pyx":222
 * def finally_raises(int flag):
 *     try:
 *         if flag:             # <<<<<<<<<<<<<<
 *             raise ValueError("original")
 *         trace.append("no error in body")
*/
    }

    /* "errors_flow.pyx":224
 *         if flag:
 *             raise ValueError("original")
 *         trace.append("no error in body")             # <<<<<<<<<<<<<<
 *     finally:
 *         trace.append("finally raising")
*/
    cy_Pyx_GetModuleGlobalName(__pyx_t_2, __pyx_n_u_trace); if (MP_UNLIKELY(!!(!__pyx_t_2))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 224; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L4_error; } while (0);

    __pyx_t_5 = cy_Pyx_PyObject_Append(__pyx_t_2, __pyx_kp_u_no_error_in_body); if (MP_UNLIKELY(!!(__pyx_t_5 == ((int)-1)))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 224; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L4_error; } while (0);
     __pyx_t_2 = 0;

  }

  /* "errors_flow.pyx":226
 *         trace.append("no error in body")
 *     finally:
 *         trace.append("finally raising")             # <<<<<<<<<<<<<<
 *         raise RuntimeError("from finally")
 *
*/
  /*finally:*/ {
    /*normal exit:*/{
      cy_Pyx_GetModuleGlobalName(__pyx_t_2, __pyx_n_u_trace); if (MP_UNLIKELY(!!(!__pyx_t_2))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 226; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

      __pyx_t_5 = cy_Pyx_PyObject_Append(__pyx_t_2, __pyx_kp_u_finally_raising); if (MP_UNLIKELY(!!(__pyx_t_5 == ((int)-1)))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 226; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);
       __pyx_t_2 = 0;

      /* "errors_flow.pyx":227
 *     finally:
 *         trace.append("finally raising")
 *         raise RuntimeError("from finally")             # <<<<<<<<<<<<<<
 *
 *
*/
      __pyx_t_3 = NULL;
      __pyx_t_4 = 1;
      {
        mp_obj_t __pyx_callargs[2] = {__pyx_t_3, __pyx_kp_u_from_finally};
        __pyx_t_2 = cy_Pyx_PyObject_FastCall((mp_obj_t)(((cy_PyTypeObject*)MP_OBJ_FROM_PTR(&mp_type_RuntimeError))), __pyx_callargs+__pyx_t_4, (2-__pyx_t_4) | (__pyx_t_4*cy_Pyx_PY_VECTORCALL_ARGUMENTS_OFFSET));
         __pyx_t_3 = 0;
        if (MP_UNLIKELY(!!(!__pyx_t_2))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 227; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

      }
      cy_Pyx_Raise(__pyx_t_2, 0, 0, 0);
       __pyx_t_2 = 0;
      do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 227; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);
    }
    __pyx_L4_error:;
    /*exception exit:*/{
      cy_Pyx_PyThreadState_declare;      cy_Pyx_PyThreadState_assign;      __pyx_t_6 = 0; __pyx_t_7 = 0; __pyx_t_8 = 0; __pyx_t_9 = 0; __pyx_t_10 = 0; __pyx_t_11 = 0;
       __pyx_t_2 = 0;
       __pyx_t_3 = 0;
       cy_Pyx_ExceptionSwap(&__pyx_t_9, &__pyx_t_10, &__pyx_t_11);
      if ( MP_UNLIKELY(!!(cy_Pyx_GetException(&__pyx_t_6, &__pyx_t_7, &__pyx_t_8) < 0))) cy_Pyx_ErrFetch(&__pyx_t_6, &__pyx_t_7, &__pyx_t_8);

      {

        /* "errors_flow.pyx":226
 *         trace.append("no error in body")
 *     finally:
 *         trace.append("finally raising")             # <<<<<<<<<<<<<<
 *         raise RuntimeError("from finally")
 *
*/
        cy_Pyx_GetModuleGlobalName(__pyx_t_2, __pyx_n_u_trace); if (MP_UNLIKELY(!!(!__pyx_t_2))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 226; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L8_error; } while (0);

        __pyx_t_5 = cy_Pyx_PyObject_Append(__pyx_t_2, __pyx_kp_u_finally_raising); if (MP_UNLIKELY(!!(__pyx_t_5 == ((int)-1)))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 226; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L8_error; } while (0);
         __pyx_t_2 = 0;

        /* "errors_flow.pyx":227
 *     finally:
 *         trace.append("finally raising")
 *         raise RuntimeError("from finally")             # <<<<<<<<<<<<<<
 *
 *
*/
        __pyx_t_3 = NULL;
        __pyx_t_4 = 1;
        {
          mp_obj_t __pyx_callargs[2] = {__pyx_t_3, __pyx_kp_u_from_finally};
          __pyx_t_2 = cy_Pyx_PyObject_FastCall((mp_obj_t)(((cy_PyTypeObject*)MP_OBJ_FROM_PTR(&mp_type_RuntimeError))), __pyx_callargs+__pyx_t_4, (2-__pyx_t_4) | (__pyx_t_4*cy_Pyx_PY_VECTORCALL_ARGUMENTS_OFFSET));
           __pyx_t_3 = 0;
          if (MP_UNLIKELY(!!(!__pyx_t_2))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 227; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L8_error; } while (0);

        }
        cy_Pyx_Raise(__pyx_t_2, 0, 0, 0);
         __pyx_t_2 = 0;
        do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 227; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L8_error; } while (0);
      }
      __pyx_L8_error:;

      cy_Pyx_ExceptionReset(__pyx_t_9, __pyx_t_10, __pyx_t_11);
       __pyx_t_6 = 0;
       __pyx_t_7 = 0;
       __pyx_t_8 = 0;
      __pyx_t_9 = 0; __pyx_t_10 = 0; __pyx_t_11 = 0;
      goto __pyx_L1_error;
    }
  }

  /* "errors_flow.pyx":220
 *
 *
 * def finally_raises(int flag):             # <<<<<<<<<<<<<<
 *     try:
 *         if flag:
*/

  /* function exit code */
  __pyx_L1_error:;

  __pyx_traceback_0(".finally_raises", __pyx_lineno);
  __pyx_r = NULL;

  return __pyx_r;
}

/* "errors_flow.pyx":230
 *
 *
 * def except_raises():             # <<<<<<<<<<<<<<
 *     try:
 *         raise ValueError("first")
*/

/* Python wrapper */
static mp_obj_t __pyx_pw_11errors_flow_43except_raises(mp_obj_t __pyx_self, CYTHON_UNUSED mp_obj_t unused); /*proto*/
static cy_PyMethodDef __pyx_mdef_11errors_flow_43except_raises = {"except_raises", (cy_PyCFunction)__pyx_pw_11errors_flow_43except_raises, cy_METH_NOARGS, 0};
static mp_obj_t __pyx_pw_11errors_flow_43except_raises(mp_obj_t __pyx_self, CYTHON_UNUSED mp_obj_t unused) {
  CYTHON_UNUSED mp_obj_t const *__pyx_kwvalues;
  mp_obj_t __pyx_r = 0;
  __Pyx_RefNannyDeclarations

  __pyx_kwvalues = cy_Pyx_KwValues_VARARGS(__pyx_args, __pyx_nargs);
  __pyx_r = __pyx_pf_11errors_flow_42except_raises(__pyx_self);

  /* function exit code */

  return __pyx_r;
}

static mp_obj_t __pyx_pf_11errors_flow_42except_raises(CYTHON_UNUSED mp_obj_t __pyx_self) {
  mp_obj_t __pyx_r = NULL;
  __Pyx_RefNannyDeclarations
  mp_obj_t __pyx_t_1 = NULL;
  mp_obj_t __pyx_t_2 = NULL;
  mp_obj_t __pyx_t_3 = NULL;
  mp_obj_t __pyx_t_4 = NULL;
  mp_obj_t __pyx_t_5 = NULL;
  size_t __pyx_t_6;
  int __pyx_t_7;
  mp_obj_t __pyx_t_8 = NULL;
  mp_obj_t __pyx_t_9 = NULL;
  int __pyx_t_10;
  mp_obj_t __pyx_t_11 = NULL;
  int __pyx_lineno = 0;
  const char *__pyx_filename = NULL;
  int __pyx_clineno = 0;

  /* "errors_flow.pyx":231
 *
 * def except_raises():
 *     try:             # <<<<<<<<<<<<<<
 *         raise ValueError("first")
 *     except ValueError:
*/
  {
    cy_Pyx_PyThreadState_declare;    cy_Pyx_PyThreadState_assign;    cy_Pyx_ExceptionSave(&__pyx_t_1, &__pyx_t_2, &__pyx_t_3);

    /*try:*/ {

      /* "errors_flow.pyx":232
 * def except_raises():
 *     try:
 *         raise ValueError("first")             # <<<<<<<<<<<<<<
 *     except ValueError:
 *         trace.append("handling first")
*/
      __pyx_t_5 = NULL;
      __pyx_t_6 = 1;
      {
        mp_obj_t __pyx_callargs[2] = {__pyx_t_5, __pyx_n_u_first};
        __pyx_t_4 = cy_Pyx_PyObject_FastCall((mp_obj_t)(((cy_PyTypeObject*)MP_OBJ_FROM_PTR(&mp_type_ValueError))), __pyx_callargs+__pyx_t_6, (2-__pyx_t_6) | (__pyx_t_6*cy_Pyx_PY_VECTORCALL_ARGUMENTS_OFFSET));
         __pyx_t_5 = 0;
        if (MP_UNLIKELY(!!(!__pyx_t_4))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 232; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L3_error; } while (0);

      }
      cy_Pyx_Raise(__pyx_t_4, 0, 0, 0);
       __pyx_t_4 = 0;
      do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 232; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L3_error; } while (0);

      /* "errors_flow.pyx":231
 *
 * def except_raises():
 *     try:             # <<<<<<<<<<<<<<
 *         raise ValueError("first")
 *     except ValueError:
*/
    }
    __pyx_L3_error:;
     __pyx_t_4 = 0;
     __pyx_t_5 = 0;

    /* "errors_flow.pyx":233
 *     try:
 *         raise ValueError("first")
 *     except ValueError:             # <<<<<<<<<<<<<<
 *         trace.append("handling first")
 *         raise TypeError("second")
*/
    __pyx_t_7 = cy_Pyx_PyErr_ExceptionMatches(((mp_obj_t )(((cy_PyTypeObject*)MP_OBJ_FROM_PTR(&mp_type_ValueError)))));
    if (__pyx_t_7) {
      __pyx_traceback_0(".except_raises", __pyx_lineno);
      if (cy_Pyx_GetException(&__pyx_t_4, &__pyx_t_5, &__pyx_t_8) < 0) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 233; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L5_except_error; } while (0);

      /* "errors_flow.pyx":234
 *         raise ValueError("first")
 *     except ValueError:
 *         trace.append("handling first")             # <<<<<<<<<<<<<<
 *         raise TypeError("second")
 *
*/
      cy_Pyx_GetModuleGlobalName(__pyx_t_9, __pyx_n_u_trace); if (MP_UNLIKELY(!!(!__pyx_t_9))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 234; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L5_except_error; } while (0);

      __pyx_t_10 = cy_Pyx_PyObject_Append(__pyx_t_9, __pyx_kp_u_handling_first); if (MP_UNLIKELY(!!(__pyx_t_10 == ((int)-1)))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 234; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L5_except_error; } while (0);
       __pyx_t_9 = 0;

      /* "errors_flow.pyx":235
 *     except ValueError:
 *         trace.append("handling first")
 *         raise TypeError("second")             # <<<<<<<<<<<<<<
 *
 *
*/
      __pyx_t_11 = NULL;
      __pyx_t_6 = 1;
      {
        mp_obj_t __pyx_callargs[2] = {__pyx_t_11, __pyx_n_u_second};
        __pyx_t_9 = cy_Pyx_PyObject_FastCall((mp_obj_t)(((cy_PyTypeObject*)MP_OBJ_FROM_PTR(&mp_type_TypeError))), __pyx_callargs+__pyx_t_6, (2-__pyx_t_6) | (__pyx_t_6*cy_Pyx_PY_VECTORCALL_ARGUMENTS_OFFSET));
         __pyx_t_11 = 0;
        if (MP_UNLIKELY(!!(!__pyx_t_9))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 235; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L5_except_error; } while (0);

      }
      cy_Pyx_Raise(__pyx_t_9, 0, 0, 0);
       __pyx_t_9 = 0;
      do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 235; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L5_except_error; } while (0);
    }
    goto __pyx_L5_except_error;

    /* "errors_flow.pyx":231
 *
 * def except_raises():
 *     try:             # <<<<<<<<<<<<<<
 *         raise ValueError("first")
 *     except ValueError:
*/
    __pyx_L5_except_error:;

    cy_Pyx_ExceptionReset(__pyx_t_1, __pyx_t_2, __pyx_t_3);
    goto __pyx_L1_error;
  }

  /* "errors_flow.pyx":230
 *
 *
 * def except_raises():             # <<<<<<<<<<<<<<
 *     try:
 *         raise ValueError("first")
*/

  /* function exit code */
  __pyx_L1_error:;

  __pyx_traceback_0(".except_raises", __pyx_lineno);
  __pyx_r = NULL;

  return __pyx_r;
}

/* "errors_flow.pyx":238
 *
 *
 * def return_in_finally(int flag):             # <<<<<<<<<<<<<<
 *     try:
 *         if flag == 1:
*/

/* Python wrapper */
static mp_obj_t __pyx_pw_11errors_flow_45return_in_finally(mp_obj_t __pyx_self,

mp_obj_t const *__pyx_args, mp_int_t __pyx_nargs, mp_obj_t __pyx_kwds

); /*proto*/
static cy_PyMethodDef __pyx_mdef_11errors_flow_45return_in_finally = {"return_in_finally", (cy_PyCFunction)(void(*)(void))(cy_Pyx_PyCFunction_FastCallWithKeywords)__pyx_pw_11errors_flow_45return_in_finally, cy_Pyx_METH_FASTCALL|cy_METH_KEYWORDS, 0};
static mp_obj_t __pyx_pw_11errors_flow_45return_in_finally(mp_obj_t __pyx_self,

mp_obj_t const *__pyx_args, mp_int_t __pyx_nargs, mp_obj_t __pyx_kwds

) {
  int __pyx_v_flag;

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
&__pyx_n_u_flag, 0 };
static const cy_Pyx_ArgSpec __pyx_argspec = { "return_in_finally",
__pyx_pyargnames, 1, 1, 1, 0,
0, 0,

cy_Pyx_ARGS_EXACT|cy_Pyx_ARGS_KEYWORDS|cy_Pyx_ARGS_CLEAR };
if (MP_LIKELY(!!(!__pyx_kwds && __pyx_nargs == 1))) {
values[0] = __pyx_args[0];
} else if
(cy_Pyx_ParseArgs(&__pyx_argspec, __pyx_args,

__pyx_nargs, __pyx_kwds, values) < 0) {
do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 238; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L3_error; } while (0); }

    __pyx_v_flag = cy_Pyx_PyLong_As_int(values[0]); if (MP_UNLIKELY(!!((__pyx_v_flag == (int)-1) && cy_PyErr_Occurred()))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 238; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L3_error; } while (0);
  }

  goto __pyx_L4_argument_unpacking_done;
  __pyx_L3_error:;
  for (mp_int_t __pyx_temp=0; __pyx_temp < (mp_int_t)(sizeof(values)/sizeof(values[0])); ++__pyx_temp) {

  }
  __pyx_traceback_0(".return_in_finally", __pyx_lineno);

  return NULL;
  __pyx_L4_argument_unpacking_done:;
  __pyx_r = __pyx_pf_11errors_flow_44return_in_finally(__pyx_self, __pyx_v_flag);

  /* function exit code */
  for (mp_int_t __pyx_temp=0; __pyx_temp < (mp_int_t)(sizeof(values)/sizeof(values[0])); ++__pyx_temp) {

  }

  return __pyx_r;
}

static mp_obj_t __pyx_pf_11errors_flow_44return_in_finally(CYTHON_UNUSED mp_obj_t __pyx_self, int __pyx_v_flag) {
  mp_obj_t __pyx_r = NULL;
  __Pyx_RefNannyDeclarations
  int __pyx_t_1;
  mp_obj_t __pyx_t_2 = NULL;
  mp_obj_t __pyx_t_3 = NULL;
  size_t __pyx_t_4;
  mp_obj_t __pyx_t_5 = NULL;
  mp_obj_t __pyx_t_6 = NULL;
  mp_obj_t __pyx_t_7 = NULL;
  mp_obj_t __pyx_t_8 = NULL;
  mp_obj_t __pyx_t_9 = NULL;
  mp_obj_t __pyx_t_10 = NULL;
  int __pyx_t_11;
  int __pyx_lineno = 0;
  const char *__pyx_filename = NULL;
  int __pyx_clineno = 0;

  /* "errors_flow.pyx":239
 *
 * def return_in_finally(int flag):
 *     try:             # <<<<<<<<<<<<<<
 *         if flag == 1:
 *             raise ValueError("swallowed")
*/
  /*try:*/ {

    /* "errors_flow.pyx":240
 * def return_in_finally(int flag):
 *     try:
 *         if flag == 1:             # <<<<<<<<<<<<<<
 *             raise ValueError("swallowed")
 *         return "from try"
*/
    __pyx_t_1 = (__pyx_v_flag == 1);

    if (MP_UNLIKELY(!!(__pyx_t_1))) {

      /* "errors_flow.pyx":241
 *     try:
 *         if flag == 1:
 *             raise ValueError("swallowed")             # <<<<<<<<<<<<<<
 *         return "from try"
 *     finally:
*/
      __pyx_t_3 = NULL;
      __pyx_t_4 = 1;
      {
        mp_obj_t __pyx_callargs[2] = {__pyx_t_3, __pyx_n_u_swallowed};
        __pyx_t_2 = cy_Pyx_PyObject_FastCall((mp_obj_t)(((cy_PyTypeObject*)MP_OBJ_FROM_PTR(&mp_type_ValueError))), __pyx_callargs+__pyx_t_4, (2-__pyx_t_4) | (__pyx_t_4*cy_Pyx_PY_VECTORCALL_ARGUMENTS_OFFSET));
         __pyx_t_3 = 0;
        if (MP_UNLIKELY(!!(!__pyx_t_2))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 241; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L4_error; } while (0);

      }
      cy_Pyx_Raise(__pyx_t_2, 0, 0, 0);
       __pyx_t_2 = 0;
      do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 241; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L4_error; } while (0);

      /* "errors_flow.pyx":240
 * def return_in_finally(int flag):
 *     try:
 *         if flag == 1:             # <<<<<<<<<<<<<<
 *             raise ValueError("swallowed")
 *         return "from try"
*/
    }

    /* "errors_flow.pyx":242
 *         if flag == 1:
 *             raise ValueError("swallowed")
 *         return "from try"             # <<<<<<<<<<<<<<
 *     finally:
 *         trace.append("finally returns")
*/
    {
      mp_obj_t __pyx_temp;
      {
        __pyx_temp = __pyx_r;

        __pyx_r = __pyx_kp_u_from_try;
      }

    }
    goto __pyx_L3_return;
  }

  /* "errors_flow.pyx":244
 *         return "from try"
 *     finally:
 *         trace.append("finally returns")             # <<<<<<<<<<<<<<
 *         return "from finally"
 *
*/
  /*finally:*/ {
    __pyx_L4_error:;
    /*exception exit:*/{
      cy_Pyx_PyThreadState_declare;      cy_Pyx_PyThreadState_assign;      __pyx_t_5 = 0; __pyx_t_6 = 0; __pyx_t_7 = 0; __pyx_t_8 = 0; __pyx_t_9 = 0; __pyx_t_10 = 0;
       __pyx_t_2 = 0;
       __pyx_t_3 = 0;
       cy_Pyx_ExceptionSwap(&__pyx_t_8, &__pyx_t_9, &__pyx_t_10);
      if ( MP_UNLIKELY(!!(cy_Pyx_GetException(&__pyx_t_5, &__pyx_t_6, &__pyx_t_7) < 0))) cy_Pyx_ErrFetch(&__pyx_t_5, &__pyx_t_6, &__pyx_t_7);

      {
        cy_Pyx_GetModuleGlobalName(__pyx_t_2, __pyx_n_u_trace); if (MP_UNLIKELY(!!(!__pyx_t_2))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 244; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L8_error; } while (0);

        __pyx_t_11 = cy_Pyx_PyObject_Append(__pyx_t_2, __pyx_kp_u_finally_returns); if (MP_UNLIKELY(!!(__pyx_t_11 == ((int)-1)))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 244; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L8_error; } while (0);
         __pyx_t_2 = 0;

        /* "errors_flow.pyx":245
 *     finally:
 *         trace.append("finally returns")
 *         return "from finally"             # <<<<<<<<<<<<<<
 *
 *
*/
        {
          mp_obj_t __pyx_temp;
          {
            __pyx_temp = __pyx_r;

            __pyx_r = __pyx_kp_u_from_finally;
          }

        }
        goto __pyx_L7_return;
      }
      __pyx_L7_return:;

      cy_Pyx_ExceptionReset(__pyx_t_8, __pyx_t_9, __pyx_t_10);
       __pyx_t_5 = 0;
       __pyx_t_6 = 0;
       __pyx_t_7 = 0;
      __pyx_t_8 = 0; __pyx_t_9 = 0; __pyx_t_10 = 0;
      goto __pyx_L0;
      __pyx_L8_error:;

      cy_Pyx_ExceptionReset(__pyx_t_8, __pyx_t_9, __pyx_t_10);
       __pyx_t_5 = 0;
       __pyx_t_6 = 0;
       __pyx_t_7 = 0;
      __pyx_t_8 = 0; __pyx_t_9 = 0; __pyx_t_10 = 0;
      goto __pyx_L1_error;
    }
    __pyx_L3_return: {

      /* "errors_flow.pyx":244
 *         return "from try"
 *     finally:
 *         trace.append("finally returns")             # <<<<<<<<<<<<<<
 *         return "from finally"
 *
*/
      cy_Pyx_GetModuleGlobalName(__pyx_t_2, __pyx_n_u_trace); if (MP_UNLIKELY(!!(!__pyx_t_2))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 244; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

      __pyx_t_11 = cy_Pyx_PyObject_Append(__pyx_t_2, __pyx_kp_u_finally_returns); if (MP_UNLIKELY(!!(__pyx_t_11 == ((int)-1)))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 244; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);
       __pyx_t_2 = 0;

      /* "errors_flow.pyx":245
 *     finally:
 *         trace.append("finally returns")
 *         return "from finally"             # <<<<<<<<<<<<<<
 *
 *
*/
      {
        mp_obj_t __pyx_temp;
        {
          __pyx_temp = __pyx_r;

          __pyx_r = __pyx_kp_u_from_finally;
        }

      }
      goto __pyx_L0;
    }
  }

  /* "errors_flow.pyx":238
 *
 *
 * def return_in_finally(int flag):             # <<<<<<<<<<<<<<
 *     try:
 *         if flag == 1:
*/

  /* function exit code */
  __pyx_L1_error:;

  __pyx_traceback_0(".return_in_finally", __pyx_lineno);
  __pyx_r = NULL;
  __pyx_L0:;

  return __pyx_r;
}

/* "errors_flow.pyx":248
 *
 *
 * def return_in_except():             # <<<<<<<<<<<<<<
 *     try:
 *         raise KeyError("x")
*/

/* Python wrapper */
static mp_obj_t __pyx_pw_11errors_flow_47return_in_except(mp_obj_t __pyx_self, CYTHON_UNUSED mp_obj_t unused); /*proto*/
static cy_PyMethodDef __pyx_mdef_11errors_flow_47return_in_except = {"return_in_except", (cy_PyCFunction)__pyx_pw_11errors_flow_47return_in_except, cy_METH_NOARGS, 0};
static mp_obj_t __pyx_pw_11errors_flow_47return_in_except(mp_obj_t __pyx_self, CYTHON_UNUSED mp_obj_t unused) {
  CYTHON_UNUSED mp_obj_t const *__pyx_kwvalues;
  mp_obj_t __pyx_r = 0;
  __Pyx_RefNannyDeclarations

  __pyx_kwvalues = cy_Pyx_KwValues_VARARGS(__pyx_args, __pyx_nargs);
  __pyx_r = __pyx_pf_11errors_flow_46return_in_except(__pyx_self);

  /* function exit code */

  return __pyx_r;
}

static mp_obj_t __pyx_pf_11errors_flow_46return_in_except(CYTHON_UNUSED mp_obj_t __pyx_self) {
  mp_obj_t __pyx_r = NULL;
  __Pyx_RefNannyDeclarations
  mp_obj_t __pyx_t_1 = NULL;
  mp_obj_t __pyx_t_2 = NULL;
  mp_obj_t __pyx_t_3 = NULL;
  mp_obj_t __pyx_t_4 = NULL;
  mp_obj_t __pyx_t_5 = NULL;
  size_t __pyx_t_6;
  int __pyx_t_7;
  mp_obj_t __pyx_t_8 = NULL;
  mp_obj_t __pyx_t_9 = NULL;
  int __pyx_t_10;
  int __pyx_t_11;
  char const *__pyx_t_12;
  mp_obj_t __pyx_t_13 = NULL;
  mp_obj_t __pyx_t_14 = NULL;
  mp_obj_t __pyx_t_15 = NULL;
  int __pyx_lineno = 0;
  const char *__pyx_filename = NULL;
  int __pyx_clineno = 0;

  /* "errors_flow.pyx":249
 *
 * def return_in_except():
 *     try:             # <<<<<<<<<<<<<<
 *         raise KeyError("x")
 *     except KeyError:
*/
  /*try:*/ {
    {
      cy_Pyx_PyThreadState_declare;      cy_Pyx_PyThreadState_assign;      cy_Pyx_ExceptionSave(&__pyx_t_1, &__pyx_t_2, &__pyx_t_3);

      /*try:*/ {

        /* "errors_flow.pyx":250
 * def return_in_except():
 *     try:
 *         raise KeyError("x")             # <<<<<<<<<<<<<<
 *     except KeyError:
 *         trace.append("except returns")
*/
        __pyx_t_5 = NULL;
        __pyx_t_6 = 1;
        {
          mp_obj_t __pyx_callargs[2] = {__pyx_t_5, __pyx_n_u_x};
          __pyx_t_4 = cy_Pyx_PyObject_FastCall((mp_obj_t)(((cy_PyTypeObject*)MP_OBJ_FROM_PTR(&mp_type_KeyError))), __pyx_callargs+__pyx_t_6, (2-__pyx_t_6) | (__pyx_t_6*cy_Pyx_PY_VECTORCALL_ARGUMENTS_OFFSET));
           __pyx_t_5 = 0;
          if (MP_UNLIKELY(!!(!__pyx_t_4))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 250; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L6_error; } while (0);

        }
        cy_Pyx_Raise(__pyx_t_4, 0, 0, 0);
         __pyx_t_4 = 0;
        do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 250; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L6_error; } while (0);

        /* "errors_flow.pyx":249
 *
 * def return_in_except():
 *     try:             # <<<<<<<<<<<<<<
 *         raise KeyError("x")
 *     except KeyError:
*/
      }
      __pyx_L6_error:;
       __pyx_t_4 = 0;
       __pyx_t_5 = 0;

      /* "errors_flow.pyx":251
 *     try:
 *         raise KeyError("x")
 *     except KeyError:             # <<<<<<<<<<<<<<
 *         trace.append("except returns")
 *         return "from except"
*/
      __pyx_t_7 = cy_Pyx_PyErr_ExceptionMatches(((mp_obj_t )(((cy_PyTypeObject*)MP_OBJ_FROM_PTR(&mp_type_KeyError)))));
      if (__pyx_t_7) {
        __pyx_traceback_0(".return_in_except", __pyx_lineno);
        if (cy_Pyx_GetException(&__pyx_t_4, &__pyx_t_5, &__pyx_t_8) < 0) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 251; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L8_except_error; } while (0);

        /* "errors_flow.pyx":252
 *         raise KeyError("x")
 *     except KeyError:
 *         trace.append("except returns")             # <<<<<<<<<<<<<<
 *         return "from except"
 *     finally:
*/
        cy_Pyx_GetModuleGlobalName(__pyx_t_9, __pyx_n_u_trace); if (MP_UNLIKELY(!!(!__pyx_t_9))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 252; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L8_except_error; } while (0);

        __pyx_t_10 = cy_Pyx_PyObject_Append(__pyx_t_9, __pyx_kp_u_except_returns); if (MP_UNLIKELY(!!(__pyx_t_10 == ((int)-1)))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 252; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L8_except_error; } while (0);
         __pyx_t_9 = 0;

        /* "errors_flow.pyx":253
 *     except KeyError:
 *         trace.append("except returns")
 *         return "from except"             # <<<<<<<<<<<<<<
 *     finally:
 *         trace.append("finally after except return")
*/
        {
          mp_obj_t __pyx_temp;
          {
            __pyx_temp = __pyx_r;

            __pyx_r = __pyx_kp_u_from_except;
          }

        }
         __pyx_t_4 = 0;
         __pyx_t_5 = 0;
         __pyx_t_8 = 0;
        goto __pyx_L9_except_return;
      }
      goto __pyx_L8_except_error;

      /* "errors_flow.pyx":249
 *
 * def return_in_except():
 *     try:             # <<<<<<<<<<<<<<
 *         raise KeyError("x")
 *     except KeyError:
*/
      __pyx_L8_except_error:;

      cy_Pyx_ExceptionReset(__pyx_t_1, __pyx_t_2, __pyx_t_3);
      goto __pyx_L4_error;
      __pyx_L9_except_return:;

      cy_Pyx_ExceptionReset(__pyx_t_1, __pyx_t_2, __pyx_t_3);
      goto __pyx_L3_return;
    }
  }

  /* "errors_flow.pyx":255
 *         return "from except"
 *     finally:
 *         trace.append("finally after except return")             # <<<<<<<<<<<<<<
 *
 *
*/
  /*finally:*/ {
    __pyx_L4_error:;
    /*exception exit:*/{
      cy_Pyx_PyThreadState_declare;      cy_Pyx_PyThreadState_assign;      __pyx_t_3 = 0; __pyx_t_2 = 0; __pyx_t_1 = 0; __pyx_t_13 = 0; __pyx_t_14 = 0; __pyx_t_15 = 0;
       __pyx_t_4 = 0;
       __pyx_t_5 = 0;
       __pyx_t_8 = 0;
       __pyx_t_9 = 0;
       cy_Pyx_ExceptionSwap(&__pyx_t_13, &__pyx_t_14, &__pyx_t_15);
      if ( MP_UNLIKELY(!!(cy_Pyx_GetException(&__pyx_t_3, &__pyx_t_2, &__pyx_t_1) < 0))) cy_Pyx_ErrFetch(&__pyx_t_3, &__pyx_t_2, &__pyx_t_1);

      __pyx_t_7 = __pyx_lineno; __pyx_t_11 = __pyx_clineno; __pyx_t_12 = __pyx_filename;
      {
        cy_Pyx_GetModuleGlobalName(__pyx_t_8, __pyx_n_u_trace); if (MP_UNLIKELY(!!(!__pyx_t_8))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 255; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L15_error; } while (0);

        __pyx_t_10 = cy_Pyx_PyObject_Append(__pyx_t_8, __pyx_kp_u_finally_after_except_return); if (MP_UNLIKELY(!!(__pyx_t_10 == ((int)-1)))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 255; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L15_error; } while (0);
         __pyx_t_8 = 0;

      }

      cy_Pyx_ExceptionReset(__pyx_t_13, __pyx_t_14, __pyx_t_15);

      cy_Pyx_ErrRestore(__pyx_t_3, __pyx_t_2, __pyx_t_1);
      __pyx_t_3 = 0; __pyx_t_2 = 0; __pyx_t_1 = 0; __pyx_t_13 = 0; __pyx_t_14 = 0; __pyx_t_15 = 0;
      __pyx_lineno = __pyx_t_7; __pyx_clineno = __pyx_t_11; __pyx_filename = __pyx_t_12;
      goto __pyx_L1_error;
      __pyx_L15_error:;

      cy_Pyx_ExceptionReset(__pyx_t_13, __pyx_t_14, __pyx_t_15);
       __pyx_t_3 = 0;
       __pyx_t_2 = 0;
       __pyx_t_1 = 0;
      __pyx_t_13 = 0; __pyx_t_14 = 0; __pyx_t_15 = 0;
      goto __pyx_L1_error;
    }
    __pyx_L3_return: {
      __pyx_t_15 = __pyx_r;
      __pyx_r = 0;
      cy_Pyx_GetModuleGlobalName(__pyx_t_8, __pyx_n_u_trace); if (MP_UNLIKELY(!!(!__pyx_t_8))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 255; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

      __pyx_t_10 = cy_Pyx_PyObject_Append(__pyx_t_8, __pyx_kp_u_finally_after_except_return); if (MP_UNLIKELY(!!(__pyx_t_10 == ((int)-1)))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 255; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);
       __pyx_t_8 = 0;

      __pyx_r = __pyx_t_15;
      __pyx_t_15 = 0;
      goto __pyx_L0;
    }
  }

  /* "errors_flow.pyx":248
 *
 *
 * def return_in_except():             # <<<<<<<<<<<<<<
 *     try:
 *         raise KeyError("x")
*/

  /* function exit code */
  __pyx_L1_error:;

  __pyx_traceback_0(".return_in_except", __pyx_lineno);
  __pyx_r = NULL;
  __pyx_L0:;

  return __pyx_r;
}

/* "errors_flow.pyx":258
 *
 *
 * def break_in_finally():             # <<<<<<<<<<<<<<
 *     cdef int i
 *     for i in range(5):
*/

/* Python wrapper */
static mp_obj_t __pyx_pw_11errors_flow_49break_in_finally(mp_obj_t __pyx_self, CYTHON_UNUSED mp_obj_t unused); /*proto*/
static cy_PyMethodDef __pyx_mdef_11errors_flow_49break_in_finally = {"break_in_finally", (cy_PyCFunction)__pyx_pw_11errors_flow_49break_in_finally, cy_METH_NOARGS, 0};
static mp_obj_t __pyx_pw_11errors_flow_49break_in_finally(mp_obj_t __pyx_self, CYTHON_UNUSED mp_obj_t unused) {
  CYTHON_UNUSED mp_obj_t const *__pyx_kwvalues;
  mp_obj_t __pyx_r = 0;
  __Pyx_RefNannyDeclarations

  __pyx_kwvalues = cy_Pyx_KwValues_VARARGS(__pyx_args, __pyx_nargs);
  __pyx_r = __pyx_pf_11errors_flow_48break_in_finally(__pyx_self);

  /* function exit code */

  return __pyx_r;
}

static mp_obj_t __pyx_pf_11errors_flow_48break_in_finally(CYTHON_UNUSED mp_obj_t __pyx_self) {
  int __pyx_v_i;
  mp_obj_t __pyx_r = NULL;
  __Pyx_RefNannyDeclarations
  int __pyx_t_1;
  int __pyx_t_2;
  mp_obj_t __pyx_t_3 = NULL;
  mp_obj_t __pyx_t_4 = NULL;
  size_t __pyx_t_5;
  mp_obj_t __pyx_t_6 = NULL;
  int __pyx_t_7;
  int __pyx_t_8;
  int __pyx_t_9;
  char const *__pyx_t_10;
  mp_obj_t __pyx_t_11 = NULL;
  mp_obj_t __pyx_t_12 = NULL;
  mp_obj_t __pyx_t_13 = NULL;
  mp_obj_t __pyx_t_14 = NULL;
  mp_obj_t __pyx_t_15 = NULL;
  mp_obj_t __pyx_t_16 = NULL;
  int __pyx_lineno = 0;
  const char *__pyx_filename = NULL;
  int __pyx_clineno = 0;

  /* "errors_flow.pyx":260
 * def break_in_finally():
 *     cdef int i
 *     for i in range(5):             # <<<<<<<<<<<<<<
 *         try:
 *             if i == 2:
*/
  for (__pyx_t_1 = 0; __pyx_t_1 < 5; __pyx_t_1+=1) {
    __pyx_v_i = __pyx_t_1;

    /* "errors_flow.pyx":261
 *     cdef int i
 *     for i in range(5):
 *         try:             # <<<<<<<<<<<<<<
 *             if i == 2:
 *                 raise ValueError("lost by break")
*/
    /*try:*/ {

      /* "errors_flow.pyx":262
 *     for i in range(5):
 *         try:
 *             if i == 2:             # <<<<<<<<<<<<<<
 *                 raise ValueError("lost by break")
 *         finally:
*/
      __pyx_t_2 = (__pyx_v_i == 2);

      if (MP_UNLIKELY(!!(__pyx_t_2))) {

        /* "errors_flow.pyx":263
 *         try:
 *             if i == 2:
 *                 raise ValueError("lost by break")             # <<<<<<<<<<<<<<
 *         finally:
 *             trace.append("finally %d" % i)
*/
        __pyx_t_4 = NULL;
        __pyx_t_5 = 1;
        {
          mp_obj_t __pyx_callargs[2] = {__pyx_t_4, __pyx_kp_u_lost_by_break};
          __pyx_t_3 = cy_Pyx_PyObject_FastCall((mp_obj_t)(((cy_PyTypeObject*)MP_OBJ_FROM_PTR(&mp_type_ValueError))), __pyx_callargs+__pyx_t_5, (2-__pyx_t_5) | (__pyx_t_5*cy_Pyx_PY_VECTORCALL_ARGUMENTS_OFFSET));
           __pyx_t_4 = 0;
          if (MP_UNLIKELY(!!(!__pyx_t_3))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 263; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L8_error; } while (0);

        }
        cy_Pyx_Raise(__pyx_t_3, 0, 0, 0);
         __pyx_t_3 = 0;
        do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 263; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L8_error; } while (0);

        /* "errors_flow.pyx":262
 *     for i in range(5):
 *         try:
 *             if i == 2:             # <<<<<<<<<<<<<<
 *                 raise ValueError("lost by break")
 *         finally:
*/
      }
    }

    /* "errors_flow.pyx":265
 *                 raise ValueError("lost by break")
 *         finally:
 *             trace.append("finally %d" % i)             # <<<<<<<<<<<<<<
 *             if i == 2:
 *                 break
*/
    /*finally:*/ {
      /*normal exit:*/{
        cy_Pyx_GetModuleGlobalName(__pyx_t_3, __pyx_n_u_trace); if (MP_UNLIKELY(!!(!__pyx_t_3))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 265; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

        __pyx_t_4 = cy_Pyx_PyLong_From_int(__pyx_v_i); if (MP_UNLIKELY(!!(!__pyx_t_4))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 265; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

        __pyx_t_6 = cy_PyUnicode_Format(__pyx_kp_u_finally_d, __pyx_t_4); if (MP_UNLIKELY(!!(!__pyx_t_6))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 265; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

         __pyx_t_4 = 0;
        __pyx_t_7 = cy_Pyx_PyObject_Append(__pyx_t_3, __pyx_t_6); if (MP_UNLIKELY(!!(__pyx_t_7 == ((int)-1)))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 265; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);
         __pyx_t_3 = 0;
         __pyx_t_6 = 0;

        /* "errors_flow.pyx":266
 *         finally:
 *             trace.append("finally %d" % i)
 *             if i == 2:             # <<<<<<<<<<<<<<
 *                 break
 *     return i
*/
        __pyx_t_2 = (__pyx_v_i == 2);

        if (__pyx_t_2) {

          /* "errors_flow.pyx":267
 *             trace.append("finally %d" % i)
 *             if i == 2:
 *                 break             # <<<<<<<<<<<<<<
 *     return i
 *
*/
          goto __pyx_L4_break;

          /* "errors_flow.pyx":266
 *         finally:
 *             trace.append("finally %d" % i)
 *             if i == 2:             # <<<<<<<<<<<<<<
 *                 break
 *     return i
*/
        }
        goto __pyx_L9;
      }
      __pyx_L8_error:;
      /*exception exit:*/{
        cy_Pyx_PyThreadState_declare;        cy_Pyx_PyThreadState_assign;        __pyx_t_11 = 0; __pyx_t_12 = 0; __pyx_t_13 = 0; __pyx_t_14 = 0; __pyx_t_15 = 0; __pyx_t_16 = 0;
         __pyx_t_3 = 0;
         __pyx_t_4 = 0;
         cy_Pyx_ExceptionSwap(&__pyx_t_14, &__pyx_t_15, &__pyx_t_16);
        if ( MP_UNLIKELY(!!(cy_Pyx_GetException(&__pyx_t_11, &__pyx_t_12, &__pyx_t_13) < 0))) cy_Pyx_ErrFetch(&__pyx_t_11, &__pyx_t_12, &__pyx_t_13);

        __pyx_t_8 = __pyx_lineno; __pyx_t_9 = __pyx_clineno; __pyx_t_10 = __pyx_filename;
        {

          /* "errors_flow.pyx":265
 *                 raise ValueError("lost by break")
 *         finally:
 *             trace.append("finally %d" % i)             # <<<<<<<<<<<<<<
 *             if i == 2:
 *                 break
*/
          cy_Pyx_GetModuleGlobalName(__pyx_t_6, __pyx_n_u_trace); if (MP_UNLIKELY(!!(!__pyx_t_6))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 265; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L15_error; } while (0);

          __pyx_t_3 = cy_Pyx_PyLong_From_int(__pyx_v_i); if (MP_UNLIKELY(!!(!__pyx_t_3))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 265; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L15_error; } while (0);

          __pyx_t_4 = cy_PyUnicode_Format(__pyx_kp_u_finally_d, __pyx_t_3); if (MP_UNLIKELY(!!(!__pyx_t_4))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 265; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L15_error; } while (0);

           __pyx_t_3 = 0;
          __pyx_t_7 = cy_Pyx_PyObject_Append(__pyx_t_6, __pyx_t_4); if (MP_UNLIKELY(!!(__pyx_t_7 == ((int)-1)))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 265; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L15_error; } while (0);
           __pyx_t_6 = 0;
           __pyx_t_4 = 0;

          /* "errors_flow.pyx":266
 *         finally:
 *             trace.append("finally %d" % i)
 *             if i == 2:             # <<<<<<<<<<<<<<
 *                 break
 *     return i
*/
          __pyx_t_2 = (__pyx_v_i == 2);

          if (__pyx_t_2) {

            /* "errors_flow.pyx":267
 *             trace.append("finally %d" % i)
 *             if i == 2:
 *                 break             # <<<<<<<<<<<<<<
 *     return i
 *
*/
            goto __pyx_L13_break;

            /* "errors_flow.pyx":266
 *         finally:
 *             trace.append("finally %d" % i)
 *             if i == 2:             # <<<<<<<<<<<<<<
 *                 break
 *     return i
*/
          }
        }

        cy_Pyx_ExceptionReset(__pyx_t_14, __pyx_t_15, __pyx_t_16);

        cy_Pyx_ErrRestore(__pyx_t_11, __pyx_t_12, __pyx_t_13);
        __pyx_t_11 = 0; __pyx_t_12 = 0; __pyx_t_13 = 0; __pyx_t_14 = 0; __pyx_t_15 = 0; __pyx_t_16 = 0;
        __pyx_lineno = __pyx_t_8; __pyx_clineno = __pyx_t_9; __pyx_filename = __pyx_t_10;
        goto __pyx_L1_error;
        __pyx_L13_break:;

        cy_Pyx_ExceptionReset(__pyx_t_14, __pyx_t_15, __pyx_t_16);
         __pyx_t_11 = 0;
         __pyx_t_12 = 0;
         __pyx_t_13 = 0;
        __pyx_t_14 = 0; __pyx_t_15 = 0; __pyx_t_16 = 0;
        goto __pyx_L4_break;
        __pyx_L15_error:;

        cy_Pyx_ExceptionReset(__pyx_t_14, __pyx_t_15, __pyx_t_16);
         __pyx_t_11 = 0;
         __pyx_t_12 = 0;
         __pyx_t_13 = 0;
        __pyx_t_14 = 0; __pyx_t_15 = 0; __pyx_t_16 = 0;
        goto __pyx_L1_error;
      }
      __pyx_L9:;
    }
  }
  __pyx_L4_break:;

  /* "errors_flow.pyx":268
 *             if i == 2:
 *                 break
 *     return i             # <<<<<<<<<<<<<<
 *
 *
*/
  __pyx_t_4 = cy_Pyx_PyLong_From_int(__pyx_v_i); if (MP_UNLIKELY(!!(!__pyx_t_4))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 268; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

  {
    mp_obj_t __pyx_temp;
    {
      __pyx_temp = __pyx_r;
      __pyx_r = __pyx_t_4;
    }

  }
  __pyx_t_4 = 0;
  goto __pyx_L0;

  /* "errors_flow.pyx":258
 *
 *
 * def break_in_finally():             # <<<<<<<<<<<<<<
 *     cdef int i
 *     for i in range(5):
*/

  /* function exit code */
  __pyx_L1_error:;

  __pyx_traceback_0(".break_in_finally", __pyx_lineno);
  __pyx_r = NULL;
  __pyx_L0:;

  return __pyx_r;
}

/* "errors_flow.pyx":271
 *
 *
 * def continue_in_try():             # <<<<<<<<<<<<<<
 *     out = []
 *     for i in range(4):
*/

/* Python wrapper */
static mp_obj_t __pyx_pw_11errors_flow_51continue_in_try(mp_obj_t __pyx_self, CYTHON_UNUSED mp_obj_t unused); /*proto*/
static cy_PyMethodDef __pyx_mdef_11errors_flow_51continue_in_try = {"continue_in_try", (cy_PyCFunction)__pyx_pw_11errors_flow_51continue_in_try, cy_METH_NOARGS, 0};
static mp_obj_t __pyx_pw_11errors_flow_51continue_in_try(mp_obj_t __pyx_self, CYTHON_UNUSED mp_obj_t unused) {
  CYTHON_UNUSED mp_obj_t const *__pyx_kwvalues;
  mp_obj_t __pyx_r = 0;
  __Pyx_RefNannyDeclarations

  __pyx_kwvalues = cy_Pyx_KwValues_VARARGS(__pyx_args, __pyx_nargs);
  __pyx_r = __pyx_pf_11errors_flow_50continue_in_try(__pyx_self);

  /* function exit code */

  return __pyx_r;
}

static mp_obj_t __pyx_pf_11errors_flow_50continue_in_try(CYTHON_UNUSED mp_obj_t __pyx_self) {
  mp_obj_t __pyx_v_out = NULL;
  mp_obj_t __pyx_v_i = NULL;
  mp_obj_t __pyx_r = NULL;
  __Pyx_RefNannyDeclarations
  mp_obj_t __pyx_t_1 = NULL;
  mp_int_t __pyx_t_2;
  int __pyx_t_3;
  int __pyx_t_4;
  int __pyx_t_5;
  int __pyx_t_6;
  char const *__pyx_t_7;
  mp_obj_t __pyx_t_8 = NULL;
  mp_obj_t __pyx_t_9 = NULL;
  mp_obj_t __pyx_t_10 = NULL;
  mp_obj_t __pyx_t_11 = NULL;
  mp_obj_t __pyx_t_12 = NULL;
  mp_obj_t __pyx_t_13 = NULL;
  int __pyx_lineno = 0;
  const char *__pyx_filename = NULL;
  int __pyx_clineno = 0;

  /* "errors_flow.pyx":272
 *
 * def continue_in_try():
 *     out = []             # <<<<<<<<<<<<<<
 *     for i in range(4):
 *         try:
*/
  __pyx_t_1 = cy_PyList_New(0); if (MP_UNLIKELY(!!(!__pyx_t_1))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 272; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

  __pyx_v_out = ((mp_obj_t)__pyx_t_1);
  __pyx_t_1 = 0;

  /* "errors_flow.pyx":273
 * def continue_in_try():
 *     out = []
 *     for i in range(4):             # <<<<<<<<<<<<<<
 *         try:
 *             if i % 2:
*/
  for (__pyx_t_2 = 0; __pyx_t_2 < 4; __pyx_t_2+=1) {
    __pyx_t_1 = cy_PyLong_FromSsize_t(__pyx_t_2); if (MP_UNLIKELY(!!(!__pyx_t_1))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 273; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

    __pyx_v_i = ((mp_obj_t)__pyx_t_1);
    __pyx_t_1 = 0;

    /* "errors_flow.pyx":274
 *     out = []
 *     for i in range(4):
 *         try:             # <<<<<<<<<<<<<<
 *             if i % 2:
 *                 continue
*/
    /*try:*/ {

      /* "errors_flow.pyx":275
 *     for i in range(4):
 *         try:
 *             if i % 2:             # <<<<<<<<<<<<<<
 *                 continue
 *             out.append(i)
*/
      __pyx_t_1 = cy_Pyx_PyLong_RemainderObjC(__pyx_v_i, MP_OBJ_NEW_SMALL_INT(2)         , 2, 0, 0); if (MP_UNLIKELY(!!(!__pyx_t_1))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 275; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L8_error; } while (0);

      {
        mp_int_t __pyx_temp = cy_Pyx_PyLong_IsNonZero(__pyx_t_1);
        if (MP_UNLIKELY(!!(((!0) && __pyx_temp < 0)))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 275; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L8_error; } while (0);
        __pyx_t_3 = (__pyx_temp != 0);
      }

       __pyx_t_1 = 0;
      if (__pyx_t_3) {

        /* "errors_flow.pyx":276
 *         try:
 *             if i % 2:
 *                 continue             # <<<<<<<<<<<<<<
 *             out.append(i)
 *         finally:
*/
        goto __pyx_L5_continue;

        /* "errors_flow.pyx":275
 *     for i in range(4):
 *         try:
 *             if i % 2:             # <<<<<<<<<<<<<<
 *                 continue
 *             out.append(i)
*/
      }

      /* "errors_flow.pyx":277
 *             if i % 2:
 *                 continue
 *             out.append(i)             # <<<<<<<<<<<<<<
 *         finally:
 *             out.append("f%d" % i)
*/
      __pyx_t_4 = cy_Pyx_PyList_Append(__pyx_v_out, __pyx_v_i); if (MP_UNLIKELY(!!(__pyx_t_4 == ((int)-1)))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 277; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L8_error; } while (0);

    }

    /* "errors_flow.pyx":279
 *             out.append(i)
 *         finally:
 *             out.append("f%d" % i)             # <<<<<<<<<<<<<<
 *     return out
 *
*/
    /*finally:*/ {
      /*normal exit:*/{
        __pyx_t_1 = cy_PyUnicode_Format(__pyx_kp_u_f_d, __pyx_v_i); if (MP_UNLIKELY(!!(!__pyx_t_1))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 279; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

        __pyx_t_4 = cy_Pyx_PyList_Append(__pyx_v_out, __pyx_t_1); if (MP_UNLIKELY(!!(__pyx_t_4 == ((int)-1)))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 279; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);
         __pyx_t_1 = 0;

        goto __pyx_L9;
      }
      __pyx_L8_error:;
      /*exception exit:*/{
        cy_Pyx_PyThreadState_declare;        cy_Pyx_PyThreadState_assign;        __pyx_t_8 = 0; __pyx_t_9 = 0; __pyx_t_10 = 0; __pyx_t_11 = 0; __pyx_t_12 = 0; __pyx_t_13 = 0;
         __pyx_t_1 = 0;
         cy_Pyx_ExceptionSwap(&__pyx_t_11, &__pyx_t_12, &__pyx_t_13);
        if ( MP_UNLIKELY(!!(cy_Pyx_GetException(&__pyx_t_8, &__pyx_t_9, &__pyx_t_10) < 0))) cy_Pyx_ErrFetch(&__pyx_t_8, &__pyx_t_9, &__pyx_t_10);

        __pyx_t_5 = __pyx_lineno; __pyx_t_6 = __pyx_clineno; __pyx_t_7 = __pyx_filename;
        {
          __pyx_t_1 = cy_PyUnicode_Format(__pyx_kp_u_f_d, __pyx_v_i); if (MP_UNLIKELY(!!(!__pyx_t_1))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 279; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L14_error; } while (0);

          __pyx_t_4 = cy_Pyx_PyList_Append(__pyx_v_out, __pyx_t_1); if (MP_UNLIKELY(!!(__pyx_t_4 == ((int)-1)))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 279; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L14_error; } while (0);
           __pyx_t_1 = 0;

        }

        cy_Pyx_ExceptionReset(__pyx_t_11, __pyx_t_12, __pyx_t_13);

        cy_Pyx_ErrRestore(__pyx_t_8, __pyx_t_9, __pyx_t_10);
        __pyx_t_8 = 0; __pyx_t_9 = 0; __pyx_t_10 = 0; __pyx_t_11 = 0; __pyx_t_12 = 0; __pyx_t_13 = 0;
        __pyx_lineno = __pyx_t_5; __pyx_clineno = __pyx_t_6; __pyx_filename = __pyx_t_7;
        goto __pyx_L1_error;
        __pyx_L14_error:;

        cy_Pyx_ExceptionReset(__pyx_t_11, __pyx_t_12, __pyx_t_13);
         __pyx_t_8 = 0;
         __pyx_t_9 = 0;
         __pyx_t_10 = 0;
        __pyx_t_11 = 0; __pyx_t_12 = 0; __pyx_t_13 = 0;
        goto __pyx_L1_error;
      }
      __pyx_L5_continue: {
        __pyx_t_1 = cy_PyUnicode_Format(__pyx_kp_u_f_d, __pyx_v_i); if (MP_UNLIKELY(!!(!__pyx_t_1))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 279; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

        __pyx_t_4 = cy_Pyx_PyList_Append(__pyx_v_out, __pyx_t_1); if (MP_UNLIKELY(!!(__pyx_t_4 == ((int)-1)))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 279; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);
         __pyx_t_1 = 0;

        goto __pyx_L3_continue;
      }
      __pyx_L9:;
    }
    __pyx_L3_continue:;
  }

  /* "errors_flow.pyx":280
 *         finally:
 *             out.append("f%d" % i)
 *     return out             # <<<<<<<<<<<<<<
 *
 *
*/
  {
    mp_obj_t __pyx_temp;
    {
      __pyx_temp = __pyx_r;

      __pyx_r = __pyx_v_out;
    }

  }
  goto __pyx_L0;

  /* "errors_flow.pyx":271
 *
 *
 * def continue_in_try():             # <<<<<<<<<<<<<<
 *     out = []
 *     for i in range(4):
*/

  /* function exit code */
  __pyx_L1_error:;

  __pyx_traceback_0(".continue_in_try", __pyx_lineno);
  __pyx_r = NULL;
  __pyx_L0:;

  return __pyx_r;
}

/* "errors_flow.pyx":283
 *
 *
 * def reraise(f):             # <<<<<<<<<<<<<<
 *     try:
 *         f()
*/

/* Python wrapper */
static mp_obj_t __pyx_pw_11errors_flow_53reraise(mp_obj_t __pyx_self,

mp_obj_t const *__pyx_args, mp_int_t __pyx_nargs, mp_obj_t __pyx_kwds

); /*proto*/
static cy_PyMethodDef __pyx_mdef_11errors_flow_53reraise = {"reraise", (cy_PyCFunction)(void(*)(void))(cy_Pyx_PyCFunction_FastCallWithKeywords)__pyx_pw_11errors_flow_53reraise, cy_Pyx_METH_FASTCALL|cy_METH_KEYWORDS, 0};
static mp_obj_t __pyx_pw_11errors_flow_53reraise(mp_obj_t __pyx_self,

mp_obj_t const *__pyx_args, mp_int_t __pyx_nargs, mp_obj_t __pyx_kwds

) {
  mp_obj_t __pyx_v_f = 0;

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
&__pyx_n_u_f, 0 };
static const cy_Pyx_ArgSpec __pyx_argspec = { "reraise",
__pyx_pyargnames, 1, 1, 1, 0,
0, 0,

cy_Pyx_ARGS_EXACT|cy_Pyx_ARGS_KEYWORDS|cy_Pyx_ARGS_CLEAR };
if (MP_LIKELY(!!(!__pyx_kwds && __pyx_nargs == 1))) {
values[0] = __pyx_args[0];
} else if
(cy_Pyx_ParseArgs(&__pyx_argspec, __pyx_args,

__pyx_nargs, __pyx_kwds, values) < 0) {
do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 283; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L3_error; } while (0); }

    __pyx_v_f = values[0];
  }

  goto __pyx_L4_argument_unpacking_done;
  __pyx_L3_error:;
  for (mp_int_t __pyx_temp=0; __pyx_temp < (mp_int_t)(sizeof(values)/sizeof(values[0])); ++__pyx_temp) {

  }
  __pyx_traceback_0(".reraise", __pyx_lineno);

  return NULL;
  __pyx_L4_argument_unpacking_done:;
  __pyx_r = __pyx_pf_11errors_flow_52reraise(__pyx_self, __pyx_v_f);

  /* function exit code */
  for (mp_int_t __pyx_temp=0; __pyx_temp < (mp_int_t)(sizeof(values)/sizeof(values[0])); ++__pyx_temp) {

  }

  return __pyx_r;
}

static mp_obj_t __pyx_pf_11errors_flow_52reraise(CYTHON_UNUSED mp_obj_t __pyx_self, mp_obj_t __pyx_v_f) {
  mp_obj_t __pyx_r = NULL;
  __Pyx_RefNannyDeclarations
  mp_obj_t __pyx_t_1 = NULL;
  mp_obj_t __pyx_t_2 = NULL;
  mp_obj_t __pyx_t_3 = NULL;
  mp_obj_t __pyx_t_4 = NULL;
  mp_obj_t __pyx_t_5 = NULL;
  mp_obj_t __pyx_t_6 = NULL;
  size_t __pyx_t_7;
  int __pyx_t_8;
  mp_obj_t __pyx_t_9 = NULL;
  int __pyx_t_10;
  int __pyx_lineno = 0;
  const char *__pyx_filename = NULL;
  int __pyx_clineno = 0;

  /* "errors_flow.pyx":284
 *
 * def reraise(f):
 *     try:             # <<<<<<<<<<<<<<
 *         f()
 *     except ValueError:
*/
  {
    cy_Pyx_PyThreadState_declare;    cy_Pyx_PyThreadState_assign;    cy_Pyx_ExceptionSave(&__pyx_t_1, &__pyx_t_2, &__pyx_t_3);

    /*try:*/ {

      /* "errors_flow.pyx":285
 * def reraise(f):
 *     try:
 *         f()             # <<<<<<<<<<<<<<
 *     except ValueError:
 *         trace.append("caught, re-raising")
*/
      __pyx_t_5 = NULL;

      __pyx_t_6 = __pyx_v_f;
      __pyx_t_7 = 1;

      {
        mp_obj_t __pyx_callargs[2] = {__pyx_t_5, NULL};
        __pyx_t_4 = cy_Pyx_PyObject_FastCall((mp_obj_t)__pyx_t_6, __pyx_callargs+__pyx_t_7, (1-__pyx_t_7) | (__pyx_t_7*cy_Pyx_PY_VECTORCALL_ARGUMENTS_OFFSET));
         __pyx_t_5 = 0;
         __pyx_t_6 = 0;
        if (MP_UNLIKELY(!!(!__pyx_t_4))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 285; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L3_error; } while (0);

      }
       __pyx_t_4 = 0;

      /* "errors_flow.pyx":284
 *
 * def reraise(f):
 *     try:             # <<<<<<<<<<<<<<
 *         f()
 *     except ValueError:
*/
    }
     __pyx_t_1 = 0;
     __pyx_t_2 = 0;
     __pyx_t_3 = 0;
    goto __pyx_L8_try_end;
    __pyx_L3_error:;
     __pyx_t_4 = 0;
     __pyx_t_5 = 0;
     __pyx_t_6 = 0;

    /* "errors_flow.pyx":286
 *     try:
 *         f()
 *     except ValueError:             # <<<<<<<<<<<<<<
 *         trace.append("caught, re-raising")
 *         raise
*/
    __pyx_t_8 = cy_Pyx_PyErr_ExceptionMatches(((mp_obj_t )(((cy_PyTypeObject*)MP_OBJ_FROM_PTR(&mp_type_ValueError)))));
    if (__pyx_t_8) {
      __pyx_traceback_0(".reraise", __pyx_lineno);
      if (cy_Pyx_GetException(&__pyx_t_4, &__pyx_t_6, &__pyx_t_5) < 0) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 286; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L5_except_error; } while (0);

      /* "errors_flow.pyx":287
 *         f()
 *     except ValueError:
 *         trace.append("caught, re-raising")             # <<<<<<<<<<<<<<
 *         raise
 *
*/
      cy_Pyx_GetModuleGlobalName(__pyx_t_9, __pyx_n_u_trace); if (MP_UNLIKELY(!!(!__pyx_t_9))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 287; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L5_except_error; } while (0);

      __pyx_t_10 = cy_Pyx_PyObject_Append(__pyx_t_9, __pyx_kp_u_caught_re_raising); if (MP_UNLIKELY(!!(__pyx_t_10 == ((int)-1)))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 287; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L5_except_error; } while (0);
       __pyx_t_9 = 0;

      /* "errors_flow.pyx":288
 *     except ValueError:
 *         trace.append("caught, re-raising")
 *         raise             # <<<<<<<<<<<<<<
 *
 *
*/

      cy_Pyx_ErrRestoreWithState(__pyx_t_4, __pyx_t_6, __pyx_t_5);
      __pyx_t_4 = 0;  __pyx_t_6 = 0;  __pyx_t_5 = 0;
      do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 288; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L5_except_error; } while (0);
    }
    goto __pyx_L5_except_error;

    /* "errors_flow.pyx":284
 *
 * def reraise(f):
 *     try:             # <<<<<<<<<<<<<<
 *         f()
 *     except ValueError:
*/
    __pyx_L5_except_error:;

    cy_Pyx_ExceptionReset(__pyx_t_1, __pyx_t_2, __pyx_t_3);
    goto __pyx_L1_error;
    __pyx_L8_try_end:;
  }

  /* "errors_flow.pyx":283
 *
 *
 * def reraise(f):             # <<<<<<<<<<<<<<
 *     try:
 *         f()
*/

  /* function exit code */
  __pyx_r = mp_const_none;
  goto __pyx_L0;
  __pyx_L1_error:;

  __pyx_traceback_0(".reraise", __pyx_lineno);
  __pyx_r = NULL;
  __pyx_L0:;

  return __pyx_r;
}

/* "errors_flow.pyx":291
 *
 *
 * def reraise_after_handling_another():             # <<<<<<<<<<<<<<
 *     # Bare raise re-raises the exception of *this* handler, even after an inner one finished.
 *     try:
*/

/* Python wrapper */
static mp_obj_t __pyx_pw_11errors_flow_55reraise_after_handling_another(mp_obj_t __pyx_self, CYTHON_UNUSED mp_obj_t unused); /*proto*/
static cy_PyMethodDef __pyx_mdef_11errors_flow_55reraise_after_handling_another = {"reraise_after_handling_another", (cy_PyCFunction)__pyx_pw_11errors_flow_55reraise_after_handling_another, cy_METH_NOARGS, 0};
static mp_obj_t __pyx_pw_11errors_flow_55reraise_after_handling_another(mp_obj_t __pyx_self, CYTHON_UNUSED mp_obj_t unused) {
  CYTHON_UNUSED mp_obj_t const *__pyx_kwvalues;
  mp_obj_t __pyx_r = 0;
  __Pyx_RefNannyDeclarations

  __pyx_kwvalues = cy_Pyx_KwValues_VARARGS(__pyx_args, __pyx_nargs);
  __pyx_r = __pyx_pf_11errors_flow_54reraise_after_handling_another(__pyx_self);

  /* function exit code */

  return __pyx_r;
}

static mp_obj_t __pyx_pf_11errors_flow_54reraise_after_handling_another(CYTHON_UNUSED mp_obj_t __pyx_self) {
  mp_obj_t __pyx_r = NULL;
  __Pyx_RefNannyDeclarations
  mp_obj_t __pyx_t_1 = NULL;
  mp_obj_t __pyx_t_2 = NULL;
  mp_obj_t __pyx_t_3 = NULL;
  mp_obj_t __pyx_t_4 = NULL;
  mp_obj_t __pyx_t_5 = NULL;
  size_t __pyx_t_6;
  int __pyx_t_7;
  mp_obj_t __pyx_t_8 = NULL;
  mp_obj_t __pyx_t_9 = NULL;
  mp_obj_t __pyx_t_10 = NULL;
  mp_obj_t __pyx_t_11 = NULL;
  mp_obj_t __pyx_t_12 = NULL;
  mp_obj_t __pyx_t_13 = NULL;
  mp_obj_t __pyx_t_14 = NULL;
  mp_obj_t __pyx_t_15 = NULL;
  int __pyx_t_16;
  int __pyx_lineno = 0;
  const char *__pyx_filename = NULL;
  int __pyx_clineno = 0;

  /* "errors_flow.pyx":293
 * def reraise_after_handling_another():
 *     # Bare raise re-raises the exception of *this* handler, even after an inner one finished.
 *     try:             # <<<<<<<<<<<<<<
 *         raise KeyError("outer")
 *     except KeyError:
*/
  {
    cy_Pyx_PyThreadState_declare;    cy_Pyx_PyThreadState_assign;    cy_Pyx_ExceptionSave(&__pyx_t_1, &__pyx_t_2, &__pyx_t_3);

    /*try:*/ {

      /* "errors_flow.pyx":294
 *     # Bare raise re-raises the exception of *this* handler, even after an inner one finished.
 *     try:
 *         raise KeyError("outer")             # <<<<<<<<<<<<<<
 *     except KeyError:
 *         try:
*/
      __pyx_t_5 = NULL;
      __pyx_t_6 = 1;
      {
        mp_obj_t __pyx_callargs[2] = {__pyx_t_5, __pyx_n_u_outer};
        __pyx_t_4 = cy_Pyx_PyObject_FastCall((mp_obj_t)(((cy_PyTypeObject*)MP_OBJ_FROM_PTR(&mp_type_KeyError))), __pyx_callargs+__pyx_t_6, (2-__pyx_t_6) | (__pyx_t_6*cy_Pyx_PY_VECTORCALL_ARGUMENTS_OFFSET));
         __pyx_t_5 = 0;
        if (MP_UNLIKELY(!!(!__pyx_t_4))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 294; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L3_error; } while (0);

      }
      cy_Pyx_Raise(__pyx_t_4, 0, 0, 0);
       __pyx_t_4 = 0;
      do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 294; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L3_error; } while (0);

      /* "errors_flow.pyx":293
 * def reraise_after_handling_another():
 *     # Bare raise re-raises the exception of *this* handler, even after an inner one finished.
 *     try:             # <<<<<<<<<<<<<<
 *         raise KeyError("outer")
 *     except KeyError:
*/
    }
    __pyx_L3_error:;
     __pyx_t_4 = 0;
     __pyx_t_5 = 0;

    /* "errors_flow.pyx":295
 *     try:
 *         raise KeyError("outer")
 *     except KeyError:             # <<<<<<<<<<<<<<
 *         try:
 *             raise ValueError("inner")
*/
    __pyx_t_7 = cy_Pyx_PyErr_ExceptionMatches(((mp_obj_t )(((cy_PyTypeObject*)MP_OBJ_FROM_PTR(&mp_type_KeyError)))));
    if (__pyx_t_7) {
      __pyx_traceback_0(".reraise_after_handling_another", __pyx_lineno);
      if (cy_Pyx_GetException(&__pyx_t_4, &__pyx_t_5, &__pyx_t_8) < 0) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 295; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L5_except_error; } while (0);

      /* "errors_flow.pyx":296
 *         raise KeyError("outer")
 *     except KeyError:
 *         try:             # <<<<<<<<<<<<<<
 *             raise ValueError("inner")
 *         except ValueError:
*/
      {
        cy_Pyx_PyThreadState_declare;        cy_Pyx_PyThreadState_assign;        cy_Pyx_ExceptionSave(&__pyx_t_9, &__pyx_t_10, &__pyx_t_11);

        /*try:*/ {

          /* "errors_flow.pyx":297
 *     except KeyError:
 *         try:
 *             raise ValueError("inner")             # <<<<<<<<<<<<<<
 *         except ValueError:
 *             trace.append("inner handled")
*/
          __pyx_t_13 = NULL;
          __pyx_t_6 = 1;
          {
            mp_obj_t __pyx_callargs[2] = {__pyx_t_13, __pyx_n_u_inner};
            __pyx_t_12 = cy_Pyx_PyObject_FastCall((mp_obj_t)(((cy_PyTypeObject*)MP_OBJ_FROM_PTR(&mp_type_ValueError))), __pyx_callargs+__pyx_t_6, (2-__pyx_t_6) | (__pyx_t_6*cy_Pyx_PY_VECTORCALL_ARGUMENTS_OFFSET));
             __pyx_t_13 = 0;
            if (MP_UNLIKELY(!!(!__pyx_t_12))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 297; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L11_error; } while (0);

          }
          cy_Pyx_Raise(__pyx_t_12, 0, 0, 0);
           __pyx_t_12 = 0;
          do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 297; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L11_error; } while (0);

          /* "errors_flow.pyx":296
 *         raise KeyError("outer")
 *     except KeyError:
 *         try:             # <<<<<<<<<<<<<<
 *             raise ValueError("inner")
 *         except ValueError:
*/
        }
        __pyx_L11_error:;
         __pyx_t_12 = 0;
         __pyx_t_13 = 0;

        /* "errors_flow.pyx":298
 *         try:
 *             raise ValueError("inner")
 *         except ValueError:             # <<<<<<<<<<<<<<
 *             trace.append("inner handled")
 *         raise
*/
        __pyx_t_7 = cy_Pyx_PyErr_ExceptionMatches(((mp_obj_t )(((cy_PyTypeObject*)MP_OBJ_FROM_PTR(&mp_type_ValueError)))));
        if (__pyx_t_7) {
          __pyx_traceback_0(".reraise_after_handling_another", __pyx_lineno);
          if (cy_Pyx_GetException(&__pyx_t_12, &__pyx_t_13, &__pyx_t_14) < 0) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 298; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L13_except_error; } while (0);

          /* "errors_flow.pyx":299
 *             raise ValueError("inner")
 *         except ValueError:
 *             trace.append("inner handled")             # <<<<<<<<<<<<<<
 *         raise
 *
*/
          cy_Pyx_GetModuleGlobalName(__pyx_t_15, __pyx_n_u_trace); if (MP_UNLIKELY(!!(!__pyx_t_15))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 299; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L13_except_error; } while (0);

          __pyx_t_16 = cy_Pyx_PyObject_Append(__pyx_t_15, __pyx_kp_u_inner_handled); if (MP_UNLIKELY(!!(__pyx_t_16 == ((int)-1)))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 299; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L13_except_error; } while (0);
           __pyx_t_15 = 0;

           __pyx_t_12 = 0;
           __pyx_t_13 = 0;
           __pyx_t_14 = 0;
          goto __pyx_L12_exception_handled;
        }
        goto __pyx_L13_except_error;

        /* "errors_flow.pyx":296
 *         raise KeyError("outer")
 *     except KeyError:
 *         try:             # <<<<<<<<<<<<<<
 *             raise ValueError("inner")
 *         except ValueError:
*/
        __pyx_L13_except_error:;

        cy_Pyx_ExceptionReset(__pyx_t_9, __pyx_t_10, __pyx_t_11);
        goto __pyx_L5_except_error;
        __pyx_L12_exception_handled:;

        cy_Pyx_ExceptionReset(__pyx_t_9, __pyx_t_10, __pyx_t_11);
      }

      /* "errors_flow.pyx":300
 *         except ValueError:
 *             trace.append("inner handled")
 *         raise             # <<<<<<<<<<<<<<
 *
 *
*/

      cy_Pyx_ErrRestoreWithState(__pyx_t_4, __pyx_t_5, __pyx_t_8);
      __pyx_t_4 = 0;  __pyx_t_5 = 0;  __pyx_t_8 = 0;
      do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 300; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L5_except_error; } while (0);
    }
    goto __pyx_L5_except_error;

    /* "errors_flow.pyx":293
 * def reraise_after_handling_another():
 *     # Bare raise re-raises the exception of *this* handler, even after an inner one finished.
 *     try:             # <<<<<<<<<<<<<<
 *         raise KeyError("outer")
 *     except KeyError:
*/
    __pyx_L5_except_error:;

    cy_Pyx_ExceptionReset(__pyx_t_1, __pyx_t_2, __pyx_t_3);
    goto __pyx_L1_error;
  }

  /* "errors_flow.pyx":291
 *
 *
 * def reraise_after_handling_another():             # <<<<<<<<<<<<<<
 *     # Bare raise re-raises the exception of *this* handler, even after an inner one finished.
 *     try:
*/

  /* function exit code */
  __pyx_L1_error:;

  __pyx_traceback_0(".reraise_after_handling_another", __pyx_lineno);
  __pyx_r = NULL;

  return __pyx_r;
}

/* "errors_flow.pyx":303
 *
 *
 * def raise_from(f):             # <<<<<<<<<<<<<<
 *     try:
 *         f()
*/

/* Python wrapper */
static mp_obj_t __pyx_pw_11errors_flow_57raise_from(mp_obj_t __pyx_self,

mp_obj_t const *__pyx_args, mp_int_t __pyx_nargs, mp_obj_t __pyx_kwds

); /*proto*/
static cy_PyMethodDef __pyx_mdef_11errors_flow_57raise_from = {"raise_from", (cy_PyCFunction)(void(*)(void))(cy_Pyx_PyCFunction_FastCallWithKeywords)__pyx_pw_11errors_flow_57raise_from, cy_Pyx_METH_FASTCALL|cy_METH_KEYWORDS, 0};
static mp_obj_t __pyx_pw_11errors_flow_57raise_from(mp_obj_t __pyx_self,

mp_obj_t const *__pyx_args, mp_int_t __pyx_nargs, mp_obj_t __pyx_kwds

) {
  mp_obj_t __pyx_v_f = 0;

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
&__pyx_n_u_f, 0 };
static const cy_Pyx_ArgSpec __pyx_argspec = { "raise_from",
__pyx_pyargnames, 1, 1, 1, 0,
0, 0,

cy_Pyx_ARGS_EXACT|cy_Pyx_ARGS_KEYWORDS|cy_Pyx_ARGS_CLEAR };
if (MP_LIKELY(!!(!__pyx_kwds && __pyx_nargs == 1))) {
values[0] = __pyx_args[0];
} else if
(cy_Pyx_ParseArgs(&__pyx_argspec, __pyx_args,

__pyx_nargs, __pyx_kwds, values) < 0) {
do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 303; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L3_error; } while (0); }

    __pyx_v_f = values[0];
  }

  goto __pyx_L4_argument_unpacking_done;
  __pyx_L3_error:;
  for (mp_int_t __pyx_temp=0; __pyx_temp < (mp_int_t)(sizeof(values)/sizeof(values[0])); ++__pyx_temp) {

  }
  __pyx_traceback_0(".raise_from", __pyx_lineno);

  return NULL;
  __pyx_L4_argument_unpacking_done:;
  __pyx_r = __pyx_pf_11errors_flow_56raise_from(__pyx_self, __pyx_v_f);

  /* function exit code */
  for (mp_int_t __pyx_temp=0; __pyx_temp < (mp_int_t)(sizeof(values)/sizeof(values[0])); ++__pyx_temp) {

  }

  return __pyx_r;
}

static mp_obj_t __pyx_pf_11errors_flow_56raise_from(CYTHON_UNUSED mp_obj_t __pyx_self, mp_obj_t __pyx_v_f) {
  mp_obj_t __pyx_v_e = NULL;
  mp_obj_t __pyx_r = NULL;
  __Pyx_RefNannyDeclarations
  mp_obj_t __pyx_t_1 = NULL;
  mp_obj_t __pyx_t_2 = NULL;
  mp_obj_t __pyx_t_3 = NULL;
  mp_obj_t __pyx_t_4 = NULL;
  mp_obj_t __pyx_t_5 = NULL;
  mp_obj_t __pyx_t_6 = NULL;
  size_t __pyx_t_7;
  int __pyx_t_8;
  mp_obj_t __pyx_t_9 = NULL;
  mp_obj_t __pyx_t_10 = NULL;
  int __pyx_t_11;
  char const *__pyx_t_12;
  mp_obj_t __pyx_t_13 = NULL;
  mp_obj_t __pyx_t_14 = NULL;
  mp_obj_t __pyx_t_15 = NULL;
  mp_obj_t __pyx_t_16 = NULL;
  mp_obj_t __pyx_t_17 = NULL;
  mp_obj_t __pyx_t_18 = NULL;
  int __pyx_lineno = 0;
  const char *__pyx_filename = NULL;
  int __pyx_clineno = 0;

  /* "errors_flow.pyx":304
 *
 * def raise_from(f):
 *     try:             # <<<<<<<<<<<<<<
 *         f()
 *     except KeyError as e:
*/
  {
    cy_Pyx_PyThreadState_declare;    cy_Pyx_PyThreadState_assign;    cy_Pyx_ExceptionSave(&__pyx_t_1, &__pyx_t_2, &__pyx_t_3);

    /*try:*/ {

      /* "errors_flow.pyx":305
 * def raise_from(f):
 *     try:
 *         f()             # <<<<<<<<<<<<<<
 *     except KeyError as e:
 *         raise RuntimeError("lookup failed") from e
*/
      __pyx_t_5 = NULL;

      __pyx_t_6 = __pyx_v_f;
      __pyx_t_7 = 1;

      {
        mp_obj_t __pyx_callargs[2] = {__pyx_t_5, NULL};
        __pyx_t_4 = cy_Pyx_PyObject_FastCall((mp_obj_t)__pyx_t_6, __pyx_callargs+__pyx_t_7, (1-__pyx_t_7) | (__pyx_t_7*cy_Pyx_PY_VECTORCALL_ARGUMENTS_OFFSET));
         __pyx_t_5 = 0;
         __pyx_t_6 = 0;
        if (MP_UNLIKELY(!!(!__pyx_t_4))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 305; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L3_error; } while (0);

      }
       __pyx_t_4 = 0;

      /* "errors_flow.pyx":304
 *
 * def raise_from(f):
 *     try:             # <<<<<<<<<<<<<<
 *         f()
 *     except KeyError as e:
*/
    }
     __pyx_t_1 = 0;
     __pyx_t_2 = 0;
     __pyx_t_3 = 0;
    goto __pyx_L8_try_end;
    __pyx_L3_error:;
     __pyx_t_4 = 0;
     __pyx_t_5 = 0;
     __pyx_t_6 = 0;

    /* "errors_flow.pyx":306
 *     try:
 *         f()
 *     except KeyError as e:             # <<<<<<<<<<<<<<
 *         raise RuntimeError("lookup failed") from e
 *
*/
    __pyx_t_8 = cy_Pyx_PyErr_ExceptionMatches(((mp_obj_t )(((cy_PyTypeObject*)MP_OBJ_FROM_PTR(&mp_type_KeyError)))));
    if (__pyx_t_8) {
      __pyx_traceback_0(".raise_from", __pyx_lineno);
      if (cy_Pyx_GetException(&__pyx_t_4, &__pyx_t_6, &__pyx_t_5) < 0) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 306; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L5_except_error; } while (0);

      __pyx_v_e = __pyx_t_6;
      /*try:*/ {

        /* "errors_flow.pyx":307
 *         f()
 *     except KeyError as e:
 *         raise RuntimeError("lookup failed") from e             # <<<<<<<<<<<<<<
 *
 *
*/
        __pyx_t_10 = NULL;
        __pyx_t_7 = 1;
        {
          mp_obj_t __pyx_callargs[2] = {__pyx_t_10, __pyx_kp_u_lookup_failed};
          __pyx_t_9 = cy_Pyx_PyObject_FastCall((mp_obj_t)(((cy_PyTypeObject*)MP_OBJ_FROM_PTR(&mp_type_RuntimeError))), __pyx_callargs+__pyx_t_7, (2-__pyx_t_7) | (__pyx_t_7*cy_Pyx_PY_VECTORCALL_ARGUMENTS_OFFSET));
           __pyx_t_10 = 0;
          if (MP_UNLIKELY(!!(!__pyx_t_9))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 307; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L14_error; } while (0);

        }
        cy_Pyx_Raise(__pyx_t_9, 0, 0, __pyx_v_e);
         __pyx_t_9 = 0;
        do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 307; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L14_error; } while (0);
      }

      /* "errors_flow.pyx":306
 *     try:
 *         f()
 *     except KeyError as e:             # <<<<<<<<<<<<<<
 *         raise RuntimeError("lookup failed") from e
 *
*/
      /*finally:*/ {
        __pyx_L14_error:;
        /*exception exit:*/{
          cy_Pyx_PyThreadState_declare;          cy_Pyx_PyThreadState_assign;          __pyx_t_13 = 0; __pyx_t_14 = 0; __pyx_t_15 = 0; __pyx_t_16 = 0; __pyx_t_17 = 0; __pyx_t_18 = 0;
           __pyx_t_10 = 0;
           __pyx_t_9 = 0;
           cy_Pyx_ExceptionSwap(&__pyx_t_16, &__pyx_t_17, &__pyx_t_18);
          if ( MP_UNLIKELY(!!(cy_Pyx_GetException(&__pyx_t_13, &__pyx_t_14, &__pyx_t_15) < 0))) cy_Pyx_ErrFetch(&__pyx_t_13, &__pyx_t_14, &__pyx_t_15);

          __pyx_t_8 = __pyx_lineno; __pyx_t_11 = __pyx_clineno; __pyx_t_12 = __pyx_filename;
          {
             __pyx_v_e = 0;
          }

          cy_Pyx_ExceptionReset(__pyx_t_16, __pyx_t_17, __pyx_t_18);

          cy_Pyx_ErrRestore(__pyx_t_13, __pyx_t_14, __pyx_t_15);
          __pyx_t_13 = 0; __pyx_t_14 = 0; __pyx_t_15 = 0; __pyx_t_16 = 0; __pyx_t_17 = 0; __pyx_t_18 = 0;
          __pyx_lineno = __pyx_t_8; __pyx_clineno = __pyx_t_11; __pyx_filename = __pyx_t_12;
          goto __pyx_L5_except_error;
        }
      }
    }
    goto __pyx_L5_except_error;

    /* "errors_flow.pyx":304
 *
 * def raise_from(f):
 *     try:             # <<<<<<<<<<<<<<
 *         f()
 *     except KeyError as e:
*/
    __pyx_L5_except_error:;

    cy_Pyx_ExceptionReset(__pyx_t_1, __pyx_t_2, __pyx_t_3);
    goto __pyx_L1_error;
    __pyx_L8_try_end:;
  }

  /* "errors_flow.pyx":303
 *
 *
 * def raise_from(f):             # <<<<<<<<<<<<<<
 *     try:
 *         f()
*/

  /* function exit code */
  __pyx_r = mp_const_none;
  goto __pyx_L0;
  __pyx_L1_error:;

  __pyx_traceback_0(".raise_from", __pyx_lineno);
  __pyx_r = NULL;
  __pyx_L0:;

  return __pyx_r;
}

/* "errors_flow.pyx":310
 *
 *
 * def raise_from_none():             # <<<<<<<<<<<<<<
 *     try:
 *         {}["k"]
*/

/* Python wrapper */
static mp_obj_t __pyx_pw_11errors_flow_59raise_from_none(mp_obj_t __pyx_self, CYTHON_UNUSED mp_obj_t unused); /*proto*/
static cy_PyMethodDef __pyx_mdef_11errors_flow_59raise_from_none = {"raise_from_none", (cy_PyCFunction)__pyx_pw_11errors_flow_59raise_from_none, cy_METH_NOARGS, 0};
static mp_obj_t __pyx_pw_11errors_flow_59raise_from_none(mp_obj_t __pyx_self, CYTHON_UNUSED mp_obj_t unused) {
  CYTHON_UNUSED mp_obj_t const *__pyx_kwvalues;
  mp_obj_t __pyx_r = 0;
  __Pyx_RefNannyDeclarations

  __pyx_kwvalues = cy_Pyx_KwValues_VARARGS(__pyx_args, __pyx_nargs);
  __pyx_r = __pyx_pf_11errors_flow_58raise_from_none(__pyx_self);

  /* function exit code */

  return __pyx_r;
}

static mp_obj_t __pyx_pf_11errors_flow_58raise_from_none(CYTHON_UNUSED mp_obj_t __pyx_self) {
  mp_obj_t __pyx_r = NULL;
  __Pyx_RefNannyDeclarations
  mp_obj_t __pyx_t_1 = NULL;
  mp_obj_t __pyx_t_2 = NULL;
  mp_obj_t __pyx_t_3 = NULL;
  mp_obj_t __pyx_t_4 = NULL;
  mp_obj_t __pyx_t_5 = NULL;
  int __pyx_t_6;
  mp_obj_t __pyx_t_7 = NULL;
  mp_obj_t __pyx_t_8 = NULL;
  mp_obj_t __pyx_t_9 = NULL;
  size_t __pyx_t_10;
  int __pyx_lineno = 0;
  const char *__pyx_filename = NULL;
  int __pyx_clineno = 0;

  /* "errors_flow.pyx":311
 *
 * def raise_from_none():
 *     try:             # <<<<<<<<<<<<<<
 *         {}["k"]
 *     except KeyError:
*/
  {
    cy_Pyx_PyThreadState_declare;    cy_Pyx_PyThreadState_assign;    cy_Pyx_ExceptionSave(&__pyx_t_1, &__pyx_t_2, &__pyx_t_3);

    /*try:*/ {

      /* "errors_flow.pyx":312
 * def raise_from_none():
 *     try:
 *         {}["k"]             # <<<<<<<<<<<<<<
 *     except KeyError:
 *         raise ValueError("no context") from None
*/
      __pyx_t_4 = cy_Pyx_PyDict_NewPresized(0); if (MP_UNLIKELY(!!(!__pyx_t_4))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 312; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L3_error; } while (0);

      __pyx_t_5 = cy_Pyx_PyDict_GetItem(__pyx_t_4, __pyx_n_u_k); if (MP_UNLIKELY(!!(!__pyx_t_5))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 312; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L3_error; } while (0);

       __pyx_t_4 = 0;
       __pyx_t_5 = 0;

      /* "errors_flow.pyx":311
 *
 * def raise_from_none():
 *     try:             # <<<<<<<<<<<<<<
 *         {}["k"]
 *     except KeyError:
*/
    }
     __pyx_t_1 = 0;
     __pyx_t_2 = 0;
     __pyx_t_3 = 0;
    goto __pyx_L8_try_end;
    __pyx_L3_error:;
     __pyx_t_4 = 0;
     __pyx_t_5 = 0;

    /* "errors_flow.pyx":313
 *     try:
 *         {}["k"]
 *     except KeyError:             # <<<<<<<<<<<<<<
 *         raise ValueError("no context") from None
 *
*/
    __pyx_t_6 = cy_Pyx_PyErr_ExceptionMatches(((mp_obj_t )(((cy_PyTypeObject*)MP_OBJ_FROM_PTR(&mp_type_KeyError)))));
    if (__pyx_t_6) {
      __pyx_traceback_0(".raise_from_none", __pyx_lineno);
      if (cy_Pyx_GetException(&__pyx_t_5, &__pyx_t_4, &__pyx_t_7) < 0) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 313; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L5_except_error; } while (0);

      /* "errors_flow.pyx":314
 *         {}["k"]
 *     except KeyError:
 *         raise ValueError("no context") from None             # <<<<<<<<<<<<<<
 *
 *
*/
      __pyx_t_9 = NULL;
      __pyx_t_10 = 1;
      {
        mp_obj_t __pyx_callargs[2] = {__pyx_t_9, __pyx_kp_u_no_context};
        __pyx_t_8 = cy_Pyx_PyObject_FastCall((mp_obj_t)(((cy_PyTypeObject*)MP_OBJ_FROM_PTR(&mp_type_ValueError))), __pyx_callargs+__pyx_t_10, (2-__pyx_t_10) | (__pyx_t_10*cy_Pyx_PY_VECTORCALL_ARGUMENTS_OFFSET));
         __pyx_t_9 = 0;
        if (MP_UNLIKELY(!!(!__pyx_t_8))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 314; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L5_except_error; } while (0);

      }
      cy_Pyx_Raise(__pyx_t_8, 0, 0, mp_const_none);
       __pyx_t_8 = 0;
      do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 314; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L5_except_error; } while (0);
    }
    goto __pyx_L5_except_error;

    /* "errors_flow.pyx":311
 *
 * def raise_from_none():
 *     try:             # <<<<<<<<<<<<<<
 *         {}["k"]
 *     except KeyError:
*/
    __pyx_L5_except_error:;

    cy_Pyx_ExceptionReset(__pyx_t_1, __pyx_t_2, __pyx_t_3);
    goto __pyx_L1_error;
    __pyx_L8_try_end:;
  }

  /* "errors_flow.pyx":310
 *
 *
 * def raise_from_none():             # <<<<<<<<<<<<<<
 *     try:
 *         {}["k"]
*/

  /* function exit code */
  __pyx_r = mp_const_none;
  goto __pyx_L0;
  __pyx_L1_error:;

  __pyx_traceback_0(".raise_from_none", __pyx_lineno);
  __pyx_r = NULL;
  __pyx_L0:;

  return __pyx_r;
}

/* "errors_flow.pyx":317
 *
 *
 * def raise_from_custom(cause):             # <<<<<<<<<<<<<<
 *     raise DeviceError("wrapped") from cause
 *
*/

/* Python wrapper */
static mp_obj_t __pyx_pw_11errors_flow_61raise_from_custom(mp_obj_t __pyx_self,

mp_obj_t const *__pyx_args, mp_int_t __pyx_nargs, mp_obj_t __pyx_kwds

); /*proto*/
static cy_PyMethodDef __pyx_mdef_11errors_flow_61raise_from_custom = {"raise_from_custom", (cy_PyCFunction)(void(*)(void))(cy_Pyx_PyCFunction_FastCallWithKeywords)__pyx_pw_11errors_flow_61raise_from_custom, cy_Pyx_METH_FASTCALL|cy_METH_KEYWORDS, 0};
static mp_obj_t __pyx_pw_11errors_flow_61raise_from_custom(mp_obj_t __pyx_self,

mp_obj_t const *__pyx_args, mp_int_t __pyx_nargs, mp_obj_t __pyx_kwds

) {
  mp_obj_t __pyx_v_cause = 0;

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
&__pyx_n_u_cause, 0 };
static const cy_Pyx_ArgSpec __pyx_argspec = { "raise_from_custom",
__pyx_pyargnames, 1, 1, 1, 0,
0, 0,

cy_Pyx_ARGS_EXACT|cy_Pyx_ARGS_KEYWORDS|cy_Pyx_ARGS_CLEAR };
if (MP_LIKELY(!!(!__pyx_kwds && __pyx_nargs == 1))) {
values[0] = __pyx_args[0];
} else if
(cy_Pyx_ParseArgs(&__pyx_argspec, __pyx_args,

__pyx_nargs, __pyx_kwds, values) < 0) {
do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 317; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L3_error; } while (0); }

    __pyx_v_cause = values[0];
  }

  goto __pyx_L4_argument_unpacking_done;
  __pyx_L3_error:;
  for (mp_int_t __pyx_temp=0; __pyx_temp < (mp_int_t)(sizeof(values)/sizeof(values[0])); ++__pyx_temp) {

  }
  __pyx_traceback_0(".raise_from_custom", __pyx_lineno);

  return NULL;
  __pyx_L4_argument_unpacking_done:;
  __pyx_r = __pyx_pf_11errors_flow_60raise_from_custom(__pyx_self, __pyx_v_cause);

  /* function exit code */
  for (mp_int_t __pyx_temp=0; __pyx_temp < (mp_int_t)(sizeof(values)/sizeof(values[0])); ++__pyx_temp) {

  }

  return __pyx_r;
}

static mp_obj_t __pyx_pf_11errors_flow_60raise_from_custom(CYTHON_UNUSED mp_obj_t __pyx_self, mp_obj_t __pyx_v_cause) {
  mp_obj_t __pyx_r = NULL;
  __Pyx_RefNannyDeclarations
  mp_obj_t __pyx_t_1 = NULL;
  mp_obj_t __pyx_t_2 = NULL;
  mp_obj_t __pyx_t_3 = NULL;
  size_t __pyx_t_4;
  int __pyx_lineno = 0;
  const char *__pyx_filename = NULL;
  int __pyx_clineno = 0;

  /* "errors_flow.pyx":318
 *
 * def raise_from_custom(cause):
 *     raise DeviceError("wrapped") from cause             # <<<<<<<<<<<<<<
 *
 *
*/
  __pyx_t_2 = NULL;
  cy_Pyx_GetModuleGlobalName(__pyx_t_3, __pyx_n_u_DeviceError); if (MP_UNLIKELY(!!(!__pyx_t_3))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 318; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

  __pyx_t_4 = 1;

  {
    mp_obj_t __pyx_callargs[2] = {__pyx_t_2, __pyx_n_u_wrapped};
    __pyx_t_1 = cy_Pyx_PyObject_FastCall((mp_obj_t)__pyx_t_3, __pyx_callargs+__pyx_t_4, (2-__pyx_t_4) | (__pyx_t_4*cy_Pyx_PY_VECTORCALL_ARGUMENTS_OFFSET));
     __pyx_t_2 = 0;
     __pyx_t_3 = 0;
    if (MP_UNLIKELY(!!(!__pyx_t_1))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 318; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

  }
  cy_Pyx_Raise(__pyx_t_1, 0, 0, __pyx_v_cause);
   __pyx_t_1 = 0;
  do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 318; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

  /* "errors_flow.pyx":317
 *
 *
 * def raise_from_custom(cause):             # <<<<<<<<<<<<<<
 *     raise DeviceError("wrapped") from cause
 *
*/

  /* function exit code */
  __pyx_L1_error:;

  __pyx_traceback_0(".raise_from_custom", __pyx_lineno);
  __pyx_r = NULL;

  return __pyx_r;
}

/* "errors_flow.pyx":321
 *
 *
 * def raise_from_bad():             # <<<<<<<<<<<<<<
 *     raise ValueError("x") from 5
 *
*/

/* Python wrapper */
static mp_obj_t __pyx_pw_11errors_flow_63raise_from_bad(mp_obj_t __pyx_self, CYTHON_UNUSED mp_obj_t unused); /*proto*/
static cy_PyMethodDef __pyx_mdef_11errors_flow_63raise_from_bad = {"raise_from_bad", (cy_PyCFunction)__pyx_pw_11errors_flow_63raise_from_bad, cy_METH_NOARGS, 0};
static mp_obj_t __pyx_pw_11errors_flow_63raise_from_bad(mp_obj_t __pyx_self, CYTHON_UNUSED mp_obj_t unused) {
  CYTHON_UNUSED mp_obj_t const *__pyx_kwvalues;
  mp_obj_t __pyx_r = 0;
  __Pyx_RefNannyDeclarations

  __pyx_kwvalues = cy_Pyx_KwValues_VARARGS(__pyx_args, __pyx_nargs);
  __pyx_r = __pyx_pf_11errors_flow_62raise_from_bad(__pyx_self);

  /* function exit code */

  return __pyx_r;
}

static mp_obj_t __pyx_pf_11errors_flow_62raise_from_bad(CYTHON_UNUSED mp_obj_t __pyx_self) {
  mp_obj_t __pyx_r = NULL;
  __Pyx_RefNannyDeclarations
  mp_obj_t __pyx_t_1 = NULL;
  mp_obj_t __pyx_t_2 = NULL;
  size_t __pyx_t_3;
  int __pyx_lineno = 0;
  const char *__pyx_filename = NULL;
  int __pyx_clineno = 0;

  /* "errors_flow.pyx":322
 *
 * def raise_from_bad():
 *     raise ValueError("x") from 5             # <<<<<<<<<<<<<<
 *
 *
*/
  __pyx_t_2 = NULL;
  __pyx_t_3 = 1;
  {
    mp_obj_t __pyx_callargs[2] = {__pyx_t_2, __pyx_n_u_x};
    __pyx_t_1 = cy_Pyx_PyObject_FastCall((mp_obj_t)(((cy_PyTypeObject*)MP_OBJ_FROM_PTR(&mp_type_ValueError))), __pyx_callargs+__pyx_t_3, (2-__pyx_t_3) | (__pyx_t_3*cy_Pyx_PY_VECTORCALL_ARGUMENTS_OFFSET));
     __pyx_t_2 = 0;
    if (MP_UNLIKELY(!!(!__pyx_t_1))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 322; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

  }
  cy_Pyx_Raise(__pyx_t_1, 0, 0, MP_OBJ_NEW_SMALL_INT(5)         );
   __pyx_t_1 = 0;
  do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 322; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

  /* "errors_flow.pyx":321
 *
 *
 * def raise_from_bad():             # <<<<<<<<<<<<<<
 *     raise ValueError("x") from 5
 *
*/

  /* function exit code */
  __pyx_L1_error:;

  __pyx_traceback_0(".raise_from_bad", __pyx_lineno);
  __pyx_r = NULL;

  return __pyx_r;
}

/* "errors_flow.pyx":325
 *
 *
 * def as_name_cleared(int flag):             # <<<<<<<<<<<<<<
 *     e = "before"
 *     try:
*/

/* Python wrapper */
static mp_obj_t __pyx_pw_11errors_flow_65as_name_cleared(mp_obj_t __pyx_self,

mp_obj_t const *__pyx_args, mp_int_t __pyx_nargs, mp_obj_t __pyx_kwds

); /*proto*/
static cy_PyMethodDef __pyx_mdef_11errors_flow_65as_name_cleared = {"as_name_cleared", (cy_PyCFunction)(void(*)(void))(cy_Pyx_PyCFunction_FastCallWithKeywords)__pyx_pw_11errors_flow_65as_name_cleared, cy_Pyx_METH_FASTCALL|cy_METH_KEYWORDS, 0};
static mp_obj_t __pyx_pw_11errors_flow_65as_name_cleared(mp_obj_t __pyx_self,

mp_obj_t const *__pyx_args, mp_int_t __pyx_nargs, mp_obj_t __pyx_kwds

) {
  int __pyx_v_flag;

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
&__pyx_n_u_flag, 0 };
static const cy_Pyx_ArgSpec __pyx_argspec = { "as_name_cleared",
__pyx_pyargnames, 1, 1, 1, 0,
0, 0,

cy_Pyx_ARGS_EXACT|cy_Pyx_ARGS_KEYWORDS|cy_Pyx_ARGS_CLEAR };
if (MP_LIKELY(!!(!__pyx_kwds && __pyx_nargs == 1))) {
values[0] = __pyx_args[0];
} else if
(cy_Pyx_ParseArgs(&__pyx_argspec, __pyx_args,

__pyx_nargs, __pyx_kwds, values) < 0) {
do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 325; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L3_error; } while (0); }

    __pyx_v_flag = cy_Pyx_PyLong_As_int(values[0]); if (MP_UNLIKELY(!!((__pyx_v_flag == (int)-1) && cy_PyErr_Occurred()))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 325; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L3_error; } while (0);
  }

  goto __pyx_L4_argument_unpacking_done;
  __pyx_L3_error:;
  for (mp_int_t __pyx_temp=0; __pyx_temp < (mp_int_t)(sizeof(values)/sizeof(values[0])); ++__pyx_temp) {

  }
  __pyx_traceback_0(".as_name_cleared", __pyx_lineno);

  return NULL;
  __pyx_L4_argument_unpacking_done:;
  __pyx_r = __pyx_pf_11errors_flow_64as_name_cleared(__pyx_self, __pyx_v_flag);

  /* function exit code */
  for (mp_int_t __pyx_temp=0; __pyx_temp < (mp_int_t)(sizeof(values)/sizeof(values[0])); ++__pyx_temp) {

  }

  return __pyx_r;
}

static mp_obj_t __pyx_pf_11errors_flow_64as_name_cleared(CYTHON_UNUSED mp_obj_t __pyx_self, int __pyx_v_flag) {
  mp_obj_t __pyx_v_e = NULL;
  mp_obj_t __pyx_r = NULL;
  __Pyx_RefNannyDeclarations
  mp_obj_t __pyx_t_1 = NULL;
  mp_obj_t __pyx_t_2 = NULL;
  mp_obj_t __pyx_t_3 = NULL;
  mp_obj_t __pyx_t_4 = NULL;
  mp_obj_t __pyx_t_5 = NULL;
  size_t __pyx_t_6;
  int __pyx_t_7;
  mp_obj_t __pyx_t_8 = NULL;
  mp_obj_t __pyx_t_9 = NULL;
  mp_obj_t __pyx_t_10 = NULL;
  mp_obj_t __pyx_t_11 = NULL;
  int __pyx_t_12;
  int __pyx_t_13;
  char const *__pyx_t_14;
  mp_obj_t __pyx_t_15 = NULL;
  mp_obj_t __pyx_t_16 = NULL;
  mp_obj_t __pyx_t_17 = NULL;
  mp_obj_t __pyx_t_18 = NULL;
  mp_obj_t __pyx_t_19 = NULL;
  mp_obj_t __pyx_t_20 = NULL;
  int __pyx_t_21;
  int __pyx_lineno = 0;
  const char *__pyx_filename = NULL;
  int __pyx_clineno = 0;

  /* "errors_flow.pyx":326
 *
 * def as_name_cleared(int flag):
 *     e = "before"             # <<<<<<<<<<<<<<
 *     try:
 *         raise ValueError("v")
*/

  __pyx_v_e = __pyx_n_u_before;

  /* "errors_flow.pyx":327
 * def as_name_cleared(int flag):
 *     e = "before"
 *     try:             # <<<<<<<<<<<<<<
 *         raise ValueError("v")
 *     except ValueError as e:
*/
  {
    cy_Pyx_PyThreadState_declare;    cy_Pyx_PyThreadState_assign;    cy_Pyx_ExceptionSave(&__pyx_t_1, &__pyx_t_2, &__pyx_t_3);

    /*try:*/ {

      /* "errors_flow.pyx":328
 *     e = "before"
 *     try:
 *         raise ValueError("v")             # <<<<<<<<<<<<<<
 *     except ValueError as e:
 *         trace.append("in handler " + str(e))
*/
      __pyx_t_5 = NULL;
      __pyx_t_6 = 1;
      {
        mp_obj_t __pyx_callargs[2] = {__pyx_t_5, __pyx_n_u_v};
        __pyx_t_4 = cy_Pyx_PyObject_FastCall((mp_obj_t)(((cy_PyTypeObject*)MP_OBJ_FROM_PTR(&mp_type_ValueError))), __pyx_callargs+__pyx_t_6, (2-__pyx_t_6) | (__pyx_t_6*cy_Pyx_PY_VECTORCALL_ARGUMENTS_OFFSET));
         __pyx_t_5 = 0;
        if (MP_UNLIKELY(!!(!__pyx_t_4))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 328; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L3_error; } while (0);

      }
      cy_Pyx_Raise(__pyx_t_4, 0, 0, 0);
       __pyx_t_4 = 0;
      do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 328; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L3_error; } while (0);

      /* "errors_flow.pyx":327
 * def as_name_cleared(int flag):
 *     e = "before"
 *     try:             # <<<<<<<<<<<<<<
 *         raise ValueError("v")
 *     except ValueError as e:
*/
    }
    __pyx_L3_error:;
     __pyx_t_4 = 0;
     __pyx_t_5 = 0;

    /* "errors_flow.pyx":329
 *     try:
 *         raise ValueError("v")
 *     except ValueError as e:             # <<<<<<<<<<<<<<
 *         trace.append("in handler " + str(e))
 *     if flag:
*/
    __pyx_t_7 = cy_Pyx_PyErr_ExceptionMatches(((mp_obj_t )(((cy_PyTypeObject*)MP_OBJ_FROM_PTR(&mp_type_ValueError)))));
    if (__pyx_t_7) {
      __pyx_traceback_0(".as_name_cleared", __pyx_lineno);
      if (cy_Pyx_GetException(&__pyx_t_4, &__pyx_t_5, &__pyx_t_8) < 0) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 329; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L5_except_error; } while (0);

      __pyx_v_e = __pyx_t_5;
      /*try:*/ {

        /* "errors_flow.pyx":330
 *         raise ValueError("v")
 *     except ValueError as e:
 *         trace.append("in handler " + str(e))             # <<<<<<<<<<<<<<
 *     if flag:
 *         e = "reassigned"
*/
        cy_Pyx_GetModuleGlobalName(__pyx_t_9, __pyx_n_u_trace); if (MP_UNLIKELY(!!(!__pyx_t_9))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 330; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L14_error; } while (0);

        __pyx_t_10 = cy_Pyx_PyObject_Unicode(__pyx_v_e); if (MP_UNLIKELY(!!(!__pyx_t_10))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 330; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L14_error; } while (0);

        __pyx_t_11 = cy_Pyx_PyUnicode_Concat(__pyx_kp_u_in_handler, __pyx_t_10); if (MP_UNLIKELY(!!(!__pyx_t_11))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 330; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L14_error; } while (0);

         __pyx_t_10 = 0;
        __pyx_t_12 = cy_Pyx_PyObject_Append(__pyx_t_9, __pyx_t_11); if (MP_UNLIKELY(!!(__pyx_t_12 == ((int)-1)))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 330; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L14_error; } while (0);
         __pyx_t_9 = 0;
         __pyx_t_11 = 0;

      }

      /* "errors_flow.pyx":329
 *     try:
 *         raise ValueError("v")
 *     except ValueError as e:             # <<<<<<<<<<<<<<
 *         trace.append("in handler " + str(e))
 *     if flag:
*/
      /*finally:*/ {
        /*normal exit:*/{
           __pyx_v_e = 0;
          goto __pyx_L15;
        }
        __pyx_L14_error:;
        /*exception exit:*/{
          cy_Pyx_PyThreadState_declare;          cy_Pyx_PyThreadState_assign;          __pyx_t_15 = 0; __pyx_t_16 = 0; __pyx_t_17 = 0; __pyx_t_18 = 0; __pyx_t_19 = 0; __pyx_t_20 = 0;
           __pyx_t_10 = 0;
           __pyx_t_11 = 0;
           __pyx_t_9 = 0;
           cy_Pyx_ExceptionSwap(&__pyx_t_18, &__pyx_t_19, &__pyx_t_20);
          if ( MP_UNLIKELY(!!(cy_Pyx_GetException(&__pyx_t_15, &__pyx_t_16, &__pyx_t_17) < 0))) cy_Pyx_ErrFetch(&__pyx_t_15, &__pyx_t_16, &__pyx_t_17);

          __pyx_t_7 = __pyx_lineno; __pyx_t_13 = __pyx_clineno; __pyx_t_14 = __pyx_filename;
          {
             __pyx_v_e = 0;
          }

          cy_Pyx_ExceptionReset(__pyx_t_18, __pyx_t_19, __pyx_t_20);

          cy_Pyx_ErrRestore(__pyx_t_15, __pyx_t_16, __pyx_t_17);
          __pyx_t_15 = 0; __pyx_t_16 = 0; __pyx_t_17 = 0; __pyx_t_18 = 0; __pyx_t_19 = 0; __pyx_t_20 = 0;
          __pyx_lineno = __pyx_t_7; __pyx_clineno = __pyx_t_13; __pyx_filename = __pyx_t_14;
          goto __pyx_L5_except_error;
        }
        __pyx_L15:;
      }
       __pyx_t_4 = 0;
       __pyx_t_5 = 0;
       __pyx_t_8 = 0;
      goto __pyx_L4_exception_handled;
    }
    goto __pyx_L5_except_error;

    /* "errors_flow.pyx":327
 * def as_name_cleared(int flag):
 *     e = "before"
 *     try:             # <<<<<<<<<<<<<<
 *         raise ValueError("v")
 *     except ValueError as e:
*/
    __pyx_L5_except_error:;

    cy_Pyx_ExceptionReset(__pyx_t_1, __pyx_t_2, __pyx_t_3);
    goto __pyx_L1_error;
    __pyx_L4_exception_handled:;

    cy_Pyx_ExceptionReset(__pyx_t_1, __pyx_t_2, __pyx_t_3);
  }

  /* "errors_flow.pyx":331
 *     except ValueError as e:
 *         trace.append("in handler " + str(e))
 *     if flag:             # <<<<<<<<<<<<<<
 *         e = "reassigned"
 *     try:
*/
  __pyx_t_21 = (__pyx_v_flag != 0);

  if (__pyx_t_21) {

    /* "errors_flow.pyx":332
 *         trace.append("in handler " + str(e))
 *     if flag:
 *         e = "reassigned"             # <<<<<<<<<<<<<<
 *     try:
 *         return e
*/

    __pyx_v_e = __pyx_n_u_reassigned;

    /* "errors_flow.pyx":331
 *     except ValueError as e:
 *         trace.append("in handler " + str(e))
 *     if flag:             # <<<<<<<<<<<<<<
 *         e = "reassigned"
 *     try:
*/
  }

  /* "errors_flow.pyx":333
 *     if flag:
 *         e = "reassigned"
 *     try:             # <<<<<<<<<<<<<<
 *         return e
 *     except NameError:
*/
  {
    cy_Pyx_PyThreadState_declare;    cy_Pyx_PyThreadState_assign;    cy_Pyx_ExceptionSave(&__pyx_t_3, &__pyx_t_2, &__pyx_t_1);

    /*try:*/ {

      /* "errors_flow.pyx":334
 *         e = "reassigned"
 *     try:
 *         return e             # <<<<<<<<<<<<<<
 *     except NameError:
 *         return "e is unbound after the handler"
*/
      if (MP_UNLIKELY(!!(!__pyx_v_e))) { cy_Pyx_RaiseUnboundLocalError("e"); do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 334; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L21_error; } while (0); }
      {
        mp_obj_t __pyx_temp;
        {
          __pyx_temp = __pyx_r;

          __pyx_r = __pyx_v_e;
        }

      }
      goto __pyx_L25_try_return;

      /* "errors_flow.pyx":333
 *     if flag:
 *         e = "reassigned"
 *     try:             # <<<<<<<<<<<<<<
 *         return e
 *     except NameError:
*/
    }
    __pyx_L21_error:;
     __pyx_t_10 = 0;
     __pyx_t_11 = 0;
     __pyx_t_4 = 0;
     __pyx_t_5 = 0;
     __pyx_t_8 = 0;
     __pyx_t_9 = 0;

    /* "errors_flow.pyx":335
 *     try:
 *         return e
 *     except NameError:             # <<<<<<<<<<<<<<
 *         return "e is unbound after the handler"
 *     except UnboundLocalError:
*/
    __pyx_t_13 = cy_Pyx_PyErr_ExceptionMatches(((mp_obj_t )(((cy_PyTypeObject*)MP_OBJ_FROM_PTR(&mp_type_NameError)))));
    if (__pyx_t_13) {
      cy_Pyx_ErrRestore(0,0,0);

      /* "errors_flow.pyx":336
 *         return e
 *     except NameError:
 *         return "e is unbound after the handler"             # <<<<<<<<<<<<<<
 *     except UnboundLocalError:
 *         return "e is unbound after the handler"
*/
      {
        mp_obj_t __pyx_temp;
        {
          __pyx_temp = __pyx_r;

          __pyx_r = __pyx_kp_u_e_is_unbound_after_the_handler;
        }

      }
      goto __pyx_L24_except_return;
    }

    /* "errors_flow.pyx":337
 *     except NameError:
 *         return "e is unbound after the handler"
 *     except UnboundLocalError:             # <<<<<<<<<<<<<<
 *         return "e is unbound after the handler"
 *
*/
    __pyx_t_13 = cy_Pyx_PyErr_ExceptionMatches(((mp_obj_t )(((cy_PyTypeObject*)cy_PyExc_UnboundLocalError))));
    if (__pyx_t_13) {
      cy_Pyx_ErrRestore(0,0,0);

      /* "errors_flow.pyx":338
 *         return "e is unbound after the handler"
 *     except UnboundLocalError:
 *         return "e is unbound after the handler"             # <<<<<<<<<<<<<<
 *
 *
*/
      {
        mp_obj_t __pyx_temp;
        {
          __pyx_temp = __pyx_r;

          __pyx_r = __pyx_kp_u_e_is_unbound_after_the_handler;
        }

      }
      goto __pyx_L24_except_return;
    }
    goto __pyx_L23_except_error;

    /* "errors_flow.pyx":333
 *     if flag:
 *         e = "reassigned"
 *     try:             # <<<<<<<<<<<<<<
 *         return e
 *     except NameError:
*/
    __pyx_L23_except_error:;

    cy_Pyx_ExceptionReset(__pyx_t_3, __pyx_t_2, __pyx_t_1);
    goto __pyx_L1_error;
    __pyx_L25_try_return:;

    cy_Pyx_ExceptionReset(__pyx_t_3, __pyx_t_2, __pyx_t_1);
    goto __pyx_L0;
    __pyx_L24_except_return:;

    cy_Pyx_ExceptionReset(__pyx_t_3, __pyx_t_2, __pyx_t_1);
    goto __pyx_L0;
  }

  /* "errors_flow.pyx":325
 *
 *
 * def as_name_cleared(int flag):             # <<<<<<<<<<<<<<
 *     e = "before"
 *     try:
*/

  /* function exit code */
  __pyx_L1_error:;

  __pyx_traceback_0(".as_name_cleared", __pyx_lineno);
  __pyx_r = NULL;
  __pyx_L0:;

  return __pyx_r;
}

/* "errors_flow.pyx":341
 *
 *
 * def catch_any(f):             # <<<<<<<<<<<<<<
 *     try:
 *         f()
*/

/* Python wrapper */
static mp_obj_t __pyx_pw_11errors_flow_67catch_any(mp_obj_t __pyx_self,

mp_obj_t const *__pyx_args, mp_int_t __pyx_nargs, mp_obj_t __pyx_kwds

); /*proto*/
static cy_PyMethodDef __pyx_mdef_11errors_flow_67catch_any = {"catch_any", (cy_PyCFunction)(void(*)(void))(cy_Pyx_PyCFunction_FastCallWithKeywords)__pyx_pw_11errors_flow_67catch_any, cy_Pyx_METH_FASTCALL|cy_METH_KEYWORDS, 0};
static mp_obj_t __pyx_pw_11errors_flow_67catch_any(mp_obj_t __pyx_self,

mp_obj_t const *__pyx_args, mp_int_t __pyx_nargs, mp_obj_t __pyx_kwds

) {
  mp_obj_t __pyx_v_f = 0;

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
&__pyx_n_u_f, 0 };
static const cy_Pyx_ArgSpec __pyx_argspec = { "catch_any",
__pyx_pyargnames, 1, 1, 1, 0,
0, 0,

cy_Pyx_ARGS_EXACT|cy_Pyx_ARGS_KEYWORDS|cy_Pyx_ARGS_CLEAR };
if (MP_LIKELY(!!(!__pyx_kwds && __pyx_nargs == 1))) {
values[0] = __pyx_args[0];
} else if
(cy_Pyx_ParseArgs(&__pyx_argspec, __pyx_args,

__pyx_nargs, __pyx_kwds, values) < 0) {
do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 341; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L3_error; } while (0); }

    __pyx_v_f = values[0];
  }

  goto __pyx_L4_argument_unpacking_done;
  __pyx_L3_error:;
  for (mp_int_t __pyx_temp=0; __pyx_temp < (mp_int_t)(sizeof(values)/sizeof(values[0])); ++__pyx_temp) {

  }
  __pyx_traceback_0(".catch_any", __pyx_lineno);

  return NULL;
  __pyx_L4_argument_unpacking_done:;
  __pyx_r = __pyx_pf_11errors_flow_66catch_any(__pyx_self, __pyx_v_f);

  /* function exit code */
  for (mp_int_t __pyx_temp=0; __pyx_temp < (mp_int_t)(sizeof(values)/sizeof(values[0])); ++__pyx_temp) {

  }

  return __pyx_r;
}

static mp_obj_t __pyx_pf_11errors_flow_66catch_any(CYTHON_UNUSED mp_obj_t __pyx_self, mp_obj_t __pyx_v_f) {
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

  /* "errors_flow.pyx":342
 *
 * def catch_any(f):
 *     try:             # <<<<<<<<<<<<<<
 *         f()
 *     except:
*/
  {
    cy_Pyx_PyThreadState_declare;    cy_Pyx_PyThreadState_assign;    cy_Pyx_ExceptionSave(&__pyx_t_1, &__pyx_t_2, &__pyx_t_3);

    /*try:*/ {

      /* "errors_flow.pyx":343
 * def catch_any(f):
 *     try:
 *         f()             # <<<<<<<<<<<<<<
 *     except:
 *         return "bare except caught"
*/
      __pyx_t_5 = NULL;

      __pyx_t_6 = __pyx_v_f;
      __pyx_t_7 = 1;

      {
        mp_obj_t __pyx_callargs[2] = {__pyx_t_5, NULL};
        __pyx_t_4 = cy_Pyx_PyObject_FastCall((mp_obj_t)__pyx_t_6, __pyx_callargs+__pyx_t_7, (1-__pyx_t_7) | (__pyx_t_7*cy_Pyx_PY_VECTORCALL_ARGUMENTS_OFFSET));
         __pyx_t_5 = 0;
         __pyx_t_6 = 0;
        if (MP_UNLIKELY(!!(!__pyx_t_4))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 343; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L3_error; } while (0);

      }
       __pyx_t_4 = 0;

      /* "errors_flow.pyx":342
 *
 * def catch_any(f):
 *     try:             # <<<<<<<<<<<<<<
 *         f()
 *     except:
*/
    }
     __pyx_t_1 = 0;
     __pyx_t_2 = 0;
     __pyx_t_3 = 0;
    goto __pyx_L8_try_end;
    __pyx_L3_error:;
     __pyx_t_4 = 0;
     __pyx_t_5 = 0;
     __pyx_t_6 = 0;

    /* "errors_flow.pyx":344
 *     try:
 *         f()
 *     except:             # <<<<<<<<<<<<<<
 *         return "bare except caught"
 *     return "nothing raised"
*/
    /*except:*/ {
      cy_Pyx_ErrRestore(0,0,0);

      /* "errors_flow.pyx":345
 *         f()
 *     except:
 *         return "bare except caught"             # <<<<<<<<<<<<<<
 *     return "nothing raised"
 *
*/
      {
        mp_obj_t __pyx_temp;
        {
          __pyx_temp = __pyx_r;

          __pyx_r = __pyx_kp_u_bare_except_caught;
        }

      }
      goto __pyx_L6_except_return;
    }

    /* "errors_flow.pyx":342
 *
 * def catch_any(f):
 *     try:             # <<<<<<<<<<<<<<
 *         f()
 *     except:
*/
    __pyx_L6_except_return:;

    cy_Pyx_ExceptionReset(__pyx_t_1, __pyx_t_2, __pyx_t_3);
    goto __pyx_L0;
    __pyx_L8_try_end:;
  }

  /* "errors_flow.pyx":346
 *     except:
 *         return "bare except caught"
 *     return "nothing raised"             # <<<<<<<<<<<<<<
 *
 *
*/
  {
    mp_obj_t __pyx_temp;
    {
      __pyx_temp = __pyx_r;

      __pyx_r = __pyx_kp_u_nothing_raised;
    }

  }
  goto __pyx_L0;

  /* "errors_flow.pyx":341
 *
 *
 * def catch_any(f):             # <<<<<<<<<<<<<<
 *     try:
 *         f()
*/

  /* function exit code */
  __pyx_L0:;

  return __pyx_r;
}

/* "errors_flow.pyx":349
 *
 *
 * def catch_base(f):             # <<<<<<<<<<<<<<
 *     try:
 *         f()
*/

/* Python wrapper */
static mp_obj_t __pyx_pw_11errors_flow_69catch_base(mp_obj_t __pyx_self,

mp_obj_t const *__pyx_args, mp_int_t __pyx_nargs, mp_obj_t __pyx_kwds

); /*proto*/
static cy_PyMethodDef __pyx_mdef_11errors_flow_69catch_base = {"catch_base", (cy_PyCFunction)(void(*)(void))(cy_Pyx_PyCFunction_FastCallWithKeywords)__pyx_pw_11errors_flow_69catch_base, cy_Pyx_METH_FASTCALL|cy_METH_KEYWORDS, 0};
static mp_obj_t __pyx_pw_11errors_flow_69catch_base(mp_obj_t __pyx_self,

mp_obj_t const *__pyx_args, mp_int_t __pyx_nargs, mp_obj_t __pyx_kwds

) {
  mp_obj_t __pyx_v_f = 0;

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
&__pyx_n_u_f, 0 };
static const cy_Pyx_ArgSpec __pyx_argspec = { "catch_base",
__pyx_pyargnames, 1, 1, 1, 0,
0, 0,

cy_Pyx_ARGS_EXACT|cy_Pyx_ARGS_KEYWORDS|cy_Pyx_ARGS_CLEAR };
if (MP_LIKELY(!!(!__pyx_kwds && __pyx_nargs == 1))) {
values[0] = __pyx_args[0];
} else if
(cy_Pyx_ParseArgs(&__pyx_argspec, __pyx_args,

__pyx_nargs, __pyx_kwds, values) < 0) {
do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 349; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L3_error; } while (0); }

    __pyx_v_f = values[0];
  }

  goto __pyx_L4_argument_unpacking_done;
  __pyx_L3_error:;
  for (mp_int_t __pyx_temp=0; __pyx_temp < (mp_int_t)(sizeof(values)/sizeof(values[0])); ++__pyx_temp) {

  }
  __pyx_traceback_0(".catch_base", __pyx_lineno);

  return NULL;
  __pyx_L4_argument_unpacking_done:;
  __pyx_r = __pyx_pf_11errors_flow_68catch_base(__pyx_self, __pyx_v_f);

  /* function exit code */
  for (mp_int_t __pyx_temp=0; __pyx_temp < (mp_int_t)(sizeof(values)/sizeof(values[0])); ++__pyx_temp) {

  }

  return __pyx_r;
}

static mp_obj_t __pyx_pf_11errors_flow_68catch_base(CYTHON_UNUSED mp_obj_t __pyx_self, mp_obj_t __pyx_v_f) {
  mp_obj_t __pyx_v_e = NULL;
  mp_obj_t __pyx_r = NULL;
  __Pyx_RefNannyDeclarations
  mp_obj_t __pyx_t_1 = NULL;
  mp_obj_t __pyx_t_2 = NULL;
  mp_obj_t __pyx_t_3 = NULL;
  mp_obj_t __pyx_t_4 = NULL;
  mp_obj_t __pyx_t_5 = NULL;
  mp_obj_t __pyx_t_6 = NULL;
  size_t __pyx_t_7;
  int __pyx_t_8;
  mp_obj_t __pyx_t_9 = NULL;
  mp_obj_t __pyx_t_10 = NULL;
  int __pyx_t_11;
  char const *__pyx_t_12;
  mp_obj_t __pyx_t_13 = NULL;
  mp_obj_t __pyx_t_14 = NULL;
  mp_obj_t __pyx_t_15 = NULL;
  mp_obj_t __pyx_t_16 = NULL;
  mp_obj_t __pyx_t_17 = NULL;
  mp_obj_t __pyx_t_18 = NULL;
  int __pyx_lineno = 0;
  const char *__pyx_filename = NULL;
  int __pyx_clineno = 0;

  /* "errors_flow.pyx":350
 *
 * def catch_base(f):
 *     try:             # <<<<<<<<<<<<<<
 *         f()
 *     except BaseException as e:
*/
  {
    cy_Pyx_PyThreadState_declare;    cy_Pyx_PyThreadState_assign;    cy_Pyx_ExceptionSave(&__pyx_t_1, &__pyx_t_2, &__pyx_t_3);

    /*try:*/ {

      /* "errors_flow.pyx":351
 * def catch_base(f):
 *     try:
 *         f()             # <<<<<<<<<<<<<<
 *     except BaseException as e:
 *         return "BaseException " + type(e).__name__
*/
      __pyx_t_5 = NULL;

      __pyx_t_6 = __pyx_v_f;
      __pyx_t_7 = 1;

      {
        mp_obj_t __pyx_callargs[2] = {__pyx_t_5, NULL};
        __pyx_t_4 = cy_Pyx_PyObject_FastCall((mp_obj_t)__pyx_t_6, __pyx_callargs+__pyx_t_7, (1-__pyx_t_7) | (__pyx_t_7*cy_Pyx_PY_VECTORCALL_ARGUMENTS_OFFSET));
         __pyx_t_5 = 0;
         __pyx_t_6 = 0;
        if (MP_UNLIKELY(!!(!__pyx_t_4))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 351; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L3_error; } while (0);

      }
       __pyx_t_4 = 0;

      /* "errors_flow.pyx":350
 *
 * def catch_base(f):
 *     try:             # <<<<<<<<<<<<<<
 *         f()
 *     except BaseException as e:
*/
    }
     __pyx_t_1 = 0;
     __pyx_t_2 = 0;
     __pyx_t_3 = 0;
    goto __pyx_L8_try_end;
    __pyx_L3_error:;
     __pyx_t_4 = 0;
     __pyx_t_5 = 0;
     __pyx_t_6 = 0;

    /* "errors_flow.pyx":352
 *     try:
 *         f()
 *     except BaseException as e:             # <<<<<<<<<<<<<<
 *         return "BaseException " + type(e).__name__
 *     return "nothing"
*/
    __pyx_t_8 = cy_Pyx_PyErr_ExceptionMatches(((mp_obj_t )(((cy_PyTypeObject*)MP_OBJ_FROM_PTR(&mp_type_BaseException)))));
    if (__pyx_t_8) {
      __pyx_traceback_0(".catch_base", __pyx_lineno);
      if (cy_Pyx_GetException(&__pyx_t_4, &__pyx_t_6, &__pyx_t_5) < 0) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 352; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L5_except_error; } while (0);

      __pyx_v_e = __pyx_t_6;
      /*try:*/ {

        /* "errors_flow.pyx":353
 *         f()
 *     except BaseException as e:
 *         return "BaseException " + type(e).__name__             # <<<<<<<<<<<<<<
 *     return "nothing"
 *
*/
        __pyx_t_9 = cy_Pyx_PyObject_GetAttrStr(((mp_obj_t )cy_Py_TYPE(__pyx_v_e)), __pyx_n_u_name_2); if (MP_UNLIKELY(!!(!__pyx_t_9))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 353; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L14_error; } while (0);

        __pyx_t_10 = cy_PyNumber_Add(__pyx_kp_u_BaseException, __pyx_t_9); if (MP_UNLIKELY(!!(!__pyx_t_10))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 353; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L14_error; } while (0);

         __pyx_t_9 = 0;
        {
          mp_obj_t __pyx_temp;
          {
            __pyx_temp = __pyx_r;
            __pyx_r = __pyx_t_10;
          }

        }
        __pyx_t_10 = 0;
         __pyx_t_4 = 0;
         __pyx_t_5 = 0;
         __pyx_t_6 = 0;
        goto __pyx_L13_return;
      }

      /* "errors_flow.pyx":352
 *     try:
 *         f()
 *     except BaseException as e:             # <<<<<<<<<<<<<<
 *         return "BaseException " + type(e).__name__
 *     return "nothing"
*/
      /*finally:*/ {
        __pyx_L14_error:;
        /*exception exit:*/{
          cy_Pyx_PyThreadState_declare;          cy_Pyx_PyThreadState_assign;          __pyx_t_13 = 0; __pyx_t_14 = 0; __pyx_t_15 = 0; __pyx_t_16 = 0; __pyx_t_17 = 0; __pyx_t_18 = 0;
           __pyx_t_10 = 0;
           __pyx_t_9 = 0;
           cy_Pyx_ExceptionSwap(&__pyx_t_16, &__pyx_t_17, &__pyx_t_18);
          if ( MP_UNLIKELY(!!(cy_Pyx_GetException(&__pyx_t_13, &__pyx_t_14, &__pyx_t_15) < 0))) cy_Pyx_ErrFetch(&__pyx_t_13, &__pyx_t_14, &__pyx_t_15);

          __pyx_t_8 = __pyx_lineno; __pyx_t_11 = __pyx_clineno; __pyx_t_12 = __pyx_filename;
          {
             __pyx_v_e = 0;
          }

          cy_Pyx_ExceptionReset(__pyx_t_16, __pyx_t_17, __pyx_t_18);

          cy_Pyx_ErrRestore(__pyx_t_13, __pyx_t_14, __pyx_t_15);
          __pyx_t_13 = 0; __pyx_t_14 = 0; __pyx_t_15 = 0; __pyx_t_16 = 0; __pyx_t_17 = 0; __pyx_t_18 = 0;
          __pyx_lineno = __pyx_t_8; __pyx_clineno = __pyx_t_11; __pyx_filename = __pyx_t_12;
          goto __pyx_L5_except_error;
        }
        __pyx_L13_return: {
          __pyx_t_18 = __pyx_r;
          __pyx_r = 0;
           __pyx_v_e = 0;
          __pyx_r = __pyx_t_18;
          __pyx_t_18 = 0;
          goto __pyx_L6_except_return;
        }
      }
    }
    goto __pyx_L5_except_error;

    /* "errors_flow.pyx":350
 *
 * def catch_base(f):
 *     try:             # <<<<<<<<<<<<<<
 *         f()
 *     except BaseException as e:
*/
    __pyx_L5_except_error:;

    cy_Pyx_ExceptionReset(__pyx_t_1, __pyx_t_2, __pyx_t_3);
    goto __pyx_L1_error;
    __pyx_L6_except_return:;

    cy_Pyx_ExceptionReset(__pyx_t_1, __pyx_t_2, __pyx_t_3);
    goto __pyx_L0;
    __pyx_L8_try_end:;
  }

  /* "errors_flow.pyx":354
 *     except BaseException as e:
 *         return "BaseException " + type(e).__name__
 *     return "nothing"             # <<<<<<<<<<<<<<
 *
 *
*/
  {
    mp_obj_t __pyx_temp;
    {
      __pyx_temp = __pyx_r;

      __pyx_r = __pyx_n_u_nothing;
    }

  }
  goto __pyx_L0;

  /* "errors_flow.pyx":349
 *
 *
 * def catch_base(f):             # <<<<<<<<<<<<<<
 *     try:
 *         f()
*/

  /* function exit code */
  __pyx_L1_error:;

  __pyx_traceback_0(".catch_base", __pyx_lineno);
  __pyx_r = NULL;
  __pyx_L0:;

  return __pyx_r;
}

/* "errors_flow.pyx":357
 *
 *
 * def catch_dynamic(f, types):             # <<<<<<<<<<<<<<
 *     try:
 *         f()
*/

/* Python wrapper */
static mp_obj_t __pyx_pw_11errors_flow_71catch_dynamic(mp_obj_t __pyx_self,

mp_obj_t const *__pyx_args, mp_int_t __pyx_nargs, mp_obj_t __pyx_kwds

); /*proto*/
static cy_PyMethodDef __pyx_mdef_11errors_flow_71catch_dynamic = {"catch_dynamic", (cy_PyCFunction)(void(*)(void))(cy_Pyx_PyCFunction_FastCallWithKeywords)__pyx_pw_11errors_flow_71catch_dynamic, cy_Pyx_METH_FASTCALL|cy_METH_KEYWORDS, 0};
static mp_obj_t __pyx_pw_11errors_flow_71catch_dynamic(mp_obj_t __pyx_self,

mp_obj_t const *__pyx_args, mp_int_t __pyx_nargs, mp_obj_t __pyx_kwds

) {
  mp_obj_t __pyx_v_f = 0;
  mp_obj_t __pyx_v_types = 0;

  CYTHON_UNUSED mp_obj_t const *__pyx_kwvalues;
  mp_obj_t values[2]        ;
  int __pyx_lineno = 0;
  const char *__pyx_filename = NULL;
  int __pyx_clineno = 0;
  mp_obj_t __pyx_r = 0;
  __Pyx_RefNannyDeclarations

  __pyx_kwvalues = cy_Pyx_KwValues_FASTCALL(__pyx_args, __pyx_nargs);
  {
static mp_obj_t * const __pyx_pyargnames[] = { &__pyx_n_u_f,
&__pyx_n_u_types, 0 };
static const cy_Pyx_ArgSpec __pyx_argspec = { "catch_dynamic",
__pyx_pyargnames, 2, 2, 2, 0,
0, 0,

cy_Pyx_ARGS_EXACT|cy_Pyx_ARGS_KEYWORDS|cy_Pyx_ARGS_CLEAR };
if (MP_LIKELY(!!(!__pyx_kwds && __pyx_nargs == 2))) {
values[0] = __pyx_args[0];
values[1] =
__pyx_args[1];
} else if (cy_Pyx_ParseArgs(&__pyx_argspec, __pyx_args, __pyx_nargs, __pyx_kwds, values) < 0) {

do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 357; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L3_error; } while (0); }

    __pyx_v_f = values[0];
    __pyx_v_types = values[1];
  }

  goto __pyx_L4_argument_unpacking_done;
  __pyx_L3_error:;
  for (mp_int_t __pyx_temp=0; __pyx_temp < (mp_int_t)(sizeof(values)/sizeof(values[0])); ++__pyx_temp) {

  }
  __pyx_traceback_0(".catch_dynamic", __pyx_lineno);

  return NULL;
  __pyx_L4_argument_unpacking_done:;
  __pyx_r = __pyx_pf_11errors_flow_70catch_dynamic(__pyx_self, __pyx_v_f, __pyx_v_types);

  /* function exit code */
  for (mp_int_t __pyx_temp=0; __pyx_temp < (mp_int_t)(sizeof(values)/sizeof(values[0])); ++__pyx_temp) {

  }

  return __pyx_r;
}

static mp_obj_t __pyx_pf_11errors_flow_70catch_dynamic(CYTHON_UNUSED mp_obj_t __pyx_self, mp_obj_t __pyx_v_f, mp_obj_t __pyx_v_types) {
  mp_obj_t __pyx_v_e = NULL;
  mp_obj_t __pyx_r = NULL;
  __Pyx_RefNannyDeclarations
  mp_obj_t __pyx_t_1 = NULL;
  mp_obj_t __pyx_t_2 = NULL;
  mp_obj_t __pyx_t_3 = NULL;
  mp_obj_t __pyx_t_4 = NULL;
  mp_obj_t __pyx_t_5 = NULL;
  mp_obj_t __pyx_t_6 = NULL;
  size_t __pyx_t_7;
  int __pyx_t_8;
  mp_obj_t __pyx_t_9 = NULL;
  mp_obj_t __pyx_t_10 = NULL;
  int __pyx_t_11;
  char const *__pyx_t_12;
  mp_obj_t __pyx_t_13 = NULL;
  mp_obj_t __pyx_t_14 = NULL;
  mp_obj_t __pyx_t_15 = NULL;
  mp_obj_t __pyx_t_16 = NULL;
  mp_obj_t __pyx_t_17 = NULL;
  mp_obj_t __pyx_t_18 = NULL;
  int __pyx_lineno = 0;
  const char *__pyx_filename = NULL;
  int __pyx_clineno = 0;

  /* "errors_flow.pyx":358
 *
 * def catch_dynamic(f, types):
 *     try:             # <<<<<<<<<<<<<<
 *         f()
 *     except types as e:
*/
  {
    cy_Pyx_PyThreadState_declare;    cy_Pyx_PyThreadState_assign;    cy_Pyx_ExceptionSave(&__pyx_t_1, &__pyx_t_2, &__pyx_t_3);

    /*try:*/ {

      /* "errors_flow.pyx":359
 * def catch_dynamic(f, types):
 *     try:
 *         f()             # <<<<<<<<<<<<<<
 *     except types as e:
 *         return "caught " + type(e).__name__
*/
      __pyx_t_5 = NULL;

      __pyx_t_6 = __pyx_v_f;
      __pyx_t_7 = 1;

      {
        mp_obj_t __pyx_callargs[2] = {__pyx_t_5, NULL};
        __pyx_t_4 = cy_Pyx_PyObject_FastCall((mp_obj_t)__pyx_t_6, __pyx_callargs+__pyx_t_7, (1-__pyx_t_7) | (__pyx_t_7*cy_Pyx_PY_VECTORCALL_ARGUMENTS_OFFSET));
         __pyx_t_5 = 0;
         __pyx_t_6 = 0;
        if (MP_UNLIKELY(!!(!__pyx_t_4))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 359; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L3_error; } while (0);

      }
       __pyx_t_4 = 0;

      /* "errors_flow.pyx":358
 *
 * def catch_dynamic(f, types):
 *     try:             # <<<<<<<<<<<<<<
 *         f()
 *     except types as e:
*/
    }
     __pyx_t_1 = 0;
     __pyx_t_2 = 0;
     __pyx_t_3 = 0;
    goto __pyx_L8_try_end;
    __pyx_L3_error:;
     __pyx_t_4 = 0;
     __pyx_t_5 = 0;
     __pyx_t_6 = 0;

    /* "errors_flow.pyx":360
 *     try:
 *         f()
 *     except types as e:             # <<<<<<<<<<<<<<
 *         return "caught " + type(e).__name__
 *     return "nothing"
*/
    __pyx_t_8 = cy_Pyx_PyErr_ExceptionMatches(__pyx_v_types);
    if (__pyx_t_8) {
      __pyx_traceback_0(".catch_dynamic", __pyx_lineno);
      if (cy_Pyx_GetException(&__pyx_t_4, &__pyx_t_6, &__pyx_t_5) < 0) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 360; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L5_except_error; } while (0);

      __pyx_v_e = __pyx_t_6;
      /*try:*/ {

        /* "errors_flow.pyx":361
 *         f()
 *     except types as e:
 *         return "caught " + type(e).__name__             # <<<<<<<<<<<<<<
 *     return "nothing"
 *
*/
        __pyx_t_9 = cy_Pyx_PyObject_GetAttrStr(((mp_obj_t )cy_Py_TYPE(__pyx_v_e)), __pyx_n_u_name_2); if (MP_UNLIKELY(!!(!__pyx_t_9))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 361; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L14_error; } while (0);

        __pyx_t_10 = cy_PyNumber_Add(__pyx_kp_u_caught, __pyx_t_9); if (MP_UNLIKELY(!!(!__pyx_t_10))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 361; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L14_error; } while (0);

         __pyx_t_9 = 0;
        {
          mp_obj_t __pyx_temp;
          {
            __pyx_temp = __pyx_r;
            __pyx_r = __pyx_t_10;
          }

        }
        __pyx_t_10 = 0;
         __pyx_t_4 = 0;
         __pyx_t_5 = 0;
         __pyx_t_6 = 0;
        goto __pyx_L13_return;
      }

      /* "errors_flow.pyx":360
 *     try:
 *         f()
 *     except types as e:             # <<<<<<<<<<<<<<
 *         return "caught " + type(e).__name__
 *     return "nothing"
*/
      /*finally:*/ {
        __pyx_L14_error:;
        /*exception exit:*/{
          cy_Pyx_PyThreadState_declare;          cy_Pyx_PyThreadState_assign;          __pyx_t_13 = 0; __pyx_t_14 = 0; __pyx_t_15 = 0; __pyx_t_16 = 0; __pyx_t_17 = 0; __pyx_t_18 = 0;
           __pyx_t_10 = 0;
           __pyx_t_9 = 0;
           cy_Pyx_ExceptionSwap(&__pyx_t_16, &__pyx_t_17, &__pyx_t_18);
          if ( MP_UNLIKELY(!!(cy_Pyx_GetException(&__pyx_t_13, &__pyx_t_14, &__pyx_t_15) < 0))) cy_Pyx_ErrFetch(&__pyx_t_13, &__pyx_t_14, &__pyx_t_15);

          __pyx_t_8 = __pyx_lineno; __pyx_t_11 = __pyx_clineno; __pyx_t_12 = __pyx_filename;
          {
             __pyx_v_e = 0;
          }

          cy_Pyx_ExceptionReset(__pyx_t_16, __pyx_t_17, __pyx_t_18);

          cy_Pyx_ErrRestore(__pyx_t_13, __pyx_t_14, __pyx_t_15);
          __pyx_t_13 = 0; __pyx_t_14 = 0; __pyx_t_15 = 0; __pyx_t_16 = 0; __pyx_t_17 = 0; __pyx_t_18 = 0;
          __pyx_lineno = __pyx_t_8; __pyx_clineno = __pyx_t_11; __pyx_filename = __pyx_t_12;
          goto __pyx_L5_except_error;
        }
        __pyx_L13_return: {
          __pyx_t_18 = __pyx_r;
          __pyx_r = 0;
           __pyx_v_e = 0;
          __pyx_r = __pyx_t_18;
          __pyx_t_18 = 0;
          goto __pyx_L6_except_return;
        }
      }
    }
    goto __pyx_L5_except_error;

    /* "errors_flow.pyx":358
 *
 * def catch_dynamic(f, types):
 *     try:             # <<<<<<<<<<<<<<
 *         f()
 *     except types as e:
*/
    __pyx_L5_except_error:;

    cy_Pyx_ExceptionReset(__pyx_t_1, __pyx_t_2, __pyx_t_3);
    goto __pyx_L1_error;
    __pyx_L6_except_return:;

    cy_Pyx_ExceptionReset(__pyx_t_1, __pyx_t_2, __pyx_t_3);
    goto __pyx_L0;
    __pyx_L8_try_end:;
  }

  /* "errors_flow.pyx":362
 *     except types as e:
 *         return "caught " + type(e).__name__
 *     return "nothing"             # <<<<<<<<<<<<<<
 *
 *
*/
  {
    mp_obj_t __pyx_temp;
    {
      __pyx_temp = __pyx_r;

      __pyx_r = __pyx_n_u_nothing;
    }

  }
  goto __pyx_L0;

  /* "errors_flow.pyx":357
 *
 *
 * def catch_dynamic(f, types):             # <<<<<<<<<<<<<<
 *     try:
 *         f()
*/

  /* function exit code */
  __pyx_L1_error:;

  __pyx_traceback_0(".catch_dynamic", __pyx_lineno);
  __pyx_r = NULL;
  __pyx_L0:;

  return __pyx_r;
}

/* "errors_flow.pyx":365
 *
 *
 * def exc_info_inside(f):             # <<<<<<<<<<<<<<
 *     import sys
 *     try:
*/

/* Python wrapper */
static mp_obj_t __pyx_pw_11errors_flow_73exc_info_inside(mp_obj_t __pyx_self,

mp_obj_t const *__pyx_args, mp_int_t __pyx_nargs, mp_obj_t __pyx_kwds

); /*proto*/
static cy_PyMethodDef __pyx_mdef_11errors_flow_73exc_info_inside = {"exc_info_inside", (cy_PyCFunction)(void(*)(void))(cy_Pyx_PyCFunction_FastCallWithKeywords)__pyx_pw_11errors_flow_73exc_info_inside, cy_Pyx_METH_FASTCALL|cy_METH_KEYWORDS, 0};
static mp_obj_t __pyx_pw_11errors_flow_73exc_info_inside(mp_obj_t __pyx_self,

mp_obj_t const *__pyx_args, mp_int_t __pyx_nargs, mp_obj_t __pyx_kwds

) {
  mp_obj_t __pyx_v_f = 0;

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
&__pyx_n_u_f, 0 };
static const cy_Pyx_ArgSpec __pyx_argspec = { "exc_info_inside",
__pyx_pyargnames, 1, 1, 1, 0,
0, 0,

cy_Pyx_ARGS_EXACT|cy_Pyx_ARGS_KEYWORDS|cy_Pyx_ARGS_CLEAR };
if (MP_LIKELY(!!(!__pyx_kwds && __pyx_nargs == 1))) {
values[0] = __pyx_args[0];
} else if
(cy_Pyx_ParseArgs(&__pyx_argspec, __pyx_args,

__pyx_nargs, __pyx_kwds, values) < 0) {
do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 365; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L3_error; } while (0); }

    __pyx_v_f = values[0];
  }

  goto __pyx_L4_argument_unpacking_done;
  __pyx_L3_error:;
  for (mp_int_t __pyx_temp=0; __pyx_temp < (mp_int_t)(sizeof(values)/sizeof(values[0])); ++__pyx_temp) {

  }
  __pyx_traceback_0(".exc_info_inside", __pyx_lineno);

  return NULL;
  __pyx_L4_argument_unpacking_done:;
  __pyx_r = __pyx_pf_11errors_flow_72exc_info_inside(__pyx_self, __pyx_v_f);

  /* function exit code */
  for (mp_int_t __pyx_temp=0; __pyx_temp < (mp_int_t)(sizeof(values)/sizeof(values[0])); ++__pyx_temp) {

  }

  return __pyx_r;
}

static mp_obj_t __pyx_pf_11errors_flow_72exc_info_inside(CYTHON_UNUSED mp_obj_t __pyx_self, mp_obj_t __pyx_v_f) {
  mp_obj_t __pyx_v_sys = NULL;
  mp_obj_t __pyx_v_t = NULL;
  mp_obj_t __pyx_v_v = NULL;
  CYTHON_UNUSED mp_obj_t __pyx_v_tb = NULL;
  mp_obj_t __pyx_r = NULL;
  __Pyx_RefNannyDeclarations
  mp_obj_t __pyx_t_1 = NULL;
  mp_obj_t __pyx_t_2 = NULL;
  mp_obj_t __pyx_t_3 = NULL;
  mp_obj_t __pyx_t_4 = NULL;
  mp_obj_t __pyx_t_5 = NULL;
  mp_obj_t __pyx_t_6 = NULL;
  size_t __pyx_t_7;
  int __pyx_t_8;
  mp_obj_t __pyx_t_9 = NULL;
  mp_obj_t __pyx_t_10 = NULL;
  mp_obj_t __pyx_t_11 = NULL;
  mp_obj_t __pyx_t_12 = NULL;
  mp_obj_t __pyx_t_13 = NULL;
  mp_obj_t (*__pyx_t_14)(mp_obj_t );
  int __pyx_lineno = 0;
  const char *__pyx_filename = NULL;
  int __pyx_clineno = 0;

  /* "errors_flow.pyx":366
 *
 * def exc_info_inside(f):
 *     import sys             # <<<<<<<<<<<<<<
 *     try:
 *         f()
*/
  __pyx_t_2 = cy_Pyx_Import(__pyx_n_u_sys, 0, 0, NULL, 0); if (MP_UNLIKELY(!!(!__pyx_t_2))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 366; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);
  __pyx_t_1 = __pyx_t_2;

  __pyx_v_sys = __pyx_t_1;
  __pyx_t_1 = 0;

  /* "errors_flow.pyx":367
 * def exc_info_inside(f):
 *     import sys
 *     try:             # <<<<<<<<<<<<<<
 *         f()
 *     except Exception:
*/
  {
    cy_Pyx_PyThreadState_declare;    cy_Pyx_PyThreadState_assign;    cy_Pyx_ExceptionSave(&__pyx_t_2, &__pyx_t_3, &__pyx_t_4);

    /*try:*/ {

      /* "errors_flow.pyx":368
 *     import sys
 *     try:
 *         f()             # <<<<<<<<<<<<<<
 *     except Exception:
 *         t, v, tb = sys.exc_info()
*/
      __pyx_t_5 = NULL;

      __pyx_t_6 = __pyx_v_f;
      __pyx_t_7 = 1;

      {
        mp_obj_t __pyx_callargs[2] = {__pyx_t_5, NULL};
        __pyx_t_1 = cy_Pyx_PyObject_FastCall((mp_obj_t)__pyx_t_6, __pyx_callargs+__pyx_t_7, (1-__pyx_t_7) | (__pyx_t_7*cy_Pyx_PY_VECTORCALL_ARGUMENTS_OFFSET));
         __pyx_t_5 = 0;
         __pyx_t_6 = 0;
        if (MP_UNLIKELY(!!(!__pyx_t_1))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 368; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L3_error; } while (0);

      }
       __pyx_t_1 = 0;

      /* "errors_flow.pyx":367
 * def exc_info_inside(f):
 *     import sys
 *     try:             # <<<<<<<<<<<<<<
 *         f()
 *     except Exception:
*/
    }
     __pyx_t_2 = 0;
     __pyx_t_3 = 0;
     __pyx_t_4 = 0;
    goto __pyx_L8_try_end;
    __pyx_L3_error:;
     __pyx_t_1 = 0;
     __pyx_t_5 = 0;
     __pyx_t_6 = 0;

    /* "errors_flow.pyx":369
 *     try:
 *         f()
 *     except Exception:             # <<<<<<<<<<<<<<
 *         t, v, tb = sys.exc_info()
 *         return t.__name__, v.args
*/
    __pyx_t_8 = cy_Pyx_PyErr_ExceptionMatches(((mp_obj_t )(((cy_PyTypeObject*)MP_OBJ_FROM_PTR(&mp_type_Exception)))));
    if (__pyx_t_8) {
      __pyx_traceback_0(".exc_info_inside", __pyx_lineno);
      if (cy_Pyx_GetException(&__pyx_t_1, &__pyx_t_6, &__pyx_t_5) < 0) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 369; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L5_except_error; } while (0);

      /* "errors_flow.pyx":370
 *         f()
 *     except Exception:
 *         t, v, tb = sys.exc_info()             # <<<<<<<<<<<<<<
 *         return t.__name__, v.args
 *     return None
*/
      __pyx_t_10 = __pyx_v_sys;

      __pyx_t_7 = 0;
      {
        mp_obj_t __pyx_callargs[2] = {__pyx_t_10, NULL};
        __pyx_t_9 = cy_Pyx_PyObject_FastCallMethod((mp_obj_t)__pyx_n_u_exc_info, __pyx_callargs+__pyx_t_7, (1-__pyx_t_7) | (1*cy_Pyx_PY_VECTORCALL_ARGUMENTS_OFFSET));
         __pyx_t_10 = 0;
        if (MP_UNLIKELY(!!(!__pyx_t_9))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 370; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L5_except_error; } while (0);

      }
      if ((MP_LIKELY(!!(cy_PyTuple_CheckExact(__pyx_t_9)))) || (cy_PyList_CheckExact(__pyx_t_9))) {
        mp_obj_t sequence = __pyx_t_9;
        mp_int_t size = cy_Pyx_PySequence_SIZE(sequence);
        if (MP_UNLIKELY(!!(size != 3))) {
          if (size > 3) cy_Pyx_RaiseTooManyValuesError(3);
          else if (size >= 0) cy_Pyx_RaiseNeedMoreValuesError(size);
          do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 370; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L5_except_error; } while (0);
        }

        __pyx_t_10 = cy_Pyx_PySequence_ITEM(sequence, 0); if (MP_UNLIKELY(!!(!__pyx_t_10))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 370; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L5_except_error; } while (0);

        __pyx_t_11 = cy_Pyx_PySequence_ITEM(sequence, 1); if (MP_UNLIKELY(!!(!__pyx_t_11))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 370; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L5_except_error; } while (0);

        __pyx_t_12 = cy_Pyx_PySequence_ITEM(sequence, 2); if (MP_UNLIKELY(!!(!__pyx_t_12))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 370; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L5_except_error; } while (0);

         __pyx_t_9 = 0;
      } else {
        mp_int_t index = -1;
        __pyx_t_13 = cy_PyObject_GetIter(__pyx_t_9); if (MP_UNLIKELY(!!(!__pyx_t_13))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 370; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L5_except_error; } while (0);

         __pyx_t_9 = 0;
        __pyx_t_14 = (1) ? cy_PyIter_Next : cy_Pyx_PyObject_GetIterNextFunc(__pyx_t_13);
        index = 0; __pyx_t_10 = __pyx_t_14(__pyx_t_13); if (MP_UNLIKELY(!!(!__pyx_t_10))) goto __pyx_L11_unpacking_failed;

        index = 1; __pyx_t_11 = __pyx_t_14(__pyx_t_13); if (MP_UNLIKELY(!!(!__pyx_t_11))) goto __pyx_L11_unpacking_failed;

        index = 2; __pyx_t_12 = __pyx_t_14(__pyx_t_13); if (MP_UNLIKELY(!!(!__pyx_t_12))) goto __pyx_L11_unpacking_failed;

        if (cy_Pyx_IternextUnpackEndCheck(__pyx_t_14(__pyx_t_13), 3) < (0)) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 370; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L5_except_error; } while (0);
        __pyx_t_14 = NULL;
         __pyx_t_13 = 0;
        goto __pyx_L12_unpacking_done;
        __pyx_L11_unpacking_failed:;
         __pyx_t_13 = 0;
        __pyx_t_14 = NULL;
        if (cy_Pyx_IterFinish() == 0) cy_Pyx_RaiseNeedMoreValuesError(index);
        do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 370; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L5_except_error; } while (0);
        __pyx_L12_unpacking_done:;
      }
      __pyx_v_t = __pyx_t_10;
      __pyx_t_10 = 0;
      __pyx_v_v = __pyx_t_11;
      __pyx_t_11 = 0;
      __pyx_v_tb = __pyx_t_12;
      __pyx_t_12 = 0;

      /* "errors_flow.pyx":371
 *     except Exception:
 *         t, v, tb = sys.exc_info()
 *         return t.__name__, v.args             # <<<<<<<<<<<<<<
 *     return None
 *
*/
      __pyx_t_9 = cy_Pyx_PyObject_GetAttrStr(__pyx_v_t, __pyx_n_u_name_2); if (MP_UNLIKELY(!!(!__pyx_t_9))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 371; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L5_except_error; } while (0);

      __pyx_t_12 = cy_Pyx_PyObject_GetAttrStr(__pyx_v_v, __pyx_n_u_args); if (MP_UNLIKELY(!!(!__pyx_t_12))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 371; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L5_except_error; } while (0);

      __pyx_t_11 = cy_PyTuple_New(2); if (MP_UNLIKELY(!!(!__pyx_t_11))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 371; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L5_except_error; } while (0);

      if (cy_Pyx_PyTuple_SET_ITEM(__pyx_t_11, 0, __pyx_t_9) != (0)) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 371; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L5_except_error; } while (0);

      if (cy_Pyx_PyTuple_SET_ITEM(__pyx_t_11, 1, __pyx_t_12) != (0)) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 371; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L5_except_error; } while (0);
      __pyx_t_9 = 0;
      __pyx_t_12 = 0;
      {
        mp_obj_t __pyx_temp;
        {
          __pyx_temp = __pyx_r;
          __pyx_r = __pyx_t_11;
        }

      }
      __pyx_t_11 = 0;
       __pyx_t_1 = 0;
       __pyx_t_5 = 0;
       __pyx_t_6 = 0;
      goto __pyx_L6_except_return;
    }
    goto __pyx_L5_except_error;

    /* "errors_flow.pyx":367
 * def exc_info_inside(f):
 *     import sys
 *     try:             # <<<<<<<<<<<<<<
 *         f()
 *     except Exception:
*/
    __pyx_L5_except_error:;

    cy_Pyx_ExceptionReset(__pyx_t_2, __pyx_t_3, __pyx_t_4);
    goto __pyx_L1_error;
    __pyx_L6_except_return:;

    cy_Pyx_ExceptionReset(__pyx_t_2, __pyx_t_3, __pyx_t_4);
    goto __pyx_L0;
    __pyx_L8_try_end:;
  }

  /* "errors_flow.pyx":372
 *         t, v, tb = sys.exc_info()
 *         return t.__name__, v.args
 *     return None             # <<<<<<<<<<<<<<
 *
 *
*/
  {
    mp_obj_t __pyx_temp;
    {
      __pyx_temp = __pyx_r;
      __pyx_r = mp_const_none;
    }

  }
  goto __pyx_L0;

  /* "errors_flow.pyx":365
 *
 *
 * def exc_info_inside(f):             # <<<<<<<<<<<<<<
 *     import sys
 *     try:
*/

  /* function exit code */
  __pyx_L1_error:;

  __pyx_traceback_0(".exc_info_inside", __pyx_lineno);
  __pyx_r = NULL;
  __pyx_L0:;

  return __pyx_r;
}

/* "errors_flow.pyx":375
 *
 *
 * def assert_positive(x):             # <<<<<<<<<<<<<<
 *     assert x > 0, "not positive: %r" % (x,)
 *     return x
*/

/* Python wrapper */
static mp_obj_t __pyx_pw_11errors_flow_75assert_positive(mp_obj_t __pyx_self,

mp_obj_t const *__pyx_args, mp_int_t __pyx_nargs, mp_obj_t __pyx_kwds

); /*proto*/
static cy_PyMethodDef __pyx_mdef_11errors_flow_75assert_positive = {"assert_positive", (cy_PyCFunction)(void(*)(void))(cy_Pyx_PyCFunction_FastCallWithKeywords)__pyx_pw_11errors_flow_75assert_positive, cy_Pyx_METH_FASTCALL|cy_METH_KEYWORDS, 0};
static mp_obj_t __pyx_pw_11errors_flow_75assert_positive(mp_obj_t __pyx_self,

mp_obj_t const *__pyx_args, mp_int_t __pyx_nargs, mp_obj_t __pyx_kwds

) {
  mp_obj_t __pyx_v_x = 0;

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
&__pyx_n_u_x, 0 };
static const cy_Pyx_ArgSpec __pyx_argspec = { "assert_positive",
__pyx_pyargnames, 1, 1, 1, 0,
0, 0,

cy_Pyx_ARGS_EXACT|cy_Pyx_ARGS_KEYWORDS|cy_Pyx_ARGS_CLEAR };
if (MP_LIKELY(!!(!__pyx_kwds && __pyx_nargs == 1))) {
values[0] = __pyx_args[0];
} else if
(cy_Pyx_ParseArgs(&__pyx_argspec, __pyx_args,

__pyx_nargs, __pyx_kwds, values) < 0) {
do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 375; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L3_error; } while (0); }

    __pyx_v_x = values[0];
  }

  goto __pyx_L4_argument_unpacking_done;
  __pyx_L3_error:;
  for (mp_int_t __pyx_temp=0; __pyx_temp < (mp_int_t)(sizeof(values)/sizeof(values[0])); ++__pyx_temp) {

  }
  __pyx_traceback_0(".assert_positive", __pyx_lineno);

  return NULL;
  __pyx_L4_argument_unpacking_done:;
  __pyx_r = __pyx_pf_11errors_flow_74assert_positive(__pyx_self, __pyx_v_x);

  /* function exit code */
  for (mp_int_t __pyx_temp=0; __pyx_temp < (mp_int_t)(sizeof(values)/sizeof(values[0])); ++__pyx_temp) {

  }

  return __pyx_r;
}

static mp_obj_t __pyx_pf_11errors_flow_74assert_positive(CYTHON_UNUSED mp_obj_t __pyx_self, mp_obj_t __pyx_v_x) {
  mp_obj_t __pyx_r = NULL;
  __Pyx_RefNannyDeclarations
  int __pyx_t_1;
  mp_obj_t __pyx_t_2 = NULL;
  mp_obj_t __pyx_t_3 = NULL;
  int __pyx_lineno = 0;
  const char *__pyx_filename = NULL;
  int __pyx_clineno = 0;

  /* "errors_flow.pyx":376
 *
 * def assert_positive(x):
 *     assert x > 0, "not positive: %r" % (x,)             # <<<<<<<<<<<<<<
 *     return x
 *
*/

  if (MP_UNLIKELY(!!(cy_Pyx_assertions_enabled()))) {
    __pyx_t_1 = cy_Pyx_PyObject_CompareBoolGt_object_int(__pyx_v_x, MP_OBJ_NEW_SMALL_INT(0)         , cy_Py_GT); if (MP_UNLIKELY(!!((__pyx_t_1 < 0)))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 376; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);
    if (MP_UNLIKELY(!!(!__pyx_t_1))) {
      __pyx_t_2 = cy_Pyx_PyObject_FormatSimpleAndDecref(cy_PyObject_Repr(__pyx_v_x), __pyx_mstate_global->__pyx_empty_unicode); if (MP_UNLIKELY(!!(!__pyx_t_2))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 376; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

      __pyx_t_3 = cy_Pyx_PyUnicode_Concat(__pyx_kp_u_not_positive, __pyx_t_2); if (MP_UNLIKELY(!!(!__pyx_t_3))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 376; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

       __pyx_t_2 = 0;
      cy_Pyx_Raise(((mp_obj_t )(((cy_PyTypeObject*)MP_OBJ_FROM_PTR(&mp_type_AssertionError)))), __pyx_t_3, 0, 0);
       __pyx_t_3 = 0;
      do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 376; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);
    }

  }

  /* "errors_flow.pyx":377
 * def assert_positive(x):
 *     assert x > 0, "not positive: %r" % (x,)
 *     return x             # <<<<<<<<<<<<<<
 *
 *
*/
  {
    mp_obj_t __pyx_temp;
    {
      __pyx_temp = __pyx_r;

      __pyx_r = __pyx_v_x;
    }

  }
  goto __pyx_L0;

  /* "errors_flow.pyx":375
 *
 *
 * def assert_positive(x):             # <<<<<<<<<<<<<<
 *     assert x > 0, "not positive: %r" % (x,)
 *     return x
*/

  /* function exit code */
  __pyx_L1_error:;

  __pyx_traceback_0(".assert_positive", __pyx_lineno);
  __pyx_r = NULL;
  __pyx_L0:;

  return __pyx_r;
}

/* "errors_flow.pyx":380
 *
 *
 * def assert_plain(x):             # <<<<<<<<<<<<<<
 *     assert x
 *     return x
*/

/* Python wrapper */
static mp_obj_t __pyx_pw_11errors_flow_77assert_plain(mp_obj_t __pyx_self,

mp_obj_t const *__pyx_args, mp_int_t __pyx_nargs, mp_obj_t __pyx_kwds

); /*proto*/
static cy_PyMethodDef __pyx_mdef_11errors_flow_77assert_plain = {"assert_plain", (cy_PyCFunction)(void(*)(void))(cy_Pyx_PyCFunction_FastCallWithKeywords)__pyx_pw_11errors_flow_77assert_plain, cy_Pyx_METH_FASTCALL|cy_METH_KEYWORDS, 0};
static mp_obj_t __pyx_pw_11errors_flow_77assert_plain(mp_obj_t __pyx_self,

mp_obj_t const *__pyx_args, mp_int_t __pyx_nargs, mp_obj_t __pyx_kwds

) {
  mp_obj_t __pyx_v_x = 0;

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
&__pyx_n_u_x, 0 };
static const cy_Pyx_ArgSpec __pyx_argspec = { "assert_plain",
__pyx_pyargnames, 1, 1, 1, 0,
0, 0,

cy_Pyx_ARGS_EXACT|cy_Pyx_ARGS_KEYWORDS|cy_Pyx_ARGS_CLEAR };
if (MP_LIKELY(!!(!__pyx_kwds && __pyx_nargs == 1))) {
values[0] = __pyx_args[0];
} else if
(cy_Pyx_ParseArgs(&__pyx_argspec, __pyx_args,

__pyx_nargs, __pyx_kwds, values) < 0) {
do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 380; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L3_error; } while (0); }

    __pyx_v_x = values[0];
  }

  goto __pyx_L4_argument_unpacking_done;
  __pyx_L3_error:;
  for (mp_int_t __pyx_temp=0; __pyx_temp < (mp_int_t)(sizeof(values)/sizeof(values[0])); ++__pyx_temp) {

  }
  __pyx_traceback_0(".assert_plain", __pyx_lineno);

  return NULL;
  __pyx_L4_argument_unpacking_done:;
  __pyx_r = __pyx_pf_11errors_flow_76assert_plain(__pyx_self, __pyx_v_x);

  /* function exit code */
  for (mp_int_t __pyx_temp=0; __pyx_temp < (mp_int_t)(sizeof(values)/sizeof(values[0])); ++__pyx_temp) {

  }

  return __pyx_r;
}

static mp_obj_t __pyx_pf_11errors_flow_76assert_plain(CYTHON_UNUSED mp_obj_t __pyx_self, mp_obj_t __pyx_v_x) {
  mp_obj_t __pyx_r = NULL;
  __Pyx_RefNannyDeclarations
  int __pyx_t_1;
  int __pyx_lineno = 0;
  const char *__pyx_filename = NULL;
  int __pyx_clineno = 0;

  /* "errors_flow.pyx":381
 *
 * def assert_plain(x):
 *     assert x             # <<<<<<<<<<<<<<
 *     return x
 *
*/

  if (MP_UNLIKELY(!!(cy_Pyx_assertions_enabled()))) {
    __pyx_t_1 = cy_Pyx_PyObject_IsTrue(__pyx_v_x); if (MP_UNLIKELY(!!((__pyx_t_1 < 0)))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 381; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);
    if (MP_UNLIKELY(!!(!__pyx_t_1))) {
      cy_Pyx_Raise(((mp_obj_t )(((cy_PyTypeObject*)MP_OBJ_FROM_PTR(&mp_type_AssertionError)))), 0, 0, 0);
      do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 381; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);
    }

  }

  /* "errors_flow.pyx":382
 * def assert_plain(x):
 *     assert x
 *     return x             # <<<<<<<<<<<<<<
 *
 *
*/
  {
    mp_obj_t __pyx_temp;
    {
      __pyx_temp = __pyx_r;

      __pyx_r = __pyx_v_x;
    }

  }
  goto __pyx_L0;

  /* "errors_flow.pyx":380
 *
 *
 * def assert_plain(x):             # <<<<<<<<<<<<<<
 *     assert x
 *     return x
*/

  /* function exit code */
  __pyx_L1_error:;
  __pyx_traceback_0(".assert_plain", __pyx_lineno);
  __pyx_r = NULL;
  __pyx_L0:;

  return __pyx_r;
}

/* "errors_flow.pyx":390
 *
 * class Resource:
 *     def __init__(self, name, suppress=False):             # <<<<<<<<<<<<<<
 *         self.name = name
 *         self.suppress = suppress
*/

/* Python wrapper */
static mp_obj_t __pyx_pw_11errors_flow_8Resource_1__init__(mp_obj_t __pyx_self,

mp_obj_t const *__pyx_args, mp_int_t __pyx_nargs, mp_obj_t __pyx_kwds

); /*proto*/
static cy_PyMethodDef __pyx_mdef_11errors_flow_8Resource_1__init__ = {"__init__", (cy_PyCFunction)(void(*)(void))(cy_Pyx_PyCFunction_FastCallWithKeywords)__pyx_pw_11errors_flow_8Resource_1__init__, cy_Pyx_METH_FASTCALL|cy_METH_KEYWORDS, 0};
static mp_obj_t __pyx_pw_11errors_flow_8Resource_1__init__(mp_obj_t __pyx_self,

mp_obj_t const *__pyx_args, mp_int_t __pyx_nargs, mp_obj_t __pyx_kwds

) {
  mp_obj_t __pyx_v_self = 0;
  mp_obj_t __pyx_v_name = 0;
  mp_obj_t __pyx_v_suppress = 0;

  CYTHON_UNUSED mp_obj_t const *__pyx_kwvalues;
  mp_obj_t values[3] = {0,0,0};
  int __pyx_lineno = 0;
  const char *__pyx_filename = NULL;
  int __pyx_clineno = 0;
  mp_obj_t __pyx_r = 0;
  __Pyx_RefNannyDeclarations

  __pyx_kwvalues = cy_Pyx_KwValues_FASTCALL(__pyx_args, __pyx_nargs);
  {
static mp_obj_t * const __pyx_pyargnames[] = { &__pyx_n_u_self, &__pyx_n_u_name,
&__pyx_n_u_suppress, 0 };
static const cy_Pyx_ArgSpec __pyx_argspec = { "__init__",
__pyx_pyargnames, 3, 2, 3, 0,
0, 0, cy_Pyx_ARGS_KEYWORDS };
if
(MP_LIKELY(!!(!__pyx_kwds && __pyx_nargs >= 2 && __pyx_nargs <=
3))) {
for (mp_int_t i = 0; i <
__pyx_nargs;
i++) values[i] = __pyx_args[i];
} else if (cy_Pyx_ParseArgs(&__pyx_argspec, __pyx_args, __pyx_nargs, __pyx_kwds, values) < 0) {

do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 390; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L3_error; } while (0); }
if (!values[2]) values[2] = ((mp_obj_t )((mp_obj_t)mp_const_false));

    __pyx_v_self = values[0];
    __pyx_v_name = values[1];
    __pyx_v_suppress = values[2];
  }

  goto __pyx_L4_argument_unpacking_done;
  __pyx_L3_error:;
  for (mp_int_t __pyx_temp=0; __pyx_temp < (mp_int_t)(sizeof(values)/sizeof(values[0])); ++__pyx_temp) {

  }
  __pyx_traceback_0(".Resource.__init__", __pyx_lineno);

  return NULL;
  __pyx_L4_argument_unpacking_done:;
  __pyx_r = __pyx_pf_11errors_flow_8Resource___init__(__pyx_self, __pyx_v_self, __pyx_v_name, __pyx_v_suppress);

  /* function exit code */
  for (mp_int_t __pyx_temp=0; __pyx_temp < (mp_int_t)(sizeof(values)/sizeof(values[0])); ++__pyx_temp) {

  }

  return __pyx_r;
}

static mp_obj_t __pyx_pf_11errors_flow_8Resource___init__(CYTHON_UNUSED mp_obj_t __pyx_self, mp_obj_t __pyx_v_self, mp_obj_t __pyx_v_name, mp_obj_t __pyx_v_suppress) {
  mp_obj_t __pyx_r = NULL;
  __Pyx_RefNannyDeclarations
  int __pyx_lineno = 0;
  const char *__pyx_filename = NULL;
  int __pyx_clineno = 0;

  /* "errors_flow.pyx":391
 * class Resource:
 *     def __init__(self, name, suppress=False):
 *         self.name = name             # <<<<<<<<<<<<<<
 *         self.suppress = suppress
 *
*/
  if (cy_Pyx_PyObject_SetAttrStr(__pyx_v_self, __pyx_n_u_name, __pyx_v_name) < (0)) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 391; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

  /* "errors_flow.pyx":392
 *     def __init__(self, name, suppress=False):
 *         self.name = name
 *         self.suppress = suppress             # <<<<<<<<<<<<<<
 *
 *     def __enter__(self):
*/
  if (cy_Pyx_PyObject_SetAttrStr(__pyx_v_self, __pyx_n_u_suppress, __pyx_v_suppress) < (0)) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 392; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

  /* "errors_flow.pyx":390
 *
 * class Resource:
 *     def __init__(self, name, suppress=False):             # <<<<<<<<<<<<<<
 *         self.name = name
 *         self.suppress = suppress
*/

  /* function exit code */
  __pyx_r = mp_const_none;
  goto __pyx_L0;
  __pyx_L1_error:;
  __pyx_traceback_0(".Resource.__init__", __pyx_lineno);
  __pyx_r = NULL;
  __pyx_L0:;

  return __pyx_r;
}

/* "errors_flow.pyx":394
 *         self.suppress = suppress
 *
 *     def __enter__(self):             # <<<<<<<<<<<<<<
 *         trace.append("enter " + self.name)
 *         return self
*/

/* Python wrapper */
static mp_obj_t __pyx_pw_11errors_flow_8Resource_3__enter__(mp_obj_t __pyx_self,

mp_obj_t const *__pyx_args, mp_int_t __pyx_nargs, mp_obj_t __pyx_kwds

); /*proto*/
static cy_PyMethodDef __pyx_mdef_11errors_flow_8Resource_3__enter__ = {"__enter__", (cy_PyCFunction)(void(*)(void))(cy_Pyx_PyCFunction_FastCallWithKeywords)__pyx_pw_11errors_flow_8Resource_3__enter__, cy_Pyx_METH_FASTCALL|cy_METH_KEYWORDS, 0};
static mp_obj_t __pyx_pw_11errors_flow_8Resource_3__enter__(mp_obj_t __pyx_self,

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
static const cy_Pyx_ArgSpec __pyx_argspec = { "__enter__",
__pyx_pyargnames, 1, 1, 1, 0,
0, 0,

cy_Pyx_ARGS_EXACT|cy_Pyx_ARGS_KEYWORDS|cy_Pyx_ARGS_CLEAR };
if (MP_LIKELY(!!(!__pyx_kwds && __pyx_nargs == 1))) {
values[0] = __pyx_args[0];
} else if
(cy_Pyx_ParseArgs(&__pyx_argspec, __pyx_args,

__pyx_nargs, __pyx_kwds, values) < 0) {
do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 394; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L3_error; } while (0); }

    __pyx_v_self = values[0];
  }

  goto __pyx_L4_argument_unpacking_done;
  __pyx_L3_error:;
  for (mp_int_t __pyx_temp=0; __pyx_temp < (mp_int_t)(sizeof(values)/sizeof(values[0])); ++__pyx_temp) {

  }
  __pyx_traceback_0(".Resource.__enter__", __pyx_lineno);

  return NULL;
  __pyx_L4_argument_unpacking_done:;
  __pyx_r = __pyx_pf_11errors_flow_8Resource_2__enter__(__pyx_self, __pyx_v_self);

  /* function exit code */
  for (mp_int_t __pyx_temp=0; __pyx_temp < (mp_int_t)(sizeof(values)/sizeof(values[0])); ++__pyx_temp) {

  }

  return __pyx_r;
}

static mp_obj_t __pyx_pf_11errors_flow_8Resource_2__enter__(CYTHON_UNUSED mp_obj_t __pyx_self, mp_obj_t __pyx_v_self) {
  mp_obj_t __pyx_r = NULL;
  __Pyx_RefNannyDeclarations
  mp_obj_t __pyx_t_1 = NULL;
  mp_obj_t __pyx_t_2 = NULL;
  mp_obj_t __pyx_t_3 = NULL;
  int __pyx_t_4;
  int __pyx_lineno = 0;
  const char *__pyx_filename = NULL;
  int __pyx_clineno = 0;

  /* "errors_flow.pyx":395
 *
 *     def __enter__(self):
 *         trace.append("enter " + self.name)             # <<<<<<<<<<<<<<
 *         return self
 *
*/
  cy_Pyx_GetModuleGlobalName(__pyx_t_1, __pyx_n_u_trace); if (MP_UNLIKELY(!!(!__pyx_t_1))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 395; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

  __pyx_t_2 = cy_Pyx_PyObject_GetAttrStr(__pyx_v_self, __pyx_n_u_name); if (MP_UNLIKELY(!!(!__pyx_t_2))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 395; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

  __pyx_t_3 = cy_PyNumber_Add(__pyx_kp_u_enter, __pyx_t_2); if (MP_UNLIKELY(!!(!__pyx_t_3))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 395; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

   __pyx_t_2 = 0;
  __pyx_t_4 = cy_Pyx_PyObject_Append(__pyx_t_1, __pyx_t_3); if (MP_UNLIKELY(!!(__pyx_t_4 == ((int)-1)))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 395; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);
   __pyx_t_1 = 0;
   __pyx_t_3 = 0;

  /* "errors_flow.pyx":396
 *     def __enter__(self):
 *         trace.append("enter " + self.name)
 *         return self             # <<<<<<<<<<<<<<
 *
 *     def __exit__(self, exc_type, exc, tb):
*/
  {
    mp_obj_t __pyx_temp;
    {
      __pyx_temp = __pyx_r;

      __pyx_r = __pyx_v_self;
    }

  }
  goto __pyx_L0;

  /* "errors_flow.pyx":394
 *         self.suppress = suppress
 *
 *     def __enter__(self):             # <<<<<<<<<<<<<<
 *         trace.append("enter " + self.name)
 *         return self
*/

  /* function exit code */
  __pyx_L1_error:;

  __pyx_traceback_0(".Resource.__enter__", __pyx_lineno);
  __pyx_r = NULL;
  __pyx_L0:;

  return __pyx_r;
}

/* "errors_flow.pyx":398
 *         return self
 *
 *     def __exit__(self, exc_type, exc, tb):             # <<<<<<<<<<<<<<
 *         trace.append("exit %s %s" % (self.name, exc_type.__name__ if exc_type is not None else None))
 *         if exc is not None:
*/

/* Python wrapper */
static mp_obj_t __pyx_pw_11errors_flow_8Resource_5__exit__(mp_obj_t __pyx_self,

mp_obj_t const *__pyx_args, mp_int_t __pyx_nargs, mp_obj_t __pyx_kwds

); /*proto*/
static cy_PyMethodDef __pyx_mdef_11errors_flow_8Resource_5__exit__ = {"__exit__", (cy_PyCFunction)(void(*)(void))(cy_Pyx_PyCFunction_FastCallWithKeywords)__pyx_pw_11errors_flow_8Resource_5__exit__, cy_Pyx_METH_FASTCALL|cy_METH_KEYWORDS, 0};
static mp_obj_t __pyx_pw_11errors_flow_8Resource_5__exit__(mp_obj_t __pyx_self,

mp_obj_t const *__pyx_args, mp_int_t __pyx_nargs, mp_obj_t __pyx_kwds

) {
  mp_obj_t __pyx_v_self = 0;
  mp_obj_t __pyx_v_exc_type = 0;
  mp_obj_t __pyx_v_exc = 0;
  CYTHON_UNUSED mp_obj_t __pyx_v_tb = 0;

  CYTHON_UNUSED mp_obj_t const *__pyx_kwvalues;
  mp_obj_t values[4]            ;
  int __pyx_lineno = 0;
  const char *__pyx_filename = NULL;
  int __pyx_clineno = 0;
  mp_obj_t __pyx_r = 0;
  __Pyx_RefNannyDeclarations

  __pyx_kwvalues = cy_Pyx_KwValues_FASTCALL(__pyx_args, __pyx_nargs);
  {
static mp_obj_t * const __pyx_pyargnames[] = { &__pyx_n_u_self, &__pyx_n_u_exc_type, &__pyx_n_u_exc,
&__pyx_n_u_tb, 0 };
static const cy_Pyx_ArgSpec __pyx_argspec = { "__exit__",
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
__pyx_kwds, values) < 0) { do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 398; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L3_error; } while (0); }

    __pyx_v_self = values[0];
    __pyx_v_exc_type = values[1];
    __pyx_v_exc = values[2];
    __pyx_v_tb = values[3];
  }

  goto __pyx_L4_argument_unpacking_done;
  __pyx_L3_error:;
  for (mp_int_t __pyx_temp=0; __pyx_temp < (mp_int_t)(sizeof(values)/sizeof(values[0])); ++__pyx_temp) {

  }
  __pyx_traceback_0(".Resource.__exit__", __pyx_lineno);

  return NULL;
  __pyx_L4_argument_unpacking_done:;
  __pyx_r = __pyx_pf_11errors_flow_8Resource_4__exit__(__pyx_self, __pyx_v_self, __pyx_v_exc_type, __pyx_v_exc, __pyx_v_tb);

  /* function exit code */
  for (mp_int_t __pyx_temp=0; __pyx_temp < (mp_int_t)(sizeof(values)/sizeof(values[0])); ++__pyx_temp) {

  }

  return __pyx_r;
}

static mp_obj_t __pyx_pf_11errors_flow_8Resource_4__exit__(CYTHON_UNUSED mp_obj_t __pyx_self, mp_obj_t __pyx_v_self, mp_obj_t __pyx_v_exc_type, mp_obj_t __pyx_v_exc, CYTHON_UNUSED mp_obj_t __pyx_v_tb) {
  mp_obj_t __pyx_r = NULL;
  __Pyx_RefNannyDeclarations
  mp_obj_t __pyx_t_1 = NULL;
  mp_obj_t __pyx_t_2 = NULL;
  mp_obj_t __pyx_t_3 = NULL;
  int __pyx_t_4;
  mp_obj_t __pyx_t_5 = NULL;
  mp_obj_t __pyx_t_6[4];
  mp_int_t __pyx_t_7;
  int __pyx_t_8;
  int __pyx_t_9;
  int __pyx_lineno = 0;
  const char *__pyx_filename = NULL;
  int __pyx_clineno = 0;

  /* "errors_flow.pyx":399
 *
 *     def __exit__(self, exc_type, exc, tb):
 *         trace.append("exit %s %s" % (self.name, exc_type.__name__ if exc_type is not None else None))             # <<<<<<<<<<<<<<
 *         if exc is not None:
 *             trace.append("exit sees " + repr(exc.args))
*/
  cy_Pyx_GetModuleGlobalName(__pyx_t_1, __pyx_n_u_trace); if (MP_UNLIKELY(!!(!__pyx_t_1))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 399; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

  __pyx_t_2 = cy_Pyx_PyObject_GetAttrStr(__pyx_v_self, __pyx_n_u_name); if (MP_UNLIKELY(!!(!__pyx_t_2))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 399; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

  __pyx_t_3 = cy_Pyx_PyObject_FormatSimpleAndDecref(cy_PyObject_Str(__pyx_t_2), __pyx_mstate_global->__pyx_empty_unicode); if (MP_UNLIKELY(!!(!__pyx_t_3))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 399; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

   __pyx_t_2 = 0;
  __pyx_t_4 = (__pyx_v_exc_type != mp_const_none);
  if (__pyx_t_4) {
    __pyx_t_5 = cy_Pyx_PyObject_GetAttrStr(__pyx_v_exc_type, __pyx_n_u_name_2); if (MP_UNLIKELY(!!(!__pyx_t_5))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 399; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

    __pyx_t_2 = __pyx_t_5;
    __pyx_t_5 = 0;
  } else {

    __pyx_t_2 = mp_const_none;
  }

  __pyx_t_5 = cy_Pyx_PyObject_FormatSimpleAndDecref(cy_PyObject_Str(__pyx_t_2), __pyx_mstate_global->__pyx_empty_unicode); if (MP_UNLIKELY(!!(!__pyx_t_5))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 399; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

   __pyx_t_2 = 0;
  __pyx_t_6[0] = __pyx_kp_u_exit;
  __pyx_t_6[1] = __pyx_t_3;
  __pyx_t_6[2] = __pyx_kp_u__2;
  __pyx_t_6[3] = __pyx_t_5;
  __pyx_t_7 = 6;

  __pyx_t_8 = 0;

  __pyx_t_2 = cy_Pyx_PyUnicode_Join(__pyx_t_6, 4, __pyx_t_7, __pyx_t_8);
  if (MP_UNLIKELY(!!(!__pyx_t_2))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 399; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

   __pyx_t_3 = 0;
   __pyx_t_5 = 0;
  __pyx_t_9 = cy_Pyx_PyObject_Append(__pyx_t_1, __pyx_t_2); if (MP_UNLIKELY(!!(__pyx_t_9 == ((int)-1)))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 399; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);
   __pyx_t_1 = 0;
   __pyx_t_2 = 0;

  /* "errors_flow.pyx":400
 *     def __exit__(self, exc_type, exc, tb):
 *         trace.append("exit %s %s" % (self.name, exc_type.__name__ if exc_type is not None else None))
 *         if exc is not None:             # <<<<<<<<<<<<<<
 *             trace.append("exit sees " + repr(exc.args))
 *         return self.suppress
*/
  __pyx_t_4 = (__pyx_v_exc != mp_const_none);
  if (__pyx_t_4) {

    /* "errors_flow.pyx":401
 *         trace.append("exit %s %s" % (self.name, exc_type.__name__ if exc_type is not None else None))
 *         if exc is not None:
 *             trace.append("exit sees " + repr(exc.args))             # <<<<<<<<<<<<<<
 *         return self.suppress
 *
*/
    cy_Pyx_GetModuleGlobalName(__pyx_t_2, __pyx_n_u_trace); if (MP_UNLIKELY(!!(!__pyx_t_2))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 401; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

    __pyx_t_1 = cy_Pyx_PyObject_GetAttrStr(__pyx_v_exc, __pyx_n_u_args); if (MP_UNLIKELY(!!(!__pyx_t_1))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 401; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

    __pyx_t_5 = cy_PyObject_Repr(__pyx_t_1); if (MP_UNLIKELY(!!(!__pyx_t_5))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 401; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

     __pyx_t_1 = 0;
    __pyx_t_1 = cy_Pyx_PyUnicode_ConcatSafe(__pyx_kp_u_exit_sees, __pyx_t_5); if (MP_UNLIKELY(!!(!__pyx_t_1))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 401; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

     __pyx_t_5 = 0;
    __pyx_t_9 = cy_Pyx_PyObject_Append(__pyx_t_2, __pyx_t_1); if (MP_UNLIKELY(!!(__pyx_t_9 == ((int)-1)))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 401; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);
     __pyx_t_2 = 0;
     __pyx_t_1 = 0;

    /* "errors_flow.pyx":400
 *     def __exit__(self, exc_type, exc, tb):
 *         trace.append("exit %s %s" % (self.name, exc_type.__name__ if exc_type is not None else None))
 *         if exc is not None:             # <<<<<<<<<<<<<<
 *             trace.append("exit sees " + repr(exc.args))
 *         return self.suppress
*/
  }

  /* "errors_flow.pyx":402
 *         if exc is not None:
 *             trace.append("exit sees " + repr(exc.args))
 *         return self.suppress             # <<<<<<<<<<<<<<
 *
 *
*/
  __pyx_t_1 = cy_Pyx_PyObject_GetAttrStr(__pyx_v_self, __pyx_n_u_suppress); if (MP_UNLIKELY(!!(!__pyx_t_1))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 402; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

  {
    mp_obj_t __pyx_temp;
    {
      __pyx_temp = __pyx_r;
      __pyx_r = __pyx_t_1;
    }

  }
  __pyx_t_1 = 0;
  goto __pyx_L0;

  /* "errors_flow.pyx":398
 *         return self
 *
 *     def __exit__(self, exc_type, exc, tb):             # <<<<<<<<<<<<<<
 *         trace.append("exit %s %s" % (self.name, exc_type.__name__ if exc_type is not None else None))
 *         if exc is not None:
*/

  /* function exit code */
  __pyx_L1_error:;

  __pyx_traceback_0(".Resource.__exit__", __pyx_lineno);
  __pyx_r = NULL;
  __pyx_L0:;

  return __pyx_r;
}

/* "errors_flow.pyx":405
 *
 *
 * def with_ok():             # <<<<<<<<<<<<<<
 *     with Resource("r1") as r:
 *         trace.append("body with " + r.name)
*/

/* Python wrapper */
static mp_obj_t __pyx_pw_11errors_flow_79with_ok(mp_obj_t __pyx_self, CYTHON_UNUSED mp_obj_t unused); /*proto*/
static cy_PyMethodDef __pyx_mdef_11errors_flow_79with_ok = {"with_ok", (cy_PyCFunction)__pyx_pw_11errors_flow_79with_ok, cy_METH_NOARGS, 0};
static mp_obj_t __pyx_pw_11errors_flow_79with_ok(mp_obj_t __pyx_self, CYTHON_UNUSED mp_obj_t unused) {
  CYTHON_UNUSED mp_obj_t const *__pyx_kwvalues;
  mp_obj_t __pyx_r = 0;
  __Pyx_RefNannyDeclarations

  __pyx_kwvalues = cy_Pyx_KwValues_VARARGS(__pyx_args, __pyx_nargs);
  __pyx_r = __pyx_pf_11errors_flow_78with_ok(__pyx_self);

  /* function exit code */

  return __pyx_r;
}

static mp_obj_t __pyx_pf_11errors_flow_78with_ok(CYTHON_UNUSED mp_obj_t __pyx_self) {
  mp_obj_t __pyx_v_r = NULL;
  mp_obj_t __pyx_r = NULL;
  __Pyx_RefNannyDeclarations
  mp_obj_t __pyx_t_1 = NULL;
  mp_obj_t __pyx_t_2 = NULL;
  mp_obj_t __pyx_t_3 = NULL;
  size_t __pyx_t_4;
  mp_obj_t __pyx_t_5 = NULL;
  mp_obj_t __pyx_t_6 = NULL;
  mp_obj_t __pyx_t_7 = NULL;
  mp_obj_t __pyx_t_8 = NULL;
  mp_obj_t __pyx_t_9 = NULL;
  int __pyx_t_10;
  mp_obj_t __pyx_t_11 = NULL;
  int __pyx_t_12;
  int __pyx_t_13;
  int __pyx_lineno = 0;
  const char *__pyx_filename = NULL;
  int __pyx_clineno = 0;

  /* "errors_flow.pyx":406
 *
 * def with_ok():
 *     with Resource("r1") as r:             # <<<<<<<<<<<<<<
 *         trace.append("body with " + r.name)
 *     return "ok"
*/
  /*with:*/ {
    __pyx_t_2 = NULL;
    cy_Pyx_GetModuleGlobalName(__pyx_t_3, __pyx_n_u_Resource); if (MP_UNLIKELY(!!(!__pyx_t_3))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 406; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

    __pyx_t_4 = 1;

    {
      mp_obj_t __pyx_callargs[2] = {__pyx_t_2, __pyx_n_u_r1};
      __pyx_t_1 = cy_Pyx_PyObject_FastCall((mp_obj_t)__pyx_t_3, __pyx_callargs+__pyx_t_4, (2-__pyx_t_4) | (__pyx_t_4*cy_Pyx_PY_VECTORCALL_ARGUMENTS_OFFSET));
       __pyx_t_2 = 0;
       __pyx_t_3 = 0;
      if (MP_UNLIKELY(!!(!__pyx_t_1))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 406; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

    }
    __pyx_t_5 = cy_Pyx_PyObject_LookupSpecial(__pyx_t_1, __pyx_n_u_exit_2); if (MP_UNLIKELY(!!(!__pyx_t_5))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 406; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

    __pyx_t_2 = NULL;
    __pyx_t_6 = cy_Pyx_PyObject_LookupSpecial(__pyx_t_1, __pyx_n_u_enter_2); if (MP_UNLIKELY(!!(!__pyx_t_6))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 406; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L3_error; } while (0);

    __pyx_t_4 = 1;

    {
      mp_obj_t __pyx_callargs[2] = {__pyx_t_2, NULL};
      __pyx_t_3 = cy_Pyx_PyObject_FastCall((mp_obj_t)__pyx_t_6, __pyx_callargs+__pyx_t_4, (1-__pyx_t_4) | (__pyx_t_4*cy_Pyx_PY_VECTORCALL_ARGUMENTS_OFFSET));
       __pyx_t_2 = 0;
       __pyx_t_6 = 0;
      if (MP_UNLIKELY(!!(!__pyx_t_3))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 406; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L3_error; } while (0);

    }
    __pyx_t_6 = __pyx_t_3;
    __pyx_t_3 = 0;
     __pyx_t_1 = 0;
    /*try:*/ {
      {
        cy_Pyx_PyThreadState_declare;        cy_Pyx_PyThreadState_assign;        cy_Pyx_ExceptionSave(&__pyx_t_7, &__pyx_t_8, &__pyx_t_9);

        /*try:*/ {
          __pyx_v_r = __pyx_t_6;
          __pyx_t_6 = 0;

          /* "errors_flow.pyx":407
 * def with_ok():
 *     with Resource("r1") as r:
 *         trace.append("body with " + r.name)             # <<<<<<<<<<<<<<
 *     return "ok"
 *
*/
          cy_Pyx_GetModuleGlobalName(__pyx_t_6, __pyx_n_u_trace); if (MP_UNLIKELY(!!(!__pyx_t_6))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 407; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L7_error; } while (0);

          __pyx_t_1 = cy_Pyx_PyObject_GetAttrStr(__pyx_v_r, __pyx_n_u_name); if (MP_UNLIKELY(!!(!__pyx_t_1))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 407; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L7_error; } while (0);

          __pyx_t_3 = cy_PyNumber_Add(__pyx_kp_u_body_with, __pyx_t_1); if (MP_UNLIKELY(!!(!__pyx_t_3))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 407; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L7_error; } while (0);

           __pyx_t_1 = 0;
          __pyx_t_10 = cy_Pyx_PyObject_Append(__pyx_t_6, __pyx_t_3); if (MP_UNLIKELY(!!(__pyx_t_10 == ((int)-1)))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 407; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L7_error; } while (0);
           __pyx_t_6 = 0;
           __pyx_t_3 = 0;

          /* "errors_flow.pyx":406
 *
 * def with_ok():
 *     with Resource("r1") as r:             # <<<<<<<<<<<<<<
 *         trace.append("body with " + r.name)
 *     return "ok"
*/
        }
         __pyx_t_7 = 0;
         __pyx_t_8 = 0;
         __pyx_t_9 = 0;
        goto __pyx_L12_try_end;
        __pyx_L7_error:;
         __pyx_t_1 = 0;
         __pyx_t_2 = 0;
         __pyx_t_3 = 0;
         __pyx_t_6 = 0;
        /*except:*/ {
          __pyx_traceback_0(".with_ok", __pyx_lineno);
          if (cy_Pyx_GetException(&__pyx_t_3, &__pyx_t_6, &__pyx_t_1) < 0) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 406; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L9_except_error; } while (0);

          {
            mp_obj_t __pyx_temp[3] = {__pyx_t_3, __pyx_t_6, __pyx_t_1};
            __pyx_t_2 = cy_Pyx_PyTuple_FromArray(__pyx_temp, 3); if (MP_UNLIKELY(!!(!__pyx_t_2))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 406; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L9_except_error; } while (0);

          }
          __pyx_t_11 = cy_Pyx_PyObject_Call(__pyx_t_5, __pyx_t_2, NULL);
           __pyx_t_5 = 0;
           __pyx_t_2 = 0;
          if (MP_UNLIKELY(!!(!__pyx_t_11))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 406; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L9_except_error; } while (0);

          __pyx_t_12 = cy_Pyx_PyObject_IsTrue(__pyx_t_11);
           __pyx_t_11 = 0;
          if (__pyx_t_12 < (0)) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 406; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L9_except_error; } while (0);
          __pyx_t_13 = (!__pyx_t_12);

          if (MP_UNLIKELY(!!(__pyx_t_13))) {

            cy_Pyx_ErrRestoreWithState(__pyx_t_3, __pyx_t_6, __pyx_t_1);
            __pyx_t_3 = 0;  __pyx_t_6 = 0;  __pyx_t_1 = 0;
            do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 406; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L9_except_error; } while (0);
          }
           __pyx_t_3 = 0;
           __pyx_t_6 = 0;
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
        if (__pyx_t_5) {
          __pyx_t_9 = cy_Pyx_PyObject_Call(__pyx_t_5, __pyx_mstate_global->__pyx_tuple[1], NULL);
           __pyx_t_5 = 0;
          if (MP_UNLIKELY(!!(!__pyx_t_9))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 406; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

           __pyx_t_9 = 0;
        }
        goto __pyx_L6;
      }
      __pyx_L6:;
    }
    goto __pyx_L16;
    __pyx_L3_error:;
     __pyx_t_5 = 0;
    goto __pyx_L1_error;
    __pyx_L16:;
  }

  /* "errors_flow.pyx":408
 *     with Resource("r1") as r:
 *         trace.append("body with " + r.name)
 *     return "ok"             # <<<<<<<<<<<<<<
 *
 *
*/
  {
    mp_obj_t __pyx_temp;
    {
      __pyx_temp = __pyx_r;

      __pyx_r = __pyx_n_u_ok;
    }

  }
  goto __pyx_L0;

  /* "errors_flow.pyx":405
 *
 *
 * def with_ok():             # <<<<<<<<<<<<<<
 *     with Resource("r1") as r:
 *         trace.append("body with " + r.name)
*/

  /* function exit code */
  __pyx_L1_error:;

  __pyx_traceback_0(".with_ok", __pyx_lineno);
  __pyx_r = NULL;
  __pyx_L0:;

  return __pyx_r;
}

/* "errors_flow.pyx":411
 *
 *
 * def with_raises(suppress):             # <<<<<<<<<<<<<<
 *     with Resource("r2", suppress):
 *         trace.append("body raising")
*/

/* Python wrapper */
static mp_obj_t __pyx_pw_11errors_flow_81with_raises(mp_obj_t __pyx_self,

mp_obj_t const *__pyx_args, mp_int_t __pyx_nargs, mp_obj_t __pyx_kwds

); /*proto*/
static cy_PyMethodDef __pyx_mdef_11errors_flow_81with_raises = {"with_raises", (cy_PyCFunction)(void(*)(void))(cy_Pyx_PyCFunction_FastCallWithKeywords)__pyx_pw_11errors_flow_81with_raises, cy_Pyx_METH_FASTCALL|cy_METH_KEYWORDS, 0};
static mp_obj_t __pyx_pw_11errors_flow_81with_raises(mp_obj_t __pyx_self,

mp_obj_t const *__pyx_args, mp_int_t __pyx_nargs, mp_obj_t __pyx_kwds

) {
  mp_obj_t __pyx_v_suppress = 0;

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
&__pyx_n_u_suppress, 0 };
static const cy_Pyx_ArgSpec __pyx_argspec = { "with_raises",
__pyx_pyargnames, 1, 1, 1, 0,
0, 0,

cy_Pyx_ARGS_EXACT|cy_Pyx_ARGS_KEYWORDS|cy_Pyx_ARGS_CLEAR };
if (MP_LIKELY(!!(!__pyx_kwds && __pyx_nargs == 1))) {
values[0] = __pyx_args[0];
} else if
(cy_Pyx_ParseArgs(&__pyx_argspec, __pyx_args,

__pyx_nargs, __pyx_kwds, values) < 0) {
do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 411; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L3_error; } while (0); }

    __pyx_v_suppress = values[0];
  }

  goto __pyx_L4_argument_unpacking_done;
  __pyx_L3_error:;
  for (mp_int_t __pyx_temp=0; __pyx_temp < (mp_int_t)(sizeof(values)/sizeof(values[0])); ++__pyx_temp) {

  }
  __pyx_traceback_0(".with_raises", __pyx_lineno);

  return NULL;
  __pyx_L4_argument_unpacking_done:;
  __pyx_r = __pyx_pf_11errors_flow_80with_raises(__pyx_self, __pyx_v_suppress);

  /* function exit code */
  for (mp_int_t __pyx_temp=0; __pyx_temp < (mp_int_t)(sizeof(values)/sizeof(values[0])); ++__pyx_temp) {

  }

  return __pyx_r;
}

static mp_obj_t __pyx_pf_11errors_flow_80with_raises(CYTHON_UNUSED mp_obj_t __pyx_self, mp_obj_t __pyx_v_suppress) {
  mp_obj_t __pyx_r = NULL;
  __Pyx_RefNannyDeclarations
  mp_obj_t __pyx_t_1 = NULL;
  mp_obj_t __pyx_t_2 = NULL;
  mp_obj_t __pyx_t_3 = NULL;
  size_t __pyx_t_4;
  mp_obj_t __pyx_t_5 = NULL;
  mp_obj_t __pyx_t_6 = NULL;
  mp_obj_t __pyx_t_7 = NULL;
  mp_obj_t __pyx_t_8 = NULL;
  mp_obj_t __pyx_t_9 = NULL;
  int __pyx_t_10;
  mp_obj_t __pyx_t_11 = NULL;
  int __pyx_t_12;
  int __pyx_t_13;
  int __pyx_lineno = 0;
  const char *__pyx_filename = NULL;
  int __pyx_clineno = 0;

  /* "errors_flow.pyx":412
 *
 * def with_raises(suppress):
 *     with Resource("r2", suppress):             # <<<<<<<<<<<<<<
 *         trace.append("body raising")
 *         raise ValueError("in with body")
*/
  /*with:*/ {
    __pyx_t_2 = NULL;
    cy_Pyx_GetModuleGlobalName(__pyx_t_3, __pyx_n_u_Resource); if (MP_UNLIKELY(!!(!__pyx_t_3))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 412; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

    __pyx_t_4 = 1;

    {
      mp_obj_t __pyx_callargs[3] = {__pyx_t_2, __pyx_n_u_r2, __pyx_v_suppress};
      __pyx_t_1 = cy_Pyx_PyObject_FastCall((mp_obj_t)__pyx_t_3, __pyx_callargs+__pyx_t_4, (3-__pyx_t_4) | (__pyx_t_4*cy_Pyx_PY_VECTORCALL_ARGUMENTS_OFFSET));
       __pyx_t_2 = 0;
       __pyx_t_3 = 0;
      if (MP_UNLIKELY(!!(!__pyx_t_1))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 412; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

    }
    __pyx_t_5 = cy_Pyx_PyObject_LookupSpecial(__pyx_t_1, __pyx_n_u_exit_2); if (MP_UNLIKELY(!!(!__pyx_t_5))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 412; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

    __pyx_t_2 = NULL;
    __pyx_t_6 = cy_Pyx_PyObject_LookupSpecial(__pyx_t_1, __pyx_n_u_enter_2); if (MP_UNLIKELY(!!(!__pyx_t_6))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 412; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L3_error; } while (0);

    __pyx_t_4 = 1;

    {
      mp_obj_t __pyx_callargs[2] = {__pyx_t_2, NULL};
      __pyx_t_3 = cy_Pyx_PyObject_FastCall((mp_obj_t)__pyx_t_6, __pyx_callargs+__pyx_t_4, (1-__pyx_t_4) | (__pyx_t_4*cy_Pyx_PY_VECTORCALL_ARGUMENTS_OFFSET));
       __pyx_t_2 = 0;
       __pyx_t_6 = 0;
      if (MP_UNLIKELY(!!(!__pyx_t_3))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 412; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L3_error; } while (0);

    }
     __pyx_t_3 = 0;
     __pyx_t_1 = 0;
    /*try:*/ {
      {
        cy_Pyx_PyThreadState_declare;        cy_Pyx_PyThreadState_assign;        cy_Pyx_ExceptionSave(&__pyx_t_7, &__pyx_t_8, &__pyx_t_9);

        /*try:*/ {

          /* "errors_flow.pyx":413
 * def with_raises(suppress):
 *     with Resource("r2", suppress):
 *         trace.append("body raising")             # <<<<<<<<<<<<<<
 *         raise ValueError("in with body")
 *     return "after with"
*/
          cy_Pyx_GetModuleGlobalName(__pyx_t_1, __pyx_n_u_trace); if (MP_UNLIKELY(!!(!__pyx_t_1))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 413; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L7_error; } while (0);

          __pyx_t_10 = cy_Pyx_PyObject_Append(__pyx_t_1, __pyx_kp_u_body_raising); if (MP_UNLIKELY(!!(__pyx_t_10 == ((int)-1)))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 413; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L7_error; } while (0);
           __pyx_t_1 = 0;

          /* "errors_flow.pyx":414
 *     with Resource("r2", suppress):
 *         trace.append("body raising")
 *         raise ValueError("in with body")             # <<<<<<<<<<<<<<
 *     return "after with"
 *
*/
          __pyx_t_3 = NULL;
          __pyx_t_4 = 1;
          {
            mp_obj_t __pyx_callargs[2] = {__pyx_t_3, __pyx_kp_u_in_with_body};
            __pyx_t_1 = cy_Pyx_PyObject_FastCall((mp_obj_t)(((cy_PyTypeObject*)MP_OBJ_FROM_PTR(&mp_type_ValueError))), __pyx_callargs+__pyx_t_4, (2-__pyx_t_4) | (__pyx_t_4*cy_Pyx_PY_VECTORCALL_ARGUMENTS_OFFSET));
             __pyx_t_3 = 0;
            if (MP_UNLIKELY(!!(!__pyx_t_1))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 414; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L7_error; } while (0);

          }
          cy_Pyx_Raise(__pyx_t_1, 0, 0, 0);
           __pyx_t_1 = 0;
          do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 414; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L7_error; } while (0);

          /* "errors_flow.pyx":412
 *
 * def with_raises(suppress):
 *     with Resource("r2", suppress):             # <<<<<<<<<<<<<<
 *         trace.append("body raising")
 *         raise ValueError("in with body")
*/
        }
        __pyx_L7_error:;
         __pyx_t_1 = 0;
         __pyx_t_2 = 0;
         __pyx_t_3 = 0;
         __pyx_t_6 = 0;
        /*except:*/ {
          __pyx_traceback_0(".with_raises", __pyx_lineno);
          if (cy_Pyx_GetException(&__pyx_t_1, &__pyx_t_3, &__pyx_t_6) < 0) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 412; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L9_except_error; } while (0);

          {
            mp_obj_t __pyx_temp[3] = {__pyx_t_1, __pyx_t_3, __pyx_t_6};
            __pyx_t_2 = cy_Pyx_PyTuple_FromArray(__pyx_temp, 3); if (MP_UNLIKELY(!!(!__pyx_t_2))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 412; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L9_except_error; } while (0);

          }
          __pyx_t_11 = cy_Pyx_PyObject_Call(__pyx_t_5, __pyx_t_2, NULL);
           __pyx_t_5 = 0;
           __pyx_t_2 = 0;
          if (MP_UNLIKELY(!!(!__pyx_t_11))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 412; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L9_except_error; } while (0);

          __pyx_t_12 = cy_Pyx_PyObject_IsTrue(__pyx_t_11);
           __pyx_t_11 = 0;
          if (__pyx_t_12 < (0)) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 412; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L9_except_error; } while (0);
          __pyx_t_13 = (!__pyx_t_12);

          if (MP_UNLIKELY(!!(__pyx_t_13))) {

            cy_Pyx_ErrRestoreWithState(__pyx_t_1, __pyx_t_3, __pyx_t_6);
            __pyx_t_1 = 0;  __pyx_t_3 = 0;  __pyx_t_6 = 0;
            do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 412; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L9_except_error; } while (0);
          }
           __pyx_t_1 = 0;
           __pyx_t_3 = 0;
           __pyx_t_6 = 0;
          goto __pyx_L8_exception_handled;
        }
        __pyx_L9_except_error:;

        cy_Pyx_ExceptionReset(__pyx_t_7, __pyx_t_8, __pyx_t_9);
        goto __pyx_L1_error;
        __pyx_L8_exception_handled:;

        cy_Pyx_ExceptionReset(__pyx_t_7, __pyx_t_8, __pyx_t_9);
      }
    }
    /*finally:*/ {
      /*normal exit:*/{
        if (__pyx_t_5) {
          __pyx_t_9 = cy_Pyx_PyObject_Call(__pyx_t_5, __pyx_mstate_global->__pyx_tuple[1], NULL);
           __pyx_t_5 = 0;
          if (MP_UNLIKELY(!!(!__pyx_t_9))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 412; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

           __pyx_t_9 = 0;
        }
        goto __pyx_L6;
      }
      __pyx_L6:;
    }
    goto __pyx_L16;
    __pyx_L3_error:;
     __pyx_t_5 = 0;
    goto __pyx_L1_error;
    __pyx_L16:;
  }

  /* "errors_flow.pyx":415
 *         trace.append("body raising")
 *         raise ValueError("in with body")
 *     return "after with"             # <<<<<<<<<<<<<<
 *
 *
*/
  {
    mp_obj_t __pyx_temp;
    {
      __pyx_temp = __pyx_r;

      __pyx_r = __pyx_kp_u_after_with;
    }

  }
  goto __pyx_L0;

  /* "errors_flow.pyx":411
 *
 *
 * def with_raises(suppress):             # <<<<<<<<<<<<<<
 *     with Resource("r2", suppress):
 *         trace.append("body raising")
*/

  /* function exit code */
  __pyx_L1_error:;

  __pyx_traceback_0(".with_raises", __pyx_lineno);
  __pyx_r = NULL;
  __pyx_L0:;

  return __pyx_r;
}

/* "errors_flow.pyx":418
 *
 *
 * def with_nested():             # <<<<<<<<<<<<<<
 *     with Resource("outer"), Resource("inner", True):
 *         raise KeyError("swallowed by inner")
*/

/* Python wrapper */
static mp_obj_t __pyx_pw_11errors_flow_83with_nested(mp_obj_t __pyx_self, CYTHON_UNUSED mp_obj_t unused); /*proto*/
static cy_PyMethodDef __pyx_mdef_11errors_flow_83with_nested = {"with_nested", (cy_PyCFunction)__pyx_pw_11errors_flow_83with_nested, cy_METH_NOARGS, 0};
static mp_obj_t __pyx_pw_11errors_flow_83with_nested(mp_obj_t __pyx_self, CYTHON_UNUSED mp_obj_t unused) {
  CYTHON_UNUSED mp_obj_t const *__pyx_kwvalues;
  mp_obj_t __pyx_r = 0;
  __Pyx_RefNannyDeclarations

  __pyx_kwvalues = cy_Pyx_KwValues_VARARGS(__pyx_args, __pyx_nargs);
  __pyx_r = __pyx_pf_11errors_flow_82with_nested(__pyx_self);

  /* function exit code */

  return __pyx_r;
}

static mp_obj_t __pyx_pf_11errors_flow_82with_nested(CYTHON_UNUSED mp_obj_t __pyx_self) {
  mp_obj_t __pyx_r = NULL;
  __Pyx_RefNannyDeclarations
  mp_obj_t __pyx_t_1 = NULL;
  mp_obj_t __pyx_t_2 = NULL;
  mp_obj_t __pyx_t_3 = NULL;
  size_t __pyx_t_4;
  mp_obj_t __pyx_t_5 = NULL;
  mp_obj_t __pyx_t_6 = NULL;
  mp_obj_t __pyx_t_7 = NULL;
  mp_obj_t __pyx_t_8 = NULL;
  mp_obj_t __pyx_t_9 = NULL;
  mp_obj_t __pyx_t_10 = NULL;
  mp_obj_t __pyx_t_11 = NULL;
  mp_obj_t __pyx_t_12 = NULL;
  mp_obj_t __pyx_t_13 = NULL;
  mp_obj_t __pyx_t_14 = NULL;
  int __pyx_t_15;
  int __pyx_t_16;
  int __pyx_lineno = 0;
  const char *__pyx_filename = NULL;
  int __pyx_clineno = 0;

  /* "errors_flow.pyx":419
 *
 * def with_nested():
 *     with Resource("outer"), Resource("inner", True):             # <<<<<<<<<<<<<<
 *         raise KeyError("swallowed by inner")
 *     with Resource("outer2"):
*/
  /*with:*/ {
    __pyx_t_2 = NULL;
    cy_Pyx_GetModuleGlobalName(__pyx_t_3, __pyx_n_u_Resource); if (MP_UNLIKELY(!!(!__pyx_t_3))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 419; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

    __pyx_t_4 = 1;

    {
      mp_obj_t __pyx_callargs[2] = {__pyx_t_2, __pyx_n_u_outer};
      __pyx_t_1 = cy_Pyx_PyObject_FastCall((mp_obj_t)__pyx_t_3, __pyx_callargs+__pyx_t_4, (2-__pyx_t_4) | (__pyx_t_4*cy_Pyx_PY_VECTORCALL_ARGUMENTS_OFFSET));
       __pyx_t_2 = 0;
       __pyx_t_3 = 0;
      if (MP_UNLIKELY(!!(!__pyx_t_1))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 419; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

    }
    __pyx_t_5 = cy_Pyx_PyObject_LookupSpecial(__pyx_t_1, __pyx_n_u_exit_2); if (MP_UNLIKELY(!!(!__pyx_t_5))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 419; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

    __pyx_t_2 = NULL;
    __pyx_t_6 = cy_Pyx_PyObject_LookupSpecial(__pyx_t_1, __pyx_n_u_enter_2); if (MP_UNLIKELY(!!(!__pyx_t_6))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 419; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L3_error; } while (0);

    __pyx_t_4 = 1;

    {
      mp_obj_t __pyx_callargs[2] = {__pyx_t_2, NULL};
      __pyx_t_3 = cy_Pyx_PyObject_FastCall((mp_obj_t)__pyx_t_6, __pyx_callargs+__pyx_t_4, (1-__pyx_t_4) | (__pyx_t_4*cy_Pyx_PY_VECTORCALL_ARGUMENTS_OFFSET));
       __pyx_t_2 = 0;
       __pyx_t_6 = 0;
      if (MP_UNLIKELY(!!(!__pyx_t_3))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 419; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L3_error; } while (0);

    }
     __pyx_t_3 = 0;
     __pyx_t_1 = 0;
    /*try:*/ {
      {
        cy_Pyx_PyThreadState_declare;        cy_Pyx_PyThreadState_assign;        cy_Pyx_ExceptionSave(&__pyx_t_7, &__pyx_t_8, &__pyx_t_9);

        /*try:*/ {
          /*with:*/ {
            cy_Pyx_GetModuleGlobalName(__pyx_t_1, __pyx_n_u_Resource); if (MP_UNLIKELY(!!(!__pyx_t_1))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 419; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L7_error; } while (0);

            __pyx_t_3 = cy_Pyx_PyObject_Call(__pyx_t_1, __pyx_mstate_global->__pyx_tuple[2], NULL); if (MP_UNLIKELY(!!(!__pyx_t_3))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 419; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L7_error; } while (0);

             __pyx_t_1 = 0;
            __pyx_t_10 = cy_Pyx_PyObject_LookupSpecial(__pyx_t_3, __pyx_n_u_exit_2); if (MP_UNLIKELY(!!(!__pyx_t_10))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 419; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L7_error; } while (0);

            __pyx_t_6 = NULL;
            __pyx_t_2 = cy_Pyx_PyObject_LookupSpecial(__pyx_t_3, __pyx_n_u_enter_2); if (MP_UNLIKELY(!!(!__pyx_t_2))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 419; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L13_error; } while (0);

            __pyx_t_4 = 1;

            {
              mp_obj_t __pyx_callargs[2] = {__pyx_t_6, NULL};
              __pyx_t_1 = cy_Pyx_PyObject_FastCall((mp_obj_t)__pyx_t_2, __pyx_callargs+__pyx_t_4, (1-__pyx_t_4) | (__pyx_t_4*cy_Pyx_PY_VECTORCALL_ARGUMENTS_OFFSET));
               __pyx_t_6 = 0;
               __pyx_t_2 = 0;
              if (MP_UNLIKELY(!!(!__pyx_t_1))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 419; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L13_error; } while (0);

            }
             __pyx_t_1 = 0;
             __pyx_t_3 = 0;
            /*try:*/ {
              {
                cy_Pyx_PyThreadState_declare;                cy_Pyx_PyThreadState_assign;                cy_Pyx_ExceptionSave(&__pyx_t_11, &__pyx_t_12, &__pyx_t_13);

                /*try:*/ {

                  /* "errors_flow.pyx":420
 * def with_nested():
 *     with Resource("outer"), Resource("inner", True):
 *         raise KeyError("swallowed by inner")             # <<<<<<<<<<<<<<
 *     with Resource("outer2"):
 *         with Resource("inner2"):
*/
                  __pyx_t_1 = NULL;
                  __pyx_t_4 = 1;
                  {
                    mp_obj_t __pyx_callargs[2] = {__pyx_t_1, __pyx_kp_u_swallowed_by_inner};
                    __pyx_t_3 = cy_Pyx_PyObject_FastCall((mp_obj_t)(((cy_PyTypeObject*)MP_OBJ_FROM_PTR(&mp_type_KeyError))), __pyx_callargs+__pyx_t_4, (2-__pyx_t_4) | (__pyx_t_4*cy_Pyx_PY_VECTORCALL_ARGUMENTS_OFFSET));
                     __pyx_t_1 = 0;
                    if (MP_UNLIKELY(!!(!__pyx_t_3))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 420; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L17_error; } while (0);

                  }
                  cy_Pyx_Raise(__pyx_t_3, 0, 0, 0);
                   __pyx_t_3 = 0;
                  do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 420; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L17_error; } while (0);

                  /* "errors_flow.pyx":419
 *
 * def with_nested():
 *     with Resource("outer"), Resource("inner", True):             # <<<<<<<<<<<<<<
 *         raise KeyError("swallowed by inner")
 *     with Resource("outer2"):
*/
                }
                __pyx_L17_error:;
                 __pyx_t_1 = 0;
                 __pyx_t_2 = 0;
                 __pyx_t_3 = 0;
                 __pyx_t_6 = 0;
                /*except:*/ {
                  __pyx_traceback_0(".with_nested", __pyx_lineno);
                  if (cy_Pyx_GetException(&__pyx_t_3, &__pyx_t_1, &__pyx_t_2) < 0) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 419; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L19_except_error; } while (0);

                  {
                    mp_obj_t __pyx_temp[3] = {__pyx_t_3, __pyx_t_1, __pyx_t_2};
                    __pyx_t_6 = cy_Pyx_PyTuple_FromArray(__pyx_temp, 3); if (MP_UNLIKELY(!!(!__pyx_t_6))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 419; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L19_except_error; } while (0);

                  }
                  __pyx_t_14 = cy_Pyx_PyObject_Call(__pyx_t_10, __pyx_t_6, NULL);
                   __pyx_t_10 = 0;
                   __pyx_t_6 = 0;
                  if (MP_UNLIKELY(!!(!__pyx_t_14))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 419; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L19_except_error; } while (0);

                  __pyx_t_15 = cy_Pyx_PyObject_IsTrue(__pyx_t_14);
                   __pyx_t_14 = 0;
                  if (__pyx_t_15 < (0)) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 419; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L19_except_error; } while (0);
                  __pyx_t_16 = (!__pyx_t_15);

                  if (MP_UNLIKELY(!!(__pyx_t_16))) {

                    cy_Pyx_ErrRestoreWithState(__pyx_t_3, __pyx_t_1, __pyx_t_2);
                    __pyx_t_3 = 0;  __pyx_t_1 = 0;  __pyx_t_2 = 0;
                    do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 419; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L19_except_error; } while (0);
                  }
                   __pyx_t_3 = 0;
                   __pyx_t_1 = 0;
                   __pyx_t_2 = 0;
                  goto __pyx_L18_exception_handled;
                }
                __pyx_L19_except_error:;

                cy_Pyx_ExceptionReset(__pyx_t_11, __pyx_t_12, __pyx_t_13);
                goto __pyx_L7_error;
                __pyx_L18_exception_handled:;

                cy_Pyx_ExceptionReset(__pyx_t_11, __pyx_t_12, __pyx_t_13);
              }
            }
            /*finally:*/ {
              /*normal exit:*/{
                if (__pyx_t_10) {
                  __pyx_t_13 = cy_Pyx_PyObject_Call(__pyx_t_10, __pyx_mstate_global->__pyx_tuple[1], NULL);
                   __pyx_t_10 = 0;
                  if (MP_UNLIKELY(!!(!__pyx_t_13))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 419; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L7_error; } while (0);

                   __pyx_t_13 = 0;
                }
                goto __pyx_L16;
              }
              __pyx_L16:;
            }
            goto __pyx_L26;
            __pyx_L13_error:;
             __pyx_t_10 = 0;
            goto __pyx_L7_error;
            __pyx_L26:;
          }
        }
         __pyx_t_7 = 0;
         __pyx_t_8 = 0;
         __pyx_t_9 = 0;
        goto __pyx_L12_try_end;
        __pyx_L7_error:;
         __pyx_t_1 = 0;
         __pyx_t_2 = 0;
         __pyx_t_3 = 0;
         __pyx_t_6 = 0;
        /*except:*/ {
          __pyx_traceback_0(".with_nested", __pyx_lineno);
          if (cy_Pyx_GetException(&__pyx_t_2, &__pyx_t_1, &__pyx_t_3) < 0) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 419; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L9_except_error; } while (0);

          {
            mp_obj_t __pyx_temp[3] = {__pyx_t_2, __pyx_t_1, __pyx_t_3};
            __pyx_t_6 = cy_Pyx_PyTuple_FromArray(__pyx_temp, 3); if (MP_UNLIKELY(!!(!__pyx_t_6))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 419; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L9_except_error; } while (0);

          }
          __pyx_t_10 = cy_Pyx_PyObject_Call(__pyx_t_5, __pyx_t_6, NULL);
           __pyx_t_5 = 0;
           __pyx_t_6 = 0;
          if (MP_UNLIKELY(!!(!__pyx_t_10))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 419; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L9_except_error; } while (0);

          __pyx_t_16 = cy_Pyx_PyObject_IsTrue(__pyx_t_10);
           __pyx_t_10 = 0;
          if (__pyx_t_16 < (0)) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 419; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L9_except_error; } while (0);
          __pyx_t_15 = (!__pyx_t_16);

          if (MP_UNLIKELY(!!(__pyx_t_15))) {

            cy_Pyx_ErrRestoreWithState(__pyx_t_2, __pyx_t_1, __pyx_t_3);
            __pyx_t_2 = 0;  __pyx_t_1 = 0;  __pyx_t_3 = 0;
            do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 419; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L9_except_error; } while (0);
          }
           __pyx_t_2 = 0;
           __pyx_t_1 = 0;
           __pyx_t_3 = 0;
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
        if (__pyx_t_5) {
          __pyx_t_9 = cy_Pyx_PyObject_Call(__pyx_t_5, __pyx_mstate_global->__pyx_tuple[1], NULL);
           __pyx_t_5 = 0;
          if (MP_UNLIKELY(!!(!__pyx_t_9))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 419; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

           __pyx_t_9 = 0;
        }
        goto __pyx_L6;
      }
      __pyx_L6:;
    }
    goto __pyx_L30;
    __pyx_L3_error:;
     __pyx_t_5 = 0;
    goto __pyx_L1_error;
    __pyx_L30:;
  }

  /* "errors_flow.pyx":421
 *     with Resource("outer"), Resource("inner", True):
 *         raise KeyError("swallowed by inner")
 *     with Resource("outer2"):             # <<<<<<<<<<<<<<
 *         with Resource("inner2"):
 *             raise TypeError("reaches the caller")
*/
  /*with:*/ {
    __pyx_t_1 = NULL;
    cy_Pyx_GetModuleGlobalName(__pyx_t_2, __pyx_n_u_Resource); if (MP_UNLIKELY(!!(!__pyx_t_2))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 421; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

    __pyx_t_4 = 1;

    {
      mp_obj_t __pyx_callargs[2] = {__pyx_t_1, __pyx_n_u_outer2};
      __pyx_t_3 = cy_Pyx_PyObject_FastCall((mp_obj_t)__pyx_t_2, __pyx_callargs+__pyx_t_4, (2-__pyx_t_4) | (__pyx_t_4*cy_Pyx_PY_VECTORCALL_ARGUMENTS_OFFSET));
       __pyx_t_1 = 0;
       __pyx_t_2 = 0;
      if (MP_UNLIKELY(!!(!__pyx_t_3))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 421; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

    }
    __pyx_t_5 = cy_Pyx_PyObject_LookupSpecial(__pyx_t_3, __pyx_n_u_exit_2); if (MP_UNLIKELY(!!(!__pyx_t_5))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 421; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

    __pyx_t_1 = NULL;
    __pyx_t_6 = cy_Pyx_PyObject_LookupSpecial(__pyx_t_3, __pyx_n_u_enter_2); if (MP_UNLIKELY(!!(!__pyx_t_6))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 421; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L31_error; } while (0);

    __pyx_t_4 = 1;

    {
      mp_obj_t __pyx_callargs[2] = {__pyx_t_1, NULL};
      __pyx_t_2 = cy_Pyx_PyObject_FastCall((mp_obj_t)__pyx_t_6, __pyx_callargs+__pyx_t_4, (1-__pyx_t_4) | (__pyx_t_4*cy_Pyx_PY_VECTORCALL_ARGUMENTS_OFFSET));
       __pyx_t_1 = 0;
       __pyx_t_6 = 0;
      if (MP_UNLIKELY(!!(!__pyx_t_2))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 421; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L31_error; } while (0);

    }
     __pyx_t_2 = 0;
     __pyx_t_3 = 0;
    /*try:*/ {
      {
        cy_Pyx_PyThreadState_declare;        cy_Pyx_PyThreadState_assign;        cy_Pyx_ExceptionSave(&__pyx_t_9, &__pyx_t_8, &__pyx_t_7);

        /*try:*/ {

          /* "errors_flow.pyx":422
 *         raise KeyError("swallowed by inner")
 *     with Resource("outer2"):
 *         with Resource("inner2"):             # <<<<<<<<<<<<<<
 *             raise TypeError("reaches the caller")
 *
*/
          /*with:*/ {
            __pyx_t_2 = NULL;
            cy_Pyx_GetModuleGlobalName(__pyx_t_6, __pyx_n_u_Resource); if (MP_UNLIKELY(!!(!__pyx_t_6))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 422; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L35_error; } while (0);

            __pyx_t_4 = 1;

            {
              mp_obj_t __pyx_callargs[2] = {__pyx_t_2, __pyx_n_u_inner2};
              __pyx_t_3 = cy_Pyx_PyObject_FastCall((mp_obj_t)__pyx_t_6, __pyx_callargs+__pyx_t_4, (2-__pyx_t_4) | (__pyx_t_4*cy_Pyx_PY_VECTORCALL_ARGUMENTS_OFFSET));
               __pyx_t_2 = 0;
               __pyx_t_6 = 0;
              if (MP_UNLIKELY(!!(!__pyx_t_3))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 422; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L35_error; } while (0);

            }
            __pyx_t_10 = cy_Pyx_PyObject_LookupSpecial(__pyx_t_3, __pyx_n_u_exit_2); if (MP_UNLIKELY(!!(!__pyx_t_10))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 422; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L35_error; } while (0);

            __pyx_t_2 = NULL;
            __pyx_t_1 = cy_Pyx_PyObject_LookupSpecial(__pyx_t_3, __pyx_n_u_enter_2); if (MP_UNLIKELY(!!(!__pyx_t_1))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 422; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L41_error; } while (0);

            __pyx_t_4 = 1;

            {
              mp_obj_t __pyx_callargs[2] = {__pyx_t_2, NULL};
              __pyx_t_6 = cy_Pyx_PyObject_FastCall((mp_obj_t)__pyx_t_1, __pyx_callargs+__pyx_t_4, (1-__pyx_t_4) | (__pyx_t_4*cy_Pyx_PY_VECTORCALL_ARGUMENTS_OFFSET));
               __pyx_t_2 = 0;
               __pyx_t_1 = 0;
              if (MP_UNLIKELY(!!(!__pyx_t_6))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 422; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L41_error; } while (0);

            }
             __pyx_t_6 = 0;
             __pyx_t_3 = 0;
            /*try:*/ {
              {
                cy_Pyx_PyThreadState_declare;                cy_Pyx_PyThreadState_assign;                cy_Pyx_ExceptionSave(&__pyx_t_13, &__pyx_t_12, &__pyx_t_11);

                /*try:*/ {

                  /* "errors_flow.pyx":423
 *     with Resource("outer2"):
 *         with Resource("inner2"):
 *             raise TypeError("reaches the caller")             # <<<<<<<<<<<<<<
 *
 *
*/
                  __pyx_t_6 = NULL;
                  __pyx_t_4 = 1;
                  {
                    mp_obj_t __pyx_callargs[2] = {__pyx_t_6, __pyx_kp_u_reaches_the_caller};
                    __pyx_t_3 = cy_Pyx_PyObject_FastCall((mp_obj_t)(((cy_PyTypeObject*)MP_OBJ_FROM_PTR(&mp_type_TypeError))), __pyx_callargs+__pyx_t_4, (2-__pyx_t_4) | (__pyx_t_4*cy_Pyx_PY_VECTORCALL_ARGUMENTS_OFFSET));
                     __pyx_t_6 = 0;
                    if (MP_UNLIKELY(!!(!__pyx_t_3))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 423; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L45_error; } while (0);

                  }
                  cy_Pyx_Raise(__pyx_t_3, 0, 0, 0);
                   __pyx_t_3 = 0;
                  do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 423; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L45_error; } while (0);

                  /* "errors_flow.pyx":422
 *         raise KeyError("swallowed by inner")
 *     with Resource("outer2"):
 *         with Resource("inner2"):             # <<<<<<<<<<<<<<
 *             raise TypeError("reaches the caller")
 *
*/
                }
                __pyx_L45_error:;
                 __pyx_t_1 = 0;
                 __pyx_t_2 = 0;
                 __pyx_t_3 = 0;
                 __pyx_t_6 = 0;
                /*except:*/ {
                  __pyx_traceback_0(".with_nested", __pyx_lineno);
                  if (cy_Pyx_GetException(&__pyx_t_3, &__pyx_t_6, &__pyx_t_1) < 0) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 422; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L47_except_error; } while (0);

                  {
                    mp_obj_t __pyx_temp[3] = {__pyx_t_3, __pyx_t_6, __pyx_t_1};
                    __pyx_t_2 = cy_Pyx_PyTuple_FromArray(__pyx_temp, 3); if (MP_UNLIKELY(!!(!__pyx_t_2))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 422; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L47_except_error; } while (0);

                  }
                  __pyx_t_14 = cy_Pyx_PyObject_Call(__pyx_t_10, __pyx_t_2, NULL);
                   __pyx_t_10 = 0;
                   __pyx_t_2 = 0;
                  if (MP_UNLIKELY(!!(!__pyx_t_14))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 422; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L47_except_error; } while (0);

                  __pyx_t_15 = cy_Pyx_PyObject_IsTrue(__pyx_t_14);
                   __pyx_t_14 = 0;
                  if (__pyx_t_15 < (0)) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 422; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L47_except_error; } while (0);
                  __pyx_t_16 = (!__pyx_t_15);

                  if (MP_UNLIKELY(!!(__pyx_t_16))) {

                    cy_Pyx_ErrRestoreWithState(__pyx_t_3, __pyx_t_6, __pyx_t_1);
                    __pyx_t_3 = 0;  __pyx_t_6 = 0;  __pyx_t_1 = 0;
                    do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 422; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L47_except_error; } while (0);
                  }
                   __pyx_t_3 = 0;
                   __pyx_t_6 = 0;
                   __pyx_t_1 = 0;
                  goto __pyx_L46_exception_handled;
                }
                __pyx_L47_except_error:;

                cy_Pyx_ExceptionReset(__pyx_t_13, __pyx_t_12, __pyx_t_11);
                goto __pyx_L35_error;
                __pyx_L46_exception_handled:;

                cy_Pyx_ExceptionReset(__pyx_t_13, __pyx_t_12, __pyx_t_11);
              }
            }
            /*finally:*/ {
              /*normal exit:*/{
                if (__pyx_t_10) {
                  __pyx_t_11 = cy_Pyx_PyObject_Call(__pyx_t_10, __pyx_mstate_global->__pyx_tuple[1], NULL);
                   __pyx_t_10 = 0;
                  if (MP_UNLIKELY(!!(!__pyx_t_11))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 422; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L35_error; } while (0);

                   __pyx_t_11 = 0;
                }
                goto __pyx_L44;
              }
              __pyx_L44:;
            }
            goto __pyx_L54;
            __pyx_L41_error:;
             __pyx_t_10 = 0;
            goto __pyx_L35_error;
            __pyx_L54:;
          }

          /* "errors_flow.pyx":421
 *     with Resource("outer"), Resource("inner", True):
 *         raise KeyError("swallowed by inner")
 *     with Resource("outer2"):             # <<<<<<<<<<<<<<
 *         with Resource("inner2"):
 *             raise TypeError("reaches the caller")
*/
        }
         __pyx_t_9 = 0;
         __pyx_t_8 = 0;
         __pyx_t_7 = 0;
        goto __pyx_L40_try_end;
        __pyx_L35_error:;
         __pyx_t_1 = 0;
         __pyx_t_2 = 0;
         __pyx_t_3 = 0;
         __pyx_t_6 = 0;
        /*except:*/ {
          __pyx_traceback_0(".with_nested", __pyx_lineno);
          if (cy_Pyx_GetException(&__pyx_t_1, &__pyx_t_6, &__pyx_t_3) < 0) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 421; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L37_except_error; } while (0);

          {
            mp_obj_t __pyx_temp[3] = {__pyx_t_1, __pyx_t_6, __pyx_t_3};
            __pyx_t_2 = cy_Pyx_PyTuple_FromArray(__pyx_temp, 3); if (MP_UNLIKELY(!!(!__pyx_t_2))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 421; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L37_except_error; } while (0);

          }
          __pyx_t_10 = cy_Pyx_PyObject_Call(__pyx_t_5, __pyx_t_2, NULL);
           __pyx_t_5 = 0;
           __pyx_t_2 = 0;
          if (MP_UNLIKELY(!!(!__pyx_t_10))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 421; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L37_except_error; } while (0);

          __pyx_t_16 = cy_Pyx_PyObject_IsTrue(__pyx_t_10);
           __pyx_t_10 = 0;
          if (__pyx_t_16 < (0)) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 421; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L37_except_error; } while (0);
          __pyx_t_15 = (!__pyx_t_16);

          if (MP_UNLIKELY(!!(__pyx_t_15))) {

            cy_Pyx_ErrRestoreWithState(__pyx_t_1, __pyx_t_6, __pyx_t_3);
            __pyx_t_1 = 0;  __pyx_t_6 = 0;  __pyx_t_3 = 0;
            do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 421; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L37_except_error; } while (0);
          }
           __pyx_t_1 = 0;
           __pyx_t_6 = 0;
           __pyx_t_3 = 0;
          goto __pyx_L36_exception_handled;
        }
        __pyx_L37_except_error:;

        cy_Pyx_ExceptionReset(__pyx_t_9, __pyx_t_8, __pyx_t_7);
        goto __pyx_L1_error;
        __pyx_L36_exception_handled:;

        cy_Pyx_ExceptionReset(__pyx_t_9, __pyx_t_8, __pyx_t_7);
        __pyx_L40_try_end:;
      }
    }
    /*finally:*/ {
      /*normal exit:*/{
        if (__pyx_t_5) {
          __pyx_t_7 = cy_Pyx_PyObject_Call(__pyx_t_5, __pyx_mstate_global->__pyx_tuple[1], NULL);
           __pyx_t_5 = 0;
          if (MP_UNLIKELY(!!(!__pyx_t_7))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 421; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

           __pyx_t_7 = 0;
        }
        goto __pyx_L34;
      }
      __pyx_L34:;
    }
    goto __pyx_L58;
    __pyx_L31_error:;
     __pyx_t_5 = 0;
    goto __pyx_L1_error;
    __pyx_L58:;
  }

  /* "errors_flow.pyx":418
 *
 *
 * def with_nested():             # <<<<<<<<<<<<<<
 *     with Resource("outer"), Resource("inner", True):
 *         raise KeyError("swallowed by inner")
*/

  /* function exit code */
  __pyx_r = mp_const_none;
  goto __pyx_L0;
  __pyx_L1_error:;

  __pyx_traceback_0(".with_nested", __pyx_lineno);
  __pyx_r = NULL;
  __pyx_L0:;

  return __pyx_r;
}

/* "errors_flow.pyx":426
 *
 *
 * def with_return():             # <<<<<<<<<<<<<<
 *     with Resource("r3"):
 *         return "returned inside with"
*/

/* Python wrapper */
static mp_obj_t __pyx_pw_11errors_flow_85with_return(mp_obj_t __pyx_self, CYTHON_UNUSED mp_obj_t unused); /*proto*/
static cy_PyMethodDef __pyx_mdef_11errors_flow_85with_return = {"with_return", (cy_PyCFunction)__pyx_pw_11errors_flow_85with_return, cy_METH_NOARGS, 0};
static mp_obj_t __pyx_pw_11errors_flow_85with_return(mp_obj_t __pyx_self, CYTHON_UNUSED mp_obj_t unused) {
  CYTHON_UNUSED mp_obj_t const *__pyx_kwvalues;
  mp_obj_t __pyx_r = 0;
  __Pyx_RefNannyDeclarations

  __pyx_kwvalues = cy_Pyx_KwValues_VARARGS(__pyx_args, __pyx_nargs);
  __pyx_r = __pyx_pf_11errors_flow_84with_return(__pyx_self);

  /* function exit code */

  return __pyx_r;
}

static mp_obj_t __pyx_pf_11errors_flow_84with_return(CYTHON_UNUSED mp_obj_t __pyx_self) {
  mp_obj_t __pyx_r = NULL;
  __Pyx_RefNannyDeclarations
  mp_obj_t __pyx_t_1 = NULL;
  mp_obj_t __pyx_t_2 = NULL;
  mp_obj_t __pyx_t_3 = NULL;
  size_t __pyx_t_4;
  mp_obj_t __pyx_t_5 = NULL;
  mp_obj_t __pyx_t_6 = NULL;
  mp_obj_t __pyx_t_7 = NULL;
  mp_obj_t __pyx_t_8 = NULL;
  mp_obj_t __pyx_t_9 = NULL;
  int __pyx_lineno = 0;
  const char *__pyx_filename = NULL;
  int __pyx_clineno = 0;

  /* "errors_flow.pyx":427
 *
 * def with_return():
 *     with Resource("r3"):             # <<<<<<<<<<<<<<
 *         return "returned inside with"
 *
*/
  /*with:*/ {
    __pyx_t_2 = NULL;
    cy_Pyx_GetModuleGlobalName(__pyx_t_3, __pyx_n_u_Resource); if (MP_UNLIKELY(!!(!__pyx_t_3))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 427; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

    __pyx_t_4 = 1;

    {
      mp_obj_t __pyx_callargs[2] = {__pyx_t_2, __pyx_n_u_r3};
      __pyx_t_1 = cy_Pyx_PyObject_FastCall((mp_obj_t)__pyx_t_3, __pyx_callargs+__pyx_t_4, (2-__pyx_t_4) | (__pyx_t_4*cy_Pyx_PY_VECTORCALL_ARGUMENTS_OFFSET));
       __pyx_t_2 = 0;
       __pyx_t_3 = 0;
      if (MP_UNLIKELY(!!(!__pyx_t_1))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 427; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

    }
    __pyx_t_5 = cy_Pyx_PyObject_LookupSpecial(__pyx_t_1, __pyx_n_u_exit_2); if (MP_UNLIKELY(!!(!__pyx_t_5))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 427; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

    __pyx_t_2 = NULL;
    __pyx_t_6 = cy_Pyx_PyObject_LookupSpecial(__pyx_t_1, __pyx_n_u_enter_2); if (MP_UNLIKELY(!!(!__pyx_t_6))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 427; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L3_error; } while (0);

    __pyx_t_4 = 1;

    {
      mp_obj_t __pyx_callargs[2] = {__pyx_t_2, NULL};
      __pyx_t_3 = cy_Pyx_PyObject_FastCall((mp_obj_t)__pyx_t_6, __pyx_callargs+__pyx_t_4, (1-__pyx_t_4) | (__pyx_t_4*cy_Pyx_PY_VECTORCALL_ARGUMENTS_OFFSET));
       __pyx_t_2 = 0;
       __pyx_t_6 = 0;
      if (MP_UNLIKELY(!!(!__pyx_t_3))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 427; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L3_error; } while (0);

    }
     __pyx_t_3 = 0;
     __pyx_t_1 = 0;
    /*try:*/ {
      {
        (void)__pyx_t_7; (void)__pyx_t_8; (void)__pyx_t_9; /* mark used */
        /*try:*/ {

          /* "errors_flow.pyx":428
 * def with_return():
 *     with Resource("r3"):
 *         return "returned inside with"             # <<<<<<<<<<<<<<
 *
 *
*/
          {
            mp_obj_t __pyx_temp;
            {
              __pyx_temp = __pyx_r;

              __pyx_r = __pyx_kp_u_returned_inside_with;
            }

          }
          goto __pyx_L11_try_return;

          /* "errors_flow.pyx":427
 *
 * def with_return():
 *     with Resource("r3"):             # <<<<<<<<<<<<<<
 *         return "returned inside with"
 *
*/
        }
        __pyx_L11_try_return:;
        goto __pyx_L4_return;
      }
    }
    /*finally:*/ {
      /*normal exit:*/{
        if (__pyx_t_5) {
          __pyx_t_9 = cy_Pyx_PyObject_Call(__pyx_t_5, __pyx_mstate_global->__pyx_tuple[1], NULL);
           __pyx_t_5 = 0;
          if (MP_UNLIKELY(!!(!__pyx_t_9))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 427; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

           __pyx_t_9 = 0;
        }
        goto __pyx_L6;
      }
      __pyx_L4_return: {
        __pyx_t_9 = __pyx_r;
        __pyx_r = 0;
        if (__pyx_t_5) {
          __pyx_t_8 = cy_Pyx_PyObject_Call(__pyx_t_5, __pyx_mstate_global->__pyx_tuple[1], NULL);
           __pyx_t_5 = 0;
          if (MP_UNLIKELY(!!(!__pyx_t_8))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 427; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

           __pyx_t_8 = 0;
        }
        __pyx_r = __pyx_t_9;
        __pyx_t_9 = 0;
        goto __pyx_L0;
      }
      __pyx_L6:;
    }
    goto __pyx_L13;
    __pyx_L3_error:;
     __pyx_t_5 = 0;
    goto __pyx_L1_error;
    __pyx_L13:;
  }

  /* "errors_flow.pyx":426
 *
 *
 * def with_return():             # <<<<<<<<<<<<<<
 *     with Resource("r3"):
 *         return "returned inside with"
*/

  /* function exit code */
  __pyx_r = mp_const_none;
  goto __pyx_L0;
  __pyx_L1_error:;

  __pyx_traceback_0(".with_return", __pyx_lineno);
  __pyx_r = NULL;
  __pyx_L0:;

  return __pyx_r;
}

/* "errors_flow.pyx":431
 *
 *
 * def with_user(cm, f):             # <<<<<<<<<<<<<<
 *     # cm is a MicroPython-defined context manager.
 *     with cm as value:
*/

/* Python wrapper */
static mp_obj_t __pyx_pw_11errors_flow_87with_user(mp_obj_t __pyx_self,

mp_obj_t const *__pyx_args, mp_int_t __pyx_nargs, mp_obj_t __pyx_kwds

); /*proto*/
static cy_PyMethodDef __pyx_mdef_11errors_flow_87with_user = {"with_user", (cy_PyCFunction)(void(*)(void))(cy_Pyx_PyCFunction_FastCallWithKeywords)__pyx_pw_11errors_flow_87with_user, cy_Pyx_METH_FASTCALL|cy_METH_KEYWORDS, 0};
static mp_obj_t __pyx_pw_11errors_flow_87with_user(mp_obj_t __pyx_self,

mp_obj_t const *__pyx_args, mp_int_t __pyx_nargs, mp_obj_t __pyx_kwds

) {
  mp_obj_t __pyx_v_cm = 0;
  mp_obj_t __pyx_v_f = 0;

  CYTHON_UNUSED mp_obj_t const *__pyx_kwvalues;
  mp_obj_t values[2]        ;
  int __pyx_lineno = 0;
  const char *__pyx_filename = NULL;
  int __pyx_clineno = 0;
  mp_obj_t __pyx_r = 0;
  __Pyx_RefNannyDeclarations

  __pyx_kwvalues = cy_Pyx_KwValues_FASTCALL(__pyx_args, __pyx_nargs);
  {
static mp_obj_t * const __pyx_pyargnames[] = { &__pyx_n_u_cm,
&__pyx_n_u_f, 0 };
static const cy_Pyx_ArgSpec __pyx_argspec = { "with_user",
__pyx_pyargnames, 2, 2, 2, 0,
0, 0,

cy_Pyx_ARGS_EXACT|cy_Pyx_ARGS_KEYWORDS|cy_Pyx_ARGS_CLEAR };
if (MP_LIKELY(!!(!__pyx_kwds && __pyx_nargs == 2))) {
values[0] = __pyx_args[0];
values[1] =
__pyx_args[1];
} else if (cy_Pyx_ParseArgs(&__pyx_argspec, __pyx_args, __pyx_nargs, __pyx_kwds, values) < 0) {

do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 431; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L3_error; } while (0); }

    __pyx_v_cm = values[0];
    __pyx_v_f = values[1];
  }

  goto __pyx_L4_argument_unpacking_done;
  __pyx_L3_error:;
  for (mp_int_t __pyx_temp=0; __pyx_temp < (mp_int_t)(sizeof(values)/sizeof(values[0])); ++__pyx_temp) {

  }
  __pyx_traceback_0(".with_user", __pyx_lineno);

  return NULL;
  __pyx_L4_argument_unpacking_done:;
  __pyx_r = __pyx_pf_11errors_flow_86with_user(__pyx_self, __pyx_v_cm, __pyx_v_f);

  /* function exit code */
  for (mp_int_t __pyx_temp=0; __pyx_temp < (mp_int_t)(sizeof(values)/sizeof(values[0])); ++__pyx_temp) {

  }

  return __pyx_r;
}

static mp_obj_t __pyx_pf_11errors_flow_86with_user(CYTHON_UNUSED mp_obj_t __pyx_self, mp_obj_t __pyx_v_cm, mp_obj_t __pyx_v_f) {
  mp_obj_t __pyx_v_value = NULL;
  mp_obj_t __pyx_r = NULL;
  __Pyx_RefNannyDeclarations
  mp_obj_t __pyx_t_1 = NULL;
  mp_obj_t __pyx_t_2 = NULL;
  mp_obj_t __pyx_t_3 = NULL;
  mp_obj_t __pyx_t_4 = NULL;
  size_t __pyx_t_5;
  mp_obj_t __pyx_t_6 = NULL;
  mp_obj_t __pyx_t_7 = NULL;
  mp_obj_t __pyx_t_8 = NULL;
  int __pyx_t_9;
  mp_obj_t __pyx_t_10 = NULL;
  mp_obj_t __pyx_t_11 = NULL;
  int __pyx_t_12;
  int __pyx_t_13;
  int __pyx_lineno = 0;
  const char *__pyx_filename = NULL;
  int __pyx_clineno = 0;

  /* "errors_flow.pyx":433
 * def with_user(cm, f):
 *     # cm is a MicroPython-defined context manager.
 *     with cm as value:             # <<<<<<<<<<<<<<
 *         trace.append("value %r" % (value,))
 *         f()
*/
  /*with:*/ {
    __pyx_t_1 = cy_Pyx_PyObject_LookupSpecial(__pyx_v_cm, __pyx_n_u_exit_2); if (MP_UNLIKELY(!!(!__pyx_t_1))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 433; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

    __pyx_t_3 = NULL;
    __pyx_t_4 = cy_Pyx_PyObject_LookupSpecial(__pyx_v_cm, __pyx_n_u_enter_2); if (MP_UNLIKELY(!!(!__pyx_t_4))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 433; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L3_error; } while (0);

    __pyx_t_5 = 1;

    {
      mp_obj_t __pyx_callargs[2] = {__pyx_t_3, NULL};
      __pyx_t_2 = cy_Pyx_PyObject_FastCall((mp_obj_t)__pyx_t_4, __pyx_callargs+__pyx_t_5, (1-__pyx_t_5) | (__pyx_t_5*cy_Pyx_PY_VECTORCALL_ARGUMENTS_OFFSET));
       __pyx_t_3 = 0;
       __pyx_t_4 = 0;
      if (MP_UNLIKELY(!!(!__pyx_t_2))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 433; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L3_error; } while (0);

    }
    __pyx_t_4 = __pyx_t_2;
    __pyx_t_2 = 0;
    /*try:*/ {
      {
        cy_Pyx_PyThreadState_declare;        cy_Pyx_PyThreadState_assign;        cy_Pyx_ExceptionSave(&__pyx_t_6, &__pyx_t_7, &__pyx_t_8);

        /*try:*/ {
          __pyx_v_value = __pyx_t_4;
          __pyx_t_4 = 0;

          /* "errors_flow.pyx":434
 *     # cm is a MicroPython-defined context manager.
 *     with cm as value:
 *         trace.append("value %r" % (value,))             # <<<<<<<<<<<<<<
 *         f()
 *     return "with_user finished"
*/
          cy_Pyx_GetModuleGlobalName(__pyx_t_4, __pyx_n_u_trace); if (MP_UNLIKELY(!!(!__pyx_t_4))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 434; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L7_error; } while (0);

          __pyx_t_2 = cy_Pyx_PyObject_FormatSimpleAndDecref(cy_PyObject_Repr(__pyx_v_value), __pyx_mstate_global->__pyx_empty_unicode); if (MP_UNLIKELY(!!(!__pyx_t_2))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 434; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L7_error; } while (0);

          __pyx_t_3 = cy_Pyx_PyUnicode_Concat(__pyx_kp_u_value_3, __pyx_t_2); if (MP_UNLIKELY(!!(!__pyx_t_3))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 434; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L7_error; } while (0);

           __pyx_t_2 = 0;
          __pyx_t_9 = cy_Pyx_PyObject_Append(__pyx_t_4, __pyx_t_3); if (MP_UNLIKELY(!!(__pyx_t_9 == ((int)-1)))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 434; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L7_error; } while (0);
           __pyx_t_4 = 0;
           __pyx_t_3 = 0;

          /* "errors_flow.pyx":435
 *     with cm as value:
 *         trace.append("value %r" % (value,))
 *         f()             # <<<<<<<<<<<<<<
 *     return "with_user finished"
 *
*/
          __pyx_t_4 = NULL;

          __pyx_t_2 = __pyx_v_f;
          __pyx_t_5 = 1;

          {
            mp_obj_t __pyx_callargs[2] = {__pyx_t_4, NULL};
            __pyx_t_3 = cy_Pyx_PyObject_FastCall((mp_obj_t)__pyx_t_2, __pyx_callargs+__pyx_t_5, (1-__pyx_t_5) | (__pyx_t_5*cy_Pyx_PY_VECTORCALL_ARGUMENTS_OFFSET));
             __pyx_t_4 = 0;
             __pyx_t_2 = 0;
            if (MP_UNLIKELY(!!(!__pyx_t_3))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 435; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L7_error; } while (0);

          }
           __pyx_t_3 = 0;

          /* "errors_flow.pyx":433
 * def with_user(cm, f):
 *     # cm is a MicroPython-defined context manager.
 *     with cm as value:             # <<<<<<<<<<<<<<
 *         trace.append("value %r" % (value,))
 *         f()
*/
        }
         __pyx_t_6 = 0;
         __pyx_t_7 = 0;
         __pyx_t_8 = 0;
        goto __pyx_L12_try_end;
        __pyx_L7_error:;
         __pyx_t_2 = 0;
         __pyx_t_3 = 0;
         __pyx_t_4 = 0;
        /*except:*/ {
          __pyx_traceback_0(".with_user", __pyx_lineno);
          if (cy_Pyx_GetException(&__pyx_t_3, &__pyx_t_2, &__pyx_t_4) < 0) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 433; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L9_except_error; } while (0);

          {
            mp_obj_t __pyx_temp[3] = {__pyx_t_3, __pyx_t_2, __pyx_t_4};
            __pyx_t_10 = cy_Pyx_PyTuple_FromArray(__pyx_temp, 3); if (MP_UNLIKELY(!!(!__pyx_t_10))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 433; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L9_except_error; } while (0);

          }
          __pyx_t_11 = cy_Pyx_PyObject_Call(__pyx_t_1, __pyx_t_10, NULL);
           __pyx_t_1 = 0;
           __pyx_t_10 = 0;
          if (MP_UNLIKELY(!!(!__pyx_t_11))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 433; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L9_except_error; } while (0);

          __pyx_t_12 = cy_Pyx_PyObject_IsTrue(__pyx_t_11);
           __pyx_t_11 = 0;
          if (__pyx_t_12 < (0)) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 433; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L9_except_error; } while (0);
          __pyx_t_13 = (!__pyx_t_12);

          if (MP_UNLIKELY(!!(__pyx_t_13))) {

            cy_Pyx_ErrRestoreWithState(__pyx_t_3, __pyx_t_2, __pyx_t_4);
            __pyx_t_3 = 0;  __pyx_t_2 = 0;  __pyx_t_4 = 0;
            do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 433; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L9_except_error; } while (0);
          }
           __pyx_t_3 = 0;
           __pyx_t_2 = 0;
           __pyx_t_4 = 0;
          goto __pyx_L8_exception_handled;
        }
        __pyx_L9_except_error:;

        cy_Pyx_ExceptionReset(__pyx_t_6, __pyx_t_7, __pyx_t_8);
        goto __pyx_L1_error;
        __pyx_L8_exception_handled:;

        cy_Pyx_ExceptionReset(__pyx_t_6, __pyx_t_7, __pyx_t_8);
        __pyx_L12_try_end:;
      }
    }
    /*finally:*/ {
      /*normal exit:*/{
        if (__pyx_t_1) {
          __pyx_t_8 = cy_Pyx_PyObject_Call(__pyx_t_1, __pyx_mstate_global->__pyx_tuple[1], NULL);
           __pyx_t_1 = 0;
          if (MP_UNLIKELY(!!(!__pyx_t_8))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 433; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

           __pyx_t_8 = 0;
        }
        goto __pyx_L6;
      }
      __pyx_L6:;
    }
    goto __pyx_L16;
    __pyx_L3_error:;
     __pyx_t_1 = 0;
    goto __pyx_L1_error;
    __pyx_L16:;
  }

  /* "errors_flow.pyx":436
 *         trace.append("value %r" % (value,))
 *         f()
 *     return "with_user finished"             # <<<<<<<<<<<<<<
 *
 *
*/
  {
    mp_obj_t __pyx_temp;
    {
      __pyx_temp = __pyx_r;

      __pyx_r = __pyx_kp_u_with_user_finished;
    }

  }
  goto __pyx_L0;

  /* "errors_flow.pyx":431
 *
 *
 * def with_user(cm, f):             # <<<<<<<<<<<<<<
 *     # cm is a MicroPython-defined context manager.
 *     with cm as value:
*/

  /* function exit code */
  __pyx_L1_error:;

  __pyx_traceback_0(".with_user", __pyx_lineno);
  __pyx_r = NULL;
  __pyx_L0:;

  return __pyx_r;
}

/* "errors_flow.pyx":439
 *
 *
 * def with_exit_raises(cm):             # <<<<<<<<<<<<<<
 *     with cm:
 *         raise ValueError("body")
*/

/* Python wrapper */
static mp_obj_t __pyx_pw_11errors_flow_89with_exit_raises(mp_obj_t __pyx_self,

mp_obj_t const *__pyx_args, mp_int_t __pyx_nargs, mp_obj_t __pyx_kwds

); /*proto*/
static cy_PyMethodDef __pyx_mdef_11errors_flow_89with_exit_raises = {"with_exit_raises", (cy_PyCFunction)(void(*)(void))(cy_Pyx_PyCFunction_FastCallWithKeywords)__pyx_pw_11errors_flow_89with_exit_raises, cy_Pyx_METH_FASTCALL|cy_METH_KEYWORDS, 0};
static mp_obj_t __pyx_pw_11errors_flow_89with_exit_raises(mp_obj_t __pyx_self,

mp_obj_t const *__pyx_args, mp_int_t __pyx_nargs, mp_obj_t __pyx_kwds

) {
  mp_obj_t __pyx_v_cm = 0;

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
&__pyx_n_u_cm, 0 };
static const cy_Pyx_ArgSpec __pyx_argspec = { "with_exit_raises",
__pyx_pyargnames, 1, 1, 1, 0,
0, 0,

cy_Pyx_ARGS_EXACT|cy_Pyx_ARGS_KEYWORDS|cy_Pyx_ARGS_CLEAR };
if (MP_LIKELY(!!(!__pyx_kwds && __pyx_nargs == 1))) {
values[0] = __pyx_args[0];
} else if
(cy_Pyx_ParseArgs(&__pyx_argspec, __pyx_args,

__pyx_nargs, __pyx_kwds, values) < 0) {
do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 439; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L3_error; } while (0); }

    __pyx_v_cm = values[0];
  }

  goto __pyx_L4_argument_unpacking_done;
  __pyx_L3_error:;
  for (mp_int_t __pyx_temp=0; __pyx_temp < (mp_int_t)(sizeof(values)/sizeof(values[0])); ++__pyx_temp) {

  }
  __pyx_traceback_0(".with_exit_raises", __pyx_lineno);

  return NULL;
  __pyx_L4_argument_unpacking_done:;
  __pyx_r = __pyx_pf_11errors_flow_88with_exit_raises(__pyx_self, __pyx_v_cm);

  /* function exit code */
  for (mp_int_t __pyx_temp=0; __pyx_temp < (mp_int_t)(sizeof(values)/sizeof(values[0])); ++__pyx_temp) {

  }

  return __pyx_r;
}

static mp_obj_t __pyx_pf_11errors_flow_88with_exit_raises(CYTHON_UNUSED mp_obj_t __pyx_self, mp_obj_t __pyx_v_cm) {
  mp_obj_t __pyx_r = NULL;
  __Pyx_RefNannyDeclarations
  mp_obj_t __pyx_t_1 = NULL;
  mp_obj_t __pyx_t_2 = NULL;
  mp_obj_t __pyx_t_3 = NULL;
  mp_obj_t __pyx_t_4 = NULL;
  size_t __pyx_t_5;
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

  /* "errors_flow.pyx":440
 *
 * def with_exit_raises(cm):
 *     with cm:             # <<<<<<<<<<<<<<
 *         raise ValueError("body")
 *
*/
  /*with:*/ {
    __pyx_t_1 = cy_Pyx_PyObject_LookupSpecial(__pyx_v_cm, __pyx_n_u_exit_2); if (MP_UNLIKELY(!!(!__pyx_t_1))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 440; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

    __pyx_t_3 = NULL;
    __pyx_t_4 = cy_Pyx_PyObject_LookupSpecial(__pyx_v_cm, __pyx_n_u_enter_2); if (MP_UNLIKELY(!!(!__pyx_t_4))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 440; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L3_error; } while (0);

    __pyx_t_5 = 1;

    {
      mp_obj_t __pyx_callargs[2] = {__pyx_t_3, NULL};
      __pyx_t_2 = cy_Pyx_PyObject_FastCall((mp_obj_t)__pyx_t_4, __pyx_callargs+__pyx_t_5, (1-__pyx_t_5) | (__pyx_t_5*cy_Pyx_PY_VECTORCALL_ARGUMENTS_OFFSET));
       __pyx_t_3 = 0;
       __pyx_t_4 = 0;
      if (MP_UNLIKELY(!!(!__pyx_t_2))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 440; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L3_error; } while (0);

    }
     __pyx_t_2 = 0;
    /*try:*/ {
      {
        cy_Pyx_PyThreadState_declare;        cy_Pyx_PyThreadState_assign;        cy_Pyx_ExceptionSave(&__pyx_t_6, &__pyx_t_7, &__pyx_t_8);

        /*try:*/ {

          /* "errors_flow.pyx":441
 * def with_exit_raises(cm):
 *     with cm:
 *         raise ValueError("body")             # <<<<<<<<<<<<<<
 *
 *
*/
          __pyx_t_4 = NULL;
          __pyx_t_5 = 1;
          {
            mp_obj_t __pyx_callargs[2] = {__pyx_t_4, __pyx_n_u_body};
            __pyx_t_2 = cy_Pyx_PyObject_FastCall((mp_obj_t)(((cy_PyTypeObject*)MP_OBJ_FROM_PTR(&mp_type_ValueError))), __pyx_callargs+__pyx_t_5, (2-__pyx_t_5) | (__pyx_t_5*cy_Pyx_PY_VECTORCALL_ARGUMENTS_OFFSET));
             __pyx_t_4 = 0;
            if (MP_UNLIKELY(!!(!__pyx_t_2))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 441; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L7_error; } while (0);

          }
          cy_Pyx_Raise(__pyx_t_2, 0, 0, 0);
           __pyx_t_2 = 0;
          do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 441; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L7_error; } while (0);

          /* "errors_flow.pyx":440
 *
 * def with_exit_raises(cm):
 *     with cm:             # <<<<<<<<<<<<<<
 *         raise ValueError("body")
 *
*/
        }
        __pyx_L7_error:;
         __pyx_t_2 = 0;
         __pyx_t_3 = 0;
         __pyx_t_4 = 0;
        /*except:*/ {
          __pyx_traceback_0(".with_exit_raises", __pyx_lineno);
          if (cy_Pyx_GetException(&__pyx_t_2, &__pyx_t_4, &__pyx_t_3) < 0) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 440; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L9_except_error; } while (0);

          {
            mp_obj_t __pyx_temp[3] = {__pyx_t_2, __pyx_t_4, __pyx_t_3};
            __pyx_t_9 = cy_Pyx_PyTuple_FromArray(__pyx_temp, 3); if (MP_UNLIKELY(!!(!__pyx_t_9))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 440; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L9_except_error; } while (0);

          }
          __pyx_t_10 = cy_Pyx_PyObject_Call(__pyx_t_1, __pyx_t_9, NULL);
           __pyx_t_1 = 0;
           __pyx_t_9 = 0;
          if (MP_UNLIKELY(!!(!__pyx_t_10))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 440; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L9_except_error; } while (0);

          __pyx_t_11 = cy_Pyx_PyObject_IsTrue(__pyx_t_10);
           __pyx_t_10 = 0;
          if (__pyx_t_11 < (0)) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 440; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L9_except_error; } while (0);
          __pyx_t_12 = (!__pyx_t_11);

          if (MP_UNLIKELY(!!(__pyx_t_12))) {

            cy_Pyx_ErrRestoreWithState(__pyx_t_2, __pyx_t_4, __pyx_t_3);
            __pyx_t_2 = 0;  __pyx_t_4 = 0;  __pyx_t_3 = 0;
            do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 440; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L9_except_error; } while (0);
          }
           __pyx_t_2 = 0;
           __pyx_t_4 = 0;
           __pyx_t_3 = 0;
          goto __pyx_L8_exception_handled;
        }
        __pyx_L9_except_error:;

        cy_Pyx_ExceptionReset(__pyx_t_6, __pyx_t_7, __pyx_t_8);
        goto __pyx_L1_error;
        __pyx_L8_exception_handled:;

        cy_Pyx_ExceptionReset(__pyx_t_6, __pyx_t_7, __pyx_t_8);
      }
    }
    /*finally:*/ {
      /*normal exit:*/{
        if (__pyx_t_1) {
          __pyx_t_8 = cy_Pyx_PyObject_Call(__pyx_t_1, __pyx_mstate_global->__pyx_tuple[1], NULL);
           __pyx_t_1 = 0;
          if (MP_UNLIKELY(!!(!__pyx_t_8))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 440; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

           __pyx_t_8 = 0;
        }
        goto __pyx_L6;
      }
      __pyx_L6:;
    }
    goto __pyx_L16;
    __pyx_L3_error:;
     __pyx_t_1 = 0;
    goto __pyx_L1_error;
    __pyx_L16:;
  }

  /* "errors_flow.pyx":439
 *
 *
 * def with_exit_raises(cm):             # <<<<<<<<<<<<<<
 *     with cm:
 *         raise ValueError("body")
*/

  /* function exit code */
  __pyx_r = mp_const_none;
  goto __pyx_L0;
  __pyx_L1_error:;

  __pyx_traceback_0(".with_exit_raises", __pyx_lineno);
  __pyx_r = NULL;
  __pyx_L0:;

  return __pyx_r;
}

/* "errors_flow.pyx":448
 *
 *
 * cdef int checked(int x) except -1:             # <<<<<<<<<<<<<<
 *     if x < 0:
 *         raise ValueError("negative: %d" % x)
*/

static int __pyx_f_11errors_flow_checked(int __pyx_v_x) {
  int __pyx_r;
  __Pyx_RefNannyDeclarations
  int __pyx_t_1;
  mp_obj_t __pyx_t_2 = NULL;
  mp_obj_t __pyx_t_3 = NULL;
  mp_obj_t __pyx_t_4 = NULL;
  mp_obj_t __pyx_t_5 = NULL;
  size_t __pyx_t_6;
  int __pyx_lineno = 0;
  const char *__pyx_filename = NULL;
  int __pyx_clineno = 0;

  /* "errors_flow.pyx":449
 *
 * cdef int checked(int x) except -1:
 *     if x < 0:             # <<<<<<<<<<<<<<
 *         raise ValueError("negative: %d" % x)
 *     return x * 2
*/
  __pyx_t_1 = (__pyx_v_x < 0);

  if (MP_UNLIKELY(!!(__pyx_t_1))) {

    /* "errors_flow.pyx":450
 * cdef int checked(int x) except -1:
 *     if x < 0:
 *         raise ValueError("negative: %d" % x)             # <<<<<<<<<<<<<<
 *     return x * 2
 *
*/
    __pyx_t_3 = NULL;
    __pyx_t_4 = cy_Pyx_PyLong_From_int(__pyx_v_x); if (MP_UNLIKELY(!!(!__pyx_t_4))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 450; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

    __pyx_t_5 = cy_PyUnicode_Format(__pyx_kp_u_negative_d, __pyx_t_4); if (MP_UNLIKELY(!!(!__pyx_t_5))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 450; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

     __pyx_t_4 = 0;
    __pyx_t_6 = 1;
    {
      mp_obj_t __pyx_callargs[2] = {__pyx_t_3, __pyx_t_5};
      __pyx_t_2 = cy_Pyx_PyObject_FastCall((mp_obj_t)(((cy_PyTypeObject*)MP_OBJ_FROM_PTR(&mp_type_ValueError))), __pyx_callargs+__pyx_t_6, (2-__pyx_t_6) | (__pyx_t_6*cy_Pyx_PY_VECTORCALL_ARGUMENTS_OFFSET));
       __pyx_t_3 = 0;
       __pyx_t_5 = 0;
      if (MP_UNLIKELY(!!(!__pyx_t_2))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 450; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

    }
    cy_Pyx_Raise(__pyx_t_2, 0, 0, 0);
     __pyx_t_2 = 0;
    do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 450; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

    /* "errors_flow.pyx":449
 *
 * cdef int checked(int x) except -1:
 *     if x < 0:             # <<<<<<<<<<<<<<
 *         raise ValueError("negative: %d" % x)
 *     return x * 2
*/
  }

  /* "errors_flow.pyx":451
 *     if x < 0:
 *         raise ValueError("negative: %d" % x)
 *     return x * 2             # <<<<<<<<<<<<<<
 *
 *
*/
  {

    __pyx_r = (__pyx_v_x * 2);
  }
  goto __pyx_L0;

  /* "errors_flow.pyx":448
 *
 *
 * cdef int checked(int x) except -1:             # <<<<<<<<<<<<<<
 *     if x < 0:
 *         raise ValueError("negative: %d" % x)
*/

  /* function exit code */
  __pyx_L1_error:;

  __pyx_traceback_0(".checked", __pyx_lineno);
  __pyx_r = -1;
  __pyx_L0:;

  return __pyx_r;
}

/* "errors_flow.pyx":454
 *
 *
 * cdef int maybe(int x) except? -1:             # <<<<<<<<<<<<<<
 *     if x == 99:
 *         raise OverflowError("too big")
*/

static int __pyx_f_11errors_flow_maybe(int __pyx_v_x) {
  int __pyx_r;
  __Pyx_RefNannyDeclarations
  int __pyx_t_1;
  mp_obj_t __pyx_t_2 = NULL;
  mp_obj_t __pyx_t_3 = NULL;
  size_t __pyx_t_4;
  int __pyx_lineno = 0;
  const char *__pyx_filename = NULL;
  int __pyx_clineno = 0;

  /* "errors_flow.pyx":455
 *
 * cdef int maybe(int x) except? -1:
 *     if x == 99:             # <<<<<<<<<<<<<<
 *         raise OverflowError("too big")
 *     return -x
*/
  __pyx_t_1 = (__pyx_v_x == 99);

  if (MP_UNLIKELY(!!(__pyx_t_1))) {

    /* "errors_flow.pyx":456
 * cdef int maybe(int x) except? -1:
 *     if x == 99:
 *         raise OverflowError("too big")             # <<<<<<<<<<<<<<
 *     return -x
 *
*/
    __pyx_t_3 = NULL;
    __pyx_t_4 = 1;
    {
      mp_obj_t __pyx_callargs[2] = {__pyx_t_3, __pyx_kp_u_too_big};
      __pyx_t_2 = cy_Pyx_PyObject_FastCall((mp_obj_t)(((cy_PyTypeObject*)MP_OBJ_FROM_PTR(&mp_type_OverflowError))), __pyx_callargs+__pyx_t_4, (2-__pyx_t_4) | (__pyx_t_4*cy_Pyx_PY_VECTORCALL_ARGUMENTS_OFFSET));
       __pyx_t_3 = 0;
      if (MP_UNLIKELY(!!(!__pyx_t_2))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 456; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

    }
    cy_Pyx_Raise(__pyx_t_2, 0, 0, 0);
     __pyx_t_2 = 0;
    do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 456; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

    /* "errors_flow.pyx":455
 *
 * cdef int maybe(int x) except? -1:
 *     if x == 99:             # <<<<<<<<<<<<<<
 *         raise OverflowError("too big")
 *     return -x
*/
  }

  /* "errors_flow.pyx":457
 *     if x == 99:
 *         raise OverflowError("too big")
 *     return -x             # <<<<<<<<<<<<<<
 *
 *
*/
  {

    __pyx_r = (-__pyx_v_x);
  }
  goto __pyx_L0;

  /* "errors_flow.pyx":454
 *
 *
 * cdef int maybe(int x) except? -1:             # <<<<<<<<<<<<<<
 *     if x == 99:
 *         raise OverflowError("too big")
*/

  /* function exit code */
  __pyx_L1_error:;

  __pyx_traceback_0(".maybe", __pyx_lineno);
  __pyx_r = -1;
  __pyx_L0:;

  return __pyx_r;
}

/* "errors_flow.pyx":460
 *
 *
 * cdef void star(object x) except *:             # <<<<<<<<<<<<<<
 *     if x:
 *         raise KeyError(x)
*/

static void __pyx_f_11errors_flow_star(mp_obj_t __pyx_v_x) {
  __Pyx_RefNannyDeclarations
  int __pyx_t_1;
  mp_obj_t __pyx_t_2 = NULL;
  mp_obj_t __pyx_t_3 = NULL;
  size_t __pyx_t_4;
  int __pyx_lineno = 0;
  const char *__pyx_filename = NULL;
  int __pyx_clineno = 0;

  /* "errors_flow.pyx":461
 *
 * cdef void star(object x) except *:
 *     if x:             # <<<<<<<<<<<<<<
 *         raise KeyError(x)
 *
*/
  __pyx_t_1 = cy_Pyx_PyObject_IsTrue(__pyx_v_x); if (MP_UNLIKELY(!!((__pyx_t_1 < 0)))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 461; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);
  if (MP_UNLIKELY(!!(__pyx_t_1))) {

    /* "errors_flow.pyx":462
 * cdef void star(object x) except *:
 *     if x:
 *         raise KeyError(x)             # <<<<<<<<<<<<<<
 *
 *
*/
    __pyx_t_3 = NULL;
    __pyx_t_4 = 1;
    {
      mp_obj_t __pyx_callargs[2] = {__pyx_t_3, __pyx_v_x};
      __pyx_t_2 = cy_Pyx_PyObject_FastCall((mp_obj_t)(((cy_PyTypeObject*)MP_OBJ_FROM_PTR(&mp_type_KeyError))), __pyx_callargs+__pyx_t_4, (2-__pyx_t_4) | (__pyx_t_4*cy_Pyx_PY_VECTORCALL_ARGUMENTS_OFFSET));
       __pyx_t_3 = 0;
      if (MP_UNLIKELY(!!(!__pyx_t_2))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 462; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

    }
    cy_Pyx_Raise(__pyx_t_2, 0, 0, 0);
     __pyx_t_2 = 0;
    do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 462; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

    /* "errors_flow.pyx":461
 *
 * cdef void star(object x) except *:
 *     if x:             # <<<<<<<<<<<<<<
 *         raise KeyError(x)
 *
*/
  }

  /* "errors_flow.pyx":460
 *
 *
 * cdef void star(object x) except *:             # <<<<<<<<<<<<<<
 *     if x:
 *         raise KeyError(x)
*/

  /* function exit code */
  goto __pyx_L0;
  __pyx_L1_error:;

  __pyx_traceback_0(".star", __pyx_lineno);
  __pyx_L0:;

}

/* "errors_flow.pyx":465
 *
 *
 * cdef int quiet(int x) noexcept:             # <<<<<<<<<<<<<<
 *     if x:
 *         raise ValueError("ignored %d" % x)
*/

static int __pyx_f_11errors_flow_quiet(int __pyx_v_x) {
  int __pyx_r;
  __Pyx_RefNannyDeclarations
  int __pyx_t_1;
  mp_obj_t __pyx_t_2 = NULL;
  mp_obj_t __pyx_t_3 = NULL;
  mp_obj_t __pyx_t_4 = NULL;
  mp_obj_t __pyx_t_5 = NULL;
  size_t __pyx_t_6;
  int __pyx_lineno = 0;
  const char *__pyx_filename = NULL;
  int __pyx_clineno = 0;

  /* "errors_flow.pyx":466
 *
 * cdef int quiet(int x) noexcept:
 *     if x:             # <<<<<<<<<<<<<<
 *         raise ValueError("ignored %d" % x)
 *     return 5
*/
  __pyx_t_1 = (__pyx_v_x != 0);

  if (MP_UNLIKELY(!!(__pyx_t_1))) {

    /* "errors_flow.pyx":467
 * cdef int quiet(int x) noexcept:
 *     if x:
 *         raise ValueError("ignored %d" % x)             # <<<<<<<<<<<<<<
 *     return 5
 *
*/
    __pyx_t_3 = NULL;
    __pyx_t_4 = cy_Pyx_PyLong_From_int(__pyx_v_x); if (MP_UNLIKELY(!!(!__pyx_t_4))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 467; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

    __pyx_t_5 = cy_PyUnicode_Format(__pyx_kp_u_ignored_d, __pyx_t_4); if (MP_UNLIKELY(!!(!__pyx_t_5))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 467; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

     __pyx_t_4 = 0;
    __pyx_t_6 = 1;
    {
      mp_obj_t __pyx_callargs[2] = {__pyx_t_3, __pyx_t_5};
      __pyx_t_2 = cy_Pyx_PyObject_FastCall((mp_obj_t)(((cy_PyTypeObject*)MP_OBJ_FROM_PTR(&mp_type_ValueError))), __pyx_callargs+__pyx_t_6, (2-__pyx_t_6) | (__pyx_t_6*cy_Pyx_PY_VECTORCALL_ARGUMENTS_OFFSET));
       __pyx_t_3 = 0;
       __pyx_t_5 = 0;
      if (MP_UNLIKELY(!!(!__pyx_t_2))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 467; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

    }
    cy_Pyx_Raise(__pyx_t_2, 0, 0, 0);
     __pyx_t_2 = 0;
    do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 467; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

    /* "errors_flow.pyx":466
 *
 * cdef int quiet(int x) noexcept:
 *     if x:             # <<<<<<<<<<<<<<
 *         raise ValueError("ignored %d" % x)
 *     return 5
*/
  }

  /* "errors_flow.pyx":468
 *     if x:
 *         raise ValueError("ignored %d" % x)
 *     return 5             # <<<<<<<<<<<<<<
 *
 *
*/
  {

    __pyx_r = 5;
  }
  goto __pyx_L0;

  /* "errors_flow.pyx":465
 *
 *
 * cdef int quiet(int x) noexcept:             # <<<<<<<<<<<<<<
 *     if x:
 *         raise ValueError("ignored %d" % x)
*/

  /* function exit code */
  __pyx_L1_error:;

  cy_Pyx_WriteUnraisable("errors_flow.quiet", __pyx_clineno, __pyx_lineno, __pyx_filename, 1, 0);
  __pyx_r = 0;
  __pyx_L0:;

  return __pyx_r;
}

/* "errors_flow.pyx":471
 *
 *
 * cdef object returns_object(int x):             # <<<<<<<<<<<<<<
 *     if x:
 *         raise TypeError("object function %d" % x)
*/

static mp_obj_t __pyx_f_11errors_flow_returns_object(int __pyx_v_x) {
  mp_obj_t __pyx_r = NULL;
  __Pyx_RefNannyDeclarations
  int __pyx_t_1;
  mp_obj_t __pyx_t_2 = NULL;
  mp_obj_t __pyx_t_3 = NULL;
  mp_obj_t __pyx_t_4 = NULL;
  mp_obj_t __pyx_t_5 = NULL;
  size_t __pyx_t_6;
  int __pyx_lineno = 0;
  const char *__pyx_filename = NULL;
  int __pyx_clineno = 0;

  /* "errors_flow.pyx":472
 *
 * cdef object returns_object(int x):
 *     if x:             # <<<<<<<<<<<<<<
 *         raise TypeError("object function %d" % x)
 *     return x
*/
  __pyx_t_1 = (__pyx_v_x != 0);

  if (MP_UNLIKELY(!!(__pyx_t_1))) {

    /* "errors_flow.pyx":473
 * cdef object returns_object(int x):
 *     if x:
 *         raise TypeError("object function %d" % x)             # <<<<<<<<<<<<<<
 *     return x
 *
*/
    __pyx_t_3 = NULL;
    __pyx_t_4 = cy_Pyx_PyLong_From_int(__pyx_v_x); if (MP_UNLIKELY(!!(!__pyx_t_4))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 473; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

    __pyx_t_5 = cy_PyUnicode_Format(__pyx_kp_u_object_function_d, __pyx_t_4); if (MP_UNLIKELY(!!(!__pyx_t_5))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 473; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

     __pyx_t_4 = 0;
    __pyx_t_6 = 1;
    {
      mp_obj_t __pyx_callargs[2] = {__pyx_t_3, __pyx_t_5};
      __pyx_t_2 = cy_Pyx_PyObject_FastCall((mp_obj_t)(((cy_PyTypeObject*)MP_OBJ_FROM_PTR(&mp_type_TypeError))), __pyx_callargs+__pyx_t_6, (2-__pyx_t_6) | (__pyx_t_6*cy_Pyx_PY_VECTORCALL_ARGUMENTS_OFFSET));
       __pyx_t_3 = 0;
       __pyx_t_5 = 0;
      if (MP_UNLIKELY(!!(!__pyx_t_2))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 473; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

    }
    cy_Pyx_Raise(__pyx_t_2, 0, 0, 0);
     __pyx_t_2 = 0;
    do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 473; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

    /* "errors_flow.pyx":472
 *
 * cdef object returns_object(int x):
 *     if x:             # <<<<<<<<<<<<<<
 *         raise TypeError("object function %d" % x)
 *     return x
*/
  }

  /* "errors_flow.pyx":474
 *     if x:
 *         raise TypeError("object function %d" % x)
 *     return x             # <<<<<<<<<<<<<<
 *
 *
*/
  __pyx_t_2 = cy_Pyx_PyLong_From_int(__pyx_v_x); if (MP_UNLIKELY(!!(!__pyx_t_2))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 474; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

  {
    mp_obj_t __pyx_temp;
    {
      __pyx_temp = __pyx_r;
      __pyx_r = __pyx_t_2;
    }

  }
  __pyx_t_2 = 0;
  goto __pyx_L0;

  /* "errors_flow.pyx":471
 *
 *
 * cdef object returns_object(int x):             # <<<<<<<<<<<<<<
 *     if x:
 *         raise TypeError("object function %d" % x)
*/

  /* function exit code */
  __pyx_L1_error:;

  __pyx_traceback_0(".returns_object", __pyx_lineno);
  __pyx_r = 0;
  __pyx_L0:;

  return __pyx_r;
}

/* "errors_flow.pyx":477
 *
 *
 * cdef int chain(int x) except -1:             # <<<<<<<<<<<<<<
 *     # Propagates through two cdef levels.
 *     return checked(x) + maybe(x)
*/

static int __pyx_f_11errors_flow_chain(int __pyx_v_x) {
  int __pyx_r;
  int __pyx_t_1;
  int __pyx_t_2;
  int __pyx_lineno = 0;
  const char *__pyx_filename = NULL;
  int __pyx_clineno = 0;

  /* "errors_flow.pyx":479
 * cdef int chain(int x) except -1:
 *     # Propagates through two cdef levels.
 *     return checked(x) + maybe(x)             # <<<<<<<<<<<<<<
 *
 *
*/
  __pyx_t_1 = __pyx_f_11errors_flow_checked(__pyx_v_x); if (MP_UNLIKELY(!!(__pyx_t_1 == ((int)-1)))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 479; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);
  __pyx_t_2 = __pyx_f_11errors_flow_maybe(__pyx_v_x); if (MP_UNLIKELY(!!(__pyx_t_2 == ((int)-1) && cy_PyErr_Occurred()))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 479; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);
  {

    __pyx_r = (__pyx_t_1 + __pyx_t_2);
  }

  goto __pyx_L0;

  /* "errors_flow.pyx":477
 *
 *
 * cdef int chain(int x) except -1:             # <<<<<<<<<<<<<<
 *     # Propagates through two cdef levels.
 *     return checked(x) + maybe(x)
*/

  /* function exit code */
  __pyx_L1_error:;
  __pyx_traceback_0(".chain", __pyx_lineno);
  __pyx_r = -1;
  __pyx_L0:;

  return __pyx_r;
}

/* "errors_flow.pyx":482
 *
 *
 * def call_checked(int x):             # <<<<<<<<<<<<<<
 *     return checked(x)
 *
*/

/* Python wrapper */
static mp_obj_t __pyx_pw_11errors_flow_91call_checked(mp_obj_t __pyx_self,

mp_obj_t const *__pyx_args, mp_int_t __pyx_nargs, mp_obj_t __pyx_kwds

); /*proto*/
static cy_PyMethodDef __pyx_mdef_11errors_flow_91call_checked = {"call_checked", (cy_PyCFunction)(void(*)(void))(cy_Pyx_PyCFunction_FastCallWithKeywords)__pyx_pw_11errors_flow_91call_checked, cy_Pyx_METH_FASTCALL|cy_METH_KEYWORDS, 0};
static mp_obj_t __pyx_pw_11errors_flow_91call_checked(mp_obj_t __pyx_self,

mp_obj_t const *__pyx_args, mp_int_t __pyx_nargs, mp_obj_t __pyx_kwds

) {
  int __pyx_v_x;

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
&__pyx_n_u_x, 0 };
static const cy_Pyx_ArgSpec __pyx_argspec = { "call_checked",
__pyx_pyargnames, 1, 1, 1, 0,
0, 0,

cy_Pyx_ARGS_EXACT|cy_Pyx_ARGS_KEYWORDS|cy_Pyx_ARGS_CLEAR };
if (MP_LIKELY(!!(!__pyx_kwds && __pyx_nargs == 1))) {
values[0] = __pyx_args[0];
} else if
(cy_Pyx_ParseArgs(&__pyx_argspec, __pyx_args,

__pyx_nargs, __pyx_kwds, values) < 0) {
do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 482; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L3_error; } while (0); }

    __pyx_v_x = cy_Pyx_PyLong_As_int(values[0]); if (MP_UNLIKELY(!!((__pyx_v_x == (int)-1) && cy_PyErr_Occurred()))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 482; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L3_error; } while (0);
  }

  goto __pyx_L4_argument_unpacking_done;
  __pyx_L3_error:;
  for (mp_int_t __pyx_temp=0; __pyx_temp < (mp_int_t)(sizeof(values)/sizeof(values[0])); ++__pyx_temp) {

  }
  __pyx_traceback_0(".call_checked", __pyx_lineno);

  return NULL;
  __pyx_L4_argument_unpacking_done:;
  __pyx_r = __pyx_pf_11errors_flow_90call_checked(__pyx_self, __pyx_v_x);

  /* function exit code */
  for (mp_int_t __pyx_temp=0; __pyx_temp < (mp_int_t)(sizeof(values)/sizeof(values[0])); ++__pyx_temp) {

  }

  return __pyx_r;
}

static mp_obj_t __pyx_pf_11errors_flow_90call_checked(CYTHON_UNUSED mp_obj_t __pyx_self, int __pyx_v_x) {
  mp_obj_t __pyx_r = NULL;
  __Pyx_RefNannyDeclarations
  int __pyx_t_1;
  mp_obj_t __pyx_t_2 = NULL;
  int __pyx_lineno = 0;
  const char *__pyx_filename = NULL;
  int __pyx_clineno = 0;

  /* "errors_flow.pyx":483
 *
 * def call_checked(int x):
 *     return checked(x)             # <<<<<<<<<<<<<<
 *
 *
*/
  __pyx_t_1 = __pyx_f_11errors_flow_checked(__pyx_v_x); if (MP_UNLIKELY(!!(__pyx_t_1 == ((int)-1)))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 483; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);
  __pyx_t_2 = cy_Pyx_PyLong_From_int(__pyx_t_1); if (MP_UNLIKELY(!!(!__pyx_t_2))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 483; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

  {
    mp_obj_t __pyx_temp;
    {
      __pyx_temp = __pyx_r;
      __pyx_r = __pyx_t_2;
    }

  }
  __pyx_t_2 = 0;
  goto __pyx_L0;

  /* "errors_flow.pyx":482
 *
 *
 * def call_checked(int x):             # <<<<<<<<<<<<<<
 *     return checked(x)
 *
*/

  /* function exit code */
  __pyx_L1_error:;

  __pyx_traceback_0(".call_checked", __pyx_lineno);
  __pyx_r = NULL;
  __pyx_L0:;

  return __pyx_r;
}

/* "errors_flow.pyx":486
 *
 *
 * def call_maybe(int x):             # <<<<<<<<<<<<<<
 *     return maybe(x)
 *
*/

/* Python wrapper */
static mp_obj_t __pyx_pw_11errors_flow_93call_maybe(mp_obj_t __pyx_self,

mp_obj_t const *__pyx_args, mp_int_t __pyx_nargs, mp_obj_t __pyx_kwds

); /*proto*/
static cy_PyMethodDef __pyx_mdef_11errors_flow_93call_maybe = {"call_maybe", (cy_PyCFunction)(void(*)(void))(cy_Pyx_PyCFunction_FastCallWithKeywords)__pyx_pw_11errors_flow_93call_maybe, cy_Pyx_METH_FASTCALL|cy_METH_KEYWORDS, 0};
static mp_obj_t __pyx_pw_11errors_flow_93call_maybe(mp_obj_t __pyx_self,

mp_obj_t const *__pyx_args, mp_int_t __pyx_nargs, mp_obj_t __pyx_kwds

) {
  int __pyx_v_x;

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
&__pyx_n_u_x, 0 };
static const cy_Pyx_ArgSpec __pyx_argspec = { "call_maybe",
__pyx_pyargnames, 1, 1, 1, 0,
0, 0,

cy_Pyx_ARGS_EXACT|cy_Pyx_ARGS_KEYWORDS|cy_Pyx_ARGS_CLEAR };
if (MP_LIKELY(!!(!__pyx_kwds && __pyx_nargs == 1))) {
values[0] = __pyx_args[0];
} else if
(cy_Pyx_ParseArgs(&__pyx_argspec, __pyx_args,

__pyx_nargs, __pyx_kwds, values) < 0) {
do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 486; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L3_error; } while (0); }

    __pyx_v_x = cy_Pyx_PyLong_As_int(values[0]); if (MP_UNLIKELY(!!((__pyx_v_x == (int)-1) && cy_PyErr_Occurred()))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 486; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L3_error; } while (0);
  }

  goto __pyx_L4_argument_unpacking_done;
  __pyx_L3_error:;
  for (mp_int_t __pyx_temp=0; __pyx_temp < (mp_int_t)(sizeof(values)/sizeof(values[0])); ++__pyx_temp) {

  }
  __pyx_traceback_0(".call_maybe", __pyx_lineno);

  return NULL;
  __pyx_L4_argument_unpacking_done:;
  __pyx_r = __pyx_pf_11errors_flow_92call_maybe(__pyx_self, __pyx_v_x);

  /* function exit code */
  for (mp_int_t __pyx_temp=0; __pyx_temp < (mp_int_t)(sizeof(values)/sizeof(values[0])); ++__pyx_temp) {

  }

  return __pyx_r;
}

static mp_obj_t __pyx_pf_11errors_flow_92call_maybe(CYTHON_UNUSED mp_obj_t __pyx_self, int __pyx_v_x) {
  mp_obj_t __pyx_r = NULL;
  __Pyx_RefNannyDeclarations
  int __pyx_t_1;
  mp_obj_t __pyx_t_2 = NULL;
  int __pyx_lineno = 0;
  const char *__pyx_filename = NULL;
  int __pyx_clineno = 0;

  /* "errors_flow.pyx":487
 *
 * def call_maybe(int x):
 *     return maybe(x)             # <<<<<<<<<<<<<<
 *
 *
*/
  __pyx_t_1 = __pyx_f_11errors_flow_maybe(__pyx_v_x); if (MP_UNLIKELY(!!(__pyx_t_1 == ((int)-1) && cy_PyErr_Occurred()))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 487; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);
  __pyx_t_2 = cy_Pyx_PyLong_From_int(__pyx_t_1); if (MP_UNLIKELY(!!(!__pyx_t_2))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 487; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

  {
    mp_obj_t __pyx_temp;
    {
      __pyx_temp = __pyx_r;
      __pyx_r = __pyx_t_2;
    }

  }
  __pyx_t_2 = 0;
  goto __pyx_L0;

  /* "errors_flow.pyx":486
 *
 *
 * def call_maybe(int x):             # <<<<<<<<<<<<<<
 *     return maybe(x)
 *
*/

  /* function exit code */
  __pyx_L1_error:;

  __pyx_traceback_0(".call_maybe", __pyx_lineno);
  __pyx_r = NULL;
  __pyx_L0:;

  return __pyx_r;
}

/* "errors_flow.pyx":490
 *
 *
 * def call_star(x):             # <<<<<<<<<<<<<<
 *     star(x)
 *     return "star returned"
*/

/* Python wrapper */
static mp_obj_t __pyx_pw_11errors_flow_95call_star(mp_obj_t __pyx_self,

mp_obj_t const *__pyx_args, mp_int_t __pyx_nargs, mp_obj_t __pyx_kwds

); /*proto*/
static cy_PyMethodDef __pyx_mdef_11errors_flow_95call_star = {"call_star", (cy_PyCFunction)(void(*)(void))(cy_Pyx_PyCFunction_FastCallWithKeywords)__pyx_pw_11errors_flow_95call_star, cy_Pyx_METH_FASTCALL|cy_METH_KEYWORDS, 0};
static mp_obj_t __pyx_pw_11errors_flow_95call_star(mp_obj_t __pyx_self,

mp_obj_t const *__pyx_args, mp_int_t __pyx_nargs, mp_obj_t __pyx_kwds

) {
  mp_obj_t __pyx_v_x = 0;

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
&__pyx_n_u_x, 0 };
static const cy_Pyx_ArgSpec __pyx_argspec = { "call_star",
__pyx_pyargnames, 1, 1, 1, 0,
0, 0,

cy_Pyx_ARGS_EXACT|cy_Pyx_ARGS_KEYWORDS|cy_Pyx_ARGS_CLEAR };
if (MP_LIKELY(!!(!__pyx_kwds && __pyx_nargs == 1))) {
values[0] = __pyx_args[0];
} else if
(cy_Pyx_ParseArgs(&__pyx_argspec, __pyx_args,

__pyx_nargs, __pyx_kwds, values) < 0) {
do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 490; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L3_error; } while (0); }

    __pyx_v_x = values[0];
  }

  goto __pyx_L4_argument_unpacking_done;
  __pyx_L3_error:;
  for (mp_int_t __pyx_temp=0; __pyx_temp < (mp_int_t)(sizeof(values)/sizeof(values[0])); ++__pyx_temp) {

  }
  __pyx_traceback_0(".call_star", __pyx_lineno);

  return NULL;
  __pyx_L4_argument_unpacking_done:;
  __pyx_r = __pyx_pf_11errors_flow_94call_star(__pyx_self, __pyx_v_x);

  /* function exit code */
  for (mp_int_t __pyx_temp=0; __pyx_temp < (mp_int_t)(sizeof(values)/sizeof(values[0])); ++__pyx_temp) {

  }

  return __pyx_r;
}

static mp_obj_t __pyx_pf_11errors_flow_94call_star(CYTHON_UNUSED mp_obj_t __pyx_self, mp_obj_t __pyx_v_x) {
  mp_obj_t __pyx_r = NULL;
  __Pyx_RefNannyDeclarations
  int __pyx_lineno = 0;
  const char *__pyx_filename = NULL;
  int __pyx_clineno = 0;

  /* "errors_flow.pyx":491
 *
 * def call_star(x):
 *     star(x)             # <<<<<<<<<<<<<<
 *     return "star returned"
 *
*/
  __pyx_f_11errors_flow_star(__pyx_v_x); if (MP_UNLIKELY(!!(cy_PyErr_Occurred()))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 491; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

  /* "errors_flow.pyx":492
 * def call_star(x):
 *     star(x)
 *     return "star returned"             # <<<<<<<<<<<<<<
 *
 *
*/
  {
    mp_obj_t __pyx_temp;
    {
      __pyx_temp = __pyx_r;

      __pyx_r = __pyx_kp_u_star_returned;
    }

  }
  goto __pyx_L0;

  /* "errors_flow.pyx":490
 *
 *
 * def call_star(x):             # <<<<<<<<<<<<<<
 *     star(x)
 *     return "star returned"
*/

  /* function exit code */
  __pyx_L1_error:;
  __pyx_traceback_0(".call_star", __pyx_lineno);
  __pyx_r = NULL;
  __pyx_L0:;

  return __pyx_r;
}

/* "errors_flow.pyx":495
 *
 *
 * def call_quiet(int x):             # <<<<<<<<<<<<<<
 *     return quiet(x)
 *
*/

/* Python wrapper */
static mp_obj_t __pyx_pw_11errors_flow_97call_quiet(mp_obj_t __pyx_self,

mp_obj_t const *__pyx_args, mp_int_t __pyx_nargs, mp_obj_t __pyx_kwds

); /*proto*/
static cy_PyMethodDef __pyx_mdef_11errors_flow_97call_quiet = {"call_quiet", (cy_PyCFunction)(void(*)(void))(cy_Pyx_PyCFunction_FastCallWithKeywords)__pyx_pw_11errors_flow_97call_quiet, cy_Pyx_METH_FASTCALL|cy_METH_KEYWORDS, 0};
static mp_obj_t __pyx_pw_11errors_flow_97call_quiet(mp_obj_t __pyx_self,

mp_obj_t const *__pyx_args, mp_int_t __pyx_nargs, mp_obj_t __pyx_kwds

) {
  int __pyx_v_x;

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
&__pyx_n_u_x, 0 };
static const cy_Pyx_ArgSpec __pyx_argspec = { "call_quiet",
__pyx_pyargnames, 1, 1, 1, 0,
0, 0,

cy_Pyx_ARGS_EXACT|cy_Pyx_ARGS_KEYWORDS|cy_Pyx_ARGS_CLEAR };
if (MP_LIKELY(!!(!__pyx_kwds && __pyx_nargs == 1))) {
values[0] = __pyx_args[0];
} else if
(cy_Pyx_ParseArgs(&__pyx_argspec, __pyx_args,

__pyx_nargs, __pyx_kwds, values) < 0) {
do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 495; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L3_error; } while (0); }

    __pyx_v_x = cy_Pyx_PyLong_As_int(values[0]); if (MP_UNLIKELY(!!((__pyx_v_x == (int)-1) && cy_PyErr_Occurred()))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 495; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L3_error; } while (0);
  }

  goto __pyx_L4_argument_unpacking_done;
  __pyx_L3_error:;
  for (mp_int_t __pyx_temp=0; __pyx_temp < (mp_int_t)(sizeof(values)/sizeof(values[0])); ++__pyx_temp) {

  }
  __pyx_traceback_0(".call_quiet", __pyx_lineno);

  return NULL;
  __pyx_L4_argument_unpacking_done:;
  __pyx_r = __pyx_pf_11errors_flow_96call_quiet(__pyx_self, __pyx_v_x);

  /* function exit code */
  for (mp_int_t __pyx_temp=0; __pyx_temp < (mp_int_t)(sizeof(values)/sizeof(values[0])); ++__pyx_temp) {

  }

  return __pyx_r;
}

static mp_obj_t __pyx_pf_11errors_flow_96call_quiet(CYTHON_UNUSED mp_obj_t __pyx_self, int __pyx_v_x) {
  mp_obj_t __pyx_r = NULL;
  __Pyx_RefNannyDeclarations
  mp_obj_t __pyx_t_1 = NULL;
  int __pyx_lineno = 0;
  const char *__pyx_filename = NULL;
  int __pyx_clineno = 0;

  /* "errors_flow.pyx":496
 *
 * def call_quiet(int x):
 *     return quiet(x)             # <<<<<<<<<<<<<<
 *
 *
*/
  __pyx_t_1 = cy_Pyx_PyLong_From_int(__pyx_f_11errors_flow_quiet(__pyx_v_x)); if (MP_UNLIKELY(!!(!__pyx_t_1))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 496; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

  {
    mp_obj_t __pyx_temp;
    {
      __pyx_temp = __pyx_r;
      __pyx_r = __pyx_t_1;
    }

  }
  __pyx_t_1 = 0;
  goto __pyx_L0;

  /* "errors_flow.pyx":495
 *
 *
 * def call_quiet(int x):             # <<<<<<<<<<<<<<
 *     return quiet(x)
 *
*/

  /* function exit code */
  __pyx_L1_error:;

  __pyx_traceback_0(".call_quiet", __pyx_lineno);
  __pyx_r = NULL;
  __pyx_L0:;

  return __pyx_r;
}

/* "errors_flow.pyx":499
 *
 *
 * def call_returns_object(int x):             # <<<<<<<<<<<<<<
 *     return returns_object(x)
 *
*/

/* Python wrapper */
static mp_obj_t __pyx_pw_11errors_flow_99call_returns_object(mp_obj_t __pyx_self,

mp_obj_t const *__pyx_args, mp_int_t __pyx_nargs, mp_obj_t __pyx_kwds

); /*proto*/
static cy_PyMethodDef __pyx_mdef_11errors_flow_99call_returns_object = {"call_returns_object", (cy_PyCFunction)(void(*)(void))(cy_Pyx_PyCFunction_FastCallWithKeywords)__pyx_pw_11errors_flow_99call_returns_object, cy_Pyx_METH_FASTCALL|cy_METH_KEYWORDS, 0};
static mp_obj_t __pyx_pw_11errors_flow_99call_returns_object(mp_obj_t __pyx_self,

mp_obj_t const *__pyx_args, mp_int_t __pyx_nargs, mp_obj_t __pyx_kwds

) {
  int __pyx_v_x;

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
&__pyx_n_u_x, 0 };
static const cy_Pyx_ArgSpec __pyx_argspec = { "call_returns_object",
__pyx_pyargnames, 1, 1, 1, 0,
0, 0,

cy_Pyx_ARGS_EXACT|cy_Pyx_ARGS_KEYWORDS|cy_Pyx_ARGS_CLEAR };
if (MP_LIKELY(!!(!__pyx_kwds && __pyx_nargs == 1))) {
values[0] = __pyx_args[0];
} else if
(cy_Pyx_ParseArgs(&__pyx_argspec, __pyx_args,

__pyx_nargs, __pyx_kwds, values) < 0) {
do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 499; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L3_error; } while (0); }

    __pyx_v_x = cy_Pyx_PyLong_As_int(values[0]); if (MP_UNLIKELY(!!((__pyx_v_x == (int)-1) && cy_PyErr_Occurred()))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 499; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L3_error; } while (0);
  }

  goto __pyx_L4_argument_unpacking_done;
  __pyx_L3_error:;
  for (mp_int_t __pyx_temp=0; __pyx_temp < (mp_int_t)(sizeof(values)/sizeof(values[0])); ++__pyx_temp) {

  }
  __pyx_traceback_0(".call_returns_object", __pyx_lineno);

  return NULL;
  __pyx_L4_argument_unpacking_done:;
  __pyx_r = __pyx_pf_11errors_flow_98call_returns_object(__pyx_self, __pyx_v_x);

  /* function exit code */
  for (mp_int_t __pyx_temp=0; __pyx_temp < (mp_int_t)(sizeof(values)/sizeof(values[0])); ++__pyx_temp) {

  }

  return __pyx_r;
}

static mp_obj_t __pyx_pf_11errors_flow_98call_returns_object(CYTHON_UNUSED mp_obj_t __pyx_self, int __pyx_v_x) {
  mp_obj_t __pyx_r = NULL;
  __Pyx_RefNannyDeclarations
  mp_obj_t __pyx_t_1 = NULL;
  int __pyx_lineno = 0;
  const char *__pyx_filename = NULL;
  int __pyx_clineno = 0;

  /* "errors_flow.pyx":500
 *
 * def call_returns_object(int x):
 *     return returns_object(x)             # <<<<<<<<<<<<<<
 *
 *
*/
  __pyx_t_1 = __pyx_f_11errors_flow_returns_object(__pyx_v_x); if (MP_UNLIKELY(!!(!__pyx_t_1))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 500; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

  {
    mp_obj_t __pyx_temp;
    {
      __pyx_temp = __pyx_r;
      __pyx_r = __pyx_t_1;
    }

  }
  __pyx_t_1 = 0;
  goto __pyx_L0;

  /* "errors_flow.pyx":499
 *
 *
 * def call_returns_object(int x):             # <<<<<<<<<<<<<<
 *     return returns_object(x)
 *
*/

  /* function exit code */
  __pyx_L1_error:;

  __pyx_traceback_0(".call_returns_object", __pyx_lineno);
  __pyx_r = NULL;
  __pyx_L0:;

  return __pyx_r;
}

/* "errors_flow.pyx":503
 *
 *
 * def call_chain(int x):             # <<<<<<<<<<<<<<
 *     return chain(x)
 *
*/

/* Python wrapper */
static mp_obj_t __pyx_pw_11errors_flow_101call_chain(mp_obj_t __pyx_self,

mp_obj_t const *__pyx_args, mp_int_t __pyx_nargs, mp_obj_t __pyx_kwds

); /*proto*/
static cy_PyMethodDef __pyx_mdef_11errors_flow_101call_chain = {"call_chain", (cy_PyCFunction)(void(*)(void))(cy_Pyx_PyCFunction_FastCallWithKeywords)__pyx_pw_11errors_flow_101call_chain, cy_Pyx_METH_FASTCALL|cy_METH_KEYWORDS, 0};
static mp_obj_t __pyx_pw_11errors_flow_101call_chain(mp_obj_t __pyx_self,

mp_obj_t const *__pyx_args, mp_int_t __pyx_nargs, mp_obj_t __pyx_kwds

) {
  int __pyx_v_x;

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
&__pyx_n_u_x, 0 };
static const cy_Pyx_ArgSpec __pyx_argspec = { "call_chain",
__pyx_pyargnames, 1, 1, 1, 0,
0, 0,

cy_Pyx_ARGS_EXACT|cy_Pyx_ARGS_KEYWORDS|cy_Pyx_ARGS_CLEAR };
if (MP_LIKELY(!!(!__pyx_kwds && __pyx_nargs == 1))) {
values[0] = __pyx_args[0];
} else if
(cy_Pyx_ParseArgs(&__pyx_argspec, __pyx_args,

__pyx_nargs, __pyx_kwds, values) < 0) {
do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 503; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L3_error; } while (0); }

    __pyx_v_x = cy_Pyx_PyLong_As_int(values[0]); if (MP_UNLIKELY(!!((__pyx_v_x == (int)-1) && cy_PyErr_Occurred()))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 503; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L3_error; } while (0);
  }

  goto __pyx_L4_argument_unpacking_done;
  __pyx_L3_error:;
  for (mp_int_t __pyx_temp=0; __pyx_temp < (mp_int_t)(sizeof(values)/sizeof(values[0])); ++__pyx_temp) {

  }
  __pyx_traceback_0(".call_chain", __pyx_lineno);

  return NULL;
  __pyx_L4_argument_unpacking_done:;
  __pyx_r = __pyx_pf_11errors_flow_100call_chain(__pyx_self, __pyx_v_x);

  /* function exit code */
  for (mp_int_t __pyx_temp=0; __pyx_temp < (mp_int_t)(sizeof(values)/sizeof(values[0])); ++__pyx_temp) {

  }

  return __pyx_r;
}

static mp_obj_t __pyx_pf_11errors_flow_100call_chain(CYTHON_UNUSED mp_obj_t __pyx_self, int __pyx_v_x) {
  mp_obj_t __pyx_r = NULL;
  __Pyx_RefNannyDeclarations
  int __pyx_t_1;
  mp_obj_t __pyx_t_2 = NULL;
  int __pyx_lineno = 0;
  const char *__pyx_filename = NULL;
  int __pyx_clineno = 0;

  /* "errors_flow.pyx":504
 *
 * def call_chain(int x):
 *     return chain(x)             # <<<<<<<<<<<<<<
 *
 *
*/
  __pyx_t_1 = __pyx_f_11errors_flow_chain(__pyx_v_x); if (MP_UNLIKELY(!!(__pyx_t_1 == ((int)-1)))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 504; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);
  __pyx_t_2 = cy_Pyx_PyLong_From_int(__pyx_t_1); if (MP_UNLIKELY(!!(!__pyx_t_2))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 504; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

  {
    mp_obj_t __pyx_temp;
    {
      __pyx_temp = __pyx_r;
      __pyx_r = __pyx_t_2;
    }

  }
  __pyx_t_2 = 0;
  goto __pyx_L0;

  /* "errors_flow.pyx":503
 *
 *
 * def call_chain(int x):             # <<<<<<<<<<<<<<
 *     return chain(x)
 *
*/

  /* function exit code */
  __pyx_L1_error:;

  __pyx_traceback_0(".call_chain", __pyx_lineno);
  __pyx_r = NULL;
  __pyx_L0:;

  return __pyx_r;
}

/* "errors_flow.pyx":507
 *
 *
 * def catch_in_cdef_caller(int x):             # <<<<<<<<<<<<<<
 *     try:
 *         checked(x)
*/

/* Python wrapper */
static mp_obj_t __pyx_pw_11errors_flow_103catch_in_cdef_caller(mp_obj_t __pyx_self,

mp_obj_t const *__pyx_args, mp_int_t __pyx_nargs, mp_obj_t __pyx_kwds

); /*proto*/
static cy_PyMethodDef __pyx_mdef_11errors_flow_103catch_in_cdef_caller = {"catch_in_cdef_caller", (cy_PyCFunction)(void(*)(void))(cy_Pyx_PyCFunction_FastCallWithKeywords)__pyx_pw_11errors_flow_103catch_in_cdef_caller, cy_Pyx_METH_FASTCALL|cy_METH_KEYWORDS, 0};
static mp_obj_t __pyx_pw_11errors_flow_103catch_in_cdef_caller(mp_obj_t __pyx_self,

mp_obj_t const *__pyx_args, mp_int_t __pyx_nargs, mp_obj_t __pyx_kwds

) {
  int __pyx_v_x;

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
&__pyx_n_u_x, 0 };
static const cy_Pyx_ArgSpec __pyx_argspec = { "catch_in_cdef_caller",
__pyx_pyargnames, 1, 1, 1, 0,
0, 0,

cy_Pyx_ARGS_EXACT|cy_Pyx_ARGS_KEYWORDS|cy_Pyx_ARGS_CLEAR };
if (MP_LIKELY(!!(!__pyx_kwds && __pyx_nargs == 1))) {
values[0] = __pyx_args[0];
} else if
(cy_Pyx_ParseArgs(&__pyx_argspec, __pyx_args,

__pyx_nargs, __pyx_kwds, values) < 0) {
do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 507; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L3_error; } while (0); }

    __pyx_v_x = cy_Pyx_PyLong_As_int(values[0]); if (MP_UNLIKELY(!!((__pyx_v_x == (int)-1) && cy_PyErr_Occurred()))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 507; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L3_error; } while (0);
  }

  goto __pyx_L4_argument_unpacking_done;
  __pyx_L3_error:;
  for (mp_int_t __pyx_temp=0; __pyx_temp < (mp_int_t)(sizeof(values)/sizeof(values[0])); ++__pyx_temp) {

  }
  __pyx_traceback_0(".catch_in_cdef_caller", __pyx_lineno);

  return NULL;
  __pyx_L4_argument_unpacking_done:;
  __pyx_r = __pyx_pf_11errors_flow_102catch_in_cdef_caller(__pyx_self, __pyx_v_x);

  /* function exit code */
  for (mp_int_t __pyx_temp=0; __pyx_temp < (mp_int_t)(sizeof(values)/sizeof(values[0])); ++__pyx_temp) {

  }

  return __pyx_r;
}

static mp_obj_t __pyx_pf_11errors_flow_102catch_in_cdef_caller(CYTHON_UNUSED mp_obj_t __pyx_self, int __pyx_v_x) {
  mp_obj_t __pyx_v_e = NULL;
  mp_obj_t __pyx_r = NULL;
  __Pyx_RefNannyDeclarations
  mp_obj_t __pyx_t_1 = NULL;
  mp_obj_t __pyx_t_2 = NULL;
  mp_obj_t __pyx_t_3 = NULL;
  int __pyx_t_4;
  mp_obj_t __pyx_t_5 = NULL;
  mp_obj_t __pyx_t_6 = NULL;
  mp_obj_t __pyx_t_7 = NULL;
  mp_obj_t __pyx_t_8 = NULL;
  mp_obj_t __pyx_t_9 = NULL;
  int __pyx_t_10;
  char const *__pyx_t_11;
  mp_obj_t __pyx_t_12 = NULL;
  mp_obj_t __pyx_t_13 = NULL;
  mp_obj_t __pyx_t_14 = NULL;
  mp_obj_t __pyx_t_15 = NULL;
  mp_obj_t __pyx_t_16 = NULL;
  mp_obj_t __pyx_t_17 = NULL;
  int __pyx_lineno = 0;
  const char *__pyx_filename = NULL;
  int __pyx_clineno = 0;

  /* "errors_flow.pyx":508
 *
 * def catch_in_cdef_caller(int x):
 *     try:             # <<<<<<<<<<<<<<
 *         checked(x)
 *     except ValueError as e:
*/
  {
    cy_Pyx_PyThreadState_declare;    cy_Pyx_PyThreadState_assign;    cy_Pyx_ExceptionSave(&__pyx_t_1, &__pyx_t_2, &__pyx_t_3);

    /*try:*/ {

      /* "errors_flow.pyx":509
 * def catch_in_cdef_caller(int x):
 *     try:
 *         checked(x)             # <<<<<<<<<<<<<<
 *     except ValueError as e:
 *         return "caught " + str(e)
*/
      __pyx_t_4 = __pyx_f_11errors_flow_checked(__pyx_v_x); if (MP_UNLIKELY(!!(__pyx_t_4 == ((int)-1)))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 509; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L3_error; } while (0);

      /* "errors_flow.pyx":508
 *
 * def catch_in_cdef_caller(int x):
 *     try:             # <<<<<<<<<<<<<<
 *         checked(x)
 *     except ValueError as e:
*/
    }
     __pyx_t_1 = 0;
     __pyx_t_2 = 0;
     __pyx_t_3 = 0;
    goto __pyx_L8_try_end;
    __pyx_L3_error:;

    /* "errors_flow.pyx":510
 *     try:
 *         checked(x)
 *     except ValueError as e:             # <<<<<<<<<<<<<<
 *         return "caught " + str(e)
 *     return "fine"
*/
    __pyx_t_4 = cy_Pyx_PyErr_ExceptionMatches(((mp_obj_t )(((cy_PyTypeObject*)MP_OBJ_FROM_PTR(&mp_type_ValueError)))));
    if (__pyx_t_4) {
      __pyx_traceback_0(".catch_in_cdef_caller", __pyx_lineno);
      if (cy_Pyx_GetException(&__pyx_t_5, &__pyx_t_6, &__pyx_t_7) < 0) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 510; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L5_except_error; } while (0);

      __pyx_v_e = __pyx_t_6;
      /*try:*/ {

        /* "errors_flow.pyx":511
 *         checked(x)
 *     except ValueError as e:
 *         return "caught " + str(e)             # <<<<<<<<<<<<<<
 *     return "fine"
 *
*/
        __pyx_t_8 = cy_Pyx_PyObject_Unicode(__pyx_v_e); if (MP_UNLIKELY(!!(!__pyx_t_8))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 511; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L14_error; } while (0);

        __pyx_t_9 = cy_Pyx_PyUnicode_Concat(__pyx_kp_u_caught, __pyx_t_8); if (MP_UNLIKELY(!!(!__pyx_t_9))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 511; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L14_error; } while (0);

         __pyx_t_8 = 0;
        {
          mp_obj_t __pyx_temp;
          {
            __pyx_temp = __pyx_r;
            __pyx_r = __pyx_t_9;
          }

        }
        __pyx_t_9 = 0;
         __pyx_t_5 = 0;
         __pyx_t_6 = 0;
         __pyx_t_7 = 0;
        goto __pyx_L13_return;
      }

      /* "errors_flow.pyx":510
 *     try:
 *         checked(x)
 *     except ValueError as e:             # <<<<<<<<<<<<<<
 *         return "caught " + str(e)
 *     return "fine"
*/
      /*finally:*/ {
        __pyx_L14_error:;
        /*exception exit:*/{
          cy_Pyx_PyThreadState_declare;          cy_Pyx_PyThreadState_assign;          __pyx_t_12 = 0; __pyx_t_13 = 0; __pyx_t_14 = 0; __pyx_t_15 = 0; __pyx_t_16 = 0; __pyx_t_17 = 0;
           __pyx_t_8 = 0;
           __pyx_t_9 = 0;
           cy_Pyx_ExceptionSwap(&__pyx_t_15, &__pyx_t_16, &__pyx_t_17);
          if ( MP_UNLIKELY(!!(cy_Pyx_GetException(&__pyx_t_12, &__pyx_t_13, &__pyx_t_14) < 0))) cy_Pyx_ErrFetch(&__pyx_t_12, &__pyx_t_13, &__pyx_t_14);

          __pyx_t_4 = __pyx_lineno; __pyx_t_10 = __pyx_clineno; __pyx_t_11 = __pyx_filename;
          {
             __pyx_v_e = 0;
          }

          cy_Pyx_ExceptionReset(__pyx_t_15, __pyx_t_16, __pyx_t_17);

          cy_Pyx_ErrRestore(__pyx_t_12, __pyx_t_13, __pyx_t_14);
          __pyx_t_12 = 0; __pyx_t_13 = 0; __pyx_t_14 = 0; __pyx_t_15 = 0; __pyx_t_16 = 0; __pyx_t_17 = 0;
          __pyx_lineno = __pyx_t_4; __pyx_clineno = __pyx_t_10; __pyx_filename = __pyx_t_11;
          goto __pyx_L5_except_error;
        }
        __pyx_L13_return: {
          __pyx_t_17 = __pyx_r;
          __pyx_r = 0;
           __pyx_v_e = 0;
          __pyx_r = __pyx_t_17;
          __pyx_t_17 = 0;
          goto __pyx_L6_except_return;
        }
      }
    }
    goto __pyx_L5_except_error;

    /* "errors_flow.pyx":508
 *
 * def catch_in_cdef_caller(int x):
 *     try:             # <<<<<<<<<<<<<<
 *         checked(x)
 *     except ValueError as e:
*/
    __pyx_L5_except_error:;

    cy_Pyx_ExceptionReset(__pyx_t_1, __pyx_t_2, __pyx_t_3);
    goto __pyx_L1_error;
    __pyx_L6_except_return:;

    cy_Pyx_ExceptionReset(__pyx_t_1, __pyx_t_2, __pyx_t_3);
    goto __pyx_L0;
    __pyx_L8_try_end:;
  }

  /* "errors_flow.pyx":512
 *     except ValueError as e:
 *         return "caught " + str(e)
 *     return "fine"             # <<<<<<<<<<<<<<
 *
 *
*/
  {
    mp_obj_t __pyx_temp;
    {
      __pyx_temp = __pyx_r;

      __pyx_r = __pyx_n_u_fine;
    }

  }
  goto __pyx_L0;

  /* "errors_flow.pyx":507
 *
 *
 * def catch_in_cdef_caller(int x):             # <<<<<<<<<<<<<<
 *     try:
 *         checked(x)
*/

  /* function exit code */
  __pyx_L1_error:;

  __pyx_traceback_0(".catch_in_cdef_caller", __pyx_lineno);
  __pyx_r = NULL;
  __pyx_L0:;

  return __pyx_r;
}

/* "errors_flow.pyx":519
 *
 *
 * def raise_catch_loop(int n):             # <<<<<<<<<<<<<<
 *     cdef int i, caught = 0
 *     for i in range(n):
*/

/* Python wrapper */
static mp_obj_t __pyx_pw_11errors_flow_105raise_catch_loop(mp_obj_t __pyx_self,

mp_obj_t const *__pyx_args, mp_int_t __pyx_nargs, mp_obj_t __pyx_kwds

); /*proto*/
static cy_PyMethodDef __pyx_mdef_11errors_flow_105raise_catch_loop = {"raise_catch_loop", (cy_PyCFunction)(void(*)(void))(cy_Pyx_PyCFunction_FastCallWithKeywords)__pyx_pw_11errors_flow_105raise_catch_loop, cy_Pyx_METH_FASTCALL|cy_METH_KEYWORDS, 0};
static mp_obj_t __pyx_pw_11errors_flow_105raise_catch_loop(mp_obj_t __pyx_self,

mp_obj_t const *__pyx_args, mp_int_t __pyx_nargs, mp_obj_t __pyx_kwds

) {
  int __pyx_v_n;

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
&__pyx_n_u_n, 0 };
static const cy_Pyx_ArgSpec __pyx_argspec = { "raise_catch_loop",
__pyx_pyargnames, 1, 1, 1, 0,
0, 0,

cy_Pyx_ARGS_EXACT|cy_Pyx_ARGS_KEYWORDS|cy_Pyx_ARGS_CLEAR };
if (MP_LIKELY(!!(!__pyx_kwds && __pyx_nargs == 1))) {
values[0] = __pyx_args[0];
} else if
(cy_Pyx_ParseArgs(&__pyx_argspec, __pyx_args,

__pyx_nargs, __pyx_kwds, values) < 0) {
do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 519; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L3_error; } while (0); }

    __pyx_v_n = cy_Pyx_PyLong_As_int(values[0]); if (MP_UNLIKELY(!!((__pyx_v_n == (int)-1) && cy_PyErr_Occurred()))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 519; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L3_error; } while (0);
  }

  goto __pyx_L4_argument_unpacking_done;
  __pyx_L3_error:;
  for (mp_int_t __pyx_temp=0; __pyx_temp < (mp_int_t)(sizeof(values)/sizeof(values[0])); ++__pyx_temp) {

  }
  __pyx_traceback_0(".raise_catch_loop", __pyx_lineno);

  return NULL;
  __pyx_L4_argument_unpacking_done:;
  __pyx_r = __pyx_pf_11errors_flow_104raise_catch_loop(__pyx_self, __pyx_v_n);

  /* function exit code */
  for (mp_int_t __pyx_temp=0; __pyx_temp < (mp_int_t)(sizeof(values)/sizeof(values[0])); ++__pyx_temp) {

  }

  return __pyx_r;
}

static mp_obj_t __pyx_pf_11errors_flow_104raise_catch_loop(CYTHON_UNUSED mp_obj_t __pyx_self, int __pyx_v_n) {
  int __pyx_v_i;
  int __pyx_v_caught;
  mp_obj_t __pyx_r = NULL;
  __Pyx_RefNannyDeclarations
  int __pyx_t_1;
  int __pyx_t_2;
  int __pyx_t_3;
  mp_obj_t __pyx_t_4 = NULL;
  mp_obj_t __pyx_t_5 = NULL;
  mp_obj_t __pyx_t_6 = NULL;
  int __pyx_t_7;
  mp_obj_t __pyx_t_8 = NULL;
  mp_obj_t __pyx_t_9 = NULL;
  mp_obj_t __pyx_t_10 = NULL;
  size_t __pyx_t_11;
  int __pyx_t_12;
  mp_obj_t __pyx_t_13 = NULL;
  int __pyx_t_14;
  char const *__pyx_t_15;
  mp_obj_t __pyx_t_16 = NULL;
  mp_obj_t __pyx_t_17 = NULL;
  mp_obj_t __pyx_t_18 = NULL;
  int __pyx_lineno = 0;
  const char *__pyx_filename = NULL;
  int __pyx_clineno = 0;

  /* "errors_flow.pyx":520
 *
 * def raise_catch_loop(int n):
 *     cdef int i, caught = 0             # <<<<<<<<<<<<<<
 *     for i in range(n):
 *         try:
*/
  __pyx_v_caught = 0;

  /* "errors_flow.pyx":521
 * def raise_catch_loop(int n):
 *     cdef int i, caught = 0
 *     for i in range(n):             # <<<<<<<<<<<<<<
 *         try:
 *             if i % 3 == 0:
*/

  __pyx_t_1 = __pyx_v_n;
  __pyx_t_2 = __pyx_t_1;

  for (__pyx_t_3 = 0; __pyx_t_3 < __pyx_t_2; __pyx_t_3+=1) {
    __pyx_v_i = __pyx_t_3;

    /* "errors_flow.pyx":522
 *     cdef int i, caught = 0
 *     for i in range(n):
 *         try:             # <<<<<<<<<<<<<<
 *             if i % 3 == 0:
 *                 raise ValueError(i)
*/
    /*try:*/ {
      {
        cy_Pyx_PyThreadState_declare;        cy_Pyx_PyThreadState_assign;        cy_Pyx_ExceptionSave(&__pyx_t_4, &__pyx_t_5, &__pyx_t_6);

        /*try:*/ {

          /* "errors_flow.pyx":523
 *     for i in range(n):
 *         try:
 *             if i % 3 == 0:             # <<<<<<<<<<<<<<
 *                 raise ValueError(i)
 *             elif i % 3 == 1:
*/
          __pyx_t_7 = (__Pyx_mod_long(__pyx_v_i, 3, 1) == 0);

          if (MP_UNLIKELY(!!(__pyx_t_7))) {

            /* "errors_flow.pyx":524
 *         try:
 *             if i % 3 == 0:
 *                 raise ValueError(i)             # <<<<<<<<<<<<<<
 *             elif i % 3 == 1:
 *                 checked(-i)
*/
            __pyx_t_9 = NULL;
            __pyx_t_10 = cy_Pyx_PyLong_From_int(__pyx_v_i); if (MP_UNLIKELY(!!(!__pyx_t_10))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 524; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L10_error; } while (0);

            __pyx_t_11 = 1;
            {
              mp_obj_t __pyx_callargs[2] = {__pyx_t_9, __pyx_t_10};
              __pyx_t_8 = cy_Pyx_PyObject_FastCall((mp_obj_t)(((cy_PyTypeObject*)MP_OBJ_FROM_PTR(&mp_type_ValueError))), __pyx_callargs+__pyx_t_11, (2-__pyx_t_11) | (__pyx_t_11*cy_Pyx_PY_VECTORCALL_ARGUMENTS_OFFSET));
               __pyx_t_9 = 0;
               __pyx_t_10 = 0;
              if (MP_UNLIKELY(!!(!__pyx_t_8))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 524; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L10_error; } while (0);

            }
            cy_Pyx_Raise(__pyx_t_8, 0, 0, 0);
             __pyx_t_8 = 0;
            do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 524; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L10_error; } while (0);

            /* "errors_flow.pyx":523
 *     for i in range(n):
 *         try:
 *             if i % 3 == 0:             # <<<<<<<<<<<<<<
 *                 raise ValueError(i)
 *             elif i % 3 == 1:
*/
          }

          /* "errors_flow.pyx":525
 *             if i % 3 == 0:
 *                 raise ValueError(i)
 *             elif i % 3 == 1:             # <<<<<<<<<<<<<<
 *                 checked(-i)
 *             else:
*/
          __pyx_t_7 = (__Pyx_mod_long(__pyx_v_i, 3, 1) == 1);

          if (MP_LIKELY(!!(__pyx_t_7))) {

            /* "errors_flow.pyx":526
 *                 raise ValueError(i)
 *             elif i % 3 == 1:
 *                 checked(-i)             # <<<<<<<<<<<<<<
 *             else:
 *                 raise SensorError("s", i)
*/
            __pyx_t_12 = __pyx_f_11errors_flow_checked((-__pyx_v_i)); if (MP_UNLIKELY(!!(__pyx_t_12 == ((int)-1)))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 526; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L10_error; } while (0);

            /* "errors_flow.pyx":525
 *             if i % 3 == 0:
 *                 raise ValueError(i)
 *             elif i % 3 == 1:             # <<<<<<<<<<<<<<
 *                 checked(-i)
 *             else:
*/
            goto __pyx_L18;
          }

          /* "errors_flow.pyx":528
 *                 checked(-i)
 *             else:
 *                 raise SensorError("s", i)             # <<<<<<<<<<<<<<
 *         except ValueError:
 *             caught += 1
*/
          /*else*/ {
            __pyx_t_10 = NULL;
            cy_Pyx_GetModuleGlobalName(__pyx_t_9, __pyx_n_u_SensorError); if (MP_UNLIKELY(!!(!__pyx_t_9))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 528; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L10_error; } while (0);

            __pyx_t_13 = cy_Pyx_PyLong_From_int(__pyx_v_i); if (MP_UNLIKELY(!!(!__pyx_t_13))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 528; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L10_error; } while (0);

            __pyx_t_11 = 1;

            {
              mp_obj_t __pyx_callargs[3] = {__pyx_t_10, __pyx_n_u_s, __pyx_t_13};
              __pyx_t_8 = cy_Pyx_PyObject_FastCall((mp_obj_t)__pyx_t_9, __pyx_callargs+__pyx_t_11, (3-__pyx_t_11) | (__pyx_t_11*cy_Pyx_PY_VECTORCALL_ARGUMENTS_OFFSET));
               __pyx_t_10 = 0;
               __pyx_t_13 = 0;
               __pyx_t_9 = 0;
              if (MP_UNLIKELY(!!(!__pyx_t_8))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 528; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L10_error; } while (0);

            }
            cy_Pyx_Raise(__pyx_t_8, 0, 0, 0);
             __pyx_t_8 = 0;
            do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 528; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L10_error; } while (0);
          }
          __pyx_L18:;

          /* "errors_flow.pyx":522
 *     cdef int i, caught = 0
 *     for i in range(n):
 *         try:             # <<<<<<<<<<<<<<
 *             if i % 3 == 0:
 *                 raise ValueError(i)
*/
        }
         __pyx_t_4 = 0;
         __pyx_t_5 = 0;
         __pyx_t_6 = 0;
        goto __pyx_L17_try_end;
        __pyx_L10_error:;
         __pyx_t_10 = 0;
         __pyx_t_13 = 0;
         __pyx_t_8 = 0;
         __pyx_t_9 = 0;

        /* "errors_flow.pyx":529
 *             else:
 *                 raise SensorError("s", i)
 *         except ValueError:             # <<<<<<<<<<<<<<
 *             caught += 1
 *         except DeviceError:
*/
        __pyx_t_12 = cy_Pyx_PyErr_ExceptionMatches(((mp_obj_t )(((cy_PyTypeObject*)MP_OBJ_FROM_PTR(&mp_type_ValueError)))));
        if (__pyx_t_12) {
          __pyx_traceback_0(".raise_catch_loop", __pyx_lineno);
          if (cy_Pyx_GetException(&__pyx_t_8, &__pyx_t_9, &__pyx_t_13) < 0) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 529; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L12_except_error; } while (0);

          /* "errors_flow.pyx":530
 *                 raise SensorError("s", i)
 *         except ValueError:
 *             caught += 1             # <<<<<<<<<<<<<<
 *         except DeviceError:
 *             caught += 1
*/
          __pyx_v_caught = (__pyx_v_caught + 1);
           __pyx_t_8 = 0;
           __pyx_t_9 = 0;
           __pyx_t_13 = 0;
          goto __pyx_L11_exception_handled;
        }

        /* "errors_flow.pyx":531
 *         except ValueError:
 *             caught += 1
 *         except DeviceError:             # <<<<<<<<<<<<<<
 *             caught += 1
 *         finally:
*/
        cy_Pyx_ErrFetch(&__pyx_t_13, &__pyx_t_9, &__pyx_t_8);
        cy_Pyx_GetModuleGlobalName(__pyx_t_10, __pyx_n_u_DeviceError); if (MP_UNLIKELY(!!(!__pyx_t_10))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 531; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L12_except_error; } while (0);

        __pyx_t_12 = cy_Pyx_PyErr_GivenExceptionMatches(__pyx_t_13, __pyx_t_10);
         __pyx_t_10 = 0;
        cy_Pyx_ErrRestore(__pyx_t_13, __pyx_t_9, __pyx_t_8);
        __pyx_t_13 = 0; __pyx_t_9 = 0; __pyx_t_8 = 0;
        if (__pyx_t_12) {
          __pyx_traceback_0(".raise_catch_loop", __pyx_lineno);
          if (cy_Pyx_GetException(&__pyx_t_8, &__pyx_t_9, &__pyx_t_13) < 0) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 531; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L12_except_error; } while (0);

          /* "errors_flow.pyx":532
 *             caught += 1
 *         except DeviceError:
 *             caught += 1             # <<<<<<<<<<<<<<
 *         finally:
 *             pass
*/
          __pyx_v_caught = (__pyx_v_caught + 1);
           __pyx_t_8 = 0;
           __pyx_t_9 = 0;
           __pyx_t_13 = 0;
          goto __pyx_L11_exception_handled;
        }
        goto __pyx_L12_except_error;

        /* "errors_flow.pyx":522
 *     cdef int i, caught = 0
 *     for i in range(n):
 *         try:             # <<<<<<<<<<<<<<
 *             if i % 3 == 0:
 *                 raise ValueError(i)
*/
        __pyx_L12_except_error:;

        cy_Pyx_ExceptionReset(__pyx_t_4, __pyx_t_5, __pyx_t_6);
        goto __pyx_L8_error;
        __pyx_L11_exception_handled:;

        cy_Pyx_ExceptionReset(__pyx_t_4, __pyx_t_5, __pyx_t_6);
        __pyx_L17_try_end:;
      }
    }

    /* "errors_flow.pyx":534
 *             caught += 1
 *         finally:
 *             pass             # <<<<<<<<<<<<<<
 *     return caught
 *
*/
    /*finally:*/ {
      /*normal exit:*/{
        goto __pyx_L9;
      }
      __pyx_L8_error:;
      /*exception exit:*/{
        cy_Pyx_PyThreadState_declare;        cy_Pyx_PyThreadState_assign;        __pyx_t_6 = 0; __pyx_t_5 = 0; __pyx_t_4 = 0; __pyx_t_16 = 0; __pyx_t_17 = 0; __pyx_t_18 = 0;
         __pyx_t_10 = 0;
         __pyx_t_13 = 0;
         __pyx_t_8 = 0;
         __pyx_t_9 = 0;
         cy_Pyx_ExceptionSwap(&__pyx_t_16, &__pyx_t_17, &__pyx_t_18);
        if ( MP_UNLIKELY(!!(cy_Pyx_GetException(&__pyx_t_6, &__pyx_t_5, &__pyx_t_4) < 0))) cy_Pyx_ErrFetch(&__pyx_t_6, &__pyx_t_5, &__pyx_t_4);

        __pyx_t_12 = __pyx_lineno; __pyx_t_14 = __pyx_clineno; __pyx_t_15 = __pyx_filename;
        {
        }

        cy_Pyx_ExceptionReset(__pyx_t_16, __pyx_t_17, __pyx_t_18);

        cy_Pyx_ErrRestore(__pyx_t_6, __pyx_t_5, __pyx_t_4);
        __pyx_t_6 = 0; __pyx_t_5 = 0; __pyx_t_4 = 0; __pyx_t_16 = 0; __pyx_t_17 = 0; __pyx_t_18 = 0;
        __pyx_lineno = __pyx_t_12; __pyx_clineno = __pyx_t_14; __pyx_filename = __pyx_t_15;
        goto __pyx_L1_error;
      }
      __pyx_L9:;
    }
  }

  /* "errors_flow.pyx":535
 *         finally:
 *             pass
 *     return caught             # <<<<<<<<<<<<<<
 *
 *
*/
  __pyx_t_13 = cy_Pyx_PyLong_From_int(__pyx_v_caught); if (MP_UNLIKELY(!!(!__pyx_t_13))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 535; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

  {
    mp_obj_t __pyx_temp;
    {
      __pyx_temp = __pyx_r;
      __pyx_r = __pyx_t_13;
    }

  }
  __pyx_t_13 = 0;
  goto __pyx_L0;

  /* "errors_flow.pyx":519
 *
 *
 * def raise_catch_loop(int n):             # <<<<<<<<<<<<<<
 *     cdef int i, caught = 0
 *     for i in range(n):
*/

  /* function exit code */
  __pyx_L1_error:;

  __pyx_traceback_0(".raise_catch_loop", __pyx_lineno);
  __pyx_r = NULL;
  __pyx_L0:;

  return __pyx_r;
}

/* "errors_flow.pyx":538
 *
 *
 * def callback_loop(f, int n):             # <<<<<<<<<<<<<<
 *     cdef int i, caught = 0
 *     for i in range(n):
*/

/* Python wrapper */
static mp_obj_t __pyx_pw_11errors_flow_107callback_loop(mp_obj_t __pyx_self,

mp_obj_t const *__pyx_args, mp_int_t __pyx_nargs, mp_obj_t __pyx_kwds

); /*proto*/
static cy_PyMethodDef __pyx_mdef_11errors_flow_107callback_loop = {"callback_loop", (cy_PyCFunction)(void(*)(void))(cy_Pyx_PyCFunction_FastCallWithKeywords)__pyx_pw_11errors_flow_107callback_loop, cy_Pyx_METH_FASTCALL|cy_METH_KEYWORDS, 0};
static mp_obj_t __pyx_pw_11errors_flow_107callback_loop(mp_obj_t __pyx_self,

mp_obj_t const *__pyx_args, mp_int_t __pyx_nargs, mp_obj_t __pyx_kwds

) {
  mp_obj_t __pyx_v_f = 0;
  int __pyx_v_n;

  CYTHON_UNUSED mp_obj_t const *__pyx_kwvalues;
  mp_obj_t values[2]        ;
  int __pyx_lineno = 0;
  const char *__pyx_filename = NULL;
  int __pyx_clineno = 0;
  mp_obj_t __pyx_r = 0;
  __Pyx_RefNannyDeclarations

  __pyx_kwvalues = cy_Pyx_KwValues_FASTCALL(__pyx_args, __pyx_nargs);
  {
static mp_obj_t * const __pyx_pyargnames[] = { &__pyx_n_u_f,
&__pyx_n_u_n, 0 };
static const cy_Pyx_ArgSpec __pyx_argspec = { "callback_loop",
__pyx_pyargnames, 2, 2, 2, 0,
0, 0,

cy_Pyx_ARGS_EXACT|cy_Pyx_ARGS_KEYWORDS|cy_Pyx_ARGS_CLEAR };
if (MP_LIKELY(!!(!__pyx_kwds && __pyx_nargs == 2))) {
values[0] = __pyx_args[0];
values[1] =
__pyx_args[1];
} else if (cy_Pyx_ParseArgs(&__pyx_argspec, __pyx_args, __pyx_nargs, __pyx_kwds, values) < 0) {

do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 538; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L3_error; } while (0); }

    __pyx_v_f = values[0];
    __pyx_v_n = cy_Pyx_PyLong_As_int(values[1]); if (MP_UNLIKELY(!!((__pyx_v_n == (int)-1) && cy_PyErr_Occurred()))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 538; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L3_error; } while (0);
  }

  goto __pyx_L4_argument_unpacking_done;
  __pyx_L3_error:;
  for (mp_int_t __pyx_temp=0; __pyx_temp < (mp_int_t)(sizeof(values)/sizeof(values[0])); ++__pyx_temp) {

  }
  __pyx_traceback_0(".callback_loop", __pyx_lineno);

  return NULL;
  __pyx_L4_argument_unpacking_done:;
  __pyx_r = __pyx_pf_11errors_flow_106callback_loop(__pyx_self, __pyx_v_f, __pyx_v_n);

  /* function exit code */
  for (mp_int_t __pyx_temp=0; __pyx_temp < (mp_int_t)(sizeof(values)/sizeof(values[0])); ++__pyx_temp) {

  }

  return __pyx_r;
}

static mp_obj_t __pyx_pf_11errors_flow_106callback_loop(CYTHON_UNUSED mp_obj_t __pyx_self, mp_obj_t __pyx_v_f, int __pyx_v_n) {
  int __pyx_v_i;
  int __pyx_v_caught;
  mp_obj_t __pyx_r = NULL;
  __Pyx_RefNannyDeclarations
  int __pyx_t_1;
  int __pyx_t_2;
  int __pyx_t_3;
  mp_obj_t __pyx_t_4 = NULL;
  mp_obj_t __pyx_t_5 = NULL;
  mp_obj_t __pyx_t_6 = NULL;
  mp_obj_t __pyx_t_7 = NULL;
  mp_obj_t __pyx_t_8 = NULL;
  mp_obj_t __pyx_t_9 = NULL;
  mp_obj_t __pyx_t_10 = NULL;
  size_t __pyx_t_11;
  int __pyx_t_12;
  int __pyx_lineno = 0;
  const char *__pyx_filename = NULL;
  int __pyx_clineno = 0;

  /* "errors_flow.pyx":539
 *
 * def callback_loop(f, int n):
 *     cdef int i, caught = 0             # <<<<<<<<<<<<<<
 *     for i in range(n):
 *         try:
*/
  __pyx_v_caught = 0;

  /* "errors_flow.pyx":540
 * def callback_loop(f, int n):
 *     cdef int i, caught = 0
 *     for i in range(n):             # <<<<<<<<<<<<<<
 *         try:
 *             f(i)
*/

  __pyx_t_1 = __pyx_v_n;
  __pyx_t_2 = __pyx_t_1;

  for (__pyx_t_3 = 0; __pyx_t_3 < __pyx_t_2; __pyx_t_3+=1) {
    __pyx_v_i = __pyx_t_3;

    /* "errors_flow.pyx":541
 *     cdef int i, caught = 0
 *     for i in range(n):
 *         try:             # <<<<<<<<<<<<<<
 *             f(i)
 *         except Exception:
*/
    {
      cy_Pyx_PyThreadState_declare;      cy_Pyx_PyThreadState_assign;      cy_Pyx_ExceptionSave(&__pyx_t_4, &__pyx_t_5, &__pyx_t_6);

      /*try:*/ {

        /* "errors_flow.pyx":542
 *     for i in range(n):
 *         try:
 *             f(i)             # <<<<<<<<<<<<<<
 *         except Exception:
 *             caught += 1
*/
        __pyx_t_8 = NULL;

        __pyx_t_9 = __pyx_v_f;
        __pyx_t_10 = cy_Pyx_PyLong_From_int(__pyx_v_i); if (MP_UNLIKELY(!!(!__pyx_t_10))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 542; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L5_error; } while (0);

        __pyx_t_11 = 1;

        {
          mp_obj_t __pyx_callargs[2] = {__pyx_t_8, __pyx_t_10};
          __pyx_t_7 = cy_Pyx_PyObject_FastCall((mp_obj_t)__pyx_t_9, __pyx_callargs+__pyx_t_11, (2-__pyx_t_11) | (__pyx_t_11*cy_Pyx_PY_VECTORCALL_ARGUMENTS_OFFSET));
           __pyx_t_8 = 0;
           __pyx_t_10 = 0;
           __pyx_t_9 = 0;
          if (MP_UNLIKELY(!!(!__pyx_t_7))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 542; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L5_error; } while (0);

        }
         __pyx_t_7 = 0;

        /* "errors_flow.pyx":541
 *     cdef int i, caught = 0
 *     for i in range(n):
 *         try:             # <<<<<<<<<<<<<<
 *             f(i)
 *         except Exception:
*/
      }
       __pyx_t_4 = 0;
       __pyx_t_5 = 0;
       __pyx_t_6 = 0;
      goto __pyx_L12_try_end;
      __pyx_L5_error:;
       __pyx_t_10 = 0;
       __pyx_t_7 = 0;
       __pyx_t_8 = 0;
       __pyx_t_9 = 0;

      /* "errors_flow.pyx":543
 *         try:
 *             f(i)
 *         except Exception:             # <<<<<<<<<<<<<<
 *             caught += 1
 *     return caught
*/
      __pyx_t_12 = cy_Pyx_PyErr_ExceptionMatches(((mp_obj_t )(((cy_PyTypeObject*)MP_OBJ_FROM_PTR(&mp_type_Exception)))));
      if (__pyx_t_12) {
        __pyx_traceback_0(".callback_loop", __pyx_lineno);
        if (cy_Pyx_GetException(&__pyx_t_7, &__pyx_t_9, &__pyx_t_10) < 0) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 543; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L7_except_error; } while (0);

        /* "errors_flow.pyx":544
 *             f(i)
 *         except Exception:
 *             caught += 1             # <<<<<<<<<<<<<<
 *     return caught
 *
*/
        __pyx_v_caught = (__pyx_v_caught + 1);
         __pyx_t_7 = 0;
         __pyx_t_9 = 0;
         __pyx_t_10 = 0;
        goto __pyx_L6_exception_handled;
      }
      goto __pyx_L7_except_error;

      /* "errors_flow.pyx":541
 *     cdef int i, caught = 0
 *     for i in range(n):
 *         try:             # <<<<<<<<<<<<<<
 *             f(i)
 *         except Exception:
*/
      __pyx_L7_except_error:;

      cy_Pyx_ExceptionReset(__pyx_t_4, __pyx_t_5, __pyx_t_6);
      goto __pyx_L1_error;
      __pyx_L6_exception_handled:;

      cy_Pyx_ExceptionReset(__pyx_t_4, __pyx_t_5, __pyx_t_6);
      __pyx_L12_try_end:;
    }
  }

  /* "errors_flow.pyx":545
 *         except Exception:
 *             caught += 1
 *     return caught             # <<<<<<<<<<<<<<
 *
 *
*/
  __pyx_t_10 = cy_Pyx_PyLong_From_int(__pyx_v_caught); if (MP_UNLIKELY(!!(!__pyx_t_10))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 545; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

  {
    mp_obj_t __pyx_temp;
    {
      __pyx_temp = __pyx_r;
      __pyx_r = __pyx_t_10;
    }

  }
  __pyx_t_10 = 0;
  goto __pyx_L0;

  /* "errors_flow.pyx":538
 *
 *
 * def callback_loop(f, int n):             # <<<<<<<<<<<<<<
 *     cdef int i, caught = 0
 *     for i in range(n):
*/

  /* function exit code */
  __pyx_L1_error:;

  __pyx_traceback_0(".callback_loop", __pyx_lineno);
  __pyx_r = NULL;
  __pyx_L0:;

  return __pyx_r;
}
static mp_obj_t __pyx_gb_11errors_flow_110generator(cy_pyx_CoroutineObject *__pyx_generator, CYTHON_UNUSED cy_PyThreadState *__pyx_tstate, mp_obj_t __pyx_sent_value); /* proto */

/* "errors_flow.pyx":552
 *
 *
 * def failing_gen(int n):             # <<<<<<<<<<<<<<
 *     try:
 *         for i in range(n):
*/

/* Python wrapper */
static mp_obj_t __pyx_pw_11errors_flow_109failing_gen(mp_obj_t __pyx_self,

mp_obj_t const *__pyx_args, mp_int_t __pyx_nargs, mp_obj_t __pyx_kwds

); /*proto*/
static cy_PyMethodDef __pyx_mdef_11errors_flow_109failing_gen = {"failing_gen", (cy_PyCFunction)(void(*)(void))(cy_Pyx_PyCFunction_FastCallWithKeywords)__pyx_pw_11errors_flow_109failing_gen, cy_Pyx_METH_FASTCALL|cy_METH_KEYWORDS, 0};
static mp_obj_t __pyx_pw_11errors_flow_109failing_gen(mp_obj_t __pyx_self,

mp_obj_t const *__pyx_args, mp_int_t __pyx_nargs, mp_obj_t __pyx_kwds

) {
  int __pyx_v_n;

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
&__pyx_n_u_n, 0 };
static const cy_Pyx_ArgSpec __pyx_argspec = { "failing_gen",
__pyx_pyargnames, 1, 1, 1, 0,
0, 0,

cy_Pyx_ARGS_EXACT|cy_Pyx_ARGS_KEYWORDS|cy_Pyx_ARGS_CLEAR };
if (MP_LIKELY(!!(!__pyx_kwds && __pyx_nargs == 1))) {
values[0] = __pyx_args[0];
} else if
(cy_Pyx_ParseArgs(&__pyx_argspec, __pyx_args,

__pyx_nargs, __pyx_kwds, values) < 0) {
do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 552; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L3_error; } while (0); }

    __pyx_v_n = cy_Pyx_PyLong_As_int(values[0]); if (MP_UNLIKELY(!!((__pyx_v_n == (int)-1) && cy_PyErr_Occurred()))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 552; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L3_error; } while (0);
  }

  goto __pyx_L4_argument_unpacking_done;
  __pyx_L3_error:;
  for (mp_int_t __pyx_temp=0; __pyx_temp < (mp_int_t)(sizeof(values)/sizeof(values[0])); ++__pyx_temp) {

  }
  __pyx_traceback_0(".failing_gen", __pyx_lineno);

  return NULL;
  __pyx_L4_argument_unpacking_done:;
  __pyx_r = __pyx_pf_11errors_flow_108failing_gen(__pyx_self, __pyx_v_n);

  /* function exit code */
  for (mp_int_t __pyx_temp=0; __pyx_temp < (mp_int_t)(sizeof(values)/sizeof(values[0])); ++__pyx_temp) {

  }

  return __pyx_r;
}

static mp_obj_t __pyx_pf_11errors_flow_108failing_gen(CYTHON_UNUSED mp_obj_t __pyx_self, int __pyx_v_n) {
  struct __pyx_obj_11errors_flow___pyx_scope_struct__failing_gen *__pyx_cur_scope;
  mp_obj_t __pyx_r = NULL;
  __Pyx_RefNannyDeclarations
  int __pyx_lineno = 0;
  const char *__pyx_filename = NULL;
  int __pyx_clineno = 0;

  __pyx_cur_scope = (struct __pyx_obj_11errors_flow___pyx_scope_struct__failing_gen *)__pyx_tp_new_11errors_flow___pyx_scope_struct__failing_gen(__pyx_mstate_global->__pyx_ptype_11errors_flow___pyx_scope_struct__failing_gen, __pyx_mstate_global->__pyx_empty_tuple, NULL);
  if (MP_UNLIKELY(!!(!__pyx_cur_scope))) {
    __pyx_cur_scope = ((struct __pyx_obj_11errors_flow___pyx_scope_struct__failing_gen *)mp_const_none);

    do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 552; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);
  } else {

  }
  __pyx_cur_scope->__pyx_v_n = __pyx_v_n;

  {
    cy_pyx_CoroutineObject *gen = cy_Pyx_Generator_New((cy_pyx_coroutine_body_t) __pyx_gb_11errors_flow_110generator, ((mp_obj_t )__pyx_mstate_global->__pyx_codeobj_tab[0]), (mp_obj_t ) __pyx_cur_scope, __pyx_n_u_failing_gen, __pyx_n_u_failing_gen, __pyx_n_u_errors_flow); if (MP_UNLIKELY(!!(!gen))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 552; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

    return (mp_obj_t ) gen;
  }

  /* function exit code */
  __pyx_L1_error:;
  __pyx_traceback_0(".failing_gen", __pyx_lineno);
  __pyx_r = NULL;

  return __pyx_r;
}

static mp_obj_t __pyx_gb_11errors_flow_110generator(cy_pyx_CoroutineObject *__pyx_generator, CYTHON_UNUSED cy_PyThreadState *__pyx_tstate, mp_obj_t __pyx_sent_value) /* generator body */
{
  struct __pyx_obj_11errors_flow___pyx_scope_struct__failing_gen *__pyx_cur_scope = ((struct __pyx_obj_11errors_flow___pyx_scope_struct__failing_gen *)__pyx_generator->closure);
  mp_obj_t __pyx_r = NULL;
  mp_obj_t __pyx_t_1 = NULL;
  mp_obj_t __pyx_t_2 = NULL;
  mp_obj_t __pyx_t_3 = NULL;
  size_t __pyx_t_4;
  mp_obj_t (*__pyx_t_5)(mp_obj_t );
  int __pyx_t_6;
  mp_obj_t __pyx_t_7 = NULL;
  int __pyx_t_8;
  int __pyx_t_9;
  int __pyx_t_10;
  char const *__pyx_t_11;
  mp_obj_t __pyx_t_12 = NULL;
  mp_obj_t __pyx_t_13 = NULL;
  mp_obj_t __pyx_t_14 = NULL;
  mp_obj_t __pyx_t_15 = NULL;
  mp_obj_t __pyx_t_16 = NULL;
  mp_obj_t __pyx_t_17 = NULL;
  int __pyx_lineno = 0;
  const char *__pyx_filename = NULL;
  int __pyx_clineno = 0;
  __Pyx_RefNannyDeclarations

  switch (__pyx_generator->resume_label) {
    case 0: goto __pyx_L3_first_run;
    case 1: goto __pyx_L10_resume_from_yield;
    default: /* CPython raises the right error here */

    return NULL;
  }
  __pyx_L3_first_run:;
  if (MP_UNLIKELY(!!(__pyx_sent_value != mp_const_none))) {
    if (MP_UNLIKELY(!!(__pyx_sent_value))) cy_PyErr_SetString(MP_OBJ_FROM_PTR(&mp_type_TypeError), "can't send non-None value to a just-started generator");
    do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 552; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);
  }

  /* "errors_flow.pyx":553
 *
 * def failing_gen(int n):
 *     try:             # <<<<<<<<<<<<<<
 *         for i in range(n):
 *             if i == 2:
*/
  /*try:*/ {

    /* "errors_flow.pyx":554
 * def failing_gen(int n):
 *     try:
 *         for i in range(n):             # <<<<<<<<<<<<<<
 *             if i == 2:
 *                 raise ValueError("generator stopped at %d" % i)
*/
    __pyx_t_2 = NULL;
    __pyx_t_3 = cy_Pyx_PyLong_From_int(__pyx_cur_scope->__pyx_v_n); if (MP_UNLIKELY(!!(!__pyx_t_3))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 554; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L5_error; } while (0);

    __pyx_t_4 = 1;
    {
      mp_obj_t __pyx_callargs[2] = {__pyx_t_2, __pyx_t_3};
      __pyx_t_1 = cy_Pyx_PyObject_FastCall((mp_obj_t)(&cy_PyRange_Type), __pyx_callargs+__pyx_t_4, (2-__pyx_t_4) | (__pyx_t_4*cy_Pyx_PY_VECTORCALL_ARGUMENTS_OFFSET));
       __pyx_t_2 = 0;
       __pyx_t_3 = 0;
      if (MP_UNLIKELY(!!(!__pyx_t_1))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 554; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L5_error; } while (0);

    }
    __pyx_t_3 = cy_PyObject_GetIter(__pyx_t_1); if (MP_UNLIKELY(!!(!__pyx_t_3))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 554; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L5_error; } while (0);

    __pyx_t_5 = (1) ? cy_PyIter_Next : cy_Pyx_PyObject_GetIterNextFunc(__pyx_t_3); if (MP_UNLIKELY(!!(!__pyx_t_5))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 554; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L5_error; } while (0);
     __pyx_t_1 = 0;
    for (;;) {
      {
        __pyx_t_1 = __pyx_t_5(__pyx_t_3);
        if (MP_UNLIKELY(!!(!__pyx_t_1))) {
          mp_obj_t exc_type = cy_PyErr_Occurred();
          if (exc_type) {
            if (MP_UNLIKELY(!!(!cy_Pyx_PyErr_GivenExceptionMatches(exc_type, MP_OBJ_FROM_PTR(&mp_type_StopIteration))))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 554; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L5_error; } while (0);
            cy_PyErr_Clear();
          }
          break;
        }
      }

      if (cy_Pyx_PyInt_FromNumber(&__pyx_t_1, NULL, 1) < (0)) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 554; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L5_error; } while (0);

      __pyx_cur_scope->__pyx_v_i = ((mp_obj_t)__pyx_t_1);

      __pyx_t_1 = 0;

      /* "errors_flow.pyx":555
 *     try:
 *         for i in range(n):
 *             if i == 2:             # <<<<<<<<<<<<<<
 *                 raise ValueError("generator stopped at %d" % i)
 *             yield i
*/
      __pyx_t_6 = (cy_Pyx_PyLong_BoolEqObjC(__pyx_cur_scope->__pyx_v_i, MP_OBJ_NEW_SMALL_INT(2)         , 2, 0)); if (MP_UNLIKELY(!!((__pyx_t_6 < 0)))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 555; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L5_error; } while (0);
      if (MP_UNLIKELY(!!(__pyx_t_6))) {

        /* "errors_flow.pyx":556
 *         for i in range(n):
 *             if i == 2:
 *                 raise ValueError("generator stopped at %d" % i)             # <<<<<<<<<<<<<<
 *             yield i
 *     finally:
*/
        __pyx_t_2 = NULL;
        __pyx_t_7 = cy_PyUnicode_Format(__pyx_kp_u_generator_stopped_at_d, __pyx_cur_scope->__pyx_v_i); if (MP_UNLIKELY(!!(!__pyx_t_7))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 556; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L5_error; } while (0);

        __pyx_t_4 = 1;
        {
          mp_obj_t __pyx_callargs[2] = {__pyx_t_2, __pyx_t_7};
          __pyx_t_1 = cy_Pyx_PyObject_FastCall((mp_obj_t)(((cy_PyTypeObject*)MP_OBJ_FROM_PTR(&mp_type_ValueError))), __pyx_callargs+__pyx_t_4, (2-__pyx_t_4) | (__pyx_t_4*cy_Pyx_PY_VECTORCALL_ARGUMENTS_OFFSET));
           __pyx_t_2 = 0;
           __pyx_t_7 = 0;
          if (MP_UNLIKELY(!!(!__pyx_t_1))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 556; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L5_error; } while (0);

        }
        cy_Pyx_Raise(__pyx_t_1, 0, 0, 0);
         __pyx_t_1 = 0;
        do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 556; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L5_error; } while (0);

        /* "errors_flow.pyx":555
 *     try:
 *         for i in range(n):
 *             if i == 2:             # <<<<<<<<<<<<<<
 *                 raise ValueError("generator stopped at %d" % i)
 *             yield i
*/
      }

      /* "errors_flow.pyx":557
 *             if i == 2:
 *                 raise ValueError("generator stopped at %d" % i)
 *             yield i             # <<<<<<<<<<<<<<
 *     finally:
 *         trace.append("generator finally")
*/

      __pyx_r = __pyx_cur_scope->__pyx_v_i;

      __pyx_cur_scope->__pyx_t_0 = __pyx_t_3;

      __pyx_cur_scope->__pyx_t_1 = __pyx_t_5;

      cy_Pyx_Coroutine_ResetAndClearException(__pyx_generator);
      /* return from generator, yielding value */
      __pyx_generator->resume_label = 1;
      return __pyx_r;
      __pyx_L10_resume_from_yield:;
      __pyx_t_3 = __pyx_cur_scope->__pyx_t_0;
      __pyx_cur_scope->__pyx_t_0 = 0;

      __pyx_t_5 = __pyx_cur_scope->__pyx_t_1;
      if (MP_UNLIKELY(!!(!__pyx_sent_value))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 557; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L5_error; } while (0);

      /* "errors_flow.pyx":554
 * def failing_gen(int n):
 *     try:
 *         for i in range(n):             # <<<<<<<<<<<<<<
 *             if i == 2:
 *                 raise ValueError("generator stopped at %d" % i)
*/
    }
     __pyx_t_3 = 0;
  }

  /* "errors_flow.pyx":559
 *             yield i
 *     finally:
 *         trace.append("generator finally")             # <<<<<<<<<<<<<<
 *
 *
*/
  /*finally:*/ {
    /*normal exit:*/{
      cy_Pyx_GetModuleGlobalName(__pyx_t_3, __pyx_n_u_trace); if (MP_UNLIKELY(!!(!__pyx_t_3))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 559; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

      __pyx_t_8 = cy_Pyx_PyObject_Append(__pyx_t_3, __pyx_kp_u_generator_finally); if (MP_UNLIKELY(!!(__pyx_t_8 == ((int)-1)))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 559; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);
       __pyx_t_3 = 0;

      goto __pyx_L6;
    }
    __pyx_L5_error:;
    /*exception exit:*/{
      cy_Pyx_PyThreadState_assign;      __pyx_t_12 = 0; __pyx_t_13 = 0; __pyx_t_14 = 0; __pyx_t_15 = 0; __pyx_t_16 = 0; __pyx_t_17 = 0;
       __pyx_t_1 = 0;
       __pyx_t_2 = 0;
       __pyx_t_3 = 0;
       __pyx_t_7 = 0;
       cy_Pyx_ExceptionSwap(&__pyx_t_15, &__pyx_t_16, &__pyx_t_17);
      if ( MP_UNLIKELY(!!(cy_Pyx_GetException(&__pyx_t_12, &__pyx_t_13, &__pyx_t_14) < 0))) cy_Pyx_ErrFetch(&__pyx_t_12, &__pyx_t_13, &__pyx_t_14);

      __pyx_t_9 = __pyx_lineno; __pyx_t_10 = __pyx_clineno; __pyx_t_11 = __pyx_filename;
      {
        cy_Pyx_GetModuleGlobalName(__pyx_t_3, __pyx_n_u_trace); if (MP_UNLIKELY(!!(!__pyx_t_3))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 559; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L13_error; } while (0);

        __pyx_t_8 = cy_Pyx_PyObject_Append(__pyx_t_3, __pyx_kp_u_generator_finally); if (MP_UNLIKELY(!!(__pyx_t_8 == ((int)-1)))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 559; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L13_error; } while (0);
         __pyx_t_3 = 0;

      }

      cy_Pyx_ExceptionReset(__pyx_t_15, __pyx_t_16, __pyx_t_17);

      cy_Pyx_ErrRestore(__pyx_t_12, __pyx_t_13, __pyx_t_14);
      __pyx_t_12 = 0; __pyx_t_13 = 0; __pyx_t_14 = 0; __pyx_t_15 = 0; __pyx_t_16 = 0; __pyx_t_17 = 0;
      __pyx_lineno = __pyx_t_9; __pyx_clineno = __pyx_t_10; __pyx_filename = __pyx_t_11;
      goto __pyx_L1_error;
      __pyx_L13_error:;

      cy_Pyx_ExceptionReset(__pyx_t_15, __pyx_t_16, __pyx_t_17);
       __pyx_t_12 = 0;
       __pyx_t_13 = 0;
       __pyx_t_14 = 0;
      __pyx_t_15 = 0; __pyx_t_16 = 0; __pyx_t_17 = 0;
      goto __pyx_L1_error;
    }
    __pyx_L6:;
  }
  CYTHON_MAYBE_UNUSED_VAR(__pyx_cur_scope);

  /* "errors_flow.pyx":552
 *
 *
 * def failing_gen(int n):             # <<<<<<<<<<<<<<
 *     try:
 *         for i in range(n):
*/

  /* function exit code */
  __pyx_r = mp_const_none;
  goto __pyx_L0;
  __pyx_L1_error:;

  if (cy_Pyx_PyErr_Occurred()) {
    cy_Pyx_Generator_Replace_StopIteration(0);
    __pyx_traceback_0("failing_gen", __pyx_lineno);
  }
  __pyx_L0:;

  cy_Pyx_Coroutine_ResetAndClearException(__pyx_generator);

  __pyx_generator->resume_label = -1;
  cy_Pyx_Coroutine_clear((mp_obj_t)__pyx_generator);

  return __pyx_r;
}
static mp_obj_t __pyx_gb_11errors_flow_113generator1(cy_pyx_CoroutineObject *__pyx_generator, CYTHON_UNUSED cy_PyThreadState *__pyx_tstate, mp_obj_t __pyx_sent_value); /* proto */

/* "errors_flow.pyx":562
 *
 *
 * def guarded_gen():             # <<<<<<<<<<<<<<
 *     try:
 *         yield 1
*/

/* Python wrapper */
static mp_obj_t __pyx_pw_11errors_flow_112guarded_gen(mp_obj_t __pyx_self, CYTHON_UNUSED mp_obj_t unused); /*proto*/
static cy_PyMethodDef __pyx_mdef_11errors_flow_112guarded_gen = {"guarded_gen", (cy_PyCFunction)__pyx_pw_11errors_flow_112guarded_gen, cy_METH_NOARGS, 0};
static mp_obj_t __pyx_pw_11errors_flow_112guarded_gen(mp_obj_t __pyx_self, CYTHON_UNUSED mp_obj_t unused) {
  CYTHON_UNUSED mp_obj_t const *__pyx_kwvalues;
  mp_obj_t __pyx_r = 0;
  __Pyx_RefNannyDeclarations

  __pyx_kwvalues = cy_Pyx_KwValues_VARARGS(__pyx_args, __pyx_nargs);
  __pyx_r = __pyx_pf_11errors_flow_111guarded_gen(__pyx_self);

  /* function exit code */

  return __pyx_r;
}

static mp_obj_t __pyx_pf_11errors_flow_111guarded_gen(CYTHON_UNUSED mp_obj_t __pyx_self) {
  struct __pyx_obj_11errors_flow___pyx_scope_struct_1_guarded_gen *__pyx_cur_scope;
  mp_obj_t __pyx_r = NULL;
  __Pyx_RefNannyDeclarations
  int __pyx_lineno = 0;
  const char *__pyx_filename = NULL;
  int __pyx_clineno = 0;

  __pyx_cur_scope = (struct __pyx_obj_11errors_flow___pyx_scope_struct_1_guarded_gen *)__pyx_tp_new_11errors_flow___pyx_scope_struct_1_guarded_gen(__pyx_mstate_global->__pyx_ptype_11errors_flow___pyx_scope_struct_1_guarded_gen, __pyx_mstate_global->__pyx_empty_tuple, NULL);
  if (MP_UNLIKELY(!!(!__pyx_cur_scope))) {
    __pyx_cur_scope = ((struct __pyx_obj_11errors_flow___pyx_scope_struct_1_guarded_gen *)mp_const_none);

    do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 562; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);
  } else {

  }
  {
    cy_pyx_CoroutineObject *gen = cy_Pyx_Generator_New((cy_pyx_coroutine_body_t) __pyx_gb_11errors_flow_113generator1, ((mp_obj_t )__pyx_mstate_global->__pyx_codeobj_tab[1]), (mp_obj_t ) __pyx_cur_scope, __pyx_n_u_guarded_gen, __pyx_n_u_guarded_gen, __pyx_n_u_errors_flow); if (MP_UNLIKELY(!!(!gen))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 562; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

    return (mp_obj_t ) gen;
  }

  /* function exit code */
  __pyx_L1_error:;
  __pyx_traceback_0(".guarded_gen", __pyx_lineno);
  __pyx_r = NULL;

  return __pyx_r;
}

static mp_obj_t __pyx_gb_11errors_flow_113generator1(cy_pyx_CoroutineObject *__pyx_generator, CYTHON_UNUSED cy_PyThreadState *__pyx_tstate, mp_obj_t __pyx_sent_value) /* generator body */
{
  struct __pyx_obj_11errors_flow___pyx_scope_struct_1_guarded_gen *__pyx_cur_scope = ((struct __pyx_obj_11errors_flow___pyx_scope_struct_1_guarded_gen *)__pyx_generator->closure);
  mp_obj_t __pyx_r = NULL;
  mp_obj_t __pyx_t_1 = NULL;
  mp_obj_t __pyx_t_2 = NULL;
  mp_obj_t __pyx_t_3 = NULL;
  int __pyx_t_4;
  mp_obj_t __pyx_t_5 = NULL;
  mp_obj_t __pyx_t_6 = NULL;
  mp_obj_t __pyx_t_7 = NULL;
  mp_obj_t __pyx_t_8 = NULL;
  mp_obj_t __pyx_t_9 = NULL;
  mp_obj_t __pyx_t_10 = NULL;
  int __pyx_t_11;
  int __pyx_t_12;
  char const *__pyx_t_13;
  mp_obj_t __pyx_t_14 = NULL;
  mp_obj_t __pyx_t_15 = NULL;
  mp_obj_t __pyx_t_16 = NULL;
  mp_obj_t __pyx_t_17 = NULL;
  mp_obj_t __pyx_t_18 = NULL;
  mp_obj_t __pyx_t_19 = NULL;
  int __pyx_lineno = 0;
  const char *__pyx_filename = NULL;
  int __pyx_clineno = 0;
  __Pyx_RefNannyDeclarations

  switch (__pyx_generator->resume_label) {
    case 0: goto __pyx_L3_first_run;
    case 1: goto __pyx_L13_resume_from_yield;
    case 2: goto __pyx_L14_resume_from_yield;
    case 3: goto __pyx_L22_resume_from_yield;
    default: /* CPython raises the right error here */

    return NULL;
  }
  __pyx_L3_first_run:;
  if (MP_UNLIKELY(!!(__pyx_sent_value != mp_const_none))) {
    if (MP_UNLIKELY(!!(__pyx_sent_value))) cy_PyErr_SetString(MP_OBJ_FROM_PTR(&mp_type_TypeError), "can't send non-None value to a just-started generator");
    do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 562; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);
  }

  /* "errors_flow.pyx":563
 *
 * def guarded_gen():
 *     try:             # <<<<<<<<<<<<<<
 *         yield 1
 *         yield 2
*/
  /*try:*/ {
    {
      cy_Pyx_ExceptionSave(&__pyx_t_1, &__pyx_t_2, &__pyx_t_3);

      /*try:*/ {

        /* "errors_flow.pyx":564
 * def guarded_gen():
 *     try:
 *         yield 1             # <<<<<<<<<<<<<<
 *         yield 2
 *     except KeyError as e:
*/

        __pyx_r = MP_OBJ_NEW_SMALL_INT(1)         ;

        __pyx_cur_scope->__pyx_t_0 = __pyx_t_1;

        __pyx_cur_scope->__pyx_t_1 = __pyx_t_2;

        __pyx_cur_scope->__pyx_t_2 = __pyx_t_3;

        cy_Pyx_Coroutine_ResetAndClearException(__pyx_generator);
        /* return from generator, yielding value */
        __pyx_generator->resume_label = 1;
        return __pyx_r;
        __pyx_L13_resume_from_yield:;
        __pyx_t_1 = __pyx_cur_scope->__pyx_t_0;
        __pyx_cur_scope->__pyx_t_0 = 0;

        __pyx_t_2 = __pyx_cur_scope->__pyx_t_1;
        __pyx_cur_scope->__pyx_t_1 = 0;

        __pyx_t_3 = __pyx_cur_scope->__pyx_t_2;
        __pyx_cur_scope->__pyx_t_2 = 0;

        if (MP_UNLIKELY(!!(!__pyx_sent_value))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 564; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L7_error; } while (0);

        /* "errors_flow.pyx":565
 *     try:
 *         yield 1
 *         yield 2             # <<<<<<<<<<<<<<
 *     except KeyError as e:
 *         trace.append("generator caught %r" % (e.args[0],))
*/

        __pyx_r = MP_OBJ_NEW_SMALL_INT(2)         ;

        __pyx_cur_scope->__pyx_t_0 = __pyx_t_1;

        __pyx_cur_scope->__pyx_t_1 = __pyx_t_2;

        __pyx_cur_scope->__pyx_t_2 = __pyx_t_3;

        cy_Pyx_Coroutine_ResetAndClearException(__pyx_generator);
        /* return from generator, yielding value */
        __pyx_generator->resume_label = 2;
        return __pyx_r;
        __pyx_L14_resume_from_yield:;
        __pyx_t_1 = __pyx_cur_scope->__pyx_t_0;
        __pyx_cur_scope->__pyx_t_0 = 0;

        __pyx_t_2 = __pyx_cur_scope->__pyx_t_1;
        __pyx_cur_scope->__pyx_t_1 = 0;

        __pyx_t_3 = __pyx_cur_scope->__pyx_t_2;
        __pyx_cur_scope->__pyx_t_2 = 0;

        if (MP_UNLIKELY(!!(!__pyx_sent_value))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 565; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L7_error; } while (0);

        /* "errors_flow.pyx":563
 *
 * def guarded_gen():
 *     try:             # <<<<<<<<<<<<<<
 *         yield 1
 *         yield 2
*/
      }
       __pyx_t_1 = 0;
       __pyx_t_2 = 0;
       __pyx_t_3 = 0;
      goto __pyx_L12_try_end;
      __pyx_L7_error:;

      /* "errors_flow.pyx":566
 *         yield 1
 *         yield 2
 *     except KeyError as e:             # <<<<<<<<<<<<<<
 *         trace.append("generator caught %r" % (e.args[0],))
 *         yield "recovered"
*/
      __pyx_t_4 = cy_Pyx_PyErr_ExceptionMatches(((mp_obj_t )(((cy_PyTypeObject*)MP_OBJ_FROM_PTR(&mp_type_KeyError)))));
      if (__pyx_t_4) {
        __pyx_traceback_0(".guarded_gen", __pyx_lineno);
        if (cy_Pyx_GetException(&__pyx_t_5, &__pyx_t_6, &__pyx_t_7) < 0) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 566; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L9_except_error; } while (0);

        __pyx_cur_scope->__pyx_v_e = __pyx_t_6;
        /*try:*/ {

          /* "errors_flow.pyx":567
 *         yield 2
 *     except KeyError as e:
 *         trace.append("generator caught %r" % (e.args[0],))             # <<<<<<<<<<<<<<
 *         yield "recovered"
 *     finally:
*/
          cy_Pyx_GetModuleGlobalName(__pyx_t_8, __pyx_n_u_trace); if (MP_UNLIKELY(!!(!__pyx_t_8))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 567; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L20_error; } while (0);

          __pyx_t_9 = cy_Pyx_PyKeyError_get_args(__pyx_cur_scope->__pyx_v_e); if (MP_UNLIKELY(!!(!__pyx_t_9))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 567; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L20_error; } while (0);

          __pyx_t_10 = cy_Pyx_GetItemInt(__pyx_t_9, 0, long, 1, cy_Pyx_PyLong_From_long, 0, 1, 1, cy_Pyx_ReferenceSharing_OwnStrongReference); if (MP_UNLIKELY(!!(!__pyx_t_10))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 567; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L20_error; } while (0);

           __pyx_t_9 = 0;
          __pyx_t_9 = cy_Pyx_PyObject_FormatSimpleAndDecref(cy_PyObject_Repr(__pyx_t_10), __pyx_mstate_global->__pyx_empty_unicode); if (MP_UNLIKELY(!!(!__pyx_t_9))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 567; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L20_error; } while (0);

           __pyx_t_10 = 0;
          __pyx_t_10 = cy_Pyx_PyUnicode_Concat(__pyx_kp_u_generator_caught, __pyx_t_9); if (MP_UNLIKELY(!!(!__pyx_t_10))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 567; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L20_error; } while (0);

           __pyx_t_9 = 0;
          __pyx_t_11 = cy_Pyx_PyObject_Append(__pyx_t_8, __pyx_t_10); if (MP_UNLIKELY(!!(__pyx_t_11 == ((int)-1)))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 567; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L20_error; } while (0);
           __pyx_t_8 = 0;
           __pyx_t_10 = 0;

          /* "errors_flow.pyx":568
 *     except KeyError as e:
 *         trace.append("generator caught %r" % (e.args[0],))
 *         yield "recovered"             # <<<<<<<<<<<<<<
 *     finally:
 *         trace.append("guarded finally")
*/

          __pyx_r = __pyx_n_u_recovered;

          __pyx_cur_scope->__pyx_t_0 = __pyx_t_1;

          __pyx_cur_scope->__pyx_t_1 = __pyx_t_2;

          __pyx_cur_scope->__pyx_t_2 = __pyx_t_3;

          __pyx_cur_scope->__pyx_t_3 = __pyx_t_5;

          __pyx_cur_scope->__pyx_t_4 = __pyx_t_6;

          __pyx_cur_scope->__pyx_t_5 = __pyx_t_7;

          cy_Pyx_Coroutine_SwapException(__pyx_generator);
          /* return from generator, yielding value */
          __pyx_generator->resume_label = 3;
          return __pyx_r;
          __pyx_L22_resume_from_yield:;
          __pyx_t_1 = __pyx_cur_scope->__pyx_t_0;
          __pyx_cur_scope->__pyx_t_0 = 0;

          __pyx_t_2 = __pyx_cur_scope->__pyx_t_1;
          __pyx_cur_scope->__pyx_t_1 = 0;

          __pyx_t_3 = __pyx_cur_scope->__pyx_t_2;
          __pyx_cur_scope->__pyx_t_2 = 0;

          __pyx_t_5 = __pyx_cur_scope->__pyx_t_3;
          __pyx_cur_scope->__pyx_t_3 = 0;

          __pyx_t_6 = __pyx_cur_scope->__pyx_t_4;
          __pyx_cur_scope->__pyx_t_4 = 0;

          __pyx_t_7 = __pyx_cur_scope->__pyx_t_5;
          __pyx_cur_scope->__pyx_t_5 = 0;

          if (MP_UNLIKELY(!!(!__pyx_sent_value))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 568; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L20_error; } while (0);
        }

        /* "errors_flow.pyx":566
 *         yield 1
 *         yield 2
 *     except KeyError as e:             # <<<<<<<<<<<<<<
 *         trace.append("generator caught %r" % (e.args[0],))
 *         yield "recovered"
*/
        /*finally:*/ {
          /*normal exit:*/{

             __pyx_cur_scope->__pyx_v_e = 0;
            goto __pyx_L21;
          }
          __pyx_L20_error:;
          /*exception exit:*/{
            cy_Pyx_PyThreadState_assign;            __pyx_t_14 = 0; __pyx_t_15 = 0; __pyx_t_16 = 0; __pyx_t_17 = 0; __pyx_t_18 = 0; __pyx_t_19 = 0;
             __pyx_t_10 = 0;
             __pyx_t_8 = 0;
             __pyx_t_9 = 0;
             cy_Pyx_ExceptionSwap(&__pyx_t_17, &__pyx_t_18, &__pyx_t_19);
            if ( MP_UNLIKELY(!!(cy_Pyx_GetException(&__pyx_t_14, &__pyx_t_15, &__pyx_t_16) < 0))) cy_Pyx_ErrFetch(&__pyx_t_14, &__pyx_t_15, &__pyx_t_16);

            __pyx_t_4 = __pyx_lineno; __pyx_t_12 = __pyx_clineno; __pyx_t_13 = __pyx_filename;
            {

               __pyx_cur_scope->__pyx_v_e = 0;
            }

            cy_Pyx_ExceptionReset(__pyx_t_17, __pyx_t_18, __pyx_t_19);

            cy_Pyx_ErrRestore(__pyx_t_14, __pyx_t_15, __pyx_t_16);
            __pyx_t_14 = 0; __pyx_t_15 = 0; __pyx_t_16 = 0; __pyx_t_17 = 0; __pyx_t_18 = 0; __pyx_t_19 = 0;
            __pyx_lineno = __pyx_t_4; __pyx_clineno = __pyx_t_12; __pyx_filename = __pyx_t_13;
            goto __pyx_L9_except_error;
          }
          __pyx_L21:;
        }
         __pyx_t_5 = 0;
         __pyx_t_6 = 0;
         __pyx_t_7 = 0;
        goto __pyx_L8_exception_handled;
      }
      goto __pyx_L9_except_error;

      /* "errors_flow.pyx":563
 *
 * def guarded_gen():
 *     try:             # <<<<<<<<<<<<<<
 *         yield 1
 *         yield 2
*/
      __pyx_L9_except_error:;

      cy_Pyx_ExceptionReset(__pyx_t_1, __pyx_t_2, __pyx_t_3);
      goto __pyx_L5_error;
      __pyx_L8_exception_handled:;

      cy_Pyx_ExceptionReset(__pyx_t_1, __pyx_t_2, __pyx_t_3);
      __pyx_L12_try_end:;
    }
  }

  /* "errors_flow.pyx":570
 *         yield "recovered"
 *     finally:
 *         trace.append("guarded finally")             # <<<<<<<<<<<<<<
 *
 *
*/
  /*finally:*/ {
    /*normal exit:*/{
      cy_Pyx_GetModuleGlobalName(__pyx_t_7, __pyx_n_u_trace); if (MP_UNLIKELY(!!(!__pyx_t_7))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 570; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

      __pyx_t_11 = cy_Pyx_PyObject_Append(__pyx_t_7, __pyx_kp_u_guarded_finally); if (MP_UNLIKELY(!!(__pyx_t_11 == ((int)-1)))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 570; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);
       __pyx_t_7 = 0;

      goto __pyx_L6;
    }
    __pyx_L5_error:;
    /*exception exit:*/{
      cy_Pyx_PyThreadState_assign;      __pyx_t_3 = 0; __pyx_t_2 = 0; __pyx_t_1 = 0; __pyx_t_19 = 0; __pyx_t_18 = 0; __pyx_t_17 = 0;
       __pyx_t_10 = 0;
       __pyx_t_5 = 0;
       __pyx_t_6 = 0;
       __pyx_t_7 = 0;
       __pyx_t_8 = 0;
       __pyx_t_9 = 0;
       cy_Pyx_ExceptionSwap(&__pyx_t_19, &__pyx_t_18, &__pyx_t_17);
      if ( MP_UNLIKELY(!!(cy_Pyx_GetException(&__pyx_t_3, &__pyx_t_2, &__pyx_t_1) < 0))) cy_Pyx_ErrFetch(&__pyx_t_3, &__pyx_t_2, &__pyx_t_1);

      __pyx_t_12 = __pyx_lineno; __pyx_t_4 = __pyx_clineno; __pyx_t_13 = __pyx_filename;
      {
        cy_Pyx_GetModuleGlobalName(__pyx_t_7, __pyx_n_u_trace); if (MP_UNLIKELY(!!(!__pyx_t_7))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 570; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L28_error; } while (0);

        __pyx_t_11 = cy_Pyx_PyObject_Append(__pyx_t_7, __pyx_kp_u_guarded_finally); if (MP_UNLIKELY(!!(__pyx_t_11 == ((int)-1)))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 570; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L28_error; } while (0);
         __pyx_t_7 = 0;

      }

      cy_Pyx_ExceptionReset(__pyx_t_19, __pyx_t_18, __pyx_t_17);

      cy_Pyx_ErrRestore(__pyx_t_3, __pyx_t_2, __pyx_t_1);
      __pyx_t_3 = 0; __pyx_t_2 = 0; __pyx_t_1 = 0; __pyx_t_19 = 0; __pyx_t_18 = 0; __pyx_t_17 = 0;
      __pyx_lineno = __pyx_t_12; __pyx_clineno = __pyx_t_4; __pyx_filename = __pyx_t_13;
      goto __pyx_L1_error;
      __pyx_L28_error:;

      cy_Pyx_ExceptionReset(__pyx_t_19, __pyx_t_18, __pyx_t_17);
       __pyx_t_3 = 0;
       __pyx_t_2 = 0;
       __pyx_t_1 = 0;
      __pyx_t_19 = 0; __pyx_t_18 = 0; __pyx_t_17 = 0;
      goto __pyx_L1_error;
    }
    __pyx_L6:;
  }
  CYTHON_MAYBE_UNUSED_VAR(__pyx_cur_scope);

  /* "errors_flow.pyx":562
 *
 *
 * def guarded_gen():             # <<<<<<<<<<<<<<
 *     try:
 *         yield 1
*/

  /* function exit code */
  __pyx_r = mp_const_none;
  goto __pyx_L0;
  __pyx_L1_error:;

  if (cy_Pyx_PyErr_Occurred()) {
    cy_Pyx_Generator_Replace_StopIteration(0);
    __pyx_traceback_0("guarded_gen", __pyx_lineno);
  }
  __pyx_L0:;

  cy_Pyx_Coroutine_ResetAndClearException(__pyx_generator);

  __pyx_generator->resume_label = -1;
  cy_Pyx_Coroutine_clear((mp_obj_t)__pyx_generator);

  return __pyx_r;
}

/* "errors_flow.pyx":573
 *
 *
 * def consume(gen):             # <<<<<<<<<<<<<<
 *     out = []
 *     try:
*/

/* Python wrapper */
static mp_obj_t __pyx_pw_11errors_flow_115consume(mp_obj_t __pyx_self,

mp_obj_t const *__pyx_args, mp_int_t __pyx_nargs, mp_obj_t __pyx_kwds

); /*proto*/
static cy_PyMethodDef __pyx_mdef_11errors_flow_115consume = {"consume", (cy_PyCFunction)(void(*)(void))(cy_Pyx_PyCFunction_FastCallWithKeywords)__pyx_pw_11errors_flow_115consume, cy_Pyx_METH_FASTCALL|cy_METH_KEYWORDS, 0};
static mp_obj_t __pyx_pw_11errors_flow_115consume(mp_obj_t __pyx_self,

mp_obj_t const *__pyx_args, mp_int_t __pyx_nargs, mp_obj_t __pyx_kwds

) {
  mp_obj_t __pyx_v_gen = 0;

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
&__pyx_n_u_gen, 0 };
static const cy_Pyx_ArgSpec __pyx_argspec = { "consume",
__pyx_pyargnames, 1, 1, 1, 0,
0, 0,

cy_Pyx_ARGS_EXACT|cy_Pyx_ARGS_KEYWORDS|cy_Pyx_ARGS_CLEAR };
if (MP_LIKELY(!!(!__pyx_kwds && __pyx_nargs == 1))) {
values[0] = __pyx_args[0];
} else if
(cy_Pyx_ParseArgs(&__pyx_argspec, __pyx_args,

__pyx_nargs, __pyx_kwds, values) < 0) {
do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 573; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L3_error; } while (0); }

    __pyx_v_gen = values[0];
  }

  goto __pyx_L4_argument_unpacking_done;
  __pyx_L3_error:;
  for (mp_int_t __pyx_temp=0; __pyx_temp < (mp_int_t)(sizeof(values)/sizeof(values[0])); ++__pyx_temp) {

  }
  __pyx_traceback_0(".consume", __pyx_lineno);

  return NULL;
  __pyx_L4_argument_unpacking_done:;
  __pyx_r = __pyx_pf_11errors_flow_114consume(__pyx_self, __pyx_v_gen);

  /* function exit code */
  for (mp_int_t __pyx_temp=0; __pyx_temp < (mp_int_t)(sizeof(values)/sizeof(values[0])); ++__pyx_temp) {

  }

  return __pyx_r;
}

static mp_obj_t __pyx_pf_11errors_flow_114consume(CYTHON_UNUSED mp_obj_t __pyx_self, mp_obj_t __pyx_v_gen) {
  mp_obj_t __pyx_v_out = NULL;
  mp_obj_t __pyx_v_x = NULL;
  mp_obj_t __pyx_v_e = NULL;
  mp_obj_t __pyx_r = NULL;
  __Pyx_RefNannyDeclarations
  mp_obj_t __pyx_t_1 = NULL;
  mp_obj_t __pyx_t_2 = NULL;
  mp_obj_t __pyx_t_3 = NULL;
  mp_obj_t __pyx_t_4 = NULL;
  mp_int_t __pyx_t_5;

  mp_obj_t __pyx_t_7 = NULL;
  int __pyx_t_8;
  int __pyx_t_9;
  mp_obj_t __pyx_t_10 = NULL;
  mp_obj_t __pyx_t_11 = NULL;
  mp_obj_t __pyx_t_12 = NULL;
  int __pyx_t_13;
  char const *__pyx_t_14;
  mp_obj_t __pyx_t_15 = NULL;
  mp_obj_t __pyx_t_16 = NULL;
  mp_obj_t __pyx_t_17 = NULL;
  mp_obj_t __pyx_t_18 = NULL;
  mp_obj_t __pyx_t_19 = NULL;
  mp_obj_t __pyx_t_20 = NULL;
  int __pyx_lineno = 0;
  const char *__pyx_filename = NULL;
  int __pyx_clineno = 0;

  /* "errors_flow.pyx":574
 *
 * def consume(gen):
 *     out = []             # <<<<<<<<<<<<<<
 *     try:
 *         for x in gen:
*/
  __pyx_t_1 = cy_PyList_New(0); if (MP_UNLIKELY(!!(!__pyx_t_1))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 574; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

  __pyx_v_out = ((mp_obj_t)__pyx_t_1);
  __pyx_t_1 = 0;

  /* "errors_flow.pyx":575
 * def consume(gen):
 *     out = []
 *     try:             # <<<<<<<<<<<<<<
 *         for x in gen:
 *             out.append(x)
*/
  {
    cy_Pyx_PyThreadState_declare;    cy_Pyx_PyThreadState_assign;    cy_Pyx_ExceptionSave(&__pyx_t_2, &__pyx_t_3, &__pyx_t_4);

    /*try:*/ {

      /* "errors_flow.pyx":576
 *     out = []
 *     try:
 *         for x in gen:             # <<<<<<<<<<<<<<
 *             out.append(x)
 *     except ValueError as e:
*/

        __pyx_t_1 = cy_Pyx_ForIter_Start(__pyx_v_gen, &__pyx_t_5); if (MP_UNLIKELY(!!(!__pyx_t_1))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 576; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L3_error; } while (0);

      for (;;) {

              __pyx_t_7 = cy_Pyx_ForIter_Next(__pyx_t_1, &__pyx_t_5);

              if (MP_UNLIKELY(!!(!__pyx_t_7))) {

            if (MP_UNLIKELY(!!(cy_PyErr_Occurred()))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 576; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L3_error; } while (0);
            break;
          }

        __pyx_v_x = __pyx_t_7;
        __pyx_t_7 = 0;

        /* "errors_flow.pyx":577
 *     try:
 *         for x in gen:
 *             out.append(x)             # <<<<<<<<<<<<<<
 *     except ValueError as e:
 *         out.append("ValueError " + str(e))
*/
        __pyx_t_8 = cy_Pyx_PyList_Append(__pyx_v_out, __pyx_v_x); if (MP_UNLIKELY(!!(__pyx_t_8 == ((int)-1)))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 577; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L3_error; } while (0);

        /* "errors_flow.pyx":576
 *     out = []
 *     try:
 *         for x in gen:             # <<<<<<<<<<<<<<
 *             out.append(x)
 *     except ValueError as e:
*/
      }
       __pyx_t_1 = 0;

      /* "errors_flow.pyx":575
 * def consume(gen):
 *     out = []
 *     try:             # <<<<<<<<<<<<<<
 *         for x in gen:
 *             out.append(x)
*/
    }
     __pyx_t_2 = 0;
     __pyx_t_3 = 0;
     __pyx_t_4 = 0;
    goto __pyx_L8_try_end;
    __pyx_L3_error:;
     __pyx_t_1 = 0;
     __pyx_t_7 = 0;

    /* "errors_flow.pyx":578
 *         for x in gen:
 *             out.append(x)
 *     except ValueError as e:             # <<<<<<<<<<<<<<
 *         out.append("ValueError " + str(e))
 *     return out
*/
    __pyx_t_9 = cy_Pyx_PyErr_ExceptionMatches(((mp_obj_t )(((cy_PyTypeObject*)MP_OBJ_FROM_PTR(&mp_type_ValueError)))));
    if (__pyx_t_9) {
      __pyx_traceback_0(".consume", __pyx_lineno);
      if (cy_Pyx_GetException(&__pyx_t_1, &__pyx_t_7, &__pyx_t_10) < 0) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 578; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L5_except_error; } while (0);

      __pyx_v_e = __pyx_t_7;
      /*try:*/ {

        /* "errors_flow.pyx":579
 *             out.append(x)
 *     except ValueError as e:
 *         out.append("ValueError " + str(e))             # <<<<<<<<<<<<<<
 *     return out
*/
        __pyx_t_11 = cy_Pyx_PyObject_Unicode(__pyx_v_e); if (MP_UNLIKELY(!!(!__pyx_t_11))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 579; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L17_error; } while (0);

        __pyx_t_12 = cy_Pyx_PyUnicode_Concat(__pyx_kp_u_ValueError, __pyx_t_11); if (MP_UNLIKELY(!!(!__pyx_t_12))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 579; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L17_error; } while (0);

         __pyx_t_11 = 0;
        __pyx_t_8 = cy_Pyx_PyList_Append(__pyx_v_out, __pyx_t_12); if (MP_UNLIKELY(!!(__pyx_t_8 == ((int)-1)))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 579; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L17_error; } while (0);
         __pyx_t_12 = 0;

      }

      /* "errors_flow.pyx":578
 *         for x in gen:
 *             out.append(x)
 *     except ValueError as e:             # <<<<<<<<<<<<<<
 *         out.append("ValueError " + str(e))
 *     return out
*/
      /*finally:*/ {
        /*normal exit:*/{
           __pyx_v_e = 0;
          goto __pyx_L18;
        }
        __pyx_L17_error:;
        /*exception exit:*/{
          cy_Pyx_PyThreadState_declare;          cy_Pyx_PyThreadState_assign;          __pyx_t_15 = 0; __pyx_t_16 = 0; __pyx_t_17 = 0; __pyx_t_18 = 0; __pyx_t_19 = 0; __pyx_t_20 = 0;
           __pyx_t_11 = 0;
           __pyx_t_12 = 0;
           cy_Pyx_ExceptionSwap(&__pyx_t_18, &__pyx_t_19, &__pyx_t_20);
          if ( MP_UNLIKELY(!!(cy_Pyx_GetException(&__pyx_t_15, &__pyx_t_16, &__pyx_t_17) < 0))) cy_Pyx_ErrFetch(&__pyx_t_15, &__pyx_t_16, &__pyx_t_17);

          __pyx_t_9 = __pyx_lineno; __pyx_t_13 = __pyx_clineno; __pyx_t_14 = __pyx_filename;
          {
             __pyx_v_e = 0;
          }

          cy_Pyx_ExceptionReset(__pyx_t_18, __pyx_t_19, __pyx_t_20);

          cy_Pyx_ErrRestore(__pyx_t_15, __pyx_t_16, __pyx_t_17);
          __pyx_t_15 = 0; __pyx_t_16 = 0; __pyx_t_17 = 0; __pyx_t_18 = 0; __pyx_t_19 = 0; __pyx_t_20 = 0;
          __pyx_lineno = __pyx_t_9; __pyx_clineno = __pyx_t_13; __pyx_filename = __pyx_t_14;
          goto __pyx_L5_except_error;
        }
        __pyx_L18:;
      }
       __pyx_t_1 = 0;
       __pyx_t_7 = 0;
       __pyx_t_10 = 0;
      goto __pyx_L4_exception_handled;
    }
    goto __pyx_L5_except_error;

    /* "errors_flow.pyx":575
 * def consume(gen):
 *     out = []
 *     try:             # <<<<<<<<<<<<<<
 *         for x in gen:
 *             out.append(x)
*/
    __pyx_L5_except_error:;

    cy_Pyx_ExceptionReset(__pyx_t_2, __pyx_t_3, __pyx_t_4);
    goto __pyx_L1_error;
    __pyx_L4_exception_handled:;

    cy_Pyx_ExceptionReset(__pyx_t_2, __pyx_t_3, __pyx_t_4);
    __pyx_L8_try_end:;
  }

  /* "errors_flow.pyx":580
 *     except ValueError as e:
 *         out.append("ValueError " + str(e))
 *     return out             # <<<<<<<<<<<<<<
*/
  {
    mp_obj_t __pyx_temp;
    {
      __pyx_temp = __pyx_r;

      __pyx_r = __pyx_v_out;
    }

  }
  goto __pyx_L0;

  /* "errors_flow.pyx":573
 *
 *
 * def consume(gen):             # <<<<<<<<<<<<<<
 *     out = []
 *     try:
*/

  /* function exit code */
  __pyx_L1_error:;

  __pyx_traceback_0(".consume", __pyx_lineno);
  __pyx_r = NULL;
  __pyx_L0:;

  return __pyx_r;
}
/* #### Code section: module_exttypes ### */

static mp_obj_t __pyx_tp_new__initialisation_11errors_flow___pyx_scope_struct__failing_gen(mp_obj_t o,

    CYTHON_UNUSED mp_obj_t const *args, CYTHON_UNUSED mp_int_t nargs, CYTHON_UNUSED mp_obj_t kwnames

) {
  return o;
}

static mp_obj_t __pyx_tp_new_vectorcall_11errors_flow___pyx_scope_struct__failing_gen(cy_PyTypeObject *t,

    mp_obj_t const *args, mp_int_t nargs, mp_obj_t kwnames

) {
  mp_obj_t o;

  {
    o = cy_Pyx_AllocateExtensionType(t, 1);
  }
  if (MP_UNLIKELY(!!(!o))) return 0;
  return __pyx_tp_new__initialisation_11errors_flow___pyx_scope_struct__failing_gen(o,

    args, nargs, kwnames

);
}

static mp_obj_t __pyx_tp_new_11errors_flow___pyx_scope_struct__failing_gen(cy_PyTypeObject *t, mp_obj_t a, mp_obj_t k) {
  return cy_Pyx_CallTpnewAsVectorcall(__pyx_tp_new_vectorcall_11errors_flow___pyx_scope_struct__failing_gen, t, a, k);
}

static mp_obj_t __pyx_tp_vectorcall_11errors_flow___pyx_scope_struct__failing_gen(mp_obj_t t, mp_obj_t const *args, size_t nargsf, mp_obj_t kwnames) {
  if (MP_UNLIKELY(!!((cy_PyTypeObject*)t != __pyx_mstate_global->__pyx_ptype_11errors_flow___pyx_scope_struct__failing_gen || cy_Pyx_PyType_HasFeature((cy_PyTypeObject*)t, cy_Py_TPFLAGS_IS_ABSTRACT)))) {
    return cy_Pyx_CallNewInitFromVectorcall((cy_PyTypeObject*)t, args, nargsf, kwnames);
  }
  mp_int_t nargs = cy_PyVectorcall_NARGS(nargsf);
  mp_obj_t o = __pyx_tp_new_vectorcall_11errors_flow___pyx_scope_struct__failing_gen((cy_PyTypeObject*)t, args, nargs, kwnames);
  return o;
}

static cy_PyType_Slot __pyx_type_11errors_flow___pyx_scope_struct__failing_gen_slots[] = {

  {cy_Py_tp_new, (void *)__pyx_tp_new_11errors_flow___pyx_scope_struct__failing_gen},

  {cy_Py_tp_vectorcall, (void *)__pyx_tp_vectorcall_11errors_flow___pyx_scope_struct__failing_gen},
  {0, 0},
};
static cy_PyType_Spec __pyx_type_11errors_flow___pyx_scope_struct__failing_gen_spec = {
  "errors_flow.__pyx_scope_struct__failing_gen",
  sizeof(struct __pyx_obj_11errors_flow___pyx_scope_struct__failing_gen),
  0,
  cy_Py_TPFLAGS_DEFAULT|cy_Py_TPFLAGS_HAVE_VERSION_TAG|cy_Py_TPFLAGS_HAVE_GC,
  __pyx_type_11errors_flow___pyx_scope_struct__failing_gen_slots,
};

static mp_obj_t __pyx_tp_new__initialisation_11errors_flow___pyx_scope_struct_1_guarded_gen(mp_obj_t o,

    CYTHON_UNUSED mp_obj_t const *args, CYTHON_UNUSED mp_int_t nargs, CYTHON_UNUSED mp_obj_t kwnames

) {
  return o;
}

static mp_obj_t __pyx_tp_new_vectorcall_11errors_flow___pyx_scope_struct_1_guarded_gen(cy_PyTypeObject *t,

    mp_obj_t const *args, mp_int_t nargs, mp_obj_t kwnames

) {
  mp_obj_t o;

  {
    o = cy_Pyx_AllocateExtensionType(t, 1);
  }
  if (MP_UNLIKELY(!!(!o))) return 0;
  return __pyx_tp_new__initialisation_11errors_flow___pyx_scope_struct_1_guarded_gen(o,

    args, nargs, kwnames

);
}

static mp_obj_t __pyx_tp_new_11errors_flow___pyx_scope_struct_1_guarded_gen(cy_PyTypeObject *t, mp_obj_t a, mp_obj_t k) {
  return cy_Pyx_CallTpnewAsVectorcall(__pyx_tp_new_vectorcall_11errors_flow___pyx_scope_struct_1_guarded_gen, t, a, k);
}

static mp_obj_t __pyx_tp_vectorcall_11errors_flow___pyx_scope_struct_1_guarded_gen(mp_obj_t t, mp_obj_t const *args, size_t nargsf, mp_obj_t kwnames) {
  if (MP_UNLIKELY(!!((cy_PyTypeObject*)t != __pyx_mstate_global->__pyx_ptype_11errors_flow___pyx_scope_struct_1_guarded_gen || cy_Pyx_PyType_HasFeature((cy_PyTypeObject*)t, cy_Py_TPFLAGS_IS_ABSTRACT)))) {
    return cy_Pyx_CallNewInitFromVectorcall((cy_PyTypeObject*)t, args, nargsf, kwnames);
  }
  mp_int_t nargs = cy_PyVectorcall_NARGS(nargsf);
  mp_obj_t o = __pyx_tp_new_vectorcall_11errors_flow___pyx_scope_struct_1_guarded_gen((cy_PyTypeObject*)t, args, nargs, kwnames);
  return o;
}

static cy_PyType_Slot __pyx_type_11errors_flow___pyx_scope_struct_1_guarded_gen_slots[] = {

  {cy_Py_tp_new, (void *)__pyx_tp_new_11errors_flow___pyx_scope_struct_1_guarded_gen},

  {cy_Py_tp_vectorcall, (void *)__pyx_tp_vectorcall_11errors_flow___pyx_scope_struct_1_guarded_gen},
  {0, 0},
};
static cy_PyType_Spec __pyx_type_11errors_flow___pyx_scope_struct_1_guarded_gen_spec = {
  "errors_flow.__pyx_scope_struct_1_guarded_gen",
  sizeof(struct __pyx_obj_11errors_flow___pyx_scope_struct_1_guarded_gen),
  0,
  cy_Py_TPFLAGS_DEFAULT|cy_Py_TPFLAGS_HAVE_VERSION_TAG|cy_Py_TPFLAGS_HAVE_GC,
  __pyx_type_11errors_flow___pyx_scope_struct_1_guarded_gen_slots,
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
static CYTHON_SMALL_CODE int __Pyx_modinit_Exttype___pyx_obj_11errors_flow___pyx_scope_struct__failing_gen(__pyx_mstatetype *__pyx_mstate); /*proto*/
static CYTHON_SMALL_CODE int __Pyx_modinit_Exttype___pyx_obj_11errors_flow___pyx_scope_struct_1_guarded_gen(__pyx_mstatetype *__pyx_mstate); /*proto*/
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

static int __Pyx_modinit_Exttype___pyx_obj_11errors_flow___pyx_scope_struct__failing_gen(__pyx_mstatetype *__pyx_mstate) {
  __Pyx_RefNannyDeclarations
  int __pyx_lineno = 0;
  const char *__pyx_filename = NULL;
  int __pyx_clineno = 0;
  (void)(__pyx_mstate);

  /*--- Exttype __pyx_obj_11errors_flow___pyx_scope_struct__failing_gen ---*/

  __pyx_mstate->__pyx_ptype_11errors_flow___pyx_scope_struct__failing_gen = (cy_PyTypeObject *) cy_Pyx_PyType_FromModuleAndSpec(__pyx_m, &__pyx_type_11errors_flow___pyx_scope_struct__failing_gen_spec, NULL); if (MP_UNLIKELY(!!(!__pyx_mstate->__pyx_ptype_11errors_flow___pyx_scope_struct__failing_gen))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 552; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

  return 0;
  __pyx_L1_error:;

  return -1;
}

static int __Pyx_modinit_Exttype___pyx_obj_11errors_flow___pyx_scope_struct_1_guarded_gen(__pyx_mstatetype *__pyx_mstate) {
  __Pyx_RefNannyDeclarations
  int __pyx_lineno = 0;
  const char *__pyx_filename = NULL;
  int __pyx_clineno = 0;
  (void)(__pyx_mstate);

  /*--- Exttype __pyx_obj_11errors_flow___pyx_scope_struct_1_guarded_gen ---*/

  __pyx_mstate->__pyx_ptype_11errors_flow___pyx_scope_struct_1_guarded_gen = (cy_PyTypeObject *) cy_Pyx_PyType_FromModuleAndSpec(__pyx_m, &__pyx_type_11errors_flow___pyx_scope_struct_1_guarded_gen_spec, NULL); if (MP_UNLIKELY(!!(!__pyx_mstate->__pyx_ptype_11errors_flow___pyx_scope_struct_1_guarded_gen))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 562; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

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

static CYTHON_SMALL_CODE int __pyx_pymod_exec_errors_flow(mp_obj_t __pyx_pyinit_module)

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

  if (MP_UNLIKELY(!!((__Pyx_modinit_Exttype___pyx_obj_11errors_flow___pyx_scope_struct__failing_gen(__pyx_mstate) < 0)))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 1; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);
  if (MP_UNLIKELY(!!((__Pyx_modinit_Exttype___pyx_obj_11errors_flow___pyx_scope_struct_1_guarded_gen(__pyx_mstate) < 0)))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 1; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);
  (void)__Pyx_modinit_Type_import_code(__pyx_mstate);
  (void)__Pyx_modinit_Variable_import_code(__pyx_mstate);
  (void)__Pyx_modinit_Function_import_code(__pyx_mstate);
  if (__Pyx_InitAfterSharedUtility() < (0)) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 1; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);
  /*--- Execution code ---*/

  /* "errors_flow.pyx":6
 *
 * # Every step of every try statement appends here; tests read it back and clear it.
 * trace = []             # <<<<<<<<<<<<<<
 *
 *
*/
  __pyx_t_2 = cy_PyList_New(0); if (MP_UNLIKELY(!!(!__pyx_t_2))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 6; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

  if (cy_PyDict_SetItem(__pyx_mstate_global->__pyx_d, __pyx_n_u_trace, __pyx_t_2) < (0)) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 6; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);
   __pyx_t_2 = 0;

  /* "errors_flow.pyx":9
 *
 *
 * class DeviceError(Exception):             # <<<<<<<<<<<<<<
 *     pass
 *
*/
  {
    mp_obj_t __pyx_temp[1] = {((mp_obj_t )(((cy_PyTypeObject*)MP_OBJ_FROM_PTR(&mp_type_Exception))))};
    __pyx_t_2 = cy_Pyx_PyTuple_FromArray(__pyx_temp, 1); if (MP_UNLIKELY(!!(!__pyx_t_2))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 9; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

  }
  __pyx_t_3 = __pyx_t_2;

  __pyx_t_4 = cy_Pyx_PEP560_update_bases(__pyx_t_3); if (MP_UNLIKELY(!!(!__pyx_t_4))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 9; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

   __pyx_t_3 = 0;
  __pyx_t_3 = cy_Pyx_CalculateMetaclass(NULL, __pyx_t_4); if (MP_UNLIKELY(!!(!__pyx_t_3))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 9; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

  __pyx_t_5 = cy_Pyx_Py3MetaclassPrepare(__pyx_t_3, __pyx_t_4, __pyx_n_u_DeviceError, __pyx_n_u_DeviceError, (mp_obj_t ) NULL, __pyx_n_u_errors_flow, (mp_obj_t ) NULL); if (MP_UNLIKELY(!!(!__pyx_t_5))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 9; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

  if (__pyx_t_4 != __pyx_t_2) {
    if (MP_UNLIKELY(!!((cy_PyDict_SetItemString(__pyx_t_5, "__orig_bases__", __pyx_t_2) < 0)))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 9; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);
  }
   __pyx_t_2 = 0;
  __pyx_t_2 = cy_Pyx_Py3ClassCreate(__pyx_t_3, __pyx_n_u_DeviceError, __pyx_t_4, __pyx_t_5, NULL, 0, 0); if (MP_UNLIKELY(!!(!__pyx_t_2))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 9; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

  if (cy_PyDict_SetItem(__pyx_mstate_global->__pyx_d, __pyx_n_u_DeviceError, __pyx_t_2) < (0)) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 9; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);
   __pyx_t_2 = 0;
   __pyx_t_5 = 0;
   __pyx_t_3 = 0;
   __pyx_t_4 = 0;

  /* "errors_flow.pyx":13
 *
 *
 * class SensorError(DeviceError):             # <<<<<<<<<<<<<<
 *     def __init__(self, sensor, code):
 *         super().__init__(sensor, code)
*/
  cy_Pyx_GetModuleGlobalName(__pyx_t_4, __pyx_n_u_DeviceError); if (MP_UNLIKELY(!!(!__pyx_t_4))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 13; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

  {
    mp_obj_t __pyx_temp[1] = {__pyx_t_4};
    __pyx_t_3 = cy_Pyx_PyTuple_FromArray(__pyx_temp, 1); if (MP_UNLIKELY(!!(!__pyx_t_3))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 13; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

  }
   __pyx_t_4 = 0;
  __pyx_t_4 = __pyx_t_3;

  __pyx_t_5 = cy_Pyx_PEP560_update_bases(__pyx_t_4); if (MP_UNLIKELY(!!(!__pyx_t_5))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 13; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

   __pyx_t_4 = 0;
  __pyx_t_4 = cy_Pyx_CalculateMetaclass(NULL, __pyx_t_5); if (MP_UNLIKELY(!!(!__pyx_t_4))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 13; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

  __pyx_t_2 = cy_Pyx_Py3MetaclassPrepare(__pyx_t_4, __pyx_t_5, __pyx_n_u_SensorError, __pyx_n_u_SensorError, (mp_obj_t ) NULL, __pyx_n_u_errors_flow, (mp_obj_t ) NULL); if (MP_UNLIKELY(!!(!__pyx_t_2))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 13; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

  if (__pyx_t_5 != __pyx_t_3) {
    if (MP_UNLIKELY(!!((cy_PyDict_SetItemString(__pyx_t_2, "__orig_bases__", __pyx_t_3) < 0)))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 13; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);
  }
   __pyx_t_3 = 0;
  __pyx_t_3 = cy_PyList_New(0); if (MP_UNLIKELY(!!(!__pyx_t_3))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 13; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

  /* "errors_flow.pyx":14
 *
 * class SensorError(DeviceError):
 *     def __init__(self, sensor, code):             # <<<<<<<<<<<<<<
 *         super().__init__(sensor, code)
 *         self.sensor = sensor
*/
  __pyx_t_6 = cy_Pyx_CyFunction_New(&__pyx_mdef_11errors_flow_11SensorError_1__init__, 0, __pyx_n_u_SensorError___init, NULL, __pyx_n_u_errors_flow, __pyx_mstate_global->__pyx_d, ((mp_obj_t )__pyx_mstate_global->__pyx_codeobj_tab[2])); if (MP_UNLIKELY(!!(!__pyx_t_6))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 14; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

  cy_PyList_Append(__pyx_t_3, __pyx_t_6);
  if (cy_Pyx_SetNameInClass(__pyx_t_2, __pyx_n_u_init, __pyx_t_6) < (0)) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 14; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);
   __pyx_t_6 = 0;

  /* "errors_flow.pyx":19
 *         self.code = code
 *
 *     def __str__(self):             # <<<<<<<<<<<<<<
 *         return "sensor %s failed with code %d" % (self.sensor, self.code)
 *
*/
  __pyx_t_6 = cy_Pyx_CyFunction_New(&__pyx_mdef_11errors_flow_11SensorError_3__str__, 0, __pyx_n_u_SensorError___str, NULL, __pyx_n_u_errors_flow, __pyx_mstate_global->__pyx_d, ((mp_obj_t )__pyx_mstate_global->__pyx_codeobj_tab[3])); if (MP_UNLIKELY(!!(!__pyx_t_6))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 19; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

  if (cy_Pyx_SetNameInClass(__pyx_t_2, __pyx_n_u_str, __pyx_t_6) < (0)) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 19; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);
   __pyx_t_6 = 0;

  /* "errors_flow.pyx":13
 *
 *
 * class SensorError(DeviceError):             # <<<<<<<<<<<<<<
 *     def __init__(self, sensor, code):
 *         super().__init__(sensor, code)
*/
  __pyx_t_6 = cy_Pyx_Py3ClassCreate(__pyx_t_4, __pyx_n_u_SensorError, __pyx_t_5, __pyx_t_2, NULL, 0, 0); if (MP_UNLIKELY(!!(!__pyx_t_6))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 13; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

  if (cy_Pyx_CyFunction_InitClassCell(__pyx_t_3, __pyx_t_6) < (0)) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 13; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);
   __pyx_t_3 = 0;
  if (cy_PyDict_SetItem(__pyx_mstate_global->__pyx_d, __pyx_n_u_SensorError, __pyx_t_6) < (0)) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 13; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);
   __pyx_t_6 = 0;
   __pyx_t_2 = 0;
   __pyx_t_4 = 0;
   __pyx_t_5 = 0;

  /* "errors_flow.pyx":23
 *
 *
 * class BusError(DeviceError):             # <<<<<<<<<<<<<<
 *     pass
 *
*/
  cy_Pyx_GetModuleGlobalName(__pyx_t_5, __pyx_n_u_DeviceError); if (MP_UNLIKELY(!!(!__pyx_t_5))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 23; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

  {
    mp_obj_t __pyx_temp[1] = {__pyx_t_5};
    __pyx_t_4 = cy_Pyx_PyTuple_FromArray(__pyx_temp, 1); if (MP_UNLIKELY(!!(!__pyx_t_4))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 23; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

  }
   __pyx_t_5 = 0;
  __pyx_t_5 = __pyx_t_4;

  __pyx_t_2 = cy_Pyx_PEP560_update_bases(__pyx_t_5); if (MP_UNLIKELY(!!(!__pyx_t_2))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 23; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

   __pyx_t_5 = 0;
  __pyx_t_5 = cy_Pyx_CalculateMetaclass(NULL, __pyx_t_2); if (MP_UNLIKELY(!!(!__pyx_t_5))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 23; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

  __pyx_t_6 = cy_Pyx_Py3MetaclassPrepare(__pyx_t_5, __pyx_t_2, __pyx_n_u_BusError, __pyx_n_u_BusError, (mp_obj_t ) NULL, __pyx_n_u_errors_flow, (mp_obj_t ) NULL); if (MP_UNLIKELY(!!(!__pyx_t_6))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 23; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

  if (__pyx_t_2 != __pyx_t_4) {
    if (MP_UNLIKELY(!!((cy_PyDict_SetItemString(__pyx_t_6, "__orig_bases__", __pyx_t_4) < 0)))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 23; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);
  }
   __pyx_t_4 = 0;
  __pyx_t_4 = cy_Pyx_Py3ClassCreate(__pyx_t_5, __pyx_n_u_BusError, __pyx_t_2, __pyx_t_6, NULL, 0, 0); if (MP_UNLIKELY(!!(!__pyx_t_4))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 23; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

  if (cy_PyDict_SetItem(__pyx_mstate_global->__pyx_d, __pyx_n_u_BusError, __pyx_t_4) < (0)) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 23; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);
   __pyx_t_4 = 0;
   __pyx_t_6 = 0;
   __pyx_t_5 = 0;
   __pyx_t_2 = 0;

  /* "errors_flow.pyx":31
 *
 *
 * def raise_value(msg):             # <<<<<<<<<<<<<<
 *     raise ValueError(msg)
 *
*/
  { static const cy_Pyx_DefSpec __pyx_defs[] = { { &__pyx_mdef_11errors_flow_1raise_value, &__pyx_n_u_raise_value, &__pyx_n_u_raise_value, 0, 0 }, { &__pyx_mdef_11errors_flow_3raise_class, &__pyx_n_u_raise_class,

&__pyx_n_u_raise_class, 0, 0 }, {
&__pyx_mdef_11errors_flow_5raise_args,

&__pyx_n_u_raise_args, &__pyx_n_u_raise_args, 0, 0 }, { &__pyx_mdef_11errors_flow_7raise_instance,

&__pyx_n_u_raise_instance,

&__pyx_n_u_raise_instance, 0, 0 }, { &__pyx_mdef_11errors_flow_9raise_sensor, &__pyx_n_u_raise_sensor, &__pyx_n_u_raise_sensor, 0, 0 }, { &__pyx_mdef_11errors_flow_11raise_bus, &__pyx_n_u_raise_bus,

&__pyx_n_u_raise_bus, 0, 0 }, {
&__pyx_mdef_11errors_flow_13make_error,

&__pyx_n_u_make_error, &__pyx_n_u_make_error, 0, 0 }, { &__pyx_mdef_11errors_flow_15call_and_catch,

&__pyx_n_u_call_and_catch,

&__pyx_n_u_call_and_catch, 0, 0 }, { &__pyx_mdef_11errors_flow_17lookup, &__pyx_n_u_lookup, &__pyx_n_u_lookup, 0, 0 }, { &__pyx_mdef_11errors_flow_19index_or_default, &__pyx_n_u_index_or_default,

&__pyx_n_u_index_or_default, 0, 4 }, {
&__pyx_mdef_11errors_flow_21get_attr,

&__pyx_n_u_get_attr, &__pyx_n_u_get_attr, 0, 0 }, { &__pyx_mdef_11errors_flow_23attr_direct,

&__pyx_n_u_attr_direct,

&__pyx_n_u_attr_direct, 0, 0 }, { &__pyx_mdef_11errors_flow_25divide, &__pyx_n_u_divide, &__pyx_n_u_divide, 0, 0 }, { &__pyx_mdef_11errors_flow_27add_objects, &__pyx_n_u_add_objects, &__pyx_n_u_add_objects, 0, 0 }, {

&__pyx_mdef_11errors_flow_29compare,
&__pyx_n_u_compare,

&__pyx_n_u_compare, 0, 0 }, { &__pyx_mdef_11errors_flow_31iterate, &__pyx_n_u_iterate,
&__pyx_n_u_iterate,

0, 0 }, {

&__pyx_mdef_11errors_flow_33loop_mutating,

&__pyx_n_u_loop_mutating, &__pyx_n_u_loop_mutating, 0, 0 }, { &__pyx_mdef_11errors_flow_35convert_int, &__pyx_n_u_convert_int, &__pyx_n_u_convert_int, 0, 0 }, { &__pyx_mdef_11errors_flow_37full_try,

&__pyx_n_u_full_try,
&__pyx_n_u_full_try, 0, 0 }, {

&__pyx_mdef_11errors_flow_39nested, &__pyx_n_u_nested, &__pyx_n_u_nested, 0, 0 }, {

&__pyx_mdef_11errors_flow_41finally_raises,

&__pyx_n_u_finally_raises, &__pyx_n_u_finally_raises, 0, 0 }, { &__pyx_mdef_11errors_flow_43except_raises, &__pyx_n_u_except_raises, &__pyx_n_u_except_raises, 0, 0 }, { &__pyx_mdef_11errors_flow_45return_in_finally,

&__pyx_n_u_return_in_finally,
&__pyx_n_u_return_in_finally, 0,
0 }, {
&__pyx_mdef_11errors_flow_47return_in_except, &__pyx_n_u_return_in_except,

&__pyx_n_u_return_in_except, 0,
0 }, { &__pyx_mdef_11errors_flow_49break_in_finally,

&__pyx_n_u_break_in_finally, &__pyx_n_u_break_in_finally, 0, 0 }, { &__pyx_mdef_11errors_flow_51continue_in_try, &__pyx_n_u_continue_in_try, &__pyx_n_u_continue_in_try, 0, 0 }, { &__pyx_mdef_11errors_flow_53reraise,

&__pyx_n_u_reraise,
&__pyx_n_u_reraise, 0, 0 }, {

&__pyx_mdef_11errors_flow_55reraise_after_handling_another, &__pyx_n_u_reraise_after_handling_another,

&__pyx_n_u_reraise_after_handling_another, 0, 0 }, { &__pyx_mdef_11errors_flow_57raise_from, &__pyx_n_u_raise_from, &__pyx_n_u_raise_from, 0, 0 }, { &__pyx_mdef_11errors_flow_59raise_from_none, &__pyx_n_u_raise_from_none,

&__pyx_n_u_raise_from_none, 0, 0 }, {
&__pyx_mdef_11errors_flow_61raise_from_custom,

&__pyx_n_u_raise_from_custom, &__pyx_n_u_raise_from_custom, 0, 0 }, {

&__pyx_mdef_11errors_flow_63raise_from_bad,

&__pyx_n_u_raise_from_bad, &__pyx_n_u_raise_from_bad, 0, 0 }, { &__pyx_mdef_11errors_flow_65as_name_cleared, &__pyx_n_u_as_name_cleared, &__pyx_n_u_as_name_cleared, 0, 0 }, { &__pyx_mdef_11errors_flow_67catch_any,

&__pyx_n_u_catch_any,
&__pyx_n_u_catch_any, 0, 0 }, {

&__pyx_mdef_11errors_flow_69catch_base, &__pyx_n_u_catch_base, &__pyx_n_u_catch_base, 0, 0 }, {

&__pyx_mdef_11errors_flow_71catch_dynamic,

&__pyx_n_u_catch_dynamic, &__pyx_n_u_catch_dynamic, 0, 0 }, { &__pyx_mdef_11errors_flow_73exc_info_inside, &__pyx_n_u_exc_info_inside, &__pyx_n_u_exc_info_inside, 0, 0 }, { &__pyx_mdef_11errors_flow_75assert_positive,

&__pyx_n_u_assert_positive,
&__pyx_n_u_assert_positive, 0, 0
}, {
&__pyx_mdef_11errors_flow_77assert_plain,
&__pyx_n_u_assert_plain, &__pyx_n_u_assert_plain, 0, 0 }, }; if (cy_Pyx_DefineFunctions(__pyx_defs, 39,
__pyx_mstate_global->__pyx_d,

cy_PyDict_SetItem,

__pyx_n_u_errors_flow,

__pyx_mstate_global->__pyx_d,

__pyx_mstate_global->__pyx_tuple) < (0)) { do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 31; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0); } }

  /* "errors_flow.pyx":389
 *
 *
 * class Resource:             # <<<<<<<<<<<<<<
 *     def __init__(self, name, suppress=False):
 *         self.name = name
*/
  __pyx_t_2 = cy_Pyx_Py3MetaclassPrepare((mp_obj_t ) NULL, __pyx_mstate_global->__pyx_empty_tuple, __pyx_n_u_Resource, __pyx_n_u_Resource, (mp_obj_t ) NULL, __pyx_n_u_errors_flow, (mp_obj_t ) NULL); if (MP_UNLIKELY(!!(!__pyx_t_2))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 389; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

  /* "errors_flow.pyx":390
 *
 * class Resource:
 *     def __init__(self, name, suppress=False):             # <<<<<<<<<<<<<<
 *         self.name = name
 *         self.suppress = suppress
*/
  __pyx_t_5 = cy_Pyx_CyFunction_New(&__pyx_mdef_11errors_flow_8Resource_1__init__, 0, __pyx_n_u_Resource___init, NULL, __pyx_n_u_errors_flow, __pyx_mstate_global->__pyx_d, ((mp_obj_t )__pyx_mstate_global->__pyx_codeobj_tab[43])); if (MP_UNLIKELY(!!(!__pyx_t_5))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 390; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

  cy_Pyx_CyFunction_SetDefaultsTuple(__pyx_t_5, __pyx_mstate_global->__pyx_tuple[4]);
  if (cy_Pyx_SetNameInClass(__pyx_t_2, __pyx_n_u_init, __pyx_t_5) < (0)) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 390; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);
   __pyx_t_5 = 0;

  /* "errors_flow.pyx":394
 *         self.suppress = suppress
 *
 *     def __enter__(self):             # <<<<<<<<<<<<<<
 *         trace.append("enter " + self.name)
 *         return self
*/
  __pyx_t_5 = cy_Pyx_CyFunction_New(&__pyx_mdef_11errors_flow_8Resource_3__enter__, 0, __pyx_n_u_Resource___enter, NULL, __pyx_n_u_errors_flow, __pyx_mstate_global->__pyx_d, ((mp_obj_t )__pyx_mstate_global->__pyx_codeobj_tab[44])); if (MP_UNLIKELY(!!(!__pyx_t_5))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 394; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

  if (cy_Pyx_SetNameInClass(__pyx_t_2, __pyx_n_u_enter_2, __pyx_t_5) < (0)) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 394; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);
   __pyx_t_5 = 0;

  /* "errors_flow.pyx":398
 *         return self
 *
 *     def __exit__(self, exc_type, exc, tb):             # <<<<<<<<<<<<<<
 *         trace.append("exit %s %s" % (self.name, exc_type.__name__ if exc_type is not None else None))
 *         if exc is not None:
*/
  __pyx_t_5 = cy_Pyx_CyFunction_New(&__pyx_mdef_11errors_flow_8Resource_5__exit__, 0, __pyx_n_u_Resource___exit, NULL, __pyx_n_u_errors_flow, __pyx_mstate_global->__pyx_d, ((mp_obj_t )__pyx_mstate_global->__pyx_codeobj_tab[45])); if (MP_UNLIKELY(!!(!__pyx_t_5))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 398; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

  if (cy_Pyx_SetNameInClass(__pyx_t_2, __pyx_n_u_exit_2, __pyx_t_5) < (0)) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 398; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);
   __pyx_t_5 = 0;

  /* "errors_flow.pyx":389
 *
 *
 * class Resource:             # <<<<<<<<<<<<<<
 *     def __init__(self, name, suppress=False):
 *         self.name = name
*/
  __pyx_t_5 = cy_Pyx_Py3ClassCreate(((mp_obj_t)&cy_PyType_Type), __pyx_n_u_Resource, __pyx_mstate_global->__pyx_empty_tuple, __pyx_t_2, NULL, 0, 0); if (MP_UNLIKELY(!!(!__pyx_t_5))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 389; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

  if (cy_PyDict_SetItem(__pyx_mstate_global->__pyx_d, __pyx_n_u_Resource, __pyx_t_5) < (0)) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 389; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);
   __pyx_t_5 = 0;
   __pyx_t_2 = 0;

  /* "errors_flow.pyx":405
 *
 *
 * def with_ok():             # <<<<<<<<<<<<<<
 *     with Resource("r1") as r:
 *         trace.append("body with " + r.name)
*/
  { static const cy_Pyx_DefSpec __pyx_defs[] = { { &__pyx_mdef_11errors_flow_79with_ok, &__pyx_n_u_with_ok, &__pyx_n_u_with_ok, 0, 0 }, { &__pyx_mdef_11errors_flow_81with_raises, &__pyx_n_u_with_raises, &__pyx_n_u_with_raises, 0,
0 }, {
&__pyx_mdef_11errors_flow_83with_nested,
&__pyx_n_u_with_nested,

&__pyx_n_u_with_nested, 0, 0 }, { &__pyx_mdef_11errors_flow_85with_return, &__pyx_n_u_with_return,

&__pyx_n_u_with_return, 0, 0 }, {

&__pyx_mdef_11errors_flow_87with_user,

&__pyx_n_u_with_user, &__pyx_n_u_with_user, 0, 0 }, { &__pyx_mdef_11errors_flow_89with_exit_raises, &__pyx_n_u_with_exit_raises, &__pyx_n_u_with_exit_raises, 0, 0 }, { &__pyx_mdef_11errors_flow_91call_checked,

&__pyx_n_u_call_checked,
&__pyx_n_u_call_checked, 0, 0 },
{
&__pyx_mdef_11errors_flow_93call_maybe, &__pyx_n_u_call_maybe, &__pyx_n_u_call_maybe, 0, 0 }, {
&__pyx_mdef_11errors_flow_95call_star,

&__pyx_n_u_call_star,
&__pyx_n_u_call_star, 0, 0 }, {
&__pyx_mdef_11errors_flow_97call_quiet,

&__pyx_n_u_call_quiet, &__pyx_n_u_call_quiet, 0, 0 }, { &__pyx_mdef_11errors_flow_99call_returns_object, &__pyx_n_u_call_returns_object, &__pyx_n_u_call_returns_object, 0, 0 }, { &__pyx_mdef_11errors_flow_101call_chain,

&__pyx_n_u_call_chain,
&__pyx_n_u_call_chain, 0, 0 }, {

&__pyx_mdef_11errors_flow_103catch_in_cdef_caller, &__pyx_n_u_catch_in_cdef_caller,

&__pyx_n_u_catch_in_cdef_caller, 0, 0 }, { &__pyx_mdef_11errors_flow_105raise_catch_loop, &__pyx_n_u_raise_catch_loop, &__pyx_n_u_raise_catch_loop, 0, 0 }, { &__pyx_mdef_11errors_flow_107callback_loop, &__pyx_n_u_callback_loop,

&__pyx_n_u_callback_loop, 0, 0 }, {
&__pyx_mdef_11errors_flow_109failing_gen,

&__pyx_n_u_failing_gen, &__pyx_n_u_failing_gen, 0, 0 }, { &__pyx_mdef_11errors_flow_112guarded_gen,

&__pyx_n_u_guarded_gen,
&__pyx_n_u_guarded_gen, 0, 0 },
{

&__pyx_mdef_11errors_flow_115consume, &__pyx_n_u_consume, &__pyx_n_u_consume, 0, 0 }, }; if (cy_Pyx_DefineFunctions(__pyx_defs, 18, __pyx_mstate_global->__pyx_d, cy_PyDict_SetItem, __pyx_n_u_errors_flow, __pyx_mstate_global->__pyx_d, NULL) < (0)) {

do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 405; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0); } }

  /* "errors_flow.pyx":1
 * # cython: language_level=3             # <<<<<<<<<<<<<<
 * """Exceptions crossing the boundary in both directions, and every shape of try statement:
 * the order of cleanup must be CPython's exactly."""
*/
  __pyx_t_2 = cy_Pyx_PyDict_NewPresized(0); if (MP_UNLIKELY(!!(!__pyx_t_2))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 1; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

  if (cy_PyDict_SetItem(__pyx_mstate_global->__pyx_d, __pyx_n_u_test, __pyx_t_2) < (0)) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 1; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);
   __pyx_t_2 = 0;

  /*--- Wrapped vars code ---*/

  goto __pyx_L0;
    __pyx_L1_error:;
  if (stringtab_initialized) {
    __pyx_traceback_0("init errors_flow", __pyx_lineno);
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
  __pyx_builtin_super = cy_Pyx_GetBuiltinName(__pyx_n_u_super); if (!__pyx_builtin_super) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 15; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

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

  /* "errors_flow.pyx":58
 *     # Exceptions are values too: build one without raising it.
 *     if kind == "device":
 *         return DeviceError("made", 1)             # <<<<<<<<<<<<<<
 *     return KeyError(kind)
 *
*/
  {

__pyx_mstate_global->__pyx_tuple[0] = (mp_obj_t )&__pyx_rom_tuple_0;

  }

  /* "errors_flow.pyx":406
 *
 * def with_ok():
 *     with Resource("r1") as r:             # <<<<<<<<<<<<<<
 *         trace.append("body with " + r.name)
 *     return "ok"
*/
  {

__pyx_mstate_global->__pyx_tuple[1] = (mp_obj_t )&__pyx_rom_tuple_1;

  }

  /* "errors_flow.pyx":419
 *
 * def with_nested():
 *     with Resource("outer"), Resource("inner", True):             # <<<<<<<<<<<<<<
 *         raise KeyError("swallowed by inner")
 *     with Resource("outer2"):
*/
  {

__pyx_mstate_global->__pyx_tuple[2] = (mp_obj_t )&__pyx_rom_tuple_2;

  }

  /* "errors_flow.pyx":90
 *
 *
 * def index_or_default(seq, int i, default=None):             # <<<<<<<<<<<<<<
 *     try:
 *         return seq[i]
*/
  {

__pyx_mstate_global->__pyx_tuple[3] = (mp_obj_t )&__pyx_rom_tuple_3;

  }

  /* "errors_flow.pyx":390
 *
 * class Resource:
 *     def __init__(self, name, suppress=False):             # <<<<<<<<<<<<<<
 *         self.name = name
 *         self.suppress = suppress
*/
  {

__pyx_mstate_global->__pyx_tuple[4] = (mp_obj_t )&__pyx_rom_tuple_4;

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
    unsigned int first_line : 10;
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

static CYTHON_INLINE long __Pyx_mod_long(long a, long b, int b_is_constant) {
    long r = a % b;
    long adapt_python = (b_is_constant ?
        ((r != 0) & ((r < 0) ^ (b < 0))) :
        ((r != 0) & ((r ^ b) < 0))
    );
    return r + adapt_python * b;
}

/* ---- MicroPython module registration (cython2upy) ---- */

/* Runs on every import (built-in modules are not cached in sys.modules), so it is idempotent:
 * the module body runs once, and again only if it failed. */
static mp_obj_t cy2upy_init_errors_flow(void) {
    if (MP_STATE_VM(cy2upy_state_errors_flow) == NULL) {
        MP_STATIC_ASSERT(offsetof(__pyx_mstatetype, __pyx_empty_unicode) == offsetof(cy_module_state_head_t, empty_unicode));
        static const mp_obj_str_t doc = {{&mp_type_str}, 0, sizeof(__pyx_k_Exceptions_crossing_the_boundary) - 1, (const byte *)__pyx_k_Exceptions_crossing_the_boundary};
        __pyx_mstatetype *state = cy_module_state_new(sizeof(__pyx_mstatetype), MP_OBJ_NEW_QSTR(MP_QSTR_errors_flow), CY_DOC_OBJ(MP_OBJ_FROM_PTR(&doc)));
        MP_STATE_VM(cy2upy_state_errors_flow) = state;
        if (__pyx_pymod_exec_errors_flow(MP_OBJ_NULL) < 0) {
            MP_STATE_VM(cy2upy_state_errors_flow) = NULL;
            cy_raise_pending();
        }
    }
    return mp_const_none;
}
static MP_DEFINE_CONST_FUN_OBJ_0(cy2upy_init_obj_errors_flow, cy2upy_init_errors_flow);

/* Loads, stores and deletes of module attributes go to the module's RAM dict.
 * (Not static: MP_REGISTER_MODULE_DELEGATION's table refers to it from another file.) */
void cy2upy_attr_errors_flow(mp_obj_t self_in, qstr attr, mp_obj_t *dest) {
    (void)self_in;
    cy_module_state_attr(&MP_STATE_VM(cy2upy_state_errors_flow), cy2upy_init_errors_flow, attr, dest);
}

static const mp_rom_map_elem_t cy2upy_globals_table_errors_flow[] = {
    { MP_ROM_QSTR(MP_QSTR___name__), MP_ROM_QSTR(MP_QSTR_errors_flow) },
    { MP_ROM_QSTR(MP_QSTR___init__), MP_ROM_PTR(&cy2upy_init_obj_errors_flow) },
};
static MP_DEFINE_CONST_DICT(cy2upy_globals_errors_flow, cy2upy_globals_table_errors_flow);

const mp_obj_module_t cy2upy_module_errors_flow = {
    .base = { &mp_type_module },
    .globals = (mp_obj_dict_t *)&cy2upy_globals_errors_flow,
};

MP_REGISTER_MODULE(MP_QSTR_errors_flow, cy2upy_module_errors_flow);
MP_REGISTER_MODULE_DELEGATION(cy2upy_module_errors_flow, cy2upy_attr_errors_flow);
