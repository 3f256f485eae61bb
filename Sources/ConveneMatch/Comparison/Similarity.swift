/// String similarity on folded byte strings (ASCII after folding). Pure functions, no allocation in the
/// common case — they run in the hot comparison loop.
///
/// ```swift
/// Similarity.jaroWinkler("martha", "marhta")      // ≈ 0.961
/// Similarity.damerauLevenshtein("ca", "ac")       // 1: one swap
/// Similarity.soundex("robert")                    // "R163"
/// ```
public enum Similarity {
    /// Jaro-Winkler similarity in [0, 1] (prefix scale 0.1, up to 4 prefix characters).
    ///
    /// ```swift
    /// Similarity.jaroWinkler("martha", "marhta")   // ≈ 0.961
    /// ```
    public static func jaroWinkler(_ a: String, _ b: String) -> Double {
        let x = Array(a.utf8), y = Array(b.utf8)
        return x.withUnsafeBufferPointer { xp in y.withUnsafeBufferPointer { yp in jaroWinkler(xp, yp) } }
    }

    /// Jaro-Winkler on byte buffers.
    ///
    /// ```swift
    /// let score = Array("smith".utf8).withUnsafeBufferPointer { a in
    ///     Array("smyth".utf8).withUnsafeBufferPointer { b in Similarity.jaroWinkler(a, b) }
    /// }
    /// ```
    public static func jaroWinkler(_ a: UnsafeBufferPointer<UInt8>, _ b: UnsafeBufferPointer<UInt8>) -> Double {
        let la = a.count, lb = b.count
        if la == 0 || lb == 0 { return la == lb ? 1 : 0 }
        if la == lb && memcmpEqual(a, b) { return 1 }
        // Short strings (names) fit in two 64-bit masks; longer ones fall back to arrays.
        if la <= 64 && lb <= 64 { return jaroWinklerSmall(a, b) }
        return jaroWinklerLarge(a, b)
    }

    @inline(__always) static func memcmpEqual(_ a: UnsafeBufferPointer<UInt8>, _ b: UnsafeBufferPointer<UInt8>) -> Bool {
        for i in 0..<a.count where a[i] != b[i] { return false }
        return true
    }

    static func jaroWinklerSmall(_ a: UnsafeBufferPointer<UInt8>, _ b: UnsafeBufferPointer<UInt8>) -> Double {
        let la = a.count, lb = b.count
        let window = max(0, max(la, lb) / 2 - 1)
        var matchedA: UInt64 = 0, matchedB: UInt64 = 0
        var matches = 0
        for i in 0..<la {
            let lo = max(0, i - window), hi = min(lb - 1, i + window)
            if lo > hi { continue }
            let c = a[i]
            for j in lo...hi where matchedB & (1 << UInt64(j)) == 0 && b[j] == c {
                matchedA |= 1 << UInt64(i); matchedB |= 1 << UInt64(j); matches += 1
                break
            }
        }
        if matches == 0 { return 0 }
        var transpositions = 0, j = 0
        for i in 0..<la where matchedA & (1 << UInt64(i)) != 0 {
            while matchedB & (1 << UInt64(j)) == 0 { j += 1 }
            if a[i] != b[j] { transpositions += 1 }
            j += 1
        }
        return winkler(matches: matches, transpositions: transpositions, a, b)
    }

    static func jaroWinklerLarge(_ a: UnsafeBufferPointer<UInt8>, _ b: UnsafeBufferPointer<UInt8>) -> Double {
        let la = a.count, lb = b.count
        let window = max(0, max(la, lb) / 2 - 1)
        var matchedA = [Bool](repeating: false, count: la), matchedB = [Bool](repeating: false, count: lb)
        var matches = 0
        for i in 0..<la {
            let lo = max(0, i - window), hi = min(lb - 1, i + window)
            if lo > hi { continue }
            for j in lo...hi where !matchedB[j] && b[j] == a[i] {
                matchedA[i] = true; matchedB[j] = true; matches += 1
                break
            }
        }
        if matches == 0 { return 0 }
        var transpositions = 0, j = 0
        for i in 0..<la where matchedA[i] {
            while !matchedB[j] { j += 1 }
            if a[i] != b[j] { transpositions += 1 }
            j += 1
        }
        return winkler(matches: matches, transpositions: transpositions, a, b)
    }

    @inline(__always)
    static func winkler(matches: Int, transpositions: Int, _ a: UnsafeBufferPointer<UInt8>,
                        _ b: UnsafeBufferPointer<UInt8>) -> Double {
        let m = Double(matches)
        let jaro = (m / Double(a.count) + m / Double(b.count) + (m - Double(transpositions / 2)) / m) / 3
        var prefix = 0
        while prefix < min(4, a.count, b.count) && a[prefix] == b[prefix] { prefix += 1 }
        return jaro + Double(prefix) * 0.1 * (1 - jaro)
    }

    /// Optimal-string-alignment Damerau-Levenshtein distance (insert, delete, substitute, swap neighbours),
    /// stopping early once it exceeds `limit`.
    ///
    /// ```swift
    /// Similarity.damerauLevenshtein("stevens", "stevnes")          // 1
    /// Similarity.damerauLevenshtein("smith", "jones", limit: 2)    // 3: stopped past the limit
    /// ```
    public static func damerauLevenshtein(_ a: String, _ b: String, limit: Int = .max) -> Int {
        let x = Array(a.utf8), y = Array(b.utf8)
        return x.withUnsafeBufferPointer { xp in y.withUnsafeBufferPointer { yp in
            damerauLevenshtein(xp, yp, limit: limit) } }
    }

    /// Damerau-Levenshtein distance (optimal string alignment) on byte buffers, stopping early past `limit`.
    ///
    /// ```swift
    /// let distance = Array("jon".utf8).withUnsafeBufferPointer { a in
    ///     Array("john".utf8).withUnsafeBufferPointer { b in Similarity.damerauLevenshtein(a, b, limit: 2) }
    /// }   // 1
    /// ```
    public static func damerauLevenshtein(_ a: UnsafeBufferPointer<UInt8>, _ b: UnsafeBufferPointer<UInt8>,
                                          limit: Int = .max) -> Int {
        let la = a.count, lb = b.count
        if abs(la - lb) > limit { return limit + 1 }
        if la == 0 { return lb }
        if lb == 0 { return la }
        // Three rows in one stack allocation: this runs for every differing email pair.
        return withUnsafeTemporaryAllocation(of: Int.self, capacity: 3 * (lb + 1)) { rows in
            var prev2 = rows.baseAddress!, prev = prev2 + (lb + 1), cur = prev + (lb + 1)
            for j in 0...lb { prev[j] = j; prev2[j] = 0 }
            for i in 1...la {
                cur[0] = i
                var rowMin = i
                for j in 1...lb {
                    let cost = a[i - 1] == b[j - 1] ? 0 : 1
                    var v = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost)
                    if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] { v = min(v, prev2[j - 2] + 1) }
                    cur[j] = v
                    rowMin = min(rowMin, v)
                }
                if rowMin > limit { return limit + 1 }
                let t = prev2; prev2 = prev; prev = cur; cur = t
            }
            return prev[lb]
        }
    }

    /// Levenshtein distance (no transpositions).
    ///
    /// ```swift
    /// Similarity.levenshtein("kitten", "sitting")   // 3
    /// Similarity.levenshtein("ca", "ac")            // 2: no transpositions
    /// ```
    public static func levenshtein(_ a: String, _ b: String) -> Int {
        let x = Array(a.utf8), y = Array(b.utf8)
        if x.isEmpty { return y.count }
        if y.isEmpty { return x.count }
        var prev = Array(0...y.count), cur = [Int](repeating: 0, count: y.count + 1)
        for i in 1...x.count {
            cur[0] = i
            for j in 1...y.count {
                cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (x[i - 1] == y[j - 1] ? 0 : 1))
            }
            swap(&prev, &cur)
        }
        return prev[y.count]
    }

    /// American Soundex of a folded word ("robert" → "R163"); empty for no letters. Used as the phonetic key
    /// for blocking: cheap, and it survives the common vowel and doubled-letter typos.
    ///
    /// ```swift
    /// Similarity.soundex("smith") == Similarity.soundex("smyth")   // true: both "S530"
    /// Similarity.soundex("1234")                                   // ""
    /// ```
    public static func soundex(_ s: String) -> String {
        var out: [UInt8] = []
        var last: UInt8 = 0
        for c in s.utf8 {
            let u = c >= 97 && c <= 122 ? c - 32 : c
            guard u >= 65 && u <= 90 else { continue }
            let code = soundexCode(u)
            if out.isEmpty {
                out.append(u); last = code
            } else {
                if code != 0 && code != last { out.append(48 + code) }
                // H and W do not separate equal codes; vowels do.
                if u != 72 && u != 87 { last = code }
            }
            if out.count == 4 { break }
        }
        if out.isEmpty { return "" }
        while out.count < 4 { out.append(48) }
        return String(decoding: out, as: UTF8.self)
    }

    @inline(__always) static func soundexCode(_ u: UInt8) -> UInt8 {
        switch u {
        case 66, 70, 80, 86: 1                                  // B F P V
        case 67, 71, 74, 75, 81, 83, 88, 90: 2                  // C G J K Q S X Z
        case 68, 84: 3                                          // D T
        case 76: 4                                              // L
        case 77, 78: 5                                          // M N
        case 82: 6                                              // R
        default: 0
        }
    }

    /// Two words a typist could have made of one: at most one edit apart (both at least 4 letters), two edits
    /// apart (both at least 6 letters), or the same letters but for one ("Enht" / "Ethan", "ropeC" / "Cooper").
    /// Two edits in a short name change half of it: Barb and Gary, Logan and Megan are two names, not a typo.
    /// Spaces are ignored. Allocation-free.
    ///
    /// ```swift
    /// let typo = Array("enht".utf8).withUnsafeBufferPointer { a in
    ///     Array("ethan".utf8).withUnsafeBufferPointer { b in Similarity.isTypoOrScramble(a, b) }
    /// }   // true
    /// ```
    public static func isTypoOrScramble(_ a: UnsafeBufferPointer<UInt8>, _ b: UnsafeBufferPointer<UInt8>) -> Bool {
        let shorter = min(a.count, b.count)
        if shorter >= 4, damerauLevenshtein(a, b, limit: 2) <= (shorter >= 6 ? 2 : 1) { return true }
        guard shorter >= 3, abs(a.count - b.count) <= 1 else { return false }
        // Letter histograms (bytes folded to 64 buckets; the folded text is lowercase ASCII in practice).
        return withUnsafeTemporaryAllocation(of: Int16.self, capacity: 64) { h in
            h.initialize(repeating: 0)
            for x in a where x != 32 { h[Int(x & 63)] += 1 }
            for y in b where y != 32 { h[Int(y & 63)] -= 1 }
            var diff = 0
            for k in 0..<64 { diff += Int(abs(h[k])) }
            return diff <= 1
        }
    }

    /// Two words a typist could have made of one (see the byte-buffer form).
    ///
    /// ```swift
    /// Similarity.isTypoOrScramble("enht", "ethan")   // true
    /// ```
    public static func isTypoOrScramble(_ a: String, _ b: String) -> Bool {
        var a = a, b = b
        return a.withUTF8 { x in b.withUTF8 { y in isTypoOrScramble(x, y) } }
    }
}
