package org.guildhall.platform.crypto;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.ConfigProvider;
import org.guildhall.platform.domain.StateConflict;

/**
 * The deployment's data key ({@code GUILDHALL_DATA_KEY}, 32 bytes in Base64; scripts/run keeps one in the data
 * directory when none is given). Without it, features that need it refuse to store anything rather than store it in
 * the clear.
 */
@ApplicationScoped
public class DataKey {

    private volatile FieldCipher cipher;

    public FieldCipher require() {
        FieldCipher current = cipher;
        if (current == null) {
            String key = ConfigProvider.getConfig().getOptionalValue("guildhall.data.key", String.class).orElse("");
            if (key.isBlank()) {
                throw new StateConflict("Sensitive details cannot be stored: this deployment has no data key (GUILDHALL_DATA_KEY).");
            }
            current = FieldCipher.fromBase64(key);
            cipher = current;
        }
        return current;
    }
}
