//! The target profile (`rules/profile.toml`): the macros the configure stage treats as known.

use serde::Deserialize;
use std::collections::BTreeMap;

#[derive(Debug, Clone, Deserialize)]
pub struct Profile {
    pub name: String,
    pub defines: BTreeMap<String, String>,
    pub undefined: Undefined,
    /// Cython's per-module switches the runtime's macros read (`cy_` + the name in the output).
    #[serde(default)]
    pub module_switches: Vec<String>,
}

#[derive(Debug, Clone, Deserialize)]
pub struct Undefined {
    pub names: Vec<String>,
    pub closed_prefixes: Vec<String>,
}

pub const BUILTIN_PROFILE: &str = include_str!("../rules/profile.toml");

impl Profile {
    pub fn builtin() -> Profile {
        // The built-in profile is part of the binary and covered by tests.
        toml::from_str(BUILTIN_PROFILE).expect("rules/profile.toml is valid")
    }
}
