/// Leaving-care support for a young person after care.
public struct CareLeaverRecord: Hashable, Sendable, Codable {
    public var contacts: [CareLeaverContact]
    public var pathwayPlanReviews: [Day]
    public var personalAdviser: WorkerID?

    public init(contacts: [CareLeaverContact] = [], pathwayPlanReviews: [Day] = [], personalAdviser: WorkerID? = nil) {
        self.contacts = contacts; self.pathwayPlanReviews = pathwayPlanReviews; self.personalAdviser = personalAdviser
    }
}

/// A recorded contact with a care leaver: whether in touch, and their activity and accommodation
/// then (903 OC3 IN_TOUCH, ACTIV, ACCOM).
public struct CareLeaverContact: Hashable, Sendable, Codable {
    public var date: Day
    public var inTouch: InTouch
    public var activity: CareLeaverActivity?
    public var accommodation: CareLeaverAccommodation?

    public init(date: Day, inTouch: InTouch, activity: CareLeaverActivity? = nil, accommodation: CareLeaverAccommodation? = nil) {
        self.date = date; self.inTouch = inTouch; self.activity = activity; self.accommodation = accommodation
    }
}
