// HAL of the Cortex-M4 compile-check port.

// No pins; defining the pin type keeps py/mphal.h from pulling in extmod/virtpin.h.
#define mp_hal_pin_obj_t void *

static inline void mp_hal_set_interrupt_char(int c) {
    (void)c;
}
