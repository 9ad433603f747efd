import Hearth
import HearthReturns
@testable import HearthValidation

/// A table's CSV text: the DfE header line, then `lines`.
func csv(_ table: SSDA903TableName, _ lines: String...) -> String {
    ([table.columns.joined(separator: ",")] + lines).joined(separator: "\n") + "\n"
}

/// The rows a rule flags, as "Table:row", sorted, for exact comparisons.
func flagged(_ rule: some ValidationRule, _ tables: [SSDA903TableName: String], year: CollectionYear = CollectionYear(2024),
             previous: [SSDA903TableName: String]? = nil, postcodes: (any PostcodeDirectory)? = nil,
             providers: (any OfstedProviderList)? = nil, la: String? = nil) -> [String] {
    let context = ValidationContext(current: makeReturn(tables, year: year),
                                    previous: previous.map { makeReturn($0, year: year.previous) }, year: year,
                                    localAuthority: la, postcodes: postcodes, providers: providers)
    return Set(rule.check(context).map { "\($0.table.rawValue):\($0.row)" }).sorted()
}

/// A postcode directory of a few made-up postcodes, for the location rules.
struct TestPostcodes: PostcodeDirectory {
    var places: [String: (GridReference, String)] = [
        "ME1 1AA": (GridReference(easting: 574_000, northing: 168_000), "E10000016"),
        "CT1 2BB": (GridReference(easting: 615_000, northing: 157_000), "E10000016"),
        "EH1 1AA": (GridReference(easting: 325_000, northing: 673_000), "S12000036"),
        "ZE1 0AA": (GridReference(easting: 447_000, northing: 1_141_000), "S12000027"),
        "TR1 1AA": (GridReference(easting: 182_000, northing: 44_000), "E06000052"),
        "FAR 1AA": (GridReference(easting: 182_000, northing: 1_800_000), "S12000027"),
    ]
    func gridReference(_ postcode: String) -> GridReference? { places[postcode]?.0 }
    func localAuthority(_ postcode: String) -> String? { places[postcode]?.1 }
}

/// Ofsted providers keyed by URN, for the URN rules.
struct TestProviders: OfstedProviderList {
    var providers: [String: OfstedProvider]
    func isRegistered(urn: String, on day: Day) -> Bool {
        guard let p = providers[urn] else { return false }
        return p.registrationEnd.map { day < $0 } ?? true
    }
    func provider(urn: String) -> OfstedProvider? { providers[urn] }
}
