//! Report: diagnostics through codespan-reporting, each naming the C span and the `.pyx` line,
//! and the closing summary.

use crate::diag::{Diagnostic, Severity, Stats};
use codespan_reporting::diagnostic::{Diagnostic as CsDiagnostic, Label};
use codespan_reporting::files::SimpleFile;
use codespan_reporting::term::{self, termcolor::WriteColor};

pub fn to_codespan(d: &Diagnostic) -> CsDiagnostic<()> {
    let base = match d.severity {
        Severity::Error => CsDiagnostic::error(),
        Severity::Warning => CsDiagnostic::warning(),
        Severity::Note => CsDiagnostic::note(),
    };
    let mut notes = Vec::new();
    if let Some(p) = &d.pyx {
        notes.push(format!("in {}:{}", p.file, p.line));
    }
    notes.extend(d.notes.iter().cloned());
    base.with_code(d.code.clone())
        .with_message(d.message.clone())
        .with_labels(vec![Label::primary((), d.span.clone())])
        .with_notes(notes)
}

pub fn emit(
    writer: &mut dyn WriteColor,
    path: &str,
    source: &str,
    diags: &[Diagnostic],
) -> std::io::Result<()> {
    let file = SimpleFile::new(path, source);
    let config = term::Config::default();
    for d in diags {
        let mut d = d.clone();
        let len = source.len();
        d.span = d.span.start.min(len)..d.span.end.min(len).max(d.span.start.min(len));
        term::emit(writer, &config, &file, &to_codespan(&d)).map_err(std::io::Error::other)?;
    }
    Ok(())
}

pub fn summary(path: &str, stats: &Stats, errors: usize) -> String {
    format!(
        "{path}: {} rewritten inline, {} routed to the runtime, {} deleted, {} unsupported; {} error{}",
        stats.inline_rewrites,
        stats.runtime_calls,
        stats.deleted,
        stats.unsupported,
        errors,
        if errors == 1 { "" } else { "s" }
    )
}

/// Output formats of `check`, as ruff has them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    /// Diagnostics with the source excerpt.
    Full,
    /// One line per diagnostic.
    Concise,
    /// A JSON array, one object per diagnostic.
    Json,
    /// GitHub Actions workflow commands (annotations).
    Github,
}

/// One file's diagnostics, for the machine-readable formats.
pub struct FileReport<'a> {
    pub path: String,
    pub source: &'a str,
    pub diagnostics: &'a [Diagnostic],
    /// A failure before translation (no source to point into).
    pub failure: Option<&'a str>,
}

fn line_col(source: &str, offset: usize) -> (usize, usize) {
    let offset = offset.min(source.len());
    let before = &source.as_bytes()[..offset];
    let line = before.iter().filter(|b| **b == b'\n').count() + 1;
    let col = offset
        - before
            .iter()
            .rposition(|b| *b == b'\n')
            .map(|i| i + 1)
            .unwrap_or(0)
        + 1;
    (line, col)
}

fn json_str(s: &str) -> String {
    let mut out = String::from("\"");
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if (c as u32) < 0x20 => out.push_str(&format!("\\u{:04x}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

fn severity_name(s: Severity) -> &'static str {
    match s {
        Severity::Error => "error",
        Severity::Warning => "warning",
        Severity::Note => "note",
    }
}

/// Write `concise`, `json` or `github` output.
pub fn write_machine(
    out: &mut dyn std::io::Write,
    format: Format,
    files: &[FileReport],
) -> std::io::Result<()> {
    let mut json_items = Vec::new();
    for f in files {
        if let Some(msg) = f.failure {
            match format {
                Format::Json => json_items.push(format!(
                    "{{\"file\":{},\"line\":1,\"column\":1,\"end_line\":1,\"end_column\":1,\"severity\":\"error\",\"code\":\"E-INPUT\",\"message\":{},\"pyx\":null,\"notes\":[]}}",
                    json_str(&f.path),
                    json_str(msg)
                )),
                Format::Github => writeln!(out, "::error file={},title=E-INPUT::{}", f.path, gh_escape(msg))?,
                _ => writeln!(out, "{}: error[E-INPUT] {}", f.path, msg)?,
            }
        }
        for d in f.diagnostics {
            let (line, col) = line_col(f.source, d.span.start);
            let (end_line, end_col) = line_col(f.source, d.span.end);
            let pyx = d.pyx.as_ref().map(|p| format!("{}:{}", p.file, p.line));
            match format {
                Format::Json => {
                    let pyx_json = match &d.pyx {
                        Some(p) => {
                            format!("{{\"file\":{},\"line\":{}}}", json_str(&p.file), p.line)
                        }
                        None => "null".into(),
                    };
                    let notes: Vec<String> = d.notes.iter().map(|n| json_str(n)).collect();
                    json_items.push(format!(
                        "{{\"file\":{},\"line\":{line},\"column\":{col},\"end_line\":{end_line},\"end_column\":{end_col},\"severity\":\"{}\",\"code\":{},\"message\":{},\"pyx\":{pyx_json},\"notes\":[{}]}}",
                        json_str(&f.path),
                        severity_name(d.severity),
                        json_str(&d.code),
                        json_str(&d.message),
                        notes.join(",")
                    ));
                }
                Format::Github => {
                    let level = if d.is_error() { "error" } else { "warning" };
                    let msg = match &pyx {
                        Some(p) => format!("{} (in {p})", d.message),
                        None => d.message.clone(),
                    };
                    writeln!(
                        out,
                        "::{level} file={},line={line},col={col},endLine={end_line},endColumn={end_col},title={}::{}",
                        f.path,
                        d.code,
                        gh_escape(&msg)
                    )?;
                }
                _ => {
                    let at = pyx.map(|p| format!(" (in {p})")).unwrap_or_default();
                    writeln!(
                        out,
                        "{}:{line}:{col}: {}[{}] {}{at}",
                        f.path,
                        severity_name(d.severity),
                        d.code,
                        d.message
                    )?;
                }
            }
        }
    }
    if format == Format::Json {
        writeln!(out, "[{}]", json_items.join(",\n "))?;
    }
    Ok(())
}

fn gh_escape(s: &str) -> String {
    s.replace('%', "%25")
        .replace('\r', "%0D")
        .replace('\n', "%0A")
}
