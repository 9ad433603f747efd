import Hearth

/// Addresses, providers and fostering households the synthetic children live at.
///
/// Postcodes are invented (real outward codes, random inward codes) but their grid references
/// sit near the real town centres, so 903 PL_DISTANCE and the 20-mile measure behave as they
/// would in Kent. About a quarter of children's homes and a fifth of agency foster carers are
/// out of county, as Kent's placement sufficiency strategy describes.
struct SyntheticPlaces: Sendable {
    struct Provider: Sendable {
        let id: CarerID
        let urn: String?
        let postcode: String
        let provider: PlacementProvider
        let grid: GridReference
    }

    /// Home postcodes by district.
    let homePostcodes: [[String]]
    /// Postcodes outside the county.
    let outsidePostcodes: [String]
    let grid: [String: GridReference]

    let childrensHomes: [Provider]
    let semiIndependent: [Provider]
    let residentialOther: [Provider]
    let motherAndBaby: [Provider]
    let secureHomes: [Provider]

    /// The council's fostering service and adoption agency (Ofsted URNs, invented).
    static let fosteringServiceURN = "SC048816"
    static let adoptionAgencyURN = "SC048817"
    let agencyURNs: [String]

    var households: [FosteringHousehold]
    /// The agency each household belongs to (nil for in-house).
    let householdAgency: [Int?]
    let inHouse: [Int]
    let agency: [Int]
    /// Grid reference of each household's postcode, for choosing placements near home.
    let householdGrid: [GridReference]

    static let inwardLetters = Array("ABDEFGHJLNPQRSTUWXYZ")

    init(structure: KentStructure, scale: Double, seed: UInt64, from start: Day, to extract: Day) {
        var rng = SeededGenerator(seed: seed, stream: 7, index: 0)
        var grid: [String: GridReference] = [:]
        func makePostcodes(_ o: KentStructure.Outward, count: Int, spread: Double) -> [String] {
            var out: [String] = []
            var tries = 0
            while out.count < count && tries < count * 4 {
                tries += 1
                let inward = "\(rng.int(0...9))\(Self.inwardLetters[rng.below(20)])\(Self.inwardLetters[rng.below(20)])"
                let pc = "\(o.code) \(inward)"
                let key = GridReference.normalise(pc)
                if grid[key] != nil { continue }
                grid[key] = GridReference(easting: o.easting + Int(rng.normal() * spread),
                                          northing: o.northing + Int(rng.normal() * spread))
                out.append(pc)
            }
            return out
        }
        let perOutward = 40 + Int(40 * min(scale, 25).squareRoot())
        let homes = structure.districts.map { d in d.outwards.flatMap { makePostcodes($0, count: perOutward, spread: 1800) } }
        let outside = structure.outOfCounty.flatMap { makePostcodes($0, count: perOutward / 2, spread: 2500) }
        homePostcodes = homes
        outsidePostcodes = outside
        let allHome = homes.flatMap { $0 }
        func anywhere(_ outsideShare: Double) -> String {
            rng.chance(outsideShare) ? outside[rng.below(outside.count)] : allHome[rng.below(allHome.count)]
        }
        func providers(_ prefix: String, count: Int, outside: Double, urn: Bool, kinds: [(PlacementProvider, Double)]) -> [Provider] {
            let table = WeightedTable(kinds)
            var out: [Provider] = []
            for i in 0..<max(1, count) {
                let urnText: String? = urn ? "SC\(100000 + rng.below(900000))" : nil
                let postcode = anywhere(outside)
                out.append(Provider(id: CarerID("\(prefix)\(i + 1)"), urn: urnText, postcode: postcode, provider: rng.pick(table),
                                    grid: grid[GridReference.normalise(postcode)]!))
            }
            return out
        }
        let s = scale
        childrensHomes = providers("HOME", count: Int(70 * s), outside: 0.3, urn: true, kinds: [(.pr4, 0.8), (.pr1, 0.12), (.pr5, 0.08)])
        semiIndependent = providers("SIL", count: Int(40 * s), outside: 0.15, urn: true, kinds: [(.pr4, 0.85), (.pr5, 0.1), (.pr1, 0.05)])
        residentialOther = providers("RES", count: Int(12 * s), outside: 0.5, urn: true, kinds: [(.pr4, 0.6), (.pr3, 0.2), (.pr5, 0.2)])
        motherAndBaby = providers("MBU", count: Int(4 * s), outside: 0.5, urn: true, kinds: [(.pr4, 0.7), (.pr5, 0.3)])
        secureHomes = providers("SEC", count: Int(3 * s), outside: 0.9, urn: true, kinds: [(.pr2, 0.8), (.pr4, 0.2)])
        agencyURNs = (0..<15).map { _ in "SC\(100000 + rng.below(900000))" }

        // Households approved over the simulated span; about 700 in-house and 450 agency households
        // at scale 1 approved at any one time (Kent's in-house service is its main provider, id 19).
        var households: [FosteringHousehold] = []
        var agencyOf: [Int?] = [], inHouse: [Int] = [], agency: [Int] = []
        let years = Double(start.days(to: extract)) / 365.25
        // Mean approval 9 years; enough households that the target number are approved on any day.
        for (kind, current, outside) in [(FosterCarerKind.inHouse, 700.0, 0.03), (.independentAgency, 450.0, 0.25)] {
            let total = Int(current * s * (1 + years / 9))
            for _ in 0..<total {
                let begin = start.adding(days: rng.int(-9 * 365...Int(years * 365)))
                let length = Int(rng.exponential(mean: 9 * 365)) + 180
                let end = begin.adding(days: length)
                let postcode = anywhere(outside)
                let id = CarerID("FH\(households.count + 1)")
                households.append(FosteringHousehold(id: id, kind: kind, supervisingWorker: nil,
                                                     approved: DaySpan(start: begin, end: end <= extract ? end : nil),
                                                     postcode: postcode))
                if kind == .inHouse {
                    agencyOf.append(nil)
                    inHouse.append(households.count - 1)
                } else {
                    agencyOf.append(rng.below(15))
                    agency.append(households.count - 1)
                }
            }
        }
        self.households = households
        self.householdGrid = households.map { grid[GridReference.normalise($0.postcode!)]! }
        self.householdAgency = agencyOf
        self.inHouse = inHouse
        self.agency = agency
        self.grid = grid
    }

    /// Whether two places are within 20 miles (the DfE distance measure, returns.md §2.6).
    static func within20Miles(_ a: GridReference, _ b: GridReference) -> Bool {
        let de = Double(a.easting - b.easting), dn = Double(a.northing - b.northing)
        return de * de + dn * dn <= 32_186 * 32_186    }
}
