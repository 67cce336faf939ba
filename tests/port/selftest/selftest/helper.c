#include "py/runtime.h"
#include "helper.h"

mp_obj_t selftest_helper_sum(mp_obj_t seq) {
    size_t len;
    mp_obj_t *items;
    mp_obj_get_array(seq, &len, &items);
    mp_obj_t total = MP_OBJ_NEW_SMALL_INT(0);
    for (size_t i = 0; i < len; i++) {
        total = mp_binary_op(MP_BINARY_OP_ADD, total, items[i]);
    }
    return total;
}
