//! Stage 3d, one argument parser. Cython writes the argument parsing of every `def` wrapper
//! inline: a `switch` on the number of positional arguments for calls with and without keywords,
//! the keyword parser's call, the checks for missing arguments and an error label, about 1 KB of
//! code per function on a Cortex-M4. This stage recognises that block and replaces it with a
//! const descriptor of the function's signature and one call of the runtime's
//! `cy_Pyx_ParseArgs` (runtime/c/cy2upy_args.c), which does what the block did, with the same
//! errors (it calls the same error functions with the same arguments).
//!
//! Recognition is exact: the signature's counts (positional, positional-only, required,
//! keyword-only, `*args`) are read from the block or tried, the block Cython would write for
//! them is generated here as Cython 3.3.1's `generate_tuple_and_keyword_parsing_code` writes it,
//! and only a block equal to it, token for token, is replaced. Anything else (another Cython
//! version's shape, a tuple-argument wrapper, a name that is not a ROM constant) keeps Cython's
//! own code, which translates as before.
//!
//! Works on the pruned text before parsing. The replacement keeps every byte offset and line
//! break: its tokens are laid out on the lines of the text they replace, the rest is blanked.

use std::collections::HashSet;

/// The counts that decide the shape of Cython's parsing block.
#[derive(Clone, Debug, PartialEq)]
struct Shape {
    nall: usize,
    max_pos: usize,
    min_pos: usize,
    npos_only: usize,
    nreq_posonly: usize,
    nreqkw: usize,
    star: bool,
}

/// What the block names, read from its text.
struct Names<'a> {
    fastvar: &'a str,
    name: &'a str,
    err: &'a str,
    argnames: Option<&'a str>,
    dynamic_args: Option<&'a str>,
    kwds2: &'a str,
    defaults: Vec<&'a str>,
    first_kwonly: Option<&'a str>,
    argtuple_label: Option<&'a str>,
    skip_label: Option<&'a str>,
}

/// A recognised block: its range, the replacement, where its tokens go, and the ranges to blank
/// (the error label's after the block, the initializer of `values` before it).
type Edit = (usize, usize, String, Vec<usize>, Vec<(usize, usize)>);

const KWDS_LEN: &str = "const Py_ssize_t __pyx_kwds_len = ";

/// Replace the argument parsing of every wrapper whose block is recognised; `rom_fields` are the
/// module state's fields that name ROM constants (the argument names must be). Returns how
/// many blocks were replaced.
pub fn table_driven_args(text: &mut String, rom_fields: &HashSet<String>) -> usize {
    let with_kwds = |t: &str, at: usize| recognise(t, at, rom_fields);
    let without = |t: &str, at: usize| recognise_no_args(t, at);
    let t: &str = text;
    // A large text's second half is searched on a second thread: each half's search stops
    // before the first occurrence at or after the cut, and when the first half's last edit ends
    // before the cut, the second half's search (from the cut) goes as the one-thread search
    // would; otherwise the rest is searched here.
    let cut = crate::load::middle_line_start(t).unwrap_or(t.len());
    let (mut edits, no_args) = std::thread::scope(|s| {
        let later = (cut < t.len()).then(|| {
            s.spawn(move || {
                (
                    edits_between(t, KWDS_LEN, cut, t.len(), with_kwds).0,
                    edits_between(t, NO_ARGS, cut, t.len(), without).0,
                )
            })
        });
        let (mut edits, edits_end) = edits_between(t, KWDS_LEN, 0, cut, with_kwds);
        let (mut no_args, no_args_end) = edits_between(t, NO_ARGS, 0, cut, without);
        if let Some(later) = later {
            let (more, more_no_args) = later
                .join()
                .unwrap_or_else(|panic| std::panic::resume_unwind(panic));
            if edits_end <= cut {
                edits.extend(more);
            } else {
                edits.extend(edits_between(t, KWDS_LEN, edits_end, t.len(), with_kwds).0);
            }
            if no_args_end <= cut {
                no_args.extend(more_no_args);
            } else {
                no_args.extend(edits_between(t, NO_ARGS, no_args_end, t.len(), without).0);
            }
        }
        (edits, no_args)
    });
    edits.extend(no_args);
    let n = edits.len();
    let mut bytes = std::mem::take(text).into_bytes();
    for (start, end, replacement, at, blanks) in edits {
        lay_out(&mut bytes, start, end, &replacement, &at);
        for (s, e) in blanks {
            crate::load::blank(&mut bytes, s, e);
        }
    }
    *text = String::from_utf8(bytes)
        .unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned());
    n
}

/// The edits `recognise` makes at the occurrences of `needle` in `text` from `from` on that start
/// before `stop`, in order, an occurrence inside an earlier edit skipped; and where the search
/// would go on.
fn edits_between(
    text: &str,
    needle: &str,
    mut from: usize,
    stop: usize,
    recognise: impl Fn(&str, usize) -> Option<Edit>,
) -> (Vec<Edit>, usize) {
    let mut edits = Vec::new();
    while let Some(at) = crate::load::find_str(text, from, needle) {
        if at >= stop {
            break;
        }
        from = at + needle.len();
        if let Some(edit) = recognise(text, at) {
            from = from.max(edit.1);
            edits.push(edit);
        }
    }
    (edits, from)
}

/// How Cython checks that a FASTCALL wrapper of a function without parameters got no arguments:
///
/// ```c
/// if (unlikely(__pyx_nargs > 0)) { __Pyx_RaiseArgtupleInvalid("f", 1, 0, 0, __pyx_nargs); return NULL; }
/// const Py_ssize_t __pyx_kwds_len = unlikely(__pyx_kwds) ? __Pyx_NumKwargs_FASTCALL(__pyx_kwds) : 0;
/// if (unlikely(__pyx_kwds_len < 0)) return NULL;
/// if (unlikely(__pyx_kwds_len > 0)) {__Pyx_RejectKeywords("f", __pyx_kwds); return NULL;}
/// ```
///
/// which becomes one test inline and the runtime's `cy_Pyx_RejectArgs`, which raises the same
/// errors (for a keyword, the one CPython raises, naming it: Cython's `__Pyx_RejectKeywords`
/// cannot, having only the count).
const NO_ARGS: &str = "if (unlikely(__pyx_nargs > 0)) { __Pyx_RaiseArgtupleInvalid(";

fn recognise_no_args(text: &str, at: usize) -> Option<Edit> {
    let (args, after) = call_args(text, at + NO_ARGS.len() - 1)?;
    let [name, "1", "0", "0", "__pyx_nargs"] = args[..] else {
        return None;
    };
    if !(name.len() >= 2
        && name.starts_with('"')
        && name.ends_with('"')
        && !name[1..name.len() - 1].contains(['"', '\\']))
    {
        return None;
    }
    let p = match_tokens(text, after, ";")?;
    let ret_start = p + text[p..].len() - text[p..].trim_start().len();
    let ret_end = ret_start + text[ret_start..].find(';')?;
    let ret = text[ret_start..ret_end].trim();
    if ret != "return NULL" && ret != "return -1" {
        return None;
    }
    let end = match_tokens(
        text,
        ret_end,
        &format!(
            "; }} const Py_ssize_t __pyx_kwds_len = unlikely(__pyx_kwds) ? __Pyx_NumKwargs_FASTCALL(__pyx_kwds) : 0; \
             if (unlikely(__pyx_kwds_len < 0)) {ret}; \
             if (unlikely(__pyx_kwds_len > 0)) {{__Pyx_RejectKeywords({name}, __pyx_kwds); {ret};}}"
        ),
    )?;
    let replacement = format!(
        "if (unlikely(__pyx_nargs || __pyx_kwds) && __Pyx_RejectArgs({name}, __pyx_args, __pyx_nargs, __pyx_kwds) < 0) {ret};\n"
    );
    let placed = placements(text, at, end, &replacement)?;
    Some((at, end, replacement, placed, Vec::new()))
}

/// The lines of `text[start..end]`, each with its offset in `text` (without its line break).
pub(crate) fn lines_of(
    text: &str,
    start: usize,
    end: usize,
) -> impl Iterator<Item = (usize, &str)> {
    let mut s = start;
    text[start..end].split('\n').map(move |line| {
        let at = s;
        s += line.len() + 1;
        (at, line)
    })
}

/// Where `replacement`'s tokens go on the lines of `text[start..end]`: each line takes the
/// tokens that fit, and each line of `replacement` (a statement) starts on a line of its own, so
/// that no `if` shares a line with the statement after it. None when they do not fit.
pub(crate) fn placements(
    text: &str,
    start: usize,
    end: usize,
    replacement: &str,
) -> Option<Vec<usize>> {
    let lines: Vec<(usize, usize)> = lines_of(text, start, end)
        .map(|(s, line)| (s, s + line.trim_end_matches('\r').len()))
        .collect();
    let mut out = Vec::new();
    let mut li = 0;
    let mut pos = lines.first()?.0;
    for stmt in replacement.lines() {
        if pos > lines.get(li)?.0 {
            li += 1;
            pos = lines.get(li)?.0;
        }
        for tok in stmt.split_whitespace() {
            loop {
                let (ls, le) = *lines.get(li)?;
                let at = if pos > ls { pos + 1 } else { pos };
                if at + tok.len() <= le {
                    out.push(at);
                    pos = at + tok.len();
                    break;
                }
                li += 1;
                pos = lines.get(li)?.0;
            }
        }
    }
    Some(out)
}

/// Write `replacement`'s tokens over `bytes[start..end]` where `placements` put them, after
/// blanking the region (line breaks stay).
pub(crate) fn lay_out(bytes: &mut [u8], start: usize, end: usize, replacement: &str, at: &[usize]) {
    crate::load::blank(bytes, start, end);
    for (tok, &p) in replacement.split_whitespace().zip(at) {
        bytes[p..p + tok.len()].copy_from_slice(tok.as_bytes());
    }
}

/// Match `expected` (white space ignored) against `text` from `start`, white space in `text`
/// skipped; the end of the match.
pub(crate) fn match_tokens(text: &str, start: usize, expected: &str) -> Option<usize> {
    let t = text.as_bytes();
    let mut i = start;
    for c in expected.bytes().filter(|b| !b.is_ascii_whitespace()) {
        while i < t.len() && t[i].is_ascii_whitespace() {
            i += 1;
        }
        if i >= t.len() || t[i] != c {
            return None;
        }
        i += 1;
    }
    Some(i)
}

/// The text between `open` and the matching `close` after `from` (string and character literals
/// and comments skipped); the index after it.
pub(crate) fn matching_close(text: &str, from: usize, mut depth: usize) -> Option<usize> {
    let t = text.as_bytes();
    let mut i = from;
    while i < t.len() {
        match t[i] {
            b'"' | b'\'' => {
                let q = t[i];
                i += 1;
                while i < t.len() && t[i] != q {
                    if t[i] == b'\\' {
                        i += 1;
                    }
                    i += 1;
                }
            }
            b'/' if t.get(i + 1) == Some(&b'*') => {
                i = text[i + 2..].find("*/").map(|p| i + 2 + p + 1)?;
            }
            b'/' if t.get(i + 1) == Some(&b'/') => {
                i = text[i..].find('\n').map_or(t.len(), |p| i + p);
            }
            b'{' => depth += 1,
            b'}' => {
                depth -= 1;
                if depth == 0 {
                    return Some(i + 1);
                }
            }
            _ => {}
        }
        i += 1;
    }
    None
}

/// The argument between `(` at `open` and its matching `)`, split at top-level commas.
pub(crate) fn call_args(text: &str, open: usize) -> Option<(Vec<&str>, usize)> {
    let t = text.as_bytes();
    let mut depth = 0;
    let mut args = Vec::new();
    let mut start = open + 1;
    let mut i = open;
    while i < t.len() {
        match t[i] {
            b'"' => {
                i += 1;
                while i < t.len() && t[i] != b'"' {
                    if t[i] == b'\\' {
                        i += 1;
                    }
                    i += 1;
                }
            }
            b'(' | b'[' | b'{' => depth += 1,
            b')' | b']' | b'}' => {
                depth -= 1;
                if depth == 0 {
                    args.push(text[start..i].trim());
                    return Some((args, i + 1));
                }
            }
            b',' if depth == 1 => {
                args.push(text[start..i].trim());
                start = i + 1;
            }
            _ => {}
        }
        i += 1;
    }
    None
}

/// The number after `prefix` in `s`.
fn number_after(s: &str, prefix: &str) -> Option<usize> {
    let p = s.find(prefix)? + prefix.len();
    let digits: String = s[p..]
        .trim_start()
        .chars()
        .take_while(|c| c.is_ascii_digit())
        .collect();
    digits.parse().ok()
}

fn recognise(text: &str, kwds_len_at: usize, rom_fields: &HashSet<String>) -> Option<Edit> {
    // The block opens with a `{` on its own line, followed by the names and the defaults struct.
    let (ls, _) = crate::load::line_at(text, kwds_len_at);
    let mut open = None;
    let mut cursor = ls;
    let mut argnames = None;
    let mut dynamic_args = None;
    for _ in 0..3 {
        if cursor == 0 {
            return None;
        }
        let (ps, pe) = crate::load::line_at(text, cursor - 1);
        let line = text[ps..pe].trim();
        if line == "{" {
            open = Some(ps + text[ps..pe].find('{')?);
            break;
        } else if line.starts_with("PyObject ** const __pyx_pyargnames[] = {")
            && line.ends_with("};")
        {
            argnames =
                Some(&line["PyObject ** const __pyx_pyargnames[] = {".len()..line.len() - 2]);
        } else if line.starts_with("struct ") && line.contains("*__pyx_dynamic_args = ") {
            dynamic_args = Some(line);
        } else {
            return None;
        }
        cursor = ps;
    }
    let open = open?;
    let (_, le) = crate::load::line_at(text, kwds_len_at);
    let kwds_line = &text[kwds_len_at..le];
    let fastvar = kwds_line
        .split("__Pyx_NumKwargs_")
        .nth(1)?
        .split('(')
        .next()?;
    if fastvar != "FASTCALL" && fastvar != "FASTCALL_TPNEW" {
        return None;
    }
    // The error jump, from `if (unlikely(__pyx_kwds_len < 0)) __PYX_ERR(...)`.
    let (es, ee) = crate::load::line_at(text, le + 1);
    let err_line = text[es..ee].trim();
    let err = err_line
        .strip_prefix("if (unlikely(__pyx_kwds_len < 0))")?
        .trim();
    if !err.starts_with("__PYX_ERR(") || !err.ends_with(')') {
        return None;
    }
    // The function: where the block ends at the latest, and the size of `values`.
    let decl = text[..open].rfind("PyObject* values[")?;
    if text[decl..open].contains("\n}") {
        return None;
    }
    let nall = number_after(&text[decl..open], "PyObject* values[")?;
    // The function's body ends at the first `}` in column 0.
    let fn_end = text[open..].find("\n}").map_or(text.len(), |p| open + p);
    let region = &text[open..fn_end];
    let name = region
        .split("__Pyx_ParseKeywords(")
        .nth(1)
        .and_then(|s| s.split(',').nth(7))
        .or_else(|| region.split("__Pyx_RaiseArgtupleInvalid(").nth(1))
        .or_else(|| region.split("__Pyx_RejectKeywords(").nth(1))
        .or_else(|| region.split("__Pyx_RaiseKeywordRequired(").nth(1))
        .and_then(|s| s.split(',').next())
        .map(str::trim)?;
    if !name.starts_with('"')
        || !name.ends_with('"')
        || name[1..name.len() - 1].contains(['"', '\\', ' '])
    {
        return None;
    }
    let mut kwds2 = "0";
    if let Some(p) = region.find("__Pyx_ParseKeywords(") {
        let (a, _) = call_args(region, p + "__Pyx_ParseKeywords".len())?;
        kwds2 = a.get(3)?;
        if kwds2.contains(char::is_whitespace) {
            return None;
        }
    }
    let first_kwonly = region
        .split("__Pyx_RaiseKeywordRequired(")
        .skip(1)
        .find_map(|s| {
            let arg = s.split(')').next()?.split(',').nth(1)?.trim();
            (!arg.starts_with('*')).then_some(arg)
        });
    if let Some(k) = first_kwonly {
        if k.contains(char::is_whitespace) {
            return None;
        }
    }
    let label_of = |suffix: &str| {
        region.split("goto ").skip(1).find_map(|s| {
            let l = s.split(';').next()?.trim();
            (l.starts_with("__pyx_L") && l.ends_with(suffix)).then_some(l)
        })
    };
    let argtuple_label = label_of("_argtuple_error");
    // Defaults: `if (!values[i]) values[i] = ...;` lines, each once, in order.
    let mut defaults: Vec<&str> = Vec::new();
    for line in region.lines().take(400) {
        let l = line.trim();
        if l.starts_with("if (!values[") && l.ends_with(';') && !defaults.contains(&l) {
            defaults.push(l);
        }
    }
    // The argument names must be addresses of ROM constants, for a static table.
    if let Some(a) = argnames {
        for n in a.split(',') {
            let n = n.trim();
            if n == "0" {
                continue;
            }
            let field = n.strip_prefix("&__pyx_mstate_global->")?;
            if !rom_fields.contains(field) {
                return None;
            }
        }
    }
    let mut names = Names {
        fastvar,
        name,
        err,
        argnames,
        dynamic_args,
        kwds2,
        defaults,
        first_kwonly,
        argtuple_label,
        skip_label: None,
    };
    // Counts read from the block, the rest tried.
    let max_read = region
        .match_indices(&format!("__Pyx_ArgRef_{fastvar}(__pyx_args, "))
        .filter_map(|(p, m)| number_after(&region[p..], m))
        .max()
        .map_or(0, |m| m + 1);
    let npos_only = match argnames {
        None => nall,
        Some(a) => nall.checked_sub(a.split(',').filter(|n| n.trim() != "0").count())?,
    };
    if nall > 16 || max_read > nall {
        return None;
    }
    let mut candidates = Vec::new();
    for min_pos in 0..=max_read {
        for nreq_posonly in 0..=min_pos.min(npos_only) {
            for nreqkw in 0..=nall - max_read {
                for star in [false, true] {
                    candidates.push(Shape {
                        nall,
                        max_pos: max_read,
                        min_pos,
                        npos_only,
                        nreq_posonly,
                        nreqkw,
                        star,
                    });
                }
            }
        }
    }
    for shape in candidates {
        if npos_only > shape.max_pos {
            continue;
        }
        let (block, uses_label) = cython_block(&shape, &names);
        let Some(end) = match_tokens(text, open, &block) else {
            continue;
        };
        // The conversions follow up to the block's closing brace; then the error label.
        let close = matching_close(text, end, 1)?;
        let mut blanks = Vec::new();
        if uses_label {
            let rest = &text[close..];
            let skip = rest.split("goto ").nth(1)?.split(';').next()?.trim();
            if !skip.starts_with("__pyx_L") || !skip.ends_with("_skip") {
                return None;
            }
            names.skip_label = Some(skip);
            let expected = error_tail(&shape, &names);
            let tail_end = match_tokens(text, close, &expected)?;
            blanks.push((close, tail_end));
        }
        if copies_every_value(&shape) {
            // `values` needs no zeros: the inline path sets every one, and the runtime's parser
            // clears them itself. Zeroing a few words costs a `rep stos` on x86-64 at -Os (about
            // 6 ns per call of a four-argument function).
            if let Some(init) = values_initializer(text, decl, open) {
                blanks.push(init);
            }
        }
        let replacement = replacement(&shape, &names);
        let at = placements(text, open, end, &replacement)?;
        return Some((open, end, replacement, at, blanks));
    }
    None
}

/// The call that replaces the block, with the descriptor and the defaults.
fn replacement(s: &Shape, n: &Names) -> String {
    let accept = n.argnames.is_some() || n.kwds2 != "0";
    let mut flags = Vec::new();
    if s.star {
        flags.push("__Pyx_ARGS_STAR");
    }
    if n.kwds2 != "0" || has_starstar(n) {
        flags.push("__Pyx_ARGS_STARSTAR");
    }
    if !s.star && s.min_pos == s.max_pos {
        flags.push("__Pyx_ARGS_EXACT");
    }
    if accept {
        flags.push("__Pyx_ARGS_KEYWORDS");
    }
    if copies_every_value(s) {
        flags.push("__Pyx_ARGS_CLEAR");
    }
    let flags = if flags.is_empty() {
        "0".to_string()
    } else {
        flags.join("|")
    };
    let mut out = String::from("{\n");
    let names_ref = match n.argnames {
        Some(a) => {
            out += &format!(
                "static PyObject ** const __pyx_pyargnames[] = {{ {} }};\n",
                spaced(a)
            );
            "__pyx_pyargnames"
        }
        None => "0",
    };
    out += &format!(
        "static const __Pyx_ArgSpec __pyx_argspec = {{ {}, {names_ref}, {}, {}, {}, {}, {}, {}, {flags} }};\n",
        n.name, s.nall, s.min_pos, s.max_pos, s.npos_only, s.nreq_posonly, s.nreqkw
    );
    if let Some(d) = n.dynamic_args {
        out += d;
        out += "\n";
    }
    if !s.star && s.nreqkw == 0 {
        // The common call (no keywords, an allowed number of positional arguments) stays inline,
        // as MicroPython's own functions check their count in the caller: a runtime call costs
        // a few nanoseconds per call.
        out += &format!(
            "if (likely(!__pyx_kwds && {})) {{\n{}\n}} else ",
            positional_count_test(s),
            positional_copy(s)
        );
    }
    // Without a **kwargs dict, the five-argument form (cy_Pyx_ParseArgs).
    let (parse, kwds2) = match n.kwds2 {
        "0" => ("__Pyx_ParseArgs", String::new()),
        d => ("__Pyx_ParseArgsKw", format!("{d}, ")),
    };
    out += &format!(
        "if ({parse}(&__pyx_argspec, __pyx_args, __pyx_nargs, __pyx_kwds, {kwds2}values) < 0) {{ {}; }}\n",
        // One token, ended by its `;`: the parser prelude terminates a statement macro only
        // when the call is on one line.
        n.err.replace(char::is_whitespace, "")
    );
    for d in &n.defaults {
        out += d;
        out += "\n";
    }
    out
}

/// Whether the inline path of `replacement` sets every one of `values` (an exact count of
/// positional parameters and no keyword-only ones), so that nothing reads a zero it did not write.
fn copies_every_value(s: &Shape) -> bool {
    !s.star && s.nreqkw == 0 && s.min_pos == s.max_pos && s.max_pos == s.nall
}

/// The initializer of Cython's `PyObject* values[N] = {0, ...};` between `decl` and `open`: from
/// the ` =` to the `}` before its `;`.
fn values_initializer(text: &str, decl: usize, open: usize) -> Option<(usize, usize)> {
    let line_end = decl + text[decl..open].find(';')?;
    let eq = decl + text[decl..line_end].find(" = {")?;
    let close = decl + text[decl..line_end].rfind('}')?;
    (text[close + 1..line_end].trim().is_empty() && !text[eq + 4..close].contains(['{', '(']))
        .then_some((eq, close + 1))
}

/// The most positional arguments copied one by one rather than by a loop.
const STRAIGHT_COPY_MAX: usize = 8;

/// The test of the inline path's argument count.
fn positional_count_test(s: &Shape) -> String {
    if s.min_pos == s.max_pos {
        format!("__pyx_nargs == {}", s.max_pos)
    } else {
        format!(
            "__pyx_nargs >= {} && __pyx_nargs <= {}",
            s.min_pos, s.max_pos
        )
    }
}

/// The inline path's copy of the positional arguments into `values`. An exact count copies each
/// one by its index: a loop over a count that is always the same costs a mispredicted branch at
/// its end on every call on some machines (about 6 ns per call of a four-argument function on
/// a 2-core Intel Xeon, where the hand-written function with the same arguments takes 12 ns).
fn positional_copy(s: &Shape) -> String {
    if s.min_pos == s.max_pos && s.max_pos <= STRAIGHT_COPY_MAX {
        (0..s.max_pos)
            .map(|i| format!("values[{i}] = __pyx_args[{i}];"))
            .collect::<Vec<_>>()
            .join(" ")
    } else {
        "for (Py_ssize_t i = 0; i < __pyx_nargs; i++) values[i] = __pyx_args[i];".to_string()
    }
}

/// Put spaces after the commas of an initializer, so that it can be laid out on several lines.
fn spaced(s: &str) -> String {
    s.split(',').map(str::trim).collect::<Vec<_>>().join(", ")
}

/// Whether the function has `**kwargs`: ParseKeywords' last argument is 1. Cython passes
/// `0` as the dict when the parameter is unused; the flag then still ignores unknown keywords.
fn has_starstar(n: &Names) -> bool {
    n.kwds2 != "0"
}

/// Cython's block from the opening `{` to the end of the conditional unpacking blocks, and whether
/// it jumps to the argtuple error label.
fn cython_block(s: &Shape, n: &Names) -> (String, bool) {
    let fv = n.fastvar;
    let name = n.name;
    let err = n.err;
    let accept = n.argnames.is_some() || n.kwds2 != "0";
    let fixed = !s.star && s.min_pos == s.max_pos;
    let label = n.argtuple_label.unwrap_or("__pyx_L_argtuple_error");
    let goto_arg = format!("goto {label};");
    let mut used = false;
    let mut o = String::from("{\n");
    if let Some(a) = n.argnames {
        o += &format!("PyObject ** const __pyx_pyargnames[] = {{{a}}};\n");
    }
    if let Some(d) = n.dynamic_args {
        o += d;
        o += "\n";
    }
    o += &format!(
        "{KWDS_LEN}{}(__pyx_kwds) ? __Pyx_NumKwargs_{fv}(__pyx_kwds) : 0;\n",
        if accept { "" } else { "unlikely" }
    );
    o += &format!("if (unlikely(__pyx_kwds_len < 0)) {err}\n");
    if s.nreqkw > 0 {
        o += "if (likely(__pyx_kwds_len > 0)) {\n";
    } else {
        o += "if (__pyx_kwds_len > 0) {\n";
    }
    let argref = |i: usize| {
        format!(
            "values[{i}] = __Pyx_ArgRef_{fv}(__pyx_args, {i});\nif (!CYTHON_ASSUME_SAFE_MACROS && unlikely(!values[{i}])) {err}\n"
        )
    };
    let defaults = n
        .defaults
        .iter()
        .map(|d| format!("{d}\n"))
        .collect::<String>();
    if !accept {
        o += &format!("__Pyx_RejectKeywords({name}, __pyx_kwds); {err}\n");
    } else {
        // Positional arguments before keywords.
        o += "switch (__pyx_nargs) {\n";
        if s.star {
            o += "default:\n";
        }
        for i in (s.nreq_posonly..s.max_pos).rev() {
            o += &format!("case {}:\n", i + 1);
            o += &argref(i);
            o += "CYTHON_FALLTHROUGH;\n";
        }
        if s.nreq_posonly > 0 {
            o += &format!("case {}: ", s.nreq_posonly);
            for i in (0..s.nreq_posonly).rev() {
                o += &argref(i);
            }
            o += "break;\n";
        }
        for i in (0..s.nreq_posonly.saturating_sub(1)).rev() {
            o += &format!("case {}:\nCYTHON_FALLTHROUGH;\n", i + 1);
        }
        o += "case 0: ";
        if s.nreq_posonly == 0 {
            o += "break;\n";
        } else {
            o += &goto_arg;
            used = true;
        }
        if !s.star {
            o += "default: ";
            o += &goto_arg;
            used = true;
        }
        o += "}\n";
        // Keywords.
        if s.npos_only > 0 {
            o += &format!(
                "const Py_ssize_t kwd_pos_args = (unlikely(__pyx_nargs < {k})) ? 0 : __pyx_nargs - {k};\n",
                k = s.npos_only
            );
        } else if s.max_pos > 0 {
            o += "const Py_ssize_t kwd_pos_args = __pyx_nargs;\n";
        }
        let pos_count = if s.max_pos == 0 {
            "0"
        } else if s.star {
            let mk = s.max_pos - s.npos_only;
            o += &format!(
                "const Py_ssize_t used_pos_args = (kwd_pos_args < {mk}) ? kwd_pos_args : {mk};\n"
            );
            "used_pos_args"
        } else {
            "kwd_pos_args"
        };
        let values = if 0 < s.npos_only && s.npos_only < s.nall {
            format!("values + {}", s.npos_only)
        } else {
            "values".to_string()
        };
        o += &format!(
            "if (__Pyx_ParseKeywords(__pyx_kwds, __pyx_kwvalues, __pyx_pyargnames, {}, {values}, {pos_count}, __pyx_kwds_len, {name}, {}) < (0)) {err}\n",
            n.kwds2,
            if has_starstar(n) { 1 } else { 0 }
        );
        o += &defaults;
        if s.min_pos > s.nreq_posonly {
            o += &format!(
                "for (Py_ssize_t i = __pyx_nargs; i < {}; i++) {{\nif (unlikely(!values[i])) {{ __Pyx_RaiseArgtupleInvalid({name}, {}, {}, {}, i); {err} }}\n}}\n",
                s.min_pos,
                u8::from(fixed),
                s.min_pos,
                s.max_pos
            );
        }
        if s.nreqkw > 0 {
            o += &format!(
                "for (Py_ssize_t i = {}; i < {}; i++) {{\nif (unlikely(!values[i])) {{ __Pyx_RaiseKeywordRequired({name}, *(__pyx_pyargnames[i - {}])); {err} }}\n}}\n",
                s.max_pos,
                s.max_pos + s.nreqkw,
                s.npos_only
            );
        }
    }
    // Without keywords.
    if (s.nreqkw > 0 && s.min_pos > 0) || s.min_pos == s.max_pos {
        let cmp = if s.min_pos == s.max_pos && !s.star {
            "!="
        } else {
            "<"
        };
        o += &format!(
            "}} else if (unlikely(__pyx_nargs {cmp} {})) {{\n{goto_arg}\n",
            s.min_pos
        );
        used = true;
    }
    if s.nreqkw > 0 {
        if s.max_pos > s.min_pos && !s.star {
            o += &format!(
                "}} else if (unlikely(__pyx_nargs > {})) {{\n{goto_arg}\n",
                s.max_pos
            );
            used = true;
        }
        o += "} else {\n";
        o += &format!(
            "__Pyx_RaiseKeywordRequired({name}, {}); {err}\n",
            n.first_kwonly.unwrap_or("?")
        );
    } else {
        o += "} else {\n";
        if s.min_pos == s.max_pos {
            for i in 0..s.max_pos {
                o += &argref(i);
            }
        } else {
            o += "switch (__pyx_nargs) {\n";
            if s.star {
                o += "default:\n";
            }
            for i in (0..s.max_pos).rev() {
                if i + 1 >= s.min_pos {
                    if i + 1 != s.max_pos {
                        o += "CYTHON_FALLTHROUGH;\n";
                    }
                    o += &format!("case {}:\n", i + 1);
                }
                o += &argref(i);
            }
            if s.min_pos == 0 {
                o += "CYTHON_FALLTHROUGH;\ncase 0: ";
            }
            o += "break;\n";
            if s.star {
                if s.min_pos > 0 {
                    for i in (0..s.min_pos).rev() {
                        o += &format!("case {i}:\n");
                    }
                    o += &goto_arg;
                    used = true;
                }
            } else {
                o += "default: ";
                o += &goto_arg;
                used = true;
            }
            o += "}\n";
        }
        o += &defaults;
    }
    o += "}\n";
    (o, used)
}

/// Cython's error label after the block: `goto skip; argtuple_error:; raise; skip:;`.
fn error_tail(s: &Shape, n: &Names) -> String {
    let fixed = !s.star && s.min_pos == s.max_pos;
    let skip = n.skip_label.unwrap_or("?");
    format!(
        "goto {skip};\n{}:;\n__Pyx_RaiseArgtupleInvalid({}, {}, {}, {}, __pyx_nargs); {}\n{skip}:;\n",
        n.argtuple_label.unwrap_or("?"),
        n.name,
        u8::from(fixed),
        s.min_pos,
        s.max_pos,
        n.err
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn statements_start_on_lines_of_their_own() {
        let text = "  {\n  xxxxxxxxxxxxxx;\n  yyyyyyyyyyyyyy;\n  zzzzzzzzzzzzzz;\n";
        let mut b = text.as_bytes().to_vec();
        let end = b.len();
        let rep = "{\nabc def\nghi\n";
        let at = placements(text, 0, end, rep).unwrap();
        lay_out(&mut b, 0, end, rep, &at);
        assert_eq!(
            std::str::from_utf8(&b).unwrap(),
            "{  \nabc def          \nghi              \n                 \n"
        );
    }

    #[test]
    fn a_wrapper_without_parameters_calls_reject_args() {
        let src = "  __pyx_kwvalues = __Pyx_KwValues_FASTCALL(__pyx_args, __pyx_nargs);\n  if (unlikely(__pyx_nargs > 0)) { __Pyx_RaiseArgtupleInvalid(\"inc\", 1, 0, 0, __pyx_nargs); return NULL; }\n  const Py_ssize_t __pyx_kwds_len = unlikely(__pyx_kwds) ? __Pyx_NumKwargs_FASTCALL(__pyx_kwds) : 0;\n  if (unlikely(__pyx_kwds_len < 0)) return NULL;\n  if (unlikely(__pyx_kwds_len > 0)) {__Pyx_RejectKeywords(\"inc\", __pyx_kwds); return NULL;}\n  __pyx_r = f(self);\n";
        let mut text = src.to_string();
        assert_eq!(table_driven_args(&mut text, &HashSet::new()), 1);
        assert_eq!(text.len(), src.len());
        assert_eq!(text.lines().count(), src.lines().count());
        let squeezed = text.split_whitespace().collect::<Vec<_>>().join(" ");
        assert!(squeezed.contains("__pyx_nargs); if (unlikely(__pyx_nargs || __pyx_kwds) && __Pyx_RejectArgs(\"inc\", __pyx_args, __pyx_nargs, __pyx_kwds) < 0) return NULL; __pyx_r = f(self);"), "{squeezed}");
        // Another return in one of the checks keeps Cython's code.
        let mut other = src.replace(
            "if (unlikely(__pyx_kwds_len < 0)) return NULL;",
            "if (unlikely(__pyx_kwds_len < 0)) return -1;",
        );
        assert_eq!(table_driven_args(&mut other, &HashSet::new()), 0);
    }

    #[test]
    fn too_long_a_token_does_not_fit() {
        assert!(placements("ab\ncd\n", 0, 6, "abcdef").is_none());
    }

    fn basics() -> (String, HashSet<String>) {
        let text = include_str!("../tests/data/basics.c").to_string();
        let fields = text
            .split("__pyx_mstate_global->")
            .skip(1)
            .filter_map(|s| s.split(|c: char| !c.is_alphanumeric() && c != '_').next())
            .map(str::to_string)
            .collect();
        (text, fields)
    }

    const CALL: &str = "__Pyx_ParseKeywords(__pyx_kwds, __pyx_kwvalues";

    #[test]
    fn every_wrapper_of_basics_is_recognised() {
        let (mut text, fields) = basics();
        let blocks = text.matches(CALL).count();
        let lines = text.lines().count();
        assert!(blocks >= 5, "{blocks}");
        assert_eq!(table_driven_args(&mut text, &fields), blocks);
        assert_eq!(text.matches(CALL).count(), 0);
        assert_eq!(
            text.matches("__Pyx_ParseArgs(&__pyx_argspec").count(),
            blocks
        );
        assert_eq!(text.lines().count(), lines);
        // A default and a keyword-only parameter: `add(a, b=2, *, scale=1)`.
        let add = &text[text.find("\"add\", __pyx_pyargnames").unwrap()..];
        let spec: String = add[..add.find('}').unwrap()].split_whitespace().collect();
        assert_eq!(
            spec,
            "\"add\",__pyx_pyargnames,3,1,2,0,0,0,__Pyx_ARGS_KEYWORDS"
        );
    }

    #[test]
    fn a_block_of_another_shape_is_kept() {
        let (mut text, fields) = basics();
        let blocks = text.matches(CALL).count();
        // One wrapper's positional switch gains a case Cython would not write.
        let at = text.find("default: goto __pyx_L5_argtuple_error;").unwrap();
        text.insert_str(at, "case 9: ");
        assert_eq!(table_driven_args(&mut text, &fields), blocks - 1);
        assert_eq!(text.matches(CALL).count(), 1);
    }

    #[test]
    fn names_that_are_not_rom_constants_keep_the_block() {
        let (mut text, _) = basics();
        let before = text.clone();
        assert_eq!(table_driven_args(&mut text, &HashSet::new()), 0);
        assert_eq!(text, before);
    }
}
