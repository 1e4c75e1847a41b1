package nl.regiograaf.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import nl.regiograaf.db.GraphClient;
import nl.regiograaf.geo.TopoJson;
import org.neo4j.driver.Record;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * At startup, after the national import: the real partial support-point and ketenaanpak datasets and the demo
 * datasets. Each is written (replacing its earlier rows) in its own transaction only when its content differs
 * from what the store holds (content hash on the Dataset node), so a restart changes nothing.
 */
public final class SupportDataImporter {

    private static final Logger LOG = LoggerFactory.getLogger(SupportDataImporter.class);

    private SupportDataImporter() {
    }

    /** Steps reported to {@code progress}: the municipality index and the four datasets. */
    public static final int STEPS = 5;

    public static void importAtStartup(GraphClient graph) {
        importAtStartup(graph, step -> { });
    }

    public static void importAtStartup(GraphClient graph, java.util.function.Consumer<String> progress) {
        progress.accept("municipality index");
        MunicipalityIndex index = MunicipalityIndex.load(graph);
        DatasetWriter writer = new DatasetWriter(graph, null);

        progress.accept("support points");
        RealSupportData.SupportPoints real = RealSupportData.supportPoints(index);
        if (changed(graph, real.spec())) {
            log(writer.writeSupportPoints(real.spec(), real.rows(), DatasetWriter.Mode.REPLACE, s -> { }));
        }
        progress.accept("ketenaanpakken");
        RealSupportData.Participation realParticipation = RealSupportData.ketenaanpakken(index);
        if (changed(graph, realParticipation.spec())) {
            log(writer.writeKetenaanpakken(realParticipation.spec(), realParticipation.municipal(),
                    realParticipation.regional(), DatasetWriter.Mode.REPLACE, s -> { }));
        }

        progress.accept("demo support points");
        List<DemoDataGenerator.Municipality> municipalities = new ArrayList<>();
        for (Record r : graph.queryAll("queries/municipalities", Map.of())) {
            var m = r.get("municipality");
            municipalities.add(new DemoDataGenerator.Municipality(m.get("code").asString(), m.get("name").asString(),
                    m.get("population").asLong(), m.get("lat").asDouble(), m.get("lon").asDouble()));
        }
        TopoJson topology = TopoJson.read(ReferenceData.bytes(NationalDataLoader.TOPOLOGY), "statcode", "statnaam");
        RealSupportData.SupportPoints demo = DemoDataGenerator.supportPoints(municipalities, topology);
        if (changed(graph, demo.spec())) {
            log(writer.writeSupportPoints(demo.spec(), demo.rows(), DatasetWriter.Mode.REPLACE, s -> { }));
        }
        progress.accept("demo ketenaanpakken");
        Map<String, List<String>> iza = new TreeMap<>();
        for (Record r : graph.queryAll("queries/memberships_by_kind", Map.of("kind", "IZA"))) {
            iza.computeIfAbsent(r.get("region").asString(), k -> new ArrayList<>()).add(r.get("municipality").asString());
        }
        RealSupportData.Participation demoParticipation = DemoDataGenerator.ketenaanpakken(iza);
        if (changed(graph, demoParticipation.spec())) {
            log(writer.writeKetenaanpakken(demoParticipation.spec(), demoParticipation.municipal(), List.of(),
                    DatasetWriter.Mode.REPLACE, s -> { }));
        }
        VensterDemo.importAtStartup(graph);
    }

    private static boolean changed(GraphClient graph, DatasetWriter.Spec spec) {
        List<Record> rows = graph.queryAll("queries/dataset_hash", Map.of("id", spec.id()));
        boolean same = !rows.get(0).get("hash").isNull() && rows.get(0).get("hash").asString().equals(spec.contentHash());
        if (same) {
            LOG.info("Dataset {} already present and unchanged", spec.id());
        }
        return !same;
    }

    private static void log(DatasetWriter.Result r) {
        LOG.info("Imported dataset {} ({}{}): {} rows in {} ms (data version {})", r.dataset(), r.kind(),
                r.demo() ? ", DEMO" : "", r.rows(), r.millis(), r.dataVersion());
    }
}
