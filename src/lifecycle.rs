//! Stage 3f, trivial deallocators and constructors. Cython gives every cdef class a `tp_dealloc`
//! (Cython/Compiler/ModuleNode.py, `generate_dealloc_function`). For a class without a base
//! class, `__dealloc__`, object fields, `__weakref__` or `__dict__` it only calls the type's
//! finaliser when the object's type has one (`tp_finalize`, which the runtime calls itself) and
//! then `tp_free`, which frees nothing on MicroPython: the collector does. About 70 bytes per
//! class on a Cortex-M4, function and slot, for nothing.
//!
//! This stage recognises such a function token for token and drops it with its slot-table
//! entry, when nothing else names it (a subclass in the module calls its base's deallocator by
//! name) and the class has no `tp_finalize` of its own (the runtime hangs a class's finaliser on
//! its `tp_dealloc` slot). The runtime treats a type without `tp_dealloc` as one whose
//! deallocation runs no code (`dealloc_runs_user_code`, `cy_Pyx_call_next_tp_dealloc`).
//!
//! The same stage folds the constructors of such a class into the runtime. For a class without
//! a base, `__cinit__`, object fields or a vtable, Cython writes four functions that are the same
//! for every class (`generate_new_function` and the `tp_vectorcall` of `CYTHON_VECTORCALL_TPNEW`):
//! `tp_new__initialisation` returns its object, `tp_new_vectorcall` allocates and calls it,
//! `tp_new` is the tuple-shaped adapter of that, and `tp_vectorcall` allocates and calls the
//! class's `__init__` wrapper (or only allocates, for a class without `__init__`), handing a type
//! other than the class's own to `__Pyx_CallNewInitFromVectorcall`. About 130 bytes per class on
//! a Cortex-M4. When all four are that, and nothing else names them, they go, and the class's
//! slot table names the runtime's `cy_Pyx_tp_new_basic` and `cy_Pyx_tp_vectorcall_basic`, with
//! the `__init__` wrapper in the pseudo slot `cy_Py_tp_init_vectorcall`, which a subclass does
//! not inherit (the runtime's `tp_vectorcall` serves only the type whose own table names it).
//! `tp_init` stays Cython's: a shared one would have no owner, and `Base.__init__(self)` from a
//! subclass would reach the subclass's `__init__`.
//!
//! Works on the pruned text before parsing; dropped text is blanked, and the slot entries are
//! laid out over the `tp_new` entry's line and the blank lines after it.

use crate::load::line_at;
use crate::pickle::{blank_ranges, declaration_end, with_trailing_comment};
use crate::template::match_template;
use std::collections::HashMap;

/// The deallocator Cython 3.3.1 writes for a class with nothing to release, as the target
/// profile configures it (`CYTHON_USE_TP_FINALIZE`, type specs, no type slots).
const TRIVIAL_DEALLOC: &str = "static void $D(PyObject *o) {
  if (unlikely(__Pyx_PyObject_GetSlot(o, tp_finalize, destructor)) && (!PyType_IS_GC(Py_TYPE(o)) || !__Pyx_PyObject_GC_IsFinalized(o))) {
    if (__Pyx_PyObject_GetSlot(o, tp_dealloc, destructor) == $D) {
      if (PyObject_CallFinalizerFromDealloc(o)) return;
    }
  }
  PyTypeObject *tp = Py_TYPE(o);
  {
    freefunc tp_free = (freefunc)PyType_GetSlot(tp, Py_tp_free);
    if (tp_free) tp_free(o);
  }
  Py_DECREF(tp);
}";

/// The condition of `TRIVIAL_DEALLOC`'s first line for a class the cycle collector tracks (its
/// fields hold objects that may form cycles): Cython knows the type is collected.
const GC_FINALIZE_TEST: (&str, &str) = (
    "(!PyType_IS_GC(Py_TYPE(o)) || !__Pyx_PyObject_GC_IsFinalized(o))",
    "!__Pyx_PyObject_GC_IsFinalized(o)",
);

/// The release of `TRIVIAL_DEALLOC` as the `else` block of a type with a freelist (closure
/// scopes; the freelist's branch is configured away).
const FREELIST_BLOCK: [(&str, &str); 2] = [
    (
        "  PyTypeObject *tp = Py_TYPE(o);",
        "  {\n  PyTypeObject *tp = Py_TYPE(o);",
    ),
    ("  Py_DECREF(tp);\n}", "  Py_DECREF(tp);\n  }\n}"),
];

/// The layouts of a deallocator with nothing to release: `TRIVIAL_DEALLOC` with either finaliser
/// test, with or without the freelist's block.
fn trivial_dealloc_templates() -> Vec<String> {
    let gc = TRIVIAL_DEALLOC.replacen(GC_FINALIZE_TEST.0, GC_FINALIZE_TEST.1, 1);
    let mut out = vec![TRIVIAL_DEALLOC.to_string(), gc];
    for i in 0..2 {
        let mut t = out[i].clone();
        for (from, to) in FREELIST_BLOCK {
            t = t.replacen(from, to, 1);
        }
        out.push(t);
    }
    out
}

const PREFIX: &str = "__pyx_tp_dealloc_";

/// A byte range of the text.
type Range = (usize, usize);

/// Where each `__pyx_tp_*` name (deallocators and constructors) appears in code.
type Uses = HashMap<String, Vec<usize>>;

/// The stage's one scan of the code's identifiers, for both of its steps (`run`).
fn tp_uses(text: &str) -> Uses {
    let mut uses: Uses = HashMap::new();
    let wanted = |name: &str| name.starts_with("__pyx_tp_");
    crate::parse::for_each_wanted_code_ident(text, wanted, |s, e| {
        let name = &text[s..e];
        match uses.get_mut(name) {
            Some(at) => at.push(s),
            None => {
                uses.insert(name.to_string(), vec![s]);
            }
        }
    });
    uses
}

/// Drop the trivial deallocators and then fold the trivial constructors, with one scan of the
/// identifiers: the uses inside what the first step blanks are taken away (whole definitions
/// and whole lines, blanked in place, so the other uses keep their offsets and what a scan of
/// the blanked text would find). Returns (deallocators dropped, classes folded).
pub fn run(text: &mut String) -> (usize, usize) {
    let mut uses = tp_uses(text);
    let dropped = drop_deallocs(text, &mut uses);
    drop_gc_functions(text, &uses);
    (dropped, fold_constructors(text, &uses))
}

/// The collector support Cython gives a class with object fields: `tp_traverse` visits them and
/// `tp_clear` clears them, for CPython's cycle collector. MicroPython's collector scans every
/// object whole and calls neither (the runtime's `__Pyx_call_next_tp_traverse`/`_clear` do
/// nothing), so the functions are dead code that their slot-table entries keep linked (about
/// 36 and 10 bytes per class on a Cortex-M4, and the two entries). Each goes with its entry when
/// its name is used nowhere else but in the others that go (a subclass's calls its base's).
/// Returns how many functions were dropped.
fn drop_gc_functions(text: &mut String, uses: &Uses) -> usize {
    let slot = |name: &str| {
        if name.starts_with("__pyx_tp_traverse_") {
            Some(format!("{{Py_tp_traverse, (void *){name}}},"))
        } else if name.starts_with("__pyx_tp_clear_") {
            Some(format!("{{Py_tp_clear, (void *){name}}},"))
        } else {
            None
        }
    };
    // Each candidate: its definition's range, and the lines of its uses outside it, each to be
    // one of its slot-table entries (a subclass without fields of its own lists its base's).
    let mut candidates: HashMap<&str, (Range, Vec<Range>)> = HashMap::new();
    for (name, at) in uses {
        let Some(slot) = slot(name) else {
            continue;
        };
        let Some((def_at, def_end)) = definition(text, at, &format!("static int {name}(")) else {
            continue;
        };
        let def = (def_at, with_trailing_comment(text, def_end));
        let lines: Vec<Range> = at
            .iter()
            .filter(|&&u| !(def.0..def.1).contains(&u))
            .map(|&u| line_at(text, u))
            .filter(|&(s, e)| text[s..e].trim() == slot)
            .collect();
        candidates.insert(name.as_str(), (def, lines));
    }
    // To a fixed point: a candidate used elsewhere than in its slot entries and in the
    // definitions of those that go stays.
    loop {
        let defined: Vec<Range> = candidates.values().map(|(d, _)| *d).collect();
        let keep: Vec<&str> = candidates
            .iter()
            .filter(|(name, (_, lines))| {
                uses[**name].iter().any(|&u| {
                    let inside = |&(s, e): &Range| (s..e).contains(&u);
                    !lines.iter().any(inside) && !defined.iter().any(inside)
                })
            })
            .map(|(name, _)| *name)
            .collect();
        if keep.is_empty() {
            break;
        }
        for name in keep {
            candidates.remove(name);
        }
    }
    let mut ranges: Vec<Range> = Vec::new();
    for (def, lines) in candidates.values() {
        ranges.push(*def);
        ranges.extend(lines);
    }
    ranges.sort_unstable();
    blank_ranges(text, &ranges);
    candidates.len()
}

/// Drop the trivial deallocators and their slots; returns how many were dropped.
pub fn drop_trivial_deallocs(text: &mut String) -> usize {
    let mut uses = tp_uses(text);
    drop_deallocs(text, &mut uses)
}

/// `drop_trivial_deallocs` with the uses found; the uses in the blanked ranges are taken away.
fn drop_deallocs(text: &mut String, uses: &mut Uses) -> usize {
    let mut ranges = Vec::new();
    let mut n = 0;
    for (name, at) in uses.iter() {
        if name.starts_with(PREFIX) {
            if let Some(r) = trivial(text, name, at) {
                ranges.extend(r);
                n += 1;
            }
        }
    }
    ranges.sort_unstable();
    blank_ranges(text, &ranges);
    if !ranges.is_empty() {
        for at in uses.values_mut() {
            at.retain(|&u| !ranges.iter().any(|&(s, e)| (s..e).contains(&u)));
        }
        uses.retain(|_, at| !at.is_empty());
    }
    n
}

/// The line of the one use among `uses` outside the `defined` ranges, when that line is exactly
/// `slot` (the function's entry in its class's slot table); None for any other use.
fn only_slot_line(
    text: &str,
    uses: impl Iterator<Item = usize>,
    defined: &[(usize, usize)],
    slot: &str,
) -> Option<(usize, usize)> {
    let mut slot_line = None;
    for u in uses {
        if defined.iter().any(|&(s, e)| (s..e).contains(&u)) {
            continue;
        }
        let (s, e) = line_at(text, u);
        if text[s..e].trim() != slot || slot_line.is_some() {
            return None;
        }
        slot_line = Some((s, e));
    }
    slot_line
}

/// The lines Cython adds to the trivial deallocator of a class whose fields hold objects (and
/// nothing that needs more than a release: no memoryview, no base class, no `__dealloc__`): the
/// cast of `o`, the collector's untracking and each field's release. None runs user code; on
/// MicroPython they only clear the fields of an object the collector frees, and the runtime
/// runs a deallocator only when it reaches user code (`dealloc_runs_user_code`). The function
/// without them, or None when a field is released twice (not a layout Cython writes).
fn without_field_releases(def: &str) -> Option<String> {
    let mut out = String::with_capacity(def.len());
    let mut fields = std::collections::HashSet::new();
    for line in crate::load::lines_inclusive(def) {
        let t = crate::load::trim(line);
        let mut bind = HashMap::new();
        if match_template(t, "struct $S *p = (struct $S *)o;", &mut bind).is_some()
            || t == "PyObject_GC_UnTrack(o);"
        {
            continue;
        }
        if match_template(t, "Py_CLEAR(p->$F);", &mut bind).is_some() {
            if !fields.insert(bind.remove("F")) {
                return None;
            }
            continue;
        }
        out.push_str(line);
    }
    Some(out)
}

/// The function definition among the lines of `uses` that starts with `head` (`static int
/// NAME(`), as the range of its text: the first such line, when it opens a body.
fn definition(text: &str, uses: &[usize], head: &str) -> Option<Range> {
    let def_at = uses
        .iter()
        .map(|&u| line_at(text, u).0)
        .find(|&s| text[s..].starts_with(head))?;
    let def_end = declaration_end(text, def_at);
    text[def_at..def_end]
        .trim_end()
        .ends_with('}')
        .then_some((def_at, def_end))
}

/// The definition's and the slot lines' ranges of a trivial deallocator named only there: in
/// its class's slot table and in those of subclasses that list it as theirs.
fn trivial(text: &str, name: &str, uses: &[usize]) -> Option<Vec<(usize, usize)>> {
    let (def_at, def_end) = definition(text, uses, &format!("static void {name}("))?;
    let def = without_field_releases(&text[def_at..def_end])?;
    trivial_dealloc_templates().iter().find(|template| {
        let mut bind = HashMap::new();
        bind.insert("D".to_string(), name.to_string());
        match_template(&def, template, &mut bind).is_some()
    })?;
    let slot = format!("{{Py_tp_dealloc, (void *){name}}},");
    let mut ranges = vec![(def_at, with_trailing_comment(text, def_end))];
    for &u in uses {
        if (def_at..def_end).contains(&u) {
            continue;
        }
        let (s, e) = line_at(text, u);
        if text[s..e].trim() != slot {
            return None;
        }
        // The slot table that holds it: no finaliser of the class's own.
        let table_start = text[..s].rfind("[] = {")?;
        let table_end = s + text[s..].find("};")?;
        if text[table_start..table_end].contains("Py_tp_finalize") {
            return None;
        }
        ranges.push((s, e));
    }
    (ranges.len() > 1).then_some(ranges)
}

/// Cython 3.3.1's constructors of a class with nothing to initialise, as the target profile
/// configures them (`CYTHON_VECTORCALL_TPNEW`); `@T` is the class's suffix, `$F` the
/// `is_final` argument (which the runtime does not use), `$W` the `__init__` wrapper.
const INITIALISATION: &str = "static PyObject *__pyx_tp_new__initialisation_@T(PyObject *o,
    CYTHON_UNUSED PyObject *const *args, CYTHON_UNUSED Py_ssize_t nargs, CYTHON_UNUSED PyObject *kwnames) {
  return o;
}";
const NEW_VECTORCALL: &str = "static PyObject *__pyx_tp_new_vectorcall_@T(PyTypeObject *t,
    PyObject *const *args, Py_ssize_t nargs, PyObject *kwnames) {
  PyObject *o;
  o = __Pyx_AllocateExtensionType(t, $F);
  if (unlikely(!o)) return 0;
  return __pyx_tp_new__initialisation_@T(o, args, nargs, kwnames);
}";
const NEW: &str = "static PyObject *__pyx_tp_new_@T(PyTypeObject *t, PyObject *a, PyObject *k) {
  return __Pyx_CallTpnewAsVectorcall(__pyx_tp_new_vectorcall_@T, t, a, k);
}";
const VECTORCALL: &str = "static PyObject *__pyx_tp_vectorcall_@T(PyObject *t, PyObject *const *args, size_t nargsf, PyObject *kwnames) {
  if (unlikely((PyTypeObject*)t != __pyx_mstate_global->__pyx_ptype_@T || __Pyx_PyType_HasFeature((PyTypeObject*)t, Py_TPFLAGS_IS_ABSTRACT))) {
    return __Pyx_CallNewInitFromVectorcall((PyTypeObject*)t, args, nargsf, kwnames);
  }
  Py_ssize_t nargs = PyVectorcall_NARGS(nargsf);
  PyObject *o = __pyx_tp_new_vectorcall_@T((PyTypeObject*)t, args, nargs, kwnames);
  @INIT
  return o;
}";
/// The call of the `__init__` wrapper in `VECTORCALL`, for a class with `__init__`.
const INIT_CALL: &str = "if (likely(o)) {
    assert(Py_TYPE(o) == (PyTypeObject*)t);
    if (unlikely($W(o, args, nargs, kwnames) < 0)) {
      Py_CLEAR(o);
    }
  }";

/// The four constructor functions of a class, in the order of the templates above.
const CONSTRUCTOR_PREFIXES: [&str; 4] = [
    "__pyx_tp_new__initialisation_",
    "__pyx_tp_new_vectorcall_",
    "__pyx_tp_new_",
    "__pyx_tp_vectorcall_",
];

/// Replace the trivial constructors by the runtime's; returns how many classes were folded.
pub fn fold_trivial_constructors(text: &mut String) -> usize {
    let uses = tp_uses(text);
    fold_constructors(text, &uses)
}

/// `fold_trivial_constructors` with the uses found.
fn fold_constructors(text: &mut String, uses: &Uses) -> usize {
    let mut blanks = Vec::new();
    let mut layouts = Vec::new();
    for name in uses.keys() {
        let Some(class) = name.strip_prefix("__pyx_tp_new_") else {
            continue;
        };
        if CONSTRUCTOR_PREFIXES[..2]
            .iter()
            .any(|p| name.starts_with(p))
        {
            continue;
        }
        if let Some((b, l)) = trivial_constructors(text, class, uses) {
            blanks.extend(b);
            layouts.push(l);
        }
    }
    let n = layouts.len();
    blank_ranges(text, &blanks);
    if n > 0 {
        let mut bytes = std::mem::take(text).into_bytes();
        for (start, end, replacement, at) in layouts {
            crate::args::lay_out(&mut bytes, start, end, &replacement, &at);
        }
        *text = String::from_utf8(bytes)
            .unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned());
    }
    n
}

/// A slot-table layout: (start, end, replacement, where its tokens go).
type Layout = (usize, usize, String, Vec<usize>);

/// The ranges to blank and the slot entries to lay out for class `class` (whose `tp_new` slot
/// names `__pyx_tp_new_<class>`), when its four constructors are Cython's trivial ones and are
/// named nowhere else.
fn trivial_constructors(
    text: &str,
    class: &str,
    uses: &Uses,
) -> Option<(Vec<(usize, usize)>, Layout)> {
    let names = CONSTRUCTOR_PREFIXES.map(|p| format!("{p}{class}"));
    // Each function's definition, and its prototypes.
    let mut ranges: Vec<(usize, usize)> = Vec::new();
    let mut bodies = Vec::new();
    for name in &names {
        let at = uses.get(name.as_str())?;
        let head = format!("static PyObject *{name}(");
        let mut body = None;
        for &u in at {
            let s = line_at(text, u).0;
            if !text[s..].starts_with(&head) || ranges.iter().any(|r| r.0 == s) {
                continue;
            }
            let e = declaration_end(text, s);
            if text[s..e].trim_end().ends_with('}') {
                if body.replace((s, e)).is_some() {
                    return None;
                }
            } else if !text[s..e].trim_end().ends_with(';') {
                return None;
            }
            ranges.push((s, e));
        }
        bodies.push(body?);
    }
    // The slot line, the only use outside those.
    let slot = format!("{{Py_tp_new, (void *){}}},", names[2]);
    let mut all_uses = Vec::new();
    for name in &names {
        all_uses.extend_from_slice(uses.get(name.as_str())?);
    }
    let (slot_start, slot_end) = only_slot_line(text, all_uses.into_iter(), &ranges, &slot)?;
    let table = format!("__pyx_type_{class}_slots[] = {{");
    let table_start = text[..slot_start].rfind(&table)?;
    let table_end = slot_start + text[slot_start..].find("};")?;
    if text[table_start..slot_start].contains("};")
        || text[table_start..table_end].contains("Py_tp_vectorcall")
    {
        return None;
    }
    // The functions, against Cython's.
    let mut bind = HashMap::new();
    let fill = |t: &str| t.replace("@T", class);
    let templates = [INITIALISATION, NEW_VECTORCALL, NEW];
    for (i, template) in templates.iter().enumerate() {
        let (s, e) = bodies[i];
        match_template(&text[s..e], &fill(template), &mut bind)?;
    }
    let (s, e) = bodies[3];
    let with_init = fill(&VECTORCALL.replace("@INIT", INIT_CALL));
    let init = if match_template(&text[s..e], &with_init, &mut bind).is_some() {
        bind.get("W").cloned()
    } else {
        match_template(
            &text[s..e],
            &fill(&VECTORCALL.replace("@INIT", "")),
            &mut bind,
        )?;
        None
    };
    // The runtime's functions in the slot table, over the `tp_new` line and the blank lines
    // after it.
    let mut entries = "{Py_tp_new, (void *)cy_Pyx_tp_new_basic},\n\
                       {cy_Py_tp_vectorcall, (void *)cy_Pyx_tp_vectorcall_basic},\n"
        .to_string();
    if let Some(w) = &init {
        entries.push_str(&format!("{{cy_Py_tp_init_vectorcall, (void *){w}}},\n"));
    }
    let mut end = slot_end;
    while let Some(next) = text[end..].strip_prefix('\n') {
        let line_end = next.find('\n').map_or(text.len(), |p| end + 1 + p);
        if !text[end + 1..line_end].trim().is_empty() {
            break;
        }
        end = line_end;
    }
    let at = crate::args::placements(text, slot_start, end, &entries)?;
    let blanks = ranges
        .into_iter()
        .map(|(s, e)| (s, with_trailing_comment(text, e)))
        .collect();
    Some((blanks, (slot_start, end, entries, at)))
}

#[cfg(test)]
mod tests {
    use super::*;

    const CLASS: &str = "static void __pyx_tp_dealloc_3m_C(PyObject *o) {
  if (unlikely(__Pyx_PyObject_GetSlot(o, tp_finalize, destructor)) && (!PyType_IS_GC(Py_TYPE(o)) || !__Pyx_PyObject_GC_IsFinalized(o))) {
    if (__Pyx_PyObject_GetSlot(o, tp_dealloc, destructor) == __pyx_tp_dealloc_3m_C) {
      if (PyObject_CallFinalizerFromDealloc(o)) return;
    }
  }
  PyTypeObject *tp = Py_TYPE(o);
  {
    freefunc tp_free = (freefunc)PyType_GetSlot(tp, Py_tp_free);
    if (tp_free) tp_free(o);
  }
  Py_DECREF(tp);
}

static PyType_Slot __pyx_type_3m_C_slots[] = {
  {Py_tp_dealloc, (void *)__pyx_tp_dealloc_3m_C},
  SLOTS
  {0, 0},
};
";

    const CONSTRUCTORS: &str = "static PyObject *__pyx_tp_new__initialisation_3m_C(PyObject *o,
    CYTHON_UNUSED PyObject *const *args, CYTHON_UNUSED Py_ssize_t nargs, CYTHON_UNUSED PyObject *kwnames
); /*proto*/
static PyObject *__pyx_tp_new__initialisation_3m_C(PyObject *o,
    CYTHON_UNUSED PyObject *const *args, CYTHON_UNUSED Py_ssize_t nargs, CYTHON_UNUSED PyObject *kwnames
) {
  return o;
}

static PyObject *__pyx_tp_new_vectorcall_3m_C(PyTypeObject *t,
    PyObject *const *args, Py_ssize_t nargs, PyObject *kwnames
) {
  PyObject *o;
  o = __Pyx_AllocateExtensionType(t, 0);
  if (unlikely(!o)) return 0;
  return __pyx_tp_new__initialisation_3m_C(o,
    args, nargs, kwnames
);
}

static PyObject *__pyx_tp_new_3m_C(PyTypeObject *t, PyObject *a, PyObject *k) {
  return __Pyx_CallTpnewAsVectorcall(__pyx_tp_new_vectorcall_3m_C, t, a, k);
}

static PyObject *__pyx_tp_vectorcall_3m_C(PyObject *t, PyObject *const *args, size_t nargsf, PyObject *kwnames) {
  if (unlikely((PyTypeObject*)t != __pyx_mstate_global->__pyx_ptype_3m_C || __Pyx_PyType_HasFeature((PyTypeObject*)t, Py_TPFLAGS_IS_ABSTRACT))) {
    return __Pyx_CallNewInitFromVectorcall((PyTypeObject*)t, args, nargsf, kwnames);
  }
  Py_ssize_t nargs = PyVectorcall_NARGS(nargsf);
  PyObject *o = __pyx_tp_new_vectorcall_3m_C((PyTypeObject*)t, args, nargs, kwnames);
  INIT
  return o;
}

static PyType_Slot __pyx_type_3m_C_slots[] = {
  {Py_tp_init, (void *)__pyx_tp_init_3m_C},
  {Py_tp_new, (void *)__pyx_tp_new_3m_C},
                                                                                       
                                  
                                                                  
             
           
  {0, 0},
};
";

    const INIT: &str = "if (likely(o)) {
    assert(Py_TYPE(o) == (PyTypeObject*)t);
    if (unlikely(__pyx_pw_3m_1C_1__init__(o, args, nargs, kwnames) < 0)) {
      Py_CLEAR(o);
    }
  }";

    #[test]
    fn trivial_constructors_become_the_runtimes() {
        for (init, wrapper) in [(INIT, true), ("", false)] {
            let mut text = CONSTRUCTORS.replace("INIT", init);
            let len = text.len();
            assert_eq!(fold_trivial_constructors(&mut text), 1);
            assert_eq!(text.len(), len);
            // The entries may be laid out over several lines.
            let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
            assert!(!text.contains("__pyx_tp_new_"), "{text}");
            assert!(!text.contains("__pyx_tp_vectorcall_"));
            assert!(text.contains("{Py_tp_new, (void *)cy_Pyx_tp_new_basic},"));
            assert!(text.contains("{cy_Py_tp_vectorcall, (void *)cy_Pyx_tp_vectorcall_basic},"));
            assert_eq!(
                text.contains("{cy_Py_tp_init_vectorcall, (void *)__pyx_pw_3m_1C_1__init__},"),
                wrapper
            );
            assert!(text.contains("{Py_tp_init, (void *)__pyx_tp_init_3m_C},"));
        }
    }

    #[test]
    fn other_constructors_stay() {
        // Something to initialise.
        let text = CONSTRUCTORS.replace("INIT", INIT);
        let mut t = text.replace(
            "  return o;\n}\n\nstatic PyObject *__pyx_tp_new_vectorcall",
            "  p->x = 0;\n  return o;\n}\n\nstatic PyObject *__pyx_tp_new_vectorcall",
        );
        assert_eq!(fold_trivial_constructors(&mut t), 0);
        // Another use of tp_new (a subclass's, or pickling's).
        let mut t = text.clone() + "static void g(void) { __pyx_tp_new_3m_C(0, 0, 0); }\n";
        assert_eq!(fold_trivial_constructors(&mut t), 0);
        // Another class's type in the test.
        let mut t = text.replace("__pyx_ptype_3m_C", "__pyx_ptype_3m_D");
        assert_eq!(fold_trivial_constructors(&mut t), 0);
    }

    #[test]
    fn a_trivial_dealloc_goes_with_its_slot() {
        let mut text = CLASS.replace("SLOTS", "");
        assert_eq!(drop_trivial_deallocs(&mut text), 1);
        assert!(!text.contains("__pyx_tp_dealloc_3m_C"));
        assert_eq!(text.len(), CLASS.len() - "SLOTS".len());
    }

    #[test]
    fn a_finaliser_or_another_use_keeps_it() {
        let mut text = CLASS.replace("SLOTS", "{Py_tp_finalize, (void *)f},");
        assert_eq!(drop_trivial_deallocs(&mut text), 0);
        let mut text = CLASS.replace("SLOTS", "")
            + "static void g(PyObject *o) { __pyx_tp_dealloc_3m_C(o); }\n";
        assert_eq!(drop_trivial_deallocs(&mut text), 0);
        // Something more to release than fields that hold objects: not the trivial layout.
        let mut text = CLASS.replace("SLOTS", "").replace(
            "PyTypeObject *tp",
            "__PYX_XCLEAR_MEMVIEW(&p->v, 1);\n  PyTypeObject *tp",
        );
        assert_eq!(drop_trivial_deallocs(&mut text), 0);
    }

    /// A class whose fields hold objects, tracked by the cycle collector, with a subclass that
    /// lists its deallocator as its own, and a closure scope's (a freelist's `else` block).
    const FIELD_DEALLOCS: &str = "static void __pyx_tp_dealloc_3m_H(PyObject *o) {
  struct __pyx_obj_3m_H *p = (struct __pyx_obj_3m_H *)o;
  if (unlikely(__Pyx_PyObject_GetSlot(o, tp_finalize, destructor)) && !__Pyx_PyObject_GC_IsFinalized(o)) {
    if (__Pyx_PyObject_GetSlot(o, tp_dealloc, destructor) == __pyx_tp_dealloc_3m_H) {
      if (PyObject_CallFinalizerFromDealloc(o)) return;
    }
  }
  PyObject_GC_UnTrack(o);
  Py_CLEAR(p->members);
  Py_CLEAR(p->name);
  EXTRA
  PyTypeObject *tp = Py_TYPE(o);
  {
    freefunc tp_free = (freefunc)PyType_GetSlot(tp, Py_tp_free);
    if (tp_free) tp_free(o);
  }
  Py_DECREF(tp);
}
static PyType_Slot __pyx_type_3m_H_slots[] = {
  {Py_tp_dealloc, (void *)__pyx_tp_dealloc_3m_H},
  {0, 0},
};
static PyType_Slot __pyx_type_3m_Sub_slots[] = {
  {Py_tp_dealloc, (void *)__pyx_tp_dealloc_3m_H},
  SUBSLOTS
  {0, 0},
};
static void __pyx_tp_dealloc_3m_scope(PyObject *o) {
  struct __pyx_obj_3m_scope *p = (struct __pyx_obj_3m_scope *)o;
  if (unlikely(__Pyx_PyObject_GetSlot(o, tp_finalize, destructor)) && !__Pyx_PyObject_GC_IsFinalized(o)) {
    if (__Pyx_PyObject_GetSlot(o, tp_dealloc, destructor) == __pyx_tp_dealloc_3m_scope) {
      if (PyObject_CallFinalizerFromDealloc(o)) return;
    }
  }
  PyObject_GC_UnTrack(o);
  Py_CLEAR(p->__pyx_v_n);
  {
    PyTypeObject *tp = Py_TYPE(o);
    {
      freefunc tp_free = (freefunc)PyType_GetSlot(tp, Py_tp_free);
      if (tp_free) tp_free(o);
    }
    Py_DECREF(tp);
  }
}
static PyType_Slot __pyx_type_3m_scope_slots[] = {
  {Py_tp_dealloc, (void *)__pyx_tp_dealloc_3m_scope},
  {0, 0},
};
";

    #[test]
    fn a_dealloc_that_only_releases_fields_goes_with_its_slots() {
        let src = FIELD_DEALLOCS.replace("EXTRA", "").replace("SUBSLOTS", "");
        let mut text = src.clone();
        assert_eq!(drop_trivial_deallocs(&mut text), 2);
        assert!(!text.contains("__pyx_tp_dealloc_"));
        assert_eq!(text.len(), src.len());
    }

    #[test]
    fn a_dealloc_with_more_to_do_or_a_finaliser_in_a_subclass_stays() {
        for (extra, subslots) in [
            ("if (p->__weakref__ != 0) PyObject_ClearWeakRefs(o);", ""),
            ("Py_CLEAR(p->name);", ""),
            ("", "{Py_tp_finalize, (void *)f},"),
        ] {
            let mut text = FIELD_DEALLOCS
                .replace("EXTRA", extra)
                .replace("SUBSLOTS", subslots);
            assert_eq!(drop_trivial_deallocs(&mut text), 1, "{extra}{subslots}");
            assert!(
                text.contains("static void __pyx_tp_dealloc_3m_H("),
                "{extra}{subslots}"
            );
            assert!(
                !text.contains("__pyx_tp_dealloc_3m_scope"),
                "{extra}{subslots}"
            );
        }
    }

    /// A base class with an object field and a subclass with one more, as Cython 3.3.1 writes
    /// their collector support; a third class lists the base's functions as its own.
    const GC_CLASSES: &str =
        "static int __pyx_tp_traverse_3m_B(PyObject *o, visitproc v, void *a) {
  int e;
  struct __pyx_obj_3m_B *p = (struct __pyx_obj_3m_B *)o;
  if (p->x) {
    e = (*v)(p->x, a); if (e) return e;
  }
  return 0;
}

static int __pyx_tp_clear_3m_B(PyObject *o) {
  PyObject* tmp;
  struct __pyx_obj_3m_B *p = (struct __pyx_obj_3m_B *)o;
  tmp = ((PyObject*)p->x);
  p->x = Py_None; Py_INCREF(Py_None);
  Py_XDECREF(tmp);
  return 0;
}
static PyType_Slot __pyx_type_3m_B_slots[] = {
  {Py_tp_traverse, (void *)__pyx_tp_traverse_3m_B},
  {Py_tp_clear, (void *)__pyx_tp_clear_3m_B},
  {0, 0},
};

static int __pyx_tp_traverse_3m_S(PyObject *o, visitproc v, void *a) {
  int e;
  e = __pyx_tp_traverse_3m_B(o, v, a); if (e) return e;
  return 0;
}
static PyType_Slot __pyx_type_3m_S_slots[] = {
  {Py_tp_traverse, (void *)__pyx_tp_traverse_3m_S},
  {Py_tp_clear, (void *)__pyx_tp_clear_3m_B},
  {0, 0},
};
EXTRA";

    #[test]
    fn collector_support_goes_with_its_slots() {
        let mut text = GC_CLASSES.replace("EXTRA", "");
        let uses = tp_uses(&text);
        assert_eq!(drop_gc_functions(&mut text, &uses), 3);
        assert!(!text.contains("__pyx_tp_traverse") && !text.contains("__pyx_tp_clear"));
        assert!(text.contains("static PyType_Slot __pyx_type_3m_S_slots[] = {\n"));
        assert_eq!(text.len(), GC_CLASSES.len() - "EXTRA".len());
    }

    #[test]
    fn collector_support_named_elsewhere_stays_with_what_it_calls() {
        // Another use of the subclass's traverse keeps it, and so the base's it calls.
        let mut text = GC_CLASSES.replace(
            "EXTRA",
            "static void *t = (void *)__pyx_tp_traverse_3m_S;\n",
        );
        let uses = tp_uses(&text);
        assert_eq!(drop_gc_functions(&mut text, &uses), 1);
        assert!(text.contains("static int __pyx_tp_traverse_3m_B("));
        assert!(text.contains("{Py_tp_traverse, (void *)__pyx_tp_traverse_3m_B},"));
        assert!(!text.contains("__pyx_tp_clear_3m_B"));
    }
}
