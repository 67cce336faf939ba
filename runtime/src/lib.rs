//! Pure helpers of the cython2upy runtime.
//!
//! This crate is linked as a static library into every translated MicroPython module. It holds
//! the parts of the runtime that need neither MicroPython's heap nor its non-local returns:
//! formatting Cython's error messages into a caller-provided buffer, C integer narrowing checks,
//! Python-semantics integer division, and byte-wise keyword comparison.
//!
//! Rules for everything in here (see `runtime/README.md`):
//! - `#![no_std]`, no allocator: nothing here allocates.
//! - No MicroPython calls: the C half (`runtime/c/*.c`) calls us, never the other way, so no
//!   `nlr_push` frame is ever set up in, or unwound through, Rust code.
//! - Every exported function is `extern "C"`, never panics on any input (the functions are
//!   written so that no code path can panic; the panic handler only exists to satisfy `no_std`),
//!   and is declared in `runtime/include/cy2upy.h`.
#![no_std]

use core::ffi::{c_char, c_int};

#[cfg(not(test))]
#[panic_handler]
fn panic(_info: &core::panic::PanicInfo) -> ! {
    // No code path in this crate panics; if one ever does, stop instead of unwinding into C.
    loop {
        core::hint::spin_loop();
    }
}

/// The host's precompiled `core` is built for unwinding, and its unwind tables name
/// `rust_eh_personality`. With `-C panic=abort` nothing ever unwinds, so an inert definition
/// satisfies the linker (stable Rust cannot declare the lang item itself). Only in the
/// panic=abort static library: a std program that links the rlib has its own.
#[cfg(all(not(test), panic = "abort"))]
#[no_mangle]
pub extern "C" fn rust_eh_personality() {}

/// A sink over a fixed byte buffer that truncates silently and always leaves room for a
/// terminating NUL. Numbers are written by [`Buf::push_int`], not `core::fmt`: the formatting
/// machinery would add about 6 KB to every firmware for three decimal numbers. Nothing here
/// indexes with a possible bounds panic either, for the same reason: a panic path pulls in
/// `core`'s panic message formatting (tests/runtime_abi.rs checks the library has none).
struct Buf<'a> {
    buf: &'a mut [u8],
    len: usize,
}

impl<'a> Buf<'a> {
    fn new(buf: &'a mut [u8]) -> Self {
        Buf { buf, len: 0 }
    }

    /// Appends one byte unless only the room for the NUL is left.
    fn push(&mut self, b: u8) {
        if self.len + 1 < self.buf.len() {
            if let Some(slot) = self.buf.get_mut(self.len) {
                *slot = b;
                self.len += 1;
            }
        }
    }

    // Not inlined: each message is a handful of literals, and an inlined copy per literal costs
    // more flash than the calls.
    #[inline(never)]
    fn push_bytes(&mut self, s: &[u8]) {
        for &b in s {
            self.push(b);
        }
    }

    /// Writes `v` in decimal.
    #[inline(never)]
    fn push_int(&mut self, v: isize) {
        let mut digits = [0u8; 20];
        let mut n = 0;
        let mut mag = v.unsigned_abs();
        while let Some(slot) = digits.get_mut(n) {
            *slot = b'0' + (mag % 10) as u8;
            n += 1;
            mag /= 10;
            if mag == 0 {
                break;
            }
        }
        if v < 0 {
            self.push(b'-');
        }
        self.push_reversed(&digits, n);
    }

    /// Appends the first `n` bytes of `digits` last first (digits are made lowest first). A
    /// countdown rather than `.rev()`, whose iterator adapter is a function of its own.
    fn push_reversed(&mut self, digits: &[u8], n: usize) {
        let mut i = n;
        while i > 0 {
            i -= 1;
            if let Some(&d) = digits.get(i) {
                self.push(d);
            }
        }
    }

    /// Terminates the text with NUL and returns its length (without the NUL).
    fn finish(self) -> usize {
        if let Some(slot) = self.buf.get_mut(self.len) {
            *slot = 0;
        }
        self.len
    }
}

/// Builds a mutable slice from a C buffer; an empty slice when the pointer is NULL.
///
/// # Safety
/// `buf` must be NULL or valid for `cap` bytes of writes.
unsafe fn out_slice<'a>(buf: *mut u8, cap: usize) -> &'a mut [u8] {
    if buf.is_null() || cap == 0 {
        &mut []
    } else {
        core::slice::from_raw_parts_mut(buf, cap)
    }
}

/// The bytes of a NUL-terminated C string, at most `max` of them (like printf's `%.Ns`).
///
/// # Safety
/// `s` must be NULL or point to a NUL-terminated string.
unsafe fn c_bytes<'a>(s: *const c_char, max: usize) -> &'a [u8] {
    if s.is_null() {
        return b"";
    }
    let mut n = 0;
    while n < max && *s.add(n) != 0 {
        n += 1;
    }
    core::slice::from_raw_parts(s as *const u8, n)
}

/// Bytes given as pointer and length; empty when the pointer is NULL.
///
/// # Safety
/// `p` must be NULL or valid for `len` bytes of reads.
unsafe fn raw_bytes<'a>(p: *const u8, len: usize) -> &'a [u8] {
    if p.is_null() {
        b""
    } else {
        core::slice::from_raw_parts(p, len)
    }
}

// ---------------------------------------------------------------------------------------------
// Argument-count and keyword messages (exact texts of Cython 3.3.1 / CPython)
// ---------------------------------------------------------------------------------------------

/// `"%.200s() takes %.8s %zd positional argument%.1s (%zd given)"`, Cython's
/// `__Pyx_RaiseArgtupleInvalid` message. Returns the length written (NUL not counted).
///
/// # Safety
/// `buf` valid for `cap` bytes; `func_name` NULL or NUL-terminated.
#[no_mangle]
pub unsafe extern "C" fn cy_rs_fmt_argtuple_invalid(
    buf: *mut u8,
    cap: usize,
    func_name: *const c_char,
    exact: c_int,
    num_min: isize,
    num_max: isize,
    num_found: isize,
) -> usize {
    let mut w = Buf::new(out_slice(buf, cap));
    let (expected, more_or_less) = if num_found < num_min {
        (num_min, "at least")
    } else {
        (num_max, "at most")
    };
    let more_or_less = if exact != 0 { "exactly" } else { more_or_less };
    w.push_bytes(c_bytes(func_name, 200));
    w.push_bytes(b"() takes ");
    w.push_bytes(more_or_less.as_bytes());
    w.push_bytes(b" ");
    w.push_int(expected);
    w.push_bytes(b" positional argument");
    if expected != 1 {
        w.push_bytes(b"s");
    }
    w.push_bytes(b" (");
    w.push_int(num_found);
    w.push_bytes(b" given)");
    w.finish()
}

/// Kinds of keyword-argument error, see [`cy_rs_fmt_kw_error`].
pub const CY_RS_KW_UNEXPECTED: c_int = 0;
pub const CY_RS_KW_DUPLICATE: c_int = 1;
pub const CY_RS_KW_REQUIRED: c_int = 2;
pub const CY_RS_KW_NOT_STRING: c_int = 3;
pub const CY_RS_KW_NO_KEYWORDS: c_int = 4;

/// Formats a keyword error of Cython's argument parser:
///
/// | kind | text |
/// |---|---|
/// | 0 | `f() got an unexpected keyword argument 'k'` |
/// | 1 | `f() got multiple values for keyword argument 'k'` |
/// | 2 | `f() needs keyword-only argument k` |
/// | 3 | `f() keywords must be strings` |
/// | 4 | `f() takes no keyword arguments` |
///
/// # Safety
/// `buf` valid for `cap` bytes; `func_name` NULL or NUL-terminated; `kw` NULL or valid for
/// `kw_len` bytes.
#[no_mangle]
pub unsafe extern "C" fn cy_rs_fmt_kw_error(
    buf: *mut u8,
    cap: usize,
    kind: c_int,
    func_name: *const c_char,
    kw: *const u8,
    kw_len: usize,
) -> usize {
    let mut w = Buf::new(out_slice(buf, cap));
    let name_max = if kind == CY_RS_KW_NOT_STRING || kind == CY_RS_KW_NO_KEYWORDS {
        200
    } else {
        usize::MAX
    };
    w.push_bytes(c_bytes(func_name, name_max));
    let kw = raw_bytes(kw, kw_len);
    match kind {
        CY_RS_KW_UNEXPECTED => {
            w.push_bytes(b"() got an unexpected keyword argument '");
            w.push_bytes(kw);
            w.push_bytes(b"'");
        }
        CY_RS_KW_DUPLICATE => {
            w.push_bytes(b"() got multiple values for keyword argument '");
            w.push_bytes(kw);
            w.push_bytes(b"'");
        }
        CY_RS_KW_REQUIRED => {
            w.push_bytes(b"() needs keyword-only argument ");
            w.push_bytes(kw);
        }
        CY_RS_KW_NOT_STRING => w.push_bytes(b"() keywords must be strings"),
        _ => w.push_bytes(b"() takes no keyword arguments"),
    }
    w.finish()
}

/// `"%.200s() %s (%zd given)"`: the CyFunction argument-count error, used for `METH_NOARGS`
/// (`"takes no arguments"`) and `METH_O` (`"takes exactly one argument"`) functions.
///
/// # Safety
/// `buf` valid for `cap` bytes; both strings NULL or NUL-terminated.
#[no_mangle]
pub unsafe extern "C" fn cy_rs_fmt_argcount(
    buf: *mut u8,
    cap: usize,
    func_name: *const c_char,
    message: *const c_char,
    given: isize,
) -> usize {
    let mut w = Buf::new(out_slice(buf, cap));
    w.push_bytes(c_bytes(func_name, 200));
    w.push_bytes(b"() ");
    w.push_bytes(c_bytes(message, usize::MAX));
    w.push_bytes(b" (");
    w.push_int(given);
    w.push_bytes(b" given)");
    w.finish()
}

/// Unpacking errors: `kind` 0 is `"need more than %zd value%.1s to unpack"` (n = values found),
/// kind 1 is `"too many values to unpack (expected %zd)"` (n = values expected).
///
/// # Safety
/// `buf` valid for `cap` bytes.
#[no_mangle]
pub unsafe extern "C" fn cy_rs_fmt_unpack(
    buf: *mut u8,
    cap: usize,
    kind: c_int,
    n: isize,
) -> usize {
    let mut w = Buf::new(out_slice(buf, cap));
    if kind == 0 {
        w.push_bytes(b"need more than ");
        w.push_int(n);
        w.push_bytes(if n == 1 { b" value" } else { b" values" });
        w.push_bytes(b" to unpack");
    } else {
        w.push_bytes(b"too many values to unpack (expected ");
        w.push_int(n);
        w.push_bytes(b")");
    }
    w.finish()
}

/// Integer conversion overflow: `"can't convert negative value to T"` when `negative` is
/// non-zero, else `"value too large to convert to T"` (T truncated to 200 bytes).
///
/// # Safety
/// `buf` valid for `cap` bytes; `type_name` NULL or NUL-terminated.
#[no_mangle]
pub unsafe extern "C" fn cy_rs_fmt_overflow(
    buf: *mut u8,
    cap: usize,
    negative: c_int,
    type_name: *const c_char,
) -> usize {
    let mut w = Buf::new(out_slice(buf, cap));
    if negative != 0 {
        w.push_bytes(b"can't convert negative value to ");
    } else {
        w.push_bytes(b"value too large to convert to ");
    }
    w.push_bytes(c_bytes(type_name, 200));
    w.finish()
}

// ---------------------------------------------------------------------------------------------
// Integers
// ---------------------------------------------------------------------------------------------

/// Checks whether the signed value `v` fits a C integer of `bits` bits (8..=64), signed or not.
/// Returns 0 when it fits, 1 when it is too large (or too small for a signed type), and -1 when
/// it is negative and the target is unsigned: the two cases Cython reports differently.
#[no_mangle]
pub extern "C" fn cy_rs_check_narrow_i64(v: i64, bits: u32, is_signed: c_int) -> c_int {
    let bits = if bits == 0 || bits > 64 { 64 } else { bits };
    if is_signed != 0 {
        if bits == 64 {
            return 0;
        }
        let max = (1i64 << (bits - 1)) - 1;
        let min = -(1i64 << (bits - 1));
        if v < min || v > max {
            1
        } else {
            0
        }
    } else if v < 0 {
        -1
    } else if bits == 64 {
        0
    } else if (v as u64) >> bits != 0 {
        1
    } else {
        0
    }
}

/// Like [`cy_rs_check_narrow_i64`] for a non-negative value held as `u64` (never returns -1).
#[no_mangle]
pub extern "C" fn cy_rs_check_narrow_u64(v: u64, bits: u32, is_signed: c_int) -> c_int {
    let bits = if bits == 0 || bits > 64 { 64 } else { bits };
    let value_bits = if is_signed != 0 { bits - 1 } else { bits };
    if value_bits >= 64 || v >> value_bits == 0 {
        0
    } else {
        1
    }
}

/// C integer power `b ** e` as Cython's `__Pyx_pow_<type>` computes it: by squaring, wrapping
/// like C arithmetic (the caller truncates to the C type), 0 for a negative exponent.
#[no_mangle]
pub extern "C" fn cy_rs_pow_u64(b: u64, e: i64) -> u64 {
    if e < 0 {
        return 0;
    }
    let (mut base, mut exp, mut acc) = (b, e as u64, 1u64);
    while exp != 0 {
        if exp & 1 != 0 {
            acc = acc.wrapping_mul(base);
        }
        base = base.wrapping_mul(base);
        exp >>= 1;
    }
    acc
}

/// Formats a C integer for an f-string field (`__Pyx_PyUnicode_From_int`): `format_char` is one
/// of `d`, `x`, `X`, `o` (anything else formats as `d`, and `c` gives the character with that
/// code when it is ASCII), right-aligned in `width` with `padding` (`' '` or `'0'`; with `'0'` the
/// sign goes before the zeros, as in Python). `is_unsigned` tells how to read `value`'s bits.
///
/// # Safety
/// `buf` valid for `cap` bytes.
#[no_mangle]
pub unsafe extern "C" fn cy_rs_fmt_int(
    buf: *mut u8,
    cap: usize,
    value: i64,
    is_unsigned: c_int,
    width: isize,
    padding: u8,
    format_char: u8,
) -> usize {
    let mut digits = [0u8; 72];
    let mut n = 0usize;
    let negative = is_unsigned == 0 && value < 0;
    let mut mag: u64 = if is_unsigned != 0 {
        value as u64
    } else {
        value.unsigned_abs()
    };
    if format_char == b'c' && mag < 128 && !negative {
        let mut w = Buf::new(out_slice(buf, cap));
        w.push(mag as u8);
        return w.finish();
    }
    let (base, upper) = match format_char {
        b'x' => (16u64, false),
        b'X' => (16u64, true),
        b'o' => (8u64, false),
        _ => (10u64, false),
    };
    while let Some(slot) = digits.get_mut(n) {
        let d = (mag % base) as u8;
        *slot = match d {
            0..=9 => b'0' + d,
            _ if upper => b'A' + d - 10,
            _ => b'a' + d - 10,
        };
        n += 1;
        mag /= base;
        if mag == 0 {
            break;
        }
    }
    let body = n + negative as usize;
    let width = if width > 0 { width as usize } else { 0 };
    let pad = width.saturating_sub(body);
    let mut w = Buf::new(out_slice(buf, cap));
    if padding == b'0' {
        if negative {
            w.push_bytes(b"-");
        }
        for _ in 0..pad {
            w.push_bytes(b"0");
        }
    } else {
        for _ in 0..pad {
            w.push(padding);
        }
        if negative {
            w.push_bytes(b"-");
        }
    }
    w.push_reversed(&digits, n);
    w.finish()
}

// ---------------------------------------------------------------------------------------------
// Keyword names
// ---------------------------------------------------------------------------------------------

/// Byte-wise equality of two names (keyword matching when the two objects are not the same
/// interned qstr). Returns 1 when equal.
///
/// # Safety
/// `a`/`b` NULL or valid for `a_len`/`b_len` bytes.
#[no_mangle]
pub unsafe extern "C" fn cy_rs_name_eq(
    a: *const u8,
    a_len: usize,
    b: *const u8,
    b_len: usize,
) -> c_int {
    (a_len == b_len && raw_bytes(a, a_len) == raw_bytes(b, b_len)) as c_int
}

/// The part of a dotted C string after its last `'.'` (`"mod.func"` -> `"func"`), as a pointer
/// into the same string; the whole string when it has no dot. Used for traceback block names.
///
/// # Safety
/// `s` NULL or NUL-terminated.
#[no_mangle]
pub unsafe extern "C" fn cy_rs_last_component(
    s: *const c_char,
    out_len: *mut usize,
) -> *const c_char {
    let bytes = c_bytes(s, usize::MAX);
    let start = match bytes.iter().rposition(|&c| c == b'.') {
        Some(i) => i + 1,
        None => 0,
    };
    if !out_len.is_null() {
        *out_len = bytes.len() - start;
    }
    if s.is_null() {
        s
    } else {
        s.add(start)
    }
}

/// The first UTF-8 decoding error in `data[..len]`, as CPython's UTF-8 decoder reports it:
/// -1 when the data is valid, else the reason (0 "invalid start byte", 1 "invalid continuation
/// byte", 2 "unexpected end of data") with the byte range of the bad sequence in
/// `*start..*end` (the `start`/`end` of CPython's UnicodeDecodeError).
///
/// # Safety
/// `data` valid for `len` bytes (or NULL with len 0); `start`, `end` valid pointers.
#[no_mangle]
pub unsafe extern "C" fn cy_rs_utf8_error(
    data: *const u8,
    len: usize,
    start: *mut usize,
    end: *mut usize,
) -> c_int {
    let b = raw_bytes(data, len);
    let (reason, s, e) = match utf8_error(b) {
        Some(r) => r,
        None => return -1,
    };
    *start = s;
    *end = e;
    reason
}

fn utf8_error(b: &[u8]) -> Option<(c_int, usize, usize)> {
    const START: c_int = 0;
    const CONTINUATION: c_int = 1;
    const TRUNCATED: c_int = 2;
    let cont = |c: u8| (0x80..=0xBF).contains(&c);
    let n = b.len();
    let mut i = 0;
    while let Some(&c) = b.get(i) {
        // (sequence length, the range the second byte must be in)
        let (len, lo, hi) = match c {
            0x00..=0x7F => {
                i += 1;
                continue;
            }
            0xC2..=0xDF => (2, 0x80, 0xBF),
            0xE0 => (3, 0xA0, 0xBF),
            0xED => (3, 0x80, 0x9F),
            0xE1..=0xEF => (3, 0x80, 0xBF),
            0xF0 => (4, 0x90, 0xBF),
            0xF4 => (4, 0x80, 0x8F),
            0xF1..=0xF3 => (4, 0x80, 0xBF),
            _ => return Some((START, i, i + 1)),
        };
        // Bytes after the lead byte, checked in order; the first bad one ends the range.
        for k in 1..len {
            let next = match b.get(i + k) {
                Some(&next) => next,
                None => return Some((TRUNCATED, i, n)),
            };
            let ok = if k == 1 {
                (lo..=hi).contains(&next)
            } else {
                cont(next)
            };
            if !ok {
                return Some((CONTINUATION, i, i + k));
            }
        }
        i += len;
    }
    None
}

#[cfg(test)]
mod tests {
    extern crate std;
    use super::*;
    use std::string::String;

    fn run(f: impl FnOnce(*mut u8, usize) -> usize) -> String {
        let mut buf = [0xAAu8; 256];
        let n = f(buf.as_mut_ptr(), buf.len());
        assert_eq!(buf[n], 0, "NUL-terminated");
        String::from_utf8(buf[..n].to_vec()).unwrap()
    }

    #[test]
    fn integer_power_wraps_like_c() {
        assert_eq!(cy_rs_pow_u64(3, 4), 81);
        assert_eq!(cy_rs_pow_u64(7, 0), 1);
        assert_eq!(cy_rs_pow_u64(0, 0), 1);
        assert_eq!(cy_rs_pow_u64(2, -1), 0);
        assert_eq!(cy_rs_pow_u64((-3i64) as u64, 3) as i64, -27);
        assert_eq!(cy_rs_pow_u64(100000, 2) as i32, 1410065408);
        assert_eq!(cy_rs_pow_u64(2, 64), 0);
    }

    #[test]
    fn argtuple_messages_match_cpython() {
        let f = c"fib".as_ptr();
        assert_eq!(
            run(|b, c| unsafe { cy_rs_fmt_argtuple_invalid(b, c, f, 1, 1, 1, 2) }),
            "fib() takes exactly 1 positional argument (2 given)"
        );
        let f = c"add".as_ptr();
        assert_eq!(
            run(|b, c| unsafe { cy_rs_fmt_argtuple_invalid(b, c, f, 0, 1, 2, 0) }),
            "add() takes at least 1 positional argument (0 given)"
        );
        assert_eq!(
            run(|b, c| unsafe { cy_rs_fmt_argtuple_invalid(b, c, f, 0, 1, 2, 3) }),
            "add() takes at most 2 positional arguments (3 given)"
        );
        let f = c"hyp".as_ptr();
        assert_eq!(
            run(|b, c| unsafe { cy_rs_fmt_argtuple_invalid(b, c, f, 1, 2, 2, 1) }),
            "hyp() takes exactly 2 positional arguments (1 given)"
        );
    }

    #[test]
    fn keyword_messages() {
        let f = c"f".as_ptr();
        let k = b"zz";
        let m = |kind| run(|b, c| unsafe { cy_rs_fmt_kw_error(b, c, kind, f, k.as_ptr(), 2) });
        assert_eq!(
            m(CY_RS_KW_UNEXPECTED),
            "f() got an unexpected keyword argument 'zz'"
        );
        assert_eq!(
            m(CY_RS_KW_DUPLICATE),
            "f() got multiple values for keyword argument 'zz'"
        );
        assert_eq!(m(CY_RS_KW_REQUIRED), "f() needs keyword-only argument zz");
        assert_eq!(m(CY_RS_KW_NOT_STRING), "f() keywords must be strings");
        assert_eq!(m(CY_RS_KW_NO_KEYWORDS), "f() takes no keyword arguments");
    }

    #[test]
    fn argcount_unpack_overflow() {
        let f = c"bump".as_ptr();
        let msg = c"takes no arguments".as_ptr();
        assert_eq!(
            run(|b, c| unsafe { cy_rs_fmt_argcount(b, c, f, msg, 1) }),
            "bump() takes no arguments (1 given)"
        );
        assert_eq!(
            run(|b, c| unsafe { cy_rs_fmt_unpack(b, c, 0, 1) }),
            "need more than 1 value to unpack"
        );
        assert_eq!(
            run(|b, c| unsafe { cy_rs_fmt_unpack(b, c, 0, 0) }),
            "need more than 0 values to unpack"
        );
        assert_eq!(
            run(|b, c| unsafe { cy_rs_fmt_unpack(b, c, 1, 2) }),
            "too many values to unpack (expected 2)"
        );
        assert_eq!(
            run(|b, c| unsafe { cy_rs_fmt_unpack(b, c, 1, isize::MIN) }),
            "too many values to unpack (expected -9223372036854775808)"
        );
        assert_eq!(
            run(|b, c| unsafe { cy_rs_fmt_argcount(b, c, f, msg, isize::MAX) }),
            "bump() takes no arguments (9223372036854775807 given)"
        );
        let t = c"int".as_ptr();
        assert_eq!(
            run(|b, c| unsafe { cy_rs_fmt_overflow(b, c, 0, t) }),
            "value too large to convert to int"
        );
        let t = c"unsigned int".as_ptr();
        assert_eq!(
            run(|b, c| unsafe { cy_rs_fmt_overflow(b, c, 1, t) }),
            "can't convert negative value to unsigned int"
        );
    }

    #[test]
    fn truncates_without_overflowing() {
        let mut buf = [0xAAu8; 8];
        let f = c"a_long_function_name".as_ptr();
        let n = unsafe { cy_rs_fmt_argtuple_invalid(buf.as_mut_ptr(), buf.len(), f, 1, 1, 1, 2) };
        assert_eq!(n, 7);
        assert_eq!(&buf[..8], b"a_long_\0");
        assert_eq!(
            unsafe { cy_rs_fmt_unpack(core::ptr::null_mut(), 0, 1, 2) },
            0
        );
        let long = [b'x'; 300];
        let mut s = std::vec::Vec::from(&long[..]);
        s.push(0);
        let msg = run(|b, c| unsafe {
            cy_rs_fmt_argcount(b, c, s.as_ptr() as *const c_char, c"m".as_ptr(), 0)
        });
        assert!(msg.starts_with(&"x".repeat(200)));
        assert!(msg.len() < 256);
    }

    #[test]
    fn narrowing() {
        assert_eq!(cy_rs_check_narrow_i64(127, 8, 1), 0);
        assert_eq!(cy_rs_check_narrow_i64(128, 8, 1), 1);
        assert_eq!(cy_rs_check_narrow_i64(-128, 8, 1), 0);
        assert_eq!(cy_rs_check_narrow_i64(-129, 8, 1), 1);
        assert_eq!(cy_rs_check_narrow_i64(255, 8, 0), 0);
        assert_eq!(cy_rs_check_narrow_i64(256, 8, 0), 1);
        assert_eq!(cy_rs_check_narrow_i64(-1, 8, 0), -1);
        assert_eq!(cy_rs_check_narrow_i64(i32::MAX as i64, 32, 1), 0);
        assert_eq!(cy_rs_check_narrow_i64(i32::MAX as i64 + 1, 32, 1), 1);
        assert_eq!(cy_rs_check_narrow_i64(i64::MIN, 64, 1), 0);
        assert_eq!(cy_rs_check_narrow_i64(i64::MAX, 64, 0), 0);
        assert_eq!(cy_rs_check_narrow_i64(-1, 64, 0), -1);
        assert_eq!(cy_rs_check_narrow_u64(u64::MAX, 64, 0), 0);
        assert_eq!(cy_rs_check_narrow_u64(u64::MAX, 64, 1), 1);
        assert_eq!(cy_rs_check_narrow_u64(1 << 63, 64, 1), 1);
        assert_eq!(cy_rs_check_narrow_u64((1 << 63) - 1, 64, 1), 0);
        assert_eq!(cy_rs_check_narrow_u64(65535, 16, 0), 0);
        assert_eq!(cy_rs_check_narrow_u64(65536, 16, 0), 1);
        assert_eq!(cy_rs_check_narrow_u64(32768, 16, 1), 1);
    }

    #[test]
    fn int_formatting() {
        let f = |v: i64, u: c_int, w: isize, p: u8, c: u8| {
            run(|b, cap| unsafe { cy_rs_fmt_int(b, cap, v, u, w, p, c) })
        };
        assert_eq!(f(42, 0, 0, b' ', b'd'), "42");
        assert_eq!(f(-42, 0, 0, b' ', b'd'), "-42");
        assert_eq!(f(-42, 0, 6, b' ', b'd'), "   -42");
        assert_eq!(f(-42, 0, 6, b'0', b'd'), "-00042");
        assert_eq!(f(255, 0, 0, b' ', b'x'), "ff");
        assert_eq!(f(255, 0, 4, b'0', b'X'), "00FF");
        assert_eq!(f(8, 0, 0, b' ', b'o'), "10");
        assert_eq!(f(0, 0, 0, b' ', b'd'), "0");
        assert_eq!(f(i64::MIN, 0, 0, b' ', b'd'), "-9223372036854775808");
        assert_eq!(f(-1, 1, 0, b' ', b'd'), "18446744073709551615");
        assert_eq!(f(65, 0, 0, b' ', b'c'), "A");
    }

    #[test]
    fn names() {
        assert_eq!(
            unsafe { cy_rs_name_eq(b"abc".as_ptr(), 3, b"abc".as_ptr(), 3) },
            1
        );
        assert_eq!(
            unsafe { cy_rs_name_eq(b"abc".as_ptr(), 3, b"abd".as_ptr(), 3) },
            0
        );
        assert_eq!(
            unsafe { cy_rs_name_eq(b"ab".as_ptr(), 2, b"abc".as_ptr(), 3) },
            0
        );
        assert_eq!(
            unsafe { cy_rs_name_eq(core::ptr::null(), 0, b"".as_ptr(), 0) },
            1
        );
        let mut n = 0usize;
        let s = c"basics.fib";
        let p = unsafe { cy_rs_last_component(s.as_ptr(), &mut n) };
        assert_eq!(n, 3);
        assert_eq!(
            unsafe { core::ffi::CStr::from_ptr(p) }.to_str().unwrap(),
            "fib"
        );
        let s = c"init basics";
        let p = unsafe { cy_rs_last_component(s.as_ptr(), &mut n) };
        assert_eq!(n, 11);
        assert_eq!(p, s.as_ptr());
    }

    #[test]
    fn utf8_errors_as_cpython_reports_them() {
        let e = |b: &[u8]| utf8_error(b);
        assert_eq!(e(b"abc"), None);
        assert_eq!(e("h\u{e9}\u{20ac}\u{1f600}".as_bytes()), None);
        assert_eq!(e(b"\xff"), Some((0, 0, 1)));
        assert_eq!(e(b"a\x80b"), Some((0, 1, 2)));
        assert_eq!(e(b"\xc3"), Some((2, 0, 1)));
        assert_eq!(e(b"ab\xe2\x82"), Some((2, 2, 4)));
        assert_eq!(e(b"\xc3x"), Some((1, 0, 1)));
        assert_eq!(e(b"\xe2\x82x"), Some((1, 0, 2)));
        assert_eq!(e(b"\xe0\x80\x80"), Some((1, 0, 1)));
        assert_eq!(e(b"\xed\xa0\x80"), Some((1, 0, 1)));
        assert_eq!(e(b"\xf0\x9f\x98x"), Some((1, 0, 3)));
        assert_eq!(e(b"\xf4\x90\x80\x80"), Some((1, 0, 1)));
        assert_eq!(e(b"\xf0\x9f"), Some((2, 0, 2)));
        assert_eq!(e(b"\xf0x"), Some((1, 0, 1)));
        assert_eq!(e(b"\xe0\x80"), Some((1, 0, 1)));
    }
}
