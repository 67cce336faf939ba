//! cython2upy: translate the C that Cython generates for CPython into a MicroPython user C
//! module. Each stage of the pipeline lives in its own module; `pipeline` runs them in order.

// Stages fail with a full `Diagnostic` (message, span, .pyx location, notes). That is the cold
// path, taken once per file at most, so its size does not matter.
#![allow(clippy::result_large_err)]

pub mod args;
pub mod batch;
pub mod cli;
pub mod configure;
pub mod constants;
pub mod defs;
pub mod diag;
pub mod emit;
pub mod forin;
pub mod lifecycle;
pub mod load;
pub mod members;
pub mod memview;
pub mod module;
pub mod numbers;
pub mod parse;
pub mod parts;
pub mod pickle;
pub mod pipeline;
pub mod profile;
pub mod prune;
pub mod report;
pub mod rewrite;
pub mod rule_file;
pub mod rules;
pub mod ruletest;
pub mod runtime_decls;
pub mod template;
pub mod traceback;
pub mod tuples;
pub mod verify;
