/// Protects text that looks like an OOXML character escape.
///
/// In cell text, `_xHHHH_` (four hex digits) means "the character U+HHHH", so a literal `_x000D_` typed by a
/// person would come back as a carriage return. OOXML's rule: escape the underscore itself as `_x005F_`.
/// libxlsxwriter 1.1.4 does not do this, so it happens here, before the text reaches C.
enum OOXMLEscape {
    /// `text` with every `_xHHHH_` turned into `_x005F_xHHHH_`; the same string when there is none (fast path).
    static func protect(_ text: String) -> String {
        let bytes = text.utf8
        guard bytes.count >= 7, bytes.contains(UInt8(ascii: "_")) else { return text }
        let array = Array(bytes)
        var positions: [Int] = []
        var index = 0
        while index + 6 < array.count {
            if array[index] == UInt8(ascii: "_"), array[index + 1] == UInt8(ascii: "x") || array[index + 1] == UInt8(ascii: "X"),
               array[index + 2..<index + 6].allSatisfy(isHex), array[index + 6] == UInt8(ascii: "_") {
                positions.append(index)
                index += 6   // the closing underscore may start the next escape
            } else {
                index += 1
            }
        }
        guard !positions.isEmpty else { return text }
        var out: [UInt8] = []
        out.reserveCapacity(array.count + positions.count * 7)
        var last = 0
        for position in positions {
            out.append(contentsOf: array[last..<position])
            out.append(contentsOf: Array("_x005F".utf8))
            last = position
        }
        out.append(contentsOf: array[last...])
        return String(decoding: out, as: UTF8.self)
    }

    private static func isHex(_ byte: UInt8) -> Bool {
        (48...57).contains(byte) || (65...70).contains(byte) || (97...102).contains(byte)
    }
}
