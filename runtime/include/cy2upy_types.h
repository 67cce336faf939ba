// cy2upy_types.h: extension types (Cython's cdef classes) for translated modules.
//
// Included by cy2upy.h; implemented in runtime/c/cy2upy_types.c.
//
// On its Limited-API path Cython builds every extension type at import with
// PyType_FromModuleAndSpec(module, spec, bases) from a PyType_Spec: a name, the instance size and a
// table of (slot id, function) pairs. cy_Pyx_PyType_FromModuleAndSpec builds a MicroPython type from
// the same data (see "Extension types" in docs/ARCHITECTURE.md):
//
// - The type is an mp_obj_full_type_t on the GC heap (kept alive by the module state, which holds
//   every __pyx_ptype_*), followed by the CPython slot table it was built from, with the slots of
//   its base type inherited as CPython inherits them.
// - It is flagged MP_TYPE_FLAG_INSTANCE_TYPE, as a class defined in Python is, and every instance
//   starts with MicroPython's instance header (CY_OBJ_HEAD: the object header and an attribute
//   map). A class a MicroPython script derives from it therefore makes instances with the C
//   struct of the extension type (through the `__new__` of the type's dict), so C code that casts
//   such an instance to the extension type's struct reads the right fields, and a Python override of
//   a cpdef method is found by Cython's dispatch.
// - The slot functions of the type call Cython's slot functions directly; the type's dict also
//   holds dunder wrappers (`__add__`, `__eq__`, `__len__`, ...) for the slots, because MicroPython
//   finds special methods of a class defined in Python, and of its bases, by name.
// - Instances are GC blocks, so object fields are seen by the collector. Where the port enables
//   finalisers (MICROPY_ENABLE_FINALISER) and the type has tp_dealloc, instances get a finaliser that
//   runs tp_dealloc (and so __dealloc__) when the collector frees them. The collector is locked
//   then: __dealloc__ cannot allocate, and the objects it refers to may already be freed.
#ifndef CY2UPY_TYPES_H
#define CY2UPY_TYPES_H

// ===========================================================================================
// Instances
// ===========================================================================================

// What `PyObject_HEAD` becomes in a struct body (the parse stage writes `CY_OBJ_HEAD;`): the same
// header as MicroPython's mp_obj_instance_t (the type and the instance attribute map), which is
// what MicroPython reads from an instance of a type flagged MP_TYPE_FLAG_INSTANCE_TYPE. The map
// stays empty for instances of the extension type itself (they have no __dict__, as on CPython);
// instances of a Python subclass keep their attributes in it.
#define CY_OBJ_HEAD mp_obj_base_t ob_base; mp_map_t cy_members

// ===========================================================================================
// Type specs (CPython's PyType_Spec, PyType_Slot, PyGetSetDef, PyMemberDef)
// ===========================================================================================

typedef struct _cy_PyType_Slot {
    int slot;
    void *pfunc;
} cy_PyType_Slot;

typedef struct _cy_PyType_Spec {
    const char *name;
    int basicsize;
    int itemsize;
    unsigned int flags;
    cy_PyType_Slot *slots;
} cy_PyType_Spec;

// Function pointer types of the slots, named as CPython names them.
typedef mp_obj_t (*getter)(mp_obj_t self, void *closure);
typedef int (*setter)(mp_obj_t self, mp_obj_t value, void *closure);
typedef void (*destructor)(mp_obj_t self);
typedef void (*freefunc)(void *p);
typedef mp_obj_t (*unaryfunc)(mp_obj_t a);
typedef mp_obj_t (*binaryfunc)(mp_obj_t a, mp_obj_t b);
typedef mp_obj_t (*ternaryfunc)(mp_obj_t a, mp_obj_t b, mp_obj_t c);
typedef int (*inquiry)(mp_obj_t self);
typedef mp_int_t (*lenfunc)(mp_obj_t self);
typedef mp_obj_t (*ssizeargfunc)(mp_obj_t self, mp_int_t i);
typedef int (*ssizeobjargproc)(mp_obj_t self, mp_int_t i, mp_obj_t value);
typedef int (*objobjargproc)(mp_obj_t self, mp_obj_t key, mp_obj_t value);
typedef int (*objobjproc)(mp_obj_t self, mp_obj_t value);
typedef mp_obj_t (*reprfunc)(mp_obj_t self);
typedef mp_int_t (*hashfunc)(mp_obj_t self);
typedef mp_obj_t (*richcmpfunc)(mp_obj_t a, mp_obj_t b, int op);
typedef mp_obj_t (*getiterfunc)(mp_obj_t self);
typedef mp_obj_t (*iternextfunc)(mp_obj_t self);
typedef mp_obj_t (*getattrofunc)(mp_obj_t self, mp_obj_t name);
typedef int (*setattrofunc)(mp_obj_t self, mp_obj_t name, mp_obj_t value);
typedef mp_obj_t (*descrgetfunc)(mp_obj_t self, mp_obj_t obj, mp_obj_t type);
typedef int (*descrsetfunc)(mp_obj_t self, mp_obj_t obj, mp_obj_t value);
typedef int (*initproc)(mp_obj_t self, mp_obj_t args, mp_obj_t kwds);
typedef mp_obj_t (*newfunc)(const mp_obj_type_t *type, mp_obj_t args, mp_obj_t kwds);
typedef mp_obj_t (*allocfunc)(const mp_obj_type_t *type, mp_int_t nitems);
typedef int (*visitproc)(mp_obj_t obj, void *arg);
typedef int (*traverseproc)(mp_obj_t self, visitproc visit, void *arg);

// Cython writes `struct PyGetSetDef` and `PyMemberDef`; rules rename both.
typedef struct cy_PyGetSetDef {
    const char *name;
    getter get;
    setter set;
    const char *doc;
    void *closure;
} cy_PyGetSetDef;

typedef struct cy_PyMemberDef {
    const char *name;
    int type;
    mp_int_t offset;
    int flags;
    const char *doc;
} cy_PyMemberDef;

// PyMemberDef types and flags (CPython's values).
#define cy_Py_T_SHORT (0)
#define cy_Py_T_INT (1)
#define cy_Py_T_LONG (2)
#define cy_Py_T_FLOAT (3)
#define cy_Py_T_DOUBLE (4)
#define cy_Py_T_STRING (5)
#define cy_Py_T_OBJECT (6)
#define cy_Py_T_CHAR (7)
#define cy_Py_T_BYTE (8)
#define cy_Py_T_UBYTE (9)
#define cy_Py_T_USHORT (10)
#define cy_Py_T_UINT (11)
#define cy_Py_T_ULONG (12)
#define cy_Py_T_BOOL (14)
#define cy_Py_T_OBJECT_EX (16)
#define cy_Py_T_LONGLONG (17)
#define cy_Py_T_ULONGLONG (18)
#define cy_Py_T_PYSSIZET (19)
#define cy_Py_READONLY (1)
// structmember.h's unprefixed names, which Cython writes in the tp_members of a type with
// `cdef dict __dict__`.
#ifndef T_PYSSIZET
#define T_PYSSIZET cy_Py_T_PYSSIZET
#endif
#ifndef READONLY
#define READONLY cy_Py_READONLY
#endif
#define cy_T_OBJECT cy_Py_T_OBJECT
#define cy_T_OBJECT_EX cy_Py_T_OBJECT_EX
#define cy_T_PYSSIZET cy_Py_T_PYSSIZET
#define cy_READONLY cy_Py_READONLY

// Slot ids (CPython's typeslots.h).
#define cy_Py_bf_getbuffer (1)
#define cy_Py_bf_releasebuffer (2)
#define cy_Py_mp_ass_subscript (3)
#define cy_Py_mp_length (4)
#define cy_Py_mp_subscript (5)
#define cy_Py_nb_absolute (6)
#define cy_Py_nb_add (7)
#define cy_Py_nb_and (8)
#define cy_Py_nb_bool (9)
#define cy_Py_nb_divmod (10)
#define cy_Py_nb_float (11)
#define cy_Py_nb_floor_divide (12)
#define cy_Py_nb_index (13)
#define cy_Py_nb_inplace_add (14)
#define cy_Py_nb_inplace_and (15)
#define cy_Py_nb_inplace_floor_divide (16)
#define cy_Py_nb_inplace_lshift (17)
#define cy_Py_nb_inplace_multiply (18)
#define cy_Py_nb_inplace_or (19)
#define cy_Py_nb_inplace_power (20)
#define cy_Py_nb_inplace_remainder (21)
#define cy_Py_nb_inplace_rshift (22)
#define cy_Py_nb_inplace_subtract (23)
#define cy_Py_nb_inplace_true_divide (24)
#define cy_Py_nb_inplace_xor (25)
#define cy_Py_nb_int (26)
#define cy_Py_nb_invert (27)
#define cy_Py_nb_lshift (28)
#define cy_Py_nb_multiply (29)
#define cy_Py_nb_negative (30)
#define cy_Py_nb_or (31)
#define cy_Py_nb_positive (32)
#define cy_Py_nb_power (33)
#define cy_Py_nb_remainder (34)
#define cy_Py_nb_rshift (35)
#define cy_Py_nb_subtract (36)
#define cy_Py_nb_true_divide (37)
#define cy_Py_nb_xor (38)
#define cy_Py_sq_ass_item (39)
#define cy_Py_sq_concat (40)
#define cy_Py_sq_contains (41)
#define cy_Py_sq_inplace_concat (42)
#define cy_Py_sq_inplace_repeat (43)
#define cy_Py_sq_item (44)
#define cy_Py_sq_length (45)
#define cy_Py_sq_repeat (46)
#define cy_Py_tp_alloc (47)
#define cy_Py_tp_base (48)
#define cy_Py_tp_bases (49)
#define cy_Py_tp_call (50)
#define cy_Py_tp_clear (51)
#define cy_Py_tp_dealloc (52)
#define cy_Py_tp_del (53)
#define cy_Py_tp_descr_get (54)
#define cy_Py_tp_descr_set (55)
#define cy_Py_tp_doc (56)
#define cy_Py_tp_getattr (57)
#define cy_Py_tp_getattro (58)
#define cy_Py_tp_hash (59)
#define cy_Py_tp_init (60)
#define cy_Py_tp_is_gc (61)
#define cy_Py_tp_iter (62)
#define cy_Py_tp_iternext (63)
#define cy_Py_tp_methods (64)
#define cy_Py_tp_new (65)
#define cy_Py_tp_repr (66)
#define cy_Py_tp_richcompare (67)
#define cy_Py_tp_setattr (68)
#define cy_Py_tp_setattro (69)
#define cy_Py_tp_str (70)
#define cy_Py_tp_traverse (71)
#define cy_Py_tp_members (72)
#define cy_Py_tp_getset (73)
#define cy_Py_tp_free (74)
#define cy_Py_nb_matrix_multiply (75)
#define cy_Py_nb_inplace_matrix_multiply (76)
#define cy_Py_am_await (77)
#define cy_Py_am_aiter (78)
#define cy_Py_am_anext (79)
#define cy_Py_tp_finalize (80)
#define cy_Py_am_send (81)
#define cy_Py_tp_vectorcall (82)
#define CY_NUM_TYPE_SLOTS (83)
#define CY_ATTR_CACHE_WAYS (4)

// Type flags (CPython's values). Only the spec's own flags are kept; HAVE_GC is dropped from
// extension types (see cy_Pyx_PyType_HasFeature).
#define cy_Py_TPFLAGS_MANAGED_DICT (1UL << 4)
#define cy_Py_TPFLAGS_SEQUENCE (1UL << 5)
#define cy_Py_TPFLAGS_MAPPING (1UL << 6)
#define cy_Py_TPFLAGS_DISALLOW_INSTANTIATION (1UL << 7)
#define cy_Py_TPFLAGS_IMMUTABLETYPE (1UL << 8)
#define cy_Py_TPFLAGS_HEAPTYPE (1UL << 9)
#define cy_Py_TPFLAGS_BASETYPE (1UL << 10)
#define cy_Py_TPFLAGS_HAVE_VECTORCALL (1UL << 11)
#define cy_Py_TPFLAGS_READY (1UL << 12)
#define cy_Py_TPFLAGS_HAVE_GC (1UL << 14)
#define cy_Py_TPFLAGS_METHOD_DESCRIPTOR (1UL << 17)
#define cy_Py_TPFLAGS_HAVE_VERSION_TAG (1UL << 18)
#define cy_Py_TPFLAGS_IS_ABSTRACT (1UL << 20)
#define cy_Py_TPFLAGS_LONG_SUBCLASS (1UL << 24)
#define cy_Py_TPFLAGS_LIST_SUBCLASS (1UL << 25)
#define cy_Py_TPFLAGS_TUPLE_SUBCLASS (1UL << 26)
#define cy_Py_TPFLAGS_BYTES_SUBCLASS (1UL << 27)
#define cy_Py_TPFLAGS_UNICODE_SUBCLASS (1UL << 28)
#define cy_Py_TPFLAGS_DICT_SUBCLASS (1UL << 29)
#define cy_Py_TPFLAGS_BASE_EXC_SUBCLASS (1UL << 30)
#define cy_Py_TPFLAGS_TYPE_SUBCLASS (1UL << 31)
#define cy_Py_TPFLAGS_DEFAULT (cy_Py_TPFLAGS_HAVE_VERSION_TAG)
#define cy_Py_TPFLAGS_HAVE_FINALIZE (1UL << 0)
#define cy_Py_TPFLAGS_CHECKTYPES (0)
#define cy_Py_TPFLAGS_HAVE_NEWBUFFER (0)
#define cy_Pyx_TPFLAGS_HAVE_AM_SEND (0)

// NotImplemented: what Cython's number and comparison slots return for operands they do not
// support (MicroPython then tries the reflected operation).
// Ports below the EXTRA_FEATURES level lack it: a module that uses it does not compile there.
#if MICROPY_PY_BUILTINS_NOTIMPLEMENTED
#define cy_Py_NotImplemented mp_const_notimplemented
#else
#define cy_Py_NotImplemented (__extension__ ({ \
        _Static_assert(MICROPY_PY_BUILTINS_NOTIMPLEMENTED, \
            "this module's operators need MICROPY_PY_BUILTINS_NOTIMPLEMENTED"); \
        mp_const_none; }))
#endif

// getattr(obj, name, default): 'default' when obj has no such attribute.
mp_obj_t cy_Pyx_GetAttr3(mp_obj_t obj, mp_obj_t name, mp_obj_t dflt);

// ===========================================================================================
// The type object
// ===========================================================================================

typedef struct _cy_type_t {
    // What MicroPython sees: a full type (10 of its 11 slots are used).
    mp_obj_full_type_t mp;
    // The spec it was built from, its base extension type (NULL: object) and its flags.
    const cy_PyType_Spec *spec;
    struct _cy_type_t *base;
    unsigned long flags;
    size_t basicsize;
    qstr module;
    // Cython's C method table (__Pyx_SetVtable).
    void *vtable;
    // Instances need a finaliser: the type or a base has __dealloc__ or __del__.
    bool finalise;
    // Offset of the instance dict (`cdef dict __dict__`, tp_members' __dictoffset__), or 0.
    mp_int_t dictoffset;
    // CPython slot id -> function: the spec's own slots and the ones inherited from `base`.
    void *slot[CY_NUM_TYPE_SLOTS];
    // The entries of the type's own dict last accessed through its attr slot (a few ways, by
    // qstr): where the name is in the dict (the index into its map's table), the value found
    // there (a property, a method, any class attribute), and for a property of the type's own
    // getsets and members its getter and setter. The attr slot uses an entry only while that dict
    // entry still holds the same name and value, so a stale entry costs nothing but the normal
    // lookup.
    struct _cy_attr_cache_t {
        qstr attr;
        size_t index;
        mp_obj_t value;
        const void *acc[2];
    } attr_cache[CY_ATTR_CACHE_WAYS];
} cy_type_t;

// The extension type that `type` is or derives from (a class a script derived from an extension
// type has its extension type among its bases), or NULL.
cy_type_t *cy_type_extension_base(const mp_obj_type_t *type);
// Is `type` itself a type built by cy_Pyx_PyType_FromModuleAndSpec?
bool cy_type_is_extension(const mp_obj_type_t *type);

// PyType_FromModuleAndSpec(module, spec, bases): a new type, or NULL with a pending exception.
// `bases` is NULL, a type, or a tuple whose first item is the base (an extension type or object).
mp_obj_t cy_Pyx_PyType_FromModuleAndSpec(mp_obj_t module, cy_PyType_Spec *spec, mp_obj_t bases);
#define cy_PyType_FromModuleAndSpec(m, s, b) cy_Pyx_PyType_FromModuleAndSpec((m), (s), (b))
#define cy_PyType_FromSpecWithBases(s, b) cy_Pyx_PyType_FromModuleAndSpec(MP_OBJ_NULL, (s), (b))
#define cy_PyType_FromSpec(s) cy_Pyx_PyType_FromModuleAndSpec(MP_OBJ_NULL, (s), MP_OBJ_NULL)

// A new instance of `type` (an extension type or a class derived from one): a zeroed GC block of
// the extension type's basicsize, with a finaliser when the type has tp_dealloc and the port
// enables finalisers. NULL with a pending MemoryError on failure.
mp_obj_t cy_Pyx_AllocateExtensionType(cy_PyTypeObject *type, int is_final);
#define cy_PyType_GenericAlloc(type, n) cy_Pyx_AllocateExtensionType((type), 0)
// tp_free: the collector frees instances.
#define cy_PyObject_GC_Del(o) ((void)(o))
#define cy_PyObject_Free(o) ((void)(o))
#define cy_PyObject_GC_Track(o) ((void)(o))
#define cy_PyObject_GC_UnTrack(o) ((void)(o))
#define cy_Pyx_PyObject_GC_IsFinalized(o) (0)
#define cy_PyObject_CallFinalizerFromDealloc(o) (0)
#define cy_Pyx_call_type_traverse(o, always_call, visit, arg) (0)
// `cdef object __weakref__`: MicroPython has no weak references; the field stays NULL.
#define cy_PyObject_ClearWeakRefs(o) ((void)(o))

// Which types need finalisers. A finaliser makes every allocation and collection of an instance
// slower (about twice the cost of a short-lived instance), so only types whose tp_dealloc runs a
// __dealloc__ (or that have __del__, tp_finalize) get one. Cython's tp_dealloc calls
// __Pyx_DeallocKeepAliveBegin(o) right before __dealloc__: when building a type, the runtime calls
// its tp_dealloc once on a blank instance `probe`, and that call returns there, before any user
// code, noting that the type has a __dealloc__. Without a __dealloc__, tp_dealloc of a blank
// instance does nothing (clearing fields is deleted by the translation).
bool cy_dealloc_probe(mp_obj_t o);
#define cy_Pyx_DeallocKeepAliveBegin(o) do { if (cy_dealloc_probe(o)) { return; } } while (0)
#define cy_Pyx_DeallocKeepAliveEnd(o) ((void)(o))

// PyType_GetSlot: the function of slot `slot` (inherited ones included), or NULL. Py_tp_base
// gives the base type (object for a type without an extension base). Other types than extension
// types have no slots.
void *cy_PyType_GetSlot(cy_PyTypeObject *type, int slot);
// __Pyx_PyType_GetSlot(type, name, ctype): the parse stage blanks the `*` of ctype, so the type is
// not used; each slot Cython reads by name has an accessor of the right type.
#define cy_Pyx_PyType_GetSlot(type, name, ctype) cy_slot_get_##name(type)
#define cy_Pyx_PyObject_GetSlot(obj, name, ctype) cy_slot_get_##name(mp_obj_get_type(obj))
#define cy_slot_get_tp_base(t) ((cy_PyTypeObject *)cy_PyType_GetSlot((t), cy_Py_tp_base))
#define cy_slot_get_tp_free(t) ((freefunc)cy_PyType_GetSlot((t), cy_Py_tp_free))
#define cy_slot_get_tp_dealloc(t) ((destructor)cy_PyType_GetSlot((t), cy_Py_tp_dealloc))
#define cy_slot_get_tp_finalize(t) ((destructor)cy_PyType_GetSlot((t), cy_Py_tp_finalize))
#define cy_slot_get_tp_new(t) ((newfunc)cy_PyType_GetSlot((t), cy_Py_tp_new))
#define cy_slot_get_tp_alloc(t) ((allocfunc)cy_PyType_GetSlot((t), cy_Py_tp_alloc))
#define cy_slot_get_tp_traverse(t) ((traverseproc)cy_PyType_GetSlot((t), cy_Py_tp_traverse))
#define cy_slot_get_tp_clear(t) ((inquiry)cy_PyType_GetSlot((t), cy_Py_tp_clear))
#define cy_slot_get_tp_init(t) ((initproc)cy_PyType_GetSlot((t), cy_Py_tp_init))
#define cy_slot_get_tp_getattro(t) ((getattrofunc)cy_PyType_GetSlot((t), cy_Py_tp_getattro))
#define cy_slot_get_tp_setattro(t) ((setattrofunc)cy_PyType_GetSlot((t), cy_Py_tp_setattro))
#define cy_slot_get_tp_iternext(t) ((iternextfunc)cy_PyType_GetSlot((t), cy_Py_tp_iternext))

// The type's flags: the spec's flags for an extension type (HAVE_GC masked out: MicroPython's
// collector needs no traversal, and Cython's cpdef dispatch reads "a subclass with HAVE_GC" as "a
// class defined in Python"), HEAPTYPE|BASETYPE|HAVE_GC for a class defined in Python, and
// DEFAULT|BASETYPE for the built-in types.
unsigned long cy_PyType_GetFlags(cy_PyTypeObject *type);
#define cy_Pyx_PyType_HasFeature(type, feature) ((cy_PyType_GetFlags(type) & (feature)) != 0)
#define cy_PyType_HasFeature(type, feature) cy_Pyx_PyType_HasFeature((type), (feature))
#define cy_PyType_IS_GC(type) cy_Pyx_PyType_HasFeature((type), cy_Py_TPFLAGS_HAVE_GC)
#define cy_PyType_Ready(type) (0)
#define cy_Pyx_PyType_Ready(type) (0)
#define cy_PyType_Modified(type) ((void)(type))

// PyObject_GenericGetAttr / PyObject_GenericSetAttr (value MP_OBJ_NULL deletes): the lookup of
// an extension type without its tp_getattro / tp_setattro (Cython's __getattr__ and __setattr__
// call these first).
mp_obj_t cy_PyObject_GenericGetAttr(mp_obj_t obj, mp_obj_t name);
int cy_PyObject_GenericSetAttr(mp_obj_t obj, mp_obj_t name, mp_obj_t value);
#define cy_Pyx_PyObject_GenericGetAttr(obj, name) cy_PyObject_GenericGetAttr((obj), (name))
#define cy_Pyx_PyObject_GenericGetAttrNoDict(obj, name) cy_PyObject_GenericGetAttr((obj), (name))

// The instance dict of an extension type with `cdef dict __dict__` (created on first use), for
// the type's `__dict__` property. NULL with a pending AttributeError for other objects.
mp_obj_t cy_PyObject_GenericGetDict(mp_obj_t obj, void *context);

// Cython's C method table of an extension type (stored on the type; 0, or -1).
int cy_Pyx_SetVtable(cy_PyTypeObject *type, void *vtable);
void *cy_Pyx_GetVtable(cy_PyTypeObject *type);
// @cython.collection_type("sequence"/"mapping") sets a flag for pattern matching: nothing to do.
#define cy_Pyx_ApplySequenceOrMappingFlag(type, is_sequence) ((void)(type), (void)(is_sequence), 0)
// Pickling support: MicroPython has no pickle; nothing to set up.
#define cy_Pyx_setup_reduce(type) ((void)(type), 0)
// type.__dict__[name] = value for a type being built (def methods, static/class methods, class
// attributes). 0, or -1.
int cy_set_item_on_type_dict(mp_obj_t type, mp_obj_t name, mp_obj_t value);
#define cy_Pyx_SetItemOnTypeDict(type, name, value) \
    cy_set_item_on_type_dict(MP_OBJ_FROM_PTR(type), (name), (value))
// Cython's name lookup in a class body: the class namespace, its bases, then the module globals.
// Assigns to var (NULL with a pending NameError).
mp_obj_t cy_get_name_in_class(mp_obj_t nmspace, mp_obj_t name, mp_obj_t module_dict);
#define cy_Pyx_GetNameInClass(var, nmspace, name) \
    ((var) = cy_get_name_in_class((nmspace), (name), CY_MODULE_DICT))
// classmethod(method).
mp_obj_t cy_Pyx_Method_ClassMethod(mp_obj_t method);

// isinstance checks of typed arguments and casts: 1, or 0 with a pending TypeError
// ("Cannot convert X to Y").
int cy_Pyx_TypeTest(mp_obj_t obj, cy_PyTypeObject *type);
// Is `func` (a function, a bound method or a staticmethod) the Cython function whose C
// implementation is `cfunc`? Used by cpdef dispatch to find Python overrides.
int cy_Pyx_IsSameCFunction(mp_obj_t func, void (*cfunc)(void));
#define cy_Pyx_IsSameCyOrCFunction(func, cfunc) cy_Pyx_IsSameCFunction((func), (cfunc))

// Free-threading critical sections: nothing to do on MicroPython.
typedef int cy_Pyx_PyCriticalSection;
typedef int cy_Pyx_PyCriticalSection2;
#define cy_Pyx_PyCriticalSection_Begin1(cs, obj) ((void)(cs), (void)(obj))
#define cy_Pyx_PyCriticalSection2_Begin(cs, a, b) ((void)(cs), (void)(a), (void)(b))
#define cy_Pyx_PyCriticalSection_Begin(cs, obj) ((void)(cs), (void)(obj))
#define cy_Pyx_PyCriticalSection_End1(cs) ((void)(cs))
#define cy_Pyx_PyCriticalSection2_End(cs) ((void)(cs))
#define cy_Pyx_PyCriticalSection_End(cs) ((void)(cs))

// Instance creation without an argument tuple (the profile sets CYTHON_VECTORCALL_TPNEW). For a
// cdef class whose __cinit__ and __init__ (and its bases') take no *args, Cython writes
// vectorcall-shaped tp_new and __init__ functions, parsing FASTCALL-style, and a tp_vectorcall
// that creates and initialises an instance; the translation lists it in the type spec as
// cy_Py_tp_vectorcall, and the type's make_new calls it on MicroPython's own argument array:
// `kwnames` is the FASTCALL small-int count of the (name, value) pairs after the positionals,
// as for `def` functions. Its tp_new and tp_init slots stay tuple-shaped (for classes derived
// in Python, whose __new__ and __init__ get an argument tuple): Cython's adapters call the
// runtime's cy_Pyx_CallTpnewAsVectorcall / cy_Pyx_CallTpinitAsVectorcall, which pass the tuple's
// items and the dict's pairs on.
#define cy_Pyx_KwValues_FASTCALL_TPNEW(args, nargs) cy_Pyx_KwValues_FASTCALL((args), (nargs))
#define cy_Pyx_NumKwargs_FASTCALL_TPNEW(kwds) cy_Pyx_NumKwargs_FASTCALL(kwds)
#define cy_Pyx_ArgRef_FASTCALL_TPNEW(args, i) cy_Pyx_ArgRef_FASTCALL((args), (i))
#define cy_Pyx_Arg_FASTCALL_TPNEW(args, i) cy_Pyx_Arg_FASTCALL((args), (i))
#define cy_Pyx_ArgsSlice_FASTCALL_TPNEW(args, start, stop) cy_Pyx_ArgsSlice_FASTCALL((args), (start), (stop))
#define cy_Pyx_KwargsAsDict_FASTCALL_TPNEW(kwds, kwvalues) cy_Pyx_KwargsAsDict_FASTCALL((kwds), (kwvalues))
typedef mp_obj_t (*cy_Pyx_tpnewvectorcallfunc)(cy_PyTypeObject *type, mp_obj_t const *args,
    mp_int_t nargs, mp_obj_t kwnames);
typedef int (*cy_Pyx_tpinitvectorcallfunc)(mp_obj_t self, mp_obj_t const *args, mp_int_t nargs,
    mp_obj_t kwnames);
// tp_new(type, args tuple, kwargs dict or NULL) through its vectorcall form `f`. NULL with a
// pending exception on failure.
mp_obj_t cy_Pyx_CallTpnewAsVectorcall(cy_Pyx_tpnewvectorcallfunc f, cy_PyTypeObject *type,
    mp_obj_t args, mp_obj_t kwds);
// tp_init(self, args tuple, kwargs dict or NULL) through its vectorcall form `f`. 0, or -1.
int cy_Pyx_CallTpinitAsVectorcall(cy_Pyx_tpinitvectorcallfunc f, mp_obj_t self, mp_obj_t args,
    mp_obj_t kwds);
// type(*args, **kwargs) through the type's tuple-shaped tp_new and tp_init, for a tp_vectorcall
// called with a type other than its own. NULL with a pending exception on failure.
mp_obj_t cy_Pyx_CallNewInitFromVectorcall(cy_PyTypeObject *type, mp_obj_t const *args,
    size_t nargsf, mp_obj_t kwnames);
// T.__new__(T, *args, **kwargs) as Cython optimises it (ObjectHandling.c tp_new): the type's
// tp_new slot for an extension type or a Python class derived from one; object.__new__ for
// another Python class; for a built-in type, the type called (MicroPython's built-ins have no
// separate __new__). NULL with a pending exception on failure.
mp_obj_t cy_Pyx_tp_new_kwargs(mp_obj_t type_obj, mp_obj_t args, mp_obj_t kwargs);
#define cy_Pyx_tp_new(type_obj, args) cy_Pyx_tp_new_kwargs((type_obj), (args), MP_OBJ_NULL)

// Unpickling helpers of Cython's __reduce_cython__/__setstate_cython__ (module code; MicroPython
// has no pickle, but the functions must work as Python functions).
int cy_Pyx_CheckUnpickleChecksum(long checksum, long checksum1, long checksum2, long checksum3,
    const char *members);
int cy_Pyx_UpdateUnpickledDict(mp_obj_t obj, mp_obj_t state, mp_int_t index);

// A type defined by another module (a cimported extension type, or a builtin such as `type`):
// getattr(module, class_name), which must be a type. NULL with a pending exception otherwise.
// The size and alignment Cython passes describe CPython's structs and are not checked.
#define cy_ImportType_CheckSize_Error (0)
#define cy_ImportType_CheckSize_Warn (1)
#define cy_ImportType_CheckSize_Ignore (2)
cy_PyTypeObject *cy_Pyx_ImportType(mp_obj_t module, const char *module_name,
    const char *class_name, size_t size, size_t alignment, int check_size);

// ===========================================================================================
// Python classes defined in the module (`class C(Base):` in the .pyx)
// ===========================================================================================
//
// Cython builds them as CPython runs a class statement: the metaclass, a namespace dict filled by
// the class body, then metaclass(name, bases, namespace). On MicroPython the metaclass is `type`
// (MicroPython has no other metaclasses), so the class is a class as a script would define it;
// it may derive from extension types, other Python classes and built-in types like Exception.

// The metaclass for `bases` (`type`); an explicit metaclass other than type is rejected.
mp_obj_t cy_Pyx_CalculateMetaclass(cy_PyTypeObject *metaclass, mp_obj_t bases);
// The metaclass of `class C(*bases, **mkw)`: mkw's "metaclass" (removed from mkw; a type goes
// through cy_Pyx_CalculateMetaclass, another callable is kept), else the bases' (type).
mp_obj_t cy_Pyx_Py3MetaclassGet(mp_obj_t bases, mp_obj_t mkw);
// PEP 560 __mro_entries__: the bases as given.
mp_obj_t cy_Pyx_PEP560_update_bases(mp_obj_t bases);
// The class body's namespace: a dict with __module__, __qualname__ and __doc__ (when doc).
mp_obj_t cy_Pyx_Py3MetaclassPrepare(mp_obj_t metaclass, mp_obj_t bases, mp_obj_t name,
    mp_obj_t qualname, mp_obj_t mkw, mp_obj_t modname, mp_obj_t doc);
// metaclass(name, bases, namespace).
mp_obj_t cy_Pyx_Py3ClassCreate(mp_obj_t metaclass, mp_obj_t name, mp_obj_t bases, mp_obj_t dict,
    mp_obj_t mkw, int calculate_metaclass, int allow_py2_metaclass);
// namespace[name] = value in a class body. 0, or -1.
int cy_Pyx_SetNameInClass(mp_obj_t nmspace, mp_obj_t name, mp_obj_t value);
// `def __new__` in a class body: stored as a staticmethod (Cython's __Pyx_SetNewInClass).
int cy_Pyx_SetNewInClass(mp_obj_t nmspace, mp_obj_t name, mp_obj_t value);
// The class cell of the class's methods that use super(): each function object of `functions`
// (a list) gets `cls`. 0, or -1.
int cy_Pyx_CyFunction_InitClassCell(mp_obj_t functions, mp_obj_t cls);

#endif // CY2UPY_TYPES_H
