package uk.lantern.web.signpost;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import uk.lantern.directory.geo.GeoPoint;
import uk.lantern.directory.model.Service;
import uk.lantern.directory.model.TaxonomyTerm;

/**
 * The baseline Lantern's search is measured against: PostgreSQL full-text search over the same
 * services, with distance from the person's place as a penalty. Each service is one row with an
 * English {@code tsvector} of its name, description and taxonomy terms (need ids with spaces for
 * underscores, and other terms' names); each of its locations is a row of latitude and longitude.
 * A request's words become {@code plainto_tsquery('english', words)} with its ANDs turned into ORs
 * (so a service matching some of the words is found, as a person's "someone to pop round" would
 * otherwise find nothing), ranked by {@code ts_rank} divided by {@code 1 + miles / 10} for the
 * service's nearest location when the place is known (services without a location are not
 * penalised). The SQL is {@link #RANKED}, and docs/benchmarks.md quotes it.
 */
final class FullTextBaseline implements AutoCloseable {

    static final String SCHEMA_SQL = """
            create table relevance_service (id text primary key, name text not null, document tsvector not null);
            create table relevance_location (service_id text not null references relevance_service (id),
                latitude double precision not null, longitude double precision not null)""";

    /** Parameters: the request's words, the place's latitude and longitude (null when not known), how many. */
    static final String RANKED = """
            with q as (select replace(plainto_tsquery('english', ?)::text, '&', '|')::tsquery as query),
            p as (select ?::double precision as lat, ?::double precision as lon)
            select s.id, ts_rank(s.document, q.query) / (1 + coalesce(d.miles, 0) / 10) as score
            from relevance_service s cross join q cross join p
            left join lateral (
                select min(3958.8 * 2 * asin(sqrt(power(sin(radians(l.latitude - p.lat) / 2), 2)
                    + cos(radians(p.lat)) * cos(radians(l.latitude))
                      * power(sin(radians(l.longitude - p.lon) / 2), 2)))) as miles
                from relevance_location l where l.service_id = s.id) d on true
            where s.document @@ q.query
            order by score desc, s.name
            limit ?""";

    private final Connection connection;

    FullTextBaseline(Connection connection, List<Service> services) throws SQLException {
        this.connection = connection;
        try (Statement s = connection.createStatement()) {
            for (String ddl : SCHEMA_SQL.split(";")) {
                s.execute(ddl);
            }
        }
        try (PreparedStatement service = connection.prepareStatement(
                "insert into relevance_service (id, name, document) values (?, ?, to_tsvector('english', ?))");
                PreparedStatement location = connection.prepareStatement(
                        "insert into relevance_location (service_id, latitude, longitude) values (?, ?, ?)")) {
            for (Service s : services) {
                service.setString(1, s.id());
                service.setString(2, s.name());
                service.setString(3, document(s));
                service.executeUpdate();
                for (GeoPoint at : s.points()) {
                    location.setString(1, s.id());
                    location.setDouble(2, at.latitude());
                    location.setDouble(3, at.longitude());
                    location.executeUpdate();
                }
            }
        }
    }

    /** The text the baseline indexes: name, description and taxonomy terms. */
    static String document(Service s) {
        return Stream.concat(Stream.of(s.name(), s.description() == null ? "" : s.description()),
                Stream.concat(s.needs().stream().map(n -> n.replace('_', ' ')),
                        s.otherTerms().stream().map(TaxonomyTerm::name).filter(n -> n != null)))
                .collect(Collectors.joining(" "));
    }

    /** The first {@code k} service ids for the words, near {@code place} when not null. */
    List<String> top(int k, String words, GeoPoint place) throws SQLException {
        try (PreparedStatement q = connection.prepareStatement(RANKED)) {
            q.setString(1, words);
            if (place == null) {
                q.setNull(2, Types.DOUBLE);
                q.setNull(3, Types.DOUBLE);
            } else {
                q.setDouble(2, place.latitude());
                q.setDouble(3, place.longitude());
            }
            q.setInt(4, k);
            List<String> ids = new ArrayList<>();
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getString(1));
                }
            }
            return ids;
        }
    }

    @Override
    public void close() throws SQLException {
        connection.close();
    }
}
