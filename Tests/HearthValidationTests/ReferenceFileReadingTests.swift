import Foundation
import Testing
import Hearth
@testable import HearthValidation

/// The ONS Postcode Directory and Ofsted provider lists read from their files.
@Suite struct ReferenceFileReadingTests {
    @Test func readsTheONSPostcodeDirectory() throws {
        let dir = try ReferenceFileFixtures.directory(["onspd.csv": ReferenceFileFixtures.onspd])
        defer { try? FileManager.default.removeItem(at: dir) }
        let pd = try ONSPostcodeDirectory(path: dir.appendingPathComponent("onspd.csv").path)
        #expect(pd.count == 6)
        #expect(pd.gridReference("ME14 1XQ") == GridReference(easting: 575905, northing: 156020))
        #expect(pd.gridReference("me141xq") == GridReference(easting: 575905, northing: 156020))
        #expect(pd.gridReference(" ct1  2eh ") == GridReference(easting: 614980, northing: 157810))
        // Two-tier Kent gives the county; Medway, Southwark and Highland have no county council.
        #expect(pd.localAuthority("ME14 1XQ") == "E10000016")
        #expect(pd.localAuthority("CT12EH") == "E10000016")
        #expect(pd.localAuthority("ME4 4TR") == "E06000035")
        #expect(pd.localAuthority("SE1 7PB") == "E09000028")
        #expect(pd.localAuthority("IV2 3BW") == "S12000017")
        // A terminated postcode without a grid reference still has its authority.
        #expect(pd.gridReference("ME14 1ZZ") == nil)
        #expect(pd.localAuthority("ME14 1ZZ") == "E10000016")
        #expect(pd.gridReference("ZZ9 9ZZ") == nil && pd.localAuthority("ZZ9 9ZZ") == nil)
        #expect(pd.gridReference("") == nil && pd.gridReference("NOT A POSTCODE") == nil)
        #expect(pd.gridReference("ME14 1XQ")!.milesTo(pd.gridReference("CT1 2EH")!) == 24.3)
    }

    @Test func readsThe2025ColumnNames() throws {
        let dir = try ReferenceFileFixtures.directory(["nspl.csv": ReferenceFileFixtures.onspd2025])
        defer { try? FileManager.default.removeItem(at: dir) }
        let pd = try ONSPostcodeDirectory(path: dir.appendingPathComponent("nspl.csv").path)
        #expect(pd.count == 2)
        #expect(pd.gridReference("CT1 2EH") == GridReference(easting: 614980, northing: 157810))
        #expect(pd.localAuthority("CT1 2EH") == "E10000016")
        #expect(pd.localAuthority("ME4 4TR") == "E06000035")
    }

    @Test func reportsAMalformedPostcodeDirectory() throws {
        let noEasting = "pcds,oscty,oslaua,osnrth1m\nCT1 2EH,E10000016,E07000106,157810\n"
        let badEasting = ReferenceFileFixtures.onspd.replacingOccurrences(of: "\"614980\"", with: "\"61498O\"")
        let short = "pcds,oslaua,oseast1m,osnrth1m\nCT1 2EH,E07000106,614980,157810\nME4 4TR,E06000035\n"
        let dir = try ReferenceFileFixtures.directory(["a.csv": noEasting, "b.csv": badEasting, "c.csv": short, "d.csv": ""])
        defer { try? FileManager.default.removeItem(at: dir) }
        func error(_ name: String) -> String {
            do { _ = try ONSPostcodeDirectory(path: dir.appendingPathComponent(name).path); return "no error" }
            catch { return "\(error)".replacingOccurrences(of: dir.path + "/", with: "") }
        }
        #expect(error("a.csv") == "a.csv line 1, column oseast1m/east1m: is missing from the header row; is this the ONS Postcode Directory CSV?")
        #expect(error("b.csv") == "b.csv line 3, column oseast1m: '61498O' is not a grid coordinate in whole metres")
        #expect(error("c.csv") == "c.csv line 3, column oseast1m: is missing: the line has fewer cells than the header")
        #expect(error("d.csv") == "d.csv line 1: the file is empty (no header row)")
        #expect(error("missing.csv") == "missing.csv: cannot be opened")
    }

    @Test func readsOfstedProviderLists() throws {
        let dir = try ReferenceFileFixtures.directory(["onspd.csv": ReferenceFileFixtures.onspd,
                                                       "scp.csv": ReferenceFileFixtures.socialCareProviders,
                                                       "ch.csv": ReferenceFileFixtures.childrensHomes])
        defer { try? FileManager.default.removeItem(at: dir) }
        let pd = try ONSPostcodeDirectory(path: dir.appendingPathComponent("onspd.csv").path)
        let list = try OfstedProviderCSV(paths: [dir.appendingPathComponent("scp.csv").path, dir.appendingPathComponent("ch.csv").path],
                                         postcodes: pd)
        #expect(list.providers.count == 3)
        #expect(list.provider(urn: "SC111111") == OfstedProvider(placementTypes: ["K2"], providerCodes: ["PR1", "PR2"],
                                                                 postcode: "CT12EH", localAuthority: "E10000016"))
        #expect(list.provider(urn: "sc222222") == OfstedProvider(placementTypes: ["K1", "K2"], providerCodes: ["PR3"], postcode: "SE17PB",
                                                                 registrationEnd: Day(year: 2024, month: 12, day: 31), localAuthority: "E09000028"))
        #expect(list.provider(urn: "SC333333") == OfstedProvider(placementTypes: ["K2"], providerCodes: ["PR1", "PR4"],
                                                                 postcode: "ME44TR", localAuthority: "E06000035"))
        #expect(list.isRegistered(urn: "SC222222", on: Day(year: 2025, month: 6, day: 1)!))
        #expect(!list.isRegistered(urn: "SC999999", on: Day(year: 2025, month: 6, day: 1)!))
        // Without a postcode directory the provider's authority is unknown.
        let bare = try OfstedProviderCSV(paths: [dir.appendingPathComponent("ch.csv").path])
        #expect(bare.provider(urn: "SC333333")?.localAuthority == nil)
    }

    @Test func reportsAMalformedProviderList() throws {
        let noPostcode = "URN,Placement code,Placement provider code\nSC1,K2,PR1\n"
        let badDate = ReferenceFileFixtures.childrensHomes.replacingOccurrences(of: ",,ME4", with: ",31st March,ME4")
        let dir = try ReferenceFileFixtures.directory(["a.csv": noPostcode, "b.csv": badDate])
        defer { try? FileManager.default.removeItem(at: dir) }
        func error(_ name: String) -> String {
            do { _ = try OfstedProviderCSV(paths: [dir.appendingPathComponent(name).path]); return "no error" }
            catch { return "\(error)".replacingOccurrences(of: dir.path + "/", with: "") }
        }
        #expect(error("a.csv") == "a.csv line 1, column 'setting postcode' or 'setting address postcode': is missing from the header row; is this an Ofsted provider list?")
        #expect(error("b.csv") == "b.csv line 2, column Closed Date: '31st March' is not a date (dd/mm/yyyy or yyyy-mm-dd)")
    }
}
