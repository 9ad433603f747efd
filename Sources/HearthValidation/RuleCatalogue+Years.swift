import Hearth

extension RuleCatalogue {
    /// Year-on-year changes to the SSDA903 rule set. 2023/24 is the base year: every rule on the
    /// DfE's 2024/25 list that already applied then. Later years add, remove and reword.
    public static let deltas: [RuleSetDelta] = [
        RuleSetDelta(year: CollectionYear(2023), added: RuleInfo.list2024.map(\.code),
                     note: "Base year: the 2024/25 list applies; sex codes 1/2 and PLACE without K3 come from the year's code lists."),
        RuleSetDelta(year: CollectionYear(2024),
                     changedMessages: ["101": "The child or young person's reported sex is not valid."],
                     note: "Sex becomes M/F/U; K3 added; care-leaver ages to 25 (rule 351)."),
        RuleSetDelta(year: CollectionYear(2025),
                     note: "H5, P2 and Z1 withdrawn and Z11–Z14 added through the PLACE code list; provider, URN and placement-change rules read the year."),
    ]
}
