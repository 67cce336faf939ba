//! Embeds the built-in rule files (`rules/core/*.toml`, `rules/api/*.toml`) into the binary,
//! parsed at build time (reading a thousand rules' TOML on every run would cost more than
//! translating a small module), the runtime's sources, and the host test port (`tests/port`) that
//! `cython2upy verify` builds.

use std::fmt::Write as _;
use std::path::Path;

#[path = "src/rule_file.rs"]
#[allow(dead_code)]
mod rule_file;

fn main() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files = Vec::new();
    // The parent too: a rule folder created after the first build must be noticed.
    println!("cargo:rerun-if-changed={}", root.join("rules").display());
    for group in ["core", "api"] {
        let dir = root.join("rules").join(group);
        println!("cargo:rerun-if-changed={}", dir.display());
        let Ok(entries) = std::fs::read_dir(&dir) else {
            continue;
        };
        for e in entries.flatten() {
            let p = e.path();
            if p.extension().is_some_and(|x| x == "toml") {
                println!("cargo:rerun-if-changed={}", p.display());
                files.push(p);
            }
        }
    }
    files.sort();
    let mut out = String::from("[\n");
    for f in files {
        let rel = f.strip_prefix(root).unwrap_or(&f).display().to_string();
        let text = std::fs::read_to_string(&f).unwrap_or_else(|e| panic!("cannot read {rel}: {e}"));
        let file: rule_file::RuleFile =
            toml::from_str(&text).unwrap_or_else(|e| panic!("invalid rule file {rel}: {e}"));
        for r in file.rule {
            if r.overrides.is_some() {
                panic!(
                    "{rel}: rule {}: `overrides` is for a user's rules only",
                    r.id
                );
            }
            if r.id.len() == 6 && r.id.starts_with("CY9") {
                panic!(
                    "{rel}: rule {}: CY9000-CY9999 is reserved for a user's rules",
                    r.id
                );
            }
            let opt = |o: &Option<String>| match o {
                Some(s) => format!("Some({s:?})"),
                None => "None".to_string(),
            };
            let tests: Vec<String> = r
                .tests
                .iter()
                .map(|t| format!("({:?}, {:?})", t.input, t.expected))
                .collect();
            let _ = writeln!(
                out,
                "    StaticRule {{ origin: {rel:?}, id: {:?}, name: {:?}, pattern: {:?}, action: {}, fix: {}, message: {}, doc: {}, tests: &[{}] }},",
                r.id,
                r.name,
                r.pattern,
                r.action.path(),
                opt(&r.fix),
                opt(&r.message),
                opt(&r.doc),
                tests.join(", ")
            );
        }
    }
    out.push(']');
    let out_dir = std::env::var("OUT_DIR").unwrap_or_else(|_| ".".into());
    std::fs::write(Path::new(&out_dir).join("builtin_rules.rs"), out)
        .unwrap_or_else(|e| panic!("cannot write builtin_rules.rs: {e}"));

    // The runtime's sources, written beside every translated module so that the output folder
    // builds on its own.
    let runtime = root.join("runtime");
    println!("cargo:rerun-if-changed={}", runtime.display());
    let mut rt = Vec::new();
    collect(
        &runtime,
        &runtime,
        &mut rt,
        &|rel| rel != "target" && rel != "tests",
        &runtime_file,
    );
    embed_files(&out_dir, "runtime_files.rs", rt);

    // The host port: its Makefile, C sources and headers (not the selftest module, the CMake
    // build or the README).
    let port = root.join("tests").join("port");
    println!("cargo:rerun-if-changed={}", port.display());
    let mut files = Vec::new();
    collect(&port, &port, &mut files, &|rel| rel != "selftest", &|rel| {
        rel == "Makefile" || rel.ends_with(".c") || rel.ends_with(".h")
    });
    embed_files(&out_dir, "port_files.rs", files);
}

/// Write `OUT_DIR/name`: an array of (relative path, contents) pairs, each file's contents by
/// `include_str!`, sorted by path.
fn embed_files(out_dir: &str, name: &str, mut files: Vec<(String, String)>) {
    files.sort();
    let mut out = String::from("[\n");
    for (rel, abs) in files {
        let _ = writeln!(out, "    ({rel:?}, include_str!({abs:?})),");
    }
    out.push(']');
    std::fs::write(Path::new(out_dir).join(name), out)
        .unwrap_or_else(|e| panic!("cannot write {name}: {e}"));
}

/// The files under `dir` to embed, as (path relative to `base`, absolute path): a folder is
/// entered when `enter(rel)` says so, a file taken when `take(rel)` does.
fn collect(
    base: &Path,
    dir: &Path,
    out: &mut Vec<(String, String)>,
    enter: &dyn Fn(&str) -> bool,
    take: &dyn Fn(&str) -> bool,
) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for e in entries.flatten() {
        let p = e.path();
        let rel = p.strip_prefix(base).unwrap_or(&p).display().to_string();
        if p.is_dir() {
            if enter(&rel) {
                println!("cargo:rerun-if-changed={}", p.display());
                collect(base, &p, out, enter, take);
            }
        } else if take(&rel) {
            println!("cargo:rerun-if-changed={}", p.display());
            out.push((rel, p.display().to_string()));
        }
    }
}

/// Runtime files to ship: the crate's sources, the C part, the header and the build templates.
fn runtime_file(rel: &str) -> bool {
    rel == "Cargo.toml"
        || [".rs", ".c", ".h", ".in", ".mk", ".sh", ".cmake", ".md"]
            .iter()
            .any(|ext| rel.ends_with(ext))
}
