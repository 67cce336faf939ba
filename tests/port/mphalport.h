// HAL of the host test port.

// No pins on this port; defining the pin type keeps py/mphal.h from pulling in
// extmod/virtpin.h.
#define mp_hal_pin_obj_t void *

// No ctrl-C handling: scripts run to completion or are killed by the harness.
static inline void mp_hal_set_interrupt_char(int c) {
    (void)c;
}

struct _vstr_t;
int port_readline(struct _vstr_t *line, const char *prompt);
