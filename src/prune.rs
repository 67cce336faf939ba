//! Stage 3, prune: drop Cython's preamble, the sections that hold CPython machinery, and every
//! utility block (`/* Name.proto */`, `/* Name */`, `/* Name.init */`, ...). What they defined
//! is provided by the runtime or rewritten by rules; a use of something they defined that no rule
//! covers is reported by the rewrite stage, naming the utility block.
//! Dropped text is blanked with spaces, so offsets and line numbers stay those of the input.

use crate::diag::{Code, Diagnostic};
use crate::load::{blank, LoadedFile};
use serde::Deserialize;
use std::collections::HashMap;

#[derive(Debug, Deserialize)]
pub struct SectionPolicy {
    pub keep: Vec<String>,
    pub drop: Vec<String>,
    /// Utility blocks that are plain C over covered API calls: translated, not dropped.
    pub translate_utility: Vec<String>,
    /// Name prefixes of functions Cython generates per module type inside its utility code.
    pub translate_functions: Vec<String>,
    pub verbatim: Vec<String>,
    pub cpython_headers: Vec<String>,
    /// Lines that end Cython's `/* Early includes */` block; the user's verbatim C
    /// (`cdef extern from *: """..."""`) before them is kept and translated.
    #[serde(default)]
    pub early_includes_end: Vec<String>,
    /// Cython's memoryview utility module (`src/memview.rs`).
    pub memoryview: crate::memview::MemoryviewPolicy,
    /// Cython's module init code (`src/module.rs`).
    pub module: crate::module::ModuleLayout,
}

pub const BUILTIN_SECTIONS: &str = include_str!("../rules/sections.toml");

impl SectionPolicy {
    pub fn builtin() -> SectionPolicy {
        toml::from_str(BUILTIN_SECTIONS).expect("rules/sections.toml is valid")
    }

    /// Does this line start the definition or prototype of a function to translate?
    fn keeps_function(&self, line: &str) -> bool {
        let Some(paren) = line.find('(') else {
            return false;
        };
        let name = crate::parse::trailing_ident(&line[..paren]);
        self.translate_functions
            .iter()
            .any(|p| name.starts_with(p.as_str()))
    }
}

pub struct Pruned {
    /// The configured text with dropped regions blanked; same length as the input.
    pub text: String,
    /// Identifiers defined in dropped utility blocks, with the block's name.
    pub utility_names: HashMap<String, String>,
    pub dropped_blocks: usize,
}

/// The name of a utility block from its marker line, `/* Name */` or `/* Name.part */`
/// (optionally followed by ` (used by X)`).
pub fn utility_marker(line: &str) -> Option<&str> {
    let inner = line.trim_end().strip_prefix("/* ")?.strip_suffix(" */")?;
    let inner = match inner.find(" (used by ") {
        Some(i) => &inner[..i],
        None => inner,
    };
    // A block Cython instantiates per type carries it in brackets: `DivInt[long].proto`.
    let (outside, type_arg) = match (inner.find('['), inner.find(']')) {
        (Some(open), Some(close)) if open < close => (
            format!("{}{}", &inner[..open], &inner[close + 1..]),
            &inner[open + 1..close],
        ),
        _ => (inner.to_string(), ""),
    };
    let name = block_name(inner);
    let ok = !name.is_empty()
        && name
            .chars()
            .next()
            .is_some_and(|c| c.is_ascii_alphabetic() || c == '_')
        && outside
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '.')
        && type_arg
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '_' || c == ' ');
    if ok {
        Some(inner)
    } else {
        None
    }
}

/// The name of a utility block from its marker's text: `DivInt[long].proto` is `DivInt`.
pub fn block_name(marker: &str) -> &str {
    marker.split(['.', '[']).next().unwrap_or(marker)
}

pub fn prune(
    file: &LoadedFile,
    configured: &str,
    policy: &SectionPolicy,
) -> Result<Pruned, Diagnostic> {
    let mut out: Vec<u8> = configured.as_bytes().to_vec();
    let mut utility_names = HashMap::new();
    let mut dropped_blocks = 0;

    // The preamble: keep only user includes after `/* Early includes */`.
    let first = file.sections.first().map(|s| s.range.start).unwrap_or(0);
    let early = configured[..first].find("/* Early includes */");
    // Where the early includes end: the user's verbatim C blocks stand among them. Without the
    // end marker only the `#include`s are kept.
    // (Found in the input text: the configure stage may have blanked the marker line.)
    let early_end = early.and_then(|e| {
        file.text[e..first]
            .split_inclusive('\n')
            .scan(e, |p, line| {
                let start = *p;
                *p += line.len();
                Some((start, line))
            })
            .find(|(_, line)| {
                policy
                    .early_includes_end
                    .iter()
                    .any(|m| line.trim_end() == m)
            })
            .map(|(start, _)| start)
    });
    let mut pos = 0;
    for line in crate::load::lines_inclusive(&configured[..first]) {
        let in_early = early.is_some_and(|e| pos > e);
        let verbatim_code = early_end.is_some_and(|end| pos < end) && !is_include(line);
        let keep = in_early && (is_user_include(line, policy) || verbatim_code);
        if !keep {
            collect_defined_names(line, "preamble", &mut utility_names);
            blank(&mut out, pos, pos + line.len());
        }
        pos += line.len();
    }

    // The sections, each pruned on its own (no state carries from one to the next): a large
    // file's later sections on a second thread, into their own part of the text and their own
    // names, which are joined after these in the order of the text (a name keeps the first block
    // that defined it, an error is the first section's).
    let sections = &file.sections[..];
    let later_from = sections
        .iter()
        .position(|s| s.range.start >= configured.len() / 2)
        .filter(|_| configured.len() >= crate::load::THREAD_MIN)
        .unwrap_or(sections.len());
    let cut = sections
        .get(later_from)
        .map_or(configured.len(), |s| s.range.start);
    let (head, tail) = out.split_at_mut(cut);
    std::thread::scope(|scope| {
        let later = (later_from < sections.len()).then(|| {
            scope.spawn(move || {
                let mut part = Part {
                    out: tail,
                    base: cut,
                    utility_names: HashMap::new(),
                    dropped_blocks: 0,
                };
                prune_sections(&sections[later_from..], configured, policy, &mut part)
                    .map(|()| (part.utility_names, part.dropped_blocks))
            })
        });
        let mut part = Part {
            out: head,
            base: 0,
            utility_names: std::mem::take(&mut utility_names),
            dropped_blocks,
        };
        let first = prune_sections(&sections[..later_from], configured, policy, &mut part);
        utility_names = part.utility_names;
        dropped_blocks = part.dropped_blocks;
        let later = later.map(|l| l.join().unwrap_or_else(|p| std::panic::resume_unwind(p)));
        first?;
        if let Some(later) = later {
            let (names, dropped) = later?;
            for (name, block) in names {
                utility_names.entry(name).or_insert(block);
            }
            dropped_blocks += dropped;
        }
        Ok::<(), Diagnostic>(())
    })?;

    let text = String::from_utf8(out)
        .unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned());
    Ok(Pruned {
        text,
        utility_names,
        dropped_blocks,
    })
}

/// What one thread of `prune` makes: the text from `base` on, blanked where it drops, and the
/// names the dropped blocks defined.
struct Part<'a> {
    out: &'a mut [u8],
    base: usize,
    utility_names: HashMap<String, String>,
    dropped_blocks: usize,
}

impl Part<'_> {
    fn blank(&mut self, start: usize, end: usize) {
        blank(self.out, start - self.base, end - self.base);
    }
}

/// Prune `sections`, in order, into `part` (which holds their text).
fn prune_sections(
    sections: &[crate::load::Section],
    configured: &str,
    policy: &SectionPolicy,
    part: &mut Part,
) -> Result<(), Diagnostic> {
    for section in sections {
        let name = section.name.as_str();
        let body = &configured[section.range.clone()];
        if policy.drop.iter().any(|d| d == name) {
            let mut current = String::from("utility code");
            let mut keep_block = false;
            let mut in_kept_function = false;
            let mut pos = section.range.start;
            for line in crate::load::lines_inclusive(body) {
                let start = pos;
                pos += line.len();
                if let Some(m) = utility_marker(line) {
                    current = block_name(m).to_string();
                    keep_block = policy.translate_utility.contains(&current);
                    if !keep_block {
                        part.dropped_blocks += 1;
                    }
                    part.blank(start, pos);
                    continue;
                }
                // Code Cython generates per module type (`__pyx_convert__to_py_struct_...`):
                // translated like the module's own code, wherever it stands.
                if !in_kept_function && line.starts_with("static") && policy.keeps_function(line) {
                    in_kept_function = !line.trim_end().ends_with(';');
                    continue;
                }
                if in_kept_function {
                    in_kept_function = line.trim_end() != "}";
                    continue;
                }
                if keep_block {
                    continue;
                }
                collect_defined_names(line, &current, &mut part.utility_names);
                part.blank(start, pos);
            }
            continue;
        }
        if !policy.keep.iter().any(|k| k == name) {
            return Err(Diagnostic::error(
                Code::Section,
                format!("unknown Cython code section `{name}`"),
                section.range.start..section.body_start,
            )
            .with_note("this Cython version lays out its output differently; add the section to rules/sections.toml"));
        }
        if policy.verbatim.iter().any(|v| v == name) {
            continue;
        }
        // Kept section: blank the utility blocks inside it.
        let mut pos = section.range.start;
        let mut in_block: Option<(String, bool)> = None; // (name, started with a directive)
        let mut depth = 0i32;
        let mut seen_content = false;
        for line in crate::load::lines_inclusive(body) {
            let start = pos;
            pos += line.len();
            let t = crate::load::trim(line);
            if let Some(m) = utility_marker(line) {
                let bname = block_name(m).to_string();
                part.blank(start, pos);
                if policy.translate_utility.contains(&bname) {
                    // Plain C over covered API calls (ImportStar stands among the module's own
                    // code): translated like it.
                    in_block = None;
                    continue;
                }
                in_block = Some((bname, false));
                part.dropped_blocks += 1;
                depth = 0;
                seen_content = false;
                part.blank(start, pos);
                continue;
            }
            let Some((bname, starts_with_directive)) = in_block.as_mut() else {
                continue;
            };
            if line.starts_with("/*") && !line.starts_with("/* \"") {
                in_block = None;
                continue;
            }
            if !seen_content && !t.is_empty() {
                seen_content = true;
                *starts_with_directive = t.starts_with('#');
            }
            if *starts_with_directive
                && depth == 0
                && !t.is_empty()
                && !t.starts_with('#')
                && seen_content
            {
                // A preprocessor-only block ends at the first code line outside its conditionals.
                in_block = None;
                continue;
            }
            if let Some(d) = t.strip_prefix('#') {
                let d = d.trim_start();
                if d.starts_with("if") {
                    depth += 1;
                } else if d.starts_with("endif") {
                    depth -= 1;
                }
            }
            collect_defined_names(line, bname, &mut part.utility_names);
            part.blank(start, pos);
        }
    }

    Ok(())
}

/// Is this line an `#include` directive?
fn is_include(line: &str) -> bool {
    line.trim_start()
        .strip_prefix('#')
        .is_some_and(|rest| rest.trim_start().starts_with("include"))
}

fn is_user_include(line: &str, policy: &SectionPolicy) -> bool {
    let t = line.trim_start();
    let Some(rest) = t.strip_prefix('#') else {
        return false;
    };
    let Some(target) = rest.trim_start().strip_prefix("include") else {
        return false;
    };
    let target = target
        .trim()
        .trim_matches(|c| c == '"' || c == '<' || c == '>');
    !policy.cpython_headers.iter().any(|h| h == target)
}

/// Remember names a dropped line defines (`#define NAME`, `static ... NAME(`), for diagnostics.
fn collect_defined_names(line: &str, block: &str, names: &mut HashMap<String, String>) {
    let t = line.trim_start();
    if let Some(rest) = t.strip_prefix('#') {
        if let Some(def) = rest.trim_start().strip_prefix("define") {
            let name: String = def
                .trim_start()
                .chars()
                .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
                .collect();
            if !name.is_empty() {
                names.entry(name).or_insert_with(|| block.to_string());
            }
        }
        return;
    }
    if t.starts_with("static") || t.starts_with("typedef") || t.starts_with("struct") {
        if let Some(paren) = t.find('(') {
            let name = crate::parse::trailing_ident(&t[..paren]);
            if !name.is_empty() {
                names
                    .entry(name.to_string())
                    .or_insert_with(|| block.to_string());
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markers() {
        assert_eq!(
            utility_marker("/* ParseKeywords.proto */\n"),
            Some("ParseKeywords.proto")
        );
        assert_eq!(
            utility_marker("/* Atomics.proto (used by UnpackUnboundCMethod) */"),
            Some("Atomics.proto")
        );
        assert_eq!(
            utility_marker("/* DivInt[unsigned long].proto */"),
            Some("DivInt[unsigned long].proto")
        );
        assert_eq!(block_name("DivInt[unsigned long].proto"), "DivInt");
        assert_eq!(utility_marker("/* Python wrapper */"), None);
        assert_eq!(utility_marker("/* \"basics.pyx\":7"), None);
        assert_eq!(
            utility_marker("/* Module declarations from \"basics\" */"),
            None
        );
    }
}
