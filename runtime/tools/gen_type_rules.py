#!/usr/bin/env python3
"""Write rules/api/types.toml: the rules of extension types (cdef classes), ids CY1000-CY1999.

The names are routed to runtime/include/cy2upy_types.h (implemented in runtime/c/cy2upy_types.c);
see docs/extension-types.md. Ids are assigned in list order: append new entries at the end.

    python3 runtime/tools/gen_type_rules.py          # rewrite the file
    python3 runtime/tools/gen_type_rules.py --check  # fail if it is out of date
"""
import os
import re
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

def cy(n): return "cy_" + n.lstrip("_")
def kebab(name):
    s = name.lstrip("_")
    s = re.sub(r"([a-z0-9])([A-Z])", r"\1-\2", s)
    return re.sub(r"[^A-Za-z0-9]+", "-", s).strip("-").lower()
def q(s): return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'

SLOTS = """bf_getbuffer bf_releasebuffer mp_ass_subscript mp_length mp_subscript nb_absolute nb_add nb_and
nb_bool nb_divmod nb_float nb_floor_divide nb_index nb_inplace_add nb_inplace_and nb_inplace_floor_divide
nb_inplace_lshift nb_inplace_multiply nb_inplace_or nb_inplace_power nb_inplace_remainder nb_inplace_rshift
nb_inplace_subtract nb_inplace_true_divide nb_inplace_xor nb_int nb_invert nb_lshift nb_multiply nb_negative
nb_or nb_positive nb_power nb_remainder nb_rshift nb_subtract nb_true_divide nb_xor sq_ass_item sq_concat
sq_contains sq_inplace_concat sq_inplace_repeat sq_item sq_length sq_repeat tp_alloc tp_base tp_bases
tp_call tp_clear tp_dealloc tp_del tp_descr_get tp_descr_set tp_doc tp_getattr tp_getattro tp_hash tp_init
tp_is_gc tp_iter tp_iternext tp_methods tp_new tp_repr tp_richcompare tp_setattr tp_setattro tp_str
tp_traverse tp_members tp_getset tp_free nb_matrix_multiply nb_inplace_matrix_multiply am_await am_aiter
am_anext tp_finalize am_send tp_vectorcall""".split()

FLAGS = """MANAGED_DICT SEQUENCE MAPPING DISALLOW_INSTANTIATION IMMUTABLETYPE HEAPTYPE BASETYPE HAVE_VECTORCALL
READY HAVE_GC METHOD_DESCRIPTOR HAVE_VERSION_TAG IS_ABSTRACT LONG_SUBCLASS LIST_SUBCLASS TUPLE_SUBCLASS
BYTES_SUBCLASS UNICODE_SUBCLASS DICT_SUBCLASS BASE_EXC_SUBCLASS TYPE_SUBCLASS DEFAULT HAVE_FINALIZE
CHECKTYPES HAVE_NEWBUFFER""".split()

MEMBER_TYPES = "SHORT INT LONG FLOAT DOUBLE STRING OBJECT CHAR BYTE UBYTE USHORT UINT ULONG BOOL OBJECT_EX LONGLONG ULONGLONG PYSSIZET".split()

rules = []
def ident(name, doc, fix=None):
    fix = fix or cy(name)
    rules.append(dict(name=kebab(name), pattern=name, action="runtime", fix=fix, doc=doc,
                      tests=[(f"void f(void) {{ x = {name}; }}", f"void f(void) {{ x = {fix}; }}")]))
def call(name, doc, nargs=2, pattern=None, fix=None, test=None):
    args = ", ".join("abcde"[:nargs])
    rules.append(dict(name=kebab(name), pattern=pattern or f"{name}($$$ARGS)", action="runtime",
                      fix=fix or f"{cy(name)}($$$ARGS)", doc=doc,
                      tests=[test or (f"void f(void) {{ x = {name}({args}); }}", f"void f(void) {{ x = {cy(name)}({args}); }}")]))

# Building types
call("__Pyx_PyType_FromModuleAndSpec", "Build an extension type from Cython's PyType_Spec (runtime/include/cy2upy_types.h).", 3)
call("PyType_FromModuleAndSpec", "Build an extension type from a PyType_Spec.", 3)
call("PyType_FromSpecWithBases", "Build an extension type from a PyType_Spec and its bases.", 2)
call("PyType_FromSpec", "Build an extension type from a PyType_Spec.", 1)
ident("PyType_Spec", "CPython's type spec, same layout.")
ident("PyType_Slot", "A (slot id, function) pair of a type spec, same layout.")
ident("PyGetSetDef", "A property of an extension type (Cython writes `struct PyGetSetDef`), same layout.")
ident("PyMemberDef", "A C field exposed as an attribute, same layout.")
REJECT_SLOTS = {
    "bf_getbuffer": "the buffer protocol (__getbuffer__/__releasebuffer__) of an extension type is not supported on MicroPython: its buffer protocol has another shape (mp_buffer_info_t) that Cython's code cannot fill",
    "bf_releasebuffer": "the buffer protocol (__getbuffer__/__releasebuffer__) of an extension type is not supported on MicroPython: its buffer protocol has another shape (mp_buffer_info_t) that Cython's code cannot fill",
    "am_await": "__await__ of an extension type is not supported: MicroPython's types have no await slot (async support is a separate feature)",
    "am_aiter": "__aiter__ of an extension type is not supported: MicroPython's types have no async iteration slots",
    "am_anext": "__anext__ of an extension type is not supported: MicroPython's types have no async iteration slots",
    "am_send": "the send slot of an extension type is not supported: MicroPython's types have no such slot",
}
def reject(name, message, doc):
    rules.append(dict(name=kebab(name), pattern=name, action="reject", fix=None, message=message, doc=doc,
                      tests=[(f"void f(void) {{ x = {name}; }}", f"void f(void) {{ x = {name}; }}")]))
for s in SLOTS:
    if s in REJECT_SLOTS:
        reject("Py_" + s, REJECT_SLOTS[s], f"Slot {s}: no MicroPython equivalent.")
    else:
        ident("Py_" + s, f"Slot id of {s} in a type spec (CPython's value).")
for f in FLAGS:
    ident("Py_TPFLAGS_" + f, f"Type flag {f} (CPython's value; see cy_PyType_GetFlags).")
ident("__Pyx_TPFLAGS_HAVE_AM_SEND", "Type flag: no am_send slot on MicroPython.")
for t in MEMBER_TYPES:
    ident("Py_T_" + t, f"PyMemberDef type {t} (CPython's value).")
ident("Py_READONLY", "PyMemberDef flag: read-only.")
# Instances
call("__Pyx_AllocateExtensionType", "A zeroed instance of an extension type (or of a class derived from one), on the GC heap.", 2)
call("PyType_GenericAlloc", "A zeroed instance of an extension type.", 2)
call("PyObject_GC_UnTrack", "Nothing to do: the collector needs no tracking.", 1)
call("PyObject_GC_Track", "Nothing to do: the collector needs no tracking.", 1)
call("PyObject_GC_Del", "tp_free: the collector frees instances.", 1)
call("PyObject_Free", "tp_free: the collector frees instances.", 1)
call("__Pyx_PyObject_GC_IsFinalized", "Instances are never resurrected: 0.", 1)
call("PyObject_CallFinalizerFromDealloc", "No tp_finalize protocol: 0.", 1)
call("__Pyx_call_type_traverse", "tp_traverse is never called: 0.", 4)
# Slots and flags
call("PyType_GetSlot", "The function in a type's slot (inherited ones included); Py_tp_base gives the base type.", 2)
call("__Pyx_PyType_GetSlot", "A slot of a type by name (`tp_base`); the third argument, a C type, is not used.", 3,
     pattern="__Pyx_PyType_GetSlot($T, $S, $C)", fix="cy_Pyx_PyType_GetSlot($T, $S, $C)",
     test=("void f(void) { x = __Pyx_PyType_GetSlot(t, tp_base, T); }", "void f(void) { x = cy_Pyx_PyType_GetSlot(t, tp_base, T); }"))
call("__Pyx_PyObject_GetSlot", "A slot of an object's type by name; the third argument, a C type, is not used.", 3,
     pattern="__Pyx_PyObject_GetSlot($O, $S, $C)", fix="cy_Pyx_PyObject_GetSlot($O, $S, $C)",
     test=("void f(void) { x = __Pyx_PyObject_GetSlot(o, tp_dealloc, destructor); }", "void f(void) { x = cy_Pyx_PyObject_GetSlot(o, tp_dealloc, destructor); }"))
call("PyType_GetFlags", "A type's flags (extension types: the spec's, without HAVE_GC; Python classes: HEAPTYPE|BASETYPE|HAVE_GC).", 1)
call("__Pyx_PyType_HasFeature", "Does a type have a flag (see PyType_GetFlags)?", 2)
call("PyType_HasFeature", "Does a type have a flag (see PyType_GetFlags)?", 2)
call("PyType_IS_GC", "Is a type a Python class (HAVE_GC, see PyType_GetFlags)?", 1)
call("PyType_Ready", "Types are ready when built: 0.", 1)
call("__Pyx_PyType_Ready", "Types are ready when built: 0.", 1)
call("PyType_Modified", "No method caches to invalidate.", 1)
# Type dict, vtables, names
call("__Pyx_SetVtable", "Store Cython's C method table on an extension type.", 2)
call("__Pyx_GetVtable", "The C method table of an extension type.", 1)
call("__Pyx_setup_reduce", "Pickling support: nothing to set up (MicroPython has no pickle).", 1)
call("__Pyx_SetItemOnTypeDict", "Store a method or class attribute in a type's dict.", 3)
call("__Pyx_GetNameInClass", "Assign a name from a class namespace (then the module, then builtins) to the first argument.", 3)
call("__Pyx_Method_ClassMethod", "classmethod(method).", 1)
# Type checks and cpdef dispatch
call("__Pyx_TypeTest", "isinstance(obj, type) for a cast to an extension type: 1, or 0 with TypeError (\"Cannot convert X to Y\").", 2)
call("__Pyx_IsSameCFunction", "Is the attribute found by cpdef dispatch Cython's own method (no Python override)?", 2)
call("__Pyx_IsSameCyOrCFunction", "Is the attribute found by cpdef dispatch Cython's own method (no Python override)?", 2)
call("PyObject_GenericGetAttr", "Attribute lookup without the type's __getattr__.", 2)
call("__Pyx_PyObject_GenericGetAttr", "Attribute lookup without the type's __getattr__.", 2)
call("__Pyx_PyObject_GenericGetAttrNoDict", "Attribute lookup without the type's __getattr__.", 2)
call("PyObject_GenericSetAttr", "Attribute store (NULL deletes) without the type's __setattr__.", 3)
# Free-threading critical sections
ident("__Pyx_PyCriticalSection", "A critical section: nothing to lock on MicroPython.")
ident("__Pyx_PyCriticalSection2", "A critical section over two objects: nothing to lock on MicroPython.")
for n in ["__Pyx_PyCriticalSection_Begin", "__Pyx_PyCriticalSection_Begin1", "__Pyx_PyCriticalSection2_Begin",
          "__Pyx_PyCriticalSection_End", "__Pyx_PyCriticalSection_End1", "__Pyx_PyCriticalSection2_End"]:
    call(n, "Critical sections: nothing to lock on MicroPython.", 2 if "Begin" in n else 1)
# tp_new arguments
for n, d in [("__Pyx_KwValues_FASTCALL_TPNEW", "The keyword values of a tp_new call (args tuple, kwargs dict)."),
             ("__Pyx_NumKwargs_FASTCALL_TPNEW", "The keyword count of a tp_new call."),
             ("__Pyx_ArgRef_FASTCALL_TPNEW", "Positional argument i of a tp_new call."),
             ("__Pyx_Arg_FASTCALL_TPNEW", "Positional argument i of a tp_new call."),
             ("__Pyx_ArgsSlice_FASTCALL_TPNEW", "args[start:stop] of a tp_new call (*args of __cinit__)."),
             ("__Pyx_KwargsAsDict_FASTCALL_TPNEW", "The keywords of a tp_new call as a dict (**kwargs of __cinit__).")]:
    call(n, d, 2)
# Pickling of cdef classes (module code of __reduce_cython__ / __setstate_cython__)
call("__Pyx_CheckUnpickleChecksum", "Unpickling: the class layout checksum must match (ValueError otherwise).", 5)
call("__Pyx_UpdateUnpickledDict", "Unpickling: copy the saved instance attributes.", 3)

# Method table flags only extension types use (special methods coexisting with their slots,
# static and class methods in tp_methods).
for n in ["METH_COEXIST", "METH_CLASS", "METH_STATIC"]:
    ident(n, "PyMethodDef flag (CPython's value).")
rules.append(dict(name="py-doc-str", pattern="PyDoc_STR($S)", action="rewrite", fix="$S",
                  doc="A docstring (tp_doc of a type spec) is the C string itself.",
                  tests=[("void f(void) { x = PyDoc_STR(\"doc\"); }", "void f(void) { x = \"doc\"; }")]))
ident("Py_NotImplemented", "NotImplemented, which the slot functions of extension types return for unsupported operands.")
call("__Pyx_GetAttr3", "getattr(obj, name, default) (__reduce_cython__ of extension types).", 3)

# Python classes defined in the module
call("__Pyx_CalculateMetaclass", "The metaclass of a class statement: type.", 2)
call("__Pyx_PEP560_update_bases", "The bases of a class statement as given (no __mro_entries__).", 1)
call("__Pyx_Py3MetaclassPrepare", "The namespace dict of a class body (__module__, __qualname__, __doc__).", 5)
call("__Pyx_Py3ClassCreate", "type(name, bases, namespace) at the end of a class statement.", 5)
call("__Pyx_SetNameInClass", "namespace[name] = value in a class body.", 3)
call("__Pyx_CyFunction_InitClassCell", "The class cell (for super()) of the methods of a class statement.", 2)

# Extension types deriving from built-in types: their instances would have to be both the
# built-in object and Cython's struct.
for n, what in [("PyListObject", "list"), ("PyDictObject", "dict"), ("PyTupleObject", "tuple"),
                ("PySetObject", "set"), ("PyLongObject", "int"), ("PyFloatObject", "float"),
                ("PyUnicodeObject", "str"), ("PyBytesObject", "bytes"), ("PyByteArrayObject", "bytearray"),
                ("PyComplexObject", "complex"), ("PyBaseExceptionObject", "Exception"),
                ("PyHeapTypeObject", "type")]:
    reject(n, f"a cdef class deriving from the built-in type {what} is not supported on MicroPython "
              f"(its instances would have to be a MicroPython {what} and Cython's struct at once); "
              f"derive a Python class from {what}, or keep the {what} in a field",
           f"The instance struct of a built-in {what}: only used as the base of a cdef class.")
reject("Py_buffer", "the buffer protocol (__getbuffer__/__releasebuffer__, Py_buffer) is not supported on MicroPython: its buffer protocol has another shape (mp_buffer_info_t)",
       "CPython's buffer view struct.")
# Finalisers
rules.append(dict(name="pyx-dealloc-keep-alive-begin", pattern="__Pyx_DeallocKeepAliveBegin($O)", action="runtime",
                  fix="cy_Pyx_DeallocKeepAliveBegin($O)",
                  doc="Before __dealloc__ in tp_dealloc: nothing to keep alive; also where the runtime's probe for a __dealloc__ stops (see cy2upy_types.h).",
                  tests=[("void f(void) { __Pyx_DeallocKeepAliveBegin(o); }", "void f(void) { cy_Pyx_DeallocKeepAliveBegin(o); }")]))
call("__Pyx_DeallocKeepAliveEnd", "After __dealloc__ in tp_dealloc: nothing to do.", 1)

# Types imported from other modules (cimported extension types, and builtins such as `type` that
# `from cpython.object cimport ...` brings in).
rules.append(dict(name="pyx-import-type-family", pattern="__Pyx_ImportType_*($$$ARGS)", action="runtime",
                  fix="cy_Pyx_ImportType($$$ARGS)",
                  doc="A type another module defines (Cython's versioned __Pyx_ImportType_3_3_1): getattr(module, name), which must be a type.",
                  tests=[("void f(void) { x = __Pyx_ImportType_3_3_1(m, n, c, 0, 0, w); }", "void f(void) { x = cy_Pyx_ImportType(m, n, c, 0, 0, w); }")]))
for kind in ["Error", "Warn", "Ignore"]:
    ident(f"__Pyx_ImportType_CheckSize_{kind}_3_3_1", "How __Pyx_ImportType checks the size of an imported type (sizes are not checked here).",
          fix=f"cy_ImportType_CheckSize_{kind}")
rules.append(dict(name="pyx-builtin-module-name", pattern="__Pyx_BUILTIN_MODULE_NAME", action="rewrite",
                  fix='"builtins"', doc="The name of the builtins module.",
                  tests=[("void f(void) { x = __Pyx_BUILTIN_MODULE_NAME; }", 'void f(void) { x = "builtins"; }')]))

call("__Pyx_ApplySequenceOrMappingFlag", "@cython.collection_type: pattern matching's sequence/mapping flag, which MicroPython has no use for: 0.", 2)

call("PyObject_GenericGetDict", "The instance dict of an extension type with `cdef dict __dict__` (its __dict__ property).", 2)
rules.append(dict(name="py-object-generic-get-dict-pointer", pattern="PyObject_GenericGetDict", action="runtime",
                  fix="cy_PyObject_GenericGetDict",
                  doc="PyObject_GenericGetDict as a function pointer (the getter of the __dict__ property, named in a #define).",
                  tests=[("void f(void) { g = PyObject_GenericGetDict; }", "void f(void) { g = cy_PyObject_GenericGetDict; }")]))

call("PyObject_ClearWeakRefs", "`cdef object __weakref__`: MicroPython has no weak references, so there are none to clear.", 1)

first = 1000
out = ["# Extension types (cdef classes): type specs, slots, instances and their helpers.",
       "# The runtime side is runtime/c/cy2upy_types.c (declared in runtime/include/cy2upy_types.h).",
       "# Rule ids CY1000-CY1999.", ""]
for i, r in enumerate(rules):
    out += ["[[rule]]", f'id = "CY{first + i}"', f"name = {q(r['name'])}", f"pattern = {q(r['pattern'])}",
            f"action = {q(r['action'])}"]
    if r.get("fix") is not None:
        out.append(f"fix = {q(r['fix'])}")
    if r.get("message"):
        out.append(f"message = {q(r['message'])}")
    out.append(f"doc = {q(r['doc'])}")
    out.append("tests = [" + ", ".join(f"{{ input = {q(a)}, expected = {q(b)} }}" for a, b in r["tests"]) + "]")
    out.append("")
assert first + len(rules) - 1 <= 1999, "rule ids overflow CY1999"
path = os.path.join(ROOT, "rules", "api", "types.toml")
text = "\n".join(out)
old = open(path).read() if os.path.exists(path) else None
if "--check" in sys.argv:
    if old != text:
        sys.exit("out of date: rules/api/types.toml (run runtime/tools/gen_type_rules.py)")
elif old != text:
    with open(path, "w") as f:
        f.write(text)
print(f"rules CY{first}-CY{first + len(rules) - 1}; {'checked' if '--check' in sys.argv else 'written'}")
