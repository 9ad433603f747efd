extension RuleCatalogue {
    /// Rules new in 2025/26 (RuleCatalogue+Years.swift adds them from that year).
    static let added2025: [any ValidationRule] = [
        Rule348(), Rule444(), Rule454(), RuleSW17STG2(),
    ]
}
