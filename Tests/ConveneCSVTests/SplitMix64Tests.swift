import ConveneTestSupport
import XCTest

/// The property tests and benchmark data depend on this exact sequence; pin it.
final class SplitMix64Tests: XCTestCase {
    func testSequenceIsTheReferenceSplitMix64() {
        var random = SplitMix64(seed: 0x5EED)
        XCTAssertEqual(random.next(), 0x09f1_fd9d_03f0_a9b4)
        XCTAssertEqual(random.next(), 0x5532_7416_1bbf_8475)
        XCTAssertEqual(random.next(), 0x5d5b_ca46_96b3_43b3)
    }

    func testRangesStayInBounds() {
        var random = SplitMix64(seed: 7)
        for _ in 0..<1000 {
            XCTAssertTrue((3...9).contains(random.int(3...9)))
            XCTAssertTrue((0..<5).contains(random.below(5)))
        }
    }
}
