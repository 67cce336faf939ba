//! Constant tuples: Cython's cached tuples whose items are all constants become ROM tuples.
//!
//! Cython builds each constant tuple a module needs (a function's defaults, a format's
//! arguments, `("mm", "cm", "m")`) at import, in `__Pyx_InitCachedConstants`:
//!
//! ```c
//! {
//!   PyObject* __pyx_temp[2] = {((PyObject*)__pyx_mstate_global->__pyx_n_u_Hello), Py_None};
//!   __pyx_mstate_global->__pyx_tuple[1] = __Pyx_PyTuple_FromArray(__pyx_temp, 2); if (unlikely(...)) __PYX_ERR(0, 36, __pyx_L1_error)
//!   __Pyx_GOTREF(__pyx_mstate_global->__pyx_tuple[1]);
//! }
//! ```
//!
//! When every item is a string of the ROM string table, a small int (an immediate since the
//! numbers stage), `None`, `True`, `False` or a tuple made ROM before it, the tuple is a
//! `static const mp_rom_obj_tuple_t` instead (the way MicroPython's own modules keep constant
//! tuples), and the block only stores its address in the state's slot: no allocation, no error
//! path, and the tuple's RAM stays free. A tuple is immutable, so nothing can tell the
//! difference. The definitions go after the ROM string table (`StringTable::fill`), which knows
//! each string's ROM form. The block is rewritten in place (offsets stay).

use crate::load::find_str;

const STATE: &str = "__pyx_mstate_global->";
const TUPLE: &str = "__pyx_mstate_global->__pyx_tuple[";
const BUILD: &str = "] = __Pyx_PyTuple_FromArray(__pyx_temp, ";

/// An item of a ROM tuple.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Item {
    /// A string constant, by its entry in the string table (always a decoded entry).
    Str(usize),
    Int(i64),
    None,
    True,
    False,
    /// Another cached tuple made ROM, by its slot.
    Tuple(usize),
}

/// A cached tuple made ROM: its slot in the state's `__pyx_tuple` array and its items.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RomTuple {
    pub slot: usize,
    pub items: Vec<Item>,
}

impl RomTuple {
    /// The C name of the ROM object.
    pub fn name(slot: usize) -> String {
        format!("__pyx_rom_tuple_{slot}")
    }
}

/// Rewrite each cached tuple of constants in `within` (Cython's `cached_constants` section; see
/// the module's documentation); `string` gives a name's entry in the ROM string table, if it
/// is one. Returns the tuples, in the order of the text.
pub fn rom_tuples(
    text: &mut String,
    within: std::ops::Range<usize>,
    string: &dyn Fn(&str) -> Option<usize>,
) -> Vec<RomTuple> {
    let mut out: Vec<RomTuple> = Vec::new();
    let mut edits: Vec<(usize, usize, String)> = Vec::new();
    let mut from = within.start;
    while let Some(at) = find_str(text, from, BUILD).filter(|&at| at < within.end) {
        from = at + BUILD.len();
        let Some(found) = cached_tuple(text, at, string, &out) else {
            continue;
        };
        let (tuple, blanks, line) = found;
        let statement = format!(
            "{TUPLE}{}] = (PyObject *)&{};",
            tuple.slot,
            RomTuple::name(tuple.slot)
        );
        if statement.len() > line.1 - line.0 {
            continue;
        }
        for (s, e) in blanks {
            edits.push((s, e, String::new()));
        }
        edits.push((line.0, line.1, statement));
        out.push(tuple);
    }
    if edits.is_empty() {
        return out;
    }
    let mut bytes = std::mem::take(text).into_bytes();
    for (s, e, with) in &edits {
        crate::load::blank(&mut bytes, *s, *e);
        bytes[*s..*s + with.len()].copy_from_slice(with.as_bytes());
    }
    *text = String::from_utf8(bytes)
        .unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned());
    out
}

/// The cached tuple whose build call is at `at`, if its block has Cython's shape and its items
/// are all constants: the tuple, the lines to blank (the items' array and the `__Pyx_GOTREF`)
/// and the line that gets the store.
#[allow(clippy::type_complexity)]
fn cached_tuple(
    text: &str,
    at: usize,
    string: &dyn Fn(&str) -> Option<usize>,
    earlier: &[RomTuple],
) -> Option<(RomTuple, Vec<(usize, usize)>, (usize, usize))> {
    let (line_start, line_end) = crate::load::line_at(text, at);
    let line = &text[line_start..line_end];
    let rest = crate::load::trim(line).strip_prefix(TUPLE)?;
    let (slot, rest) = rest.split_once(BUILD)?;
    let slot: usize = slot.parse().ok()?;
    let (count, rest) = rest.split_once(");")?;
    let count: usize = count.parse().ok()?;
    let check = format!(" if (unlikely(!{TUPLE}{slot}])) __PYX_ERR(");
    if !rest.starts_with(&check) || !rest.trim_end().ends_with(", __pyx_L1_error)") {
        return None;
    }
    // The line before: the items' array.
    let (temp_start, temp_end) = crate::load::line_at(text, line_start.checked_sub(1)?);
    let temp = crate::load::trim(&text[temp_start..temp_end]);
    let items = temp
        .strip_prefix(&format!("PyObject* __pyx_temp[{count}] = {{"))?
        .strip_suffix("};")?;
    let items: Option<Vec<Item>> = split_items(items)
        .into_iter()
        .map(|i| item(i, string, earlier))
        .collect();
    let items = items?;
    if items.len() != count {
        return None;
    }
    // The block: `{` on the line before the array, `}` after the store (and its GOTREF).
    let before = crate::load::trim_end(&text[..temp_start]);
    if !before.ends_with('{') {
        return None;
    }
    let mut blanks = vec![(temp_start, temp_end)];
    let (next_start, next_end) = crate::load::line_at(text, (line_end + 1).min(text.len()));
    let next = crate::load::trim(&text[next_start..next_end]);
    let mut close = next;
    if next == format!("__Pyx_GOTREF({TUPLE}{slot}]);") {
        blanks.push((next_start, next_end));
        let (s, e) = crate::load::line_at(text, (next_end + 1).min(text.len()));
        close = crate::load::trim(&text[s..e]);
    }
    if close != "}" {
        return None;
    }
    Some((RomTuple { slot, items }, blanks, (line_start, line_end)))
}

/// The items of an array initialiser, split at the commas outside parentheses.
fn split_items(s: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let (mut depth, mut start) = (0i32, 0);
    for (i, b) in s.bytes().enumerate() {
        match b {
            b'(' | b'[' => depth += 1,
            b')' | b']' => depth -= 1,
            b',' if depth == 0 => {
                out.push(s[start..i].trim());
                start = i + 1;
            }
            _ => {}
        }
    }
    if !s.trim().is_empty() {
        out.push(s[start..].trim());
    }
    out
}

/// One item, without Cython's `((PyObject*)...)` cast, if it is a constant.
fn item(s: &str, string: &dyn Fn(&str) -> Option<usize>, earlier: &[RomTuple]) -> Option<Item> {
    let s = s.trim();
    let s = s
        .strip_prefix("((PyObject*)")
        .and_then(|r| r.strip_suffix(')'))
        .map_or(s, str::trim);
    match s {
        "Py_None" => return Some(Item::None),
        "Py_True" => return Some(Item::True),
        "Py_False" => return Some(Item::False),
        _ => {}
    }
    if let Some(v) = s
        .strip_prefix("MP_OBJ_NEW_SMALL_INT(")
        .and_then(|r| r.strip_suffix(')'))
    {
        return Some(Item::Int(v.trim().parse().ok()?));
    }
    if let Some(slot) = s.strip_prefix(TUPLE).and_then(|r| r.strip_suffix(']')) {
        let slot: usize = slot.parse().ok()?;
        return earlier
            .iter()
            .any(|t| t.slot == slot)
            .then_some(Item::Tuple(slot));
    }
    string(s.strip_prefix(STATE)?).map(Item::Str)
}

#[cfg(test)]
mod tests {
    use super::*;

    const SRC: &str = "static int __Pyx_InitCachedConstants(void) {\n  {\n    \
        PyObject* __pyx_temp[3] = {((PyObject*)__pyx_mstate_global->__pyx_n_u_mm), Py_None, MP_OBJ_NEW_SMALL_INT(-1)         };\n    \
        __pyx_mstate_global->__pyx_tuple[0] = __Pyx_PyTuple_FromArray(__pyx_temp, 3); if (unlikely(!__pyx_mstate_global->__pyx_tuple[0])) __PYX_ERR(0, 10, __pyx_L1_error)\n    \
        __Pyx_GOTREF(__pyx_mstate_global->__pyx_tuple[0]);\n  }\n  {\n    \
        PyObject* __pyx_temp[2] = {__pyx_mstate_global->__pyx_tuple[0], Py_True};\n    \
        __pyx_mstate_global->__pyx_tuple[1] = __Pyx_PyTuple_FromArray(__pyx_temp, 2); if (unlikely(!__pyx_mstate_global->__pyx_tuple[1])) __PYX_ERR(0, 12, __pyx_L1_error)\n    \
        __Pyx_GOTREF(__pyx_mstate_global->__pyx_tuple[1]);\n  }\n  {\n    \
        PyObject* __pyx_temp[1] = {__pyx_builtin_object};\n    \
        __pyx_mstate_global->__pyx_tuple[2] = __Pyx_PyTuple_FromArray(__pyx_temp, 1); if (unlikely(!__pyx_mstate_global->__pyx_tuple[2])) __PYX_ERR(0, 14, __pyx_L1_error)\n    \
        __Pyx_GOTREF(__pyx_mstate_global->__pyx_tuple[2]);\n  }\n  return 0;\n}\n";

    #[test]
    fn tuples_of_constants_become_rom_tuples_in_place() {
        let mut text = SRC.to_string();
        let tuples = rom_tuples(&mut text, 0..SRC.len(), &|n| {
            (n == "__pyx_n_u_mm").then_some(7)
        });
        assert_eq!(text.len(), SRC.len());
        assert_eq!(text.lines().count(), SRC.lines().count());
        assert_eq!(
            tuples,
            vec![
                RomTuple {
                    slot: 0,
                    items: vec![Item::Str(7), Item::None, Item::Int(-1)]
                },
                RomTuple {
                    slot: 1,
                    items: vec![Item::Tuple(0), Item::True]
                },
            ]
        );
        let words = text.split_whitespace().collect::<Vec<_>>().join(" ");
        assert!(words
            .contains("{ __pyx_mstate_global->__pyx_tuple[0] = (PyObject *)&__pyx_rom_tuple_0; }"));
        assert!(words
            .contains("{ __pyx_mstate_global->__pyx_tuple[1] = (PyObject *)&__pyx_rom_tuple_1; }"));
        // A builtin is no constant: Cython's block stays.
        assert!(text.contains("__pyx_tuple[2] = __Pyx_PyTuple_FromArray(__pyx_temp, 1);"));
    }

    #[test]
    fn a_string_outside_the_table_keeps_the_block() {
        let mut text = SRC.to_string();
        let tuples = rom_tuples(&mut text, 0..SRC.len(), &|_| None);
        assert!(tuples.is_empty());
        assert_eq!(text, SRC);
    }

    #[test]
    fn items_split_outside_parentheses() {
        assert_eq!(
            split_items("((PyObject*)a), f(b, c), d[1]"),
            vec!["((PyObject*)a)", "f(b, c)", "d[1]"]
        );
    }
}
