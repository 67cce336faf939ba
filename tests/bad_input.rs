//! Bad input on the command line: symbolic link loops, unreadable files, output folders inside
//! the input folder, existing and read-only outputs, nested output folders, paths with spaces
//! and non-ASCII characters. Each error names the path and exits 2, and a failed run leaves
//! nothing behind (no partial module, no temporary file, no folder it created).
//!
//! Permission cases use what stops root too (a file where a folder must be, /proc/self/mem,
//! which no one can read from its start); the chmod variants run only for other users and say
//! so when skipped.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn bin() -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_cython2upy"));
    c.env("NO_COLOR", "1");
    c
}

fn scratch(name: &str) -> PathBuf {
    let d = Path::new(env!("CARGO_TARGET_TMPDIR"))
        .join("bad_input")
        .join(name);
    if d.exists() {
        make_writable(&d);
        let _ = std::fs::remove_dir_all(&d);
    }
    std::fs::create_dir_all(&d).expect("scratch dir");
    d
}

fn make_writable(d: &Path) {
    #[cfg(unix)]
    for e in walkdir::WalkDir::new(d).into_iter().flatten() {
        use std::os::unix::fs::PermissionsExt;
        if e.file_type().is_dir() {
            let _ = std::fs::set_permissions(e.path(), std::fs::Permissions::from_mode(0o755));
        }
    }
}

fn example(rel: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join(rel)
}

/// A copy of the example module's Cython output (module `hello`) at `path`.
fn hello_at(path: &Path) {
    std::fs::create_dir_all(path.parent().expect("parent")).expect("dir");
    std::fs::copy(example("examples/hello/hello.c"), path).expect("copy");
}

fn run(args: &[&std::ffi::OsStr]) -> Output {
    bin().args(args).output().expect("runs")
}

fn translate(input: &Path, out: &Path) -> Output {
    run(&[
        "translate".as_ref(),
        input.as_os_str(),
        "-o".as_ref(),
        out.as_os_str(),
    ])
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

fn all(o: &Output) -> String {
    format!(
        "{}{}",
        String::from_utf8_lossy(&o.stdout),
        String::from_utf8_lossy(&o.stderr)
    )
}

/// Every file and folder under `d`, relative to it, sorted.
fn tree(d: &Path) -> Vec<String> {
    let mut v: Vec<String> = walkdir::WalkDir::new(d)
        .min_depth(1)
        .into_iter()
        .flatten()
        .map(|e| {
            e.path()
                .strip_prefix(d)
                .unwrap_or(e.path())
                .display()
                .to_string()
        })
        .collect();
    v.sort();
    v
}

fn assert_exit(o: &Output, code: i32) {
    assert_eq!(o.status.code(), Some(code), "{}", all(o));
    assert!(!stderr(o).contains("panicked"), "{}", all(o));
}

#[cfg(unix)]
fn symlink(target: &str, link: &Path) {
    std::os::unix::fs::symlink(target, link).expect("symlink");
}

#[cfg(unix)]
#[test]
fn a_symlink_loop_in_an_input_folder_is_an_error() {
    let d = scratch("loop");
    let input = d.join("src");
    hello_at(&input.join("hello.c"));
    std::fs::create_dir_all(input.join("sub")).expect("dir");
    symlink("..", &input.join("sub/up"));
    let out = d.join("out");

    let o = translate(&input, &out);
    assert_exit(&o, 2);
    let e = stderr(&o);
    assert!(e.contains("src/sub/up") && e.contains("loop"), "{e}");
    assert!(!out.exists(), "{:?}", tree(&d));

    let o = run(&["check".as_ref(), input.as_os_str()]);
    assert_exit(&o, 2);
    assert!(stderr(&o).contains("src/sub/up"), "{}", all(&o));

    std::fs::write(input.join("m.pyx"), "def f():\n    return 1\n").expect("pyx");
    let o = run(&[
        "verify".as_ref(),
        input.as_os_str(),
        "--test".as_ref(),
        d.join("test.py").as_os_str(),
        "--micropython".as_ref(),
        d.join("no-micropython").as_os_str(),
    ]);
    assert_exit(&o, 2);
    assert!(stderr(&o).contains("src/sub/up"), "{}", all(&o));
}

#[cfg(unix)]
#[test]
fn a_linked_source_file_is_an_input() {
    let d = scratch("linked");
    hello_at(&d.join("elsewhere/hello.c"));
    std::fs::create_dir_all(d.join("src")).expect("dir");
    symlink("../elsewhere/hello.c", &d.join("src/hello.c"));
    let o = translate(&d.join("src"), &d.join("out"));
    assert_exit(&o, 0);
    assert!(d.join("out/hello/hello.c").is_file());
}

#[cfg(unix)]
#[test]
fn an_unreadable_file_is_an_error_naming_it() {
    // /proc/self/mem cannot be read from its start, not even by root.
    if !Path::new("/proc/self/mem").exists() {
        eprintln!("skipped: no /proc/self/mem to stand for an unreadable file");
        return;
    }
    let d = scratch("unreadable");
    let input = d.join("src");
    hello_at(&input.join("hello.c"));
    symlink("/proc/self/mem", &input.join("broken.c"));
    let out = d.join("out");

    let o = translate(&input, &out);
    assert_exit(&o, 2);
    let e = stderr(&o);
    assert!(
        e.contains("src/broken.c") && e.contains("cannot read"),
        "{e}"
    );
    assert!(!out.exists(), "{:?}", tree(&d));

    let o = run(&["check".as_ref(), input.as_os_str()]);
    assert_exit(&o, 2);
    assert!(stderr(&o).contains("src/broken.c"), "{}", all(&o));

    // Named on the command line.
    let file = input.join("broken.c");
    let o = run(&["check".as_ref(), file.as_os_str()]);
    assert_exit(&o, 2);
    assert!(all(&o).contains("src/broken.c"), "{}", all(&o));
    let o = translate(&file, &d.join("one/broken.c"));
    assert_exit(&o, 2);
    assert!(stderr(&o).contains("src/broken.c"), "{}", all(&o));
    assert!(!d.join("one").exists(), "{:?}", tree(&d));
}

#[cfg(unix)]
#[test]
fn a_file_without_read_permission_is_an_error() {
    use std::os::unix::fs::PermissionsExt;
    let d = scratch("no_permission");
    let input = d.join("src");
    hello_at(&input.join("hello.c"));
    let file = input.join("hello.c");
    std::fs::set_permissions(&file, std::fs::Permissions::from_mode(0o000)).expect("chmod");
    if std::fs::File::open(&file).is_ok() {
        eprintln!(
            "skipped: this user reads files without read permission (root); \
             an_unreadable_file_is_an_error_naming_it covers the case"
        );
        return;
    }
    let o = translate(&input, &d.join("out"));
    assert_exit(&o, 2);
    assert!(stderr(&o).contains("src/hello.c"), "{}", all(&o));
    assert!(!d.join("out").exists());
}

#[test]
fn an_output_folder_inside_the_input_folder_is_refused() {
    let d = scratch("inside");
    let input = d.join("src");
    hello_at(&input.join("hello.c"));
    for out in [input.join("build"), input.clone(), input.join("a/b")] {
        let o = translate(&input, &out);
        assert_exit(&o, 2);
        let e = stderr(&o);
        assert!(
            e.contains("inside the input folder") && e.contains("src"),
            "{e}"
        );
        assert_eq!(tree(&input), vec!["hello.c"]);
    }
}

#[test]
fn an_output_that_is_an_input_is_refused() {
    let d = scratch("same");
    let input = d.join("hello.c");
    hello_at(&input);
    let before = std::fs::read(&input).expect("read");
    let o = translate(&input, &input);
    assert_exit(&o, 2);
    assert!(stderr(&o).contains("hello.c"), "{}", all(&o));
    // The module folder of `-o DIR` holding the input itself.
    let nested = d.join("hello/hello.c");
    hello_at(&nested);
    let o = translate(&nested, &d);
    assert_exit(&o, 2);
    assert!(stderr(&o).contains("is an input"), "{}", all(&o));
    assert_eq!(std::fs::read(&input).expect("read"), before);
    assert_eq!(std::fs::read(&nested).expect("read"), before);
    assert_eq!(tree(&d), vec!["hello", "hello.c", "hello/hello.c"]);
}

/// The documented behaviour: a retranslation replaces the files it writes and leaves the
/// other files of the output folder alone.
#[test]
fn existing_output_files_are_replaced() {
    let d = scratch("existing");
    let out = d.join("out");
    std::fs::create_dir_all(out.join("hello")).expect("dir");
    std::fs::write(out.join("hello/hello.c"), "old").expect("write");
    std::fs::write(out.join("hello/micropython.mk"), "old").expect("write");
    std::fs::write(out.join("hello/notes.txt"), "mine").expect("write");
    // A C file an older runtime had: the port's build would compile it beside the new ones.
    std::fs::create_dir_all(out.join("hello/cy2upy_runtime/c")).expect("dir");
    std::fs::write(out.join("hello/cy2upy_runtime/c/cy2upy.c"), "int old;").expect("write");
    let o = translate(
        &example("examples/hello/hello.c"),
        &out.join("hello/hello.c"),
    );
    assert_exit(&o, 0);
    let c = std::fs::read_to_string(out.join("hello/hello.c")).expect("read");
    assert!(c.contains("MP_REGISTER_MODULE"), "{c}");
    let mk = std::fs::read_to_string(out.join("hello/micropython.mk")).expect("read");
    assert!(mk.contains("hello.c"), "{mk}");
    assert_eq!(
        std::fs::read_to_string(out.join("hello/notes.txt")).expect("read"),
        "mine"
    );
    assert!(!out.join("hello/cy2upy_runtime/c/cy2upy.c").exists());
    assert!(out.join("hello/cy2upy_runtime/c/cy2upy_err.c").exists());
    assert!(
        !tree(&out).iter().any(|p| p.contains(".tmp")),
        "{:?}",
        tree(&out)
    );
}

#[test]
fn a_file_where_the_output_needs_a_folder_is_an_error() {
    let d = scratch("file_as_folder");
    let blocker = d.join("usermods");
    std::fs::write(&blocker, "a file").expect("write");
    let hello = example("examples/hello/hello.c");
    for out in [blocker.join("hello.c"), blocker.join("x/y/hello.c")] {
        let o = translate(&hello, &out);
        assert_exit(&o, 2);
        assert!(stderr(&o).contains("usermods"), "{}", all(&o));
    }
    let o = translate(&hello, &blocker);
    assert_exit(&o, 2);
    assert!(stderr(&o).contains("usermods"), "{}", all(&o));
    // A folder where the module's C file goes.
    let dir_c = d.join("out/hello.c");
    std::fs::create_dir_all(&dir_c).expect("dir");
    let o = translate(&hello, &dir_c);
    assert_exit(&o, 2);
    assert!(stderr(&o).contains("out/hello.c"), "{}", all(&o));
    assert_eq!(tree(&d), vec!["out", "out/hello.c", "usermods"]);
}

/// An I/O error part way through a batch leaves none of its modules: the first module is
/// complete in temporary files when the second one's folder turns out to be a file.
#[test]
fn an_error_part_way_through_a_batch_writes_nothing() {
    let d = scratch("part_way");
    let input = d.join("src");
    std::fs::create_dir_all(&input).expect("dir");
    std::fs::copy(example("tests/data/basics.c"), input.join("basics.c")).expect("copy");
    hello_at(&input.join("hello.c"));
    let out = d.join("out/nested/deeper");
    std::fs::create_dir_all(&out).expect("dir");
    std::fs::write(out.join("hello"), "in the way").expect("write");
    let o = translate(&input, &out);
    assert_exit(&o, 2);
    let e = stderr(&o);
    assert!(
        e.contains("deeper/hello") && e.contains("nothing written"),
        "{e}"
    );
    assert_eq!(tree(&out), vec!["hello"]);

    // Into folders that do not exist yet: they are created, and gone again after a failure.
    let fresh = d.join("fresh/a/b");
    let o = translate(&input, &fresh);
    assert_exit(&o, 0);
    assert!(fresh.join("basics/basics.c").is_file() && fresh.join("hello/hello.c").is_file());
}

#[cfg(unix)]
#[test]
fn a_read_only_output_folder_is_an_error() {
    use std::os::unix::fs::PermissionsExt;
    let d = scratch("read_only");
    let out = d.join("out");
    std::fs::create_dir_all(&out).expect("dir");
    std::fs::set_permissions(&out, std::fs::Permissions::from_mode(0o555)).expect("chmod");
    if std::fs::create_dir(out.join("probe")).is_ok() {
        eprintln!(
            "skipped: this user writes into read-only folders (root); \
             a_file_where_the_output_needs_a_folder_is_an_error covers the case"
        );
        make_writable(&d);
        return;
    }
    let o = translate(&example("examples/hello/hello.c"), &out);
    make_writable(&d);
    assert_exit(&o, 2);
    assert!(stderr(&o).contains("out/hello"), "{}", all(&o));
    assert!(tree(&out).is_empty(), "{:?}", tree(&out));
}

#[test]
fn paths_with_spaces_and_non_ascii_characters() {
    let d = scratch("names");
    let input = d.join("my sources/Gerät ñ");
    hello_at(&input.join("hello.c"));
    let out = d.join("out put/módulos");
    let o = translate(&input, &out);
    assert_exit(&o, 0);
    assert!(out.join("hello/hello.c").is_file(), "{:?}", tree(&d));
    assert!(out.join("micropython.cmake").is_file());

    let one = d.join("one file/ü.c");
    let o = translate(&input.join("hello.c"), &one);
    assert_exit(&o, 0);
    assert!(one.is_file());

    let o = run(&["check".as_ref(), input.as_os_str()]);
    assert_exit(&o, 0);
    let missing = input.join("fehlt ä.c");
    let o = run(&["check".as_ref(), missing.as_os_str()]);
    assert_exit(&o, 2);
    assert!(stderr(&o).contains("Gerät ñ/fehlt ä.c"), "{}", all(&o));
}

#[test]
fn verify_names_a_missing_input_or_test_script() {
    let d = scratch("verify");
    let o = run(&[
        "verify".as_ref(),
        d.join("nö such.pyx").as_os_str(),
        "--test".as_ref(),
        d.join("t.py").as_os_str(),
        "--micropython".as_ref(),
        d.as_os_str(),
    ]);
    assert_exit(&o, 2);
    assert!(stderr(&o).contains("nö such.pyx"), "{}", all(&o));
    std::fs::write(d.join("m.pyx"), "def f():\n    return 1\n").expect("pyx");
    let o = run(&[
        "verify".as_ref(),
        d.join("m.pyx").as_os_str(),
        "--test".as_ref(),
        d.join("tést script.py").as_os_str(),
        "--micropython".as_ref(),
        d.as_os_str(),
    ]);
    assert_exit(&o, 2);
    assert!(stderr(&o).contains("tést script.py"), "{}", all(&o));
}

#[test]
fn verify_refuses_a_build_path_with_spaces() {
    let d = scratch("verify spaces");
    std::fs::write(d.join("m.pyx"), "def f():\n    return 1\n").expect("pyx");
    std::fs::write(d.join("t.py"), "import m\n").expect("test");
    let mp = d.join("micro python");
    std::fs::create_dir_all(mp.join("py")).expect("dir");
    std::fs::write(mp.join("py/mkenv.mk"), "").expect("mk");
    let o = bin()
        .args(["verify".as_ref(), d.join("m.pyx").as_os_str()])
        .args(["--test".as_ref(), d.join("t.py").as_os_str()])
        .args(["--micropython".as_ref(), mp.as_os_str()])
        .env("XDG_CACHE_HOME", d.join("cache"))
        .output()
        .expect("runs");
    assert_exit(&o, 2);
    assert!(stderr(&o).contains("micro python"), "{}", all(&o));
}
