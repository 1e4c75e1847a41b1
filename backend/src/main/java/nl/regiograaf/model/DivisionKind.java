package nl.regiograaf.model;

import java.util.Arrays;
import java.util.Optional;

/** The divisions of the country that Regiograaf compares. */
public enum DivisionKind {
    GGD("GGD-regio"),
    VR("Veiligheidsregio"),
    ZK("Zorgkantoorregio"),
    ROAZ("ROAZ-regio"),
    IZA("IZA-regio"),
    PROVINCE("Provincie");

    private final String label;

    DivisionKind(String label) {
        this.label = label;
    }

    /** The Dutch name users know the division by. */
    public String label() {
        return label;
    }

    public static Optional<DivisionKind> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        return Arrays.stream(values()).filter(k -> k.name().equalsIgnoreCase(text.strip())).findFirst();
    }
}
