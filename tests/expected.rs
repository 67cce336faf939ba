//! Expected-output tests: for each folder tests/expected/NAME/, the C that the pinned Cython
//! generated from fixtures/NAME/NAME.pyx (`NAME.c.xz`, written by tests/expected.py) is
//! translated and compared with the committed translation `NAME.expected.c`. A change to the
//! engine, the rules or the templates shows up here in seconds as a reviewable diff; whether the
//! new output is *right* is still the differential test's call (tests/differential.py).
//!
//! `UPDATE_SNAPSHOTS=1 cargo test --test expected` rewrites the expected translations.

use cython2upy::pipeline::Translator;
use cython2upy::rules::RuleSet;
use std::io::Read;
use std::path::{Path, PathBuf};

fn cases() -> Vec<(String, PathBuf)> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/expected");
    let mut out: Vec<(String, PathBuf)> = std::fs::read_dir(&root)
        .expect("tests/expected")
        .flatten()
        .filter(|e| e.path().is_dir())
        .map(|e| (e.file_name().to_string_lossy().into_owned(), e.path()))
        .collect();
    out.sort();
    out
}

fn cython_c(name: &str, dir: &Path) -> String {
    let xz = dir.join(format!("{name}.c.xz"));
    let bytes = match std::fs::read(&xz) {
        Ok(compressed) => {
            let mut out = Vec::new();
            lzma_rs::xz_decompress(&mut std::io::BufReader::new(&compressed[..]), &mut out)
                .unwrap_or_else(|e| panic!("{}: {e:?}", xz.display()));
            out
        }
        Err(_) => {
            let mut out = Vec::new();
            std::fs::File::open(dir.join(format!("{name}.c")))
                .and_then(|mut f| f.read_to_end(&mut out))
                .unwrap_or_else(|e| panic!("{}: no NAME.c.xz or NAME.c: {e}", dir.display()));
            out
        }
    };
    String::from_utf8(bytes).expect("Cython writes UTF-8")
}

/// The first lines where two texts differ, for a readable failure.
fn first_difference(expected: &str, actual: &str) -> String {
    let e: Vec<&str> = expected.lines().collect();
    let a: Vec<&str> = actual.lines().collect();
    let i = e.iter().zip(&a).take_while(|(x, y)| x == y).count();
    let show = |v: &[&str]| {
        v.iter()
            .skip(i)
            .take(6)
            .copied()
            .collect::<Vec<_>>()
            .join("\n")
    };
    format!(
        "first difference at line {}:\n--- expected\n{}\n--- actual\n{}",
        i + 1,
        show(&e),
        show(&a)
    )
}

#[test]
fn translations_match_the_expected_output() {
    let translator = Translator::new(RuleSet::builtin().expect("built-in rules load"));
    let update = std::env::var_os("UPDATE_SNAPSHOTS").is_some();
    let cases = cases();
    assert!(!cases.is_empty(), "no folders in tests/expected");
    let mut failures = Vec::new();
    for (name, dir) in cases {
        let c = cython_c(&name, &dir);
        // The input's path is written into the output's header: use the bare file name.
        let t = match translator.translate(&format!("{name}.c"), c) {
            Ok(t) => t,
            Err(f) => {
                failures.push(format!("{name}: {}", f.diagnostic.message));
                continue;
            }
        };
        let Some(actual) = t.output() else {
            let errors: Vec<&str> = t
                .diagnostics
                .iter()
                .filter(|d| d.is_error())
                .map(|d| d.message.as_str())
                .collect();
            failures.push(format!("{name}: translation failed: {errors:?}"));
            continue;
        };
        let path = dir.join(format!("{name}.expected.c"));
        if update {
            std::fs::write(&path, actual).expect("write expected output");
            continue;
        }
        match std::fs::read_to_string(&path) {
            Ok(expected) if expected == actual => {}
            Ok(expected) => failures.push(format!(
                "{name}: the translation differs from {} (UPDATE_SNAPSHOTS=1 rewrites it)\n{}",
                path.display(),
                first_difference(&expected, actual)
            )),
            Err(_) => failures.push(format!(
                "{name}: missing {}; run with UPDATE_SNAPSHOTS=1",
                path.display()
            )),
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
}
