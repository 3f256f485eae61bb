import Foundation
import XCTest

/// A JSON document as `convene --json` printed it, decoded without JSONSerialization's blurring (on Linux it
/// reads `false` as `0`): a Bool is not a number here.
indirect enum JSONValue: Decodable, Equatable, Sendable, CustomStringConvertible {
    case null, bool(Bool), int(Int), double(Double), string(String), array([JSONValue]), object([String: JSONValue])

    init(from decoder: Decoder) throws {
        let c = try decoder.singleValueContainer()
        if c.decodeNil() { self = .null }
        else if let v = try? c.decode(Bool.self) { self = .bool(v) }
        else if let v = try? c.decode(Int.self) { self = .int(v) }
        else if let v = try? c.decode(Double.self) { self = .double(v) }
        else if let v = try? c.decode(String.self) { self = .string(v) }
        else if let v = try? c.decode([JSONValue].self) { self = .array(v) }
        else { self = .object(try c.decode([String: JSONValue].self)) }
    }

    var description: String {
        switch self {
        case .null: "null"
        case .bool(let v): "\(v)"
        case .int(let v): "\(v)"
        case .double(let v): "\(v)"
        case .string(let v): v.debugDescription
        case .array(let v): "[\(v.count) elements]"
        case .object(let v): "{\(v.keys.sorted().joined(separator: ", "))}"
        }
    }

    subscript(key: String) -> JSONValue? { if case .object(let o) = self { o[key] } else { nil } }
    var string: String? { if case .string(let s) = self { s } else { nil } }
    var int: Int? { if case .int(let n) = self { n } else { nil } }
    var elements: [JSONValue] { if case .array(let a) = self { a } else { [] } }
}

/// What a `--json` document must look like. An object lists its keys exactly: a key added, dropped or of
/// another type fails the test, so a change of shape is a decision someone makes, not an accident.
indirect enum JSONShape: Sendable {
    case string, int, bool
    /// An integer or a fraction.
    case number
    /// Every element has the shape; `nonEmpty` so that the elements are checked at all.
    case array(JSONShape, nonEmpty: Bool = true)
    /// Exactly these keys.
    case object([String: JSONShape])
    /// Any keys, every value of the shape (a record's raw cells, alternates by field).
    case dictionary(JSONShape)
    /// As an object's value: the key may be missing or null.
    case optional(JSONShape)
    /// As an object's value: the key is always there, its value null or of the shape.
    case nullable(JSONShape)
    /// A date as `YYYY-MM-DD`.
    case isoDate

}

/// Fails the test, naming the path (`$[0].columns[2].field`), for every place `value` is not of `shape`.
func assertShape(_ value: JSONValue, _ shape: JSONShape, _ path: String = "$", file: StaticString = #filePath, line: UInt = #line) {
    func fail(_ expected: String) { XCTFail("\(path): expected \(expected), found \(value)", file: file, line: line) }
    switch (shape, value) {
    case (.string, .string), (.int, .int), (.bool, .bool), (.number, .int), (.number, .double): return
    case (.isoDate, .string(let s)):
        if s.range(of: #"^\d{4}-\d{2}-\d{2}$"#, options: .regularExpression) == nil { fail("a date as YYYY-MM-DD") }
    case (.array(let element, let nonEmpty), .array(let values)):
        if nonEmpty && values.isEmpty { fail("a non-empty array (its elements are what is checked)") }
        for (i, v) in values.enumerated() { assertShape(v, element, "\(path)[\(i)]", file: file, line: line) }
    case (.dictionary(let element), .object(let values)):
        for (k, v) in values { assertShape(v, element, "\(path)[\(k.debugDescription)]", file: file, line: line) }
    case (.object(let keys), .object(let values)):
        let extra = Set(values.keys).subtracting(keys.keys)
        if !extra.isEmpty { XCTFail("\(path): keys not in the documented shape: \(extra.sorted())", file: file, line: line) }
        for (key, keyShape) in keys {
            let child = "\(path).\(key)"
            switch (keyShape, values[key]) {
            case (.optional, nil), (.optional, .null?), (.nullable, .null?): continue
            case (.optional(let inner), let v?), (.nullable(let inner), let v?): assertShape(v, inner, child, file: file, line: line)
            case (.nullable, nil): XCTFail("\(child): missing (it is always present, null when empty)", file: file, line: line)
            case (_, nil): XCTFail("\(child): missing", file: file, line: line)
            case (_, let v?): assertShape(v, keyShape, child, file: file, line: line)
            }
        }
    case (.optional(let inner), _), (.nullable(let inner), _):
        if case .null = value { return }
        assertShape(value, inner, path, file: file, line: line)
    default:
        fail("\(shape)")
    }
}

extension ConveneRunner {
    /// Runs `convene ARGS --json`, which must succeed, and decodes what it printed.
    func jsonValue(_ arguments: [String], file: StaticString = #filePath, line: UInt = #line) throws -> JSONValue {
        let text = try ok(arguments + ["--json"], file: file, line: line)
        do {
            return try JSONDecoder().decode(JSONValue.self, from: Data(text.utf8))
        } catch {
            XCTFail("convene \(arguments.joined(separator: " ")) --json did not print JSON: \(text.prefix(200))", file: file, line: line)
            throw error
        }
    }
}
