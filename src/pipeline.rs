//! The pipeline: load → configure → prune → module/constants preparation → parse → rewrite →
//! assemble. Each stage is its own module; this file only runs them in order and gathers their
//! diagnostics.

use crate::configure::configure;
use crate::constants;
use crate::diag::{Diagnostic, Stats};
use crate::load::{self, LoadedFile};
use crate::memview;
use crate::module;
use crate::parse::{self, Prelude};
use crate::pickle;
use crate::profile::Profile;
use crate::prune::{self, SectionPolicy};
use crate::rewrite::Rewriter;
use crate::rules::RuleSet;
use std::collections::{HashMap, HashSet};

pub struct Translator {
    pub rules: RuleSet,
    pub profile: Profile,
    pub sections: SectionPolicy,
    pub prelude: Prelude,
}

pub struct Translation {
    pub file: LoadedFile,
    /// The rendered C, also when there were errors (for inspection); see `output`.
    pub rendered: Option<String>,
    pub diagnostics: Vec<Diagnostic>,
    pub stats: Stats,
}

/// The result of a failed load: there is no `LoadedFile` to point into, only the raw text.
impl Translation {
    /// The output C: only when no error was found, since C with an error in it is never written.
    pub fn output(&self) -> Option<&str> {
        if self.diagnostics.iter().any(Diagnostic::is_error) {
            None
        } else {
            self.rendered.as_deref()
        }
    }
}

/// The input is not Cython output, or is cut short: there is no `LoadedFile` to point into, and
/// the diagnostic's span is in the text the caller passed.
pub struct LoadFailure {
    pub diagnostic: Diagnostic,
}

impl Translator {
    pub fn new(rules: RuleSet) -> Translator {
        Translator {
            rules,
            profile: Profile::builtin(),
            sections: SectionPolicy::builtin(),
            prelude: Prelude::builtin(),
        }
    }

    pub fn translate(&self, path: &str, text: String) -> Result<Translation, LoadFailure> {
        let file = match load::load(path, text) {
            Ok(f) => f,
            Err(diagnostic) => return Err(LoadFailure { diagnostic }),
        };
        let mut diagnostics = Vec::new();
        let mut stats = Stats::default();
        let rendered = match self.run(&file, &mut diagnostics, &mut stats) {
            Ok(c) => Some(c),
            Err(d) => {
                diagnostics.push(d);
                None
            }
        };
        for d in &mut diagnostics {
            if d.pyx.is_none() {
                d.pyx = file.pyx_location(d.span.start);
            }
        }
        diagnostics.sort_by_key(|d| d.span.start);
        Ok(Translation {
            file,
            rendered,
            diagnostics,
            stats,
        })
    }

    fn run(
        &self,
        file: &LoadedFile,
        diags: &mut Vec<Diagnostic>,
        stats: &mut Stats,
    ) -> Result<String, Diagnostic> {
        let configured = configure(&file.text, &self.profile);
        let pruned = prune::prune(file, &configured.text, &self.sections)?;
        let mut text = pruned.text;
        let mut utility_names = pruned.utility_names;
        pickle::drop_pickle(&mut text);
        let mut memview =
            memview::drop_memoryview_utility(file, &mut text, &self.sections.memoryview);
        diags.append(&mut memview.diagnostics);
        memview::add_utility_names(
            &memview,
            &self.sections.memoryview.source,
            &mut utility_names,
        );
        let info = module::prepare(file, &mut text)?;
        let strings = constants::decode(file, &configured.text)?;
        let unprelude = text;
        let text = parse::apply_prelude(&unprelude, &self.prelude);
        let gaps = parse::prelude_gaps(&unprelude, &text, &self.prelude);
        let tree = parse::parse(&text)?;

        let rom_fields: HashSet<String> = strings.names.keys().cloned().collect();
        let mut rw = Rewriter::new(
            &text,
            &self.rules,
            &configured.constants,
            &rom_fields,
            &utility_names,
        );
        rw.gaps = &gaps;
        rw.macros = Some(&configured.macros);
        rw.collect_local_defs(&tree);
        for name in ["__pyx_m", "__pyx_mstate_global"] {
            rw.local_defs.insert(name.to_string());
        }

        for (s, e, t) in
            module::tree_replacements(&tree, &text, &info, &file.module_name, |snippet| {
                self.render_snippet(snippet, &configured.constants)
            })
        {
            rw.replace(s, e, t);
        }
        for (s, e, t) in module::slot_table_additions(&tree, &text) {
            rw.replace(s, e, t);
        }
        let object_structs = module::object_structs(&tree, &unprelude);
        for (s, e, t) in module::root_replacements(
            &tree,
            &text,
            &file.module_name,
            |ty| self.rules.pointer_type(ty).is_some(),
            &object_structs,
        ) {
            rw.replace(s, e, t);
        }
        for (s, e, t) in string_table_replacements(&tree, &text, &strings) {
            rw.replace(s, e, t);
        }

        // Syntax errors matter only in code that is translated, not in code replaced as a whole.
        let replaced: Vec<(usize, usize)> =
            rw.replacements.iter().map(|(s, (e, _))| (*s, *e)).collect();
        diags.extend(parse::syntax_errors(&tree).into_iter().filter(|d| {
            !replaced
                .iter()
                .any(|(s, e)| d.span.start >= *s && d.span.end <= *e)
        }));
        let body = rw.render_tree(&tree);
        diags.append(&mut rw.diags);
        stats.add(&rw.stats);

        let body = if body.contains(STRING_TABLE_MARK) {
            let used = strings.used_entries(&body);
            body.replacen(STRING_TABLE_MARK, &strings.rom_definition(&used), 1)
        } else {
            body
        };
        let mut out = module::prologue(
            &module_switches(&self.profile, &configured.constants),
            &file.module_name,
            &file.path,
            &file.cython_version_text,
            &body,
        );
        out.push_str(&parse::prelude_definitions(&self.prelude));
        out.push_str(&tidy(&body));
        out.push_str(&module::registration(&file.module_name, &info));
        Ok(out)
    }

    /// Translate a C snippet (a template, or a rule test's input) through the rules alone.
    pub fn render_snippet(&self, snippet: &str, constants: &HashMap<String, i64>) -> String {
        let wrapped = format!("void __cy2upy_snippet(void) {{\n{snippet}\n}}");
        let (out, _) = rewrite_c(&self.rules, &self.prelude, &wrapped, constants);
        let start = out.find("{\n").map(|i| i + 2).unwrap_or(0);
        let end = out.rfind("\n}").unwrap_or(out.len());
        out[start..end.max(start)].to_string()
    }
}

/// `#define`s of the per-module switches the runtime's macros read, as the file settles them:
/// those that are not 0 (the runtime's header defaults each to 0).
fn module_switches(profile: &Profile, constants: &HashMap<String, i64>) -> String {
    profile
        .module_switches
        .iter()
        .filter_map(|name| {
            let value = constants.get(name).copied().filter(|&v| v != 0)?;
            Some(format!(
                "#define cy_{} {value}\n",
                name.trim_start_matches('_')
            ))
        })
        .collect()
}

/// Apply the rules to a standalone piece of C (rule tests, templates).
pub fn rewrite_c(
    rules: &RuleSet,
    prelude: &Prelude,
    src: &str,
    constants: &HashMap<String, i64>,
) -> (String, Vec<Diagnostic>) {
    let text = parse::apply_prelude(src, prelude);
    let gaps = parse::prelude_gaps(src, &text, prelude);
    let tree = match parse::parse(&text) {
        Ok(t) => t,
        Err(d) => return (src.to_string(), vec![d]),
    };
    let rom = HashSet::new();
    let util = HashMap::new();
    let mut rw = Rewriter::new(&text, rules, constants, &rom, &util);
    rw.gaps = &gaps;
    rw.collect_local_defs(&tree);
    let out = rw.render_tree(&tree);
    let mut diags = parse::syntax_errors(&tree);
    diags.append(&mut rw.diags);
    (out, diags)
}

/// Where the ROM string table goes; filled in once the rendered code shows which entries it uses.
const STRING_TABLE_MARK: &str = "/*@cy2upy-string-table@*/\n";

/// The string table: the state struct's member goes, the ROM table is defined where Cython's
/// constant names are, the names point into it, and `__Pyx_InitConstants` stops building strings.
fn string_table_replacements(
    tree: &tree_sitter::Tree,
    src: &str,
    strings: &constants::StringTable,
) -> Vec<(usize, usize, String)> {
    let mut out = Vec::new();
    if strings.names.is_empty() && strings.entries.is_empty() {
        return out;
    }
    let mut first_define = true;
    // (node, its parent's kind): tree-sitter's `Node::parent` searches from the root each time.
    let mut stack = vec![(tree.root_node(), "")];
    while let Some((node, parent_kind)) = stack.pop() {
        match node.kind() {
            "field_declaration" if src[node.byte_range()].contains("__pyx_string_tab[") => {
                out.push((node.start_byte(), node.end_byte(), String::new()));
                continue;
            }
            "preproc_def" => {
                if let Some(name) = node.child_by_field_name("name") {
                    if let Some(def) = strings.define_for(&src[name.byte_range()]) {
                        let mut text = String::new();
                        if first_define {
                            text.push_str(STRING_TABLE_MARK);
                            first_define = false;
                        }
                        text.push_str(&def);
                        out.push((node.start_byte(), node.end_byte(), text));
                    }
                }
                continue;
            }
            "compound_statement" if parent_kind == "compound_statement" => {
                let t = &src[node.byte_range()];
                if t.contains("str_length_index[]") && t.contains("stringtab") {
                    out.push((node.start_byte(), node.end_byte(), String::new()));
                    continue;
                }
            }
            _ => {}
        }
        let mut c = node.walk();
        for child in node.children(&mut c) {
            stack.push((child, node.kind()));
        }
    }
    out
}

/// Strip trailing spaces and collapse the blank runs that pruning leaves.
fn tidy(s: &str) -> String {
    let mut out = String::with_capacity(s.len() / 2);
    let mut blank_run = 0;
    for line in s.lines() {
        let t = line.trim_end();
        if t.is_empty() {
            blank_run += 1;
            if blank_run > 1 {
                continue;
            }
        } else {
            blank_run = 0;
        }
        out.push_str(t);
        out.push('\n');
    }
    out
}
