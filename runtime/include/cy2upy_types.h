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

// The instance part of a built-in base (`cdef class L(list)`: Cython's struct starts with a
// PyListObject): MicroPython's instance of a class with a native base, mp_obj_instance_t with one
// sub-object, which is the built-in object itself (py/objtype.c). MicroPython's own code finds
// the built-in's methods and operators on the sub-object, as for a class defined in Python that
// derives from list; Cython's fields follow it.
typedef struct _cy_native_base_obj_t {
    CY_OBJ_HEAD;
    mp_obj_t cy_native;
} cy_native_base_obj_t;
// PyListObject: the instance part of a cdef class deriving from list.
typedef cy_native_base_obj_t cy_PyListObject;
// PyDictObject: the instance part of a cdef class deriving from dict.
typedef cy_native_base_obj_t cy_PyDictObject;
// PyTupleObject: the instance part of a cdef class deriving from tuple.
typedef cy_native_base_obj_t cy_PyTupleObject;
// PySetObject: the instance part of a cdef class deriving from set or frozenset.
typedef cy_native_base_obj_t cy_PySetObject;
// PyLongObject: the instance part of a cdef class deriving from int.
typedef cy_native_base_obj_t cy_PyLongObject;
// PyFloatObject: the instance part of a cdef class deriving from float.
typedef cy_native_base_obj_t cy_PyFloatObject;
// PyUnicodeObject: the instance part of a cdef class deriving from str.
typedef cy_native_base_obj_t cy_PyUnicodeObject;
// PyBytesObject: the instance part of a cdef class deriving from bytes.
typedef cy_native_base_obj_t cy_PyBytesObject;
// PyByteArrayObject: the instance part of a cdef class deriving from bytearray.
typedef cy_native_base_obj_t cy_PyByteArrayObject;
// PyComplexObject: the instance part of a cdef class deriving from complex.
typedef cy_native_base_obj_t cy_PyComplexObject;
// cy_native_of (cy2upy.h) gives the built-in object of such an instance.

// ===========================================================================================
// Type specs (CPython's PyType_Spec, PyType_Slot, PyGetSetDef, PyMemberDef)
// ===========================================================================================

// PyType_Slot: one (slot id, function or value) entry of a type spec's NULL-terminated slot array.
// Const, as the spec below: Cython's slot tables and specs stay in ROM.
typedef const struct _cy_PyType_Slot {
    int slot;
    void *pfunc;
} cy_PyType_Slot;

// PyType_Spec: what Cython builds a cdef class from: its name ("module.Name"), instance size,
// flags and slots.
typedef const struct _cy_PyType_Spec {
    const char *name;
    int basicsize;
    int itemsize;
    unsigned int flags;
    cy_PyType_Slot *slots;
} cy_PyType_Spec;

// Function pointer types of the slots, named as CPython names them.
typedef mp_obj_t (*getter)(mp_obj_t self, void *closure);
// A property setter: 0, or -1 with a pending exception.
typedef int (*setter)(mp_obj_t self, mp_obj_t value, void *closure);
// tp_dealloc, tp_finalize: release what an instance holds.
typedef void (*destructor)(mp_obj_t self);
// tp_free: free an instance's memory (the collector does it here).
typedef void (*freefunc)(void *p);
// A unary slot (nb_negative, nb_int, ...): the result, or NULL with a pending exception.
typedef mp_obj_t (*unaryfunc)(mp_obj_t a);
// A binary slot (nb_add, mp_subscript, ...): the result (NotImplemented when the operands are not
// supported), or NULL with a pending exception.
typedef mp_obj_t (*binaryfunc)(mp_obj_t a, mp_obj_t b);
// nb_power (with its modulo argument) and tp_call.
typedef mp_obj_t (*ternaryfunc)(mp_obj_t a, mp_obj_t b, mp_obj_t c);
// nb_bool and tp_clear: 1/0 (or 0 for tp_clear), -1 with a pending exception.
typedef int (*inquiry)(mp_obj_t self);
// sq_length, mp_length: the length, or -1 with a pending exception.
typedef mp_int_t (*lenfunc)(mp_obj_t self);
// sq_item, sq_repeat: obj[i] or obj * i.
typedef mp_obj_t (*ssizeargfunc)(mp_obj_t self, mp_int_t i);
// sq_ass_item: obj[i] = value (value NULL deletes); 0, or -1.
typedef int (*ssizeobjargproc)(mp_obj_t self, mp_int_t i, mp_obj_t value);
// mp_ass_subscript: obj[key] = value (value NULL deletes); 0, or -1.
typedef int (*objobjargproc)(mp_obj_t self, mp_obj_t key, mp_obj_t value);
// sq_contains: value in obj: 1, 0, or -1.
typedef int (*objobjproc)(mp_obj_t self, mp_obj_t value);
// tp_repr, tp_str: the string, or NULL with a pending exception.
typedef mp_obj_t (*reprfunc)(mp_obj_t self);
// tp_hash: the hash, or -1 with a pending exception.
typedef mp_int_t (*hashfunc)(mp_obj_t self);
// tp_richcompare: a op b (op Py_LT..Py_GE), NotImplemented, or NULL with a pending exception.
typedef mp_obj_t (*richcmpfunc)(mp_obj_t a, mp_obj_t b, int op);
// tp_iter: iter(self).
typedef mp_obj_t (*getiterfunc)(mp_obj_t self);
// tp_iternext: the next item, or NULL at the end (without a pending exception) or on error.
typedef mp_obj_t (*iternextfunc)(mp_obj_t self);
// tp_getattro: getattr(self, name), or NULL with a pending exception.
typedef mp_obj_t (*getattrofunc)(mp_obj_t self, mp_obj_t name);
// tp_setattro: setattr(self, name, value) (value NULL deletes); 0, or -1.
typedef int (*setattrofunc)(mp_obj_t self, mp_obj_t name, mp_obj_t value);
// tp_descr_get: __get__(self, obj, type).
typedef mp_obj_t (*descrgetfunc)(mp_obj_t self, mp_obj_t obj, mp_obj_t type);
// tp_descr_set: __set__(self, obj, value) (value NULL: __delete__); 0, or -1.
typedef int (*descrsetfunc)(mp_obj_t self, mp_obj_t obj, mp_obj_t value);
// tp_init: __init__(self, *args, **kwds); 0, or -1.
typedef int (*initproc)(mp_obj_t self, mp_obj_t args, mp_obj_t kwds);
// tp_new: a new instance of type from (args tuple, kwds dict or NULL), or NULL.
typedef mp_obj_t (*newfunc)(const mp_obj_type_t *type, mp_obj_t args, mp_obj_t kwds);
// tp_alloc: a zeroed instance of type.
typedef mp_obj_t (*allocfunc)(const mp_obj_type_t *type, mp_int_t nitems);
// The visit callback of tp_traverse (never called here: the collector needs no traversal).
typedef int (*visitproc)(mp_obj_t obj, void *arg);
// tp_traverse (never called here: the collector needs no traversal).
typedef int (*traverseproc)(mp_obj_t self, visitproc visit, void *arg);

// Cython writes `struct PyGetSetDef` and `PyMemberDef`; rules rename both.
typedef struct cy_PyGetSetDef {
    const char *name;
    getter get;
    setter set;
    const char *doc;
    void *closure;
} cy_PyGetSetDef;

// PyMemberDef: an attribute stored in the instance: name, Py_T_* type, offset, flags
// (Py_READONLY), doc. `c_type` and `store`, which CPython's struct lacks, are set only in the
// members the translator makes of Cython's `cdef public`/`cdef readonly` attributes
// (src/members.rs): `c_type` names the field's C type (as Cython's conversion errors do),
// `store` converts and stores a value (NULL for a read-only one), and such a member behaves as
// the property Cython writes: Cython's conversions and errors on assignment, `del` raising
// NotImplementedError("__del__") for a C value and storing None for an object.
struct cy_PyMemberDef;
// How a member of a Cython attribute stores a value (not called for a deletion): converts
// `value` as Cython's property would and stores it at `field`, or raises (MicroPython context).
typedef void (*cy_member_store)(char *field, const struct cy_PyMemberDef *m, mp_obj_t value);

typedef struct cy_PyMemberDef {
    const char *name;
    int type;
    mp_int_t offset;
    int flags;
    const char *doc;
    const char *c_type;
    cy_member_store store;
} cy_PyMemberDef;

// The stores of Cython's attributes, one per conversion, named by the member tables so that a
// firmware links only the conversions its modules use.
// A C integer of a signed type (CY_T_SIGNED): Cython's __Pyx_PyLong_As_<T>.
void cy_member_store_signed(char *field, const cy_PyMemberDef *m, mp_obj_t value);
// A C integer of an unsigned type (CY_T_UNSIGNED).
void cy_member_store_unsigned(char *field, const cy_PyMemberDef *m, mp_obj_t value);
// A Py_ssize_t (CY_T_SSIZE): __Pyx_PyIndex_AsSsize_t.
void cy_member_store_ssize(char *field, const cy_PyMemberDef *m, mp_obj_t value);
// A bint (CY_T_BINT): the value's truth.
void cy_member_store_bint(char *field, const cy_PyMemberDef *m, mp_obj_t value);
// A float or double (Py_T_FLOAT, Py_T_DOUBLE): __Pyx_PyFloat_AsDouble.
void cy_member_store_float(char *field, const cy_PyMemberDef *m, mp_obj_t value);
// An object (Py_T_OBJECT): stored as it is.
void cy_member_store_object(char *field, const cy_PyMemberDef *m, mp_obj_t value);

// Member types of Cython's attributes beyond CPython's (only with `c_type`): a C integer of
// any size and signedness (CY_MEMBER_INT((T)-1 < (T)0, sizeof(T)): CY_T_SIGNED or
// CY_T_UNSIGNED plus the size),
// a `bint` (a C int read as a bool) and a Py_ssize_t (set through __index__, as Cython does).
#define CY_T_SIGNED (0x40)
#define CY_T_UNSIGNED (0x50)
#define CY_T_BINT (0x60)
#define CY_T_SSIZE (0x61)
#define CY_MEMBER_INT(is_signed, size) (((is_signed) ? CY_T_SIGNED : CY_T_UNSIGNED) + (int)(size))
// The store of such an integer member.
#define CY_MEMBER_INT_STORE(is_signed) ((is_signed) ? cy_member_store_signed : cy_member_store_unsigned)

// PyMemberDef types and flags (CPython's values).
#define cy_Py_T_SHORT (0)
// Py_T_INT: a PyMemberDef of C type int.
#define cy_Py_T_INT (1)
// Py_T_LONG: a PyMemberDef of C type long.
#define cy_Py_T_LONG (2)
// Py_T_FLOAT: a PyMemberDef of C type float.
#define cy_Py_T_FLOAT (3)
// Py_T_DOUBLE: a PyMemberDef of C type double.
#define cy_Py_T_DOUBLE (4)
// Py_T_STRING: a PyMemberDef of C type char * (read-only str).
#define cy_Py_T_STRING (5)
// Py_T_OBJECT: a PyMemberDef of C type object (None when NULL).
#define cy_Py_T_OBJECT (6)
// Py_T_CHAR: a PyMemberDef of C type char (a one-character str).
#define cy_Py_T_CHAR (7)
// Py_T_BYTE: a PyMemberDef of C type signed char.
#define cy_Py_T_BYTE (8)
// Py_T_UBYTE: a PyMemberDef of C type unsigned char.
#define cy_Py_T_UBYTE (9)
// Py_T_USHORT: a PyMemberDef of C type unsigned short.
#define cy_Py_T_USHORT (10)
// Py_T_UINT: a PyMemberDef of C type unsigned int.
#define cy_Py_T_UINT (11)
// Py_T_ULONG: a PyMemberDef of C type unsigned long.
#define cy_Py_T_ULONG (12)
// Py_T_BOOL: a PyMemberDef of C type char (a bool).
#define cy_Py_T_BOOL (14)
// Py_T_OBJECT_EX: a PyMemberDef of C type object (AttributeError when NULL).
#define cy_Py_T_OBJECT_EX (16)
// Py_T_LONGLONG: a PyMemberDef of C type long long.
#define cy_Py_T_LONGLONG (17)
// Py_T_ULONGLONG: a PyMemberDef of C type unsigned long long.
#define cy_Py_T_ULONGLONG (18)
// Py_T_PYSSIZET: a PyMemberDef of C type Py_ssize_t.
#define cy_Py_T_PYSSIZET (19)
// Py_READONLY: a PyMemberDef that cannot be assigned.
#define cy_Py_READONLY (1)
// structmember.h's unprefixed names, which Cython writes in the tp_members of a type with
// `cdef dict __dict__`.
#ifndef T_PYSSIZET
#define T_PYSSIZET cy_Py_T_PYSSIZET
#endif
#ifndef READONLY
// structmember.h's READONLY: Py_READONLY.
#define READONLY cy_Py_READONLY
#endif
// T_OBJECT: Py_T_OBJECT.
#define cy_T_OBJECT cy_Py_T_OBJECT
// T_OBJECT_EX: Py_T_OBJECT_EX.
#define cy_T_OBJECT_EX cy_Py_T_OBJECT_EX
// T_PYSSIZET: Py_T_PYSSIZET.
#define cy_T_PYSSIZET cy_Py_T_PYSSIZET
// READONLY (routed name): Py_READONLY.
#define cy_READONLY cy_Py_READONLY

// Slot ids (CPython's typeslots.h).
#define cy_Py_bf_getbuffer (1)
// Py_bf_releasebuffer: the slot id of bf_releasebuffer (CPython's typeslots.h value).
#define cy_Py_bf_releasebuffer (2)
// Py_mp_ass_subscript: the slot id of mp_ass_subscript (CPython's typeslots.h value).
#define cy_Py_mp_ass_subscript (3)
// Py_mp_length: the slot id of mp_length (CPython's typeslots.h value).
#define cy_Py_mp_length (4)
// Py_mp_subscript: the slot id of mp_subscript (CPython's typeslots.h value).
#define cy_Py_mp_subscript (5)
// Py_nb_absolute: the slot id of nb_absolute (CPython's typeslots.h value).
#define cy_Py_nb_absolute (6)
// Py_nb_add: the slot id of nb_add (CPython's typeslots.h value).
#define cy_Py_nb_add (7)
// Py_nb_and: the slot id of nb_and (CPython's typeslots.h value).
#define cy_Py_nb_and (8)
// Py_nb_bool: the slot id of nb_bool (CPython's typeslots.h value).
#define cy_Py_nb_bool (9)
// Py_nb_divmod: the slot id of nb_divmod (CPython's typeslots.h value).
#define cy_Py_nb_divmod (10)
// Py_nb_float: the slot id of nb_float (CPython's typeslots.h value).
#define cy_Py_nb_float (11)
// Py_nb_floor_divide: the slot id of nb_floor_divide (CPython's typeslots.h value).
#define cy_Py_nb_floor_divide (12)
// Py_nb_index: the slot id of nb_index (CPython's typeslots.h value).
#define cy_Py_nb_index (13)
// Py_nb_inplace_add: the slot id of nb_inplace_add (CPython's typeslots.h value).
#define cy_Py_nb_inplace_add (14)
// Py_nb_inplace_and: the slot id of nb_inplace_and (CPython's typeslots.h value).
#define cy_Py_nb_inplace_and (15)
// Py_nb_inplace_floor_divide: the slot id of nb_inplace_floor_divide (CPython's typeslots.h
// value).
#define cy_Py_nb_inplace_floor_divide (16)
// Py_nb_inplace_lshift: the slot id of nb_inplace_lshift (CPython's typeslots.h value).
#define cy_Py_nb_inplace_lshift (17)
// Py_nb_inplace_multiply: the slot id of nb_inplace_multiply (CPython's typeslots.h value).
#define cy_Py_nb_inplace_multiply (18)
// Py_nb_inplace_or: the slot id of nb_inplace_or (CPython's typeslots.h value).
#define cy_Py_nb_inplace_or (19)
// Py_nb_inplace_power: the slot id of nb_inplace_power (CPython's typeslots.h value).
#define cy_Py_nb_inplace_power (20)
// Py_nb_inplace_remainder: the slot id of nb_inplace_remainder (CPython's typeslots.h value).
#define cy_Py_nb_inplace_remainder (21)
// Py_nb_inplace_rshift: the slot id of nb_inplace_rshift (CPython's typeslots.h value).
#define cy_Py_nb_inplace_rshift (22)
// Py_nb_inplace_subtract: the slot id of nb_inplace_subtract (CPython's typeslots.h value).
#define cy_Py_nb_inplace_subtract (23)
// Py_nb_inplace_true_divide: the slot id of nb_inplace_true_divide (CPython's typeslots.h value).
#define cy_Py_nb_inplace_true_divide (24)
// Py_nb_inplace_xor: the slot id of nb_inplace_xor (CPython's typeslots.h value).
#define cy_Py_nb_inplace_xor (25)
// Py_nb_int: the slot id of nb_int (CPython's typeslots.h value).
#define cy_Py_nb_int (26)
// Py_nb_invert: the slot id of nb_invert (CPython's typeslots.h value).
#define cy_Py_nb_invert (27)
// Py_nb_lshift: the slot id of nb_lshift (CPython's typeslots.h value).
#define cy_Py_nb_lshift (28)
// Py_nb_multiply: the slot id of nb_multiply (CPython's typeslots.h value).
#define cy_Py_nb_multiply (29)
// Py_nb_negative: the slot id of nb_negative (CPython's typeslots.h value).
#define cy_Py_nb_negative (30)
// Py_nb_or: the slot id of nb_or (CPython's typeslots.h value).
#define cy_Py_nb_or (31)
// Py_nb_positive: the slot id of nb_positive (CPython's typeslots.h value).
#define cy_Py_nb_positive (32)
// Py_nb_power: the slot id of nb_power (CPython's typeslots.h value).
#define cy_Py_nb_power (33)
// Py_nb_remainder: the slot id of nb_remainder (CPython's typeslots.h value).
#define cy_Py_nb_remainder (34)
// Py_nb_rshift: the slot id of nb_rshift (CPython's typeslots.h value).
#define cy_Py_nb_rshift (35)
// Py_nb_subtract: the slot id of nb_subtract (CPython's typeslots.h value).
#define cy_Py_nb_subtract (36)
// Py_nb_true_divide: the slot id of nb_true_divide (CPython's typeslots.h value).
#define cy_Py_nb_true_divide (37)
// Py_nb_xor: the slot id of nb_xor (CPython's typeslots.h value).
#define cy_Py_nb_xor (38)
// Py_sq_ass_item: the slot id of sq_ass_item (CPython's typeslots.h value).
#define cy_Py_sq_ass_item (39)
// Py_sq_concat: the slot id of sq_concat (CPython's typeslots.h value).
#define cy_Py_sq_concat (40)
// Py_sq_contains: the slot id of sq_contains (CPython's typeslots.h value).
#define cy_Py_sq_contains (41)
// Py_sq_inplace_concat: the slot id of sq_inplace_concat (CPython's typeslots.h value).
#define cy_Py_sq_inplace_concat (42)
// Py_sq_inplace_repeat: the slot id of sq_inplace_repeat (CPython's typeslots.h value).
#define cy_Py_sq_inplace_repeat (43)
// Py_sq_item: the slot id of sq_item (CPython's typeslots.h value).
#define cy_Py_sq_item (44)
// Py_sq_length: the slot id of sq_length (CPython's typeslots.h value).
#define cy_Py_sq_length (45)
// Py_sq_repeat: the slot id of sq_repeat (CPython's typeslots.h value).
#define cy_Py_sq_repeat (46)
// Py_tp_alloc: the slot id of tp_alloc (CPython's typeslots.h value).
#define cy_Py_tp_alloc (47)
// Py_tp_base: the slot id of tp_base (CPython's typeslots.h value).
#define cy_Py_tp_base (48)
// Py_tp_bases: the slot id of tp_bases (CPython's typeslots.h value).
#define cy_Py_tp_bases (49)
// Py_tp_call: the slot id of tp_call (CPython's typeslots.h value).
#define cy_Py_tp_call (50)
// Py_tp_clear: the slot id of tp_clear (CPython's typeslots.h value).
#define cy_Py_tp_clear (51)
// Py_tp_dealloc: the slot id of tp_dealloc (CPython's typeslots.h value).
#define cy_Py_tp_dealloc (52)
// Py_tp_del: the slot id of tp_del (CPython's typeslots.h value).
#define cy_Py_tp_del (53)
// Py_tp_descr_get: the slot id of tp_descr_get (CPython's typeslots.h value).
#define cy_Py_tp_descr_get (54)
// Py_tp_descr_set: the slot id of tp_descr_set (CPython's typeslots.h value).
#define cy_Py_tp_descr_set (55)
// Py_tp_doc: the slot id of tp_doc (CPython's typeslots.h value).
#define cy_Py_tp_doc (56)
// Py_tp_getattr: the slot id of tp_getattr (CPython's typeslots.h value).
#define cy_Py_tp_getattr (57)
// Py_tp_getattro: the slot id of tp_getattro (CPython's typeslots.h value).
#define cy_Py_tp_getattro (58)
// Py_tp_hash: the slot id of tp_hash (CPython's typeslots.h value).
#define cy_Py_tp_hash (59)
// Py_tp_init: the slot id of tp_init (CPython's typeslots.h value).
#define cy_Py_tp_init (60)
// Py_tp_is_gc: the slot id of tp_is_gc (CPython's typeslots.h value).
#define cy_Py_tp_is_gc (61)
// Py_tp_iter: the slot id of tp_iter (CPython's typeslots.h value).
#define cy_Py_tp_iter (62)
// Py_tp_iternext: the slot id of tp_iternext (CPython's typeslots.h value).
#define cy_Py_tp_iternext (63)
// Py_tp_methods: the slot id of tp_methods (CPython's typeslots.h value).
#define cy_Py_tp_methods (64)
// Py_tp_new: the slot id of tp_new (CPython's typeslots.h value).
#define cy_Py_tp_new (65)
// Py_tp_repr: the slot id of tp_repr (CPython's typeslots.h value).
#define cy_Py_tp_repr (66)
// Py_tp_richcompare: the slot id of tp_richcompare (CPython's typeslots.h value).
#define cy_Py_tp_richcompare (67)
// Py_tp_setattr: the slot id of tp_setattr (CPython's typeslots.h value).
#define cy_Py_tp_setattr (68)
// Py_tp_setattro: the slot id of tp_setattro (CPython's typeslots.h value).
#define cy_Py_tp_setattro (69)
// Py_tp_str: the slot id of tp_str (CPython's typeslots.h value).
#define cy_Py_tp_str (70)
// Py_tp_traverse: the slot id of tp_traverse (CPython's typeslots.h value).
#define cy_Py_tp_traverse (71)
// Py_tp_members: the slot id of tp_members (CPython's typeslots.h value).
#define cy_Py_tp_members (72)
// Py_tp_getset: the slot id of tp_getset (CPython's typeslots.h value).
#define cy_Py_tp_getset (73)
// Py_tp_free: the slot id of tp_free (CPython's typeslots.h value).
#define cy_Py_tp_free (74)
// Py_nb_matrix_multiply: the slot id of nb_matrix_multiply (CPython's typeslots.h value).
#define cy_Py_nb_matrix_multiply (75)
// Py_nb_inplace_matrix_multiply: the slot id of nb_inplace_matrix_multiply (CPython's typeslots.h
// value).
#define cy_Py_nb_inplace_matrix_multiply (76)
// Py_am_await: the slot id of am_await (CPython's typeslots.h value).
#define cy_Py_am_await (77)
// Py_am_aiter: the slot id of am_aiter (CPython's typeslots.h value).
#define cy_Py_am_aiter (78)
// Py_am_anext: the slot id of am_anext (CPython's typeslots.h value).
#define cy_Py_am_anext (79)
// Py_tp_finalize: the slot id of tp_finalize (CPython's typeslots.h value).
#define cy_Py_tp_finalize (80)
// Py_am_send: the slot id of am_send (CPython's typeslots.h value).
#define cy_Py_am_send (81)
// Py_tp_vectorcall: the slot id of tp_vectorcall (CPython's typeslots.h value).
#define cy_Py_tp_vectorcall (82)
// A pseudo slot, not CPython's: the vectorcall-shaped __init__ wrapper of a class whose tp_new
// and tp_vectorcall the translation replaced by cy_Pyx_tp_new_basic and
// cy_Pyx_tp_vectorcall_basic (src/lifecycle.rs). Not inherited: it names the class's own
// __init__, which a subclass's instance creation must not call in place of its own.
#define cy_Py_tp_init_vectorcall (83)
// The number of slot ids (the size of cy_type_t's slot table).
#define CY_NUM_TYPE_SLOTS (84)

// Pseudo slots, not CPython's: the MicroPython slot functions an extension type needs. The
// translation adds one to a type's slot table for each group of CPython slots the table fills
// (src/module.rs, SLOT_GROUPS), so a firmware links only the dispatchers its types use; a type
// inherits its base's. Without them a type has make_new, print and attr only.
#define cy_Py_mp_unary_op (1001)
#define cy_Py_mp_binary_op (1002)
#define cy_Py_mp_subscr (1003)
#define cy_Py_mp_iter (1004)
#define cy_Py_mp_call (1005)
#define cy_Py_mp_buffer (1006)
// The dispatchers named by those pseudo slots: CPython's number, mapping, sequence, iterator
// and call slots of an extension type, called by MicroPython's operators.
mp_obj_t cy_ext_unary_op(mp_unary_op_t op, mp_obj_t self);
mp_obj_t cy_ext_binary_op(mp_binary_op_t op, mp_obj_t lhs, mp_obj_t rhs);
mp_obj_t cy_ext_subscr(mp_obj_t self, mp_obj_t index, mp_obj_t value);
extern const mp_getiter_iternext_custom_t cy_ext_iter;
mp_obj_t cy_ext_call(mp_obj_t self, size_t n_args, size_t n_kw, const mp_obj_t *args);
// (cy_ext_buffer, the dispatcher of cy_Py_mp_buffer, is declared with the typed memoryviews in
// cy2upy.h.)

// How many attribute lookups each extension type remembers (cy_type_t's attr_cache).
#define CY_ATTR_CACHE_WAYS (4)

// Type flags (CPython's values). Only the spec's own flags are kept; HAVE_GC is dropped from
// extension types (see cy_Pyx_PyType_HasFeature).
#define cy_Py_TPFLAGS_MANAGED_DICT (1UL << 4)
// Py_TPFLAGS_SEQUENCE: CPython's type flag (same value).
#define cy_Py_TPFLAGS_SEQUENCE (1UL << 5)
// Py_TPFLAGS_MAPPING: CPython's type flag (same value).
#define cy_Py_TPFLAGS_MAPPING (1UL << 6)
// Py_TPFLAGS_DISALLOW_INSTANTIATION: CPython's type flag (same value).
#define cy_Py_TPFLAGS_DISALLOW_INSTANTIATION (1UL << 7)
// Py_TPFLAGS_IMMUTABLETYPE: CPython's type flag (same value).
#define cy_Py_TPFLAGS_IMMUTABLETYPE (1UL << 8)
// Py_TPFLAGS_HEAPTYPE: CPython's type flag (same value).
#define cy_Py_TPFLAGS_HEAPTYPE (1UL << 9)
// Py_TPFLAGS_BASETYPE: CPython's type flag (same value).
#define cy_Py_TPFLAGS_BASETYPE (1UL << 10)
// Py_TPFLAGS_HAVE_VECTORCALL: CPython's type flag (same value).
#define cy_Py_TPFLAGS_HAVE_VECTORCALL (1UL << 11)
// Py_TPFLAGS_READY: CPython's type flag (same value).
#define cy_Py_TPFLAGS_READY (1UL << 12)
// Py_TPFLAGS_HAVE_GC: CPython's type flag (same value).
#define cy_Py_TPFLAGS_HAVE_GC (1UL << 14)
// Py_TPFLAGS_METHOD_DESCRIPTOR: CPython's type flag (same value).
#define cy_Py_TPFLAGS_METHOD_DESCRIPTOR (1UL << 17)
// Py_TPFLAGS_HAVE_VERSION_TAG: CPython's type flag (same value).
#define cy_Py_TPFLAGS_HAVE_VERSION_TAG (1UL << 18)
// Py_TPFLAGS_IS_ABSTRACT: CPython's type flag (same value).
#define cy_Py_TPFLAGS_IS_ABSTRACT (1UL << 20)
// Py_TPFLAGS_LONG_SUBCLASS: CPython's type flag (same value).
#define cy_Py_TPFLAGS_LONG_SUBCLASS (1UL << 24)
// Py_TPFLAGS_LIST_SUBCLASS: CPython's type flag (same value).
#define cy_Py_TPFLAGS_LIST_SUBCLASS (1UL << 25)
// Py_TPFLAGS_TUPLE_SUBCLASS: CPython's type flag (same value).
#define cy_Py_TPFLAGS_TUPLE_SUBCLASS (1UL << 26)
// Py_TPFLAGS_BYTES_SUBCLASS: CPython's type flag (same value).
#define cy_Py_TPFLAGS_BYTES_SUBCLASS (1UL << 27)
// Py_TPFLAGS_UNICODE_SUBCLASS: CPython's type flag (same value).
#define cy_Py_TPFLAGS_UNICODE_SUBCLASS (1UL << 28)
// Py_TPFLAGS_DICT_SUBCLASS: CPython's type flag (same value).
#define cy_Py_TPFLAGS_DICT_SUBCLASS (1UL << 29)
// Py_TPFLAGS_BASE_EXC_SUBCLASS: CPython's type flag (same value).
#define cy_Py_TPFLAGS_BASE_EXC_SUBCLASS (1UL << 30)
// Py_TPFLAGS_TYPE_SUBCLASS: CPython's type flag (same value).
#define cy_Py_TPFLAGS_TYPE_SUBCLASS (1UL << 31)
// Py_TPFLAGS_DEFAULT: CPython's default flags (HAVE_VERSION_TAG).
#define cy_Py_TPFLAGS_DEFAULT (cy_Py_TPFLAGS_HAVE_VERSION_TAG)
// Py_TPFLAGS_HAVE_FINALIZE: Python 2's flag for tp_finalize; no effect here.
#define cy_Py_TPFLAGS_HAVE_FINALIZE (1UL << 0)
// Py_TPFLAGS_CHECKTYPES: Python 2's flag; 0.
#define cy_Py_TPFLAGS_CHECKTYPES (0)
// Py_TPFLAGS_HAVE_NEWBUFFER: Python 2's flag; 0.
#define cy_Py_TPFLAGS_HAVE_NEWBUFFER (0)
// Cython's __Pyx_TPFLAGS_HAVE_AM_SEND: 0 (the am_send slot is not used to drive generators here).
#define cy_Pyx_TPFLAGS_HAVE_AM_SEND (0)

// NotImplemented: what Cython's number and comparison slots return for operands they do not
// support (MicroPython then tries the reflected operation).
// Ports below the EXTRA_FEATURES level lack it: a module that uses it does not compile there.
#if MICROPY_PY_BUILTINS_NOTIMPLEMENTED
#define cy_Py_NotImplemented mp_const_notimplemented
#else
// Py_NotImplemented: MicroPython's NotImplemented (a module that uses it needs
// MICROPY_PY_BUILTINS_NOTIMPLEMENTED).
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

// An extension type (cdef class) built from a type spec: MicroPython's type, then what the runtime
// keeps of the spec.
typedef struct _cy_type_t {
    // What MicroPython sees: a full type (10 of its 11 slots are used, 11 with a buffer).
    mp_obj_full_type_t mp;
    // The spec it was built from, its base extension type (NULL: object or a built-in type) and
    // its flags.
    const cy_PyType_Spec *spec;
    struct _cy_type_t *base;
    // The built-in type it derives from, itself or through `base` (instances then start with a
    // cy_native_base_obj_t), or NULL.
    const mp_obj_type_t *native;
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
    // lookup. The accessors are kept only when the type has no tp_getattro (getter) or
    // tp_setattro (setter) to ask first. `load` is what a load from an instance of exactly the
    // type does (runtime/c/cy2upy_types.c: read the member of the getter `acc[0]`, run that
    // getter, bind `value`), NULL for the general path; `store` is the member a store writes
    // (writable, with a Cython store) when the type has no tp_setattro, or NULL.
    struct _cy_attr_cache_t {
        qstr attr;
        size_t index;
        mp_obj_t value;
        const void *acc[2];
        const struct cy_PyMemberDef *store;
        void (*load)(mp_obj_t self, const struct _cy_attr_cache_t *c, mp_obj_t *dest);
    } attr_cache[CY_ATTR_CACHE_WAYS];
} cy_type_t;

// The extension type that `type` is or derives from (a class a script derived from an extension
// type has its extension type among its bases), or NULL.
cy_type_t *cy_type_extension_base(const mp_obj_type_t *type);
// Is `type` itself a type built by cy_Pyx_PyType_FromModuleAndSpec?
bool cy_type_is_extension(const mp_obj_type_t *type);

// A new type from `spec` with no base but object, or NULL with a pending exception.
mp_obj_t cy_type_from_spec(mp_obj_t module, cy_PyType_Spec *spec);
// A new type from `spec` and `bases` (NULL, None, a type, or a tuple whose first item is the
// base: an extension type, a built-in type or object; its other items are classes defined in
// Python), or NULL with a pending exception. Only this entry reaches the runtime's support for
// built-in bases.
mp_obj_t cy_type_from_spec_with_bases(mp_obj_t module, cy_PyType_Spec *spec, mp_obj_t bases);
// PyType_FromModuleAndSpec(module, spec, bases): a new type, or NULL with a pending exception.
// The NULL that Cython passes for a class without a base picks cy_type_from_spec when the module
// is compiled, so a firmware whose classes have no bases links no built-in-base support.
MP_ALWAYSINLINE static inline mp_obj_t cy_Pyx_PyType_FromModuleAndSpec(mp_obj_t module, cy_PyType_Spec *spec, mp_obj_t bases) {
    return bases == MP_OBJ_NULL ? cy_type_from_spec(module, spec)
                                : cy_type_from_spec_with_bases(module, spec, bases);
}
// PyType_FromModuleAndSpec: __Pyx_PyType_FromModuleAndSpec.
#define cy_PyType_FromModuleAndSpec(m, s, b) cy_Pyx_PyType_FromModuleAndSpec((m), (s), (b))
// PyType_FromSpecWithBases: a new type from spec and bases (no module).
#define cy_PyType_FromSpecWithBases(s, b) cy_Pyx_PyType_FromModuleAndSpec(MP_OBJ_NULL, (s), (b))
// PyType_FromSpec: a new type from spec (base object, no module).
#define cy_PyType_FromSpec(s) cy_Pyx_PyType_FromModuleAndSpec(MP_OBJ_NULL, (s), MP_OBJ_NULL)

// A new instance of `type` (an extension type or a class derived from one): a zeroed GC block of
// the extension type's basicsize, with a finaliser when the type has tp_dealloc and the port
// enables finalisers. NULL with a pending MemoryError on failure.
mp_obj_t cy_Pyx_AllocateExtensionType(cy_PyTypeObject *type, int is_final);
// PyType_GenericAlloc: a zeroed instance of type (__Pyx_AllocateExtensionType; nitems is unused).
#define cy_PyType_GenericAlloc(type, n) cy_Pyx_AllocateExtensionType((type), 0)
// tp_free: the collector frees instances.
#define cy_PyObject_GC_Del(o) ((void)(o))
// PyObject_Free: nothing (the collector frees instances).
#define cy_PyObject_Free(o) ((void)(o))
// PyObject_GC_Track: nothing (the collector sees every object).
#define cy_PyObject_GC_Track(o) ((void)(o))
// PyObject_GC_UnTrack: nothing (the collector sees every object).
#define cy_PyObject_GC_UnTrack(o) ((void)(o))
// Cython's __Pyx_PyObject_GC_IsFinalized: 0 (never finalised twice: MicroPython runs a finaliser
// once).
#define cy_Pyx_PyObject_GC_IsFinalized(o) (0)
// PyObject_CallFinalizerFromDealloc: 0 (no resurrection: tp_dealloc goes on).
#define cy_PyObject_CallFinalizerFromDealloc(o) (0)
// Cython's __Pyx_call_type_traverse: 0 (no traversal needed).
#define cy_Pyx_call_type_traverse(o, always_call, visit, arg) (0)
// Cython's __Pyx_TRASHCAN_BEGIN (tp_dealloc of a deeply nested structure, CPython's guard against
// deep recursion): nothing (the collector frees objects without recursion).
#define cy_Pyx_TRASHCAN_BEGIN(op, dealloc) ((void)(op))
// Cython's __Pyx_TRASHCAN_END: nothing (see cy_Pyx_TRASHCAN_BEGIN).
#define cy_Pyx_TRASHCAN_END ((void)0)
// Cython's __Pyx_call_next_tp_dealloc: the tp_dealloc of the nearest extension base of obj's
// type that has another one than `current_tp_dealloc` (a built-in base needs none: the collector
// frees the instance and its sub-object).
void cy_Pyx_call_next_tp_dealloc(mp_obj_t obj, destructor current_tp_dealloc);
// Cython's __Pyx_call_next_tp_traverse: 0 (no traversal needed).
#define cy_Pyx_call_next_tp_traverse(o, visit, arg, current) (0)
// Cython's __Pyx_call_next_tp_clear: nothing (no traversal needed).
#define cy_Pyx_call_next_tp_clear(o, current) ((void)(o))
// Cython's __Pyx_validate_extern_base: a cdef class with fields may not derive from a built-in
// type of variable size (CPython's tp_itemsize: int, tuple, bytes), as CPython refuses it; 0, or
// -1 with a pending TypeError.
int cy_Pyx_validate_extern_base(cy_PyTypeObject *base);
// CPython's `struct wrapperbase` (what a slot wrapper calls, and its docstring), of which Cython
// reads and sets only the docstring (CYTHON_UPDATE_DESCRIPTOR_DOC: the docstring of a special
// method, `A.__len__.__doc__`); a rule renames the struct.
typedef struct cy_wrapperbase {
    const char *doc;
} cy_wrapperbase;
// PyWrapperDescrObject: a slot wrapper of an extension type's dict (`__len__`, `__add__`, ...),
// as Cython's docstring code reads it: the wrapper's doc is d_base->doc.
typedef struct _cy_PyWrapperDescrObject {
    mp_obj_base_t base;
    cy_wrapperbase *d_base;
} cy_PyWrapperDescrObject;
// The type of the slot wrappers of extension types' dicts.
extern const mp_obj_type_t cy_slotwrap_type;
// PyWrapperDescr_Type: the type of the runtime's slot wrappers.
#define cy_PyWrapperDescr_Type cy_slotwrap_type
// Cython's __Pyx_validate_bases_tuple: the bases after the first of a cdef class with several
// (`cdef class C(CBase, PyBase)`) must be classes defined in Python, without a C layout; 0, or
// -1 with a pending TypeError.
int cy_Pyx_validate_bases_tuple(const char *type_name, int has_dictoffset, mp_obj_t bases);
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
// Cython's __Pyx_DeallocKeepAliveBegin: returns from tp_dealloc when it is the runtime's probe
// (above).
#define cy_Pyx_DeallocKeepAliveBegin(o) do { if (cy_dealloc_probe(o)) { return; } } while (0)
// Cython's __Pyx_DeallocKeepAliveEnd: nothing (no reference count to restore).
#define cy_Pyx_DeallocKeepAliveEnd(o) ((void)(o))

// PyType_GetSlot: the function of slot `slot` (inherited ones included), or NULL. Py_tp_base
// gives the base type (object for a type without a base). Of the built-in types, which a cdef
// class can derive from, only tp_new (a new instance with its built-in sub-object made from the
// arguments), tp_init (for list, dict, set and bytearray, which CPython fills in tp_init: the
// sub-object made anew from the arguments) and tp_dealloc (nothing to do) are known.
void *cy_PyType_GetSlot(cy_PyTypeObject *type, int slot);
// __Pyx_PyType_GetSlot(type, name, ctype): the parse stage blanks the `*` of ctype, so the type is
// not used; each slot Cython reads by name has an accessor of the right type.
#define cy_Pyx_PyType_GetSlot(type, name, ctype) cy_slot_get_##name(type)
// Cython's __Pyx_PyType_TryGetSlot(type, name, ctype): __Pyx_PyType_GetSlot (every type's slots
// can be read here).
#define cy_Pyx_PyType_TryGetSlot(type, name, ctype) cy_slot_get_##name(type)
// Cython's __Pyx_PyObject_GetSlot(obj, name, ctype): the slot `name` of obj's type, as
// __Pyx_PyType_GetSlot.
#define cy_Pyx_PyObject_GetSlot(obj, name, ctype) cy_slot_get_##name(mp_obj_get_type(obj))
// The tp_base slot of type t as its function type (for __Pyx_PyType_GetSlot).
#define cy_slot_get_tp_base(t) ((cy_PyTypeObject *)cy_PyType_GetSlot((t), cy_Py_tp_base))
// The tp_free slot of type t as its function type (for __Pyx_PyType_GetSlot).
#define cy_slot_get_tp_free(t) ((freefunc)cy_PyType_GetSlot((t), cy_Py_tp_free))
// The tp_dealloc slot of type t as its function type (for __Pyx_PyType_GetSlot).
#define cy_slot_get_tp_dealloc(t) ((destructor)cy_PyType_GetSlot((t), cy_Py_tp_dealloc))
// The tp_finalize slot of type t as its function type (for __Pyx_PyType_GetSlot).
#define cy_slot_get_tp_finalize(t) ((destructor)cy_PyType_GetSlot((t), cy_Py_tp_finalize))
// The tp_new slot of type t as its function type (for __Pyx_PyType_GetSlot).
#define cy_slot_get_tp_new(t) ((newfunc)cy_PyType_GetSlot((t), cy_Py_tp_new))
// The tp_alloc slot of type t as its function type (for __Pyx_PyType_GetSlot).
#define cy_slot_get_tp_alloc(t) ((allocfunc)cy_PyType_GetSlot((t), cy_Py_tp_alloc))
// The tp_traverse slot of type t as its function type (for __Pyx_PyType_GetSlot).
#define cy_slot_get_tp_traverse(t) ((traverseproc)cy_PyType_GetSlot((t), cy_Py_tp_traverse))
// The tp_clear slot of type t as its function type (for __Pyx_PyType_GetSlot).
#define cy_slot_get_tp_clear(t) ((inquiry)cy_PyType_GetSlot((t), cy_Py_tp_clear))
// The tp_init slot of type t as its function type (for __Pyx_PyType_GetSlot).
#define cy_slot_get_tp_init(t) ((initproc)cy_PyType_GetSlot((t), cy_Py_tp_init))
// The tp_getattro slot of type t as its function type (for __Pyx_PyType_GetSlot).
#define cy_slot_get_tp_getattro(t) ((getattrofunc)cy_PyType_GetSlot((t), cy_Py_tp_getattro))
// The tp_setattro slot of type t as its function type (for __Pyx_PyType_GetSlot).
#define cy_slot_get_tp_setattro(t) ((setattrofunc)cy_PyType_GetSlot((t), cy_Py_tp_setattro))
// The tp_iternext slot of type t as its function type (for __Pyx_PyType_GetSlot).
#define cy_slot_get_tp_iternext(t) ((iternextfunc)cy_PyType_GetSlot((t), cy_Py_tp_iternext))

// The type's flags: the spec's flags for an extension type (HAVE_GC masked out: MicroPython's
// collector needs no traversal, and Cython's cpdef dispatch reads "a subclass with HAVE_GC" as "a
// class defined in Python"), HEAPTYPE|BASETYPE|HAVE_GC for a class defined in Python, and
// DEFAULT|BASETYPE for the built-in types. No type is abstract (IS_ABSTRACT, which CPython's
// abc sets, is masked out of a spec's flags too).
unsigned long cy_PyType_GetFlags(cy_PyTypeObject *type);
// Cython's __Pyx_PyType_HasFeature: does type have flag `feature` (see cy_PyType_GetFlags)? The
// test for IS_ABSTRACT alone, which the tp_vectorcall of every cdef class makes at each
// instantiation, is 0 without a call.
#define cy_Pyx_PyType_HasFeature(type, feature) \
    ((feature) == cy_Py_TPFLAGS_IS_ABSTRACT ? ((void)(type), 0) : (cy_PyType_GetFlags(type) & (feature)) != 0)
// PyType_HasFeature: __Pyx_PyType_HasFeature.
#define cy_PyType_HasFeature(type, feature) cy_Pyx_PyType_HasFeature((type), (feature))
// PyType_IS_GC: does type have Py_TPFLAGS_HAVE_GC (never an extension type, see above)?
#define cy_PyType_IS_GC(type) cy_Pyx_PyType_HasFeature((type), cy_Py_TPFLAGS_HAVE_GC)
// PyType_Ready: 0 (types are ready when built).
#define cy_PyType_Ready(type) (0)
// Cython's __Pyx_PyType_Ready: 0 (types are ready when built).
#define cy_Pyx_PyType_Ready(type) (0)
// PyType_Modified: nothing (no method cache to invalidate: the attribute cache checks itself).
#define cy_PyType_Modified(type) ((void)(type))

// PyObject_GenericGetAttr / PyObject_GenericSetAttr (value MP_OBJ_NULL deletes): the lookup of
// an extension type without its tp_getattro / tp_setattro (Cython's __getattr__ and __setattr__
// call these first).
mp_obj_t cy_PyObject_GenericGetAttr(mp_obj_t obj, mp_obj_t name);
// PyObject_GenericSetAttr: the default setattr of an extension type (value NULL deletes); 0, or -1
// with a pending exception.
int cy_PyObject_GenericSetAttr(mp_obj_t obj, mp_obj_t name, mp_obj_t value);
// Cython's __Pyx_PyObject_GenericGetAttr: PyObject_GenericGetAttr.
#define cy_Pyx_PyObject_GenericGetAttr(obj, name) cy_PyObject_GenericGetAttr((obj), (name))
// Cython's __Pyx_PyObject_GenericGetAttrNoDict: PyObject_GenericGetAttr.
#define cy_Pyx_PyObject_GenericGetAttrNoDict(obj, name) cy_PyObject_GenericGetAttr((obj), (name))

// The instance dict of an extension type with `cdef dict __dict__` (created on first use), for
// the type's `__dict__` property. NULL with a pending AttributeError for other objects.
mp_obj_t cy_PyObject_GenericGetDict(mp_obj_t obj, void *context);

// Cython's C method table of an extension type (stored on the type; 0, or -1).
int cy_Pyx_SetVtable(cy_PyTypeObject *type, void *vtable);
// Cython's __Pyx_GetVtable: the C method table stored on type by __Pyx_SetVtable, or NULL with a
// pending exception.
void *cy_Pyx_GetVtable(cy_PyTypeObject *type);
// @cython.collection_type("sequence"/"mapping") sets a flag for pattern matching: nothing to do.
#define cy_Pyx_ApplySequenceOrMappingFlag(type, is_sequence) ((void)(type), (void)(is_sequence), 0)
// Pickling support: MicroPython has no pickle; nothing to set up.
#define cy_Pyx_setup_reduce(type) ((void)(type), 0)
// type.__dict__[name] = value for a type being built (def methods, static/class methods, class
// attributes). 0, or -1.
int cy_set_item_on_type_dict(mp_obj_t type, mp_obj_t name, mp_obj_t value);
// Cython's __Pyx_SetItemOnTypeDict: type.__dict__[name] = value while building the type; 0, or -1.
#define cy_Pyx_SetItemOnTypeDict(type, name, value) \
    cy_set_item_on_type_dict(MP_OBJ_FROM_PTR(type), (name), (value))
// Cython's name lookup in a class body: the class namespace, its bases, then the module globals.
// Assigns to var (NULL with a pending NameError).
mp_obj_t cy_get_name_in_class(mp_obj_t nmspace, mp_obj_t name, mp_obj_t module_dict);
// Cython's __Pyx_GetNameInClass: var = name looked up in a class body (cy_get_name_in_class with
// the module's globals).
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
// Cython's __Pyx_IsSameCyOrCFunction: __Pyx_IsSameCFunction.
#define cy_Pyx_IsSameCyOrCFunction(func, cfunc) cy_Pyx_IsSameCFunction((func), (cfunc))

// Free-threading critical sections: nothing to do on MicroPython.
typedef int cy_Pyx_PyCriticalSection;
// Cython's __Pyx_PyCriticalSection2: a critical section over two objects; an unused int here.
typedef int cy_Pyx_PyCriticalSection2;
// Cython's __Pyx_PyCriticalSection_Begin1: nothing.
#define cy_Pyx_PyCriticalSection_Begin1(cs, obj) ((void)(cs), (void)(obj))
// Cython's __Pyx_PyCriticalSection2_Begin: nothing.
#define cy_Pyx_PyCriticalSection2_Begin(cs, a, b) ((void)(cs), (void)(a), (void)(b))
// Cython's __Pyx_PyCriticalSection_Begin: nothing.
#define cy_Pyx_PyCriticalSection_Begin(cs, obj) ((void)(cs), (void)(obj))
// Cython's __Pyx_PyCriticalSection_End1: nothing.
#define cy_Pyx_PyCriticalSection_End1(cs) ((void)(cs))
// Cython's __Pyx_PyCriticalSection2_End: nothing.
#define cy_Pyx_PyCriticalSection2_End(cs) ((void)(cs))
// Cython's __Pyx_PyCriticalSection_End: nothing.
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
// Cython's __Pyx_NumKwargs_FASTCALL_TPNEW: __Pyx_NumKwargs_FASTCALL.
#define cy_Pyx_NumKwargs_FASTCALL_TPNEW(kwds) cy_Pyx_NumKwargs_FASTCALL(kwds)
// Cython's __Pyx_ArgRef_FASTCALL_TPNEW: __Pyx_ArgRef_FASTCALL.
#define cy_Pyx_ArgRef_FASTCALL_TPNEW(args, i) cy_Pyx_ArgRef_FASTCALL((args), (i))
// Cython's __Pyx_Arg_FASTCALL_TPNEW: __Pyx_Arg_FASTCALL.
#define cy_Pyx_Arg_FASTCALL_TPNEW(args, i) cy_Pyx_Arg_FASTCALL((args), (i))
// Cython's __Pyx_ArgsSlice_FASTCALL_TPNEW: __Pyx_ArgsSlice_FASTCALL.
#define cy_Pyx_ArgsSlice_FASTCALL_TPNEW(args, start, stop) cy_Pyx_ArgsSlice_FASTCALL((args), (start), (stop))
// Cython's __Pyx_KwargsAsDict_FASTCALL_TPNEW: __Pyx_KwargsAsDict_FASTCALL.
#define cy_Pyx_KwargsAsDict_FASTCALL_TPNEW(kwds, kwvalues) cy_Pyx_KwargsAsDict_FASTCALL((kwds), (kwvalues))
// Cython's vectorcall-shaped tp_new: (type, args, nargs, kwnames as the FASTCALL small-int count)
// -> a new instance, or NULL.
typedef mp_obj_t (*cy_Pyx_tpnewvectorcallfunc)(cy_PyTypeObject *type, mp_obj_t const *args,
    mp_int_t nargs, mp_obj_t kwnames);
// Cython's vectorcall-shaped __init__: (self, args, nargs, kwnames as the FASTCALL small-int
// count) -> 0, or -1.
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
// The tp_new and tp_vectorcall of every class for which Cython writes the trivial ones (no base,
// __cinit__, object fields or vtable: allocate, then call __init__); the translation names these
// in the class's slot table in place of Cython's (src/lifecycle.rs). tp_new: a new zeroed
// instance of `type`, the arguments unused. tp_vectorcall: for the type whose own slot table
// names it, make_new makes a new instance and passes it to the type's own
// cy_Py_tp_init_vectorcall wrapper when it has one, without calling the function; called, it
// creates through cy_Pyx_CallNewInitFromVectorcall, as Cython's does for another type. NULL with
// a pending exception on failure.
mp_obj_t cy_Pyx_tp_new_basic(const mp_obj_type_t *type, mp_obj_t args, mp_obj_t kwds);
mp_obj_t cy_Pyx_tp_vectorcall_basic(mp_obj_t type, mp_obj_t const *args, size_t nargsf,
    mp_obj_t kwnames);
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
// Cython's __Pyx_UpdateUnpickledDict: obj.__dict__.update(state[index]) when state has more items
// than the members; 0, or -1.
int cy_Pyx_UpdateUnpickledDict(mp_obj_t obj, mp_obj_t state, mp_int_t index);

// A type defined by another module (a cimported extension type, or a builtin such as `type`):
// getattr(module, class_name), which must be a type. NULL with a pending exception otherwise.
// The size and alignment Cython passes describe CPython's structs and are not checked.
#define cy_ImportType_CheckSize_Error (0)
// __Pyx_ImportType_CheckSize_Warn: Cython's size-check mode (sizes are not checked here).
#define cy_ImportType_CheckSize_Warn (1)
// __Pyx_ImportType_CheckSize_Ignore: Cython's size-check mode (sizes are not checked here).
#define cy_ImportType_CheckSize_Ignore (2)
// Cython's __Pyx_ImportType: the type class_name of module (see above); NULL with a pending
// exception.
cy_PyTypeObject *cy_Pyx_ImportType(mp_obj_t module, const char *module_name,
    const char *class_name, size_t size, size_t alignment, int check_size);

// ===========================================================================================
// Python classes defined in the module (`class C(Base):` in the .pyx)
// ===========================================================================================
//
// Cython builds them as CPython runs a class statement: the metaclass, a namespace dict filled by
// the class body, then metaclass(name, bases, namespace, **kwargs). Mostly the metaclass is
// `type`, and the class is a class as a script would define it; it may derive from extension
// types, other Python classes and built-in types like Exception. A metaclass deriving from `type`
// makes, through `type.__new__(Meta, ...)`, an instance of Meta whose built-in part is the class
// MicroPython made (MicroPython's types are all of type `type`): calling it makes instances of
// that class, and as a base of another class it stands for that class and gives it Meta again.

// Cython's __Pyx_CalculateMetaclass: the most derived of `metaclass` (may be NULL) and the types
// of the bases, else `type`; TypeError (metaclass conflict) when they are unrelated.
mp_obj_t cy_Pyx_CalculateMetaclass(cy_PyTypeObject *metaclass, mp_obj_t bases);
// The metaclass of `class C(*bases, **mkw)`: mkw's "metaclass" (removed from mkw; a type goes
// through cy_Pyx_CalculateMetaclass, another callable is kept), else the first base's type
// through cy_Pyx_CalculateMetaclass, else `type`.
mp_obj_t cy_Pyx_Py3MetaclassGet(mp_obj_t bases, mp_obj_t mkw);
// PEP 560 __mro_entries__: the bases as given.
mp_obj_t cy_Pyx_PEP560_update_bases(mp_obj_t bases);
// The class body's namespace: a dict with __module__, __qualname__ and __doc__ (when doc).
mp_obj_t cy_Pyx_Py3MetaclassPrepare(mp_obj_t metaclass, mp_obj_t bases, mp_obj_t name,
    mp_obj_t qualname, mp_obj_t mkw, mp_obj_t modname, mp_obj_t doc);
// metaclass(name, bases, namespace, **mkw): a `__metaclass__` of the namespace first when
// allow_py2_metaclass, the most derived metaclass of the bases when calculate_metaclass and the
// metaclass is a type (or NULL).
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
