//! Rule files: loading, validation and pattern compilation. Rules are data (`rules/*.toml`, compiled
//! into the binary; `--rules DIR` adds a user's own). Matching against the syntax tree happens in
//! the rewrite stage, which asks this module for the rules of an identifier, call or type.

use std::collections::HashMap;
use std::fmt;
use std::path::Path;

/// A built-in rule, read from its TOML file at build time.
pub struct StaticRule {
    pub origin: &'static str,
    pub id: &'static str,
    pub name: &'static str,
    pub pattern: &'static str,
    pub action: Action,
    pub fix: Option<&'static str>,
    pub message: Option<&'static str>,
    pub doc: Option<&'static str>,
    pub tests: &'static [(&'static str, &'static str)],
}

/// The JSON Schema of a rule file (`cython2upy rules schema`); tests/schema.rs checks every
/// built-in file and the user-rule example of docs/rules.md against it.
pub const SCHEMA: &str = include_str!("../rules/schema.json");

/// The built-in rules (`rules/core/*.toml`, `rules/api/*.toml`), parsed by build.rs.
pub static BUILTIN_RULES: &[StaticRule] = &include!(concat!(env!("OUT_DIR"), "/builtin_rules.rs"));

pub use crate::rule_file::{Action, RawRule, RuleFile, RuleTest};

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ArgPattern {
    /// `$X`: any one argument.
    Meta(String),
    /// `$$$X`: the remaining arguments, possibly none.
    Rest(String),
    /// Literal text that must equal the argument's source (whitespace-insensitive).
    Literal(String),
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Pattern {
    /// An identifier, in expressions and as a type name.
    Ident(String),
    /// A call `NAME(args)`.
    Call { name: String, args: Vec<ArgPattern> },
    /// A type with one pointer level: `PyObject *`.
    PointerType(String),
}

#[derive(Debug, Clone)]
pub struct Rule {
    pub id: String,
    pub name: String,
    pub pattern: Pattern,
    pub action: Action,
    pub fix: String,
    pub message: String,
    pub doc: String,
    pub tests: Vec<RuleTest>,
    /// Where the rule was loaded from (`file`, or `file:line` for a header declaration).
    pub origin: String,
    /// Where the rule comes from: a rule file, or a declaration of the runtime's headers.
    pub source: RuleSource,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RuleSource {
    /// A built-in rule file (`rules/core`, `rules/api`).
    Builtin,
    /// A declaration of the runtime's headers that follows the naming rule.
    Header,
    /// A user's rule file (`--rules DIR`).
    User,
}

impl Rule {
    /// For a runtime rule `NAME($$$A)` -> `TARGET($$$A)`: the function `TARGET`.
    pub fn renamed_function(&self) -> Option<String> {
        if self.action != Action::Runtime {
            return None;
        }
        let Pattern::Call { args, .. } = &self.pattern else {
            return None;
        };
        let [ArgPattern::Rest(var)] = args.as_slice() else {
            return None;
        };
        let target = self.fix.strip_suffix(&format!("($$${var})"))?;
        if is_ident(target) {
            Some(target.to_string())
        } else {
            None
        }
    }
}

/// A problem in a rule file, naming the file, the rule and the key.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RuleError {
    pub origin: String,
    pub rule: Option<String>,
    pub message: String,
}

impl fmt::Display for RuleError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.rule {
            Some(r) => write!(f, "{}: rule {}: {}", self.origin, r, self.message),
            None => write!(f, "{}: {}", self.origin, self.message),
        }
    }
}

impl std::error::Error for RuleError {}

#[derive(Debug, Default, Clone)]
pub struct RuleSet {
    pub rules: Vec<Rule>,
    idents: HashMap<String, usize>,
    /// Names routed by a declaration of the runtime's headers: a rename that applies where no
    /// rule of a file matches.
    routed: HashMap<String, usize>,
    calls: HashMap<String, Vec<usize>>,
    ids: std::collections::HashSet<String>,
    /// Call patterns whose name ends in `*` (a prefix), longest prefix first.
    prefix_calls: Vec<(String, usize)>,
    types: HashMap<String, usize>,
}

pub fn parse_pattern(p: &str) -> Result<Pattern, String> {
    let p = p.trim();
    if let Some(base) = p.strip_suffix('*') {
        let base = base.trim();
        if is_ident(base) {
            return Ok(Pattern::PointerType(base.to_string()));
        }
        return Err(format!("type pattern `{p}` must be `NAME *`"));
    }
    if let Some(open) = p.find('(') {
        let name = p[..open].trim();
        if !is_ident(&name.replacen('*', "", 1)) || name.starts_with('*') {
            return Err(format!(
                "call pattern `{p}` must start with a function or macro name"
            ));
        }
        let inner = p[open + 1..]
            .strip_suffix(')')
            .ok_or_else(|| format!("call pattern `{p}` must end with `)`"))?;
        let mut args = Vec::new();
        if !inner.trim().is_empty() {
            let parts: Vec<&str> = inner.split(',').map(str::trim).collect();
            let n = parts.len();
            for (i, a) in parts.into_iter().enumerate() {
                if let Some(m) = a.strip_prefix("$$$") {
                    if i + 1 != n || !is_ident(m) {
                        return Err(format!("`$$${m}` must be the last argument and a name"));
                    }
                    args.push(ArgPattern::Rest(m.to_string()));
                } else if let Some(m) = a.strip_prefix('$') {
                    if !is_ident(m) {
                        return Err(format!("metavariable `${m}` must be a name"));
                    }
                    args.push(ArgPattern::Meta(m.to_string()));
                } else if a.is_empty() {
                    return Err(format!("empty argument in pattern `{p}`"));
                } else {
                    args.push(ArgPattern::Literal(a.to_string()));
                }
            }
        }
        return Ok(Pattern::Call {
            name: name.to_string(),
            args,
        });
    }
    if is_ident(p) {
        return Ok(Pattern::Ident(p.to_string()));
    }
    Err(format!(
        "pattern `{p}` is not an identifier, a call or a pointer type"
    ))
}

/// The key of a call pattern with a wildcard: `PREFIX*` is `PREFIX`, `PREFIX*SUFFIX` (a name
/// family Cython generates per type, `__Pyx_add_*_checking_overflow`) is itself; `None` for an
/// exact name.
fn wildcard_key(name: &str) -> Option<String> {
    match name.strip_suffix('*') {
        Some(prefix) => Some(prefix.to_string()),
        None if name.contains('*') => Some(name.to_string()),
        None => None,
    }
}

/// Does `name` match a wildcard key (`PREFIX`, or `PREFIX*SUFFIX` with something between)?
fn wildcard_matches(key: &str, name: &str) -> bool {
    // Every call's name is tried against every wildcard key: compare the prefix byte by byte up
    // to the `*`, which rules most keys out at once, before looking at a suffix.
    let (k, n) = (key.as_bytes(), name.as_bytes());
    let mut i = 0;
    while i < k.len() && k[i] != b'*' {
        if n.get(i) != Some(&k[i]) {
            return false;
        }
        i += 1;
    }
    if i == k.len() {
        return true;
    }
    let suf = &key[i + 1..];
    name.len() > i + suf.len() && name.ends_with(suf)
}

pub fn is_ident(s: &str) -> bool {
    let mut c = s.chars();
    matches!(c.next(), Some(ch) if ch.is_ascii_alphabetic() || ch == '_')
        && c.all(|ch| ch.is_ascii_alphanumeric() || ch == '_')
}

impl RuleSet {
    pub fn builtin() -> Result<RuleSet, RuleError> {
        // The runtime's headers are scanned on a second thread while the rule files' rules are
        // added; their rules come after, as they always did.
        std::thread::scope(|s| {
            let routed = s.spawn(crate::runtime_decls::routed_decls);
            let set = Self::builtin_files();
            let routed = match routed.join() {
                Ok(r) => r,
                Err(panic) => std::panic::resume_unwind(panic),
            };
            let mut set = set?;
            set.add_header_rules(routed);
            Ok(set)
        })
    }

    /// The rules of the built-in rule files.
    fn builtin_files() -> Result<RuleSet, RuleError> {
        let mut set = RuleSet::default();
        for r in BUILTIN_RULES {
            let raw = RawRule {
                id: r.id.to_string(),
                name: r.name.to_string(),
                pattern: r.pattern.to_string(),
                action: r.action,
                fix: r.fix.map(String::from),
                message: r.message.map(String::from),
                doc: r.doc.map(String::from),
                overrides: None,
                tests: r
                    .tests
                    .iter()
                    .map(|(i, e)| RuleTest {
                        input: i.to_string(),
                        expected: e.to_string(),
                    })
                    .collect(),
            };
            set.add(r.origin, raw, RuleSource::Builtin)?;
        }
        Ok(set)
    }

    /// One rule per declaration of the runtime's headers that follows the naming rule: `NAME`
    /// becomes `cy_NAME`, everywhere (calls, function pointers, types, constants). Its doc is the
    /// header's comment; its test calls it with the prototype's number of arguments.
    fn add_header_rules(&mut self, routed: Vec<(String, crate::runtime_decls::Decl)>) {
        for (source, d) in routed {
            // A rule file's rule for the name says more than the rename (a reject with its
            // reason, a rewrite of some argument shapes): it stands alone.
            if self.routed.contains_key(&source)
                || self.idents.contains_key(&source)
                || self.calls.contains_key(&source)
            {
                continue;
            }
            let mut doc = d.doc.clone();
            // The comment above a run of constants or types speaks of them all; above a run of
            // prototypes it may speak only of the first.
            let constant = !d.is_callable();
            if doc.is_empty() && constant && !d.group_doc.is_empty() {
                doc = d.group_doc.clone();
            }
            if doc.is_empty() {
                doc = format!(
                    "Routed to the runtime's `{}` by the naming rule (no comment above its declaration).",
                    d.name
                );
            }
            let (input, expected) = header_rule_example(&source, &d);
            let idx = self.rules.len();
            self.routed.insert(source.clone(), idx);
            self.rules.push(Rule {
                id: source.clone(),
                name: d.name.clone(),
                pattern: Pattern::Ident(source),
                action: Action::Runtime,
                fix: d.name.clone(),
                message: String::new(),
                doc,
                tests: vec![RuleTest { input, expected }],
                origin: format!("{}:{}", d.file, d.line),
                source: RuleSource::Header,
            });
        }
    }

    /// Add every `*.toml` rule file under `dir` (a user's own rules, under the policy of
    /// docs/rules.md: ids CY9000-CY9999, and a rule that matches what a built-in rule matches
    /// must say so with `overrides = "ID"`, and then replaces it).
    pub fn add_dir(&mut self, dir: &Path) -> Result<usize, RuleError> {
        let mut files: Vec<_> = walkdir::WalkDir::new(dir)
            .into_iter()
            .filter_map(|e| e.ok())
            .filter(|e| {
                e.file_type().is_file() && e.path().extension().is_some_and(|x| x == "toml")
            })
            .map(|e| e.path().to_path_buf())
            .collect();
        files.sort();
        let mut n = 0;
        for f in files {
            let origin = f.display().to_string();
            let text = std::fs::read_to_string(&f).map_err(|e| RuleError {
                origin: origin.clone(),
                rule: None,
                message: format!("cannot read: {e}"),
            })?;
            n += self.add_file(&origin, &text)?;
        }
        Ok(n)
    }

    /// Add one user rule file's rules.
    pub fn add_file(&mut self, origin: &str, text: &str) -> Result<usize, RuleError> {
        let file: RuleFile = toml::from_str(text).map_err(|e| RuleError {
            origin: origin.to_string(),
            rule: None,
            message: e.to_string(),
        })?;
        let n = file.rule.len();
        for raw in file.rule {
            self.add(origin, raw, RuleSource::User)?;
        }
        Ok(n)
    }

    fn add(&mut self, origin: &str, raw: RawRule, source: RuleSource) -> Result<(), RuleError> {
        let err = |m: String| RuleError {
            origin: origin.to_string(),
            rule: Some(raw.id.clone()),
            message: m,
        };
        let id_ok = (5..=6).contains(&raw.id.len())
            && raw.id.starts_with("CY")
            && raw.id[2..].chars().all(|c| c.is_ascii_digit());
        if !id_ok {
            return Err(err(
                "`id` must be `CY` followed by three or four digits".into()
            ));
        }
        let user_range = raw.id.len() == 6 && raw.id.starts_with("CY9");
        if source == RuleSource::User && !user_range {
            return Err(err(
                "a user's rule ids are CY9000-CY9999 (the rest belongs to the built-in rules)"
                    .into(),
            ));
        }
        if self.ids.contains(&raw.id) {
            return Err(err("`id` is already used by another rule".into()));
        }
        if raw.name.is_empty()
            || !raw
                .name
                .chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
        {
            return Err(err("`name` must be kebab-case".into()));
        }
        let pattern = parse_pattern(&raw.pattern).map_err(|m| err(format!("`pattern`: {m}")))?;
        let fix = match raw.action {
            Action::Rewrite | Action::Runtime => raw
                .fix
                .clone()
                .ok_or_else(|| err("`fix` is required for rewrite and runtime rules".into()))?,
            _ => raw.fix.clone().unwrap_or_default(),
        };
        if raw.action == Action::Reject && raw.message.is_none() {
            return Err(err("`message` is required for reject rules".into()));
        }
        if raw.tests.is_empty() {
            return Err(err(
                "`tests` must hold at least one input/expected pair".into()
            ));
        }
        // Every metavariable in the fix must be bound by the pattern (`$WILDCARD` by a name
        // with a `*`).
        if let Pattern::Call { args, name } = &pattern {
            for var in metavariables(&fix) {
                let bound = args
                    .iter()
                    .any(|a| matches!(a, ArgPattern::Meta(m) | ArgPattern::Rest(m) if *m == var))
                    || (var == WILDCARD && name.contains('*'));
                if !bound {
                    return Err(err(format!(
                        "`fix` uses `${var}`, which the pattern does not bind"
                    )));
                }
            }
        } else if !metavariables(&fix).is_empty() {
            return Err(err(
                "`fix` uses metavariables, but the pattern binds none".into()
            ));
        }
        let idx = self.rules.len();
        let shadowed = self.shadowed_builtin(&pattern);
        if source == RuleSource::User {
            match (&shadowed, &raw.overrides) {
                (Some(b), None) => {
                    return Err(err(format!(
                        "`{}` is matched by the built-in rule {} ({}); add `overrides = \"{}\"` to replace it",
                        raw.pattern, b.id, b.origin, b.id
                    )))
                }
                (Some(b), Some(o)) if *o != b.id => {
                    return Err(err(format!(
                        "`overrides` names {o}, but `{}` is matched by the built-in rule {}",
                        raw.pattern, b.id
                    )))
                }
                (None, Some(o)) => {
                    return Err(err(format!(
                        "`overrides` names {o}, but no built-in rule matches `{}`",
                        raw.pattern
                    )))
                }
                _ => {}
            }
        }
        let overriding = source == RuleSource::User && shadowed.is_some();
        let key_taken = match &pattern {
            Pattern::Ident(n) if overriding => {
                self.idents.insert(n.clone(), idx);
                false
            }
            Pattern::PointerType(n) if overriding => {
                self.types.insert(n.clone(), idx);
                false
            }
            Pattern::Call { name, .. } if overriding => {
                // Before every built-in rule of the name (or prefix).
                if let Some(prefix) = wildcard_key(name) {
                    let at = self
                        .prefix_calls
                        .iter()
                        .position(|(p, _)| *p == prefix)
                        .unwrap_or(0);
                    self.prefix_calls.insert(at, (prefix, idx));
                } else {
                    let list = self.calls.entry(name.clone()).or_default();
                    let at = list
                        .iter()
                        .position(|&i| self.rules[i].source != RuleSource::User)
                        .unwrap_or(list.len());
                    list.insert(at, idx);
                }
                false
            }
            Pattern::Ident(n) => self.idents.insert(n.clone(), idx).is_some(),
            Pattern::PointerType(n) => self.types.insert(n.clone(), idx).is_some(),
            Pattern::Call { name, .. } => {
                if let Some(prefix) = wildcard_key(name) {
                    self.prefix_calls.push((prefix, idx));
                    self.prefix_calls
                        .sort_by_key(|(p, _)| std::cmp::Reverse(p.len()));
                } else {
                    self.calls.entry(name.clone()).or_default().push(idx);
                }
                false
            }
        };
        if key_taken {
            return Err(err(format!(
                "another rule already matches `{}`",
                raw.pattern
            )));
        }
        self.ids.insert(raw.id.clone());
        self.rules.push(Rule {
            id: raw.id,
            name: raw.name,
            pattern,
            action: raw.action,
            fix,
            message: raw.message.unwrap_or_default(),
            doc: raw.doc.unwrap_or_default(),
            tests: raw.tests,
            origin: origin.to_string(),
            source,
        });
        Ok(())
    }

    /// The built-in rule (of a rule file or the runtime header) that matches what `pattern`
    /// matches: the same identifier, pointer type, call name or call prefix.
    fn shadowed_builtin(&self, pattern: &Pattern) -> Option<&Rule> {
        let builtin = |i: &usize| Some(&self.rules[*i]).filter(|r| r.source != RuleSource::User);
        match pattern {
            Pattern::Ident(n) => self
                .idents
                .get(n)
                .and_then(builtin)
                .or_else(|| self.routed.get(n).and_then(builtin)),
            Pattern::PointerType(n) => self.types.get(n).and_then(builtin),
            Pattern::Call { name, .. } => match wildcard_key(name) {
                Some(prefix) => self
                    .prefix_calls
                    .iter()
                    .filter(|(p, _)| *p == prefix)
                    .find_map(|(_, i)| builtin(i)),
                None => self
                    .calls
                    .get(name)
                    .into_iter()
                    .flatten()
                    .find_map(builtin)
                    .or_else(|| self.routed.get(name).and_then(builtin)),
            },
        }
    }

    /// The rule for an identifier: a rule file's first, else the runtime header's rename.
    pub fn ident(&self, name: &str) -> Option<&Rule> {
        self.idents
            .get(name)
            .or_else(|| self.routed.get(name))
            .map(|&i| &self.rules[i])
    }

    pub fn pointer_type(&self, name: &str) -> Option<&Rule> {
        self.types.get(name).map(|&i| &self.rules[i])
    }

    /// Call rules for `name`: exact names first (a rule file's, then the runtime header's rename,
    /// whose pattern is the bare name), then `PREFIX*` patterns, longest prefix first.
    pub fn calls<'s>(&'s self, name: &'s str) -> impl Iterator<Item = &'s Rule> {
        let exact = self
            .calls
            .get(name)
            .into_iter()
            .flatten()
            .chain(self.routed.get(name))
            .copied();
        let prefixed = self
            .prefix_calls
            .iter()
            .filter(move |(p, _)| wildcard_matches(p, name))
            .map(|(_, i)| *i);
        exact.chain(prefixed).map(|i| &self.rules[i])
    }

    pub fn has_call(&self, name: &str) -> bool {
        self.calls(name).next().is_some()
    }

    /// A rule by id or name (a header rule's id is the name it routes, its name the runtime's).
    pub fn get(&self, id: &str) -> Option<&Rule> {
        self.rules
            .iter()
            .find(|r| r.id.eq_ignore_ascii_case(id) || r.name == id)
    }
}

/// The metavariable names used in a fix template (`$X`, `$$$ARGS`).
pub fn metavariables(fix: &str) -> Vec<String> {
    let mut out = Vec::new();
    let b = fix.as_bytes();
    let mut i = 0;
    while i < b.len() {
        if b[i] == b'$' {
            while i < b.len() && b[i] == b'$' {
                i += 1;
            }
            let st = i;
            while i < b.len() && (b[i].is_ascii_alphanumeric() || b[i] == b'_') {
                i += 1;
            }
            if i > st {
                out.push(fix[st..i].to_string());
            }
        } else {
            i += 1;
        }
    }
    out
}

/// Do a call's arguments, as written in the source, fit a pattern: as many as it takes, and
/// each literal equal to its argument's text (white-space-insensitively)?
pub fn args_match(pats: &[ArgPattern], source_args: &[String]) -> bool {
    let mut i = 0;
    for p in pats {
        match p {
            ArgPattern::Meta(_) => {
                if i >= source_args.len() {
                    return false;
                }
                i += 1;
            }
            ArgPattern::Rest(_) => i = source_args.len(),
            ArgPattern::Literal(l) => match source_args.get(i) {
                Some(a) if squash(a) == squash(l) => i += 1,
                _ => return false,
            },
        }
    }
    i == source_args.len()
}

/// The metavariable a wildcard call pattern's fix uses for the part of the name the `*` matched
/// (`__Pyx_PyLong_From_*($V)` on `__Pyx_PyLong_From_td_u(x)`: `td_u`, a type name).
pub const WILDCARD: &str = "WILDCARD";

/// The part of `name` that the `*` of the call pattern name `pattern` matched (`PREFIX*`: what
/// follows the prefix; `PREFIX*SUFFIX`: what stands between), `None` for an exact pattern.
pub fn wildcard_part<'n>(pattern: &str, name: &'n str) -> Option<&'n str> {
    let (prefix, suffix) = pattern.split_once('*')?;
    name.strip_prefix(prefix)?.strip_suffix(suffix)
}

/// Bind a pattern's metavariables to the (rendered) arguments of a call `name` that matched it,
/// and `$WILDCARD` to the part of the name a wildcard matched.
pub fn bind_call(
    pattern: &Pattern,
    name: &str,
    args: &[String],
) -> Option<HashMap<String, String>> {
    let Pattern::Call {
        name: pattern_name,
        args: pats,
    } = pattern
    else {
        return None;
    };
    let mut binds = bind_args(pats, args);
    if let Some(part) = wildcard_part(pattern_name, name) {
        binds.insert(WILDCARD.to_string(), part.to_string());
    }
    Some(binds)
}

/// Bind a pattern's metavariables to the (rendered) arguments of a call that matched it.
pub fn bind_args(pats: &[ArgPattern], args: &[String]) -> HashMap<String, String> {
    let mut binds = HashMap::new();
    let mut i = 0;
    for p in pats {
        match p {
            ArgPattern::Meta(m) => {
                if let Some(a) = args.get(i) {
                    binds.insert(m.clone(), a.clone());
                }
                i += 1;
            }
            ArgPattern::Rest(m) => {
                binds.insert(m.clone(), args[i.min(args.len())..].join(", "));
                i = args.len();
            }
            ArgPattern::Literal(_) => i += 1,
        }
    }
    binds
}

/// Match call arguments against a pattern; returns the bindings.
pub fn match_args(pats: &[ArgPattern], args: &[String]) -> Option<HashMap<String, String>> {
    args_match(pats, args).then(|| bind_args(pats, args))
}

/// A plausible use of a header-routed name, and what it becomes: a call with as many arguments
/// as the prototype has, a type in a declaration, a value in an assignment.
fn header_rule_example(source: &str, d: &crate::runtime_decls::Decl) -> (String, String) {
    use crate::runtime_decls::DeclKind;
    const ARGS: [&str; 8] = ["a", "b", "c", "d", "e", "f", "g", "h"];
    let (before, after) = match &d.kind {
        DeclKind::Function { params, .. } | DeclKind::FunctionMacro { params } => {
            let n = match d.arity() {
                Some(n) => n,
                // Variadic: the fixed parameters and one more.
                None => params.len(),
            };
            let args = ARGS[..n.min(ARGS.len())].join(", ");
            static PRELUDE: std::sync::OnceLock<crate::parse::Prelude> = std::sync::OnceLock::new();
            if PRELUDE
                .get_or_init(crate::parse::Prelude::builtin)
                .casts_type_arg(source)
            {
                // Its first argument, a pointer type, becomes a cast of the call (the parser
                // prelude's `cast_type_arg_macros`).
                return (
                    format!("void f(void) {{ x = *{source}(int *, {args}); }}"),
                    format!("void f(void) {{ x = *(int *){}({args}); }}", d.name),
                );
            }
            (
                format!("void f(void) {{ x = {source}({args}); }}"),
                format!("void f(void) {{ x = {}({args}); }}", d.name),
            )
        }
        DeclKind::Type => (
            format!("static {source} *v;"),
            format!("static {} *v;", d.name),
        ),
        DeclKind::ObjectMacro | DeclKind::Variable => (
            format!("void f(void) {{ x = {source}; }}"),
            format!("void f(void) {{ x = {}; }}", d.name),
        ),
    };
    (before, after)
}

/// Substitute bindings into a fix template. `$$$X` before `$X`, longest names first.
pub fn instantiate(fix: &str, binds: &HashMap<String, String>) -> String {
    let mut out = String::new();
    let b = fix.as_bytes();
    let mut i = 0;
    while i < b.len() {
        if b[i] == b'$' {
            let mut j = i;
            while j < b.len() && b[j] == b'$' {
                j += 1;
            }
            let st = j;
            while j < b.len() && (b[j].is_ascii_alphanumeric() || b[j] == b'_') {
                j += 1;
            }
            if let Some(v) = binds.get(&fix[st..j]) {
                out.push_str(v);
                i = j;
                continue;
            }
        }
        let ch_len = fix[i..].chars().next().map(|c| c.len_utf8()).unwrap_or(1);
        out.push_str(&fix[i..i + ch_len]);
        i += ch_len;
    }
    out
}

/// Whitespace-insensitive form used to compare C snippets.
pub fn squash(s: &str) -> String {
    let mut out = String::new();
    let mut prev_space = false;
    for c in s.trim().chars() {
        if c.is_whitespace() {
            prev_space = true;
        } else {
            let word = |ch: char| ch.is_ascii_alphanumeric() || ch == '_';
            if prev_space && out.chars().last().is_some_and(word) && word(c) {
                out.push(' ');
            }
            prev_space = false;
            out.push(c);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wildcards_match_a_prefix_or_a_prefix_and_a_suffix() {
        assert!(wildcard_matches(
            "__Pyx_PyNumber_Add_",
            "__Pyx_PyNumber_Add_int_object"
        ));
        let key = wildcard_key("__Pyx_add_*_checking_overflow").expect("a wildcard");
        assert!(wildcard_matches(&key, "__Pyx_add_long_checking_overflow"));
        assert!(wildcard_matches(
            &key,
            "__Pyx_add_const___pyx_t_3mod_INT_checking_overflow"
        ));
        // Cython's DivInt helpers share the prefix, not the suffix; something must stand between.
        assert!(!wildcard_matches(&key, "__Pyx_add_long"));
        assert!(!wildcard_matches(&key, "__Pyx_add__checking_overflow"));
        assert_eq!(wildcard_key("__Pyx_add_long"), None);
        assert!(parse_pattern("*_x($A)").is_err());
        assert!(parse_pattern("__Pyx_a_*_b_*_c($A)").is_err());
    }

    #[test]
    fn patterns() {
        assert_eq!(
            parse_pattern("Py_None"),
            Ok(Pattern::Ident("Py_None".into()))
        );
        assert_eq!(
            parse_pattern("PyObject *"),
            Ok(Pattern::PointerType("PyObject".into()))
        );
        assert_eq!(
            parse_pattern("Py_INCREF($X)"),
            Ok(Pattern::Call {
                name: "Py_INCREF".into(),
                args: vec![ArgPattern::Meta("X".into())]
            })
        );
        assert!(parse_pattern("f($$$A, $B)").is_err());
        assert!(matches!(
            parse_pattern("__Pyx_PyNumber_Add_*($A, $B)"),
            Ok(Pattern::Call { .. })
        ));
        assert!(parse_pattern("1 + 2").is_err());
    }

    #[test]
    fn args_and_templates() {
        let pats = vec![ArgPattern::Meta("A".into()), ArgPattern::Rest("R".into())];
        let b = match_args(&pats, &["x".into(), "y".into(), "z".into()]).unwrap_or_default();
        assert_eq!(instantiate("f($A; $$$R)", &b), "f(x; y, z)");
        assert!(match_args(&[ArgPattern::Meta("A".into())], &[]).is_none());
    }

    #[test]
    fn builtin_rules_load() {
        let set = RuleSet::builtin();
        assert!(set.is_ok(), "{:?}", set.err());
    }

    #[test]
    fn squash_keeps_word_boundaries() {
        assert_eq!(squash("static  int\n x ;"), "static int x;");
    }
}
