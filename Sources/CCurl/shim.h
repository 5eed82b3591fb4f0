#ifndef SDS_CCURL_SHIM_H
#define SDS_CCURL_SHIM_H
#include <curl/curl.h>
#include <string.h>

/* Small wrappers around libcurl for sending drafts over HTTPS. They exist because curl_easy_setopt and
   curl_easy_getinfo are variadic, which Swift cannot call. No HTTP or TLS is done here: libcurl does it. */

static inline CURLcode sds_curl_set_long(CURL *curl, CURLoption option, long value) {
  return curl_easy_setopt(curl, option, value);
}

static inline CURLcode sds_curl_set_string(CURL *curl, CURLoption option, const char *value) {
  return curl_easy_setopt(curl, option, value);
}

static inline CURLcode sds_curl_set_pointer(CURL *curl, CURLoption option, void *value) {
  return curl_easy_setopt(curl, option, value);
}

/* Where the body of an answer goes: up to `capacity` bytes of it are kept, the rest is dropped. */
struct sds_curl_answer {
  char *data;
  size_t capacity;
  size_t length;
};

static size_t sds_curl_keep_answer(char *data, size_t size, size_t count, void *user) {
  struct sds_curl_answer *answer = (struct sds_curl_answer *)user;
  size_t total = size * count;
  size_t room = answer->capacity - answer->length;
  size_t take = total < room ? total : room;
  if (take > 0) memcpy(answer->data + answer->length, data, take);
  answer->length += take;
  return total;
}

/* Keeps the answer's body in `answer`. */
static inline CURLcode sds_curl_keep_answer_in(CURL *curl, struct sds_curl_answer *answer) {
  answer->length = 0;
  CURLcode code = curl_easy_setopt(curl, CURLOPT_WRITEFUNCTION, sds_curl_keep_answer);
  if (code != CURLE_OK) return code;
  return curl_easy_setopt(curl, CURLOPT_WRITEDATA, (void *)answer);
}

/* Sends `length` bytes at `data` as the request body (data must live until the request ends). */
static inline CURLcode sds_curl_set_body(CURL *curl, const void *data, long length) {
  CURLcode code = curl_easy_setopt(curl, CURLOPT_POSTFIELDSIZE, length);
  if (code != CURLE_OK) return code;
  return curl_easy_setopt(curl, CURLOPT_POSTFIELDS, data);
}

/* The HTTP status of the last answer, or 0 when there was none. */
static inline long sds_curl_status(CURL *curl) {
  long status = 0;
  if (curl_easy_getinfo(curl, CURLINFO_RESPONSE_CODE, &status) != CURLE_OK) return 0;
  return status;
}
#endif
