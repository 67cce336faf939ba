//! Stage 2, settle the configuration: a partial evaluator for the C preprocessor.
//!
//! Cython's C serves several Python runtimes through `#if` switches and computes its own
//! `CYTHON_*` switches from other macros. This stage walks the file in order, follows its
//! `#define`/`#undef`s, and resolves every conditional whose value depends only on macros the
//! profile knows. Dead branches and resolved directives are blanked with spaces, so byte offsets
//! and line numbers stay those of the input. Conditionals that depend on unknown macros (compiler
//! features, say) are kept as they are.

use crate::load::blank;
use crate::profile::Profile;
use std::collections::{HashMap, HashSet};

#[derive(Debug, Clone, PartialEq)]
enum Macro {
    Defined {
        params: Option<Vec<String>>,
        body: String,
    },
    Undefined,
    Unknown,
}

/// A macro definition: `params` is `None` for an object-like macro.
#[derive(Debug, Clone, PartialEq)]
pub struct MacroDef {
    pub params: Option<Vec<String>>,
    pub body: String,
}

pub struct Configured {
    /// The input with dead code and resolved directives blanked; same length as the input.
    pub text: String,
    /// Object-like macros that Cython defines to a known integer constant at the end of the
    /// file: `CYTHON_ASSUME_SAFE_MACROS` = 0 and the like. Code that uses them as values gets them
    /// substituted by the rewrite stage.
    pub constants: HashMap<String, i64>,
    /// Cython's own macros (`__Pyx_`, `__PYX_`, `CYTHON_` names) as the file settles them for the
    /// profile: `#define __Pyx_PyObject_FromString __Pyx_PyBytes_FromString` follows the module's
    /// `c_string_type`. The rewrite stage expands one that no rule covers (docs/ARCHITECTURE.md).
    pub macros: HashMap<String, MacroDef>,
    /// How many conditionals were resolved, and how many were kept.
    pub resolved: usize,
    pub kept: usize,
}

struct Env<'p> {
    macros: HashMap<String, Macro>,
    profile: &'p Profile,
    undefined: HashSet<String>,
}

impl Env<'_> {
    fn lookup(&self, name: &str) -> Macro {
        if let Some(m) = self.macros.get(name) {
            return m.clone();
        }
        if self.undefined.contains(name)
            || self
                .profile
                .undefined
                .closed_prefixes
                .iter()
                .any(|p| name.starts_with(p.as_str()))
        {
            return Macro::Undefined;
        }
        Macro::Unknown
    }
}

#[derive(Debug, Clone, Copy, PartialEq)]
enum Tri {
    Active,
    Dead,
    Unknown,
}

struct Frame {
    /// Whether the code around this conditional is live (Active or Unknown) or Dead.
    outer: Tri,
    /// A branch already known true was taken: the rest are dead.
    taken: bool,
    /// Some directive of this chain is kept in the output.
    kept_chain: bool,
    /// The state of the branch we are in.
    current: Tri,
}

pub fn configure(text: &str, profile: &Profile) -> Configured {
    let mut env = Env {
        macros: HashMap::new(),
        profile,
        undefined: profile.undefined.names.iter().cloned().collect(),
    };
    for (k, v) in &profile.defines {
        env.macros.insert(
            k.clone(),
            Macro::Defined {
                params: None,
                body: v.clone(),
            },
        );
    }
    let mut out: Vec<u8> = text.as_bytes().to_vec();
    let mut stack: Vec<Frame> = Vec::new();
    let mut resolved = 0;
    let mut kept = 0;
    let mut in_comment = false;

    // Only a line with a `#` can be a directive, and only one with a `/` can open or close a
    // comment: the others are found by neither byte and skipped, and those among them in a dead
    // branch (the context changes only at a directive) are blanked as one stretch.
    let bytes = text.as_bytes();
    let mut next = 0;
    loop {
        let Some(found) = memchr::memchr2(b'#', b'/', &bytes[next..]).map(|p| next + p) else {
            if context_state(&stack) == Tri::Dead {
                blank(&mut out, next, bytes.len());
            }
            break;
        };
        let (start, end) = logical_line_at(bytes, next, found);
        let context = context_state(&stack);
        if context == Tri::Dead {
            blank(&mut out, next, start);
        }
        next = (end + 1).min(bytes.len());
        let raw = &text[start..end];
        let directive = if in_comment {
            None
        } else {
            parse_directive(raw)
        };
        // Track block comments so that `#` inside a comment is not read as a directive.
        in_comment = update_comment_state(raw, in_comment);
        let Some((name, rest)) = directive else {
            if context == Tri::Dead {
                blank(&mut out, start, end);
            }
            continue;
        };
        let rest = strip_comments(rest);
        match name {
            "if" | "ifdef" | "ifndef" => {
                if context == Tri::Dead {
                    stack.push(Frame {
                        outer: Tri::Dead,
                        taken: true,
                        kept_chain: false,
                        current: Tri::Dead,
                    });
                    blank(&mut out, start, end);
                    continue;
                }
                let value = match name {
                    "if" => eval_condition(&rest, &env),
                    "ifdef" => defined_value(rest.trim(), &env),
                    _ => defined_value(rest.trim(), &env).map(|v| (v == 0) as i64),
                };
                let frame = match value {
                    Some(v) => {
                        resolved += 1;
                        blank(&mut out, start, end);
                        Frame {
                            outer: context,
                            taken: v != 0,
                            kept_chain: false,
                            current: if v != 0 { Tri::Active } else { Tri::Dead },
                        }
                    }
                    None => {
                        kept += 1;
                        Frame {
                            outer: context,
                            taken: false,
                            kept_chain: true,
                            current: Tri::Unknown,
                        }
                    }
                };
                stack.push(frame);
            }
            "elif" | "elifdef" | "elifndef" | "else" => {
                let Some(frame) = stack.last_mut() else {
                    continue;
                };
                if frame.outer == Tri::Dead || frame.taken {
                    frame.current = Tri::Dead;
                    blank(&mut out, start, end);
                    continue;
                }
                let value = match name {
                    "else" => Some(1),
                    "elif" => eval_condition(&rest, &env),
                    "elifdef" => defined_value(rest.trim(), &env),
                    _ => defined_value(rest.trim(), &env).map(|v| (v == 0) as i64),
                };
                match value {
                    Some(0) => {
                        frame.current = Tri::Dead;
                        blank(&mut out, start, end);
                        resolved += 1;
                    }
                    Some(_) => {
                        frame.taken = true;
                        if frame.kept_chain {
                            // Earlier branches are undecided: this one becomes the `#else`.
                            frame.current = Tri::Unknown;
                            if name != "else" {
                                replace_directive(&mut out, start, end, "#else");
                            }
                        } else {
                            frame.current = Tri::Active;
                            blank(&mut out, start, end);
                        }
                        resolved += 1;
                    }
                    None => {
                        frame.current = Tri::Unknown;
                        if !frame.kept_chain {
                            // The first kept branch of the chain opens it.
                            let opener = match name {
                                "elifdef" => "#ifdef",
                                "elifndef" => "#ifndef",
                                _ => "#if",
                            };
                            let (d, kw_end) = directive_keyword(text, start);
                            let mut replacement = opener.to_string();
                            while replacement.len() < kw_end - d {
                                replacement.push(' ');
                            }
                            out[d..kw_end].copy_from_slice(replacement.as_bytes());
                            frame.kept_chain = true;
                        }
                        kept += 1;
                    }
                }
            }
            "endif" => {
                let Some(frame) = stack.pop() else {
                    continue;
                };
                if !frame.kept_chain {
                    blank(&mut out, start, end);
                }
            }
            "define" | "undef" => {
                if context == Tri::Dead {
                    blank(&mut out, start, end);
                    continue;
                }
                let (mname, m) = if name == "define" {
                    parse_define(&rest)
                } else {
                    (rest.trim().to_string(), Macro::Undefined)
                };
                if mname.is_empty() {
                    continue;
                }
                let m = if context == Tri::Unknown {
                    Macro::Unknown
                } else {
                    m
                };
                env.macros.insert(mname, m);
            }
            _ => {
                if context == Tri::Dead {
                    blank(&mut out, start, end);
                }
            }
        }
    }

    let mut constants = HashMap::new();
    for (name, m) in &env.macros {
        if let Macro::Defined { params: None, .. } = m {
            if env
                .profile
                .undefined
                .closed_prefixes
                .iter()
                .any(|p| name.starts_with(p.as_str()))
                && (name.starts_with("CYTHON_") || env.profile.module_switches.contains(name))
            {
                if let Some(v) = eval_condition(name, &env) {
                    constants.insert(name.clone(), v);
                }
            }
        }
    }

    let mut macros = HashMap::new();
    for (name, m) in &env.macros {
        if let Macro::Defined { params, body } = m {
            // `__pyx_memviewslice_`: the per-dimension contiguity checks of typed
            // memoryviews (`__pyx_memviewslice_is_contig_C3(s)`, MemviewSliceCheckContig).
            let cython_own = ["__Pyx_", "__PYX_", "CYTHON_", "__pyx_memviewslice_"]
                .iter()
                .any(|p| name.starts_with(p));
            let body = strip_comments(&body.replace("\\\n", " "));
            let body = body.split_whitespace().collect::<Vec<_>>().join(" ");
            if cython_own && !body.is_empty() && !constants.contains_key(name) {
                macros.insert(
                    name.clone(),
                    MacroDef {
                        params: params.clone(),
                        body,
                    },
                );
            }
        }
    }

    // Blanking only writes ASCII spaces over whole lines, or ASCII over ASCII directives.
    let text = String::from_utf8(out)
        .unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned());
    Configured {
        text,
        constants,
        macros,
        resolved,
        kept,
    }
}

fn context_state(stack: &[Frame]) -> Tri {
    let mut state = Tri::Active;
    for f in stack {
        match f.current {
            Tri::Dead => return Tri::Dead,
            Tri::Unknown => state = Tri::Unknown,
            Tri::Active => {}
        }
    }
    state
}

/// The logical line (backslash continuations joined) that holds `at`, as `(start, end)`: `end`
/// excludes the final newline. `from` is the start of a logical line at or before `at`.
fn logical_line_at(bytes: &[u8], from: usize, at: usize) -> (usize, usize) {
    // A newline ends a logical line unless a backslash (and a carriage return) stands before it.
    let ends_line = |i: usize| {
        let mut j = i;
        if j > 0 && bytes[j - 1] == b'\r' {
            j -= 1;
        }
        !(j > 0 && bytes[j - 1] == b'\\')
    };
    let mut start = at;
    loop {
        match memchr::memrchr(b'\n', &bytes[from..start]).map(|i| from + i) {
            Some(i) if ends_line(i) => {
                start = i + 1;
                break;
            }
            Some(i) => start = i,
            None => {
                start = from;
                break;
            }
        }
    }
    let mut end = at;
    loop {
        match crate::load::find_byte(bytes, end, b'\n') {
            Some(i) if ends_line(i) => return (start, i),
            Some(i) => end = i + 1,
            None => return (start, bytes.len()),
        }
    }
}

fn parse_directive(line: &str) -> Option<(&str, &str)> {
    let t = line.trim_start();
    let t = t.strip_prefix('#')?;
    let t = t.trim_start();
    let name_len = t
        .find(|c: char| !c.is_ascii_alphabetic())
        .unwrap_or(t.len());
    if name_len == 0 {
        return None;
    }
    Some((&t[..name_len], &t[name_len..]))
}

/// The byte range from `#` to the end of the directive keyword on the line starting at `start`.
fn directive_keyword(text: &str, start: usize) -> (usize, usize) {
    let b = text.as_bytes();
    let mut i = start;
    while i < b.len() && b[i] != b'#' {
        i += 1;
    }
    let hash = i;
    i += 1;
    while i < b.len() && (b[i] == b' ' || b[i] == b'\t') {
        i += 1;
    }
    while i < b.len() && b[i].is_ascii_alphabetic() {
        i += 1;
    }
    (hash, i)
}

fn update_comment_state(line: &str, mut in_comment: bool) -> bool {
    let b = line.as_bytes();
    // Most lines neither open nor close a comment: a comment opens at a `/`, and closes at a
    // `*/`.
    if !in_comment && !b.contains(&b'/') {
        return false;
    }
    if in_comment && !line.contains("*/") {
        return true;
    }
    let mut i = 0;
    let mut in_str: Option<u8> = None;
    while i < b.len() {
        if in_comment {
            if b[i] == b'*' && i + 1 < b.len() && b[i + 1] == b'/' {
                in_comment = false;
                i += 2;
                continue;
            }
        } else if let Some(q) = in_str {
            if b[i] == b'\\' {
                i += 2;
                continue;
            }
            if b[i] == q {
                in_str = None;
            }
        } else if b[i] == b'"' || b[i] == b'\'' {
            in_str = Some(b[i]);
        } else if b[i] == b'/' && i + 1 < b.len() && b[i + 1] == b'*' {
            in_comment = true;
            i += 2;
            continue;
        } else if b[i] == b'/' && i + 1 < b.len() && b[i + 1] == b'/' {
            break;
        }
        i += 1;
    }
    in_comment
}

fn strip_comments(s: &str) -> String {
    // Most directives hold neither a comment nor a continuation line.
    if !s.bytes().any(|c| c == b'/' || c == b'\\') {
        return s.to_string();
    }
    let mut out = String::new();
    let mut rest = s;
    loop {
        let block = rest.find("/*");
        let line = rest.find("//");
        match (block, line) {
            (Some(b), l) if l.is_none_or(|l| b < l) => {
                out.push_str(&rest[..b]);
                out.push(' ');
                match rest[b + 2..].find("*/") {
                    Some(e) => rest = &rest[b + 2 + e + 2..],
                    None => break,
                }
            }
            (_, Some(l)) => {
                out.push_str(&rest[..l]);
                break;
            }
            _ => {
                out.push_str(rest);
                break;
            }
        }
    }
    out.replace("\\\n", " ").replace("\\\r\n", " ")
}

fn replace_directive(out: &mut [u8], start: usize, end: usize, with: &str) {
    blank(out, start, end);
    let n = with.len().min(end - start);
    out[start..start + n].copy_from_slice(&with.as_bytes()[..n]);
}

fn parse_define(rest: &str) -> (String, Macro) {
    let t = rest.trim_start();
    let name_len = t
        .find(|c: char| !(c.is_ascii_alphanumeric() || c == '_'))
        .unwrap_or(t.len());
    let name = t[..name_len].to_string();
    let after = &t[name_len..];
    if let Some(p) = after.strip_prefix('(') {
        let close = p.find(')').unwrap_or(p.len());
        let params: Vec<String> = p[..close]
            .split(',')
            .map(|s| s.trim().to_string())
            .filter(|s| !s.is_empty())
            .collect();
        let body = p.get(close + 1..).unwrap_or("").trim().to_string();
        (
            name,
            Macro::Defined {
                params: Some(params),
                body,
            },
        )
    } else {
        (
            name,
            Macro::Defined {
                params: None,
                body: after.trim().to_string(),
            },
        )
    }
}

fn defined_value(name: &str, env: &Env) -> Option<i64> {
    let name = name.split_whitespace().next().unwrap_or("");
    match env.lookup(name) {
        Macro::Defined { .. } => Some(1),
        Macro::Undefined => Some(0),
        Macro::Unknown => None,
    }
}

// ---- expression evaluation -------------------------------------------------------------------

#[derive(Debug, Clone, PartialEq)]
enum Tok {
    Num(Option<i64>),
    Ident(String),
    Op(String),
}

fn tokenize(s: &str) -> Vec<Tok> {
    let b = s.as_bytes();
    let mut i = 0;
    let mut out = Vec::new();
    while i < b.len() {
        let c = b[i];
        if c.is_ascii_whitespace() {
            i += 1;
        } else if c.is_ascii_digit() {
            let st = i;
            while i < b.len() && (b[i].is_ascii_alphanumeric() || b[i] == b'.') {
                i += 1;
            }
            out.push(Tok::Num(parse_int(&s[st..i])));
        } else if c.is_ascii_alphabetic() || c == b'_' {
            let st = i;
            while i < b.len() && (b[i].is_ascii_alphanumeric() || b[i] == b'_') {
                i += 1;
            }
            out.push(Tok::Ident(s[st..i].to_string()));
        } else if c == b'\'' || c == b'"' {
            // Character and string literals: not evaluated.
            let q = c;
            i += 1;
            while i < b.len() && b[i] != q {
                if b[i] == b'\\' {
                    i += 1;
                }
                i += 1;
            }
            i += 1;
            out.push(Tok::Num(None));
        } else {
            // Compare bytes: a multi-byte UTF-8 character may follow (`s[i..i + 2]` could split
            // it), and one is a single operator token the evaluator does not know.
            let two = b.get(i..i + 2).unwrap_or_default();
            const TWO: [&[u8]; 9] = [
                b"&&", b"||", b"==", b"!=", b"<=", b">=", b"<<", b">>", b"##",
            ];
            if TWO.contains(&two) {
                out.push(Tok::Op(String::from_utf8_lossy(two).into_owned()));
                i += 2;
            } else {
                let ch = s
                    .get(i..)
                    .and_then(|r| r.chars().next())
                    .unwrap_or(char::REPLACEMENT_CHARACTER);
                out.push(Tok::Op(ch.to_string()));
                i += ch.len_utf8().max(1);
            }
        }
    }
    out
}

fn parse_int(s: &str) -> Option<i64> {
    let t = s.trim_end_matches(['u', 'U', 'l', 'L']);
    if let Some(h) = t.strip_prefix("0x").or_else(|| t.strip_prefix("0X")) {
        i64::from_str_radix(h, 16)
            .ok()
            .or_else(|| u64::from_str_radix(h, 16).ok().map(|v| v as i64))
    } else if t.len() > 1 && t.starts_with('0') {
        i64::from_str_radix(&t[1..], 8).ok()
    } else {
        t.parse().ok()
    }
}

/// Expand macros and `defined` into a token list of numbers and operators; `None` entries mark
/// unknown values.
fn expand(tokens: &[Tok], env: &Env, depth: usize, active: &mut Vec<String>) -> Vec<Tok> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < tokens.len() {
        match &tokens[i] {
            Tok::Ident(id) if id == "defined" => {
                let (name, next) = match tokens.get(i + 1) {
                    Some(Tok::Op(p)) if p == "(" => match (tokens.get(i + 2), tokens.get(i + 3)) {
                        (Some(Tok::Ident(n)), Some(Tok::Op(c))) if c == ")" => (n.clone(), i + 4),
                        _ => (String::new(), i + 1),
                    },
                    Some(Tok::Ident(n)) => (n.clone(), i + 2),
                    _ => (String::new(), i + 1),
                };
                out.push(Tok::Num(if name.is_empty() {
                    None
                } else {
                    defined_value(&name, env)
                }));
                i = next;
            }
            Tok::Ident(id) => {
                if depth > 64 || active.contains(id) {
                    out.push(Tok::Num(None));
                    i += 1;
                    continue;
                }
                match env.lookup(id) {
                    Macro::Undefined => {
                        // A function-like use of an undefined name (`__has_attribute(x)`) is not
                        // evaluable; a plain undefined name is 0.
                        if matches!(tokens.get(i + 1), Some(Tok::Op(p)) if p == "(") {
                            let end = skip_parens(tokens, i + 1);
                            out.push(Tok::Num(None));
                            i = end;
                        } else {
                            out.push(Tok::Num(Some(0)));
                            i += 1;
                        }
                    }
                    Macro::Unknown => {
                        if matches!(tokens.get(i + 1), Some(Tok::Op(p)) if p == "(") {
                            i = skip_parens(tokens, i + 1);
                        } else {
                            i += 1;
                        }
                        out.push(Tok::Num(None));
                    }
                    Macro::Defined { params: None, body } => {
                        if body.contains('#') {
                            out.push(Tok::Num(None));
                        } else {
                            active.push(id.clone());
                            let inner = expand(&tokenize(&body), env, depth + 1, active);
                            active.pop();
                            if inner.is_empty() {
                                // `#define X` with no body: an empty expansion.
                            } else {
                                out.push(Tok::Op("(".into()));
                                out.extend(inner);
                                out.push(Tok::Op(")".into()));
                            }
                        }
                        i += 1;
                    }
                    Macro::Defined {
                        params: Some(params),
                        body,
                    } => {
                        if !matches!(tokens.get(i + 1), Some(Tok::Op(p)) if p == "(")
                            || body.contains('#')
                        {
                            out.push(Tok::Num(None));
                            i += 1;
                            continue;
                        }
                        let end = skip_parens(tokens, i + 1);
                        let args = split_args(&tokens[i + 2..end.saturating_sub(1).max(i + 2)]);
                        let mut body_toks = Vec::new();
                        for t in tokenize(&body) {
                            match &t {
                                Tok::Ident(n) => {
                                    if let Some(pi) = params.iter().position(|p| p == n) {
                                        body_toks.push(Tok::Op("(".into()));
                                        body_toks.extend(args.get(pi).cloned().unwrap_or_default());
                                        body_toks.push(Tok::Op(")".into()));
                                    } else {
                                        body_toks.push(t.clone());
                                    }
                                }
                                _ => body_toks.push(t.clone()),
                            }
                        }
                        active.push(id.clone());
                        let inner = expand(&body_toks, env, depth + 1, active);
                        active.pop();
                        out.push(Tok::Op("(".into()));
                        out.extend(inner);
                        out.push(Tok::Op(")".into()));
                        i = end;
                    }
                }
            }
            t => {
                out.push(t.clone());
                i += 1;
            }
        }
    }
    out
}

/// Index just past the `)` matching the `(` at `open`.
fn skip_parens(tokens: &[Tok], open: usize) -> usize {
    let mut depth = 0;
    let mut i = open;
    while i < tokens.len() {
        if let Tok::Op(p) = &tokens[i] {
            if p == "(" {
                depth += 1;
            } else if p == ")" {
                depth -= 1;
                if depth == 0 {
                    return i + 1;
                }
            }
        }
        i += 1;
    }
    tokens.len()
}

fn split_args(tokens: &[Tok]) -> Vec<Vec<Tok>> {
    let mut out = vec![Vec::new()];
    let mut depth = 0;
    for t in tokens {
        if let Tok::Op(p) = t {
            if p == "(" {
                depth += 1;
            } else if p == ")" {
                depth -= 1;
            } else if p == "," && depth == 0 {
                out.push(Vec::new());
                continue;
            }
        }
        if let Some(last) = out.last_mut() {
            last.push(t.clone());
        }
    }
    out
}

fn eval_condition(expr: &str, env: &Env) -> Option<i64> {
    let toks = expand(&tokenize(expr), env, 0, &mut Vec::new());
    let mut p = Parser {
        toks: &toks,
        pos: 0,
    };
    let v = p.ternary();
    if p.pos != toks.len() {
        return None;
    }
    v
}

struct Parser<'t> {
    toks: &'t [Tok],
    pos: usize,
}

fn binop_prec(op: &str) -> Option<u8> {
    Some(match op {
        "||" => 1,
        "&&" => 2,
        "|" => 3,
        "^" => 4,
        "&" => 5,
        "==" | "!=" => 6,
        "<" | ">" | "<=" | ">=" => 7,
        "<<" | ">>" => 8,
        "+" | "-" => 9,
        "*" | "/" | "%" => 10,
        _ => return None,
    })
}

impl Parser<'_> {
    fn peek_op(&self) -> Option<&str> {
        match self.toks.get(self.pos) {
            Some(Tok::Op(o)) => Some(o.as_str()),
            _ => None,
        }
    }

    fn ternary(&mut self) -> Option<i64> {
        let c = self.binary(1);
        if self.peek_op() == Some("?") {
            self.pos += 1;
            let a = self.ternary();
            if self.peek_op() == Some(":") {
                self.pos += 1;
            } else {
                self.pos = self.toks.len() + 1;
                return None;
            }
            let b = self.ternary();
            return match c {
                Some(0) => b,
                Some(_) => a,
                None => None,
            };
        }
        c
    }

    fn binary(&mut self, min_prec: u8) -> Option<i64> {
        let mut lhs = self.unary();
        while let Some(op) = self.peek_op() {
            let Some(prec) = binop_prec(op) else { break };
            if prec < min_prec {
                break;
            }
            let op = op.to_string();
            self.pos += 1;
            let rhs = self.binary(prec + 1);
            lhs = apply(&op, lhs, rhs);
        }
        lhs
    }

    fn unary(&mut self) -> Option<i64> {
        match self.toks.get(self.pos) {
            Some(Tok::Op(o)) if o == "!" => {
                self.pos += 1;
                self.unary().map(|v| (v == 0) as i64)
            }
            Some(Tok::Op(o)) if o == "-" => {
                self.pos += 1;
                self.unary().map(|v| v.wrapping_neg())
            }
            Some(Tok::Op(o)) if o == "+" => {
                self.pos += 1;
                self.unary()
            }
            Some(Tok::Op(o)) if o == "~" => {
                self.pos += 1;
                self.unary().map(|v| !v)
            }
            Some(Tok::Op(o)) if o == "(" => {
                self.pos += 1;
                let v = self.ternary();
                if self.peek_op() == Some(")") {
                    self.pos += 1;
                } else {
                    self.pos = self.toks.len() + 1;
                    return None;
                }
                v
            }
            Some(Tok::Num(v)) => {
                self.pos += 1;
                *v
            }
            _ => {
                self.pos = self.toks.len() + 1;
                None
            }
        }
    }
}

fn apply(op: &str, a: Option<i64>, b: Option<i64>) -> Option<i64> {
    match op {
        "&&" => match (a, b) {
            (Some(0), _) | (_, Some(0)) => Some(0),
            (Some(_), Some(_)) => Some(1),
            _ => None,
        },
        "||" => match (a, b) {
            (Some(x), _) if x != 0 => Some(1),
            (_, Some(y)) if y != 0 => Some(1),
            (Some(_), Some(_)) => Some(0),
            _ => None,
        },
        _ => {
            let (a, b) = (a?, b?);
            Some(match op {
                "|" => a | b,
                "^" => a ^ b,
                "&" => a & b,
                "==" => (a == b) as i64,
                "!=" => (a != b) as i64,
                "<" => (a < b) as i64,
                ">" => (a > b) as i64,
                "<=" => (a <= b) as i64,
                ">=" => (a >= b) as i64,
                "<<" => a.checked_shl(b as u32)?,
                ">>" => a.checked_shr(b as u32)?,
                "+" => a.wrapping_add(b),
                "-" => a.wrapping_sub(b),
                "*" => a.wrapping_mul(b),
                "/" => a.checked_div(b)?,
                "%" => a.checked_rem(b)?,
                _ => return None,
            })
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(src: &str) -> String {
        configure(src, &Profile::builtin()).text
    }

    #[test]
    fn resolves_known_and_keeps_unknown() {
        let src = "#if defined(Py_LIMITED_API)\nA\n#else\nB\n#endif\n#ifdef __GNUC__\nC\n#endif\n";
        let out = run(src);
        assert_eq!(out.len(), src.len());
        assert!(out.contains('A'));
        assert!(!out.contains('B'));
        assert!(out.contains("#ifdef __GNUC__\nC\n#endif"));
    }

    #[test]
    fn follows_the_files_own_defines() {
        let src = "#ifndef CYTHON_X\n#define CYTHON_X (Py_LIMITED_API >= 0x030C0000)\n#endif\n#if CYTHON_X\nyes\n#else\nno\n#endif\n";
        let out = run(src);
        assert!(out.contains("yes"));
        assert!(!out.contains("no"));
    }

    #[test]
    fn elif_after_unknown_becomes_else() {
        let src = "#if defined(__clang__)\nA\n#elif 1\nB\n#else\nC\n#endif\n";
        let out = run(src);
        assert!(out.contains("#if defined(__clang__)\nA\n#else"));
        assert!(out.contains('B'));
        assert!(!out.contains('C'));
        assert!(out.contains("#endif"));
    }

    #[test]
    fn elif_unknown_after_false_opens_chain() {
        let src = "#if 0\nA\n#elif defined(__GNUC__)\nB\n#endif\n";
        let out = run(src);
        assert!(!out.contains('A'));
        assert!(out.contains("#if   defined(__GNUC__)\nB\n#endif"));
    }

    #[test]
    fn function_like_macros_expand() {
        let src = "#define CYTHON_F(a) ((a) + 1)\n#if CYTHON_F(1) == 2\nok\n#endif\n";
        assert!(run(src).contains("ok"));
    }

    /// The logical lines found from the start, a newline at a time (how the stage found them
    /// before it skipped the lines with neither `#` nor `/`).
    fn logical_lines(text: &str) -> Vec<(usize, usize)> {
        let bytes = text.as_bytes();
        let mut out = Vec::new();
        let mut start = 0;
        for (i, &b) in bytes.iter().enumerate() {
            if b != b'\n' {
                continue;
            }
            let mut j = i;
            if j > start && bytes[j - 1] == b'\r' {
                j -= 1;
            }
            if j > start && bytes[j - 1] == b'\\' {
                continue;
            }
            out.push((start, i));
            start = i + 1;
        }
        if start < bytes.len() {
            out.push((start, bytes.len()));
        }
        out
    }

    #[test]
    fn logical_line_at_any_byte_is_the_one_found_from_the_start() {
        let text = "\\\n\n#define A \\\r\n  1\r\n\r\nx \\\n\\\ny\n\\\r\n#if A\nz";
        for &(start, end) in &logical_lines(text) {
            for at in start..end {
                assert_eq!(logical_line_at(text.as_bytes(), start, at), (start, end));
            }
            // Searched from an earlier line's start too.
            if end > start {
                assert_eq!(logical_line_at(text.as_bytes(), 0, end - 1), (start, end));
            }
        }
    }

    #[test]
    fn skipped_lines_of_a_dead_branch_are_blanked() {
        let src = "#if 0\r\nA\r\n/* #endif\n */ B\n#define X \\\n  C\n#endif\r\nD\n#if 0\nE";
        let out = run(src);
        assert_eq!(out.len(), src.len());
        assert_eq!(out.matches('\n').count(), src.matches('\n').count());
        for gone in ['A', 'B', 'C', 'E'] {
            assert!(!out.contains(gone), "{out:?}");
        }
        assert!(out.contains("\r\nD\n"), "{out:?}");
    }

    #[test]
    fn constants_are_exported() {
        let src = "#define CYTHON_ASSUME_SAFE_MACROS 0\n#define CYTHON_VECTORCALL (1)\n";
        let c = configure(src, &Profile::builtin());
        assert_eq!(c.constants.get("CYTHON_ASSUME_SAFE_MACROS"), Some(&0));
        assert_eq!(c.constants.get("CYTHON_VECTORCALL"), Some(&1));
    }
}
