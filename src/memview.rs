//! Stage 3c, drop Cython's `View.MemoryView` utility module. A module that uses typed
//! memoryviews gets Cython's whole memoryview implementation compiled into it from the
//! `View.MemoryView` source: the `array`, `Enum`, `memoryview` and `_memoryviewslice` cdef classes
//! (on CPython's buffer protocol, `Py_buffer`, and `PyThread` locks), their type objects, and the
//! statements of the module body that set them up. On MicroPython a typed memoryview is backed by
//! the object's own buffer (`mp_get_buffer`) instead: the runtime fills Cython's slice struct
//! (`cy_Pyx_ValidateAndInit_memviewslice`), and its own types stand for a memoryview as a Python
//! object and for `cython.view.array`, so none of that machinery is needed.
//!
//! This stage removes, by what the file itself says:
//! - every top-level declaration that Cython attributes to `View.MemoryView` (the source comment
//!   before or inside it), in the type declarations and the module code;
//! - the module-level variables of `View.MemoryView` (`rules/sections.toml`, `[memoryview]`);
//! - then, to a fixed point, every declaration outside the module's own code that refers to a
//!   removed name (prototypes, vtables, slots, type specs, per-type init functions);
//! - the `View.MemoryView` segments of function bodies (the module body, cached constants) and
//!   the one-line statements of the init functions that refer to a removed name.
//!
//! What the module's own code calls of the removed module (a memoryview converted to a Python
//! object, copies, `cython.view.array`) is routed by name to the runtime's memoryview types
//! (runtime/c/cy2upy_memview.c); the module state's type fields of `cython.view.array` and
//! `cython.view.memoryview` are rewritten to the runtime's types (`routed_type_fields`). A use
//! of any other removed name is reported by the rewrite stage at its `.pyx` line: the removed
//! names are returned with the block name `View.MemoryView`.
//!
//! Works on the pruned text before parsing; dropped text is blanked, so offsets and line numbers
//! stay those of the input.

use crate::diag::{Code, Diagnostic};
use crate::load::{line_starts, LoadedFile};
use crate::parse::for_each_code_ident;
use crate::pickle::{
    blank_ranges, declaration_end, string_declarations, with_trailing_comment, StringConstantUses,
};
use serde::Deserialize;
use std::collections::{HashMap, HashSet};

#[derive(Debug, Deserialize)]
pub struct MemoryviewPolicy {
    /// The source name Cython gives its memoryview utility module in line comments.
    pub source: String,
    /// Other source names of its Cython-written utility code (`BufferFormatFromTypeInfo`, the
    /// item format of `<double[:n]> p`, which the runtime provides).
    #[serde(default)]
    pub also_sources: Vec<String>,
    /// Module-level variables the utility module declares without a source comment.
    pub globals: Vec<String>,
    /// Types only the utility module uses (its lock pool's temporaries in the module body).
    pub types: Vec<String>,
    /// The module-state fields that hold the utility module's type objects, which are never
    /// created: a use in the module's own code (`cython.view.array(...)`) is an error.
    pub type_fields: Vec<String>,
    /// Those of `type_fields` the runtime has a type for, with the name the module-state access
    /// (`__pyx_mstate_global->__pyx_array_type`) becomes: `cython.view.array` and
    /// `cython.view.memoryview`.
    #[serde(default)]
    pub routed_type_fields: Vec<(String, String)>,
    /// Cython's slice struct of a typed memoryview, which stays (the runtime fills it); a
    /// module-level one is rooted by the module stage.
    pub slice_type: String,
    /// Prefix of the per-type init functions (`__Pyx_modinit_Exttype_<struct name>`).
    pub type_init_prefix: String,
    /// Sections whose declarations are dropped when they refer to a dropped name.
    pub closure_sections: Vec<String>,
    /// Sections whose function bodies lose the utility module's segments and the one-line
    /// statements that refer to a dropped name.
    pub statement_sections: Vec<String>,
}

/// What the stage removed.
#[derive(Debug, Default)]
pub struct Dropped {
    /// Names of removed declarations.
    pub names: HashSet<String>,
    pub pieces: usize,
    /// Uses of the utility module's classes in the module's own code.
    pub diagnostics: Vec<Diagnostic>,
}

struct Decl {
    start: usize,
    end: usize,
    name: String,
    section: usize,
    is_function: bool,
    /// Attributed to the utility module by its source comments.
    from_view: bool,
    /// Attributed to one of the module's own `.pyx` files.
    from_user: bool,
}

/// Remove the memoryview utility module from `text` (the pruned text of `file`).
pub fn drop_memoryview_utility(
    file: &LoadedFile,
    text: &mut String,
    policy: &MemoryviewPolicy,
    routed_to_runtime: &dyn Fn(&str) -> bool,
    uses: &mut StringConstantUses,
) -> Dropped {
    rewrite_is_unsigned(file, text);
    let marker = format!("/* \"{}\":", policy.source);
    if crate::load::find_str(text, 0, &marker).is_none() {
        return Dropped::default();
    }
    let decls = top_level_decls(file, text, &policy.source, &policy.also_sources);
    let section_of = |name: &str| file.sections.iter().position(|s| s.name == name);
    let closure: Vec<usize> = policy
        .closure_sections
        .iter()
        .filter_map(|s| section_of(s))
        .collect();
    let statement: Vec<usize> = policy
        .statement_sections
        .iter()
        .filter_map(|s| section_of(s))
        .collect();

    let mut names: HashSet<String> = policy
        .globals
        .iter()
        .chain(&policy.types)
        .cloned()
        .collect();
    let mut dropped = vec![false; decls.len()];
    for (i, d) in decls.iter().enumerate() {
        if d.from_view || (policy.globals.contains(&d.name) && !d.is_function) {
            dropped[i] = true;
            names.insert(d.name.clone());
        }
    }
    // Per-type init functions of the utility module's classes, and their prototypes.
    let type_init = |n: &str, names: &HashSet<String>| {
        n.strip_prefix(policy.type_init_prefix.as_str())
            .is_some_and(|s| names.contains(s))
    };
    // The names each declaration refers to that can ever be in `names` (a declaration's own
    // name or one the policy lists), by their index in `ids`, each once: an identifier that is
    // none of them is dropped at its lookup instead of sorted with the rest.
    let mut ids: crate::load::IdentMap<&str, usize> = Default::default();
    for n in policy
        .globals
        .iter()
        .chain(&policy.types)
        .chain(decls.iter().map(|d| &d.name))
    {
        let next = ids.len();
        ids.entry(n.as_str()).or_insert(next);
    }
    let own: Vec<usize> = decls.iter().map(|d| ids[d.name.as_str()]).collect();
    let mut named = vec![false; ids.len()];
    for n in &names {
        if let Some(&k) = ids.get(n.as_str()) {
            named[k] = true;
        }
    }
    let refs: Vec<Vec<usize>> = decls
        .iter()
        .map(|d| {
            let mut s = Vec::new();
            let body = &text[d.start..d.end];
            for_each_code_ident(body, |a, b| {
                if let Some(&k) = ids.get(&body[a..b]) {
                    s.push(k);
                }
            });
            s.sort_unstable();
            s.dedup();
            s
        })
        .collect();
    loop {
        let mut changed = false;
        for (i, d) in decls.iter().enumerate() {
            if dropped[i] || d.from_user {
                continue;
            }
            let refers = refs[i].iter().any(|&r| r != own[i] && named[r]);
            // The init functions themselves stay: they lose statements, below.
            let init_function = d.is_function && statement.contains(&d.section);
            let drop = type_init(&d.name, &names)
                || (closure.contains(&d.section) && refers && !init_function)
                || (names.contains(&d.name) && !d.is_function);
            if drop {
                dropped[i] = true;
                names.insert(d.name.clone());
                named[own[i]] = true;
                changed = true;
            }
        }
        if !changed {
            break;
        }
    }
    let mut ranges: Vec<(usize, usize)> = decls
        .iter()
        .zip(&dropped)
        .filter(|(_, d)| **d)
        .map(|(d, _)| (d.start, with_trailing_comment(text, d.end)))
        .collect();

    // Inside the kept functions of the init sections; a statement that names a declaration of the
    // utility module that a rule routes to the runtime (`__pyx_array_new`, `struct
    // __pyx_array_obj`, as a module-level `cdef int[:] v = c_array` uses them) is the module's
    // own and stays (the names the policy lists, such as its lock type, still go).
    let unrouted: HashSet<String> = names
        .iter()
        .filter(|n| policy.types.contains(n) || policy.globals.contains(n) || !routed_to_runtime(n))
        .cloned()
        .collect();
    for (i, d) in decls.iter().enumerate() {
        if dropped[i] || !d.is_function || !statement.contains(&d.section) {
            continue;
        }
        body_ranges(text, d.start, d.end, &marker, &unrouted, &mut ranges);
    }
    // The module's own code that uses the utility module's classes as objects: the runtime's
    // types stand for `cython.view.array` and `cython.view.memoryview`; the other classes are
    // not reachable. The kept init functions hold the module body's code (`class
    // C(cython.view.array)` at module level) beside the utility module's segments, which are
    // blanked.
    let mut diagnostics = Vec::new();
    let mut routed = Vec::new();
    // Is `pos` inside one of `ranges`? Looked up in their union, sorted: the identifiers of
    // every kept init function are asked about.
    let mut union: Vec<(usize, usize)> = Vec::with_capacity(ranges.len());
    let mut sorted = ranges.clone();
    sorted.sort_unstable();
    for (s, e) in sorted {
        match union.last_mut() {
            _ if s >= e => {}
            Some(last) if s <= last.1 => last.1 = last.1.max(e),
            _ => union.push((s, e)),
        }
    }
    let blanked = |pos: usize| {
        let i = union.partition_point(|r| r.0 <= pos);
        i > 0 && pos < union[i - 1].1
    };
    for (i, d) in decls.iter().enumerate() {
        let init_function = d.is_function && statement.contains(&d.section);
        if dropped[i] || !(d.from_user || init_function) {
            continue;
        }
        for_each_code_ident(&text[d.start..d.end], |a, b| {
            if !d.from_user && blanked(d.start + a) {
                return;
            }
            let name = &text[d.start + a..d.start + b];
            if let Some((_, to)) = policy.routed_type_fields.iter().find(|(f, _)| f == name) {
                if let Some(start) = state_access_start(text, d.start + a) {
                    routed.push((start, d.start + b, to.clone()));
                    return;
                }
            }
            if policy.type_fields.iter().any(|f| f == name) {
                diagnostics.push(Diagnostic::error(
                    Code::Memview,
                    format!("Cython's memoryview class behind `{name}` is not supported on MicroPython: the runtime has types for cython.view.array and for typed memoryviews as objects only; use a typed memoryview or cython.view.array"),
                    d.start + a..d.start + b,
                ));
            }
        });
    }
    let orphaned = uses.remove(text, &ranges);
    blank_ranges(text, &ranges);
    for (start, end, to) in routed {
        if to.len() <= end - start {
            let padded = format!("{to:<width$}", width = end - start);
            text.replace_range(start..end, &padded);
        }
    }
    // String constants only the utility module used would be unused statics, which -Werror
    // builds refuse.
    let orphans = string_declarations(text, &orphaned);
    uses.remove(text, &orphans);
    blank_ranges(text, &orphans);
    Dropped {
        names,
        pieces: ranges.len() + orphans.len(),
        diagnostics,
    }
}

/// The start of the module-state access `STATE->` right before the field at `field` (only
/// an identifier and `->` with no space: how Cython writes `__pyx_mstate_global->__pyx_array_type`).
fn state_access_start(text: &str, field: usize) -> Option<usize> {
    let before = text[..field].strip_suffix("->")?;
    let ident = crate::parse::trailing_ident(before);
    (!ident.is_empty()).then(|| before.len() - ident.len())
}

/// The top-level declarations of `text`, with the source they are attributed to. A large text's
/// second half is walked on a second thread from a line with a source comment (`/* "x.pyx":7`),
/// which sets the walk's one other state, the last source named, whatever came before: when the
/// first half's walk reaches exactly that line, the second half's declarations are those of the
/// one-thread walk; otherwise the rest is walked on this thread.
fn top_level_decls(file: &LoadedFile, text: &str, view: &str, also: &[String]) -> Vec<Decl> {
    let starts = &line_starts(text)[..];
    let walk = |from: usize, stop: usize, last_src: Option<String>| {
        decls_between(file, text, starts, (view, also), (from, stop), last_src)
    };
    let cut = (text.len() >= crate::load::THREAD_MIN)
        .then(|| source_comment_line(text, starts))
        .flatten();
    let Some(cut) = cut else {
        return walk(0, starts.len(), None).0;
    };
    std::thread::scope(|s| {
        let later = s.spawn(move || walk(cut, starts.len(), None).0);
        let (mut decls, reached, last_src) = walk(0, cut, None);
        let later = later
            .join()
            .unwrap_or_else(|panic| std::panic::resume_unwind(panic));
        if reached == cut {
            decls.extend(later);
        } else {
            decls.extend(walk(reached, starts.len(), last_src).0);
        }
        decls
    })
}

/// The index of the first line from the middle of `text` on that starts with a source comment
/// naming a file (not Cython's `(tree fragment)`).
fn source_comment_line(text: &str, starts: &[usize]) -> Option<usize> {
    let mut from = text.len() / 2;
    while let Some(at) = crate::load::find_str(text, from, "\n/* \"") {
        from = at + 1;
        let line = starts.partition_point(|&s| s <= at + 1) - 1;
        let end = starts.get(line + 1).copied().unwrap_or(text.len());
        if source_comment(&text[at + 1..end]).is_some_and(|s| s != "(tree fragment)") {
            return Some(line);
        }
    }
    None
}

/// `top_level_decls`' walk of the lines from `lines.0` on, stopping before the first line at or
/// after `lines.1` that it would look at (a declaration's lines are passed over whole); returns
/// the declarations, that line and the last source named. `last_src` is the last source file
/// named by a line comment (`(tree fragment)` does not count: Cython uses it for code it writes
/// around both the utility module's classes and the module's).
fn decls_between(
    file: &LoadedFile,
    text: &str,
    starts: &[usize],
    (view, also): (&str, &[String]),
    lines: (usize, usize),
    mut last_src: Option<String>,
) -> (Vec<Decl>, usize, Option<String>) {
    let mut out = Vec::new();
    let mut i = lines.0;
    let section_at = |pos: usize| {
        file.sections
            .iter()
            .position(|s| s.range.contains(&pos))
            .unwrap_or(usize::MAX)
    };
    while i < lines.1 {
        let start = starts[i];
        let line_end = starts.get(i + 1).copied().unwrap_or(text.len());
        let line = &text[start..line_end];
        if let Some(src) = source_comment(line) {
            if src != "(tree fragment)" {
                last_src = Some(src.to_string());
            }
        }
        let define = define_name(line);
        let Some(name) = define.or_else(|| declared_name(line)) else {
            i += 1;
            continue;
        };
        let end = if define.is_some() {
            macro_end(text, start)
        } else {
            declaration_end(text, start)
        };
        let body = &text[start..end];
        // A function definition: `(...)` then `{`, with no `=` or `;` before the `{`.
        let head = &body[..body.find(['{', ';']).unwrap_or(body.len())];
        let is_function =
            body[head.len()..].starts_with('{') && head.contains('(') && !head.contains('=');
        let section = section_at(start);
        let section_name = file.sections.get(section).map(|s| s.name.as_str());
        let mut inner = body
            .lines()
            .filter_map(source_comment)
            .filter(|s| *s != "(tree fragment)");
        let first_inner = inner.next();
        let last_inner = inner.next_back().or(first_inner);
        let attributed_by_position = matches!(
            section_name,
            Some("module_code") | Some("type_declarations")
        );
        // Only the module code and the type declarations are attributed: the init functions
        // hold segments of both the utility module and the module's own code.
        let src = match first_inner {
            _ if !attributed_by_position => None,
            Some(s) => Some(s.to_string()),
            None => last_src.clone(),
        };
        let from_view = src
            .as_deref()
            .is_some_and(|s| s == view || also.iter().any(|a| a == s));
        let from_user = src.is_some() && !from_view;
        if let Some(s) = last_inner {
            last_src = Some(s.to_string());
        }
        out.push(Decl {
            start,
            end,
            name: name.to_string(),
            section,
            is_function,
            from_view,
            from_user,
        });
        while i < starts.len() && starts[i] < end {
            i += 1;
        }
    }
    (out, i, last_src)
}

/// The file named by a source-position comment (`/* "View.MemoryView":128`).
fn source_comment(line: &str) -> Option<&str> {
    let rest = crate::load::trim_start(line).strip_prefix("/* \"")?;
    let q = rest.find("\":")?;
    let (name, after) = (&rest[..q], &rest[q + 2..]);
    after
        .trim_end()
        .chars()
        .all(|c| c.is_ascii_digit())
        .then_some(name)
}

/// The name a top-level declaration starting on this line declares, if the line starts one:
/// functions and prototypes (`static T *name(`), variables (`static T name = `, `static T
/// name[8];`), structs (`struct name {`, `struct name;`), typedefs.
fn declared_name(line: &str) -> Option<&str> {
    let first = line.chars().next()?;
    if !(first.is_ascii_alphabetic() || first == '_') {
        return None;
    }
    let t = line.trim_end();
    if let Some(rest) = t.strip_prefix("struct ") {
        let name = ident_prefix(rest);
        let after = rest[name.len()..].trim_start();
        if !name.is_empty() && (after.starts_with('{') || after.starts_with(';')) {
            return Some(name);
        }
    }
    if t.starts_with("typedef ") {
        // `typedef ... name;` on one line, or `typedef struct {` (named at its end: not
        // attributed by name, only by source).
        let head = t.trim_end_matches(';');
        let name = crate::parse::trailing_ident(head);
        return (!name.is_empty()).then_some(name);
    }
    let head_end = t.find(['(', '=', ';', '['])?;
    let head = t[..head_end].trim_end();
    // `static PyObject *(*name)(` is rare in Cython's output; its name is inside the parens.
    let name = crate::parse::trailing_ident(head);
    if name.is_empty() || name == "static" {
        return None;
    }
    Some(name)
}

/// The name of a `#define NAME ...` at the start of a line.
fn define_name(line: &str) -> Option<&str> {
    let rest = line
        .strip_prefix('#')?
        .trim_start()
        .strip_prefix("define")?;
    let name = ident_prefix(rest.trim_start());
    (!name.is_empty()).then_some(name)
}

/// The end of a macro definition starting at `start` (continuation lines included), before its
/// line break.
fn macro_end(text: &str, start: usize) -> usize {
    let mut pos = start;
    for line in text[start..].split_inclusive('\n') {
        let body = line.trim_end_matches(['\n', '\r']);
        pos += line.len();
        if !body.ends_with('\\') {
            return pos - (line.len() - body.len());
        }
    }
    text.len()
}

fn ident_prefix(s: &str) -> &str {
    let end = s
        .find(|c: char| !(c.is_ascii_alphanumeric() || c == '_'))
        .unwrap_or(s.len());
    &s[..end]
}

/// In a kept function body: the segments that Cython opens with a `View.MemoryView` source
/// comment at statement level (up to the next statement-level comment from another source, a
/// statement-level label, or the end of the body), and the one-line statements elsewhere that
/// refer to a dropped name.
fn body_ranges(
    text: &str,
    start: usize,
    end: usize,
    marker: &str,
    names: &HashSet<String>,
    out: &mut Vec<(usize, usize)>,
) {
    let body = &text[start..end];
    let Some(open) = body.find('{') else {
        return;
    };
    let mut pos = start + open + 1;
    let mut in_segment: Option<usize> = None;
    let mut indent_of_segment = 0;
    let mut in_comment = false;
    for line in crate::load::lines_inclusive(&text[pos..end]) {
        let lstart = pos;
        pos += line.len();
        let t = crate::load::trim(line);
        // The continuation lines of Cython's source comments (` * ...`, `*/`).
        if in_comment {
            in_comment = !t.contains("*/");
            continue;
        }
        in_comment = t.starts_with("/*") && !t.contains("*/");
        let indent = line.len() - line.trim_start().len();
        if let Some(seg) = in_segment {
            let ends = !t.is_empty()
                && (indent < indent_of_segment
                    || (indent == indent_of_segment
                        && ((t.starts_with("/*")
                            && !t.starts_with(marker)
                            && !t.starts_with("/* \"(tree fragment)\""))
                            || t.ends_with(":;")
                            || t.starts_with("__Pyx_RefNannyFinishContext")
                            || t.starts_with("return"))));
            if ends {
                out.push((seg, lstart));
                in_segment = None;
            } else {
                continue;
            }
        }
        if t.starts_with(marker) {
            in_segment = Some(lstart);
            indent_of_segment = indent;
            continue;
        }
        if one_line_statement(t) && refers_to(t, names) {
            out.push((lstart, lstart + line.trim_end().len()));
        }
    }
    if let Some(seg) = in_segment {
        out.push((seg, end.saturating_sub(1)));
    }
}

/// A line that holds whole statements: balanced, ending in `;` (or in a statement macro's `)`,
/// `__PYX_ERR(...)`).
fn one_line_statement(t: &str) -> bool {
    let mut depth = 0i32;
    for c in t.chars() {
        match c {
            '(' | '{' | '[' => depth += 1,
            ')' | '}' | ']' => depth -= 1,
            _ => {}
        }
        if depth < 0 {
            return false;
        }
    }
    depth == 0 && (t.ends_with(';') || t.ends_with(')')) && !t.starts_with('#')
}

fn refers_to(t: &str, names: &HashSet<String>) -> bool {
    let mut found = false;
    for_each_code_ident(t, |a, b| found |= names.contains(&t[a..b]));
    found
}

/// The removed names as the rewrite stage's table of dropped utility names.
pub fn add_utility_names(
    dropped: &Dropped,
    source: &str,
    utility_names: &mut HashMap<String, String>,
) {
    for n in &dropped.names {
        utility_names
            .entry(n.clone())
            .or_insert_with(|| source.to_string());
    }
}

/// Cython's type descriptors (`typeinfo` section) compute signedness with
/// `__PYX_IS_UNSIGNED(unsigned char const )`, a macro whose argument is a type, which the C parser
/// cannot read. It is written here as the expression it stands for, `((T)-1>0)`, padded with
/// spaces to the same length (the text is shorter than the macro call, so offsets stay).
pub fn rewrite_is_unsigned(file: &LoadedFile, text: &mut String) {
    const MACRO: &str = "__PYX_IS_UNSIGNED(";
    let Some(sec) = file.section("typeinfo") else {
        return;
    };
    let range = sec.range.clone();
    let mut edits = Vec::new();
    let mut from = range.start;
    while let Some(i) = text[from..range.end].find(MACRO) {
        let start = from + i;
        let arg_start = start + MACRO.len();
        let Some(close) = text[arg_start..range.end].find(')') else {
            break;
        };
        let arg = &text[arg_start..arg_start + close];
        if arg.contains(['(', '\n']) {
            from = arg_start;
            continue;
        }
        let end = arg_start + close + 1;
        let mut new = format!("(({arg})-1>0)");
        new.push_str(&" ".repeat((end - start).saturating_sub(new.len())));
        edits.push((start, end, new));
        from = end;
    }
    for (start, end, new) in edits.into_iter().rev() {
        if new.len() == end - start {
            text.replace_range(start..end, &new);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A module-code section of `n` functions attributed by a source comment before each
    /// (alternating between the utility module and the module's `.pyx`); `inner` is a line
    /// inside each function's body.
    fn module_code(n: usize, inner: &str) -> String {
        let mut code = String::from(
            "/* Generated by Cython 3.3.1 */\n#define __Pyx_MODULE_NAME \"m\"\n\
             /* #### Code section: module_code ### */\n",
        );
        for i in 0..n {
            let src = if i % 3 == 0 {
                "View.MemoryView"
            } else {
                "m.pyx"
            };
            code.push_str(&format!(
                "/* \"{src}\":{i}\n * def f{i}():\n */\n\nstatic int f{i}(int x) {{\n{inner}\n  return x;\n}}\n\nstatic int g{i};\n"
            ));
        }
        code.push_str("/* #### Code section: end ### */\n");
        code
    }

    #[test]
    fn declarations_walked_in_halves_are_those_walked_whole() {
        let n = crate::load::THREAD_MIN / 80 + 1;
        // A function's body holds a source comment at the line's start, where the cut may fall
        // (the first half's walk then passes over it); or it does not, and the cut falls on the
        // comment before a function.
        for inner in ["  int y = 1;", "/* \"m.pyx\":7\n  int y = 1;"] {
            let text = module_code(n, inner);
            assert!(text.len() >= crate::load::THREAD_MIN);
            let file = crate::load::load("m.c", text.clone()).ok().unwrap();
            let also = Vec::new();
            let split = top_level_decls(&file, &text, "View.MemoryView", &also);
            let starts = line_starts(&text);
            let whole = decls_between(
                &file,
                &text,
                &starts,
                ("View.MemoryView", &also),
                (0, starts.len()),
                None,
            )
            .0;
            let shape = |d: &Vec<Decl>| -> Vec<(usize, usize, String, bool, bool, bool)> {
                d.iter()
                    .map(|d| {
                        (
                            d.start,
                            d.end,
                            d.name.clone(),
                            d.is_function,
                            d.from_view,
                            d.from_user,
                        )
                    })
                    .collect()
            };
            assert_eq!(shape(&split), shape(&whole));
            // Without a comment inside, a function is attributed by the one before it.
            let from_view = whole.iter().filter(|d| d.from_view).count();
            assert!(inner.contains("/*") || from_view > n / 4, "{from_view}");
        }
    }

    #[test]
    fn source_comments_name_their_file() {
        assert_eq!(
            source_comment("  /* \"View.MemoryView\":128\n"),
            Some("View.MemoryView")
        );
        assert_eq!(source_comment("/* \"mod.pyx\":4"), Some("mod.pyx"));
        assert_eq!(source_comment("/* Python wrapper */"), None);
        assert_eq!(source_comment("/* \"x\":abc"), None);
    }

    #[test]
    fn declared_names() {
        assert_eq!(
            declared_name("static PyObject *__pyx_memoryview_new(PyObject *o, int f) {\n"),
            Some("__pyx_memoryview_new")
        );
        assert_eq!(
            declared_name("struct __pyx_array_obj {\n"),
            Some("__pyx_array_obj")
        );
        assert_eq!(
            declared_name("struct __pyx_array_obj;\n"),
            Some("__pyx_array_obj")
        );
        assert_eq!(
            declared_name("static PyThread_type_lock __pyx_memoryview_thread_locks[8];\n"),
            Some("__pyx_memoryview_thread_locks")
        );
        assert_eq!(
            declared_name("static PyObject *generic = 0;\n"),
            Some("generic")
        );
        assert_eq!(declared_name("  x = f(y);\n"), None);
        assert_eq!(declared_name("#define A B\n"), None);
        assert_eq!(
            define_name("#define __pyx_tp_new_array __pyx_tp_new_vectorcall_array\n"),
            Some("__pyx_tp_new_array")
        );
    }

    #[test]
    fn macros_end_after_their_continuation_lines() {
        let text = "#define A(x) \\\n  (x)\nint y;\n";
        assert_eq!(&text[..macro_end(text, 0)], "#define A(x) \\\n  (x)");
    }

    #[test]
    fn function_bodies_lose_the_utility_segments_and_statements() {
        let text = "static int init(void) {\n  int t;\n  /* \"View.MemoryView\":118\n * cdef x\n*/\n  t = f();\n  if (t) {\n    /* \"View.MemoryView\":119\n*/\n    g();\n  }\n  __pyx_L2_error:;\n\n  /* \"m.pyx\":3\n*/\n  keep();\n  generic = Py_None; Py_INCREF(Py_None);\n  if (unlikely(h(generic) < 0)) __PYX_ERR(0, 1, L)\n  return 0;\n}\n";
        let names: HashSet<String> = ["generic".to_string()].into_iter().collect();
        let mut ranges = Vec::new();
        body_ranges(
            text,
            0,
            text.len(),
            "/* \"View.MemoryView\":",
            &names,
            &mut ranges,
        );
        let mut out = text.to_string();
        blank_ranges(&mut out, &ranges);
        assert_eq!(out.len(), text.len());
        for gone in [
            "t = f();",
            "g();",
            "generic",
            "__PYX_ERR",
            "\"View.MemoryView\"",
        ] {
            assert!(!out.contains(gone), "{gone} left in:\n{out}");
        }
        for kept in [
            "int t;",
            "keep();",
            "return 0;",
            "/* \"m.pyx\":3",
            "__pyx_L2_error:;",
        ] {
            assert!(out.contains(kept), "{kept} lost:\n{out}");
        }
    }

    #[test]
    fn module_state_accesses_of_a_type_field() {
        let t = "x = (PyObject*)__pyx_mstate_global->__pyx_array_type;";
        let field = t.find("__pyx_array_type").unwrap();
        assert_eq!(state_access_start(t, field), t.find("__pyx_mstate_global"));
        assert_eq!(state_access_start("s.__pyx_array_type", 2), None);
    }

    #[test]
    fn one_line_statements() {
        assert!(one_line_statement("x = f(a, b);"));
        assert!(one_line_statement(
            "if (unlikely(f() < 0)) __PYX_ERR(0, 1, L)"
        ));
        assert!(!one_line_statement("if (x) {"));
        assert!(!one_line_statement("#define X f(y)"));
    }
}
