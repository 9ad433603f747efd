import Hearth
import HearthReturns
@testable import HearthValidation

/// Table text builders for the batch-3 rule tests: one line per row, columns in the DfE order.
enum B3 {
    static let episodesHead = "CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,HOME_POST,PL_POST,URN"
    static let headerHead = "CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB"
    static let ad1Head = "CHILD,DOB,DATE_INT,DATE_MATCH,FOSTER_CARE,NB_ADOPTR,SEX_ADOPTR,LS_ADOPTR"
    static let placedHead = "CHILD,DOB,DATE_PLACED,DATE_PLACED_CEASED,REASON_PLACED_CEASED"
    static let missingHead = "CHILD,DOB,MISSING,MIS_START,MIS_END"
    static let oc2Head = "CHILD,DOB,SDQ_SCORE,SDQ_REASON,CONVICTED,HEALTH_CHECK,IMMUNISATIONS,TEETH_CHECK,HEALTH_ASSESSMENT,SUBSTANCE_MISUSE,INTERVENTION_RECEIVED,INTERVENTION_OFFERED"
    static let oc3Head = "CHILD,DOB,IN_TOUCH,ACTIV,ACCOM"
    static let prevPermHead = "CHILD,DOB,PREV_PERM,LA_PERM,DATE_PERM"
    static let swHead = "CHILD,DOB,SW_ID,SW_DECOM,SW_DEC,SW_REASON"

    /// One Episodes line.
    static func ep(_ child: String, _ decom: String, rne: String = "S", ls: String = "C2", cin: String = "N1",
                   place: String = "U1", provider: String = "PR1", dec: String = "", rec: String = "",
                   home: String = "", pl: String = "", urn: String = "") -> String {
        [child, decom, rne, ls, cin, place, provider, dec, rec, "", home, pl, urn].joined(separator: ",")
    }

    static func episodes(_ lines: String...) -> String { ([episodesHead] + lines).joined(separator: "\n") }
    static func header(_ lines: String...) -> String { ([headerHead] + lines).joined(separator: "\n") }
    static func ad1(_ lines: String...) -> String { ([ad1Head] + lines).joined(separator: "\n") }
    static func placed(_ lines: String...) -> String { ([placedHead] + lines).joined(separator: "\n") }
    static func missing(_ lines: String...) -> String { ([missingHead] + lines).joined(separator: "\n") }
    static func oc2(_ lines: String...) -> String { ([oc2Head] + lines).joined(separator: "\n") }
    static func oc3(_ lines: String...) -> String { ([oc3Head] + lines).joined(separator: "\n") }
    static func prevPerm(_ lines: String...) -> String { ([prevPermHead] + lines).joined(separator: "\n") }
    static func sw(_ lines: String...) -> String { ([swHead] + lines).joined(separator: "\n") }
}

/// Flagged rows of one table, sorted.
func rows(_ found: [RuleHit], _ table: SSDA903TableName) -> [Int] {
    found.filter { $0.table == table }.map(\.row).sorted()
}

/// A tiny postcode directory: postcodes with a grid reference and an upper-tier LA.
struct B3Postcodes: PostcodeDirectory {
    var places: [String: (GridReference, String)]
    func gridReference(_ postcode: String) -> GridReference? { places[GridReference.normalise(postcode)]?.0 }
    func localAuthority(_ postcode: String) -> String? { places[GridReference.normalise(postcode)]?.1 }
}

/// Runs a rule with last year's return, a postcode directory and the council's code.
func hitsWithPostcodes(_ rule: some ValidationRule, _ tables: [SSDA903TableName: String], previous: [SSDA903TableName: String],
                       postcodes: B3Postcodes, localAuthority: String = "E10000016") -> [RuleHit] {
    let year = CollectionYear(2024)
    let context = ValidationContext(current: makeReturn(tables, year: year), previous: makeReturn(previous, year: year.previous),
                                    year: year, localAuthority: localAuthority, postcodes: postcodes)
    return rule.check(context)
}

extension B3 {
    /// Home at HOME (Kent); placements at NEAR (Kent, 1 mile), FAR (Kent, 10 miles), AWAY (Essex, 10 miles).
    static let postcodes = B3Postcodes(places: [
        "HOME1": (GridReference(easting: 500000, northing: 150000), "E10000016"),
        "NEAR1": (GridReference(easting: 501609, northing: 150000), "E10000016"),
        "NEAR2": (GridReference(easting: 501770, northing: 150000), "E10000016"),
        "FAR1": (GridReference(easting: 516093, northing: 150000), "E10000016"),
        "AWAY1": (GridReference(easting: 500000, northing: 166093), "E10000012"),
    ])
}
