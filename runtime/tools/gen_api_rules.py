#!/usr/bin/env python3
"""Generate rules/api/*.toml and the generated section of runtime/include/cy2upy.h.

The API rules are regular: a CPython or Cython name N becomes the runtime's `cy_` + N without
leading underscores (docs/ARCHITECTURE.md, "The output contract"), or an inline MicroPython
spelling. Writing ~400 of them by hand invites typos, so they are listed here as data.

    python3 runtime/tools/gen_api_rules.py          # rewrite the files
    python3 runtime/tools/gen_api_rules.py --check  # fail if they are out of date

Rule ids: CY300-CY699, CY2000-CY2999 and CY3000-CY3699 (this generator owns these ranges; the
last one holds the families of exception checks and properties, exception_properties.toml). The first range
holds the original lists, numbered in list order across all files. Later additions go to the
`*_MORE` lists: each theme owns blocks of ids there (THEME_BLOCKS), numbered in list order
within them, so append new entries at the end of a theme's `*_MORE` list to keep every other id
stable.
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
    ("uint64_t", "uint64_t"), ("intptr_t", "intptr_t"), ("uintptr_t", "uintptr_t"),
]
UNICODE_FROM_TYPES = ["int", "long", "Py_ssize_t"]
# Cython's C integer power helpers, __Pyx_pow_<type with spaces as _>.
POW_TYPES = CINT_TYPES + [("Py_ssize_t", "mp_int_t")]

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


# Cython's typed attribute access on caught exceptions (`except OSError as e: e.args`):
# __Pyx_Py<Name>_get_<property> / _set_<property> for every exception class Cython knows
# (Cython/Compiler/Builtin.py, init_builtin_exceptions, and PyrexTypes.KNOWN_EXCEPTION_NAMES
# without uncachable_builtins, of Cython 3.3.1), and the instance checks
# __Pyx_PyExc_<Name>_Check(obj) of variables typed as one of them. Ids CY3000-CY3699.
CYTHON_EXCEPTION_NAMES = [
    "ArithmeticError", "AssertionError", "AttributeError", "BaseException", "BlockingIOError",
    "BrokenPipeError", "BufferError", "BytesWarning", "ChildProcessError",
    "ConnectionAbortedError", "ConnectionError", "ConnectionRefusedError",
    "ConnectionResetError", "DeprecationWarning", "EOFError", "EnvironmentError", "Exception",
    "FileExistsError", "FileNotFoundError", "FloatingPointError", "FutureWarning",
    "GeneratorExit", "IOError", "ImportError", "ImportWarning", "IndentationError", "IndexError",
    "InterruptedError", "IsADirectoryError", "KeyError", "KeyboardInterrupt", "LookupError",
    "MemoryError", "ModuleNotFoundError", "NameError", "NotADirectoryError",
    "NotImplementedError", "OSError", "OverflowError", "PendingDeprecationWarning",
    "PermissionError", "ProcessLookupError", "RecursionError", "ReferenceError",
    "ResourceWarning", "RuntimeError", "RuntimeWarning", "StopAsyncIteration", "StopIteration",
    "SyntaxError", "SyntaxWarning", "SystemError", "SystemExit", "TabError", "TimeoutError",
    "TypeError", "UnboundLocalError", "UnicodeDecodeError", "UnicodeEncodeError", "UnicodeError",
    "UnicodeTranslateError", "UnicodeWarning", "UserWarning", "ValueError", "Warning",
    "ZeroDivisionError",
]
EXCEPTION_PROPERTIES = ["args", "context", "cause", "traceback"]
EXCEPTION_SPECIAL_PROPERTIES = {
    "StopIteration": ["value"], "NameError": ["name"], "AttributeError": ["name", "obj"],
    "SystemExit": ["code"], "UnicodeError": ["encoding", "object", "reason"],
    "UnicodeDecodeError": ["encoding", "object", "reason"],
    "UnicodeEncodeError": ["encoding", "object", "reason"],
    "UnicodeTranslateError": ["encoding", "object", "reason"],
}
# Members that have a rule of their own in ERRORS / ERRORS_MORE.
EXCEPTION_PROPERTY_SKIP = {"__Pyx_PyException_get_args", "__Pyx_PyKeyError_get_args",
                           "__Pyx_PyBaseException_get_args"}
EXCEPTION_PROPERTY_IDS = (3000, 3699)


def exception_property_members():
    """(Cython name, runtime macro, C expression) of every getter and setter."""
    out = []
    for exc in CYTHON_EXCEPTION_NAMES:
        for prop in EXCEPTION_PROPERTIES + EXCEPTION_SPECIAL_PROPERTIES.get(exc, []):
            attr = f"__{prop}__" if prop in ("context", "cause", "traceback") else prop
            for op in ("get", "set"):
                name = f"__Pyx_Py{exc}_{op}_{prop}"
                if name in EXCEPTION_PROPERTY_SKIP:
                    continue
                if op == "get":
                    out.append((name, f"{cy(name)}(e)", f"cy_exc_get((e), MP_QSTR_{attr})"))
                else:
                    out.append((name, f"{cy(name)}(e, v)", f"cy_exc_set((e), MP_QSTR_{attr}, (v))"))
    return out


def exception_type_expr(exc):
    """The C expression of an exception class object in the runtime."""
    return f"MP_OBJ_FROM_PTR(&mp_type_{exc})" if exc in MP_EXCEPTIONS else f"cy_exc_{exc}"


def exception_check_members():
    """(Cython name, runtime macro, C expression) of Cython's __Pyx_PyExc_<Name>_Check(obj)."""
    out = []
    for exc in CYTHON_EXCEPTION_NAMES:
        name = f"__Pyx_PyExc_{exc}_Check"
        if exc == "BaseException":
            expr = "mp_obj_is_exception_instance(obj)"
        else:
            expr = f"mp_obj_is_subclass_fast(MP_OBJ_FROM_PTR(mp_obj_get_type(obj)), {exception_type_expr(exc)})"
        out.append((name, f"{cy(name)}(obj)", f"({expr})"))
    return out


def exception_property_rules():
    rules = []
    for name, _, _ in exception_check_members():
        exc = name[len("__Pyx_PyExc_"):-len("_Check")]
        rules.append(call_rule(name, cy(name), f"isinstance(obj, {exc}), for a variable Cython typed {exc}.",
                               nargs=1))
    for name, _, _ in exception_property_members():
        exc, op_prop = name[len("__Pyx_Py"):].split("_", 1)
        op, prop = op_prop.split("_", 1)
        what = "e." + (f"__{prop}__" if prop in ("context", "cause", "traceback") else prop)
        doc = (f"`{what}` of an exception typed {exc} by its except clause" if op == "get"
               else f"`{what} = value` on an exception typed {exc} by its except clause")
        rules.append(call_rule(name, cy(name), doc + " (see cy_exc_get/cy_exc_set in cy2upy.h).",
                               nargs=1 if op == "get" else 2))
    first, last = EXCEPTION_PROPERTY_IDS
    if len(rules) > last - first + 1:
        sys.exit(f"exception properties: {len(rules)} rules overflow CY{first}-CY{last}")
    return list(zip(range(first, last + 1), rules))

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
    ("__Pyx_CyFunction_Defaults", "callinline:__Pyx_CyFunction_Defaults($T, $F)=>cy_Pyx_CyFunction_Defaults(struct $T, $F)",
     "The per-function defaults struct; the parse stage blanked `struct` of the type argument."),
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
    ("__Pyx_PyNumber_Int", "call", "int(obj), the builtin call (str and bytes parse)."),
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


# ------------------------------------------------------------------------------------------
# Later additions (ids CY2000-CY2999, one block of 100 per theme; see THEME_BLOCKS).
#
# Entries are (name, kind, doc):
#   kind "call"     `name($$$ARGS)` -> `cy_name($$$ARGS)` (runtime)
#   kind "ident"    `name` -> `cy_name` (runtime)
#   kind "prefix:T" `name*($$$ARGS)` -> `T($$$ARGS)` (runtime): every name that starts with
#                   `name`, for Cython's operand-type-specialised families. Only for families
#                   whose members all have the generic operation's semantics.
#   kind "inline:F" `name` -> F (an inline rewrite of an identifier, e.g. a C type)
#   kind "callinline:P=>F"  an inline rewrite of the call pattern P to F.
# ------------------------------------------------------------------------------------------

ERRORS_MORE = [
    ("PyErr_Fetch", "call", "Take the pending exception as (type, value, tb)."),
    ("PyErr_Restore", "call", "Make (type, value, tb) the pending exception."),
    ("PyErr_NormalizeException", "call", "Exceptions are always normalised instances here."),
    ("PyErr_GetRaisedException", "call", "Take the pending exception instance."),
    ("PyErr_SetRaisedException", "call", "Make an exception instance the pending one."),
    ("PyErr_GivenExceptionMatches", "call", "Does an exception match a type or tuple?"),
    ("PyErr_GetExcInfo", "call", "The exception being handled (sys.exc_info)."),
    ("PyErr_SetExcInfo", "call", "Replace the exception being handled."),
    ("PyErr_WarnEx", "call", "Print a warning through mp_warning."),
    ("PyErr_WriteUnraisable", "call", "Print an exception that cannot be raised."),
    ("PyErr_Print", "call", "Print and clear the pending exception."),
    ("PyErr_PrintEx", "call", "Print and clear the pending exception."),
    ("PyException_GetTraceback", "call", "Tracebacks are not objects here: None."),
    ("PyExceptionClass_Check", "call", "Is obj an exception class?"),
    ("PyExceptionInstance_Check", "call", "Is obj an exception instance?"),
    ("__Pyx_ErrFetchWithState", "call", "Take the pending exception as (type, value, tb)."),
    ("__Pyx_ErrFetchInState", "call", "Take the pending exception as (type, value, tb)."),
    ("__Pyx_ErrRestoreInState", "call", "Make (type, value, tb) the pending exception."),
    ("__Pyx_PyErr_FetchException", "call", "Take the pending exception as (type, value, tb)."),
    ("__Pyx_PyErr_RestoreException", "call", "Make (type, value, tb) the pending exception."),
    ("__Pyx_PyErr_SetNone", "call", "Set the pending exception from a type alone."),
    ("__Pyx_RejectKeywords", "call", "`f() got an unexpected keyword argument 'k'` for functions without keyword parameters."),
    ("__Pyx_PyException_get_args", "call", "`e.args` of a caught exception."),
    ("__Pyx_PyKeyError_get_args", "call", "`e.args` of a caught KeyError."),
    ("__pyx_assertions_enabled", "callinline:__pyx_assertions_enabled()=>cy_Pyx_assertions_enabled()",
     "`assert` runs unless disabled (MicroPython has no -O flag for C modules)."),
    ("__Pyx_RaiseMappingExpectedError", "call", "`f(**x)` with x not a mapping: TypeError \"'T' object is not a mapping\"."),
    ("__Pyx_WriteUnraisable", "call", "Print an exception a noexcept function cannot propagate (\"Exception ignored in: 'f'\") and clear it."),
    ("__Pyx_PyBaseException_get_args", "call", "`e.args` of a caught exception (`except Exception as e`)."),
]

EXCEPTIONS_MORE = [
    (f"PyExc_{e}", "ident", f"{e} is not in every MicroPython build: the runtime defines it with CPython's base class (runtime/c/cy2upy_exc.c, see cy2upy.h).")
    for e in ["ReferenceError", "TabError", "UnicodeEncodeError", "UnicodeTranslateError",
              "EnvironmentError", "IOError", "BlockingIOError", "ChildProcessError",
              "ConnectionError", "BrokenPipeError", "ConnectionAbortedError",
              "ConnectionRefusedError", "ConnectionResetError", "FileExistsError",
              "InterruptedError", "IsADirectoryError", "NotADirectoryError", "PermissionError",
              "ProcessLookupError", "TimeoutError", "UserWarning", "DeprecationWarning",
              "PendingDeprecationWarning", "RuntimeWarning", "SyntaxWarning", "FutureWarning",
              "ImportWarning", "UnicodeWarning", "BytesWarning", "ResourceWarning",
              "EncodingWarning"]
]

FUNCTIONS_MORE = [
    ("PyCFunctionFast", "ident", "Function pointer type of METH_FASTCALL functions."),
    ("PyCFunctionFastWithKeywords", "ident", "Function pointer type of METH_FASTCALL|METH_KEYWORDS functions."),
    ("__Pyx_PyCFunctionFast", "ident", "Function pointer type of METH_FASTCALL functions."),
    ("__Pyx_Arg_FASTCALL", "call", "Positional argument i."),
    ("__Pyx_Arg_VARARGS", "call", "Item i of the args tuple."),
    ("__Pyx_Arg_NewRef_FASTCALL", "call", "An argument (no reference counts here)."),
    ("__Pyx_Arg_NewRef_VARARGS", "call", "An argument (no reference counts here)."),
    ("__Pyx_Arg_XDECREF_FASTCALL", "call", "Nothing to release."),
    ("__Pyx_Arg_XDECREF_VARARGS", "call", "Nothing to release."),
    ("__Pyx_ArgsSlice_VARARGS", "call", "args[start:stop] of the args tuple (*args)."),
    ("__Pyx_CYFUNCTION_STATICMETHOD", "ident", "Function object flag."),
    ("__Pyx_CYFUNCTION_CLASSMETHOD", "ident", "Function object flag."),
    ("__Pyx_CYFUNCTION_CCLASS", "ident", "Function object flag."),
    ("__Pyx_CYFUNCTION_COROUTINE", "ident", "Function object flag."),
    ("__Pyx_CyFunction_Check", "call", "Is obj a runtime function object?"),
    ("__Pyx_CyFunction_GetClassObj", "call", "No class cell on module-level functions."),
    ("__Pyx_CyFunction_NewEx", "call", "A function object for a PyMethodDef."),
    ("__Pyx_CyFunction_SetAnnotationsDict", "call", "Annotations are not kept."),
    ("__Pyx_IsCyOrPyCFunction", "call", "Is obj a function object?"),
    ("PyDoc_STRVAR", "callinline:PyDoc_STRVAR($NAME, $DOC)=>static const char $NAME[] __attribute__((unused)) = $DOC",
     "A docstring constant, as CPython's macro defines it (a C string array). Marked unused: the docs of"
     " special-method slots reach CPython only through wrapper descriptors, which MicroPython has not."),
    ("PyThreadState", "ident", "`with nogil:` keeps the thread state returned by PyEval_SaveThread (opaque here)."),
    ("PyEval_SaveThread", "call", "Enter `with nogil:` -- releases MicroPython's GIL when the build has one."),
    ("PyEval_RestoreThread", "call", "Leave `with nogil:` -- takes MicroPython's GIL back."),
    ("__Pyx_FastGIL_Remember", "call", "Cython's GIL bookkeeping: nothing to do."),
    ("__Pyx_FastGIL_Forget", "call", "Cython's GIL bookkeeping: nothing to do."),
    ("PyGILState_STATE", "ident", "What PyGILState_Ensure returns: whether it took the GIL."),
    ("PyGILState_Ensure", "call", "`with gil:` -- take the GIL if this thread released it."),
    ("PyGILState_Release", "call", "Leave `with gil:` -- release the GIL again if Ensure took it."),
    ("__Pyx_PyGILState_Ensure", "call", "`with gil:` -- take the GIL if this thread released it."),
    ("__Pyx_PyGILState_Release", "call", "Leave `with gil:` -- release the GIL again if Ensure took it."),
    ("PyGILState_Check", "call", "Does this thread hold the GIL?"),
    ("__pyx_CoroutineObject", "ident", "A generator object (the runtime's generator type) as generator bodies see it."),
    ("__pyx_coroutine_body_t", "ident", "Function pointer type of a generator body."),
    ("__Pyx_PySendResult", "ident", "What resuming a generator gives: PYGEN_NEXT, PYGEN_RETURN or PYGEN_ERROR."),
    ("PYGEN_NEXT", "ident", "The generator yielded a value."),
    ("PYGEN_RETURN", "ident", "The generator returned."),
    ("PYGEN_ERROR", "ident", "The generator raised."),
    ("__Pyx_Generator_New", "call", "A generator object running a Cython generator body (yield, generator expressions)."),
    ("__Pyx_Generator_GetInlinedResult", "call", "Run a generator expression that Cython inlined (any(), all(), str.join(), ...) to its result."),
    ("__Pyx_Generator_Yield_From", "call", "`yield from source`: first step, remembering the delegate for later resumes."),
    ("__Pyx_Generator_Replace_StopIteration", "call", "A StopIteration escaping a generator body becomes RuntimeError (PEP 479)."),
    ("__Pyx_Coroutine_clear", "call", "A finished generator drops its closure and delegate."),
    ("__Pyx_Coroutine_ResetAndClearException", "call", "At a yield: the caller's handled exception comes back (sys.exc_info)."),
    ("__Pyx_Coroutine_SwapException", "call", "At a yield inside an except block: keep the generator's handled exception for the resume."),
    ("PyCFunction_NewEx", "call", "A function with binding=False: not bound as a class attribute."),
    ("PyCFunction_GetSelf", "call", "The self a binding=False function was made with."),
]

CALLS_MORE = [
    ("PyObject_CallObject", "call", "func(*args)."),
    ("PyObject_CallNoArgs", "call", "func()."),
    ("PyObject_CallOneArg", "call", "func(arg)."),
    ("PyObject_CallFunctionObjArgs", "call", "func(a, b, ..., NULL)."),
    ("PyObject_CallMethodObjArgs", "call", "obj.name(a, b, ..., NULL)."),
    ("PyObject_CallMethodNoArgs", "call", "obj.name()."),
    ("PyObject_CallMethodOneArg", "call", "obj.name(arg)."),
    ("PyObject_Vectorcall", "call", "Vectorcall: positionals, then the values of the keywords named by a tuple."),
    ("PyObject_VectorcallMethod", "call", "Method vectorcall: args[0] is self."),
    ("PyVectorcall_NARGS", "call", "The argument count without the offset flag."),
    ("__Pyx_PyVectorcall_NARGS", "call", "The argument count without the offset flag."),
    ("__Pyx_PyObject_Vectorcall", "call", "Vectorcall: positionals, then the values of the keywords named by a tuple."),
    ("__Pyx_Object_VectorcallMethodKwds", "call", "Method vectorcall with keyword names."),
    ("__Pyx_PyObject_Call2Args", "call", "func(a, b)."),
    ("__Pyx_PyObject_CallMethod0", "call", "obj.name()."),
    ("__Pyx_PyObject_CallMethod1", "call", "obj.name(arg)."),
    ("__Pyx_CallUnboundCMethod0", "call", "A cached builtin method (str.strip, dict.items, ...) called on self."),
    ("__Pyx_CallUnboundCMethod1", "call", "A cached builtin method called on self with one argument."),
    ("__Pyx_CallUnboundCMethod2", "call", "A cached builtin method called on self with two arguments."),
    ("PyMethod_Check", "call", "Bound methods are never unpacked: 0."),
    ("PyMethod_GET_FUNCTION", "call", "The object itself (never reached)."),
    ("PyMethod_GET_SELF", "call", "NULL (never reached)."),
    ("PyMethod_New", "call", "A bound method."),
    ("__Pyx_PyMethod_New", "call", "A bound method."),
    ("PyCallable_CheckExact", "call", "callable(obj)."),
    ("__Pyx_PyIter_Next2", "call", "next(it, default); next(it) when default is NULL."),
    ("__Pyx_MergeKeywords", "call", "f(**a, **b): merge a mapping into the keyword dict; TypeError on a duplicate."),
    ("__Pyx_IS_UNIQUELY_REFERENCED", "call", "Is the object referenced only here? Never: there are no reference counts."),
]

NAMES_MORE = [
    ("PyImport_Import", "call", "__import__(name)."),
    ("PyImport_ImportModule", "call", "__import__(name) from a C string."),
    ("PyImport_ImportModuleLevelObject", "call", "__import__(name, level=level)."),
    ("PyObject_GetAttrString", "call", "getattr(obj, \"name\")."),
    ("PyObject_SetAttrString", "call", "setattr(obj, \"name\", value)."),
    ("PyObject_DelAttr", "call", "delattr(obj, name)."),
    ("__Pyx_PyObject_DelAttrStr", "call", "delattr(obj, name)."),
    ("PyObject_HasAttr", "call", "hasattr(obj, name)."),
    ("PyObject_HasAttrWithError", "call", "hasattr(obj, name): 1, 0 or -1."),
    ("PyObject_Dir", "call", "dir(obj)."),
    ("__Pyx_PyObject_GetAttrStrNoError", "call", "getattr(obj, name) or NULL without an exception."),
    ("__Pyx_PyObject_LookupSpecialNoError", "call", "Special method lookup, NULL without an exception."),
    ("__Pyx_GetModuleGlobalNameUncached", "call", "Assign a module global (then builtin) to the first argument; NameError."),
    ("__Pyx_PyObject_DelAttr", "call", "delattr(obj, name)."),
]

OBJECTS_MORE = [
    ("PyBool_Type", "ident", "bool"),
    ("PyByteArray_Type", "ident", "bytearray"),
    ("PySet_Type", "ident", "set"),
    ("PyFrozenSet_Type", "ident", "frozenset"),
    ("PyType_Type", "ident", "type"),
    ("PySlice_Type", "ident", "slice"),
    ("PyBaseObject_Type", "ident", "object"),
    ("PyComplex_Type", "ident", "complex"),
    ("PyBool_Check", "call", "isinstance(obj, bool)."),
    ("PyLong_CheckExact", "call", "type(obj) is int."),
    ("PyFloat_CheckExact", "call", "type(obj) is float."),
    ("PyUnicode_Check", "call", "isinstance(obj, str)."),
    ("PyBytes_Check", "call", "isinstance(obj, bytes)."),
    ("PyBytes_CheckExact", "call", "type(obj) is bytes."),
    ("PyByteArray_Check", "call", "isinstance(obj, bytearray)."),
    ("PyDict_Check", "call", "isinstance(obj, dict)."),
    ("PyDict_CheckExact", "call", "type(obj) is dict."),
    ("__Pyx_PyDict_CheckExact", "call", "type(obj) is dict."),
    ("__Pyx_PyAnyDict_CheckExact", "call", "type(obj) is dict."),
    ("PySet_Check", "call", "isinstance(obj, set)."),
    ("PySet_CheckExact", "call", "type(obj) is set."),
    ("PyAnySet_Check", "call", "isinstance(obj, (set, frozenset))."),
    ("PyFrozenSet_Check", "call", "isinstance(obj, frozenset)."),
    ("PySlice_Check", "call", "isinstance(obj, slice)."),
    ("PyType_Check", "call", "isinstance(obj, type)."),
    ("PyIter_Check", "call", "Is obj an iterator?"),
    ("PyType_IsSubtype", "call", "issubclass for type objects."),
    ("__Pyx_IsSubtype", "call", "issubclass for type objects."),
    ("PyObject_TypeCheck", "call", "isinstance(obj, type)."),
    ("PyObject_IsInstance", "call", "isinstance(obj, cls): 1, 0 or -1."),
    ("PyObject_IsSubclass", "call", "issubclass(a, b): 1, 0 or -1."),
    ("PyObject_Type", "call", "type(obj)."),
    ("Py_IS_TYPE", "call", "type(obj) is T."),
    ("Py_Is", "call", "a is b."),
    ("Py_IsNone", "call", "obj is None."),
    ("Py_IsTrue", "call", "obj is True."),
    ("Py_IsFalse", "call", "obj is False."),
    ("PyObject_Not", "call", "not obj: 1, 0 or -1."),
    ("__Pyx_PyObject_IsTrueAndDecref", "call", "Truth value of a new object: 1, 0 or -1."),
    ("__Pyx_PyObject_RichCompare", "call", "Comparison returning an object."),
    ("PyObject_ASCII", "call", "ascii(obj) (repr(obj): MicroPython's repr escapes no more)."),
    ("__Pyx_PyObject_Str", "call", "str(obj)."),
    ("PyObject_Format", "call", "format(obj, spec)."),
    ("__Pyx_NoneAsNull", "call", "NULL for None, else the object (optional arguments of C-API calls)."),
    ("PyMapping_Check", "call", "Does obj support obj[key]? (CPython's test: a subscript slot.)"),
    ("__Pyx_pretend_to_initialize", "call", "Silences maybe-uninitialised warnings: nothing to do."),
    ("__Pyx_DefaultClassType", "ident", "type: the metaclass of a class statement without bases (Cython's macro for PyType_Type)."),
    ("__Pyx_PyFrozenDict_TypePtr", "ident", "dict: MicroPython has no frozendict, so Cython's own fallback before Python 3.15."),
    ("__Pyx_PyFrozenDict_Check", "call", "isinstance(obj, dict) (frozendict is dict, as in Cython's fallback)."),
    ("__Pyx_PyFrozenDict_CheckExact", "call", "type(obj) is dict (frozendict is dict)."),
    ("__Pyx_PyAnyDict_Check", "call", "isinstance(obj, dict) (frozendict is dict)."),
    ("Py_Ellipsis", "ident", "The Ellipsis singleton."),
    ("PyRange_Check", "call", "isinstance(obj, range)."),
    ("__Pyx_PyBoolOrNull_FromLong", "call", "bool(b), or NULL when b is -1 (an error)."),
    ("__Pyx_void_to_None", "call", "None, after the void call given."),
    ("__Pyx_Py_IsNone", "call", "obj is None."),
    ("__Pyx_SetNewInClass", "call", "`def __new__` in a class body: stored as a staticmethod."),
]

NUMBERS_MORE = [
    ("PY_LONG_LONG", "inline:long long", "CPython's spelling of `long long`."),
    ("__Pyx_long_cast", "callinline:__Pyx_long_cast($X)=>((long)($X))", "A cast to C long."),
    ("PyBool_FromLong", "call", "True or False."),
    ("PyLong_FromLongLong", "call", "int from a C long long."),
    ("PyLong_FromUnsignedLong", "call", "int from a C unsigned long."),
    ("PyLong_FromUnsignedLongLong", "call", "int from a C unsigned long long."),
    ("PyLong_FromString", "call", "int(str, base)."),
    ("PyLong_AsLong", "call", "C long from an int; OverflowError."),
    ("PyLong_AsLongLong", "call", "C long long from an int; OverflowError."),
    ("PyLong_AsUnsignedLong", "call", "C unsigned long from an int; OverflowError."),
    ("PyLong_AsUnsignedLongLong", "call", "C unsigned long long from an int; OverflowError."),
    ("PyLong_AsSsize_t", "call", "Py_ssize_t from an int; OverflowError."),
    ("PyLong_AsSize_t", "call", "size_t from an int; OverflowError."),
    ("PyLong_AsDouble", "call", "C double from an int."),
    ("__Pyx_PyLong_AsSsize_t", "call", "Py_ssize_t from an int; OverflowError."),
    ("__Pyx_PyLong_FromSsize_t", "call", "int from a Py_ssize_t."),
    ("__Pyx_PyIndex_AsHash_t", "call", "A hash value via __index__."),
    ("PyNumber_AsSsize_t", "call", "Py_ssize_t via __index__."),
    ("PyNumber_Index", "call", "obj.__index__()."),
    ("__Pyx_PyNumber_Index", "call", "obj.__index__()."),
    ("PyNumber_Long", "call", "int(obj)."),
    ("PyNumber_Float", "call", "float(obj)."),
    ("PyComplex_FromDoubles", "call", "complex(real, imag)."),
    ("PyFloat_AS_DOUBLE", "call", "C double of a float."),
    ("__Pyx_PyFloat_AS_DOUBLE", "call", "C double of a float."),
    ("PyNumber_Absolute", "call", "abs(a)"),
    ("PyNumber_Positive", "call", "+a"),
    ("PyNumber_Divmod", "call", "divmod(a, b)"),
    ("PyNumber_MatrixMultiply", "call", "a @ b"),
    ("PyNumber_InPlaceAnd", "call", "a &= b"),
    ("PyNumber_InPlaceOr", "call", "a |= b"),
    ("PyNumber_InPlaceXor", "call", "a ^= b"),
    ("PyNumber_InPlaceLshift", "call", "a <<= b"),
    ("PyNumber_InPlaceRshift", "call", "a >>= b"),
    ("PyNumber_InPlacePower", "call", "a **= b"),
    ("PyNumber_InPlaceMatrixMultiply", "call", "a @= b"),
    ("__Pyx_PyNumber_InPlaceDivide", "call", "a /= b"),
    ("__Pyx_PyNumber_InPlaceMatrixMultiply", "call", "a @= b"),
    ("__Pyx_PyNumber_Power2", "call", "a ** b"),
    ("__Pyx_PyNumber_Remainder", "call", "a % b (also str % args)."),
    ("__Pyx_div_short", "call", "C short // with Python semantics."),
    ("__Pyx_div_char", "call", "C char // with Python semantics."),
    ("__Pyx_div_PY_LONG_LONG", "call", "C long long // with Python semantics."),
    ("__Pyx_mod_short", "call", "C short % with Python semantics."),
    ("__Pyx_mod_char", "call", "C char % with Python semantics."),
    ("__Pyx_mod_PY_LONG_LONG", "call", "C long long % with Python semantics."),
    ("__Pyx_mod_float", "call", "C float % with Python semantics."),
    ("__PYX_CHECK_FLOAT_EXCEPTION", "call", "Did a C double function return its error value (NaN-aware)?"),
    ("__Pyx_PyLong_From_enum__", "prefix:cy_Pyx_PyLong_From_enum", "int from a C enum value (every enum type)."),
    ("__Pyx_PyLong_As_enum__", "prefix:cy_Pyx_PyLong_As_enum", "A C enum value from an int (every enum type; range of a C int)."),
    ("__pyx_t_double_complex", "ident", "`double complex` is C99's double _Complex (Cython's own typedef is utility code)."),
    ("__pyx_t_float_complex", "ident", "`float complex` is C99's float _Complex."),
    ("__pyx_t_double_complex_from_parts", "call", "A double complex from real and imaginary parts."),
    ("__pyx_t_float_complex_from_parts", "call", "A float complex from real and imaginary parts."),
    ("__Pyx_CREAL", "call", "Real part of a C complex (an lvalue with GCC/Clang)."),
    ("__Pyx_CIMAG", "call", "Imaginary part of a C complex (an lvalue with GCC/Clang)."),
    ("__Pyx_SET_CREAL", "call", "Set the real part of a C complex."),
    ("__Pyx_SET_CIMAG", "call", "Set the imaginary part of a C complex."),
    ("__Pyx_c_eq_double", "call", "C double complex a == b."),
    ("__Pyx_c_sum_double", "call", "C double complex a + b."),
    ("__Pyx_c_diff_double", "call", "C double complex a - b."),
    ("__Pyx_c_prod_double", "call", "C double complex a * b."),
    ("__Pyx_c_quot_double", "call", "C double complex a / b."),
    ("__Pyx_c_neg_double", "call", "C double complex -a."),
    ("__Pyx_c_is_zero_double", "call", "C double complex z == 0."),
    ("__Pyx_c_conj_double", "call", "C double complex z.conjugate()."),
    ("__Pyx_c_abs_double", "call", "C double complex abs(z)."),
    ("__Pyx_c_pow_double", "call", "C double complex a ** b."),
    ("__Pyx_c_eq_float", "call", "C float complex a == b."),
    ("__Pyx_c_sum_float", "call", "C float complex a + b."),
    ("__Pyx_c_diff_float", "call", "C float complex a - b."),
    ("__Pyx_c_prod_float", "call", "C float complex a * b."),
    ("__Pyx_c_quot_float", "call", "C float complex a / b."),
    ("__Pyx_c_neg_float", "call", "C float complex -a."),
    ("__Pyx_c_is_zero_float", "call", "C float complex z == 0."),
    ("__Pyx_c_conj_float", "call", "C float complex z.conjugate()."),
    ("__Pyx_c_abs_float", "call", "C float complex abs(z)."),
    ("__Pyx_c_pow_float", "call", "C float complex a ** b."),
    ("__pyx_PyComplex_FromComplex", "call", "complex object from a C complex."),
    ("__pyx_Py_FromSoftComplex", "call", "Result of a C double ** that may be complex: a float when the imaginary part is 0."),
    ("__Pyx_PyComplex_As___pyx_t_double_complex", "call", "C double complex from a number; TypeError otherwise."),
    ("__Pyx_PyComplex_As___pyx_t_float_complex", "call", "C float complex from a number; TypeError otherwise."),
    ("__Pyx_PyLong_IsNonZero", "call", "`if i % 2:` on an int result: its truth (-1 with a pending exception)."),
    ("Py_HUGE_VAL", "ident", "HUGE_VAL: infinity as a C double."),
    ("__Pyx_PyLong_AsHash_t", "call", "An index as Py_hash_t (Cython's __Pyx_PyIndex_AsSsize_t)."),
]

STRINGS_MORE = [
    ("PyUnicode_Concat", "call", "a + b for str."),
    ("__Pyx_PyUnicode_ConcatSafe", "call", "a + b for str, either may be None (TypeError)."),
    ("__Pyx_PyUnicode_ConcatInPlaceSafe", "call", "a += b for str, either may be None (TypeError)."),
    ("__Pyx_PyStr_ConcatInPlace", "call", "a += b for str."),
    ("__Pyx_PyUnicode_Concat__Pyx_ReferenceSharing_", "prefix:cy_PyUnicode_Concat",
     "`a += b` for str, every reference-sharing variant (the in-place trick is CPython's)."),
    ("__Pyx_PyString_Format", "call", "fmt % args."),
    ("__Pyx_PyString_FormatSafe", "call", "fmt % args."),
    ("PyUnicode_GetLength", "call", "len(str)."),
    ("PyUnicode_GET_LENGTH", "call", "len(str)."),
    ("__Pyx_PyUnicode_IS_TRUE", "call", "A str is true when it is not empty."),
    ("PyUnicode_Split", "call", "s.split(sep, maxsplit)."),
    ("PyUnicode_Splitlines", "call", "s.splitlines(keepends)."),
    ("PyUnicode_Find", "call", "s.find(sub, start, end) (direction 1) / s.rfind (-1); -2 on error."),
    ("PyUnicode_FindChar", "call", "Index of a character in s[start:end]; -1 missing, -2 error."),
    ("PyUnicode_Count", "call", "s.count(sub, start, end)."),
    ("PyUnicode_Replace", "call", "s.replace(old, new, count)."),
    ("PyUnicode_Contains", "call", "sub in s: 1, 0 or -1."),
    ("PyUnicode_Substring", "call", "s[start:end] by character index."),
    ("__Pyx_PyUnicode_Substring", "call", "s[start:stop] by character index, negative indices wrap."),
    ("PyUnicode_FromOrdinal", "call", "chr(i); ValueError out of range."),
    ("__Pyx_PyUnicode_FromOrdinal", "call", "chr(i) of a C integer."),
    ("__Pyx_init_unicode_iteration", "call", "Start `for ch in s` over a str: length, data and kind of the loop cursor."),
    ("__Pyx_PyUnicode_READ", "call", "Character i of the str being iterated (a cursor over MicroPython's UTF-8 data)."),
    ("__Pyx_GetItemInt_Unicode", "call", "s[i] as a code point; IndexError."),
    ("__Pyx_UnicodeContainsUCS4", "call", "A code point in a str: 1, 0 or -1."),
    ("__Pyx_PyUnicode_Unicode", "call", "str(s) of a str (None becomes 'None')."),
    ("__Pyx_PyUnicode_AsDouble", "call", "float(s) of a str; -1.0 with a pending exception."),
    ("__Pyx_PyObject_AsDouble", "call", "float(obj) as a C double; -1.0 with a pending exception."),
    ("__Pyx_PyObject_Ord", "call", "ord(obj) of a one-character str or bytes; -1 with TypeError."),
    ("__Pyx_PyUnicode_AsPy_UCS4", "call", "The code point of a one-character str."),
    ("__Pyx_PyObject_AsPy_UCS4", "call", "The code point of a one-character str (or an int)."),
    ("__Pyx_Py_UNICODE_ISALNUM", "call", "ch.isalnum() of a code point (ASCII rules, as MicroPython's str)."),
    ("__Pyx_Py_UNICODE_ISALPHA", "call", "ch.isalpha() of a code point (ASCII rules, as MicroPython's str)."),
    ("__Pyx_Py_UNICODE_ISDECIMAL", "call", "ch.isdecimal() of a code point (ASCII rules)."),
    ("__Pyx_Py_UNICODE_ISDIGIT", "call", "ch.isdigit() of a code point (ASCII rules, as MicroPython's str)."),
    ("__Pyx_Py_UNICODE_ISLOWER", "call", "ch.islower() of a code point (ASCII rules, as MicroPython's str)."),
    ("__Pyx_Py_UNICODE_ISNUMERIC", "call", "ch.isnumeric() of a code point (ASCII rules)."),
    ("__Pyx_Py_UNICODE_ISSPACE", "call", "ch.isspace() of a code point (ASCII rules, as MicroPython's str)."),
    ("__Pyx_Py_UNICODE_ISTITLE", "call", "ch.istitle() of a code point (ASCII rules)."),
    ("__Pyx_Py_UNICODE_ISUPPER", "call", "ch.isupper() of a code point (ASCII rules, as MicroPython's str)."),
    ("__Pyx_Py_UNICODE_ISPRINTABLE", "call", "ch.isprintable() of a code point (ASCII rules)."),
    ("__Pyx_PyUnicode_FromString", "call", "str from a C string."),
    ("PyUnicode_FromFormat", "call", "str from a printf-like format with CPython's conversions."),
    ("PyUnicode_DecodeUTF8", "call", "str from UTF-8 bytes."),
    ("PyUnicode_Decode", "call", "str from bytes (UTF-8/ASCII only)."),
    ("PyUnicode_AsUTF8", "call", "The UTF-8 data of a str."),
    ("PyUnicode_AsUTF8AndSize", "call", "The UTF-8 data and size of a str."),
    ("PyUnicode_AsUTF8String", "call", "s.encode()."),
    ("PyUnicode_AsEncodedString", "call", "s.encode(encoding) (UTF-8/ASCII only)."),
    ("PyUnicode_InternFromString", "call", "str from a C string."),
    ("PyUnicode_InternInPlace", "call", "Nothing to do."),
    ("PyBytes_FromString", "call", "bytes from a C string."),
    ("PyBytes_AsString", "call", "The data of a bytes object."),
    ("PyBytes_AS_STRING", "call", "The data of a bytes object."),
    ("__Pyx_PyObject_AsString", "call", "The data of a bytes object."),
    ("PyBytes_Size", "call", "len(bytes)."),
    ("PyBytes_GET_SIZE", "call", "len(bytes)."),
    ("__Pyx_PyBytes_GET_SIZE", "call", "len(bytes)."),
    ("__Pyx_PyBytes_Equals", "call", "bytes equality."),
    ("__Pyx_PyUnicode_FromFloat", "call", "f-string field of a C float."),
    ("__Pyx_PyUnicode_From_short", "call", "f-string field of a C short."),
    ("__Pyx_PyUnicode_From_char", "call", "f-string field of a C char."),
    ("__Pyx_PyUnicode_From_PY_LONG_LONG", "call", "f-string field of a C long long."),
    ("__Pyx_PyUnicode_From_unsigned_int", "call", "f-string field of a C unsigned int."),
    ("__Pyx_PyUnicode_From_unsigned_long", "call", "f-string field of a C unsigned long."),
    ("__Pyx_PyUnicode_From_unsigned_short", "call", "f-string field of a C unsigned short."),
    ("__Pyx_PyUnicode_From_unsigned_char", "call", "f-string field of a C unsigned char."),
    ("__Pyx_PyUnicode_From_unsigned_PY_LONG_LONG", "call", "f-string field of a C unsigned long long."),
    ("__Pyx_PyUnicode_From_size_t", "call", "f-string field of a C size_t."),
    ("PyNumber_ToBase", "call", "bin(n) / oct(n) / hex(n) for base 2, 8, 16."),
    ("__Pyx_PyNumber_Hex", "call", "hex(n)."),
    ("__Pyx_PyNumber_Oct", "call", "oct(n)."),
    ("__Pyx_PyNumber_Bin", "call", "bin(n)."),
    ("__Pyx_decode_bytes", "call", "b[start:stop].decode() of a bytes object (UTF-8)."),
    ("__Pyx_decode_bytearray", "call", "b[start:stop].decode() of a bytearray (UTF-8)."),
    ("__Pyx_decode_c_string", "call", "A C string's [start:stop] decoded (UTF-8)."),
    ("__Pyx_decode_c_bytes", "call", "A C buffer's [start:stop] decoded (UTF-8)."),
    ("__Pyx_GetItemInt_Bytes", "call", "b[i] of bytes as a C int; -1 with IndexError."),
    ("__Pyx_PyByteArray_GET_SIZE", "call", "len(bytearray)."),
    ("PyByteArray_Size", "call", "len(bytearray)."),
    ("__Pyx_PyBytes_FromString", "call", "bytes from a C string."),
    ("__Pyx_PyBytes_FromStringAndSize", "call", "bytes from a C buffer."),
    ("__Pyx_PyBytes_FromCString", "call", "bytes from a C string."),
    ("__Pyx_PyUnicode_FromCString", "call", "str from a C string."),
    ("__Pyx_PyBytes_AsString", "call", "The data of a bytes object."),
    ("__Pyx_PyBytes_AsSString", "call", "The data of a bytes object as signed chars."),
    ("__Pyx_PyBytes_AsUString", "call", "The data of a bytes object as unsigned chars."),
    ("__Pyx_PyBytes_AsWritableString", "call", "The data of a bytes object (`cdef char* p = b`)."),
    ("__Pyx_PyBytes_AsWritableSString", "call", "The data of a bytes object as signed chars."),
    ("__Pyx_PyBytes_AsWritableUString", "call", "The data of a bytes object as unsigned chars."),
    ("__Pyx_PyObject_AsSString", "call", "The data of a bytes-like object as signed chars."),
    ("__Pyx_PyObject_AsUString", "call", "The data of a bytes-like object as unsigned chars."),
    ("__Pyx_PyObject_AsWritableString", "call", "The data of a bytes-like object."),
    ("__Pyx_PyObject_AsWritableSString", "call", "The data of a bytes-like object as signed chars."),
    ("__Pyx_PyObject_AsWritableUString", "call", "The data of a bytes-like object as unsigned chars."),
    ("__Pyx_PyObject_AsStringAndSize", "call", "The data and length of a bytes-like object."),
    ("__Pyx_GetItemInt_ByteArray", "call", "ba[i] of a bytearray as a C int; -1 with IndexError."),
    ("__Pyx_SetItemInt_ByteArray", "call", "ba[i] = v for a bytearray and a C integer v; -1 with IndexError."),
    ("__Pyx_PyByteArray_Append", "call", "ba.append(v) of a C int; ValueError \"byte must be in range(0, 256)\"."),
    ("__Pyx_PyByteArray_ExtendBytes", "call", "ba.extend(b)."),
    ("PyUnicode_AsASCIIString", "call", "s.encode('ascii'); UnicodeError for other characters."),
    ("PyUnicode_AsLatin1String", "call", "s.encode('latin-1') (UTF-8 data: characters beyond ASCII raise UnicodeError)."),
    ("__Pyx_ssize_strlen", "call", "strlen(s) as Py_ssize_t (len() of a char *); OverflowError past its largest value."),
    ("PyUnicode_DecodeASCII", "call", "bytes.decode('ascii'): UnicodeDecodeError past 127."),
]

CONTAINERS_MORE = [
    ("__Pyx_ReferenceSharing_SharedReference", "ident", "Free-threading hint to item access macros: ignored."),
    ("__Pyx_ReferenceSharing_DefinitelyUnique", "ident", "Free-threading hint to item access macros: ignored."),
    ("PyList_GET_ITEM", "call", "Item i of a list."),
    ("PyList_SET_ITEM", "call", "Set item i of a new list."),
    ("PyList_GET_SIZE", "call", "len(list)."),
    ("PyList_GetItem", "call", "list[i]; IndexError."),
    ("PyList_GetItemRef", "call", "list[i]; IndexError."),
    ("PyList_SetItem", "call", "list[i] = v; IndexError."),
    ("PyList_Size", "call", "len(list)."),
    ("PyList_Insert", "call", "list.insert(i, x)."),
    ("PyList_Reverse", "call", "list.reverse()."),
    ("PyList_Extend", "call", "list.extend(it)."),
    ("PyList_AsTuple", "call", "tuple(list)."),
    ("PyList_GetSlice", "call", "list[a:b]."),
    ("PyList_SetSlice", "call", "list[a:b] = items."),
    ("__Pyx_PyList_GET_ITEM", "call", "Item i of a list."),
    ("__Pyx_PyList_GetItemRef", "call", "list[i]; IndexError."),
    ("__Pyx_PyList_Pop", "call", "list.pop()."),
    ("__Pyx_PyList_PopIndex", "call", "list.pop(i)."),
    ("__Pyx_PyObject_PopNewIndex", "call", "obj.pop(i) with an object index."),
    ("__Pyx_PyObject_Append", "call", "obj.append(x): 0 or -1."),
    ("__Pyx_GetItemInt_List", "call", "list[i] for a C integer i."),
    ("__Pyx_GetItemInt_Tuple", "call", "tuple[i] for a C integer i."),
    ("__Pyx_GetItemInt_Fast", "call", "obj[i] for a C integer i."),
    ("__Pyx_SetItemInt_Fast", "call", "obj[i] = v for a C integer i."),
    ("__Pyx_DelItemInt", "call", "del obj[i] for a C integer i."),
    ("__Pyx_PyObject_Dict_GetItem", "call", "obj[key] (a dict lookup with KeyError)."),
    ("__Pyx_PyObject_DelSlice", "call", "del obj[a:b]."),
    ("PyTuple_GET_SIZE", "call", "len(tuple)."),
    ("PyTuple_SET_ITEM", "call", "Set item i of a new tuple."),
    ("PyTuple_GetItem", "call", "tuple[i]; IndexError."),
    ("PyTuple_SetItem", "call", "Set item i of a new tuple; IndexError."),
    ("PyTuple_GetSlice", "call", "tuple[a:b]."),
    ("PyTuple_Pack", "call", "A tuple of n objects."),
    ("PyTuple_FromArray", "call", "A tuple from a C array."),
    ("__Pyx_PySequence_Tuple", "call", "tuple(it)."),
    ("__Pyx_PySequence_List", "call", "list(it)."),
    ("PyDict_GetItemWithError", "call", "d.get(k) as a borrowed reference; NULL without an exception when missing."),
    ("PyDict_GetItemString", "call", "d.get(\"k\")."),
    ("PyDict_GetItemRef", "call", "d[k] into *result: 1 found, 0 missing, -1 error."),
    ("__Pyx_PyDict_GetItemStr", "call", "d.get(k) as a borrowed reference."),
    ("__Pyx_PyDict_GetItemStrWithError", "call", "d.get(k) as a borrowed reference."),
    ("PyDict_Keys", "call", "list(d.keys())."),
    ("PyDict_Values", "call", "list(d.values())."),
    ("PyDict_Items", "call", "list(d.items())."),
    ("PyDict_Update", "call", "d.update(other)."),
    ("PyDict_Merge", "call", "d.update(other)."),
    ("PyDict_Clear", "call", "d.clear()."),
    ("PyDict_Next", "call", "Iterate a dict's table."),
    ("__Pyx_PyDict_Pop", "call", "d.pop(k[, default])."),
    ("__Pyx_PyDict_Pop_ignore", "call", "d.pop(k, default) whose result is unused: 0 or -1."),
    ("PyFrozenSet_New", "call", "frozenset(it)."),
    ("PySet_Contains", "call", "x in s: 1, 0 or -1."),
    ("PySet_Discard", "call", "s.discard(x): 1, 0 or -1."),
    ("PySet_Size", "call", "len(s)."),
    ("__Pyx_PySet_Add", "call", "s.add(x)."),
    ("__Pyx_PySet_Discard", "call", "s.discard(x)."),
    ("__Pyx_PySet_Remove", "call", "s.remove(x); KeyError."),
    ("PyObject_Size", "call", "len(obj)."),
    ("__Pyx_PyObject_Length", "call", "len(obj)."),
    ("PySequence_Size", "call", "len(obj)."),
    ("PySequence_Length", "call", "len(obj)."),
    ("PyMapping_Size", "call", "len(obj)."),
    ("PyMapping_HasKey", "call", "key in obj."),
    ("PySequence_ITEM", "call", "seq[i]."),
    ("PySequence_SetItem", "call", "seq[i] = v."),
    ("PySequence_DelItem", "call", "del seq[i]."),
    ("PySequence_GetSlice", "call", "seq[a:b]."),
    ("PySequence_Concat", "call", "a + b for sequences."),
    ("PySequence_InPlaceConcat", "call", "a += b for sequences."),
    ("PySequence_Repeat", "call", "seq * n."),
    ("__Pyx_PySequence_Multiply", "call", "seq * n for a C integer n."),
    ("__Pyx_PyIter_Next", "call", "next(it), NULL at the end without an exception."),
    ("__Pyx_PyIter_Next_Plain", "call", "next(it), NULL at the end without an exception."),
    ("__Pyx_PyIter_NextDefault", "call", "next(it, default)."),
    ("__Pyx_PySet_GET_SIZE", "call", "len(set)."),
    ("__Pyx_PyDict_GET_SIZE", "call", "len(dict)."),
    ("__Pyx_PyDict_Clear", "call", "d.clear(): 0."),
    ("__Pyx_PyList_GetSlice", "call", "list[start:stop] with C bounds (Python wrap-around and clamping)."),
    ("__Pyx_PyTuple_GetSlice", "call", "tuple[start:stop] with C bounds (Python wrap-around and clamping)."),
    ("PySet_Clear", "call", "set.clear()."),
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


def prefix_rule(prefix, target, doc):
    example = prefix + ("float_object" if prefix.endswith("_") else "_x")
    return {
        "name": kebab(prefix) + "-family",
        "pattern": f"{prefix}*($$$ARGS)",
        "action": "runtime",
        "fix": f"{target}($$$ARGS)",
        "doc": doc,
        "tests": [(f"void f(void) {{ x = {example}(a, b); }}",
                   f"void f(void) {{ x = {target}(a, b); }}")],
    }


def call_inline_rule(name, spec, doc):
    pattern, fix = spec.split("=>")
    args = re.findall(r"\$(\w+)", pattern)
    sample = dict(zip(args, ["a", "b", "c", "d"]))
    call = re.sub(r"\$(\w+)", lambda m: sample[m.group(1)], pattern)
    out = re.sub(r"\$(\w+)", lambda m: sample[m.group(1)], fix)
    if name == "PyDoc_STRVAR":
        test = (f"{call};", f"{out};")
    else:
        test = (f"void f(void) {{ x = {call}; }}", f"void f(void) {{ x = {out}; }}")
    return {
        "name": kebab(name), "pattern": pattern, "action": "rewrite", "fix": fix, "doc": doc,
        "tests": [test],
    }


def theme_rules(entries):
    out = []
    for name, kind, doc in entries:
        if kind == "call":
            out.append(call_rule(name, cy(name), doc))
        elif kind == "ident":
            out.append(ident_rule(name, cy(name), doc))
        elif kind.startswith("prefix:"):
            out.append(prefix_rule(name, kind[len("prefix:"):], doc))
        elif kind.startswith("inline:"):
            fix = kind[len("inline:"):]
            r = ident_rule(name, fix, doc, action="rewrite")
            r["tests"] = [(f"void f(void) {{ {name} x = 0; }}", f"void f(void) {{ {fix} x = 0; }}")]
            out.append(r)
        elif kind.startswith("callinline:"):
            out.append(call_inline_rule(name, kind[len("callinline:"):], doc))
        else:
            raise ValueError(f"unknown kind {kind!r} of {name}")
    return out


def exception_rules():
    out = []
    for e in MP_EXCEPTIONS:
        out.append(ident_rule(f"PyExc_{e}", f"MP_OBJ_FROM_PTR(&mp_type_{e})",
                              f"MicroPython's own {e}.", action="rewrite"))
    for e in FALLBACK_EXCEPTIONS:
        out.append(ident_rule(f"PyExc_{e}", f"cy_PyExc_{e}",
                              f"{e} is not in every MicroPython build: the runtime defines it with "
                              f"CPython's base class (runtime/c/cy2upy_exc.c, see cy2upy.h).", action="runtime"))
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


def family_rules_more():
    """Cython's operand-type-specialised families as prefix rules (every member is the generic
    operation: Cython's fast paths for int/float operands compute what the generic operation
    computes), and the members of the C-constant and C-integer families the first range lacks."""
    out = []
    for op in BINOPS:
        for inplace in ("", "InPlace"):
            out.append(prefix_rule(f"__Pyx_PyNumber_{inplace}{op}_", f"cy_PyNumber_{inplace}{op}",
                                   f"Cython's {inplace}{op} specialised for operand types (`_float_object`, ...): the generic operator."))
    for ret in ("", "Bool"):
        fn = "cy_PyObject_RichCompareBool" if ret else "cy_PyObject_RichCompare"
        for op in COMPARE_OPS:
            out.append(prefix_rule(f"__Pyx_PyObject_Compare{ret}{op}_", fn,
                                   f"Cython's {op} comparison specialised for operand types, returning "
                                   f"{'1, 0 or -1' if ret else 'an object'}; the third argument is the operator."))
    out.append(prefix_rule("__Pyx_PyObject_Equals_", "cy_PyObject_RichCompareBool",
                           "`s == 'c'` / `!=` against a one-character literal (`_str_ch109`, `_ch43_obj`, ...): "
                           "a plain comparison; the third argument is Py_EQ or Py_NE."))
    have = set(OBJC_RULES)
    for order in ("ObjC", "CObj"):
        for ret in ("", "Bool"):
            names = [f"__Pyx_PyLong_{ret}{op}{order}" for op in LONG_OBJC_OPS + ["Eq", "Ne"]]
            names += [f"__Pyx_PyFloat_{ret}{op}{order}" for op in FLOAT_OBJC_OPS + ["Eq", "Ne"]]
            for n in names:
                if n in have:
                    continue
                nargs = 4 if ("Eq" in n or "Ne" in n) and "Long" in n else 5
                out.append(call_rule(n, cy(n), "Number operation with a C constant operand: the objects' binary op.", nargs=nargs))
    have = set(CINT_RULE_TYPES)
    for suffix, _ in CINT_TYPES:
        if suffix in have:
            continue
        n = f"__Pyx_PyLong_As_{suffix}"
        out.append(call_rule(n, cy(n), f"C {suffix} from an object, OverflowError as Cython.", nargs=1))
        n = f"__Pyx_PyLong_From_{suffix}"
        out.append(call_rule(n, cy(n), f"int from a C {suffix}.", nargs=1))
    for suffix, _ in POW_TYPES:
        n = f"__Pyx_pow_{suffix}"
        out.append(call_rule(n, cy(n), f"C {suffix} ** with C semantics (wraps; 0 for a negative exponent).", nargs=2))
    return out


# The id ranges of each theme in CY2000-CY2999, filled in order (a theme that outgrows its
# first block continues in the next one listed).
THEME_BLOCKS = {"errors": [(2000, 2059)], "exceptions": [(2060, 2099)],
                "functions": [(2100, 2199)], "calls": [(2200, 2299)], "names": [(2300, 2399)],
                "objects": [(2400, 2499)], "numbers": [(2500, 2599)],
                "strings": [(2600, 2699), (2960, 2999)], "containers": [(2700, 2799)],
                "specialised": [(2800, 2959)]}
MORE = {"errors": ERRORS_MORE, "functions": FUNCTIONS_MORE, "calls": CALLS_MORE,
        "names": NAMES_MORE, "objects": OBJECTS_MORE, "numbers": NUMBERS_MORE,
        "strings": STRINGS_MORE, "containers": CONTAINERS_MORE, "exceptions": EXCEPTIONS_MORE}


def more_rules(theme):
    rules = family_rules_more() if theme == "specialised" else theme_rules(MORE.get(theme, []))
    ids = [i for first, last in THEME_BLOCKS[theme] for i in range(first, last + 1)]
    if len(rules) > len(ids):
        sys.exit(f"{theme}: {len(rules)} rules overflow its blocks {THEME_BLOCKS[theme]}")
    return list(zip(ids, rules))


USED_NAMES = set()


def unique_name(name):
    n, i = name, 2
    while n in USED_NAMES:
        n = f"{name}-{i}"
        i += 1
    USED_NAMES.add(n)
    return n


def render(title, numbered):
    lines = [f"# {title}", "# Generated by runtime/tools/gen_api_rules.py; edit the lists there.", ""]
    for rid, r in numbered:
        lines.append("[[rule]]")
        lines.append(f'id = "CY{rid:03d}"')
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
    for suffix, ctype in POW_TYPES:
        h.append(f"#define cy_Pyx_pow_{suffix}(b, e) (({ctype})cy_rs_pow_u64((uint64_t)(b), (int64_t)(e)))")
    for _, macro, expr in exception_property_members() + exception_check_members():
        h.append(f"#define {macro} {expr}")
    return "\n".join(h)


def main():
    check = "--check" in sys.argv
    outputs = {}
    next_id = 300
    def numbered(rules):
        nonlocal next_id
        out = [(next_id + i, r) for i, r in enumerate(rules)]
        next_id += len(rules)
        return out

    for fname, title, entries in THEMES:
        rules = numbered(theme_rules(entries)) + more_rules(fname)
        outputs[os.path.join(RULES_DIR, fname + ".toml")] = render(title, rules)
    rules = numbered(exception_rules()) + more_rules("exceptions")
    outputs[os.path.join(RULES_DIR, "exceptions.toml")] = render(
        "Exception types: MicroPython's own where it has them, documented fallbacks otherwise.", rules)
    rules = numbered(family_rules()) + more_rules("specialised")
    outputs[os.path.join(RULES_DIR, "specialised.toml")] = render(
        "Cython's type-specialised helpers (binary operators, comparisons, C integer conversions).", rules)
    outputs[os.path.join(RULES_DIR, "exception_properties.toml")] = render(
        "Cython's typed exception variables: instance checks and attributes (`except OSError as e: e.args`).",
        exception_property_rules())
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
    print(f"rules CY300-CY{next_id - 1:03d}, CY2000-CY2999 blocks and CY3000-CY3699; {'checked' if check else 'written'}")


if __name__ == "__main__":
    main()
