import ConveneModel
import XCTest

final class PersonIDTests: XCTestCase {
    /// IDs are zero-padded to six digits and grow a seventh after P999999: the order is the order they were
    /// given in, so "the oldest ID" (which a merge keeps) is the smallest.
    func testIDsOrderAsTheyWereGiven() {
        let ids = ["P1000000", "P000010", "P999999", "P000009", "P1000001"].map(PersonID.init)
        XCTAssertEqual(ids.sorted().map(\.rawValue), ["P000009", "P000010", "P999999", "P1000000", "P1000001"])
        XCTAssertLessThan(PersonID("P999999"), PersonID("P1000000"))
        XCTAssertFalse(PersonID("P000042") < PersonID("P000042"))
    }
}
