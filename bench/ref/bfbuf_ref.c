// Hand-written counterpart of bench/bfbuf.pyx: fill an RGB565 frame (array('H')) with a colour,
// and blit a sprite onto it with clipping and a transparent key colour.
#include "py/runtime.h"

static uint16_t *frame_of(mp_obj_t obj, size_t *n, mp_uint_t flags) {
    mp_buffer_info_t b;
    mp_get_buffer_raise(obj, &b, flags);
    if (b.typecode != 'H') {
        mp_raise_ValueError(MP_ERROR_TEXT("buffer of unsigned shorts expected"));
    }
    *n = b.len / sizeof(uint16_t);
    return b.buf;
}

static mp_obj_t fill(mp_obj_t fb_in, mp_obj_t color_in) {
    size_t n;
    uint16_t *fb = frame_of(fb_in, &n, MP_BUFFER_WRITE);
    uint16_t color = (uint16_t)mp_obj_get_int(color_in);
    for (size_t i = 0; i < n; i++) {
        fb[i] = color;
    }
    return mp_const_none;
}
static MP_DEFINE_CONST_FUN_OBJ_2(fill_obj, fill);

static mp_obj_t blit(size_t n_args, const mp_obj_t *args) {
    (void)n_args;
    size_t n, ns;
    uint16_t *fb = frame_of(args[0], &n, MP_BUFFER_WRITE);
    int width = mp_obj_get_int(args[1]);
    const uint16_t *sprite = frame_of(args[2], &ns, MP_BUFFER_READ);
    int w = mp_obj_get_int(args[3]), h = mp_obj_get_int(args[4]);
    int x0 = mp_obj_get_int(args[5]), y0 = mp_obj_get_int(args[6]);
    int key = mp_obj_get_int(args[7]);
    int height = (int)(n / (size_t)width);
    for (int y = 0; y < h; y++) {
        int ys = y0 + y;
        if (ys < 0 || ys >= height) {
            continue;
        }
        for (int x = 0; x < w; x++) {
            int xs = x0 + x;
            if (xs < 0 || xs >= width) {
                continue;
            }
            uint16_t c = sprite[y * w + x];
            if (c != key) {
                fb[ys * width + xs] = c;
            }
        }
    }
    return mp_const_none;
}
static MP_DEFINE_CONST_FUN_OBJ_VAR_BETWEEN(blit_obj, 8, 8, blit);

static const mp_rom_map_elem_t bfbuf_ref_globals_table[] = {
    { MP_ROM_QSTR(MP_QSTR___name__), MP_ROM_QSTR(MP_QSTR_bfbuf_ref) },
    { MP_ROM_QSTR(MP_QSTR_fill), MP_ROM_PTR(&fill_obj) },
    { MP_ROM_QSTR(MP_QSTR_blit), MP_ROM_PTR(&blit_obj) },
};
static MP_DEFINE_CONST_DICT(bfbuf_ref_globals, bfbuf_ref_globals_table);

const mp_obj_module_t bfbuf_ref_module = {
    .base = { &mp_type_module },
    .globals = (mp_obj_dict_t *)&bfbuf_ref_globals,
};
MP_REGISTER_MODULE(MP_QSTR_bfbuf_ref, bfbuf_ref_module);
