//! Int constants: Cython's cached int objects that fit a small int become immediates.
//!
//! Cython builds every int constant of a module (`__pyx_int_5`, `__pyx_int_neg_1`) at import
//! into the module state's number table (`#define __pyx_int_5 __pyx_number_tab[0]`), and code
//! reads it from there: `__pyx_mstate_global->__pyx_int_5`, two loads through the state. On
//! MicroPython an int that fits a small int is no object but a tagged word, so each such read
//! becomes `MP_OBJ_NEW_SMALL_INT(5)`, a constant the compiler folds into the instruction that
//! uses it. The pickle stage's `drop_unused_cached_constants` then drops each block of the
//! table's filling whose constants nothing reads any more.
//!
//! The value comes from the constant's name, which Cython forms from the literal's decimal text
//! (`-` written `neg_`); a name of another shape (a large literal's abbreviated name) is left
//! alone, and so is a value beyond the small ints of every object representation (30 bits).

use crate::load::find_str;

/// How code reads a constant of the module state.
const STATE: &str = "__pyx_mstate_global->";

/// The largest magnitude turned into an immediate: MicroPython's narrowest small int
/// (`MICROPY_OBJ_REPR_B` on a 32-bit machine) holds 30 bits with the sign.
const SMALL_MAX: i64 = (1 << 29) - 1;

/// The number table's constants: each `#define NAME __pyx_number_tab[K]` line's name and K, in
/// the order of the text.
pub fn table_defines(text: &str) -> Vec<(&str, usize)> {
    // Found by the table's side: its name is on far fewer lines than `#define` is.
    const SLOT: &str = "__pyx_number_tab[";
    let mut out = Vec::new();
    let mut from = 0;
    while let Some(p) = find_str(text, from, SLOT) {
        let (start, end) = crate::load::line_at(text, p);
        from = end;
        let define = (|| {
            let rest = crate::load::trim(&text[start..end]).strip_prefix("#define ")?;
            let (name, value) = rest.split_once(' ')?;
            let k = value.trim().strip_prefix(SLOT)?.strip_suffix(']')?;
            Some((name, k.parse().ok()?))
        })();
        out.extend(define);
    }
    out
}

/// The value of an int constant named as Cython names a literal's (`__pyx_int_42`,
/// `__pyx_int_neg_1`), when it fits every small int.
fn small_value(name: &str) -> Option<i64> {
    let digits = name.strip_prefix("__pyx_int_")?;
    let (negative, digits) = match digits.strip_prefix("neg_") {
        Some(d) => (true, d),
        None => (false, digits),
    };
    let canonical = !digits.is_empty()
        && digits.bytes().all(|b| b.is_ascii_digit())
        && (digits == "0" || !digits.starts_with('0'));
    if !canonical || digits.len() > 10 {
        return None;
    }
    let magnitude: i64 = digits.parse().ok()?;
    (magnitude <= SMALL_MAX).then_some(if negative { -magnitude } else { magnitude })
}

/// Replace every read of a small int constant through the module state by the immediate, in
/// place (the immediate is never longer than the read; spaces pad it). Returns how many reads
/// were replaced.
pub fn small_int_constants(text: &mut String) -> usize {
    let values: std::collections::HashMap<&str, i64> = table_defines(text)
        .into_iter()
        .filter_map(|(name, _)| Some((name, small_value(name)?)))
        .collect();
    if values.is_empty() {
        return 0;
    }
    // Found by the constant's side (`->__pyx_int_`), which is rarer than the state's.
    const MEMBER: &str = "->__pyx_int_";
    let bytes = text.as_bytes();
    let mut edits = Vec::new();
    let mut from = 0;
    while let Some(arrow) = find_str(text, from, MEMBER) {
        let name_start = arrow + 2;
        let name_end = crate::parse::ident_end(bytes, name_start);
        from = name_end;
        let Some(value) = values.get(&text[name_start..name_end]) else {
            continue;
        };
        let Some(at) = (arrow + 2).checked_sub(STATE.len()) else {
            continue;
        };
        if &bytes[at..arrow + 2] != STATE.as_bytes()
            || (at > 0 && crate::parse::is_ident_byte(bytes[at - 1]))
        {
            continue;
        }
        // `&__pyx_mstate_global->__pyx_int_5` takes the slot's address: an immediate has none.
        let before = crate::load::trim_end(&text[..at]);
        if before.ends_with('&') && !before.ends_with("&&") {
            continue;
        }
        let immediate = format!("MP_OBJ_NEW_SMALL_INT({value})");
        let width = name_end - at;
        if immediate.len() <= width {
            edits.push((at, format!("{immediate:width$}")));
        }
    }
    for (at, immediate) in &edits {
        text.replace_range(*at..*at + immediate.len(), immediate);
    }
    edits.len()
}

#[cfg(test)]
mod tests {
    use super::*;

    const TEXT: &str = "#define __pyx_int_0 __pyx_number_tab[1]\n\
                        #define __pyx_int_neg_1 __pyx_number_tab[2]\n\
                        #define __pyx_int_1000000000 __pyx_number_tab[3]\n\
                        #define __pyx_float_2_5 __pyx_number_tab[0]\n\
                        static PyObject *f(PyObject *x) {\n\
                        \x20 PyObject *a = __Pyx_PyLong_AddObjC(x, __pyx_mstate_global->__pyx_int_neg_1, -1, 0, 0);\n\
                        \x20 PyObject **p = &__pyx_mstate_global->__pyx_int_0;\n\
                        \x20 return PyTuple_Pack(3, __pyx_mstate_global->__pyx_int_0, __pyx_mstate_global->__pyx_int_1000000000, __pyx_mstate_global->__pyx_float_2_5);\n\
                        }\n";

    #[test]
    fn small_ints_become_immediates_in_place() {
        let mut text = TEXT.to_string();
        assert_eq!(small_int_constants(&mut text), 2);
        assert_eq!(text.len(), TEXT.len());
        let words = text.split_whitespace().collect::<Vec<_>>().join(" ");
        assert!(
            words.contains("AddObjC(x, MP_OBJ_NEW_SMALL_INT(-1) , -1"),
            "{text}"
        );
        assert!(
            words.contains("Pack(3, MP_OBJ_NEW_SMALL_INT(0) , "),
            "{text}"
        );
        // The address of a slot, a value beyond 30 bits and a float keep the table.
        assert!(
            text.contains("&__pyx_mstate_global->__pyx_int_0;"),
            "{text}"
        );
        assert!(
            text.contains("__pyx_mstate_global->__pyx_int_1000000000"),
            "{text}"
        );
        assert!(
            text.contains("__pyx_mstate_global->__pyx_float_2_5"),
            "{text}"
        );
    }

    #[test]
    fn values_come_from_canonical_names_only() {
        assert_eq!(small_value("__pyx_int_42"), Some(42));
        assert_eq!(small_value("__pyx_int_neg_7"), Some(-7));
        assert_eq!(small_value("__pyx_int_536870911"), Some(536_870_911));
        assert_eq!(small_value("__pyx_int_536870912"), None);
        assert_eq!(small_value("__pyx_int_007"), None);
        assert_eq!(small_value("__pyx_int_large1_12345"), None);
        assert_eq!(small_value("__pyx_int_"), None);
        assert_eq!(small_value("__pyx_float_1_0"), None);
    }

    #[test]
    fn table_defines_read_names_and_indices() {
        assert_eq!(
            table_defines(TEXT),
            vec![
                ("__pyx_int_0", 1),
                ("__pyx_int_neg_1", 2),
                ("__pyx_int_1000000000", 3),
                ("__pyx_float_2_5", 0)
            ]
        );
    }
}
