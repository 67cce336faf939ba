# Run under the test port built with FAULTS=1 (tests/allocfail.py): for each call, make the 1st,
# 2nd, ... heap allocation fail in turn until the call no longer reaches the failing one. Every
# run must end in MemoryError (or another clean exception, or a correct result when the failure
# was absorbed), and the same call must give its normal result again right after.
import faults
import basics
import rooting

CALLS = [
    ("basics.add", lambda: basics.add([1], [2, 3])),
    ("basics.greet", lambda: basics.greet("world", greeting="Hi")),
    ("basics.describe", lambda: basics.describe("ann", age=3, city="Oslo")),
    ("basics.primes_below", lambda: basics.primes_below(60)),
    ("basics.word_lengths", lambda: basics.word_lengths(["ab", "cde", ""])),
    ("basics.format_row", lambda: basics.format_row("bolt", 3, 0.25)),
    ("basics.summary", lambda: basics.summary([1.5, 2.5, 4.0])),
    ("basics.checked_sqrt raises", lambda: basics.checked_sqrt(-1.0)),
    ("basics.apply", lambda: basics.apply(str, [1, 2, 3])),
    ("basics.maybe_first", lambda: basics.maybe_first([])),
    ("rooting.Bar", lambda: rooting.Bar(3)),
    ("rooting.with_default", lambda: rooting.with_default()),
    ("rooting.globals_now", lambda: rooting.globals_now()),
    ("rooting.make_counter", lambda: rooting.make_counter(1)()),
    ("rooting.constants", lambda: rooting.constants()),
]


# The result goes into a slot made beforehand, and the outcome is a name (a qstr): the script's
# own bookkeeping must not allocate while a failure is armed.
box = [None]


def run(f):
    box[0] = None
    try:
        box[0] = f()
        return "ok"
    except MemoryError:
        return "MemoryError"
    except Exception as e:
        return type(e).__name__


def outcome(f):
    kind = run(f)
    return kind, box[0]


failures = 0
for name, f in CALLS:
    kind, value = outcome(f)
    want = (kind, repr(value))
    counts = {}
    n = 1
    while n < 5000:
        faults.fail_after(n)
        kind = run(f)
        fired = faults.pending() == 0
        faults.fail_after(0)
        value = box[0]
        if not fired:
            break  # the call made fewer than n allocations: every one has failed once
        counts[kind] = counts.get(kind, 0) + 1
        if kind == "ok" and (kind, repr(value)) != want:
            print("FAIL", name, "allocation", n, "absorbed, but the result is", repr(value))
            failures += 1
        again = outcome(f)
        if (again[0], repr(again[1])) != want:
            print("FAIL", name, "after allocation", n, "failed, the call gives", again[0], repr(again[1]))
            failures += 1
        n += 1
    print(name, "allocations:", n - 1, "outcomes:", sorted(counts.items()))

print("ALL OK" if failures == 0 else "%d FAILURES" % failures)
