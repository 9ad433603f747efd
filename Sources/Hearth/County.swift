/// One council's children's services: its structure, workforce and every child's record.
/// The unit that is generated, imported, stored, validated and reported on.
public struct County: Hashable, Sendable, Codable {
    /// The DfE local-authority code (for example "886" for Kent).
    public var councilCode: String
    public var name: String
    /// The date the records are complete to: nothing after it is known.
    public var extractDate: Day
    public var areas: [Area]
    public var teams: [Team]
    public var workers: [Worker]
    public var posts: [Post]
    public var fosteringHouseholds: [FosteringHousehold]
    /// Ordnance Survey grid references for the postcodes the records use.
    public var postcodes: [String: GridReference]
    public var children: [ChildRecord]

    public init(councilCode: String, name: String, extractDate: Day, areas: [Area] = [], teams: [Team] = [],
                workers: [Worker] = [], posts: [Post] = [], fosteringHouseholds: [FosteringHousehold] = [],
                postcodes: [String: GridReference] = [:], children: [ChildRecord] = []) {
        self.councilCode = councilCode; self.name = name; self.extractDate = extractDate; self.areas = areas
        self.teams = teams; self.workers = workers; self.posts = posts; self.fosteringHouseholds = fosteringHouseholds
        self.postcodes = postcodes; self.children = children
    }

    /// Distance in miles between two postcodes by the DfE formula, or nil when either is unknown.
    public func distanceInMiles(from home: String?, to placement: String?) -> Double? {
        guard let h = home.flatMap({ postcodes[GridReference.normalise($0)] }),
              let p = placement.flatMap({ postcodes[GridReference.normalise($0)] }) else { return nil }
        return h.milesTo(p)
    }
}

/// An Ordnance Survey grid reference in metres (ONS Postcode Directory `oseast1m`, `osnrth1m`).
public struct GridReference: Hashable, Sendable, Codable {
    public var easting: Int
    public var northing: Int
    public init(easting: Int, northing: Int) { self.easting = easting; self.northing = northing }

    /// The SSDA903 PL_DISTANCE: straight-line distance in miles, rounded to one decimal place:
    /// √((E₁ − E₂)² + (N₁ − N₂)²) / 1000 / 1.6093.
    public func milesTo(_ other: GridReference) -> Double {
        let de = Double(easting - other.easting), dn = Double(northing - other.northing)
        let miles = (de * de + dn * dn).squareRoot() / 1000 / 1.6093
        return (miles * 10).rounded() / 10
    }

    /// Postcodes compare without spaces and in upper case.
    public static func normalise(_ postcode: String) -> String {
        String(postcode.uppercased().filter { !$0.isWhitespace })
    }
}
