import Foundation

/// `CONVENE_MATCH_TRACE=1`: diagnostics for the scale benchmark — each phase's seconds and the peak resident set
/// so far (Linux's VmHWM), one line per phase on standard error. The match pipeline and `convene merge` report
/// through it alike.
///
/// ```swift
/// MatchTrace.report("merge", "import", seconds: 0.42)   // merge trace: import 0.42 s, VmHWM:   81234 kB
/// ```
public enum MatchTrace {
    /// Whether tracing is on for this process.
    public static let isOn = ProcessInfo.processInfo.environment["CONVENE_MATCH_TRACE"] != nil

    /// Prints one phase's line when tracing is on; does nothing otherwise.
    ///
    /// ```swift
    /// MatchTrace.report("match", "blocking", seconds: 5.15)   // match trace: blocking 5.15 s, VmHWM: …
    /// ```
    public static func report(_ who: String, _ phase: String, seconds: Double) {
        guard isOn, let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
              let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") }) else { return }
        FileHandle.standardError.write(Data("\(who) trace: \(phase) \(String(format: "%.2f", seconds)) s, \(line)\n".utf8))
    }
}
