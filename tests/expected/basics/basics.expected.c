/* Translated by cython2upy 0.1.0 from basics.c (Cython 3.3.1).
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
MP_REGISTER_ROOT_POINTER(void *cy2upy_state_basics);
extern const mp_obj_module_t cy2upy_module_basics;
#define __pyx_m (MP_OBJ_FROM_PTR(&cy2upy_module_basics))
#define __pyx_mstate_global ((__pyx_mstatetype *)MP_STATE_VM(cy2upy_state_basics))

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
  "basics.pyx",
};
/* The traceback entry of a function whose failing places all name __pyx_f[0] (cython2upy) */
static CYTHON_UNUSED void __pyx_traceback_0(const char *funcname, int lineno) {
    cy_Pyx_AddTracebackIn("basics", funcname, lineno, lineno > 0 ? __pyx_f[0] : NULL);
}

/* #### Code section: numeric_typedefs ### */
/* #### Code section: complex_type_declarations ### */
/* #### Code section: type_declarations ### */

/*--- Type declarations ---*/
struct __pyx_defaults;

/* "basics.pyx":44
 *
 *
 * def scaled(double x, double factor=DEFAULT_SCALE):             # <<<<<<<<<<<<<<
 *     return x * factor
 *
*/
struct __pyx_defaults {
  CY_OBJ_HEAD;
  double arg0;
};

static CYTHON_INLINE long __Pyx_div_long(long, long, int b_is_constant);

static CYTHON_INLINE long __Pyx_mod_long(long, long, int b_is_constant);

static CYTHON_INLINE int __Pyx_div_int(int, int, int b_is_constant);

static CYTHON_INLINE int __Pyx_mod_int(int, int, int b_is_constant);

/* #### Code section: module_declarations ### */

/* Module declarations from "basics" */
static int __pyx_f_6basics_clamp_int(int, int, int); /*proto*/
static double __pyx_f_6basics_square(double); /*proto*/
static int __pyx_f_6basics_is_vowel(mp_obj_t ); /*proto*/
/* #### Code section: typeinfo ### */
/* #### Code section: before_global_var ### */
#define __Pyx_MODULE_NAME "basics"
extern int __pyx_module_is_main_basics;
int __pyx_module_is_main_basics = 0;

/* Implementation of "basics" */
/* #### Code section: global_var ### */
/* #### Code section: string_decls ### */
static const char __pyx_k_Small_inventory_helpers_the_ever[] = "Small inventory helpers: the everyday mix of typed C loops and plain\nPython objects that a first Cython module tends to contain.";
/* #### Code section: decls ### */
static mp_obj_t __pyx_pf_6basics_add(CYTHON_UNUSED mp_obj_t __pyx_self, mp_obj_t __pyx_v_a, mp_obj_t __pyx_v_b); /* proto */
static mp_obj_t __pyx_pf_6basics_2greet(CYTHON_UNUSED mp_obj_t __pyx_self, mp_obj_t __pyx_v_name, mp_obj_t __pyx_v_greeting, mp_obj_t __pyx_v_punctuation); /* proto */
static mp_obj_t __pyx_pf_6basics_4describe(CYTHON_UNUSED mp_obj_t __pyx_self, mp_obj_t __pyx_v_name, int __pyx_v_age, mp_obj_t __pyx_v_city); /* proto */
static mp_obj_t __pyx_pf_6basics_48__defaults__(CYTHON_UNUSED mp_obj_t __pyx_self); /* proto */
static mp_obj_t __pyx_pf_6basics_6scaled(CYTHON_UNUSED mp_obj_t __pyx_self, double __pyx_v_x, double __pyx_v_factor); /* proto */
static mp_obj_t __pyx_pf_6basics_8fib(CYTHON_UNUSED mp_obj_t __pyx_self, int __pyx_v_n); /* proto */
static mp_obj_t __pyx_pf_6basics_10primes_below(CYTHON_UNUSED mp_obj_t __pyx_self, int __pyx_v_n); /* proto */
static mp_obj_t __pyx_pf_6basics_12count_primes(CYTHON_UNUSED mp_obj_t __pyx_self, int __pyx_v_n); /* proto */
static mp_obj_t __pyx_pf_6basics_14sum_of_squares(CYTHON_UNUSED mp_obj_t __pyx_self, int __pyx_v_n); /* proto */
static mp_obj_t __pyx_pf_6basics_16percent(CYTHON_UNUSED mp_obj_t __pyx_self, int __pyx_v_part, int __pyx_v_whole); /* proto */
static mp_obj_t __pyx_pf_6basics_18is_even(CYTHON_UNUSED mp_obj_t __pyx_self, int __pyx_v_n); /* proto */
static mp_obj_t __pyx_pf_6basics_20split_pair(CYTHON_UNUSED mp_obj_t __pyx_self, int __pyx_v_a, int __pyx_v_b); /* proto */
static mp_obj_t __pyx_pf_6basics_22nothing(CYTHON_UNUSED mp_obj_t __pyx_self, mp_obj_t __pyx_v_x); /* proto */
static mp_obj_t __pyx_pf_6basics_24maybe_first(CYTHON_UNUSED mp_obj_t __pyx_self, mp_obj_t __pyx_v_items); /* proto */
static mp_obj_t __pyx_pf_6basics_26count_vowels(CYTHON_UNUSED mp_obj_t __pyx_self, mp_obj_t __pyx_v_text); /* proto */
static mp_obj_t __pyx_pf_6basics_28word_lengths(CYTHON_UNUSED mp_obj_t __pyx_self, mp_obj_t __pyx_v_words); /* proto */
static mp_obj_t __pyx_pf_6basics_30format_row(CYTHON_UNUSED mp_obj_t __pyx_self, mp_obj_t __pyx_v_name, int __pyx_v_qty, double __pyx_v_price); /* proto */
static mp_obj_t __pyx_pf_6basics_32summary(CYTHON_UNUSED mp_obj_t __pyx_self, mp_obj_t __pyx_v_prices); /* proto */
static mp_obj_t __pyx_pf_6basics_34record_sale(CYTHON_UNUSED mp_obj_t __pyx_self, int __pyx_v_qty); /* proto */
static mp_obj_t __pyx_pf_6basics_36checked_sqrt(CYTHON_UNUSED mp_obj_t __pyx_self, double __pyx_v_x); /* proto */
static mp_obj_t __pyx_pf_6basics_38hypot(CYTHON_UNUSED mp_obj_t __pyx_self, double __pyx_v_a, double __pyx_v_b); /* proto */
static mp_obj_t __pyx_pf_6basics_40circle_area(CYTHON_UNUSED mp_obj_t __pyx_self, double __pyx_v_r); /* proto */
static mp_obj_t __pyx_pf_6basics_42apply(CYTHON_UNUSED mp_obj_t __pyx_self, mp_obj_t __pyx_v_func, mp_obj_t __pyx_v_items); /* proto */
static mp_obj_t __pyx_pf_6basics_44apply_twice(CYTHON_UNUSED mp_obj_t __pyx_self, mp_obj_t __pyx_v_func, mp_obj_t __pyx_v_x); /* proto */
static mp_obj_t __pyx_pf_6basics_46convert(CYTHON_UNUSED mp_obj_t __pyx_self, double __pyx_v_value, mp_obj_t __pyx_v_unit); /* proto */

/* #### Code section: late_includes ### */
/* #### Code section: module_state ### */

  typedef struct {
    mp_obj_t __pyx_d;
    mp_obj_t __pyx_b;
    mp_obj_t __pyx_cython_runtime;
    mp_obj_t __pyx_empty_tuple;
    mp_obj_t __pyx_empty_bytes;
    mp_obj_t __pyx_empty_unicode;
    mp_obj_t __pyx_type_6basics___pyx_defaults;
    cy_PyTypeObject *__pyx_ptype_6basics___pyx_defaults;

    mp_obj_t __pyx_tuple[3];
    mp_obj_t __pyx_codeobj_tab[24];

    mp_obj_t __pyx_number_tab[3];
/* #### Code section: module_state_contents ### */

/* #### Code section: module_state_end ### */
} __pyx_mstatetype;

/* #### Code section: constant_name_defines ### */
#define __pyx_kp_u__4 (*(mp_obj_t *)&__pyx_string_tab[0])
#define __pyx_kp_u__2 (*(mp_obj_t *)&__pyx_string_tab[1])
#define __pyx_kp_u_from (*(mp_obj_t *)&__pyx_string_tab[2])
#define __pyx_kp_u__3 (*(mp_obj_t *)&__pyx_string_tab[3])
#define __pyx_kp_u_1_2 (*(mp_obj_t *)&__pyx_string_tab[4])
#define __pyx_kp_u_9_2f (*(mp_obj_t *)&__pyx_string_tab[5])
#define __pyx_kp_u_8 (*(mp_obj_t *)&__pyx_string_tab[6])
#define __pyx_kp_u_cannot_take_the_square_root_of_a (*(mp_obj_t *)&__pyx_string_tab[7])
#define __pyx_kp_u_n_must_be_at_most_1000 (*(mp_obj_t *)&__pyx_string_tab[8])
#define __pyx_kp_u_no_prices (*(mp_obj_t *)&__pyx_string_tab[9])
#define __pyx_kp_u_unknown_unit (*(mp_obj_t *)&__pyx_string_tab[10])
#define __pyx_kp_u__5 (*(mp_obj_t *)&__pyx_string_tab[11])
#define __pyx_n_u_DEFAULT_SCALE (*(mp_obj_t *)&__pyx_string_tab[12])
#define __pyx_n_u_Hello (*(mp_obj_t *)&__pyx_string_tab[13])
#define __pyx_n_u_MAX_PRIMES_LIMIT (*(mp_obj_t *)&__pyx_string_tab[14])
#define __pyx_n_u_UNITS (*(mp_obj_t *)&__pyx_string_tab[15])
#define __pyx_n_u_VERSION (*(mp_obj_t *)&__pyx_string_tab[16])
#define __pyx_n_u_test (*(mp_obj_t *)&__pyx_string_tab[17])
#define __pyx_n_u_a (*(mp_obj_t *)&__pyx_string_tab[18])
#define __pyx_n_u_add (*(mp_obj_t *)&__pyx_string_tab[19])
#define __pyx_n_u_aeiouAEIOU (*(mp_obj_t *)&__pyx_string_tab[20])
#define __pyx_n_u_age (*(mp_obj_t *)&__pyx_string_tab[21])
#define __pyx_n_u_apply (*(mp_obj_t *)&__pyx_string_tab[22])
#define __pyx_n_u_apply_twice (*(mp_obj_t *)&__pyx_string_tab[23])
#define __pyx_n_u_b (*(mp_obj_t *)&__pyx_string_tab[24])
#define __pyx_n_u_basics (*(mp_obj_t *)&__pyx_string_tab[25])
#define __pyx_n_u_checked_sqrt (*(mp_obj_t *)&__pyx_string_tab[26])
#define __pyx_n_u_circle_area (*(mp_obj_t *)&__pyx_string_tab[27])
#define __pyx_n_u_city (*(mp_obj_t *)&__pyx_string_tab[28])
#define __pyx_n_u_cm (*(mp_obj_t *)&__pyx_string_tab[29])
#define __pyx_n_u_convert (*(mp_obj_t *)&__pyx_string_tab[30])
#define __pyx_n_u_count (*(mp_obj_t *)&__pyx_string_tab[31])
#define __pyx_n_u_count_primes (*(mp_obj_t *)&__pyx_string_tab[32])
#define __pyx_n_u_count_vowels (*(mp_obj_t *)&__pyx_string_tab[33])
#define __pyx_n_u_describe (*(mp_obj_t *)&__pyx_string_tab[34])
#define __pyx_n_u_factor (*(mp_obj_t *)&__pyx_string_tab[35])
#define __pyx_n_u_fib (*(mp_obj_t *)&__pyx_string_tab[36])
#define __pyx_n_u_format_row (*(mp_obj_t *)&__pyx_string_tab[37])
#define __pyx_n_u_func (*(mp_obj_t *)&__pyx_string_tab[38])
#define __pyx_n_u_greet (*(mp_obj_t *)&__pyx_string_tab[39])
#define __pyx_n_u_greeting (*(mp_obj_t *)&__pyx_string_tab[40])
#define __pyx_n_u_hypot (*(mp_obj_t *)&__pyx_string_tab[41])
#define __pyx_n_u_is_even (*(mp_obj_t *)&__pyx_string_tab[42])
#define __pyx_n_u_items (*(mp_obj_t *)&__pyx_string_tab[43])
#define __pyx_n_u_m (*(mp_obj_t *)&__pyx_string_tab[44])
#define __pyx_n_u_math (*(mp_obj_t *)&__pyx_string_tab[45])
#define __pyx_n_u_max (*(mp_obj_t *)&__pyx_string_tab[46])
#define __pyx_n_u_maybe_first (*(mp_obj_t *)&__pyx_string_tab[47])
#define __pyx_n_u_min (*(mp_obj_t *)&__pyx_string_tab[48])
#define __pyx_n_u_mm (*(mp_obj_t *)&__pyx_string_tab[49])
#define __pyx_n_u_n (*(mp_obj_t *)&__pyx_string_tab[50])
#define __pyx_n_u_name (*(mp_obj_t *)&__pyx_string_tab[51])
#define __pyx_n_u_nothing (*(mp_obj_t *)&__pyx_string_tab[52])
#define __pyx_n_u_nowhere (*(mp_obj_t *)&__pyx_string_tab[53])
#define __pyx_n_u_part (*(mp_obj_t *)&__pyx_string_tab[54])
#define __pyx_n_u_percent (*(mp_obj_t *)&__pyx_string_tab[55])
#define __pyx_n_u_pi (*(mp_obj_t *)&__pyx_string_tab[56])
#define __pyx_n_u_price (*(mp_obj_t *)&__pyx_string_tab[57])
#define __pyx_n_u_prices (*(mp_obj_t *)&__pyx_string_tab[58])
#define __pyx_n_u_primes_below (*(mp_obj_t *)&__pyx_string_tab[59])
#define __pyx_n_u_punctuation (*(mp_obj_t *)&__pyx_string_tab[60])
#define __pyx_n_u_qty (*(mp_obj_t *)&__pyx_string_tab[61])
#define __pyx_n_u_r (*(mp_obj_t *)&__pyx_string_tab[62])
#define __pyx_n_u_record_sale (*(mp_obj_t *)&__pyx_string_tab[63])
#define __pyx_n_u_sales_count (*(mp_obj_t *)&__pyx_string_tab[64])
#define __pyx_n_u_scaled (*(mp_obj_t *)&__pyx_string_tab[65])
#define __pyx_n_u_split_pair (*(mp_obj_t *)&__pyx_string_tab[66])
#define __pyx_n_u_sqrt (*(mp_obj_t *)&__pyx_string_tab[67])
#define __pyx_n_u_sum_of_squares (*(mp_obj_t *)&__pyx_string_tab[68])
#define __pyx_n_u_summary (*(mp_obj_t *)&__pyx_string_tab[69])
#define __pyx_n_u_text (*(mp_obj_t *)&__pyx_string_tab[70])
#define __pyx_n_u_total (*(mp_obj_t *)&__pyx_string_tab[71])
#define __pyx_n_u_unit (*(mp_obj_t *)&__pyx_string_tab[72])
#define __pyx_n_u_value (*(mp_obj_t *)&__pyx_string_tab[73])
#define __pyx_n_u_whole (*(mp_obj_t *)&__pyx_string_tab[74])
#define __pyx_n_u_word_lengths (*(mp_obj_t *)&__pyx_string_tab[75])
#define __pyx_n_u_words (*(mp_obj_t *)&__pyx_string_tab[76])
#define __pyx_n_u_x (*(mp_obj_t *)&__pyx_string_tab[77])
/* Cython's string constants, decoded at translation time: qstrs and ROM objects. */
static const mp_obj_str_t __pyx_str_obj_0 = {{&mp_type_str}, 0, 2, (const byte *)" ("};
static const mp_obj_str_t __pyx_str_obj_1 = {{&mp_type_str}, 0, 1, (const byte *)"!"};
static const mp_obj_str_t __pyx_str_obj_2 = {{&mp_type_str}, 0, 7, (const byte *)") from "};
static const mp_obj_str_t __pyx_str_obj_3 = {{&mp_type_str}, 0, 2, (const byte *)", "};
static const mp_obj_str_t __pyx_str_obj_4 = {{&mp_type_str}, 0, 3, (const byte *)"1.2"};
static const mp_obj_str_t __pyx_str_obj_6 = {{&mp_type_str}, 0, 4, (const byte *)"9.2f"};
static const mp_obj_str_t __pyx_str_obj_7 = {{&mp_type_str}, 0, 2, (const byte *)"<8"};
static const mp_obj_str_t __pyx_str_obj_12 = {{&mp_type_str}, 0, 48, (const byte *)"cannot take the square root of a negative number"};
static const mp_obj_str_t __pyx_str_obj_17 = {{&mp_type_str}, 0, 22, (const byte *)"n must be at most 1000"};
static const mp_obj_str_t __pyx_str_obj_18 = {{&mp_type_str}, 0, 9, (const byte *)"no prices"};
static const mp_obj_str_t __pyx_str_obj_19 = {{&mp_type_str}, 0, 13, (const byte *)"unknown unit "};
static const mp_obj_str_t __pyx_str_obj_20 = {{&mp_type_str}, 0, 1, (const byte *)"|"};
static const mp_rom_obj_t __pyx_string_tab[78] = {
    MP_ROM_PTR(&__pyx_str_obj_0),
    MP_ROM_PTR(&__pyx_str_obj_1),
    MP_ROM_PTR(&__pyx_str_obj_2),
    MP_ROM_PTR(&__pyx_str_obj_3),
    MP_ROM_PTR(&__pyx_str_obj_4),
    MP_ROM_PTR(&__pyx_str_obj_6),
    MP_ROM_PTR(&__pyx_str_obj_7),
    MP_ROM_PTR(&__pyx_str_obj_12),
    MP_ROM_PTR(&__pyx_str_obj_17),
    MP_ROM_PTR(&__pyx_str_obj_18),
    MP_ROM_PTR(&__pyx_str_obj_19),
    MP_ROM_PTR(&__pyx_str_obj_20),
    MP_ROM_QSTR(MP_QSTR_DEFAULT_SCALE),
    MP_ROM_QSTR(MP_QSTR_Hello),
    MP_ROM_QSTR(MP_QSTR_MAX_PRIMES_LIMIT),
    MP_ROM_QSTR(MP_QSTR_UNITS),
    MP_ROM_QSTR(MP_QSTR_VERSION),
    MP_ROM_QSTR(MP_QSTR___test__),
    MP_ROM_QSTR(MP_QSTR_a),
    MP_ROM_QSTR(MP_QSTR_add),
    MP_ROM_QSTR(MP_QSTR_aeiouAEIOU),
    MP_ROM_QSTR(MP_QSTR_age),
    MP_ROM_QSTR(MP_QSTR_apply),
    MP_ROM_QSTR(MP_QSTR_apply_twice),
    MP_ROM_QSTR(MP_QSTR_b),
    MP_ROM_QSTR(MP_QSTR_basics),
    MP_ROM_QSTR(MP_QSTR_checked_sqrt),
    MP_ROM_QSTR(MP_QSTR_circle_area),
    MP_ROM_QSTR(MP_QSTR_city),
    MP_ROM_QSTR(MP_QSTR_cm),
    MP_ROM_QSTR(MP_QSTR_convert),
    MP_ROM_QSTR(MP_QSTR_count),
    MP_ROM_QSTR(MP_QSTR_count_primes),
    MP_ROM_QSTR(MP_QSTR_count_vowels),
    MP_ROM_QSTR(MP_QSTR_describe),
    MP_ROM_QSTR(MP_QSTR_factor),
    MP_ROM_QSTR(MP_QSTR_fib),
    MP_ROM_QSTR(MP_QSTR_format_row),
    MP_ROM_QSTR(MP_QSTR_func),
    MP_ROM_QSTR(MP_QSTR_greet),
    MP_ROM_QSTR(MP_QSTR_greeting),
    MP_ROM_QSTR(MP_QSTR_hypot),
    MP_ROM_QSTR(MP_QSTR_is_even),
    MP_ROM_QSTR(MP_QSTR_items),
    MP_ROM_QSTR(MP_QSTR_m),
    MP_ROM_QSTR(MP_QSTR_math),
    MP_ROM_QSTR(MP_QSTR_max),
    MP_ROM_QSTR(MP_QSTR_maybe_first),
    MP_ROM_QSTR(MP_QSTR_min),
    MP_ROM_QSTR(MP_QSTR_mm),
    MP_ROM_QSTR(MP_QSTR_n),
    MP_ROM_QSTR(MP_QSTR_name),
    MP_ROM_QSTR(MP_QSTR_nothing),
    MP_ROM_QSTR(MP_QSTR_nowhere),
    MP_ROM_QSTR(MP_QSTR_part),
    MP_ROM_QSTR(MP_QSTR_percent),
    MP_ROM_QSTR(MP_QSTR_pi),
    MP_ROM_QSTR(MP_QSTR_price),
    MP_ROM_QSTR(MP_QSTR_prices),
    MP_ROM_QSTR(MP_QSTR_primes_below),
    MP_ROM_QSTR(MP_QSTR_punctuation),
    MP_ROM_QSTR(MP_QSTR_qty),
    MP_ROM_QSTR(MP_QSTR_r),
    MP_ROM_QSTR(MP_QSTR_record_sale),
    MP_ROM_QSTR(MP_QSTR_sales_count),
    MP_ROM_QSTR(MP_QSTR_scaled),
    MP_ROM_QSTR(MP_QSTR_split_pair),
    MP_ROM_QSTR(MP_QSTR_sqrt),
    MP_ROM_QSTR(MP_QSTR_sum_of_squares),
    MP_ROM_QSTR(MP_QSTR_summary),
    MP_ROM_QSTR(MP_QSTR_text),
    MP_ROM_QSTR(MP_QSTR_total),
    MP_ROM_QSTR(MP_QSTR_unit),
    MP_ROM_QSTR(MP_QSTR_value),
    MP_ROM_QSTR(MP_QSTR_whole),
    MP_ROM_QSTR(MP_QSTR_word_lengths),
    MP_ROM_QSTR(MP_QSTR_words),
    MP_ROM_QSTR(MP_QSTR_x),
};
/* Cython's cached tuples of constants, in ROM. */
static const mp_rom_obj_tuple_t __pyx_rom_tuple_0 = {{&mp_type_tuple}, 3, {MP_ROM_QSTR(MP_QSTR_mm), MP_ROM_QSTR(MP_QSTR_cm), MP_ROM_QSTR(MP_QSTR_m)}};
static const mp_rom_obj_tuple_t __pyx_rom_tuple_1 = {{&mp_type_tuple}, 2, {MP_ROM_QSTR(MP_QSTR_Hello), MP_ROM_PTR(&__pyx_str_obj_1)}};
static const mp_rom_obj_tuple_t __pyx_rom_tuple_2 = {{&mp_type_tuple}, 1, {MP_ROM_QSTR(MP_QSTR_mm)}};
#define __pyx_float_2_5 __pyx_number_tab[0]
#define __pyx_int_0 __pyx_number_tab[1]
#define __pyx_int_1000 __pyx_number_tab[2]

/* #### Code section: module_code ### */

/* "basics.pyx":16
 *
 *
 * cdef int clamp_int(int x, int lo, int hi):             # <<<<<<<<<<<<<<
 *     if x < lo:
 *         return lo
*/

static int __pyx_f_6basics_clamp_int(int __pyx_v_x, int __pyx_v_lo, int __pyx_v_hi) {
  int __pyx_r;
  int __pyx_t_1;

  /* "basics.pyx":17
 *
 * cdef int clamp_int(int x, int lo, int hi):
 *     if x < lo:             # <<<<<<<<<<<<<<
 *         return lo
 *     if x > hi:
*/
  __pyx_t_1 = (__pyx_v_x < __pyx_v_lo);

  if (__pyx_t_1) {

    /* "basics.pyx":18
 * cdef int clamp_int(int x, int lo, int hi):
 *     if x < lo:
 *         return lo             # <<<<<<<<<<<<<<
 *     if x > hi:
 *         return hi
*/
    {

      __pyx_r = __pyx_v_lo;
    }
    goto __pyx_L0;

    /* "basics.pyx":17
 *
 * cdef int clamp_int(int x, int lo, int hi):
 *     if x < lo:             # <<<<<<<<<<<<<<
 *         return lo
 *     if x > hi:
*/
  }

  /* "basics.pyx":19
 *     if x < lo:
 *         return lo
 *     if x > hi:             # <<<<<<<<<<<<<<
 *         return hi
 *     return x
*/
  __pyx_t_1 = (__pyx_v_x > __pyx_v_hi);

  if (__pyx_t_1) {

    /* "basics.pyx":20
 *         return lo
 *     if x > hi:
 *         return hi             # <<<<<<<<<<<<<<
 *     return x
 *
*/
    {

      __pyx_r = __pyx_v_hi;
    }
    goto __pyx_L0;

    /* "basics.pyx":19
 *     if x < lo:
 *         return lo
 *     if x > hi:             # <<<<<<<<<<<<<<
 *         return hi
 *     return x
*/
  }

  /* "basics.pyx":21
 *     if x > hi:
 *         return hi
 *     return x             # <<<<<<<<<<<<<<
 *
 *
*/
  {

    __pyx_r = __pyx_v_x;
  }
  goto __pyx_L0;

  /* "basics.pyx":16
 *
 *
 * cdef int clamp_int(int x, int lo, int hi):             # <<<<<<<<<<<<<<
 *     if x < lo:
 *         return lo
*/

  /* function exit code */
  __pyx_L0:;

  return __pyx_r;
}

/* "basics.pyx":24
 *
 *
 * cdef double square(double x):             # <<<<<<<<<<<<<<
 *     return x * x
 *
*/

static double __pyx_f_6basics_square(double __pyx_v_x) {
  double __pyx_r;

  /* "basics.pyx":25
 *
 * cdef double square(double x):
 *     return x * x             # <<<<<<<<<<<<<<
 *
 *
*/
  {

    __pyx_r = (__pyx_v_x * __pyx_v_x);
  }
  goto __pyx_L0;

  /* "basics.pyx":24
 *
 *
 * cdef double square(double x):             # <<<<<<<<<<<<<<
 *     return x * x
 *
*/

  /* function exit code */
  __pyx_L0:;

  return __pyx_r;
}

/* "basics.pyx":28
 *
 *
 * cdef bint is_vowel(str ch):             # <<<<<<<<<<<<<<
 *     return ch in "aeiouAEIOU"
 *
*/

static int __pyx_f_6basics_is_vowel(mp_obj_t __pyx_v_ch) {
  int __pyx_r;
  int __pyx_t_1;
  int __pyx_lineno = 0;
  const char *__pyx_filename = NULL;
  int __pyx_clineno = 0;

  /* "basics.pyx":29
 *
 * cdef bint is_vowel(str ch):
 *     return ch in "aeiouAEIOU"             # <<<<<<<<<<<<<<
 *
 *
*/
  __pyx_t_1 = (cy_Pyx_PyUnicode_ContainsTF(__pyx_v_ch, __pyx_n_u_aeiouAEIOU, cy_Py_EQ)); if (MP_UNLIKELY(!!((__pyx_t_1 < 0)))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 29; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);
  {
    __pyx_r = __pyx_t_1;
  }
  goto __pyx_L0;

  /* "basics.pyx":28
 *
 *
 * cdef bint is_vowel(str ch):             # <<<<<<<<<<<<<<
 *     return ch in "aeiouAEIOU"
 *
*/

  /* function exit code */
  __pyx_L1_error:;
  __pyx_traceback_0(".is_vowel", __pyx_lineno);
  __pyx_r = -1;
  __pyx_L0:;

  return __pyx_r;
}

/* "basics.pyx":32
 *
 *
 * def add(a, b):             # <<<<<<<<<<<<<<
 *     return a + b
 *
*/

/* Python wrapper */
static mp_obj_t __pyx_pw_6basics_1add(mp_obj_t __pyx_self,

mp_obj_t const *__pyx_args, mp_int_t __pyx_nargs, mp_obj_t __pyx_kwds

); /*proto*/
static cy_PyMethodDef __pyx_mdef_6basics_1add = {"add", (cy_PyCFunction)(void(*)(void))(cy_Pyx_PyCFunction_FastCallWithKeywords)__pyx_pw_6basics_1add, cy_Pyx_METH_FASTCALL|cy_METH_KEYWORDS, 0};
static mp_obj_t __pyx_pw_6basics_1add(mp_obj_t __pyx_self,

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
static const cy_Pyx_ArgSpec __pyx_argspec = { "add", __pyx_pyargnames,
2, 2, 2, 0, 0, 0,

cy_Pyx_ARGS_EXACT|cy_Pyx_ARGS_KEYWORDS|cy_Pyx_ARGS_CLEAR };
if (MP_LIKELY(!!(!__pyx_kwds && __pyx_nargs == 2))) {
values[0] = __pyx_args[0];
values[1] =
__pyx_args[1];
} else if (cy_Pyx_ParseArgs(&__pyx_argspec, __pyx_args, __pyx_nargs, __pyx_kwds, values) < 0) {

do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 32; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L3_error; } while (0); }

    __pyx_v_a = values[0];
    __pyx_v_b = values[1];
  }

  goto __pyx_L4_argument_unpacking_done;
  __pyx_L3_error:;
  for (mp_int_t __pyx_temp=0; __pyx_temp < (mp_int_t)(sizeof(values)/sizeof(values[0])); ++__pyx_temp) {

  }
  __pyx_traceback_0(".add", __pyx_lineno);

  return NULL;
  __pyx_L4_argument_unpacking_done:;
  __pyx_r = __pyx_pf_6basics_add(__pyx_self, __pyx_v_a, __pyx_v_b);

  /* function exit code */
  for (mp_int_t __pyx_temp=0; __pyx_temp < (mp_int_t)(sizeof(values)/sizeof(values[0])); ++__pyx_temp) {

  }

  return __pyx_r;
}

static mp_obj_t __pyx_pf_6basics_add(CYTHON_UNUSED mp_obj_t __pyx_self, mp_obj_t __pyx_v_a, mp_obj_t __pyx_v_b) {
  mp_obj_t __pyx_r = NULL;
  __Pyx_RefNannyDeclarations
  mp_obj_t __pyx_t_1 = NULL;
  int __pyx_lineno = 0;
  const char *__pyx_filename = NULL;
  int __pyx_clineno = 0;

  /* "basics.pyx":33
 *
 * def add(a, b):
 *     return a + b             # <<<<<<<<<<<<<<
 *
 *
*/
  __pyx_t_1 = cy_Pyx_PyNumber_Add_object_object(__pyx_v_a, __pyx_v_b); if (MP_UNLIKELY(!!(!__pyx_t_1))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 33; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

  {
    mp_obj_t __pyx_temp;
    {
      __pyx_temp = __pyx_r;
      __pyx_r = __pyx_t_1;
    }

  }
  __pyx_t_1 = 0;
  goto __pyx_L0;

  /* "basics.pyx":32
 *
 *
 * def add(a, b):             # <<<<<<<<<<<<<<
 *     return a + b
 *
*/

  /* function exit code */
  __pyx_L1_error:;

  __pyx_traceback_0(".add", __pyx_lineno);
  __pyx_r = NULL;
  __pyx_L0:;

  return __pyx_r;
}

/* "basics.pyx":36
 *
 *
 * def greet(name, greeting="Hello", punctuation="!"):             # <<<<<<<<<<<<<<
 *     return greeting + ", " + name + punctuation
 *
*/

/* Python wrapper */
static mp_obj_t __pyx_pw_6basics_3greet(mp_obj_t __pyx_self,

mp_obj_t const *__pyx_args, mp_int_t __pyx_nargs, mp_obj_t __pyx_kwds

); /*proto*/
static cy_PyMethodDef __pyx_mdef_6basics_3greet = {"greet", (cy_PyCFunction)(void(*)(void))(cy_Pyx_PyCFunction_FastCallWithKeywords)__pyx_pw_6basics_3greet, cy_Pyx_METH_FASTCALL|cy_METH_KEYWORDS, 0};
static mp_obj_t __pyx_pw_6basics_3greet(mp_obj_t __pyx_self,

mp_obj_t const *__pyx_args, mp_int_t __pyx_nargs, mp_obj_t __pyx_kwds

) {
  mp_obj_t __pyx_v_name = 0;
  mp_obj_t __pyx_v_greeting = 0;
  mp_obj_t __pyx_v_punctuation = 0;

  CYTHON_UNUSED mp_obj_t const *__pyx_kwvalues;
  mp_obj_t values[3] = {0,0,0};
  int __pyx_lineno = 0;
  const char *__pyx_filename = NULL;
  int __pyx_clineno = 0;
  mp_obj_t __pyx_r = 0;
  __Pyx_RefNannyDeclarations

  __pyx_kwvalues = cy_Pyx_KwValues_FASTCALL(__pyx_args, __pyx_nargs);
  {
static mp_obj_t * const __pyx_pyargnames[] = { &__pyx_n_u_name, &__pyx_n_u_greeting,
&__pyx_n_u_punctuation, 0 };
static const cy_Pyx_ArgSpec __pyx_argspec = { "greet",
__pyx_pyargnames, 3, 1, 3, 0,
0, 0, cy_Pyx_ARGS_KEYWORDS };
if
(MP_LIKELY(!!(!__pyx_kwds && __pyx_nargs >= 1 && __pyx_nargs <=
3))) {
for (mp_int_t i = 0; i <
__pyx_nargs;
i++) values[i] = __pyx_args[i];
} else if (cy_Pyx_ParseArgs(&__pyx_argspec, __pyx_args, __pyx_nargs, __pyx_kwds, values) < 0) {

do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 36; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L3_error; } while (0); }
if (!values[1]) values[1] = ((mp_obj_t

)((mp_obj_t)__pyx_n_u_Hello));
if (!values[2]) values[2] = ((mp_obj_t )((mp_obj_t)__pyx_kp_u__2));

    __pyx_v_name = values[0];
    __pyx_v_greeting = values[1];
    __pyx_v_punctuation = values[2];
  }

  goto __pyx_L4_argument_unpacking_done;
  __pyx_L3_error:;
  for (mp_int_t __pyx_temp=0; __pyx_temp < (mp_int_t)(sizeof(values)/sizeof(values[0])); ++__pyx_temp) {

  }
  __pyx_traceback_0(".greet", __pyx_lineno);

  return NULL;
  __pyx_L4_argument_unpacking_done:;
  __pyx_r = __pyx_pf_6basics_2greet(__pyx_self, __pyx_v_name, __pyx_v_greeting, __pyx_v_punctuation);

  /* function exit code */
  for (mp_int_t __pyx_temp=0; __pyx_temp < (mp_int_t)(sizeof(values)/sizeof(values[0])); ++__pyx_temp) {

  }

  return __pyx_r;
}

static mp_obj_t __pyx_pf_6basics_2greet(CYTHON_UNUSED mp_obj_t __pyx_self, mp_obj_t __pyx_v_name, mp_obj_t __pyx_v_greeting, mp_obj_t __pyx_v_punctuation) {
  mp_obj_t __pyx_r = NULL;
  __Pyx_RefNannyDeclarations
  mp_obj_t __pyx_t_1 = NULL;
  mp_obj_t __pyx_t_2 = NULL;
  int __pyx_lineno = 0;
  const char *__pyx_filename = NULL;
  int __pyx_clineno = 0;

  /* "basics.pyx":37
 *
 * def greet(name, greeting="Hello", punctuation="!"):
 *     return greeting + ", " + name + punctuation             # <<<<<<<<<<<<<<
 *
 *
*/
  __pyx_t_1 = cy_PyNumber_Add(__pyx_v_greeting, __pyx_kp_u__3); if (MP_UNLIKELY(!!(!__pyx_t_1))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 37; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

  __pyx_t_2 = cy_Pyx_PyNumber_Add_object_object(__pyx_t_1, __pyx_v_name); if (MP_UNLIKELY(!!(!__pyx_t_2))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 37; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

   __pyx_t_1 = 0;
  __pyx_t_1 = cy_Pyx_PyNumber_Add_object_object(__pyx_t_2, __pyx_v_punctuation); if (MP_UNLIKELY(!!(!__pyx_t_1))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 37; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

   __pyx_t_2 = 0;
  {
    mp_obj_t __pyx_temp;
    {
      __pyx_temp = __pyx_r;
      __pyx_r = __pyx_t_1;
    }

  }
  __pyx_t_1 = 0;
  goto __pyx_L0;

  /* "basics.pyx":36
 *
 *
 * def greet(name, greeting="Hello", punctuation="!"):             # <<<<<<<<<<<<<<
 *     return greeting + ", " + name + punctuation
 *
*/

  /* function exit code */
  __pyx_L1_error:;

  __pyx_traceback_0(".greet", __pyx_lineno);
  __pyx_r = NULL;
  __pyx_L0:;

  return __pyx_r;
}

/* "basics.pyx":40
 *
 *
 * def describe(name, *, int age=0, city="nowhere"):             # <<<<<<<<<<<<<<
 *     return "%s (%d) from %s" % (name, age, city)
 *
*/

/* Python wrapper */
static mp_obj_t __pyx_pw_6basics_5describe(mp_obj_t __pyx_self,

mp_obj_t const *__pyx_args, mp_int_t __pyx_nargs, mp_obj_t __pyx_kwds

); /*proto*/
static cy_PyMethodDef __pyx_mdef_6basics_5describe = {"describe", (cy_PyCFunction)(void(*)(void))(cy_Pyx_PyCFunction_FastCallWithKeywords)__pyx_pw_6basics_5describe, cy_Pyx_METH_FASTCALL|cy_METH_KEYWORDS, 0};
static mp_obj_t __pyx_pw_6basics_5describe(mp_obj_t __pyx_self,

mp_obj_t const *__pyx_args, mp_int_t __pyx_nargs, mp_obj_t __pyx_kwds

) {
  mp_obj_t __pyx_v_name = 0;
  int __pyx_v_age;
  mp_obj_t __pyx_v_city = 0;

  CYTHON_UNUSED mp_obj_t const *__pyx_kwvalues;
  mp_obj_t values[3] = {0,0,0};
  int __pyx_lineno = 0;
  const char *__pyx_filename = NULL;
  int __pyx_clineno = 0;
  mp_obj_t __pyx_r = 0;
  __Pyx_RefNannyDeclarations

  __pyx_kwvalues = cy_Pyx_KwValues_FASTCALL(__pyx_args, __pyx_nargs);
  {
static mp_obj_t * const __pyx_pyargnames[] = { &__pyx_n_u_name, &__pyx_n_u_age,
&__pyx_n_u_city, 0 };
static const cy_Pyx_ArgSpec __pyx_argspec = { "describe",
__pyx_pyargnames, 3, 1, 1, 0,
0, 0,

cy_Pyx_ARGS_EXACT|cy_Pyx_ARGS_KEYWORDS };
if (MP_LIKELY(!!(!__pyx_kwds && __pyx_nargs == 1))) {
values[0] = __pyx_args[0];
} else if
(cy_Pyx_ParseArgs(&__pyx_argspec, __pyx_args,

__pyx_nargs, __pyx_kwds, values) < 0) {
do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 40; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L3_error; } while (0); }
if (!values[2]) values[2] = ((mp_obj_t )((mp_obj_t)__pyx_n_u_nowhere));

    __pyx_v_name = values[0];
    if (values[1]) {
      __pyx_v_age = cy_Pyx_PyLong_As_int(values[1]); if (MP_UNLIKELY(!!((__pyx_v_age == (int)-1) && cy_PyErr_Occurred()))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 40; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L3_error; } while (0);
    } else {
      __pyx_v_age = ((int)((int)0));
    }
    __pyx_v_city = values[2];
  }

  goto __pyx_L4_argument_unpacking_done;
  __pyx_L3_error:;
  for (mp_int_t __pyx_temp=0; __pyx_temp < (mp_int_t)(sizeof(values)/sizeof(values[0])); ++__pyx_temp) {

  }
  __pyx_traceback_0(".describe", __pyx_lineno);

  return NULL;
  __pyx_L4_argument_unpacking_done:;
  __pyx_r = __pyx_pf_6basics_4describe(__pyx_self, __pyx_v_name, __pyx_v_age, __pyx_v_city);

  /* function exit code */
  for (mp_int_t __pyx_temp=0; __pyx_temp < (mp_int_t)(sizeof(values)/sizeof(values[0])); ++__pyx_temp) {

  }

  return __pyx_r;
}

static mp_obj_t __pyx_pf_6basics_4describe(CYTHON_UNUSED mp_obj_t __pyx_self, mp_obj_t __pyx_v_name, int __pyx_v_age, mp_obj_t __pyx_v_city) {
  mp_obj_t __pyx_r = NULL;
  __Pyx_RefNannyDeclarations
  mp_obj_t __pyx_t_1 = NULL;
  mp_obj_t __pyx_t_2 = NULL;
  mp_obj_t __pyx_t_3 = NULL;
  mp_obj_t __pyx_t_4[5];
  mp_int_t __pyx_t_5;
  int __pyx_t_6;
  mp_obj_t __pyx_t_7 = NULL;
  int __pyx_lineno = 0;
  const char *__pyx_filename = NULL;
  int __pyx_clineno = 0;

  /* "basics.pyx":41
 *
 * def describe(name, *, int age=0, city="nowhere"):
 *     return "%s (%d) from %s" % (name, age, city)             # <<<<<<<<<<<<<<
 *
 *
*/
  __pyx_t_1 = cy_Pyx_PyObject_FormatSimpleAndDecref(cy_PyObject_Str(__pyx_v_name), __pyx_mstate_global->__pyx_empty_unicode); if (MP_UNLIKELY(!!(!__pyx_t_1))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 41; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

  __pyx_t_2 = cy_Pyx_PyUnicode_From_int(__pyx_v_age, 0, ' ', 'd'); if (MP_UNLIKELY(!!(!__pyx_t_2))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 41; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

  __pyx_t_3 = cy_Pyx_PyObject_FormatSimpleAndDecref(cy_PyObject_Str(__pyx_v_city), __pyx_mstate_global->__pyx_empty_unicode); if (MP_UNLIKELY(!!(!__pyx_t_3))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 41; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

  __pyx_t_4[0] = __pyx_t_1;
  __pyx_t_4[1] = __pyx_kp_u__4;
  __pyx_t_4[2] = __pyx_t_2;
  __pyx_t_4[3] = __pyx_kp_u_from;
  __pyx_t_4[4] = __pyx_t_3;
  __pyx_t_5 = 9;

  __pyx_t_6 = 0;

  __pyx_t_7 = cy_Pyx_PyUnicode_Join(__pyx_t_4, 5, __pyx_t_5, __pyx_t_6);
  if (MP_UNLIKELY(!!(!__pyx_t_7))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 41; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

   __pyx_t_1 = 0;
   __pyx_t_2 = 0;
   __pyx_t_3 = 0;
  {
    mp_obj_t __pyx_temp;
    {
      __pyx_temp = __pyx_r;
      __pyx_r = __pyx_t_7;
    }

  }
  __pyx_t_7 = 0;
  goto __pyx_L0;

  /* "basics.pyx":40
 *
 *
 * def describe(name, *, int age=0, city="nowhere"):             # <<<<<<<<<<<<<<
 *     return "%s (%d) from %s" % (name, age, city)
 *
*/

  /* function exit code */
  __pyx_L1_error:;

  __pyx_traceback_0(".describe", __pyx_lineno);
  __pyx_r = NULL;
  __pyx_L0:;

  return __pyx_r;
}

/* "basics.pyx":44
 *
 *
 * def scaled(double x, double factor=DEFAULT_SCALE):             # <<<<<<<<<<<<<<
 *     return x * factor
 *
*/

static mp_obj_t __pyx_pf_6basics_48__defaults__(CYTHON_UNUSED mp_obj_t __pyx_self) {
  mp_obj_t __pyx_r = NULL;
  __Pyx_RefNannyDeclarations
  mp_obj_t __pyx_t_1 = NULL;
  mp_obj_t __pyx_t_2 = NULL;
  int __pyx_lineno = 0;
  const char *__pyx_filename = NULL;
  int __pyx_clineno = 0;

  __pyx_t_1 = cy_PyFloat_FromDouble(cy_Pyx_CyFunction_Defaults(struct __pyx_defaults, __pyx_self)->arg0); if (MP_UNLIKELY(!!(!__pyx_t_1))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 44; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

  __pyx_t_2 = cy_PyTuple_New(1); if (MP_UNLIKELY(!!(!__pyx_t_2))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 44; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

  if (cy_Pyx_PyTuple_SET_ITEM(__pyx_t_2, 0, __pyx_t_1) != (0)) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 44; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);
  __pyx_t_1 = 0;
  __pyx_t_1 = cy_PyTuple_New(2); if (MP_UNLIKELY(!!(!__pyx_t_1))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 44; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

  if (cy_Pyx_PyTuple_SET_ITEM(__pyx_t_1, 0, __pyx_t_2) != (0)) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 44; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

  if (cy_Pyx_PyTuple_SET_ITEM(__pyx_t_1, 1, mp_const_none) != (0)) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 44; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);
  __pyx_t_2 = 0;
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

  __pyx_traceback_0(".__defaults__", __pyx_lineno);
  __pyx_r = NULL;
  __pyx_L0:;

  return __pyx_r;
}

/* Python wrapper */
static mp_obj_t __pyx_pw_6basics_7scaled(mp_obj_t __pyx_self,

mp_obj_t const *__pyx_args, mp_int_t __pyx_nargs, mp_obj_t __pyx_kwds

); /*proto*/
static cy_PyMethodDef __pyx_mdef_6basics_7scaled = {"scaled", (cy_PyCFunction)(void(*)(void))(cy_Pyx_PyCFunction_FastCallWithKeywords)__pyx_pw_6basics_7scaled, cy_Pyx_METH_FASTCALL|cy_METH_KEYWORDS, 0};
static mp_obj_t __pyx_pw_6basics_7scaled(mp_obj_t __pyx_self,

mp_obj_t const *__pyx_args, mp_int_t __pyx_nargs, mp_obj_t __pyx_kwds

) {
  double __pyx_v_x;
  double __pyx_v_factor;

  CYTHON_UNUSED mp_obj_t const *__pyx_kwvalues;
  mp_obj_t values[2] = {0,0};
  int __pyx_lineno = 0;
  const char *__pyx_filename = NULL;
  int __pyx_clineno = 0;
  mp_obj_t __pyx_r = 0;
  __Pyx_RefNannyDeclarations

  __pyx_kwvalues = cy_Pyx_KwValues_FASTCALL(__pyx_args, __pyx_nargs);
  {
static mp_obj_t * const __pyx_pyargnames[] = { &__pyx_n_u_x,
&__pyx_n_u_factor, 0 };
static const cy_Pyx_ArgSpec __pyx_argspec = { "scaled", __pyx_pyargnames, 2, 1, 2, 0, 0, 0,
cy_Pyx_ARGS_KEYWORDS };
struct __pyx_defaults
*__pyx_dynamic_args =

cy_Pyx_CyFunction_Defaults(struct __pyx_defaults, __pyx_self);
if (MP_LIKELY(!!(!__pyx_kwds &&
__pyx_nargs >= 1
&& __pyx_nargs <= 2))) {
for (mp_int_t i = 0; i < __pyx_nargs; i++) values[i] = __pyx_args[i];
} else if

(cy_Pyx_ParseArgs(&__pyx_argspec, __pyx_args,

__pyx_nargs, __pyx_kwds, values) < 0) {
do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 44; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L3_error; } while (0); }

    __pyx_v_x = cy_Pyx_PyFloat_AsDouble(values[0]); if (MP_UNLIKELY(!!((__pyx_v_x == (double)-1) && cy_PyErr_Occurred()))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 44; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L3_error; } while (0);
    if (values[1]) {
      __pyx_v_factor = cy_Pyx_PyFloat_AsDouble(values[1]); if (MP_UNLIKELY(!!((__pyx_v_factor == (double)-1) && cy_PyErr_Occurred()))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 44; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L3_error; } while (0);
    } else {
      __pyx_v_factor = __pyx_dynamic_args->arg0;
    }
  }

  goto __pyx_L4_argument_unpacking_done;
  __pyx_L3_error:;
  for (mp_int_t __pyx_temp=0; __pyx_temp < (mp_int_t)(sizeof(values)/sizeof(values[0])); ++__pyx_temp) {

  }
  __pyx_traceback_0(".scaled", __pyx_lineno);

  return NULL;
  __pyx_L4_argument_unpacking_done:;
  __pyx_r = __pyx_pf_6basics_6scaled(__pyx_self, __pyx_v_x, __pyx_v_factor);

  /* function exit code */
  for (mp_int_t __pyx_temp=0; __pyx_temp < (mp_int_t)(sizeof(values)/sizeof(values[0])); ++__pyx_temp) {

  }

  return __pyx_r;
}

static mp_obj_t __pyx_pf_6basics_6scaled(CYTHON_UNUSED mp_obj_t __pyx_self, double __pyx_v_x, double __pyx_v_factor) {
  mp_obj_t __pyx_r = NULL;
  __Pyx_RefNannyDeclarations
  mp_obj_t __pyx_t_1 = NULL;
  int __pyx_lineno = 0;
  const char *__pyx_filename = NULL;
  int __pyx_clineno = 0;

  /* "basics.pyx":45
 *
 * def scaled(double x, double factor=DEFAULT_SCALE):
 *     return x * factor             # <<<<<<<<<<<<<<
 *
 *
*/
  __pyx_t_1 = cy_PyFloat_FromDouble((__pyx_v_x * __pyx_v_factor)); if (MP_UNLIKELY(!!(!__pyx_t_1))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 45; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

  {
    mp_obj_t __pyx_temp;
    {
      __pyx_temp = __pyx_r;
      __pyx_r = __pyx_t_1;
    }

  }
  __pyx_t_1 = 0;
  goto __pyx_L0;

  /* "basics.pyx":44
 *
 *
 * def scaled(double x, double factor=DEFAULT_SCALE):             # <<<<<<<<<<<<<<
 *     return x * factor
 *
*/

  /* function exit code */
  __pyx_L1_error:;

  __pyx_traceback_0(".scaled", __pyx_lineno);
  __pyx_r = NULL;
  __pyx_L0:;

  return __pyx_r;
}

/* "basics.pyx":48
 *
 *
 * def fib(int n):             # <<<<<<<<<<<<<<
 *     cdef long long a = 0
 *     cdef long long b = 1
*/

/* Python wrapper */
static mp_obj_t __pyx_pw_6basics_9fib(mp_obj_t __pyx_self,

mp_obj_t const *__pyx_args, mp_int_t __pyx_nargs, mp_obj_t __pyx_kwds

); /*proto*/
static cy_PyMethodDef __pyx_mdef_6basics_9fib = {"fib", (cy_PyCFunction)(void(*)(void))(cy_Pyx_PyCFunction_FastCallWithKeywords)__pyx_pw_6basics_9fib, cy_Pyx_METH_FASTCALL|cy_METH_KEYWORDS, 0};
static mp_obj_t __pyx_pw_6basics_9fib(mp_obj_t __pyx_self,

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
static const cy_Pyx_ArgSpec __pyx_argspec = { "fib", __pyx_pyargnames,
1, 1, 1, 0, 0, 0,

cy_Pyx_ARGS_EXACT|cy_Pyx_ARGS_KEYWORDS|cy_Pyx_ARGS_CLEAR };
if (MP_LIKELY(!!(!__pyx_kwds && __pyx_nargs == 1))) {
values[0] = __pyx_args[0];
} else if
(cy_Pyx_ParseArgs(&__pyx_argspec, __pyx_args,

__pyx_nargs, __pyx_kwds, values) < 0) {
do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 48; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L3_error; } while (0); }

    __pyx_v_n = cy_Pyx_PyLong_As_int(values[0]); if (MP_UNLIKELY(!!((__pyx_v_n == (int)-1) && cy_PyErr_Occurred()))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 48; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L3_error; } while (0);
  }

  goto __pyx_L4_argument_unpacking_done;
  __pyx_L3_error:;
  for (mp_int_t __pyx_temp=0; __pyx_temp < (mp_int_t)(sizeof(values)/sizeof(values[0])); ++__pyx_temp) {

  }
  __pyx_traceback_0(".fib", __pyx_lineno);

  return NULL;
  __pyx_L4_argument_unpacking_done:;
  __pyx_r = __pyx_pf_6basics_8fib(__pyx_self, __pyx_v_n);

  /* function exit code */
  for (mp_int_t __pyx_temp=0; __pyx_temp < (mp_int_t)(sizeof(values)/sizeof(values[0])); ++__pyx_temp) {

  }

  return __pyx_r;
}

static mp_obj_t __pyx_pf_6basics_8fib(CYTHON_UNUSED mp_obj_t __pyx_self, int __pyx_v_n) {
  long long __pyx_v_a;
  long long __pyx_v_b;
  long long __pyx_v_t;
  CYTHON_UNUSED int __pyx_v_i;
  mp_obj_t __pyx_r = NULL;
  __Pyx_RefNannyDeclarations
  int __pyx_t_1;
  int __pyx_t_2;
  int __pyx_t_3;
  mp_obj_t __pyx_t_4 = NULL;
  int __pyx_lineno = 0;
  const char *__pyx_filename = NULL;
  int __pyx_clineno = 0;

  /* "basics.pyx":49
 *
 * def fib(int n):
 *     cdef long long a = 0             # <<<<<<<<<<<<<<
 *     cdef long long b = 1
 *     cdef long long t
*/
  __pyx_v_a = 0;

  /* "basics.pyx":50
 * def fib(int n):
 *     cdef long long a = 0
 *     cdef long long b = 1             # <<<<<<<<<<<<<<
 *     cdef long long t
 *     cdef int i
*/
  __pyx_v_b = 1;

  /* "basics.pyx":53
 *     cdef long long t
 *     cdef int i
 *     for i in range(n):             # <<<<<<<<<<<<<<
 *         t = a + b
 *         a = b
*/

  __pyx_t_1 = __pyx_v_n;
  __pyx_t_2 = __pyx_t_1;

  for (__pyx_t_3 = 0; __pyx_t_3 < __pyx_t_2; __pyx_t_3+=1) {
    __pyx_v_i = __pyx_t_3;

    /* "basics.pyx":54
 *     cdef int i
 *     for i in range(n):
 *         t = a + b             # <<<<<<<<<<<<<<
 *         a = b
 *         b = t
*/
    __pyx_v_t = (__pyx_v_a + __pyx_v_b);

    /* "basics.pyx":55
 *     for i in range(n):
 *         t = a + b
 *         a = b             # <<<<<<<<<<<<<<
 *         b = t
 *     return a
*/
    __pyx_v_a = __pyx_v_b;

    /* "basics.pyx":56
 *         t = a + b
 *         a = b
 *         b = t             # <<<<<<<<<<<<<<
 *     return a
 *
*/
    __pyx_v_b = __pyx_v_t;
  }

  /* "basics.pyx":57
 *         a = b
 *         b = t
 *     return a             # <<<<<<<<<<<<<<
 *
 *
*/
  __pyx_t_4 = cy_Pyx_PyLong_From_PY_LONG_LONG(__pyx_v_a); if (MP_UNLIKELY(!!(!__pyx_t_4))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 57; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

  {
    mp_obj_t __pyx_temp;
    {
      __pyx_temp = __pyx_r;
      __pyx_r = __pyx_t_4;
    }

  }
  __pyx_t_4 = 0;
  goto __pyx_L0;

  /* "basics.pyx":48
 *
 *
 * def fib(int n):             # <<<<<<<<<<<<<<
 *     cdef long long a = 0
 *     cdef long long b = 1
*/

  /* function exit code */
  __pyx_L1_error:;

  __pyx_traceback_0(".fib", __pyx_lineno);
  __pyx_r = NULL;
  __pyx_L0:;

  return __pyx_r;
}

/* "basics.pyx":60
 *
 *
 * def primes_below(int n):             # <<<<<<<<<<<<<<
 *     cdef int flags[1000]
 *     cdef int i, j
*/

/* Python wrapper */
static mp_obj_t __pyx_pw_6basics_11primes_below(mp_obj_t __pyx_self,

mp_obj_t const *__pyx_args, mp_int_t __pyx_nargs, mp_obj_t __pyx_kwds

); /*proto*/
static cy_PyMethodDef __pyx_mdef_6basics_11primes_below = {"primes_below", (cy_PyCFunction)(void(*)(void))(cy_Pyx_PyCFunction_FastCallWithKeywords)__pyx_pw_6basics_11primes_below, cy_Pyx_METH_FASTCALL|cy_METH_KEYWORDS, 0};
static mp_obj_t __pyx_pw_6basics_11primes_below(mp_obj_t __pyx_self,

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
static const cy_Pyx_ArgSpec __pyx_argspec = { "primes_below",
__pyx_pyargnames, 1, 1, 1, 0,
0, 0,

cy_Pyx_ARGS_EXACT|cy_Pyx_ARGS_KEYWORDS|cy_Pyx_ARGS_CLEAR };
if (MP_LIKELY(!!(!__pyx_kwds && __pyx_nargs == 1))) {
values[0] = __pyx_args[0];
} else if
(cy_Pyx_ParseArgs(&__pyx_argspec, __pyx_args,

__pyx_nargs, __pyx_kwds, values) < 0) {
do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 60; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L3_error; } while (0); }

    __pyx_v_n = cy_Pyx_PyLong_As_int(values[0]); if (MP_UNLIKELY(!!((__pyx_v_n == (int)-1) && cy_PyErr_Occurred()))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 60; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L3_error; } while (0);
  }

  goto __pyx_L4_argument_unpacking_done;
  __pyx_L3_error:;
  for (mp_int_t __pyx_temp=0; __pyx_temp < (mp_int_t)(sizeof(values)/sizeof(values[0])); ++__pyx_temp) {

  }
  __pyx_traceback_0(".primes_below", __pyx_lineno);

  return NULL;
  __pyx_L4_argument_unpacking_done:;
  __pyx_r = __pyx_pf_6basics_10primes_below(__pyx_self, __pyx_v_n);

  /* function exit code */
  for (mp_int_t __pyx_temp=0; __pyx_temp < (mp_int_t)(sizeof(values)/sizeof(values[0])); ++__pyx_temp) {

  }

  return __pyx_r;
}

static mp_obj_t __pyx_pf_6basics_10primes_below(CYTHON_UNUSED mp_obj_t __pyx_self, int __pyx_v_n) {
  int __pyx_v_flags[1000];
  int __pyx_v_i;
  int __pyx_v_j;
  mp_obj_t __pyx_v_result = NULL;
  mp_obj_t __pyx_r = NULL;
  __Pyx_RefNannyDeclarations
  mp_obj_t __pyx_t_1 = NULL;
  mp_obj_t __pyx_t_2 = NULL;
  int __pyx_t_3;
  size_t __pyx_t_4;
  int __pyx_t_5;
  int __pyx_t_6;
  int __pyx_t_7;
  int __pyx_t_8;
  int __pyx_lineno = 0;
  const char *__pyx_filename = NULL;
  int __pyx_clineno = 0;

  /* "basics.pyx":63
 *     cdef int flags[1000]
 *     cdef int i, j
 *     if n > MAX_PRIMES_LIMIT:             # <<<<<<<<<<<<<<
 *         raise ValueError("n must be at most 1000")
 *     for i in range(n):
*/
  __pyx_t_1 = cy_Pyx_PyLong_From_int(__pyx_v_n); if (MP_UNLIKELY(!!(!__pyx_t_1))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 63; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

  cy_Pyx_GetModuleGlobalName(__pyx_t_2, __pyx_n_u_MAX_PRIMES_LIMIT); if (MP_UNLIKELY(!!(!__pyx_t_2))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 63; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

  __pyx_t_3 = cy_Pyx_PyObject_CompareBoolGt_int_object(__pyx_t_1, __pyx_t_2, cy_Py_GT); if (MP_UNLIKELY(!!((__pyx_t_3 < 0)))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 63; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);
   __pyx_t_1 = 0;
   __pyx_t_2 = 0;
  if (MP_UNLIKELY(!!(__pyx_t_3))) {

    /* "basics.pyx":64
 *     cdef int i, j
 *     if n > MAX_PRIMES_LIMIT:
 *         raise ValueError("n must be at most 1000")             # <<<<<<<<<<<<<<
 *     for i in range(n):
 *         flags[i] = 1
*/
    __pyx_t_1 = NULL;
    __pyx_t_4 = 1;
    {
      mp_obj_t __pyx_callargs[2] = {__pyx_t_1, __pyx_kp_u_n_must_be_at_most_1000};
      __pyx_t_2 = cy_Pyx_PyObject_FastCall((mp_obj_t)(((cy_PyTypeObject*)MP_OBJ_FROM_PTR(&mp_type_ValueError))), __pyx_callargs+__pyx_t_4, (2-__pyx_t_4) | (__pyx_t_4*cy_Pyx_PY_VECTORCALL_ARGUMENTS_OFFSET));
       __pyx_t_1 = 0;
      if (MP_UNLIKELY(!!(!__pyx_t_2))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 64; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

    }
    cy_Pyx_Raise(__pyx_t_2, 0, 0, 0);
     __pyx_t_2 = 0;
    do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 64; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

    /* "basics.pyx":63
 *     cdef int flags[1000]
 *     cdef int i, j
 *     if n > MAX_PRIMES_LIMIT:             # <<<<<<<<<<<<<<
 *         raise ValueError("n must be at most 1000")
 *     for i in range(n):
*/
  }

  /* "basics.pyx":65
 *     if n > MAX_PRIMES_LIMIT:
 *         raise ValueError("n must be at most 1000")
 *     for i in range(n):             # <<<<<<<<<<<<<<
 *         flags[i] = 1
 *     result = []
*/

  __pyx_t_5 = __pyx_v_n;
  __pyx_t_6 = __pyx_t_5;

  for (__pyx_t_7 = 0; __pyx_t_7 < __pyx_t_6; __pyx_t_7+=1) {
    __pyx_v_i = __pyx_t_7;

    /* "basics.pyx":66
 *         raise ValueError("n must be at most 1000")
 *     for i in range(n):
 *         flags[i] = 1             # <<<<<<<<<<<<<<
 *     result = []
 *     for i in range(2, n):
*/
    (__pyx_v_flags[__pyx_v_i]) = 1;
  }

  /* "basics.pyx":67
 *     for i in range(n):
 *         flags[i] = 1
 *     result = []             # <<<<<<<<<<<<<<
 *     for i in range(2, n):
 *         if flags[i]:
*/
  __pyx_t_2 = cy_PyList_New(0); if (MP_UNLIKELY(!!(!__pyx_t_2))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 67; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

  __pyx_v_result = ((mp_obj_t)__pyx_t_2);
  __pyx_t_2 = 0;

  /* "basics.pyx":68
 *         flags[i] = 1
 *     result = []
 *     for i in range(2, n):             # <<<<<<<<<<<<<<
 *         if flags[i]:
 *             result.append(i)
*/

  __pyx_t_5 = __pyx_v_n;
  __pyx_t_6 = __pyx_t_5;

  for (__pyx_t_7 = 2; __pyx_t_7 < __pyx_t_6; __pyx_t_7+=1) {
    __pyx_v_i = __pyx_t_7;

    /* "basics.pyx":69
 *     result = []
 *     for i in range(2, n):
 *         if flags[i]:             # <<<<<<<<<<<<<<
 *             result.append(i)
 *             j = i * i
*/
    __pyx_t_3 = ((__pyx_v_flags[__pyx_v_i]) != 0);

    if (__pyx_t_3) {

      /* "basics.pyx":70
 *     for i in range(2, n):
 *         if flags[i]:
 *             result.append(i)             # <<<<<<<<<<<<<<
 *             j = i * i
 *             while j < n:
*/
      __pyx_t_2 = cy_Pyx_PyLong_From_int(__pyx_v_i); if (MP_UNLIKELY(!!(!__pyx_t_2))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 70; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

      __pyx_t_8 = cy_Pyx_PyList_Append(__pyx_v_result, __pyx_t_2); if (MP_UNLIKELY(!!(__pyx_t_8 == ((int)-1)))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 70; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);
       __pyx_t_2 = 0;

      /* "basics.pyx":71
 *         if flags[i]:
 *             result.append(i)
 *             j = i * i             # <<<<<<<<<<<<<<
 *             while j < n:
 *                 flags[j] = 0
*/
      __pyx_v_j = (__pyx_v_i * __pyx_v_i);

      /* "basics.pyx":72
 *             result.append(i)
 *             j = i * i
 *             while j < n:             # <<<<<<<<<<<<<<
 *                 flags[j] = 0
 *                 j += i
*/
      while (1) {
        __pyx_t_3 = (__pyx_v_j < __pyx_v_n);

        if (!__pyx_t_3) break;

        /* "basics.pyx":73
 *             j = i * i
 *             while j < n:
 *                 flags[j] = 0             # <<<<<<<<<<<<<<
 *                 j += i
 *     return result
*/
        (__pyx_v_flags[__pyx_v_j]) = 0;

        /* "basics.pyx":74
 *             while j < n:
 *                 flags[j] = 0
 *                 j += i             # <<<<<<<<<<<<<<
 *     return result
 *
*/
        __pyx_v_j = (__pyx_v_j + __pyx_v_i);
      }

      /* "basics.pyx":69
 *     result = []
 *     for i in range(2, n):
 *         if flags[i]:             # <<<<<<<<<<<<<<
 *             result.append(i)
 *             j = i * i
*/
    }
  }

  /* "basics.pyx":75
 *                 flags[j] = 0
 *                 j += i
 *     return result             # <<<<<<<<<<<<<<
 *
 *
*/
  {
    mp_obj_t __pyx_temp;
    {
      __pyx_temp = __pyx_r;

      __pyx_r = __pyx_v_result;
    }

  }
  goto __pyx_L0;

  /* "basics.pyx":60
 *
 *
 * def primes_below(int n):             # <<<<<<<<<<<<<<
 *     cdef int flags[1000]
 *     cdef int i, j
*/

  /* function exit code */
  __pyx_L1_error:;

  __pyx_traceback_0(".primes_below", __pyx_lineno);
  __pyx_r = NULL;
  __pyx_L0:;

  return __pyx_r;
}

/* "basics.pyx":78
 *
 *
 * def count_primes(int n):             # <<<<<<<<<<<<<<
 *     return len(primes_below(n))
 *
*/

/* Python wrapper */
static mp_obj_t __pyx_pw_6basics_13count_primes(mp_obj_t __pyx_self,

mp_obj_t const *__pyx_args, mp_int_t __pyx_nargs, mp_obj_t __pyx_kwds

); /*proto*/
static cy_PyMethodDef __pyx_mdef_6basics_13count_primes = {"count_primes", (cy_PyCFunction)(void(*)(void))(cy_Pyx_PyCFunction_FastCallWithKeywords)__pyx_pw_6basics_13count_primes, cy_Pyx_METH_FASTCALL|cy_METH_KEYWORDS, 0};
static mp_obj_t __pyx_pw_6basics_13count_primes(mp_obj_t __pyx_self,

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
static const cy_Pyx_ArgSpec __pyx_argspec = { "count_primes",
__pyx_pyargnames, 1, 1, 1, 0,
0, 0,

cy_Pyx_ARGS_EXACT|cy_Pyx_ARGS_KEYWORDS|cy_Pyx_ARGS_CLEAR };
if (MP_LIKELY(!!(!__pyx_kwds && __pyx_nargs == 1))) {
values[0] = __pyx_args[0];
} else if
(cy_Pyx_ParseArgs(&__pyx_argspec, __pyx_args,

__pyx_nargs, __pyx_kwds, values) < 0) {
do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 78; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L3_error; } while (0); }

    __pyx_v_n = cy_Pyx_PyLong_As_int(values[0]); if (MP_UNLIKELY(!!((__pyx_v_n == (int)-1) && cy_PyErr_Occurred()))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 78; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L3_error; } while (0);
  }

  goto __pyx_L4_argument_unpacking_done;
  __pyx_L3_error:;
  for (mp_int_t __pyx_temp=0; __pyx_temp < (mp_int_t)(sizeof(values)/sizeof(values[0])); ++__pyx_temp) {

  }
  __pyx_traceback_0(".count_primes", __pyx_lineno);

  return NULL;
  __pyx_L4_argument_unpacking_done:;
  __pyx_r = __pyx_pf_6basics_12count_primes(__pyx_self, __pyx_v_n);

  /* function exit code */
  for (mp_int_t __pyx_temp=0; __pyx_temp < (mp_int_t)(sizeof(values)/sizeof(values[0])); ++__pyx_temp) {

  }

  return __pyx_r;
}

static mp_obj_t __pyx_pf_6basics_12count_primes(CYTHON_UNUSED mp_obj_t __pyx_self, int __pyx_v_n) {
  mp_obj_t __pyx_r = NULL;
  __Pyx_RefNannyDeclarations
  mp_obj_t __pyx_t_1 = NULL;
  mp_obj_t __pyx_t_2 = NULL;
  mp_obj_t __pyx_t_3 = NULL;
  mp_obj_t __pyx_t_4 = NULL;
  size_t __pyx_t_5;
  mp_int_t __pyx_t_6;
  int __pyx_lineno = 0;
  const char *__pyx_filename = NULL;
  int __pyx_clineno = 0;

  /* "basics.pyx":79
 *
 * def count_primes(int n):
 *     return len(primes_below(n))             # <<<<<<<<<<<<<<
 *
 *
*/
  __pyx_t_2 = NULL;
  cy_Pyx_GetModuleGlobalName(__pyx_t_3, __pyx_n_u_primes_below); if (MP_UNLIKELY(!!(!__pyx_t_3))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 79; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

  __pyx_t_4 = cy_Pyx_PyLong_From_int(__pyx_v_n); if (MP_UNLIKELY(!!(!__pyx_t_4))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 79; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

  __pyx_t_5 = 1;

  {
    mp_obj_t __pyx_callargs[2] = {__pyx_t_2, __pyx_t_4};
    __pyx_t_1 = cy_Pyx_PyObject_FastCall((mp_obj_t)__pyx_t_3, __pyx_callargs+__pyx_t_5, (2-__pyx_t_5) | (__pyx_t_5*cy_Pyx_PY_VECTORCALL_ARGUMENTS_OFFSET));
     __pyx_t_2 = 0;
     __pyx_t_4 = 0;
     __pyx_t_3 = 0;
    if (MP_UNLIKELY(!!(!__pyx_t_1))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 79; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

  }
  __pyx_t_6 = cy_PyObject_Length(__pyx_t_1); if (MP_UNLIKELY(!!(__pyx_t_6 == ((mp_int_t)-1)))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 79; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);
   __pyx_t_1 = 0;
  __pyx_t_1 = cy_PyLong_FromSsize_t(__pyx_t_6); if (MP_UNLIKELY(!!(!__pyx_t_1))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 79; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

  {
    mp_obj_t __pyx_temp;
    {
      __pyx_temp = __pyx_r;
      __pyx_r = __pyx_t_1;
    }

  }
  __pyx_t_1 = 0;
  goto __pyx_L0;

  /* "basics.pyx":78
 *
 *
 * def count_primes(int n):             # <<<<<<<<<<<<<<
 *     return len(primes_below(n))
 *
*/

  /* function exit code */
  __pyx_L1_error:;

  __pyx_traceback_0(".count_primes", __pyx_lineno);
  __pyx_r = NULL;
  __pyx_L0:;

  return __pyx_r;
}

/* "basics.pyx":82
 *
 *
 * def sum_of_squares(int n):             # <<<<<<<<<<<<<<
 *     cdef double total = 0.0
 *     cdef int i
*/

/* Python wrapper */
static mp_obj_t __pyx_pw_6basics_15sum_of_squares(mp_obj_t __pyx_self,

mp_obj_t const *__pyx_args, mp_int_t __pyx_nargs, mp_obj_t __pyx_kwds

); /*proto*/
static cy_PyMethodDef __pyx_mdef_6basics_15sum_of_squares = {"sum_of_squares", (cy_PyCFunction)(void(*)(void))(cy_Pyx_PyCFunction_FastCallWithKeywords)__pyx_pw_6basics_15sum_of_squares, cy_Pyx_METH_FASTCALL|cy_METH_KEYWORDS, 0};
static mp_obj_t __pyx_pw_6basics_15sum_of_squares(mp_obj_t __pyx_self,

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
static const cy_Pyx_ArgSpec __pyx_argspec = { "sum_of_squares",
__pyx_pyargnames, 1, 1, 1, 0,
0, 0,

cy_Pyx_ARGS_EXACT|cy_Pyx_ARGS_KEYWORDS|cy_Pyx_ARGS_CLEAR };
if (MP_LIKELY(!!(!__pyx_kwds && __pyx_nargs == 1))) {
values[0] = __pyx_args[0];
} else if
(cy_Pyx_ParseArgs(&__pyx_argspec, __pyx_args,

__pyx_nargs, __pyx_kwds, values) < 0) {
do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 82; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L3_error; } while (0); }

    __pyx_v_n = cy_Pyx_PyLong_As_int(values[0]); if (MP_UNLIKELY(!!((__pyx_v_n == (int)-1) && cy_PyErr_Occurred()))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 82; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L3_error; } while (0);
  }

  goto __pyx_L4_argument_unpacking_done;
  __pyx_L3_error:;
  for (mp_int_t __pyx_temp=0; __pyx_temp < (mp_int_t)(sizeof(values)/sizeof(values[0])); ++__pyx_temp) {

  }
  __pyx_traceback_0(".sum_of_squares", __pyx_lineno);

  return NULL;
  __pyx_L4_argument_unpacking_done:;
  __pyx_r = __pyx_pf_6basics_14sum_of_squares(__pyx_self, __pyx_v_n);

  /* function exit code */
  for (mp_int_t __pyx_temp=0; __pyx_temp < (mp_int_t)(sizeof(values)/sizeof(values[0])); ++__pyx_temp) {

  }

  return __pyx_r;
}

static mp_obj_t __pyx_pf_6basics_14sum_of_squares(CYTHON_UNUSED mp_obj_t __pyx_self, int __pyx_v_n) {
  double __pyx_v_total;
  int __pyx_v_i;
  mp_obj_t __pyx_r = NULL;
  __Pyx_RefNannyDeclarations
  long __pyx_t_1;
  long __pyx_t_2;
  int __pyx_t_3;
  double __pyx_t_4;
  mp_obj_t __pyx_t_5 = NULL;
  int __pyx_lineno = 0;
  const char *__pyx_filename = NULL;
  int __pyx_clineno = 0;

  /* "basics.pyx":83
 *
 * def sum_of_squares(int n):
 *     cdef double total = 0.0             # <<<<<<<<<<<<<<
 *     cdef int i
 *     for i in range(1, n + 1):
*/
  __pyx_v_total = 0.0;

  /* "basics.pyx":85
 *     cdef double total = 0.0
 *     cdef int i
 *     for i in range(1, n + 1):             # <<<<<<<<<<<<<<
 *         total += square(i)
 *     return total
*/

  __pyx_t_1 = (__pyx_v_n + 1);
  __pyx_t_2 = __pyx_t_1;

  for (__pyx_t_3 = 1; __pyx_t_3 < __pyx_t_2; __pyx_t_3+=1) {
    __pyx_v_i = __pyx_t_3;

    /* "basics.pyx":86
 *     cdef int i
 *     for i in range(1, n + 1):
 *         total += square(i)             # <<<<<<<<<<<<<<
 *     return total
 *
*/
    __pyx_t_4 = __pyx_f_6basics_square(__pyx_v_i); if (MP_UNLIKELY(!!(__pyx_t_4 == ((double)-1) && cy_PyErr_Occurred()))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 86; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);
    __pyx_v_total = (__pyx_v_total + __pyx_t_4);

  }

  /* "basics.pyx":87
 *     for i in range(1, n + 1):
 *         total += square(i)
 *     return total             # <<<<<<<<<<<<<<
 *
 *
*/
  __pyx_t_5 = cy_PyFloat_FromDouble(__pyx_v_total); if (MP_UNLIKELY(!!(!__pyx_t_5))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 87; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

  {
    mp_obj_t __pyx_temp;
    {
      __pyx_temp = __pyx_r;
      __pyx_r = __pyx_t_5;
    }

  }
  __pyx_t_5 = 0;
  goto __pyx_L0;

  /* "basics.pyx":82
 *
 *
 * def sum_of_squares(int n):             # <<<<<<<<<<<<<<
 *     cdef double total = 0.0
 *     cdef int i
*/

  /* function exit code */
  __pyx_L1_error:;

  __pyx_traceback_0(".sum_of_squares", __pyx_lineno);
  __pyx_r = NULL;
  __pyx_L0:;

  return __pyx_r;
}

/* "basics.pyx":90
 *
 *
 * def percent(int part, int whole):             # <<<<<<<<<<<<<<
 *     return clamp_int(part * 100 // whole, 0, 100)
 *
*/

/* Python wrapper */
static mp_obj_t __pyx_pw_6basics_17percent(mp_obj_t __pyx_self,

mp_obj_t const *__pyx_args, mp_int_t __pyx_nargs, mp_obj_t __pyx_kwds

); /*proto*/
static cy_PyMethodDef __pyx_mdef_6basics_17percent = {"percent", (cy_PyCFunction)(void(*)(void))(cy_Pyx_PyCFunction_FastCallWithKeywords)__pyx_pw_6basics_17percent, cy_Pyx_METH_FASTCALL|cy_METH_KEYWORDS, 0};
static mp_obj_t __pyx_pw_6basics_17percent(mp_obj_t __pyx_self,

mp_obj_t const *__pyx_args, mp_int_t __pyx_nargs, mp_obj_t __pyx_kwds

) {
  int __pyx_v_part;
  int __pyx_v_whole;

  CYTHON_UNUSED mp_obj_t const *__pyx_kwvalues;
  mp_obj_t values[2]        ;
  int __pyx_lineno = 0;
  const char *__pyx_filename = NULL;
  int __pyx_clineno = 0;
  mp_obj_t __pyx_r = 0;
  __Pyx_RefNannyDeclarations

  __pyx_kwvalues = cy_Pyx_KwValues_FASTCALL(__pyx_args, __pyx_nargs);
  {
static mp_obj_t * const __pyx_pyargnames[] = { &__pyx_n_u_part,
&__pyx_n_u_whole, 0 };
static const cy_Pyx_ArgSpec __pyx_argspec = { "percent",
__pyx_pyargnames, 2, 2, 2, 0,
0, 0,

cy_Pyx_ARGS_EXACT|cy_Pyx_ARGS_KEYWORDS|cy_Pyx_ARGS_CLEAR };
if (MP_LIKELY(!!(!__pyx_kwds && __pyx_nargs == 2))) {
values[0] = __pyx_args[0];
values[1] =
__pyx_args[1];
} else if (cy_Pyx_ParseArgs(&__pyx_argspec, __pyx_args, __pyx_nargs, __pyx_kwds, values) < 0) {

do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 90; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L3_error; } while (0); }

    __pyx_v_part = cy_Pyx_PyLong_As_int(values[0]); if (MP_UNLIKELY(!!((__pyx_v_part == (int)-1) && cy_PyErr_Occurred()))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 90; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L3_error; } while (0);
    __pyx_v_whole = cy_Pyx_PyLong_As_int(values[1]); if (MP_UNLIKELY(!!((__pyx_v_whole == (int)-1) && cy_PyErr_Occurred()))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 90; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L3_error; } while (0);
  }

  goto __pyx_L4_argument_unpacking_done;
  __pyx_L3_error:;
  for (mp_int_t __pyx_temp=0; __pyx_temp < (mp_int_t)(sizeof(values)/sizeof(values[0])); ++__pyx_temp) {

  }
  __pyx_traceback_0(".percent", __pyx_lineno);

  return NULL;
  __pyx_L4_argument_unpacking_done:;
  __pyx_r = __pyx_pf_6basics_16percent(__pyx_self, __pyx_v_part, __pyx_v_whole);

  /* function exit code */
  for (mp_int_t __pyx_temp=0; __pyx_temp < (mp_int_t)(sizeof(values)/sizeof(values[0])); ++__pyx_temp) {

  }

  return __pyx_r;
}

static mp_obj_t __pyx_pf_6basics_16percent(CYTHON_UNUSED mp_obj_t __pyx_self, int __pyx_v_part, int __pyx_v_whole) {
  mp_obj_t __pyx_r = NULL;
  __Pyx_RefNannyDeclarations
  long __pyx_t_1;
  int __pyx_t_2;
  mp_obj_t __pyx_t_3 = NULL;
  int __pyx_lineno = 0;
  const char *__pyx_filename = NULL;
  int __pyx_clineno = 0;

  /* "basics.pyx":91
 *
 * def percent(int part, int whole):
 *     return clamp_int(part * 100 // whole, 0, 100)             # <<<<<<<<<<<<<<
 *
 *
*/
  __pyx_t_1 = (__pyx_v_part * 0x64);

  if (MP_UNLIKELY(!!(__pyx_v_whole == 0))) {
    cy_PyErr_SetString(MP_OBJ_FROM_PTR(&mp_type_ZeroDivisionError), "integer division or modulo by zero");
    do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 91; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);
  }
  else if (sizeof(long) == sizeof(long) && (!(((int)-1) > 0)) && MP_UNLIKELY(!!(__pyx_v_whole == (int)-1))  && MP_UNLIKELY(!!(cy_Pyx_UNARY_NEG_WOULD_OVERFLOW(__pyx_t_1)))) {
    cy_PyErr_SetString(MP_OBJ_FROM_PTR(&mp_type_OverflowError), "value too large to perform division");
    do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 91; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);
  }
  __pyx_t_2 = __pyx_f_6basics_clamp_int(__Pyx_div_long(__pyx_t_1, __pyx_v_whole, 0), 0, 0x64); if (MP_UNLIKELY(!!(__pyx_t_2 == ((int)-1) && cy_PyErr_Occurred()))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 91; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

  __pyx_t_3 = cy_Pyx_PyLong_From_int(__pyx_t_2); if (MP_UNLIKELY(!!(!__pyx_t_3))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 91; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

  {
    mp_obj_t __pyx_temp;
    {
      __pyx_temp = __pyx_r;
      __pyx_r = __pyx_t_3;
    }

  }
  __pyx_t_3 = 0;
  goto __pyx_L0;

  /* "basics.pyx":90
 *
 *
 * def percent(int part, int whole):             # <<<<<<<<<<<<<<
 *     return clamp_int(part * 100 // whole, 0, 100)
 *
*/

  /* function exit code */
  __pyx_L1_error:;

  __pyx_traceback_0(".percent", __pyx_lineno);
  __pyx_r = NULL;
  __pyx_L0:;

  return __pyx_r;
}

/* "basics.pyx":94
 *
 *
 * def is_even(int n):             # <<<<<<<<<<<<<<
 *     return n % 2 == 0
 *
*/

/* Python wrapper */
static mp_obj_t __pyx_pw_6basics_19is_even(mp_obj_t __pyx_self,

mp_obj_t const *__pyx_args, mp_int_t __pyx_nargs, mp_obj_t __pyx_kwds

); /*proto*/
static cy_PyMethodDef __pyx_mdef_6basics_19is_even = {"is_even", (cy_PyCFunction)(void(*)(void))(cy_Pyx_PyCFunction_FastCallWithKeywords)__pyx_pw_6basics_19is_even, cy_Pyx_METH_FASTCALL|cy_METH_KEYWORDS, 0};
static mp_obj_t __pyx_pw_6basics_19is_even(mp_obj_t __pyx_self,

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
static const cy_Pyx_ArgSpec __pyx_argspec = { "is_even",
__pyx_pyargnames, 1, 1, 1, 0,
0, 0,

cy_Pyx_ARGS_EXACT|cy_Pyx_ARGS_KEYWORDS|cy_Pyx_ARGS_CLEAR };
if (MP_LIKELY(!!(!__pyx_kwds && __pyx_nargs == 1))) {
values[0] = __pyx_args[0];
} else if
(cy_Pyx_ParseArgs(&__pyx_argspec, __pyx_args,

__pyx_nargs, __pyx_kwds, values) < 0) {
do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 94; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L3_error; } while (0); }

    __pyx_v_n = cy_Pyx_PyLong_As_int(values[0]); if (MP_UNLIKELY(!!((__pyx_v_n == (int)-1) && cy_PyErr_Occurred()))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 94; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L3_error; } while (0);
  }

  goto __pyx_L4_argument_unpacking_done;
  __pyx_L3_error:;
  for (mp_int_t __pyx_temp=0; __pyx_temp < (mp_int_t)(sizeof(values)/sizeof(values[0])); ++__pyx_temp) {

  }
  __pyx_traceback_0(".is_even", __pyx_lineno);

  return NULL;
  __pyx_L4_argument_unpacking_done:;
  __pyx_r = __pyx_pf_6basics_18is_even(__pyx_self, __pyx_v_n);

  /* function exit code */
  for (mp_int_t __pyx_temp=0; __pyx_temp < (mp_int_t)(sizeof(values)/sizeof(values[0])); ++__pyx_temp) {

  }

  return __pyx_r;
}

static mp_obj_t __pyx_pf_6basics_18is_even(CYTHON_UNUSED mp_obj_t __pyx_self, int __pyx_v_n) {
  mp_obj_t __pyx_r = NULL;
  __Pyx_RefNannyDeclarations
  mp_obj_t __pyx_t_1 = NULL;
  int __pyx_lineno = 0;
  const char *__pyx_filename = NULL;
  int __pyx_clineno = 0;

  /* "basics.pyx":95
 *
 * def is_even(int n):
 *     return n % 2 == 0             # <<<<<<<<<<<<<<
 *
 *
*/
  __pyx_t_1 = cy_Pyx_PyBool_FromLong((__Pyx_mod_long(__pyx_v_n, 2, 1) == 0)); if (MP_UNLIKELY(!!(!__pyx_t_1))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 95; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

  {
    mp_obj_t __pyx_temp;
    {
      __pyx_temp = __pyx_r;
      __pyx_r = __pyx_t_1;
    }

  }
  __pyx_t_1 = 0;
  goto __pyx_L0;

  /* "basics.pyx":94
 *
 *
 * def is_even(int n):             # <<<<<<<<<<<<<<
 *     return n % 2 == 0
 *
*/

  /* function exit code */
  __pyx_L1_error:;

  __pyx_traceback_0(".is_even", __pyx_lineno);
  __pyx_r = NULL;
  __pyx_L0:;

  return __pyx_r;
}

/* "basics.pyx":98
 *
 *
 * def split_pair(int a, int b):             # <<<<<<<<<<<<<<
 *     return a // b, a % b
 *
*/

/* Python wrapper */
static mp_obj_t __pyx_pw_6basics_21split_pair(mp_obj_t __pyx_self,

mp_obj_t const *__pyx_args, mp_int_t __pyx_nargs, mp_obj_t __pyx_kwds

); /*proto*/
static cy_PyMethodDef __pyx_mdef_6basics_21split_pair = {"split_pair", (cy_PyCFunction)(void(*)(void))(cy_Pyx_PyCFunction_FastCallWithKeywords)__pyx_pw_6basics_21split_pair, cy_Pyx_METH_FASTCALL|cy_METH_KEYWORDS, 0};
static mp_obj_t __pyx_pw_6basics_21split_pair(mp_obj_t __pyx_self,

mp_obj_t const *__pyx_args, mp_int_t __pyx_nargs, mp_obj_t __pyx_kwds

) {
  int __pyx_v_a;
  int __pyx_v_b;

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
static const cy_Pyx_ArgSpec __pyx_argspec = { "split_pair",
__pyx_pyargnames, 2, 2, 2, 0,
0, 0,

cy_Pyx_ARGS_EXACT|cy_Pyx_ARGS_KEYWORDS|cy_Pyx_ARGS_CLEAR };
if (MP_LIKELY(!!(!__pyx_kwds && __pyx_nargs == 2))) {
values[0] = __pyx_args[0];
values[1] =
__pyx_args[1];
} else if (cy_Pyx_ParseArgs(&__pyx_argspec, __pyx_args, __pyx_nargs, __pyx_kwds, values) < 0) {

do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 98; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L3_error; } while (0); }

    __pyx_v_a = cy_Pyx_PyLong_As_int(values[0]); if (MP_UNLIKELY(!!((__pyx_v_a == (int)-1) && cy_PyErr_Occurred()))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 98; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L3_error; } while (0);
    __pyx_v_b = cy_Pyx_PyLong_As_int(values[1]); if (MP_UNLIKELY(!!((__pyx_v_b == (int)-1) && cy_PyErr_Occurred()))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 98; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L3_error; } while (0);
  }

  goto __pyx_L4_argument_unpacking_done;
  __pyx_L3_error:;
  for (mp_int_t __pyx_temp=0; __pyx_temp < (mp_int_t)(sizeof(values)/sizeof(values[0])); ++__pyx_temp) {

  }
  __pyx_traceback_0(".split_pair", __pyx_lineno);

  return NULL;
  __pyx_L4_argument_unpacking_done:;
  __pyx_r = __pyx_pf_6basics_20split_pair(__pyx_self, __pyx_v_a, __pyx_v_b);

  /* function exit code */
  for (mp_int_t __pyx_temp=0; __pyx_temp < (mp_int_t)(sizeof(values)/sizeof(values[0])); ++__pyx_temp) {

  }

  return __pyx_r;
}

static mp_obj_t __pyx_pf_6basics_20split_pair(CYTHON_UNUSED mp_obj_t __pyx_self, int __pyx_v_a, int __pyx_v_b) {
  mp_obj_t __pyx_r = NULL;
  __Pyx_RefNannyDeclarations
  mp_obj_t __pyx_t_1 = NULL;
  mp_obj_t __pyx_t_2 = NULL;
  mp_obj_t __pyx_t_3 = NULL;
  int __pyx_lineno = 0;
  const char *__pyx_filename = NULL;
  int __pyx_clineno = 0;

  /* "basics.pyx":99
 *
 * def split_pair(int a, int b):
 *     return a // b, a % b             # <<<<<<<<<<<<<<
 *
 *
*/
  if (MP_UNLIKELY(!!(__pyx_v_b == 0))) {
    cy_PyErr_SetString(MP_OBJ_FROM_PTR(&mp_type_ZeroDivisionError), "integer division or modulo by zero");
    do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 99; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);
  }
  else if (sizeof(int) == sizeof(long) && (!(((int)-1) > 0)) && MP_UNLIKELY(!!(__pyx_v_b == (int)-1))  && MP_UNLIKELY(!!(cy_Pyx_UNARY_NEG_WOULD_OVERFLOW(__pyx_v_a)))) {
    cy_PyErr_SetString(MP_OBJ_FROM_PTR(&mp_type_OverflowError), "value too large to perform division");
    do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 99; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);
  }
  __pyx_t_1 = cy_Pyx_PyLong_From_int(__Pyx_div_int(__pyx_v_a, __pyx_v_b, 0)); if (MP_UNLIKELY(!!(!__pyx_t_1))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 99; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

  if (MP_UNLIKELY(!!(__pyx_v_b == 0))) {
    cy_PyErr_SetString(MP_OBJ_FROM_PTR(&mp_type_ZeroDivisionError), "integer division or modulo by zero");
    do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 99; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);
  }
  __pyx_t_2 = cy_Pyx_PyLong_From_int(__Pyx_mod_int(__pyx_v_a, __pyx_v_b, 0)); if (MP_UNLIKELY(!!(!__pyx_t_2))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 99; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

  __pyx_t_3 = cy_PyTuple_New(2); if (MP_UNLIKELY(!!(!__pyx_t_3))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 99; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

  if (cy_Pyx_PyTuple_SET_ITEM(__pyx_t_3, 0, __pyx_t_1) != (0)) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 99; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

  if (cy_Pyx_PyTuple_SET_ITEM(__pyx_t_3, 1, __pyx_t_2) != (0)) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 99; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);
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

  /* "basics.pyx":98
 *
 *
 * def split_pair(int a, int b):             # <<<<<<<<<<<<<<
 *     return a // b, a % b
 *
*/

  /* function exit code */
  __pyx_L1_error:;

  __pyx_traceback_0(".split_pair", __pyx_lineno);
  __pyx_r = NULL;
  __pyx_L0:;

  return __pyx_r;
}

/* "basics.pyx":102
 *
 *
 * def nothing(x):             # <<<<<<<<<<<<<<
 *     if x:
 *         return None
*/

/* Python wrapper */
static mp_obj_t __pyx_pw_6basics_23nothing(mp_obj_t __pyx_self,

mp_obj_t const *__pyx_args, mp_int_t __pyx_nargs, mp_obj_t __pyx_kwds

); /*proto*/
static cy_PyMethodDef __pyx_mdef_6basics_23nothing = {"nothing", (cy_PyCFunction)(void(*)(void))(cy_Pyx_PyCFunction_FastCallWithKeywords)__pyx_pw_6basics_23nothing, cy_Pyx_METH_FASTCALL|cy_METH_KEYWORDS, 0};
static mp_obj_t __pyx_pw_6basics_23nothing(mp_obj_t __pyx_self,

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
static const cy_Pyx_ArgSpec __pyx_argspec = { "nothing",
__pyx_pyargnames, 1, 1, 1, 0,
0, 0,

cy_Pyx_ARGS_EXACT|cy_Pyx_ARGS_KEYWORDS|cy_Pyx_ARGS_CLEAR };
if (MP_LIKELY(!!(!__pyx_kwds && __pyx_nargs == 1))) {
values[0] = __pyx_args[0];
} else if
(cy_Pyx_ParseArgs(&__pyx_argspec, __pyx_args,

__pyx_nargs, __pyx_kwds, values) < 0) {
do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 102; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L3_error; } while (0); }

    __pyx_v_x = values[0];
  }

  goto __pyx_L4_argument_unpacking_done;
  __pyx_L3_error:;
  for (mp_int_t __pyx_temp=0; __pyx_temp < (mp_int_t)(sizeof(values)/sizeof(values[0])); ++__pyx_temp) {

  }
  __pyx_traceback_0(".nothing", __pyx_lineno);

  return NULL;
  __pyx_L4_argument_unpacking_done:;
  __pyx_r = __pyx_pf_6basics_22nothing(__pyx_self, __pyx_v_x);

  /* function exit code */
  for (mp_int_t __pyx_temp=0; __pyx_temp < (mp_int_t)(sizeof(values)/sizeof(values[0])); ++__pyx_temp) {

  }

  return __pyx_r;
}

static mp_obj_t __pyx_pf_6basics_22nothing(CYTHON_UNUSED mp_obj_t __pyx_self, mp_obj_t __pyx_v_x) {
  mp_obj_t __pyx_r = NULL;
  __Pyx_RefNannyDeclarations
  int __pyx_t_1;
  int __pyx_lineno = 0;
  const char *__pyx_filename = NULL;
  int __pyx_clineno = 0;

  /* "basics.pyx":103
 *
 * def nothing(x):
 *     if x:             # <<<<<<<<<<<<<<
 *         return None
 *
*/
  __pyx_t_1 = cy_Pyx_PyObject_IsTrue(__pyx_v_x); if (MP_UNLIKELY(!!((__pyx_t_1 < 0)))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 103; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);
  if (__pyx_t_1) {

    /* "basics.pyx":104
 * def nothing(x):
 *     if x:
 *         return None             # <<<<<<<<<<<<<<
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

    /* "basics.pyx":103
 *
 * def nothing(x):
 *     if x:             # <<<<<<<<<<<<<<
 *         return None
 *
*/
  }

  /* "basics.pyx":102
 *
 *
 * def nothing(x):             # <<<<<<<<<<<<<<
 *     if x:
 *         return None
*/

  /* function exit code */
  __pyx_r = mp_const_none;
  goto __pyx_L0;
  __pyx_L1_error:;
  __pyx_traceback_0(".nothing", __pyx_lineno);
  __pyx_r = NULL;
  __pyx_L0:;

  return __pyx_r;
}

/* "basics.pyx":107
 *
 *
 * def maybe_first(items):             # <<<<<<<<<<<<<<
 *     if len(items) == 0:
 *         return None
*/

/* Python wrapper */
static mp_obj_t __pyx_pw_6basics_25maybe_first(mp_obj_t __pyx_self,

mp_obj_t const *__pyx_args, mp_int_t __pyx_nargs, mp_obj_t __pyx_kwds

); /*proto*/
static cy_PyMethodDef __pyx_mdef_6basics_25maybe_first = {"maybe_first", (cy_PyCFunction)(void(*)(void))(cy_Pyx_PyCFunction_FastCallWithKeywords)__pyx_pw_6basics_25maybe_first, cy_Pyx_METH_FASTCALL|cy_METH_KEYWORDS, 0};
static mp_obj_t __pyx_pw_6basics_25maybe_first(mp_obj_t __pyx_self,

mp_obj_t const *__pyx_args, mp_int_t __pyx_nargs, mp_obj_t __pyx_kwds

) {
  mp_obj_t __pyx_v_items = 0;

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
&__pyx_n_u_items, 0 };
static const cy_Pyx_ArgSpec __pyx_argspec = { "maybe_first",
__pyx_pyargnames, 1, 1, 1, 0,
0, 0,

cy_Pyx_ARGS_EXACT|cy_Pyx_ARGS_KEYWORDS|cy_Pyx_ARGS_CLEAR };
if (MP_LIKELY(!!(!__pyx_kwds && __pyx_nargs == 1))) {
values[0] = __pyx_args[0];
} else if
(cy_Pyx_ParseArgs(&__pyx_argspec, __pyx_args,

__pyx_nargs, __pyx_kwds, values) < 0) {
do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 107; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L3_error; } while (0); }

    __pyx_v_items = values[0];
  }

  goto __pyx_L4_argument_unpacking_done;
  __pyx_L3_error:;
  for (mp_int_t __pyx_temp=0; __pyx_temp < (mp_int_t)(sizeof(values)/sizeof(values[0])); ++__pyx_temp) {

  }
  __pyx_traceback_0(".maybe_first", __pyx_lineno);

  return NULL;
  __pyx_L4_argument_unpacking_done:;
  __pyx_r = __pyx_pf_6basics_24maybe_first(__pyx_self, __pyx_v_items);

  /* function exit code */
  for (mp_int_t __pyx_temp=0; __pyx_temp < (mp_int_t)(sizeof(values)/sizeof(values[0])); ++__pyx_temp) {

  }

  return __pyx_r;
}

static mp_obj_t __pyx_pf_6basics_24maybe_first(CYTHON_UNUSED mp_obj_t __pyx_self, mp_obj_t __pyx_v_items) {
  mp_obj_t __pyx_r = NULL;
  __Pyx_RefNannyDeclarations
  mp_int_t __pyx_t_1;
  int __pyx_t_2;
  mp_obj_t __pyx_t_3 = NULL;
  int __pyx_lineno = 0;
  const char *__pyx_filename = NULL;
  int __pyx_clineno = 0;

  /* "basics.pyx":108
 *
 * def maybe_first(items):
 *     if len(items) == 0:             # <<<<<<<<<<<<<<
 *         return None
 *     return items[0]
*/
  __pyx_t_1 = cy_PyObject_Length(__pyx_v_items); if (MP_UNLIKELY(!!(__pyx_t_1 == ((mp_int_t)-1)))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 108; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);
  __pyx_t_2 = (__pyx_t_1 == 0);

  if (__pyx_t_2) {

    /* "basics.pyx":109
 * def maybe_first(items):
 *     if len(items) == 0:
 *         return None             # <<<<<<<<<<<<<<
 *     return items[0]
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

    /* "basics.pyx":108
 *
 * def maybe_first(items):
 *     if len(items) == 0:             # <<<<<<<<<<<<<<
 *         return None
 *     return items[0]
*/
  }

  /* "basics.pyx":110
 *     if len(items) == 0:
 *         return None
 *     return items[0]             # <<<<<<<<<<<<<<
 *
 *
*/
  __pyx_t_3 = cy_Pyx_GetItemInt(__pyx_v_items, 0, long, 1, cy_Pyx_PyLong_From_long, 0, 1, 1, cy_Pyx_ReferenceSharing_FunctionArgument); if (MP_UNLIKELY(!!(!__pyx_t_3))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 110; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

  {
    mp_obj_t __pyx_temp;
    {
      __pyx_temp = __pyx_r;
      __pyx_r = __pyx_t_3;
    }

  }
  __pyx_t_3 = 0;
  goto __pyx_L0;

  /* "basics.pyx":107
 *
 *
 * def maybe_first(items):             # <<<<<<<<<<<<<<
 *     if len(items) == 0:
 *         return None
*/

  /* function exit code */
  __pyx_L1_error:;

  __pyx_traceback_0(".maybe_first", __pyx_lineno);
  __pyx_r = NULL;
  __pyx_L0:;

  return __pyx_r;
}

/* "basics.pyx":113
 *
 *
 * def count_vowels(str text):             # <<<<<<<<<<<<<<
 *     cdef int n = 0
 *     for ch in text:
*/

/* Python wrapper */
static mp_obj_t __pyx_pw_6basics_27count_vowels(mp_obj_t __pyx_self,

mp_obj_t const *__pyx_args, mp_int_t __pyx_nargs, mp_obj_t __pyx_kwds

); /*proto*/
static cy_PyMethodDef __pyx_mdef_6basics_27count_vowels = {"count_vowels", (cy_PyCFunction)(void(*)(void))(cy_Pyx_PyCFunction_FastCallWithKeywords)__pyx_pw_6basics_27count_vowels, cy_Pyx_METH_FASTCALL|cy_METH_KEYWORDS, 0};
static mp_obj_t __pyx_pw_6basics_27count_vowels(mp_obj_t __pyx_self,

mp_obj_t const *__pyx_args, mp_int_t __pyx_nargs, mp_obj_t __pyx_kwds

) {
  mp_obj_t __pyx_v_text = 0;

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
&__pyx_n_u_text, 0 };
static const cy_Pyx_ArgSpec __pyx_argspec = { "count_vowels",
__pyx_pyargnames, 1, 1, 1, 0,
0, 0,

cy_Pyx_ARGS_EXACT|cy_Pyx_ARGS_KEYWORDS|cy_Pyx_ARGS_CLEAR };
if (MP_LIKELY(!!(!__pyx_kwds && __pyx_nargs == 1))) {
values[0] = __pyx_args[0];
} else if
(cy_Pyx_ParseArgs(&__pyx_argspec, __pyx_args,

__pyx_nargs, __pyx_kwds, values) < 0) {
do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 113; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L3_error; } while (0); }

    __pyx_v_text = ((mp_obj_t)values[0]);
  }

  goto __pyx_L4_argument_unpacking_done;
  __pyx_L3_error:;
  for (mp_int_t __pyx_temp=0; __pyx_temp < (mp_int_t)(sizeof(values)/sizeof(values[0])); ++__pyx_temp) {

  }
  __pyx_traceback_0(".count_vowels", __pyx_lineno);

  return NULL;
  __pyx_L4_argument_unpacking_done:;
  if (MP_UNLIKELY(!!(!cy_Pyx_ArgTypeTest(((mp_obj_t )__pyx_v_text), (&cy_PyUnicode_Type), 1, "text", 1)))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 113; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);
  __pyx_r = __pyx_pf_6basics_26count_vowels(__pyx_self, __pyx_v_text);

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

static mp_obj_t __pyx_pf_6basics_26count_vowels(CYTHON_UNUSED mp_obj_t __pyx_self, mp_obj_t __pyx_v_text) {
  int __pyx_v_n;
  uint32_t __pyx_v_ch;
  mp_obj_t __pyx_r = NULL;
  __Pyx_RefNannyDeclarations
  mp_obj_t __pyx_t_1 = NULL;
  mp_int_t __pyx_t_2;
  mp_int_t __pyx_t_3;
  void *__pyx_t_4;
  int __pyx_t_5;
  int __pyx_t_6;
  mp_int_t __pyx_t_7;
  mp_obj_t __pyx_t_8 = NULL;
  int __pyx_t_9;
  int __pyx_lineno = 0;
  const char *__pyx_filename = NULL;
  int __pyx_clineno = 0;

  /* "basics.pyx":114
 *
 * def count_vowels(str text):
 *     cdef int n = 0             # <<<<<<<<<<<<<<
 *     for ch in text:
 *         if is_vowel(ch):
*/
  __pyx_v_n = 0;

  /* "basics.pyx":115
 * def count_vowels(str text):
 *     cdef int n = 0
 *     for ch in text:             # <<<<<<<<<<<<<<
 *         if is_vowel(ch):
 *             n += 1
*/
  if (MP_UNLIKELY(!!(__pyx_v_text == mp_const_none))) {
    cy_PyErr_SetString(MP_OBJ_FROM_PTR(&mp_type_TypeError), "\047NoneType\047 is not iterable");
    do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 115; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);
  }

  __pyx_t_1 = __pyx_v_text;
  __pyx_t_6 = cy_Pyx_init_unicode_iteration(__pyx_t_1, (&__pyx_t_3), (&__pyx_t_4), (&__pyx_t_5)); if (MP_UNLIKELY(!!(__pyx_t_6 == ((int)-1)))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 115; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

  for (__pyx_t_7 = 0; __pyx_t_7 < __pyx_t_3; __pyx_t_7++) {
    __pyx_t_2 = __pyx_t_7;
    __pyx_v_ch = cy_Pyx_PyUnicode_READ(__pyx_t_5, __pyx_t_4, __pyx_t_2);

    /* "basics.pyx":116
 *     cdef int n = 0
 *     for ch in text:
 *         if is_vowel(ch):             # <<<<<<<<<<<<<<
 *             n += 1
 *     return n
*/
    __pyx_t_8 = cy_Pyx_PyUnicode_FromOrdinal(__pyx_v_ch); if (MP_UNLIKELY(!!(!__pyx_t_8))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 116; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

    if (!(MP_LIKELY(!!(cy_PyUnicode_CheckExact(__pyx_t_8))) || cy_Pyx_RaiseUnexpectedTypeError("str", __pyx_t_8))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 116; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);
    __pyx_t_9 = __pyx_f_6basics_is_vowel(((mp_obj_t)__pyx_t_8)); if (MP_UNLIKELY(!!(__pyx_t_9 == ((int)-1) && cy_PyErr_Occurred()))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 116; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);
     __pyx_t_8 = 0;
    if (__pyx_t_9) {

      /* "basics.pyx":117
 *     for ch in text:
 *         if is_vowel(ch):
 *             n += 1             # <<<<<<<<<<<<<<
 *     return n
 *
*/
      __pyx_v_n = (__pyx_v_n + 1);

      /* "basics.pyx":116
 *     cdef int n = 0
 *     for ch in text:
 *         if is_vowel(ch):             # <<<<<<<<<<<<<<
 *             n += 1
 *     return n
*/
    }
  }
   __pyx_t_1 = 0;

  /* "basics.pyx":118
 *         if is_vowel(ch):
 *             n += 1
 *     return n             # <<<<<<<<<<<<<<
 *
 *
*/
  __pyx_t_8 = cy_Pyx_PyLong_From_int(__pyx_v_n); if (MP_UNLIKELY(!!(!__pyx_t_8))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 118; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

  {
    mp_obj_t __pyx_temp;
    {
      __pyx_temp = __pyx_r;
      __pyx_r = __pyx_t_8;
    }

  }
  __pyx_t_8 = 0;
  goto __pyx_L0;

  /* "basics.pyx":113
 *
 *
 * def count_vowels(str text):             # <<<<<<<<<<<<<<
 *     cdef int n = 0
 *     for ch in text:
*/

  /* function exit code */
  __pyx_L1_error:;

  __pyx_traceback_0(".count_vowels", __pyx_lineno);
  __pyx_r = NULL;
  __pyx_L0:;

  return __pyx_r;
}

/* "basics.pyx":121
 *
 *
 * def word_lengths(words):             # <<<<<<<<<<<<<<
 *     result = {}
 *     for w in words:
*/

/* Python wrapper */
static mp_obj_t __pyx_pw_6basics_29word_lengths(mp_obj_t __pyx_self,

mp_obj_t const *__pyx_args, mp_int_t __pyx_nargs, mp_obj_t __pyx_kwds

); /*proto*/
static cy_PyMethodDef __pyx_mdef_6basics_29word_lengths = {"word_lengths", (cy_PyCFunction)(void(*)(void))(cy_Pyx_PyCFunction_FastCallWithKeywords)__pyx_pw_6basics_29word_lengths, cy_Pyx_METH_FASTCALL|cy_METH_KEYWORDS, 0};
static mp_obj_t __pyx_pw_6basics_29word_lengths(mp_obj_t __pyx_self,

mp_obj_t const *__pyx_args, mp_int_t __pyx_nargs, mp_obj_t __pyx_kwds

) {
  mp_obj_t __pyx_v_words = 0;

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
&__pyx_n_u_words, 0 };
static const cy_Pyx_ArgSpec __pyx_argspec = { "word_lengths",
__pyx_pyargnames, 1, 1, 1, 0,
0, 0,

cy_Pyx_ARGS_EXACT|cy_Pyx_ARGS_KEYWORDS|cy_Pyx_ARGS_CLEAR };
if (MP_LIKELY(!!(!__pyx_kwds && __pyx_nargs == 1))) {
values[0] = __pyx_args[0];
} else if
(cy_Pyx_ParseArgs(&__pyx_argspec, __pyx_args,

__pyx_nargs, __pyx_kwds, values) < 0) {
do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 121; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L3_error; } while (0); }

    __pyx_v_words = values[0];
  }

  goto __pyx_L4_argument_unpacking_done;
  __pyx_L3_error:;
  for (mp_int_t __pyx_temp=0; __pyx_temp < (mp_int_t)(sizeof(values)/sizeof(values[0])); ++__pyx_temp) {

  }
  __pyx_traceback_0(".word_lengths", __pyx_lineno);

  return NULL;
  __pyx_L4_argument_unpacking_done:;
  __pyx_r = __pyx_pf_6basics_28word_lengths(__pyx_self, __pyx_v_words);

  /* function exit code */
  for (mp_int_t __pyx_temp=0; __pyx_temp < (mp_int_t)(sizeof(values)/sizeof(values[0])); ++__pyx_temp) {

  }

  return __pyx_r;
}

static mp_obj_t __pyx_pf_6basics_28word_lengths(CYTHON_UNUSED mp_obj_t __pyx_self, mp_obj_t __pyx_v_words) {
  mp_obj_t __pyx_v_result = NULL;
  mp_obj_t __pyx_v_w = NULL;
  mp_obj_t __pyx_r = NULL;
  __Pyx_RefNannyDeclarations
  mp_obj_t __pyx_t_1 = NULL;
  mp_int_t __pyx_t_2;

  mp_obj_t __pyx_t_4 = NULL;
  mp_int_t __pyx_t_5;
  int __pyx_lineno = 0;
  const char *__pyx_filename = NULL;
  int __pyx_clineno = 0;

  /* "basics.pyx":122
 *
 * def word_lengths(words):
 *     result = {}             # <<<<<<<<<<<<<<
 *     for w in words:
 *         result[w] = len(w)
*/
  __pyx_t_1 = cy_Pyx_PyDict_NewPresized(0); if (MP_UNLIKELY(!!(!__pyx_t_1))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 122; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

  __pyx_v_result = ((mp_obj_t)__pyx_t_1);
  __pyx_t_1 = 0;

  /* "basics.pyx":123
 * def word_lengths(words):
 *     result = {}
 *     for w in words:             # <<<<<<<<<<<<<<
 *         result[w] = len(w)
 *     return result
*/

    __pyx_t_1 = cy_Pyx_ForIter_Start(__pyx_v_words, &__pyx_t_2); if (MP_UNLIKELY(!!(!__pyx_t_1))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 123; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

  for (;;) {

          __pyx_t_4 = cy_Pyx_ForIter_Next(__pyx_t_1, &__pyx_t_2);

          if (MP_UNLIKELY(!!(!__pyx_t_4))) {

        if (MP_UNLIKELY(!!(cy_PyErr_Occurred()))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 123; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);
        break;
      }

    __pyx_v_w = __pyx_t_4;
    __pyx_t_4 = 0;

    /* "basics.pyx":124
 *     result = {}
 *     for w in words:
 *         result[w] = len(w)             # <<<<<<<<<<<<<<
 *     return result
 *
*/
    __pyx_t_5 = cy_PyObject_Length(__pyx_v_w); if (MP_UNLIKELY(!!(__pyx_t_5 == ((mp_int_t)-1)))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 124; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);
    __pyx_t_4 = cy_PyLong_FromSsize_t(__pyx_t_5); if (MP_UNLIKELY(!!(!__pyx_t_4))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 124; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

    if (MP_UNLIKELY(!!((cy_PyDict_SetItem(__pyx_v_result, __pyx_v_w, __pyx_t_4) < 0)))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 124; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);
     __pyx_t_4 = 0;

    /* "basics.pyx":123
 * def word_lengths(words):
 *     result = {}
 *     for w in words:             # <<<<<<<<<<<<<<
 *         result[w] = len(w)
 *     return result
*/
  }
   __pyx_t_1 = 0;

  /* "basics.pyx":125
 *     for w in words:
 *         result[w] = len(w)
 *     return result             # <<<<<<<<<<<<<<
 *
 *
*/
  {
    mp_obj_t __pyx_temp;
    {
      __pyx_temp = __pyx_r;

      __pyx_r = __pyx_v_result;
    }

  }
  goto __pyx_L0;

  /* "basics.pyx":121
 *
 *
 * def word_lengths(words):             # <<<<<<<<<<<<<<
 *     result = {}
 *     for w in words:
*/

  /* function exit code */
  __pyx_L1_error:;

  __pyx_traceback_0(".word_lengths", __pyx_lineno);
  __pyx_r = NULL;
  __pyx_L0:;

  return __pyx_r;
}

/* "basics.pyx":128
 *
 *
 * def format_row(name, int qty, double price):             # <<<<<<<<<<<<<<
 *     return "%-8s|%4d|%9.2f" % (name, qty, qty * price)
 *
*/

/* Python wrapper */
static mp_obj_t __pyx_pw_6basics_31format_row(mp_obj_t __pyx_self,

mp_obj_t const *__pyx_args, mp_int_t __pyx_nargs, mp_obj_t __pyx_kwds

); /*proto*/
static cy_PyMethodDef __pyx_mdef_6basics_31format_row = {"format_row", (cy_PyCFunction)(void(*)(void))(cy_Pyx_PyCFunction_FastCallWithKeywords)__pyx_pw_6basics_31format_row, cy_Pyx_METH_FASTCALL|cy_METH_KEYWORDS, 0};
static mp_obj_t __pyx_pw_6basics_31format_row(mp_obj_t __pyx_self,

mp_obj_t const *__pyx_args, mp_int_t __pyx_nargs, mp_obj_t __pyx_kwds

) {
  mp_obj_t __pyx_v_name = 0;
  int __pyx_v_qty;
  double __pyx_v_price;

  CYTHON_UNUSED mp_obj_t const *__pyx_kwvalues;
  mp_obj_t values[3]          ;
  int __pyx_lineno = 0;
  const char *__pyx_filename = NULL;
  int __pyx_clineno = 0;
  mp_obj_t __pyx_r = 0;
  __Pyx_RefNannyDeclarations

  __pyx_kwvalues = cy_Pyx_KwValues_FASTCALL(__pyx_args, __pyx_nargs);
  {
static mp_obj_t * const __pyx_pyargnames[] = { &__pyx_n_u_name, &__pyx_n_u_qty,
&__pyx_n_u_price, 0 };
static const cy_Pyx_ArgSpec __pyx_argspec = { "format_row",
__pyx_pyargnames, 3, 3, 3, 0,
0, 0,

cy_Pyx_ARGS_EXACT|cy_Pyx_ARGS_KEYWORDS|cy_Pyx_ARGS_CLEAR };
if (MP_LIKELY(!!(!__pyx_kwds && __pyx_nargs == 3))) {
values[0] = __pyx_args[0];
values[1] =
__pyx_args[1]; values[2] = __pyx_args[2];
} else if (cy_Pyx_ParseArgs(&__pyx_argspec, __pyx_args, __pyx_nargs, __pyx_kwds, values) < 0) {

do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 128; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L3_error; } while (0); }

    __pyx_v_name = values[0];
    __pyx_v_qty = cy_Pyx_PyLong_As_int(values[1]); if (MP_UNLIKELY(!!((__pyx_v_qty == (int)-1) && cy_PyErr_Occurred()))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 128; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L3_error; } while (0);
    __pyx_v_price = cy_Pyx_PyFloat_AsDouble(values[2]); if (MP_UNLIKELY(!!((__pyx_v_price == (double)-1) && cy_PyErr_Occurred()))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 128; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L3_error; } while (0);
  }

  goto __pyx_L4_argument_unpacking_done;
  __pyx_L3_error:;
  for (mp_int_t __pyx_temp=0; __pyx_temp < (mp_int_t)(sizeof(values)/sizeof(values[0])); ++__pyx_temp) {

  }
  __pyx_traceback_0(".format_row", __pyx_lineno);

  return NULL;
  __pyx_L4_argument_unpacking_done:;
  __pyx_r = __pyx_pf_6basics_30format_row(__pyx_self, __pyx_v_name, __pyx_v_qty, __pyx_v_price);

  /* function exit code */
  for (mp_int_t __pyx_temp=0; __pyx_temp < (mp_int_t)(sizeof(values)/sizeof(values[0])); ++__pyx_temp) {

  }

  return __pyx_r;
}

static mp_obj_t __pyx_pf_6basics_30format_row(CYTHON_UNUSED mp_obj_t __pyx_self, mp_obj_t __pyx_v_name, int __pyx_v_qty, double __pyx_v_price) {
  mp_obj_t __pyx_r = NULL;
  __Pyx_RefNannyDeclarations
  mp_obj_t __pyx_t_1 = NULL;
  mp_obj_t __pyx_t_2 = NULL;
  mp_obj_t __pyx_t_3 = NULL;
  mp_obj_t __pyx_t_4 = NULL;
  mp_obj_t __pyx_t_5[5];
  mp_int_t __pyx_t_6;
  int __pyx_t_7;
  int __pyx_lineno = 0;
  const char *__pyx_filename = NULL;
  int __pyx_clineno = 0;

  /* "basics.pyx":129
 *
 * def format_row(name, int qty, double price):
 *     return "%-8s|%4d|%9.2f" % (name, qty, qty * price)             # <<<<<<<<<<<<<<
 *
 *
*/
  __pyx_t_1 = cy_Pyx_PyObject_FormatAndDecref(cy_PyObject_Str(__pyx_v_name), __pyx_kp_u_8); if (MP_UNLIKELY(!!(!__pyx_t_1))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 129; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

  __pyx_t_2 = cy_Pyx_PyUnicode_From_int(__pyx_v_qty, 4, ' ', 'd'); if (MP_UNLIKELY(!!(!__pyx_t_2))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 129; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

  __pyx_t_3 = cy_PyFloat_FromDouble((__pyx_v_qty * __pyx_v_price)); if (MP_UNLIKELY(!!(!__pyx_t_3))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 129; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

  __pyx_t_4 = cy_Pyx_PyObject_Format(__pyx_t_3, __pyx_kp_u_9_2f); if (MP_UNLIKELY(!!(!__pyx_t_4))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 129; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

   __pyx_t_3 = 0;
  __pyx_t_5[0] = __pyx_t_1;
  __pyx_t_5[1] = __pyx_kp_u__5;
  __pyx_t_5[2] = __pyx_t_2;
  __pyx_t_5[3] = __pyx_kp_u__5;
  __pyx_t_5[4] = __pyx_t_4;
  __pyx_t_6 = 2;

  __pyx_t_7 = 0;

  __pyx_t_3 = cy_Pyx_PyUnicode_Join(__pyx_t_5, 5, __pyx_t_6, __pyx_t_7);
  if (MP_UNLIKELY(!!(!__pyx_t_3))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 129; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

   __pyx_t_1 = 0;
   __pyx_t_2 = 0;
   __pyx_t_4 = 0;
  {
    mp_obj_t __pyx_temp;
    {
      __pyx_temp = __pyx_r;
      __pyx_r = __pyx_t_3;
    }

  }
  __pyx_t_3 = 0;
  goto __pyx_L0;

  /* "basics.pyx":128
 *
 *
 * def format_row(name, int qty, double price):             # <<<<<<<<<<<<<<
 *     return "%-8s|%4d|%9.2f" % (name, qty, qty * price)
 *
*/

  /* function exit code */
  __pyx_L1_error:;

  __pyx_traceback_0(".format_row", __pyx_lineno);
  __pyx_r = NULL;
  __pyx_L0:;

  return __pyx_r;
}

/* "basics.pyx":132
 *
 *
 * def summary(prices):             # <<<<<<<<<<<<<<
 *     cdef double total = 0.0
 *     cdef double lo = 0.0
*/

/* Python wrapper */
static mp_obj_t __pyx_pw_6basics_33summary(mp_obj_t __pyx_self,

mp_obj_t const *__pyx_args, mp_int_t __pyx_nargs, mp_obj_t __pyx_kwds

); /*proto*/
static cy_PyMethodDef __pyx_mdef_6basics_33summary = {"summary", (cy_PyCFunction)(void(*)(void))(cy_Pyx_PyCFunction_FastCallWithKeywords)__pyx_pw_6basics_33summary, cy_Pyx_METH_FASTCALL|cy_METH_KEYWORDS, 0};
static mp_obj_t __pyx_pw_6basics_33summary(mp_obj_t __pyx_self,

mp_obj_t const *__pyx_args, mp_int_t __pyx_nargs, mp_obj_t __pyx_kwds

) {
  mp_obj_t __pyx_v_prices = 0;

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
&__pyx_n_u_prices, 0 };
static const cy_Pyx_ArgSpec __pyx_argspec = { "summary",
__pyx_pyargnames, 1, 1, 1, 0,
0, 0,

cy_Pyx_ARGS_EXACT|cy_Pyx_ARGS_KEYWORDS|cy_Pyx_ARGS_CLEAR };
if (MP_LIKELY(!!(!__pyx_kwds && __pyx_nargs == 1))) {
values[0] = __pyx_args[0];
} else if
(cy_Pyx_ParseArgs(&__pyx_argspec, __pyx_args,

__pyx_nargs, __pyx_kwds, values) < 0) {
do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 132; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L3_error; } while (0); }

    __pyx_v_prices = values[0];
  }

  goto __pyx_L4_argument_unpacking_done;
  __pyx_L3_error:;
  for (mp_int_t __pyx_temp=0; __pyx_temp < (mp_int_t)(sizeof(values)/sizeof(values[0])); ++__pyx_temp) {

  }
  __pyx_traceback_0(".summary", __pyx_lineno);

  return NULL;
  __pyx_L4_argument_unpacking_done:;
  __pyx_r = __pyx_pf_6basics_32summary(__pyx_self, __pyx_v_prices);

  /* function exit code */
  for (mp_int_t __pyx_temp=0; __pyx_temp < (mp_int_t)(sizeof(values)/sizeof(values[0])); ++__pyx_temp) {

  }

  return __pyx_r;
}

static mp_obj_t __pyx_pf_6basics_32summary(CYTHON_UNUSED mp_obj_t __pyx_self, mp_obj_t __pyx_v_prices) {
  double __pyx_v_total;
  double __pyx_v_lo;
  double __pyx_v_hi;
  int __pyx_v_count;
  mp_obj_t __pyx_v_p = NULL;
  mp_obj_t __pyx_r = NULL;
  __Pyx_RefNannyDeclarations
  mp_obj_t __pyx_t_1 = NULL;
  mp_int_t __pyx_t_2;

  mp_obj_t __pyx_t_4 = NULL;
  int __pyx_t_5;
  int __pyx_t_6;
  double __pyx_t_7;
  mp_obj_t __pyx_t_8 = NULL;
  size_t __pyx_t_9;
  int __pyx_lineno = 0;
  const char *__pyx_filename = NULL;
  int __pyx_clineno = 0;

  /* "basics.pyx":133
 *
 * def summary(prices):
 *     cdef double total = 0.0             # <<<<<<<<<<<<<<
 *     cdef double lo = 0.0
 *     cdef double hi = 0.0
*/
  __pyx_v_total = 0.0;

  /* "basics.pyx":134
 * def summary(prices):
 *     cdef double total = 0.0
 *     cdef double lo = 0.0             # <<<<<<<<<<<<<<
 *     cdef double hi = 0.0
 *     cdef int count = 0
*/
  __pyx_v_lo = 0.0;

  /* "basics.pyx":135
 *     cdef double total = 0.0
 *     cdef double lo = 0.0
 *     cdef double hi = 0.0             # <<<<<<<<<<<<<<
 *     cdef int count = 0
 *     for p in prices:
*/
  __pyx_v_hi = 0.0;

  /* "basics.pyx":136
 *     cdef double lo = 0.0
 *     cdef double hi = 0.0
 *     cdef int count = 0             # <<<<<<<<<<<<<<
 *     for p in prices:
 *         if count == 0 or p < lo:
*/
  __pyx_v_count = 0;

  /* "basics.pyx":137
 *     cdef double hi = 0.0
 *     cdef int count = 0
 *     for p in prices:             # <<<<<<<<<<<<<<
 *         if count == 0 or p < lo:
 *             lo = p
*/

    __pyx_t_1 = cy_Pyx_ForIter_Start(__pyx_v_prices, &__pyx_t_2); if (MP_UNLIKELY(!!(!__pyx_t_1))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 137; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

  for (;;) {

          __pyx_t_4 = cy_Pyx_ForIter_Next(__pyx_t_1, &__pyx_t_2);

          if (MP_UNLIKELY(!!(!__pyx_t_4))) {

        if (MP_UNLIKELY(!!(cy_PyErr_Occurred()))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 137; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);
        break;
      }

    __pyx_v_p = __pyx_t_4;
    __pyx_t_4 = 0;

    /* "basics.pyx":138
 *     cdef int count = 0
 *     for p in prices:
 *         if count == 0 or p < lo:             # <<<<<<<<<<<<<<
 *             lo = p
 *         if count == 0 or p > hi:
*/
    __pyx_t_6 = (__pyx_v_count == 0);

    if (!__pyx_t_6) {

    } else {

      __pyx_t_5 = __pyx_t_6;

      goto __pyx_L6_bool_binop_done;
    }
    __pyx_t_4 = cy_PyFloat_FromDouble(__pyx_v_lo); if (MP_UNLIKELY(!!(!__pyx_t_4))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 138; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

    __pyx_t_6 = cy_Pyx_PyObject_CompareBoolLt_object_float(__pyx_v_p, __pyx_t_4, cy_Py_LT); if (MP_UNLIKELY(!!((__pyx_t_6 < 0)))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 138; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);
     __pyx_t_4 = 0;

    __pyx_t_5 = __pyx_t_6;

    __pyx_L6_bool_binop_done:;
    if (__pyx_t_5) {

      /* "basics.pyx":139
 *     for p in prices:
 *         if count == 0 or p < lo:
 *             lo = p             # <<<<<<<<<<<<<<
 *         if count == 0 or p > hi:
 *             hi = p
*/
      __pyx_t_7 = cy_Pyx_PyFloat_AsDouble(__pyx_v_p); if (MP_UNLIKELY(!!((__pyx_t_7 == (double)-1) && cy_PyErr_Occurred()))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 139; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);
      __pyx_v_lo = __pyx_t_7;

      /* "basics.pyx":138
 *     cdef int count = 0
 *     for p in prices:
 *         if count == 0 or p < lo:             # <<<<<<<<<<<<<<
 *             lo = p
 *         if count == 0 or p > hi:
*/
    }

    /* "basics.pyx":140
 *         if count == 0 or p < lo:
 *             lo = p
 *         if count == 0 or p > hi:             # <<<<<<<<<<<<<<
 *             hi = p
 *         total += p
*/
    __pyx_t_6 = (__pyx_v_count == 0);

    if (!__pyx_t_6) {

    } else {

      __pyx_t_5 = __pyx_t_6;

      goto __pyx_L9_bool_binop_done;
    }
    __pyx_t_4 = cy_PyFloat_FromDouble(__pyx_v_hi); if (MP_UNLIKELY(!!(!__pyx_t_4))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 140; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

    __pyx_t_6 = cy_Pyx_PyObject_CompareBoolGt_object_float(__pyx_v_p, __pyx_t_4, cy_Py_GT); if (MP_UNLIKELY(!!((__pyx_t_6 < 0)))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 140; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);
     __pyx_t_4 = 0;

    __pyx_t_5 = __pyx_t_6;

    __pyx_L9_bool_binop_done:;
    if (__pyx_t_5) {

      /* "basics.pyx":141
 *             lo = p
 *         if count == 0 or p > hi:
 *             hi = p             # <<<<<<<<<<<<<<
 *         total += p
 *         count += 1
*/
      __pyx_t_7 = cy_Pyx_PyFloat_AsDouble(__pyx_v_p); if (MP_UNLIKELY(!!((__pyx_t_7 == (double)-1) && cy_PyErr_Occurred()))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 141; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);
      __pyx_v_hi = __pyx_t_7;

      /* "basics.pyx":140
 *         if count == 0 or p < lo:
 *             lo = p
 *         if count == 0 or p > hi:             # <<<<<<<<<<<<<<
 *             hi = p
 *         total += p
*/
    }

    /* "basics.pyx":142
 *         if count == 0 or p > hi:
 *             hi = p
 *         total += p             # <<<<<<<<<<<<<<
 *         count += 1
 *     if count == 0:
*/
    __pyx_t_4 = cy_PyFloat_FromDouble(__pyx_v_total); if (MP_UNLIKELY(!!(!__pyx_t_4))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 142; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

    __pyx_t_8 = cy_Pyx_PyNumber_InPlaceAdd_float_object(__pyx_t_4, __pyx_v_p); if (MP_UNLIKELY(!!(!__pyx_t_8))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 142; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

     __pyx_t_4 = 0;
    __pyx_t_7 = cy_Pyx_PyFloat_AsDouble(__pyx_t_8); if (MP_UNLIKELY(!!((__pyx_t_7 == (double)-1) && cy_PyErr_Occurred()))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 142; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);
     __pyx_t_8 = 0;
    __pyx_v_total = __pyx_t_7;

    /* "basics.pyx":143
 *             hi = p
 *         total += p
 *         count += 1             # <<<<<<<<<<<<<<
 *     if count == 0:
 *         raise ValueError("no prices")
*/
    __pyx_v_count = (__pyx_v_count + 1);

    /* "basics.pyx":137
 *     cdef double hi = 0.0
 *     cdef int count = 0
 *     for p in prices:             # <<<<<<<<<<<<<<
 *         if count == 0 or p < lo:
 *             lo = p
*/
  }
   __pyx_t_1 = 0;

  /* "basics.pyx":144
 *         total += p
 *         count += 1
 *     if count == 0:             # <<<<<<<<<<<<<<
 *         raise ValueError("no prices")
 *     return {"count": count, "total": total, "min": lo, "max": hi}
*/
  __pyx_t_5 = (__pyx_v_count == 0);

  if (MP_UNLIKELY(!!(__pyx_t_5))) {

    /* "basics.pyx":145
 *         count += 1
 *     if count == 0:
 *         raise ValueError("no prices")             # <<<<<<<<<<<<<<
 *     return {"count": count, "total": total, "min": lo, "max": hi}
 *
*/
    __pyx_t_8 = NULL;
    __pyx_t_9 = 1;
    {
      mp_obj_t __pyx_callargs[2] = {__pyx_t_8, __pyx_kp_u_no_prices};
      __pyx_t_1 = cy_Pyx_PyObject_FastCall((mp_obj_t)(((cy_PyTypeObject*)MP_OBJ_FROM_PTR(&mp_type_ValueError))), __pyx_callargs+__pyx_t_9, (2-__pyx_t_9) | (__pyx_t_9*cy_Pyx_PY_VECTORCALL_ARGUMENTS_OFFSET));
       __pyx_t_8 = 0;
      if (MP_UNLIKELY(!!(!__pyx_t_1))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 145; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

    }
    cy_Pyx_Raise(__pyx_t_1, 0, 0, 0);
     __pyx_t_1 = 0;
    do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 145; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

    /* "basics.pyx":144
 *         total += p
 *         count += 1
 *     if count == 0:             # <<<<<<<<<<<<<<
 *         raise ValueError("no prices")
 *     return {"count": count, "total": total, "min": lo, "max": hi}
*/
  }

  /* "basics.pyx":146
 *     if count == 0:
 *         raise ValueError("no prices")
 *     return {"count": count, "total": total, "min": lo, "max": hi}             # <<<<<<<<<<<<<<
 *
 *
*/
  __pyx_t_1 = cy_Pyx_PyDict_NewPresized(4); if (MP_UNLIKELY(!!(!__pyx_t_1))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 146; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

  __pyx_t_8 = cy_Pyx_PyLong_From_int(__pyx_v_count); if (MP_UNLIKELY(!!(!__pyx_t_8))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 146; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

  if (cy_PyDict_SetItem(__pyx_t_1, __pyx_n_u_count, __pyx_t_8) < (0)) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 146; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);
   __pyx_t_8 = 0;
  __pyx_t_8 = cy_PyFloat_FromDouble(__pyx_v_total); if (MP_UNLIKELY(!!(!__pyx_t_8))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 146; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

  if (cy_PyDict_SetItem(__pyx_t_1, __pyx_n_u_total, __pyx_t_8) < (0)) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 146; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);
   __pyx_t_8 = 0;
  __pyx_t_8 = cy_PyFloat_FromDouble(__pyx_v_lo); if (MP_UNLIKELY(!!(!__pyx_t_8))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 146; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

  if (cy_PyDict_SetItem(__pyx_t_1, __pyx_n_u_min, __pyx_t_8) < (0)) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 146; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);
   __pyx_t_8 = 0;
  __pyx_t_8 = cy_PyFloat_FromDouble(__pyx_v_hi); if (MP_UNLIKELY(!!(!__pyx_t_8))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 146; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

  if (cy_PyDict_SetItem(__pyx_t_1, __pyx_n_u_max, __pyx_t_8) < (0)) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 146; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);
   __pyx_t_8 = 0;
  {
    mp_obj_t __pyx_temp;
    {
      __pyx_temp = __pyx_r;
      __pyx_r = __pyx_t_1;
    }

  }
  __pyx_t_1 = 0;
  goto __pyx_L0;

  /* "basics.pyx":132
 *
 *
 * def summary(prices):             # <<<<<<<<<<<<<<
 *     cdef double total = 0.0
 *     cdef double lo = 0.0
*/

  /* function exit code */
  __pyx_L1_error:;

  __pyx_traceback_0(".summary", __pyx_lineno);
  __pyx_r = NULL;
  __pyx_L0:;

  return __pyx_r;
}

/* "basics.pyx":149
 *
 *
 * def record_sale(int qty=1):             # <<<<<<<<<<<<<<
 *     global sales_count
 *     sales_count += qty
*/

/* Python wrapper */
static mp_obj_t __pyx_pw_6basics_35record_sale(mp_obj_t __pyx_self,

mp_obj_t const *__pyx_args, mp_int_t __pyx_nargs, mp_obj_t __pyx_kwds

); /*proto*/
static cy_PyMethodDef __pyx_mdef_6basics_35record_sale = {"record_sale", (cy_PyCFunction)(void(*)(void))(cy_Pyx_PyCFunction_FastCallWithKeywords)__pyx_pw_6basics_35record_sale, cy_Pyx_METH_FASTCALL|cy_METH_KEYWORDS, 0};
static mp_obj_t __pyx_pw_6basics_35record_sale(mp_obj_t __pyx_self,

mp_obj_t const *__pyx_args, mp_int_t __pyx_nargs, mp_obj_t __pyx_kwds

) {
  int __pyx_v_qty;

  CYTHON_UNUSED mp_obj_t const *__pyx_kwvalues;
  mp_obj_t values[1] = {0};
  int __pyx_lineno = 0;
  const char *__pyx_filename = NULL;
  int __pyx_clineno = 0;
  mp_obj_t __pyx_r = 0;
  __Pyx_RefNannyDeclarations

  __pyx_kwvalues = cy_Pyx_KwValues_FASTCALL(__pyx_args, __pyx_nargs);
  {
static mp_obj_t * const __pyx_pyargnames[] = {
&__pyx_n_u_qty, 0 };
static const cy_Pyx_ArgSpec __pyx_argspec = { "record_sale",
__pyx_pyargnames, 1, 0, 1, 0,
0, 0, cy_Pyx_ARGS_KEYWORDS };
if
(MP_LIKELY(!!(!__pyx_kwds && __pyx_nargs >= 0 && __pyx_nargs <=
1))) {
for (mp_int_t i = 0; i <
__pyx_nargs; i++)
values[i] = __pyx_args[i];
} else
if (cy_Pyx_ParseArgs(&__pyx_argspec, __pyx_args,
__pyx_nargs, __pyx_kwds, values) < 0) { do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 149; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L3_error; } while (0); }

    if (values[0]) {
      __pyx_v_qty = cy_Pyx_PyLong_As_int(values[0]); if (MP_UNLIKELY(!!((__pyx_v_qty == (int)-1) && cy_PyErr_Occurred()))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 149; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L3_error; } while (0);
    } else {
      __pyx_v_qty = ((int)((int)1));
    }
  }

  goto __pyx_L4_argument_unpacking_done;
  __pyx_L3_error:;
  for (mp_int_t __pyx_temp=0; __pyx_temp < (mp_int_t)(sizeof(values)/sizeof(values[0])); ++__pyx_temp) {

  }
  __pyx_traceback_0(".record_sale", __pyx_lineno);

  return NULL;
  __pyx_L4_argument_unpacking_done:;
  __pyx_r = __pyx_pf_6basics_34record_sale(__pyx_self, __pyx_v_qty);

  /* function exit code */
  for (mp_int_t __pyx_temp=0; __pyx_temp < (mp_int_t)(sizeof(values)/sizeof(values[0])); ++__pyx_temp) {

  }

  return __pyx_r;
}

static mp_obj_t __pyx_pf_6basics_34record_sale(CYTHON_UNUSED mp_obj_t __pyx_self, int __pyx_v_qty) {
  mp_obj_t __pyx_r = NULL;
  __Pyx_RefNannyDeclarations
  mp_obj_t __pyx_t_1 = NULL;
  mp_obj_t __pyx_t_2 = NULL;
  mp_obj_t __pyx_t_3 = NULL;
  int __pyx_lineno = 0;
  const char *__pyx_filename = NULL;
  int __pyx_clineno = 0;

  /* "basics.pyx":151
 * def record_sale(int qty=1):
 *     global sales_count
 *     sales_count += qty             # <<<<<<<<<<<<<<
 *     return sales_count
 *
*/
  cy_Pyx_GetModuleGlobalName(__pyx_t_1, __pyx_n_u_sales_count); if (MP_UNLIKELY(!!(!__pyx_t_1))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 151; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

  __pyx_t_2 = cy_Pyx_PyLong_From_int(__pyx_v_qty); if (MP_UNLIKELY(!!(!__pyx_t_2))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 151; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

  __pyx_t_3 = cy_Pyx_PyNumber_InPlaceAdd_object_int(__pyx_t_1, __pyx_t_2); if (MP_UNLIKELY(!!(!__pyx_t_3))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 151; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

   __pyx_t_1 = 0;
   __pyx_t_2 = 0;
  if (cy_PyDict_SetItem(__pyx_mstate_global->__pyx_d, __pyx_n_u_sales_count, __pyx_t_3) < (0)) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 151; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);
   __pyx_t_3 = 0;

  /* "basics.pyx":152
 *     global sales_count
 *     sales_count += qty
 *     return sales_count             # <<<<<<<<<<<<<<
 *
 *
*/
  cy_Pyx_GetModuleGlobalName(__pyx_t_3, __pyx_n_u_sales_count); if (MP_UNLIKELY(!!(!__pyx_t_3))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 152; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

  {
    mp_obj_t __pyx_temp;
    {
      __pyx_temp = __pyx_r;
      __pyx_r = __pyx_t_3;
    }

  }
  __pyx_t_3 = 0;
  goto __pyx_L0;

  /* "basics.pyx":149
 *
 *
 * def record_sale(int qty=1):             # <<<<<<<<<<<<<<
 *     global sales_count
 *     sales_count += qty
*/

  /* function exit code */
  __pyx_L1_error:;

  __pyx_traceback_0(".record_sale", __pyx_lineno);
  __pyx_r = NULL;
  __pyx_L0:;

  return __pyx_r;
}

/* "basics.pyx":155
 *
 *
 * def checked_sqrt(double x):             # <<<<<<<<<<<<<<
 *     if x < 0:
 *         raise ValueError("cannot take the square root of a negative number")
*/

/* Python wrapper */
static mp_obj_t __pyx_pw_6basics_37checked_sqrt(mp_obj_t __pyx_self,

mp_obj_t const *__pyx_args, mp_int_t __pyx_nargs, mp_obj_t __pyx_kwds

); /*proto*/
static cy_PyMethodDef __pyx_mdef_6basics_37checked_sqrt = {"checked_sqrt", (cy_PyCFunction)(void(*)(void))(cy_Pyx_PyCFunction_FastCallWithKeywords)__pyx_pw_6basics_37checked_sqrt, cy_Pyx_METH_FASTCALL|cy_METH_KEYWORDS, 0};
static mp_obj_t __pyx_pw_6basics_37checked_sqrt(mp_obj_t __pyx_self,

mp_obj_t const *__pyx_args, mp_int_t __pyx_nargs, mp_obj_t __pyx_kwds

) {
  double __pyx_v_x;

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
static const cy_Pyx_ArgSpec __pyx_argspec = { "checked_sqrt",
__pyx_pyargnames, 1, 1, 1, 0,
0, 0,

cy_Pyx_ARGS_EXACT|cy_Pyx_ARGS_KEYWORDS|cy_Pyx_ARGS_CLEAR };
if (MP_LIKELY(!!(!__pyx_kwds && __pyx_nargs == 1))) {
values[0] = __pyx_args[0];
} else if
(cy_Pyx_ParseArgs(&__pyx_argspec, __pyx_args,

__pyx_nargs, __pyx_kwds, values) < 0) {
do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 155; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L3_error; } while (0); }

    __pyx_v_x = cy_Pyx_PyFloat_AsDouble(values[0]); if (MP_UNLIKELY(!!((__pyx_v_x == (double)-1) && cy_PyErr_Occurred()))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 155; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L3_error; } while (0);
  }

  goto __pyx_L4_argument_unpacking_done;
  __pyx_L3_error:;
  for (mp_int_t __pyx_temp=0; __pyx_temp < (mp_int_t)(sizeof(values)/sizeof(values[0])); ++__pyx_temp) {

  }
  __pyx_traceback_0(".checked_sqrt", __pyx_lineno);

  return NULL;
  __pyx_L4_argument_unpacking_done:;
  __pyx_r = __pyx_pf_6basics_36checked_sqrt(__pyx_self, __pyx_v_x);

  /* function exit code */
  for (mp_int_t __pyx_temp=0; __pyx_temp < (mp_int_t)(sizeof(values)/sizeof(values[0])); ++__pyx_temp) {

  }

  return __pyx_r;
}

static mp_obj_t __pyx_pf_6basics_36checked_sqrt(CYTHON_UNUSED mp_obj_t __pyx_self, double __pyx_v_x) {
  mp_obj_t __pyx_r = NULL;
  __Pyx_RefNannyDeclarations
  int __pyx_t_1;
  mp_obj_t __pyx_t_2 = NULL;
  mp_obj_t __pyx_t_3 = NULL;
  size_t __pyx_t_4;
  mp_obj_t __pyx_t_5 = NULL;
  mp_obj_t __pyx_t_6 = NULL;
  int __pyx_lineno = 0;
  const char *__pyx_filename = NULL;
  int __pyx_clineno = 0;

  /* "basics.pyx":156
 *
 * def checked_sqrt(double x):
 *     if x < 0:             # <<<<<<<<<<<<<<
 *         raise ValueError("cannot take the square root of a negative number")
 *     return math.sqrt(x)
*/
  __pyx_t_1 = (__pyx_v_x < 0.0);

  if (MP_UNLIKELY(!!(__pyx_t_1))) {

    /* "basics.pyx":157
 * def checked_sqrt(double x):
 *     if x < 0:
 *         raise ValueError("cannot take the square root of a negative number")             # <<<<<<<<<<<<<<
 *     return math.sqrt(x)
 *
*/
    __pyx_t_3 = NULL;
    __pyx_t_4 = 1;
    {
      mp_obj_t __pyx_callargs[2] = {__pyx_t_3, __pyx_kp_u_cannot_take_the_square_root_of_a};
      __pyx_t_2 = cy_Pyx_PyObject_FastCall((mp_obj_t)(((cy_PyTypeObject*)MP_OBJ_FROM_PTR(&mp_type_ValueError))), __pyx_callargs+__pyx_t_4, (2-__pyx_t_4) | (__pyx_t_4*cy_Pyx_PY_VECTORCALL_ARGUMENTS_OFFSET));
       __pyx_t_3 = 0;
      if (MP_UNLIKELY(!!(!__pyx_t_2))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 157; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

    }
    cy_Pyx_Raise(__pyx_t_2, 0, 0, 0);
     __pyx_t_2 = 0;
    do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 157; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

    /* "basics.pyx":156
 *
 * def checked_sqrt(double x):
 *     if x < 0:             # <<<<<<<<<<<<<<
 *         raise ValueError("cannot take the square root of a negative number")
 *     return math.sqrt(x)
*/
  }

  /* "basics.pyx":158
 *     if x < 0:
 *         raise ValueError("cannot take the square root of a negative number")
 *     return math.sqrt(x)             # <<<<<<<<<<<<<<
 *
 *
*/
  __pyx_t_3 = NULL;
  cy_Pyx_GetModuleGlobalName(__pyx_t_5, __pyx_n_u_math); if (MP_UNLIKELY(!!(!__pyx_t_5))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 158; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

  __pyx_t_6 = cy_Pyx_PyObject_GetAttrStr(__pyx_t_5, __pyx_n_u_sqrt); if (MP_UNLIKELY(!!(!__pyx_t_6))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 158; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

   __pyx_t_5 = 0;
  __pyx_t_5 = cy_PyFloat_FromDouble(__pyx_v_x); if (MP_UNLIKELY(!!(!__pyx_t_5))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 158; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

  __pyx_t_4 = 1;

  {
    mp_obj_t __pyx_callargs[2] = {__pyx_t_3, __pyx_t_5};
    __pyx_t_2 = cy_Pyx_PyObject_FastCall((mp_obj_t)__pyx_t_6, __pyx_callargs+__pyx_t_4, (2-__pyx_t_4) | (__pyx_t_4*cy_Pyx_PY_VECTORCALL_ARGUMENTS_OFFSET));
     __pyx_t_3 = 0;
     __pyx_t_5 = 0;
     __pyx_t_6 = 0;
    if (MP_UNLIKELY(!!(!__pyx_t_2))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 158; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

  }
  {
    mp_obj_t __pyx_temp;
    {
      __pyx_temp = __pyx_r;
      __pyx_r = __pyx_t_2;
    }

  }
  __pyx_t_2 = 0;
  goto __pyx_L0;

  /* "basics.pyx":155
 *
 *
 * def checked_sqrt(double x):             # <<<<<<<<<<<<<<
 *     if x < 0:
 *         raise ValueError("cannot take the square root of a negative number")
*/

  /* function exit code */
  __pyx_L1_error:;

  __pyx_traceback_0(".checked_sqrt", __pyx_lineno);
  __pyx_r = NULL;
  __pyx_L0:;

  return __pyx_r;
}

/* "basics.pyx":161
 *
 *
 * def hypot(double a, double b):             # <<<<<<<<<<<<<<
 *     return math.sqrt(square(a) + square(b))
 *
*/

/* Python wrapper */
static mp_obj_t __pyx_pw_6basics_39hypot(mp_obj_t __pyx_self,

mp_obj_t const *__pyx_args, mp_int_t __pyx_nargs, mp_obj_t __pyx_kwds

); /*proto*/
static cy_PyMethodDef __pyx_mdef_6basics_39hypot = {"hypot", (cy_PyCFunction)(void(*)(void))(cy_Pyx_PyCFunction_FastCallWithKeywords)__pyx_pw_6basics_39hypot, cy_Pyx_METH_FASTCALL|cy_METH_KEYWORDS, 0};
static mp_obj_t __pyx_pw_6basics_39hypot(mp_obj_t __pyx_self,

mp_obj_t const *__pyx_args, mp_int_t __pyx_nargs, mp_obj_t __pyx_kwds

) {
  double __pyx_v_a;
  double __pyx_v_b;

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
static const cy_Pyx_ArgSpec __pyx_argspec = { "hypot", __pyx_pyargnames,
2, 2, 2, 0, 0, 0,

cy_Pyx_ARGS_EXACT|cy_Pyx_ARGS_KEYWORDS|cy_Pyx_ARGS_CLEAR };
if (MP_LIKELY(!!(!__pyx_kwds && __pyx_nargs == 2))) {
values[0] = __pyx_args[0];
values[1] =
__pyx_args[1];
} else if (cy_Pyx_ParseArgs(&__pyx_argspec, __pyx_args, __pyx_nargs, __pyx_kwds, values) < 0) {

do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 161; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L3_error; } while (0); }

    __pyx_v_a = cy_Pyx_PyFloat_AsDouble(values[0]); if (MP_UNLIKELY(!!((__pyx_v_a == (double)-1) && cy_PyErr_Occurred()))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 161; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L3_error; } while (0);
    __pyx_v_b = cy_Pyx_PyFloat_AsDouble(values[1]); if (MP_UNLIKELY(!!((__pyx_v_b == (double)-1) && cy_PyErr_Occurred()))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 161; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L3_error; } while (0);
  }

  goto __pyx_L4_argument_unpacking_done;
  __pyx_L3_error:;
  for (mp_int_t __pyx_temp=0; __pyx_temp < (mp_int_t)(sizeof(values)/sizeof(values[0])); ++__pyx_temp) {

  }
  __pyx_traceback_0(".hypot", __pyx_lineno);

  return NULL;
  __pyx_L4_argument_unpacking_done:;
  __pyx_r = __pyx_pf_6basics_38hypot(__pyx_self, __pyx_v_a, __pyx_v_b);

  /* function exit code */
  for (mp_int_t __pyx_temp=0; __pyx_temp < (mp_int_t)(sizeof(values)/sizeof(values[0])); ++__pyx_temp) {

  }

  return __pyx_r;
}

static mp_obj_t __pyx_pf_6basics_38hypot(CYTHON_UNUSED mp_obj_t __pyx_self, double __pyx_v_a, double __pyx_v_b) {
  mp_obj_t __pyx_r = NULL;
  __Pyx_RefNannyDeclarations
  mp_obj_t __pyx_t_1 = NULL;
  mp_obj_t __pyx_t_2 = NULL;
  mp_obj_t __pyx_t_3 = NULL;
  mp_obj_t __pyx_t_4 = NULL;
  double __pyx_t_5;
  double __pyx_t_6;
  size_t __pyx_t_7;
  int __pyx_lineno = 0;
  const char *__pyx_filename = NULL;
  int __pyx_clineno = 0;

  /* "basics.pyx":162
 *
 * def hypot(double a, double b):
 *     return math.sqrt(square(a) + square(b))             # <<<<<<<<<<<<<<
 *
 *
*/
  __pyx_t_2 = NULL;
  cy_Pyx_GetModuleGlobalName(__pyx_t_3, __pyx_n_u_math); if (MP_UNLIKELY(!!(!__pyx_t_3))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 162; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

  __pyx_t_4 = cy_Pyx_PyObject_GetAttrStr(__pyx_t_3, __pyx_n_u_sqrt); if (MP_UNLIKELY(!!(!__pyx_t_4))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 162; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

   __pyx_t_3 = 0;
  __pyx_t_5 = __pyx_f_6basics_square(__pyx_v_a); if (MP_UNLIKELY(!!(__pyx_t_5 == ((double)-1) && cy_PyErr_Occurred()))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 162; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);
  __pyx_t_6 = __pyx_f_6basics_square(__pyx_v_b); if (MP_UNLIKELY(!!(__pyx_t_6 == ((double)-1) && cy_PyErr_Occurred()))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 162; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);
  __pyx_t_3 = cy_PyFloat_FromDouble((__pyx_t_5 + __pyx_t_6)); if (MP_UNLIKELY(!!(!__pyx_t_3))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 162; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

  __pyx_t_7 = 1;

  {
    mp_obj_t __pyx_callargs[2] = {__pyx_t_2, __pyx_t_3};
    __pyx_t_1 = cy_Pyx_PyObject_FastCall((mp_obj_t)__pyx_t_4, __pyx_callargs+__pyx_t_7, (2-__pyx_t_7) | (__pyx_t_7*cy_Pyx_PY_VECTORCALL_ARGUMENTS_OFFSET));
     __pyx_t_2 = 0;
     __pyx_t_3 = 0;
     __pyx_t_4 = 0;
    if (MP_UNLIKELY(!!(!__pyx_t_1))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 162; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

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

  /* "basics.pyx":161
 *
 *
 * def hypot(double a, double b):             # <<<<<<<<<<<<<<
 *     return math.sqrt(square(a) + square(b))
 *
*/

  /* function exit code */
  __pyx_L1_error:;

  __pyx_traceback_0(".hypot", __pyx_lineno);
  __pyx_r = NULL;
  __pyx_L0:;

  return __pyx_r;
}

/* "basics.pyx":165
 *
 *
 * def circle_area(double r):             # <<<<<<<<<<<<<<
 *     return math.pi * r * r
 *
*/

/* Python wrapper */
static mp_obj_t __pyx_pw_6basics_41circle_area(mp_obj_t __pyx_self,

mp_obj_t const *__pyx_args, mp_int_t __pyx_nargs, mp_obj_t __pyx_kwds

); /*proto*/
static cy_PyMethodDef __pyx_mdef_6basics_41circle_area = {"circle_area", (cy_PyCFunction)(void(*)(void))(cy_Pyx_PyCFunction_FastCallWithKeywords)__pyx_pw_6basics_41circle_area, cy_Pyx_METH_FASTCALL|cy_METH_KEYWORDS, 0};
static mp_obj_t __pyx_pw_6basics_41circle_area(mp_obj_t __pyx_self,

mp_obj_t const *__pyx_args, mp_int_t __pyx_nargs, mp_obj_t __pyx_kwds

) {
  double __pyx_v_r;

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
&__pyx_n_u_r, 0 };
static const cy_Pyx_ArgSpec __pyx_argspec = { "circle_area",
__pyx_pyargnames, 1, 1, 1, 0,
0, 0,

cy_Pyx_ARGS_EXACT|cy_Pyx_ARGS_KEYWORDS|cy_Pyx_ARGS_CLEAR };
if (MP_LIKELY(!!(!__pyx_kwds && __pyx_nargs == 1))) {
values[0] = __pyx_args[0];
} else if
(cy_Pyx_ParseArgs(&__pyx_argspec, __pyx_args,

__pyx_nargs, __pyx_kwds, values) < 0) {
do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 165; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L3_error; } while (0); }

    __pyx_v_r = cy_Pyx_PyFloat_AsDouble(values[0]); if (MP_UNLIKELY(!!((__pyx_v_r == (double)-1) && cy_PyErr_Occurred()))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 165; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L3_error; } while (0);
  }

  goto __pyx_L4_argument_unpacking_done;
  __pyx_L3_error:;
  for (mp_int_t __pyx_temp=0; __pyx_temp < (mp_int_t)(sizeof(values)/sizeof(values[0])); ++__pyx_temp) {

  }
  __pyx_traceback_0(".circle_area", __pyx_lineno);

  return NULL;
  __pyx_L4_argument_unpacking_done:;
  __pyx_r = __pyx_pf_6basics_40circle_area(__pyx_self, __pyx_v_r);

  /* function exit code */
  for (mp_int_t __pyx_temp=0; __pyx_temp < (mp_int_t)(sizeof(values)/sizeof(values[0])); ++__pyx_temp) {

  }

  return __pyx_r;
}

static mp_obj_t __pyx_pf_6basics_40circle_area(CYTHON_UNUSED mp_obj_t __pyx_self, double __pyx_v_r) {
  mp_obj_t __pyx_r = NULL;
  __Pyx_RefNannyDeclarations
  mp_obj_t __pyx_t_1 = NULL;
  mp_obj_t __pyx_t_2 = NULL;
  mp_obj_t __pyx_t_3 = NULL;
  int __pyx_lineno = 0;
  const char *__pyx_filename = NULL;
  int __pyx_clineno = 0;

  /* "basics.pyx":166
 *
 * def circle_area(double r):
 *     return math.pi * r * r             # <<<<<<<<<<<<<<
 *
 *
*/
  cy_Pyx_GetModuleGlobalName(__pyx_t_1, __pyx_n_u_math); if (MP_UNLIKELY(!!(!__pyx_t_1))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 166; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

  __pyx_t_2 = cy_Pyx_PyObject_GetAttrStr(__pyx_t_1, __pyx_n_u_pi); if (MP_UNLIKELY(!!(!__pyx_t_2))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 166; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

   __pyx_t_1 = 0;
  __pyx_t_1 = cy_PyFloat_FromDouble(__pyx_v_r); if (MP_UNLIKELY(!!(!__pyx_t_1))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 166; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

  __pyx_t_3 = cy_Pyx_PyNumber_Multiply_object_float(__pyx_t_2, __pyx_t_1); if (MP_UNLIKELY(!!(!__pyx_t_3))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 166; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

   __pyx_t_2 = 0;
   __pyx_t_1 = 0;
  __pyx_t_1 = cy_PyFloat_FromDouble(__pyx_v_r); if (MP_UNLIKELY(!!(!__pyx_t_1))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 166; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

  __pyx_t_2 = cy_Pyx_PyNumber_Multiply_object_float(__pyx_t_3, __pyx_t_1); if (MP_UNLIKELY(!!(!__pyx_t_2))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 166; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

   __pyx_t_3 = 0;
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

  /* "basics.pyx":165
 *
 *
 * def circle_area(double r):             # <<<<<<<<<<<<<<
 *     return math.pi * r * r
 *
*/

  /* function exit code */
  __pyx_L1_error:;

  __pyx_traceback_0(".circle_area", __pyx_lineno);
  __pyx_r = NULL;
  __pyx_L0:;

  return __pyx_r;
}

/* "basics.pyx":169
 *
 *
 * def apply(func, items):             # <<<<<<<<<<<<<<
 *     return [func(x) for x in items]
 *
*/

/* Python wrapper */
static mp_obj_t __pyx_pw_6basics_43apply(mp_obj_t __pyx_self,

mp_obj_t const *__pyx_args, mp_int_t __pyx_nargs, mp_obj_t __pyx_kwds

); /*proto*/
static cy_PyMethodDef __pyx_mdef_6basics_43apply = {"apply", (cy_PyCFunction)(void(*)(void))(cy_Pyx_PyCFunction_FastCallWithKeywords)__pyx_pw_6basics_43apply, cy_Pyx_METH_FASTCALL|cy_METH_KEYWORDS, 0};
static mp_obj_t __pyx_pw_6basics_43apply(mp_obj_t __pyx_self,

mp_obj_t const *__pyx_args, mp_int_t __pyx_nargs, mp_obj_t __pyx_kwds

) {
  mp_obj_t __pyx_v_func = 0;
  mp_obj_t __pyx_v_items = 0;

  CYTHON_UNUSED mp_obj_t const *__pyx_kwvalues;
  mp_obj_t values[2]        ;
  int __pyx_lineno = 0;
  const char *__pyx_filename = NULL;
  int __pyx_clineno = 0;
  mp_obj_t __pyx_r = 0;
  __Pyx_RefNannyDeclarations

  __pyx_kwvalues = cy_Pyx_KwValues_FASTCALL(__pyx_args, __pyx_nargs);
  {
static mp_obj_t * const __pyx_pyargnames[] = { &__pyx_n_u_func,
&__pyx_n_u_items, 0 };
static const cy_Pyx_ArgSpec __pyx_argspec = { "apply", __pyx_pyargnames,
2, 2, 2, 0, 0, 0,

cy_Pyx_ARGS_EXACT|cy_Pyx_ARGS_KEYWORDS|cy_Pyx_ARGS_CLEAR };
if (MP_LIKELY(!!(!__pyx_kwds && __pyx_nargs == 2))) {
values[0] = __pyx_args[0];
values[1] =
__pyx_args[1];
} else if (cy_Pyx_ParseArgs(&__pyx_argspec, __pyx_args, __pyx_nargs, __pyx_kwds, values) < 0) {

do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 169; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L3_error; } while (0); }

    __pyx_v_func = values[0];
    __pyx_v_items = values[1];
  }

  goto __pyx_L4_argument_unpacking_done;
  __pyx_L3_error:;
  for (mp_int_t __pyx_temp=0; __pyx_temp < (mp_int_t)(sizeof(values)/sizeof(values[0])); ++__pyx_temp) {

  }
  __pyx_traceback_0(".apply", __pyx_lineno);

  return NULL;
  __pyx_L4_argument_unpacking_done:;
  __pyx_r = __pyx_pf_6basics_42apply(__pyx_self, __pyx_v_func, __pyx_v_items);

  /* function exit code */
  for (mp_int_t __pyx_temp=0; __pyx_temp < (mp_int_t)(sizeof(values)/sizeof(values[0])); ++__pyx_temp) {

  }

  return __pyx_r;
}

static mp_obj_t __pyx_pf_6basics_42apply(CYTHON_UNUSED mp_obj_t __pyx_self, mp_obj_t __pyx_v_func, mp_obj_t __pyx_v_items) {
  mp_obj_t __pyx_7genexpr__pyx_v_x = NULL;
  mp_obj_t __pyx_r = NULL;
  __Pyx_RefNannyDeclarations
  mp_obj_t __pyx_t_1 = NULL;
  mp_obj_t __pyx_t_2 = NULL;
  mp_int_t __pyx_t_3;

  mp_obj_t __pyx_t_5 = NULL;
  mp_obj_t __pyx_t_6 = NULL;
  mp_obj_t __pyx_t_7 = NULL;
  size_t __pyx_t_8;
  int __pyx_lineno = 0;
  const char *__pyx_filename = NULL;
  int __pyx_clineno = 0;

  /* "basics.pyx":170
 *
 * def apply(func, items):
 *     return [func(x) for x in items]             # <<<<<<<<<<<<<<
 *
 *
*/
  { /* enter inner scope */
    __pyx_t_1 = cy_PyList_New(0); if (MP_UNLIKELY(!!(!__pyx_t_1))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 170; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L5_error; } while (0);

      __pyx_t_2 = cy_Pyx_ForIter_Start(__pyx_v_items, &__pyx_t_3); if (MP_UNLIKELY(!!(!__pyx_t_2))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 170; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L5_error; } while (0);

    for (;;) {

            __pyx_t_5 = cy_Pyx_ForIter_Next(__pyx_t_2, &__pyx_t_3);

            if (MP_UNLIKELY(!!(!__pyx_t_5))) {

          if (MP_UNLIKELY(!!(cy_PyErr_Occurred()))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 170; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L5_error; } while (0);
          break;
        }

      __pyx_7genexpr__pyx_v_x = __pyx_t_5;
      __pyx_t_5 = 0;
      __pyx_t_6 = NULL;

      __pyx_t_7 = __pyx_v_func;
      __pyx_t_8 = 1;

      {
        mp_obj_t __pyx_callargs[2] = {__pyx_t_6, __pyx_7genexpr__pyx_v_x};
        __pyx_t_5 = cy_Pyx_PyObject_FastCall((mp_obj_t)__pyx_t_7, __pyx_callargs+__pyx_t_8, (2-__pyx_t_8) | (__pyx_t_8*cy_Pyx_PY_VECTORCALL_ARGUMENTS_OFFSET));
         __pyx_t_6 = 0;
         __pyx_t_7 = 0;
        if (MP_UNLIKELY(!!(!__pyx_t_5))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 170; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L5_error; } while (0);

      }

      if (MP_UNLIKELY(!!(cy_Pyx_ListComp_AppendAndDecref(__pyx_t_1, __pyx_t_5)))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 170; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L5_error; } while (0);
      __pyx_t_5 = 0;
    }
     __pyx_t_2 = 0;
     __pyx_7genexpr__pyx_v_x = 0;
    goto __pyx_L9_exit_scope;
    __pyx_L5_error:;
     __pyx_7genexpr__pyx_v_x = 0;
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

  /* "basics.pyx":169
 *
 *
 * def apply(func, items):             # <<<<<<<<<<<<<<
 *     return [func(x) for x in items]
 *
*/

  /* function exit code */
  __pyx_L1_error:;

  __pyx_traceback_0(".apply", __pyx_lineno);
  __pyx_r = NULL;
  __pyx_L0:;

  return __pyx_r;
}

/* "basics.pyx":173
 *
 *
 * def apply_twice(func, x):             # <<<<<<<<<<<<<<
 *     return func(func(x))
 *
*/

/* Python wrapper */
static mp_obj_t __pyx_pw_6basics_45apply_twice(mp_obj_t __pyx_self,

mp_obj_t const *__pyx_args, mp_int_t __pyx_nargs, mp_obj_t __pyx_kwds

); /*proto*/
static cy_PyMethodDef __pyx_mdef_6basics_45apply_twice = {"apply_twice", (cy_PyCFunction)(void(*)(void))(cy_Pyx_PyCFunction_FastCallWithKeywords)__pyx_pw_6basics_45apply_twice, cy_Pyx_METH_FASTCALL|cy_METH_KEYWORDS, 0};
static mp_obj_t __pyx_pw_6basics_45apply_twice(mp_obj_t __pyx_self,

mp_obj_t const *__pyx_args, mp_int_t __pyx_nargs, mp_obj_t __pyx_kwds

) {
  mp_obj_t __pyx_v_func = 0;
  mp_obj_t __pyx_v_x = 0;

  CYTHON_UNUSED mp_obj_t const *__pyx_kwvalues;
  mp_obj_t values[2]        ;
  int __pyx_lineno = 0;
  const char *__pyx_filename = NULL;
  int __pyx_clineno = 0;
  mp_obj_t __pyx_r = 0;
  __Pyx_RefNannyDeclarations

  __pyx_kwvalues = cy_Pyx_KwValues_FASTCALL(__pyx_args, __pyx_nargs);
  {
static mp_obj_t * const __pyx_pyargnames[] = { &__pyx_n_u_func,
&__pyx_n_u_x, 0 };
static const cy_Pyx_ArgSpec __pyx_argspec = { "apply_twice",
__pyx_pyargnames, 2, 2, 2, 0,
0, 0,

cy_Pyx_ARGS_EXACT|cy_Pyx_ARGS_KEYWORDS|cy_Pyx_ARGS_CLEAR };
if (MP_LIKELY(!!(!__pyx_kwds && __pyx_nargs == 2))) {
values[0] = __pyx_args[0];
values[1] =
__pyx_args[1];
} else if (cy_Pyx_ParseArgs(&__pyx_argspec, __pyx_args, __pyx_nargs, __pyx_kwds, values) < 0) {

do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 173; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L3_error; } while (0); }

    __pyx_v_func = values[0];
    __pyx_v_x = values[1];
  }

  goto __pyx_L4_argument_unpacking_done;
  __pyx_L3_error:;
  for (mp_int_t __pyx_temp=0; __pyx_temp < (mp_int_t)(sizeof(values)/sizeof(values[0])); ++__pyx_temp) {

  }
  __pyx_traceback_0(".apply_twice", __pyx_lineno);

  return NULL;
  __pyx_L4_argument_unpacking_done:;
  __pyx_r = __pyx_pf_6basics_44apply_twice(__pyx_self, __pyx_v_func, __pyx_v_x);

  /* function exit code */
  for (mp_int_t __pyx_temp=0; __pyx_temp < (mp_int_t)(sizeof(values)/sizeof(values[0])); ++__pyx_temp) {

  }

  return __pyx_r;
}

static mp_obj_t __pyx_pf_6basics_44apply_twice(CYTHON_UNUSED mp_obj_t __pyx_self, mp_obj_t __pyx_v_func, mp_obj_t __pyx_v_x) {
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

  /* "basics.pyx":174
 *
 * def apply_twice(func, x):
 *     return func(func(x))             # <<<<<<<<<<<<<<
 *
 *
*/
  __pyx_t_2 = NULL;

  __pyx_t_3 = __pyx_v_func;
  __pyx_t_5 = NULL;

  __pyx_t_6 = __pyx_v_func;
  __pyx_t_7 = 1;

  {
    mp_obj_t __pyx_callargs[2] = {__pyx_t_5, __pyx_v_x};
    __pyx_t_4 = cy_Pyx_PyObject_FastCall((mp_obj_t)__pyx_t_6, __pyx_callargs+__pyx_t_7, (2-__pyx_t_7) | (__pyx_t_7*cy_Pyx_PY_VECTORCALL_ARGUMENTS_OFFSET));
     __pyx_t_5 = 0;
     __pyx_t_6 = 0;
    if (MP_UNLIKELY(!!(!__pyx_t_4))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 174; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

  }
  __pyx_t_7 = 1;

  {
    mp_obj_t __pyx_callargs[2] = {__pyx_t_2, __pyx_t_4};
    __pyx_t_1 = cy_Pyx_PyObject_FastCall((mp_obj_t)__pyx_t_3, __pyx_callargs+__pyx_t_7, (2-__pyx_t_7) | (__pyx_t_7*cy_Pyx_PY_VECTORCALL_ARGUMENTS_OFFSET));
     __pyx_t_2 = 0;
     __pyx_t_4 = 0;
     __pyx_t_3 = 0;
    if (MP_UNLIKELY(!!(!__pyx_t_1))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 174; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

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

  /* "basics.pyx":173
 *
 *
 * def apply_twice(func, x):             # <<<<<<<<<<<<<<
 *     return func(func(x))
 *
*/

  /* function exit code */
  __pyx_L1_error:;

  __pyx_traceback_0(".apply_twice", __pyx_lineno);
  __pyx_r = NULL;
  __pyx_L0:;

  return __pyx_r;
}

/* "basics.pyx":177
 *
 *
 * def convert(double value, str unit="mm"):             # <<<<<<<<<<<<<<
 *     if unit not in UNITS:
 *         raise ValueError("unknown unit " + unit)
*/

/* Python wrapper */
static mp_obj_t __pyx_pw_6basics_47convert(mp_obj_t __pyx_self,

mp_obj_t const *__pyx_args, mp_int_t __pyx_nargs, mp_obj_t __pyx_kwds

); /*proto*/
static cy_PyMethodDef __pyx_mdef_6basics_47convert = {"convert", (cy_PyCFunction)(void(*)(void))(cy_Pyx_PyCFunction_FastCallWithKeywords)__pyx_pw_6basics_47convert, cy_Pyx_METH_FASTCALL|cy_METH_KEYWORDS, 0};
static mp_obj_t __pyx_pw_6basics_47convert(mp_obj_t __pyx_self,

mp_obj_t const *__pyx_args, mp_int_t __pyx_nargs, mp_obj_t __pyx_kwds

) {
  double __pyx_v_value;
  mp_obj_t __pyx_v_unit = 0;

  CYTHON_UNUSED mp_obj_t const *__pyx_kwvalues;
  mp_obj_t values[2] = {0,0};
  int __pyx_lineno = 0;
  const char *__pyx_filename = NULL;
  int __pyx_clineno = 0;
  mp_obj_t __pyx_r = 0;
  __Pyx_RefNannyDeclarations

  __pyx_kwvalues = cy_Pyx_KwValues_FASTCALL(__pyx_args, __pyx_nargs);
  {
static mp_obj_t * const __pyx_pyargnames[] = { &__pyx_n_u_value,
&__pyx_n_u_unit, 0 };
static const cy_Pyx_ArgSpec __pyx_argspec = { "convert",
__pyx_pyargnames, 2, 1, 2, 0,
0, 0, cy_Pyx_ARGS_KEYWORDS };
if
(MP_LIKELY(!!(!__pyx_kwds && __pyx_nargs >= 1 && __pyx_nargs <=
2))) {
for (mp_int_t i = 0; i <
__pyx_nargs;
i++) values[i] = __pyx_args[i];
} else if (cy_Pyx_ParseArgs(&__pyx_argspec, __pyx_args, __pyx_nargs, __pyx_kwds, values) < 0) {

do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 177; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L3_error; } while (0); }
if
(!values[1]) values[1] =
((mp_obj_t)((mp_obj_t)__pyx_n_u_mm));

    __pyx_v_value = cy_Pyx_PyFloat_AsDouble(values[0]); if (MP_UNLIKELY(!!((__pyx_v_value == (double)-1) && cy_PyErr_Occurred()))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 177; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L3_error; } while (0);
    __pyx_v_unit = ((mp_obj_t)values[1]);
  }

  goto __pyx_L4_argument_unpacking_done;
  __pyx_L3_error:;
  for (mp_int_t __pyx_temp=0; __pyx_temp < (mp_int_t)(sizeof(values)/sizeof(values[0])); ++__pyx_temp) {

  }
  __pyx_traceback_0(".convert", __pyx_lineno);

  return NULL;
  __pyx_L4_argument_unpacking_done:;
  if (MP_UNLIKELY(!!(!cy_Pyx_ArgTypeTest(((mp_obj_t )__pyx_v_unit), (&cy_PyUnicode_Type), 1, "unit", 1)))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 177; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);
  __pyx_r = __pyx_pf_6basics_46convert(__pyx_self, __pyx_v_value, __pyx_v_unit);

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

static mp_obj_t __pyx_pf_6basics_46convert(CYTHON_UNUSED mp_obj_t __pyx_self, double __pyx_v_value, mp_obj_t __pyx_v_unit) {
  mp_obj_t __pyx_r = NULL;
  __Pyx_RefNannyDeclarations
  mp_obj_t __pyx_t_1 = NULL;
  int __pyx_t_2;
  mp_obj_t __pyx_t_3 = NULL;
  mp_obj_t __pyx_t_4 = NULL;
  size_t __pyx_t_5;
  int __pyx_lineno = 0;
  const char *__pyx_filename = NULL;
  int __pyx_clineno = 0;

  /* "basics.pyx":178
 *
 * def convert(double value, str unit="mm"):
 *     if unit not in UNITS:             # <<<<<<<<<<<<<<
 *         raise ValueError("unknown unit " + unit)
 *     if unit == "cm":
*/
  cy_Pyx_GetModuleGlobalName(__pyx_t_1, __pyx_n_u_UNITS); if (MP_UNLIKELY(!!(!__pyx_t_1))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 178; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

  __pyx_t_2 = (cy_Pyx_PySequence_ContainsTF(__pyx_v_unit, __pyx_t_1, cy_Py_NE)); if (MP_UNLIKELY(!!((__pyx_t_2 < 0)))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 178; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);
   __pyx_t_1 = 0;
  if (MP_UNLIKELY(!!(__pyx_t_2))) {

    /* "basics.pyx":179
 * def convert(double value, str unit="mm"):
 *     if unit not in UNITS:
 *         raise ValueError("unknown unit " + unit)             # <<<<<<<<<<<<<<
 *     if unit == "cm":
 *         return value / 10.0
*/
    __pyx_t_3 = NULL;
    __pyx_t_4 = cy_Pyx_PyUnicode_ConcatSafe(__pyx_kp_u_unknown_unit, __pyx_v_unit); if (MP_UNLIKELY(!!(!__pyx_t_4))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 179; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

    __pyx_t_5 = 1;
    {
      mp_obj_t __pyx_callargs[2] = {__pyx_t_3, __pyx_t_4};
      __pyx_t_1 = cy_Pyx_PyObject_FastCall((mp_obj_t)(((cy_PyTypeObject*)MP_OBJ_FROM_PTR(&mp_type_ValueError))), __pyx_callargs+__pyx_t_5, (2-__pyx_t_5) | (__pyx_t_5*cy_Pyx_PY_VECTORCALL_ARGUMENTS_OFFSET));
       __pyx_t_3 = 0;
       __pyx_t_4 = 0;
      if (MP_UNLIKELY(!!(!__pyx_t_1))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 179; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

    }
    cy_Pyx_Raise(__pyx_t_1, 0, 0, 0);
     __pyx_t_1 = 0;
    do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 179; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

    /* "basics.pyx":178
 *
 * def convert(double value, str unit="mm"):
 *     if unit not in UNITS:             # <<<<<<<<<<<<<<
 *         raise ValueError("unknown unit " + unit)
 *     if unit == "cm":
*/
  }

  /* "basics.pyx":180
 *     if unit not in UNITS:
 *         raise ValueError("unknown unit " + unit)
 *     if unit == "cm":             # <<<<<<<<<<<<<<
 *         return value / 10.0
 *     if unit == "m":
*/
  __pyx_t_2 = cy_Pyx_PyObject_CompareBoolEq_str_str(__pyx_v_unit, __pyx_n_u_cm, cy_Py_EQ); if (MP_UNLIKELY(!!((__pyx_t_2 < 0)))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 180; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);
  if (__pyx_t_2) {

    /* "basics.pyx":181
 *         raise ValueError("unknown unit " + unit)
 *     if unit == "cm":
 *         return value / 10.0             # <<<<<<<<<<<<<<
 *     if unit == "m":
 *         return value / 1000.0
*/
    __pyx_t_1 = cy_PyFloat_FromDouble((__pyx_v_value / 10.0)); if (MP_UNLIKELY(!!(!__pyx_t_1))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 181; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

    {
      mp_obj_t __pyx_temp;
      {
        __pyx_temp = __pyx_r;
        __pyx_r = __pyx_t_1;
      }

    }
    __pyx_t_1 = 0;
    goto __pyx_L0;

    /* "basics.pyx":180
 *     if unit not in UNITS:
 *         raise ValueError("unknown unit " + unit)
 *     if unit == "cm":             # <<<<<<<<<<<<<<
 *         return value / 10.0
 *     if unit == "m":
*/
  }

  /* "basics.pyx":182
 *     if unit == "cm":
 *         return value / 10.0
 *     if unit == "m":             # <<<<<<<<<<<<<<
 *         return value / 1000.0
 *     return value
*/
  __pyx_t_2 = (cy_PyObject_RichCompareBool(__pyx_v_unit, __pyx_n_u_m, cy_Py_EQ)); if (MP_UNLIKELY(!!((__pyx_t_2 < 0)))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 182; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);
  if (__pyx_t_2) {

    /* "basics.pyx":183
 *         return value / 10.0
 *     if unit == "m":
 *         return value / 1000.0             # <<<<<<<<<<<<<<
 *     return value
*/
    __pyx_t_1 = cy_PyFloat_FromDouble((__pyx_v_value / 1000.0)); if (MP_UNLIKELY(!!(!__pyx_t_1))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 183; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

    {
      mp_obj_t __pyx_temp;
      {
        __pyx_temp = __pyx_r;
        __pyx_r = __pyx_t_1;
      }

    }
    __pyx_t_1 = 0;
    goto __pyx_L0;

    /* "basics.pyx":182
 *     if unit == "cm":
 *         return value / 10.0
 *     if unit == "m":             # <<<<<<<<<<<<<<
 *         return value / 1000.0
 *     return value
*/
  }

  /* "basics.pyx":184
 *     if unit == "m":
 *         return value / 1000.0
 *     return value             # <<<<<<<<<<<<<<
*/
  __pyx_t_1 = cy_PyFloat_FromDouble(__pyx_v_value); if (MP_UNLIKELY(!!(!__pyx_t_1))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 184; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

  {
    mp_obj_t __pyx_temp;
    {
      __pyx_temp = __pyx_r;
      __pyx_r = __pyx_t_1;
    }

  }
  __pyx_t_1 = 0;
  goto __pyx_L0;

  /* "basics.pyx":177
 *
 *
 * def convert(double value, str unit="mm"):             # <<<<<<<<<<<<<<
 *     if unit not in UNITS:
 *         raise ValueError("unknown unit " + unit)
*/

  /* function exit code */
  __pyx_L1_error:;

  __pyx_traceback_0(".convert", __pyx_lineno);
  __pyx_r = NULL;
  __pyx_L0:;

  return __pyx_r;
}
/* #### Code section: module_exttypes ### */

static cy_PyType_Slot __pyx_type_6basics___pyx_defaults_slots[] = {

{cy_Py_tp_new, (void *)cy_Pyx_tp_new_basic},
{cy_Py_tp_vectorcall, (void *)cy_Pyx_tp_vectorcall_basic},

  {0, 0},
};
static cy_PyType_Spec __pyx_type_6basics___pyx_defaults_spec = {
  "basics.__pyx_defaults",
  sizeof(struct __pyx_defaults),
  0,
  cy_Py_TPFLAGS_DEFAULT|cy_Py_TPFLAGS_HAVE_VERSION_TAG,
  __pyx_type_6basics___pyx_defaults_slots,
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
static CYTHON_SMALL_CODE int __Pyx_modinit_Exttype___pyx_defaults(__pyx_mstatetype *__pyx_mstate); /*proto*/
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

static int __Pyx_modinit_Exttype___pyx_defaults(__pyx_mstatetype *__pyx_mstate) {
  __Pyx_RefNannyDeclarations
  int __pyx_lineno = 0;
  const char *__pyx_filename = NULL;
  int __pyx_clineno = 0;
  (void)(__pyx_mstate);

  /*--- Exttype __pyx_defaults ---*/

  __pyx_mstate->__pyx_ptype_6basics___pyx_defaults = (cy_PyTypeObject *) cy_Pyx_PyType_FromModuleAndSpec(__pyx_m, &__pyx_type_6basics___pyx_defaults_spec, NULL); if (MP_UNLIKELY(!!(!__pyx_mstate->__pyx_ptype_6basics___pyx_defaults))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 44; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

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

static CYTHON_SMALL_CODE int __pyx_pymod_exec_basics(mp_obj_t __pyx_pyinit_module)

{
  int stringtab_initialized = 0;

  __pyx_mstatetype *__pyx_mstate = NULL;
  mp_obj_t __pyx_t_1 = NULL;
  mp_obj_t __pyx_t_2 = NULL;
  mp_obj_t __pyx_t_3 = NULL;
  double __pyx_t_4;
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

  if (MP_UNLIKELY(!!((__Pyx_modinit_Exttype___pyx_defaults(__pyx_mstate) < 0)))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 1; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);
  (void)__Pyx_modinit_Type_import_code(__pyx_mstate);
  (void)__Pyx_modinit_Variable_import_code(__pyx_mstate);
  (void)__Pyx_modinit_Function_import_code(__pyx_mstate);
  if (__Pyx_InitAfterSharedUtility() < (0)) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 1; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);
  /*--- Execution code ---*/

  /* "basics.pyx":5
 * Python objects that a first Cython module tends to contain."""
 *
 * import math             # <<<<<<<<<<<<<<
 *
 * VERSION = "1.2"
*/
  __pyx_t_1 = cy_Pyx_Import(__pyx_n_u_math, 0, 0, NULL, 0); if (MP_UNLIKELY(!!(!__pyx_t_1))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 5; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);
  __pyx_t_2 = __pyx_t_1;

  if (cy_PyDict_SetItem(__pyx_mstate_global->__pyx_d, __pyx_n_u_math, __pyx_t_2) < (0)) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 5; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);
   __pyx_t_2 = 0;

  /* "basics.pyx":7
 * import math
 *
 * VERSION = "1.2"             # <<<<<<<<<<<<<<
 * MAX_PRIMES_LIMIT = 1000
 * DEFAULT_SCALE = 2.5
*/
  if (cy_PyDict_SetItem(__pyx_mstate_global->__pyx_d, __pyx_n_u_VERSION, __pyx_kp_u_1_2) < (0)) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 7; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

  /* "basics.pyx":8
 *
 * VERSION = "1.2"
 * MAX_PRIMES_LIMIT = 1000             # <<<<<<<<<<<<<<
 * DEFAULT_SCALE = 2.5
 * UNITS = ("mm", "cm", "m")
*/
  if (cy_PyDict_SetItem(__pyx_mstate_global->__pyx_d, __pyx_n_u_MAX_PRIMES_LIMIT, MP_OBJ_NEW_SMALL_INT(1000)         ) < (0)) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 8; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

  /* "basics.pyx":9
 * VERSION = "1.2"
 * MAX_PRIMES_LIMIT = 1000
 * DEFAULT_SCALE = 2.5             # <<<<<<<<<<<<<<
 * UNITS = ("mm", "cm", "m")
 *
*/
  if (cy_PyDict_SetItem(__pyx_mstate_global->__pyx_d, __pyx_n_u_DEFAULT_SCALE, __pyx_mstate_global->__pyx_float_2_5) < (0)) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 9; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

  /* "basics.pyx":10
 * MAX_PRIMES_LIMIT = 1000
 * DEFAULT_SCALE = 2.5
 * UNITS = ("mm", "cm", "m")             # <<<<<<<<<<<<<<
 *
 * # Changed by record_sale() through `global`; read back as basics.sales_count.
*/
  if (cy_PyDict_SetItem(__pyx_mstate_global->__pyx_d, __pyx_n_u_UNITS, __pyx_mstate_global->__pyx_tuple[0]) < (0)) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 10; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

  /* "basics.pyx":13
 *
 * # Changed by record_sale() through `global`; read back as basics.sales_count.
 * sales_count = 0             # <<<<<<<<<<<<<<
 *
 *
*/
  if (cy_PyDict_SetItem(__pyx_mstate_global->__pyx_d, __pyx_n_u_sales_count, MP_OBJ_NEW_SMALL_INT(0)         ) < (0)) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 13; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

  /* "basics.pyx":32
 *
 *
 * def add(a, b):             # <<<<<<<<<<<<<<
 *     return a + b
 *
*/
  { static const cy_Pyx_DefSpec __pyx_defs[] = { { &__pyx_mdef_6basics_1add, &__pyx_n_u_add, &__pyx_n_u_add, 0, 0 }, { &__pyx_mdef_6basics_3greet, &__pyx_n_u_greet, &__pyx_n_u_greet, 0, 2 }, }; if

(cy_Pyx_DefineFunctions(__pyx_defs, 2,
__pyx_mstate_global->__pyx_d, cy_PyDict_SetItem,

__pyx_n_u_basics, __pyx_mstate_global->__pyx_d, __pyx_mstate_global->__pyx_tuple) < (0)) {
do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 32; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0); } }

  /* "basics.pyx":40
 *
 *
 * def describe(name, *, int age=0, city="nowhere"):             # <<<<<<<<<<<<<<
 *     return "%s (%d) from %s" % (name, age, city)
 *
*/
  __pyx_t_2 = cy_Pyx_PyDict_NewPresized(2); if (MP_UNLIKELY(!!(!__pyx_t_2))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 40; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

  __pyx_t_3 = cy_Pyx_PyLong_From_int(((int)0)); if (MP_UNLIKELY(!!(!__pyx_t_3))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 40; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

  if (cy_PyDict_SetItem(__pyx_t_2, __pyx_n_u_age, __pyx_t_3) < (0)) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 40; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);
   __pyx_t_3 = 0;
  if (cy_PyDict_SetItem(__pyx_t_2, __pyx_n_u_city, ((mp_obj_t)__pyx_n_u_nowhere)) < (0)) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 40; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);
  __pyx_t_3 = cy_Pyx_CyFunction_New(&__pyx_mdef_6basics_5describe, 0, __pyx_n_u_describe, NULL, __pyx_n_u_basics, __pyx_mstate_global->__pyx_d, ((mp_obj_t )__pyx_mstate_global->__pyx_codeobj_tab[2])); if (MP_UNLIKELY(!!(!__pyx_t_3))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 40; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

  cy_Pyx_CyFunction_SetDefaultsKwDict(__pyx_t_3, __pyx_t_2);
   __pyx_t_2 = 0;
  if (cy_PyDict_SetItem(__pyx_mstate_global->__pyx_d, __pyx_n_u_describe, __pyx_t_3) < (0)) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 40; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);
   __pyx_t_3 = 0;

  /* "basics.pyx":44
 *
 *
 * def scaled(double x, double factor=DEFAULT_SCALE):             # <<<<<<<<<<<<<<
 *     return x * factor
 *
*/
  __pyx_t_3 = cy_Pyx_CyFunction_New(&__pyx_mdef_6basics_7scaled, 0, __pyx_n_u_scaled, NULL, __pyx_n_u_basics, __pyx_mstate_global->__pyx_d, ((mp_obj_t )__pyx_mstate_global->__pyx_codeobj_tab[3])); if (MP_UNLIKELY(!!(!__pyx_t_3))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 44; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

  if (!cy_Pyx_CyFunction_InitDefaults(__pyx_t_3, __pyx_mstate_global->__pyx_ptype_6basics___pyx_defaults)) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 44; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);
  cy_Pyx_GetModuleGlobalName(__pyx_t_2, __pyx_n_u_DEFAULT_SCALE); if (MP_UNLIKELY(!!(!__pyx_t_2))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 44; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

  __pyx_t_4 = cy_Pyx_PyFloat_AsDouble(__pyx_t_2); if (MP_UNLIKELY(!!((__pyx_t_4 == (double)-1) && cy_PyErr_Occurred()))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 44; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);
   __pyx_t_2 = 0;
  cy_Pyx_CyFunction_Defaults(struct __pyx_defaults, __pyx_t_3)->arg0 = __pyx_t_4;

  cy_Pyx_CyFunction_SetDefaultsGetter(__pyx_t_3, __pyx_pf_6basics_48__defaults__);
  if (cy_PyDict_SetItem(__pyx_mstate_global->__pyx_d, __pyx_n_u_scaled, __pyx_t_3) < (0)) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 44; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);
   __pyx_t_3 = 0;

  /* "basics.pyx":48
 *
 *
 * def fib(int n):             # <<<<<<<<<<<<<<
 *     cdef long long a = 0
 *     cdef long long b = 1
*/
  { static const cy_Pyx_DefSpec __pyx_defs[] = { { &__pyx_mdef_6basics_9fib, &__pyx_n_u_fib, &__pyx_n_u_fib, 0, 0 }, { &__pyx_mdef_6basics_11primes_below, &__pyx_n_u_primes_below, &__pyx_n_u_primes_below, 0,
0 }, {
&__pyx_mdef_6basics_13count_primes,
&__pyx_n_u_count_primes,

&__pyx_n_u_count_primes, 0, 0 }, { &__pyx_mdef_6basics_15sum_of_squares,

&__pyx_n_u_sum_of_squares,

&__pyx_n_u_sum_of_squares, 0, 0 }, { &__pyx_mdef_6basics_17percent, &__pyx_n_u_percent, &__pyx_n_u_percent, 0, 0 }, { &__pyx_mdef_6basics_19is_even, &__pyx_n_u_is_even, &__pyx_n_u_is_even, 0, 0 }, {

&__pyx_mdef_6basics_21split_pair,
&__pyx_n_u_split_pair,

&__pyx_n_u_split_pair, 0, 0 }, { &__pyx_mdef_6basics_23nothing, &__pyx_n_u_nothing,
&__pyx_n_u_nothing,

0, 0 }, {

&__pyx_mdef_6basics_25maybe_first,

&__pyx_n_u_maybe_first, &__pyx_n_u_maybe_first, 0, 0 }, { &__pyx_mdef_6basics_27count_vowels, &__pyx_n_u_count_vowels, &__pyx_n_u_count_vowels, 0, 0 }, { &__pyx_mdef_6basics_29word_lengths,

&__pyx_n_u_word_lengths,
&__pyx_n_u_word_lengths, 0, 0 },
{
&__pyx_mdef_6basics_31format_row, &__pyx_n_u_format_row, &__pyx_n_u_format_row, 0, 0 }, {
&__pyx_mdef_6basics_33summary,

&__pyx_n_u_summary,

&__pyx_n_u_summary, 0, 0 }, }; if (cy_Pyx_DefineFunctions(__pyx_defs, 13, __pyx_mstate_global->__pyx_d, cy_PyDict_SetItem, __pyx_n_u_basics, __pyx_mstate_global->__pyx_d, NULL) < (0)) { do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 48; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0); } }

  /* "basics.pyx":149
 *
 *
 * def record_sale(int qty=1):             # <<<<<<<<<<<<<<
 *     global sales_count
 *     sales_count += qty
*/
  __pyx_t_3 = cy_Pyx_PyLong_From_int(((int)1)); if (MP_UNLIKELY(!!(!__pyx_t_3))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 149; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

  {
    mp_obj_t __pyx_temp[1] = {__pyx_t_3};
    __pyx_t_2 = cy_Pyx_PyTuple_FromArray(__pyx_temp, 1); if (MP_UNLIKELY(!!(!__pyx_t_2))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 149; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

  }
   __pyx_t_3 = 0;
  __pyx_t_3 = cy_Pyx_CyFunction_New(&__pyx_mdef_6basics_35record_sale, 0, __pyx_n_u_record_sale, NULL, __pyx_n_u_basics, __pyx_mstate_global->__pyx_d, ((mp_obj_t )__pyx_mstate_global->__pyx_codeobj_tab[17])); if (MP_UNLIKELY(!!(!__pyx_t_3))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 149; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

  cy_Pyx_CyFunction_SetDefaultsTuple(__pyx_t_3, __pyx_t_2);
   __pyx_t_2 = 0;
  if (cy_PyDict_SetItem(__pyx_mstate_global->__pyx_d, __pyx_n_u_record_sale, __pyx_t_3) < (0)) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 149; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);
   __pyx_t_3 = 0;

  /* "basics.pyx":155
 *
 *
 * def checked_sqrt(double x):             # <<<<<<<<<<<<<<
 *     if x < 0:
 *         raise ValueError("cannot take the square root of a negative number")
*/
  { static const cy_Pyx_DefSpec __pyx_defs[] = { { &__pyx_mdef_6basics_37checked_sqrt, &__pyx_n_u_checked_sqrt, &__pyx_n_u_checked_sqrt, 0, 0 }, { &__pyx_mdef_6basics_39hypot, &__pyx_n_u_hypot, &__pyx_n_u_hypot, 0, 0 }, {

&__pyx_mdef_6basics_41circle_area,
&__pyx_n_u_circle_area,

&__pyx_n_u_circle_area, 0, 0 }, { &__pyx_mdef_6basics_43apply, &__pyx_n_u_apply,
&__pyx_n_u_apply, 0,

0 }, {

&__pyx_mdef_6basics_45apply_twice,
&__pyx_n_u_apply_twice,

&__pyx_n_u_apply_twice, 0, 0 }, { &__pyx_mdef_6basics_47convert, &__pyx_n_u_convert, &__pyx_n_u_convert, 0, 3 }, }; if (cy_Pyx_DefineFunctions(__pyx_defs, 6, __pyx_mstate_global->__pyx_d, cy_PyDict_SetItem,

__pyx_n_u_basics,
__pyx_mstate_global->__pyx_d,

__pyx_mstate_global->__pyx_tuple) < (0)) { do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 155; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0); } }

  /* "basics.pyx":1
 * # cython: language_level=3             # <<<<<<<<<<<<<<
 * """Small inventory helpers: the everyday mix of typed C loops and plain
 * Python objects that a first Cython module tends to contain."""
*/
  __pyx_t_3 = cy_Pyx_PyDict_NewPresized(0); if (MP_UNLIKELY(!!(!__pyx_t_3))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 1; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);

  if (cy_PyDict_SetItem(__pyx_mstate_global->__pyx_d, __pyx_n_u_test, __pyx_t_3) < (0)) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 1; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);
   __pyx_t_3 = 0;

  /*--- Wrapped vars code ---*/

  goto __pyx_L0;
    __pyx_L1_error:;
  if (stringtab_initialized) {
    __pyx_traceback_0("init basics", __pyx_lineno);
  }
  return -1;
  __pyx_L0:;
  return 0;
}
/* #### Code section: pystring_table ### */
/* #### Code section: cached_builtins ### */

static int __Pyx_InitCachedBuiltins(__pyx_mstatetype *__pyx_mstate) {
  (void)(__pyx_mstate);

  /* Cached unbound methods */

  return 0;
}
/* #### Code section: cached_constants ### */

static int __Pyx_InitCachedConstants(__pyx_mstatetype *__pyx_mstate) {
  __Pyx_RefNannyDeclarations
  int __pyx_lineno = 0;
  const char *__pyx_filename = NULL;
  int __pyx_clineno = 0;
  (void)(__pyx_mstate);

  /* "basics.pyx":10
 * MAX_PRIMES_LIMIT = 1000
 * DEFAULT_SCALE = 2.5
 * UNITS = ("mm", "cm", "m")             # <<<<<<<<<<<<<<
 *
 * # Changed by record_sale() through `global`; read back as basics.sales_count.
*/
  {

__pyx_mstate_global->__pyx_tuple[0] = (mp_obj_t )&__pyx_rom_tuple_0;

  }

  /* "basics.pyx":36
 *
 *
 * def greet(name, greeting="Hello", punctuation="!"):             # <<<<<<<<<<<<<<
 *     return greeting + ", " + name + punctuation
 *
*/
  {

__pyx_mstate_global->__pyx_tuple[1] = (mp_obj_t )&__pyx_rom_tuple_1;

  }

  /* "basics.pyx":177
 *
 *
 * def convert(double value, str unit="mm"):             # <<<<<<<<<<<<<<
 *     if unit not in UNITS:
 *         raise ValueError("unknown unit " + unit)
*/
  {

__pyx_mstate_global->__pyx_tuple[2] = (mp_obj_t )&__pyx_rom_tuple_2;

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

  {
    mp_obj_t *numbertab = __pyx_mstate->__pyx_number_tab;
    double const c_constants[] = {2.5};
    for (int i = 0; i < 1; i++) {
      numbertab[i] = cy_PyFloat_FromDouble(c_constants[i]);
      if (MP_UNLIKELY(!!(!numbertab[i]))) do { __pyx_filename = __pyx_f[0]; (void)__pyx_filename; __pyx_lineno = 1; (void)__pyx_lineno; (void)__pyx_clineno; goto __pyx_L1_error; } while (0);
    }
  }

  return 0;
  __pyx_L1_error:;
  return -1;
}
/* #### Code section: init_codeobjects ### */

typedef struct {
    unsigned int argcount : 2;
    unsigned int num_posonly_args : 1;
    unsigned int num_kwonly_args : 2;
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

static CYTHON_INLINE int __Pyx_div_int(int a, int b, int b_is_constant) {
    int q = a / b;
    int r = a - q*b;
    int adapt_python = (b_is_constant ?
        ((r != 0) & ((r < 0) ^ (b < 0))) :
        ((r != 0) & ((r ^ b) < 0))
    );
    return q - adapt_python;
}

static CYTHON_INLINE int __Pyx_mod_int(int a, int b, int b_is_constant) {
    int r = a % b;
    int adapt_python = (b_is_constant ?
        ((r != 0) & ((r < 0) ^ (b < 0))) :
        ((r != 0) & ((r ^ b) < 0))
    );
    return r + adapt_python * b;
}

/* ---- MicroPython module registration (cython2upy) ---- */

/* Runs on every import (built-in modules are not cached in sys.modules), so it is idempotent:
 * the module body runs once, and again only if it failed. */
static mp_obj_t cy2upy_init_basics(void) {
    if (MP_STATE_VM(cy2upy_state_basics) == NULL) {
        MP_STATIC_ASSERT(offsetof(__pyx_mstatetype, __pyx_empty_unicode) == offsetof(cy_module_state_head_t, empty_unicode));
        static const mp_obj_str_t doc = {{&mp_type_str}, 0, sizeof(__pyx_k_Small_inventory_helpers_the_ever) - 1, (const byte *)__pyx_k_Small_inventory_helpers_the_ever};
        __pyx_mstatetype *state = cy_module_state_new(sizeof(__pyx_mstatetype), MP_OBJ_NEW_QSTR(MP_QSTR_basics), CY_DOC_OBJ(MP_OBJ_FROM_PTR(&doc)));
        MP_STATE_VM(cy2upy_state_basics) = state;
        if (__pyx_pymod_exec_basics(MP_OBJ_NULL) < 0) {
            MP_STATE_VM(cy2upy_state_basics) = NULL;
            cy_raise_pending();
        }
    }
    return mp_const_none;
}
static MP_DEFINE_CONST_FUN_OBJ_0(cy2upy_init_obj_basics, cy2upy_init_basics);

/* Loads, stores and deletes of module attributes go to the module's RAM dict.
 * (Not static: MP_REGISTER_MODULE_DELEGATION's table refers to it from another file.) */
void cy2upy_attr_basics(mp_obj_t self_in, qstr attr, mp_obj_t *dest) {
    (void)self_in;
    cy_module_state_attr(&MP_STATE_VM(cy2upy_state_basics), cy2upy_init_basics, attr, dest);
}

static const mp_rom_map_elem_t cy2upy_globals_table_basics[] = {
    { MP_ROM_QSTR(MP_QSTR___name__), MP_ROM_QSTR(MP_QSTR_basics) },
    { MP_ROM_QSTR(MP_QSTR___init__), MP_ROM_PTR(&cy2upy_init_obj_basics) },
};
static MP_DEFINE_CONST_DICT(cy2upy_globals_basics, cy2upy_globals_table_basics);

const mp_obj_module_t cy2upy_module_basics = {
    .base = { &mp_type_module },
    .globals = (mp_obj_dict_t *)&cy2upy_globals_basics,
};

MP_REGISTER_MODULE(MP_QSTR_basics, cy2upy_module_basics);
MP_REGISTER_MODULE_DELEGATION(cy2upy_module_basics, cy2upy_attr_basics);
