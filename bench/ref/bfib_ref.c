// Hand-written counterpart of bench/bfib.pyx.
#include "py/runtime.h"

static mp_obj_t fib(mp_obj_t n_in) {
    mp_int_t n = mp_obj_get_int(n_in);
    long a = 0, b = 1;
    for (mp_int_t i = 0; i < n; i++) {
        long t = a + b;
        a = b;
        b = t;
    }
    return mp_obj_new_int(a);
}
static MP_DEFINE_CONST_FUN_OBJ_1(fib_obj, fib);

static const mp_rom_map_elem_t bfib_ref_globals_table[] = {
    { MP_ROM_QSTR(MP_QSTR___name__), MP_ROM_QSTR(MP_QSTR_bfib_ref) },
    { MP_ROM_QSTR(MP_QSTR_fib), MP_ROM_PTR(&fib_obj) },
};
static MP_DEFINE_CONST_DICT(bfib_ref_globals, bfib_ref_globals_table);

const mp_obj_module_t bfib_ref_module = {
    .base = { &mp_type_module },
    .globals = (mp_obj_dict_t *)&bfib_ref_globals,
};
MP_REGISTER_MODULE(MP_QSTR_bfib_ref, bfib_ref_module);
