//! The rule-file model: what one `[[rule]]` of a TOML rule file holds. Shared by the library and
//! by build.rs, which reads the built-in rule files at build time.

use serde::Deserialize;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Action {
    Rewrite,
    Runtime,
    Delete,
    Reject,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RuleTest {
    pub input: String,
    pub expected: String,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawRule {
    pub id: String,
    pub name: String,
    pub pattern: String,
    pub action: Action,
    #[serde(default)]
    pub fix: Option<String>,
    #[serde(default)]
    pub message: Option<String>,
    #[serde(default)]
    pub doc: Option<String>,
    /// For a user's rule: the id of the built-in rule it replaces (docs/rules.md).
    #[serde(default)]
    pub overrides: Option<String>,
    #[serde(default)]
    pub tests: Vec<RuleTest>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RuleFile {
    #[serde(default)]
    pub rule: Vec<RawRule>,
}

impl Action {
    /// The Rust expression for this action (used by build.rs to embed rules).
    pub fn path(self) -> &'static str {
        match self {
            Action::Rewrite => "Action::Rewrite",
            Action::Runtime => "Action::Runtime",
            Action::Delete => "Action::Delete",
            Action::Reject => "Action::Reject",
        }
    }
}
