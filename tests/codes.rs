//! The diagnostic codes that are not rule ids (`E-PARSE`, ...): `diag::Code` is their one list.
//! Every code the source can emit is one of it and has an explanation, every code of it is
//! emitted somewhere, and docs/rules.md lists them all.

use cython2upy::diag::Code;
use std::collections::BTreeSet;
use std::path::Path;

fn sources() -> Vec<(String, String)> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut out = Vec::new();
    for entry in std::fs::read_dir(&dir).expect("src") {
        let path = entry.expect("entry").path();
        if path.extension().is_some_and(|e| e == "rs") {
            let name = path
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default();
            out.push((name, std::fs::read_to_string(&path).expect("source")));
        }
    }
    out
}

/// The code lines of a Rust source (comments dropped).
fn code_lines(text: &str) -> impl Iterator<Item = &str> {
    text.lines()
        .filter(|l| !l.trim_start().starts_with("//"))
        .map(|l| l.split(" // ").next().unwrap_or(l))
}

/// `E-` followed by capitals: a stage code written out.
fn written_codes(line: &str) -> Vec<String> {
    let mut out = Vec::new();
    let b = line.as_bytes();
    for (i, _) in line.match_indices("E-") {
        let before = i.checked_sub(1).map(|j| b[j]);
        if before.is_some_and(|c| c.is_ascii_alphanumeric() || c == b'_') {
            continue;
        }
        let rest: String = line[i + 2..]
            .chars()
            .take_while(|c| c.is_ascii_uppercase())
            .collect();
        if rest.len() >= 2 {
            out.push(format!("E-{rest}"));
        }
    }
    out
}

#[test]
fn the_source_writes_stage_codes_only_through_the_list() {
    for (name, text) in sources() {
        if name == "diag.rs" {
            continue;
        }
        for line in code_lines(&text) {
            assert!(
                written_codes(line).is_empty(),
                "src/{name} writes a stage code itself; use diag::Code: {line}"
            );
        }
    }
}

#[test]
fn every_code_is_emitted_and_explained() {
    let all: String = sources()
        .into_iter()
        .filter(|(name, _)| name != "diag.rs")
        .flat_map(|(_, text)| code_lines(&text).map(str::to_string).collect::<Vec<_>>())
        .collect::<Vec<_>>()
        .join("\n");
    let mut seen = BTreeSet::new();
    for code in Code::ALL {
        assert!(seen.insert(code.as_str()), "{} twice", code.as_str());
        let variant = format!("{code:?}");
        assert!(
            all.contains(&format!("Code::{variant}")),
            "{} ({variant}) is never emitted: remove it from diag::Code",
            code.as_str()
        );
        let e = code.explanation();
        assert!(!e.title.is_empty() && !e.meaning.is_empty() && !e.what_to_do.is_empty());
        assert!(!e.causes.is_empty(), "{} names no cause", code.as_str());
        assert_eq!(Code::from_text(&code.as_str().to_lowercase()), Some(code));
    }
}

#[test]
fn docs_list_every_code_with_its_title() {
    let doc = std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("docs/rules.md"))
        .expect("docs/rules.md");
    let rows: Vec<(String, String)> = doc
        .lines()
        .filter_map(|l| l.strip_prefix("| `E-"))
        .filter_map(|l| {
            let (code, rest) = l.split_once("` | ")?;
            Some((format!("E-{code}"), rest.trim_end_matches(" |").to_string()))
        })
        .collect();
    let expected: Vec<(String, String)> = Code::ALL
        .into_iter()
        .map(|c| (c.as_str().to_string(), c.explanation().title.to_string()))
        .collect();
    assert_eq!(rows, expected, "docs/rules.md, \"Diagnostic codes\"");
}

#[test]
fn the_command_line_explains_a_code() {
    let o = std::process::Command::new(env!("CARGO_BIN_EXE_cython2upy"))
        .args(["rules", "explain", "e-parse"])
        .output()
        .expect("runs");
    assert_eq!(o.status.code(), Some(0));
    let out = String::from_utf8_lossy(&o.stdout);
    assert!(out.starts_with("E-PARSE: C that does not parse\n"), "{out}");
    assert!(
        out.contains("typical causes:") && out.contains("what to do:"),
        "{out}"
    );
    let o = std::process::Command::new(env!("CARGO_BIN_EXE_cython2upy"))
        .args(["rules", "explain", "E-NONE"])
        .output()
        .expect("runs");
    assert_eq!(o.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&o.stderr).contains("E-UNSUPPORTED"));
}
