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
    /// INPUT is a C file Cython generated (OUTPUT is then the .c to write), a .pyx file (Cython is
    /// run first), or a folder (OUTPUT is then a folder: one module folder per input, and a
    /// micropython.cmake that includes them all).
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
    /// List, explain and test rules.
    Rules {
        #[command(subcommand)]
        command: RulesCommand,
    },
}

#[derive(Subcommand, Debug)]
pub enum RulesCommand {
    /// List every rule: id, name, action, pattern.
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
            } else {
                translate_file(&translator, &input, &output)
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
        Command::Rules { command } => rules_command(command),
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

fn work_dir(output: &Path) -> PathBuf {
    output.join(".cython")
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
    )?;
    Ok(())
}

fn errors_of(o: &Outcome) -> usize {
    o.diagnostics.iter().filter(|d| d.is_error()).count() + usize::from(o.failure.is_some())
}

fn translate_file(translator: &Translator, input: &Path, output: &Path) -> Result<i32> {
    if output.extension().is_none_or(|e| e != "c") {
        bail!(
            "the output of a single module must be a .c file: {}",
            output.display()
        );
    }
    let input = input_of(input)?;
    let dir = output.parent().unwrap_or(Path::new("."));
    let o = batch::translate_input(translator, &input, &work_dir(dir));
    print_diagnostics(&o)?;
    eprintln!(
        "{}",
        report::summary(&o.c_path.display().to_string(), &o.stats, errors_of(&o))
    );
    let (Some(c), Some(name)) = (&o.output, &o.module_name) else {
        eprintln!("{}: not written", output.display());
        return Ok(1);
    };
    emit::write_module(output, c, &c_id(name))
        .with_context(|| format!("cannot write {}", output.display()))?;
    eprintln!("wrote {} (module `{name}`)", output.display());
    Ok(0)
}

fn translate_dir(translator: &Translator, input: &Path, output: &Path, jobs: usize) -> Result<i32> {
    let inputs = batch::discover(input);
    if inputs.is_empty() {
        bail!(
            "{}: no Cython-generated .c or .pyx files found",
            input.display()
        );
    }
    let outcomes = run_with_progress(translator, &inputs, &work_dir(output), jobs);
    let mut modules = Vec::new();
    let mut names = Vec::new();
    let mut worst = 0;
    for o in &outcomes {
        print_diagnostics(o)?;
        match (&o.output, &o.module_name) {
            (Some(c), Some(name)) => {
                let id = c_id(name);
                let stem = o
                    .c_path
                    .file_stem()
                    .map(|s| s.to_string_lossy().into_owned())
                    .unwrap_or(id.clone());
                let out = output.join(&id).join(format!("{stem}.c"));
                emit::write_module(&out, c, &id)
                    .with_context(|| format!("cannot write {}", out.display()))?;
                modules.push(id);
                names.push(name.clone());
            }
            _ => worst = 1,
        }
    }
    if let Some(pkgs) = emit::write_packages(output, &names)
        .with_context(|| format!("cannot write into {}", output.display()))?
    {
        modules.push(pkgs);
    }
    if !modules.is_empty() {
        emit::write_top_cmake(output, &modules)
            .with_context(|| format!("cannot write into {}", output.display()))?;
    }
    print_table(&outcomes, input);
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
    for p in paths {
        if p.is_dir() {
            inputs.extend(batch::discover(p));
        } else {
            inputs.push(input_of(p)?);
        }
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
            let items: Vec<report::FileReport> = outcomes
                .iter()
                .map(|o| report::FileReport {
                    path: o.c_path.display().to_string(),
                    source: &o.c_text,
                    diagnostics: &o.diagnostics,
                    failure: o.failure.as_deref(),
                })
                .collect();
            report::write_machine(&mut stdout, format, &items)?;
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
    Ok(if errors > 0 { 1 } else { 0 })
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
            Ok(0)
        }
        RulesCommand::Explain { id, rules } => {
            let set = load_rules(rules.as_deref())?;
            let Some(r) = set.get(&id) else {
                eprintln!("no rule `{id}`; `cython2upy rules list` shows them all");
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
