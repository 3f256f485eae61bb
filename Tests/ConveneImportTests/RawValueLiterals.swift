import ConveneImport

// The tests name warning kinds and mapping reasons by the raw values `inspect --json` writes ("raggedRow",
// "synonym"), so a test reads as the output does. Here a string literal is the case of that raw value; a
// literal that names no case stops the test run (a misspelt kind must not pass as "not found").

extension ImportWarning.Kind: ExpressibleByStringLiteral {
    public init(stringLiteral value: String) {
        guard let kind = Self(rawValue: value) else { preconditionFailure("no ImportWarning.Kind \"\(value)\"") }
        self = kind
    }
}

extension ColumnMapping.Reason: ExpressibleByStringLiteral {
    public init(stringLiteral value: String) {
        guard let reason = Self(rawValue: value) else { preconditionFailure("no ColumnMapping.Reason \"\(value)\"") }
        self = reason
    }
}
