#ifndef SDS_CREADLINE_SHIM_H
#define SDS_CREADLINE_SHIM_H
// readline.h uses FILE, so stdio comes first.
#include <stdio.h>
#include <readline/readline.h>
#include <readline/history.h>

// Swift 6 refuses to touch C globals directly, so each one we need has a setter or getter here.
static inline void sds_rl_set_catch_signals(int on) { rl_catch_signals = on; }
static inline void sds_rl_set_catch_sigwinch(int on) { rl_catch_sigwinch = on; }
static inline void sds_rl_set_completion_append_character(int c) { rl_completion_append_character = c; }
static inline void sds_rl_set_attempted_completion_over(int on) { rl_attempted_completion_over = on; }
static inline void sds_rl_set_attempted_completion_function(rl_completion_func_t *f) { rl_attempted_completion_function = f; }
static inline void sds_rl_set_readline_name(const char *name) { rl_readline_name = name; }
static inline const char *sds_rl_line_buffer(void) { return rl_line_buffer; }
#endif
