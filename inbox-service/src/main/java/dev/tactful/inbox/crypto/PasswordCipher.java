package dev.tactful.inbox.crypto;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Encrypts app passwords at rest with AES-256-GCM. The stored form is a version byte, a fresh 12-byte nonce and the
 * ciphertext with its 16-byte tag. The owner's candidate id is authenticated as associated data, so a ciphertext
 * copied onto another candidate's row does not decrypt.
 */
public final class PasswordCipher {

    private static final byte VERSION = 1;
    private static final int NONCE = 12;
    private static final int TAG_BITS = 128;

    private final SecretKeySpec key;
    private final SecureRandom random = new SecureRandom();

    private PasswordCipher(byte[] key) {
        this.key = new SecretKeySpec(key, "AES");
    }

    /** From the base64 of a 32-byte key; refuses anything else, so a typo never turns into a weak key. */
    public static PasswordCipher fromBase64(String base64) {
        if (base64 == null || base64.isBlank()) {
            throw new IllegalStateException("tactful.inbox.key (TACTFUL_INBOX_KEY) is not set: generate one with"
                    + " 'openssl rand -base64 32'. The inbox service does not start without it.");
        }
        byte[] key;
        try {
            key = Base64.getDecoder().decode(base64.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("tactful.inbox.key (TACTFUL_INBOX_KEY) is not valid base64");
        }
        if (key.length != 32) {
            throw new IllegalStateException("tactful.inbox.key (TACTFUL_INBOX_KEY) must be 32 bytes (AES-256), not " + key.length);
        }
        return new PasswordCipher(key);
    }

    public byte[] encrypt(String password, String owner) {
        try {
            byte[] nonce = new byte[NONCE];
            random.nextBytes(nonce);
            Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
            c.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
            c.updateAAD(owner.getBytes(StandardCharsets.UTF_8));
            byte[] sealed = c.doFinal(password.getBytes(StandardCharsets.UTF_8));
            return ByteBuffer.allocate(1 + NONCE + sealed.length).put(VERSION).put(nonce).put(sealed).array();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available", e);
        }
    }

    public String decrypt(byte[] stored, String owner) {
        if (stored == null || stored.length < 1 + NONCE + TAG_BITS / 8 || stored[0] != VERSION) {
            throw new IllegalArgumentException("Not a stored password");
        }
        try {
            Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
            c.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, stored, 1, NONCE));
            c.updateAAD(owner.getBytes(StandardCharsets.UTF_8));
            return new String(c.doFinal(stored, 1 + NONCE, stored.length - 1 - NONCE), StandardCharsets.UTF_8);
        } catch (javax.crypto.AEADBadTagException e) {
            throw new IllegalArgumentException("The stored password does not decrypt under this key (key changed?)");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available", e);
        }
    }
}
