//! Stage 4, parse: neutralise the macros tree-sitter-c cannot read (`rules/prelude.toml`), keeping
//! byte offsets, then parse. ERROR and MISSING nodes left in kept code become diagnostics.

use crate::diag::{Code, Diagnostic};
use serde::Deserialize;
use std::collections::BTreeMap;
use tree_sitter::{Node, Parser, Tree, TreeCursor};

#[derive(Debug, Deserialize)]
pub struct Prelude {
    /// Macro -> what it means in the output (defined in the output's prologue).
    pub blank: BTreeMap<String, String>,
    /// Statement macros that Cython writes without a trailing `;` (`__PYX_ERR(...)`).
    pub statement_macros: Vec<String>,
    /// Macros whose first argument is a type.
    pub type_arg_macros: Vec<String>,
    /// Name prefixes of macro families (`__Pyx_BufPtrStrided2d`: the prefix, a number, `d`)
    /// whose first argument is the pointer type their result is cast to.
    #[serde(default)]
    pub cast_type_arg_macros: Vec<String>,
    /// Macro -> shorter replacement text the grammar can read.
    pub replace: BTreeMap<String, String>,
}

pub const BUILTIN_PRELUDE: &str = include_str!("../rules/prelude.toml");

impl Prelude {
    pub fn builtin() -> Prelude {
        toml::from_str(BUILTIN_PRELUDE).expect("rules/prelude.toml is valid")
    }

    /// Is `name` one of the `cast_type_arg_macros` families (`__Pyx_BufPtrFull2d`)?
    pub fn casts_type_arg(&self, name: &str) -> bool {
        self.cast_type_arg_macros
            .iter()
            .any(|p| is_numbered_family(name, p))
    }
}

/// A node's kind, read from a table of the grammar's names: `Node::kind` checks the name's UTF-8
/// on every call, which the tree walks of every stage make hundreds of thousands of times.
pub fn kind(node: Node) -> &'static str {
    static KINDS: std::sync::OnceLock<Vec<&'static str>> = std::sync::OnceLock::new();
    let kinds = KINDS.get_or_init(|| {
        let language: tree_sitter::Language = tree_sitter_c::LANGUAGE.into();
        (0..language.node_kind_count())
            .map(|id| {
                u16::try_from(id)
                    .ok()
                    .and_then(|id| language.node_kind_for_id(id))
                    .unwrap_or("")
            })
            .collect()
    });
    match kinds.get(usize::from(node.kind_id())) {
        Some(k) if !k.is_empty() => k,
        // ERROR and other built-in symbols outside the table.
        _ => node.kind(),
    }
}

/// Moves a walking `cursor` past its node's subtree to the next node in document order, popping
/// one entry of `parents` (what the walk keeps for each ancestor) for each ancestor it leaves;
/// false when the walk has left the cursor's root.
pub fn skip_subtree<T>(cursor: &mut TreeCursor, parents: &mut Vec<T>) -> bool {
    loop {
        if cursor.goto_next_sibling() {
            return true;
        }
        if !cursor.goto_parent() {
            return false;
        }
        parents.pop();
    }
}

/// Replace every whole-word use of a prelude macro, outside comments and strings, with spaces.
/// The parser then reads them as white space; the rewrite stage copies white space between nodes
/// from the text before the prelude, so the macros reappear in the output as written.
pub fn apply_prelude(text: &str, prelude: &Prelude) -> String {
    to_string(prelude_bytes(text, prelude).0)
}

/// `apply_prelude` and `prelude_gaps` of `text` in one scan: (parsed text, gaps).
pub fn apply_prelude_with_gaps(text: &str, prelude: &Prelude) -> (String, String) {
    let (out, blanked) = prelude_bytes(text, prelude);
    let mut gaps = out.clone();
    let orig = text.as_bytes();
    for (start, end) in blanked {
        gaps[start..end].copy_from_slice(&orig[start..end]);
    }
    (to_string(out), to_string(gaps))
}

fn to_string(bytes: Vec<u8>) -> String {
    String::from_utf8(bytes).unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned())
}

/// The lists of the prelude a name is in (`prelude_bytes`).
#[derive(Default)]
struct MacroRole<'p> {
    blank: bool,
    replace: Option<&'p str>,
    statement: bool,
    type_arg: bool,
}

/// The prelude's text as bytes, and the ranges of the `[blank]` macros it blanked.
fn prelude_bytes(text: &str, prelude: &Prelude) -> (Vec<u8>, Vec<(usize, usize)>) {
    let mut out = text.as_bytes().to_vec();
    let mut blanked = Vec::new();
    let mut calls = Vec::new();
    let mut type_args = Vec::new();
    let mut casts = Vec::new();
    // What each macro the prelude names is, found by one hash lookup per identifier.
    let mut roles: crate::load::IdentMap<&str, MacroRole> = Default::default();
    for name in prelude.blank.keys() {
        roles.entry(name).or_default().blank = true;
    }
    for (name, r) in &prelude.replace {
        roles.entry(name).or_default().replace = Some(r);
    }
    for name in &prelude.statement_macros {
        roles.entry(name).or_default().statement = true;
    }
    for name in &prelude.type_arg_macros {
        roles.entry(name).or_default().type_arg = true;
    }
    let none = MacroRole::default();
    let wanted = |name: &str| roles.contains_key(name) || prelude.casts_type_arg(name);
    for_each_wanted_code_ident(text, wanted, |start, end| {
        let name = &text[start..end];
        let role = roles.get(name).unwrap_or(&none);
        if role.blank {
            out[start..end].fill(b' ');
            blanked.push((start, end));
        } else if let Some(r) = role.replace.filter(|r| r.len() <= end - start) {
            out[start..end].fill(b' ');
            out[start..start + r.len()].copy_from_slice(r.as_bytes());
        } else if role.statement {
            calls.push(end);
        } else if role.type_arg {
            type_args.push(end);
        } else if prelude.casts_type_arg(name) {
            casts.push((start, end));
        }
    });
    for (start, end) in casts {
        hoist_cast_type(&mut out, start, end);
    }
    for end in calls {
        terminate_statement_macro(&mut out, end);
    }
    for end in type_args {
        blank_type_keyword(&mut out, end);
    }
    (out, blanked)
}

/// The text the rewriter copies white space between nodes from: the prelude's text, with the
/// `[blank]` macros as written (so they reappear in the output). Replaced macros and the other
/// edits of the prelude stay as the parser saw them: a replacement shorter than its macro would
/// otherwise leave the macro's tail in the gap after it.
pub fn prelude_gaps(original: &str, prelude_text: &str, prelude: &Prelude) -> String {
    let mut out = prelude_text.as_bytes().to_vec();
    let orig = original.as_bytes();
    for_each_code_ident(original, |start, end| {
        if prelude.blank.contains_key(&original[start..end]) && out.len() >= end {
            out[start..end].copy_from_slice(&orig[start..end]);
        }
    });
    String::from_utf8(out).unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned())
}

/// Cython writes statement macros without a `;` (`__PYX_ERR(0, 7, L)`), which the C grammar cannot
/// read. Give the call its `;` without changing the length: drop one space after a comma inside
/// the arguments and move the rest left by one.
fn terminate_statement_macro(out: &mut [u8], name_end: usize) {
    if out.get(name_end) != Some(&b'(') {
        // A statement macro without arguments (`__Pyx_PyThreadState_declare`): the white space
        // character after it becomes its `;`, unless a `;` follows already.
        let next = out[name_end..].iter().find(|b| !b.is_ascii_whitespace());
        if next != Some(&b';') && out.get(name_end).is_some_and(|b| b.is_ascii_whitespace()) {
            out[name_end] = b';';
        }
        return;
    }
    let mut depth = 0;
    let mut close = None;
    for (i, &b) in out.iter().enumerate().skip(name_end) {
        match b {
            b'(' => depth += 1,
            b')' => {
                depth -= 1;
                if depth == 0 {
                    close = Some(i);
                    break;
                }
            }
            b'\n' => return,
            _ => {}
        }
    }
    let Some(close) = close else { return };
    let next = out[close + 1..]
        .iter()
        .find(|b| !b.is_ascii_whitespace() || **b == b'\n');
    if next == Some(&b';') {
        return;
    }
    let Some(space) = (name_end..close)
        .find(|&i| out[i] == b',' && out[i + 1] == b' ')
        .map(|i| i + 1)
    else {
        // No space inside the call (`NAME()`): the white space after it becomes the `;`.
        if out.get(close + 1).is_some_and(|b| b.is_ascii_whitespace()) {
            out[close + 1] = b';';
        }
        return;
    };
    out.copy_within(space + 1..=close, space);
    out[close] = b';';
}

/// Is `name` the prefix `prefix`, a number and `d` (`__Pyx_BufPtrFull2d`)?
fn is_numbered_family(name: &str, prefix: &str) -> bool {
    name.strip_prefix(prefix)
        .and_then(|rest| rest.strip_suffix('d'))
        .is_some_and(|n| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()))
}

/// `M(T *, a, b)`, a macro whose first argument is the pointer type of its result, becomes
/// `(T *)M(a,b)` of the same length: the type a cast the grammar reads (and the type rules
/// rewrite), the call without it, for a rule or runtime macro that computes the address. The
/// byte the text needs is taken from white space inside the call; a call without any, or on
/// more than one line, stays as written (and does not parse).
fn hoist_cast_type(out: &mut [u8], name_start: usize, name_end: usize) {
    if out.get(name_end) != Some(&b'(') {
        return;
    }
    let mut depth = 0;
    let mut comma = None;
    let mut close = None;
    for (i, &b) in out.iter().enumerate().skip(name_end) {
        match b {
            b'(' => depth += 1,
            b')' => {
                depth -= 1;
                if depth == 0 {
                    close = Some(i);
                    break;
                }
            }
            b',' if depth == 1 && comma.is_none() => comma = Some(i),
            b'\n' => return,
            _ => {}
        }
    }
    let (Some(comma), Some(close)) = (comma, close) else {
        return;
    };
    let ty = out[name_end + 1..comma].trim_ascii().to_vec();
    if ty.is_empty() {
        return;
    }
    let name = out[name_start..name_end].to_vec();
    let mut rest: Vec<u8> = out[comma + 1..=close].trim_ascii_start().to_vec();
    let mut new = Vec::with_capacity(close + 1 - name_start);
    new.push(b'(');
    new.extend_from_slice(&ty);
    new.push(b')');
    new.extend_from_slice(&name);
    new.push(b'(');
    let len = close + 1 - name_start;
    // Squeeze the spaces after the arguments' commas until the text fits.
    while new.len() + rest.len() > len {
        let Some(i) = rest.windows(2).position(|w| w == b", ") else {
            return;
        };
        rest.remove(i + 1);
    }
    new.extend_from_slice(&rest);
    new.resize(len, b' ');
    out[name_start..=close].copy_from_slice(&new);
}

/// `M(struct X, ...)`: blank the `struct`/`union`/`enum` keyword of the first argument.
fn blank_type_keyword(out: &mut [u8], name_end: usize) {
    let mut i = name_end;
    while i < out.len() && out[i] == b' ' {
        i += 1;
    }
    if out.get(i) != Some(&b'(') {
        return;
    }
    i += 1;
    while i < out.len() && out[i].is_ascii_whitespace() {
        i += 1;
    }
    for kw in [&b"struct "[..], b"union ", b"enum "] {
        if out[i..].starts_with(kw) {
            out[i..i + kw.len()].fill(b' ');
            break;
        }
    }
    // A pointer type argument (`__Pyx_PyType_GetSlot(t, tp_base, PyTypeObject*)`): blank the
    // `*`s that end an argument, so that the type name parses as an identifier. A type of
    // several keywords (`__Pyx_GetItemInt(o, i, unsigned long, ...)`) becomes one identifier
    // (`unsigned_long`), for the same reason.
    let mut depth = 0;
    let mut j = i;
    let mut arg_start = i;
    while j < out.len() {
        match out[j] {
            b'(' => depth += 1,
            b')' if depth > 0 => depth -= 1,
            b',' | b')' if depth == 0 => {
                join_type_keywords(&mut out[arg_start..j]);
                arg_start = j + 1;
                let mut k = j;
                while k > i && out[k - 1].is_ascii_whitespace() {
                    k -= 1;
                }
                while k > i && out[k - 1] == b'*' {
                    out[k - 1] = b' ';
                    k -= 1;
                }
                if out[j] == b')' {
                    return;
                }
            }
            b'\n' | b';' | b'{' => return,
            _ => {}
        }
        j += 1;
    }
}

/// A macro argument that is a type of several words, C keywords and a last type name
/// (`unsigned long`, `long long`, `unsigned PY_LONG_LONG`): the spaces between the words become
/// `_`, so the argument is one identifier for the parser (no C expression is two words starting
/// with such a keyword). The runtime's macros that take such a type do not use it.
fn join_type_keywords(arg: &mut [u8]) {
    const KEYWORDS: [&str; 7] = [
        "unsigned", "signed", "short", "long", "int", "char", "const",
    ];
    let Ok(text) = std::str::from_utf8(arg) else {
        return;
    };
    let words: Vec<&str> = text.split_ascii_whitespace().collect();
    let Some((last, first)) = words.split_last() else {
        return;
    };
    let ident = |w: &str| {
        w.chars().all(|c| c.is_ascii_alphanumeric() || c == '_')
            && w.chars().next().is_some_and(|c| !c.is_ascii_digit())
    };
    if first.is_empty() || !first.iter().all(|w| KEYWORDS.contains(w)) || !ident(last) {
        return;
    }
    let first = text.len() - text.trim_start().len();
    let last = text.trim_end().len();
    for b in &mut arg[first..last] {
        if *b == b' ' {
            *b = b'_';
        }
    }
}

/// The identifier that starts `s` (`NAME rest` -> `NAME`), or "" when `s` starts otherwise.
pub fn leading_ident(s: &str) -> &str {
    let end = s
        .find(|c: char| !(c.is_ascii_alphanumeric() || c == '_'))
        .unwrap_or(s.len());
    &s[..end]
}

/// The identifier that ends `s` (`static int f` -> `f`), or "" when `s` ends otherwise.
pub fn trailing_ident(s: &str) -> &str {
    // The end of the last other character, which may be a multi-byte one.
    let start = s
        .char_indices()
        .rev()
        .find(|&(_, c)| !(c.is_ascii_alphanumeric() || c == '_'))
        .map(|(i, c)| i + c.len_utf8())
        .unwrap_or(0);
    &s[start..]
}

/// Which bytes continue an identifier (ASCII letters, digits, `_`): one load per byte in the
/// scans below, where `is_ascii_alphanumeric() || == b'_'` costs several compares.
static IDENT_BYTE: [bool; 256] = {
    let mut t = [false; 256];
    let mut c = 0;
    while c < 256 {
        let b = c as u8;
        t[c] = b.is_ascii_alphanumeric() || b == b'_';
        c += 1;
    }
    t
};

/// Does byte `b` continue an identifier (an ASCII letter, digit or `_`)?
pub(crate) fn is_ident_byte(b: u8) -> bool {
    IDENT_BYTE[usize::from(b)]
}

/// The end of the identifier bytes from `from` on: eight bytes at a time while all eight are
/// (Cython's names are long: `__pyx_pw_7viewobj_5Shape_3area`), then one at a time.
pub(crate) fn ident_end(b: &[u8], from: usize) -> usize {
    let mut i = from;
    while let Some(chunk) = b.get(i..i + 8) {
        let all = chunk
            .iter()
            .fold(true, |all, &c| all & IDENT_BYTE[usize::from(c)]);
        if !all {
            break;
        }
        i += 8;
    }
    while i < b.len() && IDENT_BYTE[usize::from(b[i])] {
        i += 1;
    }
    i
}

/// Call `f(start, end)` for each identifier token outside comments, strings and char literals.
pub fn for_each_code_ident(text: &str, f: impl FnMut(usize, usize)) {
    code_idents(text, 0, text.len(), f);
}

/// `for_each_code_ident` over a large text on two threads, calling `f` only for the identifiers
/// `wanted` accepts (a caller's first test, which ignores the others): the text is cut at a line
/// start near its middle, and a second thread finds the wanted identifiers of the second half
/// while this one scans the first. The scan's only state between tokens is its position, so
/// when the first half's last token ends exactly at the cut (not inside a comment or a string
/// that runs on), the second half's identifiers are those of the one-thread scan, and `f` gets
/// them after the first half's, in the order of the text; otherwise the rest is scanned here.
pub fn for_each_wanted_code_ident(
    text: &str,
    wanted: impl Fn(&str) -> bool + Sync,
    mut f: impl FnMut(usize, usize),
) {
    let wanted = &wanted;
    let Some(cut) = crate::load::middle_line_start(text) else {
        for_each_code_ident(text, only_wanted(text, wanted, &mut f));
        return;
    };
    std::thread::scope(|scope| {
        let later = scope.spawn(move || {
            let mut later = Vec::new();
            let mut push = |s, e| later.push((s, e));
            code_idents(text, cut, text.len(), only_wanted(text, wanted, &mut push));
            later
        });
        let reached = code_idents(text, 0, cut, only_wanted(text, wanted, &mut f));
        let later = later
            .join()
            .unwrap_or_else(|panic| std::panic::resume_unwind(panic));
        if reached == cut {
            for (s, e) in later {
                f(s, e);
            }
        } else {
            code_idents(text, reached, text.len(), only_wanted(text, wanted, &mut f));
        }
    });
}

/// `f` called only for the identifiers `wanted` accepts.
fn only_wanted<'a>(
    text: &'a str,
    wanted: &'a (impl Fn(&str) -> bool + ?Sized),
    f: &'a mut impl FnMut(usize, usize),
) -> impl FnMut(usize, usize) + 'a {
    move |s, e| {
        if wanted(&text[s..e]) {
            f(s, e)
        }
    }
}

/// The scan of `for_each_code_ident` from `from` (a position between tokens), stopping before
/// the first token that starts at or after `stop`; returns that token's start.
fn code_idents(text: &str, from: usize, stop: usize, mut f: impl FnMut(usize, usize)) -> usize {
    let b = text.as_bytes();
    let mut i = from;
    while i < stop {
        let c = b[i];
        if c == b' ' {
            // Pruned text is mostly blank: skip spaces eight at a time.
            i = crate::load::skip_spaces(b, i + 1);
        } else if IDENT_BYTE[usize::from(c)] && !c.is_ascii_digit() {
            let st = i;
            i = ident_end(b, i + 1);
            f(st, i);
        } else if c == b'/' && i + 1 < b.len() && b[i + 1] == b'*' {
            i = crate::load::find_str(text, i + 2, "*/").map_or(b.len(), |e| e + 2);
        } else if c == b'/' && i + 1 < b.len() && b[i + 1] == b'/' {
            i = crate::load::find_byte(b, i, b'\n').unwrap_or(b.len());
        } else if c == b'"' || c == b'\'' {
            i += 1;
            while i < b.len() && b[i] != c && b[i] != b'\n' {
                if b[i] == b'\\' {
                    i += 1;
                }
                i += 1;
            }
            i += 1;
        } else if c.is_ascii_digit() {
            while i < b.len() && (b[i].is_ascii_alphanumeric() || b[i] == b'.') {
                i += 1;
            }
        } else {
            i += 1;
        }
    }
    i
}

/// `#define`s for the prelude's macros, for the output's prologue.
pub fn prelude_definitions(prelude: &Prelude) -> String {
    let mut out = String::new();
    for (name, value) in &prelude.blank {
        out.push_str(&format!("#ifndef {name}\n#define {name} {value}\n#endif\n"));
    }
    out
}

/// The parsed text: one syntax tree, or for a large file two, one for each half of its top-level
/// declarations, parsed on two threads (tree-sitter cannot join trees). Both trees keep the
/// text's byte offsets; `top_level` lists their declarations in order, as one tree's would be.
pub struct Syntax {
    trees: Vec<Tree>,
}

impl Syntax {
    /// The root of each tree, in the order of the text.
    pub fn roots(&self) -> impl Iterator<Item = Node<'_>> {
        self.trees.iter().map(Tree::root_node)
    }

    /// The top-level declarations (the roots' children), in the order of the text.
    pub fn top_level(&self) -> Vec<Node<'_>> {
        let mut out = Vec::new();
        for root in self.roots() {
            let mut cursor = root.walk();
            out.extend(root.children(&mut cursor));
        }
        out
    }

    /// The bytes the trees span: from the first root's start to the last root's end.
    pub fn span(&self) -> (usize, usize) {
        let start = self.roots().next().map_or(0, |r| r.start_byte());
        let end = self.roots().last().map_or(0, |r| r.end_byte());
        (start, end)
    }
}

/// Below this many bytes of code, one parser is quicker than two threads.
const SPLIT_MIN: usize = 128 * 1024;

pub fn parse(text: &str) -> Result<Syntax, Diagnostic> {
    // Pruning leaves most of the file blank: parse only the stretches that hold code.
    let spans = code_spans(text);
    let line_starts = crate::load::line_starts(text);
    let ranges = |spans: &[(usize, usize)]| to_ranges(spans, &line_starts);
    if let Some(cut) = top_level_cut(text, &spans) {
        let first: Vec<(usize, usize)> = spans
            .iter()
            .filter(|s| s.0 < cut)
            .map(|&(s, e)| (s, e.min(cut)))
            .collect();
        let second: Vec<(usize, usize)> = spans
            .iter()
            .filter(|s| s.1 > cut)
            .map(|&(s, e)| (s.max(cut), e))
            .collect();
        let (a, b) = std::thread::scope(|s| {
            let worker = s.spawn(|| parse_ranges(text, &ranges(&second)));
            let a = parse_ranges(text, &ranges(&first));
            match worker.join() {
                Ok(b) => (a, b),
                Err(panic) => std::panic::resume_unwind(panic),
            }
        });
        // Each half must parse cleanly and the first end with the function closed at the cut;
        // otherwise (a syntax error, or a cut that was not between two declarations) the text is
        // parsed whole, which gives the diagnostics their usual places.
        if let (Ok(a), Ok(b)) = (a, b) {
            let (ra, rb) = (a.root_node(), b.root_node());
            let closes_at_cut = ra
                .child(ra.child_count().wrapping_sub(1))
                .is_some_and(|last| {
                    kind(last) == "function_definition" && last.end_byte() == cut - 1
                });
            if closes_at_cut && !ra.has_error() && !rb.has_error() {
                return Ok(Syntax { trees: vec![a, b] });
            }
        }
    }
    let tree = parse_ranges(text, &ranges(&spans))?;
    Ok(Syntax { trees: vec![tree] })
}

fn parse_ranges(text: &str, ranges: &[tree_sitter::Range]) -> Result<Tree, Diagnostic> {
    let mut parser = Parser::new();
    parser
        .set_language(&tree_sitter_c::LANGUAGE.into())
        .map_err(|e| {
            Diagnostic::error(Code::Parse, format!("cannot load the C grammar: {e}"), 0..0)
        })?;
    if !ranges.is_empty() {
        parser
            .set_included_ranges(ranges)
            .map_err(|e| Diagnostic::error(Code::Parse, format!("bad parse ranges: {e}"), 0..0))?;
    }
    parser
        .parse(text, None)
        .ok_or_else(|| Diagnostic::error(Code::Parse, "the C parser gave up", 0..text.len().min(1)))
}

/// Where to cut a large text in two for the parser: the start of the line after a function
/// definition's closing `}` (a line of its own, as Cython writes it) at about half of the code's
/// bytes. `parse` checks the cut: both halves must parse cleanly, the first ending with that
/// function. `None` for a text with less than `SPLIT_MIN` bytes of code.
fn top_level_cut(text: &str, spans: &[(usize, usize)]) -> Option<usize> {
    let total: usize = spans.iter().map(|(s, e)| e - s).sum();
    if total < SPLIT_MIN {
        return None;
    }
    let mut seen = 0;
    let mut half = 0;
    for &(s, e) in spans {
        if seen + (e - s) >= total / 2 {
            half = s + (total / 2 - seen);
            break;
        }
        seen += e - s;
    }
    let b = text.as_bytes();
    let mut from = half;
    // `half` may fall inside a character: search the bytes.
    while let Some(p) = crate::load::find_str(text, from, "\n}\n") {
        let close = p + 1;
        // Not the end of a macro's continuation line.
        let prev_line_continues = b[..close - 1].last() == Some(&b'\\');
        if !prev_line_continues {
            return Some(close + 2);
        }
        from = close;
    }
    None
}

/// The byte ranges of `text` outside long runs of white space, for the parser. A run of white
/// space that holds two line breaks or more is left out from after its first line break to its
/// last: the parser still sees a line break on either side (which ends a preprocessor line and
/// keeps the tokens around the run apart), and no more of the blank lines that pruning leaves.
fn code_spans(text: &str) -> Vec<(usize, usize)> {
    const MIN_GAP: usize = 256;
    const EDGE_GAP: usize = 4096;
    let b = text.as_bytes();
    let mut spans: Vec<(usize, usize)> = Vec::new();
    let mut i = 0;
    while i < b.len() {
        if b[i].is_ascii_whitespace() {
            let st = i;
            // Mostly runs of spaces broken by line breaks: the spaces eight at a time.
            loop {
                i = crate::load::skip_spaces(b, i);
                if i < b.len() && b[i].is_ascii_whitespace() {
                    i += 1;
                } else {
                    break;
                }
            }
            let first_nl = memchr::memchr(b'\n', &b[st..i]).map(|p| st + p);
            let last_nl = memchr::memrchr(b'\n', &b[st..i]).map(|p| st + p);
            let (keep_to, resume) = match (first_nl, last_nl) {
                // The runs at either end of the text: all or nothing, so the tree spans what it
                // always spanned.
                _ if st == 0 || i == b.len() => {
                    if i - st < EDGE_GAP {
                        (i, i)
                    } else {
                        (st, i)
                    }
                }
                (Some(f), Some(l)) if l - f >= MIN_GAP => (f + 1, l),
                _ => (i, i),
            };
            if keep_to == st && resume == i {
                continue;
            }
            match spans.last_mut() {
                Some(last) if last.1 == st => last.1 = keep_to,
                _ => spans.push((st, keep_to)),
            }
            if resume < i {
                spans.push((resume, i));
            }
        } else {
            let st = i;
            while i < b.len() && !b[i].is_ascii_whitespace() {
                i += 1;
            }
            match spans.last_mut() {
                Some(last) if last.1 == st => last.1 = i,
                _ => spans.push((st, i)),
            }
        }
    }
    spans
}

/// `spans` as the parser's ranges, with their rows and columns.
fn to_ranges(spans: &[(usize, usize)], line_starts: &[usize]) -> Vec<tree_sitter::Range> {
    let point = |off: usize| {
        let row = line_starts.partition_point(|&s| s <= off) - 1;
        tree_sitter::Point::new(row, off - line_starts[row])
    };
    spans
        .iter()
        .map(|&(s, e)| tree_sitter::Range {
            start_byte: s,
            end_byte: e,
            start_point: point(s),
            end_point: point(e),
        })
        .collect()
}

/// The syntax errors outside the `replaced` ranges `(start, end)`: they matter only in code that
/// is translated, not in code replaced as a whole.
pub fn syntax_errors_outside(tree: &Syntax, replaced: &[(usize, usize)]) -> Vec<Diagnostic> {
    let mut errors = syntax_errors(tree);
    errors.retain(|d| {
        !replaced
            .iter()
            .any(|(s, e)| d.span.start >= *s && d.span.end <= *e)
    });
    errors
}

/// ERROR and MISSING nodes: each is a diagnostic, since kept code must parse.
pub fn syntax_errors(tree: &Syntax) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    for root in tree.roots() {
        collect_errors(root, &mut out);
    }
    out
}

fn collect_errors(node: Node, out: &mut Vec<Diagnostic>) {
    if !node.has_error() {
        return;
    }
    if node.is_error() {
        out.push(Diagnostic::error(
            Code::Parse,
            "this C does not parse after macro neutralisation; it cannot be rewritten safely",
            node.byte_range(),
        ));
        return;
    }
    if node.is_missing() {
        out.push(Diagnostic::error(
            Code::Parse,
            format!("the C parser expected `{}` here", node.kind()),
            node.byte_range(),
        ));
        return;
    }
    let mut cursor = node.walk();
    for child in node.children(&mut cursor) {
        collect_errors(child, out);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The wanted identifiers in order, by the one-thread scan.
    fn wanted_idents(text: &str) -> Vec<(usize, usize)> {
        let mut v = Vec::new();
        for_each_code_ident(text, |s, e| {
            if text[s..e].starts_with("w_") {
                v.push((s, e));
            }
        });
        v
    }

    #[test]
    fn split_ident_scan_is_the_one_thread_scan() {
        let line = "int w_a = x_b + w_c; /* w_no */ char *s = \"w_no\";\n";
        let half = crate::load::THREAD_MIN / line.len() + 1;
        // The cut falls in plain lines, inside a block comment, and inside a string whose
        // escaped line break runs on past it.
        let middles = [
            "",
            "/* w_no\n w_no\n w_no */ w_d\n",
            "\"w_no w_no w_no w_no\\\n w_no\" w_e\n",
        ];
        for middle in middles {
            let text = format!("{}{middle}{}", line.repeat(half), line.repeat(half));
            let mut split = Vec::new();
            for_each_wanted_code_ident(&text, |n| n.starts_with("w_"), |s, e| split.push((s, e)));
            assert_eq!(split, wanted_idents(&text));
            assert!(split.len() >= 4 * half);
        }
    }

    /// Top-level declarations as (kind, byte range): what the stages see of the parse.
    fn shape(syntax: &Syntax) -> Vec<(&'static str, std::ops::Range<usize>)> {
        syntax
            .top_level()
            .into_iter()
            .map(|n| (kind(n), n.byte_range()))
            .collect()
    }

    fn whole(text: &str) -> Syntax {
        let spans = code_spans(text);
        let ranges = to_ranges(&spans, &crate::load::line_starts(text));
        Syntax {
            trees: vec![parse_ranges(text, &ranges).expect("parses")],
        }
    }

    fn large_file(body: &str) -> String {
        let mut c = String::from("#include <stdio.h>\n");
        for i in 0..3000 {
            c.push_str(&format!(
                "static int f{i}(int a) {{\n  {body}\n  return a + {i};\n}}\n\n"
            ));
        }
        c
    }

    #[test]
    fn a_large_text_is_parsed_as_two_trees_with_one_trees_declarations() {
        let c = large_file("a = a * 2;");
        let two = parse(&c).expect("parses");
        assert_eq!(two.trees.len(), 2);
        assert_eq!(shape(&two), shape(&whole(&c)));
        assert_eq!(two.span(), whole(&c).span());
    }

    #[test]
    fn a_cut_is_found_past_characters_of_several_bytes() {
        let c = large_file("a = a * 2; /* é€ é€ é€ é€ é€ é€ é€ é€ é€ é€ é€ é€ */");
        for half in 0..64 {
            let spans = vec![(0, c.len() / 2 + half)];
            let _ = top_level_cut(&c, &spans);
        }
        let two = parse(&c).expect("parses");
        assert_eq!(two.trees.len(), 2);
        assert_eq!(shape(&two), shape(&whole(&c)));
    }

    #[test]
    fn a_syntax_error_in_a_half_parses_the_text_whole() {
        let mut c = large_file("a = a * 2;");
        c.push_str("static int broken(int a) { return a +; }\n");
        let syntax = parse(&c).expect("parses");
        assert_eq!(syntax.trees.len(), 1);
        assert_eq!(
            syntax_errors(&syntax).len(),
            syntax_errors(&whole(&c)).len()
        );
        assert!(!syntax_errors(&syntax).is_empty());
    }

    #[test]
    fn a_type_of_several_keywords_becomes_one_word_in_type_arg_macros() {
        let c = "x = __Pyx_GetItemInt(o, i, unsigned long, 0, f, 0, 1, 1, s);\n\
                 y = g(unsigned long);\n\
                 z = __Pyx_GetItemInt(o, i, Py_ssize_t, 1, f, 0, 1, 1, s);\n\
                 w = __Pyx_DelItemInt(o, i, unsigned PY_LONG_LONG, 0, f, 0, 1, 1, s);\n";
        let out = apply_prelude(c, &Prelude::builtin());
        assert_eq!(out.len(), c.len());
        assert!(out.contains("__Pyx_GetItemInt(o, i, unsigned_long, 0,"));
        assert!(out.contains("g(unsigned long)"));
        assert!(out.contains("__Pyx_GetItemInt(o, i, Py_ssize_t, 1,"));
        assert!(out.contains("__Pyx_DelItemInt(o, i, unsigned_PY_LONG_LONG, 0,"));
    }

    #[test]
    fn the_pointer_type_of_a_buffer_lookup_becomes_a_cast_of_the_call() {
        let c = "void f(void) {\n\
                 s = *__Pyx_BufPtrFull1d(int *, b.buf, i, d[0].strides, d[0].suboffsets);\n\
                 p = __Pyx_BufPtrStrided2d(PyObject **, b, i0, s0, i1, s1);\n\
                 t = __Pyx_BufPtrStrided1d(int *,b, i, s);\n\
                 }\n\
                 q = __Pyx_BufPtrCContig1d(struct __pyx_t_P *,b,i,s);\n\
                 r = __Pyx_BufPtrStridedX(int *, b, i, s);\n";
        let out = apply_prelude(c, &Prelude::builtin());
        assert_eq!(out.len(), c.len());
        assert!(out
            .contains("s = *(int *)__Pyx_BufPtrFull1d(b.buf, i, d[0].strides, d[0].suboffsets);"));
        assert!(out.contains("p = (PyObject **)__Pyx_BufPtrStrided2d(b, i0, s0, i1, s1);"));
        assert!(out.contains("t = (int *)__Pyx_BufPtrStrided1d(b,i, s);"));
        // No white space to take the byte from: left as written.
        assert!(out.contains("q = __Pyx_BufPtrCContig1d(struct __pyx_t_P *,b,i,s);"));
        assert!(out.contains("r = __Pyx_BufPtrStridedX(int *, b, i, s);"));
        let tree = parse(&out).expect("parses");
        let f = tree.top_level()[0];
        assert_eq!(kind(f), "function_definition");
        assert!(!f.has_error());
    }
}
