import Foundation

/// Splits a pure, read-only per-element function over the machine's cores (2 here). Each worker writes only its
/// own slice of the output, so no locking is needed, and the result is the same for any number of workers.
///
/// ```swift
/// let keys = Parallel.map(records, minimumChunk: 1_024) { MatchText.fold($0.name.raw) }   // in input order
/// ```
public enum Parallel {
    /// Workers per parallel step: `CONVENE_THREADS` when set (any number ≥ 1: results are the same for every
    /// count, which the reproducibility tests check by forcing odd splits on small inputs), else one per core.
    static let configuredThreads: Int? = ProcessInfo.processInfo.environment["CONVENE_THREADS"].flatMap(Int.init).map { max(1, $0) }

    static func workers(for count: Int, minimumChunk: Int) -> Int {
        if let configuredThreads { return max(1, min(configuredThreads, count)) }
        return min(ProcessInfo.processInfo.activeProcessorCount, max(1, count / minimumChunk))
    }

    /// `input.map(transform)`, on up to one worker per core (or `CONVENE_THREADS`) once the input holds at least
    /// two `minimumChunk`s.
    ///
    /// ```swift
    /// let squares = Parallel.map(Array(0..<100_000)) { $0 * $0 }   // same as the sequential map
    /// ```
    public static func map<T: Sendable, R>(_ input: [T], minimumChunk: Int = 20_000,
                                           _ transform: @Sendable (T) -> R) -> [R] {
        let workers = workers(for: input.count, minimumChunk: minimumChunk)
        if workers <= 1 { return input.map(transform) }
        return [R](unsafeUninitializedCapacity: input.count) { buffer, initialized in
            nonisolated(unsafe) let out = buffer
            let chunk = (input.count + workers - 1) / workers
            input.withUnsafeBufferPointer { inp in
                nonisolated(unsafe) let source = inp
                DispatchQueue.concurrentPerform(iterations: workers) { w in
                    let lo = w * chunk, hi = min(input.count, lo + chunk)
                    if lo < hi { for i in lo..<hi { (out.baseAddress! + i).initialize(to: transform(source[i])) } }
                }
            }
            initialized = input.count
        }
    }

    /// Rewrites every element of `array` in place on both cores: `transform(i, old)` → new value.
    static func update<T>(_ array: inout [T], minimumChunk: Int = 20_000, _ transform: @Sendable (Int, T) -> T) {
        let count = array.count
        let workers = workers(for: count, minimumChunk: minimumChunk)
        array.withUnsafeMutableBufferPointer { buffer in
            nonisolated(unsafe) let b = buffer
            let chunk = (count + max(1, workers) - 1) / max(1, workers)
            DispatchQueue.concurrentPerform(iterations: max(1, workers)) { w in
                let lo = w * chunk, hi = min(count, lo + chunk)
                if lo < hi { for i in lo..<hi { b[i] = transform(i, b[i]) } }
            }
        }
    }

    /// Runs `body(i)` for i in 0..<count on the machine's cores, each index once; `body` must touch only what
    /// index i owns.
    static func forEach(_ count: Int, _ body: @Sendable (Int) -> Void) {
        if count <= 1 || workers(for: count, minimumChunk: 1) <= 1 {
            for i in 0..<count { body(i) }
            return
        }
        DispatchQueue.concurrentPerform(iterations: count, execute: body)
    }
}
