#!/usr/bin/env python3
"""Generate the generated section of runtime/include/cy2upy.h: the members of Cython's
operand-type-specialised families (binary operators, comparisons, operations with a C constant,
C integer conversions and powers) and of its typed exception variables (instance checks and
attributes), as macros over the runtime's generic functions.

Each macro follows the naming rule (`cy_` + Cython's name), so the header declaration is the
rule that routes the name: nothing else needs to list it (docs/rules.md).

    python3 runtime/tools/gen_header.py          # rewrite the section
    python3 runtime/tools/gen_header.py --check  # fail if it is out of date
"""
import os
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
HEADER = os.path.join(ROOT, "runtime", "include", "cy2upy.h")

BINOPS = ["Add", "Subtract", "Multiply", "And", "Or", "Xor"]
BINOP_MP = {"Add": "ADD", "Subtract": "SUBTRACT", "Multiply": "MULTIPLY", "And": "AND",
            "Or": "OR", "Xor": "XOR", "Lshift": "LSHIFT", "Rshift": "RSHIFT",
            "Remainder": "MODULO", "FloorDivide": "FLOOR_DIVIDE", "TrueDivide": "TRUE_DIVIDE",
            "Divide": "TRUE_DIVIDE"}
BINOP_TYPES = ["object", "int", "float"]
COMPARE_OPS = {"Eq": "cy_Py_EQ", "Ne": "cy_Py_NE", "Lt": "cy_Py_LT", "Le": "cy_Py_LE",
               "Gt": "cy_Py_GT", "Ge": "cy_Py_GE"}
COMPARE_TYPES = ["object", "int", "float", "str", "bytes", "bytearray"]
LONG_OBJC_OPS = ["Add", "Subtract", "Multiply", "And", "Or", "Xor", "Lshift", "Rshift",
                 "Remainder", "FloorDivide", "TrueDivide"]
FLOAT_OBJC_OPS = ["Add", "Subtract", "Remainder", "TrueDivide", "Divide"]
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
    ("ptrdiff_t", "ptrdiff_t"),
]
# Cython's C integer power helpers, __Pyx_pow_<type with spaces as _>.
POW_TYPES = CINT_TYPES + [("Py_ssize_t", "mp_int_t")]

# Cython's complex numbers of C integer types (`int complex`): a struct of two parts and the
# arithmetic of Utility/Complex.c's non-float branch, per (Cython's type suffix, C type).
# Conversions go through double, as Cython's own do.
STRUCT_COMPLEX_TYPES = [("int", "int"), ("long", "long")]


def struct_complex_members(n, t):
    T = f"cy_pyx_t_{n}_complex"
    mk = f"cy_pyx_t_{n}_complex_from_parts"
    f = lambda ret, name, params, body: f"static inline {ret} {name}({params}) {{ {body} }}"
    ab = f"{T} a, {T} b"
    z = f"Cython's {t} complex (`{t} complex`, __pyx_t_{n}_complex)"
    return [
        "#if CY_HAVE_C_COMPLEX",
        f"// {z}: a struct of two {t}s, as Cython's own without C99 complex.",
        f"typedef struct {{ {t} real, imag; }} {T};",
        f"// {z} from its real and imaginary parts.",
        f(T, mk, f"{t} x, {t} y", f"{T} z; z.real = x; z.imag = y; return z;"),
        f"// __Pyx_c_eq_{n}: a == b for {z}.",
        f("int", f"cy_Pyx_c_eq_{n}", ab, "return (a.real == b.real) && (a.imag == b.imag);"),
        f"// __Pyx_c_sum_{n}: a + b for {z}.",
        f(T, f"cy_Pyx_c_sum_{n}", ab, f"return {mk}(a.real + b.real, a.imag + b.imag);"),
        f"// __Pyx_c_diff_{n}: a - b for {z}.",
        f(T, f"cy_Pyx_c_diff_{n}", ab, f"return {mk}(a.real - b.real, a.imag - b.imag);"),
        f"// __Pyx_c_prod_{n}: a * b for {z}.",
        f(T, f"cy_Pyx_c_prod_{n}", ab,
          f"return {mk}(a.real * b.real - a.imag * b.imag, a.real * b.imag + a.imag * b.real);"),
        f"// __Pyx_c_quot_{n}: a / b for {z}, in {t} arithmetic.",
        f(T, f"cy_Pyx_c_quot_{n}", ab,
          f"if (b.imag == 0) return {mk}(a.real / b.real, a.imag / b.real); "
          f"{t} denom = b.real * b.real + b.imag * b.imag; "
          f"return {mk}((a.real * b.real + a.imag * b.imag) / denom, "
          f"(a.imag * b.real - a.real * b.imag) / denom);"),
        f"// __Pyx_c_neg_{n}: -a for {z}.",
        f(T, f"cy_Pyx_c_neg_{n}", f"{T} a", f"return {mk}(-a.real, -a.imag);"),
        f"// __Pyx_c_is_zero_{n}: a == 0 for {z}.",
        f("int", f"cy_Pyx_c_is_zero_{n}", f"{T} a", "return (a.real == 0) && (a.imag == 0);"),
        f"// __Pyx_c_conj_{n}: the conjugate of {z}.",
        f(T, f"cy_Pyx_c_conj_{n}", f"{T} a", f"return {mk}(a.real, -a.imag);"),
        f"// A Python complex (or number) as {z}, its parts converted to {t}.",
        f(T, f"cy_Pyx_PyComplex_As___pyx_t_{n}_complex", "mp_obj_t o",
          f"cy_double_complex d = cy_Pyx_PyComplex_As___pyx_t_double_complex(o); "
          f"return {mk}(({t})cy_Pyx_CREAL(d), ({t})cy_Pyx_CIMAG(d));"),
        "#endif",
    ]


# Exceptions every MicroPython build has (py/objexcept.c).
MP_EXCEPTIONS = [
    "BaseException", "Exception", "ArithmeticError", "AssertionError", "AttributeError",
    "EOFError", "GeneratorExit", "ImportError", "IndentationError", "IndexError",
    "KeyboardInterrupt", "KeyError", "LookupError", "MemoryError", "NameError",
    "NotImplementedError", "OSError", "OverflowError", "RuntimeError", "StopIteration",
    "SyntaxError", "SystemExit", "TypeError", "ValueError", "ZeroDivisionError",
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


def cy(name):
    return "cy_" + name.lstrip("_")


OP_TEXT = {"Add": "a + b", "Subtract": "a - b", "Multiply": "a * b", "And": "a & b",
           "Or": "a | b", "Xor": "a ^ b", "Lshift": "a << b", "Rshift": "a >> b",
           "Remainder": "a % b", "FloorDivide": "a // b", "TrueDivide": "a / b",
           "Divide": "a / b"}
COMPARE_TEXT = {"Eq": "==", "Ne": "!=", "Lt": "<", "Le": "<=", "Gt": ">", "Ge": ">="}


def header_section():
    """The section's lines: each macro with a one-line comment above it (its rule's doc)."""
    h = []

    def add(doc, macro):
        h.append("// " + doc)
        h.append(macro)

    for op in BINOPS:
        for inplace in ("", "InPlace"):
            mp = f"MP_BINARY_OP_{'INPLACE_' if inplace else ''}{BINOP_MP[op]}"
            what = f"`{OP_TEXT[op].split()[0]} {OP_TEXT[op].split()[1]}= b`" if inplace else f"`{OP_TEXT[op]}`"
            for t1 in BINOP_TYPES:
                for t2 in BINOP_TYPES:
                    add(f"__Pyx_PyNumber_{inplace}{op}_{t1}_{t2}: {what} for operands Cython typed "
                        f"{t1} and {t2}; NULL with a pending exception.",
                        f"#define cy_Pyx_PyNumber_{inplace}{op}_{t1}_{t2}(a, b) cy_binop({mp}, (a), (b))")
    for ret in ("", "Bool"):
        fn = "cy_PyObject_RichCompareBool" if ret else "cy_PyObject_RichCompare"
        result = "1, 0, or -1 with a pending exception" if ret else "the result object, or NULL with a pending exception"
        for op in COMPARE_OPS:
            for t1 in COMPARE_TYPES:
                for t2 in COMPARE_TYPES:
                    add(f"__Pyx_PyObject_Compare{ret}{op}_{t1}_{t2}: `a {COMPARE_TEXT[op]} b` for operands "
                        f"Cython typed {t1} and {t2}: {result}.",
                        f"#define cy_Pyx_PyObject_Compare{ret}{op}_{t1}_{t2}(a, b, op) {fn}((a), (b), (op))")

    def objc(kind, op, order, ret):
        mp = BINOP_MP[op]
        fn = "cy_binop_bool" if ret else "cy_binop"
        side = "right" if order == "ObjC" else "left"
        result = "its truth (1/0, -1 with a pending exception)" if ret else "NULL with a pending exception"
        add(f"__Pyx_Py{kind}_{ret}{op}{order}: `{OP_TEXT[op]}` (or in place) with a C constant "
            f"{'int' if kind == 'Long' else 'float'} on the {side}; {result}.",
            f"#define cy_Pyx_Py{kind}_{ret}{op}{order}(a, b, cval, inplace, zerodiv) "
            f"{fn}((inplace) ? MP_BINARY_OP_INPLACE_{mp} : MP_BINARY_OP_{mp}, (a), (b))")

    for order in ("ObjC", "CObj"):
        for ret in ("", "Bool"):
            for op in LONG_OBJC_OPS:
                objc("Long", op, order, ret)
            for op in FLOAT_OBJC_OPS:
                objc("Float", op, order, ret)
            fn = "cy_binop_bool" if ret else "cy_binop"
            side = "right" if order == "ObjC" else "left"
            for op, mp in (("Eq", "EQUAL"), ("Ne", "NOT_EQUAL")):
                sym = COMPARE_TEXT[op]
                add(f"__Pyx_PyLong_{ret}{op}{order}: `a {sym} b` with a C constant int on the {side}.",
                    f"#define cy_Pyx_PyLong_{ret}{op}{order}(a, b, cval, inplace) {fn}(MP_BINARY_OP_{mp}, (a), (b))")
                add(f"__Pyx_PyFloat_{ret}{op}{order}: `a {sym} b` with a C constant float on the {side}.",
                    f"#define cy_Pyx_PyFloat_{ret}{op}{order}(a, b, cval, inplace, zerodiv) {fn}(MP_BINARY_OP_{mp}, (a), (b))")
    for suffix, ctype in CINT_TYPES:
        tname = suffix.replace("_", " ") if "PY_LONG_LONG" not in suffix else suffix.replace("unsigned_", "unsigned ")
        if suffix.endswith("_t"):
            tname = suffix
        add(f"__Pyx_PyLong_As_{suffix}: a Python int (or an object with __index__) as {ctype}; "
            f"OverflowError as CPython's when it does not fit, (type)-1 with the error pending.",
            f'#define cy_Pyx_PyLong_As_{suffix}(x) CY_AS_ANY((x), {ctype}, "{tname}")')
        add(f"__Pyx_PyLong_From_{suffix}: a {ctype} as a Python int.",
            f"#define cy_Pyx_PyLong_From_{suffix}(v) CY_INT_FROM({ctype}, (v))")
    for suffix, ctype in POW_TYPES:
        add(f"__Pyx_pow_{suffix}: `b ** e` in {ctype} arithmetic, wrapping as C does; 0 for e < 0.",
            f"#define cy_Pyx_pow_{suffix}(b, e) (({ctype})cy_rs_pow_u64((uint64_t)(b), (int64_t)(e)))")
    for n, t in STRUCT_COMPLEX_TYPES:
        h.extend(struct_complex_members(n, t))
    for name, macro, expr in exception_property_members():
        prop = name.rsplit("_", 1)[1]
        attr = f"__{prop}__" if prop in ("context", "cause", "traceback") else prop
        exc = name[len("__Pyx_Py"):].split("_")[0]
        if "_get_" in name:
            add(f"{name}: `e.{attr}` of a caught exception typed {exc}.", f"#define {macro} {expr}")
        else:
            add(f"{name}: `e.{attr} = v` on a caught exception typed {exc}.", f"#define {macro} {expr}")
    for name, macro, expr in exception_check_members():
        exc = name[len("__Pyx_PyExc_"):-len("_Check")]
        add(f"{name}: is obj an instance of {exc} (a subclass included)?", f"#define {macro} {expr}")
    return "\n".join(h)



def main():
    check = "--check" in sys.argv
    header = open(HEADER).read()
    begin, end = "// BEGIN GENERATED\n", "// END GENERATED\n"
    a = header.index(begin) + len(begin)
    b = header.index(end)
    text = header[:a] + header_section() + "\n" + header[b:]
    if text == header:
        print("runtime/include/cy2upy.h: generated section is current")
        return
    if check:
        sys.exit("runtime/include/cy2upy.h: generated section is out of date; run runtime/tools/gen_header.py")
    with open(HEADER, "w") as f:
        f.write(text)
    print("runtime/include/cy2upy.h: generated section written")


if __name__ == "__main__":
    main()
