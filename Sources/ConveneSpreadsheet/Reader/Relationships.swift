import Foundation

/// One relationship from a `_rels/*.rels` part: how a part points at the parts it uses.
struct Relationship {
    let id: String
    /// The type URI's last path segment: `worksheet`, `sharedStrings`, `styles`, `table`, `hyperlink`, …
    let kind: String
    /// For internal targets, the resolved package path (`xl/worksheets/sheet1.xml`); for external ones the URL.
    let target: String
    let isExternal: Bool
}

/// Parses a relationships part into a table keyed by id.
final class RelationshipsHandler: XMLPartHandler {
    private let sourceFolder: String
    private(set) var relationships: [String: Relationship] = [:]
    private(set) var ordered: [Relationship] = []

    /// `sourcePart` is the part the relationships belong to (e.g. `xl/workbook.xml`); targets are relative to
    /// its folder.
    init(sourcePart: String) {
        sourceFolder = sourcePart.split(separator: "/").dropLast().joined(separator: "/")
    }

    func start(_ element: String, _ attributes: [String: String]) throws {
        guard element == "Relationship", let id = attributes["Id"], let target = attributes["Target"] else { return }
        let type = attributes["Type"] ?? ""
        let isExternal = attributes["TargetMode"]?.lowercased() == "external"
        let relationship = Relationship(
            id: id, kind: String(type.split(separator: "/").last ?? ""),
            target: isExternal ? target : Self.resolve(target, from: sourceFolder), isExternal: isExternal)
        relationships[id] = relationship
        ordered.append(relationship)
    }

    /// Resolves a relative target (`worksheets/sheet1.xml`, `../tables/table1.xml`, `/xl/styles.xml`).
    static func resolve(_ target: String, from folder: String) -> String {
        let decoded = target.removingPercentEncoding ?? target
        var components = decoded.hasPrefix("/") ? [] : folder.split(separator: "/").map(String.init)
        for component in decoded.split(separator: "/") {
            switch component {
            case ".": continue
            case "..": if !components.isEmpty { components.removeLast() }
            default: components.append(String(component))
            }
        }
        return components.joined(separator: "/")
    }

    /// The relationships part that belongs to `part`: `xl/workbook.xml` → `xl/_rels/workbook.xml.rels`.
    static func relationshipsPath(for part: String) -> String {
        var components = part.split(separator: "/").map(String.init)
        let name = components.popLast() ?? ""
        return (components + ["_rels", name + ".rels"]).joined(separator: "/")
    }
}
