# Run by tests/differential.py under the test port (with and without GC
# torture); the output must equal test_selftest.exp.
import gc
import selftest

print(selftest.add(2, 40))
print(selftest.total([1, 2, 3, 2**70]))
print(selftest.total((0.5, 0.25)))

# An object referenced only from a root pointer must survive collections.
selftest.keep([str(i) * 3 for i in range(50)])
junk = []
for i in range(2000):
    junk.append([i] * 5)
    if i % 500 == 0:
        junk = []
        gc.collect()
kept = selftest.kept()
print(len(kept), kept[0], kept[49])

# Module attribute stored through delegation.
selftest.value = {"answer": 42}
gc.collect()
print(selftest.value["answer"])

# __init__ runs on every import of a built-in module (it is not cached).
n = selftest.init_calls()
import selftest
print(selftest.init_calls() - n)

try:
    selftest.add(1)
except TypeError as e:
    print(type(e).__name__)
