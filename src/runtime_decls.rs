//! The runtime's headers as rules. A declaration in `runtime/include/*.h` whose name follows the
//! naming rule of the output contract (`cy_` + a CPython or Cython name without its leading
//! underscores: `cy_PyDict_SetItem`, `cy_Pyx_ParseKeywords`) *is* the rule that routes that name
//! to the runtime: nothing else lists it. The comment above the declaration is the rule's doc.
//!
//! This module reads the headers' top-level declarations (prototypes, inline functions, macros,
//! typedefs, extern variables) with a small scanner: the headers are the project's own, written in
//! a plain style, so a C parser is not needed. The same reading serves the check of the Rust
//! runtime's `extern "C"` functions against their prototypes (tests/runtime_abi.rs).

/// The runtime's headers, in the order `cy2upy.h` includes them.
pub const HEADERS: &[(&str, &str)] = &[
    (
        "runtime/include/cy2upy.h",
        include_str!("../runtime/include/cy2upy.h"),
    ),
    (
        "runtime/include/cy2upy_types.h",
        include_str!("../runtime/include/cy2upy_types.h"),
    ),
];

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DeclKind {
    /// A prototype or an inline function: return type and parameters as written (`void` alone
    /// is no parameter; `...` is the last parameter of a variadic function).
    Function { ret: String, params: Vec<String> },
    /// `#define NAME(params) ...`
    FunctionMacro { params: Vec<String> },
    /// `#define NAME ...`
    ObjectMacro,
    /// `typedef ... NAME;`
    Type,
    /// `extern ... NAME;`
    Variable,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Decl {
    pub name: String,
    pub kind: DeclKind,
    /// The `//` comment right above the declaration.
    pub doc: String,
    /// For a declaration in a run of declarations under one comment, not the first: that
    /// comment (it may speak of the run, or only of the first).
    pub group_doc: String,
    pub file: &'static str,
    /// 1-based line of the declaration.
    pub line: usize,
}

impl Decl {
    /// The number of arguments a call takes, for function-like declarations (`None` for
    /// variadic functions: at least `params.len() - 1`).
    pub fn arity(&self) -> Option<usize> {
        let params = match &self.kind {
            DeclKind::Function { params, .. } | DeclKind::FunctionMacro { params } => params,
            _ => return None,
        };
        if params.last().is_some_and(|p| p == "...") {
            None
        } else {
            Some(params.len())
        }
    }

    pub fn is_callable(&self) -> bool {
        matches!(
            self.kind,
            DeclKind::Function { .. } | DeclKind::FunctionMacro { .. }
        )
    }
}

/// The CPython or Cython name a runtime name stands for, if it follows the naming rule:
/// `cy_Pyx_X` / `cy_PYX_X` / `cy_pyx_X` stand for `__Pyx_X` / `__PYX_X` / `__pyx_X`; `cy_PyX`,
/// `cy_Py_X`, `cy_PY_X` and `cy_METH_X` for the name without `cy_`. Helpers of the runtime itself
/// (`cy_err_set`, `cy_type_X`, `CY_TRY_BEGIN`) stand for nothing.
pub fn source_name(runtime_name: &str) -> Option<String> {
    let rest = runtime_name.strip_prefix("cy_")?;
    if ["Pyx_", "PYX_", "pyx_"].iter().any(|p| rest.starts_with(p)) {
        return Some(format!("__{rest}"));
    }
    let upper_after = |prefix: &str| {
        rest.strip_prefix(prefix).is_some_and(|r| {
            r.chars()
                .next()
                .is_some_and(|c| c.is_ascii_uppercase() || c == '_')
        })
    };
    (upper_after("Py") || upper_after("PY") || rest.starts_with("METH_")).then(|| rest.to_string())
}

/// Every top-level declaration of the runtime's headers whose name starts with `cy_`; the first
/// of two declarations of one name (the branches of an `#if`) is kept.
pub fn runtime_decls() -> Vec<Decl> {
    let mut out: Vec<Decl> = Vec::new();
    let mut seen = std::collections::HashSet::new();
    for (file, text) in HEADERS {
        for d in scan(file, text) {
            if d.name.starts_with("cy_") && !seen.contains(&d.name) {
                seen.insert(d.name.clone());
                out.push(d);
            }
        }
    }
    out
}

/// The declarations that are rules: those whose name follows the naming rule, with the name
/// they route.
pub fn routed_decls() -> Vec<(String, Decl)> {
    runtime_decls()
        .into_iter()
        .filter_map(|d| source_name(&d.name).map(|s| (s, d)))
        .collect()
}

/// Scan one header's top-level declarations.
pub fn scan(file: &'static str, text: &str) -> Vec<Decl> {
    let mut out = Vec::new();
    let lines: Vec<&str> = text.lines().collect();
    // The comment block that applies to the next declarations, and whether the line before was
    // a comment (a comment after code starts a new block).
    let mut doc: Vec<String> = Vec::new();
    let mut prev_comment = false;
    // Whether `doc` is right above the next declaration (not yet used by one).
    let mut fresh = false;
    let mut stmt = String::new();
    let mut stmt_line = 0;
    let mut depth: i32 = 0;
    let mut in_block_comment = false;
    let mut i = 0;
    while i < lines.len() {
        let raw = lines[i];
        let line_no = i + 1;
        i += 1;
        let t = raw.trim();
        if in_block_comment {
            if t.contains("*/") {
                in_block_comment = false;
            }
            continue;
        }
        if stmt.is_empty() && depth == 0 {
            if t.is_empty() {
                doc.clear();
                prev_comment = false;
                fresh = false;
                continue;
            }
            if let Some(c) = t.strip_prefix("//") {
                if !prev_comment {
                    doc.clear();
                }
                doc.push(c.strip_prefix(' ').unwrap_or(c).to_string());
                prev_comment = true;
                fresh = true;
                continue;
            }
            if t.starts_with("/*") && !t.contains("*/") {
                in_block_comment = true;
                continue;
            }
            prev_comment = false;
            if let Some(directive) = t.strip_prefix('#') {
                // Join continuation lines.
                let mut full = strip_comment(raw).trim_end().to_string();
                while full.ends_with('\\') && i < lines.len() {
                    full.pop();
                    full.push(' ');
                    full.push_str(strip_comment(lines[i]).trim());
                    i += 1;
                }
                if directive.trim_start().starts_with("define") {
                    if let Some(d) = define(&full, file, line_no) {
                        out.push(with_doc(d, &doc, fresh));
                        fresh = false;
                    }
                }
                continue;
            }
            if t == "extern \"C\" {" || t == "}" {
                continue;
            }
            stmt_line = line_no;
        }
        let code = strip_comment(raw);
        for ch in code.chars() {
            match ch {
                '{' => depth += 1,
                '}' => depth -= 1,
                _ => {}
            }
            if depth == 0 || (depth == 1 && ch == '{') {
                stmt.push(ch);
            }
        }
        stmt.push(' ');
        let s = stmt.trim_end();
        let ends_decl = depth == 0 && s.ends_with(';');
        // A function definition ends with its body's closing brace.
        let ends_body = depth == 0 && s.ends_with('}') && !s.starts_with("typedef");
        if ends_decl || ends_body {
            let decls = statement(s, file, stmt_line);
            if !decls.is_empty() {
                out.extend(decls.into_iter().map(|d| with_doc(d, &doc, fresh)));
                fresh = false;
            }
            stmt.clear();
        }
    }
    out
}

fn strip_comment(line: &str) -> &str {
    let cut = [line.find("//"), line.find("/*")]
        .into_iter()
        .flatten()
        .min()
        .unwrap_or(line.len());
    &line[..cut]
}

fn with_doc(mut d: Decl, doc: &[String], fresh: bool) -> Decl {
    if fresh {
        d.doc = doc.join("\n");
    } else {
        d.group_doc = doc.join("\n");
    }
    d
}

fn define(full: &str, file: &'static str, line: usize) -> Option<Decl> {
    let rest = full.trim_start().strip_prefix('#')?.trim_start();
    let rest = rest.strip_prefix("define")?.trim_start();
    let name: String = rest
        .chars()
        .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
        .collect();
    if name.is_empty() {
        return None;
    }
    let after = &rest[name.len()..];
    let kind = if let Some(p) = after.strip_prefix('(') {
        let inner = &p[..p.find(')')?];
        DeclKind::FunctionMacro {
            params: split_params(inner),
        }
    } else {
        DeclKind::ObjectMacro
    };
    Some(Decl {
        name,
        kind,
        doc: String::new(),
        group_doc: String::new(),
        file,
        line,
    })
}

/// The parameters of a list as written, `void` alone being none.
fn split_params(inner: &str) -> Vec<String> {
    let inner = inner.trim();
    if inner.is_empty() || inner == "void" {
        return Vec::new();
    }
    let mut out = Vec::new();
    let mut depth = 0;
    let mut cur = String::new();
    for ch in inner.chars() {
        match ch {
            '(' | '[' => depth += 1,
            ')' | ']' => depth -= 1,
            ',' if depth == 0 => {
                out.push(normalise(&cur));
                cur.clear();
                continue;
            }
            _ => {}
        }
        cur.push(ch);
    }
    out.push(normalise(&cur));
    out
}

fn normalise(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn is_ident_char(c: char) -> bool {
    c.is_ascii_alphanumeric() || c == '_'
}

fn last_ident(s: &str) -> Option<&str> {
    let s = s.trim_end();
    let start = s
        .char_indices()
        .rev()
        .take_while(|(_, c)| is_ident_char(*c))
        .last()
        .map(|(i, _)| i)?;
    Some(&s[start..])
}

/// The declarations of one top-level C statement (without nested braces' contents).
fn statement(s: &str, file: &'static str, line: usize) -> Vec<Decl> {
    let decl = |name: &str, kind: DeclKind| Decl {
        name: name.to_string(),
        kind,
        doc: String::new(),
        group_doc: String::new(),
        file,
        line,
    };
    let s = normalise(s);
    let head = s.split('{').next().unwrap_or(&s).trim();
    if let Some(rest) = s.strip_prefix("typedef ") {
        // `typedef T (*name)(...);`, `typedef struct {...} name;`, `typedef T name;`
        if let Some(i) = rest.find("(*") {
            let name: String = rest[i + 2..]
                .chars()
                .take_while(|c| is_ident_char(*c))
                .collect();
            return vec![decl(&name, DeclKind::Type)];
        }
        let tail = rest.rsplit('}').next().unwrap_or(rest);
        let tail = tail.trim_end_matches(';');
        return last_ident(tail)
            .map(|n| vec![decl(n, DeclKind::Type)])
            .unwrap_or_default();
    }
    // A prototype or definition: the name before the first `(` at the top level.
    if let Some(open) = head.find('(') {
        if head[open + 1..].starts_with('*') {
            // A function pointer variable: not a routed form.
            return Vec::new();
        }
        let before = &head[..open];
        let Some(name) = last_ident(before) else {
            return Vec::new();
        };
        let ret = before[..before.len() - name.len()].trim();
        let ret = ret
            .split_whitespace()
            .filter(|w| {
                !matches!(
                    *w,
                    "static" | "inline" | "extern" | "MP_ALWAYSINLINE" | "MP_NORETURN"
                )
            })
            .collect::<Vec<_>>()
            .join(" ");
        let mut depth = 0;
        let mut close = None;
        for (i, c) in head[open..].char_indices() {
            match c {
                '(' => depth += 1,
                ')' => {
                    depth -= 1;
                    if depth == 0 {
                        close = Some(open + i);
                        break;
                    }
                }
                _ => {}
            }
        }
        let Some(close) = close else {
            return Vec::new();
        };
        return vec![decl(
            name,
            DeclKind::Function {
                ret,
                params: split_params(&head[open + 1..close]),
            },
        )];
    }
    if s.starts_with("extern ") {
        let body = s.trim_end_matches(';');
        return body
            .split(',')
            .filter_map(|seg| last_ident(seg.split('[').next().unwrap_or(seg)))
            .map(|n| decl(n, DeclKind::Variable))
            .collect();
    }
    Vec::new()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn naming_rule() {
        assert_eq!(
            source_name("cy_PyDict_SetItem").as_deref(),
            Some("PyDict_SetItem")
        );
        assert_eq!(
            source_name("cy_Pyx_ParseKeywords").as_deref(),
            Some("__Pyx_ParseKeywords")
        );
        assert_eq!(
            source_name("cy_pyx_t_double_complex").as_deref(),
            Some("__pyx_t_double_complex")
        );
        assert_eq!(source_name("cy_Py_LT").as_deref(), Some("Py_LT"));
        assert_eq!(source_name("cy_METH_O").as_deref(), Some("METH_O"));
        assert_eq!(source_name("cy_PYGEN_NEXT").as_deref(), Some("PYGEN_NEXT"));
        assert_eq!(source_name("cy_err_set"), None);
        assert_eq!(source_name("cy_type_Warning"), None);
        assert_eq!(source_name("cy_Python"), None);
    }

    #[test]
    fn scans_each_form_with_its_doc() {
        let h = "// One.\n// Two.\nmp_obj_t cy_PyA(mp_obj_t a, const char *fmt, ...);\nvoid cy_PyB(void);\n\n\
                 #define cy_PyC(a, b) \\\n  ((a) + (b))\n#define cy_PyD (0)\n\
                 typedef mp_obj_t (*cy_PyE)(mp_obj_t self);\ntypedef struct {\n  int x;\n} cy_PyF;\n\
                 extern const mp_obj_type_t cy_type_a, cy_type_b;\n\
                 static inline int cy_PyG(int x) {\n  return x;\n}\n";
        let d = scan("h", h);
        let names: Vec<&str> = d.iter().map(|d| d.name.as_str()).collect();
        assert_eq!(
            names,
            [
                "cy_PyA",
                "cy_PyB",
                "cy_PyC",
                "cy_PyD",
                "cy_PyE",
                "cy_PyF",
                "cy_type_a",
                "cy_type_b",
                "cy_PyG"
            ]
        );
        assert_eq!(d[0].doc, "One.\nTwo.");
        assert_eq!(d[1].doc, "");
        assert_eq!(d[1].group_doc, "One.\nTwo.");
        assert_eq!(d[2].doc, "");
        assert_eq!(d[0].arity(), None);
        assert_eq!(d[1].arity(), Some(0));
        assert_eq!(d[2].arity(), Some(2));
        assert_eq!(d[8].arity(), Some(1));
        assert_eq!(d[2].line, 6);
        assert_eq!(
            d[0].kind,
            DeclKind::Function {
                ret: "mp_obj_t".into(),
                params: vec!["mp_obj_t a".into(), "const char *fmt".into(), "...".into()]
            }
        );
    }

    #[test]
    fn the_headers_declare_routed_names() {
        let routed = routed_decls();
        assert!(routed.len() > 1000, "{}", routed.len());
        assert!(routed
            .iter()
            .any(|(s, d)| s == "PyLong_FromLong" && d.arity() == Some(1)));
    }
}
