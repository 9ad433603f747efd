extension RuleCatalogue {
    /// Rules of batch 2, in code order.
    static let batch2: [any ValidationRule] = [

    ]
}
