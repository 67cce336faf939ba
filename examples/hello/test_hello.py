# The test script of the example: `cython2upy verify` runs it under CPython with hello.pyx built
# as an extension and under MicroPython with the translated module, and compares what it prints.
import hello

print([hello.fib(n) for n in range(10)])
print(hello.fib(50))
print(hello.greet("world"), hello.greet("board", punctuation="?"))
print(hello.total([1, 2.5, 3]), hello.total(()))
print(hello.apply(lambda x: x * 2, 21))
try:
    hello.fib("ten")
except TypeError as e:
    print("TypeError")
