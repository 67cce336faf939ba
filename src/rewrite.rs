//! Stage 5, match rules and rewrite: render the syntax tree back to C, applying rule actions and
//! the structural replacements other stages registered. Rendering is bottom-up, so a rule's
//! metavariables receive already-rewritten arguments.
//!
//! Any CPython or Cython identifier that is still there after rewriting, and that the kept code
//! does not define itself, is an error: the output must never reach the C compiler with it.

use crate::configure::MacroDef;
use crate::diag::{Code, Diagnostic, Stats};
use crate::parse::Syntax;
use crate::parse::{kind, skip_subtree};
use crate::rules::{args_match, bind_args, bind_call, instantiate, Action, Pattern, Rule, RuleSet};
use std::collections::{BTreeMap, HashMap, HashSet};
use tree_sitter::Node;

/// What the rewriter needs besides the parsed text: the rules, what earlier stages found, and the
/// structural replacements of the module and constants stages.
pub struct RewriteConfig<'a> {
    pub rules: &'a RuleSet,
    /// The parsed text before the parser prelude blanked macros: white space between nodes is
    /// copied from here, so blanked macros reappear in the output. Same length as the parsed text.
    pub gaps: &'a str,
    /// Macros the configure stage settled to integer constants (`CYTHON_ASSUME_SAFE_MACROS`).
    pub constants: &'a HashMap<String, i64>,
    /// Field names of Cython's module state that now name ROM constants: `X->name` becomes `name`.
    pub rom_fields: HashSet<String>,
    /// Names defined in dropped utility blocks, with the block's name.
    pub utility_names: HashMap<String, String>,
    /// Cython's own macros as the configure stage settled them; one that no rule covers is
    /// expanded when its body is a name, a literal or one call (`expand_macro_call`).
    pub macros: Option<&'a HashMap<String, MacroDef>>,
    /// Names the output defines outside the parsed text (the module stage's prologue).
    pub defined_elsewhere: Vec<String>,
    /// Structural replacements, `(start byte, end byte, text)`: the node that spans exactly that
    /// range (or the run of a node's children from `start` to `end`) is replaced by the text. A
    /// later replacement at the same start wins.
    pub replacements: Vec<(usize, usize, String)>,
    /// The names the parsed code defines (`defined_names`), when the caller has them already.
    pub defined: Option<HashSet<String>>,
}

impl<'a> RewriteConfig<'a> {
    /// Rules and constants only: for standalone C (rule tests, templates).
    pub fn standalone(
        rules: &'a RuleSet,
        gaps: &'a str,
        constants: &'a HashMap<String, i64>,
    ) -> Self {
        RewriteConfig {
            rules,
            gaps,
            constants,
            rom_fields: HashSet::new(),
            utility_names: HashMap::new(),
            macros: None,
            defined_elsewhere: Vec::new(),
            replacements: Vec::new(),
            defined: None,
        }
    }
}

pub struct Rewriter<'a> {
    /// The text that was parsed.
    src: &'a str,
    gaps: &'a str,
    rules: &'a RuleSet,
    constants: &'a HashMap<String, i64>,
    rom_fields: HashSet<String>,
    utility_names: HashMap<String, String>,
    macros: Option<&'a HashMap<String, MacroDef>>,
    /// Names the kept code defines itself, and those defined elsewhere in the output.
    local_defs: HashSet<String>,
    /// Structural replacements: start byte -> (end byte, text).
    replacements: BTreeMap<usize, (usize, String)>,
    pub diags: Vec<Diagnostic>,
    pub stats: Stats,
    reported: HashSet<String>,
    /// The leftover names reported, with the index of their diagnostic in `diags`.
    reported_at: Vec<(String, usize)>,
    /// The kind of the node whose child is being rendered. tree-sitter's `Node::parent` searches
    /// down from the root each time, which made rendering quadratic in the file's size.
    parent_kind: &'static str,
}

/// How many bytes of `b` are not blank (above the space): the rendering threads' measure of
/// how much a stretch of code costs. Counted in blocks whose per-byte counts fit a byte, so the
/// compiler keeps the loop in vector registers.
fn code_bytes(b: &[u8]) -> usize {
    let mut n = 0;
    for block in b.chunks(255) {
        n += usize::from(block.iter().fold(0u8, |acc, &c| acc + u8::from(c > b' ')));
    }
    n
}

/// A C literal: a string (or adjacent strings), a character or a number.
fn is_literal(s: &str) -> bool {
    let s = s.trim();
    (s.starts_with('"') && s.ends_with('"') && s.len() >= 2)
        || (s.starts_with('\'') && s.ends_with('\'') && s.len() >= 3)
        || (s.starts_with(|c: char| c.is_ascii_digit())
            && s.chars().all(|c| c.is_ascii_alphanumeric() || c == '.'))
}

/// `NAME(a, b, ...)` as the name and its top-level arguments; `None` for anything else.
fn split_call(body: &str) -> Option<(&str, Vec<String>)> {
    let body = body.trim();
    let open = body.find('(')?;
    let name = body[..open].trim();
    if !crate::rules::is_ident(name) || !body.ends_with(')') {
        return None;
    }
    let inner = &body[open + 1..body.len() - 1];
    let mut args = Vec::new();
    let mut depth = 0i32;
    let mut cur = String::new();
    let mut in_str: Option<char> = None;
    let mut escaped = false;
    for c in inner.chars() {
        if let Some(q) = in_str {
            cur.push(c);
            if escaped {
                escaped = false;
            } else if c == '\\' {
                escaped = true;
            } else if c == q {
                in_str = None;
            }
            continue;
        }
        match c {
            '"' | '\'' => in_str = Some(c),
            '(' | '[' | '{' => depth += 1,
            ')' | ']' | '}' => {
                depth -= 1;
                if depth < 0 {
                    return None;
                }
            }
            ',' if depth == 0 => {
                args.push(cur.trim().to_string());
                cur.clear();
                continue;
            }
            _ => {}
        }
        cur.push(c);
    }
    if depth != 0 || in_str.is_some() {
        return None;
    }
    if !cur.trim().is_empty() || !args.is_empty() {
        args.push(cur.trim().to_string());
    }
    Some((name, args))
}

/// The identifiers of a piece of C outside string and character literals.
fn identifiers(s: &str) -> Vec<String> {
    let mut out = Vec::new();
    replace_identifiers(s, |id| {
        out.push(id.to_string());
        None
    });
    out
}

/// `s` with each identifier outside literals replaced where `f` says so.
fn replace_identifiers(s: &str, mut f: impl FnMut(&str) -> Option<String>) -> String {
    let b: Vec<char> = s.chars().collect();
    let mut out = String::new();
    let mut i = 0;
    while i < b.len() {
        let c = b[i];
        if c == '"' || c == '\'' {
            let mut j = i + 1;
            while j < b.len() && b[j] != c {
                j += if b[j] == '\\' { 2 } else { 1 };
            }
            let end = (j + 1).min(b.len());
            out.extend(&b[i..end]);
            i = end;
        } else if c.is_ascii_alphabetic() || c == '_' {
            let mut j = i;
            while j < b.len() && (b[j].is_ascii_alphanumeric() || b[j] == '_') {
                j += 1;
            }
            let id: String = b[i..j].iter().collect();
            out.push_str(&f(&id).unwrap_or(id));
            i = j;
        } else if c.is_ascii_digit() {
            let mut j = i;
            while j < b.len() && (b[j].is_ascii_alphanumeric() || b[j] == '.') {
                j += 1;
            }
            out.extend(&b[i..j]);
            i = j;
        } else {
            out.push(c);
            i += 1;
        }
    }
    out
}

/// A call's argument list and its arguments (comments left out).
fn call_arguments(node: Node) -> Option<(Node, Vec<Node>)> {
    let list = node.child_by_field_name("arguments")?;
    let mut cursor = list.walk();
    let args = list
        .named_children(&mut cursor)
        .filter(|n| kind(*n) != "comment")
        .collect();
    Some((list, args))
}

/// Does an identifier belong to CPython's or Cython's C API?
pub fn is_api_name(name: &str) -> bool {
    let after_py = |s: &str| {
        s.chars()
            .next()
            .is_some_and(|c| c.is_ascii_uppercase() || c == '_')
    };
    name.strip_prefix("Py").is_some_and(after_py)
        || name.starts_with("_Py")
        || name.starts_with("PY_")
        || name.starts_with("__Pyx_")
        || name.starts_with("__PYX_")
        || name.starts_with("CYTHON_")
        || name.starts_with("METH_")
}

/// The node whose children `render_run` renders: its kind, and the byte where it ends (a
/// replacement of several children does not reach past it).
#[derive(Clone, Copy)]
struct Run {
    parent_kind: &'static str,
    end: usize,
}

impl<'a> Rewriter<'a> {
    /// A rewriter for `src`, parsed as `tree`.
    pub fn new(src: &'a str, tree: &Syntax, config: RewriteConfig<'a>) -> Self {
        let mut local_defs = config.defined.unwrap_or_else(|| defined_names(tree, src));
        local_defs.extend(config.defined_elsewhere);
        let mut replacements = BTreeMap::new();
        for (start, end, text) in config.replacements {
            replacements.insert(start, (end, text));
        }
        Rewriter {
            src,
            gaps: config.gaps,
            rules: config.rules,
            constants: config.constants,
            rom_fields: config.rom_fields,
            utility_names: config.utility_names,
            macros: config.macros,
            local_defs,
            replacements,
            diags: Vec::new(),
            stats: Stats::default(),
            reported: HashSet::new(),
            reported_at: Vec::new(),
            parent_kind: "",
        }
    }

    /// A rewriter with the same configuration and no diagnostics yet, for another thread.
    fn fork(&self) -> Self {
        Rewriter {
            src: self.src,
            gaps: self.gaps,
            rules: self.rules,
            constants: self.constants,
            rom_fields: self.rom_fields.clone(),
            utility_names: self.utility_names.clone(),
            macros: self.macros,
            local_defs: self.local_defs.clone(),
            replacements: self.replacements.clone(),
            diags: Vec::new(),
            stats: Stats::default(),
            reported: HashSet::new(),
            reported_at: Vec::new(),
            parent_kind: "",
        }
    }

    /// Take over what `later`, which rendered the code after this rewriter's, found: its
    /// diagnostics in order, but a leftover name only where this one did not report it already,
    /// as one rewriter rendering both parts in turn would.
    fn absorb(&mut self, later: Rewriter<'a>) {
        let repeated: HashSet<usize> = later
            .reported_at
            .iter()
            .filter(|(name, _)| self.reported.contains(name))
            .map(|(_, i)| *i)
            .collect();
        for (i, d) in later.diags.into_iter().enumerate() {
            if !repeated.contains(&i) {
                self.diags.push(d);
            }
        }
        self.stats.add(&later.stats);
        self.reported.extend(later.reported);
    }

    /// The byte ranges of the structural replacements.
    pub fn replaced_ranges(&self) -> impl Iterator<Item = (usize, usize)> + '_ {
        self.replacements.iter().map(|(s, (e, _))| (*s, *e))
    }

    /// Render the whole text. A large file's top-level declarations are rendered in two runs on
    /// two threads, the second by a fork of this rewriter; the text and the diagnostics are those
    /// of one run over all of them.
    pub fn render_tree(&mut self, tree: &Syntax) -> String {
        /// Below this many bytes of top-level declarations, a second thread costs more than it saves.
        const PARALLEL_MIN: usize = 64 * 1024;
        let (start, end) = tree.span();
        if let Some((e, text)) = self.replacements.get(&start) {
            if *e == end {
                return text.clone();
            }
        }
        let children = tree.top_level();
        if children.is_empty() {
            return self.src[start..end].to_string();
        }
        let top = Run {
            parent_kind: "translation_unit",
            end,
        };
        let Some(k) = self.split_point(start, end, &children, PARALLEL_MIN) else {
            let (mut out, pos) = self.render_run(top, &children, start, &|_, _| false);
            if pos < end {
                out.push_str(&self.gaps[pos..end]);
            }
            return out;
        };
        let mut later = self.fork();
        let second_start = children[k].start_byte();
        let (first, second) = std::thread::scope(|s| {
            let worker = s.spawn(|| {
                let run = later.render_run(top, &children[k..], second_start, &|_, _| false);
                (run, later)
            });
            let first = self.render_run(top, &children[..k], start, &|_, _| false);
            match worker.join() {
                Ok((second, later)) => (first, (second, later)),
                Err(panic) => std::panic::resume_unwind(panic),
            }
        });
        let ((mut out, pos), ((rest, last), later)) = (first, second);
        self.absorb(later);
        out.push_str(&self.gaps[pos..second_start]);
        out.push_str(&rest);
        if last < end {
            out.push_str(&self.gaps[last..end]);
        }
        out
    }

    /// Where to cut the top-level declarations `children` (spanning `start..end`) in two runs of
    /// about equal cost: the index of a child that the sequential walk of `render_run` renders
    /// as itself (not skipped, nor inside a replacement of several children), at half of the
    /// predicted cost. `None` for fewer than `min` bytes of children.
    ///
    /// A child's predicted cost is its non-blank bytes (`code_bytes`) less those of the
    /// replacements inside it: rendering goes node by node, and the stages before the parse
    /// leave long blank stretches inside definitions. A comment, a child replaced whole and the
    /// children of a replacement of several cost about nothing.
    fn split_point(
        &self,
        start: usize,
        end: usize,
        children: &[Node],
        min: usize,
    ) -> Option<usize> {
        let total_bytes: usize = children.iter().map(|c| c.byte_range().len()).sum();
        if total_bytes < min {
            return None;
        }
        let src = self.src.as_bytes();
        // The outermost replacements, in order (the map is sorted by start).
        let mut replaced: Vec<(usize, usize)> = Vec::new();
        for (&s, &(e, _)) in &self.replacements {
            if replaced.last().is_none_or(|&(_, last_end)| s >= last_end) {
                replaced.push((s, e));
            }
        }
        // Each child rendered as itself, with its cost; skipped children are not listed.
        let mut costs: Vec<(usize, usize)> = Vec::with_capacity(children.len());
        let mut pos = start;
        let mut i = 0;
        let mut r = 0;
        while i < children.len() {
            let child = children[i];
            if child.start_byte() < pos {
                i += 1;
                continue;
            }
            if let Some((e, _)) = self.replacements.get(&child.start_byte()) {
                if *e > child.end_byte() && *e <= end {
                    costs.push((i, 0));
                    pos = *e;
                    while i < children.len() && children[i].start_byte() < *e {
                        i += 1;
                    }
                    continue;
                }
            }
            let (cs, ce) = (child.start_byte(), child.end_byte());
            let mut cost = 0;
            if kind(child) != "comment" {
                while r < replaced.len() && replaced[r].1 <= cs {
                    r += 1;
                }
                let mut at = cs;
                let mut k = r;
                while k < replaced.len() && replaced[k].0 < ce {
                    let (s, e) = replaced[k];
                    cost += code_bytes(&src[at..s.max(at)]);
                    at = at.max(e.min(ce));
                    k += 1;
                }
                cost += code_bytes(&src[at.min(ce)..ce]);
            }
            costs.push((i, cost));
            pos = ce;
            i += 1;
        }
        let total: usize = costs.iter().map(|c| c.1).sum();
        let mut seen = 0;
        for &(i, cost) in &costs {
            if seen >= total / 2 && i > 0 {
                return Some(i);
            }
            seen += cost;
        }
        None
    }

    fn text(&self, node: Node) -> &'a str {
        &self.src[node.byte_range()]
    }

    /// Render `child`, a child of a node of kind `parent_kind`.
    fn render_child(&mut self, parent_kind: &'static str, child: Node) -> String {
        self.parent_kind = parent_kind;
        self.render(child)
    }

    pub fn render(&mut self, node: Node) -> String {
        if let Some((end, text)) = self.replacements.get(&node.start_byte()) {
            if *end == node.end_byte() {
                return text.clone();
            }
        }
        match kind(node) {
            "expression_statement" => {
                if let Some(expr) = node.named_child(0) {
                    if self.delete_rule(expr).is_some() {
                        self.stats.deleted += 1;
                        let in_block = matches!(
                            self.parent_kind,
                            "compound_statement" | "translation_unit" | "case_statement"
                        );
                        return if in_block { String::new() } else { ";".into() };
                    }
                }
            }
            "call_expression" => {
                if let Some(s) = self.render_call(node) {
                    return s;
                }
            }
            "identifier" | "type_identifier" => return self.render_ident(node),
            "field_expression" => {
                if let Some(field) = node.child_by_field_name("field") {
                    let name = self.text(field);
                    if self.rom_fields.contains(name) {
                        return name.to_string();
                    }
                }
            }
            "preproc_arg" => return self.render_preproc_arg(node),
            "declaration"
            | "parameter_declaration"
            | "field_declaration"
            | "type_descriptor"
            | "function_definition" => {
                if let Some(s) = self.render_typed(node) {
                    return s;
                }
            }
            _ => {}
        }
        self.render_children(node, |_, _| false)
    }

    /// Render a node's children with the gaps between them; `strip(self, child)` marks declarator
    /// children from which one pointer level is to be removed.
    fn render_children(&mut self, node: Node, strip: impl Fn(&Self, Node) -> bool) -> String {
        if node.child_count() == 0 {
            return self.text(node).to_string();
        }
        let mut cursor = node.walk();
        let children: Vec<Node> = node.children(&mut cursor).collect();
        let run = Run {
            parent_kind: kind(node),
            end: node.end_byte(),
        };
        let (mut out, pos) = self.render_run(run, &children, node.start_byte(), &strip);
        if pos < node.end_byte() {
            out.push_str(&self.gaps[pos..node.end_byte()]);
        }
        out
    }

    /// Render a run of the children of `parent`, with the gaps before each, from byte `pos` on;
    /// returns the text and the byte where it ends.
    fn render_run(
        &mut self,
        parent: Run,
        children: &[Node],
        mut pos: usize,
        strip: &dyn Fn(&Self, Node) -> bool,
    ) -> (String, usize) {
        let mut out = String::new();
        let mut i = 0;
        while i < children.len() {
            let child = children[i];
            if child.start_byte() < pos {
                i += 1;
                continue;
            }
            out.push_str(&self.gaps[pos..child.start_byte()]);
            if let Some((end, text)) = self.replacements.get(&child.start_byte()).cloned() {
                if end > child.end_byte() && end <= parent.end {
                    out.push_str(&text);
                    pos = end;
                    while i < children.len() && children[i].start_byte() < end {
                        i += 1;
                    }
                    continue;
                }
            }
            if strip(self, child) {
                out.push_str(&self.strip_pointer(child));
            } else {
                out.push_str(&self.render_child(parent.parent_kind, child));
            }
            pos = child.end_byte();
            i += 1;
        }
        (out, pos)
    }

    fn delete_rule(&self, expr: Node) -> Option<&'a Rule> {
        let rules: &'a RuleSet = self.rules;
        match kind(expr) {
            "call_expression" => {
                let f = expr.child_by_field_name("function")?;
                if kind(f) != "identifier" {
                    return None;
                }
                let name = self.text(f);
                let args = self.raw_args(expr);
                rules.calls(name).find(|r| {
                    r.action == Action::Delete
                        && matches!(&r.pattern, Pattern::Call { args: pats, .. } if args_match(pats, &args))
                })
            }
            "identifier" => rules
                .ident(self.text(expr))
                .filter(|r| r.action == Action::Delete),
            _ => None,
        }
    }

    fn raw_args(&self, call: Node) -> Vec<String> {
        let Some(list) = call.child_by_field_name("arguments") else {
            return Vec::new();
        };
        let mut cursor = list.walk();
        list.named_children(&mut cursor)
            .filter(|n| kind(*n) != "comment")
            .map(|n| self.text(n).to_string())
            .collect()
    }

    /// A call with a call rule: the first rule whose pattern fits the arguments as written in
    /// the source (literals included) applies, and only then are the arguments rendered, once.
    /// Without one (or when the runtime header's rename comes first) the call is rendered as any
    /// node, its arguments once, there.
    fn render_call(&mut self, node: Node) -> Option<String> {
        let f = node.child_by_field_name("function")?;
        if kind(f) != "identifier" {
            return None;
        }
        let name = self.text(f);
        if !self.rules.has_call(name) {
            return self.expand_macro_call(node, name);
        }
        let (list, arg_nodes) = call_arguments(node)?;
        let source_args: Vec<String> = arg_nodes
            .iter()
            .map(|&n| self.text(n).to_string())
            .collect();
        let rules: &'a RuleSet = self.rules;
        let rule = rules.calls(name).find(|r| match &r.pattern {
            Pattern::Call { args: pats, .. } => args_match(pats, &source_args),
            // The runtime header's rename: the identifier is renamed where it is rendered.
            _ => true,
        })?;
        let Pattern::Call { args: pats, .. } = &rule.pattern else {
            return None;
        };
        let args: Vec<String> = arg_nodes
            .iter()
            .map(|&n| self.render_child(kind(list), n))
            .collect();
        let binds = bind_call(&rule.pattern, name, &args).unwrap_or_else(|| bind_args(pats, &args));
        Some(match rule.action {
            Action::Rewrite => {
                self.stats.inline_rewrites += 1;
                instantiate(&rule.fix, &binds)
            }
            Action::Runtime => {
                self.stats.runtime_calls += 1;
                instantiate(&rule.fix, &binds)
            }
            Action::Delete => {
                self.diags.push(Diagnostic::error(
                    &rule.id,
                    format!("`{name}(...)` can only be deleted as a statement of its own"),
                    node.byte_range(),
                ));
                self.stats.unsupported += 1;
                self.text(node).to_string()
            }
            Action::Reject => {
                self.reject(rule, node);
                self.text(node).to_string()
            }
        })
    }

    /// A call of one of Cython's own function-like macros that no rule covers, whose body is one
    /// call of a name with rules (`#define __Pyx_PyUnicode_FromStringAndSize(c_str, size)
    /// PyUnicode_DecodeUTF8(c_str, size, NULL)`, as the module's `c_string_encoding` settles it):
    /// the body's call, its arguments the macro's (rendered once) or C without API names.
    fn expand_macro_call(&mut self, node: Node, name: &str) -> Option<String> {
        let MacroDef {
            params: Some(params),
            body,
        } = self.settled_macro(name)?
        else {
            return None;
        };
        let (target, body_args) = split_call(body)?;
        let (list, arg_nodes) = call_arguments(node)?;
        if arg_nodes.len() != params.len() {
            return None;
        }
        // Every body argument is a parameter, or C whose other names are no API names.
        let param_of = |a: &str| params.iter().position(|p| p == a);
        let plain = |a: &str| {
            identifiers(a)
                .iter()
                .all(|id| param_of(id).is_some() || !is_api_name(id))
        };
        if !body_args.iter().all(|a| param_of(a).is_some() || plain(a)) {
            return None;
        }
        let rules: &'a RuleSet = self.rules;
        let source: Vec<String> = arg_nodes
            .iter()
            .map(|&n| self.text(n).to_string())
            .collect();
        let substitute = |a: &str, with: &[String]| -> String {
            match param_of(a) {
                Some(i) => with[i].clone(),
                None => replace_identifiers(a, |id| param_of(id).map(|i| format!("({})", with[i]))),
            }
        };
        let target_source: Vec<String> = body_args.iter().map(|a| substitute(a, &source)).collect();
        let rule = rules.calls(target).find(|r| match &r.pattern {
            Pattern::Call { args: pats, .. } => args_match(pats, &target_source),
            _ => true,
        });
        if rule.is_none() && is_api_name(target) {
            return None;
        }
        if rule.is_some_and(|r| !matches!(r.action, Action::Rewrite | Action::Runtime)) {
            return None;
        }
        let rendered: Vec<String> = arg_nodes
            .iter()
            .map(|&n| self.render_child(kind(list), n))
            .collect();
        let args: Vec<String> = body_args.iter().map(|a| substitute(a, &rendered)).collect();
        self.stats.runtime_calls += 1;
        Some(match rule {
            Some(rule) => match &rule.pattern {
                Pattern::Call { .. } => instantiate(
                    &rule.fix,
                    &bind_call(&rule.pattern, target, &args).unwrap_or_default(),
                ),
                _ => format!("{}({})", rule.fix, args.join(", ")),
            },
            None => format!("{target}({})", args.join(", ")),
        })
    }

    fn reject(&mut self, rule: &Rule, node: Node) {
        self.stats.unsupported += 1;
        self.diags.push(
            Diagnostic::error(&rule.id, rule.message.clone(), node.byte_range())
                .with_note(format!("rule {} ({})", rule.id, rule.name)),
        );
    }

    fn render_ident(&mut self, node: Node) -> String {
        let name = self.text(node);
        self.render_name(name, node, 0)
    }

    /// One of Cython's own macros that no rule covers and the kept code does not define.
    fn settled_macro(&self, name: &str) -> Option<&'a MacroDef> {
        let def = self.macros?.get(name)?;
        if self.rules.ident(name).is_some()
            || self.rules.has_call(name)
            || self.local_defs.contains(name)
        {
            return None;
        }
        Some(def)
    }

    /// An identifier `name` standing at `node`: its rule, or for one of Cython's own object-like
    /// macros without one, what the macro settles to (a name, rendered in turn, or a literal).
    fn render_name(&mut self, name: &'a str, node: Node, depth: usize) -> String {
        if depth < 8 {
            if let Some(MacroDef { params: None, body }) = self.settled_macro(name) {
                if crate::rules::is_ident(body) {
                    return self.render_name(body, node, depth + 1);
                }
                if is_literal(body) {
                    return body.clone();
                }
            }
        }
        let rules: &'a RuleSet = self.rules;
        if let Some(rule) = rules.ident(name) {
            match rule.action {
                Action::Rewrite => {
                    self.stats.inline_rewrites += 1;
                    return rule.fix.clone();
                }
                Action::Runtime => {
                    self.stats.runtime_calls += 1;
                    return rule.fix.clone();
                }
                Action::Delete => {
                    self.stats.deleted += 1;
                    return String::new();
                }
                Action::Reject => {
                    self.reject(rule, node);
                    return name.to_string();
                }
            }
        }
        if kind(node) == "identifier" {
            if let Some(v) = self.constants.get(name) {
                return v.to_string();
            }
            // A function used as a value (`f = PyIter_Next;`): a runtime rule that renames every
            // call names the function that replaces it.
            if let Some(target) = rules.calls(name).find_map(Rule::renamed_function) {
                self.stats.runtime_calls += 1;
                return target;
            }
        }
        self.check_leftover(name, node.start_byte(), node.end_byte());
        name.to_string()
    }

    fn check_leftover(&mut self, name: &str, start: usize, end: usize) {
        if self.local_defs.contains(name) {
            return;
        }
        let from_utility = self.utility_names.get(name);
        if !is_api_name(name) && from_utility.is_none() {
            return;
        }
        self.stats.unsupported += 1;
        if !self.reported.insert(name.to_string()) {
            return;
        }
        self.reported_at.push((name.to_string(), self.diags.len()));
        let mut d = Diagnostic::error(
            Code::Unsupported,
            format!("`{name}` is not supported: no rule or runtime function covers it"),
            start..end,
        );
        if let Some(block) = from_utility {
            d = d.with_note(format!(
                "`{name}` comes from Cython's utility code `{block}`"
            ));
        }
        if self.rules.has_call(name) {
            d = d.with_note(format!(
                "rules exist for `{name}`, but none matches this use"
            ));
        }
        self.diags.push(d.with_note(
            "add a rule in rules/ (see `cython2upy rules list`), or a runtime function",
        ));
    }

    fn render_preproc_arg(&mut self, node: Node) -> String {
        let text = self.text(node);
        if is_message_directive(node, self.src) {
            // `#warning` / `#error` text is a message for the reader, not code.
            return text.to_string();
        }
        let base = node.start_byte();
        let mut out = String::new();
        let mut pos = 0;
        let mut idents = Vec::new();
        crate::parse::for_each_code_ident(text, |s, e| idents.push((s, e)));
        for (s, e) in idents {
            let name = &text[s..e];
            out.push_str(&text[pos..s]);
            let rules: &'a RuleSet = self.rules;
            match rules.ident(name) {
                Some(rule) if matches!(rule.action, Action::Rewrite | Action::Runtime) => {
                    out.push_str(&rule.fix)
                }
                _ => {
                    self.check_leftover(name, base + s, base + e);
                    out.push_str(name);
                }
            }
            pos = e;
        }
        out.push_str(&text[pos..]);
        out
    }

    /// Declarations whose type has a pointer-type rule (`PyObject *` becomes `mp_obj_t`).
    fn render_typed(&mut self, node: Node) -> Option<String> {
        let ty = node.child_by_field_name("type")?;
        if kind(ty) != "type_identifier" {
            return None;
        }
        let rules: &'a RuleSet = self.rules;
        let rule = rules.pointer_type(self.text(ty))?;
        let ty_id = ty.id();
        let mut cursor = node.walk();
        let declarators: HashSet<usize> = node
            .children_by_field_name("declarator", &mut cursor)
            .map(|c| c.id())
            .collect();
        if declarators.is_empty() {
            self.diags.push(Diagnostic::error(
                &rule.id,
                format!(
                    "`{}` is used by value; only `{} *` can be translated",
                    self.text(ty),
                    self.text(ty)
                ),
                node.byte_range(),
            ));
            self.stats.unsupported += 1;
        }
        self.stats.inline_rewrites += 1;
        let fix = rule.fix.clone();
        let mut out = String::new();
        let mut pos = node.start_byte();
        let mut cursor = node.walk();
        let children: Vec<Node> = node.children(&mut cursor).collect();
        for child in children {
            out.push_str(&self.gaps[pos..child.start_byte()]);
            if child.id() == ty_id {
                out.push_str(&fix);
            } else if declarators.contains(&child.id()) {
                let d = self.strip_pointer(child);
                let word = |c: char| c.is_ascii_alphanumeric() || c == '_';
                if out.chars().last().is_some_and(word) && d.chars().next().is_some_and(word) {
                    out.push(' ');
                }
                out.push_str(&d);
            } else {
                out.push_str(&self.render_child(kind(node), child));
            }
            pos = child.end_byte();
        }
        out.push_str(&self.gaps[pos..node.end_byte()]);
        Some(out)
    }

    /// Render a declarator with its outermost pointer level removed.
    fn strip_pointer(&mut self, decl: Node) -> String {
        match kind(decl) {
            "pointer_declarator" | "abstract_pointer_declarator" => {
                let inner = decl.child_by_field_name("declarator");
                let mut quals = Vec::new();
                let mut cursor = decl.walk();
                for c in decl.children(&mut cursor) {
                    if kind(c) == "type_qualifier" || kind(c) == "ms_pointer_modifier" {
                        quals.push(self.text(c).to_string());
                    }
                }
                let inner_text = inner
                    .map(|n| self.render_child(kind(decl), n))
                    .unwrap_or_default();
                let mut out = quals.join(" ");
                if !out.is_empty() && !inner_text.is_empty() {
                    out.push(' ');
                }
                out.push_str(inner_text.trim_start());
                out
            }
            "init_declarator" => {
                let target = decl.child_by_field_name("declarator").map(|n| n.id());
                self.render_children(decl, move |_, c| Some(c.id()) == target)
            }
            _ => {
                self.diags.push(Diagnostic::error(
                    "CY040",
                    "an object is declared by value here; only pointers to Python objects can be translated",
                    decl.byte_range(),
                ));
                self.stats.unsupported += 1;
                self.render(decl)
            }
        }
    }
}

/// Names the code of `tree` defines at any level: functions, variables, typedefs, struct tags,
/// macros, enumerators.
pub fn defined_names(tree: &Syntax, src: &str) -> HashSet<String> {
    defined_names_in(tree.roots(), src)
}

/// `defined_names` of some of a `Syntax`'s roots: each tree's names can be collected on a
/// thread of its own, and the sets joined.
pub fn defined_names_in<'t>(roots: impl Iterator<Item = Node<'t>>, src: &str) -> HashSet<String> {
    let mut out = HashSet::new();
    for root in roots {
        collect_defs(root, src, &mut out, |_, _| true);
    }
    out
}

/// What a node defines through its children (`collect_defs`).
#[derive(Clone, Copy, PartialEq)]
enum Defines {
    Nothing,
    /// Each `declarator` child's name (`declarator_name`).
    Declarators,
    /// Its first `name` child.
    Name,
}

fn defines(node_kind: &str) -> Defines {
    match node_kind {
        "function_definition"
        | "declaration"
        | "field_declaration"
        | "parameter_declaration"
        | "type_definition" => Defines::Declarators,
        "struct_specifier"
        | "union_specifier"
        | "enum_specifier"
        | "enumerator"
        | "preproc_def"
        | "preproc_function_def" => Defines::Name,
        _ => Defines::Nothing,
    }
}

/// The names the nodes under `root` define (see `defines`), found in one walk of a cursor in
/// document order: a child is matched to its parent's field by the cursor as the walk reaches
/// it, instead of a second search of the parent's children for the field.
///
/// The same walk serves another stage's search of the tree: `visit` is called for each node
/// below `root`, in document order, with its parent's kind; where it returns false, it is not
/// called for that node's descendants (the walk goes through them for the names).
pub(crate) fn collect_defs(
    root: Node,
    src: &str,
    out: &mut HashSet<String>,
    mut visit: impl FnMut(Node, &'static str) -> bool,
) {
    let language = root.language();
    let (Some(declarator), Some(name)) = (
        language.field_id_for_name("declarator"),
        language.field_id_for_name("name"),
    ) else {
        return;
    };
    // For each ancestor of the cursor's node: what it defines through its children, whether
    // its name child has been seen, and its kind.
    let mut parents: Vec<(Defines, bool, &'static str)> = Vec::new();
    // The depth of the node whose descendants `visit` is not called for.
    let mut hidden: Option<usize> = None;
    let mut cursor = root.walk();
    loop {
        let node = cursor.node();
        let depth = parents.len();
        if let Some((role, named, parent_kind)) = parents.last_mut() {
            match role {
                Defines::Declarators if cursor.field_id() == Some(declarator) => {
                    if let Some(n) = declarator_name(node, src) {
                        out.insert(n);
                    }
                }
                Defines::Name if !*named && cursor.field_id() == Some(name) => {
                    *named = true;
                    out.insert(src[node.byte_range()].to_string());
                }
                _ => {}
            }
            if hidden.is_some_and(|d| depth <= d) {
                hidden = None;
            }
            if hidden.is_none() && !visit(node, parent_kind) {
                hidden = Some(depth);
            }
        }
        if cursor.goto_first_child() {
            let node_kind = kind(node);
            parents.push((defines(node_kind), false, node_kind));
            continue;
        }
        if !skip_subtree(&mut cursor, &mut parents) {
            return;
        }
    }
}

/// The name a declarator declares, through pointer, array and function declarators.
pub(crate) fn declarator_name(node: Node, src: &str) -> Option<String> {
    match kind(node) {
        "identifier" | "type_identifier" | "field_identifier" => {
            Some(src[node.byte_range()].to_string())
        }
        _ => declarator_name(node.child_by_field_name("declarator")?, src),
    }
}

/// Is `arg` the text of a `#warning` or `#error` line?
fn is_message_directive(arg: Node, src: &str) -> bool {
    arg.parent()
        .filter(|p| p.kind() == "preproc_call")
        .and_then(|p| p.child_by_field_name("directive"))
        .is_some_and(|d| matches!(&src[d.byte_range()], "#warning" | "#error"))
}
