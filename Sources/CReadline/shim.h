#ifndef SDS_CREADLINE_SHIM_H
#define SDS_CREADLINE_SHIM_H
// readline.h uses FILE, so stdio comes first.
#include <stdio.h>
#include <errno.h>
#include <signal.h>
#include <sys/resource.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
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

// The rest are for SDSTerminal's line editor.
static inline int sds_rl_point(void) { return rl_point; }
static inline void sds_rl_set_point(int point) { rl_point = point < 0 ? 0 : (point > rl_end ? rl_end : point); }
static inline int sds_rl_end(void) { return rl_end; }
static inline void sds_rl_set_change_environment(int on) { rl_change_environment = on; }
static inline void sds_rl_use_standard_streams(void) { rl_instream = stdin; rl_outstream = stdout; }
/// Sends on what readline has buffered for standard output, before writing to it directly.
static inline void sds_flush_stdout(void) { fflush(stdout); }

/// Completion works on the whole line (choices have spaces in them), so no character breaks a word.
static inline void sds_rl_complete_whole_line(void) { rl_completer_word_break_characters = ""; rl_completer_quote_characters = ""; }
/// Never fall back to completing file names, even when the application's function offers nothing.
static inline char *sds_rl_no_entries(const char *text, int state) { (void)text; (void)state; return NULL; }
static inline void sds_rl_disable_filename_completion(void) { rl_completion_entry_function = sds_rl_no_entries; }

/// The terminal is prepared once for the whole session rather than around each line, so keys typed
/// between two questions are neither echoed by the terminal nor lost.
static inline void sds_rl_prepare_terminal_yourself(void) { rl_prep_term_function = NULL; rl_deprep_term_function = NULL; }

/// A redisplay that shows nothing, for a memorable word: typing is not echoed at all.
static inline void sds_rl_quiet_redisplay(void) {}
static inline void sds_rl_set_quiet(int quiet) { rl_redisplay_function = quiet ? sds_rl_quiet_redisplay : rl_redisplay; }

/// A key binding that does nothing, for keys a kiosk switches off.
static inline int sds_rl_do_nothing(int count, int key) { (void)count; (void)key; return 0; }
static inline int sds_rl_disable_keyseq(const char *keys) { return rl_bind_keyseq(keys, sds_rl_do_nothing); }

// Signals reach the main loop through a pipe, so the handler only calls write(), which is safe there.
// The handler and the descriptor it writes to are defined together, so each copy of this header that
// the compiler makes stays consistent with itself.
static int sds_signal_pipe = -1;
static inline void sds_signal_to_pipe(int signo) {
  int saved = errno;
  unsigned char byte = (unsigned char)signo;
  if (sds_signal_pipe >= 0) { ssize_t ignored = write(sds_signal_pipe, &byte, 1); (void)ignored; }
  errno = saved;
}
/// Sends `signo` to the pipe `fd` (its write end, non-blocking) from now on. Returns 0, or -1 with errno.
static inline int sds_signal_route_to_pipe(int signo, int fd) {
  struct sigaction action;
  memset(&action, 0, sizeof action);
  sds_signal_pipe = fd;
  action.sa_handler = sds_signal_to_pipe;
  sigemptyset(&action.sa_mask);
  action.sa_flags = SA_RESTART;
  return sigaction(signo, &action, NULL);
}
/// Puts back the default action for `signo`.
static inline int sds_signal_default(int signo) {
  struct sigaction action;
  memset(&action, 0, sizeof action);
  action.sa_handler = SIG_DFL;
  sigemptyset(&action.sa_mask);
  return sigaction(signo, &action, NULL);
}
/// Ignores `signo`.
static inline int sds_signal_ignore(int signo) {
  struct sigaction action;
  memset(&action, 0, sizeof action);
  action.sa_handler = SIG_IGN;
  sigemptyset(&action.sa_mask);
  return sigaction(signo, &action, NULL);
}
// A fault in the program (or a fatal signal from outside): one fixed line on standard error, then the
// process ends at once. Nothing from memory is written (no registers, no stack), so nothing typed can
// reach the system journal, and no core file is made. The handler runs on its own stack, so it works
// after a stack overflow too, and it only calls write() and _exit(), which are safe there.
static inline void sds_crash_handler(int signo) {
  const char *line =
    "sds: stopped because of a fault in the program. Nothing that was typed is shown here. "
    "The answers of that conversation were not sent; the person needs to start again.\n";
  ssize_t ignored = write(2, line, strlen(line));
  (void)ignored;
  _exit(128 + signo);
}
/// Installs the crash handler for every signal that means a fault or asks for a core dump, and turns
/// core files off. Returns 0, or -1 when a handler could not be installed.
static inline int sds_install_crash_handler(void) {
  struct rlimit none = {0, 0};
  setrlimit(RLIMIT_CORE, &none);
  stack_t stack;
  memset(&stack, 0, sizeof stack);
  stack.ss_size = 64 * 1024;
  stack.ss_sp = malloc(stack.ss_size);
  if (stack.ss_sp != NULL) sigaltstack(&stack, NULL);
  // A file-size limit is not a fault: with SIGXFSZ ignored the write fails with EFBIG, which is told
  // plainly and tried again, like a full disk.
  signal(SIGXFSZ, SIG_IGN);
  int signals[] = {SIGSEGV, SIGBUS, SIGILL, SIGFPE, SIGABRT, SIGTRAP, SIGSYS, SIGQUIT, SIGXCPU};
  int result = 0;
  // A parent may have blocked some of them (a blocked mask is inherited), which would leave a fatal
  // signal from outside pending for ever: they are unblocked, so each one ends the process.
  sigset_t fatal;
  sigemptyset(&fatal);
  for (unsigned i = 0; i < sizeof signals / sizeof signals[0]; i++) sigaddset(&fatal, signals[i]);
  if (sigprocmask(SIG_UNBLOCK, &fatal, NULL) != 0) result = -1;
  for (unsigned i = 0; i < sizeof signals / sizeof signals[0]; i++) {
    struct sigaction action;
    memset(&action, 0, sizeof action);
    action.sa_handler = sds_crash_handler;
    sigfillset(&action.sa_mask);
    action.sa_flags = SA_ONSTACK | SA_RESETHAND;
    if (sigaction(signals[i], &action, NULL) != 0) result = -1;
  }
  return result;
}
#endif
