import ConveneImport
import ConveneMatch

/// How the workspace reads and links what it is given: the match engine's settings with the parameters estimated
/// from its records, and the mappings remembered per file shape.
protocol SettingsStorage {
    /// The stored match settings and how many contact records their parameters were estimated from (0: the
    /// engine's defaults); nil when none were stored yet.
    func storedMatchSettings() throws -> (settings: MatchSettings, estimatedFrom: Int)?
    /// Stores the match settings, replacing the stored ones.
    func saveMatchSettings(_ settings: MatchSettings, estimatedFrom: Int) throws
    /// The mappings remembered per header shape.
    func rememberedMappings() throws -> [HeaderSignature: RememberedMapping]
    /// Remembers a mapping for its header shape (replacing one remembered before), given with file `file`.
    func remember(_ mapping: RememberedMapping, fromFile file: Int64) throws
}
