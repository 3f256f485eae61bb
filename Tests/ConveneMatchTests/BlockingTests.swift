import ConveneModel
import XCTest
@testable import ConveneMatch

/// Blocking: which pairs are compared at all.
final class BlockingTests: XCTestCase {
    /// A sign-in row with the names typed into each other's columns ("Nalkins, Melissa") shares both its name
    /// keys with "Melissa Nalkins" the other way round: Melissa's Soundex with the initial N (80 people whose
    /// surnames sound like "Melissa" and whose given names start with N), and Nalkins's with M (24 people named
    /// M. Nalasen, Nalesen or Nalisen). Blocks that large are compared within a window, not all pairs, and
    /// nothing else finds the two (no email or phone; the other orders put them far apart). Before, a block was
    /// windowed in surname order alone: the swapped row sat at the end of the first block and 24 places before
    /// her in the second.
    func testASwappedNameMeetsItsTwinInALargeBlock() throws {
        let families = ["Malisa", "Mauls", "Mealis", "Mellise", "Miles", "Mills", "Molise", "Moles", "Mulis", "Myles"]
        let givens = ["Nadia", "Nancy", "Nathan", "Neil", "Nina", "Noah", "Nolan", "Nora"]
        var records: [ContactRecord] = []
        for family in families {
            for given in givens { records.append(contact(records.count + 1, given, family, org: "\(family) \(given) Consulting")) }
        }
        // Soundex N425 as Nalkins, sorting between "Melissa" and "Nalkins".
        for family in ["Nalasen", "Nalesen", "Nalisen"] {
            for given in ["Maria", "Mark", "Mary", "Megan", "Michael", "Mike", "Monica", "Morgan"] {
                records.append(contact(records.count + 1, given, family, org: "\(family) \(given) Realty"))
            }
        }
        let melissa = records.count, swapped = records.count + 1
        records.append(contact(melissa + 1, "Melissa", "Nalkins", file: "roster.csv", org: "Norz & Belvich LLC", title: "Controller"))
        records.append(contact(swapped + 1, "Nalkins", "Melissa", file: "signin.csv", org: "Norz & Belvich", title: "Controller"))

        var table = FeatureTable()
        for r in records { table.append(RecordFields(r)) }
        let settings = MatchSettings.people()
        table.finish(sharedPeople: settings.sharedIdentifierPeople)
        let blocker = Blocker(table: table, settings: settings)
        XCTAssertGreaterThan(records.count, settings.maxBlockSize, "a block compared within a window")
        let pairs = blocker.candidatePairs().pairs
        XCTAssertTrue(pairs.contains(UInt64(melissa) << 32 | UInt64(swapped)), "the swapped row is compared with Melissa Nalkins")
        // Only the name key could propose the pair: without it, it is not a candidate.
        var noNames = settings
        noNames.blockingKeys.removeAll { $0 == .phoneticSurnameFirstInitial }
        XCTAssertFalse(Blocker(table: table, settings: noNames).candidatePairs().pairs.contains(UInt64(melissa) << 32 | UInt64(swapped)))

        let result = Matcher.run(records: records)
        let cluster = try XCTUnwrap(result.clusters.first { $0.members.contains(melissa) })
        XCTAssertEqual(cluster.members.sorted(), [melissa, swapped])
    }
}
