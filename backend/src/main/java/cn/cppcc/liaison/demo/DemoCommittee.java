package cn.cppcc.liaison.demo;

import java.time.LocalDate;
import java.util.List;

/** One demo committee as plain data: what the seed articles tell about it, filled out plausibly. */
record DemoCommittee(
        String name,
        String region,
        int termNumber,
        LocalDate termStart,
        int members,
        List<Sector> sectors,
        List<Group> groups,
        List<Township> townships,
        List<String> ethnicities,
        Parent parent) {

    /** The city committee above it, which its office forwards opinions to (报送) and which adopts them (采用). */
    record Parent(String name, String region, int termNumber, LocalDate termStart) {
    }

    /** A sector with the employers and titles its members typically have; "%s" stands for the region. */
    record Sector(String name, List<String> employers, List<String> titles) {
    }

    /** A working group with its main sector and its liaison, the director of a special committee. */
    record Group(String name, String sector, String liaisonName, String liaisonTitle) {
    }

    /** A township or street; kind is TOWNSHIP, TOWN or SUBDISTRICT, its places villages (村) or communities (社区). */
    record Township(String name, String kind, List<String> places, String platform) {

        static String placeKind(String place) {
            return place.endsWith("社区") ? "COMMUNITY" : "VILLAGE";
        }
    }

    static Township township(String name, String platformSuffix, String... places) {
        String kind = name.endsWith("街道") ? "SUBDISTRICT" : name.endsWith("镇") ? "TOWN" : "TOWNSHIP";
        return new Township(name, kind, List.of(places), name + platformSuffix);
    }
}
