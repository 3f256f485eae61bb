import CXlsxWriter
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// C copies of Swift strings for libxlsxwriter's option structs (`char *` fields).
///
/// libxlsxwriter copies option strings during the call, so the copies only need to live until the call
/// returns: create a bag, fill the struct, call, then `free()` (callers use `defer`).
final class CStringBag {
    private var pointers: [UnsafeMutablePointer<CChar>] = []
    private var arrays: [UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>] = []

    /// A `strdup` of `text`, or NULL for `nil`.
    func copy(_ text: String?) -> UnsafeMutablePointer<CChar>? {
        guard let text else { return nil }
        guard let pointer = strdup(text) else { return nil }
        pointers.append(pointer)
        return pointer
    }

    /// A NULL-terminated array of C strings (`char **`), as `value_list` expects.
    func copyList(_ items: [String]) -> UnsafeMutablePointer<UnsafeMutablePointer<CChar>?> {
        let array = UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>.allocate(capacity: items.count + 1)
        for (index, item) in items.enumerated() { array[index] = copy(item) }
        array[items.count] = nil
        arrays.append(array)
        return array
    }

    func free() {
        for pointer in pointers { freeCString(pointer) }
        for array in arrays { array.deallocate() }
        pointers.removeAll()
        arrays.removeAll()
    }

    deinit { free() }
}

/// Turns an `lxw_error` into a thrown ``SpreadsheetError/library(operation:code:message:sheet:cell:)``.
@inline(__always)
func check(_ code: lxw_error, _ operation: @autoclosure () -> String, sheet: String? = nil,
           cell: @autoclosure () -> String? = nil) throws {
    if code.rawValue != LXW_NO_ERROR.rawValue {
        throw SpreadsheetError.library(operation: operation(), code: Int(code.rawValue),
                                       message: String(cString: lxw_strerror(code)), sheet: sheet, cell: cell())
    }
}

/// The length of `text` in Unicode scalars (as libxlsxwriter counts) if it exceeds `limit`, else `nil`.
@inline(__always)
func lengthIfOver(_ limit: Int, _ text: String) -> Int? {
    // utf8.count is O(1) for native strings and never below the scalar count, so the slow count is rare.
    guard text.utf8.count > limit else { return nil }
    let scalars = text.unicodeScalars.count
    return scalars > limit ? scalars : nil
}

@inline(__always)
private func freeCString(_ pointer: UnsafeMutablePointer<CChar>) {
    free(pointer)
}
