//! Every rule's own input/expected tests, and the link between runtime rules and the runtime.

use cython2upy::rules::RuleSet;
use cython2upy::ruletest::run_tests;
use cython2upy::runtime_decls::runtime_decls;
use std::collections::HashSet;

#[test]
fn every_rule_passes_its_tests() {
    let set = RuleSet::builtin().expect("built-in rules load");
    let failures = run_tests(&set, None);
    assert!(
        failures.is_empty(),
        "{} rule test failures:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

#[test]
fn runtime_names_in_rules_are_declared_by_the_runtime() {
    let set = RuleSet::builtin().expect("built-in rules load");
    let declared: HashSet<String> = runtime_decls().into_iter().map(|d| d.name).collect();
    let mut missing = Vec::new();
    for r in &set.rules {
        // Every `cy_` name a fix writes, compared exactly with the headers' declarations.
        let fix = r.fix.as_bytes();
        let mut i = 0;
        while i < fix.len() {
            let word = |c: u8| c.is_ascii_alphanumeric() || c == b'_';
            if word(fix[i]) {
                let st = i;
                while i < fix.len() && word(fix[i]) {
                    i += 1;
                }
                let w = &r.fix[st..i];
                let after_meta = st > 0 && fix[st - 1] == b'$';
                if w.starts_with("cy_") && !after_meta && !declared.contains(w) {
                    missing.push(format!("{} -> {w}", r.id));
                }
            } else {
                i += 1;
            }
        }
    }
    assert!(
        missing.is_empty(),
        "rules whose runtime name the headers do not declare: {missing:?}"
    );
}

#[test]
fn the_existence_check_is_exact() {
    let declared: HashSet<String> = runtime_decls().into_iter().map(|d| d.name).collect();
    assert!(declared.contains("cy_PyDict_GetItem"));
    assert!(!declared.contains("cy_PyDict_Get"));
}

#[test]
fn header_rules_show_the_prototype_arity_and_comment() {
    let set = RuleSet::builtin().expect("built-in rules load");
    let r = set.get("PyLong_FromLong").expect("a header rule");
    assert_eq!(r.fix, "cy_PyLong_FromLong");
    assert!(
        r.origin.starts_with("runtime/include/cy2upy.h:"),
        "{}",
        r.origin
    );
    assert!(
        r.tests[0].input.contains("PyLong_FromLong(a)"),
        "{}",
        r.tests[0].input
    );
    let r = set.get("PyErr_Occurred").expect("a header rule");
    assert!(r.doc.contains("pending exception"), "{}", r.doc);
    assert!(r.tests[0].input.contains("PyErr_Occurred()"));
}

#[test]
fn module_templates_translate_without_diagnostics() {
    use cython2upy::parse::Prelude;
    use cython2upy::pipeline::rewrite_c;
    let set = RuleSet::builtin().expect("built-in rules load");
    let snippet = format!(
        "int f(void) {{ int stringtab_initialized = 0; int __pyx_clineno = 0, __pyx_lineno = 0; const char *__pyx_filename = 0;\n{}\n}}",
        cython2upy::module::EXEC_EPILOGUE.replace("@MODULE@", "m")
    );
    let (out, diags) = rewrite_c(&set, &Prelude::builtin(), &snippet, &Default::default());
    assert!(
        diags.is_empty(),
        "{:?}",
        diags.iter().map(|d| &d.message).collect::<Vec<_>>()
    );
    assert!(!out.contains("__Pyx_"), "{out}");
}
