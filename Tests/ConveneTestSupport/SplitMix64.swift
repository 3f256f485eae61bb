/// SplitMix64, a tiny deterministic random generator: a fixed seed gives the same sequence on every run and
/// platform, so property tests, generated fixtures and benchmark data are reproducible. The one copy shared by
/// the test targets and the benchmarks.
///
/// ```swift
/// var random = SplitMix64(seed: 42)
/// let n = random.int(1...40)
/// let x = Int.random(in: 0..<10, using: &random)
/// ```
public struct SplitMix64: RandomNumberGenerator, Sendable {
    public private(set) var state: UInt64

    public init(seed: UInt64) { state = seed }

    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A number in `0..<bound` (modulo reduction, as the generators it replaced did, so their data is unchanged).
    public mutating func below(_ bound: Int) -> Int { Int(next() % UInt64(bound)) }

    /// A number in `range` (modulo reduction).
    public mutating func int(_ range: ClosedRange<Int>) -> Int {
        range.lowerBound + below(range.upperBound - range.lowerBound + 1)
    }
}
