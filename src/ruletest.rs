//! Rule tests: every rule carries input/expected pairs; this runs them through the rewrite stage
//! with the whole rule set loaded and compares whitespace-insensitively. A reject rule's test
//! expects the input unchanged and the rule's own diagnostic.

use crate::parse::Prelude;
use crate::pipeline::rewrite_c;
use crate::rules::{squash, Action, RuleSet};
use std::collections::HashMap;

/// Run the tests of the rules named in `only` (all rules when `None`); returns the failures.
pub fn run_tests(set: &RuleSet, only: Option<&[String]>) -> Vec<String> {
    let prelude = Prelude::builtin();
    let constants = HashMap::new();
    let mut failures = Vec::new();
    for rule in &set.rules {
        if only.is_some_and(|ids| !ids.contains(&rule.id)) {
            continue;
        }
        for (i, t) in rule.tests.iter().enumerate() {
            let (out, diags) = rewrite_c(set, &prelude, &t.input, &constants);
            if squash(&out) != squash(&t.expected) {
                failures.push(format!(
                    "{} ({}) test {}: expected\n    {}\n  got\n    {}",
                    rule.id,
                    rule.name,
                    i + 1,
                    squash(&t.expected),
                    squash(&out)
                ));
            } else if rule.action == Action::Reject && !diags.iter().any(|d| d.code == rule.id) {
                failures.push(format!(
                    "{} ({}) test {}: the input was not rejected",
                    rule.id,
                    rule.name,
                    i + 1
                ));
            } else if let Some(d) = diags
                .iter()
                .find(|d| d.is_error() && !(rule.action == Action::Reject && d.code == rule.id))
            {
                failures.push(format!(
                    "{} ({}) test {}: {}",
                    rule.id,
                    rule.name,
                    i + 1,
                    d.message
                ));
            }
        }
    }
    failures
}
