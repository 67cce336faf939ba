//! The translator's slot groups (`module::SLOT_GROUPS`) against the runtime's dispatchers: each
//! `cy_ext_*` dispatcher of runtime/c must read exactly the CPython slots its group lists, so a
//! type whose table fills one of them gets the dispatcher that serves it, and no slot is listed
//! that no dispatcher reads.

use cython2upy::module::SLOT_GROUPS;
use std::collections::{BTreeMap, BTreeSet};

/// Top-level definitions of the runtime's C files (functions and initialised objects), name to
/// text: from the line that names them at column 0 to the closing brace at column 0.
fn definitions() -> BTreeMap<String, String> {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("runtime/c");
    let mut defs = BTreeMap::new();
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .expect("runtime/c")
        .map(|e| e.expect("entry").path())
        .filter(|p| p.extension().is_some_and(|x| x == "c"))
        .collect();
    files.sort();
    for path in files {
        let text = std::fs::read_to_string(&path).expect("readable");
        let mut current: Option<(String, String)> = None;
        for line in text.lines() {
            if let Some((_, body)) = current.as_mut() {
                body.push_str(line);
                body.push('\n');
                if line.starts_with('}') {
                    let (name, body) = current.take().expect("set");
                    defs.insert(name, body);
                }
                continue;
            }
            let starts_definition = !line.starts_with([' ', '\t', '#', '/', '}'])
                && (line.ends_with(") {") || line.ends_with("= {"));
            if !starts_definition {
                continue;
            }
            let head = line.split(['(', '=']).next().unwrap_or("");
            let name = head
                .trim()
                .rsplit([' ', '*'])
                .next()
                .unwrap_or("")
                .to_string();
            if !name.is_empty() {
                current = Some((name, String::new()));
            }
        }
    }
    defs
}

fn identifiers(text: &str) -> impl Iterator<Item = &str> {
    text.split(|c: char| !(c.is_ascii_alphanumeric() || c == '_'))
        .filter(|w| !w.is_empty())
}

/// The CPython slots (`cy_Py_tp_*`, `cy_Py_nb_*`, ...) a definition reads, through the runtime
/// functions it calls.
fn slots_read(root: &str, defs: &BTreeMap<String, String>) -> BTreeSet<String> {
    let mut seen = BTreeSet::new();
    let mut todo = vec![root.to_string()];
    let mut slots = BTreeSet::new();
    while let Some(name) = todo.pop() {
        if !seen.insert(name.clone()) {
            continue;
        }
        let Some(body) = defs.get(&name) else {
            continue;
        };
        for id in identifiers(body) {
            if let Some(slot) = id.strip_prefix("cy_") {
                let kind = slot.strip_prefix("Py_").unwrap_or("");
                if ["tp_", "nb_", "mp_", "sq_", "am_", "bf_"]
                    .iter()
                    .any(|p| kind.starts_with(p))
                {
                    slots.insert(slot.to_string());
                }
            }
            // Helpers it calls: everything but the slot lookup itself and the error helpers.
            if defs.contains_key(id) && id != name && !id.starts_with("cy_Py") {
                todo.push(id.to_string());
            }
        }
    }
    slots
}

#[test]
fn every_dispatcher_reads_exactly_its_groups_slots() {
    let defs = definitions();
    for (pseudo, dispatcher, listed) in SLOT_GROUPS {
        let name = dispatcher.trim_start_matches('&');
        assert!(
            defs.contains_key(name),
            "{name} is not defined in runtime/c"
        );
        let read = slots_read(name, &defs);
        let listed: BTreeSet<String> = listed.iter().map(|s| s.to_string()).collect();
        assert_eq!(
            read, listed,
            "{pseudo}: {name} reads other CPython slots than src/module.rs lists for it"
        );
    }
}
