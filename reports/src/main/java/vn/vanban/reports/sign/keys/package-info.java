/**
 * Where signing keys come from: password-protected PKCS#12 keystores, the form the portal stores them in, and PKCS#11
 * tokens (USB tokens, HSMs), whose private keys sign without leaving the device.
 */
package vn.vanban.reports.sign.keys;
