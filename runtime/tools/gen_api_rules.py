#!/usr/bin/env python3
"""Generate rules/api/*.toml and the generated section of runtime/include/cy2upy.h.

The API rules are regular: a CPython or Cython name N becomes the runtime's `cy_` + N without
leading underscores (docs/ARCHITECTURE.md, "The output contract"), or an inline MicroPython
spelling. Writing ~400 of them by hand invites typos, so they are listed here as data.

    python3 runtime/tools/gen_api_rules.py          # rewrite the files
    python3 runtime/tools/gen_api_rules.py --check  # fail if they are out of date

Rule ids: CY300-CY699 (this generator owns that range). Ids are assigned in list order, so
append new entries at the end of a theme's list to keep existing ids stable.
"""
import os
import re
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
RULES_DIR = os.path.join(ROOT, "rules", "api")
HEADER = os.path.join(ROOT, "runtime", "include", "cy2upy.h")

# ------------------------------------------------------------------------------------------
# Families of Cython's type-specialised helpers (names built by Cython's code generator:
# Cython/Compiler/ExprNodes.py and Optimize.py of Cython 3.3.1).
# ------------------------------------------------------------------------------------------

BINOPS = ["Add", "Subtract", "Multiply", "And", "Or", "Xor"]
BINOP_MP = {"Add": "ADD", "Subtract": "SUBTRACT", "Multiply": "MULTIPLY", "And": "AND",
            "Or": "OR", "Xor": "XOR", "Lshift": "LSHIFT", "Rshift": "RSHIFT",
            "Remainder": "MODULO", "FloorDivide": "FLOOR_DIVIDE", "TrueDivide": "TRUE_DIVIDE",
            "Divide": "TRUE_DIVIDE"}
# All operand type pairs get a header macro; these get a rule (the rule id range is finite).
BINOP_TYPES = ["object", "int", "float"]
# (inplace, type1, type2) that get rules.
BINOP_RULES = [("", "object", "object"), ("", "object", "int"), ("", "int", "object"),
               ("InPlace", "object", "object"), ("", "int", "int")]

COMPARE_OPS = {"Eq": "cy_Py_EQ", "Ne": "cy_Py_NE", "Lt": "cy_Py_LT", "Le": "cy_Py_LE",
               "Gt": "cy_Py_GT", "Ge": "cy_Py_GE"}
COMPARE_TYPES = ["object", "int", "float", "str", "bytes", "bytearray"]
BINOP_RULE_SKIP = {"__Pyx_PyNumber_InPlaceAnd_object_object", "__Pyx_PyNumber_InPlaceXor_object_object"}
# (ret, type1, type2) that get rules.
COMPARE_RULES = [("", "object", "object"), ("Bool", "object", "object"), ("Bool", "object", "int"),
                 ("Bool", "int", "object"), ("", "object", "int"), ("", "object", "float")]

LONG_OBJC_OPS = ["Add", "Subtract", "Multiply", "And", "Or", "Xor", "Lshift", "Rshift",
                 "Remainder", "FloorDivide", "TrueDivide"]
FLOAT_OBJC_OPS = ["Add", "Subtract", "Remainder", "TrueDivide", "Divide"]
# Names of the PyLong/PyFloat C-constant family that get rules.
OBJC_RULES = (
    [f"__Pyx_PyLong_{op}ObjC" for op in ["Add", "Subtract", "Multiply", "And", "Or", "Xor",
                                          "Lshift", "Rshift", "Remainder", "FloorDivide"]]
    + [f"__Pyx_PyLong_{op}CObj" for op in ["Add", "Subtract"]]
    + ["__Pyx_PyLong_EqObjC", "__Pyx_PyLong_NeObjC", "__Pyx_PyLong_BoolEqObjC",
       "__Pyx_PyLong_BoolNeObjC"]
    + [f"__Pyx_PyFloat_{op}ObjC" for op in ["Add", "Subtract", "TrueDivide"]]
)
CINT_RULE_TYPES = ["int", "long", "short", "char", "unsigned_char",
                   "unsigned_short", "unsigned_int", "unsigned_long", "PY_LONG_LONG",
                   "unsigned_PY_LONG_LONG", "size_t"]

# Cython's C integer conversions: suffix -> (C type, signedness or None for "as declared").
CINT_TYPES = [
    ("int", "int"), ("long", "long"), ("short", "short"), ("char", "char"),
    ("signed_char", "signed char"), ("unsigned_char", "unsigned char"),
    ("unsigned_short", "unsigned short"), ("unsigned_int", "unsigned int"),
    ("unsigned_long", "unsigned long"), ("PY_LONG_LONG", "long long"),
    ("unsigned_PY_LONG_LONG", "unsigned long long"), ("size_t", "size_t"),
    ("int8_t", "int8_t"), ("int16_t", "int16_t"), ("int32_t", "int32_t"), ("int64_t", "int64_t"),
    ("uint8_t", "uint8_t"), ("uint16_t", "uint16_t"), ("uint32_t", "uint32_t"),
    ("uint64_t", "uint64_t"),
]
UNICODE_FROM_TYPES = ["int", "long", "Py_ssize_t"]

# Exceptions every MicroPython build has (py/objexcept.c).
MP_EXCEPTIONS = [
    "BaseException", "Exception", "ArithmeticError", "AssertionError", "AttributeError",
    "EOFError", "GeneratorExit", "ImportError", "IndentationError", "IndexError",
    "KeyboardInterrupt", "KeyError", "LookupError", "MemoryError", "NameError",
    "NotImplementedError", "OSError", "OverflowError", "RuntimeError", "StopIteration",
    "SyntaxError", "SystemExit", "TypeError", "ValueError", "ZeroDivisionError",
]
# The rest: routed to the header's documented fallbacks.
FALLBACK_EXCEPTIONS = [
    "SystemError", "FloatingPointError", "UnicodeError", "UnicodeDecodeError", "RecursionError",
    "UnboundLocalError", "ModuleNotFoundError", "BufferError", "FileNotFoundError",
    "StopAsyncIteration", "Warning",
]


def cy(name):
    return "cy_" + name.lstrip("_")


# ------------------------------------------------------------------------------------------
# Hand-listed API names, by theme: (name, kind, doc) with kind "call" or "ident" (runtime).
# Names are the ones that Cython 3.3.1 leaves in module code on the Limited-API path.
# ------------------------------------------------------------------------------------------

ERRORS = [
    ("PyErr_Occurred", "call", "The type of the pending exception, or NULL."),
    ("__Pyx_PyErr_Occurred", "call", "Whether an exception is pending."),
    ("PyErr_SetString", "call", "Set the pending exception from a type and a C string."),
    ("PyErr_Format", "call", "printf-like PyErr_SetString with CPython's conversions (%U %S %R %zd ...)."),
    ("PyErr_SetObject", "call", "Set the pending exception from a type and a value."),
    ("PyErr_SetNone", "call", "Set the pending exception from a type alone."),
    ("PyErr_ExceptionMatches", "call", "Does the pending exception match a type or tuple?"),
    ("PyErr_Clear", "call", "Drop the pending exception."),
    ("PyErr_NoMemory", "call", "Set a pending MemoryError; returns NULL."),
    ("__Pyx_PyErr_ExceptionMatches", "call", "Does the pending exception match a type?"),
    ("__Pyx_PyErr_ExceptionMatches2", "call", "Does the pending exception match one of two types?"),
    ("__Pyx_PyErr_GivenExceptionMatches", "call", "Does an exception match a type?"),
    ("__Pyx_PyErr_GivenExceptionMatches2", "call", "Does an exception match one of two types?"),
    ("__Pyx_PyErr_Clear", "call", "Drop the pending exception."),
    ("__Pyx_ErrFetch", "call", "Take the pending exception as (type, value, tb)."),
    ("__Pyx_ErrRestore", "call", "Make (type, value, tb) the pending exception."),
    ("__Pyx_ErrRestoreWithState", "call", "Make (type, value, tb) the pending exception (bare `raise`)."),
    ("__Pyx_GetException", "call", "Enter an `except` block: the pending exception becomes the handled one."),
    ("__Pyx_ExceptionSave", "call", "Read the exception being handled (sys.exc_info)."),
    ("__Pyx_ExceptionReset", "call", "Restore the exception being handled."),
    ("__Pyx_ExceptionSwap", "call", "Swap the exception being handled."),
    ("__Pyx_PyThreadState_declare", "ident", "Thread-state declaration: empty on MicroPython."),
    ("__Pyx_PyThreadState_assign", "ident", "Thread-state assignment: empty on MicroPython."),
    ("__Pyx_Raise", "call", "`raise type(value)`: sets the pending exception."),
    ("__Pyx_AddTraceback", "call", "Add a `File \"x.pyx\", line N, in f` entry to the pending exception."),
    ("__Pyx_RaiseArgtupleInvalid", "call", "Cython's positional-argument count TypeError, CPython's text."),
    ("__Pyx_RaiseDoubleKeywordsError", "call", "`f() got multiple values for keyword argument 'k'`."),
    ("__Pyx_RaiseKeywordRequired", "call", "`f() needs keyword-only argument k`."),
    ("__Pyx_RaiseNeedMoreValuesError", "call", "`need more than N values to unpack`."),
    ("__Pyx_RaiseTooManyValuesError", "call", "`too many values to unpack (expected N)`."),
    ("__Pyx_RaiseNoneNotIterableError", "call", "`'NoneType' object is not iterable`."),
    ("__Pyx_RaiseUnboundLocalError", "call", "Unbound local variable (UnboundLocalError falls back to NameError)."),
    ("__Pyx_RaiseClosureNameError", "call", "Free variable referenced before assignment."),
    ("__Pyx_RaiseUnexpectedTypeError", "call", "`Expected T, got U`."),
    ("__Pyx_ArgTypeTest", "call", "Type check of a typed argument with Cython's message."),
    ("__Pyx_CheckKeywordStrings", "call", "Keyword names are always strings on MicroPython."),
    ("__Pyx_init_assertions_enabled", "call", "Assertions are always on."),
]

FUNCTIONS = [
    ("__Pyx_CyFunction_New", "call", "A function object (runtime type `cyfunction`) for a PyMethodDef."),
    ("__Pyx_CyFunction_SetDefaultsTuple", "call", "Store __defaults__."),
    ("__Pyx_CyFunction_SetDefaultsKwDict", "call", "Store __kwdefaults__."),
    ("__Pyx_CyFunction_InitDefaults", "call", "Create the per-function defaults object."),
    ("__Pyx_CyFunction_Defaults", "call", "The per-function defaults struct."),
    ("__Pyx_CyFunction_SetDefaultsGetter", "call", "Remember the defaults getter."),
    ("__Pyx_CyFunction_GetClosure", "call", "The closure object passed at creation."),
    ("PyMethodDef", "ident", "The method table entry type, same layout as CPython's."),
    ("PyCFunction", "ident", "Function pointer type of METH_NOARGS/METH_O functions."),
    ("__Pyx_PyCFunction_FastCallWithKeywords", "ident", "Function pointer type of Cython's def wrappers."),
    ("__Pyx_CachedCFunction", "ident", "Cython's cached unbound method record."),
    ("METH_NOARGS", "ident", "Calling convention flag."),
    ("METH_O", "ident", "Calling convention flag."),
    ("METH_KEYWORDS", "ident", "Calling convention flag."),
    ("METH_FASTCALL", "ident", "Calling convention flag."),
    ("__Pyx_METH_FASTCALL", "ident", "Calling convention flag."),
    ("__Pyx_KwValues_FASTCALL", "call", "Keyword (name, value) pairs follow the positionals."),
    ("__Pyx_NumKwargs_FASTCALL", "call", "The keyword count carried in kwds (a small int)."),
    ("__Pyx_ArgRef_FASTCALL", "call", "Positional argument i."),
    ("__Pyx_ArgsSlice_FASTCALL", "call", "Positional arguments [start:stop] as a tuple (*args)."),
    ("__Pyx_KwargsAsDict_FASTCALL", "call", "The keyword arguments as a new dict (**kwargs)."),
    ("__Pyx_KwValues_VARARGS", "call", "NULL; the arguments are not evaluated."),
    ("__Pyx_NumKwargs_VARARGS", "call", "Size of the kwargs dict."),
    ("__Pyx_ArgRef_VARARGS", "call", "Item i of the args tuple."),
    ("__Pyx_KwargsAsDict_VARARGS", "call", "A copy of the kwargs dict."),
    ("__Pyx_ParseKeywords", "call", "Cython's keyword parser over MicroPython's interleaved keyword pairs."),
    ("PyCFunctionWithKeywords", "ident", "Function pointer type of METH_VARARGS|METH_KEYWORDS (*args/**kwargs)."),
    ("METH_VARARGS", "ident", "Calling convention flag (*args functions)."),
]

CALLS = [
    ("__Pyx_PyObject_FastCall", "call", "Call with positional arguments (vectorcall offset bit ignored)."),
    ("__Pyx_PyObject_FastCallDict", "call", "Call with positionals and a kwargs dict."),
    ("__Pyx_Object_VectorcallKwds", "call", "Call with positionals and keyword values named by a tuple."),
    ("__Pyx_PyObject_FastCallMethod", "call", "Call a method by name on args[0]."),
    ("__Pyx_PyObject_Call", "call", "func(*args, **kwargs)."),
    ("PyObject_Call", "call", "func(*args, **kwargs)."),
    ("__Pyx_PyObject_CallOneArg", "call", "func(arg)."),
    ("__Pyx_PyObject_CallNoArg", "call", "func()."),
    ("__Pyx_PY_VECTORCALL_ARGUMENTS_OFFSET", "ident", "The vectorcall offset flag; the runtime masks it."),
    ("PyCallable_Check", "call", "callable(obj)."),
    ("__Pyx_PyCallable_Check", "call", "callable(obj)."),
]

NAMES = [
    ("__Pyx_GetModuleGlobalName", "call", "Assign a module global (then builtin) to the first argument; NameError."),
    ("__Pyx_GetBuiltinName", "call", "A builtin by name; NameError."),
    ("__Pyx_Import", "call", "__import__(name, fromlist, level)."),
    ("__Pyx_ImportDottedModule", "call", "import a.b.c."),
    ("__Pyx_ImportFrom", "call", "from module import name; ImportError."),
    ("__Pyx_PyObject_GetAttrStr", "call", "getattr(obj, name)."),
    ("__Pyx_GetAttr", "call", "getattr(obj, name)."),
    ("PyObject_GetAttr", "call", "getattr(obj, name)."),
    ("PyObject_SetAttr", "call", "setattr(obj, name, value)."),
    ("__Pyx_PyObject_SetAttrStr", "call", "setattr(obj, name, value)."),
    ("__Pyx_HasAttr", "call", "hasattr(obj, name): 1, 0 or -1."),
    ("__Pyx_PyObject_LookupSpecial", "call", "Special method lookup (`with`)."),
]

OBJECTS = [
    ("__Pyx_PyObject_IsTrue", "call", "Truth value: 1, 0 or -1."),
    ("PyObject_IsTrue", "call", "Truth value: 1, 0 or -1."),
    ("PyObject_RichCompare", "call", "Comparison returning an object."),
    ("__Pyx_PyObject_RichCompareBool", "call", "Comparison returning 1, 0 or -1."),
    ("PyObject_RichCompareBool", "call", "Comparison returning 1, 0 or -1."),
    ("PyObject_Hash", "call", "hash(obj)."),
    ("PyObject_Str", "call", "str(obj)."),
    ("PyObject_Repr", "call", "repr(obj)."),
    ("__Pyx_PyObject_Unicode", "call", "str(obj)."),
    ("__Pyx_TypeCheck", "call", "isinstance(obj, type)."),
    ("Py_TYPE", "call", "type(obj) as a type pointer."),
    ("PyLong_Check", "call", "isinstance(obj, int)."),
    ("PyFloat_Check", "call", "isinstance(obj, float)."),
    ("PyUnicode_CheckExact", "call", "type(obj) is str."),
    ("PyList_Check", "call", "isinstance(obj, list)."),
    ("PyList_CheckExact", "call", "type(obj) is list."),
    ("PyTuple_Check", "call", "isinstance(obj, tuple)."),
    ("PyTuple_CheckExact", "call", "type(obj) is tuple."),
    ("PyTypeObject", "ident", "Type objects are const mp_obj_type_t."),
    ("PyLong_Type", "ident", "int"),
    ("PyFloat_Type", "ident", "float"),
    ("PyUnicode_Type", "ident", "str"),
    ("PyBytes_Type", "ident", "bytes"),
    ("PyList_Type", "ident", "list"),
    ("PyTuple_Type", "ident", "tuple"),
    ("PyDict_Type", "ident", "dict"),
    ("PyRange_Type", "ident", "range (range() over Python ints is a call of the type)"),
    ("Py_LT", "ident", "Rich comparison operator."),
    ("Py_LE", "ident", "Rich comparison operator."),
    ("Py_EQ", "ident", "Rich comparison operator."),
    ("Py_NE", "ident", "Rich comparison operator."),
    ("Py_GT", "ident", "Rich comparison operator."),
    ("Py_GE", "ident", "Rich comparison operator."),
]

NUMBERS = [
    ("PyLong_FromLong", "call", "int from a C long."),
    ("PyLong_FromSsize_t", "call", "int from a Py_ssize_t."),
    ("PyLong_FromSize_t", "call", "int from a size_t."),
    ("__Pyx_PyLong_FromSize_t", "call", "int from a size_t."),
    ("__Pyx_PyLong_FromHash_t", "call", "int from a hash."),
    ("PyLong_FromDouble", "call", "int(double)."),
    ("__Pyx_PyIndex_AsSsize_t", "call", "Py_ssize_t via __index__."),
    ("__Pyx_PyBool_FromLong", "call", "True or False."),
    ("__Pyx_Owned_Py_None", "call", "None."),
    ("__Pyx_PyNumber_Long", "call", "int(obj), Cython's flavour (no str)."),
    ("__Pyx_PyNumber_Int", "call", "int(obj), Cython's flavour (no str)."),
    ("__Pyx_PyNumber_Float", "call", "float(obj)."),
    ("__Pyx_PyInt_FromNumber", "call", "In-place int(obj) of an argument."),
    ("__Pyx_PyFloat_FromNumber", "call", "In-place float(obj) of an argument."),
    ("PyFloat_FromDouble", "call", "float from a C double."),
    ("__Pyx_PyFloat_AsDouble", "call", "C double from a number; -1 with TypeError."),
    ("PyFloat_AsDouble", "call", "C double from a number; -1 with TypeError."),
    ("__Pyx_PyFloat_AsFloat", "call", "C float from a number."),
    ("PyNumber_Add", "call", "a + b"),
    ("PyNumber_Subtract", "call", "a - b"),
    ("PyNumber_Multiply", "call", "a * b"),
    ("PyNumber_TrueDivide", "call", "a / b"),
    ("__Pyx_PyNumber_Divide", "call", "a / b"),
    ("PyNumber_FloorDivide", "call", "a // b"),
    ("PyNumber_Remainder", "call", "a % b"),
    ("PyNumber_Power", "call", "pow(a, b, c)"),
    ("PyNumber_Lshift", "call", "a << b"),
    ("PyNumber_Rshift", "call", "a >> b"),
    ("PyNumber_And", "call", "a & b"),
    ("PyNumber_Or", "call", "a | b"),
    ("PyNumber_Xor", "call", "a ^ b"),
    ("__Pyx_PyNumber_MatrixMultiply", "call", "a @ b"),
    ("PyNumber_InPlaceAdd", "call", "a += b"),
    ("PyNumber_InPlaceSubtract", "call", "a -= b"),
    ("PyNumber_InPlaceMultiply", "call", "a *= b"),
    ("PyNumber_InPlaceTrueDivide", "call", "a /= b"),
    ("PyNumber_InPlaceFloorDivide", "call", "a //= b"),
    ("PyNumber_InPlaceRemainder", "call", "a %= b"),
    ("PyNumber_Negative", "call", "-a"),
    ("PyNumber_Invert", "call", "~a"),
    ("__Pyx_PyNumber_Absolute", "call", "abs(a)"),
    ("__Pyx_div_long", "call", "C long // with Python semantics."),
    ("__Pyx_div_int", "call", "C int // with Python semantics."),
    ("__Pyx_div_Py_ssize_t", "call", "Py_ssize_t // with Python semantics."),
    ("__Pyx_mod_long", "call", "C long % with Python semantics."),
    ("__Pyx_mod_int", "call", "C int % with Python semantics."),
    ("__Pyx_mod_Py_ssize_t", "call", "Py_ssize_t % with Python semantics."),
    ("__Pyx_mod_double", "call", "C double % with Python semantics."),
    ("__Pyx_UNARY_NEG_WOULD_OVERFLOW", "call", "-x overflows for the most negative value."),
]

STRINGS = [
    ("PyUnicode_FromString", "call", "str from a C string."),
    ("PyUnicode_FromStringAndSize", "call", "str from UTF-8 bytes."),
    ("PyBytes_FromStringAndSize", "call", "bytes from a buffer."),
    ("__Pyx_PyBytes_AsString", "call", "The data of a bytes object."),
    ("__Pyx_PyUnicode_GET_LENGTH", "call", "len(str)."),
    ("__Pyx_PyUnicode_Concat", "call", "a + b for str."),
    ("__Pyx_PyUnicode_ConcatInPlace", "call", "a += b for str."),
    ("__Pyx_PyUnicode_Join", "call", "Concatenate str pieces (f-strings, %-formatting)."),
    ("PyUnicode_Join", "call", "sep.join(seq)."),
    ("PyUnicode_Format", "call", "fmt % args."),
    ("__Pyx_PyUnicode_FormatSafe", "call", "fmt % args."),
    ("__Pyx_PyObject_Format", "call", "format(obj, spec)."),
    ("__Pyx_PyObject_FormatSimple", "call", "str(obj) for an f-string field."),
    ("__Pyx_PyObject_FormatAndDecref", "call", "format(obj, spec) of a new object."),
    ("__Pyx_PyObject_FormatSimpleAndDecref", "call", "str(obj) of a new object."),
    ("__Pyx_PyUnicode_FromDouble", "call", "f-string field of a C double."),
    ("__Pyx_PyUnicode_ContainsTF", "call", "sub in s / not in."),
    ("__Pyx_PyUnicode_Equals", "call", "str equality."),
    ("__Pyx_PyUnicode_Tailmatch", "call", "str.startswith / endswith."),
]

CONTAINERS = [
    ("PyList_New", "call", "A list of n items (None until set)."),
    ("__Pyx_PyList_SET_ITEM", "call", "Set item i of a new list; 0."),
    ("__Pyx_PyList_GET_ITEM_REF", "call", "Item i of a list."),
    ("__Pyx_PyList_GET_SIZE", "call", "len(list)."),
    ("PyList_Append", "call", "list.append(x)."),
    ("__Pyx_PyList_Append", "call", "list.append(x)."),
    ("__Pyx_ListComp_Append", "call", "list.append(x) in a comprehension."),
    ("__Pyx_ListComp_AppendAndDecref", "call", "list.append(x) in a comprehension."),
    ("PyList_Sort", "call", "list.sort()."),
    ("__Pyx_PyList_Extend", "call", "list.extend(it)."),
    ("__Pyx_PyList_FromArray", "call", "A list from a C array."),
    ("PySequence_List", "call", "list(it)."),
    ("__Pyx_PySequence_ListKeepNew", "call", "list(it)."),
    ("__Pyx_PyObject_Pop", "call", "obj.pop()."),
    ("__Pyx_PyObject_PopIndex", "call", "obj.pop(i)."),
    ("PyTuple_New", "call", "A tuple of n items (None until set)."),
    ("__Pyx_PyTuple_SET_ITEM", "call", "Set item i of a new tuple; 0."),
    ("PyTuple_GET_ITEM", "call", "Item i of a tuple."),
    ("__Pyx_PyTuple_GET_ITEM", "call", "Item i of a tuple."),
    ("__Pyx_PyTuple_GET_SIZE", "call", "len(tuple)."),
    ("__Pyx_PyTuple_FromArray", "call", "A tuple from a C array."),
    ("PySequence_Tuple", "call", "tuple(it)."),
    ("PyDict_New", "call", "{}"),
    ("__Pyx_PyDict_NewPresized", "call", "{} with room for n items."),
    ("PyDict_SetItem", "call", "d[k] = v; 0 or -1."),
    ("PyDict_SetItemString", "call", "d[\"k\"] = v."),
    ("PyDict_GetItem", "call", "d.get(k) as a borrowed reference; no exception."),
    ("__Pyx_PyDict_GetItem", "call", "d[k] with KeyError."),
    ("__Pyx_PyDict_GetItemDefault", "call", "d.get(k, default)."),
    ("__Pyx_PyDict_SetDefault", "call", "d.setdefault(k, v)."),
    ("PyDict_DelItem", "call", "del d[k]."),
    ("PyDict_Contains", "call", "k in d."),
    ("PyDict_Size", "call", "len(d)."),
    ("__Pyx_PyDict_Keys", "call", "d.keys()."),
    ("__Pyx_PyDict_Values", "call", "d.values()."),
    ("__Pyx_PyDict_Items", "call", "d.items()."),
    ("__Pyx_dict_iterator", "call", "Start `for k, v in d.items()`-style iteration."),
    ("__Pyx_dict_iter_next", "call", "Next step of dict iteration: 1, 0 or -1."),
    ("__Pyx_PyDict_ContainsTF", "call", "k in d / not in."),
    ("PySet_New", "call", "set(it)."),
    ("PySet_Add", "call", "s.add(x)."),
    ("__Pyx_PySet_ContainsTF", "call", "x in s / not in."),
    ("PyObject_GetItem", "call", "obj[key]."),
    ("__Pyx_PyObject_GetItem", "call", "obj[key]."),
    ("PyObject_SetItem", "call", "obj[key] = v."),
    ("PyObject_DelItem", "call", "del obj[key]."),
    ("__Pyx_GetItemInt", "call", "obj[i] for a C integer i."),
    ("__Pyx_SetItemInt", "call", "obj[i] = v for a C integer i."),
    ("__Pyx_PySequence_ITEM", "call", "seq[i]."),
    ("PySequence_GetItem", "call", "seq[i]."),
    ("__Pyx_PyObject_GetSlice", "call", "obj[a:b]."),
    ("__Pyx_PyObject_SetSlice", "call", "obj[a:b] = v."),
    ("PySlice_New", "call", "slice(a, b, c)."),
    ("PyObject_Length", "call", "len(obj)."),
    ("__Pyx_PySequence_SIZE", "call", "len(obj)."),
    ("PySequence_Contains", "call", "x in seq."),
    ("__Pyx_PySequence_ContainsTF", "call", "x in seq / not in."),
    ("PyObject_GetIter", "call", "iter(obj)."),
    ("PyIter_Next", "call", "next(it), NULL at the end without an exception."),
    ("__Pyx_PyObject_GetIterNextFunc", "call", "The iternext function of an iterator."),
    ("__Pyx_IterFinish", "call", "After iternext returned NULL: 0 when exhausted."),
    ("__Pyx_IternextUnpackEndCheck", "call", "Unpacking must consume the iterator exactly."),
    ("PyDict_Copy", "call", "d.copy() (f(**kw) passes a copy)."),
    ("__Pyx_ReferenceSharing_FunctionArgument", "ident", "Free-threading hint to item access macros: ignored."),
    ("__Pyx_ReferenceSharing_OwnStrongReference", "ident", "Free-threading hint to item access macros: ignored."),
    ("PyTuple_Size", "call", "len(args) in METH_VARARGS wrappers."),
]

THEMES = [
    ("errors", "Errors: CPython's PyErr_* API and Cython's exception helpers, on the runtime's pending exception.", ERRORS),
    ("functions", "Function objects and argument parsing of `def` wrappers (the calling convention of docs/ARCHITECTURE.md).", FUNCTIONS),
    ("calls", "Calling objects.", CALLS),
    ("names", "Module globals, builtins, imports and attributes.", NAMES),
    ("objects", "Objects: truth, comparison, str/repr, type checks and built-in type objects.", OBJECTS),
    ("numbers", "Numbers: conversions between C and Python numbers, and the number protocol.", NUMBERS),
    ("strings", "Strings, bytes and formatting.", STRINGS),
    ("containers", "Lists, tuples, dicts, sets, the sequence protocol and iteration.", CONTAINERS),
]


# ------------------------------------------------------------------------------------------
# Rule building
# ------------------------------------------------------------------------------------------

def toml_str(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


def kebab(name):
    s = name.lstrip("_")
    s = re.sub(r"([a-z0-9])([A-Z])", r"\1-\2", s)
    return re.sub(r"[^A-Za-z0-9]+", "-", s).strip("-").lower()


def call_rule(name, fix_name, doc, action="runtime", nargs=2):
    args = ", ".join(["a", "b", "c", "d", "e"][:nargs])
    return {
        "name": kebab(name),
        "pattern": f"{name}($$$ARGS)",
        "action": action,
        "fix": f"{fix_name}($$$ARGS)",
        "doc": doc,
        "tests": [(f"void f(void) {{ x = {name}({args}); }}",
                   f"void f(void) {{ x = {fix_name}({args}); }}")],
    }


def ident_rule(name, fix, doc, action="runtime"):
    return {
        "name": kebab(name),
        "pattern": name,
        "action": action,
        "fix": fix,
        "doc": doc,
        "tests": [(f"void f(void) {{ x = {name}; }}", f"void f(void) {{ x = {fix}; }}")],
    }


def theme_rules(entries):
    out = []
    for name, kind, doc in entries:
        if kind == "call":
            out.append(call_rule(name, cy(name), doc))
        else:
            out.append(ident_rule(name, cy(name), doc))
    return out


def exception_rules():
    out = []
    for e in MP_EXCEPTIONS:
        out.append(ident_rule(f"PyExc_{e}", f"MP_OBJ_FROM_PTR(&mp_type_{e})",
                              f"MicroPython's own {e}.", action="rewrite"))
    for e in FALLBACK_EXCEPTIONS:
        out.append(ident_rule(f"PyExc_{e}", f"cy_PyExc_{e}",
                              f"{e} is not in every MicroPython build: the runtime maps it to the "
                              f"nearest type (see cy2upy.h).", action="runtime"))
    return out


def family_rules():
    out = []
    for inplace, t1, t2 in BINOP_RULES:
        for op in BINOPS:
            n = f"__Pyx_PyNumber_{inplace}{op}_{t1}_{t2}"
            if n in BINOP_RULE_SKIP:
                continue
            out.append(call_rule(n, cy(n), f"Cython's specialised {inplace}{op} for {t1} and {t2}: MicroPython's binary op."))
    for ret, t1, t2 in COMPARE_RULES:
        for op in COMPARE_OPS:
            n = f"__Pyx_PyObject_Compare{ret}{op}_{t1}_{t2}"
            kind = "1, 0 or -1" if ret else "an object"
            out.append(call_rule(n, cy(n), f"Cython's specialised comparison returning {kind}.", nargs=3))
    for n in OBJC_RULES:
        nargs = 4 if ("Eq" in n or "Ne" in n) and "Long" in n else 5
        out.append(call_rule(n, cy(n), "Number operation with a C constant operand: the objects' binary op.", nargs=nargs))
    for suffix in CINT_RULE_TYPES:
        n = f"__Pyx_PyLong_As_{suffix}"
        out.append(call_rule(n, cy(n), f"C {suffix} from an object, OverflowError as Cython.", nargs=1))
        n = f"__Pyx_PyLong_From_{suffix}"
        out.append(call_rule(n, cy(n), f"int from a C {suffix}.", nargs=1))
    for t in UNICODE_FROM_TYPES:
        n = f"__Pyx_PyUnicode_From_{t}"
        out.append(call_rule(n, cy(n), f"f-string field of a C {t}.", nargs=4))
    return out


USED_NAMES = set()


def unique_name(name):
    n, i = name, 2
    while n in USED_NAMES:
        n = f"{name}-{i}"
        i += 1
    USED_NAMES.add(n)
    return n


def render(title, rules, first_id):
    lines = [f"# {title}", "# Generated by runtime/tools/gen_api_rules.py; edit the lists there.", ""]
    for i, r in enumerate(rules):
        lines.append("[[rule]]")
        lines.append(f'id = "CY{first_id + i:03d}"')
        lines.append(f"name = {toml_str(unique_name(r['name']))}")
        lines.append(f"pattern = {toml_str(r['pattern'])}")
        lines.append(f"action = {toml_str(r['action'])}")
        lines.append(f"fix = {toml_str(r['fix'])}")
        lines.append(f"doc = {toml_str(r['doc'])}")
        tests = ", ".join(f"{{ input = {toml_str(a)}, expected = {toml_str(b)} }}" for a, b in r["tests"])
        lines.append(f"tests = [{tests}]")
        lines.append("")
    return "\n".join(lines)


# ------------------------------------------------------------------------------------------
# Header section
# ------------------------------------------------------------------------------------------

def header_section():
    h = []
    for op in BINOPS:
        for inplace in ("", "InPlace"):
            mp = f"MP_BINARY_OP_{'INPLACE_' if inplace else ''}{BINOP_MP[op]}"
            for t1 in BINOP_TYPES:
                for t2 in BINOP_TYPES:
                    h.append(f"#define cy_Pyx_PyNumber_{inplace}{op}_{t1}_{t2}(a, b) cy_binop({mp}, (a), (b))")
    for ret in ("", "Bool"):
        fn = "cy_PyObject_RichCompareBool" if ret else "cy_PyObject_RichCompare"
        for op in COMPARE_OPS:
            for t1 in COMPARE_TYPES:
                for t2 in COMPARE_TYPES:
                    h.append(f"#define cy_Pyx_PyObject_Compare{ret}{op}_{t1}_{t2}(a, b, op) {fn}((a), (b), (op))")
    def objc(kind, op, order, ret):
        mp = BINOP_MP[op]
        fn = "cy_binop_bool" if ret else "cy_binop"
        return (f"#define cy_Pyx_Py{kind}_{ret}{op}{order}(a, b, cval, inplace, zerodiv) "
                f"{fn}((inplace) ? MP_BINARY_OP_INPLACE_{mp} : MP_BINARY_OP_{mp}, (a), (b))")
    for order in ("ObjC", "CObj"):
        for ret in ("", "Bool"):
            for op in LONG_OBJC_OPS:
                h.append(objc("Long", op, order, ret))
            for op in FLOAT_OBJC_OPS:
                h.append(objc("Float", op, order, ret))
            fn = "cy_binop_bool" if ret else "cy_binop"
            for op, mp in (("Eq", "EQUAL"), ("Ne", "NOT_EQUAL")):
                h.append(f"#define cy_Pyx_PyLong_{ret}{op}{order}(a, b, cval, inplace) {fn}(MP_BINARY_OP_{mp}, (a), (b))")
                h.append(f"#define cy_Pyx_PyFloat_{ret}{op}{order}(a, b, cval, inplace, zerodiv) {fn}(MP_BINARY_OP_{mp}, (a), (b))")
    for suffix, ctype in CINT_TYPES:
        tname = suffix.replace("_", " ") if "PY_LONG_LONG" not in suffix else suffix.replace("unsigned_", "unsigned ")
        if suffix.endswith("_t"):
            tname = suffix
        h.append(f'#define cy_Pyx_PyLong_As_{suffix}(x) CY_AS_ANY((x), {ctype}, "{tname}")')
        h.append(f"#define cy_Pyx_PyLong_From_{suffix}(v) ((({ctype})-1 < ({ctype})0) ? "
                 f"cy_int_from_ll((long long)(v)) : cy_int_from_ull((unsigned long long)(v)))")
    return "\n".join(h)


def main():
    check = "--check" in sys.argv
    outputs = {}
    next_id = 300
    for fname, title, entries in THEMES:
        rules = theme_rules(entries)
        outputs[os.path.join(RULES_DIR, fname + ".toml")] = render(title, rules, next_id)
        next_id += len(rules)
    rules = exception_rules()
    outputs[os.path.join(RULES_DIR, "exceptions.toml")] = render(
        "Exception types: MicroPython's own where it has them, documented fallbacks otherwise.", rules, next_id)
    next_id += len(rules)
    rules = family_rules()
    outputs[os.path.join(RULES_DIR, "specialised.toml")] = render(
        "Cython's type-specialised helpers (binary operators, comparisons, C integer conversions).", rules, next_id)
    next_id += len(rules)
    if next_id - 1 > 699:
        sys.exit(f"rule ids overflow CY699 (last would be CY{next_id - 1})")

    header = open(HEADER).read()
    begin, end = "// BEGIN GENERATED\n", "// END GENERATED\n"
    a = header.index(begin) + len(begin)
    b = header.index(end)
    outputs[HEADER] = header[:a] + header_section() + "\n" + header[b:]

    stale = []
    for path, text in outputs.items():
        old = open(path).read() if os.path.exists(path) else None
        if old != text:
            stale.append(path)
            if not check:
                os.makedirs(os.path.dirname(path), exist_ok=True)
                with open(path, "w") as f:
                    f.write(text)
    if check and stale:
        sys.exit("out of date: " + ", ".join(os.path.relpath(p, ROOT) for p in stale))
    print(f"rules CY300-CY{next_id - 1:03d}; {'checked' if check else 'written'}")


if __name__ == "__main__":
    main()
