//! The command line on inputs that must be refused: each gives a diagnostic with file and line,
//! a non-zero exit, no panic, and no output file.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn bin() -> Command {
    Command::new(env!("CARGO_BIN_EXE_cython2upy"))
}

fn scratch(name: &str) -> PathBuf {
    let d = Path::new(env!("CARGO_TARGET_TMPDIR")).join(name);
    let _ = std::fs::remove_dir_all(&d);
    std::fs::create_dir_all(&d).expect("scratch dir");
    d
}

fn translate(input: &Path, out: &Path) -> Output {
    bin()
        .arg("translate")
        .arg(input)
        .arg("-o")
        .arg(out)
        .env("NO_COLOR", "1")
        .output()
        .expect("runs")
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

#[test]
fn refuses_c_that_is_not_cython_output() {
    let d = scratch("not_cython");
    let input = d.join("plain.c");
    std::fs::write(&input, "int main(void) { return 0; }\n").expect("write");
    let out = d.join("out/plain.c");
    let o = translate(&input, &out);
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    let e = stderr(&o);
    assert!(e.contains("not Cython output"), "{e}");
    assert!(e.contains("plain.c:1:1"), "{e}");
    assert!(!out.exists());
}

#[test]
fn refuses_truncated_cython_output() {
    let d = scratch("truncated");
    let full = std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/hello/hello.c"),
    )
    .expect("example");
    let input = d.join("hello.c");
    std::fs::write(&input, &full[..full.len() / 2]).expect("write");
    let out = d.join("out/hello.c");
    let o = translate(&input, &out);
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    let e = stderr(&o);
    assert!(e.contains("truncated Cython output"), "{e}");
    assert!(e.contains("hello.c:"), "{e}");
    assert!(!out.exists());
    assert!(
        !d.join("out").exists()
            || std::fs::read_dir(d.join("out"))
                .map(|r| r.count())
                .unwrap_or(0)
                == 0
    );
}

#[test]
fn reports_an_api_no_rule_covers_with_the_pyx_line() {
    let d = scratch("unsupported");
    let input = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/threadstate.c");
    let out = d.join("out/threadstate.c");
    let o = translate(&input, &out);
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    let e = stderr(&o);
    assert!(e.contains("E-UNSUPPORTED"), "{e}");
    assert!(e.contains("threadstate.c:2572:38"), "{e}");
    assert!(e.contains("threadstate.pyx:4:5"), "{e}");
    assert!(!e.contains("panicked"), "{e}");
    assert!(!out.exists());
}

#[test]
fn unknown_rule_is_a_usage_error() {
    let o = bin()
        .args(["rules", "explain", "CY999"])
        .output()
        .expect("runs");
    assert_eq!(o.status.code(), Some(2));
}

#[test]
fn explains_a_rule() {
    let o = bin()
        .args(["rules", "explain", "CY040"])
        .output()
        .expect("runs");
    assert_eq!(o.status.code(), Some(0));
    let s = String::from_utf8_lossy(&o.stdout);
    assert!(s.contains("PyObject *"), "{s}");
}

#[test]
fn rules_list_ends_with_every_diagnostic_code() {
    let o = bin().args(["rules", "list"]).output().expect("runs");
    assert_eq!(o.status.code(), Some(0));
    let s = String::from_utf8_lossy(&o.stdout);
    for code in ["E-INPUT", "E-PARSE", "E-UNSUPPORTED"] {
        let line = s
            .lines()
            .find(|l| l.starts_with(code))
            .unwrap_or_else(|| panic!("{code} not listed"));
        assert!(line.contains(" code "), "{line}");
    }
}

#[test]
fn output_into_a_closed_pipe_ends_quietly() {
    use std::io::{BufRead, BufReader};
    let mut child = bin()
        .args(["rules", "list"])
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .expect("runs");
    let mut first = String::new();
    let stdout = child.stdout.take().expect("piped");
    BufReader::new(stdout).read_line(&mut first).expect("reads");
    // The reading end is closed here, as `| head -1` closes it.
    let o = child.wait_with_output().expect("ends");
    let err = stderr(&o);
    assert!(first.starts_with("CY"), "{first}");
    assert!(!err.contains("panicked"), "{err}");
    assert_ne!(o.status.code(), Some(101), "{err}");
}

#[test]
fn writes_a_complete_user_c_module() {
    let d = scratch("complete");
    let input = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/basics.c");
    let out = d.join("usermods/basics/basics.c");
    let o = translate(&input, &out);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let c = std::fs::read_to_string(&out).expect("output");
    assert!(!c.contains("Python.h"));
    assert!(!c.contains("Py_INCREF") && !c.contains("Py_DECREF"));
    assert!(c.contains("MP_REGISTER_MODULE(MP_QSTR_basics"));
    // Macros the parser prelude hides come back in the output, defined by its prologue.
    assert!(c.contains("CYTHON_UNUSED mp_obj_t"));
    assert!(c.contains("#define CYTHON_UNUSED __attribute__((unused))"));
    let mk = std::fs::read_to_string(d.join("usermods/basics/micropython.mk")).expect("mk");
    assert!(mk.contains("basics.c") && !mk.contains('@'), "{mk}");
    let cmake =
        std::fs::read_to_string(d.join("usermods/basics/micropython.cmake")).expect("cmake");
    assert!(
        cmake.contains("usermod_basics") && !cmake.contains('@'),
        "{cmake}"
    );
    for f in [
        "include/cy2upy.h",
        "c/cy2upy_err.c",
        "c/cy2upy_internal.h",
        "src/lib.rs",
        "runtime.mk",
        "runtime.cmake",
    ] {
        assert!(
            d.join("usermods/basics/cy2upy_runtime").join(f).exists(),
            "missing {f}"
        );
    }
}

/// Compare with a snapshot in tests/snapshots/; `UPDATE_SNAPSHOTS=1` rewrites it.
fn snapshot(name: &str, actual: &str) {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/snapshots")
        .join(name);
    if std::env::var_os("UPDATE_SNAPSHOTS").is_some() {
        std::fs::create_dir_all(path.parent().expect("parent")).expect("dir");
        std::fs::write(&path, actual).expect("write snapshot");
        return;
    }
    let expected = std::fs::read_to_string(&path).unwrap_or_else(|_| {
        panic!(
            "missing snapshot {}; run with UPDATE_SNAPSHOTS=1",
            path.display()
        )
    });
    assert_eq!(
        expected, actual,
        "snapshot {name} differs; UPDATE_SNAPSHOTS=1 rewrites it"
    );
}

fn check(args: &[&str]) -> Output {
    bin()
        .arg("check")
        .args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .env("NO_COLOR", "1")
        .output()
        .expect("runs")
}

fn cli_snapshot(o: &Output) -> String {
    format!(
        "exit: {:?}\n--- stdout\n{}--- stderr\n{}",
        o.status.code(),
        String::from_utf8_lossy(&o.stdout),
        String::from_utf8_lossy(&o.stderr)
    )
}

#[test]
fn check_clean_file_exits_0() {
    let o = check(&["--format", "concise", "tests/data/basics.c"]);
    snapshot("check_clean.txt", &cli_snapshot(&o));
    assert_eq!(o.status.code(), Some(0));
}

#[test]
fn check_findings_exit_1_json() {
    let o = check(&[
        "--format",
        "json",
        "--rules",
        "tests/data/reject-rules",
        "tests/data/basics.c",
    ]);
    snapshot("check_findings_json.txt", &cli_snapshot(&o));
    assert_eq!(o.status.code(), Some(1));
    let out = String::from_utf8_lossy(&o.stdout);
    assert!(
        out.starts_with('[') && out.trim_end().ends_with(']'),
        "{out}"
    );
    assert!(out.contains("\"code\":\"CY9001\""), "{out}");
    assert!(
        out.contains("\"pyx\":{\"file\":\"basics.pyx\",\"line\":"),
        "{out}"
    );
    // The .pyx beside the C is found: it is the primary location, the C a secondary one.
    assert!(
        out.contains("\"file\":\"tests/data/basics.pyx\",\"line\":36,"),
        "{out}"
    );
    assert!(
        out.contains("\"c\":{\"file\":\"tests/data/basics.c\",\"line\":3865,"),
        "{out}"
    );
}

#[test]
fn check_full_shows_the_pyx_line_first() {
    let o = check(&["--rules", "tests/data/reject-rules", "tests/data/basics.c"]);
    assert_eq!(o.status.code(), Some(1));
    let e = stderr(&o);
    let pyx = e.find("tests/data/basics.pyx:36:5").expect("pyx location");
    let c = e.find("tests/data/basics.c:3865:15").expect("C location");
    assert!(pyx < c, "{e}");
    assert!(e.contains("return _square(x)"), "{e}");
    assert!(e.contains("in the C Cython generated"), "{e}");
}

#[test]
fn check_findings_github_annotations() {
    let o = check(&[
        "--format",
        "github",
        "--rules",
        "tests/data/reject-rules",
        "tests/data/basics.c",
    ]);
    snapshot("check_findings_github.txt", &cli_snapshot(&o));
    assert_eq!(o.status.code(), Some(1));
}

#[test]
fn check_usage_and_io_errors_exit_2() {
    assert_eq!(
        check(&["--format", "nonsense", "tests/data/basics.c"])
            .status
            .code(),
        Some(2)
    );
    assert_eq!(
        check(&["tests/data/does-not-exist.c"]).status.code(),
        Some(2)
    );
}

#[test]
fn one_file_into_a_folder_writes_a_module_folder() {
    let d = scratch("one_into_folder");
    let input = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/basics.c");
    let out = d.join("usermods");
    let o = translate(&input, &out);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    for f in [
        "basics/basics.c",
        "basics/micropython.mk",
        "basics/cy2upy_runtime/runtime.mk",
        "micropython.cmake",
    ] {
        assert!(out.join(f).is_file(), "missing {f}");
    }
}
