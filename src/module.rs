//! Module: turn Cython's module machinery into a MicroPython built-in module.
//!
//! - PEP 489 module creation (`PyModuleDef`, slots, `PyInit_*`, `__pyx_pymod_create`) is dropped.
//! - The module-exec function stays: its prologue keeps only Cython's own init calls (constants,
//!   cached builtins, type init, ...), its body (the module's top-level statements) is translated
//!   like any other code, and its error epilogue comes from `rules/templates/exec_epilogue.c`.
//! - Cython's module state struct is allocated on the GC heap at import and kept behind a root
//!   pointer; `__pyx_mstate_global` and `__pyx_m` are redefined to reach it.
//! - The registration code (`rules/templates/registration.c`) gives the module an `__init__` that
//!   runs the exec function once, and attribute delegation to the module's RAM dict.

use crate::diag::{Code, Diagnostic};
use crate::load::LoadedFile;
use crate::parse::kind;
use crate::parse::Syntax;
use crate::profile::Profile;
use serde::Deserialize;
use std::collections::HashMap;
use tree_sitter::Node;

pub const PROLOGUE: &str = include_str!("../rules/templates/prologue.c");
pub const EXEC_EPILOGUE: &str = include_str!("../rules/templates/exec_epilogue.c");
pub const REGISTRATION: &str = include_str!("../rules/templates/registration.c");

/// How Cython lays out its module init code: `[module]` in `rules/sections.toml`, where each key
/// is described.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ModuleLayout {
    pub exec_prefix: String,
    pub exec_parameter: String,
    pub creation: Vec<String>,
    pub doc_comment: String,
    pub doc_prefix: String,
    pub creation_marker: String,
    pub execution_marker: String,
    pub reinit_check: String,
    pub keep_lines: Vec<String>,
    pub keep_calls: Vec<String>,
    pub state_typedef_end: String,
    pub stubbed_functions: Vec<String>,
    pub error_label: String,
    pub vectorcall_prefix: String,
    pub slots_prefix: String,
    pub slots_suffix: String,
    /// A cdef class's instance struct is `struct <instance_prefix><T>`.
    pub instance_prefix: String,
    /// CPython's instance structs of the built-in types a cdef class can derive from
    /// (`cdef class L(list)`: its struct starts with a `PyListObject`); the runtime's headers
    /// define each as the instance part of a class with a native base.
    pub builtin_bases: Vec<String>,
}

#[derive(Debug, Clone)]
pub struct ModuleInfo {
    /// The C name of Cython's module-exec function.
    pub exec_name: String,
    /// The C name of the docstring constant (`__pyx_k_...`), if the module has one.
    pub doc_name: Option<String>,
}

/// A C identifier that names this module in generated symbols (`pkg.mod` -> `pkg__mod`).
pub fn c_id(module_name: &str) -> String {
    module_name.replace('.', "__")
}

/// Text-level work before parsing; everything is blanking, so offsets stay those of the input.
pub fn prepare(
    file: &LoadedFile,
    text: &mut String,
    layout: &ModuleLayout,
) -> Result<ModuleInfo, Diagnostic> {
    let sec = file
        .section("init_module")
        .ok_or_else(|| {
            Diagnostic::error(
                Code::Module,
                "missing Cython code section `init_module`",
                0..0,
            )
        })?
        .clone();
    let body = text[sec.range.clone()].to_string();
    let base = sec.range.start;

    // The exec function's definition line.
    let mut exec_line: Option<(usize, String)> = None;
    let mut machinery_start: Option<usize> = None;
    let mut pos = base;
    for line in body.split_inclusive('\n') {
        let t = line.trim_end();
        if exec_line.is_none() {
            if let Some(i) = t.find(layout.exec_prefix.as_str()) {
                let name: String = t[i..]
                    .chars()
                    .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
                    .collect();
                if t.contains(layout.exec_parameter.as_str()) && !t.ends_with(';') {
                    exec_line = Some((pos, name));
                } else if machinery_start.is_none() {
                    machinery_start = Some(pos);
                }
            }
            if machinery_start.is_none() && layout.creation.iter().any(|c| t.contains(c.as_str())) {
                machinery_start = Some(pos);
            }
        }
        pos += line.len();
    }
    let Some((exec_at, exec_name)) = exec_line else {
        return Err(Diagnostic::error(
            Code::Module,
            format!(
                "cannot find Cython's module-exec function (`{}*`); only multi-phase init is supported",
                layout.exec_prefix
            ),
            sec.range.clone(),
        ));
    };
    let doc_name = find_doc_name(&body, layout);
    if let Some(m) = machinery_start {
        if m < exec_at {
            blank(text, m, exec_at);
        }
    }

    // The exec prologue: keep Cython's own init calls, drop CPython module creation.
    let after = &text[exec_at..sec.range.end];
    let create = after.find(layout.creation_marker.as_str());
    let exec_code = after.find(layout.execution_marker.as_str());
    let (Some(create), Some(exec_code)) = (create, exec_code) else {
        return Err(Diagnostic::error(
            Code::Module,
            "the module-exec function lacks Cython's `Module creation code`/`Execution code` markers",
            exec_at..exec_at + 1,
        ));
    };
    // Start at the PEP 489 re-initialisation check before the creation marker, if there is one.
    let pre = &after[..create];
    let start = pre
        .rfind(layout.reinit_check.as_str())
        .map(|i| line_start(after, i))
        .unwrap_or(create);
    let region = (exec_at + start, exec_at + exec_code);
    let mut edits = Vec::new();
    let mut p = region.0;
    // Parentheses still open in a kept call's statement: its next lines are kept too (the import
    // of a built-in base type spans several).
    let mut open = 0i32;
    for line in text[region.0..region.1].split_inclusive('\n') {
        let t = line.trim();
        let call = layout.keep_calls.iter().any(|c| t.contains(c.as_str()));
        let keep = open > 0 || call || layout.keep_lines.iter().any(|k| t == k);
        if keep && (open > 0 || call) {
            open += line.matches('(').count() as i32 - line.matches(')').count() as i32;
            open = open.max(0);
        }
        if !keep {
            edits.push((p, p + line.len()));
        }
        p += line.len();
    }
    for (s, e) in edits {
        blank(text, s, e);
    }

    // After the state struct's typedef: Cython's static state instance and its accessors.
    if let Some(sec) = file.section("module_state_end") {
        let s = &text[sec.body_start..sec.range.end];
        if let Some(i) = s.find(layout.state_typedef_end.as_str()) {
            let from = sec.body_start + i + layout.state_typedef_end.len();
            blank(text, from, sec.range.end);
        }
    }
    Ok(ModuleInfo {
        exec_name,
        doc_name,
    })
}

fn find_doc_name(body: &str, layout: &ModuleLayout) -> Option<String> {
    let i = body.find(layout.doc_comment.as_str())?;
    let before = body[..i].trim_end().trim_end_matches(',').trim_end();
    let name = crate::parse::trailing_ident(before);
    if name.starts_with(layout.doc_prefix.as_str()) {
        Some(name.to_string())
    } else {
        None
    }
}

fn line_start(s: &str, i: usize) -> usize {
    s[..i].rfind('\n').map(|n| n + 1).unwrap_or(0)
}

/// `load::blank` on a String; the ranges here are whole lines, so the text stays UTF-8.
fn blank(text: &mut String, start: usize, end: usize) {
    crate::load::blank_ranges_str(text, &[(start, end)]);
}

/// Structural replacements in the parsed tree: stubbed init functions and the exec epilogue.
/// `render_snippet` translates template C through the rules.
pub fn tree_replacements(
    tree: &Syntax,
    src: &str,
    info: &ModuleInfo,
    module_name: &str,
    layout: &ModuleLayout,
    mut render_snippet: impl FnMut(&str) -> String,
) -> Vec<(usize, usize, String)> {
    let mut out = Vec::new();
    for node in tree.top_level() {
        if kind(node) != "function_definition" {
            continue;
        }
        let Some(name) = function_name(node, src) else {
            continue;
        };
        let Some(body) = node.child_by_field_name("body") else {
            continue;
        };
        if layout.stubbed_functions.contains(&name) {
            let params = parameter_names(node, src);
            let mut text = String::from("{\n");
            for p in params {
                text.push_str(&format!("  (void){p};\n"));
            }
            text.push_str("  return 0;\n}");
            out.push((body.start_byte(), body.end_byte(), text));
        } else if name == info.exec_name {
            let mut c = body.walk();
            let children: Vec<Node> = body.children(&mut c).collect();
            let label = children.iter().find(|n| {
                kind(**n) == "labeled_statement"
                    && n.child_by_field_name("label")
                        .is_some_and(|l| src[l.byte_range()] == layout.error_label)
            });
            if let (Some(label), Some(close)) = (label, children.last()) {
                let mut text = EXEC_EPILOGUE.replace("@MODULE@", module_name);
                // The traceback stage rewrote the call this replaces when the function's failing
                // places all name one file: the template's call names that file's helper too.
                let original = &src[label.start_byte()..close.start_byte()];
                if let Some(k) = crate::traceback::helper_named(original) {
                    text = crate::traceback::call_helper(&text, k, module_name);
                }
                out.push((
                    label.start_byte(),
                    close.start_byte(),
                    render_snippet(&text),
                ));
            }
        }
    }
    out
}

/// The runtime's MicroPython slot dispatchers for extension types, each with the CPython slots
/// it serves (the runtime's `cy_ext_*` functions in runtime/c/cy2upy_types.c read exactly these;
/// tests/stages.rs checks it). A type's slot table gets the pseudo slot of every group one of
/// its own slots belongs to, so that a firmware links only the dispatchers its types use.
pub const SLOT_GROUPS: &[(&str, &str, &[&str])] = &[
    (
        "cy_Py_mp_unary_op",
        "cy_ext_unary_op",
        &[
            "Py_nb_bool",
            "Py_mp_length",
            "Py_sq_length",
            "Py_tp_hash",
            "Py_tp_richcompare",
            "Py_nb_positive",
            "Py_nb_negative",
            "Py_nb_invert",
            "Py_nb_absolute",
            "Py_nb_int",
            "Py_nb_index",
            "Py_nb_float",
        ],
    ),
    (
        "cy_Py_mp_binary_op",
        "cy_ext_binary_op",
        &[
            "Py_tp_richcompare",
            "Py_sq_contains",
            "Py_nb_or",
            "Py_nb_xor",
            "Py_nb_and",
            "Py_nb_lshift",
            "Py_nb_rshift",
            "Py_nb_add",
            "Py_nb_subtract",
            "Py_nb_multiply",
            "Py_nb_matrix_multiply",
            "Py_nb_floor_divide",
            "Py_nb_true_divide",
            "Py_nb_remainder",
            "Py_nb_power",
            "Py_nb_divmod",
            "Py_nb_inplace_or",
            "Py_nb_inplace_xor",
            "Py_nb_inplace_and",
            "Py_nb_inplace_lshift",
            "Py_nb_inplace_rshift",
            "Py_nb_inplace_add",
            "Py_nb_inplace_subtract",
            "Py_nb_inplace_multiply",
            "Py_nb_inplace_matrix_multiply",
            "Py_nb_inplace_floor_divide",
            "Py_nb_inplace_true_divide",
            "Py_nb_inplace_remainder",
            "Py_nb_inplace_power",
        ],
    ),
    (
        "cy_Py_mp_subscr",
        "cy_ext_subscr",
        &[
            "Py_mp_subscript",
            "Py_sq_item",
            "Py_mp_ass_subscript",
            "Py_sq_ass_item",
        ],
    ),
    (
        "cy_Py_mp_iter",
        "&cy_ext_iter",
        &["Py_tp_iter", "Py_tp_iternext"],
    ),
    ("cy_Py_mp_call", "cy_ext_call", &["Py_tp_call"]),
    (
        "cy_Py_mp_buffer",
        "cy_ext_buffer",
        &["Py_bf_getbuffer", "Py_bf_releasebuffer"],
    ),
];

/// Entries added to the slot table of each cdef class (`__pyx_type_<T>_slots`), before its
/// `{0, 0}` end:
/// - the pseudo slots of [`SLOT_GROUPS`] its own slots need;
/// - Cython's `tp_vectorcall` (`__pyx_tp_vectorcall_<T>`, written under
///   `CYTHON_VECTORCALL_TPNEW`, which the profile sets), which creates and initialises an
///   instance from an argument array. The Limited API of 3.12 leaves it out of the table; listed
///   as `cy_Py_tp_vectorcall`, the runtime's make_new calls it without building an argument
///   tuple.
pub fn slot_table_additions(
    tree: &Syntax,
    src: &str,
    layout: &ModuleLayout,
) -> Vec<(usize, usize, String)> {
    let prefix = layout.vectorcall_prefix.as_str();
    let top = tree.top_level();
    let vectorcall_types: Vec<String> = top
        .iter()
        .filter(|n| kind(**n) == "function_definition")
        .filter_map(|n| function_name(*n, src))
        .filter_map(|name| name.strip_prefix(prefix).map(str::to_string))
        .collect();
    // Classes deriving from a built-in type: their operators fall back to the built-in's, so
    // they need every dispatcher whatever their own slots.
    let builtin_derived: Vec<String> = struct_first_fields(tree, src)
        .into_iter()
        .filter(|(_, first)| builtin_base_of(first, layout).is_some())
        .filter_map(|(name, _)| {
            name.strip_prefix(layout.instance_prefix.as_str())
                .map(str::to_string)
        })
        .collect();
    // Member tables the members stage made for a class whose getset table stays.
    let member_tables: Vec<String> = top
        .iter()
        .filter(|n| kind(**n) == "declaration")
        .flat_map(|n| {
            let mut c = n.walk();
            n.children_by_field_name("declarator", &mut c)
                .filter_map(|d| d.child_by_field_name("declarator"))
                .filter_map(|a| a.child_by_field_name("declarator"))
                .map(|id| src[id.byte_range()].to_string())
                .collect::<Vec<_>>()
        })
        .filter_map(|name| {
            name.strip_prefix(crate::members::MEMBERS_PREFIX)
                .map(str::to_string)
        })
        .collect();
    let mut out = Vec::new();
    for node in top.iter().filter(|n| kind(**n) == "declaration") {
        let mut c = node.walk();
        for d in node.children_by_field_name("declarator", &mut c) {
            if kind(d) != "init_declarator" {
                continue;
            }
            let (Some(decl), Some(value)) = (
                d.child_by_field_name("declarator"),
                d.child_by_field_name("value"),
            ) else {
                continue;
            };
            let Some(ident) = decl.child_by_field_name("declarator") else {
                continue;
            };
            if kind(decl) != "array_declarator" || kind(value) != "initializer_list" {
                continue;
            }
            let name = &src[ident.byte_range()];
            let Some(t) = name
                .strip_prefix(layout.slots_prefix.as_str())
                .and_then(|r| r.strip_suffix(layout.slots_suffix.as_str()))
            else {
                continue;
            };
            let mut vc = value.walk();
            let entries: Vec<Node> = value
                .named_children(&mut vc)
                .filter(|e| kind(*e) == "initializer_list")
                .collect();
            let Some(end) = entries.last() else {
                continue;
            };
            let terminator = &src[end.byte_range()];
            if !terminator
                .split([',', '{', '}'])
                .all(|p| matches!(p.trim(), "" | "0" | "NULL"))
            {
                continue;
            }
            let own: Vec<&str> = entries
                .iter()
                .filter_map(|e| e.named_child(0))
                .map(|id| src[id.byte_range()].trim())
                .collect();
            let mut added = String::new();
            let builtin = builtin_derived.iter().any(|b| b == t);
            for (pseudo, dispatcher, slots) in SLOT_GROUPS {
                let operators = *pseudo != "cy_Py_mp_call";
                if (builtin && operators) || own.iter().any(|s| slots.contains(s)) {
                    added.push_str(&format!("{{{pseudo}, (void *){dispatcher}}},\n  "));
                }
            }
            if member_tables.iter().any(|m| m == t) && !own.contains(&"Py_tp_members") {
                added.push_str(&format!(
                    "{{cy_Py_tp_members, (void *){}{t}}},\n  ",
                    crate::members::MEMBERS_PREFIX
                ));
            }
            if vectorcall_types.iter().any(|v| v == t) {
                added.push_str(&format!(
                    "{{cy_Py_tp_vectorcall, (void *){prefix}{t}}},\n  "
                ));
            }
            if !added.is_empty() {
                out.push((
                    end.start_byte(),
                    end.end_byte(),
                    format!("{added}{terminator}"),
                ));
            }
        }
    }
    out
}

fn function_name(node: Node, src: &str) -> Option<String> {
    let mut d = node.child_by_field_name("declarator")?;
    loop {
        match kind(d) {
            "function_declarator" => {
                let n = d.child_by_field_name("declarator")?;
                return Some(src[n.byte_range()].to_string());
            }
            _ => d = d.child_by_field_name("declarator")?,
        }
    }
}

fn parameter_names(node: Node, src: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut d = node.child_by_field_name("declarator");
    while let Some(n) = d {
        if kind(n) == "function_declarator" {
            if let Some(params) = n.child_by_field_name("parameters") {
                let mut c = params.walk();
                for p in params.named_children(&mut c) {
                    let mut decl = p.child_by_field_name("declarator");
                    while let Some(x) = decl {
                        if kind(x) == "identifier" {
                            out.push(src[x.byte_range()].to_string());
                            break;
                        }
                        decl = x.child_by_field_name("declarator");
                    }
                }
            }
            break;
        }
        d = n.child_by_field_name("declarator");
    }
    out
}

/// The registration code appended after the module's own code.
///
/// A top-level module registers itself with `MP_REGISTER_MODULE`. A module in a package
/// (`pkg.sub.mod`) is reached through its package's ROM globals instead (see
/// `emit::package_modules`), and its `__name__` is the dotted name.
pub fn registration(module_name: &str, info: &ModuleInfo) -> String {
    // The docstring is a ROM str object over Cython's own constant: no RAM copy. A firmware
    // built without docstrings (MICROPY_ENABLE_DOC_STRING, see `CY_DOC_OBJ`) links neither, and
    // `__doc__` is then None, as for a module without one.
    let (doc_decl, doc) = match &info.doc_name {
        Some(d) => (
            format!(
                "        static const mp_obj_str_t doc = {{{{&mp_type_str}}, 0, sizeof({d}) - 1, (const byte *){d}}};\n"
            ),
            "CY_DOC_OBJ(MP_OBJ_FROM_PTR(&doc))",
        ),
        None => (String::new(), "mp_const_none"),
    };
    let id = c_id(module_name);
    let dotted = module_name.contains('.');
    // MicroPython declares the module objects of its delegation table only for modules registered
    // by MP_REGISTER_MODULE; a module in a package answers loads through `__getattr__` instead
    // (stores to its attributes are not supported).
    let (name_obj, rom_name, register, getattr, delegation) = if dotted {
        (
            format!("mp_obj_new_str(\"{module_name}\", {})", module_name.len()),
            format!("    {{ MP_ROM_QSTR(MP_QSTR___getattr__), MP_ROM_PTR(&cy2upy_getattr_obj_{id}) }},\n"),
            format!("/* `{module_name}` is registered through its package's globals. */"),
            format!(
                "static mp_obj_t cy2upy_getattr_{id}(mp_obj_t attr) {{\n\
                 \x20   mp_obj_t dest[2] = {{ MP_OBJ_NULL, MP_OBJ_NULL }};\n\
                 \x20   cy2upy_attr_{id}(MP_OBJ_NULL, mp_obj_str_get_qstr(attr), dest);\n\
                 \x20   if (dest[0] == MP_OBJ_NULL) {{\n\
                 \x20       mp_raise_msg_varg(&mp_type_AttributeError, MP_ERROR_TEXT(\"module has no attribute '%q'\"), mp_obj_str_get_qstr(attr));\n\
                 \x20   }}\n\
                 \x20   return dest[0];\n\
                 }}\n\
                 static MP_DEFINE_CONST_FUN_OBJ_1(cy2upy_getattr_obj_{id}, cy2upy_getattr_{id});\n\n"
            ),
            String::new(),
        )
    } else {
        (
            format!("MP_OBJ_NEW_QSTR(MP_QSTR_{id})"),
            format!("    {{ MP_ROM_QSTR(MP_QSTR___name__), MP_ROM_QSTR(MP_QSTR_{id}) }},\n"),
            format!("MP_REGISTER_MODULE(MP_QSTR_{id}, cy2upy_module_{id});"),
            String::new(),
            format!("MP_REGISTER_MODULE_DELEGATION(cy2upy_module_{id}, cy2upy_attr_{id});"),
        )
    };
    REGISTRATION
        .replace("@ID@", &id)
        .replace("@EXEC@", &info.exec_name)
        .replace("@DOC_DECL@", &doc_decl)
        .replace("@DOC@", doc)
        .replace("@NAME_OBJ@", &name_obj)
        .replace("@ROM_NAME@", &rom_name)
        .replace("@REGISTER@", &register)
        .replace("@GETATTR@", &getattr)
        .replace("@DELEGATION@", &delegation)
}

/// The output C: the prologue, the definitions of the macros the parser prelude blanked
/// (`prelude_definitions`), the translated code (`body`) tidied, the registration code.
pub fn assemble(
    file: &LoadedFile,
    info: &ModuleInfo,
    switches: &str,
    prelude_definitions: &str,
    body: &str,
) -> String {
    let mut out = prologue(
        switches,
        &file.module_name,
        &file.path,
        &file.cython_version_text,
        body,
    );
    out.push_str(prelude_definitions);
    out.push_str(&tidy(body));
    out.push_str(&registration(&file.module_name, info));
    out
}

/// Strip trailing spaces and collapse the blank runs that pruning leaves.
fn tidy(s: &str) -> String {
    let mut out = String::with_capacity(s.len() / 2);
    let mut blank_run = 0;
    // `lines` would do, but is slower on the long blank lines; `trim_end` takes the line break.
    for line in crate::load::lines_inclusive(s) {
        let t = crate::load::trim_end(line);
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

/// Configuration a module needs only when it uses a feature: (text in the translated code that
/// shows the use, MicroPython option, what needs it).
const FEATURE_OPTIONS: &[(&str, &str, &str)] = &[
    (
        "cy_PyFloat_",
        "MICROPY_PY_BUILTINS_FLOAT",
        "the module uses floats",
    ),
    (
        "cy_Pyx_PyFloat_",
        "MICROPY_PY_BUILTINS_FLOAT",
        "the module uses floats",
    ),
    (
        "mp_obj_new_float",
        "MICROPY_PY_BUILTINS_FLOAT",
        "the module uses floats",
    ),
    (
        "mp_obj_get_float",
        "MICROPY_PY_BUILTINS_FLOAT",
        "the module uses floats",
    ),
];

/// `#define`s of the per-module switches the runtime's macros read, as the file settles them:
/// those that are not 0 (the runtime's header defaults each to 0).
pub fn switches(profile: &Profile, constants: &HashMap<String, i64>) -> String {
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

/// The output's head: runtime include, configuration checks, root pointer, state accessors.
/// `body` is the translated code, to decide which optional features it needs; `switches` the
/// `#define`s of the module's settled switches (`rules/profile.toml`), which precede the header.
pub fn prologue(
    switches: &str,
    module_name: &str,
    input: &str,
    cython: &str,
    body: &str,
) -> String {
    let mut extra = String::new();
    let mut check = |option: &str, why: &str| {
        let text = format!("#if !{option}\n#error \"{why}: it needs {option}\"\n#endif\n");
        if !extra.contains(&text) {
            extra.push_str(&text);
        }
    };
    if module_name.contains('.') {
        check(
            "MICROPY_MODULE_BUILTIN_SUBPACKAGES",
            "modules in packages import through built-in packages",
        );
    }
    for (needle, option, why) in FEATURE_OPTIONS {
        if body.contains(needle) {
            check(option, why);
        }
    }
    PROLOGUE
        .replace("@SWITCHES@\n", switches)
        .replace("@EXTRA_CHECKS@", &extra)
        .replace("@ID@", &c_id(module_name))
        .replace("@VERSION@", env!("CARGO_PKG_VERSION"))
        .replace("@INPUT@", input)
        .replace("@CYTHON@", cython)
}

/// The names the prologue defines for the module's code (Cython's `__pyx_m` and
/// `__pyx_mstate_global`, redefined to reach the module object and its GC-allocated state).
pub fn prologue_defines() -> Vec<String> {
    PROLOGUE
        .lines()
        .filter_map(|l| l.trim_start().strip_prefix("#define"))
        .map(|rest| crate::parse::leading_ident(rest.trim_start()).to_string())
        .filter(|name| !name.is_empty())
        .collect()
}

/// The runtime's object header, which the parser prelude writes for CPython's (`PyObject_HEAD`,
/// `PyObject_VAR_HEAD`: `[replace]` in `rules/prelude.toml`).
const OBJECT_HEADER: &str = "CY_OBJ_HEAD";

/// The names of the structs the file defines for Python objects: those that start with the object
/// header (Cython's `struct __pyx_obj_M_C` of a `cdef class`, closure scopes), and those that
/// start with such a struct by value (a subclass's `struct __pyx_obj_M_Base __pyx_base;`).
/// `src` is the parsed text, where the object header is the runtime's.
pub fn object_structs(
    tree: &Syntax,
    src: &str,
    layout: &ModuleLayout,
) -> std::collections::HashSet<String> {
    let structs = struct_first_fields(tree, src);
    let mut found = std::collections::HashSet::new();
    // A base struct comes before its subclasses in Cython's output; loop anyway until nothing new.
    loop {
        let before = found.len();
        for (name, first) in &structs {
            let base = first
                .strip_prefix("struct")
                .filter(|r| r.starts_with(char::is_whitespace))
                .map(|r| r.trim_start())
                .map(crate::parse::leading_ident);
            let header = first
                .strip_prefix(OBJECT_HEADER)
                .is_some_and(|r| !r.starts_with(|c: char| c.is_ascii_alphanumeric() || c == '_'));
            let builtin = builtin_base_of(first, layout).is_some();
            if header || builtin || base.is_some_and(|b| found.contains(b)) {
                found.insert(name.clone());
            }
        }
        if found.len() == before {
            return found;
        }
    }
}

/// The built-in base struct (`PyListObject`, ...: `builtin_bases` in `[module]` of
/// `rules/sections.toml`) a struct's first field has as its type, if any.
fn builtin_base_of<'a>(first_field: &str, layout: &'a ModuleLayout) -> Option<&'a str> {
    let ty = crate::parse::leading_ident(first_field);
    layout
        .builtin_bases
        .iter()
        .find(|b| b.as_str() == ty)
        .map(String::as_str)
}

/// Every top-level struct definition of the file: its name and the text of its body from the
/// first field on.
fn struct_first_fields(tree: &Syntax, src: &str) -> Vec<(String, String)> {
    let mut structs = Vec::new();
    for node in tree.top_level() {
        let spec = match kind(node) {
            "struct_specifier" => Some(node),
            "declaration" => node
                .child_by_field_name("type")
                .filter(|t| kind(*t) == "struct_specifier"),
            _ => None,
        };
        let Some(spec) = spec else { continue };
        let (Some(name), Some(body)) = (
            spec.child_by_field_name("name"),
            spec.child_by_field_name("body"),
        ) else {
            continue;
        };
        // The first field: the object header, `struct NAME __pyx_base;` or a built-in's struct.
        let first = src[body.byte_range()].trim_start_matches('{').trim_start();
        structs.push((src[name.byte_range()].to_string(), first.to_string()));
    }
    structs
}

/// Words a rooted slice takes: the object and data pointers and three arrays of 8 `mp_int_t`
/// (`cy2upy.h` checks that `cy_Pyx_memviewslice` fits).
const MEMVIEWSLICE_WORDS: usize = 26;

/// A module-level typed memoryview (`cdef double[:] g`): Cython keeps its slice in a C static,
/// which the collector does not scan, so the object the slice views could be freed under it.
/// The slice lives in a root-pointer array of words instead, which the collector scans.
fn memviewslice_root(node: Node, src: &str, module_name: &str) -> Option<String> {
    let mut c = node.walk();
    let mut text = String::new();
    for child in node.children_by_field_name("declarator", &mut c) {
        let d = if kind(child) == "init_declarator" {
            child.child_by_field_name("declarator")?
        } else {
            child
        };
        if kind(d) != "identifier" {
            return None;
        }
        let name = &src[d.byte_range()];
        let root_name = format!("cy2upy_root_{}_{}", c_id(module_name), name);
        text.push_str(&format!(
            "MP_REGISTER_ROOT_POINTER(mp_obj_t {root_name}[{MEMVIEWSLICE_WORDS}]);\n#define {name} (*(cy_Pyx_memviewslice *)MP_STATE_VM({root_name}))\n"
        ));
    }
    (!text.is_empty()).then_some(text)
}

/// Module-level C variables that hold Python objects (`cdef object cache` becomes
/// `static PyObject *__pyx_v_cache`, `cdef Bar b` becomes
/// `static struct __pyx_obj_M_Bar *__pyx_v_M_b`). MicroPython's collector does not scan C
/// statics, so each becomes a root pointer of the variable's type, and its name a macro for it.
/// `is_object_type` says whether a type name is an object pointer's (`PyObject`),
/// `object_structs` are the structs of Python objects (see `object_structs`), and
/// `memviewslice_type` is Cython's typed-memoryview slice struct (`[memoryview]` in
/// `rules/sections.toml`).
pub fn root_replacements(
    tree: &Syntax,
    src: &str,
    module_name: &str,
    is_object_type: impl Fn(&str) -> bool,
    object_structs: &std::collections::HashSet<String>,
    memviewslice_type: &str,
) -> Vec<(usize, usize, String)> {
    let mut out = Vec::new();
    for node in tree.top_level() {
        if kind(node) != "declaration" {
            continue;
        }
        let Some(ty) = node.child_by_field_name("type") else {
            continue;
        };
        if kind(ty) == "type_identifier" && src[ty.byte_range()] == *memviewslice_type {
            if let Some(text) = memviewslice_root(node, src, module_name) {
                out.push((node.start_byte(), node.end_byte(), text));
            }
            continue;
        }
        // The C type of the root pointer: `mp_obj_t` for object pointers, the struct pointer
        // itself for an extension type's instances (translated code uses `->` on it).
        let root_type = match kind(ty) {
            "type_identifier" if is_object_type(&src[ty.byte_range()]) => "mp_obj_t".to_string(),
            "struct_specifier"
                if ty.child_by_field_name("body").is_none()
                    && ty
                        .child_by_field_name("name")
                        .is_some_and(|n| object_structs.contains(&src[n.byte_range()])) =>
            {
                format!(
                    "{} *",
                    src[ty.byte_range()]
                        .split_whitespace()
                        .collect::<Vec<_>>()
                        .join(" ")
                )
            }
            _ => continue,
        };
        let text = &src[node.byte_range()];
        if text.trim_start().starts_with("extern") || text.contains("const") {
            continue;
        }
        let mut decls = Vec::new();
        let mut c = node.walk();
        for child in node.children_by_field_name("declarator", &mut c) {
            let d = if kind(child) == "init_declarator" {
                child.child_by_field_name("declarator")
            } else {
                Some(child)
            };
            // Only object pointers (`*name`, `*name[N]`), not functions.
            let Some(d) = d.filter(|d| kind(*d) == "pointer_declarator") else {
                decls.clear();
                break;
            };
            let Some(inner) = d.child_by_field_name("declarator") else {
                break;
            };
            if kind(inner) != "identifier" && kind(inner) != "array_declarator" {
                decls.clear();
                break;
            }
            decls.push(inner);
        }
        if decls.is_empty() {
            continue;
        }
        let mut text = String::new();
        for inner in decls {
            let decl_text = &src[inner.byte_range()];
            let name: String = decl_text
                .chars()
                .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
                .collect();
            let root_name = format!("cy2upy_root_{}_{}", c_id(module_name), name);
            let root_decl = decl_text.replacen(&name, &root_name, 1);
            let sep = if root_type.ends_with('*') { "" } else { " " };
            text.push_str(&format!(
                "MP_REGISTER_ROOT_POINTER({root_type}{sep}{root_decl});\n#define {name} (MP_STATE_VM({root_name}))\n"
            ));
        }
        out.push((node.start_byte(), node.end_byte(), text));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn roots_module_variables_of_extension_types() {
        let src = "struct __pyx_obj_m_Base {\n  PyObject_HEAD\n  int n;\n};\n\
                   struct __pyx_obj_m_Sub {\n  struct __pyx_obj_m_Base __pyx_base;\n};\n\
                   struct plain { int x; };\n\
                   static struct __pyx_obj_m_Sub *__pyx_v_m_glb = 0;\n\
                   static struct plain *__pyx_v_m_p;\n\
                   static PyObject *__pyx_v_m_o = 0;\n";
        let parsed = src.replace("PyObject_HEAD", "CY_OBJ_HEAD; ");
        let Ok(tree) = crate::parse::parse(&parsed) else {
            panic!("does not parse")
        };
        let structs = object_structs(
            &tree,
            &parsed,
            &crate::prune::SectionPolicy::builtin().module,
        );
        let mut names: Vec<&String> = structs.iter().collect();
        names.sort();
        assert_eq!(names, ["__pyx_obj_m_Base", "__pyx_obj_m_Sub"]);
        let roots = root_replacements(
            &tree,
            &parsed,
            "m",
            |t| t == "PyObject",
            &structs,
            "__Pyx_memviewslice",
        );
        let texts: Vec<&str> = roots.iter().map(|(_, _, t)| t.as_str()).collect();
        assert_eq!(
            texts,
            [
                "MP_REGISTER_ROOT_POINTER(struct __pyx_obj_m_Sub *cy2upy_root_m___pyx_v_m_glb);\n\
                 #define __pyx_v_m_glb (MP_STATE_VM(cy2upy_root_m___pyx_v_m_glb))\n",
                "MP_REGISTER_ROOT_POINTER(mp_obj_t cy2upy_root_m___pyx_v_m_o);\n\
                 #define __pyx_v_m_o (MP_STATE_VM(cy2upy_root_m___pyx_v_m_o))\n",
            ]
        );
    }

    #[test]
    fn adds_the_dispatchers_a_slot_table_needs() {
        let src = "static PyType_Slot __pyx_type_1m_A_slots[] = {\n  {Py_tp_new, (void *)f},\n  {Py_nb_add, (void *)a},\n  {Py_tp_richcompare, (void *)r},\n  {Py_tp_iter, (void *)i},\n  {0, 0},\n};\n\
                   static PyType_Slot __pyx_type_1m_B_slots[] = {\n  {Py_tp_new, (void *)g},\n  {Py_tp_repr, (void *)p},\n  {0, 0},\n};\n";
        let Ok(tree) = crate::parse::parse(src) else {
            panic!("does not parse")
        };
        let edits =
            slot_table_additions(&tree, src, &crate::prune::SectionPolicy::builtin().module);
        assert_eq!(edits.len(), 1, "B needs no dispatcher: {edits:?}");
        assert_eq!(
            edits[0].2,
            "{cy_Py_mp_unary_op, (void *)cy_ext_unary_op},\n  \
             {cy_Py_mp_binary_op, (void *)cy_ext_binary_op},\n  \
             {cy_Py_mp_iter, (void *)&cy_ext_iter},\n  {0, 0}"
        );
    }

    #[test]
    fn lists_a_member_table_once() {
        // A: the members stage kept its getset table, so the members slot is added. B: the
        // getset slot's line became the members slot already.
        let src = "static const struct PyMemberDef __pyx_members_1m_A[] = {\n{0, 0, 0, 0, 0, 0, 0}\n};\n\
                   static const struct PyMemberDef __pyx_members_1m_B[] = {\n{0, 0, 0, 0, 0, 0, 0}\n};\n\
                   static PyType_Slot __pyx_type_1m_A_slots[] = {\n  {Py_tp_getset, (void *)gs},\n  {0, 0},\n};\n\
                   static PyType_Slot __pyx_type_1m_B_slots[] = {\n  {Py_tp_members, (void *)__pyx_members_1m_B},\n  {0, 0},\n};\n";
        let Ok(tree) = crate::parse::parse(src) else {
            panic!("does not parse")
        };
        let edits =
            slot_table_additions(&tree, src, &crate::prune::SectionPolicy::builtin().module);
        assert_eq!(edits.len(), 1, "{edits:?}");
        assert_eq!(
            edits[0].2,
            "{cy_Py_tp_members, (void *)__pyx_members_1m_A},\n  {0, 0}"
        );
    }

    #[test]
    fn lists_tp_vectorcall_in_the_slot_table_of_its_type_only() {
        let src = "static PyObject *__pyx_tp_vectorcall_1m_A(PyObject *t, PyObject *const *args, size_t nargsf, PyObject *kwnames) {\n  return 0;\n}\n\
                   static PyType_Slot __pyx_type_1m_A_slots[] = {\n  {Py_tp_new, (void *)f},\n  {0, 0},\n};\n\
                   static PyType_Slot __pyx_type_1m_B_slots[] = {\n  {Py_tp_new, (void *)g},\n  {0, 0},\n};\n";
        let Ok(tree) = crate::parse::parse(src) else {
            panic!("does not parse")
        };
        let edits =
            slot_table_additions(&tree, src, &crate::prune::SectionPolicy::builtin().module);
        assert_eq!(edits.len(), 1);
        let (s, e, text) = &edits[0];
        assert_eq!(&src[*s..*e], "{0, 0}");
        assert!(src[..*s].contains("__pyx_type_1m_A_slots"));
        assert!(!src[..*s].contains("__pyx_type_1m_B_slots"));
        assert_eq!(
            text,
            "{cy_Py_tp_vectorcall, (void *)__pyx_tp_vectorcall_1m_A},\n  {0, 0}"
        );
    }
}
