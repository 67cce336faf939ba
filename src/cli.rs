//! The command line: the only place that knows about arguments, files, the terminal and exit
//! codes. Exit codes follow ruff: 0 clean, 1 findings (the output would not build or would be
//! wrong), 2 usage, I/O or internal errors.

use crate::batch::{self, Input, Outcome};
use crate::diag::Stats;
use crate::emit;
use crate::module::c_id;
use crate::pipeline::Translator;
use crate::report::{self, Format};
use crate::rules::RuleSet;
use crate::verify;
use anyhow::{bail, Context, Result};
use clap::{Parser, Subcommand};
use codespan_reporting::term::termcolor::{ColorChoice, StandardStream};
use std::io::{IsTerminal, Write};
use std::path::{Path, PathBuf};

#[derive(Parser, Debug)]
#[command(
    name = "cython2upy",
    version,
    about = "Translate Cython-generated C into MicroPython user C modules"
)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Subcommand, Debug)]
pub enum Command {
    /// Translate Cython output into MicroPython user C modules.
    ///
    /// INPUT is a C file Cython generated or a .pyx file (Cython is run first), or a folder of
    /// them. OUTPUT is the .c to write for one file, or a folder: one module folder per input
    /// (OUTPUT/<module>/), and a micropython.cmake that includes them all.
    Translate {
        input: PathBuf,
        #[arg(short, long)]
        output: PathBuf,
        /// Parallel translations for a folder.
        #[arg(short, long, default_value_t = default_jobs())]
        jobs: usize,
        /// A folder of extra rule files (*.toml).
        #[arg(long)]
        rules: Option<PathBuf>,
    },
    /// Translate in memory and report diagnostics, writing nothing.
    Check {
        /// Cython-generated C files, .pyx files, or folders of them.
        #[arg(required = true)]
        inputs: Vec<PathBuf>,
        #[arg(long, value_enum, default_value_t = Format::Full)]
        format: Format,
        #[arg(short, long, default_value_t = default_jobs())]
        jobs: usize,
        #[arg(long)]
        rules: Option<PathBuf>,
    },
    /// Check a module against CPython on the host before building firmware.
    ///
    /// Builds INPUT (a .pyx file, or a folder of them with packages marked by __init__.py) as a
    /// CPython extension with the installed Cython and runs the test script; translates it, builds
    /// a host MicroPython with it from the MicroPython tree given, and runs the same script there.
    /// Exit 0 when the outputs agree, 1 when they differ, MicroPython crashes or a module does not
    /// translate, 2 on usage errors, missing tools and build errors. Builds are kept in
    /// $XDG_CACHE_HOME/cython2upy (default ~/.cache/cython2upy); the MicroPython tree is only read.
    Verify {
        input: PathBuf,
        /// The test script: run under CPython and MicroPython, its output must be the same.
        #[arg(long)]
        test: PathBuf,
        /// The MicroPython source tree (default: $MICROPY_DIR).
        #[arg(long)]
        micropython: Option<PathBuf>,
        /// Run the script a second time under MicroPython with the garbage collector running on
        /// nearly every allocation (gc.threshold(1)), which shows a missing GC root at once.
        #[arg(long)]
        torture: bool,
        #[arg(long, value_enum, default_value_t = VerifyFormat::Human)]
        format: VerifyFormat,
        /// Parallel jobs of the MicroPython build.
        #[arg(short, long, default_value_t = default_jobs())]
        jobs: usize,
        /// Seconds each run of the script may take.
        #[arg(long, default_value_t = 300)]
        timeout: u64,
        #[arg(long)]
        rules: Option<PathBuf>,
    },
    /// List, explain and test rules.
    Rules {
        #[command(subcommand)]
        command: RulesCommand,
    },
}

#[derive(Subcommand, Debug)]
pub enum RulesCommand {
    /// List every rule (id, name, action, pattern), then the E- diagnostic codes.
    List {
        #[arg(long)]
        rules: Option<PathBuf>,
    },
    /// Explain one rule by id or name.
    Explain {
        id: String,
        #[arg(long)]
        rules: Option<PathBuf>,
    },
    /// Validate the rule files in DIR and run their tests (with the built-in rules loaded).
    Check { dir: PathBuf },
    /// Print the JSON Schema of the rule file format (rules/schema.json).
    Schema,
}

/// Output formats of `verify`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum VerifyFormat {
    /// Steps, results and unified diffs for a person.
    Human,
    /// One JSON object on stdout.
    Json,
    /// GitHub Actions annotations, and the diffs as log lines.
    Github,
}

fn default_jobs() -> usize {
    std::thread::available_parallelism()
        .map(|n| n.get())
        .unwrap_or(1)
}

pub fn load_rules(extra: Option<&Path>) -> Result<RuleSet> {
    let mut rules = RuleSet::builtin().context("the built-in rules are invalid")?;
    if let Some(dir) = extra {
        rules
            .add_dir(dir)
            .with_context(|| format!("cannot load rules from {}", dir.display()))?;
    }
    Ok(rules)
}

/// Run the command; returns the process exit code.
pub fn run(cli: Cli) -> Result<i32> {
    match cli.command {
        Command::Translate {
            input,
            output,
            jobs,
            rules,
        } => {
            let translator = Translator::new(load_rules(rules.as_deref())?);
            if input.is_dir() {
                translate_dir(&translator, &input, &output, jobs)
            } else if output.extension().is_some_and(|e| e == "c") {
                translate_file(&translator, &input, &output)
            } else {
                let base = input.parent().unwrap_or(Path::new(""));
                translate_inputs(&translator, &[input_of(&input)?], base, &output, jobs)
            }
        }
        Command::Check {
            inputs,
            format,
            jobs,
            rules,
        } => {
            let translator = Translator::new(load_rules(rules.as_deref())?);
            check(&translator, &inputs, format, jobs)
        }
        Command::Verify {
            input,
            test,
            micropython,
            torture,
            format,
            jobs,
            timeout,
            rules,
        } => {
            let micropython = match micropython {
                Some(m) => m,
                None => match std::env::var_os("MICROPY_DIR").filter(|v| !v.is_empty()) {
                    Some(m) => PathBuf::from(m),
                    None => bail!(
                        "no MicroPython tree: pass --micropython DIR or set MICROPY_DIR to the top \
                         folder of a MicroPython checkout or source release"
                    ),
                },
            };
            let env_or = |k: &str, d: &str| {
                std::env::var(k)
                    .ok()
                    .filter(|v| !v.is_empty())
                    .unwrap_or_else(|| d.to_string())
            };
            let opts = verify::Options {
                input,
                test,
                micropython,
                python: env_or("PYTHON", "python3"),
                cc: env_or("CC", "cc"),
                torture,
                cache_root: cache_root(),
                jobs,
                timeout: std::time::Duration::from_secs(timeout),
            };
            let translator = Translator::new(load_rules(rules.as_deref())?);
            verify_command(&translator, &opts, format)
        }
        Command::Rules { command } => rules_command(command),
    }
}

/// The machine-readable report of each translated file.
fn file_reports(outcomes: &[batch::Outcome]) -> Vec<report::FileReport<'_>> {
    outcomes
        .iter()
        .map(|o| report::FileReport {
            path: o.c_path.display().to_string(),
            source: &o.c_text,
            diagnostics: &o.diagnostics,
            failure: o.failure.as_deref(),
            pyx: &o.pyx,
        })
        .collect()
}

/// Where verify keeps its builds: `$XDG_CACHE_HOME/cython2upy`, else `~/.cache/cython2upy`.
fn cache_root() -> PathBuf {
    let absolute = |v: std::ffi::OsString| Some(PathBuf::from(v)).filter(|p| p.is_absolute());
    if let Some(x) = std::env::var_os("XDG_CACHE_HOME").and_then(absolute) {
        return x.join("cython2upy");
    }
    if let Some(h) = std::env::var_os("HOME").and_then(absolute) {
        return h.join(".cache").join("cython2upy");
    }
    std::env::temp_dir().join("cython2upy-cache")
}

fn verify_command(
    translator: &Translator,
    opts: &verify::Options,
    format: VerifyFormat,
) -> Result<i32> {
    let progress = |msg: &str| eprintln!("==> {msg}");
    let mut stdout = std::io::stdout().lock();
    let report = match verify::verify(translator, opts, &progress) {
        Ok(r) => r,
        Err(e) => {
            match format {
                VerifyFormat::Json => writeln!(
                    stdout,
                    "{{\"result\":\"error\",\"exit\":2,\"message\":{}}}",
                    report::json_str(&e.to_string())
                )?,
                VerifyFormat::Github => writeln!(
                    stdout,
                    "::error title=cython2upy verify::{}",
                    report::gh_escape(&e.to_string())
                )?,
                VerifyFormat::Human => {}
            }
            eprintln!("error: {e}");
            return Ok(2);
        }
    };
    let code = if report.agrees() { 0 } else { 1 };
    let test = opts.test.display().to_string();
    let items = file_reports(&report.translations);
    let untranslated: Vec<String> = report
        .translations
        .iter()
        .filter(|o| o.output.is_none() || o.failure.is_some())
        .map(|o| o.input.path().display().to_string())
        .collect();
    match format {
        VerifyFormat::Human => {
            for o in &report.translations {
                print_diagnostics(o)?;
            }
            if !untranslated.is_empty() {
                writeln!(
                    stdout,
                    "not verified: {} does not translate",
                    untranslated.join(", ")
                )?;
            }
            if let Some(c) = &report.cpython {
                if c.status != Some(0) {
                    writeln!(
                        stdout,
                        "note: the test script fails under CPython ({})",
                        run_end(c)
                    )?;
                }
            }
            for r in &report.runs {
                let what = if r.agrees {
                    "agrees with CPython".to_string()
                } else if r.crashed {
                    format!(
                        "CRASHED: {} (CPython: {})",
                        run_end(&r.run),
                        report.cpython.as_ref().map(run_end).unwrap_or_default()
                    )
                } else {
                    "DIFFERS from CPython".to_string()
                };
                writeln!(stdout, "MicroPython ({}): {what}", r.mode.name())?;
                write!(stdout, "{}{}", r.stdout_diff, r.stderr_diff)?;
                if r.crashed && !r.run.stderr.trim().is_empty() {
                    writeln!(stdout, "MicroPython's stderr:\n{}", r.run.stderr.trim_end())?;
                }
            }
            eprintln!("builds kept in {}", report.cache.display());
            writeln!(
                stdout,
                "{}: {} ({})",
                opts.input.display(),
                if code == 0 {
                    "verified"
                } else {
                    "NOT verified"
                },
                test
            )?;
        }
        VerifyFormat::Json => {
            let mut diags = Vec::new();
            report::write_machine(&mut diags, Format::Json, &items)?;
            let diags = String::from_utf8_lossy(&diags).trim_end().to_string();
            let status = |s: Option<i32>| s.map_or("null".to_string(), |s| s.to_string());
            let runs: Vec<String> = report
                .runs
                .iter()
                .map(|r| {
                    format!(
                        "{{\"mode\":{},\"agrees\":{},\"crashed\":{},\"exit_status\":{},\"end\":{},\"stdout_diff\":{},\"stderr_diff\":{},\"stderr\":{}}}",
                        report::json_str(r.mode.name()),
                        r.agrees,
                        r.crashed,
                        status(r.run.status),
                        report::json_str(&run_end(&r.run)),
                        report::json_str(&r.stdout_diff),
                        report::json_str(&r.stderr_diff),
                        report::json_str(&r.run.stderr)
                    )
                })
                .collect();
            let result = if code == 0 {
                "agree"
            } else if !untranslated.is_empty() {
                "untranslated"
            } else {
                "differ"
            };
            writeln!(
                stdout,
                "{{\"result\":\"{result}\",\"exit\":{code},\"input\":{},\"test\":{},\"cpython_exit_status\":{},\"runs\":[{}],\"diagnostics\":{diags}}}",
                report::json_str(&opts.input.display().to_string()),
                report::json_str(&test),
                status(report.cpython.as_ref().and_then(|c| c.status)),
                runs.join(",")
            )?;
        }
        VerifyFormat::Github => {
            report::write_machine(&mut stdout, Format::Github, &items)?;
            for r in report.runs.iter().filter(|r| !r.agrees) {
                let what = if r.crashed {
                    format!(
                        "MicroPython ({}) crashed: {}",
                        r.mode.name(),
                        run_end(&r.run)
                    )
                } else {
                    format!("MicroPython ({}) differs from CPython", r.mode.name())
                };
                writeln!(
                    stdout,
                    "::error file={},title=cython2upy verify::{}",
                    report::gh_property(&test),
                    report::gh_escape(&format!("{what}\n{}{}", r.stdout_diff, r.stderr_diff))
                )?;
                write!(stdout, "{}{}", r.stdout_diff, r.stderr_diff)?;
            }
            writeln!(
                stdout,
                "{}: {} ({test})",
                opts.input.display(),
                if code == 0 {
                    "verified"
                } else {
                    "NOT verified"
                }
            )?;
        }
    }
    Ok(code)
}

/// How a run ended, in words.
fn run_end(r: &verify::Run) -> String {
    match (&r.note, r.status) {
        (Some(n), _) => n.clone(),
        (None, Some(s)) => format!("exit status {s}"),
        (None, None) => "no exit status".into(),
    }
}

fn input_of(path: &Path) -> Result<Input> {
    if !path.exists() {
        bail!("{}: no such file", path.display());
    }
    Ok(match path.extension().and_then(|x| x.to_str()) {
        Some("pyx") => Input::Pyx(path.to_path_buf()),
        _ => Input::C(path.to_path_buf()),
    })
}

/// Where Cython's output for `.pyx` inputs goes while a `translate` runs. Its path is named in
/// the translated module's first line, so it is the same on every run; it is removed at the end.
fn work_dir(output: &Path) -> PathBuf {
    output.join(".cython")
}

/// `path` made absolute, with symbolic links resolved as far as it exists.
fn resolved(path: &Path) -> PathBuf {
    let abs = std::path::absolute(path).unwrap_or_else(|_| path.to_path_buf());
    let mut existing = abs.as_path();
    let mut rest = Vec::new();
    loop {
        if let Ok(mut p) = existing.canonicalize() {
            p.extend(rest.iter().rev());
            return p;
        }
        match (existing.parent(), existing.file_name()) {
            (Some(parent), Some(name)) => {
                rest.push(name.to_os_string());
                existing = parent;
            }
            _ => return abs,
        }
    }
}

/// Print discovery errors, one a line; the run then ends with exit 2 before writing anything.
fn walk_errors(errors: &[batch::WalkError]) -> i32 {
    for e in errors {
        eprintln!("error: {e}");
    }
    2
}

/// Refuse to write a file that is one of the run's inputs (`-o` naming the input itself, or an
/// output folder whose module folders hold the inputs).
fn refuse_overwriting_inputs(files: &emit::OutputSet, outcomes: &[Outcome]) -> Result<()> {
    let inputs: Vec<PathBuf> = outcomes
        .iter()
        .flat_map(|o| [o.input.path(), o.c_path.as_path()])
        .filter(|p| p.exists())
        .map(resolved)
        .collect();
    for p in files.paths().filter(|p| p.exists()) {
        if inputs.contains(&resolved(p)) {
            bail!(
                "{}: this is an input of the run, and translating would overwrite it; \
                 write the output elsewhere (nothing written)",
                p.display()
            );
        }
    }
    Ok(())
}

/// The folders from `dir` up that do not exist yet, deepest first.
fn missing_folders(dir: &Path) -> Vec<PathBuf> {
    dir.ancestors()
        .filter(|d| !d.as_os_str().is_empty())
        .take_while(|d| !d.exists())
        .map(Path::to_path_buf)
        .collect()
}

/// Remove the Cython work folder of a `translate` run, and the folders the run created that it
/// left empty (`missing`: those that did not exist before, deepest first).
fn clean_work(output: &Path, missing: &[PathBuf]) {
    let _ = std::fs::remove_dir_all(work_dir(output));
    for d in missing {
        let _ = std::fs::remove_dir(d);
    }
}

fn stderr_stream() -> StandardStream {
    let color = if std::io::stderr().is_terminal() && std::env::var_os("NO_COLOR").is_none() {
        ColorChoice::Auto
    } else {
        ColorChoice::Never
    };
    StandardStream::stderr(color)
}

fn print_diagnostics(o: &Outcome) -> Result<()> {
    if let Some(f) = &o.failure {
        eprintln!("error: {f}");
    }
    let mut err = stderr_stream();
    report::emit(
        &mut err,
        &o.c_path.display().to_string(),
        &o.c_text,
        &o.diagnostics,
        &o.pyx,
    )?;
    Ok(())
}

fn errors_of(o: &Outcome) -> usize {
    o.diagnostics.iter().filter(|d| d.is_error()).count() + usize::from(o.failure.is_some())
}

/// The exit code of one outcome: 0 translated, 1 findings, 2 an I/O or internal error.
fn exit_of(o: &Outcome) -> i32 {
    if o.fatal {
        2
    } else if o.output.is_none() || errors_of(o) > 0 {
        1
    } else {
        0
    }
}

fn translate_file(translator: &Translator, input: &Path, output: &Path) -> Result<i32> {
    let input = input_of(input)?;
    let dir = output.parent().unwrap_or(Path::new("."));
    let dir = if dir.as_os_str().is_empty() {
        Path::new(".")
    } else {
        dir
    };
    let missing = missing_folders(dir);
    let o = batch::translate_one(translator, &input, &work_dir(dir));
    let result = write_file_outcome(&o, output);
    clean_work(dir, &missing);
    result
}

fn write_file_outcome(o: &Outcome, output: &Path) -> Result<i32> {
    print_diagnostics(o)?;
    eprintln!(
        "{}",
        report::summary(&o.c_path.display().to_string(), &o.stats, errors_of(o))
    );
    let (Some(c), Some(name)) = (&o.output, &o.module_name) else {
        eprintln!("{}: not written", output.display());
        return Ok(exit_of(o).max(1));
    };
    let mut files = emit::OutputSet::new();
    files.add_module(
        output,
        c,
        &c_id(name),
        &emit::local_headers(c, o.input.path()),
    );
    refuse_overwriting_inputs(&files, std::slice::from_ref(o))?;
    files
        .commit()
        .with_context(|| format!("cannot write the module {name} (nothing written)"))?;
    eprintln!("wrote {} (module `{name}`)", output.display());
    Ok(exit_of(o))
}

fn translate_dir(translator: &Translator, input: &Path, output: &Path, jobs: usize) -> Result<i32> {
    let (abs_in, abs_out) = (resolved(input), resolved(output));
    if abs_out.starts_with(&abs_in) {
        bail!(
            "the output folder {} is inside the input folder {}: generated files would mix \
             with the sources a run reads; write the output outside it (nothing written)",
            output.display(),
            input.display()
        );
    }
    let inputs = match batch::discover(input) {
        Ok(i) => i,
        Err(errors) => {
            let code = walk_errors(&errors);
            eprintln!("nothing written");
            return Ok(code);
        }
    };
    if inputs.is_empty() {
        bail!(
            "{}: no Cython-generated .c or .pyx files found",
            input.display()
        );
    }
    translate_inputs(translator, &inputs, input, output, jobs)
}

/// Translate `inputs` into the folder `output`, one module folder each; `base` is the folder
/// their paths are shown relative to. The modules that translate are written together, all or
/// nothing (emit::OutputSet).
fn translate_inputs(
    translator: &Translator,
    inputs: &[Input],
    base: &Path,
    output: &Path,
    jobs: usize,
) -> Result<i32> {
    let missing = missing_folders(output);
    let outcomes = run_with_progress(translator, inputs, &work_dir(output), jobs);
    let result = write_outcomes(&outcomes, base, output);
    clean_work(output, &missing);
    result
}

fn write_outcomes(outcomes: &[Outcome], base: &Path, output: &Path) -> Result<i32> {
    let mut modules = Vec::new();
    let mut names = Vec::new();
    let mut worst = 0;
    let mut files = emit::OutputSet::new();
    for o in outcomes {
        print_diagnostics(o)?;
        worst = worst.max(exit_of(o));
        if let (Some(c), Some(name)) = (&o.output, &o.module_name) {
            let id = c_id(name);
            let stem = o
                .c_path
                .file_stem()
                .map(|s| s.to_string_lossy().into_owned())
                .unwrap_or(id.clone());
            files.add_module(
                &output.join(&id).join(format!("{stem}.c")),
                c,
                &id,
                &emit::local_headers(c, o.input.path()),
            );
            modules.push(id);
            names.push(name.clone());
        }
    }
    if let Some(pkgs) = files.add_packages(output, &names) {
        modules.push(pkgs);
    }
    if !modules.is_empty() {
        files.add_top_cmake(output, &modules);
    }
    refuse_overwriting_inputs(&files, outcomes)?;
    files
        .commit()
        .with_context(|| format!("cannot write into {} (nothing written)", output.display()))?;
    print_table(outcomes, base);
    eprintln!(
        "{} of {} modules translated into {}",
        names.len(),
        outcomes.len(),
        output.display()
    );
    Ok(worst)
}

fn check(translator: &Translator, paths: &[PathBuf], format: Format, jobs: usize) -> Result<i32> {
    let mut inputs = Vec::new();
    let mut walk = Vec::new();
    for p in paths {
        if p.is_dir() {
            match batch::discover(p) {
                Ok(found) => inputs.extend(found),
                Err(errors) => walk.extend(errors),
            }
        } else {
            inputs.push(input_of(p)?);
        }
    }
    if !walk.is_empty() {
        return Ok(walk_errors(&walk));
    }
    let work = std::env::temp_dir().join(format!("cython2upy-check-{}", std::process::id()));
    let outcomes = if format == Format::Full {
        run_with_progress(translator, &inputs, &work, jobs)
    } else {
        batch::translate_all(translator, &inputs, &work, jobs, &|_, _, _| {})
    };
    let _ = std::fs::remove_dir_all(&work);
    let errors: usize = outcomes.iter().map(errors_of).sum();
    let mut stdout = std::io::stdout().lock();
    match format {
        Format::Full => {
            for o in &outcomes {
                print_diagnostics(o)?;
            }
        }
        _ => {
            report::write_machine(&mut stdout, format, &file_reports(&outcomes))?;
        }
    }
    let clean = outcomes.iter().filter(|o| errors_of(o) == 0).count();
    let line = format!(
        "Found {errors} error{} in {} file{} ({clean} clean).",
        if errors == 1 { "" } else { "s" },
        outcomes.len(),
        if outcomes.len() == 1 { "" } else { "s" }
    );
    if format == Format::Json {
        eprintln!("{line}");
    } else {
        writeln!(stdout, "{line}")?;
    }
    Ok(outcomes.iter().map(exit_of).max().unwrap_or(0))
}

/// Translate with a progress line on a terminal, or a plain line per file elsewhere.
fn run_with_progress(
    translator: &Translator,
    inputs: &[Input],
    work: &Path,
    jobs: usize,
) -> Vec<Outcome> {
    let tty = std::io::stderr().is_terminal();
    let outcomes = batch::translate_all(translator, inputs, work, jobs, &|done, total, input| {
        if tty {
            let width = 30;
            let filled = done * width / total.max(1);
            eprint!(
                "\r\x1b[2K[{}{}] {done}/{total} {}",
                "#".repeat(filled),
                "-".repeat(width - filled),
                input.path().display()
            );
            if done == total {
                eprintln!();
            }
        } else if total > 1 {
            eprintln!("[{done}/{total}] {}", input.path().display());
        }
    });
    outcomes
}

/// The summary table of a batch; file paths are shown relative to the input folder.
fn print_table(outcomes: &[Outcome], base: &Path) {
    let rows: Vec<[String; 6]> = outcomes
        .iter()
        .map(|o| {
            let s: Stats = o.stats;
            [
                o.module_name.clone().unwrap_or_else(|| "-".into()),
                o.input
                    .path()
                    .strip_prefix(base)
                    .unwrap_or(o.input.path())
                    .display()
                    .to_string(),
                (s.inline_rewrites + s.deleted).to_string(),
                s.runtime_calls.to_string(),
                s.unsupported.to_string(),
                if o.output.is_some() {
                    "ok".into()
                } else {
                    "FAILED".into()
                },
            ]
        })
        .collect();
    let head = [
        "module",
        "file",
        "rewrites",
        "runtime calls",
        "unsupported",
        "status",
    ];
    let mut widths = head.map(str::len);
    for r in &rows {
        for (w, c) in widths.iter_mut().zip(r.iter()) {
            *w = (*w).max(c.len());
        }
    }
    let line = |cells: &[String]| {
        let mut s = String::new();
        for (i, c) in cells.iter().enumerate() {
            if (2..=4).contains(&i) {
                s.push_str(&format!("{:>w$}  ", c, w = widths[i]));
            } else {
                s.push_str(&format!("{:<w$}  ", c, w = widths[i]));
            }
        }
        s.trim_end().to_string()
    };
    eprintln!("{}", line(&head.map(String::from)));
    for r in &rows {
        eprintln!("{}", line(r));
    }
    let total = |k: usize| {
        rows.iter()
            .map(|r| r[k].parse::<usize>().unwrap_or(0))
            .sum::<usize>()
            .to_string()
    };
    eprintln!(
        "{}",
        line(&[
            "total".into(),
            format!("{} files", rows.len()),
            total(2),
            total(3),
            total(4),
            String::new()
        ])
    );
}

fn rules_command(cmd: RulesCommand) -> Result<i32> {
    match cmd {
        RulesCommand::List { rules } => {
            let set = load_rules(rules.as_deref())?;
            for r in &set.rules {
                println!(
                    "{}  {:<36} {:<8} {}",
                    r.id,
                    r.name,
                    format!("{:?}", r.action).to_lowercase(),
                    pattern_text(r)
                );
            }
            for code in crate::diag::Code::ALL {
                println!("{}  code     {}", code.as_str(), code.explanation().title);
            }
            Ok(0)
        }
        RulesCommand::Explain { id, rules } => {
            if let Some(code) = crate::diag::Code::from_text(&id) {
                print!("{}", explain_code(code));
                return Ok(0);
            }
            let set = load_rules(rules.as_deref())?;
            let Some(r) = set.get(&id) else {
                eprintln!(
                    "no rule or code `{id}`; `cython2upy rules list` shows the rules, and the codes are {}",
                    crate::diag::Code::ALL.map(|c| c.as_str()).join(", ")
                );
                return Ok(2);
            };
            println!("{} ({})", r.id, r.name);
            println!("pattern: {}", pattern_text(r));
            println!("action:  {}", format!("{:?}", r.action).to_lowercase());
            if !r.fix.is_empty() {
                println!("fix:     {}", r.fix);
            }
            if !r.message.is_empty() {
                println!("message: {}", r.message);
            }
            println!("from:    {}", r.origin);
            if !r.doc.is_empty() {
                println!("\n{}", r.doc.trim());
            }
            if let Some(t) = r.tests.first() {
                println!(
                    "\nexample:\n  {}\nbecomes:\n  {}",
                    t.input.trim(),
                    t.expected.trim()
                );
            }
            Ok(0)
        }
        RulesCommand::Schema => {
            print!("{}", crate::rules::SCHEMA);
            Ok(0)
        }
        RulesCommand::Check { dir } => {
            let mut set = load_rules(None)?;
            let before = set.rules.len();
            set.add_dir(&dir)
                .with_context(|| format!("invalid rules in {}", dir.display()))?;
            let ids: Vec<String> = set.rules[before..].iter().map(|r| r.id.clone()).collect();
            let failures = crate::ruletest::run_tests(&set, Some(&ids));
            for f in &failures {
                eprintln!("{f}");
            }
            println!(
                "{} rules checked, {} test failures",
                ids.len(),
                failures.len()
            );
            Ok(if failures.is_empty() { 0 } else { 1 })
        }
    }
}

/// What a diagnostic code means, typical causes and what to do, for `rules explain E-...`.
pub fn explain_code(code: crate::diag::Code) -> String {
    let e = code.explanation();
    let mut out = format!("{}: {}\n\n", code.as_str(), e.title);
    out.push_str(&wrap(e.meaning, "", 80));
    out.push_str("\ntypical causes:\n");
    for c in e.causes {
        out.push_str(&wrap(c, "  - ", 80));
    }
    out.push_str("\nwhat to do:\n");
    out.push_str(&wrap(e.what_to_do, "  ", 80));
    out
}

/// `text` wrapped at `width` columns; the first line starts with `first`, the others are
/// indented as far.
fn wrap(text: &str, first: &str, width: usize) -> String {
    let indent = " ".repeat(first.len());
    let mut out = String::new();
    let mut line = first.to_string();
    let mut empty = true;
    for word in text.split_whitespace() {
        if !empty && line.len() + 1 + word.len() > width {
            out.push_str(&line);
            out.push('\n');
            line = indent.clone();
            empty = true;
        }
        if !empty {
            line.push(' ');
        }
        line.push_str(word);
        empty = false;
    }
    out.push_str(&line);
    out.push('\n');
    out
}

fn pattern_text(r: &crate::rules::Rule) -> String {
    use crate::rules::{ArgPattern, Pattern};
    match &r.pattern {
        Pattern::Ident(n) => n.clone(),
        Pattern::PointerType(n) => format!("{n} *"),
        Pattern::Call { name, args } => {
            let a: Vec<String> = args
                .iter()
                .map(|a| match a {
                    ArgPattern::Meta(m) => format!("${m}"),
                    ArgPattern::Rest(m) => format!("$$${m}"),
                    ArgPattern::Literal(l) => l.clone(),
                })
                .collect();
            format!("{name}({})", a.join(", "))
        }
    }
}
