import Hearth

extension RuleCatalogue {
    /// Year-on-year changes to the SSDA903 rule set (returns.md §2.8, and the reference validator's
    /// lac2023_24 → lac2024_25 → lac2025_26 packs). 2023/24 is the base year. Rules whose logic
    /// depends on a code list (sex, PLACE, provider) read `context.year`, so a year's change to a code
    /// list needs no delta here; a delta lists rules that start or stop, and reworded messages.
    public static let deltas: [RuleSetDelta] = [
        RuleSetDelta(year: CollectionYear(2023), added: RuleInfo.list2024.map(\.code) + rulesOnlyIn2023,
                     addedInfo: [
                        RuleInfo(code: "217t", message: "Placement type 'P2' is not a valid placement type from 28 October 2023.",
                                 fields: ["PLACE", "DECOM"], tables: ["Episodes"]),
                        RuleInfo(code: "230", message: "Ofsted Unique reference number (URN) is required for any English H5 placements from 28 October 2023.",
                                 fields: ["URN", "PLACE"], tables: ["Episodes"]),
                        RuleInfo(code: "370", message: "Child in independent living should be at least 16.",
                                 fields: ["PLACE", "DOB", "DECOM"], tables: ["Episodes", "Header"]),
                     ],
                     note: "Base year: SWEpisodes and the SW rules arrive; sex codes 1/2, PLACE without K3; transitional P2/H5 rules 217t and 230 from 28 October 2023."),
        RuleSetDelta(year: CollectionYear(2024), removed: rulesOnlyIn2023,
                     changedMessages: ["101": "The child or young person's reported sex is not valid."],
                     note: "Sex becomes M/F/U; K3 added; care-leaver ages to 25 (rule 351); transitional rules 217t, 230 and 370 withdrawn."),
        RuleSetDelta(year: CollectionYear(2025),
                     changedMessages: [
                        "226": "Reason for placement change is not required for temporary placements.",
                     ],
                     addedInfo: [
                        RuleInfo(code: "233", message: "Reason for placement change is not required when the episode has not ceased.",
                                 fields: ["REASON_PLACE_CHANGE", "DEC"], tables: ["Episodes"]),
                        RuleInfo(code: "234", message: "A child aged under 10 can not change placement due to being admitted to custody",
                                 fields: ["REASON_PLACE_CHANGE", "DOB"], tables: ["Episodes", "Header"]),
                        RuleInfo(code: "348", message: "Care leaver has previously been reported as having died.",
                                 fields: ["IN_TOUCH"], tables: ["OC3", "OC3_last"]),
                        RuleInfo(code: "444", message: "Duplicate UPN has been reported",
                                 fields: ["UPN"], tables: ["Header"]),
                        RuleInfo(code: "454", message: "Placement distance from home is over 350 miles.",
                                 fields: ["PL_DISTANCE"], tables: ["Episodes"]),
                        RuleInfo(code: "SW17STG2", message: "There is no social worker episode open at 31 March",
                                 fields: ["SW_DEC", "SW_DECOM"], tables: ["SWEpisodes"]),
                     ],
                     note: "H5, P2 and Z1 withdrawn and Z11–Z14 added through the PLACE code list; provider and URN rules (178, 213, 218, 222) read the year; reason-for-placement-change rules 226, 233, 234; new rules 348, 444, 454, SW17STG2."),
    ]

    /// Rules in force in 2023/24 only (transitional rules for the October 2023 placement changes).
    static let rulesOnlyIn2023 = ["217t", "230", "370"]
}
