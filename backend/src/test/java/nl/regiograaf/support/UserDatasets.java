package nl.regiograaf.support;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Unique user datasets for one test, removed after it: register with {@code @RegisterExtension} and take ids from
 * {@link #create}. Keeps tests on the shared graph independent through their data.
 */
public final class UserDatasets implements AfterEachCallback {

    private final List<String> created = new ArrayList<>();

    /** A fresh {@code user-<prefix>-…} dataset id, removed after the test. */
    public String create(String prefix) {
        String id = Uploads.uniqueDataset(prefix);
        created.add(id);
        return id;
    }

    @Override
    public void afterEach(ExtensionContext context) {
        created.forEach(Uploads::remove);
        created.clear();
    }
}
