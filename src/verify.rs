//! Verify: a user's module checked against CPython on the host before it goes on a board.
//!
//! The `.pyx` (or every `.pyx` of a package folder) is compiled by Cython once; that C is built as
//! a CPython extension and also translated and built into a host MicroPython (the project's own
//! test port, embedded in the binary), both from a cache folder outside the user's trees. The
//! test script runs under both, and under MicroPython also with the collector running on nearly
//! every allocation (`--torture`); its stdout, exit status and what both print alike on stderr
//! must agree. The cache keeps the builds between runs: files are rewritten only when their
//! contents change, so make and the extension build redo only what an edit changed.
//!
//! Knows nothing of the terminal; the CLI prints what comes back.

use crate::batch::{self, Input, Outcome};
use crate::emit::{self, write_atomic};
use crate::module::c_id;
use crate::pipeline::Translator;
use std::fmt;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

/// The host port's files (from `tests/port`), embedded at build time: (relative path, contents).
pub const PORT_FILES: &[(&str, &str)] = &include!(concat!(env!("OUT_DIR"), "/port_files.rs"));

/// The line put in front of the test script for the torture run: the script's folder stays the
/// first import path, and the collector runs on nearly every allocation, so a missing GC root
/// shows up at once.
const TORTURE_PREFIX: &str = "import gc, sys; sys.path[0] = {dir}; gc.threshold(1)\n";

/// Runs the test script under CPython with the freshly built extensions first on the import
/// path, before the script's folder (which may hold an older build of the same module).
const CPYTHON_RUNNER: &str = "import os, runpy, sys\n\
     s = sys.argv[1]\n\
     sys.argv = sys.argv[1:]\n\
     sys.path[0:1] = [os.environ['CY2UPY_VERIFY_BUILD'], os.path.dirname(os.path.abspath(s))]\n\
     runpy.run_path(s, run_name='__main__')\n";

pub struct Options {
    /// A `.pyx` file, or a folder whose `.pyx` files are the modules (packages marked by
    /// `__init__.py` as usual).
    pub input: PathBuf,
    pub test: PathBuf,
    /// The MicroPython source tree.
    pub micropython: PathBuf,
    /// The Python whose Cython and headers build the CPython side.
    pub python: String,
    /// The C compiler for the CPython extensions.
    pub cc: String,
    pub torture: bool,
    /// The folder under which each (MicroPython tree, input) pair gets its build folder.
    pub cache_root: PathBuf,
    pub jobs: usize,
    pub timeout: Duration,
}

#[derive(Debug)]
pub enum Error {
    /// The command line names something that is not there.
    Usage(String),
    /// Something verify needs is missing; the text says what and how to get it.
    Prerequisite(String),
    /// A build step failed: which, and the lines of its output that say why.
    Build {
        step: String,
        output: String,
    },
    Io(String, std::io::Error),
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        match self {
            Error::Usage(m) | Error::Prerequisite(m) => write!(f, "{m}"),
            Error::Build { step, output } => write!(f, "{step} failed:\n{output}"),
            Error::Io(what, e) => write!(f, "{what}: {e}"),
        }
    }
}

impl std::error::Error for Error {}

fn io(what: impl Into<String>) -> impl FnOnce(std::io::Error) -> Error {
    let what = what.into();
    move |e| Error::Io(what, e)
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    Plain,
    Torture,
}

impl Mode {
    pub fn name(self) -> &'static str {
        match self {
            Mode::Plain => "plain",
            Mode::Torture => "gc torture",
        }
    }
}

/// One run of the test script.
#[derive(Debug, Clone)]
pub struct Run {
    /// The exit status; `None` when killed by a signal or timed out (see `note`).
    pub status: Option<i32>,
    pub stdout: Vec<u8>,
    pub stderr: String,
    /// How the run ended when it did not exit: a signal, a time-out.
    pub note: Option<String>,
}

/// A MicroPython run compared with the CPython run.
#[derive(Debug, Clone)]
pub struct Comparison {
    pub mode: Mode,
    pub run: Run,
    pub agrees: bool,
    /// MicroPython did not exit (a signal, a time-out) or exited differently from CPython.
    pub crashed: bool,
    /// A unified diff of the stdouts, empty when equal.
    pub stdout_diff: String,
    /// A unified diff of the stderr digests (`stderr_digest`), empty when equal.
    pub stderr_diff: String,
}

pub struct Report {
    pub translations: Vec<Outcome>,
    /// Absent when a module did not translate (nothing was run).
    pub cpython: Option<Run>,
    pub runs: Vec<Comparison>,
    pub cache: PathBuf,
}

impl Report {
    pub fn translated(&self) -> bool {
        self.translations
            .iter()
            .all(|o| o.output.is_some() && o.failure.is_none())
    }

    pub fn agrees(&self) -> bool {
        self.translated() && !self.runs.is_empty() && self.runs.iter().all(|r| r.agrees)
    }
}

/// What the prerequisite checks learn about the CPython side.
struct PythonInfo {
    include: PathBuf,
    ext_suffix: String,
}

/// The `.pyx` modules of the input, with the folder their package paths start from.
fn modules_of(input: &Path) -> Result<(PathBuf, Vec<PathBuf>), Error> {
    if input.is_dir() {
        let is_pyx = |p: &Path| p.extension().is_some_and(|x| x == "pyx");
        let mut found = batch::files_under(input, &is_pyx).map_err(|errors| {
            let lines: Vec<String> = errors.iter().map(|e| e.to_string()).collect();
            Error::Usage(lines.join("\n"))
        })?;
        found.sort();
        if found.is_empty() {
            return Err(Error::Usage(format!(
                "{}: no .pyx files in this folder",
                input.display()
            )));
        }
        return Ok((input.to_path_buf(), found));
    }
    if input.extension().is_some_and(|x| x == "pyx") && input.is_file() {
        let dir = input.parent().unwrap_or(Path::new("")).to_path_buf();
        return Ok((dir, vec![input.to_path_buf()]));
    }
    if !input.exists() {
        return Err(Error::Usage(format!("{}: no such file", input.display())));
    }
    Err(Error::Usage(format!(
        "{}: verify takes a .pyx file or a folder of them",
        input.display()
    )))
}

fn runs_ok(program: &str, args: &[&str]) -> Option<String> {
    let out = Command::new(program)
        .args(args)
        .stdin(Stdio::null())
        .output()
        .ok()?;
    out.status
        .success()
        .then(|| String::from_utf8_lossy(&out.stdout).into_owned())
}

/// Check everything verify needs, each with its own message, before building anything.
fn check_prerequisites(opts: &Options) -> Result<PythonInfo, Error> {
    if !opts.test.is_file() {
        return Err(Error::Usage(format!(
            "--test {}: no such file",
            opts.test.display()
        )));
    }
    let mp = &opts.micropython;
    if !mp.join("py").join("mkenv.mk").is_file() {
        return Err(Error::Prerequisite(format!(
            "{} is not a MicroPython source tree (it has no py/mkenv.mk); pass the top folder of \
             a MicroPython checkout or source release with --micropython or MICROPY_DIR",
            mp.display()
        )));
    }
    // MicroPython's makefiles split paths at spaces; say so rather than fail in make.
    let tree = std::path::absolute(mp).unwrap_or_else(|_| mp.to_path_buf());
    for (what, p, fix) in [
        (
            "the MicroPython tree",
            &tree,
            "use a copy or a link at a path without them",
        ),
        (
            "the build cache",
            &opts.cache_root,
            "set XDG_CACHE_HOME to a folder without them",
        ),
    ] {
        if p.to_string_lossy().chars().any(char::is_whitespace) {
            return Err(Error::Prerequisite(format!(
                "{what} is at {}, a path with spaces, which MicroPython's make build cannot \
                 take; {fix}",
                p.display()
            )));
        }
    }
    let py = &opts.python;
    let probe = "import sys, sysconfig\nprint(sysconfig.get_paths()['include'])\n\
                 print(sysconfig.get_config_var('EXT_SUFFIX'))";
    let Some(info) = runs_ok(py, &["-c", probe]) else {
        return Err(Error::Prerequisite(format!(
            "no Python: `{py}` does not run; set PYTHON to the Python whose Cython should build \
             the CPython side"
        )));
    };
    let mut lines = info.lines();
    let include = PathBuf::from(lines.next().unwrap_or_default().trim());
    let ext_suffix = lines.next().unwrap_or_default().trim().to_string();
    if runs_ok(py, &["-m", "cython", "--version"]).is_none() {
        return Err(Error::Prerequisite(format!(
            "no Cython: `{py} -m cython` does not run; install it with `{py} -m pip install \
             cython==3.3.1` (or set PYTHON to a Python that has it)"
        )));
    }
    if !include.join("Python.h").is_file() {
        return Err(Error::Prerequisite(format!(
            "no Python headers: {} has no Python.h, so no CPython extension can be built; \
             install Python's development files (Debian and Ubuntu: python3-dev)",
            include.display()
        )));
    }
    if runs_ok(&opts.cc, &["--version"]).is_none() {
        return Err(Error::Prerequisite(format!(
            "no C compiler: `{}` does not run; install gcc or clang (Debian and Ubuntu: \
             build-essential), or set CC",
            opts.cc
        )));
    }
    if runs_ok("make", &["--version"]).is_none() {
        return Err(Error::Prerequisite(
            "no make: MicroPython's build needs GNU make (Debian and Ubuntu: build-essential)"
                .into(),
        ));
    }
    let rustc = std::env::var("CY2UPY_RUSTC").unwrap_or_else(|_| "rustc".into());
    if runs_ok(&rustc, &["--version"]).is_none() {
        return Err(Error::Prerequisite(format!(
            "no Rust compiler: `{rustc}` does not run, and the runtime's Rust part needs it; \
             install Rust (rustup) or set CY2UPY_RUSTC"
        )));
    }
    Ok(PythonInfo {
        include,
        ext_suffix,
    })
}

/// FNV-1a: a hash that stays the same across builds and platforms, for cache folder names.
fn fnv(text: &str) -> u64 {
    text.bytes().fold(0xcbf29ce484222325, |h, b| {
        (h ^ u64::from(b)).wrapping_mul(0x100000001b3)
    })
}

/// The build folder for this MicroPython tree and this input.
fn cache_dir(opts: &Options) -> PathBuf {
    let canon = |p: &Path| {
        std::fs::canonicalize(p)
            .unwrap_or_else(|_| p.to_path_buf())
            .display()
            .to_string()
    };
    let name = opts
        .input
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default();
    let key = format!("{}\n{}", canon(&opts.micropython), canon(&opts.input));
    opts.cache_root
        .join(format!("{}-{:016x}", c_id(&name), fnv(&key)))
}

/// Run a command with a time limit; stdout and stderr are collected.
fn run_limited(cmd: &mut Command, timeout: Duration) -> std::io::Result<Run> {
    use std::io::Read;
    let mut child = cmd
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()?;
    let mut out = child.stdout.take();
    let mut err = child.stderr.take();
    let reader = std::thread::spawn(move || {
        let mut buf = Vec::new();
        if let Some(o) = out.as_mut() {
            let _ = o.read_to_end(&mut buf);
        }
        buf
    });
    let err_reader = std::thread::spawn(move || {
        let mut buf = Vec::new();
        if let Some(e) = err.as_mut() {
            let _ = e.read_to_end(&mut buf);
        }
        buf
    });
    let start = Instant::now();
    let mut timed_out = false;
    let status = loop {
        if let Some(s) = child.try_wait()? {
            break s;
        }
        if start.elapsed() > timeout {
            let _ = child.kill();
            timed_out = true;
            break child.wait()?;
        }
        std::thread::sleep(Duration::from_millis(5));
    };
    let stdout = reader.join().unwrap_or_default();
    let stderr = String::from_utf8_lossy(&err_reader.join().unwrap_or_default()).into_owned();
    let note = if timed_out {
        Some(format!("timed out after {}s", timeout.as_secs()))
    } else {
        signal_of(&status).map(|s| format!("killed by signal {s}"))
    };
    Ok(Run {
        status: if timed_out { None } else { status.code() },
        stdout,
        stderr,
        note,
    })
}

#[cfg(unix)]
fn signal_of(status: &std::process::ExitStatus) -> Option<i32> {
    use std::os::unix::process::ExitStatusExt;
    status.signal()
}

#[cfg(not(unix))]
fn signal_of(_: &std::process::ExitStatus) -> Option<i32> {
    None
}

/// A command's output, for error messages: the lines that name an error, or the last ones.
fn build_errors(out: &str) -> String {
    let lines: Vec<&str> = out.lines().collect();
    let errors: Vec<&str> = lines
        .iter()
        .copied()
        .filter(|l| {
            let low = l.to_ascii_lowercase();
            (low.contains("error") || low.contains("undefined reference") || l.contains("***"))
                && !l.starts_with("CC ")
        })
        .collect();
    let shown = if errors.is_empty() { &lines } else { &errors };
    let skip = shown.len().saturating_sub(40);
    shown[skip..].join("\n")
}

fn run_step(step: &str, cmd: &mut Command) -> Result<(), Error> {
    let out = cmd
        .stdin(Stdio::null())
        .output()
        .map_err(io(format!("cannot run {step}")))?;
    if out.status.success() {
        return Ok(());
    }
    let text = format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    Err(Error::Build {
        step: step.to_string(),
        output: build_errors(&text),
    })
}

/// A Python string literal for `s`.
fn py_str(s: &str) -> String {
    let mut out = String::from("'");
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\'' => out.push_str("\\'"),
            c if (c as u32) < 0x20 || c == '\x7f' => out.push_str(&format!("\\x{:02x}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('\'');
    out
}

/// The script with the torture line in front, after any leading comments, docstring line and
/// `from __future__` imports (which must stay first for CPython's compiler, and read more
/// naturally there for anyone looking at the file).
pub fn torture_script(script: &str, dir: &str) -> String {
    let prefix = TORTURE_PREFIX.replace("{dir}", &py_str(dir));
    let mut at = 0;
    let mut after_future = None;
    for line in script.split_inclusive('\n') {
        let t = line.trim();
        let one_line_doc = (t.starts_with("\"\"\"") && t.len() >= 6 && t.ends_with("\"\"\""))
            || (t.starts_with("'''") && t.len() >= 6 && t.ends_with("'''"));
        if t.starts_with("from __future__ ") {
            after_future = Some(at + line.len());
        } else if !(t.is_empty() || t.starts_with('#') || one_line_doc) {
            break;
        }
        at += line.len();
    }
    match after_future {
        Some(i) => format!("{}{prefix}{}", &script[..i], &script[i..]),
        None => format!("{prefix}{script}"),
    }
}

/// The lines of stderr that CPython and MicroPython print alike: `Exception ignored in: ...`
/// lines, the frames of `.pyx` files (`File "m.pyx", line N, in f`) and the final
/// `Type: message` line of each exception, without the module prefix CPython gives classes
/// that are not built in. Frames of `.py` files and source lines differ between the two.
pub fn stderr_digest(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    for line in text.lines() {
        if let Some(frame) = pyx_frame(line) {
            out.push(frame);
        } else if line.starts_with("Exception ignored in: ") {
            out.push(line.to_string());
        } else if let Some(exc) = exception_line(line) {
            out.push(exc);
        }
    }
    out
}

fn pyx_frame(line: &str) -> Option<String> {
    let rest = line.trim_start().strip_prefix("File \"")?;
    let q = rest.find('"')?;
    let path = &rest[..q];
    let file = path.rsplit('/').next()?;
    if !file.ends_with(".pyx") {
        return None;
    }
    let rest = rest[q + 1..].strip_prefix(", line ")?;
    let digits: String = rest.chars().take_while(|c| c.is_ascii_digit()).collect();
    let func = rest[digits.len()..].strip_prefix(", in ")?;
    if digits.is_empty() || func.is_empty() {
        return None;
    }
    Some(format!("  File \"{file}\", line {digits}, in {func}"))
}

fn exception_line(line: &str) -> Option<String> {
    let (head, rest) = match line.find(": ") {
        Some(i) => (&line[..i], &line[i..]),
        None => (line, ""),
    };
    let ident = |s: &str| {
        s.chars()
            .next()
            .is_some_and(|c| c.is_ascii_alphabetic() || c == '_')
            && s.chars().all(|c| c.is_ascii_alphanumeric() || c == '_')
    };
    if !head.split('.').all(ident) {
        return None;
    }
    let name = head.rsplit('.').next()?;
    let known = ["Error", "Exception", "Exit", "Interrupt", "Iteration"];
    known
        .iter()
        .any(|k| name.ends_with(k))
        .then(|| format!("{name}{rest}"))
}

fn unified(old: &str, new: &str, old_name: &str, new_name: &str) -> String {
    if old == new {
        return String::new();
    }
    similar::TextDiff::from_lines(old, new)
        .unified_diff()
        .context_radius(3)
        .header(old_name, new_name)
        .to_string()
}

/// Compare a MicroPython run with CPython's.
pub fn compare(mode: Mode, cpython: &Run, run: Run) -> Comparison {
    let label = format!("MicroPython ({})", mode.name());
    let stdout_diff = unified(
        &String::from_utf8_lossy(&cpython.stdout),
        &String::from_utf8_lossy(&run.stdout),
        "CPython",
        &label,
    );
    let digest = |t: &str| {
        stderr_digest(t)
            .into_iter()
            .map(|l| l + "\n")
            .collect::<String>()
    };
    let stderr_diff = unified(
        &digest(&cpython.stderr),
        &digest(&run.stderr),
        "CPython stderr",
        &format!("{label} stderr"),
    );
    let crashed = run.status.is_none() || run.status != cpython.status;
    Comparison {
        mode,
        agrees: !crashed && stdout_diff.is_empty() && stderr_diff.is_empty(),
        crashed,
        run,
        stdout_diff,
        stderr_diff,
    }
}

/// Held while a verify uses a build folder: a second verify of the same input waits for it.
struct BuildLock(#[allow(dead_code)] std::fs::File);

fn lock(dir: &Path, progress: &dyn Fn(&str)) -> Result<BuildLock, Error> {
    let path = dir.join("lock");
    let f = std::fs::OpenOptions::new()
        .create(true)
        .truncate(false)
        .write(true)
        .open(&path)
        .map_err(io(format!("cannot open {}", path.display())))?;
    match f.try_lock() {
        Ok(()) => {}
        Err(std::fs::TryLockError::WouldBlock) => {
            progress(&format!(
                "waiting for another verify that builds in {}",
                dir.display()
            ));
            f.lock()
                .map_err(io(format!("cannot lock {}", path.display())))?;
        }
        Err(std::fs::TryLockError::Error(e)) => {
            return Err(Error::Io(format!("cannot lock {}", path.display()), e))
        }
    }
    Ok(BuildLock(f))
}

/// Make `dir` hold exactly the folders in `keep` (stale module folders must leave the build).
fn remove_others(dir: &Path, keep: &[String]) -> Result<(), Error> {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return Ok(());
    };
    for e in entries.flatten() {
        let name = e.file_name().to_string_lossy().into_owned();
        if e.path().is_dir() && !keep.contains(&name) {
            std::fs::remove_dir_all(e.path())
                .map_err(io(format!("cannot remove {}", e.path().display())))?;
        }
    }
    Ok(())
}

/// Verify the input: returns the report, or an error when something needed is missing or a build
/// step fails. `progress` gets a line for each step.
pub fn verify(
    translator: &Translator,
    opts: &Options,
    progress: &dyn Fn(&str),
) -> Result<Report, Error> {
    let (base, pyx_files) = modules_of(&opts.input)?;
    let py = check_prerequisites(opts)?;
    let cache = cache_dir(opts);
    std::fs::create_dir_all(&cache).map_err(io(format!("cannot create {}", cache.display())))?;
    let _lock = lock(&cache, progress)?;
    let abs = |p: &Path| std::path::absolute(p).map_err(io(format!("{}", p.display())));
    let micropython = abs(&opts.micropython)?;
    let test = abs(&opts.test)?;

    // Cython, once per module; its C serves both sides.
    progress(&format!(
        "Cython and translation: {} module{}",
        pyx_files.len(),
        if pyx_files.len() == 1 { "" } else { "s" }
    ));
    let cython = [opts.python.clone(), "-m".into(), "cython".into()];
    let mut translations = Vec::new();
    for pyx in &pyx_files {
        let rel = pyx
            .parent()
            .and_then(|d| d.strip_prefix(&base).ok())
            .unwrap_or(Path::new(""));
        let work = cache.join("cython").join(rel);
        let input = Input::Pyx(pyx.clone());
        translations.push(match batch::run_cython_with(&cython, pyx, &work) {
            Ok(c) => batch::translate_generated(translator, &input, &c),
            Err(e) => Outcome::failed(&input, e),
        });
    }
    let report = |translations, cpython, runs| Report {
        translations,
        cpython,
        runs,
        cache: cache.clone(),
    };
    if translations
        .iter()
        .any(|o| o.output.is_none() || o.failure.is_some())
    {
        return Ok(report(translations, None, Vec::new()));
    }

    // The MicroPython side: the translated modules, the port, one make.
    let usermods = cache.join("usermods");
    let mut ids = Vec::new();
    let mut names = Vec::new();
    let mut files = emit::OutputSet::new();
    for o in &translations {
        let (Some(c), Some(name)) = (&o.output, &o.module_name) else {
            continue;
        };
        let id = c_id(name);
        files.add_module(
            &usermods.join(&id).join(format!("{id}.c")),
            c,
            &id,
            &emit::local_headers(c, o.input.path()),
        );
        ids.push(id);
        names.push(name.clone());
    }
    if let Some(pkgs) = files.add_packages(&usermods, &names) {
        ids.push(pkgs);
    }
    files
        .commit()
        .map_err(|e| Error::Usage(format!("cannot write: {e}")))?;
    remove_others(&usermods, &ids)?;
    let port = cache.join("port");
    for (rel, text) in PORT_FILES {
        let p = port.join(rel);
        write_atomic(&p, text.as_bytes()).map_err(io(format!("cannot write {}", p.display())))?;
    }
    // MicroPython's qstr, module and root-pointer scans keep one file per source under genhdr/
    // and concatenate whatever is there: when the set of modules changes, start them afresh.
    let build = cache.join("build");
    let stamp = cache.join("modules.txt");
    let key = format!("{}\n{}\n", micropython.display(), ids.join("\n"));
    if std::fs::read_to_string(&stamp).ok().as_deref() != Some(key.as_str()) {
        let _ = std::fs::remove_dir_all(build.join("genhdr"));
        write_atomic(&stamp, key.as_bytes())
            .map_err(io(format!("cannot write {}", stamp.display())))?;
    }
    let binary = cache.join("micropython");
    progress("building the host MicroPython");
    run_step(
        "building the host MicroPython",
        Command::new("make")
            .arg("-C")
            .arg(&port)
            .arg(format!("-j{}", opts.jobs.max(1)))
            .arg(format!("MICROPY_DIR={}", micropython.display()))
            .arg(format!("USER_C_MODULES={}", usermods.display()))
            .arg(format!("BUILD={}", build.display()))
            .arg(format!("PROG_OUT={}", binary.display())),
    )?;

    // The CPython side: the same C as extensions, in a tree of their package paths. Packages get
    // an empty __init__.py, as MicroPython's built-in packages hold only the modules.
    progress("building the CPython extensions");
    let cpython_dir = cache.join("cpython");
    let mut keep = Vec::new();
    for o in &translations {
        let Some(name) = &o.module_name else { continue };
        let parts: Vec<&str> = name.split('.').collect();
        let mut dir = cpython_dir.clone();
        for p in &parts[..parts.len() - 1] {
            dir.push(p);
            let init = dir.join("__init__.py");
            write_atomic(&init, b"").map_err(io(format!("cannot write {}", init.display())))?;
        }
        if let Some(top) = parts.first() {
            keep.push(if parts.len() > 1 {
                top.to_string()
            } else {
                format!("{top}{}", py.ext_suffix)
            });
        }
        let leaf = parts.last().copied().unwrap_or_default();
        let c = cache.join("cpython-c").join(format!("{}.c", c_id(name)));
        write_atomic(&c, o.c_text.as_bytes())
            .map_err(io(format!("cannot write {}", c.display())))?;
        std::fs::create_dir_all(&dir).map_err(io(format!("cannot create {}", dir.display())))?;
        let so = dir.join(format!("{leaf}{}", py.ext_suffix));
        let fresh = |p: &Path| std::fs::metadata(p).and_then(|m| m.modified()).ok();
        if fresh(&so).is_some() && fresh(&so) >= fresh(&c) {
            continue;
        }
        let mut cmd = Command::new(&opts.cc);
        cmd.args(["-shared", "-fPIC", "-O1", "-w"])
            .arg(format!("-I{}", py.include.display()))
            .arg(&c)
            .arg("-o")
            .arg(&so);
        if cfg!(target_os = "macos") {
            cmd.args(["-undefined", "dynamic_lookup"]);
        }
        run_step(&format!("building the CPython extension {name}"), &mut cmd)?;
    }
    // Stale modules must not be importable.
    if let Ok(entries) = std::fs::read_dir(&cpython_dir) {
        for e in entries.flatten() {
            let n = e.file_name().to_string_lossy().into_owned();
            if !keep.contains(&n) {
                let p = e.path();
                let _ = if p.is_dir() {
                    std::fs::remove_dir_all(&p)
                } else {
                    std::fs::remove_file(&p)
                };
            }
        }
    }

    // The runs.
    let script_dir = test.parent().unwrap_or(Path::new("/")).to_path_buf();
    progress("running the test script under CPython");
    let cpython = run_limited(
        Command::new(&opts.python)
            .args(["-c", CPYTHON_RUNNER])
            .arg(&test)
            .current_dir(&script_dir)
            .env("CY2UPY_VERIFY_BUILD", &cpython_dir)
            .env("PYTHONHASHSEED", "0")
            .env("PYTHONDONTWRITEBYTECODE", "1"),
        opts.timeout,
    )
    .map_err(io(format!("cannot run {}", opts.python)))?;
    let mut runs = Vec::new();
    let mut modes = vec![Mode::Plain];
    if opts.torture {
        modes.push(Mode::Torture);
    }
    for mode in modes {
        progress(&format!(
            "running the test script under MicroPython ({})",
            mode.name()
        ));
        let script = match mode {
            Mode::Plain => test.clone(),
            Mode::Torture => {
                let text = std::fs::read_to_string(&test)
                    .map_err(io(format!("cannot read {}", test.display())))?;
                let name = test.file_name().map(PathBuf::from).unwrap_or_default();
                let p = cache.join("torture").join(name);
                let wrapped = torture_script(&text, &script_dir.display().to_string());
                write_atomic(&p, wrapped.as_bytes())
                    .map_err(io(format!("cannot write {}", p.display())))?;
                p
            }
        };
        let run = run_limited(
            Command::new(&binary).arg(&script).current_dir(&script_dir),
            opts.timeout,
        )
        .map_err(io(format!("cannot run {}", binary.display())))?;
        runs.push(compare(mode, &cpython, run));
    }
    Ok(report(translations, Some(cpython), runs))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn digest_keeps_what_both_interpreters_print() {
        let text = "Traceback (most recent call last):\n  File \"/x/test.py\", line 3, in <module>\n    f()\n  File \"/a/b/mod.pyx\", line 7, in mod.f\nmod.BadError: no\nmod.Thing: not an exception line\nException ignored in: <x>\nValueError\n";
        assert_eq!(
            stderr_digest(text),
            [
                "  File \"mod.pyx\", line 7, in mod.f",
                "BadError: no",
                "Exception ignored in: <x>",
                "ValueError"
            ]
        );
    }

    #[test]
    fn torture_line_goes_after_future_imports() {
        let s = "#!/usr/bin/env python\n\"\"\"Doc.\"\"\"\nfrom __future__ import annotations\nimport m\n";
        let t = torture_script(s, "/d");
        assert!(
            t.starts_with(
                "#!/usr/bin/env python\n\"\"\"Doc.\"\"\"\nfrom __future__ import annotations\nimport gc, sys; sys.path[0] = '/d'; gc.threshold(1)\nimport m\n"
            ),
            "{t}"
        );
        assert!(torture_script("import m\n", "/it's")
            .starts_with("import gc, sys; sys.path[0] = '/it\\'s';"));
    }

    #[test]
    fn a_signal_or_another_exit_status_is_a_crash() {
        let cpy = Run {
            status: Some(0),
            stdout: b"1\n2\n".to_vec(),
            stderr: String::new(),
            note: None,
        };
        let same = compare(Mode::Plain, &cpy, cpy.clone());
        assert!(same.agrees && same.stdout_diff.is_empty());
        let killed = Run {
            status: None,
            stdout: b"1\n".to_vec(),
            note: Some("killed by signal 11".into()),
            ..cpy.clone()
        };
        let c = compare(Mode::Torture, &cpy, killed);
        assert!(!c.agrees && c.crashed);
        assert!(c.stdout_diff.contains("-2\n"), "{}", c.stdout_diff);
    }
}
