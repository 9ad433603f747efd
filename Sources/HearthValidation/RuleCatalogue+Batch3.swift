extension RuleCatalogue {
    /// Rules of batch 3, in code order.
    static let batch3: [any ValidationRule] = [
        Rule501(),
        Rule502(),
        Rule503A(),
        Rule503B(),
        Rule503C(),
        Rule503D(),
        Rule503E(),
        Rule503F(),
        Rule503G(),
        Rule503H(),
        Rule503J(),
        Rule504(),
    ]
}
