//! Runtime parts (`rules/parts.toml`) against the runtime's sources: the generated
//! `cy2upy_parts.h` is current, every `#if CY2UPY_PART_X` of the runtime names a part and every
//! part has code, and a part's triggers cover what its `#if` hides in the runtime's headers (the
//! declarations, and the macros of the headers that name one), so that a module that uses the
//! part's code switches it on. Runtime code outside a part that used a hidden declaration does
//! not compile in a firmware without the part: every port build of a module that needs no part
//! (tests/port_builds.py, tests/cross/check.sh, bench) checks that.

use cython2upy::parts::{parts, parts_h};
use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

fn runtime_sources() -> Vec<(String, String)> {
    let mut out = Vec::new();
    for dir in ["runtime/c", "runtime/include"] {
        let mut entries: Vec<_> = std::fs::read_dir(root().join(dir))
            .expect(dir)
            .flatten()
            .map(|e| e.path())
            .filter(|p| p.extension().is_some_and(|x| x == "c" || x == "h"))
            .collect();
        entries.sort();
        for p in entries {
            let text = std::fs::read_to_string(&p).expect("readable");
            let rel = p.strip_prefix(root()).unwrap_or(&p).display().to_string();
            out.push((rel, text));
        }
    }
    out
}

#[test]
fn parts_header_is_current() {
    let path = root().join("runtime/include/cy2upy_parts.h");
    let want = parts_h();
    let have = std::fs::read_to_string(&path).unwrap_or_default();
    if have != want {
        if std::env::var_os("CY2UPY_WRITE_PARTS_H").is_some() {
            std::fs::write(&path, &want).expect("writable");
        }
        panic!(
            "runtime/include/cy2upy_parts.h is not what rules/parts.toml gives; rerun with \
             CY2UPY_WRITE_PARTS_H=1 to write it:\n{want}"
        );
    }
}

/// The part names of `#if CY2UPY_PART_X` lines, with the lines each one's group holds (nested
/// conditionals are followed; `#else` ends the part's group).
fn gated(text: &str) -> Vec<(String, String)> {
    let mut out = Vec::new();
    // Stack of (part or None) per open conditional.
    let mut stack: Vec<Option<usize>> = Vec::new();
    for line in text.lines() {
        let t = line.trim_start();
        if let Some(rest) = t.strip_prefix("#if") {
            let part = rest
                .trim()
                .strip_prefix("CY2UPY_PART_")
                .map(|n| n.split_whitespace().next().unwrap_or("").to_string());
            stack.push(part.map(|n| {
                out.push((n, String::new()));
                out.len() - 1
            }));
            continue;
        }
        if t.starts_with("#else") || t.starts_with("#elif") {
            if let Some(top) = stack.last_mut() {
                *top = None;
            }
            continue;
        }
        if t.starts_with("#endif") {
            stack.pop();
            continue;
        }
        for i in stack.iter().flatten() {
            out[*i].1.push_str(line);
            out[*i].1.push('\n');
        }
    }
    out
}

fn is_ident(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b == b'_'
}

fn words(text: &str) -> BTreeSet<&str> {
    text.split(|c: char| !(c.is_ascii_alphanumeric() || c == '_'))
        .filter(|w| !w.is_empty() && !w.as_bytes()[0].is_ascii_digit())
        .collect()
}

/// The identifier a line's text starts with (after white space): a `#define`'s name.
fn leading_ident(s: &str) -> String {
    s.trim()
        .bytes()
        .take_while(|b| is_ident(*b))
        .map(char::from)
        .collect()
}

/// The names a block of header text declares: extern variables, prototypes, typedefs, macros.
fn declared(block: &str) -> BTreeSet<String> {
    let mut out = BTreeSet::new();
    let mut stmt = String::new();
    for line in block.lines() {
        let t = line.trim();
        if t.starts_with("//") || t.is_empty() {
            continue;
        }
        if let Some(rest) = t.strip_prefix("#define") {
            out.insert(leading_ident(rest));
            continue;
        }
        stmt.push_str(t);
        stmt.push(' ');
        if t.ends_with(';') || t.ends_with('{') {
            let head = stmt.split('(').next().unwrap_or("");
            if stmt.trim_start().starts_with("extern") && !stmt.contains('(') {
                // extern T a, b, c;
                let body = stmt.trim().trim_end_matches(';');
                for piece in body.split(',') {
                    if let Some(w) = piece.split_whitespace().last() {
                        out.insert(w.trim_start_matches('*').to_string());
                    }
                }
            } else if let Some(w) = head.split_whitespace().last() {
                out.insert(w.trim_start_matches('*').to_string());
            }
            stmt.clear();
        }
    }
    out
}

#[test]
fn every_part_has_code_and_every_gate_names_a_part() {
    let names: BTreeSet<&str> = parts().iter().map(|p| p.name.as_str()).collect();
    let mut used = BTreeSet::new();
    for (file, text) in runtime_sources() {
        if file.ends_with("cy2upy_parts.h") {
            continue;
        }
        for (part, _) in gated(&text) {
            assert!(
                names.contains(part.as_str()),
                "{file}: #if CY2UPY_PART_{part} names no part of rules/parts.toml"
            );
            used.insert(part);
        }
    }
    for n in names {
        assert!(
            used.contains(n),
            "part {n} of rules/parts.toml gates no runtime code"
        );
    }
}

#[test]
fn triggers_cover_what_a_part_hides_in_the_headers() {
    let mut hidden: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    let mut macros: Vec<(String, String)> = Vec::new();
    for (file, text) in runtime_sources() {
        if !file.starts_with("runtime/include/") || file.ends_with("cy2upy_parts.h") {
            continue;
        }
        for (part, block) in gated(&text) {
            hidden.entry(part).or_default().extend(declared(&block));
        }
        // Every macro of the header with its body (continuation lines joined).
        let mut lines = text.lines();
        while let Some(line) = lines.next() {
            let Some(rest) = line.trim_start().strip_prefix("#define") else {
                continue;
            };
            let mut body = rest.to_string();
            while body.ends_with('\\') {
                body.pop();
                body.push_str(lines.next().unwrap_or(""));
            }
            let name = leading_ident(&body);
            // CY_EXC(X) pastes its argument into cy_type_X: read it so.
            let value = body.trim()[name.len()..].replace("CY_EXC(", "cy_type_");
            macros.push((name, value));
        }
    }
    for p in parts() {
        // What the part hides, and the macros that reach it, to a fixed point.
        let mut reach: BTreeSet<String> = hidden.get(&p.name).cloned().unwrap_or_default();
        loop {
            let more: Vec<String> = macros
                .iter()
                .filter(|(n, v)| !reach.contains(n) && words(v).iter().any(|w| reach.contains(*w)))
                .map(|(n, _)| n.clone())
                .collect();
            if more.is_empty() {
                break;
            }
            reach.extend(more);
        }
        let missing: Vec<&String> = reach
            .iter()
            .filter(|n| !n.is_empty() && !p.triggers.contains(*n))
            .collect();
        assert!(
            missing.is_empty(),
            "part {}: the runtime's headers hide or reach {missing:?} through it, which \
             rules/parts.toml does not list as its identifiers",
            p.name
        );
    }
}
