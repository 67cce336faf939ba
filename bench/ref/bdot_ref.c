// Hand-written counterpart of bench/bdot.pyx: the dot product of two lists of floats.
#include "py/runtime.h"

static mp_obj_t dot(mp_obj_t a_in, mp_obj_t b_in) {
    size_t na, nb;
    mp_obj_t *a, *b;
    mp_obj_get_array(a_in, &na, &a);
    mp_obj_get_array(b_in, &nb, &b);
    if (nb < na) {
        mp_raise_msg(&mp_type_IndexError, MP_ERROR_TEXT("list index out of range"));
    }
    mp_float_t s = 0;
    for (size_t i = 0; i < na; i++) {
        s += mp_obj_get_float(a[i]) * mp_obj_get_float(b[i]);
    }
    return mp_obj_new_float(s);
}
static MP_DEFINE_CONST_FUN_OBJ_2(dot_obj, dot);

static const mp_rom_map_elem_t bdot_ref_globals_table[] = {
    { MP_ROM_QSTR(MP_QSTR___name__), MP_ROM_QSTR(MP_QSTR_bdot_ref) },
    { MP_ROM_QSTR(MP_QSTR_dot), MP_ROM_PTR(&dot_obj) },
};
static MP_DEFINE_CONST_DICT(bdot_ref_globals, bdot_ref_globals_table);

const mp_obj_module_t bdot_ref_module = {
    .base = { &mp_type_module },
    .globals = (mp_obj_dict_t *)&bdot_ref_globals,
};
MP_REGISTER_MODULE(MP_QSTR_bdot_ref, bdot_ref_module);
