/// Names for filler people in generated lists: the rest of a real list, that no case of a test matches and that
/// the matcher cannot take for one another. Names are compared by their letters ("Person12 Family12" and
/// "Person120 Family120" are one name to it), so these are real names, 21 given × 50 surnames, each pair once
/// below 1,050.
///
/// ```swift
/// let (given, family) = DistinctNames.name(7)   // ("Hana", "Halvorsen")
/// ```
public enum DistinctNames {
    public static let given = ["Aaron", "Beatriz", "Caleb", "Dolores", "Emeka", "Fiona", "Gustavo", "Hana", "Ignacio", "Jolene",
                               "Kwame", "Lucinda", "Mateo", "Nadia", "Orlando", "Priya", "Quentin", "Rosalind", "Stellan", "Tamsin",
                               "Ulrich"]
    public static let family = ["Abernathy", "Bjornstad", "Castellanos", "Dominguez", "Eberhardt", "Fairweather", "Gallagher",
                                "Halvorsen", "Iwasaki", "Jablonski", "Kowalczyk", "Lindqvist", "Mbeki", "Nakamura", "Oyelaran",
                                "Pellegrini", "Quigley", "Rasmussen", "Szymanski", "Thibodeaux", "Underwood", "Vasquez", "Whitfield",
                                "Xiong", "Yamamoto", "Zielinski", "Ashworth", "Blackwood", "Crandall", "Delacroix", "Ellsworth",
                                "Fitzgerald", "Grimaldi", "Hargrove", "Ingersoll", "Jorgensen", "Kaminski", "Lombardi", "Montgomery",
                                "Novak", "Okafor", "Prendergast", "Quarles", "Rutherford", "Sorensen", "Trujillo", "Vanderberg",
                                "Wojcik", "Yarborough", "Zamora"]
    /// How many people have a name of their own.
    public static let count = 21 * 50

    /// The `i`th name (0 ≤ i < ``count``): no two alike.
    public static func name(_ i: Int) -> (given: String, family: String) {
        precondition(i >= 0 && i < count, "21 × 50 names, each pair once")
        return (given[i % given.count], family[i % family.count])
    }
}
