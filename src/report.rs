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
