//! A user's rules (`--rules DIR`) under the policy of docs/rules.md: the worked example of
//! examples/user-rules runs; patterns match the source as written, literal arguments included;
//! arguments are rendered once; shadowing a built-in rule needs `overrides`, for identifiers and
//! calls alike; user rule ids are CY9000-CY9999.

use cython2upy::parse::Prelude;
use cython2upy::pipeline::rewrite_c;
use cython2upy::rules::{squash, RuleSet};
use cython2upy::ruletest::run_tests;
use std::path::Path;

fn with_user(text: &str) -> Result<RuleSet, String> {
    let mut set = RuleSet::builtin().expect("built-in rules load");
    set.add_file("user.toml", text).map_err(|e| e.to_string())?;
    Ok(set)
}

fn rewrite(set: &RuleSet, src: &str) -> (String, Vec<String>) {
    let (out, diags) = rewrite_c(set, &Prelude::builtin(), src, &Default::default());
    (squash(&out), diags.into_iter().map(|d| d.code).collect())
}

const TESTS: &str =
    r#"tests = [{ input = "int f(void) { return 1; }", expected = "int f(void) { return 1; }" }]"#;

#[test]
fn the_worked_example_passes_its_tests() {
    let mut set = RuleSet::builtin().expect("built-in rules load");
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/user-rules");
    let n = set.add_dir(&dir).expect("the example loads");
    assert_eq!(n, 2);
    let ids = vec!["CY9001".to_string(), "CY9002".to_string()];
    let failures = run_tests(&set, Some(&ids));
    assert!(failures.is_empty(), "{}", failures.join("\n"));
    // The override takes the TypeError calls only; the built-in rule keeps the rest.
    let (out, diags) = rewrite(
        &set,
        r#"void f(void) { PyErr_SetString(PyExc_TypeError, "t"); PyErr_SetString(PyExc_KeyError, "k"); }"#,
    );
    assert!(diags.is_empty(), "{diags:?}");
    assert!(
        out.contains(&squash(r#"cy_err_set_msg(&mp_type_TypeError, "t")"#)),
        "{out}"
    );
    assert!(
        out.contains(&squash(
            r#"cy_PyErr_SetString(MP_OBJ_FROM_PTR(&mp_type_KeyError), "k")"#
        )),
        "{out}"
    );
}

#[test]
fn shadowing_a_builtin_call_needs_overrides_naming_it() {
    let rule = format!(
        "[[rule]]\nid = \"CY9100\"\nname = \"my-long\"\npattern = \"PyLong_FromLong($X)\"\naction = \"rewrite\"\nfix = \"mp_obj_new_int($X)\"\n{TESTS}\n"
    );
    let e = with_user(&rule).expect_err("refused");
    assert!(
        e.contains("PyLong_FromLong") && e.contains("overrides"),
        "{e}"
    );
    let set = with_user(&rule.replace("action", "overrides = \"PyLong_FromLong\"\naction"))
        .expect("loads with overrides");
    let (out, _) = rewrite(&set, "void f(void) { x = PyLong_FromLong(3); }");
    assert_eq!(out, squash("void f(void) { x = mp_obj_new_int(3); }"));
}

#[test]
fn shadowing_a_builtin_identifier_follows_the_same_policy() {
    let rule = format!(
        "[[rule]]\nid = \"CY9101\"\nname = \"my-none\"\npattern = \"Py_None\"\naction = \"rewrite\"\nfix = \"MP_ROM_NONE\"\n{TESTS}\n"
    );
    let e = with_user(&rule).expect_err("refused");
    assert!(e.contains("CY065") && e.contains("overrides"), "{e}");
    let wrong = with_user(&rule.replace("action", "overrides = \"CY066\"\naction"))
        .expect_err("names the wrong rule");
    assert!(wrong.contains("CY065"), "{wrong}");
    let set = with_user(&rule.replace("action", "overrides = \"CY065\"\naction"))
        .expect("loads with overrides");
    let (out, _) = rewrite(&set, "void f(void) { x = Py_None; }");
    assert_eq!(out, squash("void f(void) { x = MP_ROM_NONE; }"));
}

#[test]
fn user_rule_ids_are_reserved() {
    let rule = format!(
        "[[rule]]\nid = \"CY500\"\nname = \"x\"\npattern = \"my_helper\"\naction = \"rewrite\"\nfix = \"helper\"\n{TESTS}\n"
    );
    let e = with_user(&rule).expect_err("refused");
    assert!(e.contains("CY9000-CY9999"), "{e}");
    assert!(with_user(&rule.replace("CY500", "CY9500")).is_ok());
    // and no built-in rule uses the range
    let set = RuleSet::builtin().expect("built-in rules load");
    assert!(!set
        .rules
        .iter()
        .any(|r| r.id.starts_with("CY9") && r.id.len() == 6));
}

#[test]
fn overrides_of_nothing_is_an_error() {
    let rule = format!(
        "[[rule]]\nid = \"CY9102\"\nname = \"x\"\npattern = \"my_helper\"\naction = \"rewrite\"\nfix = \"helper\"\noverrides = \"CY065\"\n{TESTS}\n"
    );
    let e = with_user(&rule).expect_err("refused");
    assert!(e.contains("no built-in rule"), "{e}");
}

#[test]
fn arguments_are_rendered_once_when_no_call_rule_matches() {
    // A call rule whose literal does not fit: the call is rendered as it is, and the rejected
    // name in its argument is reported once.
    let rule = format!(
        "[[rule]]\nid = \"CY9103\"\nname = \"x\"\npattern = \"my_call(1)\"\naction = \"rewrite\"\nfix = \"one()\"\n{TESTS}\n"
    );
    let set = with_user(&rule).expect("loads");
    let (out, diags) = rewrite(
        &set,
        "void f(void) { x = my_call(Py_am_await); y = my_call(1); }",
    );
    assert_eq!(
        diags.iter().filter(|c| *c == "CY1084").count(),
        1,
        "{diags:?}"
    );
    assert!(out.contains(&squash("y = one();")), "{out}");
}
