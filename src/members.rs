//! Stage 3e, member descriptors for cdef attributes. For each `cdef public` and `cdef readonly`
//! attribute of a cdef class, Cython writes a property (Cython/Compiler/ParseTreeTransforms.py,
//! `AnalyseDeclarationsTransform`: `__get__` returns the field, `__set__` assigns it, an object
//! attribute's `__del__` stores None), compiled as any `property`: a getter and a setter slot
//! function for the type's `PyGetSetDef` table (`__pyx_getprop_*`, `__pyx_setprop_*`, the latter
//! raising NotImplementedError("__del__") on deletion when there is no `__del__`), each calling
//! a wrapper and an implementation function. About 200 bytes of code per attribute on a
//! Cortex-M4.
//!
//! This stage recognises those functions, token for token against the layout Cython 3.3.1 writes
//! (the field, its C type and Cython's conversion functions being the only free parts), and
//! replaces them with an entry of a `PyMemberDef` table: the runtime's member accessors read and
//! write the field with the same conversions and raise the same errors (`c_type` in
//! `cy_PyMemberDef`, runtime/include/cy2upy_types.h). Every entry of a class's getset table that is
//! such an attribute is converted; when none is left, the getset slot becomes a
//! members slot, else the module stage adds one. Any other shape (a user's `property`, a typed
//! object attribute whose setter checks the type, another Cython's layout) keeps Cython's
//! functions.
//!
//! Works on the pruned text before parsing: the functions are blanked, the table is laid out on
//! the lines of the first attribute's functions, so offsets and line numbers stay.

use crate::args::{lay_out, placements};
use crate::load::line_starts;
use crate::pickle::{declaration_end, top_level_declared_name, with_trailing_comment};
use crate::template::{match_template, tokens};
use std::collections::HashMap;

/// The getter slot function (`__pyx_getprop_*`).
const GETPROP: &str = "static PyObject *$GP(PyObject *o, CYTHON_UNUSED void *x) {
  return $PWG(o);
}";

/// The setter slot function of a C attribute: deletion is NotImplementedError("__del__").
const SETPROP_C: &str = "static int $SP(PyObject *o, PyObject *v, CYTHON_UNUSED void *x) {
  if (v) { return $PWS(o, v); }
  else { PyErr_SetString(PyExc_NotImplementedError, \"__del__\"); return -1; }
}";

/// The setter slot function of an object attribute, with its `__del__`.
const SETPROP_OBJ: &str = "static int $SP(PyObject *o, PyObject *v, CYTHON_UNUSED void *x) {
  if (v) { return $PWS(o, v); }
  else { return $PWD(o); }
}";

/// The Python wrapper of `__get__`, `__set__` and `__del__`.
const PW_GET: &str = "static PyObject *$PWG(PyObject *__pyx_v_self) {
  CYTHON_UNUSED PyObject *const *__pyx_kwvalues;
  PyObject *__pyx_r = 0;
  __Pyx_RefNannyDeclarations
  __Pyx_RefNannySetupContext(\"__get__ (wrapper)\", 0);
  __pyx_kwvalues = __Pyx_KwValues_VARARGS(__pyx_args, __pyx_nargs);
  __pyx_r = $PFG(((struct $OBJ *)__pyx_v_self));
  __Pyx_RefNannyFinishContext();
  return __pyx_r;
}";

const PW_SET: &str = "static int $PWS(PyObject *__pyx_v_self, PyObject *__pyx_v_value) {
  CYTHON_UNUSED PyObject *const *__pyx_kwvalues;
  int __pyx_r;
  __Pyx_RefNannyDeclarations
  __Pyx_RefNannySetupContext(\"__set__ (wrapper)\", 0);
  __pyx_kwvalues = __Pyx_KwValues_VARARGS(__pyx_args, __pyx_nargs);
  __pyx_r = $PFS(((struct $OBJ *)__pyx_v_self), ((PyObject *)__pyx_v_value));
  __Pyx_RefNannyFinishContext();
  return __pyx_r;
}";

const PW_DEL: &str = "static int $PWD(PyObject *__pyx_v_self) {
  CYTHON_UNUSED PyObject *const *__pyx_kwvalues;
  int __pyx_r;
  __Pyx_RefNannyDeclarations
  __Pyx_RefNannySetupContext(\"__del__ (wrapper)\", 0);
  __pyx_kwvalues = __Pyx_KwValues_VARARGS(__pyx_args, __pyx_nargs);
  __pyx_r = $PFD(((struct $OBJ *)__pyx_v_self));
  __Pyx_RefNannyFinishContext();
  return __pyx_r;
}";

/// The critical section every `__get__`, `__set__` and `__del__` body runs in.
const CS_BEGIN: &str = "{
      __Pyx_PyCriticalSection __pyx_cs;
      __pyx_t_1 = ((PyObject *)__pyx_v_self);
      __Pyx_INCREF(__pyx_t_1);
      __Pyx_PyCriticalSection_Begin(&__pyx_cs, (PyObject*)__pyx_t_1);";

/// `__get__` of a C attribute: one conversion of the field to an object.
const PF_GET_C: &str = "static PyObject *$PFG(struct $OBJ *__pyx_v_self) {
  PyObject *__pyx_r = NULL;
  __Pyx_RefNannyDeclarations
  PyObject *__pyx_t_1 = NULL;
  PyObject *__pyx_t_2 = NULL;
  PyObject *__pyx_t_3 = NULL;
  int __pyx_lineno = 0;
  const char *__pyx_filename = NULL;
  int __pyx_clineno = 0;
  __Pyx_RefNannySetupContext(\"__get__\", 0);
  $CS
      {
        __pyx_t_2 = $CONV(__pyx_v_self->$F); if (unlikely(!__pyx_t_2)) __PYX_ERR($FI, $LN, __pyx_L4_error)
        __Pyx_GOTREF(__pyx_t_2);
        {
          PyObject *__pyx_temp;
          { __pyx_temp = __pyx_r; __pyx_r = __pyx_t_2; }
          __Pyx_XDECREF(__pyx_temp);
        }
        __pyx_t_2 = 0;
        __Pyx_DECREF(__pyx_t_1); __pyx_t_1 = 0;
        goto __pyx_L3_return;
      }
      {
        __pyx_L3_return: {
          __pyx_t_3 = __pyx_r;
          __pyx_r = 0;
          __Pyx_PyCriticalSection_End(&__pyx_cs);
          __pyx_r = __pyx_t_3;
          __pyx_t_3 = 0;
          goto __pyx_L0;
        }
        __pyx_L4_error: {
          __Pyx_PyCriticalSection_End(&__pyx_cs);
          goto __pyx_L1_error;
        }
      }
      __Pyx_DECREF(__pyx_t_1); __pyx_t_1 = 0;
  }
  __pyx_L1_error:;
  __Pyx_XDECREF(__pyx_t_1);
  __Pyx_XDECREF(__pyx_t_2);
  __Pyx_AddTraceback($QN, __pyx_clineno, __pyx_lineno, __pyx_filename);
  __pyx_r = NULL;
  __pyx_L0:;
  __Pyx_XGIVEREF(__pyx_r);
  __Pyx_RefNannyFinishContext();
  return __pyx_r;
}";

/// `__get__` of an object attribute (`object`, or a builtin type when read-only): the field.
const PF_GET_OBJ: &str = "static PyObject *$PFG(struct $OBJ *__pyx_v_self) {
  PyObject *__pyx_r = NULL;
  __Pyx_RefNannyDeclarations
  PyObject *__pyx_t_1 = NULL;
  PyObject *__pyx_t_2 = NULL;
  __Pyx_RefNannySetupContext(\"__get__\", 0);
  $CS
      {
        {
          PyObject *__pyx_temp;
          {
            __pyx_temp = __pyx_r;
            __Pyx_INCREF(__pyx_v_self->$F);
            __pyx_r = __pyx_v_self->$F;
          }
          __Pyx_XDECREF(__pyx_temp);
        }
        __Pyx_DECREF(__pyx_t_1); __pyx_t_1 = 0;
        goto __pyx_L3_return;
      }
      {
        __pyx_L3_return: {
          __pyx_t_2 = __pyx_r;
          __pyx_r = 0;
          __Pyx_PyCriticalSection_End(&__pyx_cs);
          __pyx_r = __pyx_t_2;
          __pyx_t_2 = 0;
          goto __pyx_L0;
        }
      }
      __Pyx_DECREF(__pyx_t_1); __pyx_t_1 = 0;
  }
  __pyx_L0:;
  __Pyx_XGIVEREF(__pyx_r);
  __Pyx_RefNannyFinishContext();
  return __pyx_r;
}";

/// `__set__` of a C attribute: one conversion of the value, stored in the field.
const PF_SET_C: &str = "static int $PFS(struct $OBJ *__pyx_v_self, PyObject *__pyx_v_value) {
  int __pyx_r;
  __Pyx_RefNannyDeclarations
  PyObject *__pyx_t_1 = NULL;
  $$T __pyx_t_2;
  int __pyx_lineno = 0;
  const char *__pyx_filename = NULL;
  int __pyx_clineno = 0;
  __Pyx_RefNannySetupContext(\"__set__\", 0);
  $CS
      {
        __pyx_t_2 = $SCONV(__pyx_v_value); if (unlikely(($$CHECK) && PyErr_Occurred())) __PYX_ERR($FI2, $LN2, __pyx_L4_error)
        __pyx_v_self->$F = __pyx_t_2;
      }
      {
        {
          __Pyx_PyCriticalSection_End(&__pyx_cs);
          goto __pyx_L5;
        }
        __pyx_L4_error: {
          __Pyx_PyCriticalSection_End(&__pyx_cs);
          goto __pyx_L1_error;
        }
        __pyx_L5:;
      }
      __Pyx_DECREF(__pyx_t_1); __pyx_t_1 = 0;
  }
  __pyx_r = 0;
  goto __pyx_L0;
  __pyx_L1_error:;
  __Pyx_XDECREF(__pyx_t_1);
  __Pyx_AddTraceback($QN2, __pyx_clineno, __pyx_lineno, __pyx_filename);
  __pyx_r = -1;
  __pyx_L0:;
  __Pyx_RefNannyFinishContext();
  return __pyx_r;
}";

/// `__set__` (`$V` `__pyx_v_value`) and `__del__` (`$V` `Py_None`) of an `object` attribute.
const PF_STORE_OBJ: &str = "{
  int __pyx_r;
  __Pyx_RefNannyDeclarations
  PyObject *__pyx_t_1 = NULL;
  __Pyx_RefNannySetupContext($NAME, 0);
  $CS
      {
        __Pyx_INCREF($V);
        __Pyx_GIVEREF($V);
        __Pyx_GOTREF(__pyx_v_self->$F);
        __Pyx_DECREF_SET(__pyx_v_self->$F, $V);
      }
      {
        {
          __Pyx_PyCriticalSection_End(&__pyx_cs);
          goto __pyx_L5;
        }
        __pyx_L5:;
      }
      __Pyx_DECREF(__pyx_t_1); __pyx_t_1 = 0;
  }
  __pyx_r = 0;
  __Pyx_RefNannyFinishContext();
  return __pyx_r;
}";

/// What the runtime's member accessors do for a kind of attribute, found from Cython's
/// conversion functions (`get`: field to object in `__get__`; `set`: object to C value in
/// `__set__`, None for a read-only attribute).
#[derive(Clone, Copy, PartialEq, Debug)]
enum Kind {
    /// A C integer of any size (`__Pyx_PyLong_From_<T>`/`__Pyx_PyLong_As_<T>`).
    Int,
    /// `Py_ssize_t`, set through `__index__`.
    Ssize,
    /// `bint`: a C int read as a bool, set by truth.
    Bint,
    /// `double` or `float` (the field's C type decides).
    Float,
    /// `object` (deletion stores None).
    Object,
}

/// Cython's conversions of a C attribute, by the getter's function: the setter's function (None:
/// the getter's name with `From_` replaced by `As_`, for `__Pyx_PyLong_From_*`) and the kind.
const CONVERSIONS: &[(&str, &[&str], Kind)] = &[
    (
        "__Pyx_PyLong_FromSize_t",
        &["__Pyx_PyLong_As_size_t"],
        Kind::Int,
    ),
    (
        "PyLong_FromSsize_t",
        &["__Pyx_PyIndex_AsSsize_t"],
        Kind::Ssize,
    ),
    (
        "__Pyx_PyBool_FromLong",
        &["__Pyx_PyObject_IsTrue"],
        Kind::Bint,
    ),
    (
        "PyFloat_FromDouble",
        &["__Pyx_PyFloat_AsDouble", "__Pyx_PyFloat_AsFloat"],
        Kind::Float,
    ),
];

/// Prefix of Cython's C integer conversions, named after the C type (`__Pyx_PyLong_From_long`,
/// `__Pyx_PyLong_From_unsigned_PY_LONG_LONG`, `__Pyx_PyLong_From_uint8_t`).
const INT_FROM: &str = "__Pyx_PyLong_From_";
const INT_AS: &str = "__Pyx_PyLong_As_";

/// The name of a class's member table: this prefix and what follows `__pyx_getsets_` in its
/// getset table's name (the class's part of Cython's names, as in its slot table's).
pub const MEMBERS_PREFIX: &str = "__pyx_members_";

/// One attribute made a member.
struct Member {
    name: String,
    field: String,
    /// The field's C type as the struct declares it (`long`, `unsigned PY_LONG_LONG`).
    c_type: String,
    kind: Kind,
    readonly: bool,
    /// Every declaration and definition to blank.
    ranges: Vec<(usize, usize)>,
    /// The span of this attribute's wrapper and implementation functions (the table's place).
    span: (usize, usize),
}

/// Replace the getters and setters of cdef attributes with member tables; returns how many
/// attributes were converted.
pub fn member_descriptors(text: &mut String) -> usize {
    let decls = top_level_declarations(text);
    let mut converted = 0;
    let mut edits: Vec<ClassEdit> = Vec::new();
    for (table_at, table_end, table_name) in getset_tables(text) {
        let Some(class) = table_name.strip_prefix("__pyx_getsets_") else {
            continue;
        };
        let Some(edit) = convert_class(text, &decls, table_at, table_end, class) else {
            continue;
        };
        converted += edit.0;
        edits.push(edit);
    }
    // Every class's functions blanked, then every table laid out in one pass over the bytes.
    // Each layout was checked to fit its class's blanked span when the edit was made; the
    // classes' spans do not overlap, so the other classes' blanks change none of them.
    let blanks: Vec<(usize, usize)> = edits.iter().flat_map(|e| e.1.iter().copied()).collect();
    crate::pickle::blank_ranges(text, &blanks);
    let placed: Vec<_> = edits
        .into_iter()
        .flat_map(|e| e.2)
        .filter_map(|(start, end, r)| {
            let at = placements(text, start, end, &r)?;
            Some((start, end, r, at))
        })
        .collect();
    if placed.is_empty() {
        return converted;
    }
    let mut bytes = std::mem::take(text).into_bytes();
    for (start, end, replacement, at) in placed {
        lay_out(&mut bytes, start, end, &replacement, &at);
    }
    *text = String::from_utf8(bytes)
        .unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned());
    converted
}

/// A class's edit: (attributes converted, ranges to blank, (start, end, text) to lay out).
type ClassEdit = (usize, Vec<(usize, usize)>, Vec<(usize, usize, String)>);

fn convert_class(
    text: &str,
    decls: &HashMap<String, Vec<(usize, usize, bool)>>,
    table_at: usize,
    table_end: usize,
    class: &str,
) -> Option<ClassEdit> {
    let body_open = table_at + text[table_at..table_end].find('{')?;
    let mut members = Vec::new();
    let mut entry_lines = Vec::new();
    let mut kept = 0;
    let mut rest = body_open + 1;
    loop {
        let open = rest + text[rest..table_end].find('{')?;
        let (args, after) = crate::args::call_args(text, open)?;
        if args.iter().all(|a| *a == "0" || *a == "NULL") {
            break;
        }
        rest = after;
        let [name, get, set, doc, closure] = args.as_slice() else {
            return None;
        };
        let line_start = text[..open].rfind('\n').map_or(0, |p| p + 1);
        let line_end = text[after..].find('\n').map_or(text.len(), |p| after + p);
        let member = (*doc == "0" && *closure == "0")
            .then(|| name.strip_prefix('"')?.strip_suffix('"'))
            .flatten()
            .filter(|_| text[line_start..open].trim().is_empty())
            .and_then(|name| recognise(text, decls, name, get, set));
        match member {
            Some(m) => {
                members.push(m);
                entry_lines.push((line_start, line_end));
            }
            // A user's property, or an attribute of another shape: its entry stays.
            None => kept += 1,
        }
    }
    if members.is_empty() {
        return None;
    }
    // The slot that names the table.
    let slot = format!(
        "{{Py_tp_getset, (void *){}}},",
        &text[name_range(text, table_at)?]
    );
    let slot_at = crate::load::find_str(text, 0, &slot)?;
    let slot_line = (
        text[..slot_at].rfind('\n').map_or(0, |p| p + 1),
        slot_at + slot.len(),
    );
    if text[slot_line.0..slot_at].trim() != "" {
        return None;
    }
    // A class whose slot table names a members table already (Cython's own, for the offset of
    // `__dict__` or `__weakref__`) keeps its functions: a type has one members slot.
    let slots_start = text[..slot_at].rfind("PyType_Slot ")?;
    let slots_end = slot_at + text[slot_at..].find("{0, 0}")?;
    if text[slots_start..slots_end].contains("{Py_tp_members,") {
        return None;
    }
    let members_name = format!("{MEMBERS_PREFIX}{class}");
    let obj = struct_name_of(text, &members[0])?;
    let mut table = format!("static const struct PyMemberDef {members_name}[] = {{\n");
    for m in &members {
        let signed = format!("({t})-1 < ({t})0", t = m.c_type);
        let (ty, c_type, store) = match m.kind {
            // Expressions, not a type argument, which the parser could not read.
            Kind::Int => (
                format!("CY_MEMBER_INT({signed}, sizeof({}))", m.c_type),
                m.c_type.as_str(),
                format!("CY_MEMBER_INT_STORE({signed})"),
            ),
            Kind::Ssize => (
                "CY_T_SSIZE".into(),
                "Py_ssize_t",
                "cy_member_store_ssize".into(),
            ),
            Kind::Bint => ("CY_T_BINT".into(), "bint", "cy_member_store_bint".into()),
            Kind::Float if m.c_type == "double" => (
                "Py_T_DOUBLE".into(),
                "double",
                "cy_member_store_float".into(),
            ),
            Kind::Float => ("Py_T_FLOAT".into(), "float", "cy_member_store_float".into()),
            Kind::Object => (
                "Py_T_OBJECT".into(),
                "object",
                "cy_member_store_object".into(),
            ),
        };
        // A read-only member has no store, and no C type to name in errors.
        let (c_type, store) = if m.readonly {
            ("0".to_string(), "0".to_string())
        } else {
            (format!("\"{c_type}\""), store)
        };
        let flags = if m.readonly { "Py_READONLY" } else { "0" };
        // The table is laid out token by token on lines of its own: a space inside a string
        // is written as an octal escape, so no string is split between lines.
        let c_type = c_type.replace(' ', "\\040");
        table.push_str(&format!(
            "{{\"{}\", {ty}, offsetof(struct {obj}, {}), {flags}, 0, {c_type}, {store}}},\n",
            m.name, m.field
        ));
    }
    table.push_str("{0, 0, 0, 0, 0, 0, 0}\n};\n");
    // The table goes on the lines of the first attribute's functions, or of the first run of
    // attributes whose functions follow one another.
    let mut blanks: Vec<(usize, usize)> = members.iter().flat_map(|m| m.ranges.clone()).collect();
    blanks.extend(entry_lines);
    // Without other entries the getset table and its slot go, and the slot's line names the
    // members table instead; otherwise the module stage adds the members slot
    // (`module::slot_table_additions`).
    if kept == 0 {
        blanks.push((
            table_at,
            with_trailing_comment(text, table_end).max(table_end),
        ));
    }
    let mut blanked = text.to_string();
    crate::pickle::blank_ranges(&mut blanked, &blanks);
    let mut span = members[0].span;
    for m in &members[1..] {
        if only_blank(&blanked[span.1..m.span.0]) {
            span.1 = m.span.1;
        }
    }
    if !only_blank(&blanked[span.0..span.1]) {
        return None;
    }
    placements(&blanked, span.0, span.1, &table)?;
    let mut layouts = vec![(span.0, span.1, table)];
    if kept == 0 {
        let slot_text = format!("{{Py_tp_members, (void *){members_name}}},");
        placements(&blanked, slot_line.0, slot_line.1, &slot_text)?;
        layouts.push((slot_line.0, slot_line.1, slot_text));
    }
    Some((members.len(), blanks, layouts))
}

/// Nothing but white space and comments.
fn only_blank(s: &str) -> bool {
    let mut rest = s.trim_start();
    while let Some(r) = rest.strip_prefix("/*") {
        let Some(e) = r.find("*/") else {
            return false;
        };
        rest = r[e + 2..].trim_start();
    }
    rest.is_empty()
}

fn name_range(text: &str, decl_at: usize) -> Option<std::ops::Range<usize>> {
    let open = decl_at + text[decl_at..].find('[')?;
    let head = text[decl_at..open].trim_end();
    let name = crate::parse::trailing_ident(head);
    let start = decl_at + head.len() - name.len();
    Some(start..start + name.len())
}

/// The instance struct the first attribute's wrapper casts `self` to.
fn struct_name_of(text: &str, m: &Member) -> Option<String> {
    let s = &text[m.span.0..m.span.1];
    let at = s.find("((struct ")? + "((struct ".len();
    let end = at + s[at..].find(|c: char| !(c.is_ascii_alphanumeric() || c == '_'))?;
    Some(s[at..end].to_string())
}

/// Each top-level declaration's name: (start, end, is a definition), in order.
fn top_level_declarations(text: &str) -> HashMap<String, Vec<(usize, usize, bool)>> {
    let mut out: HashMap<String, Vec<(usize, usize, bool)>> = HashMap::new();
    let starts = line_starts(text);
    let mut i = 0;
    while i < starts.len() {
        let start = starts[i];
        let end_of_line = starts.get(i + 1).map_or(text.len(), |e| e - 1);
        let line = &text[start..end_of_line.max(start)];
        i += 1;
        let Some(name) = top_level_declared_name(line) else {
            continue;
        };
        if !(name.starts_with("__pyx_getprop_")
            || name.starts_with("__pyx_setprop_")
            || name.starts_with("__pyx_pw_")
            || name.starts_with("__pyx_pf_"))
        {
            continue;
        }
        let end = declaration_end(text, start);
        let is_def = text[start..end].trim_end().ends_with('}');
        let end = with_trailing_comment(text, end);
        out.entry(name.to_string())
            .or_default()
            .push((start, end, is_def));
        while i < starts.len() && starts[i] < end {
            i += 1;
        }
    }
    out
}

/// How Cython begins a class's getset table, at the start of a line.
const GETSET_HEAD: &str = "static struct PyGetSetDef ";

/// The start of each line that begins with [`GETSET_HEAD`].
fn getset_heads(text: &str) -> impl Iterator<Item = usize> + '_ {
    let mut from = 0;
    std::iter::from_fn(move || loop {
        let at = crate::load::find_str(text, from, GETSET_HEAD)?;
        from = at + GETSET_HEAD.len();
        if at == 0 || text.as_bytes()[at - 1] == b'\n' {
            return Some(at);
        }
    })
}

/// Make the getset tables that stay (a property's, an attribute of another shape) `const`, as the
/// member tables are: nothing writes to them, so a firmware keeps them in ROM, not RAM.
pub fn const_getset_tables(text: &mut String) {
    let heads: Vec<usize> = getset_heads(text).collect();
    if heads.is_empty() {
        return;
    }
    let mut out = String::with_capacity(text.len() + 6 * heads.len());
    let mut last = 0;
    for at in heads {
        out.push_str(&text[last..at]);
        out.push_str("static const struct PyGetSetDef ");
        last = at + GETSET_HEAD.len();
    }
    out.push_str(&text[last..]);
    *text = out;
}

/// The getset tables: (start of the declaration, its end, its name).
fn getset_tables(text: &str) -> Vec<(usize, usize, String)> {
    let mut out = Vec::new();
    let mut heads = getset_heads(text).peekable();
    while let Some(at) = heads.next() {
        let end = declaration_end(text, at);
        let Some(r) = name_range(text, at) else {
            continue;
        };
        out.push((at, end, text[r].to_string()));
        while heads.next_if(|&next| next < end).is_some() {}
    }
    out
}

/// The definition of `name` matched against `template`: the bindings and the ranges of its
/// definition and prototypes.
fn matched(
    text: &str,
    decls: &HashMap<String, Vec<(usize, usize, bool)>>,
    name: &str,
    template: &str,
    bind: &mut HashMap<String, String>,
) -> Option<Vec<(usize, usize)>> {
    let all = decls.get(name)?;
    let defs: Vec<_> = all.iter().filter(|d| d.2).collect();
    let [def] = defs.as_slice() else {
        return None;
    };
    let template = template.replace("$CS", CS_BEGIN);
    match_template(&text[def.0..def.1], &template, bind)?;
    Some(all.iter().map(|d| (d.0, d.1)).collect())
}

fn recognise(
    text: &str,
    decls: &HashMap<String, Vec<(usize, usize, bool)>>,
    name: &str,
    get: &str,
    set: &str,
) -> Option<Member> {
    let mut b = HashMap::new();
    b.insert("GP".to_string(), get.to_string());
    let mut ranges = matched(text, decls, get, GETPROP, &mut b)?;
    let pwg = b.get("PWG")?.clone();
    let pw_ranges = matched(text, decls, &pwg, PW_GET, &mut b)?;
    let pfg = b.get("PFG")?.clone();
    let mut fn_ranges = pw_ranges;
    let (getter_kind, conv) = if let Some(r) = matched(text, decls, &pfg, PF_GET_C, &mut b) {
        fn_ranges.extend(r);
        (None, b.get("CONV")?.clone())
    } else {
        fn_ranges.extend(matched(text, decls, &pfg, PF_GET_OBJ, &mut b)?);
        (Some(Kind::Object), String::new())
    };
    let field = b.get("F")?.clone();
    let obj = b.get("OBJ")?.clone();
    let c_type = field_type(text, &obj, &field)?;
    let readonly = set == "0";
    let mut setter_conv = None;
    if !readonly {
        b.insert("SP".to_string(), set.to_string());
        if getter_kind == Some(Kind::Object) {
            ranges.extend(matched(text, decls, set, SETPROP_OBJ, &mut b)?);
            let pws = b.get("PWS")?.clone();
            fn_ranges.extend(matched(text, decls, &pws, PW_SET, &mut b)?);
            let pfs = b.get("PFS")?.clone();
            let store = format!(
                "static int $PFS(struct $OBJ *__pyx_v_self, PyObject *__pyx_v_value) {PF_STORE_OBJ}"
            );
            b.insert("V".to_string(), "__pyx_v_value".to_string());
            b.insert("NAME".to_string(), "\"__set__\"".to_string());
            fn_ranges.extend(matched(text, decls, &pfs, &store, &mut b)?);
            let pwd = b.get("PWD")?.clone();
            fn_ranges.extend(matched(text, decls, &pwd, PW_DEL, &mut b)?);
            let pfd = b.get("PFD")?.clone();
            let del = format!("static int $PFD(struct $OBJ *__pyx_v_self) {PF_STORE_OBJ}");
            b.insert("V".to_string(), "Py_None".to_string());
            b.insert("NAME".to_string(), "\"__del__\"".to_string());
            fn_ranges.extend(matched(text, decls, &pfd, &del, &mut b)?);
        } else {
            ranges.extend(matched(text, decls, set, SETPROP_C, &mut b)?);
            let pws = b.get("PWS")?.clone();
            fn_ranges.extend(matched(text, decls, &pws, PW_SET, &mut b)?);
            let pfs = b.get("PFS")?.clone();
            fn_ranges.extend(matched(text, decls, &pfs, PF_SET_C, &mut b)?);
            if normalise(b.get("T")?) != c_type {
                return None;
            }
            setter_conv = Some(b.get("SCONV")?.clone());
        }
    }
    let kind = match getter_kind {
        Some(Kind::Object) => {
            if c_type != "PyObject *" {
                return None;
            }
            Kind::Object
        }
        _ => conversion_kind(&conv, setter_conv.as_deref(), &c_type)?,
    };
    // The span of the wrapper and implementation functions, which are laid out together.
    let span = (
        fn_ranges.iter().map(|r| r.0).filter(|&s| s > 0).min()?,
        fn_ranges.iter().map(|r| r.1).max()?,
    );
    // The prototypes at the top of the file are outside the span: keep them in `ranges` only.
    ranges.extend(fn_ranges);
    Some(Member {
        name: name.to_string(),
        field,
        c_type,
        kind,
        readonly,
        ranges,
        span: span_of_functions(text, span, decls, &pwg),
    })
}

/// The span from the first function of an attribute (its `__get__` wrapper's definition or the
/// prototype right before it) to the end of its last function.
fn span_of_functions(
    text: &str,
    span: (usize, usize),
    decls: &HashMap<String, Vec<(usize, usize, bool)>>,
    pwg: &str,
) -> (usize, usize) {
    let start = decls
        .get(pwg)
        .and_then(|v| {
            let def = v.iter().find(|d| d.2)?;
            // The prototype Cython writes right before the wrapper's definition.
            v.iter()
                .filter(|d| !d.2 && d.1 <= def.0)
                .map(|d| d.0)
                .max()
                .filter(|&p| text[p..def.0].lines().count() <= 2)
                .or(Some(def.0))
        })
        .unwrap_or(span.0);
    (start, span.1)
}

/// The kind of a C attribute from its getter's and setter's conversions and its C type.
fn conversion_kind(get: &str, set: Option<&str>, c_type: &str) -> Option<Kind> {
    if let Some(t) = get.strip_prefix(INT_FROM) {
        // Named after the C type: the field's type with its spaces as underscores.
        if t != c_type.replace(' ', "_") {
            return None;
        }
        if let Some(s) = set {
            if s.strip_prefix(INT_AS) != Some(t) {
                return None;
            }
        }
        return Some(Kind::Int);
    }
    let (_, sets, kind) = CONVERSIONS.iter().find(|(g, _, _)| *g == get)?;
    if let Some(s) = set {
        if !sets.contains(&s) {
            return None;
        }
    }
    let expected: &[&str] = match kind {
        Kind::Int => &["size_t"],
        Kind::Ssize => &["Py_ssize_t"],
        Kind::Bint => &["int"],
        Kind::Float => &["double", "float"],
        Kind::Object => &[],
    };
    if !expected.contains(&c_type) {
        return None;
    }
    // A float field is set with AsFloat, a double with AsDouble.
    if *kind == Kind::Float {
        let want = if c_type == "float" {
            "__Pyx_PyFloat_AsFloat"
        } else {
            "__Pyx_PyFloat_AsDouble"
        };
        if set.is_some_and(|s| s != want) {
            return None;
        }
    }
    Some(*kind)
}

/// The C type of `field` in `struct obj { ... }`, white space normalised (`PyObject *`).
fn field_type(text: &str, obj: &str, field: &str) -> Option<String> {
    let head = format!("struct {obj} {{");
    let at = text
        .match_indices(&head)
        .map(|(p, _)| p)
        .find(|&p| p == 0 || text.as_bytes()[p - 1] == b'\n')?;
    let end = crate::args::matching_close(text, at + head.len() - 1, 0)?;
    for line in text[at + head.len()..end].lines() {
        let t = line.trim();
        let Some(decl) = t.strip_suffix(';') else {
            continue;
        };
        if crate::parse::trailing_ident(decl) != field {
            continue;
        }
        let ty = &decl[..decl.len() - field.len()];
        if ty.contains([',', '[', '(']) {
            return None;
        }
        return Some(normalise(ty));
    }
    None
}

/// The tokens of a C type joined by single spaces (`unsigned PY_LONG_LONG`, `PyObject *`).
fn normalise(s: &str) -> String {
    tokens(s).join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn getset_tables_become_const_only_at_a_line_start() {
        let mut text = "static struct PyGetSetDef __pyx_getsets_1m_A[] = {\n  {\"x\", 0, 0, 0, 0},\n  {0, 0, 0, 0, 0}\n};\n\
                        /* static struct PyGetSetDef in a comment */\n"
            .to_string();
        const_getset_tables(&mut text);
        assert!(text.starts_with("static const struct PyGetSetDef __pyx_getsets_1m_A[] = {"));
        assert!(text.contains("/* static struct PyGetSetDef in a comment */"));
        let mut none = "int x;\n".to_string();
        const_getset_tables(&mut none);
        assert_eq!(none, "int x;\n");
    }

    #[test]
    fn kinds_follow_cythons_conversions_and_the_field_type() {
        assert_eq!(
            conversion_kind(
                "__Pyx_PyLong_From_long",
                Some("__Pyx_PyLong_As_long"),
                "long"
            ),
            Some(Kind::Int)
        );
        assert_eq!(
            conversion_kind(
                "__Pyx_PyLong_From_unsigned_PY_LONG_LONG",
                None,
                "unsigned PY_LONG_LONG"
            ),
            Some(Kind::Int)
        );
        // An enum or other type whose name does not match the field's: left alone.
        assert_eq!(
            conversion_kind("__Pyx_PyLong_From_int", None, "enum __pyx_t_E"),
            None
        );
        assert_eq!(
            conversion_kind("PyFloat_FromDouble", Some("__Pyx_PyFloat_AsFloat"), "float"),
            Some(Kind::Float)
        );
        assert_eq!(
            conversion_kind(
                "PyFloat_FromDouble",
                Some("__Pyx_PyFloat_AsFloat"),
                "double"
            ),
            None
        );
        assert_eq!(
            conversion_kind(
                "__Pyx_PyBool_FromLong",
                Some("__Pyx_PyObject_IsTrue"),
                "int"
            ),
            Some(Kind::Bint)
        );
    }
}
