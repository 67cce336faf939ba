// Hand-written counterpart of bench/bdotmv.pyx: the dot product of two buffers of doubles
// (array('d')), read through the buffer protocol.
#include "py/runtime.h"

static mp_obj_t dot(mp_obj_t a_in, mp_obj_t b_in) {
    mp_buffer_info_t a, b;
    mp_get_buffer_raise(a_in, &a, MP_BUFFER_READ);
    mp_get_buffer_raise(b_in, &b, MP_BUFFER_READ);
    if (a.typecode != 'd' || b.typecode != 'd') {
        mp_raise_ValueError(MP_ERROR_TEXT("buffer of doubles expected"));
    }
    size_t n = a.len / sizeof(double);
    if (b.len / sizeof(double) < n) {
        mp_raise_msg(&mp_type_IndexError, MP_ERROR_TEXT("index out of range"));
    }
    const double *pa = a.buf, *pb = b.buf;
    double s = 0;
    for (size_t i = 0; i < n; i++) {
        s += pa[i] * pb[i];
    }
    return mp_obj_new_float_from_d(s);
}
static MP_DEFINE_CONST_FUN_OBJ_2(dot_obj, dot);

static const mp_rom_map_elem_t bdotmv_ref_globals_table[] = {
    { MP_ROM_QSTR(MP_QSTR___name__), MP_ROM_QSTR(MP_QSTR_bdotmv_ref) },
    { MP_ROM_QSTR(MP_QSTR_dot), MP_ROM_PTR(&dot_obj) },
};
static MP_DEFINE_CONST_DICT(bdotmv_ref_globals, bdotmv_ref_globals_table);

const mp_obj_module_t bdotmv_ref_module = {
    .base = { &mp_type_module },
    .globals = (mp_obj_dict_t *)&bdotmv_ref_globals,
};
MP_REGISTER_MODULE(MP_QSTR_bdotmv_ref, bdotmv_ref_module);
