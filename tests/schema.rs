//! The rule file format's JSON Schema (rules/schema.json, printed by `cython2upy rules schema`)
//! against every built-in rule file and the user-rule example of docs/rules.md. The checker below
//! knows the schema keywords rules/schema.json uses and fails on any other, so it cannot pass a
//! file by ignoring part of the schema.

use serde_json::Value as Json;
use std::path::Path;
use toml::Value as Toml;

fn schema() -> Json {
    serde_json::from_str(cython2upy::rules::SCHEMA).expect("rules/schema.json is JSON")
}

fn resolve<'a>(root: &'a Json, s: &'a Json) -> &'a Json {
    match s.get("$ref").and_then(Json::as_str) {
        Some(r) => {
            let name = r.strip_prefix("#/$defs/").expect("local $ref");
            resolve(root, &root["$defs"][name])
        }
        None => s,
    }
}

/// The two patterns the schema uses, without a regex engine.
fn matches_pattern(pattern: &str, s: &str) -> bool {
    match pattern {
        "^CY[0-9]{3,4}$" => s
            .strip_prefix("CY")
            .is_some_and(|d| (3..=4).contains(&d.len()) && d.chars().all(|c| c.is_ascii_digit())),
        "^[a-z0-9-]+$" => {
            !s.is_empty()
                && s.chars()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
        }
        other => panic!("the checker does not know the pattern {other}"),
    }
}

fn check(root: &Json, schema: &Json, v: &Toml, at: &str, errors: &mut Vec<String>) {
    let schema = resolve(root, schema);
    let obj = schema.as_object().expect("schema object");
    for (key, want) in obj {
        match key.as_str() {
            "$schema" | "$id" | "title" | "description" | "$defs" | "$ref" => {}
            "type" => {
                let ok = match want.as_str() {
                    Some("object") => v.is_table(),
                    Some("array") => v.is_array(),
                    Some("string") => v.is_str(),
                    other => panic!("type {other:?}"),
                };
                if !ok {
                    errors.push(format!("{at}: not of type {want}"));
                    return;
                }
            }
            "enum" => {
                let allowed = want.as_array().expect("enum list");
                if !allowed.iter().any(|a| a.as_str() == v.as_str()) {
                    errors.push(format!("{at}: {v} is not one of {want}"));
                }
            }
            "pattern" => {
                let p = want.as_str().expect("pattern");
                if let Some(s) = v.as_str() {
                    if !matches_pattern(p, s) {
                        errors.push(format!("{at}: `{s}` does not match {p}"));
                    }
                }
            }
            "minLength" => {
                if v.as_str()
                    .is_some_and(|s| (s.len() as u64) < want.as_u64().unwrap_or(0))
                {
                    errors.push(format!("{at}: shorter than {want}"));
                }
            }
            "minItems" => {
                if v.as_array()
                    .is_some_and(|a| (a.len() as u64) < want.as_u64().unwrap_or(0))
                {
                    errors.push(format!("{at}: fewer than {want} items"));
                }
            }
            "required" => {
                for r in want.as_array().expect("required list") {
                    let r = r.as_str().expect("name");
                    if v.get(r).is_none() {
                        errors.push(format!("{at}: `{r}` is required"));
                    }
                }
            }
            "properties" => {
                if let Some(t) = v.as_table() {
                    for (k, val) in t {
                        if let Some(s) = want.get(k) {
                            check(root, s, val, &format!("{at}.{k}"), errors);
                        }
                    }
                }
            }
            "additionalProperties" => {
                assert_eq!(want, &Json::Bool(false), "only `false` is supported");
                let props = obj.get("properties").and_then(Json::as_object);
                if let Some(t) = v.as_table() {
                    for k in t.keys() {
                        if !props.is_some_and(|p| p.contains_key(k)) {
                            errors.push(format!("{at}: unknown key `{k}`"));
                        }
                    }
                }
            }
            "items" => {
                if let Some(a) = v.as_array() {
                    for (i, item) in a.iter().enumerate() {
                        check(root, want, item, &format!("{at}[{i}]"), errors);
                    }
                }
            }
            other => panic!("the checker does not know the schema keyword {other}"),
        }
    }
}

fn validate(text: &str) -> Vec<String> {
    let root = schema();
    let v: Toml = toml::from_str(text).expect("TOML");
    let mut errors = Vec::new();
    check(&root, &root, &v, "$", &mut errors);
    errors
}

fn toml_files(dir: &Path) -> Vec<std::path::PathBuf> {
    let mut out = Vec::new();
    for e in std::fs::read_dir(dir).expect("dir").flatten() {
        let p = e.path();
        if p.is_dir() {
            out.extend(toml_files(&p));
        } else if p.extension().is_some_and(|x| x == "toml") {
            out.push(p);
        }
    }
    out
}

#[test]
fn every_builtin_rule_file_and_the_example_fit_the_schema() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files = toml_files(&root.join("rules/core"));
    files.extend(toml_files(&root.join("rules/api")));
    files.extend(toml_files(&root.join("examples/user-rules")));
    assert!(files.len() > 5);
    let mut errors = Vec::new();
    for f in files {
        let text = std::fs::read_to_string(&f).expect("read");
        for e in validate(&text) {
            errors.push(format!("{}: {e}", f.display()));
        }
    }
    assert!(errors.is_empty(), "{}", errors.join("\n"));
}

#[test]
fn the_schema_refuses_what_the_loader_refuses() {
    let bad_key = "[[rule]]\nid = \"CY9001\"\nname = \"x\"\npattern = \"f\"\naction = \"delete\"\ncolour = \"red\"\ntests = [{ input = \"a\", expected = \"b\" }]\n";
    assert!(validate(bad_key).iter().any(|e| e.contains("colour")));
    let bad_action = bad_key
        .replace("colour = \"red\"\n", "")
        .replace("delete", "remove");
    assert!(validate(&bad_action).iter().any(|e| e.contains("remove")));
    let no_tests = "[[rule]]\nid = \"CY90\"\nname = \"x\"\npattern = \"f\"\naction = \"delete\"\n";
    let e = validate(no_tests);
    assert!(e.iter().any(|e| e.contains("tests")) && e.iter().any(|e| e.contains("CY90")));
}

#[test]
fn the_cli_prints_the_checked_in_schema() {
    let o = std::process::Command::new(env!("CARGO_BIN_EXE_cython2upy"))
        .args(["rules", "schema"])
        .output()
        .expect("runs");
    assert_eq!(o.status.code(), Some(0));
    let printed: Json = serde_json::from_slice(&o.stdout).expect("JSON");
    let file =
        std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("rules/schema.json"))
            .expect("rules/schema.json");
    assert_eq!(printed, serde_json::from_str::<Json>(&file).expect("JSON"));
}
