//! Diagnostics shared by every stage: a message, a severity, a byte span in the input file and,
//! where Cython's line comments or `__PYX_ERR` calls name it, the `.pyx` line.

use std::ops::Range;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Severity {
    Note,
    Warning,
    Error,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PyxLocation {
    pub file: String,
    pub line: u32,
}

#[derive(Debug, Clone)]
pub struct Diagnostic {
    pub severity: Severity,
    /// A short code: a rule id (`CY123`) or a stage code (`E-LOAD`, `E-PARSE`, ...).
    pub code: String,
    pub message: String,
    /// Byte range in the input C file.
    pub span: Range<usize>,
    pub pyx: Option<PyxLocation>,
    pub notes: Vec<String>,
}

impl Diagnostic {
    pub fn error(code: &str, message: impl Into<String>, span: Range<usize>) -> Self {
        Diagnostic {
            severity: Severity::Error,
            code: code.to_string(),
            message: message.into(),
            span,
            pyx: None,
            notes: Vec::new(),
        }
    }

    pub fn with_note(mut self, note: impl Into<String>) -> Self {
        self.notes.push(note.into());
        self
    }

    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }
}

/// Counts reported in the closing summary.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct Stats {
    pub inline_rewrites: usize,
    pub runtime_calls: usize,
    pub deleted: usize,
    pub unsupported: usize,
}

impl Stats {
    pub fn add(&mut self, other: &Stats) {
        self.inline_rewrites += other.inline_rewrites;
        self.runtime_calls += other.runtime_calls;
        self.deleted += other.deleted;
        self.unsupported += other.unsupported;
    }
}
