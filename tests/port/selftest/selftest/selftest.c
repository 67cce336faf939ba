// selftest: a hand-written user C module for the test port.
//
// add(a, b)        C function on small ints
// total(seq)       implemented in a static library (LIBS_USERMOD)
// keep(obj)/kept() an object held only by a root pointer (survives GC)
// init_calls()     how often __init__ ran (MICROPY_MODULE_BUILTIN_INIT)
// selftest.value   a module attribute stored through attribute delegation

#include "py/objmodule.h"
#include "py/runtime.h"
#include "helper.h"

static mp_obj_t selftest_add(mp_obj_t a, mp_obj_t b) {
    return mp_obj_new_int(mp_obj_get_int(a) + mp_obj_get_int(b));
}
static MP_DEFINE_CONST_FUN_OBJ_2(selftest_add_obj, selftest_add);

static mp_obj_t selftest_total(mp_obj_t seq) {
    return selftest_helper_sum(seq);
}
static MP_DEFINE_CONST_FUN_OBJ_1(selftest_total_obj, selftest_total);

static mp_obj_t selftest_keep(mp_obj_t obj) {
    MP_STATE_VM(selftest_kept) = obj;
    return mp_const_none;
}
static MP_DEFINE_CONST_FUN_OBJ_1(selftest_keep_obj, selftest_keep);

static mp_obj_t selftest_kept(void) {
    mp_obj_t obj = MP_STATE_VM(selftest_kept);
    return obj == MP_OBJ_NULL ? mp_const_none : obj;
}
static MP_DEFINE_CONST_FUN_OBJ_0(selftest_kept_obj, selftest_kept);

static mp_int_t selftest_init_count;

static mp_obj_t selftest_init(void) {
    selftest_init_count++;
    return mp_const_none;
}
static MP_DEFINE_CONST_FUN_OBJ_0(selftest_init_obj, selftest_init);

static mp_obj_t selftest_init_calls(void) {
    return MP_OBJ_NEW_SMALL_INT(selftest_init_count);
}
static MP_DEFINE_CONST_FUN_OBJ_0(selftest_init_calls_obj, selftest_init_calls);

static const mp_rom_map_elem_t selftest_globals_table[] = {
    { MP_ROM_QSTR(MP_QSTR___name__), MP_ROM_QSTR(MP_QSTR_selftest) },
    { MP_ROM_QSTR(MP_QSTR___init__), MP_ROM_PTR(&selftest_init_obj) },
    { MP_ROM_QSTR(MP_QSTR_add), MP_ROM_PTR(&selftest_add_obj) },
    { MP_ROM_QSTR(MP_QSTR_total), MP_ROM_PTR(&selftest_total_obj) },
    { MP_ROM_QSTR(MP_QSTR_keep), MP_ROM_PTR(&selftest_keep_obj) },
    { MP_ROM_QSTR(MP_QSTR_kept), MP_ROM_PTR(&selftest_kept_obj) },
    { MP_ROM_QSTR(MP_QSTR_init_calls), MP_ROM_PTR(&selftest_init_calls_obj) },
};
static MP_DEFINE_CONST_DICT(selftest_globals, selftest_globals_table);

const mp_obj_module_t selftest_module = {
    .base = { &mp_type_module },
    .globals = (mp_obj_dict_t *)&selftest_globals,
};

// `value` is not in the ROM table: loads and stores of it are delegated here,
// and its storage is a root pointer. Like the module object, the delegation
// function is referenced from the generated module table in py/objmodule.c, so
// it must not be static.
static const uint16_t selftest_attr_keys[] = { MP_QSTR_value, MP_QSTRnull };

void selftest_attr(mp_obj_t self_in, qstr attr, mp_obj_t *dest);
void selftest_attr(mp_obj_t self_in, qstr attr, mp_obj_t *dest) {
    (void)self_in;
    mp_module_generic_attr(attr, dest, selftest_attr_keys, &MP_STATE_VM(selftest_value));
}

MP_REGISTER_ROOT_POINTER(mp_obj_t selftest_kept);
MP_REGISTER_ROOT_POINTER(mp_obj_t selftest_value);
MP_REGISTER_MODULE(MP_QSTR_selftest, selftest_module);
MP_REGISTER_MODULE_DELEGATION(selftest_module, selftest_attr);
