//! Stage 3f, trivial deallocators. Cython gives every cdef class a `tp_dealloc`
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
//! Works on the pruned text before parsing; dropped text is blanked.

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

const PREFIX: &str = "__pyx_tp_dealloc_";

/// Drop the trivial deallocators and their slots; returns how many were dropped.
pub fn drop_trivial_deallocs(text: &mut String) -> usize {
    // Where each deallocator's name appears.
    let mut uses: HashMap<&str, Vec<usize>> = HashMap::new();
    crate::parse::for_each_code_ident(text, |s, e| {
        if text[s..e].starts_with(PREFIX) {
            uses.entry(&text[s..e]).or_default().push(s);
        }
    });
    let mut ranges = Vec::new();
    for (name, at) in &uses {
        if let Some(r) = trivial(text, name, at) {
            ranges.extend(r);
        }
    }
    let n = ranges.len() / 2;
    blank_ranges(text, &ranges);
    n
}

/// The definition's and the slot line's ranges of a trivial deallocator named only there.
fn trivial(text: &str, name: &str, uses: &[usize]) -> Option<[(usize, usize); 2]> {
    let head = format!("static void {name}(");
    let def_at = uses
        .iter()
        .map(|&u| line_at(text, u).0)
        .find(|&s| text[s..].starts_with(&head))?;
    let def_end = declaration_end(text, def_at);
    if !text[def_at..def_end].trim_end().ends_with('}') {
        return None;
    }
    let mut bind = HashMap::new();
    bind.insert("D".to_string(), name.to_string());
    match_template(&text[def_at..def_end], TRIVIAL_DEALLOC, &mut bind)?;
    let slot = format!("{{Py_tp_dealloc, (void *){name}}},");
    let mut slot_line = None;
    for &u in uses {
        if (def_at..def_end).contains(&u) {
            continue;
        }
        let (s, e) = line_at(text, u);
        if text[s..e].trim() != slot || slot_line.is_some() {
            return None;
        }
        slot_line = Some((s, e));
    }
    let (s, e) = slot_line?;
    // The slot table that holds it: no finaliser of the class's own.
    let table_start = text[..s].rfind("[] = {")?;
    let table_end = s + text[s..].find("};")?;
    if text[table_start..table_end].contains("Py_tp_finalize") {
        return None;
    }
    Some([(def_at, with_trailing_comment(text, def_end)), (s, e)])
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
        // Something more to release: not the trivial layout.
        let mut text = CLASS
            .replace("SLOTS", "")
            .replace("PyTypeObject *tp", "Py_CLEAR(p->x);\n  PyTypeObject *tp");
        assert_eq!(drop_trivial_deallocs(&mut text), 0);
    }
}
