
/* ---- MicroPython module registration (cython2upy) ---- */

/* Runs on every import (built-in modules are not cached in sys.modules), so it is idempotent:
 * the module body runs once, and again only if it failed. */
static mp_obj_t cy2upy_init_@ID@(void) {
    if (MP_STATE_VM(cy2upy_state_@ID@) == NULL) {
        __pyx_mstatetype *state = m_new0(__pyx_mstatetype, 1);
        state->__pyx_d = mp_obj_new_dict(0);
        state->__pyx_b = MP_OBJ_FROM_PTR(&mp_module_builtins);
        state->__pyx_empty_tuple = mp_const_empty_tuple;
        state->__pyx_empty_bytes = mp_const_empty_bytes;
        state->__pyx_empty_unicode = MP_OBJ_NEW_QSTR(MP_QSTR_);
        mp_obj_dict_store(state->__pyx_d, MP_OBJ_NEW_QSTR(MP_QSTR___name__), @NAME_OBJ@);
@DOC@        MP_STATE_VM(cy2upy_state_@ID@) = state;
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
    if (MP_STATE_VM(cy2upy_state_@ID@) == NULL) {
        /* Reached without an import that ran __init__ (a submodule of a built-in package). */
        cy2upy_init_@ID@();
    }
    __pyx_mstatetype *state = (__pyx_mstatetype *)MP_STATE_VM(cy2upy_state_@ID@);
    cy_module_attr(state->__pyx_d, attr, dest);
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
