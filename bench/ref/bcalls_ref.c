// Hand-written counterpart of bench/bcalls.pyx: functions that only return, with 0, 2 and 4
// positional arguments, with keywords (a, b=1, c=2), and with two int arguments.
#include "py/runtime.h"

static mp_obj_t f0(void) {
    return mp_const_none;
}
static MP_DEFINE_CONST_FUN_OBJ_0(f0_obj, f0);

static mp_obj_t f2(mp_obj_t a, mp_obj_t b) {
    (void)b;
    return a;
}
static MP_DEFINE_CONST_FUN_OBJ_2(f2_obj, f2);

static mp_obj_t f4(size_t n_args, const mp_obj_t *args) {
    (void)n_args;
    return args[0];
}
static MP_DEFINE_CONST_FUN_OBJ_VAR_BETWEEN(f4_obj, 4, 4, f4);

static mp_obj_t fkw(size_t n_args, const mp_obj_t *pos_args, mp_map_t *kw_args) {
    enum { ARG_a, ARG_b, ARG_c };
    static const mp_arg_t allowed_args[] = {
        { MP_QSTR_a, MP_ARG_REQUIRED | MP_ARG_OBJ, {.u_obj = MP_OBJ_NULL} },
        { MP_QSTR_b, MP_ARG_OBJ, {.u_rom_obj = MP_ROM_INT(1)} },
        { MP_QSTR_c, MP_ARG_OBJ, {.u_rom_obj = MP_ROM_INT(2)} },
    };
    mp_arg_val_t args[MP_ARRAY_SIZE(allowed_args)];
    mp_arg_parse_all(n_args, pos_args, kw_args, MP_ARRAY_SIZE(allowed_args), allowed_args, args);
    return args[ARG_a].u_obj;
}
static MP_DEFINE_CONST_FUN_OBJ_KW(fkw_obj, 1, fkw);

static mp_obj_t add2(mp_obj_t a_in, mp_obj_t b_in) {
    // Cython's `int` arguments: C ints, so the sum cannot overflow a small int on 64-bit.
    mp_int_t a = mp_obj_get_int(a_in);
    mp_int_t b = mp_obj_get_int(b_in);
    return mp_obj_new_int(a + b);
}
static MP_DEFINE_CONST_FUN_OBJ_2(add2_obj, add2);

static const mp_rom_map_elem_t bcalls_ref_globals_table[] = {
    { MP_ROM_QSTR(MP_QSTR___name__), MP_ROM_QSTR(MP_QSTR_bcalls_ref) },
    { MP_ROM_QSTR(MP_QSTR_f0), MP_ROM_PTR(&f0_obj) },
    { MP_ROM_QSTR(MP_QSTR_f2), MP_ROM_PTR(&f2_obj) },
    { MP_ROM_QSTR(MP_QSTR_f4), MP_ROM_PTR(&f4_obj) },
    { MP_ROM_QSTR(MP_QSTR_fkw), MP_ROM_PTR(&fkw_obj) },
    { MP_ROM_QSTR(MP_QSTR_add2), MP_ROM_PTR(&add2_obj) },
};
static MP_DEFINE_CONST_DICT(bcalls_ref_globals, bcalls_ref_globals_table);

const mp_obj_module_t bcalls_ref_module = {
    .base = { &mp_type_module },
    .globals = (mp_obj_dict_t *)&bcalls_ref_globals,
};
MP_REGISTER_MODULE(MP_QSTR_bcalls_ref, bcalls_ref_module);
