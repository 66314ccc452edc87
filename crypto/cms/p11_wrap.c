/*
 * p11_wrap.c - the EVP_PKEY certmilter holds for a key in a PKCS#11 token
 * (p11_int.h).
 *
 * An RSA or EC key with the token key's public part and a method of ours
 * for the private operations: each one takes the libp11 key of the
 * module's current session (p11_acquire), hands the operation to it and
 * gives it back (p11_release). So the keystore's EVP_PKEY stays valid when
 * the module is re-opened after a token failure (keystore_p11.c): the next
 * operation uses the key found anew. RSA: RSA_private_encrypt and
 * RSA_private_decrypt with whatever padding OpenSSL asks for (PKCS#1 v1.5
 * signatures and decryption; PSS and OAEP padding are done by OpenSSL
 * around a raw operation), as libp11's own method does. EC: the ECDSA
 * signature (OpenSSL's sign calls our sign_sig) and ECDH.
 *
 * These are OpenSSL's legacy key methods (deprecated in 3.0, as libp11's,
 * which they wrap): a key with a method of its own is "foreign" to
 * OpenSSL 3.0, which then does the operation through the method.
 */
#define OPENSSL_SUPPRESS_DEPRECATED

#include <pthread.h>

#include <openssl/ec.h>
#include <openssl/ecdsa.h>
#include <openssl/rsa.h>

#include "p11_int.h"

static pthread_once_t meth_once = PTHREAD_ONCE_INIT;
static RSA_METHOD *rsa_meth;
static EC_KEY_METHOD *ec_meth;
static int rsa_idx = -1, ec_idx = -1;
static int (*rsa_finish_orig)(RSA *rsa);
static void (*ec_finish_orig)(EC_KEY *key);
typedef int (*ckey_fn)(unsigned char **psec, size_t *pseclen, const EC_POINT *pub,
                       const EC_KEY *ecdh);

static int w_rsa_priv_enc(int flen, const unsigned char *from, unsigned char *to, RSA *rsa,
                          int padding)
{
	struct p11_key *k = RSA_get_ex_data(rsa, rsa_idx);
	EVP_PKEY *u = k != NULL ? p11_acquire(k) : NULL;
	int ret;

	if (u == NULL)
		return -1;
	ret = RSA_private_encrypt(flen, from, to, (RSA *)EVP_PKEY_get0_RSA(u), padding);
	p11_release(k, u, ret < 0);
	return ret;
}

static int w_rsa_priv_dec(int flen, const unsigned char *from, unsigned char *to, RSA *rsa,
                          int padding)
{
	struct p11_key *k = RSA_get_ex_data(rsa, rsa_idx);
	EVP_PKEY *u = k != NULL ? p11_acquire(k) : NULL;
	int ret;

	if (u == NULL)
		return -1;
	ret = RSA_private_decrypt(flen, from, to, (RSA *)EVP_PKEY_get0_RSA(u), padding);
	p11_release(k, u, ret < 0);
	return ret;
}

static int w_rsa_finish(RSA *rsa)
{
	struct p11_key *k = RSA_get_ex_data(rsa, rsa_idx);

	if (k != NULL)
		p11_key_free(k);
	return rsa_finish_orig != NULL ? rsa_finish_orig(rsa) : 1;
}

static ECDSA_SIG *w_ec_sign_sig(const unsigned char *dgst, int dlen, const BIGNUM *kinv,
                                const BIGNUM *r, EC_KEY *eckey)
{
	struct p11_key *k = EC_KEY_get_ex_data(eckey, ec_idx);
	EVP_PKEY *u = k != NULL ? p11_acquire(k) : NULL;
	ECDSA_SIG *sig;

	if (u == NULL)
		return NULL;
	sig = ECDSA_do_sign_ex(dgst, dlen, kinv, r, (EC_KEY *)EVP_PKEY_get0_EC_KEY(u));
	p11_release(k, u, sig == NULL);
	return sig;
}

static int w_ec_ckey(unsigned char **psec, size_t *pseclen, const EC_POINT *pub, const EC_KEY *ecdh)
{
	struct p11_key *k = EC_KEY_get_ex_data(ecdh, ec_idx);
	EVP_PKEY *u = k != NULL ? p11_acquire(k) : NULL;
	const EC_KEY *ue;
	ckey_fn ckey = NULL;
	int ret = 0;

	if (u == NULL)
		return 0;
	ue = EVP_PKEY_get0_EC_KEY(u);
	EC_KEY_METHOD_get_compute_key(EC_KEY_get_method(ue), &ckey);
	if (ckey != NULL)
		ret = ckey(psec, pseclen, pub, ue);
	p11_release(k, u, ret != 1);
	return ret;
}

static void w_ec_finish(EC_KEY *eckey)
{
	struct p11_key *k = EC_KEY_get_ex_data(eckey, ec_idx);

	if (k != NULL)
		p11_key_free(k);
	if (ec_finish_orig != NULL)
		ec_finish_orig(eckey);
}

static void meth_init(void)
{
	int (*ec_init)(EC_KEY *) = NULL;
	int (*ec_copy)(EC_KEY *, const EC_KEY *) = NULL;
	int (*ec_group)(EC_KEY *, const EC_GROUP *) = NULL;
	int (*ec_priv)(EC_KEY *, const BIGNUM *) = NULL;
	int (*ec_pub)(EC_KEY *, const EC_POINT *) = NULL;
	int (*ec_sign)(int, const unsigned char *, int, unsigned char *, unsigned int *,
	               const BIGNUM *, const BIGNUM *, EC_KEY *) = NULL;

	rsa_idx = RSA_get_ex_new_index(0, NULL, NULL, NULL, NULL);
	ec_idx = EC_KEY_get_ex_new_index(0, NULL, NULL, NULL, NULL);
	rsa_finish_orig = RSA_meth_get_finish(RSA_PKCS1_OpenSSL());
	rsa_meth = RSA_meth_dup(RSA_PKCS1_OpenSSL());
	if (rsa_meth != NULL) {
		RSA_meth_set1_name(rsa_meth, "certmilter PKCS#11 key");
		RSA_meth_set_priv_enc(rsa_meth, w_rsa_priv_enc);
		RSA_meth_set_priv_dec(rsa_meth, w_rsa_priv_dec);
		RSA_meth_set_finish(rsa_meth, w_rsa_finish);
	}
	EC_KEY_METHOD_get_init(EC_KEY_OpenSSL(), &ec_init, &ec_finish_orig, &ec_copy, &ec_group,
	                       &ec_priv, &ec_pub);
	EC_KEY_METHOD_get_sign(EC_KEY_OpenSSL(), &ec_sign, NULL, NULL);
	ec_meth = EC_KEY_METHOD_new(EC_KEY_OpenSSL());
	if (ec_meth != NULL) {
		EC_KEY_METHOD_set_init(ec_meth, ec_init, w_ec_finish, ec_copy, ec_group, ec_priv,
		                       ec_pub);
		EC_KEY_METHOD_set_sign(ec_meth, ec_sign, NULL, w_ec_sign_sig);
		EC_KEY_METHOD_set_compute_key(ec_meth, w_ec_ckey);
	}
}

/* An RSA key with under's n and e and our method (set before the key goes
 * into an EVP_PKEY: OpenSSL looks at the method then). */
static RSA *wrap_rsa(const RSA *ur, const RSA *pub, struct p11_key *k)
{
	const BIGNUM *n = NULL, *e = NULL;
	RSA *r = NULL;
	BIGNUM *n2 = NULL, *e2 = NULL;

	RSA_get0_key(ur, &n, &e, NULL);
	if ((n == NULL || e == NULL) && pub != NULL)
		RSA_get0_key(pub, &n, &e, NULL);
	if (rsa_meth == NULL || n == NULL || e == NULL || (r = RSA_new()) == NULL)
		goto fail;
	if ((n2 = BN_dup(n)) == NULL || (e2 = BN_dup(e)) == NULL ||
	    RSA_set0_key(r, n2, e2, NULL) != 1)
		goto fail;
	n2 = e2 = NULL;
	if (RSA_set_method(r, rsa_meth) != 1 || RSA_set_ex_data(r, rsa_idx, k) != 1)
		goto fail;
	return r;
fail:
	BN_free(n2);
	BN_free(e2);
	if (r != NULL)
		RSA_set_ex_data(r, rsa_idx, NULL); /* k is not ours yet */
	RSA_free(r);
	return NULL;
}

static EC_KEY *wrap_ec(const EC_KEY *ue, const EC_KEY *pub, struct p11_key *k)
{
	const EC_GROUP *g = EC_KEY_get0_group(ue);
	const EC_POINT *pt = EC_KEY_get0_public_key(ue);
	EC_KEY *e = NULL;

	if (pt == NULL && pub != NULL && g != NULL && EC_KEY_get0_group(pub) != NULL &&
	    EC_GROUP_cmp(g, EC_KEY_get0_group(pub), NULL) == 0)
		pt = EC_KEY_get0_public_key(pub); /* the certificate's */
	if (ec_meth == NULL || g == NULL || pt == NULL || (e = EC_KEY_new()) == NULL)
		goto fail;
	if (EC_KEY_set_method(e, ec_meth) != 1 || EC_KEY_set_group(e, g) != 1 ||
	    EC_KEY_set_public_key(e, pt) != 1 || EC_KEY_set_ex_data(e, ec_idx, k) != 1)
		goto fail;
	return e;
fail:
	if (e != NULL)
		EC_KEY_set_ex_data(e, ec_idx, NULL);
	EC_KEY_free(e);
	return NULL;
}

EVP_PKEY *p11_wrap(const EVP_PKEY *under, const EVP_PKEY *pub, struct p11_key *k)
{
	EVP_PKEY *pk = NULL;
	RSA *r = NULL;
	EC_KEY *e = NULL;

	pthread_once(&meth_once, meth_init);
	if ((pk = EVP_PKEY_new()) == NULL)
		return NULL;
	if (pub != NULL && EVP_PKEY_get_base_id(pub) != EVP_PKEY_get_base_id(under))
		pub = NULL;
	if (EVP_PKEY_get_base_id(under) == EVP_PKEY_RSA) {
		r = wrap_rsa(EVP_PKEY_get0_RSA(under), pub != NULL ? EVP_PKEY_get0_RSA(pub) : NULL,
		             k);
		if (r != NULL && EVP_PKEY_assign_RSA(pk, r) == 1)
			return pk;
	} else if (EVP_PKEY_get_base_id(under) == EVP_PKEY_EC) {
		e = wrap_ec(EVP_PKEY_get0_EC_KEY(under),
		            pub != NULL ? EVP_PKEY_get0_EC_KEY(pub) : NULL, k);
		if (e != NULL && EVP_PKEY_assign_EC_KEY(pk, e) == 1)
			return pk;
	}
	if (r != NULL)
		RSA_set_ex_data(r, rsa_idx, NULL);
	if (e != NULL)
		EC_KEY_set_ex_data(e, ec_idx, NULL);
	RSA_free(r);
	EC_KEY_free(e);
	EVP_PKEY_free(pk);
	return NULL;
}
