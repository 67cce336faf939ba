// Hand-written counterpart of bench/bclass.pyx: a Counter type with a C long field exposed
// as the read-write attribute `count`, and the methods inc() and get().
#include "py/runtime.h"

typedef struct {
    mp_obj_base_t base;
    long count;
} counter_obj_t;

static mp_obj_t counter_make_new(const mp_obj_type_t *type, size_t n_args, size_t n_kw,
    const mp_obj_t *args) {
    mp_arg_check_num(n_args, n_kw, 0, 1, false);
    counter_obj_t *self = mp_obj_malloc(counter_obj_t, type);
    self->count = n_args > 0 ? mp_obj_get_int(args[0]) : 0;
    return MP_OBJ_FROM_PTR(self);
}

static mp_obj_t counter_inc(mp_obj_t self_in) {
    counter_obj_t *self = MP_OBJ_TO_PTR(self_in);
    self->count += 1;
    return mp_const_none;
}
static MP_DEFINE_CONST_FUN_OBJ_1(counter_inc_obj, counter_inc);

static mp_obj_t counter_get(mp_obj_t self_in) {
    counter_obj_t *self = MP_OBJ_TO_PTR(self_in);
    return mp_obj_new_int(self->count);
}
static MP_DEFINE_CONST_FUN_OBJ_1(counter_get_obj, counter_get);

static void counter_attr(mp_obj_t self_in, qstr attr, mp_obj_t *dest) {
    counter_obj_t *self = MP_OBJ_TO_PTR(self_in);
    if (attr == MP_QSTR_count) {
        if (dest[0] == MP_OBJ_NULL) {
            dest[0] = mp_obj_new_int(self->count);
        } else if (dest[1] != MP_OBJ_NULL) {
            self->count = mp_obj_get_int(dest[1]);
            dest[0] = MP_OBJ_NULL;
        }
        return;
    }
    dest[1] = MP_OBJ_SENTINEL; // methods: look in locals_dict
}

static const mp_rom_map_elem_t counter_locals_dict_table[] = {
    { MP_ROM_QSTR(MP_QSTR_inc), MP_ROM_PTR(&counter_inc_obj) },
    { MP_ROM_QSTR(MP_QSTR_get), MP_ROM_PTR(&counter_get_obj) },
};
static MP_DEFINE_CONST_DICT(counter_locals_dict, counter_locals_dict_table);

static MP_DEFINE_CONST_OBJ_TYPE(
    counter_type,
    MP_QSTR_Counter,
    MP_TYPE_FLAG_NONE,
    make_new, counter_make_new,
    attr, counter_attr,
    locals_dict, &counter_locals_dict
    );

static const mp_rom_map_elem_t bclass_ref_globals_table[] = {
    { MP_ROM_QSTR(MP_QSTR___name__), MP_ROM_QSTR(MP_QSTR_bclass_ref) },
    { MP_ROM_QSTR(MP_QSTR_Counter), MP_ROM_PTR(&counter_type) },
};
static MP_DEFINE_CONST_DICT(bclass_ref_globals, bclass_ref_globals_table);

const mp_obj_module_t bclass_ref_module = {
    .base = { &mp_type_module },
    .globals = (mp_obj_dict_t *)&bclass_ref_globals,
};
MP_REGISTER_MODULE(MP_QSTR_bclass_ref, bclass_ref_module);
