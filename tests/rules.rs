//! Every rule's own input/expected tests, and the link between runtime rules and the runtime.

use cython2upy::rules::{Action, RuleSet};
use cython2upy::ruletest::run_tests;

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
fn runtime_rules_name_functions_the_runtime_declares() {
    let set = RuleSet::builtin().expect("built-in rules load");
    // cy2upy.h and the headers it includes.
    let header = [
        include_str!("../runtime/include/cy2upy.h"),
        include_str!("../runtime/include/cy2upy_types.h"),
    ]
    .concat();
    let mut missing = Vec::new();
    for r in set.rules.iter().filter(|r| r.action == Action::Runtime) {
        let target: String = r
            .fix
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
            .collect();
        if !target.is_empty() && !header.contains(&target) {
            missing.push(format!("{} -> {}", r.id, target));
        }
    }
    assert!(
        missing.is_empty(),
        "runtime rules whose target cy2upy.h does not declare: {missing:?}"
    );
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
