extension RuleCatalogue {
    /// Rules of batch 4 (episode presence and the cross-table integrity checks), in code order.
    static let batch4: [any ValidationRule] = [
        RuleEPI(),
        RuleINT01(), RuleINT02(), RuleINT03(), RuleINT04(), RuleINT05(), RuleINT06(), RuleINT07(), RuleINT08(), RuleINT09(),
        RuleINT11(), RuleINT12(), RuleINT13(), RuleINT14(), RuleINT15(), RuleINT16(), RuleINT17(), RuleINT18(),
        RuleINT21(),
        RuleINT31(), RuleINT32(), RuleINT33(), RuleINT34(), RuleINT35(), RuleINT36(),
        RuleNoE(),
    ]
}
