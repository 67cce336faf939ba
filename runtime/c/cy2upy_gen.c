// cy2upy_gen.c: generators and coroutines: Cython's generator objects, send/throw/close and
// `yield from`.
//
// Part of the C half of cython2upy's runtime (what each file holds: cy2upy_internal.h).

#include "cy2upy_internal.h"

// The runtime part GENERATOR (rules/parts.toml): compiled only in a firmware with a module that
// makes generators or coroutines.
#if CY2UPY_PART_GENERATOR

// ===========================================================================================
// Generators
// ===========================================================================================

// Resume a `yield from` delegate under a guard: MP_VM_RETURN_YIELD with the next value,
// MP_VM_RETURN_NORMAL with its return value, or MP_VM_RETURN_EXCEPTION with the exception
// pending. `send_value` MP_OBJ_NULL throws `throw_value` into it.
static mp_vm_return_kind_t resume_delegate(mp_obj_t delegate, mp_obj_t send_value,
    mp_obj_t throw_value, mp_obj_t *ret) {
    nlr_buf_t nlr;
    if (nlr_push(&nlr) == 0) {
        mp_vm_return_kind_t kind = mp_resume(delegate, send_value, throw_value, ret);
        nlr_pop();
        if (kind == MP_VM_RETURN_EXCEPTION) {
            cy_err_set(*ret);
        }
        return kind;
    }
    mp_obj_t exc = MP_OBJ_FROM_PTR(nlr.ret_val);
    if (mp_obj_exception_match(exc, MP_OBJ_FROM_PTR(&mp_type_StopIteration))) {
        *ret = mp_obj_exception_get_value(exc);
        return MP_VM_RETURN_NORMAL;
    }
    cy_err_set(exc);
    return MP_VM_RETURN_EXCEPTION;
}

// One resume of a generator, as Cython's __Pyx_Coroutine_SendEx: send `value` (MP_OBJ_NULL: the
// pending exception is thrown in), first to a `yield from` delegate. Never raises.
static cy_Pyx_PySendResult gen_send(cy_CoroutineObject *g, mp_obj_t value, mp_obj_t *result) {
    *result = MP_OBJ_NULL;
    if (g->is_running) {
        cy_err_set_msg(&mp_type_ValueError, "generator already executing");
        return cy_PYGEN_ERROR;
    }
    if (g->resume_label == -1) {
        if (value != MP_OBJ_NULL) {
            // A finished generator: StopIteration (the pending thrown exception otherwise).
            cy_err_set(MP_OBJ_FROM_PTR(&mp_type_StopIteration));
        }
        return cy_PYGEN_ERROR;
    }
    if (g->yieldfrom != MP_OBJ_NULL) {
        mp_obj_t ret;
        mp_obj_t thrown = value == MP_OBJ_NULL ? cy_err_fetch() : MP_OBJ_NULL;
        mp_vm_return_kind_t kind = resume_delegate(g->yieldfrom, value, thrown, &ret);
        if (kind == MP_VM_RETURN_YIELD) {
            *result = ret;
            return cy_PYGEN_NEXT;
        }
        g->yieldfrom = MP_OBJ_NULL;
        value = kind == MP_VM_RETURN_NORMAL ? ret : MP_OBJ_NULL;
    }
    // The generator's own handled exception (kept across its last yield) becomes current; the
    // caller's is kept for the next yield.
    if (g->exc_state != MP_OBJ_NULL) {
        mp_obj_t t = HANDLED;
        SET_HANDLED(g->exc_state);
        g->exc_state = t;
    } else {
        g->exc_state = HANDLED;
    }
    g->is_running = 1;
    mp_obj_t r = g->body(g, NULL, value);
    g->is_running = 0;
    *result = r;
    if (g->resume_label == -1) {
        // Finished: the caller's handled exception comes back (Cython's body does this itself
        // unless it keeps CPython's exception stack).
        if (g->exc_state != MP_OBJ_NULL) {
            SET_HANDLED(g->exc_state);
            g->exc_state = MP_OBJ_NULL;
        }
        return r != MP_OBJ_NULL ? cy_PYGEN_RETURN : cy_PYGEN_ERROR;
    }
    return cy_PYGEN_NEXT;
}

// Resume for MicroPython callers: the yielded value, or MP_OBJ_STOP_ITERATION (with the
// return value as StopIteration's argument); raises the generator's exception.
static mp_obj_t gen_resume_raising(mp_obj_t self_in, mp_obj_t value) {
    cy_CoroutineObject *g = MP_OBJ_TO_PTR(self_in);
    mp_obj_t r;
    switch (gen_send(g, value, &r)) {
        case cy_PYGEN_NEXT:
            return r;
        case cy_PYGEN_RETURN:
            return r == mp_const_none ? MP_OBJ_STOP_ITERATION : mp_make_stop_iteration(r);
        default:
            cy_raise_pending();
    }
}

static mp_obj_t gen_iternext(mp_obj_t self_in) {
    cy_CoroutineObject *g = MP_OBJ_TO_PTR(self_in);
    if (g->resume_label == -1 && !g->is_running) {
        return MP_OBJ_STOP_ITERATION;
    }
    return gen_resume_raising(self_in, mp_const_none);
}

static mp_obj_t gen_raise_if_stopped(mp_obj_t r) {
    if (r == MP_OBJ_STOP_ITERATION) {
        mp_obj_t arg = MP_STATE_THREAD(stop_iteration_arg);
        MP_STATE_THREAD(stop_iteration_arg) = MP_OBJ_NULL;
        mp_raise_StopIteration(arg);
    }
    return r;
}

static mp_obj_t gen_send_method(mp_obj_t self_in, mp_obj_t value) {
    cy_CoroutineObject *g = MP_OBJ_TO_PTR(self_in);
    if (g->resume_label == 0 && value != mp_const_none && !g->is_running) {
        mp_raise_TypeError(MP_ERROR_TEXT("can't send non-None value to a just-started generator"));
    }
    MP_STATE_THREAD(stop_iteration_arg) = MP_OBJ_NULL;
    return gen_raise_if_stopped(gen_resume_raising(self_in, value));
}
static MP_DEFINE_CONST_FUN_OBJ_2(gen_send_obj, gen_send_method);

static mp_obj_t gen_throw_method(size_t n_args, const mp_obj_t *args) {
    cy_CoroutineObject *g = MP_OBJ_TO_PTR(args[0]);
    mp_obj_t exc = n_args > 2 ? mp_call_function_1(args[1], args[2]) : args[1];
    if (g->resume_label == 0) {
        // Not started: it finishes with the exception, as CPython's do.
        g->resume_label = -1;
        g->closure = MP_OBJ_NULL;
        nlr_raise(mp_make_raise_obj(exc));
    }
    cy_err_set(exc);
    MP_STATE_THREAD(stop_iteration_arg) = MP_OBJ_NULL;
    return gen_raise_if_stopped(gen_resume_raising(args[0], MP_OBJ_NULL));
}
static MP_DEFINE_CONST_FUN_OBJ_VAR_BETWEEN(gen_throw_obj, 2, 4, gen_throw_method);

static mp_obj_t gen_close_method(mp_obj_t self_in) {
    cy_CoroutineObject *g = MP_OBJ_TO_PTR(self_in);
    if (g->resume_label <= 0) {
        g->resume_label = -1;
        g->closure = MP_OBJ_NULL;
        g->yieldfrom = MP_OBJ_NULL;
        return mp_const_none;
    }
    cy_err_set(MP_OBJ_FROM_PTR(&mp_type_GeneratorExit));
    mp_obj_t r;
    cy_Pyx_PySendResult status = gen_send(g, MP_OBJ_NULL, &r);
    if (status == cy_PYGEN_NEXT) {
        mp_raise_msg(&mp_type_RuntimeError, MP_ERROR_TEXT("generator ignored GeneratorExit"));
    }
    if (status == cy_PYGEN_ERROR) {
        mp_obj_t exc = cy_err_fetch();
        if (exc != MP_OBJ_NULL
            && !mp_obj_exception_match(exc, MP_OBJ_FROM_PTR(&mp_type_GeneratorExit))
            && !mp_obj_exception_match(exc, MP_OBJ_FROM_PTR(&mp_type_StopIteration))) {
            nlr_raise(exc);
        }
    }
    return mp_const_none;
}
static MP_DEFINE_CONST_FUN_OBJ_1(gen_close_obj, gen_close_method);

static void gen_print(const mp_print_t *print, mp_obj_t self_in, mp_print_kind_t kind) {
    (void)kind;
    cy_CoroutineObject *g = MP_OBJ_TO_PTR(self_in);
    mp_obj_t name = g->qualname != MP_OBJ_NULL ? g->qualname : g->name;
    mp_printf(print, "<%q object %s at %p>", (qstr)mp_obj_get_type(self_in)->name,
        name != MP_OBJ_NULL && mp_obj_is_str(name) ? mp_obj_str_get_str(name) : "?", g);
}

static void gen_attr(mp_obj_t self_in, qstr attr, mp_obj_t *dest) {
    cy_CoroutineObject *g = MP_OBJ_TO_PTR(self_in);
    if (dest[0] == MP_OBJ_NULL) {
        if (attr == MP_QSTR___name__ && g->name != MP_OBJ_NULL) {
            dest[0] = g->name;
            return;
        }
        if (attr == MP_QSTR___qualname__ && g->qualname != MP_OBJ_NULL) {
            dest[0] = g->qualname;
            return;
        }
        // CPython's gi_running/cr_running and gi_yieldfrom/cr_await.
        if (attr == MP_QSTR_gi_running || attr == MP_QSTR_cr_running) {
            dest[0] = mp_obj_new_bool(g->is_running);
            return;
        }
        if (attr == MP_QSTR_gi_yieldfrom || attr == MP_QSTR_cr_await) {
            dest[0] = g->yieldfrom != MP_OBJ_NULL ? g->yieldfrom : mp_const_none;
            return;
        }
        dest[1] = MP_OBJ_SENTINEL;
    }
}

static const mp_rom_map_elem_t gen_locals_table[] = {
    { MP_ROM_QSTR(MP_QSTR_send), MP_ROM_PTR(&gen_send_obj) },
    { MP_ROM_QSTR(MP_QSTR_throw), MP_ROM_PTR(&gen_throw_obj) },
    { MP_ROM_QSTR(MP_QSTR_close), MP_ROM_PTR(&gen_close_obj) },
};
static MP_DEFINE_CONST_DICT(gen_locals_dict, gen_locals_table);

MP_DEFINE_CONST_OBJ_TYPE(
    cy_generator_type,
    MP_QSTR_generator,
    MP_TYPE_FLAG_ITER_IS_ITERNEXT,
    iter, gen_iternext,
    print, gen_print,
    attr, gen_attr,
    locals_dict, &gen_locals_dict
    );

// coroutine.__await__(): the coroutine itself, which iterates as its awaitable iterator.
static mp_obj_t coro_await_method(mp_obj_t self_in) {
    return self_in;
}
static MP_DEFINE_CONST_FUN_OBJ_1(coro_await_obj, coro_await_method);

static const mp_rom_map_elem_t coro_locals_table[] = {
    { MP_ROM_QSTR(MP_QSTR_send), MP_ROM_PTR(&gen_send_obj) },
    { MP_ROM_QSTR(MP_QSTR_throw), MP_ROM_PTR(&gen_throw_obj) },
    { MP_ROM_QSTR(MP_QSTR_close), MP_ROM_PTR(&gen_close_obj) },
    { MP_ROM_QSTR(MP_QSTR___await__), MP_ROM_PTR(&coro_await_obj) },
};
static MP_DEFINE_CONST_DICT(coro_locals_dict, coro_locals_table);

// MicroPython's `await x` is `yield from x`: a coroutine awaited from Python code must iterate,
// so unlike CPython's coroutine this type has the generator's iternext as well as __await__.
MP_DEFINE_CONST_OBJ_TYPE(
    cy_coroutine_type,
    MP_QSTR_coroutine,
    MP_TYPE_FLAG_ITER_IS_ITERNEXT,
    iter, gen_iternext,
    print, gen_print,
    attr, gen_attr,
    locals_dict, &coro_locals_dict
    );

static cy_CoroutineObject *coroutine_new(const mp_obj_type_t *type, cy_coroutine_body_t body,
    mp_obj_t closure, mp_obj_t name, mp_obj_t qualname, mp_obj_t module_name) {
    nlr_buf_t nlr;
    if (nlr_push(&nlr) == 0) {
        cy_CoroutineObject *g = mp_obj_malloc(cy_CoroutineObject, type);
        nlr_pop();
        g->body = body;
        g->closure = closure;
        g->name = name;
        g->qualname = qualname;
        g->module_name = module_name;
        g->yieldfrom = MP_OBJ_NULL;
        g->exc_state = MP_OBJ_NULL;
        g->resume_label = 0;
        g->is_running = 0;
        return g;
    }
    cy_err_set(MP_OBJ_FROM_PTR(nlr.ret_val));
    return NULL;
}

cy_CoroutineObject *cy_Pyx_Generator_New(cy_coroutine_body_t body, mp_obj_t code, mp_obj_t closure,
    mp_obj_t name, mp_obj_t qualname, mp_obj_t module_name) {
    (void)code;
    return coroutine_new(&cy_generator_type, body, closure, name, qualname, module_name);
}

cy_CoroutineObject *cy_Pyx_Coroutine_New(cy_coroutine_body_t body, mp_obj_t code, mp_obj_t closure,
    mp_obj_t name, mp_obj_t qualname, mp_obj_t module_name) {
    (void)code;
    return coroutine_new(&cy_coroutine_type, body, closure, name, qualname, module_name);
}

// The iterator `await source` delegates to (Cython's __Pyx__Coroutine_GetAwaitableIter): a
// coroutine or generator of this runtime or of MicroPython (whose `async def` makes generators)
// itself, else source.__await__(), which must be an iterator and not a coroutine.
static mp_obj_t awaitable_iter_raising(mp_obj_t source) {
    if (mp_obj_is_type(source, &cy_coroutine_type) || mp_obj_is_type(source, &cy_generator_type)
        || mp_obj_is_type(source, &mp_type_gen_instance)) {
        return source;
    }
    mp_obj_t dest[2];
    mp_load_method_maybe(source, MP_QSTR___await__, dest);
    if (dest[0] == MP_OBJ_NULL) {
        mp_raise_msg_varg(&mp_type_TypeError,
            MP_ERROR_TEXT("object %s can't be used in 'await' expression"), mp_obj_get_type_str(source));
    }
    mp_obj_t it = mp_call_method_n_kw(0, 0, dest);
    if (mp_obj_is_type(it, &cy_coroutine_type)) {
        mp_raise_TypeError(MP_ERROR_TEXT("__await__() returned a coroutine"));
    }
    const mp_obj_type_t *t = mp_obj_get_type(it);
    if (!(t->flags & MP_TYPE_FLAG_ITER_IS_ITERNEXT) && !MP_OBJ_TYPE_HAS_SLOT(t, iter)) {
        mp_raise_msg_varg(&mp_type_TypeError,
            MP_ERROR_TEXT("__await__() returned non-iterator of type '%s'"), mp_obj_get_type_str(it));
    }
    return it;
}

cy_Pyx_PySendResult cy_Pyx_Coroutine_Yield_From(cy_CoroutineObject *gen, mp_obj_t source,
    mp_obj_t *retval) {
    mp_obj_t it;
    CY_TRY_ASSIGN(it, awaitable_iter_raising(source));
    if (it == MP_OBJ_NULL) {
        *retval = MP_OBJ_NULL;
        return cy_PYGEN_ERROR;
    }
    return cy_Pyx_Generator_Yield_From(gen, it, retval);
}

mp_obj_t cy_Pyx_Generator_GetInlinedResult(mp_obj_t gen) {
    mp_obj_t r;
    if (gen_send(MP_OBJ_TO_PTR(gen), mp_const_none, &r) == cy_PYGEN_NEXT) {
        // Cython only inlines generators that return at once; nothing yields here.
        cy_err_set_msg(&mp_type_RuntimeError, "inlined generator yielded");
        return MP_OBJ_NULL;
    }
    return r;
}

cy_Pyx_PySendResult cy_Pyx_Generator_Yield_From(cy_CoroutineObject *gen, mp_obj_t source,
    mp_obj_t *retval) {
    if (mp_obj_is_type(source, &cy_coroutine_type) && mp_obj_is_type(MP_OBJ_FROM_PTR(gen), &cy_generator_type)) {
        // CPython's message; the coroutine type iterates only for MicroPython's own `await`.
        cy_err_set_msg(&mp_type_TypeError,
            "cannot 'yield from' a coroutine object in a non-coroutine generator");
        *retval = MP_OBJ_NULL;
        return cy_PYGEN_ERROR;
    }
    mp_obj_t delegate;
    CY_TRY_ASSIGN(delegate, mp_getiter(source, NULL));
    if (delegate == MP_OBJ_NULL) {
        *retval = MP_OBJ_NULL;
        return cy_PYGEN_ERROR;
    }
    mp_obj_t ret;
    switch (resume_delegate(delegate, mp_const_none, MP_OBJ_NULL, &ret)) {
        case MP_VM_RETURN_YIELD:
            gen->yieldfrom = delegate;
            *retval = ret;
            return cy_PYGEN_NEXT;
        case MP_VM_RETURN_NORMAL:
            *retval = ret;
            return cy_PYGEN_RETURN;
        default:
            *retval = MP_OBJ_NULL;
            return cy_PYGEN_ERROR;
    }
}

void cy_Pyx_Generator_Replace_StopIteration(int in_async_gen) {
    (void)in_async_gen;
    mp_obj_t exc = cy_err_occurred();
    if (exc != MP_OBJ_NULL && mp_obj_exception_match(exc, MP_OBJ_FROM_PTR(&mp_type_StopIteration))) {
        cy_err_set_msg(&mp_type_RuntimeError, "generator raised StopIteration");
    }
}

int cy_Pyx_Coroutine_clear(mp_obj_t gen) {
    cy_CoroutineObject *g = MP_OBJ_TO_PTR(gen);
    g->closure = MP_OBJ_NULL;
    g->yieldfrom = MP_OBJ_NULL;
    return 0;
}

void cy_Pyx_Coroutine_ResetAndClearException(cy_CoroutineObject *gen) {
    SET_HANDLED(gen->exc_state);
    gen->exc_state = MP_OBJ_NULL;
}

void cy_Pyx_Coroutine_SwapException(cy_CoroutineObject *gen) {
    mp_obj_t t = HANDLED;
    SET_HANDLED(gen->exc_state);
    gen->exc_state = t;
}

#endif // CY2UPY_PART_GENERATOR
