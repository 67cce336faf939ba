// Hand-written counterpart of bench/bsum.pyx (and bsumidx.pyx, bsumobj.pyx).
#include "py/runtime.h"

static mp_obj_t checksum(mp_obj_t data_in) {
    mp_buffer_info_t bufinfo;
    mp_get_buffer_raise(data_in, &bufinfo, MP_BUFFER_READ);
    const unsigned char *p = bufinfo.buf;
    unsigned long s = 0;
    for (size_t i = 0; i < bufinfo.len; i++) {
        s = (s * 31 + p[i]) & 0xFFFFFF;
    }
    return mp_obj_new_int_from_uint(s);
}
static MP_DEFINE_CONST_FUN_OBJ_1(checksum_obj, checksum);

static const mp_rom_map_elem_t bsum_ref_globals_table[] = {
    { MP_ROM_QSTR(MP_QSTR___name__), MP_ROM_QSTR(MP_QSTR_bsum_ref) },
    { MP_ROM_QSTR(MP_QSTR_checksum), MP_ROM_PTR(&checksum_obj) },
};
static MP_DEFINE_CONST_DICT(bsum_ref_globals, bsum_ref_globals_table);

const mp_obj_module_t bsum_ref_module = {
    .base = { &mp_type_module },
    .globals = (mp_obj_dict_t *)&bsum_ref_globals,
};
MP_REGISTER_MODULE(MP_QSTR_bsum_ref, bsum_ref_module);
