//! Stage 3e, function objects from a table. For every `def` at module level, and every method of
//! a cdef class, Cython's module body creates the function object and stores it by name, each
//! in its own block of about 60 bytes of code on a Cortex-M4 (the call with seven arguments, the
//! store, two error checks with their line bookkeeping):
//!
//! ```c
//! __pyx_t_2 = __Pyx_CyFunction_New(&__pyx_mdef_6bmixed_1fib, 0, __pyx_mstate_global->__pyx_n_u_fib,
//!     NULL, __pyx_mstate_global->__pyx_n_u_bmixed, __pyx_mstate_global->__pyx_d,
//!     ((PyObject *)__pyx_mstate_global->__pyx_codeobj_tab[0])); if (unlikely(!__pyx_t_2)) __PYX_ERR(0, 6, __pyx_L1_error)
//! __Pyx_GOTREF(__pyx_t_2);
//! __Pyx_CyFunction_SetDefaultsTuple(__pyx_t_2, __pyx_mstate_global->__pyx_tuple[0]);   (optional)
//! if (PyDict_SetItem(__pyx_mstate_global->__pyx_d, __pyx_mstate_global->__pyx_n_u_fib, __pyx_t_2) < (0)) __PYX_ERR(0, 6, __pyx_L1_error)
//!     (or __Pyx_SetItemOnTypeDict(TYPE, NAME, __pyx_t_2) for a cdef class's method)
//! __Pyx_DECREF(__pyx_t_2); __pyx_t_2 = 0;
//! ```
//!
//! This stage replaces each run of such blocks that follow one another (nothing but white space
//! and comments between them, the same store target, temporary and error label) with a const
//! table of 16-byte entries (`__Pyx_DefSpec`: the method def, the flags, the qualified name and
//! the key, both ROM constants, and the cached defaults tuple's index) and one call of the
//! runtime's `cy_Pyx_DefineFunctions` (runtime/c/cy2upy_func.c), which does the same calls in
//! the same order. Statements in between (another assignment, a decorator) end a run, so the
//! module body's order is kept. A failure (only a MemoryError can fail here) reports the line of
//! the run's first `def`. The code object argument is dropped: the runtime ignores it.
//!
//! Works on the pruned text before parsing, as the argument stage does: the table's tokens are
//! laid out on the lines of the blocks they replace, so offsets and line breaks stay.

use std::collections::HashSet;

use crate::args::{call_args, lay_out, match_tokens, placements};

const CALL: &str = "= __Pyx_CyFunction_New(";
const STATE: &str = "__pyx_mstate_global->";

/// One recognised block.
struct Block<'a> {
    start: usize,
    end: usize,
    temp: &'a str,
    mdef: &'a str,
    flags: &'a str,
    qualname: &'a str,
    module: &'a str,
    key: &'a str,
    defaults: Option<usize>,
    /// `None` for the module dict, else the type whose dict the method goes to.
    on_type: Option<&'a str>,
    err: [&'a str; 3],
}

/// Replace every run of recognised blocks; `rom_fields` are the module state's fields that name
/// ROM constants (the names must be). Returns how many blocks were replaced.
pub fn table_driven_defs(text: &mut String, rom_fields: &HashSet<String>) -> usize {
    let mut blocks = Vec::new();
    let mut from = 0;
    while let Some(at) = crate::load::find_str(text, from, CALL) {
        from = at + CALL.len();
        if let Some(b) = recognise(text, at, rom_fields) {
            from = from.max(b.end);
            blocks.push(b);
        }
    }
    let mut runs: Vec<Vec<Block>> = Vec::new();
    for b in blocks {
        if let Some(run) = runs.last_mut() {
            let last = &run[run.len() - 1];
            if same_run(last, &b) && only_comments(&text[last.end..b.start]) {
                run.push(b);
                continue;
            }
        }
        runs.push(vec![b]);
    }
    let mut edits = Vec::new();
    let mut n = 0;
    for run in &runs {
        let (start, end) = (run[0].start, run[run.len() - 1].end);
        let replacement = replacement(run);
        if let Some(at) = placements(text, start, end, &replacement) {
            n += run.len();
            edits.push((start, end, replacement, at));
        }
    }
    let mut bytes = std::mem::take(text).into_bytes();
    for (start, end, replacement, at) in edits {
        lay_out(&mut bytes, start, end, &replacement, &at);
    }
    *text = String::from_utf8(bytes)
        .unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned());
    n
}

fn same_run(a: &Block, b: &Block) -> bool {
    a.temp == b.temp && a.on_type == b.on_type && a.module == b.module && a.err[2] == b.err[2]
}

/// Only white space and `/* */` comments.
fn only_comments(s: &str) -> bool {
    let mut rest = s.trim_start();
    while !rest.is_empty() {
        let Some(r) = rest.strip_prefix("/*") else {
            return false;
        };
        let Some(e) = r.find("*/") else {
            return false;
        };
        rest = r[e + 2..].trim_start();
    }
    true
}

fn is_ident(s: &str) -> bool {
    !s.is_empty()
        && s.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_')
        && !s.as_bytes()[0].is_ascii_digit()
}

/// `__pyx_mstate_global->F` with F a ROM constant: F.
fn rom_name<'a>(arg: &'a str, rom_fields: &HashSet<String>) -> Option<&'a str> {
    let f = arg.strip_prefix(STATE)?;
    (is_ident(f) && rom_fields.contains(f)).then_some(f)
}

/// Cython's flags argument: `0` or `__Pyx_CYFUNCTION_*` names joined by `|`.
fn plain_flags(s: &str) -> bool {
    s.split('|')
        .map(str::trim)
        .all(|f| f == "0" || (f.starts_with("__Pyx_CYFUNCTION_") && is_ident(f)))
}

/// `if (unlikely(!T)) __PYX_ERR(F, L, LABEL)` from `at`: the macro's arguments and the end.
fn error_check<'a>(text: &'a str, at: usize, cond: &str) -> Option<([&'a str; 3], usize)> {
    let open = match_tokens(text, at, &format!("{cond} __PYX_ERR("))? - 1;
    let (args, end) = call_args(text, open)?;
    let [f, l, label] = args[..] else {
        return None;
    };
    (is_ident(label) && f.parse::<u32>().is_ok() && l.parse::<u32>().is_ok())
        .then_some(([f, l, label], end))
}

fn recognise<'a>(text: &'a str, call_at: usize, rom_fields: &HashSet<String>) -> Option<Block<'a>> {
    let ls = text[..call_at].rfind('\n').map_or(0, |p| p + 1);
    let temp = text[ls..call_at].trim();
    if !temp.starts_with("__pyx_t_") || !is_ident(temp) {
        return None;
    }
    let start = ls + text[ls..].find(temp)?;
    let (args, after) = call_args(text, call_at + CALL.len() - 1)?;
    let [mdef, flags, qualname, closure, module, globals, code] = args[..] else {
        return None;
    };
    let mdef = mdef.strip_prefix('&')?;
    if !mdef.starts_with("__pyx_mdef_") || !is_ident(mdef) || !plain_flags(flags) {
        return None;
    }
    let qualname = rom_name(qualname, rom_fields)?;
    let module = rom_name(module, rom_fields)?;
    let code_ok = code == "NULL"
        || code
            .strip_prefix("((PyObject *)__pyx_mstate_global->__pyx_codeobj_tab[")
            .and_then(|r| r.strip_suffix("])"))
            .is_some_and(|k| k.parse::<u32>().is_ok());
    if closure != "NULL" || globals != "__pyx_mstate_global->__pyx_d" || !code_ok {
        return None;
    }
    let (err, mut at) = error_check(text, after, &format!("; if (unlikely(!{temp}))"))?;
    at = match_tokens(text, at, &format!("__Pyx_GOTREF({temp});"))?;
    let mut defaults = None;
    let set_defaults = format!("__Pyx_CyFunction_SetDefaultsTuple({temp}, {STATE}__pyx_tuple[");
    if let Some(p) = match_tokens(text, at, &set_defaults) {
        let close = p + text[p..].find(']')?;
        defaults = Some(text[p..close].trim().parse::<usize>().ok()?);
        at = match_tokens(text, close, "]);")?;
    }
    let (on_type, key, after_store) = if let Some(p) = match_tokens(text, at, "if (PyDict_SetItem(")
    {
        let (a, e) = call_args(text, p - 1)?;
        let [d, key, v] = a[..] else { return None };
        (d == "__pyx_mstate_global->__pyx_d" && v == temp).then_some(())?;
        (None, key, e)
    } else {
        let p = match_tokens(text, at, "if (__Pyx_SetItemOnTypeDict(")?;
        let (a, e) = call_args(text, p - 1)?;
        let [ty, key, v] = a[..] else { return None };
        let ty_field = ty.strip_prefix(STATE)?;
        (ty_field.starts_with("__pyx_ptype_") && is_ident(ty_field) && v == temp).then_some(())?;
        (Some(ty), key, e)
    };
    let key = rom_name(key, rom_fields)?;
    let (err2, at) = error_check(text, after_store, "< (0))")?;
    if err2 != err {
        return None;
    }
    let end = match_tokens(text, at, &format!("__Pyx_DECREF({temp}); {temp} = 0;"))?;
    Some(Block {
        start,
        end,
        temp,
        mdef,
        flags,
        qualname,
        module,
        key,
        defaults,
        on_type,
        err,
    })
}

/// The table and the call, as one line: its tokens flow over the lines of the blocks.
fn replacement(run: &[Block]) -> String {
    let first = &run[0];
    let mut out = String::from("{ static const __Pyx_DefSpec __pyx_defs[] = { ");
    for b in run {
        let flags: String = b.flags.split_whitespace().collect();
        out += &format!(
            "{{ &{}, &{STATE}{}, &{STATE}{}, {flags}, {} }}, ",
            b.mdef,
            b.qualname,
            b.key,
            b.defaults.map_or(0, |d| d + 1)
        );
    }
    out += "}; ";
    let (target, store) = match first.on_type {
        Some(ty) => (format!("((PyObject *){ty})"), "cy_set_item_on_type_dict"),
        None => (format!("{STATE}__pyx_d"), "PyDict_SetItem"),
    };
    let tuples = if run.iter().any(|b| b.defaults.is_some()) {
        format!("{STATE}__pyx_tuple")
    } else {
        "NULL".to_string()
    };
    let [f, l, label] = first.err;
    out += &format!(
        "if (__Pyx_DefineFunctions(__pyx_defs, {}, {target}, {store}, {STATE}{}, {STATE}__pyx_d, {tuples}) < (0)) {{ __PYX_ERR({f},{l},{label}); }} }}\n",
        run.len(),
        first.module,
    );
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    const BODY: &str = r#"
  /* "m.pyx":6
 * def fib(int n):             # <<<<<<<<<<<<<<
*/
  __pyx_t_2 = __Pyx_CyFunction_New(&__pyx_mdef_1m_1fib, 0, __pyx_mstate_global->__pyx_n_u_fib, NULL, __pyx_mstate_global->__pyx_n_u_m, __pyx_mstate_global->__pyx_d, ((PyObject *)__pyx_mstate_global->__pyx_codeobj_tab[0])); if (unlikely(!__pyx_t_2)) __PYX_ERR(0, 6, __pyx_L1_error)
  __Pyx_GOTREF(__pyx_t_2);


  if (PyDict_SetItem(__pyx_mstate_global->__pyx_d, __pyx_mstate_global->__pyx_n_u_fib, __pyx_t_2) < (0)) __PYX_ERR(0, 6, __pyx_L1_error)
  __Pyx_DECREF(__pyx_t_2); __pyx_t_2 = 0;

  /* "m.pyx":14
*/
  __pyx_t_2 = __Pyx_CyFunction_New(&__pyx_mdef_1m_3greet, 0, __pyx_mstate_global->__pyx_n_u_greet, NULL, __pyx_mstate_global->__pyx_n_u_m, __pyx_mstate_global->__pyx_d, ((PyObject *)__pyx_mstate_global->__pyx_codeobj_tab[1])); if (unlikely(!__pyx_t_2)) __PYX_ERR(0, 14, __pyx_L1_error)
  __Pyx_GOTREF(__pyx_t_2);
  __Pyx_CyFunction_SetDefaultsTuple(__pyx_t_2, __pyx_mstate_global->__pyx_tuple[0]);
  if (PyDict_SetItem(__pyx_mstate_global->__pyx_d, __pyx_mstate_global->__pyx_n_u_greet, __pyx_t_2) < (0)) __PYX_ERR(0, 14, __pyx_L1_error)
  __Pyx_DECREF(__pyx_t_2); __pyx_t_2 = 0;

  __pyx_t_2 = __Pyx_CyFunction_New(&__pyx_mdef_1m_7C_3inc, __Pyx_CYFUNCTION_CCLASS, __pyx_mstate_global->__pyx_n_u_C_inc, NULL, __pyx_mstate_global->__pyx_n_u_m, __pyx_mstate_global->__pyx_d, ((PyObject *)__pyx_mstate_global->__pyx_codeobj_tab[3])); if (unlikely(!__pyx_t_2)) __PYX_ERR(0, 31, __pyx_L1_error)
  __Pyx_GOTREF(__pyx_t_2);
  if (__Pyx_SetItemOnTypeDict(__pyx_mstate_global->__pyx_ptype_1m_C, __pyx_mstate_global->__pyx_n_u_inc, __pyx_t_2) < (0)) __PYX_ERR(0, 31, __pyx_L1_error)
  __Pyx_DECREF(__pyx_t_2); __pyx_t_2 = 0;
  x = 1;
"#;

    fn rom() -> HashSet<String> {
        [
            "__pyx_n_u_fib",
            "__pyx_n_u_greet",
            "__pyx_n_u_m",
            "__pyx_n_u_C_inc",
            "__pyx_n_u_inc",
        ]
        .iter()
        .map(|s| s.to_string())
        .collect()
    }

    fn squeeze(s: &str) -> String {
        s.split_whitespace().collect::<Vec<_>>().join(" ")
    }

    #[test]
    fn runs_become_tables_and_keep_offsets() {
        let mut text = BODY.to_string();
        let n = table_driven_defs(&mut text, &rom());
        assert_eq!(n, 3);
        assert_eq!(text.len(), BODY.len());
        assert_eq!(text.matches('\n').count(), BODY.matches('\n').count());
        let s = squeeze(&text);
        assert!(!s.contains("__Pyx_CyFunction_New"), "{s}");
        assert!(s.contains(
            "{ &__pyx_mdef_1m_1fib, &__pyx_mstate_global->__pyx_n_u_fib, &__pyx_mstate_global->__pyx_n_u_fib, 0, 0 },"
        ), "{s}");
        assert!(s.contains("__pyx_n_u_greet, 0, 1 },"), "{s}");
        assert!(s.contains(
            "__Pyx_DefineFunctions(__pyx_defs, 2, __pyx_mstate_global->__pyx_d, PyDict_SetItem, __pyx_mstate_global->__pyx_n_u_m, __pyx_mstate_global->__pyx_d, __pyx_mstate_global->__pyx_tuple) < (0)) { __PYX_ERR(0,6,__pyx_L1_error); }"
        ), "{s}");
        assert!(s.contains(
            "__Pyx_DefineFunctions(__pyx_defs, 1, ((PyObject *)__pyx_mstate_global->__pyx_ptype_1m_C), cy_set_item_on_type_dict,"
        ), "{s}");
        assert!(s.contains("__Pyx_CYFUNCTION_CCLASS, 0 }"), "{s}");
        assert!(s.ends_with("x = 1;"), "{s}");
    }

    #[test]
    fn a_name_that_is_not_a_rom_constant_keeps_cythons_code() {
        let mut text = BODY.to_string();
        let mut rom = rom();
        rom.remove("__pyx_n_u_fib");
        assert_eq!(table_driven_defs(&mut text, &rom), 2);
        assert!(text.contains("__Pyx_CyFunction_New(&__pyx_mdef_1m_1fib"));
    }

    #[test]
    fn a_closure_or_another_statement_keeps_cythons_code() {
        let mut text = BODY.replace(
            "__pyx_n_u_m, __pyx_mstate_global->__pyx_d, ((PyObject *)__pyx_mstate_global->__pyx_codeobj_tab[1]))",
            "__pyx_n_u_m, __pyx_mstate_global->__pyx_d, NULL)",
        );
        let with_stmt = text.replace("  /* \"m.pyx\":14", "  y = 2;\n  /* \"m.pyx\":14");
        text = with_stmt.replace(
            "&__pyx_mdef_1m_1fib, 0, __pyx_mstate_global->__pyx_n_u_fib, NULL",
            "&__pyx_mdef_1m_1fib, 0, __pyx_mstate_global->__pyx_n_u_fib, __pyx_t_9",
        );
        let n = table_driven_defs(&mut text, &rom());
        // fib has a closure: kept; greet (code NULL) and inc are each a run of their own.
        assert_eq!(n, 2);
        assert!(text.contains("__pyx_t_9"));
        assert_eq!(text.matches("__Pyx_DefineFunctions").count(), 2);
    }
}
