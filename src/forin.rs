//! Stage 3g, `for x in obj:` over an untyped object. Cython writes the loop inline
//! (Cython/Compiler/ExprNodes.py, `IteratorNode`): a prologue that keeps a list or tuple as it is
//! (index 0, no `next` function) and takes anything else's iterator and its `tp_iternext`, and at
//! the loop's head an item read by index from the list or the tuple, its length re-read at every
//! step, or the next item of the iterator, with StopIteration ending the loop and any other
//! exception propagating. About 250 bytes of code per loop on a Cortex-M4, in every module that
//! loops over an object.
//!
//! This stage recognises both parts token for token as Cython 3.3.1 writes them for the target
//! profile and replaces them with calls of the runtime's iteration functions
//! (runtime/c/cy2upy_iter.c), which do the same:
//!
//! ```c
//! SEQ = __Pyx_ForIter_Start(OBJ, &POS); if (unlikely(!SEQ)) __PYX_ERR(...)
//! for (;;) {
//!   ITEM = __Pyx_ForIter_Next(SEQ, &POS);
//!   if (unlikely(!ITEM)) {
//!   if (unlikely(PyErr_Occurred())) __PYX_ERR(...)
//!   break;
//!   }
//! ```
//!
//! `POS` is Cython's own index temporary: the index into a list or tuple, -1 for an iterator.
//! Cython's `next` function temporary is then set to NULL (and cast to void) where the function
//! still names it (a generator saves its temporaries across a `yield`), and its declaration goes
//! where nothing does (a variable unused, or set but unused, would fail a `-Werror` build). The `__PYX_ERR` of Cython's code, with
//! its line, stays, so a traceback names the line it named. Any other shape (a loop over a typed
//! list or tuple, `reversed()`, another profile's switches) keeps Cython's code.
//!
//! Works on the pruned text before parsing; the replacement is laid out on the lines it
//! replaces, as the args stage does, so offsets and line numbers stay.

use crate::args::{lay_out, lines_of, matching_close, placements};
use crate::load::{find_str, line_at};
use crate::template::match_template;
use std::collections::HashMap;

/// The loop's prologue, as Cython 3.3.1 writes it (`IteratorNode.generate_result_code`) with the
/// target profile's switches (`CYTHON_COMPILING_IN_LIMITED_API` stays as text in the ternary).
const PROLOGUE: &str = "if (likely(PyList_CheckExact($$OBJ)) || PyTuple_CheckExact($$OBJ)) {
    $SEQ = $$OBJ; __Pyx_INCREF($SEQ);
    $POS = 0;
    $NEXT = NULL;
  } else {
    $POS = -1; $SEQ = PyObject_GetIter($$OBJ); if (unlikely(!$SEQ)) __PYX_ERR($$E)
    __Pyx_GOTREF($SEQ);
    $NEXT = (CYTHON_COMPILING_IN_LIMITED_API) ? PyIter_Next : __Pyx_PyObject_GetIterNextFunc($SEQ); if (unlikely(!$NEXT)) __PYX_ERR($$E)
  }";

/// The loop's head (`IteratorNode.generate_iter_next_result_code`, with
/// `generate_next_sequence_item` for the list and the tuple), as the target profile leaves it:
/// `CYTHON_ASSUME_SAFE_SIZE` off (the size checks stay), `CYTHON_ASSUME_SAFE_MACROS` off (a
/// tuple's item through `__Pyx_PySequence_ITEM`).
const HEAD: &str = "for (;;) {
    if (likely(!$NEXT)) {
      if (likely(PyList_CheckExact($SEQ))) {
        {
          Py_ssize_t __pyx_temp = __Pyx_PyList_GET_SIZE($SEQ);
          if (unlikely((__pyx_temp < 0))) __PYX_ERR($$H)
          if ($POS >= __pyx_temp) break;
        }
        $ITEM = __Pyx_PyList_GET_ITEM_REF($SEQ, $POS, __Pyx_ReferenceSharing_OwnStrongReference);
        ++$POS;
      } else {
        {
          Py_ssize_t __pyx_temp = __Pyx_PyTuple_GET_SIZE($SEQ);
          if (unlikely((__pyx_temp < 0))) __PYX_ERR($$H)
          if ($POS >= __pyx_temp) break;
        }
        $ITEM = __Pyx_PySequence_ITEM($SEQ, $POS);
        ++$POS;
      }
      if (unlikely(!$ITEM)) __PYX_ERR($$H)
    } else {
      $ITEM = $NEXT($SEQ);
      if (unlikely(!$ITEM)) {
        PyObject* exc_type = PyErr_Occurred();
        if (exc_type) {
          if (unlikely(!__Pyx_PyErr_GivenExceptionMatches(exc_type, PyExc_StopIteration))) __PYX_ERR($$H)
          PyErr_Clear();
        }
        break;
      }
    }";

/// What may stand between the prologue and the head: Cython releases a temporary that held the
/// object (`for x in f():`) once the prologue took its own reference.
const RELEASE: &str = "__Pyx_DECREF($X); $X = 0;";

const ANCHOR: &str = "if (likely(PyList_CheckExact(";

/// A recognised loop: the ranges of its prologue and head, what they bound, and the function it
/// is in.
struct Loop {
    prologue: (usize, usize),
    head: (usize, usize),
    bind: HashMap<String, String>,
    function: (usize, usize),
}

/// Replace every recognised loop; returns how many were replaced.
pub fn for_in_loops(text: &mut String) -> usize {
    let mut loops = Vec::new();
    let mut from = 0;
    while let Some(at) = find_str(text, from, ANCHOR) {
        from = at + ANCHOR.len();
        if let Some(l) = recognise(text, at) {
            from = l.head.1;
            loops.push(l);
        }
    }
    if loops.is_empty() {
        return 0;
    }
    // Each loop's replacement, and the declarations of `next` temporaries nothing names now.
    let mut edits: Vec<(usize, usize, String)> = Vec::new();
    let mut blanks: Vec<(usize, usize)> = Vec::new();
    for l in &loops {
        let next = &l.bind["NEXT"];
        let decl = format!("PyObject *(*{next})(PyObject *);");
        let mut decl_line = None;
        let mut named = false;
        crate::parse::for_each_code_ident(&text[l.function.0..l.function.1], |s, e| {
            let (s, e) = (l.function.0 + s, l.function.0 + e);
            if text[s..e] != **next
                || loops.iter().any(|o| {
                    (o.prologue.0..o.prologue.1).contains(&s) || (o.head.0..o.head.1).contains(&s)
                })
            {
                return;
            }
            let (ls, le) = line_at(text, s);
            if text[ls..le].trim() == decl && decl_line.is_none() {
                decl_line = Some((ls, le));
            } else {
                named = true;
            }
        });
        let obj = &tidy(&l.bind["OBJ"]);
        let (seq, pos, item) = (&l.bind["SEQ"], &l.bind["POS"], &l.bind["ITEM"]);
        // `__PYX_ERR(...)` is one token, so that it stays on one line (the parser prelude reads it
        // so).
        let mut prologue = format!(
            "{seq} = __Pyx_ForIter_Start({obj}, &{pos}); if (unlikely(!{seq})) __PYX_ERR({})\n",
            l.bind["E"].replace(' ', "")
        );
        match (named, decl_line) {
            (false, Some(d)) => {
                if !blanks.contains(&d) {
                    blanks.push(d);
                }
            }
            // Named elsewhere (saved across a `yield`), or declared some other way: set, and
            // used, so that no warning about a variable set but unused can fail the build.
            _ => prologue.push_str(&format!("{next} = NULL;\n(void){next};\n")),
        }
        let head = format!(
            "for (;;) {{\n{item} = __Pyx_ForIter_Next({seq}, &{pos});\nif (unlikely(!{item})) {{\nif (unlikely(PyErr_Occurred())) __PYX_ERR({})\nbreak;\n}}\n",
            l.bind["H"].replace(' ', "")
        );
        edits.push((l.prologue.0, l.prologue.1, prologue));
        edits.push((l.head.0, l.head.1, head));
    }
    let mut placed = Vec::new();
    for (s, e, r) in &edits {
        match statement_placements(text, *s, *e, r).or_else(|| placements(text, *s, *e, r)) {
            Some(at) => placed.push(at),
            // Cython's code is far longer than the replacement; should it not fit, nothing
            // changes.
            None => return 0,
        }
    }
    let mut bytes = std::mem::take(text).into_bytes();
    for ((s, e, r), at) in edits.iter().zip(&placed) {
        lay_out(&mut bytes, *s, *e, r, at);
    }
    for &(s, e) in &blanks {
        crate::load::blank(&mut bytes, s, e);
    }
    *text = String::from_utf8(bytes)
        .unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned());
    loops.len()
}

/// Where `replacement`'s tokens go on the lines of `text[start..end]` when each of its lines (a
/// statement) fits whole on a line of its own at that line's indentation (the first at `start`):
/// the output then reads as C written by hand. None when they do not all fit (`placements` then
/// spreads their tokens).
fn statement_placements(
    text: &str,
    start: usize,
    end: usize,
    replacement: &str,
) -> Option<Vec<usize>> {
    let lines: Vec<(usize, usize)> = lines_of(text, start, end)
        .map(|(s, line)| {
            let indent = if s == start {
                0
            } else {
                line.len() - line.trim_start().len()
            };
            (s + indent, s + line.trim_end().len())
        })
        .collect();
    let mut out = Vec::new();
    let mut li = 0;
    for stmt in replacement.lines() {
        let len = stmt
            .split_whitespace()
            .map(|t| t.len() + 1)
            .sum::<usize>()
            .saturating_sub(1);
        while lines.get(li).is_some_and(|&(ls, le)| ls + len > le) {
            li += 1;
        }
        let (mut at, _) = *lines.get(li)?;
        for tok in stmt.split_whitespace() {
            out.push(at);
            at += tok.len() + 1;
        }
        li += 1;
    }
    Some(out)
}

/// A balanced run of tokens as `match_template` binds it (joined by spaces) written as C is:
/// a space between two words and after a comma only.
fn tidy(run: &str) -> String {
    let word = |t: &str| t.bytes().all(|c| c.is_ascii_alphanumeric() || c == b'_');
    let mut out = String::new();
    let mut prev = "";
    for t in run.split(' ') {
        if (word(prev) && word(t) && !prev.is_empty()) || prev == "," {
            out.push(' ');
        }
        out.push_str(t);
        prev = t;
    }
    out
}

/// The loop whose prologue starts at `at`, when both parts are Cython's.
fn recognise(text: &str, at: usize) -> Option<Loop> {
    let if_open = at + find_str(text, at, "{")?.checked_sub(at)?;
    // The `if` line holds the whole condition.
    if text[at..if_open].contains('\n') {
        return None;
    }
    let prologue_end = if_else_end(text, if_open)?;
    let mut bind = HashMap::new();
    match_template(&text[at..prologue_end], PROLOGUE, &mut bind)?;

    // Between the prologue and the head: nothing, or the release of the object's temporary.
    let mut for_at = skip_blank(text, prologue_end);
    if !text[for_at..].starts_with("for (;;) {") {
        let (_, line_end) = line_at(text, for_at);
        let mut release = HashMap::new();
        match_template(&text[for_at..line_end], RELEASE, &mut release)?;
        if release.get("X") != bind.get("OBJ") {
            return None;
        }
        for_at = skip_blank(text, line_end);
        if !text[for_at..].starts_with("for (;;) {") {
            return None;
        }
    }
    let body_open = for_at + "for (;;) ".len();
    let inner_if = skip_blank(text, body_open + 1);
    let inner_open = inner_if + find_str(text, inner_if, "{")?.checked_sub(inner_if)?;
    let head_end = if_else_end(text, inner_open)?;
    match_template(&text[for_at..head_end], HEAD, &mut bind)?;
    Some(Loop {
        prologue: (at, prologue_end),
        head: (for_at, head_end),
        function: function_around(text, at, head_end)?,
        bind,
    })
}

/// The end of an `if (...) {...} else {...}` whose `if` block opens at `if_open`: after the
/// `else` block's closing brace.
fn if_else_end(text: &str, if_open: usize) -> Option<usize> {
    let else_at = skip_blank(text, matching_close(text, if_open, 0)?);
    if !text[else_at..].starts_with("else") {
        return None;
    }
    let else_open = skip_blank(text, else_at + 4);
    if text.as_bytes().get(else_open) != Some(&b'{') {
        return None;
    }
    matching_close(text, else_open, 0)
}

/// Skip white space, comments and preprocessor lines (blanked or not) from `i`.
fn skip_blank(text: &str, mut i: usize) -> usize {
    let b = text.as_bytes();
    loop {
        while i < b.len() && b[i].is_ascii_whitespace() {
            i += 1;
        }
        if b.get(i) == Some(&b'/') && b.get(i + 1) == Some(&b'*') {
            i = match find_str(text, i + 2, "*/") {
                Some(e) => e + 2,
                None => return b.len(),
            };
        } else if b.get(i) == Some(&b'#') {
            while i < b.len() && b[i] != b'\n' {
                i += 1;
            }
        } else {
            return i;
        }
    }
}

/// The function definition around `start..end`: from its first line (at column 0, ending with
/// `{`) to its closing `}` at column 0.
fn function_around(text: &str, start: usize, end: usize) -> Option<(usize, usize)> {
    let mut line_end = line_at(text, start).0;
    let first = loop {
        let s = text[..line_end.checked_sub(1)?]
            .rfind('\n')
            .map_or(0, |p| p + 1);
        let line = &text[s..line_end - 1];
        let c = line.bytes().next();
        if matches!(c, Some(c) if !c.is_ascii_whitespace() && !b"#/*}".contains(&c))
            && line.trim_end().ends_with('{')
        {
            break s;
        }
        line_end = s;
    };
    let close = find_str(text, end, "\n}")?;
    Some((first, close + 2))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Cython 3.3.1's loop in `def total(values): for v in values: s += v`, as the configure
    /// stage leaves it (the dead `#if` branch and the directives blanked).
    pub(crate) const TOTAL: &str = r#"static PyObject *__pyx_pf_6bmixed_4total(CYTHON_UNUSED PyObject *__pyx_self, PyObject *__pyx_v_values) {
  PyObject *__pyx_v_v = NULL;
  PyObject *__pyx_t_1 = NULL;
  Py_ssize_t __pyx_t_2;
  PyObject *(*__pyx_t_3)(PyObject *);
  PyObject *__pyx_t_4 = NULL;
  if (likely(PyList_CheckExact(__pyx_v_values)) || PyTuple_CheckExact(__pyx_v_values)) {
    __pyx_t_1 = __pyx_v_values; __Pyx_INCREF(__pyx_t_1);
    __pyx_t_2 = 0;
    __pyx_t_3 = NULL;
  } else {
    __pyx_t_2 = -1; __pyx_t_1 = PyObject_GetIter(__pyx_v_values); if (unlikely(!__pyx_t_1)) __PYX_ERR(0, 20, __pyx_L1_error)
    __Pyx_GOTREF(__pyx_t_1);
    __pyx_t_3 = (CYTHON_COMPILING_IN_LIMITED_API) ? PyIter_Next : __Pyx_PyObject_GetIterNextFunc(__pyx_t_1); if (unlikely(!__pyx_t_3)) __PYX_ERR(0, 20, __pyx_L1_error)
  }
  for (;;) {
    if (likely(!__pyx_t_3)) {
      if (likely(PyList_CheckExact(__pyx_t_1))) {
        {
          Py_ssize_t __pyx_temp = __Pyx_PyList_GET_SIZE(__pyx_t_1);
                                        
          if (unlikely((__pyx_temp < 0))) __PYX_ERR(0, 20, __pyx_L1_error)
                
          if (__pyx_t_2 >= __pyx_temp) break;
        }
        __pyx_t_4 = __Pyx_PyList_GET_ITEM_REF(__pyx_t_1, __pyx_t_2, __Pyx_ReferenceSharing_OwnStrongReference);
        ++__pyx_t_2;
      } else {
        {
          Py_ssize_t __pyx_temp = __Pyx_PyTuple_GET_SIZE(__pyx_t_1);
                                        
          if (unlikely((__pyx_temp < 0))) __PYX_ERR(0, 20, __pyx_L1_error)
                
          if (__pyx_t_2 >= __pyx_temp) break;
        }
        __pyx_t_4 = __Pyx_PySequence_ITEM(__pyx_t_1, __pyx_t_2);
        ++__pyx_t_2;
      }
      if (unlikely(!__pyx_t_4)) __PYX_ERR(0, 20, __pyx_L1_error)
    } else {
      __pyx_t_4 = __pyx_t_3(__pyx_t_1);
      if (unlikely(!__pyx_t_4)) {
        PyObject* exc_type = PyErr_Occurred();
        if (exc_type) {
          if (unlikely(!__Pyx_PyErr_GivenExceptionMatches(exc_type, PyExc_StopIteration))) __PYX_ERR(0, 20, __pyx_L1_error)
          PyErr_Clear();
        }
        break;
      }
    }
    __Pyx_GOTREF(__pyx_t_4);
    __Pyx_XDECREF_SET(__pyx_v_v, __pyx_t_4);
    __pyx_t_4 = 0;
  }
  __Pyx_DECREF(__pyx_t_1); __pyx_t_1 = 0;
  __pyx_L1_error:;
  return NULL;
}
"#;

    fn squeeze(s: &str) -> String {
        s.split_whitespace().collect::<Vec<_>>().join(" ")
    }

    #[test]
    fn the_loop_over_an_object_becomes_two_calls() {
        let mut t = TOTAL.to_string();
        assert_eq!(for_in_loops(&mut t), 1);
        assert_eq!(t.len(), TOTAL.len());
        assert_eq!(t.lines().count(), TOTAL.lines().count());
        let s = squeeze(&t);
        assert!(s.contains(
            "__pyx_t_1 = __Pyx_ForIter_Start(__pyx_v_values, &__pyx_t_2); if (unlikely(!__pyx_t_1)) __PYX_ERR(0,20,__pyx_L1_error) for (;;) { __pyx_t_4 = __Pyx_ForIter_Next(__pyx_t_1, &__pyx_t_2); if (unlikely(!__pyx_t_4)) { if (unlikely(PyErr_Occurred())) __PYX_ERR(0,20,__pyx_L1_error) break; } __Pyx_GOTREF(__pyx_t_4);"
        ), "{s}");
        // The `next` temporary is named nowhere else: its declaration goes.
        assert!(!t.contains("__pyx_t_3"), "{t}");
        assert!(!t.contains("PyList_CheckExact"));
        // Each statement starts a line of its own.
        assert!(t.lines().any(|l| l.trim() == "break;"));
    }

    #[test]
    fn a_next_temporary_named_elsewhere_is_set_to_null() {
        let src = TOTAL.replace(
            "  __Pyx_DECREF(__pyx_t_1); __pyx_t_1 = 0;\n",
            "  __Pyx_DECREF(__pyx_t_1); __pyx_t_1 = 0;\n  __pyx_cur_scope->__pyx_t_0 = __pyx_t_3;\n",
        );
        let mut t = src.clone();
        assert_eq!(for_in_loops(&mut t), 1);
        assert!(squeeze(&t).contains(
            "__PYX_ERR(0,20,__pyx_L1_error) __pyx_t_3 = NULL; (void)__pyx_t_3; for (;;)"
        ));
        assert!(t.contains("PyObject *(*__pyx_t_3)(PyObject *);"));
    }

    #[test]
    fn a_next_temporary_declared_otherwise_is_set_and_used() {
        let src = TOTAL.replace(
            "PyObject *(*__pyx_t_3)(PyObject *);",
            "PyObject *(*__pyx_t_3)(PyObject *) = NULL;",
        );
        let mut t = src;
        assert_eq!(for_in_loops(&mut t), 1);
        assert!(squeeze(&t).contains("__pyx_t_3 = NULL; (void)__pyx_t_3; for (;;)"));
    }

    #[test]
    fn an_object_in_a_temporary_released_before_the_loop() {
        let src = TOTAL
            .replace("__pyx_v_values)", "__pyx_t_5)")
            .replace("__pyx_t_1 = __pyx_v_values;", "__pyx_t_1 = __pyx_t_5;")
            .replace(
                "  }\n  for (;;) {",
                "  }\n  __Pyx_DECREF(__pyx_t_5); __pyx_t_5 = 0;\n  for (;;) {",
            );
        let mut t = src.clone();
        assert_eq!(for_in_loops(&mut t), 1, "{src}");
        let s = squeeze(&t);
        assert!(s.contains("__Pyx_ForIter_Start(__pyx_t_5, &__pyx_t_2)"));
        assert!(s.contains(
            "__Pyx_DECREF(__pyx_t_5); __pyx_t_5 = 0; for (;;) { __pyx_t_4 = __Pyx_ForIter_Next("
        ));
    }

    #[test]
    fn an_attribute_of_a_closure_scope_is_the_object() {
        let src = TOTAL
            .replace("__pyx_v_values)", "__pyx_cur_scope->__pyx_genexpr_arg_0)")
            .replace(
                "__pyx_t_1 = __pyx_v_values;",
                "__pyx_t_1 = __pyx_cur_scope->__pyx_genexpr_arg_0;",
            );
        let mut t = src;
        assert_eq!(for_in_loops(&mut t), 1);
        assert!(squeeze(&t)
            .contains("__Pyx_ForIter_Start(__pyx_cur_scope->__pyx_genexpr_arg_0, &__pyx_t_2)"));
    }

    #[test]
    fn near_misses_keep_cythons_code() {
        let misses = [
            // Another object in the tuple check.
            TOTAL.replace(
                "PyTuple_CheckExact(__pyx_v_values)",
                "PyTuple_CheckExact(__pyx_v_other)",
            ),
            // The error line of the prologue differs within it.
            TOTAL.replacen(
                "__PYX_ERR(0, 20, __pyx_L1_error)",
                "__PYX_ERR(0, 21, __pyx_L1_error)",
                1,
            ),
            // The profile's safe-size switch on: no size checks.
            TOTAL.replace(
                "          if (unlikely((__pyx_temp < 0))) __PYX_ERR(0, 20, __pyx_L1_error)\n",
                "",
            ),
            // Another temporary for the item in the iterator's branch.
            TOTAL.replace(
                "__pyx_t_4 = __pyx_t_3(__pyx_t_1);",
                "__pyx_t_6 = __pyx_t_3(__pyx_t_1);",
            ),
            // Something else between the prologue and the loop.
            TOTAL.replace("  }\n  for (;;) {", "  }\n  f();\n  for (;;) {"),
            // A reversed loop's index runs down.
            TOTAL.replace("++__pyx_t_2;", "--__pyx_t_2;"),
        ];
        for m in misses {
            let mut t = m.clone();
            assert_eq!(for_in_loops(&mut t), 0, "{m}");
            assert_eq!(t, m);
        }
    }

    #[test]
    fn every_loop_of_a_function_shares_the_declaration() {
        let body_start = TOTAL.find("  if (likely(").unwrap();
        let body_end = TOTAL.find("  __pyx_L1_error:").unwrap();
        let twice = format!(
            "{}{}{}",
            &TOTAL[..body_end],
            &TOTAL[body_start..body_end],
            &TOTAL[body_end..]
        );
        let mut t = twice;
        assert_eq!(for_in_loops(&mut t), 2);
        assert!(!t.contains("__pyx_t_3"));
        assert_eq!(t.matches("__Pyx_ForIter_Next").count(), 2);
    }
}
