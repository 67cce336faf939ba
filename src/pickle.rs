//! Stage 3b, drop pickle support. Cython gives every cdef class it can pickle a
//! `__reduce_cython__` and a `__setstate_cython__` method, and the module a
//! `__pyx_unpickle_<Class>` function, all compiled from its "(tree fragment)" source. MicroPython
//! has no `pickle` or `copy` protocol that would call them, so they are flash spent for nothing:
//! this stage removes their functions, method descriptors, method-table entries, the statements
//! of the module body that create them, and the `__Pyx_setup_reduce` calls. An object of the
//! class then behaves as any object without them.
//!
//! Works on the pruned text before parsing; dropped text is blanked, so offsets and line numbers
//! stay those of the input.

use crate::load::line_starts;
use crate::parse::{for_each_code_ident, trailing_ident};
use std::collections::{HashMap, HashSet};

/// Parts of the C names Cython gives the pickle functions and their descriptors
/// (`__pyx_pw_3mod_7Counter_5__reduce_cython__`, `__pyx_mdef_3mod_7__pyx_unpickle_Counter`,
/// `__pyx_f_3mod___pyx_unpickle_Counter__set_state`, ...).
const PICKLE_NAME_PARTS: [&str; 3] = [
    "__reduce_cython__",
    "__setstate_cython__",
    "__pyx_unpickle_",
];

/// The Python names of the pickle methods, as method tables and `def` lines spell them.
const PICKLE_METHODS: [&str; 2] = ["__reduce_cython__", "__setstate_cython__"];

fn is_pickle_c_name(name: &str) -> bool {
    PICKLE_NAME_PARTS.iter().any(|p| name.contains(p))
}

fn is_pickle_py_name(name: &str) -> bool {
    PICKLE_METHODS.contains(&name) || name.starts_with("__pyx_unpickle_")
}

/// Blank the pickle support in `text`; returns how many pieces were dropped.
pub fn drop_pickle(text: &mut String, uses: &mut StringConstantUses) -> usize {
    // The string constants' uses, which the first blanking needs, are counted on a second
    // thread while the pickle code is found: both only read the pruned text. The count is kept
    // only when there is something to blank, as `remove` would have made it.
    let (ranges, counted) = std::thread::scope(|s| {
        let t: &str = text;
        let counting = (uses.0.is_none() && t.len() >= crate::load::THREAD_MIN)
            .then(|| s.spawn(move || Uses::count(t)));
        let ranges = pickle_ranges(t);
        let counted = counting.map(|c| c.join().unwrap_or_else(|p| std::panic::resume_unwind(p)));
        (ranges, counted)
    });
    if ranges.is_empty() {
        return 0;
    }
    if counted.is_some() {
        uses.0 = counted;
    }
    let orphaned = uses.remove(text, &ranges);
    blank_ranges(text, &ranges);
    // String constants only the pickle code used (`__pyx_k_count`, the checksum's field list)
    // would be unused statics, which -Werror builds refuse.
    let orphans = string_declarations(text, &orphaned);
    uses.remove(text, &orphans);
    blank_ranges(text, &orphans);
    ranges.len() + orphans.len()
}

/// Blank the cached constants that the module state keeps and nothing uses, most of them left
/// by the pickle support (its checksum in the number table, the unbound `dict` methods Cython
/// caches for it): a cached unbound method (`__pyx_umethod_*`) named only by its field and
/// the lines of `__Pyx_InitCachedBuiltins` that set it, and each block of the number table's
/// filling in `__Pyx_InitConstants` when none of the constants it fills (`#define __pyx_int_5
/// __pyx_number_tab[0]`) is used. Returns how many lines or blocks were blanked.
pub fn drop_unused_cached_constants(text: &mut String) -> usize {
    // The number table: its constants' names and slots, each defined once.
    let numbers = crate::numbers::table_defines(text);
    // Where each name of interest occurs: the cached unbound methods and the numbers (one
    // pass over the code's identifiers, hashing only the candidates).
    let mut idents: HashMap<&str, Vec<usize>> = HashMap::new();
    for &(n, _) in &numbers {
        idents.insert(n, Vec::new());
    }
    let all_pyx = numbers.iter().all(|(n, _)| n.starts_with("__pyx_"));
    let wanted = |id: &str| !all_pyx || id.starts_with("__pyx_");
    crate::parse::for_each_wanted_code_ident(text, wanted, |s, e| {
        let id = &text[s..e];
        if id.starts_with("__pyx_umethod_") {
            idents.entry(id).or_default().push(s);
        } else if let Some(at) = idents.get_mut(id) {
            at.push(s);
        }
    });
    let mut ranges = Vec::new();
    for (name, at) in &idents {
        if !name.starts_with("__pyx_umethod_") {
            continue;
        }
        let lines: Vec<(usize, usize)> =
            at.iter().map(|&p| crate::load::line_at(text, p)).collect();
        let dead = lines.iter().all(|&(s, e)| {
            let t = text[s..e].trim();
            t == format!("__Pyx_CachedCFunction {name};")
                || (t.starts_with(&format!("__pyx_mstate->{name}."))
                    && t.ends_with(';')
                    && t.matches(';').count() == 1)
        });
        if dead {
            ranges.extend(lines);
        }
    }
    // Each block of the table's filling goes when none of the slots it fills is read: the
    // block names its first slot and its count (`numbertab = __pyx_mstate->__pyx_number_tab +
    // 1;` ... `i < 2;`); a block of another shape goes only when no constant is read.
    let unused = |n: &str| idents.get(n).is_none_or(|v| v.len() <= 1);
    if !numbers.is_empty() {
        const FILL: &str = "PyObject **numbertab = __pyx_mstate->__pyx_number_tab";
        let mut from = 0;
        while let Some(at) = crate::load::find_str(text, from, FILL) {
            from = at + FILL.len();
            let open = text[..at].trim_end();
            if !open.ends_with('{') {
                continue;
            }
            let open = open.len() - 1;
            let Some(end) = crate::args::matching_close(text, open, 0) else {
                continue;
            };
            let slots = fill_slots(&text[from..end]);
            let read = |&(n, k): &(&str, usize)| {
                slots.as_ref().is_none_or(|r| r.contains(&k)) && !unused(n)
            };
            if !numbers.iter().any(read) {
                ranges.push((open, end));
            }
            from = end;
        }
    }
    let n = ranges.len();
    blank_ranges(text, &ranges);
    n
}

/// The slots of the number table a block of its filling sets, from the text after
/// `__pyx_mstate->__pyx_number_tab`: ` + 1;` (or `;`), then `for (int i = 0; i < 2; i++)`.
fn fill_slots(block: &str) -> Option<std::ops::Range<usize>> {
    let (first, rest) = block.split_once(';')?;
    let first = match crate::load::trim(first) {
        "" => 0,
        f => crate::load::trim(f.strip_prefix('+')?).parse().ok()?,
    };
    let count = rest.split_once("; i < ")?.1.split_once(';')?.0;
    Some(first..first + count.trim().parse::<usize>().ok()?)
}

pub(crate) fn blank_ranges(text: &mut String, ranges: &[(usize, usize)]) {
    // Only whole lines and whole declarations are blanked, never part of a character.
    crate::load::blank_ranges_str(text, ranges);
}

/// How often each of Cython's string constants (`__pyx_k_*`) appears in code: counted once,
/// when a stage first blanks code, and kept current as the pickle and memoryview stages blank
/// more (one scan of the text instead of one before and one after each stage's blanking). The
/// scan keeps where each use is, so taking away the uses inside a blanked range is a binary
/// search, not a scan of the range (the stages blank in place: offsets do not move).
#[derive(Default)]
pub struct StringConstantUses(Option<Uses>);

struct Uses {
    /// Each constant's index in `counts`.
    index: HashMap<String, usize>,
    /// Each constant's name and how many uses are left.
    counts: Vec<(String, usize)>,
    /// Each use: its offset and its constant's index, `GONE` once taken away.
    at: Vec<(usize, usize)>,
}

const GONE: usize = usize::MAX;

impl Uses {
    fn count(text: &str) -> Uses {
        let mut uses = Uses {
            index: HashMap::new(),
            counts: Vec::new(),
            at: Vec::new(),
        };
        for_each_code_ident(text, |s, e| {
            let name = &text[s..e];
            if name.starts_with("__pyx_k_") {
                let k = match uses.index.get(name) {
                    Some(&k) => k,
                    None => {
                        uses.index.insert(name.to_string(), uses.counts.len());
                        uses.counts.push((name.to_string(), 0));
                        uses.counts.len() - 1
                    }
                };
                uses.counts[k].1 += 1;
                uses.at.push((s, k));
            }
        });
        uses
    }
}

impl StringConstantUses {
    /// Take away the uses inside `ranges` of `text` (whole declarations, lines or statements,
    /// about to be blanked); returns the constants that were used before and are used nowhere
    /// now (the one occurrence left is the constant's own declaration).
    pub(crate) fn remove(&mut self, text: &str, ranges: &[(usize, usize)]) -> HashSet<String> {
        let mut orphaned = HashSet::new();
        if ranges.is_empty() {
            return orphaned;
        }
        let uses = self.0.get_or_insert_with(|| Uses::count(text));
        let mut inside: Vec<usize> = Vec::new();
        for &(s, e) in ranges {
            // Overlapping ranges count a use once: it is gone after the first.
            let first = uses.at.partition_point(|u| u.0 < s);
            for u in &mut uses.at[first..] {
                if u.0 >= e {
                    break;
                }
                if u.1 != GONE {
                    inside.push(u.1);
                    u.1 = GONE;
                }
            }
        }
        inside.sort_unstable();
        for run in inside.chunk_by(|a, b| a == b) {
            let (name, count) = &mut uses.counts[run[0]];
            let before = *count;
            *count = count.saturating_sub(run.len());
            if before > 1 && *count <= 1 {
                orphaned.insert(name.clone());
            }
        }
        orphaned
    }
}

/// The lines `static const char __pyx_k_NAME[] = "...";` of Cython's string declarations of the
/// constants `names`.
pub(crate) fn string_declarations(text: &str, names: &HashSet<String>) -> Vec<(usize, usize)> {
    let mut ranges = Vec::new();
    if names.is_empty() {
        return ranges;
    }
    // The lines that start with the declaration's head: found by the head, not line by line.
    const HEAD: &str = "static const char ";
    let mut from = 0;
    while let Some(start) = crate::load::find_str(text, from, HEAD) {
        let end =
            crate::load::find_byte(text.as_bytes(), start, b'\n').map_or(text.len(), |n| n + 1);
        from = end;
        if start > 0 && text.as_bytes()[start - 1] != b'\n' {
            // Not at a line's start: the search goes on after the head.
            from = start + HEAD.len();
            continue;
        }
        let line = &text[start..end];
        let rest = &line[HEAD.len()..];
        let name = &rest[..rest.find('[').unwrap_or(0)];
        if names.contains(name) {
            ranges.push((start, start + line.trim_end().len()));
        }
    }
    ranges
}

fn pickle_ranges(text: &str) -> Vec<(usize, usize)> {
    let starts = line_starts(text);
    let line = |i: usize| -> &str {
        let end = starts.get(i + 1).map(|e| e - 1).unwrap_or(text.len());
        &text[starts[i]..end.max(starts[i])]
    };
    let mut ranges = Vec::new();
    let mut i = 0;
    while i < starts.len() {
        let l = line(i);
        let t = crate::load::trim(l);
        let start = starts[i];
        if let Some(name) = top_level_declared_name(l) {
            if is_pickle_c_name(name) {
                let end = with_trailing_comment(text, declaration_end(text, start));
                ranges.push((start, end));
                while i < starts.len() && starts[i] < end {
                    i += 1;
                }
                continue;
            }
        } else if method_table_entry(t).is_some_and(is_pickle_py_name)
            || t.starts_with("if (__Pyx_setup_reduce(")
        {
            ranges.push((start, start + l.len()));
        } else if t.starts_with("/* \"") {
            if let Some(next) = pickle_body_segment(&starts, &line, i) {
                let end = starts.get(next).copied().unwrap_or(text.len());
                ranges.push((start, end));
                i = next;
                continue;
            }
        }
        i += 1;
    }
    ranges
}

/// The name a top-level declaration or definition starting on this line declares:
/// `static PyObject *name(...`, `static PyMethodDef name = {...`.
pub(crate) fn top_level_declared_name(line: &str) -> Option<&str> {
    if !line.starts_with("static ") {
        return None;
    }
    let head_end = line.find(['(', '=', ';'])?;
    let name = trailing_ident(line[..head_end].trim_end());
    (!name.is_empty()).then_some(name)
}

/// The Python name of a `PyMethodDef` table entry: `{"name", (PyCFunction)..., flags, doc},`.
fn method_table_entry(t: &str) -> Option<&str> {
    let rest = t.strip_prefix("{\"")?;
    let name = &rest[..rest.find('"')?];
    rest[name.len()..].starts_with("\",").then_some(name)
}

/// A segment of a function body that creates a pickle function (in the module body: its
/// function object and the assignment that stores it): Cython's source-position comment and the
/// statements after it, up to the next segment. Returns the index of the line that ends it.
/// The comment does not always name the `def`: the second `__pyx_unpickle_<Class>` of a module
/// is marked at the "(tree fragment)"'s first line, so the statements decide.
fn pickle_body_segment<'a>(
    starts: &[usize],
    line: &impl Fn(usize) -> &'a str,
    first: usize,
) -> Option<usize> {
    let mut i = first;
    while i < starts.len() && !line(i).trim_end().ends_with("*/") {
        i += 1;
    }
    // Only in a function body: the statements after the comment are indented.
    if i + 1 >= starts.len() || !line(i + 1).starts_with("  ") {
        return None;
    }
    i += 1;
    let body = i;
    while i < starts.len() && !ends_body_segment(line(i)) {
        i += 1;
    }
    let mut pickle = false;
    for k in body..i {
        let l = line(k);
        // A line without any of the name parts holds no pickle name: skip its scan.
        if PICKLE_NAME_PARTS.iter().any(|p| l.contains(p)) {
            for_each_code_ident(l, |s, e| pickle |= is_pickle_c_name(&l[s..e]));
        }
    }
    pickle.then_some(i)
}

/// Does this line end a segment of a function body: the next source-position or section
/// comment, a label, or the end of the function? (Blank lines do not: the configure stage leaves
/// one wherever it removed a preprocessor branch.)
fn ends_body_segment(line: &str) -> bool {
    let t = crate::load::trim(line);
    t.starts_with("/*") || t.ends_with(":;") || !(line.starts_with(' ') || t.is_empty())
}

/// `end`, or the end of its line when only a comment follows (`; /* proto */`).
pub(crate) fn with_trailing_comment(text: &str, end: usize) -> usize {
    let line_end = text[end..].find('\n').map_or(text.len(), |n| end + n);
    let rest = text[end..line_end].trim();
    if rest.is_empty() || (rest.starts_with("/*") && rest.ends_with("*/")) {
        line_end
    } else {
        end
    }
}

/// The end of the declaration or definition starting at `start`: after its `;` at depth 0, or
/// after the `}` that closes a function body. Comments, strings, character literals and
/// preprocessor lines are skipped.
pub(crate) fn declaration_end(text: &str, start: usize) -> usize {
    let b = text.as_bytes();
    let mut i = start;
    let mut depth = 0usize;
    let mut initializer = false;
    let mut at_line_start = true;
    while i < b.len() {
        let c = b[i];
        // Runs of bytes that only end a line start (most of a definition) in a tight loop.
        match DECLARATION_BYTE[usize::from(c)] {
            PLAIN => {
                at_line_start = false;
                i += 1;
                while i < b.len() && DECLARATION_BYTE[usize::from(b[i])] == PLAIN {
                    i += 1;
                }
                continue;
            }
            BLANK => {
                i += 1;
                while i < b.len() && DECLARATION_BYTE[usize::from(b[i])] == BLANK {
                    i += 1;
                }
                continue;
            }
            _ => {}
        }
        if at_line_start && c == b'#' {
            i = crate::load::find_byte(b, i, b'\n').unwrap_or(b.len());
            continue;
        }
        if c == b'\n' {
            at_line_start = true;
            i += 1;
            continue;
        }
        at_line_start = false;
        match c {
            b'/' if b.get(i + 1) == Some(&b'*') => {
                i = crate::load::find_str(text, i + 2, "*/").map_or(b.len(), |e| e + 2);
                continue;
            }
            b'/' if b.get(i + 1) == Some(&b'/') => {
                i = crate::load::find_byte(b, i, b'\n').unwrap_or(b.len());
                continue;
            }
            b'"' | b'\'' => {
                i += 1;
                while i < b.len() && b[i] != c && b[i] != b'\n' {
                    if b[i] == b'\\' {
                        i += 1;
                    }
                    i += 1;
                }
            }
            b'(' | b'{' | b'[' => depth += 1,
            b')' | b']' => depth = depth.saturating_sub(1),
            b'}' => {
                depth = depth.saturating_sub(1);
                if depth == 0 && !initializer {
                    return i + 1;
                }
            }
            b'=' if depth == 0 => initializer = true,
            b';' if depth == 0 => return i + 1,
            _ => {}
        }
        i += 1;
    }
    b.len()
}

/// `declaration_end`'s classes of bytes: blank (keeps a line's start), plain (nothing to do but
/// end a line's start), and the rest (line breaks, `#`, comments, quotes, brackets, `=`, `;`).
const PLAIN: u8 = 0;
const BLANK: u8 = 1;
const SPECIAL: u8 = 2;
static DECLARATION_BYTE: [u8; 256] = {
    let mut t = [PLAIN; 256];
    let mut c = 0;
    while c < 256 {
        let b = c as u8;
        if b.is_ascii_whitespace() && b != b'\n' {
            t[c] = BLANK;
        }
        c += 1;
    }
    let special = b"\n#/\"'({[)]}=;";
    let mut k = 0;
    while k < special.len() {
        t[special[k] as usize] = SPECIAL;
        k += 1;
    }
    t
};

#[cfg(test)]
mod tests {
    use super::*;

    // Shapes copied from Cython 3.3.1's output for a module with `cdef class Counter`.
    const INPUT: &str = r#"static const char __pyx_k_count[] = "count";
static const char __pyx_k_doc[] = "Module doc.";
static PyObject *__pyx_f_6bmixed___pyx_unpickle_Counter__set_state(struct __pyx_obj_6bmixed_Counter *, PyObject *); /*proto*/
static PyObject *__pyx_pf_6bmixed_7Counter_2inc(struct __pyx_obj_6bmixed_Counter *__pyx_v_self); /* proto */
static PyObject *__pyx_pf_6bmixed_7Counter_4__reduce_cython__(struct __pyx_obj_6bmixed_Counter *__pyx_v_self); /* proto */

/* Python wrapper */
static PyObject *__pyx_pw_6bmixed_7Counter_5__reduce_cython__(PyObject *__pyx_v_self, 
#if CYTHON_METH_FASTCALL
PyObject *const *__pyx_args, Py_ssize_t __pyx_nargs, PyObject *__pyx_kwds
#else
PyObject *__pyx_args, PyObject *__pyx_kwds
#endif
); /*proto*/
static PyMethodDef __pyx_mdef_6bmixed_7Counter_5__reduce_cython__ = {"__reduce_cython__", (PyCFunction)(void(*)(void))(__Pyx_PyCFunction_FastCallWithKeywords)__pyx_pw_6bmixed_7Counter_5__reduce_cython__, __Pyx_METH_FASTCALL|METH_KEYWORDS, 0};
static PyObject *__pyx_pw_6bmixed_7Counter_5__reduce_cython__(PyObject *__pyx_v_self, 
#if CYTHON_METH_FASTCALL
PyObject *const *__pyx_args, Py_ssize_t __pyx_nargs, PyObject *__pyx_kwds
#else
PyObject *__pyx_args, PyObject *__pyx_kwds
#endif
) {
  PyObject *__pyx_r = 0;
  if (unlikely(__pyx_nargs > 0)) { __Pyx_RaiseArgtupleInvalid("__reduce_cython__", 1, 0, 0, __pyx_nargs); return NULL; }
  __pyx_r = __pyx_pf_6bmixed_7Counter_4__reduce_cython__(((struct __pyx_obj_6bmixed_Counter *)__pyx_v_self));
  if (x) { y = '}'; }
  __pyx_t_1 = __Pyx_CheckUnpickleChecksum(__pyx_v___pyx_checksum, 0x6c35493, 0xee9f38e, 0xe2942a0, __pyx_k_count);
  return __pyx_r;
}

static int keep_me(void) {
  return 1;
}

static PyMethodDef __pyx_methods_6bmixed_Counter[] = {
  {"__reduce_cython__", (PyCFunction)(void(*)(void))(__Pyx_PyCFunction_FastCallWithKeywords)__pyx_pw_6bmixed_7Counter_5__reduce_cython__, __Pyx_METH_FASTCALL|METH_KEYWORDS, 0},
  {"inc", (PyCFunction)(void(*)(void))(__Pyx_PyCFunction_FastCallWithKeywords)__pyx_pw_6bmixed_7Counter_3inc, __Pyx_METH_FASTCALL|METH_KEYWORDS, 0},
  {0, 0, 0, 0}
};

static int __pyx_pymod_exec_bmixed(PyObject *__pyx_pyinit_module) {
  m_doc = __pyx_k_doc;
  if (__Pyx_setup_reduce((PyObject *) __pyx_mstate->__pyx_ptype_6bmixed_Counter) < (0)) __PYX_ERR(0, 25, __pyx_L1_error)

  /* "bmixed.pyx":31
 *     def inc(self):             # <<<<<<<<<<<<<<
*/
  __pyx_t_2 = __Pyx_CyFunction_New(&__pyx_mdef_6bmixed_7Counter_3inc, 0, NULL);

  /* "(tree fragment)":1
 * def __reduce_cython__(self):             # <<<<<<<<<<<<<<
 *     cdef tuple state
*/
  __pyx_t_2 = __Pyx_CyFunction_New(&__pyx_mdef_6bmixed_7Counter_5__reduce_cython__, __Pyx_CYFUNCTION_CCLASS, NULL); if (unlikely(!__pyx_t_2)) __PYX_ERR(1, 1, __pyx_L1_error)
  __Pyx_GOTREF(__pyx_t_2);
                                                      
                                         
                
  if (__Pyx_SetItemOnTypeDict(__pyx_mstate_global->__pyx_ptype_6bmixed_Counter, __pyx_mstate_global->__pyx_n_u_reduce_cython, __pyx_t_2) < (0)) __PYX_ERR(1, 1, __pyx_L1_error)
  __Pyx_DECREF(__pyx_t_2); __pyx_t_2 = 0;

  /* "(tree fragment)":1
 * cdef extern from *:             # <<<<<<<<<<<<<<
 *     int __Pyx_CheckUnpickleChecksum(long, long, long, long, const char*) except -1
*/
  __pyx_t_2 = __Pyx_CyFunction_New(&__pyx_mdef_6bmixed_9__pyx_unpickle_Other, 0, NULL); if (unlikely(!__pyx_t_2)) __PYX_ERR(1, 1, __pyx_L1_error)
  if (PyDict_SetItem(__pyx_mstate_global->__pyx_d, __pyx_mstate_global->__pyx_n_u_pyx_unpickle_Other, __pyx_t_2) < (0)) __PYX_ERR(1, 1, __pyx_L1_error)

  /* "(tree fragment)":4
 *     int __Pyx_UpdateUnpickledDict(object, object, Py_ssize_t) except -1
 * def __pyx_unpickle_Counter(__pyx_type, long __pyx_checksum, tuple __pyx_state):             # <<<<<<<<<<<<<<
*/
  __pyx_t_2 = __Pyx_CyFunction_New(&__pyx_mdef_6bmixed_7__pyx_unpickle_Counter, 0, NULL); if (unlikely(!__pyx_t_2)) __PYX_ERR(1, 4, __pyx_L1_error)
  if (PyDict_SetItem(__pyx_mstate_global->__pyx_d, __pyx_mstate_global->__pyx_n_u_pyx_unpickle_Counter, __pyx_t_2) < (0)) __PYX_ERR(1, 4, __pyx_L1_error)
  __Pyx_DECREF(__pyx_t_2); __pyx_t_2 = 0;

  /*--- Wrapped vars code ---*/

  goto __pyx_L0;
  __pyx_L1_error:;
  return -1;
  __pyx_L0:;
  return 0;

}
"#;

    /// The identifiers left outside comments.
    fn code_idents(text: &str) -> Vec<&str> {
        let mut v = Vec::new();
        crate::parse::for_each_code_ident(text, |s, e| v.push(&text[s..e]));
        v
    }

    #[test]
    fn drops_every_piece_of_pickle_support() {
        let mut text = INPUT.to_string();
        let dropped = drop_pickle(&mut text, &mut StringConstantUses::default());
        assert_eq!(text.len(), INPUT.len(), "offsets are kept");
        assert_eq!(
            text.lines().count(),
            INPUT.lines().count(),
            "lines are kept"
        );
        for id in code_idents(&text) {
            assert!(!is_pickle_c_name(id), "{id} left in:\n{text}");
        }
        assert!(!text.contains("__Pyx_setup_reduce"), "{text}");
        assert_eq!(
            text.matches("proto */").count(),
            1,
            "only inc's prototype:\n{text}"
        );
        assert!(!text.contains("{\"__reduce_cython__\""), "{text}");
        assert!(!text.contains("__pyx_n_u_pyx_unpickle_Counter"), "{text}");
        assert!(!text.contains("__pyx_n_u_pyx_unpickle_Other"), "{text}");
        assert!(!text.contains("__pyx_k_count"), "{text}");
        // 2 prototypes, the wrapper's prototype, descriptor and definition, a table entry,
        // the setup_reduce call, three module-body segments, the orphaned string constant.
        assert_eq!(dropped, 11);
    }

    #[test]
    fn unused_cached_constants_are_dropped_and_used_ones_kept() {
        let src = "typedef struct {\n    __Pyx_CachedCFunction __pyx_umethod_PyDict_Type_items;\n    __Pyx_CachedCFunction __pyx_umethod_PyDict_Type_pop;\n    PyObject *__pyx_number_tab[1];\n} S;\n#define __pyx_int_5 __pyx_number_tab[0]\nstatic int f(S *__pyx_mstate) {\n  __pyx_mstate->__pyx_umethod_PyDict_Type_items.type = (PyObject*)&PyDict_Type;\n  __pyx_mstate->__pyx_umethod_PyDict_Type_items.method_name = &__pyx_mstate->__pyx_n_u_items;\n  __pyx_mstate->__pyx_umethod_PyDict_Type_pop.type = (PyObject*)&PyDict_Type;\n  {\n    PyObject **numbertab = __pyx_mstate->__pyx_number_tab + 0;\n    int32_t const c[] = {5L};\n    for (int i = 0; i < 1; i++) { numbertab[i] = PyLong_FromLong(c[i]); }\n  }\n  return 0;\n}\nstatic PyObject *g(void) { return __Pyx_CallUnboundCMethod0(&__pyx_mstate_global->__pyx_umethod_PyDict_Type_pop, d); }\n";
        let mut text = src.to_string();
        drop_unused_cached_constants(&mut text);
        assert_eq!(text.len(), src.len());
        assert!(!text.contains("__pyx_umethod_PyDict_Type_items"), "{text}");
        assert_eq!(
            text.matches("__pyx_umethod_PyDict_Type_pop").count(),
            3,
            "{text}"
        );
        assert!(!text.contains("numbertab"), "{text}");
        // A used number constant keeps the table's filling.
        let used = src.replace("return 0;", "return __pyx_mstate->__pyx_int_5 != 0;");
        let mut text = used.clone();
        drop_unused_cached_constants(&mut text);
        assert!(text.contains("numbertab[i] = PyLong_FromLong"), "{text}");
    }

    #[test]
    fn each_block_of_the_number_tables_filling_goes_with_its_own_constants() {
        let src = "#define __pyx_float_2_5 __pyx_number_tab[0]\n\
                   #define __pyx_int_0 __pyx_number_tab[1]\n\
                   #define __pyx_int_7 __pyx_number_tab[2]\n\
                   static int f(S *__pyx_mstate) {\n  {\n    PyObject **numbertab = __pyx_mstate->__pyx_number_tab;\n    \
                   double const c_constants[] = {2.5};\n    for (int i = 0; i < 1; i++) {\n      \
                   numbertab[i] = PyFloat_FromDouble(c_constants[i]);\n    }\n  }\n  {\n    \
                   PyObject **numbertab = __pyx_mstate->__pyx_number_tab + 1;\n    \
                   int8_t const cint_constants_1[] = {0, 7};\n    for (int i = 0; i < 2; i++) {\n      \
                   numbertab[i] = PyLong_FromLong(cint_constants_1[i]);\n    }\n  }\n  return 0;\n}\n\
                   static PyObject *g(void) { return __pyx_mstate_global->__pyx_float_2_5; }\n";
        let mut text = src.to_string();
        drop_unused_cached_constants(&mut text);
        assert!(text.contains("PyFloat_FromDouble"), "{text}");
        assert!(!text.contains("PyLong_FromLong"), "{text}");
        // A read of one int keeps its block.
        let mut text = src.replace("__pyx_float_2_5; }", "__pyx_int_7; }");
        drop_unused_cached_constants(&mut text);
        assert!(!text.contains("PyFloat_FromDouble"), "{text}");
        assert!(text.contains("PyLong_FromLong"), "{text}");
    }

    #[test]
    fn keeps_everything_else() {
        let mut text = INPUT.to_string();
        drop_pickle(&mut text, &mut StringConstantUses::default());
        for kept in [
            "static PyObject *__pyx_pf_6bmixed_7Counter_2inc(",
            "static const char __pyx_k_doc[] = \"Module doc.\";",
            "static int keep_me(void) {\n  return 1;\n}",
            "{\"inc\", ",
            "{0, 0, 0, 0}",
            "static int __pyx_pymod_exec_bmixed(PyObject *__pyx_pyinit_module) {",
            "/* \"bmixed.pyx\":31",
            "__pyx_t_2 = __Pyx_CyFunction_New(&__pyx_mdef_6bmixed_7Counter_3inc, 0, NULL);\n",
            "/*--- Wrapped vars code ---*/\n\n  goto __pyx_L0;\n  __pyx_L1_error:;\n  return -1;\n  __pyx_L0:;\n  return 0;\n",
        ] {
            assert!(text.contains(kept), "lost {kept:?}:\n{text}");
        }
    }

    #[test]
    fn a_module_without_pickle_support_is_unchanged() {
        let input = "static int f(void) {\n  return 0;\n}\n";
        let mut text = input.to_string();
        assert_eq!(
            drop_pickle(&mut text, &mut StringConstantUses::default()),
            0
        );
        assert_eq!(text, input);
    }

    #[test]
    fn truncated_input_ends_the_declaration_at_the_end_of_text() {
        let input = "static PyObject *__pyx_pw_3mod_1__reduce_cython__(PyObject *a) {\n  f(\"}";
        let mut text = input.to_string();
        assert_eq!(
            drop_pickle(&mut text, &mut StringConstantUses::default()),
            1
        );
        assert!(text.trim().is_empty());
    }
}
