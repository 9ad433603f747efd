extension RuleCatalogue {
    /// Rules of batch 1, in code order.
    static let batch1: [any ValidationRule] = [
        Rule103(),
    ]
}
