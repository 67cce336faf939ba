// Cortex-M4 compile-check port: just enough of a bare-metal firmware to link MicroPython and
// the translated modules into one image. It is never run; the vector table, reset handler and
// HAL exist so the link resolves every symbol a real board would have to provide.

#include <stdint.h>
#include <string.h>

#include "py/builtin.h"
#include "py/compile.h"
#include "py/cstack.h"
#include "py/gc.h"
#include "py/lexer.h"
#include "py/mperrno.h"
#include "py/mphal.h"
#include "py/runtime.h"
#include "shared/runtime/gchelper.h"

// Symbols of port.ld.
extern uint32_t _sidata, _sdata, _edata, _sbss, _ebss, _estack;
extern uint8_t _heap_start, _heap_end;

#define PORT_STACK_SIZE (8 * 1024)

// Compile and run a line of Python, so the compiler and the VM are in the image like on a
// board. (The built-in modules, translated ones included, are kept by py/objmodule.c's table.)
static void run_code(const char *code) {
    nlr_buf_t nlr;
    if (nlr_push(&nlr) == 0) {
        qstr source_name = MP_QSTR__lt_stdin_gt_;
        mp_lexer_t *lex = mp_lexer_new_from_str_len(source_name, code, strlen(code), 0);
        mp_parse_tree_t parse_tree = mp_parse(lex, MP_PARSE_FILE_INPUT);
        mp_obj_t module_fun = mp_compile(&parse_tree, source_name, false);
        mp_call_function_0(module_fun);
        nlr_pop();
    } else {
        mp_obj_print_exception(&mp_plat_print, (mp_obj_t)nlr.ret_val);
    }
}

int main(void) {
    mp_cstack_init_with_top(&_estack, PORT_STACK_SIZE);
    gc_init(&_heap_start, &_heap_end);
    mp_init();
    run_code("print('hello')\n");
    mp_deinit();
    for (;;) {
    }
}

void gc_collect(void) {
    gc_collect_start();
    gc_helper_collect_regs_and_stack();
    gc_collect_end();
}

mp_lexer_t *mp_lexer_new_from_file(qstr filename) {
    (void)filename;
    mp_raise_OSError(MP_ENOENT);
}

mp_import_stat_t mp_import_stat(const char *path) {
    (void)path;
    return MP_IMPORT_STAT_NO_EXIST;
}

// open() is the port's to provide; there is no file system.
static mp_obj_t port_open(size_t n_args, const mp_obj_t *args, mp_map_t *kwargs) {
    (void)n_args;
    (void)args;
    (void)kwargs;
    mp_raise_OSError(MP_EPERM);
}
MP_DEFINE_CONST_FUN_OBJ_KW(mp_builtin_open_obj, 1, port_open);

MP_NORETURN void nlr_jump_fail(void *val) {
    (void)val;
    for (;;) {
    }
}

#ifndef NDEBUG
MP_NORETURN void __assert_func(const char *file, int line, const char *func, const char *expr) {
    (void)file;
    (void)line;
    (void)func;
    (void)expr;
    for (;;) {
    }
}
#endif

// ---------------------------------------------------------------------------
// HAL: output goes to a UART data register, input never arrives.

#define UART_DR (*(volatile uint32_t *)0x40004404)

mp_uint_t mp_hal_stdout_tx_strn(const char *str, size_t len) {
    for (size_t i = 0; i < len; ++i) {
        UART_DR = (uint8_t)str[i];
    }
    return len;
}

void mp_hal_stdout_tx_strn_cooked(const char *str, size_t len) {
    mp_hal_stdout_tx_strn(str, len);
}

void mp_hal_stdout_tx_str(const char *str) {
    mp_hal_stdout_tx_strn(str, strlen(str));
}

int mp_hal_stdin_rx_chr(void) {
    for (;;) {
    }
}

// ---------------------------------------------------------------------------
// Start-up: copy .data, clear .bss, run main.

MP_NORETURN void Reset_Handler(void) {
    uint32_t *src = &_sidata;
    for (uint32_t *dst = &_sdata; dst < &_edata;) {
        *dst++ = *src++;
    }
    for (uint32_t *dst = &_sbss; dst < &_ebss;) {
        *dst++ = 0;
    }
    // Enable the FPU (CP10/CP11 full access) before any float instruction runs.
    *(volatile uint32_t *)0xE000ED88 |= 0xFu << 20;
    main();
    for (;;) {
    }
}

static void Default_Handler(void) {
    for (;;) {
    }
}

__attribute__((section(".isr_vector"), used))
const void *const isr_vector[16] = {
    &_estack,
    Reset_Handler,
    Default_Handler, // NMI
    Default_Handler, // HardFault
    Default_Handler, // MemManage
    Default_Handler, // BusFault
    Default_Handler, // UsageFault
};
