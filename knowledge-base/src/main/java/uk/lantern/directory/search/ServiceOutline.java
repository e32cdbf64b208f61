package uk.lantern.directory.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
import org.apache.lucene.store.ByteArrayDataInput;
import org.apache.lucene.store.ByteBuffersDataOutput;
import org.apache.lucene.store.DataInput;
import org.apache.lucene.store.DataOutput;
import org.apache.lucene.util.BytesRef;
import uk.lantern.directory.geo.GeoPoint;
import uk.lantern.directory.model.CostOption;
import uk.lantern.directory.model.Delivery;
import uk.lantern.directory.model.Location;
import uk.lantern.directory.model.Service;
import uk.lantern.directory.model.ServiceArea;
import uk.lantern.directory.model.ServiceAtLocation;
import uk.lantern.directory.model.ServiceStatus;
import uk.lantern.directory.model.TaxonomyTerm;

/**
 * The parts of a service that deciding whether and how it reaches a person needs, kept in the
 * index as one binary doc value ({@link ServiceDocuments#OUTLINE}) so a search over many
 * candidates reads a few hundred bytes each instead of loading and parsing the whole stored
 * HSDS record.
 *
 * <p>The outline of a service is a {@link Service} with exactly these components of the whole
 * one: id, name, status, minimum and maximum age, eligibility description, needs, delivery, the
 * points of its located places, service area names, every other taxonomy term, and whether it is
 * free, paid or of unknown cost ({@link Service#isFree()} and {@link Service#costKnown()} give the
 * same answers; round 16b). Everything else is empty: no
 * description, contacts, schedules, addresses or source document. Load the whole service
 * ({@link ServiceIndex#find}) before showing it to anyone.
 *
 * <p>Layout (Lucene {@code DataOutput} primitives): strings as UTF-8 with a variable-length
 * length; optional strings and ages after a 0/1 byte, ages zig-zag encoded;
 * points as two {@code double} bit patterns (exact, unlike the quantised point fields).
 */
final class ServiceOutline {
    private ServiceOutline() {
    }

    static BytesRef write(Service s) {
        ByteBuffersDataOutput out = new ByteBuffersDataOutput();
        try {
            out.writeString(s.id());
            out.writeString(s.name());
            out.writeString(s.status().name());
            writeAge(out, s.minimumAge());
            writeAge(out, s.maximumAge());
            writeOptional(out, s.eligibilityDescription());
            out.writeByte((byte) (s.isFree() ? 1 : s.costKnown() ? 0 : 2));
            out.writeVInt(s.needs().size());
            for (String need : s.needs()) {
                out.writeString(need);
            }
            out.writeVInt(s.deliveries().size());
            for (Delivery d : s.deliveries()) {
                out.writeString(d.name());
            }
            List<GeoPoint> points = s.points();
            out.writeVInt(points.size());
            for (GeoPoint p : points) {
                out.writeLong(Double.doubleToRawLongBits(p.latitude()));
                out.writeLong(Double.doubleToRawLongBits(p.longitude()));
            }
            out.writeVInt(s.serviceAreas().size());
            for (ServiceArea a : s.serviceAreas()) {
                writeOptional(out, a.name());
            }
            out.writeVInt(s.otherTerms().size());
            for (TaxonomyTerm t : s.otherTerms()) {
                writeOptional(out, t.id());
                writeOptional(out, t.code());
                writeOptional(out, t.name());
                writeOptional(out, t.description());
                writeOptional(out, t.taxonomyId());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e); // writing to memory
        }
        return new BytesRef(out.toArrayCopy());
    }

    static Service read(BytesRef bytes) {
        ByteArrayDataInput in = new ByteArrayDataInput(bytes.bytes, bytes.offset, bytes.length);
        try {
            Service.Builder b = Service.builder(in.readString(), in.readString())
                    .status(ServiceStatus.valueOf(in.readString()))
                    .minimumAge(readAge(in))
                    .maximumAge(readAge(in))
                    .eligibilityDescription(readOptional(in));
            switch (in.readByte()) {
                case 1 -> b.costOption(new CostOption(null, null, BigDecimal.ZERO, null, null));
                case 0 -> b.costOption(new CostOption(null, null, null, null, "charges")); // paid: not free, known
                default -> { } // 2: nothing said about cost
            }
            for (int i = in.readVInt(); i > 0; i--) {
                b.need(in.readString());
            }
            for (int i = in.readVInt(); i > 0; i--) {
                b.delivery(Delivery.valueOf(in.readString()));
            }
            for (int i = in.readVInt(); i > 0; i--) {
                GeoPoint p = new GeoPoint(Double.longBitsToDouble(in.readLong()), Double.longBitsToDouble(in.readLong()));
                b.serviceAtLocation(new ServiceAtLocation(null, null, new Location(null, null, null, null, p, null)));
            }
            for (int i = in.readVInt(); i > 0; i--) {
                b.serviceArea(new ServiceArea(null, readOptional(in), null));
            }
            for (int i = in.readVInt(); i > 0; i--) {
                b.term(new TaxonomyTerm(readOptional(in), readOptional(in), readOptional(in), readOptional(in),
                        readOptional(in)));
            }
            return b.build();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // reading from memory
        }
    }

    private static void writeAge(DataOutput out, Integer age) throws IOException {
        out.writeByte((byte) (age == null ? 0 : 1));
        if (age != null) {
            out.writeZInt(age);
        }
    }

    private static Integer readAge(DataInput in) throws IOException {
        return in.readByte() == 0 ? null : in.readZInt();
    }

    private static void writeOptional(DataOutput out, String s) throws IOException {
        out.writeByte((byte) (s == null ? 0 : 1));
        if (s != null) {
            out.writeString(s);
        }
    }

    private static String readOptional(DataInput in) throws IOException {
        return in.readByte() == 0 ? null : in.readString();
    }
}
