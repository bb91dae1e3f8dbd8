/**
 * The signing credentials the portal keeps: password-protected PKCS#12 keystores, one per signer and one for the
 * development root, found by their owner.
 */
package vn.vanban.domain.model.signing;
