
/* ---- MicroPython module registration (cython2upy) ---- */

/* Runs on every import (built-in modules are not cached in sys.modules), so it is idempotent:
 * the module body runs once, and again only if it failed. */
static mp_obj_t cy2upy_init_@ID@(void) {
    if (MP_STATE_VM(cy2upy_state_@ID@) == NULL) {
        MP_STATIC_ASSERT(offsetof(__pyx_mstatetype, __pyx_empty_unicode) == offsetof(cy_module_state_head_t, empty_unicode));
@DOC_DECL@        __pyx_mstatetype *state = cy_module_state_new(sizeof(__pyx_mstatetype), @NAME_OBJ@, @DOC@);
        MP_STATE_VM(cy2upy_state_@ID@) = state;
        if (@EXEC@(MP_OBJ_NULL) < 0) {
            MP_STATE_VM(cy2upy_state_@ID@) = NULL;
            cy_raise_pending();
        }
    }
    return mp_const_none;
}
static MP_DEFINE_CONST_FUN_OBJ_0(cy2upy_init_obj_@ID@, cy2upy_init_@ID@);

/* Loads, stores and deletes of module attributes go to the module's RAM dict.
 * (Not static: MP_REGISTER_MODULE_DELEGATION's table refers to it from another file.) */
void cy2upy_attr_@ID@(mp_obj_t self_in, qstr attr, mp_obj_t *dest) {
    (void)self_in;
    cy_module_state_attr(&MP_STATE_VM(cy2upy_state_@ID@), cy2upy_init_@ID@, attr, dest);
}

@GETATTR@static const mp_rom_map_elem_t cy2upy_globals_table_@ID@[] = {
@ROM_NAME@    { MP_ROM_QSTR(MP_QSTR___init__), MP_ROM_PTR(&cy2upy_init_obj_@ID@) },
};
static MP_DEFINE_CONST_DICT(cy2upy_globals_@ID@, cy2upy_globals_table_@ID@);

const mp_obj_module_t cy2upy_module_@ID@ = {
    .base = { &mp_type_module },
    .globals = (mp_obj_dict_t *)&cy2upy_globals_@ID@,
};

@REGISTER@
@DELEGATION@
