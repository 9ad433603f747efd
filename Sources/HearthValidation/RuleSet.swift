import Hearth

/// The changes to the rule set in one collection year against the year before.
public struct RuleSetDelta: Sendable {
    public var year: CollectionYear
    /// Rule codes that start to apply this year.
    public var added: [String]
    /// Rule codes that stop applying this year.
    public var removed: [String]
    /// Rule codes whose meaning or message changed this year, with the new message.
    public var changedMessages: [String: String]
    /// Why, in a sentence, for people reading `hearth validate --rules`.
    public var note: String
    /// Code, message, fields and tables of rules added this year that are not on the 2024/25 list.
    public var addedInfo: [RuleInfo] = []

    public init(year: CollectionYear, added: [String] = [], removed: [String] = [], changedMessages: [String: String] = [:], note: String) {
        self.year = year; self.added = added; self.removed = removed; self.changedMessages = changedMessages; self.note = note
    }

    public init(year: CollectionYear, added: [String] = [], removed: [String] = [], changedMessages: [String: String] = [:],
                addedInfo: [RuleInfo], note: String) {
        self.init(year: year, added: added + addedInfo.map(\.code), removed: removed, changedMessages: changedMessages, note: note)
        self.addedInfo = addedInfo
    }
}

/// The rules that apply to one collection year, with their DfE messages for that year.
/// Rules whose logic depends on the year (code lists, age limits) read `ValidationContext.year`.
public struct RuleSet: Sendable {
    public var year: CollectionYear
    public var rules: [any ValidationRule]
    public var info: [String: RuleInfo]
    /// Every rule code in force this year, implemented or not (the DfE list as modelled).
    public var codes: Set<String> = []

    /// The rule set for `year`, built by applying each year's delta in turn to the base year.
    public static func forYear(_ year: CollectionYear) -> RuleSet {
        let implemented = Dictionary(RuleCatalogue.all.map { ($0.code, $0) }, uniquingKeysWith: { a, _ in a })
        var info = Dictionary(RuleInfo.list2024.map { ($0.code, $0) }, uniquingKeysWith: { a, _ in a })
        var codes = Set<String>()
        for delta in RuleCatalogue.deltas where delta.year <= year {
            codes.formUnion(delta.added)
            codes.subtract(delta.removed)
            for i in delta.addedInfo { info[i.code] = i }
            for (code, message) in delta.changedMessages { info[code]?.message = message }
        }
        let rules = codes.sorted().compactMap { implemented[$0] }
        var set = RuleSet(year: year, rules: rules, info: info)
        set.codes = codes
        return set
    }

    /// Collection years with a rule set.
    public static var years: [CollectionYear] { RuleCatalogue.deltas.map(\.year) }
}
