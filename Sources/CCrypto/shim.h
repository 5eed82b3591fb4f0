#ifndef SDS_CCRYPTO_SHIM_H
#define SDS_CCRYPTO_SHIM_H
#include <openssl/evp.h>
#include <openssl/rand.h>
#include <openssl/crypto.h>
#include <openssl/bio.h>
#include <openssl/buffer.h>
#include <openssl/pem.h>
#include <openssl/x509.h>
#include <openssl/cms.h>
#include <openssl/err.h>
#include <openssl/rsa.h>
#include <openssl/hmac.h>

/* Small wrappers around OpenSSL's CMS (RFC 5652) for sealing drafts to a council's certificate.
   They exist because STACK_OF(X509) and BIO_get_mem_ptr are macros Swift cannot call. No
   cryptography is done here: OpenSSL does all of it. */

/* Reads the first certificate in PEM text. NULL when there is none. */
static inline X509 *sds_read_certificate(const void *pem, int length) {
  BIO *bio = BIO_new_mem_buf(pem, length);
  if (bio == NULL) return NULL;
  X509 *certificate = PEM_read_bio_X509(bio, NULL, NULL, NULL);
  BIO_free(bio);
  return certificate;
}

/* Reads a private key in PEM text. A key protected by a pass phrase asks for it on the terminal
   (OpenSSL's own prompt). NULL when there is none or it cannot be read. */
static inline EVP_PKEY *sds_read_private_key(const void *pem, int length) {
  BIO *bio = BIO_new_mem_buf(pem, length);
  if (bio == NULL) return NULL;
  EVP_PKEY *key = PEM_read_bio_PrivateKey(bio, NULL, NULL, NULL);
  BIO_free(bio);
  return key;
}

/* 1 when `key` is the private key of `certificate`. */
static inline int sds_key_matches(X509 *certificate, EVP_PKEY *key) {
  return X509_check_private_key(certificate, key);
}

/* Copies what a memory BIO holds into a new OPENSSL_malloc'd buffer. */
static inline int sds_take_bio(BIO *bio, unsigned char **out, size_t *out_length) {
  BUF_MEM *memory = NULL;
  BIO_get_mem_ptr(bio, &memory);
  if (memory == NULL) return 0;
  *out = OPENSSL_malloc(memory->length > 0 ? memory->length : 1);
  if (*out == NULL) return 0;
  memcpy(*out, memory->data, memory->length);
  *out_length = memory->length;
  return 1;
}

/* Encrypts `data` for the holder of `certificate`'s private key: CMS AuthEnvelopedData with
   AES-256-GCM, DER encoded. For an RSA certificate the content key is wrapped with RSA-OAEP and
   SHA-256, as `openssl cms -encrypt -aes-256-gcm -binary -outform DER -keyopt rsa_padding_mode:oaep
   -keyopt rsa_oaep_md:sha256` does. Returns 1 and a buffer to free with OPENSSL_free, or 0. */
static inline int sds_cms_seal(X509 *certificate, const void *data, int length, unsigned char **out, size_t *out_length) {
  int ok = 0;
  BIO *in = BIO_new_mem_buf(data, length);
  BIO *sealed = BIO_new(BIO_s_mem());
  CMS_ContentInfo *cms = NULL;
  CMS_RecipientInfo *recipient = NULL;
  if (in == NULL || sealed == NULL) goto done;
  cms = CMS_encrypt(NULL, NULL, EVP_aes_256_gcm(), CMS_BINARY | CMS_PARTIAL);
  if (cms == NULL) goto done;
  recipient = CMS_add1_recipient_cert(cms, certificate, CMS_KEY_PARAM);
  if (recipient == NULL) goto done;
  if (EVP_PKEY_get_base_id(X509_get0_pubkey(certificate)) == EVP_PKEY_RSA) {
    EVP_PKEY_CTX *context = CMS_RecipientInfo_get0_pkey_ctx(recipient);
    if (context == NULL) goto done;
    if (EVP_PKEY_CTX_set_rsa_padding(context, RSA_PKCS1_OAEP_PADDING) <= 0) goto done;
    if (EVP_PKEY_CTX_set_rsa_oaep_md(context, EVP_sha256()) <= 0) goto done;
  }
  if (CMS_final(cms, in, NULL, CMS_BINARY) != 1) goto done;
  if (i2d_CMS_bio(sealed, cms) != 1) goto done;
  ok = sds_take_bio(sealed, out, out_length);
done:
  CMS_ContentInfo_free(cms);
  BIO_free(sealed);
  BIO_free(in);
  ERR_clear_error();
  return ok;
}

/* 1 when `data` parses as a DER CMS structure at all (so a failure to open is about the key). */
static inline int sds_cms_parses(const void *data, int length) {
  BIO *in = BIO_new_mem_buf(data, length);
  if (in == NULL) return 0;
  CMS_ContentInfo *cms = d2i_CMS_bio(in, NULL);
  BIO_free(in);
  if (cms == NULL) return 0;
  CMS_ContentInfo_free(cms);
  return 1;
}

/* Decrypts what sds_cms_seal made, with the recipient's private key (and its certificate, when
   given, to pick the right recipient). Returns 1 and a buffer to free with OPENSSL_free, or 0 when
   the key does not open it or it was changed. */
static inline int sds_cms_open(EVP_PKEY *key, X509 *certificate, const void *data, int length, unsigned char **out, size_t *out_length) {
  int ok = 0;
  BIO *in = BIO_new_mem_buf(data, length);
  BIO *opened = BIO_new(BIO_s_mem());
  CMS_ContentInfo *cms = NULL;
  if (in == NULL || opened == NULL) goto done;
  cms = d2i_CMS_bio(in, NULL);
  if (cms == NULL) goto done;
  if (CMS_decrypt(cms, key, certificate, NULL, opened, CMS_BINARY) != 1) goto done;
  ok = sds_take_bio(opened, out, out_length);
done:
  CMS_ContentInfo_free(cms);
  BIO_free(opened);
  BIO_free(in);
  ERR_clear_error();
  return ok;
}

static inline void sds_free_buffer(unsigned char *buffer) { OPENSSL_free(buffer); }
#endif
