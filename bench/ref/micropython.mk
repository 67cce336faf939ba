# Hand-written MicroPython user C modules that the benchmarks compare translated modules
# against: each bench/ref/X_ref.c does what bench/X.pyx does, written the way a MicroPython
# developer writes a module (ROM globals table, MP_DEFINE_CONST_FUN_OBJ_*, mp_obj_get_int, ...).
BENCH_REF_DIR := $(USERMOD_DIR)
SRC_USERMOD_C += $(wildcard $(BENCH_REF_DIR)/*_ref.c)
