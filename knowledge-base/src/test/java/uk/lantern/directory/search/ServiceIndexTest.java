package uk.lantern.directory.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.lantern.directory.ShippedDirectory;
import uk.lantern.directory.model.Delivery;
import uk.lantern.directory.model.Service;
import uk.lantern.directory.model.ServiceStatus;

class ServiceIndexTest {
    @TempDir
    Path dir;

    private static Service knittingCircle() {
        return Service.builder("test-knitting", "Strood knitting circle")
                .description("A knitting and natter group that meets for tea and conversation")
                .need("social_groups").delivery(Delivery.GROUP_VENUE).build();
    }

    private static List<String> ids(ServiceSearch search, ServiceQuery q) {
        return search.search(q).hits().stream().map(h -> h.service().id()).toList();
    }

    @Test
    void buildsTheIndexOnDiskFromTheSourceWhenMissing() {
        try (ServiceIndex index = ServiceIndex.open(dir, ShippedDirectory::services)) {
            assertThat(index.wasRebuiltOnOpen()).isTrue();
            assertThat(index.count()).isEqualTo(ShippedDirectory.services().size());
        }
        assertThat(dir.resolve("CURRENT")).exists();
        try (ServiceIndex again = ServiceIndex.open(dir, List::of)) {
            assertThat(again.wasRebuiltOnOpen()).isFalse();
            assertThat(again.count()).isEqualTo(ShippedDirectory.services().size());
        }
    }

    @Test
    void aServiceAddedChangedOrRemovedIsSearchableAtOnce() {
        try (ServiceIndex index = ServiceIndex.open(dir, ShippedDirectory::services)) {
            ServiceSearch search = new ServiceSearch(index);
            ServiceQuery knitting = ServiceQuery.builder().text("knitting").build();
            assertThat(ids(search, knitting)).isEmpty();

            long start = System.nanoTime();
            index.upsert(knittingCircle());
            assertThat(ids(search, knitting)).containsExactly("test-knitting");
            assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(1000);
            assertThat(search.complete("knit", 3)).contains("Strood knitting circle");

            index.upsert(knittingCircle().toBuilder().status(ServiceStatus.TEMPORARILY_CLOSED).build());
            assertThat(ids(search, knitting)).isEmpty();
            assertThat(index.find("test-knitting")).get().extracting(Service::status)
                    .isEqualTo(ServiceStatus.TEMPORARILY_CLOSED);

            assertThat(index.remove("test-knitting")).isTrue();
            assertThat(index.find("test-knitting")).isEmpty();
            assertThat(index.count()).isEqualTo(ShippedDirectory.services().size());
        }
    }

    /**
     * Layout 3 had no area or nation terms and no outlines; layout 5 had no town limits (round 15), so an
     * upgraded instance would offer town-limited services everywhere; before layouts there was no key at all.
     */
    @org.junit.jupiter.params.ParameterizedTest(name = "layout {0}")
    @org.junit.jupiter.params.provider.ValueSource(strings = {"none", "3", "5", "6"})
    void anIndexWrittenWithAnOlderLayoutIsRebuiltSoNewFiltersFindTheirFields(String layout) throws Exception {
        try (ServiceIndex index = ServiceIndex.open(dir, ShippedDirectory::services)) {
            assertThat(index.count()).isPositive();
        }
        Path generation = dir.resolve(java.nio.file.Files.readString(dir.resolve("CURRENT")).trim());
        try (var d = org.apache.lucene.store.FSDirectory.open(generation);
             var writer = new org.apache.lucene.index.IndexWriter(d, new org.apache.lucene.index.IndexWriterConfig()
                     .setIndexSort(ServiceDocuments.INDEX_SORT))) {
            writer.setLiveCommitData((layout.equals("none") ? java.util.Map.of("lantern.revision", "1")
                    : java.util.Map.of("lantern.revision", "1", ServiceIndex.LAYOUT_KEY, layout)).entrySet());
            writer.commit();
        }
        try (ServiceIndex reopened = ServiceIndex.open(dir, ShippedDirectory::services)) {
            assertThat(reopened.wasRebuiltOnOpen()).isTrue();
            ServiceQuery signposting = ServiceQuery.builder().need("befriending").pageSize(100)
                    .coverage(new ServiceQuery.Coverage(java.util.Set.of("medway"), "england", false)).build();
            assertThat(new ServiceSearch(reopened).outlines(signposting)).isNotEmpty();
        }
        try (ServiceIndex again = ServiceIndex.open(dir, ShippedDirectory::services)) {
            assertThat(again.wasRebuiltOnOpen()).isFalse();
        }
    }

    @Test
    void aCorruptSegmentFileIsRebuiltFromTheSource() throws Exception {
        try (ServiceIndex index = ServiceIndex.open(dir, ShippedDirectory::services)) {
            assertThat(index.count()).isPositive();
        }
        IndexDamage.flipOneByte(dir);
        try (ServiceIndex reopened = ServiceIndex.open(dir, ShippedDirectory::services)) {
            assertThat(reopened.wasRebuiltOnOpen()).isTrue();
            assertThat(reopened.count()).isEqualTo(ShippedDirectory.services().size());
            assertThat(ids(new ServiceSearch(reopened), ServiceQuery.builder().text("befriending").build())).isNotEmpty();
        }
    }

    @Test
    void aFailedImportLeavesTheLiveDirectoryUntouched() throws Exception {
        try (ServiceIndex index = ServiceIndex.open(dir, ShippedDirectory::services)) {
            List<Service> broken = new ArrayList<>(ShippedDirectory.services().subList(0, 5));
            // A need outside the taxonomy cannot be written out, so the build fails part-way.
            broken.add(Service.builder("zzz-broken", "Broken").need("no_such_need").build());
            assertThatThrownBy(() -> index.replaceAll(broken))
                    .isInstanceOf(IndexUnavailableException.class)
                    .hasMessageContaining("still live");
            assertThat(index.count()).isEqualTo(ShippedDirectory.services().size());
        }
        try (Stream<Path> children = Files.list(dir)) {
            assertThat(children.filter(p -> p.getFileName().toString().startsWith("gen-"))).hasSize(2);
        }
    }

    @Test
    void reimportingTheSameDataChangesNothing() {
        try (ServiceIndex index = ServiceIndex.open(dir, ShippedDirectory::services)) {
            ServiceSearch search = new ServiceSearch(index);
            ServiceQuery q = ServiceQuery.builder().text("help for older people").pageSize(20).build();
            List<String> before = ids(search, q);
            int count = index.count();

            List<Service> shuffled = new ArrayList<>(ShippedDirectory.services());
            java.util.Collections.reverse(shuffled);
            index.replaceAll(shuffled);

            assertThat(index.count()).isEqualTo(count);
            assertThat(ids(search, q)).isEqualTo(before);
        }
    }

    @Test
    void searchesDuringAnImportSeeTheOldOrTheNewDirectoryNeverAMix() throws Exception {
        try (ServiceIndex index = ServiceIndex.open(dir, ShippedDirectory::services)) {
            int before = index.count();
            List<Service> smaller = ShippedDirectory.services().subList(0, 5);
            java.util.Set<Integer> seen = java.util.concurrent.ConcurrentHashMap.newKeySet();
            java.util.concurrent.atomic.AtomicBoolean done = new java.util.concurrent.atomic.AtomicBoolean();
            Thread reader = new Thread(() -> {
                while (!done.get()) {
                    seen.add(index.count());
                }
            });
            reader.start();
            for (int i = 0; i < 3; i++) {
                index.replaceAll(smaller);
                index.replaceAll(ShippedDirectory.services());
            }
            done.set(true);
            reader.join();
            assertThat(seen).isSubsetOf(before, 5);
        }
    }

    @Test
    void listsACouncilsOwnTaxonomyTermsAndForgetsThemWhenTheServicesGo() {
        try (ServiceIndex index = ServiceIndex.open(dir, List::of)) {
            assertThat(index.otherTaxonomyTerms()).isEmpty();
            index.upsert(knittingCircle().toBuilder()
                    .term(new uk.lantern.directory.model.TaxonomyTerm("lga-838", "838", "Social clubs", null,
                            "lga-service-types"))
                    .term(new uk.lantern.directory.model.TaxonomyTerm("lga-101", "101", "Befriending", null,
                            "lga-service-types"))
                    .build());
            index.upsert(Service.builder("test-second", "Second").need("social_groups")
                    .term(new uk.lantern.directory.model.TaxonomyTerm("lga-838", "838", "Social clubs", null,
                            "lga-service-types")).build());
            assertThat(index.otherTaxonomyTerms()).extracting(uk.lantern.directory.model.TaxonomyTerm::id)
                    .containsExactly("lga-101", "lga-838");

            index.remove("test-knitting");
            index.remove("test-second");
            assertThat(index.otherTaxonomyTerms()).as("read again once the index changed").isEmpty();
        }
    }

    @Test
    void listsOtherTaxonomyTermsWholeWithoutReadingOneStoredRecord() {
        var befriending = new uk.lantern.directory.model.TaxonomyTerm("lga-101", "101", "Befriending",
                "Visits and calls", "lga-service-types");
        var codeOnly = new uk.lantern.directory.model.TaxonomyTerm(null, "oe-1", "Older adults", null,
                "open-eligibility");
        try (ServiceIndex index = ServiceIndex.open(dir, List::of)) {
            for (int i = 0; i < 3; i++) {
                index.upsert(Service.builder("test-" + i, "Service " + i).need("social_groups")
                        .term(befriending).term(codeOnly).build());
            }
            java.util.concurrent.atomic.AtomicInteger storedReads = new java.util.concurrent.atomic.AtomicInteger();
            List<uk.lantern.directory.model.TaxonomyTerm> listed = index.withSearcher(searcher ->
                    OtherTaxonomyTerms.read(new org.apache.lucene.search.IndexSearcher(
                            CountingStoredReads.wrap((org.apache.lucene.index.DirectoryReader) searcher.getIndexReader(),
                                    storedReads))));
            assertThat(listed).containsExactly(befriending, new uk.lantern.directory.model.TaxonomyTerm("oe-1", "oe-1",
                    "Older adults", null, "open-eligibility"));
            assertThat(storedReads).as("stored HSDS records read to list the terms").hasValue(0);
            assertThat(index.otherTaxonomyTerms()).isEqualTo(listed);
        }
    }

    /** A reader that counts every opening of stored fields, where the HSDS records live. */
    private static final class CountingStoredReads extends org.apache.lucene.index.FilterDirectoryReader {
        private final java.util.concurrent.atomic.AtomicInteger reads;

        private CountingStoredReads(org.apache.lucene.index.DirectoryReader in,
                java.util.concurrent.atomic.AtomicInteger reads) throws java.io.IOException {
            super(in, new SubReaderWrapper() {
                @Override
                public org.apache.lucene.index.LeafReader wrap(org.apache.lucene.index.LeafReader leaf) {
                    return new org.apache.lucene.index.FilterLeafReader(leaf) {
                        @Override
                        public org.apache.lucene.index.StoredFields storedFields() throws java.io.IOException {
                            reads.incrementAndGet();
                            return super.storedFields();
                        }

                        @Override
                        public CacheHelper getCoreCacheHelper() {
                            return null;
                        }

                        @Override
                        public CacheHelper getReaderCacheHelper() {
                            return null;
                        }
                    };
                }
            });
            this.reads = reads;
        }

        static CountingStoredReads wrap(org.apache.lucene.index.DirectoryReader in,
                java.util.concurrent.atomic.AtomicInteger reads) throws java.io.IOException {
            return new CountingStoredReads(in, reads);
        }

        @Override
        protected org.apache.lucene.index.DirectoryReader doWrapDirectoryReader(org.apache.lucene.index.DirectoryReader in)
                throws java.io.IOException {
            return new CountingStoredReads(in, reads);
        }

        @Override
        public CacheHelper getReaderCacheHelper() {
            return null;
        }
    }
}
