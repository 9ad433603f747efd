extension RuleCatalogue {
    /// Rules of batch 3, in code order.
    static let batch3: [any ValidationRule] = [

    ]
}
