//! Stage 3h, traceback entries. Every Python-visible function Cython writes ends in an error
//! label that adds the function's frame to the exception's traceback:
//! `__Pyx_AddTraceback("mod.func", __pyx_clineno, __pyx_lineno, __pyx_filename)`, where each
//! place that can fail first records where it is (`__PYX_ERR(file, line, label)`, which sets all
//! three variables and jumps). The position is then three values per failing place, and GCC sets
//! up the call's arguments in each of those places: about 8 bytes of code each on a Cortex-M4,
//! and a module has hundreds of them (a `def` wrapper five on average).
//!
//! In a function whose places all name the same source file (`__pyx_f[K]`; nearly all do, since a
//! module is one `.pyx`) and that sets the position variables nowhere else (a save and restore
//! through temporaries around an `except` or `finally` clause aside: `is_restore`), the file is
//! known from the line: `__pyx_f[K]` once a place was reached, NULL before. The C line is always
//! 0 here (the runtime ignores it). So the call becomes `__pyx_traceback_K(".func",
//! __pyx_lineno)`, a function of the module defined right after its file table, and each failing
//! place sets one value: 4 bytes of code each (bmixed: 2102 to 2058 bytes on a Cortex-M4, the
//! helper included; see docs/performance.md). The function's name loses the module's name
//! before it (`"mod.Class.method"` becomes `".Class.method"`), which the helper passes once to
//! `cy_Pyx_AddTracebackIn` to join them: one copy of the module's name instead of one per
//! function. Names of another form (`"genexpr"`, `"init mod"`) pass whole.
//!
//! Works on the pruned text before parsing, after the stages that compare functions with
//! Cython's layout (which includes this call); the call is rewritten in place, padded with
//! spaces, so offsets stay. The helpers are a structural replacement of the file table's
//! declaration (`Tracebacks::replacement`); the module stage's exec epilogue, which replaces the
//! exec function's call, names the same helper (`helper_named`, `call_helper`).

use crate::load::find_str;
use std::collections::BTreeSet;

const CALL: &str = "__Pyx_AddTraceback(";
const POSITION_ARGS: &str = ", __pyx_clineno, __pyx_lineno, __pyx_filename)";
const FILE_TABLE: &str = "static const char* const __pyx_f[] = {";
const FILENAME_DECL: &str = "const char *__pyx_filename = NULL;";
const LINENO_DECL: &str = "int __pyx_lineno = 0;";
/// Cython's macros that record a failing place (`__PYX_ERR(file, line, label)`,
/// `__PYX_MARK_ERR_POS(file, line)`).
const PLACE_MACROS: [&str; 2] = ["__PYX_ERR(", "__PYX_MARK_ERR_POS("];

/// What the stage did: where the file table's declaration is, and which of its entries have a
/// traceback helper to define after it.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct Tracebacks {
    pub table: Option<(usize, usize)>,
    pub files: BTreeSet<usize>,
    /// The module's dotted name, which the helpers join to the names relative to it.
    pub module: String,
}

impl Tracebacks {
    /// The file table's declaration followed by the helpers the rewritten calls name, as a
    /// structural replacement of that declaration; None when no call was rewritten.
    pub fn replacement(&self, text: &str) -> Option<(usize, usize, String)> {
        let (start, end) = self.table?;
        if self.files.is_empty() {
            return None;
        }
        let mut out = text[start..end].to_string();
        for k in &self.files {
            out.push_str(&format!(
                "\n/* The traceback entry of a function whose failing places all name __pyx_f[{k}] (cython2upy) */\n\
                 static CYTHON_UNUSED void __pyx_traceback_{k}(const char *funcname, int lineno) {{\n    \
                 cy_Pyx_AddTracebackIn(\"{}\", funcname, lineno, lineno > 0 ? __pyx_f[{k}] : NULL);\n}}",
                self.module
            ));
        }
        Some((start, end, out))
    }
}

/// Rewrite the traceback call of every function whose failing places all name one file (see the
/// module's documentation). Returns what the helpers need.
pub fn one_file_tracebacks(text: &mut String, module: &str) -> Tracebacks {
    let mut result = Tracebacks {
        table: find_str(text, 0, FILE_TABLE)
            .and_then(|s| find_str(text, s, "};").map(|e| (s, e + 2))),
        files: BTreeSet::new(),
        module: module.to_string(),
    };
    if result.table.is_none() {
        return result;
    }
    let mut edits = Vec::new();
    let mut last: Option<((usize, usize), Option<usize>)> = None;
    let mut from = 0;
    while let Some(at) = find_str(text, from, CALL) {
        from = at + CALL.len();
        let Some(end) = position_call_end(text, from) else {
            continue;
        };
        // A function often has two such calls (its argument parsing's and its body's error
        // labels): the one before is in the same function when no closing `}` line is between.
        let function = match last {
            Some((range, file)) if at < range.1 => (range, file),
            _ => {
                let range = function_around(text, at);
                (range, single_file(&text[range.0..range.1]))
            }
        };
        last = Some(function);
        let Some(k) = function.1 else {
            continue;
        };
        let mut call = helper_call(&text[from..end - POSITION_ARGS.len()], k, module);
        // The statement's `;` follows the call, so that the padding is at the line's end.
        let end = if text[end..].starts_with(';') {
            call.push(';');
            end + 1
        } else {
            end
        };
        let width = end - at;
        if call.len() > width {
            continue;
        }
        call.push_str(&" ".repeat(width - call.len()));
        edits.push((at, call));
        result.files.insert(k);
    }
    for (at, call) in edits {
        text.replace_range(at..at + call.len(), &call);
    }
    result
}

/// The call of the helper of file `k` for the function named by the string literal `name`, the
/// name relative to `module` when it starts with the module's name and a dot.
fn helper_call(name: &str, k: usize, module: &str) -> String {
    let name = match name.strip_prefix('"').and_then(|n| n.strip_prefix(module)) {
        Some(rest) if rest.starts_with('.') && rest.len() > 2 => format!("\"{rest}"),
        _ => name.to_string(),
    };
    format!("__pyx_traceback_{k}({name}, __pyx_lineno)")
}

/// The file index of the helper that a call this stage wrote in `text` names, if any.
pub fn helper_named(text: &str) -> Option<usize> {
    const PREFIX: &str = "__pyx_traceback_";
    let at = find_str(text, 0, PREFIX)? + PREFIX.len();
    let digits = text[at..].find(|c: char| !c.is_ascii_digit())?;
    text[at..at + digits].parse().ok()
}

/// `text` (a template of the module stage) with each traceback call that names the position
/// variables calling the helper of file `k` instead: the exec function's epilogue, which
/// replaces the one this stage rewrote.
pub fn call_helper(text: &str, k: usize, module: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut last = 0;
    let mut from = 0;
    while let Some(at) = find_str(text, from, CALL) {
        from = at + CALL.len();
        if let Some(end) = position_call_end(text, from) {
            out.push_str(&text[last..at]);
            out.push_str(&helper_call(
                &text[from..end - POSITION_ARGS.len()],
                k,
                module,
            ));
            last = end;
        }
    }
    out.push_str(&text[last..]);
    out
}

/// The end of a traceback call whose arguments, after the function's name (a string literal
/// starting at `from`), are exactly the three position variables.
fn position_call_end(text: &str, from: usize) -> Option<usize> {
    let rest = text.get(from..)?;
    let body = rest.strip_prefix('"')?;
    let close = body.find(['"', '\\', '\n'])?;
    if !body[close..].starts_with('"') {
        return None;
    }
    let after = from + 1 + close + 1;
    text[after..]
        .starts_with(POSITION_ARGS)
        .then_some(after + POSITION_ARGS.len())
}

/// The top-level definition holding `at`: from the line after the previous closing `}` at the
/// start of a line to the next one (Cython indents every line inside a function).
fn function_around(text: &str, at: usize) -> (usize, usize) {
    // Backwards by `memrchr`: what lies before a function may be long blanked stretches.
    let b = text.as_bytes();
    let mut start = 0;
    let mut before = at;
    while let Some(p) = memchr::memrchr(b'}', &b[..before]) {
        if p > 0 && b[p - 1] == b'\n' && b.get(p + 1) == Some(&b'\n') {
            start = p + 2;
            break;
        }
        before = p;
    }
    let end = find_str(text, at, "\n}\n").map_or(text.len(), |p| p + 2);
    (start, end)
}

/// The one file index that every failing place of the function names, when the position
/// variables are declared once and set nowhere but at those places (each of them with a line
/// of at least 1).
fn single_file(function: &str) -> Option<usize> {
    if count(function, FILENAME_DECL) != 1 || count(function, LINENO_DECL) != 1 {
        return None;
    }
    for var in ["__pyx_filename", "__pyx_lineno"] {
        let mut from = 0;
        while let Some(p) = find_str(function, from, var) {
            from = p + var.len();
            let declared =
                function[..p].ends_with("const char *") || function[..p].ends_with("int ");
            if function[..p].ends_with('&')
                || !declared && is_written(function, p, from) && !is_restore(function, from, var)
            {
                return None;
            }
        }
    }
    let mut file = None;
    for mac in PLACE_MACROS {
        let mut from = 0;
        while let Some(p) = find_str(function, from, mac) {
            from = p + mac.len();
            let (k, line) = place_args(&function[from..])?;
            if line < 1 || file.is_some_and(|f| f != k) {
                return None;
            }
            file = Some(k);
        }
    }
    file
}

/// Is the assignment to `var` that follows `at` (` = __pyx_t_N;`) the restore of a value the
/// function saved from `var` itself? Around the code of an `except` or `finally` clause Cython
/// saves the position in temporaries and restores it at the clause's end (`__pyx_t_5 =
/// __pyx_lineno; ...` and `__pyx_lineno = __pyx_t_5; ...`), in one block entered at its top;
/// the temporary may hold other values before the save (Cython reuses it). The restored value
/// is one the variable had, so the file still follows from the line, when the temporary's last
/// write before the restore is that save and its address is never taken.
fn is_restore(function: &str, at: usize, var: &str) -> bool {
    let rest = function[at..].trim_start_matches(' ');
    let Some(value) = rest.strip_prefix('=') else {
        return false;
    };
    let value = value.trim_start_matches(' ');
    let len = value
        .find(|c: char| !(c.is_ascii_alphanumeric() || c == '_'))
        .unwrap_or(value.len());
    let temp = &value[..len];
    if !temp.starts_with("__pyx_t_") || !value[len..].starts_with(';') {
        return false;
    }
    let save = format!("{temp} = {var};");
    let mut last_write_is_save = false;
    let mut from = 0;
    while let Some(p) = find_str(function, from, temp) {
        from = p + temp.len();
        let ident = |c: char| c.is_ascii_alphanumeric() || c == '_';
        if function[..p].ends_with(ident) || function[from..].starts_with(ident) {
            continue;
        }
        if function[..p].ends_with('&') {
            return false;
        }
        if p < at && is_written(function, p, from) {
            last_write_is_save = function[p..].starts_with(&save);
        }
    }
    last_write_is_save
}

/// Is the name at `start..end` the target of an assignment (`x = ...`, `x += ...`, `x++`)?
fn is_written(text: &str, start: usize, end: usize) -> bool {
    let after = text[end..].trim_start_matches(' ').as_bytes();
    let before = text[..start].trim_end_matches(' ').as_bytes();
    match after {
        [b'=', b'=', ..] => false,
        [b'=', ..] | [b'+' | b'-', b'+' | b'-', ..] => true,
        [op, b'=', ..] if b"+-*/%&|^".contains(op) => true,
        _ => before.ends_with(b"++") || before.ends_with(b"--"),
    }
}

/// The file index and line of a failing place's macro arguments (`0, 12, __pyx_L1_error)` or
/// `0, 12)`), both integer literals.
fn place_args(args: &str) -> Option<(usize, i64)> {
    let mut parts = args.splitn(3, [',', ')']);
    let k = parts.next()?.trim().parse().ok()?;
    let line = parts.next()?.trim().parse().ok()?;
    Some((k, line))
}

fn count(text: &str, needle: &str) -> usize {
    let mut n = 0;
    let mut from = 0;
    while let Some(p) = find_str(text, from, needle) {
        n += 1;
        from = p + needle.len();
    }
    n
}

#[cfg(test)]
mod tests {
    use super::*;

    const TABLE: &str = "static const char* const __pyx_f[] = {\n  \"m.pyx\",\n  \"m.pxi\",\n};\n";

    fn function(name: &str, body: &str) -> String {
        format!(
            "static PyObject *{name}(void) {{\n  PyObject *r = NULL;\n  int __pyx_lineno = 0;\n  \
             const char *__pyx_filename = NULL;\n  int __pyx_clineno = 0;\n{body}\n  return r;\n  \
             __pyx_L1_error:;\n  __Pyx_AddTraceback(\"m.{name}\", __pyx_clineno, __pyx_lineno, __pyx_filename);\n  \
             return NULL;\n}}\n"
        )
    }

    fn run(src: &str) -> (String, Tracebacks) {
        let mut text = src.to_string();
        let t = one_file_tracebacks(&mut text, "m");
        assert_eq!(text.len(), src.len(), "offsets stay");
        (text, t)
    }

    #[test]
    fn one_file_functions_call_the_helper() {
        let src = format!(
            "{TABLE}{}{}",
            function(
                "f",
                "  r = g(); if (!r) __PYX_ERR(0, 3, __pyx_L1_error)\n  __PYX_MARK_ERR_POS(0, 4)"
            ),
            function("h", "  r = g(); if (!r) __PYX_ERR(1, 7, __pyx_L1_error)")
        );
        let (text, t) = run(&src);
        assert!(text.contains("__pyx_traceback_0(\".f\", __pyx_lineno); "));
        assert!(text.contains("__pyx_traceback_1(\".h\", __pyx_lineno); "));
        assert!(!text.contains("__Pyx_AddTraceback"));
        assert_eq!(t.files, BTreeSet::from([0, 1]));
        let (s, e, helpers) = t.replacement(&text).expect("helpers");
        assert_eq!(&text[s..e], TABLE.trim_end());
        assert!(helpers.starts_with(TABLE.trim_end()));
        assert!(helpers.contains(
            "static CYTHON_UNUSED void __pyx_traceback_1(const char *funcname, int lineno)"
        ));
        assert!(helpers.contains("cy_Pyx_AddTracebackIn(\"m\", funcname, lineno,"));
        assert!(helpers.contains("lineno > 0 ? __pyx_f[1] : NULL"));
    }

    #[test]
    fn functions_that_name_two_files_or_set_the_position_otherwise_are_left() {
        let cases = [
            "  __PYX_ERR(0, 3, __pyx_L1_error)\n  __PYX_ERR(1, 9, __pyx_L1_error)",
            // a temporary restored that holds something other than the saved position
            "  __PYX_ERR(0, 3, __pyx_L1_error)\n  __pyx_t_1 = __pyx_lineno; __pyx_t_1 = 7; __pyx_lineno = __pyx_t_1;",
            "  __PYX_ERR(0, 3, __pyx_L1_error)\n  __pyx_lineno = __pyx_t_1; __pyx_t_1 = __pyx_lineno;",
            "  __PYX_ERR(0, 3, __pyx_L1_error)\n  __pyx_filename = __pyx_t_2;",
            "  __PYX_ERR(0, 3, __pyx_L1_error)\n  __pyx_t_2 = __pyx_lineno; __pyx_filename = __pyx_t_2;",
            "  __PYX_ERR(0, 3, __pyx_L1_error)\n  __pyx_t_2 = __pyx_filename; g(&__pyx_t_2); __pyx_filename = __pyx_t_2;",
            "  __PYX_ERR(0, 3, __pyx_L1_error)\n  set_pos(&__pyx_lineno);",
            "  __PYX_ERR(0, 3, __pyx_L1_error)\n  __pyx_lineno++;",
            // a line that is not a literal, and no failing place at all
            "  __PYX_ERR(0, N, __pyx_L1_error)",
            "  r = g();",
        ];
        for body in cases {
            let src = format!("{TABLE}{}", function("f", body));
            let (text, t) = run(&src);
            assert_eq!(text, src, "{body}");
            assert_eq!(t.replacement(&text), None, "{body}");
        }
    }

    #[test]
    fn other_traceback_calls_and_files_without_a_table_are_left() {
        let src = format!(
            "{TABLE}{}",
            function("f", "  __PYX_ERR(0, 3, __pyx_L1_error)").replace(
                "__pyx_clineno, __pyx_lineno, __pyx_filename",
                "0, 5, \"x.pyx\""
            )
        );
        assert_eq!(run(&src).0, src);
        let src = function("f", "  __PYX_ERR(0, 3, __pyx_L1_error)");
        let (text, t) = run(&src);
        assert_eq!(text, src);
        assert_eq!((t.table, t.files), (None, BTreeSet::new()));
    }

    #[test]
    fn a_position_saved_and_restored_around_an_except_clause_keeps_the_file() {
        let body = "  __pyx_t_5 = g(); __pyx_t_11 = \"x\";\n  __PYX_ERR(0, 3, __pyx_L1_error)\n  \
                    __pyx_t_5 = __pyx_lineno; __pyx_t_10 = __pyx_clineno; __pyx_t_11 = __pyx_filename;\n  \
                    __pyx_t_1 = 4; __pyx_t_51 = 2;\n  \
                    __pyx_lineno = __pyx_t_5; __pyx_clineno = __pyx_t_10; __pyx_filename = __pyx_t_11;";
        let src = format!("{TABLE}{}", function("f", body));
        assert!(run(&src)
            .0
            .contains("__pyx_traceback_0(\".f\", __pyx_lineno);"));
    }

    #[test]
    fn a_template_calls_the_helper_the_stage_named() {
        let (text, _) = run(&format!(
            "{TABLE}{}",
            function("f", "  __PYX_ERR(0, 3, __pyx_L1_error)")
        ));
        assert_eq!(helper_named(&text), Some(0));
        assert_eq!(helper_named(TABLE), None);
        let template = "  if (ok) {\n    __Pyx_AddTraceback(\"init m\", __pyx_clineno, __pyx_lineno, __pyx_filename);\n  }";
        assert_eq!(
            call_helper(template, 1, "m"),
            "  if (ok) {\n    __pyx_traceback_1(\"init m\", __pyx_lineno);\n  }"
        );
    }

    #[test]
    fn names_relative_to_the_module_only_when_they_start_with_it() {
        assert_eq!(
            helper_call("\"pkg.mod.C.f\"", 0, "pkg.mod"),
            "__pyx_traceback_0(\".C.f\", __pyx_lineno)"
        );
        for whole in [
            "\"genexpr\"",
            "\"init pkg.mod\"",
            "\"pkg.modx.f\"",
            "\"pkg.mod.\"",
        ] {
            assert_eq!(
                helper_call(whole, 0, "pkg.mod"),
                format!("__pyx_traceback_0({whole}, __pyx_lineno)")
            );
        }
    }

    #[test]
    fn reads_of_the_position_are_not_writes() {
        let body = "  __PYX_ERR(0, 3, __pyx_L1_error)\n  \
                    __Pyx_WriteUnraisable(\"m.f\", __pyx_clineno, __pyx_lineno, __pyx_filename, 1, 0);\n  \
                    if (__pyx_lineno == 3) r = NULL;";
        let src = format!("{TABLE}{}", function("f", body));
        assert!(run(&src)
            .0
            .contains("__pyx_traceback_0(\".f\", __pyx_lineno)"));
    }
}
