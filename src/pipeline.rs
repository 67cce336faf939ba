//! The pipeline: load → configure → prune → module/constants preparation → parse → rewrite →
//! assemble. Each stage is its own module; this file only runs them in order (a large text is
//! configured while it loads) and gathers their diagnostics.

use crate::args;
use crate::configure::{configure, Configured};
use crate::constants;
use crate::defs;
use crate::diag::{Diagnostic, Stats};
use crate::forin;
use crate::lifecycle;
use crate::load::{self, LoadedFile};
use crate::members;
use crate::memview;
use crate::module;
use crate::numbers;
use crate::parse::{self, Prelude};
use crate::pickle;
use crate::profile::Profile;
use crate::prune::{self, SectionPolicy};
use crate::rewrite::{RewriteConfig, Rewriter};
use crate::rules::RuleSet;
use crate::traceback;
use crate::tuples;
use std::collections::HashMap;

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
        // A large text is configured while a second thread loads it (both only read it). The
        // configuration is used only when the text loads: a text that does not load fails as it
        // did when it was never configured, even should configuring it panic.
        let (read, configured) = if text.len() >= load::THREAD_MIN {
            std::thread::scope(|s| {
                let t: &str = &text;
                let reading = s.spawn(move || load::read(t));
                let configured = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
                    configure(t, &self.profile)
                }));
                let read = reading
                    .join()
                    .unwrap_or_else(|panic| std::panic::resume_unwind(panic));
                (read, Some(configured))
            })
        } else {
            (load::read(&text), None)
        };
        let file = match read {
            Ok(r) => r.with_text(path, text),
            Err(diagnostic) => return Err(LoadFailure { diagnostic }),
        };
        let configured = match configured {
            Some(c) => c.unwrap_or_else(|panic| std::panic::resume_unwind(panic)),
            None => configure(&file.text, &self.profile),
        };
        let mut diagnostics = Vec::new();
        let mut stats = Stats::default();
        let rendered = match self.run(&file, configured, &mut diagnostics, &mut stats) {
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
        configured: Configured,
        diags: &mut Vec<Diagnostic>,
        stats: &mut Stats,
    ) -> Result<String, Diagnostic> {
        let pruned = prune::prune(file, &configured.text, &self.sections)?;
        let mut text = pruned.text;
        let mut utility_names = pruned.utility_names;
        let mut string_uses = pickle::StringConstantUses::default();
        pickle::drop_pickle(&mut text, &mut string_uses);
        numbers::small_int_constants(&mut text);
        // Blanks no string constant (`__pyx_k_*`), so the counts above stay true.
        pickle::drop_unused_cached_constants(&mut text);
        let mut memview = memview::drop_memoryview_utility(
            file,
            &mut text,
            &self.sections.memoryview,
            &|name| self.rules.has_call(name) || self.rules.ident(name).is_some(),
            &mut string_uses,
        );
        diags.append(&mut memview.diagnostics);
        memview::add_utility_names(
            &memview,
            &self.sections.memoryview.source,
            &mut utility_names,
        );
        let mut strings = constants::decode(file, &configured.text)?;
        // Needs the string table's names, and small ints already immediates (numbers stage).
        if let Some(sec) = file
            .section("cached_constants")
            .filter(|_| !strings.names.is_empty())
        {
            // Only names of decoded entries (a damaged table can name more).
            strings.rom_tuples = tuples::rom_tuples(&mut text, sec.range.clone(), &|name| {
                let i = *strings.names.get(name)?;
                (i < strings.entries.len()).then_some(i)
            });
        }
        let rom_fields = strings.rom_fields();
        args::table_driven_args(&mut text, &rom_fields);
        defs::table_driven_defs(&mut text, &rom_fields);
        members::member_descriptors(&mut text);
        members::const_getset_tables(&mut text);
        lifecycle::run(&mut text);
        forin::for_in_loops(&mut text);
        let tracebacks = traceback::one_file_tracebacks(&mut text, &file.module_name);
        let info = module::prepare(file, &mut text, &self.sections.module)?;
        let unprelude = text;
        let (text, gaps) = parse::apply_prelude_with_gaps(&unprelude, &self.prelude);
        let tree = parse::parse(&text)?;

        // The structural replacements of the module and constants stages, in this order (a later
        // one at the same place wins). The constants stage's search of the tree shares its walk
        // with the rewriter's collection of defined names; a large file's second tree is walked
        // on a second thread, beside the module stage's replacements and the first tree's walk.
        let (mut replacements, walk) = std::thread::scope(|s| {
            let later = s.spawn(|| strings.walk(tree.roots().skip(1), &text));
            let replacements =
                self.module_replacements(&tree, &text, &info, file, &configured.constants);
            let mut walk = strings.walk(tree.roots().take(1), &text);
            match later.join() {
                Ok(later) => {
                    walk.extend(later);
                    (replacements, walk)
                }
                Err(panic) => std::panic::resume_unwind(panic),
            }
        });
        replacements.extend(walk.replacements());
        replacements.extend(tracebacks.replacement(&text));
        let defined = walk.defined;

        let mut rw = Rewriter::new(
            &text,
            &tree,
            RewriteConfig {
                rules: &self.rules,
                gaps: &gaps,
                constants: &configured.constants,
                rom_fields: strings.rom_fields(),
                utility_names,
                macros: Some(&configured.macros),
                defined_elsewhere: module::prologue_defines(),
                replacements,
                defined: Some(defined),
            },
        );
        let replaced: Vec<(usize, usize)> = rw.replaced_ranges().collect();
        diags.extend(parse::syntax_errors_outside(&tree, &replaced));
        let rendered = rw.render_tree(&tree);
        diags.append(&mut rw.diags);
        stats.add(&rw.stats);

        // A large file's trees take a while to free: a second thread does it meanwhile.
        Ok(std::thread::scope(|s| {
            s.spawn(move || drop(tree));
            let body = strings.fill(rendered);
            module::assemble(
                file,
                &info,
                &module::switches(&self.profile, &configured.constants),
                &parse::prelude_definitions(&self.prelude),
                &body,
            )
        }))
    }

    /// The structural replacements of the module stage.
    fn module_replacements(
        &self,
        tree: &parse::Syntax,
        text: &str,
        info: &module::ModuleInfo,
        file: &LoadedFile,
        constants: &HashMap<String, i64>,
    ) -> Vec<(usize, usize, String)> {
        let layout = &self.sections.module;
        let mut replacements =
            module::tree_replacements(tree, text, info, &file.module_name, layout, |snippet| {
                self.render_snippet(snippet, constants)
            });
        replacements.extend(module::slot_table_additions(tree, text, layout));
        let object_structs = module::object_structs(tree, text, layout);
        replacements.extend(module::root_replacements(
            tree,
            text,
            &file.module_name,
            |ty| self.rules.pointer_type(ty).is_some(),
            &object_structs,
            &self.sections.memoryview.slice_type,
        ));
        replacements
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
    let mut rw = Rewriter::new(
        &text,
        &tree,
        RewriteConfig::standalone(rules, &gaps, constants),
    );
    let out = rw.render_tree(&tree);
    let mut diags = parse::syntax_errors(&tree);
    diags.append(&mut rw.diags);
    (out, diags)
}
