/// Where person IDs went in rebuilds: a merge keeps the older ID, a split gives its parts new ones.
protocol RedirectStorage {
    /// Remembers where an old ID went.
    func insertRedirect(_ redirect: PersonRedirect) throws
    /// Where an old ID went, latest rebuild first; empty when it was never redirected.
    func redirects(of oldID: String) throws -> [PersonRedirect]
}
