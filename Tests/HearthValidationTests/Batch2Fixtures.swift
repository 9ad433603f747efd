import Hearth
import HearthReturns
@testable import HearthValidation

/// A postcode directory from a literal table, for the postcode rules' tests.
struct Batch2PostcodeDirectory: PostcodeDirectory {
    var places: [String: (GridReference, String)]
    func gridReference(_ postcode: String) -> GridReference? { places[GridReference.normalise(postcode)]?.0 }
    func localAuthority(_ postcode: String) -> String? { places[GridReference.normalise(postcode)]?.1 }
}

/// Ofsted providers from a literal set of URNs, registered on every day.
struct Batch2ProviderList: OfstedProviderList {
    var urns: Set<String>
    func isRegistered(urn: String, on day: Day) -> Bool { urns.contains(urn) }
}

/// Runs a rule with the optional inputs (postcodes, providers, council code) as well.
func hitsWithOptionalInputs(_ rule: some ValidationRule, _ tables: [SSDA903TableName: String],
                    previous: [SSDA903TableName: String]? = nil, postcodes: Batch2PostcodeDirectory? = nil,
                    providers: Batch2ProviderList? = nil, council: String? = nil,
                    year: CollectionYear = CollectionYear(2024)) -> [RuleHit] {
    let context = ValidationContext(current: makeReturn(tables, year: year),
                                    previous: previous.map { makeReturn($0, year: year.previous) }, year: year,
                                    localAuthority: council, postcodes: postcodes, providers: providers)
    return rule.check(context)
}

extension Array where Element == RuleHit {
    /// The flagged rows as "Table:row", sorted, so a test states exactly which rows it expects.
    var flaggedRowKeys: [String] {
        Set(map { "\($0.table.rawValue):\($0.row)" }).sorted { a, b in
            let (ta, ra) = (a.split(separator: ":")[0], Int(a.split(separator: ":")[1])!)
            let (tb, rb) = (b.split(separator: ":")[0], Int(b.split(separator: ":")[1])!)
            return ta != tb ? ta < tb : ra < rb
        }
    }
}
