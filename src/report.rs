//! Report: diagnostics through codespan-reporting, and the closing summary.
//!
//! A diagnostic's primary location is the `.pyx` line it comes from when that file is found
//! (`PyxSources`), with the line shown; the C span is a secondary label. Without the `.pyx` file
//! the C span is primary and the `.pyx` line a note.

use crate::diag::{Code, Diagnostic, Severity, Stats};
use codespan_reporting::diagnostic::{Diagnostic as CsDiagnostic, Label};
use codespan_reporting::files::SimpleFiles;
use codespan_reporting::term::{self, termcolor::WriteColor};
use std::collections::BTreeMap;
use std::ops::Range;

/// A `.pyx` file found on disk: the path to show and its text.
#[derive(Debug, Clone)]
pub struct PyxSource {
    pub path: String,
    pub text: String,
}

/// The `.pyx` files of one translation, by the name Cython's comments give them.
pub type PyxSources = BTreeMap<String, PyxSource>;

/// Where a diagnostic points in one file.
struct Place<'a> {
    path: &'a str,
    source: &'a str,
    span: Range<usize>,
}

impl Place<'_> {
    fn start(&self) -> (usize, usize) {
        line_col(self.source, self.span.start)
    }
    fn end(&self) -> (usize, usize) {
        line_col(self.source, self.span.end)
    }
}

/// The span of a clamped C range, so that a stale offset never indexes past the text.
fn clamp(span: &Range<usize>, len: usize) -> Range<usize> {
    let start = span.start.min(len);
    start..span.end.min(len).max(start)
}

/// The text of 1-based `line` without its indentation and line break, as a byte range.
fn line_span(source: &str, line: u32) -> Option<Range<usize>> {
    let mut start = 0;
    for _ in 1..line {
        start += source[start..].find('\n')? + 1;
    }
    let end = source[start..]
        .find('\n')
        .map(|i| start + i)
        .unwrap_or(source.len());
    let text = &source[start..end];
    let lead = text.len() - text.trim_start().len();
    let trail = text.len() - text.trim_end().len();
    if start == source.len() && line > 1 {
        return None;
    }
    Some(start + lead..(end - trail).max(start + lead))
}

/// The `.pyx` place of a diagnostic, when its file is among `pyx`.
fn pyx_place<'a>(d: &Diagnostic, pyx: &'a PyxSources) -> Option<Place<'a>> {
    let loc = d.pyx.as_ref()?;
    let src = pyx.get(&loc.file)?;
    let span = line_span(&src.text, loc.line)?;
    Some(Place {
        path: &src.path,
        source: &src.text,
        span,
    })
}

/// The codespan diagnostic: primary label on the `.pyx` line when `pyx` (its file id and the
/// line's span) is given, with the C span as a secondary label; else on the C span.
pub fn to_codespan(
    d: &Diagnostic,
    c_file: usize,
    pyx: Option<(usize, Range<usize>)>,
) -> CsDiagnostic<usize> {
    let base = match d.severity {
        Severity::Error => CsDiagnostic::error(),
        Severity::Warning => CsDiagnostic::warning(),
        Severity::Note => CsDiagnostic::note(),
    };
    let mut notes = Vec::new();
    let labels = match pyx {
        Some((id, span)) => vec![
            Label::primary(id, span),
            Label::secondary(c_file, d.span.clone()).with_message("in the C Cython generated"),
        ],
        None => {
            if let Some(p) = &d.pyx {
                notes.push(format!("in {}:{}", p.file, p.line));
            }
            vec![Label::primary(c_file, d.span.clone())]
        }
    };
    notes.extend(d.notes.iter().cloned());
    base.with_code(d.code.clone())
        .with_message(d.message.clone())
        .with_labels(labels)
        .with_notes(notes)
}

/// Render diagnostics of the C file `path` for a terminal.
pub fn emit(
    writer: &mut dyn WriteColor,
    path: &str,
    source: &str,
    diags: &[Diagnostic],
    pyx: &PyxSources,
) -> std::io::Result<()> {
    // Adding a file finds all its line starts: nothing to do for a clean file.
    if diags.is_empty() {
        return Ok(());
    }
    let mut files = SimpleFiles::new();
    let c_file = files.add(path.to_string(), source);
    let mut pyx_ids = BTreeMap::new();
    for (name, src) in pyx {
        pyx_ids.insert(
            name.as_str(),
            files.add(src.path.clone(), src.text.as_str()),
        );
    }
    let config = term::Config::default();
    for d in diags {
        let mut d = d.clone();
        d.span = clamp(&d.span, source.len());
        let primary = pyx_place(&d, pyx).and_then(|place| {
            let name = d.pyx.as_ref()?.file.as_str();
            Some((*pyx_ids.get(name)?, place.span))
        });
        let cs = to_codespan(&d, c_file, primary);
        term::emit(writer, &config, &files, &cs).map_err(std::io::Error::other)?;
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
    /// The `.pyx` files found for the diagnostics' locations.
    pub pyx: &'a PyxSources,
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

pub fn json_str(s: &str) -> String {
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
                    "{{\"file\":{},\"line\":1,\"column\":1,\"end_line\":1,\"end_column\":1,\"severity\":\"error\",\"code\":\"{}\",\"message\":{},\"pyx\":null,\"notes\":[]}}",
                    json_str(&f.path),
                    Code::Input.as_str(),
                    json_str(msg)
                )),
                Format::Github => writeln!(out, "::error file={},title={}::{}", gh_property(&f.path), Code::Input.as_str(), gh_escape(msg))?,
                _ => writeln!(out, "{}: error[{}] {}", f.path, Code::Input.as_str(), msg)?,
            }
        }
        for d in f.diagnostics {
            let c = Place {
                path: &f.path,
                source: f.source,
                span: clamp(&d.span, f.source.len()),
            };
            let pyx_found = pyx_place(d, f.pyx);
            let at = pyx_found.as_ref().unwrap_or(&c);
            let (line, col) = at.start();
            let (end_line, end_col) = at.end();
            let (c_line, c_col) = c.start();
            let (c_end_line, c_end_col) = c.end();
            // Where the primary location is not said already: the C line when the .pyx is
            // primary, the .pyx line when it could not be found.
            let also = match (&pyx_found, &d.pyx) {
                (Some(_), _) => Some(format!("C: {}:{c_line}:{c_col}", f.path)),
                (None, Some(p)) => Some(format!("in {}:{}", p.file, p.line)),
                (None, None) => None,
            };
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
                        "{{\"file\":{},\"line\":{line},\"column\":{col},\"end_line\":{end_line},\"end_column\":{end_col},\"severity\":\"{}\",\"code\":{},\"message\":{},\"pyx\":{pyx_json},\"c\":{{\"file\":{},\"line\":{c_line},\"column\":{c_col},\"end_line\":{c_end_line},\"end_column\":{c_end_col}}},\"notes\":[{}]}}",
                        json_str(at.path),
                        severity_name(d.severity),
                        json_str(&d.code),
                        json_str(&d.message),
                        json_str(&f.path),
                        notes.join(",")
                    ));
                }
                Format::Github => {
                    let level = if d.is_error() { "error" } else { "warning" };
                    let msg = match &also {
                        Some(a) => format!("{} ({a})", d.message),
                        None => d.message.clone(),
                    };
                    writeln!(
                        out,
                        "::{level} file={},line={line},col={col},endLine={end_line},endColumn={end_col},title={}::{}",
                        gh_property(at.path),
                        gh_property(&d.code),
                        gh_escape(&msg)
                    )?;
                }
                _ => {
                    let also = also.map(|a| format!(" ({a})")).unwrap_or_default();
                    writeln!(
                        out,
                        "{}:{line}:{col}: {}[{}] {}{also}",
                        at.path,
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

pub fn gh_escape(s: &str) -> String {
    s.replace('%', "%25")
        .replace('\r', "%0D")
        .replace('\n', "%0A")
}

/// A property value of a workflow command (`file=`, `title=`) escapes `:` and `,` too.
pub fn gh_property(s: &str) -> String {
    gh_escape(s).replace(':', "%3A").replace(',', "%2C")
}
