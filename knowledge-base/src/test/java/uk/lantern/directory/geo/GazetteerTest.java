package uk.lantern.directory.geo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class GazetteerTest {
    private final Gazetteer gazetteer = Gazetteer.shipped();

    @ParameterizedTest
    @ValueSource(strings = {"ME7 1AB", "me71ab", " me7  1ab ", "Me7 1aB"})
    void normalisesHowPeopleTypePostcodes(String typed) {
        PlaceLookup place = gazetteer.lookup(typed);
        assertThat(place).isInstanceOf(PlaceLookup.Found.class);
        PlaceLookup.Found found = (PlaceLookup.Found) place;
        assertThat(found.postcode().text()).isEqualTo("ME7 1AB");
        assertThat(found.precision()).isEqualTo(PlaceLookup.Precision.POSTCODE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"ME7\u00A01AB", "ME7\u202F1AB", "\u00A0ME7 1AB\u00A0", "ME7\t1AB"})
    void oddSpacesAreSpaces(String typed) {
        assertThat(gazetteer.lookup(typed)).isInstanceOfSatisfying(PlaceLookup.Found.class,
                f -> assertThat(f.postcode().text()).isEqualTo("ME7 1AB"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"ME7 1", "me7 1", "ME7\u00A01"})
    void aSectorIsReadAsASectorAndPlacedAtItsDistrictWithTheShippedTable(String typed) {
        assertThat(gazetteer.lookup(typed)).isInstanceOfSatisfying(PlaceLookup.Found.class, f -> {
            assertThat(f.postcode().text()).isEqualTo("ME7 1");
            assertThat(f.postcode().isSector()).isTrue();
            assertThat(f.precision()).isEqualTo(PlaceLookup.Precision.DISTRICT);
            assertThat(f.point()).isEqualTo(((PlaceLookup.Found) gazetteer.lookup("ME7")).point());
            assertThat(f.message()).isEqualTo("Showing services near the centre of ME7 1.");
        });
    }

    @Test
    void aTwoDigitDistrictIsNotReadAsASector() {
        // ME17 is a real district (outside the shipped table), never "ME1 sector 7"
        assertThat(gazetteer.lookup("ME17")).isInstanceOf(PlaceLookup.NotFound.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Chatham, Kent", "chatham kent", "Chatham", "I live in Chatham, Kent", "near Chatham,"})
    void townsWithOrWithoutTheirCounty(String typed) {
        assertThat(gazetteer.lookup(typed)).isInstanceOfSatisfying(PlaceLookup.Found.class, f -> {
            assertThat(f.postcode().text()).isEqualTo("ME4");
            assertThat(f.precision()).isEqualTo(PlaceLookup.Precision.TOWN);
        });
        assertThat(Gazetteer.placeWords(typed)).isEqualTo("chatham");
    }

    @ParameterizedTest
    @ValueSource(strings = {"ME1", "ME2", "ME3", "ME4", "ME5", "ME7", "ME8", "me4"})
    void knowsTheMedwayDistricts(String outward) {
        PlaceLookup place = gazetteer.lookup(outward);
        assertThat(place).isInstanceOfSatisfying(PlaceLookup.Found.class, f -> {
            assertThat(f.precision()).isEqualTo(PlaceLookup.Precision.DISTRICT);
            assertThat(f.point().latitude()).isBetween(51.3, 51.5);
            assertThat(f.point().longitude()).isBetween(0.4, 0.7);
        });
    }

    @Test
    void anUnlistedPostcodeInAKnownDistrictUsesTheDistrictCentre() {
        PlaceLookup place = gazetteer.lookup("ME4 6ZZ");
        assertThat(place).isInstanceOfSatisfying(PlaceLookup.Found.class, f -> {
            assertThat(f.precision()).isEqualTo(PlaceLookup.Precision.DISTRICT);
            assertThat(f.message()).contains("centre of ME4");
        });
    }

    @Test
    void anUnknownPostcodeIsAnAnswerWithAMessageNotAnError() {
        PlaceLookup place = gazetteer.lookup("ME99 9ZZ");
        assertThat(place).isInstanceOf(PlaceLookup.NotFound.class);
        assertThat(place.message()).isEqualTo(
                "ME99 9ZZ is outside the area Lantern covers so far; showing only services that work by phone or online anywhere in the country.");
    }

    @ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource({
        "Chatham, ME4, Chatham",
        "  gillingham , ME7, Gillingham",
        "I live in Strood, ME2, Strood",
        "near Rochester., ME1, Rochester",
        "Hoo St Werburgh, ME3, Hoo St Werburgh",
        "Rochster, ME1, Rochester"
    })
    void knowsTheMedwayTownsByName(String typed, String district, String understood) {
        PlaceLookup place = gazetteer.lookup(typed);
        assertThat(place).isInstanceOfSatisfying(PlaceLookup.Found.class, f -> {
            assertThat(f.precision()).isEqualTo(PlaceLookup.Precision.TOWN);
            assertThat(f.postcode().text()).isEqualTo(district);
            assertThat(f.point()).isEqualTo(gazetteer.lookup(district) instanceof PlaceLookup.Found d ? d.point() : null);
        });
        // the town understood, not the words typed (round 9b: a slip is never echoed as if it were the town)
        assertThat(place.message()).isEqualTo("Showing services near " + understood + " (the centre of " + district
                + ").");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Chathamshire", "Manchester", "in"})
    void anUnknownTownIsAnsweredWithServicesByPhoneOrOnline(String typed) {
        assertThat(gazetteer.lookup(typed)).isInstanceOf(PlaceLookup.NotFound.class);
        assertThat(gazetteer.lookup(typed).message()).contains("phone or online anywhere in the country");
    }

    @ParameterizedTest
    @ValueSource(strings = {"hello", "1944", ""})
    void malformedInputSaysWhatAPostcodeLooksLike(String typed) {
        PlaceLookup place = gazetteer.lookup(typed);
        assertThat(place).isInstanceOf(PlaceLookup.NotFound.class);
        assertThat(place.message()).contains(typed.isEmpty() ? "No postcode given" : "phone or online");
        assertThat(place.reading()).isEqualTo("none");
    }

    /**
     * Round 10: five to eight digits are a postcode attempted (a zip or PIN code): a place given, not known. Round
     * 14b: so is one digit alone, a district's number without its letters.
     */
    @ParameterizedTest
    @ValueSource(strings = {"12345", "123456", "5", "7 please"})
    void aBareNumberIsAPlaceGivenButNotKnown(String typed) {
        PlaceLookup place = gazetteer.lookup(typed);
        assertThat(place.reading()).isEqualTo("unknown");
        assertThat(place.message()).contains("doesn't look like a UK postcode");
    }

    /**
     * Round 14b: alternatives in one district are that district ("its ME2 3 or ME2 4"), in one sector that sector;
     * a town beside another that a source gives, or beside an area that is a town too, is not known.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"either ME5 8 or ME5 9|ME5", "ME7 1AB or ME7 1AD|ME7 1", "ME4 2 or ME5 2|unknown",
            "Strood I think, but the council says Rochester|unknown", "Rochester, the council says Medway|town:rochester",
            "Chatham and Dartford|unknown", "Chatham, near Maidstone|town:chatham"})
    void alternativesAreReadAsWhatTheyShare(String typed, String reading) {
        assertThat(gazetteer.lookup(typed).reading()).isEqualTo(reading);
    }

    /**
     * Round 14b: a dash inside the district ("me-7") and small x's for the end ("me7 2xx") are read; a digit alone is
     * a postcode attempted; "ME14 1XX" in capitals is a unit like any other.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"ME-5|ME5", "me-5 8|ME5 8", "me-time|none", "me5 8xx|ME5 8", "me1 1x x|ME1 1",
            "ME14 1XX|ME14 1XX", "82|none"})
    void aDashedDistrictOrAnEndKeptBackIsRead(String typed, String reading) {
        assertThat(gazetteer.lookup(typed).reading()).isEqualTo(reading);
    }

    /** A unit begun and not finished is a postcode attempted: asked for again, never read as its sector. */
    @ParameterizedTest
    @ValueSource(strings = {"ME7 1A", "my postcode is ME5 8T", "me8 6l", "MEZ 1", "MMY 7"})
    void anUnfinishedOrImpossiblePostcodeIsAPlaceGivenButNotKnown(String typed) {
        PlaceLookup place = gazetteer.lookup(typed);
        assertThat(place.reading()).isEqualTo("unknown");
        assertThat(gazetteer.understood(place)).isEmpty();
    }

    /**
     * Districts by the shape table (postcode-districts.txt): one that exists outside the shipped tables is read as
     * itself, one that does not exist is not known.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"SE28|SE28", "SE29|unknown", "SE30 2QX|unknown", "W14|W14", "W15|unknown",
            "EC1A 1BB|EC1A 1BB", "EC5|unknown", "BT1|BT1", "BT50|unknown", "JE2|JE2", "GY11|unknown", "IM1|IM1",
            "CR1|unknown", "ME20|ME20", "ME 99|ME99", "ME21|unknown"})
    void aDistrictIsReadAsItselfOnlyWhenItExists(String typed, String reading) {
        assertThat(gazetteer.lookup(typed).reading()).isEqualTo(reading);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"ME 5 8|ME5 8", "M E 7|ME7", "M E 4 4|ME4 4", "me 8 6 la|ME8 6LA",
            "M E 1 4|unknown", "ME 21|unknown"})
    void aCodeSpacedOutIsReadAsTypedOrAsked(String typed, String reading) {
        assertThat(gazetteer.lookup(typed).reading()).isEqualTo(reading);
    }

    /** The person's own place wins, before or after another; living with someone is where they live; between is asked. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "like ME7? mine's ME8|ME8",
            "ME8 6LA is me, ME8 7HP is my mums, whichever you need|ME8 6LA",
            "born in Strood but we're settled in Hoo now|town:hoo",
            "Living with my brother in Twydall, my own flat's in Chatham but I can't go back there|unknown",
            "Staying with my sister in Strood, my own house is in Gillingham|town:strood",
            "I used to live with my nan in Strood, now I'm in Rochester|town:rochester",
            "I'm in between Rochester and Strood really|unknown",
            "between addresses at the moment|none",
            "Bottom of Chatham Hill|unknown",
            "Rochester Hill, Chatham|town:chatham",
            "Chatham High Street|town:chatham",
            // round 14b: a place in an aside about something or someone else's is theirs, a neighbour's code beside
            // the person's own is not blended with it, and a span lived somewhere up to now beats a birthplace
            "ME5 8 (my GP surgery is ME7 1AB)|ME5 8",
            "ME3 [my daughter's is ME2 3]|ME3",
            "ME2 4AT (the lunch club I go to)|unknown",
            "ME7 1AD (my daughter's) I'm at ME7 1AB|ME7 1AB",
            "Gillingham (the hospital)|town:gillingham",
            "ME8 0HH and my son is a few doors down, ME8 0HJ|ME8 0HH",
            "born in Chatham, lived in Strood 40 years|town:strood"})
    void theirOwnPlaceWinsAndNeverAnotherOne(String typed, String reading) {
        assertThat(gazetteer.lookup(typed).reading()).isEqualTo(reading);
    }

    @Test
    void nullInputIsHandled() {
        assertThat(gazetteer.lookup(null)).isInstanceOf(PlaceLookup.NotFound.class);
    }

    @Test
    void readsAnOnsPostcodeDirectoryWithPcdsOrPcd7(@TempDir Path dir) throws Exception {
        Path pcds = dir.resolve("onspd.csv");
        Files.writeString(pcds, """
                pcd,pcd2,pcds,dointr,lat,long
                "ME7 1AB","ME7  1AB","ME7 1AB",199001,51.387800,0.545800
                "TN1 1AA","TN1  1AA","TN1 1AA",199001,51.132000,0.263000
                "ZZ9 9ZZ","ZZ9  9ZZ","ZZ9 9ZZ",199001,99.999999,0.000000
                """);
        OnsPostcodeDirectory ons = OnsPostcodeDirectory.open(pcds, dir.resolve("built"));
        assertThat(ons.size()).isEqualTo(2);
        assertThat(ons.skipped()).isEqualTo(1);
        assertThat(ons.asGazetteer().lookup("tn11aa")).isInstanceOf(PlaceLookup.Found.class);

        Path pcd7 = dir.resolve("pcd7.csv");
        Files.writeString(pcd7, "pcd7,lat,long\nTN1 1AA,51.132,0.263\n");
        assertThat(OnsPostcodeDirectory.open(pcd7, dir.resolve("built7")).asGazetteer().lookup("TN1 1AA"))
                .isInstanceOf(PlaceLookup.Found.class);
        assertThat(Gazetteer.shippedWith(pcd7, null, dir.resolve("built8")).lookup("TN1 1AA"))
                .isInstanceOf(PlaceLookup.Found.class);
    }

    @Test
    void distancesAreInKilometres() {
        GeoPoint chatham = new GeoPoint(51.3800, 0.5280);
        GeoPoint gillingham = new GeoPoint(51.3878, 0.5458);
        assertThat(chatham.distanceKm(gillingham)).isBetween(1.3, 1.6);
    }

    @Test
    void aTownQualifiedByAnAreaNotItsOwnIsNotKnown() {
        // London's Rainham lies in Havering: never Medway's Rainham, silently
        PlaceLookup place = gazetteer.lookup("Rainham, in Havering");
        assertThat(place).isInstanceOf(PlaceLookup.NotFound.class);
        assertThat(place.message()).contains("Rainham only in Kent, not in Havering");
        assertThat(gazetteer.lookup("Rainham, Medway").reading()).isEqualTo("town:rainham");
        assertThat(gazetteer.lookup("Chatham, near Maidstone").reading()).isEqualTo("town:chatham");
    }

    @Test
    void anotherPersonsTownIsNeverTheirs() {
        assertThat(gazetteer.lookup("I'm in Maidstone, my son lives in Chatham").reading()).isEqualTo("unknown");
        PlaceLookup place = gazetteer.lookup("my daughter lives in Rochester");
        assertThat(place.reading()).isEqualTo("unknown");
        assertThat(place.message()).startsWith("We need where you live now");
        assertThat(gazetteer.lookup("I live in Chatham, my son lives in Leeds").reading()).isEqualTo("town:chatham");
    }

    @Test
    void aPostcodeIsMendedOnlyIntoADistrictThatExists() {
        assertThat(gazetteer.lookup("GIR 0AA").reading()).isEqualTo("unknown");
        PlaceLookup none = gazetteer.lookup("ME0 1AA");
        assertThat(none.reading()).isEqualTo("unknown");
        assertThat(none.message()).contains("no postcode district ME0");
        assertThat(gazetteer.lookup("ME21 1AA").reading()).isEqualTo("unknown");
        assertThat(gazetteer.lookup("MEI 1LS").reading()).isEqualTo("ME1 1LS");
        assertThat(gazetteer.lookup("SW1A 1AA").reading()).isEqualTo("SW1A 1AA");
    }

    /**
     * The place as understood, as the chat keeps it and the worker's record stores it (one method for both since
     * round 11): a code in standard form, a town by the name Lantern knows, never a guess.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "me7 1ab|ME7 1AB",
            "me8 ohh|ME8 0HH",
            "ME14|ME14",
            "it's ME7 1AB please|ME7 1AB",
            "Rochster|Rochester",
            "  Chatham,\u00A0Kent |Chatham",
            "my daughter lives ME2 but I'm in Rainham|Rainham",
            "Gravesend, but my doctors is in Strood|",
            "Chatham, no, Faversham|",
            "ME7 ABC|",
            "not telling|"})
    void aReadingIsThePlaceAsUnderstoodNeverAGuess(String typed, String understood) {
        assertThat(gazetteer.understood(gazetteer.lookup(typed)).orElse(null)).isEqualTo(understood);
    }

    @Test
    void lettersForDigitsAreMendedInTheInwardAndOutwardCodesAlike() {
        for (String typed : new String[] {"me8 ohh", "ME8 0HH", "ME8 OHH", "me8ohh"}) {
            assertThat(gazetteer.lookup(typed).reading()).as(typed).isEqualTo("ME8 0HH");
        }
        assertThat(gazetteer.lookup("ME7 IAB").reading()).isEqualTo("ME7 1AB");
        assertThat(gazetteer.lookup("MEI 1AB").reading()).isEqualTo("ME1 1AB");
        assertThat(gazetteer.lookup("MEO 1AB").reading()).isEqualTo("unknown"); // ME0 does not exist
        assertThat(gazetteer.lookup("ME7 ABC").reading()).isEqualTo("unknown"); // no inward code, not ME7
        assertThat(gazetteer.lookup("I'M IN ME7 NOW").reading()).isEqualTo("ME7");
    }
}
