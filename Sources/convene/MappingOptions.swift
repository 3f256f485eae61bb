import ConveneCSV
import ConveneImport
import Foundation

/// Reads `--mapping FILE`. A file that cannot be used is a usage error (exit 2) naming the file, the line and
/// what was expected: `convene: map.yaml:4: bad mapping file: column "Cell": expected a field …, found "phon"`.
func loadMapping(_ path: String) throws -> MappingFile {
    do {
        return try MappingFile.load(url: URL(fileURLWithPath: path), name: path)
    } catch {
        throw CommandFailure(error.description, code: ExitCodes.usage)
    }
}

/// Refuses a `--write-mapping` path that is one of `inputs` (the inspected file, the mapping given): a mistyped
/// argument must not replace the file it describes.
func checkMappingDestination(_ path: String, inputs: [String]) throws {
    let target = URL(fileURLWithPath: path)
    for input in inputs where sameFile(target, URL(fileURLWithPath: input)) {
        throw CommandFailure("--write-mapping \(path): refusing to overwrite the input \(input); give another file name",
                             code: ExitCodes.usage)
    }
}

/// Writes the mapping inferred for `result` to `path` for a person to edit (`inspect --write-mapping`): to a
/// temporary file beside it, then renamed, so a failed run leaves no half-written file.
func writeInferredMapping(for result: ImportResult, to path: String, inputs: [String]) throws {
    try checkMappingDestination(path, inputs: inputs)
    let target = URL(fileURLWithPath: path)
    do {
        try CSVWriter.writeAtomically(Data(MappingFile.yaml(for: result).utf8), to: target)
    } catch {
        throw CommandFailure("\(path): could not write the mapping (\(error.localizedDescription))", code: ExitCodes.output)
    }
}

/// True when both paths name one file: the same path once symbolic links are resolved, or the same inode.
private func sameFile(_ a: URL, _ b: URL) -> Bool {
    if a.standardizedFileURL.resolvingSymlinksInPath().path == b.standardizedFileURL.resolvingSymlinksInPath().path { return true }
    var sa = stat(), sb = stat()
    guard stat(a.path, &sa) == 0, stat(b.path, &sb) == 0 else { return false }
    return sa.st_dev == sb.st_dev && sa.st_ino == sb.st_ino
}
