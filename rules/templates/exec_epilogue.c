  __pyx_L1_error:;
  if (stringtab_initialized) {
    __Pyx_AddTraceback("init @MODULE@", __pyx_clineno, __pyx_lineno, __pyx_filename);
  }
  return -1;
  __pyx_L0:;
  return 0;
