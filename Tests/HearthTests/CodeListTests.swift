import Testing
@testable import Hearth

@Suite struct CodeListTests {
    @Test func placementTypesChangeByCollectionYear() {
        #expect(PlacementType.k3.isValid(in: CollectionYear(2024)))
        #expect(!PlacementType.k3.isValid(in: CollectionYear(2023)))
        #expect(PlacementType.h5.isValid(in: CollectionYear(2024)))
        #expect(!PlacementType.h5.isValid(in: CollectionYear(2025)))
        #expect(PlacementType.z12.isValid(in: CollectionYear(2025)))
        #expect(!PlacementType.z1.isValid(in: CollectionYear(2025)))
        #expect(!PlacementType(rawValue: "k3").isValid(in: CollectionYear(2024)), "codes are case-sensitive")
        #expect(PlacementType.codeList.codes(in: CollectionYear(2025)).contains("Z11"))
    }

    @Test func sexCodesMoveToMFUIn2024() {
        #expect(Sex.code1.isValid(in: CollectionYear(2023)))
        #expect(!Sex.code1.isValid(in: CollectionYear(2024)))
        #expect(Sex.u.isValid(in: CollectionYear(2024)))
        #expect(!Sex.m.isValid(in: CollectionYear(2023)))
        #expect(Sex.code2.modern == .f)
        #expect(Sex.u.legacy == nil)
    }

    @Test func descriptionsComeFromTheSpec() {
        #expect(LegalStatus.c2.meaning == "Full care order")
        #expect(ReasonEpisodeCeased.e17.meaning?.contains("Staying Put") == true)
        #expect(PlacementType(rawValue: "XX").meaning == nil)
    }

    @Test func semanticGroupings() {
        #expect(CareLeaverAccommodation.u1.isSuitable == true)
        #expect(CareLeaverAccommodation.s2.isSuitable == false)
        #expect(CareLeaverAccommodation.code0.isSuitable == nil)
        #expect(!CareLeaverAccommodation.codeList.isValid("S1", in: CollectionYear(2024)))
        #expect(CareLeaverActivity.p4.isEET && !CareLeaverActivity.g6.isEET && CareLeaverActivity.g6.isNEET)
        #expect(PlacementType.u2.isFoster && PlacementType.u2.isRelativeOrFriendFoster && !PlacementType.u4.isRelativeOrFriendFoster)
        #expect(PlacementType.a5.isAdoptionWithCurrentFosterCarer && !PlacementType.a6.isAdoptionWithCurrentFosterCarer)
        #expect(ReasonEpisodeCeased.e12.isAdoption && ReasonEpisodeCeased.e47.isSpecialGuardianship)
        #expect(ReviewParticipation.pn0.participated == nil && ReviewParticipation.pn7.participated == false)
        #expect(LegalStatus.v4.isShortBreak && LegalStatus.e1.isCourtAuthorityToPlace)
    }

    @Test func distanceUsesTheDfEFormula() {
        // 3 km east and 4 km north: 5 km = 3.1 miles.
        let a = GridReference(easting: 600_000, northing: 150_000)
        let b = GridReference(easting: 603_000, northing: 154_000)
        #expect(a.milesTo(b) == 3.1)
        let county = County(councilCode: "886", name: "Test", extractDate: Day(2017, 1, 31),
                            postcodes: ["ME141XX": a, "CT11AA": b])
        #expect(county.distanceInMiles(from: "me14 1xx", to: "CT1 1AA") == 3.1)
        #expect(county.distanceInMiles(from: "ME14 1XX", to: nil) == nil)
    }
}
